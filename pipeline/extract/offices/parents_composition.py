"""Parents read from composition: a sentence's subject and the parts after its verb of
composition, a subject that refers back, an item's description, a unit named after fields,
nested and parenthesized parts, and units a unit runs."""

from __future__ import annotations

import re

from pipeline.extract.list_units.builder import LIST_FINDERS
from pipeline.extract.list_units.common import post_head
from pipeline.extract.list_units.lead_ins import (
    DIVISION_PIECES,
    DIVISION_VERB,
    MADE_OF_VERB,
    OTHERS_VERB,
)
from pipeline.extract.list_units.parents import cannot_name_a_whole, supervises_the_following
from pipeline.extract.names import name_tokens, without_acronyms
from pipeline.extract.offices.common import (
    COMPOSITION_PIECES,
    COMPOSITION_VERB,
    DEPARTMENT_NOUN,
    MAX_NAME_WORDS,
    PLACED_BY_DEFAULT,
    last_named,
    listed_whole,
    names_whole,
    part_plural,
    rank_noun,
    starts_list_item,
    top_parent_by,
    unit_key,
    unit_named,
    worded_as_unit,
)
from pipeline.extract.root.body_above_root import UNIT_RANK
from pipeline.extract.units import Unit, is_above, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import HEADING, LIST_ITEM, PREPOSITIONS, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import CONNECTORS, POSITION_WORDS, UNIT_NOUNS

# The verbs of division, read after a sentence's subject as ``COMPOSITION_VERB`` is
# (``composition_subject``): every verb of division (the lead-ins' "is divided (organized,
# structured) into" and its other forms), and "incorporates".
DIVIDED_VERB = lazy_pattern(
    r"\s(?:also\s+)?(?:" + DIVISION_VERB + r"|(?P<incorporates>incorporates))\s"
)
# A piece of each alternative of DIVIDED_VERB, one of which every match holds.
_DIVIDED_PIECES = (*DIVISION_PIECES, "incorporates")


def may_hold_division_verb(fragment: str) -> bool:
    """Whether ``fragment``, a sentence, holds a piece of a verb of division (a cheap test
    before ``DIVIDED_VERB`` is searched)."""
    return any(piece in fragment for piece in _DIVIDED_PIECES)


# What a subject that refers back to a unit may also say of it: "This Section provides
# oversight for ..." (``referring_subject_parts``).
_OVERSIGHT_VERB = lazy_pattern(r"\s(?:also\s+)?provides\s+(?:\w+\s+)?oversight\s+(?:for|of|to)\s")
_OVERSIGHT_PIECES = ("oversight",)
_LINE_SUBJECT_OPENING = lazy_pattern(r"\s*(?:\(?\w{1,4}[.)]\s+)?(?:[Tt]he\s+)?")


