"""``ice-offices validate`` on tampered copies of the committed ``outputs/``: one cell changed
in one format only, and the exact lines it prints.

Each copy changes one row of ``offices`` (the Office of Policy, as a reviewer did) through the
format's own encoder, so the tampered file differs from the published one in that cell alone.
Row numbers, values, sizes and digests are read from the committed files, not written down, so
the tests hold for any ``outputs/`` that has the row (a second page added to ``raw/`` too).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from pipeline.publish import formats as codec
from pipeline.publish.checksums import SUMS_FILE, parse_sums

OUTPUTS = Path(__file__).resolve().parents[1] / "outputs"
KEY = "offices_within_ice:office-of-policy"
TABLE = "offices"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "outputs"
    shutil.copytree(OUTPUTS, target)
    return target


def published_rows() -> list[dict[str, Any]]:
    """The rows of ``offices`` as published, in the files' order (the same in every format)."""
    rows: list[dict[str, Any]] = json.loads((OUTPUTS / "offices.json").read_text("utf-8"))
    return rows


def row_number() -> int:
    """The data row of :data:`KEY` in each offices file, counting from 1."""
    return [row["office_id"] for row in published_rows()].index(KEY) + 1


def published(column: str) -> Any:
    return published_rows()[row_number() - 1][column]


def tamper(folder: Path, fmt: str, column: str, value: Any) -> str:
    """Set ``column`` of :data:`KEY`'s row in the ``fmt`` file of offices; its file name."""

    def edit(df: pd.DataFrame) -> pd.DataFrame:
        df.loc[df["office_id"] == KEY, column] = value
        return df

    return rewrite(folder, fmt, edit)


def rewrite(folder: Path, fmt: str, edit: Callable[[pd.DataFrame], pd.DataFrame]) -> str:
    """The ``fmt`` file of offices decoded, edited and encoded again; its file name."""
    name = codec.table_filename(TABLE, fmt)
    path = folder / name
    df = codec.decode(fmt, TABLE, path.read_bytes())
    path.write_bytes(codec.encode(fmt, TABLE, edit(df)))
    return name


def file_lines(folder: Path, name: str) -> list[str]:
    """What validate says of a file whose bytes changed: its digest and size."""
    data = (folder / name).read_bytes()
    listed = parse_sums((OUTPUTS / SUMS_FILE).read_text("utf-8"))[name]
    declared = (OUTPUTS / name).stat().st_size
    digest = hashlib.sha256(data).hexdigest()
    lines = [f"{name}: SHA-256 {digest[:16]}..., {SUMS_FILE} lists {listed[:16]}..."]
    if len(data) != declared:
        lines.append(f"{name}: {len(data)} bytes, datapackage.json says {declared}")
    return lines


def shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def validate(folder: Path) -> Result:
    return CliRunner().invoke(main, ["validate", str(folder)])


def problems(result: Result) -> list[str]:
    return [line.strip() for line in result.stderr.splitlines() if line.startswith("  ")]


def negative_start_lines(name: str) -> list[str]:
    """The validation lines of :data:`KEY`'s row with ``char_start`` -1, each rule once."""
    row = f"row {row_number()} [{KEY}]"
    evidence, char_end = shown(published("evidence")), published("char_end")
    return [
        f"{name}: {row} evidence = {evidence}: span_length_is_evidence_length",
        f"{name}: {row} char_start = -1: must be at least 0 (greater_than_or_equal_to)",
        f"{name}: {row} char_end = {char_end}: span_inside_text",
        f"{name}: {row} evidence = {evidence}: span_matches_evidence",
    ]


def test_the_untouched_copy_is_valid(copy: Path):
    assert validate(copy).exit_code == 0


# The format each tampered one is compared with: the first other one, in the order validate
# reads them (CSV, Parquet, JSON), whose files are all sound.
REFERENCE = {"csv": "parquet", "parquet": "csv", "json": "csv"}


@pytest.mark.parametrize("fmt", codec.FORMATS)
def test_a_negative_char_start_is_reported_once_and_compared_by_key(copy: Path, fmt: str):
    """The table's model and the evidence spans' model both require ``char_start >= 0``:
    the one bad cell is one line, not one per model. -1 sorts the row first in the canonical
    order, yet the comparison with the sound format pairs it with its own row (by office_id)
    and names the cell, with both values."""
    name = tamper(copy, fmt, "char_start", -1)

    result = validate(copy)

    assert result.exit_code == ExitCode.INVALID
    reference = codec.table_filename(TABLE, REFERENCE[fmt])
    row = f"row {row_number()} [{KEY}]"
    assert problems(result) == [
        *file_lines(copy, name),
        *negative_start_lines(name),
        f"{name}: {row} char_start = -1: {reference} row {row_number()} has"
        f" {published('char_start')}",
    ]
    assert result.stderr.splitlines()[-1] == (
        f"error: {copy}: {len(problems(result))} problem(s), the dataset is invalid"
    )


def test_a_name_changed_in_json_only_names_the_column_and_both_values(copy: Path):
    name = tamper(copy, "json", "name", "Office of Polcy")

    found = problems(validate(copy))

    assert found == [
        *file_lines(copy, name),
        f'offices.json: row {row_number()} [{KEY}] name = "Office of Polcy": offices.csv row'
        f' {row_number()} has "{published("name")}"',
    ]


def test_two_cells_changed_in_one_csv_row_are_two_lines_in_column_order(copy: Path):
    def edit(df: pd.DataFrame) -> pd.DataFrame:
        df.loc[df["office_id"] == KEY, ["name", "heading"]] = ["Policy Office", "Policies"]
        return df

    name = rewrite(copy, "csv", edit)

    found = problems(validate(copy))

    row = f"row {row_number()} [{KEY}]"
    assert found == [
        *file_lines(copy, name),
        f'offices.csv: {row} name = "Policy Office": offices.parquet row {row_number()} has'
        f' "{published("name")}"',
        f'offices.csv: {row} heading = "Policies": offices.parquet row {row_number()} has'
        f' "{published("heading")}"',
    ]


def test_a_row_missing_from_json_only_is_named_with_its_row_in_the_reference(copy: Path):
    name = rewrite(copy, "json", lambda df: df[df["office_id"] != KEY])

    found = problems(validate(copy))

    n_rows = len(published_rows())
    assert found == [
        *file_lines(copy, name),
        f"offices.json: no row [{KEY}]: offices.csv has it at row {row_number()}",
        f"offices.json: {n_rows - 1} rows, datapackage.json says {n_rows}",
    ]


def test_a_row_added_to_parquet_only_is_named_by_its_row_in_that_file(copy: Path):
    """The added row comes last in the file, right after its twin in the canonical order:
    its number is the file's."""
    added = f"{KEY}-2"

    def edit(df: pd.DataFrame) -> pd.DataFrame:
        twin = df[df["office_id"] == KEY].assign(office_id=added)
        return pd.concat([df, twin], ignore_index=True)

    name = rewrite(copy, "parquet", edit)

    found = problems(validate(copy))

    n_rows = len(published_rows())
    assert found == [
        *file_lines(copy, name),
        f"offices.parquet: row {n_rows + 1} [{added}]: not in offices.csv",
        f"offices.parquet: {n_rows + 1} rows, datapackage.json says {n_rows}",
    ]
