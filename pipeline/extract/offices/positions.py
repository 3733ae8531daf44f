"""Positions and leadership: listed positions, heads ("At the head of the Wick Secretariat is
..."), possessive office names, the agency's head, governing boards, presiding officers chosen
among members, and posts that assist a head."""

from __future__ import annotations

import re

from pipeline.extract.list_units.common import is_capitalized_name
from pipeline.extract.names import (
    HYPHENS,
    REFERRING_WORDS,
    content_tokens,
    name_tokens,
    unit_noun_head,
)
from pipeline.extract.offices.common import (
    LEADS_VERB,
    MAX_POSITION_WORDS,
    UnitIndex,
    agency_words,
    last_named,
    opens_with_other_unit,
    section_owners,
    top_parent_by,
    unit_key,
    unit_named,
)
from pipeline.extract.offices.section_units import office_of_position
from pipeline.extract.records import UnitType
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LABEL, LIST_ITEM, PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import (
    ARTICLES,
    CAPITAL,
    COLLEGIAL_NOUNS,
    CONNECTORS,
    FUNCTION_VERBS,
    HONORIFICS,
    NUMBER_WORDS,
    POSITION_WORDS,
    POST_HEAD_WORDS,
    PRONOUNS,
    UNIT_NOUNS,
    in_the_present,
)
from pipeline.text.words import singular_noun

# A plural word for the officials a sentence lists ("Principal officials subordinate to the
# Warden include ...", "Specific roles under the Warden include ...", "These leaders include
# ...", "a management team comprising ..."), and what it says they are under.
_OFFICIALS = lazy_pattern(
    r"\b(?:officials|officers|leaders|positions|roles|posts|executives"
    r"|(?:management|leadership|executive)\s+team)\b",
    re.IGNORECASE,
)
_OFFICIALS_WORDS = (
    "official",
    "officer",
    "leader",
    "position",
    "role",
    "post",
    "executive",
    "team",
)
_OFFICIALS_UNDER = lazy_pattern(
    r"\b(?:subordinate|reporting|responsible)\s+to\s+(?:the\s+)?|\bunder\s+(?:the\s+)?"
)

register(
    "listed_positions",
    "unit",
    """A sentence whose subject is a plural word for officials ("Principal officials
    subordinate to the Chief Warden include the Deputy Warden, Wick Officer, and Oil
    Counsel", "Specific roles under the Warden include ...", "These leaders include ...", "a
    management team comprising ...") lists positions: each name it lists after its verb of
    composition that holds a position word is a leadership unit (two joined by "and" are
    two: "Secretary of Lamps and Secretary of Oils"), under the position or unit the subject
    puts them under ("subordinate to", "under", "reporting to"), else under the page's
    top.""",
)


def officials_subject(
    text: str, start: int, composed: re.Match[str] | None
) -> tuple[int, int] | None:
    """The span of what a sentence says its listed officials are under ("subordinate to the
    Chief Warden"): (-1, -1) when its subject names officials and nothing they are under,
    None when its subject names no officials (``listed_positions``)."""
    if composed is None:
        return None
    subject = text[start : composed.start()]
    lowered = subject.lower()
    if not any(word in lowered for word in _OFFICIALS_WORDS):
        return None
    if not _OFFICIALS.search(subject) or not enabled("listed_positions"):
        return None
    under = _OFFICIALS_UNDER.search(text, start, composed.start())
    if under is None:
        return -1, -1
    named = re.match(
        r"[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&-]*))*", text[under.end() :]
    )
    if named is None:
        return -1, -1
    end = under.end() + len(re.sub(r"(?:\s+(?:of|for|and|&|the))+$", "", named.group()))
    return under.end(), min(end, composed.start())


register(
    "possessive_unit_name",
    "unit",
    """ "The Chief Lamp Keeper's Office", "the Warden's Office of Wicks": a possessive and the
    unit noun right after it (alone, or before "of" or "for") name one unit in prose, not an
    owner and a bare noun.""",
)


def possessive_names(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """Phrases with a possessive joined to the unit noun after it (``possessive_unit_name``)."""
    if not enabled("possessive_unit_name"):
        return phrases
    out: list[Phrase] = []
    for phrase in phrases:
        last = out[-1] if out else None
        if (
            last is not None
            and last.text.endswith(("'s", "’s"))
            and text[last.end : phrase.start] == " "
            and unit_noun_head(phrase.text)
        ):
            out[-1] = Phrase(text[last.start : phrase.end], last.start, phrase.end)
            continue
        out.append(phrase)
    return out


# What a position does as a sentence's subject: "The Chief Lamp Officer advises ...", "The
# Lamp Commissioner has overall responsibility for ...", "The Wick Secretary (WS) is ...".
_POSITION_VERB = lazy_pattern(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:also\s+)?"
    r"(?:has|is|are|advises|" + LEADS_VERB + r"|oversees|directs|manages|sets|chairs|serves"
    r"|supervises|assists|coordinates|represents|acts)\b"
)


