"""Parents read from "within": a unit housed, placed or established within another, a unit
known as a body within a place, and a heading that names a found unit again."""

from __future__ import annotations

import re

from pipeline.extract.list_units.filters import refers_back
from pipeline.extract.names import name_tokens
from pipeline.extract.offices.common import (
    HOUSED,
    NAME,
    NAME_TAIL,
    POSSESSIVE_OWNER,
    unit_key,
    worded_as_unit,
)
from pipeline.extract.offices.renamings_and_partners import liaison_counterpart
from pipeline.extract.units import Unit, named_apart
from pipeline.rules import rule
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.vocabulary import UNIT_NOUNS

# A piece of each of HOUSED's verbs, one of which every match holds.
_HOUSED_PIECES = ("oused", "ocated", "laced")


@rule("parent", off=None)
def housed_within(text: str, start: int, end: int) -> tuple[str | None, str | None, int] | None:
    """A section's sentence that says where a unit is housed places it: "The Grants Office is
    housed within this group." makes that office a part of the section's unit, "Located within
    the Office of the Director, we ..." makes the section's unit a part of that office (a unit
    of its own when worded as one). Returns the housed unit's name (None: the section's own),
    the host's name (None: the section's unit) and where the host's name starts."""
    fragment = text[start:end]  # the pattern backtracks through the sentence's opening name
    if not any(map(fragment.__contains__, _HOUSED_PIECES)):
        return None
    match = HOUSED.match(text, start, end)
    if match is None:
        return None
    child, place = match.group("child"), match.group("place")
    if place is not None:
        place = NAME_TAIL.sub("", place)
        return child, place, match.start("place")
    if child is None:
        return None
    return child, None, match.start()


_WITHIN = lazy_pattern(
    r"\b(?:[Tt]he\s+)?(?P<child>" + NAME + r"(?:\s+(?:" + "|".join(sorted(UNIT_NOUNS)) + r"))?)"
    r"(?:,?\s+(?:within|inside|in)\s+the"
    r"|(?:\s+\([A-Z][A-Za-z&]{1,9}\))?,?\s+(?:(?:which|that)\s+)?(?:(?:will|shall)\s+"
    r"(?:continue\s+to\s+|also\s+)?be|is|are)\s+(?:also\s+|now\s+)?(?:an?\s+)?part\s+of\s+the)"
    r"\s+(?P<place>" + NAME + r")"
)
# What every _WITHIN match holds: most sentences have none, and the pattern (tried at every
# word boundary, backtracking through each run of capitalized words) is not run on them.
_WITHIN_HINT = lazy_pattern(r"\s(?:within|inside|in|part\s+of)\s+the\s+[A-Z]")


