"""The README's "Adding a source page", followed literally on a copy of the project with a
second page, ends green: each step as the README words it, then step 4's ``make test`` in the
copy, the whole gate (ruff, mypy and every test), as a newcomer would run it.

A hand-picked list of tests "that describe the output" once missed two that assumed the ICE
page is alone in ``raw/``; the whole suite cannot miss one. Inside the copy this test is
skipped (it is the one already running), and so are the machinery tests and the extraction
rules' synthetic-text tests that ``tests/conftest.py`` names, which the outer session runs on
the same code and which no page in ``raw/`` can change."""

from __future__ import annotations

import fnmatch
import hashlib
import itertools
import json
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from project_copy import ROOT, SKIPPED_NAMES, VENV_BIN, copy_project, environment

from pipeline.sources.loading import page_paths, source_id_for

PAGE = ROOT / "tests" / "data" / "pages" / "tts_offices.txt"
# Set for the copy's own `make test`, so that this test does not start a third copy.
INSIDE = "ICE_OFFICES_FOLLOWING_THE_STEPS"

pytestmark = pytest.mark.skipif(
    os.environ.get(INSIDE) == "1", reason="this is the copy the outer run is testing"
)


def page_name(raw: Path) -> str:
    """The name the page is saved under: ``tts_offices``, or, when ``raw/`` already has a page
    of that source id or lists that file in ``sources.json`` (a contributor who added this
    very page, say), the first free ``tts_offices_2``, ``tts_offices_3``, ...: the steps add a
    page that is not there yet, and a second entry for one file is refused (``listed
    again``). The same page under another name is another source, as two captures of one
    page are (docs/sources.md)."""
    listed = json.loads((raw / "sources.json").read_text(encoding="utf-8"))
    taken = {source_id_for(path) for path in page_paths(raw)}
    taken |= {source_id_for(Path(entry["file"])) for entry in listed}
    names = itertools.chain([PAGE.stem], (f"{PAGE.stem}_{n}" for n in itertools.count(2)))
    return next(name for name in names if name not in taken)


