"""Plain substring tests that say where a case-insensitive pattern cannot match, so that the
pattern (which tries every position) runs only where it may."""

from __future__ import annotations

from collections.abc import Iterable

# What ``re.IGNORECASE`` reads as an ASCII letter but ``str.lower`` does not make that letter
# in place: dotted capital I (lowered to two characters), dotless i and long s.
_IGNORECASE_ODD = ("\u0130", "\u0131", "\u017f")


def may_hold_ignorecase(text: str, pieces: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``pieces`` (lower-case ASCII) in any case, as
    ``re.IGNORECASE`` reads case: False only when no match of a pattern every match of which
    holds one of the pieces can be in ``text``."""
    if not text.isascii():  # (a flag of the string: no scan)
        for odd in _IGNORECASE_ODD:
            if odd in text:
                return True
    # map() of the bound test runs in C, with no generator frame: this runs per sentence
    return any(map(text.lower().__contains__, pieces))
