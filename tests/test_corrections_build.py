"""Corrections through the real build: the corrected page published with provenance and
scored 1.0 by ``evaluate``; a stale correction, a quote not in the page and a correction that
makes a cycle each fail the build with one line naming it, and publish nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from pipeline.corrections.files import read_corrections
from pipeline.publish.publisher import read_published

ROOT = Path(__file__).resolve().parents[1]
GSA = "gsa_organization_overview_2004"
GSA_PAGE = ROOT / "tests/data/corpus/dev/pages" / f"{GSA}.txt"
GSA_GOLD = ROOT / "tests/data/corpus/dev/gold" / f"{GSA}.gold.json"
GSA_CORRECTIONS = ROOT / "tests/data/corrections" / f"{GSA}.yaml"
ICE_PAGE = ROOT / "raw" / "offices_within_ice.txt"


@pytest.fixture
def raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The GSA page (which the extractor reads short of the gold's preferred reading) and the ICE page (its ``sources.json``
    entry alone: raw/ may hold other pages), with the GSA corrections fixture."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "raw"
    (folder / "corrections").mkdir(parents=True)
    shutil.copy(GSA_PAGE, folder)
    shutil.copy(ICE_PAGE, folder)
    entries = json.loads((ICE_PAGE.parent / "sources.json").read_text(encoding="utf-8"))
    ice = [entry for entry in entries if entry["file"] == ICE_PAGE.name]
    (folder / "sources.json").write_text(json.dumps(ice), encoding="utf-8")
    shutil.copy(GSA_CORRECTIONS, folder / "corrections")
    return folder


def build(raw: Path, out: Path, *extra: str) -> Result:
    return CliRunner().invoke(main, ["build", "--raw", str(raw), "--out", str(out), *extra])


def test_corrected_page_is_published_with_provenance_and_scores_one(raw: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = build(raw, out)
    assert result.exit_code == 0, result.output

    tables = read_published(out)
    offices = tables["offices"]
    gsa = offices[offices["source_id"] == GSA]
    ice = offices[offices["source_id"] != GSA]
    corrections = tables["corrections"].set_index("correction_id")
    corrected = gsa[gsa["asserted_by"] == "correction"]
    assert set(corrected["office_id"]) == set(corrections["row_id"])  # each row it changed
    assert set(corrected["correction_id"]) == set(corrections.index)
    untouched = gsa[gsa["asserted_by"] == "extractor"]
    assert len(untouched) == 8 and untouched["correction_id"].isna().all()
    renamed = corrections.loc["gsa-regional-offices"]
    assert (renamed["file"], renamed["line"], renamed["action"]) == (
        f"corrections/{GSA}.yaml",
        6,
        "edit_office",
    )
    assert "GSA Regional Offices" not in set(gsa["name"]) and "Regional Offices" in set(gsa["name"])
    # What each correction changed, as the data dictionary promises: `column: old -> new`,
    # the values as the tables publish them (an enum by its value, never its Python repr).
    assert corrections.loc["gsa-staff-offices", "changes"] == "unit_type: 'office' -> 'other'"
    assert corrections.loc["gsa-regional-offices", "changes"] == (
        "name: 'GSA Regional Offices' -> 'Regional Offices'; office_id:"
        f" '{GSA}:gsa-regional-offices' -> '{GSA}:regional-offices'; unit_type: 'office' -> 'other'"
    )
    published = json.loads((out / "corrections.json").read_text(encoding="utf-8"))
    assert {row["correction_id"]: row["changes"] for row in published} == dict(
        corrections["changes"]
    )
    # The ICE page needs no corrections: its rows are the extractor's, as committed.
    assert set(ice["asserted_by"]) == {"extractor"} and ice["correction_id"].isna().all()
    committed = read_published(ROOT / "outputs", formats=["csv"])["offices"]
    committed = committed[committed["source_id"] == ICE_PAGE.stem].reset_index(drop=True)
    assert ice.reset_index(drop=True).equals(committed)

    scored = CliRunner().invoke(
        main, ["evaluate", "--data", str(out), "--raw", str(raw), "--gold", str(GSA_GOLD)]
    )
    assert scored.exit_code == 0, scored.output
    lines = scored.stdout.splitlines()
    assert f"| {GSA} | 1.000 / 1.000 / 1.000 | 1.000 / 1.000 / 1.000 |" in "\n".join(lines)
    row = next(line for line in lines if line.startswith(f"| {GSA} |") and "→" in line)
    units, edges = row.split(" | ")[1:3]
    assert units.endswith("→ 1.000") and edges.endswith("→ 1.000")
    # The corrected names and types are the gold's: the report names no field that differs.
    assert not [line for line in lines if line.startswith(f"- {GSA} units differ")]


STALE = """- id: gsa-stale
  reason: The page once named this office.
  author: tests
  edit_office:
    office: Office of Nothing
    acronym: ON
