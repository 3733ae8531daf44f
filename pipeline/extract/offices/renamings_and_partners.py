"""Names in prose that change or are not the page's units: a unit renamed ("renamed the
Office of Wicks"), partners and recipients named in passing, bodies a unit is the liaison
to, bodies it deals with (submits to, argues before, serves as staff to, acts for, is funded
by), bosses joined to a unit, a department listed in a sentence."""

from __future__ import annotations

import re

from pipeline.extract.names import name_tokens, worded_as_a_unit
from pipeline.extract.offices.common import (
    ANY_UNIT_NOUNS,
    NOT_A_NAME_OPENING,
    is_prose_unit,
    starts_list_item,
)
from pipeline.rules import enabled, register, rule
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.vocabulary import (
    AUXILIARIES,
    CAPITAL,
    CONNECTORS,
    MORE_PREPOSITIONS,
    OPENING_PREPOSITIONS,
    POSITION_WORDS,
    PRESENT_VERB,
)

# "The Lamp Office is renamed as the Wick Office", "... (LO) has been re-designated the ...",
# "... is hereby renamed ...", "... has since been renamed ...": what stands between a unit's
# old name and its new one, an acronym in parentheses after the old name (any capital, digits
# too), the passive of a verb of renaming and an adverb before or after its "been".
_RENAMING_ADVERB = r"(?:\s+(?:hereby|now|since|also|[a-z]+ly))?"
_RENAMED_BETWEEN = lazy_pattern(
    r"(?:\s*\(" + CAPITAL + r"[\w&]{1,9}\))?\s*,?\s+"
    r"(?:(?:is|are|was|were)"
    + _RENAMING_ADVERB
    + r"|(?:has|have|had)"
    + _RENAMING_ADVERB
    + r"\s+been"
    + _RENAMING_ADVERB
    + r"|(?:will|shall)"
    + _RENAMING_ADVERB
    + r"\s+be"
    + _RENAMING_ADVERB
    + r")\s+"
    r"(?:re-?named|re-?designated|re-?titled)\s+(?:as\s+|to\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# "retitles the Lamp Office to the Wick Office", "Renames: the ... as the ...": the verb before
# the old name, and what stands between the old name and the new one.
_RENAMING_VERB_BEFORE = lazy_pattern(
    r"\b(?:re-?titles|re-?names|re-?designates)\s*:?\s+(?:the\s+)?\Z", re.IGNORECASE
)
_RENAMED_TO = lazy_pattern(r"\s+(?:to|as)\s+(?:the\s+)?")
# "Trim Office at the Wick Division": a word other than "of" or "for" and "the" inside a name
# read as one, before the name of the place the unit is in.
_PLACE_IN_NAME = lazy_pattern(r"\s(?!(?:of|for)\s)[a-z]+\s+the\s+(?=" + CAPITAL + ")")
# What stands before a renamed unit's old name in its sentence when that name is the
# sentence's subject: "The", after an opening phrase and its comma ("In the spring, the").
_SUBJECT_BEFORE = lazy_pattern(r"(?:[^.;:]*,\s+)?(?:the\s+)?", re.IGNORECASE)


@rule("name", off=lambda text, phrases, start, end: phrases)
def renamed_unit(text: str, phrases: list[Phrase], start: int, end: int) -> list[Phrase]:
    """A sentence that renames a unit ("The Lamp Office is renamed as the Wick Office", "The
    Oil Division has been re-designated the Glass Division", "The Lamp Office is hereby
    renamed ...", "This order retitles the Lamp Office to the Wick Office") names one unit
    twice: it is published once, under the name it is given, and the name it had is no unit
    of its own (a page that renames a unit describes it under its new name). The old name
    must be worded as a unit's (a unit noun last, or before "of" or "for": "The Chief Wick
    Warden has been renamed as ..." renames no unit), and the new one must read as a unit in
    prose by its own words: "renamed the Lamp Act" gives a law a name, and "... renamed the
    Flame Care Section" leaves the section its old name, as ``prose_section_name`` reads it.
    An acronym in parentheses after the old name is no new one ("The Lamp Office (LO) has
    been renamed ..."). The old name is the sentence's subject (only "The" before it, or an
    opening phrase and its comma) or the object of the verb of renaming: a name after
    another one ("The Wick Office of the Oil Trimming Division (OTD) has been renamed ...",
    "The Trim Office under the Wick Division ...", or read as one name with it, "The Trim
    Office at the Wick Division ...") is the body the renamed unit belongs to, no old name,
    and the second of a plural subject ("The Office of Wicks and the Office of
    Oil are renamed as ...") is left alone, both old names kept. An old name whose words run
    on into the new one after the verb ("retitles the Lamp Office to the Wick Office" read
    as one name) is cut at its "to" or "as": the old name is kept when the new one reads as
    no unit ("retitles the Office of Wicks to the Lamp Act Board")."""
    out: list[Phrase] = []
    for position, phrase in enumerate(phrases):
        verb_before = _RENAMING_VERB_BEFORE.search(text, start, phrase.start) is not None
        named = _new_name_within(text, phrase, end) if verb_before else phrase
        following = next((p for p in phrases[position + 1 :] if not _in_parentheses(text, p)), None)
        if (
            following is not None
            and worded_as_a_unit(named.text)
            and (verb_before or _SUBJECT_BEFORE.fullmatch(text, start, named.start) is not None)
        ):
            between = (_RENAMED_TO if verb_before else _RENAMED_BETWEEN).fullmatch(
                text, named.end, following.start
            )
            if between is not None and is_prose_unit(text, following, end, defined=False):
                place = _PLACE_IN_NAME.search(named.text)
                tail = named.text[place.end() :] if place else ""
                if worded_as_a_unit(tail):  # "Trim Office at the Wick Division": the place stays
                    out.append(Phrase(tail, named.end - len(tail), named.end))
                continue  # the old name: the unit is the one named next
        out.append(named)
    return out


def _in_parentheses(text: str, phrase: Phrase) -> bool:
    """Whether a phrase stands alone in parentheses ("(OW)"): an acronym, no name of its own."""
    return text[phrase.start - 1 : phrase.start] == "(" and text[phrase.end : phrase.end + 1] == ")"


def _new_name_within(text: str, phrase: Phrase, end: int) -> Phrase:
    """The new name of a phrase that runs from a unit's old name into its new one over "to"
    or "as" ("Lamp Office to the Wick Office"); the old name when the new one reads as no
    unit ("Office of Wicks to the Lamp Act Board"); else the phrase itself."""
    for joint in _RENAMED_TO.finditer(phrase.text):
        new = Phrase(phrase.text[joint.end() :], phrase.start + joint.end(), phrase.end)
        if not new.text[:1].isupper():
            continue
        if is_prose_unit(text, new, end, defined=False):
            return new
        old = Phrase(phrase.text[: joint.start()], phrase.start, phrase.start + joint.start())
        if worded_as_a_unit(old.text):
            return old
    return phrase


# "with the" before a partner's name (``partner_named``); "along with" and "together with"
# join a name to the subject instead.
_WITH_PARTNER = r"(?<!\balong\s)(?<!\btogether\s)\bwith\s+(?:the\s+)?"
# "works with the A Office", "in coordination with the B Board, the C Office, and ...",
# "communicates with other agencies and the D Office": the name is the object of "with", alone
# or in a series right after it.
_PARTNER_BEFORE = lazy_pattern(
    _WITH_PARTNER + r"(?P<series>(?:[A-Z]|other\s)[^.;:()]{0,80}?"
    r"(?:,\s+(?P<joined>(?:and|or)\s+)?|(?<=s)\s+(?P<plural>and)\s+)(?:the\s+)?)?$"
)
# "provides administrative support to the A Office", "provides legal services to all the
# divisions of the B Department", "gives advice to the C Board and the D Council": the name is
# the recipient of what the sentence's subject provides, alone or in a series.
_RECIPIENT_BEFORE = lazy_pattern(
    r"\b(?:provides?|providing|gives?|giving|renders?|rendering)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:support|services|assistance|advice)\s+to\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[a-z]+\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][^.;:()]{0,80}?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)?$"
)
# "provides advice and guidance to the A Board", "provides services and information to the B
# Office": what is provided is a pair of things served, the last of them no word
# _RECIPIENT_BEFORE reads (its "advice and support" ends in one already).
_SERVED_THINGS = r"(?:support|services|assistance|advice|guidance|information|counsel)"
_PAIRED_RECIPIENT_BEFORE = lazy_pattern(
    r"\b(?:provides?|providing|gives?|giving|renders?|rendering)\s+(?:[a-z-]+\s+){0,2}?"
    + _SERVED_THINGS
    + r"\s+(?:and|or)\s+(?:[a-z-]+\s+)?"
    + _SERVED_THINGS
    + r"\s+to\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[a-z]+\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][^.;:()]{0,80}?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)?$"
)
register(
    "paired_service_recipient",
    "filter",
    """A name in prose that receives a pair of things the sentence's subject provides, its
    advice and guidance, services and information, support and counsel ("provides advice and
    guidance to the Lamp Board", "provides services and information to the Wick Office, the
    oil trade and the public"), names a body the unit serves, as ``partner_named`` reads one
    after "provides support to": no unit found in prose. Each of the pair is a thing served
    (support, services, assistance, advice, guidance, information or counsel), the first
    after at most two words ("provides expert legal advice and counsel to"), the second
    after at most one ("advice and technical guidance to"). A branch of ``partner_named``:
    it reads nothing while that rule is off.""",
)

# A piece of each verb of _RECIPIENT_BEFORE, one of which every match holds.
_PROVIDING_PIECES = ("provid", "giv", "render")


def _may_provide(text: str) -> bool:
    return any(map(text.__contains__, _PROVIDING_PIECES))


# The bodies of a series before a name, after the word that opens it: names, each perhaps with
# its acronym in brackets, then a comma, "and" or "or" ("to the Lamp Board (LB), the Wick
# Council and the ..."); no end of a sentence or a clause, no other brackets.
_SERIES_TEXT = lazy_pattern(r"(?:[^.;:!?()\n]|\([^()\n]{1,15}\))*")
_SERIES_SEPARATOR = lazy_pattern(r"(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")
# What follows a name inside a series: its acronym in brackets, then a comma or "and".
_SERIES_ITEM_GOES_ON = lazy_pattern(r"(?:\s*\([^()\n]{1,15}\))?(?:,|\s+(?:and|or)\s)")
# The "and" or "or" that closes a series, just before its last name.
_SERIES_CLOSED = lazy_pattern(r"(?:and|or)\s+(?:the\s+)?$")
# After a name of a series, the "and" or "or" before the series' last name, and that name:
# capitalized words with at most two small words between each ("Office of the Oil Ombudsman").
_SERIES_CLOSING = lazy_pattern(r"\s(?:and|or)\s+(?:the\s+)?(?=[A-Z])")
_CLOSING_NAME = lazy_pattern(
    r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|on|in|&)\s+){0,2}[A-Z][\w'’&-]*)*"
)
# A word in lower case after a name's acronym in brackets ("... and the Oil Pricing Directorate
# (OPD) report to ..."), perhaps after "also" or an adverb in -ly: a verb in the plural unless
# it is a small word, a preposition, a relative or a quantifier, a gerund or a participle.
_WORD_AFTER_ACRONYM = lazy_pattern(
    r"\s*\([^()\n]{1,15}\)\s+(?:also\s+|[a-z]+ly\s+)?(?P<word>[a-z]+)\b(?!['’-])"
)
_NO_VERBS = (
    CONNECTORS
    | OPENING_PREPOSITIONS
    | MORE_PREPOSITIONS
    | {"or", "nor", "but", "so", "which", "that", "who", "whom", "whose", "where", "when"}
    | {"regarding", "concerning", "including", "among", "amongst", "upon", "along", "beside"}
    | {"besides", "toward", "each", "every", "all", "both", "respectively", "together", "etc"}
    | {"alike", "as", "at", "than", "plus", "whereas", "if", "once", "until", "unless"}
    | {"twice", "again", "too", "also", "then", "now", "not", "only", "such", "like", "yet"}
)


