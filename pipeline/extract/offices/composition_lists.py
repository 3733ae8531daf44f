"""Lists after a verb of composition: "consists of A, B and C" (``composition_list``), a
plural noun's copula, lower-case part series, "such as" and "units including" series, a
plural noun of parts before "including" or "namely" ("has several units including A, B":
``announced_parts_series``), a copula's series whose
names all end in its subject's noun ("The four districts are A District in X, B District in
Y, ...": ``copula_names_share_noun``), a run of names inside a sentence, each with its own
article ("administers the Wick Office, the Oil Bureau and the Glass Section":
``article_led_part_series``), and the other names of a series two of whose names are units
found already (``series_of_found_peers``); and the other items of a run of list items more
than half of whose items are units found already (``list_run_of_found_peers``)."""

from __future__ import annotations

import re

from pipeline.extract.list_units.common import duty_words, is_capitalized_name
from pipeline.extract.list_units.lead_ins import (
    COMPOSED_PARTICIPLE,
    DIVISION_VERB,
    MADE_OF_VERB,
    plural_unit_noun,
)
from pipeline.extract.names import (
    name_tokens,
    names_position_only,
    sentence_end_in,
    without_acronyms,
)
from pipeline.extract.offices.common import (
    ANY_UNIT_NOUNS,
    COMPOSITION_PIECES,
    COMPOSITION_VERB,
    COUNTS,
    MAX_PART_WORDS,
    MEMBERS_SUBJECT,
    PLACED_BY_DEFAULT,
    POSSESSIVE_ENDS,
    PROSE_UNIT_NOUNS,
    UnitIndex,
    count_value,
    no_position,
    of_partners,
    overlaps_taken,
    paragraph_subject_unit,
    read_elsewhere,
    section_owners,
    short_form_of,
    such_as_names,
    taken_spans,
    top_parent_by,
    unit_key,
    unit_named,
)
from pipeline.extract.offices.governed_lists import found_subject_bare_parts, governed_names
from pipeline.extract.offices.parents_composition import DIVIDED_VERB, may_hold_division_verb
from pipeline.extract.offices.section_units import office_of_position
from pipeline.extract.root.common import MONTHS
from pipeline.extract.units import Unit, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import (
    LINE_MARKER,
    LIST_ITEM,
    PARAGRAPH,
    Block,
    head_noun,
    lone_bullet,
    lone_marker,
)
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.sections import (
    PageLayout,
    is_section_label,
    person_name,
    titled_holder_line,
)
from pipeline.text.vocabulary import PLACE_NOUNS, POSITION_WORDS, PROGRAM_NOUNS, UNIT_NOUNS
from pipeline.text.words import in_singular, singular_noun

register(
    "plural_noun_copula",
    "unit",
    """A sentence whose subject is a plural unit noun, the page's or a unit's own ("The
    bureaus are the Bureau of Wicks, the Bureau of Oil and the Glass Institute", "Its
    divisions are Wick Care, Oil Supply and Glass Mending", "The Lamp Board's Departments
    include the Office of the Wick Keeper and the Oil Office"), and whose verb is "are" or
    "include", a colon after it or none ("The divisions are: Wick Care, ..."), names those
    units: the subject says what kind of thing each name is, so a
    name with no unit noun ("Wick Care", "the Glass Institute") is one of them too. The
    names are capitalized, a few words long at most, joined only by commas, "and" and "the",
    and no post; they are parts of the unit whose section holds the sentence. A counted
    subject ("The four divisions include ...") is ``count_agreement``'s, which checks the
    count against the names.""",
)
# The verb of ``_PLURAL_SUBJECT``, a colon after it or none ("The departments are:- A, B").
_COPULA = r"(?:are|include)(?:\s*:-?)?"
_PLURAL_SUBJECT = lazy_pattern(
    r"(?:The|Its|Their|Our|(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?)\s+"
    r"(?!(?i:" + "|".join(COUNTS) + r"|\d)\b)(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?"
    r"(?:bureaus|divisions|departments|offices|units|sections|branches|directorates"
    r"|Bureaus|Divisions|Departments|Offices|Units|Sections|Branches|Directorates)"
    r"\s+" + _COPULA + r"\s+"
)


_COPULA_VERB = lazy_pattern(" " + _COPULA + " ")


def _copula_parts(
    page: PageLayout,
    start: int,
    end: int,
    *,
    owner: Unit,
    index: UnitIndex,
    taken: list[tuple[int, int]],
    by_name: dict[str, Unit],
) -> list[Unit]:
    """The units ``plural_noun_copula`` reads from one sentence."""
    text = page.text
    match = _PLURAL_SUBJECT.match(text, start, end)
    if match is None:
        return []
    governed = governed_names(text, page.phrases(start, end), match.end(), end)
    names = [without_acronyms(part.text) for part in governed]
    if len(names) < 2 or any(
        len(name.split()) > MAX_PART_WORDS
        or not is_capitalized_name(name)
        or names_position_only(name)
        for name in names
    ):
        return []
    found: list[Unit] = []
    for part, name in zip(governed, names, strict=True):
        if (
            index.resolve(name) is not None
            or read_elsewhere(taken, match.end(), part)
            or name.lower() in by_name
            or unit_key(name) == unit_key(owner.name)
        ):
            continue
        found.append(
            _part_named(text, name, part.start, owner, finder="plural_noun_copula", by_name=by_name)
        )
    return found


def _part_named(
    text: str, name: str, start: int, owner: Unit, *, finder: str, by_name: dict[str, Unit]
) -> Unit:
    """A part a series names at ``start``, found and placed by ``finder``, kept in
    ``by_name`` so that the sentence's later names do not read it twice."""
    unit = unit_named(text, name, start, owner, found_by=finder, parent_by=finder, is_group=False)
    by_name[name.lower()] = unit
    return unit


