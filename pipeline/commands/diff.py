"""``ice-offices diff``: what changed between two published folders (two releases), or
between two sources of one folder (two captures of one page)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pandas as pd

from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.commands.published_folder import max_bytes_option, read_folder
from pipeline.publish.verify import FolderError
from pipeline.release.diff import DatasetDiff, diff_datasets, format_diff
from pipeline.release.reading import read_release
from pipeline.release.snapshots import diff_sources


@click.command(short_help="What changed between two releases, or two pages of one folder.")
@click.argument("folders", nargs=-1, type=click.Path(path_type=Path), metavar="[OLD_DIR] NEW_DIR")
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="ID",
    help="Compare two sources of one folder (default: outputs) instead of two folders: give"
    " it twice, the old source first.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the differences as JSON.")
@max_bytes_option
def diff(
    folders: tuple[Path, ...], sources: tuple[str, ...], as_json: bool, max_bytes: int
) -> None:
    """Offices, acronyms, programs and sources added, removed and changed (renamed,
    re-parented, new acronym, ...) from OLD_DIR to NEW_DIR, or with --source from one page
    to another in one folder (such as two captures of one page). Folders may hold any one of
    the formats, and releases of different versions: columns and tables one has and the other
    lacks are listed, rows compared on the columns both have. Exit 0 whether or not anything
    changed.

    \b
    Examples:
      ice-offices -q build --raw tests/data/snapshots --out /tmp/snapshots
      ice-offices diff /tmp/snapshots --source tts_2019_02_08 --source tts_2021_11_19
      ice-offices diff outputs /tmp/snapshots --json
    """
    if sources:
        _diff_sources(folders, sources, as_json, max_bytes)
        return
    if len(folders) != 2:
        fail(
            "give two folders (OLD_DIR NEW_DIR), or one folder and --source twice",
            ExitCode.BAD_INPUT,
        )
    old_dir, new_dir = folders
    try:
        old, new = read_release(old_dir, max_bytes), read_release(new_dir, max_bytes)
    except FolderError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)
    result = diff_datasets(old, new)
    _print(result, {"old": str(old_dir), "new": str(new_dir)}, f"{old_dir} -> {new_dir}", as_json)


def _diff_sources(
    folders: tuple[Path, ...], sources: tuple[str, ...], as_json: bool, max_bytes: int
) -> None:
    if len(sources) != 2:
        fail("give --source twice: the old source, then the new one", ExitCode.BAD_INPUT)
    if len(folders) > 1:
        fail("with --source, give one folder (default: outputs)", ExitCode.BAD_INPUT)
    folder = folders[0] if folders else Path("outputs")
    frames = read_folder(folder, max_bytes)
    known = list(frames["sources"]["source_id"])
    for source_id in sources:
        if source_id not in known:
            fail(
                f"{folder}: no source {source_id!r} (sources: {', '.join(known)})",
                ExitCode.BAD_INPUT,
            )
    old, new = sources
    header = f"{_dated(frames, old)} -> {_dated(frames, new)}, in {folder}"
    result = diff_sources(frames, old, new)
    _print(result, {"folder": str(folder), "old": old, "new": new}, header, as_json)


def _dated(frames: dict[str, pd.DataFrame], source_id: str) -> str:
    sources = frames["sources"]
    row = sources[sources["source_id"] == source_id].iloc[0]
    as_of = row.get("as_of")
    return f"{source_id} ({f'as of {as_of}' if isinstance(as_of, str) else 'date unknown'})"


def _print(result: DatasetDiff, names: dict[str, str], header: str, as_json: bool) -> None:
    if as_json:
        document = {**names, "tables": result.to_json()}
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    click.echo(header)
    click.echo(format_diff(result))
