"""Structure hints: what a structured source (HTML, Markdown) says about each block.

A rendered page is plain text plus, per block start offset, the element the block came from
and its level: a heading's rank (1-6), a list item's depth (1 for a top-level item).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class BlockKind(StrEnum):
    """What a block of page text is; a structured source hints the first three, layout and
    wording tell all five (:func:`pipeline.text.blocks.classify`)."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    LABEL = "label"
    """A ``Label: text`` line."""
    FOOTER = "footer"
    """Not content: contact details, "Learn more" links, a trailing "Contact us:"."""


HEADING = BlockKind.HEADING
PARAGRAPH = BlockKind.PARAGRAPH
LIST_ITEM = BlockKind.LIST_ITEM


class Hint(NamedTuple):
    kind: BlockKind
    level: int = 0
    depth: int = 0  # a plain text item's outline depth, kept across the paragraphs between


@dataclass(frozen=True)
class RenderedPage:
    """Plain text of a page, per block start offset the element it came from, and notes on
    what rendering changed (for the build's warnings)."""

    text: str
    hints: dict[int, Hint] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def join_blocks(blocks: Sequence[tuple[Hint | None, str]]) -> RenderedPage:
    """Blocks separated by blank lines, each hint keyed by its block's offset (a block
    without one is read from its layout and wording, as a text page's is)."""
    parts: list[str] = []
    hints: dict[int, Hint] = {}
    offset = 0
    for hint, text in blocks:
        if hint is not None:
            hints[offset] = hint
        parts.append(text)
        offset += len(text) + 2
    return RenderedPage("\n\n".join(parts) + ("\n" if parts else ""), hints)
