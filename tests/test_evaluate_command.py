"""``ice-offices evaluate`` scores a published folder against gold files, per page and macro."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from tests.pages import DATA, DEV_PAGES, EXTRA_PAGES, GOLD, GOLD_EXTRA, ROOT

GOLD_ICE = "tests/data/gold/offices_within_ice.gold.json"


@pytest.fixture
def published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The development and extra pages built by the real job into a throwaway folder."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    raw = tmp_path / "raw"
    raw.mkdir()
    for page in [*DEV_PAGES, *EXTRA_PAGES]:
        shutil.copy(page, raw / page.name)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--raw", str(raw), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def gold_args() -> list[str]:
    paths = [GOLD / f"{p.stem}.gold.json" for p in DEV_PAGES]
    paths += [GOLD_EXTRA / f"{p.stem}.gold.json" for p in EXTRA_PAGES]
    return [arg for path in paths for arg in ("--gold", str(path))]


def test_evaluate_prints_per_page_and_macro_scores(published: Path, tmp_path: Path) -> None:
    report = tmp_path / "report"
    result = CliRunner().invoke(
        main, ["evaluate", "--data", str(published), "--out", str(report), *gold_args()]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| page | units P / R / F1")
    assert any(line.startswith("| tts_offices | 1.000 / 1.000 / 1.000") for line in lines)
    evaluation = json.loads((report / "evaluation.json").read_text(encoding="utf-8"))
    assert {page["source_id"] for page in evaluation["pages"]} == {
        p.stem for p in [*DEV_PAGES, *EXTRA_PAGES]
    }
    for page in evaluation["pages"]:
        for table in ("units", "edges", "acronyms"):
            assert page[table]["f1"] >= 0.95, (page["source_id"], table, page[table])
        assert page["programs"]["f1"] >= 0.85, page
    assert (report / "evaluation.md").read_text(encoding="utf-8") == result.stdout
    assert "Precision per rule (all pages):" in result.stdout


def test_evaluate_credits_every_row_to_the_rule_that_produced_it(
    published: Path, tmp_path: Path
) -> None:
    """Per-rule precision adds up to the tables' own counts: every found row, every placed
    real unit, every acronym pair and program counted once, for the rule that produced it."""
    report = tmp_path / "report"
    result = CliRunner().invoke(
        main, ["evaluate", "--data", str(published), "--out", str(report), *gold_args()]
    )
    assert result.exit_code == 0, result.output
    evaluation = json.loads((report / "evaluation.json").read_text(encoding="utf-8"))
    rules = evaluation["rules"]
    offices = pd.read_csv(published / "offices.csv")
    assert {r["rule"] for r in rules if r["table"] == "units"} == set(offices["found_by"])
    assert {r["rule"] for r in rules if r["table"] == "edges"} == set(offices["parent_by"].dropna())

    def total(table: str, what: str) -> int:
        return sum(r[what] for r in rules if r["table"] == table)

    def pages(table: str, what: str) -> int:
        return sum(page[table][what] for page in evaluation["pages"])

    assert total("units", "rows") == len(offices)  # every office row, roots included
    # A parent resolver answers for the real units it placed, right when the edge is.
    assert total("edges", "rows") == pages("units", "correct")
    assert total("edges", "right") == pages("edges", "correct")
    # A program is one row; an acronym pair counts for each rule that found it.
    assert total("programs", "rows") == pages("programs", "predicted") > 0
    assert total("programs", "right") == pages("programs", "correct")
    assert total("acronyms", "rows") >= pages("acronyms", "predicted") > 0
    for entry in rules:
        assert entry["rows"] > 0 and entry["precision"] == round(entry["right"] / entry["rows"], 4)
        line = f"| {entry['table']} | {entry['rule']} | {entry['right']} | {entry['rows']} |"
        assert line in result.stdout


def test_evaluate_reports_misses_and_wrong_rows(published: Path, tmp_path: Path) -> None:
    gold = json.loads((GOLD / "tts_offices.gold.json").read_text(encoding="utf-8"))
    gold["units"].append(
        {
            "name": "Office of Imaginary Affairs",
            "aliases": [],
            "acronym": None,
            "unit_type": "office",
            "parent": gold["root"]["name"],
        }
    )
    # A found unit whose published name is only an alias, a program on another office:
    # both leave the tables' scores whole and must still be reported.
    eighteen = next(u for u in gold["units"] if u["name"] == "18F")
    eighteen.update(name="Eighteen F", aliases=["18F"])
    usa = next(p for p in gold["programs"] if p["name"] == "USA.gov")
    usa["mentioned_in"] = "Office of Imaginary Affairs"
    path = tmp_path / "tts_offices.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--data", str(published), "--gold", str(path)])
    assert result.exit_code == 0, result.output
    assert "tts_offices units missed: Office of Imaginary Affairs" in result.stdout
    assert "| tts_offices | 1.000 / 0.929 / 0.963" in result.stdout
    assert "- tts_offices units differ: name '18F' (gold: 'Eighteen F')" in result.stdout
    wrong_office = [line for line in result.stdout.splitlines() if "wrong office" in line]
    assert wrong_office == [
        "- tts_offices programs wrong office: USA.gov -> Office of Solutions"
        " (gold: Office of Imaginary Affairs)"
    ]


def test_gold_for_a_page_not_in_the_data_is_a_one_line_error(published: Path) -> None:
    gold = DATA.parent.parent / "tests" / "data" / "gold" / "offices_within_ice.gold.json"
    result = CliRunner().invoke(main, ["evaluate", "--data", str(published), "--gold", str(gold)])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "Traceback" not in result.output
    assert "the data has no source 'offices_within_ice'" in result.stderr


def test_gold_with_a_field_in_the_wrong_shape_is_a_one_line_error(
    published: Path, tmp_path: Path
) -> None:
    """A root_parent written as a bare name instead of an object named the file and the field,
    not a TypeError from the scorer."""
    gold = json.loads((GOLD / "tts_offices.gold.json").read_text(encoding="utf-8"))
    gold["root_parent"] = "Department of Imaginary Affairs"
    path = tmp_path / "tts_offices.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--data", str(published), "--gold", str(path)])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [
        f"error: {path}: not a gold annotation (root_parent: 'Department of Imaginary Affairs'"
        " is not of type 'object')"
    ]


def test_misses_name_parents_as_they_are_spelled(published: Path, tmp_path: Path) -> None:
    gold = json.loads((GOLD / "tts_offices.gold.json").read_text(encoding="utf-8"))
    unit = next(u for u in gold["units"] if u["name"] == "18F")
    unit["parent"] = "Office of Solutions"
    path = tmp_path / "tts_offices.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")

    result = CliRunner().invoke(main, ["evaluate", "--data", str(published), "--gold", str(path)])

    assert result.exit_code == 0, result.output
    assert (
        "- tts_offices edges wrong: 18F -> Technology Transformation Services"
        " (gold: Office of Solutions)" in result.stdout
    )


# A made-up agency's page, and the gold its annotator wrote by hand.
WESTMARCH_PAGE = """\
Bureau of Lighthouse Services

