"""A per-page budget of time and memory for extraction: the last line of defence against a page
that would take minutes or gigabytes (a shape of text the extractor handles badly).

A page over budget is refused like any bad page, with one line naming it (so ``--skip-bad``
publishes the others); the build never hangs on it. Defaults: ``DEFAULT_SECONDS`` of wall-clock
time and ``DEFAULT_MEMORY_MB`` of memory on top of what the process already uses, per page;
``0`` turns either off. Set them with ``ice-offices build --page-seconds/--page-memory-mb``
or the ``page_extractions`` run config.

How: the time limit is a ``SIGALRM`` interval timer whose handler raises in the extracting
thread (Python checks signals between bytecodes and inside long regular-expression matches);
it needs the main thread (Dagster's in-process executor, and each process of the multiprocess
executor, run steps there) and is skipped elsewhere. The memory limit lowers the process's
soft ``RLIMIT_AS`` to its current address space plus the budget for the duration of the call,
so an allocation past it raises ``MemoryError`` there; the previous limit is restored after
(Unix only).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

try:
    import resource
except ImportError:  # pragma: no cover (Windows)
    resource = None  # type: ignore[assignment]

DEFAULT_SECONDS = 120.0
DEFAULT_MEMORY_MB = 2048
MB = 1024 * 1024


class PageBudgetError(Exception):
    """A page used more time or memory than its budget; the message says which."""


@dataclass(frozen=True)
class PageBudget:
    """Wall-clock seconds and megabytes one page's extraction may use (0: unlimited)."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB


@contextlib.contextmanager
def page_budget(budget: PageBudget) -> Iterator[None]:
    """Run the body under ``budget``; raises :class:`PageBudgetError` when it runs over."""
    with _memory_limit(budget.memory_mb), _time_limit(budget.seconds):
        try:
            yield
        except MemoryError:
            if budget.memory_mb and resource is not None:
                raise PageBudgetError(
                    f"over the per-page memory budget of {budget.memory_mb} MB (--page-memory-mb)"
                ) from None
            raise


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expired(_signo: int, _frame: FrameType | None) -> None:
        raise PageBudgetError(f"over the per-page time budget of {seconds:g} s (--page-seconds)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _memory_limit(megabytes: int) -> Iterator[None]:
    current = _address_space()
    if megabytes <= 0 or resource is None or current is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = current + megabytes * MB
    for bound in (soft, hard):
        if bound != resource.RLIM_INFINITY:
            limit = min(limit, bound)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int | None:
    """The process's virtual memory size in bytes (Linux ``/proc``), None where unknown."""
    try:
        pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")
