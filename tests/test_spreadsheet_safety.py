"""CSV cells a spreadsheet would run as formulas are quoted in the CSV only, and read back
exactly; Parquet and JSON hold the true values."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from table_records import MAIN, changed, frames

from pipeline.publish.publisher import publish, read_published
from pipeline.publish.spreadsheet import neutralize, restore
from pipeline.tables.registry import TABLES
from pipeline.tables.validation import validate_dataset

HOSTILE = {
    "name": '=HYPERLINK("http://x.test","Office")',
    "heading": "@SUM(A1:A9)",
    "description": "-2+3 is a formula too",
}
TITLE = "+cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'quoted'", "''quoted'"),
        ("Office of Policy", "Office of Policy"),
        ("a=b", "a=b"),
        (" =1", " =1"),
    ],
)
def test_neutralize_quotes_formula_starts_and_restore_undoes_it(value: str, cell: str) -> None:
    assert neutralize(value) == cell
    assert restore(cell) == value


@pytest.fixture
def published(tmp_path: Path):
    data = frames()
    office_id = f"{MAIN}:data-unit"
    data["offices"] = changed(data["offices"], "office_id", office_id, **HOSTILE)
    data["sources"] = changed(data["sources"], "source_id", MAIN, title=TITLE)
    out = tmp_path / "out"
    publish(data, out)
    return out, data


def cells(path: Path, column: str) -> list[str]:
    return [row[column] for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))]


def test_csv_cells_are_quoted_and_other_formats_keep_the_true_value(published) -> None:
    out, _ = published
    names = cells(out / "offices.csv", "name")
    assert "'" + HOSTILE["name"] in names and HOSTILE["name"] not in names
    assert "'" + HOSTILE["heading"] in cells(out / "offices.csv", "heading")
    assert "'" + HOSTILE["description"] in cells(out / "offices.csv", "description")
    assert "'" + TITLE in cells(out / "sources.csv", "title")
    records = json.loads((out / "offices.json").read_text(encoding="utf-8"))
    assert HOSTILE["name"] in [r["name"] for r in records]
    assert (
        HOSTILE["heading"] in pq.read_table(out / "offices.parquet").column("heading").to_pylist()
    )
    for row in csv.reader(io.StringIO((out / "offices.csv").read_text(encoding="utf-8"))):
        assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), row


def test_reading_the_csv_back_gives_the_true_values_and_validates(published) -> None:
    out, data = published
    back = read_published(out, formats=("csv",))
    for table in TABLES:
        assert back[table].equals(data[table]), table
    assert all(result.ok for result in validate_dataset(back))
    assert read_published(out)["offices"].equals(data["offices"])
