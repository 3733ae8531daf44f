"""Root strategies that read the page's title or its header lines: an agency the title
names, an acronym in it that the page goes on to use, a manual's numbered part, a unit's full
name as the title, the body the first of two title lines names over a second the page never
writes again, a title the text writes as the subject of what a body does (over the agency
phrase)."""

from __future__ import annotations

import re

from pipeline.extract.acronyms import AcronymDefinition, is_acronym
from pipeline.extract.names import name_tokens, title_case, unit_before_job_words, without_acronyms
from pipeline.extract.root.body_above_root import names_position
from pipeline.extract.root.common import (
    AGENCY_NOUNS,
    BODY_ENDS,
    TITLE_OFFICE,
    TOPIC_WORDS,
    Root,
    defined_acronym,
    is_name_line,
    names_agency,
    names_body,
    title_words,
)
from pipeline.extract.root.referred_bodies import names_document_reference, names_topic_only
from pipeline.rules import enabled, register
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout, is_furniture, is_section_label, person_name
from pipeline.text.vocabulary import (
    CONNECTORS,
    FUNCTION_VERBS,
    LISTING_NOUNS,
    NOT_BODY_HEADS,
    ORGANIZATION_WORDS,
    PERSONAL_PRONOUN,
    POSITION_WORDS,
    in_the_present,
)

register(
    "root_from_title_acronym_used",
    "root",
    """An acronym in the page title that the page does not define but goes on to use ("XYZ
    Organization Overview" over "XYZ's mission is ...") names the agency, by its acronym.""",
)
MIN_ACRONYM_USES = 2
_HAS_LETTER = lazy_pattern(r"[A-Za-z]")
_TITLE_LEAD = lazy_pattern(r"(?:About|Welcome to|Inside|Meet)\s+(?:the\s+)?")

register(
    "root_from_title_agency",
    "root",
    """A name in the page title worded like an agency ("Organizational components of the
    Federal Example Commission", "About the Example Affairs Department") is the agency,
    with the acronym the page defines for it.""",
)


register(
    "root_title_head_noun_with_topic",
    "root",
    """A title phrase that is only a body's head noun with words of what the page shows of it
    ("Department Overview", "Ministry Departments", "Bureau Structure", "Organizational
    Structure and Administration") names no agency: it is the page's topic, said of "the
    department" the page is about, and the agency is read as under a title that names none
    (the agency phrase of the text, a body the first title line names, the body the page
    refers to). Only where every word is a body's head noun ("Department", "Ministry",
    "Administration"), a connector, or a word of a page's topic (how the body is built, which
    units it has, an overview or its details, its organogram, set-up or directory): a word
    of the body's own ("Wick Keeping Department", "Department of Wicks", "Glass Ledger
    Services") keeps the name. So does a topic word set right before the last head noun, as the word
    that says which body it is: "Home Ministry" and its department (the interior's body in
    the English of India, Pakistan, Sri Lanka or Britain), "Organisation Department" (a
    party's), "Programs Administration" name bodies, and passing over them read the root
    from a body the text only names ("works with the Ministry of Lamp Defence" over "Home
    Ministry") or cut a false name ("Department of the Government of ..."). The topic follows
    the head noun ("Department Home", "Ministry Departments", "Bureau Structure") or is
    joined to it ("Structure and Administration").
    A branch of ``root_from_title_agency``.""",
)
# Words of what a page shows of a body, beside its head noun in a title: how it is built,
# which units it has, an overview or its details, its organogram, set-up or directory
# (hyphens closed up: "Set-up" is "setup").
_PAGE_TOPIC_WORDS = (
    ORGANIZATION_WORDS
    | LISTING_NOUNS
    | {
        "overview",
        "details",
        "profile",
        "chart",
        "home",
        "organogram",
        "organigram",
        "organigramme",
        "setup",
        "directory",
    }
)
# A body's head nouns, alone naming no body ("Department", "Ministry").
_HEAD_NOUNS = frozenset(noun.lower() for noun in AGENCY_NOUNS) - {
    "service",
    "services",
    "enforcement",
    "protection",
}


