"""Align an acronym's letters with the words of a candidate long form.

A plain backward letter scan (Schwartz-Hearst) happily starts a long form on a function word:
"Office of Congressional Relations (OCR)" becomes "of Congressional Relations". Here letters
match the starts of words (or a word's own capitals, or a word's leading letters, as in
"FinCEN", or every letter of a dotted initialism, as "U.S." in "USDL"), a long form never
starts on a function word, skipped content words cost one each, and the cheapest, then
shortest, long form wins.
"""

from __future__ import annotations

import functools
import re

from pipeline.rules import enabled, register, rule
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.vocabulary import UNIT_NOUNS
from pipeline.text.words import DOTTED_INITIALISM, Word, of_a_name, words_in


@functools.lru_cache(maxsize=1 << 14)
def acronym_letters(acronym: str) -> str:
    """The letters and digits an acronym's long form must account for (a plural's "s", as
    in "CIAs", stands for no word)."""
    letters = re.sub(r"\([a-z0-9]\)$", "", acronym).translate(str.maketrans("", "", "/&.-'’ "))
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        return letters[:-1]
    return letters


_VOWELS = frozenset("aeiou")

register(
    "letters_inside_word",
    "acronym",
    """When no long form spells an acronym in capitals from the starts of its words, a word may
    also give consonants from inside it, in order after its first letter: a compound word
    gives a letter per part ("LW" for "Lampworks", "LFO" for "Lampforce Office", "TY" for
    "Tallowyard") and a word a consonant from its middle ("WX" for "Waxen"). A vowel inside a
    word is no evidence: most words have one.""",
)


@functools.lru_cache(maxsize=1 << 14)
def _consumptions(letters: str, index: int, word: str, inside: bool = False) -> tuple[int, ...]:
    """How many letters from ``index`` on a word can stand for (each option); ``inside``: also
    letters found inside the word, in order (``letters_inside_word``)."""
    if not word or letters[index].lower() != word[0].lower():
        return ()
    options = {1}
    prefix = 1
    any_case = letters.isupper()
    if "." in word and DOTTED_INITIALISM.fullmatch(word):
        initials = word.replace(".", "")
        while (
            index + prefix < len(letters)
            and prefix < len(initials)
            and letters[index + prefix].lower() == initials[prefix].lower()
        ):
            prefix += 1
            options.add(prefix)
        return tuple(sorted(options))
    while (
        index + prefix < len(letters)
        and prefix < len(word)
        and letters[index + prefix].lower() == word[prefix].lower()
        and (any_case or letters[index + prefix].islower() == word[prefix].islower())
    ):
        prefix += 1
        options.add(prefix)
    if inside and any_case and len(word) > prefix:
        taken, position = prefix, prefix
        while index + taken < len(letters):
            letter = letters[index + taken].lower()
            position = word.lower().find(letter, position) if letter not in _VOWELS else -1
            if position < 0:
                break
            taken += 1
            position += 1
            options.add(taken)
    if not word.isupper():
        capitals = [
            i
            for i, ch in enumerate(word)
            if i > 0 and (ch.isupper() or ch.isdigit() or (word[i - 1] in "-/" and ch.isalpha()))
        ]
        taken = 1
        for position in capitals:
            if (
                index + taken < len(letters)
                and letters[index + taken].lower() == word[position].lower()
            ):
                taken += 1
                options.add(taken)
            else:
                break
    return tuple(sorted(options))


def alignment_cost(letters: str, words: list[Word], inside: bool = False) -> int | None:
    """Content words left unmatched when ``words`` spell ``letters``; None if they cannot
    (``inside``: a word may also give letters from inside it)."""
    if not words or not letters or words[0].is_connector:
        return None
    if not _consumptions(letters, 0, words[0].bare, inside):
        return None
    bares = tuple(word.bare for word in words)
    connectors = tuple(word.is_connector for word in words)
    return _Alignment(letters, bares, connectors, inside).best(0, 0)


