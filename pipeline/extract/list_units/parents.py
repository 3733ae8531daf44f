"""Where a list's items hang: under the item above them (``list_nesting``), the section's
unit (``inside_section``), the unit or agency a lead-in names (``lead_in_names_parent``,
``agency_lead_in``), the subject that supervises them (``supervises_the_following``) or a
name the lead-in gives them to as parts, a unit though no unit noun is in it
(``parts_name_their_whole``)."""

from __future__ import annotations

import re

from pipeline.extract.alignment import initials_match
from pipeline.extract.list_units.common import ListContext, last_sentence
from pipeline.extract.list_units.filters import refers_back
from pipeline.extract.list_units.lead_ins import (
    COUNTED_PLURAL,
    DIVIDED_INTO_VERB,
    FOLLOWING,
    HELD_COUNT,
    MADE_OF_VERB,
    OFFERINGS,
    plural_unit_noun,
)
from pipeline.extract.names import name_tokens
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import person_name
from pipeline.text.vocabulary import (
    CONNECTORS,
    LISTING_NOUNS,
    NATION_NOUNS,
    NOT_BODY_HEADS,
    ORGANIZATION_WORDS,
    PLACE_NOUNS,
    POSITION_WORDS,
    UNIT_NOUNS,
)
from pipeline.text.words import in_singular

_LEAD_PARENT = lazy_pattern(
    r"\b(?:report(?:s|ing)?(?:\s+directly)?\s+to|under|within|of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'&.,-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&.,-]*))*)"
)
# "In the Wick Division's case, the teams are as follows:": the possessor, worded as a unit.
_LEAD_POSSESSOR = lazy_pattern(
    r"(?:^|(?<=[\s,]))(?:(?:In|For|At|On|By|Within|Under)\s+)?(?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&.-]*))*?\s+(?i:"
    + "|".join(sorted(UNIT_NOUNS))
    + r"))['’]s\b"
)
_LEAD_SUBJECT = lazy_pattern(
    r"^(?:The\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&.-]*))*?)"
    r"(?:\s+\([^()]*\))?\s+(?:also\s+)?(?:includes|consists of|comprises(?: of)?"
    r"|is (?:made up|composed|comprised) of|is (?:organized|organised|divided|structured) into"
    r"|oversees|has (?:the following|\w+ (?:offices|divisions|branches|units)))\b"
)


register(
    "list_nesting",
    "parent",
    """An item nested under an item that names a unit (deeper bullet, indentation or outline
    level) is that unit's part.""",
)
register(
    "inside_section",
    "parent",
    """A unit named in a section's list or lines belongs to the unit the section is about.""",
)


def _announces_offerings(lead_in: str) -> bool:
    """Whether a lead-in's last "the following" announces what a unit offers, whatever unit
    it names ("The Wick Division is comprised of four teams that provide the following
    services to the town:"), not its parts as well ("... the following programs and
    offices:", "the following services units:") (``lead_in_names_parent``)."""
    last = max(FOLLOWING.finditer(lead_in), key=lambda match: match.start(), default=None)
    if last is None or last.group("noun").lower() not in OFFERINGS:
        return False
    after = lead_in[last.end() :].split()[:1]
    word = after[0].strip(":;,.").lower() if after else ""
    return word not in ("and", "or", "&") and not plural_unit_noun(word)


# The verbs of supervision: a body "supervises", "oversees" or "directs" the units it leads.
SUPERVISING_VERB = r"supervises?|oversees?|directs?"
# "The Office of the Warden shall supervise the following staff offices:", "The Wick Office
# also directs the following three divisions:": a subject, then a verb of supervision (a
# modal and "also" allowed) before "the following" (``supervises_the_following``).
_SUPERVISING_LEAD = lazy_pattern(
    r"^(?:The\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&.-]*))*?)"
    r"(?:\s+\([^()]*\))?\s+(?:(?:also|shall|will|directly)\s+){0,2}"
    r"(?:" + SUPERVISING_VERB + r")\s+the\s+following\b"
)


