"""Parents read from "falls under", an opening phrase's host ("Within the Office of Wicks,
the Oil Desk ...") and a lead-in whose items report to a post or unit."""

from __future__ import annotations

import re

from pipeline.extract.list_units.lead_ins import DIRECTION_NOUN
from pipeline.extract.names import name_tokens, names_position_only, without_acronyms
from pipeline.extract.offices.common import (
    LIST_GLUE,
    NAME_TAIL,
    POSSESSIVE_ENDS,
    UNDER_DIRECTION,
    WITHIN_UNIT,
    names_whole,
    part_plural,
    rank_noun,
    unit_key,
    unit_named,
)
from pipeline.extract.offices.parents_lead_ins import named_bare
from pipeline.extract.units import Unit, is_above, reparent
from pipeline.rules import enabled, rule
from pipeline.text.blocks import LIST_ITEM, PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase, split_list
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import (
    AUXILIARIES,
    CAPITAL,
    OPENING_PREPOSITIONS,
    POSITION_WORDS,
    PRESENT_VERB,
    UNIT_NOUNS,
)

# "is the chief of", "are also the heads of": the subject heads the unit named after.
_HEAD_OF_VERB = r"(?:is|are)\s+(?:also\s+)?the\s+(?:chief|head)s?\s+of"
# "fall under the direction of the", "also comes under the aegis of the", "is under the
# supervision of the", "operates under the": a verb of standing, "under", perhaps a noun of
# direction and "of", then the name of what the subject stands under; "is housed within the",
# "belongs to the", "is supervised by the", "is a section of the": what it stands within,
# belongs to or is directed by; "is also responsible to the", "is the chief of the": what
# the subject answers to, or the unit a post heads.
# What a part of a unit is called in "is a section of", ", one of the offices of".
_PART_NOUN = (
    r"(?:sub-?)?(?:units?|divisions?|sections?|branch(?:es)?|offices?|bureaus?|departments?"
    r"|components?)"
)
_FALLS_UNDER = lazy_pattern(
    r"(?:\s(?:(?:falls?|comes?|is|are|operates?|sits?|remains?|works?"
    r"|(?:is|are)\s+(?:placed|located|positioned|situated))\s+(?:also\s+|directly\s+)?under"
    r"|(?:is|are)\s+(?:also\s+|directly\s+)?(?:responsible|accountable|answerable)\s+to"
    r"|(?:also\s+)?reports?\s+(?:directly\s+)?to"
    r"|(?:(?:is|are)\s+(?:also\s+)?(?:located|housed|placed|situated|positioned|organi[sz]ed)"
    r"|sits?|(?:is|are))\s+within"
    r"|(?:is|are)\s+(?:also\s+)?(?:attached|subordinate)\s+to|belongs?\s+to"
    r"|forms?\s+(?:a\s+)?part\s+of"
    r"|(?:is|are)\s+(?:also\s+)?(?:supervised|overseen|managed|directed|administered)\s+by"
    r"|(?:is|are)\s+(?:a|an|one)\s+(?:of\s+the\s+)?" + _PART_NOUN + r"\s+of"
    r"|(?<!\bto\s)(?:together\s+)?makes?\s+up|together\s+forms?"
    r"|" + _HEAD_OF_VERB + r")"
    r"|[,(]\s*(?:a|an|one\s+of\s+the)\s+" + _PART_NOUN + r"\s+(?:of|within|under)"
    r"|[,(]\s*(?:a\s+)?part\s+of)\s+"
    r"(?:the\s+)?(?:" + DIRECTION_NOUN + r"\s+of\s+(?:the\s+)?)?"
    r"(?P<host>[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&-]*))*)"
)
# A piece of each alternative of _FALLS_UNDER's verb, one of which every match holds.
_FALLS_UNDER_PIECES = (
    "under",
    "responsible",
    "accountable",
    "answerable",
    "chief",
    "head",
    "within",
    "attached",
    "subordinate",
    "belong",
    "part",
    "by",
    "unit",
    "division",
    "section",
    "branch",
    "office",
    "bureau",
    "department",
    "component",
    "make",
    " form",
    "report",
)
# "under the Lamp Bureau's direction": after a possessive host, a noun of direction.
_DIRECTION_AFTER_OWNER = lazy_pattern(r"\s+" + DIRECTION_NOUN + r"\b")


