"""Units in headings and sections: a section's heading that names a unit, a page title that
names a unit, the office of a position named in a heading, and the section finders
(``SECTION_FINDERS``) the builder runs on each section."""

from __future__ import annotations

import re

from pipeline.extract.acronyms import Definitions
from pipeline.extract.evidence import MAX_EVIDENCE_CHARS, bounded
from pipeline.extract.names import name_tokens, noun_before_of, without_acronyms
from pipeline.extract.offices.common import UnitIndex, sentence_at, span_text, unit_key, unit_type
from pipeline.extract.records import UnitType
from pipeline.extract.root.common import Root
from pipeline.extract.unit_names import ResolvedName, resolve_name
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, Section
from pipeline.text.vocabulary import ARTICLES, POSITION_WORDS, TOPIC_OF_HEADS, UNIT_NOUNS

register(
    "topic_headings_prose",
    "layout",
    """A page whose section headings name no unit by their wording (none ends in a unit noun
    or a position, or has one before "of" or "for": "Completed Projects", "Council Structure",
    "Video Content", a person's name over an answer) is read as a page without unit
    headings: its prose, the paragraphs under those headings too, is read for the units it
    names ("The sections under the office include the Wick Unit and the Glass Unit"), as on
    a page with no headings. A name that prose gives with a unit noun added to a heading's
    words ("the Lamp Care Division" under "Lamp Care") is that heading's unit again.""",
)


register(
    "bare_unit_heading",
    "layout",
    """A heading worded as a unit that heads nothing, no text under it and no heading nested
    in it (a record's value set as a heading: "Primary Lamp Agency" after the heading "Type of
    entity"; a caption left alone: "Wick Office"), does not make the page one whose units have
    headings: its prose is still read for the units it names ("The department was organized
    into four branches: Wick; Oil; Glass; and Soot."), as on a page without unit headings.""",
)


def bare_heading(section: Section, unit: Unit) -> bool:
    """Whether a heading read as a unit heads nothing (``bare_unit_heading``): no text under
    it, no heading nested in it, and no words of its own beyond the unit's name (a line that
    goes on to say what the unit does is that unit's description, not a bare caption)."""
    if not enabled("bare_unit_heading") or section.body or section.members:
        return False
    # Only an acronym ending the heading goes ("Wick Office (WO)"): one with words after it
    # ("Office of Wick Records (OWR) provides ledgers ...") is a sentence set as a heading.
    words = name_tokens(re.sub(r"\s*\([^()]*\)\s*$", "", section.heading.text))
    return words == name_tokens(unit.name)


# Words for a document's account of a body, besides what it does or holds to
# (``TOPIC_OF_HEADS``): an overview, a list, a description, its history or organization.
_ACCOUNT_HEADS = TOPIC_OF_HEADS | frozenset(
    {"overview", "list", "lists", "description", "summary", "introduction", "history"}
    | {"organization", "organisation", "structure", "profile"}
)


@rule("layout", off=False)
def account_of_body_heading(heading: str, name: str | None = None) -> bool:
    """A heading that opens with a word for an account of a body (an overview, a list, a
    description, its history, organization or functions), then "of" or "for" and what it is
    about ("An Overview of the Lamp Department", "List of Staff", "Organization of the Wick
    Office", "The Structure of the Oil Office") titles what the page says of a body, not a
    unit, whatever noun its last words end in: it does not make the page one whose units
    have headings, so the page's prose, the text under it too, is read for the units it names
    ("The department has three distinct units, the Wick Unit, the Oil Unit and the Glass
    Unit"), as on a page without unit headings. A unit noun or a post before the "of"
    ("Office of Lamps", "Director of Wicks") heads a unit's name, and such a heading still
    makes the page one whose units have headings.

    So does an account heading whose section the page gives to the unit it is an account of
    (``name``, the section's unit, is the heading's words after the "of": "Overview of the
    Wick Supply Office", "Purpose of the Oil Inspection Unit"): that is a unit's card, one
    unit of the page under its own heading, and the prose under it tells of that unit ("...
    and reports to the Chief Inspector"), it names no more units of the page's. And an
    account heading over a list whose items are the page's units ("List of Offices" over
    "- Wick Office", "- Oil Office") sets its units out under it: the builder then reads the
    page as one whose units are set out, not its prose (which would take a body the
    introduction only mentions, "served by the Lamp Office of the Treasury", as a unit)."""
    words = name_tokens(heading)
    for index, word in enumerate(words):
        if word in ("of", "for"):
            head = [w for w in words[:index] if w not in ARTICLES]
            if not head or not all(w in _ACCOUNT_HEADS for w in head):
                return False
            about = [w for w in words[index + 1 :] if w not in ARTICLES]
            return name is None or [w for w in name_tokens(name) if w not in ARTICLES] != about
    return False


