"""Find acronym definitions in page text, in both directions.

"Office of Wick Standards (OWS)" defines OWS long form first; "LAMPS (Lantern and Match
Permit System)" defines LAMPS acronym first (``parenthesized_acronym``). A heading or list
item "Glass Audits (OGA)" carries only part of the long form; the rest comes from the
heading's own section ("The Office of Glass Audits is ...") or from the letters the name
lacks (``name_line_acronym``).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from pipeline.extract.alignment import (
    Word,
    acronym_letters,
    alignment_cost,
    best_long_form,
    inside_letters_allowed,
    max_skipped,
    words_in,
)
from pipeline.extract.names import ends_with, name_tokens
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import HEADING, LINE_OPENING, LIST_ITEM, Block, directory_name
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, Section
from pipeline.text.vocabulary import (
    OPENING_PREPOSITIONS,
    POSITION_WORDS,
    PRONOUNS,
    QUOTES,
    UNIT_NOUNS,
)
from pipeline.text.words import (
    DOTTED_INITIALISM,
    PageWords,
    in_capitals,
    of_a_name,
    plural_word,
)

_PAREN = lazy_pattern(r"\(([^()]{1,120})\)")
# An organization code in square brackets after a name: "Office of Lamps [L/OL]".
_BRACKET = lazy_pattern(r"\[([^\[\]]{2,16})\]")
# A code's routing prefix, which stands for no word of the name: the "L/" of "L/OL".
_ROUTING_PREFIX = lazy_pattern(r"^[A-Z]{1,2}/(?=[A-Za-z&]{2,}$)")
_ACRONYM = lazy_pattern(r"^[A-Za-z0-9][A-Za-z0-9/&.\-]*(?:\([a-z0-9]\))?$")
_OFFICE_PREFIX = lazy_pattern(
    r"\b(?:Office|Department|Ministry|Bureau|Division|Agency|Administration) (?:of|for) (?:the )?$"
)
_NATION_PREFIX = lazy_pattern(r"\b(?:U\.S\.|US|United States) $")


@functools.lru_cache(maxsize=1 << 14)
def is_acronym(token: str) -> bool:
    """Whether a token reads as an acronym: OPR, ASM/CFO/CPO, M&A, 18F, 287(g), CoE, FinCEN.
    An acronym spells words, so it has a letter: a number alone is a count, a year or a
    subsection ("thirty (30) days", "section 1-212(12)")."""
    if not 2 <= len(token) <= 16 or not _ACRONYM.match(token):
        return False
    core = acronym_letters(token)
    uppers = sum(ch.isupper() for ch in core)
    digits = sum(ch.isdigit() for ch in core)
    if not any(ch.isalpha() for ch in token) or not (uppers or digits):
        return False
    if token[0].isupper() and token[1:].islower():
        return False
    return uppers >= 2 or (uppers >= 1 and digits >= 1) or (digits >= 1 and len(core) >= 2)


@dataclass(frozen=True)
class AcronymDefinition:
    """One definition: the acronym, its long form as written, and where it stands."""

    acronym: str
    expansion: str
    expansion_start: int
    expansion_end: int
    evidence_start: int
    evidence_end: int
    missing_prefix: str | None = None
    found_by: str = "parenthesized_acronym"


class Definitions(list[AcronymDefinition]):
    """A page's acronym definitions in page order, with the look-ups the rules make of them
    built once (a look-up per unit, not a scan of every definition)."""

    def __init__(self, items: list[AcronymDefinition]) -> None:
        super().__init__(items)
        self.acronyms = {d.acronym for d in items}
        self.by_acronym: dict[str, list[AcronymDefinition]] = {}
        self.by_last_word: dict[str, list[AcronymDefinition]] = {}
        self.by_tokens: dict[tuple[str, ...], AcronymDefinition] = {}
        for definition in items:
            self.by_tokens.setdefault(tuple(name_tokens(definition.expansion)), definition)
            self.by_acronym.setdefault(definition.acronym, []).append(definition)
            tokens = name_tokens(definition.expansion)
            if tokens:
                self.by_last_word.setdefault(tokens[-1], []).append(definition)

    def with_acronym(self, acronym: str | None) -> list[AcronymDefinition]:
        return self.by_acronym.get(acronym or "", [])

    def named(self, name: str) -> AcronymDefinition | None:
        """The first definition whose long form is ``name`` (case and dots ignored)."""
        return self.by_tokens.get(tuple(name_tokens(name)))

    def ending(self, name: str) -> AcronymDefinition | None:
        """The first definition whose long form ``name`` ends with."""
        tokens = name_tokens(name)
        for definition in self.by_last_word.get(tokens[-1] if tokens else "", []):
            if ends_with(name, definition.expansion):
                return definition
        return None


def _span_text(text: str, words: list[Word]) -> tuple[int, int]:
    start, end = words[0].start, words[-1].end
    while end > start and text[end - 1] in "’'":
        end -= 1
    if text[end - 2 : end] in ("’s", "'s") and words[-1].bare != words[-1].text:
        end -= 2
    return start, end


register(
    "long_form_prefix",
    "acronym",
    """A long form takes in the words its acronym leaves out just before it: the unit noun
    that heads the name ("Department of", "Office of the": RS for "Department of Rural
    Studies") and "U.S.".""",
)


def _extend_prefix(text: str, start: int, floor: int) -> int:
    """Take in what a name's acronym leaves out: "Office of the", "U.S." before a long form."""
    if not enabled("long_form_prefix"):
        return start
    for prefix in (_OFFICE_PREFIX, _NATION_PREFIX):
        match = prefix.search(text, max(floor, start - 20), start)
        if match and match.end() == start:
            start = match.start()
    return start


# A hyphen glued to a name's first capital: after a lower-case word ("wing-National"), or
# opening the word ("-Police", a dash set against the name it introduces).
_GLUED_HYPHEN = lazy_pattern(r"^(?:[a-z]+)?[-\u2010\u2011](?=[A-Z][a-z])")
# An en dash with a letter right on either side: "Lewis\u2013McChord".
_JOINING_DASH = lazy_pattern(r"(?<=[^\W\d_])\u2013(?=[^\W\d_])")


