"""Units named by the items of a list, nested as the list nests them.

A list names units when something says so: a lead-in that names units ("Offices include:")
or names their parent ("The Administration Branch includes:"), a heading over it that names
units ("Divisions"), items worded as units ("Police Training Academy" is not, "Real Estate
Division" is), or a run of "Name: what it does" lines. An item nested under an item that is a
unit is that unit's part.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.extract.names import (
    PORTFOLIO,
    REFERRING_WORDS,
    dash_qualified_name,
    name_tokens,
    run_in_sentence,
    title_case,
    unit_noun_head,
    unit_nouns_only,
    unit_part,
    without_acronyms,
)
from pipeline.extract.records import UnitType
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import (
    HYPHEN_BEFORE_SENTENCE,
    LABEL,
    LIST_ITEM,
    PARAGRAPH,
    Block,
    directory_name,
    introduces_units,
    listed_sections,
    postal_line,
)
from pipeline.text.sections import is_furniture, names_field_unit, person_name
from pipeline.text.sentences import opens_sentence_after_abbreviation, sentence_spans
from pipeline.text.vocabulary import (
    BUSINESS_NOUNS,
    CAPITAL,
    CONNECTORS,
    CONTACT_WORDS,
    FURNITURE_NOUNS,
    LINK_VERBS,
    LIST_VERBS,
    LISTING_NOUNS,
    MAIL_WORDS,
    NUMBER_WORDS,
    ORGANIZATION_WORDS,
    POSITION_WORDS,
    PROGRAM_NOUNS,
    SECTION_WORDS,
    SMALL,
    UNDERTAKING_NOUNS,
    UNIT_NOUNS,
)
from pipeline.text.words import in_singular

MAX_LABEL_WORDS = 6
MAX_ITEM_NAME_WORDS = 14
# Where the text says a list names units, its items may be written in lower case ("cyber
# security"); longer lower-case items are sentences about units, not names.
# The rules that find units in lists (a unit they found can be named again by a heading).
LIST_FINDERS = frozenset(
    {
        "lead_in_names_parent",
        "listed_after_lead_in",
        "announcing_item",
        "composition_lead_in",
        "following_lead_in",
        "listed_under_unit_heading",
        "label_line_run",
        "unit_worded_items",
        "table_unit_column",
        "parts_under_unit_heading",
        "referring_lead_in",
    }
)
# The finders whose lead-in names their items by a plural unit noun, counted or announced:
# an item of theirs in sentence case is kept (``announced_units_in_sentence_case``).
ANNOUNCING_LIST_FINDERS = frozenset(
    {"counted_parts_lead_in", "announcing_item", "following_lead_in"}
)
LOWER_CASE_FINDERS = (
    "announcing_item",
    "listed_after_lead_in",
    "composition_lead_in",
    "counted_parts_lead_in",
    "listed_under_unit_heading",
    "held_parts_lead_in",
    "table_unit_column",
)
MAX_LOWER_CASE_WORDS = 6
# What a listed name's head may end with that is not the name's: a closing "and" or "or",
# separators, spaces and dots (every non-empty match ends in one of them).
_ITEM_HEAD_TAIL = re.compile(r"(?:[;,]?\s+(?:and|or))?[\s;,.]*$")
# What ends an item's name: a spaced dash or bar, a colon, ", including", or a hyphen closed
# up before a sentence about the unit ("Wick Supply-The section trims wicks.").
_ITEM_TAIL = re.compile(r"\s+[–—|-]\s+|:\s+|,\s+(?:including|such as)\b|" + HYPHEN_BEFORE_SENTENCE)
_LEAD_PARENT = re.compile(
    r"\b(?:report(?:s|ing)?(?:\s+directly)?\s+to|under|within|of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'&.,-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&.,-]*))*)"
)
# "In the Wick Division's case, the teams are as follows:": the possessor, worded as a unit.
_LEAD_POSSESSOR = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:In|For|At|On|By|Within|Under)\s+)?(?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&.-]*))*?\s+(?i:"
    + "|".join(sorted(UNIT_NOUNS))
    + r"))['’]s\b"
)
_LEAD_SUBJECT = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&.-]*))*?)"
    r"(?:\s+\([^()]*\))?\s+(?:also\s+)?(?:includes|consists of|comprises(?: of)?"
    r"|is (?:made up|composed|comprised) of|is (?:organized|organised|divided|structured) into"
    r"|oversees|has (?:the following|\w+ (?:offices|divisions|branches|units)))\b"
)


@dataclass(frozen=True)
class ListContext:
    """What the text around a list says of it: the heading over it and how to read a name."""

    heading: str | None
    resolve: Callable[[str], Unit | None]
    acronym_for: Callable[[str, str], str | None]
    unit_type: Callable[[str], UnitType]
    is_staff: Callable[[str], bool]
    make: Callable[[str, int], Unit | None]
    agency: Unit | None = None
    # Whether the heading over the list was itself read as a unit (the list's parent).
    heading_is_unit: bool = False


def is_proper_name(label: str) -> bool:
    """A short label whose every content word is capitalized: "Governance and Compliance";
    the acronym it defines in parentheses is no word of it ("Lamp (LP) Division")."""
    words = without_acronyms(label).split()
    return len(words) <= MAX_LABEL_WORDS and all(
        word[:1].isupper() or word[:1].isdigit() or word in CONNECTORS for word in words
    )


# An item that opens with a name and the acronym it defines, then says what it does:
# "Bureau of Lamp Safety (BLS) keeps the lamps lit."
_DEFINED_OPENING = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][^()\n]{2,120}?)\s*\([A-Z][A-Za-z&]{1,11}\)\s+(?:also\s+)?[a-z]"
)


def _qualifies(text: str, tail: re.Match[str]) -> bool:
    """Whether a dash a tail would be cut at joins a qualifier to the name instead."""
    return tail.group().strip() in _DASHES and dash_qualified_name(text, tail)


# The words an item's name may open with that are not part of it: "the", "and", "or", and
# the English indefinite article before a capitalized word, "An" before a vowel ("An Oil
# Committee"), "A" before a consonant ("A Wick Bureau"). "An" before a consonant is part of
# the name (the Irish article: "An Bord Lampa"), and a lower-case "a" opens no name.
_ITEM_ARTICLE = re.compile(r"^(?i:the|and|or)\s+|^(?:An\s+(?=[AEIOU])|A\s+(?=[B-DF-HJ-NP-TV-Z]))")


# Where a list item's first sentence ends: a stop and a space (both switched off, any such);
# ``abbreviation_in_item`` passes over a full stop after an abbreviation's word (initials,
# "U.S", or a short word that is no unit noun, "Dept", "Div", "Admin") before a word of two
# letters or more in lower case (a lone letter, "c. 1920", may open what follows).
_ANY_STOP = re.compile(r"[.!?]\s")
_ABBREVIATED_WORD = re.compile(r"(?:\b(?:[A-Za-z]\.)+[A-Za-z]|\b[A-Za-z]{1,5})\Z")
_LOWER_WORD = re.compile(r"\s+[a-z]{2}")
# An initialism's letters before its closing dot ("U.S", "D.C"), and a capitalized word after
# that dot (``initialism_in_item``).
_INITIALISM = re.compile(r"\b(?:[A-Z]\.)+[A-Z]\Z")
# Any script's letter opens the word ("OIL", "Éclairage"); its first letter must be a capital.
_CAPITAL_WORD = re.compile(r"\s+(?=[^\W\d_])")


def _capital_word_at(text: str, start: int) -> bool:
    """Whether a word whose first letter is a capital follows ``start`` after a space."""
    space = _CAPITAL_WORD.match(text, start)
    return space is not None and text[space.end()].isupper()


def _first_stop(head: str) -> re.Match[str] | None:
    """Where the first sentence of a list item's text ends (``abbreviation_in_item``,
    ``initialism_in_item``: each switch turns off only its own passing over a stop)."""
    abbreviations = enabled("abbreviation_in_item")
    for stop in _ANY_STOP.finditer(head):
        word = _ABBREVIATED_WORD.search(head, 0, stop.start())
        if (
            abbreviations
            and stop.group().startswith(".")
            and word is not None
            and word.group().lower().removesuffix("s") not in UNIT_NOUNS
            and _LOWER_WORD.match(head, stop.start() + 1)
        ):
            continue
        if stop.group().startswith(".") and initialism_in_item(head, stop.start()):
            continue
        return stop
    return None


@rule("name", off=False)
def initialism_in_item(head: str, stop: int) -> bool:
    """A full stop in a list item that closes an initialism of two letters or more ("L.S",
    "W.C") before a capitalized word is the initialism's, not the end of the item's first
    sentence: "L.S. Wick Service" and "L.S. Lamp Survey" are names, where the item was cut
    to the stub "L.S" and dropped (``abbreviation_in_item`` passes over such a stop only
    before a word in lower case). As sentences are read (``abbreviation_sentence_end``), a
    word after it that opens a sentence and never goes on with a name ("The", "It", "In",
    ...: "Lamps for all of L.S. The office trims wicks.") ends the sentence there, and a lone
    initial ("J. Wick") is no initialism. ``stop`` is the dot's place in ``head``."""
    return (
        _INITIALISM.search(head, 0, stop) is not None
        and _capital_word_at(head, stop + 1)
        and not opens_sentence_after_abbreviation(head, stop + 1)
    )


register(
    "abbreviation_in_item",
    "name",
    """A full stop in a list item after an abbreviation's word (initials, or a short word
    that is no unit noun) and before a word in lower case is the abbreviation's ("Dept. of
    wick supply", "Div. of glass repair", "Administer U.S. lamp laws"), not the end of the
    item's first sentence: a sentence goes on in capitals. A stop after a whole name ("Wick
    Office. handles wick supply", "Glass Unit. mends panes") ends it, whatever follows.
    Before, the item's name was cut at the abbreviation ("Dept", "Administer U.S"), so a list
    of departments written "Dept. of ..." gave one unit named "Dept" and a duty gave a stub
    that read as a name.""",
)


# An item's own outline label left in its text after the list's marker: "A. ", "(b) ", "3) ".
_OWN_LABEL = re.compile(r"\(?(?:[A-Z]|[a-z]|\d{1,2})[.)]\s+(?=[A-Z][a-z])")


# "J. Bram Tolley": a capital's initial, then two or three capitalized words, the whole line.
_INITIAL_THEN_NAME = re.compile(r"[A-Z]\.\s+((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)\s*$")


