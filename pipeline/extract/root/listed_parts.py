"""Whether a name worded as an agency is one of the parts the page lists or describes in
turn (``root_not_a_listed_part``): held alone by a list item or heading, opening an item that
describes it, opening the paragraph under its heading, or defined in turn with its peers. The
agency phrase, the introduction's agency and the first sentence's subject all pass over it."""

from __future__ import annotations

from itertools import pairwise

from pipeline.extract.names import name_tokens
from pipeline.extract.root.common import AGENCY, _heading_words
from pipeline.rules import enabled, register
from pipeline.text.blocks import LABEL, Block
from pipeline.text.hints import HEADING, LIST_ITEM, PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, is_section_label
from pipeline.text.vocabulary import CONNECTORS

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
_ITEM_NUMBER = lazy_pattern(r"\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s*)?(?:[Tt]he\s+)?")
_ITEM_CLOSE = lazy_pattern(r"\s*(?:\([A-Za-z&.-]{2,12}\))?\s*[;,.]?(?:\s*(?:and|or))?\s*")


def listed_part(page: PageLayout, at: int, start: int, end: int) -> bool:
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
_DESCRIPTION_AFTER = lazy_pattern(
    r"\s*(?:\([A-Za-z&.-]{2,12}\)\s*)?(?:[.:–—-]\s+|\s+(?:The|This|It)\s)"
)
# A sentence's opening word that an agency's name runs on to when an item's description
# follows it with no mark between them ("Department of Lamps The Director ...").
_SENTENCE_OPENER = lazy_pattern(r"\s(?=(?:The|This|It)\s)")


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


def opens_listed_item(page: PageLayout, at: int, start: int) -> bool:
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
_OPENING_DEFINITION = lazy_pattern(
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
_NAME_OPENING = lazy_pattern(
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
    return AGENCY.match(page.text, at, block.end) is not None
