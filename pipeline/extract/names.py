"""Proper-name phrases in prose, name normalization and readable ids.

A heading often shortens a unit's name ("Congressional Relations", "CHIEF INFORMATION
OFFICER"); the body then gives it in full ("The Office of Congressional Relations (OCR)").
"""

from __future__ import annotations

import contextvars
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import ASIDE, LINE_MARKER, PREPOSITIONS
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import titled_holder_line
from pipeline.text.vocabulary import (
    CONNECTORS,
    LINK_VERBS,
    NUMBER_WORDS,
    ORDER_VERBS,
    PLACE_NOUNS,
    POSITION_WORDS,
    PROGRAM_NOUNS,
    UNIT_NOUNS,
)
from pipeline.text.words import singular_noun

# A short aside in parentheses right after a name, its acronym most often: "Office of X (OX)",
# "Lamp Safety Program (LSP)".
PAREN_AFTER = lazy_pattern(r"\s*\([^()]{1,20}\)")
_SPACES = lazy_pattern(r"\s+")
_POSSESSIVE = lazy_pattern(r"'s\b")
_TOKEN = lazy_pattern(r"[a-z0-9]+")


register(
    "portfolio_in_parentheses",
    "name",
    """A post named with its portfolio in parentheses, "Deputy Warden (Wick Supply)", "Assistant
    Warden to the Board (Oil and Glass)", "Director (Lamp Standards Office)", "Member (Keeper of
    the Wicks)": the style of charts and registers where several posts share a title and the
    words in parentheses tell them apart. The parenthesized words are part of the post's name;
    an acronym ("Chief Lamp Officer (CLO)", "Deputy Wardens (DWs)") or an aside in lower case
    ("Director (vacancy)", "Chair (appointed 2016)") is not, nor a status ("Director (Acting)",
    "Warden (Ret.)", "Member (On Leave)"), nor a parenthesis after a unit's name ("Wick Office
    (Lampton)").""",
)
# A parenthesized portfolio: words in title case, at least one of them a word in small
# letters after its capital ("(Tax Policy)", "(Admn & Imp)"), not an acronym ("(LWOs)") nor
# a status ("(Acting)").
PORTFOLIO = lazy_pattern(r"\s*\((?P<words>[A-Z][^()]*[a-z]{2}[^()]*)\)")
_POST_WORDS = POSITION_WORDS | {"member"}
# A post's status, not its portfolio: "(Acting)", "(Ret.)", "(Ex Officio)", "(On Leave)",
# "(Additional Charge)", "(Officiating)", "(Elect)".
_NOTPORTFOLIO = frozenset(
    {"acting", "interim", "vacant", "vacancy", "designate", "retired", "ret", "retd", "ex"}
    | {"ex-officio", "on", "additional", "officiating", "elect", "emeritus", "honorary"}
)


def _portfolio_kept(name: str) -> str:
    """``name`` with a post's parenthesized portfolio kept and its other parenthesized
    parts dropped (``portfolio_in_parentheses``)."""
    kept: list[str] = []
    cursor = 0
    for match in ASIDE.finditer(name):
        kept.append(name[cursor : match.start()])
        cursor = match.end()
        portfolio = PORTFOLIO.fullmatch(match.group())
        before = _name_tokens("".join(kept))
        if (
            portfolio is not None
            and before
            and set(before) & _POST_WORDS
            and not set(before) & UNIT_NOUNS
            and portfolio.group("words").split()[0].lower().rstrip(".") not in _NOTPORTFOLIO
        ):
            kept.append(" (" + portfolio.group("words") + ")")
    kept.append(name[cursor:])
    return "".join(kept)


def without_acronyms(name: str) -> str:
    """A heading without its parenthesized parts: "FOIA Office" stays, "(OPR)" goes; a
    post's portfolio stays (``portfolio_in_parentheses``), and so does an aside that tells
    two of the page's names apart (``aside_tells_names_apart``)."""
    if "(" not in name:
        return _without_parentheses(name, False, frozenset())
    apart = TOLD_APART.get() if enabled("aside_tells_names_apart") else frozenset()
    return _without_parentheses(name, enabled("portfolio_in_parentheses"), apart)


register(
    "aside_tells_names_apart",
    "name",
    """Two names of one page that read the same up to a parenthesized aside and differ in
    it ("Wick levy (Town Collection)" and "Wick levy (Paid at source)", "Office of the
    Warden (Oil Works)" and "Office of the Warden (Glass) and Lamp Keeper"): the asides are
    what tells the two units apart, so each stays in its name; dropped, the two read as one
    unit, or as a name the page never gives. Only an aside that opens with a capital and
    holds a word in small letters: not an acronym ("(OW)"), a status ("(Acting)"), nor a
    note or a date in lower case ("(formerly ...)", "(see below)", "(to 2016)"); the words
    before the asides (up to the last four) are the same, two different asides at least.
    A name given once with its aside keeps dropping it ("Wick Office (Lampton)"). The name
    is read after its line's bullet or number ("- Wick Levy (Town Collection)", "(b) ...",
    "2.1 Office of the Warden (Oil Works)"), as the list or heading rules read it. Not
    either an aside in title case that notes one unit's history, status, date or address
    rather than telling two apart: "Lamp Works (Formerly Wick Office)" and "Lamp Works
    (Renamed in 2019)", "Soot Office (Closed)" and "Soot Office (Merged with Glass Office)",
    "Lamp Tribunal (Established 1998)", "Purse Department (Ground Floor)" and "Purse
    Department (First Floor, Room 12)" are each one unit, named without the aside.""",
)
# The asides that tell names apart on the page being read: (the name's words before the
# aside, the aside), set once per page (``aside_tells_names_apart``).
TOLD_APART: contextvars.ContextVar[frozenset[tuple[str, str]]] = contextvars.ContextVar(
    "told_apart", default=frozenset()
)
# A title-case aside with a word in small letters: "(Oil Works)", not "(OW)" nor "(see below)".
_TOLD_ASIDE = lazy_pattern(r"\((?P<aside>[A-Z][^()\n]{0,40}[a-z]{2}[^()\n]{0,40})\)")
# Where the name before an aside opens: its line's start, a bullet, or the punctuation that
# ends what stands before it on the line.
_NAME_OPENS = lazy_pattern(r"(?:^|[\n.;:,•\t])[^\n.;:,•\t]*$")
_MAX_TOLD_WORDS = 8
# What opens a line before the name: a bullet or item marker ("- ", "(b) ", "iv) "), then a
# manual's decimal number ("2.1 ").
_TOLD_OPENING = lazy_pattern(LINE_MARKER + r"(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+)?")
# The first word of an aside that notes a unit's history, status or a cross-reference, not
# what tells it from another: "(Formerly Wick Office)", "(Renamed in 2019)", "(Closed)",
# "(See Annex II)", "(W.e.f. 1 April)"; a post's status ("(Acting)") too.
_NOTE_OPENINGS = _NOTPORTFOLIO | frozenset(
    {"formerly", "previously", "earlier", "now", "renamed", "merged", "abolished"}
    | {"dissolved", "defunct", "closed", "proposed", "established", "estd", "constituted"}
    | {"reconstituted", "created", "since", "from", "until", "till", "wef", "w.e.f", "see"}
    | {"refer", "note"}
)
# Words of an address: "(Ground Floor)", "(First Floor, Room 12)", "(Main Building)".
_ADDRESS_WORDS = frozenset(
    {"floor", "room", "suite", "storey", "building", "street", "road", "avenue", "lane", "box"}
)
_YEAR = lazy_pattern(r"\b(?:1[89]|20)\d\d\b")


def _notes_the_unit(aside: str) -> bool:
    """An aside that notes a unit's status, history, date or address rather than telling it
    from another unit (``aside_tells_names_apart``)."""
    words = aside.lower().split()
    return (
        words[0].rstrip(".") in _NOTE_OPENINGS
        or _YEAR.search(aside) is not None
        or not {word.strip(".,;:") for word in words}.isdisjoint(_ADDRESS_WORDS)
    )


