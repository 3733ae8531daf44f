"""Units in table columns: a column whose header names units and the rows under it."""

from __future__ import annotations

import re

from pipeline.extract.list_units.common import is_capitalized_name
from pipeline.extract.names import name_tokens
from pipeline.extract.offices.common import UnitIndex, top_parent_by, unit_named
from pipeline.extract.units import Unit
from pipeline.rules import rule
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import UNIT_NOUNS
from pipeline.text.words import singular_noun

# A flattened table's header whose first cell names a column of units, its cells set apart by
# spaces or run together, not by bars ("Division   Number", "Department  Activities",
# "Division/Unit TitleWhole-time Equivalent"): the unit noun(s), a "Title" or "Name" after
# them, then the label of the column beside ("Number", "Phone", "Activities", "Staff").
_UNIT_COLUMN_HEADER = lazy_pattern(
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
_ROW_BEFORE_NUMBER = lazy_pattern(r"(?P<name>[A-Z][^\d|:;\n]*?)[ \t]*\(?\d")
_ROW_BEFORE_SENTENCE = lazy_pattern(
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
    return all(noun in UNIT_NOUNS or singular_noun(noun) in UNIT_NOUNS for noun in nouns) and (
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
                unit_named(
                    text,
                    name,
                    at,
                    top,
                    found_by="unbarred_unit_column",
                    parent_by=top_parent_by(top),
                    is_group=False,
                )
            )
            known.append(name_tokens(name))
    return found
