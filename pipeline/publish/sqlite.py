"""``ice_offices.sqlite`` and its Datasette ``metadata.json``: the dataset as one database to
explore (``datasette outputs/ice_offices.sqlite -m outputs/metadata.json``).

The tables have the models' columns, primary keys and foreign keys; full-text search (FTS5,
external content, so Datasette offers a search box) covers names, acronyms, expansions and
descriptions; views join offices to their parents and to the programs they run. Column and
table descriptions in ``metadata.json`` come from the Pandera models, like every other schema.
A foreign key is declared on the id column alone, as in the Table Schemas: ids are unique
across sources, a single-column key is what Datasette turns into links and labels, and the
models already check that a reference stays within its source.

The file must be the same bytes on every rebuild: it is written in one fixed order of
statements into a fresh file with a fixed page size and no journal, then ``VACUUM``-ed, and
nothing in it records a time. (SQLite also writes its own library version into the header, so
the bytes are fixed for one SQLite version; every machine of this project has the same.)
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.publish.datapackage import (
    DATA_LICENSE,
    as_of_phrase,
    root_offices,
    source_facts,
    temporal,
)
from pipeline.tables.frames import canonical
from pipeline.tables.registry import TABLES, referenced_tables, specs, table_spec
from pipeline.tables.schema_export import frictionless_schema
from pipeline.tables.store import pieces

DESCRIPTION = (
    "Offices, acronyms and programs of {agencies}, extracted from the agencies' own pages. "
    "Every row carries the exact source text it was read from (evidence) and its offsets in "
    "the page's text; search names and descriptions with the search box of each table."
)
DATABASE_FILE = "ice_offices.sqlite"
METADATA_FILE = "metadata.json"
DATABASE_NAME = Path(DATABASE_FILE).stem  # what Datasette calls the database
PAGE_SIZE = 4096
SQL_TYPES = {"string": "TEXT", "integer": "INTEGER"}


@dataclass(frozen=True)
class View:
    """A view over ``base``: columns it takes from ``base`` keep that table's descriptions,
    the columns it adds are described in ``columns``."""

    name: str
    base: str
    description: str
    sql: str
    columns: dict[str, str]


VIEWS: tuple[View, ...] = (
    View(
        "offices_with_parents",
        "offices",
        "Each office with the name and acronym of the office it reports to, the title of its"
        " source page and how many programs it runs.",
        """SELECT o.office_id, o.name, o.acronym, o.unit_type,
       o.parent_id, p.name AS parent_name, p.acronym AS parent_acronym,
       (SELECT count(*) FROM programs g WHERE g.office_id = o.office_id) AS n_programs,
       o.description, o.source_id, s.title AS source_title, s.as_of AS source_as_of
FROM offices o
LEFT JOIN offices p ON p.source_id = o.source_id AND p.office_id = o.parent_id
LEFT JOIN sources s ON s.source_id = o.source_id
ORDER BY o.source_id, o.char_start""",
        {
            "parent_name": "Name of the office this one reports to.",
            "parent_acronym": "Acronym of the office this one reports to.",
            "n_programs": "Number of programs whose office_id is this office.",
            "source_title": "Title of the source page.",
            "source_as_of": "The date the source page describes (YYYY-MM-DD).",
        },
    ),
    View(
        "programs_with_offices",
        "programs",
        "Each program with the name and acronym of the office that runs it and the name of"
        " the program it is part of.",
        """SELECT g.program_id, g.name, g.acronym,
       g.office_id, o.name AS office_name, o.acronym AS office_acronym,
       g.parent_program_id, pp.name AS parent_program_name, g.source_id
FROM programs g
LEFT JOIN offices o ON o.source_id = g.source_id AND o.office_id = g.office_id
LEFT JOIN programs pp ON pp.source_id = g.source_id AND pp.program_id = g.parent_program_id
ORDER BY g.source_id, g.char_start""",
        {
            "office_name": "Name of the office that runs the program.",
            "office_acronym": "Acronym of the office that runs the program.",
            "parent_program_name": "Name of the program this one is part of.",
        },
    ),
    View(
        "acronyms_with_offices",
        "acronyms",
        "Each acronym with its expansion and the name of the office it names.",
        """SELECT a.acronym, a.expansion, a.office_id, o.name AS office_name, a.source_id
FROM acronyms a
LEFT JOIN offices o ON o.source_id = a.source_id AND o.office_id = a.office_id
ORDER BY a.source_id, a.char_start""",
        {"office_name": "Name of the office the acronym names."},
    ),
)


def write_sqlite(frames: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Write ``ice_offices.sqlite`` and Datasette's ``metadata.json`` into ``folder``."""
    write_database(frames, folder / DATABASE_FILE)
    document = json.dumps(datasette_metadata(frames), ensure_ascii=False, indent=2) + "\n"
    (folder / METADATA_FILE).write_bytes(document.encode("utf-8"))