def _verb_follows(text: str, end: int) -> bool:
    """Whether a verb follows the name that ends at ``end``: an auxiliary or a present in -s
    (``_VERB_AFTER``), or, after the name's acronym in brackets, a word that reads as a verb
    in the plural ("..., the Oil Stores Directorate (OSTD) and the Oil Pricing Directorate
    (OPD) report to ...": a series that is a clause's subject). A bracket ends a name plainly, so
    the word after it is read there alone."""
    if _VERB_AFTER.match(text, end) is not None:
        return True
    after = _WORD_AFTER_ACRONYM.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    return word not in _NO_VERBS and not word.endswith(("ing", "ed", "ly"))


def _series_ends_in_verb(text: str, end: int) -> bool:
    """Whether the series a name ending at ``end`` stands in, its "and" or "or" still to come,
    ends in a verb: its last name, after that "and" or "or", has a verb after it (the names
    are a clause's subject: "In line with the Oil Act (OA), the Oil Wells Directorate (OWD),
    the Oil Stores Directorate (OSTD) and the Oil Pricing Directorate (OPD) are ...")."""
    rest = text[end : end + 240]
    stop = re.search(r"[.;:!?\n]", rest)
    rest = rest[: stop.start()] if stop is not None else rest
    closing = _SERIES_CLOSING.search(rest)
    if closing is None:
        return False
    last = _CLOSING_NAME.match(rest, closing.end())
    return last is not None and _verb_follows(rest, last.end())


