"""Units named in prose: the subject of a sentence (``prose_unit`` and the precedence of its
readings), acting units, established bodies, series of posts and siblings, a regulation's
outline subjects. One family because ``prose_unit`` weighs them against each other."""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract.acronyms import AcronymDefinition, Definitions
from pipeline.extract.alignment import initials_match
from pipeline.extract.list_units.common import is_capitalized_name, post_head
from pipeline.extract.list_units.filters import refers_back, title_modifier_alone
from pipeline.extract.list_units.lead_ins import COUNTED_PLURAL, SUBDIVIDED, plural_unit_noun
from pipeline.extract.names import (
    REFERRING_WORDS,
    name_tokens,
    names_position_only,
    noun_before_of,
    unit_nouns_only,
    without_acronyms,
)
from pipeline.extract.offices.common import (
    _COMPOSED_PARTICIPLE,
    _FOLLOWING,
    _FUNCTION_VERBS,
    AND_BETWEEN,
    ANY_UNIT_NOUNS,
    BEFORE_SUBJECT_VERB,
    COMPOSED,
    MAX_NAME_WORDS,
    MAX_POSITION_WORDS,
    MEMBERS_SUBJECT,
    NOT_A_NAME_OPENING,
    OFFERED,
    OTHERS_OBJECT,
    PARTS_LISTING_NOUNS,
    SECOND_TITLES,
    SERIES_GAP,
    TERRITORIAL_NOUNS,
    UnitIndex,
    is_prose_unit,
    named_unit,
    paragraph_subject_unit,
    paren_end,
    search_with,
    series_runs,
    top_parent_by,
    unit_key,
    unit_type,
    worded_as_unit,
)
from pipeline.extract.offices.contact_and_staff_filters import government_branch
from pipeline.extract.offices.joined_names import cut_from_its_body, headed_office, two_named_units
from pipeline.extract.offices.placed_series import placed_below, placed_series
from pipeline.extract.offices.positions import (
    officials_subject,
    position_subject,
    possessive_names,
)
from pipeline.extract.offices.renamings_and_partners import (
    dealt_with,
    joined_bosses,
    listed_department,
    renamed_unit,
)
from pipeline.extract.offices.section_units import office_of_position
from pipeline.extract.offices.shared_noun_series import (
    compass_series,
    shared_noun_after_verb,
    shared_unit_noun,
)
from pipeline.extract.unit_names import OF_ITS_BODY
from pipeline.extract.units import Unit, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LIST_ITEM, PARAGRAPH, Block, head_noun
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase, split_list
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import CONNECTORS, POSITION_WORDS, PROGRAM_NOUNS, UNIT_NOUNS

_DIVIDES = lazy_pattern(
    r"\b(?:" + SUBDIVIDED + r"|divided|organized|structured"
    r"|composed|consists|comprises|made up)\b"
)
_PARTICIPLE_WORDS = ("consisting", "comprising", "made", "composed", "comprised")
# "staff including", "other offices, including": "including" after a word for a body's
# staff or a plural unit noun (``composition_participle``).
_INCLUDING_PARTS = lazy_pattern(
    r"\b(?:"
    + "|".join(sorted(PARTS_LISTING_NOUNS | {"staff", "officers", "committees"}))
    + r")\s*,?\s+including\b"
)

register(
    "composition_participle",
    "unit",
    """A verb of composition as a participle ("the Lamp Bureau, consisting of the A Office,
    the B Office and the C Service", "a headquarters comprising A and B", "a board composed of
    ...") opens a series of units as the finite verb does ("consists of", ``enumerated_units``)
    when the sentence has no finite one; so does "including" right after a word for a body's
    staff or a plural unit noun ("The Warden is supported by other staff including Soot
    Records, Wick Auditing and the Oil Service", "several committees, including the Wick
    Committee"). After other words ("matters including", "programs for families including")
    "including" lists duties, programs or topics, no parts, and after a noun that is the
    object of a verb of working with, reporting to or supporting ("works closely with other
    offices, including the Office of Oil Supply") it lists partners, no parts.""",
)
# A piece of each alternative of COMPOSED and of _DIVIDES, one of which every match holds.
_COMPOSED_WORDS = (
    "consist",
    "compris",
    "made",
    "compos",
    "includ",
    "organized",
    "divided",
    "oversees",
    "responsible",
)
_DIVIDES_WORDS = ("divided", "organized", "structured", "composed", "consists", "comprises", "made")
MAX_PROSE_DESCRIPTION = 400


# What may stand between a count of parts and the names it lists ("two sections, namely the
# Drum Section and the Cask Section", "three units: (1) the ..."): words with a capital (the
# names), these words, figures and punctuation.
_COUNT_LIST_GLUE = frozenset(
    {"namely", "viz", "including", "i.e", "the", "and", "or", "of", "for", "as", "follows"}
    | {"is", "are", "which", "that"}
)
_GLUE_WORD = lazy_pattern(r"[^\s,;:()\-–—]+")


# "... has been renamed the Lamp Section", "re-designated as the ...": a name a unit is given.
_RENAMED_AS = lazy_pattern(
    r"\b(?:re-?named|re-?designated|re-?titled|now\s+(?:known\s+as|called))\s+(?:as\s+)?"
    r"(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _part_of_another_body(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` is directly followed by "of the" and a capital ("the Wick Section
    of the Oil Division")."""
    after = OF_ITS_BODY.match(text, phrase.end)
    return (
        after is not None
        and after.group("the") is not None
        and text[after.end() : after.end() + 1].isupper()
    )


def _in_counted_parts(text: str, phrase: Phrase, start: int, end: int) -> bool:
    """Whether the sentence counts sections by that noun ("two Sections, the Drum Section
    ..."), or counts parts by another plural unit noun and ``phrase`` is among the names
    listed right after the count ("three units, namely the Drum Section and ..."): not a
    section named after the count by a verb of its own ("has three teams and trims wicks
    through the Wick Section")."""
    for found in COUNTED_PLURAL.finditer(text, start, end):
        noun = found.group("noun")
        if not plural_unit_noun(noun):
            continue
        if noun.lower() == "sections":
            return True
        between = _GLUE_WORD.findall(text, found.end(), phrase.start)
        if found.end() <= phrase.start and all(
            word[0].isupper()
            or word.strip(".").lower() in _COUNT_LIST_GLUE
            or word.strip(".").isdigit()
            for word in between
        ):
            return True
    return False


@rule("unit", off=False)
def prose_section_name(text: str, phrase: Phrase, start: int, end: int) -> bool:
    """A name of two words or more that ends in "Section" with its capital, named inside a
    sentence ("The Wick Section trims the lamps", "... provides oil through the Oil Supply
    Section"), names a unit, as a name ending in "Office" or "Branch" does: the capital
    makes the noun a part of the name. It belongs to the unit whose name opens its
    paragraph ("The Lamp Division, which trims wicks through the Wick Section, ...", "The
    Lamp Division keeps lamps. Its Wick Section ..."), or, in a list item that opens with no
    other unit, to the unit whose name opens the paragraph before the list ("The Oil Branch
    stores oil." over "- The Drum Section ..."); else to the unit the sentence's other rules
    give. A post that opens the paragraph ("The Chief Lamp Warden oversees ...") holds no
    section, and a section that opens its own sentence, an article aside, is no part of the
    unit its paragraph opens with ("The Wick Team trims wicks. The Lamp Section comprises
    the Wick Team"). In lower case ("the Lamp Care section of this page", "the Wick Audits
    section") the noun is as often a part of a page or of a document; a section named as a
    part of another body ("The Wick Section of the Oil Division ...") is left to the rules
    that read that body; a name given in a renaming ("... has been renamed the Lamp
    Section", "re-designated as the ...") is the renamed section's, no other unit; and a
    section the sentence counts ("The Oil Office is organized into two Sections, the Drum
    Section and the Cask Section", "three units, namely the ...") is left to the rules of
    enumeration: not one named after a count of other parts by a verb of its own ("has
    three teams and trims wicks through the Wick Section"). Read only when no other prose
    rule reads the name: a name a verb of composition lists stays the composition's."""
    words = name_tokens(phrase.text)
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and words[-1] == "section"
        and phrase.text.endswith("Section")
        and not _part_of_another_body(text, phrase)
        and _RENAMED_AS.search(text, start, phrase.start) is None
        and not _in_counted_parts(text, phrase, start, end)
    )


