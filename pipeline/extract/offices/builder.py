"""Extract the organizational units of a page: the root agency, groups, offices, sub-units.

Sections become units; a group section (a heading followed directly by headings) becomes the
parent of its members. Within a unit's text, a run of "Label: what it does" lines, or a list
after a lead-in such as "Offices include:", names its sub-units.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pipeline.extract.acronyms import AcronymDefinition, Definitions, name_before_its_acronym
from pipeline.extract.evidence import bounded
from pipeline.extract.list_units.builder import LIST_FINDERS, list_units
from pipeline.extract.list_units.common import ListContext
from pipeline.extract.list_units.filters import (
    already_a_unit,
    document_part_label,
    numbered_part_title,
    refers_back,
)
from pipeline.extract.names import ends_with, name_tokens, without_acronyms
from pipeline.extract.offices.common import (
    _FOLLOWING,
    ENUMERATION_FINDERS,
    LEADS_VERB,
    MAX_NAME_WORDS,
    NAME,
    POSTS,
    UnitIndex,
    listed_whole,
    rank_noun,
    sentence_at,
    span_text,
    top_parent_by,
    unit_key,
    unit_named,
    unit_type,
    worded_as_unit,
)
from pipeline.extract.offices.composition_lists import (
    article_led_part_series,
    composition_list,
    copula_names_share_noun,
    list_run_of_found_peers,
    lower_case_part_series,
    series_of_found_peers,
    such_as_parts,
    units_including_series,
)
from pipeline.extract.offices.contact_and_staff_filters import (
    bare_link_heading,
    contact_detail_heading,
    contact_section,
    dated_line,
    government_branch,
    person_line,
    person_named_elsewhere,
    possessive_heading,
    signature_line,
    staff_entry,
    year_heading,
)
from pipeline.extract.offices.counted_parts import (
    counted_parts_besides,
    counted_parts_in_parentheses,
)
from pipeline.extract.offices.governed_lists import governed_lists, work_done_by_list
from pipeline.extract.offices.heading_filters import (
    acronym_of_unit,
    apparatus_heading,
    code_outline_heading,
    duty_head_heading,
    furniture_contents,
    generic_section_heading,
    legal_caption,
    meeting_records,
    project_status_heading,
    record_head_heading,
    refers_to_a_body,
    report_caption_heading,
    sentence_case_topic,
    text_calls_heading_a_unit,
    topic_of_unit_heading,
)
from pipeline.extract.offices.heading_runs import (
    bare_run_lone_member,
    listed_heading_run,
    run_closing_holder,
    series_last_bare_heading,
    structure_section,
)
from pipeline.extract.offices.joined_names import part_joined_names
from pipeline.extract.offices.name_filters import (
    named_in_full,
    parents_first,
    qualified_repeat,
    series_neighbours,
    without_abolished,
    without_non_unit_names,
)
from pipeline.extract.offices.names_in_text import (
    acronym_inside_name,
    acronym_named_unit,
    announced_names_last_resort,
    defined_name_acronym,
    unit_names_in_text,
)
from pipeline.extract.offices.own_parts import name_listed_parts_in_full
from pipeline.extract.offices.paragraph_subjects import (
    agent_of_work_beside_headings,
    duties_over_peers,
    listed_without_noun,
    opening_statements,
    paragraph_subject_part,
    runs_of_text,
    sentence_subject_part,
    subject_among_peer_paragraphs,
    subject_beside_headings,
    subject_peers,
)
from pipeline.extract.offices.parents_composition import (
    composed_parents,
    departments_beside_headings,
    field_named_parents,
    item_description_parents,
    nested_parts,
    parenthesized_parts,
    peers_of_same_noun,
    run_parents,
)
from pipeline.extract.offices.parents_falls_under import (
    fall_under_parents,
    lead_in_report_parents,
    opening_phrase_parents,
)
from pipeline.extract.offices.parents_lead_ins import (
    agency_composed_of,
    last_named_lead_in_parents,
    named_bare,
    referring_lead_in_parents,
)
from pipeline.extract.offices.parents_within import (
    housed_within,
    known_as_body,
    known_as_head,
    placed_within,
    repeated_unit,
    unit_within_unit,
)
from pipeline.extract.offices.peer_headings import (
    lone_topic_heading,
    paired_topic_heading,
    peer_sections,
)
from pipeline.extract.offices.positions import (
    agency_headed_by,
    assisted_by,
    chosen_presiding_officers,
    governing_board,
    office_of_post_lower_case,
)
from pipeline.extract.offices.prose_units import outline_subject, prose_unit
from pipeline.extract.offices.refused_page import in_fallback, lone_body_mode, refused_page_units
from pipeline.extract.offices.section_enumerations import section_enumeration
from pipeline.extract.offices.section_units import (
    account_of_body_heading,
    bare_heading,
    headed_as_unit,
    position_unit,
    section_unit,
    title_names_unit,
)
from pipeline.extract.offices.semicolon_series import semicolon_named_series, semicolon_series
from pipeline.extract.offices.shared_noun_series import plural_noun_of_series
from pipeline.extract.offices.table_columns import unbarred_unit_column
from pipeline.extract.records import UnitType
from pipeline.extract.root.common import Root
from pipeline.extract.root.referred_bodies import first_line_referred_body, owner_of_titled_units
from pipeline.extract.units import Unit, ancestors, is_above, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import (
    LABEL,
    LIST_ITEM,
    PARAGRAPH,
    Block,
    directory_row,
    document_division_heading,
)
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, Section, directory_holder_line, titled_holder_line
from pipeline.text.vocabulary import UNIT_NOUNS

# The prose finders whose units a page with unit headings keeps too: what its prose lists
# by a shared noun or as positions is no heading's.
PROSE_FINDERS_BESIDE_HEADINGS = frozenset(
    {"shared_unit_noun", "compass_series", "listed_positions", "acting_unit"}
)


register(
    "agency_heading_prose",
    "layout",
    """The paragraphs under a heading that names the page's agency again ("Lamp Board" over
    "The Lamp Board's structure includes the Wick Office and the Oil Office") are the
    agency's own prose, as its introduction is: on a page whose headings name no unit they
    are read for the units they name.""",
)

register(
    "section_heading",
    "unit",
    """A heading that opens a section (text under it, or wording that names a unit or a
    position) names a unit; the section's text describes it.""",
)