@rule("parent", off=None)
def falls_under(text: str, start: int, end: int) -> tuple[int, str, int] | None:
    """ "The Wick Team and the Oil Unit fall under the direction of the Lamp Bureau", "The Glass
    Branch, a resource branch, also comes under the aegis of the Chief Warden", "The Soot Office
    is under the supervision of the Lamp Division": the units a sentence names before a verb of
    standing ("falls", "comes", "is", "operates") and "under" (perhaps "the
    direction/supervision/aegis of") are parts of the unit or position named after it, when the
    page has found that one as a unit. So are those a sentence says answer to one ("The Tallow
    Branch is also responsible to the Chief Warden", "accountable to", "The Tallow Branch
    reports to the Lamp Bureau", when the words before "reports" are the units' names and
    their glue only, no verb or person of their own) and the posts it names as
    the chiefs or heads of a unit ("The Wick Director is the chief of the Wick Division"), a
    post and not a unit ("The Lamp Council is the head of the Wick Network" does not put the
    council under the network). So do other verbs of standing within, belonging to or being
    directed by a unit ("is located within", "sits within", "is housed within", "is placed
    under", "works under the direction of", "is attached to", "belongs to", "forms part of", "is
    subordinate to", "is supervised by", "is a sub-unit of", "is one of the offices of"); "in"
    is no such word ("is located in the Wick Division building", "is in Lampton"). So do those a
    sentence says make up or together form a unit ("The Trim Office and the Soot Office make up
    the Wick Division"), and the unit named just before an appositive that calls it a unit or a
    part of one ("..., the Trimming Office, a unit of the Wick Division, ...", "the Soot Office
    (part of the Wick Division)"). The first verb whose host the page found places the subject
    ("..., which is within Lampton, falls under the Wick Division"). A unit already placed below
    a part of the host stays there ("The Trim Office, part of the Lamp Bureau, ..." of a part of
    the bureau's Glass Division). The subject is the sentence's, not an opening phrase's
    ("Working with the Oil Unit, the Glass Unit falls under ..." places the Glass Unit only),
    and after a relative pronoun the name it stands for ("The Oil Unit supervises the Glass
    Unit, which falls under ..." places the Glass Unit only). Returns where the verb starts, the
    host's name and where it starts. A verb denied ("does not fall under", "no longer comes
    under") places nothing, and so does a host's possession that is not its direction ("operates
    under the Lamp Bureau's safety rules", where "under the Lamp Bureau's direction" places)."""
    fragment = text[start:end]  # the pattern tries every space; most sentences hold no verb
    if not any(map(fragment.__contains__, _FALLS_UNDER_PIECES)):
        return None
    match = _FALLS_UNDER.search(text, start, end)
    while match is not None and (
        _NEGATED_BEFORE.search(text, start, match.start() + 1)
        or (
            match.group("host").endswith(("'s", "’s"))
            and not _DIRECTION_AFTER_OWNER.match(text, match.end("host"), end)
        )
    ):
        match = _FALLS_UNDER.search(text, match.end(), end)
    if match is None:
        return None
    host = NAME_TAIL.sub("", match.group("host"))
    return match.start(), host.removesuffix("'s").removesuffix("’s"), match.start("host")


_THE_OPENING = lazy_pattern(r"\bThe(?=\s)")
# "does not", "no longer", "never", "don't" just before a verb: the sentence denies it.
_NEGATED_BEFORE = lazy_pattern(r"\b(?:not|never|no\s+longer|\w+n[’']t)\s+\Z")


def _units_by_key(units: list[Unit]) -> dict[frozenset[str], Unit]:
    """The units by the key of their names, the first of those that share one."""
    keys: dict[frozenset[str], Unit] = {}
    for unit in units:
        keys.setdefault(unit_key(unit.name), unit)
    return keys