def _head_noun_with_topic(name: str) -> bool:
    """Whether a title's agency-worded name is a body's head noun with the page's topic words
    around it and nothing else (``root_title_head_noun_with_topic``). Not when a topic word
    stands right before the last head noun, saying which body it is ("Home Ministry",
    "Organisation Department"): that is a name."""
    tokens = name_tokens(re.sub(r"(?<=\w)-(?=\w)", "", name))
    if len(tokens) >= 2 and tokens[-1] in _HEAD_NOUNS and tokens[-2] in _PAGE_TOPIC_WORDS:
        return False  # "Home Ministry": the topic word names the body
    words = [w for w in tokens if w not in CONNECTORS]
    return (
        bool(words)
        and any(w in _PAGE_TOPIC_WORDS for w in words)
        and all(w in _PAGE_TOPIC_WORDS or w in _HEAD_NOUNS for w in words)
    )


def title_agency(page: PageLayout, definitions: list[AcronymDefinition]) -> Root | None:
    title = page.title
    assert title is not None
    for phrase in page.phrases(title.start, title.end):
        lead = _TITLE_LEAD.match(phrase.text)
        start = phrase.start + (lead.end() if lead else 0)
        name = page.text[start : phrase.end].removesuffix(".")
        name = unit_before_job_words(name) or name
        if len(name.split()) < 2 or not (names_agency(name) or TITLE_OFFICE.match(name)):
            continue
        if enabled("root_title_head_noun_with_topic") and _head_noun_with_topic(name):
            continue  # "Department Overview": the page's topic, no agency's name
        acronym = defined_acronym(name, definitions)
        end = start + len(name)
        return Root(title_case(name), acronym, start, end, False, "root_from_title_agency")
    return None


register(
    "root_from_manual_part",
    "root",
    """A manual's header that files the document under a numbered part named for a body
    ("Part 210:  Lantern Bureau" among "Series:", "Chapter 3:" lines) names the body the
    document organizes, whatever agency the banner above it names.""",
)
# A header line "Part 210: Name" alone on its line, among the lines before the first prose.
_MANUAL_PART = lazy_pattern(r"(?m)^[ \t]*Part[ \t]+\d+[A-Z]?[ \t]*:[ \t]*(?P<name>[^\n]+?)[ \t]*$")
# How far into the page a manual's header runs.
MANUAL_HEADER_CHARS = 800


def manual_part(page: PageLayout, definitions: list[AcronymDefinition]) -> Root | None:
    """The body a manual's numbered part names (``root_from_manual_part``)."""
    found = _MANUAL_PART.search(page.text, 0, MANUAL_HEADER_CHARS)
    if found is None or not names_agency(found.group("name")):
        return None
    name = found.group("name")
    acronym = defined_acronym(name, definitions)
    return Root(
        name, acronym, found.start("name"), found.end("name"), False, "root_from_manual_part"
    )


def title_acronym_used(page: PageLayout) -> Root | None:
    if page.title is None or page.title.text.isupper():
        return None  # a title set in capitals: its words are not acronyms
    for match in re.finditer(r"[\w/&.-]+", page.title.text):
        token = match.group()
        if not is_acronym(token) or len(token) < 2 or not _HAS_LETTER.search(token):
            continue  # "1980", "17": a year or a number, not an acronym
        uses = len(re.findall(r"(?<![\w/&.-])" + re.escape(token) + r"(?![\w/&-])", page.text))
        if uses > MIN_ACRONYM_USES:
            start = page.title.start + match.start()
            return Root(
                token, token, start, start + len(token), False, "root_from_title_acronym_used"
            )
    return None


