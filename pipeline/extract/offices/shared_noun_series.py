"""Series that share one unit noun: "the Lamp, Wick and Glass Divisions", a noun after a verb
of composition or after "the", compass series ("the North, South and East Regions") and a
plural noun of a series ("the divisions of A, B and C")."""

from __future__ import annotations

import re

from pipeline.extract.list_units.filters import TITLE_MODIFIERS
from pipeline.extract.list_units.lead_ins import DESCRIBING_OPENERS, plural_unit_noun
from pipeline.extract.names import AND_GAP, REFERRING_WORDS, name_tokens
from pipeline.extract.offices.common import (
    COUNTS,
    OFFERED,
    OTHERS_OBJECT,
    UnitIndex,
    top_parent_by,
    unit_key,
    unit_named,
)
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LIST_ITEM, PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.prefilter import may_hold_ignorecase
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import (
    CONNECTORS,
    GENERIC_MODIFIERS,
    OPENING_PREPOSITIONS,
    POSITION_WORDS,
    UNIT_NOUNS,
)
from pipeline.text.words import in_singular

# A word that qualifies a plural unit noun shared by a list ("the Ash Hill and Flue Bend
# Field Units"): it belongs to every part's noun, not to the last part's name.
_SHARED_QUALIFIERS = frozenset({"regional", "field", "area", "district", "zonal", "satellite"})
# Plural unit nouns that several names listed before them share, with their singular.
_SHARED_PLURALS = {
    "units": "Unit",
    "divisions": "Division",
    "departments": "Department",
    "offices": "Office",
    "bureaus": "Bureau",
    "branches": "Branch",
    "directorates": "Directorate",
    "sections": "Section",
    "teams": "Team",
}
# What stands right before such a list: "the", or a possessive ("the Lamp Council's").
_SHARED_DETERMINER = lazy_pattern(r"(?:\b[Tt]he|[’']s)\s+$")
_SHARED_SEPARATOR = lazy_pattern(r",\s+(?:(?:and|&)\s+)?")


