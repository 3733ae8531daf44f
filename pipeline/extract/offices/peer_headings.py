"""Headings read beside their peers: a heading that names no unit and stands alone, no peer
heading beside it (``lone_topic_heading``), or one of a pair of headings over prose
(``paired_topic_heading``), is a topic of the page unless the text under it takes it as its
subject."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.names import name_tokens
from pipeline.extract.offices.section_units import headed_as_unit
from pipeline.extract.units import Unit
from pipeline.rules import rule
from pipeline.text.blocks import PARAGRAPH, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, Section
from pipeline.text.vocabulary import COLLEGIAL_NOUNS, UNIT_NOUNS
from pipeline.text.words import singular_noun

# A duty line with no subject written ("Provides ...", "Prepares ...", "Responsible for
# ..."), or a pronoun standing for the heading ("It reviews ...", "They keep ..."). A verb's
# "-s" is no "-ss" ("Access to ...", "Glass is ..."), and the language's own words in "-s"
# ("This page ...", "Was founded ...", "Has three ...") open no duty.
_UNSTATED_SUBJECT = lazy_pattern(
    r"\s*(?:(?:It|They|Its|Their)\b|Responsible\b"
    r"|(?!(?:This|Was|Has|Is|Thus|Yes)\b)[A-Z][a-z]+(?<!s)s\s+[a-z])"
)
_DETERMINER = lazy_pattern(r"(?i)\s*(?:The|This|These|Our|Its)\s+")
# A unit's noun anywhere in a heading's words (``paired_topic_heading``).
_UNIT_WORDS = UNIT_NOUNS | COLLEGIAL_NOUNS
# The nouns of a body that refer back to a heading from its text ("The office ...", "The
# section ...", "The organization ..."): not the unit nouns that as often name what a body
# offers ("The program ...", "The service ..."), its people ("Our staff ...") or a place
# ("The centre ...", "The region ...").
_BODY_NOUNS = (_UNIT_WORDS | {"organization", "organisation"}) - {
    "program",
    "service",
    "services",
    "staff",
    "network",
    "region",
    "center",
    "centers",
    "centre",
}
# How far into the first paragraph (in words) the heading's words may stand and still open
# it ("Sec. 5. Wick Proper.— The Wick Proper shall ...").
_OPENING_WORDS = 12


def peer_sections(page: PageLayout) -> tuple[dict[int, list[Section]], dict[int, list[Section]]]:
    """Each section's peers (the sections at its level under the same heading, itself too),
    and, for the only member of a section, its cousins: the members of its parent's peers
    (the cards of one layout, a heading over each: a person's name over a unit's heading)."""
    top = list(page.sections)  # one list the top-level sections share as their peers
    peers: dict[int, list[Section]] = {id(s): top for s in top}
    for outer in page.walk():
        peers.update({id(member): outer.members for member in outer.members})
    cousins: dict[int, list[Section]] = {}
    for outer in page.walk():
        if len(outer.members) == 1:
            found = [m for peer in peers.get(id(outer), []) for m in peer.members]
            if len(found) > 1:
                cousins[id(outer.members[0])] = found
    return peers, cousins


def _opening_paragraph(body: Sequence[Block]) -> str | None:
    """The first paragraph under a heading, without the marks a list or a card opens it
    with; None when there is none."""
    first = next((block for block in body if block.kind == PARAGRAPH), None)
    return None if first is None else first.text.lstrip(" \t-–•*·")


def _text_takes_heading_as_subject(words: list[str], body: Sequence[Block]) -> bool:
    """Whether the first paragraph under a heading is about what the heading names: it opens
    with the heading's words (after "The", "This", "Our", or a section's number), with its
    last noun in lower case after a determiner ("These programs ..." under "... Programs")
    or a body's noun (``_BODY_NOUNS``) after "This" or "These" ("This unit ..."),
    with a pronoun, or with a duty's verb and no subject ("Provides ...")."""
    text = _opening_paragraph(body)
    if text is None or not words:
        return False
    if _UNSTATED_SUBJECT.match(text):
        return True
    determiner = _DETERMINER.match(text)
    if determiner is not None:
        rest = text[determiner.end() :].split(maxsplit=1)
        noun = rest[0].rstrip(".,;:") if rest else ""
        demonstrative = determiner.group().strip().lower() in {"this", "these"}
        if noun.islower() and (
            name_tokens(noun) == words[-1:] or (demonstrative and noun in _BODY_NOUNS)
        ):
            return True
    opening = name_tokens(text[:400])[:_OPENING_WORDS]
    return any(opening[i : i + len(words)] == words for i in range(len(opening)))


