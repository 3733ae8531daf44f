"""The ablation machinery (``make ablation``) gives real numbers: switching a rule off changes
the rows it produced and the scores move by what a direct re-extraction measures."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from benchmarks.ablation import development_pages
from pipeline import rules as registry
from pipeline.evaluation.ablation import (
    MEMORIZATION,
    NO_SWITCH,
    NOTHING,
    Page,
    RuleEffect,
    _switched_off,
    ablate,
    as_markdown,
    load_pages,
    measure_baseline,
)
from pipeline.evaluation.corpus import (
    CorpusPage,
    extract_loaded,
    score_extraction,
)
from pipeline.evaluation.report import TABLES, macro
from pipeline.rules import RULES, _switchable, disabled, register
from tests.pages import DATA, DEV_PAGES, GOLD, ICE_PAGE


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    """The team's two small development pages and the ICE page, each named here rather than
    every gold file's page found in ``raw/`` first: a contributor's page in ``raw/`` (with a
    gold file of its own, or named like a development page) leaves these tests' pages as
    they are."""
    chosen = [ICE_PAGE, *DEV_PAGES]
    return load_pages([CorpusPage(path, GOLD / f"{path.stem}.gold.json") for path in chosen])


def busiest_finder(pages: list[Page]) -> str:
    """The unit finder that found the most non-root rows on these pages (read, not assumed)."""
    found: Counter[str] = Counter()
    for page in pages:
        extraction = extract_loaded(page.loaded)
        assert extraction is not None
        found.update(o.found_by for o in extraction.offices if o.parent_id is not None)
    return next(name for name, _ in found.most_common() if RULES[name].kind == "unit")


def test_switching_a_finder_off_changes_its_pages_by_what_re_extraction_measures(
    pages: list[Page],
) -> None:
    rule = busiest_finder(pages)
    baseline, [effect] = ablate(pages, [rule])
    assert effect.rule == rule and effect.kind == "unit"
    assert effect.changed, f"switching {rule} off changed no page"
    assert effect.delta_f1["units"] < 0
    with disabled([rule]):
        scores = [score_extraction(extract_loaded(p.loaded), p.source_id, p.gold) for p in pages]
    after = macro(scores)
    for table in TABLES:
        expected = after[table]["f1"] - baseline.macro_f1[table]
        assert effect.delta_f1[table] == pytest.approx(expected, abs=1e-12)
    untouched = [p.source_id for p in pages if p.source_id not in effect.changed]
    for page, score in zip(pages, scores, strict=True):
        if page.source_id in untouched:
            before = next(s for s in baseline.scores if s.source_id == page.source_id)
            assert [getattr(score, t).f1 for t in TABLES] == [getattr(before, t).f1 for t in TABLES]


def test_switching_off_the_root_rule_that_named_a_page_counts_the_root_lost(
    pages: list[Page],
) -> None:
    named = {}
    for page in pages:
        extraction = extract_loaded(page.loaded)
        assert extraction is not None
        root = next(o for o in extraction.offices if o.parent_id is None)
        named[page.source_id] = root.found_by
    rule = next(
        rule
        for source, rule in sorted(named.items())
        if RULES[rule].kind == "root" and rule != "root_from_metadata"
    )
    baseline, [effect] = ablate(pages, [rule])
    with disabled([rule]):
        scores = [score_extraction(extract_loaded(p.loaded), p.source_id, p.gold) for p in pages]
    assert baseline.roots_named == sum(s.root_name for s in baseline.scores) > 0
    assert effect.delta_roots == sum(s.root_name for s in scores) - baseline.roots_named < 0


def test_parallel_and_serial_runs_agree(pages: list[Page]) -> None:
    rules = [busiest_finder(pages), "parenthesized_acronym"]
    _, serial = ablate(pages[:2], rules, jobs=1)
    _, parallel = ablate(pages[:2], rules, jobs=2)
    assert serial == parallel
    assert [e.rule for e in parallel] == rules


def test_an_unknown_rule_is_refused(pages: list[Page]) -> None:
    with pytest.raises(KeyError, match="no_such_rule"):
        ablate(pages, ["no_such_rule"])


def test_the_table_flags_one_page_rules_and_rules_that_change_nothing(
    pages: list[Page],
) -> None:
    baseline = measure_baseline(pages)
    zero = dict.fromkeys(TABLES, 0.0)
    effects = [
        RuleEffect("a_rule", "unit", ("page_a",), {**zero, "units": -0.25}),
        RuleEffect("b_rule", "filter", (), zero),
        RuleEffect("c_rule", "parent", ("page_a", "page_b"), {**zero, "edges": 0.0004}),
        RuleEffect("d_rule", "root", ("page_a", "page_b"), zero, delta_roots=-2),
    ]
    assert [e.flags for e in effects] == [(MEMORIZATION,), (NOTHING,), (), ()]
    text = as_markdown(baseline, effects, commit="abc1234", date="2026-01-02", corpus="x")
    assert "Measured at commit `abc1234` on 2026-01-02" in text
    assert f"({MEMORIZATION}): 1\n\n- `a_rule` (unit): page_a\n" in text
    assert "## Rules that change nothing: 1\n\n- `b_rule` (filter)\n" in text
    assert "| `a_rule` | unit | 1 | -0.250 | 0 | 0 | 0 | 0 | " in text
    assert "| `c_rule` | parent | 2 | 0 | +0.000 | 0 | 0 | 0 |  | page_a, page_b |" in text
    assert "| `d_rule` | root | 2 | 0 | 0 | 0 | 0 | -2 |  | page_a, page_b |" in text
    assert f"; roots named right on {baseline.roots_named} pages." in text


def test_the_development_corpus_leaves_the_sealed_set_out() -> None:
    paths = [item.page for item in development_pages()]
    assert not any("sealed" in path.parts for path in paths)
    dev = len(list((DATA / "corpus" / "dev" / "gold").glob("*.gold.json")))
    team = len(list(GOLD.glob("*.gold.json"))) + len(list((DATA / "gold_extra").glob("*.json")))
    assert len(paths) == len(set(paths)) == dev + team
    assert all(path.is_file() for path in paths)


def test_a_rule_the_extractor_never_asks_about_is_flagged(pages: list[Page]) -> None:
    label = "label_only_rule_for_ablation_test"
    register(label, "parent", "A name written into parent_by that nothing switches off.")
    try:
        _, [effect] = ablate(pages, [label])
    finally:
        del RULES[label]
    assert effect.changed == () and not effect.asked
    assert effect.flags == (NOTHING, NO_SWITCH)
    _, [finder] = ablate(pages, [busiest_finder(pages)])
    assert finder.asked and NO_SWITCH not in finder.flags


def test_a_rule_asked_about_while_a_page_is_read_again_with_other_rules_off_is_asked() -> None:
    """A page read again with some rules switched off (as a page that would be refused is)
    asks about rules inside ``disabled``: those asks count, or a rule asked only there would
    be flagged as having no off switch."""
    with _switched_off("lone_topic_heading") as asked, disabled({"paired_topic_heading"}):
        assert not registry.enabled("lone_topic_heading")
        assert not registry.enabled("paired_topic_heading")
    assert {"lone_topic_heading", "paired_topic_heading"} <= asked


SECTIONED_PAGE = (
    "<html><head><title>Bureau of Lantern Safety</title></head><body>"
    "<h1>Bureau of Lantern Safety</h1>"
    "<section><header><h2>Wick Standards Division</h2></header>"
    "<ul><li>Braiding Office</li><li>Trimming Office</li></ul></section>"
    "<section><header><h2>Glass Survey Division</h2></header>"
    "<ul><li>Pane Office</li><li>Mantle Office</li></ul></section>"
    "</body></html>"
)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rule_of_the_html_renderer_is_measured_by_loading_its_pages_again(
    tmp_path, jobs: int
) -> None:
    """``section_header_kept`` acts while a page is rendered, before extraction: switched off,
    the page is loaded again, in a worker process as in this one (where the renderer's module
    may never have been imported)."""
    page = tmp_path / "lantern.html"
    page.write_text(SECTIONED_PAGE, encoding="utf-8")
    gold = tmp_path / "lantern.gold.json"
    units = [("Wick Standards Division", None), ("Braiding Office", "Wick Standards Division")]
    gold.write_text(
        json.dumps(
            {
                "source_file": page.name,
                "root": {"name": "Bureau of Lantern Safety"},
                "units": [
                    {
                        "name": name,
                        "unit_type": "directorate" if "Division" in name else "office",
                        "parent": parent or "Bureau of Lantern Safety",
                    }
                    for name, parent in units
                ],
            }
        ),
        encoding="utf-8",
    )
    [loaded] = load_pages([CorpusPage(page, gold)])
    assert "section_header_kept" in loaded.load_rules
    _, [effect, other] = ablate([loaded], ["section_header_kept", "parenthesized_acronym"], jobs)
    assert effect.changed == (loaded.source_id,) and effect.asked
    assert effect.delta_f1["units"] < 0
    assert other.changed == ()


def test_a_switched_rule_takes_and_passes_on_its_arguments_as_the_function_does() -> None:
    """The rule switch takes a rule's arguments however the rule is called (positional,
    defaulted, keyword-only, starred): on, it returns what the rule returns; off, what
    ``off`` says, a callable ``off`` called with the arguments as they came."""

    def lamp_rule(a, b=[], *more, c, d=None, **rest):  # noqa: B006 (the same default object)
        return (a, b, more, c, d, rest)

    def wick_rule(a, /, b, *, c=2):
        return a + b + c

    lamp = _switchable(lamp_rule, lambda *args, **kwargs: ("off", args, kwargs))
    wick = _switchable(wick_rule, 0)
    assert lamp.__name__ == "lamp_rule" and lamp.__doc__ == lamp_rule.__doc__
    calls = [((1,), {"c": 3}), ((1, 2, 5, 6), {"c": 3, "e": 4}), ((), {"a": 1, "c": 3, "d": 0})]
    for args, kwargs in calls:
        assert lamp(*args, **kwargs) == lamp_rule(*args, **kwargs)
    assert lamp(1, c=3)[1] is lamp_rule(1, c=3)[1]
    assert wick(1, 2) == wick(1, b=2, c=2) == 5
    with pytest.raises(TypeError):
        wick(a=1, b=2)
    token = registry._DISABLED.set(frozenset({"lamp_rule", "wick_rule"}))
    try:
        for args, kwargs in calls:
            assert lamp(*args, **kwargs) == ("off", args, kwargs)
        assert wick(1, 2) == 0
    finally:
        registry._DISABLED.reset(token)
