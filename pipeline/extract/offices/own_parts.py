"""The parts a unit's own section names: a sentence of the section that places parts in the
unit, its parts named among its duties, numbered inline parts, and the subjects of the
paragraphs a counting paragraph announces."""

from __future__ import annotations

import re

from pipeline.extract.list_units.lead_ins import DIVIDED_PARTICIPLES, plural_unit_noun
from pipeline.extract.names import (
    REFERRING_WORDS,
    name_tokens,
    names_position_only,
    noun_before_of,
    without_acronyms,
    worded_as_a_unit,
)
from pipeline.extract.offices.common import (
    ANY_UNIT_NOUNS,
    COUNTS,
    MAX_PART_WORDS,
    MEMBERS_SUBJECT,
    PART_NOUNS,
    POSSESSIVE_OWNER,
    RELATIVE_CLAUSE,
    paren_end,
    search_with,
    unit_key,
    unit_named,
    unit_type,
    worded_as_unit,
)
from pipeline.extract.offices.joined_names import two_named_units
from pipeline.extract.offices.positions import possessive_names
from pipeline.extract.offices.shared_noun_series import (
    compass_series,
    shared_noun_after_verb,
    shared_unit_noun,
)
from pipeline.extract.root.common import PROGRAM_LISTING
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LIST_ITEM, PARAGRAPH, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase, split_list
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import ARTICLES, LISTING_NOUNS, NUMBER_WORDS, PRONOUNS, UNIT_NOUNS
from pipeline.text.words import in_singular

# A sentence of a unit's own section whose subject is that unit, named or left out: "Includes
# the A Staff ...", "Comprised of A, B, and C.", "The office consists of the A Branch, ...",
# "The Department houses the A Division, which ...", "It contains the B Section"; the parts
# may follow a count of parts by a plural unit noun and a comma ("is divided into two
# branches, the A Branch and the B Branch", not "two buildings, the ...") or "a" before a
# name worded as a unit ("also includes a Spares Unit", not "consists of a Lieutenant").
_OWN_PARTS = lazy_pattern(
    r"\s*(?:(?:The|This|It|Its)\s*(?P<subject>[^,.;:]{0,80}?)\s+)?(?:also\s+)?"
    r"(?:[Ii]ncludes?|[Oo]versees|(?P<houses>[Hh]ouses|[Cc]ontains|is\s+home\s+to)"
    r"|[Cc]onsists?\s+of|[Cc]omprises?(?:\s+of)?|(?:is\s+)?(?:[Cc]omprised|[Cc]omposed|[Mm]ade"
    r"\s+up)\s+of|is\s+(?:" + DIVIDED_PARTICIPLES + r")\s+into)\s+"
    r"(?:(?P<count>" + "|".join(NUMBER_WORDS) + r"|\d{1,2})\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:" + "|".join(sorted((LISTING_NOUNS - {"programs", "elements"}) | {"sections"})) + r")"
    r",\s+(?:namely\s+)?(?=the\s))?(?:the\s+|an?\s+(?=(?:[A-Z][\w’'&-]*\s+){1,4}(?i:"
    + "|".join(sorted(UNIT_NOUNS))
    + r")\b))?"
)
# A piece of each verb of _OWN_PARTS, one of which every match holds.
_OWN_PARTS_VERBS = (
    "nclude",
    "versees",
    "ouses",
    "ontains",
    "home",
    "onsist",
    "ompris",
    "omposed",
    "ade",
    "rganized",
    "rganised",
    "divided",
    "structured",
)
_PART_GAP = lazy_pattern(r",?\s*(?:(?:and|or)\s+)?(?:the\s+)?")
# What may follow an enumerated part's name: the end of the sentence or list, or a clause
# about it ("5 Lamp staff" is a count of people, not a part).
_PART_END = lazy_pattern(r"\s*(?:$|[,.;:]|(?:and|or|as)\b)")


def part_ends(text: str, at: int, end: int) -> bool:
    """Whether a listed part's name may end at ``at``: the end of the sentence or the list,
    a conjunction, or a clause about it (``clause_after_last_part``)."""
    return _PART_END.match(text, at, end) is not None or (
        enabled("clause_after_last_part") and RELATIVE_CLAUSE.match(text, at, end) is not None
    )


register(
    "own_parts_shared_noun",
    "unit",
    """In a unit's own section, a sentence whose verb of composition lists names before one
    plural unit noun they share ("The Lamp Department includes the Wick, Oil and Glass
    divisions of the agency", "This unit consists of the Soot and Match sections") names
    that unit's parts, each with the noun in the singular (``shared_unit_noun`` read in a
    section, where ``enumerated_units`` takes each name as a part). The list is the verb's
    object, right after it or after the parts before it, as each enumerated part is; one
    named further on ("includes staff seconded from the Wick and Oil divisions") is not
    the unit's parts.""",
)


