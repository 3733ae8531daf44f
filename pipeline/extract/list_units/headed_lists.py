"""The finders that read the heading over a list: a heading that names units in the plural
(``listed_under_unit_heading``), and a list of a unit's parts under its heading or under an
item read as a unit (``parts_under_unit_heading``, ``nested_part_name``), with the longer and
sentence-case names such a list holds."""

from __future__ import annotations

import re

from pipeline.extract.list_units.common import (
    duty_words,
    is_capitalized_name,
    post_head,
    unit_worded,
)
from pipeline.extract.names import name_tokens, without_acronyms
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import listed_sections
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import names_field_unit
from pipeline.text.vocabulary import (
    CONNECTORS,
    FURNITURE_NOUNS,
    HONORIFICS,
    LISTING_NOUNS,
    ORGANIZATION_WORDS,
    SECTION_WORDS,
    UNIT_NOUNS,
)


def _names_units(heading: str | None) -> bool:
    """A heading that names units in the plural: "Divisions", "Our Offices", "Organizational
    Structure"."""
    if not heading:
        return False
    tokens = set(re.findall(r"[a-z]+", heading.lower()))
    if tokens & LISTING_NOUNS or tokens & ORGANIZATION_WORDS:
        return True
    # "Sections under this department": sections of a body the heading names; "Sections"
    # alone heads a document's table of contents
    return bool(tokens & (listed_sections() - LISTING_NOUNS)) and bool(tokens & UNIT_NOUNS)


@rule("unit", off=False)
def listed_under_unit_heading(heading: str | None) -> bool:
    """Items of a list under a heading that names units in the plural ("Divisions", "Our
    Offices", "Organizational Structure") are units."""
    return _names_units(heading)


MAX_NESTED_PART_WORDS = 5


@rule("unit", off=False)
def nested_part_name(name: str) -> bool:
    """An item nested under an item read as a unit, itself a short name in title case
    ("Wick Care" under "Office of Lamps", "Roads Maintenance" under "Public Works",
    "Engineering", "Matches Supply") is a part of that unit, though its words are
    not a unit's; a duty ("Maintains the lamps", "Trimming Wicks"), a sentence, a long
    phrase or a status word ("Repealed", "Reserved") under it is not."""
    return _short_title_name(name)


def _short_title_name(name: str) -> bool:
    """A short name in title case, neither a duty, a sentence nor a status word (what
    ``nested_part_name`` and ``parts_under_unit_heading`` each read, switched apart)."""
    bare = without_acronyms(name)
    words = bare.split()
    return (
        0 < len(words) <= MAX_NESTED_PART_WORDS
        and is_capitalized_name(bare)
        and not name.rstrip().endswith((".", ":", ";"))
        and not duty_words(words)
        and not (len(words) == 1 and words[0].lower().endswith("ed"))  # "Repealed", "Reserved"
    )


# A person's name: an honorific before it ("Dr. Jane Doe", "Ms Jane Doe") or a middle
# initial in it ("Jane Q. Doe").
HONORIFIC = lazy_pattern(r"(?:" + HONORIFICS + r")\.?\s")
_MIDDLE_INITIAL = lazy_pattern(r"\s[A-Z]\.\s")


@rule("unit", off=False)
def parts_under_unit_heading(names: list[str], lines: list[str], heading: str = "") -> bool:
    """A list straight under a heading read as a unit, with no lead-in of its own, whose
    every item is a short name in title case ("Wick Division" over "Oil Supply Directorate";
    "Lamp Services" over "Wick Care", "Glass Works"; one item or many) lists that unit's parts,
    as items nested under an item read as a unit do (``nested_part_name``): duties,
    sentences, long phrases and status words are not names. A list whose items' ``lines``
    hold a person's name ("Dr. Jane Doe", "John Q. Smith") is the unit's staff: none of its
    items is a part."""
    if any(HONORIFIC.match(line) or _MIDDLE_INITIAL.search(line) for line in lines):
        return False
    short = [
        _short_title_name(name)
        and name[:1].isalpha()
        and ("," not in name or _ENUMERATED.search(name) is not None)
        for name in names
    ]
    if bool(names) and all(short):
        return True
    if (
        len(names) >= 3
        and 2 * sum(short) >= len(names)
        and not any(contents_entry(name) for name in names)
    ):
        longer = enabled("long_name_among_parts")
        lower = enabled("sentence_case_among_parts") and unit_worded(heading)
        return all(
            ok or (longer and _long_title_name(name)) or (lower and sentence_case_part(name))
            for ok, name in zip(short, names, strict=True)
        )
    return False


