"""Find named programs, initiatives and systems, the unit that mentions each, and their parents.

A program is named when a proper name comes with the word program or initiative ("Visa
Security Program", "the 287(g) program"), is listed after "programs such as" or "programs
include" or in a list a lead-in calls "the following programs", is set in
apposition to a system ("HR Connect, the Department's ... system"), contains another program
("one component within the ICE ACCESS"), is a unit the page calls a program, is the name of a
website or online service ("the Lampfinder website"), or heads a named strategy, framework or
roadmap ("the National Wick Strategy").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from pipeline.extract.acronyms import AcronymDefinition, is_acronym
from pipeline.extract.alignment import initials_match
from pipeline.extract.evidence import bounded
from pipeline.extract.ids import IdMaker
from pipeline.extract.list_units.builder import LIST_FINDERS
from pipeline.extract.list_units.item_finders import dash_label
from pipeline.extract.list_units.lead_ins import (
    COMPOSED_PARTICIPLE,
    DIVISION_PARTICIPLE,
    DIVISION_VERB,
    FOLLOWING,
    MADE_OF_VERB,
)
from pipeline.extract.names import (
    AND_GAP,
    DASH,
    HYPHENS,
    PAREN_AFTER,
    dash_qualified_name,
    name_tokens,
)
from pipeline.extract.offices.common import SECTION_FINDERS, names_instrument, sentence_at
from pipeline.extract.offices.name_filters import LAW_YEAR, WORD_OR_AMPERSAND
from pipeline.extract.records import Office, Program, UnitType
from pipeline.extract.root.common import AGENCY
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import HEADING, LABEL, LIST_ITEM, PARAGRAPH, PREPOSITIONS, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.prefilter import may_hold_ignorecase
from pipeline.text.sections import PageLayout, Section, is_furniture, is_section_label
from pipeline.text.vocabulary import (
    CONNECTORS,
    FUNCTION_VERBS,
    GENERIC_MODIFIERS,
    OPENING_PREPOSITIONS,
    POSITION_WORDS,
    SYSTEM_NOUNS,
    TASK_NOUNS,
    UNIT_NOUNS,
    in_the_present,
)
from pipeline.text.words import singular_noun

_KEYWORD = lazy_pattern(r"(?:program|programme|initiative)s?$", re.IGNORECASE)
_AFTER = lazy_pattern(
    r"\s*(?:\((?P<acronym>[^()]{1,16})\)\s*)?(?P<keyword>programs?|programmes?|initiatives?)\b",
    re.IGNORECASE,
)
_CONTAINER = lazy_pattern(
    r"\b(?:component|part|element|piece|subset)\s+(?:within|of|under|in)\s+(?:the\s+)?$"
)
_ENUMERATION = lazy_pattern(
    r"\b(?:programs|initiatives)\b(?:[^.;:]{0,200}?\b(?:such as|including)\s+|:\s+)"
)
_APPOSITION = lazy_pattern(r",\s+(?:the|an?)\s+([^,.;]{0,80})")
# What every program rule but apposition needs in a sentence (as its patterns read it).
_PROGRAM_WORD = lazy_pattern(r"program|initiative", re.IGNORECASE)
# How every apposition starts (the head of _APPOSITION), and the word that heads a system's
# proper name ("... Portal"): system_apposition reads a sentence only when it holds one.
_APPOSITION_MARK = lazy_pattern(r",\s+(?:the|an?)\s+")
_SYSTEM_HEADS = sorted(n.capitalize() for n in SYSTEM_NOUNS)
_SYSTEM_HEAD = lazy_pattern(r"\b(?:" + "|".join(_SYSTEM_HEADS) + r")\b")
# Characters the case-insensitive _PROGRAM_WORD reads as "i" that lower() does not make "i".
_ODD_I = ("\u0130", "\u0131")
_NEXT_WORD = lazy_pattern(r"\s+([a-z]+)")
# How far back from a name "one component within the" is looked for.
CONTAINER_WINDOW = 60
_LIST_GAP = r",?\s*(?:(?:and|or)\s+)?(?:the\s+)?"
# A listed name that a function word splits, completed up to its acronym: "Homes for Persons
# with Lamps (HPWL)" (checked against the acronym's letters).
_ITEM_TAIL = lazy_pattern(
    r"\s+(?:with|for|of|and|on|in|to|the)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}"
    r"(?=\s*\(\s*[\"'“”‘’]*(?P<acronym>[A-Za-z0-9&/.-]{2,16})[\"'“”‘’]*\s*\))"
)
_DETERMINERS = frozenset({"this", "that", "each", "our", "its", "their", "any", "all", "every"})
# What an office runs, named by the lower-case noun after its name ("the Lampfinder
# website", "the LampPay platform", "the Wick Grant scheme"), the name's acronym perhaps
# between ("the Lamp Safety Management (LSM) framework"); and a name said to be an online
# service ("Lamp Aid is an online resource ...").
SERVICE_KIND_NOUNS: tuple[str, ...] = (
    "website",
    "web site",
    "web portal",
    "portal",
    "platform",
    "mobile app",
    "app",
    "framework",
    "scheme",
)
_SERVICE_AFTER = lazy_pattern(
    r"\s+(?:\((?P<acronym>[^()]{1,16})\)\s+)?(?:"
    + "|".join(noun.replace(" ", r"\s+") for noun in SERVICE_KIND_NOUNS)
    + r")\b"
)
# The last word of each kind noun of _SERVICE_AFTER, one of which every match holds.
_SERVICE_KIND_PIECES = tuple(sorted({noun.split()[-1] for noun in SERVICE_KIND_NOUNS}))
# A coined name that starts in lower case, a capital inside it ("the lampPay portal"): a name
# phrase starts on a capital, so this one is read where a kind noun follows it.
_COINED_BEFORE_KIND = lazy_pattern(
    r"(?<![\w.@/-])[a-z]+[A-Z][A-Za-z0-9]*(?=" + _SERVICE_AFTER.pattern + ")"
)
_SERVICE_COPULA = lazy_pattern(
    r"\s+is\s+(?:a|an)\s+(?:(?:free|new|secure|single)\s+)?(?:(?:online|web-based|digital)\s+"
    r"(?:resource|service|tool|platform)|website|web\s+portal|portal|mobile\s+app|app)\b"
)
# What either pattern needs in a sentence, one of which every match of either holds: a kind
# noun's last word (the patterns read any white space between words and before the noun: "web
# site" may be "web\nsite") and the copula's adjectives, in lower case ("Portal" is a
# system's head). "app" is looked for after white space (_SPACE_APP): so many words hold it.
_SERVICE_WORDS = (
    *(piece for piece in _SERVICE_KIND_PIECES if piece != "app"),
    "online",
    "web-based",
    "digital",
)
_SPACE_APP = lazy_pattern(r"\sapp")
# The word before a service's name that makes it one thing the sentence talks about.
_NAME_DETERMINER = lazy_pattern(r"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Aa]n?)\s+$")
# A sentence-initial verb and article that a name phrase swallowed ("Developing the ...",
# "Apply on the ...").
_LEADING_VERB = lazy_pattern(r"^[A-Z][a-z]+\s+(?:[a-z]+\s+){0,3}?(?:the|a|an|our)\s+(?=[A-Z0-9])")
# Words of a government's or a public institution's own name, whose website is no service of
# an office ("the City of Lampton website", "the Lampton Archives website").
_GOVERNMENT_WORDS = frozenset(
    {
        "city",
        "state",
        "county",
        "government",
        "commonwealth",
        "province",
        "ministry",
        "archives",
        "library",
        "museum",
        "parliament",
        "court",
        "university",
    }
)
# The head nouns of a named plan (``PLAN_NOUNS``), capitalized as a name writes them.
_PLAN_WORDS = ("Strategy", "Framework", "Roadmap", "Blueprint", "Scheme")
# What may follow a plan's head inside its name: "for Lamps", "for the Lamp Government".
_PLAN_COMPLEMENT = lazy_pattern(r"\s+(?:for|of|on)\s+")
# A plan's name continued by a coordinated name ("the Lamp Strategy, Data & Wicks Division").
_COORDINATED_AFTER = lazy_pattern(r"\s*(?:,|and\b|&)\s*[A-Z]")


def _program_signs(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether ``text[start:end]`` holds a program word, and whether it holds an apposition
    mark, a system noun, a service word or a plan noun: what the program rules need. Each
    pattern runs only where a plain
    substring test finds what it needs (a comma, the noun, the word in lower case): the
    patterns, case-insensitive or opening on a word boundary, try every position."""
    fragment = text[start:end]
    if any(odd in fragment for odd in _ODD_I):
        maybe_word = True
    else:
        folded = fragment.lower()
        maybe_word = "program" in folded or "initiative" in folded
    program_word = maybe_word and _PROGRAM_WORD.search(text, start, end) is not None
    other = (
        ("," in fragment and _APPOSITION_MARK.search(text, start, end) is not None)
        or (
            any(head in fragment for head in _SYSTEM_HEADS)
            and _SYSTEM_HEAD.search(text, start, end) is not None
        )
        or any(word in fragment for word in _SERVICE_WORDS)
        or ("app" in fragment and _SPACE_APP.search(fragment) is not None)
        or any(word in fragment for word in _PLAN_WORDS)
    )
    return program_word, other