def _subjects_found_already(builder: _Builder) -> None:
    """A part whose parent is a sentence's subject that ``counted_parts_subject`` named and
    that was not added, because the page's readers had found that unit already ("The Wick
    Supply Division" of prose), hangs from the unit found."""
    present = {id(unit) for unit in builder.units}
    for unit in builder.units:
        parent = unit.parent
        if (
            parent is not None
            and id(parent) not in present
            and parent.found_by == "counted_parts_subject"
        ):
            found = builder.index.resolve(parent.name)
            if found is not None:
                reparent(unit, found)


_PART_OF_HINT = lazy_pattern(r"\spart\s+of\s+the\s+[A-Z]")
_LEADS = lazy_pattern(
    r"\s*(?:The\s+)?(?P<lead>" + NAME + r")\s+(?:also\s+)?(?:" + LEADS_VERB + r"|directs|manages"
    r"|runs)\b"
)


def _beside(parent: Unit, listed: Unit) -> bool:
    """Whether a heading under ``parent`` stands beside the section of the unit whose
    sentence enumerated ``listed`` (``parent`` is that unit or one of its ancestors) or under
    a part enumerated with it under that unit (a series names each part once: such a
    heading only follows that part's), not under another unit's, whose part of the same
    name is another unit (``repeated_unit``)."""
    if parent.parent is listed.parent and parent.found_by == listed.found_by:
        return True  # a sibling part's section: the headings follow one another
    return any(above is parent for above in ancestors(listed))


@rule("name", off=True)
def item_acronym_of_name(name: str, definitions: list[AcronymDefinition]) -> bool:
    """A list item's first acronym in parentheses is its unit's only when the page defines
    it for that unit's name: the long form is the name, the name's tail ("Glass Audits
    (OGA)" for the Office of Glass Audits) or its head ("Wick Review (WR) Branch"), or the
    name the long form's tail. An item whose text goes on
    about other bodies ("Immediate Office Parts. (1) The Director of the Office of Wick
    Review (OWR) ...", "represents the board at the Lamp Makers Guild (LMG)") gives the
    unit none of their acronyms. A long form the name ends with is not the object of a
    link ("Liaison to the Lamp Makers Guild", "Wick Team and Lamp Makers Guild"), and one the
    name opens with is followed by a unit noun ("Wick Review Branch", not "Lamp Makers Guild
    Liaison Unit"): those are another body's name."""
    tokens = name_tokens(name)
    for definition in definitions:
        long_form = name_tokens(definition.expansion)
        if not long_form:
            continue
        if ends_with(definition.expansion, name):
            return True
        if ends_with(name, definition.expansion):
            rest = [t for t in tokens[: len(tokens) - len(long_form)] if t != "the"]
            if not rest or rest[-1] not in _LINKS_BEFORE_OTHER_BODY:
                return True
        elif tokens[: len(long_form)] == long_form:
            rest = tokens[len(long_form) :]
            if not rest or rest[0] in UNIT_NOUNS:
                return True
    return False


# "Liaison to the", "Wick Team and", "Office for the": a link before another body's name.
_LINKS_BEFORE_OTHER_BODY = frozenset({"to", "with", "for", "on", "at", "by", "and", "from"})


register(
    "heading_nesting",
    "parent",
    """A unit whose heading stands under another unit's heading (by rank, or in a group a
    leading heading opens) is part of that unit.""",
)


register(
    "outline_item_enumeration",
    "unit",
    """In a regulation's outline, where each lettered or numbered paragraph is an item (and
    in any list: a bullet's sentence is read the same way), an item's sentence that counts
    a body's parts before a colon ("(e) The membership is
    divided into four standing committees: Wicks, Oil, Glass, and Matches.", "(g) The Office
    of Lamps is headed by ... This Office has three divisions: Wicks, Oil, and Glass.") names
    them, as a paragraph's would (``enumerated_units``): parts of the unit the item opens
    with ("This Office" refers back to it), else of the unit whose prose it is (the page's
    introduction, or a section under a generic heading such as "§ 1.2 Organization."). Only a
    counted list, and only as many items as it counts ("... Center in Oiltown, Mo." is no
    fourth part); an uncounted "duties include: Trimming ..." lists no parts.""",
)


