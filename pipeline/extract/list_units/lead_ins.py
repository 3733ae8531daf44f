"""The finders that read a lead-in before a list ("Offices include:", "The staff is composed
of the following:", "The office has three divisions.", "The following offices ...", "They
include:"), and the vocabulary of composition, division and counts they share with the
offices package."""

from __future__ import annotations

import re

from pipeline.extract.list_units.common import last_sentence
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import introduces_units
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import fills_its_line, headed_name_with_areas
from pipeline.text.vocabulary import (
    BUSINESS_NOUNS,
    DUTY_HEADS,
    LIST_VERBS,
    LISTING_NOUNS,
    MIN_WRAPPED_LINE,
    NUMBER_WORDS,
    POSITION_WORDS,
    PROGRAM_NOUNS,
    UNIT_NOUNS,
)
from pipeline.text.words import in_singular, singular_noun

MAX_LOWER_CASE_WORDS = 6


@rule("unit", off=False)
def listed_after_lead_in(lead_in: str) -> bool:
    """Items of a list introduced by a lead-in that names units ("Offices include:", "The
    following divisions:") are units."""
    return introduces_units(lead_in)


# "The staff is comprised of the following:", "The agency is organized into four areas:",
# "There shall be four bureaus in the office of X:": a sentence saying what a body is made of,
# or counting its parts, before a colon. A count in figures has at most three: four are a
# year's ("In 2019 the divisions ...").
_NUMBER_WORDS = "|".join(word for word, number in NUMBER_WORDS.items() if number <= 15) + (
    r"|\d{1,3}"
)
# The verbs that say what a body is made of ("consists of", "comprises", "is made up of") and
# into what it is divided: shared by the lead-ins and subjects that read a body's parts.
MADE_OF_VERB = (
    r"consists?\s+of|comprises?(?:\s+of)?|(?:is|are|be)\s+(?:comprised|composed|made\s+up)\s+of"
)
# The same verbs as participles: "the Bureau, consisting of A, B, and C", "a staff comprising
# A and B".
COMPOSED_PARTICIPLE = r"consisting\s+of|comprising(?:\s+of)?|(?:made\s+up|composed|comprised)\s+of"
# One vocabulary of the verbs of division: the participles that say, after "is" or "are",
# into what a body is divided. The lead-ins, the sentences that count or enumerate a body's
# parts and the section's own parts read the first three ("is organized (divided,
# structured) into": DIVIDED_PARTICIPLES, DIVIDED_INTO_VERB), some "subdivided" too
# (SUBDIVIDED); a sentence whose subject names a unit reads them all (DIVISION_VERB,
# ``composition_subject``): "split", "separated", "broken (down)" and "grouped" besides,
# "also" and "further" before them and "into" or "to include" after.
DIVIDED_PARTICIPLES = r"organi[sz]ed|divided|structured"
SUBDIVIDED = r"sub-?divided"
SPLIT_PARTICIPLES = SUBDIVIDED + r"|split|separated|broken(?:\s+down)?|grouped"
DIVIDED_INTO_VERB = r"(?:is|are|be)\s+(?:" + DIVIDED_PARTICIPLES + r")\s+into"
# Any participle of division and what follows it: "(further) split into", "divided to include".
DIVISION_PARTICIPLE = (
    r"(?:also\s+)?(?:further\s+)?(?:"
    + DIVIDED_PARTICIPLES
    + r"|"
    + SPLIT_PARTICIPLES
    + r")\s+(?:into|to\s+include)"
)
DIVISION_VERB = r"(?:is|are|be)\s+" + DIVISION_PARTICIPLE
# A piece of each participle of division, one of which every verb of division holds.
DIVISION_PIECES = (
    "organized",
    "organised",
    "divided",
    "structured",
    "split",
    "separated",
    "broken",
    "grouped",
)
# How a body that has its parts counts or announces them: "has the following", "has
# several", "has three" (``held_parts_lead_in``, and the lead-ins the offices package reads).
HELD_COUNT = r"the\s+following|several|various|a\s+number\s+of|" + _NUMBER_WORDS
_COMPOSITION = lazy_pattern(
    r"\b(?:" + MADE_OF_VERB + r"|" + DIVIDED_INTO_VERB + r")\b"
    r"|\b(?:" + _NUMBER_WORDS + r")(?P<figures>\s*\(\d{1,2}\))?\s+(?:[a-z]+\s+)?"
    r"(?:" + "|".join(sorted(LISTING_NOUNS)) + r")\b",
    re.IGNORECASE,
)

