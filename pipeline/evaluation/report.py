"""Score published tables against gold files and report per page and macro averages."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.evaluation.scoring import PageScore, score_page
from pipeline.sources.loading import source_id_for

TABLES = ("units", "edges", "acronyms", "programs")


class GoldError(ValueError):
    """A gold file that cannot be read or names a page the data does not hold."""


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: cannot read gold annotation ({error})") from error
    if not isinstance(gold, dict) or not {"source_file", "root", "units"} <= gold.keys():
        raise GoldError(f"{path}: not a gold annotation (needs source_file, root, units)")
    gold.setdefault("acronyms", [])
    gold.setdefault("programs", [])
    return gold


def evaluate(tables: dict[str, pd.DataFrame], gold_paths: Iterable[Path]) -> list[PageScore]:
    """Score every gold page against the published tables."""
    scores = []
    known = set(tables["offices"]["source_id"])
    for path in gold_paths:
        gold = load_gold(path)
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


def as_json(scores: list[PageScore]) -> dict:
    """The whole evaluation as plain data."""
    pages = []
    for score in scores:
        page: dict[str, Any] = {"source_id": score.source_id, "root_name_matches": score.root_name}
        for table in TABLES:
            result = getattr(score, table)
            page[table] = {
                "precision": round(result.precision, 4),
                "recall": round(result.recall, 4),
                "f1": round(result.f1, 4),
                "misses": result.misses,
                "wrong": result.wrong,
            }
        page["field_accuracy"] = {k: round(v, 4) for k, v in score.fields.items()}
        page["programs"]["mentioned_in_accuracy"] = round(score.mentioned_in, 4)
        pages.append(page)
    averages = {
        table: {k: round(v, 4) for k, v in values.items()}
        for table, values in macro(scores).items()
    }
    return {"pages": pages, "macro": averages}


def as_markdown(scores: list[PageScore]) -> str:
    """A table of F1 per page and table, macro averages last, then what went wrong."""
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
    problems = []
    for score in scores:
        for table in TABLES:
            result = getattr(score, table)
            problems += [f"- {score.source_id} {table} missed: {m}" for m in result.misses]
            problems += [f"- {score.source_id} {table} wrong: {w}" for w in result.wrong]
    if problems:
        lines += ["", "Misses and wrong rows:", "", *problems]
    return "\n".join(lines) + "\n"
