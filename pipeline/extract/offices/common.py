"""Helpers that several families of unit rules share: the index of units found by name
(``UnitIndex``, ``unit_named``, ``unit_key``), a unit's type and its sentence, and the counts,
unit nouns and patterns their readings have in common. Kept apart so that no family imports
another family just for a helper."""

from __future__ import annotations

import functools
import itertools
import re

from pipeline.extract.list_units.filters import refers_back
from pipeline.extract.list_units.lead_ins import (
    COMPOSED_PARTICIPLE,
    DIRECTION_NOUN,
    FOLLOWING,
    MADE_OF_VERB,
    OTHERS_VERB,
    SUBDIVIDED,
    plural_unit_noun,
)
from pipeline.extract.names import (
    PAREN_AFTER,
    content_tokens,
    name_tokens,
    noun_before_of,
    without_acronyms,
)
from pipeline.extract.records import UnitType
from pipeline.extract.units import Unit, ancestors
from pipeline.text.blocks import PARAGRAPH, PREPOSITIONS, Block, head_noun
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.sections import PageLayout
from pipeline.text.sentences import sentence_spans
from pipeline.text.vocabulary import (
    CONNECTORS,
    DIRECTORATE_NOUNS,
    FUNCTION_VERBS,
    HONORIFICS,
    LEADING_VERBS,
    LISTING_NOUNS,
    NUMBER_WORDS,
    OPENING_QUOTES,
    POSITION_WORDS,
    PROGRAM_DESCRIPTORS,
    PROGRAM_NOUNS,
    TEAM_NOUNS,
    UNIT_NOUNS,
    in_the_present,
)
from pipeline.text.words import singular_noun

# The verbs of leading a body ("heads", "leads"), as a pattern's alternatives.
LEADS_VERB = "|".join(sorted(LEADING_VERBS))


def span_text(text: str, blocks: list[Block]) -> str | None:
    return text[blocks[0].start : blocks[-1].end] if blocks else None


def sentence_at(text: str, blocks: list[Block], position: int) -> tuple[int, int]:
    """The span of the sentence holding ``position``."""
    for block in blocks:
        if block.start <= position < block.end:
            for start, end in sentence_spans(text, block.start, block.end):
                if start <= position < end:
                    return start, end
            return block.start, block.end
    return position, position


# What follows a unit's name when the text calls it a program: "X (XP) program", "X is a
# two-year fellowship" (both read case-insensitively, as the name is).
_PROGRAM_NOUN_AFTER = lazy_pattern(
    r"(?:\s*\([^()]*\))?\s+(" + "|".join(sorted(PROGRAM_NOUNS)) + r")\b", re.IGNORECASE
)
_IS_A_DESCRIPTOR = lazy_pattern(
    r"\s+is\s+an?\s+(?:[\w‑-]+\s+){0,3}?(" + "|".join(sorted(PROGRAM_DESCRIPTORS)) + r")\b",
    re.IGNORECASE,
)
_CLAUSE_WORD = lazy_pattern(r"\b(?:where|that|which|for|to|of|with|who)\b")
# The only characters a case-insensitive pattern reads as an ASCII letter that lower() does
# not turn into that letter alone: dotted capital I, dotless i, long s, the Kelvin sign.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _name_then(name: str, text: str, after: re.Pattern[str]) -> bool:
    """Whether ``name``, in any case, stands in ``text`` just before what ``after`` matches.

    An ASCII name is looked for in the lower-cased text (what a case-insensitive pattern of it
    matches, unless the text holds one of ``_FOLDS_TO_ASCII``): a pattern compiled for each
    name cost far more than the search once Python's pattern cache no longer held it, as on
    every page not seen before."""
    if not name.isascii() or any(odd in text for odd in _FOLDS_TO_ASCII):
        return re.search(re.escape(name) + after.pattern, text, re.IGNORECASE) is not None
    folded, folded_name = text.lower(), name.lower()
    at = folded.find(folded_name)
    while at >= 0:
        if after.match(text, at + len(name)):
            return True
        at = folded.find(folded_name, at + 1)
    return False


def _program_signals(text: str, name: str, body: list[Block]) -> bool:
    """Whether the text calls a unit a program, initiative or fellowship."""
    if _name_then(name, span_text(text, body) or "", _PROGRAM_NOUN_AFTER):
        return True
    for block in body:
        if block.kind != PARAGRAPH:
            continue
        first_start, first_end = sentence_spans(text, block.start, block.end)[0]
        sentence = text[first_start:first_end]
        head = _CLAUSE_WORD.split(sentence, maxsplit=1)[0]
        if set(name_tokens(head)) & PROGRAM_DESCRIPTORS:
            return True
        if _name_then(name, sentence, _IS_A_DESCRIPTOR):
            return True
    return False


