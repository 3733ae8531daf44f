"""Filters on names that are not units: plural nouns only, duty-worded and imperative names,
generic nouns, topics, laws, picture captions, abolished units, qualified repeats and the
parts a page names in full elsewhere."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from typing import NamedTuple

from pipeline.extract.list_units.builder import ANNOUNCING_LIST_FINDERS
from pipeline.extract.list_units.filters import TITLE_MODIFIERS
from pipeline.extract.names import POSITION_ENDS, content_tokens, name_tokens, town_start
from pipeline.extract.offices.common import (
    AGENCY_WORDS,
    DUTY_OPENING,
    GROUP_NOUNS,
    OUR,
    PICTURE_WORDS,
    SECTION_FINDERS,
    TERRITORIAL_NOUNS,
    WORD,
    names_instrument,
    unit_key,
    words_before_preposition,
)
from pipeline.extract.offices.contact_and_staff_filters import possessive_heading, staff_entry
from pipeline.extract.offices.heading_filters import sentence_case_topic, topic_among_topics
from pipeline.extract.offices.prose_posts import prose_post_beside_bodies
from pipeline.extract.units import Unit, ancestors, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LINE_OPENING, LIST_ITEM, PARAGRAPH, PREPOSITIONS, head_noun
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.prefilter import may_hold_ignorecase
from pipeline.text.sections import PageLayout, lower_case_words, person_name
from pipeline.text.vocabulary import (
    CONNECTORS,
    FUNCTION_VERBS,
    MORE_PREPOSITIONS,
    OPENING_PREPOSITIONS,
    OPENING_QUOTES,
    ORDER_VERBS,
    POSITION_WORDS,
    UNIT_NOUNS,
    VERBS_AS_FIELD_NOUNS,
    VERBS_AS_PLURAL_NOUNS,
    VERBS_OPENING_NO_DUTY,
)
from pipeline.text.words import plural_word, singular_noun

register(
    "part_named_in_full",
    "filter",
    """A part a page names bare in its introduction or in a generic list ("two offices: Lamp
    Care and Oil Supply") is the unit the page also names with a unit noun added ("the Office
    of Lamp Care"): the bare name is not a unit of its own beside the full one. A word of the
    full name may be another form of the bare one's, the same root with another ending
    ("Administrative and Wicks" listed, then "the Administration and Wicks Division"; not
    "Internal" and "International", whose roots differ).""",
)

# Endings that make another form of a word from its root: "administrat-ive", "-ion(s)",
# "operation-al"; a root shorter than MIN_ROOT is a word of its own ("nat-ive").
_FORM_ENDINGS = ("ions", "ion", "ive", "al")
MIN_ROOT = 6


def _root(word: str) -> str:
    """A word without the endings that make its other forms (``part_named_in_full``)."""
    stripped = True
    while stripped:
        stripped = False
        for ending in _FORM_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
                word, stripped = word[: -len(ending)], True
                break
    return word


def named_in_full(name: str, units: list[Unit]) -> bool:
    """Whether a unit found already is ``name`` with a unit noun added: "Office of Special
    Measures" for "Special Measures" (``part_named_in_full``)."""
    if not enabled("part_named_in_full"):
        return False
    roots = {_root(word) for word in unit_key(name)}
    for unit in units:
        other = {word: _root(word) for word in unit_key(unit.name)}
        extra = {word for word, root in other.items() if root not in roots}
        if roots < set(other.values()) and extra <= UNIT_NOUNS:
            return True
    return False


MAX_QUALIFIER_WORDS = 3


def _repeat_tokens(name: str) -> list[str]:
    """A name's tokens with "&" read as the "and" it stands for: ``name_tokens`` drops "&",
    so "Glass & Wick Office" would read as the "Wick Office" qualified by "Glass"; read as
    "and", it is a connector that joins another name to that one (``qualified_repeat``)."""
    return name_tokens(name.replace("&", " and "))


# What stands between two neighbouring items of one series: a comma or semicolon, "and" or
# "or", an article, an item's number or letter ("Wick Division; Oil Division", "the Wick
# Branch and the Oil Wick Branch", ", ii) Oil Division", "a Wick Branch, an Oil Branch").
_SERIES_GAP = lazy_pattern(
    r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:the|an?)\s+)?"
    r"(?:\(?(?:[ivx]+|\d+|[a-z])[.)]\s*)?",
    re.I,
)
MAX_SERIES_GAP = 40  # characters: a wider gap is no separator, however it is spaced


def _item_before(text: str, start: int, found: list[Unit]) -> Unit | None:
    """The found unit a series lists right before the item at ``start``."""
    return next(
        (
            other
            for other in found
            if 0 <= start - other.evidence_end <= MAX_SERIES_GAP
            and other.evidence_start < start
            and _SERIES_GAP.fullmatch(text, other.evidence_end, start)
        ),
        None,
    )


def _item_after(text: str, end: int, found: list[Unit]) -> Unit | None:
    """The found unit a series lists right after the item ending at ``end``."""
    return next(
        (
            other
            for other in found
            if 0 <= other.evidence_start - end <= MAX_SERIES_GAP
            and other.evidence_end > end
            and _SERIES_GAP.fullmatch(text, end, other.evidence_start)
        ),
        None,
    )


def series_neighbours(text: str, unit: Unit, found: list[Unit]) -> frozenset[str]:
    """The found units the page lists in one series with ``unit``, item after item ("the
    Wick Branch, the Glass Branch and the Oil Wick Branch"): a series names each unit once,
    so every other item of it is another unit, whatever words they share
    (``qualified_repeat``)."""
    run: set[str] = set()
    start, end = unit.evidence_start, unit.evidence_end
    while (before := _item_before(text, start, found)) is not None:
        run.add(before.name)
        start = before.evidence_start
    while (after := _item_after(text, end, found)) is not None:
        run.add(after.name)
        end = after.evidence_end
    return frozenset(run)


def _qualifies(tokens: list[str], known: list[str]) -> bool:
    """Whether one name's tokens are the other's with a few words more before them, none a
    position's or a connector, the shorter holding a unit noun (``qualified_repeat``)."""
    shorter, longer = sorted((tokens, known), key=len)
    extra = longer[: len(longer) - len(shorter)]
    return (
        bool(shorter)
        and longer[len(extra) :] == shorter
        and 0 < len(extra) <= MAX_QUALIFIER_WORDS
        and not set(extra) & (POSITION_WORDS | CONNECTORS)
        and bool(set(shorter) & UNIT_NOUNS)
    )


register(
    "unit_nouns_only_name",
    "filter",
    """A name made only of unit nouns ("Division", "Staff Division", "Board Office") has
    no words of its own, and the checks that a name is the agency, or a unit found
    already, named again by the words it shares leave such a name an empty set of own
    words, which every name holds: they took "The Staff Division provides ..." under the
    Lamp Secretariat for the agency again, and each "Oil Division" for the bare "Division"
    the page was found to refer to its body by. A name of unit nouns only is the agency (or
    a body above the unit) named again only when all its words are in that body's name
    ("Secretariat Division" on the Lamp Secretariat Division's page; one noun alone, "the
    Secretariat", still refers to the agency). A found name of unit nouns only that a found
    name qualifies with words of its own ("Division" found, and "Wick Division") is the noun
    the page's bodies share: a further name that qualifies it too ("Oil Division") is a
    unit of its own, not that bare noun named again. Still named again: one name qualifying
    a found bare noun ("the Office", then "the Lamp Tally Office": the body the noun
    referred to, named in full), a name found inside another's ("Council" and "Office of the
    Lamp Council", then "Lamp Council"), and a bare noun after fuller names ("the Wick
    Division", then "the Division": it refers back), and a name that qualifies the bare
    noun only with a unit noun of another found body, the agency's mostly ("the Council
    Secretariat" on the Lamp Council's page beside "Secretariat" and "Legal Secretariat"):
    the noun of the body the bare noun belongs to says whose it is, no name of its own.""",
)


def nouns_only(name: str) -> bool:
    """Whether every word of a name is a unit noun ("Staff Division", "Board"):
    a name with no words of its own (``unit_nouns_only_name``)."""
    words = content_tokens(name)
    return bool(words) and words <= UNIT_NOUNS


def _shared_noun(tokens: list[str], other: str, found: list[str]) -> bool:
    """Whether ``other``, a found name of unit nouns only shorter than the name of
    ``tokens``, is a noun another found name qualifies too ("Division" beside "Wick
    Division"): no body the name of ``tokens`` names again (``unit_nouns_only_name``).
    Not when the words before the noun are unit nouns of another found body ("Council
    Secretariat" on the Lamp Council's page): whose the noun is, the noun named again."""
    known = _repeat_tokens(other)
    if not enabled("unit_nouns_only_name") or len(known) >= len(tokens) or not nouns_only(other):
        return False
    extra = set(tokens[: len(tokens) - len(known)])
    if extra <= UNIT_NOUNS and any(
        extra <= content_tokens(body) and _repeat_tokens(body)[-len(known) :] != known
        for body in found
    ):
        return False  # "Council Secretariat" on the Lamp Council's page: its "Secretariat"
    return any(
        len(peer_tokens := _repeat_tokens(peer)) > len(known)
        and peer_tokens[-len(known) :] == known
        and peer_tokens[-len(tokens) :] != tokens  # the name itself, inside another's
        for peer in found
    )


