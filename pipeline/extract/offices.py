"""Extract the organizational units of a page: the root agency, groups, offices, sub-units.

Sections become units; a group section (a heading followed directly by headings) becomes the
parent of its members. Within a unit's text, a run of "Label: what it does" lines, or a list
after a lead-in such as "Offices include:", names its sub-units.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from pipeline.extract.acronyms import (
    AcronymDefinition,
    Definitions,
    is_acronym,
    name_before_its_acronym,
)
from pipeline.extract.alignment import initials_match
from pipeline.extract.evidence import MAX_EVIDENCE_CHARS, bounded
from pipeline.extract.list_units import (
    ANNOUNCING_LIST_FINDERS,
    COMPOSED_PARTICIPLE,
    COUNTED_PLURAL,
    DESCRIBING_OPENERS,
    DIRECTION_NOUN,
    DIVIDED_INTO_VERB,
    DIVIDED_PARTICIPLES,
    DIVISION_PIECES,
    DIVISION_VERB,
    FOLLOWING,
    HELD_COUNT,
    HONORIFIC,
    LETTERS_NAME,
    LIST_FINDERS,
    MADE_OF_VERB,
    OFFERING_NOUNS,
    OTHERS_COUNTED,
    OTHERS_VERB,
    SUBDIVIDED,
    SUPERVISING_VERB,
    TITLE_MODIFIERS,
    ListContext,
    already_a_unit,
    document_part_label,
    following_lower_case,
    is_capitalized_name,
    item_name,
    list_units,
    listed_type,
    plural_unit_noun,
    post_head,
    referring_lead_in,
    refers_back,
    supervises_the_following,
    title_modifier_alone,
)
from pipeline.extract.names import (
    HYPHENS,
    REFERRING_WORDS,
    content_tokens,
    edge_marks,
    ends_with,
    name_tokens,
    names_position_only,
    noun_before_of,
    town_start,
    unit_noun_head,
    unit_noun_opens,
    unit_nouns_only,
    without_acronyms,
    worded_as_a_unit,
)
from pipeline.extract.records import UnitType
from pipeline.extract.root import (
    PROGRAM_LISTING,
    UNIT_RANK,
    Root,
    agency_name_from_noun,
    first_line_referred_body,
    one_of_listed_units,
    owner_of_titled_units,
)
from pipeline.extract.unit_names import (
    OF_ITS_BODY,
    ResolvedName,
    resolve_name,
    statement_subject,
    unit_then_its_body,
)
from pipeline.extract.units import Unit, ancestors, is_above, named_apart, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import (
    HEADING,
    LABEL,
    LINE_MARKER,
    LIST_ITEM,
    PARAGRAPH,
    PREPOSITIONS,
    SECTION_NUMBER,
    Block,
    directory_row,
    document_division_heading,
    head_noun,
    is_noise,
)
from pipeline.text.phrases import Phrase, one_joined_name, split_list
from pipeline.text.prefilter import may_hold_ignorecase
from pipeline.text.sections import (
    GROUP_RANK,
    MEMBER_RANK,
    PageLayout,
    Section,
    clause_heading,
    directory_holder_line,
    is_contact_label,
    is_furniture,
    is_section_label,
    titled_holder_line,
)
from pipeline.text.sentences import (
    closes_abbreviation,
    opens_sentence_after_abbreviation,
    sentence_spans,
)
from pipeline.text.vocabulary import (
    AUXILIARIES,
    BUSINESS_NOUNS,
    CAPITAL,
    CLOSING_QUOTES,
    CONNECTORS,
    DIRECTORATE_NOUNS,
    DUTY_HEADS,
    FUNCTION_VERBS,
    GENERIC_MODIFIERS,
    LEADING_VERBS,
    LISTING_NOUNS,
    MORE_PREPOSITIONS,
    NUMBER_WORDS,
    OPENING_PREPOSITIONS,
    OPENING_QUOTES,
    ORDER_VERBS,
    ORGANIZATION_WORDS,
    PLACE_NOUNS,
    POSITION_WORDS,
    PRESENT_VERB,
    PROGRAM_DESCRIPTORS,
    PROGRAM_NOUNS,
    PRONOUNS,
    SECTION_WORDS,
    SYSTEM_NOUNS,
    TEAM_NOUNS,
    TOPIC_OF_HEADS,
    UNDERTAKING_NOUNS,
    UNIT_NOUNS,
    VERBS_AS_FIELD_NOUNS,
    VERBS_AS_PLURAL_NOUNS,
    VERBS_OPENING_NO_DUTY,
    in_the_present,
)
from pipeline.text.words import in_singular, plural_word

MAX_LABEL_WORDS = 6
# The verbs of leading a body ("heads", "leads"), as a pattern's alternatives.
_LEADS_VERB = "|".join(sorted(LEADING_VERBS))


def _span_text(text: str, blocks: list[Block]) -> str | None:
    return text[blocks[0].start : blocks[-1].end] if blocks else None


def sentence_at(text: str, blocks: list[Block], position: int) -> tuple[int, int]:
    """The span of the sentence holding ``position``."""
    for block in blocks:
        if block.start <= position < block.end:
            for start, end in sentence_spans(text, block.start, block.end):
                if start <= position < end:
                    return start, end
            return block.start, block.end
    return position, position


# What follows a unit's name when the text calls it a program: "X (XP) program", "X is a
# two-year fellowship" (both read case-insensitively, as the name is).
_PROGRAM_NOUN_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?\s+(" + "|".join(sorted(PROGRAM_NOUNS)) + r")\b", re.IGNORECASE
)
_IS_A_DESCRIPTOR = re.compile(
    r"\s+is\s+an?\s+(?:[\w‑-]+\s+){0,3}?(" + "|".join(sorted(PROGRAM_DESCRIPTORS)) + r")\b",
    re.IGNORECASE,
)
_CLAUSE_WORD = re.compile(r"\b(?:where|that|which|for|to|of|with|who)\b")
# The only characters a case-insensitive pattern reads as an ASCII letter that lower() does
# not turn into that letter alone: dotted capital I, dotless i, long s, the Kelvin sign.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _name_then(name: str, text: str, after: re.Pattern[str]) -> bool:
    """Whether ``name``, in any case, stands in ``text`` just before what ``after`` matches.

    An ASCII name is looked for in the lower-cased text (what a case-insensitive pattern of it
    matches, unless the text holds one of ``_FOLDS_TO_ASCII``): a pattern compiled for each
    name cost far more than the search once Python's pattern cache no longer held it, as on
    every page not seen before."""
    if not name.isascii() or any(odd in text for odd in _FOLDS_TO_ASCII):
        return re.search(re.escape(name) + after.pattern, text, re.IGNORECASE) is not None
    folded, folded_name = text.lower(), name.lower()
    at = folded.find(folded_name)
    while at >= 0:
        if after.match(text, at + len(name)):
            return True
        at = folded.find(folded_name, at + 1)
    return False


def _program_signals(text: str, name: str, body: list[Block]) -> bool:
    """Whether the text calls a unit a program, initiative or fellowship."""
    if _name_then(name, _span_text(text, body) or "", _PROGRAM_NOUN_AFTER):
        return True
    for block in body:
        if block.kind != PARAGRAPH:
            continue
        first_start, first_end = sentence_spans(text, block.start, block.end)[0]
        sentence = text[first_start:first_end]
        head = _CLAUSE_WORD.split(sentence, maxsplit=1)[0]
        if set(name_tokens(head)) & PROGRAM_DESCRIPTORS:
            return True
        if _name_then(name, sentence, _IS_A_DESCRIPTOR):
            return True
    return False


def unit_type(text: str, name: str, body: list[Block], *, is_group: bool) -> UnitType:
    """Unit type from wording: office names, program language, position titles."""
    tokens = set(name_tokens(name))
    if tokens & DIRECTORATE_NOUNS and "office" not in tokens:
        return UnitType.DIRECTORATE
    if tokens & TEAM_NOUNS and "office" not in tokens:
        return UnitType.OTHER
    if tokens & UNIT_NOUNS - {"program", "corps"}:
        return UnitType.OFFICE
    if not is_group and _program_signals(text, name, body):
        return UnitType.PROGRAM
    if tokens & POSITION_WORDS:
        return UnitType.LEADERSHIP
    return UnitType.OTHER if is_group else UnitType.OFFICE


PROSE_UNIT_NOUNS = frozenset(
    {"office", "bureau", "division", "directorate", "center", "team", "branch", "unit"}
)
_PREDICATE_UNIT = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:is|serves as)\s+(?:a|an|the|one of the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bureau|office|division|component|directorate|team|unit)s?\b"
)
_DIVIDES = re.compile(
    r"\b(?:" + SUBDIVIDED + r"|divided|organized|structured"
    r"|composed|consists|comprises|made up)\b"
)


# Words of a verb of composition may be separated by any run of white space.
_COMPOSED = re.compile(
    (
        r"\b(?:consists? of|comprises?(?: of)?|is (?:made up|composed|comprised) of|includes?"
        r"|is organized into|(?:is|are) (?:" + SUBDIVIDED + r"|divided) into|oversees"
        r"|(?:is|are) responsible for)\b"
    ).replace(" ", r"\s+")
)
# "the Bureau, consisting of A, B, and C", "a staff comprising A and B": the participle.
_COMPOSED_PARTICIPLE = re.compile(r"\b(?:" + COMPOSED_PARTICIPLE + r")\b")
_PARTICIPLE_WORDS = ("consisting", "comprising", "made", "composed", "comprised")
# The plural nouns that name a body's parts when a sentence counts or lists them: the
# listing nouns but "programs" (a body's work, not its units).
_PARTS_LISTING_NOUNS = LISTING_NOUNS - {"programs"}
# "staff including", "other offices, including": "including" after a word for a body's
# staff or a plural unit noun (``composition_participle``).
_INCLUDING_PARTS = re.compile(
    r"\b(?:"
    + "|".join(sorted(_PARTS_LISTING_NOUNS | {"staff", "officers", "committees"}))
    + r")\s*,?\s+including\b"
)
# "works closely with other offices, including ...", "supports partner units -- A, B, C --": a
# plural noun that is the object of a verb of working with, reporting to or supporting (and up
# to three words before it) names bodies beside or above the subject, not its parts.
_OTHERS_OBJECT = re.compile(OTHERS_VERB + r"\s+(?:[A-Za-z][\w-]*\s+){0,3}\Z")

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
# A piece of each alternative of _COMPOSED and of _DIVIDES, one of which every match holds.
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


def _search_with(
    pattern: re.Pattern[str], pieces: tuple[str, ...], text: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search`` within ``text[start:end]``, run only when the span holds one of the
    ``pieces`` every match of the pattern holds (the pattern tries every word boundary; most
    sentences hold none)."""
    # map() of the bound test runs in C, with no generator frame: this runs per sentence
    if not any(map(text[start:end].__contains__, pieces)):
        return None
    return pattern.search(text, start, end)


ANY_UNIT_NOUNS = UNIT_NOUNS - {"department", "agency", "program", "staff"}
MAX_PROSE_DESCRIPTION = 400


MAX_NAME_WORDS = 14


def _is_prose_unit(text: str, phrase: Phrase, sentence_end: int, *, defined: bool) -> bool:
    words = name_tokens(phrase.text)
    if not 2 <= len(words) <= MAX_NAME_WORDS or {"department", "agency"} & set(words):
        return False
    if words[-1] in PROSE_UNIT_NOUNS:
        return True
    if defined and words[-1] in ANY_UNIT_NOUNS:
        return True
    if noun_before_of(words, PROSE_UNIT_NOUNS):
        return True
    return bool(_PREDICATE_UNIT.match(text, phrase.end, min(sentence_end, phrase.end + 120)))


# What may stand between a count of parts and the names it lists ("two sections, namely the
# Drum Section and the Cask Section", "three units: (1) the ..."): words with a capital (the
# names), these words, figures and punctuation.
_COUNT_LIST_GLUE = frozenset(
    {"namely", "viz", "including", "i.e", "the", "and", "or", "of", "for", "as", "follows"}
    | {"is", "are", "which", "that"}
)
_GLUE_WORD = re.compile(r"[^\s,;:()\-–—]+")


# "... has been renamed the Lamp Section", "re-designated as the ...": a name a unit is given.
_RENAMED_AS = re.compile(
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
_OPENING_ARTICLE = re.compile(r"\W*(?:(?:the|an?)\s+)?", re.IGNORECASE)


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
    holder = _paragraph_subject_unit(text, block, units)
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
_DUTY_AFTER = re.compile(r"\s+[a-z]+ing\b")

# What stands between two names of one series: commas, semicolons, "and", "the".
_SERIES_GAP = re.compile(r"\s*[,;]?\s*(?:(?:and|or)\s+)?(?:the\s+)?")


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


# A subject whose parts are members, not units: "The Commission is composed of ...",
# "Senior management is made up of ...".
_MEMBERS_SUBJECT = re.compile(
    r"\b(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Aa]ssembly|[Mm]anagement)\b"
)


def _names_post(name: str) -> bool:
    """A post's name of two words or more: a position word and no unit noun."""
    return len(name.split()) >= 2 and names_position_only(name)


_MEMBERS = re.compile(r"\b[Mm]embers?\b")


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
    if not listed or _MEMBERS_SUBJECT.search(text, start, verb):
        return set()
    if _MEMBERS.search(text, start, listed[-1].start):
        return set()  # "consist of nine staff members: ...": members, named for their posts
    runs: list[list[int]] = [[0]]
    for index, (a, b) in enumerate(itertools.pairwise(listed), start=1):
        if _SERIES_GAP.fullmatch(text, a.end, b.start) is not None:
            runs[-1].append(index)
        else:
            runs.append([index])
    found: set[int] = set()
    for run in runs:
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
    posts = enabled("series_of_posts") and not _MEMBERS_SUBJECT.search(text, start, verb)
    worded = [
        bool(set(name_tokens(p.text)[-1:]) & ANY_UNIT_NOUNS) or (posts and _names_post(p.text))
        for p in listed
    ]
    if sum(worded) < 2:
        return set()
    # The series' runs: names linked one to the next by commas, "and", "the" only. Every
    # bare name of a run holding a name worded as a unit is one of them, wherever it
    # stands in the run (not only next to a name worded as a unit).
    runs: list[list[int]] = [[0]]
    for index, (a, b) in enumerate(itertools.pairwise(listed), start=1):
        if _SERIES_GAP.fullmatch(text, a.end, b.start) is not None:
            runs[-1].append(index)
        else:
            runs.append([index])
    return {
        listed[index].start
        for run in runs
        if any(worded[index] for index in run)
        for index in run
        if not worded[index] and _bare_name(listed[index].text)
    }


def _closing_pair(
    text: str, phrases: list[Phrase], siblings: set[int]
) -> tuple[list[Phrase], set[int]]:
    """The phrases and sibling starts of a series with its closing "and" read: a bare name
    ``series_siblings`` took that holds one "and", stands after a comma with no "and" or "or"
    and ends the series ("the Wick Office, Soot Care, Oil Mending and Ember Control.") is
    two names, parted at that "and". A name that goes on in the series ("..., Oil and Glass,
    Ember Control") or is headed by a unit noun before "of" ("Bureau of Wicks and Oils") is
    one."""
    out: list[Phrase] = []
    found = set(siblings)
    for position, phrase in enumerate(phrases):
        parts = phrase.text.split(" and ")
        before = phrases[position - 1] if position else None
        after = phrases[position + 1] if position + 1 < len(phrases) else None
        gap = text[before.end : phrase.start] if before is not None else ""
        if (
            phrase.start not in siblings
            or len(parts) != 2
            or "," not in gap
            or re.search(r"\b(?:and|or)\b", gap)
            or (after is not None and _SERIES_GAP.fullmatch(text, phrase.end, after.start))
            or noun_before_of(name_tokens(phrase.text), UNIT_NOUNS)
        ):
            out.append(phrase)
            continue
        second = phrase.start + len(parts[0]) + len(" and ")
        out += [Phrase(parts[0], phrase.start, phrase.start + len(parts[0]))]
        out += [Phrase(parts[1], second, phrase.end)]
        found.add(second)
    return out, found


# "which established the", "is required to establish an", "created within the Office a".
_ESTABLISHED = re.compile(
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
_SUBJECT_OPENS = re.compile(
    r"(?:^|[.!?:;]\s+|\n\s*)(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?"
    r"(?:The\s+(?:[A-Z][\w-]*['’]s\s+)?)?$"
)
# What follows a unit that acts: a verb of function or an auxiliary.
_UNIT_ACTS = re.compile(
    r"\s+(?:\([^()]{0,20}\)\s+)?(?:also\s+)?(?:is|are|was|were|has|have|will|shall|can|may"
    r"|(?:provide|monitor|offer|deliver|support|manage|ensure|work|help|deal|oversee"
    r"|administer|assist|handle|operate|run|carr(?:y|ie)|advise|investigate)s?)\b"
)
# The verbs of the past after a unit's name: "The Department of Oil was merged ...".
_PAST = frozenset({"was", "were"})
# Words that make a name ending in "Services" the services a body offers, not a unit.
_OFFERED = frozenset({"our", "your", "their", "its", "these", "those", "other", "all", "such"})
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
_TERRITORIAL_NOUNS = frozenset({"region", "district", "area", "zone"})
# What follows a territorial unit that works (``acting_territorial_unit``).
_TERRITORY_WORKS = re.compile(
    r"\s+(?:\([^()]{0,20}\)\s+)?(?:also\s+)?(?:covers|serves|manages|oversees|administers"
    r"|operates|is\s+responsible|are\s+responsible)\b"
)


# What a unit opening a paragraph does: a verb of function in the present ("handles", "is
# responsible", "oversees"), a closed class; a plural noun after a name ("offices are") is none.
_FUNCTION_VERBS = "|".join(in_the_present(verb) for verb in FUNCTION_VERBS)
# What may stand between a sentence's opening subject and its verb: the subject's acronym in
# parentheses, "also", "primarily", "mainly".
_BEFORE_SUBJECT_VERB = r"(?:\s*\([^()]{1,40}\))?\s+(?:also\s+|primarily\s+|mainly\s+)?"
_KNOWN_SUBJECT_VERB = re.compile(
    _BEFORE_SUBJECT_VERB
    + r"(?:is|are|has|have|"
    + _FUNCTION_VERBS
    + r"|oversee|manage|lead|provide|support)\b"
)
# A verb of function the subject rules list, but none of composition ("includes",
# "comprises"), which says what a body is made of (``acting_unit_function_verb``).
_WORKING_VERB = re.compile(
    _BEFORE_SUBJECT_VERB + r"(?!(?:includes|comprises)\b)(?:" + _FUNCTION_VERBS + r")\b"
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
_OPENS_PARAGRAPH = re.compile(_LINE_START + r"(?:The\s+)?\Z")
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
        bool(tokens) and tokens[-1] in _TERRITORIAL_NOUNS and enabled("acting_territorial_unit")
    )
    if len(tokens) < 2 or not (
        territorial
        or tokens[-1] in _ACTING_NOUNS
        or (
            tokens[-1] == "department"
            and tokens[0] not in _NOT_A_NAME_OPENING
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
    if tokens[0] in _OFFERED or tokens[0] in POSITION_WORDS:  # "Director of Oil Services"
        return False
    if _SUBJECT_OPENS.search(text[max(start, phrase.start - 40) : phrase.start]) is None:
        return False
    if territorial and _TERRITORY_WORKS.match(text, phrase.end) is not None:
        return True
    if tokens[-1] in _TERRITORIAL_NOUNS - _ACTING_NOUNS:
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
_PART_OF_BODY = re.compile(r"\s(?:of|for)(?:\s+the)?\s+\Z")


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
_ACRONYM_BEFORE = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)\s+\Z")


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
                lead = _named_unit(
                    text,
                    following.group("name").strip(),
                    following.start("name"),
                    by_tokens=by_tokens,
                    top=top,
                    units=units,
                    finder="following_report_to",
                )
                continue
            composed = _search_with(_COMPOSED, _COMPOSED_WORDS, text, start, end)
            if composed is None and enabled("composition_participle"):
                composed = _search_with(_COMPOSED_PARTICIPLE, _PARTICIPLE_WORDS, text, start, end)
                if composed is None:
                    composed = _search_with(_INCLUDING_PARTS, ("including",), text, start, end)
                    if composed is not None and _OTHERS_OBJECT.search(
                        text, start, composed.start()
                    ):
                        composed = None  # "works with other offices, including": partners
            shared: set[int] = set()  # the parts of lists before a shared plural unit noun
            tailed: set[int] = set()  # the parts of a series of compass words (compass_series)
            phrases = []
            for phrase in _possessive_names(text, page.phrases(start, end)):
                if phrase.text.endswith(("'s", "’s", "’")):
                    continue
                listed, rest = compass_series(text, phrase)
                tailed.update(part.start for part in listed)
                if not listed:
                    listed = _shared_unit_noun(text, phrase, start, composed)
                shared.update(part.start for part in listed)
                for part in listed or split_list(text, phrase, on_and=False):
                    phrases.extend(_two_named_units(text, part) if not listed else [part])
                for piece in rest:
                    for part in split_list(text, piece, on_and=False):
                        phrases.extend(_two_named_units(text, part))
            # the unit's name cut from its body's (unit_before_its_place): the whole name, the body
            cut: dict[int, tuple[Phrase, Phrase]] = {}
            if block.kind == PARAGRAPH and phrases:
                parts = _cut_from_its_body(text, phrases[0], start, cut_from)
                if parts is not None:
                    subject_phrase, (named, its_body) = phrases[0], parts
                    cut[named.start] = (subject_phrase, its_body)
                    spelled = acronym_after.get(subject_phrase.end)
                    own = [its_body] if spelled and _body_s_acronym(spelled, its_body) else []
                    phrases = [named, *own, *phrases[1:]]
            after_verb = _shared_noun_after_verb(text, composed, end) if composed else []
            if after_verb:
                # the series the verb names, each part with the noun: no other names there
                shared.update(part.start for part in after_verb)
                phrases = [p for p in phrases if p.end <= after_verb[0].start] + after_verb
            phrases = renamed_unit(text, phrases, start, end)
            parent, parent_by = top, _top_parent_by(top)
            if owner is not None:
                parent, parent_by = owner, "outline_subject"
            positions: set[int] = set()
            head_of = _head_of_is(text, start, end)
            if head_of is not None:
                positions.add(head_of[0])
                body = _named_before(head_of[1], by_tokens, index)
                if body is not None:
                    parent, parent_by = body, "head_of_is"
            officials = _officials_subject(text, start, composed)
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
            body_listed: set[int] = set()
            if (
                officials is None
                and composed is not None
                and body_of_positions(text, start, composed)
            ):
                phrases, body_listed = _body_positions(text, phrases, composed)
            boss = (
                _REPORTS_TO.search(text, start, end)
                if enabled("reports_to") and text.find("report", start, end) >= 0
                else None
            )
            if boss is not None:
                name = re.sub(r"(?:\s+(?:of|for|and|the))+$", "", boss.group("boss"))
                found = (
                    by_tokens.get(_unit_key(name))
                    or index.resolve(name)
                    or office_of_position(name, by_tokens, index)
                )
                longer = _COMMA_TAIL.match(text, boss.end("boss"), end)
                if longer is not None:
                    # "report to Lamps, Oils & Glass Division": the name runs past its commas
                    # when the page has named the whole as a unit.
                    whole = text[boss.start("boss") : longer.end()]
                    found = by_tokens.get(_unit_key(whole)) or index.resolve(whole) or found
                if (
                    found is None
                    and _worded_as_unit(name)
                    and len(name.split()) <= MAX_NAME_WORDS
                    and not joined_bosses(name)
                ):
                    found = _named_unit(
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
                _placed_below(
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
                by_tokens.get(_unit_key(phrases[0].text))
                if phrases and phrases[0].start not in shared
                else None
            )
            divides = _search_with(_DIVIDES, _DIVIDES_WORDS, text, start, end)
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
            if siblings:
                phrases, siblings = _closing_pair(text, phrases, siblings)
            posted = (
                series_posts(text, phrases, start, composed.start(), composed.end())
                if composed is not None and enabled("enumerated_units")
                else set()
            )
            # "to include overseeing the Wick Committee, ...": a verb of composition before a
            # gerund lists duties, and the names in them are what the duties act on
            duties = composed is not None and _DUTY_AFTER.match(text, composed.end()) is not None
            for phrase in phrases:
                key = _unit_key(phrase.text)
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
                under_lead = lead is not None and _worded_as_unit(phrase.text)
                reporting = under_lead or (
                    boss is not None
                    and phrase.end <= boss.start()
                    and _reports_as_part(text, phrase)
                )
                leading = position_subject(text, phrase, start, end)
                below = next(((b, u) for a, b, u in reversed(spans) if b <= phrase.start), None)
                if below is not None and _past_the_series(text, below[0], phrase, phrases):
                    below = None  # "..., which serve the Glass Section": past the series
                if below is not None and (_worded_as_unit(phrase.text) or phrase.start in series):
                    placed[phrase.start] = below[1]
                if (
                    key in known
                    or _known_without_lower_noun(phrase.text, index)
                    or office_of_position(phrase.text, by_tokens, index) is not None
                    or title_modifier_alone(phrase.text)
                    or refers_back(phrase.text)
                    or government_branch(phrase.text, text)
                    or partner_named(text, phrase, start)
                ):
                    continue
                reasons = _ProseReasons(
                    under_lead=under_lead,
                    reporting=reporting,
                    placed=phrase.start in placed,
                    leading=leading,
                    shared=phrase.start in shared,
                    heads=head_of is not None and phrase.start == head_of[0],
                    listed=phrase.start in positions,
                    body=phrase.start in body_listed,
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
                if phrase.start in series and not _worded_as_unit(phrase.text):
                    finder = "placed_series"
                chosen.append((phrase, finder, definition))
            for position, (phrase, finder, definition) in enumerate(chosen):
                key = _unit_key(phrase.text)
                name = without_acronyms(phrase.text)
                acronym = definition.acronym if definition is not None else None
                begin = phrase.start
                office = headed_office(name)
                if office is not None and (index.resolve(office) or _unit_key(office) in by_tokens):
                    if not _SECOND_IN_COMMAND.match(name):
                        continue  # the head of a unit named already: that unit again
                    office = None  # "Assistant Director of X" where X is named: a position
                if office is not None:
                    begin = phrase.start + phrase.text.index(office)
                    name, key = office, _unit_key(office)
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
                elif finder == "body_of_positions" and subject is not None:
                    under, under_by = subject, "body_of_positions"
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
                    _paren_end(text, phrase.end, end),
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
                found = (
                    by_tokens.get(_unit_key(itself)) or index.resolve(itself) if itself else None
                )
                if found is not None and found is not top:
                    owners.append((level, found))
            first = False
    return units


# "The Lamp Office is renamed as the Wick Office", "... (LO) has been re-designated the ...",
# "... is hereby renamed ...", "... has since been renamed ...": what stands between a unit's
# old name and its new one, an acronym in parentheses after the old name (any capital, digits
# too), the passive of a verb of renaming and an adverb before or after its "been".
_RENAMING_ADVERB = r"(?:\s+(?:hereby|now|since|also|[a-z]+ly))?"
_RENAMED_BETWEEN = re.compile(
    r"(?:\s*\(" + CAPITAL + r"[\w&]{1,9}\))?\s*,?\s+"
    r"(?:(?:is|are|was|were)"
    + _RENAMING_ADVERB
    + r"|(?:has|have|had)"
    + _RENAMING_ADVERB
    + r"\s+been"
    + _RENAMING_ADVERB
    + r"|(?:will|shall)"
    + _RENAMING_ADVERB
    + r"\s+be"
    + _RENAMING_ADVERB
    + r")\s+"
    r"(?:re-?named|re-?designated|re-?titled)\s+(?:as\s+|to\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# "retitles the Lamp Office to the Wick Office", "Renames: the ... as the ...": the verb before
# the old name, and what stands between the old name and the new one.
_RENAMING_VERB_BEFORE = re.compile(
    r"\b(?:re-?titles|re-?names|re-?designates)\s*:?\s+(?:the\s+)?\Z", re.IGNORECASE
)
_RENAMED_TO = re.compile(r"\s+(?:to|as)\s+(?:the\s+)?")
# "Trim Office at the Wick Division": a word other than "of" or "for" and "the" inside a name
# read as one, before the name of the place the unit is in.
_PLACE_IN_NAME = re.compile(r"\s(?!(?:of|for)\s)[a-z]+\s+the\s+(?=" + CAPITAL + ")")
# What stands before a renamed unit's old name in its sentence when that name is the
# sentence's subject: "The", after an opening phrase and its comma ("In the spring, the").
_SUBJECT_BEFORE = re.compile(r"(?:[^.;:]*,\s+)?(?:the\s+)?", re.IGNORECASE)


@rule("name", off=lambda text, phrases, start, end: phrases)
def renamed_unit(text: str, phrases: list[Phrase], start: int, end: int) -> list[Phrase]:
    """A sentence that renames a unit ("The Lamp Office is renamed as the Wick Office", "The
    Oil Division has been re-designated the Glass Division", "The Lamp Office is hereby
    renamed ...", "This order retitles the Lamp Office to the Wick Office") names one unit
    twice: it is published once, under the name it is given, and the name it had is no unit
    of its own (a page that renames a unit describes it under its new name). The old name
    must be worded as a unit's (a unit noun last, or before "of" or "for": "The Chief Wick
    Warden has been renamed as ..." renames no unit), and the new one must read as a unit in
    prose by its own words: "renamed the Lamp Act" gives a law a name, and "... renamed the
    Flame Care Section" leaves the section its old name, as ``prose_section_name`` reads it.
    An acronym in parentheses after the old name is no new one ("The Lamp Office (LO) has
    been renamed ..."). The old name is the sentence's subject (only "The" before it, or an
    opening phrase and its comma) or the object of the verb of renaming: a name after
    another one ("The Wick Office of the Oil Trimming Division (OTD) has been renamed ...",
    "The Trim Office under the Wick Division ...", or read as one name with it, "The Trim
    Office at the Wick Division ...") is the body the renamed unit belongs to, no old name,
    and the second of a plural subject ("The Office of Wicks and the Office of
    Oil are renamed as ...") is left alone, both old names kept. An old name whose words run
    on into the new one after the verb ("retitles the Lamp Office to the Wick Office" read
    as one name) is cut at its "to" or "as": the old name is kept when the new one reads as
    no unit ("retitles the Office of Wicks to the Lamp Act Board")."""
    out: list[Phrase] = []
    for position, phrase in enumerate(phrases):
        verb_before = _RENAMING_VERB_BEFORE.search(text, start, phrase.start) is not None
        named = _new_name_within(text, phrase, end) if verb_before else phrase
        following = next((p for p in phrases[position + 1 :] if not _in_parentheses(text, p)), None)
        if (
            following is not None
            and worded_as_a_unit(named.text)
            and (verb_before or _SUBJECT_BEFORE.fullmatch(text, start, named.start) is not None)
        ):
            between = (_RENAMED_TO if verb_before else _RENAMED_BETWEEN).fullmatch(
                text, named.end, following.start
            )
            if between is not None and _is_prose_unit(text, following, end, defined=False):
                place = _PLACE_IN_NAME.search(named.text)
                tail = named.text[place.end() :] if place else ""
                if worded_as_a_unit(tail):  # "Trim Office at the Wick Division": the place stays
                    out.append(Phrase(tail, named.end - len(tail), named.end))
                continue  # the old name: the unit is the one named next
        out.append(named)
    return out


def _in_parentheses(text: str, phrase: Phrase) -> bool:
    """Whether a phrase stands alone in parentheses ("(OW)"): an acronym, no name of its own."""
    return text[phrase.start - 1 : phrase.start] == "(" and text[phrase.end : phrase.end + 1] == ")"


def _new_name_within(text: str, phrase: Phrase, end: int) -> Phrase:
    """The new name of a phrase that runs from a unit's old name into its new one over "to"
    or "as" ("Lamp Office to the Wick Office"); the old name when the new one reads as no
    unit ("Office of Wicks to the Lamp Act Board"); else the phrase itself."""
    for joint in _RENAMED_TO.finditer(phrase.text):
        new = Phrase(phrase.text[joint.end() :], phrase.start + joint.end(), phrase.end)
        if not new.text[:1].isupper():
            continue
        if _is_prose_unit(text, new, end, defined=False):
            return new
        old = Phrase(phrase.text[: joint.start()], phrase.start, phrase.start + joint.start())
        if worded_as_a_unit(old.text):
            return old
    return phrase


# "works with the A Office", "in coordination with the B Board, the C Office, and ...",
# "communicates with other agencies and the D Office": the name is the object of "with", alone
# or in a series right after it.
_PARTNER_BEFORE = re.compile(
    r"(?<!\balong\s)(?<!\btogether\s)\bwith\s+(?:the\s+)?"
    r"(?P<series>(?:[A-Z]|other\s)[^.;:()]{0,80}?"
    r"(?:,\s+(?P<joined>(?:and|or)\s+)?|(?<=s)\s+(?P<plural>and)\s+)(?:the\s+)?)?$"
)
# "provides administrative support to the A Office", "provides legal services to all the
# divisions of the B Department", "gives advice to the C Board and the D Council": the name is
# the recipient of what the sentence's subject provides, alone or in a series.
_RECIPIENT_BEFORE = re.compile(
    r"\b(?:provides?|providing|gives?|giving|renders?|rendering)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:support|services|assistance|advice)\s+to\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[a-z]+\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][^.;:()]{0,80}?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)?$"
)
# "provides advice and guidance to the A Board", "provides services and information to the B
# Office": what is provided is a pair of things served, the last of them no word
# _RECIPIENT_BEFORE reads (its "advice and support" ends in one already).
_SERVED_THINGS = r"(?:support|services|assistance|advice|guidance|information|counsel)"
_PAIRED_RECIPIENT_BEFORE = re.compile(
    r"\b(?:provides?|providing|gives?|giving|renders?|rendering)\s+(?:[a-z-]+\s+){0,2}?"
    + _SERVED_THINGS
    + r"\s+(?:and|or)\s+(?:[a-z-]+\s+)?"
    + _SERVED_THINGS
    + r"\s+to\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[a-z]+\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][^.;:()]{0,80}?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)?$"
)
register(
    "paired_service_recipient",
    "filter",
    """A name in prose that receives a pair of things the sentence's subject provides, its
    advice and guidance, services and information, support and counsel ("provides advice and
    guidance to the Lamp Board", "provides services and information to the Wick Office, the
    oil trade and the public"), names a body the unit serves, as ``partner_named`` reads one
    after "provides support to": no unit found in prose. Each of the pair is a thing served
    (support, services, assistance, advice, guidance, information or counsel), the first
    after at most two words ("provides expert legal advice and counsel to"), the second
    after at most one ("advice and technical guidance to"). A branch of ``partner_named``:
    it reads nothing while that rule is off.""",
)

# A piece of each verb of _RECIPIENT_BEFORE, one of which every match holds.
_PROVIDING_PIECES = ("provid", "giv", "render")


def _may_provide(text: str) -> bool:
    return any(map(text.__contains__, _PROVIDING_PIECES))


# What follows an item of a series that is not its last: its comma, or the "and" before
# the last.
_SERIES_GOES_ON = re.compile(r",|\s+(?:and|or)\s")


@rule("filter", off=False)
def partner_named(text: str, phrase: Phrase, start: int) -> bool:
    """A name in prose that is the object of "with" ("works closely with the Wick Office",
    "in coordination with the Lamp Board, the Glass Office, and the Council") names a body
    the sentence's subject deals with, often another agency's, not a unit the sentence says
    is the page's: it is no unit found in prose (a heading or a list may still name it). A
    name after a comma is in the series only when the series goes on after it or it follows
    the series' "and": "In partnership with the Oil Board, the Wick Division trains ..."
    names the sentence's subject after its opening phrase. A series may open with other
    bodies named in a plural ("communicates with other lamp agencies and the Office of the
    Wick Minister"). So is a name that receives what the sentence's subject provides, its
    support, services, assistance or advice ("provides administrative support to the Lamp
    Guard and the Office of Oil Reserves", "provides legal services to all the divisions of
    the Wick Department"): a body the unit serves, most often outside it."""
    before = text[max(start, phrase.start - 120) : phrase.start]
    # Both patterns end at the name and try every position before it; every match holds a
    # piece of a verb of providing, or "with".
    if _may_provide(before) and (
        _RECIPIENT_BEFORE.search(before)
        or (enabled("paired_service_recipient") and _PAIRED_RECIPIENT_BEFORE.search(before))
    ):
        return True
    found = _PARTNER_BEFORE.search(before) if "with" in before else None
    if found is None:
        return False
    if found.group("series") is None or found.group("joined") or found.group("plural"):
        return True
    return _SERIES_GOES_ON.match(text, phrase.end) is not None


@rule("filter", off=False)
def joined_bosses(name: str) -> bool:
    """ "reports directly to the Lamp Minister and the Chief Warden of the Oil Board": two
    posts or bodies reported to, joined by "and the", are no one unit to make (each is often
    outside the page's agency); a name with "and" inside it ("Office of Wicks and Glass")
    is one, and so is a name whose "and the" joins the fields after its "of" or "for" and
    names no post or body ("Department of Oil and the Arts")."""
    joined = re.search(r"\sand\s+the\s", name)
    if joined is None:
        return False
    fields = re.search(r"\s(?:of|for)\s", name[: joined.start()]) is not None
    return not fields or bool(
        set(name_tokens(name[joined.end() :])) & (ANY_UNIT_NOUNS | POSITION_WORDS)
    )


# What may open a name only as a determiner: "Each Department is headed by ...".
_NOT_A_NAME_OPENING = frozenset({"each", "every", "all", "any", "no", "this", "that", "its", "our"})
# Where a listed name ends: the sentence's or the list's end, a separator (a table's cell
# bar among them), the line's end, a conjunction or a clause.
_DEPARTMENT_END = re.compile(r"[^\S\n]*(?:$|\n|[,.;:|()]|(?:and|or|which|that|who|as)\b)")


@rule("unit", off=False)
def listed_department(text: str, phrase: Phrase, end: int) -> bool:
    """A name that ends in "Department", listed after a verb of composition ("The Wick
    Division includes the Oil Department, the Glass Department and the Lamp Records
    Center"), is a part of the sentence's subject as the other enumerated names are: a body
    whose parts are departments names them so. Prose elsewhere keeps "department" out of
    unit names (it is as often another government's, "the Department of Lamps"), and so
    does a determiner before it ("Each Department") or a noun after it ("all City
    Department activities"): the name must end where a list item ends, and start where one
    starts, right after the verb, a comma or "and" ("and works closely with the State
    Department", "which coordinates with the Fire Department" name a department the unit
    works with, no part of it)."""
    words = name_tokens(phrase.text)
    return (
        len(words) >= 2
        and words[-1] == "department"
        and words[0] not in _NOT_A_NAME_OPENING
        and _DEPARTMENT_END.match(text, phrase.end, end) is not None
        and _starts_list_item(text, phrase.start)
    )


# What stands between a listed name and the separator or the verb of composition before it.
_LIST_GLUE = frozenset(
    {
        "the",
        "and",
        "or",
        "also",
        "as",
        "well",
        "both",
        "its",
        "their",
        "namely",
        "including",
        "a",
        "an",
    }
)
_ITEM_SEPARATOR = re.compile(r"[,;:\n]|[.!?]\s")


def _starts_list_item(text: str, start: int, verb_end: int | None = None) -> bool:
    """Whether a name at ``start`` opens an item of a list: between it and the comma, colon
    or verb of composition before it (or ``verb_end``, where the sentence's verb ends) only
    names and "the", "and", "or" ("includes the Oil Department", ", and the Glass
    Department"), no verb of its own ("works with the")."""
    lo = max(0, start - 300) if verb_end is None else max(verb_end, start - 300)
    separators = list(_ITEM_SEPARATOR.finditer(text, lo, start))
    segment = text[separators[-1].end() if separators else lo : start]
    verbs = [*_COMPOSED.finditer(segment), *_COMPOSED_PARTICIPLE.finditer(segment)]
    if verbs:
        segment = segment[max(verb.end() for verb in verbs) :]
    return all(
        word[0].isupper() or word.lower() in _LIST_GLUE
        for word in re.findall(r"[^\W\d_][\w’'-]*", segment)
    )


class _ProseReasons(NamedTuple):
    """What a sentence says of a name in it, each a reason to read the name as a unit
    (computed by ``prose_unit``)."""

    under_lead: bool  # after "the following offices report to X" (following_report_to)
    reporting: bool  # the subject of "reports to X", or under_lead (reports_to)
    placed: bool  # after "X is placed below Y" (reports_to)
    leading: bool  # a position opening its sentence (position_subject)
    shared: bool  # a part of a list before a shared plural unit noun (shared_unit_noun)
    heads: bool  # the position named after "the head of X is" (head_of_is)
    listed: bool  # a position officials are listed as (listed_positions, head_of_is)
    body: bool  # a position a body is said to be made of (body_of_positions)
    enumerated: bool  # listed after a verb of composition (enumerated_units)
    defined: bool  # an acronym defined right after it (prose_defined_subject)


def _prose_finder(
    text: str, phrase: Phrase, start: int, end: int, why: _ProseReasons
) -> str | None:
    """The rule that finds a name in prose as a unit, by explicit precedence when several
    apply, or None when none does."""
    prose = _is_prose_unit(text, phrase, end, defined=False)
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
    if why.heads:
        return "head_of_is"
    if why.listed:
        return "listed_positions"
    if why.body:
        return "body_of_positions"
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
    if why.defined and _is_prose_unit(text, phrase, end, defined=True):
        return "prose_defined_subject"
    return None


# The prose finders whose units a page with unit headings keeps too: what its prose lists
# by a shared noun or as positions is no heading's.
PROSE_FINDERS_BESIDE_HEADINGS = frozenset(
    {"shared_unit_noun", "compass_series", "listed_positions", "head_of_is", "acting_unit"}
)


def _named_before(
    name: str, by_tokens: dict[frozenset[str], Unit], index: UnitIndex
) -> Unit | None:
    """The unit ``name`` names, found in this prose or before it."""
    return by_tokens.get(_unit_key(name)) or index.resolve(name)


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
    if head is None and _worded_as_unit(boss_name) and len(boss_name.split()) <= MAX_POSITION_WORDS:
        head = _named_unit(
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


# "Director of the Office of Wicks", "Chief of the Lamp Division": the head of a unit named
# in full (a deputy, associate or assistant is a position of its own).
_SECOND_TITLES = r"(?:Deputy|Assistant|Associate|Executive|Senior)"
_SECOND_IN_COMMAND = re.compile(_SECOND_TITLES + r"\s")
_HEADED_OFFICE = re.compile(
    r"(?:" + _SECOND_TITLES + r"\s+)?"
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


_AND_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?")

register(
    "and_joined_units",
    "name",
    """ "The Wick Supply Division and Glass Care Division": two units named in full in prose,
    each of two words or more ending in a unit noun and naming no position, joined by "and",
    are two units, not one name; so in the series a unit's own section enumerates as its
    parts ("The Wick Directorate comprises the Braiding Division, Oil Supply Division and
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


_LINE_WORD = re.compile(r"[A-Za-z]{2,}")


def _heads_a_post(words: list[str]) -> bool:
    """Whether a name's tokens hold a position's word heading a post: last, or before "of",
    "to", "for" ("Wick Officer of the Bureau", "Treasurer to the Lamp Board"); not one that
    qualifies the next word ("General Wick Division", "Executive Lamp Team")."""
    return any(
        (word in POSITION_WORDS or word.removesuffix("s") in POSITION_WORDS)
        and (index + 1 == len(words) or words[index + 1] in _POST_LINKS)
        for index, word in enumerate(words)
    )


# Unit nouns that also name a field a unit covers: "Legal Services and Treaty Division" is one
# division of two fields, not the Legal Services and a Treaty Division ("Pane Services and
# Lens Services", the same noun twice, are two units).
_AREA_NOUNS = frozenset({"services", "administration"})


def _two_named_units(text: str, phrase: Phrase) -> list[Phrase]:
    """ "The Wick Supply Division and Glass Care Division": two units named in full, each of
    two words or more ending in a unit noun and naming no position, joined by "and" in prose,
    are two names; "Office of Wicks and Oils", "Lamps and Glass Division", "Chief Wick
    Officer of the Bureau and Secretary to the Board" stay one (``and_joined_units``)."""
    if " and " not in phrase.text or not enabled("and_joined_units"):
        return [phrase]
    if "," in phrase.text and one_joined_name(phrase.text):
        return [phrase]  # "Office of Finance, Administration and Wick Services"
    for match in _AND_BETWEEN.finditer(phrase.text):
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
_OF_THE_BODY = re.compile(OF_ITS_BODY.pattern, re.IGNORECASE)


def _cut_from_its_body(
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
        or body[-1] in _TERRITORIAL_NOUNS
        or set(unit) & POSITION_WORDS
    ):
        return None
    cut, after = phrase.start + of.start(), phrase.start + of.end()
    named, within = _unit_key(text[phrase.start : cut]), _unit_key(text[after : phrase.end])
    if cut_from.setdefault(named, within) != within:
        return None  # "Wick Branch" of another body before: a unit of its own, named whole
    return Phrase(text[phrase.start : cut], phrase.start, cut), Phrase(
        text[after : phrase.end], after, phrase.end
    )


def _body_s_acronym(definition: AcronymDefinition, body: Phrase) -> bool:
    """Whether the acronym after a name cut from its body's (``unit_before_its_place``) is
    the body's: its long form starts inside the body's name, or its letters spell the body's
    words alone, whatever the long form took in before them ("The Wick Division of the Oil
    Trimming Directorate (OTD)": a long form stretched over the unit noun, "Division of
    the", spells the directorate's name; "The Wick Division of the Lamp Office (WDLO)"
    spells the whole)."""
    return definition.expansion_start >= body.start or initials_match(definition.acronym, body.text)


# A word that qualifies a plural unit noun shared by a list ("the Ash Hill and Flue Bend
# Field Units"): it belongs to every part's noun, not to the last part's name.
_SHARED_QUALIFIERS = frozenset({"regional", "field", "area", "district", "zonal", "satellite"})
# Plural unit nouns that several names listed before them share, with their singular.
_SHARED_PLURALS = {
    "units": "Unit",
    "divisions": "Division",
    "departments": "Department",
    "offices": "Office",
    "bureaus": "Bureau",
    "branches": "Branch",
    "directorates": "Directorate",
    "sections": "Section",
    "teams": "Team",
}
# What stands right before such a list: "the", or a possessive ("the Lamp Council's").
_SHARED_DETERMINER = re.compile(r"(?:\b[Tt]he|[’']s)\s+$")
_SHARED_SEPARATOR = re.compile(r",\s+(?:(?:and|&)\s+)?")
_LAST_AND = re.compile(r"\s+(?:and|&)\s+")


def _series_spans(
    text: str, begin: int, stop: int, separator: re.Pattern[str], closers: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The spans of a series' items between begin and stop, split at each separator, and
    the last at its last "and" when no separator ended with one of closers (the series had
    no Oxford comma). Both series readers split "A, B and C" alike; only their separators
    and their closing words differ."""
    spans: list[tuple[int, int]] = []
    cursor = begin
    oxford = False
    for match in separator.finditer(text, begin, stop):
        spans.append((cursor, match.start()))
        cursor = match.end()
        oxford = match.group().rstrip().endswith(closers)
    last = (cursor, stop)
    if not oxford:
        ands = list(_LAST_AND.finditer(text, *last))
        if ands:
            spans.append((cursor, ands[-1].start()))
            last = (ands[-1].end(), stop)
    spans.append(last)
    return spans


# A plural unit noun in lower case right after the names ("the Lamp and Wick divisions").
_LOWER_PLURAL = re.compile(r"\s+(" + "|".join(_SHARED_PLURALS) + r")\b")
# A verb the list is the subject of ("the A and B Divisions thereof are ...", "report to").
_SHARED_VERB = re.compile(r"\s+(?:[a-z]+\s+)?(?:are|were|report|have)\b")
MAX_SHARED_PART_WORDS = 5

register(
    "shared_unit_noun",
    "unit",
    """ "the Lamp, Wick and Glass Divisions", "the Lamp Council's Oil Supply and Soot units":
    names listed after "the" or a possessive before one plural unit noun they share are
    units, each named with the noun in the singular ("Lamp Division", "Wick Division",
    "Glass Division"), when the list is what its clause is about (it opens the sentence, or
    a verb follows it: "the A and B divisions report to ...") or the parts a verb of
    composition names ("X comprises the A and B Units"). A word that qualifies the noun
    ("Field", "District", "Zonal": "the Ash Hill and Flue Bend Field Units serve
    ...") is every part's: "Ash Hill Field Unit", "Flue Bend Field Unit". No part
    may be worded as a unit itself ("the Main Lamp Office and Wick Offices" is two names,
    not a shared noun); a list without a determiner ("establishes Oil and Soot Units in
    every county") names kinds of unit, and one named in passing ("meets with the Lamp
    Council's Oil and Soot Teams") is not read.""",
)


def _shared_unit_noun(
    text: str, phrase: Phrase, start: int, composed: re.Match[str] | None
) -> list[Phrase]:
    """The units a list before a shared plural unit noun names (``shared_unit_noun``); none
    when the phrase is not such a list. Each part keeps its own span in the text; its name
    is the part and the singular noun."""
    if " and " not in phrase.text and " & " not in phrase.text:
        return []
    words = phrase.text.split()
    lower = None
    if words[-1].lower() not in _SHARED_PLURALS:
        lower = _LOWER_PLURAL.match(text, phrase.end)
        if lower is None:
            return []
    elif len(words) < 3:
        return []
    if not enabled("shared_unit_noun"):
        return []
    before = text[max(start, phrase.start - 12) : phrase.start]
    if not _SHARED_DETERMINER.search(before):
        return []
    if lower is not None:
        noun, listed_end, after = lower.group(1), phrase.end, lower.end()
    else:
        noun, after = words[-1], phrase.end
        listed_end = phrase.start + len(phrase.text) - len(noun)
        while listed_end > phrase.start and text[listed_end - 1].isspace():
            listed_end -= 1
    in_passing = not _subject_or_parts(text, phrase.start, after, start, composed)
    if in_passing and not (
        lower is None
        and _named_after_the(before)
        and not _OTHERS_OBJECT.search(text, start, phrase.start)
    ):
        return []  # in passing, and not after "the" alone or after "works with the"
    spans = _series_spans(text, phrase.start, listed_end, _SHARED_SEPARATOR, ("and", "&"))
    if len(spans) < 2:
        return []
    singular = _SHARED_PLURALS[noun.lower()]
    last_start, last_end = spans[-1]
    qualifier = re.search(r"\s(\w+)$", text[last_start:last_end])
    if (
        qualifier is not None
        and qualifier.group(1).lower() in _SHARED_QUALIFIERS
        and not any(
            text[a:b].rsplit(maxsplit=1)[-1].lower() in _SHARED_QUALIFIERS
            for a, b in spans[:-1]
            if b > a
        )
    ):
        # "the Ash Hill and Flue Bend Field Units": the qualifier is every part's
        singular = f"{qualifier.group(1)} {singular}"
        spans[-1] = (last_start, last_start + qualifier.start())
    parts: list[Phrase] = []
    for part_start, part_end in spans:
        part = text[part_start:part_end]
        tokens = name_tokens(part)
        if (
            not part[:1].isupper()
            or not (2 if in_passing else 1) <= len(part.split()) <= MAX_SHARED_PART_WORDS
            or set(tokens) & UNIT_NOUNS
            or set(tokens) & POSITION_WORDS - _POST_MODIFIERS  # a post's: "the Wick Director"
        ):
            return []
        parts.append(Phrase(f"{part} {singular}", part_start, part_end))
    return parts


# Words of posts that also modify a unit's name ("General Services", "Executive Wick
# Office"): a part holding one of them alone is no post. "Deputy" and "Assistant" before a
# list's first name ("the Deputy Wick and ...") make it a post's.
_POST_MODIFIERS = TITLE_MODIFIERS - {"deputy", "assistant"}


# Words that name where a body works by a point of the compass: "Northern", "Central".
_COMPASS = (
    r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)(?:ern)?"
    r"|Central|Upper|Lower|Middle|Mid"
)
# The nouns a name shared by compass words ends in: a unit's, or an area's a unit covers.
_COMPASS_NOUNS = UNIT_NOUNS | {"area", "district", "zone", "sector"}
# "Eastern, Central and Western Lamp Areas": compass words, the last followed by the name
# they share, ending in a plural (``compass_series``); a series may go on after it.
_COMPASS_SERIES = re.compile(
    rf"(?P<words>(?:{_COMPASS})(?:,\s+(?:{_COMPASS}))*),?\s+(?:and|&)\s+(?P<last>{_COMPASS})"
    r"\s+(?P<tail>(?:[A-Z][\w-]*\s+){0,3}[A-Z][a-z]*s)\b(?P<rest>,\s+(?:and\s+)?(?=[A-Z]))?"
)


@rule("unit", off=([], []))
def compass_series(text: str, phrase: Phrase) -> tuple[list[Phrase], list[Phrase]]:
    """A series of words of the compass whose last word is followed by a name ending in a
    plural ("Eastern, Central and Western Lamp Areas", "Northern, Central, and Southern Wick
    Corps") names one unit for each word, each with the whole name they share in the
    singular ("Eastern Lamp Area", "Central Lamp Area", "Western Lamp Area"): a compass word
    alone names no body, and the name the last one opens is every word's. The name must end
    in a unit noun or a word for the area a unit covers (area, district, zone, sector):
    "Central and Eastern Lamp Countries" are places, not parts. Returns those
    parts, and what the phrase lists after the series ("..., and Border Oil Corps")."""
    if " and " not in phrase.text and " & " not in phrase.text:
        return [], []
    match = _COMPASS_SERIES.match(phrase.text)
    if match is None or (match.end() < len(phrase.text) and not match.group("rest")):
        return [], []
    tail = match.group("tail")
    noun = tail.rsplit(maxsplit=1)[-1]
    if in_singular(noun).lower() not in _COMPASS_NOUNS:
        return [], []  # "Central and Eastern Lamp Countries": no body's parts
    singular = tail[: len(tail) - len(noun)] + in_singular(noun)
    words = [*re.split(r",\s+", match.group("words")), match.group("last")]
    parts: list[Phrase] = []
    cursor = phrase.start
    for word in words:
        begin = text.index(word, cursor)
        cursor = begin + len(word)
        parts.append(Phrase(f"{word} {singular}", begin, cursor))
    rest_start = phrase.start + match.end()
    rest = (
        [Phrase(text[rest_start : phrase.end], rest_start, phrase.end)]
        if match.group("rest")
        else []
    )
    return parts, rest


register(
    "shared_noun_after_verb",
    "unit",
    """A series right after a verb of composition, with no article or after "the" in capitals
    before a noun in lower case ("includes the City Wick, Glass, and WE divisions"), whose items
    share one plural unit noun that ends the sentence or opens what it says of them ("The
    department comprises Wick Supply, Oil Care, Glass Mending and Soot and Ember Units.", "It
    shall consist of wick, oil, and soot and ember divisions.", "... Wick, Glass and Oil
    Divisions that provide ...", "... Branches, each headed by a Keeper") names those units,
    each the item and the noun in the singular ("Wick Supply Unit", "soot and ember division"),
    in any case, as a list after "the" does (``shared_unit_noun``). Of a last item's two "and"s
    the first closes the series, the other joins the last name's words. Before, a list without
    "the" or a possessive was read as kinds of unit ("establishes Oil and Soot Units in every
    county"): here the verb says they are the subject's parts and the noun ending the sentence
    says what they are. A series opened by a count or a determiner ("comprises several wick, oil
    and glass offices", "many wick, oil and glass offices") or with an item of words of scope,
    kind or size alone ("includes state, regional and local offices", "comprises small, medium
    and large offices") or that is itself a plural unit noun in lower case ("is organized into
    directorates, centers, and oversight offices that ...") describes kinds of unit, and names
    none. After a verb of oversight or duty ("oversees", "is responsible for") the items are
    capitalized: in lower case they list duties or kinds ("is responsible for recruiting,
    training and deploying response teams", "oversees county, city and township offices").""",
)
# A series right after a verb of composition ("of" may follow it, as in "comprises of"), up
# to one plural unit noun that ends the sentence or opens what the sentence says of the
# units: a relative clause or a participle ("... Divisions that provide ...", "...
# Branches, each headed by ...") (``shared_noun_after_verb``).
_SERIES_BEFORE_NOUN = re.compile(
    r"\s*(?:of\s+)?(?P<series>[A-Za-z][\w&’'/ -]*?(?:,\s+[\w&’'/ -]+?)+|[A-Za-z][\w&’'/ -]*?)"
    r"\s+(?P<noun>" + "|".join(_SHARED_PLURALS) + r")"
    r"(?:\s*\.?\s*$|(?=,?\s+(?:that|which|who|whose|each|headed|led|responsible|providing"
    r"|located|based|serving)\b))",
    re.IGNORECASE,
)
_FIRST_AND = re.compile(r"\s+(?:and|&)\s+")
_SHARED_SINGULARS = frozenset(noun.lower() for noun in _SHARED_PLURALS.values())
# Words no item of such a series holds: an item that does ("staff from the Wick") is a
# phrase of the sentence, not a name.
_NOT_IN_SERIES_ITEM = (CONNECTORS | OPENING_PREPOSITIONS | _OFFERED) - {"&", "and", "of"}
# Words that say what kind a unit is or where it works, never which one: a series item of
# them alone ("includes state, regional and local offices") names a kind of unit; so do
# words of size ("comprises small, medium and large offices").
_SIZE_WORDS = frozenset({"small", "smaller", "medium", "large", "larger", "big", "major", "minor"})
_KIND_WORDS = GENERIC_MODIFIERS | _SHARED_QUALIFIERS | _SIZE_WORDS
# A count opens a series that describes kinds, whatever its items ("comprises many wick,
# oil and glass offices", "many small, medium and large offices"), as a determiner does.
_SERIES_OPENERS = DESCRIBING_OPENERS | {"many", "numerous", "multiple", "few"}
# Verbs of composition that say what a body oversees or does, not what it is made of: the
# series after them in lower case lists duties or kinds ("is responsible for recruiting,
# training and deploying response teams", "oversees county and city offices"). Searched at
# the end of the verb's match, which in a unit's own section holds its subject too.
_DUTY_VERB = re.compile(r"\b(?:oversees|(?:is|are)\s+responsible\s+for)\s*$", re.IGNORECASE)


def _shared_noun_after_verb(text: str, composed: re.Match[str], end: int) -> list[Phrase]:
    """The parts of a series after a verb of composition that shares the plural unit noun
    ending the sentence or opening what it says of them (``shared_noun_after_verb``); none
    when the sentence is not so."""
    if not enabled("shared_noun_after_verb"):
        return []
    match = _SERIES_BEFORE_NOUN.match(text, composed.end(), end)
    if match is None:
        return []
    begin, stop = match.span("series")
    noun = match.group("noun")
    opening = re.match(r"(?:the|a|an|its|their|our)\s+", match.group("series"), re.I)
    if opening is not None:
        # "includes the City Wick, Glass, and Oil divisions": after "the", names in capitals
        # (checked with the items below) that share a noun in lower case are those units; in
        # lower case ("the wick and oil divisions") they say what kind; before a noun in
        # capitals the list is ``shared_noun_after_the``'s
        if opening.group().strip().lower() != "the" or noun[:1].isupper():
            return []
        begin += opening.end()
    spans: list[tuple[int, int]] = []
    cursor = begin
    for comma in re.finditer(r",\s+(?:(?:and|&)\s+)?", text[begin:stop]):
        spans.append((cursor, begin + comma.start()))
        cursor = begin + comma.end()
    last = text[cursor:stop]
    joints = list(_FIRST_AND.finditer(last))
    oxford = bool(spans) and re.search(r",\s+(?:and|&)\s+$", text[spans[-1][1] : cursor])
    if joints and not oxford and (len(joints) >= 2 or spans):
        spans.append((cursor, cursor + joints[0].start()))
        cursor += joints[0].end()
    spans.append((cursor, stop))
    if len(spans) < 2:
        return []
    singular = _SHARED_PLURALS[noun.lower()]
    singular = singular if noun[:1].isupper() else singular.lower()
    # the items are names proper, capitalized, when the noun is, after "the" or after a verb
    # of duty
    capitalized = (
        noun[:1].isupper() or opening is not None or _DUTY_VERB.search(composed.group()) is not None
    )
    parts = []
    for a, b in spans:
        part = text[a:b].strip()
        words = name_tokens(part)
        if (
            not part
            or len(part.split()) > MAX_SHARED_PART_WORDS
            or not words
            or words[-1] in _SHARED_SINGULARS
            or set(words) & (POSITION_WORDS | _NOT_IN_SERIES_ITEM)
            or (capitalized and not part[:1].isupper())
            or words[0] in _SERIES_OPENERS
            or set(words) <= _KIND_WORDS
            or (part.islower() and plural_unit_noun(part.split()[-1]))
        ):
            return []  # "organized into directorates, centers, and oversight offices": kinds
        parts.append(Phrase(f"{part} {singular}", a, b))
    return parts


# "the" alone before a list, no possessive: "coordinates the Lamp and Wick Divisions".
_THE_ALONE = re.compile(r"(?<![’'])\b[Tt]he\s+$")

register(
    "shared_noun_after_the",
    "unit",
    """Names listed after "the" before a plural unit noun they share, the noun capitalized
    as a name's word is ("coordinates the Legislative Wick and Public Oil Divisions", "the
    keepers assigned to the Glass Care and Soot Removal Divisions", "estimates prepared by
    the Lamp Analysis and Oil Analysis Divisions"), are units wherever the list stands in
    its sentence, as the object of a verb or of a preposition too: the capital says they are
    the page's named units, each the part and the noun in the singular
    (``shared_unit_noun``). Before, such a list was read only as its sentence's subject or
    the parts a verb of composition names, so a page that names its divisions only in
    passing ("the attorneys assigned to the A and B Divisions") lost them. Each part must
    then be a name of two words or more: "and" may join the words of one name ("the Wick
    Records and Census Divisions" may be one division), and one-word parts named in passing
    ("exercises for the Lamp and Wick Bureaus") are as often kinds of unit or another
    body's. A list after a possessive ("meets with the Wick Council's Ember and Ash Teams":
    another body's units) or with the noun in lower case ("the lamp and wick divisions")
    keeps the old reading, and so does one that is the object of a verb of working with,
    reporting to or supporting ("works closely with the Oil Supply and Glass Mending
    Divisions": partners or bodies above, as before "the following offices:").""",
)


def _named_after_the(before: str) -> bool:
    """Whether the text before a list with a capitalized shared noun is "the" alone
    (``shared_noun_after_the``)."""
    return enabled("shared_noun_after_the") and _THE_ALONE.search(before) is not None


def _subject_or_parts(
    text: str, listed: int, after: int, start: int, composed: re.Match[str] | None
) -> bool:
    """Whether a list (from ``listed`` to its plural noun's end, ``after``) is what its
    sentence is about (it opens the sentence, or a verb follows it) or the parts a verb of
    composition names (``shared_unit_noun``)."""
    if text[start:listed].strip() in ("", "The", "the"):
        return True
    if _SHARED_VERB.match(text, after):
        return True
    return composed is not None and composed.end() <= listed


# A plural word for the officials a sentence lists ("Principal officials subordinate to the
# Warden include ...", "Specific roles under the Warden include ...", "These leaders include
# ...", "a management team comprising ..."), and what it says they are under.
_OFFICIALS = re.compile(
    r"\b(?:officials|officers|leaders|positions|roles|posts|executives"
    r"|(?:management|leadership|executive)\s+team)\b",
    re.IGNORECASE,
)
_OFFICIALS_WORDS = (
    "official",
    "officer",
    "leader",
    "position",
    "role",
    "post",
    "executive",
    "team",
)
_OFFICIALS_UNDER = re.compile(
    r"\b(?:subordinate|reporting|responsible)\s+to\s+(?:the\s+)?|\bunder\s+(?:the\s+)?"
)
MAX_POSITION_WORDS = 8

register(
    "listed_positions",
    "unit",
    """A sentence whose subject is a plural word for officials ("Principal officials
    subordinate to the Chief Warden include the Deputy Warden, Wick Officer, and Oil
    Counsel", "Specific roles under the Warden include ...", "These leaders include ...", "a
    management team comprising ...") lists positions: each name it lists after its verb of
    composition that holds a position word is a leadership unit (two joined by "and" are
    two: "Secretary of Lamps and Secretary of Oils"), under the position or unit the subject
    puts them under ("subordinate to", "under", "reporting to"), else under the page's
    top.""",
)


def _officials_subject(
    text: str, start: int, composed: re.Match[str] | None
) -> tuple[int, int] | None:
    """The span of what a sentence says its listed officials are under ("subordinate to the
    Chief Warden"): (-1, -1) when its subject names officials and nothing they are under,
    None when its subject names no officials (``listed_positions``)."""
    if composed is None:
        return None
    subject = text[start : composed.start()]
    lowered = subject.lower()
    if not any(word in lowered for word in _OFFICIALS_WORDS):
        return None
    if not _OFFICIALS.search(subject) or not enabled("listed_positions"):
        return None
    under = _OFFICIALS_UNDER.search(text, start, composed.start())
    if under is None:
        return -1, -1
    named = re.match(
        r"[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&-]*))*", text[under.end() :]
    )
    if named is None:
        return -1, -1
    end = under.end() + len(re.sub(r"(?:\s+(?:of|for|and|&|the))+$", "", named.group()))
    return under.end(), min(end, composed.start())


_BODY_VERBS = ("consist", "compris", "compos", "made", "includ")
# A board's, council's or commission's members are its members, not its units.
_COLLEGIAL_NOUNS = frozenset({"board", "council", "commission", "committee", "assembly"})
# What stands between two posts a body's list names: a comma, "and", an article or a count.
_BODY_GAP = re.compile(
    r"[\s,;]*(?:(?:and|or)\s+)?(?:(?:the|a|an|its|their|one|two|three|four|five|six|\d+)\s+)?"
)
# The subject of a sentence that says what a body is made of: a name or a noun phrase whose
# last word is a unit noun ("The Lamp Board is", "(a) The Immediate Office also", "The team
# shall"), before the verb of composition.
_BODY_SUBJECT_END = re.compile(
    r"(?P<noun>[A-Za-z’']+)(?:\s*\([A-Z]{2,10}\))?(?:\s+(?:is|are|also|shall|will|may|thus))*\s*$"
)


@rule("unit", off=False)
def body_of_positions(text: str, start: int, composed: re.Match[str]) -> bool:
    """A sentence that says what a body is made of, its subject a name or a noun phrase
    ending in a unit noun ("The Lamp Office is composed of the Chief Warden, the Deputy
    Warden and six members", "The Immediate Office consists of the Wick Keeper and the
    Deputy Wick Keeper", "The team includes Chief of Staff, Oil Counsel and ..."), but not a
    board's, council's, commission's, committee's or assembly's (their members are members,
    not units: "The Lamp Board is composed of the Chief Warden and six members"), lists
    positions: each name after its verb of composition that holds a position word is a
    leadership unit of that body (of the section's unit or the page's top when the body is
    no unit found). Only verbs of composition (consists of, comprises, is composed of, is
    made up of, includes), not of supervision. Returns whether the sentence is one."""
    verb = composed.group().lower()
    if not any(word in verb for word in _BODY_VERBS):
        return False
    ending = _BODY_SUBJECT_END.search(text, start, composed.start())
    if ending is None:
        return False
    noun = ending.group("noun").lower()
    return noun in UNIT_NOUNS and noun not in _COLLEGIAL_NOUNS


def _body_positions(
    text: str, phrases: list[Phrase], composed: re.Match[str]
) -> tuple[list[Phrase], set[int]]:
    """The names a sentence lists after its verb of composition, split into positions, and
    where each position starts (``body_of_positions``)."""
    kept = [p for p in phrases if p.start < composed.end()]
    starts: set[int] = set()
    cursor = composed.end()
    for phrase in phrases:
        if phrase.start < composed.end():
            continue
        if _BODY_GAP.fullmatch(text, cursor, phrase.start) is None:
            # past the list ("... appointed by the President"): no more of the body's posts
            kept.append(phrase)
            cursor = len(text)
            continue
        cursor = phrase.end
        found = [
            p
            for p in _positions(text, phrase)
            if names_position_only(p.text) and not any(c.isdigit() for c in p.text)
        ]
        starts.update(p.start for p in found)
        kept.extend(found or [phrase])
    return kept, starts


def _positions(text: str, phrase: Phrase) -> list[Phrase]:
    """A listed name with a position word, split where "and" joins two positions
    ("Secretary of Lamps and Secretary of Oils"); none when it names no position."""
    tokens = name_tokens(phrase.text)
    if not set(tokens) & POSITION_WORDS or len(phrase.text.split()) > 2 * MAX_POSITION_WORDS:
        return []
    for match in _AND_BETWEEN.finditer(phrase.text):
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


# "At the head of the Wick Secretariat is the Chief Warden", "The administrative head of the
# Wick Bureau is the Lamp Secretary": the position that heads a body, named after "is".
_HEAD_OF_IS = re.compile(
    r"\b[Hh]ead\s+of\s+(?:the\s+|this\s+|our\s+)?(?P<unit>[^,.;:()]{1,80}?)\s+is\s+(?:the\s+)?"
    r"(?P<position>[A-Z][\w’'-]*(?:\s(?:of|for|and|the|[A-Z][\w’'-]*))*)"
)

register(
    "head_of_is",
    "unit",
    """ "At the head of the Wick Secretariat is the Chief Warden", "The administrative head of
    the Wick Bureau is the Lamp Secretary": the position a sentence names as the head of a
    body, after "is", is a leadership unit of that body (of the page's top when the body is
    no unit found): a name of two words or more with a position word, its trailing "of the"
    left out (a bare title, "is the Director of the division", names none).""",
)


def _head_of_is(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the position a sentence names as the head of a body starts, and the body's
    name (``head_of_is``)."""
    if text.find("ead", start, end) < 0 or not enabled("head_of_is"):
        return None
    match = _HEAD_OF_IS.search(text, start, end)
    if match is None:
        return None
    position = re.sub(r"(?:\s+(?:of|for|and|the))+$", "", match.group("position"))
    tokens = content_tokens(position)
    if not set(tokens) & POSITION_WORDS or len(tokens) < 2:
        return None  # "is the Director of the division": a bare title names no unit
    return match.start("position"), match.group("unit")


register(
    "possessive_unit_name",
    "unit",
    """ "The Chief Lamp Keeper's Office", "the Warden's Office of Wicks": a possessive and the
    unit noun right after it (alone, or before "of" or "for") name one unit in prose, not an
    owner and a bare noun.""",
)


@rule("unit", off=False)
def post_possessive_office(possessive: str, name: str) -> bool:
    """A post's possessive before a name that ends in a unit noun ("the Chief Warden's Wick
    Office", "the Keeper's Lamp Records Section") is one unit's name, the post's
    office: the post alone is no unit, and the name after it is how the page calls the
    post's unit (``possessive_unit_name`` reads the unit noun alone after a possessive). Not
    a program or a group the post runs ("the Warden's Lamp Program"): only the nouns of a
    unit's parts."""
    words = name_tokens(name)
    return (
        bool(words)
        and words[-1] in _PART_NOUNS
        and names_position_only(possessive[:-2])
        and len(possessive.split()) <= 3
    )


def _possessive_names(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """Phrases with a possessive joined to the unit noun after it (``possessive_unit_name``)."""
    if not enabled("possessive_unit_name"):
        return phrases
    out: list[Phrase] = []
    for phrase in phrases:
        last = out[-1] if out else None
        if (
            last is not None
            and last.text.endswith(("'s", "’s"))
            and text[last.end : phrase.start] == " "
            and (unit_noun_head(phrase.text) or post_possessive_office(last.text, phrase.text))
        ):
            out[-1] = Phrase(text[last.start : phrase.end], last.start, phrase.end)
            continue
        out.append(phrase)
    return out


# What a position does as a sentence's subject: "The Chief Lamp Officer advises ...", "The
# Lamp Commissioner has overall responsibility for ...", "The Wick Secretary (WS) is ...".
_POSITION_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:also\s+)?"
    r"(?:has|is|are|advises|" + _LEADS_VERB + r"|oversees|directs|manages|sets|chairs|serves"
    r"|supervises|assists|coordinates|represents|acts)\b"
)


@rule("unit", off=False)
def position_subject(text: str, phrase: Phrase, start: int, end: int) -> bool:
    """A position named in full as the subject of a sentence that says what it does or is
    ("The Chief Lamp Officer advises the Minister ...", "The Assistant Wick Secretary is
    responsible for ...", "Chief Wick Counsel serves as examiner ...") is a unit of the
    page's prose: a name of two words or more with a position word, opening the sentence, no
    pronoun in it ("Our Interim Director"), before a verb of leading or serving (has, is,
    advises, leads, heads, oversees, directs, manages, sets, chairs, serves, supervises,
    assists, coordinates, represents, acts)."""
    words = set(name_tokens(phrase.text))
    return (
        phrase.start - start <= len("The ")
        and len(phrase.text.split()) >= 2
        and bool(words & POSITION_WORDS)
        and not words & PRONOUNS
        and _POSITION_VERB.match(text, phrase.end, end) is not None
    )


_FOLLOWING = re.compile(
    r"\s*(?:The\s+)?following\b[^.:]*?\b(?:report(?:s|ing)?(?:\s+directly)?\s+to|under|within)"
    r"\s+(?:the\s+)?(?P<name>[A-Z][^.:]*?)\s*[.:]?\s*$"
)


# The name of the unit or post an opening places below, from its capital ("Écran Office").
_BOSS = (
    r"(?P<boss>" + CAPITAL + r"[\w’'&.-]*(?:\s+(?:of|for|and|&|the|" + CAPITAL + r"[\w’'&.-]*))*)"
)
# "Directly below and connected to the Chief Warden is ...", "Under the Deputy Warden, from
# left to right, are:": a chart's text version placing boxes below a named one. A noun of
# direction in capitals is no name ("Under the Supervision of the Lamp Warden are ...":
# _UNDER_DIRECTION_IS).
_BELOW = re.compile(
    r"(?i:(?:directly\s+)?(?:below|under|beneath|underneath)(?:\s+and\s+connected\s+to)?)"
    r"\s+(?!(?i:(?:the\s+)?"
    + DIRECTION_NOUN
    + r"\s+of)\b)(?:the\s+)?"
    + _BOSS
    + r"[^:.\n]{0,60}?\s(?:is|are)\b"
)
# "Within the Wick Division", "Within Lamp Services", "Inside the Lamp Bureau": a preposition
# of standing within a unit before its name (_WITHIN_IS, _OPENING_HOST); ``bare`` matches
# when "Within" has no "the" after it.
_WITHIN_UNIT = r"Within\s+(?:the\s+|(?P<bare>))|Inside\s+the\s+"
# "Within the Wick Division are ...", "Inside the Lamp Bureau is ...", "Reporting to the Lamp
# Warden are ...": the verb right after the name (with a comma between, "Within the Wick
# Division, the Trim Office is ..." is a sentence's opening phrase: ``opening_phrase_host``).
_WITHIN_IS = re.compile(
    r"(?:" + _WITHIN_UNIT + r"|(?P<reporting>Reporting\s+(?:directly\s+)?to"
    r"\s+(?:the\s+)?))" + _BOSS + r"\s+(?:is|are)\b"
    # after "Reporting to X are", names or a colon: "Reporting to the Board is a duty of ..." is
    # a gerund's sentence
    r"(?(reporting)(?=\s+(?:the\s+)?(?:[A-Z]|(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s)|\s*:))"
)
# What every _BELOW or _WITHIN_IS match holds (read case-insensitively: none of their
# letters has a fold that lower() does not give, as dotless i or the long s have).
_BELOW_WORDS = ("below", "under", "beneath", "within", "inside", "reporting")
# What may stand before the opening in its sentence: a word and a comma ("Also, under ..."),
# or "Also" without one ("Also under Lamp Services are ...").
_CLAUSE_OPENING = re.compile(r"(?:[A-Z][a-z]+,\s*|Also\s+)?")
# "under the direction of the", "underneath the umbrella of": a noun of direction between
# "under" and a name (_UNDER_DIRECTION_IS, _OPENING_HOST; read case-insensitively).
_UNDER_DIRECTION = r"(?:under|underneath)\s+the\s+" + DIRECTION_NOUN + r"\s+of\s+(?:the\s+)?"
# "Under the supervision of the Lamp Warden are ...", "Under the umbrella of Lamp Services
# is ...": a noun of direction between "under" and the name, the verb right after the name
# (placed_series).
_UNDER_DIRECTION_IS = re.compile(
    r"(?i:(?:directly\s+)?" + _UNDER_DIRECTION + r")" + _BOSS + r"\s+(?:is|are)\b"
)


# "Under Lamp Services are the Wick Office and the Oil Office, which serve the Glass
# Section": a relative clause after the names an opening places below its unit says what
# they do; the names in it are no parts.
_CLAUSE_AFTER_SERIES = re.compile(r",\s*(?:which|who|that|where)\b")


def _past_the_series(text: str, opened: int, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a relative clause stands between the names an opening places and ``phrase``:
    one after a name of the series ("..., the Oil Office, which serve the Glass Section"),
    not one that introduces the names ("... are three offices, which are the Oil Office,
    ...")."""
    clause = _CLAUSE_AFTER_SERIES.search(text, opened, phrase.start)
    return clause is not None and any(opened <= p.start < clause.start() for p in phrases)


def _placed_below(
    text: str,
    start: int,
    end: int,
    *,
    by_tokens: dict[frozenset[str], Unit],
    index: UnitIndex,
    top: Unit,
    units: list[Unit],
) -> list[tuple[int, int, Unit]]:
    """A chart's text version says where each box sits: a sentence or line that opens with
    "Directly below the Chief Warden is the Deputy Warden", "Below the Deputy Warden, from left
    to right, are:", "Within the Wick Division are ...", "Reporting to the Warden are ..." or
    "Also, under the Chief Warden are four offices: ..." (or "Also under ...") makes the units
    and positions it names after that opening parts of the one named (a unit of its own when
    the page has not named it). Each opening's span and the unit it names; a clause inside a
    sentence ("The Wick Office, under the Warden, is ...") places nothing (part of
    ``reports_to``)."""
    found: list[tuple[int, int, Unit]] = []
    folded = text[start:end].lower()  # every match holds one of these words, in any case
    if not any(word in folded for word in _BELOW_WORDS):
        return found
    matches = [*_BELOW.finditer(text, start, end), *_WITHIN_IS.finditer(text, start, end)]
    series = enabled("placed_series")
    if series:
        matches += _UNDER_DIRECTION_IS.finditer(text, start, end)
    for match in sorted(matches, key=lambda found: found.start()):
        line = max(start, text.rfind("\n", start, match.start()) + 1)
        if _CLAUSE_OPENING.fullmatch(text, line, match.start()) is None:
            continue
        name = re.sub(r"(?:\s+(?:of|for|and|&|the))+$", "", match.group("boss"))
        boss = by_tokens.get(_unit_key(name)) or index.resolve(name)
        if boss is None and _worded_as_unit(name) and len(name.split()) <= MAX_NAME_WORDS:
            boss = _named_unit(
                text,
                name,
                match.start("boss"),
                by_tokens=by_tokens,
                top=top,
                units=units,
                finder="reports_to",
            )
        if boss is not None:
            found.append((match.start(), match.end(), boss))
    return found


@rule("unit", off=set())
def placed_series(text: str, phrases: list[Phrase], opening_end: int, end: int) -> set[int]:
    """A sentence that opens by placing what it lists below a unit or a post ("Under the
    Lamp Warden are ...", "Within the Wick Division are ...", ``reports_to``) lists that
    unit's parts after its verb, whatever their words, as a verb of composition does: "Also
    under Lamp Services are Wick Systems (WXS), Open Oil Labs (OOL) and Glass Research
    Services", "Underneath the Lamp Services umbrella is the Office of Oil, Tall Rows of
    Wicks and the Soot Section". The opening may name the unit after a noun of
    direction ("Under the supervision of the Lamp Warden are the Wick Section, the Oil Section
    and the Glass Section", "Under the aegis of ..."). The starts of the names of the series
    right after the opening, joined only by commas, semicolons, "and", "or" and "the"; a series
    none of whose names is worded as a unit ("Within the Wick Division are Glass Town, Oil
    Village and Wick Hamlet": places, or people) gives nothing. In a series that has one, a
    person's name ("Jane Q. Doe") or a place's ("Glass Town") is still no part, and an
    honorific ("Dr. John Roe") ends the series: people follow."""
    listed: list[Phrase] = []
    stop = opening_end
    for phrase in phrases:
        if phrase.start < stop:
            continue  # the opening's words, or an acronym in parentheses after a name
        if not _SERIES_GAP.fullmatch(text[stop : phrase.start].lower()):  # or ", The"
            break
        if _HONORED_PERSON.match(text, phrase.start):
            break
        stop = _paren_end(text, phrase.end, end)
        if not person_line(phrase.text) and not set(name_tokens(phrase.text)[-1:]) & PLACE_NOUNS:
            listed.append(phrase)
    if not any(_worded_as_unit(phrase.text) for phrase in listed):
        return set()
    return {phrase.start for phrase in listed}


def _reports_as_part(text: str, phrase: Phrase) -> bool:
    """Whether a name before "reports to" is what reports: a position ("The Wick Counsel"),
    or a unit by its head noun ("The Lamp Secretariat reports to ..."), not an opening
    phrase set off by a comma ("In Lamp Offices, ...")."""
    words = name_tokens(phrase.text)
    if set(words) & POSITION_WORDS:
        return True
    return len(words) >= 2 and words[-1] in ANY_UNIT_NOUNS and not text.startswith(",", phrase.end)


_COMMA_TAIL = re.compile(r"(?:,\s+[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&-]*))*)+")

_REPORTS_TO = re.compile(
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

register(
    "following_report_to",
    "unit",
    """ "The following report to the Deputy Warden." makes the units and positions the
    next sentences of its paragraph name parts of that position (a unit of its own); ending a
    page's introduction, it makes the units of the sections that follow its parts.""",
)


def _worded_as_unit(name: str) -> bool:
    return bool(set(name_tokens(name)) & (UNIT_NOUNS | POSITION_WORDS))


register(
    "topic_headings_prose",
    "layout",
    """A page whose section headings name no unit by their wording (none ends in a unit noun
    or a position, or has one before "of" or "for": "Completed Projects", "Council Structure",
    "Video Content", a person's name over an answer) is read as a page without unit
    headings: its prose, the paragraphs under those headings too, is read for the units it
    names ("The sections under the office include the Wick Unit and the Glass Unit"), as on
    a page with no headings. A name that prose gives with a unit noun added to a heading's
    words ("the Lamp Care Division" under "Lamp Care") is that heading's unit again.""",
)


register(
    "agency_heading_prose",
    "layout",
    """The paragraphs under a heading that names the page's agency again ("Lamp Board" over
    "The Lamp Board's structure includes the Wick Office and the Oil Office") are the
    agency's own prose, as its introduction is: on a page whose headings name no unit they
    are read for the units they name.""",
)


register(
    "bare_unit_heading",
    "layout",
    """A heading worded as a unit that heads nothing, no text under it and no heading nested
    in it (a record's value set as a heading: "Primary Lamp Agency" after the heading "Type of
    entity"; a caption left alone: "Wick Office"), does not make the page one whose units have
    headings: its prose is still read for the units it names ("The department was organized
    into four branches: Wick; Oil; Glass; and Soot."), as on a page without unit headings.""",
)


def _bare_heading(section: Section, unit: Unit) -> bool:
    """Whether a heading read as a unit heads nothing (``bare_unit_heading``): no text under
    it, no heading nested in it, and no words of its own beyond the unit's name (a line that
    goes on to say what the unit does is that unit's description, not a bare caption)."""
    if not enabled("bare_unit_heading") or section.body or section.members:
        return False
    # Only an acronym ending the heading goes ("Wick Office (WO)"): one with words after it
    # ("Office of Wick Records (OWR) provides ledgers ...") is a sentence set as a heading.
    words = name_tokens(re.sub(r"\s*\([^()]*\)\s*$", "", section.heading.text))
    return words == name_tokens(unit.name)


def _headed_as_unit(name: str) -> bool:
    """Whether a heading's words name a unit or a post (``topic_headings_prose``): a unit noun
    or a position last ("Wick Division", "Deputy Warden"), or before "of" or "for" ("Office
    of Lamps", "Assistant Warden for Oil")."""
    if not enabled("topic_headings_prose"):
        return True
    words = name_tokens(name)
    nouns = UNIT_NOUNS | POSITION_WORDS
    if words and words[-1] in nouns:
        return True
    return noun_before_of(words, nouns)


def _unit_named(
    text: str,
    name: str,
    start: int,
    parent: Unit,
    *,
    found_by: str,
    parent_by: str | None,
    is_group: bool = True,
    end: int | None = None,
) -> Unit:
    """A unit the text names at ``start`` and says nothing more of: no heading, no
    description, its name its evidence (or the text to ``end``, when the span that names it
    holds more than the name as read: "Wick Unit (WU)")."""
    kind = unit_type(text, name, [], is_group=is_group)
    return Unit(
        name,
        None,
        kind,
        None,
        None,
        start,
        start + len(name) if end is None else end,
        parent,
        found_by=found_by,
        parent_by=parent_by,
    )


def _named_unit(
    text: str,
    name: str,
    start: int,
    *,
    by_tokens: dict[frozenset[str], Unit],
    top: Unit,
    units: list[Unit],
    finder: str,
) -> Unit:
    """The unit a sentence names as the one others report to, found or made (under the top)."""
    key = _unit_key(name)
    found = by_tokens.get(key)
    if found is not None:
        return found
    unit = _unit_named(text, name, start, top, found_by=finder, parent_by=_top_parent_by(top))
    by_tokens[key] = unit
    units.append(unit)
    return unit


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


_PAREN_AFTER = re.compile(r"\s*\([^()]{1,20}\)")


def _paren_end(text: str, end: int, limit: int) -> int:
    """The end of a name with the parenthesis right after it: "Office of X (OX)"."""
    match = _PAREN_AFTER.match(text, end, min(limit, end + 24))
    return match.end() if match else end


register(
    "default_root",
    "parent",
    """A unit nothing else places hangs from the page's root agency.""",
)
register(
    "under_page_subject",
    "parent",
    """When the page title names a unit that the introduction describes, that unit is the
    page's subject and the units the page lists without other placement hang from it.""",
)


def _top_parent_by(top: Unit) -> str:
    return "default_root" if top.parent is None else "under_page_subject"


def _section_part(
    text: str,
    name: str,
    start: int,
    owner: Unit,
    top: Unit,
    *,
    found_by: str,
    is_group: bool = False,
) -> Unit:
    """A unit the text names at ``start`` inside the section of ``owner``: placed by the
    section when the section is a unit's, else by the page's top unit."""
    parent_by = _top_parent_by(top) if owner is top else "inside_section"
    return _unit_named(
        text, name, start, owner, found_by=found_by, parent_by=parent_by, is_group=is_group
    )


# "Director of OWS", "Deputy Director for the Wick Office": a position and the unit it heads.
_HEAD_OF = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}(?:of|for)\s+(?:the\s+)?(?P<unit>[A-Z].*)$")


@rule("name", off=None)
def office_of_position(
    name: str, by_tokens: dict[frozenset[str], Unit], index: UnitIndex
) -> Unit | None:
    """A position title whose office the page names as a unit ("reports to the Staff
    Director" on a page with the "Office of the Staff Director", "Under the direction of the
    Wick Counsel" with the "Office of the Wick Counsel"), or that heads a unit the page
    names ("the Director of OWS", by its acronym), names that office: the office is the
    unit, the title its head, not a unit of its own."""
    tokens = name_tokens(without_acronyms(name))
    if not tokens or "office" in tokens or not set(tokens) & POSITION_WORDS:
        return None
    if tokens[-1] in POSITION_WORDS:
        key = _unit_key(name) | {"office"}
        unit = by_tokens.get(key) or index.by_key.get(key)
        if unit is not None and unit.unit_type != UnitType.LEADERSHIP:
            return unit
    head = _HEAD_OF.match(name)
    if head is None or not all(
        word.lower() in POSITION_WORDS
        for word in name[: head.start("unit")].split()[:-1]
        if word.lower() not in ("of", "for", "the")
    ):
        return None
    unit_name = head.group("unit")
    return by_tokens.get(_unit_key(unit_name)) or index.resolve(unit_name)


@functools.lru_cache(maxsize=1 << 14)
def _unit_key(name: str) -> frozenset[str]:
    """Names of one unit: "Chief Procurement Office" and "Office of the Chief Procurement
    Officer" share their words once the office holder is read as the office."""
    return frozenset(
        "office" if token == "officer" else token.removesuffix("s")
        for token in content_tokens(without_acronyms(name))
    )


def _evidence_end(heading: Block, resolved: ResolvedName) -> int:
    """A heading's unit is evidenced by the heading and the sentence that names it in full,
    or (when that sentence is too long) by the heading and the name alone."""
    name_end = resolved.name_end if resolved.name_end > heading.end else heading.end
    focus_end = name_end if name_end - heading.start <= MAX_EVIDENCE_CHARS else heading.end
    return bounded((heading.start, resolved.evidence_end), (heading.start, focus_end))[1]


def _section_unit(
    page: PageLayout,
    section: Section,
    parent: Unit,
    definitions: Definitions,
    parent_by: str,
) -> Unit:
    text = page.text
    resolved = resolve_name(page, section.heading, section.body, definitions)
    kind = unit_type(text, resolved.name, section.body, is_group=section.is_group)
    return Unit(
        name=resolved.name,
        acronym=resolved.acronym,
        unit_type=kind,
        heading=section.heading.text,
        description=_span_text(text, section.body),
        evidence_start=section.heading.start,
        evidence_end=_evidence_end(section.heading, resolved),
        parent=parent,
        body=section.body,
        found_by="section_heading",
        parent_by=parent_by,
    )


# The finders of a unit a section's heading names: the heading's own, and the rule that keeps
# a series' last heading with no text under it.
SECTION_FINDERS = frozenset({"section_heading", "series_last_bare_heading"})

register(
    "section_heading",
    "unit",
    """A heading that opens a section (text under it, or wording that names a unit or a
    position) names a unit; the section's text describes it.""",
)


def _names_a_unit(heading: str) -> bool:
    """Whether a heading with no text under it still names a unit or a position."""
    return bool(set(name_tokens(heading)) & (UNIT_NOUNS | POSITION_WORDS))


@rule("unit")
def title_names_unit(page: PageLayout, root_unit: Unit, definitions: Definitions) -> Unit | None:
    """A page whose title names a unit that the introduction goes on to describe
    ("Management is responsible for ...") is about that unit, under the agency."""
    title = page.title
    assert title is not None
    resolved = resolve_name(page, title, page.intro, definitions)
    kind = unit_type(page.text, resolved.name, page.intro, is_group=False)
    return Unit(
        resolved.name,
        resolved.acronym,
        kind,
        title.text,
        _span_text(page.text, page.intro),
        title.start,
        _evidence_end(title, resolved),
        root_unit,
        body=page.intro,
        found_by="title_names_unit",
        parent_by="default_root",
    )


def _position_unit(page: PageLayout, head: Root, root_unit: Unit, found_by: str) -> Unit:
    """The position or the unit a page is about, under the agency it heads
    (``position_heads_agency``) or serves (``unit_of_agency``)."""
    start, end = bounded(sentence_at(page.text, page.blocks, head.start), (head.start, head.end))
    kind = (
        unit_type(page.text, head.name, page.intro, is_group=False)
        if found_by in ("unit_of_agency", "opening_subject_unit_of_body")
        else UnitType.LEADERSHIP
    )
    return Unit(
        head.name,
        head.acronym,
        kind,
        None,
        _span_text(page.text, page.intro),
        start,
        end,
        root_unit,
        body=page.intro,
        found_by=found_by,
        parent_by=found_by,
    )


_ABOUT_WORDS = SECTION_WORDS | PRONOUNS | CONNECTORS


def _words_before_preposition(name: str) -> list[str]:
    """A name's lower-case words up to its first preposition ("Wick Section Heads in the Lamp
    Office" -> wick, section, heads)."""
    return list(itertools.takewhile(lambda w: w not in PREPOSITIONS, name_tokens(name)))


_LEADERSHIP_WORDS = frozenset({"leadership", "executive", "senior", "management", "support"})


def _leadership_group(section: Section) -> bool:
    """ "Leadership team", "Executive Team and support staff": the people who lead, whose
    positions are listed under it, not a unit of its own."""
    tokens = content_tokens(section.heading.text)
    return (
        bool(tokens & {"team", "staff"})
        and bool(tokens & _LEADERSHIP_WORDS)
        and tokens <= (_LEADERSHIP_WORDS | {"team", "staff", "teams"} | SECTION_WORDS)
    )


@rule("filter", off=False)
def leadership_heading(heading: str) -> bool:
    """A heading made of "leadership" and words of rank ("Executive Leadership", "Senior
    Leadership", "Senior Management Leadership") heads the leaders listed under it, not a
    body: a leadership team or staff is one ("Executive Leadership Team", read by
    ``_leadership_group`` as a group of posts where it lists them), but leadership alone
    is who leads."""
    tokens = content_tokens(heading)
    return (
        "leadership" in tokens and len(tokens) >= 2 and tokens <= _LEADERSHIP_WORDS | {"leadership"}
    )


# Plural nouns that name several units or bodies ("Counsel Sections" too), and the words
# after which a heading goes on to say whose units they are ("Organisations under the
# Department of Lamps").
_GROUP_NOUNS = LISTING_NOUNS | frozenset(
    {
        "groups",
        "organisations",
        "agencies",
        "bodies",
        "boards",
        "committees",
        "councils",
        "authorities",
        "commissions",
        "sections",
    }
)
_GROUP_PREPOSITIONS = PREPOSITIONS | {"under", "within"}
_OUR = frozenset({"our", "the", "its", "their", "these"})


register(
    "group_heading_participle",
    "filter",
    """A heading whose plural unit noun is followed by a participle in "-ed" or "-ing" and a
    preposition ("Departments Supervised by the County Warden", "Offices Reporting to the
    Director", "Units Located in Lampton") groups the units listed under it, as one followed
    by the preposition alone does ("Offices under the Director"): the participle ends the
    heading's head as the preposition does, and the head decides (a singular unit noun,
    "Lamp Office Located in Lampton", names one office). A participle with no preposition
    after it belongs to a name ("Offices Serving Rural Lamps").""",
)
# A regular participle, which with a preposition after it ends a heading's head.
_HEADING_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing)")


def _group_words(heading: str) -> list[str]:
    """The words of a heading up to its first preposition, or with
    ``group_heading_participle`` a participle before one."""
    words: list[str] = []
    participles = enabled("group_heading_participle")
    tokens = name_tokens(heading)
    for index, word in enumerate(tokens):
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word in _GROUP_PREPOSITIONS:
            break
        if (
            participles
            and words
            and after in _GROUP_PREPOSITIONS
            and _HEADING_PARTICIPLE.fullmatch(word)
        ):
            break
        words.append(word)
    return words


def _plural_group(section: Section) -> bool:
    """A heading whose head noun is a plural unit noun ("Program Offices", "Advisory groups",
    "Agencies and websites", "Organisations under the Department") over the units it lists
    and no prose of its own groups them; it is not one. A lead-in to its list ("These
    committees advise the minister:") is not prose about the heading; prose that describes
    it ("These bureaus advise the regions.") makes it a unit. A heading that counts them
    over a lead-in to their list ("3 main groups within the LB", then "Our work is done by
    our 3 main groups:") is a group whatever prose follows the list."""
    heading = _without_markup_end(section.heading.text)
    words = [w for w in _group_words(heading) if w not in CONNECTORS - {"and"}]
    if not words:  # "Under the Director": a heading that opens with its preposition
        return False
    heads = {w for w, after in zip(words, [*words[1:], "and"], strict=True) if after == "and"}
    leads = [b.kind == PARAGRAPH and b.text.rstrip().endswith(":") for b in section.body]
    counted = [w for w in words if w not in _OUR]
    if any(leads) and (counted[0].isdigit() or counted[0] in _COUNTS):
        return bool(heads & _GROUP_NOUNS)
    if heads & _GROUP_NOUNS and _counts_its_units(section, heads & _GROUP_NOUNS):
        return True
    body = zip(section.body, leads, strict=True)
    prose = any(block.kind == PARAGRAPH and not lead for block, lead in body)
    if _referred_group(section, heads - {"and"}):
        return True
    return bool(heads - {"and"}) and bool(heads & _GROUP_NOUNS) and not prose


register(
    "referred_group_heading",
    "filter",
    """A heading in the plural ("Lamp services", "Guilds of Wicks") over no prose but a
    lead-in that refers back to the body's own groups ("Our Lamp Services keep the hall lit.
    They include:", ``referring_lead_in``) and the list it opens names the group those
    units make up, as a heading of a plural unit noun does ("Offices"): it is no unit, and
    the listed units stand under the heading's owner. A link's line after the list ("«
    Back to the lamps") is no prose; a heading with a paragraph of its own about the group
    is a unit, and so is one whose head is a singular in "-s" ("Wick Analysis", "Lamp
    Status": ``plural_word``).""",
)


# The marks a link's line may open with before its words: "« Back to the lamps".
_LEADING_MARKS = re.compile(r"^[^\w(]+")


def _referred_group(section: Section, heads: set[str]) -> bool:
    """Whether a heading whose head nouns are ``heads`` is plural over a lead-in of
    ``referring_lead_in`` (``referred_group_heading``)."""
    if not heads or not all(plural_word(word) for word in heads):
        return False
    if not enabled("referred_group_heading") or not enabled("referring_lead_in"):
        return False
    paragraphs = [block.text for block in section.body if block.kind == PARAGRAPH]
    leads = [text for text in paragraphs if referring_lead_in(text)]
    others = [text for text in paragraphs if text not in leads]
    return bool(leads) and all(is_noise(_LEADING_MARKS.sub("", text)) for text in others)


register(
    "group_heading_markup_end",
    "filter",
    """A heading read with markup left at its end, a tag or a label's colon ("Offices:-<br
    />") or the name of an icon font's picture ("Wick Sections open_in_full", "Lamp Units
    expand_more": lower-case words joined by underscores), ends in its last word before
    them: its plural unit noun groups the units under it as one with no markup would.""",
)
# An icon font's ligature name at a heading's end: "open_in_full", "expand_more".
_ICON_LIGATURE_END = re.compile(r"\s+[a-z]+(?:_[a-z]+)+\s*$")


def _without_markup_end(heading: str) -> str:
    """A heading without the markup at its end (``group_heading_markup_end``)."""
    if not enabled("group_heading_markup_end"):
        return heading
    heading = _ICON_LIGATURE_END.sub("", heading)
    return edge_marks(heading) or heading


register(
    "counted_group_heading",
    "filter",
    """A heading whose head noun is a plural unit noun ("Wick Offices", "Glass
    Divisions") over prose that counts its units by that noun ("Three research divisions at
    the Lamp Board manage ...", "The staff is organized into four units/offices.") groups
    the units it goes on to name: the prose counts the parts, it describes no one body, and
    the units stand under the heading's owner. Prose that counts them by the heading's own
    capitalized name ("Each of the three Glass Divisions is ...") speaks of the group as a
    body: it stays a unit.""",
)
# A count of parts ("three research divisions", "4 units/offices"): a number, then its words
# in lower case (the common noun; "the three Operations Divisions" names the group itself).
_COUNT_OF_PARTS = re.compile(
    r"\b(?i:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+"
    r"(?P<words>[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,3})"
)


def _counts_its_units(section: Section, nouns: set[str]) -> bool:
    """Whether a paragraph of the section counts its units by the heading's plural noun
    (``counted_group_heading``)."""
    if not enabled("counted_group_heading"):
        return False
    for block in section.body:
        if block.kind != PARAGRAPH:
            continue
        for match in _COUNT_OF_PARTS.finditer(block.text):
            # the plural noun within four words of the count, qualified by up to three
            words = [set(w.split("/")) for w in match.group("words").lower().split()]
            if any(word & nouns for word in words):
                return True
    return False


def _about_the_body(heading: str, owner: Unit) -> bool:
    """ "Members", "Minutes", "Audit committee meetings" under the Audit Committee: a heading
    whose head noun names a body's business and whose unit nouns are the body's own (part of
    ``generic_section_heading``)."""
    words = _words_before_preposition(heading)
    if not words or words[-1] not in BUSINESS_NOUNS:
        return False
    return set(words) & UNIT_NOUNS <= set(name_tokens(owner.name))


# Nouns beyond the unit nouns that name a body or its people in a heading ("Audit and risk
# committee", "Capability leads"), singular or plural.
_BODY_WORDS = UNIT_NOUNS | POSITION_WORDS | {"committee", "authority", "panel", "lead"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@rule("filter", off=False)
def sentence_case_topic(heading: str) -> bool:
    """A heading in sentence case (a lower-case word after its first: "Civil matters",
    "Recent procedural changes", "Main functions of the LS", "1 July 2015: Wick office
    opened") that holds no unit noun, position or body and joins no areas ("Finance, risk and
    procurement", a unit's functions) names a topic of the page: a unit's name is a proper
    name."""
    words = _WORD.findall(heading)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    later = [w for w in words[1:] if w.lower() not in CONNECTORS]
    if not any(w[:1].islower() for w in later):
        return False
    if re.search(r",|&|\band\b", heading):
        return False
    tokens = {w.lower().rstrip("s") for w in words} | {w.lower() for w in words}
    return not tokens & _BODY_WORDS


def _unit_opening(*openers: str) -> re.Pattern[str]:
    """The opening of a text that calls what it is about by a unit noun after one of
    ``openers``, no name's capital nor a parenthesis after the noun: "The Directorate is ...",
    "This bureau trims ...", "This Committee, set up in spring, trims ..." (not "The Soot
    Removal Service cleans ...", a name in full)."""
    return re.compile(rf"\s*(?:{'|'.join(openers)})\s+(?P<noun>[^\W\d_]+)\b(?!\s+[A-Z(])")


def _opening_unit_noun(opening: re.Pattern[str], text: str) -> str | None:
    """The unit noun (or "headquarters") ``text`` opens with as ``opening`` reads it."""
    match = opening.match(text)
    noun = match.group("noun").lower() if match is not None else None
    return noun if noun in UNIT_NOUNS | {"headquarters"} else None


# The opening of a section's text that calls the heading's body by a unit noun: "The
# Directorate is ...", "This bureau trims ...", "The headquarters in Lampton keeps ...".
_CALLED_A_UNIT = _unit_opening("The", "This", "Our")

register(
    "text_calls_heading_a_unit",
    "filter",
    """A heading in sentence case ("Wick inspection", "Lampton headquarters") whose
    text opens by calling its subject by a unit noun after "The", "This" or "Our" ("The
    Directorate is a coordination unit for wick care.", "This bureau trims ...", "The
    headquarters in Lampton keeps the stores.") names a unit, not a topic:
    ``sentence_case_topic`` does not drop it. A topic's text opens with what the topic is
    ("Recent wick shortages" / "Shortages of wicks were ...") or names a unit by its full
    name ("The Soot Removal Service cleans ..."), a capital after the article.""",
)


def _text_calls_heading_a_unit(body: Sequence[Block]) -> bool:
    """Whether the first paragraph under a heading opens with "The", "This" or "Our" and a
    unit noun alone, no name's capital after it (``text_calls_heading_a_unit``)."""
    if not enabled("text_calls_heading_a_unit"):
        return False
    first = next((block for block in body if block.kind == PARAGRAPH), None)
    if first is None:
        return False
    return _opening_unit_noun(_CALLED_A_UNIT, first.text) is not None


# A code's section number before a caption: "§ 9.3", "Sec. 4", "133.05", "10-551.02".
_CODE_NUMBER = re.compile(r"\d+[A-Z]?(?:[.\-–]\d+[A-Z]?)+\.?\s+(?=[A-Z])")


@rule("filter", off=False)
def legal_caption(text: str, heading: Block) -> bool:
    """A heading numbered as a section of a law, a regulation or a code ("§ 9.3", "Sec. 4",
    "133.05", the number before it on its line or cut from it) whose caption is in sentence
    case, a content word after its first in lower case ("Designation of central and field
    organization", "General organization", "Establishment; head", "Duties of chief
    lamplighter"), captions the section's subject, not a unit: such texts capitalize the
    names of their units and positions. The text under it is the unit's above. A caption in
    title case ("§ 4-2. Office of Lamp Planning") names a unit, and so does one in sentence
    case that is worded as a unit, a unit noun its only noun of a head ("2.1 Wick supply
    division", "3.2 Office of glass repair"): a report numbers its headings as a code does
    and may set its units' names in sentence case ("Powers of the board" is still a
    caption)."""
    line = text[text.rfind("\n", 0, heading.start) + 1 : heading.end]
    numbered = SECTION_NUMBER.match(line) or _CODE_NUMBER.match(line)
    if numbered is None:
        return False
    title = line[numbered.end() :].strip().rstrip(".")
    words = [w for w in _WORD.findall(title) if w.lower() not in CONNECTORS]
    if len(words) < 2 or not words[0][:1].isupper() or all(w[:1].isupper() for w in words[1:]):
        return False
    return not _sentence_case_unit(title)


# "Wick supply division", "Office of glass repair": a unit's name in sentence case, its unit
# noun last with no "of" before it, or first before "of" or "for".
def _sentence_case_unit(title: str) -> bool:
    if re.search(r"[;,:]", title):
        return False
    tokens = name_tokens(title)
    if len(tokens) < 2:
        return False
    if tokens[-1] in UNIT_NOUNS and not {"of", "for"} & set(tokens):
        return True
    return tokens[0] in UNIT_NOUNS and tokens[1] in ("of", "for")


# Last words of a heading that captions a figure or a table of a report or a budget book
# rather than naming a unit: a measure of the units ("Lamp Division Performance Goals",
# "Board attendance", "Wick Office - Appropriations"); and the dimensions a breakdown is "by".
_MEASURE_NOUNS = frozenset(
    {"trends", "attendance", "effectiveness", "appropriations", "goals", "expenditures"}
)
_BREAKDOWNS = frozenset(
    {"program", "programs", "account", "accounts", "fund", "funds", "year", "years"}
    | {"category", "categories", "source", "sources", "type", "types", "month", "quarter"}
)


@rule("filter", off=False)
def report_caption_heading(heading: str) -> bool:
    """A heading that captions a figure or a table of an annual report or a budget book
    names what is measured, not a unit, even when a unit's name opens it: its last word is a
    measure ("Lamp Division Performance Goals", "Board and Committee attendance", "Wick
    Office - Appropriations", "Department trends"), not joined to the word before it ("Mission
    and Goals" may name a unit), or it ends in a breakdown ("Department budget by account",
    "Operating Budget Over Time"). The text under it is the unit's above. A measure a
    unit is named for, after its unit noun and "of" or "for" ("Office of Lamp
    Effectiveness", "Bureau for Pupil Attendance"), is the unit's field, unless a dash sets
    the measure apart ("Bureau of Wicks - Appropriations")."""
    words = [w.lower() for w in _WORD.findall(heading)]
    if len(words) < 2:
        return False
    if (words[-2] == "by" and words[-1] in _BREAKDOWNS) or words[-2:] == ["over", "time"]:
        return True
    if words[-1] not in _MEASURE_NOUNS or words[-2] in CONNECTORS or "&" in heading:
        return False
    named_for = noun_before_of(words, UNIT_NOUNS)
    return not named_for or _CAPTION_DASH.search(heading) is not None


# A dash between a unit's name and what a caption measures of it ("Wick Office - Goals").
_CAPTION_DASH = re.compile(r"\s[-–—]\s")


# Words of a heading about a body's description rather than a unit ("Department
# Description", "Office Functions"): its own short list, not the section words (a numeral
# or a place after a unit noun names a unit: "Division Two", "Office Locations").
_TOPIC_WORDS = frozenset(
    {"description", "descriptions", "overview", "profile", "summary", "introduction"}
    | {"about", "background", "history", "information", "structure", "organization"}
    | {"organisation", "organizational", "organisational", "mission", "missions"}
    | {"vision", "values", "goals", "objectives", "objective", "priorities", "mandate"}
    | {"role", "roles", "purpose", "purposes", "function", "functions", "duties", "powers"}
    | {"responsibilities", "responsibility", "contact", "contacts", "leadership"}
    | {"personnel", "key", "more", "further", "related", "update", "updates"}
)


@rule("filter", off=False)
def unit_noun_topic(heading: str) -> bool:
    """A heading made of one bare unit noun and words about a body ("Department
    Description", "Office Functions", "Division Overview", "Bureau Missions") is a section
    about the page's own body, whatever its name: the units under it are that body's, not
    the heading's."""
    words = [w for w in name_tokens(heading) if w not in CONNECTORS]
    if len(words) < 2 or words[0] not in UNIT_NOUNS:
        return False
    return all(w in _TOPIC_WORDS for w in words[1:])


_DUTY_HEADS = DUTY_HEADS


# Head nouns of a document's or a page's own records and apparatus rather than of a unit:
# its profile, preamble, framework, history and news, a body's bylaws, resolutions and
# minutes, a letter, plans, the categories of something, abbreviations and references.
_RECORD_HEADS = frozenset(
    {"profile", "preamble", "framework", "history", "news", "bylaws", "resolutions", "minutes"}
    | {"letter", "plans", "categories", "abbreviations", "references"}
)


# A parenthesis that ends a heading, closed or left open by a cut: "(Lamp history)".
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)?\s*$")


# A heading over a body's projects by their stage: "Ongoing Projects", "Completed Projects",
# "On-going project and programmes", "Projects in Progress", "Current Projects".
_PROJECT_STATUS = re.compile(
    r"(?i)\s*(?:(?:on-?\s?going|completed|current|past|recent|upcoming|planned|proposed"
    r"|finished)\s+projects?(?:\s+(?:and|&)\s+programm?es?)?|projects?\s+(?:underway"
    r"|in\s+progress|completed))\s*:?\s*"
)


@rule("filter", off=False)
def project_status_heading(heading: str) -> bool:
    """A heading that sorts a body's projects by their stage ("Ongoing Projects", "Completed
    Projects", "On-going project and programmes", "Projects in Progress") heads a list of works
    (roads, buildings, wards), not a unit, and the lines under it name those works, not
    units (an item "Upgrade Wick Unit" is a work on a unit). A
    unit named for projects ("Lamp Projects", "Wick Projects Division") has no stage
    word and is read by the other rules."""
    return _PROJECT_STATUS.fullmatch(heading) is not None


@rule("filter", off=False)
def record_head_heading(heading: str) -> bool:
    """A heading whose head noun, its last word before any "of" or "for", names a record or a
    part of a document rather than a body, a profile, a preamble, a legal framework, a
    history, news, bylaws, resolutions, minutes, a letter, plans, categories, abbreviations
    or references ("Profile", "Legal Framework", "Board Bylaws", "Lamp Service History",
    "Warden's Letter", "Future Plans", "Editor's References", "Wick Grant Categories"), titles
    a topic of the unit above it, a unit noun before it being the body the records are of
    ("Board Meeting Minutes"): it names no unit, and the text under it is the unit's above.
    A unit noun or a post that ends the name ("Lamp Plans Division", "Plans Officer") names
    one, and so does a name with a preposition before its last word ("Office of Wick
    History", "History of Wick Lore Division"): the record noun is then the unit's field or
    a topic's own name, read by the other rules. A parenthesis at the end, closed or not
    ("Wick Safety Division (Lamp history"), is an aside, not the head. "Plans" that closes a
    list of fields after "and", "&" or a comma ("Lamp Policy and Plans", "Strategy, Wick
    Policy, and Plans") is planning, a field of work a unit is named for, not a record."""
    heading = _TRAILING_ASIDE.sub("", heading)
    words = _words_before_preposition(heading)
    if words != name_tokens(heading):
        return False
    if _field_plans(heading):
        return False  # "Policy and Plans": planning is a field among the unit's fields
    words = [w for w in words if w not in CONNECTORS]
    return bool(words) and words[-1] in _RECORD_HEADS


# Words for a document's own apparatus or a catalogue record's fields about it rather than
# for a body: "Abstract", "Annotation", "Transcript", "Table of Contents", "Date Published",
# "Bio", "Glossary", "Index".
_APPARATUS_WORDS = frozenset(
    {"abstract", "abstracts", "annotation", "transcript", "transcripts", "contents", "table"}
    | {"bio", "bios", "biography", "biographies", "published", "glossary", "index"}
    | {"bibliography", "keywords", "citation", "footnote", "footnotes", "preface", "foreword"}
)


@rule("filter", off=False)
def apparatus_heading(heading: str) -> bool:
    """A heading made of the words of a document's apparatus or of a catalogue record's
    fields about the document ("Abstract", "Annotation", "Transcript", "Table of Contents",
    "Date Published", "Bio", "Glossary and Index"), a section word beside them aside ("Key
    Publications Index", "Related Bios"), labels a part of the document that tells of the
    body, not a unit: the text under it is the unit's above, and the units it names are that
    unit's. A unit noun among its words ("Index Section", "Bio Services") names a unit, and a
    heading of section words alone ("Related Links") is ``generic_section_heading``'s."""
    words = content_tokens(heading)
    if not words & _APPARATUS_WORDS:
        return False
    if any(w in UNIT_NOUNS or w.removesuffix("s") in UNIT_NOUNS for w in words):
        return False
    return words <= _APPARATUS_WORDS | SECTION_WORDS


# "Plans" after "and", "&" or a comma closing a list of fields of work: "Policy and Plans",
# "Strategy, Policy, and Plans", "Operations & Plans" (not after a record: "Minutes and
# Plans").
_FIELD_PLANS = re.compile(r"\b(?P<field>[A-Za-z]+)(?:,?\s+(?:and|&)|,)\s+plans\s*$", re.I)


def _field_plans(heading: str) -> bool:
    """Whether "Plans" closes a list of fields of work (part of ``record_head_heading``)."""
    match = _FIELD_PLANS.search(heading)
    return match is not None and match.group("field").lower() not in _RECORD_HEADS


@rule("filter", off=False)
def duty_head_heading(heading: str) -> bool:
    """A heading whose head noun, its last word before any "of" or "for", names what a body
    does or holds to, its functions, activities, values or roles, and whose words hold no unit
    noun or position ("Core Functions", "Statutory Function", "Major Activities", "Wick
    Safety Activities", "Core Values", "Core Functions of the Role") titles a topic of the
    unit above it, as "Functions" alone does: it names no unit, and the text under it is
    the unit's above. A unit noun before the "of" ("Office of Special Activities", "Wick
    Functions Branch") names a unit."""
    words = _words_before_preposition(heading)
    words = [w for w in words if w not in CONNECTORS]
    if len(words) < 2 or words[-1] not in _DUTY_HEADS:
        return False
    posts = {w.removesuffix("s") for w in words} & POSITION_WORDS
    return not set(words) & (UNIT_NOUNS | _BODY_WORDS) and not posts


# "Functions of Wick Division", "Attributions of Lamp Unit", "Background of the Ministry",
# "Roles and Duties of the Oil Office:".
_TOPIC_OF_UNIT = re.compile(
    r"(?i)\s*(?:the\s+)?(?P<topic>[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)\s+"
    r"(?:of|for)\s+(?P<unit>\S.*?)\s*:?\s*$"
)


@rule("filter", off=None)
def topic_of_unit_heading(heading: str) -> str | None:
    """A heading made of what a body does or is (its functions, activities, values, roles,
    responsibilities, attributions, duties, powers, mandate, purpose, mission, objectives or
    background), then "of" or "for" and a name worded as a unit or an agency ("Attributions
    of Lamp Unit", "Background of the Ministry", "Roles and Duties of the Oil Office") titles
    a section about that unit; the name is given back here. Where the page has that unit
    already, the heading is no unit of its own: its text, its parts and the headings under it
    are that unit's: the unit whose heading it stands under, by its name, fewer of its words,
    an acronym before its unit noun ("Attributions of Supply Unit", "Functions of LS Unit"
    under the Lamp Supply Unit) or its own unit noun ("Functions of the Unit" under the Wick
    Unit); the page's agency ("the Ministry", "the Office" under no office, the agency's name
    or fewer of its words); or a unit the page named before it. A unit the page has not named
    ("Functions of Wick Division" at the top) is left to the other rules: ``topic_of_name``
    keeps it a unit under the heading's full name, as a unit named for its field. A name
    with no unit noun or agency word after the "of" ("Functions of the Director", "Mission of
    Lamp Safety") is no unit's, and a heading opened by any other word ("Friends of the Lamp
    Office", "Divisions of Wick Trimming") is read by the other rules."""
    match = _TOPIC_OF_UNIT.match(heading)
    if match is None:
        return None
    topic = [w for w in match.group("topic").lower().split() if w not in ("and", "&")]
    if not all(w in TOPIC_OF_HEADS for w in topic):
        return None
    unit = match.group("unit")
    if not set(name_tokens(unit)) & (UNIT_NOUNS | _AGENCY_WORDS):
        return None
    return unit


def _refers_to_a_body(name: str) -> bool:
    """Whether ``name`` is a referring word and a unit noun or a word for an agency ("the
    Office", "this Ministry") (part of ``topic_of_unit_heading``)."""
    words = [w.lower() for w in _WORD.findall(name)]
    return refers_back(name) or (
        len(words) == 2 and words[0] in REFERRING_WORDS and words[1] in _AGENCY_WORDS
    )


def _acronym_of_unit(name: str, unit: Unit) -> bool:
    """Whether ``name`` is ``unit``'s name by an acronym before its unit nouns, one letter a
    word ("LS Unit" for the Lamp Supply Unit, not "LP Unit" for the Lamp Repair Unit), or by
    the unit's own acronym (part of ``topic_of_unit_heading``)."""
    acronym, *rest = name.split()
    full = name_tokens(unit.name)
    if not is_acronym(acronym) or full[len(full) - len(rest) :] != [w.lower() for w in rest]:
        return False
    return acronym == unit.acronym or initials_match(
        acronym, " ".join(full[: len(full) - len(rest)])
    )


@rule("filter", off=False)
def structure_head_noun(heading: str) -> bool:
    """A heading whose head noun, its last word, is "structure" names how a body is set up,
    not a unit, whatever words stand before it, a unit's name or a unit noun among them
    ("Administrative Structure", "Field Structure", "Lamp Council Management Structure",
    "Wick Office structure, duties and pay structure"), as "Structure of the Wick Office"
    does (``structure_of_heading``): the units are the ones its text names ("Department of
    Wick Affairs Structure"). Built structures are plural: a unit noun before a preposition
    heads a name that ends in "structures", which are its field ("Office of Bridges and
    Structures", "Division of Wick Structures"), a unit."""
    words = [w.lower() for w in _WORD.findall(heading)]
    if len(words) >= 2 and _misspelled_structure(words[-1]):
        words[-1] = "structure"  # "Council Ctructure", "Macro Strucutre": a typing slip
    return (
        len(words) >= 2
        and words[-1] in ("structure", "structures")
        and (words[-1] == "structure" or head_noun(tuple(words)) not in UNIT_NOUNS)
    )


def _misspelled_structure(word: str) -> bool:
    """Whether ``word`` is "structure" typed with one slip or two, a letter wrong, missing,
    added or two swapped ("ctructure", "strucutre", "structre"), not another word ("structural",
    "infrastructure") (part of ``structure_head_noun``)."""
    if word in ("structure", "structures") or not 8 <= len(word) <= 10 or word.endswith("al"):
        return False
    return _slips(word, "structure") <= 2


def _slips(a: str, b: str) -> int:
    """The edits (a letter changed, dropped, added, or two neighbours swapped) from ``a`` to
    ``b``."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


# A year ("2016", "2016–17") or an ordinal ("12th", "3rd") in a heading.
_YEAR_OR_ORDINAL = re.compile(r"\b(?:1[89]\d\d|20\d\d|\d{1,3}(?:st|nd|rd|th))\b")
# A position's possessive before a word in lower case: "Director's review".
_POST_POSSESSIVE = re.compile(r"[A-Za-z]+['’]s\s+[a-z]")
_POSTS = POSITION_WORDS - {"general", "under", "associate", "principal"}


@rule("filter", off=False)
def post_holder_heading(heading: str) -> bool:
    """A heading about who holds a post rather than a unit: a position title with a year
    or an ordinal ("Lamp Directors 2016–17", "Lamp Board 12th Chair") lists its holders,
    and a position's possessive before a topic in lower case ("Lamp Director’s review",
    "Director's message") is the holder's own text. The units under it are the page's."""
    words = [re.sub(r"['’]s$", "", w.lower()) for w in _WORD.findall(heading)]
    posts = {w.removesuffix("s") for w in words} & _POSTS
    if not posts:
        return False
    if _YEAR_OR_ORDINAL.search(heading):
        return True
    match = _POST_POSSESSIVE.search(heading)
    return match is not None and match.group().split("'")[0].split("’")[0].lower() in _POSTS


# The nouns after "staff" that count it or tell its make-up: "Lamp Board Staff Strength",
# "Staff Complement" (and its common misspelling, "compliment"), "Staff Numbers", "Staff Data".
_STAFF_MEASURES = frozenset(
    {"strength", "complement", "compliment", "numbers", "size", "data", "statistics", "levels"}
)
# The words of a body's setup that "and Staffing" may follow in a heading about its staff:
# "Organisation and Staffing", "Overall Structure and Staffing", "Composition and Staffing".
# Not the wider section words: "Personnel and Staffing", "Services and Staffing", "Location
# Staffing" or "Key Staffing" may name a unit.
_STAFFING_SETUP_WORDS = ORGANIZATION_WORDS | {"overall", "composition"}


@rule("filter", off=False)
def staffing_heading(heading: str) -> bool:
    """A heading about a body's staff rather than a unit, its staffing beside its setup
    ("Organisation and Staffing", "Overall Structure and Staffing": "staffing" last, every
    other word one of the body's setup, organization, structure, composition or overall) or
    its staff counted or told by a noun of number or make-up after "staff" ("Wick Office
    Staff Strength", "Lamp Board Staff Complement", "Staff Numbers", "Glass Section Staff
    Data"), says how many people work for the body above and in which posts: it names no
    unit, and the units its text lists are that body's. "Staffing" after a word of its own
    names a unit that staffs something ("Lamp Fleet Staffing", "Recruitment and Staffing"),
    after another word a page sets over its sections too ("Personnel and Staffing",
    "Services and Staffing", "Location Staffing", "Key Staffing"), and so may "Staffing"
    alone, a unit's short name, or before a word ("Staffing Services"); "staff" before a word
    that counts nothing names a unit that serves the staff ("Lamp Staff Training"): all
    stay."""
    words = [w.lower() for w in _WORD.findall(heading)]
    if len(words) >= 2 and words[-2] == "staff" and words[-1] in _STAFF_MEASURES:
        return True
    rest = [w for w in words[:-1] if w not in CONNECTORS]
    return (
        words[-1:] == ["staffing"] and bool(rest) and all(w in _STAFFING_SETUP_WORDS for w in rest)
    )


# "Structure of the Wick Office", "The Structures of the Bureau", "Organizational structure
# of the Lamp Board", "Composition of the Council": a word for a body's structure, then "of".
_STRUCTURE_OF = re.compile(
    r"\s*(?:the\s+)?(?:organi[sz]ational\s+)?(?:structures?|composition|make-?up)\s+of\b",
    re.IGNORECASE,
)


@rule("filter", off=False)
def structure_of_heading(heading: str) -> bool:
    """A heading that names the structure of a body ("Structure of the Wick Office", "THE
    STRUCTURES OF THE MINISTRY", "Composition of the Lamp Council") heads a section about
    that body's parts, whichever body it names (the page's agency, or one the page got
    wrong): it is no unit, and its prose names the units (``structure_section``)."""
    return _STRUCTURE_OF.match(heading) is not None


@rule("filter", off=False)
def generic_section_heading(section: Section, root: Unit, owner: Unit | None = None) -> bool:
    """Generic page-section headings ("Our Mission", "What We Do", "Related Links", "Purpose",
    "Functions", "Leadership team") are not units: their words are all section words, or
    they speak to or for the reader. Nor is a heading that names the page's own agency with
    section words ("Structure of the Lamp Service", "About the LS", "Organisation of the
    Service", or by its head noun: "Bureau Overview", or from its agency noun on: "About the
    Department of Lamps" of the Lampshire Department of Lamps): the units under it are
    the agency's; nor one that ends in a plural unit noun over its units and no prose of its
    own ("Program Offices"); nor one whose head noun names a body's business ("Members",
    "Minutes", "Board meetings" under the board's own heading): it is a section of the unit
    above it, and the headings under its minutes or meetings name meetings ("2014",
    "Operational"), not units."""
    if section.is_label or _plural_group(section) or _leadership_group(section):
        return True
    if leadership_heading(section.heading.text):
        return True
    if structure_of_heading(section.heading.text) or structure_head_noun(section.heading.text):
        return True
    if unit_noun_topic(section.heading.text) or post_holder_heading(section.heading.text):
        return True
    if staffing_heading(section.heading.text):
        return True
    if _about_the_body(section.heading.text, owner or root) or clause_heading(section.heading.text):
        return True
    tokens = content_tokens(section.heading.text)
    acronym = root.acronym.lower() if root.acronym else None
    own = {acronym} if acronym in tokens else content_tokens(root.name)
    name = root.name
    short = agency_name_from_noun(name)
    if short is not None and not own <= tokens and content_tokens(short) <= tokens:
        own, name = content_tokens(short), short  # "About the Department of Wicks"
    head = name_tokens(name)[:1]
    heading = section.heading.text.lower()
    if (
        not own <= tokens
        and head
        and (f"the {head[0]}" in heading or heading.split()[:1] == head[:1])
    ):
        # "Organisation of the Department", "Bureau Overview": the agency by its head noun
        own = {head[0]}
    rest = tokens - own
    return bool(own) and own <= tokens and bool(rest) and rest <= _ABOUT_WORDS


@rule("filter", off=False)
def contact_section(section: Section) -> bool:
    """A "Contact Us" section and the lines under it are contact details, not units."""
    if enabled("contact_heading_over_units") and _names_listed_units(section.heading.text):
        return False  # "Bureaus & Contacts": the units, with their contacts
    return section.is_contact


def _names_listed_units(heading: str) -> bool:
    """A heading that names units in the plural ("Bureaus & Contacts")."""
    return bool(set(re.findall(r"[a-z]+", heading.lower())) & LISTING_NOUNS)


# The words of a contact detail's heading: "Lamp Office Opening Hours", "Wick Office Address".
_CONTACT_DETAIL_WORDS = frozenset(
    {
        "hours",
        "address",
        "addresses",
        "mailing",
        "phone",
        "telephone",
        "fax",
        "email",
        "emails",
        "website",
        "directions",
        "map",
        "parking",
        "location",
        "locations",
    }
)


# The word a heading's last word is joined to: "Printing and Mailing", "Phone & Email".
_JOINED_LAST_WORD = re.compile(r"([A-Za-z]+)\s*(?:,|&|\band\b)\s*[A-Za-z]+\W*$")


@rule("filter", off=False)
def contact_detail_heading(heading: str) -> bool:
    """A heading whose last word names a contact detail, an address, a location, a phone or
    fax number, an email, opening hours or directions ("Email", "Office Locations", "Wick
    Office Mailing Address", "Lamp Center Location"), heads how to reach a body, not a
    unit, though a unit's noun stands in it: the lines under it are the details, and the
    units or posts after them are its parent's. A service named for a line ("Wick Help
    Line") is none of these, a topic about a body's location ("Location of the Wick
    Office") is ``topic_of_name``'s and a map's caption ``picture_caption``'s. A detail's
    word as the object of "of" or joined by "and" to a word that names no detail is what a
    unit deals with ("Division of Parking", "Bureau of Wages and Hours", "Printing and
    Mailing"), not a detail ("Phone and Email" is one)."""
    words = name_tokens(heading)
    if not (words and words[-1] in _CONTACT_DETAIL_WORDS - _PICTURE_WORDS):
        return False
    if len(words) > 1 and words[-2] == "of":
        return False
    joined = _JOINED_LAST_WORD.search(heading)
    return joined is None or joined.group(1).lower() in _CONTACT_DETAIL_WORDS | {
        "contact",
        "contacts",
    }


@rule("unit", off=[])
def contact_heading_over_units(section: Section) -> list[Section]:
    """A contact heading over units is a directory of those units, not a block of contact
    details: one that names units in the plural beside the contacts ("Bureaus & Contacts",
    "Offices and Contacts") heads the units' sections as a structure heading does, and
    "Contact Us" (a menu link read as a heading) over two or more sections headed by units'
    proper names, worded as units and in title case ("Division of Wicks", "Department of
    Lamp Oil"), each with text of its own under it, holds those units. A single member
    ("Lamp Staff List", "Wick Office Room 12", a table's "Bureau Number") is a line of
    the contact details, and so is a heading worded as a contact detail ("Lamp Office
    Opening Hours", "Wick Office Mailing Address"), however many. Returns the member
    sections that are units."""
    named = [
        member
        for member in section.members
        if member.body
        and not is_contact_label(member.heading.text)
        and not set(name_tokens(member.heading.text)) & _CONTACT_DETAIL_WORDS
        and set(name_tokens(member.heading.text)) & UNIT_NOUNS
        and is_capitalized_name(member.heading.text)
    ]
    return named if len(named) >= 2 else []


def _furniture_contents(section: Section, member: Section) -> bool:
    """The headings under page furniture (news, a spotlight, awards, publications) are its
    stories and items, not units, unless worded as units (part of ``furniture_head_noun``)."""
    heading = member.heading.text
    return (
        is_furniture(section.heading.text)
        and not _names_a_unit(heading)
        and not structure_section(heading)
    )


def _meeting_records(section: Section, member: Section, owner: Unit) -> bool:
    """The headings under a section about a body's meetings ("Minutes", "Board meetings",
    "Agendas") name meetings, years or kinds of minutes ("2014", "Operational", "Policy"),
    not units, unless worded as units (part of ``generic_section_heading``)."""
    words = _words_before_preposition(section.heading.text)
    return (
        enabled("generic_section_heading")
        and words[-1:] != []
        and words[-1] in _MEETING_NOUNS
        and _about_the_body(section.heading.text, owner)
        and not _names_a_unit(member.heading.text)
    )


# The business nouns that name a body's meetings and their records.
_MEETING_NOUNS = frozenset({"meetings", "minutes", "agendas"})


_GOVERNMENT_BRANCH = re.compile(
    r"(?:the\s+)?(?:executive|legislative|judicial)\s+branch"
    r"(?:\s+of\s+(?:the\s+)?(?:government|state|[A-Z][a-z]+))?\s*$",
    re.IGNORECASE,
)


_OTHER_BRANCH = re.compile(r"\b(?!(?:Executive|Legislative|Judicial)\b)[A-Z][\w&’'-]*\s+Branch\b")


@rule("filter", off=False)
def government_branch(name: str, text: str) -> bool:
    """ "The Legislative Branch", "Judicial Branch of Government", the executive branch: one of
    a government's three branches, the setting a page places its agency in, not one of its
    units; a heading so worded is the title over the agency's sections. On a page whose
    units are branches ("the Lamp Pricing Branch"), such a name is one of them."""
    return _GOVERNMENT_BRANCH.match(name.strip()) is not None and not _OTHER_BRANCH.search(text)


@rule("filter", off=False)
def possessive_heading(heading: str) -> bool:
    """A heading that ends in a possessive ("The Agency's", "Lamp Makers’") is the first half
    of a banner or a title split over two lines, not a unit; so is a name, whichever finder
    took it, that ends in one ("the Department of Wicks’ Oil Center", "the Lamp Council’s
    (LC) Glass Office" cut before what the body owns): it names the owner of what follows,
    which it leaves off, not a unit."""
    return heading.rstrip().endswith(("'s", "’s", "s'", "s’"))


_STAFF_SEPARATOR = re.compile(r"\s+[-–—]\s+")


# A board member's role after the member's name: "Member", "Non-executive", "Lead
# non-executive", "Ex officio", "Trustee", the member's seat or kind before "member"
# ("Board Member", "Council Member", "Independent Member", "At-Large Member") or "at large"
# after it ("Member at Large").
_MEMBER_ROLE = re.compile(
    r"(?:lead\s+|senior\s+)?(?:non-executive|ex[-\s]officio|member|trustee)"
    r"(?:\s+(?:director|member))?(?:[-\s]+at[-\s]+large)?"
    r"|(?:at[-\s]large|board|council|committee|commission|independent|lay|voting"
    r"|non-voting|associate|alternate|elected|appointed|public|community|citizen)"
    r"\s+member|councilmember",
    re.IGNORECASE,
)
# A role in parentheses closing a line: "Jane Doe (non-executive)".
_ROLE_IN_PARENTHESES = re.compile(r"\s*\(([^()]+)\)\s*$")


@rule("filter", off=False)
def staff_entry(line: str, members_only: bool = False) -> bool:
    """ "Jane Doe, Senior Policy Advisor", "Jane Doe - Director of Lamps": a person's name, then
    (after a comma or a dash) a position title, lists a person, not a unit; so does a name
    and a board member's role after a dash or in parentheses ("Tilda Moe – Member", "Bram
    Tolley (lead non-executive)", "Ivo Quill (ex officio)", "Nell Dunn – Board Member",
    "Wren Hale – Member at Large"), as a board's roster gives its members, whichever finder
    took the line (``members_only``: only such a role, for list items, where "Wick Care –
    Director" may be a unit and its head). A position in parentheses ("Wick Care
    (Director)") is not read so, nor is a clause or a duty after the comma or the dash,
    opened by a lower-case word other than a position or worded as a duty
    (``duty_worded_name``): "Wick Supply, through the Wick Supply Officer, ...", "LAMP
    CARE, headed by the Lamp Care Director", "Zonal Wick Care – To trim the wicks of all
    lamps and report to the Director" are a unit, then who heads it or what it does."""
    role = _ROLE_IN_PARENTHESES.search(line)
    if role is not None and _MEMBER_ROLE.fullmatch(role.group(1).strip()):
        person, title = line[: role.start()], role.group(1)
    else:
        role = None
        person, _, title = _STAFF_SEPARATOR.sub(",", line, count=1).partition(",")
    words = person.split()
    if not title or not 2 <= len(words) <= 4:
        return False
    tokens = set(name_tokens(person))
    if tokens & (UNIT_NOUNS | POSITION_WORDS | CONNECTORS):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    if _MEMBER_ROLE.fullmatch(title.strip()):
        return True
    title = title.strip()
    opening = title.split()[0] if title else ""
    if (opening[:1].islower() and opening.lower() not in POSITION_WORDS) or _DUTY_OPENING.match(
        title
    ):
        return False
    return not members_only and bool(set(name_tokens(title)) & POSITION_WORDS)


# A person's name: a given name, one or more middle initials and a surname ("Jane Q. Doe",
# "Mary-Jo Q. R. Doe"), or a given name and a surname before "Jr." or "Sr." ("Jon Doe, Jr.").
_INITIALED_PERSON = re.compile(
    r"(?<![\w.])[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s)+(?:Mc|Mac|O')?[A-Z][A-Za-z'’-]+"
)
# An honorific opening a line before a capitalized name ("Ms. Jane Doe", "Professor Dame
# Jane Doe").
_HONORED_PERSON = re.compile(r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+[A-Z]\w")
_SUFFIXED_PERSON = re.compile(
    r"(?<![\w.])[A-Z][a-z]+\s(?:Mc|Mac|O')?[A-Z][a-z'’-]+,?\s(?:Jr|Sr)\.?(?![\w])"
)

# What may close a directory line after its holder's name: the rest of the name ("Q. Ivo
# Doe" read from "Ivo"), "Jr." and "Acting".
_HOLDER_TAIL = re.compile(
    r"(?:\s+[A-Z][A-Za-z'’-]+)*(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?(?:,\s*(?:[Aa]cting|[Ii]nterim))?\s*$"
)


@rule("filter", off=False)
def person_line(line: str) -> bool:
    """A line that holds a person's name marked as one, by a middle initial ("Jane Q. Doe"),
    by "Jr." or "Sr." after it ("Jon Doe, Jr.") or by an honorific that opens the line ("Ms.
    Jane Doe", "Professor Dame Jane Doe, Chief Lamp Officer"), and no unit noun, lists a
    person, not a unit: a name alone, or after a rank and before a date, as a roster or a
    memorial lists its people ("Sergeant Jane Q. Doe c. 1990", "Warden Jon Doe, Jr. 2004").
    A title before the name that ends the line ("Deputy Lamp Warden Jane Q. Doe") is a post
    and its holder (``titled_holder_line``), so is a post labelled before it ("Lamp Warden:
    Jane Q. Doe"), and a line with a unit noun ("Jane Q. Doe Wick Center", "Office of Lamps
    — Jane Q. Doe") names a unit. Such a heading's text is its parent's, as a topic
    heading's is."""
    if _HONORED_PERSON.match(line):
        return not set(name_tokens(line)) & UNIT_NOUNS
    match = _INITIALED_PERSON.search(line) or _SUFFIXED_PERSON.search(line)
    if match is None:
        return False
    if line[: match.start()].strip() and _HOLDER_TAIL.match(line, match.end()):
        return False
    # "Lamp Warden: Jane Q. Doe", "Lamp Warden - Jane Q. Doe": a labelled post and its holder
    if re.search(r"[:;,()–—-]", line[: match.start()]):
        return False
    if name_tokens(match.group())[0] in POSITION_WORDS:  # "Director V. Jane Doe"
        return False
    return not set(name_tokens(line)) & UNIT_NOUNS


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SIGNATURE = re.compile(
    rf"\s*(?:(?:approved|signed|issued|adopted)\s+(?:by|on)\b|(?:effective\s+)?date\s*:"
    rf"|(?:(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\s*$)",
    re.IGNORECASE,
)


# A full date opening a line, perhaps after its weekday: "Tuesday, 3 May 2016", "3 May 2016",
# "May 3, 2016".
_DATED = re.compile(
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}})\b"
)


@rule("filter", off=False)
def dated_line(line: str) -> bool:
    """A line that opens with a full date, perhaps after its weekday ("3 May 2016: Lamp
    Office renamed", "Tuesday, 3 May 2016 09:12"), is an entry of a timeline or the time a
    page was posted: it dates an event, it names no unit, whatever unit the event is about.
    Its text is its parent's."""
    return _DATED.match(line) is not None


@rule("filter", off=False)
def signature_line(line: str) -> bool:
    """A document's approval block: a line that opens with "Approved by", "Signed by" or
    "Date:", or that is only a date ("August 17, 2023"), signs or dates the chart or order
    above it; it names no unit."""
    return _SIGNATURE.match(line) is not None


@rule("filter", off=False)
def bare_link_heading(section: Section) -> bool:
    """A heading with no text under it whose words name neither a unit nor a position is a
    link or a label, not a unit."""
    return (
        not section.body
        and not _names_a_unit(section.heading.text)
        # a title with its holder's name is a post, though its words name no unit
        and titled_holder_line(section.heading.text) is None
    )


MIN_HEADING_RUN = 3
# The share of a run's headings that must name a unit by a unit noun when the run also
# holds page furniture or a section label ("Resources", "Forms and Publications").
MIN_WORDED_SHARE = 0.4
# A link's text, not a name: a file type in parentheses, or a sentence's stop inside it.
_PAGE_LINK = re.compile(r"\((?:PDF|DOCX?|XLS)\b|\.\s")


@rule("filter", off=frozenset())
def listed_heading_run(sections: tuple[Section, ...]) -> frozenset[int]:
    """A run of three or more sibling headings with no text under any of them, one of which
    names a unit by a unit noun ("Wick Care", "Oil Supply Department", "Glass Works"), is a
    list of units laid out as lines: its headings that name no unit are units too, not links
    or labels (``bare_link_heading``); not a menu holding page furniture or a section label
    unless about half of it names units; not a roster (a person's name, "Name, Title", a
    heading that opens with a position word) nor a list of links ("Report (PDF)"), and not
    a heading with a number in it. Returns the ids of such headings' sections."""
    found: set[int] = set()
    for run, after in _bare_heading_runs(sections):
        # The run's last heading may have the text that follows the list under it.
        closing = [after] if after is not None and not after.members else []
        if len(run) >= MIN_HEADING_RUN and _unit_run(run + closing):
            found.update(id(m) for m in run if not _numbered_heading(m))
    return frozenset(found)


def _bare_heading_runs(
    sections: tuple[Section, ...],
) -> Iterator[tuple[list[Section], Section | None]]:
    """Each run of sibling headings with no text and no headings under them, with the
    sibling that ends it (``None`` at the end of its siblings)."""
    for siblings in _sibling_lists(sections):
        run: list[Section] = []
        for index in range(len(siblings) + 1):
            after = siblings[index] if index < len(siblings) else None
            if after is not None and not after.body and not after.members:
                run.append(after)
                continue
            if run:
                yield run, after
            run = []


def _sibling_lists(sections: tuple[Section, ...]) -> list[list[Section]]:
    """The page's top sections, then the members of each section that has any: each list of
    sibling headings once."""
    pending = list(sections)
    siblings_lists = [list(sections)]
    while pending:
        section = pending.pop()
        if section.members:
            siblings_lists.append(section.members)
            pending.extend(section.members)
    return siblings_lists


def _numbered_heading(section: Section) -> bool:
    """Whether a heading has a number in it (a date, a count, a page's link)."""
    return any(c.isdigit() for c in section.heading.text)


@rule("filter", off=frozenset())
def run_closing_holder(sections: tuple[Section, ...]) -> frozenset[int]:
    """A list of units set one to a line with the prose after it ("Wick Care", "Oil Supply
    Division", "Glass Works", "Soot Watch", "Mantle Division", then "Other units support these
    directorates.") is laid out as bare headings, its last line a heading with that prose under
    it, nested under the line before it ("Soot Watch" over "Mantle Division"): that line holds
    only the list's last line and has no text of its own. It is one of the run's lines, not a
    group or a link: a unit when the run counted with it lists units as ``listed_heading_run``
    reads them (three lines or more, one worded as a unit by a unit noun, no roster, no menu; a
    line with a number in it is not taken) and the line it holds is no roster's; its member is
    its peer. The line it holds, over prose, does not by its words make the run a list of units
    ("Lamp Office Overview" after "Share by Email", "Share by Post", "Share by Wire"). Not a
    heading with text of its own, nor one that holds two headings or more (a group's heading),
    nor one over a line with no prose under it (the page's last lines). Returns the ids of the
    run's sections with the holder's."""
    found: set[int] = set()
    for run, after in _bare_heading_runs(sections):
        if after is None or after.body or len(after.members) != 1:
            continue
        last = after.members[0]
        if not last.body:
            continue
        lines = [*run, after]
        if len(lines) >= MIN_HEADING_RUN and _unit_run(lines) and _unit_run([*lines, last]):
            found.update(id(m) for m in (*run, after) if not _numbered_heading(m))
    return frozenset(found)


# Siblings before a series' last heading whose text opens by calling each a unit of one noun.
MIN_SERIES = 2


@rule("filter", off=frozenset())
def series_last_bare_heading(sections: tuple[Section, ...]) -> frozenset[int]:
    """A series of sibling headings, each over prose that opens by calling its heading a unit
    of one noun ("Wick Care", then "This Committee trims the wicks ..."; "Oil Supply", then
    "This Committee keeps the oil ..."), whose last heading has no text under it ("Glass
    Works" as the page's last line: the page is cut there, or the unit's text is not written
    yet) ends with one more unit of the series, not a link or a label
    (``bare_link_heading``): the headings before it say what their siblings are. The series
    is the siblings right before the last heading, two or more, each opening its text with
    "This" and the same unit noun, no name's capital after it ("The Board was set up ..." may
    speak of the agency or any board; "This section describes ..." speaks of the page's own
    part); or one such sibling whose heading names a unit by its words ("Lamp Health Unit",
    then "This office tends ..."). Only the last of its siblings, in title case, with no
    number in it, neither page furniture nor a section label ("Related Links", "Contact
    Us"): "Share by Post" after one section "Wick Care" / "This Committee trims ..." stays a
    link. Returns the ids of such headings' sections."""
    found: set[int] = set()
    for siblings in _sibling_lists(sections):
        if len(siblings) < 2:
            continue
        last = siblings[-1]
        heading = last.heading.text
        if last.body or last.members or _numbered_heading(last) or not is_capitalized_name(heading):
            continue
        if is_furniture(heading) or is_section_label(heading):
            continue
        series = _unit_series_before(siblings[:-1])
        if len(series) >= MIN_SERIES or (
            len(series) == 1 and _names_a_unit(series[0].heading.text)
        ):
            found.add(id(last))
    return frozenset(found)


# Prose that opens by calling its heading a unit: "This Committee trims ...", "This office
# keeps ..." ("The Board ..." may be any board: the agency's, another).
_OPENS_AS_UNIT = _unit_opening("This")
# A unit noun that, after "This", speaks of the page's own part as often as of a unit.
_PAGE_PART_NOUNS = frozenset({"section"})


def _unit_series_before(siblings: list[Section]) -> list[Section]:
    """The siblings at the end of ``siblings`` whose text opens by calling each a unit by the
    same noun after "This" (``series_last_bare_heading``)."""
    series: list[Section] = []
    nouns: set[str] = set()
    for section in reversed(siblings):
        if not section.body or section.body[0].kind != PARAGRAPH:
            break
        noun = _opening_unit_noun(_OPENS_AS_UNIT, section.body[0].text)
        if noun is None or noun in _PAGE_PART_NOUNS or (nouns and noun not in nouns):
            break
        nouns.add(noun)
        series.append(section)
    return series


@rule("parent", off=frozenset())
def bare_run_lone_member(sections: tuple[Section, ...]) -> frozenset[int]:
    """In a run of bare headings whose levels only layout tells (no text under any of them:
    a chart's boxes, or offices set one to a line), a heading that holds only the one bare
    heading after it, beside a peer that holds none ("Office of Lamps", "Head of Lamp Staff",
    "Wick Counsel", "Office of Oil"), is no group: the heading after it is a peer of the run,
    as the headings around them are, and its parent is theirs. Returns the ids of such
    headings' sections."""
    found: set[int] = set()
    for siblings in _sibling_lists(sections):
        for index, section in enumerate(siblings):
            if _bare_lone_group(section) and any(
                _bare_peer(siblings[at]) for at in (index - 1, index + 1) if 0 <= at < len(siblings)
            ):
                found.add(id(section))
    return frozenset(found)


def _bare_lone_group(section: Section) -> bool:
    """A layout-ranked group heading with no text that holds one bare heading."""
    if section.rank != GROUP_RANK or section.body or len(section.members) != 1:
        return False
    lone = section.members[0]
    return lone.rank == MEMBER_RANK and not lone.body and not lone.members


def _bare_peer(section: Section) -> bool:
    """A layout-ranked group heading with no text and no members."""
    return section.rank == GROUP_RANK and not section.body and not section.members


def _unit_run(run: list[Section]) -> bool:
    """Whether a run of bodiless headings lists units: one names a unit by a unit noun, or,
    when the run also holds page furniture or a section label (a menu: "Resources", "Forms
    and Publications", "Wick Safety Tips", "Wick Field Office"), about half of
    them do (one office among links does not make the links units); and none names a
    person or a position alone (a roster: "Ms A B", "A B, Economist", "Chief Warden")."""
    worded = 0
    for member in run:
        heading = member.heading.text
        tokens = name_tokens(heading)
        if HONORIFIC.match(heading) or "," in heading or staff_entry(heading):
            return False
        if (tokens[:1] and tokens[0] in POSITION_WORDS) or _PAGE_LINK.search(heading):
            return False
        if set(tokens) & UNIT_NOUNS:
            worded += 1
        elif {token.removesuffix("s") for token in tokens} & POSITION_WORDS:
            return False
    if not worded:
        return False
    menu = any(is_furniture(m.heading.text) or is_section_label(m.heading.text) for m in run)
    return not menu or worded >= MIN_WORDED_SHARE * len(run)


@rule("layout", off=False)
def structure_section(heading: str) -> bool:
    """The prose of a section headed as the organization's structure ("Organization",
    "Organizational Structure", "Our Divisions") names units even on a page whose other units
    have headings of their own."""
    tokens = set(re.findall(r"[a-z]+", heading.lower()))
    return bool(tokens & (LISTING_NOUNS | ORGANIZATION_WORDS))


_PARTS_COLON = re.compile(
    r"\b(?:consists? of|comprises?(?: of)?|is (?:made up|composed|comprised) of|includes?"
    r"|is (?:" + DIVIDED_PARTICIPLES + r") into|has)\s+(?:the following\s+|\w+\s+)?"
    r"(?P<noun>[A-Za-z]+)\s*:\s*"
)
# A piece of each alternative of _PARTS_COLON, one of which every match holds.
_PARTS_COLON_PIECES = (
    "consist",
    "compris",
    "made up",
    "composed",
    "includ",
    "organized",
    "organised",
    "divided",
    "structured",
    "has",
)
_DIGIT = re.compile(r"\d")
MAX_PART_WORDS = 8

_COUNTS = NUMBER_WORDS


def _count_of(match: re.Match[str]) -> int:
    """The number a match's ``count`` group gives, in figures or in words ("12", "Four")."""
    word = match.group("count").lower()
    return int(word) if word.isdigit() else _COUNTS[word]


# "five departments: A, B, ...", "the following seven divisions: A; B; ...", "four divisions
# – a, b and c –": a count of parts, up to three words that qualify them ("three budgetary
# and functional divisions"), a plural unit noun, then a colon or a dash before the list; a
# colon may come after an aside set off by a comma or opened by a verb of working ("seven
# divisions, under the direction of the Chief Lamp Officer: A, B, ...", "three sections
# functioning under the Lamp Division, namely A, ..."), after a verb of creation in the
# passive ("five zonal offices have been created, namely: A, ...", "three units were
# established: A, ...") and after "including", "namely" or "viz." ("two divisions viz: A and
# B"); "namely" may follow a comma, and "viz.", "i.e." and ", which are" stand for the colon
# before a capitalized name ("three sections, i.e. Wick Care, ...").
_COUNTED_PARTS = re.compile(
    r"\b(?:the\s+following\s+)?(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")"
    r"(?P<figures>\s*\(\d{1,2}\))?\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z]+s)"
    r"(?:\s+(?:were|are|was|ha(?:ve|s|d)\s+been)\s+(?:created|established|set\s+up|formed))?"
    r"(?P<aside>(?:,\s|\s(?=(?:functioning|operating|working|existing|functions?|operates?"
    r"|exists?|works?)\s))[^:;.–—]{1,80}?)?"
    r"(?:(?:\s+(?:including|namely|viz\.?))?\s*(?P<mark>:|\s[–—]|\s-)|,?\s+namely[;,:]?"
    r"|(?:,?\s+(?:viz\.|i\.\s?e\.)[;,:]?|,\s+which\s+are)(?=\s+(?:the\s+)?(?-i:[A-Z])))\s+",
    re.IGNORECASE,
)

# The rules that find the units a sentence enumerates after a count or a colon: a unit they
# found is read as enumerated wherever the page's other readers ask (``_beside``).
ENUMERATION_FINDERS = ("enumerated_units", "counted_apposition")

# The mark before every list either pattern reads: a colon, or a dash after a space; or the
# words that stand for a colon after a count ("namely", "viz.", "i.e.", ", which are").
_PARTS_MARK = re.compile(r":|\s[–—-]|\snamely\b|\sviz\.|\si\.\s?e\.|,\swhich\sare\s")

register(
    "inline_colon_list",
    "unit",
    """A sentence that announces units without counting them and lists them after a colon
    in the same sentence names them, whatever their words: "the following departments
    report directly to the Lamp Warden: Wick Care, Oil Supply, and Glass", "The Chief Lamp
    Officer leads: Wick Care; Oil Supply; and Glass" (a verb of leading: leads, oversees,
    supervises, directs, manages), "The bureau consists of: Wick Care; Oil Supply" (a verb
    of composition right before the colon). Parts of the sentence's subject, as for a counted list
    (``enumerated_units``).""",
)
# "the following departments directly report to the Warden: ...": "the following" and its
# plural noun (``FOLLOWING``), then a clause of up to 80 characters without a sentence's stop
# before the colon.
_FOLLOWING_PARTS = re.compile(FOLLOWING.pattern + r"[^:.;]{0,80}?:\s+")
# "The Chief leads: ...", "The headquarters consists of: ...": a verb of leading or of
# composition right before the colon.
_LEADS_PARTS = re.compile(
    r"\b(?:leads|oversees|supervises|directs|manages|consists?\s+of|comprises?|includes?"
    r"|(?:is|are)\s+(?:made\s+up|composed|comprised)\s+of)(?P<noun>)\s*:\s+"
)

# "The Bureau's directorates -- Wick Care (WC), Oil Supply and Glass -- are ...", "the
# following offices – A, B and C – report to ...": a plural unit noun, then its names set off
# between two dashes (``dashed_parts``).
_DASHED_PARTS = re.compile(r"\b(?P<noun>[A-Za-z]+s)\s+(?P<mark>--|[–—])\s+(?=(?:the\s+)?[A-Z])")

register(
    "dashed_parts",
    "unit",
    """A plural unit noun followed by names set off between two dashes ("The Lamp Bureau's
    directorates -- Wick Care (WC), Oil Ledger (OL) and Glass Repair -- are organized around
    its functions", "the following offices – the Wick Office, the Soot Office and the Oil
    Office – report to the Warden") names those units, as a colon after the noun does
    (``inline_colon_list``): the dashes enclose the noun's apposition, the list of what it
    names, under a unit's heading or a generic one ("Directorates", "Our Structure"), as a
    counted list is. Without a closing dash the dash opens no list, and two names alone ("two
    sub-offices – the Office of Wick and Oil and the Office of Glass –") are left to the
    readers that tell which "and" parts them. A noun that is the object of a verb of working
    with, reporting to or supporting ("works closely with other departments – the Department
    of Oil, the Department of Glass, and the Department of Soot –") names partners, no
    parts, as before "the following offices:" (``inline_colon_list``).""",
)

# A piece of each verb of _LEADS_PARTS, one of which every match holds.
_LEADS_PARTS_PIECES = (
    "leads",
    "oversees",
    "supervises",
    "directs",
    "manages",
    "consist",
    "compris",
    "includ",
    "made",
    "compos",
)


# An item of an inline list: an optional "the", capitalized words joined by connectors or
# commas, and the acronym in parentheses after them.
_LISTED_NAME = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z0-9][\w&’'/.-]*(?:,?\s+(?:of|for|and|on|in|the|to|&|[A-Z0-9][\w&’'/.-]*))*)"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z&]{1,9})\))?"
)


# A collegial body as the subject right before the verb: what it lists are its members.
_BODY_SUBJECT = re.compile(r"\b(?:Board|Council|Committee|Commission)(?:['’]s)?\s*$")


# The plural nouns a count of a unit's parts may use beside the unit nouns: "three
# sections:", "six standing committees, each ...:" (read by ``counted_sections``).
_COUNTED_PART_NOUNS = frozenset({"sections", "subsections", "committees", "subcommittees"})


# A document the sentence is about ("This report is divided into three sections:", "the
# annual plan has four sections:"): a determiner, then a lower-case document noun.
_DOCUMENT_WORDS = frozenset(
    {
        *("report", "document", "plan", "guide", "manual", "handbook", "chapter", "part"),
        *("subpart", "article", "act", "law", "regulation", "rule", "code", "ordinance"),
        *("policy", "paper", "publication", "booklet", "brochure", "page", "site", "website"),
        *("form", "statement", "appendix", "title", "bill", "agreement", "charter"),
        *("constitution", "survey"),
    }
)
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:[Tt]his|[Tt]he|[Ee]ach|[Oo]ur|[Ii]ts)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:" + "|".join(sorted(_DOCUMENT_WORDS)) + r")s?\b"
)


@rule("unit", off=False)
def counted_sections(noun: str, before: str) -> bool:
    """A count of sections or committees before a colon lists a unit's parts, whatever their
    names' words: "The Wick Division is comprised of three sections: Oil Supply, Glass Care,
    and Matches", "The membership is divided into four standing committees, each assigned an
    area as follows: Wicks, Oil, Glass, and Matches". Only with a count and a colon: "sections
    5, 6 and 7" of a law, or "the committees of the board" name none; nor do the sections of
    a document the words ``before`` the count are about ("This report is divided into three
    sections: Background, Findings, and Advice"). A counted list joined by "and the" parts
    there, a bare "and" staying inside a name ("two sections: the Wick Office and the Oil and
    Glass section"), and the article is no part of a name."""
    if noun not in _COUNTED_PART_NOUNS:
        return False
    return noun.startswith("committee") or _DOCUMENT_SUBJECT.search(before) is None


def _dashed_parts(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where a sentence names units between two dashes after a plural unit noun, the list
    holding a comma (``dashed_parts``)."""
    fragment = text[start:end]
    if not ("--" in fragment or "–" in fragment or "—" in fragment) or not enabled("dashed_parts"):
        return None
    dashed = _DASHED_PARTS.search(text, start, end)
    if dashed is None or not plural_unit_noun(dashed.group("noun")):
        return None
    if _OTHERS_OBJECT.search(text, start, dashed.start()):
        return None  # "works with other departments – A, B and C –": partners, not parts
    closing = re.compile(r"\s" + re.escape(dashed.group("mark")) + r"\s")
    close = closing.search(text, dashed.end(), end)
    if close is None or "," not in text[dashed.end() : close.start()]:
        return None
    return dashed


def _parts_listed(text: str, start: int, end: int) -> tuple[re.Match[str], int | None] | None:
    """Where a sentence lists a unit's parts after "consists of Divisions:" or after a count
    of them ("oversees five departments:"), with the count it gives. Both patterns try every
    word boundary (one case-insensitively) and need a colon, a dash after a space or a word
    that stands for a colon (``_PARTS_MARK``), which most sentences lack: those are not
    searched."""
    if _PARTS_MARK.search(text, start, end) is None:
        return None
    fragment = text[start:end]
    counted = (
        _COUNTED_PARTS.search(text, start, end)
        if _DIGIT.search(text, start, end) or may_hold_ignorecase(fragment, _COUNTS)
        else None
    )
    if counted is not None and counted.group("aside") and counted.group("mark") not in (":", None):
        counted = None  # an aside runs up to a colon or "namely" only: a dash may open it
    if counted is not None and counted.group("figures") and not enabled("count_with_figures"):
        counted = None
    if counted is not None and OTHERS_COUNTED.search(text[start : counted.start()]):
        counted = None  # "reports to two offices: ...": bodies above or beside it
    if counted is not None:
        noun = counted.group("noun").lower()
        if (
            noun in _PARTS_LISTING_NOUNS
            or noun[:-1] in UNIT_NOUNS - {"program", "section"}
            or counted_sections(noun, text[start : counted.start()])
        ):
            return counted, _count_of(counted)
    if any(piece in fragment for piece in _PARTS_COLON_PIECES):
        match = _PARTS_COLON.search(text, start, end)
        if match is not None and match.group("noun").lower() in _PARTS_LISTING_NOUNS:
            return match, None
    if not enabled("inline_colon_list"):
        return None
    dashed = _dashed_parts(text, start, end)
    if dashed is not None:
        return dashed, None
    if ":" not in fragment:
        return None
    for pattern, may_match in (
        (_FOLLOWING_PARTS, may_hold_ignorecase(fragment, ("following",))),
        (_LEADS_PARTS, any(piece in fragment for piece in _LEADS_PARTS_PIECES)),
    ):
        match = pattern.search(text, start, end) if may_match else None
        if match is not None and OTHERS_COUNTED.search(text[start : match.start()]):
            continue  # "works closely with the following offices: ...": not its parts
        if match is not None and (not match.group("noun") or plural_unit_noun(match.group("noun"))):
            return match, None
    return None


register(
    "count_agreement",
    "unit",
    """A count of a body's parts names them when as many names follow it as it counts: "The
    five divisions include Wicks, Oil, Glass, Posts and Matches." (the count and its plural
    unit noun, then "include", "are" or "comprise", a colon or a dash after it or not ("The
    five offices are — A, B, ..."), then exactly that many capitalized names, each may take
    "the"), also in the
    prose under a heading that names no unit (a news item's headline), and "Four Divisions:
    Wicks, Oil, Glass, and Posts; and the Lamp Board" (a counted list within a longer list
    set off by semicolons ends at the semicolon where its count is reached). A list set off by
    semicolons one or more items short of its count, where a single item joins the missing
    names by commas ("seven divisions: Wicks; Oil, Glass; ...", "four units: the Lamp Office,
    the Wick Academy in Oiltown, West Wick; ..."), lists each name of that item (a town and
    its state after the last name are no name). Parts of the unit whose prose that is, as
    ``enumerated_units``.""",
)
# "The five divisions include A, B, C, D and E.": a count and its plural unit noun as the
# sentence's subject, then a verb of listing (``count_agreement``).
_COUNTED_VERB = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Ii]ts)\s+(?P<count>"
    + "|".join(_COUNTS)
    + r"|\d{1,2})(?P<figures>\s*\(\d{1,2}\))?\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+s)\s+"
    r"(?:include|are|comprise)"
    r"(?:\s*[:—–]\s*|\s+)(?=(?:the\s+)?[A-Z])"
)
_COUNTED_VERB_WORDS = (" include", " are", " comprise")


# "The Division is comprised of six functional units. They are: the A, B, ...": a count and
# its plural noun in one sentence, then "They are:" (or "These are as follows:") opening the
# next, the names following on the same line (``counted_then_named``).
_COUNTED_THEN_NAMED = re.compile(
    r"\b(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")(?P<figures>\s*\(\d{1,2}\))?\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z]+s)\b[^.;:]{0,120}[.;]\s+"
    r"(?:They|These)\s+are(?:\s+as\s+follows)?\s*:[^\S\n]*(?=(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
# The same without the colon, the names in the next sentence or the one after it: "Six
# divisions serve the ministry. Their work ... . They are Wicks, Oil, ..." (``named_after_count``).
_COUNTED_THEN_NAMED_BARE = re.compile(
    r"\b(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")(?P<figures>\s*\(\d{1,2}\))?\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+s)\b[^.;:]{0,120}[.;]\s+"
    r"(?:[^.;:]{1,200}[.]\s+)?(?:They|These)\s+are[^\S\n]+(?=(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)

register(
    "named_after_count",
    "unit",
    """A sentence that counts a body's parts ("Six divisions serve the Lamp Office.") and a
    later one, next to it or one sentence on, that names them after "They are" without a
    colon ("They are Wicks, Oil Supply, Glass, ...") list those parts as ``counted_then_named``
    does, when the names agree with the count: exactly as many, each capitalized, as a
    count before a verb of listing needs (``count_agreement``). Counted posts ("two Lamp
    Commissioners ... They are the Lamp Commissioner for Wicks and the Lamp Commissioner for
    Oil.") are named so too. A page sets such prose as sentences, not as a lead-in and a list.""",
)


@rule("unit", off=None)
def counted_then_named(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """A sentence that counts a body's parts ("The Wick Division is made up of four
    sections.", "The Bureau has six (6) functional units.") and the next that names them
    after "They are:" or "These are as follows:" list those parts as one sentence with a
    colon after the count does (``enumerated_units``): the count's sentence is the
    subject; a count after a verb of reporting or of working with ("The Wick Division
    reports to two offices. They are: ...") counts no parts, nor does a count of a
    document's sections ("This report is divided into three sections. They are: ..."), as
    before a colon (``counted_sections``). With the count, how many names
    the list holds; ``start``/``end`` span both sentences."""
    fragment = text[start:end]
    if "are" not in fragment or ":" not in fragment:
        return None
    match = _COUNTED_THEN_NAMED.search(text, start, end)
    if match is None or (match.group("figures") and not enabled("count_with_figures")):
        return None
    return _counted_parts_named(text, start, match)


def _counted_parts_named(
    text: str, start: int, match: re.Match[str]
) -> tuple[re.Match[str], int] | None:
    """The count a ``counted_then_named`` match gives, when it counts a body's parts."""
    if OTHERS_COUNTED.search(text[start : match.start()]):
        return None  # "The Division reports to two offices. They are: ...": not its parts
    noun = match.group("noun").lower()
    if not (
        noun in _PARTS_LISTING_NOUNS
        or noun[:-1] in UNIT_NOUNS - {"program", "section"}
        or counted_sections(noun, text[start : match.start()])
    ):
        return None  # as a count before a colon: "This report has three sections." none
    return match, _count_of(match)


# What opens a name a sentence lists after a count: "and", "the" ("They are the A and the B").
_NAMED_OPENING = r"^\s*(?:(?:and|or)\s+)?(?:the\s+)?"


def _named_after_count(
    text: str, first: int, start: int, end: int
) -> tuple[re.Match[str], int] | None:
    """Where a sentence names after "They are" the parts a sentence before it counted, the
    count's sentence starting at ``first``, the naming one at ``start`` (``named_after_count``)."""
    fragment = text[start:end]
    if "They are " not in fragment and "These are " not in fragment:
        return None
    if not enabled("named_after_count") or not enabled("counted_then_named"):
        return None
    match = _COUNTED_THEN_NAMED_BARE.search(text, first, end)
    if match is None or match.end() <= start or match.start() >= start:
        return None  # the names in this sentence, the count in one before it
    if match.group("figures") and not enabled("count_with_figures"):
        return None
    if _plural_post(match.group("noun")) and not OTHERS_COUNTED.search(text[first : match.start()]):
        # "two Lamp Commissioners ... They are the A and the B."
        return match, _count_of(match)
    return _counted_parts_named(text, first, match)


def _plural_post(noun: str) -> bool:
    """A plural noun of a post ("Secretaries", "Directors"): the posts a page counts and then
    names are its units as its offices are (``named_after_count``)."""
    noun = noun.lower()
    return (noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]) in POSITION_WORDS


def _counted_before_verb(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """Where a sentence counts a unit's parts before a verb of listing ("The five divisions
    include ..."), with the count (``count_agreement``)."""
    fragment = text[start:end]
    if not any(word in fragment for word in _COUNTED_VERB_WORDS) or not enabled("count_agreement"):
        return None
    match = _COUNTED_VERB.search(text, start, end)
    if match is None or match.group("noun").lower() not in _PARTS_LISTING_NOUNS:
        return None
    if match.group("figures") and not enabled("count_with_figures"):
        return None
    return match, _count_of(match)


register(
    "count_comma_agreement",
    "unit",
    """A count of a body's parts followed by a comma and exactly that many capitalized names
    up to the sentence's end names them, as a colon after the count does (``enumerated_units``):
    "The Oil Office is organized into two Sections, Pump Section and Barrel Section.", "The
    Director coordinates the department's five divisions, Trimming, Oil Supply, Glass Care,
    Soot Removal and Wick Storage." The comma stands for the colon when the names agree with
    the count; a list that goes on past them, or holds fewer or more names ("two divisions,
    each with its own chief"), is a clause, not the count's names. Parts of the unit whose
    prose that is, or of the sentence's subject when it names one.""",
)
# "organized into two Sections, A and B.": a count, up to two words that qualify its plural
# unit noun, then a comma before a capitalized name (``count_comma_agreement``).
# A count in words or figures (in any case), up to two lower-case words that qualify its
# noun, then a plural noun in any case: "two Sections", "Four divisions", "three regional
# offices" (``count_comma_agreement``, ``counted_apposition``).
_COUNT_QUALIFIED_NOUN = (
    r"(?P<count>(?i:" + "|".join(_COUNTS) + r")|\d{1,2})\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<noun>(?i:[a-z]+s))"
)
_COUNTED_COMMA = re.compile(
    r"\b" + _COUNT_QUALIFIED_NOUN + r",\s+(?=(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)


def _counted_comma(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """Where a sentence counts a unit's parts before a comma and their names ("two Sections,
    A and B"), with the count (``count_comma_agreement``)."""
    fragment = text[start:end]
    if "," not in fragment or not enabled("count_comma_agreement"):
        return None
    if not (_DIGIT.search(text, start, end) or may_hold_ignorecase(fragment, _COUNTS)):
        return None
    for match in _COUNTED_COMMA.finditer(text, start, end):
        noun = match.group("noun").lower()
        if noun not in _PARTS_LISTING_NOUNS and not (
            noun == "sections" and counted_sections(noun, text[start : match.start()])
        ):
            continue
        if OTHERS_COUNTED.search(text[start : match.start()]):
            return None  # "reports to two offices, A and B": bodies above or beside it
        return match, _count_of(match)
    return None


register(
    "counted_apposition",
    "unit",
    """A count of a body's parts set right before their names, with no verb between, names
    them when exactly as many names follow, each a capitalized name (in any script, perhaps
    in quotes), up to the sentence's end: the names stand in apposition to the count ("Its
    seven divisions Trimming, Oil Supply, Glass Works, Soot Removal, Post Repair, Lamp Stores
    and Match Supply."), as after a colon (``enumerated_units``); the count and its noun in
    any case ("The Three Divisions ..."). So too after "one of" and before "namely" ("Every
    lamplighter is posted to one of three divisions, namely Wicks, Oil and Glass."): a count
    after "one of" names the bodies the subject is among, not its parts (``enumerated_units``
    leaves such a list), but names that agree with the count are those bodies, parts of the
    unit whose prose that is, never of the subject. Where that subject is the section's unit
    ("It", "The division", its name or a short form of it: "The Wick Division is one of
    three divisions, namely Wick, Oil and Glass."), the names are its peers, under its
    parent, and the one that is itself is no new unit; after a verb of reporting or working
    with ("reports to one of two offices, namely ...") they name no peers. A list that goes
    on past its names ("The two divisions Wick and Oil share a yard"), or holds fewer or more
    names than counted, names none. The rule runs inside ``enumerated_units``' reading of a
    section's enumerations (off with it); the units it finds are placed by it, as parts of
    the unit or as its peers (``parent_by`` is this rule's name).""",
)
# A quote that opens or closes a name (``vocabulary``'s quotes).
_OPENING_QUOTE = "[" + re.escape(OPENING_QUOTES) + "]"
_CLOSING_QUOTE = "[" + re.escape(CLOSING_QUOTES) + "]"
# "The seven divisions Wick Care, ...", "one of three divisions, namely Wicks, ...": a
# determiner or "one of" (in any case), a count and its noun (``_COUNT_QUALIFIED_NOUN``), then
# (after "namely" or nothing) a name's first letter, perhaps after "the" or an opening quote
# (``counted_apposition``).
_COUNTED_APPOSITION = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]hese|[Ii]ts)|(?P<among>(?i:one\s+of)))\s+"
    + _COUNT_QUALIFIED_NOUN
    + r"(?:,?\s+namely[,:;]?)?\s+(?=(?:the\s+)?"
    + _OPENING_QUOTE
    + r"?[^\W\d_])"
)
# What may open an apposed name before its first letter: "the", an opening quote.
_APPOSED_OPENING = re.compile(r"(?:the\s+)?" + _OPENING_QUOTE + "?")
# A verb of reporting or working with right before "one of": "reports to one of two
# offices, namely A and B" names bodies above or beside the unit (:data:`OTHERS_VERB`).
_OTHERS_BEFORE_AMONG = re.compile(OTHERS_VERB + r"\s+\Z")
# A name set in quotes, perhaps after "and" or "the": "“Trimming”", "and ‘Oil Supply’".
_QUOTED_PIECE = re.compile(
    r"\s*(?:(?:and|or)\s+)?(?:the\s+)?"
    + _OPENING_QUOTE
    + r"(?P<name>.+?)"
    + _CLOSING_QUOTE
    + r"\s*\Z"
)


def _counted_apposition(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """Where a sentence sets a count of a unit's parts right before their names ("The seven
    divisions Wick Care, ...", "one of three divisions, namely Wicks, ..."), with the count
    (``counted_apposition``). A name opens with a capital letter, any script's ("Élan Care");
    a verb of reporting or working with before "one of" counts others (``OTHERS_VERB``)."""
    if not enabled("counted_apposition"):
        return None
    for match in _COUNTED_APPOSITION.finditer(text, start, end):
        if match.group("noun").lower() not in _PARTS_LISTING_NOUNS:
            continue
        opening = _APPOSED_OPENING.match(text, match.end(), end)
        first = opening.end() if opening is not None else match.end()
        if not text[first : first + 1].isupper():
            continue  # "the three divisions and their yards": no name after the count
        if match.group("among") and _OTHERS_BEFORE_AMONG.search(text, start, match.start()):
            return None  # "reports to one of two offices, namely A and B": not its peers
        return match, _count_of(match)
    return None


def _unquoted(piece: str) -> str:
    """An apposed name without the quotes set around it ("“Trimming”" is Trimming)."""
    quoted = _QUOTED_PIECE.match(piece)
    return quoted.group("name") if quoted is not None else piece


def _subject_is_owner(page: PageLayout, start: int, end: int, owner: Unit) -> bool:
    """Whether a sentence's subject, the words from ``start`` to ``end``, is ``owner``: "It",
    "The division" (a unit noun), ``owner``'s name or a name holding its words or held in
    them ("The Wick Care Division", "Wick Care"), or its short form ("Soot Yard" for the Soot
    Yard Division) (``counted_apposition``); or no words, a sentence that opens with what
    is said of the section's unit ("One of three divisions, namely ...")."""
    before = page.text[start:end]
    if not before.strip():
        return True
    pronoun = re.match(r"\s*(?:It|(?:The|This)\s+(?P<noun>[a-z]+))\s+[a-z]", before)
    if pronoun is not None:
        return pronoun.group("noun") is None or pronoun.group("noun") in UNIT_NOUNS
    opening = re.match(r"\s*(?:The\s+)?", before)
    begin = start + (opening.end() if opening else 0)
    phrases = page.phrases(begin, end)
    if not phrases or phrases[0].start != begin:
        return False
    name = phrases[0].text
    key, own = _unit_key(name), _unit_key(owner.name)
    return bool(key) and (key <= own or own <= key or _short_form_of(name, [owner]) is not None)


# "The divisions are Wicks, Oil Supply, and Glass.", "Its offices include Wicks (trimming,
# soot) and Oil.": a definite plural unit noun opening a sentence, then "are" or "include"
# and a capitalized name (``definite_parts_named``).
_DEFINITE_VERB = re.compile(
    r"\b(?:The|Its|Their)\s+(?P<noun>[a-z]+s)\s+(?:include|are)\s+(?=[A-Z])"
)
# A bracketed aside that holds a comma: what a part does or holds, no part of its name.
_LISTED_ASIDE = re.compile(r"\s*\([^()]*,[^()]*\)")


@rule("unit", off=None)
def definite_parts_named(text: str, start: int, end: int) -> re.Match[str] | None:
    """A sentence that opens with a body's parts by a definite plural unit noun and names
    them after "are" or "include" ("The divisions are Wicks, Oil Supply, and Glass.", "The
    divisions include Wicks (trimming, soot), Oil and Glass.") lists those parts as a count
    before the verb does (``count_agreement``), without the count: every item a capitalized
    name, two or more of them, what an item does or holds in brackets no part of its name.
    It reads what ``plural_noun_copula`` (a sentence of its own, bare names) cannot: a
    subject glued to the sentence before it ("... and Engineering.The divisions are ...")
    and names with such asides. A sentence whose noun names no unit ("The programs are
    ...") or whose list goes on in lower case ("The offices are Monday to Friday open")
    lists none."""
    fragment = text[start:end]
    if " are " not in fragment and " include " not in fragment:
        return None
    match = _DEFINITE_VERB.search(text, start, end)
    if match is None or match.group("noun").lower() not in _PARTS_LISTING_NOUNS:
        return None
    before = text[start : match.start()].strip()
    if before and not before.endswith("."):
        return None  # "Each of the divisions are ...", "In 2019 the divisions are ...": no opening
    if not before and "(" not in text[match.end() : end]:
        return None  # a sentence of its own with bare names: ``plural_noun_copula`` reads it
    pieces = _definite_pieces(text[match.end() : end])
    if len(pieces) < 2 or not all(piece[:1].isupper() for piece in pieces):
        return None
    return match


def _definite_pieces(listed: str) -> list[str]:
    """The names a ``definite_parts_named`` sentence lists: split at commas and at the last
    "and" (the series' joint: "A, B and C"), or at every "and" when it has no comma, a
    bracketed aside with a comma cut off (and all after an aside left open)."""
    listed = _LISTED_ASIDE.sub("", listed.strip().rstrip(" .;"))
    if "(" in listed and ")" not in listed[listed.index("(") :]:
        listed = listed[: listed.index("(")]  # an aside the page breaks off: no more names
    pieces = [piece.strip() for piece in listed.split(",")]
    if pieces and " and " in pieces[-1]:
        # "A and B", "A, B and C": the last "and" joins the series' last name
        *heads, last = pieces
        pieces = [*heads, *last.rsplit(" and ", 1)] if heads else last.split(" and ")
    return [re.sub(r"^(?:and|or)\s+", "", piece).strip() for piece in pieces if piece.strip()]


def _other_subject(page: PageLayout, start: int, end: int, owner: Unit) -> bool:
    """Whether the words before a sentence's enumeration name a unit other than ``owner``
    ("The Office of X is divided into three teams: ..." lists that office's parts). A unit
    noun alone ("Reporting to the Department are ...") is the owner named again, and so is a
    name that holds the owner's words or is held in them ("The Wick Department" in the
    section "Wick")."""
    own = _unit_key(owner.name)
    for phrase in page.phrases(start, end):
        words = [w for w in name_tokens(phrase.text) if w not in CONNECTORS]
        if phrase.start == start and words and words[0] not in UNIT_NOUNS:
            words = words[1:]  # the sentence's capitalized opening word: "Reporting to ..."
        key = _unit_key(" ".join(words))
        if len(words) > 1 and set(words) & UNIT_NOUNS and not (key <= own or own <= key):
            return True
    return False


# "the Lamp Academy in Oiltown, West Wick": a place after a name, a town and its state.
_PLACE_TAIL = re.compile(
    r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*,\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*$"
)


def _joined_piece(pieces: list[str], count: int) -> list[str] | None:
    """A list set off by semicolons with fewer items than its count, where one item is the
    missing names joined by commas ("seven divisions: Wicks; Oil, Glass; ...", "four units:
    the Lamp Office, the Wick Academy in Oiltown, West Wick; Glass Services; and ..."): that
    item, without a place after its last name, split at its commas when it is the only one
    that gives exactly as many capitalized names as the list lacks (``count_agreement``)."""
    missing = count - len(pieces)
    found: list[tuple[int, list[str]]] = []
    for index, piece in enumerate(pieces):
        names = _PLACE_TAIL.sub("", piece).split(",")
        named = [re.sub(r"^\s*(?:(?:and|or)\s+)?(?:the\s+)?", "", name).strip() for name in names]
        if len(names) == missing + 1 and all(
            name[:1].isupper() and len(name.split()) <= MAX_PART_WORDS for name in named
        ):
            found.append((index, names))
    if len(found) != 1:
        return None
    index, names = found[0]
    return [*pieces[:index], *names, *pieces[index + 1 :]]


_AND_THE = re.compile(r"\s+and\s+(?=the\s+[A-Z])")

register(
    "series_and_before_a_joined_name",
    "unit",
    """In a list of units after a colon, the "and" that closes the series comes first: a last
    item after the commas that holds two "and"s ("consists of the following departments: Wick
    Supply, Oil Care, Records and Soot and Ember Control") is two names, the first word run
    and the rest, whose own "and" joins its words ("Records", "Soot and Ember Control"); before,
    the item stood as one name. When a name worded as a unit ends before one of the "and"s
    ("...: Wick Supply, Oil and Glass Office and Soot and Ember Control"), that "and" closes
    the series. A counted list joined by "and" alone, with more "and"s than
    its count allows ("two branches: the Wick Office and Soot and Ember"), parts after the
    names worded as units (ending in a unit noun) when that gives as many names as it counts:
    "Wick Office", "Soot and Ember"; before, it was split at every "and". So does a counted
    series after commas ("three departments: Wick Supply, Oil Care and Soot and Ember
    Control") when the series' closing "and" gives its count and every "and" gives more.""",
)
_AND = re.compile(r"\s+and\s+")


def _ends_with_unit_noun(words: str) -> bool:
    """Whether ``words`` end with a unit noun ("... Disposal Division")."""
    last = words.rsplit(maxsplit=1)
    return bool(last) and last[-1].lower() in ANY_UNIT_NOUNS


def _parted_after_units(listed: str, count: int) -> list[str] | None:
    """The items of a counted list joined by "and" alone, parted only after the names
    worded as units, when that gives as many as its count (``series_and_before_a_joined_name``)."""
    pieces: list[str] = []
    cursor = 0
    for joint in _AND.finditer(listed):
        if _ends_with_unit_noun(listed[: joint.start()]):
            pieces.append(listed[cursor : joint.start()])
            cursor = joint.end()
    pieces.append(listed[cursor:])
    return pieces if len(pieces) == count else None


def _closed_before_a_joined_name(pieces: list[str]) -> list[str] | None:
    """A series split at its commas whose last item holds two "and"s ("A, B, C and D and
    E"), with that item parted where the series closes: after a name worded as a unit ("C
    Office and D and E"), else at the first "and", "D and E" one name
    (``series_and_before_a_joined_name``); None for any other series, or when "and the"
    follows ("C and D and the E Office" names three)."""
    last = pieces[-1].strip()
    if (
        len(_AND.findall(last)) < 2
        or last.startswith("and ")
        or not enabled("series_and_before_a_joined_name")
    ):
        return None
    joints = list(_AND.finditer(pieces[-1]))
    joint = next((j for j in joints if _ends_with_unit_noun(pieces[-1][: j.start()])), None)
    joint = joint or joints[0]
    if _AND_THE.search(pieces[-1], joint.end()):
        return None  # "C and D and the E Office": "and the" opens a name of its own
    return [*pieces[:-1], pieces[-1][: joint.start()], pieces[-1][joint.end() :]]


def _list_pieces(listed: str, count: int | None) -> list[str]:
    """The items of an enumeration: "A, which ..., B, which ..." by their clauses; else
    split at semicolons when it has any (its items then may hold commas), else at commas, else
    at "and"; a last item "C and D" after commas is split too when the count says more items
    are listed, or at "and the" when the items before it take "the" ("the A Office, the B
    Office and the C Office")."""
    described = [m.group("name") for m in _DESCRIBED_PART.finditer(listed)]
    if described:
        return described
    separator = ";" if ";" in listed else "," if "," in listed else " and "
    pieces = listed.split(separator)
    if (
        separator == ";"
        and count is not None
        and len(pieces) < count
        and enabled("count_agreement")
    ):
        # "Four Divisions: A, B, C, and D; and the E Board": the counted list ends where the
        # list it stands in goes on (``count_agreement``)
        inner = _list_pieces(pieces[0], count)
        if len(inner) == count:
            return inner
        joined = _joined_piece(pieces, count)
        if joined is not None:
            return joined
    last = pieces[-1].strip()
    joined = _closed_before_a_joined_name(pieces) if separator == "," else None
    if separator == "," and count is not None and len(pieces) < count and " and " in last:
        every = [*pieces[:-1], *pieces[-1].split(" and ")]
        # "three departments: A, B and C and D Control": a joined last name that the count
        # agrees with, where splitting at every "and" gives more names than it counts
        agrees = joined is not None and len(joined) == count != len(every)
        pieces = joined if agrees and joined is not None else every
    elif joined is not None:
        pieces = joined
    elif (
        separator == ","
        and any(piece.strip().startswith("the ") for piece in pieces[:-1])
        and _AND_THE.search(pieces[-1])
    ):
        # "the Wick Office, the Oil Office and the Glass Office": "and the" before the last
        # of names that each take "the" joins two names (a bare "and" may be inside one)
        pieces = [*pieces[:-1], *_AND_THE.split(pieces[-1])]
    if (
        separator == " and "
        and count is not None
        and len(pieces) > count
        and enabled("counted_sections")
    ):
        # "two sections: the Wick Office and the Oil and Glass section": "and the" joins
        # the names, a bare "and" may be inside one; the article is no part of a name.
        articled = re.split(r"\s+and\s+(?=the\s)", listed)
        if len(articled) == count:
            return [re.sub(r"^the\s+", "", piece) for piece in articled]
    if (
        separator == " and "
        and count is not None
        and len(pieces) > count
        and enabled("series_and_before_a_joined_name")
    ):
        parted = _parted_after_units(listed, count)
        if parted is not None:
            return parted
    return pieces


# A sentence of a unit's own section whose subject is that unit, named or left out: "Includes
# the A Staff ...", "Comprised of A, B, and C.", "The office consists of the A Branch, ...",
# "The Department houses the A Division, which ...", "It contains the B Section"; the parts
# may follow a count of parts by a plural unit noun and a comma ("is divided into two
# branches, the A Branch and the B Branch", not "two buildings, the ...") or "a" before a
# name worded as a unit ("also includes a Spares Unit", not "consists of a Lieutenant").
_OWN_PARTS = re.compile(
    r"\s*(?:(?:The|This|It|Its)\s*(?P<subject>[^,.;:]{0,80}?)\s+)?(?:also\s+)?"
    r"(?:[Ii]ncludes?|[Oo]versees|(?P<houses>[Hh]ouses|[Cc]ontains|is\s+home\s+to)"
    r"|[Cc]onsists?\s+of|[Cc]omprises?(?:\s+of)?|(?:is\s+)?(?:[Cc]omprised|[Cc]omposed|[Mm]ade"
    r"\s+up)\s+of|is\s+(?:" + DIVIDED_PARTICIPLES + r")\s+into)\s+"
    r"(?:(?P<count>" + "|".join(NUMBER_WORDS) + r"|\d{1,2})\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:" + "|".join(sorted((LISTING_NOUNS - {"programs", "elements"}) | {"sections"})) + r")"
    r",\s+(?:namely\s+)?(?=the\s))?(?:the\s+|an?\s+(?=(?:[A-Z][\w’'&-]*\s+){1,4}(?i:"
    + "|".join(sorted(UNIT_NOUNS))
    + r")\b))?"
)
# A piece of each verb of _OWN_PARTS, one of which every match holds.
_OWN_PARTS_VERBS = (
    "nclude",
    "versees",
    "ouses",
    "ontains",
    "home",
    "onsist",
    "ompris",
    "omposed",
    "ade",
    "rganized",
    "rganised",
    "divided",
    "structured",
)
_PART_GAP = re.compile(r",?\s*(?:(?:and|or)\s+)?(?:the\s+)?")
# What may follow an enumerated part's name: the end of the sentence or list, or a clause
# about it ("5 Lamp staff" is a count of people, not a part).
_PART_END = re.compile(r"\s*(?:$|[,.;:]|(?:and|or|as)\b)")
# A relative pronoun that opens a clause about the parts listed, a word in lower case after
# it: "..., and Oil that work together." ("Lamps which Fail" is a name's own).
_RELATIVE_CLAUSE = re.compile(r"\s*\b(?:that|which|who)\s+(?=[a-z])")


def _part_ends(text: str, at: int, end: int) -> bool:
    """Whether a listed part's name may end at ``at``: the end of the sentence or the list,
    a conjunction, or a clause about it (``clause_after_last_part``)."""
    return _PART_END.match(text, at, end) is not None or (
        enabled("clause_after_last_part") and _RELATIVE_CLAUSE.match(text, at, end) is not None
    )


register(
    "own_parts_shared_noun",
    "unit",
    """In a unit's own section, a sentence whose verb of composition lists names before one
    plural unit noun they share ("The Lamp Department includes the Wick, Oil and Glass
    divisions of the agency", "This unit consists of the Soot and Match sections") names
    that unit's parts, each with the noun in the singular (``shared_unit_noun`` read in a
    section, where ``enumerated_units`` takes each name as a part). The list is the verb's
    object, right after it or after the parts before it, as each enumerated part is; one
    named further on ("includes staff seconded from the Wick and Oil divisions") is not
    the unit's parts.""",
)


def _posts_are_parts(text: str, owner: str, verb: re.Match[str], pieces: list[Phrase]) -> bool:
    """Whether the posts a unit's own section enumerates among its parts are parts too
    (``series_of_posts``, read in a section): the series after the verb names a unit worded
    as one beside them ("The directorate comprises the Principal Wick Secretary, Oil Supply,
    the Glass Division and ..."; posts alone, "the Wick Director, the Deputy Wick Director
    and their staff", are people), and the subject is no body of members (its head noun,
    the word before "of" or the last: "The Wick Board comprises the Chair and ..." lists
    members)."""
    if not enabled("series_of_posts"):
        return False
    head = (verb.group("subject") or owner).split(" of ", maxsplit=1)[0].split()
    if head and _MEMBERS_SUBJECT.fullmatch(head[-1]):
        return False
    listed = [p for p in pieces if p.start >= verb.end()]
    posts = sum(names_position_only(p.text) for p in listed)
    worded = any(set(name_tokens(p.text)[-1:]) & ANY_UNIT_NOUNS for p in listed)
    return posts >= 1 and worded


def _subject_of_its_body(subject: str, unit: Unit) -> bool:
    """ "The Wick Division of the Lamp Department consists of ...": a unit's name and "of" its
    body is the unit whose name ``heading_completed_before_its_body`` cut from that subject,
    so the sentence still lists its parts."""
    if not enabled("heading_completed_before_its_body"):
        return False
    key = _unit_key(unit.name)
    return any(_unit_key(subject[: of.start()]) == key for of in OF_ITS_BODY.finditer(subject))


def _own_subject(subject: str, owner: Unit) -> bool:
    """Whether a subject, or the body a verb places a series in, names the section's unit
    ``owner``: its name, or a unit noun alone ("The division"). Under a part's heading the
    noun alone must be the part's own: "The Board" under "Glass Directorate" is another
    body, "the Directorate" under "Oil Directorate" the part. In the root's sections any
    unit noun names the page's body, whose name as read may lack it."""
    if _unit_key(subject) == _unit_key(owner.name) or _subject_of_its_body(subject, owner):
        return True
    noun = subject.lower()
    if len(subject.split()) != 1 or noun.rstrip("s") not in UNIT_NOUNS:
        return False
    return owner.parent is None or not {noun, noun.rstrip("s")}.isdisjoint(name_tokens(owner.name))


def _shared_parts(text: str, parts: list[Phrase], owner: Unit, finder: str) -> list[Unit]:
    """The units of a series whose items share a plural unit noun, each the item with the noun
    in the singular, as parts of the section's unit ``owner``."""
    return [_part_named(text, part.text, part, owner, finder) for part in parts]


def _part_named(text: str, name: str, span: Phrase, owner: Unit, finder: str) -> Unit:
    """The part ``name`` of ``owner`` that a sentence of its section names at ``span``, its
    evidence; found by ``finder``, placed by ``enumerated_units``."""
    return _unit_named(
        text,
        name,
        span.start,
        owner,
        found_by=finder,
        parent_by="enumerated_units",
        is_group=False,
        end=span.end,
    )


# A verb that places its subject in or under a body: "are attached to", "is within", "fall
# under", "report to" (``placed_in_own_unit``); the body follows it, up to a clause's end.
_PLACED_IN = re.compile(
    r"\s+(?:(?:is|are)\s+(?:also\s+)?(?:attached\s+to|within|part\s+of"
    r"|(?:placed|located|housed)\s+(?:under|within|in))"
    r"|(?:reports?|falls?)\s+(?:directly\s+)?(?:to|under|within))"
    r"\s+(?P<body>(?:the\s+)?[A-Z][^,.;:()]*?)\s*(?:[,.;:]|$)"
)
_PLACED_IN_WORDS = ("attached", "within", "part", "placed", "located", "housed", "report", "fall")


@rule("unit", off=[])
def placed_in_own_unit(page: PageLayout, start: int, end: int, owner: Unit) -> list[Unit]:
    """In a unit's own section, a sentence whose subject is a series of names each worded as
    a unit and whose verb places them in that unit ("The Wick Audit Unit, Office of Oil
    Review and the Soot Unit are attached to the Office of the Warden." under the heading
    "Office of the Warden"; "The A Unit and the B Unit are within the Directorate.") names
    the unit's parts. Before, a page with unit headings kept no unit its sections' prose
    named as a subject, and such parts were lost. The body must be the section's unit,
    named or by its noun alone ("the Directorate"), and every name of the series worded as
    a unit (a unit noun ends it or heads it before "of"): a post or a person placed under a
    unit ("The Wick Clerk reports to the Office") is no part, and a sentence that says
    anything else of the series names none."""
    text = page.text
    fragment = text[start:end]
    if not any(word in fragment for word in _PLACED_IN_WORDS):
        return []
    verb = _PLACED_IN.search(text, start, end)
    if verb is None:
        return []
    body = re.sub(r"^the\s+", "", verb.group("body").strip())
    if not _own_subject(body, owner):
        return []
    opening = re.match(r"\s*(?:The\s+)?", text[start : verb.start()])
    cursor = start + (opening.end() if opening else 0)
    parts: list[Unit] = []
    for phrase in page.phrases(cursor, verb.start()):
        for piece in split_list(text, phrase, on_and=False):
            for named in _two_named_units(text, piece):
                if not _PART_GAP.fullmatch(text, cursor, named.start):
                    return []
                name = without_acronyms(named.text)
                if (
                    len(name.split()) > MAX_PART_WORDS
                    or not worded_as_a_unit(name)
                    or names_position_only(name)
                    or _unit_key(name) == _unit_key(owner.name)
                ):
                    return []
                parts.append(_part_named(text, name, named, owner, "placed_in_own_unit"))
                cursor = _paren_end(text, named.end, end)
    if not re.fullmatch(r"\s*", text[cursor : verb.start()]):
        return []
    return parts


# An aside in parentheses after a listed part's name: "Planning (Lamps and Posts)".
_ASIDE_AFTER = re.compile(r"\s*\([^()\n]{1,80}\)")


register(
    "part_aside",
    "unit",
    """An aside in parentheses after an enumerated part's name ("The department is comprised
    of Wick Care (Trimming and Cutting), Glass, and Oil.") says what the part covers: the
    part's name ends before it and the list goes on after it, the names inside it no parts
    of their own.""",
)


def _own_parts(page: PageLayout, start: int, end: int, owner: Unit) -> list[Unit]:
    """The proper names a sentence of ``owner``'s own section enumerates after a verb of
    composition whose subject is ``owner`` (named, "the office", "this division" or left out):
    parts of ``owner``."""
    text = page.text
    fragment = text[start:end]
    if not any(verb in fragment for verb in _OWN_PARTS_VERBS):
        return []
    match = _OWN_PARTS.match(text, start, end)
    if match is None:
        return []
    subject = (match.group("subject") or "").strip()
    if subject and not _own_subject(subject, owner):
        return []
    if not match.group(0).rstrip().lower().endswith(" the"):
        # "comprises of Wick, Oil and Glass Units": each item with the noun they share
        shared_after = _shared_noun_after_verb(text, match, end)
        if shared_after:
            return _shared_parts(text, shared_after, owner, "shared_noun_after_verb")
    parts: list[Unit] = []
    cursor = match.end()
    phrases = _possessive_names(text, page.phrases(start, end))
    pieces = {
        phrase.start: [
            listed
            for piece in split_list(text, phrase, on_and=False)
            for listed in _two_named_units(text, piece)
        ]
        for phrase in phrases
    }
    posts: bool | None = None  # whether the posts among the parts are parts, asked once
    for phrase in phrases:
        compass = (
            compass_series(text, phrase)[0]
            if phrase.start >= cursor and _PART_GAP.fullmatch(text, cursor, phrase.start)
            else []
        )
        if compass:
            # "includes the Eastern, Central and Western Wick Divisions": each with the name
            parts += _shared_parts(text, compass, owner, "compass_series")
            return parts
        shared = (
            _shared_unit_noun(text, phrase, start, match)
            if phrase.start >= cursor
            and enabled("own_parts_shared_noun")
            and _PART_GAP.fullmatch(text, cursor, phrase.start)
            else []
        )
        if shared:
            parts += _shared_parts(text, shared, owner, "own_parts_shared_noun")
            return parts
        for listed in pieces[phrase.start]:
            if listed.end <= cursor:
                continue
            # A sentence's capitalized verb may open the phrase: the part starts after it.
            part = Phrase(
                text[max(cursor, listed.start) : listed.end], max(cursor, listed.start), listed.end
            )
            if not _PART_GAP.fullmatch(text, cursor, part.start):
                return parts
            name = without_acronyms(part.text)
            after = _paren_end(text, part.end, end)
            aside = _ASIDE_AFTER.match(text, after, end) if enabled("part_aside") else None
            if aside is not None:
                after = aside.end()
            if posts is None and names_position_only(name):
                listed_all = [piece for found in pieces.values() for piece in found]
                posts = _posts_are_parts(text, owner.name, match, listed_all)
            if (
                len(name.split()) > MAX_PART_WORDS
                or not name[:1].isupper()
                or _unit_key(_without_possessive_owner(name)) == _unit_key(owner.name)
                or (names_position_only(name) and not posts)
                or not _part_ends(text, after, end)
                or (match.group("houses") and not worded_as_a_unit(name))
            ):
                return parts
            parts.append(_part_named(text, name, part, owner, "enumerated_units"))
            cursor = after
    return parts


# A verb that gives a unit charge of what follows, duties and parts alike: "is responsible for
# A, B and the C Unit", "combines the D Office and the E Branch", "brings together ...".
_CHARGED_WITH = re.compile(
    (
        r"\b(?:(?:is|are) (?:also )?responsible for|combines|brings together|houses"
        r"|encompasses|incorporates|includes|oversees|comprises(?: of)?|consists of"
        r"|is (?:made up|composed|comprised) of)\s+"
    ).replace(" ", r"\s+")
)
_CHARGED_WITH_WORDS = (
    "responsible",
    "combines",
    "together",
    "houses",
    "encompasses",
    "incorporates",
    "includes",
    "oversees",
    "compris",
    "consists",
    "made",
    "composed",
)
# What opens a sentence about a section's unit without naming it: "It", "The group", "This
# division".
_OWNER_PRONOUN = re.compile(r"\s*(?:It|(?:The|This)\s+(?P<noun>[a-z]+))\s+")
# The nouns that make a listed name a unit's (not a service, a program or a board it runs).
_PART_NOUNS = frozenset(
    {
        "office",
        "bureau",
        "division",
        "directorate",
        "center",
        "centre",
        "branch",
        "unit",
        "section",
        "team",
        "group",
        "cluster",
        "secretariat",
        "desk",
        "institute",
    }
)
# A preposition and a name after it: "from the Oil Office", "with Glass Services".
_PREPOSITION_NAME = re.compile(
    r"\b(?:from|with|to|between|by|of|for|in|on|at|among|across)\s+(?:the\s+)?[A-Z]"
)
# What a series holds beside its names: separators, "and", "the", the closing stop.
_SERIES_LEFT = re.compile(r"[\s,;.]+|\b(?:and|or|the)\b")
_ITEM_BOUNDARY = re.compile(r"\s*(?:(?:and|or)\s+)?(?:the\s+)?")


def _owner_subject(page: PageLayout, start: int, verb: int, owner: Unit) -> str | None:
    """How the sentence at ``start`` opens with ``owner`` as the subject of the verb at
    ``verb``: "direct" for "It" or "The/This" and a unit noun ("The division") right before
    the verb, or the unit's name (with a lower-case unit noun after it or not: "The Lamp
    Care group") before it; "coordinated" for the name before a verb phrase the verb is
    coordinated with ("The Lamp group advises ... and combines"); None when the subject is
    another."""
    text = page.text
    pronoun = _OWNER_PRONOUN.match(text, start, verb)
    if pronoun is not None:
        noun = pronoun.group("noun")
        if noun is not None and noun.rstrip("s") not in UNIT_NOUNS:
            return None
        return "direct" if _ALSO.fullmatch(text, pronoun.end(), verb) else None
    phrases = page.phrases(start, verb)
    if not phrases or text[start : phrases[0].start].strip() not in ("", "The"):
        return None
    if text.startswith(("'s", "’s", "’"), phrases[0].end) or phrases[0].text.endswith(
        ("'s", "’s", "’")
    ):
        return None  # "The Lamp Bureau's office includes ...": another unit, its office
    owned = {word for word in _unit_key(owner.name) if word not in UNIT_NOUNS}
    named = {word for word in _unit_key(phrases[0].text) if word not in UNIT_NOUNS}
    if not owned or owned != named:
        return None
    after = _paren_end(text, phrases[0].end, verb)
    if _SUBJECT_TO_VERB.fullmatch(text, after, verb):
        return "direct"
    return "coordinated" if _SUBJECT_TO_OTHER_VERB.fullmatch(text, after, verb) else None


_ALSO = re.compile(r"\s*(?:also\s+)?")
# Between a unit's name and its verb: a unit noun in lower case, "also", or a verb phrase the
# verb is coordinated with ("advises the Warden on wicks and").
_SUBJECT_TO_VERB = re.compile(r"(?:\s+[a-z]+)?\s*(?:also\s+)?")
_SUBJECT_TO_OTHER_VERB = re.compile(r"(?:\s+[a-z]+)?\s[a-z][^.;:()]{0,120}\sand\s+(?:also\s+)?")


def _worded_as_part(name: str) -> bool:
    """A name worded as a unit's: it ends in a unit noun ("Wick Care Unit") or opens one
    before "of" or "for" ("Office of Oil", "Centre for Lamp Studies")."""
    words = name_tokens(name)
    if len(words) < 2 or names_position_only(name):
        return False
    if words[-1] in _PART_NOUNS:
        return True
    return noun_before_of(words, _PART_NOUNS)


def _object_series_goes_on(
    text: str, base: int, separators: list[re.Match[str]], boundaries: list[int]
) -> set[int]:
    """The openings of the names that go on, after commas, the object of a duty's
    preposition ("the work of the Wick Reeve's Bureau, the Soot Ledger Bureau and the Lamp Board"):
    each name right after such a duty or after another such name, up to the one after the
    series' "and" (``own_parts_among_duties``). A duty opens in lower case ("the work of",
    "liaison with"); a unit's name with "of" or "for" in it ("the Centre for Glass Studies")
    is no duty."""
    inner: set[int] = set()
    going_on = False
    for index, separator in enumerate(separators):
        item = text[boundaries[index] : base + separator.start()].strip()
        following = text[boundaries[index + 1] :].lstrip()
        if separator.group().strip() == "and":
            if going_on:
                inner.add(boundaries[index + 1])
            going_on = False
            continue
        if not item:  # the comma before a closing "and"
            continue
        bare = item.removeprefix("the ").lstrip()
        duty = bare[:1].islower() and _PREPOSITION_NAME.search(item) is not None
        going_on = duty or (going_on and bare[:1].isupper())
        if going_on and following.removeprefix("the ").lstrip()[:1].isupper():
            inner.add(boundaries[index + 1])  # a name after the comma: the object goes on
        elif not following.startswith("and"):
            going_on = False
    return inner


@rule("unit", off=[])
def own_parts_among_duties(page: PageLayout, start: int, end: int, owner: Unit) -> list[Unit]:
    """In a unit's own section, a sentence whose subject is that unit (named, "The Lamp Care
    group", "It", "The division") and whose verb gives it charge of a series ("is responsible
    for", "combines", "brings together", "includes", "oversees") may list its parts among its
    duties: "The Lamp Care group is responsible for wick policy, the Soot Analysis Unit, oil
    supply and the Centre for Glass Studies" names two parts. A name in the series that is
    worded as a unit (ending in Office, Division, Branch, Unit, Centre ... or opening with one
    before "of"/"for") and stands as an item of its own (after the verb, a comma, "and" or
    "the", up to a comma, "and" or the sentence's end) is a part of the section's unit; the
    duties, services, programs and positions beside it are not. A series of such names alone
    right after the unit's own verb is a plain list of parts (``composition_list``,
    ``enumerated_units`` read it); after a verb coordinated with another ("The Glass group
    advises the Warden and combines the Oil Office and the Polishing Branch") it is read here.
    A possessive subject ("The Lamp Bureau's office includes ...") or a position's ("The
    staff director oversees ...") is not the section's unit; a unit a duty names after a
    preposition ("staff seconded from the Oil Office and the Glass Branch") is no part, nor
    the peer "and" joins to it."""
    text = page.text
    verb = _search_with(_CHARGED_WITH, _CHARGED_WITH_WORDS, text, start, end)
    subject = _owner_subject(page, start, verb.start(), owner) if verb is not None else None
    if verb is None or subject is None:
        return []
    # Where the series' items start: after the verb and after each comma, semicolon or "and".
    separators = list(re.finditer(r"[,;]|\sand\s", text[verb.end() : end]))
    boundaries = [verb.end(), *(verb.end() + m.end() for m in separators)]
    # "staff from the Oil Office and the Glass Branch": an "and" inside an item that names
    # a unit after a preposition joins that unit's peer, no item of the series.
    inner_and = {
        verb.end() + m.end()
        for index, m in enumerate(separators)
        if m.group().strip() == "and"
        and _PREPOSITION_NAME.search(text, boundaries[index], verb.end() + m.start())
    }
    inner_and |= _object_series_goes_on(text, verb.end(), separators, boundaries)
    parts: list[Unit] = []
    spans: list[tuple[int, int]] = []
    cursor = verb.end()
    for phrase in page.phrases(verb.end(), end):
        for listed in split_list(text, phrase, on_and=False):
            if listed.start < verb.end():
                continue
            opening = max(b for b in boundaries if b <= listed.start)
            own_item = (
                opening not in inner_and
                and _ITEM_BOUNDARY.fullmatch(text, opening, listed.start) is not None
            ) or (cursor > verb.end() and _PART_GAP.fullmatch(text, cursor, listed.start))
            name = without_acronyms(listed.text)
            after = _paren_end(text, listed.end, end)
            if (
                not own_item
                or not _worded_as_part(name)
                or len(name.split()) > MAX_PART_WORDS
                or _unit_key(name) == _unit_key(owner.name)
                or not _part_ends(text, after, end)
            ):
                continue
            parts.append(_part_named(text, name, listed, owner, "own_parts_among_duties"))
            spans.append((listed.start, after))
            cursor = after
    # A series of parts alone right after the unit's verb is a list of parts, read as such
    # (``composition_list``, ``enumerated_units``): this rule reads the parts listed among
    # other things, or after a second verb.
    if subject == "coordinated":
        return parts
    rest = text[verb.end() : end]
    for a, b in reversed(spans):
        rest = rest[: a - verb.end()] + rest[b - verb.end() :]
    if not _SERIES_LEFT.sub("", rest):
        return []
    return parts


# "A, which does this, B, which does that, and C, which ...": each part with its clause.
_DESCRIBED_PART = re.compile(r"(?:^|[,;]\s*)(?:and\s+)?(?P<name>[A-Z][^,;]{0,60}?),\s+which\b")


# The first mark of a run of numbered items in a sentence, right after its colon: "...: (1) the
# Office of Lamps, ...; (2) ...", "...: 1) Wick Care; 2) Oil, and 3) Glass".
_FIRST_NUMBER = re.compile(r":\s*(?P<open>\()?1\)\s+")
# What ends a numbered item's name: a clause about it or the list's next mark.
_NUMBERED_NAME = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w&’'/-]*(?:,?\s+(?:of|for|and|on|the|to|&|[A-Z][\w&’'/-]*))*)"
)
_TRAILING_LINK = re.compile(r"(?:,?\s+(?:of|for|and|on|the|to|&))+$")


@rule("unit", off=[])
def inline_numbered_parts(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """A sentence that numbers the names it lists after a colon inside its own line ("There
    are hereby established in the Department: (1) the Office of the Lamp Warden, with such
    staff as ...; (2) the Wick Administration, to ...; and (3) the Oil Administration, ...",
    "The following sections support the Lamp Division: 1) Wick Care; 2) Training; 3)
    Special Oil, and 4) Glass Services.") names a body's parts: the statute's or report's
    way of laying out a list without lines. The marks must run 1), 2), 3) ... (at least
    two, all in one style); each item's name is the run of capitalized words (and "of",
    "and", "the" inside) right after its mark, up to the clause about it. The items are
    units when the words before the colon hold a plural unit noun or say the parts are
    established, or when most names are worded as units; a name that is a position, or a
    lower-case clause ("1) to keep the lamps lit"), names none. Returns each name with
    where it starts."""
    first = _FIRST_NUMBER.search(text, start, end) if "1)" in text[start:end] else None
    if first is None:
        return []
    paren = first.group("open") is not None
    marks = [first.end()]
    number = 2
    while True:
        mark = re.compile((r"\(" if paren else r"(?<![\w(])") + str(number) + r"\)\s+")
        found = mark.search(text, marks[-1], end)
        if found is None:
            break
        marks.append(found.end())
        number += 1
    if len(marks) < 2:
        return []
    names: list[tuple[str, int]] = []
    bounds = [*marks[1:], end]
    for begin, stop in zip(marks, bounds, strict=True):
        named = _NUMBERED_NAME.match(text, begin, stop)
        if named is None:
            return []
        name = _TRAILING_LINK.sub("", named.group("name").rstrip(" ,;("))
        name = re.sub(r"\s*\(?\d{1,2}$", "", name).rstrip(" ,;")
        if not name or len(name.split()) > MAX_PART_WORDS or names_position_only(name):
            return []
        names.append((name, named.start("name")))
    lead_in = re.split(r"[.!?]\s+", text[start : first.start()])[-1].lower()
    announced = "establish" in lead_in or any(
        plural_unit_noun(word) for word in re.findall(r"[a-z]+s\b", lead_in)
    )
    worded = sum(1 for name, _ in names if _worded_as_unit(name))
    if not announced and worded * 2 <= len(names):
        return []
    return names


def _numbered_parts(page: PageLayout, block: Block, owner: Unit) -> list[Unit]:
    """The units a paragraph's numbered run names (``inline_numbered_parts``), parts of
    ``owner``."""
    return [
        _unit_named(
            page.text,
            name,
            at,
            owner,
            found_by="inline_numbered_parts",
            parent_by="inline_numbered_parts",
            is_group=False,
        )
        for name, at in inline_numbered_parts(page.text, block.start, block.end)
    ]


register(
    "counted_paragraph_subjects",
    "unit",
    """A paragraph that counts a body's parts and ends announcing them with a colon or "as
    follows" ("The Wick Division has three major areas of responsibility as follows:", "...
    has four sections:") followed by as many paragraphs, each opening with a capitalized name
    and the counted noun in the singular as its subject ("The Trimming and Braiding area is
    responsible for ...", "The Oil Stores section keeps ..."), names those parts of the
    section's unit: the count and the paragraphs agree. The noun is a plural unit noun or
    "areas" (not "courses", "goals" or "locations"). Fewer such paragraphs than counted name
    nothing, and so does a subject that is no name ("The area of ...", "Another area").""",
)
# The plural nouns a count of a body's parts may use here.
_PARAGRAPH_PART_NOUNS = (LISTING_NOUNS - PROGRAM_LISTING) | {"areas", "sections"}
# "has three major areas of responsibility as follows:", "has four sections:": a count, up to
# three words, a plural noun, a few more words, then a colon or "as follows" ending the block.
_COUNT_AS_FOLLOWS = re.compile(
    r"\b(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<noun>" + "|".join(sorted(_PARAGRAPH_PART_NOUNS)) + r")\b[^.:;]{0,60}?"
    r"(?:\s+as\s+follows\s*[:.]?|\s*:)\s*$",
    re.IGNORECASE,
)


# Words that open a noun phrase without naming it.
_NO_NAME_OPENERS = frozenset(
    {"a", "an", "another", "each", "every", "this", "that", "its", "our", "their", "your"}
    | {"such", "one", "the"}
)


def counted_paragraph_subjects(page: PageLayout, blocks: list[Block], owner: Unit) -> list[Unit]:
    """The parts a counting paragraph announces and the paragraphs after it name as their
    subjects (``counted_paragraph_subjects``), parts of ``owner``."""
    if not enabled("counted_paragraph_subjects"):
        return []
    text = page.text
    parts: list[Unit] = []
    for index, block in enumerate(blocks):
        ending = block.text.rstrip()
        if block.kind != PARAGRAPH or not ending.endswith((":", "follows", "follows.")):
            continue
        counted = _COUNT_AS_FOLLOWS.search(text, block.start, block.end)
        if counted is None:
            continue
        word = counted.group("count").lower()
        count = int(word) if word.isdigit() else _COUNTS.get(word, 0)
        noun = counted.group("noun").lower()
        subject = re.compile(
            r"\s*(?:The\s+)?(?P<name>(?!The\s)[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&-]*))*"
            r"\s+(?i:" + re.escape(in_singular(noun)) + r"))\b(?!['’])"
        )
        named: list[re.Match[str]] = []
        for after in blocks[index + 1 : index + 1 + count]:
            match = (
                subject.match(text, after.start, after.end)
                if after.kind in (PARAGRAPH, LIST_ITEM)
                else None
            )
            if match is None or match.group("name").split()[0].lower() in _NO_NAME_OPENERS:
                break  # "A bureau of audit, ...": no name
            named.append(match)
        if not 2 <= count == len(named):
            continue
        for match in named:
            name = match.group("name")
            parts.append(
                Unit(
                    name,
                    None,
                    unit_type(text, name, [], is_group=False),
                    None,
                    None,
                    match.start("name"),
                    match.end("name"),
                    owner,
                    found_by="counted_paragraph_subjects",
                    parent_by="enumerated_units",
                )
            )
    return parts


register(
    "counted_part_named_in_full",
    "name",
    """A part listed bare after a count or "the following" and a plural unit noun ("The
    bureau is divided into three divisions: Wick Care, Oil Supply and Glass.") is named with
    that noun in the singular when the page itself writes it so elsewhere ("The Wick Care
    Division trims ..."): "Wick Care Division", the name in full the page gives the part, not
    the short form its list uses. Only the list's own noun, capitalized as a name's last
    word: "the Wick Care team" or "the Wick Care Office" name it no more fully than the
    list, and a capitalized word right before ("the Night Wick Care Division") makes
    another, longer name, no full form of this one (an article, a determiner or a
    possessive opening a sentence is none: "The", "This", "Our", "Its"). The name's words
    may wrap at a line's end ("The Wick Care\nDivision"), not across a blank line. The
    part is named so before acronyms are given to units, so it takes the acronym the page
    defines for its full name ("The Wick Care Division (WCD) ..."). A part the page never
    writes with the noun keeps its bare name (``enumerated_units``), and so does one whose
    full name is another unit's already.""",
)


def _named_in_full_as(text: str, name: str, noun: str) -> str | None:
    """``name`` with the singular of its list's plural unit ``noun`` after it, when the page
    writes it so elsewhere (``counted_part_named_in_full``)."""
    if not plural_unit_noun(noun):
        return None
    singular = in_singular(noun.lower()).capitalize()
    words = [re.escape(word) for word in name.split()]
    full = re.compile(r"(?<![\w&’'-])" + _WORD_GAP.join([*words, singular]) + r"\b")
    for match in full.finditer(text):
        before = _CAPITALIZED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        # "The", "Our", "Its", "This" opening a sentence refer to the name, no longer name
        if before is None or before.group(1).lower() in REFERRING_WORDS | PRONOUNS | _DETERMINERS:
            return f"{name} {singular}"
    return None


# The space between a name's words, a line's wrap among it but no blank line: "The Wick
# Care\nDivision".
_WORD_GAP = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"
# A capitalized word right before a name, a line's wrap apart at most: "Night" in "the Night
# Wick Division".
_CAPITALIZED_BEFORE = re.compile(r"([A-Z][\w&’'-]*)" + _WORD_GAP + r"\Z")


def _name_listed_parts_in_full(text: str, units: list[Unit]) -> None:
    """Name each part listed bare after a count of a plural unit noun as the page writes it
    in full elsewhere, unless another unit holds that name (``counted_part_named_in_full``)."""
    if not enabled("counted_part_named_in_full"):
        return
    keys = {_unit_key(unit.name) for unit in units}
    for unit in units:
        if unit.listed_noun is None:
            continue
        full = _named_in_full_as(text, unit.name, unit.listed_noun)
        if full is not None and _unit_key(full) not in keys:
            unit.name = full
            keys.add(_unit_key(full))


def _section_enumeration(
    page: PageLayout,
    blocks: list[Block],
    owner: Unit,
    *,
    counted_only: bool = False,
    agency: Unit | None = None,
    agency_names: Sequence[str] = (),
) -> list[Unit]:
    """ "The Department consists of four Divisions: A, B, and C" in a unit's own section names
    that unit's parts, whatever their names' words: the sentence calls them divisions
    (the section's side of ``enumerated_units``); the page's agency's parts when the sentence
    names that agency as their owner (``agency_enumeration``)."""
    if not enabled("enumerated_units"):
        return []
    text = page.text
    parts: list[Unit] = [] if counted_only else counted_paragraph_subjects(page, blocks, owner)
    for block in blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM, LABEL):
            continue
        # The colon (or dash) every "consists of four Divisions: ..." needs (a short sentence
        # before it reads as a label: "The Department has three divisions: A, which ...").
        outline = block.kind == LIST_ITEM and enabled("outline_item_enumeration")
        # "three divisions namely; A, B and C": "namely" stands for the colon.
        marked = (
            (block.kind in (PARAGRAPH, LABEL) or outline) and any(c in block.text for c in ":–—-")
        ) or (block.kind == PARAGRAPH and _PARTS_MARK.search(block.text) is not None)
        if block.kind == PARAGRAPH:
            parts += _numbered_parts(page, block, owner)
        before: tuple[int, int] | None = None  # the sentence before, for "They are: ..."
        previous: tuple[int, int] | None = None
        for start, end in page.sentences(block.start, block.end):
            earlier, previous, before = previous, before, (start, end)
            subject_start = start  # where the sentence that holds the list's subject starts
            if not counted_only:
                own = _own_parts(page, start, end, owner)
                parts += (
                    own
                    or own_parts_among_duties(page, start, end, owner)
                    or placed_in_own_unit(page, start, end, owner)
                )
            found = _parts_listed(text, start, end) if marked and not counted_only else None
            if found is None and marked and counted_only:
                # a list between dashes names its units under any heading (``dashed_parts``)
                dashed = _dashed_parts(text, start, end)
                found = (dashed, None) if dashed is not None else None
            if found is None and marked and not counted_only and previous is not None:
                found = counted_then_named(text, previous[0], end)
                if found is not None:
                    subject_start = previous[0]  # the count's sentence is the subject
            agreeing = after_count = False
            if found is None and not counted_only and previous is not None:
                first = (earlier or previous)[0]
                found = _named_after_count(text, first, start, end)
                agreeing = after_count = found is not None
                if found is not None:  # the count's sentence holds the subject, as above
                    counted_in_previous = found[0].start() >= previous[0]
                    subject_start = previous[0] if counted_in_previous else first
            if found is None and block.kind in (PARAGRAPH, LABEL):
                found = _counted_before_verb(text, start, end)
                agreeing = found is not None
            if found is None and block.kind in (PARAGRAPH, LABEL):
                found = _counted_comma(text, start, end)  # "two Sections, A and B."
                agreeing = found is not None
            apposed = False
            if found is None and block.kind in (PARAGRAPH, LABEL):
                found = _counted_apposition(text, start, end)  # "Its seven divisions A, ..."
                agreeing = apposed = found is not None
            definite = False
            if found is None and block.kind in (PARAGRAPH, LABEL):
                named = definite_parts_named(text, start, end)
                found = (named, None) if named is not None else None
                definite = found is not None
                if named is not None:
                    subject_start = named.start()  # "The divisions": the section's unit
            if found is None:
                continue
            match, count = found
            if block.kind == LIST_ITEM and count is None:
                continue  # "A Regional Director's duties include: Directing ...": no count
            holder = owner  # the unit whose parts the sentence lists
            among = apposed and match.group("among") is not None  # "one of four divisions"
            # "The LD consists of the following divisions: ...", "... sections under the Lamp
            # Department, namely ...": the page's agency owns the parts (``agency_enumeration``)
            agency_owned = (
                agency is not None
                # not in the agency's own section (a heading naming it again): its parts there
                and agency is not owner
                and _unit_key(agency.name) != _unit_key(owner.name)
                and agency_enumeration(text[subject_start : match.end()], agency_names)
            )
            if agency_owned and agency is not None:
                holder = agency
            elif not among and _other_subject(page, subject_start, match.start(), owner):
                subject = counted_parts_subject(page, subject_start, match.start(), count, owner)
                # "The Lamp Department includes three divisions: ..." with the agency not
                # owning them (``agency_enumeration`` off): the section's unit's, not lost
                named_agency = agency is not None and _agency_enumerates(
                    text[subject_start : match.end()], agency_names
                )
                if subject is None and not after_count and not named_agency:
                    continue
                # "They are ..." with no colon: the section's unit when the subject names none
                holder = subject or owner
            stop = end
            if (match.groupdict().get("mark") or ":") != ":":  # "– a, b and c –": up to the dash
                closing = re.compile(r"\s" + re.escape(match.group("mark").strip()) + r"\s")
                close = closing.search(text, match.end(), end)
                stop = close.start() if close is not None else end
            listed = text[match.end() : stop].rstrip(" .;")
            besides = _BESIDES_AFTER_LIST.search(listed) if count is not None else None
            if besides is not None and enabled("counted_parts_besides"):
                # "...; and C, along with the Soot Bureau": the counted list ends at "C"
                listed = listed[: besides.start()]
            cursor = match.end()
            pieces = _definite_pieces(listed) if definite else _list_pieces(listed, count)
            if apposed:
                pieces = [_unquoted(piece) for piece in pieces]  # "“Trimming”, Oil and Glass"
            if agreeing and (
                len(pieces) != count
                or not all(re.sub(_NAMED_OPENING, "", p).strip()[:1].isupper() for p in pieces)
            ):
                continue  # a verb, not a colon: only a list that agrees with its count
            if apposed and not all(
                is_capitalized_name(without_acronyms(re.sub(_NAMED_OPENING, "", p).strip()))
                for p in pieces
            ):
                continue  # "The two divisions Wick and Oil share a yard": a clause, no names
            if block.kind == LIST_ITEM and count is not None:
                pieces = pieces[:count]  # "... Center in St. Louis, Mo.": the count's items
            # A counted list names parts whatever their case ("four divisions – operations,
            # engineering and finance"), when its items are about as many as it counts.
            any_case = count is not None and count <= len(pieces) <= count + 1
            # "The Department of Lamps has four divisions: ..., Wick Standards" under the Office
            # of Wick Standards: the subject is above the section's unit, beside it the rest.
            # A subject above it already (the page's agency, ``agency_enumeration``) stays.
            above = not is_above(holder, owner) and _lists_owner(pieces, owner)
            if above:
                if owner.parent is None:
                    continue
                reparent(holder, owner.parent)
                pieces = [piece for piece in pieces if not _lists_owner([piece], owner)]
            # "The Wick Division is one of four divisions, namely Wick, ...", "It works in one
            # of three divisions, namely ...": the section's unit is among the bodies named,
            # beside them under its own parent, and the one named that is itself is dropped
            peers = among and _subject_is_owner(page, subject_start, match.start(), owner)
            if peers and owner.parent is None:
                continue
            if peers and owner.parent is not None:
                holder = owner.parent
                pieces = [piece for piece in pieces if not _lists_owner([piece], owner)]
            elif holder is owner and agreeing and not among and enabled("short_form_subject"):
                # "Oil Services is organized into two Sections, ..." after the Oil Services
                # Division was listed: the subject is that unit (``short_form_subject``)
                holder = _short_form_subject(page, subject_start, match.start(), parts) or owner
            elif holder is not owner:
                parts.append(holder)  # the subject, ahead of the parts that hang from it
            finder = (
                "inline_colon_list"
                if match.re in (_FOLLOWING_PARTS, _LEADS_PARTS, _DASHED_PARTS)
                else "counted_apposition"
                if apposed
                else "enumerated_units"
            )
            # "The Lamp Board consists of: the Chief Warden, ...": a board's members.
            members = _BODY_SUBJECT.search(text, subject_start, match.start()) is not None
            for number, piece in enumerate(pieces, 1):
                offset = text.index(piece, cursor) if piece else cursor
                cursor = offset + len(piece)
                name = re.sub(r"^\s*(?:(?:and|or)\s+)?(?:the\s+(?=[A-Z]))?", "", piece).strip()
                last = number == len(pieces)
                clause = (
                    _RELATIVE_CLAUSE.search(name)
                    if last and enabled("clause_after_last_part")
                    else None
                )
                if clause is not None:
                    name = name[: clause.start()]
                    if plural_unit_noun(name.split()[-1] if name else ""):
                        continue  # "the A and B Sections which ...": a noun the two share
                acronym = None
                lower_case = False
                if finder == "inline_colon_list":
                    # "the Wick Office (WO), which trims wicks", "Oil Supply (under review)":
                    # the name is the run of capitalized words, with the acronym after it.
                    named = _LISTED_NAME.match(name)
                    if named is None:
                        # "the following departments: finance department, gas, ...": a name
                        # in lower case, announced as a unit (``following_lower_case``)
                        # "the department of lamps": one unit after "the" (not "the regional
                        # offices in each county", a description of units in the plural)
                        one = not any(plural_unit_noun(w) for w in re.findall(r"[a-z]+", name))
                        bare = re.sub(r"^the\s+", "", name) if one else name
                        lower_case = match.re is _FOLLOWING_PARTS and following_lower_case(bare)
                        if not lower_case:
                            continue
                        name = bare
                    else:
                        name, acronym = named.group("name"), named.group("acronym")
                    if members and names_position_only(name):
                        continue
                if (
                    not name
                    or len(name.split()) > MAX_PART_WORDS
                    or not (name[:1].isupper() or (any_case and name[:1].isalpha()) or lower_case)
                ):
                    continue
                begin = text.index(name, offset)
                kind = unit_type(text, name, [], is_group=False)
                parts.append(
                    Unit(
                        name,
                        acronym,
                        kind if _worded_as_unit(name) else listed_type(match.group("noun")) or kind,
                        None,
                        None,
                        begin,
                        begin + len(name),
                        holder,
                        found_by=finder,
                        parent_by="agency_enumeration"
                        if agency_owned
                        else "counted_apposition"
                        if apposed
                        else "enumerated_units",
                        listed_noun=match.groupdict().get("noun") or None,
                    )
                )
    return parts


@rule("parent", off=False)
def agency_enumeration(before: str, names: Sequence[str]) -> bool:
    """In the section of one of its units, a sentence that enumerates units after naming the
    page's agency, by its full name or an acronym of it, as the subject of a verb of
    composition right before the count or "the following" ("The LD consists of the following
    divisions: Wick Care, Oil Supply and Glass.", "The Lamp Department (LD) has three
    branches: ...") or as what the parts it counts stand under or within, right before the
    names ("There are three sections functioning under the Lamp Department (LD), namely;
    Wick, Oil and Glass.") lists the agency's parts, not the section's unit's: the
    sentence's side of ``agency_lead_in``. Before, the parts hung from the section's unit,
    whatever its heading (a date, a post). The name's words may be parted by a line's end.
    Not a verb that governs no count: an auxiliary ("The LD has set up the following
    sections within the Wick Office: ...") or another clause's ("The LD includes the Wick
    Office, which consists of three sections: ..."), nor one with an object before the count
    ("The LD has given the office three sections: ..."); not a unit whose name holds the
    agency's ("The Wick Office of the LD has two sections: ...", "The Lamp Department Wick
    Office has ..."), nor the agency's possessive ("The LD's Wick Office consists of ..."),
    nor the agency under which a clause sets another subject ("Under the LD, the Wick
    Office has two sections: ..."), nor an agency named by a unit noun alone ("The
    Department consists of ..." may be about the section's own unit, where the page names
    its body only so), nor in the agency's own section (its parts there already). The verbs
    are those of ``counted_parts_subject``. ``before`` is the sentence up to the
    enumeration's first name, ``names`` the agency's name and acronyms."""
    return _agency_enumerates(before, names)


def _agency_enumerates(before: str, names: Sequence[str]) -> bool:
    """``agency_enumeration``'s reading, whether the rule is on or off: whether the sentence
    before an enumeration names the page's agency as the subject of its count or as what the
    parts stand under."""
    names = [name for name in names if name and unit_nouns_only(name) is None]
    if not names:
        return False
    # "National Lamp\nDepartment": a name's words may be parted by any space, a line end too
    agency = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    named = r"(?:the\s+)?(?:" + agency + r")" + _ACRONYM_AFTER
    # The verb right before the count or "the following" ("The LD has three branches:"), not
    # an auxiliary ("The LD has established the following sections within the Wick Office:")
    # nor another clause's verb ("The LD includes the Wick Office, which consists of ...").
    subject = re.match(
        r"\s*(?:The\s+)?(?:"
        + agency
        + r")(?:"
        + _SUBJECT_VERB
        + r"|"
        + _ACRONYM_AFTER
        + r"\s+(?:also\s+)?(?:includes?|contains?|"
        + DIVISION_VERB
        + r"))\s+(?:"
        + HELD_COUNT
        + r")\b",
        before,
    )
    if subject is not None:
        return True
    # "... under the Lamp Department, namely;", "... within the LD:", "... under the Lamp
    # Department (LD), namely"
    return (
        re.search(
            r"\b(?:under|within)\s+" + named + r"\s*,?\s*(?::|[–—-]|namely\b|viz\.)\W*\Z",
            before,
        )
        is not None
    )


register(
    "clause_after_last_part",
    "unit",
    """A clause about the parts after the last one an enumeration lists ("four divisions: Wick
    Care, Glass Care, Oil Supply, and Lamp Posts that work together to keep the lamps lit",
    or after a comma: "..., and Lamp Posts, that work together.") is no part of that last
    name, nor a part of its own: the name ends before "that", "which" or "who", in a series
    after a verb of composition ("is made up of A, B, and C that ...", read so before this
    rule had a name) as after a count and a colon. A last name that ends in a plural unit
    noun once its clause is cut ("two sections: the Wick and Oil Sections which ...") is the
    noun the last two share, no name of its own (left to the readers of shared nouns).""",
)


def _lists_owner(pieces: list[str], owner: Unit) -> bool:
    """Whether a list names ``owner`` among its items (its words held in the item's or the
    item's in its own): the list's subject is then a body above ``owner``, not a part of it,
    and that item is ``owner`` again (``counted_parts_subject``)."""
    own = _unit_key(owner.name)
    for piece in pieces:
        key = _unit_key(re.sub(r"^\s*(?:(?:and|or)\s+)?(?:the\s+)?", "", piece))
        if key and (key <= own or own <= key):
            return True
    return False


def _subjects_found_already(builder: _Builder) -> None:
    """A part whose parent is a sentence's subject that ``counted_parts_subject`` named and
    that was not added, because the page's readers had found that unit already ("The Wick
    Supply Division" of prose), hangs from the unit found."""
    present = {id(unit) for unit in builder.units}
    for unit in builder.units:
        parent = unit.parent
        if (
            parent is not None
            and id(parent) not in present
            and parent.found_by == "counted_parts_subject"
        ):
            found = builder.index.resolve(parent.name)
            if found is not None:
                reparent(unit, found)


# An acronym in parentheses after a name ("the Lamp Department (LD)").
_ACRONYM_AFTER = r"(?:\s+\([A-Za-z&.-]{2,12}\))?"
# What stands between a sentence's subject and the count of its parts: a verb of
# composition ("consists of", "comprises", "is divided into", "has"), "the following".
_SUBJECT_VERB = (
    _ACRONYM_AFTER + r"\s+(?:also\s+)?(?:consists?\s+of|comprises?(?:\s+of)?"
    r"|(?:is|are)\s+(?:made\s+up|composed|comprised)\s+of"
    r"|(?:is|are)\s+(?:" + DIVIDED_PARTICIPLES + r"|" + SUBDIVIDED + r")\s+into|has|have)"
)
_SUBJECT_THEN_COUNT = re.compile(_SUBJECT_VERB + r"\s+\Z")


@rule("unit", off=None)
def counted_parts_subject(
    page: PageLayout, start: int, count_start: int, count: int | None, owner: Unit
) -> Unit | None:
    """In a unit's section, a sentence whose subject is a capitalized name other than the
    unit's and whose verb of composition counts the subject's parts before listing them
    ("The Wick Supply Directorate consists of three divisions namely; Oil Yard, Glass Works
    and Soot Care", "The Lamp Bureau has two sections: ...") names a unit, a part of the
    section's unit, and its parts: a body made of divisions is a unit, whatever its name's
    last word, unless that name's head noun is a post's or a document's ("The Director of the
    Oil Office has two divisions: ...", "The Lamp Act is divided into three divisions: ..."),
    or the body lists the section's unit among its parts (it is above that unit: it stands
    where that unit does, and its other parts under it). Before, the list was left out as
    some other unit's, its parts lost. Returns that unit (its parts are hung from it by the
    caller), or None where the sentence's words before the verb are not one name opening
    the sentence, or nothing is counted."""
    if count is None:
        return None
    text = page.text
    opening = re.match(r"\s*(?:The\s+)?", text[start:count_start])
    begin = start + (opening.end() if opening else 0)
    for phrase in page.phrases(begin, count_start):
        if phrase.start != begin:
            continue
        if not _SUBJECT_THEN_COUNT.match(text[phrase.end : count_start]):
            return None
        if not is_capitalized_name(phrase.text) or len(phrase.text.split()) > MAX_PART_WORDS:
            return None
        # "The Director of the Oil Office has three divisions", "The Wick Manual consists of
        # three sections": a post's parts or a document's, whatever unit the name holds ("a
        # Survey" may be an agency: "The Lamp Survey consists of three divisions").
        head = head_noun(tuple(name_tokens(phrase.text))) or ""
        if head in _POSTS or head.removesuffix("s") in _DOCUMENT_WORDS - {"survey"}:
            return None
        return _unit_named(
            text,
            phrase.text,
            phrase.start,
            owner,
            found_by="counted_parts_subject",
            parent_by="enumerated_units",
            is_group=False,
        )
    return None


# A piece of each of _HOUSED's verbs, one of which every match holds.
_HOUSED_PIECES = ("oused", "ocated", "laced")
_HOUSED = re.compile(
    r"\s*(?:(?:The\s+)?(?P<child>[A-Z][\w&’'-]*(?:\s+(?:of|for|and|&|[A-Z][\w&’'-]*))*)\s+"
    r"(?:is|are)\s+)?(?:[Hh]oused|[Ll]ocated|[Pp]laced)\s+(?:with)?in\s+"
    r"(?:(?P<this>this|that)\s+(?:group|team|division|office|unit|branch|section|bureau)\b"
    r"|(?:the\s+)?(?P<place>[A-Z][\w&’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&’'-]*))*))"
)


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
    match = _HOUSED.match(text, start, end)
    if match is None:
        return None
    child, place = match.group("child"), match.group("place")
    if place is not None:
        place = _NAME_TAIL.sub("", place)
        return child, place, match.start("place")
    if child is None:
        return None
    return child, None, match.start()


_NAME = r"[A-Z][\w&’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&’'-]*))*"
_WITHIN = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<child>" + _NAME + r"(?:\s+(?:" + "|".join(sorted(UNIT_NOUNS)) + r"))?)"
    r"(?:,?\s+(?:within|inside|in)\s+the"
    r"|(?:\s+\([A-Z][A-Za-z&]{1,9}\))?,?\s+(?:(?:which|that)\s+)?(?:(?:will|shall)\s+"
    r"(?:continue\s+to\s+|also\s+)?be|is|are)\s+(?:also\s+|now\s+)?(?:an?\s+)?part\s+of\s+the)"
    r"\s+(?P<place>" + _NAME + r")"
)
# What every _WITHIN match holds: most sentences have none, and the pattern (tried at every
# word boundary, backtracking through each run of capitalized words) is not run on them.
_WITHIN_HINT = re.compile(r"\s(?:within|inside|in|part\s+of)\s+the\s+[A-Z]")
_PART_OF_HINT = re.compile(r"\spart\s+of\s+the\s+[A-Z]")
_LEADS = re.compile(
    r"\s*(?:The\s+)?(?P<lead>" + _NAME + r")\s+(?:also\s+)?(?:" + _LEADS_VERB + r"|directs|manages"
    r"|runs)\b"
)


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
        place = _NAME_TAIL.sub("", match.group("place"))
        place_start = match.start("place")
        owner = _POSSESSIVE_OWNER.match(place)
        if owner is not None and _owned_by_a_body(owner.group()):
            # "the Lamp Board's Glass Office": the host is the Glass Office; but "the
            # Governor's Office", "the Mayor's Office of Wicks": a name with a possessive
            place, place_start = place[owner.end() :], place_start + owner.end()
        if not _worded_as_unit(place) or refers_back(f"the {place}"):
            continue  # "within the Region": a unit named elsewhere
        for child, child_start in _joined_units(match.group("child"), match.start("child")):
            if _worded_as_unit(child) and _unit_key(child) != _unit_key(place):
                found.append((child, place, child_start, place_start))
    return found


# The owner before a host's name: "Lamp Board's " in "the Lamp Board's Glass Office".
_POSSESSIVE_OWNER = re.compile(r"[^,;]*?['’]s\s+(?=[A-Z])")


def _without_possessive_owner(name: str) -> str:
    """The name after an owner's possessive ("Wick Division" of "the Chief Warden's Wick
    Division"), or the name when none opens it."""
    owner = _POSSESSIVE_OWNER.match(name)
    return name[owner.end() :] if owner else name


def _owned_by_a_body(owner: str) -> bool:
    """Whether a possessive before a host's name is a body's, its last word a unit noun
    ("the Lamp Board's "), not a post's or a people's ("the Governor's ", "the Children's "),
    which open the host's own name."""
    words = name_tokens(re.sub(r"['’]s\s*$", "", owner))
    return bool(words) and words[-1] in UNIT_NOUNS


# "the Oil Desk and the Soot Desk": where the units a plural subject joins part.
_AND_THE_SPLIT = re.compile(r"\s+and\s+the\s+")


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
_PLACED = re.compile(
    r"(?:is|are|shall\s+be|(?:is|are)\s+hereby)\s+(?:transferred\s+to\s+and\s+)?placed"
    r"(?:\s*,[^,]{0,60},)?\s+(?:with)?in\s+(?:the\s+)?(?P<place>[^,.;]{3,80}?)(?=\s+for\b|[,.;]|$)"
)
_PLACED_OPENING = re.compile(
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
_PLACED_CLAUSE = re.compile(
    r"\s+(?:as|established|created|constituted|provided|pursuant|which|that)\b"
)
_PLACED_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+and\s+the\s+")


# "shall be headed by a single executive to be known as the director of X", "headed by an
# executive board to be known as the board of Y".
_KNOWN_AS_HEAD = re.compile(
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
_SERIES_TAIL = re.compile(r"(?:,\s+[a-z][a-z ]{0,30}?)*,?\s+and\s+[a-z][a-z ]{0,30}?(?=\s*[.;]|$)")


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
_KNOWN_AS_BODY = re.compile(
    r"\b(?:a|an)\s+(?:[a-z]+\s+)?(?P<kind>board|commission|committee|council|office|division"
    r"|authority|agency|bureau|corporation)\b[^.;]{0,60}?\bto\s+be\s+known\s+as\s+(?:the\s+)?"
    r"(?P<name>[^.,;()]{3,80}?)(?=\s*[.,;(]|\s+(?:as|who|which|that|to|in|for|and)\b|$)"
)
_WITHIN_PLACE = re.compile(r"\bwithin\s+(?:the\s+)?(?P<place>[^,.;]{3,80}?)(?=\s+(?:a|an)\s|[,.;])")


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


def _beside(parent: Unit, listed: Unit) -> bool:
    """Whether a heading under ``parent`` stands beside the section of the unit whose
    sentence enumerated ``listed`` (``parent`` is that unit or one of its ancestors) or under
    a part enumerated with it under that unit (a series names each part once: such a
    heading only follows that part's), not under another unit's, whose part of the same
    name is another unit (``repeated_unit``)."""
    if parent.parent is listed.parent and parent.found_by == listed.found_by:
        return True  # a sibling part's section: the headings follow one another
    return any(above is parent for above in ancestors(listed))


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


@rule("name", off=True)
def item_acronym_of_name(name: str, definitions: list[AcronymDefinition]) -> bool:
    """A list item's first acronym in parentheses is its unit's only when the page defines
    it for that unit's name: the long form is the name, the name's tail ("Glass Audits
    (OGA)" for the Office of Glass Audits) or its head ("Wick Review (WR) Branch"), or the
    name the long form's tail. An item whose text goes on
    about other bodies ("Immediate Office Parts. (1) The Director of the Office of Wick
    Review (OWR) ...", "represents the board at the Lamp Makers Guild (LMG)") gives the
    unit none of their acronyms. A long form the name ends with is not the object of a
    link ("Liaison to the Lamp Makers Guild", "Wick Team and Lamp Makers Guild"), and one the
    name opens with is followed by a unit noun ("Wick Review Branch", not "Lamp Makers Guild
    Liaison Unit"): those are another body's name."""
    tokens = name_tokens(name)
    for definition in definitions:
        long_form = name_tokens(definition.expansion)
        if not long_form:
            continue
        if ends_with(definition.expansion, name):
            return True
        if ends_with(name, definition.expansion):
            rest = [t for t in tokens[: len(tokens) - len(long_form)] if t != "the"]
            if not rest or rest[-1] not in _LINKS_BEFORE_OTHER_BODY:
                return True
        elif tokens[: len(long_form)] == long_form:
            rest = tokens[len(long_form) :]
            if not rest or rest[0] in UNIT_NOUNS:
                return True
    return False


# "Liaison to the", "Wick Team and", "Office for the": a link before another body's name.
_LINKS_BEFORE_OTHER_BODY = frozenset({"to", "with", "for", "on", "at", "by", "and", "from"})


class UnitIndex:
    """The units found so far by name and acronym, so that a name in the text resolves to a
    unit in one look-up."""

    def __init__(self) -> None:
        self.by_key: dict[frozenset[str], Unit] = {}
        self.by_acronym: dict[str, Unit] = {}

    def add(self, unit: Unit) -> None:
        self.by_key.setdefault(_unit_key(unit.name), unit)
        if unit.acronym:
            self.by_acronym.setdefault(unit.acronym, unit)

    def resolve(self, name: str) -> Unit | None:
        return self.by_acronym.get(name) or self.by_key.get(_unit_key(name))


register(
    "heading_nesting",
    "parent",
    """A unit whose heading stands under another unit's heading (by rank, or in a group a
    leading heading opens) is part of that unit.""",
)


register(
    "outline_item_enumeration",
    "unit",
    """In a regulation's outline, where each lettered or numbered paragraph is an item (and
    in any list: a bullet's sentence is read the same way), an item's sentence that counts
    a body's parts before a colon ("(e) The membership is
    divided into four standing committees: Wicks, Oil, Glass, and Matches.", "(g) The Office
    of Lamps is headed by ... This Office has three divisions: Wicks, Oil, and Glass.") names
    them, as a paragraph's would (``enumerated_units``): parts of the unit the item opens
    with ("This Office" refers back to it), else of the unit whose prose it is (the page's
    introduction, or a section under a generic heading such as "§ 1.2 Organization."). Only a
    counted list, and only as many items as it counts ("... Center in Oiltown, Mo." is no
    fourth part); an uncounted "duties include: Trimming ..." lists no parts.""",
)


def _outline_item_owner(page: PageLayout, part: Unit, index: UnitIndex, top: Unit) -> Unit | None:
    """The unit an outline item opens with, when ``part`` was enumerated in that item
    (``outline_item_enumeration``): "(g) The Office of Lamps is headed by ... This Office has
    three divisions: ..."."""
    block = next(
        (b for b in page.blocks if b.start <= part.evidence_start < b.end and b.kind == LIST_ITEM),
        None,
    )
    if block is None or not enabled("outline_item_enumeration"):
        return None
    first = next(iter(page.sentences(block.start, block.end)), None)
    if first is None or first[1] > part.evidence_start:
        return None  # the item's own opening sentence lists them: its subject was read there
    phrases = page.phrases(*first)
    name = outline_subject(page.text, phrases[0], first[0]) if phrases else None
    unit = index.resolve(name) if name else None
    return unit if unit is not None and unit is not top else None


register(
    "generic_section_parts",
    "unit",
    """A section whose heading names no unit ("Who We Are", "Divisions", "About Us") names
    its body's parts in its prose as the page's introduction does: "The department is
    comprised of Wick Care, Glass, and Oil." under "Divisions" lists the department's parts
    whatever their names' words (``enumerated_units``), taken when no heading on the page
    names a unit.""",
)


def _without_after_acronym(name: str, definitions: Definitions) -> str:
    """A name without the acronym ``acronym_after_name`` reads right after it ("Lamp Office
    LO" -> "Lamp Office"; ``name_before_its_acronym``)."""
    after_name = name_before_its_acronym(name, definitions)
    return name if after_name is None else after_name[0]


class _Builder:
    """Walks the section tree once, parents before children, collecting units."""

    def __init__(self, page: PageLayout, definitions: Definitions) -> None:
        self.page = page
        self.text = page.text
        self.definitions = definitions
        self.units: list[Unit] = []
        self.prose: list[Block] = []
        self.index = UnitIndex()
        self.label_counts = Counter(
            (block.label or "").lower() for block in page.blocks if block.kind == LABEL
        )
        self.any_section_unit = False
        self.topic_prose: list[Block] = []
        self.structure_prose: list[tuple[list[Block], Unit]] = []
        # The parts that outline items under generic headings ("§ 1.2 Organization.")
        # enumerate, each with the unit whose prose that is (``outline_item_enumeration``).
        self.generic_parts: list[Unit] = []
        sections = tuple(page.sections)
        closed_runs = run_closing_holder(sections)
        listed_runs = listed_heading_run(sections) | closed_runs
        # The last headings of a series only ``series_last_bare_heading`` keeps: their units
        # carry its name.
        self.series_lasts = series_last_bare_heading(sections) - listed_runs
        self.heading_runs = listed_runs | self.series_lasts
        self.peer_members = bare_run_lone_member(sections) | {
            id(s) for s in page.walk() if id(s) in closed_runs and s.members
        }
        # What the page's headings name: a unit a section's prose opens a sentence with and a
        # heading names is that heading's unit, found where its section stands (even later).
        self.heading_keys = frozenset(
            _unit_key(_without_after_acronym(s.heading.text, definitions)) for s in page.walk()
        )
        # What each section's text opens with a statement of, read on first use.
        self._statements: tuple[dict[int, str], dict[int, list[Section]]] | None = None

    def stated_beside(self, section: Section) -> frozenset[str]:
        """The statement words the texts of the sections beside ``section`` open with (not
        its own, none of a section inside it), read once per page (``statement_of_mission``)."""
        if not enabled("statement_of_mission"):
            return frozenset()
        if self._statements is None:
            self._statements = _opening_statements(self.page)
        opened, beside = self._statements
        return frozenset(
            opened[id(s)]
            for s in beside.get(id(section), [])
            if s is not section and id(s) in opened
        )

    def add(self, unit: Unit) -> None:
        self.units.append(unit)
        self.index.add(unit)

    def add_new(self, found: Iterable[Unit]) -> None:
        """Add each unit found that is no unit found already named again (``qualified_repeat``)."""
        for unit in found:
            if not qualified_repeat(unit.name, [u.name for u in self.units]):
                self.add(unit)

    def context(self, heading: str | None, heading_is_unit: bool = False) -> ListContext:
        return ListContext(
            heading=heading,
            resolve=self.index.resolve,
            acronym_for=self._acronym_for,
            unit_type=lambda name: unit_type(self.text, name, [], is_group=False),
            is_staff=lambda line: staff_entry(line) or signature_line(line) or person_line(line),
            make=self._make_named,
            agency=self.units[0] if self.units else None,
            heading_is_unit=heading_is_unit,
        )

    def agency_names(self) -> tuple[str, ...]:
        """The page's agency's name and the acronyms the page or the agency's row gives it."""
        agency = self.units[0]
        defined = self.definitions.named(agency.name)
        acronyms = {agency.acronym, defined.acronym if defined is not None else None}
        return (agency.name, *sorted(a for a in acronyms if a))

    def _make_named(self, name: str, start: int) -> Unit | None:
        """A unit a lead-in names before the page has: an acronym the page defines, or a
        name worded as a unit."""
        definition = self.definitions.with_acronym(name)
        if definition:
            full, acronym = definition[0].expansion, name
        elif _worded_as_unit(name) and len(name.split()) >= 2:
            full, acronym = name, None
        else:
            return None
        unit = Unit(
            full,
            acronym,
            unit_type(self.text, full, [], is_group=True),
            None,
            None,
            start,
            start + len(name),
            self.units[0],
            found_by="lead_in_names_parent",
            parent_by="default_root",
        )
        self.add(unit)
        return unit

    def _acronym_for(self, name: str, item_text: str) -> str | None:
        match = re.search(r"\(([^()\s]{2,16})\)", item_text)
        if match and match.group(1) in self.definitions.acronyms:
            named_as = without_acronyms(name)
            if item_acronym_of_name(named_as, self.definitions.with_acronym(match.group(1))):
                return match.group(1)
        named = self.definitions.named(name)
        return named.acronym if named is not None else None

    def housed(self, blocks: list[Block], unit: Unit) -> None:
        """Read a section's sentences that say where a unit is housed (``housed_within``)."""
        for block in blocks:
            if block.kind != PARAGRAPH:
                continue
            for start, end in self.page.sentences(block.start, block.end):
                self._within(start, end, unit)
                found = housed_within(self.text, start, end)
                if found is None:
                    continue
                child_name, place, place_start = found
                if child_name is None and place is not None:  # the section's unit is housed
                    host = self._host(place, place_start, unit)
                    if host is not None:
                        reparent(unit, host, "housed_within")
                    continue
                if child_name is None or self.index.resolve(child_name) is not None:
                    continue
                host = unit if place is None else self.index.resolve(place)
                if host is None or not _worded_as_unit(child_name):
                    continue
                child_start = self.text.index(child_name, start)
                self.add(
                    _unit_named(
                        self.text,
                        child_name,
                        child_start,
                        host,
                        found_by="housed_within",
                        parent_by="housed_within",
                        is_group=False,
                    )
                )

    def within(self, blocks: list[Block], unit: Unit) -> None:
        """Read the sentences of text about ``unit`` that put units within others."""
        for block in blocks:
            # a bulleted paragraph says so too ("- The Wick Desk is part of the Lamp Office.")
            part_of = block.kind == LIST_ITEM and _PART_OF_HINT.search(block.text) is not None
            if block.kind == PARAGRAPH or part_of:
                for start, end in self.page.sentences(block.start, block.end):
                    self._within(start, end, unit)
            if block.kind in (PARAGRAPH, LIST_ITEM):
                for start, end in self.page.sentences(block.start, block.end):
                    self._statute_bodies(start, end, unit)

    def _statute_bodies(self, start: int, end: int, unit: Unit) -> None:
        """The bodies a sentence establishes as heads of ``unit`` (``known_as_head``) or places
        within a unit (``placed_within``): parts of the place when the page has it as a unit,
        else of ``unit``."""
        named: list[tuple[str, int, Unit, str]] = []
        head = known_as_head(self.text, start, end)
        if head is not None:
            named.append((head[0], head[1], unit, "known_as_head"))
        for name, begin, place in placed_within(self.text, start, end):
            host = self.index.resolve(place) or unit
            named.append((name, begin, host, "placed_within"))
        for name, begin, within in known_as_body(self.text, start, end):
            host = (self.index.resolve(within) if within else None) or unit
            named.append((name, begin, host, "known_as_body"))
        for name, begin, host, finder in named:
            if self.index.resolve(name) is not None:
                continue
            self.add(
                _unit_named(
                    self.text,
                    name,
                    begin,
                    host,
                    found_by=finder,
                    parent_by=finder if host is not unit else _top_parent_by(unit),
                    is_group=False,
                )
            )

    def _within(self, start: int, end: int, unit: Unit) -> None:
        """Place the units a sentence puts within others (``unit_within_unit``); a section's
        unit that the sentence says leads the part is within the host too."""
        for child_name, place, child_start, place_start in unit_within_unit(self.text, start, end):
            child = self.index.resolve(child_name)
            if child is self.units[0]:
                continue  # "The Lamp Board is part of the Department of Oil": a body above it
            host = self._host(place, place_start, unit, "unit_within_unit")
            if host is None:  # about the agency itself: the host is one of its units
                host = _unit_named(
                    self.text,
                    place,
                    place_start,
                    unit,
                    found_by="unit_within_unit",
                    parent_by="default_root",
                )
                self.add(host)
            if child is None:
                child = _unit_named(
                    self.text,
                    child_name,
                    child_start,
                    host,
                    found_by="unit_within_unit",
                    parent_by="unit_within_unit",
                    is_group=False,
                )
                self.add(child)
            elif child.parent is not None:
                reparent(child, host, "unit_within_unit")
            lead = _LEADS.match(self.text, start, end)
            if (
                lead is not None
                and _unit_key(lead.group("lead")) == _unit_key(unit.name)
                and unit.parent is not None
            ):
                reparent(unit, host, "unit_within_unit")

    def _host(
        self, name: str, start: int, unit: Unit, found_by: str = "housed_within"
    ) -> Unit | None:
        """The unit a section's unit is housed in: found, or made (where the section's unit
        stood) when worded as a unit."""
        found = self.index.resolve(name)
        if found is not None or not _worded_as_unit(name) or unit.parent is None:
            return found
        host = _unit_named(
            self.text, name, start, unit.parent, found_by=found_by, parent_by=unit.parent_by
        )
        self.add(host)
        return host

    def body_units(
        self, blocks: list[Block], owner: Unit, heading: str | None, *, owns: bool = False
    ) -> None:
        """The units the lists among ``blocks`` name; ``owns`` when ``heading`` was read as
        ``owner`` itself."""
        context = self.context(heading, owns)
        for unit in list_units(self.text, blocks, owner, context, self.label_counts):
            self.add(unit)

    def directory_units(self, section: Section, parent: Unit) -> None:
        """The units a directory under "Contact Us" lists: rows headed "Unit | Phone", or rows
        worded as units ("Office of Wicks OW 555-555-0100"); a row that names a unit found
        already, by its words or some of them ("Training Academy"), is that unit."""
        context = self.context(section.heading.text)
        known = list(self.index.by_key)
        for unit in list_units(self.text, section.body, parent, context, self.label_counts):
            key = _unit_key(unit.name)
            known_as = key in known or (len(key) >= 2 and any(key < other for other in known))
            rows = unit.found_by == "table_unit_column" or (
                unit.found_by == "unit_worded_items"
                and directory_row(self.text[unit.evidence_start : unit.evidence_end])
            )
            if rows and not known_as:
                self.add(unit)
        for member in section.members:
            self.directory_units(member, parent)

    def counted_parts(self, blocks: list[Block], parent: Unit) -> None:
        """The parts a paragraph under a heading that names no unit counts and lists in as
        many names ("The four departments are: A; B; C; and D." in a news item's prose) are
        the agency's parts (``count_agreement``), taken when no heading names a unit."""
        if enabled("count_agreement"):
            paragraphs = [block for block in blocks if block.kind == PARAGRAPH]
            self.generic_parts += _section_enumeration(
                self.page, paragraphs, parent, counted_only=True
            )

    def named_again(self, about: str, parent: Unit) -> Unit | None:
        """The unit a heading's "Functions of ..." names when the page has it already: the
        unit the heading stands under (by its name, fewer of its words, an acronym or "the"
        and its unit noun), the page's agency ("the Ministry", "the Office" under no office,
        or its name or fewer of its words), or a unit found before
        (``topic_of_unit_heading``)."""
        root = self.units[0]
        if _refers_to_a_body(about):
            # "the Unit" under a unit is the unit whose noun it is; else the agency's
            return parent if _rank_noun(parent.name) == name_tokens(about)[-1] else root
        if _unit_key(about) <= _unit_key(parent.name) or _acronym_of_unit(about, parent):
            return parent
        if _unit_key(about) <= _unit_key(root.name):
            return root
        return self.index.resolve(about)

    def visit(self, section: Section, parent: Unit, parent_by: str) -> None:
        if contact_section(section):
            self.directory_units(section, parent)
            for member in contact_heading_over_units(section):
                self.visit(member, parent, parent_by)
            return
        generic = generic_section_heading(section, self.units[0], parent) or government_branch(
            section.heading.text, self.text
        )
        if (
            generic
            or (
                bare_link_heading(section)
                and not section.body
                and id(section) not in self.heading_runs
                and directory_holder_line(self.page, section.heading) is None
            )
            or staff_entry(section.heading.text)
            or contact_detail_heading(section.heading.text)
            or signature_line(section.heading.text)
            or possessive_heading(section.heading.text)
        ):
            if generic:
                self.prose.extend(section.body)
                self.body_units(section.body, parent, section.heading.text)
                if enabled("outline_item_enumeration"):
                    items = [block for block in section.body if block.kind == LIST_ITEM]
                    self.generic_parts += _section_enumeration(self.page, items, parent)
                self.counted_parts(section.body, parent)
                self.within(section.body, parent)
                if enabled("generic_section_parts"):
                    paragraphs = [b for b in section.body if b.kind == PARAGRAPH]
                    self.generic_parts += _section_enumeration(self.page, paragraphs, parent)
                if structure_section(section.heading.text):
                    self.structure_prose.append((section.body, parent))
            for member in section.members:
                if _furniture_contents(section, member) or _meeting_records(
                    section, member, parent
                ):
                    continue
                self.visit(member, parent, parent_by)
            return
        if project_status_heading(section.heading.text):
            for member in section.members:  # the lines under it name works, not units
                self.visit(member, parent, parent_by)
            return
        if not enabled("section_heading"):
            self.prose.extend(section.body)
            for member in section.members:
                self.visit(member, parent, parent_by)
            return
        unit = _section_unit(self.page, section, parent, self.definitions, parent_by)
        if id(section) in self.series_lasts and bare_link_heading(section):
            unit.found_by = "series_last_bare_heading"
        # A topic ("Civil matters") or a word that refers back ("The board") names no unit:
        # the text under it is the parent's prose.
        division = document_division_heading(section.heading.text)
        if (
            (sentence_case_topic(unit.name) and not _text_calls_heading_a_unit(section.body))
            or duty_head_heading(section.heading.text)
            or record_head_heading(section.heading.text)
            or apparatus_heading(section.heading.text)
            or refers_back(unit.name)
            or report_caption_heading(section.heading.text)
            or legal_caption(self.text, section.heading)
            or (division is not None and not set(name_tokens(division)) & (UNIT_NOUNS | _POSTS))
            or person_line(section.heading.text)
            or document_part_label(unit.name)
            or dated_line(section.heading.text)
        ):
            self.prose.extend(section.body)
            before = len(self.units)
            self.body_units(section.body, parent, section.heading.text)
            self.counted_parts(section.body, parent)
            # the text under a topic ("Complaints") may say which unit a part is part of
            for block in section.body:
                if block.kind == PARAGRAPH and _PART_OF_HINT.search(block.text):
                    for start, end in self.page.sentences(block.start, block.end):
                        self._within(start, end, parent)
            # A law's division that lists units is read as a unit's section is: the prose
            # around its list names no more units of the page's.
            lists_units = division is not None and len(self.units) > before
            self.any_section_unit = self.any_section_unit or lists_units
            for member in section.members:
                self.visit(member, parent, parent_by)
            return
        about = topic_of_unit_heading(unit.name)
        named = None if about is None else self.named_again(about, parent)
        listed = self.index.resolve(unit.name)
        if named is not None:
            # "Attributions of Wick Unit" under "Wick Unit": that unit's text
            named.description = named.description or unit.description
            named.body = named.body or section.body
            unit = named
        elif (
            listed is not None
            and (
                listed.found_by in LIST_FINDERS
                or (listed.found_by in ENUMERATION_FINDERS and _beside(parent, listed))
            )
            and already_a_unit(unit.name, self.context(None))
        ):
            listed.description = listed.description or unit.description
            listed.body = section.body
            unit = listed
        elif listed is not None and repeated_unit(listed, unit):
            unit = listed
        else:
            self.add(unit)
        # A heading that names the page's agency again (over its address at the foot of the
        # page) heads none of its units: the page's prose may still name them; so does a
        # heading whose words name no unit (``topic_headings_prose``).
        if unit is not self.units[0]:
            # a post over its holder's name ("Minister Hon. Jane Doe") is a profile's card
            if _headed_as_unit(unit.name) and titled_holder_line(section.heading.text) is None:
                self.any_section_unit = self.any_section_unit or not _bare_heading(section, unit)
            else:
                self.topic_prose.extend(b for b in section.body if b.kind == PARAGRAPH)
        elif enabled("agency_heading_prose"):
            self.topic_prose.extend(b for b in section.body if b.kind == PARAGRAPH)
        self.body_units(section.body, unit, section.heading.text, owns=unit is not self.units[0])
        for part in _section_enumeration(
            self.page, section.body, unit, agency=self.units[0], agency_names=self.agency_names()
        ):
            if self.index.resolve(part.name) is None:
                self.add(part)
        heading = section.heading.text
        paragraph_parts = paragraph_subject_part(
            self.page, section.body, unit, heading, self.stated_beside(section)
        )
        sentence_parts = [
            part
            for owner, run in _runs_of_text(section.body, unit, paragraph_parts)
            for part in sentence_subject_part(self.page, run, owner)
        ]
        # a part left out (found already) hands the parts its text names
        # (``subject_after_wide_gap``) to the unit found already, or else the section's
        stand_in: dict[int, Unit] = {}
        for part in paragraph_parts + sentence_parts:
            if part.parent is not None and id(part.parent) in stand_in:
                reparent(part, stand_in[id(part.parent)])
            if (
                self.index.resolve(part.name) is None
                and _unit_key(part.name) not in self.heading_keys
                and not qualified_repeat(part.name, [u.name for u in self.units])
                and not _listed_without_noun(part.name, self.index)
            ):
                self.add(part)
            else:
                stand_in[id(part)] = self.index.resolve(part.name) or unit
        self.housed(section.body, unit)
        for member in section.members:
            nested = enabled("heading_nesting") and id(section) not in self.peer_members
            self.visit(
                member, unit if nested else parent, "heading_nesting" if nested else parent_by
            )


# Words in "-s" after a name that are no verb in the present: function words, adverbs and
# auxiliaries ("The Wick Office was ...", "its", "always", "perhaps", "whereas").
_NOT_PRESENT_VERBS = (
    r"its|this|thus|plus|was|has|is|as|us|always|perhaps|unless|less|across|does|sometimes"
    r"|whereas"
)
register(
    "verb_by_its_ending",
    "unit",
    """A sentence that opens with "The" and a unit named in full, its unit noun last and
    capitalized, then a lower-case word in the third person singular ("The Wick Division
    hears appeals", "The Oil Office writes the rules", "The Glass Unit receives requests")
    says what the unit does, as the verbs of function the rules list do: any word of three
    letters or more ending in "s", but not in "ss", "us" or "is" and no function word or
    auxiliary ("The Wick Division thus ...", "The Oil Office was abolished ..."), before its
    object (a word in lower case or a number). Not a plural noun: a unit noun ("The Lamp
    Office units ...") or one before an auxiliary or a modal ("The Wick Division offices are
    open"); a plural noun before a verb with no "s" ("The Wick Division employees handle
    ...") is read as a verb. Not a subject without "The" right before it at a sentence's
    opening, or without a capitalized unit noun last ("Dim lamps functions as ...",
    "Oversight for the Lamp Department comes from ...", "The Braiding section makes ...": a
    topic). Verbs of composition and of reporting no rule lists as verbs of function
    ("consists of", "houses", "reports to") are left to the rules that read them.""",
)
_ANY_SUBJECT_VERB = re.compile(
    _BEFORE_SUBJECT_VERB
    + rf"(?!(?:{_NOT_PRESENT_VERBS}|consists|encompasses|houses|contains|reports)\b)"
    + rf"(?P<verb>{PRESENT_VERB.pattern})\b"
    r"(?=\s+(?!(?:are|were|is|was|have|had|do|will|can|may|must|shall|should|would|could)\b)"
    r"[a-z0-9(\"“])"
)
# The start of the text or of a sentence, before a sentence's subject.
_OPENS_SENTENCE = r"(?:\A|[.!?]\s+|\n\s*)"
# "The" at a sentence's opening, right before its subject (``verb_by_its_ending``).
_THE_AT_OPENING = re.compile(_OPENS_SENTENCE + r"The\s+\Z")


def _subject_verb(
    text: str, subject: int, start: int, end: int | None = None
) -> re.Match[str] | None:
    """The verb right after a sentence's opening subject (from ``subject`` to ``start``): a
    verb of function the rules list, or with ``verb_by_its_ending`` any word shaped as one
    after "The" and a unit named in full."""
    stop = len(text) if end is None else end
    known = _KNOWN_SUBJECT_VERB.match(text, start, stop)
    if known is not None or not enabled("verb_by_its_ending"):
        return known
    words = text[subject:start].split()
    if (
        len(words) < 2
        or not words[-1][:1].isupper()
        or words[-1].lower() not in ANY_UNIT_NOUNS
        or _THE_AT_OPENING.search(text, max(0, subject - 16), subject) is None
    ):
        return None
    verb = _ANY_SUBJECT_VERB.match(text, start, stop)
    if verb is not None and _part_plural(verb.group("verb")):
        return None  # "The Lamp Office units ...", "... agencies": a plural unit noun
    return verb


register(
    "composition_verb_subject",
    "unit",
    """In a unit's section, a unit named in full that opens a paragraph (or a sentence after
    the first) as the subject of a verb of composition ("The Wick Division consists of the
    Trim Unit and the Braid Unit", "The Oil Office encompasses ...") is a part of the
    section's unit, as one that opens with a verb of function is
    (``paragraph_subject_part``, ``sentence_subject_part``, with their exceptions): a unit's
    description goes on to name its parts, and each says what it is made of as readily as
    what it does.""",
)
# "consists of", "encompasses" after a unit named in full (``composition_verb_subject``).
_COMPOSITION_SUBJECT = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:also\s+|further\s+)?(?:consists?\s+of|encompass(?:es)?)\b"
)
# The section's own unit named again after the verb ("oversees the Wick Office", "works with
# this office"): the sentence's subject is its parent or its peer, not a part of it.
_OWNER_AGAIN = re.compile(r"\b(?:the|this|our|that)\s+([a-z]+)\b")


def _names_owner(text: str, owner: Unit) -> bool:
    """Whether ``text`` (a sentence after its verb) names ``owner`` again: by its name, its
    acronym or "the/this" and its own unit noun in lower case ("the office")."""
    if owner.name.lower() in text.lower() or (
        owner.acronym and re.search(rf"\b{re.escape(owner.acronym)}\b", text)
    ):
        return True
    noun = owner.name.split()[-1].lower() if owner.name.split() else ""
    nouns = {noun} | {word.lower() for word in owner.name.split()[:1]}
    return any(
        match.group(1) in nouns and match.group(1) in UNIT_NOUNS
        for match in _OWNER_AGAIN.finditer(text)
    )


register(
    "subject_peer_paragraph",
    "parent",
    """In a unit's section, a paragraph after its first that opens with another unit named
    in full as its subject, worded with the same unit noun as the section's unit ("Wick
    Department" then "The Oil Department advises the Board ...", "Lamp Division" then "The
    Glass Division handles ...", "Office of Wicks" then "The Oil Office keeps ..."), names
    a peer of the section's unit, under the section unit's own parent, not a part of it: a
    unit is not made of units of its own rank, and a page that runs its units' paragraphs
    together leaves some under the heading before them. A department among them is read so
    too (``paragraph_subject_part`` reads no department, as often another body's): after a
    department's heading "The Oil Department is responsible for ..." is the page's next
    department. A unit worded with another noun ("The Wick Unit handles ..." under a
    division) stays a part; so does every one below a unit whose heading names other words
    than its unit ("Wick and Glass" over "The Wick Division ...": a heading over several
    units) or a unit nested below another's heading (deeper in an outline a unit's own
    rank may hold units of its noun).""",
)
# The unit noun ``_subject_part`` leaves out by default, read for ``subject_peer_paragraph``.
_DEPARTMENT_NOUN = frozenset({"department"})


def _rank_noun(name: str) -> str | None:
    """The unit noun a name is worded with, its head noun (:func:`head_noun`: "Wick Supply
    Directorate" -> "directorate", "Office of Wicks" -> "office"), or None."""
    noun = head_noun(tuple(name_tokens(name)))
    return noun if noun in UNIT_NOUNS else None


register(
    "subject_after_wide_gap",
    "parent",
    """In a unit's section, a paragraph set off from the text before it by two blank lines or
    more, that opens with another unit named in full as its subject ("Lamp Care", its text,
    two blank lines, then "The Wick Division keeps ..."), names a peer of the section's unit,
    under the section unit's own parent, not a part of it: a page copied with a heading left
    out (an image, an empty heading) keeps the gap where that heading stood, and the
    paragraph starts the next unit's text. Only when the section's unit is worded with no
    unit noun ("Lamp Care") or with the same noun as the paragraph's ("Wick Section", then
    "The Oil Section ..."): a "Glass Division" may hold the "Trim Unit" its text goes on to
    describe after a gap. A paragraph after a single blank line stays a part
    (``paragraph_subject_part``). The paragraphs after it, to the section's end or the next
    unit moved so, are the moved unit's text, read as its section's would be: the units they
    open with (``paragraph_subject_part``, ``subject_peer_paragraph``) or name in a later
    sentence (``sentence_subject_part``) are its parts or its peers, not the section unit's.
    The gap outweighs ``subject_peer_paragraph``'s exceptions: the unit moves even below a
    heading over several units or a unit nested deeper in an outline.""",
)


def _after_wide_gap(page: PageLayout, blocks: list[Block], block: Block) -> bool:
    """Whether ``block`` follows the section block before it after two blank lines or more."""
    index = next((i for i, b in enumerate(blocks) if b is block), 0)
    if index == 0:
        return False
    return page.text.count("\n", blocks[index - 1].end, block.start) >= 3


@rule("unit", off=[])
def paragraph_subject_part(
    page: PageLayout,
    blocks: list[Block],
    owner: Unit,
    heading: str,
    stated_beside: frozenset[str] = frozenset(),
) -> list[Unit]:
    """In a unit's section, a paragraph after its first that opens with another unit named
    in full as the subject of its sentence ("The Wick Supply Directorate handles ...",
    "Division of Lamps A is responsible for ...") names a part of the section's unit: a
    name of two words or more that ends in a unit noun or opens with one before "of" or
    "for", not the section's unit again, not "These Offices", not a unit a heading of the
    page names (that heading's unit, wherever its section stands) and not a unit found
    already by its name without the final unit noun ("Wick Care" listed, then "The Wick
    Care Division handles ...").

    ``stated_beside`` holds the statement words ("mission") the texts of the sections beside
    the owner's open with (``statement_of_mission``)."""
    parts: list[Unit] = []
    paragraphs = [block for block in blocks if block.kind == PARAGRAPH]
    # a text that opens with its own unit's statement goes on to state its parts'
    stating = (
        stated_beside
        if stated_beside
        and paragraphs
        and statement_subject(page, *page.sentences(paragraphs[0].start, paragraphs[0].end)[0])
        is None
        else frozenset()
    )
    rank = _rank_noun(owner.name)
    peers = (
        enabled("subject_peer_paragraph")
        and rank is not None
        and owner.parent is not None
        and owner.parent.parent is None  # beside a unit right under the page's root
        and content_tokens(heading) - UNIT_NOUNS <= content_tokens(owner.name)
    )
    beside = owner.parent if peers else None  # a peer's parent: the unit over ``owner``
    for block in paragraphs[1:]:
        stated = _stated_peer(page, block, owner, stating)
        if stated is not None:
            # the paragraphs from here on are the peer's text, read as its section
            rest = blocks[next(i for i, b in enumerate(blocks) if b is block) :]
            return [
                *parts,
                stated,
                *paragraph_subject_part(page, rest, stated, stated.name, stated_beside),
            ]
        start, end = page.sentences(block.start, block.end)[0]
        part = _subject_part(page, start, end, owner, "paragraph_subject_part")
        if part is None and peers and rank == "department":
            part = _subject_part(
                page, start, end, owner, "paragraph_subject_part", nouns=_DEPARTMENT_NOUN
            )
        if part is not None and beside is not None and _rank_noun(part.name) == rank:
            reparent(part, beside, "subject_peer_paragraph")
        elif (
            part is not None
            and owner.parent is not None
            and enabled("subject_after_wide_gap")
            and rank in (None, _rank_noun(part.name))
            and _after_wide_gap(page, blocks, block)
        ):
            reparent(part, owner.parent, "subject_after_wide_gap")
            # the paragraphs from here on are the moved unit's text, read as its section
            rest = blocks[next(i for i, b in enumerate(blocks) if b is block) :]
            return [*parts, part, *paragraph_subject_part(page, rest, part, part.name)]
        if part is not None:
            parts.append(part)
    return parts


def _stated_peer(
    page: PageLayout, block: Block, owner: Unit, stated_beside: frozenset[str]
) -> Unit | None:
    """The peer of ``owner`` whose statement of mission opens ``block``, a paragraph after
    the first of ``owner``'s text, when the text of a section beside ``owner``'s opens with a
    statement of the same word (one of ``stated_beside``: ``statement_of_mission``)."""
    if not stated_beside or owner.parent is None:
        return None
    stated = statement_subject(page, *page.sentences(block.start, block.end)[0])
    if stated is None or stated[1] not in stated_beside:
        return None
    return _unit_named(
        page.text,
        without_acronyms(stated[0].text),
        stated[0].start,
        owner.parent,
        found_by="statement_of_mission",
        parent_by="statement_of_mission",
        is_group=False,
    )


def _opening_statements(page: PageLayout) -> tuple[dict[int, str], dict[int, list[Section]]]:
    """The statement word ("mission") each section's text opens with, by section, for the
    sections that open so (no generic label: "Our Mission" is no unit's section), and the
    sections beside each section, its own among them: those of its level under the same
    heading (``statement_of_mission``)."""
    opened: dict[int, str] = {}
    beside: dict[int, list[Section]] = {}
    for level in [page.sections, *(section.members for section in page.walk())]:
        for section in level:
            beside[id(section)] = level
            first = next((b for b in section.body if b.kind == PARAGRAPH), None)
            if first is None or section.is_label:
                continue
            stated = statement_subject(page, *page.sentences(first.start, first.end)[0])
            if stated is not None:
                opened[id(section)] = stated[1]
    return opened, beside


def _runs_of_text(
    blocks: list[Block], owner: Unit, parts: list[Unit]
) -> list[tuple[Unit, list[Block]]]:
    """A section's blocks, each run with the unit whose text it is: ``owner``'s, up to the
    paragraph each unit ``subject_after_wide_gap`` or ``statement_of_mission`` moved out of
    it opens, that unit's from there on."""
    moved = [
        part
        for part in parts
        if part.parent_by in ("subject_after_wide_gap", "statement_of_mission")
    ]
    runs: list[tuple[Unit, list[Block]]] = [(owner, [])]
    for block in blocks:
        opens = next((p for p in moved if block.start <= p.evidence_start < block.end), None)
        if opens is not None:
            runs.append((opens, []))
        runs[-1][1].append(block)
    return runs


# Determiners before a plural ("These Offices", "Both Divisions"): units named already.
_PLURAL_DETERMINERS = frozenset({"these", "those", "both", "all", "such", "each"})


def _subject_part(
    page: PageLayout,
    start: int,
    end: int,
    owner: Unit,
    found_by: str,
    *,
    nouns: frozenset[str] = ANY_UNIT_NOUNS,
) -> Unit | None:
    """The unit a sentence opens with as its subject, named in full with one of the unit
    ``nouns``, when it is a part of ``owner`` (see :func:`paragraph_subject_part`)."""
    text = page.text
    own = _unit_key(owner.name)
    phrases = page.phrases(start, end)
    if not phrases or phrases[0].start - start > len("The "):
        return None
    phrase = phrases[0]
    words = name_tokens(phrase.text)
    if len(words) < 2 or len(phrase.text.split()) > MAX_NAME_WORDS:
        return None
    if not _unit_shaped(words, nouns):
        return None
    verb = _subject_verb(text, phrase.start, phrase.end, end)
    if verb is None and enabled("composition_verb_subject"):
        verb = _COMPOSITION_SUBJECT.match(text, phrase.end, end)
    if set(words) & POSITION_WORDS or not verb:
        return None
    if _names_owner(text[verb.end() : end], owner):
        return None  # "oversees the Wick Office": a parent or a peer of the section's unit
    if refers_back(phrase.text) or words[0].lower() in _PLURAL_DETERMINERS:
        return None  # "This Division", "These Offices": units named already
    key = _unit_key(phrase.text)
    if key <= own or own <= key:
        return None
    return _unit_named(
        text,
        without_acronyms(phrase.text),
        phrase.start,
        owner,
        found_by=found_by,
        parent_by=found_by,
        is_group=False,
    )


def _unit_shaped(words: list[str], nouns: frozenset[str] = ANY_UNIT_NOUNS) -> bool:
    """Whether a name's tokens are worded as a unit's: ending in one of the unit ``nouns``
    ("Wick Supply Directorate") or opening with one before "of" or "for" ("Division of Lamps
    A")."""
    return bool(words) and (
        words[-1] in nouns or (len(words) >= 2 and words[0] in nouns and words[1] in ("of", "for"))
    )


def _listed_without_noun(name: str, index: UnitIndex) -> bool:
    """Whether ``name`` is a unit found already, named before without its unit noun ("The
    Wick Care Division handles ..." after "two divisions: Wick Care and Glass Care"): only a
    final unit noun is dropped ("Office of Oil Safety" is not the "Office of Oil")."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in ANY_UNIT_NOUNS:
        return False
    return index.by_key.get(_unit_key(" ".join(words[:-1]))) is not None


def _opens_with_other_unit(page: PageLayout, start: int, end: int, owner: Unit) -> bool:
    """Whether a sentence opens with a unit's name, as its subject, that is not ``owner``'s."""
    phrases = page.phrases(start, end)
    if not phrases or phrases[0].start - start > len("The "):
        return False
    words = name_tokens(phrases[0].text)
    if not _unit_shaped(words) or refers_back(phrases[0].text):
        return False
    key, own = _unit_key(phrases[0].text), _unit_key(owner.name)
    return not (key <= own or own <= key)


@rule("unit", off=[])
def sentence_subject_part(page: PageLayout, blocks: list[Block], owner: Unit) -> list[Unit]:
    """In a unit's section, a sentence inside a paragraph, after its first, that opens with
    another unit named in full as its subject ("The Fiscal Office works through three
    subunits. The Wick Ledger Unit keeps the accounts. The Oil Payroll Unit pays ...")
    names a part of the section's unit, as a paragraph that opens so does
    (:func:`paragraph_subject_part`, with its exceptions): the units a unit's description
    goes on to name one by one. Only names in the nouns of prose units (office, bureau,
    division, directorate, center, team, branch, unit): a sentence's "The Online Wick
    Service provides ..." or "The Lamp Appeals Board reviews ..." names a service or a body
    outside the unit. Not in a paragraph that opens with another unit as its subject (the
    units it names are that one's), nor a sentence that says where a unit is housed
    (``housed_within`` places it)."""
    parts: list[Unit] = []
    for block in blocks:
        if block.kind != PARAGRAPH:
            continue
        sentences = page.sentences(block.start, block.end)
        if _opens_with_other_unit(page, *sentences[0], owner):
            continue  # a paragraph about another unit: the units it names are that one's
        for start, end in sentences[1:]:
            if _HOUSED.match(page.text, start, end):
                continue  # "The Wick Office is housed within ...": where it is placed
            part = _subject_part(
                page, start, end, owner, "sentence_subject_part", nouns=PROSE_UNIT_NOUNS
            )
            if part is not None:
                parts.append(part)
    return parts


def _intro_lead(page: PageLayout, top: Unit, builder: _Builder) -> Unit | None:
    """The position an introduction ending in "The following offices report to the
    Commissioner." names: the sections that follow are its parts."""
    if not enabled("following_report_to") or not page.sections or not page.intro:
        return None
    block = page.intro[-1]
    if block.kind != PARAGRAPH:
        return None
    start, end = page.sentences(block.start, block.end)[-1]
    match = _FOLLOWING.match(page.text, start, end)
    if match is None:
        return None
    name = match.group("name").strip()
    found = builder.index.resolve(name)
    if found is not None or not _worded_as_unit(name) or len(name.split()) > MAX_NAME_WORDS:
        return found
    begin = match.start("name")
    unit = _unit_named(
        page.text,
        name,
        begin,
        top,
        found_by="following_report_to",
        parent_by=_top_parent_by(top),
    )
    builder.add(unit)
    return unit


register(
    "prose_subject_beside_headings",
    "unit",
    """On a page whose units have headings, a unit its prose outside their sections names as
    the subject that opens a sentence, worded as a unit and followed by a verb of function
    ("The Wick Division provides the wicks for the town.", "The Lamp Leadership Team is led
    by the Warden and meets weekly."), is a unit of the page too, as the units of its
    headings are; a name the prose gives elsewhere in a sentence ("coordinates with the
    Office of Oil", "a link to the Wick Office Brochure") is no part of the page's units.""",
)
# What may stand before a sentence's subject: the start of the text or of a sentence, and "The".
_SENTENCE_OPENING = re.compile(_OPENS_SENTENCE + r"(?:The\s+)?\Z")


def _subject_beside_headings(text: str, unit: Unit, top: Unit) -> bool:
    """Whether a unit ``prose_unit`` found opens its sentence as the subject of a verb of
    function (``prose_subject_beside_headings``), and is not the page's agency or a body
    above it named again ("The Office of Wick Policy leads ..." on the Wick Policy page)."""
    if unit.found_by != "prose_unit" or not enabled("prose_subject_beside_headings"):
        return False
    start = unit.evidence_start
    if _SENTENCE_OPENING.search(text, max(0, start - 12), start) is None:
        return False
    if _subject_verb(text, start, start + len(unit.name)) is None:
        return False
    own = content_tokens(unit.name) - UNIT_NOUNS
    for step in (top, *ancestors(top)):
        words = re.sub(r"\W+", " ", re.sub(r"([a-z])([A-Z])", r"\1 \2", step.name))
        if own <= content_tokens(words) | UNIT_NOUNS and not one_of_listed_units(
            unit.name, step.name
        ):  # "InteriorLamp Office": glued names
            return False  # the agency, or a body above it, named again
    return True


def extract_units(page: PageLayout, root: Root, definitions: Definitions) -> list[Unit]:
    """Every unit of the page, the root first, parents before children."""
    text = page.text
    start, end = _root_evidence(page, root)
    root_unit = Unit(root.name, root.acronym, UnitType.AGENCY, None, None, start, end)
    root_unit.found_by = root.found_by
    builder = _Builder(page, definitions)
    builder.add(root_unit)
    top = root_unit
    title_unit = (
        title_names_unit(page, root_unit, definitions)
        if root.title_is_unit and page.title is not None
        else None
    )
    if title_unit is None and root.head is not None:
        title_unit = _position_unit(page, root.head, root_unit, root.found_by)
    if title_unit is not None:
        top = title_unit
        builder.add(top)
    else:
        root_unit.description = _span_text(text, page.intro)
    builder.prose.extend(page.intro)
    title_heading = page.title.text if page.title is not None else None
    builder.body_units(page.intro, top, title_heading)
    builder.within(page.intro, top)
    # A page may name its agency's parts in its introduction: "The bureau consists of the A,
    # the B and the C." A page without sections reads its prose first, so that a part it
    # names in full later ("structured into three offices: A, ... The Office of A ...") is
    # taken by that fuller name.
    intro_parts = _section_enumeration(page, page.intro, top)
    for part in intro_parts if page.sections else []:
        if builder.index.resolve(part.name) is None:
            builder.add(part)
    lead = _intro_lead(page, top, builder)
    for section in page.sections:
        if lead is not None:
            builder.visit(section, lead, "following_report_to")
        else:
            builder.visit(section, top, _top_parent_by(top))
    for blocks, owner in builder.structure_prose:
        if builder.any_section_unit:
            builder.add_new(prose_unit(page, blocks, owner, builder.index, definitions))
    if not builder.any_section_unit:
        prose = sorted(builder.prose + builder.topic_prose, key=lambda block: block.start)
        bare_for: dict[int, Unit] = {}  # a name given in full: the unit found bare
        for unit in prose_unit(page, prose, top, builder.index, definitions):
            if unit.parent is not None and id(unit.parent) in bare_for:
                reparent(unit, bare_for[id(unit.parent)])
            bare = _named_bare(unit.name, builder.units)
            if bare is not None:
                bare_for[id(unit)] = bare
            elif not qualified_repeat(unit.name, [u.name for u in builder.units]):
                builder.add(unit)
    elif enabled("enumerated_units"):
        for unit in prose_unit(page, builder.prose, top, builder.index, definitions):
            if (
                unit.found_by in PROSE_FINDERS_BESIDE_HEADINGS
                or _subject_beside_headings(text, unit, top)
                or _agency_composed_of(page, builder.prose, unit, builder.units)
            ) and not qualified_repeat(unit.name, [u.name for u in builder.units]):
                builder.add(unit)
    late_parts = [] if page.sections else intro_parts
    if not builder.any_section_unit:
        late_parts += builder.generic_parts
    for part in late_parts:
        if builder.index.resolve(part.name) is None and not _named_in_full(
            part.name, builder.units
        ):
            opening = _outline_item_owner(page, part, builder.index, top)
            if opening is not None:
                reparent(part, opening, "outline_item_enumeration")
            builder.add(part)
    _subjects_found_already(builder)
    builder.add_new(_governed_lists(page, builder.units, builder.index, top, definitions))
    builder.add_new(composition_list(page, builder.units, builder.index, top))
    builder.add_new(lower_case_part_series(page, builder.units, builder.index, top))
    builder.add_new(units_including_series(page, builder.units, builder.index, top))
    builder.add_new(such_as_parts(page, builder.units, builder.index, top))
    builder.add_new(semicolon_series(page, builder.units, builder.index, top))
    builder.add_new(semicolon_named_series(page, builder.units, builder.index, top))
    counted = counted_parts_in_parentheses(page, builder.units, builder.index, top)
    builder.add_new(unit for unit, _ in counted)
    builder.add_new(counted_parts_besides(page, builder.units, builder.index, top))
    builder.add_new(agency_headed_by(page, builder.units, builder.index, top))
    builder.add_new(assisted_by(page, builder.units, builder.index, top))
    builder.add_new(chosen_presiding_officers(page, builder.units, builder.index, top))
    builder.add_new(subject_peers(page, builder.units, builder.index, top))
    builder.add_new(plural_noun_of_series(page, builder.units, builder.index, top))
    builder.add_new(governing_board(page, builder.units, builder.index, top))
    builder.add_new(unbarred_unit_column(page, builder.units, builder.index, top))
    _composed_parents(page, builder.units, top)
    _run_parents(page, builder.units, top)
    _fall_under_parents(page, builder.units, top)
    _opening_phrase_parents(page, builder.units)
    _lead_in_report_parents(page, builder.units, top)
    _referring_lead_in_parents(page, builder.units)
    _last_named_lead_in_parents(page, builder.units)
    _nested_parts(page, builder.units, top)
    _parenthesized_parts(page, builder.units, top)
    _item_description_parents(page, builder.units, top)
    _field_named_parents(page, builder.units, top)
    _departments_beside_headings(builder.units, top)
    plurals = {_unit_key(plural) for _, plural in counted}
    parts = {id(unit) for unit, _ in counted}
    units = [
        unit
        for unit in builder.units
        if unit is builder.units[0]
        or unit.heading is not None
        or id(unit) in parts  # "two sections (Section A and Section B)": a part, no plural
        or _unit_key(unit.name) not in plurals
    ]
    _name_listed_parts_in_full(text, units)  # before their acronyms are read
    acronym_inside_name(units)
    acronym_named_unit(units, definitions)
    defined_name_acronym(units, definitions)
    found = _parents_first(_without_non_unit_names(_without_abolished(page, units), page))
    if len(found) < 2:
        found += unit_names_in_text(page, found)
    if len(found) < 2:
        found += announced_names_last_resort(page, found)
    # the units read under the first line's words, the root named by the body the page
    # refers to (``root_first_line_referred_body``)
    below = [unit for unit in found if unit is not root_unit]
    named = first_line_referred_body(page, root, below)
    # a title naming an agency's parts in the plural: the root named by the agency's noun
    # the page refers to (``root_owner_of_titled_units``)
    named = named or owner_of_titled_units(page, root, below)
    if named is not None:
        root_unit.name, root_unit.found_by = named.name, named.found_by
        root_unit.evidence_start, root_unit.evidence_end = _root_evidence(page, named)
    return found


def _root_evidence(page: PageLayout, root: Root) -> tuple[int, int]:
    """The root's evidence: the sentence that names it, or its name alone."""
    start, end = sentence_at(page.text, page.blocks, root.start)
    if end <= start:
        start, end = root.start, root.end
    return bounded((start, end), (root.start, root.end))


MAX_NAMED_IN_TEXT_WORDS = 8


@rule("unit", off=[])
def unit_names_in_text(page: PageLayout, units: list[Unit]) -> list[Unit]:
    """A page on which the other readers find no unit is not refused while its text names
    several units: each capitalized name that a unit noun opens before "of" or "for" or
    closes ("Department of Wicks", "Glass Repair Division"), other than the page's own body
    or a name within it, a unit found already, a post's ("Director of Wick Services"), a
    program's or a project's, is one of the body's units, in the order the page first names
    them; a page naming fewer than two (a notice that mentions another body) stays refused.
    Switched off, such a page is refused ("no organizational units found"). (Read on pages
    where one unit was found, it gained on development pages but undid the filters'
    judgements: partners, trustees, other bodies.)"""
    text = page.text
    top = units[0]
    own = _unit_key(top.name)
    found_keys = [_unit_key(unit.name) for unit in units[1:]]
    named: list[tuple[str, int]] = []
    for block in page.blocks:
        for phrase in page.phrases(block.start, block.end):
            for start, piece in _series_pieces(phrase):
                name = without_acronyms(piece).strip()
                key = _unit_key(name)
                words = name_tokens(name)
                if not (
                    1 < len(name.split()) <= MAX_NAMED_IN_TEXT_WORDS
                    and is_capitalized_name(name)
                    and _unit_worded_name(words)
                    and not names_position_only(name)
                    and not post_head(name)
                    and words[-1] not in PROGRAM_NOUNS
                    and " in " not in name
                    and not _undertaking(name, text, start)
                    and not key <= own
                    and not any(known <= key or key <= known for known in found_keys)
                ):
                    continue
                named.append((name, start))
    return _root_units(text, top, named, "unit_names_in_text")


MIN_NAMED_IN_TEXT = 2


def _root_units(text: str, top: Unit, named: list[tuple[str, int]], found_by: str) -> list[Unit]:
    """The last-resort finders' units: each name (with where it stands) a unit under the
    page's root, once per name in the order the page gives them; none when fewer than
    :data:`MIN_NAMED_IN_TEXT` are left (a page that mentions one body stays refused)."""
    seen: set[frozenset[str]] = set()
    found: list[Unit] = []
    for name, at in named:
        key = _unit_key(name)
        if key in seen:
            continue
        seen.add(key)
        found.append(
            _unit_named(
                text, name, at, top, found_by=found_by, parent_by="default_root", is_group=False
            )
        )
    return found if len(found) >= MIN_NAMED_IN_TEXT else []


@rule("unit", off=[])
def announced_names_last_resort(page: PageLayout, units: list[Unit]) -> list[Unit]:
    """A page on which no other reader finds a unit (``unit_names_in_text`` neither) is not
    refused while a colon announces units and names them after it: the words before the colon
    end in a plural unit noun ("The board consists of the following three divisions:", "The
    board has three divisions:") or hold "the following" and one ("The following divisions are
    created by this code:"), or end in a bare count whose noun the sentence before gives ("How
    many wick departments are there? There are five: ..."). The names are the items of the list
    right after the colon (deeper than an outline item that holds it: "b. Divisions. The board
    consists of the following three divisions:" over "(1) Wick care.", "(2) Oil supply."), each
    a short name of letters that opens with a capital (sentence case will do), every item at the
    first one's level one (an item under an item is none), the list ending at the next item at
    the outline item's own level ("c. Keeper. ..."); or the series that ends the colon's
    sentence ("Wick Care, Oil Supply, Glass and Soot"), its capitalized names, each opening with
    a capital, when they are most of its pieces ("Clerk plus Wick Care" is none, nor is "1) Wick
    Care", a numbered piece). Each is one of the body's units, under the page's root; the body's
    own name among them is no part of it. Not what a verb of working with, reporting to or
    supporting announces right before the noun or "the following" (partners, "works with the
    following offices:"; not "The board, which advises the mayor, has three divisions:"), nor
    offerings ("the
    following services:", ``plural_unit_noun``), nor a count whose sentence before names no
    units; a colon inside a time ("at 9:30") announces nothing. A page with fewer than two such
    names stays refused. Switched off, such a page is refused ("no organizational units
    found")."""
    text = page.text
    top = units[0]
    own = _unit_key(top.name)
    found: list[tuple[str, int]] = []
    for index, block in enumerate(page.blocks):
        if block.kind not in (PARAGRAPH, LIST_ITEM) or ":" not in block.text:
            continue
        earlier: tuple[int, int] | None = None
        for start, end in page.sentences(block.start, block.end):
            mark = _ANNOUNCING_COLON.search(text, start, end)
            colon = mark.start() if mark is not None else -1
            announced = _announces_names(text, start, colon, earlier) if mark else None
            earlier = (start, end)
            if announced is None:
                continue
            if text[colon + 1 : end].strip():
                named = _announced_series(text, colon + 1, end, announced)
            elif not text[end : block.end].strip():
                named = _announced_items(page, index)
            else:
                named = []
            found += [(name, at) for name, at in named if _unit_key(name) not in (own, frozenset())]
    return _root_units(text, top, found, "announced_names_last_resort")


MAX_ANNOUNCED_NAME_WORDS = 6
# The colon that announces names: one before a space or the end, not one inside "9:00".
_ANNOUNCING_COLON = re.compile(r":(?!\S)")
# A bare count right before the colon: "There are five:", "there are 12:".
_COUNT_BEFORE_COLON = re.compile(r"\b(?P<count>(?i:" + "|".join(NUMBER_WORDS) + r")|\d{1,2})\s*$")


def _announces_names(
    text: str, start: int, colon: int, earlier: tuple[int, int] | None
) -> int | None:
    """Whether the words before a colon announce units (``announced_names_last_resort``):
    None when they do not, else the count they give (0 when none)."""
    lead = text[start:colon]
    words = list(re.finditer(r"[A-Za-z]+", lead))
    following = FOLLOWING.search(lead)
    # "works closely with the following offices:": partners, the verb of working with right
    # before the noun or "the following" (as ``_OTHERS_OBJECT`` reads it), not anywhere in
    # the lead ("The board, which advises the mayor, has three divisions:")
    if any(
        _OTHERS_OBJECT.search(lead, 0, at) is not None
        for at in (
            words[-1].start() if words else -1,
            following.start() if following is not None else -1,
        )
        if at >= 0
    ):
        return None
    if words and plural_unit_noun(words[-1].group()):
        return 0
    if following is not None and plural_unit_noun(following.group("noun")):
        return 0
    count = _COUNT_BEFORE_COLON.search(lead)
    if count is None or earlier is None or _OTHERS_OBJECT.search(lead, 0, count.start()):
        return None
    before = re.findall(r"[A-Za-z]+", text[earlier[0] : earlier[1]])
    if not any(plural_unit_noun(word) for word in before):
        return None
    figure = count.group("count").lower()
    return int(figure) if figure.isdigit() else NUMBER_WORDS[figure]


def _announced_series(text: str, start: int, end: int, count: int) -> list[tuple[str, int]]:
    """The capitalized names of the series after an announcing colon, with their starts,
    when they are most of its pieces."""
    listed = text[start:end].rstrip(" .;")
    pieces = _list_pieces(listed, count or None)
    named: list[tuple[str, int]] = []
    cursor = start
    for piece in pieces:
        at = text.find(piece, cursor, end) if piece else -1
        if at < 0:
            continue
        cursor = at + len(piece)
        name = re.sub(_NAMED_OPENING, "", piece).strip()
        if (
            name
            and len(name.split()) <= MAX_ANNOUNCED_NAME_WORDS
            and name[:1].isupper()
            and is_capitalized_name(without_acronyms(name))
        ):
            named.append((name, text.index(name, at)))
    return named if 2 * len(named) > len(pieces) else []


def _announced_items(page: PageLayout, index: int) -> list[tuple[str, int]]:
    """The names of the list right after an announcing colon that ends its block: the items
    deeper than the block when it is an outline item, else the items that follow it, at the
    first one's level; none unless every item is a short name."""
    lead = page.blocks[index]
    items: list[Block] = []
    for block in page.blocks[index + 1 :]:
        if block.kind != LIST_ITEM or (lead.kind == LIST_ITEM and block.level <= lead.level):
            break
        if items and block.level > items[0].level:
            continue
        if items and block.level < items[0].level:
            break
        items.append(block)
    named: list[tuple[str, int]] = []
    for item in items:
        found = item_name(item)
        if found is None:
            return []
        name = found[0].strip()
        if not (
            name[:1].isupper()
            and len(name.split()) <= MAX_ANNOUNCED_NAME_WORDS
            and LETTERS_NAME.fullmatch(without_acronyms(name)) is not None
        ):
            return []
        named.append((name, found[1]))
    return named


def _unit_worded_name(words: list[str]) -> bool:
    """A unit noun closes the name ("Glass Repair Division") or opens it before "of" or
    "for" ("Department of Wicks"); a plural noun opening it names a set ("Departments of
    the Town"), no unit."""
    return words[-1] in UNIT_NOUNS or unit_noun_opens(words)


def _series_pieces(phrase: Phrase) -> list[tuple[int, str]]:
    """A phrase cut where a series names its next unit ("a Department of Wicks, a
    Department of Oil and Department of Soot"): at a comma or an "and", with or without an
    article, before a name a unit noun opens; at one with an article before any name that
    holds a unit noun. "Department of Lamps, Posts and Lanterns" stays whole."""
    pieces: list[tuple[int, str]] = []
    at = 0
    cuts = list(_NEXT_IN_SERIES.finditer(phrase.text))
    for index, cut in enumerate(cuts):
        end = cuts[index + 1].start() if index + 1 < len(cuts) else len(phrase.text)
        rest = name_tokens(phrase.text[cut.end() : end])
        if unit_noun_opens(rest) or (cut.group("article") and set(rest) & UNIT_NOUNS):
            pieces.append((phrase.start + at, phrase.text[at : cut.start()]))
            at = cut.end()
    pieces.append((phrase.start + at, phrase.text[at:]))
    return pieces


# Nouns of setting up that a charter creates units with ("the establishment of a Department
# of Wicks"): not a project's undertaking here.
_CREATING_NOUNS = frozenset({"establishment", "creation"})


def _undertaking(name: str, text: str, start: int) -> bool:
    """A project's name ("Construction of an Oil Depot Office"), or the thing it builds after
    its noun of an undertaking and a few words ("construction of a new Oil Depot Office"):
    what is built, no unit."""
    tokens = name_tokens(name)
    projects = UNDERTAKING_NOUNS - _CREATING_NOUNS
    if len(tokens) > 2 and tokens[0] in projects and tokens[1] == "of":
        return True
    before = name_tokens(text[max(0, start - 40) : start])[-4:]
    return any(
        word in projects and following == "of" for word, following in itertools.pairwise(before)
    )


_NEXT_IN_SERIES = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<article>(?:an?|the)\s+)?")


# An acronym in parentheses inside or after a name: "Lamp Works (LW) Branch", "Lamp Works (LW)".
_NAME_ACRONYM = re.compile(r"\s*\(([^()\s]{2,16})\)(?=\s|$)")


@rule("name", off=None)
def acronym_inside_name(units: list[Unit]) -> None:
    """A unit's acronym written in parentheses inside its name, "Wick Planning (WP) Branch",
    or after it, "Tallow Supply (TSUP)", as a list or a sentence gives it, is the unit's
    acronym, not part of its name: the unit is "Wick Planning Branch", acronym WP. A name
    with one inside and one after it, "Lamp Trimming (LT) Division (LTD)", is the "Lamp
    Trimming Division", acronym LTD: the one after the name spells all of it, the one
    inside only the words before it. A parenthesis of words ("Lamp Office (Northern
    Region)") stays in the name."""
    for unit in units:
        found = [m for m in _NAME_ACRONYM.finditer(unit.name) if is_acronym(m.group(1))]
        last = found[-1] if found else None
        if len(found) == 2 and last is not None and last.end() == len(unit.name.rstrip()):
            match = last  # "Lamp Trimming (LT) Division (LTD)": the whole name's acronym
        elif len(found) == 1:
            match = found[0]
        else:
            continue
        name = unit.name
        for cut in reversed(found):
            name = name[: cut.start()] + name[cut.end() :]
        name = name.strip()
        if not name or names_position_only(name):
            continue
        unit.name = name
        unit.acronym = unit.acronym or match.group(1)


@rule("name", off=None)
def acronym_named_unit(units: list[Unit], definitions: Definitions) -> None:
    """A unit named by its acronym and its unit noun alone, "WR Branch", is the unit the
    page defines the acronym for: "Wick Review (WR) Branch ... The WR Branch ..." names the
    "Wick Review Branch", acronym WR. Only an acronym the page spells out one way, and not
    the acronym of the unit's own agency or a unit above it ("the LB Board" of the Lamp
    Board is its board, not a "Lamp Board Board"). A long form that holds the noun is the
    name itself: "Office of Lamp Keeping (OLK) ... the OLK Office" is the "Office of Lamp
    Keeping", not an "Office of Lamp Keeping Office"."""
    for unit in units:
        words = unit.name.split(" ")
        if len(words) != 2 or not is_acronym(words[0]) or words[1].lower() not in UNIT_NOUNS:
            continue
        expansions = {d.expansion for d in definitions.with_acronym(words[0])}
        if len(expansions) != 1 or (unit.acronym and unit.acronym != words[0]):
            continue
        long_form = expansions.pop()
        if not long_form[:1].isupper():  # "emergency lamp services (ELS)": a phrase, no name
            continue
        above = {owner.acronym for owner in ancestors(unit)}  # every unit above, however many
        if words[0] in above or (units and units[0].acronym == words[0]):
            continue
        # "Office of Lamp Keeping (OLK)" and "the OLK Office": the long form holds the noun.
        holds_noun = words[1].lower() in (word.lower() for word in long_form.split())
        unit.name = long_form if holds_noun else f"{long_form} {words[1]}"
        unit.acronym = words[0]


@rule("name", off=None)
def defined_name_acronym(units: list[Unit], definitions: Definitions) -> None:
    """A unit found without an acronym takes the one the page defines for its very name:
    "Wick Supply Office" read from a sentence's subject is the "Wick Supply Office (WSO)"
    the page writes elsewhere, so its acronym is WSO. Only a name spelled out in full by one
    definition, and an acronym no other unit of the page has, is taken."""
    taken = {unit.acronym for unit in units if unit.acronym}
    for unit in units:
        if unit.acronym:
            continue
        defined = definitions.named(unit.name)
        if defined is None or defined.acronym in taken:
            continue
        if len({d.expansion.lower() for d in definitions.with_acronym(defined.acronym)}) > 1:
            continue
        unit.acronym = defined.acronym
        taken.add(defined.acronym)


# "The Director oversees the A Office, the B Office and C", "They provide direct oversight and
# guidance to A, B, and the C Office", "began to oversee A, B and C": a verb of supervision
# and the start of what it governs.
_OVERSEES = re.compile(
    r"(?<!\bto )\b(?:also\s+|directly\s+)?(?:oversees?|supervises?"
    r"|(?:began|begins|continues)\s+to\s+(?:oversee|supervise)"
    r"|(?:is|are)\s+responsible\s+for\s+supervising"
    r"|(?:provides?|has|have|exercises?)\s+(?:direct\s+|general\s+|overall\s+)?"
    r"(?:oversight|supervision)(?:\s+and\s+guidance)?\s+(?:to|for|over|of))\s+(?:the\s+)?"
)
# What stands between two governed names: a comma or semicolon, "and" or "or", "the".
_GOVERNED_GAP = re.compile(r"\s*[,;]?\s*(?:(?:and|or)\s+)?(?:the\s+)?")
# What may stand between the governing name and its verb: an aside in parentheses.
_GOVERNOR_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*")
_POSSESSIVE_ENDS = ("'s", "’s", "’", "'")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:They|He|She|It)\s")

register(
    "leading_verb_list",
    "unit",
    """Names a sentence lists after a verb of leading are units its subject heads, as those
    after a verb of supervision are (``oversight_list``): "The Office of the Deputy Warden
    leads the Lamp Inspection Service, which inspects ...", "The Lamp Counsel also is the
    head of the Glass Law Division, a bureau ...", "A Deputy Keeper post was created to head
    the Wick Care Group", "There are Senior Keepers leading Oil Supply, Glass Care, and
    the Soot and Ember Divisions". The verbs are "heads" and "leads" (``LEADING_VERBS``),
    "head the" and "lead the",
    "is (also) the head of", and "leading" right after the name of who leads (not "the
    leading Wick Institute"); the first of them in the sentence that leads a body is read
    ("As the leading Lamp Institute, the Wick Office also heads the Oil Division").
    "directs", "manages" and "runs" are left out: what one directs is as often a body one
    presides over as a member (a committee a bureau's head chairs, made a unit of the bureau
    when "chairs" and "directs" were read), what one manages or runs a thing ("manages the
    Lamp Data Network"). What is led is a body: one name at least ends in a unit noun or
    holds one before "of" or "for" ("the Ember Bureau of Lamps"; "leads Wick Renewal
    across the Valley" or a line "Wick Trimming leads Jo Bloggs and Al Smith" names none);
    the other names of the series are its peers when each is worded so too, or when the
    series closes on a plural unit noun its names share ("Oil Supply, Glass Care, and the
    Soot and Ember Divisions"): "leads the Oil Division and the Lamp Safety Review" names
    one body, not the review. The subject, a unit found, is their parent, or the unit whose
    section holds the sentence; a post named as the subject and found nowhere else ("Senior
    Keepers leading ...") is not made a unit, and a possessive that runs into words in lower
    case ("leads the Board's work with ...") names nothing led. A sentence with a verb of
    supervision is ``oversight_list``'s, whichever of the two is switched on.""",
)
# "The Wick Keeper heads the Oil Division", "leads the Glass Service", "is also the head of
# the Soot Division", "to head the Wick Group", "Keepers leading Oil Supply, ...": a verb of
# leading and the start of the names led (``leading_verb_list``; a name led opens with a
# capital, any letter's); "leading" is read only after its subject's name.
_LEADING_VERB = re.compile(
    r"\b(?:also\s+)?(?:" + _LEADS_VERB + r"|(?P<participle>leading)|(?:head|lead)(?=\s+the\s)"
    r"|(?:is|are)\s+(?:also\s+)?(?:the\s+)?heads?\s+of)\s+(?:the\s+)?"
)


def _names_body(name: str) -> bool:
    """A name that ends in a unit noun, singular or plural ("Wick Care Group", "Soot and
    Ember Divisions"), or holds one before "of" or "for" ("Office of Lamps", "Ember
    Bureau of Lamps"): a body's name. A unit noun alone ("is the head of the Directorate")
    refers to a body named elsewhere."""
    tokens = name_tokens(name)
    return len(tokens) > 1 and (
        tokens[-1] in UNIT_NOUNS
        or plural_unit_noun(tokens[-1])
        or noun_before_of(tokens, UNIT_NOUNS)
    )


def _bodies_led(governed: list[Phrase]) -> list[Phrase]:
    """The names a verb of leading governs that name bodies (``leading_verb_list``): none
    when no name is worded as a body; else those worded so, or all of them when the series
    closes on a plural unit noun its names share ("Oil Supply, Glass Care and the Soot and
    Ember Divisions")."""
    names = [without_acronyms(part.text) for part in governed]
    bodies = [_names_body(name) for name in names]
    if not any(bodies):
        return []
    last = name_tokens(names[-1])
    if len(governed) > 1 and last and plural_unit_noun(last[-1]):
        return governed
    return [part for part, body in zip(governed, bodies, strict=True) if body]


def _subject_before(text: str, phrases: list[Phrase], verb: int) -> Phrase | None:
    """The name right before a verb that starts at ``verb`` (an aside in parentheses may stand
    between them): the verb's subject."""
    return next(
        (
            p
            for p in reversed(phrases)
            if p.end <= verb and _GOVERNOR_GAP.fullmatch(text, p.end, verb) is not None
        ),
        None,
    )


def _led_names(
    text: str, phrases: list[Phrase], start: int, end: int
) -> tuple[re.Match[str], list[Phrase], Phrase | None] | None:
    """The first verb of leading in a sentence that leads bodies (``leading_verb_list``),
    with the bodies it governs and its subject: not "the leading X" (no subject before the
    participle), nor a verb that governs no body ("leads Lamp Renewal")."""
    for verb in _LEADING_VERB.finditer(text, start, end):
        governed = _governed_names(text, phrases, verb.end(), end)
        if not governed:
            continue
        subject = _subject_before(text, phrases, verb.start())
        if subject is None and verb.group("participle"):
            continue  # "the leading Wick Institute": an adjective
        bodies = _bodies_led(governed)
        if bodies:
            return verb, bodies, subject
    return None


def _governed_names(text: str, phrases: list[Phrase], start: int, end: int) -> list[Phrase]:
    """The names listed right after a verb of supervision that ends at ``start``: the run of
    name phrases joined only by commas, semicolons, "and", "or" and "the", each split at its
    commas; "A, B and C" at the end of the run, without a comma before "and", is two names."""
    run: list[Phrase] = []
    cursor = start
    for phrase in phrases:
        if phrase.end <= start:
            continue
        joined = phrase
        if run and run[-1].end == cursor and text[cursor : phrase.start] == " ":
            if not run[-1].text.endswith(_POSSESSIVE_ENDS):
                break
            # "Wick Workers’ Relief Fund": a possessive inside the name.
            joined = Phrase(text[run[-1].start : phrase.end], run[-1].start, phrase.end)
            run.pop()
        elif phrase.start < cursor or _GOVERNED_GAP.fullmatch(text, cursor, phrase.start) is None:
            break
        run.append(joined)
        cursor = phrase.end
        after = _PAREN_AFTER.match(text, cursor, end)
        if after is not None:
            cursor = after.end()
    if run and (run[-1].text.endswith(_POSSESSIVE_ENDS) or not _part_ends(text, cursor, end)):
        run.pop()  # "oversees Lamp agency performance", "the Board's work with ...": no name
    listed: list[Phrase] = []
    for phrase in run:
        listed.extend(split_list(text, phrase, on_and=False))
    if run and len(split_list(text, run[-1], on_and=False)) > 1:
        last = listed[-1]
        serial = not re.search(r",\s+and\s", run[-1].text)
        if serial and " and " in last.text and not re.search(r"\band\s+the\b", last.text):
            cut = last.text.rindex(" and ")
            listed[-1:] = [
                Phrase(last.text[:cut], last.start, last.start + cut),
                Phrase(last.text[cut + 5 :], last.start + cut + 5, last.end),
            ]
    return listed


def _section_owners(page: PageLayout, units: list[Unit], top: Unit) -> dict[int, Unit]:
    """The unit whose own section holds each block (by the block's start), the top unit for
    the rest."""
    owners: dict[int, Unit] = {}
    for unit in units:
        if unit is top:
            continue
        for block in unit.body:
            owners.setdefault(block.start, unit)
    return owners


# Last words that make a governed name a law, a document or an agreement the subject
# administers ("oversees the Lamp Safety Act", "the Wick Supply Agreement"), not a unit.
_INSTRUMENT_NOUNS = frozenset(
    {
        "act",
        "acts",
        "law",
        "laws",
        "statute",
        "statutes",
        "regulation",
        "regulations",
        "ordinance",
        "ordinances",
        "code",
        "treaty",
        "treaties",
        "agreement",
        "agreements",
        "contract",
        "contracts",
        "plan",
        "plans",
        "report",
        "reports",
    }
)


def names_instrument(words: list[str], nouns: frozenset[str] = _INSTRUMENT_NOUNS) -> bool:
    """ "Lamp Safety Act", "Wick Standards Regulations": a last word naming a law or a
    document (one of ``nouns``), with no preposition, "and" or "&" before it (not "Office of
    Plans", "Stores & Provisions")."""
    return len(words) > 1 and words[-1].lower() in nouns and words[-2].lower() not in CONNECTORS


def _taken_spans(units: list[Unit]) -> list[tuple[int, int]]:
    """Where the units other rules found were read (``_read_elsewhere``)."""
    return [(unit.evidence_start, unit.evidence_end) for unit in units]


def _read_elsewhere(taken: list[tuple[int, int]], after: int, part: Phrase) -> bool:
    """Whether a name listed after a verb (from ``after``) overlaps a unit another rule read
    there: "oversees A, B and C" or "consists of A, B and C" is also a list of parts to
    ``enumerated_units``, which may keep "B and C" whole; the same words are not read again,
    cut differently (a unit read from a heading or a whole section starts before the verb)."""
    return any(after <= start < part.end and part.start < end for start, end in taken)


def _staff_of_units(words: list[str]) -> bool:
    """ "Division Lieutenants", "Branch Supervisors": the people of units, a unit noun right
    before a last plural noun that is neither a unit's nor a position's."""
    last = words[-1].lower()
    return (
        len(words) > 1
        and last.endswith("s")
        and not {last, last[:-1]} & (UNIT_NOUNS | POSITION_WORDS)
        and words[-2].lower() in UNIT_NOUNS
    )


def _opening_unit(
    text: str, phrases: list[Phrase], start: int, resolve: Callable[[str], Unit | None]
) -> Unit | None:
    """The first unit found that a sentence names ("There are two Deputy Wardens who ..."):
    what "They" in the sentence after it stands for."""
    for phrase in phrases:
        found = resolve(without_acronyms(phrase.text))
        if found is not None:
            return found
    return None


register(
    "oversight_list",
    "unit",
    """Names a sentence lists after a verb of supervision are the units its subject governs:
    "The Chief of Wicks oversees Oil Supply, Glass Care and Soot Removal", "The Warden provides
    direct oversight and guidance to the Deputy Wardens, the Office of Lamps, and the Oil
    Center", "They supervise ..." (the subject of the sentence before), in any section's
    prose. Each name is capitalized, at most a few words long, and joined to the next only by
    commas, "and" and "the"; a sentence that governs "the Board's work with the A Office"
    lists nothing; a law or a document governed ("the Lamp Safety Act", "the Wick Standards
    Regulations") is no unit; names another rule already read from the same words ("oversees
    A, B and C" as a list of parts) are not read again, cut differently. The subject, a unit
    found or a position title it names (created then), is their parent; without one, the
    unit whose section holds the sentence is. A name's acronym is the page's definition of
    it. The sentence before is read for its first unit only when "They" opens the next
    one.""",
)


def _governed_lists(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit, definitions: Definitions
) -> list[Unit]:
    """The units sentences name after a verb of supervision (``oversight_list``) or, where
    none is, of leading (``leading_verb_list``): one reading of the page's sentences, each
    branch behind its own rule's switch, so that switching one off takes away its units
    alone. A sentence whose branch is off is still read for the unit its subject names
    (what "They" in the next sentence stands for), as when it is on."""
    text = page.text
    owners = _section_owners(page, units, top)
    found: list[Unit] = []
    by_name: dict[str, Unit] = {}  # what this reading found, by its name in lower case

    def resolve(name: str) -> Unit | None:
        return (
            by_name.get(name.lower()) or index.resolve(name) or office_of_position(name, {}, index)
        )

    taken = _taken_spans(units)
    # The sentence before, as its first unit or (not read yet) its span: what "They" is.
    previous: Unit | tuple[int, int] | None = None
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            said_before, previous = previous, None
            fragment = text[start:end]
            supervises = "overs" in fragment or "upervis" in fragment
            if not supervises and _PRONOUN_SUBJECT.match(text, start) is None:
                previous = (start, end)  # its first unit, read only if "They" follows
            verb = _OVERSEES.search(text, start, end) if supervises else None
            # a verb of leading where none of supervision is (leading_verb_list)
            led = verb is None and ("lead" in fragment or "head" in fragment)
            if led and not enabled("leading_verb_list"):
                continue
            phrases = page.phrases(start, end) if verb is not None or led else []
            if led:
                reading = _led_names(text, phrases, start, end)
                if reading is None:
                    continue
                verb, governed, subject = reading
            elif verb is not None:
                governed = _governed_names(text, phrases, verb.end(), end)
                if not governed:
                    continue
                subject = _subject_before(text, phrases, verb.start())
            else:
                continue
            finder = "leading_verb_list" if led else "oversight_list"
            on = enabled(finder)
            opening = phrases[0] if phrases and phrases[0].start - start <= len("The ") else None
            if subject is None and opening is not None and opening.end <= verb.start():
                subject = opening  # "The Comptroller is the ... and supervises ..."
            head: Unit | None = None
            if subject is not None and not refers_back(subject.text):
                name = without_acronyms(subject.text)
                head = resolve(name)
                if (
                    head is None
                    and on
                    and not led  # a post that leads is no unit of its own here
                    and "," not in name
                    and set(name_tokens(name)) & POSITION_WORDS
                    and len(name.split()) <= MAX_POSITION_WORDS
                    and is_capitalized_name(name)
                ):
                    head = _section_part(
                        text,
                        name,
                        subject.start,
                        owner,
                        top,
                        found_by="oversight_list",
                        is_group=True,
                    )
                    by_name[name.lower()] = head
                    found.append(head)
            elif _PRONOUN_SUBJECT.match(text, start) and said_before is not None:
                if isinstance(said_before, tuple):
                    before = page.phrases(*said_before)
                    said_before = _opening_unit(text, before, said_before[0], resolve)
                head = said_before
            if not led:
                previous = head
            if not on:
                continue
            parent = head or owner
            for part in governed:
                name = without_acronyms(part.text)
                words = name.split()
                if (
                    not words
                    or len(words) > MAX_PART_WORDS
                    or not name[:1].isupper()
                    or not is_capitalized_name(name)
                    or (len(words) == 1 and name.lower() in POSITION_WORDS)
                    or title_modifier_alone(name)
                    or refers_back(name)
                    or _staff_of_units(words)
                    or words[-1].lower() in PROGRAM_NOUNS | SYSTEM_NOUNS
                    or names_instrument(words)
                    or _read_elsewhere(taken, verb.end(), part)
                    or resolve(name) is not None
                    or _unit_key(name) == _unit_key(top.name)
                ):
                    continue
                defined = definitions.named(name)
                unit = _unit_named(
                    text,
                    name,
                    part.start,
                    parent,
                    found_by=finder,
                    parent_by=finder,
                    is_group=False,
                )
                unit.acronym = defined.acronym if defined is not None else None
                by_name[name.lower()] = unit
                found.append(unit)
    return found


register(
    "plural_noun_copula",
    "unit",
    """A sentence whose subject is a plural unit noun, the page's or a unit's own ("The
    bureaus are the Bureau of Wicks, the Bureau of Oil and the Glass Institute", "Its
    divisions are Wick Care, Oil Supply and Glass Repair", "The Lamp Board's Departments
    include the Office of the Wick Keeper and the Oil Office"), and whose verb is "are" or
    "include", a colon after it or none ("The divisions are: Wick Care, ..."), names those
    units: the subject says what kind of thing each name is, so a
    name with no unit noun ("Wick Care", "the Glass Institute") is one of them too. The
    names are capitalized, a few words long at most, joined only by commas, "and" and "the",
    and no post; they are parts of the unit whose section holds the sentence. A counted
    subject ("The four divisions include ...") is ``count_agreement``'s, which checks the
    count against the names.""",
)
# The verb of ``_PLURAL_SUBJECT``, a colon after it or none ("The departments are:- A, B").
_COPULA = r"(?:are|include)(?:\s*:-?)?"
_PLURAL_SUBJECT = re.compile(
    r"(?:The|Its|Their|Our|(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?)\s+"
    r"(?!(?i:" + "|".join(_COUNTS) + r"|\d)\b)(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?"
    r"(?:bureaus|divisions|departments|offices|units|sections|branches|directorates"
    r"|Bureaus|Divisions|Departments|Offices|Units|Sections|Branches|Directorates)"
    r"\s+" + _COPULA + r"\s+"
)


_COPULA_VERB = re.compile(" " + _COPULA + " ")


def _copula_parts(
    page: PageLayout,
    start: int,
    end: int,
    *,
    owner: Unit,
    index: UnitIndex,
    taken: list[tuple[int, int]],
    by_name: dict[str, Unit],
) -> list[Unit]:
    """The units ``plural_noun_copula`` reads from one sentence."""
    text = page.text
    match = _PLURAL_SUBJECT.match(text, start, end)
    if match is None:
        return []
    governed = _governed_names(text, page.phrases(start, end), match.end(), end)
    names = [without_acronyms(part.text) for part in governed]
    if len(names) < 2 or any(
        len(name.split()) > MAX_PART_WORDS
        or not is_capitalized_name(name)
        or names_position_only(name)
        for name in names
    ):
        return []
    found: list[Unit] = []
    for part, name in zip(governed, names, strict=True):
        if (
            index.resolve(name) is not None
            or _read_elsewhere(taken, match.end(), part)
            or name.lower() in by_name
            or _unit_key(name) == _unit_key(owner.name)
        ):
            continue
        unit = _unit_named(
            text,
            name,
            part.start,
            owner,
            found_by="plural_noun_copula",
            parent_by="plural_noun_copula",
            is_group=False,
        )
        by_name[name.lower()] = unit
        found.append(unit)
    return found


register(
    "short_form_subject",
    "unit",
    """A sentence may name a unit found already by its name without its unit noun: "Wick
    Care includes Trimming and Braiding" after "the Wick Care Unit", "Soot Control oversees
    ..." after "the Soot Control Office". Such a subject is that unit (the parts it lists go
    under it), not a new unit beside it, and a name listed that is such a short form
    ("Ember Watch" for the Ember Watch Center found already) is no new unit either.""",
)


def _short_form_of(name: str, units: list[Unit]) -> Unit | None:
    """The unit found whose name is ``name`` with a unit noun after it ("Ember Watch" for
    the "Ember Watch Center"): a page's short form of a unit it names in full."""
    key = " ".join(name.split()).casefold()
    for unit in units:
        words = unit.name.split()
        if (
            len(words) >= 2
            and words[-1].casefold() in UNIT_NOUNS | _PART_NOUNS
            and " ".join(words[:-1]).casefold() == key
        ):
            return unit
    return None


def _short_form_subject(page: PageLayout, start: int, end: int, units: list[Unit]) -> Unit | None:
    """The unit of ``units`` that a sentence's opening name, its subject, names without its
    unit noun ("Oil Services ..." for the Oil Services Division), or None."""
    opening = re.match(r"\s*(?:The\s+)?", page.text[start:end])
    begin = start + (opening.end() if opening else 0)
    phrases = page.phrases(begin, end)
    if not phrases or phrases[0].start != begin:
        return None
    return _short_form_of(phrases[0].text, units)


@rule("unit", off=[])
def found_subject_bare_parts(
    text: str, governed: list[Phrase], start: int, verb: int
) -> list[Phrase]:
    """A unit found elsewhere that opens a sentence with a verb of composition ("Wick Care
    encompasses Trimming, Braiding and the Dip Unit", "The Oil Bureau includes Supply and
    Refining") names its parts after it, whatever their words: the subject is known as a
    unit, and what it is made of are units too, not only names ending in a unit noun
    (``composition_list``). Every name listed must be capitalized, name no position, no
    program, no document (an act, a regulation: what a unit oversees) and hold at most a
    few words; a subject that is a body of members (board, council, committee, commission)
    lists members, and a post ("The Chief of Wicks oversees ...") duties, not parts. Returns
    the names, or none when one of them fails."""
    if _MEMBERS_SUBJECT.search(text, start, verb) or names_position_only(text[start:verb]):
        return []
    parts = []
    for part in governed:
        name = without_acronyms(part.text)
        words = name_tokens(name)
        if (
            not words
            or set(words) & (POSITION_WORDS | PROGRAM_NOUNS)
            or words[-1].removesuffix("s") in _DOCUMENT_WORDS
            or set(words) & (UNIT_NOUNS - ANY_UNIT_NOUNS)  # a department's, read elsewhere
            or len(name.split()) > MAX_PART_WORDS
            or not is_capitalized_name(name)
        ):
            return []
        parts.append(part)
    return parts


@rule("unit", off=[])
def composition_list(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """Names a sentence lists right after a verb of composition (those of
    ``composition_subject``: consists of, comprises, is made up of, is composed of, houses,
    includes) whose subject opens the sentence are that subject's parts, in any section's
    prose, where a sentence about a unit other than the section's own is no list of the
    section's parts: "The Wick Division houses the Trim Unit, the Braid Unit and the Dip
    Unit". The subject is a unit found, or, outside any unit's section, a name in full with
    its unit noun last ("The Lamp Services Bureau consists of the Oil Division and the
    Glass Division"), which ``composition_subject`` then makes a unit and their parent.
    Every name listed is worded as a unit (a unit noun last, or first before "of": "Office
    of Oil"), capitalized, at most a few words long, and joined to the next only by commas,
    "and" and "the"; a list with a position or a name not so worded, a possessive subject
    ("The Board's office includes ...") or a position's give nothing; a name another rule
    already read from the same words ("B and C Unit" kept whole) is not read again, cut
    differently. Read only while ``enumerated_units`` is on, whose sentences these are."""
    if not enabled("enumerated_units"):
        return []
    text = page.text
    owners = _section_owners(page, units, top)
    taken = _taken_spans(units)
    found: list[Unit] = []
    by_name: dict[str, Unit] = {}
    for block in page.blocks:
        if block.kind != PARAGRAPH:
            continue
        owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            fragment = text[start:end]
            if _COPULA_VERB.search(fragment) and enabled("plural_noun_copula"):
                found += _copula_parts(
                    page, start, end, owner=owner, index=index, taken=taken, by_name=by_name
                )
            divided = _divided_verb(fragment)
            if divided is None and not any(piece in fragment for piece in _COMPOSITION_PIECES):
                continue
            phrases = page.phrases(start, end)
            subject = phrases[0] if phrases and phrases[0].start - start <= len("The ") else None
            if subject is None or subject.text.endswith(_POSSESSIVE_ENDS):
                continue
            verb = _COMPOSITION_VERB.match(text, subject.end, end)
            by_division = False
            if verb is None and divided is not None:
                verb = divided.match(text, subject.end, end)  # (divided_into_verbs)
                by_division = verb is not None
            if verb is None:
                continue
            name = without_acronyms(subject.text)
            head = by_name.get(name.lower()) or index.resolve(name)
            if head is None and owner is not top and _subject_of_its_body(name, owner):
                head = owner  # "Wick Division of the Lamp Office consists of ..." in its section
            short_head = _short_form_of(name, [*units, *found]) if head is None else None
            if short_head is not None and enabled("short_form_subject"):
                head = short_head  # "Soot Control includes ...": the Soot Control Unit
            tokens = name_tokens(name)
            if head is None and (
                owner is not top
                or len(tokens) < 2
                or tokens[-1] not in ANY_UNIT_NOUNS
                or set(tokens) & POSITION_WORDS
                or not is_capitalized_name(name)
                or len(name.split()) > MAX_PART_WORDS
            ):
                continue
            governed = _governed_names(text, phrases, verb.end(), end)
            parts = [
                part
                for part in governed
                if (words := name_tokens(without_acronyms(part.text)))
                and (words[-1] in ANY_UNIT_NOUNS or (words[0] in ANY_UNIT_NOUNS and "of" in words))
                and not set(words) & POSITION_WORDS
                and len(part.text.split()) <= MAX_PART_WORDS
                and is_capitalized_name(without_acronyms(part.text))
            ]
            finder = "composition_list"
            # "incorporates" gives charge of methods and tools as well as parts: only names
            # worded as units are its parts (divided_into_verbs)
            worded_only = by_division and verb.group("incorporates") is not None
            if len(parts) != len(governed) and head is not None and not worded_only:
                parts = found_subject_bare_parts(text, governed, start, verb.start())
                finder = "found_subject_bare_parts"
                # "Ember Watch" for the Ember Watch Center found already: no new unit
                if enabled("short_form_subject"):
                    known = [*units, *found]
                    parts = governed = [p for p in parts if not _short_form_of(p.text, known)]
            if len(parts) != len(governed) or not parts:
                continue
            if by_division:
                finder = "divided_into_verbs"
            # A subject named in full and nowhere else: its parts wait under the top unit for
            # ``composition_subject``, which makes it a unit and places them under it.
            parent, parent_by = (head, finder) if head else (top, _top_parent_by(top))
            for part in parts:
                part_name = without_acronyms(part.text)
                if (
                    index.resolve(part_name) is not None
                    or _read_elsewhere(taken, verb.end(), part)
                    or part_name.lower() in by_name
                    or _unit_key(part_name) == _unit_key(parent.name)
                ):
                    continue
                unit = _unit_named(
                    text,
                    part_name,
                    part.start,
                    parent,
                    found_by=finder,
                    parent_by=parent_by,
                    is_group=False,
                )
                by_name[part_name.lower()] = unit
                found.append(unit)
    return found


# "consists of the patrol division, traffic division and ...", "is responsible for supervising
# the fire department and the police department": a verb of composition or of supervision
# before a series written in lower case.
_LOWER_SERIES_VERB = re.compile(
    r"\s(?:also\s+)?(?:consists?\s+of|comprises?|(?:is|are)\s+(?:made\s+up|composed|comprised)"
    r"\s+of|includes|oversees|supervises|(?:is\s+)?responsible\s+for\s+supervising)\s+"
)
# The nouns a lower-case name of a part ends in: those prose uses for little else.
_LOWER_PART_NOUNS = frozenset(
    {"division", "unit", "section", "office", "bureau", "branch", "department", "squad"}
)
_LOWER_ITEM = re.compile(r"(?:(?:the|a|an)\s+)?(?P<name>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5})")
_SUBJECT_OPENING = re.compile(r"(?:.*\b)?(?:The|the)\s+(?=[A-Z])")


def _lower_series_names(series: str) -> list[str]:
    """The names of a lower-case series, each ending in a part noun ("the patrol division,
    traffic division and special operations division"; "a recruiting unit, property section,
    and taxi and wrecker inspection office"), or a plural noun the names share ("the major
    crimes, property crimes and special investigations divisions"); none when an item is no
    such name."""
    pieces = [p.strip() for p in re.split(r",\s*", series) if p.strip()]
    items: list[str] = []
    for position, raw in enumerate(pieces):
        piece = re.sub(r"^and\s+", "", raw) if position else raw
        pair = re.fullmatch(r"(?P<a>.+?)\s+and\s+(?P<b>(?:(?:the|a|an)\s+)?.+)", piece)
        # "A division and B division", or "A and B divisions" (a plural noun shared); not
        # "taxi and wrecker inspection office", one name
        if pair is not None and (
            pair.group("a").split()[-1] in _LOWER_PART_NOUNS
            or (
                pair.group("b").split()[-1].removesuffix("s") in _LOWER_PART_NOUNS
                and pair.group("b").endswith("s")
            )
        ):
            items += [pair.group("a"), pair.group("b")]
        else:
            items.append(piece)
    names = []
    for item in items:
        match = _LOWER_ITEM.fullmatch(item)
        if match is None:
            return []
        names.append(match.group("name"))
    if len(names) < 2:
        return []
    last = names[-1].split()[-1]
    if last.removesuffix("s") in _LOWER_PART_NOUNS and last.endswith("s"):
        # a plural noun shared by every name, after "the" ("the A, B and C divisions"):
        # without it the series names kinds ("many wick, oil and glass offices")
        noun = last.removesuffix("s")
        if not series.startswith("the ") or any(
            name.split()[-1] in _LOWER_PART_NOUNS for name in names[:-1]
        ):
            return []
        names = [f"{name} {noun}" for name in names[:-1]] + [names[-1][: -len("s")]]
    if not all(name.split()[-1] in _LOWER_PART_NOUNS for name in names):
        return []
    return names


@rule("unit", off=[])
def lower_case_part_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence whose subject is a unit found (or the post that heads one: "The Director of
    Wicks is responsible for supervising ...") and whose verb composes or supervises ("Lamp
    services consists of the wick division, oil division and glass division", "... consists
    of the trim, braid and dip sections") names its parts in lower case: every item of the
    series, to the sentence's end, is a few lower-case words ending in a part noun
    (division, unit, section, office, bureau, branch, department, squad), or shares a plural
    one after "the" (without it, "many wick and oil offices" names kinds, read by
    ``shared_noun_after_verb``). A series with a name in capitals is the other rules'
    (``composition_list``); one with an item that is no such name ("the building
    division, engineering and service") may list functions and gives nothing."""
    text = page.text
    by_tokens = {_unit_key(unit.name): unit for unit in units}
    by_name = {unit.name.lower(): unit for unit in units}
    found: list[Unit] = []
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        for start, end in page.sentences(block.start, block.end):
            verb = _LOWER_SERIES_VERB.search(text, start, end)
            if verb is None:
                continue
            series = text[verb.end() : end].strip().rstrip(".").strip()
            if not series or any(ch.isupper() for ch in series):
                continue
            names = _lower_series_names(series)
            if not names:
                continue
            before = text[start : verb.start()].strip()
            opening = _SUBJECT_OPENING.match(before)
            candidates = [before, before[opening.end() :]] if opening else [before]
            head = None
            for candidate in candidates:
                subject = re.sub(r"^(?:The|the)\s+", "", candidate)
                head = (
                    by_name.get(subject.lower())
                    or index.resolve(subject)
                    or office_of_position(subject, by_tokens, index)
                )
                if head is not None:
                    break
            if head is None:
                continue
            cursor = verb.end()
            for name in names:
                where = text.find(name.split()[0], cursor, end)
                where = verb.end() if where < 0 else where
                cursor = where + 1
                if name in by_name or index.resolve(name) is not None:
                    continue
                unit = _unit_named(
                    text,
                    name,
                    where,
                    head,
                    found_by="lower_case_part_series",
                    parent_by="lower_case_part_series",
                    is_group=False,
                    end=min(end, where + len(name)),
                )
                by_name[name] = unit
                found.append(unit)
    return found


# "there are other offices such as the A Office (AO), B and C", "departments such as A, B
# and the C Unit": a plural noun of a body's own parts, then "such as" and the names.
_SUCH_AS_PARTS = re.compile(
    r"\b(?:offices|departments|units|divisions|sections|branches|bureaus|directorates)"
    r",?\s+such\s+as\s+"
)
# An acronym in parentheses that closes a name ("Commission of Oils (CO)").
_CLOSING_ACRONYM = re.compile(r"\([A-Z][A-Za-z&]*\)$")


def _such_as_names(series: str) -> list[str]:
    """The names of "A, B, the C Unit and D (DD)": split at commas and at an "and" after a
    name ending in a unit noun or an acronym ("Research and Planning Unit" stays whole)."""
    names: list[str] = []
    for raw in re.split(r",\s*", series):
        piece = re.sub(r"^and\s+", "", raw.strip())
        while True:
            for joint in re.finditer(r"\s+and\s+", piece):
                left = piece[: joint.start()]
                words = name_tokens(left)
                if _CLOSING_ACRONYM.search(left) or (words and words[-1] in ANY_UNIT_NOUNS):
                    names.append(left)
                    piece = piece[joint.end() :]
                    break
            else:
                break
        names.append(piece)
    return [re.sub(r"^the\s+", "", name).strip() for name in names if name.strip()]


def _no_position(name: str) -> bool:
    """Whether a name names no position: no position word, or one inside a name worded as
    a unit ("Office of Wick Counsel", "Lamp Directors Unit")."""
    words = name_tokens(name)
    return bool(words) and (
        not set(words) & POSITION_WORDS or words[0] in ANY_UNIT_NOUNS or words[-1] in ANY_UNIT_NOUNS
    )


def _of_partners(before: str) -> bool:
    """Whether the words of a sentence before what it counts or lists are about working with
    others ("The bureau works closely with five agencies, ...", "works with departments such
    as ..."): what follows names partners, not parts."""
    return re.search(r"\bwith\b", before) is not None


@rule("unit", off=[])
def such_as_parts(page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit) -> list[Unit]:
    """A plural noun of a body's own parts (offices, departments, units, divisions,
    sections, branches, bureaus, directorates) followed by "such as" names units of the
    page's body, whatever their words: "there are other offices such as the Office of Wicks
    (OW), Commission of Oils (CO) and Glass Board (GB)", "departments such as Lamp Access,
    Wick Development Unit and the Oil Council". Every name must be capitalized, name no
    position and hold a few words, or the sentence gives nothing; a sentence of working
    with others ("works with departments such as ...") names partners, not parts."""
    text = page.text
    found: list[Unit] = []
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        for start, end in page.sentences(block.start, block.end):
            match = _SUCH_AS_PARTS.search(text, start, end)
            if match is None or _of_partners(text[start : match.start()]):
                continue
            series = text[match.end() : end].strip().rstrip(".").strip()
            names = _such_as_names(series)
            if len(names) < 2 or not all(
                (bare := without_acronyms(name))
                and is_capitalized_name(bare)
                and _no_position(bare)
                and len(bare.split()) <= MAX_PART_WORDS
                for name in names
            ):
                continue
            cursor = match.end()
            for name in names:
                bare = without_acronyms(name)
                where = text.find(bare, cursor, end)
                if where < 0:
                    continue
                cursor = where + len(bare)
                if index.resolve(bare) is not None or any(
                    u.name.lower() == bare.lower() for u in [*units, *found]
                ):
                    continue
                found.append(
                    _unit_named(
                        text,
                        bare,
                        where,
                        top,
                        found_by="such_as_parts",
                        parent_by=_top_parent_by(top),
                        is_group=False,
                    )
                )
    return found


# "consists of specialized support units, including a, b and c", "Several units fall within
# the oil office, including a, b and c": the noun "units" before "including" and a series.
_UNITS_INCLUDING = re.compile(r"\bunits\b(?P<between>[^.,;:]{0,40}),?\s+including\s+")
_UNITS_WITHIN = re.compile(r"\bwithin\s+(?:the\s+)?(?P<name>[^,;:]+?)\s*$")
_SHORT_ITEM = re.compile(r"(?:(?:the|a|an)\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,3})")
# What leaves a series open, naming nothing: "..., and others", "and many more", "and the like".
_OPEN_END = re.compile(
    r"(?:and\s+)?(?:(?:many|several|various)\s+)?(?:others|more|the\s+like|so\s+on)"
)


@rule("unit", off=[])
def units_including_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence that calls what it lists units ("The wick division consists of special
    support units, including trim crews, K-2 and soot patrol", "Several units fall within
    oil supply, including the barrel office and pump care") names units whatever their
    words or case, parts of the unit the sentence is about: its subject, or the unit they
    fall "within", when either is a unit found; otherwise nothing. Each item is a few words
    and the series runs to the sentence's end; a series after a colon is a list's lead-in
    (read by the list rules). A last item that leaves the series open ("and others", "and
    many more") names no unit."""
    text = page.text
    by_name = {unit.name.lower(): unit for unit in units}
    found: list[Unit] = []
    for block in page.blocks:
        if block.kind != PARAGRAPH:
            continue
        for start, end in page.sentences(block.start, block.end):
            match = _UNITS_INCLUDING.search(text, start, end)
            if match is None:
                continue
            series = text[match.end() : end].strip().rstrip(".").strip()
            pieces = [p.strip() for p in re.split(r",\s*|\s+and\s+", series) if p.strip()]
            if pieces and _OPEN_END.fullmatch(pieces[-1]):
                pieces = pieces[:-1]  # "A, B and others": the names before it only
            items = [_SHORT_ITEM.fullmatch(re.sub(r"^and\s+", "", p)) for p in pieces]
            if len(items) < 2 or not all(items):
                continue
            head = None
            within = _UNITS_WITHIN.search(match.group("between"))
            if within is not None:
                name = within.group("name")
                head = by_name.get(name.lower()) or index.resolve(name)
            if head is None:
                verb = _LOWER_SERIES_VERB.search(text, start, match.start())
                if verb is not None:
                    subject = re.sub(r"^(?:The|the)\s+", "", text[start : verb.start()].strip())
                    head = by_name.get(subject.lower()) or index.resolve(subject)
            if head is None:
                continue
            cursor = match.end()
            for name in [item.group("name") for item in items if item is not None]:
                where = text.find(name, cursor, end)
                if where < 0 or name.lower() in by_name or index.resolve(name) is not None:
                    continue
                cursor = where + len(name)
                unit = _unit_named(
                    text,
                    name,
                    where,
                    head,
                    found_by="units_including_series",
                    parent_by="units_including_series",
                    is_group=False,
                )
                by_name[name.lower()] = unit
                found.append(unit)
    return found


# "six District Bureaus (Northeast, Lakeside and Western)", "its four agencies (Wick Care;
# Oil Supply; Lamp Parks; and Glass Repair)": a count, up to three words and a plural noun,
# then the names it counts in parentheses.
_PARENTHESIZED_PARTS = re.compile(
    r"(?<![\w.])(?P<count>(?i:" + "|".join(_COUNTS) + r")|\d{1,2})\s+"
    r"(?P<plural>(?:[A-Za-z][\w-]*\s+){0,3}?(?P<noun>[A-Za-z]+s))\s*\((?P<names>[^()]{3,400})\)"
)
_ITEM_OPENING = re.compile(r"^(?:(?:and|or)\s+)?(?:the\s+)?", re.IGNORECASE)
MAX_PARENTHESIZED_NAME_WORDS = 6
# A label alone, a letter or a Roman numeral ("A", "II"): "two sections (A and B)" counts
# parts it only labels.
_BARE_LABEL = re.compile(r"[A-Z]|X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3}")
# An acronym alone, capitals with no lower-case letter ("WO", "L&O"): "two offices (WO and
# OO)" names its parts by acronyms that some other sentence expands.
_ACRONYM_ALONE = re.compile(r"[A-Z][A-Z&./-]*[A-Z]\.?")


def _part_plural(noun: str) -> bool:
    """A plural that names units, "agencies" for "agency" too (``plural_unit_noun``)."""
    lower = noun.lower()
    return plural_unit_noun(noun) or (lower.endswith("ies") and lower[:-3] + "y" in UNIT_NOUNS)


def _counted_names(match: re.Match[str]) -> list[tuple[str, int]]:
    """The names in a count's parentheses with where each starts: parted at semicolons when
    there are any, else at commas and the last "and"; none when any is not a short
    capitalized name."""
    listed, cursor = match.group("names"), match.start("names")
    separator = ";" if ";" in listed else ","
    pieces: list[tuple[str, int]] = []
    for piece in listed.split(separator):
        pieces.append((piece, cursor))
        cursor += len(piece) + 1
    last, last_start = pieces[-1]
    if separator == "," and not last.strip().lower().startswith("and "):  # "A, B and C"
        head, joined, tail = last.partition(" and ")
        if joined:
            pieces[-1:] = [(head, last_start), (tail, last_start + len(head) + len(joined))]
    names: list[tuple[str, int]] = []
    for piece, start in pieces:
        opening = _ITEM_OPENING.match(piece.strip())
        skip = len(piece) - len(piece.lstrip()) + (opening.end() if opening else 0)
        name = " ".join(piece[skip:].rstrip(" .,\n").split())  # a name may wrap a line
        if (
            not name
            or not is_capitalized_name(name)
            or len(name.split()) > MAX_PARENTHESIZED_NAME_WORDS
            or any(c.isdigit() for c in name)
            or _BARE_LABEL.fullmatch(name)
            or _ACRONYM_ALONE.fullmatch(name)
        ):
            return []
        names.append((name, start + skip))
    return names


@rule("unit", off=[])
def counted_parts_in_parentheses(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[tuple[Unit, str]]:
    """A count and a plural unit noun followed by as many names in parentheses names those
    parts: "The Lamp Bureau consists of a Wick Office and six District Bureaus
    (Northeast, Lakeside, Hill Country, Riverside, Southern, and Western)", "The
    department is working to unify its four agencies (Wick Care; Oil Supply; Lamp Parks;
    and Glass Repair)": each name is a unit of the section's unit (the page's, outside any
    unit's section), and the counted plural ("District Bureaus") is no unit of its own.
    Names are parted at semicolons when the list has any, else at commas and a last "and";
    they must be as many as the count says, each a short capitalized name: "three programs
    (see below)", "two offices (2019, 2020)" or "two sections (A and B)", "three divisions
    (I, II and III)" (labels alone), "two offices (WO and OO)" (acronyms alone) name none; a
    part named by the plural's noun and a letter ("two sections (Section A and Section B)")
    is a part, not the counted plural. Returns each part with the
    counted plural it belongs to."""
    text = page.text
    if "(" not in text:
        return []
    owners = _section_owners(page, units, top)
    found: list[tuple[Unit, str]] = []
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM) or "(" not in block.text:
            continue
        if not _DIGIT.search(block.text) and not may_hold_ignorecase(block.text, _COUNTS):
            continue  # the pattern tries every position; every match opens with a count
        owner = owners.get(block.start, top)
        for match in _PARENTHESIZED_PARTS.finditer(text, block.start, block.end):
            if not _part_plural(match.group("noun")):
                continue
            count = match.group("count").lower()
            pieces = _counted_names(match)
            if len(pieces) != (int(count) if count.isdigit() else _COUNTS[count]):
                continue
            for name, start in pieces:
                if index.resolve(name) is not None:
                    continue
                unit = _section_part(
                    text, name, start, owner, top, found_by="counted_parts_in_parentheses"
                )
                found.append((unit, match.group("plural")))
    return found


# "four Divisions in addition to a Wick Unit and the Oil Unit", "seven offices, as well as an
# office of Glass", "eight branches: A; B; and C, along with the Soot Bureau": a count of
# parts, up to three words and a plural noun, perhaps the list it counts after a colon, then
# a word that adds more parts to the counted ones, and a name after it.
_BESIDES = r"(?:in\s+addition\s+to|as\s+well\s+as|along\s+with|together\s+with|besides|plus)"
_COUNTED_BESIDES = re.compile(
    r"(?<![\w.])(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")(?:\s*\(\d{1,2}\))?\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,3}?(?P<noun>[A-Za-z]+s)"
    r"(?P<listed>\s*:\s[^:.]*?[,;])?,?\s+" + _BESIDES + r"\s+"
    r"(?=(?:(?:the|an?)\s+)?[A-Za-z])",
    re.IGNORECASE,
)
# Where the names after the word end: a colon or a semicolon, a full stop (with or without
# the space after it) or a clause about the last name ("..., which trims the wicks"); an
# aside in parentheses after a name ("(OU)", "(see the chart below)") is no part of it.
_BESIDES_END = re.compile(r"\s*(?:[:;]|\.(?=\s|[A-Z]|$)|,\s+(?:which|who|that|where)\b)")


def _besides_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where the names after the word that adds parts end (``_BESIDES_END``), past the dot of
    an abbreviation before a name ("as well as the St. Wick Office"); a dot that ends the
    sentence ends them whatever it follows ("... the Wick Unit B. The unit ...")."""
    stop = _BESIDES_END.search(text, start, end)
    while (
        stop is not None
        and closes_abbreviation(text, stop.end() - 1)
        and text[stop.end() : end].strip()
        and not opens_sentence_after_abbreviation(text, stop.end())
    ):
        stop = _BESIDES_END.search(text, stop.end(), end)
    return stop


# Where a list the count announces ends when a word that adds more parts closes it: "...; and
# C, along with the Soot Bureau" (the last counted name is "C").
_BESIDES_AFTER_LIST = re.compile(r"[,;]\s+" + _BESIDES + r"\s+(?=(?:(?:the|an?)\s+)?[A-Z])")
_BESIDES_JOINT = re.compile(r",\s*|\s+and\s+(?=(?:the|an?)\s)")
_ARTICLE = re.compile(r"^(?:and\s+)?(?:the|an?)\s+")
# A unit noun in lower case opening a name before "of" or "for" ("an office of Glass Care").
_LOWER_NOUN_OF = re.compile(r"(?P<noun>[a-z]+)\s+(?:of|for)\s+(?=[A-Z])")


def _besides_names(series: str) -> list[str] | None:
    """The names after the word that adds parts ("A, and B", "a Wick Unit and the Oil Unit
    (OU)", "an office of Glass"), parted at commas and at an "and" before an article or
    after a name ending in a unit noun; an aside in parentheses after a name (an acronym, "see
    the chart below") is no part of it, and a unit noun in lower case before "of" opens it
    capitalized. None when any is no short
    capitalized name or names a position."""
    names: list[str] = []
    for piece in _BESIDES_JOINT.split(series):
        for raw in _such_as_names(piece.strip()):
            name = " ".join(without_acronyms(_ARTICLE.sub("", raw.strip())).split())
            lower = _LOWER_NOUN_OF.match(name)
            if lower is not None and lower.group("noun") in UNIT_NOUNS:
                name = name[:1].upper() + name[1:]
            if (
                not name
                or not is_capitalized_name(name)
                or not _no_position(name)
                or len(name.split()) > MAX_PART_WORDS
            ):
                return None
            names.append(name)
    return names or None


def _besides_holder(
    page: PageLayout,
    start: int,
    at: int,
    units: list[Unit],
    index: UnitIndex,
    *,
    owner: Unit,
    top: Unit,
) -> Unit:
    """The body whose parts a count lists: the unit the sentence's subject names, the agency
    when the subject is its unit noun alone ("The department has ...") and no unit worded by
    that noun is named before, else the section's. The subject is the sentence's name phrase
    that opens it, over its function words ("The Office of Wick Standards has ...")."""
    subject = re.match(r"\s*(?:[Tt]he\s+)?(?P<name>[A-Z][^,;:()]*?)\s+[a-z]", page.text[start:at])
    if subject is None:
        return owner
    name = subject.group("name")
    opening = start + subject.start("name")
    phrase = next((p for p in page.phrases(start, at) if p.start == opening), None)
    if phrase is not None and len(phrase.text) > len(name):
        name = phrase.text
    noun = name.lower()
    if noun in _agency_words(top)[1]:
        # "The department" is the agency unless a unit worded by that noun comes before
        # ("The Wick Division ... The division has ...")
        worded = (
            name_tokens(unit.name)
            for unit in units
            if unit is not top and unit.evidence_start < start
        )
        if not any(words and noun in (words[0], words[-1]) for words in worded):
            return top
    return index.resolve(name) or owner


@rule("unit", off=[])
def counted_parts_besides(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence that counts a body's parts by a plural unit noun and adds more parts to
    them after "in addition to", "as well as", "along with", "together with", "besides" or
    "plus" names those too: "The Lamp Office has four divisions in addition to Wick Care and
    Glass Care", "The Oil Works is divided into six offices, as well as an office of Soot
    Removal (see the chart below):", "The Wick Bureau was organized into three branches:
    Trimming; Braiding; and Dipping, along with the Bureau on Matches." Each name after the
    word is a part of the body the sentence's subject names (a unit found, or the page's
    agency by its unit noun alone, "The department ...", when no unit worded by that noun
    is named before), else of the section's unit; the last name the count lists ends before
    the word (``enumerated_units``). The names run to the sentence's end (an abbreviation's
    dot, "the St. Wick Office", does not end them), a colon, a semicolon or a clause about
    the last ("..., which ..."); each must be a short capitalized name ("an
    office of Soot Removal" opens with its unit noun in lower case, an aside in parentheses
    is no part of it), naming no position ("as well as a Chief Wick Officer"), or the
    sentence gives none ("as well as close ties with the Oil Board"). A count of people
    ("twelve wick keepers, as well as the Oil Board") or of what a body offers ("three
    services plus the Lamp Fund") counts no parts, nor does a sentence of working with
    others, "with" before the count ("The bureau works closely with five agencies, as well
    as the Town Oil Board"), as in ``such_as_parts``."""
    text = page.text
    if not re.search(_BESIDES, text, re.IGNORECASE):
        return []
    owners = _section_owners(page, units, top)
    found: list[Unit] = []
    for block in page.blocks:
        # a short lead-in before a colon is a label block ("The bureau has three branches:
        # A; B; and C, along with ..."), read as ``enumerated_units`` reads it
        if block.kind not in (PARAGRAPH, LIST_ITEM, LABEL):
            continue
        if not _DIGIT.search(block.text) and not may_hold_ignorecase(block.text, _COUNTS):
            continue
        owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            for match in _COUNTED_BESIDES.finditer(text, start, end):
                if not _part_plural(match.group("noun")) or _of_partners(
                    text[start : match.start()]
                ):
                    continue
                stop = _besides_end(text, match.end(), end)
                series = text[match.end() : stop.start() if stop is not None else end]
                names = _besides_names(series.strip())
                if names is None:
                    continue
                holder = _besides_holder(
                    page, start, match.start(), units, index, owner=owner, top=top
                )
                cursor = match.end()
                for name in names:
                    # a name's words may be parted by a line's end
                    words = r"\s+".join(map(re.escape, name.split()))
                    written = re.compile(words, re.IGNORECASE).search(text, cursor, end)
                    if written is None:
                        continue
                    cursor = written.end()
                    if index.resolve(name) is not None or any(
                        u.name.lower() == name.lower() for u in [*units, *found]
                    ):
                        continue
                    found.append(
                        _unit_named(
                            text,
                            name,
                            written.start(),
                            holder,
                            found_by="counted_parts_besides",
                            parent_by=_top_parent_by(top)
                            if holder is top
                            else "counted_parts_besides",
                            is_group=False,
                            end=written.end(),
                        )
                    )
    return found


# A piece of a series set off by semicolons that opens with "the" and a name: "; the Office
# of Oil, which buys oil", "; and the Glass Team to mend panes"; in the series' first piece
# the name follows its verb or colon ("It includes the Wick Office, ...", "It consists of the
# Wick Office, ...", "including the ...", "are: the ...").
_SERIES_WORDS = r"[A-Z][\w&’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&’'-]*))*"
# A name may enumerate its fields between commas: "the Office of Oil, Glass, and Soot, which"
# (a comma after a whole name, one ending in a unit noun, ends it: "the Oil Office, Lampshire").
_SERIES_NAME = (
    r"(?P<name>" + _SERIES_WORDS + r"(?:,\s+(?:and\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)*)"
)
_SERIES_PIECE = re.compile(r"\s*(?:and\s+)?the\s+" + _SERIES_NAME)
_SERIES_OPENING = re.compile(
    r"(?:\b(?:includes?|including|comprises?|comprising|consists?\s+of|consisting\s+of"
    r"|(?:comprised|composed|made\s+up)\s+of|are|is|covers?)|:)\s+the\s+" + _SERIES_NAME
)
_NAME_TAIL = re.compile(r"(?:\s+(?:of|for|and|the|&))+$")
# "the Wick Office and the Flame Unit": "and the" after a unit noun opens a second name.
_AND_THE_NAMES = re.compile(r"\s+and\s+the\s+(?=[A-Z])")
MIN_SERIES_PIECES = 3


def _joined_names(name: str, start: int) -> list[tuple[str, int]]:
    """A series piece's name parted where "and the" follows a unit noun ("Wick Office and the
    Flame Unit" names two units; "Office of Oil and the Arts" one), each with where it
    starts."""
    names: list[tuple[str, int]] = []
    cursor = 0
    for joint in _AND_THE_NAMES.finditer(name):
        before = name[cursor : joint.start()].split()
        if before and before[-1].lower().removesuffix("s") in UNIT_NOUNS:
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
            name = _NAME_TAIL.sub("", found.group("name"))
            comma = name.find(",")
            if comma > 0 and name[:comma].split()[-1].lower().removesuffix("s") in UNIT_NOUNS:
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
    owners = _section_owners(page, units, top)
    found: list[Unit] = []
    named: set[frozenset[str]] = set()
    for block, start, end in page.prose_sentences():
        for name, begin in _series_names(text, start, end):
            key = _unit_key(name)
            if index.resolve(name) is not None or key in named:
                continue
            named.add(key)
            owner = owners.get(block.start, top)
            found.append(_section_part(text, name, begin, owner, top, found_by="semicolon_series"))
    return found


# "each department, including A; B; and C", "The Wick Office's bureaus encompass A, B, and C;
# D; and E": a unit noun, plural or singular after "each" or "every", then the word that opens
# what it holds or includes (``semicolon_named_series``).
_NAMED_SERIES_OPENING = re.compile(
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
_NAMED_SERIES_PIECE = re.compile(
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
_NOUN_OWNER = re.compile(
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
    owners = _section_owners(page, units, top)
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
                unit = _unit_named(
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
                unit = _section_part(
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


# "The Lamp Bureau consists of the Wick Division and the Glass Division", "The Oil Division
# comprises the Department's Supply and Storage Units": a verb of composition after the
# sentence's subject (an outline marker and "The" before it aside).
_COMPOSITION_VERB = re.compile(
    r"\s(?:also\s+)?(?:" + MADE_OF_VERB + r"|houses|oversees|includes|encompasses|contains"
    r"|(?:is|are)\s+home\s+to|has\s+(?:a|an))\s"
)
_COMPOSITION_PIECES = (
    "consist",
    "compris",
    "compos",
    "made up",
    "houses",
    "oversees",
    "includes",
    "encompasses",
    "contains",
    "home to",
    "has a",
)

register(
    "divided_into_verbs",
    "unit",
    """A body divided into its parts says so with other verbs than those of composition
    (consists of, comprises, includes, houses): "The Wick Division is subdivided into Oil
    Supply, Glass Care and Soot Removal", "is also (further) divided into", "is split into",
    "is separated into", "is broken (down) into", "is grouped into", "is subdivided to
    include" the names after it (the verbs of division, one vocabulary: ``DIVISION_VERB`` in
    ``list_units``), and "The Lamp Bureau incorporates the Trim Unit and the Dip Unit".
    After a subject that names a unit these are read as "consists of" is: the names listed
    right after the verb are that unit's parts (``composition_list``,
    ``found_subject_bare_parts``) and the unit their parent wherever the page found them
    (``composition_subject``), on the same terms: each name capitalized, a few words long,
    joined to the next by commas, "and" and "the", no position, program or document among
    them; bare names only after a unit found, not after a body of members ("The Lamp Board
    is split into ..."), and two bare names joined by "and" alone ("is split into Oil Supply
    and Glass Care") one name, as after "consists of". The units so found, and those so
    placed, carry this rule's name (``found_by``, ``parent_by``), but for a subject that
    refers back to a unit ("The division is split into ...", ``referring_subject_parts``).
    "Incorporates" is a verb of charge too, whose object may be methods or tools
    ("incorporates Lamp Lore and Flame Craft"): only names worded as units are its parts,
    never bare names. A count or a kind after the verb ("is divided into two shifts", "is
    split into several areas") names no part, nor does a name the sentence goes on to work
    into something ("incorporates Glass Care into its daily work"); a verb of composition
    before it in the sentence keeps its reading ("includes the Oil Unit, which is split into
    ..."). "Is divided (organized, structured) into" in the unit's own section is
    ``enumerated_units``' verb, read first (it keeps the last two bare names of a series
    whole: "Glass Care and Soot Removal"); this rule reads those three elsewhere only: in a
    sentence about a unit outside its section ("The Wick Division is organized into ..." in
    the page's introduction), and for the units found elsewhere that such a sentence names.""",
)
# The verbs of ``divided_into_verbs``, after the sentence's subject as ``_COMPOSITION_VERB``:
# every verb of division (the lead-ins' "is divided (organized, structured) into" and its
# other forms), and "incorporates".
_DIVIDED_VERB = re.compile(
    r"\s(?:also\s+)?(?:" + DIVISION_VERB + r"|(?P<incorporates>incorporates))\s"
)
# A piece of each alternative of _DIVIDED_VERB, one of which every match holds.
_DIVIDED_PIECES = (*DIVISION_PIECES, "incorporates")


def _divided_verb(fragment: str) -> re.Pattern[str] | None:
    """The pattern of ``divided_into_verbs`` when it is on and ``fragment``, a sentence,
    holds one of its verbs' pieces."""
    if not any(piece in fragment for piece in _DIVIDED_PIECES):
        return None
    return _DIVIDED_VERB if enabled("divided_into_verbs") else None


# What a subject that refers back to a unit may also say of it: "This Section provides
# oversight for ..." (``referring_subject_parts``).
_OVERSIGHT_VERB = re.compile(r"\s(?:also\s+)?provides\s+(?:\w+\s+)?oversight\s+(?:for|of|to)\s")
_OVERSIGHT_PIECES = ("oversight",)
_LINE_SUBJECT_OPENING = re.compile(r"\s*(?:\(?\w{1,4}[.)]\s+)?(?:[Tt]he\s+)?")


@rule("parent", off=None)
def composition_subject(text: str, start: int, end: int) -> tuple[str, int, int | None, str] | None:
    """ "The Lamp Bureau consists of the Wick Division and the Glass Division.": a sentence
    whose subject names a unit and whose verb is one of composition ("consists of",
    "comprises", "is made up of", "is composed of", "houses", "oversees", "includes",
    "contains", "is home to", "has a") makes
    that unit the parent of the units it names after the verb as items of its list ("has a
    close tie with the Wick Office" names none, nor does "has a Wick Office liaison", where
    the name modifies a noun), wherever on the page they were found, when nothing placed them
    below the page's top unit. A subject named in full with
    its unit noun last ("Field Services Bureau") is a unit of its own though the page names it
    nowhere else; "This Office is comprised of ..." is about the office named just before; a
    position ("The Deputy Director oversees ...") or a body's own office ("The Bureau's office
    includes ...") places nothing. A unit named after the list, behind a verb of the
    subject's own (", and works closely with the Lamp Permit Office"), is none of its parts.
    Returns the subject, where the verb ends, where a name in full starts and the rule whose
    verb it is: this one, or ``divided_into_verbs`` for a verb of division ("is subdivided
    into"), whose name the units it places carry."""
    fragment = text[start:end]
    verb = (
        _COMPOSITION_VERB.search(text, start, end)
        if any(piece in fragment for piece in _COMPOSITION_PIECES)
        else None
    )
    by = "composition_subject"
    divided = _divided_verb(fragment) if verb is None else None
    if divided is not None:
        verb = divided.search(text, start, end)  # "is subdivided into" (divided_into_verbs)
        by = "divided_into_verbs"
    oversight = verb is None and any(piece in fragment for piece in _OVERSIGHT_PIECES)
    if oversight and enabled("referring_subject_parts"):
        verb = _OVERSIGHT_VERB.search(text, start, end)
    if verb is None:
        return None
    line = max(start, text.rfind("\n", start, verb.start()) + 1)
    opening = _LINE_SUBJECT_OPENING.match(text, line, verb.start())
    subject = text[opening.end() if opening else line : verb.start()].strip()
    if _THIS_UNIT.fullmatch(subject) or (oversight and _referring_noun(text, start, subject)):
        return subject, verb.end(), None, by
    if oversight:
        return None  # a named subject: only a verb of composition places its parts
    tokens = name_tokens(subject)
    if not tokens or len(subject.split()) > MAX_NAME_WORDS or _AFTER_COMMA.search(subject):
        return None  # "Additionally, the Bureau oversees ...": no name
    if not {tokens[0], tokens[-1]} & UNIT_NOUNS or not _worded_as_unit(subject):
        if supervises_the_following(subject, verb.group(), text[verb.end() : verb.end() + 20]):
            return subject, verb.end(), None, by  # places only when the page made it a unit
        return None  # a position ("The Deputy Director oversees ...") is no unit's whole
    if "'s " in subject or "’s " in subject:
        return None  # "The Bureau's office includes ...": the body itself, not a part
    named = subject[:1].isupper() and subject.split()[-1][:1].isupper() and tokens[-1] in UNIT_NOUNS
    return subject, verb.end(), text.find(subject, line) if named else None, by


def _named_at(text: str, unit: Unit, start: int, end: int) -> int:
    """Where ``text[start:end]`` names ``unit``: its evidence when it lies there, else the
    first place its name stands whole."""
    if start <= unit.evidence_start < end:
        return unit.evidence_start
    at = text.find(unit.name, start, end)
    while at >= 0 and not _names_whole(text, unit.name, at, end):
        at = text.find(unit.name, at + 1, end)
    return at


# A word in lower case right after a unit's name that makes the name its modifier ("has a
# Wick Office liaison", "contains a Soot Office kiosk"): any but a word that ends a name's
# role in its sentence (a conjunction, a preposition, a verb, an article, a pronoun).
_NOUN_AFTER_NAME = re.compile(
    r"[ \t]+(?!(?:and|or|nor|but|in|of|for|to|at|on|by|with|as|from|under|within|through|since"
    r"|that|which|who|whose|where|is|are|was|were|has|have|had|will|shall|may|can|also|each"
    r"|both|the|a|an|its|their|respectively|together|alone)\b)[a-z]"
)


def _modifies_noun(text: str, unit: Unit, at: int) -> bool:
    """Whether the unit's name written at ``at`` modifies the noun after it ("the Wick Office
    liaison"): then the sentence names the liaison, not the unit, as the subject's part."""
    if at < 0 or not text.startswith(unit.name, at):
        return False
    return _NOUN_AFTER_NAME.match(text, at + len(unit.name)) is not None


def _referring_noun(text: str, start: int, subject: str) -> bool:
    """Whether a sentence's subject, without its "The", is a unit noun alone ("The Office",
    "the division"): a subject that refers back to a unit (``referring_subject_parts``)."""
    if " " in subject or subject.lower() not in UNIT_NOUNS:
        return False
    return (
        re.search(r"\b[Tt]he\s+" + re.escape(subject) + r"\b", text[start : start + 80]) is not None
    )


@rule("parent", off=None)
def referring_subject_parts(
    text: str, block_start: int, start: int, subject: str, units: list[Unit]
) -> Unit | None:
    """ "The Lamp Office runs the lamps. The Office also houses the Wick Center.", "The
    Bureau houses the Oil Section. This section provides oversight for the Can Unit and the
    Drum Unit.": a sentence whose subject refers back to a unit ("The" or "This" and a unit
    noun alone) and whose verb is one of composition or oversight ("houses", "consists of",
    "provides oversight for") makes the units it names after the verb parts of that unit.
    "The Office" is the unit of that noun the same paragraph or list item named last before
    the sentence: a unit named in an earlier paragraph is not referred to ("The Bureau"
    opening a paragraph is the page's own bureau as often as the one named above). Of those,
    one named as a sentence's subject is referred to before one named inside a sentence ("The
    Lamp Office works with the Office of Oil Permits. The Office also houses ...": the Lamp
    Office, not the office it works with), and a unit named again counts as named there (the
    page's own bureau as a sentence's subject); a paragraph that opens with "The Bureau"
    alone before it names any bureau refers to none it names later. ``subject`` is the
    sentence's subject without "The"; returns the unit referred to, or None."""
    if not _referring_noun(text, start, subject):
        return None
    noun = subject.lower()
    named: list[tuple[int, Unit]] = []  # each mention of a unit of that noun, where it is
    for unit in units:
        if noun not in name_tokens(unit.name):
            continue
        if block_start <= unit.evidence_start < start:
            named.append((unit.evidence_start, unit))
        at = text.find(unit.name, block_start, start)
        while at >= 0:  # named again (the page's own unit among them)
            named.append((at, unit))
            at = text.find(unit.name, at + 1, start)
    subjects = [
        (at, unit) for at, unit in named if _SENTENCE_OPENS.search(text[block_start:at]) is not None
    ]
    if not named:
        return None
    if not subjects:
        # "The Bureau works with the County Oil Bureau. The Bureau also houses ...": the
        # paragraph is about a bureau it never names, not the one it names after it.
        bare = re.compile(r"(?:^|(?<=[.!?])\s+)[Tt]he\s+" + re.escape(subject) + r"\s+(?!of\b)")
        opening = bare.search(text[block_start:start])
        if opening is not None and block_start + opening.start() < min(at for at, _ in named):
            return None
    return max(subjects or named, key=lambda m: m[0])[1]


# Where a sentence's subject starts: the block's start or a sentence's end, then "The" (a
# list item's marker and "The" before a unit's name, ``referring_subject_parts``).
_SENTENCE_OPENS = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n\s*)(?:\(?\w{1,4}[.)]\s+|[•*-]\s+)?(?:[Tt]he\s+)?\Z"
)


@rule("parent", off=None)
def item_description_parts(item: Block, opening: Unit, part: Unit) -> bool:
    """A list item that opens with the name of the unit a list rule found in it and goes on to
    describe that unit ("Lamp Services" and below it "The Directorate is responsible for Wick
    Services, Oil Services and Glass Services."): the units its description names, which
    nothing placed below the page's top unit or below the unit above the item (an outline's
    reading), are parts of the unit it opens with, as the units a section's prose names are
    parts of its heading's unit. Not a unit the item's
    opening names too ("Wick Group and Oil Group. Most support ... the Oil Group ..."), nor
    one the description names as the unit's superior or partner, not its part ("reports to
    the Office of the Warden", "works closely with the Lamp Permit Office and the Fire
    Office", "in support of the Town Oil Board")."""
    return (
        part is not opening
        and not _unit_key(part.name) <= _unit_key(opening.name)
        and opening.evidence_start - item.start <= len("The ")
        and opening.evidence_start + len(opening.name) <= part.evidence_start < item.end
        and _NOT_A_PART_BEFORE.search(item.text, 0, part.evidence_start - item.start) is None
    )


# What a description says of a unit that is no part of the one it describes, right before
# its name (a list of such units joined by commas and "and" included): one it reports to,
# is directed by, works with or supports (``item_description_parts``; :data:`OTHERS_VERB`).
_NOT_A_PART_BEFORE = re.compile(
    OTHERS_VERB + r"(?:\s+(?:the\s+)?[^.;:]*?(?:,|\band|\bor))?\s+(?:the\s+)?$"
)


def _item_description_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a list item's description names under the unit the item opens with
    (``item_description_parts``), when they hang from the page's top unit or from the unit
    the item's unit hangs from."""
    items = [block for block in page.blocks if block.kind == LIST_ITEM]
    if not items:
        return
    for item in items:
        inside = [u for u in units if item.start <= u.evidence_start < item.end]
        if len(inside) < 2:
            continue
        opening = min(inside, key=lambda u: u.evidence_start)
        if opening is top or opening.found_by not in LIST_FINDERS:
            continue
        for part in inside:
            if (
                (part.parent is top or part.parent is opening.parent)
                and not is_above(part, opening)
                and item_description_parts(item, opening, part)
            ):
                reparent(part, opening, "item_description_parts")


# Where a name joining fields of work is cut into its fields: at a comma, "and" or "&".
_FIELD_JOINS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", re.I)
# The parents a unit takes from where the page sets it, not from what the page says of it.
_PLACED_BY_DEFAULT = frozenset({"default_root", "inside_section"})
# A unit noun and the fields its name joins ("division", [("wick",), ("glass",)]).
_Fields = tuple[str, list[tuple[str, ...]]]


def _fields_of(name: str) -> _Fields | None:
    """The unit noun a name is worded with and the rest of its words cut into the fields
    they join ("The Wick and Glass Division" -> ("division", [("wick",), ("glass",)]),
    "Office of Lamp Oil" -> ("office", [("lamp", "oil")])), its acronym, a closing stop and
    any "the" aside; None for a name whose unit noun is neither its last word nor its first
    before "of" or "for"."""
    words = without_acronyms(name).rstrip(" .:;").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    noun = _rank_noun(" ".join(words))
    if noun is None:
        return None
    if words[-1].lower() == noun:
        words = words[:-1]
    elif len(words) > 2 and words[0].lower() == noun and words[1].lower() in ("of", "for"):
        words = words[2:]
    else:
        return None
    fields = [
        tuple(token for token in name_tokens(field) if token != "the")
        for field in _FIELD_JOINS.split(" ".join(words))
    ]
    return noun, [field for field in fields if field]


def _field_of_whole(part: _Fields | None, whole: _Fields | None) -> bool:
    """Whether ``part`` is named after one of the fields ``whole`` joins, with another unit
    noun and no post among its words (``field_named_part``)."""
    if whole is None or part is None or len(whole[1]) < 2:
        return False
    noun, fields = part
    return (
        noun != whole[0]
        and len(fields) == 1
        and not set(fields[0]) & POSITION_WORDS
        and fields[0] in whole[1]
    )


@rule("parent", off=False)
def field_named_part(part: str, whole: str) -> bool:
    """A unit whose name joins two fields of work or more ("Wick and Glass Division", "Soot
    Ledger & Wick Rolls Branch", "Office of Soot, Ash, and Smoke") holds a unit named after
    one of those fields alone and worded with another unit noun ("Glass Team", "Wick Rolls
    Section", "Ash Unit"): a page that names the larger first and then the smaller without
    saying where it stands (it hangs from the page's top unit only because of where it is
    set, not because a sentence or a list placed it there) places it inside the larger; a
    unit named before it is no part of it ("Glass Division", then "Centre for Glass and Oil
    Statistics": the centre serves it, or is its part). Not a unit of the same noun ("Wick
    Division" beside "Wick and Glass Division": a peer), not a field that names a post
    ("Warden's Office" beside "Warden and Deputy Warden Lamp Unit": the post's office, which
    the unit serves), not when two units' names hold the field, and not when both are items
    of lists ("Oil & Glass Command" in a list of commands, "Glass Division" in a list of
    divisions): each list placed its own items."""
    return _field_of_whole(_fields_of(part), _fields_of(whole))


register(
    "department_beside_heading",
    "parent",
    """A unit the page words as a department ("Glass Department", "Department of Oil") whose
    heading stands under the heading of a unit right below the page's top unit, itself worded
    as a department or as a unit of lower rank ("Wick Department", "Office of the Lamp
    Warden", "Oil Division"), is no part of it: a department is not made of departments,
    nor held by an office or a division, and a page that sets the office of its head over
    the departments ("Office of the Warden" above "Glass Department", "Oil Department") or
    runs headings of one rank at two levels leaves them nested by layout alone. It stands
    beside that unit, under its parent. A unit worded with another noun ("Wick Unit" under
    "Lamp Office") or as a department's part ("Wick Trimming Sub-Department") stays a part,
    and so does a department under a body of another noun that ranks with a department or
    above ("Lamp Ministry", "Wick Commission", "Oil Bureau") or under a heading that names
    no unit ("Wick and Glass"); deeper in an outline a unit's own rank may hold units of its
    noun.""",
)
# The nouns of a unit that holds no department: a department's own and those ranking below it.
_BELOW_DEPARTMENT = _DEPARTMENT_NOUN | {
    noun for noun, rank in UNIT_RANK.items() if rank < UNIT_RANK["department"]
}


def _departments_beside_headings(units: list[Unit], top: Unit) -> None:
    """Set a department that a heading nests under a department or a lower unit right below
    the top unit beside that unit (``department_beside_heading``)."""
    if not enabled("department_beside_heading"):
        return
    for unit in units:
        parent = unit.parent
        if unit.parent_by != "heading_nesting" or parent is None or parent.parent is not top:
            continue
        if _rank_noun(unit.name) not in _DEPARTMENT_NOUN or "sub" in name_tokens(unit.name):
            continue  # "Wick Trimming Sub-Department" is a department's part
        if _rank_noun(parent.name) not in _BELOW_DEPARTMENT:
            continue
        reparent(unit, top, "department_beside_heading")


def _field_named_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place a unit that hangs from the page's top unit by where it stands under the one
    unit named before it whose name joins the field it is named after
    (``field_named_part``); not when both are list items: each list placed its own items.
    Each name is cut into its fields once, and the larger units are found by field."""
    if not enabled("field_named_part"):
        return
    fields = {id(unit): _fields_of(unit.name) for unit in units}
    by_field: dict[tuple[str, ...], list[Unit]] = {}
    for unit in units:
        whole = fields[id(unit)]
        if whole is not None and len(whole[1]) >= 2:
            for field in set(whole[1]):
                by_field.setdefault(field, []).append(unit)
    items = [(block.start, block.end) for block in page.blocks if block.kind == LIST_ITEM]

    def listed(unit: Unit) -> bool:
        return any(start <= unit.evidence_start < end for start, end in items)

    for part in units:
        own = fields[id(part)]
        if part.parent is not top or part.parent_by not in _PLACED_BY_DEFAULT:
            continue
        if own is None or len(own[1]) != 1:
            continue
        wholes = [
            whole
            for whole in by_field.get(own[1][0], [])
            if not is_above(whole, top)
            and not is_above(part, whole)
            and whole.evidence_start < part.evidence_start
            and _field_of_whole(own, fields[id(whole)])
            and not (listed(part) and listed(whole))
        ]
        if len(wholes) == 1:
            reparent(part, wholes[0], "field_named_part")


def _composed_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a sentence of composition names under its subject
    (``composition_subject``), when they hang from the page's top unit."""
    text = page.text
    by_key = {_unit_key(unit.name): unit for unit in reversed(units)}
    for block, start, end in page.prose_sentences():
        found = composition_subject(text, start, end)
        if found is None:
            continue
        subject = by_key.get(_unit_key(found[0]))
        this = _THIS_UNIT.fullmatch(found[0])
        if this is not None:  # "This Office is comprised of ...": the one just named
            subject = _last_named(units, this.group(1).lower(), start)
            if subject is None:
                continue
        by = found[3]  # composition_subject, or divided_into_verbs after a verb of division
        if this is not None and _OVERSIGHT_VERB.search(text, start, found[1]):
            by = "referring_subject_parts"  # "This Section provides oversight for ..."
        if subject is None:
            referred = referring_subject_parts(text, block.start, start, found[0], units)
            if referred is not None:
                subject, by = referred, "referring_subject_parts"
        if subject is top:
            continue
        parts = [
            unit
            for unit in units
            if unit.parent is top
            and unit is not subject
            and (
                found[1] <= unit.evidence_start < end
                or _names_whole(text, unit.name, found[1], end)
            )
            and (subject is None or not is_above(unit, subject))
            and _starts_list_item(text, at := _named_at(text, unit, found[1], end), found[1])
            and not _modifies_noun(text, unit, at)
        ]
        if not parts:
            continue
        if subject is None:  # a whole the page names only here
            if found[2] is None or len(found[0].split()) < 2:
                continue
            subject = _unit_named(
                text,
                found[0],
                found[2],
                top,
                found_by=found[3],
                parent_by=_top_parent_by(top),
            )
            units.append(subject)
            by_key[_unit_key(subject.name)] = subject
        for unit in parts:
            reparent(unit, subject, by)


# A participle or a relative clause of composition right after a unit's name inside a
# sentence ("the Wick Staff composed of ...", "the Glass Division, including ...", "the Oil
# Division that includes ..."), with the comma before it when there is one.
_NESTED_PARTS = re.compile(
    r"(?P<comma>,)?\s+(?:(?P<clause>(?:which|that)\s+(?:includes?|comprises?|contains?)"
    r"|including)|composed\s+of|consisting\s+of|comprising|comprised\s+of|made\s+up\s+of)"
    r"\s+(?:the\s+)?"
)
_NESTED_PIECES = ("includ", "compos", "consisting", "compris", "made up", "contain")


# What stands right before a listed name: the start of the list, a comma or semicolon, "and",
# "or" or "the".
_LISTED_BEFORE = re.compile(r"(?:^|[,;(]|\b(?:and|or|the|The))\s*$")
# A name in title case worded as a unit, the last words before a clause of composition: "the
# Wick Staff", "Glass Division (GD)".
_NESTED_OWNER = re.compile(
    r"(?P<name>[A-Z][\w&’'-]*(?:\s+(?:of|for|and|on|the|&|[A-Z][\w&’'-]*))*)"
    r"(?:\s*\([^()]{1,16}\))?\s*$"
)


@rule("parent", off=[])
def nested_composition(text: str, start: int, end: int) -> list[tuple[str, int, int, bool]]:
    """Inside a sentence that enumerates units, a unit's name followed by a participle or a
    relative clause of composition ("..., the Wick Staff composed of the Trim Staff and the
    Snuff Staff; the Glass Division, including the Pane Unit and the Frame Unit; the Oil
    Division that includes the Can Unit") makes the units named after it, up to the next
    semicolon or the sentence's end, its parts. "including" or "that includes" without a
    comma before it, inside such a list ("the Oil Division including the Can Unit, and the
    Lamp Office"), reaches only to the next comma. Returns each clause's unit name, where
    that name starts, where its parts start and whether the clause is narrow."""
    fragment = text[start:end]
    if not any(piece in fragment for piece in _NESTED_PIECES):
        return []
    found: list[tuple[str, int, int, bool]] = []
    for match in _NESTED_PARTS.finditer(text, start, end):
        owner = _NESTED_OWNER.search(text, max(start, match.start() - 120), match.start())
        if owner is None:
            continue
        name = owner.group("name")
        words = name.split()
        # The name opens after "the", a comma or the start of the list: drop a capitalized
        # sentence opening ("Comprises the ...") that is no part of it.
        while words and words[0] in ("The", "the", "and", "of", "for", "on", "&"):
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2:
            continue
        narrow = not match.group("comma") and bool(
            match.group("clause") or "includ" in match.group()
        )
        found.append((name, owner.end("name") - len(name), match.end(), narrow))
    return found


def _listed_whole(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lists ``name`` as an item: after the list's start, a comma,
    "and", "or" or "the", and before a stop, a comma, a clause or the end."""
    at = text.find(name, start, end)
    while at >= 0:
        tail = text[at + len(name) : at + len(name) + 2]
        if (at == start or _LISTED_BEFORE.search(text, start, at)) and (
            not tail[:1].isalnum() and tail not in ("'s", "’s")
        ):
            return True
        at = text.find(name, at + 1, end)
    return False


def _nested_parts(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a clause of composition after a unit's name lists under that unit
    (``nested_composition``), when they hang from the page's top unit or beside it; the unit
    is made where the clause names it when the page has not found it."""
    text = page.text
    for _, start, end in page.prose_sentences():
        for name, at, begin, narrow in nested_composition(text, start, end):
            ends = [i for c in (";,\n" if narrow else ";") if (i := text.find(c, begin, end)) >= 0]
            stop = min(ends, default=end)
            key = _unit_key(name)
            if key in (_unit_key(units[0].name), _unit_key(top.name)):
                continue  # the page's own agency: its parts hang from it already
            owner = next((u for u in units[1:] if _unit_key(u.name) == key), None)
            parts = [
                unit
                for unit in units[1:]
                if unit is not owner
                and (owner is None or not is_above(unit, owner))
                and unit.parent in (top, owner.parent if owner else top)
                and _listed_whole(text, unit.name, begin, stop)
            ]
            if not parts:
                continue
            if owner is None and not _worded_as_unit(name):
                continue
            if owner is None:
                owner = _unit_named(
                    text,
                    name,
                    at,
                    top,
                    found_by="nested_composition",
                    parent_by=_top_parent_by(top),
                )
                units.append(owner)
            for unit in parts:
                reparent(unit, owner, "nested_composition")


# A parenthesis after a name that lists two or more names: "Lamp Services (Wicks, Oil and
# Glass)".
_PARENTHESIZED_LIST = re.compile(r"\((?P<parts>[^()]*,[^()]*)\)")


@rule("parent", off=[])
def parenthesized_parts(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """Inside a sentence that enumerates units, a unit's name followed by a parenthesis that
    lists names ("The divisions include Lamp Services (Wick Supply, Oil Stores and Glass
    Repair), Lighting (Street Lamps, Beacons)") makes the units listed in the parenthesis
    its parts, as a chart's box holds its boxes; a plural before the parenthesis ("three
    Lamp Offices (North, South, East)") names what its members are, not a unit holding them.
    Returns each unit's name, where it starts and the span of its parenthesis."""
    if "(" not in text[start:end]:
        return []
    found: list[tuple[str, int, int, int]] = []
    for match in _PARENTHESIZED_LIST.finditer(text, start, end):
        before = text[max(start, match.start() - 120) : match.start()].rstrip()
        owner = _NESTED_OWNER.search(before)
        if owner is None or not before.endswith(owner.group("name")):
            continue
        words = owner.group("name").split()
        while words and words[0] in ("The", "the", "and", "of", "for", "on", "&"):
            words = words[1:]
        if not words or _part_plural(words[-1]):
            continue  # "six Regional Offices (North, South)": the kind of its members
        name = " ".join(words)
        at = max(start, match.start() - 120) + len(before) - len(name)
        found.append((name, at, match.start("parts"), match.end("parts")))
    return found


def _parenthesized_parts(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a parenthesis after a unit's name lists under that unit
    (``parenthesized_parts``), when they hang from the page's top unit or beside it."""
    text = page.text
    for _, start, end in page.prose_sentences():
        for name, _at, begin, stop in parenthesized_parts(text, start, end):
            key = _unit_key(name)
            if key in (_unit_key(units[0].name), _unit_key(top.name)):
                continue
            owner = next((u for u in units[1:] if _unit_key(u.name) == key), None)
            if owner is None:
                continue
            parts = [
                unit
                for unit in units[1:]
                if unit is not owner
                and not is_above(unit, owner)
                and unit.parent in (top, owner.parent)
                and _listed_whole(text, unit.name, begin, stop)
            ]
            if len(parts) < 2:
                continue
            for unit in parts:
                reparent(unit, owner, "parenthesized_parts")


_THIS_UNIT = re.compile(r"(?:This|That)\s+([A-Za-z]+)")
_AFTER_COMMA = re.compile(r",\s+(?:the\b|[a-z])")


# "This Office maintains the ...", "It is responsible for the management of the ...": a
# subject that refers back to a unit, then a verb of running something (``runs_named_unit``).
_RUNS = re.compile(
    r"\s*(?:\(?\w{1,4}[.)]\s+)?(?:(?P<it>It)|(?:This|The)\s+(?P<noun>[A-Za-z]+))\s+(?:also\s+)?"
    r"(?:maintains|operates|manages|is\s+responsible\s+for\s+the\s+(?:management|operation)\s+of)"
    r"\s+(?:the\s+)?"
)
_RUNS_PIECES = ("maintains", "operates", "manages", "responsible")


@rule("parent", off=None)
def runs_named_unit(text: str, start: int, end: int) -> tuple[str | None, int] | None:
    """ "This Office maintains the Lamp Watch Center, which ...", "It is responsible for the
    management of the Office of Wick Records (OWR), which ...": a sentence whose subject
    refers back to a unit ("It", "This Office", "The Division") and whose verb is one of
    running something ("maintains", "operates", "manages", "is responsible for the
    management of") makes the unit it names right after the verb a part of the unit
    referred to, when nothing placed that unit below the page's top unit. "It" is the unit
    the paragraph named last before the sentence, "This Office" the last office it named. A
    possessive ("It operates the Lamp Office's print room") names no part, nor does a longer
    name that opens with the unit's ("the Lamp Office Annex"). Returns the unit
    noun referred back to (None for "It") and where the named part starts."""
    fragment = text[start:end]
    if not any(piece in fragment for piece in _RUNS_PIECES):
        return None
    match = _RUNS.match(text, start, end)
    if match is None:
        return None
    noun = match.group("noun")
    if noun is not None and noun.lower() not in UNIT_NOUNS:
        return None
    return (noun.lower() if noun else None), match.end()


def _run_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the unit a sentence says a unit runs under that unit (``runs_named_unit``)."""
    text = page.text
    for block, start, end in page.prose_sentences():
        found = runs_named_unit(text, start, end)
        if found is None:
            continue
        noun, at = found
        before = [
            u
            for u in units
            if block.start <= u.evidence_start < start
            and u is not top
            and (noun is None or noun in name_tokens(u.name))
        ]
        if not before:
            continue
        subject = max(before, key=lambda u: u.evidence_start)
        for unit in units:
            if unit.parent is not top or unit is subject or is_above(unit, subject):
                continue
            if not text.startswith(unit.name, at):
                continue
            rest = text[at + len(unit.name) : at + len(unit.name) + 60]
            if rest[:1] in ("'", "’") or rest[:1].isalnum():
                continue  # "the Wick Office's print room": a possessive names no part
            following = rest.split(maxsplit=1)
            if rest[:1].isspace() and following and following[0][:1].isupper():
                continue  # "the Wick Center Annex": a longer name than this unit's
            reparent(unit, subject, "runs_named_unit")


# "is the chief of", "are also the heads of": the subject heads the unit named after.
_HEAD_OF_VERB = r"(?:is|are)\s+(?:also\s+)?the\s+(?:chief|head)s?\s+of"
# "fall under the direction of the", "also comes under the aegis of the", "is under the
# supervision of the", "operates under the": a verb of standing, "under", perhaps a noun of
# direction and "of", then the name of what the subject stands under; "is housed within the",
# "belongs to the", "is supervised by the", "is a section of the": what it stands within,
# belongs to or is directed by; "is also responsible to the", "is the chief of the": what
# the subject answers to, or the unit a post heads.
# What a part of a unit is called in "is a section of", ", one of the offices of".
_PART_NOUN = (
    r"(?:sub-?)?(?:units?|divisions?|sections?|branch(?:es)?|offices?|bureaus?|departments?"
    r"|components?)"
)
_FALLS_UNDER = re.compile(
    r"(?:\s(?:(?:falls?|comes?|is|are|operates?|sits?|remains?|works?"
    r"|(?:is|are)\s+(?:placed|located|positioned|situated))\s+(?:also\s+|directly\s+)?under"
    r"|(?:is|are)\s+(?:also\s+|directly\s+)?(?:responsible|accountable|answerable)\s+to"
    r"|(?:also\s+)?reports?\s+(?:directly\s+)?to"
    r"|(?:(?:is|are)\s+(?:also\s+)?(?:located|housed|placed|situated|positioned|organi[sz]ed)"
    r"|sits?|(?:is|are))\s+within"
    r"|(?:is|are)\s+(?:also\s+)?(?:attached|subordinate)\s+to|belongs?\s+to"
    r"|forms?\s+(?:a\s+)?part\s+of"
    r"|(?:is|are)\s+(?:also\s+)?(?:supervised|overseen|managed|directed|administered)\s+by"
    r"|(?:is|are)\s+(?:a|an|one)\s+(?:of\s+the\s+)?" + _PART_NOUN + r"\s+of"
    r"|(?<!\bto\s)(?:together\s+)?makes?\s+up|together\s+forms?"
    r"|" + _HEAD_OF_VERB + r")"
    r"|[,(]\s*(?:a|an|one\s+of\s+the)\s+" + _PART_NOUN + r"\s+(?:of|within|under)"
    r"|[,(]\s*(?:a\s+)?part\s+of)\s+"
    r"(?:the\s+)?(?:" + DIRECTION_NOUN + r"\s+of\s+(?:the\s+)?)?"
    r"(?P<host>[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&-]*))*)"
)
# A piece of each alternative of _FALLS_UNDER's verb, one of which every match holds.
_FALLS_UNDER_PIECES = (
    "under",
    "responsible",
    "accountable",
    "answerable",
    "chief",
    "head",
    "within",
    "attached",
    "subordinate",
    "belong",
    "part",
    "by",
    "unit",
    "division",
    "section",
    "branch",
    "office",
    "bureau",
    "department",
    "component",
    "make",
    " form",
    "report",
)
# "under the Lamp Bureau's direction": after a possessive host, a noun of direction.
_DIRECTION_AFTER_OWNER = re.compile(r"\s+" + DIRECTION_NOUN + r"\b")


@rule("parent", off=None)
def falls_under(text: str, start: int, end: int) -> tuple[int, str, int] | None:
    """ "The Wick Team and the Oil Unit fall under the direction of the Lamp Bureau", "The Glass
    Branch, a resource branch, also comes under the aegis of the Chief Warden", "The Soot Office
    is under the supervision of the Lamp Division": the units a sentence names before a verb of
    standing ("falls", "comes", "is", "operates") and "under" (perhaps "the
    direction/supervision/aegis of") are parts of the unit or position named after it, when the
    page has found that one as a unit. So are those a sentence says answer to one ("The Tallow
    Branch is also responsible to the Chief Warden", "accountable to", "The Tallow Branch
    reports to the Lamp Bureau", when the words before "reports" are the units' names and
    their glue only, no verb or person of their own) and the posts it names as
    the chiefs or heads of a unit ("The Wick Director is the chief of the Wick Division"), a
    post and not a unit ("The Lamp Council is the head of the Wick Network" does not put the
    council under the network). So do other verbs of standing within, belonging to or being
    directed by a unit ("is located within", "sits within", "is housed within", "is placed
    under", "works under the direction of", "is attached to", "belongs to", "forms part of", "is
    subordinate to", "is supervised by", "is a sub-unit of", "is one of the offices of"); "in"
    is no such word ("is located in the Wick Division building", "is in Lampton"). So do those a
    sentence says make up or together form a unit ("The Trim Office and the Soot Office make up
    the Wick Division"), and the unit named just before an appositive that calls it a unit or a
    part of one ("..., the Trimming Office, a unit of the Wick Division, ...", "the Soot Office
    (part of the Wick Division)"). The first verb whose host the page found places the subject
    ("..., which is within Lampton, falls under the Wick Division"). A unit already placed below
    a part of the host stays there ("The Trim Office, part of the Lamp Bureau, ..." of a part of
    the bureau's Glass Division). The subject is the sentence's, not an opening phrase's
    ("Working with the Oil Unit, the Glass Unit falls under ..." places the Glass Unit only),
    and after a relative pronoun the name it stands for ("The Oil Unit supervises the Glass
    Unit, which falls under ..." places the Glass Unit only). Returns where the verb starts, the
    host's name and where it starts. A verb denied ("does not fall under", "no longer comes
    under") places nothing, and so does a host's possession that is not its direction ("operates
    under the Lamp Bureau's safety rules", where "under the Lamp Bureau's direction" places)."""
    fragment = text[start:end]  # the pattern tries every space; most sentences hold no verb
    if not any(map(fragment.__contains__, _FALLS_UNDER_PIECES)):
        return None
    match = _FALLS_UNDER.search(text, start, end)
    while match is not None and (
        _NEGATED_BEFORE.search(text, start, match.start() + 1)
        or (
            match.group("host").endswith(("'s", "’s"))
            and not _DIRECTION_AFTER_OWNER.match(text, match.end("host"), end)
        )
    ):
        match = _FALLS_UNDER.search(text, match.end(), end)
    if match is None:
        return None
    host = _NAME_TAIL.sub("", match.group("host"))
    return match.start(), host.removesuffix("'s").removesuffix("’s"), match.start("host")


_THE_OPENING = re.compile(r"\bThe(?=\s)")
# "does not", "no longer", "never", "don't" just before a verb: the sentence denies it.
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|\w+n[’']t)\s+\Z")


def _units_by_key(units: list[Unit]) -> dict[frozenset[str], Unit]:
    """The units by the key of their names, the first of those that share one."""
    keys: dict[frozenset[str], Unit] = {}
    for unit in units:
        keys.setdefault(_unit_key(unit.name), unit)
    return keys


# The finders of units named by words they share with others ("the Wick and Glass
# Divisions"): their names are not written whole where they were found.
_SHARED_FINDERS = frozenset({"shared_unit_noun", "shared_noun_after_verb", "compass_series"})


def _fall_under_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a sentence says fall under a unit under that unit (``falls_under``)."""
    text = page.text
    keys = _units_by_key(units)
    for _, start, end in page.prose_sentences():
        found = falls_under(text, start, end)
        host = None
        while found is not None:
            # "..., which is within Lampton, falls under the Wick Division": the first verb's
            # host is no unit, a later one's may be
            verb, name, _ = found
            host = keys.get(_unit_key(name)) or _named_bare(name, units)
            if host is not None:
                break
            found = falls_under(text, verb + 1, end)
        if found is None or host is None:
            continue
        opening = text.rfind(";", start, verb) + 1 or start
        subject = _THE_OPENING.sub(lambda m: m.group().lower(), text[opening:verb])
        subject, relative = _falls_under_subject(subject)
        # a unit read from the subject's words whose name is not written there ("the Wick and
        # Glass Divisions": the Wick Division) stands in it by where it was found; the
        # subject is the words before the verb less an opening phrase or a relative clause
        begin = opening if relative else verb - len(subject)
        stop = begin + len(subject)
        appositive = text[verb] in ",("
        named = [
            unit
            for unit in units
            if unit is not top
            and unit is not host
            and not is_above(unit, host)
            and (
                _names_whole(subject, unit.name, 0, len(subject))
                or (
                    begin <= unit.evidence_start < unit.evidence_end <= stop
                    and unit.found_by in _SHARED_FINDERS
                )
            )
        ]
        if _REPORTS.match(text, verb) and not _names_only(subject, named):
            continue  # "... are appointed by the Board and report to": a clause's verb
        if _HEADS_OF.match(text, verb):  # "is the chief of": a post heads the unit, a unit not
            named = [unit for unit in named if names_position_only(unit.name)]
        if relative and named:  # "..., which falls under": only the name just before "which"
            named = [max(named, key=lambda unit: subject.rfind(unit.name))]
        if appositive:  # "the Trim Office, a unit of ...": only a name that ends at the comma
            named = [unit for unit in named if subject.rstrip().endswith(unit.name)]
        for unit in named:
            # placed there already, or below a unit within the host: "is within the Lamp
            # Bureau" or "the Trim Office, part of the Lamp Bureau" is true of a part of a part
            if unit.parent is None or not is_above(host, unit.parent):
                reparent(unit, host, "falls_under")


# "reports to", which may close a run of verbs ("are appointed by the Board and report to").
_REPORTS = re.compile(r"\s(?:also\s+)?reports?\s")


# "Within the Wick Division, ...", "Under the Oil Bureau, ...", "Under the direction of the
# Lamp Warden the ...", "Also, within the Glass Division, ...": a sentence's opening phrase
# that sets what follows within or under a unit, its preposition capitalized or after "Also".
# The host's name is a run of capitalized words (accented ones too), "of", "for", "and" or
# "&" (and "the" after them) between them, never a bare "the": with no comma the phrase ends
# where "the" opens the sentence's subject ("... of the Lamp Warden the Glass Office keeps
# ..."), and it needs "the" after its preposition, as the reading of names does ("Within
# Wick Division the Trim Unit" is one name).
_HOST_WORD = CAPITAL + r"[\w’'&.-]*"
_OPENING_HOST = re.compile(
    r"\s*(?:\(?\w{1,4}[.)]\s+)?(?:Also,?\s+|(?=" + CAPITAL + r"))"
    r"(?i:" + _UNDER_DIRECTION + r"|under(?:neath)?\s+the\s+|" + _WITHIN_UNIT + r")"
    r"(?P<host>" + _HOST_WORD + r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?" + _HOST_WORD + r")*)"
    r"(?:\s*,\s*|(?(bare)(?!)|\s+(?=the\s+" + CAPITAL + r")))"
)
# Where a clause of its own starts inside the sentence, its subject first: ", while the
# Oil Unit ...", "; the Glass Unit ...".
_NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+|;\s+")


def opening_phrase_host(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The unit a sentence's opening phrase sets its subject within or under
    (``opening_phrase_host``, registered with the reading of names it also changes): the
    host's name, where it starts and where the sentence's main clause starts; None when
    the sentence opens otherwise or the rule is off."""
    if not enabled("opening_phrase_host"):
        return None
    fragment = text[start : min(end, start + 24)].lower()
    if not any(word in fragment for word in ("within", "inside", "under")):
        return None
    opening = _OPENING_HOST.match(text, start, end)
    if opening is None:
        return None
    host = opening.group("host").rstrip(".")
    return host, opening.start("host"), opening.end()


# What may stand between the names of a clause's subject, besides commas.
_SUBJECT_GLUE = re.compile(r"\b(?:the|and|or)\b")


def _clause_subjects(page: PageLayout, start: int, end: int) -> list[Phrase]:
    """The names that open a clause as its subject, from ``start``: a run of names joined
    only by commas, "and", "or", "the" and an acronym in parentheses, up to the first other
    word, when that word reads as the clause's verb. None for names that modify a noun
    instead: a possessive ("the Can Unit's staff"), a plural unit noun after them ("the
    Glass Division offices") or a word before an auxiliary ("the Glass Division liaisons
    are ...")."""
    text = page.text
    subjects: list[Phrase] = []
    cursor = start
    for phrase in page.phrases(start, end):
        for piece in split_list(text, phrase, on_and=False):
            if (
                text[piece.start - 1 : piece.start] == "("
                and text[piece.end : piece.end + 1] == ")"
            ):
                cursor = piece.end + 1  # the acronym the name before defines: "(CU)"
                continue
            if _SUBJECT_GLUE.sub("", text[cursor : piece.start]).strip(" \t\n,"):
                return _verb_follows(text, subjects, cursor, end)
            if piece.text.endswith(_POSSESSIVE_ENDS):
                return []
            subjects.append(piece)
            cursor = piece.end
    return _verb_follows(text, subjects, cursor, end)


# The word after a clause's subject names, and the one after it.
_NEXT_WORDS = re.compile(r",?\s+(?P<word>[a-z][\w-]*)(?:\s+(?P<then>[a-z]+))?")


# Words after a name that say it is the subject whatever the verb's form: "the Trim Unit,
# which keeps", "the Trim Unit that keeps".
_RELATIVES = frozenset({"which", "who", "that"})


def _verb_follows(text: str, subjects: list[Phrase], cursor: int, end: int) -> list[Phrase]:
    """``subjects`` when the word after them reads as their verb (``_clause_subjects``), not
    as a noun they modify (a plural unit noun, a word before an auxiliary: "the Glass
    Division liaisons are"). After one name the verb agrees with it, perhaps after "also" or
    an adverb in -ly: in -s (``PRESENT_VERB``: not "-ss", "-is", "-us", "the Drum Unit
    boss") or -ed, an auxiliary or a modal ("the Trim Unit keeps", "also trimmed",
    "currently is", "will"), or a relative pronoun opens a clause about it; "the Glass
    Division staff keep" names no subject."""
    after = _NEXT_WORDS.match(text, cursor, end)
    if after is None:
        return []
    word, then = after.group("word"), after.group("then") or ""
    if (word == "also" or word.endswith("ly")) and then:
        word = then  # "the Trim Unit also has", "the Trim Unit currently keeps"
    elif _part_plural(word) or then in AUXILIARIES:
        return []
    if len(subjects) == 1 and not (
        PRESENT_VERB.fullmatch(word)
        or word.endswith("ed")
        or word in AUXILIARIES
        or word in _RELATIVES
    ):
        return []
    return subjects


# The parents a unit takes from where the page sets it, which an opening phrase overrides.
_OPENING_PLACED_BY = frozenset({"default_root", "inside_section", "under_page_subject"})


def _opening_phrase_parents(page: PageLayout, units: list[Unit]) -> None:
    """Place the units a sentence's opening phrase sets within or under a unit under that
    unit (``opening_phrase_host``), a subject named in full as a unit and found by no rule
    made one."""
    text = page.text
    keys = _units_by_key(units)
    for _, start, end in page.prose_sentences():
        found = opening_phrase_host(text, start, end)
        if found is None:
            continue
        name, _, clause = found
        host = keys.get(_unit_key(name)) or _named_bare(name, units)
        if host is None:
            continue
        starts = [clause] + [m.end() for m in _NEXT_CLAUSE.finditer(text, clause, end)]
        # a unit's noun, which a later clause's subject worded alike is its peer's ("Within
        # the Wick Division, the Trim Unit ...; the Glass Division ..."); the office of a post
        # ("the Warden's Office") holds offices
        post = bool(set(name_tokens(host.name)) & POSITION_WORDS)
        rank = None if post else _rank_noun(host.name)
        for begin in starts:
            for phrase in _clause_subjects(page, begin, end):
                subject = without_acronyms(phrase.text).strip()
                if begin != clause and rank is not None and _rank_noun(subject) == rank:
                    continue
                unit = keys.get(_unit_key(subject)) or _named_bare(subject, units)
                if unit is None:
                    words = name_tokens(subject)
                    if len(words) < 2 or words[-1] not in UNIT_NOUNS or set(words) & POSITION_WORDS:
                        # "the Chief Trimmer", "the Chief of the Trim Unit": a post's; "the
                        # Office": a unit noun alone refers back. No unit named in full.
                        continue
                    unit = _unit_named(
                        text,
                        subject,
                        phrase.start,
                        host,
                        found_by="opening_phrase_host",
                        parent_by="opening_phrase_host",
                        is_group=False,
                    )
                    units.append(unit)
                    keys.setdefault(_unit_key(subject), unit)
                    continue
                if is_above(unit, host) or unit.parent_by not in _OPENING_PLACED_BY:
                    continue  # above the host, or placed by what the text says of it
                reparent(unit, host, "opening_phrase_host")


def _names_only(subject: str, named: list[Unit]) -> bool:
    """Whether a subject is the names of ``named`` and their glue, with no verb or other words
    of its own before the verb that follows it ("The Office of Wick Care and the Oil Unit",
    not "... is run by the Oil Unit and", not "Ann Tallow of the Wick Division")."""
    rest = subject
    for unit in sorted(named, key=lambda unit: -len(unit.name)):
        rest = rest.replace(unit.name, " ")
    words = re.findall(r"[^\W\d_][\w’'-]*", rest)
    return bool(named) and all(w.lower() in _LIST_GLUE for w in words)


# "is the chief of", "are the heads of": the subject heads the unit named after.
_HEADS_OF = re.compile(r"\s" + _HEAD_OF_VERB + r"\s")
# "..., which falls under", "... that is also responsible to": a relative pronoun before the verb.
_RELATIVE_BEFORE_VERB = re.compile(
    r"(?:,\s*|\s)(?:which|that|who)(?:\s+(?:also|now|directly))?\s*$"
)
# "Working with the Oil Unit, ...", "Created by the Lamp Board in 1990, ...", "Like the Oil Unit,
# ...": a sentence's opening phrase, a participle or a preposition and lower-case words.
_OPENING_PHRASE = re.compile(r"^\s*(?P<word>[A-Z][a-z]+)\s+[a-z][^,]*,")
# "... decided that ", "... states that ": the words up to the last clause a "that" opens.
_REPORTED_CLAUSE = re.compile(r".*\b(?:that|whether)\s+(?=\S)", re.DOTALL)
_PHRASE_OPENERS = OPENING_PREPOSITIONS | {"like", "unlike", "besides", "in", "after", "before"}


def _falls_under_subject(subject: str) -> tuple[str, bool]:
    """The part of the words before a verb of ``falls_under`` that is its subject, and whether
    the verb follows a relative pronoun: a sentence's opening phrase ("Working with the Oil
    Unit, the Glass Unit falls under ...") and the main clause of a reported one ("The Lamp
    Division decided that the Glass Unit falls under ...") are not the subject, and the
    subject of "..., which falls under" is the name just before "which"."""
    relative = _RELATIVE_BEFORE_VERB.search(subject)
    if relative is not None:
        return subject[: relative.start()], True
    reported = _REPORTED_CLAUSE.match(subject)
    if reported is not None:  # "The Lamp Division decided that the Glass Unit falls under"
        return subject[reported.end() :], False
    phrase = _OPENING_PHRASE.match(subject)
    if phrase is not None:
        word = phrase.group("word").lower()
        if word in _PHRASE_OPENERS or word.endswith(("ing", "ed")):
            return subject[phrase.end() :], False
    return subject, False


# A lead-in's last words: "report (directly) to the Assistant Lamp Warden:", the name running
# past its commas ("report to the Assistant Warden, Wick Operations:").
_LEAD_REPORTS_TO = re.compile(
    r"\breport(?:s|ing)?\s+(?:directly\s+)?to\s+(?:the\s+)?"
    r"(?P<boss>[A-Z][\w’'&-]*(?:(?:\s+|,\s+)(?:of|for|and|&|the|[A-Z][\w’'&-]*))*)\s*:\s*$"
)


@rule("parent", off=None)
def lead_in_reports_to(lead: str) -> str | None:
    """A lead-in that says the items after it report to a post or unit ("The following
    departments report directly to the Assistant Lamp Warden:", "The following positions
    report to the Deputy Warden, Wick Operations:") makes its items parts of that post or
    unit, when the page names it as a unit anywhere (its prose may name it after the list:
    "The Assistant Lamp Warden oversees ..."); items a lead-in already placed, or nested
    under another item, stay where they are; a lead-in that denies it ("The following
    offices do not report to ...", "no longer report to") places nothing. Returns the name
    reported to."""
    match = _LEAD_REPORTS_TO.search(lead)
    if match is None or _NEGATED_BEFORE.search(lead, 0, match.start()):
        return None
    return match.group("boss")


def _headed_unit(post: str, units: list[Unit]) -> Unit | None:
    """The unit a post given with its portfolio after a comma heads ("Assistant Warden, Wick
    Operations" heads the "Wick Operations Division", "Director, Office of Lamp Glass" the
    "Office of Lamp Glass"): the unit named by the portfolio's words and unit nouns alone."""
    title, _, portfolio = post.partition(",")
    key = _unit_key(portfolio)
    if not key or not set(name_tokens(title)) & POSITION_WORDS:
        return None
    return next(
        (
            unit
            for unit in units
            if key <= (other := _unit_key(unit.name)) and other - key <= UNIT_NOUNS
        ),
        None,
    )


def _lead_in_report_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the items of a list whose lead-in says they report to a unit under that unit
    (``lead_in_reports_to``), once every unit of the page is found."""
    keys = _units_by_key(units)
    blocks = page.blocks
    for index, block in enumerate(blocks[:-1]):
        if block.kind != PARAGRAPH or blocks[index + 1].kind != LIST_ITEM:
            continue
        name = lead_in_reports_to(block.text)
        boss = _headed_unit(name, units) or keys.get(_unit_key(name)) if name else None
        if boss is None:
            continue
        last = index + 1
        while last + 1 < len(blocks) and blocks[last + 1].kind == LIST_ITEM:
            last += 1
        start, end = blocks[index + 1].start, blocks[last].end
        for unit in units:
            if (
                start <= unit.evidence_start < end
                and unit.parent_by == "inside_section"
                and unit is not top
                and not is_above(unit, boss)
            ):
                reparent(unit, boss, "lead_in_reports_to")


# A list's lead-in that says its subject is made of the items after it: the subject and
# the verb ("The Directorate consists of the following divisions:", "Wick is made up of a
# number of sub-units:", "This Office has three branches:"). "Has" only with a count or
# "the following" ("has worked with the following offices:" is none), and no verb of
# another body before the colon ("... and works closely with the following offices:").
_REFERRING_WORD = r"(?i:" + "|".join(sorted(REFERRING_WORDS)) + r")"
_HOLDS_PARTS_VERB = (
    MADE_OF_VERB + r"|" + DIVIDED_INTO_VERB + r"|houses|includes|has\s+(?i:" + HELD_COUNT + r")"
)
# The rest of a lead-in up to its colon, with no verb of another body in it.
_TO_THE_COLON = r"(?:\s(?:(?!" + OTHERS_VERB + r")[^:])*)?:\s*\Z"
_PARTS_LEAD_IN = re.compile(
    r"\s*(?:" + _REFERRING_WORD + r"\s+)?"
    r"(?P<subject>[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,3}?)"
    r"\s+(?:also\s+|similarly\s+)?(?:" + _HOLDS_PARTS_VERB + r")" + _TO_THE_COLON
)
# What opens a paragraph before the name of the unit it is about: spaces and "The".
_BLOCK_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")


@rule("parent", off=False)
def referring_lead_in_parts(subject: str, referent: str) -> bool:
    """A list's lead-in whose subject refers back to the unit the paragraph before it is
    about ("The Wick Directorate manages the lamps of the town." then "The directorate
    consists of the following divisions:" over "Trimming", "Supply"; "Oil Division is that
    arm of the Office that buys oil." then "Oil is made up of a number of sub-units:")
    makes the list's items ("Label: text" lines among them) parts of that unit, when only
    where they stand placed them (under the page's top unit or their section's unit). The
    subject refers to it when it is the unit's own noun alone ("The
    directorate", "This Division") or its name less its unit noun ("Oil" for "Oil
    Division"); the unit is the one the paragraph just before the lead-in (or the lead-in's
    own paragraph, when the lead-in is not its first sentence) opens with, as its subject.
    A subject of another unit noun ("The office has two sections:" after a paragraph about
    the Wick Directorate), a unit named inside the paragraph and not at its opening ("The
    Lamp Ministry works with the Wick Directorate."), or a list's item before the lead-in
    (one of several the directorate may be) places nothing; nor is an item moved that a
    rule placed already (a lead-in that names its parent: "... divisions of the Lamp
    Ministry:"), or the referred unit itself when the list names it."""
    if unit_nouns_only(subject) == [head_noun(tuple(name_tokens(referent)))]:
        return True  # "The directorate" for the Wick Directorate
    own, whole = _unit_key(subject), _unit_key(referent)
    return bool(own) and own < whole and whole - own <= UNIT_NOUNS


def _paragraph_subject_unit(text: str, block: Block, units: list[Unit]) -> Unit | None:
    """The unit whose name opens ``block``, "The" aside (the longest of them), as a whole:
    "Wick Offices across the realm" is about no Wick Office. The page's top unit too: in
    another unit's section, "The ministry consists of ..." after a paragraph about it lists
    the ministry's parts."""
    at = _BLOCK_OPENING.match(text, block.start, block.end)
    start = at.end() if at else block.start
    named = [
        unit
        for unit in units
        if text.startswith(unit.name, start)
        and not text[start + len(unit.name) : start + len(unit.name) + 1].isalnum()
    ]
    return max(named, key=lambda unit: len(unit.name)) if named else None


def _referring_lead_in_parents(page: PageLayout, units: list[Unit]) -> None:
    """Place the items of a list whose lead-in refers back to the unit the paragraph before
    it is about under that unit (``referring_lead_in_parts``)."""
    text = page.text
    blocks = page.blocks
    for index, block in enumerate(blocks[:-1]):
        if block.kind != PARAGRAPH or blocks[index + 1].kind != LIST_ITEM:
            continue
        spans = list(page.sentences(block.start, block.end)) or [(block.start, block.end)]
        start, end = spans[-1]
        found = _PARTS_LEAD_IN.match(text[start:end])
        if found is None:
            continue
        if len(spans) > 1:
            about = blocks[index]
        elif index > 0 and blocks[index - 1].kind == PARAGRAPH:
            about = blocks[index - 1]
        else:
            continue
        referent = _paragraph_subject_unit(text, about, units)
        if referent is None or not referring_lead_in_parts(found.group("subject"), referent.name):
            continue
        last = index + 1  # the list's items, "Label: text" lines among them
        while last + 1 < len(blocks) and blocks[last + 1].kind in (LIST_ITEM, LABEL):
            last += 1
        first, stop = blocks[index + 1].start, blocks[last].end
        for unit in units:
            if (
                first <= unit.evidence_start < stop
                and unit.parent_by in _PLACED_BY_DEFAULT
                and unit.parent is not referent
                and not is_above(unit, referent)
            ):
                reparent(unit, referent, "referring_lead_in_parts")


# A list's lead-in that opens with a referring word and a bare unit noun, the subject of a
# verb by which a body holds its parts (``_PARTS_LEAD_IN``'s, any verb of division) or
# directs them ("The office directs the work of the following departments:", "This office
# is split into four units:", "The office provides leadership to the following teams:"),
# not its possessor ("The office's duties are:") nor a name ("The Office of Glass ...").
_REFERRING_NOUN_LEAD = re.compile(
    r"\s*" + _REFERRING_WORD + r"\s+(?P<noun>[a-z]+|[A-Z][a-z]+)\s+(?!of\b)"
    r"(?:also\s+|similarly\s+)?(?:"
    + _HOLDS_PARTS_VERB
    + r"|"
    + DIVISION_VERB
    + r"|"
    + SUPERVISING_VERB
    + r"|provides?\s+(?:[a-z]+\s+)?(?:leadership|direction|oversight|supervision)\b)"
    + _TO_THE_COLON
)
# An owner or a destination the lead-in names itself: "... the following branches of the
# ministry:", "... the following branches to the Glass Bureau:".
_OWNER_IN_LEAD_IN = re.compile(
    r"\b(?:of|to)\s+(?:the|its|their|this|that)\s+(?!following\b)", re.IGNORECASE
)
# A sentence that presents what it names after a pronoun and a linking verb: "These are the
# goals of the Office of Lamp Care.", "This is the Office of Lamp Care's page." (about it,
# as a sentence it opens is).
_PRESENTING = re.compile(r"\s*(?:This|These)\s+(?:is|are)\s")
# What makes a named unit another body's: "the Oil Ministry's Glass Office", "the Glass
# Office of the Oil Ministry".
_POSSESSED = re.compile(r"['’]s\s+\Z")
_OF_ANOTHER_BODY = re.compile(r"\s+of\s+the\s")


def _unit_of_noun_named_last(
    text: str, units: list[Unit], noun: str, start: int, end: int
) -> tuple[int, Unit] | None:
    """The unit headed by ``noun`` whose name ``text[start:end]`` holds last as a whole (not
    inside a longer name: "Glass Office" in "Old Glass Office Hall"), and where."""
    best: tuple[int, Unit] | None = None
    for unit in units:
        if head_noun(tuple(name_tokens(unit.name))) != noun:
            continue
        at = text.rfind(unit.name, start, end)
        while at >= 0 and not _names_whole(text, unit.name, at, end):
            at = text.rfind(unit.name, start, at)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, unit)
    return best


def _what_its_sentence_is_about(page: PageLayout, units: list[Unit], unit: Unit, at: int) -> bool:
    """Whether the name of ``unit`` at ``at`` is what its sentence is about: its subject,
    opening it ("The" aside), or the first unit a sentence that presents names ("These are
    the goals of the Office of Lamp Care."), and no other body's ("the Oil Ministry's Glass
    Office", "the Glass Office of the Oil Ministry"). "The Lamp Ministry works with the Wick
    Directorate." and "Keepers write to the Wick Directorate." are not about the
    directorate."""
    text = page.text
    span = page.sentence_at(at)
    opening = span[0] if span else at
    opens = _BLOCK_OPENING.match(text, opening)
    if not (opens is not None and opens.end() == at) and not (
        _PRESENTING.match(text, opening)
        and not any(
            re.search(rf"(?<!\w){re.escape(other.name)}(?!\w)", text[opening:at]) for other in units
        )
    ):
        return False
    if _POSSESSED.search(text, max(opening, at - 4), at):
        return False
    # Another body named in the unit's name itself: "the Glass Office of the Oil Ministry",
    # "the Oil Ministry's Glass Office" read as one name ("the Warden's Office" is no body's).
    of_body = _OF_ANOTHER_BODY.search(unit.name)
    possessor = re.match(r"(.+?)['’]s\s", unit.name)
    for owner in (
        unit.name[of_body.end() :] if of_body else "",
        possessor.group(1) if possessor else "",
    ):
        noun = head_noun(tuple(name_tokens(owner))) if owner else ""
        if noun in UNIT_NOUNS or noun in UNIT_RANK:
            return False
    return not _OF_ANOTHER_BODY.match(text, at + len(unit.name))


register(
    "lead_in_refers_to_last_named",
    "parent",
    """A list's lead-in whose last sentence, ending in a colon, opens with a referring word
    ("The", "This", "Our") and a bare unit noun as the subject of a verb by which a body
    holds its parts ("is made up of", "is split into", "includes", "has three") or directs
    them ("directs", "oversees", "provides leadership to") and names the parts it lists in
    the plural, as units or by its own noun ("The office directs the following wick
    branches:", "This office is split into two units:"; not "... the following
    services:"), refers back to the unit of that noun its section's text names last before
    it: the list's items, placed only where they stand (under the section's or the page's
    top unit), become that unit's parts ("Wick Supply" after "... the goals of the Office
    of Lamps. The office oversees the following teams:" is the Office of Lamps', though
    the section's heading is "Lamps"). The sentence that names that unit must be about it:
    the unit opens it as its subject ("The Office of Lamps sets ...") or is the first unit
    a sentence that presents names ("These are the goals of the Office of Lamps."); "The
    Lamp Ministry works with the Wick Directorate." and "Keepers write to the Wick
    Directorate." are not about the directorate, and "The directorate ..." after them
    refers to nothing; nor is another body's unit ("the Oil Ministry's Glass Office", "the
    Glass Office of the Oil Ministry") what "The office" means. Not a possessor ("The
    office's duties are:"), any other verb ("This division is responsible for:", "The
    office transferred the following branches to ..."), a lead-in that names the parts'
    owner or destination itself ("... the following branches of the ministry:"), one whose
    subject works with others ("... works closely with the following offices:"), "This
    section" (the page's section as well as a unit), a section that names its noun in the
    plural before the lead-in ("Its directorates are:", "Wick Offices across the realm":
    "The directorate" may be any of them), a unit named only inside a longer name ("the
    Old Glass Office Hall"), in another section or in the section's heading, nor items
    that already stand under a unit of that noun (the one the lead-in may mean); the list
    is its run of items of one kind (list items, or "Label: text" lines).""",
)


def _last_named_lead_in_parents(page: PageLayout, units: list[Unit]) -> None:
    """Place the items of a list whose lead-in's subject ("The office", "This division")
    refers back to the unit of that noun its section names last before it under that unit
    (``lead_in_refers_to_last_named``)."""
    if not enabled("lead_in_refers_to_last_named") or not units:
        return
    text = page.text
    blocks = page.blocks
    scope = 0
    for index, block in enumerate(blocks[:-1]):
        if block.kind == HEADING:
            scope = block.end
        following = blocks[index + 1].kind
        if block.kind not in (PARAGRAPH, LIST_ITEM) or following not in (LIST_ITEM, LABEL):
            continue
        spans = list(page.sentences(block.start, block.end)) or [(block.start, block.end)]
        start, end = spans[-1]
        sentence = text[start:end].rstrip()
        found = _REFERRING_NOUN_LEAD.match(sentence)
        if found is None or _OWNER_IN_LEAD_IN.search(sentence, found.end("noun")):
            continue
        noun = found.group("noun").lower()
        # It names parts in the plural: units ("branches", not "services"), or its own noun's
        # ("The program has three regional programs:").
        words = [word.bare.lower() for word in page.words(start, end)]
        if (
            noun not in UNIT_NOUNS
            or noun == "section"
            or not any(
                plural_unit_noun(word) or (plural_word(word) and in_singular(word) == noun)
                for word in words
            )
        ):
            continue
        if any(
            plural_word(word) and in_singular(word) == noun
            for word in (word.bare.lower() for word in page.words(scope, start))
        ):
            continue
        last = index + 1
        while last + 1 < len(blocks) and blocks[last + 1].kind == following:
            last += 1
        first, stop = blocks[index + 1].start, blocks[last].end
        outside = [u for u in units if not first <= u.evidence_start < stop]
        named = _unit_of_noun_named_last(text, outside, noun, scope, start)
        if named is None or not _what_its_sentence_is_about(page, units, named[1], named[0]):
            continue
        referent = named[1]
        for unit in units:
            if (
                first <= unit.evidence_start < stop
                and unit.parent_by in _PLACED_BY_DEFAULT
                and unit.parent is not None
                and head_noun(tuple(name_tokens(unit.parent.name))) != noun
            ):
                reparent(unit, referent, "lead_in_refers_to_last_named")  # never above it


def _last_named(units: list[Unit], noun: str, before: int) -> Unit | None:
    """The unit named last before ``before`` whose name holds ``noun``, the one "This Office"
    refers to."""
    named = [u for u in units if u.evidence_start < before and noun in name_tokens(u.name)]
    return max(named, key=lambda u: u.evidence_start) if named else None


def _names_whole(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names ``name`` as a whole, not as the end or the start of a
    longer name ("Director" in "Deputy Director", "Wick Division" in "Wick Division Staff")."""
    at = text.find(name, start, end)
    while at >= 0:
        before = text[start:at].split()
        after = text[at + len(name) : end].split()
        if (not before or not before[-1][:1].isupper()) and (
            not after or not after[0][:1].isupper()
        ):
            tail = text[at + len(name) : at + len(name) + 2]
            if not tail[:1].isalnum() and tail not in ("'s", "’s"):
                return True
        at = text.find(name, at + 1, end)
    return False


def _agency_composed_of(
    page: PageLayout, blocks: list[Block], unit: Unit, units: list[Unit]
) -> bool:
    """Whether ``unit`` is named after a verb of composition whose subject is the page's
    agency or a unit found already, a few words about it aside ("the Lamp Board's office", "The
    Lamp Department, led by the Warden, includes ...") (``enumerated_units`` on a page whose
    units have headings)."""
    text = page.text
    start, _ = sentence_at(text, blocks, unit.evidence_start)
    composed = _COMPOSED.search(text, start, unit.evidence_start)
    if composed is None or any(c.isdigit() for c in unit.name):  # "and 27 Centers": a count
        return False
    if len(name_tokens(unit.name)) < 2:  # a bare noun ("Offices") names no unit
        return False
    # "The Lamp Department, led by the Lamp Warden, includes ...": an aside between commas
    # says more of the subject, it is not the subject
    subject = _unit_key(_ASIDE.sub("", text[start : composed.start()]))
    for other in units:
        own = _unit_key(other.name)
        if own and own <= subject and len(subject - own) <= 2:
            return True
    return False


_ASIDE = re.compile(r",[^,]*,")


def _named_bare(name: str, units: list[Unit]) -> Unit | None:
    """The unit found already that is ``name`` without its unit noun: a heading "Lamp Care"
    over prose that says "the Lamp Care Division" (``topic_headings_prose``), or a list
    "four divisions: Lamp Care, Oil Supply" before "The Oil Supply Division is ..."; the
    units prose places under the name in full are that unit's."""
    if not enabled("topic_headings_prose"):
        return None
    key = _unit_key(name)
    for unit in units:
        if (
            unit.found_by in SECTION_FINDERS | set(ENUMERATION_FINDERS)
            and (other := _unit_key(unit.name)) < key
            and key - other <= UNIT_NOUNS
        ):
            return unit
    return None


register(
    "part_named_in_full",
    "filter",
    """A part a page names bare in its introduction or in a generic list ("two offices: Lamp
    Care and Oil Supply") is the unit the page also names with a unit noun added ("the Office
    of Lamp Care"): the bare name is not a unit of its own beside the full one. A word of the
    full name may be another form of the bare one's, the same root with another ending
    ("Administrative and Wicks" listed, then "the Administration and Wicks Division"; not
    "Internal" and "International", whose roots differ).""",
)

# Endings that make another form of a word from its root: "administrat-ive", "-ion(s)",
# "operation-al"; a root shorter than MIN_ROOT is a word of its own ("nat-ive").
_FORM_ENDINGS = ("ions", "ion", "ive", "al")
MIN_ROOT = 6


def _root(word: str) -> str:
    """A word without the endings that make its other forms (``part_named_in_full``)."""
    stripped = True
    while stripped:
        stripped = False
        for ending in _FORM_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
                word, stripped = word[: -len(ending)], True
                break
    return word


def _named_in_full(name: str, units: list[Unit]) -> bool:
    """Whether a unit found already is ``name`` with a unit noun added: "Office of Special
    Measures" for "Special Measures" (``part_named_in_full``)."""
    if not enabled("part_named_in_full"):
        return False
    roots = {_root(word) for word in _unit_key(name)}
    for unit in units:
        other = {word: _root(word) for word in _unit_key(unit.name)}
        extra = {word for word, root in other.items() if root not in roots}
        if roots < set(other.values()) and extra <= UNIT_NOUNS:
            return True
    return False


MAX_QUALIFIER_WORDS = 3


@rule("filter", off=False)
def qualified_repeat(name: str, found: list[str]) -> bool:
    """Prose that names a unit once with its agency's name before it and once without ("the
    Lamp Bureau Wick Division", "the Wick Division") names one unit: a name that is a found
    unit's name with a few words more, or fewer, before it is that unit again, unless those
    words are a position's ("Deputy Chief Wick Officer" is not the "Chief Wick Officer")."""
    tokens = name_tokens(name)
    for other in found:
        known = name_tokens(other)
        shorter, longer = sorted((tokens, known), key=len)
        extra = longer[: len(longer) - len(shorter)]
        if (
            shorter
            and longer[len(extra) :] == shorter
            and 0 < len(extra) <= MAX_QUALIFIER_WORDS
            and not set(extra) & (POSITION_WORDS | CONNECTORS)
            and set(shorter) & UNIT_NOUNS
        ):
            return True
    return False


# "Documents the abolishment of:", "abolishes the Lamp Office": what an order takes away.
_ABOLISH = re.compile(
    r"\b(?:abolish(?:es|ed|ment|ing)?|abolition|disestablish(?:es|ed|ment)?"
    r"|eliminat(?:es|ed)|combin(?:es|ed)|former)\b",
    re.I,
)
# A piece of each alternative of _ABOLISH, one of which every match holds.
_ABOLISH_PIECES = ("abolish", "abolition", "disestablish", "eliminat", "combin", "former")
# A lead-in to a list of what an order takes away: "Documents the abolishment of:".
_ABOLISH_LEAD_IN = re.compile(
    r"\b(?:abolish(?:es|ed|ment|ing)?|abolition|disestablish(?:es|ed|ment)?)\b", re.I
)
# A lead-in to a list of the bodies that went into a new one, their noun plural before the
# colon: "by merging the two former lamp boards:", "the three former wick authorities:".
_FORMER_LEAD_IN = re.compile(r"\bformer\s+(?:[\w-]+\s+){0,3}[\w-]+s\s*:\s*$", re.I)
# A unit's name in an order's sentence: capitalized words joined by "of", "for", "the",
# "&" or an "and" that no "the" follows ("Office of Wick and Oil Supply").
_ORDER_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of|for|on|&|the|and(?!\s+the\b)|[A-Z][\w&.'’-]*))*"
# Between the names of a series: "; the", ", and the", " and the".
_SERIES = r"(?:\s*[;,]\s*(?:and\s+)?|\s+and\s+)the\s+"
# What an order takes away, then the series of names it takes ("abolishes the Wick Office;
# the Oil Office; and the Glass Office", "eliminates the Soot Division"), or the units it
# joins into a new one ("combines the Wick Office and the Oil Office to form the Lamp
# Office", the new one named after "to form").
_ORDER_VERB = r"(?i:abolish(?:es|ed)?|eliminat(?:es|ed)|combin(?:es|ed))"
# The verb a name taken from a sentence's start may still hold: "Eliminates the Soot Division".
_ORDER_VERB_BEFORE = re.compile(r"^" + _ORDER_VERB + r"\s+(?:the\s+)?")
_ABOLISHED_OBJECT = re.compile(
    r"\b(?P<verb>" + _ORDER_VERB + r")\s+(?:the\s+)?"
    r"(?P<names>" + _ORDER_NAME + r"(?:" + _SERIES + _ORDER_NAME + r")*)"
    r"(?P<formed>\s+(?:to\s+form|into)\s+(?:the\s+|a\s+(?:new\s+)?)?" + _ORDER_NAME + r")?"
)
_SERIES_JOIN = re.compile(_SERIES + r"(?=[A-Z])")
_FORMED = re.compile(r"\s+(?:to\s+form|into)\s+(?:the\s+|a\s+(?:new\s+)?)?")
# What may end a name taken from a sentence but is no part of it: a connector, a full stop.
_SERIES_NAME_TAIL = re.compile(r"(?:\s+(?:of|for|on|&|the|and))*\.?$")
# A lower-case word after a series' last name that is no preposition or conjunction: the
# name is the subject of a new clause ("eliminated the Soot Division, and the Ash Division
# took over its work"), not one more of the order's objects.
_CLAUSE_AFTER = re.compile(
    r"\s+(?!(?:and|or|as|in|at|on|of|for|from|to|into|under|within|with|by|effective"
    r"|which|that|who)\b)[a-z]"
)


def _order_objects(match: re.Match[str]) -> set[str]:
    """The names an order's sentence takes away: each name of the series after the verb;
    for units joined into a new one, those that are not the new one's name, and none when
    the sentence names no new one ("combines the Wick Office and the Oil Office" may say
    what a group is made of); a last name a verb follows is a new clause's subject ("and
    the Ash Division took over its work") and stays."""
    formed = match.group("formed")
    if match.group("verb").lower().startswith("combin") and not formed:
        return set()
    new = " ".join(_SERIES_NAME_TAIL.sub("", _FORMED.sub("", formed or "", count=1)).split())
    parts = _SERIES_JOIN.split(match.group("names"))
    if (
        len(parts) > 1
        and not formed
        and _SERIES_NAME_TAIL.sub("", parts[-1]) == parts[-1]
        and _CLAUSE_AFTER.match(match.string, match.end())
    ):
        parts.pop()
    names = {" ".join(_SERIES_NAME_TAIL.sub("", n).split()) for n in parts}
    return {n for n in names if n and n != new}


def _abolished(page: PageLayout) -> tuple[list[tuple[int, int]], set[str]]:
    """The spans of the lists an order introduces as abolished ("Documents the abolishment
    of:" and the items under it) or as the former bodies a new one was made of, up to the
    first paragraph after the list's items, and the names a sentence says it abolishes,
    eliminates or joins into a new unit."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    blocks = page.blocks
    for index, block in enumerate(blocks):
        for match in _ABOLISHED_OBJECT.finditer(block.text):
            names |= _order_objects(match)
        lead_in = block.text.rstrip()
        if not (
            lead_in.endswith(":")
            and (_ABOLISH_LEAD_IN.search(lead_in) or _FORMER_LEAD_IN.search(lead_in))
        ):
            continue
        depth = block.level if block.kind == LIST_ITEM else 0
        stop = block.end
        listed = False
        for after in blocks[index + 1 :]:
            if after.kind not in (LIST_ITEM, PARAGRAPH) or (
                after.kind == LIST_ITEM and after.level <= depth
            ):
                break
            if after.kind == PARAGRAPH and (depth or listed or after.text.rstrip().endswith(":")):
                break  # a paragraph after the list's items is the page's text again
            listed = listed or after.kind == LIST_ITEM
            stop = after.end
        if stop > block.end:
            spans.append((block.end, stop))
    return spans, names


@rule("filter", off=False)
def abolished_unit(unit: Unit, spans: list[tuple[int, int]], names: set[str]) -> bool:
    """A unit an order says it abolishes ("Documents the abolishment of:" and the units
    listed under it, "abolishes the Wick Office", "abolishes WO as an organizational unit")
    is no longer one of the agency's units; so is each unit of a series an order abolishes
    or eliminates ("abolishes the Wick Office; the Oil Office; and the Glass Office",
    "eliminates the Soot Division and establishes the Ash Division": the Ash Division
    stays), the units it joins into a new one ("combines the Wick Office and the Oil Office
    to form the Lamp Office": the Lamp Office stays, and so would the Wick Office were it
    the new one's name) and the former bodies listed after a lead-in that names them ("by
    merging the two former lamp boards:")."""
    if any(a <= unit.evidence_start < b for a, b in spans):
        return True
    return (
        unit.name in names
        or _ORDER_VERB_BEFORE.sub("", unit.name) in names
        or (unit.acronym is not None and unit.acronym in names)
    )


def _taken_out(units: list[Unit], gone: set[int]) -> list[Unit]:
    """The units without those whose ``id`` is in ``gone``, their parts moved (by
    ``reparent``) to the nearest parent that stays, placed as they were; when none stays
    (every unit above is gone, or the parents come round in a cycle) to the root
    (``units[0]``, placed by ``default_root``), never to no parent: one parentless row."""
    if not gone:
        return units
    root = units[0] if units and id(units[0]) not in gone else None
    for unit in units:
        if unit.parent is None or id(unit.parent) not in gone or id(unit) in gone:
            continue
        # the nearest unit above that stays (never the unit itself, were its parents a cycle)
        up = next((up for up in ancestors(unit) if id(up) not in gone), None)
        if up is not None and reparent(unit, up):
            continue
        if root is not None and unit is not root and reparent(unit, root, "default_root"):
            continue
        unit.parent, unit.parent_by = None, None  # the root itself: it hangs from nothing
    return [u for u in units if id(u) not in gone]


def _without_abolished(page: PageLayout, units: list[Unit]) -> list[Unit]:
    """The units with those an order abolishes taken out (their parts move to their parent)."""
    if not may_hold_ignorecase(page.text, _ABOLISH_PIECES) or _ABOLISH.search(page.text) is None:
        return units
    spans, names = _abolished(page)
    gone = {id(u) for u in units[1:] if abolished_unit(u, spans, names)}
    return _taken_out(units, gone)


# Words that may stand beside plural unit nouns in a name that only groups units: "All
# Departments", "Other Offices and Departments", "Our Bureaus".
_GROUPING_WORDS = _OUR | {"and", "all", "other", "&"}


@rule("filter", off=False)
def plural_nouns_only(name: str) -> bool:
    """A name made only of plural unit nouns, perhaps joined by "and" or after "all",
    "other" or "our" ("Offices", "Departments", "Bureaus and Offices", "Other Offices and
    Departments", "All Departments"), names the kind of units a list or a heading gathers,
    not one of them, whichever finder took it: a unit's name says which unit it is. Its
    parts move to its parent."""
    tokens = name_tokens(name)
    nouns = [t for t in tokens if t not in _GROUPING_WORDS]
    return bool(nouns) and all(t in _GROUP_NOUNS for t in nouns)


_QUANTIFIER_WORDS = frozenset(
    {"each", "every", "both", "either", "neither", "any", "another", "no", "such", "all"}
    | {"these", "those", "which", "whichever", "several", "many", "most", "some"}
)


@rule("filter", off=False)
def quantified_unit_noun(name: str) -> bool:
    """A quantifier or a count in words and a bare unit noun ("Each Division is commanded by
    a captain", "Both Bureaus", "Every Office", "Four Divisions") speak of every unit of a
    kind or of how many there are, not of one: no unit's name, whichever finder took it (a
    sentence that opens so capitalizes them). A count in figures is a name's number ("911
    Center", "311 Office")."""
    words = re.findall(r"[A-Za-z]+|\d+", name)
    return (
        len(words) >= 2
        and (words[0].lower() in _QUANTIFIER_WORDS or words[0].lower() in NUMBER_WORDS)
        and all(w.lower().removesuffix("s") in UNIT_NOUNS for w in words[1:])
    )


@rule("filter", off=False)
def heads_of_units(name: str) -> bool:
    """A name whose head noun, its last word before any preposition, is "heads" ("Department
    Heads", "Division and Office Heads", "Wick Section Heads in the Lamp Office") names the
    people who head the units it names, not a unit: a unit's heads are posts of those
    units."""
    words = _words_before_preposition(name)
    return len(words) >= 2 and words[-1] == "heads"


# A particle of a place's or a person's name, lower case before an apostrophe and a capital
# ("Côte d'Lamp", "Ivo de'Medici"): no word in lower case.
_NAME_PARTICLE = re.compile(r"^[a-z]{1,2}['’][A-Z]")


@rule("filter", off=False)
def sentence_case_item(name: str) -> bool:
    """A list item or a name in prose set in sentence case, a content word after its first
    in lower case and no unit noun, position or body among its words ("Complaint
    follow-up", "Evidence processing", "Wick-oil claims", "Public Information (House
    documents"), names a duty or a topic, as such a heading does (``sentence_case_topic``):
    a unit's name is a proper name, capitalized, whichever finder took it. Names that join
    areas ("Finance, risk and procurement", "Wicks, oil & glass", "People & culture") stay,
    and a name's particle before an apostrophe ("Côte d'Lamp") is no lower-case word. Its
    parts move to its parent. Only a page with a unit named in title case is read so: a page
    that names all its units in sentence case ("Wick braiding", "Oil supply", "Glass repair"
    after "made up of the following directorates:") names its units so."""
    if re.search(r",|&", name):
        return False
    words = [w for w in _WORD.findall(name) if not _NAME_PARTICLE.match(w)]
    return sentence_case_topic(" ".join(words)) if words else False


# A name that opens as a duty or a goal: an infinitive of purpose, perhaps after a label
# ("To trim the wicks", "VISION To keep every lamp lit"), "Responsible for", or a verb of
# function in the present before a lower-case object ("Provides wick repairs", "Oversees
# the oil stores").
_DUTY_OPENING = re.compile(
    r"(?:[A-Z]{2,}:?\s+)?To\s+[a-z]+\s"
    r"|Responsible\s+for\s"
    r"|(?i:" + _FUNCTION_VERBS + r")\s+(?!(?:and|or|of|for|to|in|on|at|by|with)\s)"
    r"(?:the|a|an|its|their|our)?\s*(?<![A-Za-z])(?=[a-z])(?!(?:the|a|an|its|their|our)\s)"
)


@rule("filter", off=False)
def duty_worded_name(name: str) -> bool:
    """A name that opens as a duty or a goal, not as a noun: an infinitive of purpose, perhaps
    after a label ("To respond to wick complaints", "VISION To keep every lamp lit"),
    "Responsible for" ("Responsible for Recruitment, Training and Transfer of Lamplighters"),
    or a verb of function in the present before a lower-case object ("Provides wick
    repairs", "Oversees the oil stores"), is a line of what a body does or aims at, as a
    list of duties or a page's vision gives it, whichever finder took it: a unit's name is
    a noun. A verb's object that is a unit noun ("Works section") makes it a name, as does
    a unit noun ending a name whose verb is also a plural noun ("Plans review section"), and
    so does a unit's name after the verb ("Establishes the Office of Oil Stores", a sentence's
    verb and its object, the unit). Its parts move to its parent."""
    match = _DUTY_OPENING.match(name)
    if match is None:
        return False
    rest = name_tokens(name[match.end() :])
    if not rest:
        return True
    return not (
        rest[0] in UNIT_NOUNS
        or (name_tokens(name)[0] in VERBS_AS_PLURAL_NOUNS and rest[-1] in UNIT_NOUNS)
    )


# A verb in its plain form that opens a duty or a goal as a list of duties or a budget's goals
# writes it, an imperative ("Ensure that ...", "Prevent oil spills", "Respond to ..."): the
# verbs of function in their plain form, an order's verbs, then verbs of duties no unit's
# description opens with in the present. Not a verb also a noun of a field or a unit's work
# ("Support", "Review", "Plan", "Exercise": read only as a name cut from its line, in
# ``_IMPERATIVE_DUTY``), one that opens no duty by itself ("Look", "Lead", "Direct"), one of
# composition ("include", "comprise"), nor one read only with its particle ("carry out").
# An order's verb counts before a lower-case object ("Approve oil purchases"); before a
# capitalized name ("Establish the Office of Oil Stores") the name is ``directive_verb``'s.
_IMPERATIVE_VERBS = "|".join(
    [
        *sorted(
            (set(FUNCTION_VERBS) | ORDER_VERBS)
            - VERBS_AS_FIELD_NOUNS
            - VERBS_OPENING_NO_DUTY
            - {"include", "comprise", "carry"}
        ),
        r"prevent|respond|formulate|liaise|initiate|identify|evaluate|organi[sz]e",
        r"collect|receive|participate|protect|attend|compile|verify|recommend|strengthen",
        r"improve|enhance|encourage|mobili[sz]e|contribute|carry\s+out",
    ]
)
# What may stand before an imperative's object: a preposition, then an article or two.
_OBJECT_PREPOSITIONS = ("to", "with", "in", "on", "for", "out")
_OBJECT_ARTICLES = ("the", "a", "an", "all", "that", "its", "their", "any")
# The imperative and what may stand before its object ("Respond to lamp complaints", "Liaise
# with the oil guilds", "Ensure that the wicks ..."). Atomic: a capitalized word after them
# is the object, never the preposition given back.
_IMPERATIVE_DUTY = re.compile(
    r"(?P<verb>(?i:" + _IMPERATIVE_VERBS + "|" + "|".join(sorted(VERBS_AS_FIELD_NOUNS)) + r"))"
    r"(?>\s+(?P<preposition>(?:" + "|".join(_OBJECT_PREPOSITIONS) + r")\s+)?"
    r"(?P<articles>(?:(?:" + "|".join(_OBJECT_ARTICLES) + r")\s+){0,2}))"
)
# An article right after a verb that is also a field's noun ("Support the unit in its work"):
# a field's noun takes none.
_VERB_ARTICLE = re.compile(r"(?:the|a|an)\s")


def _verb_article(match: re.Match[str]) -> bool:
    """Whether an article follows an imperative right after it, no preposition between."""
    return match.group("preposition") is None and bool(_VERB_ARTICLE.match(match["articles"]))


# Words that cannot open an imperative's object: a connector or a conjunction ("Establish
# and maintain the Office of Oil Stores"), a preposition or an article left over.
_NO_OBJECT_OPENING = CONNECTORS | {"or"} | set(_OBJECT_PREPOSITIONS) | set(_OBJECT_ARTICLES)
# Words that end an object's head phrase: a preposition, a connector or a relative word
# ("physiology unit | of the ...", "such functions | as the Warden ...", "oversight | over
# the unit").
_OBJECT_HEAD_ENDS = (
    CONNECTORS
    | PREPOSITIONS
    | OPENING_PREPOSITIONS
    | MORE_PREPOSITIONS
    | {"or", "that", "which", "who", "whom", "whose", "where", "when", "such", "so", "than"}
) - {"the", "a"}
# A line's bullet or item marker ("- ", "(e) ", "A) ", "IV. "), left out before a name.
_LINE_OPENING = re.compile(LINE_MARKER)
# What may stand before an object's first letter: a quote or a bracket ("Ensure “safe”
# lamps", "Provide (free) wicks").
_OBJECT_OPENING_MARKS = OPENING_QUOTES + "(["


def _unmarked(line: str) -> str:
    """A line without the bullet or item marker it opens with."""
    marker = _LINE_OPENING.match(line)
    return line[marker.end() :] if marker else line


def _lower_case_object(rest: str) -> bool:
    """Whether the words after an imperative open its object in lower case or with a number,
    no connector or conjunction first, a quote or a bracket aside: "wick fires", "élan among
    ...", "“safe” lamps", "(free) wicks", "24-hour lamp service"; not "Lamp Office"."""
    word = rest.lstrip(_OBJECT_OPENING_MARKS).split(maxsplit=1)[:1]
    if not word or word[0] in _NO_OBJECT_OPENING:
        return False
    return word[0][0].islower() or word[0][0].isdigit()


def _object_head(rest: str) -> str:
    """The head noun of an imperative's object: its last word before the first preposition,
    connector or relative word ("unit" in "physiology unit", "section" in "section of the
    Wick Division", "functions" in "such functions as the Warden delegates to the office"),
    or "" when there is none."""
    head = ""
    for word in name_tokens(rest):
        if head and word in _OBJECT_HEAD_ENDS:
            break
        if word not in _OBJECT_HEAD_ENDS:
            head = word
    return head


@rule("filter", off=False)
def imperative_duty_name(name: str, line: str = "") -> bool:
    """A name that opens with a verb in its plain form, an imperative, before its object in
    lower case ("Prevent wick fires and oil spills", "Respond to lamp complaints", "Coordinate
    with the regional offices"), or a name cut from the line that opens so ("Ensure" from
    "Ensure that the wicks are trimmed before dusk;"), is a duty or a goal as a list of duties
    or a budget's goals writes each, not a unit: a unit's name is a noun
    (``duty_worded_name`` reads the verb in the present, "Provides wick repairs"). Only a
    closed class of verbs: those of function in their plain form, a few of duties, and an
    order's ("Approve oil purchases", "Establish wick standards for the bureau"; before a
    capitalized name, "Establish the Office of ...", the name is ``directive_verb``'s). What
    the object holds does not matter, a unit noun included. A verb that is also a field's
    noun ("Support", "Review", "Plan", "Exercise") counts only when the name is that word
    alone, cut from a line that goes on with its object ("Exercise" from "Exercise such
    functions as the Warden delegates to the office."): "Exercise science" names a field;
    and then not when a unit noun heads that object, its last word before a preposition, a
    connector or a relative word ("Exercise" from "Exercise physiology unit" or "Exercise
    section of the Wick Division"; not "Exercise oversight over the unit"), unless an
    article follows the verb, which a field's noun never takes ("Support" from "Support the
    unit in its work"). Not when a name in capitals follows the verb, its
    preposition or its article ("Respond to Lamp Office", "Promote the Office of Oil
    Stores"), nor when a connector does ("Coordinate and promote the Office of Oil
    Stores"). The line counts only when it opens with the name (the name was cut from it), a
    bullet or an item's marker ("(e) ", "IV. ") aside. Its parts move to its parent."""
    name, line = _unmarked(name), _unmarked(line.split("\n", 1)[0])
    for text in (name, line) if line.startswith(name) else (name,):
        match = _IMPERATIVE_DUTY.match(text)
        if match is None or not _lower_case_object(text[match.end() :]):
            continue
        verb = match.group("verb")
        if verb.lower() not in VERBS_AS_FIELD_NOUNS:
            return True
        if name == verb and (
            _verb_article(match) or _object_head(text[match.end() :]) not in UNIT_NOUNS
        ):
            return True  # the verb alone, cut from its duty; not "Exercise physiology unit"
    return False


# A number that opens a name and is no part of a unit's: a section number ("12.04 Duties of
# the Warden"), a date in figures ("10/24/2010 Wick Office"), a span of years ("2020-21",
# "2003/04 Lamp Plan Reports") or a small count before a plural ("11 Branches and Labs").
_NUMBER_OPENING = re.compile(
    r"\d+(?:\.\d+)+\s"
    r"|\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|(?:19|20)\d\d\s*[-–/]\s*\d{2,4}(?:\s|$)"
    r"|\d{1,2}\s+(?P<plural>[A-Z]?[a-z]+s\b)"
)
# Capitalized words that end in a unit noun, no connector between them: "Signals Regiment".
_PLAIN_UNIT_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$")


@rule("filter", off=False)
def number_opening_name(name: str) -> bool:
    """A name that opens with a number a unit's name does not hold, a section number ("12.04
    Duties of the Warden", a code's table of contents), a date in figures ("10/24/2010 Lamp
    Office Transition Notes", a printed page's header), a span of years ("2020-2021",
    "2003/04 Wick Plan Reports", a report's period) or a small count before a plural ("11
    Branches and Laboratories in the Wick Division", the start of a sentence), is a caption,
    a date or a count, not a unit, whichever finder took it. A year alone before a name
    ("2030 Lamp Games Secretariat") names a unit for that year's event, a number joined to
    its word ("24-hour Wick Desk", "3G Lamp Rollout") is a word of the name, and a service's
    number ("311 Lamp Line") is its name, and so is a number before a plural that only
    qualifies the unit noun ending the name ("7 Lanterns Regiment", "4 Business Support
    Unit", a numbered formation or a numbered list's item); a name with no letter at all is
    a contact detail (``contact_detail_name``). Its parts move to its parent."""
    match = _NUMBER_OPENING.match(name)
    if match is None:
        return False
    if match.group("plural") is None:
        return True
    rest = name[match.start("plural") :]
    tokens = name_tokens(rest)
    return not (
        len(tokens) > 1 and tokens[-1] in UNIT_NOUNS and _PLAIN_UNIT_NAME.match(rest) is not None
    )


# A body made of members that other bodies' posts hold: "is composed of six members:", "is
# composed of ex-officio", "consists of the following ex officio members".
_EX_OFFICIO_LEAD = re.compile(
    r"\b(?:composed|compris(?:ed|es)|consists?|made\s+up)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:members\s*:|ex[-\s]officio\b)",
    re.IGNORECASE,
)
# Just before a body's name: "a member of the", "members of the".
_MEMBER_OF = re.compile(r"\bmembers?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@rule("filter", off=False)
def ex_officio_member(name: str, before: str) -> bool:
    """A sentence that makes a board of members who hold other bodies' posts ("The Lamp
    Board is composed of six members: the Chairman of the Wick Council or a member of the
    Wick Council designated by the Chairman; the Secretary of Oil; ...", "The Commission is
    composed of ex-officio, the Warden of Glass, the Mayor of Lampton ...") names those
    posts and bodies as its members' seats, not as the page's units: a post of another
    body ("Chairman of the Wick Council", a position word then "of") and a body named after
    "a member of the" are neither units of the page's agency nor parts of the board.
    ``before`` is the sentence's text before the name."""
    if _EX_OFFICIO_LEAD.search(before) is None:
        return False
    words = name_tokens(name)
    if len(words) > 2 and words[0] in POSITION_WORDS and words[1] == "of":
        return True
    return _MEMBER_OF.search(before) is not None


def _sentence_before(page: PageLayout, start: int) -> str:
    """The text of the page's sentence that holds ``start`` before it (the sentences the
    parsed page splits once, where a full stop that closes an abbreviation, "U.S." or "St.",
    ends none)."""
    sentence = page.sentence_at(start)
    return page.text[sentence[0] : start] if sentence else ""


@rule("filter", off=False)
def generic_noun_alone(name: str) -> bool:
    """A name that is only "Staff", "Unit" or "Laboratory" names no unit: "Staff" alone is
    the people who work for the body above (a caption over who they are, as "Members" is),
    "Unit" alone is the word for any part (a table's column over the units' names, "Unit |
    Officer in Charge"), and "Laboratory" alone is a facility or a field (an item among the
    fields a body's heads come from, "Nursing", "Pharmacy", "Laboratory"). A body named by
    its noun alone ("Board", "Council", "Administration") is one: the page's own board or
    council."""
    return name_tokens(name) in (["staff"], ["unit"], ["laboratory"])


# A noun for a topic about a body, then the preposition that names the body: "Overview of",
# "Responsibilities of", "Location of", "Report on", "Welcome to", "Organization and Duties
# of", "Organizational Structure of"; a heading that takes the reader to the body, "About
# the", "Inside the", "Meet the" ("Inside Sales Division" is a unit); and "Organization of" a
# body named by its noun alone ("Organization of the Department": "Organization of the Lamp
# Exporting Towns" is a name). A mission sent to a body is one: "Mission to the Lamp Union".
_TOPIC_OF = re.compile(
    r"(?:the\s+)?(?:(?:organi[sz]ation(?:al)?\s+(?:and\s+)?)?"
    r"(?:overview|responsibilit(?:y|ies)|functions?|duties|powers|roles?|history"
    r"|mission(?!\s+to\b)|mandate|profile|description|introduction|summary|structure|composition"
    r"|evolution|location|details|report)\s+(?:of|to|at|for|on)\b|welcome\s+to\b"
    r"|(?:about|inside|meet)\s+(?=(?:the|this|our)\s)"
    r"|organi[sz]ation\s+of\s+(?:the|this|our)\s+[a-z]+\s*$)",
    re.IGNORECASE,
)


@rule("filter", off=False)
def topic_of_name(name: str) -> bool:
    """A name that opens with a noun for a topic about a body, its overview,
    responsibilities, functions, powers, role, history, evolution, location or details, and
    then the preposition that names the body ("Overview of services offered at the Wick
    Office", "Responsibilities of Units under the Lamp Office", "Location of the Glass
    Office", "Evolution of the LB", "Report on Resources", "Organization and Duties of the
    Wick Office"), or a greeting or a heading that takes the reader to the body ("Welcome to
    the Oil Board's Wick Division", "Inside the Lamp Bureau", "About the Division"), names a
    topic about the body, not a unit, whichever finder
    took it, heading or prose; so does "Organization of the Department", a body by its noun
    alone. Its parts move to its parent. A mission sent to a body is a unit, the body it is
    sent to named after "to" ("Mission to the Lamp Union"). A name headed by a unit noun at
    its end, the topic's words with no article before them, is a unit named for its field
    ("History of Wick Lore Division", "Powers of Attorney Unit"): the topic's body is named
    with "the"."""
    match = _TOPIC_OF.match(name)
    if match is None:
        return False
    words = name_tokens(name)
    return not (
        words
        and words[-1] in UNIT_NOUNS
        and not match.group().lower().startswith(_GREETINGS)
        and not _TOPIC_BODY_DETERMINER.search(name, match.end())
    )


# Nouns for an account of a body that close the name of what they account for: "Wick
# Office Overview", "Lamp Board Summary", "Glass Division Introduction" (the accounts among
# ``_TOPIC_WORDS``, which read a bare unit noun before any of its words).
_ACCOUNT_HEADS = frozenset({"overview", "summary", "introduction"})


@rule("filter", off=False)
def overview_head_noun(name: str) -> bool:
    """A name whose last word, after a space, is a noun for an account of a body, an
    overview, a summary or an introduction ("Wick Office Overview", "Lamp Board
    Summary", "Oil budget and glass stock overview"), titles that account, a topic
    about the body it names, not a unit: the mirror of "Overview of the Wick Office"
    (``topic_of_name``), whichever finder took it, heading or list line. Its parts move to
    its parent. A page of a site's menu joined to its unit's name by a slash ("Lamp
    Department/Overview", a link's path) is that unit's own page: the unit stays. The noun
    alone ("Summary") is a page's section word, read by ``generic_section_heading``. An
    account of a unit named in full ("Wick Office Overview") drops that unit with it, a
    known miss (a heading "Field Office Overview" names a kind of units, no one unit)."""
    words = name.split()
    return len(words) >= 2 and words[-1].strip(".:;").lower() in _ACCOUNT_HEADS


# A law cited by its number or its year ("Lamp Safety Act 1975", "Wick Act No. 5", "Lamp Act,
# No. 5 of 2019", "Lamp Act 108 of 1996", "Oil Act of 2019", "Glass Act, 2001", "Lamp Acts
# 1990") or by the words that open its text ("An Act", "An Act to establish ..."): a year is
# four figures from the seventeenth century on.
LAW_YEAR = r"(?:1[6-9]|20)\d\d"
# The words of a name and its ampersands, for a last word's connector (``names_instrument``).
WORD_OR_AMPERSAND = re.compile(r"[^\W_]+|&")
_LAW_CITED = re.compile(
    r"\s*an\s+act\b.*"
    r"|.*\bacts?\s*,?\s*(?:(?:no\.?|number)\s*\d+(?:\s*,?\s*of\s+" + LAW_YEAR + r")?"
    r"|\d{1,4}\s+of\s+" + LAW_YEAR + r"|(?:of\s+)?" + LAW_YEAR + r")[\W]*",
    re.IGNORECASE | re.DOTALL,
)


@rule("filter", off=False)
def law_or_provisions_name(name: str) -> bool:
    """A name that cites a law by its number or its year ("Lamp Safety Act 1975", "Wick
    Autonomy Act No. 5", "Oil Act of 2019") or by the words that open a law's text ("An
    Act"), or a heading over a part of a law's text, its provisions ("General Provisions",
    "Transitional Provisions"), names a law or a part of one that a code, a gazette or a
    page citing its authority sets out, not a unit, whichever finder took it: its parts
    move to its parent. A law named with neither number nor year ("Lamp Services Act") is
    left, as an office may go by the law it carries out; a number or a year makes a law of
    a name though a unit's name opens it ("Bureau of Lantern Safety Act 1975", the law that
    set up the bureau). "Provisions" after a preposition, "and" or "&" is a unit's field
    ("Office of Provisions", "Stores & Provisions", "Stores &amp; Provisions"); punctuation
    around the words ("General Provisions)") is not one of them."""
    if _LAW_CITED.fullmatch(name) is not None:
        return True
    words = WORD_OR_AMPERSAND.findall(html.unescape(name))
    return names_instrument(words, frozenset({"provisions"}))


# Openings that greet the body or announce the page is about it: a topic, whatever noun ends it.
_GREETINGS = ("welcome", "about", "inside", "meet", "organization of", "organisation of")


# A determiner before the body a topic is about: "Location of the Glass Office", "Role of
# this Office", "Functions of our Wick Division".
_TOPIC_BODY_DETERMINER = re.compile(r"\b(?:the|this|that|its|our|their|each)\b", re.IGNORECASE)


# Words for a picture or a file a heading captions or links to.
_PICTURE_WORDS = frozenset({"chart", "charts", "map", "maps", "icon", "banner", "logo"})
_PICTURE_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


@rule("filter", off=False)
def picture_caption(heading: str) -> bool:
    """A heading that holds a word for a picture or a file, a chart, a map, an icon, a
    banner or a logo, that no "of" and no unit noun follows ("Lamp District regional map",
    "Wick Office Organizational Chart - Text Equivalent", "Website Banner"), captions the
    picture or labels the link to it: it names no unit, though a unit's name stands in it. A
    chart or a map that a unit is named for ("Chart of Accounts Team", "Map Services") stays,
    and so do the maps or charts, plural, that are the field of a unit whose noun heads the
    name before its preposition ("Office of Lamp Maps and Charts"; "Bureau of Lantern
    Safety regional map", one map, is its caption)."""
    words = [w.lower() for w in _PICTURE_WORD.findall(heading)]
    plural = {w for w in words if w in _PICTURE_WORDS and w.endswith("s")}
    fields = plural and not set(words) & _PICTURE_WORDS - plural
    if fields and head_noun(tuple(words)) in UNIT_NOUNS:
        return False
    for index, word in enumerate(words):
        rest = words[index + 1 :]
        if word in _PICTURE_WORDS and rest[:1] != ["of"] and not set(rest) & UNIT_NOUNS:
            return True
    return False


def _title_case(name: str) -> bool:
    """Whether a name of two words or more has each word but its connectors capitalized
    ("Wick Supply", "Detective Bureau"): a page with such a unit names its units in title
    case, and a name in sentence case beside them is a duty (``sentence_case_item``)."""
    words = [w for w in _WORD.findall(name) if w.lower() not in CONNECTORS]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


# Finders whose lead-in names the items after it by a plural unit noun, counted or announced.
_ANNOUNCING_FINDERS = ANNOUNCING_LIST_FINDERS | {
    "counted_parts_in_parentheses",
    "counted_paragraph_subjects",
}

register(
    "announced_units_in_sentence_case",
    "filter",
    """An item that a lead-in names by a plural unit noun, counting or announcing them ("The
    ministry works through six departments;" over "Dept. of wick care", "Eight Divisions
    namely" or "Units, namely" over "Internal soot audit", "The following sections ...")
    is a unit, as its lead-in says, though it is set in sentence case:
    ``sentence_case_item`` does not drop it. A list after a lead-in that names no unit
    noun ("includes the following functions:" over "Complaint follow-up") is still read as
    duties.""",
)


def _announced_as_units(unit: Unit) -> bool:
    """Whether a unit was found by a finder whose lead-in names its items by a plural unit
    noun (``announced_units_in_sentence_case``), or is an item of a list whose lead-in
    counts or announces them so (``lead_in_counts_units``)."""
    return (
        enabled("announced_units_in_sentence_case") and unit.found_by in _ANNOUNCING_FINDERS
    ) or unit.announced


@rule("filter", off=set())
def repeated_label_heading(units: list[Unit]) -> set[int]:
    """A heading with no unit noun that stands over two sections or more of one page ("Lamp
    Trimming Officer" over each box of a chart, a building's or a town's name over each entry
    of a directory, "Wickton, LS" under each office of a chart) is a label the layout
    repeats (a post in each unit, where each unit sits), not one unit: an organization's
    unit has one place, and a unit named twice is merged where it stands
    (``repeated_unit``). Returns the ``id`` of each such heading's units; their parts move
    to their parent."""
    seen: dict[str, list[Unit]] = {}
    for unit in units:
        if unit.found_by in SECTION_FINDERS and not set(name_tokens(unit.name)) & UNIT_NOUNS:
            seen.setdefault(" ".join(name_tokens(unit.name)), []).append(unit)
    return {id(u) for group in seen.values() if len(group) >= 2 for u in group}


def _without_non_unit_names(units: list[Unit], page: PageLayout) -> list[Unit]:
    """The units with those whose names name no unit, whichever finder took them, taken out: a
    group's plural nouns with no parts under it (``plural_nouns_only``), a quantifier and a unit
    noun (``quantified_unit_noun``), the heads of units (``heads_of_units``), "Staff" or "Unit"
    alone (``generic_noun_alone``), a topic about a body (``topic_of_name``) or an account of one
    (``overview_head_noun``), a law or its provisions (``law_or_provisions_name``), a picture's
    caption (``picture_caption``), a name in sentence case (``sentence_case_item``), a duty
    (``duty_worded_name``, ``imperative_duty_name``), a caption, date or count
    (``number_opening_name``), a label a page's layout repeats over its sections
    (``repeated_label_heading``), the owner before what it owns (``possessive_heading``), a town and
    its state's code (``trailing_place``), a board member's line (``staff_entry``) and a seat of a
    board's ex officio members (``ex_officio_member``); their parts move to their parent."""
    text = page.text
    parents = {id(u.parent) for u in units}
    titled = any(_title_case(u.name) for u in units[1:])
    members = may_hold_ignorecase(text, ("officio", "members"))
    gone = repeated_label_heading(units[1:]) | {
        id(u)
        for u in units[1:]
        if (id(u) not in parents and plural_nouns_only(u.name))
        or quantified_unit_noun(u.name)
        or heads_of_units(u.name)
        or generic_noun_alone(u.name)
        or duty_worded_name(u.name)
        or imperative_duty_name(u.name, text[u.evidence_start : u.evidence_end])
        or number_opening_name(u.name)
        or (
            u.found_by not in SECTION_FINDERS
            and staff_entry(text[u.evidence_start : u.evidence_end], members_only=True)
        )
        or (
            members
            and u.found_by not in SECTION_FINDERS
            and ex_officio_member(u.name, _sentence_before(page, u.evidence_start))
        )
        or topic_of_name(u.name)
        or overview_head_noun(u.name)
        or law_or_provisions_name(u.name)
        or possessive_heading(u.name)
        or (enabled("trailing_place") and town_start(u.name) == 0)
        or (u.found_by in SECTION_FINDERS and picture_caption(u.name))
        or (
            u.found_by not in SECTION_FINDERS
            and sentence_case_item(u.name)
            and titled
            and not _announced_as_units(u)
            and not (
                u.found_by == "parts_under_unit_heading" and enabled("sentence_case_part_kept")
            )
        )
    }
    return _taken_out(units, gone)


def _parents_first(units: list[Unit]) -> list[Unit]:
    """Units in document order, except that a parent always comes before its parts (a lead-in
    can name a unit whose heading comes later)."""
    placed: set[int] = set()
    out: list[Unit] = []
    for unit in units:
        chain: list[Unit] = []
        seen: set[int] = set()
        step: Unit | None = unit
        while step is not None and id(step) not in placed and id(step) not in seen:
            seen.add(id(step))
            chain.append(step)
            step = step.parent
        for link in reversed(chain):
            placed.add(id(link))
            out.append(link)
    return out


# "headed by the", "led up by a": the verb of a post that heads a body, and the post's
# capitalized words ("Commissioner of Lamps"), read by ``agency_headed_by``.
_HEAD_VERB = r"(?:headed|led|run|managed|directed)(?:\s+up)?\s+by\s+(?:the\s+|a\s+|an\s+)?"
_POSITION = CAPITAL + r"[\w’'-]*(?:[ \t]+(?:of|for|and|the|" + CAPITAL + r"[\w’'.-]*))*"
# "The Lamp Secretariat is headed by the Secretary-General, who ...", "It is run by the
# Chief Warden", "We are led by Director General Jo Bloggs": the post a sentence says the
# agency itself is headed by.
_AGENCY_HEADED_BY = re.compile(
    r"(?P<subject>[^.;:!?\n]{1,80}?)(?:\s+(?:is|are)|['’]s)\s+(?:currently\s+)?"
    + _HEAD_VERB
    + r"(?P<position>"
    + _POSITION
    + r")"
)
register(
    "headed_by_aside",
    "unit",
    """A post that heads the page's agency named in a participle rather than in the
    sentence's verb, opening the sentence ("Headed by the Lamp Warden, the department
    keeps ...", "Led by the Deputy Wick Keeper, the Lamp Office is responsible for ...") or
    set off by commas after its subject ("The Lamp Office, headed up by the Chief Wick
    Officer, has three sections"), is a leadership unit of the agency, as "The Lamp Office is
    headed by ..." makes it (``agency_headed_by``): the subject is the agency's name, a word
    for it, or, in the agency's own prose, a referring word and a unit noun alone ("the
    department", "This Department") when no other unit with that noun is named before it. A
    title may end in a position word in lower case ("the Senior Wick Trimming officer"). Only the
    agency's head: a part's head in an aside ("The Wick Division, headed by an Oil Director.")
    is left as before, and so is an aside about any other subject ("the keepers, headed by the
    Lamp Warden, ...", "the team", "the offices", "the division" after the Wick Division).""",
)
# The post in a participle after "headed by" (``headed_by_aside``): capitalized words, as
# ``_AGENCY_HEADED_BY``'s, and a position word in lower case that may end them.
_ASIDE_POSITION = (
    r"(?P<position>" + _POSITION + r"(?:[ \t]+(?:" + "|".join(sorted(POSITION_WORDS)) + r"))?)"
)
# "Headed by the Lamp Warden, the department keeps ...": the participle opening the
# sentence, then its subject (a capitalized name, or a determiner and a word) and its verb.
_HEADED_OPENING = re.compile(
    r"(?i:" + _HEAD_VERB + r")" + _ASIDE_POSITION + r",\s+(?P<subject>(?:(?:[Tt]he|[Tt]his)\s+)?"
    r"[^\W\d_][\w’'&-]*(?:\s+(?:of|for|and|&|the|" + CAPITAL + r"[\w’'&.-]*))*)"
    r"(?:\s*\([^()]{1,12}\))?\s+(?=[a-z])"
)
# "The Lamp Office, headed up by the Chief Wick Officer, has ...": the subject, then the
# participle set off by commas.
_HEADED_APPOSITION = re.compile(
    r"(?P<subject>[^.;:,!?\n]{1,80}?),\s+(?:currently\s+)?" + _HEAD_VERB + _ASIDE_POSITION + r","
)


def _headed_aside(text: str, start: int, end: int) -> re.Match[str] | None:
    """A sentence whose subject's head is named in a participle (``headed_by_aside``)."""
    if not enabled("headed_by_aside"):
        return None
    return _HEADED_OPENING.match(text, start, end) or _HEADED_APPOSITION.match(text, start, end)


# Unit nouns that name a body's people or a part of it rather than the body itself.
_PEOPLE_NOUNS = frozenset({"staff", "team", "group"})


def _bare_agency_noun(subject: str, units: list[Unit], top: Unit, before: int) -> bool:
    """Whether an aside's subject is a unit noun alone ("the department", "This Division")
    that can only be the agency: no unit besides it with that noun is named before the
    sentence ("The office has a Wick Division. Led by ..., the division ..." is the Wick
    Division's), and it names no people or parts ("the team", "the divisions")."""
    words = subject.lower().split()
    if len(words) > 1 and words[0] in REFERRING_WORDS:
        words = words[1:]
    if len(words) != 1 or words[0] not in UNIT_NOUNS - _PEOPLE_NOUNS:
        return False
    noun = words[0]
    if noun.endswith("s") and noun[:-1] in UNIT_NOUNS:
        return False  # "the offices": more than one body
    return _last_named([unit for unit in units if unit is not top], noun, before) is None


# Words a page calls its own agency by: "The agency is headed by ...".
_AGENCY_WORDS = frozenset(
    {"agency", "organization", "organisation", "authority", "institution", "body", "ministry"}
)
_OWN_PRONOUNS = frozenset({"it", "we"})
_HYPHENS = re.compile(f"[{HYPHENS}]")
_HONORIFICS = frozenset({"sir", "dame", "dr", "mr", "mrs", "ms", "prof", "professor", "hon"})
_DETERMINERS = frozenset({"the", "a", "an"})
# Position words that stand before the title's head noun ("Chief Warden"), unlike "General"
# after it ("Director General").
_PRE_MODIFIERS = frozenset({"chief", "deputy", "assistant", "associate", "under", "principal"})


def _agency_words(top: Unit) -> tuple[set[frozenset[str]], set[str]]:
    """The names the page's agency goes by (its name and its acronym, for it and the units
    above it) and the head nouns that stand for it after "The"."""
    names: set[frozenset[str]] = set()
    nouns = set(_AGENCY_WORDS)
    for step in (top, *ancestors(top)):
        names.add(_unit_key(step.name))
        if step.acronym:
            names.add(_unit_key(step.acronym))  # keyed as a subject is: "LS" is {"l"}
        tokens = name_tokens(step.name)
        nouns.update(t for t in tokens if t in UNIT_NOUNS)
    return names, nouns


def _head_post(words: str) -> str | None:
    """The post in the words after "headed by": through its last position word, a person's
    name after it left out ("Director General Jo Bloggs"), or through the head noun after a
    last position word that modifies one ("Chief Warden", "Deputy Lamp Keeper Jo Bloggs"),
    or the whole when a position word goes on with "of" or "for" ("Commissioner of Lamps");
    of two posts joined by "and" ("the Chief Warden and the Deputy Warden"), the first."""
    tokens = [token.rstrip(".,") for token in words.split()]
    for index, token in enumerate(tokens):
        if token.lower().strip(".") in _HONORIFICS:
            tokens = tokens[:index]
            break
    for index, token in enumerate(tokens[1:], 1):
        rest = tokens[index + 1 :]
        if (
            token == "and"
            and rest
            and (rest[0].lower() in _DETERMINERS or _has_position_word(" ".join(rest)))
        ):
            tokens = tokens[:index]  # "the Chief Warden and the Deputy Warden": the first post
            break
    if not tokens:
        return None
    if tokens[-1].lower() in CONNECTORS:
        return None
    last = max(
        (i for i, t in enumerate(tokens) if set(_HYPHENS.split(t.lower())) & POSITION_WORDS),
        default=-1,
    )
    if last < 0:
        return None
    if any(t in ("of", "for") for t in tokens[last + 1 : last + 2]):
        return " ".join(tokens)
    tail = tokens[last + 1 :]
    if tail and tokens[last].lower() in _PRE_MODIFIERS:
        # "Chief Warden", "Deputy Lamp Keeper Jo Bloggs": the modifier's head follows it
        if len(tail) > 2 and _person_name(tail[-2:]):
            tail = tail[:-2]
        return " ".join(tokens[: last + 1] + tail)
    return " ".join(tokens[: last + 1])


register(
    "part_headed_by",
    "unit",
    """A sentence that says one of the agency's parts is headed, led, run or managed by a
    post ("The Wick Division is headed by the Chief Wick Keeper", in the division's own
    section "This directorate is led by the Deputy Warden", "The Division is headed by a
    Director", "It is managed by an Oil Commissioner") names that post as a leadership unit of
    the part, placed under it, as ``agency_headed_by`` does for the agency: the subject is a
    unit the page has found, named in full, or, in that unit's section, "It", "This" or
    "The" and a unit noun of its name. A subject that stands for several parts ("Each
    division", "All departments", "These units") names a kind of head, no unit; a post that
    is the part's own office ("The Office of the Lamp Counsel is headed by the Lamp Counsel")
    is that office again.""",
)
_ALL_OF_DETERMINERS = frozenset({"each", "all", "these", "those", "both", "every"})
_REFERRING = frozenset({"this", "that", "the"})


def _headed_part(
    words: list[str], owner: Unit, top: Unit, index: UnitIndex, nouns: set[str]
) -> Unit | None:
    """The part of the agency a "headed by" sentence's subject ``words`` (its "The" left
    out) names (``part_headed_by``): a unit found on the page named in full, or in ``owner``'s
    section "It", "This" or a unit noun of the owner's name after "The" or "This"."""
    lowered = [word.lower() for word in words]
    if lowered[0] in _ALL_OF_DETERMINERS:
        return None
    if owner is not top:
        if lowered in (["it"], ["this"]) or (len(lowered) == 2 and lowered[0] == "this"):
            return owner  # "This directorate is led by ...": the section's unit
        bare = lowered[1:] if lowered[0] in _REFERRING else lowered
        if len(bare) == 1 and bare[0] in name_tokens(owner.name):
            return owner
    if len(words) < 2 or lowered[0] in _REFERRING:
        return None
    found = index.resolve(" ".join(words))
    if found is None or found is top or content_tokens(found.name) <= nouns:
        return None
    return found


_OFFICE_FIELD = re.compile(
    r"(?:office|bureau|division|department)\s+(?:of|for)\s+(?:the\s+)?(.+)$", re.IGNORECASE
)


def _own_head(position: str, post: str, part: Unit, index: UnitIndex) -> bool:
    """Whether the post heading ``part`` is no new unit (``part_headed_by``): its title
    names the part's field, alone or joined to another title ("The Office of Wick Records is
    headed by the Assistant Keeper and Director of Wick Records": the office's own head), or
    its bare title is a unit found already ("Commissioner of Lamps" where "Commissioner"
    is)."""
    field = _OFFICE_FIELD.match(part.name)
    if field is not None and field.group(1).lower() in position.lower():
        return True
    bare = re.split(r"\s+(?:of|for)\s+", post, maxsplit=1)[0]
    return bare != post and index.resolve(bare) is not None


@rule("unit", off=[])
def agency_headed_by(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence that says the page's agency itself is headed, led, run or managed by a
    post, in the present ("was headed by a Lamp Commissioner until ..." is its history;
    "The Lamp Secretariat is headed by the Secretary-General, who is appointed by ...",
    "The agency is managed by an Executive Director", "It is run by the Chief Warden",
    "We are led by Director General Jo Bloggs, who ...") names that post as a leadership
    unit of the agency: the subject is the agency's name or acronym, a unit noun of its name
    or a word for an agency after "The" ("The Secretariat", "The Authority"), or "It" or
    "We" in prose outside any unit's section (its full name in any section: "General
    Organization. The Lamp Bureau is headed by ..."; "It" not after a sentence that opens with
    another unit: "The Glass Division polishes the glass. It is headed by ..." is the
    division's head). The post is a capitalized title with a
    position word, through its last position word (a person's name after it is left out)
    or with what it is "of" or "for" ("Commissioner of Lamps"), the first of two joined by
    "and". A part's head ("Each
    division is headed by a Director", "The Wick Office is headed by ...") is no unit of the
    agency's."""
    text = page.text
    owners = _section_owners(page, units, top)
    names, nouns = _agency_words(top)
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        owner = owners.get(block.start, top)
        agency_section = owner is top or (
            _unit_key(owner.name) in names or content_tokens(owner.name) <= nouns
        )
        parts = enabled("part_headed_by")
        if not agency_section and not parts:
            continue  # a part's section: its head is the part's
        previous: tuple[int, int] | None = None
        for start, end in page.sentences(block.start, block.end):
            before, previous = previous, (start, end)
            if text.find(" by ", start, end) < 0:
                continue
            match = _AGENCY_HEADED_BY.match(text, start, end)
            aside = False
            if match is None:
                match = _headed_aside(text, start, end)
                aside = match is not None
            if match is None:
                continue
            subject = match.group("subject").strip()
            words = subject.split()
            if words and words[0].lower() == "the":
                words = words[1:]
            if not words:
                continue
            bare_noun = aside and _bare_agency_noun(subject, units, top, start)
            key = _unit_key(" ".join(words))
            own = (
                bare_noun
                or (len(words) == 1 and words[0].lower() in _OWN_PRONOUNS)
                or (len(words) == 1 and words[0].lower() in nouns)
                or key in names
                or any(
                    name < key and len(key - name) == 1 and key - name <= UNIT_NOUNS | nouns
                    for name in names
                )
            )
            # the agency named in full is the agency in any unit's section too
            full = key in names and len(words) > 1
            body: Unit | None = top if own and (agency_section or full) else None
            if body is None and parts and not aside:
                body = _headed_part(words, owner, top, index, nouns)
            if body is None:
                continue  # an aside about a part, or about anything else: not read
            if (
                body is top
                and words[0].lower() == "it"
                and before
                and _opens_with_other_unit(page, *before, top)
            ):
                continue  # "The Glass Division polishes ... It is headed by ...": the division's
            post = _head_post(match.group("position"))
            if post is None or len(post.split()) > MAX_POSITION_WORDS:
                continue
            key = _unit_key(post)
            if body is not top and _own_head(match.group("position"), post, body, index):
                continue
            if (
                key in seen
                or key in names
                or key == _unit_key(body.name)
                or index.resolve(post) is not None
                or office_of_position(post, {}, index) is not None
            ):
                continue
            seen.add(key)
            finder = "agency_headed_by" if body is top else "part_headed_by"
            if aside:
                finder = "headed_by_aside"
            found.append(
                _unit_named(
                    text,
                    post,
                    match.start("position"),
                    body,
                    found_by=finder,
                    parent_by=_top_parent_by(top) if body is top else finder,
                    is_group=False,
                )
            )
    return found


# A verb of function after a bare name: "is/are/has" alone says too little ("Mediation is a
# process"), "is responsible" says what a unit does.
_PEER_IS = re.compile(r"\s+(?:is|are)\s+(?:responsible|charged|tasked|in\s+charge)\b")
# A personal pronoun: the paragraph is about a person ("... He joined the guild in 1990").
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)


# A bare part's verb beyond the verbs of function: what it is made of or must do ("Wick
# Trimming consists of ...", "Soot Control must provide ..."), or any verb in the present
# after a name ("Wick Supply obtains ...": a lower-case word in "-s" that is no function word,
# and no plural noun ending the subject: "Wick services consists of ...", "Oil crimes is ...").
_PEER_VERB = re.compile(
    r"\s+(?:also\s+)?(?:consists?\s+of|(?:must|shall|will)\s+[a-z]+|"
    rf"(?!(?:{_NOT_PRESENT_VERBS})\b)"
    r"(?P<any>[a-z]{2,}[a-rt-z]s)\b(?!\s+(?:also\s+)?(?:is|are|was|were|has|have|[a-z]+s)\b))\b"
)


def _opening_subject(page: PageLayout, block: Block) -> Phrase | None:
    """The name a paragraph opens with (after "The" at most) when a verb of function follows
    it ("Wick Care provides ...", "The Oil Office (OO) is responsible for ...", "Wick
    Trimming consists of ...")."""
    start, end = page.sentences(block.start, block.end)[0]
    phrases = page.phrases(start, end)
    if not phrases or phrases[0].start - start > len("The "):
        return None
    if (
        _subject_verb(page.text, phrases[0].start, phrases[0].end, end) is None
        and _PEER_VERB.match(page.text, phrases[0].end, end) is None
    ):
        return None
    return phrases[0]


@rule("unit", off=[])
def subject_peers(page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit) -> list[Unit]:
    """A run of paragraphs that describe a body's parts one by one, each opening with the
    part as its subject and a verb of function ("The Lamp Office provides ...", "Wick Care
    Services oversees ..."), names one more part in a paragraph that opens the same way with
    a name in title case and no unit noun ("Cart Yard maintains the carts ...", "Glass
    Works ensures ..."): the parts of a body are described alike, whatever their names'
    words. Only in a run where two paragraphs or more open with units found already under
    one parent (the new part joins them there), only a bare name (no "The" before it), not a
    position, and not with "is" or "has" alone after it ("Mediation is a process"); nor a
    paragraph that speaks of its subject as "he" or "she" ("Bram Tolley oversees the carts.
    He joined the guild in 1990."): that is a person, described as the parts are; nor a
    place's government ("Lampton County provides ...", "City of Lampton maintains ..."):
    the body works with it, it is none of the body's parts. Where one part at most is named
    already, a run of paragraphs, or the items of one list, is read so too when three of its
    blocks or more, and most of it, open with names described alike ("Wick Trimming
    consists of ...", "Soot Control must provide ...", "Oil Supply obtains ...", a unit noun
    allowed: "Oil Tax Administration administers ..."): they are parts beside the part named,
    or of the unit whose page or section holds them; a verb with nothing after it is a
    noun ("Process support")."""
    text = page.text
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    runs: list[list[Block]] = [[]]
    for block in page.blocks:
        if block.kind in (PARAGRAPH, LIST_ITEM):
            if runs[-1] and runs[-1][-1].kind != block.kind:
                runs.append([])
            runs[-1].append(block)
        elif runs[-1]:
            runs.append([])
    owners: dict[int, Unit] | None = None
    for run in runs:
        subjects = [(block, _opening_subject(page, block)) for block in run]
        parents: Counter[int] = Counter()
        by_id: dict[int, Unit] = {}
        for _, phrase in subjects:
            unit = index.resolve(phrase.text) if phrase is not None else None
            if unit is not None and unit is not top and unit.parent is not None:
                parents[id(unit.parent)] += 1
                by_id[id(unit.parent)] = unit.parent
        parent_id, count = parents.most_common(1)[0] if parents else (0, 0)
        peers = [
            (block, phrase)
            for block, phrase in subjects
            if phrase is not None and _peer_subject(page, block, phrase, index, nouns=count < 2)
        ]
        if count >= 2 and run[0].kind == PARAGRAPH:
            parent = by_id[parent_id]
        elif count < 2 and len(peers) + count >= 3 and 2 * (len(peers) + count) >= len(run):
            # One part named at most: three names or more, most of the run, described alike
            # are parts beside that part, or of the unit whose section holds them.
            if owners is None:
                owners = _section_owners(page, units, top)
            parent = by_id[parent_id] if count else owners.get(peers[0][0].start, top)
        else:
            continue
        for _, phrase in peers:
            key = _unit_key(phrase.text)
            if key in seen or _unit_key(parent.name) <= key:
                continue
            if enabled("short_form_subject") and _short_form_of(phrase.text, units):
                continue  # "Soot Control includes ...": the Soot Control Unit found already
            seen.add(key)
            found.append(
                _unit_named(
                    text,
                    without_acronyms(phrase.text),
                    phrase.start,
                    parent,
                    found_by="subject_peers",
                    parent_by="subject_peers",
                    is_group=False,
                )
            )
    return found


def _peer_subject(
    page: PageLayout, block: Block, phrase: Phrase, index: UnitIndex, *, nouns: bool = False
) -> bool:
    """Whether the name ``block`` opens with, a verb of function after it, is a bare part's
    for ``subject_peers``: no unit yet, title case, no person, no place, no post, and no
    unit noun unless ``nouns`` (where no part is named yet, none was read by its noun)."""
    text = page.text
    if phrase.start != block.start or index.resolve(phrase.text):
        return False
    words = phrase.text.split()
    if not 1 <= len(words) <= 6 or words[0].lower() in REFERRING_WORDS:
        return False
    if len(words) == 1 and words[0].lower().endswith("ly"):
        return False  # "Proactively investigates ...": an adverb, the subject left out
    if _PERSONAL_PRONOUN.search(text, block.start, block.end):
        return False  # "Bram Tolley oversees ... He joined ...": a person
    if words[-1].lower() in PLACE_NOUNS or (
        len(words) > 2 and words[0].lower() in PLACE_NOUNS and words[1] == "of"
    ):
        return False  # "Lampton County provides ...", "City of Lampton ...": a government
    if words[-1].lower().removesuffix("s") in _DOCUMENT_WORDS:
        return False  # "Lamp Act requires ...", "Wick Code establishes ...": a document
    if not all(w[:1].isupper() or w.lower() in ("and", "of", "&") for w in words):
        return False
    tokens = name_tokens(phrase.text)
    if not tokens or (
        names_position_only(phrase.text) if nouns else set(tokens) & (POSITION_WORDS | UNIT_NOUNS)
    ):
        return False
    end = page.sentences(block.start, block.end)[0][1]
    if nouns and text[phrase.start : end].rstrip()[-1:] not in (".", "!", "?"):
        # with no part named yet, a description is a sentence: a line with no full stop
        # ("Lamp Safety tips for the winter") is a title, its plural noun no verb
        return False
    verb = _subject_verb(text, phrase.start, phrase.end, end) or _PEER_VERB.match(
        text, phrase.end, end
    )
    if verb is None or not text[verb.end() : end].strip(" .;:"):
        return False  # "Process support": a verb with nothing after it is a noun
    after = text[verb.end() : end].lower().split()[:5]
    if after[:1] == ["as"] and {w.strip(",.;:") for w in after[1:]} & POSITION_WORDS:
        return False  # "Bram Tolley serves as the director of ...": a person in a post
    if verb.re is _PEER_VERB and verb.group("any") and len(words) == 1 and words[0].endswith("s"):
        return False  # "Investigates referrals ...": a verb, its subject left out
    if verb.re is _PEER_VERB or verb.group(0).split()[-1] not in ("is", "are", "has", "have"):
        return True
    return _PEER_IS.match(text, phrase.end, end) is not None


_SERIES_COUNT = "|".join(_COUNTS) + r"|\d{1,2}"
# "the divisions of Wicks, Glass and Oil", "four Departments of A, B, and C": a plural unit
# noun, "of" or "for", and the names it shares; what stands before the noun says whether the
# list is the body's parts (a count, "the" opening the sentence).
_NOUN_OF_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|&|on|in)\s+)*[A-Z][\w’'-]*)*"
_NOUN_OF_SERIES_NOUNS = (
    "departments",
    "divisions",
    "offices",
    "bureaus",
    "directorates",
    "units",
    "sections",
    "branches",
)
_NOUN_OF_SERIES = re.compile(
    r"(?P<before>(?:\b[Tt]he|\b(?i:" + _SERIES_COUNT + r")(?:\s*\(\d{1,2}\))?)\s+(?:[a-z-]+\s+)?)"
    r"(?P<noun>(?i:" + "|".join(_NOUN_OF_SERIES_NOUNS) + r"))"
    r"\s+(?:of|for)\s+(?P<series>" + _NOUN_OF_NAME + r"(?:,\s+(?:and\s+)?" + _NOUN_OF_NAME + r")*)"
)
# A count before the noun ("four Departments of", "three specialized units of").
_COUNT_BEFORE = re.compile(r"\b(?:" + _SERIES_COUNT + r")\b", re.IGNORECASE)
# What makes a list the parts of the sentence's body: a verb of composition, establishing or
# oversight before it.
_PARTS_VERB = re.compile(
    r"\b(?:consist\w*|compris\w*|composed|made\s+up|includ\w*|establish\w*|"
    r"organi[sz]ed\s+into|divided\s+into|over(?:sees)?|supervises)\b",
    re.IGNORECASE,
)
# The nouns whose units are named "Noun of Name" ("Division of Wicks"); a unit, a section or a
# branch "of" a field is named by the field alone ("units of Procurement and Audit").
_NOUN_OF_NOUNS = frozenset({"departments", "divisions", "offices", "bureaus", "directorates"})
# The nouns a name of its own ends in ("Wick Office"): a field's name may end in "Services"
# or "Affairs" ("Support Services"), not in these.
_NAMED_BODY_NOUNS = frozenset(
    {"office", "division", "department", "bureau", "directorate", "unit", "branch", "section"}
)
_NOUN_OF_SEPARATOR = re.compile(r",\s+(?:and\s+)?")


@rule("unit", off=[])
def plural_noun_of_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """ "The divisions of Wick Care, Glass Works, and Oil Supply report to the Warden", "four
    Departments of Lamp Records, Wick Safety and Soot Removal were established", "the Office
    of the Warden, consisting of the Offices of Wick Law and Lamp Affairs": a plural unit
    noun, "of" and the names it shares name one unit each ("Division of Wick Care",
    "Division of Glass Works", ...; a unit, section or branch "of" a field by the field
    alone), when the list is the body's parts: counted, a few words after a verb of
    composition, establishing or oversight (``_governs_list``), opening its sentence, or
    joined by "and the" to such a list.
    A list named in passing ("coordinates with the Departments of Lamps and Wicks", "the
    merger of the Offices of ...") is not read; nor is a name worded as a unit or a post
    itself. The last "and" of a list without a comma before it parts two names ("Glass and
    Oil"), as in ``shared_unit_noun``."""
    text = page.text
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    for block in page.blocks:
        # The pattern tries every word of a sentence (a count word, "the"); every match holds
        # one of the plural nouns, which most blocks and sentences do not.
        if block.kind not in (PARAGRAPH, LIST_ITEM) or not may_hold_ignorecase(
            text[block.start : block.end], _NOUN_OF_SERIES_NOUNS
        ):
            continue
        for start, end in page.sentences(block.start, block.end):
            accepted_end = -1
            if not may_hold_ignorecase(text[start:end], _NOUN_OF_SERIES_NOUNS):
                continue
            for match in _NOUN_OF_SERIES.finditer(text, start, end):
                lead = text[start : match.start()].strip(" ;,(").lower()
                parts_of = (
                    _COUNT_BEFORE.search(match.group("before")) is not None
                    or _governs_list(text[start : match.start()])
                    or lead in ("", "and")
                    or (
                        accepted_end >= 0
                        and text[accepted_end : match.start()].strip(" ;,").lower() == "and"
                    )
                )
                if not parts_of:
                    continue
                owner = _noun_of_owner(page, start, match.start(), index, top)
                names = _noun_of_names(text, match)
                if names is None:
                    continue
                accepted_end = match.end()
                noun = match.group("noun").lower()
                for name, name_start in names:
                    full = f"{_SHARED_PLURALS[noun]} of {name}" if noun in _NOUN_OF_NOUNS else name
                    key = _unit_key(full)
                    if key in seen or index.resolve(full) or index.resolve(name):
                        continue
                    seen.add(key)
                    found.append(
                        _unit_named(
                            text,
                            full,
                            name_start,
                            owner,
                            found_by="plural_noun_of_series",
                            parent_by="plural_noun_of_series"
                            if owner is not top
                            else _top_parent_by(top),
                            is_group=False,
                        )
                    )
    return found


# What may stand between a verb of composition and the list it governs: a few words, no clause
# ("is composed of", "is organized into four", "establishes within the Bureau").
MAX_PARTS_VERB_GAP_WORDS = 5


def _governs_list(before: str) -> bool:
    """A verb of composition, establishing or oversight whose object the list is: the last
    such verb before the list, at most a few words before it and no comma between ("The
    Bureau is composed of the divisions of ..."). A verb in an earlier clause ("The Bureau,
    which includes the Wick Office, coordinates with the Departments of ...") or "over" as a
    preposition of time ("Over the years the Bureau has worked with the offices of ...")
    governs another object."""
    verbs = list(_PARTS_VERB.finditer(before))
    if not verbs:
        return False
    gap = before[verbs[-1].end() :]
    return len(gap.split()) <= MAX_PARTS_VERB_GAP_WORDS and not re.search(r"[,;:()]", gap)


def _noun_of_owner(page: PageLayout, start: int, at: int, index: UnitIndex, top: Unit) -> Unit:
    """The unit a sentence opens with, before the list, when it is one found already (the
    body the list is made of: "The Office of the Warden, consisting of ..."), else ``top``."""
    phrases = [p for p in page.phrases(start, at) if p.end <= at]
    if phrases and phrases[0].start - start <= len("The "):
        unit = index.resolve(phrases[0].text)
        if unit is not None:
            return unit
    return top


def _noun_of_names(text: str, match: re.Match[str]) -> list[tuple[str, int]] | None:
    """The names of a series after "noun of", each with its start; None when any is no
    short name of a field (worded as a unit, a post after a noun named by its field alone,
    or too long)."""
    begin, stop = match.span("series")
    # "Office of General Counsel" is an office's name, a post within it; a unit "of" a post
    # is not.
    named_of = match.group("noun").lower() in _NOUN_OF_NOUNS
    spans = _series_spans(text, begin, stop, _NOUN_OF_SEPARATOR, ("and",))
    if len(spans) < 2:
        return None
    names: list[tuple[str, int]] = []
    for part_start, part_end in spans:
        part = text[part_start:part_end].strip()
        tokens = name_tokens(part)
        if (
            not part[:1].isupper()
            or not 1 <= len(part.split()) <= MAX_SHARED_PART_WORDS + 1
            or set(tokens) & _NAMED_BODY_NOUNS
            or (not named_of and set(tokens) & POSITION_WORDS)
            or part.split()[0].lower() in REFERRING_WORDS
        ):
            return None
        names.append((part, part_start))
    return names


# Whom a governing board is "of", and the words before "Board" that make one.
_BOARD_OF = ("governors", "directors", "regents", "trustees", "management")
_BOARD_KINDS = ("executive", "management", "governing", "supervisory")
# "the Board of Governors", "a Board of Directors", "a nine-member Board of Trustees", "the
# Management Board": a body's own governing board, named after a determiner (not "of" another
# body after it: "the Board of Directors of the Lamp Trust", "for the Wick Fund", "at Oil Co.";
# "at its head" is the body's own).
_GOVERNING_BOARD = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur|[\w]+[-–]member)\s+"
    r"(?P<name>Board\s+of\s+(?:"
    + "|".join(word.title() for word in _BOARD_OF)
    + r")|(?:"
    + "|".join(word.title() for word in _BOARD_KINDS)
    + r")\s+Board)\b(?!['’]s)(?!\s+(?:of\b|(?:for|at)\s+(?:the\s+)?[A-Z]))"
)


# "served on the", "has sat on a": a person's seat on a board, as a biography tells it.
_SERVED_ON = re.compile(r"\b(?:serve[sd]?|serving|sat|sits?|sitting)\s+on\s+$")


@rule("unit", off=[])
def governing_board(page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit) -> list[Unit]:
    """A body's governing board named in its prose ("The Lamp Bank is managed by a Board of
    Governors and a Board of Directors", "The President chairs the Board of Directors", "a
    five-member Board of Trustees governs the Trust", "The Secretary General is supported by
    the Management Board") is a unit of that body, its highest organ, though the page gives
    it no heading: a board of governors, directors, regents or trustees, or an executive,
    management, governing or supervisory board, named after "the", "a" or a count of
    members. Not a board "of", "for" or "at" another body by its name ("the Board of
    Directors of the Wick Trust", "served on the Board of Trustees for the Oil Fund", "at
    Lampton Oil Company"), nor a board a person "served on" or "sits on" ("Bram Tolley
    served on the Board of Trustees."): a biography's seat, on some other body's board; nor
    a county's board of supervisors or commissioners (the government above the page's
    office, not a part of it)."""
    text = page.text
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    agency = units[0] if units else top  # the body itself, above a page's own subject
    if index.resolve("Board") is not None:
        return found  # the page's board, found already by its bare noun ("The Board ...")
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM, LABEL):
            continue
        if "Board" not in text[block.start : block.end]:
            continue
        for match in _GOVERNING_BOARD.finditer(text, block.start, block.end):
            if _SERVED_ON.search(text, block.start, match.start()):
                continue  # "she served on the Board of Trustees.": a person's seat, not ours
            name = " ".join(match.group("name").split())
            key = _unit_key(name)
            if key in seen or index.resolve(name) is not None:
                continue
            seen.add(key)
            found.append(
                _unit_named(
                    text,
                    name,
                    match.start("name"),
                    agency,
                    found_by="governing_board",
                    parent_by="default_root",
                    is_group=False,
                )
            )
    return found


# The posts a collegial body fills from among its members: its chair, vice chair, secretary
# and treasurer (an acronym of the body may come first: "the LWB Chairman").
_PRESIDING_POST = (
    r"(?P<post>(?:[A-Z]{2,6}\s+)?(?:(?:Vice[- ]?)?(?:Chair(?:man|woman|person)?|President)"
    r"|Secretary|Treasurer))\b(?!\s+(?:of|to|for)\s)(?!['’-])"
)
# "designates one of the Members as Chairman", "elects from among its members a Chairman, a
# Vice-Chairman and a Treasurer", "designate one of them to serve as the LWB Chair": a verb of
# choosing, then whom it chooses from and the first post.
_CHOOSES_POST = re.compile(
    r"\b(?:designat|elect|select|choos)(?:es|ed|e|s)?\b"
    r"(?:\s+by\s+the\s+[A-Z]\w+"
    r"|\s+(?:one|two)(?:\s+of\s+(?:them|(?:the|its|their)\s+(?:[A-Z]\w+\s+)?[A-Za-z]\w+s))?"
    r"|\s+from\s+(?:among\s+)?(?:its|the|their)\s+(?:own\s+)?[Mm]embers"
    r"(?:\s+of\s+the\s+[A-Z]\w+)?,?"
    r"|\s+to\s+serve)*"
    r"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?" + _PRESIDING_POST
)
# The next post of the list: ", a Vice-Chairman", "and Treasurer", "and one as Vice Chair".
_NEXT_POST = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:one\s+as\s+)?(?:(?:a|an|the)\s+)?" + _PRESIDING_POST
)
# "... and one as Vice Chairman" further on in the sentence.
_ONE_AS_POST = re.compile(r"\bone\s+as\s+(?:the\s+)?" + _PRESIDING_POST)
# The verbs of choosing, as plain text: a sentence without one is not read further.
_CHOOSING_PIECES = ("designat", "elect", "choos")
# Whom the posts are chosen from: "one of the Members", "from among its members", "one as
# the Chair" (one of the members the sentence before names).
_FROM_MEMBERS = re.compile(r"\b(?:one|two)\s+(?:of|as)\b|\b[Mm]embers?\b|\bamong\b")


@rule("unit", off=[])
def chosen_presiding_officers(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence that says a collegial body chooses its presiding officers from its members
    ("The President designates one of the Members as Chairman and one as Vice Chairman",
    "The Board elects from among its members a Chairman and Vice-Chairman", "The Council
    selects from its members a Chair, a Vice Chair, a Secretary and a Treasurer", "designate
    one of the Lamp Wardens to serve as the LWB Chairman") names those posts: each is a
    leadership unit of the page's top. The posts are a closed class (chair, vice chair,
    president, vice president, secretary, treasurer), named right after the verb of
    choosing (designates, elects, selects, chooses) and what it chooses from, in a list, or
    after "one as" later in the sentence; a post "of" something ("the Chairman of the Lamp
    Board") is another body's and no such post. The sentence must say the posts are
    chosen from the body's members ("one of", "one as", "members", "among"): "The voters
    elect the Chairman" names no presiding officer of a collegial body."""
    text = page.text
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    for _, start, end in page.prose_sentences():
        fragment = text[start:end]
        if not any(piece in fragment for piece in _CHOOSING_PIECES):
            continue
        chosen = _CHOOSES_POST.search(text, start, end)
        if chosen is None or _FROM_MEMBERS.search(text, start, end) is None:
            continue  # "The voters elect the Chairman": not chosen from the body's members
        posts = [chosen]
        while (following := _NEXT_POST.match(text, posts[-1].end(), end)) is not None:
            posts.append(following)
        posts += _ONE_AS_POST.finditer(text, posts[-1].end(), end)
        for post in posts:
            name = post.group("post")
            key = _unit_key(name)
            if key in seen or index.resolve(name) is not None:
                continue
            seen.add(key)
            found.append(
                _unit_named(
                    text,
                    name,
                    post.start("post"),
                    top,
                    found_by="chosen_presiding_officers",
                    parent_by=_top_parent_by(top),
                    is_group=False,
                )
            )
    return found


# "The Warden is assisted by two Deputy Wardens and a Wick Counsel", "He is supported by Jo
# Bloggs, Chief Oil Officer, ...": the posts a head is assisted by.
_ASSISTED_BY = re.compile(
    r"(?P<subject>[^.;:!?\n]{1,80}?)\s+(?:is|are|shall\s+be|will\s+be)\s+(?:also\s+)?"
    r"(?:assisted|supported)\s+(?:in\s+[^.;:,()]{1,60}?\s+)?by\s+"
)
_HEAD_PRONOUNS = frozenset({"he", "she"})
_COUNT_WORDS = frozenset({"a", "an", "one", *NUMBER_WORDS})
_LIST_WORDS = frozenset({"and", "of", "for", "the", "&"})


def _has_position_word(name: str) -> bool:
    tokens = {piece for token in name_tokens(name) for piece in _HYPHENS.split(token)}
    return bool(tokens & POSITION_WORDS) or any(
        token.removesuffix("s") in POSITION_WORDS or token.removesuffix("es") in POSITION_WORDS
        for token in tokens
    )


def _person_name(words: list[str]) -> bool:
    """Two to four capitalized words with no position word, unit noun or connector: a
    person's name ("Jo Bloggs")."""
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words} & (UNIT_NOUNS | CONNECTORS)
        and not _has_position_word(" ".join(words))
    )


def _assisting_posts(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The posts listed from ``start``: comma- and "and"-joined titles, their counts ("six
    (6)", "two") and the names of their holders ("Jo Bloggs, Chief Oil Officer") left out;
    the list ends at the first lower-case word that is no connector or count."""
    stop = start
    for token in re.finditer(r"\S+", text[start:end]):
        word = token.group().strip(",()")
        if word and word[0].islower() and word not in _LIST_WORDS and word not in _COUNT_WORDS:
            break
        stop = start + token.end()
    items: list[tuple[str, int]] = []
    for part in re.finditer(r"[^,]+", text[start:stop]):
        pieces = re.split(r"\s+and\s+", part.group())
        merged: list[str] = []
        for piece in pieces:
            words = [w for w in piece.split() if w.strip("()").lower() not in _COUNT_WORDS]
            words = [w for w in words if not re.fullmatch(r"\(?\d+\)?", w)]
            while words and words[0].lower() == "the":
                words = words[1:]  # "the Deputy Warden": the post's name has no article
            if merged and not _has_position_word(" ".join(words)) and not _person_name(words):
                merged[-1] += " and " + " ".join(words)
            else:
                merged.append(" ".join(words))
        for piece in merged:
            item = piece.strip(" .")
            if item:
                items.append((item, start + part.start() + max(part.group().find(item), 0)))
    return items


# "assisted by a team of Deputy Wardens": the posts after the group they form.
_TEAM_OF = re.compile(r"(?:a|an|the)\s+(?:team|staff|group|number)\s+of\s+")


def _post_in_full(name: str, units: list[Unit]) -> Unit | None:
    """The post a unit found names in full, when ``name`` is its title alone: "President" for
    "President of the Lamp Bank Group"; none when two units begin with the title."""
    lead = name.lower() + " of "
    named = [unit for unit in units if unit.name.lower().startswith(lead)]
    return named[0] if len(named) == 1 else None  # "Director" of two "Director of ..." posts


@rule("unit", off=[])
def assisted_by(page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit) -> list[Unit]:
    """A head "is assisted by" or "is supported by" the posts a sentence lists ("The Warden
    is assisted by two Deputy Wardens and a Wick Counsel", "He is assisted by six (6) Deputy
    Keepers", "who is supported by Jo Bloggs, Chief Oil Officer, and Al Smith, Director of
    Glass"): each post is a leadership unit under the head. The head is a post the page has
    made a unit, the post a sentence names as its subject (made a unit under the page's
    top), or, for "He", "She" or "who", the post last named before. A post is a capitalized
    title with a position word, its count and its holder's name left out; a kind of head
    per part ("Division Chiefs", a unit noun first) is no single post. The task may stand
    between ("is assisted in the management of the Works by ..."), and the posts may be named
    as the team they form ("by a team of Deputy Wardens"); a head named by its title alone
    ("The President") is the post a unit found names in full ("President of the Lamp Bank
    Group"), not a second unit."""
    text = page.text
    found: list[Unit] = []
    by_key: dict[frozenset[str], Unit] = {}

    def resolve(name: str) -> Unit | None:
        return by_key.get(_unit_key(name)) or index.resolve(name)

    positions = sorted(
        (u for u in units if u.unit_type == UnitType.LEADERSHIP and u is not top),
        key=lambda u: u.evidence_start,
    )
    for _, start, end in page.prose_sentences():
        if text.find("by ", start, end) < 0 or (
            text.find("ssisted", start, end) < 0 and text.find("upported", start, end) < 0
        ):
            continue
        match = _ASSISTED_BY.search(text, start, end)
        if match is None:
            continue
        subject = match.group("subject").strip()
        clause = re.split(r",\s+(?=who\b)", subject)
        words = clause[-1].split()
        head: Unit | None = None
        if words and words[0].lower() in _HEAD_PRONOUNS | {"who"}:
            head = max(  # the post named last before, wherever a rule found it
                (u for u in positions + found if u.evidence_start < match.end("subject")),
                key=lambda u: u.evidence_start,
                default=None,
            )
        else:
            if words and words[0].lower() == "the":
                words = words[1:]
            name = " ".join(words)
            if not name or not _has_position_word(name) or not is_capitalized_name(name):
                continue
            if len(words) > MAX_POSITION_WORDS:
                continue
            head = (
                resolve(name) or office_of_position(name, {}, index) or _post_in_full(name, units)
            )
            if head is None:
                head = _unit_named(
                    text,
                    name,
                    match.start("subject") + match.group("subject").find(name),
                    top,
                    found_by="assisted_by",
                    parent_by=_top_parent_by(top),
                    is_group=False,
                )
                by_key[_unit_key(name)] = head
                found.append(head)
        if head is None:
            continue
        team = _TEAM_OF.match(text, match.end(), end)
        for post, at in _assisting_posts(text, team.end() if team else match.end(), end):
            tokens = post.split()
            if (
                not _has_position_word(post)
                or not is_capitalized_name(post)
                or len(tokens) > MAX_POSITION_WORDS
                or tokens[0].lower() in UNIT_NOUNS
                or resolve(post) is not None
            ):
                continue
            unit = _unit_named(
                text, post, at, head, found_by="assisted_by", parent_by="assisted_by"
            )
            unit.unit_type = UnitType.LEADERSHIP
            by_key[_unit_key(post)] = unit
            found.append(unit)
    return found


# A flattened table's header whose first cell names a column of units, its cells set apart by
# spaces or run together, not by bars ("Division   Number", "Department  Activities",
# "Division/Unit TitleWhole-time Equivalent"): the unit noun(s), a "Title" or "Name" after
# them, then the label of the column beside ("Number", "Phone", "Activities", "Staff").
_UNIT_COLUMN_HEADER = re.compile(
    r"[ \t]*(?P<units>[A-Za-z]+(?:[ \t]*/[ \t]*[A-Za-z]+)*)(?:[ \t]+(?:Title|Name)s?)?[ \t]*"
    r"(?P<label>[A-Z][A-Za-z-]*(?:[ \t]+[A-Za-z-]+){0,2})[ \t]*$"
)
# The labels of a column beside a column of units: its contacts, its counts, its work.
_BESIDE_UNITS_COLUMNS = frozenset(
    {
        "number",
        "phone",
        "telephone",
        "fax",
        "extension",
        "activities",
        "functions",
        "responsibilities",
        "duties",
        "equivalent",
        "staff",
        "staffing",
        "count",
        "room",
    }
)
# A row's first cell: the words before the number its next cell opens with, run into it or
# spaced ("Wick Supply 555-555-0100", "Oil Division24.3"), or before the sentence that
# describes it ("Glass Repair The main functions of ...").
_ROW_BEFORE_NUMBER = re.compile(r"(?P<name>[A-Z][^\d|:;\n]*?)[ \t]*\(?\d")
_ROW_BEFORE_SENTENCE = re.compile(
    r"(?P<name>[A-Z][\w&'’/-]*(?:[ \t]+(?:[A-Z][\w&'’/-]*|of|and|for|the|&))*?)"
    r"[ \t]+(?:The|This|It|Its|Our)[ \t]+[a-z]"
)
MAX_UNIT_ROW_WORDS = 12
MIN_UNIT_ROWS = 2


def unit_column_header(line: str) -> bool:
    """Whether a line is the header of a flattened table whose first column names units."""
    match = _UNIT_COLUMN_HEADER.fullmatch(line)
    if match is None:
        return False
    nouns = re.split(r"[ \t]*/[ \t]*", match.group("units").lower())
    label = match.group("label").lower().split()
    return all(noun in UNIT_NOUNS or noun.removesuffix("s") in UNIT_NOUNS for noun in nouns) and (
        label[-1] in _BESIDE_UNITS_COLUMNS
    )


def unit_row_name(row: str) -> str | None:
    """The unit a row of such a table names in its first cell, if it opens with one."""
    row = row.strip().lstrip("•*-– ").strip()
    match = _ROW_BEFORE_NUMBER.match(row) or _ROW_BEFORE_SENTENCE.match(row)
    if match is None:
        return None
    name = match.group("name").strip(" ,.-–")
    words = name.split()
    if not words or len(words) > MAX_UNIT_ROW_WORDS:
        return None
    return name if is_capitalized_name(name) else None


@rule("unit", off=[])
def unbarred_unit_column(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A table flattened to lines with no bars between its cells, under a header whose first
    cell names its rows' units ("Division   Number", "Department  Activities", "Division/Unit
    TitleWhole-time Equivalent") and whose next names a column of contacts, counts or work
    (a number, a phone, staff, activities, functions), names a unit at the start of each row
    that runs until the next blank line: the words before the number the row's next cell
    opens with, run into the name or spaced ("Wick Supply 555-555-0100", "Oil
    Division24.3"), or before the sentence describing it ("Glass Repair The main functions
    of ..."). A row that names a unit found already is that unit, named in full, by its
    name's first words ("Lamp Oil" for the "Lamp Oil Division") or, a short name with no
    unit noun, by its first word ("Wick Stores" for the "Wick/Glass Division"); a row that
    opens with a sentence names none, and one row under a header is no table. A header of
    any other column ("Division Overview", "Office Hours") heads no table of units, nor does
    one whose cells bars set apart (``table_unit_column`` reads those)."""
    text = page.text
    found: list[Unit] = []
    known = [name_tokens(unit.name) for unit in units]
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for number, line in enumerate(lines):
        if not unit_column_header(line):
            continue
        named: list[tuple[str, int]] = []
        rows = 0
        for row_number in range(number + 1, len(lines)):
            row = lines[row_number]
            if not row.strip():
                break
            name = unit_row_name(row)
            if name is None:
                continue
            rows += 1
            tokens = name_tokens(name)
            if index.resolve(name) is not None or any(
                tokens == other[: len(tokens)]
                or (not set(tokens) & UNIT_NOUNS and other[:1] == tokens[:1])
                for other in known
            ):
                continue  # a unit found already, named again by its name's first words
            named.append((name, starts[row_number] + row.find(name)))
        if rows < MIN_UNIT_ROWS:
            continue  # one line under a header is no table
        for name, at in named:
            found.append(
                _unit_named(
                    text,
                    name,
                    at,
                    top,
                    found_by="unbarred_unit_column",
                    parent_by=_top_parent_by(top),
                    is_group=False,
                )
            )
            known.append(name_tokens(name))
    return found
