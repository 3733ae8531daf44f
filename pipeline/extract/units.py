"""A unit as the extractors find it, before ids are assigned."""

from __future__ import annotations

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
    # Whether a lead-in names the unit by a plural unit noun, counting or announcing the
    # list it is an item of ("The directorate has the following four divisions:").
    announced: bool = False