def _series_before(lead: re.Pattern[str], text: str, phrase: Phrase, before: str) -> str | None:
    """The bodies named between the last place ``lead`` ends in ``before`` (the sentence's text
    before ``phrase``) and the name, when the name belongs to their series: "" when the name
    stands right after the lead; else the series, which opens on a capital, ends in a comma,
    "and" or "or" and holds no end of a sentence nor brackets but an acronym's. A name after
    a bare comma belongs to it only when the series goes on after it ("with the A (AB), the B
    Office, and ...", not "In partnership with the A, the Wick Division trains ..."), and one
    after "and" or "or" only when no verb follows it ("..., and the Soot Division keeps ...":
    a new clause). A series whose last name has a verb after it, one in the plural after its
    acronym among them ("... and the Oil Pricing Directorate (OPD) report to ..."), is a clause's
    subject, no series of the lead's: a phrase before it ("In line with the Oil Act (OA), ")
    names the lead's one body alone. None when no lead ends there or the name is not in its
    series."""
    last = max(lead.finditer(before), key=lambda match: match.end(), default=None)
    if last is None:
        return None
    series = before[last.end() :]
    if not series:
        return series
    if (
        len(series) > 200
        or not series[0].isupper()
        or _SERIES_TEXT.fullmatch(series) is None
        or _SERIES_SEPARATOR.search(series) is None
    ):
        return None
    if _SERIES_CLOSED.search(series):
        return None if _verb_follows(text, phrase.end) else series
    if _SERIES_ITEM_GOES_ON.match(text, phrase.end) is None:
        return None
    return None if _series_ends_in_verb(text, phrase.end) else series


