"""Enumerations in a unit's section: the driver that reads a section's enumerations of its
unit's parts (``section_enumeration``) and a counted subject's parts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.list_units.builder import listed_type
from pipeline.extract.list_units.common import is_capitalized_name
from pipeline.extract.list_units.lead_ins import (
    DIVIDED_PARTICIPLES,
    DIVISION_VERB,
    HELD_COUNT,
    SUBDIVIDED,
    following_lower_case,
    plural_unit_noun,
)
from pipeline.extract.names import (
    name_tokens,
    names_position_only,
    unit_nouns_only,
    without_acronyms,
)
from pipeline.extract.offices.common import (
    BESIDES,
    DASHED_PARTS,
    DOCUMENT_WORDS,
    FOLLOWING_PARTS,
    LEADS_PARTS,
    MAX_PART_WORDS,
    NAMED_OPENING,
    OPENING_QUOTE,
    PARTS_MARK,
    POSTS,
    RELATIVE_CLAUSE,
    definite_pieces,
    short_form_of,
    unit_key,
    unit_named,
    unit_type,
    worded_as_unit,
)
from pipeline.extract.offices.counted_parts import (
    COMPOSED_COUNT,
    composed_list_end,
    composed_subject_is_body,
    counted_apposition,
    counted_before_verb,
    counted_comma,
    counted_then_named,
    dashed_parts,
    definite_parts_named,
    list_pieces,
    named_after_count,
    parts_listed,
    series_noun_after_last_name,
)
from pipeline.extract.offices.own_parts import (
    counted_paragraph_subjects,
    inline_numbered_parts,
    own_parts,
    own_parts_among_duties,
    placed_in_own_unit,
)
from pipeline.extract.units import Unit, is_above, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LABEL, LIST_ITEM, PARAGRAPH, Block, head_noun
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import CLOSING_QUOTES, CONNECTORS, UNIT_NOUNS
from pipeline.text.words import singular_noun

# An item of an inline list: an optional "the", capitalized words joined by connectors or
# commas, and the acronym in parentheses after them.
_LISTED_NAME = lazy_pattern(
    r"(?:the\s+)?(?P<name>[A-Z0-9][\w&’'/.-]*(?:,?\s+(?:of|for|and|on|in|the|to|&|[A-Z0-9][\w&’'/.-]*))*)"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z&]{1,9})\))?"
)


# A collegial body as the subject right before the verb: what it lists are its members.
_BODY_SUBJECT = lazy_pattern(r"\b(?:Board|Council|Committee|Commission)(?:['’]s)?\s*$")
_CLOSING_QUOTE = "[" + re.escape(CLOSING_QUOTES) + "]"
# A name set in quotes, perhaps after "and" or "the": "“Trimming”", "and ‘Oil Supply’".
_QUOTED_PIECE = lazy_pattern(
    r"\s*(?:(?:and|or)\s+)?(?:the\s+)?"
    + OPENING_QUOTE
    + r"(?P<name>.+?)"
    + _CLOSING_QUOTE
    + r"\s*\Z"
)


def _unquoted(piece: str) -> str:
    """An apposed name without the quotes set around it ("“Trimming”" is Trimming)."""
    quoted = _QUOTED_PIECE.match(piece)
    return quoted.group("name") if quoted is not None else piece


def _subject_is_owner(page: PageLayout, start: int, end: int, owner: Unit) -> bool:
    """Whether a sentence's subject, the words from ``start`` to ``end``, is ``owner``: "It",
    "The division" (a unit noun), ``owner``'s name or a name holding its words or held in
    them ("The Wick Care Division", "Wick Care"), or its short form ("Soot Yard" for the Soot
    Yard Division) (``counted_apposition``); or no words, a sentence that opens with what
    is said of the section's unit ("One of three divisions, namely ...")."""
    before = page.text[start:end]
    if not before.strip():
        return True
    pronoun = re.match(r"\s*(?:It|(?:The|This)\s+(?P<noun>[a-z]+))\s+[a-z]", before)
    if pronoun is not None:
        return pronoun.group("noun") is None or pronoun.group("noun") in UNIT_NOUNS
    opening = re.match(r"\s*(?:The\s+)?", before)
    begin = start + (opening.end() if opening else 0)
    phrases = page.phrases(begin, end)
    if not phrases or phrases[0].start != begin:
        return False
    name = phrases[0].text
    key, own = unit_key(name), unit_key(owner.name)
    return bool(key) and (key <= own or own <= key or short_form_of(name, [owner]) is not None)


