"""Two annotations of a page scored against each other with the extractor's scorer
(``pipeline.evaluation.agreement``), and ``benchmarks.agreement`` that reports it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from benchmarks import agreement
from pipeline.evaluation.agreement import score_annotation
from pipeline.evaluation.report import load_gold

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"


def _gold(units: list[tuple[str, str]], **extra) -> dict:
    gold = {
        "source_file": "page.txt",
        "root": {"name": "Department of Examples", "aliases": [], "acronym": "DOE"},
        "units": [
            {"name": name, "aliases": [], "acronym": None, "unit_type": "office", "parent": parent}
            for name, parent in units
        ],
        "acronyms": [],
        "programs": [],
    }
    gold.update(extra)
    return gold


TREE = [
    ("Office of Finance", "Department of Examples"),
    ("Budget Division", "Office of Finance"),
    ("Office of Legal Counsel", "Department of Examples"),
]


def test_every_gold_file_in_the_repository_read_against_itself_scores_one() -> None:
    paths = sorted(DATA.glob("gold*/*.gold.json")) + sorted(CORPUS.glob("*/gold/*.gold.json"))
    assert len(paths) > 800
    below = []
    for path in paths:
        gold = load_gold(path)
        score = score_annotation(gold, gold, path.stem)
        f1 = [score.units.f1, score.edges.f1, score.acronyms.f1, score.programs.f1]
        if min(f1) < 1:
            below.append(f"{path.name}: {f1}")
    assert below == []


def test_a_unit_under_another_parent_costs_an_edge_and_no_unit() -> None:
    first = _gold(TREE)
    second = _gold([*TREE[:1], ("Budget Division", "Department of Examples"), *TREE[2:]])
    score = score_annotation(second, first, "page")
    assert score.units.f1 == 1.0
    assert score.edges.correct == 2 and score.edges.f1 == pytest.approx(2 / 3)
    assert score.edges.wrong == [
        "Budget Division -> Department of Examples (gold: Office of Finance)"
    ]


def test_a_unit_one_annotator_left_out_is_a_miss_and_costs_its_edge() -> None:
    score = score_annotation(_gold(TREE[:2]), _gold(TREE), "page")
    assert score.units.misses == ["Office of Legal Counsel"]
    assert score.units.recall == pytest.approx(2 / 3) and score.units.precision == 1.0


def test_a_parent_named_as_no_unit_is_scored_by_its_name() -> None:
    units = [("Budget Division", "Chief Financial Officer")]
    score = score_annotation(_gold(units), _gold(units), "page")
    assert score.edges.f1 == 1.0


def test_the_second_annotations_leniencies_are_not_claims() -> None:
    """What an annotation would accept from others is not what it asserts: scored as the
    reading, its accept_parents and aliases are dropped."""
    first = _gold(TREE)
    second = _gold([*TREE[:1], ("Budget Division", "Department of Examples"), *TREE[2:]])
    second["units"][1]["accept_parents"] = ["Office of Finance"]
    assert score_annotation(second, first, "page").edges.correct == 2


def test_a_units_alias_in_the_reference_matches_the_readings_name() -> None:
    first = _gold(TREE)
    first["units"][2]["aliases"] = ["Legal Counsel"]
    second = _gold([*TREE[:2], ("Legal Counsel", "Department of Examples")])
    assert score_annotation(second, first, "page").units.f1 == 1.0


def test_the_interval_of_pages_that_all_agree_is_that_figure() -> None:
    assert agreement.interval([0.8] * 10) == pytest.approx((0.8, 0.8))


def test_the_interval_brackets_the_mean_and_is_repeatable() -> None:
    values = [0.0, 1.0, 1.0, 0.5, 1.0, 0.9, 1.0, 0.0, 1.0, 0.75]
    low, high = agreement.interval(values)
    assert low < sum(values) / len(values) < high
    assert agreement.interval(values) == (low, high)


def _two_second_annotations(tmp_path: Path) -> tuple[Path, list[str]]:
    """Second annotations of two development pages: one copied unchanged, one with a unit
    dropped."""
    stems = sorted(p.name.removesuffix(".gold.json") for p in (CORPUS / "dev" / "gold").glob("*"))
    chosen = [
        s for s in stems if len(load_gold(CORPUS / "dev" / "gold" / f"{s}.gold.json")["units"]) >= 3
    ][:2]
    folder = tmp_path / "agreement"
    (folder / "gold").mkdir(parents=True)
    for index, stem in enumerate(chosen):
        gold = json.loads((CORPUS / "dev" / "gold" / f"{stem}.gold.json").read_text("utf-8"))
        second = copy.deepcopy(gold)
        if index:
            second["units"] = second["units"][1:]
        (folder / "gold" / f"{stem}.gold.json").write_text(json.dumps(second), "utf-8")
    manifest = [{"file": f"{s}.txt", "annotator": f"a{i}"} for i, s in enumerate(chosen)]
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    return folder, chosen


def test_the_report_shows_every_comparison_and_every_page(tmp_path, capsys) -> None:
    folder, stems = _two_second_annotations(tmp_path)
    assert agreement.main([str(folder)]) == 0
    out = capsys.readouterr().out
    assert all(label in out for label in agreement.COMPARISONS.values())
    assert all(f"| {stem} | " in out for stem in stems)
    assert f"| {stems[0]} | 1.000 / " in out
    assert f"| {stems[1]} | 1.000 / " not in out
    assert "| a0 | 1 | 1.000 | 1.000 |" in out


def test_a_second_annotation_with_no_first_is_one_line_and_status_two(tmp_path, capsys) -> None:
    folder = tmp_path / "agreement"
    (folder / "gold").mkdir(parents=True)
    (folder / "gold" / "nowhere.gold.json").write_text(json.dumps(_gold(TREE)), "utf-8")
    assert agreement.main([str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere.gold.json: no first annotation" in err


def test_every_committed_second_annotation_has_its_first_and_names_the_same_page() -> None:
    seconds = sorted((CORPUS / "agreement" / "gold").glob("*.gold.json"))
    assert seconds
    for path in seconds:
        first = load_gold(CORPUS / "dev" / "gold" / path.name)
        assert load_gold(path)["source_file"] == first["source_file"], path.name