def headed_as_unit(name: str) -> bool:
    """Whether a heading's words name a unit or a post (``topic_headings_prose``): a unit noun
    or a position last ("Wick Division", "Deputy Warden"), or before "of" or "for" ("Office
    of Lamps", "Assistant Warden for Oil")."""
    if not enabled("topic_headings_prose"):
        return True
    words = name_tokens(name)
    nouns = UNIT_NOUNS | POSITION_WORDS
    if words and words[-1] in nouns:
        return True
    return noun_before_of(words, nouns)


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


# "Director of OWS", "Deputy Director for the Wick Office": a position and the unit it heads.
_HEAD_OF = lazy_pattern(r"(?:[A-Z][a-z]+\s+){1,3}(?:of|for)\s+(?:the\s+)?(?P<unit>[A-Z].*)$")


@rule("name", off=None)
def office_of_position(
    name: str, by_tokens: dict[frozenset[str], Unit], index: UnitIndex
) -> Unit | None:
    """A position title whose office the page names as a unit ("reports to the Staff
    Director" on a page with the "Office of the Staff Director", "Under the direction of the
    Wick Counsel" with the "Office of the Wick Counsel"), or that heads a unit the page
    names ("the Director of OWS", by its acronym), names that office: the office is the
    unit, the title its head, not a unit of its own."""
    tokens = name_tokens(without_acronyms(name))
    if not tokens or "office" in tokens or not set(tokens) & POSITION_WORDS:
        return None
    if tokens[-1] in POSITION_WORDS:
        key = unit_key(name) | {"office"}
        unit = by_tokens.get(key) or index.by_key.get(key)
        if unit is not None and unit.unit_type != UnitType.LEADERSHIP:
            return unit
    head = _HEAD_OF.match(name)
    if head is None or not all(
        word.lower() in POSITION_WORDS
        for word in name[: head.start("unit")].split()[:-1]
        if word.lower() not in ("of", "for", "the")
    ):
        return None
    unit_name = head.group("unit")
    return by_tokens.get(unit_key(unit_name)) or index.resolve(unit_name)


def _evidence_end(heading: Block, resolved: ResolvedName) -> int:
    """A heading's unit is evidenced by the heading and the sentence that names it in full,
    or (when that sentence is too long) by the heading and the name alone."""
    name_end = resolved.name_end if resolved.name_end > heading.end else heading.end
    focus_end = name_end if name_end - heading.start <= MAX_EVIDENCE_CHARS else heading.end
    return bounded((heading.start, resolved.evidence_end), (heading.start, focus_end))[1]


def section_unit(
    page: PageLayout,
    section: Section,
    parent: Unit,
    definitions: Definitions,
    parent_by: str,
    *,
    from_subject: bool = True,
) -> Unit:
    text = page.text
    resolved = resolve_name(
        page, section.heading, section.body, definitions, from_subject=from_subject
    )
    kind = unit_type(text, resolved.name, section.body, is_group=section.is_group)
    return Unit(
        name=resolved.name,
        acronym=resolved.acronym,
        unit_type=kind,
        heading=section.heading.text,
        description=span_text(text, section.body),
        evidence_start=section.heading.start,
        evidence_end=_evidence_end(section.heading, resolved),
        parent=parent,
        body=section.body,
        found_by="section_heading",
        parent_by=parent_by,
    )


@rule("unit")
def title_names_unit(page: PageLayout, root_unit: Unit, definitions: Definitions) -> Unit | None:
    """A page whose title names a unit that the introduction goes on to describe
    ("Management is responsible for ...") is about that unit, under the agency."""
    title = page.title
    assert title is not None
    resolved = resolve_name(page, title, page.intro, definitions)
    kind = unit_type(page.text, resolved.name, page.intro, is_group=False)
    return Unit(
        resolved.name,
        resolved.acronym,
        kind,
        title.text,
        span_text(page.text, page.intro),
        title.start,
        _evidence_end(title, resolved),
        root_unit,
        body=page.intro,
        found_by="title_names_unit",
        parent_by="default_root",
    )


def position_unit(page: PageLayout, head: Root, root_unit: Unit, found_by: str) -> Unit:
    """The position or the unit a page is about, under the agency it heads
    (``position_heads_agency``) or serves (``unit_of_agency``)."""
    start, end = bounded(sentence_at(page.text, page.blocks, head.start), (head.start, head.end))
    kind = (
        unit_type(page.text, head.name, page.intro, is_group=False)
        if found_by in ("unit_of_agency", "opening_subject_unit_of_body")
        else UnitType.LEADERSHIP
    )
    return Unit(
        head.name,
        head.acronym,
        kind,
        None,
        span_text(page.text, page.intro),
        start,
        end,
        root_unit,
        body=page.intro,
        found_by=found_by,
        parent_by=found_by,
    )
