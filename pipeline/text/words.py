"""Words with their character offsets: the tokens acronym alignment and name phrases read."""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from pipeline.text.vocabulary import CONNECTORS

_WORD = re.compile(r"[^\s()\[\]{},;:“”\"—–]+\([a-z0-9]\)(?![\w(])|[^\s()\[\]{},;:“”\"—–]+")
_TRAILING = "’'.`"
_INITIALISM = re.compile(r"^(?:[A-Z]\.)+$")


class Word(NamedTuple):
    """A word with its span in the page text, and what the rules ask of it, computed once:
    the word without possessive marks or a closing dot, whether it is a function word, whether
    it is capitalized (or a number), whether it closes a name (a possessive, a sentence's dot,
    not an initialism's) and whether it is lower case or not purely alphabetic."""

    text: str
    start: int
    end: int
    bare: str
    is_connector: bool
    capitalized: bool = False
    closes_name: bool = False
    lowerish: bool = False


def _bare(word: str) -> str:
    if word.endswith(("’s", "'s")) and len(word) > 3:
        word = word[:-2]
    return word.rstrip(_TRAILING) or word


def _closes_name(word: str) -> bool:
    """A possessive or a sentence's closing dot ends a name; an initialism's dots do not."""
    if word.endswith(("’s", "'s", "’", "'")):
        return True
    return word.endswith(".") and not _INITIALISM.match(word)


@functools.lru_cache(maxsize=1 << 16)
def _traits(text: str) -> tuple[str, bool, bool, bool, bool]:
    """What a word's text says of it (computed once per distinct word)."""
    bare = _bare(text)
    head = text.lstrip("“‘\"'")[:1]
    return (
        bare,
        bare.lower() in CONNECTORS,
        head.isupper() or head.isdigit(),
        _closes_name(text),
        text.islower() or not text.isalpha(),
    )


def make_word(text: str, start: int, end: int) -> Word:
    return _new_word(Word, (text, start, end, *_traits(text)))


_new_word = tuple.__new__


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with their spans."""
    words: list[Word] = []
    add = words.append
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        add(_new_word(Word, (word, match.start(), match.end(), *_traits(word))))
    return words


class PageWords:
    """The words of a whole page, found once: the words of a span are a slice of them.

    A slice is exactly what tokenizing the span alone gives unless a word crosses one of the
    span's ends, or the span ends on a closing parenthesis (where "287(g)" may read as one
    word in the span and as three in the page); those spans are tokenized on their own.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = words_in(text, 0, len(text))
        self.starts = [word.start for word in self.words]

    def span(self, start: int, end: int) -> tuple[list[Word], bool]:
        """The words of ``text[start:end]``, and whether they are a slice of the page's."""
        words, starts, text = self.words, self.starts, self.text
        first = bisect.bisect_left(starts, start)
        stop = bisect.bisect_left(starts, end, first)
        if (
            (first and words[first - 1].end > start)
            or (stop > first and words[stop - 1].end > end)
            or (end < len(text) and text[end - 1 : end] == ")")
        ):
            return words_in(text, start, end), False
        return words[first:stop], True

    def __call__(self, start: int, end: int) -> list[Word]:
        """The words of ``text[start:end]`` with their spans."""
        return self.span(start, end)[0]
