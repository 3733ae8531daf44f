"""Every published table, declared once: its model, record type, keys and how tools use it.

A :class:`TableSpec` beside each Pandera model is the one place a table's table-level facts
live (primary and sort keys, foreign keys, searched and label columns, how ``diff`` matches
its rows, where its rows come from, its SQLite views). The Dagster table assets and their
blocking checks, the canonical frames, every published format, the SQLite schema and views,
the data package, ``schemas/``, the README's data dictionary and the ``schema``, ``show`` and
``diff`` commands all read it, so adding a table is a model, a record type and one
:func:`register` call.

Tables are kept in registration order, which is the order they are written and listed in. A
foreign key may point at any registered table, one registered later too (every extracted
row's ``correction_id`` refers to the ``corrections`` table, listed last), as long as the
tables' references form no cycle: :func:`dependency_order` is the order they are built and
matched in.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, overload

import pandas as pd
import pandera.pandas as pa

from pipeline.corrections.records import CorrectionRow
from pipeline.extract.records import Acronym, Office, Program
from pipeline.sources.records import Source
from pipeline.tables.models import (
    OFFICE_PARENT,
    PROGRAM_PARENT,
    AcronymsModel,
    CorrectionsModel,
    ForeignKey,
    OfficesModel,
    ProgramsModel,
    SourcesModel,
)
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.views import Count, Lookup, View

SPAN_COLUMNS = ("evidence", "char_start", "char_end")


@dataclass(frozen=True)
class DiffRules:
    """How ``ice-offices diff`` matches this table's rows between releases and what it compares.

    Rows are paired by the primary key first, then by each fallback in turn (a renamed office
    gets a new id, but keeps its acronym); ``compared`` are the columns whose change is
    reported. A compared column that is a foreign key is compared through the matches of the
    table it refers to.
    """

    fallbacks: tuple[tuple[str, ...], ...] = ()
    compared: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSpec:
    """One published table: everything about it that is not a column rule of its model."""

    name: str
    model: type[pa.DataFrameModel]
    record: type
    """The dataclass the rows are built from (a field per column; columns it lacks are null)."""
    rows: Callable[[ExtractedPages], Iterable[Any]]
    """The table's records, drawn from the pages of one build."""
    primary_key: tuple[str, ...]
    sort_key: tuple[str, ...]
    """The canonical row order of every format (a stable sort on these columns)."""
    foreign_keys: tuple[ForeignKey, ...] = ()
    search_columns: tuple[str, ...] = ()
    """Columns of the table's full-text index in SQLite (none: no index)."""
    label_column: str | None = None
    """What names a row for people: Datasette shows it for a foreign key, ``diff`` lists it."""
    diff: DiffRules = field(default_factory=DiffRules)
    views: tuple[View, ...] = ()
    """SQLite views of the table joined to the rows its foreign keys point at."""

    @property
    def columns(self) -> tuple[str, ...]:
        """The published columns, in order."""
        return tuple(self.model.to_schema().columns)

    @property
    def description(self) -> str:
        """The model's docstring on one line."""
        return " ".join((self.model.__doc__ or "").split())

    @property
    def evidenced(self) -> bool:
        """Whether rows carry an evidence span into their source's text."""
        return set(SPAN_COLUMNS) <= set(self.columns)

    @property
    def upstream(self) -> tuple[str, ...]:
        """The other tables its foreign keys refer to, in registry order; ``KeyError`` naming
        a target that is not registered."""
        targets = {key.ref_table for key in self.foreign_keys} - {self.name}
        for target in sorted(targets):
            table_spec(target)
        return tuple(name for name in TABLES if name in targets)

    @property
    def references(self) -> dict[str, str]:
        """Each single-id reference column and the table it points into."""
        return {key.column: key.ref_table for key in self.foreign_keys}

    def schema(self, frames: Mapping[str, pd.DataFrame] | None = None) -> pa.DataFrameSchema:
        """The model's schema plus the cross-table keys whose referenced frame is in ``frames``.

        Self-references are already model checks; a key to a table missing from ``frames`` is
        skipped, so a table can be validated on its own before its neighbours exist.
        """
        schema = self.model.to_schema()
        frames = frames or {}
        extra = [
            key.check(frames[key.ref_table])
            for key in self.foreign_keys
            if key.ref_table != self.name and key.ref_table in frames
        ]
        if not extra:
            return schema
        combined = copy.copy(schema)
        combined.checks = [*schema.checks, *extra]
        return combined


_SPECS: dict[str, TableSpec] = {}


class _TableNames(Sequence[str]):
    """The registered table names, in order; a live view, so a table registered later (a
    test's toy table) is seen by every loop over :data:`TABLES`."""

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return tuple(_SPECS)[index]

    def __len__(self) -> int:
        return len(_SPECS)

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(_SPECS))

    def __repr__(self) -> str:
        return f"TABLES{tuple(_SPECS)!r}"


