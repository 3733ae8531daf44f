"""What every subcommand prints through: the global ``--quiet``/``--verbose`` level and colour.

Colour is click's: styles are stripped when the stream is not a terminal, and the group turns
them off entirely when ``NO_COLOR`` is set (https://no-color.org), so scripts and pipes never
see escape codes. Results (a table's schema, the org tree, a diff) always print; ``info`` lines
(what was done, summaries) are dropped by ``--quiet``; ``detail`` lines need ``--verbose``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import click

QUIET, NORMAL, VERBOSE = -1, 0, 1


@dataclass(frozen=True)
class Settings:
    verbosity: int = NORMAL

    @property
    def quiet(self) -> bool:
        return self.verbosity <= QUIET

    @property
    def verbose(self) -> bool:
        return self.verbosity >= VERBOSE


def configure(ctx: click.Context, *, quiet: bool, verbose: bool) -> None:
    """Called by the group: store the level for subcommands and apply ``NO_COLOR``."""
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose cannot be used together")
    ctx.obj = Settings(QUIET if quiet else VERBOSE if verbose else NORMAL)
    if os.environ.get("NO_COLOR"):
        ctx.color = False


def raise_level(ctx: click.Context, *, quiet: bool, verbose: bool) -> None:
    """A ``-q`` or ``-v`` given after the command: combined with the global one, for this
    command's context."""
    current = ctx.find_object(Settings) or Settings()
    quiet, verbose = quiet or current.quiet, verbose or current.verbose
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose cannot be used together")
    ctx.obj = Settings(QUIET if quiet else VERBOSE if verbose else NORMAL)


def settings() -> Settings:
    """The level set on the command line (normal when a command runs outside the group)."""
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_object(Settings) if ctx is not None else None
    return obj if obj is not None else Settings()


def plural(n: int, word: str) -> str:
    """``word`` as a count of ``n`` needs it: "row" for 1, "rows" for 0 or 2."""
    return word if n == 1 else f"{word}s"


def info(message: str = "", **style: Any) -> None:
    """A line saying what was done; not shown with ``--quiet``."""
    if not settings().quiet:
        click.echo(click.style(message, **style) if style else message)


def detail(message: str) -> None:
    """A line only ``--verbose`` shows (on stderr, so it never mixes with results)."""
    if settings().verbose:
        click.echo(message, err=True)


def warn(message: str) -> None:
    """A warning on stderr; shown even with ``--quiet``."""
    click.echo(f"{click.style('warning:', fg='yellow', bold=True)} {message}", err=True)