# "with the Lamp Makers Institute (LAMI), the Oil Supply Office (OSO) and the": "with", before a
# series whose names carry their acronyms in brackets (read by ``partner_named``).
_PARTNERS_WITH_ACRONYMS = lazy_pattern(_WITH_PARTNER)


# What follows an item of a series that is not its last: its comma, or the "and" before
# the last.
_SERIES_GOES_ON = lazy_pattern(r",|\s+(?:and|or)\s")


@rule("filter", off=False)
def partner_named(text: str, phrase: Phrase, start: int) -> bool:
    """A name in prose that is the object of "with" ("works closely with the Wick Office",
    "in coordination with the Lamp Board, the Glass Office, and the Council") names a body
    the sentence's subject deals with, often another agency's, not a unit the sentence says
    is the page's: it is no unit found in prose (a heading or a list may still name it). A
    name after a comma is in the series only when the series goes on after it or it follows
    the series' "and": "In partnership with the Oil Board, the Wick Division trains ..."
    names the sentence's subject after its opening phrase. A series may open with other
    bodies named in a plural ("communicates with other lamp agencies and the Office of the
    Wick Minister"). So is a name that receives what the sentence's subject provides, its
    support, services, assistance or advice ("provides administrative support to the Lamp
    Guard and the Office of Oil Reserves", "provides legal services to all the divisions of
    the Wick Department"): a body the unit serves, most often outside it. A series after
    "with" whose names carry their acronyms in brackets ("at meetings with the Lamp Makers
    Institute (LAMI), the Oil Supply Office (OSO) and the Glass Testing Office (GTO)") runs
    over the brackets and past the length a plain one may have; its last name, after "and"
    or "or", is a partner only when no verb follows it (the subject of a new clause)."""
    before = text[max(start, phrase.start - 120) : phrase.start]
    # Both patterns end at the name and try every position before it; every match holds a
    # piece of a verb of providing, or "with".
    if _may_provide(before) and (
        _RECIPIENT_BEFORE.search(before)
        or (enabled("paired_service_recipient") and _PAIRED_RECIPIENT_BEFORE.search(before))
    ):
        return True
    wide = text[max(start, phrase.start - 240) : phrase.start]
    if "with" not in wide:
        return False
    found = _PARTNER_BEFORE.search(before) if "with" in before else None
    if found is not None and (
        found.group("series") is None
        or found.group("joined")
        or found.group("plural")
        or _SERIES_GOES_ON.match(text, phrase.end) is not None
    ):
        return True
    series = _series_before(_PARTNERS_WITH_ACRONYMS, text, phrase, wide)
    return series is not None and "(" in series


