"""``make release`` tags a commit only when its changelog, version and outputs agree."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from pipeline.publish.checksums import SUMS_FILE
from pipeline.release.digest import RECORD, data_digest
from pipeline.release.tag import main, release_problems

IDENTITY = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
}


def git(root: Path, *args: str) -> str:
    env = {**os.environ, **IDENTITY}
    result = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True, env=env
    )
    return result.stdout


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in IDENTITY.items():
        monkeypatch.setenv(key, value)
    root = tmp_path / "project"
    (root / "outputs").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "1.2.0"\n')
    (root / "outputs" / "datapackage.json").write_text(json.dumps({"version": "1.2.0"}))
    (root / "outputs" / SUMS_FILE).write_text(f"{'0' * 64}  datapackage.json\n")
    record = RECORD.format(data_digest(root / "outputs"))
    (root / "CHANGELOG.md").write_text(f"# Changelog\n\n## 1.2.0\n\n{record}\n\n## 1.1.0\n\nOld.\n")
    (root / "CITATION.cff").write_text("cff-version: 1.2.0\ntitle: x\nversion: 1.2.0\n")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "release")
    return root


def test_a_consistent_commit_is_tagged_once(project: Path, capsys: pytest.CaptureFixture) -> None:
    assert release_problems(project) == []
    assert main(["--root", str(project)]) == 0
    assert git(project, "tag", "--list").split() == ["v1.2.0"]
    assert "git push origin v1.2.0" in capsys.readouterr().out

    assert main(["--root", str(project)]) == 1
    assert "tag v1.2.0 already exists" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("CHANGELOG.md", "# Changelog\n\n## 1.1.0\n\nOld.\n"), "newest entry is 1.1.0"),
        (("outputs/datapackage.json", '{"version": "1.1.0"}'), "built at version 1.1.0"),
        (("CITATION.cff", "cff-version: 1.2.0\nversion: 1.1.0\n"), "cites version 1.1.0"),
        (("notes.txt", "not committed"), "uncommitted changes"),
        ((f"outputs/{SUMS_FILE}", f"{'1' * 64}  datapackage.json\n"), "bump the version"),
        (("CHANGELOG.md", "# Changelog\n\n## 1.2.0\n\nNew.\n"), "edited since: restore it"),
    ],
)
def test_each_unmet_condition_is_one_line_and_nothing_is_tagged(
    project: Path, change: tuple[str, str], problem: str, capsys: pytest.CaptureFixture
) -> None:
    name, text = change
    (project / name).write_text(text)
    if name != "notes.txt":
        git(project, "commit", "-q", "-am", "change")

    assert main(["--root", str(project)]) == 1

    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 1 and problem in errors[0], errors
    assert git(project, "tag", "--list") == ""


def test_a_missing_citation_is_one_line_naming_it(
    project: Path, capsys: pytest.CaptureFixture
) -> None:
    git(project, "rm", "-q", "CITATION.cff")
    git(project, "commit", "-q", "-m", "no citation")

    assert main(["--root", str(project)]) == 1

    assert capsys.readouterr().err.splitlines() == ["error: CITATION.cff: missing: run `make docs`"]
    assert git(project, "tag", "--list") == ""


def test_the_docs_say_whether_a_release_is_tagged_as_git_does():
    """docs/releases.md, docs/data.md and CHANGELOG.md say no release is tagged while none is
    (a reader is never sent to a tag that does not exist); the first tag makes this fail
    until they are rewritten."""
    root = Path(__file__).resolve().parents[1]
    listed = subprocess.run(
        ["git", "tag", "--list", "v*"], cwd=root, capture_output=True, text=True, check=False
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    says_none = {
        "docs/releases.md": "(none yet:",
        "docs/data.md": "No release is tagged yet",
        "CHANGELOG.md": "No version below is tagged yet",
    }
    for name, words in says_none.items():
        text = " ".join((root / name).read_text(encoding="utf-8").split())
        assert (words in text) == (not listed.stdout.split()), name