def _cost(letters: str, words: list[Word] | None) -> int | None:
    """What a long form leaves of its acronym's words unmatched (None for none found, or one
    a fallback reading found rather than a plain alignment)."""
    return alignment_cost(letters, words) if words else None


@rule("acronym", off=lambda text, letters, words, best: best)
def dash_glued_name(
    text: str, letters: str, words: list[Word], best: list[Word] | None
) -> list[Word] | None:
    """A dash written with no space beside it is not the break between two names that a
    spaced dash is. A hyphen glued to a capitalized name sets a lower-case descriptor before
    it apart ("an air wing-Lamp Oil Squadron (LOS)", "paramilitary units -Wick Guard (WG)"):
    the name, which the acronym spells, opens after the hyphen, though the word runs on
    over it. That reading is taken only when it spells the acronym with fewer words left out
    than the word read whole ("the sub-Lampish Wick Division (SWD)" keeps its prefix, which
    gives the S). And an en dash between two letters joins the parts of one name
    ("Lampton\u2013McWick Depot (LMD)", as "Dallas\u2013Fort Worth" does): it ends no clause
    where the long form is sought, as a spaced dash or an em dash does. On a heading's or a
    list item's own line, though, such a dash is as often the mark after a lead-in, the topic
    a directory files the unit under ("Yards\u2013Office of Yards & Chimney Sweeping (OCY)",
    as "Yards\u2014Office ..." is): there the name after the dash is read first, and the
    joined one only when that gives no definition (``_line_acronym``). A hyphen between two
    capitalized parts ("Anti-Wick Unit") is one word, as before. Returns the long form's words."""
    split: list[Word] = []
    glued = False
    for word in words:
        match = _GLUED_HYPHEN.match(word.text)
        if match is None:
            split.append(word)
            continue
        glued = True
        hyphen = word.start + match.end() - 1
        if hyphen > word.start:
            split.extend(words_in(text, word.start, hyphen))
        split.extend(words_in(text, hyphen + 1, word.end))
    if not glued:
        return best
    found = best_long_form(letters, split, text)
    cost, found_cost = _cost(letters, best), _cost(letters, found)
    if found_cost is not None and (cost is None or found_cost < cost):
        return found
    return best


def long_form_before(
    text: str, floor: int, end: int, acronym: str, page_words: PageWords | None = None
) -> tuple[int, int] | None:
    """Span of the long form of ``acronym`` that ends at ``end``, not reaching before floor
    (``page_words``, the words of the whole text, saves tokenizing the span again)."""
    words = page_words(floor, end) if page_words is not None else words_in(text, floor, end)
    letters = acronym_letters(acronym)
    best = dash_glued_name(text, letters, words, best_long_form(letters, words, text))
    if not best:
        return None
    start, stop = _span_text(text, best)
    return _extend_prefix(text, start, floor), stop


# A line a paragraph wraps at a width, not at the end of a thought: long, and ending on a word
# or a comma, not on a sentence's or a label's stop.
_WRAPPED_LINE = 40
# A line's last word that leaves its name open, though it ends on no letter: an initialism's
# dots ("the U.S.") or an ampersand ("Wicks &").
_OPEN_ENDING = lazy_pattern(r"(?:^|\s)(?:(?:[A-Z]\.){2,}|&)$")


@rule("acronym", off=False)
def wrapped_long_form(text: str, newline: int) -> bool:
    """A long form may run over a line break where a paragraph is wrapped at a width, as a
    printed or plain-text page's paragraphs are: "... transmission service on the Lamp\nOil
    Administration (LOA) network", "... of the Department of Wicks and\nLamp Oil (DWLO)".
    The break is a wrap when the line before it is a full line of text (long, and not much
    shorter than the line it breaks to: a heading's or a label's line is shorter than the
    paragraph after it) and ends on a word or a comma, not on a sentence's, a clause's or a
    label's stop (an initialism's dots, "the U.S.\nDepartment of Lamps (USDL)", and an
    ampersand, "Wicks &\nLamp Oil (WLO)", stop nothing); then the words before the break
    may spell the acronym too. A break after a short line ("Wick Division\nOil Office
    (OO)") or after a full stop or a colon still ends the clause, and a name's run of
    capitalized words (``name_run_before_long_form``) does not cross it."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if len(line) < _WRAPPED_LINE:
        return False
    if not (line[-1].isalnum() or line[-1] == "," or _OPEN_ENDING.search(line)):
        return False
    next_end = text.find("\n", newline + 1)
    following = text[newline + 1 : len(text) if next_end < 0 else next_end].rstrip()
    return len(line) * 4 >= len(following) * 3


def _long_form(text: str, span: tuple[int, int]) -> str:
    """A long form's words as written, a line break that wraps them read as a space."""
    long_form = text[span[0] : span[1]]
    return " ".join(long_form.split()) if "\n" in long_form else long_form


def _sentence_floor(text: str, start: int, paren: int, joining: bool = True) -> int:
    """Where the clause holding the parenthesis begins (a line break that only wraps a
    paragraph's text ends no clause: ``wrapped_long_form``; an en dash between two letters
    ends none either, ``dash_glued_name``, unless ``joining`` is False)."""
    floor = start
    for mark in ("(", ")", ";", ":", "“", "”", '"', "—", "–"):
        found = text.rfind(mark, start, paren)
        if mark == "–" and joining and enabled("dash_glued_name"):
            while found >= 0 and _JOINING_DASH.match(text, found):
                found = text.rfind(mark, start, found)
        if found >= 0:
            floor = max(floor, found + 1)
    found = text.rfind("\n", floor, paren)
    wraps = 0
    while found >= 0 and wraps < 2 and wrapped_long_form(text, found):
        wraps += 1
        found = text.rfind("\n", floor, found)
    if found >= 0:
        floor = max(floor, found + 1)
    return floor


register(
    "parenthesized_acronym",
    "acronym",
    """An acronym and the words it spells side by side, one of them in parentheses: "Long Form
    (LF)", letters matched to word starts and never starting on a function word, or "LF (Long
    Form)", the acronym just before the parenthesis; or a code in square brackets after the
    name, "Long Form [X/LF]", whose routing prefix ("X/") stands for no word.""",
)