@rule("parent", off=None)
def composition_subject(text: str, start: int, end: int) -> tuple[str, int, int | None, str] | None:
    """ "The Lamp Bureau consists of the Wick Division and the Glass Division.": a sentence
    whose subject names a unit and whose verb is one of composition ("consists of",
    "comprises", "is made up of", "is composed of", "houses", "oversees", "includes",
    "contains", "is home to", "has a") makes
    that unit the parent of the units it names after the verb as items of its list ("has a
    close tie with the Wick Office" names none, nor does "has a Wick Office liaison", where
    the name modifies a noun), wherever on the page they were found, when nothing placed them
    below the page's top unit. A subject named in full with
    its unit noun last ("Field Services Bureau") is a unit of its own though the page names it
    nowhere else; "This Office is comprised of ..." is about the office named just before; a
    position ("The Deputy Director oversees ...") or a body's own office ("The Bureau's office
    includes ...") places nothing. A unit named after the list, behind a verb of the
    subject's own (", and works closely with the Lamp Permit Office"), is none of its parts.
    A body divided into its parts says so with the verbs of division, read as these are
    ("is subdivided into", "is also (further) divided into", "is split into", "is separated
    into", "is broken (down) into", "is grouped into", "is subdivided to include": one
    vocabulary, ``DIVISION_VERB`` in ``list_units``) and "incorporates": "The Wick Division
    is subdivided into Oil Supply, Glass Care and Soot Removal" (its parts listed by
    ``composition_list`` and ``found_subject_bare_parts``). "Incorporates" is a verb of
    charge too, whose object may be methods or tools: only names worded as units are its
    parts, never bare names. A count or a kind after the verb ("is split into several
    areas") names no part, nor does a name the sentence works into something ("incorporates
    Glass Care into its daily work"); a verb of composition before it in the sentence keeps
    its reading. "Is divided (organized, structured) into" in the unit's own section is
    ``enumerated_units``' verb, read first; this rule reads those three elsewhere only.
    Returns the subject, where the verb ends, where a name in full starts and the rule whose
    verb it is: this one, or ``parts_name_their_whole`` for a capitalized subject without a
    unit noun made of units ("Lamp Care includes ...")."""
    fragment = text[start:end]
    verb = (
        COMPOSITION_VERB.search(text, start, end)
        if any(piece in fragment for piece in COMPOSITION_PIECES)
        else None
    )
    if verb is None and may_hold_division_verb(fragment):
        verb = DIVIDED_VERB.search(text, start, end)  # "is subdivided into", "incorporates"
    oversight = verb is None and any(piece in fragment for piece in _OVERSIGHT_PIECES)
    if oversight and enabled("referring_subject_parts"):
        verb = _OVERSIGHT_VERB.search(text, start, end)
    if verb is None:
        return None
    line = max(start, text.rfind("\n", start, verb.start()) + 1)
    opening = _LINE_SUBJECT_OPENING.match(text, line, verb.start())
    subject = text[opening.end() if opening else line : verb.start()].strip()
    if _THIS_UNIT.fullmatch(subject) or (oversight and _referring_noun(text, start, subject)):
        return subject, verb.end(), None, "composition_subject"
    if oversight:
        return None  # a named subject: only a verb of composition places its parts
    tokens = name_tokens(subject)
    if not tokens or len(subject.split()) > MAX_NAME_WORDS or _AFTER_COMMA.search(subject):
        return None  # "Additionally, the Bureau oversees ...": no name
    if not {tokens[0], tokens[-1]} & UNIT_NOUNS or not worded_as_unit(subject):
        if supervises_the_following(subject, verb.group(), text[verb.end() : verb.end() + 20]):
            # places only when the page made it a unit
            return subject, verb.end(), None, "composition_subject"
        if _whole_without_noun(subject, verb.group()):
            # "Lamp Care includes the Wick and Oil Units." (``parts_name_their_whole``)
            return subject, verb.end(), text.find(subject, line), "parts_name_their_whole"
        return None  # a position ("The Deputy Director oversees ...") is no unit's whole
    if "'s " in subject or "’s " in subject:
        return None  # "The Bureau's office includes ...": the body itself, not a part
    named = subject[:1].isupper() and subject.split()[-1][:1].isupper() and tokens[-1] in UNIT_NOUNS
    named_at = text.find(subject, line) if named else None
    return subject, verb.end(), named_at, "composition_subject"


def _named_at(text: str, unit: Unit, start: int, end: int) -> int:
    """Where ``text[start:end]`` names ``unit``: its evidence when it lies there, else the
    first place its name stands whole."""
    if start <= unit.evidence_start < end:
        return unit.evidence_start
    at = text.find(unit.name, start, end)
    while at >= 0 and not names_whole(text, unit.name, at, end):
        at = text.find(unit.name, at + 1, end)
    return at


# A word in lower case right after a unit's name that makes the name its modifier ("has a
# Wick Office liaison", "contains a Soot Office kiosk"): any but a word that ends a name's
# role in its sentence (a conjunction, a preposition, a verb, an article, a pronoun).
_NOUN_AFTER_NAME = lazy_pattern(
    r"[ \t]+(?!(?:and|or|nor|but|in|of|for|to|at|on|by|with|as|from|under|within|through|since"
    r"|that|which|who|whose|where|is|are|was|were|has|have|had|will|shall|may|can|also|each"
    r"|both|the|a|an|its|their|respectively|together|alone)\b)[a-z]"
)


def _modifies_noun(text: str, unit: Unit, at: int) -> bool:
    """Whether the unit's name written at ``at`` modifies the noun after it ("the Wick Office
    liaison"): then the sentence names the liaison, not the unit, as the subject's part."""
    if at < 0 or not text.startswith(unit.name, at):
        return False
    return _NOUN_AFTER_NAME.match(text, at + len(unit.name)) is not None


def _referring_noun(text: str, start: int, subject: str) -> bool:
    """Whether a sentence's subject, without its "The", is a unit noun alone ("The Office",
    "the division"): a subject that refers back to a unit (``referring_subject_parts``)."""
    if " " in subject or subject.lower() not in UNIT_NOUNS:
        return False
    return (
        re.search(r"\b[Tt]he\s+" + re.escape(subject) + r"\b", text[start : start + 80]) is not None
    )


