"""How far two annotators agree, next to how far the extractor agrees with either.

    python -m benchmarks.agreement                      # tests/data/corpus/agreement, against dev
    python -m benchmarks.agreement FOLDER --reference tests/data/corpus/dev

``FOLDER/gold/<stem>.gold.json`` are second annotations of pages whose first annotation (the
corpus gold the extractor is scored against) is ``REFERENCE/gold/<stem>.gold.json`` and whose
text is ``REFERENCE/pages/``. Each comparison is scored with the extractor's own scorer
(``pipeline.evaluation.agreement``): the second annotation against the first, the first
against the second, and the extractor against each. Only development pages belong here: the
output shows every page's figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from benchmarks.accuracy import commit
from pipeline.evaluation.agreement import score_annotation
from pipeline.evaluation.corpus import CorpusPage, extract_file, score_extraction
from pipeline.evaluation.report import TABLES, GoldError, load_gold, macro
from pipeline.evaluation.scoring import PageScore
from pipeline.sources.errors import SourceError
from pipeline.sources.loading import source_id_for

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"
COMPARISONS = {
    "second": "second annotator, scored against the first (the corpus gold)",
    "first": "first annotator, scored against the second",
    "extractor": "extractor, scored against the first",
    "extractor_second": "extractor, scored against the second",
}


def compare(folder: Path, reference: Path) -> dict[str, list[PageScore]]:
    """Every comparison's page scores, in the second annotations' file order."""
    scores: dict[str, list[PageScore]] = {key: [] for key in COMPARISONS}
    seconds = sorted((folder / "gold").glob("*.gold.json"))
    if not seconds:
        raise GoldError(f"{folder / 'gold'}: no second annotation (*.gold.json)")
    for path in seconds:
        second = load_gold(path)
        first_path = reference / "gold" / path.name
        if not first_path.is_file():
            raise GoldError(f"{path}: no first annotation {first_path}")
        first = load_gold(first_path)
        page = CorpusPage(reference / "pages" / first["source_file"], first_path)
        if second["source_file"] != first["source_file"]:
            raise GoldError(f"{path}: annotates {second['source_file']!r}, not {page.page.name!r}")
        source_id = page.source_id
        extraction = extract_file(page.page)
        scores["second"].append(score_annotation(second, first, source_id))
        scores["first"].append(score_annotation(first, second, source_id))
        scores["extractor"].append(score_extraction(extraction, source_id, first))
        scores["extractor_second"].append(score_extraction(extraction, source_id, second))
    return scores


def interval(values: list[float], draws: int = 2000, seed: int = 0) -> tuple[float, float]:
    """A 95% percentile bootstrap interval of the mean over pages: how much the figure could
    move with another sample of pages of the same kind (seeded, so the report is repeatable)."""
    rng = random.Random(seed)
    means = sorted(sum(rng.choices(values, k=len(values))) / len(values) for _ in range(draws))
    return means[int(0.025 * draws)], means[int(0.975 * draws) - 1]


def annotators(folder: Path) -> dict[str, str]:
    """Who wrote each second annotation (``manifest.json``), by its page's source id."""
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        return {}
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    return {source_id_for(Path(e["file"])): e.get("annotator", "?") for e in entries}


def as_markdown(scores: dict[str, list[PageScore]], by: dict[str, str]) -> str:
    header = "| " + " | ".join(f"{t} F1" for t in TABLES) + " |"
    lines = [
        f"| comparison | pages {header} units F1, 95% interval | edges F1, 95% interval |",
        "|---|---|" + "---|" * (len(TABLES) + 2),
    ]
    for key, label in COMPARISONS.items():
        averages = macro(scores[key])
        cells = " | ".join(f"{averages[t]['f1']:.3f}" for t in TABLES)
        spans = [interval([getattr(s, t).f1 for s in scores[key]]) for t in ("units", "edges")]
        shown = " | ".join(f"{low:.3f} to {high:.3f}" for low, high in spans)
        lines.append(f"| {label} | {len(scores[key])} | {cells} | {shown} |")
    lines += [
        "",
        "| second annotator minus extractor, both against the first, page by page "
        "| units F1 | 95% interval | edges F1 | 95% interval |",
        "|---|---|---|---|---|",
    ]
    cells = []
    for table in ("units", "edges"):
        gaps = [
            getattr(second, table).f1 - getattr(extractor, table).f1
            for second, extractor in zip(scores["second"], scores["extractor"], strict=True)
        ]
        low, high = interval(gaps)
        cells.append(f"{sum(gaps) / len(gaps):+.3f} | {low:+.3f} to {high:+.3f}")
    lines.append(f"| paired difference | {' | '.join(cells)} |")
    groups = sorted(set(by.values()))
    if len(groups) > 1:
        lines += ["", "| second annotator | pages | units F1 | edges F1 | extractor units F1 |"]
        lines.append("|---|---|---|---|---|")
        for group in groups:
            pick = [i for i, s in enumerate(scores["second"]) if by.get(s.source_id) == group]
            second = macro([scores["second"][i] for i in pick])
            extractor = macro([scores["extractor"][i] for i in pick])
            lines.append(
                f"| {group} | {len(pick)} | {second['units']['f1']:.3f} | "
                f"{second['edges']['f1']:.3f} | {extractor['units']['f1']:.3f} |"
            )
    lines += [
        "",
        "| page | units F1: second / extractor | edges F1: second / extractor |",
        "|---|---|---|",
    ]
    for second, extractor in zip(scores["second"], scores["extractor"], strict=True):
        lines.append(
            f"| {second.source_id} | {second.units.f1:.3f} / {extractor.units.f1:.3f} | "
            f"{second.edges.f1:.3f} / {extractor.edges.f1:.3f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS / "agreement")
    parser.add_argument("--reference", type=Path, default=CORPUS / "dev")
    args = parser.parse_args(argv)
    try:
        scores = compare(args.folder, args.reference)
    except (SourceError, GoldError, OSError) as error:  # a folder's problem, not a bug
        print(f"benchmarks.agreement: {error}", file=sys.stderr)
        return 2
    print(f"commit {commit()}, {len(scores['second'])} pages\n")
    sys.stdout.write(as_markdown(scores, annotators(args.folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
