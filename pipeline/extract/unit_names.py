"""Resolve a section's heading into the unit's canonical name and acronym.

The canonical name is the one the body text gives: the longest proper name in the section's
opening that ends with the heading's words ("Office of Congressional Relations" for
"Congressional Relations"); else the subject of the opening sentence when it names a unit
and shares a word with the heading ("The Office of the Deputy Assistant Secretary for
Departmental Offices Operations" under "TREASURY OPERATIONS"); else the heading itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.acronyms import Definitions, is_acronym, name_before_its_acronym
from pipeline.extract.alignment import initials_match
from pipeline.extract.names import (
    content_tokens,
    ends_with,
    name_tokens,
    title_before_holder,
    title_case,
    unit_before_job_words,
    unit_nouns_only,
    unit_part,
    without_acronyms,
    worded_as_a_unit,
)
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import PARAGRAPH, Block, document_division_heading, head_noun
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.sections import PageLayout, directory_holder_line, glued_holder_start
from pipeline.text.vocabulary import POSITION_WORDS, TOPIC_OF_HEADS, UNIT_NOUNS

OPENING_PARAGRAPHS = 2


@dataclass(frozen=True)
class ResolvedName:
    """A unit's canonical name and where the text gives it."""

    name: str
    acronym: str | None
    name_start: int
    name_end: int
    evidence_end: int


def _opening_sentences(page: PageLayout, body: list[Block]) -> list[tuple[int, int]]:
    paragraphs = [block for block in body if block.kind == PARAGRAPH][:OPENING_PARAGRAPHS]
    spans: list[tuple[int, int]] = []
    for block in paragraphs:
        spans.extend(page.sentences(block.start, block.end))
    return spans


def _heading_acronym(heading: str) -> str | None:
    for token in heading.replace("(", " ( ").replace(")", " ) ").split():
        if f"({token})" in heading and is_acronym(token):
            return token
    return None


# What stands before a heading's name in a body phrase and is no part of it: a clause
# before a comma ("Additionally, the", "Led by the Chief Warden, the") or what the unit
# holds ("11 Branches in the", "Staff within the").
_CLAUSE_BEFORE = lazy_pattern(
    r"^.*(?:,(?:\s+(?:and|or|&))?|\s(?:in|within))\s+(?:the\s+)?", re.DOTALL
)
_HELD_IN = lazy_pattern(r"\s(?:in|within)\s+(?:the\s+)?$")


@rule("name", off=lambda text, phrase, heading_name: phrase)
def clause_before_heading_name(text: str, phrase: Phrase, heading_name: str) -> Phrase | None:
    """A phrase in a section's opening sentences that ends with the heading's name gives the
    unit's full name only through words of a name ("The Office of the Lamp Warden" under
    "Lamp Warden"): a clause before a comma ("Additionally, the Wick Office", "Led by the
    Chief Warden, the Wick Office is ...") is no part of it, the name after the comma is
    the unit's; and what a unit holds "in" or "within" it ("11 Branches and Labs in the
    Wick Division", "Staff in the Wick Division") names no unit in full: the heading's
    name stands. So for a section's opening subject ("Additionally, the Division ..." under
    "Wick Division": the subject is "the Division"). Returns the phrase to read, or None."""
    clause = _CLAUSE_BEFORE.match(phrase.text)
    if clause is None or not ends_with(phrase.text[clause.end() :], heading_name):
        return phrase
    if _HELD_IN.search(clause.group()):
        return None
    start = phrase.start + clause.end()
    return Phrase(text[start : phrase.end], start, phrase.end)


@rule("name", off=False)
def post_before_heading_name(name: str, heading_name: str) -> bool:
    """A longer name in a section's text that ends with its heading's name after a post
    and no unit noun ("Chair to the Lamp Board", "Deputy Chair of the Wick Council" under
    "Lamp Board", "Wick Council") names the post that heads or serves the unit, not the
    unit in full: the unit keeps its heading's name. ("Office of the Lamp Warden" under
    "Lamp Warden" is the unit in full: a unit noun stands before the heading's words.)"""
    extra = name_tokens(name)[: -len(name_tokens(heading_name)) or None]
    return bool(set(extra) & POSITION_WORDS) and not set(extra) & UNIT_NOUNS


