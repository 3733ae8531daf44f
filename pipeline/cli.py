"""The ``ice-offices`` command line: one click group, one module per subcommand."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Iterator
from types import ModuleType

import click

from pipeline.commands.console import configure, raise_level
from pipeline.commands.exit_codes import HELP
from pipeline.release.version import dataset_version

# name: (module, attribute, the command's short help as ``--help`` lists it). A command's
# module is imported only when that command runs, so ``schema`` or ``validate`` never load
# Dagster and ``--help`` loads none of them (tests/test_cli_imports.py keeps the short helps
# equal to the commands' own).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "build": (
        "pipeline.commands.build",
        "build",
        "Extract, validate and publish the dataset (the same job as `dg launch`).",
    ),
    "diff": (
        "pipeline.commands.diff",
        "diff",
        "What changed between two releases, or two pages of one folder.",
    ),
    "evaluate": (
        "pipeline.commands.evaluate",
        "evaluate_command",
        "Print precision, recall and F1 per page and macro averages; the share of the gold's"
        " units found with the right name, acronym and type and of its programs found on the"
        " right office; the precision of each extraction rule (rows it found or placed that are"
        " right), then misses, wrong rows, fields that differ from the gold (a unit's canonical"
        " name) and programs on the wrong office.",
    ),
    "review": (
        "pipeline.commands.review",
        "review",
        "Review one page's rows: evidence, rules and what looks doubtful.",
    ),
    "rules": (
        "pipeline.commands.rules",
        "rules",
        "List the extraction rules (the names in found_by and parent_by).",
    ),
    "schema": (
        "pipeline.commands.schema",
        "schema",
        "Print a table's columns, types, nullability and descriptions.",
    ),
    "show": ("pipeline.commands.show", "show", "Print the org tree of a published folder."),
    "validate": (
        "pipeline.commands.validate",
        "validate",
        "Check the dataset in FOLDER: SHA256SUMS, datapackage.json, and every format present"
        " (CSV, Parquet, JSON; any subset) against the table models.",
    ),
}


@contextlib.contextmanager
def long_lived_imports() -> Iterator[None]:
    """Imports whose objects live as long as the process: no garbage collection while they
    run, and no later collection scans what they made.

    A command's libraries (Dagster, pandas, pandera, pyarrow) make a few hundred thousand
    objects, all kept until the process exits; the collector's full passes over them, during
    the imports and again during the run, were about a quarter of a one-page build's processor
    time. Imports make little cyclic garbage, so collection pauses while they run, then
    ``gc.freeze`` moves everything made so far out of the collector's reach. What a command
    makes afterwards (pages, frames, Dagster's events) is collected as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


def single_threaded_blas() -> None:
    """Load numpy's OpenBLAS with one thread, unless the user chose a number.

    Nothing in a command does linear algebra, yet OpenBLAS starts a worker per core when numpy
    loads, and they spin waiting for work: about 50 ms of processor time in every command that
    imports pandas (a quarter of numpy's and pyarrow's imports). It reads the variable once,
    as it loads, so this runs before a command's module is imported."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def import_command(module: str) -> ModuleType:
    """A command's module, imported as :func:`long_lived_imports` when it is not yet (an
    interpreter that has it already, a test session's, is left as it is)."""
    if module in sys.modules:
        return sys.modules[module]
    single_threaded_blas()
    with long_lived_imports():
        return importlib.import_module(module)


class LazyGroup(click.Group):
    """A group that imports each command's module on first use (see ``COMMANDS``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands or cmd_name not in COMMANDS:
            return self.commands.get(cmd_name)
        module, attribute, _ = COMMANDS[cmd_name]
        command = getattr(import_command(module), attribute)
        level_options(command)
        self.add_command(command, cmd_name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command's whole short help (wrapped, never cut), without importing."""
        rows = [(name, short) for name, (_, _, short) in sorted(COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _version() -> str:
    try:
        return dataset_version()
    except (RuntimeError, KeyError, ValueError):  # not installed; a pyproject.toml mid-edit
        return "unknown (not installed)"


def level_options(command: click.Command) -> None:
    """Let ``-q``/``-v`` follow the command too (``validate outputs -q``), meaning the same as
    before it; a command's own option of that name is left alone."""
    taken = {opt for param in command.params for opt in param.opts}
    for short, long, quiet in (("-q", "--quiet", True), ("-v", "--verbose", False)):
        if short in taken or long in taken:
            continue
        command.params.append(
            click.Option(
                [short, long],
                is_flag=True,
                expose_value=False,
                callback=_level_callback(quiet),
                help=f"The global {long}, also accepted after the command.",
            )
        )


def _level_callback(quiet: bool):
    def apply(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value:
            raise_level(ctx, quiet=quiet, verbose=not quiet)

    return apply


@click.group(cls=LazyGroup, epilog=HELP, context_settings={"help_option_names": ["-h", "--help"]})
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
      ice-offices review --source offices_within_ice  # one page's rows, evidence and doubts
      ice-offices schema offices              # columns, types, nulls, descriptions
      ice-offices validate outputs -q && echo valid   # global options go anywhere
      ice-offices show --help                 # options and examples of a command
    """
    configure(ctx, quiet=quiet, verbose=verbose)