def unit_type(text: str, name: str, body: list[Block], *, is_group: bool) -> UnitType:
    """Unit type from wording: office names, program language, position titles."""
    tokens = set(name_tokens(name))
    if tokens & DIRECTORATE_NOUNS and "office" not in tokens:
        return UnitType.DIRECTORATE
    if tokens & TEAM_NOUNS and "office" not in tokens:
        return UnitType.OTHER
    if tokens & UNIT_NOUNS - {"program", "corps"}:
        return UnitType.OFFICE
    if not is_group and _program_signals(text, name, body):
        return UnitType.PROGRAM
    if tokens & POSITION_WORDS:
        return UnitType.LEADERSHIP
    return UnitType.OTHER if is_group else UnitType.OFFICE


PROSE_UNIT_NOUNS = frozenset(
    {"office", "bureau", "division", "directorate", "center", "team", "branch", "unit"}
)
_PREDICATE_UNIT = lazy_pattern(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:is|serves as)\s+(?:a|an|the|one of the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bureau|office|division|component|directorate|team|unit)s?\b"
)


# Words of a verb of composition may be separated by any run of white space.
COMPOSED = lazy_pattern(
    (
        r"\b(?:consists? of|comprises?(?: of)?|is (?:made up|composed|comprised) of|includes?"
        r"|is organized into|(?:is|are) (?:" + SUBDIVIDED + r"|divided) into|oversees"
        r"|(?:is|are) responsible for)\b"
    ).replace(" ", r"\s+")
)
# "the Bureau, consisting of A, B, and C", "a staff comprising A and B": the participle.
_COMPOSED_PARTICIPLE = lazy_pattern(r"\b(?:" + COMPOSED_PARTICIPLE + r")\b")
# The plural nouns that name a body's parts when a sentence counts or lists them: the
# listing nouns but "programs" (a body's work, not its units).
PARTS_LISTING_NOUNS = LISTING_NOUNS - {"programs"}
# "works closely with other offices, including ...", "supports partner units -- A, B, C --": a
# plural noun that is the object of a verb of working with, reporting to or supporting (and up
# to three words before it) names bodies beside or above the subject, not its parts.
OTHERS_OBJECT = lazy_pattern(OTHERS_VERB + r"\s+(?:[A-Za-z][\w-]*\s+){0,3}\Z")