"""
BAD_QUOTE = """- id: gsa-bad-quote
  reason: The page names it, says the curator.
  author: tests
  add_office:
    name: Office of Made Up Things
    parent: Federal Supply Service
    quote: the Office of Made Up Things
"""
CYCLE = """- id: gsa-cycle
  reason: Wrong on purpose.
  author: tests
  edit_office:
    office: GSA
    parent: Office of Civil Rights
"""


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (STALE, "correction 'gsa-stale' is stale: no office 'Office of Nothing'"),
        (BAD_QUOTE, "correction 'gsa-bad-quote' quotes text that is not in page"),
        (CYCLE, "correction 'gsa-cycle' breaks offices"),
    ],
    ids=["stale", "quote", "cycle"],
)
def test_a_correction_that_cannot_stand_fails_the_build_naming_it(
    raw: Path, tmp_path: Path, text: str, needle: str
):
    (raw / "corrections" / f"{GSA}.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "out"

    result = build(raw, out, "--skip-bad")  # skipping bad pages does not silence corrections

    assert result.exit_code == ExitCode.INVALID, result.output
    assert "Traceback" not in result.output
    # One problem, one line (docs/corrections.md): printed once, naming the file by its full
    # path as every other error names a raw file (docs/robustness.md).
    lines = [line for line in result.stderr.splitlines() if needle in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {raw.resolve()}/corrections/{GSA}.yaml:1: correction ")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == lines, result.stderr
    assert not out.exists()


def test_several_corrections_that_cannot_stand_are_each_one_line_then_a_summary(
    raw: Path, tmp_path: Path
):
    (raw / "corrections" / f"{GSA}.yaml").write_text(STALE + BAD_QUOTE, encoding="utf-8")
    out = tmp_path / "out"

    result = build(raw, out)

    assert result.exit_code == ExitCode.INVALID, result.output
    where = f"{raw.resolve()}/corrections/{GSA}.yaml"
    assert result.stderr.splitlines() == [
        f"warning: {raw / GSA}.txt: no as-of date; give it one in {raw / 'sources.json'}"
        ' ("as_of": "YYYY-MM-DD" in its entry, or an archive_url with the capture\'s 14-digit'
        " timestamp)",
        f"{where}:1: correction 'gsa-stale' is stale: no office 'Office of Nothing' in page"
        f" {GSA!r}",
        f"{where}:7: correction 'gsa-bad-quote' quotes text that is not in page {GSA!r}:"
        " 'the Office of Made Up Things'",
        "error: 2 corrections cannot stand (listed above); nothing was published",
    ]
    assert not out.exists()


def test_a_bad_corrections_file_is_a_one_line_usage_error(raw: Path, tmp_path: Path):
    (raw / "corrections" / "broken.yaml").write_text("- id: x\n  reason: [\n", encoding="utf-8")
    result = build(raw, tmp_path / "out")
    assert result.exit_code == ExitCode.BAD_INPUT, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"error: {raw.resolve()}/corrections/broken.yaml:3: ")
    assert "not valid YAML" in errors[0]
    assert not (tmp_path / "out").exists()


def test_committed_corrections_table_lists_the_corrections_of_raw():
    """One row per correction in raw/corrections/ (none there now: an empty table)."""
    ids = sorted(correction.id for correction in read_corrections(ROOT / "raw"))
    frame = pd.read_csv(ROOT / "outputs" / "corrections.csv")
    assert sorted(frame["correction_id"]) == ids
    rows = json.loads((ROOT / "outputs" / "corrections.json").read_text(encoding="utf-8"))
    assert sorted(row["correction_id"] for row in rows) == ids


FOG_PAGE = """Offices of the Lighthouse Board

