"""One version names one set of published bytes: the digest each changelog entry records."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from pipeline.publish.checksums import SUMS_FILE
from pipeline.release.digest import (
    RECORD,
    data_digest,
    digest_problems,
    main,
    recorded_digest,
)
from pipeline.release.version import PROJECT_ROOT, project_version

LISTING = f"{'0' * 64}  datapackage.json\n{'1' * 64}  offices.csv\n"


def published(folder: Path, listing: str = LISTING) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SUMS_FILE).write_text(listing)
    return folder


def test_the_published_outputs_are_the_data_the_current_version_names():
    """Changed ``outputs/`` need a new version whose changelog entry records their digest."""
    version = project_version(PROJECT_ROOT)
    changelog = (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")

    assert digest_problems(PROJECT_ROOT, changelog, version) == []


def test_data_digest_is_the_sha256_of_the_checksums_file(tmp_path: Path):
    folder = published(tmp_path / "out")

    assert data_digest(folder) == hashlib.sha256(LISTING.encode()).hexdigest()


def test_data_digest_a_line_that_lists_no_checksum_is_named(tmp_path: Path):
    folder = published(tmp_path / "out", LISTING + "offices.csv\n")

    with pytest.raises(ValueError, match=f"{SUMS_FILE}: line 3 is not a sha256sum line"):
        data_digest(folder)


def test_recorded_digest_reads_only_its_versions_entry():
    old, new = "a" * 64, "b" * 64
    changelog = (
        f"# Changelog\n\n## 2.0.0\n\nNo digest here.\n\n## 1.1.0\n\n{RECORD.format(new)} \n\n"
        f"## 1.0.0\n\n{RECORD.format(old)}\n"
    )

    assert recorded_digest(changelog, "2.0.0") is None
    assert recorded_digest(changelog, "1.1.0") == new
    assert recorded_digest(changelog, "1.0.0") == old
    assert recorded_digest(changelog, "0.9.0") is None


def git(root: Path, *args: str) -> None:
    identity = {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org"}
    identity |= {"GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-C", str(root), *args], check=True, env={**os.environ, **identity})


def test_digest_problems_an_edited_digest_is_refused_even_when_it_matches(tmp_path: Path):
    """Recording the new data under the old version is what left 0.3.0 naming two datasets."""
    root = tmp_path / "project"
    published(root / "outputs")
    changelog = f"## 1.0.0\n\n{RECORD.format(data_digest(root / 'outputs'))}\n"
    (root / "CHANGELOG.md").write_text(changelog)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "1.0.0")
    assert digest_problems(root, changelog, "1.0.0") == []

    published(root / "outputs", LISTING.replace("1" * 64, "2" * 64))
    changed = digest_problems(root, changelog, "1.0.0")
    assert len(changed) == 1 and "bump the version" in changed[0], changed

    edited = f"## 1.0.0\n\n{RECORD.format(data_digest(root / 'outputs'))}\n"
    (root / "CHANGELOG.md").write_text(edited)
    git(root, "commit", "-q", "-am", "edited")
    refused = digest_problems(root, edited, "1.0.0")
    assert len(refused) == 1 and "edited since: restore it" in refused[0], refused


def test_main_prints_the_line_to_record(tmp_path: Path, capsys: pytest.CaptureFixture):
    folder = published(tmp_path / "out")

    assert main([str(folder)]) == 0
    assert capsys.readouterr().out == RECORD.format(data_digest(folder)) + "\n"


def test_main_a_folder_without_checksums_is_one_line(tmp_path: Path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()

    assert main([str(folder)]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert (
        len(errors) == 1 and errors[0].startswith(f"error: {folder}: ") and SUMS_FILE in errors[0]
    )


def test_digest_problems_a_new_entry_without_the_line_is_told_the_line(tmp_path: Path):
    root = tmp_path / "project"
    published(root / "outputs")

    (problem,) = digest_problems(root, "## 1.0.0\n\nNew.\n", "1.0.0")

    assert "records no data digest" in problem
    assert problem.endswith(RECORD.format(data_digest(root / "outputs")))