def _initialed_name(text: str) -> bool:
    """An item that is a person's name opened by an initial ("J. Bram Tolley"), no unit noun
    or position word in it: the letter is the name's, not an outline label."""
    match = _INITIAL_THEN_NAME.match(text.split("\n", 1)[0])
    if match is None:
        return False
    words = {w.lower() for w in match.group(1).split()}
    return not words & (UNIT_NOUNS | POSITION_WORDS | ORGANIZATION_WORDS | CONNECTORS)


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# What a label gives when it labels a figure or a date: "850", "$139,527,021", "12.5%",
# "Apr 15, 2011 12:17 PM", "23 May 1997.", "5/23/1997".
_FIGURE_OR_DATE = re.compile(
    rf"\s*(?:[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion))?|\d[\d,.]*\s*%?"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?)?"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\s*\.?\s*"
)


@rule("filter", off=False)
def figure_label(block: Block) -> bool:
    """A "Label: value" line whose value is only a figure or a date ("Budget: $1,200,000",
    "Staff: 85", "Posted: Apr 15, 2011 12:17 PM", "Dated: May 23, 1997.") labels a quantity
    or a date of the page (a budget, a head count, a posting or signing date), not a unit
    and what it does: its label names no unit."""
    if block.kind != LABEL or not block.label:
        return False
    value = block.text.split(":", 1)[1] if ":" in block.text else ""
    return _FIGURE_OR_DATE.fullmatch(value) is not None


# A label that is a reference, not a name: a code of figures ("31-030", "4.2", "12b"), a
# letter or a Roman numeral, an ordinal word ("First", "Second"), or a document's part and its
# number ("Chapter 3", "Section 202.01").
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_CODE_LABEL = re.compile(
    r"\d[\d.\-–/]*[A-Za-z]?|[A-Z]|[IVX]{1,5}|(?i:" + _ORDINALS + r")"
    r"|(?:Chapter|Section|Part|Article|Title|Schedule)\s+[\dIVX][\w.\-]*"
)


# What parts a reference label from its text: a colon or a spaced dash.
_AFTER_CODE = re.compile(r"\s*(?::|\s[–—-])\s*")


@rule("name", off=None)
def code_label_rest(block: Block) -> Block | None:
    """A "Label: text" line whose label is a reference, not a name ("31-030: Wick
    Division", "First: The Directorate of Oil Supply.", "Chapter 3: Office of the Warden",
    "B – Glass Unit"), names what follows the colon: the label numbers the line as an
    outline's marker does, and the unit is the text after it (read as an item's text is,
    up to its first clause or stop). Before, the line's unit was its number ("First",
    "31-030"). Returns the text after the label as an item of its own, or None."""
    label = (block.label or "").strip()
    if not label or _CODE_LABEL.fullmatch(label) is None:
        return None
    mark = _AFTER_CODE.match(block.text, block.text.find(label) + len(label))
    if mark is None:
        return None
    rest = block.text[mark.end() :].rstrip()
    if not rest[:1].isupper():
        return None
    start = block.start + mark.end()
    return replace(block, kind=LIST_ITEM, start=start, end=start + len(rest), text=rest)


def item_name(block: Block) -> tuple[str, int, int] | None:
    """The name an item gives, with its span: a label's label, the text before a dash, or the
    whole item when it is short and not a sentence; an item that opens with an imperative
    ("Download ...", "Learn more") is a link, not a name."""
    own_label = _OWN_LABEL.match(block.text) if block.kind == LIST_ITEM else None
    if own_label is not None and enabled("announcing_item") and not _initialed_name(block.text):
        # "2. A. Wick Branch;": the item's own letter after the list's number
        cut = own_label.end()
        block = replace(block, start=block.start + cut, text=block.text[cut:])
    text = block.text.split("\n", 1)[0]
    row = directory_name(text) if " | " not in text else None
    if row is not None:  # "Office of Wicks OW 555-555-0100": the name before the contact
        return row[0], block.start, block.start + len(row[0])
    if figure_label(block):
        return None
    if block.kind == LABEL and block.label:
        label = block.label
        rest = code_label_rest(block)
        if rest is not None:
            return item_name(rest)
        return label, block.start, block.start + len(label)
    defined = _DEFINED_OPENING.match(text)
    if defined and is_capitalized_name(defined.group("name")):
        name = defined.group("name")
        return name, block.start + defined.start("name"), block.start + defined.end("name")
    label_like = re.match(r"([^:]{3,120}):\s", text)
    if label_like and len(label_like.group(1).split()) <= MAX_ITEM_NAME_WORDS:
        text = label_like.group(1)
    headed = headed_by_clause(text)
    if headed is not None:  # "Wick office headed by the wick officer": the part, not its head
        text = text[: headed.end()]
    part = unit_part(text)
    if part is not None:
        name = text[part[0] : part[1]].rstrip(" ;,.")
        return name, block.start + part[0], block.start + part[0] + len(name)
    tail = next((t for t in _ITEM_TAIL.finditer(text) if not _qualifies(text, t)), None)
    head = text[: tail.start()] if tail is not None else text
    sentence = _first_stop(head)
    if sentence:
        head = head[: sentence.start()]
        if not is_capitalized_name(head):
            return None
    if head[-1:] in (";", ",", ".") or head[-1:].isspace() or head.endswith(("and", "or")):
        # (the pattern, anchored at the end, is tried at every position before it)
        head = _ITEM_HEAD_TAIL.sub("", head)
    stripped = _ITEM_ARTICLE.sub("", head)
    if stripped.split()[:1] and stripped.split()[0].lower() in LINK_VERBS:
        return None
    offset = len(head) - len(stripped)
    words = stripped.split()
    if not words or len(words) > MAX_ITEM_NAME_WORDS:
        return None
    start = block.start + offset
    return stripped, start, start + len(stripped)


# "Mission staff who assist ...", "Wick Supply, through the Wick Keeper, responsible for ...",
# "A bureau of wicks, the chief officer of which ...", "OIL, headed by the Oil Director.": the
# words before a relative clause or a comma that opens one (a comma before more names, as in
# "Department of wicks, oil, and glass", continues the name).
_CLAUSE_AFTER_COMMA = (
    r",\s+(?:(?:[a-z]+ly\s+)?(?:headed|led|directed|managed|supervised|administered|chaired)\s+by"
    r"|through|responsible|under|whose|which|who|with|consisting|to(?=\s+[a-z]+\b)"
    r"|the\s+(?:[a-z]+\s+){0,2}of\s+(?:which|whom))\b"
)
# An item's name before a comma that opens a clause about it: "(2) Wick Supply, with such
# subordinate staff offices as are required, to manage the following functions:".
_NAME_BEFORE_COMMA_CLAUSE = re.compile(
    r"(?:(?:A|An|The)\s+)?(?P<name>[^;:.()\n,]{2,80}?)(?=" + _CLAUSE_AFTER_COMMA + r")"
)
# "Wick office headed by the wick officer": a part's name, then the post that heads it, with
# no comma between, and no verb ("The Wick Office is headed by ..." is a sentence about it)
# (read by ``headed_by_clause``).
_NAME_BEFORE_HEADED_BY = re.compile(
    r"(?:(?:A|An|The)\s+)?(?P<name>[^;:.\n,]{2,80}?)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeing)"
    r"(?=\s+(?:headed|led)\s+by\s)"
)
_NAME_BEFORE_CLAUSE = re.compile(
    r"(?:(?:A|An|The)\s+)?(?P<name>[^;:.()\n]{2,80}?)(?="
    + _CLAUSE_AFTER_COMMA
    + r"|\s+(?:who|which|whose|that|is|are|shall|consists)\b)"
)
MAX_CLAUSE_NAME_WORDS = 6


@rule("name", off=None)
def headed_by_clause(item: str) -> re.Match[str] | None:
    """A list item that names a part and then the post that heads it, with no comma between
    ("wick office headed by the wick officer", "Oil Unit headed by the Senior Oiler"), names
    the part in the words before "headed by" or "led by", as a comma before the clause
    would set them off (``name_before_clause``): the post is the part's head, not its name.
    The match of those words, or None."""
    return _NAME_BEFORE_HEADED_BY.match(item)


@rule("name", off=None)
def name_before_clause(block: Block) -> tuple[str, int, int] | None:
    """A list item that is a whole sentence about a unit, in a list a lead-in says names
    units, names it in its opening words, before a relative clause or a comma that opens one:
    "(1) Mission staff who assist the board ...", "(2) Wick Supply, through the Wick Keeper,
    responsible for ...", "1. A bureau of wicks, the chief officer of which shall be ...",
    "OIL, headed by the Oil Director.".
    The words must be few and worded as a unit or capitalized as a name; a comma before more
    names ("Department of wicks, oil, and glass") continues the name. Words that a dash
    splits ("Wick Care - The unit keeps ...") are a name and its description, which the
    item's name reads (``item_name``)."""
    match = _NAME_BEFORE_CLAUSE.match(block.text) or _name_before_verb(block.text)
    if match is None:
        return None
    name = match.group("name").strip()
    if _SPACED_DASH.search(name):
        return None
    words = name.split()
    if not words or len(words) > MAX_CLAUSE_NAME_WORDS or words[0].lower() in LINK_VERBS:
        return None
    # "Formulating the agency policies, ...": a duty; "Lighting Standards, through ...",
    # "Contracting and Procurement, which ...": a name (its next content word capitalized).
    after = [w for w in words[1:] if w not in ("and", "&")][:1]
    duty = words[0].endswith("ing") and after != [w.capitalize() for w in after]
    if duty or not (_unit_worded(name) or is_capitalized_name(name)):
        return None
    start = block.start + match.start("name")
    return name, start, start + len(name)


# "The Cabinet of the Lamp Warden supports ...", "The Wick Care unit encompasses ...": a name
# from its capital (accented ones too: "Éclair Care"), then a verb in the present that ends
# in -s; the pieces are shared with ``_NAME_BEFORE_VERB_SERIES``.
_OPENING_ARTICLE = r"(?:(?:A|An|The)\s+)?"
_NAME_CHARACTER = r"[^;:.()\n,]"
_VERB_IN_S = r"\s+" + SMALL + r"{2,}s"
_NAME_BEFORE_VERB = re.compile(
    _OPENING_ARTICLE
    + r"(?P<name>"
    + CAPITAL
    + _NAME_CHARACTER
    + r"{1,80}?)(?="
    + _VERB_IN_S
    + r"\s)"
)

register(
    "name_before_verb",
    "name",
    """A list item that is a sentence about a unit, in a list a lead-in says names units,
    names it in its opening words before its verb in the present ("The Cabinet of the Lamp
    Warden supports the Warden ...", "The Wick Care unit encompasses ...", "The Office in
    Oiltown aims to ..."): the words before the first lower-case word in -s, when the last
    of them is capitalized or a unit noun.""",
)


