"""One version names one set of published bytes: the digest each changelog entry records."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from pipeline.release.digest import CHECKSUMS, RECORD, data_digest, main, recorded_digest

ROOT = Path(__file__).resolve().parents[1]


def published(folder: Path, version: str = "1.0.0", rows: str = "office_id\nx:a\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "datapackage.json").write_text(json.dumps({"version": version, "name": "x"}))
    (folder / "offices.csv").write_text(rows)
    (folder / CHECKSUMS).write_text("0  datapackage.json\n0  offices.csv\n")
    return folder


def test_the_published_outputs_are_the_data_the_current_version_names():
    """Changed ``outputs/`` need a new version whose changelog entry records their digest."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    actual = data_digest(ROOT / "outputs")

    assert recorded_digest(changelog, version) == actual, (
        f"outputs/ changed since CHANGELOG.md's {version} entry: bump the version and record "
        + RECORD.format(actual)
    )


def test_data_digest_a_version_bump_alone_keeps_it(tmp_path: Path):
    before = data_digest(published(tmp_path / "a", version="1.0.0"))

    assert data_digest(published(tmp_path / "b", version="1.1.0")) == before


def test_data_digest_one_changed_row_changes_it(tmp_path: Path):
    before = data_digest(published(tmp_path / "a"))

    assert data_digest(published(tmp_path / "b", rows="office_id\nx:b\n")) != before


def test_data_digest_a_newly_listed_file_changes_it(tmp_path: Path):
    folder = published(tmp_path / "a")
    before = data_digest(folder)
    (folder / "org_chart.svg").write_text("<svg/>")
    (folder / CHECKSUMS).write_text("0  datapackage.json\n0  offices.csv\n0  org_chart.svg\n")

    assert data_digest(folder) != before


def test_data_digest_a_package_change_other_than_the_version_changes_it(tmp_path: Path):
    folder = published(tmp_path / "a")
    before = data_digest(folder)
    (folder / "datapackage.json").write_text(json.dumps({"version": "1.0.0", "name": "y"}))

    assert data_digest(folder) != before


def test_recorded_digest_reads_only_its_versions_entry():
    old, new = "a" * 64, "b" * 64
    changelog = (
        f"# Changelog\n\n## 2.0.0\n\nNo digest here.\n\n## 1.1.0\n\n{RECORD.format(new)}\n\n"
        f"## 1.0.0\n\n{RECORD.format(old)}\n"
    )

    assert recorded_digest(changelog, "2.0.0") is None
    assert recorded_digest(changelog, "1.1.0") == new
    assert recorded_digest(changelog, "1.0.0") == old
    assert recorded_digest(changelog, "0.9.0") is None


def test_main_prints_the_line_to_record(tmp_path: Path, capsys: pytest.CaptureFixture):
    folder = published(tmp_path / "out")

    assert main([str(folder)]) == 0
    assert capsys.readouterr().out == RECORD.format(data_digest(folder)) + "\n"


def test_main_a_folder_without_checksums_is_one_line(tmp_path: Path, capsys):
    folder = published(tmp_path / "out")
    (folder / CHECKSUMS).unlink()

    assert main([str(folder)]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert (
        len(errors) == 1 and errors[0].startswith(f"error: {folder}: ") and CHECKSUMS in errors[0]
    )


def test_main_a_listed_file_missing_is_one_line(tmp_path: Path, capsys):
    folder = published(tmp_path / "out")
    (folder / "offices.csv").unlink()

    assert main([str(folder)]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 1 and "offices.csv" in errors[0]
