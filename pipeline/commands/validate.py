"""``ice-offices validate``: check a published folder against the table models."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.publish.publisher import PublishError, read_published
from pipeline.tables.validation import format_failures, validate_dataset


@click.command()
@click.argument("folder", type=click.Path(path_type=Path))
def validate(folder: Path) -> None:
    """Validate the dataset published in FOLDER; exit 1 when any table breaks its model."""
    if not folder.is_dir():
        fail(f"{folder}: no such folder", ExitCode.BAD_INPUT)
    try:
        frames = read_published(folder)
    except (PublishError, OSError, ValueError) as exc:
        fail(f"{folder}: cannot read the published dataset ({exc})", ExitCode.BAD_INPUT)
    results = validate_dataset(frames)
    for result in results:
        status = "ok" if result.ok else f"{result.n_failures} failure(s)"
        click.echo(f"  {result.table:<10} {len(frames.get(result.table, [])):>6} rows  {status}")
    if not all(result.ok for result in results):
        click.echo(format_failures(results), err=True)
        fail(f"{folder}: the published dataset is invalid", ExitCode.INVALID)
    click.echo(f"{folder}: valid")
