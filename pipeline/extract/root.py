"""Infer the agency a page describes (the root of its hierarchy).

In order: the agency named by the source's metadata; an acronym in the page title that the
page defines ("Offices Within FWS"); the subject of the introduction when it is defined with
an acronym ("Technology Transformation Services (TTS) consists of ..."); when the page title
is itself a unit ("Management is responsible for ... of the Department"), the first
department or agency the page names; finally the title itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from pipeline.extract.acronyms import AcronymDefinition, is_acronym
from pipeline.extract.alignment import initials_match
from pipeline.extract.names import (
    DASHES,
    HYPHENS,
    ends_with,
    name_tokens,
    names_position_only,
    title_case,
    unit_before_job_words,
    without_acronyms,
)
from pipeline.extract.units import Unit, ancestors
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LABEL, SECTION_NUMBER, Block, head_noun
from pipeline.text.hints import HEADING, LIST_ITEM, PARAGRAPH
from pipeline.text.sections import PageLayout, Section, is_section_label
from pipeline.text.vocabulary import (
    AUXILIARIES,
    BUSINESS_NOUNS,
    CAPITAL,
    CONNECTORS,
    FURNITURE_NOUNS,
    LEADING_VERBS,
    LINK_VERBS,
    LISTING_NOUNS,
    MORE_PREPOSITIONS,
    NUMBER_WORDS,
    ORGANIZATION_WORDS,
    POSITION_WORDS,
    PRESENT_VERB,
    SECTION_WORDS,
    UNIT_NOUNS,
)
from pipeline.text.words import in_singular

AGENCY_NOUNS = frozenset(
    {
        "Agency",
        "Administration",
        "Service",
        "Services",
        "Bureau",
        "Commission",
        "Enforcement",
        "Protection",
        "Department",
        "Corps",
        "Institute",
        "Authority",
        "Board",
        "Command",
        "Ministry",
    }
)
_AGENCY_NOUNS = ("Department", "Agency", "Administration", "Bureau", "Commission", "Ministry")


def _word_opening(words: str) -> str:
    """A pattern of ``words`` at a word's start: the first letter, then a look-behind that
    no word character stands before it (what a leading \\b says). Written so, every
    alternative of _AGENCY opens with a letter, and the pattern is tried only at those
    letters (with \\b and an optional "U.S. " first it was tried at every position of the
    page: 24 ms of a pass over the development pages, 4.7 ms now; the same matches)."""
    return words[0] + r"(?<!\w" + words[0] + ")" + re.escape(words[1:])


_AGENCY = re.compile(
    "(?:"
    + "|".join(
        [
            *(
                _word_opening(country) + "(?:" + "|".join(_AGENCY_NOUNS) + ")"
                for country in ("U.S. ", "United States ")
            ),
            *map(_word_opening, _AGENCY_NOUNS),
        ]
    )
    + r") (?:of |for )(?:the )?[A-Z][\w’'-]*(?:(?:,? and | of | for | )[A-Z][\w’'-]*)*"
)


@dataclass(frozen=True)
class Root:
    """The agency at the root: its name, acronym, and where the page names it."""

    name: str
    acronym: str | None
    start: int
    end: int
    title_is_unit: bool
    found_by: str = "root_from_title"
    # The position the page is about, a unit under the agency (``position_heads_agency``).
    head: Root | None = None


def _names_agency(name: str) -> bool:
    """Whether a name is an agency's: "... Enforcement", "Department of ...", "... Service"."""
    words = (title_case(name) if name.isupper() else name).split()
    return words[-1] in AGENCY_NOUNS or words[0] in ("Department", "Bureau", "Ministry")


def title_is_unit(page: PageLayout) -> bool:
    """Whether the page title names a unit that the introduction goes on to describe.

    The introduction opens with the title ("Management is responsible ..."), with a longer
    name ending in it, perhaps after its owner ("Treasury's Office of International Affairs
    protects ..."), or with the title's acronym ("TFI serves as ...").
    """
    if page.title is None or not page.intro:
        return False
    title = without_acronyms(page.title.text)
    tokens = name_tokens(title)
    first = page.intro[0]
    start, end = page.sentences(first.start, first.end)[0]
    opening = re.sub(r"^(?:The|the)\s+", "", page.text[start:end])
    if tokens and name_tokens(opening)[: len(tokens)] == tokens:
        return True
    phrases = [p for p in page.phrases(start, end) if p.start <= start + 40]
    if phrases and phrases[0].text.endswith(("'s", "’s")) and len(phrases) > 1:
        phrases = phrases[1:]
    if not phrases:
        return False
    subject = phrases[0].text.removesuffix("'s").removesuffix("’s")
    return ends_with(subject, title) or (is_acronym(subject) and initials_match(subject, title))


def _from_definition(definition: AcronymDefinition, is_unit: bool, found_by: str) -> Root:
    return Root(
        definition.expansion,
        definition.acronym,
        definition.expansion_start,
        definition.expansion_end,
        is_unit,
        found_by,
    )


def _without_nation(tokens: list[str]) -> list[str]:
    """A name's words without a leading "U.S." or "United States" ("U.S. Marshals Service"
    and "United States Marshals Service" are one name)."""
    if tokens[:2] == ["united", "states"]:
        return tokens[2:]
    return tokens[1:] if tokens[:1] == ["us"] else tokens


def _by_name(page: PageLayout, name: str, definitions: list[AcronymDefinition]) -> Root | None:
    tokens = _without_nation(name_tokens(name))
    for definition in definitions:
        if _without_nation(name_tokens(definition.expansion)) == tokens:
            return _from_definition(definition, title_is_unit(page), "root_from_metadata")
    found = re.search(re.escape(name), page.text, re.IGNORECASE)
    if found:
        return Root(name, None, found.start(), found.end(), title_is_unit(page))
    return None


register(
    "root_from_metadata",
    "root",
    """The agency that the source's metadata names (``sources.json``), where the page names
    it, with the acronym the page defines for it.""",
)
register(
    "root_from_title_acronym",
    "root",
    """An acronym in the page title that the page defines ("Offices Within FWS") names the
    agency.""",
)
register(
    "root_from_title_acronym_used",
    "root",
    """An acronym in the page title that the page does not define but goes on to use ("XYZ
    Organization Overview" over "XYZ's mission is ...") names the agency, by its acronym.""",
)
MIN_ACRONYM_USES = 2
_HAS_LETTER = re.compile(r"[A-Za-z]")
_TITLE_LEAD = re.compile(r"(?:About|Welcome to|Inside|Meet)\s+(?:the\s+)?")

register(
    "root_from_title_agency",
    "root",
    """A name in the page title worded like an agency ("Organizational components of the
    Federal Example Commission", "About the Example Affairs Department") is the agency,
    with the acronym the page defines for it.""",
)


# "Office of ..." in a title names the office the page is about (in prose, one of many).
_TITLE_OFFICE = re.compile(r"(?i:office) (?:of|for) ")


def _title_agency(page: PageLayout, definitions: list[AcronymDefinition]) -> Root | None:
    title = page.title
    assert title is not None
    for phrase in page.phrases(title.start, title.end):
        lead = _TITLE_LEAD.match(phrase.text)
        start = phrase.start + (lead.end() if lead else 0)
        name = page.text[start : phrase.end].removesuffix(".")
        name = unit_before_job_words(name) or name
        if len(name.split()) < 2 or not (_names_agency(name) or _TITLE_OFFICE.match(name)):
            continue
        acronym = _defined_acronym(name, definitions)
        end = start + len(name)
        return Root(title_case(name), acronym, start, end, False, "root_from_title_agency")
    return None


register(
    "root_from_manual_part",
    "root",
    """A manual's header that files the document under a numbered part named for a body
    ("Part 210:  Lantern Bureau" among "Series:", "Chapter 3:" lines) names the body the
    document organizes, whatever agency the banner above it names.""",
)
# A header line "Part 210: Name" alone on its line, among the lines before the first prose.
_MANUAL_PART = re.compile(r"(?m)^[ \t]*Part[ \t]+\d+[A-Z]?[ \t]*:[ \t]*(?P<name>[^\n]+?)[ \t]*$")
# How far into the page a manual's header runs.
MANUAL_HEADER_CHARS = 800


def _manual_part(page: PageLayout, definitions: list[AcronymDefinition]) -> Root | None:
    """The body a manual's numbered part names (``root_from_manual_part``)."""
    found = _MANUAL_PART.search(page.text, 0, MANUAL_HEADER_CHARS)
    if found is None or not _names_agency(found.group("name")):
        return None
    name = found.group("name")
    acronym = _defined_acronym(name, definitions)
    return Root(
        name, acronym, found.start("name"), found.end("name"), False, "root_from_manual_part"
    )


def _defined_acronym(name: str, definitions: list[AcronymDefinition]) -> str | None:
    """The acronym the page defines for a name, if it defines one."""
    tokens = name_tokens(name)
    return next((d.acronym for d in definitions if name_tokens(d.expansion) == tokens), None)


def _title_acronym_used(page: PageLayout) -> Root | None:
    if page.title is None or page.title.text.isupper():
        return None  # a title set in capitals: its words are not acronyms
    for match in re.finditer(r"[\w/&.-]+", page.title.text):
        token = match.group()
        if not is_acronym(token) or len(token) < 2 or not _HAS_LETTER.search(token):
            continue  # "1980", "17": a year or a number, not an acronym
        uses = len(re.findall(r"(?<![\w/&.-])" + re.escape(token) + r"(?![\w/&-])", page.text))
        if uses > MIN_ACRONYM_USES:
            start = page.title.start + match.start()
            return Root(
                token, token, start, start + len(token), False, "root_from_title_acronym_used"
            )
    return None


register(
    "root_from_intro_subject",
    "root",
    """The subject of the introduction, defined with an acronym at its start ("Lamp Wick
    Service (LWS) consists of ..."), is the agency.""",
)
register(
    "root_from_intro_agency",
    "root",
    """The first name in the introduction that is defined with an acronym and worded like an
    agency ("... Service", "Department of ...") is the agency.""",
)
register(
    "root_from_agency_phrase",
    "root",
    """The first "Department of ...", "Agency for ...", "Bureau of ..." phrase of the page names
    the agency; a phrase in a line the layout reads as furniture (an image's alternative text,
    a contact line) names none.""",
)


def _agency_phrase(page: PageLayout) -> tuple[re.Match[str] | None, bool]:
    """The first agency phrase of the page's content: one in a line the layout reads as
    furniture (an image's alternative text, a contact line) names no agency of the page.
    Also whether a phrase was passed over as one of the departments a plural over it names
    (then the page lists departments, and their city may be the root)."""
    parts: set[str] = set()
    passed = False
    for match in _AGENCY.finditer(page.text):
        at = page.block_index_before(match.start())
        if at >= 0 and match.start() < page.blocks[at].end:
            end = agency_series_end(page.text, match.end())
            if _listed_part(page, at, match.start(), end):
                continue
            if match.group() in parts or _named_part(page, at, match.start()):
                parts.add(match.group())  # named as a part once, a part wherever it stands
                continue
            if _after_its_plural(page, match):
                passed = True
                continue
            return match, passed
    return None, passed


register(
    "root_not_one_of_plural",
    "root",
    """A name worded like an agency whose noun the page's title or a heading over it sets in
    the plural ("Departments" over "The Lampton Department of Wicks mends ...", "Bureaux"
    over "the Bureau of Oil", "Sub-Departments" over "the Department of Oil") is one of the
    departments or bureaus the page lists, not the body the page describes: the agency
    phrase passes over it, and the body is read as if the page named no such phrase with
    that noun (a page titled as a list of departments still names the city or county they
    serve, ``root_from_listed_departments_jurisdiction``). A plural in a heading that stands
    beside the name's section, not over it ("Departments" in the section before "About
    us"), a title line the page's title passes over as a section label ("Departments" over
    the title "Wicks"), a plural in prose ("the Ministry and other Ministries") and a plural
    of another noun (a title "Bureaus" over "the Department of Wicks") leave the name the
    agency; so does a sentence that gives the name those units ("The Department of Lamps
    oversees the departments below", as ``one_of_listed_units`` reads it): it owns them.""",
)


def _after_its_plural(page: PageLayout, match: re.Match[str]) -> bool:
    """Whether the page's title or a heading over the agency phrase ``match`` sets its noun
    in the plural ("Departments" over "Department of Wicks"), and the phrase's sentence does
    not give it those units (``root_not_one_of_plural``)."""
    if not enabled("root_not_one_of_plural"):
        return False
    noun = next(w for w in match.group().split() if w in _AGENCY_NOUNS).lower()
    over = [*([page.title] if page.title else []), *_headings_over(page.sections, match.start())]
    plurals = {
        w
        for line in over
        for w in re.findall(r"[^\W\d_]+", line.text)
        if in_singular(w).lower() == noun
    }
    if not plurals:
        return False
    sentence = page.sentence_at(match.start())
    said = page.text[match.start() : sentence[1] if sentence else match.end()]
    return not any(_owns_units(said, plural) for plural in plurals)


def _headings_over(sections: list[Section], at: int) -> list[Block]:
    """The headings of the sections, nested or not, that hold the position ``at``."""
    for section in sections:
        if section.heading.start <= at < section.end:
            return [section.heading, *_headings_over(section.members, at)]
    return []


register(
    "root_not_a_named_part",
    "root",
    """A name worded like an agency that its sentence names after a verb of composition or
    oversight ("The Secretariat consists of three bureaus: the Bureau of Wicks, ...", "The
    Warden oversees the Bureau of Lamps", "has oversight over the Lamp Mint, the Bureau of
    Oil", "There is established within the board the: (a) Department of Oil") is one of the
    parts of the body the page describes, not that body: the agency phrase passes over it,
    there and wherever the page names it again (its heading further down), also right after
    the verb's own preposition ("consists of the Bureau of Wicks, the Bureau of Glass"). A
    name that a preposition owns ("oversees the staff of the Department of Lamps", "oversees
    and works with the Department of Wicks") is no such part; the verb is read in any case
    ("Including the Bureau of Wicks, ..." at a sentence's start).""",
)
# A verb that names a body's parts after it: "consists of", "comprises", "includes",
# "oversees", "is composed of", "is divided into", "established within".
_PART_VERB = re.compile(
    r"\b(?:consist(?:s|ing)?\s+of|compris(?:e|es|ing)|includ(?:e|es|ing)|oversee(?:s|ing)?"
    r"|oversight\s+(?:over|of)|composed\s+of|made\s+up\s+of|divided\s+into"
    r"|organi[sz]ed\s+into|established\s+within)\b",
    re.IGNORECASE,
)
# A preposition right before a name makes it the owner or the place of what comes before
# ("the staff of the Department of Oil"), not a part the verb names.
_OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:of|for|within|in|at|from|to|by|under|with)\s+(?:the\s+)?$"
)
# What stands between a verb of composition and the name it names first: "consists of the".
_VERB_TO_NAME = re.compile(r"\s+(?:the\s+)?")


def _named_part(page: PageLayout, at: int, start: int) -> bool:
    """Whether the name at ``start`` (in ``page.blocks[at]``) comes after a verb that names a
    body's parts in its sentence (``root_not_a_named_part``)."""
    if not enabled("root_not_a_named_part"):
        return False
    block = page.blocks[at]
    for begin, stop in page.sentences(block.start, block.end):
        if begin <= start < stop:
            verbs = list(_PART_VERB.finditer(page.text, begin, start))
            if not verbs:
                return False
            before = page.text[max(begin, start - 20) : start]
            if _OBJECT_OF_PREPOSITION.search(before):
                # the verb's own preposition ("consists of the Bureau of Wicks") owns nothing
                return _VERB_TO_NAME.fullmatch(page.text, verbs[-1].end(), start) is not None
            return True
    return False


register(
    "root_not_a_listed_part",
    "root",
    """A name worded like an agency that a list item holds alone ("(2) Department of Wicks;",
    "Wick Safety Administration (WSA);"), among items beside it at its depth, is one of the
    parts the page lists, not the agency the page is about: the agency phrase and the
    introduction's agency pass over it. So is such a name that opens a list item describing
    it ("Bureau of Wicks. Provides wick supply ...", "Department of Lamps The Director of
    Lamps ...") where the nearest item at its depth opens with an agency's name too, and one
    that a section heading holds alone ("Bureau of Wicks", "The Bureau of Lamps (BL)") where
    another section heading at its level is worded as an agency ("Department of Glass
    Care"): the page describes its parts section by section (its title lines are no such
    sections). The introduction's agency is passed over too where its definition opens a
    list item or a label ("- The Wick Supply Administration (WSA) keeps ...") beside one
    that opens with a capitalized name: each item defines one of the parts. So is the name
    defined at the opening of a paragraph where one of the two paragraphs after it opens by
    defining a name that opens with the same word ("The Office of Wick Supply (OWS) buys
    ...", "The Office of Glass Keeping (OGK) mends ..."): the page describes its parts a
    paragraph each, and the first sentence's subject is one of them, not the agency. So is
    a name that opens the paragraph right under a section heading naming it by its words
    ("Wick Supply" over "The Department of Wick Supply buys ..."), where another section
    heading at that level, no section label, is named so by the paragraph under it ("Glass
    Care" over "The Glass Care Division mends ..."): the first of the parts described
    section by section; a mark in brackets closing a heading ("[TOP]") is no word of it.""",
)
# What may stand around a name that a list item holds alone: a number before it, an acronym
# in parentheses and a closing mark after it.
_ITEM_NUMBER = re.compile(r"\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s*)?(?:[Tt]he\s+)?")
_ITEM_CLOSE = re.compile(r"\s*(?:\([A-Za-z&.-]{2,12}\))?\s*[;,.]?(?:\s*(?:and|or))?\s*")


