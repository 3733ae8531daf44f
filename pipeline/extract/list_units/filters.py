"""The filters of list items: names that are no unit (a word of a post's title alone, a
place and its region, a document's part, a pronoun that refers back, a unit found already)
and the lines of an addressee after a lead-in about post."""

from __future__ import annotations

import re

from pipeline.extract.list_units.common import ListContext
from pipeline.extract.list_units.lead_ins import plural_unit_noun
from pipeline.extract.names import REFERRING_WORDS, name_tokens, unit_nouns_only
from pipeline.rules import enabled, rule
from pipeline.text.blocks import postal_line
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sentences import sentence_spans
from pipeline.text.vocabulary import (
    CONTACT_WORDS,
    LISTING_NOUNS,
    MAIL_WORDS,
    POSITION_WORDS,
    UNIT_NOUNS,
)
from pipeline.text.words import singular_noun


def already_a_unit(name: str, context: ListContext) -> bool:
    """An item that names a unit found already (the page's own subject, a unit with its own
    heading) refers to it, and so does a heading that names a unit a list before it named
    ("It has these offices:", then a section per office): neither is a second unit (part of
    ``repeated_unit``: a page that names a unit again names the same unit)."""
    return enabled("repeated_unit") and context.resolve(name) is not None


# The words of a position title that modify its head and name no one alone.
TITLE_MODIFIERS = frozenset(
    {"under", "general", "deputy", "assistant", "associate", "chief", "executive", "principal"}
)


@rule("filter", off=False)
def title_modifier_alone(name: str) -> bool:
    """A name that is one word of a position title that modifies its head ("Under" from
    "Under the direction of ...", "General" from a paragraph headed "(a) General.") names no
    unit and no position: it is a section's label or the first word of a phrase."""
    words = name.split()
    return len(words) == 1 and words[0].lower().strip(".,:;") in TITLE_MODIFIERS


# A short proper name: one to three capitalized words ("Lampton", "North Oilshire").
_PROPER_PART = lazy_pattern(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}")


@rule("filter", off=False)
def place_and_region(name: str) -> bool:
    """A list item that is two short proper names split by a comma, with no "and" after it
    and no unit noun or position word in either ("Lampton, Oilshire", "Wickby, North
    Oilshire", "Cottage Infirmary, Lampton"), names where something stands, a town and its
    region or a facility and its town, as a list of an agency's offices by location gives
    them under a heading that is the unit ("District Lamp Offices"): it is no unit. A comma with
    an "and" after it joins a unit's areas ("Trade, Industry and Finance"), and a post
    before a comma ("Lamp Director, Wick Supply") is a post."""
    parts = [part.strip(" *") for part in name.split(",")]
    if len(parts) != 2 or re.search(r"\band\b|&", name):
        return False
    if set(name_tokens(name)) & (UNIT_NOUNS | POSITION_WORDS):
        return False
    return all(_PROPER_PART.fullmatch(part) for part in parts)


# A part of a document or a span of time, and its number or letter: "Appendix B", "Week 3".
_PART_LABEL = lazy_pattern(
    r"(?i:appendix|annex|schedule|section|chapter|part|article|week|phase|step)"
    r"\s+(?:\d+[A-Za-z]?|[IVXL]+|[A-Z])\.?"
    # a numbered instrument: "Executive Order No. 12", "Letter of Instruction No. 4"
    r"|(?:[A-Z][a-z]+\s+)*(?i:order|letter|circular|memorandum|resolution|ordinance|decree"
    r"|proclamation|directive|instruction)(?:\s+of(?:\s+[A-Z][a-z]+)+)?\s+No\.?\s*\d+",
)


@rule("filter", off=False)
def document_part_label(name: str) -> bool:
    """A name that is only the label of a part of a document or of a span of time, a word
    such as "appendix", "section", "chapter" or "week" and its number or letter ("Appendix
    B", "Section 7", "Chapter IV", "Week 2"), numbers where the page's text stands or when
    something happens ("Week 2 – Wick Supply and Glass Care": the board's agenda that week),
    not a unit: a unit's name holds a word of its own ("Wick Section 7", "Lamp Team B"). So
    does a numbered instrument's title ("Executive Order No. 12", "Letter of Instruction No.
    4"): the order or the letter, not a body."""
    return _PART_LABEL.fullmatch(name.strip()) is not None or numbered_part_title(name)


