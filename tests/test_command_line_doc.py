"""docs/command-line.md lists every command: each subcommand of the parser has a synopsis line
in its first block, and that line (or its other lines) names each of the command's options."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from pipeline.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
# Every command accepts the global options too; the doc gives them once, in prose.
GLOBAL = {"--help", "--quiet", "--verbose"}


def synopsis() -> list[str]:
    """The first shell block's lines: one or more per command."""
    block = re.search(r"^```sh\n(.*?)^```", DOC, re.MULTILINE | re.DOTALL)
    assert block is not None
    return block.group(1).splitlines()


def options(name: str) -> set[str]:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    return {
        max(param.opts, key=len)
        for param in command.params
        if isinstance(param, click.Option) and not GLOBAL & set(param.opts)
    }


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_is_in_the_synopsis(name: str) -> None:
    lines = [line for line in synopsis() if line.startswith(f".venv/bin/ice-offices {name} ")]
    assert lines, f"docs/command-line.md has no synopsis line for {name!r}"
    named = set(re.findall(r"--[a-z][a-z-]*", " ".join(line.split("  #")[0] for line in lines)))
    assert options(name) - named == set(), name


def test_the_global_options_are_described() -> None:
    for param in main.params:
        assert isinstance(param, click.Option)
        assert f"`{max(param.opts, key=len)}`" in DOC, param.opts