def _listed_part(page: PageLayout, at: int, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is held alone by the list item ``page.blocks[at]``,
    among items at its depth (``root_not_a_listed_part``)."""
    if not enabled("root_not_a_listed_part"):
        return False
    blocks = page.blocks
    block = blocks[at]
    if block.kind == PARAGRAPH:
        return _opens_section_of_its_heading(page, at, start, end)
    if block.kind not in (LIST_ITEM, HEADING):
        return False
    text = page.text
    if not _ITEM_NUMBER.fullmatch(text, block.start, start):
        return False
    if not _ITEM_CLOSE.fullmatch(text, end, block.end):
        # "Bureau of Wicks. Provides ...": an item that describes the body it opens with,
        # beside an item that opens with an agency too
        sentence = _SENTENCE_OPENER.search(text, start, end)
        return (
            block.kind == LIST_ITEM
            and _DESCRIPTION_AFTER.match(text, sentence.start() if sentence else end) is not None
            and any(_opens_with_agency(page, i, block.level) for i in _items_beside(page, at))
        )
    if block.kind == HEADING:
        return _peer_heading_is_agency(page, block)
    beside = [blocks[i] for i in (at - 1, at + 1) if 0 <= i < len(blocks)]
    return any(b.kind == LIST_ITEM and b.level == block.level for b in beside)


def _opens_section_of_its_heading(page: PageLayout, at: int, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens the paragraph ``page.blocks[at]`` right under
    a section heading that names it, by its words or some of them ("Wick Supply" over "The
    Department of Wick Supply is ...", "BUREAU OF WICKS" over "The Bureau of Wicks is
    ..."), where another section heading at that heading's level, no section label, is
    named so by the paragraph under it too ("Glass Care" over "The Glass Care Division
    mends ..."): the page describes its parts section by section, and this is the first
    (``root_not_a_listed_part``)."""
    blocks = page.blocks
    if at == 0 or blocks[at - 1].kind != HEADING:
        return False
    if not _ITEM_NUMBER.fullmatch(page.text, blocks[at].start, start):
        return False
    heading = blocks[at - 1]
    if any(line.start == heading.start for line in page.title_lines):
        return False
    named = set(name_tokens(page.text[start:end])) - CONNECTORS
    heading_words = _heading_words(heading.text)
    if not named or not heading_words or not (named <= heading_words or heading_words <= named):
        return False
    titles = {line.start for line in page.title_lines}
    return any(
        other.kind == HEADING
        and following.kind == PARAGRAPH
        and other.level == heading.level
        and other.start != heading.start
        and other.start not in titles
        and not is_section_label(other.text)
        and _opens_with_heading_words(page, other, following)
        for other, following in pairwise(blocks)
    )


# A mark in brackets closing a heading: a link back to the page's top ("Wick Supply [TOP]").
_CLOSING_MARK = re.compile(r"\s*\[[^\[\]]*\]\s*$")


def _heading_words(text: str) -> set[str]:
    """A heading's words in lower case, without connectors or a closing mark in brackets."""
    return set(name_tokens(_CLOSING_MARK.sub("", text))) - CONNECTORS


# How many words past a heading's own a paragraph's opening name may run ("Wick Supply" over
# "The Department of Wick Supply Services ...").
_OPENING_SLACK = 4


def _opens_with_heading_words(page: PageLayout, heading: Block, paragraph: Block) -> bool:
    """Whether a paragraph opens, after "The", with a capitalized name that holds every
    word of the heading over it ("Glass Care" over "The Glass Care Division mends ...")."""
    words = _heading_words(heading.text)
    number = _ITEM_NUMBER.match(page.text, paragraph.start, paragraph.end)
    at = number.end() if number is not None else paragraph.start
    if not words or not page.text[at : at + 1].isupper():
        return False
    opening = page.text[at : paragraph.end].split()[: len(words) + _OPENING_SLACK]
    return words <= set(name_tokens(" ".join(opening)))


# What follows a body's name that opens a list item describing it: a sentence's end, a dash
# or a colon, or a sentence that opens right after it ("Bureau of Wicks The Chief ...").
_DESCRIPTION_AFTER = re.compile(
    r"\s*(?:\([A-Za-z&.-]{2,12}\)\s*)?(?:[.:–—-]\s+|\s+(?:The|This|It)\s)"
)
# A sentence's opening word that an agency's name runs on to when an item's description
# follows it with no mark between them ("Department of Lamps The Director ...").
_SENTENCE_OPENER = re.compile(r"\s(?=(?:The|This|It)\s)")


def _items_beside(page: PageLayout, at: int) -> list[int]:
    """The list items nearest before and after ``page.blocks[at]`` at its depth, in its run
    of list items (items of a deeper level may stand between them)."""
    blocks = page.blocks
    level = blocks[at].level
    found = []
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(blocks) and blocks[i].kind == LIST_ITEM and blocks[i].level > level:
            i += step
        if 0 <= i < len(blocks) and blocks[i].kind == LIST_ITEM and blocks[i].level == level:
            found.append(i)
    return found


def _opens_with_agency(page: PageLayout, at: int, level: int) -> bool:
    """Whether a list item at ``level`` opens with a name worded as an agency."""
    block = page.blocks[at]
    if block.kind != LIST_ITEM or block.level != level:
        return False
    return _opens_with_agency_name(page, block)


def _opens_listed_item(page: PageLayout, at: int, start: int) -> bool:
    """Whether the name at ``start`` opens the list item or label ``page.blocks[at]`` (its
    number or "The" before it), beside an item at its depth that opens with a capitalized
    name too ("Glass Care Administration (GCA) ...", not "It was founded ..."): one of the
    parts the page lists, an item each (``root_not_a_listed_part``)."""
    if not enabled("root_not_a_listed_part"):
        return False
    block = page.blocks[at]
    if block.kind == PARAGRAPH and _ITEM_NUMBER.fullmatch(page.text, block.start, start):
        return _defines_in_turn(page, at)
    if block.kind not in (LIST_ITEM, LABEL) or not _ITEM_NUMBER.fullmatch(
        page.text, block.start, start
    ):
        return False
    beside = [
        page.blocks[i]
        for i in (at - 1, at + 1)
        if 0 <= i < len(page.blocks)
        and page.blocks[i].kind == block.kind
        and page.blocks[i].level == block.level
    ]
    for other in beside:
        number = _ITEM_NUMBER.match(page.text, other.start, other.end)
        at_name = number.end() if number else other.start
        if _NAME_OPENING.match(page.text, at_name, other.end) is not None:
            return True
    return False


# A paragraph that opens by defining a name with its acronym: "The Wick Office (WO) keeps ...".
_OPENING_DEFINITION = re.compile(
    r"\s*(?:The\s+)?(?P<first>[A-Z][\w’'&,.-]*)(?:\s+[\w’'&,.-]+){0,12}?\s+\([A-Z][A-Za-z&]{1,9}\)"
)


def _defines_in_turn(page: PageLayout, at: int) -> bool:
    """Whether the paragraph ``page.blocks[at]`` and one of the two paragraphs after it each
    open by defining a name with its acronym, the two names opening with one word ("The
    Office of Wicks (OW) keeps ...", "The Office of Glass (OG) mends ..."): the page
    describes its parts a paragraph each (part of ``root_not_a_listed_part``)."""
    blocks = page.blocks
    opening = _OPENING_DEFINITION.match(page.text, blocks[at].start, blocks[at].end)
    if opening is None:
        return False
    head = opening.group("first")
    for following in blocks[at + 1 : at + 3]:
        if following.kind != PARAGRAPH:
            return False
        other = _OPENING_DEFINITION.match(page.text, following.start, following.end)
        if other is not None and other.group("first") == head:
            return True
    return False


# A capitalized name that opens a list item: two capitalized words, "of" or "and" between
# them ("Glass Care Administration", "Bureau of Wicks"), or one word its acronym, a colon or
# a dash follows ("Finance (FN) ...", "Records: ..."); not a sentence's first word ("It was
# founded ...", "Our keepers ...", "In 1901 ...").
_NAME_OPENING = re.compile(
    r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|&|on)\s+(?:the\s+)?)?[A-Z]|\s*(?:\([A-Z]|[:–—]|\s-\s))"
)


def _peer_heading_is_agency(page: PageLayout, heading: Block) -> bool:
    """Whether another section heading at the level of ``heading`` is worded as an agency:
    the page describes its parts side by side (``root_not_a_listed_part``)."""
    titles = {line.start for line in page.title_lines}
    if heading.start in titles:
        return False
    return any(
        other.kind == HEADING
        and other.level == heading.level
        and other.start != heading.start
        and other.start not in titles
        and _opens_with_agency_name(page, other)
        for other in page.blocks
    )


def _opens_with_agency_name(page: PageLayout, block: Block) -> bool:
    """Whether a block opens with a name worded as an agency, a number or "The" before it
    ("Department of Glass Care", "2. The Bureau of Oil"), not one that names an agency
    further on ("Our Partner, the Bureau of Oil", "Contact the Department of Wicks")."""
    number = _ITEM_NUMBER.match(page.text, block.start, block.end)
    at = number.end() if number is not None else block.start
    return _AGENCY.match(page.text, at, block.end) is not None


register(
    "agency_name_before_noun",
    "name",
    """An agency phrase's name may open before its noun with the capitalized words of a
    place or a field it is named for, on its line ("the Lampshire County Department of
    Wicks", "Chief Keeper, Wick Supply Agency of Lampland", a country's initialism: "the
    U.K. Department of Wicks"): the name is the whole run, not
    the phrase from its noun on ("Department of Wicks"); a heading that names the agency
    from its noun on ("About the Department of Wicks") still names it. A sentence's opening
    word ("The", "Our", "About", "Contact"), a possessive ("Lampshire's Department of
    Wicks": the place's department, named so by the page only) and a title's words
    ("Director", "Secretary") stand outside the name. Under a section heading whose words
    the grown name holds ("Braiding" over "the mission of the Lampton Bureau of Braiding"),
    the phrase is not grown: that name is the section's unit, a part the page names on its
    own; the heading that holds the phrase itself is no section over it but the agency's
    own line ("Lampshire Department of Wicks Organizational Structure").""",
)
# Capitalized words right before an agency's noun on its line ("Lampshire County "), each
# followed by one space; a country's initialism ("U.S. ", "U.K. ") is one such word, its
# full stops no sentence's end.
_NAME_BEFORE_NOUN = re.compile(r"(?:(?<![\w’'.&-])(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)[ ]){1,4}$")
# Words before an agency's noun that open a sentence, address the reader or name a post: no
# part of the agency's name.
_NOT_IN_NAME_BEFORE = frozenset(
    {
        *("The", "This", "These", "That", "Our", "Its", "Their", "His", "Her", "A", "An"),
        *("In", "At", "Of", "For", "To", "From", "With", "By", "On", "And", "Or", "As"),
        *("Welcome", "About", "Contact", "Home", "Visit", "See", "Under", "Within", "Email"),
        *("Director", "Secretary", "Minister", "Commissioner", "Chief", "Head", "Deputy"),
        *("Mission", "Vision", "Page", "Website", "Menu", "Search", "Skip", "Main"),
    }
)
# Words that are news right before an agency's noun ("New Department of Wicks opens") but
# open a place's name before another capitalized word ("New Lampshire Department of Wicks").
_NEWS_BEFORE_NOUN = frozenset({"New"})


def agency_name_from_noun(name: str) -> str | None:
    """The agency's name from its noun on, when place words open it ("Department of Wicks"
    of "Lampshire Department of Wicks"): a heading that names the agency so ("About the
    Department of Wicks") names it too (``agency_name_before_noun``)."""
    if not enabled("agency_name_before_noun"):
        return None
    found = re.search(r"(?<=[ ])(?:" + "|".join(_AGENCY_NOUNS) + r") (?:of|for) ", name)
    return name[found.start() :] if found is not None else None


def agency_name_start(page: PageLayout, start: int, end: int) -> int:
    """Where the agency's name that ``_AGENCY`` found at its noun (``start`` to ``end``)
    really starts: at the capitalized words of its line before it
    (``agency_name_before_noun``)."""
    if not enabled("agency_name_before_noun"):
        return start
    text = page.text
    run = _NAME_BEFORE_NOUN.search(text, max(0, start - 80), start)
    if run is None:
        return start
    kept: list[str] = []
    for word in reversed(run.group().split()):
        if word in _NOT_IN_NAME_BEFORE or (word in _NEWS_BEFORE_NOUN and not kept):
            break
        kept.insert(0, word)
    if not kept:
        return start
    begin = start - len(" ".join(kept)) - 1
    heading = _heading_over(page, start)
    if heading is not None and _heading_words(heading.text) <= (
        set(name_tokens(text[begin:end])) - CONNECTORS
    ):
        return start  # "Braiding" over "the Lampton Bureau of Braiding": the section's unit
    return begin


def _heading_over(page: PageLayout, at: int) -> Block | None:
    """The nearest heading before ``at`` that is no title line, if any: not the heading that
    holds ``at`` itself, which names the agency with its place words ("Lampshire Department
    of Wicks Organizational Structure")."""
    titles = {line.start for line in page.title_lines}
    for index in range(page.block_index_before(at), -1, -1):
        block = page.blocks[index]
        if block.start <= at < block.end:
            continue
        if block.kind == HEADING:
            return None if block.start in titles else block
    return None


register(
    "agency_series_name",
    "name",
    """An agency named for a series of portfolios, its items set off by commas and closed by
    "and" ("Ministry of Lamps, Wicks and Oil", "Department of Lamps, Glass Care, and Wicks"),
    is named by the whole series, not cut at its first comma (a series whose items hold an
    acronym or a name closed by a unit or agency noun lists other bodies: "a Ministry of
    Lamps, LQ Wicks and LQ Oil", "a Department of Lamps, Wick Supply Board and Glass Council";
    a bare noun is a portfolio: "Department of Lamps, Administration and Wicks").""",
)
# ", Glass Care, Wick Supply and Oil": up to four comma-set items of capitalized words, then
# "and" (after an optional comma) and the last item.
_SERIES_TAIL = re.compile(
    r"(?:,\s[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}){1,4},?\sand\s[A-Z][\w’'-]*"
    r"(?:\s[A-Z][\w’'-]*){0,3}\b"
)


def agency_series_end(text: str, end: int) -> int:
    """Where an agency's name that ``_AGENCY`` cut at a comma really ends: past the series
    its name goes on with (``agency_series_name``)."""
    if text[end : end + 1] != "," or not enabled("agency_series_name"):
        return end
    tail = _SERIES_TAIL.match(text, end)
    if tail is None or re.search(r"\b[A-Z]{2,}\b", tail.group()):
        return end  # "..., LQ Lamps and LQ Wicks": other bodies, named by their acronyms
    if any(_names_a_body(item) for item in re.split(r",\s|\sand\s", tail.group()[1:])):
        return end  # "..., Wick Supply Board and Glass Council": other bodies, by their nouns
    return tail.end()


def _names_a_body(item: str) -> bool:
    """A series item is a body of its own when a name comes before its body noun ("Wick
    Supply Board"); a bare noun ("Administration") is a portfolio the agency is named for."""
    words = item.split()
    return len(words) > 1 and words[-1].lower() in _BODY_NOUNS


# A series item holding one of these names a body of its own, not a portfolio ("services"
# names a portfolio as often: "Health and Human Services").
_BODY_NOUNS = (UNIT_NOUNS | {noun.lower() for noun in AGENCY_NOUNS}) - {
    "service",
    "services",
    "program",
    "enforcement",
    "protection",
}


register(
    "root_from_acronym_owner",
    "root",
    """An introduction that opens with an acronym ("OEX's responsibilities ...") under a
    generic title is about the unit of that acronym.""",
)
register(
    "root_from_title",
    "root",
    """Failing everything else, the page title names the agency.""",
)


