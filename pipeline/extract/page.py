"""Entry point of the pure extraction: one page's text in, its table records out."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import NamedTuple

import pipeline.text.html_rules  # noqa: F401  (registers the HTML renderer's rules)
from pipeline.extract.acronyms import AcronymDefinition, find_definitions, name_before_its_acronym
from pipeline.extract.evidence import bounded, bounded_description
from pipeline.extract.ids import IdMaker
from pipeline.extract.names import (
    TOLD_APART,
    after_connective,
    connective_opening,
    contact_detail_name,
    containing_unit_qualifier,
    directive_verb,
    document_numbering,
    edge_marks,
    file_marks,
    footnote_mark,
    glued_outline_number,
    indefinite_article_item,
    inverted_unit_name,
    name_tokens,
    opening_determiner,
    our_unit_name,
    predicate_in_name,
    run_in_sentence,
    sentence_piece_name,
    told_apart,
    trailing_place,
    trailing_sentence_words,
    unit_then_post,
    year_qualifier,
)
from pipeline.extract.offices import extract_units
from pipeline.extract.offices.common import PART_NOUNS
from pipeline.extract.offices.refused_page import (
    fallback_rung,
    in_fallback,
    lone_body_under_root,
    rungs,
)
from pipeline.extract.programs import extract_programs
from pipeline.extract.records import Acronym, Office, PageExtraction, Program
from pipeline.extract.root.infer import infer_root
from pipeline.extract.units import (
    Unit,
    ancestors,
    hang_cycles_on_root,
    is_above,
    named_apart,
    reparent,
)
from pipeline.rules import RULES, Rule, disabled, enabled, rule
from pipeline.text.hints import Hint
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, layout
from pipeline.text.vocabulary import COLLEGIAL_NOUNS, POSITION_WORDS, POST_HEAD_WORDS, UNIT_NOUNS
from pipeline.text.words import singular_noun

# Name rules that take a unit's name and return it cleaned, or None when they find nothing
# to clean; applied in turn, each to what the one before left.
_NameCleaner = Callable[[str], str | None]
_MARK_CLEANERS: tuple[_NameCleaner, ...] = (
    edge_marks,
    document_numbering,
    glued_outline_number,
    trailing_sentence_words,
)
_WORDING_CLEANERS: tuple[_NameCleaner, ...] = (
    footnote_mark,
    run_in_sentence,
    opening_determiner,
    indefinite_article_item,
    directive_verb,
    year_qualifier,
    inverted_unit_name,
    trailing_place,
)


def _cleaned(name: str, cleaners: tuple[_NameCleaner, ...]) -> str:
    """The name after each cleaner in turn: a cleaner's None keeps the name as it was. The
    page applied eight such rules by the same three lines each."""
    for cleaner in cleaners:
        cleaned = cleaner(name)
        if cleaned is not None:
            name = cleaned
    return name


def registered_rules() -> list[Rule]:
    """Every extraction rule, by kind then name (importing this module registers them all)."""
    return sorted(RULES.values(), key=lambda r: (r.kind, r.name))


class NoStructureError(ValueError):
    """The page has no unit the extractor can recognize."""


# A character that could not be read (U+FFFD) at the edge of a name is not part of the name.
_NAME_EDGES = " \ufffd"


def _office_records(source_id: str, text: str, units: list[Unit]) -> dict[int, Office]:
    ids = IdMaker(source_id)
    records: dict[int, Office] = {}
    for unit in units:
        name = unit.name.strip(_NAME_EDGES) or unit.name
        name = our_unit_name(name) or name
        office_id = ids.make(name)
        parent = records[id(unit.parent)].office_id if unit.parent is not None else None
        records[id(unit)] = Office(
            source_id=source_id,
            office_id=office_id,
            name=name,
            acronym=unit.acronym,
            unit_type=unit.unit_type,
            parent_id=parent,
            heading=unit.heading,
            description=bounded_description(unit.description),
            found_by=unit.found_by,
            parent_by=unit.parent_by,
            evidence=text[unit.evidence_start : unit.evidence_end],
            char_start=unit.evidence_start,
            char_end=unit.evidence_end,
        )
    return records


class _OfficeLookup:
    """The office an acronym definition names: the one its expansion names, else the first
    with that acronym. Names come first, so an acronym a page defines two ways links each
    expansion to its own office. Built once per page: a look-up, not a scan."""

    def __init__(self, offices: list[Office]) -> None:
        self.by_name: dict[tuple[str, ...], str] = {}
        self.by_acronym: dict[str, str] = {}
        for office in offices:
            self.by_name.setdefault(tuple(name_tokens(office.name)), office.office_id)
            if office.acronym:
                self.by_acronym.setdefault(office.acronym, office.office_id)

    def find(self, acronym: str, expansion: str) -> str | None:
        return self.by_name.get(tuple(name_tokens(expansion))) or self.by_acronym.get(acronym)


def _definition_evidence(text: str, definition: AcronymDefinition) -> tuple[int, int]:
    """The definition's sentence, or (when that is too long) the long form and acronym."""
    reach = len(definition.acronym) + 3
    focus = (
        max(definition.evidence_start, definition.expansion_start - reach),
        min(definition.evidence_end, definition.expansion_end + reach),
    )
    return bounded((definition.evidence_start, definition.evidence_end), focus)


