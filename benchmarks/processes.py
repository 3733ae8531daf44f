"""Run a command as a child process and measure its wall time, processor time and peak memory
(max RSS)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import ROOT

BIN = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin"
PYTHON = str(BIN / "python")
ICE_OFFICES = str(BIN / "ice-offices")
HOME_CONFIG = "telemetry:\n  enabled: false\n"


@dataclass(frozen=True)
class Measured:
    seconds: float
    max_rss_mb: float
    stdout: str
    # User plus system time of the child and of the processes it waited for (``wait4``): what
    # the command cost the processor, which another program's load on the cores stretches far
    # less than its wall time.
    cpu_seconds: float = 0.0


def fresh_home() -> Path:
    """A new, empty Dagster instance folder with the same ``dagster.yaml`` the CLI writes."""
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    (home / "dagster.yaml").write_text(HOME_CONFIG, encoding="utf-8")
    return home


def run(args: list[str], home: Path | None = None) -> Measured:
    """Run ``args`` from the project root with ``DAGSTER_HOME=home``; raise if it fails.

    The child may write bytecode whatever the caller's environment says: an install caches it,
    and a shell that sets ``PYTHONDONTWRITEBYTECODE`` would otherwise have every run compile
    the modules changed since their last cache from source (0.1 s of a build, none of the
    floor's)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["DAGSTER_HOME"] = str(home or fresh_home())
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {child.returncode}:\n{stderr[-2000:]}")
    return Measured(seconds, usage.ru_maxrss / 1024, stdout, usage.ru_utime + usage.ru_stime)


def build_args(raw: Path, out: Path) -> list[str]:
    return [ICE_OFFICES, "build", "--raw", str(raw), "--out", str(out)]
