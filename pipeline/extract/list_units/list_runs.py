"""Where a list starts and ends in an outline: an item that leads into the items under it
(``outline_lead_in``) or announces them (``announcing_item``) opens a list of its own, so a
run of items is split there."""

from __future__ import annotations

import re

from pipeline.extract.list_units.common import CLAUSE_AFTER_COMMA, is_capitalized_name
from pipeline.extract.list_units.item_names import item_name
from pipeline.extract.list_units.lead_ins import (
    composition_lead_in,
    following_lead_in,
    functional_area_lead_in,
    held_parts_lead_in,
    listed_after_lead_in,
    plural_unit_noun,
)
from pipeline.extract.names import without_acronyms
from pipeline.rules import enabled, rule
from pipeline.text.blocks import LIST_ITEM, Block
from pipeline.text.lazy_patterns import lazy_pattern

# An item's name before a comma that opens a clause about it: "(2) Wick Supply, with such
# subordinate staff offices as are required, to manage the following functions:".
_NAME_BEFORE_COMMA_CLAUSE = lazy_pattern(
    r"(?:(?:A|An|The)\s+)?(?P<name>[^;:.()\n,]{2,80}?)(?=" + CLAUSE_AFTER_COMMA + r")"
)


def _depth(item: Block) -> int:
    """An item's list depth; a "Name: ..." line outside any list stands above the list items
    that follow it."""
    if item.kind == LIST_ITEM:
        return item.level or 1
    return item.level


def leads_in(text: str) -> bool:
    return (
        listed_after_lead_in(text)
        or composition_lead_in(text)
        or functional_area_lead_in(text)
        or held_parts_lead_in(text)
    )


def _outline_leads_in(text: str) -> bool:
    """An outline item that leads into the items under it: as a paragraph does, or by "The
    following divisions are created:" (``following_lower_case`` reads such an outline)."""
    return leads_in(text) or (
        enabled("following_lower_case") and text.rstrip().endswith(":") and following_lead_in(text)
    )


# "Four Bureaus namely", "Sections, namely:": "namely" at the end of an item.
_NAMELY_END = lazy_pattern(r"[\s,]+namely\s*[:;,.-]?\s*$", re.IGNORECASE)


@rule("unit", off=False)
def announcing_item(text: str) -> bool:
    """An outline item that announces the items after it leads into them though it ends
    without a colon, and they are units: "namely" at its end right after a plural unit noun
    ("Four Divisions namely" over "Wick care", "Oil supply", ...; "Sections, namely"; not
    "Two Wardens of the Divisions namely" nor "Heads of Sections, namely", whose items are
    the wardens or heads), or "the
    following" and a plural unit noun in its last sentence ("... the Bureau shall be made up
    of the following branches, each of which shall be commanded by a Deputy Warden." over
    "A. Wick Branch;", "B. Oil Branch;"). Its list is the deeper items after it, or, where
    a page's outline was set flat (the items after it at its own level), the run of items at
    its level up to the next such item; the announcing item itself is no unit. An item's own
    letter after the list's number ("2. A. Wick Branch;") is no part of its name."""
    text = text.rstrip()
    namely = _NAMELY_END.search(text)
    if namely is not None:
        words = re.findall(r"[A-Za-z]+", text[: namely.start()])
        # the noun the items are: the last before "namely", not after "of" ("Heads of
        # Divisions namely" lists the heads)
        return (
            bool(words)
            and plural_unit_noun(words[-1])
            and "of" not in (word.lower() for word in words[-3:-1])
        )
    return not text.endswith(":") and following_lead_in(text)


@rule("layout", off=None)
def outline_lead_in(items: list[Block]) -> int | None:
    """In a legal outline the lead-in is itself an item: "(b) The staff is comprised of the
    following:" over "(1) Mission staff ...", "(2) Legal staff ...". An item that ends in a
    colon, introduces units and has deeper items after it leads into them as a paragraph
    leads into a list; where the outline's levels were misread (the items after it are not
    deeper), the run of items at the next item's level is its list. An item that opens with a
    name of its own ("(b) Office of Wicks. The office consists of the following:") is a unit
    over its sub-items, not a lead-in. Returns the index of the first such item."""
    for index, item in enumerate(items[:-1]):
        if (
            item.kind == LIST_ITEM
            and items[index + 1].kind == LIST_ITEM
            and (
                (
                    _depth(items[index + 1]) != _depth(item)
                    and item.text.rstrip().endswith(":")
                    and _outline_leads_in(item.text)
                )
                or (_depth(items[index + 1]) >= _depth(item) and announcing_item(item.text))
            )
            and not _opens_with_name(item)
        ):
            return index
    return None


def _opens_with_name(item: Block) -> bool:
    found = item_name(item)
    if found is not None and is_capitalized_name(without_acronyms(found[0])):
        return True
    clause = _NAME_BEFORE_COMMA_CLAUSE.match(item.text)
    return clause is not None and is_capitalized_name(without_acronyms(clause.group("name")))


def outline_runs(lead: Block | None, items: list[Block]) -> list[tuple[Block | None, list[Block]]]:
    """A run of items split where an item leads into the deeper items after it
    (:func:`outline_lead_in`): the items before, that item's sub-items with it as their
    lead-in, then the rest (read again the same way)."""
    index = outline_lead_in(items)
    if index is None:
        return [(lead, items)]
    inner = items[index]
    stop = index + 1
    if _depth(items[stop]) > _depth(inner):
        while stop < len(items) and _depth(items[stop]) > _depth(inner):
            stop += 1
    else:  # the outline's levels were misread: the items at the next item's level follow it
        level = _depth(items[stop])
        while stop < len(items) and _depth(items[stop]) == level:
            stop += 1
    flat = _depth(items[index + 1]) == _depth(inner) and announcing_item(inner.text)
    # An announcing item at its list's own level is no item of the list before it.
    head = [(lead, items[: index if flat else index + 1])] if index or not flat else []
    rest = outline_runs(None, items[stop:]) if stop < len(items) else []
    inner_items = items[index + 1 : stop]
    inner_runs = (
        outline_runs(inner, inner_items)
        if any(announcing_item(item.text) for item in inner_items[:-1])
        else [(inner, inner_items)]
    )
    return [*head, *inner_runs, *rest]
