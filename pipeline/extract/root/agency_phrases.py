"""The agency phrase ("Department of ...", "Bureau for ...") as the root, and the rules
that shape it: the phrases it passes over (one of the plural a heading names, a part a verb of
composition names, one of many bodies of its noun) and where its name starts and ends (place
words before its noun, a series of portfolios after it)."""

from __future__ import annotations

import re

from pipeline.extract.names import name_tokens
from pipeline.extract.root.common import (
    _AGENCY_NOUNS,
    AGENCY,
    BODY_NOUNS,
    REFERRED_NOUNS,
    Root,
    _heading_words,
    owns_units,
)
from pipeline.extract.root.listed_parts import listed_part
from pipeline.rules import enabled, register
from pipeline.text.blocks import Block
from pipeline.text.hints import HEADING
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, Section
from pipeline.text.vocabulary import CONNECTORS
from pipeline.text.words import in_singular

register(
    "root_from_agency_phrase",
    "root",
    """The first "Department of ...", "Agency for ...", "Bureau of ..." phrase of the page names
    the agency; a phrase in a line the layout reads as furniture (an image's alternative text,
    a contact line) names none.""",
)


def agency_phrase(page: PageLayout) -> tuple[re.Match[str] | None, bool]:
    """The first agency phrase of the page's content: one in a line the layout reads as
    furniture (an image's alternative text, a contact line) names no agency of the page.
    Also whether a phrase was passed over as one of the departments a plural over it names,
    or as one of many bodies of its noun (then the page lists them, and their city may be
    the root)."""
    parts: set[str] = set()
    passed = False
    serial: frozenset[str] | None = None  # counted only once a phrase gets this far
    for match, at in _content_phrases(page):
        end = agency_series_end(page.text, match.end())
        if listed_part(page, at, match.start(), end):
            continue
        if serial is None:
            serial = serial_nouns(page)
        if _agency_noun(match) in serial:
            passed = True  # one of many bodies of its noun: the page lists them
            continue
        if match.group() in parts or named_part(page, at, match.start()):
            parts.add(match.group())  # named as a part once, a part wherever it stands
            continue
        if _after_its_plural(page, match):
            passed = True
            continue
        return match, passed
    return None, passed


register(
    "root_not_one_of_many_alike",
    "root",
    """A page whose content names at least three bodies by one agency noun, each by a name of
    its own ("Department of Wicks", "Department of Glass Care", "Department of Lamp Oil"), in
    a list, a run of headings, a table or a charter's series, names peers of one rank: none
    of them is the body the page describes, which holds, creates or lists them (a city, a
    ministry, a government). ``root_from_agency_phrase`` passes over every phrase of that
    noun, as over departments a plural over them names (the page lists departments, and their
    city or state may be the root, ``root_from_listed_departments_jurisdiction``); so does
    ``root_from_opening_agency_name``. Not counted: a phrase in a line the layout reads as
    furniture, a part a verb of composition names (and that part named again), and their
    owner, a phrase whose sentence gives it bodies of its noun ("The Department of Lamps
    oversees the Department of Wicks and the Department of Glass": it stays the root). One
    body counts once however the page writes it: again and again, with a country or "the"
    before it ("U.S. Department of Wicks"), or longer ("Ministry of Wicks", "Ministry of
    Wicks and Oil": perhaps under an older name) when the page also writes the short form.
    Two bodies of a noun (the agency and a sister it works with) are no such list; three
    named apart in prose, the agency and two sisters, are read as one (a known miss).""",
)
# How many bodies of one agency noun, each named otherwise, make the page a list of peers.
_MANY_ALIKE = 3


def one_of_many_alike(name: str, serial: frozenset[str]) -> bool:
    """Whether ``name`` is worded as an agency ("Department of Wicks") of a noun in
    ``serial`` (``serial_nouns``): one of many bodies alike, not the page's body."""
    found = AGENCY.match(name)
    return found is not None and _agency_noun(found) in serial


