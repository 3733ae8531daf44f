"""Root strategies for a page without a title, read from its first line: a section's
number and title, the subject of its opening sentence, the first body its opening prose names
in full (read too under a title that names no body), or, past a first line of page furniture,
the subject of a paragraph after it; under a first line that is a sentence, the subject of
the opening prose read more widely; and a title that is no name (a caption, an image's
alternative text, a sentence), read past as a page without that title."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from pipeline.extract.acronyms import is_acronym
from pipeline.extract.names import name_tokens, names_position_only
from pipeline.extract.root.agency_phrases import named_part, one_of_many_alike, serial_nouns
from pipeline.extract.root.common import (
    AGENCY_NOUNS,
    TOPIC_WORDS,
    Root,
    is_name_line,
    names_agency,
)
from pipeline.extract.root.listed_parts import opens_listed_item
from pipeline.rules import enabled, register
from pipeline.text.blocks import SECTION_NUMBER
from pipeline.text.hints import HEADING, LIST_ITEM, PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.sections import PageLayout, is_section_label, person_name
from pipeline.text.vocabulary import (
    CONNECTORS,
    HONORIFICS,
    LISTING_NOUNS,
    ORGANIZATION_WORDS,
    POSITION_WORDS,
    UNIT_NOUNS,
)

register(
    "root_from_first_line",
    "root",
    """A page with no title, no agency phrase and no acronym to go by is about what its
    first line names; a first line that opens with a section number is about the title that
    follows it, up to its period ("§9-1 Department of lamps. (a) The department ...").""",
)
MAX_ROOT_WORDS = 12


def first_line_root(page: PageLayout) -> Root:
    first = next((b for b in page.blocks if b.text.strip()), None)
    if first is None:
        return Root("", None, 0, 0, False, "root_from_first_line")
    line = first.text.split("\n", 1)[0]
    number = SECTION_NUMBER.match(line)
    if number is not None:
        title = re.match(r"[^.;:]+", line[number.end() :])
        if title is not None and len(title.group().split()) <= MAX_ROOT_WORDS:
            start = first.start + number.end()
            name = title.group().strip()
            return Root(name, None, start, start + len(name), False, "root_from_first_line")
    subject = first_sentence_subject(page, first.start, first.start + len(line))
    if subject is not None:
        return subject
    furniture = first_line_furniture(line)
    spoken: Root | str | None = None
    if furniture and _notice_line(line):
        spoken = _body_a_notice_speaks_of(first.start, line)
        if isinstance(spoken, Root):
            return spoken  # "Welcome to the Lampshire Wick Department!"
    if not is_name_line(line) or furniture:
        named = opening_agency_name(page)
        if named is not None:
            return named
    if furniture:
        past = _subject_past_furniture(page, page.blocks.index(first), spoken)
        if past is not None:
            return past
    if not is_name_line(line):
        subject = subject_over_sentence_line(page, page.blocks.index(first))
        if subject is not None:
            return subject
    words = line.split()[:MAX_ROOT_WORDS]
    name = " ".join(words).rstrip(".:;,")
    return Root(name, None, first.start, first.start + len(line), False, "root_from_first_line")


register(
    "root_past_first_line_furniture",
    "root",
    """A page with no title whose first line is page furniture, which no body's name ever is, is
    about what the text after it names, not about that line: leftover script or template code
    (its punctuation: "=>", "?>", "));", braces, "$name"), a contact line (a label, "Tel:",
    "Fax:", "Email:", "Enquiries :"; a street address, a number then a street's noun, "12 Lamp
    Road"; a floor, box or suite by its number, "Level 4", "P.O. Box 9", not "High Level Lamp
    Committee"), a person (a courtesy title before a capital, "Mr A. B. Wick", "Shri A. B.
    Wick"), an exclamation ("Season's Greetings!", "Welcome!"), a notice of hours (a time of
    day, "at 9 a.m."), an instruction to the reader (an opening imperative, "Click on a lamp to
    ...", a verb of using the site in lower case, "to begin searching", "simply type"), an
    image's or icon's alternative text (letters in lower case only and no word naming a body:
    "lamp icon with red background"). Such a line, a name by its capitals or not ("Season's
    Greetings!"), is passed over as a line that is no name is: the first body the opening prose
    names in full (``root_from_opening_agency_name``); else the subject of the first sentence of
    one of the opening paragraphs after it (before the first heading; lines of furniture and
    list items passed over), read as ``root_from_first_sentence_subject`` reads a first line's,
    unless it is the first of the parts the paragraphs describe in turn ("The Wick Division
    hears ...", then "The Glass Division hears ...", or "The Office of Wicks ...", then "The
    Office of Glass ..."); else, for the units read under it, the body the page refers to by its
    noun alone (``root_first_line_referred_body``, as for a first line that is no name). With
    none of them the line is read as before.

    A greeting, a notice of hours or an instruction to the reader that names a body speaks
    for that body, the page's own: one named in full ("Welcome to the Lampshire Wick
    Department!", "Thank you for visiting the Lampshire Lamp Board!") is the root, read
    before the prose (the paragraph after it may open with one of its parts, "The Wick
    Stores Division buys ..."); one referred to by its noun alone ("Every Tuesday at 10 a.m.
    the Board meets ...") is the body the page is about, so the subject of a paragraph after
    the line is no root unless that noun closes its name ("The Lampshire Lamp Board ...";
    not "The Wick Committee advises the Board ...": ``root_first_line_referred_body`` reads
    the noun). A contact line, an address or a person's line names the body of the person
    or of the office written to, which may be the page's parent: it is passed over as
    before. Nor is the subject past the line a root when the page sets it as a heading or a
    list item of its own ("Click on a division below ..." over "- Wick Division", "- Glass
    Division", then "The Wick Division trims ..."): that paragraph describes one of the
    page's units, and the line is read as before.""",
)
# The marks of page furniture in a first line (``root_past_first_line_furniture``).
_CODE_MARKS = lazy_pattern(r"=>|<\?|\?>|\)\s*[);]|[{}]|\$[A-Za-z_]")
_CONTACT_LABEL = lazy_pattern(
    r"(?<![\w-])(?:Tel|Telephone|Phone|Fax|E-?mail|Enquiries|Inquiries|Hotline)\.?\s*:"
)
_STREET_ADDRESS = lazy_pattern(
    r"\b\d+[A-Za-z]?,?\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"(?:Road|Street|Avenue|Boulevard|Drive|Lane|Highway|Parkway|Rd|St|Ave|Blvd)\b"
    r"|\b(?:Level|Floor|Suite)\s+\d|\b(?:P\.?\s?O\.?\s+Box|G/F)\b"
    r"|\b(?:Ground|First|Second|Third|Fourth|Fifth|Top|\d+(?:st|nd|rd|th)?)\s+Floor\b"
)
# (A floor, a level or a suite is one by its number: "Level 4", "3rd Floor"; "High Level
# Lamp Committee", "Ocean Floor Survey Unit" are names.)
_COURTESY_PERSON = lazy_pattern(r"(?:" + HONORIFICS + r"|Hon['’]ble|Shri|Smt)\.?\s+[A-Z]")
_TIME_OF_DAY = lazy_pattern(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)")
_READER_IMPERATIVE = lazy_pattern(
    r"(?:Please\s+)?(?:Click|Tap|Press|Hover|Scroll|Select|Choose|Type|Enter)\s+"
    r"(?:on|here|to|the|a|an|your|below|above|in|into|one)\b"
)
_READER_ACTION = lazy_pattern(r"\b(?:click|tap|scroll|searching|browsing|simply type|type in)\b")


def _code_or_contact(text: str) -> bool:
    """Whether a line of furniture is code, or says whom or where to reach: a contact label,
    an address, a person. A body such a line names is the person's or the office's written
    to, perhaps the page's parent (``root_past_first_line_furniture``)."""
    return bool(
        _CODE_MARKS.search(text)
        or _CONTACT_LABEL.search(text)
        or _STREET_ADDRESS.search(text)
        or _COURTESY_PERSON.match(text)
    )


def _notice(text: str) -> bool:
    """Whether a line is a greeting or an exclamation, a notice of hours or an instruction to
    the reader (``root_past_first_line_furniture``)."""
    return bool(
        text.endswith("!")
        or _TIME_OF_DAY.search(text)
        or _READER_IMPERATIVE.match(text)
        or _READER_ACTION.search(text)
    )


def first_line_furniture(line: str) -> bool:
    """Whether a page's first line is page furniture, which no body's name is: code, a
    contact line, a person, an exclamation, a notice of hours, an instruction to the
    reader, an image's alternative text (``root_past_first_line_furniture``)."""
    if not enabled("root_past_first_line_furniture"):
        return False
    text = line.strip()
    if not text:
        return False
    if _code_or_contact(text) or _notice(text):
        return True
    letters = re.findall(r"[^\W\d_]+", text)
    return (
        bool(letters)
        and not any(word[0].isupper() for word in letters)
        and not {word.lower() for word in letters} & _TITLE_BODY_WORDS
    )


# A body's name in a line: "Department of Lamps", "Lampshire Wick Department" (capitalized
# words closed by an agency's noun, "Lampshire Lamp Board").
_AGENCY_NOUN = "(?:" + "|".join(sorted(AGENCY_NOUNS)) + ")"
_BODY_IN_LINE = lazy_pattern(
    rf"(?<![\w'’])(?:{_AGENCY_NOUN}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:(?:,?\s+and\s+|\s+of\s+|\s+for\s+|\s+)[A-Z][\w'’-]*)*"
    rf"|(?:[A-Z][\w'’&-]*\s+){{1,5}}{_AGENCY_NOUN})(?![\w'’])"
)
# Opening words of a greeting, no part of the name after them ("Welcome To Lampshire ...").
_GREETING_WORDS = lazy_pattern(
    r"(?:(?:Welcome|Greetings|Thank|Thanks|Happy|Merry|To|From|The)\s+)+"
)
# A body referred to by its noun alone after "the" ("the Board meets ..."), no longer name.
_NOUN_ALONE = lazy_pattern(rf"\b[Tt]he\s+({_AGENCY_NOUN})\b(?![ \t]+[A-Z])")


def _notice_line(line: str) -> bool:
    """Whether a first line of furniture is a greeting, a notice of hours or an instruction
    to the reader, and not code, a contact line, an address or a person: a body a notice
    names is the page's own, for the page speaks in it (``root_past_first_line_furniture``)."""
    text = line.strip()
    return not _code_or_contact(text) and _notice(text)


def _body_a_notice_speaks_of(start: int, line: str) -> Root | str | None:
    """The body a greeting, a notice or an instruction (the first line, at ``start``) names
    in full, as the root; else the noun by which it refers to one alone ("the Board"); else
    None (``root_past_first_line_furniture``)."""
    for match in _BODY_IN_LINE.finditer(line):
        opening = _GREETING_WORDS.match(match.group())
        begin = match.start() + (opening.end() if opening else 0)
        name = line[begin : match.end()]
        if len(name.split()) >= 2 and names_agency(name):
            found = "root_past_first_line_furniture"
            return Root(name, None, start + begin, start + match.end(), False, found)
    alone = _NOUN_ALONE.search(line)
    return alone.group(1) if alone else None


def _subject_past_furniture(page: PageLayout, at: int, spoken: Root | str | None) -> Root | None:
    """The subject that opens one of the first paragraphs after a first line of furniture
    (``page.blocks[at]``), before the first heading (``root_past_first_line_furniture``).
    None when the line refers to a body by a noun (``spoken``) that does not close the
    subject's name, or when the subject is a heading or a list item of the page (a unit)."""
    own = [
        block.text.strip().lower() for block in page.blocks if block.kind in (HEADING, LIST_ITEM)
    ]
    read = 0
    for index, block in enumerate(page.blocks[at + 1 :], at + 1):
        if block.kind == HEADING:
            break
        line = block.text.split("\n", 1)[0]
        if block.kind != PARAGRAPH or first_line_furniture(line):
            continue
        if len(line.split()) < MIN_SENTENCE_WORDS:
            continue
        read += 1
        if read > _OPENING_PARAGRAPHS:
            break
        subject = first_sentence_subject(page, block.start, block.start + len(line))
        if subject is not None and parts_in_turn(page, index, subject.name):
            return None  # "The Wick Division keeps ...", "The Glass Division ...": parts
        if subject is not None and any(text.startswith(subject.name.lower()) for text in own):
            return None  # "- Wick Division", then "The Wick Division trims ...": a unit
        if subject is not None and isinstance(spoken, str) and subject.name.split()[-1] != spoken:
            return None  # "... the Board meets", then "The Wick Committee advises ...": a part
        if subject is not None:
            return replace(subject, found_by="root_past_first_line_furniture")
    return None


# A paragraph's opening name after "The": capitalized words, joined by "of", "the", "and".
OPENING_NAME = lazy_pattern(
    r"\s*(?:The\s+)?([A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w’'&-]*)*)"
)


def parts_in_turn(page: PageLayout, at: int, name: str) -> bool:
    """Whether one of the paragraphs after ``page.blocks[at]`` (before a heading, furniture
    passed over) opens with another name of the same first or last word as ``name`` ("The
    Wick Division hears ...", then "The Glass Division hears ..."; "The Office of Wicks
    ...", then "The Office of Glass ..."): the page describes its parts in turn."""
    tokens = name_tokens(name)
    read = 0
    for block in page.blocks[at + 1 :]:
        if block.kind == HEADING or read > _OPENING_PARAGRAPHS:
            break
        if block.kind != PARAGRAPH or first_line_furniture(block.text.split("\n", 1)[0]):
            continue
        read += 1
        other = OPENING_NAME.match(page.text, block.start, block.end)
        words = name_tokens(other.group(1)) if other is not None else []
        if (
            tokens
            and len(words) > 1
            and words != tokens
            and (words[0] == tokens[0] or words[-1] == tokens[-1])
        ):
            return True
    return False


register(
    "root_from_opening_agency_name",
    "root",
    """A page with no title whose first line is no name (a sentence, "We are a non-ministerial
    department ...", site furniture, "dark overlay", a bare number) is about the first body
    its opening prose names in full by an agency's noun ("... within the Lampshire Wick
    Department serve", "the Office of Wick Supply Rules"): read from its first paragraphs
    before its first list or second heading, and never a name the page sets as a heading or
    list item of its own (a unit of the page), a position's office ("Office of the Wick
    Commissioner", "Warden Office": the agency's own leadership), a noun cut from its owner
    ("the Warden's Office Lamp Bureau"), a governing board or services ("Board of
    Wardens", "Wick Services"), a name in a contents list, or the first of the parts the
    paragraphs describe in turn ("The Office of Wicks is ...", "The Office of Glass ...").
    A page whose title holds no word that names a body ("About Us", a motto, a document's
    number) and that does not name its title again is read so too, before the title.""",
)
# The nouns that close (or open, before "of"/"for") a body's full name in running prose.
_OPENING_BODY_NOUNS = (AGENCY_NOUNS | {"Office", "Secretariat", "Government"}) - {
    "Services",
    "Board",
}
# The prose read for it: at most these paragraphs of at least this many words.
_OPENING_PARAGRAPHS = 2
_OPENING_PARAGRAPH_WORDS = 8
# A position's office: "Office of the Wick Commissioner", "Office of the Wick Counsel".
_POSITION_OFFICE = lazy_pattern(r"Office of the ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


# A line that is a sentence about its own opening name: "Wick Operations includes the Lamp
# and Oil Divisions." (capitalized words, then a verb in lower case, closed by a period).
_OWN_SUBJECT_LINE = lazy_pattern(
    r"(?!(?:The|This|These|Our|Its|In|To|For|We)\b)[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)+"
    r"\s+[a-z][^\n]*[.!?]\s*$"
)


# The words by which a title names a body, a post or a place's government, or lists them.
_TITLE_BODY_WORDS = (
    UNIT_NOUNS
    | LISTING_NOUNS
    | POSITION_WORDS
    | ORGANIZATION_WORDS
    | {noun.lower() for noun in AGENCY_NOUNS}
    | {"ministry", "authority", "court", "assembly", "government", "municipality", "city"}
    | {"county", "town", "township", "village", "state", "district", "tribe", "nation"}
)


def names_no_body(title: str) -> bool:
    """Whether a title holds no word that names a body, a post or a place's government
    ("About Us", "About Lamps", "Lighting the Way Home", "Doc 25-4"): a page so titled is about
    the body its opening prose names (``root_from_opening_agency_name``)."""
    return not set(name_tokens(title)) & _TITLE_BODY_WORDS


# Prose has this many words in lower case of four letters or more (not a contents list).
_PROSE_WORDS = 3


def reads_as_prose(text: str) -> bool:
    """Whether a paragraph is prose: it has words in lower case beside its names."""
    lower = [w for w in re.findall(r"\b[a-z][a-z'’-]{3,}\b", text) if w not in CONNECTORS]
    return len(lower) >= _PROSE_WORDS


# A paragraph's opening name, after "The": "The Office of Glass (OG) mends ...".
_PARAGRAPH_OPENING = lazy_pattern(r"\s*(?:The\s+)?([A-Z][\w’'&-]*)\s+(?:of\s+|for\s+)?[A-Z]")


def _opens_paragraphs_in_turn(page: PageLayout, at: int, start: int, name: str) -> bool:
    """Whether ``name`` opens the paragraph ``page.blocks[at]`` and one of the paragraphs
    after it opens with another name of the same first word ("The Office of Wicks is ...",
    "The Office of Glass ..."): the page describes its parts a paragraph each."""
    block = page.blocks[at]
    opening = _PARAGRAPH_OPENING.match(page.text, block.start, block.end)
    if opening is None or opening.start(1) != start:
        return False
    for following in page.blocks[at + 1 : at + 1 + _OPENING_PARAGRAPHS + 1]:
        other = _PARAGRAPH_OPENING.match(page.text, following.start, following.end)
        if (
            following.kind == PARAGRAPH
            and other is not None
            and other.group(1) == opening.group(1)
            and not page.text.startswith(name, other.start(1))
        ):
            return True
    return False


def _named_body(phrase: str) -> str:
    """The body a run of capitalized words names at its end: after an appositive's comma
    ("Secretariat, the Lamp Bureau") and past a post that heads it ("Head of the Lamp
    Service")."""
    name = phrase.rsplit(", ", 1)[-1]
    words = name.split()
    if len(words) > 2 and words[0].lower() in POSITION_WORDS and words[1] == "of":
        name = " ".join(words[2:])
    return re.sub(r"^(?:[Tt]he)\s+", "", name)


def _body_noun_name(page: PageLayout, name: str, start: int) -> bool:
    """Whether ``name`` (at ``start``) is a body's full name by an agency's noun, not a
    position's office, a two-word office or a name cut from its possessive owner."""
    words = name.split()
    if len(words) < 2:
        return False
    closes = words[-1] in _OPENING_BODY_NOUNS and not (words[-1] == "Office" and len(words) < 3)
    opens = words[0] in _OPENING_BODY_NOUNS and len(words) > 2 and words[1] in ("of", "for")
    if not (closes or opens):
        return False
    position = _POSITION_OFFICE.fullmatch(name)
    return position is None or not names_position_only(position.group(1))


def opening_agency_name(page: PageLayout) -> Root | None:
    """The first body the opening prose of a page without title names in full
    (``root_from_opening_agency_name``)."""
    if not enabled("root_from_opening_agency_name"):
        return None
    own = [
        block.text.strip().lower()
        for block in page.blocks
        if block.kind != PARAGRAPH or len(block.text.split()) < _OPENING_PARAGRAPH_WORDS
    ]
    first = next((b for b in page.blocks if b.text.strip()), None)
    if first is not None and _OWN_SUBJECT_LINE.match(first.text.split("\n", 1)[0]):
        return None  # "Wick Operations includes ...": the line's own subject is the body
    read = 0
    serial: frozenset[str] | None = None
    for at, block in enumerate(page.blocks):
        if block.kind == LIST_ITEM or (block.kind == HEADING and read):
            break
        if block.kind != PARAGRAPH or len(block.text.split()) < _OPENING_PARAGRAPH_WORDS:
            continue
        read += 1
        if read > _OPENING_PARAGRAPHS:
            break
        if not reads_as_prose(block.text):
            continue  # "1. The Basics 2. Office of Wicks o Office of Glass": a contents list
        for phrase in page.phrases(block.start, block.end):
            name = _named_body(phrase.text)
            if not _body_noun_name(page, name, phrase.start):
                continue
            if re.search(r"['’]s\s*$", page.text[max(0, phrase.start - 3) : phrase.start]):
                return None  # "the Warden's Office Lamp Bureau": a part of a body named so
            if any(text.startswith(name.lower()) for text in own):
                continue  # a heading or an item of its own: a unit of the page
            if named_part(page, at, phrase.start):
                continue  # "There is established within the cabinet the Office of Oil"
            if serial is None:
                serial = serial_nouns(page)
            if one_of_many_alike(name, serial):
                continue  # "a Department of Wicks, a Department of Oil and a Department of ..."
            if _opens_paragraphs_in_turn(page, at, phrase.start, name):
                return None  # "The Office of Wicks is ...", "The Office of Glass ...": parts
            start = phrase.end - len(name)
            return Root(name, None, start, phrase.end, False, "root_from_opening_agency_name")
    return None


register(
    "root_from_first_sentence_subject",
    "root",
    """A page that opens with a sentence, not a name ("The Chief Lamp Officer is named by
    the Lamp Guild. ...", "Appointed by the Warden, the Wick Keeper oversees ..."), is about the
    sentence's subject when that is a name worded as a unit, an agency or a position: the
    name opens the sentence (after a determiner, "The", "This", "Our", which is no part of
    the name, or after an opening clause and its comma) and a
    word in lower case follows it, its verb. A subject that is a unit's or an agency's noun
    alone after "The" or "This" ("The Department coordinates ...", "This directorate is
    responsible for ...") names the body the page is about by that noun: the root is the
    noun ("Department"), not the sentence ("This section is ..." speaks of the text).""",
)
MIN_SENTENCE_WORDS = 6
# A determiner that opens a sentence's subject, no part of its name ("The", "This Lamp
# Office", "Our Wick Board").
_SUBJECT_DETERMINER = r"(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Oo]ur|[Ii]ts|[Tt]heir)\s+"
# What may stand before a sentence's subject: a determiner, or an opening clause and its
# comma.
_BEFORE_SUBJECT = lazy_pattern(rf"(?:[^,.;:]{{0,60}},\s*)?(?:{_SUBJECT_DETERMINER})?")
_VERB_AFTER = lazy_pattern(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?[a-z]")


_OPENING_DETERMINER = lazy_pattern(_SUBJECT_DETERMINER)


def _subject_starts(page: PageLayout, begin: int, stop: int) -> Iterator[tuple[Phrase, int]]:
    """Each name phrase of the sentence ``page.text[begin:stop]`` that may be its subject, with
    where its name starts: past a determiner, and past an opening clause, for a run of
    capitalized words goes on over a comma ("Appointed by the Mayor, the Chief Lamp Officer")."""
    text = page.text
    for phrase in page.phrases(begin, stop):
        cut = phrase.text.rfind(", ")
        at = phrase.start + cut + 2 if cut >= 0 else phrase.start
        at += len(m.group()) if (m := _OPENING_DETERMINER.match(text, at)) else 0
        if _BEFORE_SUBJECT.fullmatch(text, begin, at):
            yield phrase, at


def first_sentence_subject(page: PageLayout, start: int, end: int) -> Root | None:
    """The subject of the sentence that opens a page's first line, when that line is a
    sentence and its subject a name worded as a unit, agency or position
    (``root_from_first_sentence_subject``)."""
    if not enabled("root_from_first_sentence_subject"):
        return None
    spans = page.sentences(start, end)
    if not spans:
        return None
    begin, stop = spans[0]
    sentence = page.text[begin:stop].rstrip()
    opening = next((i for i, block in enumerate(page.blocks) if block.start == start), None)
    if opening is not None and opens_listed_item(page, opening, begin):
        return None  # "The Wick Office (WO) ...", then "The Glass Office (GO) ...": a part
    if len(sentence.split()) < MIN_SENTENCE_WORDS or not sentence.endswith((".", "!", "?")):
        return None
    text = page.text
    for phrase, opens in _subject_starts(page, begin, stop):
        at = opens
        if enabled("root_subject_over_sentence_line"):
            at = role_cut(text, opens, phrase.end)  # "The Role of the Wick Division is ..."
        name = text[at : phrase.end]
        tokens = name_tokens(name)
        if len(tokens) < 2:
            continue
        worded = set(tokens) & (UNIT_NOUNS | POSITION_WORDS) or names_agency(name)
        if not worded or not _VERB_AFTER.match(text, phrase.end, stop):
            continue
        return Root(name, None, at, phrase.end, False, "root_from_first_sentence_subject")
    noun = _BODY_NOUN_SUBJECT.match(text, begin, stop)
    if (
        noun is not None
        and noun.group(1).lower() in _BODY_NOUNS_ALONE
        and not noun.group().lstrip().lower().startswith("this section")  # the text's own
        and not _COMPOUND_HEAD.match(text, noun.end() - 1, stop)
    ):
        # "The Department coordinates ...", "This directorate is ...": the body by its noun
        word = noun.group(1)
        name = word[:1].upper() + word[1:].lower()
        return Root(
            name, None, noun.start(1), noun.end(1), False, "root_from_first_sentence_subject"
        )
    return None


# A sentence whose subject is a body noun alone after "The" or "This", before its verb in
# lower case ("The Department coordinates ...", "This directorate is responsible ...").
_BODY_NOUN_SUBJECT = lazy_pattern(
    r"\s*(?:The|This)\s+([A-Za-z]+)\s+(?!(?:of|for|and|or|in|at|on|to|with|by|under)\b)[a-z]"
)
# A word in lower case after the noun that is itself followed by an auxiliary is no verb
# but the head of a compound subject, the noun its modifier ("The office hours are ...",
# "The department head will ..."); an adverb stands between a subject and its verb ("The
# Department also has ...").
_COMPOUND_HEAD = lazy_pattern(
    r"(?!(?:also|now|still|often|then|[a-z]+ly)\b)[a-z]+\s+"
    r"(?:is|are|was|were|has|have|had|will|would|may|might|can|could|shall|should|must)\b"
)
_AGENCY_NOUN_WORDS = frozenset(noun.lower() for noun in AGENCY_NOUNS) - {"services", "corps"}
# Nouns that name no one body when they stand alone as a sentence's subject: a plural ("The
# offices are open ..."), the people of a body ("The staff are ..."), a program, a place
# ("The region is ...") or an agency's field ("Protection", "Enforcement").
_NO_BODY_ALONE = frozenset({"staff", "program", "region", "enforcement", "protection"})
_BODY_NOUNS_ALONE = frozenset(
    noun
    for noun in UNIT_NOUNS | _AGENCY_NOUN_WORDS
    if not (noun.endswith("s") and noun[:-1] in UNIT_NOUNS) and noun not in _NO_BODY_ALONE
)


register(
    "root_subject_over_sentence_line",
    "root",
    """A page with no title whose first line is a sentence or a question, no name ("In 2023, LWD
    delivered its work through the following groups:", "Who works for the Wick Keeper?", "This is a
    chart of the lamp department ..."), and for which no other reading of the first line names a
    body, is not about that sentence cut to a dozen words (no body is named so) but about the
    subject its opening prose names. First, the subject of one of the two opening paragraphs after
    that line, read as ``root_from_first_sentence_subject`` reads a first line's ("The Wick Keeper
    has about forty staff."); else the subject of the first sentence of the first line or of those
    paragraphs read more widely: a name of two capitalized words or more whatever its noun ("The
    States of Lampshire is structured into ...", "The Lampshire Wick Garden [1] is dedicated to
    ..."), past a note's mark ("[1]"), an opening clause ("In 2023, LWD delivered ...") or a noun of
    its role or aims ("The Role of the Wick Stores Division is to ..."; cut so too wherever a first
    sentence's subject is read), or an acronym ("LWD is organised into two Divisions"). The wide
    subject is the page's when the page names it again or its sentence says it is organised into
    parts ("is structured into", "consists of"); it is no law, policy, plan, ordinance, bill,
    budget, report or scheme ("The Lamp Lighting Act provides ...", "The Wick Reform Bill proposes
    ..."), no person (a name of no body's words the page never writes after "the": "Jane Wickham is
    the Director of Lamps ..."), and an acronym only one the page writes as a body's elsewhere
    (after "of" or "the", with a possessive, before an auxiliary or a verb and its object, defined
    in parentheses: not "In 2023, GDP grew ..., and GDP per head ...", "WKX services were ..."). A
    role's noun is cut only before a copula: "The Role of Women in Lamp Keeping Committee advises
    ..." is a name. The opening paragraphs are those before the first heading or list, short lines
    and furniture passed over. No subject is read as the root when the paragraphs describe parts in
    turn ("The Wick Division hears ...", then "The Glass Division hears ..."), nor one that is a
    heading or a list item of the page (one of its units), a body's noun alone ("The Board keeps
    ...": ``root_first_line_referred_body`` reads it), a part of a body its sentence refers to by
    another noun alone ("The Trimming Section keeps the records of the Department"), or, under a
    first line that refers to a body by its noun alone ("Each night the keepers of the Board light
    the lamps."), the page's body, a subject that noun does not close ("The Wick Committee advises
    ...").""",
)
# A body its sentence refers to by its noun alone after "the" ("... the records of the
# Department."), not a longer name ("the Department of Wicks", "the Lamp Board").
_OWNER_ALONE = lazy_pattern(rf"\b[Tt]he\s+({_AGENCY_NOUN})\b(?![ \t]+(?:[A-Z]|of\b|for\b))")
# What may stand between a wide subject and its verb: a note's mark, its acronym, a comma.
_WIDE_VERB_AFTER = lazy_pattern(r"\s*(?:\[\d{1,3}\]\s*)?(?:\([^()]{1,20}\)\s*)?(?:,\s*)?[a-z]")
# A noun of the subject's aims or role before its name ("The Role of the Wick Division is").
_ROLE_OF = lazy_pattern(
    r"(?:Role|Roles|Mission|Purpose|Mandate|Function|Functions|Responsibilities|Vision|Aim)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# The verb after a subject cut past a role's noun: a copula ("The Role of the Wick Division
# is to ..."), not another verb, whose subject is a name that opens with the noun ("The Role
# of Women in Lamp Keeping Committee advises ...").
_ROLE_VERB = lazy_pattern(
    r"\s*(?:\[\d{1,3}\]\s*)?(?:\([^()]{1,20}\)\s*)?(?:,\s*)?"
    r"(?:is|are|was|were|include|includes|shall|will|can|may|must)\b"
)


def role_cut(text: str, at: int, end: int) -> int:
    """Where the subject ``text[at:end]`` of a sentence begins past a noun of its role or
    aims ("The Role of the Wick Division is to ..." reads "Wick Division"), when the verb
    after it is a copula (``root_subject_over_sentence_line``); else ``at``."""
    role = _ROLE_OF.match(text, at, end)
    if role is None or not _ROLE_VERB.match(text, end):
        return at
    return role.end()


def _after_the(name: str) -> re.Pattern[str]:
    """A name written after "the" ("the Lampshire Wick Garden"), as a body is and a person
    never is."""
    return re.compile(r"\b[Tt]he\s+" + re.escape(name) + r"(?![\w&-])")


# An acronym written as a body's: after a preposition or "the", with a possessive, before
# an auxiliary verb or a verb and its object, or defined in parentheses ("the keeper of LWD",
# "LWD's staff", "LWD has", "LWD reports to", "(LWD)").
_ACRONYM_AS_BODY = (
    r"(?:\b(?:of|by|to|from|at|with|within|for|under|the|The)\s+{0}(?![\w&-])"
    r"|(?<![\w&.-]){0}(?:['’]s\b|\s+(?:is|are|was|were|has|have|had|will|shall)\b"
    r"|\s+[a-z]+(?:s|ed)\s+(?:to|the|a|an|its|their)\b)"
    r"|\(\s*{0}\s*\))"
)


def _acronym_as_body(text: str, acronym: str, start: int, end: int) -> bool:
    """Whether the page writes ``acronym`` as a body's somewhere other than at
    ``text[start:end]``, its subject ("In 2023, GDP grew ..., and GDP per head rose": no
    body; "WKX services were ..."), (``root_subject_over_sentence_line``)."""
    pattern = re.compile(_ACRONYM_AS_BODY.format(re.escape(acronym)))
    return any(m.end() <= start or m.start() >= end for m in pattern.finditer(text))


# A sentence that says its subject is organised into parts.
_PARTS_VERB = lazy_pattern(
    r"\s*(?:\[\d{1,3}\]\s*)?(?:\([^()]{1,20}\)\s*)?"
    r"(?:(?:is|are|was|were)\s+(?:organi[sz]ed|structured|divided|grouped|arranged|composed"
    r"|made\s+up)|consists|comprises)\b"
)
# The last word of a law, a policy or a plan, which is no body.
_NO_BODY_LAST = frozenset(
    {"act", "policy", "law", "code", "plan", "strategy", "constitution", "regulations", "charter"}
    # an ordinance, a bill, rules, a decree, a directive, a budget and its estimates, a
    # report, guidelines: texts, no bodies ("The Lamp Lighting Ordinance establishes ..."); a
    # scheme ("yojana" in Indian English) is a programme run by a body
    | {"ordinance", "bill", "rules", "decree", "directive", "regulation", "budget"}
    | {"estimates", "report", "guidelines", "framework", "agenda", "treaty", "amendment"}
    | {"scheme", "yojana"}
)
_NO_BODY_FIRST = frozenset({"policy", "act", "law", "plan", "strategy", "constitution"})


def _wide_subject(page: PageLayout, start: int, end: int) -> Root | None:
    """The subject of the sentence that opens ``page.text[start:end]``, read widely
    (``root_subject_over_sentence_line``)."""
    spans = page.sentences(start, end)
    if not spans:
        return None
    begin, stop = spans[0]
    sentence = page.text[begin:stop].rstrip()
    if len(sentence.split()) < MIN_SENTENCE_WORDS or not sentence.endswith((".", "!", "?", ":")):
        return None
    text = page.text
    for phrase, opens in _subject_starts(page, begin, stop):
        at = role_cut(text, opens, phrase.end)
        role_noun = at != opens
        name = text[at : phrase.end]
        acronym = is_acronym(name)
        tokens = name_tokens(name)
        if not acronym and len(tokens) < 2:
            return None
        if not acronym and (tokens[-1] in _NO_BODY_LAST or tokens[0] in _NO_BODY_FIRST):
            return None  # "The Lamp Lighting Act provides ...": a law, no body
        if not role_noun and not _WIDE_VERB_AFTER.match(text, phrase.end, stop):
            return None
        if not acronym and person_name(name) and not _after_the(name).search(text):
            return None  # "Jane Wickham is the Director of Lamps ...": a person, no body
        uses = len(re.findall(r"(?<![\w&.-])" + re.escape(name) + r"(?![\w&-])", text))
        if _PARTS_VERB.match(text, phrase.end, stop):
            pass
        elif uses < 2 or (acronym and not _acronym_as_body(text, name, at, phrase.end)):
            return None  # "In 2023, GDP grew ..., and GDP per head ...": no body
        return Root(
            name,
            name if acronym else None,
            at,
            phrase.end,
            False,
            "root_subject_over_sentence_line",
        )
    return None


def subject_over_sentence_line(page: PageLayout, at: int) -> Root | None:
    """The subject the opening prose names, for a page whose first line (``page.blocks[at]``)
    is a sentence and no name (``root_subject_over_sentence_line``)."""
    if not enabled("root_subject_over_sentence_line"):
        return None
    own = [
        block.text.strip().lower() for block in page.blocks if block.kind in (HEADING, LIST_ITEM)
    ]
    # a body the line refers to by its noun alone ("... the Board meets"): the page's, which
    # a subject closed by another noun is not (``root_first_line_referred_body`` reads it)
    alone = _NOUN_ALONE.search(page.blocks[at].text.split("\n", 1)[0])
    opening = [at]
    for index, block in enumerate(page.blocks[at + 1 :], at + 1):
        if block.kind in (HEADING, LIST_ITEM) or len(opening) > _OPENING_PARAGRAPHS:
            break
        if block.kind != PARAGRAPH or first_line_furniture(block.text.split("\n", 1)[0]):
            continue
        if len(block.text.split("\n", 1)[0].split()) < MIN_SENTENCE_WORDS:
            continue
        opening.append(index)
    for read in (first_sentence_subject, _wide_subject):
        for index in opening if read is _wide_subject else opening[1:]:
            block = page.blocks[index]
            line = block.text.split("\n", 1)[0]
            subject = read(page, block.start, block.start + len(line))
            if subject is None:
                continue
            if subject.name.lower() in _BODY_NOUNS_ALONE:
                return None  # "The Board keeps ...": root_first_line_referred_body reads it
            sentence = page.sentence_at(subject.start)
            said = page.text[subject.end : sentence[1] if sentence else subject.end]
            owner = _OWNER_ALONE.search(said)
            if owner is not None and owner.group(1) != subject.name.split()[-1]:
                return None  # "The Trimming Section keeps the records of the Department"
            if parts_in_turn(page, index, subject.name):
                return None  # "The Wick Division hears ...", "The Glass Division ...": parts
            if any(text.startswith(subject.name.lower()) for text in own):
                return None  # "- Wick Division", then "The Wick Division trims ...": a unit
            if alone is not None and subject.name.split()[-1] != alone.group(1):
                return None  # "... the Board meets", then "The Wick Committee ...": a part
            return replace(subject, found_by="root_subject_over_sentence_line")
    return None


register(
    "root_past_no_name_title",
    "root",
    """A title the root would be read from as a last resort (``root_from_title``) that is no
    name is passed over, as a first line that is no name is: an image's caption or
    alternative text (a caption's noun, "logo", "graphic", "image", "icon", "banner",
    "photo", "picture", even glued to the next word, "Lamp Guild BannerABOUT"; or words in
    lower case that hold no word naming a body, "Flickering candles and Tower"), or a
    sentence (five words or more, not a name by its capitals, closed by a period, "The
    guild's chart is available in print."). No body is named so: the title of a page is such
    a line when the site sets an image or a note at its head. A caption that names a body in
    full after "for" or "of" ("Logo graphic for the Lampshire Wick Division") speaks of the
    page's body: that name is the root. Otherwise the root is read as if the line were no
    title: from an earlier title line that names something ("Wick Supply Bureau" over
    "Bureau Banner"), else from the opening prose, as a page without a title is read (the
    body its opening prose names, the subject of its first sentence). A name ending in a
    body's noun is no caption however it is worded ("Graphic Lamp Division", "Image
    Processing Office", "Photo Identity Programme" in British spelling), nor is a body's own
    picture ("Wick Directorate banner", "Lampshire County banner", whose caption word
    ``root_title_topic_words`` drops), a section label or a topic ("Organisational
    structure"); alternative text is words alone (a line with a number, a bracket or a note,
    "(L9, sec. 1)", is left to the rules that read such notes) not ending on a body's noun
    (a name in sentence case, "National lamp safety programme").
    When the reading past the line finds nothing but the line, the line stays the root.""",
)
_CAPTION_NOUNS = (
    "logo",
    "graphic",
    "image",
    "icon",
    "banner",
    "photo",
    "photograph",
    "picture",
    "thumbnail",
)
# A caption's noun at a word's start, in any case, its end at a word's end or before a
# capital it is glued to ("BannerABOUT").
_CAPTION_WORD = lazy_pattern(
    r"(?<![A-Za-z])(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in _CAPTION_NOUNS)
    + r")s?(?![a-z])"
)
# The body a caption names in full at its end, after "for" or "of" ("... for the Wick
# Division").
_CAPTION_BODY = lazy_pattern(
    r"\b(?:for|of)\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'’&-]*)+)"
    r"\s*$"
)
# A body's noun a caption's words end on: a unit's or an agency's, "programme" (the British
# spelling of "program"), an organisation's, and a place's government or a court ("Lampshire
# County banner", "Lampshire Wick Organisation banner", "Photo Identity Programme": the body's
# own picture or name, no caption to read past).
_BODY_NOUN_WORDS = (
    UNIT_NOUNS
    | {noun.lower() for noun in AGENCY_NOUNS}
    | {"programme", "programmes", "organisation", "organization", "trust", "corporation"}
    | {"court", "tribunal", "government", "municipality", "city", "county", "town", "township"}
    | {"village", "district"}
)
# A sentence's close: its period, perhaps before a note in parentheses ("(120 KB)").
_SENTENCE_CLOSE = lazy_pattern(r"[.!?]\s*(?:\([^()]*\)\s*)?$")
_CAPTION_SENTENCE_WORDS = 5
# An image's alternative text is words alone: no number, bracket or note ("(L9, sec. 1)").
_WORDS_ONLY = lazy_pattern(r"[^\W\d_](?:[^\W\d_]|['’ ,&-])*")


def _ends_with_body_noun(text: str) -> bool:
    tokens = name_tokens(text)
    return bool(tokens) and tokens[-1] in _BODY_NOUN_WORDS


def caption_body(line: str) -> tuple[int, int] | None:
    """The span in ``line`` of the body a caption names in full after "for" or "of" ("Logo
    graphic for the Lampshire Wick Division"), if it is a caption that names one
    (``root_past_no_name_title``)."""
    caption = _CAPTION_WORD.search(line)
    if caption is None:
        return None
    body = _CAPTION_BODY.search(line, caption.end())
    if body is None or not _ends_with_body_noun(body.group(1)):
        return None
    return body.start(1), body.end(1)


def no_name_title(line: str) -> bool:
    """Whether a title line is no name: a caption, an image's alternative text or a sentence
    (``root_past_no_name_title``)."""
    if not enabled("root_past_no_name_title"):
        return False
    text = line.strip()
    if not text or SECTION_NUMBER.match(text) or is_section_label(text):
        return False
    caption = _CAPTION_WORD.search(text)
    if (
        caption is not None
        and not _ends_with_body_noun(text[: caption.start()])  # "Wick Directorate banner"
        and (caption_body(text) is not None or not _ends_with_body_noun(text[caption.end() :]))
    ):
        return True
    if is_name_line(text):
        return False
    if _SENTENCE_CLOSE.search(text) and len(text.split()) >= _CAPTION_SENTENCE_WORDS:
        return True
    lower = [w for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’-]{2,}\b", text) if w not in CONNECTORS]
    topic = {w for w in re.findall(r"[a-z]+", text.lower()) if w not in CONNECTORS} <= TOPIC_WORDS
    words_only = _WORDS_ONLY.fullmatch(text) is not None  # no note, number or reference
    # A name in sentence case ends on its body's noun ("National lamp safety programme"):
    # no image's alternative text.
    named = _ends_with_body_noun(text)
    return words_only and len(lower) >= 2 and names_no_body(text) and not topic and not named