@rule("unit", off=False)
def position_subject(text: str, phrase: Phrase, start: int, end: int) -> bool:
    """A position named in full as the subject of a sentence that says what it does or is
    ("The Chief Lamp Officer advises the Minister ...", "The Assistant Wick Secretary is
    responsible for ...", "Chief Wick Counsel serves as examiner ...") is a unit of the
    page's prose: a name of two words or more with a position word, opening the sentence, no
    pronoun in it ("Our Interim Director"), before a verb of leading or serving (has, is,
    advises, leads, heads, oversees, directs, manages, sets, chairs, serves, supervises,
    assists, coordinates, represents, acts). Not a post of a kind (``post_of_a_kind``)."""
    words = set(name_tokens(phrase.text))
    return (
        phrase.start - start <= len("The ")
        and len(phrase.text.split()) >= 2
        and bool(words & POSITION_WORDS)
        and not words & PRONOUNS
        and _POSITION_VERB.match(text, phrase.end, end) is not None
        and not post_of_a_kind(text, phrase, start, end)
    )


register(
    "post_of_a_kind",
    "filter",
    """A post a sentence names as one of a kind, not as the one post of that name, is no
    unit of the page: with the indefinite article, when the sentence gives one to each part
    ("A Wick Chief heads each division.", "A Lamp Warden is in charge of every district
    office", "An Oil Clerk serves each of these units"), or counted as one of several ("One
    Deputy Lamp Counsel is designated to oversee ...", "Each Wick Chief oversees ...", "Two
    Deputy Wick Directors are ..."): such a post is held in many places or by many people,
    and the page's structure has the parts, not a post for each. A post with "the" ("The
    Wick Chief heads the division"), or with "a" and no part it is repeated for ("A Deputy
    Lamp Counsel and a Soot Counsel report to the Counsel": posts of the structure a page
    introduces), stays one. The same name with "the" later in the paragraph ("A Wick Chief
    heads each division. The Wick Chief manages ...") is still that kind of post, unless a
    qualifier in brackets names one of them ("The Wick Chief (Stores) oversees ...").

    Not a part the post is given: "each" or "every" of time ("briefs the Board every
    quarter", "each year"); "each" that opens a clause or an aside of its own ("heads the
    Directorate and each of its divisions is led by ...", "heads the four offices, each
    with its own depot"); "each" that goes with another post the sentence names after it
    ("is assisted by a Deputy Wick Secretary for each portfolio"). Nor a count: "One",
    "Each" or a number that follows "the" is a word of the post's name ("The One Stop
    Centre Director", "The Every Child Wick Director"), since a counted post has no
    "the".""",
)
# "A Wick Chief" / "An Oil Clerk": the indefinite article before a post's name.
_INDEFINITE = lazy_pattern(r"\W*an?\s+", re.IGNORECASE)
# "heads each division", "in charge of every office": the sentence gives the post to each part.
_EACH = lazy_pattern(r"\b(?:each|every)\b", re.IGNORECASE)
# "One Deputy Lamp Counsel", "Each Wick Chief", "Two Deputy Wick Directors": a post counted
# as one of several.
_ONE_OF_SEVERAL = frozenset(
    {"one", "each", "every", *(word for word, number in NUMBER_WORDS.items() if number < 10)}
)
# "every quarter", "each financial year", "every two years": "each" of time, no part.
_EACH_OF_TIME = lazy_pattern(
    r"\s+(?:(?:other|two|three|four|five|few|financial|fiscal|calendar|working|business)\s+)?"
    r"(?:year|month|week|day|quarter|term|session|fortnight|time|season)s?\b",
    re.IGNORECASE,
)
# ", each with ...", "; every ...", "and each of its divisions is ...": "each" that opens a
# clause or an aside of its own.
_CLAUSE_BEFORE = lazy_pattern(r"(?:[,;:]|\band)\s*$", re.IGNORECASE)
# "by a Deputy Wick Secretary for each portfolio": another post, named after the subject.
_ANOTHER_POST = lazy_pattern(r"\ban?\s+[A-Z]")
# "(Stores)", "(Administration)": a qualifier in brackets after a post's name, not an acronym.
_QUALIFIER = lazy_pattern(r"\s*\((?=[^()]*[a-z])[^()]{1,40}\)")


def _gives_each(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]``, the rest of a sentence after a post's name, gives the post
    to each part ("heads each division"): an "each" or "every" not of time, not opening a
    clause of its own and not after another post the sentence names."""
    for match in _EACH.finditer(text, pos, end):
        if (
            _EACH_OF_TIME.match(text, match.end()) is None
            and _CLAUSE_BEFORE.search(text, pos, match.start()) is None
            and _ANOTHER_POST.search(text, pos, match.start()) is None
        ):
            return True
    return False


def post_of_a_kind(text: str, phrase: Phrase, start: int, end: int) -> bool:
    """Whether the post ``phrase`` opening the sentence ``text[start:end]`` is one of a kind
    (``post_of_a_kind``): "A Wick Chief heads each division", "One Deputy Lamp Counsel is
    ..."."""
    if not enabled("post_of_a_kind"):
        return False
    first = phrase.text.split(maxsplit=1)[0].lower()
    if first.isdigit() or first in _ONE_OF_SEVERAL:
        # "One Deputy Counsel is ...", not "The One Stop Centre Director ..."
        return not text[start : phrase.start].strip().lower().endswith("the")
    if _INDEFINITE.fullmatch(text, start, phrase.start) is not None and _gives_each(
        text, phrase.end, end
    ):
        return True
    if _QUALIFIER.match(text, phrase.end) is not None:
        return False  # "The Wick Chief (Stores) oversees ...": one of them, by name
    # "A Wick Chief heads each division. The Wick Chief ...": the kind, named again
    paragraph = text.rfind("\n", 0, start) + 1
    earlier = re.compile(
        r"(?:^|[.!?)]\s+)an?\s+" + re.escape(phrase.text) + r"(?P<rest>\s[^.!?\n]*)",
        re.IGNORECASE,
    )
    return any(
        _gives_each(text, paragraph + found.start("rest"), paragraph + found.end("rest"))
        for found in earlier.finditer(text[paragraph:start])
    )