# The finders of units named by words they share with others ("the Wick and Glass
# Divisions"): their names are not written whole where they were found.
_SHARED_FINDERS = frozenset({"shared_unit_noun", "shared_noun_after_verb", "compass_series"})


def fall_under_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the units a sentence says fall under a unit under that unit (``falls_under``)."""
    text = page.text
    keys = _units_by_key(units)
    for _, start, end in page.prose_sentences():
        found = falls_under(text, start, end)
        host = None
        while found is not None:
            # "..., which is within Lampton, falls under the Wick Division": the first verb's
            # host is no unit, a later one's may be
            verb, name, _ = found
            host = keys.get(unit_key(name)) or named_bare(name, units)
            if host is not None:
                break
            found = falls_under(text, verb + 1, end)
        if found is None or host is None:
            continue
        opening = text.rfind(";", start, verb) + 1 or start
        subject = _THE_OPENING.sub(lambda m: m.group().lower(), text[opening:verb])
        subject, relative = _falls_under_subject(subject)
        # a unit read from the subject's words whose name is not written there ("the Wick and
        # Glass Divisions": the Wick Division) stands in it by where it was found; the
        # subject is the words before the verb less an opening phrase or a relative clause
        begin = opening if relative else verb - len(subject)
        stop = begin + len(subject)
        appositive = text[verb] in ",("
        named = [
            unit
            for unit in units
            if unit is not top
            and unit is not host
            and not is_above(unit, host)
            and (
                names_whole(subject, unit.name, 0, len(subject))
                or (
                    begin <= unit.evidence_start < unit.evidence_end <= stop
                    and unit.found_by in _SHARED_FINDERS
                )
            )
        ]
        if _REPORTS.match(text, verb) and not _names_only(subject, named):
            continue  # "... are appointed by the Board and report to": a clause's verb
        if _HEADS_OF.match(text, verb):  # "is the chief of": a post heads the unit, a unit not
            named = [unit for unit in named if names_position_only(unit.name)]
        if relative and named:  # "..., which falls under": only the name just before "which"
            named = [max(named, key=lambda unit: subject.rfind(unit.name))]
        if appositive:  # "the Trim Office, a unit of ...": only a name that ends at the comma
            named = [unit for unit in named if subject.rstrip().endswith(unit.name)]
        for unit in named:
            # placed there already, or below a unit within the host: "is within the Lamp
            # Bureau" or "the Trim Office, part of the Lamp Bureau" is true of a part of a part
            if unit.parent is None or not is_above(host, unit.parent):
                reparent(unit, host, "falls_under")


# "reports to", which may close a run of verbs ("are appointed by the Board and report to").
_REPORTS = lazy_pattern(r"\s(?:also\s+)?reports?\s")


# "Within the Wick Division, ...", "Under the Oil Bureau, ...", "Under the direction of the
# Lamp Warden the ...", "Also, within the Glass Division, ...": a sentence's opening phrase
# that sets what follows within or under a unit, its preposition capitalized or after "Also".
# The host's name is a run of capitalized words (accented ones too), "of", "for", "and" or
# "&" (and "the" after them) between them, never a bare "the": with no comma the phrase ends
# where "the" opens the sentence's subject ("... of the Lamp Warden the Glass Office keeps
# ..."), and it needs "the" after its preposition, as the reading of names does ("Within
# Wick Division the Trim Unit" is one name).
_HOST_WORD = CAPITAL + r"[\w’'&.-]*"
_OPENING_HOST = lazy_pattern(
    r"\s*(?:\(?\w{1,4}[.)]\s+)?(?:Also,?\s+|(?=" + CAPITAL + r"))"
    r"(?i:" + UNDER_DIRECTION + r"|under(?:neath)?\s+the\s+|" + WITHIN_UNIT + r")"
    r"(?P<host>" + _HOST_WORD + r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?" + _HOST_WORD + r")*)"
    r"(?:\s*,\s*|(?(bare)(?!)|\s+(?=the\s+" + CAPITAL + r")))"
)
# Where a clause of its own starts inside the sentence, its subject first: ", while the
# Oil Unit ...", "; the Glass Unit ...".
_NEXT_CLAUSE = lazy_pattern(r",\s+(?:while|whereas)\s+|;\s+")


def opening_phrase_host(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The unit a sentence's opening phrase sets its subject within or under
    (``opening_phrase_host``, registered with the reading of names it also changes): the
    host's name, where it starts and where the sentence's main clause starts; None when
    the sentence opens otherwise or the rule is off."""
    if not enabled("opening_phrase_host"):
        return None
    fragment = text[start : min(end, start + 24)].lower()
    if not any(word in fragment for word in ("within", "inside", "under")):
        return None
    opening = _OPENING_HOST.match(text, start, end)
    if opening is None:
        return None
    host = opening.group("host").rstrip(".")
    return host, opening.start("host"), opening.end()