def _other_subject(page: PageLayout, start: int, end: int, owner: Unit) -> bool:
    """Whether the words before a sentence's enumeration name a unit other than ``owner``
    ("The Office of X is divided into three teams: ..." lists that office's parts). A unit
    noun alone ("Reporting to the Department are ...") is the owner named again, and so is a
    name that holds the owner's words or is held in them ("The Wick Department" in the
    section "Wick")."""
    own = unit_key(owner.name)
    for phrase in page.phrases(start, end):
        words = [w for w in name_tokens(phrase.text) if w not in CONNECTORS]
        if phrase.start == start and words and words[0] not in UNIT_NOUNS:
            words = words[1:]  # the sentence's capitalized opening word: "Reporting to ..."
        key = unit_key(" ".join(words))
        if len(words) > 1 and set(words) & UNIT_NOUNS and not (key <= own or own <= key):
            return True
    return False


def _numbered_parts(page: PageLayout, block: Block, owner: Unit) -> list[Unit]:
    """The units a paragraph's numbered run names (``inline_numbered_parts``), parts of
    ``owner``."""
    return [
        unit_named(
            page.text,
            name,
            at,
            owner,
            found_by="inline_numbered_parts",
            parent_by="inline_numbered_parts",
            is_group=False,
        )
        for name, at in inline_numbered_parts(page.text, block.start, block.end)
    ]