# What may stand before a section that opens its own sentence: an article only ("The Lamp
# Section ..."), not a word referring back ("Its Wick Section", "Our Wick Section").
_OPENING_ARTICLE = lazy_pattern(r"\W*(?:(?:the|an?)\s+)?", re.IGNORECASE)


def _opens_its_sentence(text: str, phrase: Phrase, start: int) -> bool:
    """Whether ``phrase`` opens the sentence starting at ``start``, an article aside: no word
    referring back before its name, in the sentence or in the phrase ("Its Wick Section")."""
    first = phrase.text.split(maxsplit=1)[:1]
    return _OPENING_ARTICLE.fullmatch(text, start, phrase.start) is not None and not (
        first and first[0].lower() in REFERRING_WORDS - {"the"}
    )


def _a_post(unit: Unit) -> bool:
    """Whether ``unit`` names a post ("The Chief Lamp Warden oversees ...", "Lamp Office
    Director"): found as a position, or headed by a position word."""
    return (
        unit.found_by == "position_subject"
        or post_head(unit.name)
        or head_noun(tuple(name_tokens(unit.name))) in POSITION_WORDS - UNIT_NOUNS
    )


def _subject_holder(text: str, block: Block, units: list[Unit]) -> Unit | None:
    """The unit whose name opens ``block``, as a section's holder: no post ("The Chief Lamp
    Warden oversees ...")."""
    holder = paragraph_subject_unit(text, block, units)
    return None if holder is None or _a_post(holder) else holder


def _section_holder(
    text: str, block: Block, lead: Block | None, units: list[Unit], *, opens: bool
) -> Unit | None:
    """The unit a section named in ``block`` belongs to (``prose_section_name``): the unit
    whose name opens the block, unless the section ``opens`` its own sentence, or, when the
    block is a list item that opens with none, the unit whose name opens ``lead``, the
    paragraph right before the list."""
    holder = None if opens else _subject_holder(text, block, units)
    if holder is None and block.kind == LIST_ITEM and lead is not None:
        holder = _subject_holder(text, lead, units)
    return holder


register(
    "prose_defined_subject",
    "unit",
    """A name defined with an acronym and ending in a unit noun ("The Lamp Research
    Service (LRS) is ...") names a unit even when its noun (service, council, board) is one
    prose also uses for other things.""",
)
register(
    "enumerated_units",
    "unit",
    """The names a sentence enumerates after a verb of composition ("The bureau consists of
    the A Service, the B Service and the C Office", "X includes A, B, and C", "X is further
    sub-divided into three teams: ...") are units, parts of the sentence's subject when it
    names a unit; in a unit's own section, a sentence that calls them parts ("The Department
    consists of four Divisions: A, B, and C", "There are five Town departments including: A,
    B, ...", "four sections namely: ...", "five zonal offices have been created, namely:
    ...", "two divisions viz: ...", and "namely" with a semicolon, a comma or no mark after
    it standing for the colon: "three divisions namely; A, B and C", "three sections,
    namely A, B and C", "three sections functioning under the Division, namely; A, B and
    C", an aside opened by a comma or a verb of working before it; so do "viz.", "i.e." and
    ", which are" before a capitalized name) names that unit's
    parts whatever their words, and
    so does one whose verb houses or holds them ("The Department houses the Wick Division,
    which ...", "It contains the Soot Section", "The office is home to the Oil Unit") when
    each name is worded as a unit: what a unit houses or contains is as often a collection,
    a room, records or a person ("The office is home to the Lamp Collection", "It houses
    the Wick Archives and the Oil Library").
    On a page whose units have headings, the prose outside them (an introduction, a
    question-and-answer section) is read for such sentences only when their subject is the
    agency or a unit found ("The Lamp Board's office includes the A Office and the B Office").
    A count or "the following" after a verb of reporting or of working with ("reports to two
    offices: ...", "works closely with the following offices: ...") lists bodies above or
    beside the subject, not its parts. "comprises of" (and "comprising of"), a common
    variant of the verb, reads as "comprises" ("The department comprises of A, B and C
    Units"). A verb of composition before a gerund ("Its duties include overseeing the Oil
    Audit Board, keeping ...") lists duties, and the bodies they act on are no parts.""",
)


def _bare_name(name: str) -> bool:
    """A capitalized name that is neither a position's nor a program's."""
    tokens = set(name_tokens(name))
    return is_capitalized_name(name) and not tokens & (POSITION_WORDS | PROGRAM_NOUNS)


# A gerund right after a verb of composition: "includes overseeing ...", "consists of
# managing ...": the series lists duties (``enumerated_units``).
_DUTY_AFTER = lazy_pattern(r"\s+[a-z]+ing\b")


register(
    "series_of_posts",
    "unit",
    """In a series a verb of composition enumerates, a post named in full ("the Lamp
    Secretariat is made up of the Executive Wick Assistant, Lamp Publicity, Soot Records and
    a Private Wick Secretary") counts as a name worded as a unit for ``series_siblings``: a
    body made of posts and bare-named functions lists units of one kind, and the bare names
    ("Lamp Publicity", "Soot Records") are units too. Not when the subject is a body of
    members (a board, council, committee, commission, assembly or a management): "The
    Commission is composed of the Wick Secretary, the Mayor of Oiltown and ..." lists its
    members. In a unit's own section too, a series that names posts beside a name worded as
    a unit ("The directorate of Wick and Oil comprises the Principal Wick Secretary, Soot
    Records and the Glass Division") names posts that are parts of the unit, where a post
    used to end the series; posts alone ("the Wick Director, the Deputy Wick Director and
    their staff") are still people there.""",
)


