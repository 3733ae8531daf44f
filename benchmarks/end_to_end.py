"""``ice-offices build`` on the ICE page next to the framework floor and to pure extraction.

Each repetition runs the build and the floor job (``benchmarks/floor_job.py``) as child
processes, alternately, each with a fresh ``DAGSTER_HOME`` (a new SQLite instance, as on a
fresh clone); the median is reported, of wall time and of processor time (user plus system,
from ``wait4``), with the 1-minute load average before and after: on cores shared with other
programs the wall ratio moves with their load, the processor-time ratio much less. Pure
extraction is timed two ways: in-process (reading, normalizing and extracting the page) and as
a child process that imports only the extractor.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import ICE_PAGE, ROOT
from benchmarks.processes import PYTHON, build_args, fresh_home, run
from pipeline.extract.page import extract_page
from pipeline.sources.normalize import normalize_text

TARGET_RATIO = 1.5
PURE_EXTRACTION = (
    "import sys; from pathlib import Path;"
    " from pipeline.sources.normalize import normalize_text;"
    " from pipeline.extract.page import extract_page;"
    " p = Path(sys.argv[1]); extract_page(p.stem, normalize_text(p.read_text(encoding='utf-8')))"
)


@dataclass(frozen=True)
class EndToEnd:
    build_s: float
    floor_s: float
    build_cpu_s: float
    floor_cpu_s: float
    load: tuple[float, float]
    extraction_process_s: float
    extraction_ms: float
    repeats: int
    stages: dict
    by_library: dict

    @property
    def ratio(self) -> float:
        return self.build_s / self.floor_s

    @property
    def cpu_ratio(self) -> float:
        return self.build_cpu_s / self.floor_cpu_s


def _in_process_extraction_ms(repeat: int = 50) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        extract_page(ICE_PAGE.stem, normalize_text(ICE_PAGE.read_text(encoding="utf-8")))
    return (time.perf_counter() - start) / repeat * 1000


def _profile(raw: Path, cprofile: bool) -> dict:
    with tempfile.TemporaryDirectory() as out:
        args = [PYTHON, "-m", "benchmarks.profile_build", str(raw), out]
        output = run([*args, "--cprofile"] if cprofile else args).stdout
        return json.loads(output.strip().splitlines()[-1])


def measure(repeats: int = 5) -> EndToEnd:
    work = Path(tempfile.mkdtemp(prefix="bench-e2e-"))
    raw = work / "raw"
    raw.mkdir()
    shutil.copy(ICE_PAGE, raw / ICE_PAGE.name)
    shutil.copy(ROOT / "raw" / "sources.json", raw / "sources.json")
    builds, floors, pures = [], [], []
    load_before = os.getloadavg()[0]
    try:
        run(build_args(raw, work / "warmup"))
        for index in range(repeats):
            builds.append(run(build_args(raw, work / f"out{index}")))
            floors.append(run([PYTHON, "-m", "benchmarks.floor_job"]))
            pures.append(run([PYTHON, "-c", PURE_EXTRACTION, str(ICE_PAGE)], fresh_home()).seconds)
        load_after = os.getloadavg()[0]
        stages = _profile(raw, cprofile=False)
        by_library = _profile(raw, cprofile=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return EndToEnd(
        build_s=statistics.median(b.seconds for b in builds),
        floor_s=statistics.median(f.seconds for f in floors),
        build_cpu_s=statistics.median(b.cpu_seconds for b in builds),
        floor_cpu_s=statistics.median(f.cpu_seconds for f in floors),
        load=(load_before, load_after),
        extraction_process_s=statistics.median(pures),
        extraction_ms=_in_process_extraction_ms(),
        repeats=repeats,
        stages=stages,
        by_library=by_library,
    )


def report(result: EndToEnd) -> list[str]:
    met = "met" if result.ratio <= TARGET_RATIO else "missed"
    floor, pure_s = result.floor_s, result.extraction_process_s
    in_process_s = result.extraction_ms / 1000
    stages = result.stages
    pipeline_s = sum(stages["stages"].values())
    rows = [
        ("imports (interpreter start not included)", stages["imports"]),
        *sorted(stages["stages"].items(), key=lambda item: -item[1]),
        ("Dagster: instance, run setup, steps, events, IO manager", stages["run"] - pipeline_s),
    ]
    total = stages["total"]
    library = result.by_library["by_library"]
    library_total = sum(library.values())
    return [
        "## End to end: `ice-offices build` on the ICE page",
        "",
        f"Child processes, alternating, {result.repeats} repetitions after one warm-up, each with"
        " a fresh `DAGSTER_HOME` (new SQLite instance); median wall time. 1-minute load average"
        f" {result.load[0]:.2f} at the start and {result.load[1]:.2f} at the end.",
        "",
        "| what | seconds | / floor |",
        "|---|---|---|",
        f"| `ice-offices build` (ICE page) | {result.build_s:.2f} | {result.ratio:.2f} |",
        f"| framework floor (`benchmarks/floor_job.py`) | {result.floor_s:.2f} | 1.00 |",
        f"| pure extraction, child process (imports + read + extract) |"
        f" {pure_s:.2f} | {pure_s / floor:.2f} |",
        f"| pure extraction, in-process (read + normalize + extract) |"
        f" {in_process_s:.4f} | {in_process_s / floor:.4f} |",
        "",
        f"**Ratio build / floor: {result.ratio:.2f}** (target at most {TARGET_RATIO}x: {met}).",
        "",
        f"Processor time (user plus system, medians of the same runs): build"
        f" {result.build_cpu_s:.2f} s, floor {result.floor_cpu_s:.2f} s, {result.cpu_ratio:.2f}x.",
        "",
        "Where the time of one build goes (`benchmarks/profile_build.py`: the pipeline's stages"
        " timed by wrapping their functions, the rest of the run is Dagster's; one run,"
        f" {total:.2f} s from the first import to the end, interpreter start excluded):",
        "",
        "| stage | seconds | share |",
        "|---|---|---|",
        *(f"| {name} | {seconds:.3f} | {seconds / total:.0%} |" for name, seconds in rows),
        "",
        "The same run under cProfile, own time by library (profiling slows it down; the shares"
        " are what matters):",
        "",
        "| library | share of own time |",
        "|---|---|",
        *(
            f"| {name} | {seconds / library_total:.0%} |"
            for name, seconds in sorted(library.items(), key=lambda item: -item[1])
        ),
    ]


if __name__ == "__main__":
    print("\n".join(report(measure(repeats=3))))