@dataclass
class Mention:
    """One mention of a program in the text."""

    name: str
    start: int
    end: int
    sentence: tuple[int, int]
    acronym: str | None = None
    part_of: str | None = None
    key: tuple[str, ...] = field(default=())
    found_by: str = "program_keyword"
    # Whether a lead-in calls it a program (``lead_in_calls_programs``): a name worded as a
    # service is one then.
    called: bool = False


register(
    "unit_called_program",
    "program",
    """A unit the page calls a program or initiative ("The X initiative is ...") is also a
    program.""",
)


def _key(name: str) -> tuple[str, ...]:
    tokens = name_tokens(name)
    while tokens and _KEYWORD.match(tokens[-1]):
        tokens = tokens[:-1]
    return tuple(tokens)


def _singular(name: str) -> str:
    return re.sub(r"(Initiative|Programme|Program)s$", r"\1", name)


class StandaloneNames:
    """Whether the page also writes a name without a program word after it ("287(g)" in "Read
    more about 287(g)"). A name phrase's text is the page's text at its span, so only the
    sentences where the name occurs are read, each once per name asked (scanning every
    sentence's phrases for the few names asked about cost a tenth of extraction)."""

    def __init__(self, page: PageLayout) -> None:
        self.page = page
        self.answers: dict[str, bool] = {}
        self.spans: list[tuple[int, int]] | None = None
        self.starts: list[int] = []

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        answer = self.answers.get(name)
        if answer is None:
            answer = self.answers[name] = self._written_alone(name)
        return answer

    def _written_alone(self, name: str) -> bool:
        page, text = self.page, self.page.text
        if self.spans is None:
            self.spans = [s for b in page.blocks for s in page.sentences(b.start, b.end)]
            self.starts = [start for start, _ in self.spans]
        read: set[int] = set()
        at = text.find(name) if name else -1
        while at >= 0:
            index = bisect.bisect_right(self.starts, at) - 1
            if index >= 0 and index not in read and at < self.spans[index][1]:
                read.add(index)
                start, end = self.spans[index]
                for phrase in page.list_parts(start, end):
                    if phrase.text == name and not _AFTER.match(text, phrase.end, end):
                        return True
            at = text.find(name, at + 1)
        return False


def _modifies_noun(text: str, position: int, end: int) -> bool:
    """ "program offices", "program managers": the program word is an adjective there."""
    following = _NEXT_WORD.match(text, position, end)
    if following is None:
        return False
    return following.group(1).rstrip("s") in {*UNIT_NOUNS, "manager", "area"}


# One word of hyphened parts and its last part, a word: "Lamp-wide", "10-week", "Lamp-Wick".
_HYPHENED_ADJECTIVE = lazy_pattern(
    rf"[^\s{HYPHENS}]+(?:[{HYPHENS}][^\s{HYPHENS}]+)*[{HYPHENS}](?P<last>[^\W\d_]+)"
)


@rule("filter", off=False)
def hyphened_adjective(name: str) -> bool:
    """One hyphened word whose last part is a lower-case word, before a lower-case program
    word ("a Lamp-wide program", "an immersive 10-week program", "a Wick-funded
    initiative"), is an adjective: it says how far, how long or by whom the program runs, and
    names no program. A name's parts are capitalized ("the Lamp-Wick program"), a name of two
    words or more is no one word ("the Glass Lamp-safe program"), and an acronym after the
    word makes it a name ("the Lamp-wick-safe (LWS) program"), not a year or a number in
    brackets ("a Lamp-wide (2024) program"). Any hyphen joins the parts ("Lamp\u2010wide"),
    and any lower-case letters make the last one ("Lamp-intérieur")."""
    match = _HYPHENED_ADJECTIVE.fullmatch(name)
    return match is not None and match.group("last").islower()


@rule("program", off=[])
def program_keyword(
    text: str, span: tuple[int, int], phrases: list[Phrase], standalone: StandaloneNames
) -> list[Mention]:
    """A proper name with the word program or initiative ("Visa Security Program", "the 287(g)
    program", "Initiative B4") names a program, all of it ("the Lamp and Wick Program") and
    only it ("Director of the Lamp Program", "Under the Program"); not a determiner's ("this
    program") nor an adjective's ("program offices")."""
    found = []
    for index, phrase in enumerate(phrases):
        words = phrase.text.split()
        if words[0].lower() in _DETERMINERS:
            continue
        if _KEYWORD.match(words[-1]) and len(words) >= 2:
            start = phrase.start
            lead = _LEADING_VERB.match(phrase.text)
            if lead and len(phrase.text[lead.end() :].split()) < 2:
                continue
            if lead and (
                words[0].lower() in POSITION_WORDS
                or _plural_opening(words[0], lead)
                or task_word_opening(lead)
            ):
                start += lead.end()
            joined = and_joined_program_title(text, span, phrases, index)
            if joined is not None and start == phrase.start:
                start = joined[1]  # "the Lamp and Wick Program": one name
            name = text[start : phrase.end]
            if plural_program_title(text, span, start, phrase.end):
                continue
            if not _PLURAL_VERB.match(text, phrase.end, span[1]):
                name = _singular(name)
            found.append(Mention(name, start, phrase.end, span))
            continue
        if len(words) == 2 and _KEYWORD.match(words[0]) and any(c.isdigit() for c in words[1]):
            found.append(Mention(phrase.text, phrase.start, phrase.end, span))
            continue
        if _KEYWORD.match(words[-1]) and index and phrase.start - phrases[index - 1].end <= 1:
            previous = phrases[index - 1]
            name = _singular(text[previous.start : phrase.end])
            found.append(Mention(name, previous.start, phrase.end, span))
            continue
        after = _AFTER.match(text, phrase.end, span[1])
        if not after or not (after.group("keyword").islower() or after.group("acronym")):
            continue
        if phrase.text.endswith(("'s", "’s", "’")) or _modifies_noun(text, after.end(), span[1]):
            continue
        if not is_acronym(after.group("acronym") or "") and hyphened_adjective(phrase.text):
            continue
        at_start = phrase.start <= span[0] + 4
        if (at_start and len(words) == 1 and not is_acronym(phrase.text)) or (
            phrase.text.lower() in _DETERMINERS
        ):
            continue
        keyword = after.group("keyword")
        if keyword.islower() and keyword.endswith("s") and enabled("generic_plural_programs"):
            found.extend(coordinated_programs(text, span, phrases, index))
            continue
        head, head_start = phrase.text, phrase.start
        joined = and_joined_name(text, span, phrases, index)
        if joined is not None and (
            not after.group("acronym") or initials_match(after.group("acronym"), joined[0])
        ):
            head, head_start = joined
        # the acronym the part after "and" spells; not yet the joined name's ("the Wick
        # Safety and Oil Care (WSOC) program", a known miss: given it, the program drew in
        # another one its acronym opens, "the WSOC Grants program", as one program)
        acronym = after.group("acronym")
        if acronym and not initials_match(acronym, phrase.text):
            acronym = None
        if not keyword.islower():
            name = f"{head} {_singular(keyword)}"
        elif head in standalone:
            name = head
        else:
            name = f"{head} {keyword}"
        found.append(Mention(name, head_start, after.end(), span, acronym=acronym))
    return found


