"""Score published tables against gold files and report per page and macro averages."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.evaluation.gold_format import dangling_parents, gold_problem
from pipeline.evaluation.scoring import PageScore, RuleHits, score_page
from pipeline.sources.loading import source_id_for

TABLES = ("units", "edges", "acronyms", "programs")
# What a rule is credited with in each table's per-rule precision.
CREDITED = {
    "units": "rows it found (found_by; a root strategy: the root row, right when its name is)",
    "edges": "real units it placed (parent_by)",
    "acronyms": "acronym definitions it found",
    "programs": "programs it found",
}


class GoldError(ValueError):
    """A gold file that cannot be read or names a page the data does not hold."""


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: cannot read gold annotation ({error})") from error
    if not isinstance(gold, dict) or not {"source_file", "root", "units"} <= gold.keys():
        raise GoldError(f"{path}: not a gold annotation (needs source_file, root, units)")
    problem = gold_problem(gold)
    if problem:
        raise GoldError(f"{path}: not a gold annotation ({problem})")
    gold.setdefault("acronyms", [])
    gold.setdefault("programs", [])
    return gold


def gold_warnings(path: Path, gold: dict) -> list[str]:
    """What is doubtful in a well-formed gold file, one line each: a unit's parent (or
    accepted parent) that names no unit and not the root, which scoring would count against
    the extractor. A warning, not an error: committed corpus gold files have such parents."""
    return [
        f"{path}: unit '{unit}': parent '{parent}' names no unit and not the root"
        for unit, parent in dangling_parents(gold)
    ]


def evaluate(
    tables: dict[str, pd.DataFrame],
    gold_paths: Iterable[Path],
    warn: Callable[[str], None] | None = None,
) -> list[PageScore]:
    """Score every gold page against the published tables, telling ``warn`` (when given)
    each of :func:`gold_warnings` as its file is loaded."""
    scores = []
    known = set(tables["offices"]["source_id"])
    for path in gold_paths:
        gold = load_gold(path)
        if warn is not None:
            for warning in gold_warnings(path, gold):
                warn(warning)
        source_id = source_id_for(Path(gold["source_file"]))
        if source_id not in known:
            raise GoldError(f"{path}: the data has no source {source_id!r}")
        scores.append(score_page(tables, gold, source_id))
    return scores


def macro(scores: list[PageScore]) -> dict[str, dict[str, float]]:
    """Macro-averaged precision, recall and F1 per table."""
    out = {}
    for table in TABLES:
        rows = [getattr(score, table) for score in scores]
        n = len(rows) or 1
        out[table] = {
            "precision": sum(r.precision for r in rows) / n,
            "recall": sum(r.recall for r in rows) / n,
            "f1": sum(r.f1 for r in rows) / n,
        }
    return out


def rule_precision(scores: list[PageScore]) -> list[dict[str, Any]]:
    """Per table and rule, the rows the rule produced on all pages and how many are right."""
    totals: dict[tuple[str, str], RuleHits] = {}
    for score in scores:
        for table in TABLES:
            for rule, hits in getattr(score, table).by_rule.items():
                total = totals.setdefault((table, rule), RuleHits())
                total.right += hits.right
                total.rows += hits.rows
    order = {table: i for i, table in enumerate(TABLES)}
    return [
        {
            "table": table,
            "rule": rule,
            "right": hits.right,
            "rows": hits.rows,
            "precision": round(hits.right / hits.rows, 4) if hits.rows else 1.0,
        }
        for (table, rule), hits in sorted(totals.items(), key=lambda i: (order[i[0][0]], i[0][1]))
    ]


def rule_precision_markdown(scores: list[PageScore]) -> list[str]:
    """The per-rule precision as markdown lines (none when no table names its rules)."""
    rows = rule_precision(scores)
    if not rows:
        return []
    lines = ["Precision per rule (all pages):", ""]
    lines += [f"- {table}: {what}" for table, what in CREDITED.items()]
    lines += ["", "| table | rule | right | rows | precision |", "|---|---|---|---|---|"]
    lines += [
        f"| {r['table']} | {r['rule']} | {r['right']} | {r['rows']} | {r['precision']:.3f} |"
        for r in rows
    ]
    return lines


def as_json(scores: list[PageScore]) -> dict:
    """The whole evaluation as plain data."""
    pages = []
    for score in scores:
        page: dict[str, Any] = {"source_id": score.source_id, "root_name_matches": score.root_name}
        for table in TABLES:
            result = getattr(score, table)
            page[table] = {
                "correct": result.correct,
                "predicted": result.predicted,
                "found": result.found,
                "expected": result.expected,
                "precision": round(result.precision, 4),
                "recall": round(result.recall, 4),
                "f1": round(result.f1, 4),
                "misses": result.misses,
                "wrong": result.wrong,
            }
        page["field_accuracy"] = {k: round(v, 4) for k, v in score.fields.items()}
        page["units"]["field_differs"] = score.field_differs
        page["programs"]["mentioned_in_accuracy"] = round(score.mentioned_in, 4)
        page["programs"]["wrong_office"] = score.wrong_office
        pages.append(page)
    averages = {
        table: {k: round(v, 4) for k, v in values.items()}
        for table, values in macro(scores).items()
    }
    return {"pages": pages, "macro": averages, "rules": rule_precision(scores)}


# The columns of the details table: a field of PageScore.fields, or "programs" for the share
# of programs on the right office, each with its heading.
DETAILS = {
    "name": "units with the right name",
    "acronym": "units with the right acronym",
    "unit_type": "units with the right type",
    "programs": "programs on the right office",
}


def details_markdown(scores: list[PageScore]) -> list[str]:
    """Per page and macro-averaged, the share of the gold's units found with the right
    canonical name, acronym and unit type, and of its programs found on the right office:
    what the F1 table does not show (a unit found under an alias counts as found)."""
    rows = [
        (
            score.source_id,
            [score.mentioned_in if k == "programs" else score.fields[k] for k in DETAILS],
        )
        for score in scores
    ]
    n = len(scores) or 1
    rows.append(
        ("**macro**", [sum(column) / n for column in zip(*(r for _, r in rows), strict=True)])
    )
    return [
        "Share of the gold's units found with the right name, acronym and type, and of its"
        " programs found on the right office:",
        "",
        "| page | " + " | ".join(DETAILS.values()) + " |",
        "|" + "---|" * (len(DETAILS) + 1),
        *(f"| {page} | " + " | ".join(f"{v:.3f}" for v in row) + " |" for page, row in rows),
    ]


def as_markdown(scores: list[PageScore], details: bool = True) -> str:
    """A table of F1 per page and table, macro averages last; a table of the shares of
    units found with the right name, acronym and type and of programs on the right office;
    precision per rule, then (with ``details``) what went wrong: misses, wrong rows, fields
    of a found unit that differ from the gold (its canonical name first) and programs
    attached to the wrong office."""
    header = "| page | " + " | ".join(f"{t} P / R / F1" for t in TABLES) + " |"
    lines = [header, "|" + "---|" * (len(TABLES) + 1)]
    for score in scores:
        cells = []
        for table in TABLES:
            r = getattr(score, table)
            cells.append(f"{r.precision:.3f} / {r.recall:.3f} / {r.f1:.3f}")
        lines.append(f"| {score.source_id} | " + " | ".join(cells) + " |")
    averages = macro(scores)
    cells = [
        f"{averages[t]['precision']:.3f} / {averages[t]['recall']:.3f} / {averages[t]['f1']:.3f}"
        for t in TABLES
    ]
    lines.append("| **macro** | " + " | ".join(cells) + " |")
    lines += ["", *details_markdown(scores)]
    per_rule = rule_precision_markdown(scores)
    if per_rule:
        lines += ["", *per_rule]
    problems = []
    for score in scores if details else []:
        for table in TABLES:
            result = getattr(score, table)
            problems += [f"- {score.source_id} {table} missed: {m}" for m in result.misses]
            problems += [f"- {score.source_id} {table} wrong: {w}" for w in result.wrong]
        problems += [f"- {score.source_id} units differ: {d}" for d in score.field_differs]
        problems += [f"- {score.source_id} programs wrong office: {w}" for w in score.wrong_office]
    if problems:
        lines += ["", "Misses and wrong rows:", "", *problems]
    return "\n".join(lines) + "\n"


def side_by_side(corrected: list[PageScore], extracted: list[PageScore]) -> str:
    """F1 per page and table of the extractor's own rows beside the published (corrected)
    ones, macro averages last: what the corrections are worth."""
    header = "| page | " + " | ".join(f"{t} F1 extractor → corrected" for t in TABLES) + " |"
    lines = ["", "Extractor's rows against the corrected ones:", "", header]
    lines.append("|" + "---|" * (len(TABLES) + 1))
    for before, after in zip(extracted, corrected, strict=True):
        cells = [f"{getattr(before, t).f1:.3f} → {getattr(after, t).f1:.3f}" for t in TABLES]
        lines.append(f"| {after.source_id} | " + " | ".join(cells) + " |")
    old, new = macro(extracted), macro(corrected)
    cells = [f"{old[t]['f1']:.3f} → {new[t]['f1']:.3f}" for t in TABLES]
    lines.append("| **macro** | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