# "serves as liaison to the A Office", "maintains liaison and cooperation with the B Board",
# "performs liaison functions between the Division and the C Office", "acts as liaison on
# budget matters between the Division's staff and the D Office", "a liaison office/conduit to
# the E Council", "liaises closely with the F Board": a noun of liaison or the verb, the few
# words that qualify it (its functions, its cooperation, the matters it is on), "to", "with"
# or "between", then the name, alone or in a series.
_LIAISON_BEFORE = lazy_pattern(
    r"\b(?:[Ll]iaisons?|[Ll]iais(?:e|es|ed|ing)(?:\s+[a-z]+ly)?|intermediar(?:y|ies)|conduits?)"
    r"(?:\s*/\s*[a-z]+"
    r"|\s+(?:functions?|activities|duties|role|work|office|and\s+(?:cooperation|coordination)))*"
    r"(?:\s+(?:on|for|in)\s+(?:[a-z-]+\s+){0,6}?(?:matters|issues|affairs|questions))?"
    r"\s+(?:to|with|(?P<between>between))\s+(?:the\s+)?"
    r"(?P<series>[A-Z][^.;:()]{0,80}?"
    r"(?:,\s+(?P<joined>(?:and|or)\s+)?|\s+(?P<plural>and|or)\s+)(?:the\s+)?)?$"
)
# A piece of each word of liaison of _LIAISON_BEFORE, one of which every match holds.
_LIAISON_PIECES = ("iais", "ntermediar", "onduit")
# A verb right after a name the series reached past its "and" or "or", perhaps after its
# acronym, "also" or an adverb in -ly: an auxiliary ("is", "has") or a present in -s
# ("keeps", "advises"): the name opens a new clause as its subject.
_VERB_AFTER = lazy_pattern(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:also\s+|[a-z]+ly\s+)?"
    r"(?:" + "|".join(sorted(AUXILIARIES)) + "|" + PRESENT_VERB.pattern + r")\b"
)
# "between the A and ...": the first of a pair the name is.
_PAIR_GOES_ON = lazy_pattern(r"(?:\s*\([^()]{1,40}\))?\s+and\s")


@rule("filter", off=False)
def liaison_counterpart(text: str, begin: int, end: int, start: int) -> bool:
    """A name in prose that a unit is the liaison to, with or between ("serves as the
    Authority's liaison to the Lamp Register and the Office of Wick Review", "maintains
    liaison with the Oil Board", "performs liaison functions between the Division and the
    Office of the Glass Controller", "acts as liaison on budget matters between Division staff
    and the Soot Office", "a liaison office/conduit to the Wick Council"; an intermediary or a
    conduit likewise) names a body the page's unit stands apart from and speaks to, most often
    another agency's or one above the page's body: no unit found in prose, nor a part that
    such a sentence places within another ("liaison to the Lamp Register within the Office of
    Oil" makes neither a unit). Liaison is a relation across a boundary; a body's own parts are
    described by what they do and hold, not as the ones it liaises with. Only a few words may
    qualify the noun before its "to", "with" or "between" (its functions, role or office, "and
    cooperation", the matters it is on), so "the liaison officer reports to the Lamp Warden"
    names the boss the officer reports to, read as before; a name after a comma is in the
    series only when the series goes on after it or it follows the series' "and", as
    ``partner_named`` reads a series after "with". The verb reads so too ("liaises closely
    with the Lamp Register and the Office of Wick Review"). Two names are no counterparts: the
    first of a pair after "between" ("serves as liaison between the Glass Division and the
    Oil Board"), the near side of the liaison, most often the page's own unit; and a name the
    series reaches past its "and" or "or" when a verb follows it ("liaison to the Lamp
    Register, and the Soot Division advises the Warden", "liaison with the Oil Board and the
    Ladder Division also keeps the ladders"): the subject of a new clause, most often a unit
    of the page's (an order's series is read so in ``name_filters``). A heading or a list may
    still name the body as a unit. ``begin`` and ``end`` are where the name starts and ends,
    ``start`` where its sentence starts."""
    before = text[max(start, begin - 160) : begin]
    if not any(map(before.__contains__, _LIAISON_PIECES)):
        return False
    found = _LIAISON_BEFORE.search(before)
    if found is None:
        return False
    if found.group("series") is None:
        # "between the Wick Division and the Oil Board": the near side, the page's own
        return not (found.group("between") and _PAIR_GOES_ON.match(text, end))
    if found.group("joined") or found.group("plural"):
        # "liaison to the Oil Board, and the Soot Division keeps ...": a new clause's subject
        return _VERB_AFTER.match(text, end) is None
    return _SERIES_GOES_ON.match(text, end) is not None


