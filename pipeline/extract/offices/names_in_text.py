"""Last resorts when no other reader finds a unit (names in the text, names announced by a
colon) and the names whose acronyms stand inside or beside them."""

from __future__ import annotations

import itertools
import re

from pipeline.extract.acronyms import Definitions, is_acronym
from pipeline.extract.list_units.common import is_capitalized_name, post_head
from pipeline.extract.list_units.item_names import LETTERS_NAME, item_name
from pipeline.extract.list_units.lead_ins import FOLLOWING, plural_unit_noun
from pipeline.extract.names import (
    name_tokens,
    names_position_only,
    unit_noun_opens,
    without_acronyms,
)
from pipeline.extract.offices.common import (
    NAMED_OPENING,
    OTHERS_OBJECT,
    count_value,
    unit_key,
    unit_named,
)
from pipeline.extract.offices.counted_parts import list_pieces
from pipeline.extract.units import Unit, ancestors
from pipeline.rules import rule
from pipeline.text.blocks import LIST_ITEM, PARAGRAPH, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import NUMBER_WORDS, PROGRAM_NOUNS, UNDERTAKING_NOUNS, UNIT_NOUNS

MAX_NAMED_IN_TEXT_WORDS = 8


@rule("unit", off=[])
def unit_names_in_text(page: PageLayout, units: list[Unit]) -> list[Unit]:
    """A page on which the other readers find no unit is not refused while its text names
    several units: each capitalized name that a unit noun opens before "of" or "for" or
    closes ("Department of Wicks", "Glass Repair Division"), other than the page's own body
    or a name within it, a unit found already, a post's ("Director of Wick Services"), a
    program's or a project's, is one of the body's units, in the order the page first names
    them; a page naming fewer than two (a notice that mentions another body) stays refused.
    Switched off, such a page is refused ("no organizational units found"). (Read on pages
    where one unit was found, it gained on development pages but undid the filters'
    judgements: partners, trustees, other bodies.)"""
    text = page.text
    top = units[0]
    own = unit_key(top.name)
    found_keys = [unit_key(unit.name) for unit in units[1:]]
    named: list[tuple[str, int]] = []
    for block in page.blocks:
        for phrase in page.phrases(block.start, block.end):
            for start, piece in _series_pieces(phrase):
                name = without_acronyms(piece).strip()
                key = unit_key(name)
                words = name_tokens(name)
                if not (
                    1 < len(name.split()) <= MAX_NAMED_IN_TEXT_WORDS
                    and is_capitalized_name(name)
                    and _unit_worded_name(words)
                    and not names_position_only(name)
                    and not post_head(name)
                    and words[-1] not in PROGRAM_NOUNS
                    and " in " not in name
                    and not undertaking(name, text, start)
                    and not key <= own
                    and not any(known <= key or key <= known for known in found_keys)
                ):
                    continue
                named.append((name, start))
    return root_units(text, top, named, "unit_names_in_text")


MIN_NAMED_IN_TEXT = 2


def root_units(
    text: str,
    top: Unit,
    named: list[tuple[str, int]],
    found_by: str,
    minimum: int = MIN_NAMED_IN_TEXT,
) -> list[Unit]:
    """The last-resort finders' units: each name (with where it stands) a unit under the
    page's root, once per name in the order the page gives them; none when fewer than
    ``minimum`` are left (by default :data:`MIN_NAMED_IN_TEXT`: a page that mentions one body
    stays refused)."""
    seen: set[frozenset[str]] = set()
    found: list[Unit] = []
    for name, at in named:
        key = unit_key(name)
        if key in seen:
            continue
        seen.add(key)
        found.append(
            unit_named(
                text, name, at, top, found_by=found_by, parent_by="default_root", is_group=False
            )
        )
    return found if len(found) >= minimum else []