The Bureau of Lighthouse Services (BLS) keeps the coastal lights of the Republic of Westmarch \
burning. It is organized into the offices below.

Office of the Director

The Office of the Director leads the Bureau and sets its priorities.

Office of Lamp Maintenance

The Office of Lamp Maintenance (OLM) repairs and cleans the lamps of every station. It runs the \
Lens Polishing Program.

Office of Keeper Training

The Office of Keeper Training (OKT) trains new keepers through the Keeper Apprenticeship Program.
"""


def westmarch_gold(director_parent: str) -> dict:
    root = "Bureau of Lighthouse Services"

    def unit(name: str, acronym: str | None, unit_type: str, parent: str = root) -> dict:
        return {"name": name, "acronym": acronym, "unit_type": unit_type, "parent": parent}

    def program(name: str, office: str) -> dict:
        return {"name": name, "acronym": None, "mentioned_in": office}

    return {
        "source_file": "westmarch_lighthouses.txt",
        "root": {"name": root, "aliases": [], "acronym": "BLS"},
        "units": [
            unit("Office of the Director", None, "leadership", director_parent),
            unit("Office of Lamp Maintenance", "OLM", "office"),
            unit("Office of Keeper Training", "OKT", "office"),
        ],
        "acronyms": [
            {"acronym": "BLS", "expansion": root},
            {"acronym": "OLM", "expansion": "Office of Lamp Maintenance"},
            {"acronym": "OKT", "expansion": "Office of Keeper Training"},
        ],
        "programs": [
            program("Lens Polishing Program", "Office of Lamp Maintenance"),
            program("Keeper Apprenticeship Program", "Office of the Director"),
        ],
    }


@pytest.fixture
def westmarch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The made-up agency's page built by the real job into a throwaway folder."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "westmarch_lighthouses.txt").write_text(WESTMARCH_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--raw", str(raw), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def evaluate_westmarch(data: Path, gold: dict, folder: Path) -> Result:
    path = folder / "westmarch_lighthouses.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return CliRunner().invoke(main, ["evaluate", "--data", str(data), "--gold", str(path)])


def test_a_gold_parent_naming_nothing_is_a_warning_and_scores_as_before(
    westmarch: Path, tmp_path: Path
) -> None:
    """A misspelled parent warns, once, naming the file, the unit and the parent; the scores
    stay what they were: the gold is the annotator's, the exit code 0."""
    result = evaluate_westmarch(westmarch, westmarch_gold("Bureau of Lightouse Services"), tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning: {tmp_path / 'westmarch_lighthouses.gold.json'}: unit 'Office of the Director':"
        " parent 'Bureau of Lightouse Services' names no unit and not the root"
    ]
    assert "| westmarch_lighthouses | 1.000 / 1.000 / 1.000 | 0.667 / 0.667 / 0.667" in (
        result.stdout
    )
    assert (
        "- westmarch_lighthouses edges wrong: Office of the Director"
        " -> Bureau of Lighthouse Services (gold: Bureau of Lightouse Services)" in result.stdout
    )