@rule("unit", off=[])
def composition_list(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """Names a sentence lists right after a verb of composition (those of
    ``composition_subject``: consists of, comprises, is made up of, is composed of, houses,
    includes, and the verbs of division: is subdivided into, is split into, incorporates)
    whose subject opens the sentence are that subject's parts, in any section's
    prose, where a sentence about a unit other than the section's own is no list of the
    section's parts: "The Wick Division houses the Trim Unit, the Braid Unit and the Dip
    Unit". The subject is a unit found, or, outside any unit's section, a name in full with
    its unit noun last ("The Lamp Services Bureau consists of the Oil Division and the
    Glass Division"), which ``composition_subject`` then makes a unit and their parent.
    Every name listed is worded as a unit (a unit noun last, or first before "of": "Office
    of Oil"), capitalized, at most a few words long, and joined to the next only by commas,
    "and" and "the"; a list with a position or a name not so worded, a possessive subject
    ("The Board's office includes ...") or a position's give nothing; a name another rule
    already read from the same words ("B and C Unit" kept whole) is not read again, cut
    differently. Read only while ``enumerated_units`` is on, whose sentences these are."""
    if not enabled("enumerated_units"):
        return []
    text = page.text
    owners = section_owners(page, units, top)
    taken = taken_spans(units)
    found: list[Unit] = []
    by_name: dict[str, Unit] = {}
    for block in page.blocks:
        if block.kind != PARAGRAPH:
            continue
        owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            fragment = text[start:end]
            if _COPULA_VERB.search(fragment) and enabled("plural_noun_copula"):
                found += _copula_parts(
                    page, start, end, owner=owner, index=index, taken=taken, by_name=by_name
                )
            divided = may_hold_division_verb(fragment)
            if not divided and not any(piece in fragment for piece in COMPOSITION_PIECES):
                continue
            phrases = page.phrases(start, end)
            subject = phrases[0] if phrases and phrases[0].start - start <= len("The ") else None
            if subject is None or subject.text.endswith(POSSESSIVE_ENDS):
                continue
            verb = COMPOSITION_VERB.match(text, subject.end, end)
            if verb is None and divided:
                verb = DIVIDED_VERB.match(text, subject.end, end)  # "is subdivided into"
            if verb is None:
                continue
            name = without_acronyms(subject.text)
            head = by_name.get(name.lower()) or index.resolve(name)
            short_head = short_form_of(name, [*units, *found]) if head is None else None
            if short_head is not None and enabled("short_form_subject"):
                head = short_head  # "Soot Control includes ...": the Soot Control Unit
            tokens = name_tokens(name)
            if head is None and (
                owner is not top
                or len(tokens) < 2
                or tokens[-1] not in ANY_UNIT_NOUNS
                or set(tokens) & POSITION_WORDS
                or not is_capitalized_name(name)
                or len(name.split()) > MAX_PART_WORDS
            ):
                continue
            governed = governed_names(text, phrases, verb.end(), end)
            parts = [
                part
                for part in governed
                if (words := name_tokens(without_acronyms(part.text)))
                and (words[-1] in ANY_UNIT_NOUNS or (words[0] in ANY_UNIT_NOUNS and "of" in words))
                and not set(words) & POSITION_WORDS
                and len(part.text.split()) <= MAX_PART_WORDS
                and is_capitalized_name(without_acronyms(part.text))
            ]
            finder = "composition_list"
            # "incorporates" gives charge of methods and tools as well as parts: only names
            # worded as units are its parts
            worded_only = verb.groupdict().get("incorporates") is not None
            if len(parts) != len(governed) and head is not None and not worded_only:
                parts = found_subject_bare_parts(text, governed, start, verb.start())
                finder = "found_subject_bare_parts"
                # "Ember Watch" for the Ember Watch Center found already: no new unit
                if enabled("short_form_subject"):
                    known = [*units, *found]
                    parts = governed = [p for p in parts if not short_form_of(p.text, known)]
            if len(parts) != len(governed) or not parts:
                continue
            # A subject named in full and nowhere else: its parts wait under the top unit for
            # ``composition_subject``, which makes it a unit and places them under it.
            parent, parent_by = (head, finder) if head else (top, top_parent_by(top))
            for part in parts:
                part_name = without_acronyms(part.text)
                if (
                    index.resolve(part_name) is not None
                    or read_elsewhere(taken, verb.end(), part)
                    or part_name.lower() in by_name
                    or unit_key(part_name) == unit_key(parent.name)
                ):
                    continue
                unit = unit_named(
                    text,
                    part_name,
                    part.start,
                    parent,
                    found_by=finder,
                    parent_by=parent_by,
                    is_group=False,
                )
                by_name[part_name.lower()] = unit
                found.append(unit)
    return found


# "consists of the patrol division, traffic division and ...", "is responsible for supervising
# the fire department and the police department": a verb of composition or of supervision
# before a series written in lower case.
_SERIES_VERBS = (
    r"consists?\s+of|comprises?|(?:is|are)\s+(?:made\s+up|composed|comprised)\s+of|includes"
    r"|oversees|supervises|(?:is\s+)?responsible\s+for\s+supervising"
)
_LOWER_SERIES_VERB = lazy_pattern(r"\s(?:also\s+)?(?:" + _SERIES_VERBS + r")\s+")
# Those, and a verb of holding or division ("has a wick section, ...", "is divided into the
# wick section, ..."), before a series in lower case whose every item is a part's name
# (``lower_case_part_series``); not before units "including" any words (a body "has partner
# units including ...").
_LOWER_PARTS_VERB = lazy_pattern(
    r"\s(?:also\s+)?(?:" + _SERIES_VERBS + r"|(?:is|are)\s+divided\s+into|has)\s+"
)
# The agency nouns, beside the unit nouns, a page refers to its own body by ("The ministry").
_REFERRED_AGENCY_NOUNS = frozenset({"ministry", "authority"})
# A subject that refers to a body without naming it: "It", "The division", "This ministry".
_REFERRING_SUBJECT = lazy_pattern(r"(?:It|(?:[Tt]he|[Tt]his)\s+(?P<noun>[A-Za-z]+))")
# The nouns a lower-case name of a part ends in: those prose uses for little else.
_LOWER_PART_NOUNS = frozenset(
    {"division", "unit", "section", "office", "bureau", "branch", "department", "squad"}
)
_LOWER_ITEM = lazy_pattern(r"(?:(?:the|a|an)\s+)?(?P<name>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5})")
_SUBJECT_OPENING = lazy_pattern(r"(?:.*\b)?(?:The|the)\s+(?=[A-Z])")


def _refers_to_top(page: PageLayout, block_start: int, start: int, subject: str, top: Unit) -> bool:
    """Whether a sentence of the page's introduction refers to the page's body, the top unit,
    without naming it: by the top's own noun ("The division" for "Wick Supply Division", "This
    ministry" for "Ministry of Lamps"), or by "It" after a sentence of its paragraph that
    names the top (in full, or by that noun)."""
    if not any(block.start == block_start for block in page.intro):
        return False
    match = _REFERRING_SUBJECT.fullmatch(subject)
    noun = head_noun(tuple(name_tokens(top.name)))
    if match is None or noun is None or noun not in UNIT_NOUNS | _REFERRED_AGENCY_NOUNS:
        return False
    if match.group("noun") is not None:
        return match.group("noun").lower() == noun
    before = page.text[block_start:start]
    return (
        re.search(r"(?<!\w)" + re.escape(top.name) + r"(?!\w)", before, re.IGNORECASE) is not None
        or re.search(r"\b(?:[Tt]he|[Tt]his)\s+" + noun + r"\b", before, re.IGNORECASE) is not None
    )


def _lower_series_names(series: str) -> list[str]:
    """The names of a lower-case series, each ending in a part noun ("the patrol division,
    traffic division and special operations division"; "a recruiting unit, property section,
    and taxi and wrecker inspection office"), or a plural noun the names share ("the major
    crimes, property crimes and special investigations divisions"); none when an item is no
    such name."""
    pieces = [p.strip() for p in re.split(r",\s*", series) if p.strip()]
    items: list[str] = []
    for position, raw in enumerate(pieces):
        piece = re.sub(r"^and\s+", "", raw) if position else raw
        pair = re.fullmatch(r"(?P<a>.+?)\s+and\s+(?P<b>(?:(?:the|a|an)\s+)?.+)", piece)
        # "A division and B division", or "A and B divisions" (a plural noun shared); not
        # "taxi and wrecker inspection office", one name
        if pair is not None and (
            pair.group("a").split()[-1] in _LOWER_PART_NOUNS
            or (
                singular_noun(pair.group("b").split()[-1]) in _LOWER_PART_NOUNS
                and pair.group("b").endswith("s")
            )
        ):
            items += [pair.group("a"), pair.group("b")]
        else:
            items.append(piece)
    names = []
    for item in items:
        match = _LOWER_ITEM.fullmatch(item)
        if match is None:
            return []
        names.append(match.group("name"))
    if len(names) < 2:
        return []
    last = names[-1].split()[-1]
    if singular_noun(last) in _LOWER_PART_NOUNS and last.endswith("s"):
        # a plural noun shared by every name, after "the" ("the A, B and C divisions"):
        # without it the series names kinds ("many wick, oil and glass offices")
        noun = singular_noun(last)
        if not series.startswith("the ") or any(
            singular_noun(name.split()[-1]) in _LOWER_PART_NOUNS for name in names[:-1]
        ):
            return []
        names = [f"{name} {noun}" for name in names[:-1]] + [names[-1][: -len(last)] + noun]
    if not all(name.split()[-1] in _LOWER_PART_NOUNS for name in names):
        return []
    return names


@rule("unit", off=[])
def lower_case_part_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence whose subject is a unit found (or the post that heads one: "The Director of
    Wicks is responsible for supervising ..."), or in the page's introduction refers to the
    page's body ("It", "The division", "This ministry": ``_refers_to_top``), and whose verb
    composes, divides, holds or supervises ("Lamp services consists of the wick division, oil
    division and glass division", "... consists of the trim, braid and dip sections", "The
    division has a wick section, a glass section and an oil section", "... is divided into
    ...") names its parts in lower case: every item of the
    series, to the sentence's end, is a few lower-case words ending in a part noun
    (division, unit, section, office, bureau, branch, department, squad), or shares a plural
    one after "the" (without it, "many wick and oil offices" names kinds, read by
    ``shared_noun_after_verb``). A series with a name in capitals is the other rules'
    (``composition_list``); one with an item that is no such name ("the building
    division, engineering and service") may list functions and gives nothing."""
    text = page.text
    by_tokens = {unit_key(unit.name): unit for unit in units}
    by_name = {unit.name.lower(): unit for unit in units}
    found: list[Unit] = []
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        for start, end in page.sentences(block.start, block.end):
            verb = _LOWER_PARTS_VERB.search(text, start, end)
            if verb is None:
                continue
            series = text[verb.end() : end].strip().rstrip(".").strip()
            if not series or any(ch.isupper() for ch in series):
                continue
            names = _lower_series_names(series)
            if not names:
                continue
            before = text[start : verb.start()].strip()
            opening = _SUBJECT_OPENING.match(before)
            candidates = [before, before[opening.end() :]] if opening else [before]
            head = None
            for candidate in candidates:
                subject = re.sub(r"^(?:The|the)\s+", "", candidate)
                head = (
                    by_name.get(subject.lower())
                    or index.resolve(subject)
                    or office_of_position(subject, by_tokens, index)
                )
                if head is not None:
                    break
            if head is None and _refers_to_top(page, block.start, start, before, top):
                head = top  # "The division consists of ..." in the page's introduction
            if head is None:
                continue
            cursor = verb.end()
            for name in names:
                where = text.find(name.split()[0], cursor, end)
                where = verb.end() if where < 0 else where
                cursor = where + 1
                if name in by_name or index.resolve(name) is not None:
                    continue
                unit = unit_named(
                    text,
                    name,
                    where,
                    head,
                    found_by="lower_case_part_series",
                    parent_by="lower_case_part_series",
                    is_group=False,
                    end=min(end, where + len(name)),
                )
                by_name[name] = unit
                found.append(unit)
    return found


# "there are other offices such as the A Office (AO), B and C", "departments such as A, B
# and the C Unit": a plural noun of a body's own parts, then "such as" and the names.
_SUCH_AS_PARTS = lazy_pattern(
    r"\b(?:offices|departments|units|divisions|sections|branches|bureaus|directorates)"
    r",?\s+such\s+as\s+"
)


@rule("unit", off=[])
def such_as_parts(page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit) -> list[Unit]:
    """A plural noun of a body's own parts (offices, departments, units, divisions,
    sections, branches, bureaus, directorates) followed by "such as" names units of the
    page's body, whatever their words: "there are other offices such as the Office of Wicks
    (OW), Commission of Oils (CO) and Glass Board (GB)", "departments such as Lamp Access,
    Wick Development Unit and the Oil Council". Every name must be capitalized, name no
    position and hold a few words, or the sentence gives nothing; a sentence of working
    with others ("works with departments such as ...") names partners, not parts."""
    text = page.text
    found: list[Unit] = []
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        for start, end in page.sentences(block.start, block.end):
            match = _SUCH_AS_PARTS.search(text, start, end)
            if match is None or of_partners(text[start : match.start()]):
                continue
            series = text[match.end() : end].strip().rstrip(".").strip()
            names = such_as_names(series)
            if len(names) < 2 or not all(
                (bare := without_acronyms(name))
                and is_capitalized_name(bare)
                and no_position(bare)
                and len(bare.split()) <= MAX_PART_WORDS
                for name in names
            ):
                continue
            cursor = match.end()
            for name in names:
                bare = without_acronyms(name)
                where = text.find(bare, cursor, end)
                if where < 0:
                    continue
                cursor = where + len(bare)
                if index.resolve(bare) is not None or any(
                    u.name.lower() == bare.lower() for u in [*units, *found]
                ):
                    continue
                found.append(
                    unit_named(
                        text,
                        bare,
                        where,
                        top,
                        found_by="such_as_parts",
                        parent_by=top_parent_by(top),
                        is_group=False,
                    )
                )
    return found


# "consists of specialized support units, including a, b and c", "Several units fall within
# the oil office, including a, b and c": the noun "units" before "including" and a series.
_UNITS_INCLUDING = lazy_pattern(r"\bunits\b(?P<between>[^.,;:]{0,40}),?\s+including\s+")
_UNITS_WITHIN = lazy_pattern(r"\bwithin\s+(?:the\s+)?(?P<name>[^,;:]+?)\s*$")
_SHORT_ITEM = lazy_pattern(r"(?:(?:the|a|an)\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,3})")
# What leaves a series open, naming nothing: "..., and others", "and many more", "and the like".
_OPEN_END = lazy_pattern(
    r"(?:and\s+)?(?:(?:many|several|various)\s+)?(?:others|more|the\s+like|so\s+on)"
)


register(
    "announced_parts_series",
    "unit",
    """A verb of composition or of holding whose object is a plural noun of a body's parts,
    not counted ("has several units", "is made up of Sub-Units", "comprises various sections
    and teams"), followed by "including", "namely" or "viz." and a series, says what the
    series is as a count and a colon would: "The Wick Division is made up of Sub-Units
    namely; Trim, Braid and Dip", "The Wick Division trims wicks and has several units
    including Trim Care, Braid & Dip Unit and Soot Patrol" name the subject's parts, bare
    names too (the noun says what they are). The verb is the sentence's subject's: right
    after it, or after "and" that adds it to the subject's first predicate ("... trims wicks
    and has several units including ..."); the subject, opening the sentence, is a unit
    found. The nouns are a part's (units, sub-units, sections, divisions, departments,
    branches, bureaus, offices, directorates, teams), joined to one other plural noun at
    most ("units and sub-specialties"), with a word of quantity before them or none
    ("several", "various", "a number of"): no count, which the enumeration readers check
    against the names, and no place after them ("has offices in several states, including
    ..." names places). Every name is capitalized, a few words long, no post and no duty in
    "-ing", and the series, joined by commas, "and" and "the" only, runs to the sentence's
    end; a name that is the short form of a unit found ("Soot Patrol" for the Soot Patrol
    Unit) is that unit, not a new one, and moved under the subject only when its noun is
    the one announced ("sections including Wick Buying" names a section, not the Wick Buying
    Division beside the subject). A subject that is no unit found ("The Lamp Board works
    with several offices, including ...", "Our partners include ...") or a verb of working
    with, serving or funding names no parts; nor does a "which" clause's verb in the first
    predicate ("works with the Lamp Board, which was set up in 1990 and has ..."), a word
    that makes the bodies others' ("sister divisions", "partner units"), or a council,
    committee or board "made up of" or "comprising" departments (its members). Offices and
    branches, or parts qualified by a place ("regional", "zonal", "district", "overseas"),
    stand in places, often named by them ("has regional offices including Kumasi, Tamale
    and Ho", "zonal offices namely; Lagos, Kano and Enugu"): every name of such a series must
    be worded as a unit. "namely" may take a semicolon, a colon or a comma.""",
)
# A verb of composition or holding, then a plural noun of parts (no count), "including",
# "namely" or "viz." (``announced_parts_series``).
_ANNOUNCED_PARTS = lazy_pattern(
    r"\s(?:(?:is|are)\s+(?:also\s+)?(?:comprised|composed|made\s+up)\s+of"
    r"|(?:also\s+)?(?:consists?\s+of|comprises?(?:\s+of)?|includes|contains"
    r"|(?P<holds>houses|has|have))"
    r"|" + DIVISION_VERB + r")\s+"
    r"(?:(?:several|various|many|numerous|a\s+number\s+of|a\s+few|some|its|their)\s+)?"
    r"(?!(?i:" + "|".join(COUNTS) + r")\b)(?:(?P<word>[a-z][a-z-]+)\s+)?"
    r"(?P<noun>(?i:(?:sub-?)?(?:units|sections|divisions|departments|branches|bureaus|offices"
    r"|directorates|teams)))"
    r"(?:\s+and\s+[a-z][a-z-]+)?,?\s+(?:including|namely\s*[;:,]?|viz\.?,?)\s+"
)
# Words before the plural noun that say its bodies stand in places, one each ("has regional
# offices including Kumasi, Tamale and Ho", "zonal offices namely; Lagos, Kano and Enugu"):
# the names of such a series are places unless worded as units.
_PLACE_QUALIFIERS = frozenset(
    {
        "area",
        "county",
        "district",
        "divisional",
        "field",
        "foreign",
        "local",
        "overseas",
        "provincial",
        "regional",
        "satellite",
        "state",
        "sub-county",
        "zonal",
    }
)
# The plural nouns of parts that stand in places, named by their place as often as by their
# work ("has offices including Accra, Kumasi and Takoradi", "has several branches including
# Kingston and May Pen").
_PLACED_PART_NOUNS = frozenset({"offices", "branches", "sub-offices", "suboffices"})
# A relative pronoun in the subject's first predicate: the verb after "and" may be the
# relative clause's ("works with the Lamp Board, which was set up in 1990 and has ...").
_RELATIVE = lazy_pattern(r"\b(?:which|who|whom|whose|where)\b")
# How a unit found stands when no rule placed it: under the top unit by default.
_PLACED_BY_DEFAULT = frozenset({None, *PLACED_BY_DEFAULT})
# What may stand between the subject and its verb: nothing, an acronym, or the subject's
# first predicate closed by "and" ("... trims wicks and has several units").
_FIRST_PREDICATE = lazy_pattern(r"(?:\s*\([A-Za-z&.-]{2,12}\))?(?:\s+[a-z][^.;:]*\sand)?\s*")


def _announced_parts(
    page: PageLayout,
    start: int,
    end: int,
    *,
    units: list[Unit],
    index: UnitIndex,
    taken: list[tuple[int, int]],
    top: Unit,
) -> tuple[Unit, list[Phrase]] | None:
    """The subject and the parts of one sentence that ``announced_parts_series`` reads."""
    text = page.text
    match = _ANNOUNCED_PARTS.search(text, start, end)
    if match is None:
        return None
    opening = re.match(r"\s*(?:The\s+)?", text[start : match.start()])
    begin = start + (opening.end() if opening else 0)
    phrases = page.phrases(start, end)
    subject = next((p for p in phrases if p.start == begin), None)
    if subject is None or not _FIRST_PREDICATE.fullmatch(text, subject.end, match.start()):
        return None
    if _RELATIVE.search(text, subject.end, match.start()):
        return None  # "works with the Lamp Board, which ... and has": the clause's verb
    head = index.resolve(without_acronyms(subject.text))
    if head is None:
        return None
    word, noun = match.group("word"), match.group("noun").lower()
    if word in _NOT_OWN_PARTS - {"other"}:
        return None  # "has sister divisions including ...", "partner offices": others' bodies
    subject_words = subject.text.split()
    if match.group("holds") is None and MEMBERS_SUBJECT.fullmatch(subject_words[-1]):
        return None  # "The Lamp Council comprises various departments including ...": members
    placed = word in _PLACE_QUALIFIERS or noun in _PLACED_PART_NOUNS
    governed = governed_names(text, phrases, match.end(), end)
    if len(governed) < 2 or text[governed[-1].end : end].strip(" .;\n") != "":
        return None  # "... and delegated duties for X": the series does not run to the end
    for part in governed:
        name = without_acronyms(part.text)
        words = name.split()
        if (
            len(words) > MAX_PART_WORDS
            or not is_capitalized_name(name)
            or not no_position(name)
            or words[0].lower().endswith("ing")
            or (placed and not set(name_tokens(name)) & UNIT_NOUNS)
        ):
            return None  # a place ("regional offices including Kumasi, Tamale and Ho") too
    kind = in_singular(re.sub(r"^sub-?", "", noun))
    parts = []
    for part in governed:
        name = without_acronyms(part.text)
        full = index.resolve(name)
        short = None if full is not None else short_form_of(name, units)
        known = full or short
        if known is None:
            if not read_elsewhere(taken, match.end(), part):
                parts.append(part)
        elif (
            known.parent is top
            and known.parent_by in _PLACED_BY_DEFAULT
            and (short is None or known.name.split()[-1].lower() == kind)
        ):
            # a unit found by its heading, placed under the top unit for want of better: the
            # sentence says whose part it is ("Soot Patrol" for the Soot Patrol Unit); a short
            # form only of a unit of the noun announced ("sections including Wick Buying"
            # names a section, not the Wick Buying Division found beside the subject)
            reparent(known, head, "announced_parts_series")
    return head, parts


def _including_units(
    page: PageLayout, start: int, end: int, index: UnitIndex, by_name: dict[str, Unit]
) -> list[Unit]:
    """The units of one sentence that ``units_including_series`` reads, added to
    ``by_name``."""
    text = page.text
    found: list[Unit] = []
    match = _UNITS_INCLUDING.search(text, start, end)
    if match is None:
        return found
    series = text[match.end() : end].strip().rstrip(".").strip()
    pieces = [p.strip() for p in re.split(r",\s*|\s+and\s+", series) if p.strip()]
    if pieces and _OPEN_END.fullmatch(pieces[-1]):
        pieces = pieces[:-1]  # "A, B and others": the names before it only
    items = [_SHORT_ITEM.fullmatch(re.sub(r"^and\s+", "", p)) for p in pieces]
    if len(items) < 2 or not all(items):
        return found
    head = None
    within = _UNITS_WITHIN.search(match.group("between"))
    if within is not None:
        name = within.group("name")
        head = by_name.get(name.lower()) or index.resolve(name)
    if head is None:
        verb = _LOWER_SERIES_VERB.search(text, start, match.start())
        if verb is not None:
            subject = re.sub(r"^(?:The|the)\s+", "", text[start : verb.start()].strip())
            head = by_name.get(subject.lower()) or index.resolve(subject)
    if head is None:
        return found
    cursor = match.end()
    for name in [item.group("name") for item in items if item is not None]:
        where = text.find(name, cursor, end)
        if where < 0 or name.lower() in by_name or index.resolve(name) is not None:
            continue
        cursor = where + len(name)
        found.append(
            _part_named(text, name, where, head, finder="units_including_series", by_name=by_name)
        )
    return found


@rule("unit", off=[])
def units_including_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence that calls what it lists units ("The wick division consists of special
    support units, including trim crews, K-2 and soot patrol", "Several units fall within
    oil supply, including the barrel office and pump care") names units whatever their
    words or case, parts of the unit the sentence is about: its subject, or the unit they
    fall "within", when either is a unit found; otherwise nothing. Each item is a few words
    and the series runs to the sentence's end; a series after a colon is a list's lead-in
    (read by the list rules). A last item that leaves the series open ("and others", "and
    many more") names no unit."""
    text = page.text
    by_name = {unit.name.lower(): unit for unit in units}
    found: list[Unit] = []
    taken = taken_spans(units)
    announced = enabled("announced_parts_series")
    for block in page.blocks:
        if block.kind != PARAGRAPH:
            continue
        for start, end in page.sentences(block.start, block.end):
            before = len(found)
            found += _including_units(page, start, end, index, by_name)
            if len(found) > before or not announced:
                continue
            read = _announced_parts(
                page, start, end, units=units, index=index, taken=taken, top=top
            )
            if read is not None:
                holder, parts = read
                for part in parts:
                    name = without_acronyms(part.text)
                    if name.lower() in by_name:
                        continue
                    found.append(
                        _part_named(
                            text,
                            name,
                            part.start,
                            holder,
                            finder="announced_parts_series",
                            by_name=by_name,
                        )
                    )
    return found


# The nouns that end the name of an agency's part in a series (``article_led_part_series``):
# those of prose units, and a department's, a section's, a centre's; not a board's, a
# council's or a committee's, whose names a sentence lists beside the agency's own as often.
_SERIES_PART_NOUNS = PROSE_UNIT_NOUNS | {"department", "section", "centre"}


def _worded_part(name: str) -> bool:
    """A capitalized name of a few words worded as a part: its unit noun last, or first
    before "of" ("Office of Oil"), and no position word."""
    words = name_tokens(name)
    return (
        len(words) >= 2
        and (words[-1] in _SERIES_PART_NOUNS or (words[0] in _SERIES_PART_NOUNS and "of" in words))
        and not set(words) & POSITION_WORDS
        and len(name.split()) <= MAX_PART_WORDS
        and is_capitalized_name(name)
    )


# The nouns of a body's parts a copula's subject may count or name in the plural
# (``copula_names_share_noun``): those of its offices and of its field parts ("districts",
# "regions"), not of programs, staff or boards, nor "centres": a series of centres is as
# often of places the public goes to ("The vaccination centres are Lampton Health Centre,
# Wickby Community Centre ...", examination, collection, service centres) as of parts.
_SHARED_PART_NOUNS = frozenset(
    {
        "branch",
        "bureau",
        "department",
        "directorate",
        "district",
        "division",
        "office",
        "region",
        "section",
        "team",
        "unit",
    }
)
# Words before the plural noun that make its bodies others', past, not yet or nearby, not
# the page's parts: "The neighbouring districts are ...", "The former divisions are ...",
# "The member departments are ...", "The sister bureaus are ...", "The proposed offices
# are ...".
_NOT_OWN_PARTS = frozenset(
    {
        "adjacent",
        "affiliated",
        "federal",
        "former",
        "member",
        "neighboring",
        "neighbouring",
        "other",
        "participating",
        "partner",
        "planned",
        "previous",
        "proposed",
        "sister",
        "surrounding",
    }
)
# "The seven districts are ", "These units are the ": a determiner opening the sentence, a
# count or not, a lower-case word or not, a plural noun, then "are" or "include" (a colon
# after it or none). Not "Their": it refers back to bodies named before, plural, so others'
# ("We work with the Oil and Wax Ministries. Their offices are ..."), not the page's body.
_SHARED_NOUN_SUBJECT = lazy_pattern(
    r"(?P<determiner>The|These|Its|Our)\s+(?:(?P<count>(?i:" + "|".join(COUNTS) + r")|\d{1,2})\s+)?"
    r"(?:(?P<word>[a-z][\w-]*)\s+)?(?P<noun>[a-z]+)s\s+(?:are|include)(?:\s*:)?\s+"
)
# Between two names of the series: a comma, "and", or both.
_SHARED_NOUN_SEPARATOR = lazy_pattern(r",\s*(?:and\s+)?|\s+and\s+")
# What may follow a name in the series and is no part of it: a place ("in Lampton", "at
# North Wickby") or an aside in parentheses ("(Night Shift)").
_SHARED_NOUN_QUALIFIER = (
    r"(?:\s+\([^()]{1,60}\)"
    r"|\s+(?:in|at)\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))?"
)
# The last words of a "place" after "in" or "at" that make it a body, not a place.
_PLACE_NOT_UNIT = UNIT_NOUNS | _SHARED_PART_NOUNS


def _shared_noun_names(text: str, start: int, end: int, noun: str) -> list[tuple[str, int]]:
    """The names of a series from ``start`` to the sentence's ``end`` when every one is
    capitalized and ends in ``noun`` in title case ("Lampton District in Oilshire", "the
    Trim Unit (Night Shift)", "The Dip Unit"), each with where it starts; none when an item
    is otherwise. A "place" that ends in a unit noun ("Audit Section in Finance Division")
    is the body the name sits in, its parent, not where it sits: the series is left."""
    item = re.compile(
        r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’&/.-]*(?:\s+(?:[A-Z][\w'’&/.-]*|of|for|and|the|&))*?"
        r"\s+" + noun.capitalize() + r")\b" + _SHARED_NOUN_QUALIFIER
    )
    stop = end
    while stop > start and text[stop - 1] in " \n.;":
        stop -= 1
    names: list[tuple[str, int]] = []
    cursor = start
    while True:
        match = item.match(text, cursor, stop)
        if match is None:
            return []
        place = match.group("place")
        if place is not None and place.split()[-1].lower() in _PLACE_NOT_UNIT:
            return []
        names.append((match.group("name"), match.start("name")))
        if match.end() == stop:
            return names
        separator = _SHARED_NOUN_SEPARATOR.match(text, match.end(), stop)
        if separator is None:
            return []
        cursor = separator.end()


@rule("unit", off=[])
def copula_names_share_noun(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence whose subject is a plural noun of a body's parts (branches, bureaus,
    departments, directorates, districts, divisions, offices, regions, sections, teams,
    units; not centres, as often places the public goes to), counted or not ("The seven
    districts are", "These units are the"), and whose verb is "are" or "include", names
    those parts when every name of the series after it ends in that same noun: "The four
    districts are Lampton District in Oilshire, Wickby District in Glassmoor, ...", "These
    units are the Trim Unit, the Braid Unit (Night Shift), Dip Unit and the Soot Unit". The
    shared noun says what each name is, so what follows a name and is no part of it is left:
    a place after "in" or "at" (where the part sits), an aside in parentheses. Every name is
    capitalized and the series runs to the sentence's end, joined by commas and "and" only
    (no "and" before the last is needed); with a count, exactly as many names. A subject of
    others', past or planned bodies ("The neighbouring districts are", "The former divisions
    are", "The member departments are", "The proposed offices are") names no parts, nor does
    "Their" (bodies named before, others'). They are parts of the unit whose section holds
    the sentence (the page's unit outside any), but "Its" or "These" after a paragraph's
    first sentence refers to the unit whose name opens the paragraph ("The Field Division
    covers the state. Its four districts are ..."): its parts. A name whose words another
    rule read already, cut otherwise ("Lampton Office at Bridge Street" as a whole), is not
    read again: one reading of the same words, not two overlapping units."""
    text = page.text
    owners = section_owners(page, units, top)
    taken = taken_spans(units)
    found: list[Unit] = []
    by_name = {unit.name.lower() for unit in units}
    for block in page.blocks:
        if block.kind != PARAGRAPH:
            continue
        section_owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            if " are " not in text[start:end] and " include" not in text[start:end]:
                continue
            subject = _SHARED_NOUN_SUBJECT.match(text, start, end)
            if subject is None or subject.group("noun") not in _SHARED_PART_NOUNS:
                continue
            if subject.group("word") in _NOT_OWN_PARTS:
                continue
            names = _shared_noun_names(text, subject.end(), end, subject.group("noun"))
            if len(names) < 2:
                continue
            count = subject.group("count")
            if count is not None and len(names) != count_value(count):
                continue
            owner = section_owner
            if subject.group("determiner") in ("Its", "These") and start > block.start:
                owner = paragraph_subject_unit(text, block, units) or section_owner
            for name, where in names:
                if (
                    overlaps_taken(taken, subject.end(), where, where + len(name))
                    or name.lower() in by_name
                    or index.resolve(name) is not None
                    or unit_key(name) == unit_key(owner.name)
                ):
                    continue
                by_name.add(name.lower())
                found.append(
                    unit_named(
                        text,
                        name,
                        where,
                        owner,
                        found_by="copula_names_share_noun",
                        parent_by="copula_names_share_noun",
                        is_group=False,
                    )
                )
    return found


# What a sentence says right before a series that makes its bodies others', past or dealt
# with, not the section's parts (``article_led_part_series``): working with, contacting,
# partners, sitting on, money, help or advice from, through, to or for, renamings, transfers,
# mergers, abolitions, examples, bodies called agencies or ministries.
_NOT_PARTS_BEFORE = lazy_pattern(
    r"\b(?:with|to|from|by|for|on|through|via|between|among|amongst|like|such|as|including|contact\w*"
    r"|partner\w*|member\w*|represent\w*|support\w*|assist\w*|advis\w*|liais\w*|fund\w*"
    r"|grant\w*|former\w*|previous\w*|renam\w*|retitl\w*|transferr?\w*|merg\w*|abolish\w*"
    r"|replac\w*|succeed\w*|creat\w*|establish\w*|other|outside|external|than|versus|was|were"
    r"|had|agenc(?:y|ies)|ministries|bodies|organi[sz]ations|stakeholders"
    # the past before a change or a plan ("Until 2015, it comprised", "Before the
    # restructuring", "will set up", "plans to open"), and bodies served or visited
    r"|until|till|before|prior|will|would|plann?\w*|propos\w*|original\w*|histor\w*"
    r"|serv(?:e|es|ed|ing)|visit\w*)\b",
    re.IGNORECASE,
)
# A preposition right before the series makes its names the object of a noun or a verb
# ("the accounts of", "complaints against", "questions about", "available at"), no
# section's parts; "of" after a verb of composition ("consist of") still leads parts.
_PREPOSITION_BEFORE = lazy_pattern(
    r"\b(?:about|against|at|concerning|regarding|into|over|across|towards?|near|unlike|of)\s+\Z",
    re.IGNORECASE,
)
_COMPOSED_OF_BEFORE = lazy_pattern(
    r"\b(?:"
    + MADE_OF_VERB
    + r"|"
    + COMPOSED_PARTICIPLE
    + r"|(?:comprised|composed|made\s+up)\s+of)\s+\Z",
    re.IGNORECASE,
)
# One name of such a series with its own article: capitalized words, the connectors of a
# name between them ("of", "for", "on", "in", "and", "&", "of the"; not "and the", which links
# two names), an acronym in parentheses after it.
_NAME_CONNECTOR = r"(?:(?:of|for|on|in)(?:\s+the)?|and(?!\s+(?:the|a|an)\s)|&)"
_NAME_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*"
_ARTICLE_ITEM = lazy_pattern(
    r"\b(?:the|The|a|an)\s+(?P<name>"
    + _NAME_WORD
    + r"(?:\s+(?:"
    + _NAME_CONNECTOR
    + r"\s+)?"
    + _NAME_WORD
    + r")*)(?:\s*\([^()]{1,60}\))?"
)
# A capitalized name of two words or more ("The Wick Support Bureau", "The Department
# for Lamps"): its own words ("Support", "for") are no guard words of the sentence.
_CAPITALIZED_NAME = lazy_pattern(
    _NAME_WORD + r"(?:\s+(?:" + _NAME_CONNECTOR + r"\s+)?" + _NAME_WORD + r")+"
)
# Between two names of the series: a comma or a semicolon, "and", or both.
_ARTICLE_ITEM_GAP = lazy_pattern(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
MIN_ARTICLE_SERIES_NAMES = 3
# "the Department of Wick Trade and Lampland's Overseas Lamps": a possessive after "and"
# opens another name, no part of the one before.
_POSSESSIVE_TAIL = lazy_pattern(r"\s+and\s+[A-Z][\w-]*['’]s?\s.*\Z")


@rule("unit", off=[])
def article_led_part_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A run of names inside a sentence, each led by its own article and linked to the next only by
    a comma, a semicolon or "and" ("the Office of Wick Supply, the Oil Bureau, the Glass
    Repair Section and the Soot Unit"), three or more of them worded as parts (a unit noun
    last, or first before "of": office, bureau, division, directorate, department, section,
    centre, branch, unit, team) and at most one worded as a unit of another kind ("the Wick
    Rules Committee"), is a series of a body's parts, whatever verb names them
    ("administers", "consist of", "are within the Division:"). Prose writes a body's parts
    so, one article each, where a label run or a list has none; the readers of composition
    take only a series after a verb of composition whose subject they know, so such a
    run after another verb, or under a subject they cannot place ("The Lamp Departments
    consist of ..."), was missed. Each name worded as a unit and not found already is a unit
    under the body whose section holds the sentence (the page's body outside any unit's
    section), or, when names of the run are found already, all under one unit, under that
    unit (they are their peers); on a page whose units have headings, a run under the page's
    body with no name found is left alone, as prose names beside headings are. Not a run
    that opens the sentence (its subject), nor one after words that make its bodies others',
    past or dealt with ("works with", "contact", "partners", "serves on", "funded by",
    "support for", "transferred to", "formerly", "merged", "was made up of", "such as",
    "including", "other agencies"; "until", "before", "will", "serves", "visited": a time
    before a change, a plan, bodies served), nor one right after a preposition ("the
    accounts of", "complaints against", "available at": the object of a noun or a verb; "of"
    after a verb of composition still leads parts). The words of a capitalized name before
    the run ("The Wick Support Bureau", "The Department for Lamps") are no such words.
    Nor a sentence whose opening subject is a unit found
    other than that body, or a body's name the page does not hold (a sentence about another
    body); nor a run whose found names are the page's body or hang under different units. A
    post's or a program's name is none."""
    text = page.text
    owners = section_owners(page, units, top)
    # the top unit's evidence may be the very sentence that names its parts
    taken = taken_spans([unit for unit in units if unit is not top])
    # a page whose units have headings keeps prose names under its body only beside them
    headed = any(unit.heading is not None for unit in units if unit is not top)
    found: list[Unit] = []
    named: set[str] = set()
    for block in page.blocks:
        if block.kind != PARAGRAPH:
            continue
        owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            if text.count(",", start, end) + text.count(";", start, end) < 1:
                continue
            for run in _article_runs(text, start, end):
                if len(run) < MIN_ARTICLE_SERIES_NAMES or run[0].start() - start <= len("The "):
                    continue
                names = [_POSSESSIVE_TAIL.sub("", item.group("name")) for item in run]
                worded = [_worded_part(name) for name in names]
                if sum(worded) < MIN_ARTICLE_SERIES_NAMES or sum(worded) < len(names) - 1:
                    continue
                lead = _CAPITALIZED_NAME.sub(" ", text[start : run[0].start()])
                if _NOT_PARTS_BEFORE.search(lead):
                    continue
                if _PREPOSITION_BEFORE.search(lead) and not _COMPOSED_OF_BEFORE.search(lead):
                    continue
                opening = page.phrases(start, end)
                if opening and opening[0].start - start <= len("The "):
                    subject_name = without_acronyms(opening[0].text)
                    subject = index.resolve(subject_name)
                    if subject is not None and subject is not owner and subject is not top:
                        continue
                    if subject is None and _unit_worded(subject_name):
                        continue  # a sentence about a body the page does not hold
                known = [index.resolve(name) for name in names]
                anchors = [unit for unit in known if unit is not None]
                parent: Unit = owner
                if anchors:
                    # peers of names found already: under the unit those hang from
                    above = anchors[0].parent
                    if above is None or any(unit is top for unit in anchors):
                        continue
                    if any(unit.parent is not above for unit in anchors):
                        continue
                    parent = above
                elif owner is top and headed:
                    continue
                for item, name, unit in zip(run, names, known, strict=True):
                    if (
                        unit is not None
                        or not _unit_worded(name)
                        or name.lower() in named
                        or unit_key(name) <= unit_key(parent.name)
                        or overlaps_taken(taken, start, item.start("name"), item.end("name"))
                    ):
                        continue
                    named.add(name.lower())
                    found.append(
                        unit_named(
                            text,
                            name,
                            item.start("name"),
                            parent,
                            found_by="article_led_part_series",
                            parent_by="article_led_part_series",
                            is_group=False,
                        )
                    )
    return found


def _article_runs(text: str, start: int, end: int) -> list[list[re.Match[str]]]:
    """The runs of names with their own article in ``text[start:end]``, each name linked to
    the next only by a comma, a semicolon or "and" (``article_led_part_series``)."""
    runs: list[list[re.Match[str]]] = []
    last: re.Match[str] | None = None
    for item in _ARTICLE_ITEM.finditer(text, start, end):
        if last is not None and _ARTICLE_ITEM_GAP.fullmatch(text, last.end(), item.start()):
            runs[-1].append(item)
        else:
            runs.append([item])
        last = item
    return runs


def _unit_worded(name: str) -> bool:
    """A name worded as a unit of any kind, in a run its peers show to be parts
    (``article_led_part_series``): a unit noun last, or first before "of", "for" or "on"
    ("Committee for Wick Rules" counts, beside parts worded so), and no
    post's or program's word."""
    words = name_tokens(name)
    return (
        len(words) >= 2
        and (
            words[-1] in UNIT_NOUNS
            or (words[0] in UNIT_NOUNS and words[1] in {"of", "for", "on"})
            or (len(words) > 2 and words[1] in UNIT_NOUNS and words[2] in {"of", "for", "on"})
        )
        and not set(words) & (POSITION_WORDS | PROGRAM_NOUNS)
        and len(name.split()) <= MAX_PART_WORDS
        and is_capitalized_name(name)
    )


# A name in a series (``series_of_found_peers``): capitalized words, with "of", "and", "for",
# "on", "in" or "&" (and "the") between them, and an acronym in parentheses after it or none.
# Each word and each joined word is taken whole and never given back (possessive and atomic
# groups), so that a stretch that is no name fails in one pass.
_PEER_WORD = r"[A-Z][\w'’./-]*+"
_PEER_NAME = (
    _PEER_WORD
    + r"(?>\s+(?:(?:of|and|for|on|in|&)\s+(?:the\s+)?)?"
    + _PEER_WORD
    + r")*+(?:\s*\([A-Z][\w&./-]*\))?"
)
# A conjunction opening a stretch of the series ("and", "or", "as well as").
_CONJUNCTION = r"(?:and|or|as\s+well\s+as)\s+"
_OPENS_WITH_CONJUNCTION = lazy_pattern(_CONJUNCTION)
_WHOLE_PEER = lazy_pattern(r"(?:" + _CONJUNCTION + r")?(?:the\s+)?(?P<name>" + _PEER_NAME + r")")
# The series' first name ends a stretch of words ("oversees the Wick Division") ...
_LAST_PEER = lazy_pattern(r"(?:\A|(?<=\s))(?:the\s+)?(?P<name>" + _PEER_NAME + r")\Z")
# ... read in the stretch's last words only: a name of more words is no part's.
_TAIL_WORDS = 2 * MAX_PART_WORDS
# ... its last opens one ("and the Soot Office within the Department").
_FIRST_PEER = lazy_pattern(
    r"(?:" + _CONJUNCTION + r")?(?:the\s+)?(?P<name>" + _PEER_NAME + r")"
    r"(?=\s*\Z|\s*[^\w\s(&'’]|\s*\((?=[a-z0-9])|\s+(?!(?:of|and|for|on|in|the)\b)[a-z])"
)
# Words before a series that make its names bodies served or worked with, not peers of a
# body's parts ("gives advice to the Wick Office, ...", "works with ...", "among ...") or
# places ("staff at ...").
_NOT_PARTS_LEAD = lazy_pattern(r"\b(?:to|with|from|between|among|like|at)\s+(?:the\s+)?\Z")
# A stretch that leaves a series open ("and other related areas", "etc.", "among others",
# "and so on"): its names are examples of a kind.
_OPEN_ENDED = lazy_pattern(
    r"\b(?:(?:and|or)\s+(?:\w+\s+)?others?\b|etc\b|among\s+others\b|and\s+so\s+on\b)"
)
# The last "and" of a series' last stretch, between two names ("Glass Mending and the Soot
# Office").
_LAST_AND = lazy_pattern(r"\s+" + _CONJUNCTION + r"(?:the\s+)?(?=[A-Z])")

# A name of a series as written: the name, where it starts in the page's text, and whether
# its stretch opened with a conjunction after the comma ("..., and Wick Care and Repair").
_Peer = tuple[str, int, bool]


def _last_name(piece: str) -> re.Match[str] | None:
    """The name that ends a stretch, read in its last ``_TAIL_WORDS`` words (a name that
    would run on before them is none), with its offsets in the stretch."""
    words = [match.start() for match in re.finditer(r"\S+", piece)]
    cut = words[-_TAIL_WORDS] if len(words) > _TAIL_WORDS else 0
    last = _LAST_PEER.search(piece, cut)
    if last is None or (cut and last.start() == cut):
        return None
    return last


def _peer_items(text: str, start: int, end: int, index: UnitIndex) -> list[list[_Peer]]:
    """The names of ``text[start:end]`` read as series: its stretches between commas (or
    between semicolons, when it has any: then a stretch with commas ends the run and its
    comma series is not read), each a whole name (after "and", "or", "as well as", "the"), the
    first of a run a name ending its stretch, the last a name opening it; the last name cut
    at its last "and" (``_cut_last``); each run of consecutive names one series."""
    stretch = r"[^;]+" if ";" in text[start:end] else r"[^,]+"
    pieces = [
        (start + match.start(), start + match.end())
        for match in re.finditer(stretch, text[start:end])
    ]
    # the runs read so far; the last is open, a new empty one closes it
    runs: list[list[_Peer]] = [[]]
    barred: set[int] = set()
    for begin, stop in pieces:
        lead = len(text[begin:stop]) - len(text[begin:stop].lstrip())
        piece = text[begin + lead : stop].rstrip(" .")
        at = begin + lead
        opened = _OPENS_WITH_CONJUNCTION.match(piece) is not None
        if _OPEN_ENDED.search(piece):
            # "..., and other areas", "etc.": the run so far and the next are examples
            runs[-1:] = [[], []]
            continue
        if "," in piece:  # a stretch between semicolons with commas: read as none
            runs.append([])
            continue
        whole = _WHOLE_PEER.fullmatch(piece)
        if whole is not None:
            runs[-1].append((whole.group("name"), at + whole.start("name"), opened))
            continue
        first = _FIRST_PEER.match(piece)
        if first is not None and runs[-1]:
            runs[-1].append((first.group("name"), at + first.start("name"), opened))
        runs.append([])
        last = _last_name(piece)
        if last is None:
            continue
        if _NOT_PARTS_LEAD.search(piece, 0, last.start()):
            barred.add(len(runs) - 1)  # "advice to A, B and C": bodies served, no parts
        runs[-1].append((last.group("name"), at + last.start("name"), False))
    return [
        _cut_last(run, index)
        for number, run in enumerate(runs)
        if len(run) >= 2 and number not in barred
    ]


def _cut_last(run: list[_Peer], index: UnitIndex) -> list[_Peer]:
    """A run with its last stretch cut at its "and" ("Glass Mending and the Soot Office"),
    unless that stretch is a unit found, or opened with a conjunction after its comma (the
    name after it is whole: "..., and Wick Care and Repair"), or has several "and"s and no
    cut leaves a found name (then it is dropped); of several, only the found name a cut
    leaves is kept ("A and B and C")."""
    name, at, opened = run[-1]
    joined = list(_LAST_AND.finditer(name))
    if not joined or opened or index.resolve(without_acronyms(name)) is not None:
        return run

    def found(piece: str) -> bool:
        return index.resolve(without_acronyms(piece)) is not None

    cuts = [cut for cut in joined if found(name[: cut.start()]) or found(name[cut.end() :])]
    if len(joined) > 1 and not cuts:
        return run[:-1]
    cut = (cuts or joined)[-1]
    halves = [(name[: cut.start()], at), (name[cut.end() :], at + cut.end())]
    return run[:-1] + [
        (piece, where, False) for piece, where in halves if len(joined) == 1 or found(piece)
    ]


# The last nouns of what a body makes or enforces, not of a body: a plan, a project, an act.
_WORK_NOUNS = frozenset({"plan", "plans", "project", "projects", "act", "acts"})


def _part_of_found_name(key: str, keys: list[str]) -> bool:
    """Whether a name is the start or the end of a unit's name found already ("Wick
    Buying" of the Wick Buying Division, "Emberton Office" of "Emberton Office at Tallow
    Street"): that unit's short form, not another unit."""
    return any(
        found != key and (found.startswith(key + " ") or found.endswith(" " + key))
        for found in keys
    )


# The words of a date ("March", "Monday"): a series of them names no bodies.
_CALENDAR_WORDS = MONTHS | frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _peer_refused(name: str, keys: list[str], *, persons: bool) -> bool:
    """Whether a name beside units found (in a series or a list run) is no peer of theirs: a
    post, a program's, a place's, a plan's, a project's or an act's name, a plural unit noun,
    fewer than three letters, the start or the end of a found unit's name, a person's name
    (when no found unit is one) or only words of a date."""
    words = name_tokens(name)
    return (
        not words
        or not no_position(name)
        or words[-1] in PROGRAM_NOUNS | PLACE_NOUNS | _WORK_NOUNS
        or plural_unit_noun(name.rsplit(maxsplit=1)[-1])
        or len(name) < 3
        or _part_of_found_name(" ".join(words), keys)
        or (not persons and person_name(name))
        or set(words) <= _CALENDAR_WORDS
    )


def _new_peer_refused(
    text: str, start: int, at: int, name: str, keys: list[str], *, persons: bool
) -> bool:
    """Whether a new name of a series is no peer of the units found in it (see
    ``series_of_found_peers``): besides ``_peer_refused``, a name too long, the series' first
    or one inside an open parenthesis."""
    return (
        len(name.split()) > MAX_PART_WORDS
        or at == start
        or text.count("(", start, at) > text.count(")", start, at)
        or _peer_refused(name, keys, persons=persons)
    )


@rule("unit", off=[])
def series_of_found_peers(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """Conjuncts share a category: a sentence's series of capitalized names, joined by
    commas (or by semicolons, when the sentence has any: then a stretch between semicolons
    that holds commas is read as no name, and its comma series is not read either) and a
    last "and", "or" or "as well as" ("A, B, C and D"), of which two or more distinct units
    are found already (by their headings, a list or another sentence; a name said twice, or
    with its acronym, is one unit), all under one unit, names their peers, whatever verb or
    words lead to it: its other names are units too, under that same unit. "The Deputy
    oversees the Wick Division, the Oil Division, Glass Mending and the Soot Office" on a
    page whose headings name both divisions gives Glass Mending and the Soot Office, under
    the divisions' parent. Names are told apart by the commas; the last stretch is cut at
    its "and" ("Glass Mending and the Soot Office") unless it opens with "and", "or" or "as
    well as" after its comma (then the name after that is whole: "..., and Wick Care and
    Repair", "..., as well as the Glass Care and Repair"), or it has several and no cut
    leaves a found name. No series is read after "to", "with", "from", "between", "among",
    "like" or "at" (bodies served, worked with or places), nor one left open ("and other
    related areas", "etc.", "among others", "and so on": examples of a kind), nor one whose
    found names hang under different units, nor one after a program's noun ("Our programs
    include A, B and C"). Of a series read, a new name is skipped (the others kept) when it
    is a post, ends in a program's, a place's, a plan's, a project's or an act's noun or in a
    plural unit noun ("the Wick and Oil Sections": names that share a noun, another rule's),
    is the start or the end of a unit's name found (a short form), opens the sentence (its
    subject or an adverb: "Similarly, ..."), stands inside parentheses, has fewer than three
    letters, is a person's name (two to four capitalized words of no
    unit, post or field: ``person_name``) when no found name of the series is, or is only
    words of a date ("March", "Monday"). One found name tells nothing of the others."""
    text = page.text
    found: list[Unit] = []
    named: set[str] = set()
    keys = [" ".join(name_tokens(unit.name)) for unit in units]
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        for start, end in page.sentences(block.start, block.end):
            if text.count(",", start, end) + text.count(";", start, end) < 1:
                continue
            for run in _peer_items(text, start, end, index):
                if set(name_tokens(text[start : run[0][1]])) & PROGRAM_NOUNS:
                    continue  # "Our programs include A, B and C": programs
                names = [without_acronyms(name) for name, _, _ in run]
                known = [index.resolve(name) for name in names]
                # distinct units: a name said twice, or with its acronym, is one unit
                anchors = list({id(unit): unit for unit in known if unit is not None}.values())
                if len(anchors) < 2 or len({id(unit.parent) for unit in anchors}) != 1:
                    continue
                parent = anchors[0].parent
                if parent is None:
                    continue
                persons = any(person_name(unit.name) for unit in anchors)
                for (raw, at, _), name, unit in zip(run, names, known, strict=True):
                    if (
                        unit is not None
                        or name.lower() in named
                        or _new_peer_refused(text, start, at, name, keys, persons=persons)
                    ):
                        continue
                    named.add(name.lower())
                    found.append(
                        unit_named(
                            text,
                            name,
                            at,
                            parent,
                            found_by="series_of_found_peers",
                            parent_by="series_of_found_peers",
                            is_group=False,
                            end=at + len(raw),
                        )
                    )
    return found


# A clause inside a list item: a semicolon, a colon, an exclamation or a question mark
# before more words (a full stop is read by ``sentence_end_in``: "St. Ember Registry" holds
# none).
_ITEM_CLAUSE = lazy_pattern(r"[;:!?]\s+\S")


# What may stand between two items of one run: blank lines and the items' own markers, as the
# block parser reads them (``LINE_MARKER``; a marker alone on its line: ``lone_marker``,
# ``lone_bullet``).
_MARKER_LINE = lazy_pattern(LINE_MARKER + r"[ \t]*")


def _only_markers(gap: str) -> bool:
    """Whether the text between two list items holds nothing but their markers."""
    return all(
        _MARKER_LINE.fullmatch(line)
        or lone_marker(line, 0, len(line))
        or lone_bullet(line, 0, len(line))
        for line in gap.split("\n")
    )


def _list_runs(page: PageLayout) -> list[list[int]]:
    """The runs of a page's list items, as their positions among its blocks: items of one
    depth that follow one another with no other block nor text between them (a deeper item,
    a paragraph, a caption, a label or a heading ends the run; a shallower item too)."""
    blocks = page.blocks
    runs: list[list[int]] = []
    current: list[int] = []
    for position, block in enumerate(blocks):
        if current and (
            block.kind != LIST_ITEM
            or block.level != blocks[current[-1]].level
            or not _only_markers(page.text[blocks[current[-1]].end : block.start])
        ):
            runs.append(current)
            current = []
        if block.kind == LIST_ITEM:
            current.append(position)
    if current:
        runs.append(current)
    return runs


def _run_item_name(text: str, block: Block) -> tuple[str, int, int] | None:
    """The name a list item gives, where its evidence starts and where it ends, or None when
    the item says more than a name (a sentence, a description after a colon or a dash, a
    lower-case opening, a table's or a directory's row: cells, a phone number, an address, a
    link) or leads into what follows (a colon or "namely", "include", "the following" at its
    end). The evidence is the name as written, or the whole item when the name is not
    written as such in it (an acronym inside it)."""
    raw = text[block.start : block.end].strip()
    if not raw or raw.endswith(":") or _LEADS_ON.search(raw) or _NO_NAME.search(raw):
        return None
    at = block.start + text[block.start : block.end].find(raw[:1])
    raw = raw.rstrip(".;, ")
    if (
        not raw
        or _ITEM_CLAUSE.search(raw)
        or sentence_end_in(raw.split())
        or " – " in raw
        or " - " in raw
    ):
        return None
    name = without_acronyms(raw).strip()
    if not name or not name[0].isupper() or len(name.split()) > MAX_PART_WORDS:
        return None
    own = text.find(name, at, at + len(raw))
    if own >= 0:
        return name, own, own + len(name)
    return name, at, at + len(raw)


# A row of a table or a directory, not a name: a bar between cells, an address, a phone
# number (three digits, then three more: "555 0100" alone, a year or a "Section 508 Office"
# is none) or a link.
_NO_NAME = lazy_pattern(r"[|@]|\(?\d{3}\)?[-.\s]\d{3}[-.\s]?\d{2,4}|www\.|https?:")


# An item that leads into the items or the text after it: "Units, namely", "Centers, which
# include", "Divisions as follows".
_LEADS_ON = lazy_pattern(
    r"\b(?:namely|includes?|including|following|follows|comprising|comprises?)\W*$",
    re.IGNORECASE,
)
# A phrase, not a name: an article after a lower-case word that is no preposition nor
# conjunction before it ("Oil care and the filling of lamps", "Wick Care plans, trims, and
# dips the wicks"; "Registry of the Court", "Keeper of the Records" are names).
_PHRASE_ARTICLE = lazy_pattern(
    r"\b(?!(?:of|for|to|in|on|at|by|from|with|and|or|nor)\b)[a-z]+\s+"
    r"(?:(?:and|or)\s+)?(?:the|a|an)\s"
)


def _heads_what_follows(page: PageLayout, run: list[int], index: int) -> bool:
    """Whether a run's item heads the blocks after it rather than naming a peer: deeper
    items follow it, or it is the run's last item and the block after it leads in with a
    colon, a paragraph of its own (a group's caption: "Direct Services" over "The office
    oversees the following:"; a "Name: text" label names its own unit, and ends the list)."""
    blocks = page.blocks
    at = run[index]
    if at + 1 >= len(blocks):
        return False
    following = blocks[at + 1]
    if following.kind == LIST_ITEM and following.level > blocks[at].level:
        return True
    return (
        index == len(run) - 1
        and following.kind == PARAGRAPH
        and following.text.rstrip().endswith(":")
    )


@rule("unit", off=[])
def list_run_of_found_peers(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """Items of one list are peers by layout, as a sentence's conjuncts are by language: a
    run of list items of one depth (bulleted or numbered, nothing but their markers between
    them), each a bare name (no sentence, no description after a colon or a dash), of which
    two or more distinct units are found already, all under one unit, and more than half of
    whose items are units found, names that unit's parts: its other items are units too,
    under that same unit (so the run has three items or more). "• Wick Unit • Oil Unit •
    Glass Mending" under the Lamp Division gives Glass Mending, under the Lamp Division. An
    item that is no peer of theirs is skipped (``_run_item_refused``: a post, a person, a
    duty, a phrase, a section's label, ...), and so is one that heads the items or the
    paragraph after it. A list of people, posts, places, services or links has no two items
    found as units under one unit, or half or fewer, so the rule does not read it; one found
    item tells nothing of the others."""
    text = page.text
    blocks = page.blocks
    found: list[Unit] = []
    named: set[str] = set()
    keys = [" ".join(name_tokens(unit.name)) for unit in units]
    for run in _list_runs(page):
        parsed = [_run_item_name(text, blocks[at]) for at in run]
        items = [item for item in parsed if item is not None]
        if len(items) != len(run):
            continue
        known = [
            index.resolve(item[0]) or _unit_in_block(units, blocks[at], item[0])
            for item, at in zip(items, run, strict=True)
        ]
        anchors = list({id(unit): unit for unit in known if unit is not None}.values())
        # more than half found, with one item left to name: two found units or more
        if 2 * len(anchors) <= len(run):
            continue
        if len({id(unit.parent) for unit in anchors}) != 1 or anchors[0].parent is None:
            continue
        parent = anchors[0].parent
        persons = any(person_name(unit.name) for unit in anchors)
        for position, ((name, start, end), unit) in enumerate(zip(items, known, strict=True)):
            if (
                unit is not None
                or name.lower() in named
                or _run_item_refused(name, keys, persons=persons)
                or _heads_what_follows(page, run, position)
            ):
                continue
            named.add(name.lower())
            found.append(
                unit_named(
                    text,
                    name,
                    start,
                    parent,
                    found_by="list_run_of_found_peers",
                    parent_by="list_run_of_found_peers",
                    is_group=False,
                    end=end,
                )
            )
    return found


def _unit_in_block(units: list[Unit], block: Block, name: str) -> Unit | None:
    """A unit found already whose evidence opens inside a list item and whose name ends in
    the item's ``name``'s last word: a stub a finder cut from the item ("L.S" of "L.S. Oil
    Survey") is no unit the item names."""
    last = name_tokens(name)[-1:]
    for unit in units:
        if block.start <= unit.evidence_start < block.end and name_tokens(unit.name)[-1:] == last:
            return unit
    return None


def _run_item_refused(name: str, keys: list[str], *, persons: bool) -> bool:
    """Whether a new item of a list run is no peer of the units found in it: besides
    ``_peer_refused``, a section's label or the page's furniture ("Contact Us", "Careers"), a
    title and its holder ("Lamp Warden Ada Q. Wickmore": the stop after an initial is no
    sentence's end, the item no unit's name), a phrase (a lower-case word before an
    article: "Oil care and the filling of lamps") or a duty ("Trimming Wicks")."""
    return (
        _peer_refused(name, keys, persons=persons)
        or is_section_label(name)
        or titled_holder_line(name) is not None
        or _PHRASE_ARTICLE.search(name) is not None
        or duty_words(name.split())
    )
