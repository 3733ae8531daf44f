"""Units named by the items of a list, nested as the list nests them.

A list names units when something says so: a lead-in that names units ("Offices include:")
or names their parent ("The Administration Branch includes:"), a heading over it that names
units ("Divisions"), items worded as units ("Police Training Academy" is not, "Real Estate
Division" is), or a run of "Name: what it does" lines. An item nested under an item that is a
unit is that unit's part.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.list_units.common import ListContext, is_capitalized_name, unit_worded
from pipeline.extract.list_units.filters import (
    addressee_lines,
    already_a_unit,
    document_part_label,
    place_and_region,
    title_modifier_alone,
)
from pipeline.extract.list_units.headed_lists import (
    contents_entry,
    listed_under_unit_heading,
    nested_part_name,
    parts_under_unit_heading,
    sentence_case_part,
    sentence_case_part_kept,
)
from pipeline.extract.list_units.item_finders import (
    dash_label,
    given_once,
    is_proper_name,
    label_line_run,
    table_unit_column,
    unit_column,
    unit_worded_items,
)
from pipeline.extract.list_units.item_names import (
    item_name,
    name_before_clause,
    unit_noun_heads_item,
)
from pipeline.extract.list_units.lead_ins import (
    MAX_LOWER_CASE_WORDS,
    composition_lead_in,
    counted_parts_lead_in,
    duties_lead_in,
    following_lead_in,
    following_lower_case,
    functional_area_lead_in,
    held_parts_lead_in,
    lead_in_counts_units,
    listed_after_lead_in,
    referring_lead_in,
)
from pipeline.extract.list_units.list_runs import _depth, announcing_item, leads_in, outline_runs
from pipeline.extract.list_units.parents import (
    agency_counts_its_parts,
    agency_lead_in,
    lead_in_names_parent,
    parts_name_their_whole,
)
from pipeline.extract.names import name_tokens, title_case, without_acronyms
from pipeline.extract.records import UnitType
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register
from pipeline.text.blocks import LABEL, LIST_ITEM, PARAGRAPH, Block
from pipeline.text.sections import is_furniture, person_name
from pipeline.text.vocabulary import LISTING_NOUNS

# Where the text says a list names units, its items may be written in lower case ("cyber
# security"); longer lower-case items are sentences about units, not names.
# The rules that find units in lists (a unit they found can be named again by a heading).
LIST_FINDERS = frozenset(
    {
        "lead_in_names_parent",
        "listed_after_lead_in",
        "announcing_item",
        "composition_lead_in",
        "following_lead_in",
        "listed_under_unit_heading",
        "label_line_run",
        "unit_worded_items",
        "table_unit_column",
        "parts_under_unit_heading",
        "referring_lead_in",
    }
)
# The finders whose lead-in names their items by a plural unit noun, counted or announced:
# an item of theirs in sentence case is kept (``announced_units_in_sentence_case``).
ANNOUNCING_LIST_FINDERS = frozenset(
    {"counted_parts_lead_in", "announcing_item", "following_lead_in"}
)
LOWER_CASE_FINDERS = (
    "announcing_item",
    "listed_after_lead_in",
    "composition_lead_in",
    "counted_parts_lead_in",
    "listed_under_unit_heading",
    "held_parts_lead_in",
    "table_unit_column",
)


def listed_type(words: str) -> UnitType | None:
    """The unit type a lead-in or heading gives its items: "Offices include:" lists offices,
    "Directorates" directorates."""
    tokens = re.findall(r"[a-z]+", words.lower())
    nouns = [t for t in tokens if t in LISTING_NOUNS]
    if not nouns:
        return None
    noun = nouns[-1]
    if noun.startswith("directorate"):
        return UnitType.DIRECTORATE
    if noun in ("teams", "units", "elements", "components", "organizations"):
        return UnitType.OTHER
    return UnitType.OFFICE


def _people(names: list[str]) -> bool:
    """Whether every one of a list's names is a person's ("Ada Glassby", "Jon Wickman"): a
    lead-in that refers back to the body's groups lists people instead (``referring_lead_in``;
    "Lamp Repair" alone may read as one, "Wick Sales" beside it does not)."""
    return bool(names) and all(person_name(name) for name in names)


def _runs(blocks: list[Block]) -> list[tuple[Block | None, list[Block]]]:
    """The lists among ``blocks``: each run of items with the paragraph just before it."""
    runs: list[tuple[Block | None, list[Block]]] = []
    previous: Block | None = None
    current: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind in (LIST_ITEM, LABEL):
            current.append(block)
            continue
        if current:
            lead = previous if previous is not None and previous.kind == PARAGRAPH else None
            runs.extend(outline_runs(lead, current))
            current = []
        previous = block
    return runs


def _label_runs(
    runs: list[tuple[Block | None, list[Block]]], label_counts: Counter
) -> list[tuple[Block | None, list[Block]]]:
    """Runs of "Label: text" lines split where a label is not a short proper name or repeats
    on the page ("Case study:", "Phone:" are field names, not units)."""
    out: list[tuple[Block | None, list[Block]]] = []
    for lead, items in runs:
        if not all(item.kind == LABEL for item in items):
            out.append((lead, items))
            continue
        current: list[Block] = []
        for item in [*items, None]:
            label = item.label if item is not None else None
            if label and is_proper_name(label) and given_once(label, label_counts):
                current.append(item)  # type: ignore[arg-type]
                continue
            if current:
                out.append((lead if current[0] is items[0] else None, current))
            current = []
    return out


def _cell(row: Block, column: int) -> tuple[str, int, int] | None:
    """A table row's cell in ``column``, with its span."""
    offset = 0
    for index, cell in enumerate(row.text.split(" | ")):
        if index == column:
            start = row.start + offset + len(cell) - len(cell.lstrip())
            name = cell.strip()
            return (name, start, start + len(name)) if name else None
        offset += len(cell) + 3
    return None


