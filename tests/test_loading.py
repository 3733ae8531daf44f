"""The committed outputs open as docs/data.md says, with the types the data dictionary gives:
CSV in pandas, Parquet in pandas, pyarrow and DuckDB, JSON against its JSON Schema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.docs.dictionary import TYPES, column_types
from pipeline.publish.formats import decode, encode
from pipeline.publish.publisher import read_published
from pipeline.tables.registry import TABLES
from pipeline.tables.store import empty_frame

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ROOT / "outputs"
DATA_DOC = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
LOADING = DATA_DOC.split("### Loading", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]


def documented(table: str, tool: str) -> dict[str, str]:
    return {name: TYPES[kind][tool] for name, kind in column_types(table).items()}


def test_the_data_page_shows_the_calls_tested_here():
    assert 'pd.read_parquet("outputs/offices.parquet")' in LOADING
    assert "FROM 'outputs/offices.parquet' o" in DATA_DOC


def loading_snippet(table: str) -> str:
    """docs/data.md's pandas example, for ``table``."""
    return LOADING.replace("outputs/offices.", f"outputs/{table}.").replace(
        "outputs/schemas/offices.", f"outputs/schemas/{table}."
    )


@pytest.mark.parametrize("table", TABLES)
def test_the_documented_csv_reading_gives_the_parquet_frame_exactly(
    table: str, monkeypatch: pytest.MonkeyPatch
):
    """ "the same frame", as docs/data.md says: columns, dtypes and values, an empty table and
    a column with no value included (a plain ``read_csv`` gives float64 or object there)."""
    monkeypatch.chdir(ROOT)
    names: dict[str, object] = {}
    exec(loading_snippet(table), names)  # the documentation's own example
    csv, parquet = names["offices"], names["same"]
    assert isinstance(csv, pd.DataFrame) and isinstance(parquet, pd.DataFrame)
    pd.testing.assert_frame_equal(csv, parquet, check_exact=True)
    pd.testing.assert_frame_equal(csv, read_published(OUTPUTS)[table], check_exact=True)
    assert {c: str(t) for c, t in csv.dtypes.items()} == documented(table, "pandas")


