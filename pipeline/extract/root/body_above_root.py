"""The body above a root that names a position or a unit: the agency a position heads,
the body the first sentence about a unit places it in, the body holding the unit an opening
sentence is about. That body becomes the root, the position or unit its ``head``."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.acronyms import AcronymDefinition
from pipeline.extract.names import names_position_only, without_acronyms
from pipeline.extract.root.agency_phrases import agency_series_end
from pipeline.extract.root.common import (
    AGENCY_NOUNS,
    BODY_NOUNS,
    Root,
    defined_acronym,
    names_agency,
    opening_name,
)
from pipeline.extract.root.listing_titles import names_units_in_plural
from pipeline.rules import enabled, register
from pipeline.text.blocks import head_noun
from pipeline.text.hints import HEADING
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, is_section_label
from pipeline.text.vocabulary import (
    CONNECTORS,
    LEADING_VERBS,
    MORE_PREPOSITIONS,
    POSITION_WORDS,
)
from pipeline.text.words import in_singular

register(
    "position_heads_agency",
    "root",
    """A page whose subject is a position, not a body ("The Lamp Warden is the chief officer
    of the Guild ...", "The Chief Keeper is assisted in the management of the Authority by
    ..."), describes the office at the head of an agency; when the introduction's first
    sentence names that agency after "the", by an agency noun alone (Organization,
    Department, Authority: "represents the Authority abroad") or by a name worded like an
    agency ("oversees the Wick Records Agency"), the agency is the root and the position a
    unit under it, over the units the page goes on to list. The body must follow "of" or a
    verb of heading ("chief officer of the Guild", "oversees the Bureau", "leads the
    Authority"): a body named after "by" or "to" appoints the position or oversees it
    ("appointed by the Lamp Board"), and one after any other word, or after "of" that
    follows a word of membership ("a member of the Lamp Council", "part of the Board"), is
    a body the position sits on or works with ("serves on the Lamp Council", "chairs the
    Wick Taskforce"); a taskforce is no agency. A page titled by the office of a post
    ("Office of the Wick Warden") whose introduction opens with that post as its subject
    ("The Wick Warden is the head of the Lamp Agency ...", "The Chief Wick Warden leads the
    Department ...") is read alike: the agency is the root and the office a unit under it,
    over the page's sections, unless another heading names an office too ("Office of the
    Deputy Warden"): the offices then stand side by side under the agency.""",
)
# "... of the Organization", "... oversees the Bureau of Wicks and Lamps": "the" and a run of
# capitalized words (with "of", "for", "and", "the" between them; "and the" opens another
# name: "manages the Department and the Lamp Fund").
_THE_NAME = lazy_pattern(
    r"\bthe\s+([A-Z][\w’'-]*(?:\s+(?:of|for|and(?!\s+the\b)|the|[A-Z][\w’'-]*))*)"
)
_BODY_WORDS = frozenset({"Organization", "Organisation", "Council"}) | AGENCY_NOUNS
# What stands before "the" and a body the position heads: "of" ("chief officer of the
# Guild", "the management of the Department") or a verb of heading ("oversees the Bureau").
# Any other word relates the position to a body it does not head: "serves on the Council",
# "works with the Board", "chairs the Task Force".
_HEADS = LEADING_VERBS | frozenset(
    {
        "of",
        "directs",
        "oversees",
        "manages",
        "administers",
        "runs",
        "represents",
        "governs",
        "supervises",
        "commands",
    }
)
_LAST_WORD = lazy_pattern(r"([A-Za-z]+)\s*$")


def _without_trailing_links(words: list[str]) -> list[str]:
    """A name's words without the linking words a match ran on into ("of", "for", "and",
    "the"): "Ministry of the" -> "Ministry"."""
    while words and words[-1] in ("of", "for", "and", "the"):
        words = words[:-1]
    return words


def _word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` (within a few words' reach), in lower case."""
    before = _LAST_WORD.search(text, max(0, start - 24), start)
    return before.group(1).lower() if before else None


# "of" after a word of membership relates the position to a body it belongs to, not one it
# heads: "a member of the Council", "part of the Authority".
_MEMBER_OF = lazy_pattern(r"\b(?:members?|part)\s+of\s*$", re.IGNORECASE)
# A body named after "by" or "to" appoints the position or oversees it; it is not headed by it.
_NOT_HEADED = (" by ", " to ", "\nby ", "\nto ")


def names_position(name: str) -> bool:
    """A name worded as a position alone ("Chief of Lamps", "Lamp Warden General", "Chief
    Wick Officer"): a position word and no unit or agency noun."""
    return names_position_only(name) and not names_agency(name)


# A title naming the office of a post: "Office of the Wick Warden", "Office of the Keeper".
_OFFICE_OF_POST = lazy_pattern(r"(?:Immediate\s+)?Office\s+of\s+(?:the\s+)?(?P<post>[A-Z].*)")


def post_opening_intro(page: PageLayout, root: Root) -> Root | None:
    """The post whose office a root read from the title is ("Office of the Wick Warden"),
    where the introduction's first sentence opens with that post as its subject ("The Wick
    Warden is the head of ...", "The Chief Wick Warden leads ...")
    (``position_heads_agency``)."""
    if not enabled("position_heads_agency") or not page.intro:
        return None
    if root.found_by not in ("root_from_title", "root_from_title_agency"):
        return None
    office = _OFFICE_OF_POST.fullmatch(root.name)
    if office is None or not names_position(office.group("post")):
        return None
    words = office.group("post").split()
    # the post's head, before "of" or "for" ("Chief Clerk" of "Chief Clerk of the Court")
    head = next((words[:at] for at, word in enumerate(words) if word[:1].islower()), words)
    # the whole post, after words such as "Chief" ("The Chief Wick Warden"), or its head's
    # last words ("The Warden"): not another post that ends in the same word ("The Glass
    # Warden" on the page of the "Office of the Wick Warden")
    full = r"(?:[A-Z][\w’'-]*\s+){0,3}" + r"\s+".join(map(re.escape, words))
    tail = re.escape(head[-1])
    for word in reversed(head[:-1]):
        tail = r"(?:" + re.escape(word) + r"\s+)?" + tail
    first = page.intro[0]
    begin, stop = page.sentences(first.start, first.end)[0]
    opening = re.compile(r"(?:The\s+)?(" + full + "|" + tail + r")\b")
    match = opening.match(page.text, begin, stop)
    if match is None:
        return None
    start, end = match.span(1)
    return Root(page.text[start:end], None, start, end, False, root.found_by)


def sections_are_offices(page: PageLayout, root: Root) -> bool:
    """Whether another heading of the page names the office of a post as the title does
    ("Office of the Wick Warden" over "Office of the Deputy Warden"): offices side by side;
    an office of a task ("Office of Wick Supply") is one of the office's parts."""
    for block in page.blocks:
        if block.kind != HEADING or block.start <= root.start < block.end:
            continue
        office = _OFFICE_OF_POST.fullmatch(block.text.strip())
        if (
            office is not None
            and block.text.strip() != root.name
            and names_position(re.sub(r"\s*\([^()]*\)$", "", office.group("post")))
        ):
            return True  # "Office of the Deputy Warden (ODW)": its acronym left out
    return False


def agency_the_position_heads(
    page: PageLayout, position: Root, definitions: list[AcronymDefinition]
) -> Root | None:
    """The agency that the first sentence about a position names (``position_heads_agency``)."""
    if not page.intro:
        return None
    first = page.intro[0]
    begin, stop = page.sentences(first.start, first.end)[0]
    if not begin <= position.start < stop:
        return None  # the first sentence is not about the position
    text = page.text
    for match in _THE_NAME.finditer(text, position.end, stop):
        words = match.group(1).split()
        # "of the Organization and Chief Executive of the Secretariat": a second post of the
        # position's, not part of the body's name.
        cut = next(
            (
                i
                for i in range(1, len(words) - 1)
                if words[i] == "and" and words[i + 1].lower() in POSITION_WORDS
            ),
            len(words),
        )
        words = _without_trailing_links(words[:cut])
        if not words or not (words[0] in _BODY_WORDS or words[-1] in _BODY_WORDS):
            continue
        if names_position(" ".join(words)) or text.endswith(_NOT_HEADED, 0, match.start()):
            continue  # "appointed by the Board", "reports to the Council": not the agency headed
        before = _word_before(text, match.start())
        if before not in _HEADS:
            continue  # "serves on the Council", "works with the Board": not the agency headed
        if _MEMBER_OF.search(text, max(0, match.start() - 24), match.start()):
            continue  # "a member of the Council": a body the position sits on
        name = " ".join(words)
        start = match.start(1)
        acronym = defined_acronym(name, definitions)
        return Root(
            name,
            acronym,
            start,
            start + len(name),
            False,
            "position_heads_agency",
            head=position,
        )
    return None


register(
    "unit_of_agency",
    "root",
    """A page whose subject is a unit of a larger body, not the body itself ("The Office of
    the Wick Warden runs the day to day operations of the Ministry", "The Glass Division
    (GLD) serves all divisions of the Ministry of Lamps, Wicks and Oil", a page titled
    "Patrol Department" over "The department handles the operations of the Lamp
    Force"), describes that unit under the body: when the subject is worded as a unit
    (its head noun an office, division, directorate, section, branch, wing, or a
    department) and the first sentence about it names, after "of", "in" or "within" and
    "the", a body whose head noun ranks above the unit's (a ministry, a force or a
    government above a department; a department, agency, bureau, board or council above an
    office or a division), that body is the root and the unit stands under it, over the
    units the page goes on to list. A body whose will the unit carries out ("implements the
    directives of the Lamp Board", "executes the policies of the Wick Council") directs
    the unit, whatever body holds it: the unit stays the root.""",
)
# How high a head noun stands: a unit stands under a body whose noun ranks above its own.
UNIT_RANK = {
    **dict.fromkeys(("ministry", "government", "force"), 3),
    **dict.fromkeys(
        (
            "department",
            "agency",
            "administration",
            "authority",
            "commission",
            "board",
            "bureau",
            "institute",
            "corps",
            "command",
            "organization",
            "organisation",
            "council",
        ),
        2,
    ),
    **dict.fromkeys(("office", "division", "directorate", "section", "unit", "branch", "wing"), 1),
}
# The word before "the" and the body: "operations of the Ministry", "domiciled in the
# Department", "a unit within the Agency".
_CONTAINING = frozenset({"of", "in", "within"})
# "of" after a word for what a body decides relates the unit to the body it carries out the
# will of, not one it is part of: "implements the directives of the Board", "executes the
# policies and objectives of the Council".
_WILL_OF = lazy_pattern(
    r"\b(?:directives|policies|policy|decisions|resolutions|instructions|orders|objectives"
    r"|priorities)(?:\s+and\s+[a-z]+)?\s+of\s*$",
    re.IGNORECASE,
)


def _head_noun(name: str) -> str:
    """A name's head noun (:func:`head_noun`): the word before "of" or another preposition
    ("Office of Wicks", "Secretary for Lamps"), else its last word."""
    return head_noun(tuple(w.lower() for w in re.findall(r"[A-Za-z]+", name))) or ""


def _opens_with_unit(sentence: str, name: str) -> int | None:
    """Whether a sentence's subject is the unit: it opens with the unit's name, or with
    "The", a few words and the unit's head noun ("The department handles ...", "The Glass
    division is ..."), none of them "of" ("The mission of the Division" is no unit). Returns
    where the opening ends."""
    head = _head_noun(name)
    named = r"(?:The\s+)?" + re.escape(without_acronyms(name))
    referred = r"The\s+(?:(?!of\b)[\w’'-]+\s+){0,4}?" + re.escape(head) + r"\b"
    opening = re.match(f"\\s*(?i:{named}|{referred})", sentence)
    return opening.end() if opening else None


def _head_rank(name: str) -> int:
    """The rank of a name's head noun: the word before "of" ("Office of Wicks"), else its
    last word ("Glass Division"); 0 for a noun not ranked."""
    return UNIT_RANK.get(_head_noun(name), 0)


def body_the_unit_serves(
    page: PageLayout, unit: Root, definitions: list[AcronymDefinition]
) -> Root | None:
    """The body that the first sentence about a unit places it in (``unit_of_agency``)."""
    rank = _head_rank(unit.name)
    if not rank or rank >= 3 or not page.intro:
        return None
    first = page.intro[0]
    begin, stop = page.sentences(first.start, first.end)[0]
    in_title = page.title is not None and page.title.start <= unit.start < page.title.end
    if not (begin <= unit.start < stop or in_title):
        return None  # the first sentence is not about the unit
    opening = _opens_with_unit(page.text[begin:stop], unit.name)
    if opening is None:
        return None  # "The mission of the Division ...", "The Director ...": another subject
    text = page.text
    for match in _THE_NAME.finditer(text, begin + opening, stop):
        words = _without_trailing_links(match.group(1).split())
        if not words:
            continue
        before = _word_before(text, match.start())
        if before not in _CONTAINING:
            continue
        if before == "of" and _WILL_OF.search(text, max(0, match.start() - 60), match.start()):
            continue  # "executes the policies of the Council": the body that directs it
        name = " ".join(words)
        if _head_rank(name) <= rank or names_position(name):
            continue
        start = match.start(1)
        end = agency_series_end(text, start + len(name))
        name = text[start:end]
        acronym = defined_acronym(name, definitions)
        return Root(name, acronym, start, end, False, "unit_of_agency", head=unit)
    return None


register(
    "opening_subject_unit_of_body",
    "root",
    """A page that opens with a sentence about one unit of a larger body ("The Wick Division
    of the Department of Lamps mends ...", "The Lamp Warden's Office Wick Bureau is where
    ...", "The Lamp Ministry's Wick Division mends ...", "Wick Administration is one of the
    bureaus of the Ministry of Lamps") describes that unit under the body. The sentence's
    subject, a capitalized name opening it before its verb in lower case, is worded as a
    unit (its head noun an office, division, bureau, directorate, section, branch, wing,
    administration or department) and names the body that holds it: after "of the" inside
    the subject (a body by its head noun: office, department, ministry, ...), as an owner
    before it ("the Warden's Office", "the Lamp Ministry's", then the unit's name), or later
    in the sentence where the sentence places the unit in it ("is under the", "is located
    in the", "is housed within the", "is a unit of the", "is part of the", "is one of the
    bureaus of the") or makes it serve the body's other units ("lends support to the
    bureaus of the", "serves all divisions of the"). The body's head noun ranks above the
    unit's (``UNIT_RANK``; an office or department named by its owner, "the Lamp Warden's
    Office", heads the whole body).
    The body is the root and the unit stands under it, over the units the page goes on to
    list. It reads only where the root strategies fell to that sentence: its own line taken
    as the root's name, or its agency phrase, which must be the body (a phrase that took
    the subject with its body gives way to the body). Left alone: a root the title or
    another strategy gave; a name of one noun before "of the" ("The Bureau of the Wick
    Service", a name of its own, not a bureau of the service); a capitalized run followed
    by a preposition ("... Office in Oilton mends"), no verb; two units joined ("The Wick
    Office and Glass Bureau of the ..."), or two bodies ("... of the Lamp Office and the Oil
    Ministry"); an owner without a body's noun ("The Lamp Warden's Wick Mending Bureau") or
    before a post ("... Office Wick Keeper"); "of the" before people ("the Lamp Warden's
    Keepers"); a subject worded as no such unit ("Wick Works", "Wick Council"); a body the
    sentence names as a partner or a target ("works with the bureaus of the Ministry",
    "serves the keepers of the Ministry", "is independent of the Ministry", "was moved out
    of the Ministry"), or one ranking no higher than the unit ("The Wick Bureau of the Glass
    Office").""",
)
# The opening subject's name run greedily up to a verb in lower case, after an acronym in
# parentheses.
_OPENING_SUBJECT_NAME = lazy_pattern(
    opening_name(lazy=False) + r"\s*(?:\([^()]{1,20}\)\s*)?(?P<verb>[a-z]+)\b"
)
# The nouns of a unit that the opening sentence's subject may be worded as.
_OPENING_UNIT_NOUNS = frozenset(
    {
        "office",
        "division",
        "bureau",
        "directorate",
        "section",
        "branch",
        "wing",
        "administration",
        "department",
    }
)
_OWNER_WORD = lazy_pattern(r"[’']s$")
# A linking verb, perhaps with an adverb: "is", "has been", "is also".
_LINKING = r"(?:is|are|was|were|remains|has\s+been|had\s+been)(?:\s+(?:also|now|still|currently))?"
# What places the subject in a body named next ("the X"): "is under", "is located in",
# "is housed within", "operates within".
_PLACED_IN = lazy_pattern(
    rf"(?:{_LINKING}\s+(?:(?:located|housed|placed|situated|based)\s+)?|(?:operates|sits)\s+)"
    r"(?:in|within|under)\s+"
)
# What makes the subject a part of a body named next: "is a unit of", "is part of", "is one
# of the bureaus of", "is an office within". The noun is checked (``_PART_NOUNS``).
_PART_OF = lazy_pattern(
    rf"{_LINKING}\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>[\w-]+)|(?:a\s+)?(?P<part>part)"
    r"|one\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?P<nouns>[\w-]+))\s+(?:of|in|within|under)\s+"
)
_PART_NOUNS = BODY_NOUNS | {"part", "component", "arm", "wing"}
# What makes the subject a unit serving the other units of a body named next, as a body's
# support services do: "lends support to the various bureaus of", "serves all divisions of"
# (``unit_of_agency`` reads it so). Partners ("works with the bureaus of") and people served
# ("serves the keepers of") are no such units.
_SERVES_UNITS_OF = lazy_pattern(
    r"(?:supports|serves|assists|(?:lends|gives|provides)\s+support\s+to)\s+(?:all\s+)?"
    r"(?:the\s+)?(?:(?:various|other|several)\s+)?(?P<units>[\w-]+s)\s+of\s+"
)


def places_unit_in(words: str) -> bool:
    """Whether the words between a subject's verb and a body's "the" place the subject in the
    body: "is under", "is housed within", "is a unit of", "is one of the bureaus of", "lends
    support to the bureaus of" (the units of the body it serves). A body after any other
    words is a partner or a target, no holder: "works with the bureaus of", "serves the
    keepers of", "is independent of", "was moved out of"."""
    if _PLACED_IN.fullmatch(words):
        return True
    served = _SERVES_UNITS_OF.fullmatch(words)
    if served is not None:
        return in_singular(served.group("units").lower()) in BODY_NOUNS
    part = _PART_OF.fullmatch(words)
    if part is None:
        return False
    if part.group("nouns"):
        return in_singular(part.group("nouns").lower()) in _PART_NOUNS
    return (part.group("noun") or part.group("part")).lower() in _PART_NOUNS


def _unit_worded(name: str) -> bool:
    """A name worded as a unit: its head noun one of ``_OPENING_UNIT_NOUNS``."""
    return _head_noun(name) in _OPENING_UNIT_NOUNS


def _joins_names(name: str) -> bool:
    """Whether a name joins two names of units: a unit's noun before "and" or "&" ("Wick
    Office and Glass Bureau"); "Wick and Glass Division" is one unit's name."""
    return any(word.lower() in BODY_NOUNS for word in re.findall(r"([\w’'-]+)\s+(?:and|&)\s", name))


def _body_rank(name: str) -> int:
    """The rank of a body's head noun (``UNIT_RANK``); an office or department named by its
    owner ("the Lamp Warden's Office") is the office of the post heading the whole body, over
    all its units."""
    words = name.split()
    if (
        len(words) >= 2
        and _OWNER_WORD.search(words[-2])
        and _head_noun(name) in ("office", "department")
    ):
        return max(UNIT_RANK.values())
    return _head_rank(name)


def _subject_and_body(start: int, name: str) -> tuple[tuple[int, int], str] | None:
    """The unit and the body a subject names in itself: "Wick Division of the Lamp Office"
    (the unit, then its body), "Warden's Office Wick Bureau" or "Lamp Ministry's Wick
    Bureau" (the owner's body, then the unit), the body ranking above the unit. Returns the
    unit's span and the body's name."""
    cut = name.find(" of the ")
    if cut > 0:
        unit, body = name[:cut], name[cut + len(" of the ") :]
        if (
            len(unit.split()) >= 2
            and _unit_worded(unit)
            and _head_noun(body) in BODY_NOUNS
            and not re.search(r"\s(?:and|&)\s+the\s", body)
            and _body_rank(body) > _head_rank(unit)
        ):
            return (start, start + cut), body
        return None
    words = name.split()
    for at, word in enumerate(words[:-2]):
        if not _OWNER_WORD.search(word):
            continue
        owner = _OWNER_WORD.sub("", word)
        if owner.lower() in BODY_NOUNS and at >= 1:  # "Lamp Ministry's Wick Bureau"
            body, unit_from = " ".join([*words[:at], owner]), at + 1
        elif at + 3 < len(words) and words[at + 1].lower() in BODY_NOUNS:
            # "Lamp Warden's Office Wick Bureau"
            body, unit_from = " ".join(words[: at + 2]), at + 2
        else:
            continue
        unit = " ".join(words[unit_from:])
        if _unit_worded(unit) and _body_rank(body) > _head_rank(unit):
            unit_start = start + name.index(unit, len(body))
            return (unit_start, unit_start + len(unit)), body
    return None


def opening_subject_unit_of_body(
    page: PageLayout, root: Root, definitions: list[AcronymDefinition]
) -> Root | None:
    """The body the opening sentence's subject, a unit, belongs to, with the unit under it
    (``opening_subject_unit_of_body``)."""
    if not page.intro or not enabled("opening_subject_unit_of_body"):
        return None
    if root.found_by not in ("root_from_agency_phrase", "root_from_first_line"):
        return None
    first = page.intro[0]
    spans = page.sentences(first.start, first.end)
    if not spans:
        return None
    begin, stop = spans[0]
    text = page.text
    opening = _OPENING_SUBJECT_NAME.match(text, begin, stop)
    if opening is None or opening.group("verb") in CONNECTORS | MORE_PREPOSITIONS:
        return None
    name, start = opening.group("name"), opening.start("name")
    if _joins_names(name):
        return None  # "The Wick Office and Glass Bureau of the ...": two units
    inside = _subject_and_body(start, name)
    if inside is not None:
        (unit_start, unit_end), body = inside
        body_start = text.index(body, start)
        unit = text[unit_start:unit_end]
    elif _unit_worded(name):
        unit_start, unit_end, unit = start, start + len(name), name
        rank = _head_rank(name)
        for match in _THE_NAME.finditer(text, opening.end("name"), stop):
            if not places_unit_in(text[opening.start("verb") : match.start()]):
                continue  # "works with the Ministry", "serves the keepers of the Ministry"
            candidate = " ".join(_without_trailing_links(match.group(1).split()))
            if _body_rank(candidate) > rank:
                body, body_start = candidate, match.start(1)
                break
        else:
            return None
    else:
        return None
    head = Root(
        unit,
        defined_acronym(unit, definitions),
        unit_start,
        unit_end,
        False,
        "opening_subject_unit_of_body",
    )
    end = agency_series_end(text, body_start + len(body))
    if root.found_by == "root_from_agency_phrase":
        if root.start == body_start:
            return replace(root, found_by="opening_subject_unit_of_body", head=head)
        if not (root.start <= body_start < root.end or body_start <= root.start < end):
            return None  # the agency phrase took another body than the one holding the unit
        # the phrase took the subject with its body ("Wick Bureau of the Lamp Ministry") or a
        # part of the body: the body is the root
    body = text[body_start:end]
    return Root(
        body,
        defined_acronym(body, definitions),
        body_start,
        end,
        False,
        "opening_subject_unit_of_body",
        head=head,
    )


register(
    "unit_page_under_label_title",
    "root",
    """A page whose title is only a label of a page's section ("Overview", "Background",
    "About Us") and whose first sentence is about one unit of a larger body ("The Wick
    Division of the Ministry of Lamps is responsible for ...", "The Glass Directorate is
    under the Ministry of Lamps") is the unit's own page: its overview, its background, its
    mission, its functions. The unit is the root, not the body the sentence places it in
    (``unit_of_agency``, ``opening_subject_unit_of_body``); the body is only named to say
    where the unit stands. A body's page would open with the body, or title itself by it.
    Left to those rules: a page with a title line that is no label (a name of the body or
    of the unit: the title itself then says whose page it is), a title naming units in the
    plural ("Divisions": the body's units, of which the subject is the first), a page
    whose headings name another unit worded with the subject's head noun ("Glass
    Division" beside "Wick Division": peers under the body; a heading naming the unit by
    its noun alone, "About the Division", "Contact the Office", is the unit's own), and a
    page that goes on to set out the body's units of the subject's kind ("The Ministry
    comprises the following divisions:", "The Ministry of Lamps has five divisions"): the
    body's page, its first sentence on the first of them; read as the unit's, the body the
    page names again was hung under its own unit.""",
)


def _peer_heading(page: PageLayout, unit: Root) -> bool:
    """Whether a heading of the page names another unit with the unit's head noun ("Glass
    Division" on the page of the "Wick Division"): units side by side under a body."""
    head = _head_noun(unit.name)
    own = without_acronyms(unit.name).lower().removeprefix("the ")
    for block in page.blocks:
        if block.kind != HEADING:
            continue
        text = without_acronyms(block.text.strip())
        if _REFERS_TO_HEAD.search(text) and _head_noun(text) == head:
            continue  # "About the Division", "Our Office": the unit by its noun alone
        if text.lower().removeprefix("the ") != own and _head_noun(text) == head:
            return True
    return False


# A heading's last words naming a unit by its noun alone after a determiner: "About the
# Division", "Contact the Office", "Our Bureau".
_REFERS_TO_HEAD = lazy_pattern(r"(?:^|\s)(?i:the|this|our)\s+[A-Za-z]+\s*$")
# A sentence setting out a body's parts: "comprises", "consists of", "is made up of", "is
# organised into", "is divided into", "has" (with the parts' noun named after it).
_SETS_OUT_PARTS = lazy_pattern(
    r"\b(?:compris(?:es|e|ing)|consists?\s+of|(?:is|are)\s+(?:made\s+up|composed)\s+of"
    r"|(?:organi[sz]ed|divided|structured|grouped)\s+into|has|have)\b",
    re.IGNORECASE,
)


def _body_sets_out_units(page: PageLayout, body: Root, unit: Root) -> bool:
    """Whether a sentence of the page after the first opens with the body ("The Ministry",
    its name or its acronym) and sets out its units of the unit's kind ("The Ministry
    comprises the following divisions:", "The Ministry of Lamps has five divisions"): the
    page is the body's, the unit the first of its units."""
    head = _head_noun(unit.name)
    said_as = (without_acronyms(body.name), _head_noun(body.name).capitalize(), body.acronym)
    names = {name for name in said_as if name}
    if not names:
        return False  # no way the page names the body: nothing to open a sentence with
    opening = re.compile(
        r"\s*(?:(?:The|This|Our)\s+)?(?:"
        + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        + r")(?:\s*\([^()]{1,20}\))?\s+(?P<rest>.*)",
        re.DOTALL,
    )
    first = page.intro[0].start if page.intro else 0
    for block in page.blocks:
        if block.kind == HEADING or block.start < first:
            continue
        spans = page.sentences(block.start, block.end)
        if block.start == first:
            spans = spans[1:]  # the first sentence places the unit in the body
        for begin, stop in spans:
            said = opening.match(page.text[begin:stop])
            if said is None or _SETS_OUT_PARTS.search(said.group("rest")) is None:
                continue
            words = re.findall(r"[A-Za-z]+", said.group("rest").lower())
            if any(word != head and in_singular(word) == head for word in words):
                return True
    return False


def unit_under_label_title(page: PageLayout, body: Root) -> Root | None:
    """The unit a body was read above, kept as the root of a page under a section label
    alone (``unit_page_under_label_title``)."""
    unit = body.head
    if unit is None or page.title is None or not enabled("unit_page_under_label_title"):
        return None
    lines = page.title_lines or [page.title]
    if not all(is_section_label(line.text) for line in lines):
        return None  # a title line naming the body or the unit says whose page it is
    if any(names_units_in_plural(line.text) for line in lines):
        return None  # "Divisions": the body's units, the subject the first of them
    if _peer_heading(page, unit):
        return None
    if _body_sets_out_units(page, body, unit):
        return None  # "The Ministry comprises the following divisions:": the body's page
    return replace(unit, found_by="unit_page_under_label_title", head=None)
