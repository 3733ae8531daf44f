"""What several families of root strategies share: the ``Root`` record every strategy
returns, the agency phrase's pattern and nouns (``AGENCY``, ``AGENCY_NOUNS``), the nouns a page
refers to its own body by, and the tests of a body's name, a page's topic and a title's words
that more than one family reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.acronyms import AcronymDefinition, is_acronym
from pipeline.extract.names import name_tokens, title_case
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.vocabulary import (
    BUSINESS_NOUNS,
    CAPITAL,
    CONNECTORS,
    FURNITURE_NOUNS,
    LISTING_NOUNS,
    ORGANIZATION_WORDS,
    POSITION_WORDS,
    SECTION_WORDS,
    UNIT_NOUNS,
)

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
    alternative of AGENCY opens with a letter, and the pattern is tried only at those
    letters (with \\b and an optional "U.S. " first it was tried at every position of the
    page: 24 ms of a pass over the development pages, 4.7 ms now; the same matches)."""
    return words[0] + r"(?<!\w" + words[0] + ")" + re.escape(words[1:])


AGENCY = lazy_pattern(
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


def names_agency(name: str) -> bool:
    """Whether a name is an agency's: "... Enforcement", "Department of ...", "... Service"."""
    words = (title_case(name) if name.isupper() else name).split()
    return words[-1] in AGENCY_NOUNS or words[0] in ("Department", "Bureau", "Ministry")


def from_definition(definition: AcronymDefinition, is_unit: bool, found_by: str) -> Root:
    return Root(
        definition.expansion,
        definition.acronym,
        definition.expansion_start,
        definition.expansion_end,
        is_unit,
        found_by,
    )


# "Office of ..." in a title names the office the page is about (in prose, one of many).
TITLE_OFFICE = lazy_pattern(r"(?i:office) (?:of|for) ")


def defined_acronym(name: str, definitions: list[AcronymDefinition]) -> str | None:
    """The acronym the page defines for a name, if it defines one."""
    tokens = name_tokens(name)
    return next((d.acronym for d in definitions if name_tokens(d.expansion) == tokens), None)


# A mark in brackets closing a heading: a link back to the page's top ("Wick Supply [TOP]").
_CLOSING_MARK = lazy_pattern(r"\s*\[[^\[\]]*\]\s*$")


def _heading_words(text: str) -> set[str]:
    """A heading's words in lower case, without connectors or a closing mark in brackets."""
    return set(name_tokens(_CLOSING_MARK.sub("", text))) - CONNECTORS


def names_page_part(word: str) -> bool:
    """Whether a word alone after a title's acronym names a part of the site or a topic of
    the page ("Home", "Staff", "Mission", "News", "Directory", "Officials") or opens a date
    ("January 2020"), not a body."""
    lower = word.lower()
    return (
        lower in TOPIC_WORDS
        or lower in FURNITURE_NOUNS
        or lower in BUSINESS_NOUNS
        or lower in POSITION_WORDS
        or lower in {"home", "officials"}
        or lower in MONTHS
    )


# A month's name after a title's acronym opens a date ("LSX January 2020"), not a name.
MONTHS = frozenset(
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
# The nouns a body's name ends in, in lower case: an agency's ("ministry", "commission") or a
# unit's ("division", "office").
BODY_NOUNS = frozenset({noun.lower() for noun in AGENCY_NOUNS} | UNIT_NOUNS)
# Those that mark a body at a name's end (``ends_in_body``); not the words as often a
# portfolio's or a team's ("services", "enforcement", "staff", "program").
BODY_ENDS = BODY_NOUNS - {
    "service",
    "services",
    "enforcement",
    "protection",
    "staff",
    "team",
    "program",
    "group",
}


def names_body(name: str) -> bool:
    """Whether a name left by a title names a body: it ends in a body noun ("Wick Bank",
    "Lamp Board", "City") or is an acronym, or it is worded like an agency or an office
    ("Office of Lamp Operations")."""
    if {word.lower() for word in name.split()} <= ORGANIZATION_WORDS:
        return False  # "Organization Chart": the topic alone
    return ends_in_body(name) or TITLE_OFFICE.match(name) is not None or names_agency(name)


def ends_in_body(name: str) -> bool:
    """Whether a body noun or an acronym ends a name ("Wick Bank", "City", "LWA"); a year or
    a number is no acronym ("January 2020")."""
    last = re.sub(r"['’]s$", "", name.rsplit(maxsplit=1)[-1])
    # "Lamps/Wicks": two words, no acronym; "2020": a year, no acronym
    acronym = is_acronym(last) and "/" not in last and not last.isdigit()
    return last.lower() in BODY_ENDS or last in REFERRED_NOUNS or acronym


# A possessive's ending: "Bureau's", "Bureau’s", "Lamp Keepers'".
POSSESSIVE_END = lazy_pattern(r"(?:['’]s|(?<=s)['’])$")
# Most words a title naming units in the plural holds.
MAX_UNITS_TITLE_WORDS = 4


def title_words(title: str) -> list[str]:
    """A title's words as written, without the marks between them ("Lamp Departments |",
    "Lamp Departments - Lampton": "Lamp", "Departments", "Lampton")."""
    return re.findall(r"[A-Za-z][\w’'-]*", title)


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
    bodies = UNIT_NOUNS | {noun.lower() for noun in (*AGENCY_NOUNS, *REFERRED_NOUNS)}
    return not any(
        w.lower() in ("of", "for") or w.lower() in bodies or w.endswith(("'s", "’s"))
        for w in words[:-1]
    )


def owns_units(sentence: str, plural: str) -> bool:
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


def opening_name(*, lazy: bool) -> str:
    """The pattern of a capitalized name opening a sentence (after "The"), as group "name":
    its words joined by "of", "for", "and", "&" or "the", a word perhaps an owner's
    ("Warden's"); run to its shortest (``lazy``) or longest end before what follows."""
    word = CAPITAL + r"[\w&./’'-]*"
    more = r"(?:\s+(?:of|for|and|the|&|(?!The\s)" + word + "))*" + ("?" if lazy else "")
    return r"\s*(?:The\s+)?(?P<name>" + word + more + ")"


# The nouns a page refers to its own body by, capitalized after "the": "the Board".
REFERRED_NOUNS = (
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


# Words of a title that names what the page shows of a body, not the body: "Departments",
# "Components of the agency", "Staffing and Organization", "Organization of headquarters",
# "Leadership and Members", "Location of central offices".
TOPIC_WORDS = (
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


def is_name_line(line: str) -> bool:
    """Whether a line reads as a name: it has letters and no word in lower case but a
    connector ("Office of the Lamp Keeper", not "dark overlay" or "We are a ...")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    return bool(words) and all(w[0].isupper() or w.lower() in CONNECTORS for w in words)