def extract_page(
    source_id: str, text: str, agency: str | None = None, hints: dict[int, Hint] | None = None
) -> PageExtraction:
    """Extract offices, acronyms and programs from one page of normalized text.

    ``hints`` are the block kinds of a structured source (see ``pipeline.text.html``).
    """
    with cycle_collector_paused():
        return _extract(source_id, text, agency, hints)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a page is read: reading makes millions of
    short-lived objects and few cycles (hundreds per page, collected when it resumes), and the
    collector's full passes over the growing heap cost about a sixth of the time on a large
    page, more the larger the page."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _without_holders(units: list[Unit], clauses: set[int], acronyms: frozenset[str]) -> None:
    """Each unit's name without the unit that holds it (``containing_unit_qualifier``), the
    root's aside; a part the page names already gets no second row (into ``clauses``). Parts
    of one name in two holders ("Budget Section in the Wick Division", "Budget Section in
    the Oil Division") are two units that only their holders tell apart: they keep them.
    A part whose holder the page has as a unit goes under it (``placed_in_holder``)."""
    held = {id(unit): containing_unit_qualifier(unit.name, acronyms) for unit in units[1:]}
    wholes: dict[str, set[str]] = {}
    for unit in units[1:]:
        if (cut := held[id(unit)]) is not None:
            wholes.setdefault(cut.part, set()).add(unit.name)
    named: dict[str, Unit] = {}
    for unit in units:
        for key in (unit.name, unit.acronym):
            if key:
                named.setdefault(_name_key(key), unit)
    moved = False
    for unit in units[1:]:
        cut = held[id(unit)]
        if cut is None or len(wholes[cut.part]) > 1:
            continue
        part = cut.part
        holder = named.get(_name_key(cut.holder))
        unit.name = part
        placed = unit
        for other in units:
            if other is not unit and other.name == part:
                clauses.add(id(unit))
                placed = other
                break
        if holder is not None and id(holder) not in clauses and placed_in_holder(placed, holder):
            moved = reparent(placed, holder, "placed_in_holder") or moved
    if moved:
        units[:] = _parents_first(units)


def _parents_first(units: list[Unit]) -> list[Unit]:
    """The units in their order, but each after its parent: a part placed under a holder the
    page names later waits for it (with the parts under the part)."""
    listed = {id(unit) for unit in units}
    done: set[int] = set()
    waiting: dict[int, list[Unit]] = {}
    out: list[Unit] = []

    def emit(unit: Unit) -> None:
        if id(unit) in done:
            return
        out.append(unit)
        done.add(id(unit))
        for child in waiting.pop(id(unit), ()):
            emit(child)

    for unit in units:
        parent = unit.parent
        if parent is None or id(parent) in done or id(parent) not in listed:
            emit(unit)
        else:
            waiting.setdefault(id(parent), []).append(unit)
    for unit in units:  # parts whose holders wait on each other in a loop: kept, never dropped
        emit(unit)
    return out


def _name_key(name: str) -> str:
    """A name as a key: its words, whatever the spaces between them, in any case."""
    return " ".join(name.split()).casefold()


@rule("filter", off=False)
def unit_named_again(later: Unit, first: Unit) -> bool:
    """A unit the page names a second time, by the same name (its words in any case and
    spacing), on the same line of descent is the unit named first, not a second one: a
    list of the divisions and then a paragraph on each ("The office has a Wick Division and
    an Oil Division." then "The Wick Division shall trim the wicks"), a prose list of the
    bureaus and then the same bureaus again in a chart under their posts. The two parents
    are one unit, or one is above the other. When the copy nearer the root heads a
    section of its own, only posts may stand between (the chart's "Deputy Keeper Wicks and
    Oil"): a body named as a unit between them holds a part of its own (the bureau's
    "Budget Section" heading and the one under its Wick Division are two). A sentence or
    a list that names the organization's parts ("The bureau is composed of ... the Wick
    Supply Center") names them, not the depth they sit at: a part of that name deeper in
    the chart is the one it names. The later row goes, what it named that the first lacks
    (acronym, description) and what hung from it going to the first. It reads
    ``repeated_unit``'s pattern once more over every finder's rows, after the names are
    cleaned, with its acronym guard (``named_apart``: "Wick Office (WO)" and "Wick Office
    (OW)" are two units), but keeps a part named as the unit that holds it (a "Wick
    Section" in a "Wick Section"), which ``repeated_unit`` takes for its holder. Two parts
    of one name under two peer holders (a "Budget Section" in the Wick Division and
    another in the Oil Division) are two units."""
    return _one_unit_where_named(later, first)


def _one_unit_where_named(later: Unit, first: Unit) -> bool:
    """Whether two units of one name (``unit_named_again``, ``named_again_spelled_another_way``)
    sit where one unit may: no acronyms telling them apart, the same parent or parents on one
    line of descent, a copy nearer the root that heads a section with only posts between."""
    parents = None if named_apart(first, later) else _parents_of_copies(first, later)
    if parents is None:
        return False
    first_parent, later_parent = parents
    if first_parent is later_parent:
        return True
    if is_above(first_parent, later_parent):
        deeper, higher, top = later, first, first_parent
    elif is_above(later_parent, first_parent):
        deeper, higher, top = first, later, later_parent
    else:
        return False
    if higher.heading is None:  # a sentence's or a list's name, not the place it sits at
        return True
    # only posts between: a unit-worded body between holds a part of its own
    for step in ancestors(deeper):
        if step is top:
            return True
        if _unit_worded(step.name):
            return False
    return False


def _parents_of_copies(first: Unit, later: Unit) -> tuple[Unit, Unit] | None:
    """The parents of two copies of a name that may be one unit, or None when they may not
    be: when either has no parent (the root, a unit not placed), or one is above the other
    (a "Wick Section" in a "Wick Section" is a part, not a copy)."""
    first_parent, later_parent = first.parent, later.parent
    if first_parent is None or later_parent is None:
        return None
    if is_above(first, later) or is_above(later, first):
        return None
    return first_parent, later_parent


def _unit_worded(name: str) -> bool:
    """Whether a name has a unit noun ("Wick Division", "Office of Oil"): a body's name, not
    a post's ("Deputy Keeper Wicks and Oil")."""
    return not UNIT_NOUNS.isdisjoint(name_tokens(name))


