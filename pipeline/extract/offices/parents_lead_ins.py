"""Parents read from lead-ins that refer back: a list's lead-in about the unit the paragraph
before it names, or about the unit named last."""

from __future__ import annotations

import re

from pipeline.extract.list_units.lead_ins import (
    DIVIDED_INTO_VERB,
    DIVISION_VERB,
    HELD_COUNT,
    MADE_OF_VERB,
    OTHERS_VERB,
    plural_unit_noun,
)
from pipeline.extract.list_units.parents import SUPERVISING_VERB
from pipeline.extract.names import REFERRING_WORDS, name_tokens, unit_nouns_only
from pipeline.extract.offices.common import (
    BLOCK_OPENING,
    COMPOSED,
    ENUMERATION_FINDERS,
    PLACED_BY_DEFAULT,
    SECTION_FINDERS,
    names_whole,
    paragraph_subject_unit,
    sentence_at,
    unit_key,
)
from pipeline.extract.root.body_above_root import UNIT_RANK
from pipeline.extract.units import Unit, is_above, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import HEADING, LABEL, LIST_ITEM, PARAGRAPH, Block, head_noun
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import UNIT_NOUNS
from pipeline.text.words import in_singular, plural_word

# A list's lead-in that says its subject is made of the items after it: the subject and
# the verb ("The Directorate consists of the following divisions:", "Wick is made up of a
# number of sub-units:", "This Office has three branches:"). "Has" only with a count or
# "the following" ("has worked with the following offices:" is none), and no verb of
# another body before the colon ("... and works closely with the following offices:").
_REFERRING_WORD = r"(?i:" + "|".join(sorted(REFERRING_WORDS)) + r")"
_HOLDS_PARTS_VERB = (
    MADE_OF_VERB + r"|" + DIVIDED_INTO_VERB + r"|houses|includes|has\s+(?i:" + HELD_COUNT + r")"
)
# The rest of a lead-in up to its colon, with no verb of another body in it.
_TO_THE_COLON = r"(?:\s(?:(?!" + OTHERS_VERB + r")[^:])*)?:\s*\Z"
_PARTS_LEAD_IN = lazy_pattern(
    r"\s*(?:" + _REFERRING_WORD + r"\s+)?"
    r"(?P<subject>[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,3}?)"
    r"\s+(?:also\s+|similarly\s+)?(?:" + _HOLDS_PARTS_VERB + r")" + _TO_THE_COLON
)


@rule("parent", off=False)
def referring_lead_in_parts(subject: str, referent: str) -> bool:
    """A list's lead-in whose subject refers back to the unit the paragraph before it is
    about ("The Wick Directorate manages the lamps of the town." then "The directorate
    consists of the following divisions:" over "Trimming", "Supply"; "Oil Division is that
    arm of the Office that buys oil." then "Oil is made up of a number of sub-units:")
    makes the list's items ("Label: text" lines among them) parts of that unit, when only
    where they stand placed them (under the page's top unit or their section's unit). The
    subject refers to it when it is the unit's own noun alone ("The
    directorate", "This Division") or its name less its unit noun ("Oil" for "Oil
    Division"); the unit is the one the paragraph just before the lead-in (or the lead-in's
    own paragraph, when the lead-in is not its first sentence) opens with, as its subject.
    A subject of another unit noun ("The office has two sections:" after a paragraph about
    the Wick Directorate), a unit named inside the paragraph and not at its opening ("The
    Lamp Ministry works with the Wick Directorate."), or a list's item before the lead-in
    (one of several the directorate may be) places nothing; nor is an item moved that a
    rule placed already (a lead-in that names its parent: "... divisions of the Lamp
    Ministry:"), or the referred unit itself when the list names it."""
    if unit_nouns_only(subject) == [head_noun(tuple(name_tokens(referent)))]:
        return True  # "The directorate" for the Wick Directorate
    own, whole = unit_key(subject), unit_key(referent)
    return bool(own) and own < whole and whole - own <= UNIT_NOUNS


