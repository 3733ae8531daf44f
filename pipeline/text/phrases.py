"""Proper-name phrases in prose: runs of capitalized words with the function words between
them ("Office of the Chief Data Officer"), found once per sentence and read by every rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from pipeline.rules import enabled, register
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.vocabulary import (
    HONORIFICS,
    MIN_WRAPPED_LINE,
    OPENING_PREPOSITIONS,
    PLACE_NOUNS,
    POSITION_WORDS,
    SENTENCE_WORD,
    UNIT_NOUNS,
)
from pipeline.text.words import INITIALISM, PageWords, Word, words_in


@dataclass(frozen=True)
class Phrase:
    """A run of capitalized words (with the function words between them) in the text."""

    text: str
    start: int
    end: int


def _phrase(text: str, words: list[Word], first: int, last: int) -> Phrase | None:
    """The phrase of the run ``words[first..last]``: without trailing function words or a
    sentence's closing dot (an initialism keeps its dots)."""
    while last >= first and words[last].is_connector:
        last -= 1
    if last < first:
        return None
    start, end = words[first].start, words[last].end
    if text[end - 1] == "." and not INITIALISM.match(words[last].text):
        end -= 1
    return Phrase(text[start:end], start, end)


register(
    "opening_words_not_name",
    "name",
    """The words that open a sentence with a capital are not a name's: a preposition
    ("Through the Lamp Initiative, the division ...") or a verb in -ing before "the" (a duty
    in a list: "Appointing the Inspector of Wicks to ...") starts no name, nor does a
    preposition of place before "the" that may also open a title ("Under the Wick Division,
    ..." but "Under Warden for Lamps"), and "the" after a number ("Since 1984 the Wick
    Board ...") starts one.""",
)
# Prepositions that open a name only without "the": "Under Warden", "Inside Sales".
_PREPOSITIONS_BEFORE_THE = frozenset(
    {"under", "underneath", "inside", "outside", "below", "beneath", "beyond"}
)
register(
    "opening_phrase_host",
    "parent",
    """A sentence that opens with a phrase setting its subject within or under a unit
    ("Within the Wick Division, the Trim Unit and the Braid Unit report to the chief
    trimmer, while the Soot Unit reports to the chief sweeper.", "Under the Oil Bureau, the
    Can Unit keeps the stores.", "Under the direction of the Lamp Warden the Glass Office
    ..."; "Within", "Inside", "Under" or "Underneath" and "the", capitalized or after an
    "Also" that opens the sentence ("Also, within the ..."), perhaps with a noun of
    direction: "the direction of", "the supervision of"), then a comma or, with none, "the"
    opening the subject, makes the units its clauses open with as their subjects parts of
    that unit, when the page found it as a unit (a post the page made one too): the phrase
    says where they stand as "falls under the Oil Bureau" would. A clause is the main one
    and each after a semicolon, ", while" or ", whereas"; in those after the first, a
    subject worded with the host's unit noun is its peer and stays ("...; the Glass Division
    keeps the glass"), unless the host is the office of a post ("the Lamp Inspector's
    Office"), which holds offices. With no comma the host's name ends before that "the", in
    the name phrases every rule reads ("the Lamp Warden the Glass Office" is two names, not
    one; "the Office of the Warden" is one), and only there: a later bare "the" is a name's
    own ("the lamps of Ivan the Great"); "Within Wick Division the Trim Unit", with no "the"
    after the preposition, stays one name and places nothing. A subject named in full, two
    words or more with a unit noun last and no word of a post ("the Trim Unit"), is a unit
    of its own though the page names it nowhere else (the first paragraph of a unit's
    section among them); one that names a post ("the Chief Trimmer", "the Chief of the Trim
    Unit") or a unit noun alone ("the Office") is made none. Only the names that open a
    clause, joined by commas, "and", "or", "the" and an acronym in parentheses, before the
    word that reads as its verb ("Within the Wick Division, the Trim Unit works with the
    Glass Office" does not place the office), and after one name a verb that agrees with
    it (in -s or -ed, an auxiliary or a modal, perhaps after "also" or an adverb in -ly, or
    a relative pronoun): "the Trim Unit's staff", "the Oil Keepers' Soot Office", "the Glass
    Division liaisons are ...", "the Glass Division staff keep ..." and "the Soot Office
    offices keep ..." name no unit as the subject. Only a unit that nothing but where it
    stands placed (a default root, its section) moves, never one above the host; a phrase in
    other words ("Under the Lamp Act, the Wick Office ...", "Under his leadership the Office
    ...", a host the page found as no unit) places nothing. (Registered with the reading of
    names it changes; the placing is ``pipeline.extract.offices.parents_falls_under``'s.)""",
)
# Prepositions of an opening phrase that sets a sentence's subject within or under a unit
# ("Under the direction of the Lamp Warden the Glass Office ...", ``opening_phrase_host``).
_PLACING_OPENERS = frozenset({"under", "underneath", "within", "inside"})


def _ends_sentence(text: str, end: int, next_start: int) -> bool:
    """Whether a sentence ends between a word ending at ``end`` and the next word."""
    return text[end - 1 : end] in ".!?:" or "\n" in text[end:next_start]


