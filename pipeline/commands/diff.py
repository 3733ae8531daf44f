"""``ice-offices diff``: what changed between two published folders (two releases)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.commands.published_folder import max_bytes_option, read_folder
from pipeline.release.diff import diff_datasets, format_diff


@click.command()
@click.argument("old_dir", type=click.Path(path_type=Path))
@click.argument("new_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the differences as JSON.")
@max_bytes_option
def diff(old_dir: Path, new_dir: Path, as_json: bool, max_bytes: int) -> None:
    """Offices, acronyms, programs and sources added, removed and changed (renamed,
    re-parented, new acronym, ...) from OLD_DIR to NEW_DIR. Either folder may hold any one
    of the formats. Exit 0 whether or not anything changed.

    \b
    Examples:
      git worktree add /tmp/previous v0.1.0
      ice-offices diff /tmp/previous/outputs outputs
      ice-offices diff /tmp/previous/outputs outputs --json | jq '.tables.offices'
    """
    result = diff_datasets(read_folder(old_dir, max_bytes), read_folder(new_dir, max_bytes))
    if as_json:
        document = {"old": str(old_dir), "new": str(new_dir), "tables": result.to_json()}
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    click.echo(f"{old_dir} -> {new_dir}")
    click.echo(format_diff(result))