def _told_base(before: str) -> str | None:
    """The name an aside follows, lower case, no article (``aside_tells_names_apart``), or
    None when the words before the aside are no capitalized name of a few words."""
    opening = _TOLD_OPENING.match(before)
    before = before[opening.end() :] if opening else before
    match = _NAME_OPENS.search(before)
    base = " ".join((match.group() if match else before).lstrip("\n.;:,•\t").split())
    base = re.sub(r"^(?:the|The)\s+", "", base)
    if not base[:1].isupper() or len(base.split()) > _MAX_TOLD_WORDS:
        return None
    return base.lower()


def told_apart(text: str) -> frozenset[tuple[str, str]]:
    """The (name, aside) pairs of ``text`` where one name is followed by two different
    asides or more, each a title-case aside with a word in small letters and no status
    (``aside_tells_names_apart``)."""
    seen: dict[str, set[str]] = {}
    for match in _TOLD_ASIDE.finditer(text):
        aside = " ".join(match.group("aside").split())
        if _notes_the_unit(aside):
            continue
        line = text.rfind("\n", 0, match.start()) + 1
        base = _told_base(text[line : match.start()].rstrip())
        if base is not None:
            seen.setdefault(base, set()).add(aside)
    return frozenset(
        (base, aside) for base, asides in seen.items() if len(asides) >= 2 for aside in asides
    )


def _aside_kept(name: str, apart: frozenset[tuple[str, str]]) -> str:
    """``name`` with each aside that tells it apart from another name kept, the others
    dropped."""
    kept: list[str] = []
    cursor = 0
    for match in ASIDE.finditer(name):
        kept.append(name[cursor : match.start()])
        cursor = match.end()
        aside = " ".join(match.group().strip()[1:-1].split())
        base = _told_base("".join(kept).rstrip())
        if base is not None and (base, aside) in apart:
            kept.append(" (" + aside + ")")
    kept.append(name[cursor:])
    return "".join(kept)


@functools.lru_cache(maxsize=1 << 14)
def _without_parentheses(name: str, portfolio: bool, apart: frozenset[tuple[str, str]]) -> str:
    if apart:
        kept = _aside_kept(name, apart)
        if "(" in kept:
            return _SPACES.sub(" ", kept).strip()
    if portfolio:
        return _SPACES.sub(" ", _portfolio_kept(name)).strip()
    return _SPACES.sub(" ", ASIDE.sub("", name)).strip()


def name_tokens(name: str) -> list[str]:
    """Lower-case tokens of a name, dots and possessives dropped, for comparing names."""
    return list(_name_tokens(name))


# The words that refer to a unit named elsewhere rather than name one: "the", "this", "its",
# "it", "our", "they" ... ("The board", "This office", "It").
REFERRING_WORDS = frozenset({"the", "this", "that", "its", "it", "our", "their", "they", "we"})


def unit_nouns_only(name: str) -> list[str] | None:
    """The words of a name besides its referring words ("The Bureau" -> ["bureau"], "It" ->
    []) when each is a bare unit noun, singular or plural; None when any word names
    something ("The Glass Bureau", "Wick Supply"). Read by ``refers_back`` and by
    ``bare_subject_keeps_heading``."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    rest = [w for w in words if w not in REFERRING_WORDS]
    return rest if all(singular_noun(w) in UNIT_NOUNS for w in rest) else None


def names_position_only(name: str) -> bool:
    """A position's name ("Deputy Director"), not a unit's ("General Office Staff"): a
    position word and no unit noun."""
    tokens = set(name_tokens(name))
    return bool(tokens & POSITION_WORDS) and not tokens & UNIT_NOUNS


@functools.lru_cache(maxsize=1 << 14)
def _name_tokens(name: str) -> tuple[str, ...]:
    """The tokens of a name, computed once per distinct name (the rules compare the same
    names many times)."""
    folded = unicodedata.normalize("NFKC", name).replace("’", "'").lower()
    folded = _POSSESSIVE.sub("", folded)
    return tuple(_TOKEN.findall(folded.replace(".", "")))


def content_tokens(name: str) -> set[str]:
    return {token for token in name_tokens(name) if token not in CONNECTORS}


def ends_with(name: str, tail: str) -> bool:
    """Whether ``name`` ends with the words of ``tail`` (case and dots ignored)."""
    tokens, tail_tokens = name_tokens(name), name_tokens(tail)
    return bool(tail_tokens) and tokens[-len(tail_tokens) :] == tail_tokens


def title_case(name: str) -> str:
    """Title case for a heading written in capitals, function words kept lower."""
    if not name.isupper():
        return name
    words = name.lower().split(" ")
    out = []
    for index, word in enumerate(words):
        if index and word in CONNECTORS:
            out.append(word)
        else:
            out.append("/".join(part[:1].upper() + part[1:] for part in word.split("/")))
    return " ".join(out)


@functools.lru_cache(maxsize=1 << 14)
def slug(name: str) -> str:
    """A readable id part: "Office of Policy" -> "office-of-policy"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "unnamed"


# Footnote marks after a name's last letter or bracket: "Wick Director*", "Lamp Office**", "Oil
# Board†".
_FOOTNOTE_MARKS = lazy_pattern(r"(?<=[\w)])[*†‡]+$")


@rule("name", off=None)
def footnote_mark(name: str) -> str | None:
    """A name that ends in footnote marks ("Chief Wick Officer*", "Lamp Council**", "Glass
    Board†") refers the reader to a note; the marks are no part of it. The name without
    them, or None when it has none."""
    if not name or name[-1] not in "*†‡":
        return None
    stripped = _FOOTNOTE_MARKS.sub("", name).rstrip()
    return stripped if stripped and stripped != name else None


def unit_noun_head(name: str) -> bool:
    """ "Office", "Office of Wicks": a unit noun alone, or before what it is of or for."""
    words = name.split()
    return bool(words) and (
        words[0].lower() in UNIT_NOUNS and (len(words) == 1 or words[1].lower() in ("of", "for"))
    )


# A name, then the sentence a run-in heading opens: "Lamp Department The Lamp Director is ...".
_RUN_IN_SENTENCE = lazy_pattern(r"\.?\s+The\s+(?=\S+\s+\S)")


@rule("name", off=None)
def run_in_sentence(name: str) -> str | None:
    """A run-in heading glued to the sentence after it ("Department of Wicks The Director of
    Wicks is responsible for ...", "Chairperson The Chairperson of the Board is ...", "Oil
    Center. The President of the Oil Center ...") gives a name that runs on into the sentence;
    the name ends where a capitalized "The" opens the sentence (not after "of", "and", "&":
    "Office of The Warden" is one name). The name before the sentence, or None."""
    if " The " not in name:
        return None
    match = _RUN_IN_SENTENCE.search(name)
    if match is None or match.start() == 0:
        return None
    left = name[: match.start()].rstrip(" ,")
    words = left.split()
    if not words or words[-1].lower() in CONNECTORS or words[-1] in ("&", "&amp;", "and"):
        return None
    return left


# What stands at a name's edges and is no part of it: a list's dash or bullet, a run-in
# item's letter or number and its bracket ("b) ", "(ii) ", "3) ") or a markup tag left in
# the text ("<b>") before it; a markup tag ("<br />", "</b>"), a colon, a colon and dash, a
# bar, a semicolon or a spaced dash whose description never came ("Glass Division -")
# after it.
_EDGE_OPENING = lazy_pattern(
    r"^(?:[-–—•·*]\s+|<[^<>]{1,20}>\s*|\(?(?:[a-z]|[ivx]{2,4}|\d{1,2})\)\s+(?=[A-Z]))+(?=\S)"
)
_EDGE_CLOSING = lazy_pattern(r"(?:\s*<[^<>]{1,20}>|\s*[:|;]-?|\s+[-–—])+\s*$")