register(
    "count_with_figures",
    "unit",
    """A count written in words and then in figures ("six (6) directorates", "seven (7)
    sections", the style of statutes and of many governments' pages) is a count as the word
    alone is: a lead-in that counts a body's parts so introduces them ("There are six (6)
    directorates at the Wick Depot, namely:", ``composition_lead_in``), and a sentence
    that counts them before a colon lists them ("The Lamp Store comprises four (4)
    sections: A, B, C and D", ``enumerated_units``).""",
)


register(
    "divided_as_follows",
    "unit",
    """A lead-in that says a body is divided, organized or structured and closes, instead of
    "into" and the parts, on "as follows", "accordingly" or "thus" before its colon ("Our
    board is divided accordingly:", "The office shall be organized as follows:", "The staff
    is structured functionally as follows:") introduces the body's parts as "is divided into
    the following:" does (``composition_lead_in``): the items after it are units though none
    of them carries a unit noun ("Wick care", "Oil and glass"). Only at the colon that closes
    the lead-in: "divided as follows" in the middle of a sentence says how a sum or a duty is
    shared; nor when the subject's head is a noun of duties, powers or cases, of money, of
    time or of a document ("Its duties are divided as follows:", "The budget is divided as
    follows:", "The licence fee is divided as follows:", "Caseload is divided alphabetically
    as follows:", "The financial year is divided as follows:", "The annual report is
    structured as follows:"): what is shared is no body. That head is read in the subject's
    own words, before a preposition and outside an opening phrase or a relative clause set
    off by commas: a name after "of" ("The Bureau of Lamp Revenue", "The Office of
    Wicks and Budget") and a clause about what the body does ("The Ministry, which
    awards grants, is structured as follows:") do not make the body a sum. The statute's and
    the report's tenses and Indian English are read too: "was (has been) reorganized as
    follows:", "is currently (hereby, further) organised as follows:", "is organised as
    under:", "is divided as given below:".""",
)
# What is shared when it is divided "as follows", no body (``divided_as_follows``): duties,
# powers and cases; money; time; a document's parts.
_SHARED_NOT_BODY = (
    DUTY_HEADS
    | {"duties", "tasks", "work", "workload", "time", "hours", "powers", "authority"}
    | {"caseload", "caseloads", "cases", "seats", "votes"}
    | {
        "budget",
        "budgets",
        "funds",
        "funding",
        "fee",
        "fees",
        "cost",
        "costs",
        "revenue",
        "revenues",
        "income",
        "expenditure",
        "expenditures",
        "money",
        "grant",
        "grants",
        "levy",
        "payment",
        "payments",
        "salary",
        "salaries",
        "allowance",
        "allowances",
        "proceeds",
    }
    | {"year", "years", "day", "week", "month", "period", "session", "term", "quarter"}
    | {"report", "document", "page", "website", "site", "guide", "handbook", "manual"}
    | {"plan", "strategy", "information", "content", "contents", "publication", "paper"}
)
# Words that end the head of the subject of "is divided as follows" (``divided_as_follows``):
# a preposition before its complement ("Powers under the Act", "The Bureau of Lamp Revenue").
_AFTER_HEAD = frozenset(
    {"of", "for", "to", "in", "on", "at", "by", "from", "with", "under", "within", "among"}
)
# A relative clause set off by commas ("The Ministry, which awards grants, ...").
_RELATIVE_CLAUSE = lazy_pattern(r"^(?:which|who|whose|that)\b", re.IGNORECASE)
# "is divided accordingly:", "shall be organized functionally as follows:", "was reorganized
# as follows:", "is currently organised as under:" (``divided_as_follows``).
_DIVIDED_AS_FOLLOWS = lazy_pattern(
    r"\b(?:is|are|be|been|was|were)\s+(?:(?:[a-z]+ly|now|also|further|hereby)\s+)?"
    r"(?:re-?)?(?:" + DIVIDED_PARTICIPLES + r")\s+(?:[a-z]+ly\s+)?"
    r"(?:as\s+follows|as\s+under|as\s+(?:given|set\s+out|shown|detailed)\s+below|as\s+below"
    r"|accordingly|thus)\s*:\s*$",
    re.IGNORECASE,
)


def _subject_head(subject: str) -> list[str]:
    """The lower-cased words of the head of ``subject`` (the words before "is divided as
    follows"): its last part set off by commas that is no relative clause, up to its first
    preposition."""
    parts = [part.strip() for part in subject.split(",") if part.strip()]
    kept = [part for part in parts if not _RELATIVE_CLAUSE.match(part)]
    if not kept:
        return []
    # An opening phrase before the subject ("For the purposes of X, the bureau") is passed
    # by the last part; a relative clause after it ("The Ministry, which ...,") by the first.
    head = kept[-1] if not _RELATIVE_CLAUSE.match(parts[-1]) else kept[0]
    words = []
    for word in re.findall(r"[a-z]+", head.lower()):
        if word in _AFTER_HEAD:
            break
        words.append(word)
    return words