The Lighthouse Board keeps the coast lit. It is organized into the offices below.

Office of the Chief Keeper

The Office of the Chief Keeper directs the Board's keepers and stations.

Office of Fog Signals (OFS)

The Office of Fog Signals (OFS) maintains the horns and bells of every station. OFS runs the \
Foghorn Maintenance Program. The Office of Fog Signals consists of the Horn Division and the \
Bell Division.

Office of Coastal Records

The Office of Coastal Records keeps the logbooks of every station.
"""
FOG_RENAME = """- id: fog-rename
  reason: The Board's charter calls it the Office of Fog Signals and Sound Buoys.
  author: tests
  edit_office:
    office: Office of Fog Signals
    name: Office of Fog Signals and Sound Buoys
"""


def test_renaming_an_office_publishes_its_acronym_program_and_sub_units_as_the_corrections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The reported case, through the build: the acronym row of "Office of Fog Signals (OFS)",
    its program and its two divisions follow the renamed office's id, so each says the
    correction asserts it; the evidence is the page's text, as the extractor read it."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    raw = tmp_path / "raw"
    (raw / "corrections").mkdir(parents=True)
    (raw / "lighthouse_board.txt").write_text(FOG_PAGE, encoding="utf-8")
    entry = {"file": "lighthouse_board.txt", "url": "https://lighthouse.example.gov/offices"}
    (raw / "sources.json").write_text(json.dumps([{**entry, "as_of": "2001-06-01"}]))
    (raw / "corrections" / "lighthouse_board.yaml").write_text(FOG_RENAME, encoding="utf-8")
    out = tmp_path / "out"

    result = build(raw, out)

    assert result.exit_code == 0, result.output
    new = "lighthouse_board:office-of-fog-signals-and-sound-buoys"

    def published(table: str) -> list[dict]:
        return json.loads((out / f"{table}.json").read_text(encoding="utf-8"))

    assert published("acronyms") == [
        {
            "source_id": "lighthouse_board",
            "acronym": "OFS",
            "expansion": "Office of Fog Signals",
            "office_id": new,
            "found_by": "parenthesized_acronym",
            "asserted_by": "correction",
            "correction_id": "fog-rename",
            "evidence": "Office of Fog Signals (OFS)",
            "char_start": 218,
            "char_end": 245,
        }
    ]
    assert published("programs") == [
        {
            "source_id": "lighthouse_board",
            "program_id": "lighthouse_board:foghorn-maintenance-program",
            "name": "Foghorn Maintenance Program",
            "acronym": None,
            "office_id": new,
            "parent_program_id": None,
            "found_by": "program_keyword",
            "asserted_by": "correction",
            "correction_id": "fog-rename",
            "evidence": "OFS runs the Foghorn Maintenance Program.",
            "char_start": 327,
            "char_end": 368,
        }
    ]
    offices = {
        row["name"]: (row["parent_id"], row["asserted_by"], row["correction_id"])
        for row in published("offices")
    }
    assert offices == {
        "Lighthouse Board": (None, "extractor", None),
        "Office of the Chief Keeper": ("lighthouse_board:lighthouse-board", "extractor", None),
        "Office of Fog Signals and Sound Buoys": (
            "lighthouse_board:lighthouse-board",
            "correction",
            "fog-rename",
        ),
        "Horn Division": (new, "correction", "fog-rename"),
        "Bell Division": (new, "correction", "fog-rename"),
        "Office of Coastal Records": ("lighthouse_board:lighthouse-board", "extractor", None),
    }
    text = FOG_PAGE
    for table in ("offices", "acronyms", "programs"):
        for row in published(table):
            assert text[row["char_start"] : row["char_end"]] == row["evidence"]
