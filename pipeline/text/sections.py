"""Group a page's blocks into title lines, an introduction and a tree of sections.

The tree comes from layout: a heading followed directly by another heading opens a group (on
offices pages: a leadership position or directorate), and the headings after it are its
members until the next group opens. In a run of headings, only the first and those worded
like it (a position like a position) open groups: "Deputy Director for Programs", "Office of
Grants", "Office of Loans", "Deputy Director for Support" holds two groups of offices.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from pipeline.rules import enabled, register, rule, switched_off
from pipeline.text.blocks import (
    FOOTER,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREPOSITIONS,
    Block,
    classify,
    head_noun,
)
from pipeline.text.hints import Hint
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.phrases import Phrase, name_phrases, split_list
from pipeline.text.sentences import sentence_spans
from pipeline.text.vocabulary import (
    CONNECTORS,
    CONTACT_WORDS,
    FURNITURE_NOUNS,
    HONORIFICS,
    LISTING_NOUNS,
    NUMBER_WORDS,
    POSITION_WORDS,
    PRONOUNS,
    SECTION_WORDS,
    UNIT_NOUNS,
    VERBS_AS_PLURAL_NOUNS,
)
from pipeline.text.words import SPACED_DASH, PageWords, Word, in_singular, singular_noun

MAX_TITLE_LINES = 2


register(
    "field_and_unit_noun",
    "filter",
    """A list item of a field of work that pages also head sections with ("information",
    "news") and a unit noun ("News Services", "Information Bureau") names a unit, though each
    of its words alone would label a part of the page ("News", "Services"): it is no contents
    entry. Not a field of "personnel" (its services are a budget's line as often as a unit),
    and not a heading: a section "News Services" as often describes a service as it heads a
    unit.""",
)
# Words that head a page's sections and also name a field of work a unit is named after.
FIELD_SECTION_WORDS = frozenset({"information", "news"})


def names_field_unit(name: str) -> bool:
    """Whether a name is a field of work and a unit noun after it (``field_and_unit_noun``)."""
    words = re.findall(r"[a-z]+", name.lower())
    return (
        len(words) >= 2
        and words[-1] in UNIT_NOUNS
        and set(words[:-1]) <= FIELD_SECTION_WORDS
        and enabled("field_and_unit_noun")
    )


def is_section_label(heading: str) -> bool:
    """Generic page-section headings ("Our Mission", "What We Do", "Contact Information",
    "Recent Wick Speeches", "Data Spotlight"): words that speak to or for the reader, only
    section words, or a head noun that names page furniture and no unit noun."""
    return _is_section_label(heading, switched_off())


# A part of a document by its label and number ("Phase Two", "PART 3", "Appendix B",
# "Schedule IV"), alone on its line.
_PART_LABEL = lazy_pattern(
    r"\s*(?:phase|part|stage|appendix|annex|schedule)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|[ivx]{1,5}|[a-z])\s*[.:]?\s*$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 14)
def _is_section_label(heading: str, off: frozenset[str]) -> bool:
    """``is_section_label`` with the rules switched off (``off``) that its answer depends on,
    computed once per heading: the page's title lines and headings are asked about again and
    again."""
    if _PART_LABEL.match(heading) is not None:
        return True  # "Phase Two", "Part 3", "Appendix B": a part of the document
    tokens = _words(heading)
    # a letter alone labels a part ("Appendix B", "Phase C"), as a connector does nothing
    content = [t for t in tokens if t not in CONNECTORS and len(t) > 1]
    if set(tokens) & PRONOUNS or (bool(content) and set(content) <= SECTION_WORDS):
        return True
    if enabled("clause_heading") and content[:1] and content[0] in _PLURAL_UNITS:
        words = [w for w in heading.split() if w.lower() not in CONNECTORS]
        if any(w[:1].islower() for w in words) or (
            len(words) > 1 and words[1].lower() in _RELATIVE
        ):
            return True  # a clause about the units it introduces ("Teams that ...")
    return is_furniture(heading)


_FINITE_VERB = lazy_pattern(r"\s(?:is|are|was|were|has|have|had|will)\s", re.IGNORECASE)


@rule("filter", off=False)
def clause_heading(heading: str) -> bool:
    """A line set as a heading that reads as a clause, not a name, is a sentence about units:
    a finite verb after its subject ("The Lamp Board has a number of duties:", "Wicks are
    supplied by the Wick Service"), or a plural unit noun that goes on as a clause, in
    sentence case or after a relative pronoun ("Teams that have joined us", "Divisions we
    oversee", "Staff That Work with Data", read by :func:`is_section_label`: it introduces
    units; "Centers of Example Studies", a proper name, is one); or a predicate with no
    subject, a verb that opens the line and goes on in lower case ("Manages the wick
    accounts", "Commenced role at the bureau on 1 May", "Comprised of the Lamp Region",
    "According to the charter the board ..."), but for a plural noun that is also such a verb
    opening a unit's name ("Plans review section")."""
    return _FINITE_VERB.search(heading) is not None or (
        _PREDICATE_OPENING.match(heading) is not None
        and SPACED_DASH.search(heading) is None
        and not _plural_noun_opening_a_name(heading)
    )


def _plural_noun_opening_a_name(heading: str) -> bool:
    """A sentence-case name that opens with a plural noun that is also a verb of function and
    ends in a unit noun ("Plans review section", "Works depot unit"): a name, no predicate."""
    words = heading.lower().split()
    return len(words) > 1 and words[0] in VERBS_AS_PLURAL_NOUNS and words[-1] in UNIT_NOUNS


# A verb that opens a line without a subject: an -s, -ed or -ing form and a lower-case
# object ("Manages the", "Commenced role"), or an -ed or -ing form and its preposition.
_PREDICATE_OPENING = lazy_pattern(
    r"[A-Z][a-z]+(?:s|ed|ing)\s+(?:(?:the|a|an|its|their|his|her|our)\s"
    r"|(?!(?:and|or|of|for|to|in|on|at|by|with|&)\s)[a-z]+\s)"
    r"|[A-Z][a-z]+(?:ed|ing)\s+(?:of|to|with)\s"
)


# Nouns that name several units or the people in them ("staff" is plural in sense), and the
# relative pronouns that turn a heading opening with one into a clause about them.
_PLURAL_UNITS = LISTING_NOUNS | {"staff"}
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})


@functools.lru_cache(maxsize=1 << 14)
def _words(heading: str) -> tuple[str, ...]:
    """A heading's words in lower case, its acronyms (such as the page's own) left out
    (computed once per distinct heading: headings are asked about again and again)."""
    return tuple(
        word.lower()
        for word in _LETTERS.findall(heading)
        if not (word.isupper() and len(word) > 1 and not heading.isupper())
    )


_LETTERS = lazy_pattern(r"[A-Za-z]+")


def is_furniture(heading: str) -> bool:
    """A heading over page furniture: its head noun names it ("... Spotlight", "Recent
    Speeches") and it holds no unit noun; or it names a document (``document_head_noun``)."""
    return _is_furniture(heading, switched_off())


@functools.lru_cache(maxsize=1 << 14)
def _is_furniture(heading: str, off: frozenset[str]) -> bool:
    """``is_furniture`` with the rules switched off, computed once per heading."""
    tokens = _words(heading)
    if enabled("document_head_noun") and _names_document(heading.lower().split(), tokens):
        return True
    return (
        enabled("furniture_head_noun")
        and head_noun(tokens) in FURNITURE_NOUNS
        and not set(tokens) & UNIT_NOUNS
        and not furniture_noun_among_fields(heading)
    )


# The things a site offers its readers beside its furniture and documents, joined with
# furniture in a menu's links ("Forms and Publications", "Media & Events", "Tools and Links");
# the records a site lists and the times it sorts them by ("Agendas, Minutes and Videos",
# "Tenders and Contract Awards", "Calendar and Events", "Upcoming Meetings and Events",
# "Statements and Publications"); and "programmes", the British spelling of a section word.
_SITE_ITEM_NOUNS = frozenset(
    {"forms", "form", "guides", "tools", "media", "press", "multimedia"}
    | {"calendar", "calendars", "meetings", "minutes", "agendas", "activities", "gallery"}
    | {"galleries", "releases", "statements", "circulars", "tenders", "notifications"}
    | {"upcoming", "latest", "recent", "past", "forthcoming", "programmes"}
)
# The furniture nouns a unit may also be named after, as the last of the fields it handles
# ("Parks, Recreation and Events", "Grants and Awards", "Web & Content", "Research and
# Publications"); the others name only a site's items or people ("Circulars and Notices",
# "Photo Gallery and Videos", "Schemes and Achievements", "Recruitment and Vacancies",
# "Statements and Speeches", "Mayor and Commissioners").
_FIELD_FURNITURE_NOUNS = frozenset({"events", "awards", "content", "publications"})
# What joins the fields a name lists: a comma, "&" or "and" ("Parks, Recreation and Events").
# (Never tried after a space: a run of spaces is read from its start, once.)
_JOINED_FIELDS = lazy_pattern(r"(?<!\s)\s*(?:,|&|\band\b)\s*", re.IGNORECASE)
# A bracket and its words: an acronym or a note after a name ("Events (PRE)").
_BRACKETED = lazy_pattern(r"\([^()]*\)")


