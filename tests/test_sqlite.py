"""The SQLite database and Datasette metadata published beside the tables: same rows as the
tables, keys, full-text search, views, byte-for-byte rebuilds, and Datasette serving it."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from pipeline.cli import main
from pipeline.publish.publisher import read_published
from pipeline.publish.sqlite import (
    DATABASE_FILE,
    DATABASE_NAME,
    METADATA_FILE,
    view_sql,
    views,
    write_sqlite,
)
from pipeline.tables.frames import canonical
from pipeline.tables.registry import TABLES, table_spec

OUTPUTS = Path(__file__).resolve().parents[1] / "outputs"
ICE = "offices_within_ice"


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return read_published(OUTPUTS, formats=["parquet"])


@pytest.fixture(scope="module")
def folder(frames: dict[str, pd.DataFrame], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sqlite")
    write_sqlite(frames, out)
    return out


def connect(folder: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{folder / DATABASE_FILE}?mode=ro", uri=True)


@pytest.mark.parametrize("table", TABLES)
def test_tables_hold_the_same_rows_as_the_published_frames(
    frames: dict[str, pd.DataFrame], folder: Path, table: str
) -> None:
    with closing(connect(folder)) as db:
        read = pd.read_sql_query(f"SELECT * FROM {table} ORDER BY rowid", db)
    assert len(read) == len(frames[table])
    assert len(read) > 0 or table == "corrections"  # the release needs no corrections
    assert canonical(table, read).equals(frames[table])


@pytest.mark.parametrize("table", TABLES)
def test_tables_declare_keys_and_nullability_from_the_models(folder: Path, table: str) -> None:
    with closing(connect(folder)) as db:
        info = db.execute(f"PRAGMA table_info({table})").fetchall()
        fks = db.execute(f"PRAGMA foreign_key_list({table})").fetchall()
    schema = table_spec(table).model.to_schema()
    assert [row[1] for row in info] == list(schema.columns)
    assert {row[1]: bool(row[3]) for row in info} == {
        name: not column.nullable for name, column in schema.columns.items()
    }
    primary = sorted((row[5], row[1]) for row in info if row[5])
    assert tuple(name for _, name in primary) == table_spec(table).primary_key
    expected = {
        (key.column, key.ref_table, key.ref_fields[-1]) for key in table_spec(table).foreign_keys
    }
    assert {(row[3], row[2], row[4]) for row in fks} == expected


def test_database_is_intact_and_every_key_resolves(folder: Path) -> None:
    with closing(connect(folder)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_full_text_search_finds_an_office_by_a_word_of_its_description(
    frames: dict[str, pd.DataFrame], folder: Path
) -> None:
    office = frames["offices"].dropna(subset=["description"]).iloc[-1]
    word = max(re.findall(r"[A-Za-z]{5,}", office["description"]), key=len)
    with closing(connect(folder)) as db:
        found = db.execute(
            "SELECT o.office_id FROM offices_fts JOIN offices o ON o.rowid = offices_fts.rowid"
            " WHERE offices_fts MATCH ?",
            [word],
        ).fetchall()
        acronym = frames["acronyms"].iloc[0]
        by_acronym = db.execute(
            "SELECT a.expansion FROM acronyms_fts JOIN acronyms a ON a.rowid = acronyms_fts.rowid"
            " WHERE acronyms_fts MATCH ?",
            [f'acronym:"{acronym["acronym"]}"'],
        ).fetchall()
    assert office["office_id"] in {row[0] for row in found}
    assert acronym["expansion"] in {row[0] for row in by_acronym}


def test_views_join_offices_to_parents_and_programs_to_offices(
    frames: dict[str, pd.DataFrame], folder: Path
) -> None:
    offices = frames["offices"].set_index("office_id")
    with closing(connect(folder)) as db:
        tree = pd.read_sql_query("SELECT * FROM offices_with_parents", db)
        runs = pd.read_sql_query("SELECT * FROM programs_with_offices", db)
    assert len(tree) == len(offices)
    for row in tree.itertuples():
        if pd.isna(row.parent_id):
            assert pd.isna(row.parent_name)
        else:
            assert row.parent_name == offices.loc[row.parent_id, "name"]
        expected = int((frames["programs"]["office_id"] == row.office_id).sum())
        assert row.n_programs == expected
    assert tree["n_programs"].sum() == frames["programs"]["office_id"].notna().sum()
    assert len(runs) == len(frames["programs"])
    for row in runs.dropna(subset=["office_id"]).itertuples():
        assert row.office_name == offices.loc[row.office_id, "name"]


def test_rebuilding_gives_the_same_bytes(
    frames: dict[str, pd.DataFrame], folder: Path, tmp_path: Path
) -> None:
    write_sqlite(frames, tmp_path)
    for name in (DATABASE_FILE, METADATA_FILE):
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name


def test_datasette_metadata_describes_every_column_from_the_models(folder: Path) -> None:
    metadata = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    tables = metadata["databases"][DATABASE_NAME]["tables"]
    for table in TABLES:
        schema = table_spec(table).model.to_schema()
        described = {name: column.description for name, column in schema.columns.items()}
        assert tables[table]["columns"] == described
    for _, view in views():
        assert all(tables[view.name]["columns"].values()), view.name
    assert metadata["license"] == "CC0-1.0"
    assert metadata["title"].startswith("Offices of ")


def test_view_columns_are_described_by_their_own_table(folder: Path) -> None:
    tables = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))["databases"][
        DATABASE_NAME
    ]["tables"]
    offices = table_spec("offices").model.to_schema().columns
    acronyms = table_spec("acronyms").model.to_schema().columns
    programs = table_spec("programs").model.to_schema().columns
    assert (
        tables["offices_with_parents"]["columns"]["office_id"] == offices["office_id"].description
    )
    assert tables["offices_with_parents"]["columns"]["name"] == offices["name"].description
    assert tables["acronyms_with_offices"]["columns"]["office_id"] == (
        acronyms["office_id"].description
    )
    assert tables["programs_with_offices"]["columns"]["name"] == programs["name"].description
    assert programs["office_id"].description != offices["office_id"].description


def test_views_are_the_registry_s_declarations_joined_through_its_foreign_keys(
    folder: Path,
) -> None:
    declared = views()
    assert [(spec.name, view.name) for spec, view in declared] == [
        ("offices", "offices_with_parents"),
        ("acronyms", "acronyms_with_offices"),
        ("programs", "programs_with_offices"),
    ]
    with closing(connect(folder)) as db:
        for spec, view in declared:
            stored = db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [view.name]
            ).fetchone()[0]
            assert stored == f"CREATE VIEW {view.name} AS\n{view_sql(spec, view)}"
            cursor = db.execute(f"SELECT * FROM {view.name} LIMIT 0")
            assert tuple(d[0] for d in cursor.description) == view.column_names
    parents = view_sql(*declared[0])
    assert "LEFT JOIN offices parent ON parent.source_id = t.source_id" in parents
    assert "AND parent.office_id = t.parent_id" in parents


def test_datasette_metadata_cites_the_ice_page_with_its_date(
    frames: dict[str, pd.DataFrame], tmp_path: Path
) -> None:
    ice = {t: f[f["source_id"] == ICE].reset_index(drop=True) for t, f in frames.items()}
    write_sqlite(ice, tmp_path)
    metadata = json.loads((tmp_path / METADATA_FILE).read_text(encoding="utf-8"))
    source = ice["sources"].iloc[0]
    assert metadata["source_url"] == source["archive_url"]
    assert metadata["source"] == f"{source['title']}, as of 2009-05-11"
    assert metadata["title"].endswith(", as of 2009-05-11")


def test_datasette_serves_tables_search_and_views(
    frames: dict[str, pd.DataFrame], folder: Path
) -> None:
    metadata = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    ds = Datasette([str(folder / DATABASE_FILE)], metadata=metadata)
    office = frames["offices"].iloc[-1]

    async def fetch() -> list:
        base = f"/{DATABASE_NAME}"
        return [
            await ds.client.get(f"{base}/offices.json?_shape=array&_size=max"),
            await ds.client.get(f"{base}/offices.json", params={"_search": office["name"]}),
            await ds.client.get(f"{base}/offices_with_parents.json?_shape=array&_size=max"),
            await ds.client.get(f"{base}/offices"),
        ]

    everything, search, view, page = asyncio.run(fetch())
    assert everything.status_code == 200
    assert sorted(row["office_id"] for row in everything.json()) == sorted(
        frames["offices"]["office_id"]
    )
    assert search.status_code == 200
    assert office["office_id"] in [row[1] for row in search.json()["rows"]]
    assert view.status_code == 200
    assert len(view.json()) == len(frames["offices"])
    assert page.status_code == 200
    assert table_spec("offices").model.to_schema().columns["parent_id"].description in page.text


def test_a_multi_page_build_publishes_a_database_with_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several pages, whose offices can come before their parents in table order."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    out = tmp_path / "out"
    pages = Path(__file__).resolve().parent / "data" / "pages"
    built = CliRunner().invoke(main, ["build", "--raw", str(pages), "--out", str(out)])
    assert built.exit_code == 0, built.output
    frames = read_published(out, formats=["parquet"])
    assert len(frames["sources"]) > 1
    with closing(connect(out)) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in TABLES:
            count = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert count == len(frames[table]), table
        tree = db.execute("SELECT count(*) FROM offices_with_parents").fetchone()[0]
    assert tree == len(frames["offices"])
