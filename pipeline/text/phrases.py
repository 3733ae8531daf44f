"""Proper-name phrases in prose: runs of capitalized words with the function words between
them ("Office of the Chief Data Officer"), found once per sentence and read by every rule."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.words import PageWords, Word, words_in

_INITIALISM = re.compile(r"^(?:[A-Z]\.)+$")


@dataclass(frozen=True)
class Phrase:
    """A run of capitalized words (with the function words between them) in the text."""

    text: str
    start: int
    end: int


def _joins_clauses(run: list[Word], word: Word) -> bool:
    """ "and the" links two names, it does not continue one."""
    return word.text in ("the", "a") and run[-1].text in ("and", "or")


def name_phrases(
    text: str, start: int, end: int, page_words: PageWords | None = None
) -> list[Phrase]:
    """Capitalized name phrases in ``text[start:end]``: "Office of the Chief Data Officer".

    ``page_words`` (the words of the whole of ``text``) saves tokenizing the span again.
    """
    words = page_words(start, end) if page_words is not None else words_in(text, start, end)
    phrases: list[Phrase] = []
    run: list[Word] = []

    def close() -> None:
        while run and run[-1].is_connector:
            run.pop()
        if run:
            end = run[-1].end
            if text[end - 1] == "." and not _INITIALISM.match(run[-1].text):
                end -= 1
            phrases.append(Phrase(text[run[0].start : end], run[0].start, end))
        run.clear()

    for word in words:
        if run:
            gap = text[run[-1].end : word.start]
            if not (gap.strip() in ("", ",") and "\n" not in gap):
                close()
        if not run and word.is_connector:
            continue
        if word.capitalized:
            if run and run[-1].closes_name:
                close()
            run.append(word)
        elif run and word.is_connector and word.lowerish and not _joins_clauses(run, word):
            run.append(word)
        else:
            close()
    close()
    return [_drop_article(text, phrase) for phrase in phrases]


_SEPARATORS = {
    True: re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+"),
    False: re.compile(r",\s+(?:and\s+|or\s+)?"),
}
_ARTICLES = {
    True: re.compile(r"(?:The|A|An|the|a|an)\s+(?=\S)"),
    False: re.compile(r"(?:The|A|An)\s+(?=\S)"),
}


def split_list(text: str, phrase: Phrase, *, on_and: bool = True) -> list[Phrase]:
    """The parts of a phrase that lists names: "USA.gov, Data.gov, and Challenge.gov".

    Without ``on_and`` only commas separate ("Office of Intelligence and Analysis" stays whole).
    """
    parts = []
    cursor = phrase.start
    for match in _SEPARATORS[on_and].finditer(phrase.text):
        end = phrase.start + match.start()
        parts.append(Phrase(text[cursor:end], cursor, end))
        cursor = phrase.start + match.end()
    parts.append(Phrase(text[cursor : phrase.end], cursor, phrase.end))
    return [_drop_article(text, part, lower=True) for part in parts if part.text]


def _drop_article(text: str, phrase: Phrase, *, lower: bool = False) -> Phrase:
    match = _ARTICLES[lower].match(phrase.text)
    if not match or len(phrase.text.split()) < 2:
        return phrase
    start = phrase.start + match.end()
    return Phrase(text[start : phrase.end], start, phrase.end)