TABLES: Sequence[str] = _TableNames()


def register(spec: TableSpec) -> TableSpec:
    """Add ``spec`` after the tables already registered; raises ``ValueError`` on a spec
    whose keys or columns its model does not have."""
    if spec.name in _SPECS:
        raise ValueError(f"table {spec.name!r} is already registered")
    if spec.model.Config.name != spec.name:
        raise ValueError(f"table {spec.name!r}: its model is named {spec.model.Config.name!r}")
    columns = set(spec.columns)
    named = {
        "primary key": spec.primary_key,
        "sort key": spec.sort_key,
        "search columns": spec.search_columns,
        "label column": (spec.label_column,) if spec.label_column else (),
        "diff columns": (*spec.diff.compared, *(c for f in spec.diff.fallbacks for c in f)),
        "foreign keys": tuple(c for key in spec.foreign_keys for c in key.fields),
        "record fields": tuple(f.name for f in fields(spec.record)),
        "view columns": tuple(c for v in spec.views for c in v.columns if isinstance(c, str)),
    }
    for what, names in named.items():
        unknown = [name for name in names if name not in columns]
        if unknown:
            raise ValueError(f"table {spec.name!r}: {what} not in its model: {unknown}")
    keyed = {key.column for key in spec.foreign_keys}
    for view in spec.views:
        lookups = [c.via for c in view.columns if isinstance(c, Lookup) and c.via not in keyed]
        if lookups:
            raise ValueError(f"view {view.name!r}: no foreign key on {lookups}")
    for key in spec.foreign_keys:
        if key.table != spec.name:
            raise ValueError(f"table {spec.name!r}: foreign key of {key.table!r}")
        cycle = _path_back(key.ref_table, spec.name)
        if key.ref_table != spec.name and cycle:
            loop = " -> ".join((spec.name, *cycle))
            raise ValueError(f"table {spec.name!r}: its foreign keys make a cycle: {loop}")
    _SPECS[spec.name] = spec
    return spec


def _path_back(start: str, goal: str) -> tuple[str, ...]:
    """A chain of foreign keys among the registered tables from ``start`` to ``goal`` (empty
    when there is none); self-references do not count."""
    if start == goal:
        return (goal,)
    spec = _SPECS.get(start)
    for target in () if spec is None else {k.ref_table for k in spec.foreign_keys} - {start}:
        rest = _path_back(target, goal)
        if rest:
            return (start, *rest)
    return ()


def dependency_order() -> tuple[str, ...]:
    """The registered tables, each after the tables it refers to (otherwise in registry
    order); ``KeyError`` naming a foreign key's target that is not registered."""
    done: list[str] = []

    def visit(name: str) -> None:
        if name not in done:
            for target in table_spec(name).upstream:
                visit(target)
            done.append(name)

    for name in _SPECS:
        visit(name)
    return tuple(done)


def unregister(name: str) -> None:
    """Remove a table no other table refers to (for tests that register a toy table)."""
    users = [s.name for s in _SPECS.values() if s.name != name and name in s.upstream]
    if users:
        raise ValueError(f"table {name!r} is referred to by {users}")
    del _SPECS[name]


def table_spec(name: str) -> TableSpec:
    """The spec of table ``name``; ``KeyError`` naming the known tables otherwise."""
    try:
        return _SPECS[name]
    except KeyError:
        raise KeyError(f"no table {name!r} (tables: {', '.join(_SPECS)})") from None


def specs() -> tuple[TableSpec, ...]:
    """Every registered table, in order."""
    return tuple(_SPECS.values())


def referenced_tables() -> set[str]:
    """The tables some foreign key points at (itself included)."""
    return {key.ref_table for spec in _SPECS.values() for key in spec.foreign_keys}


def _page_records(table: str) -> Callable[[ExtractedPages], Iterable[Any]]:
    """The records of one :class:`PageExtraction` field over every page, in page order, with
    who asserts each row."""

    def rows(pages: ExtractedPages) -> Iterable[Any]:
        return pages.asserted_rows(table, table_spec(table).primary_key)

    return rows


def _sources(pages: ExtractedPages) -> list[Source]:
    return list(pages.sources)


def _to_source(table: str) -> ForeignKey:
    return ForeignKey(table, ("source_id",), "sources", ("source_id",))


def _to_office(table: str) -> ForeignKey:
    return ForeignKey(table, ("source_id", "office_id"), "offices", ("source_id", "office_id"))


def _to_correction(table: str) -> ForeignKey:
    """A row's ``correction_id``: a correction of its own page (registered last, listed last)."""
    return ForeignKey(
        table, ("source_id", "correction_id"), "corrections", ("source_id", "correction_id")
    )