def _posts_are_parts(
    text: str, owner: str, verb: re.Match[str], pieces: list[Phrase], subject: str
) -> bool:
    """Whether the posts a unit's own section enumerates among its parts are parts too
    (``series_of_posts``, read in a section): the series after the verb names a unit worded
    as one beside them ("The directorate comprises the Principal Wick Secretary, Oil Supply,
    the Glass Division and ..."; posts alone, "the Wick Director, the Deputy Wick Director
    and their staff", are people), and the subject is no body of members (its head noun,
    the word before "of" or the last: "The Wick Board comprises the Chair and ..." lists
    members). ``subject`` is the subject as read, the words around its name set aside
    (``own_subject_extra_words``: "The Board currently consists of the Chair and ...")."""
    if not enabled("series_of_posts"):
        return False
    head = (subject or owner).split(" of ", maxsplit=1)[0].split()
    if head and MEMBERS_SUBJECT.fullmatch(head[-1]):
        return False
    listed = [p for p in pieces if p.start >= verb.end()]
    posts = sum(names_position_only(p.text) for p in listed)
    worded = any(set(name_tokens(p.text)[-1:]) & ANY_UNIT_NOUNS for p in listed)
    return posts >= 1 and worded


def _own_subject(subject: str, owner: Unit) -> bool:
    """Whether a subject, or the body a verb places a series in, names the section's unit
    ``owner``: its name, or a unit noun alone ("The division"). Under a part's heading the
    noun alone must be the part's own: "The Board" under "Glass Directorate" is another
    body, "the Directorate" under "Oil Directorate" the part. In the root's sections any
    unit noun names the page's body, whose name as read may lack it."""
    if unit_key(subject) == unit_key(owner.name):
        return True
    noun = subject.lower()
    if len(subject.split()) != 1 or noun.rstrip("s") not in UNIT_NOUNS:
        return False
    return owner.parent is None or not {noun, noun.rstrip("s")}.isdisjoint(name_tokens(owner.name))


def _shared_parts(text: str, parts: list[Phrase], owner: Unit, finder: str) -> list[Unit]:
    """The units of a series whose items share a plural unit noun, each the item with the noun
    in the singular, as parts of the section's unit ``owner``."""
    return [_part_named(text, part.text, part, owner, finder) for part in parts]


def _part_named(text: str, name: str, span: Phrase, owner: Unit, finder: str) -> Unit:
    """The part ``name`` of ``owner`` that a sentence of its section names at ``span``, its
    evidence; found by ``finder``, placed by ``enumerated_units``."""
    return unit_named(
        text,
        name,
        span.start,
        owner,
        found_by=finder,
        parent_by="enumerated_units",
        is_group=False,
        end=span.end,
    )


# A verb that places its subject in or under a body: "are attached to", "is within", "fall
# under", "report to" (``placed_in_own_unit``); the body follows it, up to a clause's end.
_PLACED_IN = lazy_pattern(
    r"\s+(?:(?:is|are)\s+(?:also\s+)?(?:attached\s+to|within|part\s+of"
    r"|(?:placed|located|housed)\s+(?:under|within|in))"
    r"|(?:reports?|falls?)\s+(?:directly\s+)?(?:to|under|within))"
    r"\s+(?P<body>(?:the\s+)?[A-Z][^,.;:()]*?)\s*(?:[,.;:]|$)"
)
_PLACED_IN_WORDS = ("attached", "within", "part", "placed", "located", "housed", "report", "fall")


