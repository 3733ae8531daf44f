"""Read every development page again in other formats; write benchmarks/FORMAT_INVARIANCE.md.

    make format-invariance                              # into benchmarks/FORMAT_INVARIANCE.md
    python -m benchmarks.format_invariance --out -      # to stdout

The pages are ablation's (``benchmarks.ablation.development_pages``): the development corpus
and the team's pages, never the sealed set. What each perturbation does and how a reading is
compared: ``pipeline.evaluation.format_invariance``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.ablation import CORPUS, development_pages, write_report
from benchmarks.accuracy import commit
from pipeline.evaluation.corpus import load_file
from pipeline.evaluation.format_invariance import as_markdown, read_all
from pipeline.evaluation.report import load_gold

OUT = Path(__file__).resolve().parent / "FORMAT_INVARIANCE.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(OUT), help="output file, '-' for stdout")
    args = parser.parse_args(argv)
    pages = [(load_file(item.page), load_gold(item.gold_path)) for item in development_pages()]
    readings = read_all(pages)
    report = as_markdown(
        readings,
        commit=commit(),
        date=datetime.now(UTC).date().isoformat(),
        corpus=CORPUS,
        command="make format-invariance",
    )
    write_report(args.out, report, f"{len(readings)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
