"""Two units named in full and joined by "and" in prose, a unit named through its head ("The
Director of the Office of Wicks"), a unit named before its place, and a unit's name that is two
names joined by "and" ("Records and the Wick Supply Unit", "Wick Division and Oil Division"),
whichever rule found it."""

from __future__ import annotations

import re

from pipeline.extract.names import name_tokens
from pipeline.extract.offices.common import (
    AND_BETWEEN,
    ANY_UNIT_NOUNS,
    SECOND_TITLES,
    TERRITORIAL_NOUNS,
    unit_key,
    unit_type,
)
from pipeline.extract.unit_names import OF_ITS_BODY, unit_then_its_body
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase, one_joined_name
from pipeline.text.vocabulary import POSITION_WORDS, UNIT_NOUNS
from pipeline.text.words import singular_noun

_HEADED_OFFICE = lazy_pattern(
    r"(?:" + SECOND_TITLES + r"\s+)?"
    r"(?:Director|Chief|Head|Administrator|Manager|Commissioner|Superintendent|Commander)"
    r"(?:\s+of\s+(?:the\s+)?|,\s+)"
    r"(?P<office>(?:Office|Division|Bureau|Branch|Center|Service|Staff)\s+(?:of|for)\s+\S.*"
    r"|[A-Z][\w&’'-]*(?:,?\s+(?:of|for|and|the|&|[A-Z][\w&’'-]*))*?\s+"
    r"(?:Office|Division|Bureau|Branch|Center|Staff|Unit|Section))$"
)


@rule("name", off=None)
def headed_office(name: str) -> str | None:
    """ "The Director of the Office of Wicks (OW) advises ...": a sentence about the head of a
    unit named in full is about that unit; the unit is the office, and where the office is
    named already it is that unit again. So is a list of the positions that head units:
    "Deputy Commissioner of the Wick Division, Director of the Glass Unit, ...", "Director,
    Lamp Oil Branch" name the division, the unit, the branch (a deputy's or an assistant's
    title over a unit named already stays a position of its own). Returns the office's
    name."""
    match = _HEADED_OFFICE.match(name)
    return match.group("office") if match else None


register(
    "and_joined_units",
    "name",
    """ "The Wick Stores Division and Glass Care Division": two units named in full in prose,
    each of two words or more ending in a unit noun and naming no position, joined by "and",
    are two units, not one name; so in the series a unit's own section enumerates as its
    parts ("The Wick Directorate comprises the Braiding Division, Oil Stores Division and
    Glass Care Division"). A first name that ends in a noun for a field ("services",
    "administration") names a field of the second when the second ends in another noun:
    "Soot Services and Glass Division" is one division ("Pane Services and Lens Services"
    are two).""",
)
register(
    "qualifying_position_word",
    "name",
    """In two units named in full and joined by "and" (``and_joined_units``), a position's
    word names a position only where it heads a post, last or before "of", "to", "for",
    "at" ("Chief Wick Officer of the Bureau and Treasurer to the Lamp Board", "The Directors at
    the Lamp Office and Wick Offices" are one name); before another word of the name it
    qualifies the unit ("the General Wick Division and Oil Division", "the Executive Lamp
    Team and Senior Executive Glass Team" are two units). Only in a sentence: a line that
    is the name alone ("4. Executive Wick Office and Oil Support Group", an item) names
    one unit, as it did before.""",
)
# The words after a position's word that make it head a post ("Officer of", "Secretary to").
_POST_LINKS = frozenset({"of", "to", "for", "the", "and", "at", "in", "on"})


def _within_sentence(text: str, phrase: Phrase) -> bool:
    """Whether other words stand beside ``phrase`` on its line: a name inside a sentence,
    not an item's or a heading's whole line ("4. Executive Wick Office and Oil Group")."""
    line_start = text.rfind("\n", 0, phrase.start) + 1
    line_end = text.find("\n", phrase.end)
    after = text[phrase.end : line_end if line_end >= 0 else len(text)]
    return bool(_LINE_WORD.search(text, line_start, phrase.start) or _LINE_WORD.search(after))


_LINE_WORD = lazy_pattern(r"[A-Za-z]{2,}")


def _heads_a_post(words: list[str]) -> bool:
    """Whether a name's tokens hold a position's word heading a post: last, or before "of",
    "to", "for" ("Wick Officer of the Bureau", "Treasurer to the Lamp Board"); not one that
    qualifies the next word ("General Wick Division", "Executive Lamp Team")."""
    return any(
        (word in POSITION_WORDS or singular_noun(word) in POSITION_WORDS)
        and (index + 1 == len(words) or words[index + 1] in _POST_LINKS)
        for index, word in enumerate(words)
    )