@rule("filter", off=False)
def furniture_noun_among_fields(heading: str) -> bool:
    """A name that joins two or more fields of work by commas, "&" or "and", a furniture
    noun heading only the last of them ("Permits and Awards", "Wicks & Content", "PARKS,
    LAMPS, AND EVENTS"), names a unit after the fields it handles, as units are named
    ("Wicks and Wax", "Glass and Soot"): the noun is the last of its fields,
    not the head of the whole line, and the line is no page furniture (``furniture_head_noun``
    reads it so: "Lamp Awards", "Recent Speeches" stay furniture). Guards: every field
    before it is a field of work, no furniture noun and not only a section's words or the
    things a site offers (``_SITE_ITEM_NOUNS``): "News and Events", "Photos, Videos and
    Links", "Resources and Publications", "Forms and Publications", "Media & Events" are a
    site's sections and menu links; the fields are those before a preposition ("Awards and
    Honours for Lamps"), and a part with no letter (a year: "Awards, 2019") is none.
    Only a furniture noun a unit is also named after (``_FIELD_FURNITURE_NOUNS``: events,
    awards, content, publications) ends the last field: the others name a site's items,
    records or people whatever fields come before them ("Circulars and Notices", "Agendas,
    Minutes and Videos", "Press Releases and Speeches", "Recruitment and Vacancies", "Mayor
    and Commissioners" are menus and lists, and the headings under "Tenders & Notices" are
    notices, not units); and a site's records and their times are no field either
    ("Calendar and Events", "Upcoming Meetings and Events", "Tenders and Contract Awards").
    A bracket's words are read as none ("Parks, Recreation and Events (PRE)": the unit's
    acronym after its name, which ``furniture_head_noun`` reads past too)."""
    words = _BRACKETED.sub(" ", heading).split()
    cut = next((i for i, word in enumerate(words) if i and word.lower() in PREPOSITIONS), None)
    parts = [
        [word.lower() for word in _LETTERS.findall(part)]
        for part in _JOINED_FIELDS.split(" ".join(words[:cut]))
    ]
    fields = [part for part in parts if part]
    if len(fields) < 2 or fields[-1][-1] not in _FIELD_FURNITURE_NOUNS:
        return False
    page_words = FURNITURE_NOUNS | SECTION_WORDS | _SITE_ITEM_NOUNS | _DOCUMENT_NOUNS | CONNECTORS
    return all(
        part[-1] not in FURNITURE_NOUNS and not set(part) <= page_words for part in fields[:-1]
    )


# Last words that make a heading a document, a page or a tool about a unit, whatever unit's
# name opens it; and those a unit may also be named after ("Office of Lamp Information").
_DOCUMENT_NOUNS = frozenset(
    {
        "brochure",
        "brochures",
        "dashboard",
        "dashboards",
        "newsletter",
        "newsletters",
        "catalog",
        "catalogue",
        "chart",
        "page",
        "plan",
        "statement",
        "guidelines",
        "opinions",
        "report",
        "manual",
        "handbook",
        "site",
        "website",
    }
)
_SUBJECT_NOUNS = frozenset({"information", "reports"})
# The prepositions that give a document's subject after its noun.
_DOCUMENT_SUBJECT = frozenset({"of", "for", "on"})


def _names_document(words: list[str], tokens: tuple[str, ...]) -> bool:
    """Whether a heading's last word names a document ("... Recruiting Brochure", "Lamp Board
    Information"), a word a unit may be named after counting only when no preposition follows
    the heading's last unit noun (not "Office of Lamp Information"), or its head noun does,
    before "of", "for" or "on" and its subject ("Handbook for Keepers"). A word before the
    last (an acronym too: "LS Dashboards") says which document: "Link to page" is a link."""
    if not tokens or len(words) < 2:
        return False
    # "Wick Supply Handbook for New Keepers", "Handbook for Keepers": the head noun before
    # the first "of", "for" or "on" and a subject, with no unit noun before it
    opening = next((i for i, token in enumerate(tokens) if token in _DOCUMENT_SUBJECT), 0)
    if (
        0 < opening < len(tokens) - 1
        and tokens[opening - 1] in _DOCUMENT_NOUNS
        and not set(tokens[:opening]) & UNIT_NOUNS
    ):
        return True
    if words[-2] in CONNECTORS | PREPOSITIONS:
        return False
    if tokens[-1] in _DOCUMENT_NOUNS:
        return True
    if tokens[-1] not in _SUBJECT_NOUNS:
        return False
    units = [i for i, token in enumerate(tokens) if token in UNIT_NOUNS]
    after = tokens[units[-1] + 1 :] if units else tokens
    return not set(after) & PREPOSITIONS


register(
    "document_head_noun",
    "filter",
    """A heading or list item whose last word names a document, a page or a tool ("Lamp
    Division Intranet Page", "Office of Wicks Recruiting Brochure", "Wick Data Dashboard",
    "Lamp Board Information", "Wick Office Yearly Summary", "Lamp Safety Manual", "LB Web
    Site") is about a unit, not one, even when a unit's name opens it; so is one whose
    document noun heads it before "of", "for" or "on" and the document's subject, with no
    unit noun before it ("Handbook for New Wick Keepers", "Functional Statement for Oil
    Supply"). A unit named after its subject ("Office of Lamp Information", "Bureau of
    Wick Reports", a preposition after its unit noun) still is one.""",
)
register(
    "furniture_head_noun",
    "filter",
    """A heading whose head noun names page furniture ("... Spotlight", "Recent Wick Speeches",
    "Related Links", a site's "Main Menu") and that holds no unit noun is a page section,
    not a unit, and so are the headings under it (its stories and items), unless worded as
    units.""",
)


def _names_position(heading: str) -> bool:
    """Whether a heading names a leadership position rather than a unit or a topic."""
    tokens = set(re.findall(r"[a-z]+", heading.lower()))
    return bool(tokens & POSITION_WORDS) and not tokens & UNIT_NOUNS


