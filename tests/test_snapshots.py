"""Snapshots of one page: two real captures of a non-ICE government page (GSA's "TTS offices"
page at two commits of its public source repository, tests/data/snapshots/) built as two
sources of one folder, compared with ``ice-offices diff --source A --source B``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.publish.publisher import read_published

SNAPSHOTS = Path(__file__).resolve().parent / "data" / "snapshots"
OLD, NEW = "tts_2019_02_08", "tts_2021_11_19"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("snapshots")
    out = root / "out"
    result = CliRunner().invoke(
        main,
        ["-q", "build", "--raw", str(SNAPSHOTS), "--out", str(out)],
        env={"DAGSTER_HOME": str(root / "dagster_home")},
    )
    assert result.exit_code == 0, result.output
    return out


def test_each_capture_is_its_own_dated_source_with_its_origin(built: Path) -> None:
    sources = read_published(built, formats=["csv"])["sources"]
    assert list(sources["source_id"]) == [OLD, NEW]
    assert list(sources["as_of"]) == ["2019-02-08", "2021-11-19"]
    assert sources["url"].nunique() == 1
    origin = json.loads((SNAPSHOTS / "ORIGIN.json").read_text(encoding="utf-8"))
    assert {entry["file"] for entry in origin} == set(sources["path"])
    for entry in origin:
        assert entry["repository"] == "18F/join.tts.gsa.gov"
        assert len(entry["commit"]) == 40 and entry["path"] == "pages/tts-offices.md"


def test_diff_of_two_sources_names_the_rename_and_the_new_office(built: Path) -> None:
    result = CliRunner().invoke(
        main, ["diff", str(built), "--source", OLD, "--source", NEW, "--json"]
    )

    assert result.exit_code == 0, result.output
    offices = json.loads(result.output)["tables"]["offices"]
    added = {row["label"] for row in offices["added"]}
    renamed = {
        (c["fields"]["name"]["old"], c["fields"]["name"]["new"])
        for c in offices["changed"]
        if "renamed" in c["kinds"]
    }
    assert ("Office of Products and Programs", "Office of Solutions") in renamed
    assert any("Digital Corps" in label for label in added)
    assert all(row["id"].startswith(f"{NEW}:") for row in offices["added"])
    assert all(row["id"].startswith(f"{OLD}:") for row in offices["removed"])
    sources = json.loads(result.output)["tables"]["sources"]["changed"][0]
    assert sources["fields"]["as_of"] == {"old": "2019-02-08", "new": "2021-11-19"}


def test_diff_text_says_which_two_pages_and_dates(built: Path) -> None:
    result = CliRunner().invoke(main, ["diff", str(built), "--source", OLD, "--source", NEW])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"{OLD} (as of 2019-02-08) -> {NEW} (as of 2021-11-19), in {built}"
    assert any(line.startswith("offices: ") and "changed" in line for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--source", OLD], "give --source twice"),
        (["--source", OLD, "--source", "nope"], "no source 'nope'"),
    ],
)
def test_bad_source_arguments_are_one_line_errors(built: Path, args: list[str], message: str):
    result = CliRunner().invoke(main, ["diff", str(built), *args])

    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_the_documented_example_is_this_diff(built: Path) -> None:
    doc = (SNAPSHOTS.parents[2] / "docs" / "sources.md").read_text(encoding="utf-8")
    block = doc.split("## Snapshots of one page", 1)[1].split("```text\n", 1)[1].split("```")[0]
    result = CliRunner().invoke(main, ["diff", str(built), "--source", OLD, "--source", NEW])

    assert block == result.output.replace(str(built), "/tmp/snapshots")