# "headed by the", "led up by a": the verb of a post that heads a body, and the post's
# capitalized words ("Commissioner of Lamps"), read by ``agency_headed_by``.
_HEAD_VERB = r"(?:headed|led|run|managed|directed)(?:\s+up)?\s+by\s+(?:the\s+|a\s+|an\s+)?"
_POSITION = CAPITAL + r"[\w’'-]*(?:[ \t]+(?:of|for|and|the|" + CAPITAL + r"[\w’'.-]*))*"
# "The Lamp Secretariat is headed by the Secretary-General, who ...", "It is run by the
# Chief Warden", "We are led by Director General Jo Bloggs": the post a sentence says the
# agency itself is headed by.
_AGENCY_HEADED_BY = lazy_pattern(
    r"(?P<subject>[^.;:!?\n]{1,80}?)(?:\s+(?:is|are)|['’]s)\s+(?:currently\s+)?"
    + _HEAD_VERB
    + r"(?P<position>"
    + _POSITION
    + r")"
)
register(
    "headed_by_aside",
    "unit",
    """A post that heads the page's agency named in a participle rather than in the
    sentence's verb, opening the sentence ("Headed by the Lamp Warden, the department
    keeps ...", "Led by the Deputy Wick Keeper, the Lamp Office is responsible for ...") or
    set off by commas after its subject ("The Lamp Office, headed up by the Chief Wick
    Officer, has three sections"), is a leadership unit of the agency, as "The Lamp Office is
    headed by ..." makes it (``agency_headed_by``): the subject is the agency's name, a word
    for it, or, in the agency's own prose, a referring word and a unit noun alone ("the
    department", "This Department") when no other unit with that noun is named before it. A
    title may end in a position word in lower case ("the Senior Wick Trimming officer"). Only the
    agency's head: a part's head in an aside ("The Wick Division, headed by an Oil Director.")
    is left as before, and so is an aside about any other subject ("the keepers, headed by the
    Lamp Warden, ...", "the team", "the offices", "the division" after the Wick Division).""",
)
# The post in a participle after "headed by" (``headed_by_aside``): capitalized words, as
# ``_AGENCY_HEADED_BY``'s, and a position word in lower case that may end them.
_ASIDE_POSITION = (
    r"(?P<position>" + _POSITION + r"(?:[ \t]+(?:" + "|".join(sorted(POSITION_WORDS)) + r"))?)"
)
# "Headed by the Lamp Warden, the department keeps ...": the participle opening the
# sentence, then its subject (a capitalized name, or a determiner and a word) and its verb.
_HEADED_OPENING = lazy_pattern(
    r"(?i:" + _HEAD_VERB + r")" + _ASIDE_POSITION + r",\s+(?P<subject>(?:(?:[Tt]he|[Tt]his)\s+)?"
    r"[^\W\d_][\w’'&-]*(?:\s+(?:of|for|and|&|the|" + CAPITAL + r"[\w’'&.-]*))*)"
    r"(?:\s*\([^()]{1,12}\))?\s+(?=[a-z])"
)
# "The Lamp Office, headed up by the Chief Wick Officer, has ...": the subject, then the
# participle set off by commas.
_HEADED_APPOSITION = lazy_pattern(
    r"(?P<subject>[^.;:,!?\n]{1,80}?),\s+(?:currently\s+)?" + _HEAD_VERB + _ASIDE_POSITION + r","
)


def _headed_aside(text: str, start: int, end: int) -> re.Match[str] | None:
    """A sentence whose subject's head is named in a participle (``headed_by_aside``)."""
    if not enabled("headed_by_aside"):
        return None
    return _HEADED_OPENING.match(text, start, end) or _HEADED_APPOSITION.match(text, start, end)


# Unit nouns that name a body's people or a part of it rather than the body itself.
_PEOPLE_NOUNS = frozenset({"staff", "team", "group"})


def _bare_agency_noun(subject: str, units: list[Unit], top: Unit, before: int) -> bool:
    """Whether an aside's subject is a unit noun alone ("the department", "This Division")
    that can only be the agency: no unit besides it with that noun is named before the
    sentence ("The office has a Wick Division. Led by ..., the division ..." is the Wick
    Division's), and it names no people or parts ("the team", "the divisions")."""
    words = subject.lower().split()
    if len(words) > 1 and words[0] in REFERRING_WORDS:
        words = words[1:]
    if len(words) != 1 or words[0] not in UNIT_NOUNS - _PEOPLE_NOUNS:
        return False
    noun = words[0]
    if noun.endswith("s") and noun[:-1] in UNIT_NOUNS:
        return False  # "the offices": more than one body
    return last_named([unit for unit in units if unit is not top], noun, before) is None


