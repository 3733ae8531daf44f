"""Every example runs as written: the README's shell and Python blocks (as processes), and
the examples in every command's ``--help`` (through the CLI in this process, which is much
faster), on a copy of the project, so builds with default folders and files the examples
write stay out of this checkout. ``/tmp/`` in a help example becomes a folder of the test's
own."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from project_copy import ROOT, copy_project, environment

from pipeline.cli import COMMANDS, main
from pipeline.defs import resources

README = (ROOT / "README.md").read_text(encoding="utf-8")
# Not run here, and why: the gate itself (it runs this test), and the build whose output the
# committed outputs/ must equal (tests/test_committed_outputs.py rebuilds it and compares).
NOT_RUN = {"make test": "runs this test suite", "make run": "tests/test_committed_outputs.py"}


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def shell_lines(block: str) -> list[str]:
    """The commands of a shell block: continuation lines joined, comments dropped."""
    joined = block.replace("\\\n", " ")
    lines = [re.sub(r"\s+#\s.*$", "", line).strip() for line in joined.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def help_examples(command: click.Command, name: str) -> list[str]:
    with click.Context(command, info_name=name) as ctx:
        text = command.get_help(ctx)
    if "Examples:" not in text:
        return []
    section = text.split("Examples:", 1)[1].split("\n\n", 1)[0]
    return shell_lines(section)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("examples") / "ice-offices")


def bash(project: Path, script: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script],
        cwd=project,
        env=environment(project, tmp / "dagster_home"),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_readme_shell_examples_run(project: Path, tmp_path: Path) -> None:
    commands = [line for block in blocks(README, "sh") for line in shell_lines(block)]
    skipped = [c for c in commands if c in NOT_RUN]
    assert sorted(skipped) == sorted(NOT_RUN)
    for command in commands:
        if command in NOT_RUN:
            continue
        result = bash(project, command, tmp_path)
        assert result.returncode == 0, (command, result.stdout[-2000:], result.stderr[-2000:])
        assert "Traceback" not in result.stderr


def test_readme_python_examples_run(project: Path) -> None:
    for code in blocks(README, "python"):
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, (code, result.stderr[-2000:])


def test_readme_names_no_placeholder_or_missing_tool() -> None:
    for needle in ("OWNER", "duckdb -c"):
        assert needle not in README, needle


def test_every_release_tag_named_in_the_docs_or_help_exists() -> None:
    """The README and `diff --help` once pointed to a `v0.1.0` tag that was never made."""
    texts = {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in [
            ROOT / "README.md",
            ROOT / "CONTRIBUTING.md",
            *sorted((ROOT / "docs").glob("*.md")),
        ]
    }
    for name in ["ice-offices", *sorted(COMMANDS)]:
        command = main if name == "ice-offices" else main.get_command(click.Context(main), name)
        assert command is not None
        with click.Context(command, info_name=name) as ctx:
            texts[f"{name} --help"] = command.get_help(ctx)
    named = {
        (where, tag)
        for where, text in texts.items()
        for tag in re.findall(r"(?<![\w.])v\d+\.\d+\.\d+(?![\w.])", text)
    }
    listed = subprocess.run(
        ["git", "tag", "--list", "v*"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    tags = set(listed.stdout.split()) if listed.returncode == 0 else set()
    assert {(where, tag) for where, tag in named if tag not in tags} == set()


def run_in_process(line: str) -> None:
    """One example line: ``ice-offices`` commands joined by ``&&``, an optional ``> FILE``,
    and ``echo``; each command runs through the CLI in this process."""
    assert "|" not in line, f"an example with a pipe needs a tool the install may lack: {line}"
    for part in line.split(" && "):
        tokens = shlex.split(part)
        target = None
        if ">" in tokens:
            at = tokens.index(">")
            tokens, target = tokens[:at], tokens[at + 1]
        program, *args = tokens
        if program == "echo":
            continue
        assert program == "ice-offices", line
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (line, result.output[-2000:])
        if target is not None:
            Path(target).write_text(result.stdout, encoding="utf-8")


@pytest.mark.parametrize("name", ["ice-offices", *sorted(COMMANDS)])
def test_help_examples_run(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    command = main if name == "ice-offices" else main.get_command(click.Context(main), name)
    assert command is not None
    examples = help_examples(command, name)
    assert examples, f"{name} --help has no examples"
    # The copy is the project: its folders are the defaults, its root the working directory.
    monkeypatch.setattr(resources, "PROJECT_ROOT", project)
    monkeypatch.chdir(project)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    for example in examples:
        assert "OLD_DIR" not in example and "COMMAND" not in example, example
        run_in_process(example.replace("/tmp/", f"{tmp_path}/"))
