"""``ice-offices validate``: check a published folder, as built or as downloaded."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.commands.console import info, plural
from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.commands.published_folder import max_bytes_option, require_dataset
from pipeline.publish.verify import FolderError, verify_folder

MAX_PROBLEMS = 50


@click.command()
@click.argument("folder", type=click.Path(path_type=Path))
@max_bytes_option
def validate(folder: Path, max_bytes: int) -> None:
    """Check the dataset in FOLDER: SHA256SUMS, datapackage.json, and every format present
    (CSV, Parquet, JSON; any subset) against the table models. Exit 1 on any problem, each
    reported on stderr with its file, row, key, column and value.

    \b
    Examples:
      ice-offices validate outputs
      ice-offices --quiet validate outputs && echo valid   # for CI scripts
    """
    require_dataset(folder)
    try:
        check = verify_folder(folder, max_bytes)
    except FolderError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)
    info(f"{folder}: checked {', '.join(check.formats)}")
    for note in check.notes:
        info(f"  {note}")
    for table, rows in check.rows.items():
        info(f"  {table:<10} {rows:>6} {plural(rows, 'row')}")
    if check.ok:
        info(f"{folder}: valid", fg="green")
        return
    for problem in check.problems[:MAX_PROBLEMS]:
        click.echo(f"  {problem}", err=True)
    if len(check.problems) > MAX_PROBLEMS:
        click.echo(f"  ... and {len(check.problems) - MAX_PROBLEMS} more", err=True)
    fail(f"{folder}: {len(check.problems)} problem(s), the dataset is invalid", ExitCode.INVALID)