@rule("filter", off=False)
def qualified_repeat(
    name: str,
    found: list[str],
    beside: frozenset[str] = frozenset(),
    peers: Sequence[str] = (),
) -> bool:
    """Prose that names a unit once with its agency's name before it and once without ("the
    Lamp Bureau Wick Division", "the Wick Division") names one unit: a name that is a found
    unit's name with a few words more, or fewer, before it is that unit again, unless those
    words are a position's ("Deputy Chief Wick Officer" is not the "Chief Wick Officer") or
    hold a connector, "&" too (the "Glass & Wick Office" joins another name to the "Wick
    Office"), or the page lists the two in one series (``beside``: "the Wick Branch; the Oil
    Wick Branch", "i) Wick Division, ii) Non-wick Division"): a series names each unit
    once. Nor is it when the found name is a unit noun that other names qualify too
    (``unit_nouns_only_name``), found already or read with it in one pass as candidates
    (``peers``: "1. Wick Division" before "2. Oil Division" under a bare "Division"): which
    of them comes first decides nothing."""
    tokens = _repeat_tokens(name)
    for other in found:
        if other in beside:
            continue
        if _qualifies(tokens, _repeat_tokens(other)) and not _shared_noun(
            tokens, other, [*found, *peers]
        ):
            return True
    return False


# "Documents the abolishment of:", "abolishes the Lamp Office": what an order takes away.
_ABOLISH = lazy_pattern(
    r"\b(?:abolish(?:es|ed|ment|ing)?|abolition|disestablish(?:es|ed|ment)?"
    r"|eliminat(?:es|ed)|combin(?:es|ed)|former)\b",
    re.I,
)
# A piece of each alternative of _ABOLISH, one of which every match holds.
_ABOLISH_PIECES = ("abolish", "abolition", "disestablish", "eliminat", "combin", "former")
# A lead-in to a list of what an order takes away: "Documents the abolishment of:".
_ABOLISH_LEAD_IN = lazy_pattern(
    r"\b(?:abolish(?:es|ed|ment|ing)?|abolition|disestablish(?:es|ed|ment)?)\b", re.I
)
# A lead-in to a list of the bodies that went into a new one, their noun plural before the
# colon: "by merging the two former lamp boards:", "the three former wick authorities:".
_FORMER_LEAD_IN = lazy_pattern(r"\bformer\s+(?:[\w-]+\s+){0,3}[\w-]+s\s*:\s*$", re.I)
# A unit's name in an order's sentence: capitalized words joined by "of", "for", "the",
# "&" or an "and" that no "the" follows ("Office of Wick and Oil Supply").
_ORDER_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of|for|on|&|the|and(?!\s+the\b)|[A-Z][\w&.'’-]*))*"
# Between the names of a series: "; the", ", and the", " and the".
_SERIES = r"(?:\s*[;,]\s*(?:and\s+)?|\s+and\s+)the\s+"
# What an order takes away, then the series of names it takes ("abolishes the Wick Office;
# the Oil Office; and the Glass Office", "eliminates the Soot Division"), or the units it
# joins into a new one ("combines the Wick Office and the Oil Office to form the Lamp
# Office", the new one named after "to form").
_ORDER_VERB = r"(?i:abolish(?:es|ed)?|eliminat(?:es|ed)|combin(?:es|ed))"
# The verb a name taken from a sentence's start may still hold: "Eliminates the Soot Division".
_ORDER_VERB_BEFORE = lazy_pattern(r"^" + _ORDER_VERB + r"\s+(?:the\s+)?")
_ABOLISHED_OBJECT = lazy_pattern(
    r"\b(?P<verb>" + _ORDER_VERB + r")\s+(?:the\s+)?(?:former\s+)?"
    r"(?P<names>" + _ORDER_NAME + r"(?:" + _SERIES + _ORDER_NAME + r")*)"
    r"(?P<formed>\s+(?:to\s+form|into)\s+(?:the\s+|a\s+(?:new\s+)?)?" + _ORDER_NAME + r")?"
)
_SERIES_JOIN = lazy_pattern(_SERIES + r"(?=[A-Z])")
_FORMED = lazy_pattern(r"\s+(?:to\s+form|into)\s+(?:the\s+|a\s+(?:new\s+)?)?")
# What may end a name taken from a sentence but is no part of it: a connector, a full stop.
_SERIES_NAME_TAIL = lazy_pattern(r"(?:\s+(?:of|for|on|&|the|and))*\.?$")
# A lower-case word after a series' last name that is no preposition or conjunction: the
# name is the subject of a new clause ("eliminated the Soot Division, and the Ash Division
# took over its work"), not one more of the order's objects.
_CLAUSE_AFTER = lazy_pattern(
    r"\s+(?!(?:and|or|as|in|at|on|of|for|from|to|into|under|within|with|by|effective"
    r"|which|that|who)\b)[a-z]"
)


def _order_objects(match: re.Match[str]) -> set[str]:
    """The names an order's sentence takes away: each name of the series after the verb;
    for units joined into a new one, those that are not the new one's name, and none when
    the sentence names no new one ("combines the Wick Office and the Oil Office" may say
    what a group is made of); a last name a verb follows is a new clause's subject ("and
    the Ash Division took over its work") and stays."""
    formed = match.group("formed")
    if match.group("verb").lower().startswith("combin") and not formed:
        return set()
    new = " ".join(_SERIES_NAME_TAIL.sub("", _FORMED.sub("", formed or "", count=1)).split())
    parts = _SERIES_JOIN.split(match.group("names"))
    if (
        len(parts) > 1
        and not formed
        and _SERIES_NAME_TAIL.sub("", parts[-1]) == parts[-1]
        and _CLAUSE_AFTER.match(match.string, match.end())
    ):
        parts.pop()
    names = {" ".join(_SERIES_NAME_TAIL.sub("", n).split()) for n in parts}
    return {n for n in names if n and n != new}


def _abolished(page: PageLayout) -> tuple[list[tuple[int, int]], set[str]]:
    """The spans of the lists an order introduces as abolished ("Documents the abolishment
    of:" and the items under it) or as the former bodies a new one was made of, up to the
    first paragraph after the list's items, and the names a sentence says it abolishes,
    eliminates or joins into a new unit."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    blocks = page.blocks
    for index, block in enumerate(blocks):
        for match in _ABOLISHED_OBJECT.finditer(block.text):
            names |= _order_objects(match)
        lead_in = block.text.rstrip()
        if not (
            lead_in.endswith(":")
            and (_ABOLISH_LEAD_IN.search(lead_in) or _FORMER_LEAD_IN.search(lead_in))
        ):
            continue
        depth = block.level if block.kind == LIST_ITEM else 0
        stop = block.end
        listed = False
        for after in blocks[index + 1 :]:
            if after.kind not in (LIST_ITEM, PARAGRAPH) or (
                after.kind == LIST_ITEM and after.level <= depth
            ):
                break
            if after.kind == PARAGRAPH and (depth or listed or after.text.rstrip().endswith(":")):
                break  # a paragraph after the list's items is the page's text again
            listed = listed or after.kind == LIST_ITEM
            stop = after.end
        if stop > block.end:
            spans.append((block.end, stop))
    return spans, names


@rule("filter", off=False)
def abolished_unit(unit: Unit, spans: list[tuple[int, int]], names: set[str]) -> bool:
    """A unit an order says it abolishes ("Documents the abolishment of:" and the units
    listed under it, "abolishes the Wick Office", "abolishes WO as an organizational unit")
    is no longer one of the agency's units, and so is one it abolishes as "former" ("the act
    abolished the former Wick Division"); so is each unit of a series an order abolishes
    or eliminates ("abolishes the Wick Office; the Oil Office; and the Glass Office",
    "eliminates the Soot Division and establishes the Ash Division": the Ash Division
    stays), the units it joins into a new one ("combines the Wick Office and the Oil Office
    to form the Lamp Office": the Lamp Office stays, and so would the Wick Office were it
    the new one's name) and the former bodies listed after a lead-in that names them ("by
    merging the two former lamp boards:")."""
    if any(a <= unit.evidence_start < b for a, b in spans):
        return True
    return (
        unit.name in names
        or _ORDER_VERB_BEFORE.sub("", unit.name) in names
        or (unit.acronym is not None and unit.acronym in names)
    )


def _taken_out(units: list[Unit], gone: set[int]) -> list[Unit]:
    """The units without those whose ``id`` is in ``gone``, their parts moved (by
    ``reparent``) to the nearest parent that stays, placed as they were; when none stays
    (every unit above is gone, or the parents come round in a cycle) to the root
    (``units[0]``, placed by ``default_root``), never to no parent: one parentless row."""
    if not gone:
        return units
    root = units[0] if units and id(units[0]) not in gone else None
    for unit in units:
        if unit.parent is None or id(unit.parent) not in gone or id(unit) in gone:
            continue
        # the nearest unit above that stays (never the unit itself, were its parents a cycle)
        up = next((up for up in ancestors(unit) if id(up) not in gone), None)
        if up is not None and reparent(unit, up):
            continue
        if root is not None and unit is not root and reparent(unit, root, "default_root"):
            continue
        unit.parent, unit.parent_by = None, None  # the root itself: it hangs from nothing
    return [u for u in units if id(u) not in gone]


# A sentence that says a unit is gone, the unit named right before its verb: "The Wick
# Division was abolished", "the Oil Office (OO) was dissolved in 1990", "The Soot Section no
# longer exists", "The Glass Board ceased to exist", "The Ember Board has since been wound
# up". The match starts where the name ends, never after a space (a name ends in none, and
# tried at each space of a long run of them the pattern read the rest of the run each time).
_SAID_GONE = lazy_pattern(
    r"(?<!\s)(?:\s*\([^()\n]{1,20}\))?,?\s+(?:"
    r"(?:was|were|(?:has|have|had)\s+(?:since\s+|now\s+)?been)\s+"
    r"(?:(?:formally|officially|subsequently|later|then|also|effectively)\s+)?"
    r"(?:abolished|disestablished|dissolved|disbanded|eliminated|wound\s+up)"
    r"|no\s+longer\s+exists?|ceased\s+to\s+exist)\b",
    re.I,
)
# A piece of each alternative of _SAID_GONE, one of which every match holds.
_SAID_GONE_PIECES = (
    "abolish",
    "disestablish",
    "dissolv",
    "disband",
    "eliminat",
    "wound",
    "longer",
    "ceased",
)
# A verb that brings a unit back later in the same sentence: "was abolished in 1990 and
# re-established in 2001" says it is there again.
_BROUGHT_BACK = lazy_pattern(
    r"\b(?:re-?establish|re-?creat|re-?constitut|restor|reviv|reinstat)\w*", re.I
)


class _SaidGone(NamedTuple):
    """A sentence saying a unit is gone: where the name ends, where the verb ends and where
    the sentence ends."""

    name_end: int
    verb_end: int
    stop: int


def _said_gone(page: PageLayout) -> list[_SaidGone]:
    """The sentences that say the unit named before their verb is gone (``unit_said_gone``),
    unless they bring it back."""
    text = page.text
    if not may_hold_ignorecase(text, _SAID_GONE_PIECES):
        return []
    found = []
    for match in _SAID_GONE.finditer(text):
        sentence = page.sentence_at(match.end() - 1)
        stop = max(sentence[1] if sentence is not None else match.end(), match.end())
        if _BROUGHT_BACK.search(text, match.end(), stop) is None:
            found.append(_SaidGone(match.start(), match.end(), stop))
    return found


# Room before a gone-verb beyond the length of a unit's name: its words may be spread over
# more spaces or lines than in the name.
_NAME_ROOM = 40
# Room before a name to read what it hangs from: a preposition, another name of a series.
_OWNER_ROOM = 120
# What may stand between a preposition or a conjunction and a name: "the", "its former".
_NAME_DETERMINERS = r"(?:(?:the|its|this|that|their|our|his|her|each|all|former|erstwhile|old)\s+)*"
# A preposition that never opens a clause, so that a name after it is no subject: "posts in
# the Wick Division were abolished", "backlogs at the Oil Office have been eliminated", "the
# task force of the Soot Unit was disbanded", "forms processed by WO were eliminated", and
# one name back over a series ("overlaps between the Ash Unit and the Soot Unit"; not after a
# comma: "replaced by the Ash Unit, and the Soot Unit was abolished" opens a new clause).
_OWNER_PREPOSITIONS = PREPOSITIONS | {"within", "under", "into", "onto", "across", "inside"}
_OWNER_PREPOSITIONS |= {"between", "among", "amongst", "throughout", "via", "per", "without"}
_OWNER_PREPOSITIONS |= {"over", "against", "about", "through", "toward", "towards"}
_OWNED_NAME = lazy_pattern(
    r"(?<![\w-])(?:"
    + "|".join(sorted(_OWNER_PREPOSITIONS))
    + r")\s+"
    + _NAME_DETERMINERS
    + r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s+(?:and|or|&)\s+"
    + _NAME_DETERMINERS
    + r")?\Z"
)
# A capitalized word right before a name on its line, no determiner nor possessive: the
# name is the tail of a longer one ("the Provincial Internal Audit Unit was disbanded": the
# Internal Audit Unit stays).
_WORD_BEFORE_NAME = lazy_pattern(r"(?<![\w'’&.-])([A-Z][\w&.-]*)[ \t]+\Z")
_CAPITAL_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "a", "an"}
    | {"each", "all", "both", "former", "erstwhile", "old", "then", "later", "finally"}
)
# A name a condition or a question opens: "services would suffer if the Wick Office were
# abolished", "asked whether the Oil Office had been dissolved".
_SUPPOSED_NAME = lazy_pattern(r"\b(?i:if|unless|whether|lest)\s+(?:[a-z][\w-]*\s+){0,2}\Z")