def infer_root(
    page: PageLayout, definitions: list[AcronymDefinition], agency: str | None = None
) -> Root:
    """The root unit of the page: the first root strategy that applies; a position found so
    stands under the agency its first sentence names (``position_heads_agency``)."""
    root = root_possessive(
        root_title_topic_words(
            acronym_with_body_noun(
                page, title_acronym_with_name(page, _infer_root(page, definitions, agency))
            )
        )
    )
    if enabled("position_heads_agency") and _names_position(root.name):
        agency_root = _agency_the_position_heads(page, root, definitions)
        if agency_root is not None:
            return agency_root
    post = _post_opening_intro(page, root)
    if post is not None:
        agency_root = _agency_the_position_heads(page, post, definitions)
        if agency_root is not None:
            # the office heads the page's sections, unless they are offices beside it (the
            # title is then the first of them)
            beside = _sections_are_offices(page, root)
            return replace(agency_root, head=None if beside else root)
    if enabled("unit_of_agency") and root.found_by != "root_from_metadata":
        body = _body_the_unit_serves(page, root, definitions)
        if body is not None:
            return body
    holder = opening_subject_unit_of_body(page, root, definitions)
    if holder is not None:
        return holder
    return root


# The capitalized name run after a title's acronym: "Commission", "Office of the Director",
# "England", "National Lamp Service" (after a possessive), "Commission on Wick Safety".
_NAME_RUN_AFTER = re.compile(
    r"(?P<owner>['’]s)?[ \t]+(?P<run>[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|the|for|on|and|&)[ \t]+)*"
    r"[A-Z][\w’'&-]*)*)"
)


# A period right after the run with more capitalized words after it on the line: the run
# stopped inside a name at an abbreviation ("LSX St. Wick Office", "LSX No. 4 Lamp Unit").
_ABBREVIATION_CUT = re.compile(r"\.[ \t]+[A-Z0-9]")


@rule("root", off=lambda page, root: root)
def title_acronym_with_name(page: PageLayout, root: Root) -> Root:
    """A title's acronym that the root was read from may open a longer name that the title
    goes on with: "LU Commission Leadership" names the LU Commission, "LSX Office of the
    Director" the LSX Office of the Director, "LU Commission on Wick Safety" the whole name,
    "LS Wickland" LS Wickland; after a possessive, the name is the body the acronym's owner
    has: "About LSA's National Wick Service" names the National Wick Service. The root is
    that name, without the topic words after it ("Leadership", "Overview", "Organization"),
    when a unit noun heads it (a single word after the acronym is a name too: "LS
    Wickland"); an acronym alone in its title, or
    before topic words or other words only ("LSX Organization Overview", "LSX Program
    Boundary Maps"), stays the root; so does one before a single word that names a part of
    the site or a topic of the page ("LSX Home", "LSX Staff", "About LSX's Mission") or a
    date ("LSX January 2020"), or before a name that an abbreviation's period would cut
    ("LSX St. Wick Office")."""
    if root.found_by not in ("root_from_title_acronym", "root_from_title_acronym_used"):
        return root
    if root.acronym is None:
        return root
    for line in reversed(page.title_lines):
        found = re.search(r"(?<![\w/&.-])" + re.escape(root.acronym) + r"(?![\w/&-])", line.text)
        if found is None:
            continue
        at = line.start + found.end()
        after = _NAME_RUN_AFTER.match(page.text, at, line.end)
        if after is None:
            return root
        if _ABBREVIATION_CUT.match(page.text, after.end(), line.end):
            return root  # "LSX St. Wick Office": the run stops at an abbreviation's period
        run = after.group("run")
        for tail in (_TOPIC_TAIL, _TOPIC_TAIL_AFTER_BODY, _TOPIC_TAIL_OF_BODY):
            cut = tail.search(" " + run)
            if cut is not None:
                run = run[: max(cut.start() - 1, 0)].rstrip()
        run = re.sub(r"(?:[ \t]+(?:of|the|for|and|&))+$", "", run)
        if not run or {word.lower() for word in run.split()} <= ORGANIZATION_WORDS:
            return root
        if len(run.split()) == 1 and _names_page_part(run):
            return root  # "LSX Home", "About LSX's Mission": a part of the site, no body
        head = re.split(r"[ \t]+(?:of|for|on)[ \t]+", run)[0].split()
        if len(run.split()) > 1 and head[-1].lower() not in UNIT_NOUNS:
            return root  # "LSX Program Boundary Maps": no body's name, the acronym stays
        if after.group("owner"):
            start = after.start("run")
            return replace(root, name=run, acronym=None, start=start, end=start + len(run))
        start = line.start + found.start()
        name = f"{root.acronym} {run}"
        return replace(root, name=name, acronym=None, start=start, end=start + len(name))
    return root


# How often a page must call its acronym's body by the acronym and a body noun ("the LU
# Secretariat") for that body to be the root, unless it does so opening its introduction.
MIN_ACRONYM_BODY_USES = 2


@rule("root", off=lambda page, root: root)
def acronym_with_body_noun(page: PageLayout, root: Root) -> Root:
    """A root read as an acronym alone that the page never expands ("LU", from its title or
    the introduction's opening) is the body the page calls by that acronym and a body noun
    after "the" ("The LU Secretariat is headed by ...", "the staff of the LU Secretariat"):
    the organization's organ the page describes, not the organization. The noun must close
    the name ("the LU Board of Wicks" is another body, "The LU Organization Structure" a
    topic), and the page must say so more than
    once or open its introduction so; of several nouns ("the LU Secretariat", "the LU
    Council") the root is the one the page names more often than all others together: a page
    that names each of the organization's organs as often ("the LU Assembly", "the LU
    Council", "the LU Secretariat") describes the organization, which stays the root."""
    if root.acronym is None or root.name != root.acronym:
        return root
    if root.found_by not in ("root_from_title_acronym_used", "root_from_acronym_owner"):
        return root
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for match in re.finditer(
        r"\b[Tt]he " + re.escape(root.acronym) + r" (" + "|".join(_REFERRED_NOUNS) + r")\b"
        r"(?![\w-])(?!\s+(?:of|for)\b|[ \t]+[A-Z])",
        page.text,
    ):
        counts[match.group(1)] += 1
        first.setdefault(match.group(1), match.start())
    if not counts:
        return root
    noun, uses = counts.most_common(1)[0]
    if 2 * uses <= sum(counts.values()):
        return root  # "the LU Assembly", "the LU Council", "the LU Secretariat": its organs
    at = first[noun]
    opening = (
        bool(page.intro)
        and page.intro[0].start <= at < page.sentences(page.intro[0].start, page.intro[0].end)[0][1]
    )
    if uses < MIN_ACRONYM_BODY_USES and not opening:
        return root
    start = at + len("the ")
    name = f"{root.acronym} {noun}"
    return replace(root, name=name, acronym=None, start=start, end=start + len(name))


def _names_page_part(word: str) -> bool:
    """Whether a word alone after a title's acronym names a part of the site or a topic of
    the page ("Home", "Staff", "Mission", "News", "Directory", "Officials") or opens a date
    ("January 2020"), not a body."""
    lower = word.lower()
    return (
        lower in _TOPIC_WORDS
        or lower in FURNITURE_NOUNS
        or lower in BUSINESS_NOUNS
        or lower in POSITION_WORDS
        or lower in {"home", "officials"}
        or lower in _MONTHS
    )


# A month's name after a title's acronym opens a date ("LSX January 2020"), not a name.
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


# Words a title puts before a body's name to say what the page shows of it: "Organization of
# the Lamp Board", "Structure of the Wick Secretariat".
_TOPIC_LEAD_WORD = (
    r"(?:(?:Organi[sz]ation(?:al)?\s+)?Structure|Organi[sz]ation|Leadership|Divisions|Offices"
    r"|Departments|Units|Functions?|Roles?|Establishment|Mandate|Composition|Powers|Duties)"
)
_TOPIC_LEAD = re.compile(
    r"(?:(?:The\s+)?(?:Strategic\s+|Main\s+|Key\s+)?"
    + _TOPIC_LEAD_WORD
    + r"(?:(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)"
    + _TOPIC_LEAD_WORD
    + r")*\s+of|About)\s+(?:[Tt]he\s+)?(?=[A-Z])"
)
# A year after the body of a title that topic words lead ("Role of the Lamp Office 2007"): the
# edition of the page, no part of the name.
_TITLE_YEAR = re.compile(r"\s+(?:19|20)\d\d$")
# A separator a site's title ends with, its site name left out: "Wick Office |".
_TITLE_SEPARATOR_END = re.compile(r"\s+[|–—-]\s*$")
# Words a title puts after a body's name for the page's topic ("Lamp Board Leadership", "Wick
# Department At a Glance"), or to name the picture it shows ("Lamp Board banner", "Wick
# Office Logo"): none of them ends a body's name.
_TOPIC_TAIL = re.compile(
    r"(?:['’]s)?\s+(?:Leadership(?:\s+Team)?|At\s+a\s+Glance|Overview|(?:Media\s+)?Contacts"
    r"|(?:Organi[sz]ation(?:al)?\s+)?(?:Chart|Structure)"
    r"|(?:[Ww]eb(?:site)?\s+)?(?:[Bb]anner|[Ll]ogo|[Hh]eader\s+[Ii]mage)(?:\s+\d+\s*x\s*\d+)?)$"
)
# What a title or a site's header puts after a body's name that ends in a body noun: the
# body's manual ("Wick Division Manual > Chapter II") or the government it serves ("Lamp
# Relations Division Government of Lampshire"); after any other word, "Government of" is the
# name's own ("Department of Lamp Government of Lampshire").
_TOPIC_TAIL_AFTER_BODY = re.compile(
    r"\s+(?:(?:Manual|Handbook)(?:\s*>.*|\s+(?:Chapter|Part)\s+\w+)?"
    r"|Government\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|the|[A-Z][\w’'-]*))*)$"
)
# Words that end a body's name as often as they name a page's topic ("Office of Lamp
# Management", "Wick Bank Management"): dropped only where a body noun or an acronym is left.
_TOPIC_TAIL_OF_BODY = re.compile(
    r"\s+(?:(?:[Ss]enior\s+)?[Mm]anagement(?:\s+Team)?|Organi[sz]ation|Departments|Divisions"
    r"|Offices|Units)$"
)
_BODY_ENDS = frozenset({noun.lower() for noun in AGENCY_NOUNS} | UNIT_NOUNS) - {
    "service",
    "services",
    "enforcement",
    "protection",
    "staff",
    "team",
    "program",
    "group",
}


def _names_body(name: str) -> bool:
    """Whether a name left by a title names a body: it ends in a body noun ("Wick Bank",
    "Lamp Board", "City") or is an acronym, or it is worded like an agency or an office
    ("Office of Lamp Operations")."""
    if {word.lower() for word in name.split()} <= ORGANIZATION_WORDS:
        return False  # "Organization Chart": the topic alone
    return _ends_in_body(name) or _TITLE_OFFICE.match(name) is not None or _names_agency(name)


def _ends_in_body(name: str) -> bool:
    """Whether a body noun or an acronym ends a name ("Wick Bank", "City", "LWA"); a year or
    a number is no acronym ("January 2020")."""
    last = re.sub(r"['’]s$", "", name.rsplit(maxsplit=1)[-1])
    # "Lamps/Wicks": two words, no acronym; "2020": a year, no acronym
    acronym = is_acronym(last) and "/" not in last and not last.isdigit()
    return last.lower() in _BODY_ENDS or last in _REFERRED_NOUNS or acronym


@rule("root", off=lambda root: root)
def root_title_topic_words(root: Root) -> Root:
    """A title that names the body with the page's topic around it ("Organization of the
    Lamp Board", "Wick Agency Leadership", "Lamp Department At a Glance", "Glass Bank
    Management", "City Departments"), or a title that is the alternative text of the page's
    banner picture ("Wick Directorate banner", "Lamp Board Logo"), names the body without the
    topic or picture words: the root is "Lamp Board", "Wick Agency", "Glass Bank", "City",
    "Wick Directorate". So do "About the Wick Division", "Functions of the Lamp Office" and
    "Role of the Lamp Warden's Office" (not "Role of the Lamp Warden": a post alone names no
    body), and a title that ends in a site's separator ("Lamp Office |"); the page's first
    line, read as its title when it has none, is read alike. A word that may end a body's
    name ("Management", "Organization", "Departments") is dropped like the others only where
    what is left names a body: a body noun or an acronym ends it, or it is worded as an
    agency or an office ("Office of Lamp Management", "Our Structure", "Senior Management
    Chart" stay whole). Topic words may come in a series ("The Role and Structure of the
    Lamp Office", "Strategic Role and Function of the Wick Office", "Establishment of the
    Lamp Board of Wicks", a body noun before its last "of" naming a body too), and a year
    after the body of such a title is the page's edition ("Role of the Lamp Office 2019";
    with no topic words before it, "Lamp Office 2019" stays whole). So are a manual after a name
    that a body noun ends ("Wick Division Manual > Chapter II") and the government a site's
    header names after it ("Lamp Relations Division Government of the Republic of
    Lampshire"), not "Government of" after another word: "Department of Lamp Government of
    Lampshire" stays whole. An agency phrase read from the page's text is cut alike ("the
    Department of Wicks Organizational Structure", "the Lamp Board Logo")."""
    if root.found_by not in (
        "root_from_title",
        "root_from_title_agency",
        "root_from_first_line",
        "root_from_agency_phrase",
    ):
        return root
    name = _TITLE_SEPARATOR_END.sub("", root.name)
    lead = _TOPIC_LEAD.match(name)
    if lead is not None:
        name = _TITLE_YEAR.sub("", name[lead.end() :])
    tail = _TOPIC_TAIL.search(name)
    if tail is not None and tail.start() > 0:
        name = name[: tail.start()]
    tail = _TOPIC_TAIL_AFTER_BODY.search(name)
    if tail is not None and tail.start() > 0 and _ends_in_body(name[: tail.start()]):
        name = name[: tail.start()]
    tail = _TOPIC_TAIL_OF_BODY.search(name)
    if tail is not None and tail.start() > 0 and _ends_in_body(name[: tail.start()]):
        name = name[: tail.start()]
    name = name.strip()
    if name == root.name or not name or not (_names_body(name) or _body_of(name)):
        return root  # "Our Structure", "Leadership and Members": no body's name is left
    if root.end - root.start != len(root.name):  # a name not read where it stands
        return replace(root, name=name)
    start = root.start + root.name.find(name)
    return replace(root, name=name, start=start, end=start + len(name))


def _body_of(name: str) -> bool:
    """Whether a name is a body's of what it keeps, all in capitals: a body noun before its
    last "of" ("Lamp Board of Wick Standards", "Wick Valley Commission of Lampshire")."""
    words = name.split()
    if "of" not in words:
        return False
    before = words[: len(words) - 1 - words[::-1].index("of")]
    return (
        bool(before)
        and before[-1].lower() in _BODY_ENDS
        and all(w[:1].isupper() or w in CONNECTORS for w in words)
    )


# A possessive's ending: "Bureau's", "Bureau’s", "Lamp Keepers'".
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")


@rule("root", off=lambda root: root)
def root_possessive(root: Root) -> Root:
    """A page that names its agency as the owner of what it describes ("The Lamp Bureau's
    work addresses ...", "the Ministry of Wicks’ offices", "Lamp Keepers' staff") names the
    agency without the possessive's ending: the root is "Lamp Bureau", not "Lamp Bureau's"."""
    name = _POSSESSIVE_END.sub("", root.name)
    if name == root.name or not name.strip():
        return root
    if root.end - root.start != len(root.name):  # a name not read where it stands
        return replace(root, name=name)
    return replace(root, name=name, end=root.start + len(name))


register(
    "root_from_listed_departments_jurisdiction",
    "root",
    """A page titled as a list of departments ("Departments", "City Departments", "Department
    Directory", "The Five Major City Departments", or with the place's own words, read alike
    in both, marks and a possessive aside: "Lampton Departments", "City of Lampton
    Departments", "St. Lampton’s Departments") lists the departments of a local or state
    government: it is about the city, county or state it names ("City of Lampton", "Wick
    County", "Commonwealth of Lampshire"), on one line, not about the first department it
    names. A link's words before "County" are no part of it ("Search County Departments",
    "Visit Lampton County"), nor are a body noun or a word of the site's after "City of ..."
    ("City of Lampton Board", "City of Lampton News", "City of Lampton Home Page"). It is
    read only when the page names an agency phrase (a department it lists), in that phrase's
    stead; the place's name is the page's own text, its spaces as the page gives them.""",
)
# The words a title that lists departments may hold beside "Departments".
_LISTING_TITLE_WORDS = frozenset(
    {
        "the",
        "our",
        "all",
        "city",
        "county",
        "town",
        "village",
        "municipal",
        "government",
        "major",
        "main",
        "key",
        "descriptions",
        "description",
        "directory",
        "list",
        "listing",
        "index",
        "a-z",
    }
    | {word for word, number in NUMBER_WORDS.items() if number <= 10}
)
# A government of a place: "City of Lampton", "County of Wick", "State of Lampshire", "Wick
# County"; its words on one line (the title's line above is no part of it), an article or a
# determiner before "County" no part of its name ("The County offers ...", "the Wick County").
_JURISDICTION = re.compile(
    r"\b(?:(?:City|Town|Village|County|State|Commonwealth|Borough|Township)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}"
    r"|(?!(?:The|This|That|Our|Your|Its|Their|A|An|Each|Every|Any)\b)"
    r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2}[ \t]+County)\b"
)


