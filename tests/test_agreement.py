"""Two annotations of a page scored against each other with the extractor's scorer
(``pipeline.evaluation.agreement``), and ``benchmarks.agreement`` that reports it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from benchmarks import agreement
from pipeline.evaluation.agreement import gold_as_tables, score_annotation
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
        f1 += [score.mentioned_in, float(score.root_name)]
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
    """What an annotation would accept from others is not what it asserts: read as an
    extraction, a unit has its one parent, and an accept_parents that names the reference's
    parent does not make it right."""
    first = _gold(TREE)
    second = _gold([*TREE[:1], ("Budget Division", "Department of Examples"), *TREE[2:]])
    second["units"][1]["accept_parents"] = ["Office of Finance"]
    assert score_annotation(second, first, "page").edges.correct == 2


def test_alternative_expansions_and_optional_programs_are_no_rows() -> None:
    reading = _gold(
        TREE,
        acronyms=[{"acronym": "OF", "expansion": "Office of Finance", "alt_expansions": ["Fin"]}],
        programs=[{"name": "Lamp Grants", "aliases": [], "acronym": None}],
        optional_programs=["Wick Loans"],
    )
    tables = gold_as_tables(reading, "page")
    assert tables["acronyms"]["expansion"].tolist() == ["Office of Finance"]
    assert tables["programs"]["name"].tolist() == ["Lamp Grants"]


def test_roots_named_differently_are_each_the_root() -> None:
    """Two annotators who name the page's body differently still agree on everything under
    it: the reading's root row is the root, whatever its name."""
    second = _gold(TREE)
    second["root"] = {"name": "Examples Department", "aliases": [], "acronym": None}
    for unit in second["units"]:
        if unit["parent"] == "Department of Examples":
            unit["parent"] = "Examples Department"
    score = score_annotation(second, _gold(TREE), "page")
    assert (score.units.f1, score.edges.f1) == (1.0, 1.0)


def test_a_unit_that_is_the_other_annotations_root_is_no_unit_and_not_wrong() -> None:
    """One reader takes the department as the page's body, the other adds the ministry above
    it and the department as its unit: the department row matches the reference's root and
    counts neither way."""
    second = _gold([("Department of Examples", "Ministry of Samples"), *TREE])
    second["root"] = {"name": "Ministry of Samples", "aliases": [], "acronym": None}
    score = score_annotation(second, _gold(TREE), "page")
    assert score.units.wrong == [] and score.units.f1 == 1.0


def test_a_programs_office_resolves_through_a_units_name() -> None:
    first = _gold(TREE, programs=[_program("Lamp Grants", "Office of Finance")])
    second = _gold(TREE, programs=[_program("Lamp Grants", "Office of Finance")])
    assert score_annotation(second, first, "page").mentioned_in == 1.0
    second["programs"][0]["mentioned_in"] = "Office of Legal Counsel"
    assert score_annotation(second, first, "page").mentioned_in == 0.0


def _program(name: str, office: str) -> dict:
    return {"name": name, "aliases": [], "acronym": None, "mentioned_in": office}


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
