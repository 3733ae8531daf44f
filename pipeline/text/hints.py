"""Structure hints: what a structured source (HTML, Markdown) says about each block.

A rendered page is plain text plus, per block start offset, the element the block came from
and its level: a heading's rank (1-6; 7 for a paragraph set wholly in bold, which pages use as
a heading below their smallest real one), a list item's depth (1 for a top-level item).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"

EMPHASIS_LEVEL = 7


class Hint(NamedTuple):
    kind: str
    level: int = 0


@dataclass(frozen=True)
class RenderedPage:
    """Plain text of a page and, per block start offset, the element it came from."""

    text: str
    hints: dict[int, Hint] = field(default_factory=dict)


def join_blocks(blocks: list[tuple[Hint, str]]) -> RenderedPage:
    """Blocks separated by blank lines, each hint keyed by its block's offset."""
    parts: list[str] = []
    hints: dict[int, Hint] = {}
    offset = 0
    for hint, text in blocks:
        hints[offset] = hint
        parts.append(text)
        offset += len(text) + 2
    return RenderedPage("\n\n".join(parts) + ("\n" if parts else ""), hints)
