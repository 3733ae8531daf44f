"""Extract the organizational units of a page: the root agency, groups, offices, sub-units.

Sections become units; a group section (a heading followed directly by headings) becomes the
parent of its members. Within a unit's text, a run of "Label: what it does" lines, or a list
after a lead-in such as "Offices include:", names its sub-units.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.extract.acronyms import AcronymDefinition
from pipeline.extract.names import (
    Phrase,
    content_tokens,
    name_phrases,
    name_tokens,
    split_list,
    title_case,
    without_acronyms,
)
from pipeline.extract.root import Root
from pipeline.extract.rules import enabled, register, rule
from pipeline.extract.unit_names import resolve_name
from pipeline.text.blocks import LABEL, LIST_ITEM, PARAGRAPH, Block, introduces_units
from pipeline.text.sections import PageLayout, Section
from pipeline.text.sentences import sentence_spans
from pipeline.text.vocabulary import (
    CONNECTORS,
    DIRECTORATE_NOUNS,
    POSITION_WORDS,
    PROGRAM_DESCRIPTORS,
    PROGRAM_NOUNS,
    TEAM_NOUNS,
    UNIT_NOUNS,
)

MAX_LABEL_WORDS = 6


@dataclass
class Unit:
    """A unit before ids are assigned."""

    name: str
    acronym: str | None
    unit_type: str
    heading: str | None
    description: str | None
    evidence_start: int
    evidence_end: int
    parent: Unit | None = None
    body: list[Block] = field(default_factory=list)
    found_by: str = ""
    parent_by: str | None = None


def _span_text(text: str, blocks: list[Block]) -> str | None:
    return text[blocks[0].start : blocks[-1].end] if blocks else None


def sentence_at(text: str, blocks: list[Block], position: int) -> tuple[int, int]:
    """The span of the sentence holding ``position``."""
    for block in blocks:
        if block.start <= position < block.end:
            for start, end in sentence_spans(text, block.start, block.end):
                if start <= position < end:
                    return start, end
            return block.start, block.end
    return position, position


def _program_signals(text: str, name: str, body: list[Block]) -> bool:
    """Whether the text calls a unit a program, initiative or fellowship."""
    escaped = re.escape(name)
    named = re.compile(
        escaped + r"(?:\s*\([^()]*\))?\s+(" + "|".join(PROGRAM_NOUNS) + r")\b", re.IGNORECASE
    )
    if named.search(_span_text(text, body) or ""):
        return True
    descriptors = "|".join(PROGRAM_DESCRIPTORS)
    for block in body:
        if block.kind != PARAGRAPH:
            continue
        first_start, first_end = sentence_spans(text, block.start, block.end)[0]
        sentence = text[first_start:first_end]
        head = re.split(r"\b(?:where|that|which|for|to|of|with|who)\b", sentence, maxsplit=1)[0]
        if set(name_tokens(head)) & PROGRAM_DESCRIPTORS:
            return True
        is_a = re.search(
            escaped + r"\s+is\s+an?\s+(?:[\w‑-]+\s+){0,3}?(" + descriptors + r")\b",
            sentence,
            re.IGNORECASE,
        )
        if is_a:
            return True
    return False


def unit_type(text: str, name: str, body: list[Block], *, is_group: bool) -> str:
    """Unit type from wording: office names, program language, position titles."""
    tokens = set(name_tokens(name))
    if tokens & DIRECTORATE_NOUNS and "office" not in tokens:
        return "directorate"
    if tokens & TEAM_NOUNS and "office" not in tokens:
        return "other"
    if tokens & UNIT_NOUNS - {"program", "corps"}:
        return "office"
    if not is_group and _program_signals(text, name, body):
        return "program"
    if tokens & POSITION_WORDS:
        return "leadership"
    return "other" if is_group else "office"


def is_proper_name(label: str) -> bool:
    """A short label whose every content word is capitalized: "Governance and Compliance"."""
    words = label.split()
    return len(words) <= MAX_LABEL_WORDS and all(
        word[:1].isupper() or word[:1].isdigit() or word in CONNECTORS for word in words
    )


@rule("unit", off=[])
def label_line_run(text: str, body: list[Block], parent: Unit, label_counts: Counter) -> list[Unit]:
    """A run of two or more distinct "Label: what it does" lines, each label a short proper
    name, lists the sub-units of the section it stands in."""
    units: list[Unit] = []
    run: list[Block] = []
    for block in [*body, None]:
        label = block.label if block is not None and block.kind == LABEL else None
        if (
            block is not None
            and label
            and is_proper_name(label)
            and label_counts[label.lower()] == 1
        ):
            run.append(block)
            continue
        if len(run) >= 2:
            for item in run:
                name = item.label or ""
                description = item.text[item.text.index(":") + 1 :].strip()
                units.append(
                    Unit(name, None, "other", name, description, item.start, item.end, parent)
                )
                units[-1].found_by = "label_line_run"
                units[-1].parent_by = "inside_section"
        run = []
    return units


@rule("unit", off=[])
def listed_after_lead_in(text: str, blocks: list[Block], parent: Unit) -> list[Unit]:
    """Items of a list introduced by a lead-in that names units ("Offices include:") are
    units of the section the list stands in."""
    units: list[Unit] = []
    lead_in = False
    for block in blocks:
        if block.kind == PARAGRAPH:
            lead_in = introduces_units(block.text)
        elif block.kind == LIST_ITEM and lead_in:
            name = title_case(without_acronyms(block.text))
            kind = unit_type(text, name, [], is_group=False)
            unit = Unit(name, None, kind, block.text, None, block.start, block.end, parent)
            unit.found_by, unit.parent_by = "listed_after_lead_in", "inside_section"
            units.append(unit)
        else:
            lead_in = False
    return units


PROSE_UNIT_NOUNS = frozenset(
    {"office", "bureau", "division", "directorate", "center", "team", "branch", "unit"}
)
_PREDICATE_UNIT = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:is|serves as)\s+(?:a|an|the|one of the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bureau|office|division|component|directorate|team|unit)s?\b"
)
_DIVIDES = re.compile(
    r"\b(?:sub-?divided|divided|organized|structured|composed|consists|comprises|made up)\b"
)


def _is_prose_unit(text: str, phrase: Phrase, sentence_end: int) -> bool:
    words = name_tokens(phrase.text)
    if len(words) < 2 or {"department", "agency"} & set(words):
        return False
    if words[-1] in PROSE_UNIT_NOUNS:
        return True
    for word, following in itertools.pairwise(words):
        if word in PROSE_UNIT_NOUNS and following in ("of", "for"):
            return True
    return bool(_PREDICATE_UNIT.match(text[phrase.end : sentence_end]))


@rule("unit", off=[])
def prose_unit(
    text: str, blocks: list[Block], top: Unit, known: set[frozenset[str]], definitions
) -> list[Unit]:
    """Units a page without unit headings names in prose: "The Office of X (OX) does ...".

    A sentence whose subject is a unit and that says it is divided into parts ("is further
    sub-divided into three teams: ...") makes that unit the parent of the units it names.
    """
    acronym_after = {d.expansion_end: d.acronym for d in definitions}
    by_tokens: dict[frozenset[str], Unit] = {}
    units: list[Unit] = []
    for block in blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        for start, end in sentence_spans(text, block.start, block.end):
            phrases = [
                part
                for phrase in name_phrases(text, start, end)
                if not phrase.text.endswith(("'s", "’s", "’"))
                for part in split_list(text, phrase, on_and=False)
            ]
            parent, parent_by = top, _top_parent_by(top)
            if phrases and enabled("divided_into") and _DIVIDES.search(text, start, end):
                subject = by_tokens.get(_unit_key(phrases[0].text))
                if subject is not None:
                    parent, parent_by = subject, "divided_into"
            for phrase in phrases:
                key = _unit_key(phrase.text)
                if key in known or not _is_prose_unit(text, phrase, end):
                    continue
                name = without_acronyms(phrase.text)
                acronym = acronym_after.get(phrase.end)
                unit = by_tokens.get(key)
                if unit is not None:
                    if acronym and not unit.acronym:
                        unit.name, unit.acronym = name, acronym
                    continue
                kind = unit_type(text, name, [], is_group=False)
                unit = Unit(name, acronym, kind, None, text[start:end], start, end, parent)
                unit.found_by, unit.parent_by = "prose_unit", parent_by
                by_tokens[key] = unit
                units.append(unit)
    return units


register(
    "divided_into",
    "parent",
    """A sentence whose subject is a unit and that says it is divided into parts ("is further
    sub-divided into three teams: ...") makes that unit the parent of the units it names.""",
)
register(
    "default_root",
    "parent",
    """A unit nothing else places hangs from the page's root agency.""",
)
register(
    "under_page_subject",
    "parent",
    """When the page title names a unit that the introduction describes, that unit is the
    page's subject and the units the page lists without other placement hang from it.""",
)


def _top_parent_by(top: Unit) -> str:
    return "default_root" if top.parent is None else "under_page_subject"


def _unit_key(name: str) -> frozenset[str]:
    """Names of one unit: "Chief Procurement Office" and "Office of the Chief Procurement
    Officer" share their words once the office holder is read as the office."""
    return frozenset(
        "office" if token == "officer" else token.removesuffix("s")
        for token in content_tokens(without_acronyms(name))
    )


def _section_unit(
    page: PageLayout,
    section: Section,
    parent: Unit,
    definitions: list[AcronymDefinition],
    parent_by: str,
) -> Unit:
    text = page.text
    resolved = resolve_name(text, section.heading, section.body, definitions)
    kind = unit_type(text, resolved.name, section.body, is_group=section.is_group)
    return Unit(
        name=resolved.name,
        acronym=resolved.acronym,
        unit_type=kind,
        heading=section.heading.text,
        description=_span_text(text, section.body),
        evidence_start=section.heading.start,
        evidence_end=resolved.evidence_end,
        parent=parent,
        body=section.body,
        found_by="section_heading",
        parent_by=parent_by,
    )


register(
    "section_heading",
    "unit",
    """A heading that opens a section (text under it, or wording that names a unit or a
    position) names a unit; the section's text describes it.""",
)
register(
    "heading_group",
    "parent",
    """A heading followed directly by other headings opens a group (a leadership position or
    directorate) and is the parent of the units those headings open.""",
)


def _names_a_unit(heading: str) -> bool:
    """Whether a heading with no text under it still names a unit or a position."""
    return bool(set(name_tokens(heading)) & (UNIT_NOUNS | POSITION_WORDS))


@rule("unit")
def title_names_unit(page: PageLayout, root_unit: Unit, definitions) -> Unit | None:
    """A page whose title names a unit that the introduction goes on to describe
    ("Management is responsible for ...") is about that unit, under the agency."""
    title = page.title
    assert title is not None
    resolved = resolve_name(page.text, title, page.intro, definitions)
    kind = unit_type(page.text, resolved.name, page.intro, is_group=False)
    return Unit(
        resolved.name,
        resolved.acronym,
        kind,
        title.text,
        _span_text(page.text, page.intro),
        title.start,
        resolved.evidence_end,
        root_unit,
        body=page.intro,
        found_by="title_names_unit",
        parent_by="default_root",
    )


@rule("filter", off=False)
def generic_section_heading(section: Section) -> bool:
    """Generic page-section headings ("Our Mission", "What We Do", "Related Links") are not
    units: their words are all section words, or they speak to or for the reader."""
    return section.is_label


@rule("filter", off=False)
def contact_section(section: Section) -> bool:
    """A "Contact Us" section and the lines under it are contact details, not units."""
    return section.is_contact


@rule("filter", off=False)
def bare_link_heading(section: Section) -> bool:
    """A heading with no text under it whose words name neither a unit nor a position is a
    link or a label, not a unit."""
    return not section.body and not _names_a_unit(section.heading.text)


def _unit_sections(page: PageLayout) -> tuple[list[Section], list[Block]]:
    """Sections that are units, and the prose of generic sections ("Our Mission")."""
    sections: list[Section] = []
    prose = list(page.intro)
    for section in page.sections:
        if contact_section(section):
            continue
        members = [
            m
            for m in section.members
            if not generic_section_heading(m) and not bare_link_heading(m)
        ]
        if generic_section_heading(section):
            prose.extend(section.body)
            sections.extend(members)
        elif section.body or members or not bare_link_heading(section):
            section.members = members
            sections.append(section)
    return sections, prose


def extract_units(page: PageLayout, root: Root, definitions: list[AcronymDefinition]) -> list[Unit]:
    """Every unit of the page, the root first, parents before children."""
    text = page.text
    start, end = sentence_at(text, page.blocks, root.start)
    if end <= start:
        start, end = root.start, root.end
    root_unit = Unit(root.name, root.acronym, "agency", None, None, start, end)
    root_unit.found_by = root.found_by
    units = [root_unit]
    top = root_unit
    title_unit = (
        title_names_unit(page, root_unit, definitions)
        if root.title_is_unit and page.title is not None
        else None
    )
    if title_unit is not None:
        top = title_unit
        units.append(top)
    else:
        root_unit.description = _span_text(text, page.intro)
    label_counts = Counter(
        (block.label or "").lower() for block in page.blocks if block.kind == LABEL
    )
    sections, prose = _unit_sections(page)
    units.extend(listed_after_lead_in(text, prose, top))
    if not sections or not enabled("section_heading"):
        known = {_unit_key(unit.name) for unit in units}
        units.extend(prose_unit(text, prose, top, known, definitions))
    if not enabled("section_heading"):
        return units
    for section in sections:
        unit = _section_unit(page, section, top, definitions, _top_parent_by(top))
        units.append(unit)
        units.extend(label_line_run(text, section.body, unit, label_counts))
        units.extend(listed_after_lead_in(text, section.body, unit))
        grouped = enabled("heading_group")
        for member in section.members:
            child = _section_unit(
                page,
                member,
                unit if grouped else top,
                definitions,
                "heading_group" if grouped else _top_parent_by(top),
            )
            units.append(child)
            units.extend(label_line_run(text, member.body, child, label_counts))
            units.extend(listed_after_lead_in(text, member.body, child))
    return units
