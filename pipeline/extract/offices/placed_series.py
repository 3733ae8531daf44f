"""Series placed below a unit or a post: "Under the Lamp Warden are A and B", "A and B report
to the Chief Archivist", "the following report to the Deputy Warden"."""

from __future__ import annotations

import re

from pipeline.extract.list_units.lead_ins import DIRECTION_NOUN
from pipeline.extract.names import name_tokens
from pipeline.extract.offices.common import (
    HONORED_PERSON,
    MAX_NAME_WORDS,
    SERIES_GAP,
    UNDER_DIRECTION,
    WITHIN_UNIT,
    UnitIndex,
    named_unit,
    paren_end,
    unit_key,
    worded_as_unit,
)
from pipeline.extract.offices.contact_and_staff_filters import person_line
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase
from pipeline.text.vocabulary import CAPITAL, NUMBER_WORDS, PLACE_NOUNS

# The name of the unit or post an opening places below, from its capital ("Écran Office").
_BOSS = (
    r"(?P<boss>" + CAPITAL + r"[\w’'&.-]*(?:\s+(?:of|for|and|&|the|" + CAPITAL + r"[\w’'&.-]*))*)"
)
# "Directly below and connected to the Chief Warden is ...", "Under the Deputy Warden, from
# left to right, are:": a chart's text version placing boxes below a named one. A noun of
# direction in capitals is no name ("Under the Supervision of the Lamp Warden are ...":
# _UNDER_DIRECTION_IS).
_BELOW = lazy_pattern(
    r"(?i:(?:directly\s+)?(?:below|under|beneath|underneath)(?:\s+and\s+connected\s+to)?)"
    r"\s+(?!(?i:(?:the\s+)?"
    + DIRECTION_NOUN
    + r"\s+of)\b)(?:the\s+)?"
    + _BOSS
    + r"[^:.\n]{0,60}?\s(?:is|are)\b"
)
# "Within the Wick Division are ...", "Inside the Lamp Bureau is ...", "Reporting to the Lamp
# Warden are ...": the verb right after the name (with a comma between, "Within the Wick
# Division, the Trim Office is ..." is a sentence's opening phrase: ``opening_phrase_host``).
_WITHIN_IS = lazy_pattern(
    r"(?:" + WITHIN_UNIT + r"|(?P<reporting>Reporting\s+(?:directly\s+)?to"
    r"\s+(?:the\s+)?))" + _BOSS + r"\s+(?:is|are)\b"
    # after "Reporting to X are", names or a colon: "Reporting to the Board is a duty of ..." is
    # a gerund's sentence
    r"(?(reporting)(?=\s+(?:the\s+)?(?:[A-Z]|(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s)|\s*:))"
)
# What every _BELOW or _WITHIN_IS match holds (read case-insensitively: none of their
# letters has a fold that lower() does not give, as dotless i or the long s have).
_BELOW_WORDS = ("below", "under", "beneath", "within", "inside", "reporting")
# What may stand before the opening in its sentence: a word and a comma ("Also, under ..."),
# or "Also" without one ("Also under Lamp Services are ...").
_CLAUSE_OPENING = lazy_pattern(r"(?:[A-Z][a-z]+,\s*|Also\s+)?")
# "Under the supervision of the Lamp Warden are ...", "Under the umbrella of Lamp Services
# is ...": a noun of direction between "under" and the name, the verb right after the name
# (placed_series).
_UNDER_DIRECTION_IS = lazy_pattern(
    r"(?i:(?:directly\s+)?" + UNDER_DIRECTION + r")" + _BOSS + r"\s+(?:is|are)\b"
)


