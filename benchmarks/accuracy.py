"""Score the extractor on annotated corpus folders: per page F1 and the macro average.

    python -m benchmarks.accuracy tests/data/corpus/dev            # with every miss
    python -m benchmarks.accuracy tests/data/corpus/sealed --sealed  # figures only
    python -m benchmarks.accuracy tests/data/corpus/dev --half odd   # the half rules are written on

``--half odd`` or ``--half even`` scores only the pages whose batch (``MANIFEST.json``) is odd or
even: rules are written on the odd half and judged on the even one, held out from their authors,
before a sealed batch says whether they carry to pages no one has seen.

Without ``--sealed`` it prints each page's figures, the precision of every rule over all the
pages (the rows it found or placed and how many are right) and every miss. ``--sealed`` prints
the averages over the folders and their batches only: no page's figures, no rule's precision,
no miss. A sealed page's errors must not be seen, even as a per-page figure to tune against,
before its first-sight score is recorded (``benchmarks/ACCURACY.md``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from pipeline.evaluation.corpus import corpus_pages, score_pages
from pipeline.evaluation.report import TABLES, GoldError, as_markdown, macro
from pipeline.sources.errors import SourceError


def commit() -> str:
    """The commit the figures were measured at (with ``+changes`` for a dirty tree)."""
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "pipeline"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return head + ("+changes" if dirty else "")


def summary_row(label: str, scores) -> str:
    averages = macro(scores)
    cells = " | ".join(f"{averages[t]['f1']:.3f}" for t in TABLES)
    return f"| {label} | {len(scores)} | {cells} |"


def batches_of(folders: list[Path]) -> dict[str, str]:
    """The ``batch`` the corpus ``MANIFEST.json`` gives each page's file (or a staging folder's
    own ``manifest.json``, for a batch not yet in the corpus), by the page's stem."""
    batches: dict[str, str] = {}
    for folder in folders:
        for manifest in (folder.parent / "MANIFEST.json", folder / "manifest.json"):
            if manifest.is_file():
                for entry in json.loads(manifest.read_text(encoding="utf-8")):
                    batches[Path(entry["file"]).stem] = str(entry.get("batch", "?"))
    return batches


def by_batch(folders: list[Path], scores: list) -> dict[str, list]:
    """Scores grouped by their page's batch."""
    batches = batches_of(folders)
    grouped: dict[str, list] = {}
    for score in scores:
        grouped.setdefault(batches.get(score.source_id, "?"), []).append(score)
    return dict(sorted(grouped.items()))


def in_half(batch: str | None, half: str) -> bool:
    """Whether a page of ``batch`` belongs to the ``odd`` or ``even`` half (a page of no
    numbered batch to neither)."""
    return batch is not None and batch.isdigit() and int(batch) % 2 == (half == "odd")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--sealed", action="store_true", help="figures only, no misses")
    parser.add_argument(
        "--half",
        choices=("odd", "even"),
        help="only the pages of odd batches (rules are written on them) or even ones (held out)",
    )
    args = parser.parse_args(argv)
    try:
        items = [item for folder in args.folders for item in corpus_pages(folder)]
        if args.half:
            batches = batches_of(args.folders)
            items = [i for i in items if in_half(batches.get(i.source_id), args.half)]
        scores = score_pages(items)
    except (SourceError, GoldError, OSError) as error:  # a folder's problem, not a bug: one line
        print(f"benchmarks.accuracy: {error}", file=sys.stderr)
        return 2
    if not scores:
        folders = ", ".join(str(f) for f in args.folders)
        print(f"benchmarks.accuracy: no gold/*.gold.json in {folders}", file=sys.stderr)
        return 2
    print(f"commit {commit()}, {len(scores)} pages\n")
    print("| set | pages | " + " | ".join(f"{t} F1" for t in TABLES) + " |")
    print("|---|---|" + "---|" * len(TABLES))
    label = ", ".join(str(f) for f in args.folders)
    print(summary_row(f"{label}, {args.half} batches" if args.half else label, scores))
    if args.sealed:
        for batch, batch_scores in by_batch(args.folders, scores).items():
            print(summary_row(f"batch {batch}", batch_scores))
        return 0
    print()
    print(as_markdown(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