def is_contact_label(heading: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", heading.lower())) & CONTACT_WORDS)


@dataclass
class Section:
    """A heading, the blocks under it, and the sections nested under it (its members)."""

    heading: Block
    body: list[Block] = field(default_factory=list)
    members: list[Section] = field(default_factory=list)
    rank: int = 0

    @property
    def is_group(self) -> bool:
        return not self.body and bool(self.members)

    @property
    def is_label(self) -> bool:
        """A generic page section ("Our Mission"), not a unit."""
        return is_section_label(self.heading.text)

    @property
    def is_contact(self) -> bool:
        return is_contact_label(self.heading.text)

    @property
    def end(self) -> int:
        last = self.body[-1] if self.body else self.heading
        return max([last.end, *(member.end for member in self.members)])


@dataclass
class PageLayout:
    """A page read as title lines, an introduction and a tree of sections.

    This is the parsed document every rule reads: its blocks (with their kinds and levels),
    and, computed once on first use, the sentences and name phrases of any span.
    """

    text: str
    blocks: list[Block]
    title_lines: list[Block]
    intro: list[Block]
    sections: list[Section]
    _sentences: dict[tuple[int, int], list[tuple[int, int]]] = field(
        default_factory=dict, repr=False
    )
    _phrases: dict[tuple[int, int], list[Phrase]] = field(default_factory=dict, repr=False)
    _page_words: PageWords | None = field(default=None, repr=False)
    _parts: dict[tuple[int, int], list[Phrase]] = field(default_factory=dict, repr=False)
    _directory: tuple[frozenset[str], dict[int, int]] | None = field(default=None, repr=False)
    _block_starts: list[int] | None = field(default=None, repr=False)

    @property
    def title(self) -> Block | None:
        """The last title line that names something, not a generic section label."""
        named = [line for line in self.title_lines if not is_section_label(line.text)]
        if named:
            return named[-1]
        return self.title_lines[0] if self.title_lines else None

    def without_title_line(self, line: Block) -> PageLayout:
        """The page read as if the title line ``line`` were not there (a caption or a sentence
        the root is read past): the caches of its blocks start afresh, those of its text (the
        same text) are shared."""
        return replace(
            self,
            title_lines=[title for title in self.title_lines if title is not line],
            blocks=[block for block in self.blocks if block is not line],
            _block_starts=None,
            _directory=None,
        )

    def walk(self) -> list[Section]:
        """Every section, parents before their members, in document order."""
        out: list[Section] = []
        stack = self.sections[::-1]
        while stack:
            section = stack.pop()
            out.append(section)
            stack.extend(section.members[::-1])
        return out

    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentence spans of ``text[start:end]`` (split once, then remembered)."""
        key = (start, end)
        found = self._sentences.get(key)
        if found is None:
            found = self._sentences[key] = sentence_spans(self.text, start, end)
        return found

    def block_index_before(self, position: int) -> int:
        """The index of the last block starting at or before ``position`` (-1: none), from
        the block starts found once per page."""
        if self._block_starts is None:
            self._block_starts = [block.start for block in self.blocks]
        return bisect.bisect_right(self._block_starts, position) - 1

    def sentence_at(self, position: int) -> tuple[int, int] | None:
        """The span of the sentence (of :meth:`sentences`) that holds ``position`` in the block
        that holds it, or None where no sentence does."""
        index = self.block_index_before(position)
        if index < 0 or position >= self.blocks[index].end:
            return None
        block = self.blocks[index]
        for start, end in self.sentences(block.start, block.end):
            if start <= position < end:
                return start, end
        return None

    def prose_sentences(self) -> Iterator[tuple[Block, int, int]]:
        """Every sentence of the page's paragraphs and list items, with its block: the running
        text that rules reading sentences ("X consists of ...", "It maintains ...") walk."""
        for block in self.blocks:
            if block.kind in (PARAGRAPH, LIST_ITEM):
                for start, end in self.sentences(block.start, block.end):
                    yield block, start, end

    def phrases(self, start: int, end: int) -> list[Phrase]:
        """The name phrases of ``text[start:end]`` (scanned once, then remembered)."""
        key = (start, end)
        found = self._phrases.get(key)
        if found is None:
            found = self._phrases[key] = name_phrases(self.text, start, end, self.page_words)
        return found

    def list_parts(self, start: int, end: int) -> list[Phrase]:
        """The name phrases of ``text[start:end]`` with lists split into their parts ("A, B
        and C" is three names), split once, then remembered."""
        key = (start, end)
        found = self._parts.get(key)
        if found is None:
            found = self._parts[key] = [
                part
                for phrase in self.phrases(start, end)
                for part in split_list(self.text, phrase)
            ]
        return found

    @property
    def page_words(self) -> PageWords:
        """The words of the whole page (tokenized once, on first use)."""
        if self._page_words is None:
            self._page_words = PageWords(self.text)
        return self._page_words

    def words(self, start: int, end: int) -> list[Word]:
        """The words of ``text[start:end]`` with their spans."""
        return self.page_words(start, end)


def _split_title(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The page's title lines: its leading headings (two at most, the second only when the
    source ranks it like the first), or its first block when it has nothing else. A ranked
    first heading whose next ranked heading is of its rank is the first section, not a
    title."""
    leading = 0
    while leading < len(blocks) and blocks[leading].kind == HEADING:
        leading += 1
    if leading == len(blocks):
        return blocks[:1], blocks[1:]
    n_title = leading if leading <= MAX_TITLE_LINES else 1
    if n_title == MAX_TITLE_LINES and blocks[0].level != blocks[1].level:
        n_title = 1
    if first_section_not_title(blocks, n_title):
        return [], blocks
    if n_title == MAX_TITLE_LINES and second_title_line_a_section(blocks):
        n_title = 1
    return blocks[:n_title], blocks[n_title:]


def _body_name(text: str) -> bool:
    """A name in title case worded as a body: a unit noun in it ("Operations Bureau",
    "Department of Lamps", "Wick Division")."""
    words = text.split()
    tokens = set(re.findall(r"[a-z]+", text.lower()))
    return (
        bool(tokens & UNIT_NOUNS)
        and all(w[:1].isupper() or w.lower() in CONNECTORS or not w[:1].isalpha() for w in words)
        and not text.rstrip().endswith((".", ":"))
        and not re.search(r"\s[-–—|]\s", text)  # "Wick Team - Lamp Bureau": a site's title
    )


@rule("layout", off=False)
def second_title_line_a_section(blocks: list[Block]) -> bool:
    """Of two unranked title lines, both names of bodies ("Lamp Bureau" over "Wick
    Division"), the second over text is the first of the page's sections, a part of the
    body the first names, not a second line of the title. Not when the text under it opens
    with its name and every heading after it names a body with another head noun ("Office
    of Wick Counsel" / "The Office of Wick Counsel gives ..." / "Wick Rulings Unit" / "Lamp
    Claims Unit"): an agency's line over the page's own unit, whose parts follow. So is a second
    line under a first that names the body's units in the plural ("Departments", "Wick
    Divisions", "Lamp Staff and Departments"), where the second, no group of units itself
    ("Lamp Staff", "Wick Offices"), stands over text and a later heading at its level, no
    section label, stands over text too ("Wick Supply" / text / "Glass Care" / text): the
    page's units side by side, the first of them no title."""
    first, second = blocks[0], blocks[1]
    if first.level or second.level or len(blocks) <= MAX_TITLE_LINES:
        return False
    if _topic_over_sections(blocks):
        return True
    return (
        blocks[MAX_TITLE_LINES].kind == PARAGRAPH
        and _body_name(first.text)
        and _body_name(second.text)
        and not _own_unit_over_its_parts(blocks)
    )


def _topic_over_sections(blocks: list[Block]) -> bool:
    """Whether the first of two unranked title lines names units in the plural and the
    second is the first of sections side by side: over text, with a later heading at its
    level, no section label, over text too (part of ``second_title_line_a_section``)."""
    first, second = blocks[0], blocks[1]
    words, own = _words(first.text), _words(second.text)
    if not words or words[-1] not in LISTING_NOUNS or not own or own[-1] in _PLURAL_UNITS:
        return False  # "Lamp staff", "Wick Offices": a group of units, not the first
    if blocks[MAX_TITLE_LINES].kind == HEADING or is_section_label(second.text):
        return False
    rest = blocks[MAX_TITLE_LINES + 1 :]
    return any(
        block.kind == HEADING
        and block.level == second.level
        and following.kind != HEADING
        and not is_section_label(block.text)
        for block, following in pairwise(rest)
    )


def _own_unit_over_its_parts(blocks: list[Block]) -> bool:
    """Whether the second title line is the page's own unit: the paragraph under it opens
    with its name ("The Office of Wick Counsel gives ...") and the headings after it all
    name bodies with another head noun than its own ("Wick Rulings Unit", "Lamp Claims Unit")."""
    second, paragraph = blocks[1], blocks[MAX_TITLE_LINES]
    name = second.text.strip()
    opening = paragraph.text.lstrip()
    if not (opening.startswith(name) or opening.startswith("The " + name)):
        return False
    own = head_noun(_words(name))
    later = [b.text for b in blocks[MAX_TITLE_LINES + 1 :] if b.kind == HEADING]
    return bool(later) and all(
        _body_name(text) and head_noun(_words(text)) != own for text in later
    )


@rule("layout", off=False)
def first_section_not_title(blocks: list[Block], n_title: int) -> bool:
    """A page's first heading is the first of its sections, not its title, when the headings
    after it match it: ranked by their source at its rank or above, or, unranked, each
    "Name (ACR)" over text as it is."""
    first = blocks[0]
    ranked = next((b for b in blocks[1:] if b.kind == HEADING and b.level), None)
    if first.level and ranked is not None and ranked.level <= first.level:
        return True
    return n_title == 1 and _first_of_a_run(blocks)


_NAMED_WITH_ACRONYM = lazy_pattern(r"\S.*\([A-Z][A-Za-z&]{1,11}\)$")


def _first_of_a_run(blocks: list[Block]) -> bool:
    """Whether an unranked first heading "Name (ACR)" over text is worded like the headings
    after it ("Name (ACR)" over text each): the first of the page's sections, not its title."""
    first = blocks[0]
    if first.level or not _NAMED_WITH_ACRONYM.match(first.text):
        return False
    later = [b for b in blocks[2:] if b.kind == HEADING]
    return len(later) >= 2 and all(_NAMED_WITH_ACRONYM.match(b.text) for b in later)


# Ranks of headings whose level only their layout tells: a group opener above its members,
# both below every heading a structured source ranks (1-6).
GROUP_RANK = 8
MEMBER_RANK = 9

register(
    "heading_levels",
    "layout",
    """Headings nest by the rank their source gives them (HTML h1-h6, Markdown #-######): a
    heading holds the lower-ranked headings after it until one of its own rank or higher. A
    heading directly under another, with no text between them, that is the only heading
    under it and names no unit ("Wick Division", then "Jane Doe", then the division's list)
    names who leads that unit or labels its text: it is no level of its own, and what it
    holds is that unit's.""",
)
register(
    "heading_run_groups",
    "layout",
    """Where only layout tells, a heading followed directly by another heading opens a group
    (a leadership position or directorate) whose members are the headings after it until the
    next group opens; in a run of headings, only the first and those worded like it (a
    position like a position) open groups. The last heading of a run of headings that all
    name units, worded alike ("Office of A", "Office of B", "Office of C"), is one more of
    them, not a member of the one before it. So is a heading with no text of its own that
    comes after sections with text of their own, before any group opened, and names neither
    a position nor units in the plural (a link line such as "Lamp Oil Program" between two
    offices): it opens no group, and the sections after it are not its members.""",
)


register(
    "peer_run_closes_group",
    "layout",
    """A run of headings read as peers, the last of them one more peer (``heading_run_groups``:
    "Office of Lamps", "Office of Wicks", then "Office of Oil" over its text), holds no
    group: the headings after it, each over text of its own ("Office of Glass" and its text),
    are more of its peers, not members of the run's last heading.""",
)


# A person's name closing a line after a title: a given name, a middle initial and a surname
# ("Jane Q. Doe", "Mary-Jo Q. Doe-Roe"), then perhaps "Jr." and "Acting".
_HOLDER_GENERATION = r"(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?"
_HOLDER_STATUS = r"(?:[Aa]cting|[Ii]nterim)"
_HOLDER_END = _HOLDER_GENERATION + r"(?:,\s*" + _HOLDER_STATUS + r")?\s*$"
# The honorifics that may open a person's name, with or without a full stop: "Dr", "Hon.".
_HONORIFICS = "(?:" + HONORIFICS + ")"
# One or more middle initials mark it ("Jane A. B. Doe"), and so does an honorific before the
# name ("Hon. Jane Doe", "Dr Jane Q. Doe", "Mr Q.R. Doe": given names or initials).
_HOLDER = lazy_pattern(
    r"(?<=\s)(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s){1,3}"
    r"|" + _HONORIFICS + r"\.?\s"
    r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s){0,3}|(?:[A-Z]\.\s?){1,3}))"
    r"(?:Mc|Mac|O')?[A-Z][A-Za-z'’-]+" + _HOLDER_END
)
# The same without the initial: a given name and a surname after a position word.
# Compiled at import, not lazily: a match is told apart by its pattern (``match.re is``).
_PLAIN_HOLDER = re.compile(
    r"(?<=\s)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:Mc|Mac|O')?[A-Z][a-z'’-]+" + _HOLDER_END
)
# The same run straight on to the title, with no space before it: "Chief CounselJane Doe",
# "Member (Lamp Board)Jane Q. Doe", "WARDENJohn Roe" (two elements joined without a space).
_GLUED_HOLDER = lazy_pattern(
    r"(?:(?<=[a-z)])|(?<=[A-Z]{2}))[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z]\.)?"
    r"\s(?:Mc|Mac|O')?[A-Z][A-Za-z'’-]+" + _HOLDER_END
)
# The further forms of a holder run on to the title (part of ``glued_holder_forms``): an
# initial before the given name ("CounselQ. Jane Doe"), two given names ("ChairMary Ann
# Poe"), accented letters after a name's first ("ChiefAna Farías"), a closing "Designated
# ..." ("Jane Doe, Designated by the Board"), or no holder: "Vacant", "(vacancy)".
_NAME_PART = r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?"
_GLUED_HOLDER_FORMS = lazy_pattern(
    r"(?:(?<=[a-z)])|(?<=[A-Z]{2}))(?:"
    r"(?P<initial>[A-Z]\.\s)?" + _NAME_PART + r"(?:\s(?:(?P<middle>[A-Z]\.)|" + _NAME_PART + r"))?"
    r"\s(?:Mc|Mac|O')?[A-Z](?:[^\W\d_]|['’-])+"
    + _HOLDER_GENERATION
    + r"(?:,\s*(?:"
    + _HOLDER_STATUS
    + r"|(?P<designated>[Dd]esignated\b[^,]*)))?"
    r"|(?:Vacant|\(vacan(?:t|cy)\)))\s*$"
)
# The full stops of an initialism inside a title ("U.S.", "D.C."), which end no sentence.
_INITIALISM_STOPS = lazy_pattern(r"\b(?:[A-Z]\.){2,}")
# An honorific that may open a holder's name without a full stop after it: "Dr Jane Doe".
_HONORED = lazy_pattern(r"\s" + _HONORIFICS + r"\s[A-Z]")
_NOT_A_NAME = UNIT_NOUNS | POSITION_WORDS | CONNECTORS | SECTION_WORDS
MAX_TITLE_WORDS = 8
# A title glued to its holder's name is read as such up to this many words.
MAX_GLUED_TITLE_WORDS = 12
# An honorific alone, as a whole word: "Mr", "Dr.", "Hon."
_HONORIFIC = lazy_pattern(_HONORIFICS + r"\.?$")


@rule("layout", off=None)
def titled_holder_line(line: str, *, plain: bool = False) -> int | None:
    """A line that gives a title and its holder's name ("Deputy Warden Jane Q. Doe", "Wick
    Supply John R. Roe, Acting", "Chief of Oils Mary T. Poe, Jr.", a middle initial or more
    marking the person, "Lamp Warden Jane A. B. Doe", or an honorific before the name,
    "Minister Hon. Jane Doe", "Warden Dr Q.R. Doe") names the title, not the person: in a
    directory of key officials the unit is the title before the name; set as a heading right
    under a unit's heading, before that unit's text, it names who leads the unit and is the
    unit's text, not a heading of its own (nor a position under the unit). There a holder
    without a middle initial after a position word ("Chief Jane Doe") is read so too, on a
    page where another such line has one; on a page with none, when the line runs straight
    from the post to the name (no dash or colon), sits right under a heading (or the page's
    title) and over a paragraph, and the name holds no word the page writes in lower case
    ("Director Jane Doe" over "The Wick Office buys ..."; not "Director Field Safety" where
    the page speaks of field safety). A heading that gives a post and its holder is a
    holder's card: it does not make the page one whose headings name its units, so the
    page's prose and lists are still read for them. Returns where the person's name starts
    (``plain``: without an initial)."""
    if " " not in line:
        return None
    glued = _glued_holder_start(line) if enabled("glued_holder_line") else None
    if glued is not None:
        return glued
    match = None
    if ". " in line or _HONORED.search(line):
        match = _HOLDER.search(line)
    if match is None and plain:
        match = _PLAIN_HOLDER.search(line)
        if match is not None:
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", match.group())]
            if set(words) & _NOT_A_NAME:
                match = None
    if match is None:
        return None
    title = line[: match.start()].rstrip()
    title_words = re.findall(r"[A-Za-z]+", title)
    if not title_words or not _reads_as_title(title):
        return None
    if match.re is _PLAIN_HOLDER and title_words[-1].lower() not in POSITION_WORDS:
        return None
    return match.start()


register(
    "glued_holder_forms",
    "layout",
    """A title run straight on to its holder (``glued_holder_line``) where the holder is
    written in a further form of a directory of officials: an initial before the given name
    ("Lamp CounselQ. Jane Doe"), two given names before the surname ("Lamp WardenMary Ann
    Poe"), accented letters after a name's first ("Wick ChiefAna Farías"), a closing
    "Designated ..." after the name ("Lamp CounselJane Doe, Designated by the Board"), or no
    holder at all, the post "Vacant" or "(vacancy)" ("Glass CareVacant", "Oil
    Storage(vacancy)"). The title may hold an initialism's full stops ("Director, U.S. Lamp
    OfficeJane Doe"), and may be one word when the name has an initial ("FinanceJane Q.
    Doe", "FinanceQ. Jane Doe"): a brand's inner capital ("PowerPoint Slide Templates",
    "MasterCard Gift Cards") is followed by capitalized words, never by an initial. The
    unit a post names after it ends where the holder starts ("Director, FinanceJane Doe"
    names "Finance", however plain the name). Before, the holder stayed in the unit's name,
    or the line was no unit.""",
)


register(
    "glued_holder_line",
    "layout",
    """A line whose title runs straight on to its holder's name with no space between them
    ("Chief CounselJane Doe", "Member (Lamp Board)John Q. Roe", "WARDENMary Poe"),
    as a page's text reads when the title and the name stood in two elements of a directory
    of officials and were joined without a space, gives a title and its holder as
    ``titled_holder_line`` reads them: the unit is the title before the join, the name left
    out, and two such lines are peers. A lower-case letter or a closing parenthesis (or a
    word in capitals) running into a capitalized given name and a surname that close the
    line marks the join; the title before it is capitalized, holds no sentence mark, and is
    more than one word unless set in capitals (a brand's inner capital, "PowerPoint
    Slides", is no join), the title's last word is no prefix of a surname or a place nor
    one or two lower-case letters ("Lamp Council McDonald Hall", "Wick Office DuPage
    County", "Lamp Office iPhone Apps": one word's inner capital), and the name holds no
    unit noun or post word ("Wick ServicesLamp Boards" is no holder).
    The lines right after such a line that each give only a person's name ("Jane Doe") are
    more holders of the same title (the name element ran over several lines): its text,
    not headings of their own. Before, the name stayed in the unit's name, the lines nested
    under each other, and each further holder was read as a heading over what followed.""",
)


# What opens a word with an inner capital, not a title: a surname's or a place's prefix
# ("McDonald", "MacArthur", "DuPage", "LaSalle", "DeKalb", "VanBuren") or a lower-case
# letter or two ("iPhone", "eGov").
_INNER_CAPITAL_PREFIX = lazy_pattern(r"(?:^|\s)(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|[a-z]{1,2})$")


def _glued_holder_start(line: str) -> int | None:
    """Where the holder's name starts in a line whose title runs on to it with no space
    (part of ``glued_holder_line``), or None."""
    wide = enabled("glued_holder_forms")
    match = (_GLUED_HOLDER_FORMS if wide else _GLUED_HOLDER).search(line)
    if match is None or match.start() == 0:
        return None
    title = line[: match.start()].rstrip()
    marked = _INITIALISM_STOPS.sub("US", title) if wide else title
    name = match.group()
    if wide and match.group("designated"):
        name = line[match.start() : match.start("designated")]  # "..., Designated by ..."
    words = {w.lower() for w in re.findall(r"[^\W\d_]{2,}" if wide else r"[A-Za-z]{2,}", name)}
    if (words | {singular_noun(w) for w in words}) & _NOT_A_NAME:
        return None
    if line[match.start() - 1].isupper() and not re.search(r"(?:^|\s)[A-Z]{2,}$", title):
        return None  # inside a word in capitals, not after one: "McDONALD"
    if _INNER_CAPITAL_PREFIX.search(title):
        return None  # one word's inner capital: "McDonald Hall", "DuPage County", "iPhone"
    if (
        not title[:1].isupper()
        or len(title.split()) > MAX_GLUED_TITLE_WORDS
        or any(mark in marked for mark in ".:;!?")
    ):
        return None
    # more than one word unless set in capitals: a brand's inner capital ("PowerPoint
    # Slides", "MasterCard Gift Cards", "McDonald House") is no join; a name with an initial
    # after one word is one ("FinanceJane Q. Doe", "FinanceQ. Jane Doe")
    strong = wide and any(match.group(g) for g in ("initial", "middle"))
    if len(title.split()) < 2 and not title.isupper() and not strong:
        return None
    return match.start()


def glued_holder_start(line: str) -> int | None:
    """Where the holder starts in a line whose title runs on to it with no space, for the
    unit's part of the title to end there (part of ``glued_holder_forms``: "Director,
    FinanceJane Doe" names "Finance"), or None."""
    if not enabled("glued_holder_forms") or not enabled("glued_holder_line"):
        return None
    return _glued_holder_start(line)


# A line that is a person's name alone: "Jane Doe", "Jane Q. Doe, Acting".
_PERSON_LINE = lazy_pattern(
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z]\.)?\s(?:Mc|Mac|O')?[A-Z][A-Za-z'’-]+" + _HOLDER_END
)