register(
    "root_from_title_unit",
    "root",
    """A page titled by a unit's full name ("Wick Trimming Division", "Glass Care
    Directorate") is about that unit, not about the department or ministry its text goes on
    to name ("a division of the Department of Lamps"): the agency phrase gives way to the
    title. Only a title worded as a name whose last word is a division's, a directorate's or
    a branch's noun; a title naming units in the plural or a page's topic ("Division
    Organization") does not.""",
)
# The nouns that end a unit's full name in a title.
_TITLE_UNIT_NOUNS = frozenset({"Division", "Directorate", "Branch"})


def title_unit_name(page: PageLayout) -> Root | None:
    """The unit a page's title names in full (``root_from_title_unit``)."""
    title = page.title
    if title is None:
        return None
    text = title.text.strip()
    name = title_case(text) if text.isupper() else text
    words = name.split()
    if len(words) < 2 or words[-1] not in _TITLE_UNIT_NOUNS or not is_name_line(name):
        return None
    return Root(name, None, title.start, title.end, False, "root_from_title_unit")


register(
    "root_from_first_title_line",
    "root",
    """Of a page's two title lines, the first worded as a body's name ("Wick Supply
    Division", "OFFICE OF THE LAMP KEEPER") that the text goes on to name (again in full, or
    by its noun: "The Division of Wick Supply keeps ...", "the office") and the second a line
    the page never writes again (a caption, a place, a greeting, a topic: "Lampton Hills -",
    "Organizational Set-up", "Welcome to Lamp Court"), the first names the body the page
    describes: a line the page does not repeat is the site's furniture over the text, not
    the body its text is about. Read only where nothing but the title would name the root
    (the last resort reads the last title line). Not when the page writes the second line
    again (the page's own unit under its agency's line: "Department of Lamps" over "Wick
    Care", which the text goes on to name), nor when the text names the first neither in
    full nor by its noun ("Wick Stores Division" over "Glass Care", then "The team cleans
    ..."); a second worded as a body itself ("Welcome to Lamp Court") gives way only to a
    first the text writes again in full (an agency's banner over its unit otherwise), and a
    first of topic words alone ("Our Organization") names no body. A first opened by a
    body noun before "of", "for" or "on" ("DIRECTORATE OF LAMP SUPPLIES", "Division of Wick
    Supply") is worded as a body's name too, and a place with its state's code ("Lampton,
    OK") is no body's name, whatever the code's capitals. A page this root would leave with
    no unit beside it (its one unit was the first line's body, read in the text under the
    second line's root) is read with the title's root instead, rather than refused
    (``pipeline.extract.page``).""",
)


# The body nouns that open a body's name before "of", "for" or "on" ("Directorate of Lamp
# Supplies", "Commission on Wick Safety"); not those as often a topic's ("Administration of
# Justice") or a place's ("Region of ...").
_OPENING_BODY_NOUNS = frozenset(
    {
        "agency",
        "authority",
        "board",
        "branch",
        "bureau",
        "centre",
        "center",
        "commission",
        "committee",
        "council",
        "department",
        "directorate",
        "division",
        "institute",
        "ministry",
        "office",
        "secretariat",
        "section",
        "unit",
    }
)


def _worded_as_body(name: str) -> bool:
    """A title line worded as a body's name: one ``names_body`` reads ("Wick Supply
    Division", "Office of the Lamp Keeper"), or a body noun before "of", "for" or "on"
    opening it ("Directorate of Lamp Supplies", "Division of Wick Supply": a directorate's, a
    division's or a commission's name as Indian, African and state pages write it)."""
    words = name.split()
    return names_body(name) or (
        len(words) > 2
        and words[0].lower() in _OPENING_BODY_NOUNS
        and words[1].lower() in ("of", "for", "on")
    )


# A place and its state's or country's two-letter code ("Lampton, OK"): the code is no
# acronym of a body, the line no body's name.
_PLACE_LINE = lazy_pattern(r"[A-Z][\w.'’ -]*,\s*[A-Z]{2}")


# The words that may open a topic line before its topic words ("Our Organization").
_TOPIC_OPENERS = frozenset({"our", "the", "about"})


