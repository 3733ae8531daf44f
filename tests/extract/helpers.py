"""Run the extractor on a short synthetic page, with some rules switched off, and read the
result as names: which office hangs from which, and which rules said so. Below, the
synthetic pages (and ``page``, which opens one with the bureau's title and
introduction) that the tests of several modules read."""

from __future__ import annotations

import signal
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from textwrap import dedent
from types import FrameType
from typing import NamedTuple

from pipeline.extract.offices.refused_page import REFUSED_PAGE_LADDER
from pipeline.extract.page import extract_page
from pipeline.extract.records import PageExtraction
from pipeline.rules import disabled
from pipeline.text.html import render_html
from pipeline.text.markdown import render_markdown

SOURCE = "synthetic"


def extract(
    text: str,
    *,
    off: Iterable[str] = (),
    agency: str | None = None,
    markdown: bool = False,
    html: bool = False,
) -> PageExtraction:
    """Extract a page of plain text (or Markdown, or HTML) with the rules ``off`` switched off,
    the renderers' layout rules among them (they run before extraction). A test that switches
    a rule off reads what that rule alone earns: the refused page's ladder (``REFUSED_PAGE_LADDER``),
    which reads a page again when no other rule finds a unit, is switched off with it unless
    the test names one of its rungs or ``lone_body_under_root`` (the rule that reads a page
    again under it when its root holds one body alone: switched off, it alone goes)."""
    hints = None
    off = frozenset(off)
    if off and not off & (set(REFUSED_PAGE_LADDER) | {"lone_body_under_root"}):
        off |= set(REFUSED_PAGE_LADDER)
    with disabled(off):
        if markdown or html:
            rendered = render_markdown(text) if markdown else render_html(text)
            text, hints = rendered.text, rendered.hints
        return extract_page(SOURCE, text, agency=agency, hints=hints)


class DidNotEndError(Exception):
    """What ran inside ``ends_within`` did not end in time."""


@contextmanager
def ends_within(seconds: int) -> Iterator[None]:
    """Fail with ``DidNotEndError``, instead of freezing the suite, when what runs inside does not end
    within ``seconds`` (a walk up the parents that loops on a cycle). The limit is far above
    what a short page takes: it catches a loop, it times nothing."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise DidNotEndError(f"did not end within {seconds} s")

    before = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


class Placed(NamedTuple):
    """An office as the tests read it: its parent's name and the rules that found and placed it."""

    parent: str | None
    found_by: str
    parent_by: str | None


def offices(result: PageExtraction) -> dict[str, Placed]:
    """Each office of the page by name (a name given twice keeps its first office)."""
    names = {office.office_id: office.name for office in result.offices}
    out: dict[str, Placed] = {}
    for office in result.offices:
        parent = names[office.parent_id] if office.parent_id else None
        out.setdefault(office.name, Placed(parent, office.found_by, office.parent_by))
    return out


def names(result: PageExtraction) -> list[str]:
    """The office names of the page in order, repeats kept."""
    return [office.name for office in result.offices]


def root(result: PageExtraction) -> tuple[str, str | None, str]:
    """The page's root office: name, acronym and the rule that found it."""
    office = result.offices[0]
    assert office.parent_id is None
    return office.name, office.acronym, office.found_by


def acronyms(result: PageExtraction) -> dict[str, tuple[str, str]]:
    """Each acronym with its expansion and the rule that found it."""
    return {a.acronym: (a.expansion, a.found_by) for a in result.acronyms}


def programs(result: PageExtraction) -> dict[str, str]:
    """Each program's name with the rule that found it."""
    return {program.name: program.found_by for program in result.programs}


ROOT = "Bureau of Lantern Safety"
INTRO = "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit."


def page(*blocks: str) -> str:
    """A page: the synthetic bureau's title and introduction, then ``blocks``."""
    return "\n\n".join([INTRO, *(dedent(block).strip("\n") for block in blocks)]) + "\n"


LEAD_IN = page(
    "Its work is organized in these offices:",
    """
    - Wick Standards
    - Glass Inspection
    - Oil Supply
    """,
)


LABEL_LINES = page("""
    Wick Standards: sets standards for wicks.
    Glass Inspection: inspects lantern glass.
    Oil Supply: buys lamp oil.
    """)


COUNTED_OTHERS = """Lamp Works Authority

The Authority keeps the town's lamps.

Wick Division

The Wick Division reports to two offices. They are: the Office of the Warden and the Office \
of Lamp Budget.

Glass Division

The Glass Division works closely with the following two offices: the Town Fire Office and \
the County Ladder Office.
"""


