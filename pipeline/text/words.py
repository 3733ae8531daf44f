"""Words with their character offsets: the tokens acronym alignment and name phrases read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.vocabulary import CONNECTORS

_WORD = re.compile(r"[^\s()\[\]{},;:“”\"—–]+\([a-z0-9]\)(?![\w(])|[^\s()\[\]{},;:“”\"—–]+")
_TRAILING = "’'.`"


@dataclass(frozen=True)
class Word:
    """A word of a long form, with its span in the page text."""

    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without possessive marks or a closing dot."""
        word = self.text
        if word.endswith(("’s", "'s")) and len(word) > 3:
            word = word[:-2]
        return word.rstrip(_TRAILING) or word

    @property
    def is_connector(self) -> bool:
        return self.bare.lower() in CONNECTORS


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with their spans."""
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