def _names_post(name: str) -> bool:
    """A post's name of two words or more: a position word and no unit noun."""
    return len(name.split()) >= 2 and names_position_only(name)


_MEMBERS = lazy_pattern(r"\b[Mm]embers?\b")


@rule("unit", off=set())
def series_posts(text: str, phrases: list[Phrase], start: int, verb: int, after: int) -> set[int]:
    """In a series a verb of composition enumerates, the posts named ("The Immediate Office
    is composed of the Chief Warden, the Deputy Chief Warden and the Wick Counsel", "The
    Lamp Staff consists of the Director, the Deputy Director and the Soot Clerk") are the
    unit's leadership units: a body made of posts lists its posts. At least two of the
    series' names, linked by commas, semicolons and "and" only, must name posts. Not when
    the subject is a body of members (a board, council, committee, commission, assembly
    or a management), whose series names members drawn from elsewhere, nor when the sentence
    calls them members ("The Warden's direct reports consist of six staff members: ...").
    Returns the starts of such names."""
    listed = [p for p in phrases if p.start >= after]
    if not listed or MEMBERS_SUBJECT.search(text, start, verb):
        return set()
    if _MEMBERS.search(text, start, listed[-1].start):
        return set()  # "consist of nine staff members: ...": members, named for their posts
    found: set[int] = set()
    for run in series_runs(text, listed):
        posts = [index for index in run if names_position_only(listed[index].text)]
        if len(posts) >= 2:
            found.update(listed[index].start for index in posts)
    return found


@rule("unit", off=set())
def series_siblings(
    text: str, phrases: list[Phrase], start: int, verb: int, after: int
) -> set[int]:
    """In a series a verb of composition enumerates ("consists of the Lamp Office, the Wick
    Bureau, the Foundry, and the Glass Force"), a capitalized name with no unit noun beside
    names worded as units ("the Foundry") is one of the units listed too: a series lists
    things of one kind. At least two of the series' names must be worded as units, and the
    name must be capitalized and name no position or program. Returns the starts of such
    names. A sentence about programs ("Our programs include Jury Help, the Lamp Office
    ...") lists programs, not units. A bare name counts wherever it stands in a run of names
    linked by commas and "and" that holds a name worded as a unit, not only next to one.
    Such a bare name after a comma with no "and" that holds one "and" itself ("the Wick
    Office, Soot Care, Oil Mending and Ember Control") is the series' last two names, parted
    where that "and" closes the series (:func:`_closing_pair`), not one name."""
    if set(re.findall(r"[a-z]+", text[start:verb].lower())) & PROGRAM_NOUNS:
        return set()
    listed = [p for p in phrases if p.start >= after]
    posts = enabled("series_of_posts") and not MEMBERS_SUBJECT.search(text, start, verb)
    worded = [
        bool(set(name_tokens(p.text)[-1:]) & ANY_UNIT_NOUNS) or (posts and _names_post(p.text))
        for p in listed
    ]
    if sum(worded) < 2:
        return set()
    # The series' runs: names linked one to the next by commas, "and", "the" only. Every
    # bare name of a run holding a name worded as a unit is one of them, wherever it
    # stands in the run (not only next to a name worded as a unit).
    return {
        listed[index].start
        for run in series_runs(text, listed)
        if any(worded[index] for index in run)
        for index in run
        if not worded[index] and _bare_name(listed[index].text)
    }


def _closing_pair(
    text: str, phrases: list[Phrase], siblings: set[int], verb_end: int | None = None
) -> tuple[list[Phrase], set[int]]:
    """The phrases and sibling starts of a series with its closing "and" read: a bare name
    ``series_siblings`` took that holds one "and", stands after a comma with no "and" or "or"
    and ends the series ("the Wick Office, Soot Care, Oil Mending and Ember Control.") is
    two names, parted at that "and". A name that goes on in the series ("..., Oil and Glass,
    Ember Control") or is headed by a unit noun before "of" ("Bureau of Wicks and Oils") is
    one. ``verb_end``, the end of the verb of composition that enumerates the series, lets
    ``closing_and_before_unit_name`` read its last name too."""
    out: list[Phrase] = []
    found = set(siblings)
    for position, phrase in enumerate(phrases):
        parts = phrase.text.split(" and ")
        before = phrases[position - 1] if position else None
        after = phrases[position + 1] if position + 1 < len(phrases) else None
        gap = text[before.end : phrase.start] if before is not None else ""
        closing = (
            _closing_before_unit(text, phrase, before, after, verb_end)
            if before is not None and verb_end is not None
            else None
        )
        if closing is not None:
            out += closing
            continue
        if (
            phrase.start not in siblings
            or len(parts) != 2
            or "," not in gap
            or re.search(r"\b(?:and|or)\b", gap)
            or (after is not None and SERIES_GAP.fullmatch(text, phrase.end, after.start))
            or noun_before_of(name_tokens(phrase.text), UNIT_NOUNS)
        ):
            out.append(phrase)
            continue
        second = phrase.start + len(parts[0]) + len(" and ")
        out += [Phrase(parts[0], phrase.start, phrase.start + len(parts[0]))]
        out += [Phrase(parts[1], second, phrase.end)]
        found.add(second)
    return out, found


register(
    "closing_and_before_unit_name",
    "unit",
    """A series a verb of composition enumerates whose last name follows a name of the series
    after the verb, parted from it by a comma with no "and" or "or", holds two "and"s and
    ends in a unit noun that the words before its last "and" lack ("consists of the Wick
    Division, the Oil Division, Soot and Ash and Glass Repair Services.") ends in two
    names: the last "and" closes the series, the one before joins the words of the name
    before it. The closing name worded as a unit ("Glass Repair Services") is published;
    the words before it ("Soot and Ash"), worded as no unit, are cut off and left to the
    rules of bare names (none publishes them there). Before, the whole stood as one name.
    Not a name right after the verb or after a name before the verb ("The ministry, led by
    the Lamp Warden, consists of Oil and Gas and Mineral Services"), nor one a clause or a
    new sentence part parts from the series ("..., the Lamp Office, which oversees Oil and
    Gas and Glass Services"); not one after "the", which points to one name ("..., the Lamp
    and Wick and Glass Repair Unit"); not one an acronym after it spells whole ("..., Oil
    and Gas and Mineral Services (OGMS)"). Not a name headed by a unit noun before "of"
    ("Bureau of Wicks and Oils and Glass Services"), nor one that goes on in the series
    ("..., Soot and Ash and Glass Services, Ember Control"), nor one whose last part is a
    unit noun alone. At a series' end without an Oxford comma, a name whose "and"s all
    join its words ("..., Oil and Wick and Glass Division") is parted all the same: no sign
    tells it apart.""",
)