def placed_below(
    text: str,
    start: int,
    end: int,
    *,
    by_tokens: dict[frozenset[str], Unit],
    index: UnitIndex,
    top: Unit,
    units: list[Unit],
) -> list[tuple[int, int, Unit]]:
    """A chart's text version says where each box sits: a sentence or line that opens with
    "Directly below the Chief Warden is the Deputy Warden", "Below the Deputy Warden, from left
    to right, are:", "Within the Wick Division are ...", "Reporting to the Warden are ..." or
    "Also, under the Chief Warden are four offices: ..." (or "Also under ...") makes the units
    and positions it names after that opening parts of the one named (a unit of its own when
    the page has not named it). Each opening's span and the unit it names; a clause inside a
    sentence ("The Wick Office, under the Warden, is ...") places nothing (part of
    ``reports_to``)."""
    found: list[tuple[int, int, Unit]] = []
    folded = text[start:end].lower()  # every match holds one of these words, in any case
    if not any(word in folded for word in _BELOW_WORDS):
        return found
    matches = [*_BELOW.finditer(text, start, end), *_WITHIN_IS.finditer(text, start, end)]
    series = enabled("placed_series")
    if series:
        matches += _UNDER_DIRECTION_IS.finditer(text, start, end)
    for match in sorted(matches, key=lambda found: found.start()):
        line = max(start, text.rfind("\n", start, match.start()) + 1)
        if _CLAUSE_OPENING.fullmatch(text, line, match.start()) is None:
            continue
        name = re.sub(r"(?:\s+(?:of|for|and|&|the))+$", "", match.group("boss"))
        boss = by_tokens.get(unit_key(name)) or index.resolve(name)
        if boss is None and worded_as_unit(name) and len(name.split()) <= MAX_NAME_WORDS:
            boss = named_unit(
                text,
                name,
                match.start("boss"),
                by_tokens=by_tokens,
                top=top,
                units=units,
                finder="reports_to",
            )
        if boss is not None:
            found.append((match.start(), match.end(), boss))
    return found


@rule("unit", off=set())
def placed_series(text: str, phrases: list[Phrase], opening_end: int, end: int) -> set[int]:
    """A sentence that opens by placing what it lists below a unit or a post ("Under the
    Lamp Warden are ...", "Within the Wick Division are ...", ``reports_to``) lists that
    unit's parts after its verb, whatever their words, as a verb of composition does: "Also
    under Lamp Services are Wick Systems (WXS), Open Oil Labs (OOL) and Glass Research
    Services", "Underneath the Lamp Services umbrella is the Office of Oil, Tall Rows of
    Wicks and the Soot Section". The opening may name the unit after a noun of
    direction ("Under the supervision of the Lamp Warden are the Wick Section, the Oil Section
    and the Glass Section", "Under the aegis of ..."). The starts of the names of the series
    right after the opening, joined only by commas, semicolons, "and", "or" and "the"; a series
    none of whose names is worded as a unit ("Within the Wick Division are Glass Town, Oil
    Village and Wick Hamlet": places, or people) gives nothing. In a series that has one, a
    person's name ("Jane Q. Doe") or a place's ("Glass Town") is still no part, and an
    honorific ("Dr. John Roe") ends the series: people follow."""
    listed: list[Phrase] = []
    stop = opening_end
    for phrase in phrases:
        if phrase.start < stop:
            continue  # the opening's words, or an acronym in parentheses after a name
        if not SERIES_GAP.fullmatch(text[stop : phrase.start].lower()):  # or ", The"
            break
        if HONORED_PERSON.match(text, phrase.start):
            break
        stop = paren_end(text, phrase.end, end)
        if not person_line(phrase.text) and not set(name_tokens(phrase.text)[-1:]) & PLACE_NOUNS:
            listed.append(phrase)
    if not any(worded_as_unit(phrase.text) for phrase in listed):
        return set()
    return {phrase.start for phrase in listed}


register(
    "following_report_to",
    "unit",
    """ "The following report to the Deputy Warden." makes the units and positions the
    next sentences of its paragraph name parts of that position (a unit of its own); ending a
    page's introduction, it makes the units of the sections that follow its parts.""",
)