def _bracketed_codes(page: PageLayout, start: int, end: int) -> list[AcronymDefinition]:
    """ "Office of Lamps [L/OL]": the code after a name, spelled by the name's words once its
    routing prefix is set aside."""
    text = page.text
    found = []
    for match in _BRACKET.finditer(text, start, end):
        code = match.group(1).strip()
        if not is_acronym(code):
            continue
        floor = _sentence_floor(text, start, match.start())
        prefix = _ROUTING_PREFIX.match(code)
        letters = code[prefix.end() :] if prefix else code
        span = long_form_before(text, floor, match.start(), letters, page.page_words)
        if span and text[span[0] : span[1]] != code:
            found.append(AcronymDefinition(code, _long_form(text, span), *span, start, end))
    return found


# "WR & E", "WOL OL": capitals in two to four groups, spaced, or an ampersand between them.
_SPACED_ACRONYM = lazy_pattern(r"^[A-Z][A-Z.]*(?: (?:&|[A-Z][A-Z.]*)){1,3}$")


@rule("acronym", off=False)
def spaced_acronym(inner: str) -> bool:
    """An acronym written in spaced groups of capitals, in parentheses after its long form:
    "Wick Retention and Exchange (WR & E)", "Whole-of-Lamp Oil Ledger (WOL OL)". Its letters,
    spaces and ampersands set aside, spell the long form as any acronym's do; a parenthesis
    of plain words ("(see below)", "(Lamp Office)") has lower-case letters or a capitalized
    word and is not one."""
    if " " not in inner or not _SPACED_ACRONYM.match(inner):
        return False
    return is_acronym(inner.replace(" ", ""))


# An acronym with a plural ending, an "s" or an apostrophe and "s": "LBs", "GlDeps", "LB's".
_PLURAL_ENDING = lazy_pattern(r"(?P<stem>[^'’]+?)['’]?s")


def _plural_stem(inner: str) -> str | None:
    """What is left of an acronym in parentheses without its plural ending, when that is an
    acronym ("LB's", "GlDeps"; not "Lamps" or "Lamp's")."""
    match = _PLURAL_ENDING.fullmatch(inner)
    return match.group("stem") if match and is_acronym(match.group("stem")) else None


def _names_several(text: str, span: tuple[int, int]) -> bool:
    """Whether a long form names several bodies: no possessive after it ("Lamp Board('s)",
    "Office of Glass Lamps(')"), and its head in the plural: the word before its first "of"
    when it has one ("Depots of Wick Excellence"; not "Department of Lamp Stores", whose
    plural is its field's), else its last word ("Lamp Boards")."""
    if text[span[1] : span[1] + 1] in ("'", "’"):
        return False
    words = text[span[0] : span[1]].split()
    head = next((word for word, after in itertools.pairwise(words) if after == "of"), words[-1])
    return plural_word(head)


@rule("acronym", off=None)
def plural_acronym(page: PageLayout, floor: int, paren: int, inner: str) -> tuple[int, int] | None:
    """An acronym in parentheses may be written in the plural, its long form naming several
    bodies of a kind: "Lamp Boards (LB's)", "Glass Depots (GlDeps)". The plural ending is no
    word of the long form: an apostrophe and "s" ("LB's", "LB’s"), or a lower-case "s" after
    an acronym in mixed case, whose capitals open the words it takes letters from ("GlDeps":
    "Gl" of "Glass", "Dep" of "Depots"). The long form is what the acronym spells without
    its ending, read only when nothing spells it as written, and only when it is a plural,
    its head: the word before its first "of" ("Depots of Wick Excellence (DoWE's)"; not
    "Department of Lamp Stores (DoLS's)"), else its last word: "The
    Lamp Board's (LB's) rules", "the Office of Glass Lamps' (OGL's) office" are possessives,
    of one body, and define nothing. The acronym is published as written. An
    acronym in capitals and an "s" ("LBs") was read so already. What is left without the
    ending must be an acronym: a word in parentheses ("Lamps", "Lamp's") has no plural
    ending to set aside. The long form's span, or None."""
    stem = _plural_stem(inner)
    if stem is None:
        return None
    span = long_form_before(page.text, floor, paren, stem, page.page_words)
    return span if span is not None and _names_several(page.text, span) else None


# Words that open a sentence with a capital but never a name ("Its Lamp Office (LO) ...").
_DETERMINERS = frozenset(
    {"its", "their", "his", "her", "my", "these", "those", "that", "each", "every", "all"}
    | {"both", "some", "any", "no", "other", "such", "an"}
)


# What follows a name's long form on a line that is the name alone: its acronym in parentheses.
_ACRONYM_ALONE = lazy_pattern(r"\s*\([^()]{1,120}\)[\s.:;]*")