def section_enumeration(
    page: PageLayout,
    blocks: list[Block],
    owner: Unit,
    *,
    counted_only: bool = False,
    agency: Unit | None = None,
    agency_names: Sequence[str] = (),
) -> list[Unit]:
    """ "The Department consists of four Divisions: A, B, and C" in a unit's own section names
    that unit's parts, whatever their names' words: the sentence calls them divisions
    (the section's side of ``enumerated_units``), also when the sentence names the page's
    agency as their owner."""
    if not enabled("enumerated_units"):
        return []
    text = page.text
    parts: list[Unit] = [] if counted_only else counted_paragraph_subjects(page, blocks, owner)
    for block in blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM, LABEL):
            continue
        # The colon (or dash) every "consists of four Divisions: ..." needs (a short sentence
        # before it reads as a label: "The Department has three divisions: A, which ...").
        outline = block.kind == LIST_ITEM and enabled("outline_item_enumeration")
        # "three divisions namely; A, B and C": "namely" stands for the colon.
        marked = (
            (block.kind in (PARAGRAPH, LABEL) or outline) and any(c in block.text for c in ":–—-")
        ) or (block.kind == PARAGRAPH and PARTS_MARK.search(block.text) is not None)
        if block.kind == PARAGRAPH:
            parts += _numbered_parts(page, block, owner)
        before: tuple[int, int] | None = None  # the sentence before, for "They are: ..."
        previous: tuple[int, int] | None = None
        for start, end in page.sentences(block.start, block.end):
            earlier, previous, before = previous, before, (start, end)
            subject_start = start  # where the sentence that holds the list's subject starts
            if not counted_only:
                own = own_parts(page, start, end, owner)
                parts += (
                    own
                    or own_parts_among_duties(page, start, end, owner)
                    or placed_in_own_unit(page, start, end, owner)
                )
            found = parts_listed(text, start, end) if marked and not counted_only else None
            if found is None and marked and counted_only:
                # a list between dashes names its units under any heading (``dashed_parts``)
                dashed = dashed_parts(text, start, end)
                found = (dashed, None) if dashed is not None else None
            if found is None and marked and not counted_only and previous is not None:
                found = counted_then_named(text, previous[0], end)
                if found is not None:
                    subject_start = previous[0]  # the count's sentence is the subject
            agreeing = after_count = False
            if found is None and not counted_only and previous is not None:
                first = (earlier or previous)[0]
                found = named_after_count(text, first, start, end)
                agreeing = after_count = found is not None
                if found is not None:  # the count's sentence holds the subject, as above
                    counted_in_previous = found[0].start() >= previous[0]
                    subject_start = previous[0] if counted_in_previous else first
            if found is None and block.kind in (PARAGRAPH, LABEL):
                found = counted_before_verb(text, start, end)
                agreeing = found is not None
            if found is None and block.kind in (PARAGRAPH, LABEL):
                found = counted_comma(text, start, end)  # "two Sections, A and B."
                agreeing = found is not None
            apposed = False
            if found is None and block.kind in (PARAGRAPH, LABEL):
                found = counted_apposition(text, start, end)  # "Its seven divisions A, ..."
                agreeing = apposed = found is not None
            definite = False
            if found is None and block.kind in (PARAGRAPH, LABEL):
                named = definite_parts_named(text, start, end)
                found = (named, None) if named is not None else None
                definite = found is not None
                if named is not None:
                    subject_start = named.start()  # "The divisions": the section's unit
            if found is None:
                continue
            match, count = found
            if match.re is COMPOSED_COUNT and not composed_subject_is_body(
                text[subject_start : match.start()], owner.name
            ):
                continue  # "The academic year is made up of three terms: ...": no body
            if block.kind == LIST_ITEM and count is None:
                continue  # "A Regional Director's duties include: Directing ...": no count
            holder = owner  # the unit whose parts the sentence lists
            among = apposed and match.group("among") is not None  # "one of four divisions"
            if not among and _other_subject(page, subject_start, match.start(), owner):
                subject = counted_parts_subject(page, subject_start, match.start(), count, owner)
                # "The Lamp Department includes three divisions: ..." naming the page's agency:
                # the section's unit's parts, not lost
                named_agency = agency is not None and _agency_enumerates(
                    text[subject_start : match.end()], agency_names
                )
                if subject is None and not after_count and not named_agency:
                    continue
                # "They are ..." with no colon: the section's unit when the subject names none
                holder = subject or owner
            stop = end
            if (match.groupdict().get("mark") or ":") != ":":  # "– a, b and c –": up to the dash
                closing = re.compile(r"\s" + re.escape(match.group("mark").strip()) + r"\s")
                close = closing.search(text, match.end(), end)
                stop = close.start() if close is not None else end
            listed = text[match.end() : stop].rstrip(" .;")
            if match.re is COMPOSED_COUNT:
                # any plural noun after a verb of composition: only a list that agrees with
                # its count, up to the clause after it (``counted_parts_any_noun``)
                listed, agreeing = composed_list_end(listed), True
            besides = _BESIDES_AFTER_LIST.search(listed) if count is not None else None
            if besides is not None and enabled("counted_parts_besides"):
                # "...; and C, along with the Soot Bureau": the counted list ends at "C"
                listed = listed[: besides.start()]
            noun = match.groupdict().get("noun")
            joined: list[str] = []  # "... C units and the D": a part beside the counted ones
            if count is not None and noun and not definite:
                # "five units namely A, B and C units and the D": the noun the names share
                shared = series_noun_after_last_name(
                    listed, noun, count, text[match.end("count") : match.start("noun")]
                )
                if shared is not None:
                    listed, after = shared
                    joined = [after] if after else []
            cursor = match.end()
            pieces = definite_pieces(listed) if definite else list_pieces(listed, count)
            if apposed:
                pieces = [_unquoted(piece) for piece in pieces]  # "“Trimming”, Oil and Glass"
            if agreeing and (
                len(pieces) != count
                or not all(re.sub(NAMED_OPENING, "", p).strip()[:1].isupper() for p in pieces)
            ):
                continue  # a verb, not a colon: only a list that agrees with its count
            if match.re is COMPOSED_COUNT and any(
                names_position_only(re.sub(NAMED_OPENING, "", p).strip()) for p in pieces
            ):
                continue  # "two posts: Chief Warden and Deputy Warden": no parts
            if apposed and not all(
                is_capitalized_name(without_acronyms(re.sub(NAMED_OPENING, "", p).strip()))
                for p in pieces
            ):
                continue  # "The two divisions Wick and Oil share a yard": a clause, no names
            if block.kind == LIST_ITEM and count is not None:
                pieces = pieces[:count]  # "... Center in St. Louis, Mo.": the count's items
            pieces = [*pieces, *joined]  # past the count's checks: no counted part
            # A counted list names parts whatever their case ("four divisions – operations,
            # engineering and finance"), when its items are about as many as it counts.
            any_case = count is not None and count <= len(pieces) <= count + 1
            # "The Department of Lamps has four divisions: ..., Wick Standards" under the Office
            # of Wick Standards: the subject is above the section's unit, beside it the rest.
            # A subject above it already stays.
            above = not is_above(holder, owner) and _lists_owner(pieces, owner)
            if above:
                if owner.parent is None:
                    continue
                reparent(holder, owner.parent)
                pieces = [piece for piece in pieces if not _lists_owner([piece], owner)]
            # "The Wick Division is one of four divisions, namely Wick, ...", "It works in one
            # of three divisions, namely ...": the section's unit is among the bodies named,
            # beside them under its own parent, and the one named that is itself is dropped
            peers = among and _subject_is_owner(page, subject_start, match.start(), owner)
            if peers and owner.parent is None:
                continue
            if peers and owner.parent is not None:
                holder = owner.parent
                pieces = [piece for piece in pieces if not _lists_owner([piece], owner)]
            elif holder is owner and agreeing and not among and enabled("short_form_subject"):
                # "Oil Services is organized into two Sections, ..." after the Oil Services
                # Division was listed: the subject is that unit (``short_form_subject``)
                holder = _short_form_subject(page, subject_start, match.start(), parts) or owner
            elif holder is not owner:
                parts.append(holder)  # the subject, ahead of the parts that hang from it
            finder = (
                "inline_colon_list"
                if match.re in (FOLLOWING_PARTS, LEADS_PARTS, DASHED_PARTS)
                else "counted_apposition"
                if apposed
                else "counted_parts_any_noun"
                if match.re is COMPOSED_COUNT
                else "enumerated_units"
            )
            # "The Lamp Board consists of: the Chief Warden, ...": a board's members.
            members = _BODY_SUBJECT.search(text, subject_start, match.start()) is not None
            for number, piece in enumerate(pieces, 1):
                offset = text.index(piece, cursor) if piece else cursor
                cursor = offset + len(piece)
                name = re.sub(r"^\s*(?:(?:and|or)\s+)?(?:the\s+(?=[A-Z]))?", "", piece).strip()
                last = number == len(pieces)
                clause = (
                    RELATIVE_CLAUSE.search(name)
                    if last and enabled("clause_after_last_part")
                    else None
                )
                if clause is not None:
                    name = name[: clause.start()]
                    if plural_unit_noun(name.split()[-1] if name else ""):
                        continue  # "the A and B Sections which ...": a noun the two share
                acronym = None
                lower_case = False
                if finder == "inline_colon_list":
                    # "the Wick Office (WO), which trims wicks", "Oil Supply (under review)":
                    # the name is the run of capitalized words, with the acronym after it.
                    named = _LISTED_NAME.match(name)
                    if named is None:
                        # "the following departments: finance department, gas, ...": a name
                        # in lower case, announced as a unit (``following_lower_case``)
                        # "the department of lamps": one unit after "the" (not "the regional
                        # offices in each county", a description of units in the plural)
                        one = not any(plural_unit_noun(w) for w in re.findall(r"[a-z]+", name))
                        bare = re.sub(r"^the\s+", "", name) if one else name
                        lower_case = match.re is FOLLOWING_PARTS and following_lower_case(
                            bare, text, text.index(bare, offset)
                        )
                        if not lower_case:
                            continue
                        name = bare
                    else:
                        name, acronym = named.group("name"), named.group("acronym")
                    if members and names_position_only(name):
                        continue
                if (
                    not name
                    or len(name.split()) > MAX_PART_WORDS
                    or not (name[:1].isupper() or (any_case and name[:1].isalpha()) or lower_case)
                ):
                    continue
                begin = text.index(name, offset)
                name_end = begin + len(name)
                if lower_case and "\n" in name:
                    name = " ".join(name.split())  # its words across a line's end, one line's
                kind = unit_type(text, name, [], is_group=False)
                parts.append(
                    Unit(
                        name,
                        acronym,
                        kind if worded_as_unit(name) else listed_type(match.group("noun")) or kind,
                        None,
                        None,
                        begin,
                        name_end,
                        holder,
                        found_by=finder,
                        parent_by="counted_apposition" if apposed else "enumerated_units",
                        listed_noun=match.groupdict().get("noun") or None,
                    )
                )
    return parts


