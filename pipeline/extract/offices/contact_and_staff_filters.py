"""Filters on contact blocks, staff entries and lines about people: contact sections and
details, staff entries, person, dated and signature lines, persons' names the page marks
elsewhere, headings closed by a year, bare link headings, branches of government and
possessive headings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.names import name_tokens
from pipeline.extract.offices.common import (
    DUTY_OPENING,
    HONORED_PERSON,
    PICTURE_WORDS,
    POSTS,
    names_a_unit,
    unit_key,
)
from pipeline.extract.root.common import BODY_NOUNS
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import PARAGRAPH, Block
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import (
    Section,
    lower_case_words,
    titled_holder_line,
)
from pipeline.text.vocabulary import (
    CONNECTORS,
    GENERIC_MODIFIERS,
    HONORIFICS,
    PLACE_NOUNS,
    POSITION_WORDS,
    TASK_NOUNS,
    UNDERTAKING_NOUNS,
    UNIT_NOUNS,
    VERBS_AS_FIELD_NOUNS,
    VERBS_AS_PLURAL_NOUNS,
)
from pipeline.text.words import singular_noun


@rule("filter", off=False)
def contact_section(section: Section) -> bool:
    """A "Contact Us" section and the lines under it are contact details, not units."""
    return section.is_contact


# The words of a contact detail's heading: "Lamp Office Opening Hours", "Wick Office Address".
_CONTACT_DETAIL_WORDS = frozenset(
    {
        "hours",
        "address",
        "addresses",
        "mailing",
        "phone",
        "telephone",
        "fax",
        "email",
        "emails",
        "website",
        "directions",
        "map",
        "parking",
        "location",
        "locations",
    }
)


# The word a heading's last word is joined to: "Printing and Mailing", "Phone & Email".
_JOINED_LAST_WORD = lazy_pattern(r"([A-Za-z]+)\s*(?:,|&|\band\b)\s*[A-Za-z]+\W*$")


@rule("filter", off=False)
def contact_detail_heading(heading: str) -> bool:
    """A heading whose last word names a contact detail, an address, a location, a phone or
    fax number, an email, opening hours or directions ("Email", "Office Locations", "Wick
    Office Mailing Address", "Lamp Center Location"), heads how to reach a body, not a
    unit, though a unit's noun stands in it: the lines under it are the details, and the
    units or posts after them are its parent's. A service named for a line ("Wick Help
    Line") is none of these, a topic about a body's location ("Location of the Wick
    Office") is ``topic_of_name``'s and a map's caption ``picture_caption``'s. A detail's
    word as the object of "of" or joined by "and" to a word that names no detail is what a
    unit deals with ("Division of Parking", "Bureau of Wages and Hours", "Printing and
    Mailing"), not a detail ("Phone and Email" is one)."""
    words = name_tokens(heading)
    if not (words and words[-1] in _CONTACT_DETAIL_WORDS - PICTURE_WORDS):
        return False
    if len(words) > 1 and words[-2] == "of":
        return False
    joined = _JOINED_LAST_WORD.search(heading)
    return joined is None or joined.group(1).lower() in _CONTACT_DETAIL_WORDS | {
        "contact",
        "contacts",
    }


_GOVERNMENT_BRANCH = lazy_pattern(
    r"(?:the\s+)?(?:executive|legislative|judicial)\s+branch"
    r"(?:\s+of\s+(?:the\s+)?(?:government|state|[A-Z][a-z]+))?\s*$",
    re.IGNORECASE,
)


_OTHER_BRANCH = lazy_pattern(r"\b(?!(?:Executive|Legislative|Judicial)\b)[A-Z][\w&’'-]*\s+Branch\b")


@rule("filter", off=False)
def government_branch(name: str, text: str) -> bool:
    """ "The Legislative Branch", "Judicial Branch of Government", the executive branch: one of
    a government's three branches, the setting a page places its agency in, not one of its
    units; a heading so worded is the title over the agency's sections. On a page whose
    units are branches ("the Lamp Pricing Branch"), such a name is one of them."""
    return _GOVERNMENT_BRANCH.match(name.strip()) is not None and not _OTHER_BRANCH.search(text)


@rule("filter", off=False)
def possessive_heading(heading: str) -> bool:
    """A heading that ends in a possessive ("The Agency's", "Lamp Makers’") is the first half
    of a banner or a title split over two lines, not a unit; so is a name, whichever finder
    took it, that ends in one ("the Department of Wicks’ Oil Center", "the Lamp Council’s
    (LC) Glass Office" cut before what the body owns): it names the owner of what follows,
    which it leaves off, not a unit."""
    return heading.rstrip().endswith(("'s", "’s", "s'", "s’"))


_STAFF_SEPARATOR = lazy_pattern(r"\s+[-–—]\s+")
# A colon after a person's name, before the post: "Jane Doe: Assistant Lamp Secretary".
_STAFF_COLON = lazy_pattern(r"(?<=[a-z'’]):\s+(?=[A-Z])")
# The nouns of a job held by one person that are not words of a unit's leading post
# (``POSITION_WORDS``): a staff directory's titles end with them ("Wick Supply Manager",
# "Lamp Roster Coordinator", "Senior Economist").
JOB_NOUNS = frozenset(
    {"manager", "coordinator", "specialist", "analyst", "economist", "supervisor", "clerk"}
    | {"engineer", "technician", "accountant", "auditor", "planner", "consultant", "scientist"}
    | {"investigator", "representative", "liaison", "registrar", "librarian", "commander"}
    | {"controller", "strategist", "statistician", "editor", "receptionist", "paralegal"}
)
# Words no person's name holds, though a unit's name without a unit noun does ("Lamp Clerk",
# "Public Wickworks"): a job's noun, a word of where or whose a unit is, a place's noun, a
# field's or a task's noun.
_NO_NAME_WORDS = (
    JOB_NOUNS.union(
        GENERIC_MODIFIERS, PLACE_NOUNS, TASK_NOUNS, UNDERTAKING_NOUNS, VERBS_AS_FIELD_NOUNS
    )
    | VERBS_AS_PLURAL_NOUNS
)
# The endings of a field's noun that are also a surname's or a given name's ("King",
# "Fleming", "Davies", "Florence", "Constance"), and the length from which a word so ended
# is a field's ("Licensing", "Compliance", "Fisheries") more often than a name's.
_NAME_LIKE_FIELD_ENDING = lazy_pattern(r"(?:ing|ance|ence|ies)s?$")
_LONG_FIELD_WORD = 9


def _field_worded(token: str) -> bool:
    """A word of a name worded as a field ("-tion", "-ment", "-ity", "-ics", "-ogy"...); one
    ended as a person's name may be ("-ing", "-ence", "-ance", "-ies": "King", "Florence",
    "Davies") counts only when long ("Licensing", "Intelligence")."""
    if _NAME_LIKE_FIELD_ENDING.search(token):
        return len(token) >= _LONG_FIELD_WORD
    return _FIELD_WORD.search(token) is not None


# The letters a field's word and its holder's job share ("Economic"/"Economist",
# "Audit"/"Auditor", "Planning"/"Planner", "Statistics"/"Statistician").
_FIELD_STEM = 5


def _shared_stem(word: str, other: str) -> bool:
    """Whether two words open with the same stem of a field ("economic", "economist")."""
    return len(word) >= _FIELD_STEM and word[:_FIELD_STEM] == other[:_FIELD_STEM]


register(
    "staff_entry_job_title",
    "filter",
    """A person's name, then after a comma, a dash or a colon a title with the noun of a job
    one person holds ("Jane Doe, Wick Supply Manager", "Jon Roe – Lamp Roster
    Coordinator", "Ann Poe: Senior Economist") or of a post ("Ivo Moe: Assistant Lamp
    Secretary"), lists a person, not a unit: a staff directory or an organization chart
    gives each member's job so, whichever finder took the line (part of ``staff_entry``).
    The words before the separator must read as a person's name, as ``staff_entry`` reads
    it (two to four capitalized words, none a word of a unit, a post or a connector), and
    the title must read as one (capitalized, not a clause or a duty), so "Wick Supply Unit:
    Director" and "Oil Stores, managed by the Oil Office" stay units; nor may a word of the
    name be worded as a field ("-ment", "-tion", "-ing", ...): "Glass Maintenance: Glass
    Manager" is a unit labelled with its head's job (a word ended as a name may be, "-ing",
    "-ence", "-ance", "-ies", counts only when long: "Greg King, Planner", "Sian Davies:
    Oil Supply Manager", "Florence Fleming, Manager" list persons, "Wick Licensing –
    Coordinator" a unit); so is a name whose word the title repeats ("Lamp Works: Works
    Manager") or shares its stem with ("Lantern Optical Studies: Senior Optician", "Wick
    Auditing: Head Auditor"), for a unit's head is titled by its field, a person never by a
    name; and so is a name with a word no person's name holds, a job's noun ("Lamp Clerk:
    Registrar of Wicks"), a word of where or whose a unit is ("Public Wickworks: Lamp
    Engineer"), a place's, a field's or a task's noun: a unit named without a unit noun,
    then its head's title, as an organization chart or a list of departments gives it
    (before, such a line was dropped as a person's). A colon counts only right after a
    word and before a capitalized title, where no comma or dash separates the line already.
    Before, only a leading post's word after a comma or a dash was read so: a directory's
    jobs ("Manager", "Coordinator", "Economist") and its colons left its members as
    units.""",
)


# A board member's role after the member's name: "Member", "Non-executive", "Lead
# non-executive", "Ex officio", "Trustee", the member's seat or kind before "member"
# ("Board Member", "Council Member", "Independent Member", "At-Large Member") or "at large"
# after it ("Member at Large").
_MEMBER_ROLE = lazy_pattern(
    r"(?:lead\s+|senior\s+)?(?:non-executive|ex[-\s]officio|member|trustee)"
    r"(?:\s+(?:director|member))?(?:[-\s]+at[-\s]+large)?"
    r"|(?:at[-\s]large|board|council|committee|commission|independent|lay|voting"
    r"|non-voting|associate|alternate|elected|appointed|public|community|citizen)"
    r"\s+member|councilmember",
    re.IGNORECASE,
)
# A role in parentheses closing a line: "Jane Doe (non-executive)".
_ROLE_IN_PARENTHESES = lazy_pattern(r"\s*\(([^()]+)\)\s*$")


@rule("filter", off=False)
def staff_entry(line: str, members_only: bool = False) -> bool:
    """ "Jane Doe, Senior Policy Advisor", "Jane Doe - Director of Lamps": a person's name, then
    (after a comma or a dash) a position title, lists a person, not a unit; so does a name
    and a board member's role after a dash or in parentheses ("Tilda Moe – Member", "Bram
    Tolley (lead non-executive)", "Ivo Quill (ex officio)", "Nell Dunn – Board Member",
    "Wren Hale – Member at Large"), as a board's roster gives its members, whichever finder
    took the line (``members_only``: only such a role, for list items, where "Wick Care –
    Director" may be a unit and its head). A position in parentheses ("Wick Care
    (Director)") is not read so, nor is a clause or a duty after the comma or the dash,
    opened by a lower-case word other than a position or worded as a duty
    (``duty_worded_name``): "Wick Supply, through the Wick Supply Officer, ...", "LAMP
    STORES, headed by the Lamp Stores Director", "Zonal Wick Care – To trim the wicks of all
    lamps and report to the Director" are a unit, then who heads it or what it does."""
    colon = False
    role = _ROLE_IN_PARENTHESES.search(line)
    if role is not None and _MEMBER_ROLE.fullmatch(role.group(1).strip()):
        person, title = line[: role.start()], role.group(1)
    else:
        role = None
        joined = _STAFF_SEPARATOR.sub(",", line, count=1)
        if enabled("staff_entry_job_title") and "," not in joined:
            joined = _STAFF_COLON.sub(",", joined, count=1)
            colon = "," in joined
        person, _, title = joined.partition(",")
    words = person.split()
    if not title or not 2 <= len(words) <= 4:
        return False
    tokens = set(name_tokens(person))
    if tokens & (UNIT_NOUNS | POSITION_WORDS | CONNECTORS):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    if _MEMBER_ROLE.fullmatch(title.strip()):
        return True
    title = title.strip()
    opening = title.split()[0] if title else ""
    if (opening[:1].islower() and opening.lower() not in POSITION_WORDS) or DUTY_OPENING.match(
        title
    ):
        return False
    if members_only:
        return False
    posts = set(name_tokens(title))
    if not colon and posts & POSITION_WORDS:
        return True
    # ``staff_entry_job_title``: a job's noun, or a colon; a name worded as a field ("Glass
    # Maintenance: Glass Manager") or whose words the title repeats ("Lamp Works: Works
    # Manager") is a unit labelled with its head's post
    if not enabled("staff_entry_job_title") or any(_field_worded(t) for t in tokens):
        return False
    if {singular_noun(t) for t in tokens} & {singular_noun(t) for t in posts}:
        return False
    # a word no person's name holds ("Lamp Clerk: Registrar"), or a field's word whose stem
    # the title shares ("Wick Optical Studies: Optician"): a unit and its head's job
    if tokens & _NO_NAME_WORDS or any(_shared_stem(t, p) for t in tokens for p in posts):
        return False
    return bool(posts & (POSITION_WORDS | JOB_NOUNS))


# A person's name: a given name, one or more middle initials and a surname ("Jane Q. Doe",
# "Mary-Jo Q. R. Doe"), or a given name and a surname before "Jr." or "Sr." ("Jon Doe, Jr.").
_INITIALED_PERSON = lazy_pattern(
    r"(?<![\w.])[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s)+(?:Mc|Mac|O')?[A-Z][A-Za-z'’-]+"
)
_SUFFIXED_PERSON = lazy_pattern(
    r"(?<![\w.])[A-Z][a-z]+\s(?:Mc|Mac|O')?[A-Z][a-z'’-]+,?\s(?:Jr|Sr)\.?(?![\w])"
)

# What may close a directory line after its holder's name: the rest of the name ("Q. Ivo
# Doe" read from "Ivo"), "Jr." and "Acting".
_HOLDER_TAIL = lazy_pattern(
    r"(?:\s+[A-Z][A-Za-z'’-]+)*(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?(?:,\s*(?:[Aa]cting|[Ii]nterim))?\s*$"
)


@rule("filter", off=False)
def person_line(line: str) -> bool:
    """A line that holds a person's name marked as one, by a middle initial ("Jane Q. Doe"),
    by "Jr." or "Sr." after it ("Jon Doe, Jr.") or by an honorific that opens the line ("Ms.
    Jane Doe", "Professor Dame Jane Doe, Chief Lamp Officer"), and no unit noun, lists a
    person, not a unit: a name alone, or after a rank and before a date, as a roster or a
    memorial lists its people ("Sergeant Jane Q. Doe c. 1990", "Warden Jon Doe, Jr. 2004").
    A title before the name that ends the line ("Deputy Lamp Warden Jane Q. Doe") is a post
    and its holder (``titled_holder_line``), so is a post labelled before it ("Lamp Warden:
    Jane Q. Doe"), and a line with a unit noun ("Jane Q. Doe Wick Center", "Office of Lamps
    — Jane Q. Doe") names a unit. Such a heading's text is its parent's, as a topic
    heading's is."""
    if HONORED_PERSON.match(line):
        return not set(name_tokens(line)) & UNIT_NOUNS
    match = _INITIALED_PERSON.search(line) or _SUFFIXED_PERSON.search(line)
    if match is None:
        return False
    if line[: match.start()].strip() and _HOLDER_TAIL.match(line, match.end()):
        return False
    # "Lamp Warden: Jane Q. Doe", "Lamp Warden - Jane Q. Doe": a labelled post and its holder
    if re.search(r"[:;,()–—-]", line[: match.start()]):
        return False
    if name_tokens(match.group())[0] in POSITION_WORDS:  # "Director V. Jane Doe"
        return False
    return not set(name_tokens(line)) & UNIT_NOUNS


# A word of a person's name: capitalized, perhaps hyphenated or after a surname's prefix
# ("Mary-Jo", "McRoe", "O'Neil"), in any alphabet.
_NAME_WORD = lazy_pattern(r"(?:Mc|Mac|O['’])?[A-Z][^\W\d_A-Z]+(?:[-'’][A-Z]?[^\W\d_]+)*")
# An honorific before a holder's name, perhaps after its given names or initials, dotted or
# not ("Ms T Orla Moe"): the English ones, and those of India ("Shri", "Smt"), of engineers
# and advocates ("Eng.", "Engr", "Adv.", in Africa) and of envoys and heads ("H.E.").
_HONORIFIC_BEFORE = (
    r"(?:\b(?:" + HONORIFICS + r"|Professor|Shri|Smt|Eng|Engr|Adv)\.?"
    r"|\bH\.\s?E\.)\s+"
)
_GIVEN_NAMES = r"(?:(?:[A-Z][\w'’-]+|(?:[A-Z]\.)+|[A-Z])\s+){0,2}"
# The posts a holder's name is set beside, capitalized as titles: the posts, "Manager", and
# the heads of a state, a province or a city who sign its orders.
_POST_BESIDE = POSTS | {"manager", "governor", "mayor"}
_POST_TITLE = "|".join(sorted(post.capitalize() for post in _POST_BESIDE))
# The endings of nouns of a field or an activity ("Debt Management", "Wick Operations"): a
# line of capitalized words so ended names a field, and may name a unit, not a person.
_FIELD_WORD = lazy_pattern(r"(?:tion|sion|ment|ing|ity|ance|ence|ics|ogy|ure|ness|ship|ies)s?$")
# A post labelled with the field or the unit it heads ("Director: Fleet Operations", "Head:
# Research and Policy"): a unit's noun, a field's surest endings or a conjunction among the
# capitalized words after a post and a colon; no person's name has them (unlike "-ing" or
# "-ence": "Fleming", "Florence").
_POST_LABEL = lazy_pattern(
    rf"\b(?:{_POST_TITLE})\b[^\n:;.]{{0,40}}:[ \t]+"
    r"(?P<label>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|and|&|of|for))*)"
)
_FIELD_LABEL_WORD = lazy_pattern(r"(?:tion|sion|ment|ness|ship|ogy)s?$")
# "The directorate keeps ...", "The regional office serves ...": the text under a heading
# that opens by calling its subject by a unit noun, perhaps after its words or the heading's
# own ("The Human Resources unit ..."), none a connector ("The former head of the
# department" speaks of a person).
_CALLED_BY_UNIT_NOUN = lazy_pattern(
    r"\s*(?:The|This|Our)\s+(?:(?!(?:of|the|for|and|in|to|at|by|a|an)\b)[\w'’-]+\s+){0,4}?"
    r"(?P<noun>" + "|".join(sorted(UNIT_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# After a post set beside a name and a comma, a unit's noun ("Debt Recovery, Head Office")
# makes the post a word of a unit's name, and a colon before a number or an honorific
# ("Montego Bay, Regional Manager: 876-555-0100", "Foreign Affairs, Minister: Hon. Jane
# Roe") makes the line a post's of the unit or the place before the comma.
_UNIT_NOUN_TITLE = "|".join(sorted(noun.capitalize() for noun in UNIT_NOUNS))
_NOT_THE_PERSON_S_POST = rf"(?!\s+(?:{_UNIT_NOUN_TITLE})\b|\s*:\s*(?:[\d+(]|{_HONORIFIC_BEFORE}))"


def _posts_labelled_by_fields(text: str) -> bool:
    """Whether the page labels a post with the field or the unit it heads ("Director: Fleet
    Operations", "Chief Director: Research and Policy"): its other labels of a post are then
    read so too, not as the post's holder's name."""
    for match in _POST_LABEL.finditer(text):
        words = match.group("label").split()
        if {w.lower() for w in words} & (UNIT_NOUNS | {"and", "&"}) or any(
            _FIELD_LABEL_WORD.search(w.lower()) for w in words
        ):
            return True
    return False


def _text_calls_it_a_unit(body: Sequence[Block]) -> bool:
    """Whether the first paragraph under a heading opens by calling its subject by a unit
    noun ("The directorate keeps ...", "The regional office serves ...")."""
    first = next((block for block in body if block.kind == PARAGRAPH), None)
    return first is not None and _CALLED_BY_UNIT_NOUN.match(first.text) is not None


def _named_person(heading: str) -> str | None:
    """The person's name a heading holds: two to four capitalized words, none a word of a
    unit, a post or a connector, perhaps after a post's words or its acronym ("CLW Jane
    Doe"); None for any other heading."""
    words = heading.split()
    start = 0
    while start < len(words) and (
        words[start].lower() in POSITION_WORDS | _POST_BESIDE
        or (words[start].isupper() and 2 <= len(words[start]) <= 4)
    ):
        start += 1
    name = words[start:]
    if not 2 <= len(name) <= 4 or not all(_NAME_WORD.fullmatch(word) for word in name):
        return None
    tokens = {word.lower() for word in name}
    tokens |= {singular_noun(word) for word in tokens}
    if tokens & (UNIT_NOUNS | POSITION_WORDS | _POST_BESIDE | CONNECTORS):
        return None
    if any(_FIELD_WORD.search(token) for token in tokens):
        return None
    return " ".join(name)


@rule("filter", off=False)
def person_named_elsewhere(text: str, heading: Block, body: Sequence[Block] = ()) -> bool:
    """A heading that is a person's name ("Jane Doe", perhaps after a post or its acronym:
    "CLW Jane Doe") which the page writes elsewhere as a person's, after an honorific ("Ms
    Mary Jane Doe"), before a comma and a post ("Jane Doe, Deputy Lamp Director", "I, Jane
    Doe, Governor of ...") or after a post and a colon ("Chief Lamp Warden: Jane Doe"), heads
    that person's profile, biography or signature, not a unit: the page itself says whose
    name it is. ``person_line`` reads a name marked on its own line (a middle initial, an
    honorific); a bare name is marked only where the page names it beside its holder's
    honorific or post, for a name of two capitalized words alone may be a unit's ("Wick
    Supply"). Not read so: a post and its holder marked on the heading's own line
    (``titled_holder_line``, read there); a field's name ("Glass Management": "-ment",
    "-tion", "-ing", ...); and a name whose last word the page writes in lower case
    ("Director: Wick Supply" on a page that speaks of the supply of wicks: a unit labelled
    with its head's post), for a surname is never a common word of its page. Government
    pages also set a unit's or a place's name beside a post, so neither is a mark either:
    a name that runs on into more capitalized words ("Deputy Director: Land Survey Records"
    does not mark "Land Survey"); a post after the comma that is a word of a unit's name
    ("Debt Recovery, Head Office") or labels a number or an honorific after a colon
    ("Montego Bay, Regional Manager: 876-555-0100", "Foreign Affairs, Minister: Hon. Jane
    Roe": the unit's or the place's post); a post and a colon on a page that labels its
    posts with fields or units ("Chief Director: Human Resources" beside "Director: Fleet
    Operations"); and a heading whose text calls it a unit ("The directorate recruits ...",
    ``body``), which no profile does. Its text is its parent's."""
    if titled_holder_line(heading.text) is not None:
        return False
    name = _named_person(heading.text.strip())
    if name is None or _text_calls_it_a_unit(body):
        return False
    words = r"\s+".join(re.escape(word) for word in name.split())
    whole = r"\b(?![ \t]+[A-Z][\w'’-])"  # the name ends: no more capitalized words after it
    marks = [
        rf"{_HONORIFIC_BEFORE}{_GIVEN_NAMES}{words}{whole}",
        rf"(?<![\w-]){words},\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{_POST_TITLE})\b"
        + _NOT_THE_PERSON_S_POST,
    ]
    if not _posts_labelled_by_fields(text):
        marks.append(rf"\b(?:{_POST_TITLE})\b[^\n:;.]{{0,40}}:\s+{words}{whole}")
    marked = re.compile("|".join(marks))
    elsewhere = any(
        match.end() <= heading.start or match.start() >= heading.end
        for match in marked.finditer(text)
    )
    # a surname is never a common word of its page ("Director: Wick Supply" where the page
    # speaks of the supply of wicks names a unit after its head's post)
    return elsewhere and name.split()[-1].lower() not in lower_case_words(text)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SIGNATURE = lazy_pattern(
    rf"\s*(?:(?:approved|signed|issued|adopted)\s+(?:by|on)\b|(?:effective\s+)?date\s*:"
    rf"|(?:(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\s*$)",
    re.IGNORECASE,
)


# A full date opening a line, perhaps after its weekday: "Tuesday, 3 May 2016", "3 May 2016",
# "May 3, 2016".
_DATED = lazy_pattern(
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}})\b"
)


@rule("filter", off=False)
def dated_line(line: str) -> bool:
    """A line that opens with a full date, perhaps after its weekday ("3 May 2016: Lamp
    Office renamed", "Tuesday, 3 May 2016 09:12"), is an entry of a timeline or the time a
    page was posted: it dates an event, it names no unit, whatever unit the event is about.
    Its text is its parent's."""
    return _DATED.match(line) is not None


# A year closing a heading: "Fiscal Year 2016", "May 1998", "Wick Season 2012".
_CLOSING_YEAR = lazy_pattern(r"\b(?:1[89]|20)\d\d\W*$")
# A year that notes when a body was founded, not a heading's date: alone in parentheses
# ("Wick Inspectorate (1998)") or after "est.", "since", "founded", "established",
# "created" or "formed", in parentheses or not. A parenthesis with other words in it
# ("(as of May 2016)", "(updated 2016)") dates the heading.
_FOUNDING_YEAR = lazy_pattern(
    r"(?:\(\s*|\b(?:est|estd|since|founded|established|created|formed)\b\.?\s*)"
    r"(?:1[89]|20)\d\d\W*$",
    re.IGNORECASE,
)
# "The station ...", "This lamphouse ...": a paragraph that opens by calling the heading
# by its last noun, then a word in lower case.
_CALLED_BY_NOUN = lazy_pattern(r"(?:The|This|Our)\s+(?P<noun>[a-z]+)\s+[a-z]")
# The nouns of a period a dated heading names ("Wick Season 2012": "The season ran ...").
_PERIOD_NOUNS = frozenset({"year", "season", "quarter", "month", "week", "term", "session"})


@rule("filter", off=False)
def year_heading(heading: str, opening: str = "") -> bool:
    """A heading that closes with a year and holds no body's noun nor position ("Fiscal
    Year 2016", "May 1998", "Wick Season 2012") dates a report, a period or the page: it
    names no unit. Its text is its parent's, read as a generic heading's is, and the parts
    its paragraphs or labels count or enumerate are the parent's, whether or not other
    headings name units ("In 2016 the agency had three divisions: ...", "It has two
    sections: ..."). A unit's name with a year in it ("Wick Unit 2012", "Lamp Council for
    2016", "Oil Authority 2012") keeps its body's noun (a unit's or an agency's) and is read
    as a unit. Not read: a year that notes a founding, alone in parentheses or after "est.",
    "since" or "founded" ("Wick Inspectorate (est. 1998)", "Lamp Library (since 1901)",
    "Glass Works (1998)"; a parenthesis with other words, "(as of May 2016)", still dates
    the heading), and a heading the paragraph under it (``opening``) calls by its last noun,
    not a period's ("Glass Lamp Station 1999" over "The station lights the lamps ..."; "The
    season opened ..." under "Wick Season 2012" is still a date's): both name a body whose
    noun no vocabulary holds."""
    if _CLOSING_YEAR.search(heading) is None or _FOUNDING_YEAR.search(heading) is not None:
        return False
    words = name_tokens(heading)
    if set(words) & (BODY_NOUNS | POSITION_WORDS):
        return False
    called = _CALLED_BY_NOUN.match(opening)
    before_year = [word for word in words if not word.isdigit()]
    return not (
        called is not None
        and before_year
        and called.group("noun") == before_year[-1]
        and called.group("noun") not in _PERIOD_NOUNS
    )


@rule("filter", off=False)
def signature_line(line: str) -> bool:
    """A document's approval block: a line that opens with "Approved by", "Signed by" or
    "Date:", or that is only a date ("August 17, 2023"), signs or dates the chart or order
    above it; it names no unit."""
    return _SIGNATURE.match(line) is not None


@rule("filter", off=False)
def bare_link_heading(section: Section, agency: str | None = None) -> bool:
    """A heading with no text under it whose words name neither a unit nor a position is a
    link or a label, not a unit (unless its text stands under a line of its card:
    ``heading_named_under_card_line``; ``agency``, the page's agency, when known)."""
    return (
        not section.body
        and not names_a_unit(section.heading.text)
        # a title with its holder's name is a post, though its words name no unit
        and titled_holder_line(section.heading.text) is None
        and not heading_named_under_card_line(section, agency)
    )


@rule("filter", off=False)
def heading_named_under_card_line(section: Section, agency: str | None = None) -> bool:
    """A unit's card sets a line between its name and its text: a heading with no text of its
    own ("Wicks", "Oil and Glass (LG-4)") whose first line under it names no unit (where the
    unit sits: "Located on the 2nd Floor", "Lampton, WK"), over prose that opens by calling
    the heading by all its words with a body's noun ("The Wicks Department is responsible
    for ...", "The Oil and Glass team provides ...", "The Town of Lampton's Department of
    Wicks keeps ..."), is that unit, not a link or a label (``bare_link_heading``): the text
    under its card line says what it is. The heading's words are read without a closing
    parenthesis (a code or an acronym); the name the prose opens with runs from "The" over
    capitalized words and their connectors to at most one lower-case body noun, and the
    heading's words close it or stand before its last noun alone. Not read: a card line that
    names a unit itself (a unit under a group's heading), prose that opens otherwise ("Wicks
    are trimmed ...", "Lamp staff ..."), names the heading's words with no body's noun ("The
    Wicks Festival is ...") or as a modifier of another name ("The Lampton Wick Board
    meets ..." under "Lampton").

    The prose's name is read as such pages write it: an acronym in brackets after it is no
    word of it ("The Directorate of Wicks (DoW) functions ..."), "&" and "and" are one word
    ("Parks & Lamps" over "The Parks and Lamps Department"), and a lower-case noun after a
    possessive is what the name has, not its noun ("The Wicks Department's staff trim ...";
    "The Town of Lampton's Department of Wicks" runs on over capitalized words). Not read either: a
    lower-case "service" after the heading's words, which names what a card offers, not a
    body ("Bulk Collection" over "The Bulk Collection service collects large items ..."),
    and a card about the page's own agency ("Lantern Safety" over "The Bureau of Lantern
    Safety was founded ..." on the bureau's page): the agency is the page's root already."""
    if section.body or not section.members:
        return False
    line = section.members[0]
    if names_a_unit(line.heading.text) or not line.body or line.body[0].kind != PARAGRAPH:
        return False
    named = _opening_body_name(line.body[0].text)
    words = [
        _name_word(word)
        for word in _CARD_NAME_WORD.findall(_CLOSING_PARENTHESIS.sub("", section.heading.text))
    ]
    if not words or not set(named) & BODY_NOUNS:
        return False
    if agency is not None and unit_key(" ".join(named)) == unit_key(agency):
        return False  # the page's own agency, its root
    # the heading's words close the name, or only a body's noun follows them
    return any(
        named[at : at + len(words)] == words
        and set(named[at + len(words) :]) <= BODY_NOUNS
        and len(named) - at - len(words) <= 1
        for at in range(len(named))
    )


# A word of a unit's name, on its card or in the prose under it, or "&"; a possessive's ending
# is no word ("Lampton's": lampton).
_CARD_NAME_WORD = lazy_pattern(r"[^\W_][\w-]*|&")
# The same, with the possessive's ending it may carry.
_CARD_WORD_POSSESSIVE = lazy_pattern(r"([^\W_][\w-]*|&)(['’]s\b)?")
# Bracketed text, and a code or an acronym closing a heading (never tried after a space: a
# run of spaces is read from its start, once).
_BRACKETS = lazy_pattern(r"(?<!\s)\s*\([^()]*\)")
_CLOSING_PARENTHESIS = lazy_pattern(r"(?<!\s)\s*\([^()]*\)\s*$")
_OPENS_WITH_THE = lazy_pattern(r"\s*The\s+")
# Lower-case nouns after a name that say what it offers, not what body it is ("the Bulk
# Collection service").
_OFFERED_NOUNS = frozenset({"service", "services"})


def _name_word(word: str) -> str:
    """A word of a name as the heading and the prose are compared: lower case, "&" read as
    "and"."""
    return "and" if word == "&" else word.lower()


def _opening_body_name(text: str) -> list[str]:
    """The lower-case words of the name a paragraph opens with after "The": capitalized
    words and connectors, then at most one lower-case body noun ("The Oil and Glass team
    provides": oil, and, glass, team), an acronym in brackets left out ("The Directorate of
    Wicks (DoW)": directorate, of, wicks); a possessive's lower-case noun is none of the
    name's ("The Wicks Department's staff": wicks, department), nor a lower-case noun of what
    a name offers ("The Bulk Collection service": bulk, collection)
    (``heading_named_under_card_line``)."""
    opening = _OPENS_WITH_THE.match(text)
    if opening is None:
        return []
    named: list[str] = []
    possessive = False
    for match in _CARD_WORD_POSSESSIVE.finditer(_BRACKETS.sub("", text[opening.end() :])):
        word = match.group(1)
        lower = _name_word(word)
        if word[0].isupper() or lower in CONNECTORS:
            named.append(lower)
            possessive = match.group(2) is not None
            continue
        if lower in BODY_NOUNS - _OFFERED_NOUNS and not possessive:
            named.append(lower)
        break
    return named