@rule("unit", off=False)
def composition_lead_in(lead_in: str) -> bool:
    """A lead-in that says what a body is made of ("The staff is comprised of the
    following:", "The agency is organized into four functional areas:") or counts its parts
    ("There shall be four bureaus in the office of lamps:") introduces its units, though it
    names no plural unit noun at its end: the language of statutes and regulations."""
    if not lead_in.rstrip().endswith(":"):
        return False
    sentence = last_sentence(lead_in.rstrip())
    follows = _DIVIDED_AS_FOLLOWS.search(sentence) if enabled("divided_as_follows") else None
    if follows is not None:
        return not _SHARED_NOT_BODY.intersection(_subject_head(sentence[: follows.start()]))
    found = _COMPOSITION.search(sentence)
    if found is not None and what_the_parts_do(sentence[found.end() :]):
        return False
    return found is not None and (not found.group("figures") or enabled("count_with_figures"))


# After what a body is made of, a verb of service or charge and "the following" before the
# colon: "... four teams that provide the following services:", "... and is responsible for
# the following:".
_PARTS_DO = lazy_pattern(
    r"\b(?:provides?|providing|offers?|delivers?|administers?|performs?|handles?|carr(?:y|ies)"
    r"\s+out|(?:is|are)\s+responsible\s+for)\s+(?:[a-z]+\s+){0,3}?the\s+following\b[^:]*:\s*$",
    re.IGNORECASE,
)


@rule("filter", off=False)
def what_the_parts_do(rest: str) -> bool:
    """A lead-in that says what a body is made of and goes on to what it or its parts
    provide or are charged with before the colon ("The Wick Division is comprised of four
    teams that provide the following services to the town:", "The department comprises the
    Wick Store and is responsible for the following:") introduces those services or duties,
    not the body's parts: the list after it names no units. ``rest`` is the lead-in's
    sentence after its words of composition."""
    return _PARTS_DO.search(rest) is not None


# A verb of service or charge and what it takes before the colon that closes a lead-in:
# "The Lamp Office provides:", "The division is responsible for the following functions:",
# "The office performs the following duties, among others:", "It has the following
# functions:" ("has" only before a noun of duties).
_CHARGED_WITH = lazy_pattern(
    r"\b(?P<verb>(?i:provides?|offers?|delivers?|performs?|handles?|carr(?:y|ies)\s+out)"
    r"|(?:is|are)\s+(?:also\s+)?responsible\s+for|has|have)"
    r"(?P<rest>(?:\s+[a-z][a-z-]*,?){0,6})\s*:\s*$"
)
# What closes a lead-in that says who does a body's work, not what the work is: a preposition
# of agency, perhaps over "the following" or after "the help of" ("The Wick Division delivers
# its services through:", "The Oil Division handles this work with the help of:", "... is
# carried out by the following:"); "among others" after a list's noun is no agent.
_AGENT_CLOSING = lazy_pattern(
    r"\b(?:through|by|via|with|among|amongst)"
    r"(?:\s+(?:the\s+)?(?:help|aid|assistance|support|means|work|efforts)\s+of)?"
    r"(?:\s+the\s+following)?\s*:?\s*$",
    re.IGNORECASE,
)
# A verb in the passive and the agent it introduces: "are carried out by", "is shared among",
# "are performed through" (what a subject of duties says of who does them).
_PASSIVE_OF_AGENCY = lazy_pattern(
    r"\b(?:is|are|be|been|being)\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:[a-z]+ed(?:\s+out)?|done|undertaken|split|spread)\s+"
    r"(?:through|by|via|with|among|amongst|between)\b",
    re.IGNORECASE,
)
# A lead-in whose subject is a noun of duties, after at most four words (a possessive among
# them): "The Keeper's role includes:", "Functions of the Wick Office:", "Services provided by
# the Oil Division:". What follows "of" does not run on into a passive of agency
# ("Functions of the division are carried out by:").
_DUTIES_SUBJECT = lazy_pattern(
    r"^(?:[\w’'-]+\s+){0,4}?(?:"
    r"(?i:roles?|functions?|duties|responsibilit(?:y|ies))(?:\s+(?:includes?|are|is|of\b(?P<of>[^:]*)))?"
    r"|(?i:services\s+(?:provided|offered|delivered|performed))\b[^:]*"
    r")\s*:\s*$"
)


