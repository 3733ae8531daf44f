"""``ice-offices build``: run the ``build_dataset`` job in-process and report what it wrote."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline import interrupts
from pipeline.commands.console import info, plural, settings, warn
from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.commands.instance import (
    InstanceBusyError,
    dagster_home,
    exclusive_build,
    open_instance,
    storage_error,
)
from pipeline.commands.run_outcome import RunOutcome, run_outcome
from pipeline.defs.progress import BuildProgress
from pipeline.defs.resources import DatasetPaths
from pipeline.defs.runs import execute_build
from pipeline.defs.source_policy import run_config
from pipeline.publish.publisher import overlap
from pipeline.sources.budget import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, PageBudget
from pipeline.sources.errors import SourceError
from pipeline.sources.files import DEFAULT_MAX_BYTES


@click.command()
@click.option(
    "--raw",
    "raw_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of raw *.txt and *.html pages (default: raw/ in the project).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder to publish into (default: outputs/ in the project).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse raw files larger than this many bytes.",
)
@click.option(
    "--page-seconds",
    type=click.FloatRange(min=0),
    default=DEFAULT_SECONDS,
    show_default=True,
    help="Refuse, as a bad page, a page whose reading and extraction take longer (0: no limit).",
)
@click.option(
    "--page-memory-mb",
    type=click.IntRange(min=0),
    default=DEFAULT_MEMORY_MB,
    show_default=True,
    help="Refuse, as a bad page, a page whose extraction needs more memory (0: no limit).",
)
@click.option(
    "--skip-bad",
    is_flag=True,
    help="Publish the usable pages when others cannot be used (exit code 5); by default a"
    " bad page stops the build and nothing is published.",
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Show Dagster's run log (and progress, as on a terminal); the same as the global -v.",
)
def build(
    *,
    raw_dir: Path | None,
    out_dir: Path | None,
    max_bytes: int,
    page_seconds: float,
    page_memory_mb: int,
    skip_bad: bool,
    verbose: bool,
) -> None:
    """Extract, validate and publish the dataset (the same job as `dg launch`).

    \b
    Examples:
      ice-offices build                                  # raw/ -> outputs/
      ice-offices build --raw tests/data/pages --out /tmp/dev
      ice-offices -q build --out /tmp/release && ice-offices validate /tmp/release
    """
    verbose = verbose or settings().verbose
    paths = DatasetPaths(
        raw_dir=str(raw_dir.resolve()) if raw_dir else DatasetPaths().raw_dir,
        out_dir=str(out_dir.resolve()) if out_dir else DatasetPaths().out_dir,
    )
    if overlap(paths.raw_path, paths.out_path):
        fail(
            f"--raw {paths.raw_path} and --out {paths.out_path} overlap; the output folder must"
            " be outside the raw folder and not contain it",
            ExitCode.BAD_INPUT,
        )
    log_level = "DEBUG" if verbose else "CRITICAL"
    progress = BuildProgress(terminal=(verbose or sys.stderr.isatty()) and not settings().quiet)
    before = _identity(paths.out_path)
    try:
        with exclusive_build(warn), open_instance() as instance:
            try:
                result = execute_build(
                    instance,
                    paths,
                    run_config={
                        **run_config(max_bytes, skip_bad, PageBudget(page_seconds, page_memory_mb)),
                        "loggers": {"console": {"config": {"log_level": log_level}}},
                    },
                    resources={"build_progress": progress},
                )
            except SourceError as exc:
                _stop_if_interrupted(paths.out_path, before)
                fail(str(exc), ExitCode.BAD_INPUT)
            except BaseException:
                _stop_if_interrupted(paths.out_path, before)
                raise
            _stop_if_interrupted(paths.out_path, before)
            outcome = run_outcome(result)
        _report(outcome)
    except interrupts.Interrupted as exc:
        interrupts.report(exc.signo, _interrupted_message(paths.out_path, before))
    except InstanceBusyError as exc:
        fail(str(exc), ExitCode.PIPELINE_FAILED)
    except Exception as exc:
        if not storage_error(exc):
            raise
        fail(
            f"{dagster_home()}: the Dagster instance's storage failed ({_one_line(exc)});"
            " is another program using it?",
            ExitCode.PIPELINE_FAILED,
        )


def _one_line(exc: BaseException) -> str:
    first = str(exc).strip().splitlines()[:1]
    return first[0][:200] if first else type(exc).__name__


def _identity(folder: Path) -> tuple[int, int] | None:
    """Which folder is at ``folder`` (device, inode): publishing swaps in a new one."""
    try:
        found = folder.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def _interrupted_message(out_dir: Path, before: tuple[int, int] | None) -> str:
    if _identity(out_dir) == before:
        return interrupts.UNTOUCHED
    return f"interrupted; the new release was already published whole to {out_dir}"


def _stop_if_interrupted(out_dir: Path, before: tuple[int, int] | None) -> None:
    """A signal Dagster caught during the run (it stops the run, which then fails) ends the
    build as interrupted, not as a failed step."""
    signo = interrupts.received()
    if signo is not None:
        interrupts.report(signo, _interrupted_message(out_dir, before))


def _report(outcome: RunOutcome) -> None:
    for warning in outcome.warnings:
        warn(warning)
    if outcome.code != ExitCode.OK:
        if outcome.report:
            click.echo(outcome.report, err=True)
        fail(outcome.message, outcome.code)
    info(f"Published to {outcome.out_dir}", fg="green")
    width = max(len(name) for name in outcome.row_counts)
    for name, count in outcome.row_counts.items():
        info(f"  {name:<{width}}  {count:>6} {plural(count, 'row')}")
    for reason in outcome.skipped:
        click.echo(f"skipped: {reason}", err=True)
    if outcome.skipped:
        # Published: not an error, but the exit code tells scripts that pages are missing.
        n = len(outcome.skipped)
        warn(f"published without {n} {plural(n, 'page')} that cannot be used (listed above)")
        raise click.exceptions.Exit(int(ExitCode.SKIPPED_SOURCES))
