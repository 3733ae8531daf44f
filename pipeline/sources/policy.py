"""What a build does when some raw files cannot be used.

A partial dataset must never replace a complete release by surprise, so by default a build
with any unusable page publishes nothing and lists every bad file (each was still loaded and
extracted, so one run reports them all). With ``skip_bad`` the other pages are published and
the caller reports the skipped ones and exits non-zero. An empty dataset is never published.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.sources.errors import SourceError
from pipeline.sources.records import SkippedSource


def enforce(skipped: Sequence[SkippedSource], n_usable: int, *, skip_bad: bool) -> None:
    """Raise :class:`SourceError` when the build must not publish.

    A single bad file gives a one-line message; several give a summary line followed by one
    line per file (the CLI prints them that way).
    """
    total = n_usable + len(skipped)
    if n_usable == 0:
        outcome = "nothing was published (no usable page is left)"
    elif skipped and not skip_bad:
        outcome = f"nothing was published (--skip-bad publishes the other {n_usable})"
    else:
        return
    if len(skipped) == 1:
        raise SourceError(f"{skipped[0].reason}; {outcome}")
    lines = [f"{len(skipped)} of {total} pages cannot be used (listed above); {outcome}"]
    lines.extend(s.reason for s in skipped)
    raise SourceError("\n".join(lines))