# The words of a link or a menu before "County" that are no part of a county's name: "Search
# County Departments", "All County Offices", "Visit Lampton County".
_LINK_WORDS = LINK_VERBS | {"search", "browse", "all", "other", "more"}
# How far into the page the city, county or state is looked for: a place named further down
# ("a grant from the State of Lampshire") is seldom the page's own government.
MAX_JURISDICTION_AT = 2000


# The marks around a listing title's words: punctuation, the dashes and hyphens that set a
# place beside "Departments" ("Departments — City of Lampton", "Departments – Lampton").
_LISTING_MARKS = ".,:;|" + "".join(DASHES) + HYPHENS


def _listing_words(text: str) -> list[str]:
    """The words of a title or a place as ``lists_departments`` compares them: in lower case,
    without the marks around them or a possessive's ending ("St. Lampton’s Departments |":
    "st", "lampton", "departments")."""
    words = [_POSSESSIVE_END.sub("", word.strip(_LISTING_MARKS)) for word in text.lower().split()]
    return [word for word in words if word]


def _beside_departments(title: str) -> list[str] | None:
    """The words of a title beside its "Departments" (or "Department" with "Directory",
    "Descriptions" or "List"), or None when it names no departments."""
    words = _listing_words(title)
    if "departments" in words:
        return [word for word in words if word != "departments"]
    if "department" in words and {"directory", "descriptions", "list"} & set(words):
        return [word for word in words if word != "department"]
    return None


def names_departments(title: str) -> bool:
    """Whether a title names departments at all, whatever its other words ("Wickham
    Departments") (``root_from_listed_departments_jurisdiction``)."""
    return _beside_departments(title) is not None


def lists_departments(title: str, place: str = "") -> bool:
    """Whether a title lists departments: "Departments", "City Departments", "Department
    Directory", or those of the ``place`` it names ("Lampton Departments", "City of Lampton
    Departments", "St. Lampton’s Departments" of the page's "City of St. Lampton"), its
    words and the place's compared alike (``root_from_listed_departments_jurisdiction``)."""
    rest = _beside_departments(title)
    return rest is not None and set(rest) <= _LISTING_TITLE_WORDS | set(_listing_words(place))


def listed_departments_jurisdiction(page: PageLayout) -> Root | None:
    """The city, county or state a page of listed departments names first
    (``root_from_listed_departments_jurisdiction``)."""
    if page.title is None or not enabled("root_from_listed_departments_jurisdiction"):
        return None
    if not names_departments(page.title.text):
        return None  # "Wick Supply News": no departments named
    for match in _JURISDICTION.finditer(page.text, 0, MAX_JURISDICTION_AT):
        # each word with its end in the page, so the name is the page's own text
        spans = [(w.group(), match.start() + w.end()) for w in re.finditer(r"\S+", match.group())]
        words = [word for word, _ in spans]
        start = match.start()
        if words[-1] == "County" and words[0].lower() in _LINK_WORDS:
            # "Visit Lampton County": the link's verb goes
            start += match.group().index(words[1], len(words[0]))
            words, spans = words[1:], spans[1:]
        if len(words) > 1:
            break
    else:
        return None  # "Search County Departments": a link's words, no county
    if words[-1] != "County":  # "City of Lampton Board": the place ends before "Board"
        place = 2 + (words[2] == "the")
        for at in range(place + 1, len(words)):
            # "City of Lampton News", "City of Lampton Departments Directory": the site's
            # words after the place end it too
            if words[at].lower() in _BODY_ENDS or _names_page_part(words[at]):
                words, spans = words[:at], spans[:at]
                break
    end = spans[-1][1]
    if not lists_departments(page.title.text, page.text[start:end]):
        return None  # "Lampton Departments" over "the City of Wick"
    return Root(
        page.text[start:end],
        None,
        start,
        end,
        False,
        "root_from_listed_departments_jurisdiction",
    )


def _infer_root(
    page: PageLayout, definitions: list[AcronymDefinition], agency: str | None = None
) -> Root:
    by_acronym = {definition.acronym: definition for definition in definitions}
    is_unit = title_is_unit(page)
    if agency and enabled("root_from_metadata"):
        found = _by_name(page, agency, definitions)
        if found:
            return replace(found, found_by="root_from_metadata")
    if enabled("root_from_title_acronym"):
        for line in reversed(page.title_lines):
            for token in re.findall(r"[\w/&.-]+", line.text):
                if is_acronym(token) and token in by_acronym:
                    return _from_definition(by_acronym[token], is_unit, "root_from_title_acronym")
    if enabled("root_from_manual_part"):
        part = _manual_part(page, definitions)
        if part is not None:
            return part
    if enabled("root_from_title_agency") and page.title is not None:
        named = _title_agency(page, definitions)
        if named is not None:
            return named
    if enabled("root_from_title_acronym_used"):
        used = _title_acronym_used(page)
        if used is not None:
            return used
    if page.intro and not is_unit and enabled("root_from_intro_subject"):
        first = page.sentences(page.intro[0].start, page.intro[0].end)[0]
        intro_at = page.blocks.index(page.intro[0]) if page.intro[0] in page.blocks else -1
        for definition in definitions:
            if first[0] <= definition.expansion_start <= first[0] + 4:
                if intro_at >= 0 and _opens_listed_item(page, intro_at, definition.expansion_start):
                    break  # "The Wick Office (WO) ...", then "The Glass Office (GO) ...": a part
                return _from_definition(definition, is_unit, "root_from_intro_subject")
    opening = None if is_unit else _opening_acronym(page, by_acronym)
    if opening is not None:
        return opening
    intro_end = page.intro[-1].end if page.intro else 0
    if enabled("root_from_intro_agency"):
        for definition in definitions:
            if definition.expansion_start < intro_end and _names_agency(definition.expansion):
                at = page.block_index_before(definition.expansion_start)
                if at >= 0 and (
                    _listed_part(page, at, definition.expansion_start, definition.expansion_end)
                    or _opens_listed_item(page, at, definition.expansion_start)
                ):
                    continue
                return _from_definition(definition, is_unit, "root_from_intro_agency")
    match, listed = _agency_phrase(page) if enabled("root_from_agency_phrase") else (None, False)
    if match or listed:
        # a department the page lists, one the agency phrase passed over as such too
        jurisdiction = listed_departments_jurisdiction(page)
        if jurisdiction is not None:
            return jurisdiction
    subject = referred_subject(page)
    if match and page.title is not None and is_section_label(page.title.text):
        referred = _referred_first(page, match.start())
        if referred is not None:
            return referred
    if match and page.title is not None and enabled("root_from_title_unit"):
        named = title_unit_name(page)
        if named is not None:
            return named
    if match:
        end = agency_series_end(page.text, match.end())
        start = agency_name_start(page, match.start(), end)
        return Root(
            page.text[start:end],
            None,
            start,
            end,
            is_unit,
            "root_from_agency_phrase",
        )
    if agency:
        title = page.title
        start, end = (title.start, title.end) if title else (0, 0)
        return Root(agency, None, start, end, False, "root_from_metadata")
    owner = _acronym_owner(page) if enabled("root_from_acronym_owner") else None
    if owner is not None and (page.title is None or is_section_label(page.title.text)):
        return owner
    if page.title is not None and is_section_label(page.title.text):
        subject = intro_subject_under_label(page)
        if subject is not None:
            return subject
        referred = referred_body(page)
        if referred is not None:
            return referred
    if page.title is not None and (
        names_topic_only(page.title.text) or names_document_reference(page.title.text)
    ):
        referred = referred_body(page)
        if referred is not None:
            return referred
    if page.title is not None and (
        is_section_label(page.title.text) or names_topic_only(page.title.text)
    ):
        owner_of_structure = intro_structure_owner(page)
        if owner_of_structure is not None:
            return owner_of_structure
    if page.title is not None and names_units_in_plural(page.title.text):
        # the subject of an introduction under the title; a paragraph under the first
        # heading opens the first of the units the title names
        readers = (intro_subject_under_label,) if page.intro else ()
        for read in (*readers, intro_structure_owner):
            found = read(page)
            if found is None:
                continue
            # the subject's sentence, which may say it owns the units the title names
            sentence = page.sentence_at(found.start)
            said = page.text[found.start : sentence[1] if sentence else found.end]
            if not one_of_listed_units(found.name, page.title.text, said):
                return found
    if (
        page.title is not None
        and names_no_body(page.title.text)
        and not re.search(
            r"(?<!\w)" + re.escape(page.title.text.strip()) + r"(?!\w)",
            page.text[page.title.end :],
        )
    ):
        # a title the page names again ("Lamp Works" over "The Lamp Works keeps ...") is
        # the body's own name
        named = opening_agency_name(page)
        if named is not None:
            return named
    if page.title is not None:
        if subject is not None and not names_subject_in_full(page.title.text, subject.name):
            return subject  # "The Library is governed ..." under "Lamp Keeping"
        title = page.title
        name = title_case(without_acronyms(title.text))
        return Root(name, None, title.start, title.end, False, "root_from_title")
    if owner is not None:
        return owner
    return _first_line_root(page)


register(
    "root_title_names_units",
    "root",
    """A title that names the page's units in the plural, after words of their kind
    ("Specialized Trimming Units", "Bureaus and Units", "Departmental Divisions"), names
    no body: it is read as a section label is, the root being the subject the introduction
    under it opens with ("The Lamp Keeper's Office is organized into ..."; not a paragraph
    under the first heading, which opens the first of the units) or the owner of the
    structure it describes, before the title itself (a body the page only refers to, "the
    Council", is not enough: "Lamp Departments" may name the departments of a place). A
    subject worded as one of those units ("The Wick Division has crews ..." under "Wick and
    Lamp Divisions") is not the body but a unit under it, though the title shares its words.
    Not a title whose words name the body that has the units ("City Departments", "Wick
    Office Divisions", "Lamp Keeper's Units").""",
)
# Most words a title naming units in the plural holds.
MAX_UNITS_TITLE_WORDS = 4


def title_words(title: str) -> list[str]:
    """A title's words as written, without the marks between them ("Lamp Departments |",
    "Lamp Departments - Lampton": "Lamp", "Departments", "Lampton")."""
    return re.findall(r"[A-Za-z][\w’'-]*", title)


def names_units_in_plural(title: str) -> bool:
    """Whether a title names the page's units in the plural (``root_title_names_units``):
    a plural unit noun closes it, no "of" or "for" names their owner, and it is short."""
    return enabled("root_title_names_units") and _names_units_in_plural(title)


def _names_units_in_plural(title: str) -> bool:
    """Whether a title names units in the plural, as ``names_units_in_plural`` reads it; no
    rule of its own (read by ``root_title_names_units`` and ``root_owner_of_titled_units``,
    each behind its own switch)."""
    words = title_words(title)
    if not 0 < len(words) <= MAX_UNITS_TITLE_WORDS:
        return False
    if words[-1].lower() not in LISTING_NOUNS - PROGRAM_LISTING:
        return False
    # "City Departments", "Wick Office Divisions", "Keeper's Units": a body owns the units
    bodies = UNIT_NOUNS | {noun.lower() for noun in (*AGENCY_NOUNS, *_REFERRED_NOUNS)}
    return not any(
        w.lower() in ("of", "for") or w.lower() in bodies or w.endswith(("'s", "’s"))
        for w in words[:-1]
    )


def one_of_listed_units(name: str, title: str, sentence: str = "") -> bool:
    """Whether a name is one of the units a title names in the plural
    (``root_title_names_units``): its last word is the singular of the title's ("The Wick
    Division keeps ..." under "Wick and Lamp Divisions"), so it is no body the title names;
    not when its ``sentence`` gives it those units ("The Lamp Division is organized into the
    regional divisions below" under "Regional Divisions": it owns them)."""
    if not names_units_in_plural(title):
        return False
    plural = title.rsplit(maxsplit=1)[-1].lower()
    if name.rsplit(maxsplit=1)[-1].lower() != in_singular(plural):
        return False
    return not _owns_units(sentence, plural)


def _owns_units(sentence: str, plural: str) -> bool:
    """Whether a name's ``sentence`` gives it the units ``plural`` names ("is organized
    into", "oversees", "includes", "has ... departments"): it owns them, it is none of them."""
    owns = re.compile(
        r"\b(?:organi[sz]ed|divided|structured)\s+into\b|\bconsists?\s+of\b|\bcompris"
        r"|\boversees\b|\bincludes?\b|\b(?:has|have)\b[^.;]*\b" + re.escape(plural) + r"\b",
        re.IGNORECASE,
    )
    return owns.search(sentence) is not None


# Plural nouns of programs and places, no units: "Lamp Programs", "Wick Centers".
PROGRAM_LISTING = frozenset({"programs", "centers", "centres", "elements"})


register(
    "root_from_intro_subject_under_label",
    "root",
    """A page titled only by a section label ("About Us", "Organisation Structure",
    "Leadership") is about the subject its introduction opens with: a capitalized name,
    possessive or not, before its verb "to be" or "to have" ("Lampshire Lamp Works is one
    of ...", "Lampshire Customs' work is performed by ...", "LW is organized into ..."),
    not about the label; so is a subject worded as a body before a verb of function in the
    present ("The Wick Keeper's Office provides ...", "The Lamp Office (LO) administers ..."),
    in the introduction's first paragraph, in the one after a quoted mission that opens it,
    or in the page's first paragraph where the site's menu headings stand under the title.
    (A subject that "comprises" or "oversees" parts is a unit the page is about, not the
    agency.)""",
)


def opening_name(*, lazy: bool) -> str:
    """The pattern of a capitalized name opening a sentence (after "The"), as group "name":
    its words joined by "of", "for", "and", "&" or "the", a word perhaps an owner's
    ("Warden's"); run to its shortest (``lazy``) or longest end before what follows."""
    word = CAPITAL + r"[\w&./’'-]*"
    more = r"(?:\s+(?:of|for|and|the|&|(?!The\s)" + word + "))*" + ("?" if lazy else "")
    return r"\s*(?:The\s+)?(?P<name>" + word + more + ")"


# The name an introduction opens with, before a verb ("is", "has", "oversees", "was
# founded"), perhaps as a possessive with the noun it owns ("X's work is").
_OPENING_SUBJECT = re.compile(
    opening_name(lazy=True) + r"(?:['’]s?(?:\s+[a-z]+)?)?\s+(?:is|are|was|were|has|have)\b"
)
# Words that open a sentence without naming its subject.
_NO_SUBJECT = frozenset({"There", "The", "This", "These", "It", "We", "Our", "In", "A", "An"})


# The same subject before a verb of function in the present, perhaps after its acronym in
# parentheses and an adverb ("The Lamp Office (LO) provides ...", "The Wick Office currently
# employs ..."): such a subject must be worded as a body.
_OPENING_BODY_SUBJECT = re.compile(
    opening_name(lazy=True) + r"(?:\s+\((?P<acronym>[A-Z][A-Za-z&]{1,9})\))?(?:\s+[a-z]+ly)?\s+"
    r"(?!(?:comprises|oversees|includes|contains|houses|consists)\b)[a-z]{3,}(?<![su]s)s\b"
)


def intro_subject_under_label(page: PageLayout) -> Root | None:
    """The subject the introduction opens with, under a title that is a section label
    (``root_from_intro_subject_under_label``): before "to be" or "to have", or worded as a
    body before a verb of function in the present ("The Lamp Office provides ..."), in the
    introduction's first paragraph, the one after a quotation that opens it, or the page's
    first paragraph where headings of the site's menu stand between it and the title."""
    if not enabled("root_from_intro_subject_under_label"):
        return None
    if not page.intro:
        return _body_subject(page)
    first = page.intro[0]
    match = _OPENING_SUBJECT.match(page.text, first.start, first.end)
    if match is None:
        return _body_subject(page)
    name = match.group("name")
    acronym = name if is_acronym(name) else None
    if name.split()[0] in _NO_SUBJECT or (len(name.split()) < 2 and acronym is None):
        return None  # "The Board is ...": a noun alone names no agency
    start = match.start("name")
    return Root(
        name, acronym, start, start + len(name), False, "root_from_intro_subject_under_label"
    )


