"""What several families of the list rules share: the context a list is read in
(``ListContext``), whether a name is capitalized as a proper name, worded as a unit or headed
by a post, and the last sentence of a lead-in."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.names import DASHES, PORTFOLIO, name_tokens, without_acronyms
from pipeline.extract.records import UnitType
from pipeline.extract.units import Unit
from pipeline.rules import enabled
from pipeline.text.vocabulary import CONNECTORS, POSITION_WORDS, UNDERTAKING_NOUNS, UNIT_NOUNS


@dataclass(frozen=True)
class ListContext:
    """What the text around a list says of it: the heading over it and how to read a name."""

    heading: str | None
    resolve: Callable[[str], Unit | None]
    acronym_for: Callable[[str, str], str | None]
    unit_type: Callable[[str], UnitType]
    is_staff: Callable[[str], bool]
    make: Callable[[str, int], Unit | None]
    agency: Unit | None = None
    # Whether the heading over the list was itself read as a unit (the list's parent).
    heading_is_unit: bool = False
    # Makes a unit of a name a lead-in gives parts to, under a parent
    # (``parts_name_their_whole``): the name need not be worded as a unit.
    make_whole: Callable[[str, int, Unit], Unit | None] | None = None


# "Mission staff who assist ...", "Wick Supply, through the Wick Keeper, responsible for ...",
# "A bureau of wicks, the chief officer of which ...", "OIL, headed by the Oil Director.": the
# words before a relative clause or a comma that opens one (a comma before more names, as in
# "Department of wicks, oil, and glass", continues the name).
CLAUSE_AFTER_COMMA = (
    r",\s+(?:(?:[a-z]+ly\s+)?(?:headed|led|directed|managed|supervised|administered|chaired)\s+by"
    r"|through|responsible|under|whose|which|who|with|consisting|to(?=\s+[a-z]+\b)"
    r"|the\s+(?:[a-z]+\s+){0,2}of\s+(?:which|whom))\b"
)


def is_capitalized_name(name: str) -> bool:
    """Every content word capitalized (a proper name, not a sentence); a spaced dash between
    a name and its qualifier ("Lamp Division – Oil Supply") is part of the name
    (``dash_qualified_name``), and so are a post's portfolio's words in parentheses
    ("Deputy Secretary (Wick Policy)", ``portfolio_in_parentheses``)."""
    if "(" in name and enabled("portfolio_in_parentheses"):
        name = PORTFOLIO.sub(lambda found: " " + found.group("words"), name)
    words = name.split()
    if enabled("dash_qualified_name"):
        words = [w for w in words if w not in DASHES]
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS for w in words)


def unit_worded(name: str) -> bool:
    """Whether a name holds a unit noun or a position word; not a project's name, a noun of
    an undertaking before "of" ("Establishment of a Wick Testing Laboratory", "Construction
    of the Oil Depot Office"), whose unit noun names what is built (``unit_worded_items``)."""
    tokens = name_tokens(without_acronyms(name))
    if len(tokens) > 2 and tokens[0] in UNDERTAKING_NOUNS and tokens[1] == "of":
        return False
    return bool(set(tokens) & (UNIT_NOUNS | POSITION_WORDS)) and bool(tokens)


def last_sentence(paragraph: str) -> str:
    """The sentence a lead-in paragraph ends with (the one that introduces the list)."""
    cut = max(paragraph.rfind(". "), paragraph.rfind("? "), paragraph.rfind("! "))
    return paragraph[cut + 2 :] if cut >= 0 else paragraph


def name_head(name: str) -> str:
    """A name's words before its first "of", "for" or "to", where its head noun stands
    ("Deputy Warden" of "Deputy Warden of the Office of Wicks")."""
    return re.split(r"\s+(?:of|for|to)\s+", name, maxsplit=1)[0]


def post_head(name: str) -> bool:
    """A name whose head, before its first "of", "for" or "to", is a post ("Deputy Warden of
    the Office of Wicks"), not a unit ("Office of the Lamp Warden")."""
    tokens = set(name_tokens(name_head(name)))
    return bool(tokens & POSITION_WORDS) and not tokens & UNIT_NOUNS


def duty_words(words: list[str]) -> bool:
    """A gerund before the plural thing it acts on ("Trimming Wicks", "Painting Posts") is
    a duty; a gerund naming a field ("Engineering", "Planning", "Engineering Services",
    "Housing Development") or a plural opening a name ("Matches Supply", "Sales")
    is not."""
    if len(words) < 2 or not words[0].lower().endswith("ing"):
        return False
    after = words[1].lower()
    return (
        after.endswith("s")
        and not after.endswith("ss")
        and after not in CONNECTORS
        and after not in UNIT_NOUNS
    )
