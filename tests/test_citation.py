"""``CITATION.cff`` is valid Citation File Format, generated from the published folder, and
says which version, licence and source pages to cite."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
import yaml
from table_records import MAIN, changed, frames

from pipeline.docs.citation import CITATION, citation, citation_file, main, message
from pipeline.docs.readme import OUTPUTS
from pipeline.publish.artifacts import write_artifacts
from pipeline.publish.publisher import publish
from pipeline.release.tag import PROJECT_ROOT, project_version

SCHEMA = Path(__file__).parent / "data" / "citation_file_format" / "schema-1.2.0.json"


def _published(folder: Path) -> Path:
    """The hand-made dataset published with its data package, as a build publishes it."""
    data = frames()
    publish(data, folder, extras=lambda staging: write_artifacts(data, staging))
    return folder


def _validate(cff: object) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(cff)


def test_the_committed_citation_is_generated_from_the_committed_outputs():
    assert CITATION.read_text(encoding="utf-8") == citation_file(OUTPUTS)
    assert main(["--check"]) == 0


def test_the_committed_citation_is_valid_cff_1_2_0():
    _validate(yaml.safe_load(CITATION.read_text(encoding="utf-8")))


def test_the_citation_cites_the_published_version_title_licence_and_sources():
    cff = yaml.safe_load(CITATION.read_text(encoding="utf-8"))
    package = json.loads((OUTPUTS / "datapackage.json").read_text(encoding="utf-8"))
    assert cff["version"] == package["version"] == project_version(PROJECT_ROOT)
    assert (cff["type"], cff["title"], cff["license"]) == (
        "dataset",
        package["title"],
        package["licenses"][0]["name"],
    )
    pages = [(s["path"], s.get("archivedAt")) for s in package["sources"]]
    cited = [
        (r["url"], next((i["value"] for i in r.get("identifiers", [])), None))
        for r in cff["references"]
    ]
    assert cited == pages


def test_a_source_without_agency_or_archive_is_cited_by_its_root_office(tmp_path: Path):
    cff = citation(_published(tmp_path / "out"))
    _validate(cff)
    by_file = {r["filename"]: r for r in cff["references"]}
    assert by_file["main_page.txt"]["authors"] == [{"name": "Example Agency"}]
    other = by_file["other.page.txt"]
    assert other["authors"] == [{"name": "Other Bureau"}]
    assert "identifiers" not in other and other["url"] == "https://example.org/other.page"


def test_an_archived_copy_without_a_date_is_cited_without_one(tmp_path: Path):
    data = frames()
    data["sources"] = changed(
        data["sources"], "source_id", MAIN, archive_url="https://archive.example.org/x", as_of=None
    )
    publish(data, tmp_path / "out", extras=lambda staging: write_artifacts(data, staging))
    by_file = {r["filename"]: r for r in citation(tmp_path / "out")["references"]}
    assert by_file["main_page.txt"]["identifiers"] == [
        {
            "type": "url",
            "value": "https://archive.example.org/x",
            "description": "The archived copy read",
        }
    ]


def test_check_reports_a_stale_citation_and_writing_mends_it(
    tmp_path: Path, capsys: pytest.CaptureFixture
):
    _published(tmp_path / "out")
    cff = tmp_path / "CITATION.cff"
    cff.write_text("cff-version: 1.2.0\n", encoding="utf-8")
    args = ["--outputs", str(tmp_path / "out"), "--file", str(cff)]

    assert main([*args, "--check"]) == 1
    assert f"{cff}: stale; run `make docs`" in capsys.readouterr().err
    assert main(args) == 0
    assert main([*args, "--check"]) == 0
    assert cff.read_text(encoding="utf-8") == citation_file(tmp_path / "out")


def test_a_folder_with_nothing_published_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture
):
    assert main(["--outputs", str(tmp_path), "--file", str(tmp_path / "CITATION.cff")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: {tmp_path}: "), err
    assert not (tmp_path / "CITATION.cff").exists()


def test_the_readme_example_cites_the_current_version():
    """The example names the version being released: it is generated with the citation, so a
    version bump or a source page added to ``raw/`` rewrites it on ``make run``."""
    cff = yaml.safe_load(CITATION.read_text(encoding="utf-8"))
    section = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8").split("## Citing")[1]
    example = " ".join(line.lstrip("> ") for line in section.splitlines() if line.startswith(">"))
    assert f"*, version {cff['version']} [data set]" in example


@pytest.mark.parametrize(
    ("agencies", "pages", "words"),
    [
        (1, 1, "its agency as of the date its source page was captured"),
        (1, 2, "its agency as of the dates its source pages were captured"),
        (3, 3, "its agencies as of the dates its source pages were captured"),
    ],
)
def test_the_message_follows_the_number_of_agencies_and_pages(agencies, pages, words):
    assert f" {words} (see references)." in message(agencies, pages)


def test_the_committed_citation_says_its_agencies_and_pages_in_their_number():
    cff = yaml.safe_load(CITATION.read_text(encoding="utf-8"))
    offices = pd.read_csv(OUTPUTS / "offices.csv", dtype=str, keep_default_na=False)
    agencies = offices.loc[offices["parent_id"] == "", "name"].nunique()
    pages = len(pd.read_csv(OUTPUTS / "sources.csv", dtype=str))
    assert cff["message"] == message(agencies, pages)