# What may stand before a sentence's subject: white space, an opening phrase that a
# preposition heads or a single word opens ("Since 2010, ", "In Lampton, ", "However, "),
# a comma closing it, and an article. The opening's first letter is a capital, any script's.
_SUBJECT_OPENING = lazy_pattern(
    r"\s*(?:(?P<opening>[^\W\d_]+)\b(?P<rest>[^,.;:()]{0,60}),\s+)?(?:[Tt]he\s+)?"
)
# The prepositions an area's title follows: "advice on Lamp Assistance Programs".
_AREA_PREPOSITIONS = PREPOSITIONS | OPENING_PREPOSITIONS | {"about", "under", "into"}
# The word before a name, an article aside.
_WORD_BEFORE = lazy_pattern(r"(?:^|\s)(?P<word>\S+)\s+(?:the\s+)?$")
# A name among others: a capitalized word and a comma, "and", "or" or "&" right before it
# ("Oil Stores, Lamp Care Programs", "the Glass Laboratory and Wick Upkeep Programs"), or the
# same after it and a capitalized word ("Support for Wick Programmes and Projects").
_AMONG_BEFORE = lazy_pattern(
    r"(?<![\w.&'’-])(?P<first>[^\W\d_])[\w.&'’-]*"
    r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$"
)
_AMONG_AFTER = lazy_pattern(r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)(?P<first>[^\W\d_])")


def _capitalized(match: re.Match[str] | None) -> bool:
    """Whether a match's word beside a name opens with a capital, any script's ("Élan")."""
    return match is not None and match.group("first").isupper()


def _opening_phrase(opening: re.Match[str]) -> bool:
    """Whether what stands before a sentence's subject is an opening phrase: none, a single
    capitalized word ("However, ", "Also, ") or a phrase a preposition heads ("In Lampton, ")."""
    word = opening.group("opening")
    if word is None:
        return True
    if not word[0].isupper():
        return False
    return not opening.group("rest").strip() or word.lower() in _AREA_PREPOSITIONS


@rule("filter", off=False)
def plural_program_title(text: str, span: tuple[int, int], start: int, end: int) -> bool:
    """A proper name that ends in the plural program word ("Lamp Safety Programs", "Oil
    Initiatives", "Support for Wick Programmes") is the title of a group of programs, not one
    program's name, in three places: among units or other names, a comma, "and", "or" or "&"
    and a capitalized word (any script's) beside it (a unit's portfolio, "the Glass
    Laboratory and Wick Upkeep Programs", or a name's tail, "Office of Oil & Wick
    Initiatives"); after a preposition, as an area ("expertise on Lamp Assistance Programs to
    the field"); and on a line of its own ("Wick Programs"). Anywhere else it names programs
    that share it, read as one in the singular: a sentence's subject, at its start or after
    an opening phrase, a single word or a preposition's ("The Glass Apprentice Programs train
    cutters", "Since 2010, the Glass Apprentice Programs ...", "However, Glass Apprentice
    Programs ..."), a verb's object ("to expand the Lamp Safety Initiatives by building
    depots"), a subject in a clause ("says that the Lamp Internship Programs train
    cutters"). A name that a plural verb follows ("the Lamp Internship Programs provide ...")
    or its acronym in parentheses ("the Lamp Safety Programs (LSP)") is the programs' own
    name, wherever it stands."""
    if not text[start:end].endswith("s"):
        return False
    if _PLURAL_VERB.match(text, end, span[1]) or _named_acronym(text, end, span[1]):
        return False
    opening = _SUBJECT_OPENING.fullmatch(text, span[0], start)
    if opening is not None and _opening_phrase(opening):
        # the sentence's subject, unless nothing is said of it: a line of its own
        return not any(ch.isalnum() for ch in text[end : span[1]])
    before = text[span[0] : start]
    word = _WORD_BEFORE.search(before)
    return (
        (word is not None and word.group("word").lower() in _AREA_PREPOSITIONS)
        or _capitalized(_AMONG_BEFORE.search(before))
        or _capitalized(_AMONG_AFTER.match(text, end, span[1]))
    )


def _named_acronym(text: str, end: int, stop: int) -> bool:
    """Whether an acronym in parentheses follows a name: "Lamp Safety Programs (LSP)"."""
    after = PAREN_AFTER.match(text, end, stop)
    return after is not None and is_acronym(after.group().strip().strip("()"))


# A verb in the plural after a name: "The Lamp Internship Programs provide ...": the name is
# written in the plural, as several programs share it.
_PLURAL_VERB = lazy_pattern(
    r"\s+(?:are|were|have|provide|offer|give|include|allow|help|serve|run)\b"
)


def _plural_opening(first: str, lead: re.Match[str]) -> bool:
    """ "Announcements for the ...", "Applicants to the ...": a sentence that opens with a plural
    common noun and a preposition before the program's name; the noun is no part of it."""
    return (
        first.endswith("s")
        and first.lower() not in UNIT_NOUNS
        and lead.group().split()[1] in _PREPOSITIONS_BEFORE_NAME
    )


_PREPOSITIONS_BEFORE_NAME = frozenset({"for", "to", "of", "in", "from", "with", "about"})

register(
    "task_word_opening",
    "program",
    """A line or a sentence of duties that opens with a task word before the article of a
    program's or a system's name: a verb of function in the present ("Administers the Wick
    Safety Program", "Maintains the Oil Records System") or a noun of a task and its
    preposition ("Oversight of the Lamp Grants Program", "Maintenance of the Glass
    Inventory System"). The task word and the words after it up to the article say what
    the office does to the program: the name starts after the article, and a system noun
    left alone there ("Maintains the System") names none. Not a word that may open a name,
    a plain verb or a noun of no task ("Adopt a Lamp Program", "Support the Lamplighters
    Program", "Keeper of the Wick Program"). Switched off, the task word stays in the
    name.""",
)
# The verbs of function in the present ("administers", "oversees"), which open a duty.
_TASK_VERBS = frozenset(in_the_present(verb) for verb in FUNCTION_VERBS)


def task_word_opening(lead: re.Match[str]) -> bool:
    """Whether a name phrase's opening words up to its article (``_LEADING_VERB``) open with a
    task word (``task_word_opening``): a verb of function in the present or a noun of a
    task."""
    if not enabled("task_word_opening"):
        return False
    first = lead.group().split()[0].lower()
    return first in _TASK_VERBS or first in TASK_NOUNS


@rule("program", off=None)
def and_joined_name(
    text: str, span: tuple[int, int], phrases: list[Phrase], index: int
) -> tuple[str, int] | None:
    """A proper name split by "and" ("Wick Safety and Oil Inspection") before a singular
    lower-case program word ("the Wick Safety and Oil Inspection program", "the Access to
    Glass and Wick program") or headed by a system noun ("the statewide Lamp Safety and Wick
    Records System") is one program's name, both its parts: the name phrase ends at the
    "and", and the part before it names nothing alone. Returns the whole name and where it
    starts, or None where the program word is plural ("the Lamp Aid and Oil Care programs":
    a program each, ``coordinated_programs``) or the part before is a name of its own: one
    with a program word ("the Lamp Initiative and Wick program": two programs), a unit's
    ("the Lamp Division and Wick program"), an acronym alone, which stands for a name of its
    own ("the LWP and Wick Records System"), or the last of a series a comma runs ("Lamps,
    Oil and Wick program"). An acronym in parentheses before the program word joins the
    parts when its initials spell the whole name ("the Wick Safety and Oil Care (WSOC)
    program"), though the program is not yet given it (a known miss)."""
    joined = _and_joined(text, span, phrases, index)
    if joined is None or _named_alone(joined[2]):
        return None
    return joined[0], joined[1]


