"""``datapackage.json``: a Frictionless Data Package (v2) describing every published file.

One resource per file. CSV files are ``table`` resources (Frictionless checks their bytes,
hash, row count, schema and foreign keys). Parquet and JSON files are ``file`` resources:
Frictionless's readers for them bypass its byte counter, so as tables they would always fail
the bytes/hash check; as files their integrity is checked, and ``ice-offices validate`` checks
their content. For the same reason their row count is ``rowCount`` (Frictionless would count
the rows of a file resource as none); CSV resources have the standard ``rows``.

Every table resource points at a copy of its Table Schema in ``schemas/``, so the folder is
self-contained; the CSV resource of a table is named after the table, which is what the
schemas' foreign keys refer to.

Nothing here reads the clock: the package is a function of the tables, the files written
before it and the project version, so rebuilding from the same ``raw/`` gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.publish.checksums import SUMS_FILE, sha256_file
from pipeline.publish.formats import FORMATS, table_filename
from pipeline.release.version import dataset_version
from pipeline.tables.frames import canonical
from pipeline.tables.registry import TABLES
from pipeline.tables.schema_export import render, schema_documents
from pipeline.tables.store import read_columns, row_count

PACKAGE_FILE = "datapackage.json"
ROW_COUNT = "rowCount"
SCHEMA_DIR = "schemas"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"

NAME = "ice-offices"
DESCRIPTION = (
    "Offices, acronyms and programs of {agencies}{when}, extracted from {pages} ({named}); "
    "every row carries the exact source text it was read from and its offsets in that text."
)


def own_pages(agencies: int, pages: int) -> str:
    """Whose pages the data was read from, in the number the data has: "the agency's own
    page" for the one page of one agency, not "the agencies' own pages"."""
    whose = "the agency's" if agencies == 1 else "the agencies'"
    return f"{whose} own {'page' if pages == 1 else 'pages'}"


def read_from(roots: pd.DataFrame, n_pages: int) -> tuple[str, str]:
    """Whose pages the data was read from and what it holds of them (``own_pages`` and
    ``named_offices``), in the number of agencies ``roots`` has and of ``n_pages``: the data
    package's description and Datasette's say it alike."""
    agencies = roots["name"].nunique()
    return own_pages(agencies, n_pages), named_offices(agencies, n_pages)


def named_offices(agencies: int, pages: int) -> str:
    """What the tables hold, said so that no one reads them as a whole organization chart: a
    page may describe only some of its agency's offices ("Some of the offices ... include")."""
    name = "it names" if pages == 1 else "they name"
    whose = "the agency's" if agencies == 1 else "the agencies'"
    return f"the offices {name}, which need not be all {whose}"


DATA_LICENSE = {
    "name": "CC0-1.0",
    "path": "https://creativecommons.org/publicdomain/zero/1.0/",
    "title": "Creative Commons Zero v1.0 Universal",
}
KEYWORDS = ["government", "organization", "offices", "open data"]

MEDIATYPES = {
    "csv": "text/csv",
    "parquet": "application/vnd.apache.parquet",
    "json": "application/json",
    "svg": "image/svg+xml",
    "sqlite": "application/vnd.sqlite3",
    "md": "text/markdown",
    "txt": "text/plain",
}
TEXT_FORMATS = {"csv", "json", "svg", "md", "txt"}


def schema_path(table: str, kind: str = "schema") -> str:
    """Where the copy of ``table``'s schema lives inside the folder (``kind``: schema or
    json-schema)."""
    return f"{SCHEMA_DIR}/{table}.{kind}.json"