def _body_subject(page: PageLayout) -> Root | None:
    """A subject worded as a body before a verb of function in the present, opening the
    introduction, its paragraph after a quotation ("“Our mission is ...”"), or the page's
    first paragraph when no introduction stands under the title."""
    if page.intro:
        quoted = page.text[page.intro[0].start : page.intro[0].end].lstrip()[:1] in ("“", '"')
        candidates = page.intro[:2] if quoted else page.intro[:1]
    else:
        candidates = [block for block in page.blocks if block.kind == PARAGRAPH][:1]
    for block in candidates:
        match = _OPENING_BODY_SUBJECT.match(page.text, block.start, block.end)
        if match is None:
            continue
        name = match.group("name")
        if name.split()[0] in _NO_SUBJECT or len(name.split()) < 2 or not _names_body(name):
            return None
        start = match.start("name")
        return Root(
            name,
            match.group("acronym"),
            start,
            start + len(name),
            False,
            "root_from_intro_subject_under_label",
        )
    return None


register(
    "root_from_intro_structure_owner",
    "root",
    """A page titled only by a section label ("Organisation Structure", "Our governance")
    whose introduction says whose structure it shows ("The organisation structure of the
    Lampshire Wick Office consists of ...", "The main bodies at the Lamp Standards Office",
    "The macro structure of the LWO comprises ...") is about that owner: the root is the
    name after "structure of the", "bodies at the", "divisions of the", not the label. A
    place the parts sit in ("six directorates at the Zonal Offices") is no owner, nor is a
    name after "at", "in" or "within" that names no body or names a place ("offices in the
    Wick Valley", "units in the Lampcoast Region"). The name ends with its sentence ("the
    Lamp Office. Wick Care is ..." names the Lamp Office), and before a single word that
    commas set off after it, a place ("the Lamp Office, Lampton, consists of ..."). The owner
    is worded as a body: a body noun or an acronym ends it or one of its comma-set parts
    ("the Lamp Warden's Office, Wick Care"); a law, a plan or an event is none ("the
    structure of the Lamp Act", "the organisation of the Wick Festival").""",
)
# "structure of the Lamp Office", "bodies at the Lamp Office", "divisions of the LWO": the
# owner's name, capitalized words (with "of", "and", "for", "&" and commas between them) on
# one line.
_STRUCTURE_OWNER = re.compile(
    r"\b(?:structure|organi[sz]ation|bodies|units|divisions|departments|directorates|offices"
    r"|components)\s+(?:of|(?P<where>at|in|within))\s+the\s+"
    r"(?P<name>[A-Z][\w’'&.-]*(?:(?:[ \t]+(?:of|and|for|&|the)|,)?[ \t]+[A-Z][\w’'&.-]*)*)"
)
# The places a body's parts sit in, not the body: "the Zonal Offices", "the Lamp Headquarters".
_PLACE_OF_WORK = re.compile(
    r"(?:(?:Head|Main|Central|Regional|Field|Area|District|Zonal|Branch)\s+Offices?"
    r"|Headquarters)"
)
# A period that ends a sentence inside the words read as a name: after a word of two lower-case
# letters or more ("Office. Wick"), not after an initial ("U.S.") or "St.".
_SENTENCE_END_IN_NAME = re.compile(r"(?<=[a-z]{2})\.[ \t]+")
# A place's last word: after "in", "at" or "within" such a name is where parts sit, not their
# owner ("units in the Lampcoast Region").
_PLACE_NOUN = re.compile(r"\b(?:Regions?|Provinces?|Zones?|Areas?|Districts?|Counties|States)$")
# How far after the title the owner is looked for (the introduction, or the first section's
# text when a heading opens the page's body).
MAX_STRUCTURE_OWNER_AT = 400


def intro_structure_owner(page: PageLayout) -> Root | None:
    """The owner of the structure the text after the title describes, under a section label
    (``root_from_intro_structure_owner``)."""
    if page.title is None or not enabled("root_from_intro_structure_owner"):
        return None
    start = page.title.end
    match = _STRUCTURE_OWNER.search(page.text, start, start + MAX_STRUCTURE_OWNER_AT)
    if match is None:
        return None
    # the sentence ends at a word's period and a space ("the Lamp Office. Wick Care is ..."),
    # not at an initial's or a short abbreviation's ("U.S. Lamp Office", "St. Wick Office")
    name = _SENTENCE_END_IN_NAME.split(match.group("name"), maxsplit=1)[0].rstrip(".")
    head, comma, last = name.rpartition(", ")
    if (
        comma
        and len(last.split()) == 1
        and page.text.startswith(",", match.start("name") + len(name))
    ):
        name = head  # "the Lamp Office, Lampton, consists of": a place set off by commas
    acronym = name if is_acronym(name) else None
    if len(name.split()) < 2 and acronym is None:
        return None  # "the Office": a noun alone, which the referred body reads
    if _PLACE_OF_WORK.fullmatch(name):
        return None  # "six directorates at the Zonal Offices": where the parts sit
    if not any(_names_body(part) for part in name.split(", ")):
        return None  # "the structure of the Lamp Act", "in the Wick Valley": no body
    if match.group("where") is not None and _PLACE_NOUN.search(name) is not None:
        return None  # "units in the Lampcoast Region": a place
    begin = match.start("name")
    return Root(name, acronym, begin, begin + len(name), False, "root_from_intro_structure_owner")


register(
    "root_from_referred_body",
    "root",
    """A page titled only by a section label ("Organization", "Our Structure", "How the
    Board works") whose introduction names no subject, and that refers to the body it
    describes by a body noun alone after "the" ("The Board consists of seven keepers ...",
    "the Commission is composed of ...", "staff of the Council"), is about that body: the
    root is the noun it refers to most often ("Board"), not the label. A title whose words
    all name what the page shows of a body ("Departments", "Components of the agency",
    "Pattern of organization", "Leadership and Members") is read as such a label. A noun the
    introduction's first sentence refers to comes first ("There are two wings in the
    Office ..."), and it names the body ahead of an agency phrase that stands after it
    ("The Commission is independent from the Department of Lamps", an act's name further
    down). A noun before "of" or "for" opens a longer name ("the Board of Wicks"), not a
    reference.""",
)
# The nouns a page refers to its own body by, capitalized after "the": "the Board".
_REFERRED_NOUNS = (
    "Board",
    "Commission",
    "Office",
    "Department",
    "Agency",
    "Council",
    "Corporation",
    "Court",
    "Tribe",
    "District",
    "City",
    "County",
    "Bank",
    "Organization",
    "Organisation",
    "Secretariat",
    "Bureau",
    "Ministry",
    "Authority",
    "Administration",
    "Division",
    "Assembly",
    "Institution",
    "Institute",
    "Foundation",
    "Conference",
    "Municipality",
    "Library",
)
# One of those nouns, as the pattern's first group.
_REFERRED_NOUN = r"(" + "|".join(_REFERRED_NOUNS) + r")\b"


def _not_before(words: Iterable[str], space: str = r"\s+") -> str:
    """A look-ahead that none of ``words`` follows a body's noun: "the Board of Wicks",
    "the Council on Lamp Safety" name another body, not the one the noun refers to."""
    return r"(?!" + space + "(?:" + "|".join(map(re.escape, sorted(words))) + r")(?!\w))"


_REFERENCE = re.compile(r"\b[Tt]he\s+" + _REFERRED_NOUN + _not_before(("of", "for")) + r"(?![\w-])")


# Words of a title that names what the page shows of a body, not the body: "Departments",
# "Components of the agency", "Staffing and Organization", "Organization of headquarters",
# "Leadership and Members", "Location of central offices".
_TOPIC_WORDS = (
    ORGANIZATION_WORDS
    | LISTING_NOUNS
    | SECTION_WORDS
    | {noun.removesuffix("es") if noun.endswith("ches") else noun[:-1] for noun in LISTING_NOUNS}
    | {
        "staff",
        "staffing",
        "headquarters",
        "pattern",
        "functions",
        "methods",
        "operation",
        "description",
        "designation",
        "central",
        "location",
        "separate",
        "agency",
        "members",
        "leadership",
        "senior",
        "management",
        "team",
        "chart",
        "overview",
    }
)


def names_topic_only(title: str) -> bool:
    """Whether every word of a title names what the page shows of a body, none the body
    (``root_from_referred_body``): "Departments", "Components of the agency", "Pattern of
    organization"."""
    return enabled("root_from_referred_body") and _topic_words_only(title)


def _topic_words_only(title: str) -> bool:
    """Whether every word of a line names what the page shows of a body, none the body (read
    by ``root_from_referred_body`` and ``root_first_line_referred_body``, each behind its own
    switch)."""
    words = [w for w in re.findall(r"[a-z]+", title.lower()) if w not in CONNECTORS]
    return bool(words) and set(words) <= _TOPIC_WORDS


register(
    "root_title_document_reference",
    "root",
    """A title that is only a document's reference ("Section 12", "Part 12—Organization and
    Purpose", "Chapter 3-14", "12 U.S.C. 40", "Title 9— LAMPS AND WICKS", "Executive Order No.
    17 [...]", a file's identifier: "LAMPREG-2009-03-04-Pg12") names
    no body: the body the page refers to ("the Board") is the root
    (``root_from_referred_body``), not the reference.""",
)
_DOCUMENT_REFERENCE = re.compile(
    r"\s*(?:(?:part|subpart|section|chapter|title|article|executive\s+order)\s+(?:no\.?\s*)?"
    r"(?:\d[\w.-]*|[ivxlc]+\b)|\d+\s+(?:cfr|u\.?s\.?c\.?)\s+\d|§|[a-z]+-\d{4}-[\w-]+\s*$)",
    re.IGNORECASE,
)


def names_document_reference(title: str) -> bool:
    """Whether a title opens with a document's reference (``root_title_document_reference``)."""
    return enabled("root_title_document_reference") and bool(_DOCUMENT_REFERENCE.match(title))


def _referred_first(page: PageLayout, before: int) -> Root | None:
    """The body the introduction's first sentence refers to by a noun alone ("The Commission
    is ...", "established in the Department"), ahead of any agency phrase (``before``)
    (``root_from_referred_body``)."""
    if not enabled("root_from_referred_body"):
        return None
    return _first_sentence_reference(page, before)


# Whether a mention of a body's noun after "the" refers to the body (all do, unless told).
Refers = Callable[[re.Match[str]], bool]


def _first_sentence_reference(
    page: PageLayout, before: int, refers: Refers | None = None
) -> Root | None:
    """The body the introduction's first sentence refers to by a noun alone, ahead of
    ``before``, at its first mention that ``refers``; no rule of its own (read by
    ``root_from_referred_body``, ``root_first_line_referred_body`` and
    ``root_owner_of_titled_units``, each behind its own switch)."""
    if not page.intro:
        return None
    begin, stop = page.sentences(page.intro[0].start, page.intro[0].end)[0]
    for match in _REFERENCE.finditer(page.text, begin, min(stop, before)):
        if refers is None or refers(match):
            noun = match.group(1)
            return Root(noun, None, match.start(1), match.end(1), False, "root_from_referred_body")
    return None


register(
    "root_from_referred_subject",
    "root",
    """An introduction whose first sentence opens with the body's noun alone as its subject ("The
    Library is governed by a board ...", "The Council meets each month") is about that body: the
    root is the noun ("Library"), not the words of a title that names no body of its own ("Lamp
    Keeping", "Keeping the Lamps Lit") or only the noun ("The Library"). A title that names the body
    in full, the noun among its words ("Lampton Public Library", "Wick Valley Library District"),
    keeps its reading; so does an agency phrase, even one that names the body as its owner
    ("the Bureau of the Council": read so on one development page only, a rule of its own was
    removed as fitted to it). A noun before a connector ("of", "for", "and", "on",
    "in", "to" ...) opens a longer name ("The Board of Wicks meets ...", "The Administration and Oil
    Division keeps ...", "The Council on Lamp Safety meets ..."), one before a unit noun in lower
    case names a unit ("The Library branch lends ..."), and one before a word that is no verb (none
    of an auxiliary, a past in "-ed" or a present in "-s" that no auxiliary follows) modifies a noun
    ("The Office hours are ...", "The City website lists ..."); a noun that opens a longer
    capitalized name ("The City Lamp Keeper is ...") or that the sentence names after its subject
    ("The Wick Office serves the City") is no such subject. A title that names units in the plural,
    a listing noun anywhere in its words ("Lamp Departments", "Lamp Departments - Lampton",
    "Departments of Lampton"), keeps its reading: it may list the departments of a place, and the
    body the introduction opens with one of the place's own (as ``root_title_names_units`` reads
    such a title). A page with no title is read from its first line, as before.""",
)
# "The Library is governed ...": a body's noun alone, then a word in lower case (its verb),
# not a connector (a longer name: "The Board of Wicks", "The Administration and Oil
# Division", "The Council on Lamp Safety", "The Board to Oversee Wicks").
_REFERRED_SUBJECT = re.compile(
    r"\s*The[ \t]+"
    + _REFERRED_NOUN
    + _not_before(CONNECTORS, r"[ \t]+")
    + r"[ \t]+(?:(?:also|[a-z]{2,}ly)[ \t]+)?(?P<next>[a-z]+)(?:[ \t]+(?P<then>[a-z]+))?"
)


# The word right after a body's noun, in lower case: "The Department office keeps ...".
_WORD_AFTER_BODY = re.compile(r"[ \t]+([a-z]+)")


def _unit_noun_after(text: str, end: int) -> bool:
    """Whether a unit's noun in lower case follows a body's noun that ends at ``end`` ("The
    Library branch lends ...", "The Department office keeps ..."): the two name a unit, the
    noun alone refers to no body."""
    after = _WORD_AFTER_BODY.match(text, end)
    return after is not None and after.group(1) in UNIT_NOUNS


def _reads_as_verb(word: str, then: str | None) -> bool:
    """Whether the word after a sentence's opening noun reads as its verb: an auxiliary
    ("is", "has", "shall"), a past ("was governed", "established"), or a present by its
    ending that no auxiliary follows ("The Library lends ..."; "The Office hours are ...":
    "hours" is a noun) (``root_from_referred_subject``)."""
    if word in AUXILIARIES or word.endswith("ed"):
        return True
    return PRESENT_VERB.fullmatch(word) is not None and then not in AUXILIARIES


def referred_subject(page: PageLayout) -> Root | None:
    """The body noun the introduction's first sentence opens with as its subject
    (``root_from_referred_subject``)."""
    if not page.intro or not enabled("root_from_referred_subject"):
        return None
    title = title_words(page.title.text) if page.title is not None else []
    if LISTING_NOUNS & {word.lower() for word in title}:
        # "Lamp Departments |", "Departments of Lampton": perhaps the departments of a place
        return None
    first = page.intro[0]
    match = _REFERRED_SUBJECT.match(page.text, first.start, first.end)
    if match is None or _unit_noun_after(page.text, match.end(1)):
        return None  # "The Library branch lends ...": a unit's name
    if not _reads_as_verb(match.group("next"), match.group("then")):
        return None  # "The City website lists ...", "The Board meeting is held ..."
    noun = match.group(1)
    return Root(noun, None, match.start(1), match.end(1), False, "root_from_referred_subject")


def names_subject_in_full(title: str, noun: str) -> bool:
    """Whether a title names in full the body the introduction's subject refers to by its noun
    alone: it holds the noun as a word beside others ("Lampton Public Library", "Wick Valley
    Library District" of "The Library ..."), not the noun alone ("The Library"), and the
    noun ends the name, or a body's noun follows it ("Library District"), not a word it
    modifies ("Library Hours" or "Council Meetings" over "The Library is open ...")
    (``root_from_referred_subject``)."""
    words = [_POSSESSIVE_END.sub("", word).lower() for word in title_words(title)]
    words = [word for word in words if word not in ("the", "a", "an")]
    if noun.lower() not in words or len(words) < 2:
        return False
    for match in re.finditer(r"(?<!\w)" + re.escape(noun) + r"(?:['’]s)?(?!\w)", title, re.I):
        after = _WORD_AFTER_NOUN.match(title, match.end())
        if after is None or after.group(1).lower() in _NAME_ENDING_NOUNS:
            return True  # "Lampton Public Library", "Library | Home", "Library District"
    return False


# The word right after a body's noun in a title, no mark between them ("Library Hours").
_WORD_AFTER_NOUN = re.compile(r"[ \t]+([A-Za-z][\w’'-]*)")
# Nouns that may end a body's name after another body's noun ("Wick Valley Library District").
_NAME_ENDING_NOUNS = frozenset(noun.lower() for noun in _REFERRED_NOUNS) | UNIT_NOUNS


