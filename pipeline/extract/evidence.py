"""How much text a row keeps as its evidence.

A row's evidence is the sentence that states it when that sentence is of readable length, else
only the words that name it: a "sentence" can be a whole block without full stops, and keeping
it whole for every row found in it would make the published tables grow with the square of
the page.
"""

from __future__ import annotations

MAX_EVIDENCE_CHARS = 600


def bounded(span: tuple[int, int], focus: tuple[int, int]) -> tuple[int, int]:
    """``span`` when it is at most MAX_EVIDENCE_CHARS long, else ``focus`` (inside it)."""
    start, end = span
    if end - start <= MAX_EVIDENCE_CHARS and start <= focus[0] and focus[1] <= end:
        return span
    return focus