def _series_spans(
    text: str, begin: int, stop: int, separator: re.Pattern[str], closers: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The spans of a series' items between begin and stop, split at each separator, and
    the last at its last "and" when no separator ended with one of closers (the series had
    no Oxford comma). Both series readers split "A, B and C" alike; only their separators
    and their closing words differ."""
    spans: list[tuple[int, int]] = []
    cursor = begin
    oxford = False
    for match in separator.finditer(text, begin, stop):
        spans.append((cursor, match.start()))
        cursor = match.end()
        oxford = match.group().rstrip().endswith(closers)
    last = (cursor, stop)
    if not oxford:
        ands = list(AND_GAP.finditer(text, *last))
        if ands:
            spans.append((cursor, ands[-1].start()))
            last = (ands[-1].end(), stop)
    spans.append(last)
    return spans


# A plural unit noun in lower case right after the names ("the Lamp and Wick divisions").
_LOWER_PLURAL = lazy_pattern(r"\s+(" + "|".join(_SHARED_PLURALS) + r")\b")
# A verb the list is the subject of ("the A and B Divisions thereof are ...", "report to").
_SHARED_VERB = lazy_pattern(r"\s+(?:[a-z]+\s+)?(?:are|were|report|have)\b")
MAX_SHARED_PART_WORDS = 5

register(
    "shared_unit_noun",
    "unit",
    """ "the Lamp, Wick and Glass Divisions", "the Lamp Council's Oil Supply and Soot units":
    names listed after "the" or a possessive before one plural unit noun they share are
    units, each named with the noun in the singular ("Lamp Division", "Wick Division",
    "Glass Division"), when the list is what its clause is about (it opens the sentence, or
    a verb follows it: "the A and B divisions report to ...") or the parts a verb of
    composition names ("X comprises the A and B Units"). A word that qualifies the noun
    ("Field", "District", "Zonal": "the Ash Hill and Flue Bend Field Units serve
    ...") is every part's: "Ash Hill Field Unit", "Flue Bend Field Unit". No part
    may be worded as a unit itself ("the Main Lamp Office and Wick Offices" is two names,
    not a shared noun); a list without a determiner ("establishes Oil and Soot Units in
    every county") names kinds of unit, and one named in passing ("meets with the Lamp
    Council's Oil and Soot Teams") is not read.""",
)


def shared_unit_noun(
    text: str, phrase: Phrase, start: int, composed: re.Match[str] | None
) -> list[Phrase]:
    """The units a list before a shared plural unit noun names (``shared_unit_noun``); none
    when the phrase is not such a list. Each part keeps its own span in the text; its name
    is the part and the singular noun."""
    if " and " not in phrase.text and " & " not in phrase.text:
        return []
    words = phrase.text.split()
    lower = None
    if words[-1].lower() not in _SHARED_PLURALS:
        lower = _LOWER_PLURAL.match(text, phrase.end)
        if lower is None:
            return []
    elif len(words) < 3:
        return []
    if not enabled("shared_unit_noun"):
        return []
    before = text[max(start, phrase.start - 12) : phrase.start]
    if not _SHARED_DETERMINER.search(before):
        return []
    if lower is not None:
        noun, listed_end, after = lower.group(1), phrase.end, lower.end()
    else:
        noun, after = words[-1], phrase.end
        listed_end = phrase.start + len(phrase.text) - len(noun)
        while listed_end > phrase.start and text[listed_end - 1].isspace():
            listed_end -= 1
    in_passing = not _subject_or_parts(text, phrase.start, after, start, composed)
    if in_passing and not (
        lower is None
        and _named_after_the(before)
        and not OTHERS_OBJECT.search(text, start, phrase.start)
    ):
        return []  # in passing, and not after "the" alone or after "works with the"
    spans = _series_spans(text, phrase.start, listed_end, _SHARED_SEPARATOR, ("and", "&"))
    if len(spans) < 2:
        return []
    singular = _SHARED_PLURALS[noun.lower()]
    last_start, last_end = spans[-1]
    qualifier = re.search(r"\s(\w+)$", text[last_start:last_end])
    if (
        qualifier is not None
        and qualifier.group(1).lower() in _SHARED_QUALIFIERS
        and not any(
            text[a:b].rsplit(maxsplit=1)[-1].lower() in _SHARED_QUALIFIERS
            for a, b in spans[:-1]
            if b > a
        )
    ):
        # "the Ash Hill and Flue Bend Field Units": the qualifier is every part's
        singular = f"{qualifier.group(1)} {singular}"
        spans[-1] = (last_start, last_start + qualifier.start())
    # In passing, a part is a name of two words or more, unless the page names its units of
    # that noun as subjects (``shared_noun_peers_named``).
    least = 2 if in_passing else 1
    if (
        in_passing
        and any(len(text[a:b].split()) < 2 for a, b in spans)
        and _peers_named(text, _SHARED_PLURALS[noun.lower()], phrase.start, after)
        and not _kinds_listed(text, spans)
    ):
        least = 1
    parts: list[Phrase] = []
    for part_start, part_end in spans:
        part = text[part_start:part_end]
        tokens = name_tokens(part)
        if (
            not part[:1].isupper()
            or not least <= len(part.split()) <= MAX_SHARED_PART_WORDS
            or set(tokens) & UNIT_NOUNS
            or set(tokens) & POSITION_WORDS - _POST_MODIFIERS  # a post's: "the Wick Director"
        ):
            return []
        parts.append(Phrase(f"{part} {singular}", part_start, part_end))
    return parts


register(
    "shared_noun_peers_named",
    "unit",
    """One-word names listed after "the" before a capitalized plural unit noun they share,
    named in passing ("analysts within the Wick and Glass/Oil Branches assist ...", "the
    two directors are in charge of the Lamp and Soot Directorates"), are units as parts of
    two words or more are (``shared_noun_after_the``), when the page names a unit of that
    noun in full as the subject its sentence opens with ("The Ember Branch keeps ...", "The
    Lamp Directorate has ..."): a page that describes its own branches one sentence each
    names the rest of them in passing, each the part and the noun in the singular ("Wick
    Branch", "Glass/Oil Branch"). Before, one-word parts in passing were never read, as
    they are as often kinds of unit or another body's ("plans drills for the Flint and
    Ember Bureaus" on a page that describes no bureau of its own, which stays unread). Not
    a part of words of kind, scope or size alone ("the State and Federal Offices": kinds),
    nor a list whose every part is a power of government, a tier of administration or a
    sex ("briefs the Executive and Legislative Branches", "at the Tehsil and Block
    Offices", "the Ward and Sub-County Units", "the Male and Female Sections"): kinds of
    unit every such body has, or another's, not names (one such part beside a name, "the
    Legislative and Advisory Branches", is read). The subject's words stand on one line: a
    title over a heading ("The Ministry of Lamps" over "Office of the Lamp Warden") names no
    office; a subject may open an item of a plain-text list ("- The Ember Branch keeps
    ...", "(a) The Ember Branch ...").""",
)
# A unit of a given noun named as the subject its sentence opens with: "The", one to six
# capitalized words (with "of", "and", "&", "for" between), the noun in the singular, all
# on one line; at a line's start, after a plain-text list's mark ("- ", "(a) ") if any.
_PEER_WORDS = (
    r"(?:^|[.!?][ \t]+|\n[ \t]*(?:(?:[-*•·–]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\))[ \t]+)?)"
    r"The[ \t]+(?:[A-Z][\w'’&/-]*[ \t]+(?:(?:of|and|&|for)[ \t]+)?){1,6}"
)
# Words of a unit's kind that no name is alone when every part of a list is one
# (``shared_noun_peers_named``): the powers of a government, the tiers of an administration
# below a state's (beside the kind words: "district", "county"), the sexes.
_PEER_KIND_WORDS = frozenset(
    {
        "executive",
        "legislative",
        "judicial",
        "provincial",
        "territorial",
        "divisional",
        "sub",
        "tehsil",
        "taluk",
        "taluka",
        "mandal",
        "block",
        "village",
        "ward",
        "urban",
        "rural",
        "male",
        "female",
        "men",
        "women",
    }
)


def _peers_named(text: str, singular: str, begin: int, end: int) -> bool:
    """Whether the page names, outside the list from ``begin`` to ``end``, a unit whose noun
    is ``singular`` as the subject its sentence opens with (``shared_noun_peers_named``)."""
    if not enabled("shared_noun_peers_named"):
        return False
    peer = re.compile(_PEER_WORDS + re.escape(singular) + r"\b(?!s)")
    return any(match.end() <= begin or match.start() >= end for match in peer.finditer(text))


def _kinds_listed(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a list's parts name kinds of unit, not units (``shared_noun_peers_named``): a
    part of words of kind, scope or size alone ("the State and Wick Offices"), or every part
    of words of a power of government, a tier of administration or a sex alone ("the
    Executive and Legislative Branches", "the Tehsil and Block Offices")."""
    parts = [set(name_tokens(text[a:b])) for a, b in spans]
    return any(words <= _KIND_WORDS for words in parts) or all(
        words <= _KIND_WORDS | _PEER_KIND_WORDS for words in parts
    )


# Words of posts that also modify a unit's name ("General Services", "Executive Wick
# Office"): a part holding one of them alone is no post. "Deputy" and "Assistant" before a
# list's first name ("the Deputy Wick and ...") make it a post's.
_POST_MODIFIERS = TITLE_MODIFIERS - {"deputy", "assistant"}


# Words that name where a body works by a point of the compass: "Northern", "Central".
_COMPASS = (
    r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)(?:ern)?"
    r"|Central|Upper|Lower|Middle|Mid"
)
# The nouns a name shared by compass words ends in: a unit's, or an area's a unit covers.
_COMPASS_NOUNS = UNIT_NOUNS | {"area", "district", "zone", "sector"}
# "Eastern, Central and Western Lamp Areas": compass words, the last followed by the name
# they share, ending in a plural (``compass_series``); a series may go on after it.
_COMPASS_SERIES = lazy_pattern(
    rf"(?P<words>(?:{_COMPASS})(?:,\s+(?:{_COMPASS}))*),?\s+(?:and|&)\s+(?P<last>{_COMPASS})"
    r"\s+(?P<tail>(?:[A-Z][\w-]*\s+){0,3}[A-Z][a-z]*s)\b(?P<rest>,\s+(?:and\s+)?(?=[A-Z]))?"
)


@rule("unit", off=([], []))
def compass_series(text: str, phrase: Phrase) -> tuple[list[Phrase], list[Phrase]]:
    """A series of words of the compass whose last word is followed by a name ending in a
    plural ("Eastern, Central and Western Lamp Areas", "Northern, Central, and Southern Wick
    Corps") names one unit for each word, each with the whole name they share in the
    singular ("Eastern Lamp Area", "Central Lamp Area", "Western Lamp Area"): a compass word
    alone names no body, and the name the last one opens is every word's. The name must end
    in a unit noun or a word for the area a unit covers (area, district, zone, sector):
    "Central and Eastern Lamp Countries" are places, not parts. Returns those
    parts, and what the phrase lists after the series ("..., and Border Oil Corps")."""
    if " and " not in phrase.text and " & " not in phrase.text:
        return [], []
    match = _COMPASS_SERIES.match(phrase.text)
    if match is None or (match.end() < len(phrase.text) and not match.group("rest")):
        return [], []
    tail = match.group("tail")
    noun = tail.rsplit(maxsplit=1)[-1]
    if in_singular(noun).lower() not in _COMPASS_NOUNS:
        return [], []  # "Central and Eastern Lamp Countries": no body's parts
    singular = tail[: len(tail) - len(noun)] + in_singular(noun)
    words = [*re.split(r",\s+", match.group("words")), match.group("last")]
    parts: list[Phrase] = []
    cursor = phrase.start
    for word in words:
        begin = text.index(word, cursor)
        cursor = begin + len(word)
        parts.append(Phrase(f"{word} {singular}", begin, cursor))
    rest_start = phrase.start + match.end()
    rest = (
        [Phrase(text[rest_start : phrase.end], rest_start, phrase.end)]
        if match.group("rest")
        else []
    )
    return parts, rest


register(
    "shared_noun_after_verb",
    "unit",
    """A series right after a verb of composition, with no article or after "the" in capitals
    before a noun in lower case ("includes the City Wick, Glass, and WE divisions"), whose items
    share one plural unit noun that ends the sentence or opens what it says of them ("The
    department comprises Wick Supply, Oil Care, Glass Mending and Soot and Ember Units.", "It
    shall consist of wick, oil, and soot and ember divisions.", "... Wick, Glass and Oil
    Divisions that provide ...", "... Branches, each headed by a Keeper") names those units,
    each the item and the noun in the singular ("Wick Supply Unit", "soot and ember division"),
    in any case, as a list after "the" does (``shared_unit_noun``). Of a last item's two "and"s
    the first closes the series, the other joins the last name's words. Before, a list without
    "the" or a possessive was read as kinds of unit ("establishes Oil and Soot Units in every
    county"): here the verb says they are the subject's parts and the noun ending the sentence
    says what they are. A series opened by a count or a determiner ("comprises several wick, oil
    and glass offices", "many wick, oil and glass offices") or with an item of words of scope,
    kind or size alone ("includes state, regional and local offices", "comprises small, medium
    and large offices") or that is itself a plural unit noun in lower case ("is organized into
    directorates, centers, and oversight offices that ...") describes kinds of unit, and names
    none. After a verb of oversight or duty ("oversees", "is responsible for") the items are
    capitalized: in lower case they list duties or kinds ("is responsible for recruiting,
    training and deploying response teams", "oversees county, city and township offices").""",
)
# A series right after a verb of composition ("of" may follow it, as in "comprises of"), up
# to one plural unit noun that ends the sentence or opens what the sentence says of the
# units: a relative clause or a participle ("... Divisions that provide ...", "...
# Branches, each headed by ...") (``shared_noun_after_verb``).
_SERIES_BEFORE_NOUN = lazy_pattern(
    r"\s*(?:of\s+)?(?P<series>[A-Za-z][\w&’'/ -]*?(?:,\s+[\w&’'/ -]+?)+|[A-Za-z][\w&’'/ -]*?)"
    r"\s+(?P<noun>" + "|".join(_SHARED_PLURALS) + r")"
    r"(?:\s*\.?\s*$|(?=,?\s+(?:that|which|who|whose|each|headed|led|responsible|providing"
    r"|located|based|serving)\b))",
    re.IGNORECASE,
)
_SHARED_SINGULARS = frozenset(noun.lower() for noun in _SHARED_PLURALS.values())
# Words no item of such a series holds: an item that does ("staff from the Wick") is a
# phrase of the sentence, not a name.
_NOT_IN_SERIES_ITEM = (CONNECTORS | OPENING_PREPOSITIONS | OFFERED) - {"&", "and", "of"}
# Words that say what kind a unit is or where it works, never which one: a series item of
# them alone ("includes state, regional and local offices") names a kind of unit; so do
# words of size ("comprises small, medium and large offices").
_SIZE_WORDS = frozenset({"small", "smaller", "medium", "large", "larger", "big", "major", "minor"})
_KIND_WORDS = GENERIC_MODIFIERS | _SHARED_QUALIFIERS | _SIZE_WORDS
# A count opens a series that describes kinds, whatever its items ("comprises many wick,
# oil and glass offices", "many small, medium and large offices"), as a determiner does.
_SERIES_OPENERS = DESCRIBING_OPENERS | {"many", "numerous", "multiple", "few"}
# Verbs of composition that say what a body oversees or does, not what it is made of: the
# series after them in lower case lists duties or kinds ("is responsible for recruiting,
# training and deploying response teams", "oversees county and city offices"). Searched at
# the end of the verb's match, which in a unit's own section holds its subject too.
_DUTY_VERB = lazy_pattern(r"\b(?:oversees|(?:is|are)\s+responsible\s+for)\s*$", re.IGNORECASE)


def shared_noun_after_verb(text: str, composed: re.Match[str], end: int) -> list[Phrase]:
    """The parts of a series after a verb of composition that shares the plural unit noun
    ending the sentence or opening what it says of them (``shared_noun_after_verb``); none
    when the sentence is not so."""
    if not enabled("shared_noun_after_verb"):
        return []
    match = _SERIES_BEFORE_NOUN.match(text, composed.end(), end)
    if match is None:
        return []
    begin, stop = match.span("series")
    noun = match.group("noun")
    opening = re.match(r"(?:the|a|an|its|their|our)\s+", match.group("series"), re.I)
    if opening is not None:
        # "includes the City Wick, Glass, and Oil divisions": after "the", names in capitals
        # (checked with the items below) that share a noun in lower case are those units; in
        # lower case ("the wick and oil divisions") they say what kind; before a noun in
        # capitals the list is ``shared_noun_after_the``'s
        if opening.group().strip().lower() != "the" or noun[:1].isupper():
            return []
        begin += opening.end()
    spans: list[tuple[int, int]] = []
    cursor = begin
    for comma in re.finditer(r",\s+(?:(?:and|&)\s+)?", text[begin:stop]):
        spans.append((cursor, begin + comma.start()))
        cursor = begin + comma.end()
    last = text[cursor:stop]
    joints = list(AND_GAP.finditer(last))
    oxford = bool(spans) and re.search(r",\s+(?:and|&)\s+$", text[spans[-1][1] : cursor])
    if joints and not oxford and (len(joints) >= 2 or spans):
        spans.append((cursor, cursor + joints[0].start()))
        cursor += joints[0].end()
    spans.append((cursor, stop))
    if len(spans) < 2:
        return []
    singular = _SHARED_PLURALS[noun.lower()]
    singular = singular if noun[:1].isupper() else singular.lower()
    # the items are names proper, capitalized, when the noun is, after "the" or after a verb
    # of duty
    capitalized = (
        noun[:1].isupper() or opening is not None or _DUTY_VERB.search(composed.group()) is not None
    )
    parts = []
    for a, b in spans:
        part = text[a:b].strip()
        words = name_tokens(part)
        if (
            not part
            or len(part.split()) > MAX_SHARED_PART_WORDS
            or not words
            or words[-1] in _SHARED_SINGULARS
            or set(words) & (POSITION_WORDS | _NOT_IN_SERIES_ITEM)
            or (capitalized and not part[:1].isupper())
            or words[0] in _SERIES_OPENERS
            or set(words) <= _KIND_WORDS
            or (part.islower() and plural_unit_noun(part.split()[-1]))
        ):
            return []  # "organized into directorates, centers, and oversight offices": kinds
        parts.append(Phrase(f"{part} {singular}", a, b))
    return parts


# "the" alone before a list, no possessive: "coordinates the Lamp and Wick Divisions".
_THE_ALONE = lazy_pattern(r"(?<![’'])\b[Tt]he\s+$")

register(
    "shared_noun_after_the",
    "unit",
    """Names listed after "the" before a plural unit noun they share, the noun capitalized
    as a name's word is ("coordinates the Legislative Wick and Public Oil Divisions", "the
    keepers assigned to the Glass Care and Soot Removal Divisions", "estimates prepared by
    the Lamp Analysis and Oil Analysis Divisions"), are units wherever the list stands in
    its sentence, as the object of a verb or of a preposition too: the capital says they are
    the page's named units, each the part and the noun in the singular
    (``shared_unit_noun``). Before, such a list was read only as its sentence's subject or
    the parts a verb of composition names, so a page that names its divisions only in
    passing ("the attorneys assigned to the A and B Divisions") lost them. Each part must
    then be a name of two words or more: "and" may join the words of one name ("the Wick
    Records and Census Divisions" may be one division), and one-word parts named in passing
    ("exercises for the Lamp and Wick Bureaus") are as often kinds of unit or another
    body's. A list after a possessive ("meets with the Wick Council's Ember and Ash Teams":
    another body's units) or with the noun in lower case ("the lamp and wick divisions")
    keeps the old reading, and so does one that is the object of a verb of working with,
    reporting to or supporting ("works closely with the Oil Supply and Glass Mending
    Divisions": partners or bodies above, as before "the following offices:").""",
)


def _named_after_the(before: str) -> bool:
    """Whether the text before a list with a capitalized shared noun is "the" alone
    (``shared_noun_after_the``)."""
    return enabled("shared_noun_after_the") and _THE_ALONE.search(before) is not None


def _subject_or_parts(
    text: str, listed: int, after: int, start: int, composed: re.Match[str] | None
) -> bool:
    """Whether a list (from ``listed`` to its plural noun's end, ``after``) is what its
    sentence is about (it opens the sentence, or a verb follows it) or the parts a verb of
    composition names (``shared_unit_noun``)."""
    if text[start:listed].strip() in ("", "The", "the"):
        return True
    if _SHARED_VERB.match(text, after):
        return True
    return composed is not None and composed.end() <= listed


_SERIES_COUNT = "|".join(COUNTS) + r"|\d{1,2}"
# "the divisions of Wicks, Glass and Oil", "four Departments of A, B, and C": a plural unit
# noun, "of" or "for", and the names it shares; what stands before the noun says whether the
# list is the body's parts (a count, "the" opening the sentence).
_NOUN_OF_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|&|on|in)\s+)*[A-Z][\w’'-]*)*"
_NOUN_OF_SERIES_NOUNS = (
    "departments",
    "divisions",
    "offices",
    "bureaus",
    "directorates",
    "units",
    "sections",
    "branches",
)
_NOUN_OF_SERIES = lazy_pattern(
    r"(?P<before>(?:\b[Tt]he|\b(?i:" + _SERIES_COUNT + r")(?:\s*\(\d{1,2}\))?)\s+(?:[a-z-]+\s+)?)"
    r"(?P<noun>(?i:" + "|".join(_NOUN_OF_SERIES_NOUNS) + r"))"
    r"\s+(?:of|for)\s+(?P<series>" + _NOUN_OF_NAME + r"(?:,\s+(?:and\s+)?" + _NOUN_OF_NAME + r")*)"
)
# A count before the noun ("four Departments of", "three specialized units of").
_COUNT_BEFORE = lazy_pattern(r"\b(?:" + _SERIES_COUNT + r")\b", re.IGNORECASE)
# What makes a list the parts of the sentence's body: a verb of composition, establishing or
# oversight before it.
_PARTS_VERB = lazy_pattern(
    r"\b(?:consist\w*|compris\w*|composed|made\s+up|includ\w*|establish\w*|"
    r"organi[sz]ed\s+into|divided\s+into|over(?:sees)?|supervises)\b",
    re.IGNORECASE,
)
# The nouns whose units are named "Noun of Name" ("Division of Wicks"); a unit, a section or a
# branch "of" a field is named by the field alone ("units of Procurement and Audit").
_NOUN_OF_NOUNS = frozenset({"departments", "divisions", "offices", "bureaus", "directorates"})
# The nouns a name of its own ends in ("Wick Office"): a field's name may end in "Services"
# or "Affairs" ("Support Services"), not in these.
_NAMED_BODY_NOUNS = frozenset(
    {"office", "division", "department", "bureau", "directorate", "unit", "branch", "section"}
)
_NOUN_OF_SEPARATOR = lazy_pattern(r",\s+(?:and\s+)?")


@rule("unit", off=[])
def plural_noun_of_series(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """ "The divisions of Wick Care, Glass Works, and Oil Supply report to the Warden", "four
    Departments of Lamp Records, Wick Safety and Soot Removal were established", "the Office
    of the Warden, consisting of the Offices of Wick Law and Lamp Affairs": a plural unit
    noun, "of" and the names it shares name one unit each ("Division of Wick Care",
    "Division of Glass Works", ...; a unit, section or branch "of" a field by the field
    alone), when the list is the body's parts: counted, a few words after a verb of
    composition, establishing or oversight (``_governs_list``), opening its sentence, or
    joined by "and the" to such a list.
    A list named in passing ("coordinates with the Departments of Lamps and Wicks", "the
    merger of the Offices of ...") is not read; nor is a name worded as a unit or a post
    itself. The last "and" of a list without a comma before it parts two names ("Glass and
    Oil"), as in ``shared_unit_noun``."""
    text = page.text
    found: list[Unit] = []
    seen: set[frozenset[str]] = set()
    for block in page.blocks:
        # The pattern tries every word of a sentence (a count word, "the"); every match holds
        # one of the plural nouns, which most blocks and sentences do not.
        if block.kind not in (PARAGRAPH, LIST_ITEM) or not may_hold_ignorecase(
            text[block.start : block.end], _NOUN_OF_SERIES_NOUNS
        ):
            continue
        for start, end in page.sentences(block.start, block.end):
            accepted_end = -1
            if not may_hold_ignorecase(text[start:end], _NOUN_OF_SERIES_NOUNS):
                continue
            for match in _NOUN_OF_SERIES.finditer(text, start, end):
                lead = text[start : match.start()].strip(" ;,(").lower()
                parts_of = (
                    _COUNT_BEFORE.search(match.group("before")) is not None
                    or _governs_list(text[start : match.start()])
                    or lead in ("", "and")
                    or (
                        accepted_end >= 0
                        and text[accepted_end : match.start()].strip(" ;,").lower() == "and"
                    )
                )
                if not parts_of:
                    continue
                owner = _noun_of_owner(page, start, match.start(), index, top)
                names = _noun_of_names(text, match)
                if names is None:
                    continue
                accepted_end = match.end()
                noun = match.group("noun").lower()
                for name, name_start in names:
                    full = f"{_SHARED_PLURALS[noun]} of {name}" if noun in _NOUN_OF_NOUNS else name
                    key = unit_key(full)
                    if key in seen or index.resolve(full) or index.resolve(name):
                        continue
                    seen.add(key)
                    found.append(
                        unit_named(
                            text,
                            full,
                            name_start,
                            owner,
                            found_by="plural_noun_of_series",
                            parent_by="plural_noun_of_series"
                            if owner is not top
                            else top_parent_by(top),
                            is_group=False,
                        )
                    )
    return found


# What may stand between a verb of composition and the list it governs: a few words, no clause
# ("is composed of", "is organized into four", "establishes within the Bureau").
MAX_PARTS_VERB_GAP_WORDS = 5


def _governs_list(before: str) -> bool:
    """A verb of composition, establishing or oversight whose object the list is: the last
    such verb before the list, at most a few words before it and no comma between ("The
    Bureau is composed of the divisions of ..."). A verb in an earlier clause ("The Bureau,
    which includes the Wick Office, coordinates with the Departments of ...") or "over" as a
    preposition of time ("Over the years the Bureau has worked with the offices of ...")
    governs another object."""
    verbs = list(_PARTS_VERB.finditer(before))
    if not verbs:
        return False
    gap = before[verbs[-1].end() :]
    return len(gap.split()) <= MAX_PARTS_VERB_GAP_WORDS and not re.search(r"[,;:()]", gap)


def _noun_of_owner(page: PageLayout, start: int, at: int, index: UnitIndex, top: Unit) -> Unit:
    """The unit a sentence opens with, before the list, when it is one found already (the
    body the list is made of: "The Office of the Warden, consisting of ..."), else ``top``."""
    phrases = [p for p in page.phrases(start, at) if p.end <= at]
    if phrases and phrases[0].start - start <= len("The "):
        unit = index.resolve(phrases[0].text)
        if unit is not None:
            return unit
    return top


def _noun_of_names(text: str, match: re.Match[str]) -> list[tuple[str, int]] | None:
    """The names of a series after "noun of", each with its start; None when any is no
    short name of a field (worded as a unit, a post after a noun named by its field alone,
    or too long)."""
    begin, stop = match.span("series")
    # "Office of General Counsel" is an office's name, a post within it; a unit "of" a post
    # is not.
    named_of = match.group("noun").lower() in _NOUN_OF_NOUNS
    spans = _series_spans(text, begin, stop, _NOUN_OF_SEPARATOR, ("and",))
    if len(spans) < 2:
        return None
    names: list[tuple[str, int]] = []
    for part_start, part_end in spans:
        part = text[part_start:part_end].strip()
        tokens = name_tokens(part)
        if (
            not part[:1].isupper()
            or not 1 <= len(part.split()) <= MAX_SHARED_PART_WORDS + 1
            or set(tokens) & _NAMED_BODY_NOUNS
            or (not named_of and set(tokens) & POSITION_WORDS)
            or part.split()[0].lower() in REFERRING_WORDS
        ):
            return None
        names.append((part, part_start))
    return names
