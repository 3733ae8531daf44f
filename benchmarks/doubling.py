"""Doubling benchmark: each pathological page of issue 15 from 64 KiB to 4 MiB, one child
process per size, recording time, peak memory and published bytes per doubling into
``benchmarks/DOUBLING.md`` (``make bench-doubling``; ``python -m benchmarks.doubling KIND...
--up-to=BYTES`` runs a part of it).

Each size runs the production path for one page (``process_document``: read, normalize,
render HTML, extract) and encodes the four tables in every published format, to count the
bytes a build would publish (the ``sources`` table carries the page's text, so at least
about three times the input). The per-page budget is off here: the benchmark measures how the
extractor grows, and caps each child itself (``TIMEOUT`` seconds and ``MEMORY_CAP`` of
address space), so a super-linear case cannot hang it; after a capped size the next sizes of
that input are not run.

A linear extractor doubles its time and memory per doubling of the input (ratio 2); the issue
asks for at most 2.2, peak memory under 1 GB and published bytes under 20 times the input at
4 MiB. Extraction memory is the child's peak RSS minus its RSS after imports. Each size runs
``REPEATS`` times and keeps the least processor time and peak (a shared machine only ever adds
to either); memory ratios are left out below ``MEMORY_FLOOR_MB`` of extraction memory, where
the allocator's arenas, not the page, decide the figure.
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REPORT = HERE / "DOUBLING.md"
SIZES = tuple(64 * 1024 * 2**i for i in range(7))  # 64 KiB ... 4 MiB
REPEATS = 3
MEMORY_FLOOR_MB = 16.0
TARGET_RATIO = 2.2
TARGET_PEAK_MB = 1024.0
TARGET_PUBLISHED = 20.0
TIMEOUT = 600.0
MEMORY_CAP = 8 * 1024**3
KIB = 1024


def _word(i: int) -> str:
    letters = "bcdfghjklmnpqrstvwxz"
    out = ""
    i += 400
    while i:
        i, r = divmod(i, len(letters))
        out += letters[r]
    return "X" + out


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _numbered(make: Callable[[int], str], size: int) -> str:
    parts, total, i = [], 0, 0
    while total < size:
        part = make(i)
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


def _nested_parens(size: int) -> str:
    half = size // 2
    return "(" * half + ")" * (size - half)


def _deep_html(size: int) -> str:
    inner = "<h1>Example Agency</h1><h2>Office of Policy (OP)</h2><p>The Office of Policy.</p>"
    depth = max(1, (size - len(inner) - 30) // len("<div></div>"))
    return "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"


# name -> (what the issue reported, file suffix, generator)
INPUTS: dict[str, tuple[str, str, Callable[[int], str]]] = {
    "office_lines": (
        "2,900 lines of `Office of Xxxxx (OX)` (64 KB): 1.7 GB published, 5.1 GB memory",
        ".txt",
        lambda size: "Example Agency\n\n" + _repeat("Office of Xxxxx (OX)\n", size - 16),
    ),
    "open_parens": (
        "one line of `(`: 1 MiB took 12 min 43 s (about 4x per doubling)",
        ".txt",
        lambda size: "Example Agency\n\n" + "(" * (size - 17) + "\n",
    ),
    "nested_parens": (
        "50,000 nested parentheses (100 KB): 9.6 s",
        ".txt",
        lambda size: "Example Agency\n\n" + _nested_parens(size - 17) + "\n",
    ),
    "us_agency": (
        "repeated `U.S. Agency`: 256 KB over 4 minutes",
        ".txt",
        lambda size: _repeat("U.S. Agency ", size),
    ),
    "short_sections": (
        "many short sections: 512 KB took 58 s",
        ".txt",
        lambda size: _numbered(
            lambda i: f"Office of {_word(i)}\n\nThe Office of {_word(i)} runs programs.\n\n", size
        ),
    ),
    "deep_html": (
        "about 1,000 nested `<div>` (6 KB): Python's recursion limit, the build exited 4",
        ".html",
        _deep_html,
    ),
}


@dataclass(frozen=True)
class Point:
    kind: str
    size: int
    status: str
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_mb: float = 0.0
    extraction_mb: float = 0.0
    published: int = 0
    rows: int = 0
    load: float = 0.0

    @property
    def measured(self) -> bool:
        """Ran to the end (rows published, or the page refused with its reason)."""
        return self.status == "ok" or self.status.startswith("refused")


def child(kind: str, size: int) -> None:
    """Run one size in this process and print its figures as JSON on stdout."""
    from pipeline.publish import formats as codec  # noqa: PLC0415 (child only)
    from pipeline.sources.budget import PageBudget  # noqa: PLC0415
    from pipeline.sources.documents import list_folder, process_document  # noqa: PLC0415
    from pipeline.tables.frames import dataset_frames  # noqa: PLC0415
    from pipeline.tables.pages import ExtractedPages  # noqa: PLC0415

    _, suffix, make = INPUTS[kind]
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder)
        (raw / f"page{suffix}").write_text(make(size), encoding="utf-8")
        listed = list_folder(raw)
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start, cpu_start = time.perf_counter(), time.process_time()
        result = process_document(listed, "page", budget=PageBudget(seconds=0, memory_mb=0))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        figures = {
            "seconds": seconds,
            "cpu_seconds": cpu,
            "baseline_mb": baseline,
            "load": os.getloadavg()[0],
        }
        if result.extraction is None or result.source is None:
            reason = result.skipped.reason if result.skipped else "no rows"
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            status = f"refused: {reason.split(': ', 1)[-1]}"
            print(json.dumps({**figures, "status": status, "peak_mb": peak}))
            return
        frames = dataset_frames(ExtractedPages([result.source], [result.extraction], []))
        published = 0
        for table, frame in frames.items():
            published += sum(len(codec.encode(fmt, table, frame)) for fmt in codec.FORMATS)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows = sum(len(frames[t]) for t in ("offices", "acronyms", "programs"))
        print(
            json.dumps(
                {**figures, "status": "ok", "peak_mb": peak, "published": published, "rows": rows}
            )
        )


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def measure_one(kind: str, size: int) -> Point:
    args = [sys.executable, "-m", "benchmarks.doubling", "--child", kind, str(size)]
    try:
        done = subprocess.run(
            args,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            preexec_fn=_limit_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Point(kind, size, f"capped: over {TIMEOUT:.0f} s")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        status = "capped: out of memory" if "MemoryError" in last else f"failed: {last[:80]}"
        return Point(kind, size, status)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return Point(
        kind,
        size,
        figures["status"],
        figures["seconds"],
        figures["cpu_seconds"],
        figures["peak_mb"],
        max(0.0, figures["peak_mb"] - figures["baseline_mb"]),
        figures.get("published", 0),
        figures.get("rows", 0),
        figures["load"],
    )


def best_of(kind: str, size: int, repeats: int) -> Point:
    """The size run ``repeats`` times: the least processor time and the least peak memory."""
    runs = []
    for _ in range(repeats):
        point = measure_one(kind, size)
        if not point.measured:
            return point
        runs.append(point)
    fastest = min(runs, key=lambda p: p.cpu_seconds)
    leanest = min(runs, key=lambda p: p.peak_mb)
    return replace(fastest, peak_mb=leanest.peak_mb, extraction_mb=leanest.extraction_mb)


def measure(
    kinds: list[str], sizes: tuple[int, ...] = SIZES, repeats: int = REPEATS
) -> list[Point]:
    points = []
    for kind in kinds:
        for size in sizes:
            point = best_of(kind, size, repeats)
            points.append(point)
            print(
                f"{kind:>15} {size // KIB:>5} KiB  {point.status:<10} {point.seconds:8.2f} s"
                f" {point.cpu_seconds:8.2f} s CPU"
                f" {point.peak_mb:8.0f} MB peak  {point.published / size:6.2f}x published",
                file=sys.stderr,
            )
            if point.status.startswith(("capped", "failed")):
                break
    return points


def _ratio(value: float, previous: float | None, floor: float = 0.05) -> str:
    if previous is None or previous < floor:
        return ""
    return f"{value / previous:.2f}"


def _most(values: list[str]) -> float | None:
    return max((float(v) for v in values if v), default=None)


def summary(points: list[Point]) -> list[str]:
    """One line per input: the largest ratios per doubling, the peak and the published bytes,
    against the issue's targets."""
    lines = [
        "## Against the targets",
        "",
        f"Targets: at most {TARGET_RATIO} per doubling in processor time and in memory, peak"
        f" under {TARGET_PEAK_MB:,.0f} MB and published bytes under {TARGET_PUBLISHED:.0f}x the"
        " input, up to the largest size.",
        "",
        "| input | largest size | status | most CPU x | most memory x | peak RSS MB |"
        " most published / input | met |",
        "|---|---:|---|---:|---:|---:|---:|---|",
    ]
    for kind in INPUTS:
        rows = [p for p in points if p.kind == kind]
        if not rows:
            continue
        cpu, memory = [], []
        for before, p in itertools.pairwise(rows):
            if before.measured and p.measured:
                cpu.append(_ratio(p.cpu_seconds, before.cpu_seconds))
                memory.append(_ratio(p.extraction_mb, before.extraction_mb, MEMORY_FLOOR_MB))
        last = rows[-1]
        most_cpu, most_memory = _most(cpu), _most(memory)
        peak = max(p.peak_mb for p in rows)
        published = max((p.published / p.size for p in rows if p.rows), default=0.0)
        met = (
            all(p.measured for p in rows)
            and (most_cpu or 0) <= TARGET_RATIO
            and (most_memory or 0) <= TARGET_RATIO
            and peak < TARGET_PEAK_MB
            and published < TARGET_PUBLISHED
        )
        lines.append(
            f"| `{kind}` | {last.size // KIB:,} KiB | {last.status} |"
            f" {most_cpu or 0:.2f} | {most_memory or 0:.2f} | {peak:.0f} | {published:.2f} |"
            f" {'yes' if met else '**no**'} |"
        )
    return [*lines, ""]