@rule("filter", off=False)
def duties_lead_in(lead_in: str) -> bool:
    """A lead-in that says what a body does, not what it is made of, introduces duties or
    services: its last sentence closes, before the colon, on a verb of service or charge
    and at most six lower-case words of what it takes ("The Lamp Office provides:", "The
    division is responsible for the following functions:", "The office has the following
    duties:", "The office provides wick care to the town:"), or its subject is a noun of
    duties ("The Keeper's role includes:", "Functions of the Wick Office:", "Services
    provided by the Oil Division:"). The items after it ("Wick Trimming", "Chair of the Lamp
    Committee") may be worded as units but name none: neither items worded as units
    (``unit_worded_items``) nor the unit such a lead-in names (``lead_in_names_parent``)
    make them units. A lead-in that names units after its verb ("is responsible for the
    following divisions:") is none. Nor is one that says who does the work: words after the
    verb that close on a preposition of agency (through, by, via, with, among), perhaps
    after "the help of" or before "the following" ("The Wick Division delivers its services
    through:", "The Oil Division handles this work with the help of:"), or a subject of
    duties that runs on into a passive of agency ("Functions of the division are carried
    out by:", "Responsibilities of the division are shared among:"): its items are the
    units that do it ("Trimming Section", "Oil Testing Unit"). "Among others" after the
    noun of duties ("performs the following duties, among others:") names no agent."""
    sentence = last_sentence(lead_in.strip())
    charged = _CHARGED_WITH.search(sentence)
    if charged is not None:
        words = [word.strip(",").lower() for word in charged.group("rest").split()]
        if any(
            word not in OFFERINGS and (plural_unit_noun(word) or word in UNIT_NOUNS)
            for word in words
        ):
            return False
        if charged.group("verb") in ("has", "have"):
            return any(word in DUTY_HEADS | {"duties"} for word in words)
        return _AGENT_CLOSING.search(charged.group("rest")) is None
    subject = _DUTIES_SUBJECT.search(sentence)
    if subject is None:
        return False
    return subject.group("of") is None or _PASSIVE_OF_AGENCY.search(subject.group("of")) is None


# A noun of direction, perhaps after a modifier: "under the general supervision of", "under
# the aegis of", "under the Lamp Bureau's direction".
DIRECTION_NOUN = (
    r"(?:(?:direct|general|overall|administrative)\s+)?"
    r"(?:direction|supervision|control|authority|oversight|management|leadership|command"
    r"|purview|auspices|aegis|umbrella|guidance)"
)
# What is said of a unit right before the name of a body that is no part of it: one it
# reports to, is directed by, works with or supports ("reports to", "under the direction of",
# "works closely with", "assists").
OTHERS_VERB = (
    r"\b(?:(?:reports?|reporting|answers?|answerable|accountable)\s+(?:directly\s+)?to"
    r"|under\s+the\s+" + DIRECTION_NOUN + r"\s+of"
    r"|(?:supervised|overseen|directed|managed|led|headed)\s+by"
    r"|(?:works?|working|partners?|cooperates?|collaborates?|liaises?|coordinates?)"
    r"\s+(?:closely\s+)?with"
    r"|in\s+(?:support|cooperation|partnership|collaboration|conjunction|coordination)"
    r"\s+(?:of|with)"
    r"|supports|assists|advises)"
)
# The same before a count of units: "reports to two offices:", "works closely with the
# following three departments:" count bodies the unit answers to or works with, and "is one
# of four divisions:" the unit's peers, not its parts (``enumerated_units``,
# ``counted_then_named``, ``counted_parts_lead_in``).
OTHERS_COUNTED = lazy_pattern(
    r"(?:" + OTHERS_VERB + r"|\b(?i:one)\s+of|\bamong)\s+(?:the\s+)?(?:following\s+)?\Z"
)


# "It has 3 Divisions namely;", "The bureau is organized into four sections, each led by a
# chief.": a count and up to two qualifying words before a plural noun (read by
# :func:`plural_unit_noun`).
COUNTED_PLURAL = lazy_pattern(
    r"(?<![\w.])(?:" + _NUMBER_WORDS + r")(?:\s*\(\d{1,2}\))?\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z]+s)\b",
    re.IGNORECASE,
)


# "runs the following programs", "offers these services", "four programmes": what a body
# offers, announced or counted after a count of its parts (``counted_parts_lead_in``).
_ANNOUNCED_OFFERINGS = lazy_pattern(
    r"\b(?:following|these|those|the|" + _NUMBER_WORDS + r")\s+(?:[a-z-]+\s+)?"
    r"(?:programs|programmes|services)\b",
    re.IGNORECASE,
)


