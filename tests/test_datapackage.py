"""The data package and SHA256SUMS: every file described, Frictionless accepts the package,
``sha256sum -c`` accepts the sums, and both are deterministic."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from table_records import MAIN, frames

from pipeline.publish import artifacts
from pipeline.publish.artifacts import write_artifacts
from pipeline.publish.checksums import SUMS_FILE, parse_sums
from pipeline.publish.datapackage import (
    DATA_LICENSE,
    PACKAGE_FILE,
    ROW_COUNT,
    datapackage,
    named_offices,
    own_pages,
    temporal,
)
from pipeline.publish.formats import table_files
from pipeline.publish.publisher import publish
from pipeline.release.version import dataset_version
from pipeline.tables.schema_export import schema_documents

COMMITTED_SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def build(out: Path) -> Path:
    data = frames()
    publish(data, out, extras=lambda folder: write_artifacts(data, folder))
    return out


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("dp") / "outputs")


@pytest.fixture(scope="module")
def package(published: Path) -> dict:
    return json.loads((published / PACKAGE_FILE).read_text(encoding="utf-8"))


def test_every_data_file_is_one_resource_with_its_size_hash_and_rows(published, package):
    contents = files(published)
    paths = [r["path"] for r in package["resources"]]
    metadata = {PACKAGE_FILE, SUMS_FILE} | {n for n in contents if n.startswith("schemas/")}
    assert sorted(paths) == sorted(set(contents) - metadata)
    assert paths[: len(table_files())] == list(table_files()) and "org_chart.svg" in paths
    expected_rows = {t: len(df) for t, df in frames().items()}
    for resource in package["resources"]:
        data = contents[resource["path"]]
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        if resource["path"] in table_files():
            table, fmt = resource["path"].split(".")
            assert resource["format"] == fmt
            assert resource["schema"] == f"schemas/{table}.schema.json"
            assert resource.get("rows", resource.get(ROW_COUNT)) == expected_rows[table]
            assert resource["type"] == ("table" if fmt == "csv" else "file")
    by_name = {r["name"]: r for r in package["resources"]}
    assert by_name["offices"]["mediatype"] == "text/csv"
    assert by_name["offices-parquet"]["mediatype"] == "application/vnd.apache.parquet"
    assert "encoding" not in by_name["offices-parquet"]
    assert by_name["offices-json"]["jsonSchema"] == "schemas/offices.json-schema.json"
    assert by_name["org_chart"]["mediatype"] == "image/svg+xml"


def test_package_metadata_version_license_and_sources(package):
    assert package["version"] == dataset_version()
    assert package["licenses"] == [DATA_LICENSE] and DATA_LICENSE["name"] == "CC0-1.0"
    sources = frames()["sources"]
    main = sources[sources["source_id"] == MAIN].iloc[0]
    assert package["sources"][0] == {
        "title": main["title"],
        "path": main["url"],
        "file": main["path"],
        "sha256": main["sha256"],
    }
    assert "created" not in package  # no wall clock: reruns must be byte-identical


@pytest.mark.parametrize(
    ("agencies", "pages", "phrase"),
    [
        (1, 1, "the agency's own page"),
        (1, 3, "the agency's own pages"),
        (2, 2, "the agencies' own pages"),
    ],
)
def test_own_pages_follows_the_number_of_agencies_and_pages(agencies, pages, phrase):
    assert own_pages(agencies, pages) == phrase


@pytest.mark.parametrize(
    ("agencies", "pages", "phrase"),
    [
        (1, 1, "the offices it names, which need not be all the agency's"),
        (1, 3, "the offices they name, which need not be all the agency's"),
        (2, 2, "the offices they name, which need not be all the agencies'"),
    ],
)
def test_named_offices_warns_a_page_need_not_name_every_office(agencies, pages, phrase):
    assert named_offices(agencies, pages) == phrase


def test_committed_package_says_its_offices_need_not_be_all_the_agencys():
    committed = COMMITTED_SCHEMAS.parent / "outputs" / "datapackage.json"
    package = json.loads(committed.read_text(encoding="utf-8"))
    # the words follow the number of pages and agencies that raw/ holds (a contributor's copy
    # may hold more than the ICE page)
    assert "which need not be all the agenc" in package["description"]


def test_package_description_of_the_one_ice_page_says_one_agency_one_page(package):
    roots = frames()["offices"].query("parent_id.isna()")["name"].nunique()
    pages = len(frames()["sources"])
    assert package["description"].count(own_pages(roots, pages)) == 1


def test_schema_copies_are_the_committed_schemas(published):
    for name in schema_documents():
        assert (published / "schemas" / name).read_bytes() == (
            COMMITTED_SCHEMAS / name
        ).read_bytes()


def test_sums_cover_every_other_file_and_sha256sum_accepts_them(published):
    listed = parse_sums((published / SUMS_FILE).read_text(encoding="utf-8"))
    contents = files(published)
    assert sorted(listed) == sorted(set(contents) - {SUMS_FILE})
    assert {PACKAGE_FILE, "schemas/offices.schema.json", "offices.parquet"} <= set(listed)
    for name, digest in listed.items():
        assert hashlib.sha256(contents[name]).hexdigest() == digest
    if shutil.which("sha256sum"):
        check = subprocess.run(
            ["sha256sum", "--check", "--strict", SUMS_FILE],
            cwd=published,
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_frictionless_validates_the_package_and_catches_an_edit(published, package, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(published / PACKAGE_FILE))
    assert report.valid, report.flatten(["type", "note"])
    assert len(report.tasks) == len(package["resources"])

    copy = tmp_path / "copy"
    shutil.copytree(published, copy)
    offices = copy / "offices.csv"
    offices.write_text(
        offices.read_text(encoding="utf-8").replace(f"{MAIN}:office-of-widgets,", "x:y,", 1),
        encoding="utf-8",
    )
    report = frictionless.validate(str(copy / PACKAGE_FILE))
    types = {error[0] for error in report.flatten(["type"])}
    assert {"hash-count", "foreign-key"} <= types


def test_artifacts_are_byte_identical_across_runs(published, tmp_path):
    assert files(build(tmp_path / "again")) == files(published)


def test_a_writer_registered_later_is_still_described_and_summed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def write_extra(frames, folder: Path) -> None:
        (folder / "offices.sqlite").write_bytes(b"SQLite format 3\x00")

    monkeypatch.setattr(artifacts, "WRITERS", [*artifacts.WRITERS, write_extra])
    out = build(tmp_path / "out")
    package = json.loads((out / PACKAGE_FILE).read_text(encoding="utf-8"))
    extra = next(r for r in package["resources"] if r["path"] == "offices.sqlite")
    assert extra["mediatype"] == "application/vnd.sqlite3" and extra["bytes"] == 16
    assert "offices.sqlite" in parse_sums((out / SUMS_FILE).read_text(encoding="utf-8"))


def test_committed_package_says_as_of_when_and_cites_the_archived_ice_page():
    outputs = COMMITTED_SCHEMAS.parent / "outputs"
    package = json.loads((outputs / PACKAGE_FILE).read_text(encoding="utf-8"))
    ice = next(s for s in package["sources"] if s["file"] == "offices_within_ice.txt")

    assert ice["path"] == "http://www.ice.gov/about/operations.htm"
    assert ice["archivedAt"] == (
        "https://webarchive.library.unt.edu/eot2008/20090511173959/"
        "http://www.ice.gov/about/operations.htm"
    )
    assert ice["asOf"] == "2009-05-11"
    assert package["temporal"]["start"] <= "2009-05-11" <= package["temporal"]["end"]


def test_temporal_spans_the_dated_pages_and_is_absent_without_dates(tmp_path):
    data = frames()
    assert temporal(data["sources"]) is None
    dated = data["sources"].assign(as_of=["2013-01-20", "2009-05-11"])
    assert temporal(dated) == {"start": "2009-05-11", "end": "2013-01-20"}
    package = datapackage({**data, "sources": dated}, build(tmp_path / "out"))
    assert package["temporal"] == {"start": "2009-05-11", "end": "2013-01-20"}
    assert package["title"].endswith(", as of 2009-05-11 to 2013-01-20")
