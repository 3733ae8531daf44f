"""Root strategies that read the subject the introduction opens with: a name under a
title that is a section label, the owner of the structure it describes, an acronym that opens
it as its subject or as an owner, the subject of the first paragraph of prose over the agency
phrase named after it."""

from __future__ import annotations

import re

from pipeline.extract.acronyms import AcronymDefinition, is_acronym
from pipeline.extract.names import name_tokens
from pipeline.extract.root.body_above_root import names_position, places_unit_in
from pipeline.extract.root.common import Root, from_definition, names_body, opening_name
from pipeline.extract.root.first_line import (
    OPENING_NAME,
    first_sentence_subject,
    parts_in_turn,
    reads_as_prose,
)
from pipeline.rules import enabled, register
from pipeline.text.blocks import head_noun
from pipeline.text.hints import HEADING, LIST_ITEM, PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout

register(
    "root_from_acronym_owner",
    "root",
    """An introduction that opens with an acronym ("OEX's responsibilities ...") under a
    generic title is about the unit of that acronym.""",
)


register(
    "root_from_intro_subject_under_label",
    "root",
    """A page titled only by a section label ("About Us", "Organisation Structure",
    "Leadership") is about the subject its introduction opens with: a capitalized name,
    possessive or not, before its verb "to be" or "to have" ("Lampshire Lamp Works is one
    of ...", "Lampshire Customs' work is performed by ...", "LW is organized into ..."),
    not about the label; so is a subject worded as a body before a verb of function in the
    present ("The Wick Keeper's Office provides ...", "The Lamp Office (LO) administers ..."),
    in the introduction's first paragraph, in the one after a quoted mission that opens it,
    or in the page's first paragraph where the site's menu headings stand under the title.
    (A subject that "comprises" or "oversees" parts is a unit the page is about, not the
    agency.)""",
)


# The name an introduction opens with, before a verb ("is", "has", "oversees", "was
# founded"), perhaps as a possessive with the noun it owns ("X's work is").
_OPENING_SUBJECT = lazy_pattern(
    opening_name(lazy=True) + r"(?:['’]s?(?:\s+[a-z]+)?)?\s+(?:is|are|was|were|has|have)\b"
)
# Words that open a sentence without naming its subject.
_NO_SUBJECT = frozenset({"There", "The", "This", "These", "It", "We", "Our", "In", "A", "An"})


# The same subject before a verb of function in the present, perhaps after its acronym in
# parentheses and an adverb ("The Lamp Office (LO) provides ...", "The Wick Office currently
# employs ..."): such a subject must be worded as a body.
_OPENING_BODY_SUBJECT = lazy_pattern(
    opening_name(lazy=True) + r"(?:\s+\((?P<acronym>[A-Z][A-Za-z&]{1,9})\))?(?:\s+[a-z]+ly)?\s+"
    r"(?!(?:comprises|oversees|includes|contains|houses|consists)\b)[a-z]{3,}(?<![su]s)s\b"
)


def intro_subject_under_label(page: PageLayout) -> Root | None:
    """The subject the introduction opens with, under a title that is a section label
    (``root_from_intro_subject_under_label``): before "to be" or "to have", or worded as a
    body before a verb of function in the present ("The Lamp Office provides ..."), in the
    introduction's first paragraph, the one after a quotation that opens it, or the page's
    first paragraph where headings of the site's menu stand between it and the title."""
    if not enabled("root_from_intro_subject_under_label"):
        return None
    if not page.intro:
        return _body_subject(page)
    first = page.intro[0]
    match = _OPENING_SUBJECT.match(page.text, first.start, first.end)
    if match is None:
        return _body_subject(page)
    name = match.group("name")
    acronym = name if is_acronym(name) else None
    if name.split()[0] in _NO_SUBJECT or (len(name.split()) < 2 and acronym is None):
        return None  # "The Board is ...": a noun alone names no agency
    start = match.start("name")
    return Root(
        name, acronym, start, start + len(name), False, "root_from_intro_subject_under_label"
    )


def _body_subject(page: PageLayout) -> Root | None:
    """A subject worded as a body before a verb of function in the present, opening the
    introduction, its paragraph after a quotation ("“Our mission is ...”"), or the page's
    first paragraph when no introduction stands under the title."""
    if page.intro:
        quoted = page.text[page.intro[0].start : page.intro[0].end].lstrip()[:1] in ("“", '"')
        candidates = page.intro[:2] if quoted else page.intro[:1]
    else:
        candidates = [block for block in page.blocks if block.kind == PARAGRAPH][:1]
    for block in candidates:
        match = _OPENING_BODY_SUBJECT.match(page.text, block.start, block.end)
        if match is None:
            continue
        name = match.group("name")
        if name.split()[0] in _NO_SUBJECT or len(name.split()) < 2 or not names_body(name):
            return None
        start = match.start("name")
        return Root(
            name,
            match.group("acronym"),
            start,
            start + len(name),
            False,
            "root_from_intro_subject_under_label",
        )
    return None


