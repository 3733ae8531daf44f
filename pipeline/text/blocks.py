"""Split page text into blocks (lines or paragraphs) with character offsets, and classify them.

A block is a run of non-blank lines. Its kind is read from its layout and wording only:
short lines without closing punctuation are headings, lines of the form ``Label: text`` are
labels, lines after a lead-in ending in a colon are list items (until a line in another letter case:
a heading in capitals ends a list in title case), everything else is prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.sentences import ends_sentence, sentence_spans
from pipeline.text.vocabulary import LINK_OBJECTS, LINK_VERBS, LIST_VERBS, LISTING_NOUNS

HEADING = "heading"
PARAGRAPH = "paragraph"
LABEL = "label"
LIST_ITEM = "list_item"
FOOTER = "footer"

MAX_HEADING_WORDS = 16
# A label is at most six words before the first colon. Each word is matched once (a space
# ends it), so a long paragraph without a label fails in linear time, not by backtracking.
_LABEL = re.compile(r"^(?P<label>[A-Z0-9][^:\s]*(?:\s[^:\s]*){0,5}):\s+(?P<body>\S.*)$", re.DOTALL)
_FOOTER = re.compile(r"^[A-Z][\w ]{0,40}:$")
_CONTACT = re.compile(
    r"\(?\b\d{3}\)?[-. ]\d{3}-\d{4}\b|\S+@\S+\.\w+|https?://|\bwww\."
    r"|\b[A-Z]{2},? \d{5}(?:-\d{4})?\b"
    r"|(?i:^(?:page |content )?(?:last )?(?:updated|modified|reviewed)\b)"
    r"|^\d+ [A-Z][\w.]* (?:St|Street|Ave|Avenue|Rd|Road|Blvd|Drive|Dr|Way|Place|Pl|Lane|Ln)\b"
)


@dataclass(frozen=True)
class Block:
    """A block of page text; ``text`` is exactly ``page[start:end]``."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str | None:
        """The label of a ``Label: text`` block."""
        match = _LABEL.match(self.text)
        return match.group("label").strip() if match else None


def raw_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of runs of non-blank lines, trimmed of surrounding white space."""
    spans = []
    for match in re.finditer(r"\S(?:[^\n]|\n(?![ \t\u00a0]*\n))*", text):
        start, end = match.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


def introduces_units(paragraph: str) -> bool:
    """Whether a paragraph ends with a lead-in to a list of units: "Offices include:"."""
    if not paragraph.endswith(":"):
        return False
    start, end = sentence_spans(paragraph)[-1]
    tokens = re.findall(r"[a-z]+", paragraph[start:end].lower())
    tail = set(tokens[-3:])
    return bool(tail & LISTING_NOUNS) or (
        bool(set(tokens) & LISTING_NOUNS) and bool(tail & LIST_VERBS)
    )


def is_noise(text: str) -> bool:
    """Lines that are not content: contact details, addresses, "Learn more" links."""
    words = text.split()
    if len(words) > MAX_HEADING_WORDS:
        return False
    if _CONTACT.search(text):
        return True
    if len(words) < 2 or words[0].lower() not in LINK_VERBS:
        return False
    second = words[1].strip(".,:;")
    return second.lower() in LINK_OBJECTS or (second.isupper() and len(second) > 1)


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or "\n" in text:
        return False
    first = text.lstrip("\"'“‘(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return not ends_sentence(text) and not text.endswith((":", ",", ";"))


def classify(text: str, hints: dict[int, str] | None = None) -> list[Block]:
    """Split ``text`` into classified blocks, in document order.

    ``hints`` maps a block's start offset to the kind of element it was in a structured
    source (an HTML heading or list item); such blocks take that kind.
    """
    blocks: list[Block] = []
    in_list = False
    list_in_capitals: bool | None = None
    hints = hints or {}
    for start, end in raw_blocks(text):
        chunk = text[start:end]
        hint = hints.get(start)
        if hint == HEADING and not _FOOTER.match(chunk) and not is_noise(chunk):
            kind = HEADING
        elif hint == LIST_ITEM:
            kind = LABEL if _LABEL.match(chunk) else LIST_ITEM
        elif (_FOOTER.match(chunk) and len(chunk.split()) <= 4) or is_noise(chunk):
            kind = FOOTER
        elif _LABEL.match(chunk) and "\n" not in chunk:
            kind = LABEL
        elif (
            in_list
            and len(chunk.split()) <= MAX_HEADING_WORDS
            and not ends_sentence(chunk)
            and list_in_capitals in (None, chunk.isupper())
        ):
            kind = LIST_ITEM
            list_in_capitals = chunk.isupper()
        elif _looks_like_heading(chunk):
            kind = HEADING
        else:
            kind = PARAGRAPH
        if kind != LIST_ITEM:
            in_list = kind == PARAGRAPH and chunk.endswith(":")
            list_in_capitals = None
        blocks.append(Block(kind, start, end, chunk))
    return _headings_not_list_items(blocks)


def _mentions(paragraph: str, line: str) -> bool:
    """Whether a paragraph's opening refers to a line: its acronym or most of its words."""
    opening = paragraph[:300].lower()
    acronym = re.search(r"\(([^()\s]+)\)", line)
    if acronym and acronym.group(1).lower() in opening:
        return True
    words = [w for w in re.findall(r"[a-z0-9]+", line.lower()) if len(w) > 3]
    return bool(words) and sum(w in opening for w in words) * 2 > len(words)


def _headings_not_list_items(blocks: list[Block]) -> list[Block]:
    """A list item that the next paragraph describes is a heading, not an item.

    After a lead-in that names units ("Offices include:"), the whole run is headings: the
    units, each with its own description, perhaps under a leadership position.
    """
    out = list(blocks)
    index = 0
    while index < len(out):
        if out[index].kind != LIST_ITEM:
            index += 1
            continue
        end = index
        while end < len(out) and out[end].kind == LIST_ITEM:
            end += 1
        following = out[end] if end < len(out) else None
        described = following is not None and following.kind == PARAGRAPH
        if described and following is not None and _mentions(following.text, out[end - 1].text):
            lead_in = out[index - 1].text if index else ""
            first = index if introduces_units(lead_in) else end - 1
            for item in range(first, end):
                block = out[item]
                out[item] = Block(HEADING, block.start, block.end, block.text)
        index = end
    return out