@rule("unit", off=[])
def placed_in_own_unit(page: PageLayout, start: int, end: int, owner: Unit) -> list[Unit]:
    """In a unit's own section, a sentence whose subject is a series of names each worded as
    a unit and whose verb places them in that unit ("The Wick Audit Unit, Office of Oil
    Review and the Soot Unit are attached to the Office of the Warden." under the heading
    "Office of the Warden"; "The A Unit and the B Unit are within the Directorate.") names
    the unit's parts. Before, a page with unit headings kept no unit its sections' prose
    named as a subject, and such parts were lost. The body must be the section's unit,
    named or by its noun alone ("the Directorate"), and every name of the series worded as
    a unit (a unit noun ends it or heads it before "of"): a post or a person placed under a
    unit ("The Wick Clerk reports to the Office") is no part, and a sentence that says
    anything else of the series names none."""
    text = page.text
    fragment = text[start:end]
    if not any(word in fragment for word in _PLACED_IN_WORDS):
        return []
    verb = _PLACED_IN.search(text, start, end)
    if verb is None:
        return []
    body = re.sub(r"^the\s+", "", verb.group("body").strip())
    if not _own_subject(body, owner):
        return []
    opening = re.match(r"\s*(?:The\s+)?", text[start : verb.start()])
    cursor = start + (opening.end() if opening else 0)
    parts: list[Unit] = []
    for phrase in page.phrases(cursor, verb.start()):
        for piece in split_list(text, phrase, on_and=False):
            for named in two_named_units(text, piece):
                if not _PART_GAP.fullmatch(text, cursor, named.start):
                    return []
                name = without_acronyms(named.text)
                if (
                    len(name.split()) > MAX_PART_WORDS
                    or not worded_as_a_unit(name)
                    or names_position_only(name)
                    or unit_key(name) == unit_key(owner.name)
                ):
                    return []
                parts.append(_part_named(text, name, named, owner, "placed_in_own_unit"))
                cursor = paren_end(text, named.end, end)
    if not re.fullmatch(r"\s*", text[cursor : verb.start()]):
        return []
    return parts


# An aside in parentheses after a listed part's name: "Planning (Lamps and Posts)".
_ASIDE_AFTER = lazy_pattern(r"\s*\([^()\n]{1,80}\)")


register(
    "part_aside",
    "unit",
    """An aside in parentheses after an enumerated part's name ("The department is comprised
    of Wick Care (Trimming and Cutting), Glass, and Oil.") says what the part covers: the
    part's name ends before it and the list goes on after it, the names inside it no parts
    of their own.""",
)


# An adverb between a unit's name (or "It") and its verb, after "is" for a verb in the passive:
# "The Wick Section currently consists of ...", "It presently comprises ...", "The Department
# is currently made up of ...".
_SUBJECT_ADVERB = lazy_pattern(
    r"(?:^|\s+)(?:(?:is|are)\s+)?(?:currently|presently|now|still|further|furthermore|basically|similarly"
    r"|additionally|mainly|primarily|principally|essentially|largely|collectively|effectively"
    r"|formally)\Z"
)
# A verb phrase the verb of composition is coordinated with, after the unit's name: "This
# Bureau is headed by the Chief Warden and consists of ...", "The Wick Office was set up in
# 1998 and comprises ...": no clause of another body in it.
_SUBJECT_COORDINATED = lazy_pattern(
    r"(?P<name>.*?)\s*\b(?:is|are|was|were|has|have)\s+(?P<phrase>[a-z][^,()]*?)\s+and\Z"
)
_OTHER_CLAUSE = lazy_pattern(r"\b(?:which|who|whose|that|where|while)\b")


def _subject_name(subject: str) -> tuple[str, bool] | None:
    """The name a subject of a verb of composition leaves once the words around it are set
    aside, and whether an owner's possessive stood before it: an adverb before the verb
    ("Wick Section currently"), a verb phrase the verb is coordinated with ("Bureau is headed
    by the Chief Warden and", "Division was set up in 1998 and now"; none when the phrase
    holds a clause of its own, whose body may be the verb's subject) and then a possessive
    before the name ("authority's Wick Staff"). The forms combine as pages write them."""
    adverb = _SUBJECT_ADVERB.search(subject)
    if adverb is not None:
        subject = subject[: adverb.start()].strip()
    coordinated = _SUBJECT_COORDINATED.fullmatch(subject)
    if coordinated is not None:
        if _OTHER_CLAUSE.search(coordinated.group("phrase")):
            return None
        subject = coordinated.group("name").strip()
    owned = POSSESSIVE_OWNER.match(subject)
    if owned is not None:
        return subject[owned.end() :].strip(), True
    return subject, False


@rule("unit", off=False)
def own_subject_extra_words(subject: str, owner: Unit, opener: str = "") -> bool:
    """In a unit's own section, the subject of a verb of composition ("consists of",
    "includes", "comprises") is the section's unit also when words stand around its name:
    an owner's possessive before it ("The ministry's Wick Staff includes the A Office, ..."
    under "Wick Staff"), an adverb after it ("The Wick Section currently consists of the Soot
    Unit", "It presently comprises ..."), or a verb phrase the verb is coordinated with
    ("This Bureau is headed by the Chief Warden and consists of the A Division, the B Unit
    and ...", "The Division was set up in 1998 and now comprises ..."), alone or together
    (``_subject_name``). Pages write the sentence that names a unit's parts in these ways as
    often as in the bare form (``enumerated_units``), and the parts were lost. The name left
    must be the section's unit's (after a possessive, its whole name: "The Director's Office"
    under "Wick Office" is another unit), and a coordinated phrase holds no clause of its own
    ("is part of the Oil Board, which ... and"): what the verb lists is then another body's.
    The name left, not the words around it, is what the sentence's subject is then read as:
    a board or council "appointed by the Minister and" comprising posts lists its members
    (``_posts_are_parts``)."""
    if opener not in ("The", "This", "It", "Its"):
        return False
    named = _subject_name(subject)
    if named is None:
        return False
    name, possessed = named
    if not name:
        return opener == "It" and not possessed
    if possessed:
        return unit_key(name) == unit_key(owner.name)
    return _own_subject(name, owner)