def serial_nouns(page: PageLayout) -> frozenset[str]:
    """The agency nouns of which the page's content names at least ``_MANY_ALIKE`` bodies,
    each by a name of its own, none a part a verb names nor their owner
    (``root_not_one_of_many_alike``)."""
    if not enabled("root_not_one_of_many_alike"):
        return frozenset()
    names: dict[str, set[tuple[str, ...]]] = {}
    parts: set[tuple[str, ...]] = set()
    for match, at in _content_phrases(page):
        start = match.start()
        noun = _agency_noun(match)
        # from the noun on, without "the": "U.S. Department of the Wicks" is "Department of Wicks"
        named = match.group()[match.group().index(noun) :]
        key = tuple(t for t in name_tokens(named) if t != "the")
        if named_part(page, at, start):
            parts.add(key)  # a part once, a part wherever it stands (its heading further down)
        elif not _owns_its_kind(page, match):
            names.setdefault(noun, set()).add(key)
    names = {noun: named - parts for noun, named in names.items()}
    return frozenset(
        noun
        for noun, named in names.items()
        # a name the page also writes longer ("Ministry of Wicks" of "Ministry of Wicks and
        # Oil") is that one body, not another
        if sum(not any(o[: len(n)] == n and o != n for o in named) for n in named) >= _MANY_ALIKE
    )


def _owns_its_kind(page: PageLayout, match: re.Match[str]) -> bool:
    """Whether the sentence of the agency phrase ``match`` goes on to give it bodies of its
    own noun ("The Department of Lamps oversees the Department of Wicks", "... has three
    departments"): their owner, not one of them (``root_not_one_of_many_alike``)."""
    sentence = page.sentence_at(match.start())
    said = page.text[match.end() : sentence[1] if sentence else match.end()]
    noun = _agency_noun(match).lower()
    if noun not in said.lower():
        return False
    words = re.findall(r"[^\W\d_]+", said)
    plural = next((w for w in words if w.lower() != noun and in_singular(w).lower() == noun), noun)
    return owns_units(said, plural)


def _content_phrases(page: PageLayout) -> list[tuple[re.Match[str], int]]:
    """The page's agency phrases outside the lines the layout reads as furniture, each with
    the index of the block that holds it."""
    found = []
    for match in AGENCY.finditer(page.text):
        at = page.block_index_before(match.start())
        if at >= 0 and match.start() < page.blocks[at].end:
            found.append((match, at))
    return found


def _agency_noun(match: re.Match[str]) -> str:
    """The agency noun of an agency phrase ("Department" of "U.S. Department of Wicks")."""
    return next(w for w in match.group().split() if w in _AGENCY_NOUNS)


register(
    "root_owner_of_part_phrase",
    "root",
    """An agency phrase whose object is a body's noun alone after "the" ("the Bureau of the
    Council", "Administration of the Agency", "Administration of the Agency's programs")
    names a part or a function of the body the page refers to by that noun, not a body of
    its own name: the root is that body, named by its noun ("Council"), as a page that
    refers to its body so is read (``root_from_referred_body``). Only when the page refers to
    the body by that noun again, apart from the phrase ("The Council comprises ...", "the
    Agency's Board"): a phrase the page writes once, of a noun it never uses alone, may be a
    name ("Department of the Board" as a body's own name) and keeps its reading; so does a
    phrase that heads a section of the page ("Administration of the Agency" over the
    agency's board, beside "Structure of the Agency"): a section's heading is read as a unit
    unless it names the root, and such a heading is a topic of the body (its
    administration) as often as a part of it. A longer object ("the Bureau of the Lamp
    Commission", "Department of the Lampworks", "Ministry of the Office of the Lamp Warden",
    which the phrase cuts at "Office") is a name. A phrase whose noun words name keeps its
    reading too ("the Supervision Department of the Bank", "the Lampwright Department of
    the Corporation"): a department of that name, whose page it may be (read as the bank, the
    department was lost and its units hung from the bank). The phrase written again ("The
    Department of the Assembly ... The Department of the Assembly is organised into ...")
    is no use of its noun alone, nor is another agency phrase of that noun.""",
)
# The object of an agency phrase that is a body's noun alone after "the", perhaps a
# possessive: "Bureau of the Council", "Administration of the Agency's".
_OWNER_OBJECT = lazy_pattern(r"\s(?:of|for)\sthe\s(" + "|".join(REFERRED_NOUNS) + r")(?:['’]s)?$")


