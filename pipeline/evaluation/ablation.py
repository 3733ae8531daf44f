"""Ablation: switch each extraction rule off in turn and measure what it earns on a corpus.

For every registered rule the whole corpus is re-extracted with that rule off
(:func:`pipeline.rules.disabled`). A page *changes* when any of its published rows differs in
anything but the provenance columns (``found_by``, ``parent_by``): a rule whose rows another
rule would produce just the same earns nothing there. The F1 change is the corpus macro F1
with the rule off minus the macro F1 with every rule on, per table; negative means the rule
helps. The roots change counts the pages whose root is named as the gold names it with the
rule off, minus with every rule on: the F1s do not see a root's name (the published root
stands for the gold root whatever its wording), so a rule that only names roots shows there.
A rule that changes the rows of exactly one page reads that page, not the language
(memorization); a rule that changes nothing is dead weight on this corpus.

A rule the extractor never asks about while it is off (a name used only as a provenance
label, with no switch) is flagged as such: that it changes nothing says nothing about it.

Pages are read once per process; rules are measured in parallel processes when asked.
Only ever run this on a development corpus: a sealed page's errors must not be looked at.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline import rules as registry
from pipeline.evaluation.corpus import (
    CorpusPage,
    LoadedPage,
    extract_loaded,
    load_file,
    score_extraction,
)
from pipeline.evaluation.report import TABLES, load_gold, macro
from pipeline.evaluation.scoring import PageScore
from pipeline.extract.page import registered_rules
from pipeline.extract.records import Acronym, Office, PageExtraction, Program
from pipeline.rules import RULES

PROVENANCE = ("found_by", "parent_by")
MEMORIZATION = "memorization: generalize or remove"
NOTHING = "changes nothing"
RAISES = "extraction raises when off"
NO_SWITCH = "no off switch: never asked whether it is on"

Rows = tuple[tuple[tuple[str, object], ...], ...]


@dataclass(frozen=True)
class Page:
    """A corpus page loaded for repeated extraction, with its gold annotation."""

    loaded: LoadedPage
    gold: dict
    path: Path
    load_rules: frozenset[str] = frozenset()  # rules the loading (the HTML renderer) asked about

    @property
    def source_id(self) -> str:
        return self.loaded.source_id


@dataclass(frozen=True)
class Baseline:
    """Every page extracted with every rule on: its rows and scores."""

    rows: dict[str, Rows]
    scores: list[PageScore]

    @property
    def macro_f1(self) -> dict[str, float]:
        return {table: values["f1"] for table, values in macro(self.scores).items()}

    @property
    def roots_named(self) -> int:
        return _roots_named(self.scores)


@dataclass(frozen=True)
class RuleEffect:
    """What switching one rule off does to the corpus."""

    rule: str
    kind: str
    changed: tuple[str, ...]
    delta_f1: dict[str, float]
    raised: tuple[str, ...] = field(default=())
    asked: bool = True
    delta_roots: int = 0

    @property
    def flags(self) -> tuple[str, ...]:
        found = []
        if len(self.changed) == 1:
            found.append(MEMORIZATION)
        if not self.changed:
            found.append(NOTHING)
        if not self.asked:
            found.append(NO_SWITCH)
        if self.raised:
            found.append(RAISES)
        return tuple(found)


class _AskedAbout(frozenset[str]):
    """The switched-off rules, noting each rule the extractor asks about; a reading that
    switches more rules off (a page read again with some rules off, ``disabled``) goes on
    noting into the same record."""

    asked: set[str]

    def __contains__(self, name: object) -> bool:
        self.asked.add(str(name))
        return frozenset.__contains__(self, name)

    def __or__(self, other: AbstractSet[str]) -> _AskedAbout:  # type: ignore[override]
        joined = frozenset.__or__(self, other)
        if joined is NotImplemented:
            return NotImplemented
        union = _AskedAbout(joined)
        union.asked = self.asked
        return union


@contextmanager
def _switched_off(rule: str) -> Iterator[set[str]]:
    """Run the extractor with ``rule`` off (as :func:`pipeline.rules.disabled` does), yielding
    the names of the rules it asked about meanwhile."""
    off = _AskedAbout([rule])
    off.asked = set()
    token = registry._DISABLED.set(off)
    try:
        yield off.asked
    finally:
        registry._DISABLED.reset(token)


def load_pages(items: Iterable[CorpusPage]) -> list[Page]:
    """Read every annotated page once (decoding, rendering, metadata), in the given order,
    noting the rules its loading asked about: a page is loaded again only with one of those
    off."""
    pages = []
    for item in items:
        with _switched_off("") as asked:
            loaded = load_file(item.page)
        pages.append(Page(loaded, load_gold(item.gold_path), item.page, frozenset(asked)))
    return pages


def published_rows(extraction: PageExtraction | None) -> Rows:
    """The page's published rows without their provenance, comparable across runs."""
    if extraction is None:
        return ()
    records: list[Office | Acronym | Program] = [
        *extraction.offices,
        *extraction.acronyms,
        *extraction.programs,
    ]
    return tuple(
        (
            ("record", type(r).__name__),
            *((k, v) for k, v in asdict(r).items() if k not in PROVENANCE),
        )
        for r in records
    )


def _extract(page: Page, rule: str) -> tuple[PageExtraction | None, str | None]:
    """The extraction, or the error a switched-off rule made it raise (reported, not hidden);
    a rule of the loading (the HTML renderer's) is switched off by loading the page again."""
    try:
        loaded = load_file(page.path) if rule in page.load_rules else page.loaded
        return extract_loaded(loaded), None
    except Exception as error:  # a rule switched off may break another: that is a finding
        return None, f"{type(error).__name__}: {error}"


