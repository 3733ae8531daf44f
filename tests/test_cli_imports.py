"""The command line imports only what the command it runs needs: ``--help`` no library,
``schema``, ``validate`` and the other readers no Dagster (a build needs it, they do not)."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest

from pipeline.cli import COMMANDS, main
from tests.pages import ROOT

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
