"""Scale: ``ice-offices build`` over 1 to 100,000 generated documents, time and peak memory.

Each size gets a fresh folder of documents generated from the real pages
(``benchmarks/corpus.py``), a fresh ``DAGSTER_HOME`` and one build child process; its wall
time and max RSS are measured. Pure extraction of the same documents (read, normalize,
extract, one at a time, in this process) is timed alongside.

The large series (``make bench-100000``) runs sizes in increasing order while the next one is
predicted to fit the time budget and the memory cap; every size it cannot run is extrapolated
from the last two measured ones (their marginal time and memory per document) and marked so.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.corpus import write_corpus
from benchmarks.processes import build_args, run
from pipeline.extract.page import extract_page
from pipeline.sources.normalize import normalize_text

DEFAULT_SIZES = (1, 10, 100, 200, 1000)
LARGE_SIZES = (2_000, 5_000, 10_000, 20_000, 50_000, 100_000)
LARGE_BUDGET_S = 30 * 60
# A build predicted to need more than this is not started on a shared 24 GB machine.
MAX_RSS_MB = 8_000
TARGET_RATIO = 3.0
TARGET_RSS_MB = 1_000
LARGE_SERIES = "bench-100000"
RECORDED = Path(__file__).resolve().parent / "scale.json"


@dataclass(frozen=True)
class ScalePoint:
    n_docs: int
    n_bytes: int
    build_s: float
    max_rss_mb: float
    extraction_s: float
    extrapolated: bool = False
    # Which make target produced the point: `make bench` keeps the large series' points.
    series: str = "bench"
    load: float | None = None

    @property
    def ratio(self) -> float:
        return self.build_s / self.extraction_s


def pure_extraction_seconds(raw: Path) -> float:
    start = time.perf_counter()
    for path in sorted(raw.glob("*.txt")):
        extract_page(path.stem, normalize_text(path.read_text(encoding="utf-8")))
    return time.perf_counter() - start


def measure_one(n_docs: int, series: str = "bench") -> ScalePoint:
    work = Path(tempfile.mkdtemp(prefix=f"bench-scale-{n_docs}-"))
    try:
        raw = work / "raw"
        n_bytes = write_corpus(n_docs, raw)
        built = run(build_args(raw, work / "out"))
        extraction = pure_extraction_seconds(raw)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load = round(os.getloadavg()[1], 1)
    return ScalePoint(
        n_docs, n_bytes, built.seconds, built.max_rss_mb, extraction, series=series, load=load
    )


def _log_point(p: ScalePoint, log: Callable[[str], None]) -> None:
    kind = "extrapolated" if p.extrapolated else "measured"
    log(
        f"scale {p.n_docs}: build {p.build_s:.1f}s, {p.max_rss_mb:.0f} MB,"
        f" pure {p.extraction_s:.1f}s ({kind})"
    )


def measure(sizes: tuple[int, ...] = DEFAULT_SIZES, log=print) -> list[ScalePoint]:
    points = []
    for n_docs in sizes:
        points.append(measure_one(n_docs))
        _log_point(points[-1], log)
    return points


def extrapolate(points: list[ScalePoint], n_docs: int, series: str) -> ScalePoint:
    """``n_docs`` predicted from the last two measured points: their marginal time, memory,
    extraction time and bytes per document, continued linearly."""
    a, b = [p for p in points if not p.extrapolated][-2:]
    extra = n_docs - b.n_docs

    def per_doc(field: str) -> float:
        return (getattr(b, field) - getattr(a, field)) / (b.n_docs - a.n_docs)

    return ScalePoint(
        n_docs=n_docs,
        n_bytes=round(b.n_bytes + per_doc("n_bytes") * extra),
        build_s=b.build_s + per_doc("build_s") * extra,
        max_rss_mb=b.max_rss_mb + max(per_doc("max_rss_mb"), 0.0) * extra,
        extraction_s=b.extraction_s + per_doc("extraction_s") * extra,
        extrapolated=True,
        series=series,
    )


def measure_large(
    points: list[ScalePoint],
    budget_s: float = LARGE_BUDGET_S,
    log: Callable[[str], None] = print,
    sizes: tuple[int, ...] = LARGE_SIZES,
) -> list[ScalePoint]:
    """The large series after ``points`` (measured smaller sizes): each size is built when
    its predicted build plus pure extraction fits what is left of ``budget_s`` and its
    predicted peak memory is under ``MAX_RSS_MB``; from the first that does not, every size
    is extrapolated."""
    started = time.perf_counter()
    known = list(points)
    large: list[ScalePoint] = []
    for n_docs in sizes:
        predicted = extrapolate(known, n_docs, LARGE_SERIES)
        left = budget_s - (time.perf_counter() - started)
        fits = predicted.build_s + predicted.extraction_s <= left
        stopped = bool(large) and large[-1].extrapolated
        if stopped or not fits or predicted.max_rss_mb > MAX_RSS_MB:
            point = predicted
        else:
            point = measure_one(n_docs, series=LARGE_SERIES)
        known.append(point)
        large.append(point)
        _log_point(point, log)
    return large


def save(points: list[ScalePoint], path: Path = RECORDED) -> None:
    rows = [asdict(p) for p in sorted(points, key=lambda p: p.n_docs)]
    path.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


def load(path: Path = RECORDED) -> list[ScalePoint]:
    if not path.exists():
        return []
    return [ScalePoint(**row) for row in json.loads(path.read_text(encoding="utf-8"))]


def merged(fresh: list[ScalePoint], recorded: list[ScalePoint]) -> list[ScalePoint]:
    """This run's points, plus the recorded large-series points at sizes it did not run."""
    sizes = {p.n_docs for p in fresh}
    kept = [p for p in recorded if p.series == LARGE_SERIES and p.n_docs not in sizes]
    return sorted([*fresh, *kept], key=lambda p: p.n_docs)