_OWN_PRONOUNS = frozenset({"it", "we"})
_HYPHENS = lazy_pattern(f"[{HYPHENS}]")
_HONORIFICS = frozenset(HONORIFICS.lower().split("|")) | {"professor"}
# Position words that stand before the title's head noun ("Chief Warden"), unlike "General"
# after it ("Director General").
_PRE_MODIFIERS = frozenset({"chief", "deputy", "assistant", "associate", "under", "principal"})


def _head_post(words: str) -> str | None:
    """The post in the words after "headed by": through its last position word, a person's
    name after it left out ("Director General Jo Bloggs"), or through the head noun after a
    last position word that modifies one ("Chief Warden", "Deputy Lamp Keeper Jo Bloggs"),
    or the whole when a position word goes on with "of" or "for" ("Commissioner of Lamps");
    of two posts joined by "and" ("the Chief Warden and the Deputy Warden"), the first."""
    tokens = [token.rstrip(".,") for token in words.split()]
    for index, token in enumerate(tokens):
        if token.lower().strip(".") in _HONORIFICS:
            tokens = tokens[:index]
            break
    for index, token in enumerate(tokens[1:], 1):
        rest = tokens[index + 1 :]
        if (
            token == "and"
            and rest
            and (rest[0].lower() in ARTICLES or _has_position_word(" ".join(rest)))
        ):
            tokens = tokens[:index]  # "the Chief Warden and the Deputy Warden": the first post
            break
    if not tokens:
        return None
    if tokens[-1].lower() in CONNECTORS:
        return None
    last = max(
        (i for i, t in enumerate(tokens) if set(_HYPHENS.split(t.lower())) & POSITION_WORDS),
        default=-1,
    )
    if last < 0:
        return None
    if any(t in ("of", "for") for t in tokens[last + 1 : last + 2]):
        return " ".join(tokens)
    tail = tokens[last + 1 :]
    if tail and tokens[last].lower() in _PRE_MODIFIERS:
        # "Chief Warden", "Deputy Lamp Keeper Jo Bloggs": the modifier's head follows it
        if len(tail) > 2 and _person_name(tail[-2:]):
            tail = tail[:-2]
        return " ".join(tokens[: last + 1] + tail)
    return " ".join(tokens[: last + 1])