@rule("name", off=None)
def edge_marks(name: str) -> str | None:
    """A name read with the marks of its line around it, a list's dash or bullet before it
    ("- Wick Supply Division", a list flattened into one line), the letter or number and
    bracket of an item run into a paragraph's series ("... three offices: a) Wick Stores,
    b) Lamp Care and c) Glass Works"), a tag of markup left in the text before it or after
    it ("<b>Lamp Office</b>", "Department of Lamps:<br />"), a colon that closed a label
    ("Glass Division:"), a table's bar ("Counsel to the Warden |") or a spaced dash before a
    description that never came ("Oil Stores Division -", its text on the next line or
    cut), is the name between them: no name opens with an item's bracket or closes with a
    spaced dash. The name without them, or None when it has none."""
    cleaned = _EDGE_CLOSING.sub("", _EDGE_OPENING.sub("", name)).strip()
    return cleaned if cleaned and cleaned != name else None


# An outline's number or roman numeral and its dot glued to the name it numbers ("2.Wick
# Office", "IV.OIL DIVISION", title-cased "Iv.oil Division"): a word of two letters or more
# right after the dot, no abbreviation ("I.T. Office"); a numbered outline's number may
# hold its parents' ("2.1.Wick Office").
_GLUED_NUMBER = lazy_pattern(
    r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXL][ivxlIVXL]{0,4}|[ivxl]{1,5})\.(?=[A-Za-z]{2,}\b(?!\.))"
)


@rule("name", off=None)
def glued_outline_number(name: str) -> str | None:
    """A name whose outline number or roman numeral and its dot are written against its
    first word, with no space ("3.Wick Supply Section", "II.FIELD OFFICES") is numbered by
    its list or heading, as "3. Wick Supply Section" is: the number is no part of the name.
    Why: the outline readers take a number for a list's mark only before a space, and
    pages typed or converted in haste drop it. The name without the number (its first
    letter a capital again when title casing lowered it), or None when it has none: a
    single capital before a capitalized word is an initial ("L.Wick Office"), but "I", an
    outline's first numeral, is read as one ("I.Wick Office" opens the outline whose next
    name is "II.Oil Office"); a single letter after the dot is an abbreviation's ("I.T.
    Office"). A numeral in mixed case is one only as title casing leaves it, before a
    lower-case word ("Iv.oil Division"): before a capitalized word it was written so, a
    word or an abbreviation's ("Xi.Lamp Office", "Ill.Wick Office")."""
    glued = _GLUED_NUMBER.match(name)
    if glued is None:
        return None
    rest = name[glued.end() :]
    numeral = name[: glued.end() - 1]
    if glued.end() == 2 and name[0].isupper() and name[0] != "I" and re.match(r"[A-Z][a-z]", rest):
        return None  # "L.Wick Office": a capital and a capitalized word, an initial's
    if numeral[0].isupper() and not numeral.isupper() and rest[:1].isupper():
        return None  # "Xi.Lamp Office": a word in mixed case before a capitalized word
    return rest[:1].upper() + rest[1:]


# The numbering a document sets around the names it lists, which a reader of its lines
# leaves on the name: a list's item number, letter or roman numeral typed with a hyphen or a
# dash where other lists write a dot or a bracket ("1-The Directorate of Wicks", "2- Lamp
# Court", "B- Oil Division", "IV– Glass Office", "3- -The Glass Office"); a code's section
# number before the section's title ("WLC 12.100 Division of Wicks", "§ 4-12 Oil Office");
# a contents page's leader dots and the page number after them ("Lamp Office ...... 14"). A
# letter's or a numeral's hyphen and a two-digit number's are followed by a space
# ("E-Government Unit", "24-Hour Desk" are names); a one-digit number's hyphen may be glued
# to a word in capitals and small letters ("1-Courts"; not "4-H Office", "3-D Section").
_HYPHEN_ITEM_MARK = lazy_pattern(
    r"^(?:(?:\d{1,2}|[A-Za-z]|[IVX]{2,4}|[ivx]{2,4})[-–—](?:[ \t]+|$)|[1-9]-(?=[A-Z][a-z]))"
    r"(?:[-–—][ \t]*)?(?=[A-Z]|$)"
)
_CODE_SECTION_NUMBER = lazy_pattern(
    r"^(?:[A-Z]{2,6}\.?[ \t]+|§{1,2}[ \t]*)\d{1,4}[A-Z]?[.\-:]\d{1,4}[A-Za-z]?\.?[ \t]+(?=[A-Z])"
)
_CONTENTS_LEADER = lazy_pattern(r"[ \t]*(?:\.{3,}|…)[ \t.…]*(?:\d{1,4}|[ivxl]{1,5})?[ \t]*$")
# a run-in contents line's previous entry leaves its page number before the next name
_CONTENTS_PAGE_NUMBER = lazy_pattern(r"^(?:\d{1,4}|[ivxl]{1,5})[ \t]+(?=[A-Z])")


@rule("name", off=None)
def document_numbering(name: str) -> str | None:
    """A name read with the numbering its document sets around the names it lists: a list's
    item number or letter typed with a hyphen ("1-The Directorate of Wicks", "B- Oil
    Division": pages typed from decrees and charts number items so, and the block reader
    knows "1." and "b)" but not "1-"), a code's section number before a section titled by
    the unit it sets up ("WLC 12.100 Division of Wicks"), a contents page's leader dots and
    page number ("Division of Wicks...... 14"; on a contents page run into one line the
    previous entry's page number comes before the name: "8 Division of Wicks......"). The
    numbering is no part of the name. A letter or a two-digit number joined to a word by
    its hyphen ("E-Government Unit", "24-Hour Desk") names the unit; a number before a name
    with no leader after it is the name's ("911 Centre"). The name without the numbering
    ("" when nothing else is on the line), or None when it has none."""
    cleaned = name
    leader = _CONTENTS_LEADER.search(cleaned)
    if leader is not None and leader.start() > 0:
        cleaned = cleaned[: leader.start()]
        cleaned = _CONTENTS_PAGE_NUMBER.sub("", cleaned, count=1)
    cleaned = _CODE_SECTION_NUMBER.sub("", cleaned, count=1)
    mark = _HYPHEN_ITEM_MARK.match(cleaned)
    if mark is not None:
        cleaned = cleaned[mark.end() :]
    cleaned = cleaned.strip()
    return cleaned if cleaned != name else None


# A link's file marks around a name: the icon's text before it ("PDF icon", "Icon for pdf"),
# the file's kind and size after it ("PDF 606K", "(PDF, 45KB)", "[PDF]"), and after a dash
# what the file is ("- structure chart45 bytes").
_FILE_KIND = r"(?:PDF|pdf|DOCX?|docx?|XLSX?|xlsx?|Word|Excel)"
# A file's kind that is no English word ("PDF", "docx"); "Word" and "Excel" are words too
# ("Lamp Office (Word Processing)"), a file's kind in brackets only with a size or a noun
# for a file ("(Word, 30KB)", "(Excel spreadsheet)"). A size in either case: "606K", "2 kB".
_FILE_CODE = r"(?:PDF|pdf|DOCX?|docx?|XLSX?|xlsx?)"
_FILE_SIZE = r"\d[\d.,]*\s*[KMGkmg][Bb]?"
_FILE_OPENING = lazy_pattern(rf"^(?:{_FILE_KIND}\s+icon|Icon\s+for\s+{_FILE_KIND})\s+(?=[A-Z])")
_FILE_CLOSING = lazy_pattern(
    rf"(?:\s+{_FILE_KIND}\s+{_FILE_SIZE}"
    rf"|\s*[(\[]{_FILE_CODE}\b[^()\[\]]{{0,30}}[)\]]"
    rf"|\s*[(\[](?:Word|Excel)(?:\s+(?:document|file|spreadsheet|format))?"
    rf"(?:,?\s*{_FILE_SIZE})?[)\]]"
    rf"|\s+[-–—]\s+[^-–—]{{0,40}}\d[\d.,]*\s*(?:bytes|[KMG]B))\s*$"
)


@rule("name", off=None)
def file_marks(name: str) -> str | None:
    """A name read from a link to a file, with the file's marks around it: an icon's text
    before it ("PDF icon Wick Services", "Icon for pdf Glass Care"), the file's kind and
    size after it ("Wick Services PDF 606K", "Glass Care (PDF, 45KB)", "Oil Office - chart
    45 bytes"), is the name between them: the link names the unit, the marks the file.
    "Word" and "Excel" in brackets are a file's kind only alone, with a size or a noun for
    a file ("(Word, 30KB)"); otherwise the brackets are the name's ("Lamp Office (Word
    Processing)"). The name without them, or None when it has none."""
    cleaned = _FILE_CLOSING.sub("", _FILE_OPENING.sub("", name)).strip()
    return cleaned if cleaned and cleaned != name else None


