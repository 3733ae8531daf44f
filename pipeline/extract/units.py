"""A unit as the extractors find it, before ids are assigned."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.extract.records import UnitType
from pipeline.text.blocks import Block


@dataclass
class Unit:
    """A unit before ids are assigned."""

    name: str
    acronym: str | None
    unit_type: UnitType
    heading: str | None
    description: str | None
    evidence_start: int
    evidence_end: int
    parent: Unit | None = None
    body: list[Block] = field(default_factory=list)
    found_by: str = ""
    parent_by: str | None = None
    # Whether ``sentence_case_item`` leaves the unit for ``lead_in_counts_units``: a short
    # name in sentence case, an item of a list whose lead-in counts or announces it by a
    # plural unit noun ("The directorate has the following four divisions:"), taken by a
    # finder other than those whose items ``announced_units_in_sentence_case`` keeps.
    announced: bool = False


def ancestors(unit: Unit) -> Iterator[Unit]:
    """The units above ``unit``, its parent first, each once: a walk up the parents that ends
    where a parent cycle would bring it back, so that no reader of the tree can loop on one
    (``reparent`` keeps rules from making a cycle; ``hang_cycles_on_root`` breaks any left)."""
    seen = {id(unit)}
    step = unit.parent
    while step is not None and id(step) not in seen:
        seen.add(id(step))
        yield step
        step = step.parent


def is_above(unit: Unit, other: Unit) -> bool:
    """Whether ``unit`` is ``other`` or one of the units above it."""
    return unit is other or any(step is unit for step in ancestors(other))