def _named_again(units: list[Unit], clauses: set[int], text: str) -> dict[int, Unit]:
    """Each unit ``unit_named_again`` finds a repeat of a unit kept before it (the root
    aside), by its id, with the unit it repeats: tested against every unit of its name kept
    so far, not the first alone; then ``named_again_spelled_another_way`` a repeat of its
    name with one word written another way (the unit keeps the page's usual spelling), then
    the copy rules (``_COPY_RULES``). The merge is made on the tree, in any order of the units:
    what the repeat names that the kept unit lacks (acronym, description, text) goes to
    the kept unit, and what hangs from the repeat moves under it by ``reparent``, which
    refuses a move that would make a cycle (the repeat then stays a unit of its own). The
    repeat, left with nothing under it, goes when the rows are built."""
    kept: dict[str, list[Unit]] = {}
    # the units kept so far by their number of words, for ``named_again_spelled_another_way``
    spelled: dict[int, list[Unit]] = {}
    # per rule of ``_COPY_RULES``, the units kept so far by that rule's key
    copies: list[dict[str, list[Unit]]] = [{} for _ in _COPY_RULES]
    repeats: dict[int, Unit] = {}
    moved = False
    for unit in units[1:]:
        if id(unit) in clauses:
            continue
        same = kept.setdefault(_name_key(unit.name), [])
        first = next((other for other in same if unit_named_again(unit, other)), None)
        if first is not None and _merged(unit, first, units):
            repeats[id(unit)] = first
            continue
        words = _name_words(unit.name)
        alike = spelled.setdefault(len(words), [])
        first = next(
            (
                o
                for o in alike
                if id(o) not in repeats
                and named_again_spelled_another_way(unit, o, words, _name_words(o.name))
            ),
            None,
        )
        if first is not None and _merged(unit, first, units):
            spelling = _usual_spelling(first, unit, text)
            if spelling != first.name:
                # kept by its new name too: a later copy of that spelling repeats it
                first.name = spelling
                kept.setdefault(_name_key(spelling), []).append(first)
            repeats[id(unit)] = first
            continue
        same.append(unit)
        alike.append(unit)
        for kept_by_key, copy_rule in zip(copies, _COPY_RULES, strict=True):
            stays = _merged_copy(unit, kept_by_key, copy_rule, units, repeats)
            if stays is not None:
                # the later copy stays: the first one's parts, moved under it, come after it
                moved = moved or stays is unit
                break
    if moved:
        units[:] = _parents_first(units)
    return repeats


# The endings of a noun and of the adjective made from it, which a page may write one word
# of a unit's name with in one place and without in another ("Lamp Illumination Division"
# and "Lamp Illuminative Division", "Environment" and "Environmental"): a word's stems are the
# word less one of them, when at least six letters are left ("administr", "environment").
_WORD_FORM_ENDINGS = ("ation", "ative", "ion", "ive", "al")


def _word_stems(word: str) -> set[str]:
    """A word and what is left of it without one of ``_WORD_FORM_ENDINGS`` (six letters or
    more): "administrative" -> administrative, administrat, administr. An adjective in
    "-ural" is also its noun in "-ure" ("agricultural" -> agriculture, "structural" ->
    structure): the noun's silent "e" is no ending to drop, so "Agriculture" and
    "Agricultural" share no stem otherwise."""
    stems = {word} | {
        word[: -len(end)]
        for end in _WORD_FORM_ENDINGS
        if word.endswith(end) and len(word) - len(end) >= 6
    }
    if word.endswith("ural") and len(word) - 2 >= 6:
        stems.add(word[:-2] + "e")
    return stems


def _slip_of_the_pen(a: str, b: str) -> bool:
    """Whether two words of seven letters or more, the first four alike, are one word
    written with one letter dropped or added, or two neighbouring letters swapped
    ("Lamp Adminstration", "Wick Mainteance"; "Service" and "Services"): not a letter
    changed for another ("Planning", "Planting" are two words)."""
    if min(len(a), len(b)) < 7 or a[:4] != b[:4]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[i:] == long_[i + 1 :]


def _written_another_way(a: str, b: str) -> bool:
    """Whether two words (of letters only) are one word written two ways: a noun and its
    adjective (``_word_stems``) or a slip of the pen (``_slip_of_the_pen``)."""
    if a == b or not (a.isalpha() and b.isalpha()):
        return False
    return bool(_word_stems(a) & _word_stems(b)) or _slip_of_the_pen(a, b)


def _the_word_written_another_way(a: list[str], b: list[str]) -> tuple[str, str] | None:
    """The one word two names (their words, ``_name_words``) write two ways, all their other
    words alike and in the same order, or None."""
    if len(a) != len(b):
        return None
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1 or not _written_another_way(*differ[0]):
        return None
    return differ[0]


@rule("filter", off=False)
def named_again_spelled_another_way(
    later: Unit, first: Unit, later_words: list[str], first_words: list[str]
) -> bool:
    """A unit the page names twice with one word of its name written two ways is one unit:
    a noun in one place and its adjective in the other ("The Lamp Illumination Division
    keeps the files." and a heading "Lamp Illuminative Division"; "Wick Environment
    Office" and "Wick Environmental Office"),
    or a slip of the pen in one copy, a letter dropped or added or two swapped ("Deputy
    Keeper for Lamp Adminstration" in a list, "Deputy Keeper for Lamp Administration" in
    the chart). All the other words are alike, in order. A noun and its adjective share
    what is left of the word without the ending ("-ation", "-ative", "-ion", "-ive",
    "-al"), six letters or more; a slip keeps the first four letters of words of seven
    letters or more and changes no letter for another ("Lamp Planning Office" and "Lamp
    Planting Office" are two offices). A post and the body it heads are not one word
    written two ways ("Minister", "Ministry"; "Secretary", "Secretariat"; "Commissioner",
    "Commission"; "Administrator", "Administration": no ending of those pairs is
    dropped). Placed as ``unit_named_again`` places two copies of one name: one parent,
    or parents on one line of descent with only posts between a heading copy and the
    other; not when their acronyms differ. The unit keeps the name the page writes more
    often (``_usual_spelling``)."""
    if _the_word_written_another_way(later_words, first_words) is None:
        return False
    return _one_unit_where_named(later, first)