# Unit nouns that also name a field a unit covers: "Legal Services and Treaty Division" is one
# division of two fields, not the Legal Services and a Treaty Division ("Pane Services and
# Lens Services", the same noun twice, are two units).
_AREA_NOUNS = frozenset({"services", "administration"})


def two_named_units(text: str, phrase: Phrase) -> list[Phrase]:
    """ "The Wick Stores Division and Glass Care Division": two units named in full, each of
    two words or more ending in a unit noun and naming no position, joined by "and" in prose,
    are two names; "Office of Wicks and Oils", "Lamps and Glass Division", "Chief Wick
    Officer of the Bureau and Secretary to the Board" stay one (``and_joined_units``)."""
    if " and " not in phrase.text or not enabled("and_joined_units"):
        return [phrase]
    if "," in phrase.text and one_joined_name(phrase.text):
        return [phrase]  # "Office of Finance, Administration and Wick Services"
    for match in AND_BETWEEN.finditer(phrase.text):
        left = phrase.text[: match.start()]
        right = phrase.text[match.end() :]
        left_words, right_words = name_tokens(left), name_tokens(right)
        if (
            len(left.split()) >= 2
            and len(right.split()) >= 2
            and left_words[-1:] != []
            and left_words[-1] in ANY_UNIT_NOUNS
            and (left_words[-1] not in _AREA_NOUNS or left_words[-1] == right_words[-1])
            and right_words[-1:] != []
            and right_words[-1] in ANY_UNIT_NOUNS
            and (
                not _heads_a_post(left_words) and not _heads_a_post(right_words)
                if enabled("qualifying_position_word") and _within_sentence(text, phrase)
                else not set(left_words + right_words) & POSITION_WORDS
            )
        ):
            cut = phrase.start + match.start()
            after = phrase.start + match.end()
            return [
                Phrase(text[phrase.start : cut], phrase.start, cut),
                Phrase(text[after : phrase.end], after, phrase.end),
            ]
    return [phrase]


register(
    "unit_before_its_place",
    "name",
    """A sentence of a paragraph that opens with "The", a unit named in full (two words or
    more, its unit noun last, no position's word) and "of the" (in any case) and a body named
    in full, its unit noun last too ("The Wick Division of the Lamp Office trims ...", "The
    Glass Section of the Oil Directorate has been ..."), names the unit and the body it is
    part of: the unit's name stops before "of the", and the unit hangs from the body when the
    page names the body as a unit (before, or in that sentence) and nothing else in the
    sentence places it. A body defined by an acronym right after it ("... of the Oil
    Trimming Directorate (OTD) ...") is named as a unit of its own, the acronym its own, not
    the unit's, whenever its letters spell the body's words alone, whatever the unit's noun
    (a long form read over "Division of the" or "Office of the" too). The shorter name is a
    unit whenever the whole one would have been, and an acronym that spells out the whole
    name ("The Wick Division of the Lamp Office (WDLO)") is the unit's. Not a name in a list
    item or a heading ("Oil Office of the Wick Division" listed as a name of its own stays
    whole), nor one not opening its sentence with "The" ("... works with the Wick Division
    of the Lamp Office"), nor an "of" that is the name's own ("The Office of the Lamp Board":
    no words before its noun; "The Wick Office of Records": no "the"; "The Lamp Office of the
    Future": no unit noun last), nor a plural noun ("The Wick Divisions of the Lamp Office":
    no one unit), nor a place ("The Lamp Office of the Wickside Region": a territorial noun
    last), nor a name the page has cut from another body before ("The Wick Branch of the
    Eastern Lamp Command", then "The Wick Branch of the Western Lamp Command": two units, the
    second named whole).""",
)
# "of the" between a unit's name and its body, in any case ("Wick Division Of The Lamp Office").
_OF_THE_BODY = lazy_pattern(OF_ITS_BODY.pattern, re.IGNORECASE)


def cut_from_its_body(
    text: str, phrase: Phrase, start: int, cut_from: dict[frozenset[str], frozenset[str]]
) -> tuple[Phrase, Phrase] | None:
    """The unit's name and its body's when ``phrase`` is the subject a sentence opens with
    "The", the unit's name, "of the" and its body's (``unit_before_its_place``), else None.
    ``cut_from`` holds the body each name was cut from before on the page."""
    if not enabled("unit_before_its_place") or text[start : phrase.start].strip() != "The":
        return None
    of = _OF_THE_BODY.search(phrase.text)
    if of is None or not of.group("the"):
        return None
    unit, body = name_tokens(phrase.text[: of.start()]), name_tokens(phrase.text[of.end() :])
    if (
        not unit_then_its_body(unit, body)
        or len(body) < 2
        or body[-1] not in UNIT_NOUNS
        or body[-1] in TERRITORIAL_NOUNS
        or set(unit) & POSITION_WORDS
    ):
        return None
    cut, after = phrase.start + of.start(), phrase.start + of.end()
    named, within = unit_key(text[phrase.start : cut]), unit_key(text[after : phrase.end])
    if cut_from.setdefault(named, within) != within:
        return None  # "Wick Branch" of another body before: a unit of its own, named whole
    return Phrase(text[phrase.start : cut], phrase.start, cut), Phrase(
        text[after : phrase.end], after, phrase.end
    )


