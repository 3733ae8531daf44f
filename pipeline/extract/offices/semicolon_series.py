"""Series of names separated by semicolons, bare or each opening with a capitalized name."""

from __future__ import annotations

import re

from pipeline.extract.list_units.lead_ins import (
    COMPOSED_PARTICIPLE,
    MADE_OF_VERB,
    OFFERING_NOUNS,
    OTHERS_VERB,
    plural_unit_noun,
)
from pipeline.extract.names import name_tokens, without_acronyms
from pipeline.extract.offices.common import (
    NAME,
    NAME_TAIL,
    UnitIndex,
    section_owners,
    section_part,
    unit_key,
    unit_named,
)
from pipeline.extract.units import Unit
from pipeline.rules import rule
from pipeline.text.blocks import head_noun
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import POSITION_WORDS, UNIT_NOUNS
from pipeline.text.words import singular_noun

# A name may enumerate its fields between commas: "the Office of Oil, Glass, and Soot, which"
# (a comma after a whole name, one ending in a unit noun, ends it: "the Oil Office, Lampshire").
_SERIES_NAME = r"(?P<name>" + NAME + r"(?:,\s+(?:and\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)*)"
# A piece of a series set off by semicolons that opens with "the" and a name: "; the Office
# of Oil, which buys oil", "; and the Glass Team to mend panes"; in the series' first piece
# the name follows its verb or colon ("It includes the Wick Office, ...", "It consists of the
# Wick Office, ...", "including the ...", "are: the ...").
_SERIES_PIECE = lazy_pattern(r"\s*(?:and\s+)?the\s+" + _SERIES_NAME)
_SERIES_OPENING = lazy_pattern(
    r"(?:\b(?:includes?|including|comprises?|comprising|consists?\s+of|consisting\s+of"
    r"|(?:comprised|composed|made\s+up)\s+of|are|is|covers?)|:)\s+the\s+" + _SERIES_NAME
)
# "the Wick Office and the Flame Unit": "and the" after a unit noun opens a second name.
_AND_THE_NAMES = lazy_pattern(r"\s+and\s+the\s+(?=[A-Z])")
MIN_SERIES_PIECES = 3


def _joined_names(name: str, start: int) -> list[tuple[str, int]]:
    """A series piece's name parted where "and the" follows a unit noun ("Wick Office and the
    Flame Unit" names two units; "Office of Oil and the Arts" one), each with where it
    starts."""
    names: list[tuple[str, int]] = []
    cursor = 0
    for joint in _AND_THE_NAMES.finditer(name):
        before = name[cursor : joint.start()].split()
        if before and singular_noun(before[-1].lower()) in UNIT_NOUNS:
            names.append((name[cursor : joint.start()], start + cursor))
            cursor = joint.end()
    return [*names, (name[cursor:], start + cursor)]