def _usual_spelling(kept: Unit, goes: Unit, text: str) -> str:
    """The name the unit merged by ``named_again_spelled_another_way`` keeps: the one the page
    writes more often in full (its words in any case and spacing); on a tie, the one whose
    word written two ways the page writes more often; on a tie again, the kept copy's. The
    whole names first: a noun the name holds is written alone all over the page ("the
    administration of contracts", "a clean environment"), so the word alone would hand a
    name the page writes twice ("Administrative Services Division") the spelling of one
    slip ("Administration Services Division")."""
    words = _the_word_written_another_way(_name_words(kept.name), _name_words(goes.name))
    if words is None:
        return kept.name

    def count(*written: str) -> int:
        pattern = r"\s+".join(re.escape(word) for word in written)
        return len(re.findall(r"(?<!\w)" + pattern + r"(?!\w)", text, re.IGNORECASE))

    kept_count, goes_count = count(*kept.name.split()), count(*goes.name.split())
    if kept_count != goes_count:
        return goes.name if goes_count > kept_count else kept.name
    return goes.name if count(words[1]) > count(words[0]) else kept.name


# The unit nouns of a part's rank that a page adds to a part's bare name where it names the
# part again ("Wick Care" in a list, "Wick Care Division" over its paragraph): nouns that
# name a unit themselves, not the bare name's own word ("Lamp Lighting Services", "Wick Board").
# The nouns of a listed part's name (``PART_NOUNS``) and a department, but not the centre,
# institute or secretariat a body's own name closes with ("Wick Research Institute").
_PART_NOUNS = (PART_NOUNS | {"department"}) - {"center", "centre", "institute", "secretariat"}


def _joined_singular(words: list[str]) -> str:
    """Words run together, each without a plural "s" ("wick", "cares" -> "wickcare"): the
    key two copies of one part's name share (``_bare_key``, ``_of_key``)."""
    return "".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


def _bare_key(name: str) -> tuple[str, bool] | None:
    """A name as a key without a closing part noun (``_PART_NOUNS``), each word without a
    plural "s", the words run together ("Wick-Care Division", "Wick Cares" and "Wickcare"
    -> "wickcare"), numbers kept ("Wing-2" is no "Wing"), with whether the name closed with
    the noun; None for a name with no word besides the noun ("Division", "The Unit")."""
    found = re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*", name.casefold())
    words = [word.replace("-", "") for word in found]
    if not words:
        return None
    nouned = words[-1] in _PART_NOUNS or singular_noun(words[-1]) in _PART_NOUNS
    if nouned:
        words = words[:-1]
    if not words or (words[0] == "the" and len(words) == 1):
        return None
    return _joined_singular(words), nouned


def _stays_then_goes(first: Unit, later: Unit) -> tuple[Unit, Unit]:
    """Of two copies of one part, the one that stays and the one that goes: the copy a rule
    placed under a unit stays over a copy left under the root by default, which only says
    that nothing placed it; else the first."""
    if later.parent_by != "default_root" and first.parent_by == "default_root":
        return later, first
    return first, later


def _named_in_full(stays: Unit, goes: Unit) -> str:
    """The name the part merged by ``named_again_with_its_unit_noun`` keeps: the one that
    closes with a capitalized part noun ("Wick Care Division", not "Wick Care" nor "Wick
    Care division")."""
    kept, gone = _bare_key(stays.name), _bare_key(goes.name)
    in_full = gone is not None and gone[1] and goes.name.rsplit(maxsplit=1)[-1][:1].isupper()
    return goes.name if in_full and (kept is None or not kept[1]) else stays.name


@rule("filter", off=False)
def named_again_with_its_unit_noun(later: Unit, first: Unit) -> bool:
    """A part the page names once by its bare name and once with a unit noun of a part's
    rank after it is one part: a lead-in or a sentence lists a bureau's divisions by their
    bare names ("The bureau is divided into three divisions: Wick Care, Oil Stores and
    Glass.") and a heading after it names one in full over its paragraph ("Wick Care
    Division"); a list gives "Wick-care" and the heading "Wickcare Unit". The heading,
    which no layout places under the bureau, is the listed part, where the list placed it:
    under the bureau, not under the root where the flat headings leave it, and what its
    section holds goes under it. The names match word for word but for the closing noun, a
    plural "s", hyphens and spaces. Two copies under one parent merge too. Not when one is above
    the other (a "Wick Care" part of the "Wick Care Division"), when the two sit under
    different units neither above the other (peers' parts of one name), when their
    acronyms differ, or when the noun is one a name may hold as its own word ("Lamp Lighting
    Services", "Wick Board": not a part's rank). The merged part keeps the name that closes
    with the capitalized noun."""
    return _one_part_by_key(_bare_key, first, later)


def _one_part_by_key(
    key: Callable[[str], tuple[str, bool] | None], first: Unit, later: Unit
) -> bool:
    """Whether two units are copies of one part by ``key`` (``_bare_key``, ``_of_key``): the
    same key, one of them written with the unit noun and the other without, no acronyms
    telling them apart, and placed where one part may be (``_copies_in_one_place``)."""
    if named_apart(first, later):
        return False
    a, b = key(first.name), key(later.name)
    if a is None or b is None or a[0] != b[0] or a[1] == b[1]:
        return False
    return _copies_in_one_place(first, later)