@rule("acronym", off=None)
def name_run_before_long_form(
    page: PageLayout, clause: int, floor: int, start: int, long_form: str
) -> int | None:
    """A long form spelled by its acronym's letters may be the tail of a longer proper name:
    "the Wick and Tallow Lamp and Glass Bureau (LGB)", "the Eastland Bureau of Tallow
    Wicks (BOTW)", "Northern Wick Affairs (WA)". The capitalized words just before it (and the
    "and", "of", "for", "&" between them) belong to the name when nothing but spaces separates
    them and the run opens its sentence or line or follows "the". It stops
    at punctuation, a possessive, a word in capitals (an acronym, "U.S."), a sentence's opening
    preposition or pronoun, and at a unit noun when the long form itself opens with one (two
    units side by side: "Lamp Bureau Office of Wicks"), and before "for" after a post ("Assistant
    Warden for Wick Affairs (WA)": the acronym spells the post's field). A run that opens a
    sentence with no "the" is read only when it opens with a unit noun or opens its line,
    the name and its acronym alone there ("... oversight. Manages Wick Projects (WP)." is a
    duty). Where the name run starts, or None."""
    text = page.text
    words = page.words(floor, start)
    opens_with_unit = long_form.split(" ", 1)[0].lower() in UNIT_NOUNS
    new_start = None
    pending = None  # connectors taken in only when a capitalized word precedes them
    edge = start
    for word in reversed(words):
        if text[word.end : edge].strip() or "\n" in text[word.end : edge]:
            break
        bare = word.bare
        if not of_a_name(word) or not bare[:1].isalpha():
            break
        if word.is_connector:
            if bare.lower() == "for" and new_start is None:
                # "Assistant Warden for Wick Affairs (WA)": the post's field is what the
                # acronym spells, not the post
                before = page.words(floor, word.start)
                if before and before[-1].bare.lower() in POSITION_WORDS:
                    break
            pending = word.start if pending is None else pending
            edge = word.start
            continue
        if bare.isupper():  # a single capital or an initialism as well
            break
        if opens_with_unit and bare.lower() in UNIT_NOUNS:
            break
        new_start = word.start
        pending = None
        edge = word.start
    if new_start is None:
        return None
    first = text[new_start:start].split(" ", 1)[0].lower()
    if first in OPENING_PREPOSITIONS or first in PRONOUNS or first in _DETERMINERS:
        return None
    opening = max(clause, text.rfind("\n", clause, new_start) + 1)
    before = page.words(opening, new_start)
    if before:
        return new_start if before[-1].bare.lower() == "the" else None
    if text[opening:new_start].strip():
        return None
    # A sentence may open on a verb or an adverb ("Contact Wick Affairs (WA) ...", "Currently
    # ..."): with no "the" before it, a run is read so when it opens with a unit noun ("Office
    # of Lamp Wick Affairs (WA) ...") or its line is the name and its acronym alone.
    if first in UNIT_NOUNS:
        return new_start
    if not LINE_OPENING.fullmatch(text, text.rfind("\n", 0, new_start) + 1, new_start):
        return None  # "... oversight. Manages Wick Projects (WP).": a sentence, not a line
    line_end = text.find("\n", start)
    rest = text[start + len(long_form) : len(text) if line_end == -1 else line_end]
    return new_start if _ACRONYM_ALONE.fullmatch(rest) else None


def _with_name_run(
    page: PageLayout, start: int, floor: int, span: tuple[int, int]
) -> tuple[int, int]:
    """A long form's span, opened back to the run of a name's words before it
    (:func:`name_run_before_long_form`) where there is one."""
    run = name_run_before_long_form(page, start, floor, span[0], page.text[span[0] : span[1]])
    return span if run is None else (run, span[1])


# An acronym in two parts and the mark that joins them: "DW: TK", "OLW-GWK", "OLW – GWK".
_COMPOUND_ACRONYM = lazy_pattern(
    r"(?P<head>[A-Za-z][A-Za-z0-9.&]*)\s*[-–—:/]\s*(?P<tail>[A-Za-z][A-Za-z0-9.&]*)"
)
# The marks that join a compound name's two names: a hyphen, a dash, a colon, a slash.
_JOINTS = "-–—:/"
# A qualifier in parentheses that closes a name, words and no acronym: "(Northern Affairs)",
# "(North-East)"; after a word, a number or a roman numeral too: "(Ward 4)", "(Zone II)".
_QUALIFIER_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|and|of|&)"
_QUALIFIER = lazy_pattern(
    rf"\({_QUALIFIER_WORD}(?: (?:{_QUALIFIER_WORD}|\d{{1,4}}|[IVX]{{1,4}}))*\)$"
)


def _wrapped_after_joint(text: str, newline: int) -> bool:
    """Whether a line break right after a joint's mark only wraps a paragraph at a width
    (``wrapped_long_form``, which reads a line that ends on a mark as a stop): the line that
    ends with the mark is a full line of text, not much shorter than the line after it."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip(" \t")
    if len(line) < _WRAPPED_LINE or line[-1] not in _JOINTS:
        return False
    next_end = text.find("\n", newline + 1)
    following = text[newline + 1 : len(text) if next_end < 0 else next_end].rstrip()
    return len(line) * 4 >= len(following) * 3


@rule("acronym", off=None)
def compound_acronym(
    page: PageLayout, start: int, paren: int, inner: str
) -> tuple[int, int] | None:
    """An acronym in parentheses may be written in two parts joined by a mark, a hyphen, a
    dash, a colon or a slash, after a long form written in two parts joined the same way: a
    post or a body and the part of it that is named ("Deputy Warden: Tallow Keeping (DW: TK)",
    "Office of the Lamp Warden (Northern Affairs) - Glass Wharf Keepers (OLW-GWK)"). Each
    part spells its own name, the last the words from the joint to the parenthesis, the
    first the words just before the joint (past a qualifier in parentheses that closes its
    name: words, and after a word a number or a roman numeral, "(Northern Affairs)",
    "(Ward 4)", "(Zone II)", "(North-East)"; no acronym). A paragraph wrapped at a width
    may break its line right after the mark ("... the Office of the Lamp Warden –" over
    "Glass Wharf Keepers (OLW–GWK) ..."): the break is crossed when the line that ends with
    the mark is a full line of text, not a short line's label or heading. The long form is
    both names and the mark between them, as written, and the acronym is published as
    written. Read only when the acronym's letters spell no long form as one run of words
    (as "Lamp Office - Glass Division (LO-GD)" does, a clause's colon, dash or parenthesis
    cutting the run off from the words the first part spells): a code with a part that
    spells nothing ("LO-7", "W/LO", "GWK-East") or a second name that does not open right
    after a joint ("Deputy Warden and Tallow Keeping (DW: TK)") defines nothing. The long
    form's span, or None."""
    match = _COMPOUND_ACRONYM.fullmatch(inner)
    if match is None or not (is_acronym(match["head"]) and is_acronym(match["tail"])):
        return None
    text = page.text
    floor = _sentence_floor(text, start, paren)
    tail = long_form_before(text, floor, paren, match["tail"], page.page_words)
    if tail is None:
        return None
    joint = tail[0]
    while joint > start and text[joint - 1] in " \t":
        joint -= 1
    if joint > start and text[joint - 1] == "\n" and _wrapped_after_joint(text, joint - 1):
        joint -= 1  # "... the Office of the Lamp Warden –\nGlass Wharf Keepers (OLW–GWK)"
        while joint > start and text[joint - 1] in " \t":
            joint -= 1
    if joint <= start or text[joint - 1] not in _JOINTS:
        return None
    head_end = joint - 1
    while head_end > start and text[head_end - 1] in " \t":
        head_end -= 1
    qualifier = _QUALIFIER.search(text, start, head_end)
    name_end = head_end
    if qualifier is not None:
        name_end = qualifier.start()
        while name_end > start and text[name_end - 1] in " \t":
            name_end -= 1
    head_floor = _sentence_floor(text, start, name_end)
    head = long_form_before(text, head_floor, name_end, match["head"], page.page_words)
    if head is None or head[1] != name_end:
        return None
    return head[0], tail[1]