def referred_body(page: PageLayout) -> Root | None:
    """The body noun the page refers to most often after "the", where it first does
    (``root_from_referred_body``)."""
    if not enabled("root_from_referred_body"):
        return None
    return _most_referred_body(page)


def _most_referred_body(page: PageLayout, refers: Refers | None = None) -> Root | None:
    """The body noun the introduction's first sentence refers to after "the", else the one
    the page refers to most often, where it first does, counting only the mentions that
    ``refers`` (all, unless given); no rule of its own (read by ``root_from_referred_body``,
    ``root_first_line_referred_body`` and ``root_owner_of_titled_units``, each behind its
    own switch)."""
    opening = _first_sentence_reference(page, len(page.text), refers)
    if opening is not None:
        return opening
    first: dict[str, re.Match[str]] = {}
    counts: dict[str, int] = {}
    for match in _REFERENCE.finditer(page.text):
        if refers is not None and not refers(match):
            continue
        noun = match.group(1)
        first.setdefault(noun, match)
        counts[noun] = counts.get(noun, 0) + 1
    if not counts:
        return None
    noun = max(counts, key=lambda n: (counts[n], -first[n].start()))
    match = first[noun]
    return Root(noun, None, match.start(1), match.end(1), False, "root_from_referred_body")


register(
    "root_from_first_line",
    "root",
    """A page with no title, no agency phrase and no acronym to go by is about what its
    first line names; a first line that opens with a section number is about the title that
    follows it, up to its period ("§9-1 Department of lamps. (a) The department ...").""",
)
MAX_ROOT_WORDS = 12

register(
    "root_first_line_referred_body",
    "root",
    """A page with no title whose root is read from the words of a first line that is no name
    (a label or a notice set above the page, "Archived page", "Notice: The site closes at
    noon", a document's number, "4-210", a table's header naming only what the page shows,
    "Divisions | Duties", a sentence, "Each night the keepers of the Board light the lamps")
    is about the body its text refers to by its noun alone after "the" ("The Board keeps
    ...", "the staff of the Board"): the root is named by that noun, read as
    ``root_from_referred_body`` reads it (the noun of the first sentence, else the one the
    page refers to most often), with the sentence that refers to it as its evidence. The
    page's units are read as before, under the first line (the units a first sentence names
    hang from the root as they did); only the root's name and evidence change. A mention of
    the noun is no reference, and is not counted, when a capitalized word follows it ("the
    County Lamp Court": a longer name) or a unit's noun in lower case ("the Board office":
    a unit), when it closes the names of three or more of the page's units, each counted once
    however often the page names it ("the Division" on a page of the Wick Division, the Oil
    Division and the Glass Division: one of them), when the sentence that refers to it
    stands in the section of a unit, or of a unit above that one, whose head noun it is
    ("The Division keeps the wicks ..." under "Wick Division": that unit speaking of
    itself), or when the page has a unit of that name ("Board" over a paragraph: "the Board"
    is that unit); with no mention left the line is kept, as it is on a page that refers to
    no body, and a section's number and title ("§9-1 Department of lamps.") keep their reading.""",
)

# A capitalized word right after a body's noun: the noun opens a longer name ("the County
# Lamp Court"), it does not refer to a body by itself.
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
# So many names closed by the noun make it the noun of the page's parts.
MIN_PART_NAMES = 3


def first_line_referred_body(page: PageLayout, root: Root, units: list[Unit]) -> Root | None:
    """The body the page refers to by its noun alone, naming a root read from the words of a
    first line that is no name (``root_first_line_referred_body``); None for any other root
    and on a page that refers to no body so. ``units`` are the page's units but the root,
    read under the root as it was."""
    if root.found_by != "root_from_first_line" or not enabled("root_first_line_referred_body"):
        return None
    first = next((b for b in page.blocks if b.text.strip()), None)
    if first is None or root.start != first.start:
        return None  # "§9-1 Department of lamps. ...": the section's title
    line = first.text.split("\n", 1)[0]
    if _is_name_line(line) and not _topic_words_only(line):
        return None
    referred = _referred_agency(page, units)
    if referred is None:
        return None
    return replace(referred, found_by="root_first_line_referred_body")


def _referred_agency(page: PageLayout, units: list[Unit]) -> Root | None:
    """The body the page refers to by its noun alone, read as ``_most_referred_body`` reads
    it, counting only the mentions that refer to a body above the page's ``units`` (the
    guards of ``root_first_line_referred_body`` and ``root_owner_of_titled_units``, each
    behind its own switch): not a noun a capitalized word follows ("the County Lamp Court")
    or a unit's noun in lower case ("the Department office"), not the name of a unit of the
    page, nor a noun closing the names of three or more of them, nor one that stands in the
    section of a unit whose head noun it is (that unit speaking of itself)."""
    parts: dict[str, bool] = {}

    def refers(match: re.Match[str]) -> bool:
        if _NAME_GOES_ON.match(page.text, match.end(1)) or _unit_noun_after(
            page.text, match.end(1)
        ):
            return False  # "the County Lamp Court", "the Department office"
        noun = name_tokens(match.group(1))
        if match.group(1) not in parts:
            closed = {" ".join(name_tokens(u.name)) for u in units if _closed_by(u.name, noun)}
            # "the Board": a unit the page has found so; "the Division" of a page of "Wick
            # Division", "Oil Division" ...
            parts[match.group(1)] = (
                any(name_tokens(unit.name) == noun for unit in units)
                or len(closed) >= MIN_PART_NAMES
            )
        if parts[match.group(1)]:
            return False
        # "The Division keeps ..." in the Wick Division's own section
        holding = _units_holding(units, match.start(1))
        return all(head_noun(tuple(name_tokens(unit.name))) != noun[-1] for unit in holding)

    return _most_referred_body(page, refers)


def _closed_by(name: str, noun: list[str]) -> bool:
    """Whether a unit's name is closed by a body's noun after words of its own ("Wick
    Division", "Lamp & Oil Division" by "Division"; not "Division of Wicks")."""
    tokens = name_tokens(name)
    return len(tokens) > len(noun) and tokens[-len(noun) :] == noun


def _units_holding(units: list[Unit], position: int) -> list[Unit]:
    """The units whose section holds ``position`` in its text, and the units above them
    among ``units``."""
    among = {id(unit) for unit in units}
    holding: list[Unit] = []
    for unit in units:
        if any(block.start <= position < block.end for block in unit.body):
            for step in (unit, *ancestors(unit)):
                if id(step) not in among or any(s is step for s in holding):
                    break
                holding.append(step)
    return holding


register(
    "root_owner_of_titled_units",
    "root",
    """A title that names the page's units in the plural as parts of an agency ("Wick
    Divisions", "Trimming & Glass Divisions", "Lamp Units"), read as the root for want
    of a subject or a structure's owner in the introduction (``root_title_names_units``),
    gives way to the body the page refers to by an agency's noun alone after "the" ("The
    Department is organized into divisions ...", "the largest portion of the Department"),
    read as ``root_from_referred_body`` reads it (the noun of the first sentence, else the
    one the page refers to most often): the root is named by that noun, not by the title.
    The page's units are read as before, under the title; only the root's name and
    evidence change. Only a noun of a body that holds such parts (a department, agency,
    ministry, commission, authority or office over divisions, units, branches, teams,
    bureaus or directorates): a place's noun ("the City", "the County") may have
    departments of its own between it and the parts, and a title naming departments or
    offices may list a place's departments. A mention of the noun is no reference, and is
    not counted, as ``root_first_line_referred_body`` reads it: a capitalized word follows
    it ("the Agency Lamp Center": a longer name), a unit's noun in lower case does ("The
    Department office keeps ...": a unit), or it stands in the section of a unit whose head
    noun it is ("The Department trims ..." under "Wick Department": the unit speaking of
    itself); nor is the noun of a unit of the page ("Department" over a paragraph) or one
    that closes the names of three or more of its units.""",
)
# The plural nouns of the parts an agency holds: the listing nouns of units, but those a
# place may list of its own ("departments", "offices") and those of any group
# ("components", "groups", "organizations").
_AGENCY_PARTS = (
    LISTING_NOUNS
    - PROGRAM_LISTING
    - {"departments", "offices", "components", "groups", "organizations"}
)
# The nouns of the agencies that hold such parts, of those a page refers to its body by:
# an agency's, but a board's (its parts are committees) and a bureau's (itself a part),
# and an administration's (read as the government of the day), and an office's.
_PART_HOLDERS = (AGENCY_NOUNS & frozenset(_REFERRED_NOUNS)) - {
    "Board",
    "Bureau",
    "Administration",
} | {"Office"}


def owner_of_titled_units(page: PageLayout, root: Root, units: list[Unit]) -> Root | None:
    """The agency whose parts a title names in the plural, by the noun the page refers to it
    by, for a root read from such a title (``root_owner_of_titled_units``); None for any
    other root. ``units`` are the page's units but the root."""
    if root.found_by != "root_from_title" or page.title is None:
        return None
    if not enabled("root_owner_of_titled_units") or not _names_units_in_plural(page.title.text):
        return None
    words = title_words(page.title.text)
    if not words or words[-1].lower() not in _AGENCY_PARTS:
        return None
    referred = _referred_agency(page, units)
    if referred is None or referred.name not in _PART_HOLDERS:
        return None
    return replace(referred, found_by="root_owner_of_titled_units")


def _first_line_root(page: PageLayout) -> Root:
    first = next((b for b in page.blocks if b.text.strip()), None)
    if first is None:
        return Root("", None, 0, 0, False, "root_from_first_line")
    line = first.text.split("\n", 1)[0]
    number = SECTION_NUMBER.match(line)
    if number is not None:
        title = re.match(r"[^.;:]+", line[number.end() :])
        if title is not None and len(title.group().split()) <= MAX_ROOT_WORDS:
            start = first.start + number.end()
            name = title.group().strip()
            return Root(name, None, start, start + len(name), False, "root_from_first_line")
    subject = first_sentence_subject(page, first.start, first.start + len(line))
    if subject is not None:
        return subject
    if not _is_name_line(line):
        named = opening_agency_name(page)
        if named is not None:
            return named
    words = line.split()[:MAX_ROOT_WORDS]
    name = " ".join(words).rstrip(".:;,")
    return Root(name, None, first.start, first.start + len(line), False, "root_from_first_line")


register(
    "root_from_title_unit",
    "root",
    """A page titled by a unit's full name ("Wick Trimming Division", "Glass Care
    Directorate") is about that unit, not about the department or ministry its text goes on
    to name ("a division of the Department of Lamps"): the agency phrase gives way to the
    title. Only a title worded as a name whose last word is a division's, a directorate's or
    a branch's noun; a title naming units in the plural or a page's topic ("Division
    Organization") does not.""",
)
# The nouns that end a unit's full name in a title.
_TITLE_UNIT_NOUNS = frozenset({"Division", "Directorate", "Branch"})


def title_unit_name(page: PageLayout) -> Root | None:
    """The unit a page's title names in full (``root_from_title_unit``)."""
    title = page.title
    if title is None:
        return None
    text = title.text.strip()
    name = title_case(text) if text.isupper() else text
    words = name.split()
    if len(words) < 2 or words[-1] not in _TITLE_UNIT_NOUNS or not _is_name_line(name):
        return None
    return Root(name, None, title.start, title.end, False, "root_from_title_unit")