def _copies_in_one_place(first: Unit, later: Unit) -> bool:
    """Whether two copies of one part's name may be one part by where they sit: neither above
    the other, and under one parent, or the copy left under the root by default sits under a
    unit above the other copy's parent (a heading no layout placed, a part a list placed)."""
    parents = _parents_of_copies(first, later)
    if parents is None:
        return False
    first_parent, later_parent = parents
    if first_parent is later_parent:
        return True
    stays, goes = _stays_then_goes(first, later)
    stays_parent, goes_parent = (
        (first_parent, later_parent) if stays is first else (later_parent, first_parent)
    )
    return goes.parent_by == "default_root" and is_above(goes_parent, stays_parent)


# "Office of Wick Audits", "Division for the Oil Stores": a part's unit noun, then "of" or
# "for", then the name the page may give the part bare ("Wick Audits", "Oil Stores").
_UNIT_OF_NAME = lazy_pattern(
    r"(?:the\s+)?(?:" + "|".join(sorted(_PART_NOUNS)) + r")\s+(?:of|for)\s+"
    r"(?P<the>the\s+)?(?P<rest>\S.*)",
    re.IGNORECASE,
)

# Words of a post: "Office of the Director" is the director's office, and a page that names
# both the post and its office names two units (the post heads the office, or sits in it).
_POST_NAME_WORDS = (
    POSITION_WORDS
    | POST_HEAD_WORDS
    | {"representative", "register", "member", "coordinator", "commander"}
)

# The endings of a noun that names a person, an agent noun, wherever it stands: "Government
# Statistician", "Chief Economist", "Public Trustee", "Lamp Ombudsperson", "Chairman"; and
# after "of the" or "for the" (the way a page names the office of one person or body),
# "-er", "-or", "-ar" too: "Office of the Government Printer", "Office of the Public
# Protector", "Office of the Bursar" (without "the", those end a field's name as often:
# "Office of Water", "Division of Labor").
_PERSON_ENDINGS = ("ist", "ian", "ee", "person", "man")
_PERSON_ENDINGS_AFTER_THE = ("er", "or", "ar")

# A collegial body, which the office named after it serves ("Office of the Lamp Council" is
# the council's secretariat, the council its members): two units, as a post and its office.
_SERVED_BODIES = COLLEGIAL_NOUNS | frozenset(
    {"cabinet", "tribunal", "court", "senate", "parliament", "legislature"}
)


def _office_of_one_served(the: bool, rest: str) -> bool:
    """Whether the name after "Office of" names whom the office serves, a post or a body,
    by the head word of the name (the last before "of", "for", "to", "in", "on", "and":
    "Custodian" of "Custodian of Wick Property", "Master" of "Master of the Lamp Court"):
    an agent noun (``_PERSON_ENDINGS``, and ``_PERSON_ENDINGS_AFTER_THE`` after "the") or
    a collegial body (``_SERVED_BODIES``). Not a part's own noun ("Office of the Wick
    Trimming Division" is the division, "Lamp Center" a centre)."""
    head = re.split(
        r"\s+(?:of|for|to|in|on|and|&)\s+", rest.strip(), maxsplit=1, flags=re.IGNORECASE
    )[0]
    found = re.findall(r"[A-Za-z]+", head.casefold())
    if not found:
        return False
    word = found[-1]
    if word in _SERVED_BODIES:
        return True
    if word in UNIT_NOUNS:
        return False
    return word.endswith(_PERSON_ENDINGS) or (the and word.endswith(_PERSON_ENDINGS_AFTER_THE))


def _of_key(name: str) -> tuple[str, bool] | None:
    """A name as a key without an opening "Office of" (a part noun, then "of" or "for", then
    perhaps "the"), each word without a plural "s", the words run together ("Office of Wick
    Audits" and "Wick-Audit" -> "wickaudit"), with whether the name opened so; None for a
    name with no word left, or whose words name a post ("Office of the Director",
    "Director": ``_POST_NAME_WORDS``), or an "Office of" form that names whom the office
    serves by its head word ("Office of the Public Trustee", "Office of the Lamp Council":
    ``_office_of_one_served``)."""
    match = _UNIT_OF_NAME.fullmatch(name.strip())
    rest = match.group("rest") if match else name
    if match and _office_of_one_served(match.group("the") is not None, rest):
        return None
    found = re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*", rest.casefold())
    words = [word.replace("-", "") for word in found if word != "the"]
    if not words or all(word in _PART_NOUNS for word in words):
        return None
    if any(part in _POST_NAME_WORDS for word in found for part in word.split("-")):
        return None
    return _joined_singular(words), match is not None


@rule("filter", off=False)
def named_again_as_unit_of_its_name(later: Unit, first: Unit) -> bool:
    """A part the page names once by its bare name and once as a unit "of" that name is one
    part: a sentence lists an office's parts bare ("comprised of three offices - Wick
    Audits, Oil Stores and Glass") and a paragraph opens on each in full ("Office of Wick
    Audits conducts ..."); a list gives "Directorate of Oil Stores" and another list of the
    same page "Oil Stores"; a code's list names the "Wick Trimming Division" and its
    paragraph the "Office of Wick Trimming Division". The unit noun before the name (any
    of a part's rank: office, division, bureau, directorate...) then "of" or "for" (and
    "the") is the way the page writes the unit's full name, as ``named_again_with_its_unit_noun``
    reads the noun after it. The names match word for word but for that opening, a plural
    "s", hyphens and spaces. Placed as that rule places its copies: one parent, or the
    copy left under the root by default under a unit above the other's parent; not when
    one is above the other, when they sit under peers, or when their acronyms differ. Not
    when the name is a post's ("Office of the Director" and "Director", "Office of the
    Wick Commissioner"): a page names the post and the office it heads as two units. A
    post is known by its words, or by its head word, an agent noun ("Office of the
    Government Statistician", "Office of the Public Trustee", and after "the" "Office of
    the Public Protector", "Office of the Master of the Lamp Court"), which no list of
    posts holds all of on Commonwealth pages; so is a collegial body the office serves
    ("Office of the Lamp Council" and "Lamp Council": the secretariat and the council).
    The merged part keeps the full name (the "Office of" form)."""
    return _one_part_by_key(_of_key, first, later)


