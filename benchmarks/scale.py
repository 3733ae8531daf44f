"""Scale: ``ice-offices build`` over 1 to 10,000 generated documents, time and peak memory.

Each size gets a fresh folder of documents generated from the real pages
(``benchmarks/corpus.py``), a fresh ``DAGSTER_HOME`` and one build child process; its wall
time and max RSS are measured. Pure extraction of the same documents (read, normalize,
extract, one at a time, in this process) is timed alongside.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import write_corpus
from benchmarks.processes import build_args, run
from pipeline.extract.page import extract_page
from pipeline.sources.normalize import normalize_text

DEFAULT_SIZES = (1, 10, 100, 1000)
LARGE = 10_000
TARGET_RATIO = 3.0


@dataclass(frozen=True)
class ScalePoint:
    n_docs: int
    n_bytes: int
    build_s: float
    max_rss_mb: float
    extraction_s: float

    @property
    def ratio(self) -> float:
        return self.build_s / self.extraction_s


def pure_extraction_seconds(raw: Path) -> float:
    start = time.perf_counter()
    for path in sorted(raw.glob("*.txt")):
        extract_page(path.stem, normalize_text(path.read_text(encoding="utf-8")))
    return time.perf_counter() - start


def measure_one(n_docs: int) -> ScalePoint:
    work = Path(tempfile.mkdtemp(prefix=f"bench-scale-{n_docs}-"))
    try:
        raw = work / "raw"
        n_bytes = write_corpus(n_docs, raw)
        built = run(build_args(raw, work / "out"))
        extraction = pure_extraction_seconds(raw)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return ScalePoint(n_docs, n_bytes, built.seconds, built.max_rss_mb, extraction)


def measure(sizes: tuple[int, ...] = DEFAULT_SIZES, log=print) -> list[ScalePoint]:
    points = []
    for n_docs in sizes:
        points.append(measure_one(n_docs))
        p = points[-1]
        log(
            f"scale {n_docs}: build {p.build_s:.1f}s, {p.max_rss_mb:.0f} MB,"
            f" pure {p.extraction_s:.1f}s"
        )
    return points


def report(points: list[ScalePoint], recorded: list[str]) -> list[str]:
    lines = [
        "## Scale: 1 to 10,000 source documents",
        "",
        "Documents generated from the real pages with their names varied (no two identical);"
        " one `ice-offices build` child process per size, fresh `DAGSTER_HOME`; max RSS is the"
        " build process's peak resident memory. Pure extraction: the same documents read,"
        " normalized and extracted one by one in the benchmark process.",
        "",
        "| documents | MB of text | build s | ms / document | max RSS MB | pure extraction s |"
        " build / pure |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in points:
        lines.append(
            f"| {p.n_docs:,} | {p.n_bytes / 1e6:.2f} | {p.build_s:.1f} |"
            f" {p.build_s / p.n_docs * 1000:.1f} | {p.max_rss_mb:.0f} | {p.extraction_s:.2f} |"
            f" {p.ratio:.1f} |"
        )
    lines += recorded
    if len(points) >= 2:
        a, b = points[-2], points[-1]
        growth = (b.build_s - a.build_s) / (b.n_docs - a.n_docs) * 1000
        lines += [
            "",
            f"Marginal cost between {a.n_docs:,} and {b.n_docs:,} documents:"
            f" {growth:.1f} ms per document; memory"
            f" {(b.max_rss_mb - a.max_rss_mb) / (b.n_docs - a.n_docs) * 1000:.0f} KB per document.",
        ]
    return lines