# "Name (ACRONYM)": the acronym right after a name.
_ACRONYM_AFTER = lazy_pattern(r"\s*\(\s*([A-Z][A-Za-z&]*[A-Z])\s*\)")


def _closing_before_unit(
    text: str, phrase: Phrase, before: Phrase, after: Phrase | None, verb_end: int
) -> list[Phrase] | None:
    """The series' last two names when ``phrase`` is "A and B and C Services" closing a
    series a verb of composition (ending at ``verb_end``) enumerates, after ``before``, a
    name of that series, and a comma (``closing_and_before_unit_name``), else None."""
    joints = list(re.finditer(r"\s+and\s+", phrase.text))
    gap = text[before.end : phrase.start]
    if len(joints) != 2 or "," not in gap or re.search(r"\b(?:and|or)\b", gap):
        return None
    if after is not None and SERIES_GAP.fullmatch(text, phrase.end, after.start):
        return None
    if not enabled("closing_and_before_unit_name"):
        return None
    if before.start < verb_end or SERIES_GAP.fullmatch(gap) is None:
        return None  # no name of the enumerated series before it
    if re.search(r"\bthe\s+$", gap, re.IGNORECASE):
        return None  # "the Lamp and Wick and Glass Repair Unit": one name
    acronym = _ACRONYM_AFTER.match(text, phrase.end)
    if acronym is not None and initials_match(acronym.group(1), phrase.text):
        return None  # "Oil and Gas and Mineral Services (OGMS)": the acronym spells one name
    head, tail = phrase.text[: joints[1].start()], phrase.text[joints[1].end() :]
    head_tokens, tail_tokens = name_tokens(head), name_tokens(tail)
    if (
        len(tail_tokens) < 2
        or tail_tokens[-1] not in ANY_UNIT_NOUNS
        or set(head_tokens) & ANY_UNIT_NOUNS
    ):
        return None
    second = phrase.start + joints[1].end()
    return [Phrase(head, phrase.start, phrase.start + len(head)), Phrase(tail, second, phrase.end)]


# "which established the", "is required to establish an", "created within the Office a".
_ESTABLISHED = lazy_pattern(
    r"\b(?:establish(?:es|ed)?|creat(?:es|ed|e)|constitut(?:es|ed|e))\s+"
    r"(?:(?:with)?in\s+[^,.;]{0,60}?\s+)?(?:a|an|the)\s+$"
)
MAX_ESTABLISHING_REACH = 90


@rule("unit", off=False)
def established_body(text: str, phrase: Phrase, start: int) -> bool:
    """A name worded as a body that a verb of establishing makes ("the Act, which
    established the Lamp Support Service", "The Board shall establish an Advisory Council")
    is a unit being set up, though its noun (service, council, board) is one prose also uses
    for other things."""
    tokens = name_tokens(phrase.text)
    if len(tokens) < 2 or tokens[-1] not in ANY_UNIT_NOUNS:
        return False
    before = text[max(start, phrase.start - MAX_ESTABLISHING_REACH) : phrase.start]
    if "stablish" not in before and "creat" not in before and "constitut" not in before:
        return False
    return _ESTABLISHED.search(before) is not None


# What opens a sentence before its subject: "The" (and a body's possessive: "The Board's"),
# or an enumerator of a statute's or a list's item ("(3)", "b."), or nothing.
_SUBJECT_OPENS = lazy_pattern(
    r"(?:^|[.!?:;]\s+|\n\s*)(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?"
    r"(?:The\s+(?:[A-Z][\w-]*['’]s\s+)?)?$"
)
# What follows a unit that acts: a verb of function or an auxiliary.
_UNIT_ACTS = lazy_pattern(
    r"\s+(?:\([^()]{0,20}\)\s+)?(?:also\s+)?(?:is|are|was|were|has|have|will|shall|can|may"
    r"|(?:provide|monitor|offer|deliver|support|manage|ensure|work|help|deal|oversee"
    r"|administer|assist|handle|operate|run|carr(?:y|ie)|advise|investigate)s?)\b"
)
# The verbs of the past after a unit's name: "The Department of Oil was merged ...".
_PAST = frozenset({"was", "were"})
_ACTING_NOUNS = ANY_UNIT_NOUNS | {"section", "sections"}


register(
    "acting_department",
    "unit",
    """A name ending in "Department" that opens its sentence and acts as its subject, a verb
    of function or an auxiliary after it ("The Wick Records Department is responsible for
    the ledgers", "The Oil Pricing Department supports the Board through ...", "Glass Care
    Department provides ..."), names a unit of the page, as ``acting_unit`` reads a name
    ending in another unit noun: a body described doing its own work is one of the page's,
    not one named in passing. Prose elsewhere keeps "department" out of unit names (as often
    another government's, "works with the Lamp Department"); a determiner opening the name
    ("Each Department is responsible ...", "All City Department staff ...") names none.""",
)


register(
    "acting_department_of",
    "unit",
    """A name opening with "Department of" or "Department for" that opens its sentence and
    acts as its subject ("The Department of Wick Records is responsible for the ledgers",
    "Department for Oil Pricing provides ...") names a unit of the page, as a name ending
    in "Department" does (``acting_department``): a body described doing its own work is
    one of the page's, the units of a page that lists departments one paragraph each. Not
    after a verb of the past ("The Department of Oil Works was created in 1970 ..."): a
    history names the bodies a page's units replaced.""",
)


register(
    "acting_territorial_unit",
    "unit",
    """A name of two or more capitalized words ending in a territorial unit noun (region,
    district, area, zone) that opens its sentence and acts as its subject with a verb of
    function ("The Upper Wick Region covers the northern valleys", "The Oil Coast District
    manages the harbour lamps", "The Glass Area is responsible for ...") names a field unit
    of the page: a territory described doing work is a body. Only verbs of work (covers,
    serves, manages, oversees, administers, operates, is responsible): after "is" or "has"
    a territory is described as a place ("The Wick Valley Area has many lamps").""",
)
# What follows a territorial unit that works (``acting_territorial_unit``).
_TERRITORY_WORKS = lazy_pattern(
    r"\s+(?:\([^()]{0,20}\)\s+)?(?:also\s+)?(?:covers|serves|manages|oversees|administers"
    r"|operates|is\s+responsible|are\s+responsible)\b"
)
# A verb of function the subject rules list, but none of composition ("includes",
# "comprises"), which says what a body is made of (``acting_unit_function_verb``).
_WORKING_VERB = lazy_pattern(
    BEFORE_SUBJECT_VERB + r"(?!(?:includes|comprises)\b)(?:" + _FUNCTION_VERBS + r")\b"
)