def _named_as_unit_of(stays: Unit, goes: Unit) -> str:
    """The name the part merged by ``named_again_as_unit_of_its_name`` keeps: its "Office
    of" form."""
    key = _of_key(stays.name)
    return stays.name if key is not None and key[1] else goes.name


class _CopyRule(NamedTuple):
    """A rule that reads two names of a page as copies of one part's: the key the copies
    share, the rule that tells whether two units are such copies, and the name the part
    they merge into keeps."""

    key: Callable[[str], tuple[str, bool] | None]
    same_part: Callable[[Unit, Unit], bool]
    full_name: Callable[[Unit, Unit], str]


# The copy rules, in the order ``_named_again`` tries them on a unit.
_COPY_RULES = (
    _CopyRule(_of_key, named_again_as_unit_of_its_name, _named_as_unit_of),
    _CopyRule(_bare_key, named_again_with_its_unit_noun, _named_in_full),
)


def _merged_copy(
    unit: Unit,
    kept: dict[str, list[Unit]],
    copy_rule: _CopyRule,
    units: list[Unit],
    repeats: dict[int, Unit],
) -> Unit | None:
    """Merge ``unit`` and a unit kept before it (``kept``, by ``copy_rule``'s key) that
    ``copy_rule`` finds is a copy of the same part, the one that goes into the one that
    stays (``_stays_then_goes``), the repeat into ``repeats``: the unit that stays, with the
    part's full name, or None when none merged (``unit`` is then kept by its key)."""
    key = copy_rule.key(unit.name)
    if key is None:
        return None
    alike = kept.setdefault(key[0], [])
    other = next((o for o in alike if copy_rule.same_part(unit, o)), None)
    if other is None:
        alike.append(unit)
        return None
    stays, goes = _stays_then_goes(other, unit)
    if not _merged(goes, stays, units):
        alike.append(unit)
        return None
    stays.name = copy_rule.full_name(stays, goes)
    repeats[id(goes)] = stays
    alike[alike.index(other)] = stays
    return stays


def _name_words(name: str) -> list[str]:
    """A name's words in lower case, "&" read as "and" ("Lamp & Oil" -> lamp, and, oil)."""
    return ["and" if w == "&" else w for w in re.findall(r"&|[\w'’.-]+", name.casefold())]


def _root_in_full(root: Unit, unit: Unit) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """If ``unit``'s name may be the root's read in full (``root_read_short``), the patterns
    of the root's name and of the unit's, each word after the other on one line, "and"
    read as "and" or "&"; else None."""
    short, full = _name_words(root.name), _name_words(unit.name)
    if not short or len(full) <= len(short) or full[: len(short)] != short:
        return None
    rest = full[len(short) :]
    if rest[0] != "and" and rest[-1] not in _PART_NOUNS:
        return None
    # the root's name, then (on the same line) the rest of the unit's name
    words = [re.escape(w) if w != "and" else r"(?:and|&)" for w in short + rest]
    alone = r"(?<![\w&])" + r"[ \t]+".join(words[: len(short)]) + r"(?![\w&])"
    in_full = r"(?<![\w&])" + r"[ \t]+".join(words) + r"(?![\w&])"
    return re.compile(alone, re.IGNORECASE), re.compile(in_full, re.IGNORECASE)


def _names_root_in_full(root: Unit, unit: Unit, text: str) -> bool:
    """Whether the text the root was read from holds ``unit``'s name, the root's read in
    full: there, not elsewhere on the page, a root strategy may have cut the name short."""
    patterns = _root_in_full(root, unit)
    spot = text[root.evidence_start : root.evidence_end]
    return patterns is not None and patterns[1].search(spot) is not None


def _first_written_in_full(root: Unit, unit: Unit, text: str) -> bool:
    """Whether the text the root was read from, where it first writes the root's name, goes
    on with the rest of ``unit``'s name: a root strategy reads a sentence's first name, and
    that name written alone before the longer one is the root read in full ("The Ministry
    of Lamps comprises the Ministry of Lamps Wick Registry Office ...": the subject is the
    root, the object a part named after it)."""
    patterns = _root_in_full(root, unit)
    if patterns is None:
        return False
    alone, in_full = patterns
    spot = text[root.evidence_start : root.evidence_end]
    first = alone.search(spot)
    return first is not None and in_full.match(spot, first.start()) is not None


@rule("filter", off=None)
def root_read_short(root: Unit, units: list[Unit], text: str) -> Unit | None:
    """The page's own body named in full as a unit under the root, where the root was read
    as the opening words of that very name, is the root: a root strategy cut the name it
    read short ("Department of Lamps" out of "The Department of Lamps & Wicks supports
    ...", "Oil Stores" out of "Oil Stores & Glass Department, which is made up of ...",
    "Lampton" out of "The Lampton Wick Division consists of ...") and a unit finder read
    the same name in full there or elsewhere, a unit under the root, sometimes with the
    root's parts under it. The full name opens with the root's whole name and goes on
    with "and" / "&" and more words, or closes with a unit noun of a part's rank
    (division, department, office ...), and the text the root was read from holds that
    full name, its words on one line: so the root was cut there, not a part named after
    the body ("Lamp Board", "Lampton Wick Works", "Lamp Council" are no such readings; a
    "Department of Lamps and Wicks" the text names elsewhere, away from where the root
    was read, may be another body). Nor when that text writes the root's name alone
    before it: a root strategy reads a sentence's first name, so the root was read there
    in full, and the longer name is a part named after the body ("The Ministry of Lamps
    comprises the Ministry of Lamps Wick Registry Office and ...", "The Lamp Authority is
    made up of the Lamp Authority Secretariat Division and ..."). Only when one unit under
    the root is so named. The root takes the full name (and the unit's acronym, if the
    root's name was a bare acronym), the unit's parts go to the root and the unit goes.
    The unit that is the root, or None."""
    found = [
        unit for unit in units[1:] if unit.parent is root and _names_root_in_full(root, unit, text)
    ]
    if len({_name_key(unit.name) for unit in found}) != 1:
        return None
    return found[0] if _first_written_in_full(root, found[0], text) else None