register(
    "statement_of_mission",
    "unit",
    """A sentence that opens with a statement of a unit's mission, role, purpose, mandate or
    functions, "The mission of" (or "role", "purpose", ...: ``TOPIC_OF_HEADS``) and a unit
    named in full (a unit noun last, or before "of" or "for": "Night Office of Wick
    Supply"), then "is", "are" or "includes" ("The mission of the Wick Division is to trim
    ...", "The Purpose of the Office of Wick Supply (OWKS) is ..."), is about that unit, as
    one that opens with the unit as its subject is: under a heading it names the heading's
    unit by the unit's name, not "Mission of the Office of Wick Supply"; and a paragraph
    after the first of a unit's section that opens so about another unit, where the text of
    a section beside it (at its level, under the same heading: none inside it) opens with a
    statement of the same word ("Glass Care", then "The mission of the Glass Office is ..."),
    starts the text of a unit whose heading the page lost: a peer of the section's unit,
    under that unit's parent, with the paragraphs after it as its text. Not a name with no
    unit noun ("The mission of Lamp Care is ..."), not a post's ("The Role of the Director of
    the Wick Division is ..."), not a word of no statement ("The Head of the Wick Division
    is ..."), not beside the page's agency, not where no section beside it (a generic "Our
    Mission" is none) opens with a statement of the same word, and not in a text that opens
    with its own unit's statement: a unit's text may go on to state the missions of its
    parts.""",
)
# "The mission of the", "The Role of", "The purpose for": a statement's lead before its unit.
_STATEMENT_LEAD = lazy_pattern(r"The\s+(?P<topic>[A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?")
# After the unit's name: its acronym, then "is", "are" or "includes".
_STATEMENT_VERB = lazy_pattern(r"(?:\s*\([^()]{1,20}\))?\s+(?:is|are|includes?)\b")


def statement_subject(page: PageLayout, start: int, end: int) -> tuple[Phrase, str] | None:
    """The unit a sentence (``start`` to ``end``) opens with a statement of, and the
    statement's word ("The mission of the Wick Division is ..." -> "Wick Division",
    "mission"), or None (``statement_of_mission``)."""
    lead = _STATEMENT_LEAD.match(page.text, start, end)
    if lead is None or not enabled("statement_of_mission"):
        return None
    topic = lead.group("topic").lower()
    if topic not in TOPIC_OF_HEADS:
        return None
    at = lead.end()
    phrase = next((p for p in page.phrases(start, end) if p.start <= at < p.end), None)
    if phrase is None or _STATEMENT_VERB.match(page.text, phrase.end, end) is None:
        return None
    name = page.text[at : phrase.end]
    words = name_tokens(name)
    if len(words) < 2 or not worded_as_a_unit(name) or head_noun(tuple(words)) in POSITION_WORDS:
        return None  # no unit noun, or a post's ("The Role of the Director of the Wick Division")
    return Phrase(name, at, phrase.end), topic


# A name read from a section's text: the name, where it starts and ends, where its evidence ends.
_Found = tuple[str, int, int, int]


def _stated_unit(page: PageLayout, body: list[Block], found: _Found) -> _Found:
    """``found`` (a section's name read from its text), or the unit a statement of mission
    that opens the text is about, when ``found`` runs over the statement's lead ("Mission of
    the Office of Wick Supply" -> "Office of Wick Supply")."""
    paragraphs = [b for b in body if b.kind == PARAGRAPH][:1]
    if not paragraphs:
        return found
    start, end = page.sentences(paragraphs[0].start, paragraphs[0].end)[0]
    stated = statement_subject(page, start, end)
    if stated is None or not (found[1] < stated[0].start and found[2] == stated[0].end):
        return found
    return stated[0].text, stated[0].start, stated[0].end, found[3]


def _name_from_body(page: PageLayout, heading_name: str, body: list[Block]) -> _Found | None:
    for start, end in _opening_sentences(page, body):
        matches = [
            p
            for p in (
                clause_before_heading_name(page.text, phrase, heading_name)
                for phrase in page.phrases(start, end)
            )
            if p is not None
            and ends_with(p.text, heading_name)
            and not post_before_heading_name(p.text, heading_name)
        ]
        if matches:
            best = max(matches, key=lambda p: (len(name_tokens(p.text)), -p.start))
            return best.text, best.start, best.end, end
    return None