def owner_of_part_phrase(page: PageLayout, start: int, end: int, is_unit: bool) -> Root | None:
    """The body the agency phrase at ``start``-``end`` names a part of, by the noun the page
    refers to it by ("Council" of "Bureau of the Council"), if it does
    (``root_owner_of_part_phrase``)."""
    if not enabled("root_owner_of_part_phrase"):
        return None
    text = page.text
    found = _OWNER_OBJECT.search(text, start, end)
    if found is None or _LONGER_OBJECT.match(text, end):
        return None  # "the Office of the Lamp Warden", cut at "Office": a longer object
    if any(section.heading.start <= start < section.heading.end for section in page.walk()):
        return None  # "Administration of the Agency" over a section: the heading's reading
    if agency_name_start(page, start, end) < start:
        return None  # "the Supervision Department of the Bank": a department of that name
    noun = found.group(1)
    # the page refers to the body by its noun alone elsewhere: "The Council comprises" (a
    # possessive before a capitalized word, "the Agency's Board", still refers to it); not
    # in an agency phrase, this one written again or another ("the Department of the Board")
    phrases = [(m.start(), m.end()) for m in AGENCY.finditer(text)]
    if all(any(a <= m.start() < b for a, b in phrases) for m in _reference(noun).finditer(text)):
        return None
    return Root(noun, None, found.start(1), found.end(1), is_unit, "root_owner_of_part_phrase")


# What goes on after an agency phrase's object cut at "of the": "the Office| of the President".
_LONGER_OBJECT = lazy_pattern(r"\s+(?:of|for)\b")


def _reference(noun: str) -> re.Pattern[str]:
    """ "the Council" alone: not "the Council of ..." nor "the Council Secretariat"."""
    return re.compile(
        r"\b[Tt]he\s" + noun + r"(?:['’]s(?![\w-])|(?![\w-])(?!\s+(?:of|for)\b)(?![ \t]+[A-Z]))"
    )


register(
    "root_not_one_of_plural",
    "root",
    """A name worded like an agency whose noun the page's title or a heading over it sets in
    the plural ("Departments" over "The Lampton Department of Wicks mends ...", "Bureaux"
    over "the Bureau of Oil", "Sub-Departments" over "the Department of Oil") is one of the
    departments or bureaus the page lists, not the body the page describes: the agency
    phrase passes over it, and the body is read as if the page named no such phrase with
    that noun (a page titled as a list of departments still names the city or county they
    serve, ``root_from_listed_departments_jurisdiction``). A plural in a heading that stands
    beside the name's section, not over it ("Departments" in the section before "About
    us"), a title line the page's title passes over as a section label ("Departments" over
    the title "Wicks"), a plural in prose ("the Ministry and other Ministries") and a plural
    of another noun (a title "Bureaus" over "the Department of Wicks") leave the name the
    agency; so does a sentence that gives the name those units ("The Department of Lamps
    oversees the departments below", as ``one_of_listed_units`` reads it): it owns them.""",
)


def _after_its_plural(page: PageLayout, match: re.Match[str]) -> bool:
    """Whether the page's title or a heading over the agency phrase ``match`` sets its noun
    in the plural ("Departments" over "Department of Wicks"), and the phrase's sentence does
    not give it those units (``root_not_one_of_plural``)."""
    if not enabled("root_not_one_of_plural"):
        return False
    noun = _agency_noun(match).lower()
    over = [*([page.title] if page.title else []), *_headings_over(page.sections, match.start())]
    plurals = {
        w
        for line in over
        for w in re.findall(r"[^\W\d_]+", line.text)
        if in_singular(w).lower() == noun
    }
    if not plurals:
        return False
    sentence = page.sentence_at(match.start())
    said = page.text[match.start() : sentence[1] if sentence else match.end()]
    return not any(owns_units(said, plural) for plural in plurals)


def _headings_over(sections: list[Section], at: int) -> list[Block]:
    """The headings of the sections, nested or not, that hold the position ``at``."""
    for section in sections:
        if section.heading.start <= at < section.end:
            return [section.heading, *_headings_over(section.members, at)]
    return []