def measure_baseline(pages: Sequence[Page]) -> Baseline:
    rows = {}
    scores = []
    for page in pages:
        extraction = extract_loaded(page.loaded)
        rows[page.source_id] = published_rows(extraction)
        scores.append(score_extraction(extraction, page.source_id, page.gold))
    return Baseline(rows, scores)


def measure_rule(rule: str, pages: Sequence[Page], baseline: Baseline) -> RuleEffect:
    """Re-extract every page with ``rule`` off; only changed pages are scored again."""
    changed = []
    raised = []
    scores = list(baseline.scores)
    with _switched_off(rule) as asked:
        for index, page in enumerate(pages):
            extraction, error = _extract(page, rule)
            if error is not None:
                raised.append(f"{page.source_id} ({error})")
            if published_rows(extraction) == baseline.rows[page.source_id]:
                continue
            changed.append(page.source_id)
            scores[index] = score_extraction(extraction, page.source_id, page.gold)
    base = baseline.macro_f1
    after = {table: values["f1"] for table, values in macro(scores).items()}
    delta = {table: after[table] - base[table] for table in TABLES}
    roots = _roots_named(scores) - baseline.roots_named
    kind = RULES[rule].kind
    return RuleEffect(
        rule, kind, tuple(sorted(changed)), delta, tuple(raised), rule in asked, roots
    )


def _roots_named(scores: Sequence[PageScore]) -> int:
    """How many pages' roots are named as their gold root is."""
    return sum(score.root_name for score in scores)


# What a worker process measures against, set once when it starts.
_WORK: dict[str, tuple[list[Page], Baseline]] = {}


def _start_worker(pages: list[Page], baseline: Baseline) -> None:
    _WORK["corpus"] = (pages, baseline)


def _measure_in_worker(rule: str) -> RuleEffect:
    return measure_rule(rule, *_WORK["corpus"])


def ablate(
    pages: Sequence[Page], rules: Sequence[str] | None = None, jobs: int = 1
) -> tuple[Baseline, list[RuleEffect]]:
    """The baseline and the effect of each rule (default: every registered rule, by kind then
    name), measured in ``jobs`` processes; the result does not depend on ``jobs``."""
    names = [r.name for r in registered_rules()] if rules is None else list(rules)
    unknown = [name for name in names if name not in RULES]
    if unknown:
        raise KeyError(f"no rule named {unknown[0]!r}")
    pages = list(pages)
    baseline = measure_baseline(pages)
    if jobs <= 1 or len(names) <= 1:
        return baseline, [measure_rule(name, pages, baseline) for name in names]
    with multiprocessing.get_context("spawn").Pool(
        min(jobs, len(names)), initializer=_start_worker, initargs=(pages, baseline)
    ) as pool:
        effects = pool.map(_measure_in_worker, names, chunksize=1)
    return baseline, effects


def _delta(value: float) -> str:
    return "0" if value == 0 else f"{value:+.3f}"


def as_markdown(
    baseline: Baseline, effects: Sequence[RuleEffect], *, commit: str, date: str, corpus: str
) -> str:
    """The ablation table with its flags, for ``benchmarks/ABLATION.md``."""
    base = baseline.macro_f1
    lines = [
        "# Ablation: what each extraction rule earns",
        "",
        f"Measured at commit `{commit}` on {date} by `make ablation`, on {corpus}:"
        f" {len(baseline.scores)} pages. The sealed set is never ablated.",
        "",
        "Each rule is switched off in turn and every page re-extracted. *Pages changed*: pages"
        " whose published rows differ in anything but the provenance columns (found_by,"
        " parent_by). *Δ F1*: macro F1 over all pages with the rule off minus with every rule on"
        " (negative: the rule helps; 0: exactly unchanged). *Δ roots*: pages whose root is named"
        " as the gold names it with the rule off, minus with every rule on (the F1s do not see a"
        " root's name).",
        "",
        "Macro F1 with every rule on: "
        + ", ".join(f"{table} {base[table]:.3f}" for table in TABLES)
        + f"; roots named right on {baseline.roots_named} pages.",
        "",
    ]
    for flag, title in (
        (MEMORIZATION, f"Rules that change the rows of exactly one page ({MEMORIZATION})"),
        (NOTHING, "Rules that change nothing"),
        (NO_SWITCH, "Rules with no off switch (names used only as provenance labels)"),
        (RAISES, "Rules whose absence makes extraction raise"),
    ):
        flagged = [e for e in effects if flag in e.flags]
        lines += [f"## {title}: {len(flagged)}", ""]
        detail = {
            MEMORIZATION: lambda e: f": {e.changed[0]}",
            NOTHING: lambda e: "" if e.asked else f" ({NO_SWITCH})",
            NO_SWITCH: lambda e: "",
            RAISES: lambda e: f": {'; '.join(e.raised)}",
        }[flag]
        lines += [f"- `{e.rule}` ({e.kind}){detail(e)}" for e in flagged] or ["None."]
        lines.append("")
    lines += [
        "## Every rule",
        "",
        "| rule | kind | pages changed | "
        + " | ".join(f"Δ {t} F1" for t in TABLES)
        + " | Δ roots | flags | pages |",
        "|---|---|---|" + "---|" * len(TABLES) + "---|---|---|",
    ]
    for e in effects:
        deltas = " | ".join(_delta(e.delta_f1[t]) for t in TABLES)
        roots = f"{e.delta_roots:+d}" if e.delta_roots else "0"
        flags = "; ".join(e.flags)
        pages = ", ".join(e.changed)
        lines.append(
            f"| `{e.rule}` | {e.kind} | {len(e.changed)} | {deltas} | {roots} | {flags} | {pages} |"
        )
    return "\n".join(lines) + "\n"