def _definitions_in_sentence(page: PageLayout, start: int, end: int) -> list[AcronymDefinition]:
    text = page.text
    found: list[AcronymDefinition] = []
    if not enabled("parenthesized_acronym"):
        return found
    if "[" in text[start:end]:
        found.extend(_bracketed_codes(page, start, end))
    for match in _PAREN.finditer(text, start, end):
        inner = match.group(1).strip().strip(QUOTES)
        paren = match.start()
        floor = _sentence_floor(text, start, paren)
        spaced = not is_acronym(inner) and spaced_acronym(inner)
        written = spaced or is_acronym(inner)
        plural = enabled("plural_acronym") and _plural_stem(inner) is not None
        if written or plural:
            by = "spaced_acronym" if spaced else "parenthesized_acronym"
            span = None
            if written:
                span = long_form_before(text, floor, paren, inner, page.page_words)
            if span is None and plural:
                span = plural_acronym(page, floor, paren, inner)
                by = "plural_acronym"
            if span is None:
                span = compound_acronym(page, start, paren, inner)
                by = "compound_acronym"
            if span and text[span[0] : span[1]] != inner:
                span = _with_name_run(page, start, floor, span)
                expansion = _long_form(text, span)
                found.append(AcronymDefinition(inner, expansion, *span, start, end, found_by=by))
            continue
        span = compound_acronym(page, start, paren, inner)
        if span is not None:
            found.append(
                AcronymDefinition(
                    inner, _long_form(text, span), *span, start, end, found_by="compound_acronym"
                )
            )
            continue
        before = page.words(floor, paren)
        if not before or not is_acronym(before[-1].bare):
            continue
        acronym = before[-1].bare
        inner_words = page.words(match.start(1), match.end(1))
        letters = acronym_letters(acronym)
        cost = alignment_cost(letters, inner_words)
        if cost is None and inside_letters_allowed(letters):
            cost = alignment_cost(letters, inner_words, inside=True)
        if len(inner_words) >= 2 and cost is not None and cost <= max_skipped(acronym):
            span = _span_text(text, inner_words)
            found.append(AcronymDefinition(acronym, text[span[0] : span[1]], *span, start, end))
    return found


# An acronym a linking word introduces after its long form: ", or LSO,", "(the LSO)",
# "(hereafter LSO)", ", also known as LSO,". A run of words before it ends with the link.
_LINKED_ACRONYM = lazy_pattern(
    r"(?P<link>,\s+(?:or|also known as|hereafter|hereinafter)\s+(?:the\s+)?"
    r"|\(\s*(?:the|or|hereafter|hereinafter|also known as|known as|referred to as)\s+(?:the\s+)?)"
    r"[\"“]?(?P<acronym>[A-Za-z0-9][A-Za-z0-9/&.\-]*)[\"”]?"
    r"(?=\s*\)|\s*[,;:]|\.(?:\s|$)|\s*$)"
)


@rule("acronym", off=[])
def linked_acronym(page: PageLayout, start: int, end: int) -> list[AcronymDefinition]:
    """An acronym a linking word introduces right after its long form: "The Lamp Safety
    Office, or LSO, trains keepers", "the Lamp Safety Office (the LSO)", "(hereafter LSO)",
    ", also known as LSO,". The long form is the words just before the link that spell the
    acronym, as for "Long Form (LF)"; the acronym ends at punctuation or the parenthesis'
    close ("..., or LSO staff" is not a definition), and the full stop of a sentence that
    ends with it ("Write to the Lamp Safety Office, or LSO.") is not the acronym's, as the
    dots of "L.S.O." are."""
    text = page.text
    found: list[AcronymDefinition] = []
    for match in _LINKED_ACRONYM.finditer(text, start, end):
        acronym = match.group("acronym")
        if acronym.endswith(".") and "." not in acronym[:-1]:  # "..., or TSO." ends a sentence
            acronym = acronym[:-1]
        if not is_acronym(acronym):
            continue
        floor = _sentence_floor(text, start, match.start())
        span = long_form_before(text, floor, match.start(), acronym, page.page_words)
        if span is None:
            continue
        span = _with_name_run(page, start, floor, span)
        found.append(
            AcronymDefinition(
                acronym, _long_form(text, span), *span, start, end, found_by="linked_acronym"
            )
        )
    return found


# A word in capitals that may be an acronym, after another word: what a block needs to hold
# for ``acronym_after_name`` to read it.
_CAPITALS_AFTER_WORD = lazy_pattern(r"\w[ \t]+[A-Za-z0-9]*[A-Z][A-Za-z0-9/&.\-]*[A-Z0-9]")


def _number_follows(text: str, words: list[Word], index: int) -> bool:
    """Whether a number follows the word at ``index`` on its line, spaces apart: a code and
    its number ("Glass Room GR 204", "Lamp Form LF 50"), not an acronym after its name."""
    if index + 1 >= len(words):
        return False
    after = words[index + 1]
    return after.text[:1].isdigit() and not text[words[index].end : after.start].strip(" \t")


def _from_word_starts(letters: str, words: list[Word]) -> bool:
    """Whether ``words`` spell ``letters`` from the starts of their words: each capital (or
    digit) of the acronym is the first letter of its own word, every content word gives one
    and a function word may give one ("Board of Lamps BOL"); a word may also give the
    lower-case letters that follow its first ("Lamp Chandlery LCh"), and a dotted initialism
    all its letters ("U.S."). A capital from a word's second letter ("Lamp Office LOF") is
    not read: without parentheses nothing else marks the pair."""

    @functools.cache
    def spell(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j]
        if word.is_connector and spell(i, j + 1):
            return True
        bare = word.bare
        if i == len(letters) or not bare or letters[i].lower() != bare[0].lower():
            return False
        if DOTTED_INITIALISM.fullmatch(bare):
            initials = bare.replace(".", "").lower()
            return letters[i : i + len(initials)].lower() == initials and spell(
                i + len(initials), j + 1
            )
        taken = 1
        while True:
            if spell(i + taken, j + 1):
                return True
            if (
                i + taken < len(letters)
                and taken < len(bare)
                and letters[i + taken].islower()
                and letters[i + taken] == bare[taken]
            ):
                taken += 1
                continue
            return False

    return spell(0, 0)


