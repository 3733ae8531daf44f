"""The finders that read a list's items alone, with no lead-in or heading to say what they
are: items worded as units (``unit_worded_items``), runs of "Label: text" lines or "Name –
text" items (``label_line_run``), a table's column of units (``table_unit_column``)."""

from __future__ import annotations

from collections import Counter

from pipeline.extract.list_units.common import unit_worded
from pipeline.extract.names import without_acronyms
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LIST_ITEM, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.vocabulary import CONNECTORS, UNIT_NOUNS

MAX_LABEL_WORDS = 6


def is_proper_name(label: str) -> bool:
    """A short label whose every content word is capitalized: "Governance and Compliance";
    the acronym it defines in parentheses is no word of it ("Lamp (LP) Division")."""
    words = without_acronyms(label).split()
    return len(words) <= MAX_LABEL_WORDS and all(
        word[:1].isupper() or word[:1].isdigit() or word in CONNECTORS for word in words
    )


# The header of a table's column of posts, beside a column of names ("Name | Title").
_POST_HEADERS = frozenset({"title", "position", "post", "job title", "designation"})


def unit_column(lead_in: str) -> int | None:
    """Which column of a table's header row is headed by a unit noun ("Unit | Phone": 0,
    "Name | Role | Team": 2), if any; else the column of posts beside a column of names
    ("Name | Title": 1), whose posts name the rows' units as a list of officials' titles
    does, not the people."""
    if " | " not in lead_in:
        return None
    headers = [header.strip().lower().rstrip(":") for header in lead_in.split(" | ")]
    for index, header in enumerate(headers):
        if header.rstrip("s") in UNIT_NOUNS:
            return index
    if "name" in headers:
        return next((i for i, header in enumerate(headers) if header in _POST_HEADERS), None)
    return None


@rule("unit", off=False)
def table_unit_column(lead_in: str) -> bool:
    """Rows of a table with a column headed by a unit noun ("Unit | Phone", "Name | Role |
    Team") name units in that column (a unit named in many rows is one unit); a table of
    people and their posts ("Name | Title", "Name | Position") names them in its column of
    posts, not of people."""
    return unit_column(lead_in) is not None


@rule("unit", off=False)
def unit_worded_items(names: list[str]) -> bool:
    """A list most of whose items are worded as units or positions ("Real Estate Division",
    "Deputy Director for Operations") names units. An item that opens with a noun of an
    undertaking before "of" ("Establishment of a Wick Testing Laboratory", "Construction of
    the Oil Depot Office") names a project, the work of setting up what follows, and is not
    worded as a unit: a list of a body's projects is no list of its units."""
    worded = sum(unit_worded(name) for name in names)
    return bool(names) and worded * 2 > len(names)


# "Name – what it does": an item's name before a spaced dash (or hyphen) on its first line.
_DASH_LABEL = lazy_pattern(r"(?P<label>[A-Z][^\n:]*?)\s+[–—-]\s+\S")


def dash_label(item: Block) -> str | None:
    """The name a "Name – what it does" list item gives before its dash."""
    if item.kind != LIST_ITEM:
        return None
    match = _DASH_LABEL.match(item.text)
    return match.group("label") if match else None


@rule("unit", off=False)
def label_line_run(labels: list[str], label_counts: Counter) -> bool:
    """A run of two or more "Label: what it does" lines, each label a short proper name (the
    acronym it defines aside: "Lamp Rules (LR):") given once (``repeated_label_run``), lists
    units; so does a list whose every item is "Name – what it does" (a dash in place of the
    colon), sub-items included."""
    return len(labels) >= 2 and all(
        label and is_proper_name(label) and given_once(label, label_counts) for label in labels
    )


def given_once(label: str, label_counts: Counter) -> bool:
    """A label the page gives once may name a unit; one it repeats is a field's
    (``repeated_label_run``; switched off, every label may)."""
    return label_counts[label.lower()] == 1 or not enabled("repeated_label_run")


register(
    "repeated_label_run",
    "filter",
    """A label the page gives more than once ("Phone:", "Hours:" over each office's details)
    names a field, not a unit: a run of list items and "Label: text" lines that holds one is
    a set of fields, none of its items a unit, and a run of "Label: text" lines lists units
    (``label_line_run``) only when each of its labels is given once on the page.""",
)