def own_parts(page: PageLayout, start: int, end: int, owner: Unit) -> list[Unit]:
    """The proper names a sentence of ``owner``'s own section enumerates after a verb of
    composition whose subject is ``owner`` (named, "the office", "this division" or left out):
    parts of ``owner``."""
    text = page.text
    fragment = text[start:end]
    if not any(verb in fragment for verb in _OWN_PARTS_VERBS):
        return []
    match = _OWN_PARTS.match(text, start, end)
    if match is None:
        return []
    subject = (match.group("subject") or "").strip()
    if subject and not _own_subject(subject, owner):
        opener = text[match.start() : match.start("subject")].strip()
        if not own_subject_extra_words(subject, owner, opener):
            return []
        # the words around the name set aside: "The Board is appointed by ... and comprises"
        subject = (_subject_name(subject) or ("", False))[0]
    if not match.group(0).rstrip().lower().endswith(" the"):
        # "comprises of Wick, Oil and Glass Units": each item with the noun they share
        shared_after = shared_noun_after_verb(text, match, end)
        if shared_after:
            return _shared_parts(text, shared_after, owner, "shared_noun_after_verb")
    parts: list[Unit] = []
    cursor = match.end()
    phrases = possessive_names(text, page.phrases(start, end))
    pieces = {
        phrase.start: [
            listed
            for piece in split_list(text, phrase, on_and=False)
            for listed in two_named_units(text, piece)
        ]
        for phrase in phrases
    }
    posts: bool | None = None  # whether the posts among the parts are parts, asked once
    for phrase in phrases:
        compass = (
            compass_series(text, phrase)[0]
            if phrase.start >= cursor and _PART_GAP.fullmatch(text, cursor, phrase.start)
            else []
        )
        if compass:
            # "includes the Eastern, Central and Western Wick Divisions": each with the name
            parts += _shared_parts(text, compass, owner, "compass_series")
            return parts
        shared = (
            shared_unit_noun(text, phrase, start, match)
            if phrase.start >= cursor
            and enabled("own_parts_shared_noun")
            and _PART_GAP.fullmatch(text, cursor, phrase.start)
            else []
        )
        if shared:
            parts += _shared_parts(text, shared, owner, "own_parts_shared_noun")
            return parts
        for listed in pieces[phrase.start]:
            if listed.end <= cursor:
                continue
            # A sentence's capitalized verb may open the phrase: the part starts after it.
            part = Phrase(
                text[max(cursor, listed.start) : listed.end], max(cursor, listed.start), listed.end
            )
            if not _PART_GAP.fullmatch(text, cursor, part.start):
                return parts
            name = without_acronyms(part.text)
            after = paren_end(text, part.end, end)
            aside = _ASIDE_AFTER.match(text, after, end) if enabled("part_aside") else None
            if aside is not None:
                after = aside.end()
            if posts is None and names_position_only(name):
                listed_all = [piece for found in pieces.values() for piece in found]
                posts = _posts_are_parts(text, owner.name, match, listed_all, subject)
            if (
                len(name.split()) > MAX_PART_WORDS
                or not name[:1].isupper()
                or unit_key(_without_possessive_owner(name)) == unit_key(owner.name)
                or (names_position_only(name) and not posts)
                or not part_ends(text, after, end)
                or (match.group("houses") and not worded_as_a_unit(name))
            ):
                return parts
            parts.append(_part_named(text, name, part, owner, "enumerated_units"))
            cursor = after
    return parts