def _line_text(line: str) -> str:
    """A title line without the marks a site sets after it ("Lampton Hills -", "Wick |")."""
    return line.strip().rstrip(" -|–—:").strip()


def _written_again(page: PageLayout, line: str, after: int) -> bool:
    """Whether the page writes a title line again, in any case, after its title."""
    text = _line_text(line)
    if not text:
        return False
    # "&" and "and" alike: "Wick & Glass" is written again as "Wick and Glass"
    words = [r"(?:&|and)" if w in ("&", "and") else re.escape(w) for w in text.split()]
    pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
    return re.search(pattern, page.text[after:], re.IGNORECASE) is not None


def _referred_by_noun(page: PageLayout, name: str, after: int) -> bool:
    """Whether the text after the title refers to a body by its name's noun: "the Division"
    for "Wick Stores Division", "this office" for "Office of the Lamp Keeper"."""
    words = name.split()
    nouns = [w for w in (words[-1], words[0]) if w.lower() in BODY_ENDS]
    if not nouns:
        return False
    pattern = r"\b(?:the|this|our)\s+" + re.escape(nouns[0]) + r"\b"
    return re.search(pattern, page.text[after:], re.IGNORECASE) is not None


def first_title_line_body(page: PageLayout) -> Root | None:
    """The body the first of two title lines names, over a second the page never writes
    again (``root_from_first_title_line``)."""
    lines = page.title_lines
    if len(lines) != 2 or page.title is not lines[1]:
        return None
    first, second = lines
    name = title_case(without_acronyms(_line_text(first.text)))
    if not name or not is_name_line(name) or not _worded_as_body(name):
        return None
    if {word.lower() for word in title_words(name)} - _TOPIC_OPENERS <= TOPIC_WORDS:
        return None  # "Our Organization", "Divisions": a topic, no body's name
    if _written_again(page, second.text, second.end):
        return None  # the page names its second line: the page's own unit
    in_full = _written_again(page, first.text, second.end)
    second_name = title_case(_line_text(second.text))
    if second_name and names_body(second_name) and not _PLACE_LINE.fullmatch(second_name):
        named = in_full  # an agency's banner over its unit, unless the text names it
    else:
        named = in_full or _referred_by_noun(page, name, second.end)
    if not named:
        return None
    return Root(name, None, first.start, first.end, False, "root_from_first_title_line")


register(
    "root_title_subject_over_agency_phrase",
    "root",
    """A title worded as a name ("Lamp Keeping Police", "Wick Tariffs", "Glass Courts
    Registry") that the text goes on to write as the subject of a sentence
    saying what a body does, a function verb in the present right after it ("The Lamp
    Keeping Police provides ...", "Wick Tariffs develops ...", "WT serves as ...", by the
    acronym its initials spell), names the body the page describes: the first "Department
    of ..." phrase the text names is then one of its parts ("1919 - The Bureau of Wicks is
    created ..."), a body it belongs to ("the national arm of the Department of Lamps") or
    a name in a list of officials, not the page's body. The title's own words give way to
    the agency phrase when the phrase holds them all ("Lamp Works" over "The Department of
    Lamp Works manages ..."), and a title that names a post ("Chief of Wicks",
    "Superintendent": the post heads the body the phrase names), a page's topic, a section's
    label, a document's reference, or a single word, names no body here. Review mends: (1) a
    title whose last word names what a body runs, issues or marks, not a body (a program,
    a scheme, a campaign, a week, a plan or strategy, a law, a charter or report, a system
    or portal: "National Lamp Subsidy Scheme provides free lamps ...", "The Lamp Safety Act
    establishes the Department of Lamps ...", "Citizens Charter sets out ...") is no body,
    though the text writes it as a subject: the department the phrase names runs it. (2) A
    title that is only a person's name ("Jane Okafor serves as the Chief Wick Secretary of
    the Ministry of Lamps. She ...") is a biography's: the person holds a post in the body
    the phrase names. It is read as a person's where the sentence goes on "as" a post
    written with capitals ("as the Chief Wick Secretary", not "as the principal adviser": a
    body may serve as one) or a personal pronoun ("she", "his") comes in that sentence or
    the next: a name of two capitalized words may also be a body's ("Wick Watch", "Lamp
    Police").""",
)