register(
    "root_from_intro_structure_owner",
    "root",
    """A page titled only by a section label ("Organisation Structure", "Our governance")
    whose introduction says whose structure it shows ("The organisation structure of the
    Lampshire Wick Office consists of ...", "The main bodies at the Lamp Standards Office",
    "The macro structure of the LWO comprises ...") is about that owner: the root is the
    name after "structure of the", "bodies at the", "divisions of the", not the label. A
    place the parts sit in ("six directorates at the Zonal Offices") is no owner, nor is a
    name after "at", "in" or "within" that names no body or names a place ("offices in the
    Wick Valley", "units in the Lampcoast Region"). The name ends with its sentence ("the
    Lamp Office. Wick Care is ..." names the Lamp Office), and before a single word that
    commas set off after it, a place ("the Lamp Office, Lampton, consists of ..."). The owner
    is worded as a body: a body noun or an acronym ends it or one of its comma-set parts
    ("the Lamp Warden's Office, Wick Care"); a law, a plan or an event is none ("the
    structure of the Lamp Act", "the organisation of the Wick Festival").""",
)
# "structure of the Lamp Office", "bodies at the Lamp Office", "divisions of the LWO": the
# owner's name, capitalized words (with "of", "and", "for", "&" and commas between them) on
# one line.
_STRUCTURE_OWNER = lazy_pattern(
    r"\b(?:structure|organi[sz]ation|bodies|units|divisions|departments|directorates|offices"
    r"|components)\s+(?:of|(?P<where>at|in|within))\s+the\s+"
    r"(?P<name>[A-Z][\w’'&.-]*(?:(?:[ \t]+(?:of|and|for|&|the)|,)?[ \t]+[A-Z][\w’'&.-]*)*)"
)
# The places a body's parts sit in, not the body: "the Zonal Offices", "the Lamp Headquarters".
_PLACE_OF_WORK = lazy_pattern(
    r"(?:(?:Head|Main|Central|Regional|Field|Area|District|Zonal|Branch)\s+Offices?"
    r"|Headquarters)"
)
# A period that ends a sentence inside the words read as a name: after a word of two lower-case
# letters or more ("Office. Wick"), not after an initial ("U.S.") or "St.".
_SENTENCE_END_IN_NAME = lazy_pattern(r"(?<=[a-z]{2})\.[ \t]+")
# A place's last word: after "in", "at" or "within" such a name is where parts sit, not their
# owner ("units in the Lampcoast Region").
_PLACE_NOUN = lazy_pattern(r"\b(?:Regions?|Provinces?|Zones?|Areas?|Districts?|Counties|States)$")
# How far after the title the owner is looked for (the introduction, or the first section's
# text when a heading opens the page's body).
MAX_STRUCTURE_OWNER_AT = 400


def intro_structure_owner(page: PageLayout) -> Root | None:
    """The owner of the structure the text after the title describes, under a section label
    (``root_from_intro_structure_owner``)."""
    if page.title is None or not enabled("root_from_intro_structure_owner"):
        return None
    start = page.title.end
    match = _STRUCTURE_OWNER.search(page.text, start, start + MAX_STRUCTURE_OWNER_AT)
    if match is None:
        return None
    # the sentence ends at a word's period and a space ("the Lamp Office. Wick Care is ..."),
    # not at an initial's or a short abbreviation's ("U.S. Lamp Office", "St. Wick Office")
    name = _SENTENCE_END_IN_NAME.split(match.group("name"), maxsplit=1)[0].rstrip(".")
    head, comma, last = name.rpartition(", ")
    if (
        comma
        and len(last.split()) == 1
        and page.text.startswith(",", match.start("name") + len(name))
    ):
        name = head  # "the Lamp Office, Lampton, consists of": a place set off by commas
    acronym = name if is_acronym(name) else None
    if len(name.split()) < 2 and acronym is None:
        return None  # "the Office": a noun alone, which the referred body reads
    if _PLACE_OF_WORK.fullmatch(name):
        return None  # "six directorates at the Zonal Offices": where the parts sit
    if not any(names_body(part) for part in name.split(", ")):
        return None  # "the structure of the Lamp Act", "in the Wick Valley": no body
    if match.group("where") is not None and _PLACE_NOUN.search(name) is not None:
        return None  # "units in the Lampcoast Region": a place
    begin = match.start("name")
    return Root(name, acronym, begin, begin + len(name), False, "root_from_intro_structure_owner")


