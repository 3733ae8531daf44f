"""The throwaway project copy that the documentation-following tests run in must never make
the shared virtual environment look out of date (make would reinstall it into the copy)."""

from __future__ import annotations

import os
from pathlib import Path

from project_copy import no_newer_than


def test_no_newer_than_keeps_nanoseconds_a_float_time_would_round_up(tmp_path: Path) -> None:
    reference, path = tmp_path / "stamp", tmp_path / "pyproject.toml"
    reference.write_text("")
    path.write_text("")
    # A time whose float form in seconds is 16 ns later: set through it, the path would be
    # newer than the reference.
    stamp_ns = 1_765_000_000_123_456_700
    os.utime(reference, ns=(stamp_ns, stamp_ns))
    seconds = reference.stat().st_mtime
    os.utime(path, (seconds, seconds))
    assert path.stat().st_mtime_ns > stamp_ns
    os.utime(path, ns=(stamp_ns + 5_000, stamp_ns + 5_000))
    no_newer_than(path, reference)
    assert path.stat().st_mtime_ns <= reference.stat().st_mtime_ns


def test_no_newer_than_leaves_an_older_file_alone(tmp_path: Path) -> None:
    reference, path = tmp_path / "stamp", tmp_path / "pyproject.toml"
    reference.write_text("")
    path.write_text("")
    os.utime(reference, ns=(2_000_000_000_000_000_000, 2_000_000_000_000_000_000))
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    no_newer_than(path, reference)
    assert path.stat().st_mtime_ns == 1_000_000_000_000_000_000
