"""``ice-offices review``: one page's rows as a tree, with evidence, rules and doubts, so a
curator sees what to correct (``raw/corrections/<source_id>.yaml``)."""

from __future__ import annotations

from pathlib import Path

import click
import pandas as pd

from pipeline.commands.console import info, plural
from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.commands.published_folder import max_bytes_option, read_folder
from pipeline.corrections.review import ReviewRow, review_rows


@click.command(short_help="Review one page's rows: evidence, rules and what looks doubtful.")
@click.argument("folder", type=click.Path(path_type=Path), default=Path("outputs"))
@click.option(
    "--source", "source_id", default=None, help="The page to review (default: every page)."
)
@click.option("--doubtful", is_flag=True, help="Print only the rows with a doubt.")
@max_bytes_option
def review(folder: Path, source_id: str | None, doubtful: bool, max_bytes: int) -> None:
    """Print each page of FOLDER (default: outputs) as a tree of offices and the programs
    they run: each row with its evidence snippet and offsets, the rule that found it (and
    chose its parent), who asserts it (the extractor or a correction), and `?` lines for what
    looks doubtful: no acronym where the page defines one, a parent that is the root by
    default, a name not in the page's own words, a program no office runs.

    \b
    Examples:
      ice-offices review --source offices_within_ice
      ice-offices build --raw tests/data/pages --out /tmp/dev
      ice-offices review /tmp/dev --source tts_offices --doubtful
    """
    frames = read_folder(folder, max_bytes)
    sources = frames["sources"]
    known = list(sources["source_id"])
    if source_id is not None and source_id not in known:
        fail(f"{folder}: no source {source_id!r} (sources: {', '.join(known)})", ExitCode.BAD_INPUT)
    n_rows = n_doubtful = 0
    for source in sources.to_dict("records"):
        if source_id is not None and source["source_id"] != source_id:
            continue
        tables = [_of(frames[t], source["source_id"]) for t in ("offices", "acronyms", "programs")]
        rows = review_rows(source, *tables)
        click.echo(click.style(f"{source['source_id']}", bold=True, underline=True))
        for row in rows:
            if doubtful and not row.doubts:
                continue
            for line in _lines(row):
                click.echo(line)
        n_rows += len(rows)
        n_doubtful += sum(1 for row in rows if row.doubts)
    info(f"{n_rows} {plural(n_rows, 'row')}, {n_doubtful} with a doubt", dim=True)


def _of(df: pd.DataFrame, source_id: str) -> pd.DataFrame:
    return df[df["source_id"] == source_id]


def _lines(row: ReviewRow) -> list[str]:
    indent = "  " * row.depth
    kind = "" if row.kind == "office" else click.style("program: ", dim=True)
    head = f"{indent}{kind}{click.style(row.label, bold=row.kind == 'office')}"
    who = row.asserted if row.asserted == "extractor" else click.style(row.asserted, fg="cyan")
    lines = [f"{head}  {click.style(row.id, dim=True)}"]
    lines.append(f"{indent}    {row.rules}; asserted by {who}")
    lines.append(f"{indent}    {click.style(row.evidence, dim=True)}")
    lines += [f"{indent}    {click.style('? ' + doubt, fg='yellow')}" for doubt in row.doubts]
    return lines
