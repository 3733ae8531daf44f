"""The command line imports only what the command it runs needs: ``--help`` no library,
``schema``, ``validate`` and the other readers no Dagster (a build needs it, they do not)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from pipeline.cli import COMMANDS, main
from tests.pages import DATA, ICE_PAGE, ROOT

PROBE = """
import json, sys
from pipeline.interrupts import run
sys.argv = ["ice-offices", *sys.argv[1:]]
try:
    run()
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
heavy = ("dagster", "pandas", "pandera", "pyarrow")
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}), file=sys.stderr)
"""


def loaded_by(*args: str) -> tuple[int, list[str]]:
    """Exit code and heavy libraries loaded by ``ice-offices ARGS`` in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], report["loaded"]


def test_help_imports_no_library() -> None:
    assert loaded_by("--help") == (0, [])


@pytest.mark.parametrize(
    "args", [("schema", "offices"), ("validate", "outputs"), ("show", "outputs")]
)
def test_readers_do_not_import_dagster(args: tuple[str, ...]) -> None:
    code, loaded = loaded_by(*args)
    assert code == 0
    assert "pandas" in loaded, "the probe sees what a command imports"
    assert "dagster" not in loaded


def test_listed_short_helps_are_the_commands_own() -> None:
    ctx = click.Context(main)
    for name, (_, _, short) in COMMANDS.items():
        command = main.get_command(ctx, name)
        assert command is not None and command.name == name
        assert command.get_short_help_str(limit=10**6) == short, name
    assert main.list_commands(ctx) == sorted(COMMANDS)


OPTIONAL = ("hypothesis", "markdown_it", "jsonschema", "selectolax")
GSA = "gsa_organization_overview_2004"
BUILD_PROBE = """
import json, sys
from pipeline.interrupts import run
optional = json.loads(sys.argv.pop(1))
sys.argv = ["ice-offices", *sys.argv[1:]]
try:
    run()
except SystemExit as exc:
    code = exc.code
loaded = [m for m in optional if m in sys.modules and sys.modules[m] is not None]
import hypothesis  # still importable after the build (the checks only skipped it)
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def build_loads(raw: Path, out: Path, home: Path) -> tuple[int, list[str]]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            BUILD_PROBE,
            json.dumps(OPTIONAL),
            "-q",
            "build",
            "--raw",
            str(raw),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, "DAGSTER_HOME": str(home)},
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], report["loaded"]


def test_build_of_a_text_page_imports_no_markdown_html_corrections_or_hypothesis(
    tmp_path: Path,
) -> None:
    """Markdown's and HTML's parsers and the corrections' JSON Schema load with the first
    Markdown or HTML page or corrections file; Pandera's checks never load Hypothesis
    (installed here for the tests)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(ICE_PAGE, raw / ICE_PAGE.name)
    assert build_loads(raw, tmp_path / "out", tmp_path / "home") == (0, [])

    (raw / "notes.txt").write_text(
        "# Office of Examples\n\nThe Office of Examples (OE) reports to the Director.\n",
        encoding="utf-8",
    )
    corrected = DATA / "corrections" / f"{GSA}.yaml"
    shutil.copy(DATA / "corpus" / "dev" / "pages" / f"{GSA}.txt", raw)
    (raw / "corrections").mkdir()
    shutil.copy(corrected, raw / "corrections")
    (raw / "samples.html").write_text(
        "<html><body><h1>Office of Samples</h1>"
        "<p>The Office of Samples (OS) reports to the Director.</p></body></html>",
        encoding="utf-8",
    )
    assert build_loads(raw, tmp_path / "out2", tmp_path / "home") == (
        0,
        ["markdown_it", "jsonschema", "selectolax"],
    )


GC_PROBE = """
import gc, json, sys
from pipeline.cli import import_command
full = []
gc.callbacks.append(lambda phase, info: full.append(1) if info["generation"] == 2 else None)
import_command("pipeline.commands.build")
print(json.dumps({"full": len(full), "enabled": gc.isenabled(),
                  "frozen": gc.get_freeze_count(), "tracked": len(gc.get_objects())}))
"""


def test_a_commands_imports_are_kept_out_of_the_collectors_reach() -> None:
    """No full collection while the build's libraries load; what they made is frozen, and the
    collector is on again for what the command makes."""
    report = probe(GC_PROBE)
    assert report["full"] == 0
    assert report["enabled"] is True
    assert report["frozen"] > 100_000  # Dagster, pandas, pandera, pyarrow and the pipeline
    assert report["tracked"] < report["frozen"] / 100


BLAS_PROBE = """
import json, os
from pipeline.cli import import_command
import_command("pipeline.commands.schema")
print(json.dumps({"variable": os.environ.get("OPENBLAS_NUM_THREADS"),
                  "threads": len(os.listdir("/proc/self/task"))}))
"""


def probe(code: str, environ: dict[str, str] | None = None) -> dict:
    """Run a probe in a fresh interpreter (imports are what is measured); its last line's JSON."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_numpy_loads_its_blas_with_one_thread_unless_the_user_chose() -> None:
    """A command's libraries load numpy; its OpenBLAS starts no spinning workers."""
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    alone = probe(BLAS_PROBE, environ)
    chosen = probe(BLAS_PROBE, {**environ, "OPENBLAS_NUM_THREADS": "4"})
    assert alone["variable"] == "1"
    assert chosen["variable"] == "4"
    assert alone["threads"] < chosen["threads"]
