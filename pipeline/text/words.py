"""Words with their character offsets: the tokens acronym alignment and name phrases read."""

from __future__ import annotations

import bisect
import functools
from itertools import accumulate
from operator import add
from typing import NamedTuple

from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.vocabulary import CONNECTORS, OPENING_QUOTES

# A run of characters that are neither space nor punctuation that separates words, with a
# one-character parenthesis straight after it when no letter follows ("287(g)"); the run is
# taken whole (possessively) and then the parenthesis tried, so no run is scanned twice.
_WORD = lazy_pattern(r"[^\s()\[\]{},;:“”\"—–]++(?:\([a-z0-9]\)(?![\w(]))?")
_TRAILING = "’'.`"
# A word that is an initialism with its full stops ("U.S.", "D.C."): its last dot ends no
# sentence and no name.
INITIALISM = lazy_pattern(r"^(?:[A-Z]\.)+$")
# A dotted initialism ("U.S", "D.C", as a word's bare text): it spells all its letters, as the
# words it abbreviates would ("U.S. Department of Lamps (USDL)").
DOTTED_INITIALISM = lazy_pattern(r"(?:[A-Za-z]\.)+[A-Za-z]\.?")
# A dash with a space either side, between words: a card's text run into the next card's name
# ("Manages oil - Wicks"), a unit's name and what a caption measures of it ("Wick Office -
# Goals").
SPACED_DASH = lazy_pattern(r"\s[-–—]\s")


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
    return word.endswith(".") and not INITIALISM.match(word)


@functools.lru_cache(maxsize=1 << 16)
def _traits(text: str) -> tuple[str, bool, bool, bool, bool]:
    """What a word's text says of it (computed once per distinct word)."""
    bare = _bare(text)
    head = text.lstrip(OPENING_QUOTES)[:1]
    return (
        bare,
        bare.lower() in CONNECTORS,
        head.isupper() or head.isdigit(),
        _closes_name(text),
        text.islower() or not text.isalpha(),
    )


def in_capitals(word: Word) -> bool:
    """A word written in capitals, an acronym or a heading's capitals ("LO", "LAMPS"), not a
    dotted initialism ("U.S.") or a single capital."""
    bare = word.bare
    return len(bare) > 1 and bare.isupper() and "." not in bare


def of_a_name(word: Word) -> bool:
    """Whether a word may stand inside a proper name's run of words: a capitalized word not
    written in capitals (an acronym is a name of its own), or a function word that joins
    such words ("of", "and", "&"; not "the" or "a", which open a name), and no word that
    closes a name (a possessive, a sentence's stop)."""
    if word.closes_name:
        return False
    if word.is_connector:
        return word.bare.lower() not in ("the", "a")
    return word.capitalized and not in_capitals(word)


def make_word(text: str, start: int, end: int) -> Word:
    return _new_word(Word, (text, start, end, *_traits(text)))


_new_word = tuple.__new__


# The span split at its words: separators and words alternate, so their lengths add up to
# each word's offsets. The word pattern looks at nothing before a word, so the span alone
# reads as it does in place.
_SPLIT = lazy_pattern(f"({_WORD.pattern})")
_make_words = functools.partial(map, functools.partial(_new_word, Word))


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with their spans (every word built by loops that run
    in C: a Python loop over the page's words took a tenth longer)."""
    pieces = _SPLIT.split(text if start == 0 and end == len(text) else text[start:end])
    offsets = list(accumulate(map(len, pieces), initial=start))
    found = pieces[1::2]
    spans = zip(found, offsets[1:-1:2], offsets[2::2], strict=True)
    return list(_make_words(map(add, spans, map(_traits, found))))


class PageWords:
    """The words of a whole page, found once: the words of a span are a slice of them.

    A slice is exactly what tokenizing the span alone gives, except next to a word that
    crosses one of the span's ends or a span that ends on a closing parenthesis (where "287(g)"
    may read as one word in the span and as three in the page): the words there are tokenized
    again within the span.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = words_in(text, 0, len(text))
        self.starts = [word.start for word in self.words]

    def __call__(self, start: int, end: int) -> list[Word]:
        """The words of ``text[start:end]`` with their spans."""
        words, text = self.words, self.text
        first = bisect.bisect_left(self.starts, start)
        stop = bisect.bisect_left(self.starts, end, first)
        head: list[Word] = []
        if first and words[first - 1].end > start:
            crossing_end = words[first - 1].end
            if crossing_end >= end - 3:
                return words_in(text, start, end)
            head = words_in(text, start, crossing_end)
        crosses_end = stop > first and words[stop - 1].end > end
        if not crosses_end and not (end < len(text) and text[end - 1 : end] == ")"):
            return head + words[first:stop] if head else words[first:stop]
        # Words ending within three characters of the end may read differently there ("x(a)").
        cut = stop
        while cut > first and words[cut - 1].end >= end - 3:
            cut -= 1
        tail = words_in(text, words[cut].start, end) if cut < stop else []
        return head + words[first:cut] + tail


def in_singular(noun: str) -> str:
    """A plural noun in the singular: "Areas" "Area", "Agencies" "Agency", "Branches"
    "Branch"; "Corps" is both."""
    if noun.lower() == "corps":
        return noun
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1]


def plural_word(word: str) -> bool:
    """A word in the plural "s" ("Boards", "Agencies"; not "Business", "Census", "Analysis",
    "Status")."""
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singular_noun(word: str) -> str:
    """A word ending in "s" as its singular, else itself: "agencies" "agency", "branches"
    "branch", "bureaus" "bureau". Vocabulary holds singular nouns, and cutting only the final
    "s" misreads the "-ies" and "-ches" plurals."""
    return in_singular(word) if word.endswith("s") else word