register(
    "sentence_case_among_parts",
    "unit",
    """A list of a unit's parts under its heading (``parts_under_unit_heading``), most of its
    items short names in title case ("Glass Care", "Oil Yard", "Soot Removal"), is not lost
    for one short item typed in sentence case ("Wick supply", "Roads and oil works") when
    the heading is worded as a unit ("Lamp Services", "Wick Division"): a page that types
    its parts' names by hand does not always capitalize them alike, and one name in lower
    case does not make the list a list of duties. The others are the unit's parts, and so is
    the one in sentence case (``sentence_case_part_kept``). Not with a sentence
    (a full stop or colon at its end), a duty ("Trimming wicks"), a link's words (an article
    or a pronoun after the first word: "Pay a bill", "Find your warden") or a status word
    among the items, nor under a heading that names no unit ("Areas of Focus").""",
)


@rule("unit", off=False)
def sentence_case_part_kept(name: str) -> bool:
    """The one part in sentence case that a list of a unit's parts holds beside its names in
    title case (``sentence_case_among_parts``: "Wick supply" among "Glass Care", "Oil Yard"
    under "Lamp Care Services") is a part too, not a duty dropped from the list: the heading
    worded as a unit says what the items are, as a lead-in that names units does
    (``announced_units_in_sentence_case``), and a page that types its parts' names by hand
    capitalizes some of them as a sentence. Only a short name in sentence case."""
    return sentence_case_part(name)


def sentence_case_part(name: str) -> bool:
    """A short name in sentence case, its first word capitalized (``sentence_case_among_parts``)."""
    bare = without_acronyms(name)
    words = bare.split()
    return (
        0 < len(words) <= MAX_NESTED_PART_WORDS
        and bare[:1].isupper()
        and all(re.fullmatch(r"[A-Za-z][\w&/’'-]*", word) for word in words)
        and not name.rstrip().endswith((".", ":", ";"))
        and not duty_words(words)
        and not (len(words) == 1 and words[0].lower().endswith("ed"))
        and not {word.lower() for word in words[1:]} & _SENTENCE_WORDS
    )


# Words of a sentence or a link, not of a name: an article or a pronoun after the first word
# ("Pay a bill", "Find your warden", "Contact us").
_SENTENCE_WORDS = frozenset({"a", "an", "the", "your", "you", "our", "us", "my", "me", "we"})


def contents_entry(name: str) -> bool:
    """An item worded only as a part of a document ("Mission and Responsibilities",
    "Organization"): the list is a document's contents, not a unit's parts."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    return words <= SECTION_WORDS | CONNECTORS and not names_field_unit(name)


register(
    "long_name_among_parts",
    "unit",
    """In a list of a unit's parts under its heading (``parts_under_unit_heading``), most of
    its items short names in title case, an item that is a longer name in title case
    ("Wick Care", "Oil Supply", "Lamp Network on Glass Standards Secretariat", "Office of
    the Lamp Warden to the Wick Guild in Lampton") is one more part: a list of parts names
    some of them in full and others in a word or two. Not a post ("Deputy Warden of the
    Office of Wicks and Glass" among holders' names), nor a link to the page's furniture
    ("Downloads and Publications of the Office of Wicks"). Only a name: every content word
    capitalized, no closing stop, no duty, at most ten words.""",
)

MAX_LONG_PART_WORDS = 10


def _long_title_name(name: str) -> bool:
    """A name in title case longer than ``_short_title_name``'s, read among short ones."""
    bare = without_acronyms(name)
    words = bare.split()
    return (
        MAX_NESTED_PART_WORDS < len(words) <= MAX_LONG_PART_WORDS
        and is_capitalized_name(bare)
        and name[:1].isalpha()
        and not name.rstrip().endswith((".", ":", ";"))
        and not duty_words(words)
        and ("," not in name or _ENUMERATED.search(name) is not None)
        and not post_head(bare)
        and not set(name_tokens(bare)) & FURNITURE_NOUNS
    )


# A comma in a name joins the areas it enumerates ("Trade, Industry and Finance"); without
# an "and" after it, it parts a place from its region or a name from a title ("Lampton,
# Oilshire"; "Jane Doe, Director").
_ENUMERATED = lazy_pattern(r",.*\s(?:and|&)\s")