def _opens_sentence(text: str, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` opens its sentence."""
    return index == 0 or _ends_sentence(text, words[index - 1].end, words[index].start)


def _placing_opener(text: str, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is the preposition of a sentence's opening phrase of placement
    before "the" (``opening_phrase_host``): capitalized where the sentence opens ("Within the
    Wick Division ..."), or in any case after an "Also" that opens it ("Also, within the ...",
    "Also Under the ...")."""
    if index + 1 >= len(words) or words[index + 1].text != "the":
        return False
    if words[index].capitalized and _opens_sentence(text, words, index):
        return True
    return index > 0 and words[index - 1].text == "Also" and _opens_sentence(text, words, index - 1)


register(
    "wrapped_line_in_name",
    "name",
    """Text cut into lines of a fixed width (a printed register, a PDF's text) breaks a
    name where the line is full: "... the Counter-Lamp" / "and Wick Hazard Division", "the
    Office of Lamps and" / "Wick Hazard". A single line break after a long line of running
    text, with a connector on one side of it ("and", "of", "for", "the"), is such a wrap,
    not the end of the name; a short line (a heading, a list's line) still ends it, and so
    does a break between two capitalized words ("Lamp Office" / "Wick Office": a name a
    line), unless both lines hold words of a sentence in lower case (not connectors) and the
    first closes on no unit noun: a sentence's lines break a name anywhere ("renames the
    Office of Equal Wicks and Civil" / "Lamps (LW2); abolishes ..."). A second line that
    opens with a name of its own, its capitalized words closing on a unit noun ("... across
    Wickshire" / "Wick Records Office - keeps ...": a list of units, one a line), is not
    such a wrap.""",
)
# The words a wrapped name goes on with at the start of the next line: "... Counter-Lamp" /
# "and Wick Hazard Division".
_WRAP_CONNECTORS = frozenset({"and", "of", "for", "the", "&", "on", "in"})
_NEXT_WORD = lazy_pattern(r"[\w&]+")


# The capitalized words opening a line, connectors between them: "Wick Records Office" in
# "Wick Records Office - keeps the records ...".
_CAPITALIZED_RUN = lazy_pattern(
    r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)*[A-Z][\w'’-]*)*"
)


register(
    "wrapped_list_item_name",
    "name",
    """A running list of names in text cut into lines of a fixed width breaks an item where
    the line is full: "... includes the following offices: Lamp Stores, Wick Supply, Glass" /
    "Mending Office, Oil Records Office and the Soot Desk." The line is full when the next
    line's first word would not have fitted on it: its length, a space and that word run past
    the widest of the lines around it. The item the line closes on opens after a separator
    of the list (a comma, a semicolon or a colon) and the next line's capitalized words go on
    as the list goes on (a comma or a semicolon right after them): the line break is a wrap
    of that item, though the next line's words close on a unit noun or the first line holds
    no word of a sentence in lower case (``wrapped_line_in_name`` would end the name there).
    A line that closes on a unit noun still ends its name; a line with room left for the
    next line's first word ends where it ends ("... field offices. Northern Wick Office,
    Lamp Hall" over "Southern Wick Office, Glass Hall, on the harbor front" and a wider line:
    records one a line); and a next line whose name goes on otherwise ("Wick Records Office
    - keeps ...", "Directorate of Oil (DOS)": a list of units, one a line) is no such wrap.
    A list written inline in lower case ("the following divisions of its work: the division
    of wick and" / "oil supply, the division of glass") reads its names across one such line
    break too (``following_lower_case``), when the line is long (``MIN_WRAPPED_LINE``) and
    full; a short line ("the following divisions:" / "wick supply" / "oil supply", items one
    a line) ends its name. Where the line is the widest of its block, with no wider line
    around it, nothing tells a full line from a record's line: it is read as full.""",
)
# The capitalized words closing a line, opened after a separator of a running list: ", Glass",
# ": Lamp Stores", "; Office for Wicks and".
_LIST_ITEM_AT_LINE_END = lazy_pattern(
    r"[,;:][ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)*[A-Z][\w'’-]*)*[ \t]*$"
)
# What follows a list item's last word while the list goes on: a comma or a semicolon
# ("Mending Office, Oil Records Office").
_LIST_GOES_ON = lazy_pattern(r"[,;]")


# How many lines on either side of a line break are its neighbours, whose widest line is
# the width its text was cut at (``wrapped_list_item_name``).
_WRAP_NEIGHBOURS = 5
_FIRST_WORD = lazy_pattern(r"[ \t]*(\S+)")


def fills_its_line(text: str, line_end: int) -> bool:
    """Whether the line ending at the line break ``text[line_end]`` is full, as text cut into
    lines of a fixed width is: the next line's first word (with its punctuation) would not
    have fitted on it, its length, a space and that word's running past the widest of the
    lines around it (up to ``_WRAP_NEIGHBOURS`` on either side, within their paragraph).
    "Lamp Hall" before "Southern Wick Office, Glass Hall, on the harbor front" is not full:
    a line of its own (``wrapped_list_item_name``)."""
    line_start = text.rfind("\n", 0, line_end) + 1
    first = _FIRST_WORD.match(text, line_end + 1)
    if first is None:
        return False
    lines = [text[line_start:line_end]]
    start = line_start
    for _ in range(_WRAP_NEIGHBOURS):  # the lines before, up to a blank one
        if start == 0:
            break
        before = text.rfind("\n", 0, start - 1) + 1
        if not text[before : start - 1].strip():
            break
        lines.append(text[before : start - 1])
        start = before
    end = line_end
    for _ in range(_WRAP_NEIGHBOURS + 1):  # the next line and those after it
        if end >= len(text):
            break
        after = text.find("\n", end + 1)
        after = len(text) if after < 0 else after
        if not text[end + 1 : after].strip():
            break
        lines.append(text[end + 1 : after])
        end = after
    widest = max(len(line.rstrip()) for line in lines)
    return len(lines[0].rstrip()) + 1 + len(first.group(1)) > widest


def _cut_list_item(text: str, line_start: int, previous: Word, after: re.Match[str]) -> bool:
    """Whether a line break between two capitalized words cuts an item of a running list
    (``wrapped_list_item_name``): the line closes on an item opened after a separator of
    the list, the line is full (``fills_its_line``), and the next line's capitalized words
    are followed by the list going on."""
    if not _LIST_ITEM_AT_LINE_END.search(text[line_start : previous.end]):
        return False
    run = _CAPITALIZED_RUN.match(text, after.start())
    return (
        run is not None
        and _LIST_GOES_ON.match(text, run.end()) is not None
        and enabled("wrapped_list_item_name")
        and fills_its_line(text, text.index("\n", previous.end))
    )


def _wrapped(text: str, gap: str, previous: Word) -> bool:
    """Whether the line break in ``gap`` after ``previous`` wraps a long line of running
    text (``wrapped_line_in_name``)."""
    if gap.count("\n") != 1 or gap.strip() not in ("", ","):
        return False
    after = _NEXT_WORD.match(text, previous.end + len(gap))
    line_start = text.rfind("\n", 0, previous.end) + 1
    if previous.end - line_start < MIN_WRAPPED_LINE:
        return False
    if not (previous.is_connector or (after is not None and after.group() in _WRAP_CONNECTORS)):
        # "Lamp Office\nWick Office": two names, one a line; but a sentence's lines, each
        # with its words in lower case, break a name anywhere ("renames the Office of Civil"
        # / "Lamp Safety (LS); abolishes ..."), unless the line closes on a unit noun
        if after is None or gap.strip() or previous.bare.lower() in UNIT_NOUNS:
            return False
        if _cut_list_item(text, line_start, previous, after):
            return enabled("wrapped_line_in_name")
        run = _CAPITALIZED_RUN.match(text, after.start())
        if run is not None and run.group().split()[-1].lower() in UNIT_NOUNS:
            return False  # "... across Wickshire" / "Wick Records Office - keeps ...": a name
        line_end = text.find("\n", after.end())
        following = text[after.start() : line_end if line_end >= 0 else len(text)]
        if not (
            SENTENCE_WORD.search(text, line_start, previous.start)
            and SENTENCE_WORD.search(following)
        ):
            return False
    return enabled("wrapped_line_in_name")


register(
    "lower_case_unit_noun",
    "name",
    """A name in title case followed by a unit noun in lower case, "the Wick Care unit", "The Glass
    Polish team reviews ...", "the Lamp Records department is responsible for ...", names a unit
    with that noun: pages write a unit's kind in lower case after its proper name as often as in
    capitals. Only when the noun ends the name: what follows is a verb ("manages", "is", "has",
    "trims." closing its sentence), a preposition, a parenthesized acronym or a comma, not a
    sentence's closing dot ("kept within the Wickside office.": a place's or a kind's common name),
    nor another noun ("the Wick Care unit staff", "the Glass team's budget"); not after "Each" or
    "This" or a number alone ("the No. 4 team"), after a name that ends in a unit noun ("the Lamp
    Office team": its staff), an acronym alone, a list, "a" (a kind of thing: "a Heavy Lamp unit")
    or "known as" (another name for a unit named beside it); nor after a possessive ("Bram Tolley's
    team", "the Warden's office": the team or the office a person or a post has, not a name). A word
    that opens the phrase without naming ("Our Lampton branch", "This Oil Supply unit") is no part
    of the name.""",
)
# Unit nouns a page writes in lower case after a unit's proper name.
_LOWER_UNIT_NOUNS = frozenset(
    {"unit", "team", "department", "office", "division", "branch", "section", "directorate"}
)
# Words that open a phrase without naming anything: "Each division", "This team".
_QUANTIFIERS = frozenset(
    {"each", "every", "this", "that", "these", "those", "our", "its", "their", "any", "all"}
    | {"another", "one", "which", "the", "a", "an", "no", "both", "either", "such", "other"}
)
# Before a run: an indefinite article (a kind of thing, "a Heavy Lamp unit") or "known as"
# (another name for a unit named beside it, "also known as the Wick division").
_KIND_OR_ALIAS = lazy_pattern(r"(?:\b(?:[Aa]n?|[Oo]ne)|\bknown\s+as(?:\s+the)?)\s+$")
# What may follow a unit noun that ends a name: a verb, a preposition, a conjunction.
_AFTER_UNIT_NOUN = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "shall", "may", "can", "also"}
    | {"of", "in", "within", "at", "under", "and", "or", "to", "for", "that", "which", "who"}
)


def _proper_before_unit_noun(text: str, run: list[Word]) -> bool:
    """Whether a run of words before a lower-case unit noun is a unit's proper name
    (``lower_case_unit_noun``): not a quantifier or a number alone ("Each division", "Lamp
    Station No. 4 team": "4 team"), not a name that
    ends in a unit noun itself ("the Lamp Office team": the office's staff), not an acronym
    alone ("the LWO directorate": a unit named already), not a list ("Oil, Glass and Wick
    department"), not a kind of thing ("a Heavy Lamp unit") nor another name for a unit
    ("also known as the Wick division")."""
    names = [
        w
        for w in run
        if w.capitalized and w.text.lower() not in _QUANTIFIERS and not w.bare.isdigit()
    ]
    if not names or run[-1].text.lower() in UNIT_NOUNS:
        return False
    if _KIND_OR_ALIAS.search(text, max(0, run[0].start - 20), run[0].start):
        return False
    if len(names) == 1 and names[0].text.isupper():
        return False
    return "," not in text[run[0].start : run[-1].end]


def _unit_noun_ends_name(text: str, words: list[Word], index: int) -> bool:
    """Whether the lower-case unit noun ``words[index]`` ends a name (``lower_case_unit_noun``):
    nothing of the same clause after it but a verb (one that closes its sentence too, "the
    Wick Care unit trims."), a preposition, an acronym or a comma."""
    noun = words[index]
    if noun.text.endswith((".", "'s", "’s", "'", "’")):
        # a possessive: what the unit has follows ("the Wick Care unit's staff"); a noun that
        # closes its sentence ("kept within the Wickside office.") is most often a
        # place's or a kind's common name, not a unit's
        return False
    end = noun.end
    if text[end : end + 1] in (",", ";", ":", "") or text[end : end + 2] == " (":
        return True
    if index + 1 >= len(words) or text[end : words[index + 1].start] != " ":
        return False
    after = words[index + 1].bare
    return after in _AFTER_UNIT_NOUN or (
        after.islower() and after.endswith("s") and not after.endswith(("ss", "'s", "’s"))
    )


def name_phrases(
    text: str, start: int, end: int, page_words: PageWords | None = None
) -> list[Phrase]:
    """Capitalized name phrases in ``text[start:end]``: "Office of the Chief Data Officer".

    A run of capitalized words goes on over the function words between them ("of the"), but
    not over a line break or punctuation other than a comma, nor past a possessive or a
    sentence's closing dot; "and the" links two names, it does not continue one (nor, by
    ``opening_words_not_name``, do an opening preposition or a number before "the").
    ``page_words`` (the words of the whole of ``text``) saves tokenizing the span again.
    """
    words = page_words(start, end) if page_words is not None else words_in(text, start, end)
    openings_read = enabled("opening_words_not_name")
    openers = OPENING_PREPOSITIONS if openings_read else frozenset()
    found: list[Phrase | None] = []
    first = -1  # the run is words[first..index - 1]; -1 when there is none
    # Inside a sentence's opening phrase of placement, up to its comma or the first split: a
    # bare "the" after a name opens the subject ("... of the Lamp Warden the Glass Office
    # keeps ..."), and the phrase ends there ("... keeps the lamps of Ivan the Great").
    placing = False
    placing_read = enabled("opening_phrase_host")
    opener = -1  # the index of the phrase's preposition
    for index, word in enumerate(words):
        if placing and (
            "," in text[words[index - 1].end : word.start] or words[index - 1].closes_name
        ):
            placing = False
        if (
            placing_read
            and word.text.lower() in _PLACING_OPENERS
            and _placing_opener(text, words, index)
        ):
            placing, opener = True, index
        if first >= 0:
            previous = words[index - 1]
            gap = text[previous.end : word.start]
            if gap != " " and (
                gap.strip() not in ("", ",") or ("\n" in gap and not _wrapped(text, gap, previous))
            ):
                found.append(_phrase(text, words, first, index - 1))
                first = -1
        if first < 0:
            # Whether the word opens a sentence is asked only of an opening preposition.
            if (
                word.capitalized
                and not word.is_connector
                # "Also Within the Wick Division, ...": neither word opens a name
                and not (placing and opener == index > 0 and words[index - 1].text == "Also")
                and not (
                    placing_read
                    and word.text == "Also"
                    and index + 1 < len(words)
                    and words[index + 1].text.lower() in _PLACING_OPENERS
                    and _placing_opener(text, words, index + 1)
                )
                and not (
                    (
                        word.text.lower() in openers
                        or (
                            openings_read
                            and (
                                word.text.endswith("ing")
                                or word.text.lower() in _PREPOSITIONS_BEFORE_THE
                            )
                            and index + 1 < len(words)
                            and words[index + 1].text == "the"
                        )
                    )
                    and (index == 0 or _ends_sentence(text, words[index - 1].end, word.start))
                )
            ):
                first = index
            continue
        # the bare "the" that ends the host's name and opens the subject: the one split the
        # opening phrase makes
        subject_opens = (
            placing and word.text == "the" and not previous.is_connector and index - 1 != opener
        )
        if subject_opens:
            placing = False
        if word.capitalized:
            if previous.closes_name and not _possessive_office_phrase(text, words, first, index):
                found.append(_phrase(text, words, first, index - 1))
                first = index
        elif not (
            word.is_connector
            and word.lowerish
            and not (
                word.text in ("the", "a")
                and (
                    previous.text in ("and", "or")
                    or (openings_read and previous.text.isdigit())
                    or subject_opens
                )
            )
        ):
            if (
                word.bare in _LOWER_UNIT_NOUNS
                and previous.capitalized
                and not previous.is_connector
                and not previous.closes_name
                and gap == " "
                and _proper_before_unit_noun(text, words[first:index])
                and _unit_noun_ends_name(text, words, index)
                and enabled("lower_case_unit_noun")
            ):
                # "Our Lampton branch", "Its Wick Care section": the name after the opening
                while words[first].text.lower() in _QUANTIFIERS:
                    first += 1
                found.append(_phrase(text, words, first, index))
                first = -1
                continue
            found.append(_phrase(text, words, first, index - 1))
            first = -1
    if first >= 0:
        found.append(_phrase(text, words, first, len(words) - 1))
    return [_drop_article(text, phrase) for phrase in found if phrase is not None]


register(
    "possessive_office_phrase",
    "name",
    """A post's or a group's name in the possessive before a bare unit noun in capitals, "the
    Lamp Keeper's Office", "the Wick Reeve’s Office", "a Chandler's Department", "the
    Apprentices' Department", "the Glass Wardens' Department", is one name: pages call the office a
    post runs (or the department that serves a group) so, and the possessive is part of its
    name, written with a straight or a curly apostrophe. A possessive otherwise ends a name
    ("the Warden's staff", "the Lamp Board's Wick Division": what the post or the body has),
    and so it does here when the unit noun has a name of its own after it ("the Lamp Keeper's
    Office of Wicks", "the Warden's Office Oil Section"), when the possessor is a body rather
    than a post (its last word a unit, agency or place noun: "the Board's Secretariat", "the
    Ministry's Office", "the City's Department"; or an acronym: "the LWB's Office"), when the
    run before the possessive holds a unit's name before "of" or "for" ("the Wick Division
    of the Warden's Office": a unit, then the office it is part of, not one name; "the Lamp
    Council Clerks' Office" is one), or when anything but one space stands between them. An
    acronym of three or four letters that ends in "O" names a post, its officer ("the CWO's
    Office", "the CLO's Department", "the BWO's Office": no page calls an office's office
    so), and is read as one. The mark after a name in "s" closes a quotation, no plural's
    possessive, when the run opened that quotation ("the former 'Lamps and Wicks' Division",
    "the ‘Night Wardens’ Section": a former or nicknamed unit's name in quotes, common in
    British and Commonwealth usage), so it ends the name there as a quotation's close does.
    The phrase is whole for every reader (lists, enumerations, duties, names in the text),
    where ``possessive_unit_name`` joins the two phrases for a sentence's subjects and a
    unit's own parts only.""",
)
# The unit nouns a post's office or a group's department is called by after a possessive.
_POSSESSED_UNIT_NOUNS = frozenset(
    {"office", "department", "secretariat", "unit", "division", "bureau", "branch", "section"}
    | {"directorate"}
)
# What separates the names of a run that lists several: a comma, "and", "or".
_LIST_LINKS = lazy_pattern(r",|\b(?:and|or)\b")
# Possessors that are bodies, not posts: what they have is their part, named on its own.
_BODY_POSSESSORS = (
    UNIT_NOUNS
    | PLACE_NOUNS
    | {"ministry", "authority", "government", "court", "assembly", "parliament"}
    | {"municipality", "corporation", "organization", "organisation", "agency", "legislature"}
)


# An acronym of an officer: three or four capitals, the last "O" ("CWO", "CLO", "CWSO"; a
# longer word in capitals is more likely a name, "IDAHO", "FRANCISCO").
_OFFICER_ACRONYM = lazy_pattern(r"[A-Z]{2,3}O")
# A quotation mark that opens a quotation: at a word's start, after a space or the span's start.
_OPENING_QUOTE = lazy_pattern(r"(?:^|(?<=\s))['‘]")
# A quotation mark that closes one: at a word's end, before a space or the span's end.
_CLOSING_QUOTE = lazy_pattern(r"['’](?=\s|$)")


def _opens_quotation(run: str) -> bool:
    """Whether ``run``, a name's words up to the mark its last word ends with, opens a
    quotation it does not close (a single quotation mark at a word's start, not matched at a
    later word's end)."""
    return len(_OPENING_QUOTE.findall(run)) > len(_CLOSING_QUOTE.findall(run))


def _possessive_office_phrase(text: str, words: list[Word], first: int, index: int) -> bool:
    """Whether ``words[index]``, a capitalized word after a word that closes a name (the run
    opened at ``words[first]``), is a bare unit noun a post's possessive names
    (``possessive_office_phrase``)."""
    previous, word = words[index - 1], words[index]
    possessive = previous.text.endswith(("'s", "’s")) or (
        previous.text.endswith(("s'", "s’")) and len(previous.text) > 3
    )
    if not possessive or text[previous.end : word.start] != " ":
        return False
    if word.bare.lower() not in _POSSESSED_UNIT_NOUNS or not word.bare[:1].isupper():
        return False
    if previous.bare.lower() in _BODY_POSSESSORS:
        return False
    if previous.bare.isupper() and not _OFFICER_ACRONYM.fullmatch(previous.bare):
        return False  # "the LWB's Office": a body's office ("the CWO's Office": an officer's)
    if not previous.text.endswith(("'s", "’s")) and _opens_quotation(
        text[words[first].start : previous.end - 1]
    ):
        return False  # "the 'Lamps and Wicks' Division": the mark closes the quotation
    # the possessor's own name: the run's words after its last comma, "and" or "or"
    run = [
        w.strip("’'.")
        for w in _LIST_LINKS.split(text[words[first].start : previous.start])[-1].split()
    ]
    if any(noun.lower() in UNIT_NOUNS and after in ("of", "for") for noun, after in pairwise(run)):
        return False  # "the Wick Division of the Warden's Office": a unit, then its host
    if index + 1 < len(words) and not word.closes_name:
        after = words[index + 1]
        if text[word.end : after.start] == " " and (
            after.text in ("of", "for") or (after.capitalized and not after.is_connector)
        ):
            return False
    return enabled("possessive_office_phrase")


_SEPARATORS = {
    True: lazy_pattern(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+"),
    False: lazy_pattern(r",\s+(?:and\s+|or\s+)?"),
}
_ARTICLES = {
    True: lazy_pattern(r"(?:The|A|An|the|a|an)\s+(?=\S)"),
    False: lazy_pattern(r"(?:The|A|An)\s+(?=\S)"),
}


register(
    "comma_joined_name",
    "name",
    """A unit's name may itself enumerate what the unit does: "Office of Lamps, Wicks, and
    Oils", "Office of Glass, Flame and Soot". After a unit noun and "of" or
    "for", a comma-separated run of short parts, none worded as a unit, that ends in "and"
    is one name, not a list of names ("the A Board, the B Board and the C Team" is).""",
)
_NAMED_UNIT_HEAD = lazy_pattern(r"\b([A-Za-z]+)\s+(?:of|for)\s+\S")
MAX_JOINED_PART_WORDS = 3


_SINGULAR_UNIT_NOUNS = frozenset(n for n in UNIT_NOUNS if not n.endswith("s")) | {"section"}


# The "and" or "&" before a joined name's last area ("..., Research & Wick Division").
_LAST_AREA_JOINED = lazy_pattern(r"(?:^|\s)(?:and|&)\s")


def _areas_then_unit_noun(parts: list[str]) -> bool:
    """ "Planning, Research & Wick Division", "Lamps, Oils, and Glass Branch": areas a unit
    covers, joined by commas and a last "and" or "&", then one singular unit noun that
    closes the name; no part but the last worded as a unit (``comma_joined_name``)."""
    last = parts[-1].split()
    if not last or last[-1].lower() not in _SINGULAR_UNIT_NOUNS:
        return False
    if not _LAST_AREA_JOINED.search(parts[-1]):
        return False
    return _short_areas([*parts[:-1], " ".join(last[:-1])], lead="and|&", joiner="and|&")


def _short_areas(parts: list[str], *, lead: str, joiner: str) -> bool:
    """Whether every part is a short capitalized area, not a unit: at most
    ``MAX_JOINED_PART_WORDS`` words after a leading conjunction, no article, no unit noun."""
    for part in parts:
        bare = re.sub(rf"^(?:{lead})\s+", "", part)
        words = [w for w in re.split(rf"\s+(?:{joiner})\s+|\s+", bare) if w]
        if not words or len(words) > MAX_JOINED_PART_WORDS:
            return False
        if words[0].lower() in ("the", "a", "an") or not words[0][:1].isupper():
            return False
        if {w.lower() for w in words} & UNIT_NOUNS:
            return False
    return True


register(
    "post_portfolio_joined_name",
    "name",
    """A post's title may enumerate the fields it answers for, as a unit's name does
    (``comma_joined_name``): "Associate Warden of Lamps, Wicks, and Oils", "Counsellor to the
    Chief Warden for Glass Care, Soot Removal and Flame Safety", and, closed by one singular
    unit noun, "Associate Warden of Glass, Soot and Wick Division" (the post, then the unit
    it heads). After a title with a post word, then "of" or "for", a comma-separated run of
    short capitalized areas (each side of an "and" at most a few words), none worded as a
    unit or a post, that ends in "and" or in one unit noun is one name, not a post and a list
    of names, alone or inside a longer list; a part with a post word or an honorific
    ("Superintendent of Lamps, Associate Warden and Clerk", "Superintendent of Lamps, Dr
    Wick and Ms Soot": posts or people listed) keeps the list, and so does a part with a unit
    noun ("Head of Lamp Service, Glass, Soot and Wick Services", "Superintendent of Oil
    Services, Glass and Soot": the post heads that service, the parts after it are units of
    their own). Why: rosters and organization manuals title deputies and counsellors by their
    portfolio, while a list of posts or units words each of its parts as one ("the
    Superintendent of Lamps, the Glass Division and the Chief Warden").""",
)


_HONORIFIC_WORDS = frozenset(HONORIFICS.split("|"))


def _post_head(part: str, head: re.Match[str]) -> bool:
    """Whether the title before ``head``'s "of" or "for" in ``part`` has a post word ("Associate
    Warden of", "Counsellor to the Chief Warden for"), for ``post_portfolio_joined_name``."""
    title = part[: head.end(1)].split()
    return bool({w.lower() for w in title} & POSITION_WORDS) and enabled(
        "post_portfolio_joined_name"
    )


def _post_portfolio(parts: list[str], head: re.Match[str]) -> bool:
    """Whether ``parts``, a phrase cut at its commas whose first part opens with a post word
    and "of" or "for" (``head``), is one post's portfolio (``post_portfolio_joined_name``)."""
    areas = [parts[0][head.end() - 1 :], *parts[1:]]
    words = {w.strip(".,;:()") for part in areas for w in part.split()}
    if {w.lower() for w in words} & POSITION_WORDS or words & _HONORIFIC_WORDS:
        return False  # "Superintendent of Lamps, Associate Warden and Clerk", "..., Dr Wick and"
    if _areas_then_unit_noun(areas):
        return True
    if not _LAST_AREA_JOINED.search(parts[-1]):
        return False
    pieces = [re.split(r"\s+(?:and|&)\s+", re.sub(r"^(?:and|&)\s+", "", part)) for part in areas]
    return _short_areas([piece for part in pieces for piece in part], lead="and|&", joiner="and|&")


def one_joined_name(name: str) -> bool:
    """Whether a phrase with commas is a single unit's name (``comma_joined_name``)."""
    if "," not in name:
        return False
    parts = re.split(r",\s+", name)
    if len(parts) < 2 or not enabled("comma_joined_name"):
        return False
    head = _NAMED_UNIT_HEAD.search(parts[0])
    if head is None or head.group(1).lower() not in UNIT_NOUNS:
        if head is not None and _post_head(parts[0], head) and _post_portfolio(parts, head):
            return True
        return _areas_then_unit_noun(parts)
    if not (parts[-1].startswith("and ") or " and " in parts[-1]):
        return False
    return _short_areas(parts[1:], lead="and|or", joiner="and")


MAX_PORTFOLIO_PARTS = 6


def _portfolios_listed(name: str) -> list[tuple[int, int]]:
    """The spans of ``name``, a list cut at its commas, that are each one post's portfolio
    (``post_portfolio_joined_name``): "Superintendent of Lamps, Associate Warden of Glass, Soot
    and Wick Division, Clerk" lists three, the second from "Associate" to "Division". Each span
    opens with a part whose post word and "of" or "for" head it and closes at the first later
    part that makes the run one name."""
    if not enabled("post_portfolio_joined_name"):
        return []
    cuts = list(re.finditer(r",\s+", name))
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(name)]
    spans: list[tuple[int, int]] = []
    first = 0
    while first < len(starts) - 1:
        head = _NAMED_UNIT_HEAD.search(name[starts[first] : ends[first]])
        if head is None or not _post_head(name[starts[first] : ends[first]], head):
            first += 1
            continue
        for last in range(first + 1, min(len(starts), first + MAX_PORTFOLIO_PARTS)):
            spans_of_parts = zip(starts[first : last + 1], ends[first : last + 1], strict=True)
            parts = [name[s:e] for s, e in spans_of_parts]
            if _post_portfolio(parts, head):
                spans.append((starts[first], ends[last]))
                first = last
                break
        first += 1
    return spans


register(
    "areas_inside_headed_series",
    "name",
    """In a comma-separated series of names each worded as a unit's head noun and "of" or
    "for" ("the Office of Lamps, the Office of Glass, ..."), a part with no such head that
    only joins a few short areas by "and" or "&" ("..., Office of Wicks, Soot and Flame,
    Office of Oil, ...", "the division of wicks, soot and flame") is no name of its own but
    the rest of the name before it: "Office of Wicks, Soot and Flame" is one unit, as
    ``comma_joined_name`` reads it alone. Why: a writer who words every other name of the
    series with its head noun does not drop it for one, and an "and" inside the series
    cannot be its closing one. So the part must stand before another part, or after the
    series' closing "and" ("..., and the division of wicks, soot and flame"); its areas are
    written in the case of the area before it, with no article, unit noun or post word, and
    every other part of the series is headed. Not after the office of a post ("Office of
    the Lamp Commissioner, Wick Records and Trimming, ..."): a post takes no areas, so
    the part after it is a unit of its own. A series closed by "and" with no comma before
    it ("..., the Department of Sconces and the Department of Chimneys, Soot and Ember
    Control") closes at that "and" as at ", and".""",
)
# "Office of", "the division for", "and the Bureau of": a series' part headed by a unit noun
_SERIES_PART_HEAD = lazy_pattern(
    r"^\s*(?:(?:and|or)\s+)?(?:the\s+)?([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?(\S)", re.IGNORECASE
)
# The "and" or "&" joining a continued name's areas ("Soot and Flame", "soot & flame").
_AREAS_JOINT = lazy_pattern(r"\s+(?:and|&)\s+")


def _series_part_head(part: str) -> re.Match[str] | None:
    """The head of a series' part worded as a unit noun and "of" or "for", or None."""
    head = _SERIES_PART_HEAD.match(part)
    return head if head is not None and head.group(1).lower() in UNIT_NOUNS else None


def _office_of_a_post(part: str) -> bool:
    """Whether a series' part names the office of a post ("Office of the Lamp Commissioner",
    "Office of the Glass Comptroller"): its last word a post's, which takes no areas
    (``areas_inside_headed_series``)."""
    words = part.split()
    return bool(words) and words[-1].lower() in POSITION_WORDS


# The series' closing "and" with no comma before it, before the last headed part: "... the
# Department of Sconces and the Department of Chimneys" (``areas_inside_headed_series``).
_CLOSING_AND_INSIDE = lazy_pattern(r"\s(?:and|or)\s+(?:the\s+)?([A-Za-z]+)\s+(?:of|for)\s")


def _closes_inside(part: str) -> bool:
    """Whether ``part`` holds the series' closing "and" before a part headed by a unit noun."""
    return any(m.group(1).lower() in UNIT_NOUNS for m in _CLOSING_AND_INSIDE.finditer(part))


def _short_area(area: str, upper: bool) -> bool:
    """One area of a continued name: a few words of letters opening in the case ``upper``
    says, no article, function word, unit noun or post word."""
    words = area.split()
    if not words or len(words) > MAX_JOINED_PART_WORDS:
        return False
    if not all(w.isalpha() for w in words) or words[0][:1].isupper() != upper:
        return False
    lowered = {w.lower() for w in words}
    return not lowered & (
        {"the", "a", "an", "and", "or", "of", "for"} | UNIT_NOUNS | POSITION_WORDS
    )


_OPENING_JOINT = lazy_pattern(r"^(?:and|&)\s+")


def _continues_areas(run: list[str], upper: bool) -> bool:
    """Whether the parts ``run`` only add short areas to a name, the last joined by "and" or
    "&" ("Soot and Flame"; "Soot", "and Flame"), each opening in the case ``upper`` says
    (``areas_inside_headed_series``)."""
    *firsts, last = [part.strip() for part in run]
    if not all(_short_area(part, upper) for part in firsts):
        return False
    opening = _OPENING_JOINT.match(last)
    if opening is not None:
        return bool(firsts) and _short_area(last[opening.end() :], upper)
    sides = _AREAS_JOINT.split(last)
    return len(sides) == 2 and all(_short_area(side, upper) for side in sides)


def continued_parts(parts: list[str]) -> set[int]:
    """The indexes of the parts of a series cut at its commas that continue the name before
    them (``areas_inside_headed_series``)."""
    if len(parts) < 3 or not enabled("areas_inside_headed_series"):
        return set()
    heads = [_series_part_head(part) for part in parts]
    bare = [i for i, head in enumerate(heads) if head is None]
    if not bare or bare != list(range(bare[0], bare[-1] + 1)) or len(parts) - len(bare) < 2:
        return set()  # one run of parts with no head, the rest of the series headed
    before = heads[bare[0] - 1] if bare[0] else None
    if before is None or _office_of_a_post(parts[bare[0] - 1]):
        return set()  # "Office of the Lamp Commissioner, Wick Records and Trimming"
    closing = re.match(r"\s*(?:and|or)\s", parts[bare[0] - 1]) is not None or (
        _closes_inside(parts[bare[0] - 1])  # "..., the B Office of X and the C Office of Y"
    )
    if bare[-1] == len(parts) - 1 and not closing:
        return set()  # "the Office of A, the Office of B, Wicks and Soot": the series' "and"
    run = [parts[i] for i in bare]
    return set(bare) if _continues_areas(run, before.group(2).isupper()) else set()


def headed_name_with_areas(name: str) -> bool:
    """Whether ``name`` is one such continued name, its head's part and the areas it joins
    ("division of wicks, soot and flame": ``areas_inside_headed_series``)."""
    parts = re.split(r",\s+", name)
    head = _series_part_head(parts[0])
    return (
        len(parts) >= 2
        and head is not None
        and not _office_of_a_post(parts[0])
        and enabled("areas_inside_headed_series")
        and _continues_areas(parts[1:], head.group(2).isupper())
    )


def join_continued_parts(parts: list[str], separator: str = ",") -> list[str]:
    """``parts``, a series cut at ``separator``, with each part that continues the name
    before it joined back to it (``areas_inside_headed_series``)."""
    continued = continued_parts(parts)
    joined: list[str] = []
    for index, part in enumerate(parts):
        if index in continued and joined:
            joined[-1] = joined[-1] + separator + part
        else:
            joined.append(part)
    return joined


def split_list(text: str, phrase: Phrase, *, on_and: bool = True) -> list[Phrase]:
    """The parts of a phrase that lists names: "Wick.gov, Lamp.gov, and Glass.gov".

    Without ``on_and`` only commas separate ("Office of Intelligence and Analysis" stays whole).
    """
    if one_joined_name(phrase.text):
        return [_drop_article(text, phrase, lower=True)]
    kept = _portfolios_listed(phrase.text)
    continued = set() if on_and else continued_parts(re.split(r",\s+", phrase.text))
    parts = []
    cursor = phrase.start
    for number, match in enumerate(_SEPARATORS[on_and].finditer(phrase.text), 1):
        if any(start < match.start() < end for start, end in kept) or number in continued:
            continue
        end = phrase.start + match.start()
        parts.append(Phrase(text[cursor:end], cursor, end))
        cursor = phrase.start + match.end()
    parts.append(Phrase(text[cursor : phrase.end], cursor, phrase.end))
    return [_drop_article(text, part, lower=True) for part in parts if part.text]


def _drop_article(text: str, phrase: Phrase, *, lower: bool = False) -> Phrase:
    match = _ARTICLES[lower].match(phrase.text)
    if not match or len(phrase.text.split()) < 2:
        return phrase
    start = phrase.start + match.end()
    return Phrase(text[start : phrase.end], start, phrase.end)