def write_schema_copies(frames: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Copy every table's Table Schema and JSON Schema into ``folder/schemas``."""
    directory = folder / SCHEMA_DIR
    directory.mkdir(exist_ok=True)
    for name, document in schema_documents().items():
        (directory / name).write_bytes(render(document).encode("utf-8"))


def write_datapackage(frames: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Write ``datapackage.json`` describing every file already in ``folder``."""
    package = datapackage(frames, folder)
    (folder / PACKAGE_FILE).write_bytes(render(package).encode("utf-8"))


def datapackage(frames: Mapping[str, pd.DataFrame], folder: Path) -> dict[str, Any]:
    """The package descriptor of ``folder``: table files first (tables, then formats), then
    every other data file by path. Schema copies, the package itself and the checksums are
    metadata, not resources."""
    rows = {table: row_count(frames, table) for table in TABLES}
    resources = []
    described = set()
    for table in TABLES:
        for fmt in FORMATS:
            name = table_filename(table, fmt)
            if (folder / name).is_file():
                resources.append(_table_resource(folder, table, fmt, rows[table]))
                described.add(name)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if name in described or name in {PACKAGE_FILE, SUMS_FILE}:
            continue
        if name.startswith(f"{SCHEMA_DIR}/"):
            continue
        resources.append(_file_resource(folder, name))
    roots = root_offices(frames)
    agencies = agency_names(roots)
    acronyms = sorted(set(roots["acronym"].dropna()))
    sources = source_facts(frames)
    coverage = temporal(sources)
    when = f", {as_of_phrase(coverage)}" if coverage else ""
    pages, named = read_from(roots, len(sources))
    package: dict[str, Any] = {
        "$schema": PROFILE,
        "name": NAME,
        "title": f"Offices of {agencies}{when}",
        "description": DESCRIPTION.format(agencies=agencies, when=when, pages=pages, named=named),
        "version": dataset_version(),
        "licenses": [DATA_LICENSE],
        "keywords": [*KEYWORDS, *acronyms],
    }
    if coverage:
        package["temporal"] = coverage
    package["sources"] = _sources(sources)
    package["resources"] = resources
    return package


SOURCE_FACTS = ("path", "sha256", "title", "url", "archive_url", "as_of")


def source_facts(frames: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """What the files beside the tables say of each source page: not its text."""
    return read_columns(frames, "sources", SOURCE_FACTS)


def root_offices(frames: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The offices without a parent (the agencies): name and acronym."""
    return read_columns(
        frames, "offices", ("parent_id", "name", "acronym"), keep=lambda df: df["parent_id"].isna()
    )


def agency_names(roots: pd.DataFrame) -> str:
    """The names of the root offices (the agencies), as the pages give them, sorted."""
    return ", ".join(sorted(dict.fromkeys(roots["name"])))


def temporal(sources: pd.DataFrame) -> dict[str, str] | None:
    """The dates the pages describe, as ``{"start", "end"}`` (earliest and latest ``as_of``);
    None when no page has a known date."""
    dates = sorted(d for d in sources["as_of"] if isinstance(d, str)) if "as_of" in sources else []
    return {"start": dates[0], "end": dates[-1]} if dates else None


def as_of_phrase(coverage: dict[str, str]) -> str:
    """``as of 2009-05-11``, or ``as of 2009-05-11 to 2013-01-20`` for several dates."""
    start, end = coverage["start"], coverage["end"]
    return f"as of {start}" if start == end else f"as of {start} to {end}"


def _table_resource(folder: Path, table: str, fmt: str, rows: int) -> dict[str, Any]:
    name = table_filename(table, fmt)
    resource: dict[str, Any] = {
        "name": table if fmt == "csv" else f"{table}-{fmt}",
        "type": "table" if fmt == "csv" else "file",
        "path": name,
        "format": fmt,
        "mediatype": MEDIATYPES[fmt],
    }
    if fmt in TEXT_FORMATS:
        resource["encoding"] = "utf-8"
    resource["schema"] = schema_path(table)
    if fmt == "json":
        resource["jsonSchema"] = schema_path(table, "json-schema")
    resource.update(_stats(folder / name))
    resource["rows" if fmt == "csv" else ROW_COUNT] = rows
    return resource


def _file_resource(folder: Path, name: str) -> dict[str, Any]:
    suffix = Path(name).suffix.removeprefix(".").lower()
    resource: dict[str, Any] = {
        "name": _resource_name(name),
        "type": "file",
        "path": name,
        "format": suffix or "bin",
        "mediatype": MEDIATYPES.get(suffix, "application/octet-stream"),
    }
    if suffix in TEXT_FORMATS:
        resource["encoding"] = "utf-8"
    resource.update(_stats(folder / name))
    return resource


def _stats(path: Path) -> dict[str, Any]:
    return {"bytes": path.stat().st_size, "hash": f"sha256:{sha256_file(path)}"}


def _resource_name(path: str) -> str:
    """A resource name from a file path: lowercase, ``[a-z0-9._-]`` only."""
    stem = path.lower().rsplit(".", 1)[0]
    return "".join(c if c.isalnum() or c in "._-" else "-" for c in stem)


def _sources(sources: pd.DataFrame) -> list[dict[str, Any]]:
    """The source pages: title, URL (``path``), the archived copy read (``archivedAt``), the
    date it describes (``asOf``), and the raw file's name and SHA-256."""
    out = []
    for row in canonical("sources", sources).to_dict("records"):
        entry: dict[str, Any] = {"title": _text(row["title"]) or row["source_id"]}
        for key, column in (("path", "url"), ("archivedAt", "archive_url"), ("asOf", "as_of")):
            if _text(row[column]):
                entry[key] = row[column]
        entry.update({"file": row["path"], "sha256": row["sha256"]})
        out.append(entry)
    return out


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