def _series_names(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The names a sentence's series set off by semicolons opens its pieces with, each with
    where it starts (``semicolon_series``); none when the sentence is no such series."""
    sentence = text[start:end]
    if sentence.count(";") < MIN_SERIES_PIECES - 1:
        return []
    names: list[tuple[str, int] | None] = []
    cursor = start
    for index, piece in enumerate(sentence.split(";")):
        found = (_SERIES_OPENING.search if index == 0 else _SERIES_PIECE.match)(piece)
        if found is None:
            names.append(None)
        else:
            name = NAME_TAIL.sub("", found.group("name"))
            comma = name.find(",")
            if comma > 0 and singular_noun(name[:comma].split()[-1].lower()) in UNIT_NOUNS:
                name = name[:comma]  # "the Oil Office, Lampshire": a place after a whole name
            names.append((name, cursor + found.start("name")))
        cursor += len(piece) + 1
    worded = [n for n in names if n is not None and _series_unit_name(n[0])]
    if len(worded) < 2 or len(worded) < len(names) - 1:
        return []
    return [
        joined
        for n in names
        if n is not None and not _series_post(n[0])
        for joined in _joined_names(*n)
    ]


def _series_post(name: str) -> bool:
    """A post, not a unit: a name headed by a position word ("Director of the Wick Office",
    "Head of the Oil Unit", "Deputy Warden"), whatever unit it names after "of"."""
    return head_noun(tuple(name_tokens(name))) in POSITION_WORDS


def _series_unit_name(name: str) -> bool:
    """A name worded as a unit: a unit noun among its words, and no post at its head."""
    return bool(set(name_tokens(name)) & UNIT_NOUNS) and not _series_post(name)


@rule("unit", off=[])
def semicolon_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence whose series of three or more pieces is set off by semicolons, each piece
    opening with "the" and a name followed by what that body does, names units: "It includes
    the Wick Warden's Office, which sets policy; the Office of Oil & Glass for buying oil;
    the Lamp Repair Team (LRT) to mend lamps; and the Office of Soot Control focused on
    soot", "The exceptions are the Oil Audit Department, whose ...; the Wick Commission,
    whose ...; the Lamp Court, which ...; and the Glass Department, which ...", the first
    piece's name after a verb of composition ("includes", "including", "consists of", "is
    made up of") or a colon. The semicolons set the names apart as a list's lines do, the
    commas inside each piece belonging to its description (a comma after a whole name, one
    ending in a unit noun, ends the name: "the Oil Office, Lampshire, for buying oil"). All
    pieces but one must open so, and at least two of the names be worded as units (a unit
    noun among their words); each name is then a unit of the section's unit (the page's,
    outside any unit's section); a name headed by a post ("the Director of the Wick Office,
    who chairs it; ...") is a post, neither a unit nor worded as one. A piece that joins two
    names by "and the" after a unit noun ("the Wick Office and the Flame Unit, which ...")
    names both. A sentence whose pieces are clauses ("the lamps are lit; the wicks are
    trimmed; ...") names none: its names hold no unit noun."""
    text = page.text
    if ";" not in text:
        return []
    owners = section_owners(page, units, top)
    found: list[Unit] = []
    named: set[frozenset[str]] = set()
    for block, start, end in page.prose_sentences():
        for name, begin in _series_names(text, start, end):
            key = unit_key(name)
            if index.resolve(name) is not None or key in named:
                continue
            named.add(key)
            owner = owners.get(block.start, top)
            found.append(section_part(text, name, begin, owner, top, found_by="semicolon_series"))
    return found


# "each department, including A; B; and C", "The Wick Office's bureaus encompass A, B, and C;
# D; and E": a unit noun, plural or singular after "each" or "every", then the word that opens
# what it holds or includes (``semicolon_named_series``).
_NAMED_SERIES_OPENING = lazy_pattern(
    r"\b(?:(?:[Ee]ach|[Ee]very)\s+(?P<one>[a-z]+)|(?P<plural>[A-Za-z]+s))"
    r",?\s+(?:including|includes?|encompass(?:es)?|"
    + MADE_OF_VERB
    + r"|"
    + COMPOSED_PARTICIPLE
    + r"|are)\s+(?=[^\W\d_])"
)
# A piece of such a series: a name of capitalized words (any alphabet's: "Église Repair")
# and connectors, which may enumerate its fields between commas ("Wick, Oil, and Glass"),
# the last piece after "and" or "or"; each word's capital is checked (``_capitalized_piece``).
_NAMED_SERIES_PIECE = lazy_pattern(
    r"\s*(?P<and>(?:and|or)\s+)?(?P<name>[^\W\d_][\w&’'-]*"
    r"(?:,?\s+(?:and\s+|&\s+)?(?:[^\W\d_][\w&’'-]*|&))*)\s*\.?\s*"
)
_SERIES_CONNECTORS = frozenset({"of", "for", "the", "on", "in", "to", "and", "&"})


def _capitalized_piece(name: str) -> bool:
    """Whether each word of a series' piece is capitalized or a connector ("Oil and Glass",
    "Office of Wicks", "Église Repair"), ``_NAMED_SERIES_PIECE``'s words in any alphabet."""
    words = name.replace(",", " ").split()
    return (
        bool(words)
        and words[0][0].isupper()
        and all(word[0].isupper() or word in _SERIES_CONNECTORS for word in words)
    )


MAX_NAMED_SERIES_WORDS = 8
# "Division of Wicks bureaus", "The Wick Office's divisions": the body a series' noun belongs to.
_NOUN_OWNER = lazy_pattern(
    r"\A\s*(?:The\s+)?(?P<name>[A-Z][\w&-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&-]*))*)"
    r"(?:['’]s)?\s*\Z"
)


@rule("unit", off=[])
def semicolon_named_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A series of three or more names set off by semicolons, the last after "and", that a
    unit noun right before it announces ("The Lamp Warden supervises the managers of each
    department, including Wick Supply; Oil and Glass; Posts; and Soot Removal.", "Lamp Office
    bureaus encompass Wick, Oil, and Glass; Soot Removal; Match Supply; and Post Repair.",
    "The Lamp Office departments are ..."), names units whatever their words: the noun
    (plural, or singular after "each" or "every") says what the items are, and the
    semicolons part the names, a comma inside a piece belonging to its name ("Wick, Oil, and
    Glass"). Every piece is a short name of capitalized words (what ``semicolon_series``
    does not read: its pieces open with "the" and hold unit nouns), and the series runs to
    the sentence's end. The units belong to the body named before the noun when it is a unit
    found ("Lamp Office bureaus encompass ..."), else to the section's unit (the page's
    outside any unit's section). A noun that names what a body offers ("programs", "each
    service") or no body ("each lamp") announces no units, nor do the bodies a unit works
    with, reports to or supports, the verb anywhere in the clause before the noun ("works
    closely with the leaders of other departments, including ..."): partners, not parts. A
    series whose piece is a clause or a long phrase ("Wick Supply trims the wicks;") or that
    is left open (no "and" before its last piece) names none; a capital of any alphabet
    ("Église Repair") and an acronym after a name ("Wick Supply (WKSP)") keep it. Every
    opening of the sentence is tried, the first that opens such a series read."""
    text = page.text
    if ";" not in text:
        return []
    owners = section_owners(page, units, top)
    found: list[Unit] = []
    for block, start, end in page.prose_sentences():
        if ";" not in text[start:end]:
            continue
        series = None
        for opening in _NAMED_SERIES_OPENING.finditer(text, start, end):
            names = _named_series(text, start, opening, end)
            if names is not None:
                series = opening, names
                break
        if series is None:
            continue
        opening, names = series
        noun_owner = _NOUN_OWNER.match(text[start : opening.start()])
        body = index.resolve(noun_owner.group("name")) if noun_owner is not None else None
        for name, begin in names:
            if index.resolve(name) is not None:
                continue
            if body is not None:  # "Wick Division bureaus encompass ...": that unit's parts
                unit = unit_named(
                    text,
                    name,
                    begin,
                    body,
                    found_by="semicolon_named_series",
                    parent_by="semicolon_named_series",
                    is_group=False,
                )
            else:
                owner = owners.get(block.start, top)
                unit = section_part(
                    text, name, begin, owner, top, found_by="semicolon_named_series"
                )
            found.append(unit)
    return found


def _named_series(
    text: str, start: int, opening: re.Match[str], end: int
) -> list[tuple[str, int]] | None:
    """The names of ``semicolon_named_series``' series after one opening, or None: a noun
    that names what a body offers ("each service") or no body, the bodies the subject works
    with ("works closely with the leaders of other departments, including ...", anywhere in
    the clause before the noun), or a piece that is no short capitalized name."""
    clause = text[start : opening.start()]
    clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(":")) + 1 :]
    if re.search(OTHERS_VERB + r"\s", clause):
        return None  # "works with other departments, including ...": partners, no parts
    one = opening.group("one")
    if one is not None and (one not in UNIT_NOUNS or one in OFFERING_NOUNS):
        return None
    if one is None and not plural_unit_noun(opening.group("plural")):
        return None
    pieces = text[opening.end() : end].split(";")
    names: list[tuple[str, int]] = []
    cursor = opening.end()
    for number, piece in enumerate(pieces, 1):
        # "Wick Supply (WKSP)": the name without its acronym
        bare = " " + without_acronyms(piece) if "(" in piece else piece
        match = _NAMED_SERIES_PIECE.fullmatch(bare)
        last = number == len(pieces)
        if (
            match is None
            or bool(match.group("and")) != last
            or not _capitalized_piece(match.group("name"))
            or len(match.group("name").split()) > MAX_NAMED_SERIES_WORDS
        ):
            return None
        name = match.group("name")
        begin = cursor + match.start("name") if bare is piece else text.find(name, cursor)
        if begin < 0:  # "Wick (WKSP) Supply": where its first word is
            begin = text.find(name.split()[0], cursor)
        names.append((name, begin))
        cursor += len(piece) + 1
    return names if len(names) >= MIN_SERIES_PIECES else None
