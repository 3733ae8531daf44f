"""Words with their character offsets: the tokens acronym alignment and name phrases read."""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.text.vocabulary import CONNECTORS

_WORD = re.compile(r"[^\s()\[\]{},;:“”\"—–]+\([a-z0-9]\)(?![\w(])|[^\s()\[\]{},;:“”\"—–]+")
_TRAILING = "’'.`"


class Word(NamedTuple):
    """A word with its span in the page text, and what the rules ask of it, computed once:
    the word without possessive marks or a closing dot, and whether it is a function word."""

    text: str
    start: int
    end: int
    bare: str
    is_connector: bool


def _bare(word: str) -> str:
    if word.endswith(("’s", "'s")) and len(word) > 3:
        word = word[:-2]
    return word.rstrip(_TRAILING) or word


def make_word(text: str, start: int, end: int) -> Word:
    bare = _bare(text)
    return Word(text, start, end, bare, bare.lower() in CONNECTORS)


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with their spans."""
    return [make_word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