@rule("unit", off=[])
def agency_headed_by(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence that says the page's agency itself is headed, led, run or managed by a
    post, in the present ("was headed by a Lamp Commissioner until ..." is its history;
    "The Lamp Secretariat is headed by the Secretary-General, who is appointed by ...",
    "The agency is managed by an Executive Director", "It is run by the Chief Warden",
    "We are led by Director General Jo Bloggs, who ...") names that post as a leadership
    unit of the agency: the subject is the agency's name or acronym, a unit noun of its name
    or a word for an agency after "The" ("The Secretariat", "The Authority"), or "It" or
    "We" in prose outside any unit's section (its full name in any section: "General
    Organization. The Lamp Bureau is headed by ..."; "It" not after a sentence that opens with
    another unit: "The Glass Division polishes the glass. It is headed by ..." is the
    division's head). The post is a capitalized title with a
    position word, through its last position word (a person's name after it is left out)
    or with what it is "of" or "for" ("Commissioner of Lamps"), the first of two joined by
    "and". A part's head ("Each
    division is headed by a Director", "The Wick Office is headed by ...") is no unit of the
    agency's."""
    text = page.text
    owners = section_owners(page, units, top)
    names, nouns = agency_words(top)
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        owner = owners.get(block.start, top)
        agency_section = owner is top or (
            unit_key(owner.name) in names or content_tokens(owner.name) <= nouns
        )
        previous: tuple[int, int] | None = None
        for start, end in page.sentences(block.start, block.end):
            before, previous = previous, (start, end)
            if text.find(" by ", start, end) < 0:
                continue
            match = _AGENCY_HEADED_BY.match(text, start, end)
            aside = False
            if match is None:
                match = _headed_aside(text, start, end)
                aside = match is not None
            if match is None:
                continue
            subject = match.group("subject").strip()
            words = subject.split()
            if words and words[0].lower() == "the":
                words = words[1:]
            if not words:
                continue
            bare_noun = aside and _bare_agency_noun(subject, units, top, start)
            key = unit_key(" ".join(words))
            own = (
                bare_noun
                or (len(words) == 1 and words[0].lower() in _OWN_PRONOUNS)
                or (len(words) == 1 and words[0].lower() in nouns)
                or key in names
                or any(
                    name < key and len(key - name) == 1 and key - name <= UNIT_NOUNS | nouns
                    for name in names
                )
            )
            # the agency named in full is the agency in any unit's section too
            full = key in names and len(words) > 1
            if not (own and (agency_section or full)):
                continue  # a part, or anything else: not read
            if words[0].lower() == "it" and before and opens_with_other_unit(page, *before, top):
                continue  # "The Glass Division polishes ... It is headed by ...": the division's
            post = _head_post(match.group("position"))
            if post is None or len(post.split()) > MAX_POSITION_WORDS:
                continue
            key = unit_key(post)
            if (
                key in seen
                or key in names
                or key == unit_key(top.name)
                or index.resolve(post) is not None
                or office_of_position(post, {}, index) is not None
            ):
                continue
            seen.add(key)
            finder = "headed_by_aside" if aside else "agency_headed_by"
            found.append(
                unit_named(
                    text,
                    post,
                    match.start("position"),
                    top,
                    found_by=finder,
                    parent_by=top_parent_by(top),
                    is_group=False,
                )
            )
    return found


# Whom a governing board is "of", and the words before "Board" that make one.
_BOARD_OF = ("governors", "directors", "regents", "trustees", "management")
_BOARD_KINDS = ("executive", "management", "governing", "supervisory")
# "the Board of Governors", "a Board of Directors", "a nine-member Board of Trustees", "the
# Management Board": a body's own governing board, named after a determiner (not "of" another
# body after it: "the Board of Directors of the Lamp Trust", "for the Wick Fund", "at Oil Co.";
# "at its head" is the body's own).
_GOVERNING_BOARD = lazy_pattern(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur|[\w]+[-–]member)\s+"
    r"(?P<name>Board\s+of\s+(?:"
    + "|".join(word.title() for word in _BOARD_OF)
    + r")|(?:"
    + "|".join(word.title() for word in _BOARD_KINDS)
    + r")\s+Board)\b(?!['’]s)(?!\s+(?:of\b|(?:for|at)\s+(?:the\s+)?[A-Z]))"
)


# "served on the", "has sat on a": a person's seat on a board, as a biography tells it.
_SERVED_ON = lazy_pattern(r"\b(?:serve[sd]?|serving|sat|sits?|sitting)\s+on\s+$")


@rule("unit", off=[])
def governing_board(page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit) -> list[Unit]:
    """A body's governing board named in its prose ("The Lamp Bank is managed by a Board of
    Governors and a Board of Directors", "The President chairs the Board of Directors", "a
    five-member Board of Trustees governs the Trust", "The Secretary General is supported by
    the Management Board") is a unit of that body, its highest organ, though the page gives
    it no heading: a board of governors, directors, regents or trustees, or an executive,
    management, governing or supervisory board, named after "the", "a" or a count of
    members. Not a board "of", "for" or "at" another body by its name ("the Board of
    Directors of the Wick Trust", "served on the Board of Trustees for the Oil Fund", "at
    Lampton Oil Company"), nor a board a person "served on" or "sits on" ("Bram Tolley
    served on the Board of Trustees."): a biography's seat, on some other body's board; nor
    a county's board of supervisors or commissioners (the government above the page's
    office, not a part of it)."""
    text = page.text
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    agency = units[0] if units else top  # the body itself, above a page's own subject
    if index.resolve("Board") is not None:
        return found  # the page's board, found already by its bare noun ("The Board ...")
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM, LABEL):
            continue
        if "Board" not in text[block.start : block.end]:
            continue
        for match in _GOVERNING_BOARD.finditer(text, block.start, block.end):
            if _SERVED_ON.search(text, block.start, match.start()):
                continue  # "she served on the Board of Trustees.": a person's seat, not ours
            name = " ".join(match.group("name").split())
            key = unit_key(name)
            if key in seen or index.resolve(name) is not None:
                continue
            seen.add(key)
            found.append(
                unit_named(
                    text,
                    name,
                    match.start("name"),
                    agency,
                    found_by="governing_board",
                    parent_by="default_root",
                    is_group=False,
                )
            )
    return found


# The posts a collegial body fills from among its members: its chair, vice chair, secretary
# and treasurer (an acronym of the body may come first: "the LWB Chairman").
_PRESIDING_POST = (
    r"(?P<post>(?:[A-Z]{2,6}\s+)?(?:(?:Vice[- ]?)?(?:Chair(?:man|woman|person)?|President)"
    r"|Secretary|Treasurer))\b(?!\s+(?:of|to|for)\s)(?!['’-])"
)
# "designates one of the Members as Chairman", "elects from among its members a Chairman, a
# Vice-Chairman and a Treasurer", "designate one of them to serve as the LWB Chair": a verb of
# choosing, then whom it chooses from and the first post.
_CHOOSES_POST = lazy_pattern(
    r"\b(?:designat|elect|select|choos)(?:es|ed|e|s)?\b"
    r"(?:\s+by\s+the\s+[A-Z]\w+"
    r"|\s+(?:one|two)(?:\s+of\s+(?:them|(?:the|its|their)\s+(?:[A-Z]\w+\s+)?[A-Za-z]\w+s))?"
    r"|\s+from\s+(?:among\s+)?(?:its|the|their)\s+(?:own\s+)?[Mm]embers"
    r"(?:\s+of\s+the\s+[A-Z]\w+)?,?"
    r"|\s+to\s+serve)*"
    r"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?" + _PRESIDING_POST
)
# The next post of the list: ", a Vice-Chairman", "and Treasurer", "and one as Vice Chair".
_NEXT_POST = lazy_pattern(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:one\s+as\s+)?(?:(?:a|an|the)\s+)?" + _PRESIDING_POST
)
# "... and one as Vice Chairman" further on in the sentence.
_ONE_AS_POST = lazy_pattern(r"\bone\s+as\s+(?:the\s+)?" + _PRESIDING_POST)
# The verbs of choosing, as plain text: a sentence without one is not read further.
_CHOOSING_PIECES = ("designat", "elect", "choos")
# Whom the posts are chosen from: "one of the Members", "from among its members", "one as
# the Chair" (one of the members the sentence before names).
_FROM_MEMBERS = lazy_pattern(r"\b(?:one|two)\s+(?:of|as)\b|\b[Mm]embers?\b|\bamong\b")


