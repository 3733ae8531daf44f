"""Proper-name phrases in prose, name normalization and readable ids.

A heading often shortens a unit's name ("Congressional Relations", "CHIEF INFORMATION
OFFICER"); the body then gives it in full ("The Office of Congressional Relations (OCR)").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.extract.alignment import Word, words_in
from pipeline.rules import enabled, register
from pipeline.text.vocabulary import CONNECTORS, POSITION_WORDS, UNIT_NOUNS

_PAREN = re.compile(r"\s*\([^()]*\)")
_INITIALISM = re.compile(r"^(?:[A-Z]\.)+$")


@dataclass(frozen=True)
class Phrase:
    """A run of capitalized words (with the function words between them) in the text."""

    text: str
    start: int
    end: int


def _is_capitalized(word: Word) -> bool:
    head = word.text.lstrip("“‘\"'")[:1]
    return head.isupper() or head.isdigit()


def _closes_name(word: str) -> bool:
    """A possessive or a sentence's closing dot ends a name; an initialism's dots do not."""
    if word.endswith(("’s", "'s", "’", "'")):
        return True
    return word.endswith(".") and not _INITIALISM.match(word)


def _joins_clauses(run: list[Word], word: Word) -> bool:
    """ "and the" links two names, it does not continue one."""
    return word.text in ("the", "a") and run[-1].text in ("and", "or")


def name_phrases(text: str, start: int, end: int) -> list[Phrase]:
    """Capitalized name phrases in ``text[start:end]``: "Office of the Chief Data Officer"."""
    words = words_in(text, start, end)
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
        gap = text[run[-1].end : word.start] if run else ""
        joined = gap.strip() in ("", ",") and "\n" not in gap
        if run and not joined:
            close()
        if not run and word.is_connector:
            continue
        if _is_capitalized(word) and not (run and _closes_name(run[-1].text)):
            run.append(word)
        elif _is_capitalized(word):
            close()
            run.append(word)
        elif run and word.is_connector and word.text.islower() and not _joins_clauses(run, word):
            run.append(word)
        else:
            close()
    close()
    return [_drop_article(text, phrase) for phrase in phrases]


def split_list(text: str, phrase: Phrase, *, on_and: bool = True) -> list[Phrase]:
    """The parts of a phrase that lists names: "USA.gov, Data.gov, and Challenge.gov".

    Without ``on_and`` only commas separate ("Office of Intelligence and Analysis" stays whole).
    """
    parts = []
    cursor = phrase.start
    separator = r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+" if on_and else r",\s+(?:and\s+|or\s+)?"
    for match in re.finditer(separator, phrase.text):
        end = phrase.start + match.start()
        parts.append(Phrase(text[cursor:end], cursor, end))
        cursor = phrase.start + match.end()
    parts.append(Phrase(text[cursor : phrase.end], cursor, phrase.end))
    return [_drop_article(text, part, lower=True) for part in parts if part.text]


def _drop_article(text: str, phrase: Phrase, *, lower: bool = False) -> Phrase:
    articles = r"(?:The|A|An|the|a|an)" if lower else r"(?:The|A|An)"
    match = re.match(articles + r"\s+(?=\S)", phrase.text)
    if not match or len(phrase.text.split()) < 2:
        return phrase
    start = phrase.start + match.end()
    return Phrase(text[start : phrase.end], start, phrase.end)


def without_acronyms(name: str) -> str:
    """A heading without its parenthesized parts: "FOIA Office" stays, "(OPR)" goes."""
    return re.sub(r"\s+", " ", _PAREN.sub("", name)).strip()


def name_tokens(name: str) -> list[str]:
    """Lower-case tokens of a name, dots and possessives dropped, for comparing names."""
    folded = unicodedata.normalize("NFKC", name).replace("’", "'").lower()
    folded = re.sub(r"'s\b", "", folded)
    return re.findall(r"[a-z0-9]+", folded.replace(".", ""))


def content_tokens(name: str) -> set[str]:
    return {token for token in name_tokens(name) if token not in CONNECTORS}


def ends_with(name: str, tail: str) -> bool:
    """Whether ``name`` ends with the words of ``tail`` (case and dots ignored)."""
    tokens, tail_tokens = name_tokens(name), name_tokens(tail)
    return bool(tail_tokens) and tokens[-len(tail_tokens) :] == tail_tokens


def title_case(name: str) -> str:
    """Title case for a heading written in capitals, function words kept lower."""
    if not name.isupper():
        return name
    words = name.lower().split(" ")
    out = []
    for index, word in enumerate(words):
        if index and word in CONNECTORS:
            out.append(word)
        else:
            out.append("/".join(part[:1].upper() + part[1:] for part in word.split("/")))
    return " ".join(out)


def slug(name: str) -> str:
    """A readable id part: "Office of Policy" -> "office-of-policy"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "unnamed"


_DASH = re.compile(r"\s*[—–]\s*|\s+-\s+")

register(
    "dash_joined_name",
    "name",
    """ "Topic—Office of Topic Studies": of the parts a dash joins, the one worded as a unit
    (a unit noun or a position) is the name; the other is a gloss.""",
)


def unit_part(name: str) -> tuple[int, int] | None:
    """The span, in ``name``, of the one dash-joined part that is worded as a unit."""
    if not enabled("dash_joined_name"):
        return None
    cuts = list(_DASH.finditer(name))
    if not cuts:
        return None
    bounds = [0, *(c for m in cuts for c in (m.start(), m.end())), len(name)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    worded = [
        (a, b)
        for a, b in parts
        if set(name_tokens(name[a:b])) & (UNIT_NOUNS | POSITION_WORDS) and name[a:b].strip()
    ]
    if len(worded) > 1:
        worded = [
            (a, b) for a, b in worded if name_tokens(name[a:b])[:1] and _opens_with_unit(name[a:b])
        ]
    return worded[0] if len(worded) == 1 and len(parts) > 1 else None


def _opens_with_unit(name: str) -> bool:
    """ "Office of ...", "Division of ...": a name that opens with its unit noun."""
    tokens = name_tokens(name)
    return bool(tokens) and tokens[0] in UNIT_NOUNS and tokens[1:2] in (["of"], ["for"])