def _root_named_in_full(units: list[Unit], text: str, clauses: set[int]) -> dict[int, Unit]:
    """Merge into the root the unit ``root_read_short`` finds is the root read in full (and
    any copy of it under the root, by the same name); each repeat (by its id) with the root."""
    if len(units) < 2:
        return {}
    root = units[0]
    kept = [unit for unit in units if id(unit) not in clauses]
    found = root_read_short(root, kept, text)
    if found is None:
        return {}
    key = _name_key(found.name)
    copies = [unit for unit in kept[1:] if unit.parent is root and _name_key(unit.name) == key]
    repeats: dict[int, Unit] = {}
    for copy in copies:
        if _merged(copy, root, units):
            repeats[id(copy)] = root
    if not repeats:
        return {}
    bare_acronym = root.acronym is not None and _name_key(root.name) == _name_key(root.acronym)
    acronym = next((copy.acronym for copy in copies if copy.acronym), None)
    root.name = found.name
    if bare_acronym or root.acronym is None:
        root.acronym = acronym
    return repeats


def _merged(later: Unit, first: Unit, units: list[Unit]) -> bool:
    """Merge ``later`` into ``first``: its parts move under ``first`` and what it names that
    ``first`` lacks goes to it. Whether it merged: not when a part would become its own
    ancestor (none moves then)."""
    parts = [unit for unit in units if unit.parent is later]
    if any(is_above(part, first) for part in parts):
        return False
    for part in parts:
        reparent(part, first)
    first.acronym = first.acronym or later.acronym
    first.description = first.description or later.description
    first.body = first.body or later.body
    return True


@rule("parent", off=False)
def placed_in_holder(part: Unit, holder: Unit) -> bool:
    """A part whose name ends in the unit that holds it ("Soot Desk in the Wick Division",
    "Oil Unit for the Supply Group", the qualifier ``containing_unit_qualifier`` cuts) sits
    under that holder when the page has it as a unit: a code, a report or a chart says so
    where it names the part, more closely than a default root or a section around both.
    The part moves only down, from a unit over the holder (its place so far is the holder's
    parent or above it), and never under a unit beneath itself. A part the page names
    already (a list item "Soot Desk") is that unit, placed so."""
    if holder is part or part.parent is None or part.parent is holder:
        return False
    for above in ancestors(holder):
        if above is part:
            return False
        if above is part.parent:
            return True
    return False


def _extract(
    source_id: str, text: str, agency: str | None, hints: dict[int, Hint] | None
) -> PageExtraction:
    page = layout(text, hints)
    told = TOLD_APART.set(told_apart(text) if enabled("aside_tells_names_apart") else frozenset())
    try:
        return _extract_layout(source_id, text, agency, page)
    finally:
        TOLD_APART.reset(told)