# "Wick, Oil, and Glass Care provides ...", "Lamp Care plans, trims, and dips ...": a name
# whose words a comma parts before a capitalized word (or "and", "&" and one), then a verb in
# -s before a space or the comma of a series of verbs (``name_before_verb_series``).
_NAME_BEFORE_VERB_SERIES = re.compile(
    _OPENING_ARTICLE
    + r"(?P<name>"
    + CAPITAL
    + r"(?:"
    + _NAME_CHARACTER
    + r"|,(?=\s+(?:(?:and|&)\s+)?"
    + CAPITAL
    + r"))"
    + r"{1,80}?)(?="
    + _VERB_IN_S
    + r"[\s,])"
)
# The close of a series of names: "and" or "&" after the last comma.
_SERIES_CLOSED = re.compile(r",[^,]*\s(?:and|&)\s[^,]*\Z")

register(
    "name_before_verb_series",
    "name",
    """A list item that is a sentence about a unit, in a list a lead-in says names units,
    names it in its opening words before its verb in the present as ``name_before_verb``
    reads it, when commas of a series stand in its name or after its verb: a name that is
    itself a series of capitalized words closed by "and" or "&" ("3. Wick, Oil, and Glass
    Care provides ...", "Lamps, Wicks & Oil delivers ...") is one name, and a verb that
    opens a series of verbs ("Lamp Care plans, trims, and dips ...") is read before its
    comma. Words with a comma but no closing "and" before the verb ("Glass, Lamp resources
    and Oil": "Glass, Lamp" before "resources") are a list of names, no name; a comma
    before a word in lower case ends the name. Words before the first comma that are a post
    ("Director, Wick and Oil Services oversees ...", ``post_head``) name a post and the area
    it heads, no unit.""",
)


def _name_before_verb(text: str) -> re.Match[str] | None:
    """The opening name of an item before its verb in -s (``name_before_verb``), commas of
    a series read (``name_before_verb_series``)."""
    if not enabled("name_before_verb"):
        return None
    match = _NAME_BEFORE_VERB.match(text)
    if match is None and enabled("name_before_verb_series"):
        match = _NAME_BEFORE_VERB_SERIES.match(text)
        name = match.group("name") if match is not None else ""
        if "," in name and _SERIES_CLOSED.search(name) is None:
            return None  # "Glass, Lamp resources": names of a list, not one name
        if "," in name and post_head(name.split(",", 1)[0]):
            return None  # "Director, Wick and Oil Services": a post and its area
    if match is None:
        return None
    last = match.group("name").split()[-1]
    if not (last[:1].isupper() or last.lower() in UNIT_NOUNS):
        return None
    return match


_DASHES = frozenset({"–", "—", "-"})
# A dash with a space on each side parts a name from what follows ("Wick Care - The unit");
# one closed up joins a name's words ("Wick–Glass Liaison Unit").
_SPACED_DASH = re.compile(r"\s[–—-]\s")


def is_capitalized_name(name: str) -> bool:
    """Every content word capitalized (a proper name, not a sentence); a spaced dash between
    a name and its qualifier ("Lamp Division – Oil Supply") is part of the name
    (``dash_qualified_name``), and so are a post's portfolio's words in parentheses
    ("Deputy Secretary (Wick Policy)", ``portfolio_in_parentheses``)."""
    if "(" in name and enabled("portfolio_in_parentheses"):
        name = PORTFOLIO.sub(lambda found: " " + found.group("words"), name)
    words = name.split()
    if enabled("dash_qualified_name"):
        words = [w for w in words if w not in _DASHES]
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS for w in words)


def _unit_worded(name: str) -> bool:
    """Whether a name holds a unit noun or a position word; not a project's name, a noun of
    an undertaking before "of" ("Establishment of a Wick Testing Laboratory", "Construction
    of the Oil Depot Office"), whose unit noun names what is built (``unit_worded_items``)."""
    tokens = name_tokens(without_acronyms(name))
    if len(tokens) > 2 and tokens[0] in UNDERTAKING_NOUNS and tokens[1] == "of":
        return False
    return bool(set(tokens) & (UNIT_NOUNS | POSITION_WORDS)) and bool(tokens)


def _names_units(heading: str | None) -> bool:
    """A heading that names units in the plural: "Divisions", "Our Offices", "Organizational
    Structure"."""
    if not heading:
        return False
    tokens = set(re.findall(r"[a-z]+", heading.lower()))
    if tokens & LISTING_NOUNS or tokens & ORGANIZATION_WORDS:
        return True
    # "Sections under this department": sections of a body the heading names; "Sections"
    # alone heads a document's table of contents
    return bool(tokens & (listed_sections() - LISTING_NOUNS)) and bool(tokens & UNIT_NOUNS)


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


def already_a_unit(name: str, context: ListContext) -> bool:
    """An item that names a unit found already (the page's own subject, a unit with its own
    heading) refers to it, and so does a heading that names a unit a list before it named
    ("It has these offices:", then a section per office): neither is a second unit (part of
    ``repeated_unit``: a page that names a unit again names the same unit)."""
    return enabled("repeated_unit") and context.resolve(name) is not None


def listed_type(words: str) -> UnitType | None:
    """The unit type a lead-in or heading gives its items: "Offices include:" lists offices,
    "Directorates" directorates."""
    tokens = re.findall(r"[a-z]+", words.lower())
    nouns = [t for t in tokens if t in LISTING_NOUNS]
    if not nouns:
        return None
    noun = nouns[-1]
    if noun.startswith("directorate"):
        return UnitType.DIRECTORATE
    if noun in ("teams", "units", "elements", "components", "organizations"):
        return UnitType.OTHER
    return UnitType.OFFICE


def _last_sentence(paragraph: str) -> str:
    """The sentence a lead-in paragraph ends with (the one that introduces the list)."""
    cut = max(paragraph.rfind(". "), paragraph.rfind("? "), paragraph.rfind("! "))
    return paragraph[cut + 2 :] if cut >= 0 else paragraph


@rule("unit", off=False)
def listed_after_lead_in(lead_in: str) -> bool:
    """Items of a list introduced by a lead-in that names units ("Offices include:", "The
    following divisions:") are units."""
    return introduces_units(lead_in)


# "The staff is comprised of the following:", "The agency is organized into four areas:",
# "There shall be four bureaus in the office of X:": a sentence saying what a body is made of,
# or counting its parts, before a colon. A count in figures has at most three: four are a
# year's ("In 2019 the divisions ...").
_NUMBER_WORDS = "|".join(word for word, number in NUMBER_WORDS.items() if number <= 15) + (
    r"|\d{1,3}"
)
# The verbs that say what a body is made of ("consists of", "comprises", "is made up of") and
# into what it is divided: shared by the lead-ins and subjects that read a body's parts.
MADE_OF_VERB = (
    r"consists?\s+of|comprises?(?:\s+of)?|(?:is|are|be)\s+(?:comprised|composed|made\s+up)\s+of"
)
# The same verbs as participles: "the Bureau, consisting of A, B, and C", "a staff comprising
# A and B".
COMPOSED_PARTICIPLE = r"consisting\s+of|comprising(?:\s+of)?|(?:made\s+up|composed|comprised)\s+of"
# One vocabulary of the verbs of division: the participles that say, after "is" or "are",
# into what a body is divided. The lead-ins, the sentences that count or enumerate a body's
# parts and the section's own parts read the first three ("is organized (divided,
# structured) into": DIVIDED_PARTICIPLES, DIVIDED_INTO_VERB), some "subdivided" too
# (SUBDIVIDED); a sentence whose subject names a unit reads them all (DIVISION_VERB,
# ``divided_into_verbs``): "split", "separated", "broken (down)" and "grouped" besides,
# "also" and "further" before them and "into" or "to include" after.
DIVIDED_PARTICIPLES = r"organi[sz]ed|divided|structured"
SUBDIVIDED = r"sub-?divided"
SPLIT_PARTICIPLES = SUBDIVIDED + r"|split|separated|broken(?:\s+down)?|grouped"
DIVIDED_INTO_VERB = r"(?:is|are|be)\s+(?:" + DIVIDED_PARTICIPLES + r")\s+into"
# Any participle of division and what follows it: "(further) split into", "divided to include".
DIVISION_PARTICIPLE = (
    r"(?:also\s+)?(?:further\s+)?(?:"
    + DIVIDED_PARTICIPLES
    + r"|"
    + SPLIT_PARTICIPLES
    + r")\s+(?:into|to\s+include)"
)
DIVISION_VERB = r"(?:is|are|be)\s+" + DIVISION_PARTICIPLE
# A piece of each participle of division, one of which every verb of division holds.
DIVISION_PIECES = (
    "organized",
    "organised",
    "divided",
    "structured",
    "split",
    "separated",
    "broken",
    "grouped",
)
# How a body that has its parts counts or announces them: "has the following", "has
# several", "has three" (``held_parts_lead_in``, and the lead-ins the offices package reads).
HELD_COUNT = r"the\s+following|several|various|a\s+number\s+of|" + _NUMBER_WORDS
_COMPOSITION = re.compile(
    r"\b(?:" + MADE_OF_VERB + r"|" + DIVIDED_INTO_VERB + r")\b"
    r"|\b(?:" + _NUMBER_WORDS + r")(?P<figures>\s*\(\d{1,2}\))?\s+(?:[a-z]+\s+)?"
    r"(?:" + "|".join(sorted(LISTING_NOUNS)) + r")\b",
    re.IGNORECASE,
)

register(
    "count_with_figures",
    "unit",
    """A count written in words and then in figures ("six (6) directorates", "seven (7)
    sections", the style of statutes and of many governments' pages) is a count as the word
    alone is: a lead-in that counts a body's parts so introduces them ("There are six (6)
    directorates at the Wick Depot, namely:", ``composition_lead_in``), and a sentence
    that counts them before a colon lists them ("The Lamp Store comprises four (4)
    sections: A, B, C and D", ``enumerated_units``).""",
)


@rule("unit", off=False)
def composition_lead_in(lead_in: str) -> bool:
    """A lead-in that says what a body is made of ("The staff is comprised of the
    following:", "The agency is organized into four functional areas:") or counts its parts
    ("There shall be four bureaus in the office of lamps:") introduces its units, though it
    names no plural unit noun at its end: the language of statutes and regulations."""
    if not lead_in.rstrip().endswith(":"):
        return False
    sentence = _last_sentence(lead_in.rstrip())
    found = _COMPOSITION.search(sentence)
    if found is not None and what_the_parts_do(sentence[found.end() :]):
        return False
    return found is not None and (not found.group("figures") or enabled("count_with_figures"))


