"""A small hand-made dataset of records, so table tests do not depend on the extractor."""

from __future__ import annotations

import hashlib

import pandas as pd

from pipeline.corrections.records import CorrectionRow
from pipeline.extract.records import Acronym, Office, Program
from pipeline.sources.records import Source
from pipeline.tables.frames import to_frame
from pipeline.tables.registry import TABLES, table_spec

MAIN = "main_page"
OTHER = "other.page"
TEXTS = {
    MAIN: (
        "Example Agency\n\n"
        "Office of Widgets (OW)\n\n"
        "The Office of Widgets runs the Widget Program and its Small Widget Pilot.\n\n"
        "Data Unit\n\n"
        'Notes: "quoted", commas, a line\nbreak, naïve café, NA, null and 287(g).\n'
    ),
    OTHER: "Other Bureau\n\nMergers & Acquisitions (M&A)\n",
}


def span(source_id: str, evidence: str) -> dict[str, object]:
    """Evidence and its offsets in the text of ``source_id`` (first occurrence)."""
    start = TEXTS[source_id].index(evidence)
    return {"evidence": evidence, "char_start": start, "char_end": start + len(evidence)}


def source(source_id: str, **changes: object) -> Source:
    text = TEXTS[source_id]
    values: dict[str, object] = {
        "source_id": source_id,
        "path": f"{source_id}.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "title": text.splitlines()[0],
        "url": f"https://example.org/{source_id}",
        "archive_url": None,
        "as_of": None,
        "agency": None,
        "n_chars": len(text),
        "text": text,
    }
    values.update(changes)
    return Source(**values)  # type: ignore[arg-type]


def office(source_id: str, slug: str, *, name: str, evidence: str, **fields: object) -> Office:
    """An office whose id is ``<source_id>:<slug>``; ``parent`` is the parent's slug."""
    parent = fields.pop("parent", None)
    values: dict[str, object] = {
        "acronym": None,
        "unit_type": "office",
        "heading": None,
        "description": None,
        "found_by": "section_heading",
        "parent_by": "heading_nesting" if parent else None,
        **fields,
    }
    return Office(
        source_id=source_id,
        office_id=f"{source_id}:{slug}",
        name=name,
        parent_id=f"{source_id}:{parent}" if parent else None,
        **values,  # type: ignore[arg-type]
        **span(source_id, evidence),  # type: ignore[arg-type]
    )


def program(source_id: str, slug: str, *, name: str, **fields: object) -> Program:
    """A program whose id is ``<source_id>:<slug>``; ``parent`` is the parent's slug."""
    parent = fields.pop("parent", None)
    office_slug = fields.pop("office", None)
    return Program(
        source_id=source_id,
        program_id=f"{source_id}:{slug}",
        name=name,
        acronym=fields.pop("acronym", None),  # type: ignore[arg-type]
        office_id=f"{source_id}:{office_slug}" if office_slug else None,
        parent_program_id=f"{source_id}:{parent}" if parent else None,
        found_by="program_keyword",
        **span(source_id, name),  # type: ignore[arg-type]
    )


def acronym(source_id: str, short: str, expansion: str, office_slug: str) -> Acronym:
    return Acronym(
        source_id=source_id,
        acronym=short,
        expansion=expansion,
        office_id=f"{source_id}:{office_slug}",
        found_by="parenthesized_acronym",
        **span(source_id, f"{expansion} ({short})"),  # type: ignore[arg-type]
    )


def records() -> dict[str, list[object]]:
    """A valid dataset: two sources, a small office tree, acronyms and nested programs."""
    return {
        "sources": [source(MAIN, agency="Example Agency"), source(OTHER)],
        "offices": [
            office(
                MAIN,
                "example-agency",
                name="Example Agency",
                evidence="Example Agency",
                unit_type="agency",
            ),
            office(
                MAIN,
                "office-of-widgets",
                name="Office of Widgets",
                evidence="Office of Widgets (OW)",
                acronym="OW",
                parent="example-agency",
                heading="Example Agency",
                description="Runs the Widget Program.",
            ),
            office(
                MAIN,
                "data-unit",
                name="Data Unit",
                evidence="Data Unit",
                unit_type="other",
                parent="office-of-widgets",
            ),
            office(
                OTHER,
                "other-bureau",
                name="Other Bureau",
                evidence="Other Bureau",
                unit_type="agency",
            ),
            office(
                OTHER,
                "mergers-acquisitions",
                name="Mergers & Acquisitions",
                evidence="Mergers & Acquisitions (M&A)",
                acronym="M&A",
                parent="other-bureau",
            ),
        ],
        "acronyms": [
            acronym(MAIN, "OW", "Office of Widgets", "office-of-widgets"),
            acronym(OTHER, "M&A", "Mergers & Acquisitions", "mergers-acquisitions"),
        ],
        "programs": [
            program(MAIN, "widget-program", name="Widget Program", office="office-of-widgets"),
            program(MAIN, "small-widget-pilot", name="Small Widget Pilot", parent="widget-program"),
            program(MAIN, "287-g", name="287(g)", acronym="287(g)"),
        ],
        "corrections": [
            CorrectionRow(
                correction_id="main-data-unit",
                source_id=MAIN,
                action="edit_office",
                row_table="offices",
                row_id=f"{MAIN}:data-unit",
                changes="unit_type: 'office' -> 'other'",
                reason="The page's data unit is a team, not an office.",
                author="tests",
                file=f"corrections/{MAIN}.yaml",
                line=1,
            )
        ],
    }


CORRECTED = {"offices": {f"{MAIN}:data-unit": "main-data-unit"}}


def frames() -> dict[str, pd.DataFrame]:
    """The valid dataset as canonical frames; one office is asserted by a correction."""
    recs = records()
    out = {}
    for table in TABLES:
        rows = recs[table]
        if table_spec(table).evidenced:
            marks = CORRECTED.get(table, {})
            rows = [_asserted(vars(r), marks.get(getattr(r, f"{table[:-1]}_id", ""))) for r in rows]
        out[table] = to_frame(table, rows)
    return out


def _asserted(row: dict[str, object], correction: str | None) -> dict[str, object]:
    return {
        **row,
        "asserted_by": "correction" if correction else "extractor",
        "correction_id": correction,
    }


def changed(df: pd.DataFrame, key: str, value: object, **changes: object) -> pd.DataFrame:
    """A copy of ``df`` with ``changes`` applied to the one row whose ``key`` is ``value``."""
    out = df.copy()
    rows = out.index[out[key] == value]
    assert len(rows) == 1, f"no single row with {key}={value!r}"
    for column, new in changes.items():
        out.loc[rows[0], column] = new
    return out


def failed(cases: pd.DataFrame) -> set[tuple[str, str]]:
    """The (check, column) pairs of a failure-case frame, for compact assertions."""
    return {(str(c), str(col)) for c, col in zip(cases["check"], cases["column"], strict=True)}