SOURCES = register(
    TableSpec(
        name="sources",
        model=SourcesModel,
        record=Source,
        rows=_sources,
        primary_key=("source_id",),
        sort_key=("source_id",),
        search_columns=("title", "text"),
        label_column="title",
        diff=DiffRules(
            fallbacks=(("url",),),
            compared=("path", "title", "url", "archive_url", "as_of", "agency", "sha256"),
        ),
    )
)
OFFICES = register(
    TableSpec(
        name="offices",
        model=OfficesModel,
        record=Office,
        rows=_page_records("offices"),
        primary_key=("office_id",),
        sort_key=("source_id", "char_start", "office_id"),
        foreign_keys=(_to_source("offices"), OFFICE_PARENT, _to_correction("offices")),
        search_columns=("name", "acronym", "heading", "description"),
        label_column="name",
        diff=DiffRules(
            fallbacks=(
                ("source_id", "acronym"),
                ("source_id", "name"),
                ("source_id", "description"),
            ),
            compared=("name", "acronym", "unit_type", "parent_id", "heading", "description"),
        ),
        views=(
            View(
                "offices_with_parents",
                "Each office with the name and acronym of the office it reports to, the title"
                " of its source page and how many programs it runs.",
                (
                    "office_id",
                    "name",
                    "acronym",
                    "unit_type",
                    "parent_id",
                    Lookup(
                        "parent_name",
                        "parent_id",
                        "name",
                        "Name of the office this one reports to.",
                    ),
                    Lookup(
                        "parent_acronym",
                        "parent_id",
                        "acronym",
                        "Acronym of the office this one reports to.",
                    ),
                    Count(
                        "n_programs",
                        "programs",
                        "office_id",
                        "Number of programs whose office_id is this office.",
                    ),
                    "description",
                    "source_id",
                    Lookup("source_title", "source_id", "title", "Title of the source page."),
                    Lookup(
                        "source_as_of",
                        "source_id",
                        "as_of",
                        "The date the source page describes (YYYY-MM-DD).",
                    ),
                ),
            ),
        ),
    )
)
ACRONYMS = register(
    TableSpec(
        name="acronyms",
        model=AcronymsModel,
        record=Acronym,
        rows=_page_records("acronyms"),
        primary_key=("source_id", "acronym", "expansion"),
        sort_key=("source_id", "char_start", "acronym", "expansion"),
        foreign_keys=(
            _to_source("acronyms"),
            _to_office("acronyms"),
            _to_correction("acronyms"),
        ),
        search_columns=("acronym", "expansion"),
        label_column="expansion",
        diff=DiffRules(
            fallbacks=(("source_id", "acronym"), ("source_id", "expansion")),
            compared=("acronym", "expansion", "office_id"),
        ),
        views=(
            View(
                "acronyms_with_offices",
                "Each acronym with its expansion and the name of the office it names.",
                (
                    "acronym",
                    "expansion",
                    "office_id",
                    Lookup(
                        "office_name", "office_id", "name", "Name of the office the acronym names."
                    ),
                    "source_id",
                ),
            ),
        ),
    )
)
PROGRAMS = register(
    TableSpec(
        name="programs",
        model=ProgramsModel,
        record=Program,
        rows=_page_records("programs"),
        primary_key=("program_id",),
        sort_key=("source_id", "char_start", "program_id"),
        foreign_keys=(
            _to_source("programs"),
            _to_office("programs"),
            PROGRAM_PARENT,
            _to_correction("programs"),
        ),
        search_columns=("name", "acronym"),
        label_column="name",
        diff=DiffRules(
            fallbacks=(("source_id", "acronym"), ("source_id", "name")),
            compared=("name", "acronym", "office_id", "parent_program_id"),
        ),
        views=(
            View(
                "programs_with_offices",
                "Each program with the name and acronym of the office that runs it and the name"
                " of the program it is part of.",
                (
                    "program_id",
                    "name",
                    "acronym",
                    "office_id",
                    Lookup(
                        "office_name",
                        "office_id",
                        "name",
                        "Name of the office that runs the program.",
                    ),
                    Lookup(
                        "office_acronym",
                        "office_id",
                        "acronym",
                        "Acronym of the office that runs the program.",
                    ),
                    "parent_program_id",
                    Lookup(
                        "parent_program_name",
                        "parent_program_id",
                        "name",
                        "Name of the program this one is part of.",
                    ),
                    "source_id",
                ),
            ),
        ),
    )
)
CORRECTIONS = register(
    TableSpec(
        name="corrections",
        model=CorrectionsModel,
        record=CorrectionRow,
        rows=lambda pages: pages.corrections,
        primary_key=("correction_id",),
        sort_key=("source_id", "line", "correction_id"),
        foreign_keys=(_to_source("corrections"),),
        search_columns=("changes", "reason"),
        label_column="reason",
        diff=DiffRules(compared=("action", "row_table", "row_id", "changes", "reason", "author")),
    )
)
