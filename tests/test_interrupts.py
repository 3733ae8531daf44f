"""Ctrl-C (SIGINT) and SIGTERM at any moment of a real ``ice-offices build``: one line, exit
130 or 143, never a traceback, the previous release byte for byte as it was (issue 15,
items 6 and 7), and two builds on one ``DAGSTER_HOME`` (item 5)."""

from __future__ import annotations

import logging
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corruptions import snapshot

ROOT = Path(__file__).resolve().parents[1]
HOOKS = Path(__file__).resolve().parent / "fault_hooks"
WAIT = 180.0
LINE = "error: interrupted; previous release untouched"
CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}


@pytest.fixture
def release(tmp_path: Path) -> Path:
    out = tmp_path / "site" / "outputs"
    shutil.copytree(ROOT / "outputs", out)
    return out


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", folder)
    shutil.copy(ROOT / "tests" / "data" / "pages" / "tts_offices.txt", folder)
    return folder


def undated(raw: Path) -> list[str]:
    """The warning a build that publishes prints for the extra page (it has no as-of date)."""
    return [
        f"warning: {raw / 'tts_offices.txt'}: no as-of date; give it one in"
        f' {raw / "sources.json"} ("as_of": "YYYY-MM-DD" in its entry, or an archive_url'
        " with the capture's 14-digit timestamp)"
    ]


def ice_offices() -> str:
    script = Path(sys.executable).parent / "ice-offices"
    return str(script) if script.exists() else shutil.which("ice-offices") or "ice-offices"