# What may stand between the names of a clause's subject, besides commas.
_SUBJECT_GLUE = lazy_pattern(r"\b(?:the|and|or)\b")


def _clause_subjects(page: PageLayout, start: int, end: int) -> list[Phrase]:
    """The names that open a clause as its subject, from ``start``: a run of names joined
    only by commas, "and", "or", "the" and an acronym in parentheses, up to the first other
    word, when that word reads as the clause's verb. None for names that modify a noun
    instead: a possessive ("the Can Unit's staff"), a plural unit noun after them ("the
    Glass Division offices") or a word before an auxiliary ("the Glass Division liaisons
    are ...")."""
    text = page.text
    subjects: list[Phrase] = []
    cursor = start
    for phrase in page.phrases(start, end):
        for piece in split_list(text, phrase, on_and=False):
            if (
                text[piece.start - 1 : piece.start] == "("
                and text[piece.end : piece.end + 1] == ")"
            ):
                cursor = piece.end + 1  # the acronym the name before defines: "(CU)"
                continue
            if _SUBJECT_GLUE.sub("", text[cursor : piece.start]).strip(" \t\n,"):
                return _verb_follows(text, subjects, cursor, end)
            if piece.text.endswith(POSSESSIVE_ENDS):
                return []
            subjects.append(piece)
            cursor = piece.end
    return _verb_follows(text, subjects, cursor, end)


# The word after a clause's subject names, and the one after it.
_NEXT_WORDS = lazy_pattern(r",?\s+(?P<word>[a-z][\w-]*)(?:\s+(?P<then>[a-z]+))?")


# Words after a name that say it is the subject whatever the verb's form: "the Trim Unit,
# which keeps", "the Trim Unit that keeps".
_RELATIVES = frozenset({"which", "who", "that"})


def _verb_follows(text: str, subjects: list[Phrase], cursor: int, end: int) -> list[Phrase]:
    """``subjects`` when the word after them reads as their verb (``_clause_subjects``), not
    as a noun they modify (a plural unit noun, a word before an auxiliary: "the Glass
    Division liaisons are"). After one name the verb agrees with it, perhaps after "also" or
    an adverb in -ly: in -s (``PRESENT_VERB``: not "-ss", "-is", "-us", "the Drum Unit
    boss") or -ed, an auxiliary or a modal ("the Trim Unit keeps", "also trimmed",
    "currently is", "will"), or a relative pronoun opens a clause about it; "the Glass
    Division staff keep" names no subject."""
    after = _NEXT_WORDS.match(text, cursor, end)
    if after is None:
        return []
    word, then = after.group("word"), after.group("then") or ""
    if (word == "also" or word.endswith("ly")) and then:
        word = then  # "the Trim Unit also has", "the Trim Unit currently keeps"
    elif part_plural(word) or then in AUXILIARIES:
        return []
    if len(subjects) == 1 and not (
        PRESENT_VERB.fullmatch(word)
        or word.endswith("ed")
        or word in AUXILIARIES
        or word in _RELATIVES
    ):
        return []
    return subjects


