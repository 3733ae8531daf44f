"""Score the extractor on annotated corpus folders: per page F1 and the macro average.

    python -m benchmarks.accuracy tests/data/corpus/dev            # with every miss
    python -m benchmarks.accuracy tests/data/corpus/sealed --sealed  # figures only

Both print the precision of every rule over all the pages (the rows it found or placed and
how many are right). ``--sealed`` prints no page's misses, wrong rows or differing fields: a
sealed page's errors must not be seen before its first-sight score is recorded
(``benchmarks/ACCURACY.md``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from pipeline.evaluation.corpus import score_corpus
from pipeline.evaluation.report import TABLES, as_markdown, macro


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--sealed", action="store_true", help="figures only, no misses")
    args = parser.parse_args(argv)
    scores = score_corpus(args.folders)
    print(f"commit {commit()}, {len(scores)} pages\n")
    print("| set | pages | " + " | ".join(f"{t} F1" for t in TABLES) + " |")
    print("|---|---|" + "---|" * len(TABLES))
    print(summary_row(", ".join(str(f) for f in args.folders), scores))
    print()
    print(as_markdown(scores, details=not args.sealed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