# A part of a document by its label and number, perhaps after a code's letters ("PART Wick-C
# 102", "Chapter Oil 100"), then its title, set off by a period, a colon, a dash or a wide
# space: "Section 1. Title.", "PART Wick-C 102  ORGANIZATION", "Article IV: Facilities",
# "Appendix D - Statistics". A section (a unit noun too: "Wick Section") is a law's part by a
# number in figures only.
_CODE_LETTERS = r"(?:[A-Za-z]{1,4}(?:-[A-Za-z]{1,3})?\s+)?"
_FIGURES = r"\d+(?:[.\-–]\d+)*[A-Za-z]?"
_NUMBERED_PART = lazy_pattern(
    r"(?:(?i:section|sec\.)\s+"
    + _CODE_LETTERS
    + _FIGURES
    + r"|(?i:chapter|subchapter|part|subpart|article|rule|appendix|annex|schedule)\s+"
    + _CODE_LETTERS
    + r"(?:"
    + _FIGURES
    + r"|[IVXLC]+|[A-Z]))"
    r"(?:\.\s+|\s*[:—–]\s*|\s+-\s+|\s{2,})"
    r"(?P<title>\S.*)",
    re.DOTALL,
)
# A title's words before its first "of" or "for", what the part is about: "DUTIES OF THE
# BOARD", "Description of Divisions", "Powers and Functions of the Director".
_TITLE_OF = lazy_pattern(r"\s(?i:of|for)\s")


@rule("filter", off=False)
def numbered_part_title(name: str) -> bool:
    """A name that is a numbered part of a document and its title, a word such as "section",
    "part", "chapter" or "article", its number (perhaps after a code's letters: "PART
    Wick-C 102", as a state's administrative code numbers its rules) and a title set off by
    a period, a colon, a dash or a wide space ("Section 1. Title.", "Section 14. Oil
    Allowances.", "PART Wick-C 102  ORGANIZATION"), is a part of the law or the
    rules that speaks of the body, not a unit, when its title names no unit and no post: a
    law's sections and a code's parts are where the text stands, and what they set up is
    named in them ("the department, which consists of: the division of wicks"), so the units
    under such a part are the body's own. A title worded as a unit or a post ("Section 6.
    Office of Wicks", "Section 10. Deputy Lamp Warden.") is kept, read by the rules that name
    it; a number run straight into the words with one space ("Section 9 Lamps", a program
    named after a law's section) is a name, not a part's label. Two guards on what a title
    names. Only its words before "of" or "for" are read: a part titled by what it says of a
    unit or a post ("PART Lmp 302  DESCRIPTION OF DIVISIONS", "Section 12. Powers of the
    Director.") is a part as "ORGANIZATION" is, and the divisions it lists are the body's, not
    the part's; a unit's name is headed by its noun ("Office of Wicks", "Divisions of the
    Board"). And a section is a law's part by a number in figures only: a section lettered or
    numbered in roman ("Section C - Clearing", "Section II - Accounts", in a list under "the
    bureau has these sections:") is one of the body's sections, as Commonwealth and police
    pages letter them, and a law numbers its sections in figures. Any other part may be
    lettered ("Appendix D - Statistics", "Subpart B—Definitions") as it may be numbered in
    roman: a letter that is no roman numeral letters it all the same."""
    match = _NUMBERED_PART.fullmatch(name.strip())
    if match is None:
        return False
    title = match.group("title")
    words = set(name_tokens(_TITLE_OF.split(title, maxsplit=1)[0]))
    words |= {singular_noun(word) for word in words}  # "Divisions of the Office"
    return bool(name_tokens(title)) and not words & (UNIT_NOUNS | POSITION_WORDS)


@rule("filter", off=False)
def refers_back(name: str) -> bool:
    """A name made of a pronoun or a determiner and at most one bare unit noun ("It", "The
    board", "The Team", "This office") refers to a unit named elsewhere; it names none. A word
    in capitals is an acronym, no pronoun ("WE Unit", "THE Unit")."""
    first = re.search(r"[A-Za-z]+", name)
    if first is None or first.group().lower() not in REFERRING_WORDS:
        return False
    if len(first.group()) > 1 and first.group().isupper():
        return False
    rest = unit_nouns_only(name)
    return rest is not None and len(rest) <= 1


def addressee_lines(lead: str, after: str) -> bool:
    """Lines after a lead-in about post or contact ("Correspondence can be mailed to:",
    "Send letters to:", "Requests must be submitted in writing to:", "Contact:") that run
    straight into a postal address, the line after the last of them a numbered street or a
    town with its postcode ("12 Wick Street", "Lampton, WX 01234"), are the address's first
    lines: the addressee ("Office of Wicks", "L.S. Department of Lamps"), not a list of
    units. A lead-in that names units in the plural (``plural_unit_noun``: "Send letters to
    the following offices:", "... sections:", "... boards:") still lists them. ``after`` is
    the first line after the list. Part of ``contact_line_noise`` (an address and its lines
    are contact details, not content)."""
    if not enabled("contact_line_noise") or not lead.endswith(":") or not postal_line(after):
        return False
    start, end = sentence_spans(lead)[-1]
    words = set(re.findall(r"[a-z]+", lead[start:end].lower()))
    listing = words & LISTING_NOUNS or any(map(plural_unit_noun, words))
    return bool(words & (MAIL_WORDS | CONTACT_WORDS)) and not listing
