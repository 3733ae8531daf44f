"""Split page text into blocks (lines or paragraphs) with character offsets, and classify them.

A block is a run of non-blank lines. Its kind is read from its layout and wording only:
short lines without closing punctuation are headings, lines of the form ``Label: text`` are
labels, lines after a lead-in ending in a colon are list items (until a line in another letter case:
a heading in capitals ends a list in title case), everything else is prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from pipeline.rules import enabled, register, rule
from pipeline.text.hints import HEADING, LIST_ITEM, PARAGRAPH, BlockKind, Hint
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sentences import ends_sentence, sentence_spans
from pipeline.text.vocabulary import (
    ARTICLES,
    CAPITAL,
    CONNECTORS,
    FORM_ROLE_WORDS,
    LINK_OBJECTS,
    LINK_VERBS,
    LIST_VERBS,
    LISTING_NOUNS,
    MIN_WRAPPED_LINE,
    ORGANIZATION_WORDS,
    POSITION_WORDS,
    PRONOUNS,
    SENTENCE_WORD,
    UNIT_NOUNS,
)
from pipeline.text.words import singular_noun

LABEL = BlockKind.LABEL
FOOTER = BlockKind.FOOTER

# A bullet or outline marker at the start of a line: "- ", "• ", "o ", "1. ", "(a) ", "iv) ".
# A bullet, or an item's number, letter or roman numeral with its dot or parenthesis.
_MARKER = r"[-*+•◦▪‣–—·o]|\(?(?:\d{1,3}|[A-Za-z]|[ivxlIVXL]{1,5})[.)]"
_BULLET = lazy_pattern(r"(?P<indent>[ \t]*)(?P<marker>" + _MARKER + r")[ \t]+(?=\S)")
_ROMAN = lazy_pattern(r"[ivxl]+|[IVXL]+")
# A numbered or lettered marker alone on its line ("(a)", "1.", "iv)"), read by ``lone_marker``.
_LONE_MARKER = lazy_pattern(
    r"(?P<indent>[ \t]*)(?P<marker>\(?(?:\d{1,3}|[A-Za-z]|[ivxlIVXL]{1,5})[.)])[ \t]*$"
)
MAX_ITEM_LINE_WORDS = 10

MAX_HEADING_WORDS = 16
# A label is at most six words before the first colon, besides the acronym it defines in
# parentheses ("Division of Lamp Policy & Wicks (DLPW):"). Each word is matched once (a space
# ends it), so a long paragraph without a label fails in linear time, not by backtracking.
_LABEL = lazy_pattern(
    r"^(?P<label>[A-Z0-9][^:\s]*(?:\s[^:\s]*){0,5}(?:\s\([A-Z][A-Za-z&]{1,11}\))?):\s+"
    r"(?P<body>\S.*)$",
    re.DOTALL,
)
_FOOTER = lazy_pattern(r"^[A-Z][\w ]{0,40}:$")
# What ends a sentence's words before the colon of the list it opens: a verb of listing.
_LISTING_VERB = lazy_pattern(
    r"\s(?:include|includes|are|comprises?(?:\s+of)?|consists?\s+of)$", re.I
)


# The unit nouns that name a body's parts in a listing sentence's subject ("service" names
# what a body offers there: "Our services include: ...").
_PART_WORDS = UNIT_NOUNS - {"service"}


@rule("layout", off=False)
def listing_sentence(line: str) -> bool:
    """A line whose words before its colon end in a verb of listing ("Operating offices
    include: the Office of Wicks, the Office of Glass and the Office of Oil", "Our units
    are: ...") is a sentence that lists, not a label over a text ("Wick Office: ..."), when
    what it lists are a body's parts: its subject ends in a unit noun or a word for the
    organization ("The headquarters organization consists of: ..."). "Our partners
    include: ...", "Board members are: ..." stay labels."""
    match = _LABEL.match(line)
    verb = _LISTING_VERB.search(match.group("label")) if match is not None else None
    if match is None or verb is None:
        return False
    subject = re.findall(r"[A-Za-z]+", match.group("label")[: verb.start()])
    head = subject[-1].lower() if subject else ""
    return head in ORGANIZATION_WORDS or head in LISTING_NOUNS or singular_noun(head) in _PART_WORDS


# A hyphen closed up between a name and a sentence about it ("Wick Supply-The section trims
# wicks.", "Accounts-This unit pays ..."): a determiner or a pronoun that opens a sentence,
# then a word in lower case. A hyphen inside a name joins its words ("Wick-Glass Unit",
# "Non-Profits receive ...", "Pre-Trials unit").
HYPHEN_BEFORE_SENTENCE = r"(?<=[a-z])-(?=(?:The|This|These|It|Its|Our|We|They)\s+[a-z])"
# A line's bullet or item marker: "- ", "• ", "3. ", "(b) ", "iv) ", "A. ".
LINE_MARKER = r"[ \t]*(?:(?:" + _MARKER + r")[ \t]+)*"
# What may open a line before a name: its bullet or item marker ("- ", "(e) ", "3. ", "A. ").
LINE_OPENING = lazy_pattern(LINE_MARKER)
# "Name – what it does": a label before a spaced dash (or a hyphen before a sentence), at
# most six words, then a description of four words or more (a title "Page - Site" is shorter).
_DASH_LABEL = lazy_pattern(
    r"^(?P<label>[A-Z][^:\s–—]*?(?:\s(?![–—-]\s)[^:\s–—]*?){0,5})"
    r"(?:\s[–—-]\s+|" + HYPHEN_BEFORE_SENTENCE + r")"
    r"(?P<body>\S+(?:\s+\S+){3,}.*)$",
    re.DOTALL,
)
_CONTACT = lazy_pattern(
    r"\(?\b\d{3}\)?[-. ]\d{3}-\d{4}\b|(?<!\S)[^\s@]+@[^\s@]+\.\w+|https?://|\bwww\."
    r"|\b[A-Z]{2},? \d{5}(?:-\d{4})?\b"
    r"|(?i:^(?:page |content )?(?:last )?(?:updated|modified|reviewed)\b)"
    r"|^[A-Za-z][\w -]{0,20}:\s*\+?[\d(][\d ()./-]{6,}$"
    r"|^(?=[A-Z]*\d)[A-Z\d]{2,4} (?=[A-Z]*\d)[A-Z\d]{3,4}$"
    r"|^\d+ (?:[A-Z][\w.]* ){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Drive|Dr|Way"
    r"|Place|Pl|Lane|Ln|Highway|Hwy|Parkway|Pkwy|Pike|Court|Ct|Plaza|Square|Circle|Terrace)\b"
)

_DIGIT = lazy_pattern(r"\d")
# A letter of any script (not a digit or an underscore).
LETTER = lazy_pattern(r"[^\W\d_]")
_UPDATED = lazy_pattern(r"(?i:(?:page |content )?(?:last )?(?:updated|modified|reviewed)\b)")


def _may_be_contact(text: str) -> bool:
    """What every contact pattern needs: a digit, "@", "://", "www." or an "updated" line
    (most lines have none, and the full pattern is slow on them)."""
    return (
        "@" in text
        or "://" in text
        or "www." in text
        or _DIGIT.search(text) is not None
        or _UPDATED.match(text) is not None
    )


@dataclass(frozen=True)
class Block:
    """A block of page text; ``text`` is exactly ``page[start:end]``.

    ``level`` is a heading's rank when the source gives it (1-6; 0 when only layout tells), or
    a list item's depth (1 for a top-level item). ``depth`` is the outline depth of a plain
    text list item read across the paragraphs between its items, kept when the item turns out
    a heading (``outline_across_text``).
    """

    kind: BlockKind
    start: int
    end: int
    text: str
    level: int = 0
    depth: int = 0

    @property
    def label(self) -> str | None:
        """The label of a ``Label: text`` block."""
        # (a label's colon first: _LABEL fails only after reading up to six words)
        match = (":" in self.text and _LABEL.match(self.text)) or _DASH_LABEL.match(self.text)
        return match.group("label").strip() if match else None


def printed_line(text: str, block: Block) -> str:
    """A block's line as the page prints it, from the line's start to the block's end: the
    reading into blocks may cut a heading's number from its block ("§ 1201. Office of the
    Lamp Warden" read as "Office of the Lamp Warden"), and the rules that read a law's
    divisions and sections read them on the line the page prints."""
    return text[text.rfind("\n", 0, block.start) + 1 : block.end]


# Non-blank lines up to a blank one; a line's characters are taken as a whole (possessively),
# not one by one, which finds the same runs several times faster.
_RUN_OF_LINES = lazy_pattern(r"\S(?:[^\n]++|\n(?![ \t\u00a0]*\n))*+")


def raw_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of runs of non-blank lines, trimmed of surrounding white space."""
    spans = []
    for match in _RUN_OF_LINES.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


def introduces_units(paragraph: str) -> bool:
    """Whether a paragraph ends with a lead-in to a list of units: "Offices include:"."""
    if not paragraph.endswith(":"):
        return False
    start, end = sentence_spans(paragraph)[-1]
    tokens = re.findall(r"[a-z]+", paragraph[start:end].lower())
    tail = set(tokens[-3:])
    nouns = listed_sections()
    return bool(tail & nouns) or (bool(set(tokens) & nouns) and bool(tail & LIST_VERBS))


_SECTIONS = frozenset({"sections"})


@rule("unit", off=LISTING_NOUNS)
def listed_sections() -> frozenset[str]:
    """The plural nouns a heading or a lead-in names a list's units by ("Divisions", "The
    office has the following units:"), "sections" among them ("Sections under this
    department", "The office is made up of these sections:"): in a lead-in before a list,
    or a heading over one that names the body they belong to, "sections" are a body's
    parts, as "divisions" are. A heading "Sections" alone heads a document's table of
    contents, and a count of sections in prose ("This report is divided into three
    sections") is a document's too: the nouns of counts and prose are :data:`LISTING_NOUNS`
    alone."""
    return LISTING_NOUNS | _SECTIONS


def _leads_into_list(text: str) -> bool:
    """ "The office includes:", "Divisions are:": a lead-in, not a contact label."""
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and (words[-1] in LIST_VERBS or bool(set(words) & LISTING_NOUNS))


# "Lamp Bureau Logo", "Image of the Guild's seal", "Photo of the Warden": a picture's name.
_IMAGE_TEXT = lazy_pattern(
    r"^(?:(?:An?\s+)?(?:[Ii]mage|[Pp]hoto(?:graph)?|[Pp]icture|[Ll]ogo)\s+of\s+\S[^\n]*"
    r"|[^\n]*\S\s+[Ll]ogo)$"
)
MAX_IMAGE_TEXT_WORDS = 10


@rule("layout", off=False)
def image_alt_text(line: str) -> bool:
    """A short line that names a picture ("Lamp Bureau Logo", "Image of the Guild's seal",
    "Photo of the Warden") is an image's alternative text left in the page: furniture, not a
    title, a heading or a unit."""
    if "\n" in line or len(line.split()) > MAX_IMAGE_TEXT_WORDS:
        return False
    return _IMAGE_TEXT.match(line.strip()) is not None


register(
    "contact_line_noise",
    "layout",
    """A short line (up to sixteen words) that holds a contact detail (a telephone number, an
    e-mail or web address, a postcode after a state's code, a numbered street, a postcode of
    letters and digits) or says when the page was "updated", "modified" or "reviewed", or
    that opens with a link's verb and its object ("Learn more", "Read the report", "Visit
    LWO"), is page furniture, not content: no heading, no unit, no name in a table's first
    cell. A directory's row (a unit's name before its telephone) stays content. So are the
    lines a lead-in about post or contact ("Letters can be mailed to:") opens and a postal
    address closes: the addressee, not a list of units (``list_units.filters.addressee_lines``).""",
)


def is_noise(text: str) -> bool:
    """Lines that are not content: contact details, addresses, "Learn more" links
    (``contact_line_noise``; switched off, every line is content)."""
    if not enabled("contact_line_noise"):
        return False
    words = text.split(maxsplit=MAX_HEADING_WORDS)  # a long paragraph is not split whole
    if len(words) > MAX_HEADING_WORDS:
        return False
    if _may_be_contact(text) and _CONTACT.search(text):
        return True
    if len(words) < 2 or words[0].lower() not in LINK_VERBS:
        return False
    second = words[1].strip(".,:;")
    return second.lower() in LINK_OBJECTS or (second.isupper() and len(second) > 1)


# U+FFFD stands for a character that could not be read (``&#0;``, a noncharacter): it may
# have been a capital, so it never decides whether a line starts like a heading.
_UNREADABLE = "\ufffd"


_LEADING = lazy_pattern(r"[\s\"'“‘(" + _UNREADABLE + "]*")


def _initial(text: str) -> str:
    """The first character of ``text`` that can be read, after spaces and opening quotes."""
    start = _LEADING.match(text)
    return text[start.end() : start.end() + 1] if start else text[:1]


# A section number before a title: "§ 12-4-2.", "Sec. 3.01", "SECTION 3.", "Article IV.",
# "Part IV-A": digits first, or a roman numeral; not a word that opens with a numeral's
# letter ("Rule Compliance Office", "Section Chiefs Council", "Chapter Lamp Office").
SECTION_NUMBER = lazy_pattern(
    r"(?:§+|(?i:sec(?:tion)?\.?|article|art\.|chapter|part|rule))\s*"
    r"(?:[0-9][0-9A-Za-z.\-–]*|[IVXLC]+\b[0-9A-Za-z.\-–]*)(?<![.\-–])\.?\s+(?=\S)"
)


def _heading_span(text: str) -> tuple[int, int] | None:
    """The span of the title a heading line gives, or None when the line is no heading
    (``heading_line``)."""
    words = text.split(maxsplit=MAX_HEADING_WORDS)
    if not enabled("heading_line") or not words or len(words) > MAX_HEADING_WORDS:
        return None
    if "\n" in text or " | " in text:
        return None
    number = SECTION_NUMBER.match(text)
    start = number.end() if number else 0
    title = text[start:]
    first = _initial(title)
    if not (first.isupper() or first.isdigit()) or not LETTER.search(title):
        return None  # a date or a number alone ("2017-04-07") heads nothing
    if not ends_sentence(title) and not title.endswith((":", ",", ";")):
        return start, len(text)
    if not title.endswith("."):
        return None
    title = title[:-1].rstrip()
    if not title or ". " in title or not (_is_name(title) if number else title.isupper()):
        return None
    return start, start + len(title)


def _is_name(title: str) -> bool:
    """Every content word capitalized, as a name or a heading in capitals is."""
    return all(
        _initial(w).isupper() or _initial(w).isdigit() or w.lower() in CONNECTORS
        for w in title.split()
    )


def _marker_style(marker: str, last_letter: dict[str, str], following: str | None = None) -> str:
    """The family of an outline marker: "(a)" letters, "(1)" numbers, "(iv)" roman numerals,
    bullets by their glyph. "(i)" after "(h)" is a letter, elsewhere a numeral, and so is an
    "(i)" the next item's "(ii)" follows whatever came before it."""
    core = marker.strip("().")
    wrapped = "(" if marker.startswith("(") else ")" if marker.endswith(")") else "."
    if core.isdigit():
        return "digit" + wrapped
    if not core.isalpha():
        return "bullet" + marker
    previous = last_letter.get(wrapped)
    follows = len(core) == 1 and previous is not None and ord(core.lower()) == ord(previous) + 1
    counted = following is not None and following.strip("().").lower() == core.lower() * 2
    if _ROMAN.fullmatch(core) and (counted or not follows):
        return "roman" + wrapped
    last_letter[wrapped] = core.lower()
    return "letter" + wrapped


def _is_item_line(text: str, following: str | None, long: bool = False) -> bool:
    """A line that stands alone: it ends a sentence or a clause, or it is short (of any
    length with ``long``) and the next line starts anew with a capital."""
    line = text.rstrip()
    if line.endswith((".", ":", ";", "!", "?")):
        return True
    words = line.split()
    if not words or (len(words) > MAX_ITEM_LINE_WORDS and not long) or line.endswith((",", "-")):
        return False
    if words[-1].lower() in CONNECTORS:
        return False
    return following is None or _initial(following).isupper() or _initial(following).isdigit()


# A run of lines read as a list though some are long: long ones at most one in this many.
LONG_LINE_SHARE = 4
# A link bar: three cells or more between bars ("| Home | Lamps | Contact Us").
_LINK_BAR = lazy_pattern(r"(?:[^|]*\|){2,}[^|]*\S")
# A word of a line, not a mark standing alone ("/", "-"); "&" joins words as "and" does.
_WORD = lazy_pattern(r"\w|^&$")


def _link_bar(line: str) -> bool:
    """A line of links between bars: every cell short and capitalized ("| Home | Lamps |
    Contact Us"), not sentences set between bars ("Lamp prices rise | wick prices fall | oil
    holds steady")."""
    if not _LINK_BAR.match(line):
        return False
    cells = [cell.split() for cell in line.split("|") if cell.strip()]
    return all(
        len(cell) <= MAX_ITEM_LINE_WORDS and (_initial(cell[0]).isupper() or cell[0][:1].isdigit())
        for cell in cells
    )


def _post_and_area(words: list[str]) -> bool:
    """A post's word before the line's first comma, the area it heads after it ("Director,
    Lamp Trimming and Wick Supply / Oil Stores Coordinator"): a staff list's line."""
    for i, word in enumerate(words):
        if word.endswith(","):
            return head_noun(_bare(words[: i + 1])) in POSITION_WORDS
    return False


def _long_item(line: str) -> bool:
    """A long line that is one more item of a list: a link bar, or a name in title case (its
    asides in parentheses aside) whose words a connector joins ("Lamp and Wick Trimming
    Secretariat of the Oil Board", "Lamp & Wick Trimming Secretariat of the Oil Board"),
    headed as a name is, by a unit noun or a post (:func:`_headed_by_unit_or_post`), or a
    post and its area ("Director, Lamp Trimming and Wick Supply"); not links set side by side
    ("Lamp Office Wick Office Oil Store Glass Works Home"), nor a headline in title case
    ("Lamp Office Opens New Wick Store Next to the Glass Market in the Old Town") or in
    capitals ("NOTICE THE LAMP OFFICE WILL BE CLOSED ON MONDAY FOR THE FEAST OF THE WICK")."""
    if _link_bar(line):
        return True
    words = [w for w in ASIDE.sub("", line).split() if _WORD.search(w)]
    return (
        _is_name(" ".join(words))
        and any(w.lower() in CONNECTORS for w in words)
        and (_headed_by_unit_or_post(words) or _post_and_area(words))
    )


@rule("layout", off=lambda lines, alone, alone_if_long: alone)
def long_line_among_lines(
    lines: list[str], alone: list[bool], alone_if_long: list[bool]
) -> list[bool]:
    """A long line among lines that each stand alone stands alone too, when it is a link bar
    ("| Home | Lamps | Wicks | Oil | Glass | Contact Us") or a long name in title case headed
    as a name is, by a unit noun or a post ("Joint Secretariat for Lamp Trimming and Wick
    Supply of the Oil and Glass Board", "Director, Lamp Trimming and Wick Supply"), and
    long lines are few in the run (at most one in four): a run of lines that each end a
    sentence or are short before a line that starts anew with a capital ("Lamp Office" /
    "Wick Division" / that long line / "Oil Store") is a list, its long line one more block,
    not the lines of one paragraph. Before, the one long line made the whole run one
    paragraph and none of its names was read. A long line of prose ("This chart was drawn by
    the Lamp Warden in the spring of the year") keeps the run one paragraph, and so do
    capitalized words run on with no connector between them ("Lamp Office Wick Office Oil
    Store Glass Works Home Page"): links set side by side, a menu's, not a name; so does a
    headline ("Lamp Office Opens New Wick Store Next to the Glass Market in the Old Town"),
    sentences between bars, and a line that would not stand alone however short (one ending
    in a comma or a connector).
    Which lines stand alone, given which do (``alone``) and which would but for their length
    (``alone_if_long``)."""
    long = [b and not a for a, b in zip(alone, alone_if_long, strict=True)]
    if sum(long) * LONG_LINE_SHARE > len(lines) or not all(
        _long_item(line) for line, wide in zip(lines, long, strict=True) if wide
    ):
        return alone
    return [a or wide for a, wide in zip(alone, long, strict=True)]


def _continues_item(line: str) -> bool:
    """A line without a bullet continues the item above when it is indented under it or
    carries on its sentence in lower case; otherwise it stands on its own."""
    return line[:1] in (" ", "\t") or line.lstrip()[:1].islower()


def _is_title_line(line: str, following: str) -> bool:
    """A short line in title case, without closing punctuation, over a paragraph."""
    words = line.split()
    if not words or len(words) > MAX_ITEM_LINE_WORDS or line.rstrip().endswith((".", ",", ";")):
        return False
    if words[-1].lower() in CONNECTORS:
        return False
    capitalized = all(
        _initial(w).isupper() or _initial(w).isdigit() or w.lower() in CONNECTORS for w in words
    )
    return capitalized and _initial(following).isupper()


PREPOSITIONS = frozenset({"of", "for", "to", "in", "on", "at", "by", "from", "with"})


def head_noun(tokens: tuple[str, ...]) -> str | None:
    """The head noun of a heading or a name, from its lower-case words: its last word
    before any preposition, a connector skipped ("Assistant Secretaries for Policy" ->
    "secretaries", "Office of Wicks" -> "office", "Glass Division" -> "division")."""
    head = None
    for token in tokens:
        if token in PREPOSITIONS:
            break
        if token not in CONNECTORS:
            head = token
    return head


# An aside in parentheses after a name: "(SecCM)", "(Lampshire, Wickford and Oil Bay)".
ASIDE = lazy_pattern(r"\s*\([^()]*\)")
MIN_NAME_LINES = 3
# Anything before a run of lines: a run with nothing before it is the page's title block.
_TEXT_BEFORE = lazy_pattern(r"\S")


@rule("layout", off=False)
def name_per_line(lines: list[str]) -> bool:
    """A run of three or more lines, each a name in title case (an aside in parentheses
    aside: "Directorate of Lamp Policy (DLP)", "Hill Region (Lampshire, Wickford and Oil
    Bay)"), none ending in punctuation or a connector and none holding a figure, is a list
    of names one to a line however long each name is ("Secretariat of the Congress of Wick
    and Oil Trimmers of the Council of Lamps"): a page's list of its units set without
    bullets. Before, a line longer than a short item made the whole run one paragraph, and
    none of its names was read. A title wrapped over lines ("OFFICE OF THE LAMP WARDEN
    AND OF / THE GLASS BOARD") ends a line in a connector or runs on in lower case, and the
    lines that open a page are its title block ("Government of Wickland / Report of the
    Committee on the Lamp Service and Its Many Offices / ..."), read as the page's title,
    not as a list (:func:`line_items` asks this only of a run with text before it). A line
    longer than a short item must be headed as a name is, by a unit noun or a post ("Personal
    Office of the Lamp Warden ..."): title-case headlines ("Lamp Office Opens New Wick Store
    Next to the Glass Market in the Old Town") are no names."""
    names = [ASIDE.sub("", line).strip() for line in lines if line.strip()]
    if len(names) < MIN_NAME_LINES:
        return False
    for name in names:
        words = name.split()
        if (
            not words
            or _DIGIT.search(name)
            or name[-1] in ".,;:!?-–—"
            or words[-1].lower() in CONNECTORS
            or not all(w[:1].isupper() or w.lower() in CONNECTORS for w in words)
            or (len(words) > MAX_ITEM_LINE_WORDS and not _headed_by_unit_or_post(words))
        ):
            return False
    return True


def _bare(words: list[str]) -> tuple[str, ...]:
    """Words in lower case, their letters only (accented letters too)."""
    return tuple("".join(c for c in w.lower() if c.isalpha()) for w in words)


def _headed_by_unit_or_post(words: list[str]) -> bool:
    """Whether a long line's head noun (:func:`head_noun`) is a unit noun or a post word
    ("Personal Office of the Lamp Warden ...": "office"), as a name's is; a headline's is
    not ("Lamp Office Opens New Wick Store Next to the Glass Market": "next")."""
    head = head_noun(_bare(words)) or ""
    return (
        head in UNIT_NOUNS
        or singular_noun(head) in UNIT_NOUNS
        or head in POSITION_WORDS
        or singular_noun(head) in POSITION_WORDS
    )


def line_items(text: str, start: int, end: int) -> list[tuple[int, int, str | None, int]]:
    """The blocks of a run of lines: bulleted lines each open an item (with its marker and
    indentation), and lines that each stand alone are each a block; lines that wrap one
    paragraph stay one block. Yields (start, end, marker, indent).

    Title lines over the rest are peeled off one by one; what is known of each line (its
    bullet, whether it stands alone, whether any later line is bulleted or all stand alone)
    is worked out once, so a run of any number of lines takes one pass, never one per line."""
    if text.find("\n", start, end) < 0 and _BULLET.match(text, start, end) is None:
        return [(start, end, None, 0)]  # one line without a bullet: one block, as below
    lines = []
    cursor = start
    for line in text[start:end].split("\n"):
        lines.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    if _TEXT_BEFORE.search(text, 0, start) and name_per_line([text[a:b] for a, b in lines]):
        return [(a, _rstrip(text, a, b), None, 0) for a, b in lines if text[a:b].strip()]
    bullets = [_BULLET.match(text, a, b) or lone_marker(text, a, b) for a, b in lines]
    lone = [lone_bullet(text, a, b) for a, b in lines]
    if sum(m is not None for m in lone) >= 2 and not any(bullets):
        bullets = lone
    followers = [*lines[1:], (0, 0)]
    alone = [
        _is_item_line(text[a:b], text[c:d] if c else None)
        for (a, b), (c, d) in zip(lines, followers, strict=True)
    ]
    if not all(alone):
        alone = long_line_among_lines(
            [text[a:b].strip() for a, b in lines],
            alone,
            [
                _is_item_line(text[a:b], text[c:d] if c else None, long=True)
                for (a, b), (c, d) in zip(lines, followers, strict=True)
            ],
        )
    bulleted_after = [False] * (len(lines) + 1)
    alone_after = [True] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        bulleted_after[i] = bulleted_after[i + 1] or bullets[i] is not None
        alone_after[i] = alone_after[i + 1] and alone[i]
    titles: list[tuple[int, int, str | None, int]] = []
    first, last = 0, len(lines) - 1
    while True:
        (a, b), bullet = lines[first], bullets[first]
        if first == last and bullet is None:
            return [*titles, (a, end, None, 0)]
        if bulleted_after[first]:
            out = _bulleted(text, lines[first:], bullets[first:])
            break
        if alone_after[first]:
            out = [(c, d, None, 0) for c, d in lines[first:]]
            break
        c, d = lines[first + 1]
        if not _is_title_line(text[a:b], text[c:d]):
            return [*titles, (a, end, None, 0)]
        titles.append((a, _rstrip(text, a, b), None, 0))
        first += 1
    return [*titles, *((a, _rstrip(text, a, b), m, indent) for a, b, m, indent in out if b > a)]


# A bullet a list's items open with, as it may be found glued to the end of the line before
# its item: a dash or a bullet glyph, a space or none before it and a space after it.
_GLUED_MARKERS = frozenset("-–—•")
# Lines in one list that hold a glued bullet, at least, for any to be read as one.
MIN_GLUED_BULLETS = 2
# An initial or a short honorific with its full stop before a further name, as a person's
# name is written ("R. K. Verma", "Smt. Meena Rao", "Dr. Ama Owusu"); not "U.S." run on.
_INITIALS = lazy_pattern(r"(?<!\S)[A-Z][a-z]{0,3}\.\s+[A-Z]")


def _description(text: str) -> bool:
    """Text that says what an item is, not a name: it has a word of a sentence in it, or it
    is all inside parentheses (the parts an item holds: "(Wick Unit; Soot Unit)")."""
    stripped = text.strip()
    return SENTENCE_WORD.search(stripped) is not None or (
        stripped.startswith("(") and stripped.endswith(")") and stripped.count("(") == 1
    )


@rule("layout", off=None)
def glued_bullet(line: str, marker: str) -> int | None:
    """A list's bullet glued to the end of the line before its item: in a list whose items
    open with a dash or a bullet ("- Wick Office"), a line without a bullet that says what
    the item above is and closes on the same mark and a short name in title case ("Trims
    the lamps' wicks - Soot Office", "(Wick Unit; Soot Unit) - Glass Division", "... and
    the lamp posts- Soot Office") is that item's text, run together with the next item:
    its line break was lost when the list was flattened to text (a web list of a name line
    and a description line per item, the break before each "- " dropped). The text before
    the mark goes on with the item above; the name after it is an item of its own, with the
    list's bullet; and the line after an item so found, when it too says what an item is,
    is that item's text (the last item's description, with no next name glued to it), as
    is a description line right above a glued one under a bulleted item (the first item's
    description over two lines: "Sets policy on wicks" / "for the realm - Oil Office").
    Only where two lines of the list or more so close with the text before the mark reading
    as a description (a word of a sentence, or parts in parentheses), so a roster's "Ada
    Quill - Director" stays whole and one sentence's aside is no list ("Works with one
    partner - Lamp Board"); in a list so shown, a line whose text is a series of names
    ("Oversees Wicks, Soot and KLW - Glass Office") is glued as well. Before, each such
    line was read as a heading or a paragraph of its own and the names in it were lost.
    Not read as glued, since a region, a day, a post or a person became an item and the
    items around it lost their place: a line with no description before the mark and a
    post on either side of it, a roster's ("Ada Quill - Director", "Director - Ada Quill",
    "Bo Reed - Head of Glass"); a name after the mark written with initials or an
    honorific and its full stop, a person's ("... the Wick Warden - Shri R. K.
    Verma"); and every line of a list where a bulleted line stands right under a line
    that would be read as glued (``_glued_bullets``): that item kept its bullet at the
    start of its line, so the list kept its line breaks and a dash at a line's end is
    the text's own ("Serves the coast - Coast Region" / "- Southern Office", "Open
    Monday - Friday", "the socio- Economic Development").
    Where the glued bullet stands in ``line`` (the item's name after it), or None."""
    if marker not in _GLUED_MARKERS:
        return None
    at = line.rstrip().rfind(marker + " ")
    if at <= 0:
        return None
    name = line[at + 1 :].strip()
    words = name.split()
    before = line[:at].split()
    if not before or before[-1].lower() in CONNECTORS or len(words) > MAX_ITEM_LINE_WORDS:
        return None
    if name.endswith((".", ",", ";", ":")) or words[-1].lower() in CONNECTORS:
        return None
    if not (_initial(name).isupper() and _is_name(name)):
        return None
    if not _description(line[:at]) and (_post(words) or _post(before)):
        return None  # a roster's "Ada Quill - Director", "Director - Ada Quill"
    if _INITIALS.search(name):
        return None  # a person's "Shri R. K. Verma", "Dr. Ama Owusu"
    return at


def _post(words: list[str]) -> bool:
    """Whether a name is headed by a post word ("Director", "Head of Glass", "Chief
    Technical Officer"), not by a unit noun ("Director's Office": "office")."""
    head = head_noun(_bare(words)) or ""
    return head in POSITION_WORDS or singular_noun(head) in POSITION_WORDS


def _glued_bullets(
    text: str, lines: list[tuple[int, int]], bullets: list[re.Match[str] | None]
) -> list[int | None]:
    """Per line, where a glued bullet stands in it (``glued_bullet``): only on lines
    without a bullet below a bulleted line, read with that list's bullet, and only where
    the list has enough of them. None in a list that kept its line breaks: where a
    bulleted line stands right under a line read as glued (a flattened list's item after
    a glued one has its bullet at the end of its description line, never at the start of
    a line of its own; items with no description may keep theirs further down)."""
    found: list[int | None] = []
    described = 0  # glued bullets after a description
    marker: str | None = None
    for (a, b), bullet in zip(lines, bullets, strict=True):
        if bullet is not None:
            marker = bullet.group("marker")
            if found and found[-1] is not None:
                return [None] * len(lines)  # the item under the line kept its bullet
            found.append(None)
            continue
        at = glued_bullet(text[a:b], marker) if marker is not None else None
        found.append(None if at is None else a + at)
        described += at is not None and _description(text[a : a + at])
    if described < MIN_GLUED_BULLETS:
        return [None] * len(lines)
    return found


def _bulleted(
    text: str, lines: list[tuple[int, int]], bullets: list[re.Match[str] | None]
) -> list[tuple[int, int, str | None, int]]:
    """Items of lines some of which open with a bullet: lines after a bullet continue it."""
    out: list[tuple[int, int, str | None, int]] = []
    glued = _glued_bullets(text, lines, bullets)
    after_glued = False  # the item above was a glued bullet's
    for (a, b), bullet, at, glued_next in zip(
        lines, bullets, glued, [*glued[1:], None], strict=True
    ):
        if at is not None and out:
            head_end = _rstrip(text, a, at)
            out[-1] = (out[-1][0], head_end, out[-1][2], out[-1][3])
            out.append((_lstrip(text, at + 1, b), b, text[at], out[-1][3]))
            after_glued = True
            continue
        before_glued = glued_next is not None and bool(out) and out[-1][2] is not None
        if (after_glued or before_glued) and bullet is None and _description(text[a:b]):
            out[-1] = (out[-1][0], b, out[-1][2], out[-1][3])
            after_glued = False
            continue
        after_glued = False
        if bullet is not None:
            line_start = text.rfind("\n", 0, a) + 1
            indent = len(text[line_start : bullet.start("marker")].expandtabs(4))
            out.append((bullet.end(), b, bullet.group("marker"), indent))
        elif out and (
            (out[-1][2] is not None and _continues_item(text[a:b]))
            or wrapped_line(text[out[-1][0] : out[-1][1]])
            or wrapped_prose_line(text[out[-1][0] : out[-1][1]], text[a:b])
        ):
            out[-1] = (out[-1][0], b, out[-1][2], out[-1][3])
        else:
            out.append((a, b, None, 0))
    return out


@rule("layout", off=False)
def wrapped_line(block: str) -> bool:
    """Among numbered lines ("(1)", "a)"), a line that ends inside a phrase, on a connector
    ("... is responsible for enforcing the", "... is headed by a") or a comma, or a marker
    standing alone on its line ("(a)"), runs on in the next line: text wrapped at a fixed
    width, as statutes and regulations copied from print are, whose next line opens with a
    capital as often as not ("the" / "Lamp Warden's orders")."""
    line = block[block.rfind("\n") + 1 :].rstrip()
    words = line.split()
    if not words:
        return True  # the marker alone: the item's text is on the next line
    return line.endswith(",") or words[-1] in CONNECTORS


# The end of a line cut at the print width: a word or a number, and a word broken at its
# hyphen ("Glass-").
_OPEN_LINE_END = lazy_pattern(r"[\w-]\Z")
_BROKEN_WORD = lazy_pattern(r"[^\W\d_]-\Z")


@rule("layout", off=False)
def wrapped_prose_line(block: str, following: str) -> bool:
    """In a run of lines with a bullet or an item's number in it ("- ", "(1)", "a)"; every
    line of the run, numbered or not), a long line of running text (at least
    ``MIN_WRAPPED_LINE`` characters besides its indentation, in a block with a word of a
    sentence: lower case, no connector) that ends on a word, not on closing punctuation, runs
    on in the next line even when that opens with a capital, if its block is already wrapped
    over more than one line or the line breaks a word at its hyphen, and the next line itself
    reads as running text: it has a word of a sentence, ends on a period, a semicolon, a
    comma or a connector, or is itself as long as a wrapped line with a comma inside it (a
    series of names run on: "Oil Store, Glass Store, Wick Store and Tallow"). A provision
    copied from print, wrapped at its width ("The office keeps the wick stores and" / "the
    oil ledgers of the Lamp" / "Registry of the Oil Bureau.", "It deals with the Glass-" /
    "Cutting Office of the board.").
    What ends where it ends: a short line ("(a) Wick Division"), one closing on a period or a
    colon, a paragraph of one line that ends without its period ("The office trims the
    lamps" / "Glass Office"), and a line before one that is a name or a heading, not running
    text ("... the stores of wick cloth for the harbour lamps" / "Glass Division", "PART 2
    GLASS DIVISION", "Trimming Section") or that opens a decimal outline number ("1.1 Wick
    Division. The division trims the wicks.")."""
    line = block[block.rfind("\n") + 1 :].strip()
    return (
        len(line) >= MIN_WRAPPED_LINE
        and _OPEN_LINE_END.search(line) is not None
        and ("\n" in block.strip() or _BROKEN_WORD.search(line) is not None)
        and SENTENCE_WORD.search(block) is not None
        and _running_text(following)
    )


def _running_text(line: str) -> bool:
    """Whether a line reads as running text, not as a name or a heading on its own: it has a
    word of a sentence, ends on a period, a semicolon, a comma or a connector, or is itself as
    long as a wrapped line with a comma inside it; a line opening a decimal outline number
    ("1.1 Wick Division. ...") opens a part of its own (part of ``wrapped_prose_line``)."""
    stripped = line.strip()
    words = stripped.split()
    if not words or _DECIMAL_NUMBER.match(stripped) is not None:
        return False
    return (
        SENTENCE_WORD.search(stripped) is not None
        or stripped.endswith((".", ";", ","))
        or words[-1] in CONNECTORS
        or (len(stripped) >= MIN_WRAPPED_LINE and "," in stripped)
    )


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


class _Outline:
    """List depth from markers: a marker family seen before closes the items opened after it;
    a new family, or a deeper indentation, opens a level."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, str]] = []
        self.last_letter: dict[str, str] = {}

    def depth(self, indent: int, marker: str, following: str | None = None) -> int:
        key = (indent, _marker_style(marker, self.last_letter, following))
        if key in self.stack:
            del self.stack[self.stack.index(key) + 1 :]
        else:
            while self.stack and self.stack[-1][0] > indent:
                self.stack.pop()
            self.stack.append(key)
        return len(self.stack)

    def reset(self) -> None:
        self.stack.clear()
        self.last_letter.clear()


@rule("layout", off=None)
def lone_marker(text: str, start: int, end: int) -> re.Match[str] | None:
    """A numbered or lettered outline marker alone on its line ("(a)", "1.") opens an item
    whose text is on the line after it, or after a blank line: a statute or a table copied
    from print or a web page's cells sets the marker apart from its name ("(a)" / "Lamp
    Trimming. This division ...", "1." / "" / "Wick Unit"). The marker's match, or None."""
    return _LONE_MARKER.match(text, start, end)


# A row of a table set as plain text: cells between " | " bars, the row closed by a bar
# ("Wick Store | Trims the wicks |", "Warden | Ada Quill |", "OFFICERS | |"); a row that opens
# with a bar too is a Markdown table's.
_BARRED_ROW = lazy_pattern(r"[^|\s][^\n]*\s\|")
_BARRED_CELLS = lazy_pattern(r"\S \| \S")
_MAX_HEADER_CELL_WORDS = 2
_Piece = tuple[int, int, Hint | None, str | None, int]


def _unbarred_end(text: str, start: int, end: int) -> int:
    """Where a barred row's last filled cell ends: its closing bars (and empty cells) off."""
    while end > start and (text[end - 1].isspace() or text[end - 1] == "|"):
        end -= 1
    return end


@rule("layout", off=None)
def barred_rows(text: str, start: int, end: int) -> list[_Piece] | None:
    """Lines that each close with a bar ("Lamp Store | Trims the wicks |"), two or more of
    them with cells between " | " bars, are a table's rows set as plain text: each row is a
    block of its own, read as a Markdown table's row is (its cells joined by " | ", its
    closing bars and empty cells off), not the lines of one paragraph. A first row of short
    cells over the others ("Units | Duties |") is the table's header, a lead-in as a
    Markdown table's header is; a row with one filled cell ("OFFICERS | |") heads the rows
    after it. The lines around the rows are read as any run of lines is. The pieces of the
    run ``start``-``end``, or None when it holds no such table."""
    if text.count("|", start, end) < 4:
        return None
    lines: list[tuple[int, int]] = []
    cursor = start
    for line in text[start:end].split("\n"):
        lines.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    barred = [_BARRED_ROW.fullmatch(text[a:b].strip()) is not None for a, b in lines]
    cells = [
        bar and _BARRED_CELLS.search(text, a, _unbarred_end(text, a, b)) is not None
        for (a, b), bar in zip(lines, barred, strict=True)
    ]
    if sum(cells) < 2:
        return None
    pieces: list[_Piece] = []
    waiting: int | None = None  # the first line not yet read, of lines that are no rows
    in_table = False
    for index, ((a, b), bar) in enumerate(zip(lines, barred, strict=True)):
        if not bar or not (in_table or cells[index]):
            in_table = False
            waiting = a if waiting is None else waiting
            continue
        if waiting is not None:
            pieces.extend(
                (c, d, None, m, i)
                for c, d, m, i in line_items(
                    text, waiting, _rstrip(text, waiting, lines[index - 1][1])
                )
            )
            waiting = None
        row_start = _lstrip(text, a, b)
        row_end = _unbarred_end(text, row_start, b)
        header = (
            not in_table
            and index + 2 < len(lines)
            and cells[index + 1]
            and all(
                len(cell.split()) <= _MAX_HEADER_CELL_WORDS
                for cell in text[row_start:row_end].split(" | ")
            )
        )
        in_table = True
        hint = Hint(LIST_ITEM, 1) if cells[index] and not header else None
        pieces.append((row_start, row_end, hint, "" if hint else None, 0))
    if waiting is not None:
        pieces.extend((c, d, None, m, i) for c, d, m, i in line_items(text, waiting, end))
    return pieces


# A bullet glyph or a dash alone on its line: "-", "•", "*".
_LONE_BULLET = lazy_pattern(r"(?P<indent>[ \t]*)(?P<marker>[-*•◦▪–—])[ \t]*$")


@rule("layout", off=None)
def lone_bullet(text: str, start: int, end: int) -> re.Match[str] | None:
    """A bullet or a dash alone on its line ("-" / "Wick Office" / "The Wick Office trims
    ...") opens an item whose name is on the line after it, as a numbered marker alone does
    (``lone_marker``): a page copied from a web list whose bullets were set apart from their
    text, one "-" line before each unit's name, with no blank line between the items. The
    line after the name, a sentence that starts anew, is the item's text, not more of its
    name. Only in a run of lines with two such bullets or more and no bullet before text (a
    menu's "- Home" lines are a list of their own; one dash alone is no list). Before, the
    dashes and names ran together as one paragraph. The marker's match, or None."""
    return _LONE_BULLET.match(text, start, end)


@rule("layout", off=False)
def outline_across_text(indent: int, above: int) -> bool:
    """An outline goes on across the text set between its items. An item indented deeper than
    the item above it is that item's part even when a line that is no item stands between
    them ("1. Wick Division" / "Head of the Division: Chief Wick Officer" / "  - Soot Unit");
    a line between two items at the same indentation still ends the list, and so does a
    lead-in ("The division has two units:"), which opens a list of its own. And items each
    over the paragraphs that describe them, so read as headings, keep the depth the outline
    gives them across those paragraphs ("A. Office of Wicks" / its duties / "  (1) WICK
    SUPPLY" / its duties): where they stand at two depths or more, the deeper are parts of
    the shallower before them (``_ranks``)."""
    return above >= 0 and indent > above


# A line that may be a run of names glued together: words and the marks names hold, no
# punctuation that ends or parts a sentence or a list's items (``glued_name_run``).
_GLUED_RUN_LINE = lazy_pattern(r"[^\S\n]*[A-Z][^\n.,;:!?()|]*")
_RUN_WORD = lazy_pattern(r"\S+")
# The names a glued run holds, at least, each closed by the run's unit noun.
MIN_GLUED_NAMES = 3


def _glued_run_names(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names' spans of a glued run (``glued_name_run``), or None."""
    if _GLUED_RUN_LINE.fullmatch(text, start, end) is None:
        return None
    words = list(_RUN_WORD.finditer(text, start, end))
    by_noun: dict[str, list[int]] = {}  # each noun's cuts: the index of a name's last word
    for index, (word, after) in enumerate(pairwise(words)):
        noun, following = word.group(), after.group()
        # a unit noun in title case after the noun goes on with the name ("Wick Services Section")
        goes_on = following.lower() in UNIT_NOUNS and following[1:].islower()
        if (
            noun[:1].isupper()
            and noun.lower() in UNIT_NOUNS
            and following[:1].isupper()
            and not goes_on
            and following.lower() not in CONNECTORS
        ):
            by_noun.setdefault(noun, []).append(index)
    ending = words[-1].group()
    # a noun inside a compound that opens each name ("Air Force Academy Air Force Medical
    # Service Air Force Band", "Lamp Service Reform Division Lamp Service ...") closes none
    nouns = [noun for noun in by_noun if not _opening_compound(words, noun, by_noun[noun])]
    if not nouns:
        return None
    # the noun that closes most names, the line's last among them; on a tie, the line's last
    # ("Wick Service Delivery Unit Oil Service Delivery Unit ...": "Unit", not "Service")
    noun = max(nouns, key=lambda found: (len(by_noun[found]) + (ending == found), ending == found))
    cuts = by_noun[noun]
    if len(cuts) + (ending == noun) < MIN_GLUED_NAMES:
        return None
    if ending != noun and ending[:1].isupper() and ending.lower() in UNIT_NOUNS:
        # the last name closed by another unit noun ("... Service Standards Service Delivery
        # Unit"): the names are not closed by the noun, it is inside them
        return None
    names: list[tuple[int, int]] = []
    first = 0
    for last in [*cuts, len(words) - 1]:
        piece = words[first : last + 1]
        if len(piece) < 2 or any(
            not w.group()[:1].isupper() and w.group().lower() not in CONNECTORS for w in piece
        ):
            return None
        names.append((piece[0].start(), piece[-1].end()))
        first = last + 1
    return names


def _opening_compound(words: list[re.Match[str]], noun: str, cuts: list[int]) -> bool:
    """Whether the unit noun of a glued run is the second word of a compound that opens the
    line and every name it would cut (``glued_name_run``): the same word before it at every
    cut and at the line's opening ("Air Force", "Lamp Service", "Each Division"), so the
    word after it goes on with the name, no new name begins there."""
    if len(words) < 2 or words[1].group() != noun:
        return False
    opening = words[0].group()
    return all(cut >= 1 and words[cut - 1].group() == opening for cut in cuts)


@rule("layout", off=None)
def glued_name_run(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """A line that stands alone and is nothing but capitalized names run together, with
    only spaces between them, each closed by the same unit noun ("Wick Division Oil
    Division Glass Repair Division", "Lamp Services  Soot Services  Oil Services"), as a
    menu, a chart's boxes or a table's cells copied to text print them, is those names,
    each a line of its own read as any line that stands alone is (an item after a lead-in
    that announces them, "grouped within three divisions:"), not one long name: the noun
    that closes a name, followed by a capitalized word, is where the next name begins,
    unless that word is a unit noun in title case that goes on with the name ("Wick
    Services Section"). At least three names the noun closes ("Lamp Board Support Office"
    is one name), the same noun at every cut (the one that cuts most), each name two words
    or more, every word capitalized or a connector ("Wick and Oil Division"), no
    punctuation of a sentence or a list; a last name without the noun (a box whose own
    name has none) is the run's last line, but not a last name closed by another unit noun
    ("Home About Us Our Service Charter Lamp Users Service Standards Service Delivery Unit", a
    menu whose "Service" is inside its items: cut there it gives false units and a false
    root). A noun that is the second word of a compound opening the line and each name
    ("Air Force Command Air Force Academy Air Force Medical Service Air Force Music Band",
    "Lamp Service Reform Division Lamp Service Pensions Division ...") cuts nothing:
    the word after it goes on with the name; of the nouns left the one that closes most
    names is the run's, the line's last word on a tie. The names' spans, or None."""
    return _glued_run_names(text, start, end)


def split_blocks(text: str, hints: dict[int, Hint]) -> list[tuple[int, int, Hint | None]]:
    """Spans of the page's blocks with their structure hints: runs of non-blank lines, split
    into line items where the lines are bulleted or stand alone (a structured source's
    headings and list items stay whole). A block that is a marker alone gives its marker to
    the block after it when that one has none of its own (``lone_marker``)."""
    # Each piece with its outline marker (None: not an item; "" a structured source's block).
    pieces: list[tuple[int, int, Hint | None, str | None, int]] = []
    alone: re.Match[str] | None = None  # the block before: a marker alone
    for start, end in raw_blocks(text):
        hint = hints.get(start)
        marker, alone = alone, None
        if hint is not None and hint.kind != PARAGRAPH:
            pieces.append((start, end, hint, "", 0))
            continue
        rows = barred_rows(text, start, end) if hint is None else None
        if rows is not None:
            pieces.extend(rows)
            continue
        items = line_items(text, start, end)
        if marker is not None and items and items[0][2] is None:
            pieces.pop()  # the marker's own block: the item's now
            indent = len(marker.group("indent").expandtabs(4))
            items[0] = (items[0][0], items[0][1], marker.group("marker"), indent)
        for item_start, item_end, style, indent in items:
            a = _lstrip(text, item_start, item_end)
            glued = glued_name_run(text, a, item_end) if hint is None else None
            if glued is not None:
                pieces.extend((c, d, None, style, indent) for c, d in glued)
                continue
            pieces.append((a, item_end, hint if a == start else None, style, indent))
        if len(items) == 1 and items[0][2] is None and hint is None:
            alone = lone_marker(text, start, end)
    out: list[tuple[int, int, Hint | None]] = []
    outline = _Outline()
    kept = _Outline()  # the same outline read across the paragraphs between its items
    broken = 0  # a block that is no item stood since the last item (2: a lead-in)
    last_indent = -1
    for index, (start, end, hint, style, indent) in enumerate(pieces):
        if not style:
            # a lead-in between ("... divisions namely:") opens a list of its own
            broken = 2 if text[start:end].rstrip().rstrip("-").endswith(":") else 1
            if style == "":
                outline.reset()
                kept.reset()
                last_indent = -1
            out.append((start, end, hint))
            continue
        if broken and (broken == 2 or not outline_across_text(indent, last_indent)):
            outline.reset()
        broken, last_indent = 0, indent
        following = pieces[index + 1][3] if index + 1 < len(pieces) else None
        depth = outline.depth(indent, style, following)
        out.append((start, end, Hint(LIST_ITEM, depth, kept.depth(indent, style, following))))
    return out


# A directory row's contact details: a phone number or an e-mail address after its name.
_ROW_CONTACT = lazy_pattern(r"\s+\(?\d{3}\)?[-. ]\d{3}-\d{4}\b|\s+[^\s@]+@[^\s@]+\.\w+")
_ROW_ACRONYM = lazy_pattern(r"\s+(?P<acronym>[A-Z][A-Za-z&/]*[A-Z])$")


def _ends_in_connector(words: str) -> bool:
    last = words.split()[-1:]
    return bool(last) and last[0].lower() in CONNECTORS


def directory_name(row: str) -> tuple[str, str | None] | None:
    """The name a directory row opens with and the acronym after it: its first cell
    ("Records Room | 412-555-0100"), or the words before its phone or e-mail when they name a
    unit ("Office of Wicks OW 555-555-0100 Room 2")."""
    if "\n" in row:
        return None
    first, bar, rest = row.partition(" | ")
    if bar:
        if rest.strip() and any(c.isalpha() for c in first) and not is_noise(first):
            return first.strip(), None
        return None
    contact = _ROW_CONTACT.search(row) if "@" in row or _DIGIT.search(row) else None
    if contact is None:
        return None
    name, acronym = row[: contact.start()].strip(), None
    found = _ROW_ACRONYM.search(name)
    if found and not _ends_in_connector(name[: found.start()]):  # "Office of the CIO" is whole
        name, acronym = name[: found.start()], found.group("acronym")
    words = re.findall(r"[A-Za-z&]+", name)
    if not words or _ends_in_connector(name):  # "Call the Office at 555-..." names nothing
        return None
    named = all(w[0].isupper() or w in CONNECTORS for w in words)
    if not named or not {w.lower() for w in words} & UNIT_NOUNS:
        return None
    return name, acronym


register(
    "heading_line",
    "layout",
    """A short line that opens with a capital and does not close a sentence is a heading; so
    is a line set wholly in capitals, and a numbered section's title, closing period and all
    ("SECTION 3. OFFICE OF WICKS.", "§ 4-2. Office of Lamp Planning."): the heading is the
    title, without its number.""",
)


# A document's division and its number before a heading's title, set off by a period, a dash
# or a colon: "§ 131.", "SECTION 3—", "Chapter 4 -", "Subtitle A—", "Part II:" (read by
# ``document_division_heading`` in any heading). A number run straight into words ("Section 8
# Lamp Office") is part of the name there, except in a heading the markup sets, where a law's
# section number (:data:`SECTION_NUMBER`) is cut as a plain text heading line's is. Only that
# number is cut from the block: a label cut there could no longer tell the naming step that
# the title is a law's division (cutting every label so made a development page worse).
_DIVISION_NUMBER = r"(?:\d+(?:[.\-–]\d+)*[A-Za-z]?|[IVXLC]+|[A-Z])"
_DIVISION_LABEL = lazy_pattern(
    r"\s*(?:§+\s*\d+(?:[.\-–]\d+)*[A-Za-z]?(?:\.\s+|\s*[—–:]\s*|\s+)"
    r"|(?i:section|sec\.|chapter|subchapter|title|subtitle|part|subpart|article|art\.)\s+"
    + _DIVISION_NUMBER
    + r"(?:\.\s+|\s*[—–:]\s*|\s+-\s+))(?=\S)"
)


@rule("layout", off=None)
def document_division_heading(heading: str) -> str | None:
    """A heading that opens with a document's division and its number, as a law, a code or
    a body's rules head their parts ("§ 12. Office of Lamp Safety", "SECTION 3—Central
    Organization", "Chapter 4 - Wick Bureau", "Subtitle A— General Lamp Law", "Sec. 3.01
    Wick Bureau"), is titled by the words after the number: the unit, if any, is named by
    that title, never by the division's label ("Section 3" is no section of the agency), and
    a title worded as no unit heads none. Two readings of one pattern: a heading set by the
    page's markup (HTML or Markdown) that opens with a law's section number is cut to its
    title when the page is read into blocks (:func:`_section_title_span`, as a numbered
    plain text heading line is, ``heading_line``); any other heading keeps its label, which
    this function reads when the heading's unit is named and judged. Returns the title."""
    match = _DIVISION_LABEL.match(heading)
    if match is None:
        return None
    return heading[match.end() :].strip() or None


def _section_title_span(heading: str) -> tuple[int, int] | None:
    """The span of the title after a law's section number that opens a heading the markup
    sets ("§ 4-2. Office of Lamp Planning", "SECTION 5. Oil Stores"), its closing period
    left out; None when there is no number or ``document_division_heading`` is off."""
    if not enabled("document_division_heading"):
        return None
    number = SECTION_NUMBER.match(heading)
    if number is None or "\n" in heading or not LETTER.search(heading[number.end() :]):
        return None
    end = len(heading.rstrip())
    if heading[:end].endswith(".") and ". " not in heading[number.end() : end]:
        end -= 1
    return number.end(), end


@rule("layout", off=False)
def directory_row(row: str) -> bool:
    """A directory's row names a unit and gives its phone, e-mail or room: a table row whose
    first cell is a name ("Records Room | 412-555-0100"), or a line whose words before a
    phone or e-mail name a unit ("Office of Wicks OW 555-555-0100 Room 2"). The contact
    details do not make it page furniture: it is a list item."""
    return directory_name(row) is not None


# "Level 1.1: Office of Wicks, (L,A,W)", "Tier 2: Lamp Division", "Chapter 3: Office of X": a
# numbering word and its number before a colon place a line in an outline; the name follows
# (without a chart's code in parentheses after a comma).
_OUTLINE_LABEL = lazy_pattern(
    r"(?:Level|Tier|Part|Subpart|Chapter|Section|Article|Title|Schedule|Annex|Appendix)\s+"
    r"(?:\d{1,4}(?:\.\d{1,3})*|[IVXL]{1,5})\s*:\s+(?P<name>[A-Z][^\n]*?)"
    r"(?:\s*,\s*\([^()\n]*\))?\s*$"
)

register(
    "outline_label",
    "layout",
    """A line that opens with a numbering word, its number and a colon ("Level 1.1: Office of
    Wicks, (L,A,W)", "Tier 2: Lamp Division", "Chapter 3: Office of X") is an item of an
    outline, one level deeper than its bullet, named by what follows the colon; its label
    is its place, not a name (a chart's code in parentheses after a comma is no part of
    it).""",
)


def _page_locator(line: str) -> bool:
    """A line with no letter in it ("8-004", "- 12 -", "17"): a printed page's number or
    locator (part of ``marked_list_ends``)."""
    return "\n" not in line and len(line) <= 20 and LETTER.search(line) is None


# "4.4.1  Lamp Supply", "3.2 Deputy Wardens.  The deputies ...": a manual's decimal
# paragraph number, then a title (run into the paragraph's text after a period, or alone).
_DECIMAL_NUMBER = lazy_pattern(r"(?P<number>\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]+(?=[A-Z])")
_RUN_IN_TITLE = lazy_pattern(r"(?P<title>[A-Z][^.:;,\n]{0,60}?)\.[ \t]+(?=[A-Z])")
MAX_DECIMAL_LEVEL = 6


@rule("layout", off=None)
def decimal_section(chunk: str) -> tuple[int, int, int, int | None] | None:
    """A manual's or an order's decimal paragraph number ("4.4.1  Lamp Supply", "3.2 Deputy
    Wardens.  The deputies ...") numbers a heading: the title after the number, alone on its
    line or run into its paragraph's text after a period, is the heading, the number is not;
    its parts give its depth ("4.0" and "4.1" over "4.4.1"): "4.4.1" belongs to "4.4", which
    belongs to "4.0". Returns the title's span, its level and where the text run into it
    starts."""
    number = _DECIMAL_NUMBER.match(chunk)
    if number is None or "\n" in chunk[: number.end()]:
        return None
    parts = number.group("number").split(".")
    level = min(len(parts) - (parts[-1] == "0" and len(parts) == 2), MAX_DECIMAL_LEVEL)
    rest = chunk[number.end() :]
    span = _heading_span(rest)
    if span is not None:
        return number.end() + span[0], number.end() + span[1], level, None
    title = _RUN_IN_TITLE.match(rest)
    if title is None or not _is_name(title.group("title")):
        return None
    body = number.end() + title.end()
    return number.end(), number.end() + title.end("title"), level, body


register(
    "marked_list_ends",
    "layout",
    """A list whose items carry bullets or outline markers ("(1)", "a.", "-") ends at the
    first line without one: a short line after it ("Notes", "History") is a heading of its
    own, not one more item, though a lead-in's colon opened the list. Only a list of bare
    lines goes on line by line. A line with no letter in it ("8-004", a printed page's
    number) between two of its items ends nothing: the list goes on after it.""",
)


# Words that rank a unit noun in a label ("Chief Directorate:", "Sub-Directorate:").
_RANK_WORDS = frozenset({"chief", "sub", "deputy", "assistant", "senior", "general"})
MAX_POST_LABEL_WORDS = 6


def _label_words(label: str) -> list[str]:
    return re.findall(r"[a-z]+", label.lower())


def _post_label(label: str) -> str | None:
    """Whether a label names a kind of unit ("Chief Directorate", "Division": "unit") or a
    post ("Deputy Executive Secretary": "post"), and which; None for any other label."""
    words = _label_words(label)
    if not words or len(words) > MAX_POST_LABEL_WORDS:
        return None
    if words[-1] in UNIT_NOUNS and all(w in _RANK_WORDS or w in UNIT_NOUNS for w in words):
        return "unit"
    if all(w in POSITION_WORDS for w in words):
        return "post"
    return None


def _portfolio(body: str) -> bool:
    """A label's value that is a short name in title case or capitals, not a sentence, a
    number or a list ("Internal Audit", "REGIONAL INTEGRATION")."""
    words = body.split()
    return (
        0 < len(words) <= MAX_POST_LABEL_WORDS
        and not any(ch.isdigit() for ch in body)
        and not re.search(r"[,;.:()]", body)
        and all(w[:1].isupper() or w.lower() in CONNECTORS or w == "&" for w in words)
    )


@rule("layout", off=False)
def kind_label_heading(kind: str, values: int, heads_list: bool) -> bool:
    """A line "Kind: Name" whose label names a kind of unit ("CHIEF DIRECTORATE: INTERNAL
    AUDIT", "Directorate: Wick Supply") or a post ("Deputy Treasurer: Oil Supply") and whose value
    is a short name, the same label standing before two or more names on the page, is the
    heading of that unit: the organigramme's way of naming a unit by its kind and its
    portfolio. A post's label must also head a list (the units under it), since a post is
    as often followed by its holder's name ("Deputy Treasurer: Jane Doe")."""
    return values >= 2 and (kind == "unit" or heads_list)


def _kind_label_values(text: str, pieces: list[tuple[int, int, Hint | None]]) -> dict[str, int]:
    """How many distinct names each "Kind: Name" label stands before on the page."""
    seen: dict[str, set[str]] = {}
    for start, end, _ in pieces:
        chunk = text[start:end]
        if "\n" in chunk or ":" not in chunk:
            continue
        match = _LABEL.match(chunk)
        if match is None or _post_label(match.group("label")) is None:
            continue
        if _portfolio(match.group("body").strip()):
            key = " ".join(_label_words(match.group("label")))
            seen.setdefault(key, set()).add(match.group("body").strip().lower())
    return {key: len(values) for key, values in seen.items()}


def _kind_label(chunk: str, following: Hint | None, values: dict[str, int]) -> bool:
    """Whether ``chunk`` is a "Kind: Name" heading (``kind_label_heading``)."""
    if not values or "\n" in chunk:
        return False
    match = _LABEL.match(chunk)
    if match is None or not _portfolio(match.group("body").strip()):
        return False
    kind = _post_label(match.group("label"))
    if kind is None:
        return False
    count = values.get(" ".join(_label_words(match.group("label"))), 0)
    heads_list = following is not None and following.kind == LIST_ITEM
    return kind_label_heading(kind, count, heads_list)


def _title_case_words(name: str, most: int) -> list[str] | None:
    """The words of a name of two to ``most`` words, each capitalized or a connector ("Wick
    Division", "Office of Lamp Care"), or None."""
    words = name.split()
    if not 2 <= len(words) <= most:
        return None
    if not all(w[:1].isupper() or w.lower() in CONNECTORS for w in words):
        return None
    return words


# A line that names one unit and ends in a colon, a space before it or none: "Wick
# Division:", "Lamp Care and Glass Section :", "Énergie Division:". Its words are capitalized
# (or connectors), at most eight of them, and the last is a unit noun in the singular.
_UNIT_COLON_LINE = lazy_pattern(rf"(?P<name>{CAPITAL}[^\n:]*?[^\W\d_])[ \t]?:")
MAX_UNIT_COLON_WORDS = 8
# The words that open a sentence's subject or speak to the reader, never a name: "The Wick
# Division:", "Each Division:", "Our Glass Office:", "Your Local Office:".
_SUBJECT_OPENERS = PRONOUNS | {"the", "each"}


def _one_unit_noun(word: str) -> bool:
    """A unit noun that names one unit: in the singular ("division", "corps"), not its
    plural ("divisions", "services", a group), nor "staff" (a unit's people)."""
    plural = word.endswith("s") and word[:-1] in UNIT_NOUNS
    return word in UNIT_NOUNS and not plural and word != "staff"


def _unit_colon_name(chunk: str) -> str | None:
    """The unit named by a line of ``unit_colon_line``, or None."""
    match = _UNIT_COLON_LINE.fullmatch(chunk)
    if match is None or _leads_into_list(chunk):
        return None
    words = _title_case_words(match.group("name"), MAX_UNIT_COLON_WORDS)
    if words is None:
        return None
    bare = _bare(words)
    if not _one_unit_noun(bare[-1]):
        return None  # a group ("Field Offices:") or the people of a unit ("Wick Staff:")
    if bare[0] in _SUBJECT_OPENERS or bare[0] in LINK_VERBS or bare[1] in ARTICLES:
        return None  # a sentence's subject, the reader's, or a verb and its object
    if set(bare[:-1]) & (POSITION_WORDS | FORM_ROLE_WORDS):
        return None  # a post's label ("Chief, Glass Division:") or a form's field
    of = next((i for i, word in enumerate(bare) if word in ("of", "for")), None)
    if of is not None and not _one_unit_noun(bare[of - 1]):
        return None  # what is said of a unit ("Mission of the Glass Division:")
    return match.group("name")


def _short_colon_line(chunk: str) -> bool:
    """A field's label or a heading set as a short colon line ("Address:", "Wick Section:"),
    not a lead-in that ends in a colon ("The division has two sections:", "Sections
    include:")."""
    line = chunk.strip()
    return _short_label(line) or _unit_colon_name(line) is not None


@rule("layout", off=frozenset())
def unit_colon_line(text: str, pieces: list[tuple[int, int, Hint | None]]) -> frozenset[int]:
    """A line alone that names one unit, its last word a unit noun in the singular, and ends in
    a colon ("Wick Division:" over a list of its sections or over a lead-in and its list, "Lamp
    Care Section :" over its paragraph and its units' list) is the heading of what stands under
    it. Every word before the unit noun must be a
    word of the unit's name. None is a line that opens like a sentence's subject or speaks to
    the reader ("The Wick Division:", "Your Local Office:"), opens with a verb and its object
    ("Contact the Glass Division:"), holds a post's word ("Head of Division:", "Chief, Glass
    Division:") or a word a form names a unit by ("Requesting Office:", "Responsible Division:":
    a field's label over its value), says what belongs to a unit, a noun other than a unit noun
    before "of" or "for" ("Mission of the Glass Division:", "Staff of the Glass Division:"),
    ends in a plural ("Field Offices:", a group) or in "Staff" (its people), or leads into a
    list ("Divisions include:"); nor is a line over another short colon line (a field's label,
    another unit's line) or at the page's end. Returns the indexes of those pieces."""
    found = set()
    for index, (start, end, hint) in enumerate(pieces[:-1]):
        if hint is not None and hint.kind in (LIST_ITEM, HEADING):
            continue
        following = text[pieces[index + 1][0] : pieces[index + 1][1]]
        if _unit_colon_name(text[start:end]) is not None and not _short_colon_line(following):
            found.add(index)
    return frozenset(found)


register(
    "lead_in_bare_list",
    "layout",
    """After a paragraph that ends in a colon (a lead-in: "The office has these teams:"),
    each short line (sixteen words or fewer) that neither closes a sentence nor ends in a
    colon is an item of the list it opens, bullet or none, until a line in another letter
    case (a heading in capitals after items in title case, or the other way round) or a
    line of another kind ends it.""",
)

register(
    "colon_field_label",
    "layout",
    """A short line of four words or fewer that opens with a capital and ends in a colon,
    alone ("Share:", "Contact Us:", "Hours:"), is a form's or a page's field label, not
    content, unless it leads into a list ("Divisions include:"); a heading the markup sets
    in that form ("<h3>Follow Us:</h3>") is no heading either. A line alone that names one
    unit ("Glass Office:") is read by ``unit_colon_line`` first, a heading (when it heads a
    block and is no form's field: "Requesting Office:" stays a label). Switched off, such a
    line is a paragraph, and a heading set by the markup stays a heading.""",
)


def _short_label(chunk: str) -> bool:
    """A short "Word:" line of four words or fewer, not a lead-in ("Divisions include:")."""
    return (
        _FOOTER.match(chunk) is not None and len(chunk.split()) <= 4 and not _leads_into_list(chunk)
    )


def _field_label(chunk: str) -> bool:
    """A short "Word:" line alone, not a lead-in (``colon_field_label``)."""
    return enabled("colon_field_label") and _short_label(chunk)


def _stopped_line(line: str) -> bool:
    """A short name closed by a full stop: one line, opening with a capital, no word of a
    sentence in it (its words in lower case only connectors)."""
    words = line.split()
    return (
        0 < len(words) <= MAX_ITEM_LINE_WORDS
        and "\n" not in line
        and line.endswith(".")
        and ". " not in line
        and _initial(line).isupper()
        and SENTENCE_WORD.search(line) is None
    )


@rule("layout", off=False)
def stopped_list_item(chunk: str, previous_item: str, following: str) -> bool:
    """After a lead-in ("The lamp office has these sections:"), short names closed by a full
    stop ("Wick Section.", "The Office of Oil Supply."), two or more in a row, are items of
    the list, as the same lines without their stops are: the items of a law's or a rule's
    list, each closed by its stop ("Wick Trimming." / "Oil Supply." / "Glass Repair."),
    under a group's label or not ("Offices" over "Office of Wicks." / "Office of Oil.").
    Their bullets or numbers were what told them from paragraphs; without them each was
    read as a paragraph of its own and no item was read. A sentence (a word in lower case
    other than a connector: "Wick Ledger Unit keeps the books.") is no such name, and one
    name alone ("Wick Unit" over "The Unit." over "Glass Unit"; "Contact Us." after "Note:")
    stays a paragraph; so does a line of more than ten words, or of two sentences ("Wick
    Section. It trims the wicks.")."""
    return _stopped_line(chunk) and (
        _stopped_line(previous_item) or _stopped_line(following.strip())
    )


def classify(text: str, hints: dict[int, Hint] | None = None) -> list[Block]:
    """Split ``text`` into classified blocks, in document order.

    ``hints`` maps a block's start offset to the element it was in a structured source (an
    HTML or Markdown heading or list item, with its level); such blocks take that kind.
    """
    blocks: list[Block] = []
    in_list = False
    list_in_capitals: bool | None = None
    list_marked = False  # the list has had an item with a bullet or an outline marker
    pieces = split_blocks(text, hints or {})
    label_values = _kind_label_values(text, pieces)
    colon_headings = unit_colon_line(text, pieces)
    for index, (piece_start, piece_end, hint) in enumerate(pieces):
        start, end = piece_start, piece_end
        chunk = text[start:end]
        level = hint.level if hint is not None else 0
        kind_hint = hint.kind if hint is not None else None
        if (
            kind_hint in (None, PARAGRAPH)
            and list_marked
            and _page_locator(chunk)
            and enabled("marked_list_ends")
        ):
            blocks.append(Block(FOOTER, start, end, chunk, level))
            continue  # a page number between two items: the list goes on after it
        noise = is_noise(chunk) or image_alt_text(chunk)
        outline = _OUTLINE_LABEL.match(chunk) if enabled("outline_label") else None
        if outline is not None and kind_hint in (None, LIST_ITEM):
            kind = LIST_ITEM
            level = (level if kind_hint == LIST_ITEM else 0) + 1
            start, end = piece_start + outline.start("name"), piece_start + outline.end("name")
            chunk = text[start:end]
        elif (
            kind_hint == HEADING
            and not (_FOOTER.match(chunk) and enabled("colon_field_label"))
            and not noise
        ):
            kind = HEADING
            numbered = _section_title_span(chunk)
            if numbered is not None:  # "§ 4-2. Office of Lamps": the title after the number
                start, end = piece_start + numbered[0], piece_start + numbered[1]
                chunk = text[start:end]
        elif kind_hint == LIST_ITEM:
            kind = LABEL if ":" in chunk and _LABEL.match(chunk) else LIST_ITEM
            if noise and not directory_row(chunk):
                kind = FOOTER
        elif noise and directory_row(chunk):
            kind, level = LIST_ITEM, 1
        elif index in colon_headings and not noise:
            kind, level = HEADING, 0
        elif _field_label(chunk) or noise:
            kind = FOOTER
        elif kind_hint is None and _kind_label(
            chunk, pieces[index + 1][2] if index + 1 < len(pieces) else None, label_values
        ):
            kind = HEADING
        elif (
            ((":" in chunk and _LABEL.match(chunk)) or _dash_label_line(chunk))
            and "\n" not in chunk
            and not listing_sentence(chunk)
        ):
            kind = LABEL
        elif (
            in_list
            and enabled("lead_in_bare_list")
            and not (list_marked and enabled("marked_list_ends"))
            and len(chunk.split(maxsplit=MAX_HEADING_WORDS)) <= MAX_HEADING_WORDS
            and (
                not ends_sentence(chunk)
                or stopped_list_item(
                    chunk,
                    blocks[-1].text.strip() if blocks and blocks[-1].kind == LIST_ITEM else "",
                    text[pieces[index + 1][0] : pieces[index + 1][1]]
                    if index + 1 < len(pieces)
                    else "",
                )
            )
            and not chunk.endswith(":")
            and list_in_capitals in (None, chunk.isupper())
        ):
            kind = LIST_ITEM
            level = 1
            list_in_capitals = chunk.isupper()
        elif kind_hint is None and (decimal := decimal_section(chunk)) is not None:
            kind, level = HEADING, decimal[2]
            start, end = piece_start + decimal[0], piece_start + decimal[1]
            if decimal[3] is not None:  # a run-in title: the text after it is its paragraph
                blocks.append(Block(HEADING, start, end, text[start:end], level))
                kind, level = PARAGRAPH, 0
                start, end = piece_start + decimal[3], piece_end
            chunk = text[start:end]
        elif (span := _heading_span(chunk)) is not None:
            kind = HEADING
            level = 0
            # a numbered section's title is the heading, its number and period are not
            start, end = piece_start + span[0], piece_start + span[1]
            chunk = text[start:end]
        else:
            kind = PARAGRAPH
        if LIST_ITEM not in (kind_hint, kind):
            in_list = kind == PARAGRAPH and chunk.endswith(":")
            list_in_capitals = None
            list_marked = False
        elif kind_hint == LIST_ITEM:
            list_marked = True
        depth = hint.depth if hint is not None and kind == LIST_ITEM else 0
        blocks.append(Block(kind, start, end, chunk, level, depth))
    return _headings_not_list_items(address_block(text, [bracketed_note(b) for b in blocks]))


# A line wholly in parentheses (which may hold a subsection's own: "§ 1(a)") or square
# brackets.
_BRACKETED_NOTE = lazy_pattern(
    r"(?:\((?P<round>(?:[^()]|\([^()]*\))+)\)|\[(?P<square>[^][]+)\])\.?"
)
_NOTE_NUMBER = lazy_pattern(r"\d")
_NOTE_WORD = lazy_pattern(r"[A-Za-z]{2}")


@rule("layout", off=lambda block: block)
def bracketed_note(block: Block) -> Block:
    """A line wholly in parentheses or square brackets that holds a number and a word is an
    editor's note: a law's history ("(Ordinance No. 12, Enacted 5/25/2021)", "(L9, Ch. 30,
    sec. 1. Eff. until 7/1/16)", "(Ord. 12 § 1(a))", a subsection's parentheses within), a
    register's citation ("[Lamp Register Volume 6, Number 10]") or an effective date
    ("(Effective June 3, 1997)"). It names no unit: it is no
    heading, no list item and no text of a unit's section; nor are the lines of a list item
    that run on from it (a register's header: "[Notices]", "[Pages 30-37]"). A heading's or
    a paragraph's note may wrap onto more lines ("(Ordinance No. 12, Enacted" / "5/25/2021)"):
    the whole block is then in the brackets."""
    if block.kind not in (HEADING, PARAGRAPH, LIST_ITEM):
        return block
    note = block.text.partition("\n")[0] if block.kind == LIST_ITEM else block.text
    match = _BRACKETED_NOTE.fullmatch(note.strip())
    inside = (match.group("round") or match.group("square")) if match else ""
    if _NOTE_NUMBER.search(inside) and _NOTE_WORD.search(inside):
        return Block(FOOTER, block.start, block.end, block.text, block.level)
    return block


# The lines that mark a run of lines as a postal address: a postcode ("D02 XW14", "ST 12345")
# or a numbered street ("100 Main Street").
_ADDRESS_MARK = lazy_pattern(
    r"\b[A-Z]{2},? \d{5}(?:-\d{4})?$"
    r"|^(?=[A-Z]*\d)[A-Z\d]{2,4} (?=[A-Z]*\d)[A-Z\d]{3,4}$"
    r"|^\d+ (?:[A-Z][\w.]* ){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Drive|Dr|Way"
    r"|Place|Pl|Lane|Ln|Highway|Hwy|Parkway|Pkwy|Pike|Court|Ct|Plaza|Square|Circle|Terrace)\b"
)
MAX_ADDRESS_LINE_WORDS = 5
# One line break between two blocks, spaces left at the end of the first line or not.
_NEXT_LINE = lazy_pattern(r"[ \t]*\n")


def postal_line(line: str) -> bool:
    """Whether a line gives a postcode ("Lampton, WX 01234", "D02 XW14") or a numbered street
    ("12 Wick Street"): a postal address's mark."""
    return _ADDRESS_MARK.search(line.strip()) is not None


@rule("layout", off=lambda text, blocks: blocks)
def address_block(text: str, blocks: list[Block]) -> list[Block]:
    """A run of short lines, one line after the other (spaces after a line's end or not),
    that holds a postcode or a numbered street is a postal address: its other lines (a
    building, a street, a town, a county, a country: "Quay Street", "Dublin 2", "Ireland")
    are contact details too, not headings, unless worded as a unit (the name over the
    address)."""
    out = list(blocks)
    index = 0
    while index < len(out):
        end = index + 1
        while end < len(out) and _NEXT_LINE.fullmatch(text, out[end - 1].end, out[end].start):
            end += 1
        run = out[index:end]
        if len(run) > 1 and any(_ADDRESS_MARK.search(b.text) for b in run):
            for at in range(index, end):
                block = out[at]
                words = block.text.split()
                if (
                    block.kind in (HEADING, PARAGRAPH)
                    and len(words) <= MAX_ADDRESS_LINE_WORDS
                    and "\n" not in block.text
                    and not {w.lower() for w in words} & UNIT_NOUNS
                ):
                    out[at] = Block(FOOTER, block.start, block.end, block.text, block.level)
        index = end
    return out


def _dash_label_line(line: str) -> bool:
    """A line that gives a name, a dash and what it does ("Lamp Office – Lights the lamps
    of the town."): a label line with a dash for its colon, when ``label_line_run`` is on.
    A name after the dash ("Mara Quill - Director of Wicks") is no description."""
    if "-" not in line and "–" not in line and "—" not in line:  # every match has a dash
        return False
    match = _DASH_LABEL.match(line)
    return (
        match is not None
        and enabled("label_line_run")
        and _is_name(match.group("label"))
        and not _is_name(match.group("body"))
    )


def _mentions(paragraph: str, line: str) -> bool:
    """Whether a paragraph's opening refers to a line: its acronym or most of its words."""
    opening = paragraph[:300].lower()
    acronym = re.search(r"\(([^()\s]+)\)", line)
    if acronym and acronym.group(1).lower() in opening:
        return True
    words = [w for w in re.findall(r"[a-z0-9]+", line.lower()) if len(w) > 3]
    return bool(words) and sum(w in opening for w in words) * 2 > len(words)


# A description that opens with what a unit does, a verb in the present with no subject:
# "Provides counseling to ...", "Develops and administers ...", "Oversees the ...".
# Not such a verb: a word ending in "s" that opens a sentence about something else ("This
# report describes ...", "Its staff ...") or a plural subject before its verb ("Grants are
# paid ...", "Applicants may ...").
_DUTY_OPENING = lazy_pattern(
    r"(?!(?:This|Its|His|Thus|Is|Was|Perhaps|Always|Sometimes|Unless|Whereas)\b)"
    r"[A-Z][a-z]+(?:es|s)\b(?:,?\s+(?:and\s+)?[a-z]+s\b)*\s+"
    r"(?!(?:are|were|have|had|do|did|can|could|may|might|must|shall|should|will|would)\b)[a-z]"
)
MAX_DUTY_TITLE_WORDS = 10


@rule("layout", off=False)
def duty_described_item(item: str, paragraph: str) -> bool:
    """A numbered or lettered list item that is only a name, in capitals or title case
    ("(2) WICK AFFAIRS", "B. Office of Glass Repair"), over a paragraph that opens with what
    the unit does, a verb in the present with no subject ("Provides wicks to ...", "Develops
    and administers the oil plans ..."), is a heading over that description, as an item the
    paragraph after it names is: the form in which reorganization plans and manuals state
    each unit's functions. A paragraph that opens with its subject is no such description:
    "This report describes ...", "Grants are paid to ..." (a plural noun, then "are" or a
    modal)."""
    words = item.split()
    return (
        0 < len(words) <= MAX_DUTY_TITLE_WORDS
        and not item.rstrip().endswith((".", ":", ";", ","))
        and _is_name(item)
        and _DUTY_OPENING.match(paragraph) is not None
    )


register(
    "described_item_heading",
    "layout",
    """A list item that the next paragraph describes (it names the item, its acronym or most
    of its words, or opens with what a unit does) is a heading over that paragraph, not an
    item; after a lead-in that names units ("Offices include:"), the whole run of items is
    headings, each unit with its own description.""",
)


def _headings_not_list_items(blocks: list[Block]) -> list[Block]:
    """List items read as headings where ``described_item_heading`` says so."""
    if not enabled("described_item_heading"):
        return blocks
    out = list(blocks)
    index = 0
    while index < len(out):
        if out[index].kind != LIST_ITEM:
            index += 1
            continue
        end = index
        while end < len(out) and out[end].kind == LIST_ITEM:
            end += 1
        following = out[end] if end < len(out) else None
        described = following is not None and following.kind == PARAGRAPH
        last = out[end - 1].text
        if (
            described
            and following is not None
            and not last.endswith(".")
            and (_mentions(following.text, last) or duty_described_item(last, following.text))
        ):
            lead_in = out[index - 1].text if index else ""
            first = index if introduces_units(lead_in) else end - 1
            for item in range(first, end):
                block = out[item]
                out[item] = Block(HEADING, block.start, block.end, block.text, depth=block.depth)
        index = end
    return out