def write_database(frames: Mapping[str, pd.DataFrame], path: Path) -> None:
    """Create the database at ``path`` (replacing any file there)."""
    path.unlink(missing_ok=True)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        db.execute("PRAGMA journal_mode = OFF")
        # Keys are checked once, after every row is in (``foreign_key_check`` finds each
        # parent by its primary key): enforced while inserting, each new parent row would
        # be searched for among its children, which have no index, a scan per row.
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("BEGIN")
        for statement in schema_statements():
            db.execute(statement)
        for table in TABLES:
            for piece in pieces(frames, table):
                _insert(db, table, piece)
        for table in _searched():
            db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid, parent, _ = problems[0]
            raise ValueError(
                f"{path}: {len(problems)} foreign key(s) do not resolve, first: {table} row "
                f"{rowid} refers to a missing {parent}"
            )
        db.execute("COMMIT")
        db.execute("VACUUM")


def schema_statements() -> list[str]:
    """Every ``CREATE`` statement, in the order they run."""
    statements = [_create_table(table) for table in TABLES]
    for table, cols in _searched().items():
        statements.append(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5("
            + ", ".join(cols)
            + f', content="{table}")'
        )
    statements.extend(f"CREATE VIEW {view.name} AS\n{view.sql}" for view in VIEWS)
    return statements


def _searched() -> dict[str, tuple[str, ...]]:
    """The columns of each table's FTS5 index (``<table>_fts``), for tables that have one."""
    return {spec.name: spec.search_columns for spec in specs() if spec.search_columns}


def _create_table(table: str) -> str:
    spec = table_spec(table)
    fields = frictionless_schema(table)["fields"]
    lines = [
        f"  {f['name']} {SQL_TYPES[f['type']]}{' NOT NULL' if f['constraints']['required'] else ''}"
        for f in fields
    ]
    lines.append(f"  PRIMARY KEY ({', '.join(spec.primary_key)})")
    for key in spec.foreign_keys:
        target = key.ref_fields[-1]
        lines.append(f"  FOREIGN KEY ({key.column}) REFERENCES {key.ref_table} ({target})")
    return f"CREATE TABLE {table} (\n" + ",\n".join(lines) + "\n)"


def _insert(db: sqlite3.Connection, table: str, df: pd.DataFrame) -> None:
    names = list(df.columns)
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    db.executemany(sql, [tuple(_plain(v) for v in row) for row in df.itertuples(index=False)])


def _plain(value: Any) -> Any:
    """A cell as SQLite takes it: None for a null, Python ints and strings otherwise."""
    if value is None or pd.isna(value):
        return None
    return value.item() if hasattr(value, "item") else value


def datasette_metadata(frames: Mapping[str, pd.DataFrame]) -> dict[str, Any]:
    """Datasette's metadata: title, description, license, source, and a description of every
    table, view and column (from the models)."""
    tables: dict[str, Any] = {}
    descriptions: dict[str, dict[str, str]] = {}
    # Datasette shows a table's label column in place of the bare id of a foreign key to it.
    labelled = referenced_tables()
    for table in TABLES:
        schema = frictionless_schema(table)
        columns = {f["name"]: f["description"] for f in schema["fields"]}
        descriptions[table] = columns
        entry: dict[str, Any] = {"description": schema["description"], "columns": columns}
        label = table_spec(table).label_column
        if table in labelled and label is not None:
            entry["label_column"] = label
        tables[table] = entry
    for view in VIEWS:
        names = _view_columns(view)
        columns = {name: view.columns.get(name) or descriptions[view.base][name] for name in names}
        tables[view.name] = {"description": view.description, "columns": columns}
    agencies = _agencies(root_offices(frames))
    sources = source_facts(frames)
    coverage = temporal(sources)
    if coverage:
        agencies = f"{agencies}, {as_of_phrase(coverage)}"
    metadata: dict[str, Any] = {
        "title": f"Offices of {agencies}",
        "description": DESCRIPTION.format(agencies=agencies),
        "license": DATA_LICENSE["name"],
        "license_url": DATA_LICENSE["path"],
    }
    metadata.update(_source(sources))
    metadata["databases"] = {DATABASE_NAME: {"tables": tables}}
    return metadata


def _view_columns(view: View) -> list[str]:
    """The view's column names, read from an empty database with the schema."""
    with closing(sqlite3.connect(":memory:")) as db:
        for statement in schema_statements():
            db.execute(statement)
        cursor = db.execute(f"SELECT * FROM {view.name} LIMIT 0")
        return [d[0] for d in cursor.description]


def _agencies(offices: pd.DataFrame) -> str:
    """The names of the root offices (the agencies), as the pages give them."""
    roots = offices[offices["parent_id"].isna()]
    return ", ".join(sorted(dict.fromkeys(roots["name"])))


def _source(sources: pd.DataFrame) -> dict[str, str]:
    """The source pages: the one page's title, date and URL (the archived copy that was read,
    when there is one), or a count when there are several."""
    rows = canonical("sources", sources).to_dict("records")
    if len(rows) == 1:
        row = rows[0]
        title = row["title"] if isinstance(row["title"], str) else row["source_id"]
        if isinstance(row["as_of"], str):
            title = f"{title}, as of {row['as_of']}"
        out = {"source": title}
        url = next((u for u in (row["archive_url"], row["url"]) if isinstance(u, str)), None)
        if url:
            out["source_url"] = url
        return out
    return {"source": f"{len(rows)} government pages (see the sources table)"}