def _prefix_opening_name(page: PageLayout, floor: int, start: int) -> int:
    """Where a long form ``acronym_after_name`` reads starts once it takes in the unit noun
    its acronym leaves out (``long_form_prefix``: "Department of Rural Studies RS"), only
    when that noun opens the name: no capitalized word of the name before it ("Glass
    Bureau of the Lamp Office LO" defines LO as "Lamp Office" alone, the acronym spelling
    no word of the bureau's)."""
    extended = _extend_prefix(page.text, start, floor)
    if extended == start:
        return start
    before = page.words(floor, extended)
    if before and before[-1].capitalized and not before[-1].is_connector:
        return start
    return extended


@rule("acronym", off=[])
def acronym_after_name(
    page: PageLayout, start: int, end: int, defined: set[str]
) -> list[AcronymDefinition]:
    """An acronym may follow the name it spells with nothing but a space between them, no
    parentheses, as a heading or a row of names writes it ("Federal Lamp Office FLO", "the
    Board of Wick Supply BWS (North) staff"). It defines the name only when the words just
    before it on its line spell every letter of it from the starts of their words, no content
    word left out (without the parentheses nothing else marks the pair, so the words must
    account for every letter and the acronym for every word): each capital is its own word's
    first letter ("Lamp Office LOF" is not read), a word may add the lower-case letters that
    follow its first ("Federal Lamp Chandlery FLCh") and a dotted initialism gives all its
    letters ("U.S."); a number after the acronym makes it a code ("Glass Room GR 204", "Lamp
    Form LF 50 is filed"), not a definition; those words are a name: each
    content word capitalized, none in capitals (another acronym, or a heading set in capitals:
    "LAMP OFFICE LO"), nothing between the name and the acronym but spaces (a full stop, a
    possessive or a line break ends the name: "... to the Lamp Office. LO staff ..."), the
    name ends on a content word and has two at least ("Lampworks LW" is one word spelling
    two letters), and the acronym stands as written, not in the possessive ("the Lamp Office
    LO's staff"). The unit noun that heads the name and that the acronym leaves out is
    taken in only when it opens the name ("Department of Rural Studies RS"), not after a
    capitalized word: "Glass Bureau of the Lamp Office LO" defines LO as "Lamp Office". An
    acronym the page defines otherwise (in parentheses, in brackets, on a
    name's line) keeps that definition, and only an acronym's first such pair is read. A
    unit named with the acronym after it is named without it, the acronym its own
    (``name_before_its_acronym``)."""
    text = page.text
    found: list[AcronymDefinition] = []
    words = page.words(start, end)
    for index in range(1, len(words)):
        word = words[index]
        acronym = word.bare
        # (the acronym as written: a sentence's full stop after it, no possessive)
        if acronym in defined or not is_acronym(acronym) or acronym != word.text.rstrip("."):
            continue
        last = words[index - 1]
        if text[last.end : word.start].strip(" \t"):
            continue
        # the long form ends on ``last`` (a suffix of the words before): the checks on every
        # word of it, made first on that one, spare aligning most acronyms at all
        if last.is_connector or not of_a_name(last):
            continue
        if _number_follows(text, words, index):
            continue
        letters = acronym_letters(acronym)
        floor = _sentence_floor(text, max(start, text.rfind("\n", 0, word.start) + 1), word.start)
        spelled = best_long_form(letters, page.words(floor, word.start), text)
        if (
            not spelled
            or last.is_connector
            or sum(not w.is_connector for w in spelled) < 2
            or alignment_cost(letters, spelled) != 0
            or not _from_word_starts(letters, spelled)
            or any(in_capitals(w) or not (w.is_connector or w.capitalized) for w in spelled)
            or any(w.closes_name for w in spelled)
        ):
            continue
        span = _span_text(text, spelled)
        span = (_prefix_opening_name(page, floor, span[0]), span[1])
        found.append(
            AcronymDefinition(
                acronym, _long_form(text, span), *span, start, end, found_by="acronym_after_name"
            )
        )
        defined.add(acronym)
    return found


# The rules that read an acronym written right after its name, with no parentheses.
_RUN_ON_ACRONYMS = frozenset({"acronym_after_name", "acronym_column"})


def name_before_its_acronym(name: str, definitions: Definitions) -> tuple[str, str | None] | None:
    """A unit's name that ends with the acronym ``acronym_after_name`` (or ``acronym_column``)
    read right after it ("Board of Lamps BOL"): the name without it and, when the name is
    that acronym's whole long form, the acronym, the unit's own; None for any other name. A
    longer name that ends with the long form ("Glass Bureau of the Lamp Office LO", "Glass
    Desk, Lamp Office LO") is named without the acronym, which is the unit's it spells, not
    its own. The acronym is no word of the name it follows. A heading's unit is so named
    where the heading is read, before units are indexed and merged by name (the "Lamp
    Office" prose named before is the heading "Lamp Office LO"'s unit, one row); the page's
    other names when the page is assembled."""
    head, _, last = name.rstrip().rpartition(" ")
    if not head:
        return None
    ending = None
    for definition in definitions.with_acronym(last):
        if definition.found_by not in _RUN_ON_ACRONYMS or not ends_with(head, definition.expansion):
            continue
        if name_tokens(head) == name_tokens(definition.expansion):
            return head.rstrip(), last
        ending = head.rstrip()
    return None if ending is None else (ending, None)