# After what a body is made of, a verb of service or charge and "the following" before the
# colon: "... four teams that provide the following services:", "... and is responsible for
# the following:".
_PARTS_DO = re.compile(
    r"\b(?:provides?|providing|offers?|delivers?|administers?|performs?|handles?|carr(?:y|ies)"
    r"\s+out|(?:is|are)\s+responsible\s+for)\s+(?:[a-z]+\s+){0,3}?the\s+following\b[^:]*:\s*$",
    re.IGNORECASE,
)


@rule("filter", off=False)
def what_the_parts_do(rest: str) -> bool:
    """A lead-in that says what a body is made of and goes on to what it or its parts
    provide or are charged with before the colon ("The Wick Division is comprised of four
    teams that provide the following services to the town:", "The department comprises the
    Wick Store and is responsible for the following:") introduces those services or duties,
    not the body's parts: the list after it names no units. ``rest`` is the lead-in's
    sentence after its words of composition."""
    return _PARTS_DO.search(rest) is not None


# A noun of direction, perhaps after a modifier: "under the general supervision of", "under
# the aegis of", "under the Lamp Bureau's direction".
DIRECTION_NOUN = (
    r"(?:(?:direct|general|overall|administrative)\s+)?"
    r"(?:direction|supervision|control|authority|oversight|management|leadership|command"
    r"|purview|auspices|aegis|umbrella|guidance)"
)
# What is said of a unit right before the name of a body that is no part of it: one it
# reports to, is directed by, works with or supports ("reports to", "under the direction of",
# "works closely with", "assists").
OTHERS_VERB = (
    r"\b(?:(?:reports?|reporting|answers?|answerable|accountable)\s+(?:directly\s+)?to"
    r"|under\s+the\s+" + DIRECTION_NOUN + r"\s+of"
    r"|(?:supervised|overseen|directed|managed|led|headed)\s+by"
    r"|(?:works?|working|partners?|cooperates?|collaborates?|liaises?|coordinates?)"
    r"\s+(?:closely\s+)?with"
    r"|in\s+(?:support|cooperation|partnership|collaboration|conjunction|coordination)"
    r"\s+(?:of|with)"
    r"|supports|assists|advises)"
)
# The same before a count of units: "reports to two offices:", "works closely with the
# following three departments:" count bodies the unit answers to or works with, and "is one
# of four divisions:" the unit's peers, not its parts (``enumerated_units``,
# ``counted_then_named``, ``counted_parts_lead_in``).
OTHERS_COUNTED = re.compile(
    r"(?:" + OTHERS_VERB + r"|\b(?i:one)\s+of|\bamong)\s+(?:the\s+)?(?:following\s+)?\Z"
)


# "It has 3 Divisions namely;", "The bureau is organized into four sections, each led by a
# chief.": a count and up to two qualifying words before a plural noun (read by
# :func:`plural_unit_noun`).
COUNTED_PLURAL = re.compile(
    r"(?<![\w.])(?:" + _NUMBER_WORDS + r")(?:\s*\(\d{1,2}\))?\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z]+s)\b",
    re.IGNORECASE,
)


# "runs the following programs", "offers these services", "four programmes": what a body
# offers, announced or counted after a count of its parts (``counted_parts_lead_in``).
_ANNOUNCED_OFFERINGS = re.compile(
    r"\b(?:following|these|those|the|" + _NUMBER_WORDS + r")\s+(?:[a-z-]+\s+)?"
    r"(?:programs|programmes|services)\b",
    re.IGNORECASE,
)


# "The three divisions ...", "Each of the four sections ...": a count that opens a sentence
# after "the" is its subject, parts the page has named (``counted_parts_lead_in``).
_DEFINITE_SUBJECT = re.compile(r"\W*(?:(?:each|all|both|any)\s+(?:of\s+)?)?the\s+", re.I)


def _names_parts(sentence: str, found: re.Match[str]) -> bool:
    """Whether a count or "the following" and its plural noun (``found``) in a lead-in's
    last sentence name the body's own parts: a plural unit noun, not the bodies the unit
    reports to or is one of, not parts the sentence is about ("The three divisions ..."),
    and no programs or services announced after them (``counted_parts_lead_in``,
    ``lead_in_counts_units``)."""
    return (
        plural_unit_noun(found.group("noun"))
        and not OTHERS_COUNTED.search(sentence[: found.start()])
        and not _ANNOUNCED_OFFERINGS.search(sentence, found.end())
        and not _DEFINITE_SUBJECT.fullmatch(sentence, 0, found.start())
    )


@rule("unit", off=False)
def counted_parts_lead_in(lead_in: str) -> bool:
    """A paragraph before a list whose last sentence counts a body's parts by a plural unit
    noun introduces the list's items as those parts, though it ends in a full stop or a
    semicolon rather than a colon ("The Lamp Office has three divisions.", "It has 3
    Divisions namely;", "The bureau is comprised of five sections, each led by a chief.",
    "The guild works through six departments;"): pages set the lead-in as a sentence of its
    own above the list as often as before a colon (``listed_after_lead_in``). A count of
    what is no unit ("The team is composed of 5 staff.", "We run four programs.") introduces
    nothing, and so does a count of the bodies the unit is one of, reports to or works with
    ("The Wick Bureau is one of three divisions of the Lamp Office.", "It reports to two
    offices."): they are its peers or its bosses, not its parts. A sentence that goes on to
    announce what the body offers ("Through its two divisions, the Office runs the following
    programs.", "The Office has two divisions and runs four programs.") introduces those,
    and a sentence whose subject is the counted parts ("The three divisions share these
    goals.", "Each of the three divisions is led by a chief.") says something of parts the
    page names elsewhere. A count has one to three figures: a year before a plural ("In
    2019 the divisions moved.") is a date, no count."""
    text = lead_in.rstrip()
    if text.endswith(":") or text.endswith("?"):
        return False
    last = _last_sentence(text)
    return any(_names_parts(last, found) for found in COUNTED_PLURAL.finditer(last))


# "The following organizations assist the Director.", "the following departments report
# directly to the Warden: ...", "The Following Offices": a sentence that opens by announcing
# what follows, with up to three words that qualify its plural noun ("The following advisory
# bodies", "The following Boards and Councils"). Read by ``following_lead_in`` and
# ``inline_colon_list``, with :func:`plural_unit_noun`.
FOLLOWING = re.compile(
    r"\b(?i:the\s+following)\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?P<noun>[A-Za-z]+s)\b"
)
_BODY_PLURALS = frozenset({"bodies", "entities", "organisations"})
# What a body offers rather than its parts: "The following services are offered to ...".
OFFERINGS = frozenset({"programs", "programmes", "services"})
# Their singulars: "each service, including ...", "every program" (``semicolon_named_series``).
OFFERING_NOUNS = frozenset(word.removesuffix("s") for word in OFFERINGS)


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


def plural_unit_noun(word: str) -> bool:
    """A plural noun that names units ("divisions", "offices", "advisory bodies"), not what
    a body offers ("programs", "services")."""
    word = word.lower()
    if word in OFFERINGS:
        return False
    return word in LISTING_NOUNS or word in _BODY_PLURALS or word[:-1] in UNIT_NOUNS


# "... and these important tasks", "..., the following staff": "the following", "these" or
# "those" and at most one modifier closing a lead-in name what it announces after a count of
# units (``lead_in_counts_units``).
_ANNOUNCED_AFTER = re.compile(
    r"\b(?:the\s+following|these|those)\s+(?:[^\W\d_][\w-]*\s+)?(?P<what>[^\W\d_]+)\W*\Z",
    re.I,
)
# Nouns of people that name no unit and take no plural ending: "and the following staff:".
_PEOPLE_UNCOUNTED = frozenset({"staff", "personnel"})


def _announces_no_units(rest: str) -> bool:
    """Whether what a lead-in says after its count of units closes by announcing, with "the
    following", "these" or "those", something named by its last word that is no unit: a
    plural that is no unit noun ("..., which carry out these important tasks") or staff
    ("... and the following staff"). Words going on past it ("and these are as follows",
    "; these report to the director", "each of these led by a chief"), or none ("which are
    the following"), refer back to the units counted."""
    announced = _ANNOUNCED_AFTER.search(rest)
    if announced is None:
        return False
    what = announced.group("what").lower()
    if plural_unit_noun(what):
        return False
    return what in _PEOPLE_UNCOUNTED or what.endswith("s")


@rule("filter", off=False)
def lead_in_counts_units(lead_in: str) -> bool:
    """An item in sentence case ("Fleet management", "Internal audit") of a list whose
    lead-in names its items by a plural unit noun, counting or announcing them, is a unit,
    whichever finder took the list (those of ``announced_units_in_sentence_case`` keep such
    items already) and whether the lead-in ends in a colon or a full stop
    ("The directorate consists of the following four divisions:" over "Wick supply",
    "Glass Works"; "We are made up of nine divisions that work together." over "Oil
    stores", "General Counsel"): ``sentence_case_item`` does not drop it, as it does not
    after the lead-ins of ``announced_units_in_sentence_case``. What the lead-in counts or
    announces last is what the list holds: a lead-in that goes on from its units to their
    functions or programs ("The office is comprised of 5 units and is responsible for the
    following:", "The office runs five regional programs:") or to anything else it
    announces with no plural unit noun ("The division has four sections and the following
    staff:", "... five units, which carry out these tasks:") announces no units, nor does
    one that counts the bodies the unit reports to or works with ("It reports to two
    offices:") or whose subject is the counted parts ("The three divisions
    share these goals:"). Only a short name of whole words in sentence case
    (``sentence_case_part_kept`` reads the same), not a stub an abbreviation cut ("U.S" of
    "U.S. Bureau of Wicks")."""
    last = _last_sentence(lead_in.rstrip().rstrip(":;. "))
    found = [m for pattern in (COUNTED_PLURAL, FOLLOWING) for m in pattern.finditer(last)]
    if not found:
        return False
    final = max(found, key=lambda match: match.start("noun"))
    rest = last[final.end() :]
    return (
        _names_parts(last, final)
        and not what_the_parts_do(rest + ":")
        and not _announces_no_units(rest)
    )