_FUNCTION_PRESENT = frozenset(in_the_present(verb) for verb in FUNCTION_VERBS)
# A post a person holds, after "as", its words capitalized ("serves as the Chief Wick
# Secretary", "as Director General"), not a possessive ("as the Secretary's adviser").
_AS_POST = lazy_pattern(
    r"\bas\s+(?:(?:the|a|an|its)\s+)?(?P<post>(?:[A-Z][a-z]+\b(?![’'])\s*){1,4})"
)
_SENTENCE_WORDS = lazy_pattern(r"[\w’'.&-]+")


def _opens_with_name(sentence: str, tokens: list[str], acronym: str | None) -> str | None:
    """How a sentence opens with a name, then a function verb in the present: "acronym" by
    its acronym, "name" by its tokens (after "The"), None when it does not."""
    words = _SENTENCE_WORDS.findall(sentence)
    if words[:1] in (["The"], ["the"]):
        words = words[1:]
    if acronym is not None and words[:1] == [acronym]:
        return "acronym" if len(words) > 1 and words[1] in _FUNCTION_PRESENT else None
    for at in range(1, len(words)):
        said = name_tokens(" ".join(words[:at]))
        if len(said) > len(tokens):
            return None
        if said == tokens:
            return "name" if words[at] in _FUNCTION_PRESENT else None
    return None


def title_subject_over_agency_phrase(
    page: PageLayout,
    phrase_start: int,
    phrase_end: int,
    definitions: list[AcronymDefinition],
) -> Root | None:
    """The body the title names, written again as a sentence's subject, over the agency
    phrase at ``phrase_start``-``phrase_end`` (``root_title_subject_over_agency_phrase``)."""
    title = page.title
    if title is None or not enabled("root_title_subject_over_agency_phrase"):
        return None
    name = title_case(without_acronyms(title.text.strip()))
    name = re.sub(r"^(?:The|the)\s+", "", name)
    tokens = name_tokens(name)
    if (
        len([t for t in tokens if t not in CONNECTORS]) < 2
        or not is_name_line(name)
        or names_position(name)
        or is_section_label(name)
        or is_furniture(name)
        or names_topic_only(name)
        or names_document_reference(name)
        or tokens[-1] in NOT_BODY_HEADS
    ):
        return None
    if set(tokens) <= set(name_tokens(page.text[phrase_start:phrase_end])):
        return None  # "Lamp Works" over "The Department of Lamp Works ..."
    initials = "".join(t[0] for t in tokens if t not in CONNECTORS).upper()
    acronym = defined_acronym(name, definitions)
    used = acronym or (initials if len(initials) > 1 else None)
    person = person_name(name)
    sentences = [(start, end) for _, start, end in page.prose_sentences() if start >= title.end]
    for at, (start, end) in enumerate(sentences):
        form = _opens_with_name(page.text[start:end], tokens, used)
        if form is not None:
            next_end = sentences[at + 1][1] if at + 1 < len(sentences) else end
            if person and (
                PERSONAL_PRONOUN.search(page.text, start, next_end)
                or any(
                    set(post.group("post").lower().split()) & POSITION_WORDS
                    for post in _AS_POST.finditer(page.text, start, end)
                )
            ):
                return None  # "Jane Okafor serves as the Chief Wick Secretary ...": a person's
            # a body the text calls by its title's initials has them as its acronym, so a
            # row the page's subject readers make of them is the body named again
            return Root(
                name,
                used if form == "acronym" else acronym,
                title.start,
                title.end,
                False,
                "root_title_subject_over_agency_phrase",
            )
    return None
