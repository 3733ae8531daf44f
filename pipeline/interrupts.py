"""The ``ice-offices`` entry point: Ctrl-C (SIGINT) and SIGTERM at any moment end the command
with one line and a documented exit code (130 and 143), never a traceback.

This module imports nothing heavy, so its handlers are in place before the command line, pandas
and Dagster are imported (an interrupt 0.3 s in lands in an import). While a Dagster run
executes, Dagster installs its own handlers (it stops the run cleanly at the next step
boundary); every signal is also written to a wakeup pipe, so :func:`received` knows about it
whoever handled it. What a handler raises where Python swallows exceptions (a weakref
callback, ``__del__``) is sent again a moment later (:func:`_swallowed`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)
EXIT_CODES: dict[int, int] = {int(signal.SIGINT): 130, int(signal.SIGTERM): 143}
UNTOUCHED = "interrupted; previous release untouched"
REDELIVERY_SECONDS = 0.01

_seen: list[int] = []
_pipe: list[int] = []
_reported: list[int] = []


class Interrupted(BaseException):
    """Raised by the handlers: a ``BaseException`` so that no ``except Exception`` (nor click,
    which turns ``KeyboardInterrupt`` into "Aborted!" and exit 1) swallows it."""

    def __init__(self, signo: int) -> None:
        super().__init__(signal.Signals(signo).name)
        self.signo = signo


def _raise(signo: int, _frame: FrameType | None) -> None:
    _seen.append(signo)
    raise Interrupted(signo)


def _swallowed(unraisable: sys.UnraisableHookArgs) -> None:
    """Python swallows what a handler raises inside a weakref callback or ``__del__`` (an
    import's module-lock callback, for one) and the command would go on to publish: say
    nothing, and send the signal again a moment later, when it can stop the command."""
    if not isinstance(unraisable.exc_value, Interrupted):
        sys.__unraisablehook__(unraisable)
        return
    again = threading.Timer(REDELIVERY_SECONDS, os.kill, (os.getpid(), unraisable.exc_value.signo))
    again.daemon = True
    again.start()


class _LoggedInterrupt(logging.Filter):
    """Drops a log record that carries the interrupt: a library that logs what it caught
    before raising it again (SQLAlchemy's pool, "Exception closing connection", when the signal
    lands while Dagster's instance closes a connection) would print its traceback through
    Python's last-resort handler, before the command's one line says the same."""

    def filter(self, record: logging.LogRecord) -> bool:
        caught = record.exc_info[1] if record.exc_info else None
        return caught is None or _wrapped_interrupt(caught) is None


LOGGED_INTERRUPT = _LoggedInterrupt()


def _exit_now(signo: int, _frame: FrameType | None) -> None:
    """A second interrupt while the first is being reported: leave at once."""
    os._exit(EXIT_CODES.get(signo, 128 + signo))


def install() -> None:
    """Our handlers for SIGINT and SIGTERM, and the wakeup pipe that records every signal."""
    for signo in SIGNALS:
        signal.signal(signo, _raise)
    sys.unraisablehook = _swallowed
    if logging.lastResort is not None:
        logging.lastResort.addFilter(LOGGED_INTERRUPT)
    if not _pipe:
        read_end, write_end = os.pipe()
        os.set_blocking(read_end, False)
        os.set_blocking(write_end, False)
        _pipe.extend((read_end, write_end))
    with contextlib.suppress(ValueError):  # not the main thread: handlers are enough
        signal.set_wakeup_fd(_pipe[1], warn_on_full_buffer=False)


def received() -> int | None:
    """The first interrupting signal this process got (whoever handled it), else None."""
    if _pipe:
        with contextlib.suppress(BlockingIOError, OSError):
            while chunk := os.read(_pipe[0], 512):
                _seen.extend(b for b in chunk if b in SIGNALS)
    return _seen[0] if _seen else None


def exit_code(signo: int) -> int:
    """130 for SIGINT, 143 for SIGTERM: 128 plus the signal number, the shells' convention."""
    return EXIT_CODES.get(signo, 128 + signo)


def report(signo: int, message: str = UNTOUCHED) -> None:
    """Print the one ``error:`` line of an interrupted command and exit with its code."""
    for other in SIGNALS:
        signal.signal(other, _exit_now)
    _reported.append(signo)
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"error: {message}\n")
        sys.stderr.flush()
    sys.exit(exit_code(signo))


def _wrapped_interrupt(exc: BaseException) -> Interrupted | None:
    """The interrupt an exception was raised from, if any: Python wraps what a handler raises
    inside some calls in an exception of its own (a class body's ``__set_name__``, such as
    ``functools.cached_property``'s during an import, becomes a ``RuntimeError`` caused by
    it), so the interrupt arrives as that exception's cause."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, Interrupted):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


def run() -> None:
    """The console script: the ``ice-offices`` command line under these handlers (a signal
    that lands while they are being put in place is reported like any other)."""
    try:
        install()
        from pipeline.cli import main  # noqa: PLC0415 (after the handlers are in place)

        main(prog_name="ice-offices")
    except Interrupted as exc:
        report(exc.signo)
    except Exception as exc:
        wrapped = _wrapped_interrupt(exc)
        if wrapped is None:
            raise
        report(wrapped.signo)
    except SystemExit:
        signo = received()
        if signo is not None and not _reported:
            report(signo)
        raise