_OPENING_ACRONYM = lazy_pattern(r"(?:The\s+)?([A-Za-z0-9/&.-]+?)(?:['’]s)?\b")


register(
    "root_from_opening_acronym",
    "root",
    """An introduction whose first sentence opens with an acronym as its subject, before its
    verb or as an owner ("LWA is composed of the Board, ...", "LWA has two governing
    bodies: ...", "LWA's Board consists of ..."), and that uses the acronym again, is about
    the body of that acronym (by the name the page defines for it, if it defines one),
    whatever the title says and ahead of the first agency name it goes on to list ("... and
    the Wick Supply Board (WSB)"). A page whose title is a unit the introduction goes on to
    describe ("Wick Division" over "LWA's Wick Division is ...") is about that unit, not
    this body. The sentence may follow a run-in label in the introduction's first or second
    block ("General organization. LWA is composed of ...", "Organization: LWA is one of
    ...", under a section's number or the acronym's heading).""",
)
# An acronym opening a sentence as its subject: before a verb in lower case or as an owner.
_OPENING_ACRONYM_SUBJECT = lazy_pattern(
    r"\s*(?:The\s+)?([A-Z][A-Za-z0-9&.-]*[A-Z])(?:['’]s\s+[A-Za-z]|\s+(?:is|are|was|has|have"
    r"|consists|comprises|includes|operates|serves)\b)"
)
MIN_OPENING_USES = 2
# A run-in label of up to four words closed by a period or a colon ("General organization. ",
# "Organization: ") before the sentence it heads.
_RUN_IN_LABEL = lazy_pattern(r"[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,3}[.:][ \t]+(?=[A-Z])")


def opening_acronym(page: PageLayout, by_acronym: dict[str, AcronymDefinition]) -> Root | None:
    """The acronym the introduction's first sentence opens with as its subject, by the name
    the page defines for it if it defines one (``root_from_opening_acronym``)."""
    if not page.intro or not enabled("root_from_opening_acronym"):
        return None
    first = page.intro[0]
    match = _OPENING_ACRONYM_SUBJECT.match(page.text, first.start, first.end)
    if match is None:
        for block in page.intro[:2]:
            label = _RUN_IN_LABEL.match(page.text, block.start, block.end)
            if label is not None:
                match = _OPENING_ACRONYM_SUBJECT.match(page.text, label.end(), block.end)
                break
    if match is None or not is_acronym(match.group(1)):
        return None
    acronym = match.group(1)
    uses = len(re.findall(r"(?<![\w&.-])" + re.escape(acronym) + r"(?![\w&-])", page.text))
    if uses < MIN_OPENING_USES:
        return None
    if acronym in by_acronym:
        return from_definition(by_acronym[acronym], False, "root_from_opening_acronym")
    start = match.start(1)
    return Root(acronym, acronym, start, start + len(acronym), False, "root_from_opening_acronym")


def acronym_owner(page: PageLayout) -> Root | None:
    """The unit an introduction opens with by acronym only ("OEX's responsibilities ...")."""
    if not page.intro:
        return None
    first = page.intro[0]
    match = _OPENING_ACRONYM.match(page.text[first.start : first.end])
    if match and is_acronym(match.group(1)):
        start = first.start + match.start(1)
        acronym = match.group(1)
        return Root(acronym, acronym, start, start + len(acronym), False, "root_from_acronym_owner")
    return None