# A verb in the present tense that says what a body does or holds, in lower case after a
# name, then the start of its object: "... Division represents state", "... Office has no",
# "... Board consists of", "It deals with".
_PREDICATE = lazy_pattern(
    r"\s(?:provides|represents|consists|comprises|includes|has|deals|oversees|manages"
    r"|handles|serves|supports|performs|conducts|administers|runs?|is|are)"
    r"\s+(?:the|a|an|no|of|with|to|for|[a-z]{3,})\b"
    r"|\s(?:comprises|includes|contains)\s*:?\s*$"
)
_LEADING_ARTICLE = lazy_pattern(r"(?:The|A|An)\s+(?=[A-Z])")


# A sentence's connective before its comma: "Additionally,", "Moreover,", "In addition,", and
# the adverbs of sum and time that open a sentence so: "Overall,", "Currently,", "Today,".
_CONNECTIVE_OPENING = lazy_pattern(
    r"(?:Additionally|Moreover|Furthermore|However|Also|Thus|Hence|Therefore|In\s+addition"
    r"|In\s+turn|Finally|Likewise|Similarly|Meanwhile|Accordingly|Consequently|Besides"
    r"|Overall|Altogether|Collectively|Together|Currently|Presently|Today|Now)\s*,\s"
)


@rule("filter", off=False)
def connective_opening(name: str) -> bool:
    """A name that opens with a sentence's connective and its comma ("Additionally, the
    Office", "Moreover, the Lamp Board") is the start of a sentence read as a subject, the
    connective no part of a name: when the rest speaks again of a body the page has named
    (a unit found, or a bare noun: "the Office") it is no unit of its own; a body named there
    first ("In addition, the Wick Audit Unit reviews ...") is a unit without the connective
    (``after_connective``)."""
    return _CONNECTIVE_OPENING.match(name) is not None


def after_connective(name: str) -> str:
    """What a name gives after its opening connective and article ("Additionally, the Wick
    Audit Unit" -> "Wick Audit Unit"); "" when that is no proper name of its own, a bare
    noun ("the Office") or words in lower case (``connective_opening``)."""
    match = _CONNECTIVE_OPENING.match(name)
    rest = name[match.end() :] if match is not None else name
    rest = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+(?=[A-Z])", "", rest.strip())
    return rest if len(rest.split()) > 1 and rest[:1].isupper() else ""


@rule("name", off=None)
def predicate_in_name(name: str) -> str | None:
    """A name that runs on into what its sentence says of it, a verb in the present tense in
    lower case that says what the body does or holds and the start of its object ("The Wick
    Division represents lamp makers", "Office has no field organization", "Lamp Board
    consists of", "It deals with the matters of wicks"), or a verb of composition that
    closes it ("Wick Board comprises", "Lamp Office includes:"), as a list item or a line read
    whole gives it, is the sentence's subject: the name before the verb, its article left
    out ("Wick Division"). A subject that names no unit of its own, a word that refers back
    ("It", "This") or a bare unit noun ("Office"), a question's word or a place's
    ("What is the Wick Board", "Who runs the Lamp Office", "Here is the Glass Desk"), or
    that holds a sentence's end, is no unit at all (""). Returns the subject, "" for none,
    or None for a name with no such verb. A verb after "who", "that" or "which" is a
    relative clause's, part of a name for whom a body serves ("Office for Lamp Keepers who
    are blind"), not the sentence's."""
    match = _PREDICATE.search(name)
    if match is None:
        return None
    subject = _LEADING_ARTICLE.sub("", name[: match.start()].strip(" ,"), count=1)
    words = subject.split()
    if len(words) > 1 and words[-1].lower() in ("who", "that", "which"):
        return None  # "Office for Keepers who are blind": a relative clause in the name
    if (
        not words
        or sentence_end_in(words)
        or not all(_NAME_WORD.match(w) or w.lower() in CONNECTORS for w in words)
        or (len(words) == 1 and (words[0].lower() in UNIT_NOUNS | REFERRING_WORDS))
        or words[0].lower() in _QUESTION_WORDS
    ):
        return ""
    return subject


# Words that open a question or point at a place, not a name: "What is the Wick Board",
# "Who runs the Lamp Office", "Here is the Glass Desk".
_QUESTION_WORDS = frozenset({"what", "who", "whom", "how", "where", "when", "why", "which"}) | {
    "here",
    "there",
}


# A word a name holds: one that opens with a capital or a digit ("Region 4", "21st"), also
# inside a bracket or a quote ("(OLK)") or after a lower-case prefix and a hyphen ("e-Lamp").
_NAME_WORD = lazy_pattern(r"[(\[\"'‘“]?(?:[a-z]{1,2}-)?[A-Z0-9]")


def sentence_end_in(words: list[str]) -> bool:
    """Whether a full stop inside the words ends a sentence: one after a word of more than
    three letters with no dot of its own ("... two Lamp Keepers. Six Bureaus"), not the
    stop of an abbreviation ("St. Wick", "No. 3", "U.S. Lamp Office")."""
    for word in words[:-1]:
        if word.endswith("."):
            stem = word.rstrip(".")
            if len(stem) > 3 and "." not in stem:
                return True
    return False


# Words that open a phrase before a name and are no part of it: a possessive or distributive
# determiner ("Its Wick Office", "Each Lamp Warden"), or a verb of composition and its article
# ("Comprises the Wick Division").
_NAME_OPENER = lazy_pattern(
    r"(?:(?:Its|Their|Each|Every)|(?:Comprises|Includes|Consists\s+of|Contains)\s+the)\s+"
    r"(?=[A-Z])"
)


@rule("name", off=None)
def opening_determiner(name: str) -> str | None:
    """A name read with the word that opens its phrase, a possessive or distributive
    determiner ("Its Wick Office", "Each Lamp Warden") or a verb of composition and its article
    when a sentence's subject is left out ("Comprises the Wick Division and ..."), is the
    name after that word: the determiner says whose or how many, the verb what the body
    holds. The name without it, or None. A distributive takes a singular noun, so a word in
    "-s" after it is a verb and the determiner opens a slogan a unit is named for ("Every
    Lamp Counts Unit", "Each Wick Matters Office"), no part to cut."""
    match = _NAME_OPENER.match(name)
    if match is None:
        return None
    rest = name[match.end() :].split()
    if len(rest) < 2:
        return None
    if match.group().split()[0] in ("Each", "Every") and any(
        _VERB_AFTER_DISTRIBUTIVE.fullmatch(w) for w in rest[1:-1]
    ):
        return None
    return name[match.end() :]


# A postal box: "Box 4471", "P. O. Box 12", "PO Box 9".
_POSTAL_BOX = lazy_pattern(r"(?:P\.?\s*O\.?\s*)?Box\s+\d+", re.IGNORECASE)


@rule("filter", off=False)
def contact_detail_name(name: str) -> bool:
    """A name with no letter in it ("555.248.0101", "(555) 829-0100") or a postal box alone
    ("Box 4471", "P.O. Box 12") is how to reach a body, a line of its address or directory
    entry read where a unit's name stands (a line under a heading, an item after a lead-in),
    and names no unit."""
    return not any(ch.isalpha() for ch in name) or _POSTAL_BOX.fullmatch(name.strip()) is not None