def _extract_layout(
    source_id: str, text: str, agency: str | None, page: PageLayout
) -> PageExtraction:
    definitions = find_definitions(page)
    root = infer_root(page, definitions, agency)
    units = extract_units(page, root, definitions)
    clauses: set[int] = set()  # units whose name is a sentence about no unit
    for index, unit in enumerate(units):
        unit.name = _cleaned(unit.name, _MARK_CLEANERS)
        if index and not unit.name:
            # nothing but a list's mark (``document_numbering``): no name, no unit
            clauses.add(id(unit))
            continue
        filed = file_marks(unit.name) if index else None
        if filed is not None:
            unit.name = filed
            # the file's link names a unit found already: that unit, no second row
            if any(other is not unit and other.name == filed for other in units):
                clauses.add(id(unit))
        if index and contact_detail_name(unit.name):
            clauses.add(id(unit))
            continue
        subject = predicate_in_name(unit.name) if index else None
        if index and connective_opening(unit.name):
            # a body the page names again, or one named here first without the connective
            rest = after_connective(unit.name)
            again = any(o is not unit and o.name.lower() == rest.lower() for o in units)
            subject = "" if again else rest
        if subject == "":
            clauses.add(id(unit))
        elif subject is not None:
            unit.name = subject
        unit.name = _cleaned(unit.name, _WORDING_CLEANERS)
        if index and sentence_piece_name(unit.name):
            clauses.add(id(unit))
            continue
        unit_only = unit_then_post(unit.name) if index else None
        if unit_only is not None:
            unit.name = unit_only
            # a directory's row of a unit the page names already: that unit, no second row
            if any(other is not unit and other.name == unit_only for other in units):
                clauses.add(id(unit))
        before_acronym = name_before_its_acronym(unit.name, definitions)
        if before_acronym is not None:
            unit.name, acronym = before_acronym
            unit.acronym = unit.acronym or acronym
    _without_holders(units, clauses, frozenset(d.acronym for d in definitions))
    repeats = _named_again(units, clauses, text)
    repeats.update(_root_named_in_full([u for u in units if id(u) not in repeats], text, clauses))
    if len(units) < 2 or not root.name:
        if root.found_by == "root_from_first_title_line":
            # the first title line's body was the page's one unit, read under the second
            # line's root: that reading, rather than a refusal
            with disabled({"root_from_first_title_line"}):
                return _extract_layout(source_id, text, agency, page)
        if enabled("lone_topic_heading") or enabled("paired_topic_heading"):
            # the lone or paired headings read as topics were the page's only units: units,
            # rather than a refusal (a page with named units is never refused)
            with disabled({"lone_topic_heading", "paired_topic_heading"}):
                return _extract_layout(source_id, text, agency, page)
        if not in_fallback():
            # a page with named units is never refused: read again under each rung of the
            # refused page's ladder in turn, the first that yields units wins (before a page
            # is published for its acronym definitions alone: the units its text names first)
            extraction = _read_under_ladder(source_id, text, agency, page, more_than=0)
            if extraction is not None:
                return extraction
        if not acronyms_without_units(definitions):
            raise NoStructureError("no organizational units found (no headings or unit names)")
        units = []
    if not in_fallback() and lone_body_under_root(units):
        # a page whose root holds one body alone has named none of its parts yet: read again
        # under the refused page's ladder, the rung's reading winning when it publishes more
        # offices than the first reading held units (its root, and sentences and repeats that
        # will not be published, among them: the bar is the higher for it)
        extraction = _read_under_ladder(
            source_id, text, agency, page, more_than=len(units), lone_body=True
        )
        if extraction is not None:
            return extraction
    hang_cycles_on_root(units)  # the last net, after every rule's move: no cycle is read
    by_unit = _office_records(source_id, text, units)
    offices = [by_unit[id(unit)] for unit in units]
    acronyms = []
    sentences = {
        by_unit[key].office_id: by_unit[key].parent_id for key in clauses if key in by_unit
    }
    lookup = _OfficeLookup(offices)
    for definition in definitions:
        start, end = _definition_evidence(text, definition)
        acronyms.append(
            Acronym(
                source_id=source_id,
                acronym=definition.acronym,
                expansion=definition.expansion,
                office_id=lookup.find(definition.acronym, definition.expansion),
                found_by=definition.found_by,
                evidence=text[start:end],
                char_start=start,
                char_end=end,
            )
        )
    programs = extract_programs(source_id, page, units, by_unit, definitions) if units else []
    if sentences:
        offices, acronyms, programs = _without_offices(sentences, offices, acronyms, programs)
    # a repeat goes, what pointed at it pointing at the unit it repeats
    repeated: dict[str, str | None] = {
        by_unit[key].office_id: by_unit[id(first)].office_id
        for key, first in repeats.items()
        if key in by_unit and id(first) in by_unit
    }
    if repeated:
        offices, acronyms, programs = _without_offices(repeated, offices, acronyms, programs)
    named = program_named_unit(offices, programs)
    if named:
        offices, acronyms, programs = _without_offices(named, offices, acronyms, programs)
    return PageExtraction(offices=offices, acronyms=acronyms, programs=programs)


def _read_under_ladder(
    source_id: str,
    text: str,
    agency: str | None,
    page: PageLayout,
    *,
    more_than: int,
    lone_body: bool = False,
) -> PageExtraction | None:
    """The page read again under each rung of the refused page's ladder in turn (``lone_body``:
    because its root holds one body alone): the first reading that publishes more than
    ``more_than`` offices, or None when no rung's does."""
    for rung in rungs():
        with fallback_rung(rung, lone_body=lone_body):
            try:
                extraction = _extract_layout(source_id, text, agency, page)
            except NoStructureError:
                continue
        if len(extraction.offices) > more_than:
            return extraction
    return None


def acronyms_without_units(definitions: list[AcronymDefinition]) -> bool:
    """A page that names no organizational units the extractor can recognize (a fact sheet, a
    regulation's paragraph, a press release) but writes out acronym definitions ("Mine Lamp
    Safety Office (MLSO)") is published for those definitions alone: its acronym rows, no
    offices and no programs, rather than refused. A page with neither units nor definitions
    is still refused ("no organizational units found"). This is the dataset's contract for
    such a page (``docs/robustness.md``), not a reading of its text, so it is no rule of the
    registry and has no off switch: the ablation measures readings."""
    return bool(definitions)


@rule("filter", off={})
def program_named_unit(offices: list[Office], programs: list[Program]) -> dict[str, str | None]:
    """A heading or list item that the page's text names as a program ("The Lamp Safety
    Program trains keepers", or an item under a "Programs" heading) is that program, not a
    unit, unless the page calls the unit itself a program (``unit_called_program``). Which
    offices to drop, each with the parent its children and programs move to."""
    names = {
        tuple(name_tokens(program.name))
        for program in programs
        if program.found_by != "unit_called_program"
    }
    return {
        office.office_id: office.parent_id
        for office in offices[1:]
        if tuple(name_tokens(office.name)) in names
    }


def _without_offices(
    dropped: dict[str, str | None],
    offices: list[Office],
    acronyms: list[Acronym],
    programs: list[Program],
) -> tuple[list[Office], list[Acronym], list[Program]]:
    """The records with ``dropped`` offices gone, what pointed at one pointing at its parent
    (the nearest that stays), or at the root (the first office) when none stays."""
    root = next((o.office_id for o in offices[:1] if o.office_id not in dropped), None)

    def moved(office_id: str | None) -> str | None:
        seen: set[str | None] = set()
        while office_id in dropped:
            if office_id in seen:  # dropped offices that point at each other: none stays
                return root
            seen.add(office_id)
            office_id = dropped[office_id]
        return office_id if office_id is not None or not seen else root

    kept = [
        replace(office, parent_id=moved(office.parent_id))
        if office.parent_id in dropped
        else office
        for office in offices
        if office.office_id not in dropped
    ]
    return (
        kept,
        [replace(a, office_id=moved(a.office_id)) for a in acronyms],
        [replace(p, office_id=moved(p.office_id)) for p in programs],
    )
