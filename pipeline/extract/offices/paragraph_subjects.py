"""The subjects of a unit's paragraphs and sentences: parts named as a paragraph's or a
sentence's subject, subjects beside headings, and peers named as subjects."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.list_units.filters import refers_back
from pipeline.extract.names import (
    REFERRING_WORDS,
    content_tokens,
    name_tokens,
    names_position_only,
    without_acronyms,
)
from pipeline.extract.offices.common import (
    _FUNCTION_VERBS,
    ANY_UNIT_NOUNS,
    BEFORE_SUBJECT_VERB,
    DEPARTMENT_NOUN,
    DOCUMENT_WORDS,
    HOUSED,
    MAX_NAME_WORDS,
    PROSE_UNIT_NOUNS,
    UnitIndex,
    opens_with_other_unit,
    part_plural,
    rank_noun,
    section_owners,
    short_form_of,
    unit_key,
    unit_named,
    unit_shaped,
    words_before_preposition,
)
from pipeline.extract.records import UnitType
from pipeline.extract.root.listing_titles import one_of_listed_units
from pipeline.extract.unit_names import statement_subject
from pipeline.extract.units import Unit, ancestors, reparent
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LIST_ITEM, PARAGRAPH, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.sections import PageLayout, Section
from pipeline.text.vocabulary import (
    DUTY_HEADS,
    PERSONAL_PRONOUN,
    PLACE_NOUNS,
    POSITION_WORDS,
    PRESENT_VERB,
    UNIT_NOUNS,
)
from pipeline.text.words import singular_noun

_KNOWN_SUBJECT_VERB = lazy_pattern(
    BEFORE_SUBJECT_VERB
    + r"(?:is|are|has|have|"
    + _FUNCTION_VERBS
    + r"|oversee|manage|lead|provide|support)\b"
)


# Words in "-s" after a name that are no verb in the present: function words, adverbs and
# auxiliaries ("The Wick Office was ...", "its", "always", "perhaps", "whereas").
_NOT_PRESENT_VERBS = (
    r"its|this|thus|plus|was|has|is|as|us|always|perhaps|unless|less|across|does|sometimes"
    r"|whereas"
)
register(
    "verb_by_its_ending",
    "unit",
    """A sentence that opens with "The" and a unit named in full, its unit noun last and
    capitalized, then a lower-case word in the third person singular ("The Wick Division
    hears appeals", "The Oil Office writes the rules", "The Glass Unit receives requests")
    says what the unit does, as the verbs of function the rules list do: any word of three
    letters or more ending in "s", but not in "ss", "us" or "is" and no function word or
    auxiliary ("The Wick Division thus ...", "The Oil Office was abolished ..."), before its
    object (a word in lower case or a number). Not a plural noun: a unit noun ("The Lamp
    Office units ...") or one before an auxiliary or a modal ("The Wick Division offices are
    open"); a plural noun before a verb with no "s" ("The Wick Division employees handle
    ...") is read as a verb. Not a subject without "The" right before it at a sentence's
    opening, or without a capitalized unit noun last ("Dim lamps functions as ...",
    "Oversight for the Lamp Department comes from ...", "The Braiding section makes ...": a
    topic). Verbs of composition and of reporting no rule lists as verbs of function
    ("consists of", "houses", "reports to") are left to the rules that read them.""",
)
_ANY_SUBJECT_VERB = lazy_pattern(
    BEFORE_SUBJECT_VERB
    + rf"(?!(?:{_NOT_PRESENT_VERBS}|consists|encompasses|houses|contains|reports)\b)"
    + rf"(?P<verb>{PRESENT_VERB.pattern})\b"
    r"(?=\s+(?!(?:are|were|is|was|have|had|do|will|can|may|must|shall|should|would|could)\b)"
    r"[a-z0-9(\"“])"
)
# The start of the text or of a sentence, before a sentence's subject.
_OPENS_SENTENCE = r"(?:\A|[.!?]\s+|\n\s*)"
# "The" at a sentence's opening, right before its subject (``verb_by_its_ending``).
_THE_AT_OPENING = lazy_pattern(_OPENS_SENTENCE + r"The\s+\Z")


def _subject_verb(
    text: str, subject: int, start: int, end: int | None = None
) -> re.Match[str] | None:
    """The verb right after a sentence's opening subject (from ``subject`` to ``start``): a
    verb of function the rules list, or with ``verb_by_its_ending`` any word shaped as one
    after "The" and a unit named in full."""
    stop = len(text) if end is None else end
    known = _KNOWN_SUBJECT_VERB.match(text, start, stop)
    if known is not None or not enabled("verb_by_its_ending"):
        return known
    words = text[subject:start].split()
    if (
        len(words) < 2
        or not words[-1][:1].isupper()
        or words[-1].lower() not in ANY_UNIT_NOUNS
        or _THE_AT_OPENING.search(text, max(0, subject - 16), subject) is None
    ):
        return None
    verb = _ANY_SUBJECT_VERB.match(text, start, stop)
    if verb is not None and part_plural(verb.group("verb")):
        return None  # "The Lamp Office units ...", "... agencies": a plural unit noun
    return verb


register(
    "composition_verb_subject",
    "unit",
    """In a unit's section, a unit named in full that opens a paragraph (or a sentence after
    the first) as the subject of a verb of composition ("The Wick Division consists of the
    Trim Unit and the Braid Unit", "The Oil Office encompasses ...") is a part of the
    section's unit, as one that opens with a verb of function is
    (``paragraph_subject_part``, ``sentence_subject_part``, with their exceptions): a unit's
    description goes on to name its parts, and each says what it is made of as readily as
    what it does.""",
)
# "consists of", "encompasses" after a unit named in full (``composition_verb_subject``).
_COMPOSITION_SUBJECT = lazy_pattern(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:also\s+|further\s+)?(?:consists?\s+of|encompass(?:es)?)\b"
)
# The section's own unit named again after the verb ("oversees the Wick Office", "works with
# this office"): the sentence's subject is its parent or its peer, not a part of it.
_OWNER_AGAIN = lazy_pattern(r"\b(?:the|this|our|that)\s+([a-z]+)\b")


def _names_owner(text: str, owner: Unit) -> bool:
    """Whether ``text`` (a sentence after its verb) names ``owner`` again: by its name, its
    acronym or "the/this" and its own unit noun in lower case ("the office")."""
    if owner.name.lower() in text.lower() or (
        owner.acronym and re.search(rf"\b{re.escape(owner.acronym)}\b", text)
    ):
        return True
    noun = owner.name.split()[-1].lower() if owner.name.split() else ""
    nouns = {noun} | {word.lower() for word in owner.name.split()[:1]}
    return any(
        match.group(1) in nouns and match.group(1) in UNIT_NOUNS
        for match in _OWNER_AGAIN.finditer(text)
    )


register(
    "subject_peer_paragraph",
    "parent",
    """In a unit's section, a paragraph after its first that opens with another unit named
    in full as its subject, worded with the same unit noun as the section's unit ("Wick
    Department" then "The Oil Department advises the Board ...", "Lamp Division" then "The
    Glass Division handles ...", "Office of Wicks" then "The Oil Office keeps ..."), names
    a peer of the section's unit, under the section unit's own parent, not a part of it: a
    unit is not made of units of its own rank, and a page that runs its units' paragraphs
    together leaves some under the heading before them. A department among them is read so
    too (``paragraph_subject_part`` reads no department, as often another body's): after a
    department's heading "The Oil Department is responsible for ..." is the page's next
    department. A unit worded with another noun ("The Wick Unit handles ..." under a
    division) stays a part; so does every one below a unit whose heading names other words
    than its unit ("Wick and Glass" over "The Wick Division ...": a heading over several
    units) or a unit nested below another's heading (deeper in an outline a unit's own
    rank may hold units of its noun).""",
)


register(
    "subject_after_wide_gap",
    "parent",
    """In a unit's section, a paragraph set off from the text before it by two blank lines or
    more, that opens with another unit named in full as its subject ("Lamp Care", its text,
    two blank lines, then "The Wick Division keeps ..."), names a peer of the section's unit,
    under the section unit's own parent, not a part of it: a page copied with a heading left
    out (an image, an empty heading) keeps the gap where that heading stood, and the
    paragraph starts the next unit's text. Only when the section's unit is worded with no
    unit noun ("Lamp Care") or with the same noun as the paragraph's ("Wick Section", then
    "The Oil Section ..."): a "Glass Division" may hold the "Trim Unit" its text goes on to
    describe after a gap. A paragraph after a single blank line stays a part
    (``paragraph_subject_part``). The paragraphs after it, to the section's end or the next
    unit moved so, are the moved unit's text, read as its section's would be: the units they
    open with (``paragraph_subject_part``, ``subject_peer_paragraph``) or name in a later
    sentence (``sentence_subject_part``) are its parts or its peers, not the section unit's.
    The gap outweighs ``subject_peer_paragraph``'s exceptions: the unit moves even below a
    heading over several units or a unit nested deeper in an outline.""",
)


def _after_wide_gap(page: PageLayout, blocks: list[Block], block: Block) -> bool:
    """Whether ``block`` follows the section block before it after two blank lines or more."""
    index = next((i for i, b in enumerate(blocks) if b is block), 0)
    if index == 0:
        return False
    return page.text.count("\n", blocks[index - 1].end, block.start) >= 3


@rule("name", off=False)
def subject_among_peer_paragraphs(page: PageLayout, section: Section, name: str) -> bool:
    """A section whose first paragraph opens with a unit named in full as its subject, when
    a later paragraph opens likewise with another unit ("Wick and Glass Directorate" over
    "The Wick team trims ...", then "The Glass team cleans ..."; "Office Functions in the
    District" over "The Office of the Warden oversees ...", then "The Oil Division keeps
    ..."), describes several units in turn: the first subject is one of them, not the
    heading's unit named in full, though it shares a word with the heading. The heading
    keeps its own name and is read as any heading is (a unit, or a topic whose units are its
    parent's; one whose head noun before any preposition is a word of duties, "Office
    Functions", is such a topic, a unit noun before it notwithstanding), and the first
    paragraph's subject is read as the later ones are (``paragraph_subject_part``).
    Only when the subject's words do not hold all the heading's ("Lamp Services" over "The
    Lamp Services Division ...", "Wick Care" over "The Wick Care Office ...": the heading's
    unit named in full, whose text goes on to name its parts) and hold one of them (an
    acronym over "The Office of Wick Supply ..." may be that office's), the heading's words
    matched as a heading may write them (``_same_word``, ``_spelled_out``). ``name`` is the
    unit's name as read from the heading and its text."""
    paragraphs = [block for block in section.body if block.kind == PARAGRAPH]
    if len(paragraphs) < 2:
        return False
    start, end = page.sentences(paragraphs[0].start, paragraphs[0].end)[0]
    phrases = page.phrases(start, end)
    if not phrases or phrases[0].start - start > len("The "):
        return False
    subject = name_tokens(without_acronyms(phrases[0].text))
    if subject[:1] == ["the"]:
        subject = subject[1:]
    if subject != name_tokens(name):
        return False  # the heading's own name, or a name its text completes
    heading = content_tokens(without_acronyms(section.heading.text))
    words = content_tokens(name)
    spelled = _spelled_out(name_tokens(section.heading.text), phrases[0].text)
    if all(word in spelled or any(_same_word(word, other) for other in words) for word in heading):
        return False  # the heading's unit named in full, or written short (_same_word)
    if not heading & words:
        return False  # named by no word of the heading
    owner = Unit(name, None, UnitType.OFFICE, None, None, start, end)
    for block in paragraphs[1:]:
        first = page.sentences(block.start, block.end)[0]
        if _subject_part(page, *first, owner, "subject_among_peer_paragraphs") is not None:
            return True
    return False


def _same_word(short: str, word: str) -> bool:
    """Whether a heading's word is a word of a unit's full name as a heading may write it:
    the word itself, its plural or singular ("Human Resources Office" over "The Office of
    Human Resource Management ..."), or cut short, its first letter kept and the rest of its
    letters in order ("Dept. of Wick Supply" over "The Department of Wick Supply ...",
    "Northern Region" over "The Northern Regional Office ...")."""
    if short == word or short.rstrip("s") == word.rstrip("s"):
        return True
    if len(short) < 3 or len(short) >= len(word) or short[0] != word[0]:
        return False
    letters = iter(word)
    return all(letter in letters for letter in short)


def _spelled_out(heading: list[str], subject: str) -> set[str]:
    """The heading's words that an acronym of the subject stands for, their initials its
    letters ("Office of the Chief Executive Officer" over "The Office of the CEO ...")."""
    out: set[str] = set()
    for acronym in re.findall(r"\b[A-Z]{2,}\b", subject):
        size = len(acronym)
        for at in range(len(heading) - size + 1):
            run = heading[at : at + size]
            if "".join(word[0] for word in run) == acronym.lower():
                out.update(run)
    return out


def duties_over_peers(heading: str) -> bool:
    """Whether a heading over several units' paragraphs (``subject_among_peer_paragraphs``)
    titles what they do, its head noun before any preposition a word of duties ("Office
    Functions in the District", "Branch Responsibilities"): a topic, whose units are its
    parent's."""
    words = words_before_preposition(heading)
    return bool(words) and words[-1] in DUTY_HEADS


@rule("unit", off=[])
def paragraph_subject_part(
    page: PageLayout,
    blocks: list[Block],
    owner: Unit,
    heading: str,
    stated_beside: frozenset[str] = frozenset(),
    *,
    first_too: bool = False,
) -> list[Unit]:
    """In a unit's section, a paragraph after its first that opens with another unit named
    in full as the subject of its sentence ("The Wick Supply Directorate handles ...",
    "Division of Lamps A is responsible for ...") names a part of the section's unit: a
    name of two words or more that ends in a unit noun or opens with one before "of" or
    "for", not the section's unit again, not "These Offices", not a unit a heading of the
    page names (that heading's unit, wherever its section stands) and not a unit found
    already by its name without the final unit noun ("Wick Care" listed, then "The Wick
    Care Division handles ...").

    ``stated_beside`` holds the statement words ("mission") the texts of the sections beside
    the owner's open with (``statement_of_mission``); with ``first_too`` the first paragraph
    is read as well (its subject is one of several units: ``subject_among_peer_paragraphs``)."""
    parts: list[Unit] = []
    paragraphs = [block for block in blocks if block.kind == PARAGRAPH]
    # a text that opens with its own unit's statement goes on to state its parts'
    stating = (
        stated_beside
        if stated_beside
        and paragraphs
        and statement_subject(page, *page.sentences(paragraphs[0].start, paragraphs[0].end)[0])
        is None
        else frozenset()
    )
    rank = rank_noun(owner.name)
    peers = (
        enabled("subject_peer_paragraph")
        and rank is not None
        and owner.parent is not None
        and owner.parent.parent is None  # beside a unit right under the page's root
        and content_tokens(heading) - UNIT_NOUNS <= content_tokens(owner.name)
    )
    beside = owner.parent if peers else None  # a peer's parent: the unit over ``owner``
    for block in paragraphs[0 if first_too else 1 :]:
        stated = _stated_peer(page, block, owner, stating)
        if stated is not None:
            # the paragraphs from here on are the peer's text, read as its section
            rest = blocks[next(i for i, b in enumerate(blocks) if b is block) :]
            return [
                *parts,
                stated,
                *paragraph_subject_part(page, rest, stated, stated.name, stated_beside),
            ]
        start, end = page.sentences(block.start, block.end)[0]
        part = _subject_part(page, start, end, owner, "paragraph_subject_part")
        if part is None and peers and rank == "department":
            part = _subject_part(
                page, start, end, owner, "paragraph_subject_part", nouns=DEPARTMENT_NOUN
            )
        if part is not None and beside is not None and rank_noun(part.name) == rank:
            reparent(part, beside, "subject_peer_paragraph")
        elif (
            part is not None
            and owner.parent is not None
            and enabled("subject_after_wide_gap")
            and rank in (None, rank_noun(part.name))
            and _after_wide_gap(page, blocks, block)
        ):
            reparent(part, owner.parent, "subject_after_wide_gap")
            # the paragraphs from here on are the moved unit's text, read as its section
            rest = blocks[next(i for i, b in enumerate(blocks) if b is block) :]
            return [*parts, part, *paragraph_subject_part(page, rest, part, part.name)]
        if part is not None:
            parts.append(part)
    return parts


def _stated_peer(
    page: PageLayout, block: Block, owner: Unit, stated_beside: frozenset[str]
) -> Unit | None:
    """The peer of ``owner`` whose statement of mission opens ``block``, a paragraph after
    the first of ``owner``'s text, when the text of a section beside ``owner``'s opens with a
    statement of the same word (one of ``stated_beside``: ``statement_of_mission``)."""
    if not stated_beside or owner.parent is None:
        return None
    stated = statement_subject(page, *page.sentences(block.start, block.end)[0])
    if stated is None or stated[1] not in stated_beside:
        return None
    return unit_named(
        page.text,
        without_acronyms(stated[0].text),
        stated[0].start,
        owner.parent,
        found_by="statement_of_mission",
        parent_by="statement_of_mission",
        is_group=False,
    )


def opening_statements(page: PageLayout) -> tuple[dict[int, str], dict[int, list[Section]]]:
    """The statement word ("mission") each section's text opens with, by section, for the
    sections that open so (no generic label: "Our Mission" is no unit's section), and the
    sections beside each section, its own among them: those of its level under the same
    heading (``statement_of_mission``)."""
    opened: dict[int, str] = {}
    beside: dict[int, list[Section]] = {}
    for level in [page.sections, *(section.members for section in page.walk())]:
        for section in level:
            beside[id(section)] = level
            first = next((b for b in section.body if b.kind == PARAGRAPH), None)
            if first is None or section.is_label:
                continue
            stated = statement_subject(page, *page.sentences(first.start, first.end)[0])
            if stated is not None:
                opened[id(section)] = stated[1]
    return opened, beside


def runs_of_text(
    blocks: list[Block], owner: Unit, parts: list[Unit]
) -> list[tuple[Unit, list[Block]]]:
    """A section's blocks, each run with the unit whose text it is: ``owner``'s, up to the
    paragraph each unit ``subject_after_wide_gap`` or ``statement_of_mission`` moved out of
    it opens, that unit's from there on."""
    moved = [
        part
        for part in parts
        if part.parent_by in ("subject_after_wide_gap", "statement_of_mission")
    ]
    runs: list[tuple[Unit, list[Block]]] = [(owner, [])]
    for block in blocks:
        opens = next((p for p in moved if block.start <= p.evidence_start < block.end), None)
        if opens is not None:
            runs.append((opens, []))
        runs[-1][1].append(block)
    return runs


# Determiners before a plural ("These Offices", "Both Divisions"): units named already.
_PLURAL_DETERMINERS = frozenset({"these", "those", "both", "all", "such", "each"})


def _subject_part(
    page: PageLayout,
    start: int,
    end: int,
    owner: Unit,
    found_by: str,
    *,
    nouns: frozenset[str] = ANY_UNIT_NOUNS,
) -> Unit | None:
    """The unit a sentence opens with as its subject, named in full with one of the unit
    ``nouns``, when it is a part of ``owner`` (see :func:`paragraph_subject_part`)."""
    text = page.text
    own = unit_key(owner.name)
    phrases = page.phrases(start, end)
    if not phrases or phrases[0].start - start > len("The "):
        return None
    phrase = phrases[0]
    words = name_tokens(phrase.text)
    if len(words) < 2 or len(phrase.text.split()) > MAX_NAME_WORDS:
        return None
    if not unit_shaped(words, nouns):
        return None
    verb = _subject_verb(text, phrase.start, phrase.end, end)
    if verb is None and enabled("composition_verb_subject"):
        verb = _COMPOSITION_SUBJECT.match(text, phrase.end, end)
    if set(words) & POSITION_WORDS or not verb:
        return None
    if _names_owner(text[verb.end() : end], owner):
        return None  # "oversees the Wick Office": a parent or a peer of the section's unit
    if refers_back(phrase.text) or words[0].lower() in _PLURAL_DETERMINERS:
        return None  # "This Division", "These Offices": units named already
    key = unit_key(phrase.text)
    if key <= own or own <= key:
        return None
    return unit_named(
        text,
        without_acronyms(phrase.text),
        phrase.start,
        owner,
        found_by=found_by,
        parent_by=found_by,
        is_group=False,
    )


def listed_without_noun(name: str, index: UnitIndex) -> bool:
    """Whether ``name`` is a unit found already, named before without its unit noun ("The
    Wick Care Division handles ..." after "two divisions: Wick Care and Glass Care"): only a
    final unit noun is dropped ("Office of Oil Safety" is not the "Office of Oil")."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in ANY_UNIT_NOUNS:
        return False
    return index.by_key.get(unit_key(" ".join(words[:-1]))) is not None


@rule("unit", off=[])
def sentence_subject_part(page: PageLayout, blocks: list[Block], owner: Unit) -> list[Unit]:
    """In a unit's section, a sentence inside a paragraph, after its first, that opens with
    another unit named in full as its subject ("The Fiscal Office works through three
    subunits. The Wick Ledger Unit keeps the accounts. The Oil Payroll Unit pays ...")
    names a part of the section's unit, as a paragraph that opens so does
    (:func:`paragraph_subject_part`, with its exceptions): the units a unit's description
    goes on to name one by one. Only names in the nouns of prose units (office, bureau,
    division, directorate, center, team, branch, unit): a sentence's "The Online Wick
    Service provides ..." or "The Lamp Appeals Board reviews ..." names a service or a body
    outside the unit. Not in a paragraph that opens with another unit as its subject (the
    units it names are that one's), nor a sentence that says where a unit is housed
    (``housed_within`` places it)."""
    parts: list[Unit] = []
    for block in blocks:
        if block.kind != PARAGRAPH:
            continue
        sentences = page.sentences(block.start, block.end)
        if opens_with_other_unit(page, *sentences[0], owner):
            continue  # a paragraph about another unit: the units it names are that one's
        for start, end in sentences[1:]:
            if HOUSED.match(page.text, start, end):
                continue  # "The Wick Office is housed within ...": where it is placed
            part = _subject_part(
                page, start, end, owner, "sentence_subject_part", nouns=PROSE_UNIT_NOUNS
            )
            if part is not None:
                parts.append(part)
    return parts


register(
    "prose_subject_beside_headings",
    "unit",
    """On a page whose units have headings, a unit its prose outside their sections names as
    the subject that opens a sentence, worded as a unit and followed by a verb of function
    ("The Wick Division provides the wicks for the town.", "The Lamp Steering Team is led
    by the Warden and meets weekly."), is a unit of the page too, as the units of its
    headings are; a name the prose gives elsewhere in a sentence ("coordinates with the
    Office of Oil", "a link to the Wick Office Brochure") is no part of the page's units.""",
)
# What may stand before a sentence's subject: the start of the text or of a sentence, and "The".
_SENTENCE_OPENING = lazy_pattern(_OPENS_SENTENCE + r"(?:The\s+)?\Z")


def subject_beside_headings(text: str, unit: Unit, top: Unit) -> bool:
    """Whether a unit ``prose_unit`` found opens its sentence as the subject of a verb of
    function (``prose_subject_beside_headings``), and is not the page's agency or a body
    above it named again ("The Office of Wick Policy leads ..." on the Wick Policy page)."""
    if unit.found_by != "prose_unit" or not enabled("prose_subject_beside_headings"):
        return False
    start = unit.evidence_start
    if _SENTENCE_OPENING.search(text, max(0, start - 12), start) is None:
        return False
    if _subject_verb(text, start, start + len(unit.name)) is None:
        return False
    return not _names_agency_again(unit, top)


def _names_agency_again(unit: Unit, top: Unit) -> bool:
    """Whether ``unit`` is the page's agency, or a body above it, named again ("The Office of
    Wick Policy" on the Wick Policy page); a name of unit nouns only only when all its words
    are that body's (``unit_nouns_only_name``)."""
    own = content_tokens(unit.name) - UNIT_NOUNS
    # a name of unit nouns only ("Staff Division") is the body again only when
    # its words are the body's; one noun alone ("the Secretariat") refers to it
    bare = not own and len(content_tokens(unit.name)) > 1 and enabled("unit_nouns_only_name")
    for step in (top, *ancestors(top)):
        words = re.sub(r"\W+", " ", re.sub(r"([a-z])([A-Z])", r"\1 \2", step.name))
        if bare:
            if content_tokens(unit.name) <= content_tokens(words):
                return True
        elif own <= content_tokens(words) | UNIT_NOUNS and not one_of_listed_units(
            unit.name, step.name
        ):  # "InteriorLamp Office": glued names
            return True
    return False


# The verbs and nouns of doing a piece of work whose agent "by" names: "prepared by",
# "are handled by", "is carried out by", "for follow-up by". Not founding, appointing,
# funding, setting, approving, leading or enforcing: those name a body above or outside
# the page's, or a post.
_WORK_DONE = (
    r"(?:performed|handled|prepared|provided|supported|undertaken|conducted|carried\s+out"
    r"|delivered|managed|processed|coordinated|staffed|follow[- ]?ups?)"
)
# "<work> by [the|a|an|our] ..., [the|a|an|our] " right before the name: the agent, alone
# or the last of a short series of agents ("managed by a board and an Executive Team"; "our"
# names the page's own: "handled by our Keeper Care Team").
_AGENT_OF_WORK = lazy_pattern(
    r"(?<![\w-])(?P<work>" + _WORK_DONE + r")\s+by\s+(?:(?:the|an?|our)\s+)?"
    r"(?:[^.;:!?()\n]{1,60}?(?:,|\band|\bor)\s+(?:(?:the|an?|our)\s+)?)?\Z",
    re.IGNORECASE,
)
# Work done once, by a body that does it no more ("previously performed by"), or on the
# site itself ("This page is managed by ...").
_NOT_DONE_NOW = lazy_pattern(
    r"\b(?:previously|formerly|once|originally|until|earlier|historically)\s+(?:been\s+)?\Z"
    r"|\b(?:used\s+to(?:\s+be)?|no\s+longer(?:\s+be(?:ing)?)?)\s+\Z"
    r"|\b(?:site|page|website|web\s+page|content)\b",
    re.IGNORECASE,
)

# Money the agent gives, no work it does ("Funding is provided by the Lamp Ministry",
# "grants are supported by the Oil Trust Office"): money before the verbs of giving only, for
# a unit handles money as any other work ("grant applications are processed by the Grants
# Unit", "village loans are managed by the Rural Credit Branch").
_PAID_FOR = lazy_pattern(r"\b(?:fund(?:s|ed|ing)?|grants?|financ\w*|money|loans?)\b", re.IGNORECASE)
_GIVEN = lazy_pattern(r"provided|supported", re.IGNORECASE)
# The audit of the body itself, which a body outside it does ("the external audit is carried
# out by the Wick Audit Bureau", "the audit of its accounts is conducted by ..."); audits of
# others ("audits of lamp dealers are conducted by the Compliance Audit Branch") or of its
# own stores, an internal audit, are a unit's work.
_AUDIT_OF_BODY = lazy_pattern(
    r"\b(?:external|independent|statutory)\s+audit"
    r"|\baudit\w*\s+of\s+(?:its\s+|our\s+|the\s+(?:[\w'’]+\s+){0,3}?)?"
    r"(?:accounts|financial\s+statements|books)\b"
    r"|\b(?:accounts|financial\s+statements)\s+(?:are|is|were|will\s+be)\s+(?:\w+\s+)?audited\b",
    re.IGNORECASE,
)
# The office of a government's head or its cabinet ("the Office of the First Minister", "the
# Office of the Deputy Premier", the cabinet's office): above the page's body, whose work it
# coordinates or guides; a unit only on its own page or a government's (the top holds the
# post, or is a place's government: "City of Lampton", "Government of Lampland").
_HEAD_OF_GOVERNMENT_OFFICE = lazy_pattern(
    r"\bOffice\s+of\s+the\s+(?:(?:Deputy|Vice)\s+)?(?P<post>President|Prime\s+Minister|Premier"
    r"|Governor|Chief\s+Minister|First\s+Minister)\b|\b(?P<cabinet>Cabinet)\s+(?:Office|Secretariat)\b",
    re.IGNORECASE,
)
_GOVERNMENT_WORDS = PLACE_NOUNS | {"government", "executive"}
# After the agent, whose work it does for another: a body outside the page's ("conducted by
# the Lamp Tally Bureau on behalf of the Ministry", "processed by the Shared Wick Office on
# behalf of the department").
_ON_BEHALF = lazy_pattern(r"(?:\s*\([^()]*\))?,?\s+on\s+behalf\s+of\b", re.IGNORECASE)
# Another name after the agent's: a series of agents ("by the Wick Office and the Oil Office").
_NEXT_AGENT = lazy_pattern(r"(?:\s*\([^()]*\))?\s*(?:,|and\b|or\b)\s*(?:(?:the|an?)\s+)?[A-Z]")

register(
    "agent_of_work_beside_headings",
    "unit",
    """On a page whose units have headings, a unit its prose outside their sections names as
    the one that does a piece of the work it describes, the agent after "by" of a verb of
    doing work ("the projections prepared by the Wick Forecasting Division", "complaints
    are handled by the Office of Oil Claims", "reports for follow-up by the Soot Bureau",
    "we are managed by a board and a Lamp Team"), is a unit of the page too: a page that
    describes its body's work names its units as the ones who do it. Not the agent of
    founding, appointing, funding, setting, approving, leading or enforcing ("established
    by", "appointed by", "set by", "led by"): those name a body above or outside the page's,
    or a post; not work done by it no more ("previously performed by the Oil Division",
    "used to be handled by", "no longer processed by"), nor the site's own upkeep ("this
    page is managed by ..."), nor money given ("funding is provided by the Oil Ministry":
    who pays; money a unit handles is its work: "grant applications are processed by the
    Grants Unit"); not a body outside the page's: the auditor of the body's own accounts
    ("the external audit is carried out by ...", "the audit of its accounts is conducted
    by ..."; audits of others or of its own stores are a unit's work), the office of a
    government's head or its cabinet ("coordinated by the Office of the First Minister"; a
    unit on its own or a government's page), one that works "on behalf of" another
    ("conducted by the Lamp Tally Bureau on behalf of the Ministry"); not a name with a
    possessive ("the Guild's Office of Oil": another body's part) nor the page's agency or a
    body above it named again. "our" before the agent names the page's own unit ("handled
    by our Keeper Care Team"). One named agent alone: a series of names after the verb is
    ``work_done_by_list``'s to read.""",
)


def _head_of_government_office(name: str, top: Unit) -> bool:
    """Whether ``name`` is the office of a government's head or its cabinet, above the page's
    body: neither its own (the top or a body above it holds the post) nor a government's page
    (a place's: "City of Lampton", "Government of Lampland")."""
    office = _HEAD_OF_GOVERNMENT_OFFICE.search(name)
    if office is None:
        return False
    post = re.sub(r"\s+", " ", office.group("post") or office.group("cabinet")).lower()
    for step in (top, *ancestors(top)):
        own = step.name.lower()
        if post in own or set(re.findall(r"[a-z]+", own)) & _GOVERNMENT_WORDS:
            return False
    return True


def agent_of_work_beside_headings(text: str, unit: Unit, top: Unit) -> bool:
    """Whether a unit ``prose_unit`` found is the agent of a verb of doing work
    (``agent_of_work_beside_headings``)."""
    if unit.found_by != "prose_unit" or not enabled("agent_of_work_beside_headings"):
        return False
    start = unit.evidence_start
    sentence = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    agent = _AGENT_OF_WORK.search(text, max(sentence, start - 120), start)
    if agent is None:
        return False
    if _NOT_DONE_NOW.search(text, sentence, agent.start()) is not None:
        return False
    if (
        _GIVEN.match(agent.group("work"))
        and _PAID_FOR.search(text, sentence, agent.start()) is not None
    ):
        return False  # money given, no work done
    if _AUDIT_OF_BODY.search(text, sentence, agent.start()):
        return False  # the body's own audit: an auditor outside it
    if _ON_BEHALF.match(text, start + len(unit.name)):
        return False  # work done for another: a body outside the page's
    if _head_of_government_office(unit.name, top):
        return False
    # one agent alone: a series of named agents is ``work_done_by_list``'s
    if re.search(r"\b[A-Z]", text[agent.end("work") : agent.end()]):
        return False
    if _NEXT_AGENT.match(text, start + len(unit.name)) is not None:
        return False
    owner = re.match(r"(.+?)['’]s?\s", unit.name)
    if owner is not None and not content_tokens(owner.group(1)) & UNIT_NOUNS:
        return False  # "the Guild's Office of Oil": a part of another body
    return not _names_agency_again(unit, top)


# A verb of function after a bare name: "is/are/has" alone says too little ("Mediation is a
# process"), "is responsible" says what a unit does.
_PEER_IS = lazy_pattern(r"\s+(?:is|are)\s+(?:responsible|charged|tasked|in\s+charge)\b")


# A bare part's verb beyond the verbs of function: what it is made of or must do ("Wick
# Trimming consists of ...", "Soot Control must provide ..."), or any verb in the present
# after a name ("Wick Supply obtains ...": a lower-case word in "-s" that is no function word,
# and no plural noun ending the subject: "Wick services consists of ...", "Oil crimes is ...",
# and a plural noun before a verb that opens what a list holds, a participle between them or
# none: "Other services include ...", "Key functions comprise ...", "Other services offered
# include ...").
_LIST_VERBS = r"(?:include|comprise|cover|involve|encompass|entail)"
# Compiled at import, not lazily: a match is told apart by its pattern (``match.re is``).
_PEER_VERB = re.compile(
    r"\s+(?:also\s+)?(?:consists?\s+of|(?:must|shall|will)\s+[a-z]+|"
    rf"(?!(?:{_NOT_PRESENT_VERBS})\b)"
    r"(?P<any>[a-z]{2,}[a-rt-z]s)\b(?!\s+(?:also\s+)?(?:is|are|was|were|has|have|[a-z]+s)\b)"
    rf"(?!\s+(?:[a-z]+ed\s+)?(?:also\s+)?(?:are|{_LIST_VERBS})\b))\b"
)


def _opening_subject(page: PageLayout, block: Block) -> Phrase | None:
    """The name a paragraph opens with (after "The" at most) when a verb of function follows
    it ("Wick Care provides ...", "The Oil Office (OO) is responsible for ...", "Wick
    Trimming consists of ...")."""
    start, end = page.sentences(block.start, block.end)[0]
    phrases = page.phrases(start, end)
    if not phrases or phrases[0].start - start > len("The "):
        return None
    if (
        _subject_verb(page.text, phrases[0].start, phrases[0].end, end) is None
        and _PEER_VERB.match(page.text, phrases[0].end, end) is None
    ):
        return None
    return phrases[0]


@rule("unit", off=[])
def subject_peers(page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit) -> list[Unit]:
    """A run of paragraphs that describe a body's parts one by one, each opening with the
    part as its subject and a verb of function ("The Lamp Office provides ...", "Wick Care
    Services oversees ..."), names one more part in a paragraph that opens the same way with
    a name in title case and no unit noun ("Cart Yard maintains the carts ...", "Glass
    Works ensures ..."): the parts of a body are described alike, whatever their names'
    words. Only in a run where two paragraphs or more open with units found already under
    one parent (the new part joins them there), only a bare name (no "The" before it), not a
    position, and not with "is" or "has" alone after it ("Mediation is a process"); nor a
    paragraph that speaks of its subject as "he" or "she" ("Bram Tolley oversees the carts.
    He joined the guild in 1990."): that is a person, described as the parts are; nor a
    place's government ("Lampton County provides ...", "City of Lampton maintains ..."):
    the body works with it, it is none of the body's parts. Where one part at most is named
    already, a run of paragraphs, or the items of one list, is read so too when three of its
    blocks or more, and most of it, open with names described alike ("Wick Trimming
    consists of ...", "Soot Control must provide ...", "Oil Supply obtains ...", a unit noun
    allowed: "Oil Tax Administration administers ..."): they are parts beside the part named,
    or of the unit whose page or section holds them; a verb with nothing after it is a
    noun ("Process support"), and so is a word in "-s" before a verb that opens a list
    ("Other services include:", "Key functions comprise:", "Other services offered include:",
    a lead-in)."""
    text = page.text
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    runs: list[list[Block]] = [[]]
    for block in page.blocks:
        if block.kind in (PARAGRAPH, LIST_ITEM):
            if runs[-1] and runs[-1][-1].kind != block.kind:
                runs.append([])
            runs[-1].append(block)
        elif runs[-1]:
            runs.append([])
    owners: dict[int, Unit] | None = None
    for run in runs:
        subjects = [(block, _opening_subject(page, block)) for block in run]
        parents: Counter[int] = Counter()
        by_id: dict[int, Unit] = {}
        for _, phrase in subjects:
            unit = index.resolve(phrase.text) if phrase is not None else None
            if unit is not None and unit is not top and unit.parent is not None:
                parents[id(unit.parent)] += 1
                by_id[id(unit.parent)] = unit.parent
        parent_id, count = parents.most_common(1)[0] if parents else (0, 0)
        peers = [
            (block, phrase)
            for block, phrase in subjects
            if phrase is not None and _peer_subject(page, block, phrase, index, nouns=count < 2)
        ]
        if count >= 2 and run[0].kind == PARAGRAPH:
            parent = by_id[parent_id]
        elif count < 2 and len(peers) + count >= 3 and 2 * (len(peers) + count) >= len(run):
            # One part named at most: three names or more, most of the run, described alike
            # are parts beside that part, or of the unit whose section holds them.
            if owners is None:
                owners = section_owners(page, units, top)
            parent = by_id[parent_id] if count else owners.get(peers[0][0].start, top)
        else:
            continue
        for _, phrase in peers:
            key = unit_key(phrase.text)
            if key in seen or unit_key(parent.name) <= key:
                continue
            if enabled("short_form_subject") and short_form_of(phrase.text, units):
                continue  # "Soot Control includes ...": the Soot Control Unit found already
            seen.add(key)
            found.append(
                unit_named(
                    text,
                    without_acronyms(phrase.text),
                    phrase.start,
                    parent,
                    found_by="subject_peers",
                    parent_by="subject_peers",
                    is_group=False,
                )
            )
    return found


def _peer_subject(
    page: PageLayout, block: Block, phrase: Phrase, index: UnitIndex, *, nouns: bool = False
) -> bool:
    """Whether the name ``block`` opens with, a verb of function after it, is a bare part's
    for ``subject_peers``: no unit yet, title case, no person, no place, no post, and no
    unit noun unless ``nouns`` (where no part is named yet, none was read by its noun)."""
    text = page.text
    if phrase.start != block.start or index.resolve(phrase.text):
        return False
    words = phrase.text.split()
    if not 1 <= len(words) <= 6 or words[0].lower() in REFERRING_WORDS:
        return False
    if len(words) == 1 and words[0].lower().endswith("ly"):
        return False  # "Proactively investigates ...": an adverb, the subject left out
    if PERSONAL_PRONOUN.search(text, block.start, block.end):
        return False  # "Bram Tolley oversees ... He joined ...": a person
    if words[-1].lower() in PLACE_NOUNS or (
        len(words) > 2 and words[0].lower() in PLACE_NOUNS and words[1] == "of"
    ):
        return False  # "Lampton County provides ...", "City of Lampton ...": a government
    if singular_noun(words[-1].lower()) in DOCUMENT_WORDS:
        return False  # "Lamp Act requires ...", "Wick Code establishes ...": a document
    if not all(w[:1].isupper() or w.lower() in ("and", "of", "&") for w in words):
        return False
    tokens = name_tokens(phrase.text)
    if not tokens or (
        names_position_only(phrase.text) if nouns else set(tokens) & (POSITION_WORDS | UNIT_NOUNS)
    ):
        return False
    end = page.sentences(block.start, block.end)[0][1]
    if nouns and text[phrase.start : end].rstrip()[-1:] not in (".", "!", "?"):
        # with no part named yet, a description is a sentence: a line with no full stop
        # ("Lamp Safety tips for the winter") is a title, its plural noun no verb
        return False
    verb = _subject_verb(text, phrase.start, phrase.end, end) or _PEER_VERB.match(
        text, phrase.end, end
    )
    if verb is None or not text[verb.end() : end].strip(" .;:"):
        return False  # "Process support": a verb with nothing after it is a noun
    after = text[verb.end() : end].lower().split()[:5]
    if after[:1] == ["as"] and {w.strip(",.;:") for w in after[1:]} & POSITION_WORDS:
        return False  # "Bram Tolley serves as the director of ...": a person in a post
    if verb.re is _PEER_VERB and verb.group("any") and len(words) == 1 and words[0].endswith("s"):
        return False  # "Investigates referrals ...": a verb, its subject left out
    if verb.re is _PEER_VERB or verb.group(0).split()[-1] not in ("is", "are", "has", "have"):
        return True
    return _PEER_IS.match(text, phrase.end, end) is not None
