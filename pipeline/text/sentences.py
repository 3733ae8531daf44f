"""Sentence spans inside a block, aware of the abbreviations government prose is full of."""

from __future__ import annotations

import re

_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}[A-Z]?|\b(?:e\.g|i\.e|etc|vs|Mr|Ms|Mrs|Dr|No|St|Jr|Sr|Inc|Co)\.?)$"
)
# An abbreviation is read from at most this many characters before its dot, so that finding
# sentence ends stays linear however long the text before them.
ABBREVIATION_WINDOW = 12
# What may close a sentence after its punctuation: quotes and a parenthesis.
_CLOSERS = "\"'”’)"
_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]*[A-Z0-9]|\s*$)")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with closing punctuation (not an abbreviation's dot)."""
    stripped = text.rstrip()
    if not stripped.rstrip(_CLOSERS).endswith((".", "!", "?")):
        return False
    tail = stripped[-ABBREVIATION_WINDOW:]
    return not (stripped.endswith(".") and _ABBREVIATION.search(tail[:-1] + "."))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text[start:end]``, in ``text`` coordinates."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    for match in _END.finditer(text, start, end):
        head = text[max(cursor, match.start() - ABBREVIATION_WINDOW) : match.start() + 1]
        if _ABBREVIATION.search(head) and match.end() < end:
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end and text[cursor:end].strip():
        tail_end = end
        while tail_end > cursor and text[tail_end - 1].isspace():
            tail_end -= 1
        spans.append((cursor, tail_end))
    return spans
