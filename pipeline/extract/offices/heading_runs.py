"""Runs of bare headings: lines of headings with no text under them read as a list of units
(``listed_heading_run``, ``run_closing_holder``, ``series_last_bare_heading``,
``bare_run_lone_member``) and a section headed as the organization's structure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract.list_units.common import is_capitalized_name
from pipeline.extract.list_units.headed_lists import HONORIFIC
from pipeline.extract.names import name_tokens
from pipeline.extract.offices.common import names_a_unit, opening_unit_noun, unit_opening
from pipeline.extract.offices.contact_and_staff_filters import staff_entry
from pipeline.rules import rule
from pipeline.text.blocks import PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import GROUP_RANK, MEMBER_RANK, Section, is_furniture, is_section_label
from pipeline.text.vocabulary import LISTING_NOUNS, ORGANIZATION_WORDS, POSITION_WORDS, UNIT_NOUNS
from pipeline.text.words import singular_noun

MIN_HEADING_RUN = 3
# The share of a run's headings that must name a unit by a unit noun when the run also
# holds page furniture or a section label ("Resources", "Forms and Publications").
MIN_WORDED_SHARE = 0.4
# A link's text, not a name: a file type in parentheses, or a sentence's stop inside it.
_PAGE_LINK = lazy_pattern(r"\((?:PDF|DOCX?|XLS)\b|\.\s")


@rule("filter", off=frozenset())
def listed_heading_run(sections: tuple[Section, ...]) -> frozenset[int]:
    """A run of three or more sibling headings with no text under any of them, one of which
    names a unit by a unit noun ("Wick Care", "Oil Supply Department", "Glass Works"), is a
    list of units laid out as lines: its headings that name no unit are units too, not links
    or labels (``bare_link_heading``); not a menu holding page furniture or a section label
    unless about half of it names units; not a roster (a person's name, "Name, Title", a
    heading that opens with a position word) nor a list of links ("Report (PDF)"), and not
    a heading with a number in it. Returns the ids of such headings' sections."""
    found: set[int] = set()
    for run, after in _bare_heading_runs(sections):
        # The run's last heading may have the text that follows the list under it.
        closing = [after] if after is not None and not after.members else []
        if len(run) >= MIN_HEADING_RUN and _unit_run(run + closing):
            found.update(id(m) for m in run if not _numbered_heading(m))
    return frozenset(found)


def _bare_heading_runs(
    sections: tuple[Section, ...],
) -> Iterator[tuple[list[Section], Section | None]]:
    """Each run of sibling headings with no text and no headings under them, with the
    sibling that ends it (``None`` at the end of its siblings)."""
    for siblings in _sibling_lists(sections):
        run: list[Section] = []
        for index in range(len(siblings) + 1):
            after = siblings[index] if index < len(siblings) else None
            if after is not None and not after.body and not after.members:
                run.append(after)
                continue
            if run:
                yield run, after
            run = []


def _sibling_lists(sections: tuple[Section, ...]) -> list[list[Section]]:
    """The page's top sections, then the members of each section that has any: each list of
    sibling headings once."""
    pending = list(sections)
    siblings_lists = [list(sections)]
    while pending:
        section = pending.pop()
        if section.members:
            siblings_lists.append(section.members)
            pending.extend(section.members)
    return siblings_lists


def _numbered_heading(section: Section) -> bool:
    """Whether a heading has a number in it (a date, a count, a page's link)."""
    return any(c.isdigit() for c in section.heading.text)


@rule("filter", off=frozenset())
def run_closing_holder(sections: tuple[Section, ...]) -> frozenset[int]:
    """A list of units set one to a line with the prose after it ("Wick Care", "Oil Supply
    Division", "Glass Works", "Soot Watch", "Mantle Division", then "Other units support these
    directorates.") is laid out as bare headings, its last line a heading with that prose under
    it, nested under the line before it ("Soot Watch" over "Mantle Division"): that line holds
    only the list's last line and has no text of its own. It is one of the run's lines, not a
    group or a link: a unit when the run counted with it lists units as ``listed_heading_run``
    reads them (three lines or more, one worded as a unit by a unit noun, no roster, no menu; a
    line with a number in it is not taken) and the line it holds is no roster's; its member is
    its peer. The line it holds, over prose, does not by its words make the run a list of units
    ("Lamp Office Overview" after "Share by Email", "Share by Post", "Share by Wire"). Not a
    heading with text of its own, nor one that holds two headings or more (a group's heading),
    nor one over a line with no prose under it (the page's last lines). Returns the ids of the
    run's sections with the holder's."""
    found: set[int] = set()
    for run, after in _bare_heading_runs(sections):
        if after is None or after.body or len(after.members) != 1:
            continue
        last = after.members[0]
        if not last.body:
            continue
        lines = [*run, after]
        if len(lines) >= MIN_HEADING_RUN and _unit_run(lines) and _unit_run([*lines, last]):
            found.update(id(m) for m in (*run, after) if not _numbered_heading(m))
    return frozenset(found)


# Siblings before a series' last heading whose text opens by calling each a unit of one noun.
MIN_SERIES = 2