# Determiners that open a phrase about units but never a unit's name: "this", "each",
# "both" speak of a unit already named or of every unit of a kind ("the" opens names: "The
# Hague Office").
_PHRASE_DETERMINERS = frozenset(
    {"this", "that", "these", "those", "each", "every", "both", "such", "either", "neither"}
)
# Quantifiers that, before bare unit nouns alone, count units or speak of every unit of a kind
# ("Four Divisions", "All Offices", "Several Bureaus"); before other words they may open a
# name ("Three Rivers Office", "Many Lamps Unit").
_QUANTIFIERS = frozenset(
    {"any", "another", "no", "all", "which", "whichever", "several", "many", "most", "some"}
)
# The distributives before whose singular noun a verb in "-s" opens a slogan a unit is named
# for ("Every Lamp Counts Unit"); after the others a verb makes a sentence ("These Divisions
# Report to the Warden").
_DISTRIBUTIVES = frozenset({"each", "every"})
# The lower-case words a name never opens with: its prepositions, conjunctions and the
# indefinite article. "the" may: a name keeps its article in running text ("the Wick Office"
# is the Wick Office). Only their lower case is read: a capital "A" or "An" may be a letter
# or an article of the name's own language ("A Branch", "An Lamp Bord").
_OPENING_FUNCTION_WORDS = PREPOSITIONS | {"a", "an", "and", "or", "nor", "as", "than"}
# The lower-case words it never ends with: an article or a conjunction. A preposition may end
# a name a catalog turns round ("Wicks, Office of").
_CLOSING_FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "nor"})
_PIECE_WORD = lazy_pattern(r"[\w'’-]+")
# The indefinite article inside a phrase, before a lower-case word: "chief unit of a lamp
# district". Not before a capital ("Center for a Brighter Lamp", the Irish article of "Oifig
# an Lampa"), not before a Romance article ("Atención a la Lámpara": "a" is a
# preposition there), nor after "for", which opens the purpose a name states ("Office for a
# safer lamp").
_INNER_INDEFINITE = lazy_pattern(r"(?<!\bfor)\s(?:a|an)\s+(?!(?:la|las|los|le|les)\b)[a-z]")
# The indefinite article before a unit noun, whatever its case, speaks of a unit of a kind,
# never names one: "Wick Care with the Oil Stores as a Unit".
_ARTICLE_BEFORE_NOUN = lazy_pattern(r"\s(?:a|an)\s+([A-Za-z]+)")


@rule("filter", off=False)
def sentence_piece_name(name: str) -> bool:
    """A unit's name is a proper name: it opens and ends with a content word and names one
    unit, definitely. A name that, cleaned by the name rules, still opens with a determiner
    other than "the" ("Each office in the Bureau", "Both Deputy Wardens", "This
    division", a quantifier or a count in words before bare unit nouns: "Four Divisions",
    "All Offices", "These Divisions Report to the Warden", "the following divisions", "The
    following"), opens with a lower-case connector or article ("to the Wick Corps and the
    Lamp Office"), ends with an article or a conjunction ("Lamp Section of the", "Warden
    and"), holds the indefinite article inside, before a lower-case word or a unit noun ("chief
    unit of a lamp district", "supported by a shared Lamp Services Team", "Wick Care with
    the Oil Stores as a Unit") or is such a word alone
    ("Such", "An") is a piece of the sentence a finder cut, which speaks of units of a kind
    or runs into the words round a name: no unit's name, whichever finder took it. A capital
    "A" or "An" in a longer name is no article ("Team A", "An Lamp Bord"), nor is one before
    a capital or a Romance article ("Center for a Brighter Lamp", "Oifig an Lampa",
    "Oficina de Atención a la Lámpara"), an acronym alone is a name ("OR", "AT"), a
    preposition may end a name a catalog turns round ("Wicks, Office of"), and "each" or
    "every" before a verb in "-s" opens a slogan a unit is named for ("Every Lamp Counts
    Unit", as ``opening_determiner`` reads it). Its parts move to its parent."""
    words = _PIECE_WORD.findall(name)
    if not words:
        return False
    first, last = words[0], words[-1]
    lead = first.lower()
    if len(words) == 1:
        acronym = len(first) > 1 and first.isupper()
        return not acronym and lead in _PHRASE_DETERMINERS | _OPENING_FUNCTION_WORDS | {"the"}
    if (lead in _QUANTIFIERS or lead in NUMBER_WORDS) and all(
        singular_noun(w.lower()) in UNIT_NOUNS for w in words[1:]
    ):
        return True
    if lead in _PHRASE_DETERMINERS:
        if lead in _DISTRIBUTIVES:
            # a verb in "-s" after it makes a slogan a unit is named for
            return not any(_VERB_AFTER_DISTRIBUTIVE.fullmatch(w) for w in words[1:-1])
        return True
    if lead == "following" or [w.lower() for w in words[:2]] == ["the", "following"]:
        return True
    if first in _OPENING_FUNCTION_WORDS or last in _CLOSING_FUNCTION_WORDS:
        return True
    return len(words) > 2 and (
        _INNER_INDEFINITE.search(name) is not None
        or any(noun.lower() in UNIT_NOUNS for noun in _ARTICLE_BEFORE_NOUN.findall(name))
    )


# "An office of wicks", "a Wick Unit": an indefinite article before a name.
_INDEFINITE_ARTICLE = lazy_pattern(r"(?:A|An|a|an)\s+(?=[A-Za-z])")


@rule("name", off=None)
def indefinite_article_item(name: str) -> str | None:
    """A list names what a body holds or a statute establishes as noun phrases, each with
    its indefinite article ("(1) An office of wicks;", "(2) A lamp testing laboratory.",
    "• a Wick Unit; and"): the article counts the body, it is no part of its name. The name
    without it when the article is in lower case (no name opens so) or every word after it
    is (after "A", a capitalized word may be a name's own: "A Brighter Wick Office"), and
    the words hold a unit noun ("A lamp that burns" names no unit), or None."""
    match = _INDEFINITE_ARTICLE.match(name)
    if match is None:
        return None
    rest = name[match.end() :]
    words = rest.split()
    if len(words) < 2 or not set(name_tokens(rest)) & UNIT_NOUNS:
        return None
    if name[0].isupper() and any(not w[0].islower() for w in words if w[0].isalpha()):
        return None
    return rest


# "Transfers the ", "Appoint a ": a capitalized word, then an article, before a capitalized
# name.
_VERB_ARTICLE = lazy_pattern(r"(?P<verb>[A-Z][a-z]+)\s+(?:a|an|the)\s+(?=[A-Z])")


@rule("name", off=None)
def directive_verb(name: str) -> str | None:
    """A name read with the verb that opens the item of an order or a statute and the
    article after it ("b. Transfers the Office of Wicks and the Oil Desk to ...", "e. Moves
    the Lamp Records Office into ...", "(2) Appoint a Director of the Glass Office;") is the
    name after them: an organization order's and a statute's items open with what is done
    to the unit (establish, transfer, move, abolish, appoint), a link with what the reader
    may do (visit, contact). Only such a verb: a unit or a program named for what it does
    opens with another verb and an article ("Save the Lamps Office", "Keep the Wick Lit
    Program"), and its name is whole. Not when fewer than two words remain. The name
    without the verb and article, or None."""
    match = _VERB_ARTICLE.match(name)
    if match is None:
        return None
    if not _directive(match.group("verb").lower()):
        return None  # "Save the Lamps Office": a unit named for what it does
    rest = name[match.end() :]
    return rest if len(rest.split()) >= 2 else None