def _agency_enumerates(before: str, names: Sequence[str]) -> bool:
    """Whether the sentence before an enumeration names the page's agency as the subject of
    its count or as what the parts stand under ("The Lamp Department (LD) has three
    branches: ..."): such parts, in a unit's section, are kept as that section's unit's."""
    names = [name for name in names if name and unit_nouns_only(name) is None]
    if not names:
        return False
    # "National Lamp\nDepartment": a name's words may be parted by any space, a line end too
    agency = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    named = r"(?:the\s+)?(?:" + agency + r")" + _ACRONYM_AFTER
    # The verb right before the count or "the following" ("The LD has three branches:"), not
    # an auxiliary ("The LD has established the following sections within the Wick Office:")
    # nor another clause's verb ("The LD includes the Wick Office, which consists of ...").
    subject = re.match(
        r"\s*(?:The\s+)?(?:"
        + agency
        + r")(?:"
        + _SUBJECT_VERB
        + r"|"
        + _ACRONYM_AFTER
        + r"\s+(?:also\s+)?(?:includes?|contains?|"
        + DIVISION_VERB
        + r"))\s+(?:"
        + HELD_COUNT
        + r")\b",
        before,
    )
    if subject is not None:
        return True
    # "... under the Lamp Department, namely;", "... within the LD:", "... under the Lamp
    # Department (LD), namely"
    return (
        re.search(
            r"\b(?:under|within)\s+" + named + r"\s*,?\s*(?::|[–—-]|namely\b|viz\.)\W*\Z",
            before,
        )
        is not None
    )