register(
    "root_opening_subject_over_agency_phrase",
    "root",
    """A page whose first paragraph of prose opens with a body as its subject, before its verb
    ("The Lamp Administration consists of ...", "Office of Wick Audit's mission is to protect
    ...", "LWX brings teams from the Department of Oil ...", "WCA officially welcomed ..."),
    is about that body, not about the first "Department of ..." phrase the page names at or
    after that sentence: such a phrase is a body the subject works with, belongs to or serves
    ("the needs of the Department of Oil") or one of its parts (a heading further down). The
    subject is worded as a body (a unit's or an agency's noun, an office; an acronym the page
    uses again), not a post ("The Warden ..."), a law or a body's noun alone ("The Department
    ...", which may be the phrase's); it is no part of the phrase's body named with it ("The
    Wick Directorate within the Department of Oil ..."), no body that founds or appoints
    another ("The Lamp Council established the Department of Oil ..."), and none of the
    page's own units: a name the page sets as a heading or a list item, or the first of the
    parts its paragraphs describe in turn ("The Wick Bureau ...", then "The Glass Bureau
    ..."), or the sentences of its first paragraph ("The Wick Bureau buys ... . The Glass
    Bureau mends ..."), a heading's name after its acronym ("WB - Wick Bureau") read as its
    own too. An acronym that only qualifies the sentence's subject, a noun run before its
    verb ("LDT services across the Department of Oil are delivered by ...", "UK lamp policy
    is led by ...", "NHS services in Lampshire are commissioned by ..."), names a field, a
    country or a system the body works in, not the body: the page is about the phrase's
    body (an acronym's possessive, "LWX's mission is ...", stays its owner). A phrase the
    page names before that paragraph (a header naming the parent above the page's own text)
    keeps its reading, as does a page whose title is a unit its introduction describes (the
    phrase's body holds it), and a sentence that places the subject, a unit, in the phrase's
    body ("The Wick Directorate is under the Department of Oil"), which
    ``opening_subject_unit_of_body`` reads: the body, the unit under it.""",
)
# The first paragraph of prose is one of at least this many words.
_PROSE_PARAGRAPH_WORDS = 6
# An acronym opening a sentence as its subject, perhaps after "The", before an adverb and its
# verb in lower case ("LWX brings ...", "WCA officially welcomed ...").
_OPENING_ACRONYM_VERB = lazy_pattern(
    r"\s*(?:The\s+)?([A-Z][A-Za-z0-9&.-]*[A-Z])(?:['’]s)?\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:the|a|an|and|or|of|for|in|on|at|to|by|with|from)\b)(?P<verb>[a-z]{2,})\b"
)
# The finite verbs (the auxiliaries) a subject's noun run ends before; the word read as an
# acronym's verb that is one of them is its verb, no noun of a subject ("LWX is ...").
_FINITE_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "can", "may", "must", "shall"}
    | {"should", "would", "could"}
)
# After an acronym and the word read as its verb, the rest of a noun run before the finite
# verb it is the subject of: "LDT services [across the Department of Oil] are delivered",
# "UK lamp [safety policy] is led". No clause or object between (a relative pronoun, a
# conjunction, "to": "LWX keeps lamps that are ...", "LWX works to ensure oil is ...").
_QUALIFIED_NOUN_RUN = lazy_pattern(
    r"(?:\s+(?!(?:that|which|who|whom|whose|where|when|while|and|or|but|if|as|because|to)\b)"
    r"[\w-]+){0,6}?\s+(?P<aux>" + "|".join(sorted(_FINITE_VERBS)) + r")\b"
)
# The finite verbs a plural noun ("services", "teams") takes: a verb in -s ("ensures oil is
# safe") is followed by a singular one.
_PLURAL_AUX = frozenset({"are", "were", "have"})
# The phrase's body named as the subject's owner right after it: "The Wick Directorate
# within the Department of Oil", "The Wick Office (WO) of the Department of Oil".
_OWNER_AFTER_SUBJECT = lazy_pattern(
    r"(?:['’]s)?\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:within|of|in|under|at|for)\s+(?:the\s+)?"
)
# What stands between a subject and its verb: its acronym in parentheses, a comma.
_AFTER_SUBJECT = lazy_pattern(r"^(?:['’]s)?\s*(?:\([^()]{1,20}\)\s*)?,?\s*")
# A verb by which the subject founds or appoints another body, or a post ("The Council
# established the Department of Oil ..."): the page is about what it founds.
_FOUNDING_VERB = lazy_pattern(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:[a-z]+ly\s+)?(?:has\s+)?"
    r"(?:establish|creat|found|set|appoint|form|constitut|nam)[a-z]*\b"
)