# "The three divisions ...", "Each of the four sections ...": a count that opens a sentence
# after "the" is its subject, parts the page has named (``counted_parts_lead_in``).
_DEFINITE_SUBJECT = lazy_pattern(r"\W*(?:(?:each|all|both|any)\s+(?:of\s+)?)?the\s+", re.I)


def _names_parts(sentence: str, found: re.Match[str]) -> bool:
    """Whether a count or "the following" and its plural noun (``found``) in a lead-in's
    last sentence name the body's own parts: a plural unit noun, not the bodies the unit
    reports to or is one of, not parts the sentence is about ("The three divisions ..."),
    and no programs or services announced after them (``counted_parts_lead_in``,
    ``lead_in_counts_units``)."""
    return (
        plural_unit_noun(found.group("noun"))
        and not OTHERS_COUNTED.search(sentence[: found.start()])
        and not _ANNOUNCED_OFFERINGS.search(sentence, found.end())
        and not _DEFINITE_SUBJECT.fullmatch(sentence, 0, found.start())
    )


@rule("unit", off=False)
def counted_parts_lead_in(lead_in: str) -> bool:
    """A paragraph before a list whose last sentence counts a body's parts by a plural unit
    noun introduces the list's items as those parts, though it ends in a full stop or a
    semicolon rather than a colon ("The Lamp Office has three divisions.", "It has 3
    Divisions namely;", "The bureau is comprised of five sections, each led by a chief.",
    "The guild works through six departments;"): pages set the lead-in as a sentence of its
    own above the list as often as before a colon (``listed_after_lead_in``). A count of
    what is no unit ("The team is composed of 5 staff.", "We run four programs.") introduces
    nothing, and so does a count of the bodies the unit is one of, reports to or works with
    ("The Wick Bureau is one of three divisions of the Lamp Office.", "It reports to two
    offices."): they are its peers or its bosses, not its parts. A sentence that goes on to
    announce what the body offers ("Through its two divisions, the Office runs the following
    programs.", "The Office has two divisions and runs four programs.") introduces those,
    and a sentence whose subject is the counted parts ("The three divisions share these
    goals.", "Each of the three divisions is led by a chief.") says something of parts the
    page names elsewhere. A count has one to three figures: a year before a plural ("In
    2019 the divisions moved.") is a date, no count."""
    text = lead_in.rstrip()
    if text.endswith(":") or text.endswith("?"):
        return False
    last = last_sentence(text)
    return any(_names_parts(last, found) for found in COUNTED_PLURAL.finditer(last))


# "The following organizations assist the Director.", "the following departments report
# directly to the Warden: ...", "The Following Offices": a sentence that opens by announcing
# what follows, with up to three words that qualify its plural noun ("The following advisory
# bodies", "The following Boards and Councils"). Read by ``following_lead_in`` and
# ``inline_colon_list``, with :func:`plural_unit_noun`.
FOLLOWING = lazy_pattern(
    r"\b(?i:the\s+following)\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?P<noun>[A-Za-z]+s)\b"
)
_BODY_PLURALS = frozenset({"bodies", "entities", "organisations"})
# What a body offers rather than its parts: "The following services are offered to ...".
OFFERINGS = frozenset({"programs", "programmes", "services"})
# Their singulars: "each service, including ...", "every program" (``semicolon_named_series``).
OFFERING_NOUNS = frozenset(singular_noun(word) for word in OFFERINGS)


def plural_unit_noun(word: str) -> bool:
    """A plural noun that names units ("divisions", "offices", "advisory bodies"), not what
    a body offers ("programs", "services")."""
    word = word.lower()
    if word in OFFERINGS:
        return False
    return word in LISTING_NOUNS or word in _BODY_PLURALS or word[:-1] in UNIT_NOUNS


# "... and these important tasks", "..., the following staff": "the following", "these" or
# "those" and at most one modifier closing a lead-in name what it announces after a count of
# units (``lead_in_counts_units``).
_ANNOUNCED_AFTER = lazy_pattern(
    r"\b(?:the\s+following|these|those)\s+(?:[^\W\d_][\w-]*\s+)?(?P<what>[^\W\d_]+)\W*\Z",
    re.I,
)
# Nouns of people that name no unit and take no plural ending: "and the following staff:".
_PEOPLE_UNCOUNTED = frozenset({"staff", "personnel"})