register(
    "clause_after_last_part",
    "unit",
    """A clause about the parts after the last one an enumeration lists ("four divisions: Wick
    Care, Glass Care, Oil Supply, and Lamp Posts that work together to keep the lamps lit",
    or after a comma: "..., and Lamp Posts, that work together.") is no part of that last
    name, nor a part of its own: the name ends before "that", "which" or "who", in a series
    after a verb of composition ("is made up of A, B, and C that ...", read so before this
    rule had a name) as after a count and a colon. A last name that ends in a plural unit
    noun once its clause is cut ("two sections: the Wick and Oil Sections which ...") is the
    noun the last two share, no name of its own (left to the readers of shared nouns).""",
)


def _lists_owner(pieces: list[str], owner: Unit) -> bool:
    """Whether a list names ``owner`` among its items (its words held in the item's or the
    item's in its own): the list's subject is then a body above ``owner``, not a part of it,
    and that item is ``owner`` again (``counted_parts_subject``)."""
    own = unit_key(owner.name)
    for piece in pieces:
        key = unit_key(re.sub(r"^\s*(?:(?:and|or)\s+)?(?:the\s+)?", "", piece))
        if key and (key <= own or own <= key):
            return True
    return False


# An acronym in parentheses after a name ("the Lamp Department (LD)").
_ACRONYM_AFTER = r"(?:\s+\([A-Za-z&.-]{2,12}\))?"
# What stands between a sentence's subject and the count of its parts: a verb of
# composition ("consists of", "comprises", "is divided into", "has"), "the following".
_SUBJECT_VERB = (
    _ACRONYM_AFTER + r"\s+(?:also\s+)?(?:consists?\s+of|comprises?(?:\s+of)?"
    r"|(?:is|are)\s+(?:made\s+up|composed|comprised)\s+of"
    r"|(?:is|are)\s+(?:" + DIVIDED_PARTICIPLES + r"|" + SUBDIVIDED + r")\s+into|has|have)"
)
_SUBJECT_THEN_COUNT = lazy_pattern(_SUBJECT_VERB + r"\s+\Z")


