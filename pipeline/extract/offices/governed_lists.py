"""Names listed after verbs of leading and of oversight ("The Warden oversees A, B and C"),
the units by whom a body's work is done ("Operations are handled by A, B and C"), short
forms of units found already, and a found unit's bare parts."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.acronyms import Definitions
from pipeline.extract.list_units.common import is_capitalized_name
from pipeline.extract.list_units.filters import refers_back, title_modifier_alone
from pipeline.extract.list_units.lead_ins import plural_unit_noun
from pipeline.extract.names import (
    PAREN_AFTER,
    name_tokens,
    names_position_only,
    noun_before_of,
    without_acronyms,
    worded_as_a_unit,
)
from pipeline.extract.offices.common import (
    AGENCY_WORDS,
    ANY_UNIT_NOUNS,
    DOCUMENT_WORDS,
    LEADS_VERB,
    MAX_PART_WORDS,
    MAX_POSITION_WORDS,
    MEMBERS_SUBJECT,
    POSSESSIVE_ENDS,
    SERIES_GAP,
    UnitIndex,
    names_instrument,
    part_plural,
    read_elsewhere,
    section_owners,
    section_part,
    taken_spans,
    unit_key,
    unit_named,
)
from pipeline.extract.offices.own_parts import part_ends
from pipeline.extract.offices.section_units import office_of_position
from pipeline.extract.units import Unit
from pipeline.rules import enabled, register, rule
from pipeline.text.blocks import LIST_ITEM, PARAGRAPH
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase, split_list
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import (
    PLACE_NOUNS,
    POSITION_WORDS,
    PROGRAM_NOUNS,
    SYSTEM_NOUNS,
    UNIT_NOUNS,
)
from pipeline.text.words import singular_noun

# "The Director oversees the A Office, the B Office and C", "They provide direct oversight and
# guidance to A, B, and the C Office", "began to oversee A, B and C": a verb of supervision
# and the start of what it governs.
_OVERSEES = lazy_pattern(
    r"(?<!\bto )\b(?:also\s+|directly\s+)?(?:oversees?|supervises?"
    r"|(?:began|begins|continues)\s+to\s+(?:oversee|supervise)"
    r"|(?:is|are)\s+responsible\s+for\s+supervising"
    r"|(?:provides?|has|have|exercises?)\s+(?:direct\s+|general\s+|overall\s+)?"
    r"(?:oversight|supervision)(?:\s+and\s+guidance)?\s+(?:to|for|over|of))\s+(?:the\s+)?"
)
# What may stand between the governing name and its verb: an aside in parentheses.
_GOVERNOR_GAP = lazy_pattern(r"\s*(?:\([^()]{1,40}\))?\s*")
_PRONOUN_SUBJECT = lazy_pattern(r"\s*(?:They|He|She|It)\s")

register(
    "leading_verb_list",
    "unit",
    """Names a sentence lists after a verb of leading are units its subject heads, as those
    after a verb of supervision are (``oversight_list``): "The Office of the Deputy Warden
    leads the Lamp Inspection Service, which inspects ...", "The Lamp Counsel also is the
    head of the Glass Law Division, a bureau ...", "A Deputy Keeper post was created to head
    the Wick Care Group", "There are Senior Keepers leading Oil Supply, Glass Care, and
    the Soot and Ember Divisions". The verbs are "heads" and "leads" (``LEADING_VERBS``),
    "head the" and "lead the",
    "is (also) the head of", and "leading" right after the name of who leads (not "the
    leading Wick Institute"); the first of them in the sentence that leads a body is read
    ("As the leading Lamp Institute, the Wick Office also heads the Oil Division").
    "directs", "manages" and "runs" are left out: what one directs is as often a body one
    presides over as a member (a committee a bureau's head chairs, made a unit of the bureau
    when "chairs" and "directs" were read), what one manages or runs a thing ("manages the
    Lamp Data Network"). What is led is a body: one name at least ends in a unit noun or
    holds one before "of" or "for" ("the Ember Bureau of Lamps"; "leads Wick Renewal
    across the Valley" or a line "Wick Trimming leads Jo Bloggs and Al Smith" names none);
    the other names of the series are its peers when each is worded so too, or when the
    series closes on a plural unit noun its names share ("Oil Supply, Glass Care, and the
    Soot and Ember Divisions"): "leads the Oil Division and the Lamp Safety Review" names
    one body, not the review. The subject, a unit found, is their parent, or the unit whose
    section holds the sentence; a post named as the subject and found nowhere else ("Senior
    Keepers leading ...") is not made a unit, and a possessive that runs into words in lower
    case ("leads the Board's work with ...") names nothing led. A sentence with a verb of
    supervision is ``oversight_list``'s, whichever of the two is switched on.""",
)
# "The Wick Keeper heads the Oil Division", "leads the Glass Service", "is also the head of
# the Soot Division", "to head the Wick Group", "Keepers leading Oil Supply, ...": a verb of
# leading and the start of the names led (``leading_verb_list``; a name led opens with a
# capital, any letter's); "leading" is read only after its subject's name.
_LEADING_VERB = lazy_pattern(
    r"\b(?:also\s+)?(?:" + LEADS_VERB + r"|(?P<participle>leading)|(?:head|lead)(?=\s+the\s)"
    r"|(?:is|are)\s+(?:also\s+)?(?:the\s+)?heads?\s+of)\s+(?:the\s+)?"
)


def _names_body(name: str) -> bool:
    """A name that ends in a unit noun, singular or plural ("Wick Care Group", "Soot and
    Ember Divisions"), or holds one before "of" or "for" ("Office of Lamps", "Ember
    Bureau of Lamps"): a body's name. A unit noun alone ("is the head of the Directorate")
    refers to a body named elsewhere."""
    tokens = name_tokens(name)
    return len(tokens) > 1 and (
        tokens[-1] in UNIT_NOUNS
        or plural_unit_noun(tokens[-1])
        or noun_before_of(tokens, UNIT_NOUNS)
    )


def _bodies_led(governed: list[Phrase]) -> list[Phrase]:
    """The names a verb of leading governs that name bodies (``leading_verb_list``): none
    when no name is worded as a body; else those worded so, or all of them when the series
    closes on a plural unit noun its names share ("Oil Supply, Glass Care and the Soot and
    Ember Divisions")."""
    names = [without_acronyms(part.text) for part in governed]
    bodies = [_names_body(name) for name in names]
    if not any(bodies):
        return []
    last = name_tokens(names[-1])
    if len(governed) > 1 and last and plural_unit_noun(last[-1]):
        return governed
    return [part for part, body in zip(governed, bodies, strict=True) if body]


def _subject_before(text: str, phrases: list[Phrase], verb: int) -> Phrase | None:
    """The name right before a verb that starts at ``verb`` (an aside in parentheses may stand
    between them): the verb's subject."""
    return next(
        (
            p
            for p in reversed(phrases)
            if p.end <= verb and _GOVERNOR_GAP.fullmatch(text, p.end, verb) is not None
        ),
        None,
    )


def _led_names(
    text: str, phrases: list[Phrase], start: int, end: int
) -> tuple[re.Match[str], list[Phrase], Phrase | None] | None:
    """The first verb of leading in a sentence that leads bodies (``leading_verb_list``),
    with the bodies it governs and its subject: not "the leading X" (no subject before the
    participle), nor a verb that governs no body ("leads Lamp Renewal")."""
    for verb in _LEADING_VERB.finditer(text, start, end):
        governed = governed_names(text, phrases, verb.end(), end)
        if not governed:
            continue
        subject = _subject_before(text, phrases, verb.start())
        if subject is None and verb.group("participle"):
            continue  # "the leading Wick Institute": an adjective
        bodies = _bodies_led(governed)
        if bodies:
            return verb, bodies, subject
    return None


def governed_names(text: str, phrases: list[Phrase], start: int, end: int) -> list[Phrase]:
    """The names listed right after a verb of supervision that ends at ``start``: the run of
    name phrases joined only by commas, semicolons, "and", "or" and "the", each split at its
    commas; "A, B and C" at the end of the run, without a comma before "and", is two names."""
    run: list[Phrase] = []
    cursor = start
    for phrase in phrases:
        if phrase.end <= start:
            continue
        joined = phrase
        if run and run[-1].end == cursor and text[cursor : phrase.start] == " ":
            if not run[-1].text.endswith(POSSESSIVE_ENDS):
                break
            # "Wick Workers’ Relief Fund": a possessive inside the name.
            joined = Phrase(text[run[-1].start : phrase.end], run[-1].start, phrase.end)
            run.pop()
        elif phrase.start < cursor or SERIES_GAP.fullmatch(text, cursor, phrase.start) is None:
            break
        run.append(joined)
        cursor = phrase.end
        after = PAREN_AFTER.match(text, cursor, end)
        if after is not None:
            cursor = after.end()
    if run and (run[-1].text.endswith(POSSESSIVE_ENDS) or not part_ends(text, cursor, end)):
        run.pop()  # "oversees Lamp agency performance", "the Board's work with ...": no name
    listed: list[Phrase] = []
    for phrase in run:
        listed.extend(split_list(text, phrase, on_and=False))
    if run and len(split_list(text, run[-1], on_and=False)) > 1:
        last = listed[-1]
        serial = not re.search(r",\s+and\s", run[-1].text)
        if serial and " and " in last.text and not re.search(r"\band\s+the\b", last.text):
            cut = last.text.rindex(" and ")
            listed[-1:] = [
                Phrase(last.text[:cut], last.start, last.start + cut),
                Phrase(last.text[cut + 5 :], last.start + cut + 5, last.end),
            ]
    return listed


def _staff_of_units(words: list[str]) -> bool:
    """ "Division Lieutenants", "Branch Supervisors": the people of units, a unit noun right
    before a last plural noun that is neither a unit's nor a position's."""
    last = words[-1].lower()
    return (
        len(words) > 1
        and last.endswith("s")
        and not {last, last[:-1]} & (UNIT_NOUNS | POSITION_WORDS)
        and words[-2].lower() in UNIT_NOUNS
    )


def _opening_unit(
    text: str, phrases: list[Phrase], start: int, resolve: Callable[[str], Unit | None]
) -> Unit | None:
    """The first unit found that a sentence names ("There are two Deputy Wardens who ..."):
    what "They" in the sentence after it stands for."""
    for phrase in phrases:
        found = resolve(without_acronyms(phrase.text))
        if found is not None:
            return found
    return None


register(
    "oversight_list",
    "unit",
    """Names a sentence lists after a verb of supervision are the units its subject governs:
    "The Chief of Wicks oversees Oil Supply, Glass Care and Soot Removal", "The Warden provides
    direct oversight and guidance to the Deputy Wardens, the Office of Lamps, and the Oil
    Center", "They supervise ..." (the subject of the sentence before), in any section's
    prose. Each name is capitalized, at most a few words long, and joined to the next only by
    commas, "and" and "the"; a sentence that governs "the Board's work with the A Office"
    lists nothing; a law or a document governed ("the Lamp Safety Act", "the Wick Standards
    Regulations") is no unit; names another rule already read from the same words ("oversees
    A, B and C" as a list of parts) are not read again, cut differently. The subject, a unit
    found or a position title it names (created then), is their parent; without one, the
    unit whose section holds the sentence is. A name's acronym is the page's definition of
    it. The sentence before is read for its first unit only when "They" opens the next
    one.""",
)


def governed_lists(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit, definitions: Definitions
) -> list[Unit]:
    """The units sentences name after a verb of supervision (``oversight_list``) or, where
    none is, of leading (``leading_verb_list``): one reading of the page's sentences, each
    branch behind its own rule's switch, so that switching one off takes away its units
    alone. A sentence whose branch is off is still read for the unit its subject names
    (what "They" in the next sentence stands for), as when it is on."""
    text = page.text
    owners = section_owners(page, units, top)
    found: list[Unit] = []
    by_name: dict[str, Unit] = {}  # what this reading found, by its name in lower case

    def resolve(name: str) -> Unit | None:
        return (
            by_name.get(name.lower()) or index.resolve(name) or office_of_position(name, {}, index)
        )

    taken = taken_spans(units)
    # The sentence before, as its first unit or (not read yet) its span: what "They" is.
    previous: Unit | tuple[int, int] | None = None
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            said_before, previous = previous, None
            fragment = text[start:end]
            supervises = "overs" in fragment or "upervis" in fragment
            if not supervises and _PRONOUN_SUBJECT.match(text, start) is None:
                previous = (start, end)  # its first unit, read only if "They" follows
            verb = _OVERSEES.search(text, start, end) if supervises else None
            # a verb of leading where none of supervision is (leading_verb_list)
            led = verb is None and ("lead" in fragment or "head" in fragment)
            if led and not enabled("leading_verb_list"):
                continue
            phrases = page.phrases(start, end) if verb is not None or led else []
            if led:
                reading = _led_names(text, phrases, start, end)
                if reading is None:
                    continue
                verb, governed, subject = reading
            elif verb is not None:
                governed = governed_names(text, phrases, verb.end(), end)
                if not governed:
                    continue
                subject = _subject_before(text, phrases, verb.start())
            else:
                continue
            finder = "leading_verb_list" if led else "oversight_list"
            on = enabled(finder)
            opening = phrases[0] if phrases and phrases[0].start - start <= len("The ") else None
            if subject is None and opening is not None and opening.end <= verb.start():
                subject = opening  # "The Comptroller is the ... and supervises ..."
            head: Unit | None = None
            if subject is not None and not refers_back(subject.text):
                name = without_acronyms(subject.text)
                head = resolve(name)
                if (
                    head is None
                    and on
                    and not led  # a post that leads is no unit of its own here
                    and "," not in name
                    and set(name_tokens(name)) & POSITION_WORDS
                    and len(name.split()) <= MAX_POSITION_WORDS
                    and is_capitalized_name(name)
                ):
                    head = section_part(
                        text,
                        name,
                        subject.start,
                        owner,
                        top,
                        found_by="oversight_list",
                        is_group=True,
                    )
                    by_name[name.lower()] = head
                    found.append(head)
            elif _PRONOUN_SUBJECT.match(text, start) and said_before is not None:
                if isinstance(said_before, tuple):
                    before = page.phrases(*said_before)
                    said_before = _opening_unit(text, before, said_before[0], resolve)
                head = said_before
            if not led:
                previous = head
            if not on:
                continue
            parent = head or owner
            for part in governed:
                name = without_acronyms(part.text)
                words = name.split()
                if (
                    not words
                    or len(words) > MAX_PART_WORDS
                    or not name[:1].isupper()
                    or not is_capitalized_name(name)
                    or (len(words) == 1 and name.lower() in POSITION_WORDS)
                    or title_modifier_alone(name)
                    or refers_back(name)
                    or _staff_of_units(words)
                    or words[-1].lower() in PROGRAM_NOUNS | SYSTEM_NOUNS
                    or names_instrument(words)
                    or read_elsewhere(taken, verb.end(), part)
                    or resolve(name) is not None
                    or unit_key(name) == unit_key(top.name)
                ):
                    continue
                defined = definitions.named(name)
                unit = unit_named(
                    text,
                    name,
                    part.start,
                    parent,
                    found_by=finder,
                    parent_by=finder,
                    is_group=False,
                )
                unit.acronym = defined.acronym if defined is not None else None
                by_name[name.lower()] = unit
                found.append(unit)
    return found


register(
    "short_form_subject",
    "unit",
    """A sentence may name a unit found already by its name without its unit noun: "Wick
    Care includes Trimming and Braiding" after "the Wick Care Unit", "Soot Control oversees
    ..." after "the Soot Control Office". Such a subject is that unit (the parts it lists go
    under it), not a new unit beside it, and a name listed that is such a short form
    ("Ember Watch" for the Ember Watch Center found already) is no new unit either.""",
)


@rule("unit", off=[])
def found_subject_bare_parts(
    text: str, governed: list[Phrase], start: int, verb: int
) -> list[Phrase]:
    """A unit found elsewhere that opens a sentence with a verb of composition ("Wick Care
    encompasses Trimming, Braiding and the Dip Unit", "The Oil Bureau includes Supply and
    Refining") names its parts after it, whatever their words: the subject is known as a
    unit, and what it is made of are units too, not only names ending in a unit noun
    (``composition_list``). Every name listed must be capitalized, name no position, no
    program, no document (an act, a regulation: what a unit oversees) and hold at most a
    few words; a subject that is a body of members (board, council, committee, commission)
    lists members, and a post ("The Chief of Wicks oversees ...") duties, not parts. Returns
    the names, or none when one of them fails."""
    if MEMBERS_SUBJECT.search(text, start, verb) or names_position_only(text[start:verb]):
        return []
    parts = []
    for part in governed:
        name = without_acronyms(part.text)
        words = name_tokens(name)
        if (
            not words
            or set(words) & (POSITION_WORDS | PROGRAM_NOUNS)
            or singular_noun(words[-1]) in DOCUMENT_WORDS
            or set(words) & (UNIT_NOUNS - ANY_UNIT_NOUNS)  # a department's, read elsewhere
            or len(name.split()) > MAX_PART_WORDS
            or not is_capitalized_name(name)
        ):
            return []
        parts.append(part)
    return parts


# "Department operations are handled by the A Office, the B Office and the C Office", "These
# two divisions are supported by the A Bureau, the B Bureau and the C Group": a verb of work
# in the passive and its agent (``work_done_by_list``). Not the verbs of heading or of
# oversight ("is led by", "is managed by", "is overseen by"): who leads a thing is above it.
_DONE_BY = lazy_pattern(
    r"\s(?:is|are)\s+(?:also\s+)?(?:handled|performed|provided|carried\s+out|supported"
    r"|conducted|undertaken|delivered)\s+by\s+(?:the\s+)?"
)
# The words of a subject that is money or a scheme, not the body's own work: "Funding is
# provided by the Lamp Ministry and the Oil Fund" names who pays, no parts.
_NOT_OWN_WORK = lazy_pattern(
    r"\b(?:fund(?:s|ing)?|grants?|financ\w*|money|loans?|programs?|programmes?|projects?"
    r"|initiatives?|partners?|partnerships?)\b",
    re.IGNORECASE,
)


def _post_headed(words: list[str]) -> bool:
    """A name headed by a post: the word before its first "of" or "for" is a position word
    ("Director of the Tank Office", "Pump Director of the Pump Office"), while "Office of the
    Oil Officer" is headed by its unit noun."""
    joins = [at for at, word in enumerate(words) if word in ("of", "for")]
    return bool(joins) and joins[0] > 0 and words[joins[0] - 1] in POSITION_WORDS


# The bodies a name may open with in the possessive ("the Department's Regional Offices", "the
# City's Wick Yard Department"): a unit, the agency, a place's government.
_BODY_OWNERS = UNIT_NOUNS | AGENCY_WORDS | PLACE_NOUNS | {"government"}


def _body_possessive(name: str) -> bool:
    """A name that opens with a body in the possessive ("Department's Regional Offices",
    "City's Wick Yard Department") names a part by the body it belongs to: the part's name is
    what follows, and the body may be another. A post's possessive is part of a unit's name
    ("Attorney General's Office", "Governor's Office of Policy"), and so is a people's
    ("Children's Bureau")."""
    first = name.split(maxsplit=1)[0]
    for end in POSSESSIVE_ENDS:
        if first.endswith(end) and len(first) > len(end):
            return first[: -len(end)].lower() in _BODY_OWNERS
    return False


@rule("unit", off=[])
def work_done_by_list(
    page: PageLayout, units: list[Unit], index: UnitIndex, top: Unit
) -> list[Unit]:
    """A sentence that says by whom a body's own work is done, in the passive ("Department
    operations are handled by the Office of Wicks, the Office of Oil and the Glass Bureau",
    "Agencywide support services are provided by the Lamp Laboratory, the Center for Wick
    Studies and Soot Programs", "These two divisions are supported by the Survey Bureau, the
    Works Bureau, the Yard Group, and others"), names the units that do it: a page tells
    its parts by their work as often as by what a body is made of. The verb is one of work
    (handled, performed, provided, carried out, supported, conducted, undertaken,
    delivered), never of heading or oversight ("is led by", "is managed by": who leads is
    above). The subject is a common noun for the work ("operations", "support services",
    "these divisions"): no name after its first word, so that "The Wick Court is supported
    by ..." (what helps another body) is left alone, and no money or scheme ("Funding is
    provided by ...", "The program is supported by ...": who pays or partners). The agent
    is a series of two names at least, joined by commas, "and" and "the"; each name that
    is capitalized, worded as a unit (a unit noun last, or first before "of" or "for"),
    is headed by no post ("Director of the Wick Office"; "the Office of the Chief Wick
    Officer" is a unit) and is a few words long is a unit, under the unit whose section holds
    the sentence (the page's agency outside any); a series with a name not so worded gives
    that name nothing ("Soot Programs"), and an open end ("and others") is no name; one
    name alone ("Repairs are carried out by the Glass Office") is no series. A name in the
    plural of a unit noun ("the District Offices", "the Zonal Offices and Circle Offices",
    "the Wick and Oil Divisions") names a kind of unit or several, no one unit, and a name
    that opens with a body in the possessive ("the Department's Regional Offices", "the
    City's Wick Yard Department") is no name (``_body_possessive``): both give nothing."""
    text = page.text
    owners = section_owners(page, units, top)
    taken = taken_spans(units)
    found: list[Unit] = []
    named: set[str] = set()
    for block in page.blocks:
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        owner = owners.get(block.start, top)
        for start, end in page.sentences(block.start, block.end):
            if " by " not in text[start:end]:
                continue
            verb = _DONE_BY.search(text, start, end)
            if verb is None:
                continue
            subject = text[start : verb.start()].split()
            if (
                not subject
                or len(subject) > MAX_PART_WORDS
                or any(word[:1].isupper() for word in subject[1:])
                or _NOT_OWN_WORK.search(text, start, verb.start())
            ):
                continue
            governed = governed_names(text, page.phrases(start, end), verb.end(), end)
            if len(governed) < 2:
                continue
            for part in governed:
                name = without_acronyms(part.text)
                words = name_tokens(name)
                if (
                    not words
                    or not worded_as_a_unit(name)
                    or _post_headed(words)
                    or words[-1] in PROGRAM_NOUNS | SYSTEM_NOUNS
                    # a plural ends in "s" ("Officer" is no plural of "office")
                    or (words[-1].endswith("s") and part_plural(words[-1]))
                    or _body_possessive(name)
                    or len(name.split()) > MAX_PART_WORDS
                    or not is_capitalized_name(name)
                    or name.lower() in named
                    or index.resolve(name) is not None
                    or read_elsewhere(taken, verb.end(), part)
                    or unit_key(name) == unit_key(top.name)
                ):
                    continue
                named.add(name.lower())
                found.append(
                    unit_named(
                        text,
                        name,
                        part.start,
                        owner,
                        found_by="work_done_by_list",
                        parent_by="work_done_by_list",
                        is_group=False,
                    )
                )
    return found
