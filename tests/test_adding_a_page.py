"""The README's "Adding a source page", followed literally on a copy of the project with a
second page, ends green: `make run` publishes both pages and the tests that describe the
committed output pass on the result (the whole `make test` would repeat this suite)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from project_copy import ROOT, copy_project, environment

PAGE = ROOT / "tests" / "data" / "pages" / "tts_offices.txt"
# The tests that read raw/ or outputs/: each must hold with a second page beside ICE's.
DESCRIBING_THE_OUTPUT = [
    "tests/test_committed_outputs.py",
    "tests/test_readme.py",
    "tests/test_readme_generated.py",
    "tests/test_cli_explore.py",
    "tests/test_release_diff.py",
    "tests/test_sqlite.py",
    "tests/test_datapackage.py",
    "tests/test_org_chart.py",
    "tests/test_sources_loading.py",
    "tests/test_loading.py",
]


def steps() -> list[str]:
    """The numbered steps of the README's section, as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Adding a source page\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\d\. (.*(?:\n   .*)*)", section, re.MULTILINE)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("adding") / "ice-offices")


def run(project: Path, *command: str) -> subprocess.CompletedProcess[str]:
    home = project / ".dagster_home"
    return subprocess.run(
        command,
        cwd=project,
        env=environment(project, home),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_the_documented_steps_end_green(project: Path) -> None:
    one, two, three, four = (" ".join(s.split()) for s in steps())
    assert "Save the page into `raw/`" in one and "`raw/<name>.txt`" in one
    entry = re.search(r"`(\{\"file\".*?\})`", two)
    assert entry is not None, two
    assert "`make run`" in three and "ice-offices show --source <name>" in three
    assert "`make test`" in four

    # 1. Save the page into raw/ as text.
    name = "tts_offices"
    (project / "raw" / f"{name}.txt").write_bytes(PAGE.read_bytes())
    # 2. Its entry in raw/sources.json, the README's template filled in.
    template = json.loads(entry.group(1).replace("…", "X"))
    assert set(template) == {"file", "title", "url", "as_of"}
    sources = json.loads((project / "raw" / "sources.json").read_text(encoding="utf-8"))
    sources.append(
        {
            "file": f"{name}.txt",
            "title": "TTS offices",
            "url": "https://join.tts.gsa.gov/tts-offices/",
            "as_of": "2023-02-13",
        }
    )
    (project / "raw" / "sources.json").write_text(json.dumps(sources, indent=2) + "\n")
    # 3. make run, then show the new source.
    built = run(project, "make", "run")
    assert built.returncode == 0, built.stdout + built.stderr
    shown = run(project, ".venv/bin/ice-offices", "show", "--source", name)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[1].startswith("as of 2023-02-13: https://join.tts.gsa.gov")
    published = json.loads((project / "outputs" / "sources.json").read_text(encoding="utf-8"))
    assert [s["source_id"] for s in published] == ["offices_within_ice", name]
    # 4. make test: the tests that describe the committed output, in the copy.
    tested = run(
        project,
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        *DESCRIBING_THE_OUTPUT,
    )
    assert tested.returncode == 0, tested.stdout[-4000:]