# "They include:", "These are:", "Those also include the following:": a lead-in sentence of
# a pronoun that refers back and a verb of listing in the plural, nothing more
# (``referring_lead_in``).
_REFERRING_LEAD = re.compile(
    r"(?:They|These|Those)\s+(?:also\s+)?(?:"
    + "|".join(sorted(verb for verb in LIST_VERBS if not verb.endswith(("s", "ing"))))
    + r")(?:\s+the\s+following|\s+as\s+follows)?\s*:"
)
# The sentence it refers back to, in the body's own voice: "Our" and up to three words
# before a plural ("Our Lamp Services help ...", "Our Wick Guilds are ..."), or "We (also)
# have" and a plural ("We also have committees that ...").
_OWN_PLURAL = re.compile(
    r"(?:Our|We\s+(?:also\s+)?have)\s+(?P<words>(?:[\w’'-]+\s+){0,3}?)"
    r"(?P<noun>[^\W\d_]+s)\b"
)
# Those a body's pages speak of as theirs who are no part of it: its members, partners,
# customers, staff and the like.
_OUTSIDE_PLURALS = (
    BUSINESS_NOUNS
    | _PEOPLE_UNCOUNTED
    | frozenset({"partners", "customers", "clients", "stakeholders", "residents", "users"})
)
# What opens the object of a verb in "-s" ("covers three areas", "trims the wicks", "focuses
# on lamps"): a word in "-s" right before one is the sentence's verb, not its plural noun.
_OBJECT_AFTER = re.compile(
    r"\s+(?i:the|a|an|all|many|several|some|its|our|their|your|on|upon|\d+|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\b"
)


def _own_groups(found: re.Match[str], sentence: str) -> bool:
    """Whether the plural ``_OWN_PLURAL`` found names the body's own groups
    (``referring_lead_in``): a plural unit noun ("committees"), or a plural a capitalized
    word qualifies ("Our Lamp Services", "Our Wick Guilds"); not the body's posts ("Our
    Commissioners", "Our Lamp Directors"), people or members ("Our partners", "We have
    volunteers", "Our lamp experts"), programs ("Our Lamp Initiatives"), what it offers
    alone ("Our Services") nor a verb in "-s" before its object ("Our work covers three
    areas", "Our Lamp Care focuses on lamps")."""
    noun = found.group("noun").lower()
    singular = in_singular(noun)
    if noun in _OUTSIDE_PLURALS or noun in PROGRAM_NOUNS or singular in PROGRAM_NOUNS:
        return False
    if noun in POSITION_WORDS or singular in POSITION_WORDS:
        return False
    if _OBJECT_AFTER.match(sentence, found.end()):
        return False
    return plural_unit_noun(noun) or any(w[:1].isupper() for w in found.group("words").split())


def _people(names: list[str]) -> bool:
    """Whether every one of a list's names is a person's ("Ada Glassby", "Jon Wickman"): a
    lead-in that refers back to the body's groups lists people instead (``referring_lead_in``;
    "Lamp Repair" alone may read as one, "Wick Sales" beside it does not)."""
    return bool(names) and all(person_name(name) for name in names)


@rule("unit", off=False)
def referring_lead_in(lead_in: str) -> bool:
    """A lead-in whose last sentence only refers back and lists ("They include:", "These
    are:", "Those also include the following:") introduces the plural named by the sentence
    before it in the same paragraph, where that sentence speaks of the body's own groups in
    its own voice ("Our Lamp Services keep the hall lit. They include:", "Our Wick Guilds
    are great partners. These include:", "We also have committees that trim wicks. These
    include:"): its items are those groups, units though the plural is no unit noun the
    other lead-ins know. The plural names groups when it is a unit noun or a capitalized
    word qualifies it ("Our Support Lamps", "Our Lamp Services"); a plural alone in the
    body's voice ("Our services help you.", "We have volunteers who trim wicks.", "Our
    lamp experts advise.", "Our Services help you.") may be anything it has. Nor do its
    posts ("Our Commissioners serve the town.", "Our Lamp Directors lead the work."), its
    programs ("Our Lamp Initiatives"), its members, partners, customers or staff ("Our
    partners help us. They include:"), who are no part of it, nor a verb in "-s" before its
    object read as the plural ("Our work covers three areas.", "Our Lamp Care focuses on
    lamps."). The items must be proper names (``capitalized_item_name``), and not all
    people's names."""
    text = lead_in.rstrip()
    last = _last_sentence(text)
    if _REFERRING_LEAD.fullmatch(last) is None:
        return False
    before = _last_sentence(text[: len(text) - len(last)].rstrip())
    found = _OWN_PLURAL.match(before)
    return found is not None and _own_groups(found, before)


@rule("unit", off=False)
def following_lead_in(lead_in: str) -> bool:
    """A lead-in sentence that opens "The following" and a plural unit noun ("The
    following organizations assist the Warden.", "The following Boards and Councils are
    transferred to the Office.", "The following advisory bodies are hereby established:")
    announces the list after it, whether it ends in a colon or a period: its items are
    those units. What a body offers ("The following services are offered ...", "The
    following programs ...") is no units."""
    if "ollowing" not in lead_in and "OLLOWING" not in lead_in:
        return False
    match = FOLLOWING.search(_last_sentence(lead_in.rstrip()))
    return match is not None and plural_unit_noun(match.group("noun"))


# "the following functional areas:", "6 primary organizational functions ... as follows:",
# "seven work areas": a word of structure before "areas" or "functions" makes them the
# body's parts (read by ``functional_area_lead_in``).
_FUNCTIONAL_AREAS = re.compile(
    r"\b(?:functional|organi[sz]ational|work|business|operational)\s+(?:areas|functions)\b",
    re.IGNORECASE,
)


@rule("unit", off=False)
def functional_area_lead_in(lead_in: str) -> bool:
    """A lead-in that ends in a colon and announces "functional areas", "organizational
    functions" or "work areas" ("The Wick Office provides for the following functional
    areas:", "There are established 4 primary organizational functions in the Office as
    follows:") introduces the body's parts, as "divisions" would: the word before "areas"
    or "functions" speaks of the body's structure, not of its subject matter ("the following
    areas:", "the following functions:" stay lists of duties). Its items are units where
    named as proper names."""
    text = lead_in.rstrip()
    return text.endswith(":") and _FUNCTIONAL_AREAS.search(_last_sentence(text)) is not None


# "The division has three programme areas namely:", "the department houses various sectors
# including ;", "It has several sections which include:": a body that has or houses a count of
# parts (or "several", "various", "the following") by a plural noun of parts, then the colon
# or semicolon (read by ``held_parts_lead_in``).
_HELD_PARTS = re.compile(
    r"\b(?:has|have|houses|hosts|contains)\s+(?:" + HELD_COUNT + r")(?:\s*\(\d{1,2}\))?"
    r"\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z]+s)(?:\s*/\s*[A-Za-z]+s)?,?"
    r"(?:\s+(?:namely|including|which\s+(?:include|are)|as\s+follows|viz\.?))?\s*[:;]\Z",
    re.IGNORECASE,
)
# Plural nouns for a body's parts that name no unit by themselves ("areas", "sectors",
# "sections"): a body that has them says it is made of them.
_PART_PLURALS = frozenset({"areas", "sectors", "sections"})


@rule("unit", off=False)
def held_parts_lead_in(lead_in: str) -> bool:
    """A lead-in whose last sentence says a body has or houses its parts, counted or
    announced, before a colon or a semicolon ("The Wick Division has three programme areas
    namely:", "the lamp department houses various sectors including ;", "The Office has
    several sections which include:") introduces those parts: the verb of having makes the
    areas, sectors or sections the body's own, where "manages the following program
    areas:" or "provides services in the following areas:" speak of its work. A plural
    unit noun ("has three divisions:") is the other lead-ins' (``counted_parts_lead_in``)."""
    text = lead_in.rstrip()
    if not text.endswith((":", ";")):
        return False
    found = _HELD_PARTS.search(_last_sentence(text))
    if found is None:
        return False
    return found.group("noun").lower() in _PART_PLURALS


# A name written in lower case, or in sentence case as an item opens: letters, spaces, "&",
# "-" and apostrophes only ("wick department", "Lamps and posts division", "gas").
_LOWER_CASE_NAME = re.compile(r"[A-Za-z][a-z&'’ -]*")


@rule("unit", off=False)
def following_lower_case(name: str) -> bool:
    """A list that "the following" and a plural unit noun announce names units even when
    its names are written in lower case, as statutes and codes often write them: "there are
    hereby established the following departments: department of lamps, wick department, oil
    and glass, and department of matches", or "The following divisions are created within
    the department:" over the items "a. Wick care division which is responsible for ...",
    "b. Office of the warden which ...". The announcement says what the items are, so the
    case of their words need not: each short item in lower case or sentence case (up to six
    words of letters, read up to its clause in a list) is a unit. In a legal outline the
    announcement may be an item of its own over the lettered items (``outline_lead_in``). A
    name with figures, brackets or a full stop in it is no such name, nor one that opens
    with an article or a determiner ("the regional offices in each county", "such other
    divisions", "each district office"): those describe units, they name none; in a list
    written inline, "the" before one unit's name in the singular ("the department of
    lamps, the department of wicks") is no part of the name."""
    words = name.split()
    return (
        0 < len(words) <= MAX_LOWER_CASE_WORDS
        and words[0].lower() not in DESCRIBING_OPENERS
        and _LOWER_CASE_NAME.fullmatch(name) is not None
    )


# The words that open a description of units rather than a name: an article, a determiner
# or a count ("the regional offices", "such other divisions", "two district offices").
DESCRIBING_OPENERS = frozenset(
    {
        "the",
        "a",
        "an",
        "each",
        "every",
        "all",
        "any",
        "such",
        "other",
        "its",
        "their",
        "these",
        "those",
        "some",
        "several",
        "various",
        "one",
        "two",
        "three",
        "four",
        "five",
    }
)


# The words of a position title that modify its head and name no one alone.
TITLE_MODIFIERS = frozenset(
    {"under", "general", "deputy", "assistant", "associate", "chief", "executive", "principal"}
)


@rule("filter", off=False)
def title_modifier_alone(name: str) -> bool:
    """A name that is one word of a position title that modifies its head ("Under" from
    "Under the direction of ...", "General" from a paragraph headed "(a) General.") names no
    unit and no position: it is a section's label or the first word of a phrase."""
    words = name.split()
    return len(words) == 1 and words[0].lower().strip(".,:;") in TITLE_MODIFIERS


# A short proper name: one to three capitalized words ("Lampton", "North Oilshire").
_PROPER_PART = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}")