@rule("unit", off=[])
def chosen_presiding_officers(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence that says a collegial body chooses its presiding officers from its members
    ("The President designates one of the Members as Chairman and one as Vice Chairman",
    "The Board elects from among its members a Chairman and Vice-Chairman", "The Council
    selects from its members a Chair, a Vice Chair, a Secretary and a Treasurer", "designate
    one of the Lamp Wardens to serve as the LWB Chairman") names those posts: each is a
    leadership unit of the page's top. The posts are a closed class (chair, vice chair,
    president, vice president, secretary, treasurer), named right after the verb of
    choosing (designates, elects, selects, chooses) and what it chooses from, in a list, or
    after "one as" later in the sentence; a post "of" something ("the Chairman of the Lamp
    Board") is another body's and no such post. The sentence must say the posts are
    chosen from the body's members ("one of", "one as", "members", "among"): "The voters
    elect the Chairman" names no presiding officer of a collegial body."""
    text = page.text
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    for _, start, end in page.prose_sentences():
        fragment = text[start:end]
        if not any(piece in fragment for piece in _CHOOSING_PIECES):
            continue
        chosen = _CHOOSES_POST.search(text, start, end)
        if chosen is None or _FROM_MEMBERS.search(text, start, end) is None:
            continue  # "The voters elect the Chairman": not chosen from the body's members
        posts = [chosen]
        while (following := _NEXT_POST.match(text, posts[-1].end(), end)) is not None:
            posts.append(following)
        posts += _ONE_AS_POST.finditer(text, posts[-1].end(), end)
        for post in posts:
            name = post.group("post")
            key = unit_key(name)
            if key in seen or index.resolve(name) is not None:
                continue
            seen.add(key)
            found.append(
                unit_named(
                    text,
                    name,
                    post.start("post"),
                    top,
                    found_by="chosen_presiding_officers",
                    parent_by=top_parent_by(top),
                    is_group=False,
                )
            )
    return found


# "The Warden is assisted by two Deputy Wardens and a Wick Counsel", "He is supported by Jo
# Bloggs, Chief Oil Officer, ...": the posts a head is assisted by.
_ASSISTED_BY = lazy_pattern(
    r"(?P<subject>[^.;:!?\n]{1,80}?)\s+(?:is|are|shall\s+be|will\s+be)\s+(?:also\s+)?"
    r"(?:assisted|supported)\s+(?:in\s+[^.;:,()]{1,60}?\s+)?by\s+"
)
_HEAD_PRONOUNS = frozenset({"he", "she"})
_COUNT_WORDS = frozenset({"a", "an", "one", *NUMBER_WORDS})
_LIST_WORDS = frozenset({"and", "of", "for", "the", "&"})


def _has_position_word(name: str) -> bool:
    tokens = {piece for token in name_tokens(name) for piece in _HYPHENS.split(token)}
    return bool(tokens & POSITION_WORDS) or any(
        singular_noun(token) in POSITION_WORDS for token in tokens
    )


def _person_name(words: list[str]) -> bool:
    """Two to four capitalized words with no position word, unit noun or connector: a
    person's name ("Jo Bloggs")."""
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words} & (UNIT_NOUNS | CONNECTORS)
        and not _has_position_word(" ".join(words))
    )