def opening_subject_over_agency_phrase(page: PageLayout, start: int) -> Root | None:
    """The body the page's first paragraph of prose opens with as its subject, over the agency
    phrase at ``start`` that the page names at or after that sentence
    (``root_opening_subject_over_agency_phrase``)."""
    if not enabled("root_opening_subject_over_agency_phrase"):
        return None
    text = page.text
    at = next(
        (
            index
            for index, block in enumerate(page.blocks)
            if block.start <= start
            and block.kind == PARAGRAPH
            and len(block.text.split()) >= _PROSE_PARAGRAPH_WORDS
            and reads_as_prose(block.text)
        ),
        None,
    )
    if at is None:
        return None
    block = page.blocks[at]
    spans = page.sentences(block.start, block.end)
    if not spans or start < spans[0][0]:
        return None  # the phrase in a header above the page's own text
    begin, stop = spans[0]
    found = _opening_subject(page, begin, stop)
    if found is None:
        return None
    name, name_start, acronym = found
    name_end = name_start + len(name)
    if start < name_end:
        return None  # the phrase is the subject or opens its run ("The Department of Oil, ...")
    if names_position(name) or (acronym is None and not names_body(name)):
        return None
    if _OWNER_AFTER_SUBJECT.fullmatch(text, name_end, start):
        return None  # "The Wick Directorate within the Department of Oil": its part
    if _FOUNDING_VERB.match(text, name_end, stop):
        return None  # "The Council established the Department of Oil": the page's subject
    between = _AFTER_SUBJECT.sub("", text[name_end:start])
    if places_unit_in(re.sub(r"(?<=\s)the\s+$", "", between)):
        return None  # "The Wick Directorate is under the Department of Oil": its unit, read so
    own = [
        re.sub(r"^the\s+", "", _HEADING_ACRONYM.sub("", b.text.strip()).lower())
        for b in page.blocks
        if b.kind in (HEADING, LIST_ITEM)
    ]
    if any(line.startswith(name.lower()) for line in own):
        return None  # "- Wick Bureau", then "The Wick Bureau buys ...": a unit of the page
    if parts_in_turn(page, at, name) or _parts_in_sentences(page, spans[1:], name):
        return None  # "The Wick Bureau ...", then "The Glass Bureau ...": the page's parts
    return Root(
        name, acronym, name_start, name_end, False, "root_opening_subject_over_agency_phrase"
    )


def _opening_subject(page: PageLayout, begin: int, stop: int) -> tuple[str, int, str | None] | None:
    """The name a sentence opens with as its subject, where it starts, and whether it is an
    acronym: a name worded as a body, unit or post (``first_sentence_subject``), not a body's
    noun alone; else an acronym the page uses again before its verb."""
    subject = first_sentence_subject(page, begin, stop)
    if subject is not None:
        name = re.sub(r"['’]s?$", "", subject.name)
        if len(name.split()) < 2:
            return None  # "The Department ...": a noun alone, perhaps the phrase's body
        return name, subject.start, None
    match = _OPENING_ACRONYM_VERB.match(page.text, begin, stop)
    if match is None or not is_acronym(match.group(1)):
        return None
    if _qualifies_subject(page.text, match, stop):
        return None  # "LDT services ... are delivered by": the acronym names no body
    acronym = match.group(1)
    uses = re.findall(r"(?<![\w&.-])" + re.escape(acronym) + r"(?![\w&-])", page.text)
    if len(uses) < MIN_OPENING_USES:
        return None
    return acronym, match.start(1), acronym


# A heading's acronym before its name: "WB - Wick Bureau", "WB: Wick Bureau".
_HEADING_ACRONYM = lazy_pattern(r"^[A-Z][A-Za-z&]*[A-Z]\s*[-–—:|]\s*(?=[A-Z])")
# An acronym's possessive right after it: "LWX's mission is ...".
_POSSESSIVE_S = lazy_pattern(r"['’]s\b")


def _qualifies_subject(text: str, match: re.Match[str], stop: int) -> bool:
    """Whether an opening acronym only qualifies the sentence's subject, the word read as its
    verb a noun before the subject's finite verb ("LDT services ... are delivered", "UK lamp
    safety policy is led", "WU funding for lamps is managed"): a word in -s takes a plural
    verb ("services are"; "LWX ensures oil is safe" is a verb and its object); a verb in -ed,
    a finite verb itself or an acronym's possessive ("LWX's mission is") is none."""
    if _POSSESSIVE_S.match(text, match.end(1)):
        return False  # "LWX's mission is ...": the body's own
    word = match.group("verb")
    if word.endswith("ed") or word in _FINITE_VERBS:
        return False  # "LWX welcomed ...", "LWX is ...": its verb
    run = _QUALIFIED_NOUN_RUN.match(text, match.end(), stop)
    if run is None:
        return False
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return run.group("aux") in _PLURAL_AUX
    return True


def _parts_in_sentences(page: PageLayout, spans: list[tuple[int, int]], name: str) -> bool:
    """Whether one of the sentences after the subject's, in its paragraph, opens with another
    name of the same head noun ("The Wick Bureau buys ... . The Glass Bureau mends ...";
    "The Office of Wicks ... . The Office of Glass ..."): the paragraph describes the page's
    parts in turn, the subject the first of them."""
    tokens = name_tokens(name)
    head = head_noun(tuple(tokens))
    if head is None:
        return False
    for begin, stop in spans:
        other = OPENING_NAME.match(page.text, begin, stop)
        words = name_tokens(other.group(1)) if other is not None else []
        if len(words) > 1 and words != tokens and head_noun(tuple(words)) == head:
            return True
    return False
