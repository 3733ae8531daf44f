"""Fault injection: whatever goes wrong while publishing, the previous release stays whole.

The previous release is a copy of the committed outputs/. Each test breaks one thing (a full
disk, an exception mid-write, a failing artifact writer, a SIGKILL of a real ``ice-offices
build`` in the middle of publishing, a second run at the same time) and then checks the copy
byte for byte, reads it back and validates it.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from corruptions import snapshot
from table_records import frames

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from pipeline.publish import publisher
from pipeline.publish.formats import table_files
from pipeline.publish.publisher import PublishError, publish, read_published
from pipeline.tables.registry import TABLES
from pipeline.tables.validation import validate_dataset

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ROOT / "outputs"
HOOKS = Path(__file__).resolve().parent / "fault_hooks"
DEV_PAGE = ROOT / "tests" / "data" / "pages" / "tts_offices.txt"
WAIT = 120.0


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """A copy of the committed release, the "previous outputs" every fault must spare."""
    out = tmp_path / "site" / "outputs"
    shutil.copytree(OUTPUTS, out)
    return out


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """The real raw pages plus one more page, so a new release would differ from the old."""
    folder = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", folder)
    shutil.copy(DEV_PAGE, folder)
    return folder


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "dagster_home"
    monkeypatch.setenv("DAGSTER_HOME", str(path))
    return path


def errors(result: Result) -> list[str]:
    """The lines of stderr that are not warnings (the extra page has no as-of date: one
    ``warning:`` line says so)."""
    return [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]


def assert_intact(out: Path, before: dict[str, bytes]) -> None:
    """Byte-identical to ``before``, readable in every format, valid, nothing left beside it."""
    assert snapshot(out) == before
    tables = read_published(out)
    assert all(result.ok for result in validate_dataset(tables))
    expected = read_published(OUTPUTS)
    assert all(tables[t].equals(expected[t]) for t in TABLES)


def leftovers(out: Path) -> set[str]:
    return {p.name for p in out.parent.iterdir()} - {out.name, f".{out.name}.lock"}


def enospc(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def build(raw: Path, out: Path) -> object:
    return CliRunner().invoke(main, ["build", "--raw", str(raw), "--out", str(out)])


def test_full_disk_while_writing_a_table(release: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(release)
    real = publisher._write_file
    written: list[str] = []

    def fills_up(path: Path, chunks: Iterable[bytes]) -> str:
        if len(written) == 4:
            data = b"".join(chunks)
            path.write_bytes(data[: len(data) // 2])  # half a file, then the disk is full
            enospc()
        digest = real(path, chunks)
        written.append(path.name)
        return digest

    monkeypatch.setattr(publisher, "_write_file", fills_up)
    with pytest.raises(PublishError, match="No space left on device"):
        publish(frames(), release)
    assert_intact(release, before)
    assert leftovers(release) == set()


def test_full_disk_while_writing_an_artifact(
    release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(release)
    real = Path.write_bytes

    def fills_up(self: Path, data: bytes) -> int:
        if self.parent.name == ".outputs.staging":
            enospc()
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", fills_up)
    with pytest.raises(PublishError, match="No space left on device"):
        publish(frames(), release, extras=lambda staging: (staging / "extra.txt").write_bytes(b"x"))
    assert_intact(release, before)
    assert leftovers(release) == set()


def test_a_failing_artifact_writer_is_a_failed_publish(release: Path) -> None:
    before = snapshot(release)

    def broken(staging: Path) -> None:
        raise ValueError("database or disk is full")

    with pytest.raises(PublishError) as error:
        publish(frames(), release, extras=broken)
    assert str(error.value) == (
        f"{release}: writing the files beside the tables failed "
        "(ValueError: database or disk is full)"
    )
    assert_intact(release, before)
    assert leftovers(release) == set()


def test_cli_full_disk_exits_3_with_one_line(
    raw: Path, release: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(release)
    monkeypatch.setattr(publisher, "_write_file", enospc)
    result = build(raw, release)
    assert result.exit_code == ExitCode.PUBLISH_FAILED, result.output
    assert errors(result) == [f"error: {release}: No space left on device"]
    assert_intact(release, before)


def test_cli_exception_mid_write_exits_4_with_one_line(
    raw: Path, release: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(release)
    real = publisher._write_file
    count = []

    def explodes(path: Path, chunks: Iterable[bytes]) -> str:
        count.append(path)
        if len(count) == 7:
            raise RuntimeError("encoder bug")
        return real(path, chunks)

    monkeypatch.setattr(publisher, "_write_file", explodes)
    result = build(raw, release)
    assert result.exit_code == ExitCode.PIPELINE_FAILED, result.output
    (line,) = errors(result)
    assert line.startswith("error: step published_dataset failed (RuntimeError: encoder bug)")
    assert "Traceback" not in result.output
    assert_intact(release, before)
    assert leftovers(release) == set()


def ice_offices() -> str:
    script = Path(sys.executable).parent / "ice-offices"
    return str(script) if script.exists() else shutil.which("ice-offices") or "ice-offices"


def paused_build(raw: Path, out: Path, home: Path, point: str) -> tuple[subprocess.Popen, Path]:
    """Start a real ``ice-offices build`` that stops at ``point`` inside the publisher."""
    marker = out.parent.parent / f"paused-{point}"
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "PYTHONPATH": os.pathsep.join([str(HOOKS), os.environ.get("PYTHONPATH", "")]),
        "ICE_OFFICES_PAUSE": f"{point}:{marker}",
    }
    process = subprocess.Popen(
        [ice_offices(), "build", "--raw", str(raw), "--out", str(out)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + WAIT
    while not marker.exists():
        if process.poll() is not None:
            _, err_text = process.communicate()
            pytest.fail(f"build ended before pausing ({process.returncode}): {err_text!r}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("build did not reach the pause point")
        time.sleep(0.05)
    return process, marker


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL


@pytest.mark.parametrize("point", ["writing", "staged"])
def test_sigkill_of_a_real_build_mid_publish_leaves_the_previous_release(
    raw: Path, release: Path, home: Path, point: str
) -> None:
    before = snapshot(release)
    process, _ = paused_build(raw, release, home, point)
    staging = release.parent / ".outputs.staging"
    staged = {p.name for p in staging.iterdir()}
    if point == "writing":
        assert len(staged) == 3
    else:
        assert set(table_files()) <= staged

    kill(process)

    assert_intact(release, before)
    assert leftovers(release) == {".outputs.staging"}  # harmless; the next publish drops it
    publish(read_published(release), release)
    assert leftovers(release) == set()
    assert read_published(release)["offices"].equals(read_published(OUTPUTS)["offices"])


def test_a_second_run_waits_for_the_first_and_never_interleaves(
    raw: Path, release: Path, home: Path
) -> None:
    first, _ = paused_build(raw, release, home, "staged")  # holds the lock, staging written
    staged = snapshot(release.parent / ".outputs.staging")
    errors: list[BaseException] = []

    def second() -> None:
        try:
            publish(frames(), release)
        except BaseException as exc:
            errors.append(exc)

    waiter = threading.Thread(target=second)
    waiter.start()
    waiter.join(timeout=1.0)
    assert waiter.is_alive(), "the second run must wait for the lock"
    assert snapshot(release.parent / ".outputs.staging") == staged  # untouched by the waiter

    kill(first)
    waiter.join(timeout=WAIT)

    assert not waiter.is_alive() and errors == []
    published = read_published(release)
    assert all(published[t].equals(frames()[t]) for t in TABLES)
    assert leftovers(release) == set()