@rule("unit", off=[])
def announced_names_last_resort(page: PageLayout, units: list[Unit]) -> list[Unit]:
    """A page on which no other reader finds a unit (``unit_names_in_text`` neither) is not
    refused while a colon announces units and names them after it: the words before the colon
    end in a plural unit noun ("The board consists of the following three divisions:", "The
    board has three divisions:") or hold "the following" and one ("The following divisions are
    created by this code:"), or end in a bare count whose noun the sentence before gives ("How
    many wick departments are there? There are five: ..."). The names are the items of the list
    right after the colon (deeper than an outline item that holds it: "b. Divisions. The board
    consists of the following three divisions:" over "(1) Wick care.", "(2) Oil supply."), each
    a short name of letters that opens with a capital (sentence case will do), every item at the
    first one's level one (an item under an item is none), the list ending at the next item at
    the outline item's own level ("c. Keeper. ..."); or the series that ends the colon's
    sentence ("Wick Care, Oil Supply, Glass and Soot"), its capitalized names, each opening with
    a capital, when they are most of its pieces ("Clerk plus Wick Care" is none, nor is "1) Wick
    Care", a numbered piece). Each is one of the body's units, under the page's root; the body's
    own name among them is no part of it. Not what a verb of working with, reporting to or
    supporting announces right before the noun or "the following" (partners, "works with the
    following offices:"; not "The board, which advises the mayor, has three divisions:"), nor
    offerings ("the
    following services:", ``plural_unit_noun``), nor a count whose sentence before names no
    units; a colon inside a time ("at 9:30") announces nothing. A page with fewer than two such
    names stays refused. Switched off, such a page is refused ("no organizational units
    found")."""
    text = page.text
    top = units[0]
    own = unit_key(top.name)
    found: list[tuple[str, int]] = []
    for index, block in enumerate(page.blocks):
        if block.kind not in (PARAGRAPH, LIST_ITEM) or ":" not in block.text:
            continue
        earlier: tuple[int, int] | None = None
        for start, end in page.sentences(block.start, block.end):
            mark = _ANNOUNCING_COLON.search(text, start, end)
            colon = mark.start() if mark is not None else -1
            announced = _announces_names(text, start, colon, earlier) if mark else None
            earlier = (start, end)
            if announced is None:
                continue
            if text[colon + 1 : end].strip():
                named = _announced_series(text, colon + 1, end, announced)
            elif not text[end : block.end].strip():
                named = _announced_items(page, index)
            else:
                named = []
            found += [(name, at) for name, at in named if unit_key(name) not in (own, frozenset())]
    return root_units(text, top, found, "announced_names_last_resort")


MAX_ANNOUNCED_NAME_WORDS = 6
# The colon that announces names: one before a space or the end, not one inside "9:00".
_ANNOUNCING_COLON = lazy_pattern(r":(?!\S)")
# A bare count right before the colon: "There are five:", "there are 12:".
_COUNT_BEFORE_COLON = lazy_pattern(r"\b(?P<count>(?i:" + "|".join(NUMBER_WORDS) + r")|\d{1,2})\s*$")


def _announces_names(
    text: str, start: int, colon: int, earlier: tuple[int, int] | None
) -> int | None:
    """Whether the words before a colon announce units (``announced_names_last_resort``):
    None when they do not, else the count they give (0 when none)."""
    lead = text[start:colon]
    words = list(re.finditer(r"[A-Za-z]+", lead))
    following = FOLLOWING.search(lead)
    # "works closely with the following offices:": partners, the verb of working with right
    # before the noun or "the following" (as ``OTHERS_OBJECT`` reads it), not anywhere in
    # the lead ("The board, which advises the mayor, has three divisions:")
    if any(
        OTHERS_OBJECT.search(lead, 0, at) is not None
        for at in (
            words[-1].start() if words else -1,
            following.start() if following is not None else -1,
        )
        if at >= 0
    ):
        return None
    if words and plural_unit_noun(words[-1].group()):
        return 0
    if following is not None and plural_unit_noun(following.group("noun")):
        return 0
    count = _COUNT_BEFORE_COLON.search(lead)
    if count is None or earlier is None or OTHERS_OBJECT.search(lead, 0, count.start()):
        return None
    before = re.findall(r"[A-Za-z]+", text[earlier[0] : earlier[1]])
    if not any(plural_unit_noun(word) for word in before):
        return None
    return count_value(count.group("count"))