@rule("filter", off=False)
def place_and_region(name: str) -> bool:
    """A list item that is two short proper names split by a comma, with no "and" after it
    and no unit noun or position word in either ("Lampton, Oilshire", "Wickby, North
    Oilshire", "Cottage Infirmary, Lampton"), names where something stands, a town and its
    region or a facility and its town, as a list of an agency's offices by location gives
    them under a heading that is the unit ("District Lamp Offices"): it is no unit. A comma with
    an "and" after it joins a unit's areas ("Trade, Industry and Finance"), and a post
    before a comma ("Lamp Director, Wick Supply") is a post."""
    parts = [part.strip(" *") for part in name.split(",")]
    if len(parts) != 2 or re.search(r"\band\b|&", name):
        return False
    if set(name_tokens(name)) & (UNIT_NOUNS | POSITION_WORDS):
        return False
    return all(_PROPER_PART.fullmatch(part) for part in parts)


# A part of a document or a span of time, and its number or letter: "Appendix B", "Week 3".
_PART_LABEL = re.compile(
    r"(?i:appendix|annex|schedule|section|chapter|part|article|week|phase|step)"
    r"\s+(?:\d+[A-Za-z]?|[IVXL]+|[A-Z])\.?"
    # a numbered instrument: "Executive Order No. 12", "Letter of Instruction No. 4"
    r"|(?:[A-Z][a-z]+\s+)*(?i:order|letter|circular|memorandum|resolution|ordinance|decree"
    r"|proclamation|directive|instruction)(?:\s+of(?:\s+[A-Z][a-z]+)+)?\s+No\.?\s*\d+",
)


@rule("filter", off=False)
def document_part_label(name: str) -> bool:
    """A name that is only the label of a part of a document or of a span of time, a word
    such as "appendix", "section", "chapter" or "week" and its number or letter ("Appendix
    B", "Section 7", "Chapter IV", "Week 2"), numbers where the page's text stands or when
    something happens ("Week 2 – Wick Supply and Glass Care": the board's agenda that week),
    not a unit: a unit's name holds a word of its own ("Wick Section 7", "Lamp Team B"). So
    does a numbered instrument's title ("Executive Order No. 12", "Letter of Instruction No.
    4"): the order or the letter, not a body."""
    return _PART_LABEL.fullmatch(name.strip()) is not None


@rule("filter", off=False)
def refers_back(name: str) -> bool:
    """A name made of a pronoun or a determiner and at most one bare unit noun ("It", "The
    board", "The Team", "This office") refers to a unit named elsewhere; it names none. A word
    in capitals is an acronym, no pronoun ("WE Unit", "THE Unit")."""
    first = re.search(r"[A-Za-z]+", name)
    if first is None or first.group().lower() not in REFERRING_WORDS:
        return False
    if len(first.group()) > 1 and first.group().isupper():
        return False
    rest = unit_nouns_only(name)
    return rest is not None and len(rest) <= 1


# The verbs of supervision: a body "supervises", "oversees" or "directs" the units it leads.
SUPERVISING_VERB = r"supervises?|oversees?|directs?"
# "The Office of the Warden shall supervise the following staff offices:", "The Wick Office
# also directs the following three divisions:": a subject, then a verb of supervision (a
# modal and "also" allowed) before "the following" (``supervises_the_following``).
_SUPERVISING_LEAD = re.compile(
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
    last = _last_sentence(lead.text)
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
    last = _last_sentence(lead.text.rstrip()).lstrip()
    names = [re.escape(agency.name)]
    if agency.acronym:
        names.append(re.escape(agency.acronym))
    head = _agency_head(agency.name)
    if head is not None:
        names.append(r"(?<=The\s)" + re.escape(head))
    opening = None
    if lead.text.rstrip().endswith(":"):
        opening = re.match(r"(?:The\s+)?(?:" + "|".join(names) + r")(?:['’]s)?\b", last)
    if opening is None and enabled("agency_lead_in_composed"):
        if head is not None:
            names.append(r"(?<=the\s)" + re.escape(head))
        opening = re.search(r"\b(?:" + "|".join(names) + r")" + _COMPOSED_OF_THE_FOLLOWING, last)
    if opening is None:
        return None
    heading = context.heading or ""
    if head is not None and head.lower() in heading.lower().split():
        return None
    return agency


# The header of a table's column of posts, beside a column of names ("Name | Title").
_POST_HEADERS = frozenset({"title", "position", "post", "job title", "designation"})


def unit_column(lead_in: str) -> int | None:
    """Which column of a table's header row is headed by a unit noun ("Unit | Phone": 0,
    "Name | Role | Team": 2), if any; else the column of posts beside a column of names
    ("Name | Title": 1), whose posts name the rows' units as a list of officials' titles
    does, not the people."""
    if " | " not in lead_in:
        return None
    headers = [header.strip().lower().rstrip(":") for header in lead_in.split(" | ")]
    for index, header in enumerate(headers):
        if header.rstrip("s") in UNIT_NOUNS:
            return index
    if "name" in headers:
        return next((i for i, header in enumerate(headers) if header in _POST_HEADERS), None)
    return None


@rule("unit", off=False)
def table_unit_column(lead_in: str) -> bool:
    """Rows of a table with a column headed by a unit noun ("Unit | Phone", "Name | Role |
    Team") name units in that column (a unit named in many rows is one unit); a table of
    people and their posts ("Name | Title", "Name | Position") names them in its column of
    posts, not of people."""
    return unit_column(lead_in) is not None


@rule("unit", off=False)
def listed_under_unit_heading(heading: str | None) -> bool:
    """Items of a list under a heading that names units in the plural ("Divisions", "Our
    Offices", "Organizational Structure") are units."""
    return _names_units(heading)


@rule("unit", off=False)
def unit_worded_items(names: list[str]) -> bool:
    """A list most of whose items are worded as units or positions ("Real Estate Division",
    "Deputy Director for Operations") names units. An item that opens with a noun of an
    undertaking before "of" ("Establishment of a Wick Testing Laboratory", "Construction of
    the Oil Depot Office") names a project, the work of setting up what follows, and is not
    worded as a unit: a list of a body's projects is no list of its units."""
    worded = sum(_unit_worded(name) for name in names)
    return bool(names) and worded * 2 > len(names)


# "Name – what it does": an item's name before a spaced dash (or hyphen) on its first line.
_DASH_LABEL = re.compile(r"(?P<label>[A-Z][^\n:]*?)\s+[–—-]\s+\S")


def dash_label(item: Block) -> str | None:
    """The name a "Name – what it does" list item gives before its dash."""
    if item.kind != LIST_ITEM:
        return None
    match = _DASH_LABEL.match(item.text)
    return match.group("label") if match else None


@rule("unit", off=False)
def label_line_run(labels: list[str], label_counts: Counter) -> bool:
    """A run of two or more "Label: what it does" lines, each label a short proper name (the
    acronym it defines aside: "Lamp Rules (LR):") given once (``repeated_label_run``), lists
    units; so does a list whose every item is "Name – what it does" (a dash in place of the
    colon), sub-items included."""
    return len(labels) >= 2 and all(
        label and is_proper_name(label) and _given_once(label, label_counts) for label in labels
    )


def _given_once(label: str, label_counts: Counter) -> bool:
    """A label the page gives once may name a unit; one it repeats is a field's
    (``repeated_label_run``; switched off, every label may)."""
    return label_counts[label.lower()] == 1 or not enabled("repeated_label_run")


def _depth(item: Block) -> int:
    """An item's list depth; a "Name: ..." line outside any list stands above the list items
    that follow it."""
    if item.kind == LIST_ITEM:
        return item.level or 1
    return item.level


def _runs(blocks: list[Block]) -> list[tuple[Block | None, list[Block]]]:
    """The lists among ``blocks``: each run of items with the paragraph just before it."""
    runs: list[tuple[Block | None, list[Block]]] = []
    previous: Block | None = None
    current: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind in (LIST_ITEM, LABEL):
            current.append(block)
            continue
        if current:
            lead = previous if previous is not None and previous.kind == PARAGRAPH else None
            runs.extend(_outline_runs(lead, current))
            current = []
        previous = block
    return runs


def _leads_in(text: str) -> bool:
    return (
        listed_after_lead_in(text)
        or composition_lead_in(text)
        or functional_area_lead_in(text)
        or held_parts_lead_in(text)
    )


def _outline_leads_in(text: str) -> bool:
    """An outline item that leads into the items under it: as a paragraph does, or by "The
    following divisions are created:" (``following_lower_case`` reads such an outline)."""
    return _leads_in(text) or (
        enabled("following_lower_case") and text.rstrip().endswith(":") and following_lead_in(text)
    )


# "Four Bureaus namely", "Sections, namely:": "namely" at the end of an item.
_NAMELY_END = re.compile(r"[\s,]+namely\s*[:;,.-]?\s*$", re.IGNORECASE)


@rule("unit", off=False)
def announcing_item(text: str) -> bool:
    """An outline item that announces the items after it leads into them though it ends
    without a colon, and they are units: "namely" at its end right after a plural unit noun
    ("Four Divisions namely" over "Wick care", "Oil supply", ...; "Sections, namely"; not
    "Two Wardens of the Divisions namely" nor "Heads of Sections, namely", whose items are
    the wardens or heads), or "the
    following" and a plural unit noun in its last sentence ("... the Bureau shall be made up
    of the following branches, each of which shall be commanded by a Deputy Warden." over
    "A. Wick Branch;", "B. Oil Branch;"). Its list is the deeper items after it, or, where
    a page's outline was set flat (the items after it at its own level), the run of items at
    its level up to the next such item; the announcing item itself is no unit. An item's own
    letter after the list's number ("2. A. Wick Branch;") is no part of its name."""
    text = text.rstrip()
    namely = _NAMELY_END.search(text)
    if namely is not None:
        words = re.findall(r"[A-Za-z]+", text[: namely.start()])
        # the noun the items are: the last before "namely", not after "of" ("Heads of
        # Divisions namely" lists the heads)
        return (
            bool(words)
            and plural_unit_noun(words[-1])
            and "of" not in (word.lower() for word in words[-3:-1])
        )
    return not text.endswith(":") and following_lead_in(text)


@rule("layout", off=None)
def outline_lead_in(items: list[Block]) -> int | None:
    """In a legal outline the lead-in is itself an item: "(b) The staff is comprised of the
    following:" over "(1) Mission staff ...", "(2) Legal staff ...". An item that ends in a
    colon, introduces units and has deeper items after it leads into them as a paragraph
    leads into a list; where the outline's levels were misread (the items after it are not
    deeper), the run of items at the next item's level is its list. An item that opens with a
    name of its own ("(b) Office of Wicks. The office consists of the following:") is a unit
    over its sub-items, not a lead-in. Returns the index of the first such item."""
    for index, item in enumerate(items[:-1]):
        if (
            item.kind == LIST_ITEM
            and items[index + 1].kind == LIST_ITEM
            and (
                (
                    _depth(items[index + 1]) != _depth(item)
                    and item.text.rstrip().endswith(":")
                    and _outline_leads_in(item.text)
                )
                or (_depth(items[index + 1]) >= _depth(item) and announcing_item(item.text))
            )
            and not _opens_with_name(item)
        ):
            return index
    return None


def _opens_with_name(item: Block) -> bool:
    found = item_name(item)
    if found is not None and is_capitalized_name(without_acronyms(found[0])):
        return True
    clause = _NAME_BEFORE_COMMA_CLAUSE.match(item.text)
    return clause is not None and is_capitalized_name(without_acronyms(clause.group("name")))


def _outline_runs(lead: Block | None, items: list[Block]) -> list[tuple[Block | None, list[Block]]]:
    """A run of items split where an item leads into the deeper items after it
    (:func:`outline_lead_in`): the items before, that item's sub-items with it as their
    lead-in, then the rest (read again the same way)."""
    index = outline_lead_in(items)
    if index is None:
        return [(lead, items)]
    inner = items[index]
    stop = index + 1
    if _depth(items[stop]) > _depth(inner):
        while stop < len(items) and _depth(items[stop]) > _depth(inner):
            stop += 1
    else:  # the outline's levels were misread: the items at the next item's level follow it
        level = _depth(items[stop])
        while stop < len(items) and _depth(items[stop]) == level:
            stop += 1
    flat = _depth(items[index + 1]) == _depth(inner) and announcing_item(inner.text)
    # An announcing item at its list's own level is no item of the list before it.
    head = [(lead, items[: index if flat else index + 1])] if index or not flat else []
    rest = _outline_runs(None, items[stop:]) if stop < len(items) else []
    inner_items = items[index + 1 : stop]
    inner_runs = (
        _outline_runs(inner, inner_items)
        if any(announcing_item(item.text) for item in inner_items[:-1])
        else [(inner, inner_items)]
    )
    return [*head, *inner_runs, *rest]


def _label_runs(
    runs: list[tuple[Block | None, list[Block]]], label_counts: Counter
) -> list[tuple[Block | None, list[Block]]]:
    """Runs of "Label: text" lines split where a label is not a short proper name or repeats
    on the page ("Case study:", "Phone:" are field names, not units)."""
    out: list[tuple[Block | None, list[Block]]] = []
    for lead, items in runs:
        if not all(item.kind == LABEL for item in items):
            out.append((lead, items))
            continue
        current: list[Block] = []
        for item in [*items, None]:
            label = item.label if item is not None else None
            if label and is_proper_name(label) and _given_once(label, label_counts):
                current.append(item)  # type: ignore[arg-type]
                continue
            if current:
                out.append((lead if current[0] is items[0] else None, current))
            current = []
    return out


def _cell(row: Block, column: int) -> tuple[str, int, int] | None:
    """A table row's cell in ``column``, with its span."""
    offset = 0
    for index, cell in enumerate(row.text.split(" | ")):
        if index == column:
            start = row.start + offset + len(cell) - len(cell.lstrip())
            name = cell.strip()
            return (name, start, start + len(name)) if name else None
        offset += len(cell) + 3
    return None


MAX_NESTED_PART_WORDS = 5


@rule("unit", off=False)
def nested_part_name(name: str) -> bool:
    """An item nested under an item read as a unit, itself a short name in title case
    ("Wick Care" under "Office of Lamps", "Roads Maintenance" under "Public Works",
    "Engineering", "Matches Supply") is a part of that unit, though its words are
    not a unit's; a duty ("Maintains the lamps", "Trimming Wicks"), a sentence, a long
    phrase or a status word ("Repealed", "Reserved") under it is not."""
    return _short_title_name(name)


def _short_title_name(name: str) -> bool:
    """A short name in title case, neither a duty, a sentence nor a status word (what
    ``nested_part_name`` and ``parts_under_unit_heading`` each read, switched apart)."""
    bare = without_acronyms(name)
    words = bare.split()
    return (
        0 < len(words) <= MAX_NESTED_PART_WORDS
        and is_capitalized_name(bare)
        and not name.rstrip().endswith((".", ":", ";"))
        and not _duty_words(words)
        and not (len(words) == 1 and words[0].lower().endswith("ed"))  # "Repealed", "Reserved"
    )


# A person's name: an honorific before it ("Dr. Jane Doe", "Ms Jane Doe") or a middle
# initial in it ("Jane Q. Doe").
HONORIFIC = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame)\.?\s")
_MIDDLE_INITIAL = re.compile(r"\s[A-Z]\.\s")


