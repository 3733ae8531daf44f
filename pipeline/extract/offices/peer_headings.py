"""Headings read beside their peers: a heading that names no unit and stands alone, no peer
heading beside it, is a topic of the page unless the text under it takes it as its subject
(``lone_topic_heading``)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.names import name_tokens
from pipeline.extract.offices.section_units import headed_as_unit
from pipeline.extract.units import Unit
from pipeline.rules import rule
from pipeline.text.blocks import PARAGRAPH, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, Section
from pipeline.text.vocabulary import UNIT_NOUNS

# A duty line with no subject written ("Provides ...", "Prepares ...", "Responsible for
# ..."), or a pronoun standing for the heading ("It reviews ...", "They keep ..."). A verb's
# "-s" is no "-ss" ("Access to ...", "Glass is ..."), and the language's own words in "-s"
# ("This page ...", "Was founded ...", "Has three ...") open no duty.
_UNSTATED_SUBJECT = lazy_pattern(
    r"\s*(?:(?:It|They|Its|Their)\b|Responsible\b"
    r"|(?!(?:This|Was|Has|Is|Thus|Yes)\b)[A-Z][a-z]+(?<!s)s\s+[a-z])"
)
_DETERMINER = lazy_pattern(r"(?i)\s*(?:The|This|These|Our|Its)\s+")
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


def _text_takes_heading_as_subject(words: list[str], body: Sequence[Block]) -> bool:
    """Whether the first paragraph under a heading is about what the heading names: it opens
    with the heading's words (after "The", "This", "Our", or a section's number), with its
    last noun in lower case after a determiner ("These programs ..." under "... Programs")
    or a unit noun after "This" or "These" ("This unit ..."),
    with a pronoun, or with a duty's verb and no subject ("Provides ...")."""
    first = next((block for block in body if block.kind == PARAGRAPH), None)
    if first is None or not words:
        return False
    text = first.text.lstrip(" \t-–•*·")
    if _UNSTATED_SUBJECT.match(text):
        return True
    determiner = _DETERMINER.match(text)
    if determiner is not None:
        rest = text[determiner.end() :].split(maxsplit=1)
        noun = rest[0].rstrip(".,;:") if rest else ""
        demonstrative = determiner.group().strip().lower() in {"this", "these"}
        if noun.islower() and (
            name_tokens(noun) == words[-1:] or (demonstrative and noun in UNIT_NOUNS)
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
    after a determiner ("These menders ..." under "Glass Menders") or by a unit noun after
    "This" or "These" ("This unit ..."), by a pronoun ("It keeps
    ..."), or opens with a verb and no subject, as a list of duties does ("Provides ...",
    "Responsible for ..."); and when it holds headings worded as units (a group's heading).
    A page the rule would leave with no unit at all keeps its lone headings as units (read
    again with the rule off), rather than a refusal. Known miss: a plural noun opening the
    text ("Visitors may ...") is read as such a verb, and the heading kept."""
    if unit.acronym or headed_as_unit(unit.name):
        return False
    if any(peer is not section for peer in peers):
        return False
    if any(headed_as_unit(c.heading.text) for c in cousins if c is not section):
        return False
    if any(headed_as_unit(member.heading.text) for member in section.members):
        return False
    return not _text_takes_heading_as_subject(name_tokens(unit.name), section.body)
