"""Reading a published folder for the commands that only look at it (diff, show, review)."""

from __future__ import annotations

from pathlib import Path

import click
import pandas as pd

from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.publish.safe_read import DEFAULT_MAX_BYTES
from pipeline.publish.verify import FolderError, is_dataset_folder, not_a_dataset, read_checked

max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse (unread) any table file larger than this many bytes.",
)


def read_folder(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, pd.DataFrame]:
    """The tables of ``folder`` from the first format it holds (CSV, Parquet, then JSON); a
    missing, empty, unreadable, unsafe (a link out of it) or invalid folder is a one-line error
    (exit 2)."""
    try:
        return read_checked(folder, max_bytes)
    except FolderError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)


def require_dataset(folder: Path) -> None:
    """Stop (exit 2) with the one line every command gives for a folder that is no published
    dataset, for the commands that read it otherwise (``validate``, ``evaluate``); a missing
    folder is left to their own readers' message."""
    if folder.is_dir() and not is_dataset_folder(folder):
        fail(not_a_dataset(folder), ExitCode.BAD_INPUT)
