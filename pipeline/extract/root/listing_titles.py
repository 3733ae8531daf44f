"""Titles that list a page's bodies instead of naming one: departments (the root is the
city, county or state that has them) and units in the plural (read as a section label; a
subject worded as one of those units is no root)."""

from __future__ import annotations

import re

from pipeline.extract.names import DASHES, HYPHENS
from pipeline.extract.root.common import (
    BODY_ENDS,
    POSSESSIVE_END,
    Root,
    _names_units_in_plural,
    names_page_part,
    owns_units,
)
from pipeline.rules import enabled, register
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import LINK_VERBS, NUMBER_WORDS
from pipeline.text.words import in_singular

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
_JURISDICTION = lazy_pattern(
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
    words = [POSSESSIVE_END.sub("", word.strip(_LISTING_MARKS)) for word in text.lower().split()]
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
            if words[at].lower() in BODY_ENDS or names_page_part(words[at]):
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


def names_units_in_plural(title: str) -> bool:
    """Whether a title names the page's units in the plural (``root_title_names_units``):
    a plural unit noun closes it, no "of" or "for" names their owner, and it is short."""
    return enabled("root_title_names_units") and _names_units_in_plural(title)


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
    return not owns_units(sentence, plural)
