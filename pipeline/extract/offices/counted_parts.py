"""Counted parts: a sentence that counts a body's parts and names them ("three divisions:
A, B and C", "consists of four offices, namely ...", "is composed of two facilities: A and
B", counted apposition, definite parts, parts in parentheses, parts besides others), and the
pieces such lists split into."""

from __future__ import annotations

import re

from pipeline.extract.list_units.common import is_capitalized_name
from pipeline.extract.list_units.lead_ins import (
    DIVIDED_PARTICIPLES,
    MADE_OF_VERB,
    OTHERS_COUNTED,
    OTHERS_VERB,
    plural_unit_noun,
)
from pipeline.extract.names import name_tokens, without_acronyms
from pipeline.extract.offices.common import (
    ANY_UNIT_NOUNS,
    BESIDES,
    COUNTS,
    DASHED_PARTS,
    DOCUMENT_WORDS,
    FOLLOWING_PARTS,
    LEADS_PARTS,
    MAX_PART_WORDS,
    OPENING_QUOTE,
    OTHERS_OBJECT,
    PART_NOUNS,
    PARTS_LISTING_NOUNS,
    PARTS_MARK,
    RELATIVE_CLAUSE,
    UnitIndex,
    agency_words,
    count_value,
    definite_pieces,
    no_position,
    of_partners,
    part_plural,
    section_owners,
    section_part,
    such_as_names,
    top_parent_by,
    unit_named,
)
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LABEL, LIST_ITEM, PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import join_continued_parts
from pipeline.text.prefilter import may_hold_ignorecase
from pipeline.text.sections import PageLayout
from pipeline.text.sentences import closes_abbreviation, opens_sentence_after_abbreviation
from pipeline.text.vocabulary import (
    COLLEGIAL_NOUNS,
    POSITION_WORDS,
    TOPIC_OF_HEADS,
    UNIT_NOUNS,
)
from pipeline.text.words import in_singular

