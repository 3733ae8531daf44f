"""What a curator should look at on one page: each row with its evidence, the rule that found
it, who asserts it, and what about it looks doubtful.

Doubts are read from the published rows and the page's own text, never from a list of names:

- an office with no acronym although the page defines one for it (in the acronyms table, or
  written right after its name: "Name (ACR)");
- an office hung from the root only because nothing else was found (the extractor's
  ``default_root`` rule);
- a name that is not in the page's own words (not found in its text, ignoring case and
  spacing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pandas as pd

from pipeline.evaluation.scoring import normalize
from pipeline.publish.org_chart import tree_rows

DEFAULT_PARENT_RULE = "default_root"  # the extractor's rule: no parent found, so the root
SNIPPET = 90


@dataclass
class ReviewRow:
    """One row of the review: an office or a program, at its depth in the tree."""

    kind: str
    depth: int
    id: str
    label: str
    rules: str
    asserted: str
    evidence: str
    doubts: list[str] = field(default_factory=list)


def review_rows(
    source: dict, offices: pd.DataFrame, acronyms: pd.DataFrame, programs: pd.DataFrame
) -> list[ReviewRow]:
    """The page's offices as a tree (each followed by the programs it runs), with doubts."""
    text = source["text"]
    folded = _fold(text)
    defined = _defined_acronyms(acronyms)
    by_office: dict[str, list[dict]] = {}
    for program in programs.to_dict("records"):
        by_office.setdefault(_text(program["office_id"]) or "", []).append(program)
    rows = []
    for office, depth in tree_rows(offices):
        rows.append(_office_row(office, depth, text, folded, defined))
        for program in by_office.pop(office["office_id"], []):
            rows.append(_program_row(program, depth + 1, folded))
    for program in [p for group in by_office.values() for p in group]:
        rows.append(_program_row(program, 0, folded))
    return rows


def _office_row(
    office: dict, depth: int, text: str, folded: str, defined: dict[str, set[str]]
) -> ReviewRow:
    name = office["name"]
    acronym = _text(office["acronym"])
    row = ReviewRow(
        kind="office",
        depth=depth,
        id=office["office_id"],
        label=f"{name} [{acronym}]" if acronym else name,
        rules=_rules(office.get("found_by"), office.get("parent_by")),
        asserted=_asserted(office),
        evidence=_snippet(office),
    )
    if acronym is None:
        found = defined.get(office["office_id"], set()) | defined.get(normalize(name), set())
        found |= set(_written_after(name, text))
        if found:
            row.doubts.append(f"no acronym, but the page defines {', '.join(sorted(found))}")
    if office.get("parent_by") == DEFAULT_PARENT_RULE:
        row.doubts.append("its parent is the root only by default (no evidence of another)")
    if _fold(name) not in folded:
        row.doubts.append("its name is not in the page's own words")
    return row


def _program_row(program: dict, depth: int, folded: str) -> ReviewRow:
    acronym = _text(program["acronym"])
    row = ReviewRow(
        kind="program",
        depth=depth,
        id=program["program_id"],
        label=f"{program['name']} [{acronym}]" if acronym else program["name"],
        rules=_rules(program.get("found_by"), None),
        asserted=_asserted(program),
        evidence=_snippet(program),
    )
    if _text(program["office_id"]) is None:
        row.doubts.append("no office runs it")
    if _fold(program["name"]) not in folded:
        row.doubts.append("its name is not in the page's own words")
    return row


def _defined_acronyms(acronyms: pd.DataFrame) -> dict[str, set[str]]:
    """Acronyms the page defines, by the office they name and by their normalized expansion."""
    out: dict[str, set[str]] = {}
    for row in acronyms.to_dict("records"):
        for key in (_text(row["office_id"]), normalize(row["expansion"])):
            if key:
                out.setdefault(key, set()).add(row["acronym"])
    return out


def _written_after(name: str, text: str) -> Iterator[str]:
    """Acronyms written in parentheses right after the name: "Office of X (OX)"."""
    pattern = re.escape(name).replace(r"\ ", r"\s+") + r"\s*\(([A-Z][A-Za-z0-9&./\-]{1,11})\)"
    for match in re.finditer(pattern, text):
        yield match.group(1)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _rules(found_by: object, parent_by: object) -> str:
    parts = []
    if isinstance(found_by, str):
        parts.append(f"found by {found_by}")
    if isinstance(parent_by, str):
        parts.append(f"parent by {parent_by}")
    return ", ".join(parts)


def _asserted(row: dict) -> str:
    correction = _text(row.get("correction_id"))
    return f"correction {correction}" if correction else "extractor"


def _snippet(row: dict) -> str:
    """The evidence on one line, cut to the part around the row's name when it is long."""
    evidence = " ".join(str(row["evidence"]).split())
    if len(evidence) > SNIPPET:
        at = max(evidence.casefold().find(_fold(row["name"])), 0)
        start = max(0, min(at - SNIPPET // 4, len(evidence) - SNIPPET))
        cut = evidence[start : start + SNIPPET]
        evidence = ("…" if start else "") + cut + ("…" if start + SNIPPET < len(evidence) else "")
    return f'"{evidence}" @{row["char_start"]}-{row["char_end"]}'


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
