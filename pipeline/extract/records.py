"""Records the extractors return: plain dataclasses, one per published table.

Every record carries its provenance: the source it came from and the character span
(``char_start``, ``char_end``) of its evidence in that source's normalized text, so that
``text[char_start:char_end] == evidence`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class UnitType(StrEnum):
    """What an office row is (``offices.unit_type``); the agency is each page's root."""

    AGENCY = "agency"
    LEADERSHIP = "leadership"
    OFFICE = "office"
    DIRECTORATE = "directorate"
    PROGRAM = "program"
    OTHER = "other"


@dataclass(frozen=True)
class Office:
    source_id: str
    office_id: str
    name: str
    acronym: str | None
    unit_type: UnitType
    parent_id: str | None
    heading: str | None
    description: str | None
    found_by: str
    parent_by: str | None
    evidence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Acronym:
    source_id: str
    acronym: str
    expansion: str
    office_id: str | None
    found_by: str
    evidence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Program:
    source_id: str
    program_id: str
    name: str
    acronym: str | None
    office_id: str | None
    parent_program_id: str | None
    found_by: str
    evidence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class PageExtraction:
    """Everything extracted from one page."""

    offices: list[Office] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