@rule("parent", off=False)
def supervises_the_following(subject: str, verb: str, after: str) -> bool:
    """ "The Office of the Warden shall supervise the following staff offices:" and "The
    Assistant Wardens oversees the following departments: Wicks, Oil and Glass.": the subject
    of a verb of supervision ("supervises", "oversees", "directs", with "shall" or "also")
    right before "the following" is the parent of the units listed after it, in the list a
    lead-in opens or after the colon in the sentence itself. The subject is a unit, or a
    position that the page makes a unit of its own (a row); a position the page names
    nowhere else as a unit places nothing, nor does one that "oversees and coordinates" work
    (no enumeration), nor a possessive ("The Warden's staff oversees ..."). For a sentence
    (``composition_subject``'s side), whether the position ``subject`` before ``verb`` and
    the words ``after`` it read so."""
    if "overs" not in verb or not after.lower().startswith("the following"):
        return False
    words = subject.split()
    return (
        0 < len(words) <= 6
        and all(word[:1].isupper() or word in CONNECTORS for word in words)
        and bool(set(name_tokens(subject)) & POSITION_WORDS)
        and "'" not in subject
        and "’" not in subject
    )


@rule("unit", off=None)
def lead_in_names_parent(lead: Block, context: ListContext) -> Unit | None:
    """A lead-in naming the unit the items belong to ("The Administration Branch includes:",
    "The following offices report to the Assistant Secretary:", "CA is organized into the
    following units:", "In the Wick Division's case, the teams are:") makes its items units of
    that unit (a unit of its own when the page
    has not named it yet, and its subject is worded as a unit or an acronym it defines). The
    lead-in may also be a sentence whose subject is the unit and that names the units in the
    plural without a colon ("The Office of Operations oversees several teams that support
    it."). "is comprised of" reads as "is composed of" ("The Wick Branch is comprised of the
    following:"); a lead-in that announces "the following programs" or "services" lists what
    its unit offers, not its parts."""
    last = last_sentence(lead.text)
    colon = lead.text.endswith(":")
    if not colon and not set(re.findall(r"[a-z]+", last.lower())) & LISTING_NOUNS:
        return None
    if _announces_offerings(last):
        return None  # "four teams that provide the following programs:": no units listed
    offset = lead.start + len(lead.text) - len(last)
    # Without a colon only the sentence's subject can own the items: "Press releases about
    # the divisions of the X are posted weekly." says nothing of a list after it.
    patterns = (_LEAD_SUBJECT, _LEAD_PARENT, _LEAD_POSSESSOR) if colon else (_LEAD_SUBJECT,)
    if colon and "following" in last and enabled("supervises_the_following"):
        patterns = (_SUPERVISING_LEAD, *patterns)
    for pattern in patterns:
        for match in pattern.finditer(last):
            name = match.group("name").rstrip(" ,.")
            if refers_back(name):
                continue
            unit = context.resolve(name)
            # A position that supervises is made a unit only by another rule's reading.
            supervising_position = pattern is _SUPERVISING_LEAD and not (
                set(name_tokens(name)) & UNIT_NOUNS
            )
            if unit is None and pattern is not _LEAD_PARENT and not supervising_position:
                unit = context.make(name, offset + match.start("name"))
            if unit is not None:
                return unit
    return None


def _agency_head(name: str) -> str | None:
    """The unit noun a body is called by alone: "Commission" of "National Lamp Commission",
    "Board" of "Board of Lamp Keepers"."""
    words = name.split()
    before_of = words[: words.index("of")] if "of" in words else words
    head = before_of[-1] if before_of else ""
    return head if head.lower() in UNIT_NOUNS else None


def _agency_names(agency: Unit) -> tuple[list[str], str | None]:
    """The patterns a lead-in calls the page's agency by (its name, its acronym, and its head
    noun after "The": "The Commission"), and that head noun (``_agency_head``)."""
    names = [re.escape(agency.name)]
    if agency.acronym:
        names.append(re.escape(agency.acronym))
    head = _agency_head(agency.name)
    if head is not None:
        names.append(r"(?<=The\s)" + re.escape(head))
    return names, head


def _heading_has_head(head: str | None, heading: str | None) -> bool:
    """Whether the heading over a lead-in has the agency's head noun ("The Division has three
    sections:" under a division's heading): the lead-in speaks of that heading's unit."""
    return head is not None and head.lower() in (heading or "").lower().split()


# After the agency's name: an aside in commas (", effective 1 May 2005,"), then a verb of
# composition and "the following" ("consisting of the following", "shall be made up of the
# following", "is divided into the following").
_COMPOSED_OF_THE_FOLLOWING = (
    r"(?:,[^;:]{1,60}?,)?\s+(?:(?:shall|will|is\s+to|to)\s+be\s+|is\s+|are\s+)?"
    r"(?:consisting\s+of|consists?\s+of|comprising|comprises|composed\s+of|made\s+up\s+of"
    r"|divided\s+into|organi[sz]ed\s+into)\s+the\s+following\b"
)