def _outline_item_owner(page: PageLayout, part: Unit, index: UnitIndex, top: Unit) -> Unit | None:
    """The unit an outline item opens with, when ``part`` was enumerated in that item
    (``outline_item_enumeration``): "(g) The Office of Lamps is headed by ... This Office has
    three divisions: ..."."""
    block = next(
        (b for b in page.blocks if b.start <= part.evidence_start < b.end and b.kind == LIST_ITEM),
        None,
    )
    if block is None or not enabled("outline_item_enumeration"):
        return None
    first = next(iter(page.sentences(block.start, block.end)), None)
    if first is None or first[1] > part.evidence_start:
        return None  # the item's own opening sentence lists them: its subject was read there
    phrases = page.phrases(*first)
    name = outline_subject(page.text, phrases[0], first[0]) if phrases else None
    unit = index.resolve(name) if name else None
    return unit if unit is not None and unit is not top else None


register(
    "generic_section_parts",
    "unit",
    """A section whose heading names no unit ("Who We Are", "Divisions", "About Us") names
    its body's parts in its prose as the page's introduction does: "The department is
    comprised of Wick Care, Glass, and Oil." under "Divisions" lists the department's parts
    whatever their names' words (``enumerated_units``), taken when no heading on the page
    names a unit.""",
)


def _without_after_acronym(name: str, definitions: Definitions) -> str:
    """A name without the acronym ``acronym_after_name`` reads right after it ("Lamp Office
    LO" -> "Lamp Office"; ``name_before_its_acronym``)."""
    after_name = name_before_its_acronym(name, definitions)
    return name if after_name is None else after_name[0]