def _directive(word: str) -> bool:
    """Whether a word is a verb an order's item or a link opens with ("Transfers",
    "Establishes", "Moved", "Reorganizing", "Appoint", "Visit"), in its plain form or in
    "-s", "-es", "-d", "-ed" or "-ing"."""
    forms = {word}
    for suffix, plain in (("s", ""), ("es", ""), ("d", ""), ("ed", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix):
            forms.add(word[: -len(suffix)] + plain)
    return bool(forms & (ORDER_VERBS | LINK_VERBS))


# A verb in "-s" after a distributive's singular noun: "Counts", "Matters" (not "Class").
_VERB_AFTER_DISTRIBUTIVE = lazy_pattern(r"[A-Z][a-z]+[^su]s")


# The words of a sentence run on after a name: connectors waiting for what follows ("and",
# "or", "and the", with a preposition before them: "of the") or an opening parenthesis
# never closed ("(Lamp history"). A verb of
# composition after it ("consists of", "comprises") is the sentence's predicate
# (``predicate_in_name``).
_SENTENCE_TAIL = lazy_pattern(r"(?:(?:\s+(?:of|for|to))?(?:\s+(?:and|or|the|&))+|\s+\([^()]*)$")


@rule("name", off=None)
def trailing_sentence_words(name: str) -> str | None:
    """A name read with the first words of the sentence it stands in: a connector that waits
    for the next name ("Lamp Board and"), with the preposition before it ("Wick Board of
    the", the name cut where its line or its cell ended) or a parenthesis the name opens
    and never closes ("Glass Services (Lamp history"). The name ends before them (a verb
    of composition after it, "Wick Board consists of", is read by ``predicate_in_name``).
    The name without them, or None when it keeps fewer than two words (one capitalized word
    is enough before a parenthesis never closed: "Wicks (Lamp Code, secs." names the
    Wicks; a connector may have cut a longer name short: "Lamp and")."""
    match = _SENTENCE_TAIL.search(name)
    if match is None or _INVERTED_NAME.fullmatch(name):
        return None  # "Lamps, Bureau of the": a name filed by subject (inverted_unit_name)
    left = name[: match.start()].rstrip(" ,")
    if match.group().lstrip().startswith("(") and left[:1].isupper():
        return left  # "Wicks (Lamp Code, secs. 4.1": what the parenthesis opened was cut
    return left if len(left.split()) >= 2 else None


# A name set in a directory's sorting order: the words it is filed under, a comma, then the
# unit noun and its preposition: "Wick Safety, Office of", "Lamps and Glass, Bureau of the".
_INVERTED_NAME = lazy_pattern(
    r"(?P<subject>[A-Z][^,]*(?:,\s+[A-Z&][^,]*)*),\s+(?P<head>(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Office|Bureau|Department|Division|Ministry|Commission|Board|Council|Agency|Center"
    r"|Centre|Institute|Service|Directorate|Administration)\s+(?:of|for|on)(?:\s+the)?)$"
)


@rule("name", off=None)
def inverted_unit_name(name: str) -> str | None:
    """A directory sorted by subject files a unit under the words after its unit noun: "Wick
    Safety, Office of", "Lamps and Glass, Bureau of", "Oil Stores, Division of the". The
    unit's name is read in its natural order: "Office of Wick Safety", "Bureau of Lamps and
    Glass", "Division of the Oil Stores" (a position before the comma is a title cut short:
    "Director, Office of" stays). The name so turned, or None."""
    if not name.endswith((" of", " for", " on", " the")):
        return None
    match = _INVERTED_NAME.fullmatch(name)
    if match is None or names_position_only(match.group("subject")):
        return None  # "Director, Office of": a title cut short, not a name filed by subject
    return f"{match.group('head')} {match.group('subject')}"


# A year, or a span of years, after "for", "in" or "as of" at a name's end: "for 2016", "in
# 2010", "for 2019-20".
_YEAR_QUALIFIER = lazy_pattern(
    r",?\s+(?:for|in|as\s+of|during)\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+year\s+)?"
    r"(?:FY\s*)?(?:1[89]|20)\d\d(?:\s*[-–/]\s*\d{2,4})?\s*$",
    re.IGNORECASE,
)


@rule("name", off=None)
def year_qualifier(name: str) -> str | None:
    """A name that ends in the year it is shown for ("Lamp Council for 2016", "Office of
    Wick Services in 2010", "Glass Board for 2019-20") names the unit as it stood that
    year: the unit is the name before the year, which a roster or a history adds. The name
    without it, or None."""
    match = _YEAR_QUALIFIER.search(name)
    if match is None or len(name[: match.start()].split()) < 2:
        return None
    return name[: match.start()]


# A town's state code closing a name, two capitals after its comma: "Wickton, LS", "Lamp
# Falls, LS".
_STATE_TAIL = lazy_pattern(r"[a-z],\s*[A-Z]{2}\.?$")
# Words that open a town's name of two words: "New Lampton", "San Wick", "Fort Glass".
_TOWN_OPENERS = frozenset(
    re.findall(
        r"\S+", "new san santa los las saint st st. fort port el la lake north south east west"
    )
)


def town_start(name: str) -> int | None:
    """Where a town and its state's code close a name ("Wick Service Center Wickton, LS"),
    or None: 0 when the name is a town of up to three capitalized words and no unit noun
    ("Wickton, LS"); else the town is the words the name gave before it ("Lamp Falls
    Center Lamp Falls, LS"), or its last word (two after an opener: "New Lampton")."""
    match = _STATE_TAIL.search(name)
    if match is None:
        return None
    head = name[: match.start() + 1]
    initials = iter(w[0] for w in head.split() if w[:1].isupper())
    if all(letter in initials for letter in name.rstrip(".")[-2:]):
        return None  # "Wick Finance, WF": the name's own acronym, no state's code
    words = list(re.finditer(r"\S+", head))
    if not words or not all(w.group()[:1].isupper() for w in words[-1:]):
        return None
    if len(words) <= 3 and not set(name_tokens(head)) & UNIT_NOUNS:
        return 0
    texts = [w.group() for w in words]
    for size in (3, 2, 1):
        if size < len(texts) and " ".join(texts[-size:]) in " ".join(texts[:-size]):
            return words[-size].start()
    size = 2 if len(texts) > 2 and texts[-2].lower() in _TOWN_OPENERS else 1
    town = name_tokens(" ".join(texts[-size:]))
    if set(town) & (UNIT_NOUNS | CONNECTORS) or texts[-size - 1].lower() in CONNECTORS:
        return None  # "Office of Oil, LS": the unit's own words
    return words[-size].start()


@rule("name", off=None)
def trailing_place(name: str) -> str | None:
    """A name that closes on a town and its state's postal code ("Wick Service Center
    Wickton, LS", a chart's or a directory's line) names the unit and where it sits: the
    unit is the name before the town, when worded as a unit; a town and its code alone
    ("Wickton, LS" over an office's box) is a place, no unit's name (read with
    ``without_non_unit_names``). The name without the place, or None."""
    start = town_start(name)
    if not start:
        return None
    rest = name[:start].rstrip(" ,-–")
    if len(rest.split()) < 2 or not set(name_tokens(rest)) & UNIT_NOUNS:
        return None
    return rest


# The head of a post's title that may close a unit's name in a directory's row.
_POST_HEADS = frozenset({"director", "chief", "manager", "head"})


@rule("name", off=None)
def unit_then_post(name: str) -> str | None:
    """A unit's name headed by a unit noun and "of" or "for" ("Office of Wick Supply",
    "Division for Lamp Safety") that runs on into a post's title ("Office of Wick Supply
    Assistant Director", "Division for Lamp Safety Director", "Office of Oil Affairs Associate
    Counsel Chief"), as a directory's row or a chart's box gives a unit and then who leads
    it, names the unit: the name ends before the post (a head, "Director", "Chief",
    "Manager" or "Head", and the post's words before it). The post is cut only when a
    position word precedes its head ("... Assistant Director") or the field left after the
    "of" has two words or more ("Office of Wick Supply Director"): an office whose field is
    one word before a bare head is named for a post ("Office of Township Manager", "Office
    of Tallow Director", "Office of Wick Head"). An office named for a post keeps its name
    too after "the" ("Office of the Lamp Director"), with a post from the first word after
    the "of" on ("Office of Deputy Lamp Director"), or a place's post ("Office of Wickton
    Borough Manager"). The page cuts no root's name so, and a row whose cut name another
    unit has is that unit, no second row. Returns the name without the post, or None."""
    words = name.split()
    lowered = [w.lower() for w in words]
    if not words or lowered[-1] not in _POST_HEADS:
        return None
    cut = len(words) - 1
    while cut > 0 and lowered[cut - 1] in POSITION_WORDS:
        cut -= 1
    of = next((i for i in range(1, cut) if lowered[i] in ("of", "for")), None)
    if of is None or lowered[of - 1] not in UNIT_NOUNS:
        return None
    field = lowered[of + 1 : cut]
    if not field:
        return None
    if field[0] == "the" or field[0] in POSITION_WORDS or field[-1] in PLACE_NOUNS:
        return None
    if cut == len(words) - 1 and len(field) < 2:
        return None
    return " ".join(words[:cut])


# "in the", "within the" or "for the" and a capitalized name after a name's unit noun, to
# the name's end: "Wick Section in the Lamp Office", "Oil Unit for the Supply Group".
_CONTAINING_UNIT = lazy_pattern(
    r"\s+(?:in|within|for)\s+the\s+(?P<whole>(?:[A-Z][\w'’&.-]*|of|and|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&))*)\s*$"
)
# Connectors a name's words may hold between capitalized words.
_NAME_JOINERS = frozenset({"of", "and", "&"})


class Held(NamedTuple):
    """A name cut at the unit that holds it: the part's name and the holder's."""

    part: str
    holder: str


@rule("name", off=None)
def containing_unit_qualifier(name: str, acronyms: frozenset[str] = frozenset()) -> Held | None:
    """A name that ends in the unit that holds it, after "in the", "within the" or "for the"
    ("Wick Section in the Lamp Office", "Oil Stores Unit within the Supply Division", "Glass
    Audit Division for the Lamp Standards Group"), as a code, a report or a chart places a
    part in its text: the unit is the name before it, which ends in a unit noun after a
    capitalized word of its own; the name after "the" is another unit's, ending in a unit
    noun or an acronym the page defines (``acronyms``: "the LSG"); an acronym it does not
    define is as often a country's ("Trade Liaison Office in the UK"). A name that is its unit
    noun and what it serves ("Office for the Lamp Board", "Council for the Wick Region": a
    place's noun) stays whole. The name without it and the holder's name, or None
    (``placed_in_holder`` puts the part under its holder)."""
    match = _CONTAINING_UNIT.search(name)
    if match is None:
        return None
    head = name[: match.start()].split()
    if len(head) < 2 or head[-1].lower() not in UNIT_NOUNS or head[-1].lower() == "region":
        return None
    if not head[0][:1].isupper() or any(
        not word[:1].isupper() and word not in _NAME_JOINERS for word in head
    ):
        return None
    last = match.group("whole").split()[-1]
    holder_named = last.lower() in UNIT_NOUNS and last.lower() != "region"
    if not holder_named and last not in acronyms:
        return None
    return Held(" ".join(head), match.group("whole"))


# The hyphens that join the parts of one word ("Lamp-wide", "Lamp\u2010wide" with the
# Unicode hyphen, "Lamp\u2011wide" with the non-breaking one), for a character class; the
# ASCII one last, so that it stands for itself there.
HYPHENS = "\u2010\u2011-"
DASH = lazy_pattern(r"\s*[—–]\s*|\s+-\s+")
# The dashes, one of which every DASH match holds.
DASHES = ("—", "–", "-")
# "and" or "&" between two words or names, spaced: "the Lamp and Wick Program", "Oil & Glass".
AND_GAP = lazy_pattern(r"\s+(?:and|&)\s+")

register(
    "position_then_unit",
    "name",
    """A leadership page's title line names a position and then the unit it leads ("Senior
    Director, Lamp Safety"; "Assistant Chief Lamp Officer (Wick Trimming Group)"), or the
    unit and then its lead ("Wick Cluster Lead"): the unit is the part the title names
    beside the position (see :func:`position_then_unit`).""",
)
register(
    "dash_joined_name",
    "name",
    """ "Topic—Office of Topic Studies": of the parts a dash joins, the one worded as a unit
    (a unit noun or a position) is the name; the other is a gloss.""",
)


# A qualifier after a dash: a short capitalized phrase (up to the end, a period or a comma)
# with a noun of a field or kind in it: "– General Population", "—Lamp Oil Program".
_QUALIFIER = lazy_pattern(
    r"(?P<words>[A-Z][\w&'’-]*(?:\s+(?:and|of|&|[A-Z][\w&'’-]*)){0,4})\s*(?:$|[.,;:(])"
)
_QUALIFIER_NOUN = lazy_pattern(r"(?:tions?|ments?|ances?|ences?|ities|ies|ing|ics|ices|ships?)$")


@rule("name", off=False)
def dash_qualified_name(text: str, dash: re.Match[str]) -> bool:
    """A dash between a name and a short capitalized phrase that names a field or a kind
    ("Wick Division – General Population", "Office of Assistant Warden—Glass Program",
    "First Lamps – Town Relations") qualifies the name: the two make one name, told apart
    from its siblings by what follows the dash: the phrase's head, its last word, is a unit or
    program noun or has a noun's ending ("-tion", "-ment", "-ance", "-ics"; not "-ity":
    "Lamp City" is a place). A person's name after the dash ("Wick Division – Jane Doe") or
    a sentence ("– keeps the wicks") is no such qualifier."""
    before = text[: dash.start()].rstrip()
    if not before or not (before[-1].isalpha() and before.split()[-1][:1].isupper()):
        return False
    match = _QUALIFIER.match(text, dash.end())
    if match is None:
        return False
    words = match.group("words").split()
    if words[0].lower() in UNIT_NOUNS:  # "Matters — Office of Wicks": a gloss, then the unit
        return False
    head = words[-1].rstrip("’'")  # a noun phrase's head is its last word
    return head.lower() in UNIT_NOUNS | PROGRAM_NOUNS or _QUALIFIER_NOUN.search(head) is not None


# "Our" before a name: a body writing of its own parts ("Our Audit and Risk Committee").
_OUR = lazy_pattern(r"(?:Our|OUR|our)\s+(?=[A-Z])")


@rule("name", off=None)
def our_unit_name(name: str) -> str | None:
    """A body writing of itself names its parts with "our" ("Our Wick Advisory Group", "Our
    Audit and Lamp Committee"): the unit's name is what follows, a name of two words or more
    in title case; "Our board", "Our Offices" (a bare noun) are not names to shorten.
    Returns the name without "Our"."""
    match = _OUR.match(name)
    if match is None:
        return None
    rest = name[match.end() :]
    words = [w for w in rest.split() if w.lower() not in CONNECTORS]
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    return rest


# "Positions", "Internship Programs", "Vacancies": what a careers page offers, at the end of a
# heading. Only words that cannot end a unit's own name: "Opportunities", "Jobs", "Careers"
# and "Recruitment" can ("Office of Equal Opportunities", "Division of Keeper Recruitment").
_JOB_TAIL = lazy_pattern(
    r"\s+(?:(?:Internship|Fellowship)s?(?:\s+(?:Programs?|Opportunities))?|Positions"
    r"|Job\s+Opportunities|Vacancies)$"
)
# The kinds of openings a careers page names before "Positions" or "Internship".
_JOB_KINDS = frozenset(
    {"attorney", "legal", "law", "student", "summer", "graduate", "volunteer", "paid"}
    | {"unpaid", "professional", "entry-level", "clerk", "seasonal", "temporary"}
)


@rule("name", off=None)
def unit_before_job_words(name: str) -> str | None:
    """A careers page heads each unit's openings with the unit's name and what it offers
    ("Office of Wicks Internship", "Office of Lamps Attorney Positions", "Glass Bureau
    Summer Internship Program"): the unit is the name before those words (and before the
    kind of opening: attorney, legal, student, summer, ...), when that is worded as a unit.
    Returns the unit's name."""
    tail = _JOB_TAIL.search(name) if " " in name else None
    if tail is None:
        return None
    words = name[: tail.start()].split()
    while words and words[-1].lower() in _JOB_KINDS:
        words.pop()
    content = [w for w in words if w.lower() not in CONNECTORS]
    if len(content) >= 2 and _worded_as_unit(words):
        return " ".join(words)
    return None


def title_before_holder(name: str) -> str | None:
    """The title of a line that gives a title and its holder's name (``titled_holder_line``),
    or None."""
    start = titled_holder_line(name)
    if start is None:
        return None
    return name[:start].rstrip(" ,-–—") or None


def _worded_as_unit(words: list[str]) -> bool:
    """Whether ``words`` end in a unit noun ("Glass Bureau") or are a unit noun and "of"
    followed by a capitalized name ("Office of Wick Safety")."""
    if words[-1].lower() in UNIT_NOUNS:
        return True
    lowered = [w.lower() for w in words]
    if "of" not in lowered:
        return False
    at = lowered.index("of")
    named = [w for w in words[at + 1 :] if w.lower() not in CONNECTORS]
    return (
        at > 0
        and lowered[at - 1] in UNIT_NOUNS
        and bool(named)
        and words[-1].lower() not in CONNECTORS
        and all(w[:1].isupper() for w in named)
    )


def unit_part(name: str) -> tuple[int, int] | None:
    """The span, in ``name``, of the part that names the unit: the one dash-joined part
    worded as a unit, or the unit a position's title names after it."""
    dashed = _dash_part(name) if enabled("dash_joined_name") else None
    return dashed if dashed is not None else position_then_unit(name)


def _dash_part(name: str) -> tuple[int, int] | None:
    """The span of the one dash-joined part of ``name`` that is worded as a unit."""
    if not any(map(name.__contains__, DASHES)):
        return None  # (DASH, which opens with a space that may be empty, tries every position)
    cuts = [cut for cut in DASH.finditer(name) if not dash_qualified_name(name, cut)]
    if not cuts:
        return None
    bounds = [0, *(c for m in cuts for c in (m.start(), m.end())), len(name)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    worded = [
        (a, b)
        for a, b in parts
        if set(name_tokens(name[a:b])) & (UNIT_NOUNS | POSITION_WORDS)
        and name[a:b].strip()
        and not _describes(name[a:b])
    ]
    if len(worded) > 1:
        worded = [
            (a, b) for a, b in worded if name_tokens(name[a:b])[:1] and _opens_with_unit(name[a:b])
        ]
    return worded[0] if len(worded) == 1 and len(parts) > 1 else None


# A dash-joined part that says what a unit does: it opens in lower case ("responsible for
# ...", "manages the ..."), runs on past a sentence's end ("... lamps. The unit also ..."), or
# is a sentence, a definite subject then its verb and more words ("The Wick Care Unit is
# responsible for ...", "This unit keeps ..."; a word in -s that is no verb, "this", or one
# before "and", "of", ... as "veterans and families", is none).
_DESCRIPTION_PART = lazy_pattern(
    r"\s*[a-z]|.*?[a-z]{2}[.!?]\s+[A-Z]"
    r"|(?:The|This|These|Its|Our|Each)\s[^;:.\n]{0,80}?\s(?:is|are|was|were|has|have"
    r"|(?!(?:this|thus|plus|its|his|hers|ours|theirs|yours|across|unless|always|perhaps)\s)"
    r"[a-z]{2,}s)\s+(?!(?:and|or|of|for|in|to)\s)[a-z]"
)


register(
    "dash_description_part",
    "name",
    """Of the parts a dash joins ("Glass Care - responsible for the glass of the lamps. The
    unit also mends them."), one that opens in lower case, runs on past the end of a
    sentence or is itself a sentence (a definite subject, its verb, more words: "Glass Care - The
    Glass Care Unit is responsible for the glass") says what the unit does: it is the description,
    never the name, even when a unit noun stands in it ("The unit ...", "reports to a
    council"); the name is the part before it. Directories and lists of divisions with
    descriptions set them out so.""",
)


def _describes(part: str) -> bool:
    """Whether a dash-joined part is a description of a unit, not a name
    (``dash_description_part``)."""
    return enabled("dash_description_part") and _DESCRIPTION_PART.match(part) is not None


def _opens_with_unit(name: str) -> bool:
    """ "Office of ...", "Division of ...": a name that opens with its unit noun."""
    return unit_noun_opens(name_tokens(name))


def noun_before_of(words: Sequence[str], nouns: frozenset[str]) -> bool:
    """Whether a name's words hold one of ``nouns`` before "of" or "for" ("Office of Lamps",
    "Centre for Wick Studies"): the noun heads the name whatever its field."""
    return any(
        word in nouns and following in ("of", "for")
        for word, following in itertools.pairwise(words)
    )


def worded_as_a_unit(name: str) -> bool:
    """Whether a name is worded as a unit: a unit noun ends it or heads it before "of" or
    "for" ("Wick Braiding Division", "Office of Oil Supply", "Night Office of Wicks")."""
    words = name_tokens(name)
    return bool(set(words[-1:]) & UNIT_NOUNS) or noun_before_of(words, UNIT_NOUNS)


def unit_noun_opens(tokens: list[str]) -> bool:
    """ "department of wicks", "office for glass": a name's tokens that open with a unit noun,
    then "of" or "for"."""
    return bool(tokens) and tokens[0] in UNIT_NOUNS and tokens[1:2] in (["of"], ["for"])


# "Senior Director, Lamp Safety", "Jane Doe Assistant Chief Lamp Officer (Wick Group)": a title
# that ends in a position word, then the unit after a comma or in parentheses.
_POSITION_THEN = lazy_pattern(
    r"(?P<position>[^,()\n]{2,100}?)\s*(?:,\s+(?P<comma>[^()\n]{2,100}?(?:\s*\([^()\n]*\))?)"
    r"|\((?P<paren>[^()\n]{2,100})\))\s*$"
)
# The words a position's title ends in: the position words, "Accountant-General", "Lead".
POSITION_ENDS = POSITION_WORDS | {"general", "lead", "manager", "minister"}


def position_then_unit(name: str) -> tuple[int, int] | None:
    """A leadership page's title line names a position and then the unit it leads: "Senior
    Director, Lamp Safety", "Group Director, Wick Care", "Divisional Director, Lamp & Oil
    Supply" after the person's name, or "Assistant Chief Lamp Officer (Wick Trimming Group)".
    The part after the comma is the unit's name (up to a last part worded as a unit: "Wick
    Cluster, Lamp Group" names the cluster within the group); a part in parentheses only
    when worded as a unit ("Assistant Lamp Secretary (Wick Policy)" names the position's area).
    A title that is itself a unit's name ("Office of the Lamp Warden, Wicks") is not a
    position's. A title may also name the unit first, then the position that leads it ("Wick
    Cluster Lead and Chief Lamp Officer at LQ", "Lamp Division Director")."""
    if not enabled("position_then_unit"):
        return None
    return _position_then_unit(name) or _unit_then_position(name)


# "Wick Cluster Lead and Chief Lamp Officer at LQ": a unit's name, then the position that
# leads it.
_UNIT_THEN_POSITION = lazy_pattern(
    r"(?P<unit>[A-Z][\w'’-]*(?:,?\s+(?:[A-Z][\w'’-]*|&|and|of|for))*?\s+(?:"
    + "|".join(sorted(n.title() for n in UNIT_NOUNS - {"program", "staff"} if not n.endswith("s")))
    + r"|Cluster))\s+(?:Lead|Head|Director|Manager|Chief)\b"
)


@functools.lru_cache(maxsize=1 << 14)
def _unit_then_position(name: str) -> tuple[int, int] | None:
    match = _UNIT_THEN_POSITION.match(name)
    return match.span("unit") if match is not None else None


@functools.lru_cache(maxsize=1 << 14)
def _position_then_unit(name: str) -> tuple[int, int] | None:
    if "," not in name and "(" not in name:
        return None
    match = _POSITION_THEN.match(name)
    if match is None:
        return None
    title = re.findall(r"[A-Za-z]+", match.group("position").lower())
    if not title or title[-1] not in POSITION_ENDS or _opens_with_unit(match.group("position")):
        return None
    words = re.findall(r"[A-Za-z][\w'’-]*", re.sub(r"&\w+;", " ", name))
    if not all(w[:1].isupper() or w.lower() in CONNECTORS for w in words):
        return None  # a sentence, not a title
    if match.group("paren"):
        if not set(name_tokens(match.group("paren"))) & UNIT_NOUNS:
            return None
        return match.span("paren")
    start, end = match.span("comma")
    last = name.rfind(",", start, end)
    if last > 0 and set(name_tokens(name[last + 1 : end])) & UNIT_NOUNS:
        end = last  # "Wick Cluster, Lamp Group": the cluster, within the group
    return start, end