register(
    "acronym_column",
    "acronym",
    """Lines that each write a name and, after a space, a word in capitals (a code list's
    rows, headings that give each body's acronym after its name: "Lamp Works Office LWO",
    "Wick Board WB") are one column: when two lines of a kind at least spell their word by
    ``acronym_after_name``, the word ending another line of that kind is its name's acronym
    too though it does not spell the name word by word, a code that clips the name's words
    ("Lamp Tally Commission LATAC", "Glass & Soot Department GLASOD") or an acronym of the name
    in another language. Why: a column's last word is the same field on every row, and a
    unit's name with its code run on ("Lamp Tally Commission LATAC") is no unit's name. The
    line must be the name and the word alone (a remark after it, a number: another layout);
    the name a name (each content word capitalized, none in capitals, two at least, no
    sentence's stop; a possessive may stand inside it, "the Warden's Office WO"); and the
    word's letters must be the name's: its first opens one of the name's words and the rest
    follow in the name in order ("Lamp Office NW", a region after a name, is not read), past
    that word into a later one unless they clip it, its first letters ("Wick Tally Board
    TAL"); and the word is none of the name's words. Why: a word whose letters stand
    scattered in one word of the name, or that is one of its words in capitals, is that
    word's tag, a place or a post written again after the name ("Texas Lamp Office TX",
    "Lamp Oil Depot DPT", "Kumasi Lamp Depot KUMASI", "Tema Harbour Office TEMA"), not a
    code of the name. A roman numeral is no acronym but the unit's number in a series
    ("Investigation Unit II", "Division of Inventories IV"): read as a code, it would take
    the number off the name and make one unit of the series' units.""",
)
# A line's name and the word in capitals that ends it: "Lamp Tally Commission LATAC".
_NAME_THEN_WORD = lazy_pattern(r"(?P<name>\S(?:.*\S)?)[ \t]+(?P<word>\S+)[ \t]*")
# A roman numeral of two letters at least, a unit's number in a series: "II", "IV", "XII".
_SERIES_NUMERAL = lazy_pattern(r"(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})")


def _letters_follow(letters: str, words: list[Word]) -> bool:
    """Whether ``letters``' first opens one of ``words`` and the rest follow it in order in
    the words' letters, the last past the word the first opens, or they open a word, clipping
    it (a code of the name, not a tag of one of its words: ``acronym_column``)."""
    letters = letters.lower()
    if any(word.bare.lower() == letters for word in words):
        return False  # one of the name's words written again in capitals
    if any(not w.is_connector and w.bare.lower().startswith(letters) for w in words):
        return True
    folded = ""
    openings = []
    for word in words:
        if not word.is_connector and word.bare[:1].lower() == letters[:1]:
            openings.append(len(folded) + 1)
        folded += word.bare.lower() + " "
    for opening in openings:
        position = opening
        # the letters between the first and the last as early as they stand, so that the
        # last may stand as late as it can
        for letter in letters[1:-1]:
            position = folded.find(letter, position) + 1
            if position == 0:
                break
        else:
            if folded.rfind(letters[-1], position) > folded.find(" ", opening):
                return True
    return False


def _column_line(page: PageLayout, block: Block) -> tuple[str, list[Word]] | None:
    """A line that is a name and a word in capitals after it, as the word and the name's
    words; None for any other block (``acronym_column``)."""
    if block.kind not in (HEADING, LIST_ITEM) or "\n" in block.text.strip():
        return None
    match = _NAME_THEN_WORD.fullmatch(block.text.strip())
    if match is None or not is_acronym(match["word"]) or not match["word"].isupper():
        return None
    if _SERIES_NUMERAL.fullmatch(match["word"]):
        return None
    offset = block.start + block.text.index(match["name"])
    words = page.words(offset, offset + len(match["name"]))
    content = [w for w in words if not w.is_connector]
    if len(content) < 2 or words[-1].is_connector or words[0].is_connector:
        return None
    for word in words:
        possessive = word.text.endswith(("’s", "'s")) and word is not words[-1]
        if word.closes_name and not possessive:
            return None
        if not word.is_connector and (not word.capitalized or in_capitals(word)):
            return None
    return match["word"], words


def column_acronyms(page: PageLayout, found: list[AcronymDefinition]) -> list[AcronymDefinition]:
    """The acronyms of a column's lines that ``acronym_after_name`` left unread
    (``acronym_column``), given the definitions ``found`` so far."""
    if not enabled("acronym_column"):
        return []
    spelled = [d for d in found if d.found_by == "acronym_after_name"]
    defined = {d.acronym for d in found}
    lines = [(block, line) for block in page.blocks if (line := _column_line(page, block))]
    spelled_by_kind: dict[str, int] = {}  # a kind of block's lines whose word spells its name
    for block, (word, _) in lines:
        if any(d.acronym == word and block.start <= d.expansion_start < block.end for d in spelled):
            spelled_by_kind[block.kind] = spelled_by_kind.get(block.kind, 0) + 1
    out: list[AcronymDefinition] = []
    for block, (word, words) in lines:
        if spelled_by_kind.get(block.kind, 0) < 2 or word in defined:
            continue
        if not _letters_follow(acronym_letters(word), words):
            continue
        span = _span_text(page.text, words)
        out.append(
            AcronymDefinition(
                word,
                page.text[span[0] : span[1]],
                *span,
                block.start,
                block.end,
                found_by="acronym_column",
            )
        )
        defined.add(word)
    return out


def _after_names(page: PageLayout, defined: set[str]) -> list[AcronymDefinition]:
    """Every definition of ``acronym_after_name`` on the page, sentence by sentence."""
    found: list[AcronymDefinition] = []
    for block in page.blocks:
        if not _CAPITALS_AFTER_WORD.search(block.text):
            continue
        for start, end in page.sentences(block.start, block.end):
            found.extend(acronym_after_name(page, start, end, defined))
    return found


def definitions_in_block(page: PageLayout, block: Block) -> list[AcronymDefinition]:
    """Acronym definitions written out in one block (none without a parenthesis, a bracket
    or a comma)."""
    if "(" not in block.text and "[" not in block.text and "," not in block.text:
        return []
    out = []
    for start, end in page.sentences(block.start, block.end):
        out.extend(_definitions_in_sentence(page, start, end))
        out.extend(linked_acronym(page, start, end))
    return out