class _Builder:
    """Walks the section tree once, parents before children, collecting units."""

    def __init__(self, page: PageLayout, definitions: Definitions) -> None:
        self.page = page
        self.text = page.text
        self.definitions = definitions
        self.units: list[Unit] = []
        self.prose: list[Block] = []
        self.index = UnitIndex()
        self.label_counts = Counter(
            (block.label or "").lower() for block in page.blocks if block.kind == LABEL
        )
        self.any_section_unit = False
        self.topic_prose: list[Block] = []
        self.structure_prose: list[tuple[list[Block], Unit]] = []
        # The parts that outline items under generic headings ("§ 1.2 Organization.")
        # enumerate, each with the unit whose prose that is (``outline_item_enumeration``).
        self.generic_parts: list[Unit] = []
        self.dated_parts: list[Unit] = []  # those under a heading closed by a year
        sections = tuple(page.sections)
        closed_runs = run_closing_holder(sections)
        listed_runs = listed_heading_run(sections) | closed_runs
        # The last headings of a series only ``series_last_bare_heading`` keeps: their units
        # carry its name.
        self.series_lasts = series_last_bare_heading(sections) - listed_runs
        self.heading_runs = listed_runs | self.series_lasts
        self.peer_members = bare_run_lone_member(sections) | {
            id(s) for s in page.walk() if id(s) in closed_runs and s.members
        }
        # Each section's peers and a lone member's cousins (``lone_topic_heading``).
        self.peers, self.cousins = peer_sections(page)
        # What the page's headings name: a unit a section's prose opens a sentence with and a
        # heading names is that heading's unit, found where its section stands (even later).
        self.heading_keys = frozenset(
            unit_key(_without_after_acronym(s.heading.text, definitions)) for s in page.walk()
        )
        # What each section's text opens with a statement of, read on first use.
        self._statements: tuple[dict[int, str], dict[int, list[Section]]] | None = None

    def stated_beside(self, section: Section) -> frozenset[str]:
        """The statement words the texts of the sections beside ``section`` open with (not
        its own, none of a section inside it), read once per page (``statement_of_mission``)."""
        if not enabled("statement_of_mission"):
            return frozenset()
        if self._statements is None:
            self._statements = opening_statements(self.page)
        opened, beside = self._statements
        return frozenset(
            opened[id(s)]
            for s in beside.get(id(section), [])
            if s is not section and id(s) in opened
        )

    def add(self, unit: Unit) -> None:
        self.units.append(unit)
        self.index.add(unit)

    def add_new(self, found: Iterable[Unit]) -> None:
        """Add each unit found that is no unit found already named again (``qualified_repeat``)."""
        units = list(found)
        for unit in units:
            if not self.repeats(unit, units):
                self.add(unit)

    def repeats(self, unit: Unit, batch: list[Unit]) -> bool:
        """Whether ``unit``, one of a ``batch`` of units found together, is a unit found
        already named again (``qualified_repeat``)."""
        return qualified_repeat(
            unit.name,
            [u.name for u in self.units],
            series_neighbours(self.text, unit, self.units),
            [u.name for u in batch],
        )

    def context(self, heading: str | None, heading_is_unit: bool = False) -> ListContext:
        return ListContext(
            heading=heading,
            resolve=self.index.resolve,
            acronym_for=self._acronym_for,
            unit_type=lambda name: unit_type(self.text, name, [], is_group=False),
            is_staff=lambda line: staff_entry(line) or signature_line(line) or person_line(line),
            make=self._make_named,
            agency=self.units[0] if self.units else None,
            make_whole=self._make_whole,
            heading_is_unit=heading_is_unit,
        )

    def agency_names(self) -> tuple[str, ...]:
        """The page's agency's name and the acronyms the page or the agency's row gives it."""
        agency = self.units[0]
        defined = self.definitions.named(agency.name)
        acronyms = {agency.acronym, defined.acronym if defined is not None else None}
        return (agency.name, *sorted(a for a in acronyms if a))

    def _make_named(self, name: str, start: int) -> Unit | None:
        """A unit a lead-in names before the page has: an acronym the page defines, or a
        name worded as a unit."""
        definition = self.definitions.with_acronym(name)
        if definition:
            full, acronym = definition[0].expansion, name
        elif worded_as_unit(name) and len(name.split()) >= 2:
            full, acronym = name, None
        else:
            return None
        return self._add_lead_in_unit(
            full,
            acronym,
            start,
            start + len(name),
            parent=self.units[0],
            found_by="lead_in_names_parent",
        )

    def _make_whole(self, name: str, start: int, parent: Unit) -> Unit | None:
        """A unit a lead-in gives parts to before the page names it, under ``parent``
        (``parts_name_their_whole``); not a short name the page gives a body in brackets
        (that body's)."""
        if self.definitions.with_acronym(name) or re.search(
            r"\(\s*" + re.escape(name) + r"\s*\)", self.text
        ):
            return None
        return self._add_lead_in_unit(
            name, None, start, start + len(name), parent=parent, found_by="parts_name_their_whole"
        )

    def _add_lead_in_unit(
        self, name: str, acronym: str | None, start: int, end: int, *, parent: Unit, found_by: str
    ) -> Unit:
        """Add a unit a list's lead-in makes before the page names it (``_make_named``,
        ``_make_whole``): a group, as the lead-in gives it parts, placed under ``parent`` by
        default (the page's root) or by the list's section."""
        unit = Unit(
            name,
            acronym,
            unit_type(self.text, name, [], is_group=True),
            None,
            None,
            start,
            end,
            parent,
            found_by=found_by,
            parent_by="default_root" if parent is self.units[0] else "inside_section",
        )
        self.add(unit)
        return unit

    def _acronym_for(self, name: str, item_text: str) -> str | None:
        match = re.search(r"\(([^()\s]{2,16})\)", item_text)
        if match and match.group(1) in self.definitions.acronyms:
            named_as = without_acronyms(name)
            if item_acronym_of_name(named_as, self.definitions.with_acronym(match.group(1))):
                return match.group(1)
        named = self.definitions.named(name)
        return named.acronym if named is not None else None

    def housed(self, blocks: list[Block], unit: Unit) -> None:
        """Read a section's sentences that say where a unit is housed (``housed_within``)."""
        for block in blocks:
            if block.kind != PARAGRAPH:
                continue
            for start, end in self.page.sentences(block.start, block.end):
                self._within(start, end, unit)
                found = housed_within(self.text, start, end)
                if found is None:
                    continue
                child_name, place, place_start = found
                if child_name is None and place is not None:  # the section's unit is housed
                    host = self._host(place, place_start, unit)
                    if host is not None:
                        reparent(unit, host, "housed_within")
                    continue
                if child_name is None or self.index.resolve(child_name) is not None:
                    continue
                host = unit if place is None else self.index.resolve(place)
                if host is None or not worded_as_unit(child_name):
                    continue
                child_start = self.text.index(child_name, start)
                self.add(
                    unit_named(
                        self.text,
                        child_name,
                        child_start,
                        host,
                        found_by="housed_within",
                        parent_by="housed_within",
                        is_group=False,
                    )
                )

    def within(self, blocks: list[Block], unit: Unit) -> None:
        """Read the sentences of text about ``unit`` that put units within others."""
        for block in blocks:
            # a bulleted paragraph says so too ("- The Wick Desk is part of the Lamp Office.")
            part_of = block.kind == LIST_ITEM and _PART_OF_HINT.search(block.text) is not None
            if block.kind == PARAGRAPH or part_of:
                for start, end in self.page.sentences(block.start, block.end):
                    self._within(start, end, unit)
            if block.kind in (PARAGRAPH, LIST_ITEM):
                for start, end in self.page.sentences(block.start, block.end):
                    self._statute_bodies(start, end, unit)

    def _statute_bodies(self, start: int, end: int, unit: Unit) -> None:
        """The bodies a sentence establishes as heads of ``unit`` (``known_as_head``) or places
        within a unit (``placed_within``): parts of the place when the page has it as a unit,
        else of ``unit``."""
        named: list[tuple[str, int, Unit, str]] = []
        head = known_as_head(self.text, start, end)
        if head is not None:
            named.append((head[0], head[1], unit, "known_as_head"))
        for name, begin, place in placed_within(self.text, start, end):
            host = self.index.resolve(place) or unit
            named.append((name, begin, host, "placed_within"))
        for name, begin, within in known_as_body(self.text, start, end):
            host = (self.index.resolve(within) if within else None) or unit
            named.append((name, begin, host, "known_as_body"))
        for name, begin, host, finder in named:
            if self.index.resolve(name) is not None:
                continue
            self.add(
                unit_named(
                    self.text,
                    name,
                    begin,
                    host,
                    found_by=finder,
                    parent_by=finder if host is not unit else top_parent_by(unit),
                    is_group=False,
                )
            )

    def _within(self, start: int, end: int, unit: Unit) -> None:
        """Place the units a sentence puts within others (``unit_within_unit``); a section's
        unit that the sentence says leads the part is within the host too."""
        for child_name, place, child_start, place_start in unit_within_unit(self.text, start, end):
            child = self.index.resolve(child_name)
            if child is self.units[0]:
                continue  # "The Lamp Board is part of the Department of Oil": a body above it
            host = self._host(place, place_start, unit, "unit_within_unit")
            if host is None:  # about the agency itself: the host is one of its units
                host = unit_named(
                    self.text,
                    place,
                    place_start,
                    unit,
                    found_by="unit_within_unit",
                    parent_by="default_root",
                )
                self.add(host)
            if child is None:
                child = unit_named(
                    self.text,
                    child_name,
                    child_start,
                    host,
                    found_by="unit_within_unit",
                    parent_by="unit_within_unit",
                    is_group=False,
                )
                self.add(child)
            elif child.parent is not None:
                reparent(child, host, "unit_within_unit")
            lead = _LEADS.match(self.text, start, end)
            if (
                lead is not None
                and unit_key(lead.group("lead")) == unit_key(unit.name)
                and unit.parent is not None
            ):
                reparent(unit, host, "unit_within_unit")

    def _host(
        self, name: str, start: int, unit: Unit, found_by: str = "housed_within"
    ) -> Unit | None:
        """The unit a section's unit is housed in: found, or made (where the section's unit
        stood) when worded as a unit."""
        found = self.index.resolve(name)
        if found is not None or not worded_as_unit(name) or unit.parent is None:
            return found
        host = unit_named(
            self.text, name, start, unit.parent, found_by=found_by, parent_by=unit.parent_by
        )
        self.add(host)
        return host

    def body_units(
        self, blocks: list[Block], owner: Unit, heading: str | None, *, owns: bool = False
    ) -> None:
        """The units the lists among ``blocks`` name; ``owns`` when ``heading`` was read as
        ``owner`` itself."""
        context = self.context(heading, owns)
        for unit in list_units(self.text, blocks, owner, context, self.label_counts):
            self.add(unit)

    def directory_units(self, section: Section, parent: Unit) -> None:
        """The units a directory under "Contact Us" lists: rows headed "Unit | Phone", or rows
        worded as units ("Office of Wicks OW 555-555-0100"); a row that names a unit found
        already, by its words or some of them ("Training Academy"), is that unit."""
        context = self.context(section.heading.text)
        known = list(self.index.by_key)
        for unit in list_units(self.text, section.body, parent, context, self.label_counts):
            key = unit_key(unit.name)
            known_as = key in known or (len(key) >= 2 and any(key < other for other in known))
            rows = unit.found_by == "table_unit_column" or (
                unit.found_by == "unit_worded_items"
                and directory_row(self.text[unit.evidence_start : unit.evidence_end])
            )
            if rows and not known_as:
                self.add(unit)
        for member in section.members:
            self.directory_units(member, parent)

    def counted_parts(self, blocks: list[Block], parent: Unit) -> None:
        """The parts a paragraph under a heading that names no unit counts and lists in as
        many names ("The four departments are: A; B; C; and D." in a news item's prose) are
        the agency's parts (``count_agreement``), taken when no heading names a unit."""
        if enabled("count_agreement"):
            paragraphs = [block for block in blocks if block.kind == PARAGRAPH]
            self.generic_parts += section_enumeration(
                self.page, paragraphs, parent, counted_only=True
            )

    def named_again(self, about: str, parent: Unit) -> Unit | None:
        """The unit a heading's "Functions of ..." names when the page has it already: the
        unit the heading stands under (by its name, fewer of its words, an acronym or "the"
        and its unit noun), the page's agency ("the Ministry", "the Office" under no office,
        or its name or fewer of its words), or a unit found before
        (``topic_of_unit_heading``)."""
        root = self.units[0]
        if refers_to_a_body(about):
            # "the Unit" under a unit is the unit whose noun it is; else the agency's
            return parent if rank_noun(parent.name) == name_tokens(about)[-1] else root
        if unit_key(about) <= unit_key(parent.name) or acronym_of_unit(about, parent):
            return parent
        if unit_key(about) <= unit_key(root.name):
            return root
        return self.index.resolve(about)

    def visit(self, section: Section, parent: Unit, parent_by: str) -> None:
        if contact_section(section):
            self.directory_units(section, parent)
            return
        heading = section.heading.text
        generic = generic_section_heading(section, self.units[0], parent) or government_branch(
            heading, self.text
        )
        # a heading closed by a year, its parts its parent's even beside units' headings
        opening = next((block.text for block in section.body if block.kind == PARAGRAPH), "")
        dated = not generic and year_heading(heading, opening)
        generic = generic or dated
        if (
            generic
            or (
                bare_link_heading(section, self.units[0].name)
                and not section.body
                and id(section) not in self.heading_runs
                and directory_holder_line(self.page, section.heading) is None
            )
            or staff_entry(section.heading.text)
            or contact_detail_heading(section.heading.text)
            or signature_line(section.heading.text)
            or possessive_heading(section.heading.text)
        ):
            if generic:
                parts_before = len(self.generic_parts)
                self.prose.extend(section.body)
                self.body_units(section.body, parent, section.heading.text)
                if enabled("outline_item_enumeration"):
                    items = [block for block in section.body if block.kind == LIST_ITEM]
                    self.generic_parts += section_enumeration(self.page, items, parent)
                self.counted_parts(section.body, parent)
                self.within(section.body, parent)
                if enabled("generic_section_parts"):
                    paragraphs = [b for b in section.body if b.kind == PARAGRAPH]
                    self.generic_parts += section_enumeration(self.page, paragraphs, parent)
                if structure_section(section.heading.text):
                    self.structure_prose.append((section.body, parent))
                if dated:  # a dated heading's parts are its parent's, units or not beside it
                    labels = [block for block in section.body if block.kind == LABEL]
                    self.generic_parts += section_enumeration(self.page, labels, parent)
                    self.dated_parts += self.generic_parts[parts_before:]
                    del self.generic_parts[parts_before:]
            for member in section.members:
                if furniture_contents(section, member) or meeting_records(section, member, parent):
                    continue
                self.visit(member, parent, parent_by)
            return
        if project_status_heading(section.heading.text):
            for member in section.members:  # the lines under it name works, not units
                self.visit(member, parent, parent_by)
            return
        if not enabled("section_heading"):
            self.prose.extend(section.body)
            for member in section.members:
                self.visit(member, parent, parent_by)
            return
        unit = section_unit(self.page, section, parent, self.definitions, parent_by)
        # the text's first subject is one of the units it describes in turn, not the heading's
        first_of_peers = subject_among_peer_paragraphs(self.page, section, unit.name)
        if first_of_peers:
            unit = section_unit(
                self.page, section, parent, self.definitions, parent_by, from_subject=False
            )
        if id(section) in self.series_lasts and bare_link_heading(section):
            unit.found_by = "series_last_bare_heading"
        # A topic ("Civil matters") or a word that refers back ("The board") names no unit:
        # the text under it is the parent's prose.
        division = document_division_heading(section.heading.text)
        if (
            (sentence_case_topic(unit.name) and not text_calls_heading_a_unit(section.body))
            or duty_head_heading(section.heading.text)
            or record_head_heading(section.heading.text)
            or apparatus_heading(section.heading.text)
            or refers_back(unit.name)
            or report_caption_heading(section.heading.text)
            or legal_caption(self.text, section.heading)
            or (division is not None and not set(name_tokens(division)) & (UNIT_NOUNS | POSTS))
            or person_line(section.heading.text)
            or person_named_elsewhere(self.text, section.heading, section.body)
            or code_outline_heading(self.page, section)
            or document_part_label(unit.name)
            or numbered_part_title(section.heading.text)
            or dated_line(section.heading.text)
            or (first_of_peers and duties_over_peers(section.heading.text))
            or lone_topic_heading(
                section,
                unit,
                self.peers.get(id(section), [section]),
                self.cousins.get(id(section), []),
            )
            or paired_topic_heading(section, unit, self.peers.get(id(section), [section]))
        ):
            self.prose.extend(section.body)
            before = len(self.units)
            self.body_units(section.body, parent, section.heading.text)
            self.counted_parts(section.body, parent)
            # the text under a topic ("Complaints") may say which unit a part is part of
            for block in section.body:
                if block.kind == PARAGRAPH and _PART_OF_HINT.search(block.text):
                    for start, end in self.page.sentences(block.start, block.end):
                        self._within(start, end, parent)
            # A law's division that lists units is read as a unit's section is: the prose
            # around its list names no more units of the page's.
            lists_units = division is not None and len(self.units) > before
            self.any_section_unit = self.any_section_unit or lists_units
            for member in section.members:
                self.visit(member, parent, parent_by)
            return
        about = topic_of_unit_heading(unit.name)
        named = None if about is None else self.named_again(about, parent)
        listed = self.index.resolve(unit.name)
        if named is not None:
            # "Attributions of Wick Unit" under "Wick Unit": that unit's text
            named.description = named.description or unit.description
            named.body = named.body or section.body
            unit = named
        elif (
            listed is not None
            and (
                listed.found_by in LIST_FINDERS
                or (listed.found_by in ENUMERATION_FINDERS and _beside(parent, listed))
            )
            and already_a_unit(unit.name, self.context(None))
        ):
            listed.description = listed.description or unit.description
            listed.body = section.body
            unit = listed
        elif listed is not None and repeated_unit(listed, unit):
            unit = listed
        else:
            self.add(unit)
        # A heading that names the page's agency again (over its address at the foot of the
        # page) heads none of its units: the page's prose may still name them; so does a
        # heading whose words name no unit (``topic_headings_prose``).
        account = account_of_body_heading(section.heading.text, unit.name)
        if unit is not self.units[0]:
            # a post over its holder's name ("Minister Hon. Jane Doe") is a profile's card
            if (
                headed_as_unit(unit.name)
                and titled_holder_line(section.heading.text) is None
                and not account
            ):
                self.any_section_unit = self.any_section_unit or not bare_heading(section, unit)
            else:
                self.topic_prose.extend(b for b in section.body if b.kind == PARAGRAPH)
        elif enabled("agency_heading_prose"):
            self.topic_prose.extend(b for b in section.body if b.kind == PARAGRAPH)
        before_list = len(self.units)
        self.body_units(section.body, unit, section.heading.text, owns=unit is not self.units[0])
        # an account heading over a list of the page's units ("List of Offices") sets them out
        # (``account_of_body_heading``): the prose names no more of them
        if account and unit is not self.units[0] and len(self.units) > before_list:
            self.any_section_unit = True
        for part in section_enumeration(
            self.page, section.body, unit, agency=self.units[0], agency_names=self.agency_names()
        ):
            if self.index.resolve(part.name) is None:
                self.add(part)
        heading = section.heading.text
        paragraph_parts = paragraph_subject_part(
            self.page,
            section.body,
            unit,
            heading,
            self.stated_beside(section),
            first_too=first_of_peers,
        )
        sentence_parts = [
            part
            for owner, run in runs_of_text(section.body, unit, paragraph_parts)
            for part in sentence_subject_part(self.page, run, owner)
        ]
        # a part left out (found already) hands the parts its text names
        # (``subject_after_wide_gap``) to the unit found already, or else the section's
        stand_in: dict[int, Unit] = {}
        parts = paragraph_parts + sentence_parts
        for part in parts:
            if part.parent is not None and id(part.parent) in stand_in:
                reparent(part, stand_in[id(part.parent)])
            if (
                self.index.resolve(part.name) is None
                and unit_key(part.name) not in self.heading_keys
                and not self.repeats(part, parts)
                and not listed_without_noun(part.name, self.index)
            ):
                self.add(part)
            else:
                stand_in[id(part)] = self.index.resolve(part.name) or unit
        self.housed(section.body, unit)
        for member in section.members:
            nested = enabled("heading_nesting") and id(section) not in self.peer_members
            self.visit(
                member, unit if nested else parent, "heading_nesting" if nested else parent_by
            )