def referring_lead_in_parents(page: PageLayout, units: list[Unit]) -> None:
    """Place the items of a list whose lead-in refers back to the unit the paragraph before
    it is about under that unit (``referring_lead_in_parts``)."""
    text = page.text
    blocks = page.blocks
    for index, block in enumerate(blocks[:-1]):
        if block.kind != PARAGRAPH or blocks[index + 1].kind != LIST_ITEM:
            continue
        spans = list(page.sentences(block.start, block.end)) or [(block.start, block.end)]
        start, end = spans[-1]
        found = _PARTS_LEAD_IN.match(text[start:end])
        if found is None:
            continue
        if len(spans) > 1:
            about = blocks[index]
        elif index > 0 and blocks[index - 1].kind == PARAGRAPH:
            about = blocks[index - 1]
        else:
            continue
        referent = paragraph_subject_unit(text, about, units)
        if referent is None or not referring_lead_in_parts(found.group("subject"), referent.name):
            continue
        last = index + 1  # the list's items, "Label: text" lines among them
        while last + 1 < len(blocks) and blocks[last + 1].kind in (LIST_ITEM, LABEL):
            last += 1
        first, stop = blocks[index + 1].start, blocks[last].end
        for unit in units:
            if (
                first <= unit.evidence_start < stop
                and unit.parent_by in PLACED_BY_DEFAULT
                and unit.parent is not referent
                and not is_above(unit, referent)
            ):
                reparent(unit, referent, "referring_lead_in_parts")


# A list's lead-in that opens with a referring word and a bare unit noun, the subject of a
# verb by which a body holds its parts (``_PARTS_LEAD_IN``'s, any verb of division) or
# directs them ("The office directs the work of the following departments:", "This office
# is split into four units:", "The office provides leadership to the following teams:"),
# not its possessor ("The office's duties are:") nor a name ("The Office of Glass ...").
_REFERRING_NOUN_LEAD = lazy_pattern(
    r"\s*" + _REFERRING_WORD + r"\s+(?P<noun>[a-z]+|[A-Z][a-z]+)\s+(?!of\b)"
    r"(?:also\s+|similarly\s+)?(?:"
    + _HOLDS_PARTS_VERB
    + r"|"
    + DIVISION_VERB
    + r"|"
    + SUPERVISING_VERB
    + r"|provides?\s+(?:[a-z]+\s+)?(?:leadership|direction|oversight|supervision)\b)"
    + _TO_THE_COLON
)
# An owner or a destination the lead-in names itself: "... the following branches of the
# ministry:", "... the following branches to the Glass Bureau:".
_OWNER_IN_LEAD_IN = lazy_pattern(
    r"\b(?:of|to)\s+(?:the|its|their|this|that)\s+(?!following\b)", re.IGNORECASE
)
# A sentence that presents what it names after a pronoun and a linking verb: "These are the
# goals of the Office of Lamp Care.", "This is the Office of Lamp Care's page." (about it,
# as a sentence it opens is).
_PRESENTING = lazy_pattern(r"\s*(?:This|These)\s+(?:is|are)\s")
# What makes a named unit another body's: "the Oil Ministry's Glass Office", "the Glass
# Office of the Oil Ministry".
_POSSESSED = lazy_pattern(r"['’]s\s+\Z")
_OF_ANOTHER_BODY = lazy_pattern(r"\s+of\s+the\s")


def _unit_of_noun_named_last(
    text: str, units: list[Unit], noun: str, start: int, end: int
) -> tuple[int, Unit] | None:
    """The unit headed by ``noun`` whose name ``text[start:end]`` holds last as a whole (not
    inside a longer name: "Glass Office" in "Old Glass Office Hall"), and where."""
    best: tuple[int, Unit] | None = None
    for unit in units:
        if head_noun(tuple(name_tokens(unit.name))) != noun:
            continue
        at = text.rfind(unit.name, start, end)
        while at >= 0 and not names_whole(text, unit.name, at, end):
            at = text.rfind(unit.name, start, at)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, unit)
    return best