# The parents a unit takes from where the page sets it, which an opening phrase overrides.
_OPENING_PLACED_BY = frozenset({"default_root", "inside_section", "under_page_subject"})


def opening_phrase_parents(page: PageLayout, units: list[Unit]) -> None:
    """Place the units a sentence's opening phrase sets within or under a unit under that
    unit (``opening_phrase_host``), a subject named in full as a unit and found by no rule
    made one."""
    text = page.text
    keys = _units_by_key(units)
    for _, start, end in page.prose_sentences():
        found = opening_phrase_host(text, start, end)
        if found is None:
            continue
        name, _, clause = found
        host = keys.get(unit_key(name)) or named_bare(name, units)
        if host is None:
            continue
        starts = [clause] + [m.end() for m in _NEXT_CLAUSE.finditer(text, clause, end)]
        # a unit's noun, which a later clause's subject worded alike is its peer's ("Within
        # the Wick Division, the Trim Unit ...; the Glass Division ..."); the office of a post
        # ("the Warden's Office") holds offices
        post = bool(set(name_tokens(host.name)) & POSITION_WORDS)
        rank = None if post else rank_noun(host.name)
        for begin in starts:
            for phrase in _clause_subjects(page, begin, end):
                subject = without_acronyms(phrase.text).strip()
                if begin != clause and rank is not None and rank_noun(subject) == rank:
                    continue
                unit = keys.get(unit_key(subject)) or named_bare(subject, units)
                if unit is None:
                    words = name_tokens(subject)
                    if len(words) < 2 or words[-1] not in UNIT_NOUNS or set(words) & POSITION_WORDS:
                        # "the Chief Trimmer", "the Chief of the Trim Unit": a post's; "the
                        # Office": a unit noun alone refers back. No unit named in full.
                        continue
                    unit = unit_named(
                        text,
                        subject,
                        phrase.start,
                        host,
                        found_by="opening_phrase_host",
                        parent_by="opening_phrase_host",
                        is_group=False,
                    )
                    units.append(unit)
                    keys.setdefault(unit_key(subject), unit)
                    continue
                if is_above(unit, host) or unit.parent_by not in _OPENING_PLACED_BY:
                    continue  # above the host, or placed by what the text says of it
                reparent(unit, host, "opening_phrase_host")


def _names_only(subject: str, named: list[Unit]) -> bool:
    """Whether a subject is the names of ``named`` and their glue, with no verb or other words
    of its own before the verb that follows it ("The Office of Wick Care and the Oil Unit",
    not "... is run by the Oil Unit and", not "Ann Tallow of the Wick Division")."""
    rest = subject
    for unit in sorted(named, key=lambda unit: -len(unit.name)):
        rest = rest.replace(unit.name, " ")
    words = re.findall(r"[^\W\d_][\w’'-]*", rest)
    return bool(named) and all(w.lower() in LIST_GLUE for w in words)


# "is the chief of", "are the heads of": the subject heads the unit named after.
_HEADS_OF = lazy_pattern(r"\s" + _HEAD_OF_VERB + r"\s")
# "..., which falls under", "... that is also responsible to": a relative pronoun before the verb.
_RELATIVE_BEFORE_VERB = lazy_pattern(
    r"(?:,\s*|\s)(?:which|that|who)(?:\s+(?:also|now|directly))?\s*$"
)
# "Working with the Oil Unit, ...", "Created by the Lamp Board in 1990, ...", "Like the Oil Unit,
# ...": a sentence's opening phrase, a participle or a preposition and lower-case words.
_OPENING_PHRASE = lazy_pattern(r"^\s*(?P<word>[A-Z][a-z]+)\s+[a-z][^,]*,")
# "... decided that ", "... states that ": the words up to the last clause a "that" opens.
_REPORTED_CLAUSE = lazy_pattern(r".*\b(?:that|whether)\s+(?=\S)", re.DOTALL)
_PHRASE_OPENERS = OPENING_PREPOSITIONS | {"like", "unlike", "besides", "in", "after", "before"}