register(
    "root_not_a_named_part",
    "root",
    """A name worded like an agency that its sentence names after a verb of composition or
    oversight ("The Secretariat consists of three bureaus: the Bureau of Wicks, ...", "The
    Warden oversees the Bureau of Lamps", "has oversight over the Lamp Mint, the Bureau of
    Oil", "There is established within the board the: (a) Department of Oil") is one of the
    parts of the body the page describes, not that body: the agency phrase passes over it,
    there and wherever the page names it again (its heading further down), also right after
    the verb's own preposition ("consists of the Bureau of Wicks, the Bureau of Glass"). A
    name that a preposition owns ("oversees the staff of the Department of Lamps", "oversees
    and works with the Department of Wicks") is no such part; the verb is read in any case
    ("Including the Bureau of Wicks, ..." at a sentence's start).""",
)
# A verb that names a body's parts after it: "consists of", "comprises", "includes",
# "oversees", "is composed of", "is divided into", "established within".
_PART_VERB = lazy_pattern(
    r"\b(?:consist(?:s|ing)?\s+of|compris(?:e|es|ing)|includ(?:e|es|ing)|oversee(?:s|ing)?"
    r"|oversight\s+(?:over|of)|composed\s+of|made\s+up\s+of|divided\s+into"
    r"|organi[sz]ed\s+into|established\s+within)\b",
    re.IGNORECASE,
)
# A preposition right before a name makes it the owner or the place of what comes before
# ("the staff of the Department of Oil"), not a part the verb names.
_OBJECT_OF_PREPOSITION = lazy_pattern(
    r"\b(?:of|for|within|in|at|from|to|by|under|with)\s+(?:the\s+)?$"
)
# What stands between a verb of composition and the name it names first: "consists of the".
_VERB_TO_NAME = lazy_pattern(r"\s+(?:the\s+)?")


def named_part(page: PageLayout, at: int, start: int) -> bool:
    """Whether the name at ``start`` (in ``page.blocks[at]``) comes after a verb that names a
    body's parts in its sentence (``root_not_a_named_part``)."""
    if not enabled("root_not_a_named_part"):
        return False
    block = page.blocks[at]
    for begin, stop in page.sentences(block.start, block.end):
        if begin <= start < stop:
            verbs = list(_PART_VERB.finditer(page.text, begin, start))
            if not verbs:
                return False
            before = page.text[max(begin, start - 20) : start]
            if _OBJECT_OF_PREPOSITION.search(before):
                # the verb's own preposition ("consists of the Bureau of Wicks") owns nothing
                return _VERB_TO_NAME.fullmatch(page.text, verbs[-1].end(), start) is not None
            return True
    return False


register(
    "agency_name_before_noun",
    "name",
    """An agency phrase's name may open before its noun with the capitalized words of a
    place or a field it is named for, on its line ("the Lampshire County Department of
    Wicks", "Chief Keeper, Wick Supply Agency of Lampland", a country's initialism: "the
    U.K. Department of Wicks"): the name is the whole run, not
    the phrase from its noun on ("Department of Wicks"); a heading that names the agency
    from its noun on ("About the Department of Wicks") still names it. A sentence's opening
    word ("The", "Our", "About", "Contact"), a possessive ("Lampshire's Department of
    Wicks": the place's department, named so by the page only) and a title's words
    ("Director", "Secretary") stand outside the name. Under a section heading whose words
    the grown name holds ("Braiding" over "the mission of the Lampton Bureau of Braiding"),
    the phrase is not grown: that name is the section's unit, a part the page names on its
    own; the heading that holds the phrase itself is no section over it but the agency's
    own line ("Lampshire Department of Wicks Organizational Structure").""",
)
# Capitalized words right before an agency's noun on its line ("Lampshire County "), each
# followed by one space; a country's initialism ("U.S. ", "U.K. ") is one such word, its
# full stops no sentence's end.
_NAME_BEFORE_NOUN = lazy_pattern(r"(?:(?<![\w’'.&-])(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)[ ]){1,4}$")
# Words before an agency's noun that open a sentence, address the reader or name a post: no
# part of the agency's name.
_NOT_IN_NAME_BEFORE = frozenset(
    {
        *("The", "This", "These", "That", "Our", "Its", "Their", "His", "Her", "A", "An"),
        *("In", "At", "Of", "For", "To", "From", "With", "By", "On", "And", "Or", "As"),
        *("Welcome", "About", "Contact", "Home", "Visit", "See", "Under", "Within", "Email"),
        *("Director", "Secretary", "Minister", "Commissioner", "Chief", "Head", "Deputy"),
        *("Mission", "Vision", "Page", "Website", "Menu", "Search", "Skip", "Main"),
    }
)
# Words that are news right before an agency's noun ("New Department of Wicks opens") but
# open a place's name before another capitalized word ("New Lampshire Department of Wicks").
_NEWS_BEFORE_NOUN = frozenset({"New"})