def _assisting_posts(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The posts listed from ``start``: comma- and "and"-joined titles, their counts ("six
    (6)", "two") and the names of their holders ("Jo Bloggs, Chief Oil Officer") left out;
    the list ends at the first lower-case word that is no connector or count."""
    stop = start
    for token in re.finditer(r"\S+", text[start:end]):
        word = token.group().strip(",()")
        if word and word[0].islower() and word not in _LIST_WORDS and word not in _COUNT_WORDS:
            break
        stop = start + token.end()
    items: list[tuple[str, int]] = []
    for part in re.finditer(r"[^,]+", text[start:stop]):
        pieces = re.split(r"\s+and\s+", part.group())
        merged: list[str] = []
        for piece in pieces:
            words = [w for w in piece.split() if w.strip("()").lower() not in _COUNT_WORDS]
            words = [w for w in words if not re.fullmatch(r"\(?\d+\)?", w)]
            while words and words[0].lower() == "the":
                words = words[1:]  # "the Deputy Warden": the post's name has no article
            if merged and not _has_position_word(" ".join(words)) and not _person_name(words):
                merged[-1] += " and " + " ".join(words)
            else:
                merged.append(" ".join(words))
        for piece in merged:
            item = piece.strip(" .")
            if item:
                items.append((item, start + part.start() + max(part.group().find(item), 0)))
    return items


# "assisted by a team of Deputy Wardens": the posts after the group they form.
_TEAM_OF = lazy_pattern(r"(?:a|an|the)\s+(?:team|staff|group|number)\s+of\s+")


def _post_in_full(name: str, units: list[Unit]) -> Unit | None:
    """The post a unit found names in full, when ``name`` is its title alone: "President" for
    "President of the Lamp Bank Group"; none when two units begin with the title."""
    lead = name.lower() + " of "
    named = [unit for unit in units if unit.name.lower().startswith(lead)]
    return named[0] if len(named) == 1 else None  # "Director" of two "Director of ..." posts


@rule("unit", off=[])
def assisted_by(page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit) -> list[Unit]:
    """A head "is assisted by" or "is supported by" the posts a sentence lists ("The Warden
    is assisted by two Deputy Wardens and a Wick Counsel", "He is assisted by six (6) Deputy
    Keepers", "who is supported by Jo Bloggs, Chief Oil Officer, and Al Smith, Director of
    Glass"): each post is a leadership unit under the head. The head is a post the page has
    made a unit, the post a sentence names as its subject (made a unit under the page's
    top), or, for "He", "She" or "who", the post last named before. A post is a capitalized
    title with a position word, its count and its holder's name left out; a kind of head
    per part ("Division Chiefs", a unit noun first) is no single post. The task may stand
    between ("is assisted in the management of the Works by ..."), and the posts may be named
    as the team they form ("by a team of Deputy Wardens"); a head named by its title alone
    ("The President") is the post a unit found names in full ("President of the Lamp Bank
    Group"), not a second unit."""
    text = page.text
    found: list[Unit] = []
    by_key: dict[frozenset[str], Unit] = {}

    def resolve(name: str) -> Unit | None:
        return by_key.get(unit_key(name)) or index.resolve(name)

    positions = sorted(
        (u for u in units if u.unit_type == UnitType.LEADERSHIP and u is not top),
        key=lambda u: u.evidence_start,
    )
    for _, start, end in page.prose_sentences():
        if text.find("by ", start, end) < 0 or (
            text.find("ssisted", start, end) < 0 and text.find("upported", start, end) < 0
        ):
            continue
        match = _ASSISTED_BY.search(text, start, end)
        if match is None:
            continue
        subject = match.group("subject").strip()
        clause = re.split(r",\s+(?=who\b)", subject)
        words = clause[-1].split()
        head: Unit | None = None
        if words and words[0].lower() in _HEAD_PRONOUNS | {"who"}:
            head = max(  # the post named last before, wherever a rule found it
                (u for u in positions + found if u.evidence_start < match.end("subject")),
                key=lambda u: u.evidence_start,
                default=None,
            )
        else:
            if words and words[0].lower() == "the":
                words = words[1:]
            name = " ".join(words)
            if not name or not _has_position_word(name) or not is_capitalized_name(name):
                continue
            if len(words) > MAX_POSITION_WORDS:
                continue
            head = (
                resolve(name) or office_of_position(name, {}, index) or _post_in_full(name, units)
            )
            if head is None:
                head = unit_named(
                    text,
                    name,
                    match.start("subject") + match.group("subject").find(name),
                    top,
                    found_by="assisted_by",
                    parent_by=top_parent_by(top),
                    is_group=False,
                )
                by_key[unit_key(name)] = head
                found.append(head)
        if head is None:
            continue
        team = _TEAM_OF.match(text, match.end(), end)
        for post, at in _assisting_posts(text, team.end() if team else match.end(), end):
            tokens = post.split()
            if (
                not _has_position_word(post)
                or not is_capitalized_name(post)
                or len(tokens) > MAX_POSITION_WORDS
                or tokens[0].lower() in UNIT_NOUNS
                or resolve(post) is not None
            ):
                continue
            unit = unit_named(text, post, at, head, found_by="assisted_by", parent_by="assisted_by")
            unit.unit_type = UnitType.LEADERSHIP
            by_key[unit_key(post)] = unit
            found.append(unit)
    return found


# The lower-case nouns of the office that serves a post or a collegial body, after its
# possessive: "the Warden's office", "the Lamp Board's secretariat", "a Chief Keeper's unit".
_SERVING_NOUNS = ("office", "secretariat", "unit", "bureau")
# The last word of a possessor whose office is a unit: a post (its position word, or a post
# of a city's or a court's head) or a collegial body (a board, a council, a commission).
_SERVED_WORDS = POSITION_WORDS | COLLEGIAL_NOUNS | POST_HEAD_WORDS | {"premier"}
# What may follow the noun when the phrase ends there: a mark, a verb or a clause's word.
_SERVING_VERBS = "|".join(
    sorted({in_the_present(verb) for verb in FUNCTION_VERBS} | {"reports", "responds", "consists"})
)
_OFFICE_OF_POST = lazy_pattern(
    r"(?<![\w'’])(?:[Tt]he|[Aa]n?)\s+"
    r"(?P<owner>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?P<mark>['’])s\s+"
    r"(?P<noun>" + "|".join(_SERVING_NOUNS) + r")\b"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:is|are|was|were|has|have|had|which|that|who|and|or|also|itself"
    r"|will|shall|may|can|must|" + _SERVING_VERBS + r")\b)"
)
# The heads of a government, whose office stands over its agencies: a unit only on the page
# of that office itself (the top's name holds the post: "the Premier's Office" and its parts).
# The post ends the possessor, whatever qualifies it before ("the State Governor's office",
# "the Deputy Prime Minister's office", "the Chief Minister's office" of an Indian state).
_GOVERNMENT_HEADS = lazy_pattern(
    r"\b(?:Prime\s+Minister|Chief\s+Minister|First\s+Minister|Premier|Governor|Mayor)$",
    re.IGNORECASE,
)
# A possessor after which the office is a partner's, a superior's or a place, not a part:
# "works with the Governor's office", "reports to the Mayor's office", "requests from the
# Board's unit", "functions under the overall control of the Chief Minister's office",
# "forms are available at the Treasurer's office", "requests go through the Minister's
# office", "is a part of the Cabinet Secretary's office". A bare "under" or "within" is
# no sign: "the divisions work under the Controller's office", "Within the Keeper's office,
# the Soot Ledger Desk ..." name the page's own office.
_PARTNER_BEFORE = lazy_pattern(
    r"\b(?:with|to|from|between|among|at|through|via"
    r"|(?:part|control|supervision|charge|aegis|purview|ambit|auspices)\s+of)\s+$",
    re.IGNORECASE,
)
# After "office", the post held, not the office that serves it: "a Commissioner's office
# shall become vacant if ...", "the Speaker's office is held by a member", "the Chair's
# office expires with the Council's term" (statutes and constitutions set pages out so); an
# office that "held a hearing" is still the one that serves the post.
_OFFICE_AS_POST = lazy_pattern(
    r"\s+(?:(?:shall|will|may|is|was|be|been|becomes?|became|falls?|fell)\s+){1,2}"
    r"(?:vacant|vacated|held|filled|tenable)\b|\s+(?:expires|expired)\b"
)


def _own_office(owner: str, own: tuple[Unit, ...]) -> bool:
    """Whether the post ``owner`` is the page's own, one of ``own`` (its root and top unit) is
    the post ("the Secretary's office" on the page of the "Secretary of Lamps"): its office is
    that unit."""
    lead = owner.lower()
    return any(
        unit.name.lower() == lead or unit.name.lower().startswith(lead + " of ") for unit in own
    )


@rule("unit", off=[])
def office_of_post_lower_case(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A post's or a collegial body's office named by its possessive and a unit noun in lower
    case ("The Chief Warden's secretariat keeps the rolls", "Directly over them is the Lamp
    Keeper's office, which ...", "split across four divisions and a Chief Keeper's unit:",
    "records the spending of the Warden's office, the divisions and ...", "the tasks done by
    the Board's secretariat;") is a unit of the page, whatever the sentence does with it:
    pages call the office that serves a post or a board so, in a sentence's subject, object
    or list alike, and the possessive with its noun is its name ("Office of the Warden" when
    the page names it so too: the same unit). The possessor follows "the" or "a", capitalized
    (no person's name: "Jo Bloggs's office"), its last word a position word, a city's or a
    court's head ("Manager", "Mayor", "Clerk") or a collegial body ("Board", "Council",
    "Commission"); a body's possessive ("the Ministry's office", "the City's office for
    ...") names a place or a part the body has, not the office that serves it. The noun ends
    the phrase: a mark, a verb or a clause's word after it ("the Warden's office hours",
    "Contact the Warden's office at ...", "the Warden's office staff" are what the office has
    or where to reach it). After "with", "to" or "from" the office is a partner's or a
    superior's ("works with the Governor's office"), no part, and so is it after "at",
    "through", "via", "part of" or "under the control of" (a place the page sends its
    readers to, a superior: "forms are available at the Treasurer's office", "under the
    overall control of the Chief Minister's office"), and so is a government's head's (a
    governor's, a premier's, a prime minister's, a chief minister's, a mayor's, whatever
    qualifies it: "the State Governor's office", "the Deputy Prime Minister's office") on
    any page but its office's own (the page's top named after the post). A statute's
    "office" that becomes vacant, is held or expires is the post itself ("a Commissioner's
    office shall become vacant if ..."), no unit. The unit hangs from the page's
    top, or from the collegial body when the page has made it a unit."""
    text = page.text
    found: list[Unit] = []
    own = (units[0], top) if units else (top,)  # the page's root and top: its own office
    for _, start, end in page.prose_sentences():
        if text.find("s ", start, end) < 0:
            continue
        for match in _OFFICE_OF_POST.finditer(text, start, end):
            owner = match.group("owner")
            if owner.split()[-1].lower().rstrip("-") not in _SERVED_WORDS:
                continue
            if _PARTNER_BEFORE.search(text, start, match.start()):
                continue
            if match.group("noun") == "office" and _OFFICE_AS_POST.match(text, match.end()):
                continue  # "a Commissioner's office shall become vacant": the post itself
            if _GOVERNMENT_HEADS.search(owner) and not any(
                owner.lower() in unit.name.lower() for unit in own
            ):
                continue  # "the Governor's office" on an agency's page: the office above it
            name = text[match.start("owner") : match.end("noun")]
            key = unit_key(name)
            if (
                index.resolve(name) is not None
                or any(unit_key(u.name) == key for u in [*units, *found])
                or (match.group("noun") == "office" and _own_office(owner, own))
                or (match.group("noun") == "office" and office_of_position(owner, {}, index))
            ):
                continue
            host = index.resolve(owner)
            parent, parent_by = top, top_parent_by(top)
            if (
                host is not None
                and host is not top
                and host.unit_type != UnitType.LEADERSHIP
                and owner.split()[-1].lower() in COLLEGIAL_NOUNS
            ):
                parent, parent_by = host, "office_of_post_lower_case"
            unit = unit_named(
                text,
                name,
                match.start("owner"),
                parent,
                found_by="office_of_post_lower_case",
                parent_by=parent_by,
                is_group=False,
            )
            found.append(unit)
    return found