class _Alignment:
    """The cheapest way ``bares`` spell ``letters`` from letter ``i`` and word ``j`` on, each
    answer kept (an object, not a closure over itself: a recursive closure is a reference
    cycle, left for the cyclic collector)."""

    def __init__(
        self, letters: str, bares: tuple[str, ...], connectors: tuple[bool, ...], inside: bool
    ):
        self.letters, self.bares, self.connectors = letters, bares, connectors
        self.inside = inside
        self.memo: dict[tuple[int, int], int | None] = {}

    def best(self, i: int, j: int) -> int | None:
        key = (i, j)
        if key in self.memo:
            return self.memo[key]
        result: int | None
        if i == len(self.letters):
            result = sum(not self.connectors[k] for k in range(j, len(self.bares)))
        elif j == len(self.bares):
            result = None
        else:
            results = []
            for taken in _consumptions(self.letters, i, self.bares[j], self.inside):
                rest = self.best(i + taken, j + 1)
                if rest is not None:
                    results.append(rest)
            if j > 0:
                skipped = self.best(i, j + 1)
                if skipped is not None:
                    results.append(skipped + (0 if self.connectors[j] else 1))
            result = min(results) if results else None
        self.memo[key] = result
        return result

    def opening(self, j: int) -> int | None:
        """``best(0, j)`` for the words from ``j`` on alone: their first word may not be
        skipped (every later word is past a suffix's first)."""
        results = []
        for taken in _consumptions(self.letters, 0, self.bares[j], self.inside):
            rest = self.best(taken, j + 1)
            if rest is not None:
                results.append(rest)
        return min(results) if results else None