def agency_name_from_noun(name: str) -> str | None:
    """The agency's name from its noun on, when place words open it ("Department of Wicks"
    of "Lampshire Department of Wicks"): a heading that names the agency so ("About the
    Department of Wicks") names it too (``agency_name_before_noun``)."""
    if not enabled("agency_name_before_noun"):
        return None
    found = re.search(r"(?<=[ ])(?:" + "|".join(_AGENCY_NOUNS) + r") (?:of|for) ", name)
    return name[found.start() :] if found is not None else None


def agency_name_start(page: PageLayout, start: int, end: int) -> int:
    """Where the agency's name that ``AGENCY`` found at its noun (``start`` to ``end``)
    really starts: at the capitalized words of its line before it
    (``agency_name_before_noun``)."""
    if not enabled("agency_name_before_noun"):
        return start
    text = page.text
    run = _NAME_BEFORE_NOUN.search(text, max(0, start - 80), start)
    if run is None:
        return start
    kept: list[str] = []
    for word in reversed(run.group().split()):
        if word in _NOT_IN_NAME_BEFORE or (word in _NEWS_BEFORE_NOUN and not kept):
            break
        kept.insert(0, word)
    if not kept:
        return start
    begin = start - len(" ".join(kept)) - 1
    heading = _heading_over(page, start)
    if heading is not None and _heading_words(heading.text) <= (
        set(name_tokens(text[begin:end])) - CONNECTORS
    ):
        return start  # "Braiding" over "the Lampton Bureau of Braiding": the section's unit
    return begin


def _heading_over(page: PageLayout, at: int) -> Block | None:
    """The nearest heading before ``at`` that is no title line, if any: not the heading that
    holds ``at`` itself, which names the agency with its place words ("Lampshire Department
    of Wicks Organizational Structure")."""
    titles = {line.start for line in page.title_lines}
    for index in range(page.block_index_before(at), -1, -1):
        block = page.blocks[index]
        if block.start <= at < block.end:
            continue
        if block.kind == HEADING:
            return None if block.start in titles else block
    return None


register(
    "agency_series_name",
    "name",
    """An agency named for a series of portfolios, its items set off by commas and closed by
    "and" ("Ministry of Lamps, Wicks and Oil", "Department of Lamps, Glass Care, and Wicks"),
    is named by the whole series, not cut at its first comma (a series whose items hold an
    acronym or a name closed by a unit or agency noun lists other bodies: "a Ministry of
    Lamps, LQ Wicks and LQ Oil", "a Department of Lamps, Wick Supply Board and Glass Council";
    a bare noun is a portfolio: "Department of Lamps, Administration and Wicks").""",
)
# ", Glass Care, Wick Supply and Oil": up to four comma-set items of capitalized words, then
# "and" (after an optional comma) and the last item.
_SERIES_TAIL = lazy_pattern(
    r"(?:,\s[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}){1,4},?\sand\s[A-Z][\w’'-]*"
    r"(?:\s[A-Z][\w’'-]*){0,3}\b"
)


def agency_series_end(text: str, end: int) -> int:
    """Where an agency's name that ``AGENCY`` cut at a comma really ends: past the series
    its name goes on with (``agency_series_name``)."""
    if text[end : end + 1] != "," or not enabled("agency_series_name"):
        return end
    tail = _SERIES_TAIL.match(text, end)
    if tail is None or re.search(r"\b[A-Z]{2,}\b", tail.group()):
        return end  # "..., LQ Lamps and LQ Wicks": other bodies, named by their acronyms
    if any(_names_a_body(item) for item in re.split(r",\s|\sand\s", tail.group()[1:])):
        return end  # "..., Wick Supply Board and Glass Council": other bodies, by their nouns
    return tail.end()


def _names_a_body(item: str) -> bool:
    """A series item is a body of its own when a name comes before its body noun ("Wick
    Supply Board"); a bare noun ("Administration") is a portfolio the agency is named for."""
    words = item.split()
    return len(words) > 1 and words[-1].lower() in _BODY_NOUNS


# A series item holding one of these names a body of its own, not a portfolio ("services"
# names a portfolio as often: "Health and Human Services").
_BODY_NOUNS = BODY_NOUNS - {
    "service",
    "services",
    "program",
    "enforcement",
    "protection",
}