def _memory_ratio(point: Point, before: Point | None) -> str:
    if before is None:
        return ""
    return _ratio(point.extraction_mb, before.extraction_mb, MEMORY_FLOOR_MB)


def report(points: list[Point], commit: str) -> list[str]:
    from benchmarks.machine import machine_lines  # noqa: PLC0415

    lines = [
        "# Doubling benchmark: pathological pages",
        "",
        "Generated by `make bench-doubling` (`benchmarks/doubling.py`) at commit"
        f" `{commit}`. Each row is one child process running the production path for one"
        " page (`process_document`: read, normalize, render, extract; per-page budget off)"
        " and encoding every table in CSV, Parquet and JSON. *seconds* is the wall-clock"
        " time of reading and extracting the page, *CPU s* the processor time the child"
        " spent on it (what a busy machine stretches least); *CPU x* and *memory x* are the"
        " ratios to the row above (a linear extractor gives 2.00; memory x only from"
        f" {MEMORY_FLOOR_MB:.0f} MB of extraction memory up, below it the allocator decides);"
        f" each size is run {REPEATS} times, keeping the least processor time and peak;"
        " *memory* is the"
        " child's peak RSS, *extraction MB* that peak minus the RSS after imports;"
        " *published / input* counts every table in every format (the `sources` table carries"
        " the page's text); *load* is the machine's 1-minute load average when the size"
        " finished (the machine is shared: above its 2 cores, times stretch). A refused page"
        " was read and extracted to the end and found unusable (a bad page, as a build would"
        " report it). Each child is capped at"
        f" {TIMEOUT:.0f} s and {MEMORY_CAP // 1024**3} GiB of address space; after a capped"
        " size the larger ones are not run.",
        "",
        "## Machine",
        "",
        *machine_lines(),
        "",
        *summary(points),
    ]
    for kind, (reported, _, _) in INPUTS.items():
        rows = [p for p in points if p.kind == kind]
        if not rows:
            continue
        lines += [
            f"## `{kind}`",
            "",
            f"Issue 15 reported: {reported}.",
            "",
            "| input | status | seconds | CPU s | CPU x | peak RSS MB | extraction MB |"
            " memory x | rows | published bytes | published / input | load |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        previous: Point | None = None
        for p in rows:
            before = previous if previous is not None and previous.measured else None
            if p.measured:
                published = f" {p.published:,} | {p.published / p.size:.2f} |" if p.rows else " | |"
                lines.append(
                    f"| {p.size // KIB:,} KiB | {p.status} | {p.seconds:.2f} |"
                    f" {p.cpu_seconds:.2f} |"
                    f" {_ratio(p.cpu_seconds, before.cpu_seconds if before else None)} |"
                    f" {p.peak_mb:.0f} | {p.extraction_mb:.0f} |"
                    f" {_memory_ratio(p, before)} |"
                    f" {p.rows:,} |{published} {p.load:.1f} |"
                )
            else:
                lines.append(f"| {p.size // KIB:,} KiB | {p.status} | | | | | | | | | | |")
            previous = p
        lines.append("")
    return lines


def _commit() -> str:
    found = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.strip() or "unknown"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(argv[1], int(argv[2]))
        return 0
    kinds = [k for k in argv if k in INPUTS] or list(INPUTS)
    largest = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--up-to=")), None)
    sizes = tuple(s for s in SIZES if largest is None or s <= largest)
    points = measure(kinds, sizes)
    REPORT.write_text("\n".join(report(points, _commit())), encoding="utf-8")
    print(f"wrote {REPORT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