def _falls_under_subject(subject: str) -> tuple[str, bool]:
    """The part of the words before a verb of ``falls_under`` that is its subject, and whether
    the verb follows a relative pronoun: a sentence's opening phrase ("Working with the Oil
    Unit, the Glass Unit falls under ...") and the main clause of a reported one ("The Lamp
    Division decided that the Glass Unit falls under ...") are not the subject, and the
    subject of "..., which falls under" is the name just before "which"."""
    relative = _RELATIVE_BEFORE_VERB.search(subject)
    if relative is not None:
        return subject[: relative.start()], True
    reported = _REPORTED_CLAUSE.match(subject)
    if reported is not None:  # "The Lamp Division decided that the Glass Unit falls under"
        return subject[reported.end() :], False
    phrase = _OPENING_PHRASE.match(subject)
    if phrase is not None:
        word = phrase.group("word").lower()
        if word in _PHRASE_OPENERS or word.endswith(("ing", "ed")):
            return subject[phrase.end() :], False
    return subject, False


# A lead-in's last words: "report (directly) to the Assistant Lamp Warden:", the name running
# past its commas ("report to the Assistant Warden, Wick Operations:").
_LEAD_REPORTS_TO = lazy_pattern(
    r"\breport(?:s|ing)?\s+(?:directly\s+)?to\s+(?:the\s+)?"
    r"(?P<boss>[A-Z][\w’'&-]*(?:(?:\s+|,\s+)(?:of|for|and|&|the|[A-Z][\w’'&-]*))*)\s*:\s*$"
)


@rule("parent", off=None)
def lead_in_reports_to(lead: str) -> str | None:
    """A lead-in that says the items after it report to a post or unit ("The following
    departments report directly to the Assistant Lamp Warden:", "The following positions
    report to the Deputy Warden, Wick Operations:") makes its items parts of that post or
    unit, when the page names it as a unit anywhere (its prose may name it after the list:
    "The Assistant Lamp Warden oversees ..."); items a lead-in already placed, or nested
    under another item, stay where they are; a lead-in that denies it ("The following
    offices do not report to ...", "no longer report to") places nothing. Returns the name
    reported to."""
    match = _LEAD_REPORTS_TO.search(lead)
    if match is None or _NEGATED_BEFORE.search(lead, 0, match.start()):
        return None
    return match.group("boss")


def _headed_unit(post: str, units: list[Unit]) -> Unit | None:
    """The unit a post given with its portfolio after a comma heads ("Assistant Warden, Wick
    Operations" heads the "Wick Operations Division", "Director, Office of Lamp Glass" the
    "Office of Lamp Glass"): the unit named by the portfolio's words and unit nouns alone."""
    title, _, portfolio = post.partition(",")
    key = unit_key(portfolio)
    if not key or not set(name_tokens(title)) & POSITION_WORDS:
        return None
    return next(
        (
            unit
            for unit in units
            if key <= (other := unit_key(unit.name)) and other - key <= UNIT_NOUNS
        ),
        None,
    )


def lead_in_report_parents(page: PageLayout, units: list[Unit], top: Unit) -> None:
    """Place the items of a list whose lead-in says they report to a unit under that unit
    (``lead_in_reports_to``), once every unit of the page is found."""
    keys = _units_by_key(units)
    blocks = page.blocks
    for index, block in enumerate(blocks[:-1]):
        if block.kind != PARAGRAPH or blocks[index + 1].kind != LIST_ITEM:
            continue
        name = lead_in_reports_to(block.text)
        boss = _headed_unit(name, units) or keys.get(unit_key(name)) if name else None
        if boss is None:
            continue
        last = index + 1
        while last + 1 < len(blocks) and blocks[last + 1].kind == LIST_ITEM:
            last += 1
        start, end = blocks[index + 1].start, blocks[last].end
        for unit in units:
            if (
                start <= unit.evidence_start < end
                and unit.parent_by == "inside_section"
                and unit is not top
                and not is_above(unit, boss)
            ):
                reparent(unit, boss, "lead_in_reports_to")