def search_with(
    pattern: re.Pattern[str], pieces: tuple[str, ...], text: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search`` within ``text[start:end]``, run only when the span holds one of the
    ``pieces`` every match of the pattern holds (the pattern tries every word boundary; most
    sentences hold none)."""
    # map() of the bound test runs in C, with no generator frame: this runs per sentence
    if not any(map(text[start:end].__contains__, pieces)):
        return None
    return pattern.search(text, start, end)


ANY_UNIT_NOUNS = UNIT_NOUNS - {"department", "agency", "program", "staff"}


MAX_NAME_WORDS = 14


def is_prose_unit(text: str, phrase: Phrase, sentence_end: int, *, defined: bool) -> bool:
    words = name_tokens(phrase.text)
    if not 2 <= len(words) <= MAX_NAME_WORDS or {"department", "agency"} & set(words):
        return False
    if words[-1] in PROSE_UNIT_NOUNS:
        return True
    if defined and words[-1] in ANY_UNIT_NOUNS:
        return True
    if noun_before_of(words, PROSE_UNIT_NOUNS):
        return True
    return bool(_PREDICATE_UNIT.match(text, phrase.end, min(sentence_end, phrase.end + 120)))


# What stands between two names of one series: commas, semicolons, "and", "the".
SERIES_GAP = lazy_pattern(r"\s*[,;]?\s*(?:(?:and|or)\s+)?(?:the\s+)?")


def series_runs(text: str, phrases: list[Phrase]) -> list[list[int]]:
    """The runs of ``phrases`` (by index) linked one to the next by a comma or a semicolon,
    "and" or "or", "the" only (``SERIES_GAP``): a series' names, each run one series."""
    if not phrases:
        return []
    runs: list[list[int]] = [[0]]
    for index, (a, b) in enumerate(itertools.pairwise(phrases), start=1):
        if SERIES_GAP.fullmatch(text, a.end, b.start) is not None:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


# A subject whose parts are members, not units: "The Commission is composed of ...",
# "Senior management is made up of ...".
MEMBERS_SUBJECT = lazy_pattern(
    r"\b(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Aa]ssembly|[Mm]anagement)\b"
)
# Words that make a name ending in "Services" the services a body offers, not a unit.
OFFERED = frozenset({"our", "your", "their", "its", "these", "those", "other", "all", "such"})
TERRITORIAL_NOUNS = frozenset({"region", "district", "area", "zone"})


# What a unit opening a paragraph does: a verb of function in the present ("handles", "is
# responsible", "oversees"), a closed class; a plural noun after a name ("offices are") is none.
_FUNCTION_VERBS = "|".join(in_the_present(verb) for verb in FUNCTION_VERBS)
# What may stand between a sentence's opening subject and its verb: the subject's acronym in
# parentheses, "also", "primarily", "mainly".
BEFORE_SUBJECT_VERB = r"(?:\s*\([^()]{1,40}\))?\s+(?:also\s+|primarily\s+|mainly\s+)?"


# What may open a name only as a determiner: "Each Department is headed by ...".
NOT_A_NAME_OPENING = frozenset({"each", "every", "all", "any", "no", "this", "that", "its", "our"})


# What stands between a listed name and the separator or the verb of composition before it.
LIST_GLUE = frozenset(
    {
        "the",
        "and",
        "or",
        "also",
        "as",
        "well",
        "both",
        "its",
        "their",
        "namely",
        "including",
        "a",
        "an",
    }
)
_ITEM_SEPARATOR = lazy_pattern(r"[,;:\n]|[.!?]\s")


def starts_list_item(text: str, start: int, verb_end: int | None = None) -> bool:
    """Whether a name at ``start`` opens an item of a list: between it and the comma, colon
    or verb of composition before it (or ``verb_end``, where the sentence's verb ends) only
    names and "the", "and", "or" ("includes the Oil Department", ", and the Glass
    Department"), no verb of its own ("works with the")."""
    lo = max(0, start - 300) if verb_end is None else max(verb_end, start - 300)
    separators = list(_ITEM_SEPARATOR.finditer(text, lo, start))
    segment = text[separators[-1].end() if separators else lo : start]
    verbs = [*COMPOSED.finditer(segment), *_COMPOSED_PARTICIPLE.finditer(segment)]
    if verbs:
        segment = segment[max(verb.end() for verb in verbs) :]
    return all(
        word[0].isupper() or word.lower() in LIST_GLUE
        for word in re.findall(r"[^\W\d_][\w’'-]*", segment)
    )


# "Director of the Office of Wicks", "Chief of the Lamp Division": the head of a unit named
# in full (a deputy, associate or assistant is a position of its own).
SECOND_TITLES = r"(?:Deputy|Assistant|Associate|Executive|Senior)"


AND_BETWEEN = lazy_pattern(r"\s+and\s+(?:the\s+)?")
MAX_POSITION_WORDS = 8


_FOLLOWING = lazy_pattern(
    r"\s*(?:The\s+)?following\b[^.:]*?\b(?:report(?:s|ing)?(?:\s+directly)?\s+to|under|within)"
    r"\s+(?:the\s+)?(?P<name>[A-Z][^.:]*?)\s*[.:]?\s*$"
)
# "Within the Wick Division", "Within Lamp Services", "Inside the Lamp Bureau": a preposition
# of standing within a unit before its name (_WITHIN_IS, _OPENING_HOST); ``bare`` matches
# when "Within" has no "the" after it.
WITHIN_UNIT = r"Within\s+(?:the\s+|(?P<bare>))|Inside\s+the\s+"
# "under the direction of the", "underneath the umbrella of": a noun of direction between
# "under" and a name (_UNDER_DIRECTION_IS, _OPENING_HOST; read case-insensitively).
UNDER_DIRECTION = r"(?:under|underneath)\s+the\s+" + DIRECTION_NOUN + r"\s+of\s+(?:the\s+)?"


def worded_as_unit(name: str) -> bool:
    return bool(set(name_tokens(name)) & (UNIT_NOUNS | POSITION_WORDS))


def unit_named(
    text: str,
    name: str,
    start: int,
    parent: Unit,
    *,
    found_by: str,
    parent_by: str | None,
    is_group: bool = True,
    end: int | None = None,
) -> Unit:
    """A unit the text names at ``start`` and says nothing more of: no heading, no
    description, its name its evidence (or the text to ``end``, when the span that names it
    holds more than the name as read: "Wick Unit (WU)")."""
    kind = unit_type(text, name, [], is_group=is_group)
    return Unit(
        name,
        None,
        kind,
        None,
        None,
        start,
        start + len(name) if end is None else end,
        parent,
        found_by=found_by,
        parent_by=parent_by,
    )


def named_unit(
    text: str,
    name: str,
    start: int,
    *,
    by_tokens: dict[frozenset[str], Unit],
    top: Unit,
    units: list[Unit],
    finder: str,
) -> Unit:
    """The unit a sentence names as the one others report to, found or made (under the top)."""
    key = unit_key(name)
    found = by_tokens.get(key)
    if found is not None:
        return found
    unit = unit_named(text, name, start, top, found_by=finder, parent_by=top_parent_by(top))
    by_tokens[key] = unit
    units.append(unit)
    return unit


def paren_end(text: str, end: int, limit: int) -> int:
    """The end of a name with the parenthesis right after it: "Office of X (OX)"."""
    match = PAREN_AFTER.match(text, end, min(limit, end + 24))
    return match.end() if match else end


def top_parent_by(top: Unit) -> str:
    return "default_root" if top.parent is None else "under_page_subject"


def section_part(
    text: str,
    name: str,
    start: int,
    owner: Unit,
    top: Unit,
    *,
    found_by: str,
    is_group: bool = False,
) -> Unit:
    """A unit the text names at ``start`` inside the section of ``owner``: placed by the
    section when the section is a unit's, else by the page's top unit."""
    parent_by = top_parent_by(top) if owner is top else "inside_section"
    return unit_named(
        text, name, start, owner, found_by=found_by, parent_by=parent_by, is_group=is_group
    )


@functools.lru_cache(maxsize=1 << 14)
def unit_key(name: str) -> frozenset[str]:
    """Names of one unit: "Chief Procurement Office" and "Office of the Chief Procurement
    Officer" share their words once the office holder is read as the office."""
    return frozenset(
        "office" if token == "officer" else singular_noun(token)
        for token in content_tokens(without_acronyms(name))
    )


# The finders of a unit a section's heading names: the heading's own, and the rule that keeps
# a series' last heading with no text under it.
SECTION_FINDERS = frozenset({"section_heading", "series_last_bare_heading"})


def names_a_unit(heading: str) -> bool:
    """Whether a heading with no text under it still names a unit or a position."""
    return bool(set(name_tokens(heading)) & (UNIT_NOUNS | POSITION_WORDS))


def words_before_preposition(name: str) -> list[str]:
    """A name's lower-case words up to its first preposition ("Wick Section Heads in the Lamp
    Office" -> wick, section, heads)."""
    return list(itertools.takewhile(lambda w: w not in PREPOSITIONS, name_tokens(name)))


# Plural nouns that name several units or bodies ("Counsel Sections" too), and the words
# after which a heading goes on to say whose units they are ("Organisations under the
# Department of Lamps").
GROUP_NOUNS = LISTING_NOUNS | frozenset(
    {
        "groups",
        "organisations",
        "agencies",
        "bodies",
        "boards",
        "committees",
        "councils",
        "authorities",
        "commissions",
        "sections",
    }
)
OUR = frozenset({"our", "the", "its", "their", "these"})
WORD = lazy_pattern(r"[^\W\d_][\w'’-]*")


def unit_opening(*openers: str) -> re.Pattern[str]:
    """The opening of a text that calls what it is about by a unit noun after one of
    ``openers``, no name's capital nor a parenthesis after the noun: "The Directorate is ...",
    "This bureau trims ...", "This Committee, set up in spring, trims ..." (not "The Soot
    Removal Service cleans ...", a name in full)."""
    return re.compile(rf"\s*(?:{'|'.join(openers)})\s+(?P<noun>[^\W\d_]+)\b(?!\s+[A-Z(])")


def opening_unit_noun(opening: re.Pattern[str], text: str) -> str | None:
    """The unit noun (or "headquarters") ``text`` opens with as ``opening`` reads it."""
    match = opening.match(text)
    noun = match.group("noun").lower() if match is not None else None
    return noun if noun in UNIT_NOUNS | {"headquarters"} else None


POSTS = POSITION_WORDS - {"general", "under", "associate", "principal"}
# An honorific opening a line before a capitalized name ("Ms. Jane Doe", "Professor Dame
# Jane Doe").
HONORED_PERSON = lazy_pattern(r"(?:" + HONORIFICS + r"|Professor)\.?\s+[A-Z]\w")
MAX_PART_WORDS = 8

COUNTS = NUMBER_WORDS


def count_value(count: str) -> int:
    """The number a count gives, in figures or in words ("12", "Four")."""
    word = count.lower()
    return int(word) if word.isdigit() else COUNTS[word]


# The rules that find the units a sentence enumerates after a count or a colon: a unit they
# found is read as enumerated wherever the page's other readers ask (``_beside``).
ENUMERATION_FINDERS = ("enumerated_units", "counted_apposition")

# The mark before every list either pattern reads: a colon, or a dash after a space; or the
# words that stand for a colon after a count ("namely", "viz.", "i.e.", ", which are").
PARTS_MARK = lazy_pattern(r":|\s[–—-]|\snamely\b|\sviz\.|\si\.\s?e\.|,\swhich\sare\s")
# "the following departments directly report to the Warden: ...": "the following" and its
# plural noun (``FOLLOWING``), then a clause of up to 80 characters without a sentence's stop
# before the colon.
# Compiled at import, not lazily: a match is told apart by its pattern (``match.re is``).
FOLLOWING_PARTS = re.compile(FOLLOWING.pattern + r"[^:.;]{0,80}?:\s+")
# "The Chief leads: ...", "The headquarters consists of: ...": a verb of leading or of
# composition right before the colon.
# Compiled at import, not lazily: a match is told apart by its pattern (``match.re is``).
LEADS_PARTS = re.compile(
    r"\b(?:leads|oversees|supervises|directs|manages|consists?\s+of|comprises?|includes?"
    r"|(?:is|are)\s+(?:made\s+up|composed|comprised)\s+of)(?P<noun>)\s*:\s+"
)

# "The Bureau's directorates -- Wick Care (WKC), Oil Supply and Glass -- are ...", "the
# following offices – A, B and C – report to ...": a plural unit noun, then its names set off
# between two dashes (``dashed_parts``).
# Compiled at import, not lazily: a match is told apart by its pattern (``match.re is``).
DASHED_PARTS = re.compile(r"\b(?P<noun>[A-Za-z]+s)\s+(?P<mark>--|[–—])\s+(?=(?:the\s+)?[A-Z])")


# A document the sentence is about ("This report is divided into three sections:", "the
# annual plan has four sections:"): a determiner, then a lower-case document noun.
DOCUMENT_WORDS = frozenset(
    {
        *("report", "document", "plan", "guide", "manual", "handbook", "chapter", "part"),
        *("subpart", "article", "act", "law", "regulation", "rule", "code", "ordinance"),
        *("policy", "paper", "publication", "booklet", "brochure", "page", "site", "website"),
        *("form", "statement", "appendix", "title", "bill", "agreement", "charter"),
        *("constitution", "survey"),
    }
)


# What opens a name a sentence lists after a count: "and", "the" ("They are the A and the B").
NAMED_OPENING = r"^\s*(?:(?:and|or)\s+)?(?:the\s+)?"
# A quote that opens or closes a name (``vocabulary``'s quotes).
OPENING_QUOTE = "[" + re.escape(OPENING_QUOTES) + "]"
# A bracketed aside that holds a comma: what a part does or holds, no part of its name.
_LISTED_ASIDE = lazy_pattern(r"\s*\([^()]*,[^()]*\)")


def definite_pieces(listed: str) -> list[str]:
    """The names a ``definite_parts_named`` sentence lists: split at commas and at the last
    "and" (the series' joint: "A, B and C"), or at every "and" when it has no comma, a
    bracketed aside with a comma cut off (and all after an aside left open)."""
    listed = _LISTED_ASIDE.sub("", listed.strip().rstrip(" .;"))
    if "(" in listed and ")" not in listed[listed.index("(") :]:
        listed = listed[: listed.index("(")]  # an aside the page breaks off: no more names
    pieces = [piece.strip() for piece in listed.split(",")]
    if pieces and " and " in pieces[-1]:
        # "A and B", "A, B and C": the last "and" joins the series' last name
        *heads, last = pieces
        pieces = [*heads, *last.rsplit(" and ", 1)] if heads else last.split(" and ")
    return [re.sub(r"^(?:and|or)\s+", "", piece).strip() for piece in pieces if piece.strip()]


# A relative pronoun that opens a clause about the parts listed, a word in lower case after
# it: "..., and Oil that work together." ("Lamps which Fail" is a name's own).
RELATIVE_CLAUSE = lazy_pattern(r"\s*\b(?:that|which|who)\s+(?=[a-z])")
# The nouns that make a listed name a unit's (not a service, a program or a board it runs).
PART_NOUNS = frozenset(
    {
        "office",
        "bureau",
        "division",
        "directorate",
        "center",
        "centre",
        "branch",
        "unit",
        "section",
        "team",
        "group",
        "cluster",
        "secretariat",
        "desk",
        "institute",
    }
)
HOUSED = lazy_pattern(
    r"\s*(?:(?:The\s+)?(?P<child>[A-Z][\w&’'-]*(?:\s+(?:of|for|and|&|[A-Z][\w&’'-]*))*)\s+"
    r"(?:is|are)\s+)?(?:[Hh]oused|[Ll]ocated|[Pp]laced)\s+(?:with)?in\s+"
    r"(?:(?P<this>this|that)\s+(?:group|team|division|office|unit|branch|section|bureau)\b"
    r"|(?:the\s+)?(?P<place>[A-Z][\w&’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&’'-]*))*))"
)


# A name's words: capitalized words and the function words that join them ("of", "for",
# "and", "the", "&"): "Office of Oil and the Glass Team".
NAME = r"[A-Z][\w&’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&’'-]*))*"


# The owner before a host's name: "Lamp Board's " in "the Lamp Board's Glass Office".
POSSESSIVE_OWNER = lazy_pattern(r"[^,;]*?['’]s\s+(?=[A-Z])")


class UnitIndex:
    """The units found so far by name and acronym, so that a name in the text resolves to a
    unit in one look-up."""

    def __init__(self) -> None:
        self.by_key: dict[frozenset[str], Unit] = {}
        self.by_acronym: dict[str, Unit] = {}

    def add(self, unit: Unit) -> None:
        self.by_key.setdefault(unit_key(unit.name), unit)
        if unit.acronym:
            self.by_acronym.setdefault(unit.acronym, unit)

    def resolve(self, name: str) -> Unit | None:
        return self.by_acronym.get(name) or self.by_key.get(unit_key(name))


# The unit noun ``_subject_part`` leaves out by default, read for ``subject_peer_paragraph``.
DEPARTMENT_NOUN = frozenset({"department"})


def rank_noun(name: str) -> str | None:
    """The unit noun a name is worded with, its head noun (:func:`head_noun`: "Wick Supply
    Directorate" -> "directorate", "Office of Wicks" -> "office"), or None."""
    noun = head_noun(tuple(name_tokens(name)))
    return noun if noun in UNIT_NOUNS else None


def unit_shaped(words: list[str], nouns: frozenset[str] = ANY_UNIT_NOUNS) -> bool:
    """Whether a name's tokens are worded as a unit's: ending in one of the unit ``nouns``
    ("Wick Supply Directorate") or opening with one before "of" or "for" ("Division of Lamps
    A")."""
    return bool(words) and (
        words[-1] in nouns or (len(words) >= 2 and words[0] in nouns and words[1] in ("of", "for"))
    )


def opens_with_other_unit(page: PageLayout, start: int, end: int, owner: Unit) -> bool:
    """Whether a sentence opens with a unit's name, as its subject, that is not ``owner``'s."""
    phrases = page.phrases(start, end)
    if not phrases or phrases[0].start - start > len("The "):
        return False
    words = name_tokens(phrases[0].text)
    if not unit_shaped(words) or refers_back(phrases[0].text):
        return False
    key, own = unit_key(phrases[0].text), unit_key(owner.name)
    return not (key <= own or own <= key)


POSSESSIVE_ENDS = ("'s", "’s", "’", "'")


def section_owners(page: PageLayout, units: list[Unit], top: Unit) -> dict[int, Unit]:
    """The unit whose own section holds each block (by the block's start), the top unit for
    the rest."""
    owners: dict[int, Unit] = {}
    for unit in units:
        if unit is top:
            continue
        for block in unit.body:
            owners.setdefault(block.start, unit)
    return owners


# Last words that make a governed name a law, a document or an agreement the subject
# administers ("oversees the Lamp Safety Act", "the Wick Supply Agreement"), not a unit.
_INSTRUMENT_NOUNS = frozenset(
    {
        "act",
        "acts",
        "law",
        "laws",
        "statute",
        "statutes",
        "regulation",
        "regulations",
        "ordinance",
        "ordinances",
        "code",
        "treaty",
        "treaties",
        "agreement",
        "agreements",
        "contract",
        "contracts",
        "plan",
        "plans",
        "report",
        "reports",
    }
)


def names_instrument(words: list[str], nouns: frozenset[str] = _INSTRUMENT_NOUNS) -> bool:
    """ "Lamp Safety Act", "Wick Standards Regulations": a last word naming a law or a
    document (one of ``nouns``), with no preposition, "and" or "&" before it (not "Office of
    Plans", "Stores & Provisions")."""
    return len(words) > 1 and words[-1].lower() in nouns and words[-2].lower() not in CONNECTORS


def taken_spans(units: list[Unit]) -> list[tuple[int, int]]:
    """Where the units other rules found were read (``read_elsewhere``)."""
    return [(unit.evidence_start, unit.evidence_end) for unit in units]


def read_elsewhere(taken: list[tuple[int, int]], after: int, part: Phrase) -> bool:
    """Whether a name listed after a verb (from ``after``) overlaps a unit another rule read
    there: "oversees A, B and C" or "consists of A, B and C" is also a list of parts to
    ``enumerated_units``, which may keep "B and C" whole; the same words are not read again,
    cut differently (a unit read from a heading or a whole section starts before the verb)."""
    return overlaps_taken(taken, after, part.start, part.end)


def overlaps_taken(taken: list[tuple[int, int]], after: int, begin: int, end: int) -> bool:
    """Whether the words from ``begin`` to ``end`` overlap a unit another rule read from
    ``after`` on (``read_elsewhere`` for a name that is no phrase)."""
    return any(after <= start < end and begin < stop for start, stop in taken)


def short_form_of(name: str, units: list[Unit]) -> Unit | None:
    """The unit found whose name is ``name`` with a unit noun after it ("Ember Watch" for
    the "Ember Watch Center"): a page's short form of a unit it names in full."""
    key = " ".join(name.split()).casefold()
    for unit in units:
        words = unit.name.split()
        if (
            len(words) >= 2
            and words[-1].casefold() in UNIT_NOUNS | PART_NOUNS
            and " ".join(words[:-1]).casefold() == key
        ):
            return unit
    return None


# An acronym in parentheses that closes a name ("Commission of Oils (CO)").
_CLOSING_ACRONYM = lazy_pattern(r"\([A-Z][A-Za-z&]*\)$")


def such_as_names(series: str) -> list[str]:
    """The names of "A, B, the C Unit and D (DD)": split at commas and at an "and" after a
    name ending in a unit noun or an acronym ("Research and Planning Unit" stays whole)."""
    names: list[str] = []
    for raw in re.split(r",\s*", series):
        piece = re.sub(r"^and\s+", "", raw.strip())
        while True:
            for joint in re.finditer(r"\s+and\s+", piece):
                left = piece[: joint.start()]
                words = name_tokens(left)
                if _CLOSING_ACRONYM.search(left) or (words and words[-1] in ANY_UNIT_NOUNS):
                    names.append(left)
                    piece = piece[joint.end() :]
                    break
            else:
                break
        names.append(piece)
    return [re.sub(r"^the\s+", "", name).strip() for name in names if name.strip()]


def no_position(name: str) -> bool:
    """Whether a name names no position: no position word, or one inside a name worded as
    a unit ("Office of Wick Counsel", "Lamp Directors Unit")."""
    words = name_tokens(name)
    return bool(words) and (
        not set(words) & POSITION_WORDS or words[0] in ANY_UNIT_NOUNS or words[-1] in ANY_UNIT_NOUNS
    )


def of_partners(before: str) -> bool:
    """Whether the words of a sentence before what it counts or lists are about working with
    others ("The bureau works closely with five agencies, ...", "works with departments such
    as ..."): what follows names partners, not parts."""
    return re.search(r"\bwith\b", before) is not None


def part_plural(noun: str) -> bool:
    """A plural that names units, "agencies" for "agency" too (``plural_unit_noun``)."""
    lower = noun.lower()
    return plural_unit_noun(noun) or (lower.endswith("ies") and lower[:-3] + "y" in UNIT_NOUNS)


# "four Divisions in addition to a Wick Unit and the Oil Unit", "seven offices, as well as an
# office of Glass", "eight branches: A; B; and C, along with the Soot Bureau": a count of
# parts, up to three words and a plural noun, perhaps the list it counts after a colon, then
# a word that adds more parts to the counted ones, and a name after it.
BESIDES = r"(?:in\s+addition\s+to|as\s+well\s+as|along\s+with|together\s+with|besides|plus)"
NAME_TAIL = lazy_pattern(r"(?:\s+(?:of|for|and|the|&))+$")


# "The Lamp Bureau consists of the Wick Division and the Glass Division", "The Oil Division
# comprises the Department's Supply and Storage Units": a verb of composition after the
# sentence's subject (an outline marker and "The" before it aside).
COMPOSITION_VERB = lazy_pattern(
    r"\s(?:also\s+)?(?:" + MADE_OF_VERB + r"|houses|oversees|includes|encompasses|contains"
    r"|(?:is|are)\s+home\s+to|has\s+(?:a|an))\s"
)
COMPOSITION_PIECES = (
    "consist",
    "compris",
    "compos",
    "made up",
    "houses",
    "oversees",
    "includes",
    "encompasses",
    "contains",
    "home to",
    "has a",
)
# The parents a unit takes from where the page sets it, not from what the page says of it.
PLACED_BY_DEFAULT = frozenset({"default_root", "inside_section"})


# What stands right before a listed name: the start of the list, a comma or semicolon, "and",
# "or" or "the".
_LISTED_BEFORE = lazy_pattern(r"(?:^|[,;(]|\b(?:and|or|the|The))\s*$")


def listed_whole(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lists ``name`` as an item: after the list's start, a comma,
    "and", "or" or "the", and before a stop, a comma, a clause or the end."""
    at = text.find(name, start, end)
    while at >= 0:
        tail = text[at + len(name) : at + len(name) + 2]
        if (at == start or _LISTED_BEFORE.search(text, start, at)) and (
            not tail[:1].isalnum() and tail not in ("'s", "’s")
        ):
            return True
        at = text.find(name, at + 1, end)
    return False


# What opens a paragraph before the name of the unit it is about: spaces and "The".
BLOCK_OPENING = lazy_pattern(r"\s*(?:[Tt]he\s+)?")


def paragraph_subject_unit(text: str, block: Block, units: list[Unit]) -> Unit | None:
    """The unit whose name opens ``block``, "The" aside (the longest of them), as a whole:
    "Wick Offices across the realm" is about no Wick Office. The page's top unit too: in
    another unit's section, "The ministry consists of ..." after a paragraph about it lists
    the ministry's parts."""
    at = BLOCK_OPENING.match(text, block.start, block.end)
    start = at.end() if at else block.start
    named = [
        unit
        for unit in units
        if text.startswith(unit.name, start)
        and not text[start + len(unit.name) : start + len(unit.name) + 1].isalnum()
    ]
    return max(named, key=lambda unit: len(unit.name)) if named else None


def last_named(units: list[Unit], noun: str, before: int) -> Unit | None:
    """The unit named last before ``before`` whose name holds ``noun``, the one "This Office"
    refers to."""
    named = [u for u in units if u.evidence_start < before and noun in name_tokens(u.name)]
    return max(named, key=lambda u: u.evidence_start) if named else None


def names_whole(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names ``name`` as a whole, not as the end or the start of a
    longer name ("Director" in "Deputy Director", "Wick Division" in "Wick Division Staff")."""
    at = text.find(name, start, end)
    while at >= 0:
        before = text[start:at].split()
        after = text[at + len(name) : end].split()
        if (not before or not before[-1][:1].isupper()) and (
            not after or not after[0][:1].isupper()
        ):
            tail = text[at + len(name) : at + len(name) + 2]
            if not tail[:1].isalnum() and tail not in ("'s", "’s"):
                return True
        at = text.find(name, at + 1, end)
    return False


# A name that opens as a duty or a goal: an infinitive of purpose, perhaps after a label
# ("To trim the wicks", "VISION To keep every lamp lit"), "Responsible for", or a verb of
# function in the present before a lower-case object ("Provides wick repairs", "Oversees
# the oil stores").
DUTY_OPENING = lazy_pattern(
    r"(?:[A-Z]{2,}:?\s+)?To\s+[a-z]+\s"
    r"|Responsible\s+for\s"
    r"|(?i:" + _FUNCTION_VERBS + r")\s+(?!(?:and|or|of|for|to|in|on|at|by|with)\s)"
    r"(?:the|a|an|its|their|our)?\s*(?<![A-Za-z])(?=[a-z])(?!(?:the|a|an|its|their|our)\s)"
)


# Words for a picture or a file a heading captions or links to.
PICTURE_WORDS = frozenset({"chart", "charts", "map", "maps", "icon", "banner", "logo"})


# Words a page calls its own agency by: "The agency is headed by ...".
AGENCY_WORDS = frozenset(
    {"agency", "organization", "organisation", "authority", "institution", "body", "ministry"}
)


def agency_words(top: Unit) -> tuple[set[frozenset[str]], set[str]]:
    """The names the page's agency goes by (its name and its acronym, for it and the units
    above it) and the head nouns that stand for it after "The"."""
    names: set[frozenset[str]] = set()
    nouns = set(AGENCY_WORDS)
    for step in (top, *ancestors(top)):
        names.add(unit_key(step.name))
        if step.acronym:
            names.add(unit_key(step.acronym))  # keyed as a subject is: "LS" is {"l"}
        tokens = name_tokens(step.name)
        nouns.update(t for t in tokens if t in UNIT_NOUNS)
    return names, nouns