def _line_acronym(
    page: PageLayout, block: Block, joining: bool = False
) -> tuple[str, int, int] | None:
    """The acronym a line ends with, "Name (ACR)", and where its name starts (after any
    lead-in: "Yards—Office of Yards & Chimney Sweeping (OCY)", "Yards–Office ...", unless
    ``joining``: an en dash between letters then joins one name, "Lampton–McWick Depot") and
    ends; or the acronym after the name in a directory's row ("Office of Wicks OW
    555-555-0100")."""
    text = page.text
    row = directory_name(block.text)
    if row is not None and row[1] is not None and is_acronym(row[1]):
        return row[1], block.start, block.start + len(row[0])
    close = block.end
    while close > block.start and text[close - 1] in " .":
        close -= 1
    if close <= block.start or text[close - 1] != ")":
        return None
    paren = text.rfind("(", block.start, close)
    if paren <= block.start:
        return None
    inner = text[paren + 1 : close - 1].strip().strip(QUOTES)
    if not is_acronym(inner):
        return None
    start = _sentence_floor(text, block.start, paren, joining=joining)
    while start < paren and not text[start].isalnum():
        start += 1
    return (inner, start, paren) if start < paren else None


def _spelled_in_order(letters: str, name: str) -> bool:
    """Whether the acronym's first letter starts the name and the rest follow in it in order
    (Schwartz-Hearst's test: "TPR" in "Taper Records", "OCY" in "Office of Yards & Chimney
    Sweeping")."""
    folded = name.lower()
    letters = letters.lower()
    if not letters or not folded.startswith(letters[0]):
        return False
    position = 1
    for letter in letters[1:]:
        position = folded.find(letter, position) + 1
        if position == 0:
            return False
    return True


register(
    "name_line_acronym",
    "acronym",
    """A heading or list item that is a name and its acronym, "Name (ACR)", defines ACR even
    when its letters do not spell the name word by word (and so does a directory's row,
    "Office of Wicks OW 555-555-0100"): as the fuller name the heading's
    section writes ("Zoning Audits (OZA)" over "The Office of Zoning Audits ..."), as "Office
    of Name" for leading O's the name lacks ("Audits (OAU)"), else as the name itself when the
    acronym starts with its first letter and the rest follow in order ("Taper Records (TPR)",
    "Inner Bureau of the Lamp Warden (IB)").""",
)


def _from_section_body(
    page: PageLayout, section: Section, acronym: str, name: str
) -> AcronymDefinition | None:
    """The long form the section's own text gives in full around the heading's name."""
    text = page.text
    pattern = re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE)
    for block in section.body:
        for start, end in page.sentences(block.start, block.end):
            for match in pattern.finditer(text, start, end):
                span = long_form_before(text, start, match.end(), acronym, page.page_words)
                if span and span[0] < match.start():
                    return AcronymDefinition(
                        acronym,
                        text[span[0] : span[1]],
                        *span,
                        start,
                        end,
                        found_by="name_line_acronym",
                    )
    return None


def _line_definition(
    page: PageLayout, block: Block, found: tuple[str, int, int], section: Section | None
) -> AcronymDefinition | None:
    """A line "NAME (ACR)" whose long form the section body completes, leaves short, or
    spells loosely."""
    acronym, name_start, paren = found
    text = page.text
    written = text[name_start:paren].strip()
    if not written:
        return None
    name_end = name_start + len(written)
    name = _long_form(text, (name_start, name_end))
    if section is not None:
        definition = _from_section_body(page, section, acronym, name)
        if definition is not None:
            return definition
    letters = acronym_letters(acronym)
    name_words = page.words(name_start, paren)
    office_dropped = any(
        _spells_with_office_dropped(letters, dropped, name_words)
        for dropped in range(1, len(letters))
        if letters[:dropped] == "O" * dropped
    )
    if not office_dropped and not _spelled_in_order(letters, name):
        return None
    return AcronymDefinition(
        acronym,
        name,
        name_start,
        name_end,
        block.start,
        block.end,
        missing_prefix="Office of" if office_dropped else None,
        found_by="name_line_acronym",
    )


def _spells_with_office_dropped(letters: str, dropped: int, name_words: list[Word]) -> bool:
    """Whether the name spells the acronym's letters after its first ``dropped`` O's (the
    "Office of" a heading leaves out)."""
    cost = alignment_cost(letters[dropped:], name_words)
    return cost is not None and cost <= max_skipped(letters)


register(
    "longest_expansion_only",
    "acronym",
    """An acronym defined twice on a page, once with a long form that is the tail of the
    other's ("Office of Lamp Glowmarks (LG)", "Lamp Glowmarks (LG)"), is defined once, by the
    longer long form: the shorter one is the same name cut short.""",
)


def find_definitions(page: PageLayout) -> Definitions:
    """Every acronym definition on the page, first occurrence of each pair first."""
    found: list[AcronymDefinition] = []
    for block in page.blocks:
        found.extend(definitions_in_block(page, block))
    defined = {definition.acronym for definition in found}
    if enabled("name_line_acronym"):
        sections = {section.heading.start: section for section in page.walk()}
        for block in page.blocks:
            if block.kind not in (HEADING, LIST_ITEM):
                continue
            found_line = _line_acronym(page, block)
            if found_line is None or found_line[0] in defined:
                continue
            line = _line_definition(page, block, found_line, sections.get(block.start))
            if line is None:
                # the name run on over an en dash that only joins its parts (``dash_glued_name``)
                joined = _line_acronym(page, block, joining=True)
                if joined is not None and joined != found_line:
                    line = _line_definition(page, block, joined, sections.get(block.start))
            if line is not None:
                found.append(line)
                defined.add(line.acronym)
    if enabled("acronym_after_name"):
        found.extend(_after_names(page, defined))
    found.extend(column_acronyms(page, found))
    chosen: dict[tuple[str, str], AcronymDefinition] = {}
    for definition in sorted(found, key=lambda d: (d.expansion.isupper(), d.expansion_start)):
        chosen.setdefault((definition.acronym, definition.expansion.lower()), definition)
    # a long form that is the tail of another is that name cut short (``longest_expansion_only``)
    tails = (
        {
            (other.acronym, " ".join(words[cut:]))
            for other in chosen.values()
            for words in [other.expansion.lower().split(" ")]
            for cut in range(1, len(words))
        }
        if enabled("longest_expansion_only")
        else set()
    )
    fullest = [d for d in chosen.values() if (d.acronym, d.expansion.lower()) not in tails]
    return Definitions(sorted(fullest, key=lambda d: (d.expansion_start, d.acronym)))