def _announces_no_units(rest: str) -> bool:
    """Whether what a lead-in says after its count of units closes by announcing, with "the
    following", "these" or "those", something named by its last word that is no unit: a
    plural that is no unit noun ("..., which carry out these important tasks") or staff
    ("... and the following staff"). Words going on past it ("and these are as follows",
    "; these report to the director", "each of these led by a chief"), or none ("which are
    the following"), refer back to the units counted."""
    announced = _ANNOUNCED_AFTER.search(rest)
    if announced is None:
        return False
    what = announced.group("what").lower()
    if plural_unit_noun(what):
        return False
    return what in _PEOPLE_UNCOUNTED or what.endswith("s")


@rule("filter", off=False)
def lead_in_counts_units(lead_in: str) -> bool:
    """An item in sentence case ("Fleet management", "Internal audit") of a list whose
    lead-in names its items by a plural unit noun, counting or announcing them, is a unit,
    whichever finder took the list (those of ``announced_units_in_sentence_case`` keep such
    items already) and whether the lead-in ends in a colon or a full stop
    ("The directorate consists of the following four divisions:" over "Wick supply",
    "Glass Works"; "We are made up of nine divisions that work together." over "Oil
    stores", "General Counsel"): ``sentence_case_item`` does not drop it, as it does not
    after the lead-ins of ``announced_units_in_sentence_case``. What the lead-in counts or
    announces last is what the list holds: a lead-in that goes on from its units to their
    functions or programs ("The office is comprised of 5 units and is responsible for the
    following:", "The office runs five regional programs:") or to anything else it
    announces with no plural unit noun ("The division has four sections and the following
    staff:", "... five units, which carry out these tasks:") announces no units, nor does
    one that counts the bodies the unit reports to or works with ("It reports to two
    offices:") or whose subject is the counted parts ("The three divisions
    share these goals:"). Only a short name of whole words in sentence case
    (``sentence_case_part_kept`` reads the same), not a stub an abbreviation cut ("U.S" of
    "U.S. Bureau of Wicks")."""
    last = last_sentence(lead_in.rstrip().rstrip(":;. "))
    found = [m for pattern in (COUNTED_PLURAL, FOLLOWING) for m in pattern.finditer(last)]
    if not found:
        return False
    final = max(found, key=lambda match: match.start("noun"))
    rest = last[final.end() :]
    return (
        _names_parts(last, final)
        and not what_the_parts_do(rest + ":")
        and not _announces_no_units(rest)
    )


# "They include:", "These are:", "Those also include the following:": a lead-in sentence of
# a pronoun that refers back and a verb of listing in the plural, nothing more
# (``referring_lead_in``).
_REFERRING_LEAD = lazy_pattern(
    r"(?:They|These|Those)\s+(?:also\s+)?(?:"
    + "|".join(sorted(verb for verb in LIST_VERBS if not verb.endswith(("s", "ing"))))
    + r")(?:\s+the\s+following|\s+as\s+follows)?\s*:"
)
# The sentence it refers back to, in the body's own voice: "Our" and up to three words
# before a plural ("Our Lamp Services help ...", "Our Wick Guilds are ..."), or "We (also)
# have" and a plural ("We also have committees that ...").
_OWN_PLURAL = lazy_pattern(
    r"(?:Our|We\s+(?:also\s+)?have)\s+(?P<words>(?:[\w’'-]+\s+){0,3}?)"
    r"(?P<noun>[^\W\d_]+s)\b"
)
# Those a body's pages speak of as theirs who are no part of it: its members, partners,
# customers, staff and the like.
_OUTSIDE_PLURALS = (
    BUSINESS_NOUNS
    | _PEOPLE_UNCOUNTED
    | frozenset({"partners", "customers", "clients", "stakeholders", "residents", "users"})
)
# What opens the object of a verb in "-s" ("covers three areas", "trims the wicks", "focuses
# on lamps"): a word in "-s" right before one is the sentence's verb, not its plural noun.
_OBJECT_AFTER = lazy_pattern(
    r"\s+(?i:the|a|an|all|many|several|some|its|our|their|your|on|upon|\d+|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\b"
)