@rule("filter", off=False)
def lone_topic_heading(
    section: Section, unit: Unit, peers: Sequence[Section], cousins: Sequence[Section] = ()
) -> bool:
    """A heading that names no unit by its wording (no unit noun or post last or before "of"
    or "for", no acronym: "Visiting the Lamp Tower", "Standards for wicks", "Lamp Room
    Tours") and stands alone, no peer heading at its level and no cousin (the one heading of
    a card beside its own card's) worded as a unit, heads a topic of the page, not one of its
    units: the text under it is its parent's prose. A page's units named by their areas alone
    ("Wick Affairs", "Oil and Soot") stand as peers, a list of headings, and are left to the
    other rules. The heading is kept when the text under it takes it as its subject: the
    first paragraph names it within its first words ("Wick Care reports to the Warden",
    "Sec. 5. Wick Care.- Wick Care keeps ..."), refers to it by its last noun in lower case
    after a determiner ("These menders ..." under "Glass Menders") or by a body's noun after
    "This" or "These" ("This unit ..."), by a pronoun ("It keeps
    ..."), or opens with a verb and no subject, as a list of duties does ("Provides ...",
    "Responsible for ..."); and when it holds headings worded as units (a group's heading).
    A page the rule would leave with no unit at all keeps its lone headings as units (read
    again with the rule off), rather than a refusal. Known miss: a plural noun opening the
    text ("Visitors may ...") is read as such a verb, and the heading kept."""
    if any(peer is not section for peer in peers):
        return False
    if any(headed_as_unit(c.heading.text) for c in cousins if c is not section):
        return False
    return _topic_by_wording(section, unit)


def _topic_by_wording(section: Section, unit: Unit) -> bool:
    """Whether a heading names no unit by its wording (no acronym, no unit noun or post last
    or before "of"/"for"), holds no heading worded as a unit, and the text under it does not
    take it as its subject (``lone_topic_heading``, ``paired_topic_heading``)."""
    if unit.acronym or headed_as_unit(unit.name):
        return False
    if any(headed_as_unit(member.heading.text) for member in section.members):
        return False
    return not _text_takes_heading_as_subject(name_tokens(unit.name), section.body)


def _opens_on_a_body_noun(body: Sequence[Block]) -> bool:
    """Whether the first paragraph opens with a determiner and a body's noun (``_BODY_NOUNS``)
    in lower case, as its first or second word ("The office inspects ...", "The chief
    directorate ..."): under one of two headings it refers back to the heading, a unit's."""
    text = _opening_paragraph(body)
    determiner = None if text is None else _DETERMINER.match(text)
    if text is None or determiner is None:
        return False
    words = [word.rstrip(".,;:'’") for word in text[determiner.end() :].split(maxsplit=2)[:2]]
    return any(word.islower() and singular_noun(word) in _BODY_NOUNS for word in words)


@rule("filter", off=False)
def paired_topic_heading(section: Section, unit: Unit, peers: Sequence[Section]) -> bool:
    """A heading that names no unit by its wording (no acronym, no unit noun anywhere in it,
    no post last or before "of"/"for"), one of a pair of headings (one peer at its level, no
    more), with prose under it that does not take it as its subject, is a topic of the page,
    as a lone one is (``lone_topic_heading``): "Who May Apply" and "Lamp Fair Dates", each
    over a paragraph, or "Visiting the Lamp Tower" beside "Wick Division". Two headings make no
    list of a page's units named by their areas alone, which come three or more; a heading
    over no paragraph (a list, a name card, nothing) is left to the other rules, since a
    unit's heading over its parts or its head's card is written so. The heading is kept when
    the text under it takes it as its subject (its words among the first ones, its last noun
    or a body's noun after "This"/"These", a pronoun or a duty verb opening it), when that text
    opens on a determiner and a body's noun ("The office inspects ...", "The chief
    directorate ..."), which under one of two headings refers back to it, and when it holds
    headings worded as units. Known reach: a unit named by its area alone ("Wick Trimming"), with
    one peer only, over prose that neither names it nor refers back to it, is read as a
    topic."""
    if len([peer for peer in peers if peer is not section]) != 1:
        return False
    if any(singular_noun(word) in _UNIT_WORDS for word in name_tokens(unit.name)):
        return False  # a unit noun anywhere: "Offices Serving Rural Lamps"
    if _opens_on_a_body_noun(section.body):
        return False
    if not any(block.kind == PARAGRAPH for block in section.body):
        return False
    return _topic_by_wording(section, unit)
