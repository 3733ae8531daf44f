"""Reading a published folder for the commands that only look at it (diff, show, evaluate)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.publish.publisher import PublishError, read_published
from pipeline.publish.verify import present_formats


def read_folder(folder: Path) -> dict[str, pd.DataFrame]:
    """The tables of ``folder`` from the first format it holds (CSV, Parquet, then JSON); a
    missing, empty or unreadable folder is a one-line error (exit 2)."""
    if not folder.is_dir():
        fail(f"{folder}: no such folder", ExitCode.BAD_INPUT)
    formats = present_formats(folder)
    if not formats:
        fail(f"{folder}: no table files here", ExitCode.BAD_INPUT)
    try:
        return read_published(folder, formats=formats[:1])
    except PublishError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)