register(
    "agency_lead_in_composed",
    "parent",
    """A lead-in that names the page's agency in mid-sentence right before a verb of
    composition and "the following" ("... restructure the Lamp Department, effective 1 May,
    consisting of the following branches:", "the Bureau shall be made up of the following
    branches, each ...") makes the items after it the agency's parts, with or without a
    colon: a statute's or an order's caption above the list owns none of them (part of
    ``agency_lead_in``).""",
)


@rule("parent", off=None)
def agency_lead_in(lead: Block, context: ListContext) -> Unit | None:
    """A lead-in whose sentence opens with the page's agency, by its name, its acronym or
    "The" and its head noun ("The Commission has seven departments as follows:", "LB
    contains several offices:", "The Board's organization consists of the following
    offices:"), makes the items it lists the agency's parts, though the list stands in the
    section of one of its units. So does a lead-in that names the agency, anywhere in its
    sentence, right before a verb of composition and "the following", with or without a
    colon ("... to restructure the Lamp Department, effective 1 May, consisting of the
    following branches:", "For its purposes the Bureau shall be made up of the following
    branches, each led by a chief."): the heading above it (a statute's caption) is not the
    owner. Not when that section's unit has the same head noun ("The Division has three
    sections:" under a division's heading)."""
    agency = context.agency
    if agency is None:
        return None
    last = last_sentence(lead.text.rstrip()).lstrip()
    names, head = _agency_names(agency)
    opening = None
    if lead.text.rstrip().endswith(":"):
        opening = re.match(r"(?:The\s+)?(?:" + "|".join(names) + r")(?:['’]s)?\b", last)
    if opening is None and enabled("agency_lead_in_composed"):
        if head is not None:
            names.append(r"(?<=the\s)" + re.escape(head))
        opening = re.search(r"\b(?:" + "|".join(names) + r")" + _COMPOSED_OF_THE_FOLLOWING, last)
    if opening is None or _heading_has_head(head, context.heading):
        return None
    return agency


# After the agency that opens a sentence: an acronym or an aside in brackets, an adverb of
# time, then a verb of having, composition or division before the count ("The Lamp Board
# currently has six departments", "LB comprises four divisions").
_HAS_COUNT = lazy_pattern(
    r"(?:\s+\((?P<aside>[^()]*)\))?\s+(?:(?:also|currently|now|presently|today)\s+)?"
    r"(?:has|have|" + MADE_OF_VERB + r"|" + DIVIDED_INTO_VERB + r")\s+"
)
# After the agency named in mid-sentence: an aside in commas, or a comma alone, then "with" and
# the count, which the list after it spells out ("... to confirm the Lamp Department,
# effective 1 May, with four branches as follows:", "... to confirm the Lamp Department, with
# four branches as follows:").
_WITH_COUNT = lazy_pattern(r"(?:,[^;:]{1,60}?,|,)?\s+with\s+")
# A preposition right before the agency named in mid-sentence: the agency is the place or the
# owner of another body the sentence names ("the Wick Secretariat within the Lamp
# Department", "an office under the Lamp Department"), and the "with" after it says that
# body's parts, not the agency's.
_PLACED_BY_PREPOSITION = lazy_pattern(
    r"\b(?:within|under|in|inside|of|to|into|from|for|by|at)\s+(?:the\s+)?$", re.IGNORECASE
)
_AS_FOLLOWS = lazy_pattern(r"\s+as\s+follows\b|\s*:")
# A word in capitals that opens a sentence: an acronym the agency may go by ("LB has ...").
_OPENING_ACRONYM = lazy_pattern(r"(?:The\s+)?(?P<acronym>[A-Z][A-Z&]{1,9})\b")


def _names_a_part(aside: str | None, head: str | None) -> bool:
    """Whether an aside in brackets after the agency names one of its parts by a unit noun
    ("The Lamp Board (Northern Region) has three area offices": the region's offices), not
    the agency again ("(the Board)", "(LB)") or a date."""
    words = re.findall(r"[a-z]+", (aside or "").lower())
    own = head.lower() if head else ""
    return any(
        word != own and (word in UNIT_NOUNS or in_singular(word) in UNIT_NOUNS) for word in words
    )