# A verb that gives a unit charge of what follows, duties and parts alike: "is responsible for
# A, B and the C Unit", "combines the D Office and the E Branch", "brings together ...".
_CHARGED_WITH = lazy_pattern(
    (
        r"\b(?:(?:is|are) (?:also )?responsible for|combines|brings together|houses"
        r"|encompasses|incorporates|includes|oversees|comprises(?: of)?|consists of"
        r"|is (?:made up|composed|comprised) of)\s+"
    ).replace(" ", r"\s+")
)
_CHARGED_WITH_WORDS = (
    "responsible",
    "combines",
    "together",
    "houses",
    "encompasses",
    "incorporates",
    "includes",
    "oversees",
    "compris",
    "consists",
    "made",
    "composed",
)
# What opens a sentence about a section's unit without naming it: "It", "The group", "This
# division".
_OWNER_PRONOUN = lazy_pattern(r"\s*(?:It|(?:The|This)\s+(?P<noun>[a-z]+))\s+")
# A preposition and a name after it: "from the Oil Office", "with Glass Services".
_PREPOSITION_NAME = lazy_pattern(
    r"\b(?:from|with|to|between|by|of|for|in|on|at|among|across)\s+(?:the\s+)?[A-Z]"
)
# What a series holds beside its names: separators, "and", "the", the closing stop.
_SERIES_LEFT = lazy_pattern(r"[\s,;.]+|\b(?:and|or|the)\b")
_ITEM_BOUNDARY = lazy_pattern(r"\s*(?:(?:and|or)\s+)?(?:the\s+)?")


def _owner_subject(page: PageLayout, start: int, verb: int, owner: Unit) -> str | None:
    """How the sentence at ``start`` opens with ``owner`` as the subject of the verb at
    ``verb``: "direct" for "It" or "The/This" and a unit noun ("The division") right before
    the verb, or the unit's name (with a lower-case unit noun after it or not: "The Lamp
    Care group") before it; "coordinated" for the name before a verb phrase the verb is
    coordinated with ("The Lamp group advises ... and combines"); None when the subject is
    another."""
    text = page.text
    pronoun = _OWNER_PRONOUN.match(text, start, verb)
    if pronoun is not None:
        noun = pronoun.group("noun")
        if noun is not None and noun.rstrip("s") not in UNIT_NOUNS:
            return None
        return "direct" if _ALSO.fullmatch(text, pronoun.end(), verb) else None
    phrases = page.phrases(start, verb)
    if not phrases or text[start : phrases[0].start].strip() not in ("", "The"):
        return None
    if text.startswith(("'s", "’s", "’"), phrases[0].end) or phrases[0].text.endswith(
        ("'s", "’s", "’")
    ):
        return None  # "The Lamp Bureau's office includes ...": another unit, its office
    owned = {word for word in unit_key(owner.name) if word not in UNIT_NOUNS}
    named = {word for word in unit_key(phrases[0].text) if word not in UNIT_NOUNS}
    if not owned or owned != named:
        return None
    after = paren_end(text, phrases[0].end, verb)
    if _SUBJECT_TO_VERB.fullmatch(text, after, verb):
        return "direct"
    return "coordinated" if _SUBJECT_TO_OTHER_VERB.fullmatch(text, after, verb) else None


_ALSO = lazy_pattern(r"\s*(?:also\s+)?")
# Between a unit's name and its verb: a unit noun in lower case, "also", or a verb phrase the
# verb is coordinated with ("advises the Warden on wicks and").
_SUBJECT_TO_VERB = lazy_pattern(r"(?:\s+[a-z]+)?\s*(?:also\s+)?")
_SUBJECT_TO_OTHER_VERB = lazy_pattern(r"(?:\s+[a-z]+)?\s[a-z][^.;:()]{0,120}\sand\s+(?:also\s+)?")


def _worded_as_part(name: str) -> bool:
    """A name worded as a unit's: it ends in a unit noun ("Wick Care Unit") or opens one
    before "of" or "for" ("Office of Oil", "Centre for Lamp Studies")."""
    words = name_tokens(name)
    if len(words) < 2 or names_position_only(name):
        return False
    if words[-1] in PART_NOUNS:
        return True
    return noun_before_of(words, PART_NOUNS)


def _object_series_goes_on(
    text: str, base: int, separators: list[re.Match[str]], boundaries: list[int]
) -> set[int]:
    """The openings of the names that go on, after commas, the object of a duty's
    preposition ("the work of the Wick Reeve's Bureau, the Soot Ledger Bureau and the Lamp Board"):
    each name right after such a duty or after another such name, up to the one after the
    series' "and" (``own_parts_among_duties``). A duty opens in lower case ("the work of",
    "liaison with"); a unit's name with "of" or "for" in it ("the Centre for Glass Studies")
    is no duty."""
    inner: set[int] = set()
    going_on = False
    for index, separator in enumerate(separators):
        item = text[boundaries[index] : base + separator.start()].strip()
        following = text[boundaries[index + 1] :].lstrip()
        if separator.group().strip() == "and":
            if going_on:
                inner.add(boundaries[index + 1])
            going_on = False
            continue
        if not item:  # the comma before a closing "and"
            continue
        bare = item.removeprefix("the ").lstrip()
        duty = bare[:1].islower() and _PREPOSITION_NAME.search(item) is not None
        going_on = duty or (going_on and bare[:1].isupper())
        if going_on and following.removeprefix("the ").lstrip()[:1].isupper():
            inner.add(boundaries[index + 1])  # a name after the comma: the object goes on
        elif not following.startswith("and"):
            going_on = False
    return inner