def _name_from_subject(page: PageLayout, heading_name: str, body: list[Block]) -> _Found | None:
    heading_words = content_tokens(heading_name)
    for block in [b for b in body if b.kind == PARAGRAPH][:1]:
        start, end = page.sentences(block.start, block.end)[0]
        phrases = page.phrases(start, end)
        if not phrases or phrases[0].start > start + 4:
            continue
        subject = phrases[0]
        # "Additionally, the Division ...": the subject after the clause and its comma
        clause = _CLAUSE_BEFORE.match(subject.text) if "," in subject.text else None
        if (
            clause is not None
            and not _HELD_IN.search(clause.group())
            and enabled("clause_before_heading_name")
        ):
            if clause.end() >= len(subject.text):
                continue
            at = subject.start + clause.end()
            subject = Phrase(page.text[at : subject.end], at, subject.end)
        words = name_tokens(subject.text)
        if (
            enabled("bare_subject_keeps_heading")
            and _bare_unit_noun(subject.text)
            and not _bare_unit_noun(heading_name)
        ):
            continue
        if (
            set(words) & (UNIT_NOUNS | POSITION_WORDS)
            and content_tokens(subject.text) & heading_words
            and not _part_of_heading(subject.text, heading_name)
            and not heading_of_its_body(subject.text, heading_name)
        ):
            return subject.text, subject.start, subject.end, end
    return None


@rule("name", off=False)
def heading_of_its_body(subject: str, heading_name: str) -> bool:
    """A section's opening subject that is the heading's unit name, then "of" and the body it
    belongs to ("The Wick Division of the Lamp Warden's Office is responsible for ..." under
    "Wick Division") names the unit and says whose it is: the "of ..." is its place, not part
    of its name, and the heading's name stands. Only a heading that ends in a unit noun;
    "Secretary" over "The Secretary of Lamps ..." is completed by its "of". So also when the
    subject's unit noun is not the heading's but a word before it is one of the heading's
    words before its unit noun ("The Wick Section of the Keeper's Office" under "Wick Services
    Department")."""
    heading = name_tokens(heading_name)
    words = [w for w in name_tokens(subject) if w not in ("the", "a", "an")]
    if len(heading) < 2 or heading[-1] not in UNIT_NOUNS or "of" not in words:
        return False
    cut = words.index("of")
    unit, body = words[:cut], words[cut + 1 :]
    return unit == heading or (
        # "The Wick Division of the Keeper's Office" under "The Wick Department": a unit
        # named by the heading's words and a unit noun, then "of" and its body
        unit_then_its_body(unit, body) and bool(set(unit[:-1]) & set(heading[:-1]))
    )


def unit_then_its_body(unit: list[str], body: list[str]) -> bool:
    """The words of a name before its "of" (``unit``) name a unit apart from the body after it
    (``body``): two words or more, a unit noun last, and some body ("Wick Division" of "the
    Lamp Office"); "Office" of "the Lamp Board" is one name, its "of" its own."""
    return len(unit) >= 2 and unit[-1] in UNIT_NOUNS and bool(body)


# The "of" between a unit's name and the body it belongs to ("Wick Division of the Lamp Office").
OF_ITS_BODY = lazy_pattern(r"\s+of\s+(?P<the>the\s+)?")


def _part_of_heading(subject: str, heading_name: str) -> bool:
    """A subject made of some of the heading's words but not its unit noun ("General" opening
    "General trimming covers ..." under "General Trimming Unit") is a word of the
    sentence, not the unit's name: the heading's name stands (``subject_adds_words``)."""
    words, heading = set(name_tokens(subject)), set(name_tokens(heading_name))
    return (
        enabled("subject_adds_words")
        and words < heading
        and not words & UNIT_NOUNS
        and bool(heading & UNIT_NOUNS)
    )


register(
    "subject_adds_words",
    "name",
    """A section's opening subject gives its unit's name only when it names a unit: a subject
    made of some of the heading's words without the heading's unit noun ("General" over
    "General Trimming Unit", a position word alone) is a word of the sentence, and the
    heading's name stands.""",
)


def _bare_unit_noun(subject: str) -> bool:
    """ "The Unit", "This Bureau", "Office": one unit noun, with a word that refers back or
    none, nothing of a name (the words ``refers_back`` reads, with no referring word needed)."""
    rest = unit_nouns_only(subject)
    return rest is not None and len(rest) == 1


register(
    "bare_subject_keeps_heading",
    "name",
    """A section's opening sentence whose subject is only a determiner or a possessive and
    a bare unit noun, singular or plural, the words ``refers_back`` reads ("Wick Supply
    Unit" over "The Unit was set up in 1990 ..."; "Bureau of Glass Care" over "Our Bureau
    oversees ...") refers back to the unit the heading names: the heading's
    name stands. A subject with words of a name ("Lamp Operations" over "The Office of the
    Deputy Warden for Lamp Operations ...") still gives the unit's full name.""",
)


