"""The ``ice-offices`` command line: one click group, one module per subcommand."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import click

from pipeline.commands.build import build
from pipeline.commands.console import configure
from pipeline.commands.diff import diff
from pipeline.commands.evaluate import evaluate_command
from pipeline.commands.exit_codes import HELP
from pipeline.commands.rules import rules
from pipeline.commands.schema import schema
from pipeline.commands.show import show
from pipeline.commands.validate import validate

COMMANDS = (build, validate, diff, evaluate_command, schema, show, rules)


def _version() -> str:
    try:
        return version("ice-offices")
    except PackageNotFoundError:
        return "unknown (not installed)"


@click.group(epilog=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), prog_name="ice-offices")
@click.option("-q", "--quiet", is_flag=True, help="Print only results and errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print more (build: Dagster's run log).")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Build, check and explore the offices dataset extracted from government pages.

    Colour is used only on a terminal, and never when NO_COLOR is set.

    \b
    Examples:
      ice-offices build                       # raw/ -> outputs/
      ice-offices validate outputs            # check a published or downloaded copy
      ice-offices show                        # the org tree, in the terminal
      ice-offices schema offices              # columns, types, nulls, descriptions
      ice-offices diff OLD_DIR outputs        # what changed since a release
      ice-offices COMMAND --help              # options and examples of a command
    """
    configure(ctx, quiet=quiet, verbose=verbose)


for command in COMMANDS:
    main.add_command(command)
