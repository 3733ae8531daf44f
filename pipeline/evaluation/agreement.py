"""Two annotators of one page, scored against each other as the extractor is scored.

A second, independent gold file of a page is read as if it were an extraction (its units as
office rows, its parents resolved by name, its acronyms and programs as rows) and scored against
the first with the very scorer the extractor faces. How far two careful people agree is the
reference an extractor's score is read against: a target above it measures the annotators as
much as the rules.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.evaluation.scoring import PageScore, normalize, score_page

ROOT_ID = "root"


def _ids_by_name(gold: dict) -> dict[str, str]:
    """Each name or alias of the root and the units, normalized, to the row id it stands for.
    The root's names win over a unit that repeats them; a unit's own name over another's
    alias; among equals, the first."""
    ids: dict[str, str] = {}
    for index, unit in enumerate(gold["units"]):
        ids.setdefault(normalize(unit["name"]), f"u{index}")
    for index, unit in enumerate(gold["units"]):
        for alias in unit.get("aliases", []):
            ids.setdefault(normalize(alias), f"u{index}")
    for name in [gold["root"]["name"], *gold["root"].get("aliases", [])]:
        ids[normalize(name)] = ROOT_ID
    return ids


def gold_as_tables(gold: dict, source_id: str) -> dict[str, pd.DataFrame]:
    """The rows a perfect extractor would publish if this annotation were the truth.

    Only what an extractor asserts is kept: canonical names, one acronym, one type, one parent,
    one mentioning office. The annotation's leniencies (``accept_*``, ``alt_expansions``,
    ``optional_programs``) say what it would accept from others, not what it claims. A parent
    named nowhere as a unit stays a bare name, scored as the name it is; a program's office
    named nowhere as a unit counts as no office (as for the extractor, whose programs always
    point at a row).
    """
    ids = _ids_by_name(gold)
    root = gold["root"]
    offices: list[dict[str, Any]] = [
        {
            "source_id": source_id,
            "office_id": ROOT_ID,
            "name": root["name"],
            "acronym": root.get("acronym"),
            "unit_type": "other",
            "parent_id": None,
        }
    ]
    for index, unit in enumerate(gold["units"]):
        parent = unit.get("parent") or root["name"]
        offices.append(
            {
                "source_id": source_id,
                "office_id": f"u{index}",
                "name": unit["name"],
                "acronym": unit.get("acronym"),
                "unit_type": unit["unit_type"],
                "parent_id": ids.get(normalize(parent), parent),
            }
        )
    acronyms = [
        {"source_id": source_id, "acronym": entry["acronym"], "expansion": entry["expansion"]}
        for entry in gold.get("acronyms", [])
    ]
    programs = [
        {
            "source_id": source_id,
            "name": entry["name"],
            "acronym": entry.get("acronym"),
            "office_id": ids.get(normalize(entry.get("mentioned_in") or ""), ""),
        }
        for entry in gold.get("programs", [])
    ]
    return {
        "offices": pd.DataFrame(offices, columns=list(offices[0])),
        "acronyms": pd.DataFrame(acronyms, columns=["source_id", "acronym", "expansion"]),
        "programs": pd.DataFrame(programs, columns=["source_id", "name", "acronym", "office_id"]),
    }


def score_annotation(reading: dict, reference: dict, source_id: str) -> PageScore:
    """``reading`` (one annotator's gold file) scored against ``reference`` (another's)."""
    return score_page(gold_as_tables(reading, source_id), reference, source_id)