# What stands before a body the sentence's subject deals with, as the object of a verb or a
# noun of dealing with someone else: a submission sent to it ("prepares the budget for
# submission to the", "submits its plans to the Lamp Board through the"), a case argued before
# it ("prosecution before the", "represents the Authority before the", "appears before the"),
# an appeal made to it, staff it is served by ("serves as staff to the"), one the subject acts
# for ("on behalf of the") or is funded by ("funded by the", "sponsored jointly by the").
_DEALT_WITH_LEAD = (
    r"(?:\bsubmi(?:t|ts|tted|tting|ssions?)\b[^.;:!?\n]{0,100}\s(?:to|through)"
    r"|\b(?:prosecut|litigat|proceeding|hearing|case|appeal|appear|represent|testif|argu)\w*"
    r"(?:\s+[\w'’-]+){0,4}?\s+before"
    r"|\bappeal(?:s|ed|ing)?\s+to"
    r"|\bstaff\s+to"
    r"|\bon\s+behalf\s+of"
    r"|\b(?:funded|financed|sponsored)\s+(?:[a-z]+ly\s+)?by"
    r")\s+(?:the\s+)?"
)
_DEALT_WITH_BEFORE = lazy_pattern(_DEALT_WITH_LEAD)
# A piece of each lead of _DEALT_WITH_LEAD, one of which every match holds.
_DEALT_WITH_PIECES = ("ubmi", "before", "ppeal", "staff", "behalf", "nanced", "unded", "ponsored")
# The nouns of a part of a body, never a body of its own a unit deals with across a boundary
# ("the Lamp Permits Section", "the Wick Registry Unit", "the Oil Patrol Division").
_PART_HEADS = frozenset(
    {"division", "divisions", "section", "sections", "unit", "units", "branch", "branches"}
    | {"desk", "desks", "wing", "wings", "cell", "cells", "team", "teams"}
)
# "before the": a name right after it with a verb after the name is the subject of a clause
# "before" opens, in time ("screens cases before the Wick Review Office opens a file").
_BEFORE_A_NAME = lazy_pattern(r"\bbefore\s+(?:the\s+)?$")


