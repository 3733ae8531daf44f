"""How much text a row keeps as its evidence.

A row's evidence is the sentence that states it when that sentence is of readable length, else
only the words that name it: a "sentence" can be a whole block without full stops, and keeping
it whole for every row found in it would make the published tables grow with the square of
the page.
"""

from __future__ import annotations

MAX_EVIDENCE_CHARS = 600
MAX_DESCRIPTION_CHARS = 4000
"""A unit's description is the text under its heading (or the page's introduction for the
root): at most this many characters, cut at the last line break or space before the limit.
The longest in the corpus is 2,790; without a bound a page with no headings after its title
made its whole text the root's description."""


def bounded(span: tuple[int, int], focus: tuple[int, int]) -> tuple[int, int]:
    """``span`` when it is at most MAX_EVIDENCE_CHARS long, else ``focus`` (inside it)."""
    start, end = span
    if end - start <= MAX_EVIDENCE_CHARS and start <= focus[0] and focus[1] <= end:
        return span
    return focus


def bounded_description(description: str | None) -> str | None:
    """``description`` cut to at most MAX_DESCRIPTION_CHARS, at a line break or a space."""
    if description is None or len(description) <= MAX_DESCRIPTION_CHARS:
        return description
    cut = description.rfind("\n", 0, MAX_DESCRIPTION_CHARS + 1)
    if cut < MAX_DESCRIPTION_CHARS // 2:
        cut = description.rfind(" ", 0, MAX_DESCRIPTION_CHARS + 1)
    if cut <= 0:
        cut = MAX_DESCRIPTION_CHARS
    return description[:cut].rstrip()