def _what_its_sentence_is_about(page: PageLayout, units: list[Unit], unit: Unit, at: int) -> bool:
    """Whether the name of ``unit`` at ``at`` is what its sentence is about: its subject,
    opening it ("The" aside), or the first unit a sentence that presents names ("These are
    the goals of the Office of Lamp Care."), and no other body's ("the Oil Ministry's Glass
    Office", "the Glass Office of the Oil Ministry"). "The Lamp Ministry works with the Wick
    Directorate." and "Keepers write to the Wick Directorate." are not about the
    directorate."""
    text = page.text
    span = page.sentence_at(at)
    opening = span[0] if span else at
    opens = BLOCK_OPENING.match(text, opening)
    if not (opens is not None and opens.end() == at) and not (
        _PRESENTING.match(text, opening)
        and not any(
            re.search(rf"(?<!\w){re.escape(other.name)}(?!\w)", text[opening:at]) for other in units
        )
    ):
        return False
    if _POSSESSED.search(text, max(opening, at - 4), at):
        return False
    # Another body named in the unit's name itself: "the Glass Office of the Oil Ministry",
    # "the Oil Ministry's Glass Office" read as one name ("the Warden's Office" is no body's).
    of_body = _OF_ANOTHER_BODY.search(unit.name)
    possessor = re.match(r"(.+?)['’]s\s", unit.name)
    for owner in (
        unit.name[of_body.end() :] if of_body else "",
        possessor.group(1) if possessor else "",
    ):
        noun = head_noun(tuple(name_tokens(owner))) if owner else ""
        if noun in UNIT_NOUNS or noun in UNIT_RANK:
            return False
    return not _OF_ANOTHER_BODY.match(text, at + len(unit.name))


register(
    "lead_in_refers_to_last_named",
    "parent",
    """A list's lead-in whose last sentence, ending in a colon, opens with a referring word
    ("The", "This", "Our") and a bare unit noun as the subject of a verb by which a body
    holds its parts ("is made up of", "is split into", "includes", "has three") or directs
    them ("directs", "oversees", "provides leadership to") and names the parts it lists in
    the plural, as units or by its own noun ("The office directs the following wick
    branches:", "This office is split into two units:"; not "... the following
    services:"), refers back to the unit of that noun its section's text names last before
    it: the list's items, placed only where they stand (under the section's or the page's
    top unit), become that unit's parts ("Wick Supply" after "... the goals of the Office
    of Lamps. The office oversees the following teams:" is the Office of Lamps', though
    the section's heading is "Lamps"). The sentence that names that unit must be about it:
    the unit opens it as its subject ("The Office of Lamps sets ...") or is the first unit
    a sentence that presents names ("These are the goals of the Office of Lamps."); "The
    Lamp Ministry works with the Wick Directorate." and "Keepers write to the Wick
    Directorate." are not about the directorate, and "The directorate ..." after them
    refers to nothing; nor is another body's unit ("the Oil Ministry's Glass Office", "the
    Glass Office of the Oil Ministry") what "The office" means. Not a possessor ("The
    office's duties are:"), any other verb ("This division is responsible for:", "The
    office transferred the following branches to ..."), a lead-in that names the parts'
    owner or destination itself ("... the following branches of the ministry:"), one whose
    subject works with others ("... works closely with the following offices:"), "This
    section" (the page's section as well as a unit), a section that names its noun in the
    plural before the lead-in ("Its directorates are:", "Wick Offices across the realm":
    "The directorate" may be any of them), a unit named only inside a longer name ("the
    Old Glass Office Hall"), in another section or in the section's heading, nor items
    that already stand under a unit of that noun (the one the lead-in may mean); the list
    is its run of items of one kind (list items, or "Label: text" lines).""",
)