register(
    "acting_unit_function_verb",
    "unit",
    """On a page that gives its units one paragraph each, a unit named in full with its unit noun
    last that opens its paragraph as the subject of a verb of function the subject rules list
    but the short list of ``acting_unit`` does not ("The Wick Ledger Department prepares the
    keepers' rota", "The Glass Tally Department processes the fund's tallies": prepares,
    processes, conducts, develops, coordinates, reviews ...) names a unit of the page too, when
    another paragraph opens with "The" and a name ending in the same unit noun that
    ``acting_unit`` reads ("The Oil Department is responsible for ..."). Not a verb of
    composition ("includes", "comprises": what a body is made of, often the page's own body),
    nor a subject in the middle of a paragraph or after a list's bullet (a unit named again, or
    a part of the unit that leads the list), nor a lone paragraph of its kind (a page's account
    of its own body: "The Lamp Board serves the keepers of the town ..."), nor a name with its
    unit noun first ("The Department of Glass Tallies prepares ..."), whose peers could not be
    matched by that noun.""",
)
# The start of the text or of a line, where a paragraph opens.
_LINE_START = r"(?:\A|\n)[ \t]*"
# What stands before a subject that opens its paragraph: the line's start, then "The".
_OPENS_PARAGRAPH = lazy_pattern(_LINE_START + r"(?:The\s+)?\Z")
# A paragraph that opens with "The", a name of capitalized words and a unit noun, its subject.
_PEER_SUBJECT = _LINE_START + r"The\s+(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|the|&)\s+)?){1,7}"