# Tokens with a capital after their first character or a digit: the only ones that can be
# acronyms ("OPR", "FinCEN", "18F"), found without testing every word of a section. A token
# is a run of non-space characters (split as a whole; a pattern spanning whole tokens would
# try every position inside each one, and one that starts only at a token's start measured
# slower than the split).
_CAPITAL_PAIR = lazy_pattern(r"[A-Za-z0-9][A-Z0-9]")


def _holds_a_position(name: str, long_form: str) -> bool:
    """ "Assistant Secretary for Lamp Safety" ends with the long form of LS, but names the
    position that heads it: the acronym is not the position's."""
    extra = name_tokens(name)[: -len(name_tokens(long_form)) or None]
    return bool(set(extra) & POSITION_WORDS)


register(
    "acronym_from_section_initials",
    "name",
    """A unit that its heading and the page's definitions give no acronym takes a token of its
    section's text that is an acronym no definition expands and whose letters are the
    initials of the unit's name ("LSO" in the text under "Lamp Supply Office").""",
)


def _acronym_for(
    name: str, heading_acronym: str | None, definitions: Definitions, body_text: str
) -> str | None:
    if heading_acronym:
        return heading_acronym
    ending = definitions.ending(name)
    if ending is not None and not _holds_a_position(name, ending.expansion):
        return ending.acronym
    if not enabled("acronym_from_section_initials"):
        return None
    defined = definitions.acronyms
    split = body_text.replace("’", " ").split()
    tokens = {token.strip(".,;:()") for token in filter(_CAPITAL_PAIR.search, split)}
    for token in sorted(tokens):
        if token == name or token in defined or not is_acronym(token):
            continue
        if initials_match(token, name):
            return token
    return None


def resolve_name(
    page: PageLayout,
    heading: Block,
    body: list[Block],
    definitions: Definitions,
    *,
    from_subject: bool = True,
) -> ResolvedName:
    """The canonical name and acronym of the unit a heading opens; with ``from_subject``
    false, never the subject of its text's opening sentence (one of several units the text
    describes in turn: ``subject_among_peer_paragraphs``)."""
    text = page.text
    heading_text = document_division_heading(heading.text) or heading.text
    part = unit_part(heading_text)
    if part is not None:
        end = part[1]
        glued = glued_holder_start(heading_text)
        if glued is not None and part[0] < glued < end:
            end = glued  # "Director, FinanceJane Doe": the unit's part ends at the holder
        heading_text = heading_text[part[0] : end]
    titled = title_before_holder(heading_text)
    if titled is None and part is None:
        holder = directory_holder_line(page, heading)
        if holder is not None:
            titled = heading_text[:holder].rstrip(" ,-–—") or None
    if titled is not None:
        heading_text = titled
    offering = unit_before_job_words(heading_text)
    if offering is not None:
        heading_text = offering
    heading_name = without_acronyms(heading_text)
    acronym = _heading_acronym(heading.text)
    # "Lamp Office LO": named without the acronym before its units are indexed and merged
    after_name = name_before_its_acronym(heading_name, definitions)
    if after_name is not None:
        heading_name = after_name[0]
    if not heading_name:
        # A heading that is only an acronym, "(OI)", names what the page expands it to.
        expansions = [d.expansion for d in definitions.with_acronym(acronym)]
        heading_name = expansions[0] if expansions else heading.text.strip("()[] ") or heading.text
    body_text = text[body[0].start : body[-1].end] if body else ""
    found = _name_from_body(page, heading_name, body) or (
        _name_from_subject(page, heading_name, body) if from_subject else None
    )
    if found:
        name, start, end, evidence_end = _stated_unit(page, body, found)
        # "The Office of the Clerk's overall goal is ...": the unit is the possessor.
        name = re.sub(r"['’]s$", "", without_acronyms(name))
    else:
        name, start, end, evidence_end = title_case(heading_name), heading.start, heading.end, 0
        for definition in definitions.with_acronym(acronym):
            if definition.missing_prefix:
                name = f"{definition.missing_prefix} {name}"
    return ResolvedName(
        name=name,
        acronym=_acronym_for(name, acronym, definitions, body_text)
        if after_name is None
        else acronym or after_name[1],
        name_start=start,
        name_end=end,
        evidence_end=max(evidence_end, heading.end),
    )
