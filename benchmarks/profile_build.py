"""Where the time of one ``ice-offices build`` goes: imports, run setup, the pipeline's steps.

Run as its own process (``python -m benchmarks.profile_build RAW OUT [--cprofile]``), it
prints JSON. Without ``--cprofile`` the pipeline's own stages are timed by wrapping their
functions (time inside a nested wrapped call counts for the inner stage only); the rest of
the run is Dagster's. With ``--cprofile`` it reports the share of time spent in each library.
"""

from __future__ import annotations

import cProfile
import functools
import json
import pstats
import sys
import time
from collections import defaultdict

IMPORTS = "imports (python, dagster, pandas, pandera, pyarrow, pipeline)"
STAGES = {
    "reading and normalizing pages": ("pipeline.sources.loading", ("load_page", "_load_one")),
    "extraction (extract_page)": ("pipeline.extract.page", ("extract_page",)),
    "records to frames": ("pipeline.tables.frames", ("to_frame",)),
    "validation (pandera, cross-table)": ("pipeline.tables.validation", ("validate_table",)),
    "writing (CSV, Parquet, JSON, artifacts, checksums)": (
        "pipeline.publish.publisher",
        ("publish",),
    ),
}
LIBRARIES = ("dagster", "sqlalchemy", "sqlite3", "pandera", "pandas", "pyarrow", "pipeline")


def _wrap_stages() -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    stack: list[list[float]] = []

    def timed(stage, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            stack.append([0.0])
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                nested = stack.pop()[0]
                totals[stage] += elapsed - nested
                if stack:
                    stack[-1][0] += elapsed

        return wrapper

    originals = {}
    for stage, (module_name, names) in STAGES.items():
        module = sys.modules.get(module_name)
        for name in names:
            fn = getattr(module, name, None)
            if fn is not None:
                originals[fn] = timed(stage, fn)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("pipeline"):
            for attr, value in list(vars(module).items()):
                if callable(value) and value in originals:
                    setattr(module, attr, originals[value])
    return totals


def _library(filename: str, function: str) -> str:
    """The library a function belongs to; built-ins (``~``) by the object they are a method of."""
    if "importlib" in filename or function.startswith(
        ("<built-in method marshal", "<built-in method _imp")
    ):
        return "importing modules"
    for library in LIBRARIES:
        if f"/{library}/" in filename or filename.endswith(f"{library}.py"):
            return library
        if filename == "~" and f"'{library}." in function:
            return library
    return "python and other libraries"


def main(raw: str, out: str, cprofile: bool) -> dict:
    start = time.perf_counter()
    profiler = cProfile.Profile() if cprofile else None
    if profiler:
        profiler.enable()
    from pipeline.cli import import_command  # noqa: PLC0415 (timed: the import is measured)
    from pipeline.cli import main as cli  # noqa: PLC0415

    # The command line imports a command's module when it runs: import the build's here, the
    # same way, so its imports are timed as imports and its stages can be wrapped before the run.
    import_command("pipeline.commands.build")

    imported = time.perf_counter()
    stages = None if cprofile else _wrap_stages()
    cli(["build", "--raw", raw, "--out", out], standalone_mode=False)
    done = time.perf_counter()
    result = {"total": done - start, "imports": imported - start, "run": done - imported}
    if profiler:
        profiler.disable()
        by_library: dict[str, float] = defaultdict(float)
        for (filename, _, function), (_, _, tottime, _, _) in pstats.Stats(profiler).stats.items():
            by_library[_library(filename, function)] += tottime
        result["by_library"] = dict(by_library)
    else:
        result["stages"] = dict(stages)
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], "--cprofile" in sys.argv[3:])))