def last_named_lead_in_parents(page: PageLayout, units: list[Unit]) -> None:
    """Place the items of a list whose lead-in's subject ("The office", "This division")
    refers back to the unit of that noun its section names last before it under that unit
    (``lead_in_refers_to_last_named``)."""
    if not enabled("lead_in_refers_to_last_named") or not units:
        return
    text = page.text
    blocks = page.blocks
    scope = 0
    for index, block in enumerate(blocks[:-1]):
        if block.kind == HEADING:
            scope = block.end
        following = blocks[index + 1].kind
        if block.kind not in (PARAGRAPH, LIST_ITEM) or following not in (LIST_ITEM, LABEL):
            continue
        spans = list(page.sentences(block.start, block.end)) or [(block.start, block.end)]
        start, end = spans[-1]
        sentence = text[start:end].rstrip()
        found = _REFERRING_NOUN_LEAD.match(sentence)
        if found is None or _OWNER_IN_LEAD_IN.search(sentence, found.end("noun")):
            continue
        noun = found.group("noun").lower()
        # It names parts in the plural: units ("branches", not "services"), or its own noun's
        # ("The program has three regional programs:").
        words = [word.bare.lower() for word in page.words(start, end)]
        if (
            noun not in UNIT_NOUNS
            or noun == "section"
            or not any(
                plural_unit_noun(word) or (plural_word(word) and in_singular(word) == noun)
                for word in words
            )
        ):
            continue
        if any(
            plural_word(word) and in_singular(word) == noun
            for word in (word.bare.lower() for word in page.words(scope, start))
        ):
            continue
        last = index + 1
        while last + 1 < len(blocks) and blocks[last + 1].kind == following:
            last += 1
        first, stop = blocks[index + 1].start, blocks[last].end
        outside = [u for u in units if not first <= u.evidence_start < stop]
        named = _unit_of_noun_named_last(text, outside, noun, scope, start)
        if named is None or not _what_its_sentence_is_about(page, units, named[1], named[0]):
            continue
        referent = named[1]
        for unit in units:
            if (
                first <= unit.evidence_start < stop
                and unit.parent_by in PLACED_BY_DEFAULT
                and unit.parent is not None
                and head_noun(tuple(name_tokens(unit.parent.name))) != noun
            ):
                reparent(unit, referent, "lead_in_refers_to_last_named")  # never above it


def agency_composed_of(
    page: PageLayout, blocks: list[Block], unit: Unit, units: list[Unit]
) -> bool:
    """Whether ``unit`` is named after a verb of composition whose subject is the page's
    agency or a unit found already, a few words about it aside ("the Lamp Board's office", "The
    Lamp Department, led by the Warden, includes ...") (``enumerated_units`` on a page whose
    units have headings)."""
    text = page.text
    start, _ = sentence_at(text, blocks, unit.evidence_start)
    composed = COMPOSED.search(text, start, unit.evidence_start)
    if composed is None or any(c.isdigit() for c in unit.name):  # "and 27 Centers": a count
        return False
    if len(name_tokens(unit.name)) < 2:  # a bare noun ("Offices") names no unit
        return False
    # "The Lamp Department, led by the Lamp Warden, includes ...": an aside between commas
    # says more of the subject, it is not the subject
    subject = unit_key(_ASIDE.sub("", text[start : composed.start()]))
    for other in units:
        own = unit_key(other.name)
        if own and own <= subject and len(subject - own) <= 2:
            return True
    return False


_ASIDE = lazy_pattern(r",[^,]*,")


def named_bare(name: str, units: list[Unit]) -> Unit | None:
    """The unit found already that is ``name`` without its unit noun: a heading "Lamp Care"
    over prose that says "the Lamp Care Division" (``topic_headings_prose``), or a list
    "four divisions: Lamp Care, Oil Supply" before "The Oil Supply Division is ..."; the
    units prose places under the name in full are that unit's."""
    if not enabled("topic_headings_prose"):
        return None
    key = unit_key(name)
    for unit in units:
        if (
            unit.found_by in SECTION_FINDERS | set(ENUMERATION_FINDERS)
            and (other := unit_key(unit.name)) < key
            and key - other <= UNIT_NOUNS
        ):
            return unit
    return None