register(
    "and_the_second_name",
    "name",
    """A unit's name that reads "A and the B", B two capitalized words or more ending in a
    unit noun ("Records and the Wick Supply Unit", "Lamp Division and the Oil Liaison
    Unit"), names two units, A and B, when A is worded as a unit too (its unit noun last) or
    stands as the last item of a series (after a comma, a semicolon or a colon: "... the
    following units: Glass Care, Records and the Wick Supply Unit"): "the" opens a new noun
    phrase, and a name's own "and" joins two fields of one unit ("Wick and Glass Division"),
    never a field and a whole unit named with its article. Whoever read the series or the
    column kept its last two items together because names have "and" inside. Not a name
    whose second part ends in a noun for a field ("Ministry of Lamps and the Glass
    Service", "Office of Wicks and the Environment"), nor one whose first part opens
    in lower case or does not stand alone ("Liaison to the Wick Register and the Office of
    Oil": not a unit's words, no series), nor one whose first part ends in a unit named
    after "of" or "for" ("Secretariat of the Lamp Board and the Wick Council", "Liaison Bureau
    for the Lamp Board and the Wick Council"): there the unit noun is the body the first
    unit serves, and "and the B" names a second body it serves, the object of the same "of"
    (a joint secretariat, a liaison office), not a unit of the page; nor one with an acronym
    of its own, units under it or a section under it as its heading (one unit the page names
    so).""",
)
# "and the" before a capitalized word: where a second name opens with its article.
_AND_THE = lazy_pattern(r"\s+and\s+the\s+(?=[A-Z])")
# What ends a series' earlier item before its last one: "A, B and the C", "units: B and the C".
_SERIES_BEFORE = lazy_pattern(r"[,;:]\s*$")
# The unit nouns that also name a field (services, administration, service): a second part
# that ends in one may be a field of the first name's ("Ministry of Lamps and the Glass
# Service").
_FIELD_UNIT_NOUNS = _AREA_NOUNS | {"service"}
# A first part whose unit noun closes a phrase after "of" or "for" ("Secretariat of the Lamp
# Board"): the unit noun names the body served, and "and the B" is a second one.
_UNIT_AFTER_OF = lazy_pattern(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][^,;:]*$")


def _capitalized(words: str) -> bool:
    """Whether every word of ``words`` but "and", "of", "the", "for", "&" opens in upper case."""
    return all(
        word[:1].isupper() or word[:1].isdigit() or word in {"and", "of", "the", "for", "&"}
        for word in words.split()
    )


def _series_item(text: str, unit: Unit) -> bool:
    """Whether the unit's name stands in the page after a comma, a semicolon or a colon (an
    item of a series), within its evidence."""
    at = text.find(unit.name, unit.evidence_start, max(unit.evidence_end, unit.evidence_start))
    if at < 0:
        return False
    return bool(_SERIES_BEFORE.search(text, max(0, at - 3), at))


def _second_name_after_the(text: str, unit: Unit) -> tuple[str, str] | None:
    """The two names of a unit's name "A and the B" (``and_the_second_name``), else None."""
    if not enabled("and_the_second_name"):
        return None
    for match in _AND_THE.finditer(unit.name):
        left, right = unit.name[: match.start()].strip(), unit.name[match.end() :].strip()
        left_words, right_words = name_tokens(left), name_tokens(right)
        if (
            left_words
            and len(right_words) >= 2
            and left[:1].isupper()
            and _capitalized(left)
            and _capitalized(right)
            and right_words[-1] in ANY_UNIT_NOUNS
            and right_words[-1] not in _FIELD_UNIT_NOUNS
            and (left_words[-1] in ANY_UNIT_NOUNS or _series_item(text, unit))
            and not (left_words[-1] in ANY_UNIT_NOUNS and _UNIT_AFTER_OF.search(left))
        ):
            return left, right
    return None


