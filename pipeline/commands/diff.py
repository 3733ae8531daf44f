"""``ice-offices diff``: what changed between two published folders (two releases)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pandas as pd

from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.publish.publisher import PublishError, read_published
from pipeline.publish.verify import present_formats
from pipeline.release.diff import diff_datasets, format_diff


@click.command()
@click.argument("old_dir", type=click.Path(path_type=Path))
@click.argument("new_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the differences as JSON.")
def diff(old_dir: Path, new_dir: Path, as_json: bool) -> None:
    """Offices, acronyms, programs and sources added, removed and changed (renamed,
    re-parented, new acronym, ...) from OLD_DIR to NEW_DIR. Either folder may hold any one
    of the formats. Exit 0 whether or not anything changed.

    \b
    Examples:
      git worktree add /tmp/previous v0.1.0
      ice-offices diff /tmp/previous/outputs outputs
      ice-offices diff /tmp/previous/outputs outputs --json | jq '.tables.offices'
    """
    result = diff_datasets(_read(old_dir), _read(new_dir))
    if as_json:
        document = {"old": str(old_dir), "new": str(new_dir), "tables": result.to_json()}
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    click.echo(f"{old_dir} -> {new_dir}")
    click.echo(format_diff(result))


def _read(folder: Path) -> dict[str, pd.DataFrame]:
    """The tables of ``folder`` from the first format it holds (CSV, Parquet, then JSON)."""
    if not folder.is_dir():
        fail(f"{folder}: no such folder", ExitCode.BAD_INPUT)
    formats = present_formats(folder)
    if not formats:
        fail(f"{folder}: no table files here", ExitCode.BAD_INPUT)
    try:
        return read_published(folder, formats=formats[:1])
    except PublishError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)