# The finders whose lead-in says its items are units: their items may be sentences naming a
# unit before a clause, and the agency a lead-in opens with may own them.
_LEAD_FINDERS = (
    "announcing_item",
    "listed_after_lead_in",
    "composition_lead_in",
    "following_lead_in",
    "counted_parts_lead_in",
    "functional_area_lead_in",
    "held_parts_lead_in",
    "referring_lead_in",
)
register(
    "capitalized_item_name",
    "filter",
    """A list item's name that is not in title case ("Trims the wicks", "wick care") is a
    duty or a sentence, not a unit, unless a lead-in or heading that says its items are units
    announces it and it is short (at most six words), or a rule for names in lower or
    sentence case keeps it (``following_lower_case``, ``sentence_case_part_kept``).""",
)


def _line_after(text: str, end: int) -> str:
    """The first line with text after ``end``."""
    for line in text[end : end + 1000].split("\n"):
        if line.strip():
            return line
    return ""


def list_units(
    text: str, blocks: list[Block], parent: Unit, context: ListContext, label_counts: Counter
) -> list[Unit]:
    """The units the lists among ``blocks`` name, nested as the lists nest them."""
    units: list[Unit] = []
    for lead, items in _label_runs(_runs(blocks), label_counts):
        lead_text = lead.text if lead is not None else ""
        # A header's columns are read in a table's rows only, their cells set apart by " | "
        # (not in lines under a header set otherwise, "Chairman: Ada Quill").
        column = unit_column(lead_text) if any(" | " in item.text for item in items) else None
        if column is not None and table_unit_column(lead_text):
            named = [(item, _cell(item, column)) for item in items]
        else:
            named = [(item, item_name(item)) for item in items]
        names = [found[0] for _, found in named if found]
        top = min(_depth(item) for item in items)
        top_names = [f[0] for item, f in named if f and _depth(item) == top]
        # A lead-in of duties ("The Lamp Office provides:") names neither the items' unit
        # nor lets their wording make them units.
        duties = bool(lead_text) and duties_lead_in(lead_text)
        owner = lead_in_names_parent(lead, context) if lead is not None and not duties else None
        labels = [item.label or "" for item in items if item.kind == LABEL]
        if not all(given_once(label, label_counts) for label in labels):
            continue
        if lead_text and addressee_lines(lead_text, _line_after(text, items[-1].end)):
            continue
        if owner is not None:
            finder = "lead_in_names_parent"
        elif lead_text and listed_after_lead_in(lead_text):
            finder = "listed_after_lead_in"
        elif lead_text and composition_lead_in(lead_text):
            finder = "composition_lead_in"
        elif lead_text and following_lead_in(lead_text):
            finder = "following_lead_in"
        elif lead_text and functional_area_lead_in(lead_text):
            finder = "functional_area_lead_in"
        elif lead_text and held_parts_lead_in(lead_text):
            finder = "held_parts_lead_in"
        elif column is not None and table_unit_column(lead_text):
            finder = "table_unit_column"
        elif len(labels) == len(items) and label_line_run(labels, label_counts):
            finder = "label_line_run"
        elif all(dashed := [dash_label(item) or "" for item in items]) and label_line_run(
            dashed, Counter(label.lower() for label in dashed)
        ):
            finder = "label_line_run"
            named = [
                (item, (label, item.start, item.start + len(label)))
                for item, label in zip(items, dashed, strict=True)
            ]
            names = dashed
        elif listed_under_unit_heading(context.heading) and not lead_text.endswith(":"):
            finder = "listed_under_unit_heading"
        elif len(items) >= 2 and not duties and unit_worded_items(top_names):
            finder = "unit_worded_items"
        elif (
            context.heading_is_unit
            and not lead_text
            and all(item.kind == LIST_ITEM for item in items)
            and len(top_names) == len([i for i in items if _depth(i) == top])
            and parts_under_unit_heading(
                top_names,
                [item.text.strip() for item in items if _depth(item) == top],
                context.heading or "",
            )
        ):
            finder = "parts_under_unit_heading"
        elif lead_text and counted_parts_lead_in(lead_text):
            finder = "counted_parts_lead_in"
        elif lead is not None and lead.kind == LIST_ITEM and announcing_item(lead_text):
            finder = "announcing_item"
        elif lead_text and referring_lead_in(lead_text) and not _people(top_names):
            finder = "referring_lead_in"
        else:
            continue
        clauses: dict[int, tuple[str, int, int] | None] = {}
        if finder in _LEAD_FINDERS or (finder == "lead_in_names_parent" and leads_in(lead_text)):
            clauses = {id(item): name_before_clause(item) for item, _ in named}
            named = [(item, clauses[id(item)] or found) for item, found in named]
            names = [found[0] for _, found in named if found]
        if not names:
            continue
        default_type = (
            listed_type(lead_text) or listed_type(context.heading or "") or UnitType.OTHER
            if finder != "unit_worded_items"
            else UnitType.OTHER
        )
        agency = (
            agency_lead_in(lead, context)
            if owner is None and lead is not None and finder in _LEAD_FINDERS
            else None
        )
        counting = (
            agency_counts_its_parts(lead, context, parent)
            if owner is None and agency is None and lead is not None
            else None
        )
        whole = (
            parts_name_their_whole(lead, context, parent)
            if owner is None
            and agency is None
            and counting is None
            and lead is not None
            and finder in _LEAD_FINDERS
            else None
        )
        base = owner or agency or counting or whole or parent
        base_by = (
            "lead_in_names_parent"
            if owner is not None
            else "agency_lead_in"
            if agency is not None
            else "agency_counts_its_parts"
            if counting is not None
            else "parts_name_their_whole"
            if whole is not None
            else "inside_section"
        )
        # The items of an announcing finder are ``announced_units_in_sentence_case``'s to
        # keep: with that rule off, ``lead_in_counts_units`` does not keep them instead.
        announced = (
            bool(lead_text)
            and finder not in ANNOUNCING_LIST_FINDERS
            and lead_in_counts_units(lead_text)
        )
        stack: list[tuple[int, Unit]] = []
        seen: set[tuple[str, ...]] = set()
        for item, found in named:
            depth = _depth(item)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            if found is None or (
                depth > top
                and not unit_worded(found[0])
                and finder != "label_line_run"
                and not (stack and nested_part_name(found[0]))
            ):
                continue
            proper = is_capitalized_name(without_acronyms(found[0]))
            if (
                enabled("capitalized_item_name")
                and not proper
                and (
                    finder not in LOWER_CASE_FINDERS
                    or len(without_acronyms(found[0]).split()) > MAX_LOWER_CASE_WORDS
                )
                and not (
                    finder == "following_lead_in" and following_lower_case(found[0], text, found[1])
                )
                and not (
                    (finder in LOWER_CASE_FINDERS or finder == "following_lead_in")
                    and unit_noun_heads_item(found[0])
                )
                and not (finder == "parts_under_unit_heading" and sentence_case_part_kept(found[0]))
            ):
                continue
            name, _, end = found
            if contents_entry(name):
                continue
            if already_a_unit(name, context):
                continue
            if context.is_staff(item.text) and not clauses.get(id(item)):  # "WICKS, headed by"
                continue
            if is_furniture(name):  # "The Director's Page", "Lamp News": a link, not a unit
                continue
            if title_modifier_alone(name) or place_and_region(name) or document_part_label(name):
                continue
            under, under_by = (stack[-1][1], "list_nesting") if stack else (base, base_by)
            if not enabled("list_nesting"):
                under, under_by = base, base_by
            clean = title_case(without_acronyms(name)) or name
            if tuple(name_tokens(clean)) in seen:  # the same unit named again, then described
                continue
            seen.add(tuple(name_tokens(clean)))
            description = item.text[end - item.start :].strip(" :–—-\n") or None
            unit = Unit(
                clean,
                context.acronym_for(name, item.text),
                context.unit_type(clean) if unit_worded(clean) else default_type,
                None,
                description,
                item.start,
                item.end,
                under,
                found_by=finder,
                parent_by=under_by,
                announced=announced and sentence_case_part(name),
            )
            units.append(unit)
            stack.append((depth, unit))
    return units