@rule("parent", off=None)
def referring_subject_parts(
    text: str, block_start: int, start: int, subject: str, units: list[Unit]
) -> Unit | None:
    """ "The Lamp Office runs the lamps. The Office also houses the Wick Center.", "The
    Bureau houses the Oil Section. This section provides oversight for the Can Unit and the
    Drum Unit.": a sentence whose subject refers back to a unit ("The" or "This" and a unit
    noun alone) and whose verb is one of composition or oversight ("houses", "consists of",
    "provides oversight for") makes the units it names after the verb parts of that unit.
    "The Office" is the unit of that noun the same paragraph or list item named last before
    the sentence: a unit named in an earlier paragraph is not referred to ("The Bureau"
    opening a paragraph is the page's own bureau as often as the one named above). Of those,
    one named as a sentence's subject is referred to before one named inside a sentence ("The
    Lamp Office works with the Office of Oil Permits. The Office also houses ...": the Lamp
    Office, not the office it works with), and a unit named again counts as named there (the
    page's own bureau as a sentence's subject); a paragraph that opens with "The Bureau"
    alone before it names any bureau refers to none it names later. ``subject`` is the
    sentence's subject without "The"; returns the unit referred to, or None."""
    if not _referring_noun(text, start, subject):
        return None
    noun = subject.lower()
    named: list[tuple[int, Unit]] = []  # each mention of a unit of that noun, where it is
    for unit in units:
        if noun not in name_tokens(unit.name):
            continue
        if block_start <= unit.evidence_start < start:
            named.append((unit.evidence_start, unit))
        at = text.find(unit.name, block_start, start)
        while at >= 0:  # named again (the page's own unit among them)
            named.append((at, unit))
            at = text.find(unit.name, at + 1, start)
    subjects = [
        (at, unit) for at, unit in named if _SENTENCE_OPENS.search(text[block_start:at]) is not None
    ]
    if not named:
        return None
    if not subjects:
        # "The Bureau works with the County Oil Bureau. The Bureau also houses ...": the
        # paragraph is about a bureau it never names, not the one it names after it.
        bare = re.compile(r"(?:^|(?<=[.!?])\s+)[Tt]he\s+" + re.escape(subject) + r"\s+(?!of\b)")
        opening = bare.search(text[block_start:start])
        if opening is not None and block_start + opening.start() < min(at for at, _ in named):
            return None
    return max(subjects or named, key=lambda m: m[0])[1]


# Where a sentence's subject starts: the block's start or a sentence's end, then "The" (a
# list item's marker and "The" before a unit's name, ``referring_subject_parts``).
_SENTENCE_OPENS = lazy_pattern(
    r"(?:^|(?<=[.!?])\s+|\n\s*)(?:\(?\w{1,4}[.)]\s+|[•*-]\s+)?(?:[Tt]he\s+)?\Z"
)


@rule("parent", off=None)
def item_description_parts(item: Block, opening: Unit, part: Unit) -> bool:
    """A list item that opens with the name of the unit a list rule found in it and goes on to
    describe that unit ("Lamp Services" and below it "The Directorate is responsible for Wick
    Services, Oil Services and Glass Services."): the units its description names, which
    nothing placed below the page's top unit or below the unit above the item (an outline's
    reading), are parts of the unit it opens with, as the units a section's prose names are
    parts of its heading's unit. Not a unit the item's
    opening names too ("Wick Group and Oil Group. Most support ... the Oil Group ..."), nor
    one the description names as the unit's superior or partner, not its part ("reports to
    the Office of the Warden", "works closely with the Lamp Permit Office and the Fire
    Office", "in support of the Town Oil Board")."""
    return (
        part is not opening
        and not unit_key(part.name) <= unit_key(opening.name)
        and opening.evidence_start - item.start <= len("The ")
        and opening.evidence_start + len(opening.name) <= part.evidence_start < item.end
        and _NOT_A_PART_BEFORE.search(item.text, 0, part.evidence_start - item.start) is None
    )


# What a description says of a unit that is no part of the one it describes, right before
# its name (a list of such units joined by commas and "and" included): one it reports to,
# is directed by, works with or supports (``item_description_parts``; :data:`OTHERS_VERB`).
_NOT_A_PART_BEFORE = lazy_pattern(
    OTHERS_VERB + r"(?:\s+(?:the\s+)?[^.;:]*?(?:,|\band|\bor))?\s+(?:the\s+)?$"
)


def item_description_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a list item's description names under the unit the item opens with
    (``item_description_parts``), when they hang from the page's top unit or from the unit
    the item's unit hangs from."""
    items = [block for block in page.blocks if block.kind == LIST_ITEM]
    if not items:
        return
    for item in items:
        inside = [u for u in units if item.start <= u.evidence_start < item.end]
        if len(inside) < 2:
            continue
        opening = min(inside, key=lambda u: u.evidence_start)
        if opening is top or opening.found_by not in LIST_FINDERS:
            continue
        for part in inside:
            if (
                (part.parent is top or part.parent is opening.parent)
                and not is_above(part, opening)
                and item_description_parts(item, opening, part)
            ):
                reparent(part, opening, "item_description_parts")


