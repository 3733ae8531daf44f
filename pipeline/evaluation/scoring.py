"""Score published tables against a gold annotation (the rules of shared/eval/README.md).

The published root (the row without a parent) stands for the gold root whatever its wording;
whether its name matches the gold root is reported separately as ``root_name``.

Each score also credits the rule that produced a row (``found_by``, for edges ``parent_by``)
with the row, right or wrong, so that precision can be read per rule; a table published
without those columns simply credits no rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‑": "-"})


def normalize(name: object) -> str:
    """Compare names after NFKC, lower case, straight quotes, one space, no "the"/"."."""
    if name is None or (isinstance(name, float) and pd.isna(name)) or name is pd.NA:
        return ""
    text = unicodedata.normalize("NFKC", str(name)).translate(_QUOTES).lower()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    text = re.sub(r"\.$", "", text)
    return re.sub(r"\boffice of the ", "office of ", text)


@dataclass
class RuleHits:
    """How many rows a rule produced and how many of them are right."""

    right: int = 0
    rows: int = 0

    def add(self, right: bool) -> None:
        self.right += right
        self.rows += 1


@dataclass
class Score:
    """Precision, recall and F1 of one table on one page, with what went wrong and, per
    rule, the rows it produced and how many are right."""

    correct: int
    predicted: int
    found: int
    expected: int
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    by_rule: dict[str, RuleHits] = field(default_factory=dict)

    def credit(self, rule: object, right: bool) -> None:
        """Count a row for the rule that produced it (nothing when no rule is named)."""
        if isinstance(rule, str) and rule:
            self.by_rule.setdefault(rule, RuleHits()).add(right)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PageScore:
    """Every score of one page."""

    source_id: str
    units: Score
    edges: Score
    acronyms: Score
    programs: Score
    fields: dict[str, float]
    root_name: bool
    mentioned_in: float
    field_differs: list[str] = field(default_factory=list)
    wrong_office: list[str] = field(default_factory=list)


def _names(entry: dict[str, Any]) -> set[str]:
    return {normalize(entry["name"]), *(normalize(a) for a in entry.get("aliases", []))}


def _match_units(offices: pd.DataFrame, gold: dict) -> tuple[dict[str, int], set[str]]:
    """Gold unit index for each matched office id, and the ids that stand for the root."""
    root_names = _names(gold["root"]) | (
        _names(gold["root_parent"]) if "root_parent" in gold else set()
    )
    root_acronyms = {gold["root"].get("acronym"), gold.get("root_parent", {}).get("acronym")} - {
        None
    }
    rootish = set()
    for row in _tuples(offices):
        if (
            pd.isna(row.parent_id)
            or normalize(row.name) in root_names
            or (not pd.isna(row.acronym) and row.acronym in root_acronyms)
        ):
            rootish.add(row.office_id)
    matched: dict[str, int] = {}
    taken: set[int] = set()
    candidates = [row for row in _tuples(offices) if row.office_id not in rootish]
    for by_acronym in (False, True):
        for row in candidates:
            if row.office_id in matched:
                continue
            for index, unit in enumerate(gold["units"]):
                if index in taken:
                    continue
                hit = (
                    unit.get("acronym") is not None and row.acronym == unit["acronym"]
                    if by_acronym
                    else normalize(row.name) in _names(unit)
                )
                if hit:
                    matched[row.office_id] = index
                    taken.add(index)
                    break
    return matched, rootish


def score_units(offices: pd.DataFrame, gold: dict) -> tuple[Score, Score, dict[str, float], dict]:
    matched, rootish = _match_units(offices, gold)
    units = gold["units"]
    predicted = [row for row in _tuples(offices) if row.office_id not in rootish]
    name_of = {office_id: units[i]["name"] for office_id, i in matched.items()}
    by_id = {row.office_id: row for row in _tuples(offices)}
    unit_score = Score(len(matched), len(predicted), len(matched), len(units))
    edge_correct = 0
    edge_wrong = []
    acronym_ok = type_ok = name_ok = 0
    edge_rules: dict[str, RuleHits] = {}
    differs = []
    for row in _tuples(offices):
        if row.office_id in rootish and not pd.isna(row.parent_id):
            # Named as the gold root or its parent: not scored as a unit, not wrong either.
            unit_score.credit(getattr(row, "found_by", None), True)
    for row in predicted:
        unit_score.credit(getattr(row, "found_by", None), row.office_id in matched)
        if row.office_id not in matched:
            unit_score.wrong.append(row.name)
            continue
        unit = units[matched[row.office_id]]
        parent = row.parent_id
        parent_shown = (
            gold["root"]["name"]
            if pd.isna(parent) or parent in rootish
            else name_of.get(parent, by_id[parent].name if parent in by_id else parent)
        )
        parent_name = normalize(parent_shown)
        allowed = {
            normalize(unit["parent"]),
            *(normalize(p) for p in unit.get("accept_parents", [])),
        }
        placed = parent_name in allowed
        # A parent resolver answers for the rows that are real units, not for wrong ones.
        parent_by = getattr(row, "parent_by", None)
        if isinstance(parent_by, str) and parent_by:
            edge_rules.setdefault(parent_by, RuleHits()).add(placed)
        if placed:
            edge_correct += 1
        else:
            edge_wrong.append(f"{row.name} -> {parent_shown} (gold: {unit['parent']})")
        acronym = None if pd.isna(row.acronym) else row.acronym
        acronyms = {unit.get("acronym"), *unit.get("accept_acronyms", [])}
        types = {unit["unit_type"], *unit.get("accept_types", [])}
        checks = (
            ("name", row.name, unit["name"], normalize(row.name) == normalize(unit["name"])),
            ("acronym", acronym, unit.get("acronym"), acronym in acronyms),
            ("unit_type", row.unit_type, unit["unit_type"], row.unit_type in types),
        )
        differs += [f"{f} {got!r} (gold: {want!r})" for f, got, want, ok in checks if not ok]
        name_ok += checks[0][3]
        acronym_ok += checks[1][3]
        type_ok += checks[2][3]
    taken = set(matched.values())
    unit_score.misses = [u["name"] for i, u in enumerate(units) if i not in taken]
    edges = Score(
        edge_correct,
        len(predicted),
        edge_correct,
        len(units),
        list(unit_score.misses),
        edge_wrong,
        edge_rules,
    )
    n = len(units) or 1
    fields = {"acronym": acronym_ok / n, "unit_type": type_ok / n, "name": name_ok / n}
    return unit_score, edges, fields, {"matched": matched, "rootish": rootish, "differs": differs}


def score_acronyms(acronyms: pd.DataFrame, gold: dict) -> Score:
    expected = gold["acronyms"]
    rules: dict[tuple[str, str], set[str]] = {}
    for row in _tuples(acronyms):
        found_by = getattr(row, "found_by", None)
        named = rules.setdefault((row.acronym, normalize(row.expansion)), set())
        named.update([found_by] if isinstance(found_by, str) else [])
    pairs = sorted(rules)
    score = Score(0, len(pairs), 0, len(expected))
    hit_gold: set[int] = set()
    for acronym, expansion in pairs:
        hits = [
            i
            for i, entry in enumerate(expected)
            if entry["acronym"] == acronym
            and expansion
            in {
                normalize(entry["expansion"]),
                *(normalize(a) for a in entry.get("alt_expansions", [])),
            }
        ]
        for rule in sorted(rules[acronym, expansion]):
            score.credit(rule, bool(hits))
        if hits:
            score.correct += 1
            hit_gold.update(hits)
        else:
            score.wrong.append(f"{acronym} = {expansion}")
    score.found = len(hit_gold)
    score.misses = [
        f"{e['acronym']} = {e['expansion']}" for i, e in enumerate(expected) if i not in hit_gold
    ]
    return score


def score_programs(
    programs: pd.DataFrame, offices: pd.DataFrame, gold: dict, matched: dict, rootish: set
) -> tuple[Score, float, list[str]]:
    """The programs' score, the share attached to the right office, and the wrongly
    attached ones (program -> office it was attached to, gold office)."""
    expected = gold["programs"]
    optional = {normalize(name) for name in gold.get("optional_programs", [])}
    units = gold["units"]
    by_id = {row.office_id: row for row in _tuples(offices)}
    names: dict[str, Any] = {}
    for row in _tuples(programs):
        names.setdefault(normalize(row.name), row)
    hit_gold: set[int] = set()
    correct = predicted = mention_ok = 0
    wrong = []
    wrong_office = []
    credited: list[tuple[object, bool]] = []
    for name, row in names.items():
        if name in optional:
            continue
        predicted += 1
        acronym = None if pd.isna(row.acronym) else row.acronym
        hits = [
            i
            for i, entry in enumerate(expected)
            if name in _names(entry) or (acronym and entry.get("acronym") == acronym)
        ]
        credited.append((getattr(row, "found_by", None), bool(hits)))
        if not hits:
            wrong.append(row.name)
            continue
        correct += 1
        for i in hits:
            if i in hit_gold:
                continue
            hit_gold.add(i)
            entry = expected[i]
            office_id = row.office_id
            if office_id in rootish:
                office = gold["root"]["name"]
            elif office_id in matched:
                office = units[matched[office_id]]["name"]
            else:
                office = by_id[office_id].name if office_id in by_id else ""
            allowed = {
                normalize(entry["mentioned_in"]),
                *(normalize(n) for n in entry.get("accept_mentioned_in", [])),
            }
            mention_ok += normalize(office) in allowed
            if normalize(office) not in allowed:
                shown = office or "no office"
                wrong_office.append(f"{row.name} -> {shown} (gold: {entry['mentioned_in']})")
    misses = [e["name"] for i, e in enumerate(expected) if i not in hit_gold]
    share = mention_ok / len(expected) if expected else 1.0
    score = Score(correct, predicted, len(hit_gold), len(expected), misses, wrong)
    for rule, right in credited:
        score.credit(rule, right)
    return score, share, wrong_office


def score_page(tables: dict[str, pd.DataFrame], gold: dict, source_id: str) -> PageScore:
    """Score one page's published rows against its gold annotation."""

    def rows(table: str) -> pd.DataFrame:
        frame = tables[table]
        return frame[frame["source_id"] == source_id]

    offices = rows("offices")
    units, edges, fields, matching = score_units(offices, gold)
    roots = offices[offices["parent_id"].isna()]
    root_name = bool(len(roots)) and normalize(roots.iloc[0]["name"]) in _names(gold["root"])
    if len(roots) and "found_by" in roots:
        # The root strategy that named the page's root is right when the name is the gold's.
        units.credit(roots.iloc[0]["found_by"], root_name)
    programs, mentioned, wrong_office = score_programs(
        rows("programs"), offices, gold, matching["matched"], matching["rootish"]
    )
    return PageScore(
        source_id=source_id,
        units=units,
        edges=edges,
        acronyms=score_acronyms(rows("acronyms"), gold),
        programs=programs,
        fields=fields,
        root_name=root_name,
        mentioned_in=mentioned,
        field_differs=matching["differs"],
        wrong_office=wrong_office,
    )


def _tuples(df: pd.DataFrame) -> Iterator[Any]:
    """``df``'s rows as named tuples, typed loosely: the columns differ per table."""
    return df.itertuples()
