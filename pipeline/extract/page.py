"""Entry point of the pure extraction: one page's text in, its table records out."""

from __future__ import annotations

from pipeline.extract.records import Office, PageExtraction


def extract_page(source_id: str, text: str, agency: str | None = None) -> PageExtraction:
    """Extract offices, acronyms and programs from one page (placeholder: root only)."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    start = text.find(first)
    root = Office(
        source_id=source_id,
        office_id=f"{source_id}:root",
        name=agency or first,
        acronym=None,
        unit_type="agency",
        parent_id=None,
        heading=first,
        description=None,
        evidence=first,
        char_start=start,
        char_end=start + len(first),
    )
    return PageExtraction(offices=[root])