@rule("unit", off=None)
def counted_parts_subject(
    page: PageLayout, start: int, count_start: int, count: int | None, owner: Unit
) -> Unit | None:
    """In a unit's section, a sentence whose subject is a capitalized name other than the
    unit's and whose verb of composition counts the subject's parts before listing them
    ("The Wick Supply Directorate consists of three divisions namely; Oil Yard, Glass Works
    and Soot Care", "The Lamp Bureau has two sections: ...") names a unit, a part of the
    section's unit, and its parts: a body made of divisions is a unit, whatever its name's
    last word, unless that name's head noun is a post's or a document's ("The Director of the
    Oil Office has two divisions: ...", "The Lamp Act is divided into three divisions: ..."),
    or the body lists the section's unit among its parts (it is above that unit: it stands
    where that unit does, and its other parts under it). Before, the list was left out as
    some other unit's, its parts lost. Returns that unit (its parts are hung from it by the
    caller), or None where the sentence's words before the verb are not one name opening
    the sentence, or nothing is counted."""
    if count is None:
        return None
    text = page.text
    opening = re.match(r"\s*(?:The\s+)?", text[start:count_start])
    begin = start + (opening.end() if opening else 0)
    for phrase in page.phrases(begin, count_start):
        if phrase.start != begin:
            continue
        if not _SUBJECT_THEN_COUNT.match(text[phrase.end : count_start]):
            return None
        if not is_capitalized_name(phrase.text) or len(phrase.text.split()) > MAX_PART_WORDS:
            return None
        # "The Director of the Oil Office has three divisions", "The Wick Manual consists of
        # three sections": a post's parts or a document's, whatever unit the name holds ("a
        # Survey" may be an agency: "The Lamp Survey consists of three divisions").
        head = head_noun(tuple(name_tokens(phrase.text))) or ""
        if head in POSTS or singular_noun(head) in DOCUMENT_WORDS - {"survey"}:
            return None
        return unit_named(
            text,
            phrase.text,
            phrase.start,
            owner,
            found_by="counted_parts_subject",
            parent_by="enumerated_units",
            is_group=False,
        )
    return None


def _short_form_subject(page: PageLayout, start: int, end: int, units: list[Unit]) -> Unit | None:
    """The unit of ``units`` that a sentence's opening name, its subject, names without its
    unit noun ("Oil Services ..." for the Oil Services Division), or None."""
    opening = re.match(r"\s*(?:The\s+)?", page.text[start:end])
    begin = start + (opening.end() if opening else 0)
    phrases = page.phrases(begin, end)
    if not phrases or phrases[0].start != begin:
        return None
    return short_form_of(phrases[0].text, units)


# Where a list the count announces ends when a word that adds more parts closes it: "...; and
# C, along with the Soot Bureau" (the last counted name is "C").
_BESIDES_AFTER_LIST = lazy_pattern(r"[,;]\s+" + BESIDES + r"\s+(?=(?:(?:the|an?)\s+)?[A-Z])")