def _announced_series(text: str, start: int, end: int, count: int) -> list[tuple[str, int]]:
    """The capitalized names of the series after an announcing colon, with their starts,
    when they are most of its pieces."""
    listed = text[start:end].rstrip(" .;")
    pieces = list_pieces(listed, count or None)
    named: list[tuple[str, int]] = []
    cursor = start
    for piece in pieces:
        at = text.find(piece, cursor, end) if piece else -1
        if at < 0:
            continue
        cursor = at + len(piece)
        name = re.sub(NAMED_OPENING, "", piece).strip()
        if (
            name
            and len(name.split()) <= MAX_ANNOUNCED_NAME_WORDS
            and name[:1].isupper()
            and is_capitalized_name(without_acronyms(name))
        ):
            named.append((name, text.index(name, at)))
    return named if 2 * len(named) > len(pieces) else []


def _announced_items(page: PageLayout, index: int) -> list[tuple[str, int]]:
    """The names of the list right after an announcing colon that ends its block: the items
    deeper than the block when it is an outline item, else the items that follow it, at the
    first one's level; none unless every item is a short name."""
    lead = page.blocks[index]
    items: list[Block] = []
    for block in page.blocks[index + 1 :]:
        if block.kind != LIST_ITEM or (lead.kind == LIST_ITEM and block.level <= lead.level):
            break
        if items and block.level > items[0].level:
            continue
        if items and block.level < items[0].level:
            break
        items.append(block)
    named: list[tuple[str, int]] = []
    for item in items:
        found = item_name(item)
        if found is None:
            return []
        name = found[0].strip()
        if not (
            name[:1].isupper()
            and len(name.split()) <= MAX_ANNOUNCED_NAME_WORDS
            and LETTERS_NAME.fullmatch(without_acronyms(name)) is not None
        ):
            return []
        named.append((name, found[1]))
    return named


def _unit_worded_name(words: list[str]) -> bool:
    """A unit noun closes the name ("Glass Repair Division") or opens it before "of" or
    "for" ("Department of Wicks"); a plural noun opening it names a set ("Departments of
    the Town"), no unit."""
    return words[-1] in UNIT_NOUNS or unit_noun_opens(words)


def _series_pieces(phrase: Phrase) -> list[tuple[int, str]]:
    """A phrase cut where a series names its next unit ("a Department of Wicks, a
    Department of Oil and Department of Soot"): at a comma or an "and", with or without an
    article, before a name a unit noun opens; at one with an article before any name that
    holds a unit noun. "Department of Lamps, Posts and Lanterns" stays whole."""
    pieces: list[tuple[int, str]] = []
    at = 0
    cuts = list(_NEXT_IN_SERIES.finditer(phrase.text))
    for index, cut in enumerate(cuts):
        end = cuts[index + 1].start() if index + 1 < len(cuts) else len(phrase.text)
        rest = name_tokens(phrase.text[cut.end() : end])
        if unit_noun_opens(rest) or (cut.group("article") and set(rest) & UNIT_NOUNS):
            pieces.append((phrase.start + at, phrase.text[at : cut.start()]))
            at = cut.end()
    pieces.append((phrase.start + at, phrase.text[at:]))
    return pieces


# Nouns of setting up that a charter creates units with ("the establishment of a Department
# of Wicks"): not a project's undertaking here.
_CREATING_NOUNS = frozenset({"establishment", "creation"})


def undertaking(name: str, text: str, start: int) -> bool:
    """A project's name ("Construction of an Oil Depot Office"), or the thing it builds after
    its noun of an undertaking and a few words ("construction of a new Oil Depot Office"):
    what is built, no unit."""
    tokens = name_tokens(name)
    projects = UNDERTAKING_NOUNS - _CREATING_NOUNS
    if len(tokens) > 2 and tokens[0] in projects and tokens[1] == "of":
        return True
    before = name_tokens(text[max(0, start - 40) : start])[-4:]
    return any(
        word in projects and following == "of" for word, following in itertools.pairwise(before)
    )