def _names_person(block: Block) -> bool:
    """Whether a line is only a person's name (part of ``glued_holder_line``)."""
    if _PERSON_LINE.fullmatch(block.text) is None:
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", block.text)}
    return not (words | {singular_noun(w) for w in words}) & _NOT_A_NAME


def _reads_as_title(title: str) -> bool:
    """The words before a holder's name read as a title: capitalized, at most
    ``MAX_TITLE_WORDS``, and not a sentence, a label or an honorific."""
    return (
        title[:1].isupper()
        and len(title.split()) <= MAX_TITLE_WORDS
        and not any(mark in title for mark in ".:;!?")
        and not _HONORIFIC.match(title)
    )


# The end of a directory line after its holder's surname: "Jr." and "Acting".
_HOLDER_SUFFIX = lazy_pattern(_HOLDER_END)
_GIVEN = lazy_pattern(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_SURNAME = lazy_pattern(r"(?:Mc|Mac|O')?[A-Z][a-z'’-]+$")
_INITIAL = lazy_pattern(r"[A-Z]\.$")
# A directory of key officials: this many title-and-holder lines with a middle initial.
MIN_DIRECTORY_HOLDERS = 3


def _plain_holder_start(line: str) -> int | None:
    """Where the person's name starts in "Title Given Surname", "Title Given Given Surname"
    (after a position word) or "Title I. Given Surname", or None."""
    core = line[: _HOLDER_SUFFIX.search(line).start()]  # type: ignore[union-attr]
    spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", core)]
    for size in (3, 2):
        if len(spans) <= size:
            continue
        name = [word for _, word in spans[-size:]]
        title = [word for _, word in spans[:-size]]
        first = 1 if size == 3 and _INITIAL.match(name[0]) else 0
        if size == 3 and not first and title[-1].lower() not in POSITION_WORDS:
            continue  # "Public Relations Jane Doe": two given names only after a post
        if not all(_GIVEN.match(word) for word in name[first:-1]) or not _SURNAME.match(name[-1]):
            continue
        if {word.lower() for word in name} & _NOT_A_NAME:
            continue
        if not _reads_as_title(" ".join(title)):
            continue
        return spans[-size][0]
    return None


@rule("layout", off=None)
def directory_holder_line(page: PageLayout, block: Block) -> int | None:
    """In a directory of key officials (a page with three or more lines that give a title and
    its holder's name with a middle initial, ``titled_holder_line``), a line next to such a
    line that closes with a person's name without the initial names its title too: one or
    two given names and a surname ("Wick Supply Jane Doe", "Deputy Warden Mary Ann Roe"),
    or an initial before the given name ("Warden Q. Jane Doe"). The unit is the title
    before the name, the name left out; in a run of such lines each is the peer of the one
    before it (as ``peer_worded_alike`` reads them). Returns where the person's name
    starts."""
    if block.kind != HEADING or " " not in block.text:
        return None
    key = switched_off()
    if page._directory is None or page._directory[0] != key:
        page._directory = (key, _directory_holders(page.blocks))
    return page._directory[1].get(block.start)


def _directory_holders(blocks: list[Block]) -> dict[int, int]:
    """The start of each heading of a directory of key officials that closes with a holder's
    name without a middle initial, with where that name starts (``directory_holder_line``)."""
    headings = [b for b in blocks if b.kind == HEADING and len(b.text) < 160]
    initialed = {b.start for b in headings if titled_holder_line(b.text) is not None}
    if len(initialed) < MIN_DIRECTORY_HOLDERS:
        return {}
    plain: dict[int, int] = {}
    for block in headings:
        if block.start in initialed:
            continue
        start = _plain_holder_start(block.text)
        if start is not None:
            plain[block.start] = start
    found: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block.start not in plain:
            continue
        near = blocks[max(index - 1, 0) : index + 2]
        if any(
            other is not block
            and other.kind == HEADING
            and (other.start in initialed or other.start in plain)
            for other in near
        ):
            found[block.start] = plain[block.start]
    return found


# A word of a person's name: a capitalized word in any alphabet, perhaps after a surname's
# prefix ("McRoe", "MacDoe", "O'Neil"), joined by a hyphen or an apostrophe ("Mary-Jo"), or
# initials ("S.J.", "Q.").
_PERSON_WORD = lazy_pattern(
    r"(?:Mc|Mac|O['’])?[A-Z][^\W\d_A-Z]+(?:[-'’][A-Z]?[^\W\d_]+)*|(?:[A-Z]\.)+"
)
# The endings of English nouns of a field or an activity ("Resources" aside, "Operations",
# "Management", "Planning", "Security", "Compliance"): a word so ended names a field, and a
# line of them a unit's name, not a person's.
_FIELD_ENDING = lazy_pattern(
    r"(?:tion|sion|ment|ing|ity|ance|ence|ics|ogy|ure|ness|ship|ies|ware|ry)s?$"
)
# The words of a post under a holder's name: the position words and "manager".
_POST_WORDS = POSITION_WORDS | {"manager"}


def _person_heading(text: str, *, fields: bool = True) -> bool:
    """Whether a heading is only a person's name, perhaps after an honorific ("Jane Doe",
    "Mr Q.R. Doe", "Dr Ána Roe-Doe"): two to four capitalized words, initials aside, none a
    word of a unit, a post or (``fields``) a field, nor a plural at the end (part of
    ``holder_over_title``)."""
    words = text.split()
    if words and _HONORIFIC.match(words[0]):
        words = words[1:]
    named = [w for w in words if not re.fullmatch(r"(?:[A-Z]\.)+", w)]
    if not 2 <= len(words) <= 4 or not named or re.fullmatch(r"(?:[A-Z]\.)+", words[-1]):
        return False
    if not all(_PERSON_WORD.fullmatch(w) for w in words):
        return False
    lowered = {w.lower() for w in named}
    if (lowered | {singular_noun(w) for w in lowered}) & (_NOT_A_NAME | _POST_WORDS):
        return False
    if not fields:
        return True
    # a plural at the end is a field's ("Wick Affairs", "Oil Works"), however a surname ends
    plural = named[-1].endswith("s") and not named[-1].endswith("ss")
    return not plural and not any(_FIELD_ENDING.search(w.lower()) for w in named)


def person_name(text: str) -> bool:
    """Whether a line is only a person's name, perhaps after an honorific ("Jane Doe", "Dr
    Ána Roe-Doe"), as ``_person_heading`` reads a heading: no word of a unit, a post or a
    field ("Wick Trimming", "Lamp Affairs")."""
    return _person_heading(text)


def _reads_as_post(text: str) -> bool:
    """Whether a line is a post's title: a short capitalized line, perhaps after a list's dash,
    with a word of a post ("- Director", "Deputy Minister of Lamps", "Senior Manager: Wick
    Services")."""
    line = text.strip().lstrip("-–—•* ").strip()
    words = re.findall(r"[A-Za-z]+", line)
    return (
        line[:1].isupper()
        and 0 < len(words) <= MAX_TITLE_WORDS
        and bool({w.lower() for w in words} & _POST_WORDS)
        and all(w[:1].isupper() or w in CONNECTORS for w in words)
        # "Chief Jane Doe", "Director: Jane Doe, PhD": a post and its holder, a unit's head
        and titled_holder_line(line, plain=True) is None
        and not any(
            _person_heading(part.split(",")[0].strip(), fields=False)
            for part in re.split(r"[:–—]|\s-\s", line)[1:]
        )
    )


# A word a page writes in lower case: "safety" in "the safety of lamps".
_LOWER_WORD = lazy_pattern(r"(?<![\w'’-])[a-z][a-z'’-]*")


def lower_case_words(text: str) -> frozenset[str]:
    """The words a page writes in lower case somewhere: common words, never a person's name
    (part of ``holder_over_title``)."""
    return frozenset(_LOWER_WORD.findall(text))


@rule("layout", off=False)
def holder_over_title(
    block: Block, following: Block | None, common: frozenset[str] = frozenset()
) -> bool:
    """A heading that is only a person's name, over a line that gives a post ("Jane Doe" over
    "- Director", "Mr Q.R. Doe" over "Senior Manager: Wick Services", "Ana Roe" over "Deputy
    Minister of Lamps"), as a leadership page or a profile card sets a holder's name above
    the holder's title, names who holds the post, not a unit: it is the text of the section
    above it, and the title's line goes with that section. A unit's name of two capitalized
    words over its head's title ("Wick Operations" over "Director") is worded as a field
    (nouns in -tion, -ment, -ing, -ity, ...) and stays a heading; so does one whose last word
    the page writes in lower case (``common``: "Lamp Safety" where the page says "the safety
    of lamps", "Animal Control" over "the animal control officers"), for a surname is never
    a common word in its page's text; a given name may be ("Rose Tolland" on a page that
    speaks of a rose, "Grant Vale" on one that speaks of a grant), unless the title under it
    repeats that word ("Fleet Garage" over "- Fleet Manager" where the page speaks of its
    fleet): a unit's head is titled by the unit's field, a holder never by a given name."""
    if block.kind != HEADING or following is None or not _person_heading(block.text):
        return False
    title = following.text.split("\n")[0]
    words = [word.lower() for word in block.text.split()]
    return (
        words[-1] not in common
        and not set(words) & common & {word.lower() for word in re.findall(r"[A-Za-z]+", title)}
        and _reads_as_post(title)
    )


def _holder_lines(rest: list[Block], text: str, titled: bool = False) -> list[Block]:
    """``rest`` with each title-and-holder line right under a heading made text (part of
    ``titled_holder_line``) and each holder's heading over a post's line (``text``: the
    page's, read for its words in lower case) made text (``holder_over_title``)."""
    changed = list(rest)
    common = lower_case_words(text) if any(b.kind == HEADING for b in rest) else frozenset()
    for index, block in enumerate(rest):
        following = rest[index + 1] if index + 1 < len(rest) else None
        if holder_over_title(block, following, common):
            changed[index] = replace(block, kind=PARAGRAPH, level=0)
            if following is not None and following.kind != HEADING and "\n" not in following.text:
                changed[index + 1] = replace(following, kind=HEADING, level=block.level)
    rest = list(changed)
    headings = [b for b in rest if b.kind == HEADING]
    if not any(titled_holder_line(b.text) is not None for b in headings):
        return _uninitialed_holders_under_headings(rest, common, titled)
    if enabled("glued_holder_line"):
        for index, block in enumerate(rest):
            if block.kind != HEADING or _glued_holder_start(block.text) is None:
                continue
            after = index + 1
            while after < len(rest) and rest[after].kind == HEADING and _names_person(rest[after]):
                changed[after] = replace(rest[after], kind=PARAGRAPH, level=0)
                after += 1
    for index in range(1, len(rest) - 1):
        block, previous, following = rest[index], rest[index - 1], rest[index + 1]
        if (
            block.kind == HEADING
            and previous.kind == HEADING
            and following.kind != HEADING
            and titled_holder_line(previous.text) is None
            and titled_holder_line(block.text, plain=True) is not None
        ):
            changed[index] = replace(block, kind=PARAGRAPH, level=0)
    return changed


def _uninitialed_holders_under_headings(
    rest: list[Block], common: frozenset[str], titled: bool
) -> list[Block]:
    """``rest`` with each line right under a heading, before that heading's paragraph, that
    gives a post and a holder's name without a middle initial ("Director Jane Doe") made
    text, on a page with no initialed holder: the name's words are none the page writes in
    lower case, for a person's name is never a common word of its page, and the name runs
    on from the post with no dash or colon between them. The first line is under the page's
    title (``titled``) (part of ``titled_holder_line``). A unit led by more than one post
    gives a run of such lines ("Director Jane Doe", "Assistant Superintendent John Roe"),
    each the unit's text."""
    changed = list(rest)
    holders = [_uninitialed_holder(block, common) for block in rest]
    for index, block in enumerate(rest):
        under = rest[index - 1].kind == HEADING if index else titled
        if not holders[index] or not under:
            continue
        after = index + 1
        while after < len(rest) and holders[after]:
            after += 1
        if after < len(rest) and rest[after].kind == PARAGRAPH:
            changed[index] = replace(block, kind=PARAGRAPH, level=0)
    return changed


def _uninitialed_holder(block: Block, common: frozenset[str]) -> bool:
    """Whether a heading runs straight from a post to a holder's name without a middle
    initial whose words are none the page writes in lower case (``common``)."""
    if block.kind != HEADING:
        return False
    start = titled_holder_line(block.text, plain=True)
    if start is None or not block.text[:start].rstrip()[-1:].isalpha():
        return False  # "Warden – Jane Doe": a post's label, read as the post
    name = re.findall(r"[A-Za-z]+", _HOLDER_SUFFIX.split(block.text[start:])[0])
    return not {word.lower() for word in name} & common


# A heading over a board's roster: "Board of Directors", "Board Members", "Members of the
# Board", "Council Members", "Board".
_ROSTER_HEADING = lazy_pattern(
    r"(?:(?:the\s+)?(?:board|council|commission)(?:\s+of\s+(?:directors|trustees|governors))?"
    r"(?:\s+members)?|members\s+of\s+the\s+(?:board|council|commission))\s*:?\s*$",
    re.IGNORECASE,
)
# A line that opens with a person's name: an honorific or a councillor's title before a
# capitalized word ("Ms Jane Doe", "Cr Jane Doe"), or a surname in capitals before or after
# given names ("Jane ROE", "ROE Jane Ann").
_MEMBER_NAME = lazy_pattern(
    r"(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Hon|Rev|Cr|Cllr|Councillor)\.?\s+[A-Z]"
    r"|(?:[A-Z][a-z]+\s+){1,2}[A-Z]{2,}(?:\s+[A-Z][a-z]|\s*$)"
    r"|[A-Z]{2,}\s+[A-Z][a-z]+\s)"
)
MIN_ROSTER_NAMES = 3


@rule("layout", off=frozenset())
def board_roster_lines(blocks: list[Block]) -> frozenset[int]:
    """Under a heading over a board's roster ("Board of Directors", "Board Members"), the run
    of lines set as headings without a rank of their own, up to the next ranked heading or
    text, lists its members: a line that opens with a person's name (an honorific or a
    councillor's title, "Ms Jane Doe", "Cr Jane Doe", "Cllr Jane Doe", or a surname in
    capitals, "Jane ROE Chair Wick Trust"), and the line right after such a name when it
    has no name of its own (the member's posts, here or at an outside
    body: "Chief Executive, Oil Board"), name people and their posts, not units of the page.
    Only a run with three or more such names is a roster. Returns the starts of those
    lines."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind != HEADING or not _ROSTER_HEADING.match(block.text.strip()):
            continue
        run = []
        for line in blocks[index + 1 :]:
            if line.kind != HEADING or line.level:
                break
            run.append(line)
        named = [bool(_MEMBER_NAME.match(line.text)) for line in run]
        if sum(named) < MIN_ROSTER_NAMES:
            continue
        for at, line in enumerate(run):
            if named[at] or (at and named[at - 1]):
                found.add(line.start)
    return frozenset(found)


register(
    "announced_parts_headings",
    "layout",
    """A paragraph in a unit's section that announces the section's parts by a plural unit
    noun, after a count or "the following" or in a paragraph closed by a colon ("The units
    under this division include the following:", "The Bureau is aligned into five
    specialized Units which keep the wicks."), makes the headings right after it that are
    headed by that noun ("Wick Unit", "Glass Unit") parts of the section's unit, one level
    below its heading, though the page sets all its headings alike; the first heading
    headed by another noun ends the run ("Oil Division" after the units is the division's
    peer again). Headings whose levels the page sets keep them: a heading set above the
    section's heading, or at a level while the section's heading has none (or none while
    it has one), ends the run, and so does one set at the section's level when the run's
    first part was set below it (the page's levels tell parts from peers). Not in the
    page's introduction (the agency's own parts stand at the top level), nor when the
    sentence names another unit before the noun ("The Soot Division has two units") or the
    section's unit is headed by the same noun ("Lamp Unit" over "the following units:"),
    nor for a plural with no count and no colon ("The units work closely with the town.").""",
)

# A plural noun, perhaps after a count or "following" and one word: "the following units",
# "five specialized Units", "two divisions".
_ANNOUNCED_PLURAL = lazy_pattern(
    r"\b(?:(?P<count>following|several|various|"
    + "|".join(NUMBER_WORDS)
    + r"|\d{1,2})\s+(?:[a-z]+\s+)?)?(?P<noun>[A-Za-z]+s)\b"
)


@dataclass
class _Announced:
    """Parts a section's paragraph announced (``announced_parts_headings``): their unit noun
    in the singular, the rank of their headings, the level the page set the announcing
    heading at (0 for none), and whether the page sets the run's parts below the announcing
    heading (None until the first part)."""

    noun: str
    rank: int
    level: int
    below: bool | None = None

    def ends_at(self, block: Block) -> bool:
        """Whether the heading ``block``, headed by the announced noun, ends the run: the
        page sets it otherwise than the announcing heading (above it, or one of the two at a
        level and the other at none), or at its level when the run's parts are set below
        it."""
        if block.level == self.level:
            return bool(self.below)
        return not (block.level and self.level and block.level > self.level)


def _announced_noun(block: Block) -> str | None:
    """The unit noun, in the singular, by which a paragraph announces its section's parts
    (``announced_parts_headings``): a plural unit noun (``LISTING_NOUNS``) after a count or
    "the following", or anywhere in a paragraph that ends with a colon, in a sentence that
    names no unit before it ("The Wick Division has two units" is about that division)."""
    text = block.text.strip()
    colon = text.endswith(":")
    for match in _ANNOUNCED_PLURAL.finditer(text):
        noun = match.group("noun").lower()
        if noun not in LISTING_NOUNS or not (colon or match.group("count")):
            continue
        opening = text.rfind(". ", 0, match.start()) + 1
        named = [
            word
            for word in re.findall(r"[A-Za-z][\w'’-]*", text[opening : match.start()])[1:]
            if word[:1].isupper() and word.lower() not in UNIT_NOUNS
        ]
        if named:
            return None  # "The Wick Division has two units": a unit the sentence names
        return in_singular(noun)
    return None


def _ranks(rest: list[Block]) -> list[int]:
    """The rank of each heading of ``rest`` (0 for other blocks)."""
    ranks = [0] * len(rest)
    # The parts sections announced, innermost last.
    announced: list[_Announced] = []
    section_noun: str | None = None
    section_level = 0
    last_rank = 0
    group_open = False
    peer_before = False
    run_of_units = False
    run_head: Block | None = None
    peer_with_text = False  # a section with text of its own stood before any group opened
    opener: Block | None = None  # the heading that opened the group now open
    directory = _directory_holders(rest) if enabled("directory_holder_line") else {}
    nested = _outline_depths(rest)
    for index, block in enumerate(rest):
        previous = rest[index - 1] if index else None
        if block.kind != HEADING:
            if block.kind == PARAGRAPH and last_rank and enabled("announced_parts_headings"):
                noun = _announced_noun(block)  # not in the introduction (no rank yet)
                if (
                    noun is not None
                    and noun != section_noun
                    and all(noun != outer.noun for outer in announced)
                ):
                    announced.append(_Announced(noun, last_rank + 1, section_level))
            peer_before = False
            peer_with_text = peer_with_text or (
                not group_open
                and previous is not None
                and previous.kind == HEADING
                and ranks[index - 1] == GROUP_RANK
            )
            continue
        section_noun = _head_unit_noun(block.text)
        section_level = block.level
        while announced and (announced[-1].noun != section_noun or announced[-1].ends_at(block)):
            announced.pop()  # a heading of another noun, or set as a peer, ends the run
        if announced:  # a part the section before announced ("The units ... include:")
            parts = announced[-1]
            ranks[index] = last_rank = parts.rank
            if parts.below is None:
                parts.below = bool(block.level and parts.level and block.level > parts.level)
            peer_before = False
            continue
        if block.level and enabled("heading_levels"):
            ranks[index] = last_rank = block.level
            peer_before, run_of_units, peer_with_text = False, True, False
            continue
        if nested and block.depth:
            ranks[index] = last_rank = MEMBER_RANK + block.depth
            peer_before = False
            continue
        if previous is None or previous.kind != HEADING:
            run_head = block
            run_of_units = True
        run_of_units = run_of_units and _names_units(block.text)
        following = rest[index + 1] if index + 1 < len(rest) else None
        opens_group = (
            enabled("heading_run_groups")
            and following is not None
            and following.kind == HEADING
            and not following.level
            and (
                block is run_head
                or (
                    run_head is not None
                    and _names_position(block.text) == _names_position(run_head.text)
                )
            )
            and not _peer_link_line(block, peer_with_text, group_open)
        )
        caption = post_under_holder(previous, block)
        if caption:
            opens_group = group_open = False  # a holder's card ends: no group runs on
        if opens_group:
            group_open = True
            ranks[index] = GROUP_RANK
        elif (
            peer_before
            and run_of_units
            and run_head is not None
            and _names_position(block.text) == _names_position(run_head.text)
        ):
            ranks[index] = GROUP_RANK  # the last of a run of peers is one more peer
            group_open = group_open and not enabled("peer_run_closes_group")
        elif (
            group_open
            and opener is not None
            and (
                peer_worded_alike(opener.text, block.text)
                or _directory_peers(opener, block, directory)
            )
        ):
            ranks[index] = GROUP_RANK
        else:
            ranks[index] = MEMBER_RANK if group_open else GROUP_RANK
        if ranks[index] == GROUP_RANK:
            opener = block
        peer_before = opens_group and block is not run_head
        last_rank = ranks[index]
    return ranks


def _outline_depths(blocks: list[Block]) -> bool:
    """Whether headings that were outline items stand at two depths or more, so nest by
    them (``outline_across_text``)."""
    if not enabled("outline_across_text"):
        return False
    return len({block.depth for block in blocks if block.kind == HEADING and block.depth}) > 1


# A code in parentheses closing a heading: "Lamp Affairs (L)", "Office of Wicks (OW)".
_CLOSING_CODE = lazy_pattern(r"\((?P<code>[A-Z][A-Za-z&]{0,11})\)\s*$")
# A unit noun opening a name before "of", "for" or "on": "Office of A", "Department for B".
_UNIT_OF = lazy_pattern(r"(?:the\s+)?([A-Za-z]+)\s+(?:of|for|on)\s", re.IGNORECASE)


@rule("layout", off=False)
def peer_worded_alike(opener: str, heading: str) -> bool:
    """In a run of headings whose levels only layout tells, a heading worded like the heading
    that opened the group before it is that heading's peer, not its member: two lines that
    each give a title and its holder ("General Lamp Counsel Jane Q. Doe" then "Wick Supply
    John R. Roe"), two names each closed by a code in parentheses ("Lamp Affairs (L)" then
    "Wick Affairs (W)"), or two names opening with the same unit noun before "of", "for" or
    "on" ("Department of Lamps" then "Department of Wicks"; not a position: "Director of
    Lamps" over "Director of Wicks" keeps its group). A group holds headings worded unlike
    its opener ("Chief Directorate: Lamps" over "Directorate: Wicks", a position over
    offices), and coded names are no peers when the second's code extends the first's
    ("Office of Lamps (OL)" over "Wick Division (OLW)") or their head unit nouns differ
    ("Office of Lamps (L)" over "Wick Division (W)"): an office over its divisions; names
    headed by the same unit noun are peers whatever their codes, and a code of one letter
    is extended by chance ("Bureau of Wick Accounts (A)", "Bureau of Arctic Affairs (AA)").
    So is a heading that opens with the same words as the opener, only what follows them
    differing (``_same_lead``): the same noun counted by another number or letter ("Lamp
    Region VII (Oil Shore)" then "Lamp Region VIII (Wick Hills)", "District 4" then
    "District 5"), or the same title before a comma ("Deputy Chief, Wick Supply" then
    "Deputy Chief, Oil Supply"; so "Director, Office of Lamps" then "Director, Office of
    Wicks" are peers though "Director of Lamps" over "Director of Wicks" is not: the comma
    parts a title from the unit it heads, so the two lines name two units of one rank, while
    a title joined by "of" names one post, worded like its group's members). A directory
    lists its regions or its posts' holders one after the other."""
    return _worded_alike(opener, heading) or _same_lead(opener, heading)


def _worded_alike(opener: str, heading: str) -> bool:
    """Two titled holder lines, two coded names, or two names headed by one unit noun."""
    if titled_holder_line(opener, plain=True) is not None and (
        titled_holder_line(heading, plain=True) is not None
    ):
        return True
    coded = _coded_peers(opener, heading)
    if coded is not None:
        return coded
    first, second = _UNIT_OF.match(opener), _UNIT_OF.match(heading)
    return (
        first is not None
        and second is not None
        and first.group(1).lower() == second.group(1).lower()
        and first.group(1).lower() in UNIT_NOUNS
    )


# "Region VII (...)", "District 4", "Zone B": a noun and the number or letter that counts it.
_COUNTED_NAME = lazy_pattern(
    r"(?P<noun>(?:[A-Z][a-z]+\s+){0,3}?[A-Z][a-z]{2,})\s+(?P<count>[IVXL]{1,5}|\d{1,3}|[A-Z])\b"
)
# "Deputy Chief, Wick Supply": a title, a comma, then what the title is over.
_TITLE_BEFORE_COMMA = lazy_pattern(r"(?P<title>[A-Z][^,]{1,40}),\s+[A-Z]")


def _same_lead(opener: str, heading: str) -> bool:
    """The same words opening both headings, only what follows them differing: a counted
    noun ("Lamp Region 3" then "Lamp Region 4") or a title before a comma ("Director, Office
    of Lamps" then "Director, Office of Wicks"); a member is worded unlike the heading over
    it."""
    first, second = _COUNTED_NAME.match(opener), _COUNTED_NAME.match(heading)
    if first is not None and second is not None:
        return first.group("noun").lower() == second.group("noun").lower() and first.group(
            "count"
        ) != second.group("count")
    first, second = _TITLE_BEFORE_COMMA.match(opener), _TITLE_BEFORE_COMMA.match(heading)
    return (
        first is not None
        and second is not None
        and first.group("title").lower() == second.group("title").lower()
        and bool(set(re.findall(r"[a-z]+", first.group("title").lower())) & POSITION_WORDS)
    )


_SINGULAR = {"offices": "office", "services": "service", "centers": "center"}


def _head_unit_noun(name: str) -> str | None:
    """The unit noun a name is headed by: its last one before any preposition ("Office of
    Lamp Services" -> "office", "Wick Services Division" -> "division"), in the singular."""
    head = None
    for word in _LETTERS.findall(name.lower()):
        if word in PREPOSITIONS:
            break
        if word in UNIT_NOUNS:
            head = _SINGULAR.get(word, word)
    return head


def _coded_peers(opener: str, heading: str) -> bool | None:
    """Whether two names each closed by a code are peers (part of ``peer_worded_alike``):
    not when both are headed by unit nouns that differ (an office over its divisions), nor
    when the second's code extends a first code of two letters or more (a part's code) and
    the two are not headed by the same unit noun; None when either has no code. Names headed
    by the same noun stay peers whatever their codes: a code of one letter, or the first
    letters of two peers' names, begins another's by chance ("Bureau of Wick Accounts (A)",
    "Bureau of Arctic Affairs (AA)")."""
    first, second = _CLOSING_CODE.search(opener), _CLOSING_CODE.search(heading)
    if first is None or second is None:
        return None
    code, other = first.group("code"), second.group("code")
    nouns = _head_unit_noun(opener[: first.start()]), _head_unit_noun(heading[: second.start()])
    same = nouns[0] is not None and nouns[0] == nouns[1]
    if not same and len(code) >= 2 and len(other) > len(code) and other.startswith(code):
        return False
    return None in nouns or same


def _directory_peers(opener: Block, heading: Block, directory: dict[int, int]) -> bool:
    """Whether two headings of a directory of key officials each give a title and its holder,
    one of them without a middle initial (part of ``directory_holder_line``): peers, as
    ``peer_worded_alike`` reads two lines with the initial."""
    if heading.start not in directory and opener.start not in directory:
        return False
    return all(
        line.start in directory or titled_holder_line(line.text, plain=True) is not None
        for line in (opener, heading)
    )


@rule("layout", off=False)
def post_under_holder(previous: Block | None, heading: Block) -> bool:
    """A heading that names only a post ("Director", "Chief of Staff to the Warden") right
    under a line that is only a person's name ("Jane Doe") is that holder's caption, as a
    leadership page sets a name over its title: it opens no group, and the headings after it
    (the next unit, the next holder) are not its members."""
    return (
        previous is not None
        and previous.kind in (HEADING, PARAGRAPH)  # a list's last item is no holder's name
        and _post_title(heading.text)
        and _person_heading(previous.text.strip())
    )


# The small words a post's title may hold: "Chief of Staff to the Warden".
_TITLE_LINKS = frozenset({"of", "to", "the", "for", "and", "on", "in"})


def _post_title(text: str) -> bool:
    """Whether a heading is a post's title: capitalized words, one a word of a post, and only
    linking words in lower case; not a line that opens with a verb ("Reporting to the
    Warden" heads those who report, no holder's post). A word in "-ing" right before a
    post's word qualifies the post ("Acting Director", "Managing Director")."""
    words = re.findall(r"[A-Za-z]+", text)
    return (
        0 < len(words) <= MAX_TITLE_WORDS + 4
        and not (
            words[0].lower().endswith("ing")
            and (len(words) < 2 or words[1].lower() not in _POST_WORDS)
        )
        and bool({w.lower() for w in words} & _POST_WORDS)
        and all(w[:1].isupper() or w in _TITLE_LINKS for w in words)
    )


def _peer_link_line(block: Block, peer_with_text: bool, group_open: bool) -> bool:
    """Whether a heading that would open a group is a bodiless peer (part of
    ``heading_run_groups``)."""
    if group_open or not peer_with_text:
        return False
    return not _names_position(block.text) and not set(_words(block.text)) & _PLURAL_UNITS


def _merge_lone_members(sections: list[Section]) -> None:
    """Fold each lone member heading that names no unit into the section above it (part of
    ``heading_levels``: only under a heading the source ranks; a heading run's lone member
    is a unit its group holds)."""
    stack = list(sections)
    while stack:
        section = stack.pop()
        while (
            not section.body
            and len(section.members) == 1
            and section.heading.level
            and not _names_unit_or_position(section.members[0].heading.text)
            and not _NAMED_WITH_ACRONYM.match(section.members[0].heading.text)
            and not section.members[0].is_label
        ):
            lone = section.members[0]
            section.body = lone.body
            section.members = lone.members
        stack.extend(section.members)


def _names_units(heading: str) -> bool:
    """Whether a heading names a unit, units or a position."""
    return _names_unit_or_position(heading) or bool(set(_words(heading)) & _PLURAL_UNITS)


def _names_unit_or_position(heading: str) -> bool:
    tokens = set(re.findall(r"[a-z]+", heading.lower()))
    return bool(tokens & (UNIT_NOUNS | POSITION_WORDS))


# "Skip to main content", "Skip Navigation", "Loading…", "header background image": a site's
# skip links, loading placeholder and the placeholder text of its banner image; "You are
# here" (a breadcrumb trail's label, alone or before its trail: "You are here: Home / About
# Us / Wick Office"), "Toggle menu", "Top Banner", "Home", "translate icon"
# and "Current Weather 46° F": its navigation, banner, icons and weather box; a government
# site's banner ("U.S. flag", "An official website of the United States government",
# "Official websites use .gov", "A lock ( ) or https:// means ..."), a run of skip links on one
# line, a search box's label ("Advanced Search"), a portal's frame labels ("Web Content
# Viewer", "Actions") and a breadcrumb trail without its label ("Lamps.gov / About / Us").
_SITE_CHROME = lazy_pattern(
    r"(?i)\s*(?:skip\s+(?:to|navigation)\b[^\n]{0,60}(?:\s+skip\s+to\b[^\n]{0,60})*"
    r"|loading\W{0,3}"
    r"|[a-z ]{0,30}\bbackground image"
    r"|you\s+are\s+here(?:\s*[:>»\u203a|/]\s*[^\n]{0,200}|\W{0,3})"
    r"|toggle\s+(?:menu|navigation|search)|(?:top|main|page)\s+banner"
    r"|home|[a-z]{1,20}\s+icon|current\s+weather\b[^\n]{0,20}"
    r"|u\.s\.\s+flag\b[^\n]{0,200}|an\s+official\s+website\s+of\s+[^\n]{0,80}"
    r"|here['’]s\s+how\s+you\s+know|official\s+websites\s+use\s+\.gov"
    r"|a\s+\.gov\s+website\s+belongs\b[^\n]{0,100}|secure\s+\.gov\s+websites\s+use\s+https"
    r"|a\s+lock\b[^\n]{0,200}|(?:advanced\s+)?search|web\s+content\s+viewer|actions"
    r"|[^\n/>»\u203a]{1,40}(?:\s+[/>»\u203a]\s+[^\n/>»\u203a]{1,40}){2,})\s*"
)


@rule("layout", off=False)
def site_chrome_line(line: str) -> bool:
    """A line at the top of a page that belongs to the site, not to the page: a skip link
    ("Skip to main content", "Skip Navigation"), a loading placeholder ("Loading…"), the
    placeholder text of a banner image ("header background image", "Top Banner"), the label
    of a breadcrumb trail ("You are here", alone or with its trail on its line: "You are
    here: Home / About Us / Wick Office"), a menu's toggle ("Toggle menu"), the link home
    ("Home"), an icon's name ("translate icon") or the weather box ("Current Weather 46° F");
    so is a government site's banner that says whose site it is ("U.S. flag", "An official
    website of the Lampshire government", "Official websites use .gov", "Secure .gov websites
    use HTTPS"), a run of skip links on one line ("Skip to content Skip to footer"), a search
    box's label ("Advanced Search"), a content portal's frame labels ("Web Content Viewer",
    "Actions") and a breadcrumb trail of three steps or more without its label ("Lamps.gov /
    About / Who We Are"). It is no title and no first line to name the agency by: the page's
    title is the line after it."""
    return _SITE_CHROME.fullmatch(line) is not None


# A site's menu bar on one line: the link home, then a bar or a wide gap before the other
# links ("Home | Contact Us | A to Z", "Home      Search"), or four links or more between bars.
_MENU_BAR = lazy_pattern(
    r"(?i)\s*(?:home(?:\s*\||[ \t]{3,})[^\n]*|[^\n|]{1,40}(?:[ \t]+\|[ \t]+[^\n|]{1,40}){3,})\s*"
)


@rule("layout", off=False)
def menu_bar_line(line: str) -> bool:
    """A line at the top of a page that is the site's menu bar: the link home followed by
    the other links after a bar or a wide gap ("Home | En Lampish | Contact Us | A to Z",
    "Home      Search      Wick Keeper, Lamp Warden"), or four links or more set between
    bars ("Overview | Wick Services | Press Room | Careers"). It is no title and no first line
    to name the agency by, as a ``site_chrome_line`` is not: the page's title is the line
    after it. A title with the site's name after one bar ("Lamp Office | Wick City") is two
    parts, not a menu."""
    return _MENU_BAR.fullmatch(line) is not None


# A search box's label: "Search", "Advanced Search", "Search Site", "Search this site".
_SEARCH_LABEL = lazy_pattern(r"(?i)\s*(?:advanced\s+)?search(?:\s+(?:this\s+|the\s+)?site)?\s*")


def _keep_all(blocks: list[Block]) -> list[Block]:
    return blocks


@rule("layout", off=_keep_all)
def search_menu(blocks: list[Block]) -> list[Block]:
    """A search box's label ("Search", "Search Site") among the lines that open a page, before
    any text, is the site's banner: the bare lines after it, up to the heading over the
    page's first text, are its menu (topics, services, programs: "Lamp Safety", "Wick
    Permits", "Oil Rebate Program"), not the page's units. Returns the blocks without the
    label and its menu; the lines before the label (the banner's links) stay, as does the
    heading over the text. The menu's lines stay the page's text (an acronym a menu item
    defines is the page's), in no section."""
    for index, block in enumerate(blocks):
        if block.kind != HEADING:
            return blocks
        if _SEARCH_LABEL.fullmatch(block.text):
            end = index + 1
            while end < len(blocks) and blocks[end].kind == HEADING:
                end += 1
            if end >= len(blocks) or end - index - 2 < _MENU_ITEMS:
                return blocks
            return blocks[:index] + blocks[end - 1 :]
    return blocks


# The fewest items a menu after a search box's label holds.
_MENU_ITEMS = 3


def layout(text: str, hints: dict[int, Hint] | None = None) -> PageLayout:
    """Read the structure of a page from its text (and a structured source's hints)."""
    blocks = [block for block in classify(text, hints) if block.kind != FOOTER]
    lead = 0
    while lead < len(blocks) and (
        site_chrome_line(blocks[lead].text) or menu_bar_line(blocks[lead].text)
    ):
        lead += 1
    blocks = blocks[lead:]
    roster = board_roster_lines(blocks)  # a roster's lines stay the page's text, in no section
    kept = [block for block in blocks if block.start not in roster] if roster else blocks
    kept = search_menu(kept)  # a menu's lines too (their acronyms are the page's)
    title_lines, rest = _split_title(kept)
    intro: list[Block] = []
    sections: list[Section] = []
    stack: list[Section] = []
    rest = _holder_lines(rest, text, bool(title_lines))
    ranks = _ranks(rest)
    for index, block in enumerate(rest):
        if block.kind != HEADING:
            (stack[-1].body if stack else intro).append(block)
            continue
        following = rest[index + 1] if index + 1 < len(rest) else None
        current = stack[-1] if stack else None
        if (
            current is not None
            and current.is_contact
            and (following is None or following.kind == HEADING)
            and ranks[index] >= current.rank
        ):
            current.body.append(block)
            continue
        while stack and stack[-1].rank >= ranks[index]:
            stack.pop()
        section = Section(heading=block, rank=ranks[index])
        (stack[-1].members if stack else sections).append(section)
        stack.append(section)
    if enabled("heading_levels"):
        _merge_lone_members(sections)
    return PageLayout(text, blocks, title_lines, intro, sections)