def _own_groups(found: re.Match[str], sentence: str) -> bool:
    """Whether the plural ``_OWN_PLURAL`` found names the body's own groups
    (``referring_lead_in``): a plural unit noun ("committees"), or a plural a capitalized
    word qualifies ("Our Lamp Services", "Our Wick Guilds"); not the body's posts ("Our
    Commissioners", "Our Lamp Directors"), people or members ("Our partners", "We have
    volunteers", "Our lamp experts"), programs ("Our Lamp Initiatives"), what it offers
    alone ("Our Services") nor a verb in "-s" before its object ("Our work covers three
    areas", "Our Lamp Care focuses on lamps")."""
    noun = found.group("noun").lower()
    singular = in_singular(noun)
    if noun in _OUTSIDE_PLURALS or noun in PROGRAM_NOUNS or singular in PROGRAM_NOUNS:
        return False
    if noun in POSITION_WORDS or singular in POSITION_WORDS:
        return False
    if _OBJECT_AFTER.match(sentence, found.end()):
        return False
    return plural_unit_noun(noun) or any(w[:1].isupper() for w in found.group("words").split())


@rule("unit", off=False)
def referring_lead_in(lead_in: str) -> bool:
    """A lead-in whose last sentence only refers back and lists ("They include:", "These
    are:", "Those also include the following:") introduces the plural named by the sentence
    before it in the same paragraph, where that sentence speaks of the body's own groups in
    its own voice ("Our Lamp Services keep the hall lit. They include:", "Our Wick Guilds
    are great partners. These include:", "We also have committees that trim wicks. These
    include:"): its items are those groups, units though the plural is no unit noun the
    other lead-ins know. The plural names groups when it is a unit noun or a capitalized
    word qualifies it ("Our Support Lamps", "Our Lamp Services"); a plural alone in the
    body's voice ("Our services help you.", "We have volunteers who trim wicks.", "Our
    lamp experts advise.", "Our Services help you.") may be anything it has. Nor do its
    posts ("Our Commissioners serve the town.", "Our Lamp Directors lead the work."), its
    programs ("Our Lamp Initiatives"), its members, partners, customers or staff ("Our
    partners help us. They include:"), who are no part of it, nor a verb in "-s" before its
    object read as the plural ("Our work covers three areas.", "Our Lamp Care focuses on
    lamps."). The items must be proper names (``capitalized_item_name``), and not all
    people's names."""
    text = lead_in.rstrip()
    last = last_sentence(text)
    if _REFERRING_LEAD.fullmatch(last) is None:
        return False
    before = last_sentence(text[: len(text) - len(last)].rstrip())
    found = _OWN_PLURAL.match(before)
    return found is not None and _own_groups(found, before)


@rule("unit", off=False)
def following_lead_in(lead_in: str) -> bool:
    """A lead-in sentence that opens "The following" and a plural unit noun ("The
    following organizations assist the Warden.", "The following Boards and Councils are
    transferred to the Office.", "The following advisory bodies are hereby established:")
    announces the list after it, whether it ends in a colon or a period: its items are
    those units. What a body offers ("The following services are offered ...", "The
    following programs ...") is no units."""
    if "ollowing" not in lead_in and "OLLOWING" not in lead_in:
        return False
    match = FOLLOWING.search(last_sentence(lead_in.rstrip()))
    return match is not None and plural_unit_noun(match.group("noun"))


# "the following functional areas:", "6 primary organizational functions ... as follows:",
# "seven work areas": a word of structure before "areas" or "functions" makes them the
# body's parts (read by ``functional_area_lead_in``).
_FUNCTIONAL_AREAS = lazy_pattern(
    r"\b(?:functional|organi[sz]ational|work|business|operational)\s+(?:areas|functions)\b",
    re.IGNORECASE,
)


@rule("unit", off=False)
def functional_area_lead_in(lead_in: str) -> bool:
    """A lead-in that ends in a colon and announces "functional areas", "organizational
    functions" or "work areas" ("The Wick Office provides for the following functional
    areas:", "There are established 4 primary organizational functions in the Office as
    follows:") introduces the body's parts, as "divisions" would: the word before "areas"
    or "functions" speaks of the body's structure, not of its subject matter ("the following
    areas:", "the following functions:" stay lists of duties). Its items are units where
    named as proper names."""
    text = lead_in.rstrip()
    return text.endswith(":") and _FUNCTIONAL_AREAS.search(last_sentence(text)) is not None


# "The division has three programme areas namely:", "the department houses various sectors
# including ;", "It has several sections which include:": a body that has or houses a count of
# parts (or "several", "various", "the following") by a plural noun of parts, then the colon
# or semicolon (read by ``held_parts_lead_in``).
_HELD_PARTS = lazy_pattern(
    r"\b(?:has|have|houses|hosts|contains)\s+(?:" + HELD_COUNT + r")(?:\s*\(\d{1,2}\))?"
    r"\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z]+s)(?:\s*/\s*[A-Za-z]+s)?,?"
    r"(?:\s+(?:namely|including|which\s+(?:include|are)|as\s+follows|viz\.?))?\s*[:;]\Z",
    re.IGNORECASE,
)
# Plural nouns for a body's parts that name no unit by themselves ("areas", "sectors",
# "sections"): a body that has them says it is made of them.
_PART_PLURALS = frozenset({"areas", "sectors", "sections"})