# Where a name joining fields of work is cut into its fields: at a comma, "and" or "&".
_FIELD_JOINS = lazy_pattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", re.I)
# A unit noun and the fields its name joins ("division", [("wick",), ("glass",)]).
_Fields = tuple[str, list[tuple[str, ...]]]


def _fields_of(name: str) -> _Fields | None:
    """The unit noun a name is worded with and the rest of its words cut into the fields
    they join ("The Wick and Glass Division" -> ("division", [("wick",), ("glass",)]),
    "Office of Lamp Oil" -> ("office", [("lamp", "oil")])), its acronym, a closing stop and
    any "the" aside; None for a name whose unit noun is neither its last word nor its first
    before "of" or "for"."""
    words = without_acronyms(name).rstrip(" .:;").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    noun = rank_noun(" ".join(words))
    if noun is None:
        return None
    if words[-1].lower() == noun:
        words = words[:-1]
    elif len(words) > 2 and words[0].lower() == noun and words[1].lower() in ("of", "for"):
        words = words[2:]
    else:
        return None
    fields = [
        tuple(token for token in name_tokens(field) if token != "the")
        for field in _FIELD_JOINS.split(" ".join(words))
    ]
    return noun, [field for field in fields if field]


def _field_of_whole(part: _Fields | None, whole: _Fields | None) -> bool:
    """Whether ``part`` is named after one of the fields ``whole`` joins, with another unit
    noun and no post among its words (``field_named_part``)."""
    if whole is None or part is None or len(whole[1]) < 2:
        return False
    noun, fields = part
    return (
        noun != whole[0]
        and len(fields) == 1
        and not set(fields[0]) & POSITION_WORDS
        and fields[0] in whole[1]
    )


@rule("parent", off=False)
def field_named_part(part: str, whole: str) -> bool:
    """A unit whose name joins two fields of work or more ("Wick and Glass Division", "Soot
    Ledger & Wick Rolls Branch", "Office of Soot, Ash, and Smoke") holds a unit named after
    one of those fields alone and worded with another unit noun ("Glass Team", "Wick Rolls
    Section", "Ash Unit"): a page that names the larger first and then the smaller without
    saying where it stands (it hangs from the page's top unit only because of where it is
    set, not because a sentence or a list placed it there) places it inside the larger; a
    unit named before it is no part of it ("Glass Division", then "Centre for Glass and Oil
    Statistics": the centre serves it, or is its part). Not a unit of the same noun ("Wick
    Division" beside "Wick and Glass Division": a peer), not a field that names a post
    ("Warden's Office" beside "Warden and Deputy Warden Lamp Unit": the post's office, which
    the unit serves), not when two units' names hold the field, and not when both are items
    of lists ("Oil & Glass Command" in a list of commands, "Glass Division" in a list of
    divisions): each list placed its own items."""
    return _field_of_whole(_fields_of(part), _fields_of(whole))


register(
    "department_beside_heading",
    "parent",
    """A unit the page words as a department ("Glass Department", "Department of Oil") whose
    heading stands under the heading of a unit right below the page's top unit, itself worded
    as a department or as a unit of lower rank ("Wick Department", "Office of the Lamp
    Warden", "Oil Division"), is no part of it: a department is not made of departments,
    nor held by an office or a division, and a page that sets the office of its head over
    the departments ("Office of the Warden" above "Glass Department", "Oil Department") or
    runs headings of one rank at two levels leaves them nested by layout alone. It stands
    beside that unit, under its parent. A unit worded with another noun ("Wick Unit" under
    "Lamp Office") or as a department's part ("Wick Trimming Sub-Department") stays a part,
    and so does a department under a body of another noun that ranks with a department or
    above ("Lamp Ministry", "Wick Commission", "Oil Bureau") or under a heading that names
    no unit ("Wick and Glass"); deeper in an outline a unit's own rank may hold units of its
    noun.""",
)
# The nouns of a unit that holds no department: a department's own and those ranking below it.
_BELOW_DEPARTMENT = DEPARTMENT_NOUN | {
    noun for noun, rank in UNIT_RANK.items() if rank < UNIT_RANK["department"]
}


