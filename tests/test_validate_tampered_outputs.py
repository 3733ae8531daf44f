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
from pathlib import Path
from typing import Any

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
    name = codec.table_filename(TABLE, fmt)
    path = folder / name
    df = codec.decode(fmt, TABLE, path.read_bytes())
    df.loc[df["office_id"] == KEY, column] = value
    path.write_bytes(codec.encode(fmt, TABLE, df))
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


@pytest.mark.parametrize("fmt", codec.FORMATS)
def test_a_negative_char_start_is_reported_once(copy: Path, fmt: str):
    """The table's model and the evidence spans' model both require ``char_start >= 0``:
    the one bad cell is one line, not one per model."""
    name = tamper(copy, fmt, "char_start", -1)

    result = validate(copy)

    assert result.exit_code == ExitCode.INVALID
    found = problems(result)
    assert found[: len(file_lines(copy, name)) + 4] == [
        *file_lines(copy, name),
        *negative_start_lines(name),
    ]
    assert len([p for p in found if "greater_than_or_equal_to" in p]) == 1, found
