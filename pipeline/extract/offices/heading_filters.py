"""Filters on headings that are not units: leadership, group and plural post headings,
topics in sentence case, legal and report captions, a code's outline over its section,
status, record and apparatus headings, staffing and structure headings, generic section
headings, a heading among topics, and the contents of page furniture."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.acronyms import is_acronym
from pipeline.extract.alignment import initials_match
from pipeline.extract.list_units.filters import refers_back
from pipeline.extract.list_units.lead_ins import referring_lead_in
from pipeline.extract.names import (
    REFERRING_WORDS,
    content_tokens,
    name_tokens,
    noun_before_of,
    worded_as_a_unit,
)
from pipeline.extract.offices.common import (
    AGENCY_WORDS,
    COUNTS,
    GROUP_NOUNS,
    OUR,
    POSTS,
    SECTION_FINDERS,
    WORD,
    names_a_unit,
    opening_unit_noun,
    unit_opening,
    words_before_preposition,
)
from pipeline.extract.offices.heading_runs import structure_section
from pipeline.extract.root.agency_phrases import agency_name_from_noun
from pipeline.extract.root.common import BODY_NOUNS, ends_in_body
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import (
    PARAGRAPH,
    PREPOSITIONS,
    SECTION_NUMBER,
    Block,
    document_division_heading,
    head_noun,
    is_noise,
    printed_line,
)
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, Section, clause_heading, is_furniture
from pipeline.text.vocabulary import (
    BUSINESS_NOUNS,
    CONNECTORS,
    DUTY_HEADS,
    NUMBER_WORDS,
    ORGANIZATION_WORDS,
    POSITION_WORDS,
    PRONOUNS,
    SECTION_WORDS,
    TOPIC_OF_HEADS,
    UNIT_NOUNS,
)
from pipeline.text.words import SPACED_DASH, plural_word, singular_noun

_ABOUT_WORDS = SECTION_WORDS | PRONOUNS | CONNECTORS | {"home"}


_LEADERSHIP_WORDS = frozenset({"leadership", "executive", "senior", "management", "support"})


def _leadership_group(section: Section) -> bool:
    """ "Leadership team", "Executive Team and support staff": the people who lead, whose
    positions are listed under it, not a unit of its own."""
    tokens = content_tokens(section.heading.text)
    return (
        bool(tokens & {"team", "staff"})
        and bool(tokens & _LEADERSHIP_WORDS)
        and tokens <= (_LEADERSHIP_WORDS | {"team", "staff", "teams"} | SECTION_WORDS)
    )


@rule("filter", off=False)
def leadership_heading(heading: str) -> bool:
    """A heading made of "leadership" and words of rank ("Executive Leadership", "Senior
    Leadership", "Senior Management Leadership") heads the leaders listed under it, not a
    body: a leadership team or staff is one ("Executive Leadership Team", read by
    ``_leadership_group`` as a group of posts where it lists them), but leadership alone
    is who leads."""
    tokens = content_tokens(heading)
    return (
        "leadership" in tokens and len(tokens) >= 2 and tokens <= _LEADERSHIP_WORDS | {"leadership"}
    )


register(
    "leadership_head_noun",
    "filter",
    """A heading whose head noun, its last word, is "leadership", after words that say whose
    or which leadership it is, a name, an adjective or two joined by "and" ("Wick
    Leadership", "Departmental Leadership", "Central and Regional Leadership", "Lampton
    Leadership:"), titles the people who lead, listed or told of under it, as "Senior
    Leadership" does (words of rank alone are ``leadership_heading``'s): it is no body, and
    the units under it are the unit's above. Leadership that closes a list of fields after
    "and", "&", "/" or a comma ("Wick Rules and Leadership", "Wick Education & Leadership")
    is a field of work a unit is named for; one after a preposition ("Institute of Lamp
    Leadership", "Centre for Leadership") is a unit's field, and a unit noun or a post among
    its words ("Wick Division Leadership") is read by the other rules. A heading its own
    text calls a unit, its words then a unit noun or a unit noun then "of" and its words
    ("School Leadership" over "The School Leadership Branch trains principals", "Women's
    Leadership" over "The Directorate of Women's Leadership ..."), is a unit named for its
    field, as "Educational Leadership" or "Clinical Leadership" often is: it stays one, and
    its units stay under it (a team, staff or group so named is still who leads).""",
)
# "leadership" that ends a heading, and the same after a word joining fields of work.
_LEADERSHIP_END = lazy_pattern(r"(?i)\bleadership\W*$")
_LEADERSHIP_FIELD = lazy_pattern(r"(?i)(?:\band|&|,|/)\s*leadership\W*$")


def _leaders_heading(heading: str) -> bool:
    """Whether ``heading`` ends in "leadership" after words saying whose (part of
    ``leadership_head_noun``)."""
    if not enabled("leadership_head_noun") or not _LEADERSHIP_END.search(heading):
        return False
    if _LEADERSHIP_FIELD.search(heading):
        return False  # "Wick Rules and Leadership": a field among the unit's fields
    words = name_tokens(heading)
    if len(words) < 2 or words[-1] != "leadership":
        return False
    if set(words) <= _LEADERSHIP_WORDS | {"leadership", "and"}:
        return False  # "Senior Leadership": words of rank, ``leadership_heading``'s
    singular = {singular_noun(w) for w in words}
    return not (set(words) | singular) & (PREPOSITIONS | _BODY_WORDS)


# Unit nouns that name a body, not the people who lead ("Wick Leadership Team" is them).
_CALLED_UNIT_NOUNS = UNIT_NOUNS - {"team", "staff", "group", "program", "network", "offices"}


def _called_a_unit(section: Section) -> bool:
    """Whether the paragraphs under ``section`` write its heading with a unit noun after it
    ("The School Leadership Branch") or before it and "of" ("Directorate of Women's
    Leadership"): the text calls it a unit (part of ``leadership_head_noun``)."""
    words = section.heading.text.strip().rstrip(":.").split()
    if not words:
        return False
    name = r"\s+".join(re.escape(word) for word in words)
    nouns = "|".join(sorted(_CALLED_UNIT_NOUNS))
    called = re.compile(
        rf"(?i)(?<![\w'’-]){name}\s+(?:{nouns})\b|\b(?:{nouns})\s+of\s+(?:the\s+)?{name}\b"
    )
    return any(called.search(b.text) for b in section.body if b.kind == PARAGRAPH)


_GROUP_PREPOSITIONS = PREPOSITIONS | {"under", "within"}


register(
    "group_heading_participle",
    "filter",
    """A heading whose plural unit noun is followed by a participle in "-ed" or "-ing" and a
    preposition ("Departments Supervised by the County Warden", "Offices Reporting to the
    Director", "Units Located in Lampton") groups the units listed under it, as one followed
    by the preposition alone does ("Offices under the Director"): the participle ends the
    heading's head as the preposition does, and the head decides (a singular unit noun,
    "Lamp Office Located in Lampton", names one office). A participle with no preposition
    after it belongs to a name ("Offices Serving Rural Lamps").""",
)
# A regular participle, which with a preposition after it ends a heading's head.
_HEADING_PARTICIPLE = lazy_pattern(r"[a-z]{3,}(?:ed|ing)")


def _group_words(heading: str) -> list[str]:
    """The words of a heading up to its first preposition, or with
    ``group_heading_participle`` a participle before one."""
    words: list[str] = []
    participles = enabled("group_heading_participle")
    tokens = name_tokens(heading)
    for index, word in enumerate(tokens):
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word in _GROUP_PREPOSITIONS:
            break
        if (
            participles
            and words
            and after in _GROUP_PREPOSITIONS
            and _HEADING_PARTICIPLE.fullmatch(word)
        ):
            break
        words.append(word)
    return words


def _plural_group(section: Section) -> bool:
    """A heading whose head noun is a plural unit noun ("Program Offices", "Advisory groups",
    "Agencies and websites", "Organisations under the Department") over the units it lists
    and no prose of its own groups them; it is not one. A lead-in to its list ("These
    committees advise the minister:") is not prose about the heading; prose that describes
    it ("These bureaus advise the regions.") makes it a unit. A heading that counts them
    over a lead-in to their list ("3 main groups within the LB", then "Our work is done by
    our 3 main groups:") is a group whatever prose follows the list."""
    heading = section.heading.text
    words = [w for w in _group_words(heading) if w not in CONNECTORS - {"and"}]
    if not words:  # "Under the Director": a heading that opens with its preposition
        return False
    heads = {w for w, after in zip(words, [*words[1:], "and"], strict=True) if after == "and"}
    leads = [b.kind == PARAGRAPH and b.text.rstrip().endswith(":") for b in section.body]
    counted = [w for w in words if w not in OUR]
    if any(leads) and (counted[0].isdigit() or counted[0] in COUNTS):
        return bool(heads & GROUP_NOUNS)
    if heads & GROUP_NOUNS and _counts_its_units(section, heads & GROUP_NOUNS):
        return True
    body = zip(section.body, leads, strict=True)
    prose = any(block.kind == PARAGRAPH and not lead for block, lead in body)
    if _referred_group(section, heads - {"and"}):
        return True
    return bool(heads - {"and"}) and bool(heads & GROUP_NOUNS) and not prose


register(
    "referred_group_heading",
    "filter",
    """A heading in the plural ("Lamp services", "Guilds of Wicks") over no prose but a
    lead-in that refers back to the body's own groups ("Our Lamp Services keep the hall lit.
    They include:", ``referring_lead_in``) and the list it opens names the group those
    units make up, as a heading of a plural unit noun does ("Offices"): it is no unit, and
    the listed units stand under the heading's owner. A link's line after the list ("«
    Back to the lamps") is no prose; a heading with a paragraph of its own about the group
    is a unit, and so is one whose head is a singular in "-s" ("Wick Analysis", "Lamp
    Status": ``plural_word``).""",
)


# The marks a link's line may open with before its words: "« Back to the lamps".
_LEADING_MARKS = lazy_pattern(r"^[^\w(]+")


def _referred_group(section: Section, heads: set[str]) -> bool:
    """Whether a heading whose head nouns are ``heads`` is plural over a lead-in of
    ``referring_lead_in`` (``referred_group_heading``)."""
    if not heads or not all(plural_word(word) for word in heads):
        return False
    if not enabled("referred_group_heading") or not enabled("referring_lead_in"):
        return False
    paragraphs = [block.text for block in section.body if block.kind == PARAGRAPH]
    leads = [text for text in paragraphs if referring_lead_in(text)]
    others = [text for text in paragraphs if text not in leads]
    return bool(leads) and all(is_noise(_LEADING_MARKS.sub("", text)) for text in others)


register(
    "counted_group_heading",
    "filter",
    """A heading whose head noun is a plural unit noun ("Wick Offices", "Glass
    Divisions") over prose that counts its units by that noun ("Three research divisions at
    the Lamp Board manage ...", "The staff is organized into four units/offices.") groups
    the units it goes on to name: the prose counts the parts, it describes no one body, and
    the units stand under the heading's owner. Prose that counts them by the heading's own
    capitalized name ("Each of the three Glass Divisions is ...") speaks of the group as a
    body: it stays a unit.""",
)
# A count of parts ("three research divisions", "4 units/offices"): a number, then its words
# in lower case (the common noun; "the three Operations Divisions" names the group itself).
_COUNT_OF_PARTS = lazy_pattern(
    r"\b(?i:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+"
    r"(?P<words>[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,3})"
)


def _counts_its_units(section: Section, nouns: set[str]) -> bool:
    """Whether a paragraph of the section counts its units by the heading's plural noun
    (``counted_group_heading``)."""
    if not enabled("counted_group_heading"):
        return False
    for block in section.body:
        if block.kind != PARAGRAPH:
            continue
        for match in _COUNT_OF_PARTS.finditer(block.text):
            # the plural noun within four words of the count, qualified by up to three
            words = [set(w.split("/")) for w in match.group("words").lower().split()]
            if any(word & nouns for word in words):
                return True
    return False


def _about_the_body(heading: str, owner: Unit) -> bool:
    """ "Members", "Minutes", "Audit committee meetings" under the Audit Committee: a heading
    whose head noun names a body's business and whose unit nouns are the body's own (part of
    ``generic_section_heading``)."""
    words = words_before_preposition(heading)
    if not words or words[-1] not in BUSINESS_NOUNS:
        return False
    return set(words) & UNIT_NOUNS <= set(name_tokens(owner.name))


# Nouns beyond the unit nouns that name a body or its people in a heading ("Audit and risk
# committee", "Capability leads"), singular or plural.
_BODY_WORDS = UNIT_NOUNS | POSITION_WORDS | {"committee", "authority", "panel", "lead"}


@rule("filter", off=False)
def sentence_case_topic(heading: str) -> bool:
    """A heading in sentence case (a lower-case word after its first: "Civil matters",
    "Recent procedural changes", "Main functions of the LS", "1 July 2015: Wick office
    opened") that holds no unit noun, position or body and joins no areas ("Finance, risk and
    procurement", a unit's functions) names a topic of the page: a unit's name is a proper
    name."""
    words = WORD.findall(heading)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    later = [w for w in words[1:] if w.lower() not in CONNECTORS]
    if not any(w[:1].islower() for w in later):
        return False
    if re.search(r",|&|\band\b", heading):
        return False
    tokens = {w.lower().rstrip("s") for w in words} | {w.lower() for w in words}
    return not tokens & _BODY_WORDS


# The opening of a section's text that calls the heading's body by a unit noun: "The
# Directorate is ...", "This bureau trims ...", "The headquarters in Lampton keeps ...".
_CALLED_A_UNIT = unit_opening("The", "This", "Our")

register(
    "text_calls_heading_a_unit",
    "filter",
    """A heading in sentence case ("Wick inspection", "Lampton headquarters") whose
    text opens by calling its subject by a unit noun after "The", "This" or "Our" ("The
    Directorate is a coordination unit for wick care.", "This bureau trims ...", "The
    headquarters in Lampton keeps the stores.") names a unit, not a topic:
    ``sentence_case_topic`` does not drop it. A topic's text opens with what the topic is
    ("Recent wick shortages" / "Shortages of wicks were ...") or names a unit by its full
    name ("The Soot Removal Service cleans ..."), a capital after the article.""",
)


def text_calls_heading_a_unit(body: Sequence[Block]) -> bool:
    """Whether the first paragraph under a heading opens with "The", "This" or "Our" and a
    unit noun alone, no name's capital after it (``text_calls_heading_a_unit``)."""
    if not enabled("text_calls_heading_a_unit"):
        return False
    first = next((block for block in body if block.kind == PARAGRAPH), None)
    if first is None:
        return False
    return opening_unit_noun(_CALLED_A_UNIT, first.text) is not None


# A code's section number before a caption: "§ 9.3", "Sec. 4", "133.05", "10-551.02".
_CODE_NUMBER = lazy_pattern(r"\d+[A-Z]?(?:[.\-–]\d+[A-Z]?)+\.?\s+(?=[A-Z])")


@rule("filter", off=False)
def legal_caption(text: str, heading: Block) -> bool:
    """A heading numbered as a section of a law, a regulation or a code ("§ 9.3", "Sec. 4",
    "133.05", the number before it on its line or cut from it) whose caption is in sentence
    case, a content word after its first in lower case ("Designation of central and field
    organization", "General organization", "Establishment; head", "Duties of chief
    lamplighter"), captions the section's subject, not a unit: such texts capitalize the
    names of their units and positions. The text under it is the unit's above. A caption in
    title case ("§ 4-2. Office of Lamp Planning") names a unit, and so does one in sentence
    case that is worded as a unit, a unit noun its only noun of a head ("2.1 Wick supply
    division", "3.2 Office of glass repair"): a report numbers its headings as a code does
    and may set its units' names in sentence case ("Powers of the board" is still a
    caption)."""
    line = printed_line(text, heading)
    numbered = SECTION_NUMBER.match(line) or _CODE_NUMBER.match(line)
    if numbered is None:
        return False
    title = line[numbered.end() :].strip().rstrip(".")
    words = [w for w in WORD.findall(title) if w.lower() not in CONNECTORS]
    if len(words) < 2 or not words[0][:1].isupper() or all(w[:1].isupper() for w in words[1:]):
        return False
    return not _sentence_case_unit(title)


# "Wick supply division", "Office of glass repair": a unit's name in sentence case, its unit
# noun last with no "of" before it, or first before "of" or "for".
def _sentence_case_unit(title: str) -> bool:
    if re.search(r"[;,:]", title):
        return False
    tokens = name_tokens(title)
    if len(tokens) < 2:
        return False
    if tokens[-1] in UNIT_NOUNS and not {"of", "for"} & set(tokens):
        return True
    return tokens[0] in UNIT_NOUNS and tokens[1] in ("of", "for")


# Last words of a heading that captions a figure or a table of a report or a budget book
# rather than naming a unit: a measure of the units ("Lamp Division Performance Goals",
# "Board attendance", "Wick Office - Appropriations"); and the dimensions a breakdown is "by".
_MEASURE_NOUNS = frozenset(
    {"trends", "attendance", "effectiveness", "appropriations", "goals", "expenditures"}
)
_BREAKDOWNS = frozenset(
    {"program", "programs", "account", "accounts", "fund", "funds", "year", "years"}
    | {"category", "categories", "source", "sources", "type", "types", "month", "quarter"}
)


@rule("filter", off=False)
def report_caption_heading(heading: str) -> bool:
    """A heading that captions a figure or a table of an annual report or a budget book
    names what is measured, not a unit, even when a unit's name opens it: its last word is a
    measure ("Lamp Division Performance Goals", "Board and Committee attendance", "Wick
    Office - Appropriations", "Department trends"), not joined to the word before it ("Mission
    and Goals" may name a unit), or it ends in a breakdown ("Department budget by account",
    "Operating Budget Over Time"). The text under it is the unit's above. A measure a
    unit is named for, after its unit noun and "of" or "for" ("Office of Lamp
    Effectiveness", "Bureau for Pupil Attendance"), is the unit's field, unless a dash sets
    the measure apart ("Bureau of Wicks - Appropriations")."""
    words = [w.lower() for w in WORD.findall(heading)]
    if len(words) < 2:
        return False
    if (words[-2] == "by" and words[-1] in _BREAKDOWNS) or words[-2:] == ["over", "time"]:
        return True
    if words[-1] not in _MEASURE_NOUNS or words[-2] in CONNECTORS or "&" in heading:
        return False
    named_for = noun_before_of(words, UNIT_NOUNS)
    return not named_for or SPACED_DASH.search(heading) is not None


# Words of a heading about a body's description rather than a unit ("Department
# Description", "Office Functions"): its own short list, not the section words (a numeral
# or a place after a unit noun names a unit: "Division Two", "Office Locations").
_TOPIC_WORDS = frozenset(
    {"description", "descriptions", "overview", "profile", "summary", "introduction"}
    | {"about", "background", "history", "information", "structure", "organization"}
    | {"organisation", "organizational", "organisational", "mission", "missions"}
    | {"vision", "values", "goals", "objectives", "objective", "priorities", "mandate"}
    | {"role", "roles", "purpose", "purposes", "function", "functions", "duties", "powers"}
    | {"responsibilities", "responsibility", "contact", "contacts", "leadership"}
    | {"personnel", "key", "more", "further", "related", "update", "updates"}
)


@rule("filter", off=False)
def unit_noun_topic(heading: str) -> bool:
    """A heading made of one bare unit noun and words about a body ("Department
    Description", "Office Functions", "Division Overview", "Bureau Missions") is a section
    about the page's own body, whatever its name: the units under it are that body's, not
    the heading's."""
    words = [w for w in name_tokens(heading) if w not in CONNECTORS]
    if len(words) < 2 or words[0] not in UNIT_NOUNS:
        return False
    return all(w in _TOPIC_WORDS for w in words[1:])


# Head nouns of a document's or a page's own records and apparatus rather than of a unit:
# its profile, preamble, framework, history and news, a body's bylaws, resolutions and
# minutes, a letter, plans, the categories of something, abbreviations and references.
_RECORD_HEADS = frozenset(
    {"profile", "preamble", "framework", "history", "news", "bylaws", "resolutions", "minutes"}
    | {"letter", "plans", "categories", "abbreviations", "references"}
)


# A parenthesis that ends a heading, closed or left open by a cut: "(Lamp history)".
_TRAILING_ASIDE = lazy_pattern(r"\s*\([^()]*\)?\s*$")


# A heading over a body's projects by their stage: "Ongoing Projects", "Completed Projects",
# "On-going project and programmes", "Projects in Progress", "Current Projects".
_PROJECT_STATUS = lazy_pattern(
    r"(?i)\s*(?:(?:on-?\s?going|completed|current|past|recent|upcoming|planned|proposed"
    r"|finished)\s+projects?(?:\s+(?:and|&)\s+programm?es?)?|projects?\s+(?:underway"
    r"|in\s+progress|completed))\s*:?\s*"
)


@rule("filter", off=False)
def project_status_heading(heading: str) -> bool:
    """A heading that sorts a body's projects by their stage ("Ongoing Projects", "Completed
    Projects", "On-going project and programmes", "Projects in Progress") heads a list of works
    (roads, buildings, wards), not a unit, and the lines under it name those works, not
    units (an item "Upgrade Wick Unit" is a work on a unit). A
    unit named for projects ("Lamp Projects", "Wick Projects Division") has no stage
    word and is read by the other rules."""
    return _PROJECT_STATUS.fullmatch(heading) is not None


@rule("filter", off=False)
def record_head_heading(heading: str) -> bool:
    """A heading whose head noun, its last word before any "of" or "for", names a record or a
    part of a document rather than a body, a profile, a preamble, a legal framework, a
    history, news, bylaws, resolutions, minutes, a letter, plans, categories, abbreviations
    or references ("Profile", "Legal Framework", "Board Bylaws", "Lamp Service History",
    "Warden's Letter", "Future Plans", "Editor's References", "Wick Grant Categories"), titles
    a topic of the unit above it, a unit noun before it being the body the records are of
    ("Board Meeting Minutes"): it names no unit, and the text under it is the unit's above.
    A unit noun or a post that ends the name ("Lamp Plans Division", "Plans Officer") names
    one, and so does a name with a preposition before its last word ("Office of Wick
    History", "History of Wick Lore Division"): the record noun is then the unit's field or
    a topic's own name, read by the other rules. A parenthesis at the end, closed or not
    ("Wick Safety Division (Lamp history"), is an aside, not the head. "Plans" that closes a
    list of fields after "and", "&" or a comma ("Lamp Policy and Plans", "Strategy, Wick
    Policy, and Plans") is planning, a field of work a unit is named for, not a record."""
    heading = _TRAILING_ASIDE.sub("", heading)
    words = words_before_preposition(heading)
    if words != name_tokens(heading):
        return False
    if _field_plans(heading):
        return False  # "Policy and Plans": planning is a field among the unit's fields
    words = [w for w in words if w not in CONNECTORS]
    return bool(words) and words[-1] in _RECORD_HEADS


# Words for a document's own apparatus or a catalogue record's fields about it rather than
# for a body: "Abstract", "Annotation", "Transcript", "Table of Contents", "Date Published",
# "Bio", "Glossary", "Index".
_APPARATUS_WORDS = frozenset(
    {"abstract", "abstracts", "annotation", "transcript", "transcripts", "contents", "table"}
    | {"bio", "bios", "biography", "biographies", "published", "glossary", "index"}
    | {"bibliography", "keywords", "citation", "footnote", "footnotes", "preface", "foreword"}
)


@rule("filter", off=False)
def apparatus_heading(heading: str) -> bool:
    """A heading made of the words of a document's apparatus or of a catalogue record's
    fields about the document ("Abstract", "Annotation", "Transcript", "Table of Contents",
    "Date Published", "Bio", "Glossary and Index"), a section word beside them aside ("Key
    Publications Index", "Related Bios"), labels a part of the document that tells of the
    body, not a unit: the text under it is the unit's above, and the units it names are that
    unit's. A unit noun among its words ("Index Section", "Bio Services") names a unit, and a
    heading of section words alone ("Related Links") is ``generic_section_heading``'s."""
    words = content_tokens(heading)
    if not words & _APPARATUS_WORDS:
        return False
    if any(w in UNIT_NOUNS or singular_noun(w) in UNIT_NOUNS for w in words):
        return False
    return words <= _APPARATUS_WORDS | SECTION_WORDS


# "Plans" after "and", "&" or a comma closing a list of fields of work: "Policy and Plans",
# "Strategy, Policy, and Plans", "Operations & Plans" (not after a record: "Minutes and
# Plans").
_FIELD_PLANS = lazy_pattern(r"\b(?P<field>[A-Za-z]+)(?:,?\s+(?:and|&)|,)\s+plans\s*$", re.I)


def _field_plans(heading: str) -> bool:
    """Whether "Plans" closes a list of fields of work (part of ``record_head_heading``)."""
    match = _FIELD_PLANS.search(heading)
    return match is not None and match.group("field").lower() not in _RECORD_HEADS


@rule("filter", off=False)
def duty_head_heading(heading: str) -> bool:
    """A heading whose head noun, its last word before any "of" or "for", names what a body
    does or holds to, its functions, activities, values or roles, and whose words hold no unit
    noun or position ("Core Functions", "Statutory Function", "Major Activities", "Wick
    Safety Activities", "Core Values", "Core Functions of the Role") titles a topic of the
    unit above it, as "Functions" alone does: it names no unit, and the text under it is
    the unit's above. A unit noun before the "of" ("Office of Special Activities", "Wick
    Functions Branch") names a unit."""
    words = words_before_preposition(heading)
    words = [w for w in words if w not in CONNECTORS]
    if len(words) < 2 or words[-1] not in DUTY_HEADS:
        return False
    posts = {singular_noun(w) for w in words} & POSITION_WORDS
    return not set(words) & (UNIT_NOUNS | _BODY_WORDS) and not posts


# "Functions of Wick Division", "Attributions of Lamp Unit", "Background of the Ministry",
# "Roles and Duties of the Oil Office:".
_TOPIC_OF_UNIT = lazy_pattern(
    r"(?i)\s*(?:the\s+)?(?P<topic>[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)\s+"
    r"(?:of|for)\s+(?P<unit>\S.*?)\s*:?\s*$"
)


@rule("filter", off=None)
def topic_of_unit_heading(heading: str) -> str | None:
    """A heading made of what a body does or is (its functions, activities, values, roles,
    responsibilities, attributions, duties, powers, mandate, purpose, mission, objectives or
    background), then "of" or "for" and a name worded as a unit or an agency ("Attributions
    of Lamp Unit", "Background of the Ministry", "Roles and Duties of the Oil Office") titles
    a section about that unit; the name is given back here. Where the page has that unit
    already, the heading is no unit of its own: its text, its parts and the headings under it
    are that unit's: the unit whose heading it stands under, by its name, fewer of its words,
    an acronym before its unit noun ("Attributions of Supply Unit", "Functions of LS Unit"
    under the Lamp Supply Unit) or its own unit noun ("Functions of the Unit" under the Wick
    Unit); the page's agency ("the Ministry", "the Office" under no office, the agency's name
    or fewer of its words); or a unit the page named before it. A unit the page has not named
    ("Functions of Wick Division" at the top) is left to the other rules: ``topic_of_name``
    keeps it a unit under the heading's full name, as a unit named for its field. A name
    with no unit noun or agency word after the "of" ("Functions of the Director", "Mission of
    Lamp Safety") is no unit's, and a heading opened by any other word ("Friends of the Lamp
    Office", "Divisions of Wick Trimming") is read by the other rules."""
    match = _TOPIC_OF_UNIT.match(heading)
    if match is None:
        return None
    topic = [w for w in match.group("topic").lower().split() if w not in ("and", "&")]
    if not all(w in TOPIC_OF_HEADS for w in topic):
        return None
    unit = match.group("unit")
    if not set(name_tokens(unit)) & (UNIT_NOUNS | AGENCY_WORDS):
        return None
    return unit


def refers_to_a_body(name: str) -> bool:
    """Whether ``name`` is a referring word and a unit noun or a word for an agency ("the
    Office", "this Ministry") (part of ``topic_of_unit_heading``)."""
    words = [w.lower() for w in WORD.findall(name)]
    return refers_back(name) or (
        len(words) == 2 and words[0] in REFERRING_WORDS and words[1] in AGENCY_WORDS
    )


def acronym_of_unit(name: str, unit: Unit) -> bool:
    """Whether ``name`` is ``unit``'s name by an acronym before its unit nouns, one letter a
    word ("LS Unit" for the Lamp Supply Unit, not "LP Unit" for the Lamp Repair Unit), or by
    the unit's own acronym (part of ``topic_of_unit_heading``)."""
    acronym, *rest = name.split()
    full = name_tokens(unit.name)
    if not is_acronym(acronym) or full[len(full) - len(rest) :] != [w.lower() for w in rest]:
        return False
    return acronym == unit.acronym or initials_match(
        acronym, " ".join(full[: len(full) - len(rest)])
    )


@rule("filter", off=False)
def structure_head_noun(heading: str) -> bool:
    """A heading whose head noun, its last word, is "structure" names how a body is set up,
    not a unit, whatever words stand before it, a unit's name or a unit noun among them
    ("Administrative Structure", "Field Structure", "Lamp Council Management Structure",
    "Wick Office structure, duties and pay structure"), as "Structure of the Wick Office"
    does (``structure_of_heading``): the units are the ones its text names ("Department of
    Wick Affairs Structure"). Built structures are plural: a unit noun before a preposition
    heads a name that ends in "structures", which are its field ("Office of Bridges and
    Structures", "Division of Wick Structures"), a unit."""
    words = [w.lower() for w in WORD.findall(heading)]
    if len(words) >= 2 and _misspelled_structure(words[-1]):
        words[-1] = "structure"  # "Council Ctructure", "Macro Strucutre": a typing slip
    return (
        len(words) >= 2
        and words[-1] in ("structure", "structures")
        and (words[-1] == "structure" or head_noun(tuple(words)) not in UNIT_NOUNS)
    )


def _misspelled_structure(word: str) -> bool:
    """Whether ``word`` is "structure" typed with one slip or two, a letter wrong, missing,
    added or two swapped ("ctructure", "strucutre", "structre"), not another word ("structural",
    "infrastructure") (part of ``structure_head_noun``)."""
    if word in ("structure", "structures") or not 8 <= len(word) <= 10 or word.endswith("al"):
        return False
    return _slips(word, "structure") <= 2


def _slips(a: str, b: str) -> int:
    """The edits (a letter changed, dropped, added, or two neighbours swapped) from ``a`` to
    ``b``."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


# A year ("2016", "2016–17") or an ordinal ("12th", "3rd") in a heading.
_YEAR_OR_ORDINAL = lazy_pattern(r"\b(?:1[89]\d\d|20\d\d|\d{1,3}(?:st|nd|rd|th))\b")
# A position's possessive before a word in lower case: "Director's review".
_POST_POSSESSIVE = lazy_pattern(r"[A-Za-z]+['’]s\s+[a-z]")


@rule("filter", off=False)
def post_holder_heading(heading: str) -> bool:
    """A heading about who holds a post rather than a unit: a position title with a year
    or an ordinal ("Lamp Directors 2016–17", "Lamp Board 12th Chair") lists its holders,
    and a position's possessive before a topic in lower case ("Lamp Director’s review",
    "Director's message") is the holder's own text. The units under it are the page's."""
    words = [re.sub(r"['’]s$", "", w.lower()) for w in WORD.findall(heading)]
    posts = {singular_noun(w) for w in words} & POSTS
    if not posts:
        return False
    if _YEAR_OR_ORDINAL.search(heading):
        return True
    match = _POST_POSSESSIVE.search(heading)
    return match is not None and match.group().split("'")[0].split("’")[0].lower() in POSTS


# The plurals of posts: the people who hold them ("Chief Lamp Officers", "Elected Wick
# Officials", "Deputy Lamp Directors-General"). Not "members" (a board's members may stand
# for the board) nor "commissioners" (a county's commissioners are its board), nor "staff"
# (a unit's noun).
_PLURAL_POSTS = frozenset(
    {
        f"{post}s"
        for post in POSTS - {"commissioner", "secretary", "deputy", "chairman", "ombudsman"}
    }
    | {"secretaries", "deputies", "chairmen", "officials", "councillors", "councilors"}
    | {"managers", "registrars", "executives"}
)


# A paragraph that opens by calling its heading's subject by a unit noun, then a word in lower
# case that is no preposition, or an aside after a comma: "The Directorate advises ...", "This
# unit keeps ...", "The Secretariat, headed by ...".
_OPENS_WITH_UNIT_NOUN = lazy_pattern(
    r"\s*(?:The|This|Our)\s+(?P<noun>[A-Za-z]+),?\s+(?P<next>[a-z]+)"
)
# The verbs, singular, that a body's name takes as its subject: "The Joint Lamp Chiefs of
# Staff is ...", "... (JLCS) consists of ...". People in the plural take "are", "have".
_SINGULAR_VERBS = r"(?:is|was|has|consists|comprises)"


def _text_names_a_body(heading: str, first: str) -> bool:
    """Whether the first paragraph under a plural post's heading calls its subject a body: by
    a unit's or a body's noun ("The Directorate advises ...", "The Inspectorate inspects
    ...", "The Secretariat, headed by a Chief Adviser, ..."), but not one that only stands
    before the posts ("The department heads are ..."), or by the heading's own name as the
    subject of a singular verb ("The Joint Lamp Chiefs of Staff (JLCS) is ...")."""
    called = _OPENS_WITH_UNIT_NOUN.match(first)
    if (
        called is not None
        and called.group("noun").lower() in UNIT_NOUNS | _BODY_NOUNS_IN_TEXT
        and called.group("next") not in CONNECTORS | PREPOSITIONS | _PLURAL_POSTS
    ):
        return True
    own = r"\s+".join(re.escape(word) for word in heading.split())
    subject = rf"\s*(?:the\s+)?{own}(?:\s*\([A-Z][A-Za-z]+\))?\s+{_SINGULAR_VERBS}\b"
    return re.match(subject, first, re.IGNORECASE) is not None


@rule("filter", off=False)
def plural_post_heading(heading: str, body: Sequence[Block] = ()) -> bool:
    """A heading whose head noun is a post in the plural, the people who hold it ("Lampton
    Officers", "Elected Wick Officials", "CHIEF LAMP OFFICERS", "Deputy Lamp
    Directors-General", "Warden and Councillors", "Heads of Lamp Sections"), heads a group of
    persons, not a body: what its text says and the lines under it belong to the unit above
    it. A unit's or a body's noun before the posts says whose they are ("Lamp Department
    Heads", "Wick Service Chiefs", "Lamp Enforcement Officers": still persons); a heading
    that names a body (a unit's or an agency's noun as the head, before any preposition:
    "Lamp Council of Directors", "Wick Directors' Office", or joined by "and" to the posts:
    "Secretariat and Advisers") is read as before, and so are "Members" (a board's members
    may stand for the board), "Commissioners" (a county's board) and "Staff" (a unit's
    noun). Nor is a heading so read whose text (``body``) opens by calling it a body
    (``_text_names_a_body``: "Lamp Advisers" over "The Directorate advises the Warden ...",
    "The Secretariat, headed by ...", "Joint Lamp Chiefs of Staff" over "The Joint Lamp
    Chiefs of Staff is ..."): a unit named after the posts it holds."""
    words = _group_words(heading.replace("&", " and "))
    joined = max((i + 1 for i, w in enumerate(words) if w == "and"), default=0)
    if set(words[:joined]) & BODY_NOUNS:
        return False
    words = [w for w in words[joined:] if w not in CONNECTORS]
    if not words:
        return False
    head = words[-2] if words[-1] == "general" and len(words) > 1 else words[-1]
    if head not in _PLURAL_POSTS:
        return False
    first = next((block.text for block in body if block.kind == PARAGRAPH), "")
    return not _text_names_a_body(heading, first)


# The nouns after "staff" that count it or tell its make-up: "Lamp Board Staff Strength",
# "Staff Complement" (and its common misspelling, "compliment"), "Staff Numbers", "Staff Data".
_STAFF_MEASURES = frozenset(
    {"strength", "complement", "compliment", "numbers", "size", "data", "statistics", "levels"}
)
# The words of a body's setup that "and Staffing" may follow in a heading about its staff:
# "Organisation and Staffing", "Overall Structure and Staffing", "Composition and Staffing".
# Not the wider section words: "Personnel and Staffing", "Services and Staffing", "Location
# Staffing" or "Key Staffing" may name a unit.
_STAFFING_SETUP_WORDS = ORGANIZATION_WORDS | {"overall", "composition"}


@rule("filter", off=False)
def staffing_heading(heading: str) -> bool:
    """A heading about a body's staff rather than a unit, its staffing beside its setup
    ("Organisation and Staffing", "Overall Structure and Staffing": "staffing" last, every
    other word one of the body's setup, organization, structure, composition or overall) or
    its staff counted or told by a noun of number or make-up after "staff" ("Wick Office
    Staff Strength", "Lamp Board Staff Complement", "Staff Numbers", "Glass Section Staff
    Data"), says how many people work for the body above and in which posts: it names no
    unit, and the units its text lists are that body's. "Staffing" after a word of its own
    names a unit that staffs something ("Lamp Fleet Staffing", "Recruitment and Staffing"),
    after another word a page sets over its sections too ("Personnel and Staffing",
    "Services and Staffing", "Location Staffing", "Key Staffing"), and so may "Staffing"
    alone, a unit's short name, or before a word ("Staffing Services"); "staff" before a word
    that counts nothing names a unit that serves the staff ("Lamp Staff Training"): all
    stay."""
    words = [w.lower() for w in WORD.findall(heading)]
    if len(words) >= 2 and words[-2] == "staff" and words[-1] in _STAFF_MEASURES:
        return True
    rest = [w for w in words[:-1] if w not in CONNECTORS]
    return (
        words[-1:] == ["staffing"] and bool(rest) and all(w in _STAFFING_SETUP_WORDS for w in rest)
    )


# "Structure of the Wick Office", "The Structures of the Bureau", "Organizational structure
# of the Lamp Board", "Composition of the Council": a word for a body's structure, then "of".
_STRUCTURE_OF = lazy_pattern(
    r"\s*(?:the\s+)?(?:organi[sz]ational\s+)?(?:structures?|composition|make-?up)\s+of\b",
    re.IGNORECASE,
)


# The divisions of a law or a code above its sections ("Title 7", "Subtitle B", "CHAPTER
# 12A", "Subchapter C", "Part 40", "Subpart D"), and the marks a section or its subsection
# opens with ("§ 4.2", "Sec. 3", "(b)").
_ABOVE_SECTIONS = lazy_pattern(r"\s*(?i:title|subtitle|chapter|subchapter|part|subpart)\s")
_SUBSECTION_MARK = lazy_pattern(r"\s*\((?:[0-9]{1,3}|[a-z]{1,4}|[A-Z])\)\s+(?=\S)")


def _opens_law_division(text: str, heading: Block) -> bool:
    """Whether a heading's line, with the number cut from it when the page was read into
    blocks, opens with a law's division, section or subsection ("CHAPTER 9— ...", "§ 9.1.
    ...", "(c) ...") (part of ``code_outline_heading``)."""
    line = printed_line(text, heading)
    return (
        document_division_heading(line) is not None
        or SECTION_NUMBER.match(line) is not None
        or _SUBSECTION_MARK.match(line) is not None
    )


def _opens_division_above_sections(text: str, heading: Block) -> bool:
    """Whether a heading's line opens with a division above a code's sections and its number
    ("Subtitle B— ...", "CHAPTER 12 — ...", "Chapter 12 - ...", "CHAPTER 12. ...", "PART 4
    ..."), read on the line the page prints: a heading set by the page's markup, or a
    numbered plain text line, that opens with "Chapter" or "Part" and a number spaced from its
    title is cut to the title when the page is read into blocks (part of
    ``code_outline_heading``)."""
    line = printed_line(text, heading)
    return _ABOVE_SECTIONS.match(line) is not None and (
        document_division_heading(line) is not None or SECTION_NUMBER.match(line) is not None
    )


def _siblings(page: PageLayout, section: Section) -> list[Section]:
    """The sections the page sets at the same place as ``section``: its parent's members, or
    the page's sections when it has no parent heading."""
    if any(other is section for other in page.sections):
        return page.sections
    for parent in page.walk():
        if any(member is section for member in parent.members):
            return parent.members
    return []


@rule("filter", off=False)
def code_outline_heading(page: PageLayout, section: Section) -> bool:
    """A heading that opens with a division of a law or a code above its sections ("Title",
    "Subtitle", "Chapter", "Subchapter", "Part", "Subpart" and a number), with no text of its
    own and one heading under it that opens with a law's division, section or subsection too
    ("Subtitle B— Lamps and Wicks" over "CHAPTER 12— LAMP SERVICE" over "§ 1201. Office of
    the Lamp Warden"), is the code's outline printed over the one section a page shows: its
    title names what that whole part of the code is about (a department above the agency, the
    agency itself, a field of law), not a unit of the page's agency. A code prints its
    outline so on every page of it, where a body's own rules that head a unit with a division
    ("Chapter 3 — Wick Bureau") give it text or more than one part; the units are named in
    the section's text, and the heading's one section goes to its parent.

    The division is read on the heading's printed line: codes space their number from the
    title as often as not ("CHAPTER 12 — LAMP SERVICE", "Chapter 12 - Lamp Service",
    "CHAPTER 12. LAMP SERVICE"), and such a heading is cut to its title when the page is read
    into blocks. Guard: a division beside it that opens so too and heads text of its own or
    more than one heading ("Chapter 7— Wick Bureau" over its one "Sec. 7.1 — Ledger
    Division", beside "Chapter 8— Glass Bureau" with its text and its sections) shows a
    document that heads its units with its divisions, a body's manual or report, not the
    outline over the one section a code's page shows: the heading heads a unit as before."""
    text = page.text
    return (
        _opens_division_above_sections(text, section.heading)
        and not section.body
        and len(section.members) == 1
        and _opens_law_division(text, section.members[0].heading)
        and not any(
            other is not section
            and (other.body or len(other.members) > 1)
            and _opens_division_above_sections(text, other.heading)
            for other in _siblings(page, section)
        )
    )


@rule("filter", off=False)
def structure_of_heading(heading: str) -> bool:
    """A heading that names the structure of a body ("Structure of the Wick Office", "THE
    STRUCTURES OF THE MINISTRY", "Composition of the Lamp Council") heads a section about
    that body's parts, whichever body it names (the page's agency, or one the page got
    wrong): it is no unit, and its prose names the units (``structure_section``)."""
    return _STRUCTURE_OF.match(heading) is not None


@rule("filter", off=False)
def generic_section_heading(section: Section, root: Unit, owner: Unit | None = None) -> bool:
    """Generic page-section headings ("Our Mission", "What We Do", "Related Links", "Purpose",
    "Functions", "Leadership team") are not units: their words are all section words, or
    they speak to or for the reader. Nor is a heading that names the page's own agency with
    section words ("Structure of the Lamp Service", "About the LS", "Organisation of the
    Service", or by its head noun: "Bureau Overview", or from its agency noun on: "About the
    Department of Lamps" of the Lampshire Department of Lamps, or with a site's link to its
    home page: "Bureau of Lamps Home"): the units under it are the agency's; nor one that
    ends in a plural unit noun over its units and no prose of its own ("Program Offices");
    nor one whose head noun names a body's business ("Members",
    "Minutes", "Board meetings" under the board's own heading): it is a section of the unit
    above it, and the headings under its minutes or meetings name meetings ("2014",
    "Operational"), not units."""
    if section.is_label or _plural_group(section) or _leadership_group(section):
        return True
    if leadership_heading(section.heading.text):
        return True
    if _leaders_heading(section.heading.text) and not _called_a_unit(section):
        return True
    if structure_of_heading(section.heading.text) or structure_head_noun(section.heading.text):
        return True
    if unit_noun_topic(section.heading.text) or post_holder_heading(section.heading.text):
        return True
    if plural_post_heading(section.heading.text, section.body):
        return True
    if staffing_heading(section.heading.text):
        return True
    if _about_the_body(section.heading.text, owner or root) or clause_heading(section.heading.text):
        return True
    tokens = content_tokens(section.heading.text)
    acronym = root.acronym.lower() if root.acronym else None
    own = {acronym} if acronym in tokens else content_tokens(root.name)
    name = root.name
    short = agency_name_from_noun(name)
    if short is not None and not own <= tokens and content_tokens(short) <= tokens:
        own, name = content_tokens(short), short  # "About the Department of Wicks"
    head = name_tokens(name)[:1]
    heading = section.heading.text.lower()
    if (
        not own <= tokens
        and head
        and (f"the {head[0]}" in heading or heading.split()[:1] == head[:1])
    ):
        # "Organisation of the Department", "Bureau Overview": the agency by its head noun
        own = {head[0]}
    rest = tokens - own
    return bool(own) and own <= tokens and bool(rest) and rest <= _ABOUT_WORDS


def furniture_contents(section: Section, member: Section) -> bool:
    """The headings under page furniture (news, a spotlight, awards, publications) are its
    stories and items, not units, unless worded as units (part of ``furniture_head_noun``)."""
    heading = member.heading.text
    return (
        is_furniture(section.heading.text)
        and not names_a_unit(heading)
        and not structure_section(heading)
    )


def meeting_records(section: Section, member: Section, owner: Unit) -> bool:
    """The headings under a section about a body's meetings ("Minutes", "Board meetings",
    "Agendas") name meetings, years or kinds of minutes ("2014", "Operational", "Policy"),
    not units, unless worded as units (part of ``generic_section_heading``)."""
    words = words_before_preposition(section.heading.text)
    return (
        enabled("generic_section_heading")
        and words[-1:] != []
        and words[-1] in _MEETING_NOUNS
        and _about_the_body(section.heading.text, owner)
        and not names_a_unit(member.heading.text)
    )


# The business nouns that name a body's meetings and their records.
_MEETING_NOUNS = frozenset({"meetings", "minutes", "agendas"})


# The nouns a body's part ends in, in Commonwealth usage, that ``UNIT_NOUNS`` holds not: "Wick
# Enforcement Wing", "Oil Vigilance Cell", "Central Registry", "Lamp Inspectorate", "Lamp
# Appeals Tribunal", and "programme", the British spelling of "program" (a unit noun).
_PART_NOUNS_ABROAD = frozenset(
    {"wing", "cell", "registry", "inspectorate", "tribunal", "programme", "commissionerate"}
)
# The nouns a paragraph may call a body by, beyond the unit nouns (``_text_names_a_body``):
# those of a body's part abroad and of an agency ("The Inspectorate inspects ...", "The
# Authority licenses ...").
_BODY_NOUNS_IN_TEXT = _PART_NOUNS_ABROAD | {"authority", "ministry"}


def _worded_as_unit_or_post(name: str) -> bool:
    """Whether a heading is worded as a unit ("Wick Division", "Office of Oil") or a body
    ("Lamp Regulatory Authority", "Wick Court", "Oil Vigilance Cell", a name ending in an
    acronym: the nouns a body's name ends in, beyond the unit nouns) or holds a position
    ("Chief Trimmer", "Deputy Warden") (part of ``topic_among_topics``). A name so worded is
    a unit's wherever it stands, not a topic's, whatever the headings beside it."""
    words = name_tokens(name)
    return (
        worded_as_a_unit(name)
        or (bool(name.split()) and ends_in_body(name))
        or bool(set(words[-1:]) & _PART_NOUNS_ABROAD)
        or bool(set(words) & POSITION_WORDS)
    )


def _names_itself(page: PageLayout, section: Section, name: str) -> bool:
    """Whether the text under a heading opens with its name as it is written, as the subject
    of a verb in the present ("The Central Treasury collects ...", "Corporate Communications
    handles ..." under those headings): a unit's text names it so, as a name, where a topic's
    text speaks of it in lower case ("The population of the town ...") or not at all
    (part of ``topic_among_topics``)."""
    paragraphs = [b for b in section.body if b.kind == PARAGRAPH][:1]
    names = {re.escape(n.strip()) for n in (name, section.heading.text) if n.strip()}
    if not paragraphs or not names:
        return False
    opening = re.compile(rf"(?:The\s+)?(?:{'|'.join(sorted(names))})\s+(?:also\s+)?[a-z]+s\b")
    return opening.match(page.text, paragraphs[0].start, paragraphs[0].end) is not None


def _names_units(heading: str) -> bool:
    """Whether a heading holds a unit noun or a position, singular or plural ("Lamp Services",
    "Our Divisions", "Directors") (part of ``topic_among_topics``)."""
    words = set(name_tokens(heading))
    return bool((words | {singular_noun(w) for w in words}) & (UNIT_NOUNS | POSITION_WORDS))


@rule("filter", off=set())
def topic_among_topics(units: Sequence[Unit], page: PageLayout) -> set[int]:
    """A heading read as a unit that is not worded as one, no unit noun heads it and no
    position is in its words ("Service Standards", "Population", "Activities"), and whose
    sibling headings, the others at its level under the same heading, are all topics of the
    page, each over text of its own, none holding a unit noun or a position, singular or
    plural, none read as a unit, and none over a heading that is ("Mission", "Vision",
    "Functions"; "Structure and Staffing"; "Legal Framework"), is one more topic, as they
    are: a unit's name with no unit noun ("Finance", "Human Resources") is known for a unit
    by the company it keeps, siblings that are units ("Payroll Office", or "Procurement" read
    as a unit too), and this heading keeps none. A sibling with no text under it is no topic
    but a line of a run, a chart's box or a name set alone ("Wick Affairs (K)" over nothing
    beside "Oil Affairs (O)" over its text), which may name a unit the page reads no text
    for. A heading alone at its level has no company to be read by, and one with units placed
    under it groups them: both are left as they were, and so is every such heading of a page
    with no other unit than its agency. Nor is a heading a topic that is worded as a body
    beyond the unit nouns ("Lamp Regulatory Authority", "Central Registry", "Enforcement
    Wing", "Rural Lighting Programme"), or whose text opens with its name as written, the
    subject of a verb ("The Treasury collects ...", "Wick Audit reviews ..."): a unit's
    text names it, a topic's does not. A sibling that only lists units in its text is still a
    topic ("Functions" over the divisions that do them): the units it lists keep no company
    with the heading, and one beside such a list, named in no text of its own, is read as a
    topic too (``test_topic_among_topics_a_sibling_listing_units``). Returns the ``id`` of
    each such heading's unit; its parts move to its parent."""
    found = [u for u in units[1:] if u.found_by in SECTION_FINDERS]
    if not found:
        return set()
    starts = {u.evidence_start for u in units}
    parents = {id(u.parent) for u in units}

    def with_units(section: Section) -> bool:
        return (
            section.heading.start in starts
            or _names_units(section.heading.text)
            or any(with_units(member) for member in section.members)
        )

    sections = page.walk()
    levels = [page.sections, *(s.members for s in sections)]
    level_of = {id(s): level for level in levels for s in level}
    by_start = {s.heading.start: s for s in sections}
    gone: set[int] = set()
    for unit in found:
        section = by_start.get(unit.evidence_start)
        if (
            section is None
            or id(unit) in parents
            or _worded_as_unit_or_post(unit.name)
            or _worded_as_unit_or_post(section.heading.text)
            or _names_itself(page, section, unit.name)
        ):
            continue
        siblings = [s for s in level_of[id(section)] if s is not section]
        topics = [s for s in siblings if (s.body or s.members) and not with_units(s)]
        if siblings and len(topics) == len(siblings):
            gone.add(id(unit))
    # a page with no other unit than its agency keeps the heading: no unit to keep company with
    return gone if any(id(u) not in gone for u in units[1:]) else set()