_NEXT_IN_SERIES = lazy_pattern(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<article>(?:an?|the)\s+)?")


# An acronym in parentheses inside or after a name: "Lamp Works (LW) Branch", "Lamp Works (LW)".
_NAME_ACRONYM = lazy_pattern(r"\s*\(([^()\s]{2,16})\)(?=\s|$)")


@rule("name", off=None)
def acronym_inside_name(units: list[Unit]) -> None:
    """A unit's acronym written in parentheses inside its name, "Wick Planning (WP) Branch",
    or after it, "Tallow Supply (TSUP)", as a list or a sentence gives it, is the unit's
    acronym, not part of its name: the unit is "Wick Planning Branch", acronym WP. A name
    with one inside and one after it, "Lamp Trimming (LT) Division (LTD)", is the "Lamp
    Trimming Division", acronym LTD: the one after the name spells all of it, the one
    inside only the words before it. A parenthesis of words ("Lamp Office (Northern
    Region)") stays in the name."""
    for unit in units:
        found = [m for m in _NAME_ACRONYM.finditer(unit.name) if is_acronym(m.group(1))]
        last = found[-1] if found else None
        if len(found) == 2 and last is not None and last.end() == len(unit.name.rstrip()):
            match = last  # "Lamp Trimming (LT) Division (LTD)": the whole name's acronym
        elif len(found) == 1:
            match = found[0]
        else:
            continue
        name = unit.name
        for cut in reversed(found):
            name = name[: cut.start()] + name[cut.end() :]
        name = name.strip()
        if not name or names_position_only(name):
            continue
        unit.name = name
        unit.acronym = unit.acronym or match.group(1)


@rule("name", off=None)
def acronym_named_unit(units: list[Unit], definitions: Definitions) -> None:
    """A unit named by its acronym and its unit noun alone, "WR Branch", is the unit the
    page defines the acronym for: "Wick Review (WR) Branch ... The WR Branch ..." names the
    "Wick Review Branch", acronym WR. Only an acronym the page spells out one way, and not
    the acronym of the unit's own agency or a unit above it ("the LB Board" of the Lamp
    Board is its board, not a "Lamp Board Board"). A long form that holds the noun is the
    name itself: "Office of Lamp Keeping (OLK) ... the OLK Office" is the "Office of Lamp
    Keeping", not an "Office of Lamp Keeping Office"."""
    for unit in units:
        words = unit.name.split(" ")
        if len(words) != 2 or not is_acronym(words[0]) or words[1].lower() not in UNIT_NOUNS:
            continue
        expansions = {d.expansion for d in definitions.with_acronym(words[0])}
        if len(expansions) != 1 or (unit.acronym and unit.acronym != words[0]):
            continue
        long_form = expansions.pop()
        if not long_form[:1].isupper():  # "emergency lamp services (ELS)": a phrase, no name
            continue
        above = {owner.acronym for owner in ancestors(unit)}  # every unit above, however many
        if words[0] in above or (units and units[0].acronym == words[0]):
            continue
        # "Office of Lamp Keeping (OLK)" and "the OLK Office": the long form holds the noun.
        holds_noun = words[1].lower() in (word.lower() for word in long_form.split())
        unit.name = long_form if holds_noun else f"{long_form} {words[1]}"
        unit.acronym = words[0]


@rule("name", off=None)
def defined_name_acronym(units: list[Unit], definitions: Definitions) -> None:
    """A unit found without an acronym takes the one the page defines for its very name:
    "Wick Supply Office" read from a sentence's subject is the "Wick Supply Office (WSO)"
    the page writes elsewhere, so its acronym is WSO. Only a name spelled out in full by one
    definition, and an acronym no other unit of the page has, is taken."""
    taken = {unit.acronym for unit in units if unit.acronym}
    for unit in units:
        if unit.acronym:
            continue
        defined = definitions.named(unit.name)
        if defined is None or defined.acronym in taken:
            continue
        if len({d.expansion.lower() for d in definitions.with_acronym(defined.acronym)}) > 1:
            continue
        unit.acronym = defined.acronym
        taken.add(defined.acronym)