@rule("unit", off=False)
def parts_under_unit_heading(names: list[str], lines: list[str], heading: str = "") -> bool:
    """A list straight under a heading read as a unit, with no lead-in of its own, whose
    every item is a short name in title case ("Wick Division" over "Oil Supply Directorate";
    "Lamp Services" over "Wick Care", "Glass Works"; one item or many) lists that unit's parts,
    as items nested under an item read as a unit do (``nested_part_name``): duties,
    sentences, long phrases and status words are not names. A list whose items' ``lines``
    hold a person's name ("Dr. Jane Doe", "John Q. Smith") is the unit's staff: none of its
    items is a part."""
    if any(HONORIFIC.match(line) or _MIDDLE_INITIAL.search(line) for line in lines):
        return False
    short = [
        _short_title_name(name)
        and name[:1].isalpha()
        and ("," not in name or _ENUMERATED.search(name) is not None)
        for name in names
    ]
    if bool(names) and all(short):
        return True
    if (
        len(names) >= 3
        and 2 * sum(short) >= len(names)
        and not any(_contents_entry(name) for name in names)
    ):
        longer = enabled("long_name_among_parts")
        lower = enabled("sentence_case_among_parts") and _unit_worded(heading)
        return all(
            ok or (longer and _long_title_name(name)) or (lower and _sentence_case_part(name))
            for ok, name in zip(short, names, strict=True)
        )
    return False


register(
    "sentence_case_among_parts",
    "unit",
    """A list of a unit's parts under its heading (``parts_under_unit_heading``), most of its
    items short names in title case ("Glass Care", "Oil Yard", "Soot Removal"), is not lost
    for one short item typed in sentence case ("Wick supply", "Roads and oil works") when
    the heading is worded as a unit ("Lamp Services", "Wick Division"): a page that types
    its parts' names by hand does not always capitalize them alike, and one name in lower
    case does not make the list a list of duties. The others are the unit's parts, and so is
    the one in sentence case (``sentence_case_part_kept``). Not with a sentence
    (a full stop or colon at its end), a duty ("Trimming wicks"), a link's words (an article
    or a pronoun after the first word: "Pay a bill", "Find your warden") or a status word
    among the items, nor under a heading that names no unit ("Areas of Focus").""",
)


@rule("unit", off=False)
def sentence_case_part_kept(name: str) -> bool:
    """The one part in sentence case that a list of a unit's parts holds beside its names in
    title case (``sentence_case_among_parts``: "Wick supply" among "Glass Care", "Oil Yard"
    under "Lamp Care Services") is a part too, not a duty dropped from the list: the heading
    worded as a unit says what the items are, as a lead-in that names units does
    (``announced_units_in_sentence_case``), and a page that types its parts' names by hand
    capitalizes some of them as a sentence. Only a short name in sentence case."""
    return _sentence_case_part(name)


def _sentence_case_part(name: str) -> bool:
    """A short name in sentence case, its first word capitalized (``sentence_case_among_parts``)."""
    bare = without_acronyms(name)
    words = bare.split()
    return (
        0 < len(words) <= MAX_NESTED_PART_WORDS
        and bare[:1].isupper()
        and all(re.fullmatch(r"[A-Za-z][\w&/’'-]*", word) for word in words)
        and not name.rstrip().endswith((".", ":", ";"))
        and not _duty_words(words)
        and not (len(words) == 1 and words[0].lower().endswith("ed"))
        and not {word.lower() for word in words[1:]} & _SENTENCE_WORDS
    )


# Words of a sentence or a link, not of a name: an article or a pronoun after the first word
# ("Pay a bill", "Find your warden", "Contact us").
_SENTENCE_WORDS = frozenset({"a", "an", "the", "your", "you", "our", "us", "my", "me", "we"})


