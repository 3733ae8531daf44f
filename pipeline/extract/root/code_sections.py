"""A page that shows one section of a law or a code, headed by a unit's name: the unit is
the root, not the department the code's outline or the section's text names above it."""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.extract.acronyms import AcronymDefinition
from pipeline.extract.names import name_tokens, names_position_only, title_case
from pipeline.extract.root.common import Root, defined_acronym
from pipeline.rules import register
from pipeline.text.blocks import Block, head_noun, printed_line
from pipeline.text.hints import HEADING
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import CONNECTORS, SENTENCE_WORD

register(
    "root_from_code_section_unit",
    "root",
    """A page that shows one section of a law or a code, headed by its number and a unit's
    name ("§ 1201. Office of the Lamp Warden", "Section Wk 102.02 - Office of the Wick
    Keeper", "Sec. 4. Bureau of Wick Supply"), is about that unit: it is the root.
    A code prints the body above the unit in its outline over the section ("CHAPTER 12—
    DEPARTMENT OF LAMPS", "Wk - Keeper, Department of Wicks") and the section's law
    often opens by placing the unit in it ("There is in the Department of Lamps an Office of
    the Lamp Warden"): that body, the one an agency phrase or "the Department" would name,
    is the body above the root, not the page's subject. Read only where the page is that one
    section: the section's heading is the only heading of the page opening with a section's
    number, nothing but headings (the code's title and outline) stands before it, and no
    heading after it but its own subsections names a unit ("Bureau of Wicks" beside "Sec. 1.
    Office of the Warden" in a body's manual: the page is about the body). The
    heading's title must be one unit's name, its head noun a body's or a unit's in the
    singular ("Office of ...", "... Agency", "... Board"): a topic ("Organization",
    "Structure of the Bureau", "Establishment"), a plural ("Bureaus in the office of the
    wick keeper"), a post ("Keeper of Wicks") or a list of topics ("Department of
    Wicks; divisions; director") heads a section about a body the page names otherwise.
    Review guards, each a section title that is no unit's name though its head noun is a
    unit's: a law's sentence ("Board to be a body corporate", "Office of member to be
    vacated", "Service of notices": a word in lower case not a connector, in a title not
    set in capitals); a noun alone ("§ 5.1 Authority."); a power or an act of a post
    ("Authority of the Chief Inspector", "Administration of the Director"). A note closing
    the title ("(cf. 1972 Act, s. 4)") is no part of the name, and one saying the section
    is repealed, expired or reserved ("[Repealed]") leaves the page unread. And a unit
    named after a statute's section is no section heading: "Section 508 Program Office",
    "Section 44 Wick Department" (the word "Section" and a whole number set before the name
    with no stop or dash, as a code does not set its sections' headings: "Section 44. ...",
    "Sec. 44 - ...", "Section 102.02 ...", "§ 44 ...").""",
)
# A law's or a code's section number opening a heading's line, perhaps after the code's
# letters: "§ 1201.", "§§ 12-4", "Section 3.01 -", "Section Wk 102.02 -", "Sec. 4.", "SECTION
# 5—". The title follows, opening with a capital.
_SECTION_MARK = lazy_pattern(
    r"\s*(?:§+\s*|(?i:section|sec\.)\s+(?:[A-Z][A-Za-z]{0,5}(?:-[A-Z][A-Za-z]{0,5})?\s+)?)"
    r"\d+[A-Za-z]?(?:[.\-–:]\d+[A-Za-z]?)*\.?(?:\s*[—–-]\s*|\s+)(?=[A-Z])"
)
# The head nouns of one unit's or body's name, in the singular.
_UNIT_HEADS = frozenset(
    {
        "office",
        "bureau",
        "division",
        "directorate",
        "department",
        "agency",
        "administration",
        "authority",
        "board",
        "branch",
        "center",
        "centre",
        "command",
        "commission",
        "committee",
        "corps",
        "council",
        "institute",
        "laboratory",
        "ministry",
        "secretariat",
        "service",
        "unit",
    }
)
# The most words a section's title that names one unit has.
MAX_UNIT_TITLE_WORDS = 12
# A statute's section number set before a name with a space alone, the number whole: "Section
# 508 Program Office", "Section 44 Wick Department" (a code writes "Section 44. ...", "Sec.
# 44 - ...", "Section 102.02 ..."): the number is part of the unit's name.
_NAMED_AFTER_SECTION = lazy_pattern(r"\s*(?i:section|sec\.?)\s+\d+[A-Za-z]?\s+(?=[A-Z])")
# A note closing a section's title: "[Repealed]", "(cf. 1972 Act, s. 4)", "(OLW)".
# (Never tried after a space: a run of spaces is read from its start, once.)
_CLOSING_NOTE = lazy_pattern(r"(?<!\s)\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
# A closing note saying the section sets up nothing now: "[Repealed]", "(Expired)".
_LAPSED = lazy_pattern(r"\b(?:repealed|expired|reserved|renumbered|transferred|omitted)\b", re.I)
# The head nouns that also name a power or an act, not a unit, when a post's name follows
# "of": "Authority of the Chief Inspector", "Service of the Registrar".
_POWER_HEADS = frozenset({"authority", "service", "administration", "command"})


def _section_title(text: str, block: Block) -> tuple[int, str] | None:
    """Where the title after a section's number starts, and the title, if the heading's line
    opens with a section's number."""
    line = printed_line(text, block)
    mark = _SECTION_MARK.match(line)
    if mark is None:
        return None
    line_start = block.end - len(line)
    title = line[mark.end() :].strip()
    while (note := _CLOSING_NOTE.search(title)) is not None and note.start() > 0:
        if _LAPSED.search(note.group()):
            break  # "[Repealed]": kept, for the title to name no unit
        title = title[: note.start()].removesuffix(".").rstrip()  # "(cf. 1972 Act, s. 4)"
    return line_start + mark.end(), title.removesuffix(".").rstrip()


def _named_after_section(text: str, block: Block) -> bool:
    """Whether a heading's line is a unit's name that holds a statute's section number
    ("Section 508 Program Office"): the word "Section" and a whole number set before the
    name with a space alone."""
    return _NAMED_AFTER_SECTION.match(printed_line(text, block).strip()) is not None


def _names_one_unit(title: str) -> bool:
    """Whether a section's title is one unit's name: its head noun a unit's or a body's in
    the singular, no list of topics, no two names joined."""
    if ";" in title or len(title.split()) > MAX_UNIT_TITLE_WORDS:
        return False
    if _CLOSING_NOTE.search(title):
        return False  # "Office of Wick Research [Repealed]": no unit the law sets up now
    tokens = name_tokens(title)
    if not tokens or not title[:1].isupper():
        return False
    if not title.isupper() and SENTENCE_WORD.search(title):
        return False  # a law's sentence: "Board to be a body corporate", "Service of notices"
    if len([t for t in tokens if t not in CONNECTORS]) < 2:
        return False  # a noun alone: "Authority", "Board"
    if any(a in _UNIT_HEADS and b in ("and", "&") for a, b in pairwise(tokens)):
        return False  # "Office and Bureau of Wicks": two units
    head = head_noun(tuple(tokens))
    power = re.fullmatch(r"\w+\s+of\s+(?:the\s+)?(?P<post>.+)", title, re.IGNORECASE)
    if head in _POWER_HEADS and power and names_position_only(power.group("post")):
        return False  # "Authority of the Chief Inspector": a post's power, no unit
    return head in _UNIT_HEADS


def code_section_unit(page: PageLayout, definitions: list[AcronymDefinition]) -> Root | None:
    """The unit that heads the one section of a law or a code a page shows
    (``root_from_code_section_unit``)."""
    headings = [b for b in page.blocks if b.kind == HEADING]
    numbered = [(b, t) for b in headings if (t := _section_title(page.text, b)) is not None]
    if len(numbered) != 1:
        return None
    block, (start, title) = numbered[0]
    if _named_after_section(page.text, block):
        return None  # "Section 508 Program Office": a unit named after a statute's section
    at = page.blocks.index(block)
    if any(b.kind != HEADING for b in page.blocks[:at]):
        return None  # prose before it: the section is quoted, not the page
    if not _names_one_unit(title):
        return None
    for after in headings[headings.index(block) + 1 :]:
        if block.level and after.level > block.level:
            continue  # a subsection of it ("(f) Composition"), whatever it names
        if _names_one_unit(after.text.strip()):
            return None  # a unit of its own beside the section: the page is not that section
    name = title_case(title) if title.isupper() else title
    acronym = defined_acronym(name, definitions)
    return Root(name, acronym, start, start + len(title), False, "root_from_code_section_unit")