ONE_OF_FOUR = """Lamp Works Authority

The Authority keeps the town's lamps.

Wick Division

The Wick Division is one of four divisions in the Authority. They are: the Wick Division, \
the Glass Division, the Oil Division and the Ladder Division.

Glass Division

The Glass Division polishes the glass.
"""


HELD_SECTORS = dedent("""\
    Wick Keeping Services

    Headed by the Deputy Wick Officer, the department houses various sectors including ;

      1. trimming office headed by the trimming officer
      2. oil records office headed by the senior oil clerk
      3. glass repair unit headed by the senior glazier
    """)


OPENING_HEAD = (
    "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has the Wick Division, "
    "the Glass Division, the Trimming Office and the Soot Office.\n\n"
)


# Lettered paragraphs, numbered and roman sub-paragraphs, then "(d)" over numbered items: a
# mix of outline markers whose levels the layout may not nest.
MIXED_OUTLINE = dedent("""\
    § 12.6 Organization and functions.

    (a) The Wick Commission is an independent agency of the lamp service.

    (b) The Commission has the following duties:

    (1) Approving the plans of the lamp service; and

    (2) Reviewing the budgets of the lamp service.

    (c)(1) The Lamp Warden is the chief executive officer of the agency and has the following duties:

    (i) Implementing the policies adopted by the Commission;

    (ii) Directing the day-to-day administration of the agency, including:

    (A) Approving expenditures for the acquisition of wicks and oil; and

    (B) Managing agency office space and equipment; and

    (iii) Exercising the full power of the Commission in emergencies.

    (2) Except in emergencies, the Lamp Warden has no authority to set the policies of the agency.

    (d) The agency staff is organized into three functional areas:

    (1) Wick Supply, through the Wick Manager, responsible for buying and storing the wicks of the lamps;

    (2) Lighting Standards, through the Standards Manager, responsible for setting the standards of lamp light; and

    (3) Oil Services, through the Oil Officer, responsible for delivering oil to the lamp keepers.
    """)


# A statute section that says what an office consists of, each part named before what it
# does, the second and third over the duties they shall carry out.
LAMP_FUNCTIONS = dedent("""\
    § 7-301.04. Organization.

    The Office consists of the following 4 primary functions:

    (1) Lamp Management, which shall set the policy of the Office and supervise its staff;

    (2) Wick Supply, which shall:

      (A) Buy and store the wicks of the city; and

      (B) Trim the wicks of the public lamps;

    (3) Contracting and Glazing, which shall coordinate:

      (A) Lease administration;

      (B) The glass repair services; and

    (4) Oil Stores, which shall deliver lamp oil to the keepers of the public lamps.
    """)


# A code's section as Markdown: its number opens the heading that names the unit.
CODE_SECTION = dedent("""\
    # Title 9— LAMPS AND WICKS
    ### CHAPTER 4— OFFICE OF THE LAMP WARDEN
    #### § 41. Office of the Lamp Warden

    (a) There is in the Lamp Department an Office of the Lamp Warden. The function of the Office is to assist the Lamp Warden.

    (b) The Office of the Lamp Warden is composed of the following:

    (1) The Deputy Lamp Warden.

    (2) The Chief Wick Keeper.

    (3) The Chief Glazier.
    """)


# A statute's offices and divisions, each named before a comma that opens a clause about it,
# some over their own staff offices, some over the functions they shall manage.
LAMP_DIVISIONS = dedent("""\
    § 7-905. Organization.

    There is hereby established within the Lamp Department the following offices and divisions:

    (1) The Office of the Lamp Warden, consisting of the Offices of Wick Records and Oil Accounts with subordinate staff responsible for:

      (A) Lamp inventory services; and

      (B) Budget and financial services;

    (2) The Glass Works Administration, with the following subordinate staff offices:

      (A) Pane Cutting, to coordinate and manage:

        (i) Pane design; and

        (ii) Pane inspection;

      (B) Glass Recycling;

    (3) Wick Division, with subordinate staff offices as required, to coordinate and manage the functions as follows:

      (A) Wick trimming hearings; and

      (B) Wick supply processing.
    """)


SENTENCE_SUBJECTS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Ledger Office

The Ledger Office keeps the accounts of the town through three subunits. The Wick Ledger \
Unit maintains the wick accounts. The Oil Wages Unit processes the pay of the keepers. \
These Offices are open on weekdays. \
Each Unit maintains its own ledger.

## Glass Office

The Glass Office mends the lamps.

The Soot Division keeps the chimneys. The Chimney Sweep Bureau handles the sweeping every week.
"""


# Far above what a short page takes: a loop, not a slow page, fails a test.
LIMIT = 20