def _kept_by_sentence(text: str, start: int, gone: _SaidGone, unit: Unit) -> bool:
    """Whether what stands round a name said gone (at ``start``) keeps its unit: the name is
    the object of a preposition or the tail of a longer name, a condition opens it, or the
    sentence forms a new unit of its name after the verb ("and a new Board inaugurated"; not
    "its work moved to the new office", another one)."""
    before = text[max(0, start - _OWNER_ROOM) : start]
    if _OWNED_NAME.search(before) or _SUPPOSED_NAME.search(before):
        return True
    word = _WORD_BEFORE_NAME.search(before)
    if word is not None and word.group(1).lower() not in _CAPITAL_DETERMINERS:
        return True
    after = text[gone.verb_end : gone.stop]
    head = head_noun(tuple(unit.name.lower().split()))
    heads = [r"\s+".join(map(re.escape, unit.name.split()))]
    heads += [r"(?i:" + re.escape(head) + r")\b(?!\s+(?:of\s+|for\s+)?[A-Z])"] if head else []
    new = r"\b(?i:an?)\s+(?i:new)\s+(?:" + "|".join(heads) + ")"
    return re.search(new, after) is not None


@rule("filter", off=False)
def unit_said_gone(unit: Unit, text: str, said: list[_SaidGone]) -> bool:
    """A unit a sentence says is gone, its name (or its acronym) right before the verb
    ("The Wick Division was abolished", "On 1 July the Division of Oil, Glass and Wicks was
    dissolved", "The Soot Section no longer exists", "The Glass Board ceased to exist", "has
    since been wound up"), is no longer one of the agency's units, as one an order abolishes
    (``abolished_unit``): a page's history or a reorganization notice names the units that
    went with the ones that stay. Only a verb of ending in the past or present does it
    ("will be abolished", "was not abolished", "proposed to be abolished" keep the unit),
    and a sentence that brings the unit back ("was abolished in 1990 and re-established in
    2001") keeps it.

    The name must be the sentence's subject, not a part of it: what is gone is something of
    the unit when the name follows a preposition ("twelve posts in the Wick Division were
    abolished", "backlogs at the Oil Office have been eliminated", "the task force of the
    Soot Unit was disbanded", "overlaps between the Ash Unit and the Soot Unit were
    eliminated"), another unit when the name is the tail of a longer one ("the Provincial
    Glass Unit was disbanded": the Glass Unit stays), no fact when a condition opens it
    ("services would suffer if the Wick Office were abolished"); and a unit dissolved and
    formed anew in the same sentence ("the Governing Board was dissolved and a new Board
    inaugurated") is there still. Each of these, read as gone, took a standing unit out."""
    names = [unit.name] + ([unit.acronym] if unit.acronym else [])
    for gone in said:
        end = gone.name_end
        before = text[max(0, end - len(unit.name) - _NAME_ROOM) : end]
        for name in names:
            pattern = r"(?<![\w&])" + r"\s+".join(map(re.escape, name.split())) + r"\Z"
            found = re.search(pattern, before)
            if found is not None:
                start = end - len(before) + found.start()
                if not _kept_by_sentence(text, start, gone, unit):
                    return True
    return False


