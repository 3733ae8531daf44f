"""Exit codes shared by every subcommand, so scripts can tell failures apart."""

from __future__ import annotations

from enum import IntEnum
from typing import NoReturn

import click


class ExitCode(IntEnum):
    OK = 0
    INVALID = 1
    BAD_INPUT = 2
    PUBLISH_FAILED = 3
    PIPELINE_FAILED = 4
    SKIPPED_SOURCES = 5
    INTERRUPTED = 130
    TERMINATED = 143


HELP = """\b
Exit codes:
    0  success
    1  validation failed (build: nothing was published; validate: the folder has problems)
    2  usage error or bad input (raw folder, published folder)
    3  publishing failed (the previous output is left as it was)
    4  the pipeline failed unexpectedly (see the run in `make ui`)
    5  published, but some pages were skipped (build --skip-bad)
  130  interrupted by Ctrl-C (SIGINT); the previous output is left as it was
  143  stopped by SIGTERM; the previous output is left as it was"""


def fail(message: str, code: ExitCode) -> NoReturn:
    """Print one ``error:`` line on stderr and exit with ``code``, never a traceback."""
    click.echo(
        f"{click.style('error:', fg='red', bold=True)} {' '.join(message.split())}", err=True
    )
    raise click.exceptions.Exit(int(code))