def test_the_documented_csv_reading_restores_formula_like_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    offices = pd.read_parquet(OUTPUTS / "offices.parquet")
    offices.loc[0, "description"] = "=HYPERLINK(1)"
    offices.loc[1, "description"] = "'quoted"
    copy = tmp_path / "outputs"
    (copy / "schemas").mkdir(parents=True)
    (copy / "offices.csv").write_bytes(encode("csv", "offices", offices))
    assert b"'=HYPERLINK(1)" in (copy / "offices.csv").read_bytes()
    for name in ("schemas/offices.schema.json", "offices.parquet"):
        (copy / name).write_bytes((OUTPUTS / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    names: dict[str, object] = {}
    exec(loading_snippet("offices"), names)
    pd.testing.assert_frame_equal(names["offices"], offices, check_exact=True)


def plain_csv(data: bytes) -> pd.DataFrame:
    """A CSV file read as docs/data.md warns against: no ``dtype=``."""
    return pd.read_csv(io.BytesIO(data), keep_default_na=False, na_values=[""])


def assert_plain_readers_guess(table: str, csv: bytes, json_text: bytes) -> int:
    """What docs/data.md warns of, on one table's CSV and JSON files: read without
    ``dtype=``, every column of an empty table is ``object`` and ``pd.read_json`` gives no
    column at all; a text column with no value is ``float64``. Returns how many of those
    cases the files show."""
    plain = plain_csv(csv)
    if plain.empty:
        assert set(map(str, plain.dtypes)) == {"object"}
        assert list(pd.read_json(io.BytesIO(json_text)).columns) == []
        return 1
    text = [c for c, kind in column_types(table).items() if kind == "string"]
    valueless = [c for c in text if plain[c].isna().all()]
    assert {c: str(plain[c].dtype) for c in valueless} == dict.fromkeys(valueless, "float64")
    return len(valueless)


def test_plain_readers_do_not_give_the_same_frame_as_the_docs_say():
    """What docs/data.md warns of, so the warning stays true, whatever ``raw/`` holds: an empty
    ``corrections`` table and an ``offices`` table no correction touched, written as a build
    writes them (a page's corrections fill both in the published files), then every published
    table that shows an empty table or a text column with no value (the committed data has no
    correction: ``corrections`` is empty and ``correction_id`` has no value)."""
    empty = empty_frame("corrections")
    csv, json_text = encode("csv", "corrections", empty), encode("json", "corrections", empty)
    assert assert_plain_readers_guess("corrections", csv, json_text) == 1
    published = read_published(OUTPUTS)
    offices = published["offices"].assign(asserted_by="extractor", correction_id=pd.NA)
    assert str(plain_csv(encode("csv", "offices", offices))["correction_id"].dtype) == "float64"
    shown = {
        table: assert_plain_readers_guess(
            table,
            (OUTPUTS / f"{table}.csv").read_bytes(),
            (OUTPUTS / f"{table}.json").read_bytes(),
        )
        for table in TABLES
    }
    if published["corrections"].empty:
        # No correction applies (the committed data): the published files show both cases.
        assert shown["corrections"] == 1 and shown["offices"] >= 1


@pytest.mark.parametrize("table", TABLES)
def test_csv_and_parquet_open_in_pandas_with_the_documented_types(table: str):
    csv = pd.read_csv(OUTPUTS / f"{table}.csv", keep_default_na=False, na_values=[""])
    parquet = pd.read_parquet(OUTPUTS / f"{table}.parquet")
    expected = documented(table, "pandas")
    assert {c: str(t) for c, t in parquet.dtypes.items()} == expected
    canonical = decode("csv", table, (OUTPUTS / f"{table}.csv").read_bytes())
    assert parquet.equals(canonical)
    # A CSV column with no value at all gives pandas nothing to infer a type from (as the
    # README says); every other column reads with the documented type and the same values.
    filled = [c for c in csv.columns if csv[c].notna().any()]
    assert {c: str(csv[c].dtype) for c in filled} == {c: expected[c] for c in filled}
    assert csv[filled].equals(canonical[filled])
    assert canonical.drop(columns=filled).isna().all().all()


@pytest.mark.parametrize("table", TABLES)
def test_parquet_has_the_documented_arrow_types(table: str):
    schema = pq.read_schema(OUTPUTS / f"{table}.parquet")
    assert {f.name: str(f.type) for f in schema} == documented(table, "Parquet")


def test_parquet_opens_in_duckdb_with_the_documented_types_and_the_readme_query_runs():
    duckdb = pytest.importorskip("duckdb")
    for table in TABLES:
        path = (OUTPUTS / f"{table}.parquet").as_posix()
        described = duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()
        assert {row[0]: row[1] for row in described} == documented(table, "DuckDB")
    offices = pd.read_parquet(OUTPUTS / "offices.parquet")
    path = (OUTPUTS / "offices.parquet").as_posix()
    rows = duckdb.sql(
        f"SELECT o.name, o.acronym, p.name AS reports_to FROM '{path}' o "
        f"LEFT JOIN '{path}' p ON o.parent_id = p.office_id ORDER BY o.char_start"
    ).fetchall()
    assert len(rows) == len(offices)
    roots = offices["parent_id"].isna().sum()
    assert sum(reports_to is None for _, _, reports_to in rows) == roots


@pytest.mark.parametrize("table", TABLES)
def test_committed_json_satisfies_its_committed_json_schema(table: str):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "schemas" / f"{table}.json-schema.json").read_text("utf-8"))
    records = json.loads((OUTPUTS / f"{table}.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(records))
    assert len(records) == len(pd.read_parquet(OUTPUTS / f"{table}.parquet"))
