"""The ``ice-offices`` command line: one click group, one module per subcommand."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import click

from pipeline.commands.build import build
from pipeline.commands.diff import diff
from pipeline.commands.evaluate import evaluate_command
from pipeline.commands.exit_codes import HELP
from pipeline.commands.validate import validate

COMMANDS = (build, validate, diff, evaluate_command)


def _version() -> str:
    try:
        return version("ice-offices")
    except PackageNotFoundError:
        return "unknown (not installed)"


@click.group(epilog=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), prog_name="ice-offices")
def main() -> None:
    """Build and check the ICE offices dataset from the agency's own pages."""


for command in COMMANDS:
    main.add_command(command)
