"""``ice-offices evaluate``: score a published folder against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.evaluation.report import GoldError, as_json, as_markdown, evaluate
from pipeline.publish.publisher import PublishError, read_published


@click.command(name="evaluate")
@click.option(
    "--gold",
    "gold_paths",
    multiple=True,
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="A gold annotation (*.gold.json); repeat for several pages.",
)
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    default=Path("outputs"),
    show_default=True,
    help="The published folder to score.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Also write evaluation.md and evaluation.json into this folder.",
)
def evaluate_command(gold_paths: tuple[Path, ...], data: Path, out: Path | None) -> None:
    """Print precision, recall and F1 per page and macro averages, the precision of each
    extraction rule (rows it found or placed that are right), then misses, wrong rows, fields
    that differ from the gold (a unit's canonical name) and programs on the wrong office.

    \b
    Examples:
      ice-offices build --raw tests/data/pages --out /tmp/dev
      ice-offices evaluate --data /tmp/dev --gold tests/data/gold/tts_offices.gold.json
    """
    try:
        tables = read_published(data)
    except (PublishError, OSError, ValueError) as exc:
        fail(f"{data}: cannot read the published dataset ({exc})", ExitCode.BAD_INPUT)
    try:
        scores = evaluate(tables, gold_paths)
    except GoldError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)
    report = as_markdown(scores)
    click.echo(report, nl=False)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "evaluation.md").write_text(report, encoding="utf-8")
        document = json.dumps(as_json(scores), indent=2, ensure_ascii=False) + "\n"
        (out / "evaluation.json").write_text(document, encoding="utf-8")