_PARTS_COLON = lazy_pattern(
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
_DIGIT = lazy_pattern(r"\d")


def _count_of(match: re.Match[str]) -> int:
    """The number a match's ``count`` group gives, in figures or in words ("12", "Four")."""
    return count_value(match.group("count"))


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
_COUNTED_PARTS = lazy_pattern(
    r"\b(?:the\s+following\s+)?(?P<count>\d{1,2}|" + "|".join(COUNTS) + r")"
    r"(?P<figures>\s*\(\d{1,2}\))?\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z]+s)"
    r"(?:\s+(?:were|are|was|ha(?:ve|s|d)\s+been)\s+(?:created|established|set\s+up|formed))?"
    r"(?P<aside>(?:,\s|\s(?=(?:functioning|operating|working|existing|functions?|operates?"
    r"|exists?|works?)\s))[^:;.–—]{1,80}?)?"
    r"(?:(?:\s+(?:including|namely|viz\.?))?\s*(?P<mark>:|\s[–—]|\s-)|,?\s+namely[;,:]?"
    r"|(?:,?\s+(?:viz\.|i\.\s?e\.)[;,:]?|,\s+which\s+are)(?=\s+(?:the\s+)?(?-i:[A-Z])))\s+",
    re.IGNORECASE,
)

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

register(
    "dashed_parts",
    "unit",
    """A plural unit noun followed by names set off between two dashes ("The Lamp Bureau's
    directorates -- Wick Care (WKC), Oil Ledger (OLR) and Glass Repair -- are organized around
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

# A piece of each verb of LEADS_PARTS, one of which every match holds.
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


# The plural nouns a count of a unit's parts may use beside the unit nouns: "three
# sections:", "six standing committees, each ...:" (read by ``counted_sections``).
_COUNTED_PART_NOUNS = frozenset({"sections", "subsections", "committees", "subcommittees"})
_DOCUMENT_SUBJECT = lazy_pattern(
    r"\b(?:[Tt]his|[Tt]he|[Ee]ach|[Oo]ur|[Ii]ts)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:" + "|".join(sorted(DOCUMENT_WORDS)) + r")s?\b"
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


def dashed_parts(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where a sentence names units between two dashes after a plural unit noun, the list
    holding a comma (``dashed_parts``)."""
    fragment = text[start:end]
    if not ("--" in fragment or "–" in fragment or "—" in fragment) or not enabled("dashed_parts"):
        return None
    dashed = DASHED_PARTS.search(text, start, end)
    if dashed is None or not plural_unit_noun(dashed.group("noun")):
        return None
    if OTHERS_OBJECT.search(text, start, dashed.start()):
        return None  # "works with other departments – A, B and C –": partners, not parts
    closing = re.compile(r"\s" + re.escape(dashed.group("mark")) + r"\s")
    close = closing.search(text, dashed.end(), end)
    if close is None or "," not in text[dashed.end() : close.start()]:
        return None
    return dashed


# "is comprised of three major areas of responsibility: A, B, and C": a verb of composition,
# a count, up to three words that qualify the parts, any plural noun and a few words of what
# it is of or for, then a colon or a dash (``counted_parts_any_noun``).
# Compiled at import, not lazily: a match is told apart by its pattern (``match.re is``).
COMPOSED_COUNT = re.compile(
    r"\b(?:" + MADE_OF_VERB + r")\s+(?P<count>\d{1,2}|" + "|".join(COUNTS) + r")"
    r"(?P<figures>\s*\(\d{1,2}\))?\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+s)"
    r"(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?P<mark>:|--|\s[–—])\s*"
)
# Where a counted list of names ends: a clause after it (", and is responsible for", "of
# which ... is an annex", "which ..."), not "and the" before the last name ("the Oil Depot
# and the Glass Works").
_COMPOSED_LIST_END = lazy_pattern(
    r",?\s+(?:and\s+(?!the\s+[A-Z])(?=[a-z])|(?:of\s+|in\s+)?(?:which|whom|that|where)\b)"
)
# A subject worded as a collegial body: its counted parts are members.
_COLLEGIAL_SUBJECT = lazy_pattern(
    r"\b(?:" + "|".join(sorted(COLLEGIAL_NOUNS)) + r")s?\b", re.IGNORECASE
)
# The plural nouns of people: a count of them names persons, a body's members or staff ("is
# composed of three judges: Justice A, ...", "consists of two employees: Ms A and Mr B"),
# and so do the plurals of posts ("five commissioners", "two directors").
_PERSON_NOUNS = frozenset(
    {"members", "persons", "individuals", "employees", "staffers", "officials", "officers"}
    | {"representatives", "delegates", "trustees", "judges", "justices", "magistrates"}
    | {"councillors", "councilors", "commissioners", "directors", "nominees", "appointees"}
)
# A subject that is a body's work or duties, not the body ("The work of the Soot Hygiene
# Division consists of three main functions: ...", "The Division's mandate comprises ...").
_TOPIC_SUBJECT = lazy_pattern(
    r"\b(?:work|" + "|".join(sorted(TOPIC_OF_HEADS)) + r")(?:\s+of\b|\s*\Z)", re.IGNORECASE
)
# A subject that is a thing a body has, after its possessive ("The Division's budget
# consists of two votes: ...", "The Division's staff is made up of three cadres: ..."): its
# last word in lower case, no unit noun (staff aside: a body's people, not a part).
_POSSESSED_SUBJECT = lazy_pattern(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)\s*\Z")
# The nouns of the programs and projects a body runs, not its parts, in both spellings
# ("three programmes: A Programme, ...", "two projects: ..."); not the vocabulary's
# UNDERTAKING_NOUNS, the works of building something.
_PROGRAM_PLURALS = frozenset({"programs", "programmes", "initiatives", "projects", "schemes"})
# The nouns of the stages, the levels and the heads of a plan, a course or a law, no body's
# parts ("three phases: Survey, ...", "four pillars: ...", "four modules: ...").
_STAGE_NOUNS = frozenset(
    {"phases", "stages", "steps", "pillars", "modules", "levels", "tiers", "terms", "semesters"}
    | {"chapters", "themes", "priorities", "goals", "principles", "outcomes"}
)
# A subject that refers to the section's unit by a pronoun: "It is composed of ...".
_PRONOUN_SUBJECT = lazy_pattern(r"\s*(?:It|This|They)\s*\Z")


def composed_subject_is_body(subject: str, owner: str) -> bool:
    """Whether the words before a verb of composition name a body whose parts a count of any
    plural noun lists (``counted_parts_any_noun``): words with a unit noun ("The Marine
    Division", "The bureau"), "It" under the unit's heading, or the section's unit's own name
    ("Lamp Post Upkeep is comprised of three areas ..." under "Lamp Post Upkeep"); not a
    thing ("The National Youth Strategy comprises four pillars", "The induction course
    consists of four modules", "The academic year is made up of three terms")."""
    if _PRONOUN_SUBJECT.match(subject):
        return True
    words = set(name_tokens(subject)) - {"the"}
    return bool(words & UNIT_NOUNS) or (bool(words) and words <= set(name_tokens(owner)))


@rule("unit", off=None)
def counted_parts_any_noun(text: str, start: int, end: int) -> re.Match[str] | None:
    """A verb of composition right before a count of parts, whatever plural noun names them,
    then a colon or a dash and exactly as many capitalized names ("The Wick Division is
    comprised of three major areas of responsibility: Trimming, Dipping, and Braiding", "The
    Lamp Division is composed of two facilities: The Oil Depot and the Glass Works", "The
    Soot Office consists of three field stations -- A, B and C") names the subject's parts:
    the verb says the body is made of them and the count says how many there are, so the
    noun need not be a unit's (areas, facilities, stations, sites). The count must agree
    with the names listed, each capitalized and no post; the list ends where a clause
    begins (", and is responsible for ...", "C of which ... is an annex"). Only after a
    verb of composition (consists of, comprises, is comprised, composed or made up of):
    "has three areas of responsibility: ..." or "is organized into four functional areas:"
    list duties as often as parts, and a subject worded as a collegial body ("The Board is
    composed of five members: ...") names its members, not its parts. The nouns of units
    and of sections and committees are left to the rules that read them
    (``enumerated_units``, ``counted_sections``). The count's agreement with the names is
    checked by the reader of the list (``section_enumeration``).

    The noun may be any but a person's or a duty's: "consists of three members (judges,
    employees, directors): Justice A, ..." names persons whatever the subject is called ("The
    Tribunal", "It" under a board's heading), "four functions (activities, duties): ..." what
    the body does, "three programmes (projects, schemes): ..." what it runs, "three phases
    (pillars, modules, levels, terms): ..." the stages or heads of a plan, a course or a law.
    The subject must be a body: not a body's work or duties ("The work of the Soot Hygiene
    Division consists of ...") nor a thing it has ("The Division's budget consists of two
    votes", "The Division's staff is made up of three cadres"); and the reader of the list
    (``section_enumeration``) takes it only when its words hold a unit noun, are "It" or
    the section's unit's name (``composed_subject_is_body``), not a thing's ("The National
    Youth Strategy comprises four pillars", "The academic year is made up of three terms").
    The list's last name may take "the" ("the Oil Depot and the Glass Works"): that "and"
    opens no clause."""
    if not any(piece in text[start:end] for piece in ("consist", "compris", "compos", "made up")):
        return None
    match = COMPOSED_COUNT.search(text, start, end)
    if match is None or _COLLEGIAL_SUBJECT.search(text, start, match.start()):
        return None
    noun = match.group("noun").lower()
    if noun in PARTS_LISTING_NOUNS | _COUNTED_PART_NOUNS or noun[:-1] in UNIT_NOUNS:
        return None  # a unit's noun, or sections and committees: their own rules read them
    if noun in _PERSON_NOUNS or noun[:-1] in POSITION_WORDS or noun in TOPIC_OF_HEADS:
        return None  # persons ("three members", "two judges"), or duties ("four functions")
    if noun in _PROGRAM_PLURALS | _STAGE_NOUNS:
        return None  # "three programmes: ...", "three phases: ...": no parts of a body
    subject = text[start : match.start()]
    possessed = _POSSESSED_SUBJECT.search(subject)
    if possessed is not None and possessed.group("head") not in UNIT_NOUNS - {"staff"}:
        return None  # "The Division's budget consists of two votes: ...": no body
    if _TOPIC_SUBJECT.search(subject):
        return None  # "The work of the Soot Division consists of three functions: ..."
    if OTHERS_COUNTED.search(text[start : match.start()]):
        return None
    return match


def composed_list_end(listed: str) -> str:
    """A counted list of names cut where a clause after its last name begins, without the
    capitalized article that may open it after the colon (``counted_parts_any_noun``)."""
    listed = re.sub(r"^The\s+(?=[A-Z])", "", listed)  # "two facilities: The Oil Depot and ..."
    cut = _COMPOSED_LIST_END.search(listed)
    return listed[: cut.start()] if cut is not None else listed


def parts_listed(text: str, start: int, end: int) -> tuple[re.Match[str], int | None] | None:
    """Where a sentence lists a unit's parts after "consists of Divisions:" or after a count
    of them ("oversees five departments:"), with the count it gives. Both patterns try every
    word boundary (one case-insensitively) and need a colon, a dash after a space or a word
    that stands for a colon (``PARTS_MARK``), which most sentences lack: those are not
    searched."""
    if PARTS_MARK.search(text, start, end) is None:
        return None
    fragment = text[start:end]
    counted = (
        _COUNTED_PARTS.search(text, start, end)
        if _DIGIT.search(text, start, end) or may_hold_ignorecase(fragment, COUNTS)
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
            noun in PARTS_LISTING_NOUNS
            or noun[:-1] in UNIT_NOUNS - {"program", "section"}
            or counted_sections(noun, text[start : counted.start()])
        ):
            return counted, _count_of(counted)
    if any(piece in fragment for piece in _PARTS_COLON_PIECES):
        match = _PARTS_COLON.search(text, start, end)
        if match is not None and match.group("noun").lower() in PARTS_LISTING_NOUNS:
            return match, None
    composed = counted_parts_any_noun(text, start, end)
    if composed is not None:
        return composed, _count_of(composed)
    if not enabled("inline_colon_list"):
        return None
    dashed = dashed_parts(text, start, end)
    if dashed is not None:
        return dashed, None
    if ":" not in fragment:
        return None
    for pattern, may_match in (
        (FOLLOWING_PARTS, may_hold_ignorecase(fragment, ("following",))),
        (LEADS_PARTS, any(piece in fragment for piece in _LEADS_PARTS_PIECES)),
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
_COUNTED_VERB = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]hese|[Ii]ts)\s+(?P<count>"
    + "|".join(COUNTS)
    + r"|\d{1,2})(?P<figures>\s*\(\d{1,2}\))?\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+s)\s+"
    r"(?:include|are|comprise)"
    r"(?:\s*[:—–]\s*|\s+)(?=(?:the\s+)?[A-Z])"
)
_COUNTED_VERB_WORDS = (" include", " are", " comprise")


# "The Division is comprised of six functional units. They are: the A, B, ...": a count and
# its plural noun in one sentence, then "They are:" (or "These are as follows:") opening the
# next, the names following on the same line (``counted_then_named``).
_COUNTED_THEN_NAMED = lazy_pattern(
    r"\b(?P<count>\d{1,2}|" + "|".join(COUNTS) + r")(?P<figures>\s*\(\d{1,2}\))?\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z]+s)\b[^.;:]{0,120}[.;]\s+"
    r"(?:They|These)\s+are(?:\s+as\s+follows)?\s*:[^\S\n]*(?=(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
# The same without the colon, the names in the next sentence or the one after it: "Six
# divisions serve the ministry. Their work ... . They are Wicks, Oil, ..." (``named_after_count``).
_COUNTED_THEN_NAMED_BARE = lazy_pattern(
    r"\b(?P<count>\d{1,2}|" + "|".join(COUNTS) + r")(?P<figures>\s*\(\d{1,2}\))?\s+"
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
        noun in PARTS_LISTING_NOUNS
        or noun[:-1] in UNIT_NOUNS - {"program", "section"}
        or counted_sections(noun, text[start : match.start()])
    ):
        return None  # as a count before a colon: "This report has three sections." none
    return match, _count_of(match)


def named_after_count(
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


def counted_before_verb(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """Where a sentence counts a unit's parts before a verb of listing ("The five divisions
    include ..."), with the count (``count_agreement``)."""
    fragment = text[start:end]
    if not any(word in fragment for word in _COUNTED_VERB_WORDS) or not enabled("count_agreement"):
        return None
    match = _COUNTED_VERB.search(text, start, end)
    if match is None or match.group("noun").lower() not in PARTS_LISTING_NOUNS:
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
    r"(?P<count>(?i:" + "|".join(COUNTS) + r")|\d{1,2})\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<noun>(?i:[a-z]+s))"
)
_COUNTED_COMMA = lazy_pattern(
    r"\b" + _COUNT_QUALIFIED_NOUN + r",\s+(?=(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)


def counted_comma(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """Where a sentence counts a unit's parts before a comma and their names ("two Sections,
    A and B"), with the count (``count_comma_agreement``)."""
    fragment = text[start:end]
    if "," not in fragment or not enabled("count_comma_agreement"):
        return None
    if not (_DIGIT.search(text, start, end) or may_hold_ignorecase(fragment, COUNTS)):
        return None
    for match in _COUNTED_COMMA.finditer(text, start, end):
        noun = match.group("noun").lower()
        if noun not in PARTS_LISTING_NOUNS and not (
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
# "The seven divisions Wick Care, ...", "one of three divisions, namely Wicks, ...": a
# determiner or "one of" (in any case), a count and its noun (``_COUNT_QUALIFIED_NOUN``), then
# (after "namely" or nothing) a name's first letter, perhaps after "the" or an opening quote
# (``counted_apposition``).
_COUNTED_APPOSITION = lazy_pattern(
    r"\b(?:(?:[Tt]he|[Tt]hese|[Ii]ts)|(?P<among>(?i:one\s+of)))\s+"
    + _COUNT_QUALIFIED_NOUN
    + r"(?:,?\s+namely[,:;]?)?\s+(?=(?:the\s+)?"
    + OPENING_QUOTE
    + r"?[^\W\d_])"
)
# What may open an apposed name before its first letter: "the", an opening quote.
_APPOSED_OPENING = lazy_pattern(r"(?:the\s+)?" + OPENING_QUOTE + "?")
# A verb of reporting or working with right before "one of": "reports to one of two
# offices, namely A and B" names bodies above or beside the unit (:data:`OTHERS_VERB`).
_OTHERS_BEFORE_AMONG = lazy_pattern(OTHERS_VERB + r"\s+\Z")


def counted_apposition(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """Where a sentence sets a count of a unit's parts right before their names ("The seven
    divisions Wick Care, ...", "one of three divisions, namely Wicks, ..."), with the count
    (``counted_apposition``). A name opens with a capital letter, any script's ("Élan Care");
    a verb of reporting or working with before "one of" counts others (``OTHERS_VERB``)."""
    if not enabled("counted_apposition"):
        return None
    for match in _COUNTED_APPOSITION.finditer(text, start, end):
        if match.group("noun").lower() not in PARTS_LISTING_NOUNS:
            continue
        opening = _APPOSED_OPENING.match(text, match.end(), end)
        first = opening.end() if opening is not None else match.end()
        if not text[first : first + 1].isupper():
            continue  # "the three divisions and their yards": no name after the count
        if match.group("among") and _OTHERS_BEFORE_AMONG.search(text, start, match.start()):
            return None  # "reports to one of two offices, namely A and B": not its peers
        return match, _count_of(match)
    return None


# "The divisions are Wicks, Oil Supply, and Glass.", "Its offices include Wicks (trimming,
# soot) and Oil.": a definite plural unit noun opening a sentence, then "are" or "include"
# and a capitalized name (``definite_parts_named``).
_DEFINITE_VERB = lazy_pattern(
    r"\b(?:The|Its|Their)\s+(?P<noun>[a-z]+s)\s+(?:include|are)\s+(?=[A-Z])"
)


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
    if match is None or match.group("noun").lower() not in PARTS_LISTING_NOUNS:
        return None
    before = text[start : match.start()].strip()
    if before and not before.endswith("."):
        return None  # "Each of the divisions are ...", "In 2019 the divisions are ...": no opening
    if not before and "(" not in text[match.end() : end]:
        return None  # a sentence of its own with bare names: ``plural_noun_copula`` reads it
    pieces = definite_pieces(text[match.end() : end])
    if len(pieces) < 2 or not all(piece[:1].isupper() for piece in pieces):
        return None
    return match


# "the Lamp Academy in Oiltown, West Wick": a place after a name, a town and its state.
_PLACE_TAIL = lazy_pattern(
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


_AND_THE = lazy_pattern(r"\s+and\s+(?=the\s+[A-Z])")

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
_AND = lazy_pattern(r"\s+and\s+")


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


def list_pieces(listed: str, count: int | None) -> list[str]:
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
    if separator == ",":
        # "..., and the division of wicks, soot and flame": one name
        # (``areas_inside_headed_series``)
        pieces = join_continued_parts(pieces)
    if (
        separator == ";"
        and count is not None
        and len(pieces) < count
        and enabled("count_agreement")
    ):
        # "Four Divisions: A, B, C, and D; and the E Board": the counted list ends where the
        # list it stands in goes on (``count_agreement``)
        inner = list_pieces(pieces[0], count)
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


# Words before a counted plural noun that make its parts places ("three regional offices
# namely Lampton, Wickby and Oilford offices"), and the plural nouns whose bare names are as
# often towns as bodies: a shared noun of such a series names no bare parts
# (``series_noun_after_last_name``).
_PLACE_QUALIFIERS = frozenset(
    {"area", "county", "district", "field", "local", "provincial", "regional", "satellite", "zonal"}
)
_PLACED_NOUNS = frozenset(
    {"branches", "centers", "centres", "districts", "offices", "regions", "stations", "zones"}
)
# The nouns that word a name as a part of its own ("the Wick Office"): such a name shares
# no noun written after the series.
_WORDED_PART = PART_NOUNS | {"department"}
_SERIES_OPENING = lazy_pattern(r"^\s*(?:(?:and|or)\s+)?(?:the\s+)?")
# "... and Soot units and the Lamp Secretariat", "..., as well as the Lamp Registry": a body
# joined to the series after its noun.
_JOINED_AFTER_NOUN = lazy_pattern(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?(?=[A-Z])")


def _joined_after_noun(rest: str) -> str:
    """The name of a body joined by "and" to a series after its shared noun ("units and the
    Lamp Secretariat", "units, and the Lamp Registry which keeps files"), up to a comma or a
    relative clause; "" when what follows the noun is no such name."""
    joined = _JOINED_AFTER_NOUN.match(rest)
    if joined is None:
        return ""
    name = rest[joined.end() :].split(",", maxsplit=1)[0]
    clause = RELATIVE_CLAUSE.search(name)
    name = (name[: clause.start()] if clause is not None else name).strip()
    if not is_capitalized_name(name) or len(name.split()) > MAX_PART_WORDS:
        return ""
    return name


@rule("unit", off=None)
def series_noun_after_last_name(
    listed: str, noun: str, count: int, qualifier: str
) -> tuple[str, str] | None:
    """A counted series of bare names whose plural noun is written once, after the last of
    them, names each as a part of that kind: "five (5) units namely Wicks, Oil, Glass, Posts
    and Soot units and the Lamp Secretariat", "two (2) sections namely the Wick and Oil
    Sections which have a staff of ten". The count's own plural noun ("units", "sections")
    after the last name is the series' noun, not a part of that name: each name is the part
    as written ("Soot", "Oil"), and what follows the noun (a clause, "and the Lamp
    Secretariat") is no part of the series. Before, the last name kept the noun ("Soot
    units") or the series ran on to the sentence's end and was split at every "and" ("Oil
    Sections which have ... and unestablished staff"). Read only when the names before the
    noun agree with the count, each a short capitalized name with no unit noun of its own
    ("the Wick Office and Oil units" shares no noun), the noun goes on to no capitalized
    word (it opens no name: "Sections Secretariat"), and the parts are bodies, not places:
    not after a place's qualifier ("three regional offices namely A, B and C offices") nor
    for offices, branches, stations, centres, districts, regions or zones, whose bare names
    are towns as often. A body joined to the series by "and" after its noun ("... and Soot
    units and the Lamp Secretariat", "..., and the Lamp Registry which keeps files") is no
    counted part, but a part beside them all the same, as it was before the series was cut
    at its noun: losing it lost a unit the sentence names (or its parent, when another
    reader found it by its unit noun). Returns the series without the noun, and the name of
    such a body after it ("" when none)."""
    if count < 2 or noun.lower() in _PLACED_NOUNS:
        return None
    if _PLACE_QUALIFIERS & set(qualifier.lower().split()):
        return None
    found = re.search(r"(?<=[\w)])\s+(?i:" + re.escape(noun) + r")\b", listed)
    if found is None or re.match(r"\s+[A-Z]", listed[found.end() :]):
        return None
    series = listed[: found.start()]
    names = [_SERIES_OPENING.sub("", piece).strip() for piece in list_pieces(series, count)]
    if len(names) != count:
        return None
    for name in names:
        words = name.split()
        if (
            not name[:1].isupper()
            or not is_capitalized_name(name)
            or len(words) > MAX_PART_WORDS
            or any(
                w.lower() in _WORDED_PART or in_singular(w.lower()) in _WORDED_PART for w in words
            )
        ):
            return None
    return series, _joined_after_noun(listed[found.end() :])


# "A, which does this, B, which does that, and C, which ...": each part with its clause.
_DESCRIBED_PART = lazy_pattern(r"(?:^|[,;]\s*)(?:and\s+)?(?P<name>[A-Z][^,;]{0,60}?),\s+which\b")


# "six District Bureaus (Northeast, Lakeside and Western)", "its four agencies (Wick Care;
# Oil Supply; Lamp Parks; and Glass Repair)": a count, up to three words and a plural noun,
# then the names it counts in parentheses.
_PARENTHESIZED_PARTS = lazy_pattern(
    r"(?<![\w.])(?P<count>(?i:" + "|".join(COUNTS) + r")|\d{1,2})\s+"
    r"(?P<plural>(?:[A-Za-z][\w-]*\s+){0,3}?(?P<noun>[A-Za-z]+s))\s*\((?P<names>[^()]{3,400})\)"
)
_ITEM_OPENING = lazy_pattern(r"^(?:(?:and|or)\s+)?(?:the\s+)?", re.IGNORECASE)
MAX_PARENTHESIZED_NAME_WORDS = 6
# A label alone, a letter or a Roman numeral ("A", "II"): "two sections (A and B)" counts
# parts it only labels.
_BARE_LABEL = lazy_pattern(r"[A-Z]|X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3}")
# An acronym alone, capitals with no lower-case letter ("WO", "L&O"): "two offices (WO and
# OO)" names its parts by acronyms that some other sentence expands.
_ACRONYM_ALONE = lazy_pattern(r"[A-Z][A-Z&./-]*[A-Z]\.?")


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
    owners = section_owners(page, units, top)
    found: list[tuple[Unit, str]] = []
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM) or "(" not in block.text:
            continue
        if not _DIGIT.search(block.text) and not may_hold_ignorecase(block.text, COUNTS):
            continue  # the pattern tries every position; every match opens with a count
        owner = owners.get(block.start, top)
        for match in _PARENTHESIZED_PARTS.finditer(text, block.start, block.end):
            if not part_plural(match.group("noun")):
                continue
            pieces = _counted_names(match)
            if len(pieces) != count_value(match.group("count")):
                continue
            for name, start in pieces:
                if index.resolve(name) is not None:
                    continue
                unit = section_part(
                    text, name, start, owner, top, found_by="counted_parts_in_parentheses"
                )
                found.append((unit, match.group("plural")))
    return found


_COUNTED_BESIDES = lazy_pattern(
    r"(?<![\w.])(?P<count>\d{1,2}|" + "|".join(COUNTS) + r")(?:\s*\(\d{1,2}\))?\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,3}?(?P<noun>[A-Za-z]+s)"
    r"(?P<listed>\s*:\s[^:.]*?[,;])?,?\s+" + BESIDES + r"\s+"
    r"(?=(?:(?:the|an?)\s+)?[A-Za-z])",
    re.IGNORECASE,
)
# Where the names after the word end: a colon or a semicolon, a full stop (with or without
# the space after it) or a clause about the last name ("..., which trims the wicks"); an
# aside in parentheses after a name ("(OU)", "(see the chart below)") is no part of it.
_BESIDES_END = lazy_pattern(r"\s*(?:[:;]|\.(?=\s|[A-Z]|$)|,\s+(?:which|who|that|where)\b)")


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


_BESIDES_JOINT = lazy_pattern(r",\s*|\s+and\s+(?=(?:the|an?)\s)")
_ARTICLE = lazy_pattern(r"^(?:and\s+)?(?:the|an?)\s+")
# A unit noun in lower case opening a name before "of" or "for" ("an office of Glass Care").
_LOWER_NOUN_OF = lazy_pattern(r"(?P<noun>[a-z]+)\s+(?:of|for)\s+(?=[A-Z])")


def _besides_names(series: str) -> list[str] | None:
    """The names after the word that adds parts ("A, and B", "a Wick Unit and the Oil Unit
    (OU)", "an office of Glass"), parted at commas and at an "and" before an article or
    after a name ending in a unit noun; an aside in parentheses after a name (an acronym, "see
    the chart below") is no part of it, and a unit noun in lower case before "of" opens it
    capitalized. None when any is no short
    capitalized name or names a position."""
    names: list[str] = []
    for piece in _BESIDES_JOINT.split(series):
        for raw in such_as_names(piece.strip()):
            name = " ".join(without_acronyms(_ARTICLE.sub("", raw.strip())).split())
            lower = _LOWER_NOUN_OF.match(name)
            if lower is not None and lower.group("noun") in UNIT_NOUNS:
                name = name[:1].upper() + name[1:]
            if (
                not name
                or not is_capitalized_name(name)
                or not no_position(name)
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
    if noun in agency_words(top)[1]:
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
    if not re.search(BESIDES, text, re.IGNORECASE):
        return []
    owners = section_owners(page, units, top)
    found: list[Unit] = []
    for block in page.blocks:
        # a short lead-in before a colon is a label block ("The bureau has three branches:
        # A; B; and C, along with ..."), read as ``enumerated_units`` reads it
        if block.kind not in (PARAGRAPH, LIST_ITEM, LABEL):
            continue
        if not _DIGIT.search(block.text) and not may_hold_ignorecase(block.text, COUNTS):
            continue
        owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            for match in _COUNTED_BESIDES.finditer(text, start, end):
                if not part_plural(match.group("noun")) or of_partners(text[start : match.start()]):
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
                        unit_named(
                            text,
                            name,
                            written.start(),
                            holder,
                            found_by="counted_parts_besides",
                            parent_by=top_parent_by(top)
                            if holder is top
                            else "counted_parts_besides",
                            is_group=False,
                            end=written.end(),
                        )
                    )
    return found