def max_skipped(letters: str) -> int:
    """How many content words a long form may leave out of its acronym."""
    return max(1, len(letters) // 2)


def best_long_form(letters: str, words: list[Word], text: str) -> list[Word] | None:
    """The cheapest, then shortest, suffix of ``words`` (words of ``text``) that spells
    ``letters``; else a name whose head noun the acronym puts last (``unit_noun_last``);
    letters from inside words only when neither spells them from word starts
    (``letters_inside_word``)."""
    found = _best_suffix(letters, words, inside=False)
    if found is None:
        found = unit_noun_last(letters, words)
    if found is None and inside_letters_allowed(letters):
        found = _best_suffix(letters, words, inside=True)
    if found is None:
        counted = counted_letters(letters)
        if counted is not None:
            found = _best_suffix(counted, words, inside=False)
    if found is None:
        found = opening_word_and_head_noun(text, letters, words)
    return found


# The function words that join the words of a name left out between its opening word and its
# head noun: a field's words ("Lamps and Glass"), after "of" or "for" ("Bureau of Oil and ...").
_JOINING = frozenset({"and", "&", "of", "for"})


@rule("acronym", off=None)
def opening_word_and_head_noun(text: str, letters: str, words: list[Word]) -> list[Word] | None:
    """A two-letter acronym may spell a name that joins several fields by the word that opens
    the name and the unit noun that heads it, the joined words left out: "the Lamp, Oil and
    Glass Bureau (LB)", "the Wick & Tallow Supply Office (WO)", "Agency for Lamps and
    Glass Services [X/AS]". The unit noun just before the acronym gives its last letter, and
    the nearest word before it that gives its first opens the long form; "Office of" before
    that word is taken in as for any long form (``long_form_prefix``). The words between are
    a name's (capitalized words, joined by "and", "&", "of" or "for") and hold an "and" or
    "&" that joins fields, commas only in a series that "and" closes. Read only when nothing
    spells the acronym otherwise. No definition where no "and" joins the words ("the Wickham
    City Lamp Division (WD)": a place's name, "Wickham, Lamp Glass Division (WD)"), where a
    unit noun before a comma or "and" ends one of the joined names ("the Wick Office, Lamp
    Office and Glass Division (WD)" lists units), across another function word ("Wick Depot
    in Lamp and Glass Division (WD)"), a word in lower case, a word in capitals (another
    acronym), "the" or "a", a possessive or a sentence's stop, nor for a name that does not
    end on a unit noun ("Wick and Glass Supply Works (WS)"). None when no such name spells
    the acronym."""
    if len(letters) != 2 or not letters.isupper() or len(words) < 2:
        return None
    head = words[-1]
    if head.bare[:1] != letters[1] or head.bare.lower() not in UNIT_NOUNS:
        return None
    joined = False  # an "and" or "&" between the word reached and the head noun
    after = head
    for index in range(len(words) - 2, -1, -1):
        word = words[index]
        bare = word.bare.lower()
        gap = text[word.end : after.start].strip()
        if gap not in ("", ",") or (gap == "," and not joined):
            return None  # a comma after the series' "and", or with no "and" to close a series
        if not of_a_name(word) or (word.is_connector and bare not in _JOINING):
            return None
        if bare in UNIT_NOUNS and (gap == "," or after.bare.lower() in ("and", "&")):
            return None  # a unit's name ends there: the words list units
        joined = joined or bare in ("and", "&")
        if not word.is_connector and word.bare[:1] == letters[0]:
            return words[index:] if joined else None
        after = word
    return None


# A capital and the digit after it that counts its repeats: the "C4" of "C4&IT".
_COUNTED_LETTER = lazy_pattern(r"([A-Z])([2-9])(?![0-9])")


@rule("acronym", off=None)
def counted_letters(letters: str) -> str | None:
    """An acronym may count a letter's repeats with the digit after it, as military and
    engineering names do: "C4" for "Command, Control, Communications and Computers", "W2O"
    for "Wick Works Office". The letters with each counted capital written out ("CCCC",
    "WWO"), read only when no long form spells them as written (a digit may stand for a
    word of its own: "Lamp 3P Office (L3PO)"); None when no capital is counted."""
    if not _COUNTED_LETTER.search(letters):
        return None
    return _COUNTED_LETTER.sub(lambda match: match.group(1) * int(match.group(2)), letters)


@rule("acronym", off=None)
def unit_noun_last(letters: str, words: list[Word]) -> list[Word] | None:
    """An acronym may put the unit noun that heads its name last, as the name would read
    without "of": "Office of the Warden (WO)", "Secretariat of the Lamp Boxes (LBS)",
    "Bureau of Wick Supply (WSB)". The words after "of" (and "the") up to the acronym spell
    its letters but the last, every word accounted for, and the unit noun just before "of"
    gives the last letter; the long form is the whole name, from the unit noun on. The
    words it spells may hold an "of" of their own ("Office of the Chief of Wick Supply
    (CWSO)"): each "of" is tried, the last first. Read only when no run of words spells the
    acronym in its own order."""
    if len(letters) < 2 or not letters.isupper():
        return None
    for index in range(len(words) - 2, 0, -1):
        if words[index].bare.lower() != "of":
            continue
        rest = index + 1
        if rest < len(words) and words[rest].bare.lower() == "the":
            rest += 1
        head = words[index - 1].bare
        if (
            rest < len(words)
            and head.lower() in UNIT_NOUNS
            and head[:1].upper() == letters[-1]
            and alignment_cost(letters[:-1], words[rest:]) == 0
        ):
            return words[index - 1 :]
    return None


def inside_letters_allowed(letters: str) -> bool:
    """Whether an acronym may be spelled with letters from inside words, as a last resort."""
    return letters.isupper() and enabled("letters_inside_word")


def _best_suffix(letters: str, words: list[Word], inside: bool) -> list[Word] | None:
    """The cheapest, then shortest, suffix: each suffix costs what ``alignment_cost`` gives it,
    read from one alignment of all the words (past its first word, a suffix's alignment is
    the same whichever word it starts on, so it is computed once, not once per suffix)."""
    best: tuple[int, int] | None = None
    if not words or not letters:
        return None
    limit = 2 * len(letters) + 3
    bares = tuple(word.bare for word in words)
    connectors = tuple(word.is_connector for word in words)
    shared = _Alignment(letters, bares, connectors, inside)
    for start in range(len(words) - 1, max(-1, len(words) - limit - 1), -1):
        if connectors[start]:
            continue
        cost = shared.opening(start)
        if cost is None or cost > max_skipped(letters):
            continue
        if best is None or cost < best[0]:
            best = (cost, start)
    return words[best[1] :] if best else None


@functools.lru_cache(maxsize=1 << 14)
def initials_match(acronym: str, name: str) -> bool:
    """Whether an acronym spells a name word by word, no word left out."""
    letters = acronym_letters(acronym)
    return alignment_cost(letters, words_in(name, 0, len(name))) == 0