@rule("unit", off=False)
def held_parts_lead_in(lead_in: str) -> bool:
    """A lead-in whose last sentence says a body has or houses its parts, counted or
    announced, before a colon or a semicolon ("The Wick Division has three programme areas
    namely:", "the lamp department houses various sectors including ;", "The Office has
    several sections which include:") introduces those parts: the verb of having makes the
    areas, sectors or sections the body's own, where "manages the following program
    areas:" or "provides services in the following areas:" speak of its work. A plural
    unit noun ("has three divisions:") is the other lead-ins' (``counted_parts_lead_in``)."""
    text = lead_in.rstrip()
    if not text.endswith((":", ";")):
        return False
    found = _HELD_PARTS.search(last_sentence(text))
    if found is None:
        return False
    return found.group("noun").lower() in _PART_PLURALS


# A name written in lower case, or in sentence case as an item opens: letters, spaces, "&",
# "-" and apostrophes only ("wick department", "Lamps and posts division", "gas").
_LOWER_CASE_NAME = lazy_pattern(r"[A-Za-z][a-z&'’ -]*")


@rule("unit", off=False)
def following_lower_case(name: str, text: str = "", start: int = -1) -> bool:
    """A list that "the following" and a plural unit noun announce names units even when
    its names are written in lower case, as statutes and codes often write them: "there are
    hereby established the following departments: department of lamps, wick department, oil
    and glass, and department of matches", or "The following divisions are created within
    the department:" over the items "a. Wick care division which is responsible for ...",
    "b. Office of the warden which ...". The announcement says what the items are, so the
    case of their words need not: each short item in lower case or sentence case (up to six
    words of letters, read up to its clause in a list) is a unit. In a legal outline the
    announcement may be an item of its own over the lettered items (``outline_lead_in``). A
    name with figures, brackets or a full stop in it is no such name, nor one that opens
    with an article or a determiner ("the regional offices in each county", "such other
    divisions", "each district office"): those describe units, they name none; in a list
    written inline, "the" before one unit's name in the singular ("the department of
    lamps, the department of wicks") is no part of the name. ``text`` and ``start`` (where
    the name is in it) let a name cut by a fixed-width line break be read whole
    (``wrapped_list_item_name``)."""
    words = name.split()
    unwrapped = _unwrapped(name, text, start)
    if "," in unwrapped and headed_name_with_areas(unwrapped):
        # "division of wicks, soot and flame": one name (``areas_inside_headed_series``)
        unwrapped = unwrapped.replace(",", "")
    return (
        0 < len(words) <= MAX_LOWER_CASE_WORDS
        and words[0].lower() not in DESCRIBING_OPENERS
        and _LOWER_CASE_NAME.fullmatch(unwrapped) is not None
    )


# A line break and the indent of the next line inside a name of a list written inline.
_LINE_WRAP = lazy_pattern(r"[ \t]*\n[ \t]*")


def _unwrapped(name: str, text: str, start: int) -> str:
    """A lower-case name of a list written inline, its words joined across one line break of
    text cut into lines of a fixed width ("the division of wick and" / "oil supply":
    ``wrapped_list_item_name``): the line the break ends is long (``MIN_WRAPPED_LINE``) and
    full (``fills_its_line``), not a short line of a list one item a line ("the following
    divisions:" / "wick supply" / "oil supply")."""
    if "\n" not in name or name.count("\n") > 1 or not enabled("wrapped_list_item_name"):
        return name
    if start < 0 or text[start : start + len(name)] != name:
        return name  # where the name is is not known: nothing shows its line is full
    line_end = start + name.index("\n")
    line_start = text.rfind("\n", 0, line_end) + 1
    if len(text[line_start:line_end].rstrip()) < MIN_WRAPPED_LINE or not fills_its_line(
        text, line_end
    ):
        return name
    return _LINE_WRAP.sub(" ", name)


# The words that open a description of units rather than a name: an article, a determiner
# or a count ("the regional offices", "such other divisions", "two district offices").
DESCRIBING_OPENERS = frozenset(
    {
        "the",
        "a",
        "an",
        "each",
        "every",
        "all",
        "any",
        "such",
        "other",
        "its",
        "their",
        "these",
        "those",
        "some",
        "several",
        "various",
        "one",
        "two",
        "three",
        "four",
        "five",
    }
)
