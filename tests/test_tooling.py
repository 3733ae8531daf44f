"""Developer tooling stays usable: the pre-commit configuration is valid and runs the
project's own checkers."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from benchmarks.processes import run
from pipeline.commands.instance import DEFAULT_CONFIG
from tests.conftest import MACHINERY_MODULES

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_pre_commit_config_is_valid_and_runs_the_make_test_checkers():
    config = ROOT / ".pre-commit-config.yaml"
    result = subprocess.run(
        [str(BIN / "pre-commit"), "validate-config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    text = config.read_text(encoding="utf-8")
    for hook in ("end-of-file-fixer", "trailing-whitespace", "ruff", "ruff-format", "mypy"):
        assert f"id: {hook}\n" in text, hook


def test_make_creates_the_same_instance_config_as_the_cli():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    written = re.search(r"printf '(# Created by ice-offices[^']*)' > \$@", makefile)
    assert written is not None
    assert written.group(1).encode().decode("unicode_escape") == DEFAULT_CONFIG
    assert "nux:\n  enabled: false\n" in DEFAULT_CONFIG  # no sign-up box over the UI


def test_make_ui_runs_dg_in_the_project_environment_without_a_mismatch_warning(tmp_path):
    dry = subprocess.run(
        ["make", "-n", "ui", "launch"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    commands = [line for line in dry.stdout.splitlines() if "/dg " in line]
    assert len(commands) == 2, dry.stdout
    prefix = f"VIRTUAL_ENV={ROOT}/.venv "
    assert all(line.startswith(prefix) for line in commands), commands

    def check(env_prefix: str) -> str:
        result = subprocess.run(
            ["bash", "-c", f"unset VIRTUAL_ENV; {env_prefix}{BIN / 'dg'} check defs"],
            cwd=ROOT,
            env={**os.environ, "DAGSTER_HOME": str(tmp_path)},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        return result.stdout + result.stderr

    mismatch = "virtual environment does not match"
    assert mismatch in check("")  # what `make ui` printed twice before
    assert mismatch not in check(prefix)


def test_make_test_runs_every_test_once_and_the_machinery_tests_alone():
    """`make test` runs pytest twice, split by the ``machinery`` marker that tests/conftest.py
    sets by module name: a misspelt module would run its timed tests beside the others."""
    assert all((ROOT / "tests" / f"{name}.py").is_file() for name in MACHINERY_MODULES)
    dry = subprocess.run(
        ["make", "-n", "--no-print-directory", "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    runs = [line for line in dry.stdout.splitlines() if line.startswith(".venv/bin/pytest")]
    assert [line.removeprefix(".venv/bin/pytest") for line in runs] == [
        ' -n auto --dist worksteal -m "not machinery"',
        " -m machinery",
    ]


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_no_pipeline_module_binds_a_top_level_name_twice():
    """A pattern defined twice in one module (two ``_AND_THE`` thousands of lines apart)
    silently gives every function the last one, the first one's readers included."""
    twice = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        twice += [f"{path.relative_to(ROOT)}: {name}" for name, n in counts.items() if n > 1]
    assert twice == []


def test_the_documented_dg_commands_without_make_run_without_a_mismatch_warning(tmp_path):
    """docs/dagster.md's commands for running dg without make set VIRTUAL_ENV as the Makefile
    does (without it, dg warns that the active environment is not the project's), and its
    `dg check defs` and `dg list defs` work."""
    text = (ROOT / "docs" / "dagster.md").read_text(encoding="utf-8")
    block = text.split("### Without make", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = [line.split("  #")[0].strip() for line in block.splitlines()]
    assert lines[0] == "export DAGSTER_HOME=$PWD/.dagster_home VIRTUAL_ENV=$PWD/.venv"
    dg = [line for line in lines if line.startswith(".venv/bin/dg ")]
    assert [line.split()[1:3] for line in dg[:2]] == [["check", "defs"], ["list", "defs"]]
    assert any(line.startswith(".venv/bin/dg launch --job build_dataset") for line in dg)
    script = "; ".join(["unset VIRTUAL_ENV", lines[0], f"export DAGSTER_HOME={tmp_path}", *dg[:2]])
    result = subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "virtual environment does not match" not in output
    assert "All definitions loaded successfully." in output
    assert "build_dataset" in output and "raw_folder_sensor" in output


def test_benchmark_children_cache_bytecode_whatever_the_shell_says(monkeypatch):
    """A benchmark's child process writes bytecode as an install does, so a shell that sets
    ``PYTHONDONTWRITEBYTECODE`` cannot make the build compile its changed modules every run."""
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    child = run([sys.executable, "-c", "import sys; print(sys.flags.dont_write_bytecode)"])
    assert child.stdout.strip() == "0"