def _acting_peer_paragraph(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` opens its paragraph as the subject of a verb of function the
    subject rules list (``acting_unit_function_verb``) while another paragraph of the page
    opens with "The" and a name ending in the same unit noun acting as ``acting_unit``
    reads it: a page that gives its units one paragraph each."""
    if _OPENS_PARAGRAPH.search(text, max(0, phrase.start - 40), phrase.start) is None:
        return False
    if _WORKING_VERB.match(text, phrase.end) is None:
        return False
    noun = phrase.text.split()[-1]
    if noun.lower() not in UNIT_NOUNS:
        return False  # "The Department of Glass Tallies prepares ...": no noun to match
    peer = re.compile(_PEER_SUBJECT + re.escape(noun) + _UNIT_ACTS.pattern)
    return peer.search(text) is not None


@rule("unit", off=False)
def acting_unit(text: str, phrase: Phrase, start: int) -> bool:
    """A name of two to eight capitalized words ending in a unit noun (service, section,
    group, council: nouns prose also uses for other things, beside office or division) that
    opens its sentence (after "The", a body's possessive or an item's enumerator) and acts
    as its subject, followed by a verb of function or an auxiliary ("The Lamp Inspection
    Services monitor ...", "The Board's Wick Mediation Service helps ...", "(3) Oil Supply
    Services shall provide ...", "Glass Section provides ...", "The Wick Liaison Group (WLG)
    is responsible for ...") names a unit, beside the page's section headings too. A service
    offered is an object, or follows "our", "a", "this"; a name that opens with a position's
    title ("Director of Oil Services") names the post; a name with a word twice (not counting
    "of", "and", "the": "Division of Posts and Lanterns and Oil Services" is a name) or an
    inner "The" is a heading run into its sentence."""
    tokens = name_tokens(phrase.text)
    territorial = (
        bool(tokens) and tokens[-1] in TERRITORIAL_NOUNS and enabled("acting_territorial_unit")
    )
    if len(tokens) < 2 or not (
        territorial
        or tokens[-1] in _ACTING_NOUNS
        or (
            tokens[-1] == "department"
            and tokens[0] not in NOT_A_NAME_OPENING
            and enabled("acting_department")
        )
        or (
            len(tokens) >= 3
            and tokens[0] == "department"
            and tokens[1] in ("of", "for")
            and enabled("acting_department_of")
        )
    ):
        return False
    words = [token for token in tokens if token not in CONNECTORS]
    if len(words) > 8 or len(set(words)) < len(words) or " The " in phrase.text:
        return False  # a heading run into its sentence ("Intro for X X The Y Office")
    if tokens[0] in OFFERED or tokens[0] in POSITION_WORDS:  # "Director of Oil Services"
        return False
    if _SUBJECT_OPENS.search(text[max(start, phrase.start - 40) : phrase.start]) is None:
        return False
    if territorial and _TERRITORY_WORKS.match(text, phrase.end) is not None:
        return True
    if tokens[-1] in TERRITORIAL_NOUNS - _ACTING_NOUNS:
        return False  # "The Wick Valley Area has many lamps": a place, unless it works
    acts = _UNIT_ACTS.match(text, phrase.end)
    if acts is not None and tokens[0] == "department" and acts.group().split()[-1] in _PAST:
        return False  # "The Department of Oil was created in 1970": a body of the past
    if acts is None and enabled("acting_unit_function_verb"):
        return _acting_peer_paragraph(text, phrase)
    return acts is not None


def _description(text: str, start: int, stop: int, sentence_end: int) -> str | None:
    """What the text says of a unit named at ``start``: up to the next unit named in its
    sentence, or the sentence's end, at most MAX_PROSE_DESCRIPTION characters."""
    end = min(stop, sentence_end, start + MAX_PROSE_DESCRIPTION)
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return text[start:end] if end > start else None


# "Wick Council of the Lamp Safety Office, or LSO": a name that ends with the body it is
# part of, "of" or "for" (and "the") before that body's name.
_PART_OF_BODY = lazy_pattern(r"\s(?:of|for)(?:\s+the)?\s+\Z")


def _own_definition(
    text: str, phrase: Phrase, definition: AcronymDefinition | None
) -> AcronymDefinition | None:
    """The definition right after a name when it spells out that name, not only the body the
    name ends with: in "the Wick Council of the Lamp Safety Office, or LSO" the acronym is
    the office's, the council's name only ending with the office's."""
    if definition is None or definition.expansion_start <= phrase.start:
        return definition
    return (
        None if _PART_OF_BODY.search(text, phrase.start, definition.expansion_start) else definition
    )


# "Wick Planning (WP) Division": an acronym in parentheses inside a name, before its noun.
_ACRONYM_BEFORE = lazy_pattern(r"\([A-Z][A-Za-z&]{1,9}\)\s+\Z")


def _name_tail_after_acronym(text: str, phrase: Phrase) -> bool:
    """A bare unit noun right after an acronym in parentheses is the end of the name the
    acronym sits inside ("Wick Planning (WP) Division"), no unit of its own."""
    return bool(unit_nouns_only(phrase.text)) and bool(
        _ACRONYM_BEFORE.search(text, max(0, phrase.start - 14), phrase.start)
    )


@rule("unit", off=[])
def prose_unit(
    page: PageLayout,
    blocks: list[Block],
    top: Unit,
    index: UnitIndex,
    definitions: Definitions,
) -> list[Unit]:
    """Units a page without unit headings names in prose: "The Office of X (OX) does ...".

    A sentence whose subject is a unit and that says it is divided into parts ("is further
    sub-divided into three teams: ...") makes that unit the parent of the units it names
    (``enumerated_units``).
    """
    text = page.text
    known = set(index.by_key)
    acronym_after = {d.expansion_end: d for d in definitions}
    by_tokens: dict[frozenset[str], Unit] = {}
    units: list[Unit] = []
    owners: list[tuple[int, Unit]] = []  # the outline items above, by level, and their units
    lead_paragraph: Block | None = None  # the last paragraph read (before a list)
    cut_from: dict[frozenset[str], frozenset[str]] = {}  # names cut from a body, and its name
    for block in blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        if block.kind == PARAGRAPH:
            lead_paragraph = block
        level = block.level if block.kind == LIST_ITEM else 0
        while owners and owners[-1][0] >= level:
            owners.pop()
        owner = owners[-1][1] if owners and block.kind == LIST_ITEM else None
        lead: Unit | None = None
        first = True
        for start, end in page.sentences(block.start, block.end):
            following = _FOLLOWING.match(text, start, end)
            if following is not None and enabled("following_report_to"):
                lead = named_unit(
                    text,
                    following.group("name").strip(),
                    following.start("name"),
                    by_tokens=by_tokens,
                    top=top,
                    units=units,
                    finder="following_report_to",
                )
                continue
            composed = search_with(COMPOSED, _COMPOSED_WORDS, text, start, end)
            if composed is None and enabled("composition_participle"):
                composed = search_with(_COMPOSED_PARTICIPLE, _PARTICIPLE_WORDS, text, start, end)
                if composed is None:
                    composed = search_with(_INCLUDING_PARTS, ("including",), text, start, end)
                    if composed is not None and OTHERS_OBJECT.search(text, start, composed.start()):
                        composed = None  # "works with other offices, including": partners
            shared: set[int] = set()  # the parts of lists before a shared plural unit noun
            tailed: set[int] = set()  # the parts of a series of compass words (compass_series)
            phrases = []
            for phrase in possessive_names(text, page.phrases(start, end)):
                if phrase.text.endswith(("'s", "’s", "’")):
                    continue
                listed, rest = compass_series(text, phrase)
                tailed.update(part.start for part in listed)
                if not listed:
                    listed = shared_unit_noun(text, phrase, start, composed)
                shared.update(part.start for part in listed)
                for part in listed or split_list(text, phrase, on_and=False):
                    phrases.extend(two_named_units(text, part) if not listed else [part])
                for piece in rest:
                    for part in split_list(text, piece, on_and=False):
                        phrases.extend(two_named_units(text, part))
            # the unit's name cut from its body's (unit_before_its_place): the whole name, the body
            cut: dict[int, tuple[Phrase, Phrase]] = {}
            if block.kind == PARAGRAPH and phrases:
                parts = cut_from_its_body(text, phrases[0], start, cut_from)
                if parts is not None:
                    subject_phrase, (named, its_body) = phrases[0], parts
                    cut[named.start] = (subject_phrase, its_body)
                    spelled = acronym_after.get(subject_phrase.end)
                    own = [its_body] if spelled and _body_s_acronym(spelled, its_body) else []
                    phrases = [named, *own, *phrases[1:]]
            after_verb = shared_noun_after_verb(text, composed, end) if composed else []
            if after_verb:
                # the series the verb names, each part with the noun: no other names there
                shared.update(part.start for part in after_verb)
                phrases = [p for p in phrases if p.end <= after_verb[0].start] + after_verb
            phrases = renamed_unit(text, phrases, start, end)
            parent, parent_by = top, top_parent_by(top)
            if owner is not None:
                parent, parent_by = owner, "outline_subject"
            positions: set[int] = set()
            officials = officials_subject(text, start, composed)
            if officials is not None and composed is not None:
                phrases, head = _listed_officials(
                    text,
                    phrases,
                    composed,
                    officials,
                    positions,
                    by_tokens=by_tokens,
                    index=index,
                    top=top,
                    units=units,
                )
                if head is not None:
                    parent, parent_by = head, "listed_positions"
            boss = (
                _REPORTS_TO.search(text, start, end)
                if enabled("reports_to") and text.find("report", start, end) >= 0
                else None
            )
            if boss is not None:
                name = re.sub(r"(?:\s+(?:of|for|and|the))+$", "", boss.group("boss"))
                found = (
                    by_tokens.get(unit_key(name))
                    or index.resolve(name)
                    or office_of_position(name, by_tokens, index)
                )
                longer = _COMMA_TAIL.match(text, boss.end("boss"), end)
                if longer is not None:
                    # "report to Lamps, Oils & Glass Division": the name runs past its commas
                    # when the page has named the whole as a unit.
                    whole = text[boss.start("boss") : longer.end()]
                    found = by_tokens.get(unit_key(whole)) or index.resolve(whole) or found
                if (
                    found is None
                    and worded_as_unit(name)
                    and len(name.split()) <= MAX_NAME_WORDS
                    and not joined_bosses(name)
                ):
                    found = named_unit(
                        text,
                        name,
                        boss.start("boss"),
                        by_tokens=by_tokens,
                        top=top,
                        units=units,
                        finder="reports_to",
                    )
                if found is not None:
                    parent, parent_by = found, "reports_to"
                else:
                    boss = None
            spans = (
                placed_below(
                    text, start, end, by_tokens=by_tokens, index=index, top=top, units=units
                )
                if enabled("reports_to")
                else []
            )
            if spans:
                phrases = [
                    p for p in phrases if not any(a < p.end and p.start < b for a, b, _ in spans)
                ]
            series = placed_series(text, phrases, spans[-1][1], end) if spans else set()
            if series:  # the series' closing "and" read, then its names again
                phrases, _ = _closing_pair(text, phrases, series)
                series = placed_series(text, phrases, spans[-1][1], end)
            subject = (
                by_tokens.get(unit_key(phrases[0].text))
                if phrases and phrases[0].start not in shared
                else None
            )
            divides = search_with(_DIVIDES, _DIVIDES_WORDS, text, start, end)
            if subject is not None and divides and enabled("enumerated_units"):
                parent, parent_by = subject, "enumerated_units"
            chosen: list[tuple[Phrase, str, AcronymDefinition | None]] = []
            in_body: list[tuple[Unit, Phrase]] = []  # units cut from their body's name
            placed: dict[int, Unit] = {}
            siblings = (
                series_siblings(text, phrases, start, composed.start(), composed.end())
                if composed is not None and enabled("enumerated_units")
                else set()
            )
            if siblings or (composed is not None and enabled("closing_and_before_unit_name")):
                verb_end = composed.end() if composed is not None else None
                phrases, siblings = _closing_pair(text, phrases, siblings, verb_end)
            posted = (
                series_posts(text, phrases, start, composed.start(), composed.end())
                if composed is not None and enabled("enumerated_units")
                else set()
            )
            # "to include overseeing the Wick Committee, ...": a verb of composition before a
            # gerund lists duties, and the names in them are what the duties act on
            duties = composed is not None and _DUTY_AFTER.match(text, composed.end()) is not None
            for phrase in phrases:
                key = unit_key(phrase.text)
                in_full = cut[phrase.start][0] if phrase.start in cut else phrase
                definition = _own_definition(text, in_full, acronym_after.get(in_full.end))
                if (
                    phrase.start in cut
                    and definition is not None
                    and _body_s_acronym(definition, cut[phrase.start][1])
                ):
                    definition = None  # the body's acronym, not the unit's cut from it
                enumerated = (
                    composed is not None
                    and not duties
                    and phrase.start >= composed.end()
                    and enabled("enumerated_units")
                    and (
                        bool(set(name_tokens(phrase.text)[-1:]) & ANY_UNIT_NOUNS)
                        or phrase.start in siblings
                        or phrase.start in posted
                        or listed_department(text, phrase, end)
                    )
                    and len(phrase.text.split()) <= MAX_NAME_WORDS
                    and not _name_tail_after_acronym(text, phrase)
                )
                defined = definition is not None and enabled("prose_defined_subject")
                under_lead = lead is not None and worded_as_unit(phrase.text)
                reporting = under_lead or (
                    boss is not None
                    and phrase.end <= boss.start()
                    and _reports_as_part(text, phrase)
                )
                leading = position_subject(text, phrase, start, end)
                below = next(((b, u) for a, b, u in reversed(spans) if b <= phrase.start), None)
                if below is not None and _past_the_series(text, below[0], phrase, phrases):
                    below = None  # "..., which serve the Glass Section": past the series
                if below is not None and (worded_as_unit(phrase.text) or phrase.start in series):
                    placed[phrase.start] = below[1]
                if (
                    key in known
                    or _known_without_lower_noun(phrase.text, index)
                    or office_of_position(phrase.text, by_tokens, index) is not None
                    or title_modifier_alone(phrase.text)
                    or refers_back(phrase.text)
                    or government_branch(phrase.text, text)
                    or dealt_with(text, phrase, start)
                ):
                    continue
                reasons = _ProseReasons(
                    under_lead=under_lead,
                    reporting=reporting,
                    placed=phrase.start in placed,
                    leading=leading,
                    shared=phrase.start in shared,
                    listed=phrase.start in positions,
                    enumerated=enumerated,
                    defined=bool(defined),
                )
                finder = _prose_finder(text, phrase, start, end, reasons)
                if finder is None and in_full is not phrase:
                    # a unit whenever its whole name would have been (unit_before_its_place)
                    finder = _prose_finder(text, in_full, start, end, reasons)
                if finder is None:
                    continue
                if phrase.start in tailed:
                    finder = "compass_series"
                if phrase.start in series and not worded_as_unit(phrase.text):
                    finder = "placed_series"
                chosen.append((phrase, finder, definition))
            for position, (phrase, finder, definition) in enumerate(chosen):
                key = unit_key(phrase.text)
                name = without_acronyms(phrase.text)
                acronym = definition.acronym if definition is not None else None
                begin = phrase.start
                office = headed_office(name)
                if office is not None and (index.resolve(office) or unit_key(office) in by_tokens):
                    if not _SECOND_IN_COMMAND.match(name):
                        continue  # the head of a unit named already: that unit again
                    office = None  # "Assistant Director of X" where X is named: a position
                if office is not None:
                    begin = phrase.start + phrase.text.index(office)
                    name, key = office, unit_key(office)
                unit = by_tokens.get(key)
                if unit is not None:
                    if acronym and not unit.acronym:
                        unit.name, unit.acronym = name, acronym
                    continue
                under, under_by = parent, parent_by
                if phrase.start in placed:
                    under, under_by = placed[phrase.start], "reports_to"
                elif finder == "following_report_to" and lead is not None:
                    under, under_by = lead, "following_report_to"
                elif (
                    finder == "enumerated_units"
                    and subject is not None
                    and subject is not by_tokens.get(key)
                    and phrases
                    and phrases[0].start < phrase.start
                ):
                    under, under_by = subject, "enumerated_units"
                elif finder == "prose_section_name":
                    holder = _section_holder(
                        text,
                        block,
                        lead_paragraph,
                        [*units, *index.by_key.values()],
                        opens=_opens_its_sentence(text, phrase, start),
                    )
                    if holder is not None:
                        under, under_by = holder, "prose_section_name"
                stop = chosen[position + 1][0].start if position + 1 < len(chosen) else end
                kind = unit_type(text, name, [], is_group=False)
                unit = Unit(
                    name,
                    acronym,
                    kind,
                    None,
                    _description(text, phrase.start, stop, end),
                    begin,
                    paren_end(text, phrase.end, end),
                    under,
                    found_by=finder,
                    parent_by=under_by,
                )
                by_tokens[key] = unit
                units.append(unit)
                if phrase.start in cut and under is top:
                    in_body.append((unit, cut[phrase.start][1]))
                if (
                    subject is None
                    and phrase is phrases[0]
                    and phrase.start not in shared
                    and composed is not None
                    and phrase.end <= composed.start()
                    and enabled("enumerated_units")
                ):
                    subject = unit
                    if divides:
                        parent, parent_by = subject, "enumerated_units"
            for cut_unit, its_body in in_body:
                host = _named_before(its_body.text, by_tokens, index)
                if host is not None and host is not top:
                    reparent(cut_unit, host, "unit_before_its_place")
            if first and phrases and block.kind == LIST_ITEM:
                itself = outline_subject(text, phrases[0], start)
                found = by_tokens.get(unit_key(itself)) or index.resolve(itself) if itself else None
                if found is not None and found is not top:
                    owners.append((level, found))
            first = False
    return units


class _ProseReasons(NamedTuple):
    """What a sentence says of a name in it, each a reason to read the name as a unit
    (computed by ``prose_unit``)."""

    under_lead: bool  # after "the following offices report to X" (following_report_to)
    reporting: bool  # the subject of "reports to X", or under_lead (reports_to)
    placed: bool  # after "X is placed below Y" (reports_to)
    leading: bool  # a position opening its sentence (position_subject)
    shared: bool  # a part of a list before a shared plural unit noun (shared_unit_noun)
    listed: bool  # a position officials are listed as (listed_positions)
    enumerated: bool  # listed after a verb of composition (enumerated_units)
    defined: bool  # an acronym defined right after it (prose_defined_subject)


def _prose_finder(
    text: str, phrase: Phrase, start: int, end: int, why: _ProseReasons
) -> str | None:
    """The rule that finds a name in prose as a unit, by explicit precedence when several
    apply, or None when none does."""
    prose = is_prose_unit(text, phrase, end, defined=False)
    if why.under_lead:
        return "following_report_to"
    if why.reporting:
        own = prose and not set(name_tokens(phrase.text)) & POSITION_WORDS
        return "prose_unit" if own else "reports_to"
    if why.placed and not prose:
        return "reports_to"
    if why.leading:
        return "position_subject"
    if why.shared and not why.enumerated:
        return "shared_unit_noun"
    if why.listed:
        return "listed_positions"
    if prose:
        return "prose_unit"  # also every name placed below a unit that reads as one
    if established_body(text, phrase, start):
        return "established_body"
    if acting_unit(text, phrase, start):
        return "acting_unit"
    if why.enumerated:
        return "enumerated_units"  # also a shared part that is enumerated
    if prose_section_name(text, phrase, start, end):
        return "prose_section_name"
    if why.defined and is_prose_unit(text, phrase, end, defined=True):
        return "prose_defined_subject"
    return None


def _named_before(
    name: str, by_tokens: dict[frozenset[str], Unit], index: UnitIndex
) -> Unit | None:
    """The unit ``name`` names, found in this prose or before it."""
    return by_tokens.get(unit_key(name)) or index.resolve(name)


def _listed_officials(
    text: str,
    phrases: list[Phrase],
    composed: re.Match[str],
    officials: tuple[int, int],
    positions: set[int],
    *,
    by_tokens: dict[frozenset[str], Unit],
    index: UnitIndex,
    top: Unit,
    units: list[Unit],
) -> tuple[list[Phrase], Unit | None]:
    """A sentence listing officials after its verb of composition (``listed_positions``):
    its names after the verb split into positions (added to ``positions``), and the unit or
    position its subject puts them under, when it names one."""
    listed_after = [p for p in phrases if p.start >= composed.end()]
    phrases = [p for p in phrases if p.start < composed.end()]
    for phrase in listed_after:
        found_positions = _positions(text, phrase)
        positions.update(p.start for p in found_positions)
        phrases.extend(found_positions or [phrase])
    if officials[0] < 0:
        return phrases, None
    boss_name = text[officials[0] : officials[1]]
    head = _named_before(boss_name, by_tokens, index)
    if head is None and worded_as_unit(boss_name) and len(boss_name.split()) <= MAX_POSITION_WORDS:
        head = named_unit(
            text,
            boss_name,
            officials[0],
            by_tokens=by_tokens,
            top=top,
            units=units,
            finder="listed_positions",
        )
    return phrases, head


@rule("parent", off=None)
def outline_subject(text: str, phrase: Phrase, start: int) -> str | None:
    """ "(b) The Office of Wicks is headed by ...", then "(1) The Wick Supply Division buys
    ...": in a regulation's outline, a unit named in a paragraph nested under one whose
    opening sentence is about a unit is that unit's part. Returns the name an outline item's
    opening sentence is about, when its subject opens it."""
    if phrase.start - start > len("The "):
        return None
    return without_acronyms(phrase.text)


_SECOND_IN_COMMAND = lazy_pattern(SECOND_TITLES + r"\s")


def _body_s_acronym(definition: AcronymDefinition, body: Phrase) -> bool:
    """Whether the acronym after a name cut from its body's (``unit_before_its_place``) is
    the body's: its long form starts inside the body's name, or its letters spell the body's
    words alone, whatever the long form took in before them ("The Wick Division of the Oil
    Trimming Directorate (OTD)": a long form stretched over the unit noun, "Division of
    the", spells the directorate's name; "The Wick Division of the Lamp Office (WDLO)"
    spells the whole)."""
    return definition.expansion_start >= body.start or initials_match(definition.acronym, body.text)


def _positions(text: str, phrase: Phrase) -> list[Phrase]:
    """A listed name with a position word, split where "and" joins two positions
    ("Secretary of Lamps and Secretary of Oils"); none when it names no position."""
    tokens = name_tokens(phrase.text)
    if not set(tokens) & POSITION_WORDS or len(phrase.text.split()) > 2 * MAX_POSITION_WORDS:
        return []
    for match in AND_BETWEEN.finditer(phrase.text):
        left, right = phrase.text[: match.start()], phrase.text[match.end() :]
        if (
            right[:1].isupper()
            and set(name_tokens(left)) & POSITION_WORDS
            and set(name_tokens(right)) & POSITION_WORDS
        ):
            cut, after = phrase.start + match.start(), phrase.start + match.end()
            return [
                Phrase(text[phrase.start : cut], phrase.start, cut),
                *_positions(text, Phrase(text[after : phrase.end], after, phrase.end)),
            ]
    if len(phrase.text.split()) > MAX_POSITION_WORDS:
        return []
    return [phrase]


# "Under Lamp Services are the Wick Office and the Oil Office, which serve the Glass
# Section": a relative clause after the names an opening places below its unit says what
# they do; the names in it are no parts.
_CLAUSE_AFTER_SERIES = lazy_pattern(r",\s*(?:which|who|that|where)\b")


def _past_the_series(text: str, opened: int, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a relative clause stands between the names an opening places and ``phrase``:
    one after a name of the series ("..., the Oil Office, which serve the Glass Section"),
    not one that introduces the names ("... are three offices, which are the Oil Office,
    ...")."""
    clause = _CLAUSE_AFTER_SERIES.search(text, opened, phrase.start)
    return clause is not None and any(opened <= p.start < clause.start() for p in phrases)


def _reports_as_part(text: str, phrase: Phrase) -> bool:
    """Whether a name before "reports to" is what reports: a position ("The Wick Counsel"),
    or a unit by its head noun ("The Lamp Secretariat reports to ..."), not an opening
    phrase set off by a comma ("In Lamp Offices, ...")."""
    words = name_tokens(phrase.text)
    if set(words) & POSITION_WORDS:
        return True
    return len(words) >= 2 and words[-1] in ANY_UNIT_NOUNS and not text.startswith(",", phrase.end)


_COMMA_TAIL = lazy_pattern(r"(?:,\s+[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&-]*))*)+")

_REPORTS_TO = lazy_pattern(
    r"(?<!\bnot)(?<!n't)\s(?:reports?|reporting)\s+(?:directly\s+)?to\s+(?:the\s+)?"
    r"(?P<boss>[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&-]*))*)"
)

register(
    "reports_to",
    "unit",
    """ "A and B report to the Chief Archivist", "The Audit Branch reports directly to the
    Lamp Warden": what a sentence says reports to a unit or position it names is that
    unit's part; the positions it names are units, and so is the one reported to (made a unit
    of its own when the page has not named it yet). A chart's text version says the same by
    placing boxes below one: "Directly below the Chief Archivist is the Deputy Archivist",
    "Under the Deputy Archivist, from left to right, are:" and the lines after it; so do
    "Within the Wick Division are the A and the B" and "Reporting to the Chief Archivist are
    the A and the B".""",
)


def _known_without_lower_noun(name: str, index: UnitIndex) -> bool:
    """Whether a name with its unit noun in lower case ("the Wick Care team") is a unit found
    already by its name alone ("Wick Care" listed): the same unit (``lower_case_unit_noun``)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1].islower()
        and words[-1] in UNIT_NOUNS
        and index.resolve(" ".join(words[:-1])) is not None
    )