def _counted_parts_at(sentence: str, at: int, heading: str) -> bool:
    """Whether a count of units starts at ``at``: a count, at most two words that qualify it
    and a plural unit noun ("nine functional departments", "four branches"), whose noun the
    heading over the list does not name (the list of "Regional Offices" under that heading
    belongs to its group)."""
    counted = COUNTED_PLURAL.match(sentence, at)
    if counted is None or not plural_unit_noun(counted.group("noun")):
        return False
    noun = in_singular(counted.group("noun").lower())
    return noun not in {
        in_singular(word) if word.endswith("s") else word
        for word in re.findall(r"[a-z]+", heading.lower())
    }


@rule("parent", off=None)
def agency_counts_its_parts(
    lead: Block, context: ListContext, section: Unit | None = None
) -> Unit | None:
    """A lead-in whose last sentence says the page's agency has a number of units, with or
    without a colon, makes the items it lists the agency's parts, though the list stands in
    the section of a heading above it (a page's topic, "Working at the Lamp Board", or a
    statute's caption): the sentence opens with the agency, by its name, "The" and its head
    noun, its acronym or a word in capitals that spells its name, then has, comprises or is
    divided into a count of units ("The LB has nine functional departments that keep the
    lamps lit.", "The Lamp Board currently comprises four divisions."); or it names the
    agency in mid-sentence, then, after an aside in commas, "with" the count of units the
    list spells out ("... is pleased to confirm the Lamp Department, effective 1 May, with
    four branches as follows:"). A count of what is no unit ("has nine staff", "has four
    programs") places nothing; nor does a count of what the heading over the list names
    ("The Board has five regional offices:" under "Regional Offices": that heading's group),
    nor a sentence under a section whose own unit has the agency's head noun ("The Division
    has three sections." under a division's heading): it is about that unit (as
    ``agency_lead_in``). That unit is the one whose section holds the list, ``section``, as
    well as the nearest heading's: "The Office has three divisions." under "Structure" in the
    section of an "Office of Wick Policy" counts that office's divisions. Nor an aside in
    brackets after the agency that names one of its parts ("The Lamp Board (Northern Region)
    has three area offices": the region's), nor an agency named in mid-sentence after a
    preposition ("the Wick Secretariat within the Lamp Department, with two units as
    follows"): "with" there says the parts of the body the sentence places in the agency."""
    agency = context.agency
    if agency is None:
        return None
    last = last_sentence(lead.text.rstrip()).lstrip()
    names, head = _agency_names(agency)
    heading = context.heading or ""
    if _heading_has_head(head, heading):
        return None
    if (
        section is not None
        and section.name != agency.name
        and _heading_has_head(head, section.name)
    ):
        return None  # the list's section is a unit's other than the agency's
    opening = re.match(r"(?:The\s+)?(?:" + "|".join(names) + r")(?!\w)", last)
    if opening is None:
        acronym = _OPENING_ACRONYM.match(last)
        if acronym is not None and initials_match(acronym.group("acronym"), agency.name):
            opening = acronym
    if opening is not None:
        verb = _HAS_COUNT.match(last, opening.end())
        if (
            verb is not None
            and not _names_a_part(verb.group("aside"), head)
            and _counted_parts_at(last, verb.end(), heading)
        ):
            return agency
    for named in re.finditer(r"(?<!\w)(?:" + "|".join(names) + r")(?!\w)", last):
        if _PLACED_BY_PREPOSITION.search(last, 0, named.start()):
            continue
        with_count = _WITH_COUNT.match(last, named.end())
        if with_count is None:
            continue
        counted = COUNTED_PLURAL.match(last, with_count.end())
        if (
            counted is not None
            and _counted_parts_at(last, with_count.end(), heading)
            and _AS_FOLLOWS.match(last, counted.end())
        ):
            return agency
    return None


# "Lamp Care contains these branches:", "Oil Supply has the following divisions:", "Glass
# Works comprises three sections:": a capitalized name opening the lead-in's last sentence, a
# verb of having, holding or composition, "these", "the following" or a count, at most two
# modifiers and a plural noun, then the colon that closes the lead-in
# (``parts_name_their_whole``). Indian English drops the article ("Stores has following
# sections:"), and many Commonwealth pages capitalize the noun ("the following Divisions:").
_WHOLE_OVER_PARTS = lazy_pattern(
    r"^(?:The\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&.-]*)){0,5}?)"
    r"\s+(?:also\s+)?(?:contains|includes|has|" + MADE_OF_VERB + r"|" + DIVIDED_INTO_VERB + r")"
    r"\s+(?:these|following|" + HELD_COUNT + r")\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z]+s)\s*:\s*$"
)
# Words no whole without a unit noun has (``parts_name_their_whole``, both sides): a unit
# noun (the name is another rule's), a post's, the body's structure, a place's government or
# a country's or a province's ("The Republic of Lampia comprises the following regions:").
_NO_WHOLE_WORDS = UNIT_NOUNS | POSITION_WORDS | ORGANIZATION_WORDS | PLACE_NOUNS | NATION_NOUNS