def _intro_lead(page: PageLayout, top: Unit, builder: _Builder) -> Unit | None:
    """The position an introduction ending in "The following offices report to the
    Commissioner." names: the sections that follow are its parts."""
    if not enabled("following_report_to") or not page.sections or not page.intro:
        return None
    block = page.intro[-1]
    if block.kind != PARAGRAPH:
        return None
    start, end = page.sentences(block.start, block.end)[-1]
    match = _FOLLOWING.match(page.text, start, end)
    if match is None:
        return None
    name = match.group("name").strip()
    found = builder.index.resolve(name)
    if found is not None or not worded_as_unit(name) or len(name.split()) > MAX_NAME_WORDS:
        return found
    begin = match.start("name")
    unit = unit_named(
        page.text,
        name,
        begin,
        top,
        found_by="following_report_to",
        parent_by=top_parent_by(top),
    )
    builder.add(unit)
    return unit


def extract_units(page: PageLayout, root: Root, definitions: Definitions) -> list[Unit]:
    """Every unit of the page, the root first, parents before children."""
    text = page.text
    start, end = _root_evidence(page, root)
    root_unit = Unit(root.name, root.acronym, UnitType.AGENCY, None, None, start, end)
    root_unit.found_by = root.found_by
    builder = _Builder(page, definitions)
    builder.add(root_unit)
    top = root_unit
    title_unit = (
        title_names_unit(page, root_unit, definitions)
        if root.title_is_unit and page.title is not None
        else None
    )
    if title_unit is None and root.head is not None:
        title_unit = position_unit(page, root.head, root_unit, root.found_by)
    if title_unit is not None:
        top = title_unit
        builder.add(top)
    else:
        root_unit.description = span_text(text, page.intro)
    builder.prose.extend(page.intro)
    title_heading = page.title.text if page.title is not None else None
    builder.body_units(page.intro, top, title_heading)
    builder.within(page.intro, top)
    # A page may name its agency's parts in its introduction: "The bureau consists of the A,
    # the B and the C." A page without sections reads its prose first, so that a part it
    # names in full later ("structured into three offices: A, ... The Office of A ...") is
    # taken by that fuller name.
    intro_parts = section_enumeration(page, page.intro, top)
    for part in intro_parts if page.sections else []:
        if builder.index.resolve(part.name) is None:
            builder.add(part)
    lead = _intro_lead(page, top, builder)
    for section in page.sections:
        if lead is not None:
            builder.visit(section, lead, "following_report_to")
        else:
            builder.visit(section, top, top_parent_by(top))
    for blocks, owner in builder.structure_prose:
        if builder.any_section_unit:
            builder.add_new(prose_unit(page, blocks, owner, builder.index, definitions))
    if not builder.any_section_unit:
        prose = sorted(builder.prose + builder.topic_prose, key=lambda block: block.start)
        bare_for: dict[int, Unit] = {}  # a name given in full: the unit found bare
        candidates = list(prose_unit(page, prose, top, builder.index, definitions))
        for unit in candidates:
            if unit.parent is not None and id(unit.parent) in bare_for:
                reparent(unit, bare_for[id(unit.parent)])
            bare = named_bare(unit.name, builder.units)
            if bare is not None:
                bare_for[id(unit)] = bare
            elif not builder.repeats(unit, candidates):
                builder.add(unit)
    elif enabled("enumerated_units"):
        candidates = list(prose_unit(page, builder.prose, top, builder.index, definitions))
        for unit in candidates:
            if (
                unit.found_by in PROSE_FINDERS_BESIDE_HEADINGS
                or subject_beside_headings(text, unit, top)
                or agent_of_work_beside_headings(text, unit, top)
                or agency_composed_of(page, builder.prose, unit, builder.units)
            ) and not builder.repeats(unit, candidates):
                builder.add(unit)
    late_parts = [] if page.sections else intro_parts
    if not builder.any_section_unit:
        late_parts += builder.generic_parts
    late_parts += builder.dated_parts
    for part in late_parts:
        if builder.index.resolve(part.name) is None and not named_in_full(part.name, builder.units):
            opening = _outline_item_owner(page, part, builder.index, top)
            if opening is not None:
                reparent(part, opening, "outline_item_enumeration")
            builder.add(part)
    _subjects_found_already(builder)
    builder.add_new(governed_lists(page, builder.units, builder.index, top, definitions))
    builder.add_new(work_done_by_list(page, builder.units, builder.index, top))
    builder.add_new(composition_list(page, builder.units, builder.index, top))
    builder.add_new(lower_case_part_series(page, builder.units, builder.index, top))
    builder.add_new(units_including_series(page, builder.units, builder.index, top))
    builder.add_new(such_as_parts(page, builder.units, builder.index, top))
    builder.add_new(copula_names_share_noun(page, builder.units, builder.index, top))
    builder.add_new(semicolon_series(page, builder.units, builder.index, top))
    builder.add_new(semicolon_named_series(page, builder.units, builder.index, top))
    builder.add_new(article_led_part_series(page, builder.units, builder.index, top))
    builder.add_new(series_of_found_peers(page, builder.units, builder.index, top))
    builder.add_new(list_run_of_found_peers(page, builder.units, builder.index, top))
    counted = counted_parts_in_parentheses(page, builder.units, builder.index, top)
    builder.add_new(unit for unit, _ in counted)
    builder.add_new(counted_parts_besides(page, builder.units, builder.index, top))
    builder.add_new(agency_headed_by(page, builder.units, builder.index, top))
    builder.add_new(assisted_by(page, builder.units, builder.index, top))
    builder.add_new(office_of_post_lower_case(page, builder.units, builder.index, top))
    builder.add_new(chosen_presiding_officers(page, builder.units, builder.index, top))
    builder.add_new(subject_peers(page, builder.units, builder.index, top))
    builder.add_new(plural_noun_of_series(page, builder.units, builder.index, top))
    builder.add_new(governing_board(page, builder.units, builder.index, top))
    builder.add_new(unbarred_unit_column(page, builder.units, builder.index, top))
    part_joined_names(text, builder.units, top)
    composed_parents(page, builder.units, top)
    run_parents(page, builder.units, top)
    fall_under_parents(page, builder.units, top)
    opening_phrase_parents(page, builder.units)
    lead_in_report_parents(page, builder.units, top)
    referring_lead_in_parents(page, builder.units)
    last_named_lead_in_parents(page, builder.units)
    nested_parts(page, builder.units, top)
    _parenthesized_parts(page, builder.units, top)
    item_description_parents(page, builder.units, top)
    field_named_parents(page, builder.units, top)
    departments_beside_headings(builder.units, top)
    peers_of_same_noun(builder.units, top)
    plurals = {unit_key(plural) for _, plural in counted}
    parts = {id(unit) for unit, _ in counted}
    units = [
        unit
        for unit in builder.units
        if unit is builder.units[0]
        or unit.heading is not None
        or id(unit) in parts  # "two sections (Section A and Section B)": a part, no plural
        or unit_key(unit.name) not in plurals
    ]
    name_listed_parts_in_full(text, units)  # before their acronyms are read
    acronym_inside_name(units)
    acronym_named_unit(units, definitions)
    defined_name_acronym(units, definitions)
    found = parents_first(without_non_unit_names(without_abolished(page, units), page))
    # an office a post's possessive names in passing (``office_of_post_lower_case``) is no
    # structure of the page by itself: the last resorts still read a page with no other unit
    passing = sum(unit.found_by == "office_of_post_lower_case" for unit in found)
    if len(found) - passing < 2:
        found += unit_names_in_text(page, found)
    if len(found) - passing < 2:
        found += announced_names_last_resort(page, found)
    if in_fallback() and (len(found) - passing < 2 or lone_body_mode()):
        # a page read again under the refused page's ladder (``REFUSED_PAGE_LADDER``), because
        # it would be refused or because its root holds one body alone
        # (``lone_body_under_root``): the ladder's rung adds its names
        found += refused_page_units(page, found)
    # the units read under the first line's words or a title of no name, the root named by
    # the body the page refers to (``root_first_line_referred_body``,
    # ``root_no_name_title_referred_body``)
    below = [unit for unit in found if unit is not root_unit]
    named = first_line_referred_body(page, root, below)
    # a title naming an agency's parts in the plural: the root named by the agency's noun
    # the page refers to (``root_owner_of_titled_units``)
    named = named or owner_of_titled_units(page, root, below)
    if named is not None:
        root_unit.name, root_unit.found_by = named.name, named.found_by
        root_unit.evidence_start, root_unit.evidence_end = _root_evidence(page, named)
    return found


def _root_evidence(page: PageLayout, root: Root) -> tuple[int, int]:
    """The root's evidence: the sentence that names it, or its name alone."""
    start, end = sentence_at(page.text, page.blocks, root.start)
    if end <= start:
        start, end = root.start, root.end
    return bounded((start, end), (root.start, root.end))


def _parenthesized_parts(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a parenthesis after a unit's name lists under that unit
    (``parenthesized_parts``), when they hang from the page's top unit or beside it."""
    text = page.text
    for _, start, end in page.prose_sentences():
        for name, _at, begin, stop in parenthesized_parts(text, start, end):
            key = unit_key(name)
            if key in (unit_key(units[0].name), unit_key(top.name)):
                continue
            owner = next((u for u in units[1:] if unit_key(u.name) == key), None)
            if owner is None:
                continue
            parts = [
                unit
                for unit in units[1:]
                if unit is not owner
                and not is_above(unit, owner)
                and unit.parent in (top, owner.parent)
                and listed_whole(text, unit.name, begin, stop)
            ]
            if len(parts) < 2:
                continue
            for unit in parts:
                reparent(unit, owner, "parenthesized_parts")