def start(raw: Path, out: Path, home: Path, pause: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    if pause is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(HOOKS), os.environ.get("PYTHONPATH", "")])
        env["ICE_OFFICES_PAUSE"] = pause
    return subprocess.Popen(
        [ice_offices(), "build", "--raw", str(raw), "--out", str(out)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(marker: Path, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + WAIT
    while not marker.exists():
        if process.poll() is not None:
            pytest.fail(f"build ended before pausing ({process.returncode}): {process.stderr}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("build did not reach the pause point")
        time.sleep(0.05)


def stop(process: subprocess.Popen, signo: int) -> tuple[int, str]:
    process.send_signal(signo)
    _, err = process.communicate(timeout=WAIT)
    return process.returncode, err


def leftovers(out: Path) -> set[str]:
    return {p.name for p in out.parent.iterdir()} - {out.name, f".{out.name}.lock"}


@pytest.mark.parametrize(
    ("point", "signo"),
    [
        ("extracting", signal.SIGINT),
        ("writing", signal.SIGTERM),
        ("staged", signal.SIGINT),
        ("staged", signal.SIGTERM),
    ],
)
def test_an_interrupt_mid_build_is_one_line_and_keeps_the_release(
    raw: Path, release: Path, tmp_path: Path, point: str, signo: int
) -> None:
    """Paused (by the test hook) while extracting, while writing the staging folder, and with
    the new release staged just before the swap; then interrupted."""
    before = snapshot(release)
    marker = tmp_path / f"paused-{point}"
    process = start(raw, release, tmp_path / "home", pause=f"{point}:{marker}")
    wait_for(marker, process)
    code, err = stop(process, signo)
    assert (code, err.splitlines()) == (CODES[signo], [LINE])
    assert snapshot(release) == before
    assert leftovers(release) == set()


def handles_sigterm(pid: int) -> bool:
    """Whether the process catches SIGTERM yet (``SigCgt`` in ``/proc``): the first thing
    ``ice-offices`` does; before it, Python itself is still starting up."""
    status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize(
    ("delay", "signo"),
    [(0.0, signal.SIGINT), (0.0, signal.SIGTERM), (0.3, signal.SIGINT), (1.2, signal.SIGTERM)],
)
def test_an_early_interrupt_is_one_line(
    raw: Path, release: Path, tmp_path: Path, delay: float, signo: int
) -> None:
    """From the moment the command's handlers are in place (``delay`` 0: the first line of
    project code; then still importing, or opening the instance): the moments at which the
    issue saw a KeyboardInterrupt traceback and exit 1. A delay is no moment of the build: a
    fast machine (or a slow poll of the handlers on a loaded one) lets the build publish
    before the signal, and the one line then says so, the new release whole."""
    before = snapshot(release)
    process = start(raw, release, tmp_path / "home")
    deadline = time.monotonic() + WAIT
    while not handles_sigterm(process.pid):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.005)
    time.sleep(delay)
    code, err = stop(process, signo)
    published = f"error: interrupted; the new release was already published whole to {release}"
    if delay and err.splitlines() == [*undated(raw), published]:
        assert code == CODES[signo]
        assert snapshot(release) != before and leftovers(release) == set()
    else:
        assert (code, err.splitlines()) == (CODES[signo], [LINE])
        assert snapshot(release) == before


def test_an_interrupt_while_waiting_for_another_build_is_one_line(
    raw: Path, release: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    marker = tmp_path / "paused"
    first = start(raw, release, home, pause=f"extracting:{marker}")
    wait_for(marker, first)
    second = start(raw, tmp_path / "other", home)
    assert second.stderr is not None
    ready, _, _ = select.select([second.stderr], [], [], WAIT)
    assert ready, "the second build never said it waits"
    assert second.stderr.readline() == (
        f"warning: waiting for another build using the Dagster instance {home}\n"
    )
    assert stop(second, signal.SIGINT) == (130, LINE + "\n")
    assert stop(first, signal.SIGTERM) == (143, LINE + "\n")


def test_two_builds_on_one_dagster_home_wait_for_each_other(raw: Path, tmp_path: Path) -> None:
    """Three builds at once into three folders, one instance: all publish, no traceback."""
    home = tmp_path / "home"
    outs = [tmp_path / f"out{i}" for i in range(3)]
    processes = [start(raw, out, home) for out in outs]
    results = [p.communicate(timeout=WAIT * 2) for p in processes]
    for process, (_, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        assert "Traceback" not in err
        assert set(err.splitlines()) <= {
            f"warning: waiting for another build using the Dagster instance {home}",
            *undated(raw),
        }
    assert snapshot(outs[0]) == snapshot(outs[1]) == snapshot(outs[2])


def test_a_storage_error_of_the_instance_is_one_line(
    raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a ``dg dev`` or ``dg launch`` holding the SQLite storage can still cause (they do
    not take the build lock): one line, exit 4, instead of a 68-line SQLAlchemy traceback."""
    from click.testing import CliRunner  # noqa: PLC0415
    from sqlalchemy.exc import OperationalError  # noqa: PLC0415

    from pipeline.cli import main  # noqa: PLC0415

    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT INTO runs", {}, Exception("database is locked"))

    home = tmp_path / "home"
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setattr("pipeline.commands.build.execute_build", locked)
    result = CliRunner().invoke(main, ["build", "--raw", str(raw), "--out", str(tmp_path / "o")])
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        f"error: {home.resolve()}: the Dagster instance's storage failed ((builtins.Exception)"
        " database is locked); is another program using it?"
    ]


def test_a_signal_while_the_handlers_are_put_in_place_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SIGTERM's handler is in place (the test above waits for exactly that) before the
    wakeup pipe is: a signal landing in between was raised outside the command's guard."""
    from pipeline import interrupts  # noqa: PLC0415

    def landed() -> tuple[int, int]:
        raise interrupts.Interrupted(signal.SIGTERM)

    monkeypatch.setattr(interrupts, "_pipe", [])
    monkeypatch.setattr(interrupts, "_reported", [])
    monkeypatch.setattr(interrupts.os, "pipe", landed)
    monkeypatch.setattr(interrupts.signal, "signal", lambda *args: None)  # this process's stay
    with pytest.raises(SystemExit) as stopped:
        interrupts.run()
    assert stopped.value.code == 143
    assert capsys.readouterr().err.splitlines() == [LINE]


def test_an_interrupt_python_wraps_in_its_own_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CI run that saw SIGINT 0.3 s in land in a class's ``__set_name__`` during an import:
    Python raised ``RuntimeError: Error calling __set_name__`` from the interrupt, and the
    command printed a traceback and exited 1."""
    from pipeline import interrupts  # noqa: PLC0415

    def main(**_kwargs: object) -> None:
        class Lamp:
            def __set_name__(self, owner: type, name: str) -> None:
                raise interrupts.Interrupted(signal.SIGINT)

        type("Wick", (), {"lamp": Lamp()})

    monkeypatch.setattr(interrupts, "_reported", [])
    monkeypatch.setattr(interrupts, "install", lambda: None)
    monkeypatch.setattr("pipeline.cli.main", main)
    with pytest.raises(SystemExit) as stopped:
        interrupts.run()
    assert stopped.value.code == 130
    assert capsys.readouterr().err.splitlines() == [LINE]


def test_an_error_with_no_interrupt_behind_it_is_raised_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline import interrupts  # noqa: PLC0415

    def main(**_kwargs: object) -> None:
        raise RuntimeError("not an interrupt")

    monkeypatch.setattr(interrupts, "install", lambda: None)
    monkeypatch.setattr("pipeline.cli.main", main)
    with pytest.raises(RuntimeError, match="not an interrupt"):
        interrupts.run()


SWALLOWED = """
import signal, sys, time, weakref
from pipeline import interrupts

interrupts.install()


class Lock:
    pass


lock = Lock()
watch = weakref.ref(lock, lambda _: interrupts._raise(signal.SIGINT, None))
try:
    del lock
    time.sleep(30)
    print("went on")
except interrupts.Interrupted as exc:
    print("stopped by", exc)
"""


def test_an_interrupt_raised_where_python_swallows_it_is_sent_again() -> None:
    """The CI run that saw an interrupt 0.3 s in land in an import's module-lock callback:
    Python printed 'Exception ignored in ...' and the build went on and published."""
    done = subprocess.run(
        [sys.executable, "-c", SWALLOWED],
        check=False,
        capture_output=True,
        text=True,
        timeout=WAIT,
        cwd=ROOT,
    )
    assert (done.stdout, done.stderr) == ("stopped by SIGINT\n", "")


def test_a_library_logging_the_interrupt_prints_no_traceback() -> None:
    """A library that logs the interrupt it caught before raising it again (SQLAlchemy's pool
    closing a connection) prints nothing: the record is dropped, other records are kept."""
    from pipeline import interrupts  # noqa: PLC0415

    logger = logging.getLogger("tests.interrupts.pool")

    def record(exc: BaseException | None) -> logging.LogRecord:
        info = (type(exc), exc, None) if exc is not None else None
        return logger.makeRecord(logger.name, logging.ERROR, __file__, 1, "closing", (), info)

    wrapped = RuntimeError("in a class body")
    wrapped.__cause__ = interrupts.Interrupted(signal.SIGTERM)
    assert not interrupts.LOGGED_INTERRUPT.filter(record(interrupts.Interrupted(signal.SIGTERM)))
    assert not interrupts.LOGGED_INTERRUPT.filter(record(wrapped))
    assert interrupts.LOGGED_INTERRUPT.filter(record(ValueError("a real error")))
    assert interrupts.LOGGED_INTERRUPT.filter(record(None))