def names_no_whole(tokens: list[str]) -> bool:
    """Whether a capitalized name without a unit noun (its ``name_tokens``) is none of
    ``parts_name_their_whole``'s wholes: a word of ``_NO_WHOLE_WORDS`` in it, or a last word
    that names what a body runs, issues or marks (``NOT_BODY_HEADS``: "The Annual Operations
    Report contains the following sections:", "The Emergency Operations Plan includes the
    Wick Division and the Oil Division.", "The Lamp Safety Regulations comprise five
    divisions:", "The Rural Electrification Project has the following components:"): its
    sections, divisions or components are a document's parts or a project's work, and the
    units it names are the body's own, not that document's or project's."""
    return bool(set(tokens) & _NO_WHOLE_WORDS) or (bool(tokens) and tokens[-1] in NOT_BODY_HEADS)


def cannot_name_a_whole(name: str) -> bool:
    """Whether a capitalized name without a unit noun is none of ``parts_name_their_whole``'s
    wholes, on both its sides (a lead-in's, a sentence of composition's): a word of
    ``names_no_whole``, a person's name, or a possessive (a part of another's body, "the
    Guild's Lamp Care", or a person's own)."""
    return names_no_whole(name_tokens(name)) or person_name(name) or "'" in name or "’" in name


@rule("unit", off=None)
def parts_name_their_whole(lead: Block, context: ListContext, parent: Unit) -> Unit | None:
    """A lead-in that gives a capitalized name parts by a plural unit noun ("Lamp Care
    contains these branches:", "Oil Supply has the following divisions:", "Glass Works
    comprises three sections:") makes that name a unit, and the items it lists that unit's
    parts, though no unit noun is in its name (a name with one is ``lead_in_names_parent``'s):
    what has branches, divisions or sections is a unit of the body (a page may call its
    groups by their field alone, "Lamp Care", "Supply"), not a topic, and its parts hang
    from it, not from the heading above the list. A name the page has found already is that
    unit; a name new to the page hangs from ``parent``, the unit the list's section is about.
    So does a sentence whose subject, a capitalized name of two words or more, is made of
    ("includes", "consists of", "comprises", "contains") two units or more the page found
    ("Lamp Care includes the Wick and Oil Units.", ``composition_subject``'s side).

    Not read: a name that refers back ("The Division has ...", another rule's), a short name
    the page gives a body in brackets ("The Lamp Office (Lamps) ... Lamps is comprised of the
    following parts:"), a post's title ("Deputy Warden has these units:" places its units
    only where the page makes the post a unit), a person's name, a possessive, a plural noun
    of what a body offers or of people ("has these programs:", "these members:"), the body's
    structure ("The Lamp Organization has these units:"), a place's government ("Lampton
    County has these departments:") or a country's ("The Republic of Lampia comprises the
    following regions:"), a document, a plan, a law or a project ("The Annual Operations
    Report contains the following sections:", ``names_no_whole``), a name whose words are
    all the page's agency's ("Lamp Health has seven divisions:" on the page of the Lamp
    Health Services), which is the agency spoken of, and a name whose words are all those of
    the unit the list's section is about ("Lamp Operations consists of the following
    divisions:" under the heading "Directorate of Lamp Operations"), which is that unit
    spoken of by its field, no unit under it: its parts stay that unit's."""
    if context.make_whole is None:
        return None
    last = last_sentence(lead.text)
    found = _WHOLE_OVER_PARTS.match(last)
    if found is None or not plural_unit_noun(found.group("noun")):
        return None
    name = found.group("name").rstrip(" ,.")
    tokens = name_tokens(name)
    if not tokens or refers_back(name) or cannot_name_a_whole(name):
        return None
    agency = context.agency
    if agency is not None and (
        set(tokens) <= set(name_tokens(agency.name)) or name == agency.acronym
    ):
        return None
    unit = context.resolve(name)
    if unit is not None:
        return None if unit is agency else unit
    if set(tokens) <= set(name_tokens(parent.name)):
        return None  # the section's unit by its field ("Lamp Operations" under its directorate)
    offset = lead.start + len(lead.text) - len(last)
    return context.make_whole(name, offset + found.start("name"), parent)