@rule("filter", off=False)
def body_dealt_with(text: str, phrase: Phrase, start: int) -> bool:
    """A name in prose that is the object of a verb or a noun of dealing with another body
    names that other body, not one of the page's units: what the sentence's subject submits
    goes to it ("prepares the estimates for submission to the Lamp Estimates Bureau", "submits
    its plans to the Wick Ministry through the Regional Oil Council"), a case is argued
    before it ("prosecution before the Glass Appeals Tribunal", "represents the Authority
    before the Lamp Court of Claims"), an appeal is made to it, the subject serves as its
    staff ("serves as staff to the Oil Pricing Commission"), acts on its behalf or is funded
    or sponsored by it. Such a body stands across a boundary from the page's: the one that
    receives, judges, employs or pays; the page's own units are described by what they do,
    not named as the other side of such a dealing. The name may stand in a series after the
    lead, each of its names perhaps with an acronym in brackets ("staff to the Lamp Pricing
    Authority (LPAU), the Wick Building Commission (WBC), and the Glass Commission"); a name
    after a bare comma is in the series only when the series goes on after it, and one after
    "and" or "or" only when no verb follows it (the subject of a new clause). Left as they
    are: a name of one word ("submits the budget to the Board": the page's own board or
    council, by its noun), and a post ("submits its report to the Deputy Director"): the
    page's own head, most often. A heading or a list may still name the body as a unit.
    Left too: a name that ends in the noun of a part of a body, a division, section, unit,
    branch, desk, wing, cell or team ("applications are submitted to the Lamp Permits
    Section", "deploys staff to the Oil Patrol Division", "training sponsored by the Wick
    Skills Unit"): a part, not a body on its own, and on an organization page most often one
    of the page's, to which the public, staff or other units send what they submit (a part of
    another body is named with it: "the Wick Claims Division of the High Court"); and a name
    right after "before" with a verb after it ("screens cases before the Wick Review Office
    opens a file"): "before" there opens a clause in time, its subject the name."""
    words = name_tokens(phrase.text)
    if len(words) < 2 or (words[0] in POSITION_WORDS and not set(words) & ANY_UNIT_NOUNS):
        return False
    if words[-1] in _PART_HEADS:
        return False
    before = text[max(start, phrase.start - 240) : phrase.start]
    if not any(map(before.__contains__, _DEALT_WITH_PIECES)):
        return False
    series = _series_before(_DEALT_WITH_BEFORE, text, phrase, before)
    if series == "" and _BEFORE_A_NAME.search(before) and _VERB_AFTER.match(text, phrase.end):
        return False
    return series is not None


def dealt_with(text: str, phrase: Phrase, start: int) -> bool:
    """A body the sentence's subject deals with, not one of the page's units: a partner it
    works with or serves (``partner_named``), one it is the liaison to
    (``liaison_counterpart``) or one it otherwise deals with (``body_dealt_with``). Read by
    the prose units' reader and by the refused page's rung."""
    return (
        partner_named(text, phrase, start)
        or liaison_counterpart(text, phrase.start, phrase.end, start)
        or body_dealt_with(text, phrase, start)
    )


@rule("filter", off=False)
def joined_bosses(name: str) -> bool:
    """ "reports directly to the Lamp Minister and the Chief Warden of the Oil Board": two
    posts or bodies reported to, joined by "and the", are no one unit to make (each is often
    outside the page's agency); a name with "and" inside it ("Office of Wicks and Glass")
    is one, and so is a name whose "and the" joins the fields after its "of" or "for" and
    names no post or body ("Department of Oil and the Arts")."""
    joined = re.search(r"\sand\s+the\s", name)
    if joined is None:
        return False
    fields = re.search(r"\s(?:of|for)\s", name[: joined.start()]) is not None
    return not fields or bool(
        set(name_tokens(name[joined.end() :])) & (ANY_UNIT_NOUNS | POSITION_WORDS)
    )


# Where a listed name ends: the sentence's or the list's end, a separator (a table's cell
# bar among them), the line's end, a conjunction or a clause.
_DEPARTMENT_END = lazy_pattern(r"[^\S\n]*(?:$|\n|[,.;:|()]|(?:and|or|which|that|who|as)\b)")


@rule("unit", off=False)
def listed_department(text: str, phrase: Phrase, end: int) -> bool:
    """A name that ends in "Department", listed after a verb of composition ("The Wick
    Division includes the Oil Department, the Glass Department and the Lamp Records
    Center"), is a part of the sentence's subject as the other enumerated names are: a body
    whose parts are departments names them so. Prose elsewhere keeps "department" out of
    unit names (it is as often another government's, "the Department of Lamps"), and so
    does a determiner before it ("Each Department") or a noun after it ("all City
    Department activities"): the name must end where a list item ends, and start where one
    starts, right after the verb, a comma or "and" ("and works closely with the State
    Department", "which coordinates with the Fire Department" name a department the unit
    works with, no part of it)."""
    words = name_tokens(phrase.text)
    return (
        len(words) >= 2
        and words[-1] == "department"
        and words[0] not in NOT_A_NAME_OPENING
        and _DEPARTMENT_END.match(text, phrase.end, end) is not None
        and starts_list_item(text, phrase.start)
    )