def test_a_gold_whose_parents_all_name_something_warns_of_nothing(
    westmarch: Path, tmp_path: Path
) -> None:
    result = evaluate_westmarch(
        westmarch, westmarch_gold("Bureau of Lighthouse Services"), tmp_path
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "edges wrong" not in result.stdout


def test_the_report_gives_field_accuracy_and_programs_on_the_right_office(
    westmarch: Path, tmp_path: Path
) -> None:
    """Programs F1 is 1.000 with one of two programs on the wrong office, and units F1 is 1.000
    with one unit of the wrong type: the report says both beside the F1 table."""
    result = evaluate_westmarch(
        westmarch, westmarch_gold("Bureau of Lighthouse Services"), tmp_path
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    macro = lines.index("| **macro** | " + " | ".join(["1.000 / 1.000 / 1.000"] * 4) + " |")
    assert lines[macro + 1 : macro + 8] == [
        "",
        "Share of the gold's units found with the right name, acronym and type, and of its"
        " programs found on the right office:",
        "",
        "| page | units with the right name | units with the right acronym"
        " | units with the right type | programs on the right office |",
        "|---|---|---|---|---|",
        "| westmarch_lighthouses | 1.000 | 1.000 | 0.667 | 0.500 |",
        "| **macro** | 1.000 | 1.000 | 0.667 | 0.500 |",
    ]


def test_the_report_docs_accuracy_shows_is_what_evaluate_prints_on_the_ice_page() -> None:
    """docs/accuracy.md shows how the report opens on the committed outputs and the ICE gold."""
    doc = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    command = f".venv/bin/ice-offices evaluate --data outputs --gold {GOLD_ICE}"
    shown = doc.split(f"{command}\n```\n\n```text\n", 1)[1].split("```", 1)[0]
    args = [str(ROOT / a) if a in {"outputs", GOLD_ICE} else a for a in command.split()[2:]]
    result = CliRunner().invoke(main, ["evaluate", *args])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(shown)