register(
    "unit_noun_named_twice",
    "name",
    """A unit's name that reads "A and B" where A and B each name a unit in full with the
    same unit noun, both last ("Wick Division and Oil Division", "North Lamp Unit and Glass
    Care Unit") or both first before "of" or "for" ("Bureau of Wicks and Bureau of Oil
    Stores", "Office for Lamps and Office for Glass"), names two units, whichever rule found
    it: a name whose "and" joins two fields writes its unit noun once ("Wick and Oil
    Division", "Bureau of Wicks and Oil"), so a noun written again opens a second name.
    "&" joins as "and" does. Each part is two words or more, in capitals, and names no
    position ("Director of Wicks and Director of Oil" are posts); a first name with "of",
    "for", "on" or "in" inside does not end in its own noun ("Office of Wick Services and
    Oil Services" may be one office of two fields); not a unit with an acronym of its own,
    units under it or a section under it as its heading (one unit the page names so), nor
    the root or the page's top unit.""",
)
# A name's first words: a unit noun before "of" or "for" ("Bureau of", "Office for the").
_NOUN_BEFORE_OF = lazy_pattern(r"(?:the\s+)?(?P<noun>[A-Z][a-z]+)\s+(?:of|for)\s+(?=\S)")
# "and" or "&" between two names, with the second's article.
_AND_OR_AMPERSAND = lazy_pattern(r"\s+(?:and|&)\s+(?:the\s+)?")
# A preposition inside the first name: its object may run on over "and" ("Office of Wick
# Stores and Oil Stores").
_PREPOSITION = lazy_pattern(r"\s(?:of|for|on|in)\s")


def _same_noun_twice(name: str) -> tuple[str, str] | None:
    """The two names of a unit's name "A and B" that writes the same unit noun in each
    (``unit_noun_named_twice``), else None."""
    if not enabled("unit_noun_named_twice"):
        return None
    for match in _AND_OR_AMPERSAND.finditer(name):
        left, right = name[: match.start()].strip(), name[match.end() :].strip()
        left_words, right_words = name_tokens(left), name_tokens(right)
        if (
            len(left_words) < 2
            or len(right_words) < 2
            or not _capitalized(left)
            or not _capitalized(right)
            or not left[:1].isupper()
            or not right[:1].isupper()
            or set(left_words + right_words) & POSITION_WORDS
        ):
            continue
        if (
            left_words[-1] == right_words[-1]
            and left_words[-1] in UNIT_NOUNS
            and not _PREPOSITION.search(left)
        ):
            return left, right
        opens_left, opens_right = _NOUN_BEFORE_OF.match(left), _NOUN_BEFORE_OF.match(right)
        if (
            opens_left is not None
            and opens_right is not None
            and opens_left.group("noun") == opens_right.group("noun")
            and opens_left.group("noun").lower() in UNIT_NOUNS
        ):
            return left, right
    return None


def _part(text: str, unit: Unit, name: str, narrow: bool = True) -> Unit:
    """One of the two units a joined name names, placed and found as the joined one was.
    ``narrow``: its evidence is its own words when the joined one's was the joined name
    alone; else both keep the joined name's (two peers named together, neither after the
    other in an item's description: ``item_description_parts``)."""
    start, end = unit.evidence_start, unit.evidence_end
    if narrow and text[start:end] == unit.name:  # the evidence is the name alone: the part's words
        at = text.find(name, start, end)
        start, end = (at, at + len(name)) if at >= 0 else (start, end)
    part = Unit(
        name,
        None,
        unit_type(text, name, [], is_group=False),
        None,
        None,
        start,
        end,
        parent=unit.parent,
        found_by=unit.found_by,
        parent_by=unit.parent_by,
    )
    part.announced, part.listed_noun = unit.announced, unit.listed_noun
    return part


def part_joined_names(text: str, units: list[Unit], top: Unit) -> None:
    """Part in place each unit whose name is two names joined by "and"
    (``and_the_second_name``, ``unit_noun_named_twice``): the two units take its place,
    under its parent, found by the rule that found it; a part the page names as a unit
    already is not added again. The root and the page's top unit are never parted."""
    parents = {id(unit.parent) for unit in units if unit.parent is not None}
    keys = {unit_key(unit.name) for unit in units}
    index = 1  # the root, first, is never parted
    while index < len(units):
        unit = units[index]
        kept = unit is top or unit.acronym or unit.heading is not None or id(unit) in parents
        parts = None if kept else _second_name_after_the(text, unit)
        twice = None if kept or parts is not None else _same_noun_twice(unit.name)
        parts = parts or twice
        if parts is None:
            index += 1
            continue
        new = [
            _part(text, unit, name, narrow=twice is None)
            for name in parts
            if unit_key(name) not in keys
        ]
        keys.update(unit_key(name) for name in parts)
        units[index : index + 1] = new
        index += len(new)