@rule("unit", off=[])
def own_parts_among_duties(page: PageLayout, start: int, end: int, owner: Unit) -> list[Unit]:
    """In a unit's own section, a sentence whose subject is that unit (named, "The Lamp Care
    group", "It", "The division") and whose verb gives it charge of a series ("is responsible
    for", "combines", "brings together", "includes", "oversees") may list its parts among its
    duties: "The Lamp Care group is responsible for wick policy, the Soot Analysis Unit, oil
    supply and the Centre for Glass Studies" names two parts. A name in the series that is
    worded as a unit (ending in Office, Division, Branch, Unit, Centre ... or opening with one
    before "of"/"for") and stands as an item of its own (after the verb, a comma, "and" or
    "the", up to a comma, "and" or the sentence's end) is a part of the section's unit; the
    duties, services, programs and positions beside it are not. A series of such names alone
    right after the unit's own verb is a plain list of parts (``composition_list``,
    ``enumerated_units`` read it); after a verb coordinated with another ("The Glass group
    advises the Warden and combines the Oil Office and the Polishing Branch") it is read here.
    A possessive subject ("The Lamp Bureau's office includes ...") or a position's ("The
    staff director oversees ...") is not the section's unit; a unit a duty names after a
    preposition ("staff seconded from the Oil Office and the Glass Branch") is no part, nor
    the peer "and" joins to it."""
    text = page.text
    verb = search_with(_CHARGED_WITH, _CHARGED_WITH_WORDS, text, start, end)
    subject = _owner_subject(page, start, verb.start(), owner) if verb is not None else None
    if verb is None or subject is None:
        return []
    # Where the series' items start: after the verb and after each comma, semicolon or "and".
    separators = list(re.finditer(r"[,;]|\sand\s", text[verb.end() : end]))
    boundaries = [verb.end(), *(verb.end() + m.end() for m in separators)]
    # "staff from the Oil Office and the Glass Branch": an "and" inside an item that names
    # a unit after a preposition joins that unit's peer, no item of the series.
    inner_and = {
        verb.end() + m.end()
        for index, m in enumerate(separators)
        if m.group().strip() == "and"
        and _PREPOSITION_NAME.search(text, boundaries[index], verb.end() + m.start())
    }
    inner_and |= _object_series_goes_on(text, verb.end(), separators, boundaries)
    parts: list[Unit] = []
    spans: list[tuple[int, int]] = []
    cursor = verb.end()
    for phrase in page.phrases(verb.end(), end):
        for listed in split_list(text, phrase, on_and=False):
            if listed.start < verb.end():
                continue
            opening = max(b for b in boundaries if b <= listed.start)
            own_item = (
                opening not in inner_and
                and _ITEM_BOUNDARY.fullmatch(text, opening, listed.start) is not None
            ) or (cursor > verb.end() and _PART_GAP.fullmatch(text, cursor, listed.start))
            name = without_acronyms(listed.text)
            after = paren_end(text, listed.end, end)
            if (
                not own_item
                or not _worded_as_part(name)
                or len(name.split()) > MAX_PART_WORDS
                or unit_key(name) == unit_key(owner.name)
                or not part_ends(text, after, end)
            ):
                continue
            parts.append(_part_named(text, name, listed, owner, "own_parts_among_duties"))
            spans.append((listed.start, after))
            cursor = after
    # A series of parts alone right after the unit's verb is a list of parts, read as such
    # (``composition_list``, ``enumerated_units``): this rule reads the parts listed among
    # other things, or after a second verb.
    if subject == "coordinated":
        return parts
    rest = text[verb.end() : end]
    for a, b in reversed(spans):
        rest = rest[: a - verb.end()] + rest[b - verb.end() :]
    if not _SERIES_LEFT.sub("", rest):
        return []
    return parts


# The first mark of a run of numbered items in a sentence, right after its colon: "...: (1) the
# Office of Lamps, ...; (2) ...", "...: 1) Wick Care; 2) Oil, and 3) Glass".
_FIRST_NUMBER = lazy_pattern(r":\s*(?P<open>\()?1\)\s+")
# What ends a numbered item's name: a clause about it or the list's next mark.
_NUMBERED_NAME = lazy_pattern(
    r"(?:the\s+)?(?P<name>[A-Z][\w&’'/-]*(?:,?\s+(?:of|for|and|on|the|to|&|[A-Z][\w&’'/-]*))*)"
)
_TRAILING_LINK = lazy_pattern(r"(?:,?\s+(?:of|for|and|on|the|to|&))+$")


