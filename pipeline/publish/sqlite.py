"""``ice_offices.sqlite`` and its Datasette ``metadata.json``: the dataset as one database to
explore (``datasette outputs/ice_offices.sqlite -m outputs/metadata.json``).

The tables have the models' columns, primary keys and foreign keys; full-text search (FTS5,
external content, so Datasette offers a search box) covers names, acronyms, expansions and
descriptions; views (declared with each table in the registry, their SQL derived from the
foreign keys) join offices to their parents and to the programs they run. Column and table
descriptions in ``metadata.json`` come from the Pandera models, like every other schema; a
column a view adds is described by the view.
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
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.publish.datapackage import (
    DATA_LICENSE,
    agency_names,
    as_of_phrase,
    read_from,
    root_offices,
    source_facts,
    temporal,
)
from pipeline.tables.frames import canonical
from pipeline.tables.models import ForeignKey
from pipeline.tables.registry import TABLES, TableSpec, referenced_tables, specs, table_spec
from pipeline.tables.schema_export import frictionless_schema
from pipeline.tables.store import pieces
from pipeline.tables.views import Lookup, View

DESCRIPTION = (
    "Offices, acronyms and programs of {agencies}, extracted from {pages} ({named}). "
    "Every row carries the exact source text it was read from (evidence) and its offsets in "
    "the page's text; search names and descriptions with the search box of each table."
)
DATABASE_FILE = "ice_offices.sqlite"
METADATA_FILE = "metadata.json"
DATABASE_NAME = Path(DATABASE_FILE).stem  # what Datasette calls the database
PAGE_SIZE = 4096
SQL_TYPES = {"string": "TEXT", "integer": "INTEGER"}


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
        # The file is new and staged: the publisher fsyncs it with the others before the swap,
        # so SQLite's own flushes at COMMIT and VACUUM (each a wait on the disk) add nothing.
        db.execute("PRAGMA synchronous = OFF")
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
    statements.extend(
        f"CREATE VIEW {view.name} AS\n{view_sql(spec, view)}" for spec, view in views()
    )
    return statements


def views() -> list[tuple[TableSpec, View]]:
    """Every registered table's views, with the table, in registry order."""
    return [(spec, view) for spec in specs() for view in spec.views]


def view_sql(spec: TableSpec, view: View) -> str:
    """The ``SELECT`` of ``view``: its table's columns, a ``LEFT JOIN`` per foreign key it looks
    through, a count per other table's key to it; in the table's sort order."""
    selected: list[str] = []
    joins: dict[str, str] = {}
    for column in view.columns:
        if isinstance(column, str):
            selected.append(f"t.{column}")
        elif isinstance(column, Lookup):
            key = next(k for k in spec.foreign_keys if k.column == column.via)
            alias = column.via.removesuffix("_id")
            on = _joined(alias, key.ref_fields, "t", key.fields)
            joins.setdefault(alias, f"LEFT JOIN {key.ref_table} {alias} ON {on}")
            selected.append(f"{alias}.{column.column} AS {column.name}")
        else:
            key = _key_to(column.table, column.via, spec.name, view.name)
            where = _joined("c", key.fields, "t", key.ref_fields)
            selected.append(
                f"(SELECT count(*) FROM {column.table} c WHERE {where}) AS {column.name}"
            )
    lines = ["SELECT " + ",\n       ".join(selected), f"FROM {spec.name} t", *joins.values()]
    lines.append("ORDER BY " + ", ".join(f"t.{c}" for c in spec.sort_key))
    return "\n".join(lines)


def _key_to(table: str, column: str, target: str, view: str) -> ForeignKey:
    """The foreign key of ``table`` on ``column`` that points at ``target``."""
    for key in table_spec(table).foreign_keys:
        if key.column == column and key.ref_table == target:
            return key
    raise ValueError(f"view {view!r}: {table}.{column} is not a foreign key to {target}")


def _joined(
    left: str, left_fields: tuple[str, ...], right: str, right_fields: tuple[str, ...]
) -> str:
    pairs = zip(left_fields, right_fields, strict=True)
    return " AND ".join(f"{left}.{a} = {right}.{b}" for a, b in pairs)


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
    for spec, view in views():
        own = descriptions[spec.name]
        columns = {
            name: own[column] if isinstance(column, str) else column.description
            for name, column in zip(view.column_names, view.columns, strict=True)
        }
        tables[view.name] = {"description": view.description, "columns": columns}
    roots = root_offices(frames)
    agencies = agency_names(roots)
    sources = source_facts(frames)
    pages, named = read_from(roots, len(sources))
    coverage = temporal(sources)
    if coverage:
        agencies = f"{agencies}, {as_of_phrase(coverage)}"
    metadata: dict[str, Any] = {
        "title": f"Offices of {agencies}",
        "description": DESCRIPTION.format(agencies=agencies, pages=pages, named=named),
        "license": DATA_LICENSE["name"],
        "license_url": DATA_LICENSE["path"],
    }
    metadata.update(_source(sources))
    metadata["databases"] = {DATABASE_NAME: {"tables": tables}}
    return metadata


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