def departments_beside_headings(units: list[Unit], top: Unit) -> None:
    """Set a department that a heading nests under a department or a lower unit right below
    the top unit beside that unit (``department_beside_heading``)."""
    if not enabled("department_beside_heading"):
        return
    for unit in units:
        parent = unit.parent
        if unit.parent_by != "heading_nesting" or parent is None or parent.parent is not top:
            continue
        if rank_noun(unit.name) not in DEPARTMENT_NOUN or "sub" in name_tokens(unit.name):
            continue  # "Wick Trimming Sub-Department" is a department's part
        if rank_noun(parent.name) not in _BELOW_DEPARTMENT:
            continue
        reparent(unit, top, "department_beside_heading")


register(
    "peer_of_same_noun",
    "parent",
    """A unit that only the layout nests (its heading under another unit's heading, its list
    item under another's item) right below a unit of the page's top unit, when both are
    worded with the same unit noun of the ranks that do not hold their own kind ("Glass
    Division" under "Wick Division", "Oil Unit" under "Wick Unit"; a division, directorate,
    section, unit, branch or team), is that unit's peer, not its part: it stands beside it,
    under the top unit. A heading set one step too deep, or a list whose markers change from
    numbers to bullets halfway through, nests a peer under the item before it; a division is
    not made of divisions. A name worded as the unit's own part stays its part: one that
    opens with the unit's whole name ("Wick Branch Trimmers" under "Wick Branch"), or a
    "Sub-Unit" / "Sub-Section". Units placed by a sentence, a lead-in or a list's lead-in
    are left as placed, and so are nestings deeper in an outline (below a unit that is not
    right below the top unit), where a body's own rank may hold units of its noun; offices,
    services and centres often hold units of their own noun, departments are read by
    ``department_beside_heading``. Three wordings say a unit of the same noun is a part
    after all, and leave the nesting: a name that holds every word of the unit's own name
    but its noun, the field the unit is named after with a narrower one ("North Wick Watch
    Division" under "Wick Watch Division", "Neonatal Lamp Care Unit" under "Lamp Care Unit",
    "Wick Depot-II Section" under "Wick Depot Section"); a rank word that
    raises the unit above its noun ("Chief Directorate of Wick Supply", "General Directorate of
    Lamp Security", "Main Directorate": South African, Turkish and Arab, post-Soviet bodies whose
    chief and general directorates are made of directorates) or lowers the nested one below
    it ("Wick Tax Deputy Directorate", as "Sub-"); and the unit's own text saying it is
    made of units of its noun ("The Flame Division is made up of the following two
    divisions", "comprises three units").""",
)
# The unit nouns of the ranks that do not hold a unit of their own noun, with their plurals.
_ONE_RANK_NOUNS = {
    "division": "divisions",
    "directorate": "directorates",
    "section": "sections",
    "unit": "units",
    "branch": "branches",
    "team": "teams",
}
# Where only the layout placed a unit under another.
_NESTED_BY_LAYOUT = frozenset({"heading_nesting", "list_nesting"})
# Words before a unit noun that raise a unit above its noun's rank ("Chief Directorate",
# "General Directorate of Security") or set a unit below it ("Sub-Section", "Deputy
# Directorate").
_RANK_ABOVE_NOUN = frozenset({"chief", "general", "main", "principal"})
_RANK_BELOW_NOUN = frozenset({"sub", "deputy"})
# A verb of composition, division or holding, then within a few words a plural unit noun:
# "is made up of the following two divisions", "comprises three units", "has four sections".
_HOLDS = (
    r"\b(?:consists?|compris\w*|composed|made\s+up|includes?|including|houses|contains?"
    r"|has|have|oversees|divided|organi[sz]ed|structured|split|grouped)\b[^.;:]{0,60}?\b"
)


def peers_of_same_noun(units: list[Unit], top: Unit) -> None:
    """Set a unit the layout nests under a unit of its own noun right below the top unit
    beside that unit (``peer_of_same_noun``)."""
    if not enabled("peer_of_same_noun"):
        return
    # the units right below the top unit before this rule moves any there: a unit it moves
    # keeps the units nested under it, whatever the order of the units
    below_top = {id(unit) for unit in units if unit.parent is top}
    for unit in units:
        parent = unit.parent
        if unit.parent_by not in _NESTED_BY_LAYOUT or parent is None or id(parent) not in below_top:
            continue
        noun = rank_noun(unit.name)
        if noun is None or noun not in _ONE_RANK_NOUNS or noun != rank_noun(parent.name):
            continue
        tokens, whole = name_tokens(unit.name), name_tokens(parent.name)
        if _RANK_BELOW_NOUN & set(tokens) or _RANK_ABOVE_NOUN & set(whole):
            continue  # "Wick Sub-Unit", "Deputy Directorate"; "Chief Directorate of Oil"
        field = set(whole) - CONNECTORS - PREPOSITIONS - {noun}
        if field and field <= set(tokens):
            continue  # "Wick Branch Trimmers Branch", "North Wick Branch": the unit's own part
        if _says_it_holds(parent, _ONE_RANK_NOUNS[noun]):
            continue  # "The Wick Division is made up of the following divisions."
        reparent(unit, top, "peer_of_same_noun")