@rule("unit", off=[])
def inline_numbered_parts(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """A sentence that numbers the names it lists after a colon inside its own line ("There
    are hereby established in the Department: (1) the Office of the Lamp Warden, with such
    staff as ...; (2) the Wick Administration, to ...; and (3) the Oil Administration, ...",
    "The following sections support the Lamp Division: 1) Wick Care; 2) Training; 3)
    Special Oil, and 4) Glass Services.") names a body's parts: the statute's or report's
    way of laying out a list without lines. The marks must run 1), 2), 3) ... (at least
    two, all in one style); each item's name is the run of capitalized words (and "of",
    "and", "the" inside) right after its mark, up to the clause about it. The items are
    units when the words before the colon hold a plural unit noun or say the parts are
    established, or when most names are worded as units; a name that is a position, or a
    lower-case clause ("1) to keep the lamps lit"), names none. Returns each name with
    where it starts."""
    first = _FIRST_NUMBER.search(text, start, end) if "1)" in text[start:end] else None
    if first is None:
        return []
    paren = first.group("open") is not None
    marks = [first.end()]
    number = 2
    while True:
        mark = re.compile((r"\(" if paren else r"(?<![\w(])") + str(number) + r"\)\s+")
        found = mark.search(text, marks[-1], end)
        if found is None:
            break
        marks.append(found.end())
        number += 1
    if len(marks) < 2:
        return []
    names: list[tuple[str, int]] = []
    bounds = [*marks[1:], end]
    for begin, stop in zip(marks, bounds, strict=True):
        named = _NUMBERED_NAME.match(text, begin, stop)
        if named is None:
            return []
        name = _TRAILING_LINK.sub("", named.group("name").rstrip(" ,;("))
        name = re.sub(r"\s*\(?\d{1,2}$", "", name).rstrip(" ,;")
        if not name or len(name.split()) > MAX_PART_WORDS or names_position_only(name):
            return []
        names.append((name, named.start("name")))
    lead_in = re.split(r"[.!?]\s+", text[start : first.start()])[-1].lower()
    announced = "establish" in lead_in or any(
        plural_unit_noun(word) for word in re.findall(r"[a-z]+s\b", lead_in)
    )
    worded = sum(1 for name, _ in names if worded_as_unit(name))
    if not announced and worded * 2 <= len(names):
        return []
    return names


register(
    "counted_paragraph_subjects",
    "unit",
    """A paragraph that counts a body's parts and ends announcing them with a colon or "as
    follows" ("The Wick Division has three major areas of responsibility as follows:", "...
    has four sections:") followed by as many paragraphs, each opening with a capitalized name
    and the counted noun in the singular as its subject ("The Trimming and Braiding area is
    responsible for ...", "The Oil Stores section keeps ..."), names those parts of the
    section's unit: the count and the paragraphs agree. The noun is a plural unit noun or
    "areas" (not "courses", "goals" or "locations"). Fewer such paragraphs than counted name
    nothing, and so does a subject that is no name ("The area of ...", "Another area").""",
)
# The plural nouns a count of a body's parts may use here.
_PARAGRAPH_PART_NOUNS = (LISTING_NOUNS - PROGRAM_LISTING) | {"areas", "sections"}
# "has three major areas of responsibility as follows:", "has four sections:": a count, up to
# three words, a plural noun, a few more words, then a colon or "as follows" ending the block.
_COUNT_AS_FOLLOWS = lazy_pattern(
    r"\b(?P<count>\d{1,2}|" + "|".join(COUNTS) + r")\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<noun>" + "|".join(sorted(_PARAGRAPH_PART_NOUNS)) + r")\b[^.:;]{0,60}?"
    r"(?:\s+as\s+follows\s*[:.]?|\s*:)\s*$",
    re.IGNORECASE,
)


# Words that open a noun phrase without naming it.
_NO_NAME_OPENERS = frozenset(
    {"a", "an", "another", "each", "every", "this", "that", "its", "our", "their", "your"}
    | {"such", "one", "the"}
)


def counted_paragraph_subjects(page: PageLayout, blocks: list[Block], owner: Unit) -> list[Unit]:
    """The parts a counting paragraph announces and the paragraphs after it name as their
    subjects (``counted_paragraph_subjects``), parts of ``owner``."""
    if not enabled("counted_paragraph_subjects"):
        return []
    text = page.text
    parts: list[Unit] = []
    for index, block in enumerate(blocks):
        ending = block.text.rstrip()
        if block.kind != PARAGRAPH or not ending.endswith((":", "follows", "follows.")):
            continue
        counted = _COUNT_AS_FOLLOWS.search(text, block.start, block.end)
        if counted is None:
            continue
        word = counted.group("count").lower()
        count = int(word) if word.isdigit() else COUNTS.get(word, 0)
        noun = counted.group("noun").lower()
        subject = re.compile(
            r"\s*(?:The\s+)?(?P<name>(?!The\s)[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&-]*))*"
            r"\s+(?i:" + re.escape(in_singular(noun)) + r"))\b(?!['’])"
        )
        named: list[re.Match[str]] = []
        for after in blocks[index + 1 : index + 1 + count]:
            match = (
                subject.match(text, after.start, after.end)
                if after.kind in (PARAGRAPH, LIST_ITEM)
                else None
            )
            if match is None or match.group("name").split()[0].lower() in _NO_NAME_OPENERS:
                break  # "A bureau of audit, ...": no name
            named.append(match)
        if not 2 <= count == len(named):
            continue
        for match in named:
            name = match.group("name")
            parts.append(
                Unit(
                    name,
                    None,
                    unit_type(text, name, [], is_group=False),
                    None,
                    None,
                    match.start("name"),
                    match.end("name"),
                    owner,
                    found_by="counted_paragraph_subjects",
                    parent_by="enumerated_units",
                )
            )
    return parts


register(
    "counted_part_named_in_full",
    "name",
    """A part listed bare after a count or "the following" and a plural unit noun ("The
    bureau is divided into three divisions: Wick Care, Oil Supply and Glass.") is named with
    that noun in the singular when the page itself writes it so elsewhere ("The Wick Care
    Division trims ..."): "Wick Care Division", the name in full the page gives the part, not
    the short form its list uses. Only the list's own noun, capitalized as a name's last
    word: "the Wick Care team" or "the Wick Care Office" name it no more fully than the
    list, and a capitalized word right before ("the Night Wick Care Division") makes
    another, longer name, no full form of this one (an article, a determiner or a
    possessive opening a sentence is none: "The", "This", "Our", "Its"). The name's words
    may wrap at a line's end ("The Wick Care\nDivision"), not across a blank line. The
    part is named so before acronyms are given to units, so it takes the acronym the page
    defines for its full name ("The Wick Care Division (WiCaD) ..."). A part the page never
    writes with the noun keeps its bare name (``enumerated_units``), and so does one whose
    full name is another unit's already.""",
)


def _named_in_full_as(text: str, name: str, noun: str) -> str | None:
    """``name`` with the singular of its list's plural unit ``noun`` after it, when the page
    writes it so elsewhere (``counted_part_named_in_full``)."""
    if not plural_unit_noun(noun):
        return None
    singular = in_singular(noun.lower()).capitalize()
    words = [re.escape(word) for word in name.split()]
    full = re.compile(r"(?<![\w&’'-])" + _WORD_GAP.join([*words, singular]) + r"\b")
    for match in full.finditer(text):
        before = _CAPITALIZED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        # "The", "Our", "Its", "This" opening a sentence refer to the name, no longer name
        if before is None or before.group(1).lower() in REFERRING_WORDS | PRONOUNS | ARTICLES:
            return f"{name} {singular}"
    return None


# The space between a name's words, a line's wrap among it but no blank line: "The Wick
# Care\nDivision".
_WORD_GAP = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"
# A capitalized word right before a name, a line's wrap apart at most: "Night" in "the Night
# Wick Division".
_CAPITALIZED_BEFORE = lazy_pattern(r"([A-Z][\w&’'-]*)" + _WORD_GAP + r"\Z")


def name_listed_parts_in_full(text: str, units: list[Unit]) -> None:
    """Name each part listed bare after a count of a plural unit noun as the page writes it
    in full elsewhere, unless another unit holds that name (``counted_part_named_in_full``)."""
    if not enabled("counted_part_named_in_full"):
        return
    keys = {unit_key(unit.name) for unit in units}
    for unit in units:
        if unit.listed_noun is None:
            continue
        full = _named_in_full_as(text, unit.name, unit.listed_noun)
        if full is not None and unit_key(full) not in keys:
            unit.name = full
            keys.add(unit_key(full))


def _without_possessive_owner(name: str) -> str:
    """The name after an owner's possessive ("Wick Division" of "the Chief Warden's Wick
    Division"), or the name when none opens it."""
    owner = POSSESSIVE_OWNER.match(name)
    return name[owner.end() :] if owner else name
