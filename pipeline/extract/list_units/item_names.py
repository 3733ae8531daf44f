"""The name a list item gives (``item_name``): its label, the code or figure it is no name for,
the text before a dash, a clause or a verb, and where its first sentence ends; and when a name
not in title case is still a unit's (``unit_noun_heads_item``)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.list_units.common import (
    CLAUSE_AFTER_COMMA,
    is_capitalized_name,
    post_head,
    unit_worded,
)
from pipeline.extract.names import (
    DASHES,
    dash_qualified_name,
    run_in_sentence,
    unit_noun_head,
    unit_part,
    without_acronyms,
)
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import HYPHEN_BEFORE_SENTENCE, LABEL, LIST_ITEM, Block, directory_name
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sentences import opens_sentence_after_abbreviation
from pipeline.text.vocabulary import (
    CAPITAL,
    CONNECTORS,
    LINK_VERBS,
    ORGANIZATION_WORDS,
    POSITION_WORDS,
    SMALL,
    UNIT_NOUNS,
)
from pipeline.text.words import singular_noun

MAX_ITEM_NAME_WORDS = 14
# What a listed name's head may end with that is not the name's: a closing "and" or "or",
# separators, spaces and dots (every non-empty match ends in one of them).
ITEM_HEAD_TAIL = lazy_pattern(r"(?:[;,]?\s+(?:and|or))?[\s;,.]*$")
# What ends an item's name: a spaced dash or bar, a colon, ", including", or a hyphen closed
# up before a sentence about the unit ("Wick Supply-The section trims wicks.").
_ITEM_TAIL = lazy_pattern(
    r"\s+[–—|-]\s+|:\s+|,\s+(?:including|such as)\b|" + HYPHEN_BEFORE_SENTENCE
)


# An item that opens with a name and the acronym it defines, then says what it does:
# "Bureau of Lamp Safety (BOLS) keeps the lamps lit."
_DEFINED_OPENING = lazy_pattern(
    r"(?:The\s+)?(?P<name>[A-Z][^()\n]{2,120}?)\s*\([A-Z][A-Za-z&]{1,11}\)\s+(?:also\s+)?[a-z]"
)


def _qualifies(text: str, tail: re.Match[str]) -> bool:
    """Whether a dash a tail would be cut at joins a qualifier to the name instead."""
    return tail.group().strip() in DASHES and dash_qualified_name(text, tail)


# The words an item's name may open with that are not part of it: "the", "and", "or", and
# the English indefinite article before a capitalized word, "An" before a vowel ("An Oil
# Committee"), "A" before a consonant ("A Wick Bureau"). "An" before a consonant is part of
# the name (the Irish article: "An Bord Lampa"), and a lower-case "a" opens no name.
_ITEM_ARTICLE = lazy_pattern(r"^(?i:the|and|or)\s+|^(?:An\s+(?=[AEIOU])|A\s+(?=[B-DF-HJ-NP-TV-Z]))")


# Where a list item's first sentence ends: a stop and a space (both switched off, any such);
# ``abbreviation_in_item`` passes over a full stop after an abbreviation's word (initials,
# "U.S", or a short word that is no unit noun, "Dept", "Div", "Admin") before a word of two
# letters or more in lower case (a lone letter, "c. 1920", may open what follows).
_ANY_STOP = lazy_pattern(r"[.!?]\s")
_ABBREVIATED_WORD = lazy_pattern(r"(?:\b(?:[A-Za-z]\.)+[A-Za-z]|\b[A-Za-z]{1,5})\Z")
_LOWER_WORD = lazy_pattern(r"\s+[a-z]{2}")
# An initialism's letters before its closing dot ("U.S", "D.C"), and a capitalized word after
# that dot (``initialism_in_item``).
_INITIALISM = lazy_pattern(r"\b(?:[A-Z]\.)+[A-Z]\Z")
# Any script's letter opens the word ("OIL", "Éclairage"); its first letter must be a capital.
_CAPITAL_WORD = lazy_pattern(r"\s+(?=[^\W\d_])")


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
            and singular_noun(word.group().lower()) not in UNIT_NOUNS
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
_OWN_LABEL = lazy_pattern(r"\(?(?:[A-Z]|[a-z]|\d{1,2})[.)]\s+(?=[A-Z][a-z])")


# "J. Bram Tolley": a capital's initial, then two or three capitalized words, the whole line.
_INITIAL_THEN_NAME = lazy_pattern(r"[A-Z]\.\s+((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)\s*$")


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
_FIGURE_OR_DATE = lazy_pattern(
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
_CODE_LABEL = lazy_pattern(
    r"\d[\d.\-–/]*[A-Za-z]?|[A-Z]|[IVX]{1,5}|(?i:" + _ORDINALS + r")"
    r"|(?:Chapter|Section|Part|Article|Title|Schedule)\s+[\dIVX][\w.\-]*"
)


# What parts a reference label from its text: a colon or a spaced dash.
_AFTER_CODE = lazy_pattern(r"\s*(?::|\s[–—-])\s*")


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
        head = ITEM_HEAD_TAIL.sub("", head)
    stripped = _ITEM_ARTICLE.sub("", head)
    if stripped.split()[:1] and stripped.split()[0].lower() in LINK_VERBS:
        return None
    offset = len(head) - len(stripped)
    words = stripped.split()
    if not words or len(words) > MAX_ITEM_NAME_WORDS:
        return None
    start = block.start + offset
    return stripped, start, start + len(stripped)


# "Wick office headed by the wick officer": a part's name, then the post that heads it, with
# no comma between, and no verb ("The Wick Office is headed by ..." is a sentence about it)
# (read by ``headed_by_clause``).
_NAME_BEFORE_HEADED_BY = lazy_pattern(
    r"(?:(?:A|An|The)\s+)?(?P<name>[^;:.\n,]{2,80}?)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeing)"
    r"(?=\s+(?:headed|led)\s+by\s)"
)
_NAME_BEFORE_CLAUSE = lazy_pattern(
    r"(?:(?:A|An|The)\s+)?(?P<name>[^;:.()\n]{2,80}?)(?="
    + CLAUSE_AFTER_COMMA
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
    if duty or not (unit_worded(name) or is_capitalized_name(name)):
        return None
    start = block.start + match.start("name")
    return name, start, start + len(name)


# "The Cabinet of the Lamp Warden supports ...", "The Wick Care unit encompasses ...": a name
# from its capital (accented ones too: "Éclair Care"), then a verb in the present that ends
# in -s; the pieces are shared with ``_NAME_BEFORE_VERB_SERIES``.
_OPENING_ARTICLE = r"(?:(?:A|An|The)\s+)?"
_NAME_CHARACTER = r"[^;:.()\n,]"
_VERB_IN_S = r"\s+" + SMALL + r"{2,}s"
_NAME_BEFORE_VERB = lazy_pattern(
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
_NAME_BEFORE_VERB_SERIES = lazy_pattern(
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
_SERIES_CLOSED = lazy_pattern(r",[^,]*\s(?:and|&)\s[^,]*\Z")

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


# A dash with a space on each side parts a name from what follows ("Wick Care - The unit");
# one closed up joins a name's words ("Wick–Glass Liaison Unit").
_SPACED_DASH = lazy_pattern(r"\s[–—-]\s")


# A name of letters, spaces, "&", "-" and apostrophes only, in any case and any script.
LETTERS_NAME = lazy_pattern(r"[^\W\d_](?:[^\W\d_]|[&'’ -])*")


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