def report(
    points: list[ScalePoint],
    plot: str | None = None,
    budget_minutes: float = LARGE_BUDGET_S / 60,
    command: str = "make bench-100000",
) -> list[str]:
    """The scale section of RESULTS.md; ``command`` is what ran the large series."""
    lines = [
        "## Scale: 1 to 100,000 source documents",
        "",
        "Documents generated from the real pages with their names varied (no two identical);"
        " one `ice-offices build` child process per size, fresh `DAGSTER_HOME`; max RSS is the"
        " build process's peak resident memory. Pure extraction: the same documents read,"
        " normalized and extracted one by one in the benchmark process. Rows marked"
        " _extrapolated_ were not run: they continue the marginal time and memory per"
        f" document of the last two measured sizes (the {budget_minutes:.0f}-minute budget or the"
        f" memory cap of {MAX_RSS_MB:,} MB of the large series stopped there). Load is the"
        " machine's"
        " 5-minute load average when the size finished (2 cores, shared).",
        "",
        "| documents | MB of text | build s | ms / document | max RSS MB | pure extraction s |"
        " build / pure | load | how |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for p in points:
        how = "**extrapolated**" if p.extrapolated else "measured"
        if p.series == LARGE_SERIES:
            how += f" (`{command}`)"
        load = "" if p.load is None else f"{p.load:.1f}"
        lines.append(
            f"| {p.n_docs:,} | {p.n_bytes / 1e6:.2f} | {p.build_s:.1f} |"
            f" {p.build_s / p.n_docs * 1000:.1f} | {p.max_rss_mb:.0f} | {p.extraction_s:.2f} |"
            f" {p.ratio:.1f} | {load} | {how} |"
        )
    measured = [p for p in points if not p.extrapolated]
    if len(measured) >= 2:
        a, b = measured[-2], measured[-1]
        growth = (b.build_s - a.build_s) / (b.n_docs - a.n_docs) * 1000
        lines += [
            "",
            f"Marginal cost between {a.n_docs:,} and {b.n_docs:,} documents (the last two"
            f" measured): {growth:.1f} ms per document; memory"
            f" {(b.max_rss_mb - a.max_rss_mb) / (b.n_docs - a.n_docs) * 1000:.0f} KB per"
            " document.",
        ]
    by_size = {p.n_docs: p for p in points}
    if 200 in by_size and 2000 in by_size:
        ratio = by_size[2000].max_rss_mb / by_size[200].max_rss_mb
        lines += ["", f"Peak memory 2,000 / 200 documents: {ratio:.2f}x (target at most 1.3x)."]
    if 100_000 in by_size:
        p = by_size[100_000]
        kind = "extrapolated" if p.extrapolated else "measured"
        lines += [
            "",
            f"100,000 documents ({kind}): {p.max_rss_mb:,.0f} MB peak (target under"
            f" {TARGET_RSS_MB:,} MB), {p.ratio:.1f}x pure extraction (target at most"
            f" {TARGET_RATIO:.0f}x).",
        ]
    if plot:
        lines += ["", f"![Build time and peak memory against document count]({plot})"]
    return lines
