"""Apply corrections to extracted pages: the corrected pages, which rows each correction
asserts, and one line per problem.

A problem is a correction that cannot stand: it matches nothing (stale: the page or the
extractor changed, or the extractor now gets the row right), its quote is not in the page,
it names a row ambiguously, it changes a row another correction already changed, or the
corrected tables break a rule of their models (a cycle, a dangling parent); the correction
that first breaks the rule is the one named. Pure code: pages in, pages out.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

import pandas as pd

from pipeline.corrections.files import Correction
from pipeline.corrections.records import CorrectionRow
from pipeline.corrections.vocabulary import ACTIONS, Action
from pipeline.extract.names import slug
from pipeline.extract.records import Acronym, Office, PageExtraction, Program, UnitType
from pipeline.sources.records import Source
from pipeline.tables.frames import to_frame
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.registry import table_spec
from pipeline.tables.validation import validate_table

BY_CORRECTION = "correction"  # found_by / parent_by of what a correction asserts


class CorrectionError(ValueError):
    """A correction that cannot be applied; the message is one line naming it."""


@dataclass
class _Row:
    """A record being corrected and the correction that changed it (if any).

    A row is changed by a correction when any of its values differs from the extractor's: the
    row a correction names (changed directly), or a row whose reference to it followed it
    (``consequence``: a sub-unit moved up, an ``office_id`` or ``parent_id`` that follows a
    renamed row's id). A consequence names the first correction that reached the row, until a
    correction changes the row directly, which then names it.
    """

    record: Any
    correction: str | None = None
    consequence: bool = False


@dataclass
class _Page:
    source: Source
    offices: list[_Row]
    acronyms: list[_Row]
    programs: list[_Row]
    applied: list[CorrectionRow] = field(default_factory=list)

    @classmethod
    def of(cls, source: Source, extraction: PageExtraction) -> _Page:
        return cls(
            source,
            [_Row(r) for r in extraction.offices],
            [_Row(r) for r in extraction.acronyms],
            [_Row(r) for r in extraction.programs],
        )

    def extraction(self) -> PageExtraction:
        return PageExtraction(
            offices=[r.record for r in self.offices],
            acronyms=[r.record for r in self.acronyms],
            programs=[r.record for r in self.programs],
        )


@dataclass(frozen=True)
class CorrectedPages:
    """The outcome of applying every correction: the pages (with provenance) and problems."""

    pages: ExtractedPages
    problems: list[str]


def apply_corrections(
    pages: ExtractedPages,
    corrections: Sequence[Correction],
    known: Collection[str] | None = None,
) -> CorrectedPages:
    """Apply ``corrections`` (in file and line order) to ``pages``; ``known`` are the ids of
    every page of the build when ``pages`` holds only those the corrections are about."""
    by_source: dict[str, list[Correction]] = {}
    for correction in corrections:
        by_source.setdefault(correction.source_id, []).append(correction)
    problems: list[str] = []
    if known is None:
        known = {source.source_id for source in pages.sources}
    for source_id, items in by_source.items():
        if source_id not in known:
            problems += [
                f"{c.where}: correction {c.id!r} is stale: no page {source_id!r} in the raw folder"
                for c in items
            ]
    corrected: list[PageExtraction] = []
    applied: list[CorrectionRow] = []
    provenance: dict[str, dict[tuple[Any, ...], str]] = {}
    for source, extraction in zip(pages.sources, pages.pages, strict=True):
        items = by_source.get(source.source_id, [])
        if not items:
            corrected.append(extraction)
            continue
        page, page_problems = _correct_page(source, extraction, items)
        problems += page_problems
        corrected.append(page.extraction())
        applied += page.applied
        for table in ("offices", "acronyms", "programs"):
            key = table_spec(table).primary_key
            marks = provenance.setdefault(table, {})
            for row in getattr(page, table):
                if row.correction is not None:
                    marks[tuple(getattr(row.record, k) for k in key)] = row.correction
    out = ExtractedPages(
        sources=pages.sources,
        pages=corrected,
        skipped=pages.skipped,
        provenance=provenance,
        corrections=applied,
    )
    return CorrectedPages(out, problems)


def _correct_page(
    source: Source, extraction: PageExtraction, items: Sequence[Correction]
) -> tuple[_Page, list[str]]:
    page = _Page.of(source, extraction)
    problems = []
    good: list[Correction] = []
    for correction in items:
        try:
            _apply(page, correction)
        except CorrectionError as exc:
            problems.append(f"{correction.where}: correction {correction.id!r} {exc}")
        else:
            good.append(correction)
    if not problems:
        broken = _first_broken_rule(source, extraction, good)
        if broken is not None:
            problems.append(broken)
    return page, problems


def _first_broken_rule(
    source: Source, extraction: PageExtraction, corrections: Sequence[Correction]
) -> str | None:
    """The first correction after which the page's tables break a rule of their models, as a
    problem line; None when the corrected page is valid."""
    if not _failures(_Page.of(source, extraction), source) and _failures(
        _replayed(source, extraction, corrections), source
    ):
        for n in range(1, len(corrections) + 1):
            failures = _failures(_replayed(source, extraction, corrections[:n]), source)
            if failures:
                c = corrections[n - 1]
                return f"{c.where}: correction {c.id!r} breaks {failures[0]}"
    return None


def _replayed(
    source: Source, extraction: PageExtraction, corrections: Sequence[Correction]
) -> _Page:
    page = _Page.of(source, extraction)
    for correction in corrections:
        _apply(page, correction)
    return page


def _failures(page: _Page, source: Source) -> list[str]:
    """The rule failures of one page's corrected tables, one short line each."""
    frames: dict[str, pd.DataFrame] = {"sources": to_frame("sources", [source])}
    failures = []
    for table in ("offices", "acronyms", "programs"):
        rows = [{**vars(r.record), "asserted_by": "extractor"} for r in getattr(page, table)]
        frames[table] = to_frame(table, rows)
        result = validate_table(table, frames[table], frames=frames)
        for case in result.failure_cases.head(1).to_dict("records"):
            failures.append(
                f"{table} {case['check']} ({case['column']} of {case['row_key'] or 'the table'})"
            )
    return failures


def _apply(page: _Page, c: Correction) -> None:
    table = ACTIONS[c.action].table
    f = c.fields
    if c.action == Action.EDIT_OFFICE:
        row = _office(page, f["office"])
        row_id, changes = _edit_office(page, row, c)
    elif c.action == Action.DROP_OFFICE:
        row_id, changes = _drop_office(page, _office(page, f["office"]), c)
    elif c.action == Action.ADD_OFFICE:
        row_id, changes = _add_office(page, c)
    elif c.action == Action.EDIT_PROGRAM:
        row_id, changes = _edit_program(page, _program(page, f["program"]), c)
    elif c.action == Action.DROP_PROGRAM:
        row_id, changes = _drop_program(page, _program(page, f["program"]), c)
    elif c.action == Action.ADD_PROGRAM:
        row_id, changes = _add_program(page, c)
    elif c.action == Action.DROP_ACRONYM:
        row_id, changes = _drop_acronym(page, c)
    else:
        row_id, changes = _add_acronym(page, c)
    page.applied.append(
        CorrectionRow(
            correction_id=c.id,
            source_id=page.source.source_id,
            action=c.action.value,
            row_table=table,
            row_id=row_id,
            changes=changes,
            reason=c.reason,
            author=c.author,
            file=c.file,
            line=c.line,
        )
    )


# Finding rows -------------------------------------------------------------------------------


def _find(rows: list[_Row], id_field: str, source_id: str, ref: str, what: str) -> _Row:
    by_id = [r for r in rows if getattr(r.record, id_field) in (ref, f"{source_id}:{ref}")]
    found = by_id or [r for r in rows if r.record.name == ref]
    if not found:
        raise CorrectionError(f"is stale: no {what} {ref!r} in page {source_id!r}")
    if len(found) > 1:
        ids = ", ".join(getattr(r.record, id_field) for r in found)
        raise CorrectionError(f"names {what} {ref!r} ambiguously ({ids}); use its id")
    return found[0]


def _office(page: _Page, ref: str) -> _Row:
    return _find(page.offices, "office_id", page.source.source_id, ref, "office")


def _program(page: _Page, ref: str) -> _Row:
    return _find(page.programs, "program_id", page.source.source_id, ref, "program")


def _referenced(page: _Page, ref: str, what: str) -> _Row:
    """A row another field refers to: its absence is a wrong reference, not staleness."""
    try:
        return _office(page, ref) if what == "office" else _program(page, ref)
    except CorrectionError as exc:
        raise CorrectionError(str(exc).replace("is stale: no", "refers to no")) from None


def _mark(row: _Row, c: Correction) -> None:
    """The row ``c`` changes directly: no other correction may have changed it directly."""
    if row.correction not in (None, c.id) and not row.consequence:
        raise CorrectionError(
            f"changes a row correction {row.correction!r} already changed (one correction per"
            " row: put the changes together)"
        )
    row.correction = c.id
    row.consequence = False


def _mark_consequence(row: _Row, c: Correction) -> None:
    """A row changed as a consequence (a sub-unit moved up, a reference following a renamed
    row's id): marked unless a correction already changed it."""
    if row.correction is None:
        row.correction = c.id
        row.consequence = True


def _new_id(rows: list[_Row], id_field: str, source_id: str, name: str, own: str | None) -> str:
    used = {getattr(r.record, id_field) for r in rows} - {own}
    base = f"{source_id}:{slug(name)}"
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _span(page: _Page, quote: str) -> tuple[int, int]:
    start = page.source.text.find(quote)
    if start < 0:
        shown = quote if len(quote) <= 60 else quote[:57] + "..."
        raise CorrectionError(
            f"quotes text that is not in page {page.source.source_id!r}: {shown!r}"
        )
    return start, start + len(quote)


def _describe(changes: dict[str, tuple[Any, Any]]) -> str:
    return "; ".join(f"{k}: {_value(old)} -> {_value(new)}" for k, (old, new) in changes.items())


def _value(value: Any) -> str:
    """A value as the tables publish it: null, or quoted, an enum by its value."""
    if value is None:
        return "null"
    return repr(value.value if isinstance(value, Enum) else value)


# Offices ------------------------------------------------------------------------------------


def _edit_office(page: _Page, row: _Row, c: Correction) -> tuple[str, str]:
    old: Office = row.record
    f = c.fields
    new: dict[str, Any] = {}
    if "name" in f and f["name"] != old.name:
        new["name"] = f["name"]
        source_id = page.source.source_id
        new["office_id"] = _new_id(page.offices, "office_id", source_id, f["name"], old.office_id)
    if "acronym" in f and f["acronym"] != old.acronym:
        new["acronym"] = f["acronym"]
    if "unit_type" in f and f["unit_type"] != old.unit_type:
        new["unit_type"] = UnitType(f["unit_type"])
    if "parent" in f:
        parent = _referenced(page, f["parent"], "office").record.office_id
        if parent != old.parent_id:
            new["parent_id"] = parent
            new["parent_by"] = BY_CORRECTION
    if not new:
        raise CorrectionError(
            f"is stale: office {old.office_id!r} already reads so (the extractor gets it right)"
        )
    _mark(row, c)
    row.record = replace(old, **new)
    if "office_id" in new:
        _rename_office_refs(page, old.office_id, new["office_id"], c)
    changes = {k: (getattr(old, k), v) for k, v in new.items() if k != "parent_by"}
    return row.record.office_id, _describe(changes)


def _rename_office_refs(page: _Page, old: str, new: str, c: Correction) -> None:
    """References follow a renamed office's id (the rows still say what they said, with the
    same evidence); each row whose reference changed is changed by ``c``."""
    for r in page.offices:
        if r.record.parent_id == old:
            r.record = replace(r.record, parent_id=new)
            _mark_consequence(r, c)
    for rows in (page.acronyms, page.programs):
        for r in rows:
            if r.record.office_id == old:
                r.record = replace(r.record, office_id=new)
                _mark_consequence(r, c)


def _drop_office(page: _Page, row: _Row, c: Correction) -> tuple[str, str]:
    old: Office = row.record
    if old.parent_id is None:
        raise CorrectionError(f"drops the root office {old.office_id!r} of the page")
    _mark(row, c)
    page.offices.remove(row)
    moved, cleared = [], []
    for r in page.offices:
        if r.record.parent_id == old.office_id:
            r.record = replace(r.record, parent_id=old.parent_id, parent_by=BY_CORRECTION)
            _mark_consequence(r, c)
            moved.append(r.record.office_id)
    for rows in (page.acronyms, page.programs):
        for r in rows:
            if r.record.office_id == old.office_id:
                r.record = replace(r.record, office_id=None)
                _mark_consequence(r, c)
                cleared.append(getattr(r.record, "program_id", None) or r.record.acronym)
    changes = "dropped"
    if moved:
        changes += f"; sub-units moved up to {old.parent_id}: {', '.join(moved)}"
    if cleared:
        changes += f"; no longer naming it: {', '.join(cleared)}"
    return old.office_id, changes


def _add_office(page: _Page, c: Correction) -> tuple[str, str]:
    f = c.fields
    name = f["name"]
    existing = [r for r in page.offices if r.record.name == name]
    if existing:
        raise CorrectionError(
            f"is stale: page {page.source.source_id!r} already has office"
            f" {existing[0].record.office_id!r} (the extractor finds it)"
        )
    start, end = _span(page, f["quote"])
    parent = None
    if f["parent"] is not None:
        parent = _referenced(page, f["parent"], "office").record.office_id
    source_id = page.source.source_id
    office = Office(
        source_id=source_id,
        office_id=_new_id(page.offices, "office_id", source_id, name, None),
        name=name,
        acronym=f.get("acronym"),
        unit_type=UnitType(f.get("unit_type") or (UnitType.OFFICE if parent else UnitType.AGENCY)),
        parent_id=parent,
        heading=None,
        description=None,
        found_by=BY_CORRECTION,
        parent_by=BY_CORRECTION if parent else None,
        evidence=page.source.text[start:end],
        char_start=start,
        char_end=end,
    )
    page.offices.append(_Row(office, c.id))
    return office.office_id, f"added {name!r} under {parent or 'nothing (the root)'}"


# Programs -----------------------------------------------------------------------------------


def _edit_program(page: _Page, row: _Row, c: Correction) -> tuple[str, str]:
    old: Program = row.record
    f = c.fields
    new: dict[str, Any] = {}
    source_id = page.source.source_id
    if "name" in f and f["name"] != old.name:
        new["name"] = f["name"]
        new["program_id"] = _new_id(
            page.programs, "program_id", source_id, f["name"], old.program_id
        )
    if "acronym" in f and f["acronym"] != old.acronym:
        new["acronym"] = f["acronym"]
    if "office" in f:
        office = None
        if f["office"] is not None:
            office = _referenced(page, f["office"], "office").record.office_id
        if office != old.office_id:
            new["office_id"] = office
    if "parent_program" in f:
        parent = None
        if f["parent_program"] is not None:
            parent = _referenced(page, f["parent_program"], "program").record.program_id
        if parent != old.parent_program_id:
            new["parent_program_id"] = parent
    if not new:
        raise CorrectionError(
            f"is stale: program {old.program_id!r} already reads so (the extractor gets it right)"
        )
    _mark(row, c)
    row.record = replace(old, **new)
    if "program_id" in new:
        for r in page.programs:
            if r.record.parent_program_id == old.program_id:
                r.record = replace(r.record, parent_program_id=new["program_id"])
                _mark_consequence(r, c)
    changes = {k: (getattr(old, k), v) for k, v in new.items()}
    return row.record.program_id, _describe(changes)


def _drop_program(page: _Page, row: _Row, c: Correction) -> tuple[str, str]:
    old: Program = row.record
    _mark(row, c)
    page.programs.remove(row)
    moved = []
    for r in page.programs:
        if r.record.parent_program_id == old.program_id:
            r.record = replace(r.record, parent_program_id=old.parent_program_id)
            _mark_consequence(r, c)
            moved.append(r.record.program_id)
    changes = "dropped"
    if moved:
        changes += f"; sub-programs moved up: {', '.join(moved)}"
    return old.program_id, changes


def _add_program(page: _Page, c: Correction) -> tuple[str, str]:
    f = c.fields
    name = f["name"]
    existing = [r for r in page.programs if r.record.name == name]
    if existing:
        raise CorrectionError(
            f"is stale: page {page.source.source_id!r} already has program"
            f" {existing[0].record.program_id!r} (the extractor finds it)"
        )
    start, end = _span(page, f["quote"])
    office = None
    if f.get("office") is not None:
        office = _referenced(page, f["office"], "office").record.office_id
    parent = None
    if f.get("parent_program") is not None:
        parent = _referenced(page, f["parent_program"], "program").record.program_id
    source_id = page.source.source_id
    program = Program(
        source_id=source_id,
        program_id=_new_id(page.programs, "program_id", source_id, name, None),
        name=name,
        acronym=f.get("acronym"),
        office_id=office,
        parent_program_id=parent,
        found_by=BY_CORRECTION,
        evidence=page.source.text[start:end],
        char_start=start,
        char_end=end,
    )
    page.programs.append(_Row(program, c.id))
    return program.program_id, f"added {name!r}" + (f" run by {office}" if office else "")


# Acronyms -----------------------------------------------------------------------------------


def _acronym_key(record: Acronym) -> str:
    return f"{record.acronym} | {record.expansion}"


def _drop_acronym(page: _Page, c: Correction) -> tuple[str, str]:
    f = c.fields
    rows = [r for r in page.acronyms if r.record.acronym == f["acronym"]]
    if "expansion" in f:
        rows = [r for r in rows if r.record.expansion == f["expansion"]]
    if not rows:
        raise CorrectionError(
            f"is stale: no acronym {f['acronym']!r} in page {page.source.source_id!r}"
        )
    if len(rows) > 1:
        raise CorrectionError(
            f"names acronym {f['acronym']!r} ambiguously (defined {len(rows)} ways); add its"
            " expansion"
        )
    _mark(rows[0], c)
    page.acronyms.remove(rows[0])
    return _acronym_key(rows[0].record), "dropped"


def _add_acronym(page: _Page, c: Correction) -> tuple[str, str]:
    f = c.fields
    if any(
        r.record.acronym == f["acronym"] and r.record.expansion == f["expansion"]
        for r in page.acronyms
    ):
        raise CorrectionError(
            f"is stale: page {page.source.source_id!r} already defines {f['acronym']!r} as"
            f" {f['expansion']!r} (the extractor finds it)"
        )
    start, end = _span(page, f["quote"])
    office = None
    if f.get("office") is not None:
        office = _referenced(page, f["office"], "office").record.office_id
    acronym = Acronym(
        source_id=page.source.source_id,
        acronym=f["acronym"],
        expansion=f["expansion"],
        office_id=office,
        found_by=BY_CORRECTION,
        evidence=page.source.text[start:end],
        char_start=start,
        char_end=end,
    )
    page.acronyms.append(_Row(acronym, c.id))
    return _acronym_key(acronym), f"added {f['acronym']!r} = {f['expansion']!r}"
