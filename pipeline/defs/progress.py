"""Progress of a build over many documents: done, rate and time left.

Every ``every`` documents (and at the end) a line goes to the Dagster run log; the terminal
gets the same figures on stderr, redrawn in place on a TTY, as lines otherwise (only when the
CLI asks for it: a TTY or ``--verbose``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import dagster as dg


def progress_line(done: int, total: int, elapsed: float) -> str:
    """``"1,200/10,000 documents (12%), 85.1/s, 1m43s left"``."""
    rate = done / elapsed if elapsed > 0 else 0.0
    left = (total - done) / rate if rate > 0 else None
    share = f" ({done / total:.0%})" if total else ""
    eta = _duration(left) + " left" if left is not None and done < total else "done"
    return f"{done:,}/{total:,} documents{share}, {rate:.1f}/s, {eta}"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


@dataclass
class Tracker:
    """Counts documents; calls ``log`` every ``every`` and ``draw`` at most every 0.2 s."""

    total: int
    every: int
    log: Callable[[str], None]
    draw: Callable[[str, bool], None] | None = None
    clock: Callable[[], float] = time.monotonic
    done: int = 0
    _start: float = field(default=0.0, init=False)
    _drawn: float = field(default=float("-inf"), init=False)

    def __post_init__(self) -> None:
        self._start = self.clock()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = self.clock()
        line = None
        if self.done % self.every == 0 or self.done == self.total:
            line = progress_line(self.done, self.total, now - self._start)
            self.log(line)
        if self.draw is not None and (now - self._drawn >= 0.2 or self.done == self.total):
            self._drawn = now
            self.draw(line or progress_line(self.done, self.total, now - self._start), False)

    def finish(self) -> None:
        if self.draw is not None:
            self.draw(progress_line(self.done, self.total, self.clock() - self._start), True)


def _terminal_draw(line: str, last: bool) -> None:
    stream = sys.stderr
    if stream.isatty():
        stream.write("\r\x1b[K" + line + ("\n" if last else ""))
    elif last:
        stream.write(line + "\n")
    stream.flush()


class BuildProgress(dg.ConfigurableResource):
    """``terminal`` shows progress on stderr (the CLI turns it on for a TTY or ``--verbose``);
    ``every`` is how many documents go by between two run-log lines."""

    terminal: bool = False
    every: int = 100

    def tracker(self, total: int, log: Callable[[str], None]) -> Tracker:
        return Tracker(total, max(1, self.every), log, _terminal_draw if self.terminal else None)
