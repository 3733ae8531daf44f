"""The page texts several of the layout rules' test files share."""

from __future__ import annotations

from pipeline.rules import disabled
from pipeline.text.blocks import classify
from pipeline.text.hints import Hint

ROOT = "Bureau of Lantern Safety"


# A Markdown page in the layout of a citizens' information site: questions as headings, the
# agency's name again over its address at the foot.
ADDRESSED = """\
# Lamp Board

## What does the Lamp Board do?

The Lamp Board keeps the lamps of the town lit. The Office of Wick Counsel trims the wicks.

## Where to write

### Lamp Board

Wick House
Flame Street
Lamptown 4
LT4 9WX
Lanternland

Tel: +99 1 234 5678

Page edited: 3 March 2031
"""


def _kinds(
    text: str, hints: dict[int, Hint] | None = None, off: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Each block's text with its kind, read with the rules ``off`` switched off."""
    with disabled(off):
        return {b.text: b.kind.value for b in classify(text, hints)}