@rule("program", off=None)
def and_joined_program_title(
    text: str, span: tuple[int, int], phrases: list[Phrase], index: int
) -> tuple[str, int] | None:
    """A proper name split by "and" whose own last word is a singular program word ("the
    Lamp and Wick Program") is one program's name, both its parts, with the guards
    ``and_joined_name`` shares: not before a plural program word ("the Lamp Aid and Oil Care
    Programs"), nor after a part with a program word ("the Lamp Initiative and Wick
    Program": two programs) or the last of a series a comma runs. Not its guards on a part
    before that names a unit or is an acronym alone: read on the capitalized form too, they
    changed rows of held-out development pages, for the worse, so the title is read whole
    there ("the LWP and Oil Care Program", a known miss)."""
    joined = _and_joined(text, span, phrases, index)
    return None if joined is None else (joined[0], joined[1])


def _and_joined(
    text: str, span: tuple[int, int], phrases: list[Phrase], index: int
) -> tuple[str, int, str] | None:
    """The name an "and" joins before a phrase, where it starts, and the part before the
    "and"; None where the program word is plural, the part before has a program word, or a
    comma runs a series before it (the guards ``and_joined_name`` and
    ``and_joined_program_title`` share)."""
    if not index:
        return None
    before, phrase = phrases[index - 1], phrases[index]
    if not AND_GAP.fullmatch(text, before.end, phrase.start):
        return None
    after = _AFTER.match(text, phrase.end, span[1])
    last = phrase.text.split()[-1]
    lower = after.group("keyword") if after and after.group("keyword").islower() else ""
    keyword = last if _KEYWORD.match(last) else lower
    if (
        keyword.lower().endswith("s")
        or _KEYWORD.search(before.text)
        or text[span[0] : before.start].rstrip().endswith(",")
    ):
        return None
    return text[before.start : phrase.end], before.start, before.text


def _named_alone(part: str) -> bool:
    """Whether the part before an "and" names something of its own: an acronym alone ("the
    LWP and ..."), a unit's name ("the Lamp Division and ...")."""
    return is_acronym(part) or bool(set(name_tokens(part)) & UNIT_NOUNS)


