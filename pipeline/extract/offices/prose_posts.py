"""Posts named in running text beside a structure of bodies (``prose_post_beside_bodies``).

A page lays out its organization either in bodies ("Wick Division", "Office of Oil Supply")
or in posts ("Deputy Lamp Director", "Chief Lamp Inspector"). When its headings, lists and
tables lay it out in bodies only, a post its sentences name ("The Chief Lamp Officer heads
the Board", "reports to the Minister", "assisted by two Deputy Commissioners") is the head
of one of those bodies, the one the page's body answers to, or a member of its staff: no
unit of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.list_units.common import name_head
from pipeline.extract.names import name_tokens
from pipeline.extract.units import Unit
from pipeline.rules import rule
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import POSITION_WORDS, POST_HEAD_WORDS, UNIT_NOUNS
from pipeline.text.words import singular_noun

# The finders that read a name out of a sentence (its subject, its object, one of a series
# it names), not off a heading, a list item, a table cell or a line of its own.
RUNNING_TEXT_FINDERS = frozenset(
    {
        "prose_unit",
        "reports_to",
        "position_subject",
        "assisted_by",
        "agency_headed_by",
        "enumerated_units",
        "series_of_found_peers",
        "prose_defined_subject",
        "acting_unit",
        "unit_names_in_text",
        "shared_unit_noun",
        "governing_board",
    }
)

# The position words that end a post's name ("Deputy Lamp Director", "Lamp Commissioner"),
# and the heads of posts that are no position words ("Town Clerk", "Wick Registrar"): not
# the modifiers that stand before one ("Deputy", "Assistant", "Executive", "Principal"), nor
# "General", a post's last word only after one of these ("Registrar General").
_MODIFIERS = {"deputy", "assistant", "under", "executive", "general", "associate", "principal"}
_POST_HEADS = (POSITION_WORDS - _MODIFIERS) | POST_HEAD_WORDS


def names_post(name: str) -> bool:
    """Whether ``name`` names a post: its words before its first "of", "for" or "to" hold no
    unit noun and end in a post's head ("Chief Lamp Officer", "Deputy Directors", "Wick
    Registrar General", "Commissioner of Lamps"), not in another noun ("Wick Officer
    Training", "General" alone)."""
    words = [singular_noun(w) for w in name_tokens(name_head(name))]
    if not words or set(words) & UNIT_NOUNS:
        return False
    if words[-1] == "general":
        return len(words) > 1 and words[-2] in _POST_HEADS
    return words[-1] in _POST_HEADS


# How many units found otherwise than in running text a page must have, none of them a post,
# for its structure to be read as one of bodies.
_LAID_OUT_BODIES = 2


@rule("filter", off=set())
def prose_post_beside_bodies(units: Sequence[Unit], page: PageLayout) -> set[int]:
    """The ids of the posts (``names_post``) read out of running text by the finders of
    ``RUNNING_TEXT_FINDERS`` ("The Chief Lamp Officer advises the Board", "reports to the
    Minister", "is assisted by two Deputy Commissioners") on a page whose other units (read
    off its headings, lists, tables and lines, or by the other rules) are two or more and
    none of them a post: such a page writes its organization in bodies, and a post its
    sentences name is one body's head, the head the page's body answers to, or a member of
    a body's staff, not a unit. A page with a post among its other units (a heading "Deputy
    Lamp Director", an item "Chief Inspector") writes its organization in posts too, and
    keeps them all. A post stays when a unit that stays hangs from it (a node of the page's
    structure) or when its sentence names, by the same finder, a unit that is no post (a
    series of one body's parts, ``series_of_posts``). ``units`` are those the earlier name
    filters of ``without_non_unit_names`` keep (a heading they take out as a topic is no body
    laid out); the cut copies and topics among topics, taken out after this rule, are still
    among them. ``units[0]`` is the root: never taken."""
    found = units[1:]
    laid_out = [u for u in found if u.found_by not in RUNNING_TEXT_FINDERS]
    if len(laid_out) < _LAID_OUT_BODIES or any(names_post(u.name) for u in laid_out):
        return set()
    gone = {
        id(u)
        for u in found
        if u.found_by in RUNNING_TEXT_FINDERS
        and names_post(u.name)
        and not _named_beside_a_body(u, found, page)
    }
    # a post that holds a unit which stays is a node of the page's structure: it stays too
    while True:
        holding = {id(u.parent) for u in found if id(u) not in gone} & gone
        if not holding:
            return gone
        gone -= holding


def _named_beside_a_body(post: Unit, found: Sequence[Unit], page: PageLayout) -> bool:
    """Whether the sentence that names ``post`` names, by the same finder, a unit that is no
    post ("comprises the Chief Wick Secretary, Soot Records and the Glass Division"): the
    series lists one body's parts, posts and functions alike (``series_of_posts``)."""
    sentence = page.sentence_at(post.evidence_start)
    if sentence is None:
        return False
    start, end = sentence
    return any(
        other is not post
        and other.found_by == post.found_by
        and start <= other.evidence_start < end
        and not names_post(other.name)
        for other in found
    )