def _says_it_holds(unit: Unit, plural: str) -> bool:
    """Whether a unit's own text says it is made of units of a noun (``plural``): "The Wick
    Division is made up of the following two divisions", "comprises three units"."""
    holds = re.compile(_HOLDS + plural + r"\b", re.IGNORECASE)
    return any(block.kind != HEADING and holds.search(block.text) for block in unit.body)


def field_named_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place a unit that hangs from the page's top unit by where it stands under the one
    unit named before it whose name joins the field it is named after
    (``field_named_part``); not when both are list items: each list placed its own items.
    Each name is cut into its fields once, and the larger units are found by field."""
    if not enabled("field_named_part"):
        return
    fields = {id(unit): _fields_of(unit.name) for unit in units}
    by_field: dict[tuple[str, ...], list[Unit]] = {}
    for unit in units:
        whole = fields[id(unit)]
        if whole is not None and len(whole[1]) >= 2:
            for field in set(whole[1]):
                by_field.setdefault(field, []).append(unit)
    items = [(block.start, block.end) for block in page.blocks if block.kind == LIST_ITEM]

    def listed(unit: Unit) -> bool:
        return any(start <= unit.evidence_start < end for start, end in items)

    for part in units:
        own = fields[id(part)]
        if part.parent is not top or part.parent_by not in PLACED_BY_DEFAULT:
            continue
        if own is None or len(own[1]) != 1:
            continue
        wholes = [
            whole
            for whole in by_field.get(own[1][0], [])
            if not is_above(whole, top)
            and not is_above(part, whole)
            and whole.evidence_start < part.evidence_start
            and _field_of_whole(own, fields[id(whole)])
            and not (listed(part) and listed(whole))
        ]
        if len(wholes) == 1:
            reparent(part, wholes[0], "field_named_part")


# The verbs of composition proper: what a body is made of, not what it oversees or hosts.
_MADE_OF_WHOLE = lazy_pattern(r"\s(?:also\s+)?(?:" + MADE_OF_VERB + r"|includes|contains)\s")


def _whole_without_noun(subject: str, verb: str) -> bool:
    """Whether a sentence's subject, with no unit noun in it, is a capitalized name of two
    words or more before a verb of composition proper ("Lamp Care includes ...", "Wick and
    Oil Supply consists of ..."): a whole that ``parts_name_their_whole`` makes a unit when
    the sentence names two of the page's units as its parts. Not a person's name, a post,
    a possessive, a name in lower case, a place's government ("Lampton County includes
    ..."), the body's own structure ("The Lamp Organization Structure includes ..."), nor
    a document, a plan or a project ("The Emergency Operations Plan includes the Wick
    Division and the Oil Division.": units it speaks of, not its parts; ``cannot_name_a_whole``).
    """
    if not enabled("parts_name_their_whole") or _MADE_OF_WHOLE.fullmatch(verb) is None:
        return False
    words = subject.split()
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and all(word[:1].isupper() or word in CONNECTORS for word in words)
        and words[-1][:1].isupper()
        and not cannot_name_a_whole(subject)
    )


def composed_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a sentence of composition names under its subject
    (``composition_subject``), when they hang from the page's top unit."""
    text = page.text
    by_key = {unit_key(unit.name): unit for unit in reversed(units)}
    for block, start, end in page.prose_sentences():
        found = composition_subject(text, start, end)
        if found is None:
            continue
        subject = by_key.get(unit_key(found[0]))
        this = _THIS_UNIT.fullmatch(found[0])
        if this is not None:  # "This Office is comprised of ...": the one just named
            subject = last_named(units, this.group(1).lower(), start)
            if subject is None:
                continue
        by = found[3]  # composition_subject, or parts_name_their_whole
        if this is not None and _OVERSIGHT_VERB.search(text, start, found[1]):
            by = "referring_subject_parts"  # "This Section provides oversight for ..."
        if subject is None:
            referred = referring_subject_parts(text, block.start, start, found[0], units)
            if referred is not None:
                subject, by = referred, "referring_subject_parts"
        if subject is top:
            continue
        parts = [
            unit
            for unit in units
            if unit.parent is top
            and unit is not subject
            and (
                found[1] <= unit.evidence_start < end or names_whole(text, unit.name, found[1], end)
            )
            and (subject is None or not is_above(unit, subject))
            and starts_list_item(text, at := _named_at(text, unit, found[1], end), found[1])
            and not _modifies_noun(text, unit, at)
        ]
        if not parts:
            continue
        if found[3] == "parts_name_their_whole" and (
            sum(not post_head(unit.name) for unit in parts) < 2
            or set(name_tokens(found[0])) <= set(name_tokens(top.name))
        ):
            continue  # a whole without a unit noun: two units its parts, and not the agency
        if subject is None:  # a whole the page names only here
            if found[2] is None or len(found[0].split()) < 2:
                continue
            subject = unit_named(
                text,
                found[0],
                found[2],
                top,
                found_by=found[3],
                parent_by=top_parent_by(top),
            )
            units.append(subject)
            by_key[unit_key(subject.name)] = subject
        for unit in parts:
            reparent(unit, subject, by)


# A participle or a relative clause of composition right after a unit's name inside a
# sentence ("the Wick Staff composed of ...", "the Glass Division, including ...", "the Oil
# Division that includes ..."), with the comma before it when there is one.
_NESTED_PARTS = lazy_pattern(
    r"(?P<comma>,)?\s+(?:(?P<clause>(?:which|that)\s+(?:includes?|comprises?|contains?)"
    r"|including)|composed\s+of|consisting\s+of|comprising|comprised\s+of|made\s+up\s+of)"
    r"\s+(?:the\s+)?"
)
_NESTED_PIECES = ("includ", "compos", "consisting", "compris", "made up", "contain")
# A name in title case worded as a unit, the last words before a clause of composition: "the
# Wick Staff", "Glass Division (GD)".
_NESTED_OWNER = lazy_pattern(
    r"(?P<name>[A-Z][\w&’'-]*(?:\s+(?:of|for|and|on|the|&|[A-Z][\w&’'-]*))*)"
    r"(?:\s*\([^()]{1,16}\))?\s*$"
)


@rule("parent", off=[])
def nested_composition(text: str, start: int, end: int) -> list[tuple[str, int, int, bool]]:
    """Inside a sentence that enumerates units, a unit's name followed by a participle or a
    relative clause of composition ("..., the Wick Staff composed of the Trim Staff and the
    Snuff Staff; the Glass Division, including the Pane Unit and the Frame Unit; the Oil
    Division that includes the Can Unit") makes the units named after it, up to the next
    semicolon or the sentence's end, its parts. "including" or "that includes" without a
    comma before it, inside such a list ("the Oil Division including the Can Unit, and the
    Lamp Office"), reaches only to the next comma. Returns each clause's unit name, where
    that name starts, where its parts start and whether the clause is narrow."""
    fragment = text[start:end]
    if not any(piece in fragment for piece in _NESTED_PIECES):
        return []
    found: list[tuple[str, int, int, bool]] = []
    for match in _NESTED_PARTS.finditer(text, start, end):
        owner = _NESTED_OWNER.search(text, max(start, match.start() - 120), match.start())
        if owner is None:
            continue
        name = owner.group("name")
        words = name.split()
        # The name opens after "the", a comma or the start of the list: drop a capitalized
        # sentence opening ("Comprises the ...") that is no part of it.
        while words and words[0] in ("The", "the", "and", "of", "for", "on", "&"):
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2:
            continue
        narrow = not match.group("comma") and bool(
            match.group("clause") or "includ" in match.group()
        )
        found.append((name, owner.end("name") - len(name), match.end(), narrow))
    return found


def nested_parts(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a clause of composition after a unit's name lists under that unit
    (``nested_composition``), when they hang from the page's top unit or beside it; the unit
    is made where the clause names it when the page has not found it."""
    text = page.text
    for _, start, end in page.prose_sentences():
        for name, at, begin, narrow in nested_composition(text, start, end):
            ends = [i for c in (";,\n" if narrow else ";") if (i := text.find(c, begin, end)) >= 0]
            stop = min(ends, default=end)
            key = unit_key(name)
            if key in (unit_key(units[0].name), unit_key(top.name)):
                continue  # the page's own agency: its parts hang from it already
            owner = next((u for u in units[1:] if unit_key(u.name) == key), None)
            parts = [
                unit
                for unit in units[1:]
                if unit is not owner
                and (owner is None or not is_above(unit, owner))
                and unit.parent in (top, owner.parent if owner else top)
                and listed_whole(text, unit.name, begin, stop)
            ]
            if not parts:
                continue
            if owner is None and not worded_as_unit(name):
                continue
            if owner is None:
                owner = unit_named(
                    text,
                    name,
                    at,
                    top,
                    found_by="nested_composition",
                    parent_by=top_parent_by(top),
                )
                units.append(owner)
            for unit in parts:
                reparent(unit, owner, "nested_composition")


# A parenthesis after a name that lists two or more names: "Lamp Services (Wicks, Oil and
# Glass)".
_PARENTHESIZED_LIST = lazy_pattern(r"\((?P<parts>[^()]*,[^()]*)\)")


@rule("parent", off=[])
def parenthesized_parts(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """Inside a sentence that enumerates units, a unit's name followed by a parenthesis that
    lists names ("The divisions include Lamp Services (Wick Supply, Oil Stores and Glass
    Repair), Lighting (Street Lamps, Beacons)") makes the units listed in the parenthesis
    its parts, as a chart's box holds its boxes; a plural before the parenthesis ("three
    Lamp Offices (North, South, East)") names what its members are, not a unit holding them.
    Returns each unit's name, where it starts and the span of its parenthesis."""
    if "(" not in text[start:end]:
        return []
    found: list[tuple[str, int, int, int]] = []
    for match in _PARENTHESIZED_LIST.finditer(text, start, end):
        before = text[max(start, match.start() - 120) : match.start()].rstrip()
        owner = _NESTED_OWNER.search(before)
        if owner is None or not before.endswith(owner.group("name")):
            continue
        words = owner.group("name").split()
        while words and words[0] in ("The", "the", "and", "of", "for", "on", "&"):
            words = words[1:]
        if not words or part_plural(words[-1]):
            continue  # "six Regional Offices (North, South)": the kind of its members
        name = " ".join(words)
        at = max(start, match.start() - 120) + len(before) - len(name)
        found.append((name, at, match.start("parts"), match.end("parts")))
    return found


_THIS_UNIT = lazy_pattern(r"(?:This|That)\s+([A-Za-z]+)")
_AFTER_COMMA = lazy_pattern(r",\s+(?:the\b|[a-z])")


# "This Office maintains the ...", "It is responsible for the management of the ...": a
# subject that refers back to a unit, then a verb of running something (``runs_named_unit``).
_RUNS = lazy_pattern(
    r"\s*(?:\(?\w{1,4}[.)]\s+)?(?:(?P<it>It)|(?:This|The)\s+(?P<noun>[A-Za-z]+))\s+(?:also\s+)?"
    r"(?:maintains|operates|manages|is\s+responsible\s+for\s+the\s+(?:management|operation)\s+of)"
    r"\s+(?:the\s+)?"
)
_RUNS_PIECES = ("maintains", "operates", "manages", "responsible")


@rule("parent", off=None)
def runs_named_unit(text: str, start: int, end: int) -> tuple[str | None, int] | None:
    """ "This Office maintains the Lamp Watch Center, which ...", "It is responsible for the
    management of the Office of Wick Records (OWR), which ...": a sentence whose subject
    refers back to a unit ("It", "This Office", "The Division") and whose verb is one of
    running something ("maintains", "operates", "manages", "is responsible for the
    management of") makes the unit it names right after the verb a part of the unit
    referred to, when nothing placed that unit below the page's top unit. "It" is the unit
    the paragraph named last before the sentence, "This Office" the last office it named. A
    possessive ("It operates the Lamp Office's print room") names no part, nor does a longer
    name that opens with the unit's ("the Lamp Office Annex"). Returns the unit
    noun referred back to (None for "It") and where the named part starts."""
    fragment = text[start:end]
    if not any(piece in fragment for piece in _RUNS_PIECES):
        return None
    match = _RUNS.match(text, start, end)
    if match is None:
        return None
    noun = match.group("noun")
    if noun is not None and noun.lower() not in UNIT_NOUNS:
        return None
    return (noun.lower() if noun else None), match.end()


def run_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the unit a sentence says a unit runs under that unit (``runs_named_unit``)."""
    text = page.text
    for block, start, end in page.prose_sentences():
        found = runs_named_unit(text, start, end)
        if found is None:
            continue
        noun, at = found
        before = [
            u
            for u in units
            if block.start <= u.evidence_start < start
            and u is not top
            and (noun is None or noun in name_tokens(u.name))
        ]
        if not before:
            continue
        subject = max(before, key=lambda u: u.evidence_start)
        for unit in units:
            if unit.parent is not top or unit is subject or is_above(unit, subject):
                continue
            if not text.startswith(unit.name, at):
                continue
            rest = text[at + len(unit.name) : at + len(unit.name) + 60]
            if rest[:1] in ("'", "’") or rest[:1].isalnum():
                continue  # "the Wick Office's print room": a possessive names no part
            following = rest.split(maxsplit=1)
            if rest[:1].isspace() and following and following[0][:1].isupper():
                continue  # "the Wick Center Annex": a longer name than this unit's
            reparent(unit, subject, "runs_named_unit")
