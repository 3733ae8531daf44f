"""``ice-offices evaluate``: score a published folder against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.commands.console import warn
from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.commands.published_folder import require_dataset
from pipeline.evaluation.corpus import extract_file, score_extraction
from pipeline.evaluation.report import (
    GoldError,
    as_json,
    as_markdown,
    evaluate,
    load_gold,
    side_by_side,
)
from pipeline.evaluation.scoring import PageScore
from pipeline.publish.publisher import PublishError, read_published
from pipeline.sources.loading import source_id_for


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
    "--raw",
    "raw_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Also score the extractor's own rows (no corrections) of the same pages, read from"
    " this raw folder, beside the published (corrected) ones.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Also write evaluation.md and evaluation.json into this folder.",
)
def evaluate_command(
    gold_paths: tuple[Path, ...], data: Path, raw_dir: Path | None, out: Path | None
) -> None:
    """Print precision, recall and F1 per page and macro averages; the share of the gold's
    units found with the right name, acronym and type and of its programs found on the right
    office; the precision of each extraction rule (rows it found or placed that are right),
    then misses, wrong rows, fields that differ from the gold (a unit's canonical name) and
    programs on the wrong office. With --raw, the extractor's uncorrected F1 beside the
    corrected one. A gold parent that names no unit and not the root is a warning.

    \b
    Examples:
      ice-offices build --raw tests/data/pages --out /tmp/dev
      ice-offices evaluate --data /tmp/dev --gold tests/data/gold/tts_offices.gold.json
      ice-offices evaluate --data /tmp/dev --raw tests/data/pages \\
        --gold tests/data/gold/tts_offices.gold.json    # side by side
    """
    require_dataset(data)
    try:
        tables = read_published(data)
    except (PublishError, OSError, ValueError) as exc:
        fail(f"{data}: cannot read the published dataset ({exc})", ExitCode.BAD_INPUT)
    try:
        scores = evaluate(tables, gold_paths, warn=warn)
    except GoldError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)
    report = as_markdown(scores)
    document = as_json(scores)
    if raw_dir is not None:
        try:
            extracted = [_extractor_score(raw_dir, path) for path in gold_paths]
        except GoldError as exc:
            fail(str(exc), ExitCode.BAD_INPUT)
        report += side_by_side(scores, extracted)
        document["extractor"] = as_json(extracted)
    click.echo(report, nl=False)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "evaluation.md").write_text(report, encoding="utf-8")
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        (out / "evaluation.json").write_text(text, encoding="utf-8")


def _extractor_score(raw_dir: Path, gold_path: Path) -> PageScore:
    """The score of the extractor's own rows of the gold file's page, read from ``raw_dir``."""
    gold = load_gold(gold_path)
    page = raw_dir / gold["source_file"]
    if not page.is_file():
        raise GoldError(f"{gold_path}: no page {gold['source_file']!r} in {raw_dir}")
    return score_extraction(extract_file(page), source_id_for(page), gold)