def without_abolished(page: PageLayout, units: list[Unit]) -> list[Unit]:
    """The units with those an order abolishes or a sentence says are gone taken out (their
    parts move to their parent)."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    if may_hold_ignorecase(page.text, _ABOLISH_PIECES) and _ABOLISH.search(page.text) is not None:
        spans, names = _abolished(page)
    said = _said_gone(page)
    if not spans and not names and not said:
        return units
    gone = {
        id(u)
        for u in units[1:]
        if abolished_unit(u, spans, names) or unit_said_gone(u, page.text, said)
    }
    return _taken_out(units, gone)


# Words that may stand beside plural unit nouns in a name that only groups units: "All
# Departments", "Other Offices and Departments", "Our Bureaus".
_GROUPING_WORDS = OUR | {"and", "all", "other", "&"}


@rule("filter", off=False)
def plural_nouns_only(name: str) -> bool:
    """A name made only of plural unit nouns, perhaps joined by "and" or after "all",
    "other" or "our" ("Offices", "Departments", "Bureaus and Offices", "Other Offices and
    Departments", "All Departments"), names the kind of units a list or a heading gathers,
    not one of them, whichever finder took it: a unit's name says which unit it is. Its
    parts move to its parent."""
    tokens = name_tokens(name)
    nouns = [t for t in tokens if t not in _GROUPING_WORDS]
    return bool(nouns) and all(t in GROUP_NOUNS for t in nouns)


@rule("filter", off=False)
def heads_of_units(name: str) -> bool:
    """A name whose head noun, its last word before any preposition, is "heads" ("Department
    Heads", "Division and Office Heads", "Wick Section Heads in the Lamp Office") names the
    people who head the units it names, not a unit: a unit's heads are posts of those
    units."""
    words = words_before_preposition(name)
    return len(words) >= 2 and words[-1] == "heads"


# A particle of a place's or a person's name, lower case before an apostrophe and a capital
# ("Côte d'Lamp", "Ivo de'Medici"): no word in lower case.
_NAME_PARTICLE = lazy_pattern(r"^[a-z]{1,2}['’][A-Z]")


@rule("filter", off=False)
def sentence_case_item(name: str) -> bool:
    """A list item or a name in prose set in sentence case, a content word after its first
    in lower case and no unit noun, position or body among its words ("Complaint
    follow-up", "Evidence processing", "Wick-oil claims", "Public Information (House
    documents"), names a duty or a topic, as such a heading does (``sentence_case_topic``):
    a unit's name is a proper name, capitalized, whichever finder took it. Names that join
    areas ("Finance, risk and procurement", "Wicks, oil & glass", "People & culture") stay,
    and a name's particle before an apostrophe ("Côte d'Lamp") is no lower-case word. Its
    parts move to its parent. Only a page with a unit named in title case is read so: a page
    that names all its units in sentence case ("Wick braiding", "Oil supply", "Glass repair"
    after "made up of the following directorates:") names its units so."""
    if re.search(r",|&", name):
        return False
    words = [w for w in WORD.findall(name) if not _NAME_PARTICLE.match(w)]
    return sentence_case_topic(" ".join(words)) if words else False


@rule("filter", off=False)
def duty_worded_name(name: str) -> bool:
    """A name that opens as a duty or a goal, not as a noun: an infinitive of purpose, perhaps
    after a label ("To respond to wick complaints", "VISION To keep every lamp lit"),
    "Responsible for" ("Responsible for Recruitment, Training and Transfer of Lamplighters"),
    or a verb of function in the present before a lower-case object ("Provides wick
    repairs", "Oversees the oil stores"), is a line of what a body does or aims at, as a
    list of duties or a page's vision gives it, whichever finder took it: a unit's name is
    a noun. A verb's object that is a unit noun ("Works section") makes it a name, as does
    a unit noun ending a name whose verb is also a plural noun ("Plans review section"), and
    so does a unit's name after the verb ("Establishes the Office of Oil Stores", a sentence's
    verb and its object, the unit). Its parts move to its parent."""
    match = DUTY_OPENING.match(name)
    if match is None:
        return False
    rest = name_tokens(name[match.end() :])
    if not rest:
        return True
    return not (
        rest[0] in UNIT_NOUNS
        or (name_tokens(name)[0] in VERBS_AS_PLURAL_NOUNS and rest[-1] in UNIT_NOUNS)
    )


# A verb in its plain form that opens a duty or a goal as a list of duties or a budget's goals
# writes it, an imperative ("Ensure that ...", "Prevent oil spills", "Respond to ..."): the
# verbs of function in their plain form, an order's verbs, then verbs of duties no unit's
# description opens with in the present. Not a verb also a noun of a field or a unit's work
# ("Support", "Review", "Plan", "Exercise": read only as a name cut from its line, in
# ``_IMPERATIVE_DUTY``), one that opens no duty by itself ("Look", "Lead", "Direct"), one of
# composition ("include", "comprise"), nor one read only with its particle ("carry out").
# An order's verb counts before a lower-case object ("Approve oil purchases"); before a
# capitalized name ("Establish the Office of Oil Stores") the name is ``directive_verb``'s.
_IMPERATIVE_VERBS = "|".join(
    [
        *sorted(
            (set(FUNCTION_VERBS) | ORDER_VERBS)
            - VERBS_AS_FIELD_NOUNS
            - VERBS_OPENING_NO_DUTY
            - {"include", "comprise", "carry"}
        ),
        r"prevent|respond|formulate|liaise|initiate|identify|evaluate|organi[sz]e",
        r"collect|receive|participate|protect|attend|compile|verify|recommend|strengthen",
        r"improve|enhance|encourage|mobili[sz]e|contribute|carry\s+out",
    ]
)
# What may stand before an imperative's object: a preposition, then an article or two.
_OBJECT_PREPOSITIONS = ("to", "with", "in", "on", "for", "out")
_OBJECT_ARTICLES = ("the", "a", "an", "all", "that", "its", "their", "any")
# The imperative and what may stand before its object ("Respond to lamp complaints", "Liaise
# with the oil guilds", "Ensure that the wicks ..."). Atomic: a capitalized word after them
# is the object, never the preposition given back.
_IMPERATIVE_DUTY = lazy_pattern(
    r"(?P<verb>(?i:" + _IMPERATIVE_VERBS + "|" + "|".join(sorted(VERBS_AS_FIELD_NOUNS)) + r"))"
    r"(?>\s+(?P<preposition>(?:" + "|".join(_OBJECT_PREPOSITIONS) + r")\s+)?"
    r"(?P<articles>(?:(?:" + "|".join(_OBJECT_ARTICLES) + r")\s+){0,2}))"
)
# An article right after a verb that is also a field's noun ("Support the unit in its work"):
# a field's noun takes none.
_VERB_ARTICLE = lazy_pattern(r"(?:the|a|an)\s")


def _verb_article(match: re.Match[str]) -> bool:
    """Whether an article follows an imperative right after it, no preposition between."""
    return match.group("preposition") is None and bool(_VERB_ARTICLE.match(match["articles"]))


# Words that cannot open an imperative's object: a connector or a conjunction ("Establish
# and maintain the Office of Oil Stores"), a preposition or an article left over.
_NO_OBJECT_OPENING = CONNECTORS | {"or"} | set(_OBJECT_PREPOSITIONS) | set(_OBJECT_ARTICLES)
# Words that end an object's head phrase: a preposition, a connector or a relative word
# ("physiology unit | of the ...", "such functions | as the Warden ...", "oversight | over
# the unit").
_OBJECT_HEAD_ENDS = (
    CONNECTORS
    | PREPOSITIONS
    | OPENING_PREPOSITIONS
    | MORE_PREPOSITIONS
    | {"or", "that", "which", "who", "whom", "whose", "where", "when", "such", "so", "than"}
) - {"the", "a"}
# What may stand before an object's first letter: a quote or a bracket ("Ensure “safe”
# lamps", "Provide (free) wicks").
_OBJECT_OPENING_MARKS = OPENING_QUOTES + "(["


def _unmarked(line: str) -> str:
    """A line without the bullet or item marker it opens with."""
    marker = LINE_OPENING.match(line)
    return line[marker.end() :] if marker else line


def _lower_case_object(rest: str) -> bool:
    """Whether the words after an imperative open its object in lower case or with a number,
    no connector or conjunction first, a quote or a bracket aside: "wick fires", "élan among
    ...", "“safe” lamps", "(free) wicks", "24-hour lamp service"; not "Lamp Office"."""
    word = rest.lstrip(_OBJECT_OPENING_MARKS).split(maxsplit=1)[:1]
    if not word or word[0] in _NO_OBJECT_OPENING:
        return False
    return word[0][0].islower() or word[0][0].isdigit()


def _object_head(rest: str) -> str:
    """The head noun of an imperative's object: its last word before the first preposition,
    connector or relative word ("unit" in "physiology unit", "section" in "section of the
    Wick Division", "functions" in "such functions as the Warden delegates to the office"),
    or "" when there is none."""
    head = ""
    for word in name_tokens(rest):
        if head and word in _OBJECT_HEAD_ENDS:
            break
        if word not in _OBJECT_HEAD_ENDS:
            head = word
    return head


@rule("filter", off=False)
def imperative_duty_name(name: str, line: str = "") -> bool:
    """A name that opens with a verb in its plain form, an imperative, before its object in
    lower case ("Prevent wick fires and oil spills", "Respond to lamp complaints", "Coordinate
    with the regional offices"), or a name cut from the line that opens so ("Ensure" from
    "Ensure that the wicks are trimmed before dusk;"), is a duty or a goal as a list of duties
    or a budget's goals writes each, not a unit: a unit's name is a noun
    (``duty_worded_name`` reads the verb in the present, "Provides wick repairs"). Only a
    closed class of verbs: those of function in their plain form, a few of duties, and an
    order's ("Approve oil purchases", "Establish wick standards for the bureau"; before a
    capitalized name, "Establish the Office of ...", the name is ``directive_verb``'s). What
    the object holds does not matter, a unit noun included. A verb that is also a field's
    noun ("Support", "Review", "Plan", "Exercise") counts only when the name is that word
    alone, cut from a line that goes on with its object ("Exercise" from "Exercise such
    functions as the Warden delegates to the office."): "Exercise science" names a field;
    and then not when a unit noun heads that object, its last word before a preposition, a
    connector or a relative word ("Exercise" from "Exercise physiology unit" or "Exercise
    section of the Wick Division"; not "Exercise oversight over the unit"), unless an
    article follows the verb, which a field's noun never takes ("Support" from "Support the
    unit in its work"). Not when a name in capitals follows the verb, its
    preposition or its article ("Respond to Lamp Office", "Promote the Office of Oil
    Stores"), nor when a connector does ("Coordinate and promote the Office of Oil
    Stores"). The line counts only when it opens with the name (the name was cut from it), a
    bullet or an item's marker ("(e) ", "IV. ") aside. Its parts move to its parent."""
    name, line = _unmarked(name), _unmarked(line.split("\n", 1)[0])
    for text in (name, line) if line.startswith(name) else (name,):
        match = _IMPERATIVE_DUTY.match(text)
        if match is None or not _lower_case_object(text[match.end() :]):
            continue
        verb = match.group("verb")
        if verb.lower() not in VERBS_AS_FIELD_NOUNS:
            return True
        if name == verb and (
            _verb_article(match) or _object_head(text[match.end() :]) not in UNIT_NOUNS
        ):
            return True  # the verb alone, cut from its duty; not "Exercise physiology unit"
    return False


# A number that opens a name and is no part of a unit's: a section number ("12.04 Duties of
# the Warden"), a date in figures ("10/24/2010 Wick Office"), a span of years ("2020-21",
# "2003/04 Lamp Plan Reports") or a small count before a plural ("11 Branches and Labs").
_NUMBER_OPENING = lazy_pattern(
    r"\d+(?:\.\d+)+\s"
    r"|\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|(?:19|20)\d\d\s*[-–/]\s*\d{2,4}(?:\s|$)"
    r"|\d{1,2}\s+(?P<plural>[A-Z]?[a-z]+s\b)"
)
# Capitalized words that end in a unit noun, no connector between them: "Signals Regiment".
_PLAIN_UNIT_NAME = lazy_pattern(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$")


@rule("filter", off=False)
def number_opening_name(name: str) -> bool:
    """A name that opens with a number a unit's name does not hold, a section number ("12.04
    Duties of the Warden", a code's table of contents), a date in figures ("10/24/2010 Lamp
    Office Transition Notes", a printed page's header), a span of years ("2020-2021",
    "2003/04 Wick Plan Reports", a report's period) or a small count before a plural ("11
    Branches and Laboratories in the Wick Division", the start of a sentence), is a caption,
    a date or a count, not a unit, whichever finder took it. A year alone before a name
    ("2030 Lamp Games Secretariat") names a unit for that year's event, a number joined to
    its word ("24-hour Wick Desk", "3G Lamp Rollout") is a word of the name, and a service's
    number ("311 Lamp Line") is its name, and so is a number before a plural that only
    qualifies the unit noun ending the name ("7 Lanterns Regiment", "4 Business Support
    Unit", a numbered formation or a numbered list's item); a name with no letter at all is
    a contact detail (``contact_detail_name``). Its parts move to its parent."""
    match = _NUMBER_OPENING.match(name)
    if match is None:
        return False
    if match.group("plural") is None:
        return True
    rest = name[match.start("plural") :]
    tokens = name_tokens(rest)
    return not (
        len(tokens) > 1 and tokens[-1] in UNIT_NOUNS and _PLAIN_UNIT_NAME.match(rest) is not None
    )


# A post's title in title case, then its holder's given name and surname: "Deputy Lamp
# Warden General Jane Doe", "Wick Director Ivo Roe-Smith".
_POST_THEN_HOLDER = lazy_pattern(
    r"(?P<post>(?:[A-Z][\w'’-]*\s+)+)"
    r"(?P<holder>[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?\s+"
    r"(?:Mc|Mac|O['’])?[A-Z][a-z\u00e0-\u00ff'’]+(?:-[A-Z][a-z\u00e0-\u00ff'’]+)?)"
)
# The words a post's title may end in as its head: not a word that only modifies one.
_POST_HEADS = POSITION_ENDS - TITLE_MODIFIERS


@rule("filter", off=False)
def post_then_holder(name: str, common: frozenset[str] = frozenset()) -> bool:
    """A name that is a post's title, in title case and ending in the word that heads it ("Lamp
    Director", "Deputy Wick Minister", "Assistant Oil Manager", "Deputy Wick Superintendent
    General"), then two more capitalized words, neither a unit noun nor a position word ("Deputy
    Lamp Minister Jane Doe", "Assistant Wick Manager Ivo Roe-Smith"), names the person who
    holds the post, as a leadership page's headings and its roster lines do: no unit,
    whichever finder took it. A title that ends in a word that only modifies a post ("Deputy",
    "Assistant", "Chief") before two words names the post's own title ("Deputy Glass Wardens",
    "Assistant Lamp Managers"); a unit noun or a post's word among the two ("Lamp Director
    Wick Office", "Oil Director Deputy Warden") keeps the name, and so do two words that do not
    read as a person's name (``person_name``: a field's ending or a plural, "Lamp Director
    Wick Affairs", "Oil Director Glass Management") and a word of the two the page writes in
    lower case (``common``: "Lamp Director Open Glass" where the page speaks of open flames
    or of glass), for a given name or a surname is seldom a common word of its page: the two
    words are the post's portfolio."""
    match = _POST_THEN_HOLDER.fullmatch(name)
    if match is None:
        return False
    post = match.group("post").split()
    ending = post[-1].lower()
    headed = ending in _POST_HEADS or (
        ending == "general" and len(post) > 1 and post[-2].lower() in POSITION_WORDS
    )
    words = match.group("holder").lower().split()
    holder = {singular_noun(w) for w in words}
    return (
        headed
        and not holder & (UNIT_NOUNS | POSITION_ENDS | CONNECTORS)
        and not (set(words) | holder) & common
        and person_name(match.group("holder"))
    )


# A body made of members that other bodies' posts hold: "is composed of six members:", "is
# composed of ex-officio", "consists of the following ex officio members".
_EX_OFFICIO_LEAD = lazy_pattern(
    r"\b(?:composed|compris(?:ed|es)|consists?|made\s+up)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:members\s*:|ex[-\s]officio\b)",
    re.IGNORECASE,
)
# Just before a body's name: "a member of the", "members of the".
_MEMBER_OF = lazy_pattern(r"\bmembers?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@rule("filter", off=False)
def ex_officio_member(name: str, before: str) -> bool:
    """A sentence that makes a board of members who hold other bodies' posts ("The Lamp
    Board is composed of six members: the Chairman of the Wick Council or a member of the
    Wick Council designated by the Chairman; the Secretary of Oil; ...", "The Commission is
    composed of ex-officio, the Warden of Glass, the Mayor of Lampton ...") names those
    posts and bodies as its members' seats, not as the page's units: a post of another
    body ("Chairman of the Wick Council", a position word then "of") and a body named after
    "a member of the" are neither units of the page's agency nor parts of the board.
    ``before`` is the sentence's text before the name."""
    if _EX_OFFICIO_LEAD.search(before) is None:
        return False
    words = name_tokens(name)
    if len(words) > 2 and words[0] in POSITION_WORDS and words[1] == "of":
        return True
    return _MEMBER_OF.search(before) is not None


# What sends a reader to a body for something, just before its name: "Contact the", "call
# the", "e-mail the", "write to the" (with "the": "Contact Centre" names a unit), and the second
# body of such a verb's pair ("Contact the Wick office or the Glass office"); "may be obtained
# by mail from the", "can be requested from", "is available from", "obtainable from". A verb's
# other forms ("called the Wick Office", "contacts") are not read: they name a body's name or
# what it does; nor is an active or past "obtained ... from" ("The Division requested staff
# from the ...", "staff were obtained from the ..."): a body acting, or the page's history,
# not where the reader goes.
_REFERRAL = lazy_pattern(
    r"(?:\b(?:contact|call|e-?mail|write\s+to)\s+the"
    r"(?:\s+[^.;:!?\n,()]{1,50}?\s+(?:or|and)\s+the)?"
    r"|(?:\b(?:be|is|are)\s+(?:\w+\s+)?(?:obtained|requested|ordered|collected|purchased)"
    r"|\b(?:available|obtainable))\b[^.;:!?\n]{0,40}?\bfrom(?:\s+the)?)"
    r"\s+$",
    re.IGNORECASE,
)
# The same imperatives and "the" opening a name a finder read with them ("Contact the Wick
# office").
_REFERRAL_OPENING = lazy_pattern(r"(?:contact|call|e-?mail|write\s+to)\s+the\s+", re.IGNORECASE)
# What, right after a name, describes the body: a relative clause of what it does ("..., which
# investigates complaints", "who answer ..."), not of where or when to find it ("which is
# located at", "which is open", "which can be reached").
_DESCRIBED_AFTER = lazy_pattern(
    r"\s*,?\s*(?:which|who)\s+(?:also\s+)?"
    r"(?!(?:is|are)\s+(?:located|situated|based|open|available|at|in|on)\b"
    r"|(?:can|may|will|should|must)\b)[a-z]",
    re.IGNORECASE,
)
# An acronym the page gives the body in brackets right after its name ("the Wick Service
# Unit (WSU)").
_BRACKETED_ACRONYM = lazy_pattern(r"\s*\(([A-Z][A-Za-z&]*[A-Z])\)")


def _words_pattern(name: str) -> re.Pattern[str]:
    """Where the page writes ``name`` (in any case) as a whole name, its words apart by any
    space: a plain-text page wraps its lines inside a name ("the Oil\\nSection")."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)


def _only_referred_to(
    where: re.Pattern[str], text: str, page: PageLayout | None, bracketed: bool = False
) -> bool | None:
    """Whether every place ``where`` finds (None: no place) stands right after a referral
    (``_REFERRAL``) and is not described by a relative clause right after it
    (``_DESCRIBED_AFTER``) nor named again by the acronym in brackets after it; with
    ``bracketed``, the places in brackets (the acronym given) are not counted."""
    seen = False
    for match in where.finditer(text):
        start = match.start()
        if bracketed and text[start - 1 : start] == "(":
            continue
        sentence = page.sentence_at(start) if page is not None else None
        opening = sentence[0] if sentence is not None else 0
        if _REFERRAL.search(text[max(opening, start - 80) : start]) is None:
            return False
        if _DESCRIBED_AFTER.match(text, match.end()) is not None:
            return False
        acronym = _BRACKETED_ACRONYM.match(text, match.end())
        if acronym is not None and not bracketed:
            again = re.compile(rf"(?<![\w-]){re.escape(acronym[1])}(?![\w-])")
            if _only_referred_to(again, text, page, bracketed=True) is False:
                return False
        seen = True
    return seen if seen else None


@rule("filter", off=False)
def named_only_to_contact(name: str, text: str, page: PageLayout | None = None) -> bool:
    """A body the page names only as the one to reach or to get something from ("Contact the
    Wick office at 555-0100.", "Copies may be obtained by mail from the Office of Lamp
    Records, 12 Oil Street.", "The manual is available from the Glass Printing Office.") is
    named as an address, not as one of the parts the page describes: the sentence is about
    the reader, the body is where the reader goes, and it may be another body or a unit's
    informal name for a desk ("the IT office" beside "The Information Technology Section
    provides ..."). Every place the page writes the name (in any case, its words apart by any
    space, for a line wrapped inside it) must be so: a unit the page describes elsewhere ("The
    Wick Office trims the wicks. Contact the Wick Office at ..."), in a relative clause of what
    it does ("Members of the public may contact the Complaints Unit, which investigates
    complaints") or by the acronym it gives it ("contact the Wick Service Unit (WSU) ...
    The WSU handles renewals") keeps its name. The verb stands right before the name, an
    imperative with "the" ("Contact Centre" opening a name is no such verb), or a present
    passive ("may be obtained from", not "the Division requested staff from": a body acting);
    a name a finder read with the imperative and "the" ("Contact the Wick office", "E-mail the
    Southern Branch") is no unit's name, whatever the page says of the body. ``page`` (the
    parsed page, for its sentences) keeps the verb in the name's sentence."""
    with_verb = _REFERRAL_OPENING.match(name)
    if with_verb is not None:
        return bool(name[with_verb.end() :].strip())
    if not name.strip():
        return False
    return _only_referred_to(_words_pattern(name), text, page) is True


def _sentence_before(page: PageLayout, start: int) -> str:
    """The text of the page's sentence that holds ``start`` before it (the sentences the
    parsed page splits once, where a full stop that closes an abbreviation, "U.S." or "St.",
    ends none)."""
    sentence = page.sentence_at(start)
    return page.text[sentence[0] : start] if sentence else ""


@rule("filter", off=False)
def generic_noun_alone(name: str) -> bool:
    """A name that is only "Staff", "Unit" or "Laboratory" names no unit: "Staff" alone is
    the people who work for the body above (a caption over who they are, as "Members" is),
    "Unit" alone is the word for any part (a table's column over the units' names, "Unit |
    Officer in Charge"), and "Laboratory" alone is a facility or a field (an item among the
    fields a body's heads come from, "Nursing", "Pharmacy", "Laboratory"). A body named by
    its noun alone ("Board", "Council", "Administration") is one: the page's own board or
    council."""
    return name_tokens(name) in (["staff"], ["unit"], ["laboratory"])


# A noun for a topic about a body, then the preposition that names the body: "Overview of",
# "Responsibilities of", "Location of", "Report on", "Welcome to", "Organization and Duties
# of", "Organizational Structure of"; a heading that takes the reader to the body, "About
# the", "Inside the", "Meet the" ("Inside Sales Division" is a unit); and "Organization of" a
# body named by its noun alone ("Organization of the Department": "Organization of the Lamp
# Exporting Towns" is a name). A mission sent to a body is one: "Mission to the Lamp Union".
_TOPIC_OF = lazy_pattern(
    r"(?:(?:the|an?)\s+)?(?:(?:organi[sz]ation(?:al)?\s+(?:and\s+)?)?"
    r"(?:overview|responsibilit(?:y|ies)|functions?|duties|powers|roles?|history"
    r"|mission(?!\s+to\b)|mandate|profile|description|introduction|summary|structure|composition"
    r"|evolution|location|details|report)\s+(?:of|to|at|for|on)\b|welcome\s+to\b"
    r"|(?:about|inside|meet)\s+(?=(?:the|this|our)\s)"
    r"|organi[sz]ation\s+of\s+(?:the|this|our)\s+[a-z]+\s*$)",
    re.IGNORECASE,
)


@rule("filter", off=False)
def topic_of_name(name: str) -> bool:
    """A name that opens with a noun for a topic about a body, its overview, responsibilities,
    functions, powers, role, history, evolution, location or details, and then the
    preposition that names the body ("Overview of services offered at the Wick Office",
    "Responsibilities of Units under the Lamp Office", "Location of the Glass Office",
    "Evolution of the LB", "Report on Resources", "Organization and Duties of the Wick
    Office"), or a greeting or a heading that takes the reader to the body ("Welcome to the
    Oil Board's Wick Division", "Inside the Lamp Bureau", "About the Division"), with "the",
    "a", "an" or no article before it ("An Overview of the Lamp Department"), names a topic
    about the body, not a unit, whichever finder took it, heading or prose; so does
    "Organization of the Department", a body by its noun alone. Its parts move to its
    parent. A mission sent to a body is a unit, the body it is sent to named after "to"
    ("Mission to the Lamp Union"). A name headed by a unit noun at its end, the topic's
    words with no article before them, is a unit named for its field ("History of Wick Lore
    Division", "Powers of Attorney Unit"): the topic's body is named with "the"."""
    match = _TOPIC_OF.match(name)
    if match is None:
        return False
    words = name_tokens(name)
    return not (
        words
        and words[-1] in UNIT_NOUNS
        and not match.group().lower().startswith(_GREETINGS)
        and not _TOPIC_BODY_DETERMINER.search(name, match.end())
    )


def _plural(noun: str) -> str:
    """A noun's plural in "-s", "-es" or "-ies" ("division", "branch", "agency"); a noun
    in "-s" is left as it is (part of ``plural_caption_of_unit``)."""
    if noun.endswith("s"):
        return noun
    if noun.endswith(("ch", "sh", "x")):
        return f"{noun}es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return f"{noun[:-1]}ies"
    return f"{noun}s"


# The prepositions after which a caption of a unit's parts names the unit: "Divisions of the
# Wick Office", "Units in the Lamp Bureau", "Sections within the Ministry", "Areas for the
# Division".
_CAPTION_PREPOSITIONS = frozenset({"of", "for", "in", "within", "under"})
# A determiner before the unit a caption is about: "of the Wick Office", "in this Bureau".
_CAPTION_DETERMINERS = frozenset({"the", "this", "its", "our", "each"})
# The prepositions that end the head of the unit a caption names: "the Office" of "the Office
# of Glass", "the Department" of "the Department for Lamps".
_OWNER_ENDS = _CAPTION_PREPOSITIONS | {"to", "at", "on"}
# The plural nouns that caption a unit's parts or the fields it works in: its units by their
# nouns ("Divisions", "Sub-units", "Sections", "Offices"), its groups ("Committees", "Bodies")
# and its areas ("Service Areas", "Regions"). "Services" is left out: it closes the name of a
# unit's field ("Wick Services of the Ministry" may be that unit). So are "Corps", a singular
# noun as well ("the Medical Corps of the Lantern Force" is one corps), and "Forces", which
# names one arm of a defence or police force ("Land Forces of the Lantern Force", "Night
# Forces of the Lamp Police Service"): each may be the unit, with parts of its own.
_CAPTION_HEADS = (GROUP_NOUNS | {_plural(noun) for noun in UNIT_NOUNS | TERRITORIAL_NOUNS}) - {
    "services",
    "corps",
    "forces",
}


@rule("filter", off=False)
def plural_caption_of_unit(name: str) -> bool:
    """A name whose words before its first preposition ("of", "for", "in", "within", "under")
    end in a plural noun for a unit's parts or areas, its units by their nouns, its groups
    or its areas ("Subdivisions of the Wick Office", "Divisions in the Lamp Bureau", "Units
    under the Oil Department", "Service Areas of the Office of Glass", "Lamp Priority
    Areas for the Division"), and whose words after it are a determiner and a name worded as
    a unit or an agency by its head noun ("the Office", "the Office of Glass", not "the
    Trustees of the Board": "Offices of the Trustees of the Board" are the trustees' own
    offices, a unit), captions the parts or the areas of that unit: it is no unit of its
    own, whichever finder took it, heading, line or subject. Its parts move to its parent,
    and what its text said of them was read while it stood (a subject in its text that
    refers back, "The office is divided into two sections: ...", found its owner). A
    post among its words ("Deputy Wardens of the Office") lists posts, left to the position
    rules, but not a post's word that qualifies the plural noun right before it
    ("Executive Agencies of the Department", "Chief Directorates within the Branch":
    captions); "Corps" and "Forces" may name one unit ("Medical Corps of the Lantern
    Force", "Land Forces of the Lantern Force") and are no caption's noun; a unit's name
    with no determiner after the preposition ("Divisions of Wick Trimming", "Offices of
    Lamp Care") names a unit for its field; "Services" closes a field's name ("Wick
    Services of the Ministry") and is no caption."""
    words = name_tokens(name)
    at = next((i for i, w in enumerate(words) if w in _CAPTION_PREPOSITIONS), None)
    if at is None or at == 0 or at + 2 > len(words):
        return False
    head, rest = words[:at], words[at + 1 :]
    noun = head[-1].removeprefix("sub").lstrip("-")
    if noun not in _CAPTION_HEADS or not plural_word(noun):
        return False
    # a post's word right before the plural noun qualifies the units ("Executive Agencies",
    # "Chief Directorates", "Executive Chief Directorates"): no post
    qualified = len(head) - 1
    while qualified > 0 and head[qualified - 1] in TITLE_MODIFIERS:
        qualified -= 1
    if {singular_noun(w) for w in head[:qualified]} & POSITION_WORDS:
        return False
    if rest[0] not in _CAPTION_DETERMINERS:
        return False
    # the unit the caption is about, by its head noun before any preposition of its own:
    # "the Office" of "the Office of Glass", not "the Trustees" of "the Trustees of the Board"
    body = rest[1:]
    owner = next((body[:i] for i, w in enumerate(body) if w in _OWNER_ENDS), body)
    return bool(owner) and owner[-1] in UNIT_NOUNS | AGENCY_WORDS


# Nouns for an account of a body that close the name of what they account for: "Wick
# Office Overview", "Lamp Board Summary", "Glass Division Introduction" (the accounts among
# ``_TOPIC_WORDS``, which read a bare unit noun before any of its words).
_ACCOUNT_HEADS = frozenset({"overview", "summary", "introduction"})


@rule("filter", off=False)
def overview_head_noun(name: str) -> bool:
    """A name whose last word, after a space, is a noun for an account of a body, an
    overview, a summary or an introduction ("Wick Office Overview", "Lamp Board
    Summary", "Oil budget and glass stock overview"), titles that account, a topic
    about the body it names, not a unit: the mirror of "Overview of the Wick Office"
    (``topic_of_name``), whichever finder took it, heading or list line. Its parts move to
    its parent. A page of a site's menu joined to its unit's name by a slash ("Lamp
    Department/Overview", a link's path) is that unit's own page: the unit stays. The noun
    alone ("Summary") is a page's section word, read by ``generic_section_heading``. An
    account of a unit named in full ("Wick Office Overview") drops that unit with it, a
    known miss (a heading "Field Office Overview" names a kind of units, no one unit)."""
    words = name.split()
    return len(words) >= 2 and words[-1].strip(".:;").lower() in _ACCOUNT_HEADS


# A law cited by its number or its year ("Lamp Safety Act 1975", "Wick Act No. 5", "Lamp Act,
# No. 5 of 2019", "Lamp Act 108 of 1996", "Oil Act of 2019", "Glass Act, 2001", "Lamp Acts
# 1990") or by the words that open its text ("An Act", "An Act to establish ..."): a year is
# four figures from the seventeenth century on.
LAW_YEAR = r"(?:1[6-9]|20)\d\d"
# The words of a name and its ampersands, for a last word's connector (``names_instrument``).
WORD_OR_AMPERSAND = lazy_pattern(r"[^\W_]+|&")
_LAW_CITED = lazy_pattern(
    r"\s*an\s+act\b.*"
    r"|.*\bacts?\s*,?\s*(?:(?:no\.?|number)\s*\d+(?:\s*,?\s*of\s+" + LAW_YEAR + r")?"
    r"|\d{1,4}\s+of\s+" + LAW_YEAR + r"|(?:of\s+)?" + LAW_YEAR + r")[\W]*",
    re.IGNORECASE | re.DOTALL,
)


@rule("filter", off=False)
def law_or_provisions_name(name: str) -> bool:
    """A name that cites a law by its number or its year ("Lamp Safety Act 1975", "Wick
    Autonomy Act No. 5", "Oil Act of 2019") or by the words that open a law's text ("An
    Act"), or a heading over a part of a law's text, its provisions ("General Provisions",
    "Transitional Provisions"), names a law or a part of one that a code, a gazette or a
    page citing its authority sets out, not a unit, whichever finder took it: its parts
    move to its parent. A law named with neither number nor year ("Lamp Services Act") is
    left, as an office may go by the law it carries out; a number or a year makes a law of
    a name though a unit's name opens it ("Bureau of Lantern Safety Act 1975", the law that
    set up the bureau). "Provisions" after a preposition, "and" or "&" is a unit's field
    ("Office of Provisions", "Stores & Provisions", "Stores &amp; Provisions"); punctuation
    around the words ("General Provisions)") is not one of them."""
    if _LAW_CITED.fullmatch(name) is not None:
        return True
    words = WORD_OR_AMPERSAND.findall(html.unescape(name))
    return names_instrument(words, frozenset({"provisions"}))


# Openings that greet the body or announce the page is about it: a topic, whatever noun ends it.
_GREETINGS = ("welcome", "about", "inside", "meet", "organization of", "organisation of")


# A determiner before the body a topic is about: "Location of the Glass Office", "Role of
# this Office", "Functions of our Wick Division".
_TOPIC_BODY_DETERMINER = lazy_pattern(r"\b(?:the|this|that|its|our|their|each)\b", re.IGNORECASE)
_PICTURE_WORD = lazy_pattern(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


@rule("filter", off=False)
def picture_caption(heading: str) -> bool:
    """A heading that holds a word for a picture or a file, a chart, a map, an icon, a
    banner or a logo, that no "of" and no unit noun follows ("Lamp District regional map",
    "Wick Office Organizational Chart - Text Equivalent", "Website Banner"), captions the
    picture or labels the link to it: it names no unit, though a unit's name stands in it. A
    chart or a map that a unit is named for ("Chart of Accounts Team", "Map Services") stays,
    and so do the maps or charts, plural, that are the field of a unit whose noun heads the
    name before its preposition ("Office of Lamp Maps and Charts"; "Bureau of Lantern
    Safety regional map", one map, is its caption)."""
    words = [w.lower() for w in _PICTURE_WORD.findall(heading)]
    plural = {w for w in words if w in PICTURE_WORDS and w.endswith("s")}
    fields = plural and not set(words) & PICTURE_WORDS - plural
    if fields and head_noun(tuple(words)) in UNIT_NOUNS:
        return False
    for index, word in enumerate(words):
        rest = words[index + 1 :]
        if word in PICTURE_WORDS and rest[:1] != ["of"] and not set(rest) & UNIT_NOUNS:
            return True
    return False


def _title_case(name: str) -> bool:
    """Whether a name of two words or more has each word but its connectors capitalized
    ("Wick Supply", "Detective Bureau"): a page with such a unit names its units in title
    case, and a name in sentence case beside them is a duty (``sentence_case_item``)."""
    words = [w for w in WORD.findall(name) if w.lower() not in CONNECTORS]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


# Finders whose lead-in names the items after it by a plural unit noun, counted or announced.
_ANNOUNCING_FINDERS = ANNOUNCING_LIST_FINDERS | {
    "counted_parts_in_parentheses",
    "counted_paragraph_subjects",
}

register(
    "announced_units_in_sentence_case",
    "filter",
    """An item that a lead-in names by a plural unit noun, counting or announcing them ("The
    ministry works through six departments;" over "Dept. of wick care", "Eight Divisions
    namely" or "Units, namely" over "Internal soot audit", "The following sections ...")
    is a unit, as its lead-in says, though it is set in sentence case:
    ``sentence_case_item`` does not drop it. A list after a lead-in that names no unit
    noun ("includes the following functions:" over "Complaint follow-up") is still read as
    duties.""",
)


def _announced_as_units(unit: Unit) -> bool:
    """Whether a unit was found by a finder whose lead-in names its items by a plural unit
    noun (``announced_units_in_sentence_case``), or is an item of a list whose lead-in
    counts or announces them so (``lead_in_counts_units``)."""
    return (
        enabled("announced_units_in_sentence_case") and unit.found_by in _ANNOUNCING_FINDERS
    ) or unit.announced


@rule("filter", off=set())
def repeated_label_heading(units: list[Unit]) -> set[int]:
    """A heading with no unit noun that stands over two sections or more of one page ("Lamp
    Trimming Officer" over each box of a chart, a building's or a town's name over each entry
    of a directory, "Wickton, LS" under each office of a chart) is a label the layout
    repeats (a post in each unit, where each unit sits), not one unit: an organization's
    unit has one place, and a unit named twice is merged where it stands
    (``repeated_unit``). Returns the ``id`` of each such heading's units; their parts move
    to their parent."""
    seen: dict[str, list[Unit]] = {}
    for unit in units:
        if unit.found_by in SECTION_FINDERS and not set(name_tokens(unit.name)) & UNIT_NOUNS:
            seen.setdefault(" ".join(name_tokens(unit.name)), []).append(unit)
    return {id(u) for group in seen.values() if len(group) >= 2 for u in group}


# The finders that read a unit's name out of a sentence with the phrase scanner, which may
# stop inside a longer name (at a lower-case word, a comma, a line break).
_PROSE_NAME_FINDERS = frozenset({"prose_unit", "prose_defined_subject"})
# The marks after which a name goes on with a qualifier: "Office of the Keeper, Oil
# Programs", "Office of the Keeper—Oil Program".
_NAME_MARKS = lazy_pattern(r"[,—–]")
# What joins the first words of a name to a cut at its end: "Wick Care and Oil Division".
_JOINING_WORDS = frozenset({"and", "&"})


def _written(name: str) -> str:
    """A pattern for ``name`` as a page writes it: its words with any spacing (a line break
    too) between them, not inside a longer word."""
    words = (re.escape(word) for word in name.split())
    return r"(?<![\w&'’-])" + r"\s+".join(words) + r"(?![\w&'’-])"


def _goes_on_as_a_name(rest: list[str]) -> bool:
    """Whether the words ``rest`` that follow a name's start go on as a name: one of them is
    capitalized or a number ("with Wicks", ", Oil Programs", "2"). Words all in lower case
    ("for the northern towns", "in the capital", "at each district headquarters") are an
    account of the unit glued to its name by a list item, and the start is the name."""
    return any(not word.islower() for word in rest if any(c.isalnum() for c in word))


def _cut_of(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` open the words ``long`` ("Lamp Office for People" of "Lamp
    Office for People with Wicks") and ``long`` goes on as a name after them, or close them
    after a joining "and" that follows the capitalized words of the name's start ("Oil
    Division" of "Wick Care and Oil Division"). A start that ends in a unit noun right before
    a joining "and" is a unit of its own, the first of two joined ("Oil Office" of "Oil Office
    and Glass Section"), not a cut."""
    if not short or len(short) >= len(long):
        return False
    if long[: len(short)] == short:
        rest = long[len(short) :]
        joined = rest[0] in _JOINING_WORDS and short[-1].lower() in UNIT_NOUNS
        return not joined and _goes_on_as_a_name(rest)
    extra = long[: len(long) - len(short)]
    return (
        long[len(extra) :] == short
        and len(extra) >= 2
        and extra[-1] in _JOINING_WORDS
        and extra[0][:1].isupper()
    )


def _longer_units(unit: Unit, units: list[Unit]) -> list[Unit]:
    """The units of ``units`` whose names ``unit``'s name is a cut of (``_cut_of``)."""
    short = unit.name.split()
    return [
        other
        for other in units
        if other is not unit and _cut_of(short, _NAME_MARKS.sub(r" \g<0> ", other.name).split())
    ]


@rule("filter", off=set())
def cut_copy_of_found_unit(units: list[Unit], text: str) -> set[int]:
    """A name read out of a sentence that the page writes only inside a longer unit's name
    found as well is a cut copy of that unit, no unit of its own: the phrase scanner stops at
    a lower-case word ("Lamp Office for People" of "Lamp Office for People with Wicks"), at a
    comma or a dash ("Office of the Deputy Keeper" of "Office of the Deputy Keeper, Oil
    Programs") or at a joining "and" ("Oil Division" of "Wick Care and Oil Division"), and
    reads the start or the end of a name a list item or a heading gives whole. A name the
    page writes alone once is kept; so is a name after a comma ("Office of the Keeper, Oil
    Division": the division is a unit of its own), a longer name that opens in lower case
    (a cut of a sentence, no name) and the start of a longer name that goes on in lower
    case words only ("Beacon Area Office" of a list item "Beacon Area Office for the northern
    towns": the item glues an account of the unit to its name, and the start is the name).
    Returns the ``id`` of each such unit; its parts move to the one longer unit it is a cut
    of (``parts_to_their_whole``), else to its parent."""
    gone: set[int] = set()
    for unit in units[1:]:
        if unit.found_by not in _PROSE_NAME_FINDERS:
            continue
        longer = [other.name for other in _longer_units(unit, units)]
        if not longer:
            continue
        wholes = [m.span() for name in longer for m in re.finditer(_written(name), text)]
        written = [m.span() for m in re.finditer(_written(unit.name), text)]
        if written and all(any(a <= s and e <= b for a, b in wholes) for s, e in written):
            gone.add(id(unit))
    return gone


def _whole_of_part(part: Unit, wholes: list[Unit]) -> Unit | None:
    """Which of the units ``wholes`` a cut copy's ``part`` belongs to: the one whose text
    holds the part's name ("(2) Office of the Deputy Keeper, Oil Programs. The Office ...
    comprises the Drum Branch"), else the only one."""
    holding = [w for w in wholes if w.evidence_start <= part.evidence_start < w.evidence_end]
    if len(holding) == 1:
        return holding[0]
    return wholes[0] if len(wholes) == 1 else None


def parts_to_their_whole(units: list[Unit], cuts: set[int]) -> None:
    """Hang the parts of each cut copy (``cut_copy_of_found_unit``, ``id`` in ``cuts``) from
    the unit whose name it cuts: the sentence that named the cut copy's parts ("The
    Coordinating Office for Towns with Lighthouses consists of the Beacon Section and ...")
    named that unit's parts. Of a cut of two or more longer names ("Office of the Deputy
    Keeper" of "..., Wick Programs" and "..., Oil Programs"), a part goes to the one whose
    text holds it; a part no single one holds is left to the cut copy's parent."""
    for unit in units:
        if id(unit) not in cuts:
            continue
        wholes = [other for other in _longer_units(unit, units) if id(other) not in cuts]
        for part in units:
            if part.parent is unit and id(part) not in cuts:
                whole = _whole_of_part(part, wholes)
                if whole is not None:
                    reparent(part, whole)


def without_non_unit_names(units: list[Unit], page: PageLayout) -> list[Unit]:
    """The units with those whose names name no unit, whichever finder took them, taken out: a
    group's plural nouns with no parts under it (``plural_nouns_only``), the heads of units
    (``heads_of_units``), "Staff" or "Unit" alone (``generic_noun_alone``), a topic about a body
    (``topic_of_name``) or an account of one (``overview_head_noun``), a law or its provisions
    (``law_or_provisions_name``), a picture's caption (``picture_caption``), a name in sentence
    case (``sentence_case_item``), a duty (``duty_worded_name``, ``imperative_duty_name``), a
    caption, date or count (``number_opening_name``), a post and its holder
    (``post_then_holder``), a label a page's layout repeats over its sections
    (``repeated_label_heading``), the owner before what it owns (``possessive_heading``), a town
    and its state's code (``trailing_place``), a board member's line (``staff_entry``), a seat
    of a board's ex officio members (``ex_officio_member``), a body named only as the one to
    reach (``named_only_to_contact``), a cut copy of a longer unit's name read in prose
    (``cut_copy_of_found_unit``), a heading among topics (``topic_among_topics``) and a post
    named in running text beside a structure of bodies (``prose_post_beside_bodies``); their
    parts move to their parent."""
    text = page.text
    parents = {id(u.parent) for u in units}

    @functools.cache
    def common() -> frozenset[str]:
        return lower_case_words(text)

    titled = any(_title_case(u.name) for u in units[1:])
    members = may_hold_ignorecase(text, ("officio", "members"))
    gone = repeated_label_heading(units[1:]) | {
        id(u)
        for u in units[1:]
        if (id(u) not in parents and plural_nouns_only(u.name))
        or heads_of_units(u.name)
        or generic_noun_alone(u.name)
        or duty_worded_name(u.name)
        or imperative_duty_name(u.name, text[u.evidence_start : u.evidence_end])
        or number_opening_name(u.name)
        or (_POST_THEN_HOLDER.fullmatch(u.name) is not None and post_then_holder(u.name, common()))
        or (
            u.found_by not in SECTION_FINDERS
            and staff_entry(text[u.evidence_start : u.evidence_end], members_only=True)
        )
        or (
            members
            and u.found_by not in SECTION_FINDERS
            and ex_officio_member(u.name, _sentence_before(page, u.evidence_start))
        )
        or (u.found_by not in SECTION_FINDERS and named_only_to_contact(u.name, text, page))
        or topic_of_name(u.name)
        or plural_caption_of_unit(u.name)
        or overview_head_noun(u.name)
        or law_or_provisions_name(u.name)
        or possessive_heading(u.name)
        or (enabled("trailing_place") and town_start(u.name) == 0)
        or (u.found_by in SECTION_FINDERS and picture_caption(u.name))
        or (
            u.found_by not in SECTION_FINDERS
            and sentence_case_item(u.name)
            and titled
            and not _announced_as_units(u)
            and not (
                u.found_by == "parts_under_unit_heading" and enabled("sentence_case_part_kept")
            )
        )
    }
    kept = [u for u in units if id(u) not in gone]
    posts = prose_post_beside_bodies(kept, page)
    gone |= posts
    kept = [u for u in kept if id(u) not in posts]
    cuts = cut_copy_of_found_unit(kept, text)
    parts_to_their_whole(kept, cuts)
    gone |= cuts
    gone |= topic_among_topics([u for u in units if id(u) not in gone], page)
    return _taken_out(units, gone)


def parents_first(units: list[Unit]) -> list[Unit]:
    """Units in document order, except that a parent always comes before its parts (a lead-in
    can name a unit whose heading comes later)."""
    placed: set[int] = set()
    out: list[Unit] = []
    for unit in units:
        chain: list[Unit] = []
        seen: set[int] = set()
        step: Unit | None = unit
        while step is not None and id(step) not in placed and id(step) not in seen:
            seen.add(id(step))
            chain.append(step)
            step = step.parent
        for link in reversed(chain):
            placed.add(id(link))
            out.append(link)
    return out