def _contents_entry(name: str) -> bool:
    """An item worded only as a part of a document ("Mission and Responsibilities",
    "Organization"): the list is a document's contents, not a unit's parts."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    return words <= SECTION_WORDS | CONNECTORS and not names_field_unit(name)


register(
    "long_name_among_parts",
    "unit",
    """In a list of a unit's parts under its heading (``parts_under_unit_heading``), most of
    its items short names in title case, an item that is a longer name in title case
    ("Wick Care", "Oil Supply", "Lamp Network on Glass Standards Secretariat", "Office of
    the Lamp Warden to the Wick Guild in Lampton") is one more part: a list of parts names
    some of them in full and others in a word or two. Not a post ("Deputy Warden of the
    Office of Wicks and Glass" among holders' names), nor a link to the page's furniture
    ("Downloads and Publications of the Office of Wicks"). Only a name: every content word
    capitalized, no closing stop, no duty, at most ten words.""",
)

MAX_LONG_PART_WORDS = 10


def _long_title_name(name: str) -> bool:
    """A name in title case longer than ``_short_title_name``'s, read among short ones."""
    bare = without_acronyms(name)
    words = bare.split()
    return (
        MAX_NESTED_PART_WORDS < len(words) <= MAX_LONG_PART_WORDS
        and is_capitalized_name(bare)
        and name[:1].isalpha()
        and not name.rstrip().endswith((".", ":", ";"))
        and not _duty_words(words)
        and ("," not in name or _ENUMERATED.search(name) is not None)
        and not post_head(bare)
        and not set(name_tokens(bare)) & FURNITURE_NOUNS
    )


def post_head(name: str) -> bool:
    """A name whose head, before its first "of", "for" or "to", is a post ("Deputy Warden of
    the Office of Wicks"), not a unit ("Office of the Lamp Warden")."""
    head = re.split(r"\s+(?:of|for|to)\s+", name, maxsplit=1)[0]
    tokens = set(name_tokens(head))
    return bool(tokens & POSITION_WORDS) and not tokens & UNIT_NOUNS


# A comma in a name joins the areas it enumerates ("Trade, Industry and Finance"); without
# an "and" after it, it parts a place from its region or a name from a title ("Lampton,
# Oilshire"; "Jane Doe, Director").
_ENUMERATED = re.compile(r",.*\s(?:and|&)\s")


def _duty_words(words: list[str]) -> bool:
    """A gerund before the plural thing it acts on ("Trimming Wicks", "Painting Posts") is
    a duty; a gerund naming a field ("Engineering", "Planning", "Engineering Services",
    "Housing Development") or a plural opening a name ("Matches Supply", "Sales")
    is not."""
    if len(words) < 2 or not words[0].lower().endswith("ing"):
        return False
    after = words[1].lower()
    return (
        after.endswith("s")
        and not after.endswith("ss")
        and after not in CONNECTORS
        and after not in UNIT_NOUNS
    )


# The finders whose lead-in says its items are units: their items may be sentences naming a
# unit before a clause, and the agency a lead-in opens with may own them.
_LEAD_FINDERS = (
    "announcing_item",
    "listed_after_lead_in",
    "composition_lead_in",
    "following_lead_in",
    "counted_parts_lead_in",
    "functional_area_lead_in",
    "held_parts_lead_in",
    "referring_lead_in",
)


# A name of letters, spaces, "&", "-" and apostrophes only, in any case and any script.
LETTERS_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[&'’ -])*")


@rule("unit", off=False)
def unit_noun_heads_item(name: str) -> bool:
    """An item of a list that a lead-in or a heading says names units, opening with a unit
    noun before "of" or "for" ("Department of wick trimming and oil supply services",
    "Division for the Care of Lamps with Glass Shades"), is a unit's name though it is
    longer than a name in lower case may be (``MAX_LOWER_CASE_WORDS``) or has a lower-case
    word among capitalized ones, as statutes and charts write them: the unit noun that heads
    it says what it is, where such an item is otherwise read as a sentence
    (``capitalized_item_name``). Only a name, its acronym aside: letters, spaces, "&", "-"
    and apostrophes, and no clause or sentence in it ("Department of lamps which trims the
    wicks of the town", "Department of Wicks The Director of Wicks supervises ...",
    ``run_in_sentence``)."""
    name = without_acronyms(name)
    return (
        len(name.split()) >= 3
        and unit_noun_head(name)
        and LETTERS_NAME.fullmatch(name) is not None
        and _NAME_BEFORE_CLAUSE.match(name) is None
        and run_in_sentence(name) is None
    )


register(
    "repeated_label_run",
    "filter",
    """A label the page gives more than once ("Phone:", "Hours:" over each office's details)
    names a field, not a unit: a run of list items and "Label: text" lines that holds one is
    a set of fields, none of its items a unit, and a run of "Label: text" lines lists units
    (``label_line_run``) only when each of its labels is given once on the page.""",
)
register(
    "capitalized_item_name",
    "filter",
    """A list item's name that is not in title case ("Trims the wicks", "wick care") is a
    duty or a sentence, not a unit, unless a lead-in or heading that says its items are units
    announces it and it is short (at most six words), or a rule for names in lower or
    sentence case keeps it (``following_lower_case``, ``sentence_case_part_kept``).""",
)


def addressee_lines(lead: str, after: str) -> bool:
    """Lines after a lead-in about post or contact ("Correspondence can be mailed to:",
    "Send letters to:", "Requests must be submitted in writing to:", "Contact:") that run
    straight into a postal address, the line after the last of them a numbered street or a
    town with its postcode ("12 Wick Street", "Lampton, WX 01234"), are the address's first
    lines: the addressee ("Office of Wicks", "L.S. Department of Lamps"), not a list of
    units. A lead-in that names units in the plural (``plural_unit_noun``: "Send letters to
    the following offices:", "... sections:", "... boards:") still lists them. ``after`` is
    the first line after the list. Part of ``contact_line_noise`` (an address and its lines
    are contact details, not content)."""
    if not enabled("contact_line_noise") or not lead.endswith(":") or not postal_line(after):
        return False
    start, end = sentence_spans(lead)[-1]
    words = set(re.findall(r"[a-z]+", lead[start:end].lower()))
    listing = words & LISTING_NOUNS or any(map(plural_unit_noun, words))
    return bool(words & (MAIL_WORDS | CONTACT_WORDS)) and not listing


def _line_after(text: str, end: int) -> str:
    """The first line with text after ``end``."""
    for line in text[end : end + 1000].split("\n"):
        if line.strip():
            return line
    return ""


def list_units(
    text: str, blocks: list[Block], parent: Unit, context: ListContext, label_counts: Counter
) -> list[Unit]:
    """The units the lists among ``blocks`` name, nested as the lists nest them."""
    units: list[Unit] = []
    for lead, items in _label_runs(_runs(blocks), label_counts):
        lead_text = lead.text if lead is not None else ""
        # A header's columns are read in a table's rows only, their cells set apart by " | "
        # (not in lines under a header set otherwise, "Chairman: Ada Quill").
        column = unit_column(lead_text) if any(" | " in item.text for item in items) else None
        if column is not None and table_unit_column(lead_text):
            named = [(item, _cell(item, column)) for item in items]
        else:
            named = [(item, item_name(item)) for item in items]
        names = [found[0] for _, found in named if found]
        top = min(_depth(item) for item in items)
        top_names = [f[0] for item, f in named if f and _depth(item) == top]
        owner = lead_in_names_parent(lead, context) if lead is not None else None
        labels = [item.label or "" for item in items if item.kind == LABEL]
        if not all(_given_once(label, label_counts) for label in labels):
            continue
        if lead_text and addressee_lines(lead_text, _line_after(text, items[-1].end)):
            continue
        if owner is not None:
            finder = "lead_in_names_parent"
        elif lead_text and listed_after_lead_in(lead_text):
            finder = "listed_after_lead_in"
        elif lead_text and composition_lead_in(lead_text):
            finder = "composition_lead_in"
        elif lead_text and following_lead_in(lead_text):
            finder = "following_lead_in"
        elif lead_text and functional_area_lead_in(lead_text):
            finder = "functional_area_lead_in"
        elif lead_text and held_parts_lead_in(lead_text):
            finder = "held_parts_lead_in"
        elif column is not None and table_unit_column(lead_text):
            finder = "table_unit_column"
        elif len(labels) == len(items) and label_line_run(labels, label_counts):
            finder = "label_line_run"
        elif all(dashed := [dash_label(item) or "" for item in items]) and label_line_run(
            dashed, Counter(label.lower() for label in dashed)
        ):
            finder = "label_line_run"
            named = [
                (item, (label, item.start, item.start + len(label)))
                for item, label in zip(items, dashed, strict=True)
            ]
            names = dashed
        elif listed_under_unit_heading(context.heading) and not lead_text.endswith(":"):
            finder = "listed_under_unit_heading"
        elif len(items) >= 2 and unit_worded_items(top_names):
            finder = "unit_worded_items"
        elif (
            context.heading_is_unit
            and not lead_text
            and all(item.kind == LIST_ITEM for item in items)
            and len(top_names) == len([i for i in items if _depth(i) == top])
            and parts_under_unit_heading(
                top_names,
                [item.text.strip() for item in items if _depth(item) == top],
                context.heading or "",
            )
        ):
            finder = "parts_under_unit_heading"
        elif lead_text and counted_parts_lead_in(lead_text):
            finder = "counted_parts_lead_in"
        elif lead is not None and lead.kind == LIST_ITEM and announcing_item(lead_text):
            finder = "announcing_item"
        elif lead_text and referring_lead_in(lead_text) and not _people(top_names):
            finder = "referring_lead_in"
        else:
            continue
        clauses: dict[int, tuple[str, int, int] | None] = {}
        if finder in _LEAD_FINDERS or (finder == "lead_in_names_parent" and _leads_in(lead_text)):
            clauses = {id(item): name_before_clause(item) for item, _ in named}
            named = [(item, clauses[id(item)] or found) for item, found in named]
            names = [found[0] for _, found in named if found]
        if not names:
            continue
        default_type = (
            listed_type(lead_text) or listed_type(context.heading or "") or UnitType.OTHER
            if finder != "unit_worded_items"
            else UnitType.OTHER
        )
        agency = (
            agency_lead_in(lead, context)
            if owner is None and lead is not None and finder in _LEAD_FINDERS
            else None
        )
        base = owner or agency or parent
        base_by = (
            "lead_in_names_parent"
            if owner is not None
            else "agency_lead_in"
            if agency is not None
            else "inside_section"
        )
        # The items of an announcing finder are ``announced_units_in_sentence_case``'s to
        # keep: with that rule off, ``lead_in_counts_units`` does not keep them instead.
        announced = (
            bool(lead_text)
            and finder not in ANNOUNCING_LIST_FINDERS
            and lead_in_counts_units(lead_text)
        )
        stack: list[tuple[int, Unit]] = []
        seen: set[tuple[str, ...]] = set()
        for item, found in named:
            depth = _depth(item)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            if found is None or (
                depth > top
                and not _unit_worded(found[0])
                and finder != "label_line_run"
                and not (stack and nested_part_name(found[0]))
            ):
                continue
            proper = is_capitalized_name(without_acronyms(found[0]))
            if (
                enabled("capitalized_item_name")
                and not proper
                and (
                    finder not in LOWER_CASE_FINDERS
                    or len(without_acronyms(found[0]).split()) > MAX_LOWER_CASE_WORDS
                )
                and not (finder == "following_lead_in" and following_lower_case(found[0]))
                and not (
                    (finder in LOWER_CASE_FINDERS or finder == "following_lead_in")
                    and unit_noun_heads_item(found[0])
                )
                and not (finder == "parts_under_unit_heading" and sentence_case_part_kept(found[0]))
            ):
                continue
            name, _, end = found
            if _contents_entry(name):
                continue
            if already_a_unit(name, context):
                continue
            if context.is_staff(item.text) and not clauses.get(id(item)):  # "WICKS, headed by"
                continue
            if is_furniture(name):  # "The Director's Page", "Lamp News": a link, not a unit
                continue
            if title_modifier_alone(name) or place_and_region(name) or document_part_label(name):
                continue
            under, under_by = (stack[-1][1], "list_nesting") if stack else (base, base_by)
            if not enabled("list_nesting"):
                under, under_by = base, base_by
            clean = title_case(without_acronyms(name)) or name
            if tuple(name_tokens(clean)) in seen:  # the same unit named again, then described
                continue
            seen.add(tuple(name_tokens(clean)))
            description = item.text[end - item.start :].strip(" :–—-\n") or None
            unit = Unit(
                clean,
                context.acronym_for(name, item.text),
                context.unit_type(clean) if _unit_worded(clean) else default_type,
                None,
                description,
                item.start,
                item.end,
                under,
                found_by=finder,
                parent_by=under_by,
                announced=announced and _sentence_case_part(name),
            )
            units.append(unit)
            stack.append((depth, unit))
    return units
