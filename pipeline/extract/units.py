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
    # The plural unit noun of the count or "the following" a part was listed after ("three
    # divisions: Wick Care, ..."), for ``counted_part_named_in_full``; None for other units.
    listed_noun: str | None = None


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


def named_apart(unit: Unit, other: Unit) -> bool:
    """Whether two units of one name have two acronyms ("Wick Office (WO)", "Wick Office
    (OW)"): two units their acronyms tell apart, never one named twice (``repeated_unit``,
    ``unit_named_again``)."""
    return bool(unit.acronym and other.acronym and unit.acronym != other.acronym)


def reparent(unit: Unit, host: Unit, by: str | None = None) -> bool:
    """Hang ``unit`` from ``host`` (placed by the rule ``by``, or as before when None), unless
    ``unit`` is ``host`` or above it: then the move would make a unit its own ancestor (a
    department "located within" its own office, two units each "part of" the other), and
    ``unit`` stays where it is. Whether it moved. Every rule that moves a unit after the tree
    is first built moves it by this."""
    if is_above(unit, host):
        return False
    unit.parent = host
    if by is not None:
        unit.parent_by = by
    return True


def hang_cycles_on_root(units: list[Unit]) -> None:
    """The last net before the tree is read into rows (``page._extract`` runs it right before
    the office records are built, after every rule's move and filter): a unit whose parents
    lead back to it hangs from the root (``units[0]``; the root itself is left with no
    parent), so that every unit's parents end at the root and no rule's mistake can make the
    extraction loop or lose a unit. A tree without cycles is left as it is."""
    if not units:
        return
    root = units[0]
    for unit in units:
        while (entry := _cycle_entry(unit)) is not None:
            if is_above(root, entry):  # the root is in the cycle: it hangs from nothing
                root.parent, root.parent_by = None, None
            else:
                entry.parent, entry.parent_by = root, "default_root"


def _cycle_entry(unit: Unit) -> Unit | None:
    """The first unit of a parent cycle the walk up from ``unit`` comes round to, if any."""
    walked: set[int] = set()
    step: Unit | None = unit
    while step is not None and id(step) not in walked:
        walked.add(id(step))
        step = step.parent
    return step
