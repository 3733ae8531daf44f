"""No command of the installed ``ice-offices`` prints a traceback on the hostile inputs of
``docs/robustness.md`` (issue 15): each run in a subprocess, each failure one ``error:`` line
with a documented exit code."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.doubling import INPUTS

ROOT = Path(__file__).resolve().parents[1]
DEEP = "[" * 200_000
DOCUMENTED = {0, 1, 2, 3, 4, 5}


def ice_offices() -> str:
    script = Path(sys.executable).parent / "ice-offices"
    return str(script) if script.exists() else shutil.which("ice-offices") or "ice-offices"


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, list[str], Path]]:
    """(what, arguments, working folder) for every hostile input."""
    base = tmp_path_factory.mktemp("hostile")
    release = base / "release"
    shutil.copytree(ROOT / "outputs", release)
    secret = base / "secret.csv"
    secret.write_text("office_id\nTHE OUTSIDE FILE\n", encoding="utf-8")

    def copy(name: str) -> Path:
        target = base / name
        shutil.copytree(release, target)
        return target

    linked = copy("linked")
    (linked / "offices.csv").unlink()
    (linked / "offices.csv").symlink_to(secret)
    sparse = copy("sparse")
    with (sparse / "offices.csv").open("r+b") as handle:
        handle.truncate(2 * 1024**3)
    wide = copy("wide")
    (wide / "datapackage.json").unlink()
    (wide / "offices.csv").write_bytes(b"a," * 10_000_000 + b"a\n")
    deep_package = copy("deep_package")
    (deep_package / "datapackage.json").write_text(DEEP, encoding="utf-8")
    fifo = copy("fifo")
    (fifo / "programs.csv").unlink()
    os.mkfifo(fifo / "programs.csv")
    invalid = copy("invalid")
    offices = invalid / "offices.csv"
    offices.write_text(offices.read_text(encoding="utf-8").replace(",office,", ",?,"), "utf-8")
    schemas_link = copy("schemas_link")
    shutil.rmtree(schemas_link / "schemas")
    (schemas_link / "schemas").symlink_to(base / "outside_schemas", target_is_directory=True)
    shutil.copytree(release / "schemas", base / "outside_schemas")
    deep_table = copy("deep_table")
    (deep_table / "datapackage.json").unlink()
    (deep_table / "offices.json").write_text(DEEP, encoding="utf-8")
    columns = copy("columns")
    (columns / "datapackage.json").unlink()
    programs = columns / "programs.csv"
    lines = programs.read_text(encoding="utf-8").splitlines()
    programs.write_text("\n".join(line + ",x" for line in lines) + "\n", encoding="utf-8")
    huge = copy("huge")
    (huge / "datapackage.json").unlink()
    with (huge / "offices.csv").open("r+b") as handle:
        handle.truncate(2 * 1024**3)

    project = base / "project"
    shutil.copytree(ROOT / "raw", project / "raw")
    deep_meta = base / "deep_meta"
    shutil.copytree(ROOT / "raw", deep_meta)
    (deep_meta / "sources.json").write_text(DEEP, encoding="utf-8")
    pages = base / "pages"
    shutil.copytree(ROOT / "raw", pages)
    (pages / "deep.html").write_text(
        "<html><body>" + "<div>" * 1000 + "<h1>Example Agency</h1><h2>Office of Policy (OP)</h2>"
        "<p>The Office of Policy (OP) writes policy.</p>" + "</div>" * 1000,
        encoding="utf-8",
    )
    (pages / "hidden.txt").write_text(
        "Example Agency\n\nOffice of Pol\u200bicy (O\u200dP)\n\nThe Office of Policy (OP).\n",
        encoding="utf-8",
    )
    (pages / "refs.html").write_text(
        "<html><body><h1>Example Agency</h1><h2>Office of Policy (OP)</h2>"
        "<p>The Office of Policy (OP) writes policy &#0; &#x110000; &#xFFFF;.</p></body></html>",
        encoding="utf-8",
    )
    (pages / "unreadable.txt").write_text(
        "Example Agency\n\nThe Example Agency (EA) is organized into offices.\n\n"
        "\ufffdOffice of Policy (OP)\n\nIt writes policy.\n\nOffice of Research\n\nIt does research.\n",
        encoding="utf-8",
    )
    pathological = base / "pathological"
    shutil.copytree(ROOT / "raw", pathological)
    for kind, (_, suffix, make) in INPUTS.items():
        (pathological / f"{kind}{suffix}").write_text(make(64 * 1024), encoding="utf-8")
    locked = base / "locked"
    locked.mkdir()
    (locked / ".out.lock").symlink_to(base / "victim")
    out = base / "out"
    cases = [
        ("build --out raw", ["build", "--raw", "raw", "--out", "raw"], project),
        ("build --raw inside a release", ["build", "--raw", "r/raw", "--out", "r"], project),
        ("deep raw/sources.json", ["build", "--raw", str(deep_meta), "--out", str(out)], base),
        ("hostile pages", ["build", "--raw", str(pages), "--out", str(out)], base),
        (
            "pathological pages",
            ["build", "--raw", str(pathological), "--out", str(base / "out2"), "--skip-bad"],
            base,
        ),
        ("planted lock link", ["build", "--raw", "raw", "--out", str(locked / "out")], project),
    ]
    shutil.copytree(release, project / "r")
    shutil.copytree(ROOT / "raw", project / "r" / "raw")
    hostile = (linked, sparse, wide, fifo, invalid, schemas_link, deep_table, columns, huge)
    for folder in (*hostile, deep_package):
        cases.append((f"validate {folder.name}", ["validate", str(folder)], base))
    for folder in hostile:
        cases += [
            (f"show {folder.name}", ["show", str(folder)], base),
            (f"diff {folder.name}", ["diff", str(release), str(folder)], base),
        ]
    return cases


def test_no_command_prints_a_traceback_on_hostile_input(
    cases: list[tuple[str, list[str], Path]], tmp_path: Path
) -> None:
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "home")}
    found = {}
    for what, args, cwd in cases:
        done = subprocess.run(
            [ice_offices(), *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
        found[what] = (done.returncode, len(errors), "Traceback" in done.stdout + done.stderr)
        assert "THE OUTSIDE FILE" not in done.stdout + done.stderr, what
    assert all(not traceback for _, _, traceback in found.values()), found
    assert all(code in DOCUMENTED for code, _, _ in found.values()), found
    assert all(n == (1 if code not in (0, 1, 5) else n) for code, n, _ in found.values()), found
    assert found["build --out raw"][0] == 2
    assert found["build --raw inside a release"][0] == 2
    assert found["deep raw/sources.json"][0] == 2
    assert found["hostile pages"] == (0, 0, False)
    assert found["pathological pages"][0] == 5
    assert found["planted lock link"][:2] == (3, 1)
    locked_out = next(Path(args[-1]) for what, args, _ in cases if what == "planted lock link")
    assert not (locked_out.parent.parent / "victim").exists()
    hostile = ("linked", "sparse", "wide", "fifo", "invalid", "schemas_link", "deep_table")
    hostile += ("columns", "huge")
    for name in (*hostile, "deep_package"):
        assert found[f"validate {name}"][0] in (1, 2), (name, found[f"validate {name}"])
    # show and diff read the CSV tables: a deeply nested offices.json beside them is not read;
    # a table with an extra column and no data package reads as another version's release.
    assert found["show deep_table"][0] == found["diff deep_table"][0] == 0
    for name in (h for h in hostile if h not in ("deep_table", "columns")):
        assert found[f"show {name}"][:2] == (2, 1), (name, found[f"show {name}"])
        assert found[f"diff {name}"][:2] == (2, 1), (name, found[f"diff {name}"])