@rule("parent", off=[])
def unit_within_unit(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """ "the Digital Desk within the Office of Lamps", "the Wick Team in the Supply Division":
    a unit that a sentence places within another unit is a part of it (each a unit of its own
    when worded as one). So is one a sentence says is part of another: "The Wick Desk is part
    of the Lamp Office", "the Oil Kiln Service (OKS), which is part of the Supply Division", "The
    Glass Unit will continue to be a part of the Lamp Directorate", in a paragraph, a bulleted
    paragraph or the text under a topic heading. Units a subject joins with "and the" ("The
    Oil Desk and the Soot Desk are part of the Glass Office") are each a part. A host named
    with its owner's possessive ("part of the Lamp Board's Glass Office") is the unit after
    the possessive, not a second unit with the owner in its name; a post's or a people's
    possessive ("part of the Governor's Office", "the Children's Bureau") opens the host's
    own name. Returns each part's name, its host's name and where each starts."""
    found: list[tuple[str, str, int, int]] = []
    if _WITHIN_HINT.search(text, start, end) is None:
        return found
    for match in _WITHIN.finditer(text, start, end):
        place = NAME_TAIL.sub("", match.group("place"))
        place_start = match.start("place")
        owner = POSSESSIVE_OWNER.match(place)
        if owner is not None and _owned_by_a_body(owner.group()):
            # "the Lamp Board's Glass Office": the host is the Glass Office; but "the
            # Governor's Office", "the Mayor's Office of Wicks": a name with a possessive
            place, place_start = place[owner.end() :], place_start + owner.end()
        if not worded_as_unit(place) or refers_back(f"the {place}"):
            continue  # "within the Region": a unit named elsewhere
        if liaison_counterpart(text, match.start("child"), match.end("child"), start):
            continue  # "liaison to the Lamp Register within the Office of Oil": outside bodies
        for child, child_start in _joined_units(match.group("child"), match.start("child")):
            if worded_as_unit(child) and unit_key(child) != unit_key(place):
                found.append((child, place, child_start, place_start))
    return found


def _owned_by_a_body(owner: str) -> bool:
    """Whether a possessive before a host's name is a body's, its last word a unit noun
    ("the Lamp Board's "), not a post's or a people's ("the Governor's ", "the Children's "),
    which open the host's own name."""
    words = name_tokens(re.sub(r"['’]s\s*$", "", owner))
    return bool(words) and words[-1] in UNIT_NOUNS


# "the Oil Desk and the Soot Desk": where the units a plural subject joins part.
_AND_THE_SPLIT = lazy_pattern(r"\s+and\s+the\s+")


def _joined_units(names: str, start: int) -> list[tuple[str, int]]:
    """The units a subject joins with "and the" ("The Oil Desk and the Soot Desk are part of
    ...") when each holds a unit noun, else the subject as one name ("the Office of the
    Secretary and the Treasurer", "the Wick and Oil Desk"); each with where it starts in the
    text (the subject starts at ``start``), an opening article no part of a name."""
    spans, cursor = [], 0
    for separator in _AND_THE_SPLIT.finditer(names):
        spans.append((cursor, separator.start()))
        cursor = separator.end()
    spans.append((cursor, len(names)))
    if len(spans) == 1 or not all(set(name_tokens(names[a:b])) & UNIT_NOUNS for a, b in spans):
        spans = [(0, len(names))]
    pieces = []
    for begin, stop in spans:
        lead = re.match(r"(?:The|the)\s+", names[begin:stop])
        opens = begin + (lead.end() if lead else 0)
        pieces.append((names[opens:stop], start + opens))
    return pieces


# "A, the B and the C are placed within the department ...", "The D shall be placed, for
# administrative purposes only, within the ...": the list runs from the sentence's start (after
# an outline marker and an opening "Effective July 1, 1990,") to the verb.
_PLACED = lazy_pattern(
    r"(?:is|are|shall\s+be|(?:is|are)\s+hereby)\s+(?:transferred\s+to\s+and\s+)?placed"
    r"(?:\s*,[^,]{0,60},)?\s+(?:with)?in\s+(?:the\s+)?(?P<place>[^,.;]{3,80}?)(?=\s+for\b|[,.;]|$)"
)
_PLACED_OPENING = lazy_pattern(
    r"\s*(?:\(\w{1,4}\)\s*)?(?:[Ee]ffective\s[^,]{3,40},\s*)?(?:[Tt]he\s+)?"
)
# An enumerated piece that names a body: a unit noun or one of a statute's bodies.
_BODY_NOUNS = UNIT_NOUNS | {
    "authority",
    "authorities",
    "commissions",
    "boards",
    "councils",
    "committee",
    "corporation",
}
MAX_PLACED_WORDS = 8


@rule("unit", off=[])
def placed_within(text: str, start: int, end: int) -> list[tuple[str, int, str]]:
    """ "The A board, the B commission and the office of C are placed within the department of
    D for administrative purposes": each body a sentence lists before "is/are/shall be placed
    within" (or after its colon, when the subject is "The following") is a unit, a part of
    the place named, whatever its case (statutes write names in lower case). Returns each
    body's name, where it starts, and the place."""
    if text.find("placed", start, end) < 0:  # what every match holds: most sentences lack it
        return []
    match = _PLACED.search(text, start, end)
    if match is None:
        return []
    opening = _PLACED_OPENING.match(text, start, match.start())
    cursor = opening.end() if opening else start
    stop = match.start()
    if text[cursor:stop].strip().lower() == "following":  # "The following are placed in X: A, B"
        colon = text.find(":", match.end(), end)
        if colon < 0:
            return []
        cursor, stop = colon + 1, end
    # Pieces between commas and "and the"; a piece that names no body continues the one
    # before it ("board of engineers, architects, and surveyors"), and so does the words after
    # a bare "and" ("board of barbering and cosmetology").
    names: list[list[int]] = []
    bounds = [
        cursor,
        *(m for s in _PLACED_SEPARATOR.finditer(text, cursor, stop) for m in s.span()),
        stop,
    ]
    for begin, stop in zip(bounds[::2], bounds[1::2], strict=True):
        piece = text[begin:stop]
        lead = re.match(r"\s*(?:(?:and|or)\s+)?(?:the\s+)?", piece, flags=re.IGNORECASE)
        words = name_tokens(piece)
        if words and words[0] in ("any", "all", "each", "every", "such", "other"):
            break  # "and any board, commission or program ...": the rest is generic
        if names and not set(words) & _BODY_NOUNS:
            names[-1][1] = stop
        elif words:
            names.append([begin + (lead.end() if lead else 0), stop])
    found = []
    for begin, stop in names:
        name = _PLACED_CLAUSE.split(text[begin:stop], maxsplit=1)[0].strip().rstrip(".;")
        words = name_tokens(name)
        if words and len(words) <= MAX_PLACED_WORDS and set(words) & _BODY_NOUNS:
            found.append((name, begin, match.group("place")))
    return found


# A clause after a body's name: "the board of wicks as constituted by chapter 9".
_PLACED_CLAUSE = lazy_pattern(
    r"\s+(?:as|established|created|constituted|provided|pursuant|which|that)\b"
)
_PLACED_SEPARATOR = lazy_pattern(r",\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+and\s+the\s+")


# "shall be headed by a single executive to be known as the director of X", "headed by an
# executive board to be known as the board of Y".
_KNOWN_AS_HEAD = lazy_pattern(
    r"\bheaded\s+by\s+(?:a|an|the)\s+[^.;]{0,60}?\bto\s+be\s+known\s+as\s+(?:the\s+)?"
    r"(?P<name>[^.,;()]{3,80}?)(?=\s*[.,;(]|\s+(?:who|which)\b)"
)


@rule("unit", off=None)
def known_as_head(text: str, start: int, end: int) -> tuple[str, int] | None:
    """ "The department shall be headed by a single executive to be known as the director of
    lamps": the head a statute establishes for its body ("the director of lamps", "the board
    of wicks") is a unit of that body; a name that closes the sentence with a series of
    lower-case words ("the director of wicks, oil, and glass.") runs through it. Returns the
    head's name and where it starts."""
    if text.find("headed", start, end) < 0:  # what every match holds: most sentences lack it
        return None
    match = _KNOWN_AS_HEAD.search(text, start, end)
    if match is None:
        return None
    name = match.group("name") + _series_tail(text, match.end("name"), end)
    if len(name.split()) > MAX_PLACED_WORDS:
        return None
    return name, match.start("name")


# ", oil, and glass." closing a name: a series of a few lower-case words that ends the sentence.
_SERIES_TAIL = lazy_pattern(
    r"(?:,\s+[a-z][a-z ]{0,30}?)*,?\s+and\s+[a-z][a-z ]{0,30}?(?=\s*[.;]|$)"
)


def _series_tail(text: str, start: int, end: int) -> str:
    """ "the director of wicks, oil, and glass.": a name cut at its first comma goes on
    through a series of lower-case words that closes the sentence."""
    if not text.startswith(",", start):
        return ""
    match = _SERIES_TAIL.match(text, start, end)
    return match.group(0) if match else ""


# "There shall be within the department of lamps a board to be known as the wick board",
# "The director may establish within the department a committee to be known as the glass
# council which shall ...".
_KNOWN_AS_BODY = lazy_pattern(
    r"\b(?:a|an)\s+(?:[a-z]+\s+)?(?P<kind>board|commission|committee|council|office|division"
    r"|authority|agency|bureau|corporation)\b[^.;]{0,60}?\bto\s+be\s+known\s+as\s+(?:the\s+)?"
    r"(?P<name>[^.,;()]{3,80}?)(?=\s*[.,;(]|\s+(?:as|who|which|that|to|in|for|and)\b|$)"
)
_WITHIN_PLACE = lazy_pattern(
    r"\bwithin\s+(?:the\s+)?(?P<place>[^,.;]{3,80}?)(?=\s+(?:a|an)\s|[,.;])"
)


@rule("unit", off=[])
def known_as_body(text: str, start: int, end: int) -> list[tuple[str, int, str | None]]:
    """ "There shall be within the department of lamps a board to be known as the wick board",
    "The director may establish a committee to be known as the glass council": a body a
    statute establishes by name is a unit, part of the place it is established within (when
    the sentence says) or of the section's unit. Returns each name, where it starts, and the
    place."""
    found: list[tuple[str, int, str | None]] = []
    for match in _KNOWN_AS_BODY.finditer(text, start, end):
        name = match.group("name").strip() + _series_tail(text, match.end("name"), end)
        if not set(name_tokens(name)) & _BODY_NOUNS or len(name.split()) > MAX_PLACED_WORDS:
            continue
        place = _WITHIN_PLACE.search(text, start, match.start("name"))
        found.append((name, match.start("name"), place.group("place") if place else None))
    return found


@rule("filter", off=False)
def repeated_unit(found: Unit, unit: Unit) -> bool:
    """A heading that names, beside or under a unit already found with that name (and no
    other acronym), names that unit again: an organization has one unit of a name at each
    place, so the page listing it twice lists one unit twice. So does a list item that names
    a unit found already, and a heading over a unit a list before it named ("It has these
    offices:", then a section per office; :func:`already_a_unit`) or a sentence before it
    enumerated ("The Wick Directorate comprises the Braiding Division and ...", then a
    section per division beside the directorate's; a heading under another unit's section,
    "Records Division" under the Oil Directorate's, names that unit's own)."""
    if found.name != unit.name:
        return False
    if named_apart(found, unit):
        return False
    return found.parent is unit.parent or found is unit.parent
