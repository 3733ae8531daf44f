"""Root strategies that read the body a page refers to by its noun alone after "the"
("the Board"; "the Trust" of more kinds of bodies; "our Agency" on a page that speaks for its
body): under a title that is a section label, a topic, an aspect of a body of some kind
("Executive Structure") or a document's reference, as the introduction's subject, for
a first line or a title that is no name, and for a title naming an agency's units."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from pipeline.extract.names import name_tokens
from pipeline.extract.root.common import (
    AGENCY_NOUNS,
    MONTHS,
    POSSESSIVE_END,
    PROGRAM_LISTING,
    REFERRED_NOUNS,
    TOPIC_WORDS,
    Root,
    _names_units_in_plural,
    is_name_line,
    title_words,
)
from pipeline.extract.root.first_line import first_line_furniture, names_no_body
from pipeline.extract.units import Unit, ancestors
from pipeline.rules import enabled, register
from pipeline.text.blocks import head_noun
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, is_section_label
from pipeline.text.vocabulary import (
    AUXILIARIES,
    COLLEGIAL_NOUNS,
    CONNECTORS,
    LISTING_NOUNS,
    ORGANIZATION_WORDS,
    PLACE_NOUNS,
    PRESENT_VERB,
    TOPIC_OF_HEADS,
    UNIT_NOUNS,
)

register(
    "root_from_referred_body",
    "root",
    """A page titled only by a section label ("Organization", "Our Structure", "How the
    Board works") whose introduction names no subject, and that refers to the body it
    describes by a body noun alone after "the" ("The Board consists of seven keepers ...",
    "the Commission is composed of ...", "staff of the Council"), is about that body: the
    root is the noun it refers to most often ("Board"), not the label. A title whose words
    all name what the page shows of a body ("Departments", "Components of the agency",
    "Pattern of organization", "Leadership and Members") is read as such a label. A noun the
    introduction's first sentence refers to comes first ("There are two wings in the
    Office ..."), and it names the body ahead of an agency phrase that stands after it
    ("The Commission is independent from the Department of Lamps", an act's name further
    down). A noun before "of" or "for" opens a longer name ("the Board of Wicks"), not a
    reference.""",
)
# One of those nouns, as the pattern's first group.
_REFERRED_NOUN = r"(" + "|".join(REFERRED_NOUNS) + r")\b"


def _not_before(words: Iterable[str], space: str = r"\s+") -> str:
    """A look-ahead that none of ``words`` follows a body's noun: "the Board of Wicks",
    "the Council on Lamp Safety" name another body, not the one the noun refers to."""
    return r"(?!" + space + "(?:" + "|".join(map(re.escape, sorted(words))) + r")(?!\w))"


# Compiled at import, not lazily: a match is told apart by its pattern (``match.re is``).
_REFERENCE = re.compile(r"\b[Tt]he\s+" + _REFERRED_NOUN + _not_before(("of", "for")) + r"(?![\w-])")

register(
    "root_referred_body_more_nouns",
    "root",
    """The nouns of more kinds of bodies, read as ``root_from_referred_body`` reads "the
    Board": a trust ("the Trust"), a directorate ("the Directorate"), a port ("the Port"), a
    town, township, village, borough or parish ("the Town"), an inspectorate or a tribunal.
    A page about such a body, under a title that is a section label or a topic ("Mission",
    "Organizational Structure"), refers to it as "the Trust is made up of ..." and seldom
    names it in full; the root is that noun, not the label. A mention is no reference when
    a capitalized word follows it ("the Trust Wick Board", "the Port Commission", "the Town
    Clerk": a longer name, a part or a post of the body) or "of" or "for" does ("the Port of
    Lampton": a longer name). The nouns of a place (a port, town, township, village, borough
    or parish) name where a body serves as often as the body ("ships calling at the Port",
    "residents of the Parish", "Serving the Village since 1952, the Department of ..."): but
    as the subject that opens the introduction ("The Town keeps the lamps lit ..."), such a
    noun is read only on a page that refers to no other body by its noun alone ("the
    Authority", "the Council", "our Agency": the body the page is about), and never ahead of
    an agency phrase the introduction names (that phrase names the body, the place where it
    serves). A mention that stands in the section of a heading whose head noun it is ("The
    Directorate runs the theatres" under "Surgery Directorate") is that unit speaking of
    itself, not the page's body, and is not counted: a directorate is as often a part of a
    ministry or a trust as a body of its own.""",
)
# Nouns of kinds of bodies besides ``REFERRED_NOUNS``, read behind their own switch.
MORE_REFERRED_NOUNS = (
    *("Trust", "Directorate", "Port", "Town", "Township", "Village", "Borough", "Parish"),
    *("Inspectorate", "Tribunal"),
)
# The nouns among those that name a place as often as a body (``root_referred_body_more_nouns``).
_PLACE_REFERRED_NOUNS = frozenset(("Port", "Town", "Township", "Village", "Borough", "Parish"))
# A mention that opens no longer name: neither "of"/"for" nor a capitalized word follows it.
_NO_LONGER_NAME = _not_before(("of", "for")) + r"(?![\w-])(?![ \t]+[A-Z])"
# Compiled at import, not lazily: a match is told apart by its pattern (``match.re is``).
_MORE_REFERENCE = re.compile(
    r"\b[Tt]he\s+(" + "|".join(MORE_REFERRED_NOUNS) + r")\b" + _NO_LONGER_NAME
)

register(
    "root_referred_body_own_voice",
    "root",
    """A page that speaks for its body in the first person refers to it as "our Agency",
    "our Bureau" ("Our Bureau is made up of three divisions", "lamps kept lit by
    our Agency"), as another page refers to it as "the Agency": such a mention of a body's
    noun is read as ``root_from_referred_body`` reads "the Agency", and counted with those.
    A mention is no reference when a capitalized word follows it ("our Agency Wick Board",
    "our Agency Lamp Keeper": a part or a post), or "of" or "for" does ("our Board of
    Keepers"), or
    when no word in lower case or mark of a sentence follows it: "Our Organization" alone
    on its line is a section's heading, a topic, not a reference. Nor are the nouns that a
    body speaking for itself uses of what is not itself: a place ("serving our City", "our
    County", "our Town": where its people live, which a department's page speaks of too),
    a collegial body ("our Board", "our Commission": the members who
    govern it, a part of the body whose staff write the page), and an administration ("our
    Administration": the government of the day). A mention that stands in the section of a
    heading whose head noun it is ("Our Bureau mends forty lamp posts" under "Lamp Post
    Bureau") is that unit speaking for itself, not the page's body, and is not counted.""",
)
# What "our" names that is not the body speaking: a place, its governing members, the
# government of the day (``root_referred_body_own_voice``).
_NOT_OWN_BODY = PLACE_NOUNS | COLLEGIAL_NOUNS | {"parish", "administration"}


def _own_voice(nouns: Iterable[str]) -> re.Pattern[str]:
    """ "our Agency" of one of ``nouns``, inside a sentence (``root_referred_body_own_voice``)."""
    return re.compile(
        r"\b[Oo]ur\s+("
        + "|".join(nouns)
        + r")\b"
        + _NO_LONGER_NAME
        + r"(?=(?:['’]s)?(?:[ \t]+[a-z]|[.,;:)]))"
    )


_OWN_VOICE = _own_voice(n for n in REFERRED_NOUNS if n.lower() not in _NOT_OWN_BODY)
_OWN_VOICE_MORE = _own_voice(n for n in MORE_REFERRED_NOUNS if n.lower() not in _NOT_OWN_BODY)


def _references(page: PageLayout, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The mentions of a body by its noun alone between ``start`` and ``end``, in the order
    of the text: "the Board" (``root_from_referred_body``), "the Trust"
    (``root_referred_body_more_nouns``), "our Agency" (``root_referred_body_own_voice``),
    each behind its own switch, with the guards of the latter two (a unit speaking of
    itself, a place's noun on a page that refers to another body); no rule of its own."""
    stop = len(page.text) if end is None else end
    found = [
        match
        for pattern in _patterns()
        for match in pattern.finditer(page.text, start, stop)
        if not _unit_speaking_of_itself(page, match)
    ]
    if any(_place_aside(page, match) for match in found) and _refers_to_a_body(page):
        # "residents of the Parish" on a page that refers to "the Council"
        found = [match for match in found if not _place_aside(page, match)]
    return sorted(found, key=lambda match: match.start())


def _place_aside(page: PageLayout, match: re.Match[str]) -> bool:
    """Whether a mention is of a place's noun ("the Port", "the Village") that does not open
    the introduction as its subject ("The Town keeps the lamps lit ..." does): the place
    where a body serves (``root_referred_body_more_nouns``)."""
    if match.group(1) not in _PLACE_REFERRED_NOUNS:
        return False
    return not page.intro or bool(page.text[page.intro[0].start : match.start()].strip())


def _patterns() -> list[re.Pattern[str]]:
    """The patterns of a mention of a body by its noun alone, each behind its rule's switch."""
    patterns = [_REFERENCE]
    more = enabled("root_referred_body_more_nouns")
    if more:
        patterns.append(_MORE_REFERENCE)
    if enabled("root_referred_body_own_voice"):
        patterns.extend((_OWN_VOICE, _OWN_VOICE_MORE) if more else (_OWN_VOICE,))
    return patterns


def _refers_to_a_body(page: PageLayout) -> bool:
    """Whether the page refers anywhere to a body by a noun alone that is no place's ("the
    Council", "the Authority", "our Agency"), a unit speaking of itself aside
    (``root_referred_body_more_nouns``)."""
    return any(
        match.group(1) not in _PLACE_REFERRED_NOUNS and not _unit_speaking_of_itself(page, match)
        for pattern in _patterns()
        for match in pattern.finditer(page.text)
    )


def _unit_speaking_of_itself(page: PageLayout, match: re.Match[str]) -> bool:
    """Whether a mention read by ``root_referred_body_more_nouns`` or
    ``root_referred_body_own_voice`` stands in the section of a heading (or of one above it)
    whose head noun is the mention's noun: "The Directorate runs the theatres" under
    "Surgery Directorate", "Our Bureau mends forty lamp posts" under "Lamp Post Bureau"."""
    if match.re is _REFERENCE:
        return False
    noun = match.group(1).lower()
    return any(
        section.heading.end <= match.start() < section.end
        and head_noun(tuple(name_tokens(section.heading.text))) == noun
        for section in page.walk()
    )


def _read_by(match: re.Match[str]) -> str:
    """The rule that reads a mention of a body as a reference: "our Agency" is
    ``root_referred_body_own_voice``'s, "the Trust" ``root_referred_body_more_nouns``', "the
    Board" ``root_from_referred_body``'s."""
    if match.re in (_OWN_VOICE, _OWN_VOICE_MORE):
        return "root_referred_body_own_voice"
    if match.re is _MORE_REFERENCE:
        return "root_referred_body_more_nouns"
    return "root_from_referred_body"


def names_topic_only(title: str) -> bool:
    """Whether every word of a title names what the page shows of a body, none the body
    (``root_from_referred_body``): "Departments", "Components of the agency", "Pattern of
    organization"."""
    return enabled("root_from_referred_body") and _topic_words_only(title)


def _topic_words_only(title: str) -> bool:
    """Whether every word of a line names what the page shows of a body, none the body (read
    by ``root_from_referred_body`` and ``root_first_line_referred_body``, each behind its own
    switch)."""
    words = [w for w in re.findall(r"[a-z]+", title.lower()) if w not in CONNECTORS]
    return bool(words) and set(words) <= TOPIC_WORDS


register(
    "root_title_document_reference",
    "root",
    """A title that is only a document's reference ("Section 12", "Part 12—Organization and
    Purpose", "Chapter 3-14", "12 U.S.C. 40", "Title 9— LAMPS AND WICKS", "Executive Order No.
    17 [...]", a file's identifier: "LAMPREG-2009-03-04-Pg12") names
    no body: the body the page refers to ("the Board") is the root
    (``root_from_referred_body``), not the reference.""",
)
_DOCUMENT_REFERENCE = lazy_pattern(
    r"\s*(?:(?:part|subpart|section|chapter|title|article|executive\s+order)\s+(?:no\.?\s*)?"
    r"(?:\d[\w.-]*|[ivxlc]+\b)|\d+\s+(?:cfr|u\.?s\.?c\.?)\s+\d|§|[a-z]+-\d{4}-[\w-]+\s*$)",
    re.IGNORECASE,
)


def names_document_reference(title: str) -> bool:
    """Whether a title opens with a document's reference (``root_title_document_reference``)."""
    return enabled("root_title_document_reference") and bool(_DOCUMENT_REFERENCE.match(title))


register(
    "root_referred_body_aspect_title",
    "root",
    """A title that names an aspect of a body, not the body: each of its parts (between
    commas, "and" or "&") ends in a noun of what a body has or does, its structure, chart,
    overview, organization, responsibilities, roles, functions, duties or mandate, and the
    words before that noun only say of which kind, an adjective ("Executive Structure",
    "Managerial Chart", "Executive Functions"), a topic's word ("Staffing Structure") or a
    common noun in lower case ("Staffing structure, powers and wage structure").
    No body is called "... Structure" or "... Responsibilities": the page is about the body
    it refers to by its noun alone ("the Board"), read as ``root_from_referred_body`` reads
    it under a title of topic words only, not the title. A title that holds a body's, a
    unit's or a place's noun ("Board Structure", "Division Overview", "Town Structure"),
    another capitalized word ("Lampton Structure": perhaps a name), or a connector but
    "and" ("Structure of the Lamp Office": a body named after the topic) keeps its
    reading. Review mends: (1) such a title is read as a section label is, so the body the
    introduction opens with, named in full ("Wickshire Lamp Government is established
    ...", "Lampton Isle Lamp Constabulary is commanded ..."), as
    ``root_from_intro_subject_under_label`` reads it, is the root; only on a page that
    opens with none is the body it refers to by its noun alone. The noun the page refers
    to most often is as often a body the page's body answers to ("the Assembly", "the
    Authority", "the Board") as the body itself, and read first it dropped the full name.
    (The first body the opening prose names anywhere, as ``root_from_opening_agency_name``
    reads it, is not read: on a development page it was a body of the page's, not the
    page's.) (2) A word read as an adjective by its ending that the page calls a body by,
    as the subject of a verb after "the" ("The Executive meets ..." under "Executive
    Functions", "The Cooperative is owned ..." under "Cooperative Structure"), is the
    body's noun, not a kind: the title names that body and keeps its reading (it gave the
    body the Executive answers to, "the Assembly"); a word of a longer name ("the Executive
    Keeper", "the Administrative and Wick Unit") is no such call. A title that is a
    section label or of topic words only ("Organization") is read by those rules, not by
    this one.""",
)
# The nouns of what a body has or does, that end a title of an aspect of it.
_ASPECT_HEADS = ORGANIZATION_WORDS | TOPIC_OF_HEADS | {"structures", "chart", "charts", "overview"}
# An adjective by its ending: "Executive", "Organizational", "Managerial".
_ADJECTIVE = lazy_pattern(r"[a-z]{2,}(?:al|ive)")
# The nouns no aspect's kind is: a body's, a unit's, a place's ("Board Structure").
_BODY_WORDS = (
    frozenset(noun.lower() for noun in (*AGENCY_NOUNS, *REFERRED_NOUNS, *MORE_REFERRED_NOUNS))
    | UNIT_NOUNS
    | PLACE_NOUNS
)
# What splits a title into its parts: a comma, a semicolon, "and", "&".
# (Never tried after a space: a run of spaces is read from its start, once.)
_TITLE_PARTS = lazy_pattern(r"(?<!\s)\s*(?:[,;&]|\band\b)\s*", re.IGNORECASE)
# A title's word as a subject (``_called_a_body``): no connector after it ("the Executive
# and ..."), then a word in lower case, perhaps after an adverb, and the word after that.
_SUBJECT_VERB = (
    _not_before(CONNECTORS, r"[ \t]+")
    + r"[ \t]+(?:(?:also|[a-z]{2,}ly)[ \t]+)?(?P<next>[a-z]+)(?:[ \t]+(?P<then>[a-z]+))?"
)


def names_aspect_only(title: str, text: str = "") -> bool:
    """Whether a title names only aspects of a body, each of a kind an adjective, a topic's
    word or a noun in lower case says ("Executive Structure"), no word read as an adjective
    one that ``text`` (the page's text after the title) calls a body by ("The Executive
    meets ...") (``root_referred_body_aspect_title``)."""
    if not enabled("root_referred_body_aspect_title"):
        return False
    if is_section_label(title) or _topic_words_only(title):
        return False  # "Organization": read as a label or a topic is, not here
    parts = [title_words(part) for part in _TITLE_PARTS.split(title)]
    parts = [words for words in parts if words]
    if not parts:
        return False
    for words in parts:
        if words[-1].lower() not in _ASPECT_HEADS:
            return False
        for word in words[:-1]:
            lower = word.lower()
            if lower in _BODY_WORDS or lower in CONNECTORS:
                return False  # "Board Structure", "Structure of the Lamp Office"
            if word.islower() or lower in TOPIC_WORDS:
                continue
            if not _ADJECTIVE.fullmatch(lower):
                return False  # "Lampton Structure": perhaps a name
            if _called_a_body(lower, text):
                return False  # "Executive Functions" over "The Executive meets ..."
    return True


def _called_a_body(word: str, text: str) -> bool:
    """Whether ``text`` calls a body by ``word`` capitalized, as the subject of a verb after
    "the" ("The Executive meets ...", "the Executive is ..."), not a word of a longer name
    ("the Executive Keeper", "the Administrative and Wick Unit", "the Executive office
    keeps") (``root_referred_body_aspect_title``)."""
    pattern = r"\b[Tt]he[ \t]+(" + re.escape(word.capitalize()) + r")" + _SUBJECT_VERB
    for match in re.finditer(pattern, text):
        if not _unit_noun_after(text, match.end(1)) and _reads_as_verb(
            match.group("next"), match.group("then")
        ):
            return True
    return False


def referred_first(page: PageLayout, before: int) -> Root | None:
    """The body the introduction's first sentence refers to by a noun alone ("The Commission
    is ...", "established in the Department"), ahead of any agency phrase (``before``)
    (``root_from_referred_body``)."""
    if not enabled("root_from_referred_body"):
        return None
    # "Serving the Village since 1952, the Department of ...": the place where the agency
    # phrase's body serves, not the subject (``root_referred_body_more_nouns``)
    return _first_sentence_reference(page, before, lambda match: not _place_aside(page, match))


# Whether a mention of a body's noun after "the" refers to the body (all do, unless told).
Refers = Callable[[re.Match[str]], bool]


def _first_sentence_reference(
    page: PageLayout, before: int, refers: Refers | None = None
) -> Root | None:
    """The body the introduction's first sentence refers to by a noun alone, ahead of
    ``before``, at its first mention that ``refers``; no rule of its own (read by
    ``root_from_referred_body``, ``root_first_line_referred_body`` and
    ``root_owner_of_titled_units``, each behind its own switch)."""
    if not page.intro:
        return None
    begin, stop = page.sentences(page.intro[0].start, page.intro[0].end)[0]
    for match in _references(page, begin, min(stop, before)):
        if refers is None or refers(match):
            noun = match.group(1)
            return Root(noun, None, match.start(1), match.end(1), False, _read_by(match))
    return None


register(
    "root_from_referred_subject",
    "root",
    """An introduction whose first sentence opens with the body's noun alone as its subject ("The
    Library is governed by a board ...", "The Council meets each month") is about that body: the
    root is the noun ("Library"), not the words of a title that names no body of its own ("Lamp
    Keeping", "Keeping the Lamps Lit") or only the noun ("The Library"). A title that names the body
    in full, the noun among its words ("Lampton Public Library", "Wick Valley Library District"),
    keeps its reading; so does an agency phrase, even one that names the body as its owner
    ("the Bureau of the Council": read so on one development page only, a rule of its own was
    removed as fitted to it). A noun before a connector ("of", "for", "and", "on",
    "in", "to" ...) opens a longer name ("The Board of Wicks meets ...", "The Administration and Oil
    Division keeps ...", "The Council on Lamp Safety meets ..."), one before a unit noun in lower
    case names a unit ("The Library branch lends ..."), and one before a word that is no verb (none
    of an auxiliary, a past in "-ed" or a present in "-s" that no auxiliary follows) modifies a noun
    ("The Office hours are ...", "The City website lists ..."); a noun that opens a longer
    capitalized name ("The City Lamp Keeper is ...") or that the sentence names after its subject
    ("The Wick Office serves the City") is no such subject. A title that names units in the plural,
    a listing noun anywhere in its words ("Lamp Departments", "Lamp Departments - Lampton",
    "Departments of Lampton"), keeps its reading: it may list the departments of a place, and the
    body the introduction opens with one of the place's own (as ``root_title_names_units`` reads
    such a title). A page with no title is read from its first line, as before.""",
)
# "The Library is governed ...": a body's noun alone, then a word in lower case (its verb),
# not a connector (a longer name: "The Board of Wicks", "The Administration and Oil
# Division", "The Council on Lamp Safety", "The Board to Oversee Wicks").
_REFERRED_SUBJECT = lazy_pattern(
    r"\s*The[ \t]+"
    + _REFERRED_NOUN
    + _not_before(CONNECTORS, r"[ \t]+")
    + r"[ \t]+(?:(?:also|[a-z]{2,}ly)[ \t]+)?(?P<next>[a-z]+)(?:[ \t]+(?P<then>[a-z]+))?"
)


# The word right after a body's noun, in lower case: "The Department office keeps ...".
_WORD_AFTER_BODY = lazy_pattern(r"[ \t]+([a-z]+)")


def _unit_noun_after(text: str, end: int) -> bool:
    """Whether a unit's noun in lower case follows a body's noun that ends at ``end`` ("The
    Library branch lends ...", "The Department office keeps ..."): the two name a unit, the
    noun alone refers to no body."""
    after = _WORD_AFTER_BODY.match(text, end)
    return after is not None and after.group(1) in UNIT_NOUNS


def _reads_as_verb(word: str, then: str | None) -> bool:
    """Whether the word after a sentence's opening noun reads as its verb: an auxiliary
    ("is", "has", "shall"), a past ("was governed", "established"), or a present by its
    ending that no auxiliary follows ("The Library lends ..."; "The Office hours are ...":
    "hours" is a noun) (``root_from_referred_subject``)."""
    if word in AUXILIARIES or word.endswith("ed"):
        return True
    return PRESENT_VERB.fullmatch(word) is not None and then not in AUXILIARIES


def referred_subject(page: PageLayout) -> Root | None:
    """The body noun the introduction's first sentence opens with as its subject
    (``root_from_referred_subject``)."""
    if not page.intro or not enabled("root_from_referred_subject"):
        return None
    title = title_words(page.title.text) if page.title is not None else []
    if LISTING_NOUNS & {word.lower() for word in title}:
        # "Lamp Departments |", "Departments of Lampton": perhaps the departments of a place
        return None
    first = page.intro[0]
    match = _REFERRED_SUBJECT.match(page.text, first.start, first.end)
    if match is None or _unit_noun_after(page.text, match.end(1)):
        return None  # "The Library branch lends ...": a unit's name
    if not _reads_as_verb(match.group("next"), match.group("then")):
        return None  # "The City website lists ...", "The Board meeting is held ..."
    noun = match.group(1)
    return Root(noun, None, match.start(1), match.end(1), False, "root_from_referred_subject")


def names_subject_in_full(title: str, noun: str) -> bool:
    """Whether a title names in full the body the introduction's subject refers to by its noun
    alone: it holds the noun as a word beside others ("Lampton Public Library", "Wick Valley
    Library District" of "The Library ..."), not the noun alone ("The Library"), and the
    noun ends the name, or a body's noun follows it ("Library District"), not a word it
    modifies ("Library Hours" or "Council Meetings" over "The Library is open ...")
    (``root_from_referred_subject``)."""
    words = [POSSESSIVE_END.sub("", word).lower() for word in title_words(title)]
    words = [word for word in words if word not in ("the", "a", "an")]
    if noun.lower() not in words or len(words) < 2:
        return False
    for match in re.finditer(r"(?<!\w)" + re.escape(noun) + r"(?:['’]s)?(?!\w)", title, re.I):
        after = _WORD_AFTER_NOUN.match(title, match.end())
        if after is None or after.group(1).lower() in _NAME_ENDING_NOUNS:
            return True  # "Lampton Public Library", "Library | Home", "Library District"
    return False


# The word right after a body's noun in a title, no mark between them ("Library Hours").
_WORD_AFTER_NOUN = lazy_pattern(r"[ \t]+([A-Za-z][\w’'-]*)")
# Nouns that may end a body's name after another body's noun ("Wick Valley Library District").
_NAME_ENDING_NOUNS = frozenset(noun.lower() for noun in REFERRED_NOUNS) | UNIT_NOUNS


def referred_body(page: PageLayout) -> Root | None:
    """The body noun the page refers to most often after "the", where it first does
    (``root_from_referred_body``)."""
    if not enabled("root_from_referred_body"):
        return None
    return _most_referred_body(page)


def _most_referred_body(page: PageLayout, refers: Refers | None = None) -> Root | None:
    """The body noun the introduction's first sentence refers to after "the", else the one
    the page refers to most often, where it first does, counting only the mentions that
    ``refers`` (all, unless given); no rule of its own (read by ``root_from_referred_body``,
    ``root_first_line_referred_body`` and ``root_owner_of_titled_units``, each behind its
    own switch)."""
    opening = _first_sentence_reference(page, len(page.text), refers)
    if opening is not None:
        return opening
    first: dict[str, re.Match[str]] = {}
    counts: dict[str, int] = {}
    for match in _references(page):
        if refers is not None and not refers(match):
            continue
        noun = match.group(1)
        first.setdefault(noun, match)
        counts[noun] = counts.get(noun, 0) + 1
    if not counts:
        return None
    noun = max(counts, key=lambda n: (counts[n], -first[n].start()))
    match = first[noun]
    return Root(noun, None, match.start(1), match.end(1), False, _read_by(match))


register(
    "root_first_line_referred_body",
    "root",
    """A page with no title whose root is read from the words of a first line that is no name
    (a label or a notice set above the page, "Archived page", "Notice: The site closes at
    noon", a document's number, "4-210", a table's header naming only what the page shows,
    "Divisions | Duties", a sentence, "Each night the keepers of the Board light the lamps")
    is about the body its text refers to by its noun alone after "the" ("The Board keeps
    ...", "the staff of the Board"): the root is named by that noun, read as
    ``root_from_referred_body`` reads it (the noun of the first sentence, else the one the
    page refers to most often), with the sentence that refers to it as its evidence. The
    page's units are read as before, under the first line (the units a first sentence names
    hang from the root as they did); only the root's name and evidence change. A mention of
    the noun is no reference, and is not counted, when a capitalized word follows it ("the
    County Lamp Court": a longer name) or a unit's noun in lower case ("the Board office":
    a unit), when it closes the names of three or more of the page's units, each counted once
    however often the page names it ("the Division" on a page of the Wick Division, the Oil
    Division and the Glass Division: one of them), when the sentence that refers to it
    stands in the section of a unit, or of a unit above that one, whose head noun it is
    ("The Division keeps the wicks ..." under "Wick Division": that unit speaking of
    itself), or when the page has a unit of that name ("Board" over a paragraph: "the Board"
    is that unit); with no mention left the line is kept, as it is on a page that refers to
    no body, and a section's number and title ("§9-1 Department of lamps.") keep their reading.""",
)

# A capitalized word right after a body's noun: the noun opens a longer name ("the County
# Lamp Court"), it does not refer to a body by itself.
_NAME_GOES_ON = lazy_pattern(r"[ \t]+[A-Z]")
# So many names closed by the noun make it the noun of the page's parts.
MIN_PART_NAMES = 3


def first_line_referred_body(page: PageLayout, root: Root, units: list[Unit]) -> Root | None:
    """The body the page refers to by its noun alone, naming a root read from the words of a
    first line that is no name (``root_first_line_referred_body``) or from a title that is
    no name (``root_no_name_title_referred_body``); None for any other root and on a page
    that refers to no body so. ``units`` are the page's units but the root, read under the
    root as it was."""
    if root.found_by == "root_from_title":
        return _no_name_title_referred_body(page, root, units)
    if root.found_by != "root_from_first_line" or not enabled("root_first_line_referred_body"):
        return None
    first = next((b for b in page.blocks if b.text.strip()), None)
    if first is None or root.start != first.start:
        return None  # "§9-1 Department of lamps. ...": the section's title
    line = first.text.split("\n", 1)[0]
    if is_name_line(line) and not _topic_words_only(line) and not first_line_furniture(line):
        return None  # a name; not furniture ("Season's Greetings!": root_past_first_line_furniture)
    referred = _referred_agency(page, units)
    if referred is None:
        return None
    return replace(referred, found_by="root_first_line_referred_body")


register(
    "root_no_name_title_referred_body",
    "root",
    """A title that is no name, read as the root for want of any other, gives way to the body
    the page refers to by its noun alone after "the", as ``root_first_line_referred_body``
    reads it for a first line that is no name (the same guards: not a noun a capitalized
    word or a unit's noun in lower case follows, not a unit of the page nor the noun of
    three or more of its units, not a unit speaking of itself). A title is no name when it is
    a sentence, a verb "to be" or "to have" in lower case after its subject ("These are the
    divisions of the Board", "The chart is shown below"; not a question, "What is Lamp
    Keeping?", which names its topic), or when it is a date or a document's label by its
    number and no word of it names a body, a post or a place ("March 4, 2019", "Bill No. 12",
    "12.4 - Rules and Regulations", "Lampshire Code Annotated 2021"): a site's banner or a
    document's heading set above the text, not the body the text describes. The page's units
    are read as before, under the title; only the root's name and evidence change. A title
    that names a body ("Lamp Board 2019", "Wick Office No. 2") keeps its reading; so does a
    name in sentence case ("Lamp keeping division").""",
)
# A date ("March 4, 2019", "4 March 2019"), a document's number ("Bill No. 12", "Number
# 7"), a section's number opening a line ("12.4 - Rules"), an edition's year closing it
# ("Lampshire Code 2021").
_MONTH = "(?:" + "|".join(sorted(MONTHS)) + ")"
_NUMBERED_LABEL = lazy_pattern(
    rf"(?i:\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\b|\bno\.?\s*\d|\bnumber\s+\d)"
    r"|^\s*\d+(?:[.-]\d+)+(?!\w)|\b(?:19|20)\d\d\s*$"
)
# A sentence: its verb "to be" or "to have" in lower case after a word that opens its
# subject ("These are the divisions ...", "The chart is shown below"), no question ("What
# is Lamp Keeping?").
_SENTENCE_VERB = lazy_pattern(
    r"^\W*(?!(?:What|Who|How|Where|Why|When|Which)\b)[A-Z][\w'’]*(?:\s+\S+){0,6}?"
    r"\s+(?:is|are|was|were|has|have)\s+[^?]*$"
)


def title_no_name(title: str) -> bool:
    """Whether a title is no name: a sentence, or a date or a document's label by its
    number that names no body (``root_no_name_title_referred_body``)."""
    if _SENTENCE_VERB.match(title):
        return True
    return _NUMBERED_LABEL.search(title) is not None and names_no_body(title)


# The nouns of a document's label, which its text refers to as "the Act", "the Bill".
_DOCUMENT_NOUNS = frozenset(
    {
        *("act", "bill", "law", "code", "ordinance", "regulation", "regulations", "rules"),
        *("order", "notice", "gazette", "circular", "report", "plan", "policy", "minutes"),
        *("budget", "statute", "schedule", "constitution", "charter", "agreement", "treaty"),
    }
)
# A number's label closing a name: "No. 7", "Number 3", "2030", "14 - Westmoreland".
_NUMBER_TAIL = lazy_pattern(r"(?i:\s+(?:no\.?|number)\s*\d.*|\s+\d.*)$")


def _text_names_numbered_title(page: PageLayout, title: str, after: int) -> bool:
    """Whether the page's text speaks of a title with a number as a body, though none of its
    words is a body's noun ("Ward No. 7", "Fire Station No. 3", "Lampshire Health Trust
    2022", "Kenya Vision 2030"): the text names the title in full ("Ward No. 7 of the
    Corporation covers ...") or refers to the noun that closes its name, capitalized, after
    "the" ("The Trust runs three hospitals"). Such a title is a numbered body's name, not a
    date or a document's label set above the text; the bodies its text merely mentions ("the
    Corporation", "the Department") are not the page's root (``root_no_name_title_referred_body``).
    A sentence, and a label with no words before its number ("March 4, 2019", "12.4 -
    Rules") or a date's ("March 4, 2019"), and a document's label ("Bill No. 12", "Finance
    Act 2015": its text refers to "the Bill", "the Act") are not read so."""
    if _SENTENCE_VERB.match(title):
        return False
    name = _NUMBER_TAIL.sub("", title.strip())
    words = title_words(name)
    if not words or name == title.strip() or not words[-1][0].isupper():
        return False
    if any(word.lower() in MONTHS or word.lower() in _DOCUMENT_NOUNS for word in words):
        return False  # "March 4, 2019": a date; "Bill No. 12", "Finance Act 2015": a document
    text = page.text[after:]
    if title.strip() in text:
        return True
    head = re.compile(r"\b[Tt]he\s+" + re.escape(words[-1]) + r"(?![\w-])(?![ \t]+[A-Z])")
    return head.search(text) is not None


def _no_name_title_referred_body(page: PageLayout, root: Root, units: list[Unit]) -> Root | None:
    """The body the page refers to by its noun alone, naming a root read from a title that is
    no name (``root_no_name_title_referred_body``)."""
    title = page.title
    if title is None or root.start != title.start or not title_no_name(title.text):
        return None
    if not enabled("root_no_name_title_referred_body"):
        return None
    if _text_names_numbered_title(page, title.text, title.end):
        return None
    referred = _referred_agency(page, units)
    if referred is None:
        return None
    return replace(referred, found_by="root_no_name_title_referred_body")


def _referred_agency(page: PageLayout, units: list[Unit]) -> Root | None:
    """The body the page refers to by its noun alone, read as ``_most_referred_body`` reads
    it, counting only the mentions that refer to a body above the page's ``units`` (the
    guards of ``root_first_line_referred_body`` and ``root_owner_of_titled_units``, each
    behind its own switch): not a noun a capitalized word follows ("the County Lamp Court")
    or a unit's noun in lower case ("the Department office"), not the name of a unit of the
    page, nor a noun closing the names of three or more of them, nor one that stands in the
    section of a unit whose head noun it is (that unit speaking of itself)."""
    parts: dict[str, bool] = {}

    def refers(match: re.Match[str]) -> bool:
        if _NAME_GOES_ON.match(page.text, match.end(1)) or _unit_noun_after(
            page.text, match.end(1)
        ):
            return False  # "the County Lamp Court", "the Department office"
        noun = name_tokens(match.group(1))
        if match.group(1) not in parts:
            closed = {" ".join(name_tokens(u.name)) for u in units if _closed_by(u.name, noun)}
            # "the Board": a unit the page has found so; "the Division" of a page of "Wick
            # Division", "Oil Division" ...
            parts[match.group(1)] = (
                any(name_tokens(unit.name) == noun for unit in units)
                or len(closed) >= MIN_PART_NAMES
            )
        if parts[match.group(1)]:
            return False
        # "The Division keeps ..." in the Wick Division's own section
        holding = _units_holding(units, match.start(1))
        return all(head_noun(tuple(name_tokens(unit.name))) != noun[-1] for unit in holding)

    return _most_referred_body(page, refers)


def _closed_by(name: str, noun: list[str]) -> bool:
    """Whether a unit's name is closed by a body's noun after words of its own ("Wick
    Division", "Lamp & Oil Division" by "Division"; not "Division of Wicks")."""
    tokens = name_tokens(name)
    return len(tokens) > len(noun) and tokens[-len(noun) :] == noun


def _units_holding(units: list[Unit], position: int) -> list[Unit]:
    """The units whose section holds ``position`` in its text, and the units above them
    among ``units``."""
    among = {id(unit) for unit in units}
    holding: list[Unit] = []
    for unit in units:
        if any(block.start <= position < block.end for block in unit.body):
            for step in (unit, *ancestors(unit)):
                if id(step) not in among or any(s is step for s in holding):
                    break
                holding.append(step)
    return holding


register(
    "root_owner_of_titled_units",
    "root",
    """A title that names the page's units in the plural as parts of an agency ("Wick
    Divisions", "Trimming & Glass Divisions", "Lamp Units"), read as the root for want
    of a subject or a structure's owner in the introduction (``root_title_names_units``),
    gives way to the body the page refers to by an agency's noun alone after "the" ("The
    Department is organized into divisions ...", "the largest portion of the Department"),
    read as ``root_from_referred_body`` reads it (the noun of the first sentence, else the
    one the page refers to most often): the root is named by that noun, not by the title.
    The page's units are read as before, under the title; only the root's name and
    evidence change. Only a noun of a body that holds such parts (a department, agency,
    ministry, commission, authority or office over divisions, units, branches, teams,
    bureaus or directorates): a place's noun ("the City", "the County") may have
    departments of its own between it and the parts, and a title naming departments or
    offices may list a place's departments. A mention of the noun is no reference, and is
    not counted, as ``root_first_line_referred_body`` reads it: a capitalized word follows
    it ("the Agency Lamp Center": a longer name), a unit's noun in lower case does ("The
    Department office keeps ...": a unit), or it stands in the section of a unit whose head
    noun it is ("The Department trims ..." under "Wick Department": the unit speaking of
    itself); nor is the noun of a unit of the page ("Department" over a paragraph) or one
    that closes the names of three or more of its units.""",
)
# The plural nouns of the parts an agency holds: the listing nouns of units, but those a
# place may list of its own ("departments", "offices") and those of any group
# ("components", "groups", "organizations").
_AGENCY_PARTS = (
    LISTING_NOUNS
    - PROGRAM_LISTING
    - {"departments", "offices", "components", "groups", "organizations"}
)
# The nouns of the agencies that hold such parts, of those a page refers to its body by:
# an agency's, but a board's (its parts are committees) and a bureau's (itself a part),
# and an administration's (read as the government of the day), and an office's.
_PART_HOLDERS = (AGENCY_NOUNS & frozenset(REFERRED_NOUNS)) - {
    "Board",
    "Bureau",
    "Administration",
} | {"Office"}


def owner_of_titled_units(page: PageLayout, root: Root, units: list[Unit]) -> Root | None:
    """The agency whose parts a title names in the plural, by the noun the page refers to it
    by, for a root read from such a title (``root_owner_of_titled_units``); None for any
    other root. ``units`` are the page's units but the root."""
    if root.found_by != "root_from_title" or page.title is None:
        return None
    if not enabled("root_owner_of_titled_units") or not _names_units_in_plural(page.title.text):
        return None
    words = title_words(page.title.text)
    if not words or words[-1].lower() not in _AGENCY_PARTS:
        return None
    referred = _referred_agency(page, units)
    if referred is None or referred.name not in _PART_HOLDERS:
        return None
    return replace(referred, found_by="root_owner_of_titled_units")