# The comma and "and" (or "or") that close a series: ", and ".
_SERIES_CLOSE = lazy_pattern(r",\s*(?:and|or)\s+(?:the\s+)?")
_COORDINATION = lazy_pattern(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


@rule("program", off=[])
def coordinated_programs(
    text: str, span: tuple[int, int], phrases: list[Phrase], last: int
) -> list[Mention]:
    """Proper names joined by "and" before a plural program word ("the Lamp Aid and Wick
    Share programs") each name a program: the plural counts them, it does not say what kind.
    A lone capitalized word among them ("Youth and Adult programs", "Grants and Loans
    programs") says what kind: it names a program only when coined (an acronym, a digit,
    a capital inside: "LampAid")."""
    joined = [phrases[last]]
    index = last
    while index and _COORDINATION.fullmatch(text, phrases[index - 1].end, phrases[index].start):
        index -= 1
        joined.insert(0, phrases[index])
    if len(joined) < 2 or not re.search(
        r"\b(?:and|or)\s+$", text[joined[-2].end : joined[-1].start]
    ):
        return []
    return [
        Mention(phrase.text, phrase.start, phrase.end, span, found_by="coordinated_programs")
        for phrase in joined
        if phrase.text.lower() not in _DETERMINERS and _coined_or_compound(phrase.text)
    ]


def _coined_or_compound(name: str) -> bool:
    """A name of two or more words, or one word no dictionary holds as written: an acronym,
    a word with a digit or a capital after its first letter ("LampAid", "4-H")."""
    if len(name.split()) >= 2:
        return True
    return is_acronym(name) or any(ch.isdigit() or ch.isupper() for ch in name[1:])


@rule("program", off=[])
def program_container(text: str, span: tuple[int, int], phrases: list[Phrase], mentions):
    """A name that a program is "one component within" or "part of" is itself a program, and
    the program's parent."""
    found = []
    for phrase in phrases:
        if not any(mention.end <= phrase.start for mention in mentions):
            continue
        if _CONTAINER.search(text, max(span[0], phrase.start - CONTAINER_WINDOW), phrase.start):
            container = Mention(
                phrase.text, phrase.start, phrase.end, span, found_by="program_container"
            )
            found.append(container)
            for mention in mentions:
                if mention.end <= phrase.start:
                    mention.part_of = phrase.text
    return found


@rule("program", off=[])
def program_enumeration(text: str, span: tuple[int, int], phrases: list[Phrase]) -> list[Mention]:
    """Proper names listed after "programs such as" or "initiatives including" are programs
    (each may be followed by its acronym in parentheses, which completes a name a function
    word splits: "Homes for Persons with Lamps (HPWL)"), unless the list names organizations
    ("including the Centers for ..."). A list that names a service among them ("Glass
    Repair Services") is read by ``lead_in_calls_programs``; where the series closes is read
    by ``series_closing_name``."""
    match = _ENUMERATION.search(text, span[0], span[1])
    if match is None:
        return []
    found = _listed_names(text, span, phrases, match.end(), "program_enumeration")
    if any(unit_worded_program(mention.name) for mention in found):
        return []  # organizations, or (lead_in_calls_programs) services among programs
    return found


def called_in_sentence(text: str, span: tuple[int, int], phrases: list[Phrase]) -> list[Mention]:
    """The names a sentence calls programs (``lead_in_calls_programs``): after "programs
    include" or after "the following programs" and the colon closing its clause, and after
    "programs such as" or "programs including" when a name there is worded as a service (a
    list ``program_enumeration`` leaves: a name worded as a unit)."""
    if not enabled("lead_in_calls_programs"):
        return []
    match = _ENUMERATION.search(text, span[0], span[1])
    cursor = match.end() if match else _names_called_programs(text, *span)
    if cursor is None:
        return []
    found = _listed_names(text, span, phrases, cursor, "lead_in_calls_programs")
    if match is not None and not any(unit_worded_program(mention.name) for mention in found):
        return []  # program_enumeration's list
    return _called_programs(found)


register(
    "series_closing_name",
    "program",
    """In a list of names a lead-in calls programs (after "programs such as", "programs
    including", "programs include", or "the following programs" and its colon), the comma
    and "and" that close the series close it: names still joined by "and" after them are
    one name ("Lamp Aid, Wick Share, and Oil and Glass Services": "Oil and Glass Services";
    "..., and Oil and Glass": "Oil and Glass"), read the same after every such lead-in
    (``program_enumeration``, ``lead_in_calls_programs``). Before the series closes, "and"
    parts two names ("Lamp Aid and Oil Services, and Wick Share"). Switched off, "and"
    parts names everywhere in such a list.""",
)


def _listed_names(
    text: str, span: tuple[int, int], phrases: list[Phrase], cursor: int, found_by: str
) -> list[Mention]:
    """The names listed from ``cursor`` on, each perhaps with its acronym; names joined by
    "and" after the comma and "and" that close a series are one (``series_closing_name``):
    "A, B, and Oil and Wick Services" ends with one name, not two."""
    whole_series = enabled("series_closing_name")
    found: list[Mention] = []
    closed = False
    for phrase in phrases:
        if phrase.start < cursor:
            continue
        gap = text[cursor : phrase.start]
        if not re.fullmatch(_LIST_GAP, gap):
            break
        start = phrase.start
        if whole_series and closed and found and AND_GAP.fullmatch(gap):
            start = found.pop().start
        closed = closed or _SERIES_CLOSE.fullmatch(gap) is not None
        end = phrase.end
        tail = _ITEM_TAIL.match(text, end, span[1])
        if tail and initials_match(tail.group("acronym"), text[start : tail.end()]):
            end = tail.end()
        found.append(
            Mention(
                _singular(text[start:end]),
                start,
                end,
                span,
                found_by=found_by,
            )
        )
        acronym = PAREN_AFTER.match(text, end, span[1])
        cursor = acronym.end() if acronym else end
    return found


def _called_programs(found: list[Mention]) -> list[Mention]:
    """The names a lead-in lists as programs (``lead_in_calls_programs``), none if one is
    worded as a unit: the list names organizations; a name worded as a service only ("Lamp
    Repair Services") is a program the lead-in calls one, kept as such."""
    worded = [mention for mention in found if unit_worded_program(mention.name)]
    if not worded:
        return found
    if not all(_worded_as_service(mention.name) for mention in worded):
        return []
    for mention in found:
        mention.called = True
        mention.found_by = "lead_in_calls_programs"
    return found


register(
    "lead_in_calls_programs",
    "program",
    """Names that a lead-in calls programs are programs, though no program word follows
    each and though a name is worded as a service: the names after "programs include" ("Our
    programs include Lamp Repair Services, Wick Aid and Oil Share", as after "programs such
    as", ``program_enumeration``) or after "the following programs" and the colon that
    closes its clause ("The following programs are run by this office: Lamp Aid, Wick
    Share"), and the top-level items of the list after a lead-in that ends so ("The Wick
    Division provides the following programs to households:" over "Lamp Aid Fund (LAF)",
    "Glass Repair Services", "Oil Assistance"; a sub-item is part of its item), an item that
    says what the program does named before its colon or dash ("Lamp Aid Fund: helps
    households buy oil", "Glass Share – lends glass ..."), an honour or a page's furniture
    ("Lamp Safety Award", "Contact Us") no program. A name worded as a service ("Glass
    Repair Services") is a program there, in these lists as in those after "programs such
    as" or "programs including"; a name worded as an office, a division or a center still
    makes the list one of organizations. Not the items the unit finders took as units, nor
    the parts of a body the lead-in says the programs make up or divide it into ("The
    division consists of the following six programs:", "is made up of the following
    programs:", "consisting of", "is further divided into", "is split into", "has been
    divided into", "is organized into the following programs:"). Where a series of these
    names closes is read by ``series_closing_name``, as after "programs such as".""",
)

# "Our programs include Lamp Aid, ...", "Programs include:": the names after it are programs.
_PROGRAMS_INCLUDE = lazy_pattern(
    r"\b(?:[Pp]rograms|[Pp]rogrammes|[Ii]nitiatives)\s+(?:also\s+)?includes?\b:?\s*"
)
# The plural program words "the following" may announce.
_ANNOUNCED_PROGRAMS = frozenset({"programs", "programmes", "initiatives"})
# A verb of composition or of division right before "the following": "consists of the
# following programs", "consisting of", "is further divided into", "is split into", "has
# been divided into", "is organized into".
_MADE_OF_BEFORE = lazy_pattern(
    r"\b(?:"
    + MADE_OF_VERB
    + r"|"
    + COMPOSED_PARTICIPLE
    + r"|"
    + DIVISION_VERB
    + r"|been\s+"
    + DIVISION_PARTICIPLE
    + r")\s+\Z",
    re.IGNORECASE,
)
# What may stand between the announced programs and the colon: a clause, no sentence's end.
_CLAUSE_TO_COLON = lazy_pattern(r"[^.;:!?]{0,160}:\s*")


def _names_called_programs(text: str, start: int, end: int) -> int | None:
    """Where the names that ``text[start:end]`` calls programs start: after "programs
    include", or after "the following programs" and the colon closing its clause (not after
    a verb of composition: "consists of the following programs:"); None when it calls none."""
    fragment = text[start:end]
    if "nclude" in fragment:
        include = _PROGRAMS_INCLUDE.search(text, start, end)
        if include is not None:
            return include.end()
    if "ollowing" not in fragment and "OLLOWING" not in fragment:
        return None
    for found in reversed(list(FOLLOWING.finditer(text, start, end))):
        if found.group("noun").lower() not in _ANNOUNCED_PROGRAMS:
            continue
        if _MADE_OF_BEFORE.search(text, start, found.start()):
            return None
        colon = _CLAUSE_TO_COLON.match(text, found.end(), end)
        return colon.end() if colon else None
    return None


def _worded_as_service(name: str) -> bool:
    """Whether the only unit noun of a name is "service(s)": "Glass Repair Services"."""
    tokens = {singular_noun(token) for token in name_tokens(name)}
    return "service" in tokens and not tokens & (_NOT_PROGRAM_NOUNS - {"service"})


def called_program_items(page: PageLayout, unit_items: set[int]) -> list[Mention]:
    """The programs of the list items after a paragraph whose last sentence calls what
    follows its colon programs (``lead_in_calls_programs``): each top-level item's name (a
    sub-item is part of its item), before the colon or the dash of an item that goes on to
    say what the program does ("Lamp Aid Fund: helps households buy oil", "Glass Share –
    lends glass ..."), its acronym in parentheses aside, a short title-cased name that
    opens with a capital (``_program_title``: not an honour nor page furniture); none when
    an item is worded as a unit (not as a service) or when the unit finders took an item as
    a unit."""
    if not enabled("lead_in_calls_programs"):
        return []
    found: list[Mention] = []
    text, blocks = page.text, page.blocks
    for index, lead in enumerate(blocks[:-1]):
        if lead.kind != PARAGRAPH or not lead.text.rstrip().endswith(":"):
            continue
        sentences = page.sentences(lead.start, lead.end)
        start, end = sentences[-1] if sentences else (lead.start, lead.end)
        after = _names_called_programs(text, start, end)
        if after is None or text[after:end].strip():
            continue
        items: list[Mention] = []
        top = None
        for item in blocks[index + 1 :]:
            if not _list_entry(item):
                break
            top = item.level if top is None else top
            if item.level > top:
                continue  # a sub-item: part of the item above it
            line = item.text.split("\n", 1)[0]
            label = item.label if item.kind == LABEL else dash_label(item)
            line = (label if label is not None else line).rstrip(" ;,.")
            named = _ITEM_HEADING_ACRONYM.match(line)
            name = named.group("name") if named else line
            acronym = named.group("acronym") if named else None
            if item.start in unit_items or not (name[:1].isupper() and _program_title(name)):
                continue
            items.append(
                Mention(
                    name,
                    item.start,
                    item.start + len(name),
                    (item.start, item.start + len(line)),
                    acronym=acronym if acronym and is_acronym(acronym) else None,
                    found_by="lead_in_calls_programs",
                )
            )
        found.extend(_called_programs(items))
    return found


def _list_entry(block: Block) -> bool:
    """Whether a block is an item of a list: a list item, or a list item that reads "Name:
    what it does" (a label at a list's depth)."""
    return block.kind == LIST_ITEM or (block.kind == LABEL and block.level > 0)


@rule("program", off=[])
def system_apposition(text: str, span: tuple[int, int], phrases: list[Phrase]) -> list[Mention]:
    """A system, tool or platform the office runs is a program: a name set in apposition to one
    ("HR Connect, the Department's ... system") or a proper name headed by one ("the Open
    Records Portal", "the National Licensing System"), not a unit's name ("Office of ...
    Systems")."""
    found = []
    for index, phrase in enumerate(phrases):
        words = phrase.text.split()
        if len(words) < 2:
            continue
        match = _APPOSITION.match(text, phrase.end, span[1])
        nouns = set(name_tokens(match.group(1))) if match else set()
        headed = (
            words[-1][:1].isupper()
            and words[-1].lower() in SYSTEM_NOUNS
            and not set(name_tokens(phrase.text)) & UNIT_NOUNS
        )
        if nouns & SYSTEM_NOUNS or headed:
            name, start = phrase.text, phrase.start
            if headed:
                name, start = and_joined_name(text, span, phrases, index) or (name, start)
            lead = _LEADING_VERB.match(name)
            if lead and task_word_opening(lead):
                if len(name[lead.end() :].split()) < 2:
                    continue  # "Maintains the System": no name after the task word
                name, start = name[lead.end() :], start + lead.end()
            found.append(Mention(name, start, phrase.end, span, found_by="system_apposition"))
    return found


def _service_name(text: str, span: tuple[int, int], phrase: Phrase) -> tuple[str, int] | None:
    """The name a phrase gives a service or plan, and where it starts: without a sentence's
    opening verb and article ("Developing the Lamp Roadmap"); None for a determiner's name
    ("This website") or an organization's acronym ("the LFA website")."""
    name, start = phrase.text, phrase.start
    lead = _LEADING_VERB.match(name)
    if lead:
        name, start = name[lead.end() :], start + lead.end()
    elif not (
        _NAME_DETERMINER.search(text, max(span[0], start - 8), start) or start <= span[0] + 1
    ):
        return None
    first = name.split()[0].lower()
    if first in _DETERMINERS or first in {"these", "those"}:
        return None
    if name.isalpha() and name.isupper():
        return None
    return name, start


@rule("program", off=[])
def named_online_service(text: str, span: tuple[int, int], phrases: list[Phrase]) -> list[Mention]:
    """A proper name followed by a lower-case noun saying what kind of thing an office runs,
    website, portal, platform, app, framework or scheme ("on the Lampfinder website", "our
    Wick Exchange platform", "the Lamp Safety Management (LSM) framework", "the lampPay
    portal"), or said to be an online service ("Lamp Aid is an online resource that ..."),
    names a program; not an organization's acronym ("the LFA website"), a government's or an
    institution's name ("the City of Lampton website", "the Lampton Archives website") nor an
    office's name (read where the units are known)."""
    found = []
    fragment = text[span[0] : span[1]]
    coined = (
        [
            Phrase(match.group(), match.start(), match.end())
            for match in _COINED_BEFORE_KIND.finditer(text, span[0], span[1])
        ]
        if any(piece in fragment for piece in _SERVICE_KIND_PIECES)
        else []
    )
    for phrase in [*phrases, *coined]:
        at_start = phrase.start <= span[0] + 1
        kind = _SERVICE_AFTER.match(text, phrase.end, span[1])
        if not kind and not (at_start and _SERVICE_COPULA.match(text, phrase.end, span[1])):
            continue
        named = _service_name(text, span, phrase)
        if named is None:
            continue
        name, start = named
        if set(name_tokens(name)) & _GOVERNMENT_WORDS:
            continue
        acronym = kind.group("acronym") if kind else None
        if acronym and not (is_acronym(acronym) and initials_match(acronym, name)):
            acronym = None
        found.append(
            Mention(name, start, phrase.end, span, acronym=acronym, found_by="named_online_service")
        )
    return found


@rule("program", off=[])
def named_plan(text: str, span: tuple[int, int], phrases: list[Phrase]) -> list[Mention]:
    """A proper name headed by strategy, framework, roadmap or blueprint that the sentence
    acts on ("implements the National Wick Strategy", "Developing the Digital Framework for
    Lamps") names a plan the office carries out: a program; not a name that goes on as
    another noun ("the Wick Strategy team") or a list ("the Lamp Strategy, Data & Wicks
    Division"), nor an office's name (read where the units are known)."""
    found = []
    for phrase in phrases:
        named = _service_name(text, span, phrase)
        if named is None:
            continue
        name, start = named
        words = name.split()
        heads = [i for i, word in enumerate(words) if word in _PLAN_WORDS]
        if not heads or heads[0] == 0:
            continue
        head = heads[0]
        if head < len(words) - 1 and not _PLAN_COMPLEMENT.match(" " + " ".join(words[head + 1 :])):
            continue
        if _COORDINATED_AFTER.match(text, phrase.end, span[1]) or _modifies_noun(
            text, phrase.end, span[1]
        ):
            continue
        found.append(Mention(name, start, phrase.end, span, found_by="named_plan"))
    return found


# A heading or its section's first sentence that says what its items are: programs.
_LISTS_PROGRAMS = lazy_pattern(r"\b(?:programs|programmes|initiatives)\b", re.IGNORECASE)
# A piece of each alternative of _LISTS_PROGRAMS, one of which every match holds.
_LISTS_PROGRAMS_PIECES = ("program", "initiative")


def _says_programs(text: str) -> bool:
    """Whether ``text`` holds "programs", "programmes" or "initiatives", in any case (the
    pattern tries every word boundary: it runs only where a substring test finds its word)."""
    return may_hold_ignorecase(text, _LISTS_PROGRAMS_PIECES) and bool(_LISTS_PROGRAMS.search(text))


# An item's head noun that names an honour or a story, not a program ("... Award").
_NOT_PROGRAM_HEADS = frozenset({"award", "awards", "prize", "medal", "winner", "winners"})
# How many words a program's heading may have (longer ones are stories' titles).
PROGRAM_HEADING_WORDS = 8
_ITEM_HEADING_ACRONYM = lazy_pattern(r"^(?P<name>.+?)\s*\((?P<acronym>[^()]{1,16})\)$")


def _program_items(section: Section, siblings: list[Section]) -> list[Section]:
    """The sections a program listing holds: its members, or (an empty heading over a row of
    cards that the source ranks apart from it) the run of equally ranked sections after it."""
    if section.members:
        return section.members
    if section.body:
        return []
    index = next(i for i, s in enumerate(siblings) if s is section)
    run: list[Section] = []
    for follower in siblings[index + 1 :]:
        if follower.rank == section.rank or (run and follower.rank != run[0].rank):
            break
        run.append(follower)
    return run


def _titles_a_program(heading: str) -> bool:
    """A short title-cased name: not a sentence ("Lampfinder wins an award"), an honour, a
    unit's name, page furniture or a generic section heading."""
    return _program_title(heading) and not set(name_tokens(heading)) & UNIT_NOUNS


def _program_title(name: str) -> bool:
    """A short title-cased name, no word in lower case but connectors: not a sentence, an
    honour ("Lamp Safety Award"), page furniture or a generic section heading ("Contact
    Us"); a unit's words are left to the caller."""
    words = name.split()
    tokens = name_tokens(name)
    return (
        0 < len(words) <= PROGRAM_HEADING_WORDS
        and all(not w[:1].islower() or w.lower() in CONNECTORS for w in words)
        and bool(tokens)
        and tokens[-1] not in _NOT_PROGRAM_HEADS
        and not is_section_label(name)
        and not is_furniture(name)
    )


@rule("program", off=[])
def listed_under_program_heading(page: PageLayout) -> list[Mention]:
    """The headings of the items of a section that says it lists programs, by its heading
    ("Featured Programs") or its first sentence ("Our spotlight showcases our initiatives"),
    name programs: short title-cased names, not stories' titles, honours or units."""
    found = []
    text = page.text
    parents: list[list[Section]] = [page.sections]
    parents += [section.members for section in page.walk() if section.members]
    for siblings in parents:
        for section in siblings:
            body = section.body[:1]
            first = page.sentences(body[0].start, body[0].end)[:1] if body else []
            opening = text[first[0][0] : first[0][1]] if first else ""
            if not _says_programs(section.heading.text + " " + opening):
                continue
            for item in _program_items(section, siblings):
                heading = item.heading
                named = _ITEM_HEADING_ACRONYM.match(heading.text)
                name = named.group("name") if named else heading.text
                if not _titles_a_program(name):
                    continue
                acronym = named.group("acronym") if named else None
                mention = Mention(
                    name,
                    heading.start,
                    heading.start + len(name),
                    (heading.start, heading.end),
                    acronym=acronym if acronym and is_acronym(acronym) else None,
                    found_by="listed_under_program_heading",
                )
                found.append(mention)
    return found


# A law's year after its name ("Wick Safety Act of 1990", "Oil Act, 2002", "Lamp Act 2012"),
# in ASCII figures (``offices.name_filters.LAW_YEAR``).
_LAW_NAME_YEAR = lazy_pattern(r",?\s+(?:of\s+)?" + LAW_YEAR + r"\Z", re.ASCII)


@rule("filter", off=False)
def names_a_law(name: str) -> bool:
    """A name in a sentence whose last word is "Act", perhaps with the law's year ("the Lamp
    Safety Act", "Wick Standards Act of 1990", "Oil Act, 2002"), names a law the office
    carries out, not a program, even before a program word ("the office runs the Lamp Oil
    Act and Wick Trimming Act programs": the programs that carry out the two laws). A
    name that goes on after "Act" ("the Clean Lamp Act Grants", "the Wick Act Program") is
    the program's own, and so is one whose "Act" follows a preposition, "and" or "&", a
    verb there ("Ready to Act", as ``law_or_provisions_name`` reads a law's last word); a
    name a lead-in calls a program among services ("programs include Glass Repair Services
    and the Clean Wick Act") is kept as ``unit_worded_program`` keeps one. A heading or an
    item a programs heading lists is read with the units (a program there is no unit:
    ``program_named_unit``), not here."""
    words = WORD_OR_AMPERSAND.findall(_LAW_NAME_YEAR.sub("", name))
    return words[-1:] in (["Act"], ["Acts"]) and names_instrument(words, frozenset({"act", "acts"}))


def find_mentions(page: PageLayout, unit_items: set[int] | None = None) -> list[Mention]:
    """Program mentions in document order (not in headings over page furniture)."""
    text, blocks = page.text, page.blocks
    standalone = StandaloneNames(page)
    mentions: list[Mention] = []
    for block in blocks:
        if block.kind == HEADING and is_section_label(block.text):
            continue
        block_signs = _program_signs(text, block.start, block.end)
        if not any(block_signs):
            continue
        for span in page.sentences(block.start, block.end):
            # Each rule needs a program word, or (systems) ", the" or a system noun heading a
            # name: most sentences have none, and are not scanned. A block that is one
            # sentence has been read already.
            program_word, other = (
                block_signs if span == (block.start, block.end) else _program_signs(text, *span)
            )
            if not program_word and not other:
                continue
            phrases = page.list_parts(*span)
            if program_word:
                keyword = program_keyword(text, span, phrases, standalone)
                mentions.extend(keyword)
                mentions.extend(program_container(text, span, phrases, keyword))
                mentions.extend(program_enumeration(text, span, phrases))
                mentions.extend(called_in_sentence(text, span, phrases))
            mentions.extend(system_apposition(text, span, phrases))
            mentions.extend(named_online_service(text, span, phrases))
            mentions.extend(named_plan(text, span, phrases))
    starts = [block.start for block in blocks]
    kept = [
        m
        for m in mentions
        if not (unit_worded_program(m.name) and not m.called)
        and not in_heading_or_unit_item(
            _block_at(m.start, blocks, starts), unit_items or set(), m.start, page
        )
        and not (enabled("generic_plural_programs") and _names_a_kind(m.name))
        and not (names_a_law(m.name) and not m.called)
    ]
    kept += listed_under_program_heading(page)
    kept += called_program_items(page, unit_items or set())
    for mention in kept:
        mention.key = _key(mention.name)
    return sorted(kept, key=lambda m: m.start)


register(
    "generic_plural_programs",
    "filter",
    """ "XYZ programs", "lending programs": a name before the plural, lower-case word
    "programs" says whose or what kind of programs they are; it names no program. Nor does a
    name made only of words of scope or kind ("Federal and State programs", "the Regional
    Program", "Recreational and Cultural Programs").""",
)

_PROGRAM_TOKENS = frozenset(
    {"program", "programs", "programme", "programmes", "initiative", "initiatives"}
)


def _names_a_kind(name: str) -> bool:
    """Whether a name's words, the program word aside, only say where or what kind."""
    tokens = [t for t in name_tokens(name) if t not in _PROGRAM_TOKENS and t not in CONNECTORS]
    return bool(tokens) and set(tokens) <= GENERIC_MODIFIERS


@rule("filter", off=False)
def in_heading_or_unit_item(
    block: Block | None,
    unit_items: set[int],
    position: int | None = None,
    page: PageLayout | None = None,
) -> bool:
    """A program word in a heading or in a list item that names a unit ("Strategic
    Initiatives" in a division's name, "Spotlight Feature Programs") is part of a unit's name
    or a page section. In a "Unit: what it does" line only the label is the unit's name: a
    program its description names is one."""
    if block is None:
        return False
    if block.kind == HEADING:
        return True
    if block.kind not in (LIST_ITEM, LABEL) or block.start not in unit_items:
        return False
    if position is not None and _named_after_program(block, position):
        return False
    if position is not None and page is not None and _in_item_description(page, block, position):
        return False
    label = block.label if block.kind == LABEL else None
    return position is None or label is None or position < block.start + len(label)


def _named_after_program(block: Block, position: int) -> bool:
    """Whether a program word stands in the qualifier a dash adds to a unit's name ("Office
    of the Warden—Glass Program", ``dash_qualified_name``): the unit is named after the
    program it runs, and the program is one (part of ``in_heading_or_unit_item``)."""
    offset = position - block.start
    return any(
        dash.end() <= offset and dash_qualified_name(block.text, dash)
        for dash in DASH.finditer(block.text, 0, max(offset, 0))
    )


register(
    "program_in_unit_item_sentences",
    "filter",
    """A unit's list item that goes on past its first sentence ("Office of Lamp Audit.
    Headed by a director, the office runs the Wick Safety Program and ...") names the unit in
    that first sentence and says what it does in the sentences after: a program word there
    names a program the unit runs, as in the description of a "Unit: what it does" line
    (part of ``in_heading_or_unit_item``). A program word in the first sentence is the unit's
    name ("Office of Lamp Programs. Headed by ..."), and a one-sentence item is all name
    ("Deputies in the Lamp Watch Program"). Switched off, the whole item is the unit's
    name.

    Only a later sentence that describes: one with a word in small letters beside its names
    ("Monitors the Wick Program", "Headed by ..."). A later "sentence" made of names alone
    is a post, a contact or the rest of a name an abbreviation's dot cut short ("- Lamp
    Division. Jt. Secretary (Wick Programmes), Room 210.", "- Office of the Dy. Lamp
    Warden (Glass Programmes)"): its program word is a post's portfolio or a name's, and no
    program. Nor a program the sentence gives as the unit's former name ("- Office of Rural
    Lamps. Formerly the Rural Lamp Program.", "Previously known as the ..."): the unit was
    that program, it runs none by that name.""",
)
# Words in small letters that join a name or a post's title ("Director General for Lamps",
# "Secretary to Government"), not the words of a description.
_NAME_JOINERS = frozenset({"of", "for", "and", "on", "in", "to", "at", "de", "&"})
_SMALL_WORD = lazy_pattern(r"\b[a-z][a-z'’-]*\b")
# A history note before a program: the unit's former name ("formerly the", "previously known
# as the", "renamed from the").
_FORMER_NAME_BEFORE = lazy_pattern(
    r"\b(?:formerly|previously|renamed)(?:\s+(?:known|called|named|as|from|the|an?)\b)*\s*$",
    re.IGNORECASE,
)
_FORMER_NAME_OPENS = lazy_pattern(r"(?:formerly|previously)\b", re.IGNORECASE)


def _in_item_description(page: PageLayout, block: Block, position: int) -> bool:
    """Whether ``position`` stands in a list item's sentences after its first one, in one that
    describes and does not give the unit's former name (``program_in_unit_item_sentences``)."""
    if block.kind != LIST_ITEM or not enabled("program_in_unit_item_sentences"):
        return False
    spans = page.sentences(block.start, block.end)
    if len(spans) < 2 or position < spans[1][0]:
        return False
    start, end = next(((s, e) for s, e in spans if s <= position < e), spans[-1])
    text = page.text
    describes = any(w not in _NAME_JOINERS for w in _SMALL_WORD.findall(text, start, end))
    former = bool(
        _FORMER_NAME_BEFORE.search(text, start, position)
        or _FORMER_NAME_OPENS.match(text, position)
    )
    return describes and not former


def _block_at(position: int, blocks: list[Block], starts: list[int]) -> Block | None:
    index = bisect.bisect_right(starts, position) - 1
    if index >= 0 and blocks[index].start <= position < blocks[index].end:
        return blocks[index]
    return None


_NOT_PROGRAM_NOUNS = frozenset(UNIT_NOUNS - {"program", "network", "force", "corps", "team"})


@rule("filter", off=False)
def unit_worded_program(name: str) -> bool:
    """A name worded as a unit or an agency ("Office of Small Business Programs", "Centers
    for Disease Control and Prevention") is not a program, even with "program" in it; a unit
    noun right before the program word only says what the program offers ("the Volunteer
    Service Program")."""
    words = name_tokens(name)
    tokens = {
        singular_noun(token)
        for token, after in zip(words, [*words[1:], ""], strict=True)
        # "the Volunteer Service Program": a singular unit noun before the program word says
        # what the program offers ("Human Services Programs" are a department's programs)
        if not (_KEYWORD.match(after) and not token.endswith("s"))
    }
    return bool(tokens & _NOT_PROGRAM_NOUNS)


def _unit_at(position: int, units: list[Unit], text: str) -> Unit:
    """The innermost unit whose text holds ``position`` (the root when none does)."""
    best = units[0]
    best_size = len(text) + 1
    for unit in units[1:]:
        start = unit.evidence_start
        end = unit.body[-1].end if unit.body else unit.evidence_end
        if start <= position < end and end - start < best_size:
            best, best_size = unit, end - start
    if best is units[0] and len(units) > 1 and units[1].parent is units[0]:
        title_unit = units[1]
        if title_unit.heading is not None and title_unit.evidence_start < position:
            intro_end = title_unit.body[-1].end if title_unit.body else title_unit.evidence_end
            if position < intro_end:
                return title_unit
    return best


# Rules whose names may be an office's own (its website, its strategy team).
_OFFICE_NAMED = frozenset({"named_online_service", "named_plan"})


@rule("filter", off=False)
def office_named_service(mention: Mention, units: list[Unit], text: str = "") -> bool:
    """A service or plan named only with words of an office's name or its acronym ("the
    Lantern Bureau website") is the office's, not a program; so is one named only with words
    of a body ``text`` names by an agency phrase, though not one of the page's units ("the
    Lamps website" beside "the Department of the Lamps": the department above the page's own
    office, named in passing)."""
    if mention.found_by not in _OFFICE_NAMED:
        return False
    tokens = set(name_tokens(mention.name))
    return any(
        mention.name == unit.acronym or tokens <= set(name_tokens(unit.name)) for unit in units
    ) or any(tokens <= set(name_tokens(match.group())) for match in AGENCY.finditer(text))


@rule("filter", off=False)
def inside_unit_name(mention: Mention, units: list[Unit]) -> bool:
    """A program word inside the words that name a unit or a position where they stand
    ("oversees the offices of Lamps; Recovery Programs; and Wicks", "the Associate Director
    for Lamp Programs") is part of that name, not a program of its own."""
    return _PROGRAM_WORD.search(mention.name) is not None and any(
        unit.evidence_start <= mention.start and mention.end <= unit.evidence_end
        for unit in units[1:]
        if unit.found_by not in _BLOCK_FINDERS
    )


# Units named by a whole heading or list item: a program there is read by the item filters
# (``in_heading_or_unit_item``, ``program_named_unit``), not as part of a name in a sentence.
_BLOCK_FINDERS = LIST_FINDERS | SECTION_FINDERS | {"title_names_unit"}


def _acronym_of(name: str, definitions: list[AcronymDefinition]) -> str | None:
    last = name.rsplit(maxsplit=1)[-1]
    for definition in definitions:
        if definition.acronym in (name, last):
            return definition.acronym
    return None


def extract_programs(
    source_id: str,
    page: PageLayout,
    units: list[Unit],
    offices: dict[int, Office],
    definitions: list[AcronymDefinition],
) -> list[Program]:
    """Program records of the page, one per distinct program."""
    mentions = find_mentions(page, {unit.evidence_start for unit in units})
    mentions = [
        m
        for m in mentions
        if not office_named_service(m, units, page.text) and not inside_unit_name(m, units)
    ]
    for unit in units if enabled("unit_called_program") else []:
        if unit.unit_type == UnitType.PROGRAM:
            mention = Mention(
                unit.name,
                unit.evidence_start,
                unit.evidence_end,
                (0, 0),
                found_by="unit_called_program",
            )
            mention.acronym, mention.key = unit.acronym, _key(unit.name)
            mentions.insert(0, mention)
    groups: dict[tuple[str, ...], list[Mention]] = {}
    by_acronym: dict[str, tuple[str, ...]] = {}
    for mention in mentions:
        key = by_acronym.get(mention.name.split()[0], mention.key) if mention.key else ()
        if not key:
            continue
        groups.setdefault(key, []).append(mention)
        if mention.acronym:
            by_acronym[mention.acronym] = key
    ids = IdMaker(source_id)
    unit_by_name = {unit.name: unit for unit in units}
    drafts = [
        _draft(
            group,
            source_id=source_id,
            page=page,
            units=units,
            unit_by_name=unit_by_name,
            offices=offices,
            definitions=definitions,
            ids=ids,
        )
        for group in groups.values()
    ]
    by_key = {_key(program.name): program.program_id for program, _ in drafts}
    parents = {program.program_id: by_key.get(_key(parent)) for program, parent in drafts if parent}
    out = [
        replace(program, parent_program_id=_acyclic_parent(program.program_id, parents))
        for program, _ in drafts
    ]
    return sorted(out, key=lambda p: (p.char_start, p.program_id))


def _draft(
    group: list[Mention],
    *,
    source_id: str,
    page: PageLayout,
    units: list[Unit],
    unit_by_name: dict[str, Unit],
    offices: dict[int, Office],
    definitions: list[AcronymDefinition],
    ids: IdMaker,
) -> tuple[Program, str | None]:
    """One program from its mentions, and the name of the program it is part of, if any."""
    text = page.text
    first = group[0]
    named = [m for m in group if m.name in unit_by_name] or group
    capitalized = [m for m in group if re.search(r"(?:Program|Initiative)$", m.name)]
    name = named[0].name if named[0].name in unit_by_name else (capitalized or group)[0].name
    acronym = next((m.acronym for m in group if m.acronym), None) or _acronym_of(name, definitions)
    evidence = min(group, key=lambda m: m.start if m.sentence != (0, 0) else len(text))
    start, end = evidence.sentence if evidence.sentence != (0, 0) else (first.start, first.end)
    owner = unit_by_name.get(name) or _unit_at(evidence.start, units, text)
    earlier = text.find(name, owner.evidence_start, start)
    focus = (evidence.start, evidence.end)
    if earlier >= 0:
        start, end = sentence_at(text, page.blocks, earlier)
        focus = (earlier, earlier + len(name))
    start, end = bounded((start, end), focus)
    program = Program(
        source_id=source_id,
        program_id=ids.make(name),
        name=name,
        acronym=acronym,
        office_id=offices[id(owner)].office_id,
        parent_program_id=None,
        found_by=first.found_by,
        evidence=text[start:end],
        char_start=start,
        char_end=end,
    )
    return program, next((m.part_of for m in group if m.part_of), None)


def _acyclic_parent(program_id: str, parents: dict[str, str | None]) -> str | None:
    """The program's parent, unless following parents from it comes back to it (a program
    named "Office" that is "part of the Office" would be its own parent)."""
    seen = {program_id}
    node = parents.get(program_id)
    while node is not None and node not in seen:
        seen.add(node)
        node = parents.get(node)
    return None if node == program_id else parents.get(program_id)