def steps() -> list[str]:
    """The numbered steps of the README's section, as written, each on one line."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Adding a source page\n", 1)[1].split("\n## ", 1)[0]
    found = re.findall(r"^\d\. (.*(?:\n   .*)*)", section, re.MULTILINE)
    return [" ".join(step.split()) for step in found]


def bump_minor(pyproject: Path) -> str:
    """Raise the minor version in ``pyproject`` (a new source page), returning the new one.
    The file keeps its time, as :func:`copy_project` set it: a newer one would have the copy's
    make reinstall the environment it shares with this checkout (a build reads the version
    from ``pyproject.toml`` itself, so nothing needs reinstalling)."""
    kept = pyproject.stat()
    text = pyproject.read_text(encoding="utf-8")
    found = re.search(r'^version = "(\d+)\.(\d+)\.(\d+)"$', text, re.MULTILINE)
    assert found is not None, "no version in pyproject.toml"
    version = f"{found.group(1)}.{int(found.group(2)) + 1}.0"
    pyproject.write_text(text.replace(found.group(0), f'version = "{version}"'), encoding="utf-8")
    os.utime(pyproject, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    return version


def commands(step: str) -> list[str]:
    """The commands a step names in backquotes (``make ...`` and ``.venv/bin/...``)."""
    return [c for c in re.findall(r"`([^`]+)`", step) if c.startswith(("make ", ".venv/bin/"))]


def files(project: Path) -> dict[str, str]:
    """Every file of the project (not the environment, caches or run history) and its hash."""
    found = {}
    for folder, subfolders, names in os.walk(project):
        subfolders[:] = [name for name in subfolders if not skipped(name)]
        for name in names:
            path = Path(folder, name)
            if not skipped(name) and path.is_file():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                found[path.relative_to(project).as_posix()] = digest
    return found


def ignored(path: str) -> bool:
    """Whether git ignores ``path`` (the project's .gitignore: lock files, caches)."""
    checked = subprocess.run(
        ["git", "check-ignore", "--no-index", "-q", path], cwd=ROOT, check=False
    )
    return checked.returncode == 0


def skipped(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in SKIPPED_NAMES)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # The copy shares this environment: without make's stamp, the copy's `make run` would
    # reinstall it as an editable install of the temporary copy.
    if not (VENV_BIN.parent / ".installed-stamp").exists():
        pytest.fail(f"run `make test` once first: {VENV_BIN.parent} has no .installed-stamp")
    return copy_project(tmp_path_factory.mktemp("adding") / "ice-offices")


def run(project: Path, *command: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=project,
        env={**environment(project, project / ".dagster_home"), **extra},
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )


def test_the_documented_steps_end_green(project: Path) -> None:
    one, two, three, four = steps()
    assert "Save the page into `raw/`" in one and "`raw/<name>.txt`" in one
    entry = re.search(r"`(\{\"file\".*?\})`", two)
    assert entry is not None, two
    # The commands steps 3 and 4 name, run below as written (`<name>` filled in).
    build, show = commands(three)[:2]
    rebuild, digest, check = commands(four)
    assert (build, show, rebuild, digest, check) == (
        "make run",
        ".venv/bin/ice-offices show --source <name>",
        "make run",
        ".venv/bin/python -m pipeline.release.digest",
        "make test",
    )
    assert "Bump `version` in `pyproject.toml`" in four and "minor" in four, four
    # The files step 4 says to commit: `raw/`, `outputs/`, `docs/data.md`, ...
    to_commit = re.findall(r"`([^`]+)`", four.split("and commit", 1)[1])
    assert "raw/" in to_commit and "outputs/" in to_commit, four

    # 1. Save the page into raw/ as text, under a name no page of raw/ has.
    name = page_name(project / "raw")
    (project / "raw" / f"{name}.txt").write_bytes(PAGE.read_bytes())
    # 2. Its entry in raw/sources.json: the README's template, every key filled in.
    template = json.loads(entry.group(1).replace("…", "X"))
    filled = {
        "file": f"{name}.txt",
        "title": "TTS offices",
        "url": "https://join.tts.gsa.gov/tts-offices/",
        "as_of": "2023-02-13",
    }
    assert set(filled) == set(template)
    sources = json.loads((project / "raw" / "sources.json").read_text(encoding="utf-8"))
    (project / "raw" / "sources.json").write_text(json.dumps([*sources, filled], indent=2) + "\n")
    published_before = json.loads((project / "outputs" / "sources.json").read_text("utf-8"))

    # 3. make run, then show the new source.
    before = files(project)
    built = run(project, *shlex.split(build))
    assert built.returncode == 0, built.stdout + built.stderr
    after = files(project)
    shown = run(project, *shlex.split(show.replace("<name>", name)))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[1].startswith("as of 2023-02-13: https://join.tts.gsa.gov")
    published = json.loads((project / "outputs" / "sources.json").read_text(encoding="utf-8"))
    assert sorted(s["source_id"] for s in published) == sorted(
        [*(s["source_id"] for s in published_before), name]
    )
    # Everything `make run` rewrote that git would see is among what step 4 says to commit.
    changed = sorted(
        path
        for path in before.keys() | after.keys()
        if before.get(path) != after.get(path) and not ignored(path)
    )
    assert any(path.startswith("outputs/") for path in changed), changed
    assert all(
        any(
            path == named or (named.endswith("/") and path.startswith(named)) for named in to_commit
        )
        for path in changed
    ), (changed, to_commit)

    # 4. A minor version, `make run` again, its changelog entry opened with the digest line.
    version = bump_minor(project / "pyproject.toml")
    rebuilt = run(project, *shlex.split(rebuild))
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    printed = run(project, *shlex.split(digest))
    assert printed.returncode == 0 and printed.stdout.startswith("Data: "), printed
    changelog = project / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    first = text.index("\n## ") + 1
    entry = f"## {version}\n\n{printed.stdout.strip()}\n\nA second source page.\n\n"
    changelog.write_text(text[:first] + entry + text[first:], encoding="utf-8")
    now = files(project)
    changed = sorted(
        path
        for path in before.keys() | now.keys()
        if before.get(path) != now.get(path) and not ignored(path)
    )
    assert {"pyproject.toml", "CHANGELOG.md"} <= set(changed), changed
    assert all(
        any(
            path == named or (named.endswith("/") and path.startswith(named)) for named in to_commit
        )
        for path in changed
    ), (changed, to_commit)
    # Then make test, in the copy: the whole gate.
    tested = run(project, *shlex.split(check), **{INSIDE: "1"})
    assert tested.returncode == 0, tested.stdout[-6000:] + tested.stderr[-2000:]
    assert re.search(r"\d+ passed", tested.stdout), tested.stdout[-2000:]