register(
    "root_from_opening_agency_name",
    "root",
    """A page with no title whose first line is no name (a sentence, "We are a non-ministerial
    department ...", site furniture, "dark overlay", a bare number) is about the first body
    its opening prose names in full by an agency's noun ("... within the Lampshire Wick
    Department serve", "the Office of Wick Supply Rules"): read from its first paragraphs
    before its first list or second heading, and never a name the page sets as a heading or
    list item of its own (a unit of the page), a position's office ("Office of the Wick
    Commissioner", "Warden Office": the agency's own leadership), a noun cut from its owner
    ("the Warden's Office Lamp Bureau"), a governing board or services ("Board of
    Wardens", "Wick Services"), a name in a contents list, or the first of the parts the
    paragraphs describe in turn ("The Office of Wicks is ...", "The Office of Glass ...").
    A page whose title holds no word that names a body ("About Us", a motto, a document's
    number) and that does not name its title again is read so too, before the title.""",
)
# The nouns that close (or open, before "of"/"for") a body's full name in running prose.
_OPENING_BODY_NOUNS = (AGENCY_NOUNS | {"Office", "Secretariat", "Government"}) - {
    "Services",
    "Board",
}
# The prose read for it: at most these paragraphs of at least this many words.
_OPENING_PARAGRAPHS = 2
_OPENING_PARAGRAPH_WORDS = 8
# A position's office: "Office of the Wick Commissioner", "Office of the Wick Counsel".
_POSITION_OFFICE = re.compile(r"Office of the ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


# A line that is a sentence about its own opening name: "Wick Operations includes the Lamp
# and Oil Divisions." (capitalized words, then a verb in lower case, closed by a period).
_OWN_SUBJECT_LINE = re.compile(
    r"(?!(?:The|This|These|Our|Its|In|To|For|We)\b)[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)+"
    r"\s+[a-z][^\n]*[.!?]\s*$"
)


# The words by which a title names a body, a post or a place's government, or lists them.
_TITLE_BODY_WORDS = (
    UNIT_NOUNS
    | LISTING_NOUNS
    | POSITION_WORDS
    | ORGANIZATION_WORDS
    | {noun.lower() for noun in AGENCY_NOUNS}
    | {"ministry", "authority", "court", "assembly", "government", "municipality", "city"}
    | {"county", "town", "township", "village", "state", "district", "tribe", "nation"}
)


def names_no_body(title: str) -> bool:
    """Whether a title holds no word that names a body, a post or a place's government
    ("About Us", "About Lamps", "Lighting the Way Home", "Doc 25-4"): a page so titled is about
    the body its opening prose names (``root_from_opening_agency_name``)."""
    return not set(name_tokens(title)) & _TITLE_BODY_WORDS


def _is_name_line(line: str) -> bool:
    """Whether a line reads as a name: it has letters and no word in lower case but a
    connector ("Office of the Lamp Keeper", not "dark overlay" or "We are a ...")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    return bool(words) and all(w[0].isupper() or w.lower() in CONNECTORS for w in words)


# Prose has this many words in lower case of four letters or more (not a contents list).
_PROSE_WORDS = 3


def _reads_as_prose(text: str) -> bool:
    """Whether a paragraph is prose: it has words in lower case beside its names."""
    lower = [w for w in re.findall(r"\b[a-z][a-z'’-]{3,}\b", text) if w not in CONNECTORS]
    return len(lower) >= _PROSE_WORDS


# A paragraph's opening name, after "The": "The Office of Glass (OG) mends ...".
_PARAGRAPH_OPENING = re.compile(r"\s*(?:The\s+)?([A-Z][\w’'&-]*)\s+(?:of\s+|for\s+)?[A-Z]")


def _opens_paragraphs_in_turn(page: PageLayout, at: int, start: int, name: str) -> bool:
    """Whether ``name`` opens the paragraph ``page.blocks[at]`` and one of the paragraphs
    after it opens with another name of the same first word ("The Office of Wicks is ...",
    "The Office of Glass ..."): the page describes its parts a paragraph each."""
    block = page.blocks[at]
    opening = _PARAGRAPH_OPENING.match(page.text, block.start, block.end)
    if opening is None or opening.start(1) != start:
        return False
    for following in page.blocks[at + 1 : at + 1 + _OPENING_PARAGRAPHS + 1]:
        other = _PARAGRAPH_OPENING.match(page.text, following.start, following.end)
        if (
            following.kind == PARAGRAPH
            and other is not None
            and other.group(1) == opening.group(1)
            and not page.text.startswith(name, other.start(1))
        ):
            return True
    return False


def _named_body(phrase: str) -> str:
    """The body a run of capitalized words names at its end: after an appositive's comma
    ("Secretariat, the Lamp Bureau") and past a post that heads it ("Head of the Lamp
    Service")."""
    name = phrase.rsplit(", ", 1)[-1]
    words = name.split()
    if len(words) > 2 and words[0].lower() in POSITION_WORDS and words[1] == "of":
        name = " ".join(words[2:])
    return re.sub(r"^(?:[Tt]he)\s+", "", name)


def _body_noun_name(page: PageLayout, name: str, start: int) -> bool:
    """Whether ``name`` (at ``start``) is a body's full name by an agency's noun, not a
    position's office, a two-word office or a name cut from its possessive owner."""
    words = name.split()
    if len(words) < 2:
        return False
    closes = words[-1] in _OPENING_BODY_NOUNS and not (words[-1] == "Office" and len(words) < 3)
    opens = words[0] in _OPENING_BODY_NOUNS and len(words) > 2 and words[1] in ("of", "for")
    if not (closes or opens):
        return False
    position = _POSITION_OFFICE.fullmatch(name)
    return position is None or not names_position_only(position.group(1))


def opening_agency_name(page: PageLayout) -> Root | None:
    """The first body the opening prose of a page without title names in full
    (``root_from_opening_agency_name``)."""
    if not enabled("root_from_opening_agency_name"):
        return None
    own = [
        block.text.strip().lower()
        for block in page.blocks
        if block.kind != PARAGRAPH or len(block.text.split()) < _OPENING_PARAGRAPH_WORDS
    ]
    first = next((b for b in page.blocks if b.text.strip()), None)
    if first is not None and _OWN_SUBJECT_LINE.match(first.text.split("\n", 1)[0]):
        return None  # "Wick Operations includes ...": the line's own subject is the body
    read = 0
    for at, block in enumerate(page.blocks):
        if block.kind == LIST_ITEM or (block.kind == HEADING and read):
            break
        if block.kind != PARAGRAPH or len(block.text.split()) < _OPENING_PARAGRAPH_WORDS:
            continue
        read += 1
        if read > _OPENING_PARAGRAPHS:
            break
        if not _reads_as_prose(block.text):
            continue  # "1. The Basics 2. Office of Wicks o Office of Glass": a contents list
        for phrase in page.phrases(block.start, block.end):
            name = _named_body(phrase.text)
            if not _body_noun_name(page, name, phrase.start):
                continue
            if re.search(r"['’]s\s*$", page.text[max(0, phrase.start - 3) : phrase.start]):
                return None  # "the Warden's Office Lamp Bureau": a part of a body named so
            if any(text.startswith(name.lower()) for text in own):
                continue  # a heading or an item of its own: a unit of the page
            if _named_part(page, at, phrase.start):
                continue  # "There is established within the cabinet the Office of Oil"
            if _opens_paragraphs_in_turn(page, at, phrase.start, name):
                return None  # "The Office of Wicks is ...", "The Office of Glass ...": parts
            start = phrase.end - len(name)
            return Root(name, None, start, phrase.end, False, "root_from_opening_agency_name")
    return None


register(
    "root_from_first_sentence_subject",
    "root",
    """A page that opens with a sentence, not a name ("The Chief Lamp Officer is named by
    the Lamp Guild. ...", "Appointed by the Warden, the Wick Keeper oversees ..."), is about the
    sentence's subject when that is a name worded as a unit, an agency or a position: the
    name opens the sentence (after a determiner, "The", "This", "Our", which is no part of
    the name, or after an opening clause and its comma) and a
    word in lower case follows it, its verb. A subject that is a unit's or an agency's noun
    alone after "The" or "This" ("The Department coordinates ...", "This directorate is
    responsible for ...") names the body the page is about by that noun: the root is the
    noun ("Department"), not the sentence ("This section is ..." speaks of the text).""",
)
MIN_SENTENCE_WORDS = 6
# A determiner that opens a sentence's subject, no part of its name ("The", "This Lamp
# Office", "Our Wick Board").
_SUBJECT_DETERMINER = r"(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Oo]ur|[Ii]ts|[Tt]heir)\s+"
# What may stand before a sentence's subject: a determiner, or an opening clause and its
# comma.
_BEFORE_SUBJECT = re.compile(rf"(?:[^,.;:]{{0,60}},\s*)?(?:{_SUBJECT_DETERMINER})?")
_VERB_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?[a-z]")


_OPENING_DETERMINER = re.compile(_SUBJECT_DETERMINER)


def first_sentence_subject(page: PageLayout, start: int, end: int) -> Root | None:
    """The subject of the sentence that opens a page's first line, when that line is a
    sentence and its subject a name worded as a unit, agency or position
    (``root_from_first_sentence_subject``)."""
    if not enabled("root_from_first_sentence_subject"):
        return None
    spans = page.sentences(start, end)
    if not spans:
        return None
    begin, stop = spans[0]
    sentence = page.text[begin:stop].rstrip()
    opening = next((i for i, block in enumerate(page.blocks) if block.start == start), None)
    if opening is not None and _opens_listed_item(page, opening, begin):
        return None  # "The Wick Office (WO) ...", then "The Glass Office (GO) ...": a part
    if len(sentence.split()) < MIN_SENTENCE_WORDS or not sentence.endswith((".", "!", "?")):
        return None
    text = page.text
    for phrase in page.phrases(begin, stop):
        # A run of capitalized words goes on over a comma: "Appointed by the Mayor, the
        # Chief Lamp Officer" holds an opening clause before its subject.
        cut = phrase.text.rfind(", ")
        at = phrase.start + cut + 2 if cut >= 0 else phrase.start
        at += len(m.group()) if (m := _OPENING_DETERMINER.match(text, at)) else 0
        name = text[at : phrase.end]
        if not _BEFORE_SUBJECT.fullmatch(text, begin, at):
            continue
        tokens = name_tokens(name)
        if len(tokens) < 2:
            continue
        worded = set(tokens) & (UNIT_NOUNS | POSITION_WORDS) or _names_agency(name)
        if not worded or not _VERB_AFTER.match(text, phrase.end, stop):
            continue
        return Root(name, None, at, phrase.end, False, "root_from_first_sentence_subject")
    noun = _BODY_NOUN_SUBJECT.match(text, begin, stop)
    if (
        noun is not None
        and noun.group(1).lower() in _BODY_NOUNS_ALONE
        and not noun.group().lstrip().lower().startswith("this section")  # the text's own
        and not _COMPOUND_HEAD.match(text, noun.end() - 1, stop)
    ):
        # "The Department coordinates ...", "This directorate is ...": the body by its noun
        word = noun.group(1)
        name = word[:1].upper() + word[1:].lower()
        return Root(
            name, None, noun.start(1), noun.end(1), False, "root_from_first_sentence_subject"
        )
    return None


# A sentence whose subject is a body noun alone after "The" or "This", before its verb in
# lower case ("The Department coordinates ...", "This directorate is responsible ...").
_BODY_NOUN_SUBJECT = re.compile(
    r"\s*(?:The|This)\s+([A-Za-z]+)\s+(?!(?:of|for|and|or|in|at|on|to|with|by|under)\b)[a-z]"
)
# A word in lower case after the noun that is itself followed by an auxiliary is no verb
# but the head of a compound subject, the noun its modifier ("The office hours are ...",
# "The department head will ..."); an adverb stands between a subject and its verb ("The
# Department also has ...").
_COMPOUND_HEAD = re.compile(
    r"(?!(?:also|now|still|often|then|[a-z]+ly)\b)[a-z]+\s+"
    r"(?:is|are|was|were|has|have|had|will|would|may|might|can|could|shall|should|must)\b"
)
_AGENCY_NOUN_WORDS = frozenset(noun.lower() for noun in AGENCY_NOUNS) - {"services", "corps"}
# Nouns that name no one body when they stand alone as a sentence's subject: a plural ("The
# offices are open ..."), the people of a body ("The staff are ..."), a program, a place
# ("The region is ...") or an agency's field ("Protection", "Enforcement").
_NO_BODY_ALONE = frozenset({"staff", "program", "region", "enforcement", "protection"})
_BODY_NOUNS_ALONE = frozenset(
    noun
    for noun in UNIT_NOUNS | _AGENCY_NOUN_WORDS
    if not (noun.endswith("s") and noun[:-1] in UNIT_NOUNS) and noun not in _NO_BODY_ALONE
)


_OPENING_ACRONYM = re.compile(r"(?:The\s+)?([A-Za-z0-9/&.-]+?)(?:['’]s)?\b")


register(
    "root_from_opening_acronym",
    "root",
    """An introduction whose first sentence opens with an acronym as its subject, before its
    verb or as an owner ("LWA is composed of the Board, ...", "LWA has two governing
    bodies: ...", "LWA's Board consists of ..."), and that uses the acronym again, is about
    the body of that acronym (by the name the page defines for it, if it defines one),
    whatever the title says and ahead of the first agency name it goes on to list ("... and
    the Wick Supply Board (WSB)"). A page whose title is a unit the introduction goes on to
    describe ("Wick Division" over "LWA's Wick Division is ...") is about that unit, not
    this body. The sentence may follow a run-in label in the introduction's first or second
    block ("General organization. LWA is composed of ...", "Organization: LWA is one of
    ...", under a section's number or the acronym's heading).""",
)
# An acronym opening a sentence as its subject: before a verb in lower case or as an owner.
_OPENING_ACRONYM_SUBJECT = re.compile(
    r"\s*(?:The\s+)?([A-Z][A-Za-z0-9&.-]*[A-Z])(?:['’]s\s+[A-Za-z]|\s+(?:is|are|was|has|have"
    r"|consists|comprises|includes|operates|serves)\b)"
)
MIN_OPENING_USES = 2
# A run-in label of up to four words closed by a period or a colon ("General organization. ",
# "Organization: ") before the sentence it heads.
_RUN_IN_LABEL = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,3}[.:][ \t]+(?=[A-Z])")


def _opening_acronym(page: PageLayout, by_acronym: dict[str, AcronymDefinition]) -> Root | None:
    """The acronym the introduction's first sentence opens with as its subject, by the name
    the page defines for it if it defines one (``root_from_opening_acronym``)."""
    if not page.intro or not enabled("root_from_opening_acronym"):
        return None
    first = page.intro[0]
    match = _OPENING_ACRONYM_SUBJECT.match(page.text, first.start, first.end)
    if match is None:
        for block in page.intro[:2]:
            label = _RUN_IN_LABEL.match(page.text, block.start, block.end)
            if label is not None:
                match = _OPENING_ACRONYM_SUBJECT.match(page.text, label.end(), block.end)
                break
    if match is None or not is_acronym(match.group(1)):
        return None
    acronym = match.group(1)
    uses = len(re.findall(r"(?<![\w&.-])" + re.escape(acronym) + r"(?![\w&-])", page.text))
    if uses < MIN_OPENING_USES:
        return None
    if acronym in by_acronym:
        return _from_definition(by_acronym[acronym], False, "root_from_opening_acronym")
    start = match.start(1)
    return Root(acronym, acronym, start, start + len(acronym), False, "root_from_opening_acronym")


def _acronym_owner(page: PageLayout) -> Root | None:
    """The unit an introduction opens with by acronym only ("OEX's responsibilities ...")."""
    if not page.intro:
        return None
    first = page.intro[0]
    match = _OPENING_ACRONYM.match(page.text[first.start : first.end])
    if match and is_acronym(match.group(1)):
        start = first.start + match.start(1)
        acronym = match.group(1)
        return Root(acronym, acronym, start, start + len(acronym), False, "root_from_acronym_owner")
    return None


register(
    "position_heads_agency",
    "root",
    """A page whose subject is a position, not a body ("The Lamp Warden is the chief officer
    of the Guild ...", "The Chief Keeper is assisted in the management of the Authority by
    ..."), describes the office at the head of an agency; when the introduction's first
    sentence names that agency after "the", by an agency noun alone (Organization,
    Department, Authority: "represents the Authority abroad") or by a name worded like an
    agency ("oversees the Wick Records Agency"), the agency is the root and the position a
    unit under it, over the units the page goes on to list. The body must follow "of" or a
    verb of heading ("chief officer of the Guild", "oversees the Bureau", "leads the
    Authority"): a body named after "by" or "to" appoints the position or oversees it
    ("appointed by the Lamp Board"), and one after any other word, or after "of" that
    follows a word of membership ("a member of the Lamp Council", "part of the Board"), is
    a body the position sits on or works with ("serves on the Lamp Council", "chairs the
    Wick Task Force"); a task force is no agency. A page titled by the office of a post
    ("Office of the Wick Warden") whose introduction opens with that post as its subject
    ("The Wick Warden is the head of the Lamp Agency ...", "The Chief Wick Warden leads the
    Department ...") is read alike: the agency is the root and the office a unit under it,
    over the page's sections, unless another heading names an office too ("Office of the
    Deputy Warden"): the offices then stand side by side under the agency.""",
)
# "... of the Organization", "... oversees the Bureau of Wicks and Lamps": "the" and a run of
# capitalized words (with "of", "for", "and", "the" between them; "and the" opens another
# name: "manages the Department and the Lamp Fund").
_THE_NAME = re.compile(
    r"\bthe\s+([A-Z][\w’'-]*(?:\s+(?:of|for|and(?!\s+the\b)|the|[A-Z][\w’'-]*))*)"
)
_BODY_WORDS = frozenset({"Organization", "Organisation", "Council"}) | AGENCY_NOUNS
# What stands before "the" and a body the position heads: "of" ("chief officer of the
# Guild", "the management of the Department") or a verb of heading ("oversees the Bureau").
# Any other word relates the position to a body it does not head: "serves on the Council",
# "works with the Board", "chairs the Task Force".
_HEADS = LEADING_VERBS | frozenset(
    {
        "of",
        "directs",
        "oversees",
        "manages",
        "administers",
        "runs",
        "represents",
        "governs",
        "supervises",
        "commands",
    }
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")


def _without_trailing_links(words: list[str]) -> list[str]:
    """A name's words without the linking words a match ran on into ("of", "for", "and",
    "the"): "Ministry of the" -> "Ministry"."""
    while words and words[-1] in ("of", "for", "and", "the"):
        words = words[:-1]
    return words


def _word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` (within a few words' reach), in lower case."""
    before = _LAST_WORD.search(text, max(0, start - 24), start)
    return before.group(1).lower() if before else None


# "of" after a word of membership relates the position to a body it belongs to, not one it
# heads: "a member of the Council", "part of the Authority".
_MEMBER_OF = re.compile(r"\b(?:members?|part)\s+of\s*$", re.IGNORECASE)
# A body named after "by" or "to" appoints the position or oversees it; it is not headed by it.
_NOT_HEADED = (" by ", " to ", "\nby ", "\nto ")


def _names_position(name: str) -> bool:
    """A name worded as a position alone ("Chief of Lamps", "Lamp Warden General", "Chief
    Wick Officer"): a position word and no unit or agency noun."""
    return names_position_only(name) and not _names_agency(name)


# A title naming the office of a post: "Office of the Wick Warden", "Office of the Keeper".
_OFFICE_OF_POST = re.compile(r"(?:Immediate\s+)?Office\s+of\s+(?:the\s+)?(?P<post>[A-Z].*)")


def _post_opening_intro(page: PageLayout, root: Root) -> Root | None:
    """The post whose office a root read from the title is ("Office of the Wick Warden"),
    where the introduction's first sentence opens with that post as its subject ("The Wick
    Warden is the head of ...", "The Chief Wick Warden leads ...")
    (``position_heads_agency``)."""
    if not enabled("position_heads_agency") or not page.intro:
        return None
    if root.found_by not in ("root_from_title", "root_from_title_agency"):
        return None
    office = _OFFICE_OF_POST.fullmatch(root.name)
    if office is None or not _names_position(office.group("post")):
        return None
    words = office.group("post").split()
    # the post's head, before "of" or "for" ("Chief Clerk" of "Chief Clerk of the Court")
    head = next((words[:at] for at, word in enumerate(words) if word[:1].islower()), words)
    # the whole post, after words such as "Chief" ("The Chief Wick Warden"), or its head's
    # last words ("The Warden"): not another post that ends in the same word ("The Glass
    # Warden" on the page of the "Office of the Wick Warden")
    full = r"(?:[A-Z][\w’'-]*\s+){0,3}" + r"\s+".join(map(re.escape, words))
    tail = re.escape(head[-1])
    for word in reversed(head[:-1]):
        tail = r"(?:" + re.escape(word) + r"\s+)?" + tail
    first = page.intro[0]
    begin, stop = page.sentences(first.start, first.end)[0]
    opening = re.compile(r"(?:The\s+)?(" + full + "|" + tail + r")\b")
    match = opening.match(page.text, begin, stop)
    if match is None:
        return None
    start, end = match.span(1)
    return Root(page.text[start:end], None, start, end, False, root.found_by)


def _sections_are_offices(page: PageLayout, root: Root) -> bool:
    """Whether another heading of the page names the office of a post as the title does
    ("Office of the Wick Warden" over "Office of the Deputy Warden"): offices side by side;
    an office of a task ("Office of Wick Supply") is one of the office's parts."""
    for block in page.blocks:
        if block.kind != HEADING or block.start <= root.start < block.end:
            continue
        office = _OFFICE_OF_POST.fullmatch(block.text.strip())
        if (
            office is not None
            and block.text.strip() != root.name
            and _names_position(re.sub(r"\s*\([^()]*\)$", "", office.group("post")))
        ):
            return True  # "Office of the Deputy Warden (ODW)": its acronym left out
    return False


def _agency_the_position_heads(
    page: PageLayout, position: Root, definitions: list[AcronymDefinition]
) -> Root | None:
    """The agency that the first sentence about a position names (``position_heads_agency``)."""
    if not page.intro:
        return None
    first = page.intro[0]
    begin, stop = page.sentences(first.start, first.end)[0]
    if not begin <= position.start < stop:
        return None  # the first sentence is not about the position
    text = page.text
    for match in _THE_NAME.finditer(text, position.end, stop):
        words = match.group(1).split()
        # "of the Organization and Chief Executive of the Secretariat": a second post of the
        # position's, not part of the body's name.
        cut = next(
            (
                i
                for i in range(1, len(words) - 1)
                if words[i] == "and" and words[i + 1].lower() in POSITION_WORDS
            ),
            len(words),
        )
        words = _without_trailing_links(words[:cut])
        if not words or not (words[0] in _BODY_WORDS or words[-1] in _BODY_WORDS):
            continue
        if _names_position(" ".join(words)) or text.endswith(_NOT_HEADED, 0, match.start()):
            continue  # "appointed by the Board", "reports to the Council": not the agency headed
        before = _word_before(text, match.start())
        if before not in _HEADS:
            continue  # "serves on the Council", "works with the Board": not the agency headed
        if _MEMBER_OF.search(text, max(0, match.start() - 24), match.start()):
            continue  # "a member of the Council": a body the position sits on
        name = " ".join(words)
        start = match.start(1)
        acronym = _defined_acronym(name, definitions)
        return Root(
            name,
            acronym,
            start,
            start + len(name),
            False,
            "position_heads_agency",
            head=position,
        )
    return None


register(
    "unit_of_agency",
    "root",
    """A page whose subject is a unit of a larger body, not the body itself ("The Office of
    the Wick Warden runs the day to day operations of the Ministry", "The Glass Division
    (GD) serves all divisions of the Ministry of Lamps, Wicks and Oil", a page titled
    "Patrol Department" over "The department handles the operations of the Lamp
    Force"), describes that unit under the body: when the subject is worded as a unit
    (its head noun an office, division, directorate, section, branch, wing, or a
    department) and the first sentence about it names, after "of", "in" or "within" and
    "the", a body whose head noun ranks above the unit's (a ministry, a force or a
    government above a department; a department, agency, bureau, board or council above an
    office or a division), that body is the root and the unit stands under it, over the
    units the page goes on to list. A body whose will the unit carries out ("implements the
    directives of the Lamp Board", "executes the policies of the Wick Council") directs
    the unit, whatever body holds it: the unit stays the root.""",
)
# How high a head noun stands: a unit stands under a body whose noun ranks above its own.
UNIT_RANK = {
    **dict.fromkeys(("ministry", "government", "force"), 3),
    **dict.fromkeys(
        (
            "department",
            "agency",
            "administration",
            "authority",
            "commission",
            "board",
            "bureau",
            "institute",
            "corps",
            "command",
            "organization",
            "organisation",
            "council",
        ),
        2,
    ),
    **dict.fromkeys(("office", "division", "directorate", "section", "unit", "branch", "wing"), 1),
}
# The word before "the" and the body: "operations of the Ministry", "domiciled in the
# Department", "a unit within the Agency".
_CONTAINING = frozenset({"of", "in", "within"})
# "of" after a word for what a body decides relates the unit to the body it carries out the
# will of, not one it is part of: "implements the directives of the Board", "executes the
# policies and objectives of the Council".
_WILL_OF = re.compile(
    r"\b(?:directives|policies|policy|decisions|resolutions|instructions|orders|objectives"
    r"|priorities)(?:\s+and\s+[a-z]+)?\s+of\s*$",
    re.IGNORECASE,
)


def _head_noun(name: str) -> str:
    """A name's head noun (:func:`head_noun`): the word before "of" or another preposition
    ("Office of Wicks", "Secretary for Lamps"), else its last word."""
    return head_noun(tuple(w.lower() for w in re.findall(r"[A-Za-z]+", name))) or ""


def _opens_with_unit(sentence: str, name: str) -> int | None:
    """Whether a sentence's subject is the unit: it opens with the unit's name, or with
    "The", a few words and the unit's head noun ("The department handles ...", "The Glass
    division is ..."), none of them "of" ("The mission of the Division" is no unit). Returns
    where the opening ends."""
    head = _head_noun(name)
    named = r"(?:The\s+)?" + re.escape(without_acronyms(name))
    referred = r"The\s+(?:(?!of\b)[\w’'-]+\s+){0,4}?" + re.escape(head) + r"\b"
    opening = re.match(f"\\s*(?i:{named}|{referred})", sentence)
    return opening.end() if opening else None


def _head_rank(name: str) -> int:
    """The rank of a name's head noun: the word before "of" ("Office of Wicks"), else its
    last word ("Glass Division"); 0 for a noun not ranked."""
    return UNIT_RANK.get(_head_noun(name), 0)


def _body_the_unit_serves(
    page: PageLayout, unit: Root, definitions: list[AcronymDefinition]
) -> Root | None:
    """The body that the first sentence about a unit places it in (``unit_of_agency``)."""
    rank = _head_rank(unit.name)
    if not rank or rank >= 3 or not page.intro:
        return None
    first = page.intro[0]
    begin, stop = page.sentences(first.start, first.end)[0]
    in_title = page.title is not None and page.title.start <= unit.start < page.title.end
    if not (begin <= unit.start < stop or in_title):
        return None  # the first sentence is not about the unit
    opening = _opens_with_unit(page.text[begin:stop], unit.name)
    if opening is None:
        return None  # "The mission of the Division ...", "The Director ...": another subject
    text = page.text
    for match in _THE_NAME.finditer(text, begin + opening, stop):
        words = _without_trailing_links(match.group(1).split())
        if not words:
            continue
        before = _word_before(text, match.start())
        if before not in _CONTAINING:
            continue
        if before == "of" and _WILL_OF.search(text, max(0, match.start() - 60), match.start()):
            continue  # "executes the policies of the Council": the body that directs it
        name = " ".join(words)
        if _head_rank(name) <= rank or _names_position(name):
            continue
        start = match.start(1)
        end = agency_series_end(text, start + len(name))
        name = text[start:end]
        acronym = _defined_acronym(name, definitions)
        return Root(name, acronym, start, end, False, "unit_of_agency", head=unit)
    return None


register(
    "opening_subject_unit_of_body",
    "root",
    """A page that opens with a sentence about one unit of a larger body ("The Wick Division
    of the Department of Lamps mends ...", "The Lamp Warden's Office Wick Bureau is where
    ...", "The Lamp Ministry's Wick Division mends ...", "Wick Administration is one of the
    bureaus of the Ministry of Lamps") describes that unit under the body. The sentence's
    subject, a capitalized name opening it before its verb in lower case, is worded as a
    unit (its head noun an office, division, bureau, directorate, section, branch, wing,
    administration or department) and names the body that holds it: after "of the" inside
    the subject (a body by its head noun: office, department, ministry, ...), as an owner
    before it ("the Warden's Office", "the Lamp Ministry's", then the unit's name), or later
    in the sentence where the sentence places the unit in it ("is under the", "is located
    in the", "is housed within the", "is a unit of the", "is part of the", "is one of the
    bureaus of the") or makes it serve the body's other units ("lends support to the
    bureaus of the", "serves all divisions of the"). The body's head noun ranks above the
    unit's (``UNIT_RANK``; an office or department named by its owner, "the Lamp Warden's
    Office", heads the whole body).
    The body is the root and the unit stands under it, over the units the page goes on to
    list. It reads only where the root strategies fell to that sentence: its own line taken
    as the root's name, or its agency phrase, which must be the body (a phrase that took
    the subject with its body gives way to the body). Left alone: a root the title or
    another strategy gave; a name of one noun before "of the" ("The Bureau of the Wick
    Service", a name of its own, not a bureau of the service); a capitalized run followed
    by a preposition ("... Office in Oilton mends"), no verb; two units joined ("The Wick
    Office and Glass Bureau of the ..."), or two bodies ("... of the Lamp Office and the Oil
    Ministry"); an owner without a body's noun ("The Lamp Warden's Wick Mending Bureau") or
    before a post ("... Office Wick Keeper"); "of the" before people ("the Lamp Warden's
    Keepers"); a subject worded as no such unit ("Wick Works", "Wick Council"); a body the
    sentence names as a partner or a target ("works with the bureaus of the Ministry",
    "serves the keepers of the Ministry", "is independent of the Ministry", "was moved out
    of the Ministry"), or one ranking no higher than the unit ("The Wick Bureau of the Glass
    Office").""",
)
# The opening subject's name run greedily up to a verb in lower case, after an acronym in
# parentheses.
_OPENING_SUBJECT_NAME = re.compile(
    opening_name(lazy=False) + r"\s*(?:\([^()]{1,20}\)\s*)?(?P<verb>[a-z]+)\b"
)
# The nouns of a unit that the opening sentence's subject may be worded as.
_OPENING_UNIT_NOUNS = frozenset(
    {
        "office",
        "division",
        "bureau",
        "directorate",
        "section",
        "branch",
        "wing",
        "administration",
        "department",
    }
)
_BODY_NOUN_WORDS = frozenset(w.lower() for w in AGENCY_NOUNS) | UNIT_NOUNS
_OWNER_WORD = re.compile(r"[’']s$")
# A linking verb, perhaps with an adverb: "is", "has been", "is also".
_LINKING = r"(?:is|are|was|were|remains|has\s+been|had\s+been)(?:\s+(?:also|now|still|currently))?"
# What places the subject in a body named next ("the X"): "is under", "is located in",
# "is housed within", "operates within".
_PLACED_IN = re.compile(
    rf"(?:{_LINKING}\s+(?:(?:located|housed|placed|situated|based)\s+)?|(?:operates|sits)\s+)"
    r"(?:in|within|under)\s+"
)
# What makes the subject a part of a body named next: "is a unit of", "is part of", "is one
# of the bureaus of", "is an office within". The noun is checked (``_PART_NOUNS``).
_PART_OF = re.compile(
    rf"{_LINKING}\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>[\w-]+)|(?:a\s+)?(?P<part>part)"
    r"|one\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?P<nouns>[\w-]+))\s+(?:of|in|within|under)\s+"
)
_PART_NOUNS = _BODY_NOUN_WORDS | {"part", "component", "arm", "wing"}
# What makes the subject a unit serving the other units of a body named next, as a body's
# support services do: "lends support to the various bureaus of", "serves all divisions of"
# (``unit_of_agency`` reads it so). Partners ("works with the bureaus of") and people served
# ("serves the keepers of") are no such units.
_SERVES_UNITS_OF = re.compile(
    r"(?:supports|serves|assists|(?:lends|gives|provides)\s+support\s+to)\s+(?:all\s+)?"
    r"(?:the\s+)?(?:(?:various|other|several)\s+)?(?P<units>[\w-]+s)\s+of\s+"
)


def _places_unit_in(words: str) -> bool:
    """Whether the words between a subject's verb and a body's "the" place the subject in the
    body: "is under", "is housed within", "is a unit of", "is one of the bureaus of", "lends
    support to the bureaus of" (the units of the body it serves). A body after any other
    words is a partner or a target, no holder: "works with the bureaus of", "serves the
    keepers of", "is independent of", "was moved out of"."""
    if _PLACED_IN.fullmatch(words):
        return True
    served = _SERVES_UNITS_OF.fullmatch(words)
    if served is not None:
        return in_singular(served.group("units").lower()) in _BODY_NOUN_WORDS
    part = _PART_OF.fullmatch(words)
    if part is None:
        return False
    if part.group("nouns"):
        return in_singular(part.group("nouns").lower()) in _PART_NOUNS
    return (part.group("noun") or part.group("part")).lower() in _PART_NOUNS


def _unit_worded(name: str) -> bool:
    """A name worded as a unit: its head noun one of ``_OPENING_UNIT_NOUNS``."""
    return _head_noun(name) in _OPENING_UNIT_NOUNS


def _joins_names(name: str) -> bool:
    """Whether a name joins two names of units: a unit's noun before "and" or "&" ("Wick
    Office and Glass Bureau"); "Wick and Glass Division" is one unit's name."""
    return any(
        word.lower() in _BODY_NOUN_WORDS for word in re.findall(r"([\w’'-]+)\s+(?:and|&)\s", name)
    )


def _body_rank(name: str) -> int:
    """The rank of a body's head noun (``UNIT_RANK``); an office or department named by its
    owner ("the Lamp Warden's Office") is the office of the post heading the whole body, over
    all its units."""
    words = name.split()
    if (
        len(words) >= 2
        and _OWNER_WORD.search(words[-2])
        and _head_noun(name) in ("office", "department")
    ):
        return max(UNIT_RANK.values())
    return _head_rank(name)


def _subject_and_body(start: int, name: str) -> tuple[tuple[int, int], str] | None:
    """The unit and the body a subject names in itself: "Wick Division of the Lamp Office"
    (the unit, then its body), "Warden's Office Wick Bureau" or "Lamp Ministry's Wick
    Bureau" (the owner's body, then the unit), the body ranking above the unit. Returns the
    unit's span and the body's name."""
    cut = name.find(" of the ")
    if cut > 0:
        unit, body = name[:cut], name[cut + len(" of the ") :]
        if (
            len(unit.split()) >= 2
            and _unit_worded(unit)
            and _head_noun(body) in _BODY_NOUN_WORDS
            and not re.search(r"\s(?:and|&)\s+the\s", body)
            and _body_rank(body) > _head_rank(unit)
        ):
            return (start, start + cut), body
        return None
    words = name.split()
    for at, word in enumerate(words[:-2]):
        if not _OWNER_WORD.search(word):
            continue
        owner = _OWNER_WORD.sub("", word)
        if owner.lower() in _BODY_NOUN_WORDS and at >= 1:  # "Lamp Ministry's Wick Bureau"
            body, unit_from = " ".join([*words[:at], owner]), at + 1
        elif at + 3 < len(words) and words[at + 1].lower() in _BODY_NOUN_WORDS:
            # "Lamp Warden's Office Wick Bureau"
            body, unit_from = " ".join(words[: at + 2]), at + 2
        else:
            continue
        unit = " ".join(words[unit_from:])
        if _unit_worded(unit) and _body_rank(body) > _head_rank(unit):
            unit_start = start + name.index(unit, len(body))
            return (unit_start, unit_start + len(unit)), body
    return None


def opening_subject_unit_of_body(
    page: PageLayout, root: Root, definitions: list[AcronymDefinition]
) -> Root | None:
    """The body the opening sentence's subject, a unit, belongs to, with the unit under it
    (``opening_subject_unit_of_body``)."""
    if not page.intro or not enabled("opening_subject_unit_of_body"):
        return None
    if root.found_by not in ("root_from_agency_phrase", "root_from_first_line"):
        return None
    first = page.intro[0]
    spans = page.sentences(first.start, first.end)
    if not spans:
        return None
    begin, stop = spans[0]
    text = page.text
    opening = _OPENING_SUBJECT_NAME.match(text, begin, stop)
    if opening is None or opening.group("verb") in CONNECTORS | MORE_PREPOSITIONS:
        return None
    name, start = opening.group("name"), opening.start("name")
    if _joins_names(name):
        return None  # "The Wick Office and Glass Bureau of the ...": two units
    inside = _subject_and_body(start, name)
    if inside is not None:
        (unit_start, unit_end), body = inside
        body_start = text.index(body, start)
        unit = text[unit_start:unit_end]
    elif _unit_worded(name):
        unit_start, unit_end, unit = start, start + len(name), name
        rank = _head_rank(name)
        for match in _THE_NAME.finditer(text, opening.end("name"), stop):
            if not _places_unit_in(text[opening.start("verb") : match.start()]):
                continue  # "works with the Ministry", "serves the keepers of the Ministry"
            candidate = " ".join(_without_trailing_links(match.group(1).split()))
            if _body_rank(candidate) > rank:
                body, body_start = candidate, match.start(1)
                break
        else:
            return None
    else:
        return None
    head = Root(
        unit,
        _defined_acronym(unit, definitions),
        unit_start,
        unit_end,
        False,
        "opening_subject_unit_of_body",
    )
    end = agency_series_end(text, body_start + len(body))
    if root.found_by == "root_from_agency_phrase":
        if root.start == body_start:
            return replace(root, found_by="opening_subject_unit_of_body", head=head)
        if not (root.start <= body_start < root.end or body_start <= root.start < end):
            return None  # the agency phrase took another body than the one holding the unit
        # the phrase took the subject with its body ("Wick Bureau of the Lamp Ministry") or a
        # part of the body: the body is the root
    body = text[body_start:end]
    return Root(
        body,
        _defined_acronym(body, definitions),
        body_start,
        end,
        False,
        "opening_subject_unit_of_body",
        head=head,
    )
