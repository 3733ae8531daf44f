"""Switch each extraction rule off in turn on the development corpus; write benchmarks/ABLATION.md.

    make ablation                                   # every rule, into benchmarks/ABLATION.md
    python -m benchmarks.ablation --rules section_heading default_root --out -   # a few, stdout

The development corpus is ``tests/data/corpus/dev`` plus the team's own pages (the ICE page in
``raw/``, ``tests/data/pages`` and ``tests/data/pages_extra`` with their gold files). The sealed
set is never ablated: its pages' errors must not be looked at.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.accuracy import commit
from pipeline.evaluation.ablation import ablate, as_markdown, load_pages
from pipeline.evaluation.corpus import CorpusPage, corpus_pages, pages_for_gold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
OUT = Path(__file__).resolve().parent / "ABLATION.md"
CORPUS = (
    "the development corpus (`tests/data/corpus/dev`, the ICE page in `raw/`,"
    " `tests/data/pages`, `tests/data/pages_extra`)"
)


def development_pages() -> list[CorpusPage]:
    """The development corpus and the team's pages: every annotated page but the sealed set."""
    return [
        *corpus_pages(DATA / "corpus" / "dev"),
        *pages_for_gold(DATA / "gold", [ROOT / "raw", DATA / "pages"]),
        *pages_for_gold(DATA / "gold_extra", [DATA / "pages_extra"]),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", nargs="+", help="only these rules (default: every rule)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    parser.add_argument("--out", default=str(OUT), help="output file, '-' for stdout")
    args = parser.parse_args(argv)
    try:
        baseline, effects = ablate(load_pages(development_pages()), args.rules, args.jobs)
    except KeyError as error:
        parser.error(str(error.args[0]))
    report = as_markdown(
        baseline,
        effects,
        commit=commit(),
        date=datetime.now(UTC).date().isoformat(),
        corpus=CORPUS,
    )
    write_report(args.out, report, f"{len(effects)} rules on {len(baseline.scores)} pages")
    return 0


def write_report(out: str, report: str, summary: str) -> None:
    """A markdown report to stdout (``out`` is "-") or to the file ``out``, saying so with
    ``summary``."""
    if out == "-":
        sys.stdout.write(report)
    else:
        Path(out).write_text(report, encoding="utf-8")
        print(f"{out}: {summary}")


if __name__ == "__main__":
    sys.exit(main())