@rule("filter", off=frozenset())
def series_last_bare_heading(sections: tuple[Section, ...]) -> frozenset[int]:
    """A series of sibling headings, each over prose that opens by calling its heading a unit
    of one noun ("Wick Care", then "This Committee trims the wicks ..."; "Oil Supply", then
    "This Committee keeps the oil ..."), whose last heading has no text under it ("Glass
    Works" as the page's last line: the page is cut there, or the unit's text is not written
    yet) ends with one more unit of the series, not a link or a label
    (``bare_link_heading``): the headings before it say what their siblings are. The series
    is the siblings right before the last heading, two or more, each opening its text with
    "This" and the same unit noun, no name's capital after it ("The Board was set up ..." may
    speak of the agency or any board; "This section describes ..." speaks of the page's own
    part); or one such sibling whose heading names a unit by its words ("Lamp Health Unit",
    then "This office tends ..."). Only the last of its siblings, in title case, with no
    number in it, neither page furniture nor a section label ("Related Links", "Contact
    Us"): "Share by Post" after one section "Wick Care" / "This Committee trims ..." stays a
    link. Returns the ids of such headings' sections."""
    found: set[int] = set()
    for siblings in _sibling_lists(sections):
        if len(siblings) < 2:
            continue
        last = siblings[-1]
        heading = last.heading.text
        if last.body or last.members or _numbered_heading(last) or not is_capitalized_name(heading):
            continue
        if is_furniture(heading) or is_section_label(heading):
            continue
        series = _unit_series_before(siblings[:-1])
        if len(series) >= MIN_SERIES or (len(series) == 1 and names_a_unit(series[0].heading.text)):
            found.add(id(last))
    return frozenset(found)


# Prose that opens by calling its heading a unit: "This Committee trims ...", "This office
# keeps ..." ("The Board ..." may be any board: the agency's, another).
_OPENS_AS_UNIT = unit_opening("This")
# A unit noun that, after "This", speaks of the page's own part as often as of a unit.
_PAGE_PART_NOUNS = frozenset({"section"})


def _unit_series_before(siblings: list[Section]) -> list[Section]:
    """The siblings at the end of ``siblings`` whose text opens by calling each a unit by the
    same noun after "This" (``series_last_bare_heading``)."""
    series: list[Section] = []
    nouns: set[str] = set()
    for section in reversed(siblings):
        if not section.body or section.body[0].kind != PARAGRAPH:
            break
        noun = opening_unit_noun(_OPENS_AS_UNIT, section.body[0].text)
        if noun is None or noun in _PAGE_PART_NOUNS or (nouns and noun not in nouns):
            break
        nouns.add(noun)
        series.append(section)
    return series


@rule("parent", off=frozenset())
def bare_run_lone_member(sections: tuple[Section, ...]) -> frozenset[int]:
    """In a run of bare headings whose levels only layout tells (no text under any of them:
    a chart's boxes, or offices set one to a line), a heading that holds only the one bare
    heading after it, beside a peer that holds none ("Office of Lamps", "Head of Lamp Staff",
    "Wick Counsel", "Office of Oil"), is no group: the heading after it is a peer of the run,
    as the headings around them are, and its parent is theirs. Returns the ids of such
    headings' sections."""
    found: set[int] = set()
    for siblings in _sibling_lists(sections):
        for index, section in enumerate(siblings):
            if _bare_lone_group(section) and any(
                _bare_peer(siblings[at]) for at in (index - 1, index + 1) if 0 <= at < len(siblings)
            ):
                found.add(id(section))
    return frozenset(found)


def _bare_lone_group(section: Section) -> bool:
    """A layout-ranked group heading with no text that holds one bare heading."""
    if section.rank != GROUP_RANK or section.body or len(section.members) != 1:
        return False
    lone = section.members[0]
    return lone.rank == MEMBER_RANK and not lone.body and not lone.members


def _bare_peer(section: Section) -> bool:
    """A layout-ranked group heading with no text and no members."""
    return section.rank == GROUP_RANK and not section.body and not section.members


def _unit_run(run: list[Section]) -> bool:
    """Whether a run of bodiless headings lists units: one names a unit by a unit noun, or,
    when the run also holds page furniture or a section label (a menu: "Resources", "Forms
    and Publications", "Wick Safety Tips", "Wick Field Office"), about half of
    them do (one office among links does not make the links units); and none names a
    person or a position alone (a roster: "Ms A B", "A B, Economist", "Chief Warden")."""
    worded = 0
    for member in run:
        heading = member.heading.text
        tokens = name_tokens(heading)
        if HONORIFIC.match(heading) or "," in heading or staff_entry(heading):
            return False
        if (tokens[:1] and tokens[0] in POSITION_WORDS) or _PAGE_LINK.search(heading):
            return False
        if set(tokens) & UNIT_NOUNS:
            worded += 1
        elif {singular_noun(token) for token in tokens} & POSITION_WORDS:
            return False
    if not worded:
        return False
    menu = any(is_furniture(m.heading.text) or is_section_label(m.heading.text) for m in run)
    return not menu or worded >= MIN_WORDED_SHARE * len(run)


@rule("layout", off=False)
def structure_section(heading: str) -> bool:
    """The prose of a section headed as the organization's structure ("Organization",
    "Organizational Structure", "Our Divisions") names units even on a page whose other units
    have headings of their own."""
    tokens = set(re.findall(r"[a-z]+", heading.lower()))
    return bool(tokens & (LISTING_NOUNS | ORGANIZATION_WORDS))
