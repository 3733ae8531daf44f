"""The parent rules of lists (``pipeline/extract/list_units/parents.py``): how a list nests and
where its items hang (the section's unit, a unit or the agency a lead-in names, the subject
that supervises them, a name a lead-in gives them to as parts)."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.list_units.parents import supervises_the_following
from tests.extract.helpers import ROOT, Placed, extract, names, offices, page


def test_lead_in_names_parent_reads_a_possessor_worded_as_a_unit() -> None:
    text = page(
        "In the Wick Division's particular case, the teams will be as follows:",
        """
        - Braiding
        - Trimming
        """,
    )
    found = offices(extract(text))
    assert found["Wick Division"] == Placed(ROOT, "lead_in_names_parent", "default_root")
    assert found["Braiding"] == Placed(
        "Wick Division", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(text, off={"lead_in_names_parent"}))
    assert "Wick Division" not in off


PARENT_LEAD_IN = page(
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
    "Office of Wick Standards",
    "The office sets standards for wicks.",
    "The Office of Glass Inspection includes:",
    """
    - Polishing
    - Grinding
    """,
)


def test_lead_in_names_parent_makes_the_items_parts_of_the_unit_it_names() -> None:
    found = offices(extract(PARENT_LEAD_IN))
    assert found["Polishing"] == Placed(
        "Office of Glass Inspection", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(PARENT_LEAD_IN, off={"lead_in_names_parent"}))
    assert "Polishing" not in off


def test_lead_in_names_parent_position_named_only_in_the_lead_in() -> None:
    """A lead-in that names by "report to" a parent no heading or earlier text made a unit:
    the position becomes a unit through following_report_to, and lead_in_reports_to places
    the listed offices under it once it is found."""
    text = page(
        "The following offices report to the Deputy Lamp Administrator:",
        """
        - Wick Standards
        - Glass Inspection
        """,
    )
    found = offices(extract(text))
    assert found["Wick Standards"].parent == "Deputy Lamp Administrator"


ORGANIZED_INTO = page(
    "The Office of Wick Standards is organized into the following units:",
    """
    - Braiding
    - Trimming
    """,
)


def test_lead_in_names_parent_makes_a_unit_of_a_subject_not_named_before() -> None:
    found = offices(extract(ORGANIZED_INTO))
    assert found["Office of Wick Standards"] == Placed(ROOT, "lead_in_names_parent", "default_root")
    assert found["Braiding"] == Placed(
        "Office of Wick Standards", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(ORGANIZED_INTO, off={"lead_in_names_parent"}))
    assert off["Braiding"].parent == ROOT


COMPRISED_OF = page(
    "Oil Division",
    "The division keeps the oil stores.",
    "The Oil Stores Branch is comprised of the following:",
    """
    - Barrel Section
    - Tallow Team
    """,
    "The Oil Depot Branch is comprised of two teams that provide the following services to \
the town:",
    """
    - Barrel Delivery
    - Tallow Rendering
    """,
    "The Oil Yard Branch oversees the following services and offices:",
    """
    - Cask Office
    - Tallow Desk
    """,
)


def test_lead_in_names_parent_is_comprised_of() -> None:
    """ "The Oil Stores Branch is comprised of the following:" names the items' unit as "is
    composed of" does; "... two teams that provide the following services to the town:"
    lists what a unit offers, not its parts: it names no unit the items belong to (another
    rule may still read them as the section's); "the following services and offices:" names
    parts too."""
    found = offices(extract(COMPRISED_OF))
    for name in ("Barrel Section", "Tallow Team"):
        assert found[name] == Placed(
            "Oil Stores Branch", "lead_in_names_parent", "lead_in_names_parent"
        )
    for name in ("Barrel Delivery", "Tallow Rendering"):
        assert name not in found or found[name].parent_by != "lead_in_names_parent", name
    # services and offices: the offices are parts
    assert found["Cask Office"] == Placed(
        "Oil Yard Branch", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(COMPRISED_OF, off={"lead_in_names_parent"}))
    assert off["Barrel Section"].parent == "Oil Division"


SENTENCE_LEAD_IN = page(
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
    "The Office of Glass Inspection oversees several small teams that keep the panes clear.",
    """
    Polishing: polishes every pane.
    Grinding: grinds the bevels.
    """,
)


def test_lead_in_names_parent_reads_a_sentence_naming_the_units_without_a_colon() -> None:
    found = offices(extract(SENTENCE_LEAD_IN))
    assert found["Polishing"] == Placed(
        "Office of Glass Inspection", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(SENTENCE_LEAD_IN, off={"lead_in_names_parent"}))
    assert off["Polishing"].found_by == "label_line_run"
    # A sentence that names no units in the plural leads into nothing.
    plain = SENTENCE_LEAD_IN.replace("several small teams", "the glass")
    assert offices(extract(plain))["Polishing"].found_by == "label_line_run"


def test_lead_in_names_parent_without_a_colon_only_by_its_subject() -> None:
    """A sentence without a colon that merely mentions units 'of' a unit does not introduce
    the list after it (before, the newsletter titles became that unit's units)."""
    text = dedent("""\
        Bureau of Lantern Safety

        The bureau keeps the lamps lit.

        Office of Glass Inspection

        The office inspects lantern glass.

        Press releases about the divisions of the Office of Glass Inspection are posted weekly.

        - Spring Newsletter
        - Annual Report
        - Lamp Safety Week
        """)
    assert names(extract(text)) == [ROOT, "Office of Glass Inspection"]


SECTION_LIST = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Office of Glass Inspection

    The office inspects lantern glass.

    Office of Wick Standards

    The office sets standards for wicks. It has these branches:

    - Braiding Branch
    - Trimming Branch
    """)


def test_inside_section_places_listed_units_under_the_section_unit() -> None:
    found = offices(extract(SECTION_LIST))
    assert found["Braiding Branch"] == Placed(
        "Office of Wick Standards", "listed_after_lead_in", "inside_section"
    )
    assert found["Office of Glass Inspection"].parent == "Bureau of Lantern Safety"


@pytest.mark.xfail(
    strict=True, reason="inside_section has no switch: switching it off changes nothing"
)
def test_inside_section_switched_off_defers_to_the_root() -> None:
    off = offices(extract(SECTION_LIST, off={"inside_section"}))
    assert off["Braiding Branch"].parent_by != "inside_section"


def test_inside_section_list_followed_by_the_next_section() -> None:
    """The heading after a bulleted list is no item of it (``marked_list_ends``)."""
    page = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        Office of Wick Standards

        The office sets standards for wicks. It has these branches:

        - Braiding Branch
        - Trimming Branch

        Office of Glass Inspection

        The office inspects lantern glass.
        """)
    found = offices(extract(page))
    assert found["Braiding Branch"] == Placed(
        "Office of Wick Standards", "listed_after_lead_in", "inside_section"
    )
    assert found["Office of Glass Inspection"].parent == "Bureau of Lantern Safety"


NESTED_LIST = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit. It has these offices:

    - Office of Wick Standards
      - Braiding Division
        - Tassel Unit
      - Trimming Division
    - Office of Glass Inspection
    """)


def test_list_nesting_places_an_indented_item_under_the_item_above() -> None:
    found = offices(extract(NESTED_LIST))
    assert found["Braiding Division"] == Placed(
        "Office of Wick Standards", "listed_after_lead_in", "list_nesting"
    )
    assert found["Tassel Unit"].parent == "Braiding Division"
    assert found["Trimming Division"].parent == "Office of Wick Standards"
    assert found["Office of Glass Inspection"].parent_by == "inside_section"

    off = offices(extract(NESTED_LIST, off={"list_nesting"}))
    assert off["Braiding Division"] == Placed(
        "Bureau of Lantern Safety", "listed_after_lead_in", "inside_section"
    )
    assert off["Tassel Unit"].parent == "Bureau of Lantern Safety"


def test_list_nesting_reads_markdown_nesting() -> None:
    page = NESTED_LIST.replace("\n  ", "\n    ").replace(
        "Bureau of Lantern", "# Bureau of Lantern", 1
    )
    found = offices(extract(page, markdown=True))
    assert found["Tassel Unit"] == Placed(
        "Braiding Division", "listed_after_lead_in", "list_nesting"
    )


OUTLINE = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit. It has these offices:

    1. Office of Wick Standards
    a. Braiding Division
    b. Trimming Division
    2. Office of Glass Inspection
    a. Polishing Division
    """)


def test_list_nesting_reads_outline_markers_without_indentation() -> None:
    found = offices(extract(OUTLINE))
    assert found["Trimming Division"] == Placed(
        "Office of Wick Standards", "listed_after_lead_in", "list_nesting"
    )
    assert found["Polishing Division"].parent == "Office of Glass Inspection"
    assert found["Office of Glass Inspection"].parent == "Bureau of Lantern Safety"
    off = offices(extract(OUTLINE, off={"list_nesting"}))
    assert off["Polishing Division"].parent == "Bureau of Lantern Safety"


LETTERS_TO_I = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit. It has these offices:

    (a) Office of Wick Standards

    (b) Office of Oil Standards

    (c) Office of Glass Inspection

    (d) Office of Soot Removal

    (e) Office of Flame Safety

    (f) Office of Lamp Repair

    (g) Office of Lamp Records

    (h) Office of Lamp Supply

    (1) Wick Bureau

    (i) Braiding Division

    (ii) Trimming Division

    (2) Oil Bureau

    (i) Office of Lamp Counsel
    """)


def test_list_nesting_reads_i_before_ii_as_a_numeral_even_after_h() -> None:
    found = offices(extract(LETTERS_TO_I))
    assert found["Wick Bureau"].parent == "Office of Lamp Supply"
    assert found["Braiding Division"] == Placed(
        "Wick Bureau", "listed_after_lead_in", "list_nesting"
    )
    assert found["Trimming Division"].parent == "Wick Bureau"
    assert found["Office of Lamp Counsel"].parent == "Bureau of Lantern Safety"


NESTED_HTML = (
    "<html><body><main><h1>Bureau of Lantern Safety</h1>"
    "<p>The Bureau of Lantern Safety keeps the lamps lit. It has these offices:</p>"
    "<ul><li>Office of Wick Standards<ul><li>Braiding Division</li><li>Trimming Division</li>"
    "</ul></li><li>Office of Glass Inspection</li></ul></main></body></html>"
)


def test_list_nesting_reads_nested_html_lists() -> None:
    found = offices(extract(NESTED_HTML, html=True))
    assert found["Braiding Division"] == Placed(
        "Office of Wick Standards", "listed_after_lead_in", "list_nesting"
    )
    assert found["Office of Glass Inspection"].parent == "Bureau of Lantern Safety"
    off = offices(extract(NESTED_HTML, html=True, off={"list_nesting"}))
    assert off["Braiding Division"].parent == "Bureau of Lantern Safety"


AGENCY_LEAD_IN = dedent("""\
    # National Lamp Commission

    The National Lamp Commission keeps the lamps of the realm lit.

    ## Office of the Lamp Director

    The Office of the Lamp Director runs the day-to-day affairs of the Commission. The
    Commission has three departments as follows:

    - Wick Supply
    - Glass Care
    - Oil Depots

    ## Soot Division

    The Soot Division sweeps chimneys. The Division has two units as follows:

    - Chimney Survey Unit
    - Brush Store Unit
    """)


def test_agency_lead_in_lists_the_agency_parts() -> None:
    found = offices(extract(AGENCY_LEAD_IN, markdown=True))
    assert found["Wick Supply"] == Placed(
        "National Lamp Commission", "listed_after_lead_in", "agency_lead_in"
    )
    assert found["Oil Depots"].parent == "National Lamp Commission"
    # A lead-in about the section's own unit keeps its items there.
    assert found["Chimney Survey Unit"].parent == "Soot Division"
    # A count of the agency's departments is read by ``agency_counts_its_parts`` as well.
    off = offices(
        extract(AGENCY_LEAD_IN, markdown=True, off={"agency_lead_in", "agency_counts_its_parts"})
    )
    assert off["Wick Supply"].parent == "Office of the Lamp Director"


AGENCY_LEAD_IN_COMPOSED = dedent("""\
    OC2011-12
    2011-10-12
    Lamp Council
    Lamp Council Act
    Under the authority of the Lamp Council Act, the Keeper in Council is pleased to \
    restructure the Department of Lanterns, effective 1 May 2011, consisting of the \
    following branches:

    i) Wick Operations, led by a Chief Trimmer;
    ii) Glass Services, led by a Chief Glazier; and
    iii) Oil Supply
    """)

AGENCY_LEAD_IN_COMPOSED_NO_COLON = dedent("""\
    Bureau of Wicks

    Code Caption

    1. The Bureau of Wicks trims the wicks of the city. For its purposes the Bureau shall \
    be made up of the following branches, each of which is led by a chief.
    2. Trimming Branch;
    3. Snuffing Branch.
    """)


def test_agency_lead_in_composed_names_agency_mid_sentence() -> None:
    found = offices(extract(AGENCY_LEAD_IN_COMPOSED))
    assert found["Wick Operations"].parent == "Department of Lanterns"
    assert found["Glass Services"].parent_by == "agency_lead_in"
    off = offices(extract(AGENCY_LEAD_IN_COMPOSED, off={"agency_lead_in_composed"}))
    assert off["Wick Operations"].parent != "Department of Lanterns"


def test_agency_lead_in_composed_without_colon() -> None:
    found = offices(extract(AGENCY_LEAD_IN_COMPOSED_NO_COLON))
    assert found["Trimming Branch"] == Placed(
        "Bureau of Wicks", "following_lead_in", "agency_lead_in"
    )
    off = offices(extract(AGENCY_LEAD_IN_COMPOSED_NO_COLON, off={"agency_lead_in_composed"}))
    assert off["Trimming Branch"].parent_by != "agency_lead_in"


def test_supervises_the_following_lead_in_names_the_supervising_unit() -> None:
    """ "The Office of the Warden shall supervise the following staff offices:" in an outline
    item: the listed offices are parts of the office that supervises them, not of the
    department the item's paragraph opens with."""
    text = dedent("""\
        Department of Lanterns

        I. ORGANIZATION

          (A) The Warden directs. The Office of the Warden shall supervise the following offices:

            (1) The Office of Wick Counsel, which shall review wick matters.

            (2) The Office of the Glass Examiner, which shall examine glass.

          (B) The Oil Administration, which shall buy oil.
        """)
    found = offices(extract(text))
    assert found["Office of Wick Counsel"].parent == "Office of the Warden"
    assert found["Office of Wick Counsel"].parent_by == "lead_in_names_parent"
    assert found["Office of the Glass Examiner"].parent == "Office of the Warden"
    off = offices(extract(text, off={"supervises_the_following"}))
    assert off["Office of Wick Counsel"].parent != "Office of the Warden"


def test_supervises_the_following_position_the_page_makes_a_unit() -> None:
    """ "The Assistant Lamp Wardens oversees the following departments: A, B and C.": a
    position the page reads as a unit of its own is the parent of the departments it lists;
    one that "oversees and coordinates" work, or one the page does not make a unit, places
    nothing."""
    text = dedent("""\
        Lamp Warden

        The Lamp Warden is the chief officer of the Town.

        The Lamp Warden oversees the following departments: Wicks, Oil Supply, and the \
        Assistant Lamp Wardens.

        The Assistant Lamp Wardens oversees the following departments: Glass Care, Match \
        Storage, Chimney Repair.
        """)
    found = offices(extract(text))
    assert found["Glass Care"] == Placed(
        "Assistant Lamp Wardens", "inline_colon_list", "composition_subject"
    )
    assert found["Chimney Repair"].parent == "Assistant Lamp Wardens"
    assert found["Wicks"].parent == "Lamp Warden"
    off = offices(extract(text, off={"supervises_the_following"}))
    assert off["Glass Care"].parent == "Lamp Warden"


def test_supervises_the_following_not_work_a_position_oversees() -> None:
    """ "The Deputy Warden oversees and coordinates ..." lists no parts: the Warden named
    after it stays under the agency."""
    assert not supervises_the_following("Deputy Warden", " oversees ", "and coordinates the ")
    assert supervises_the_following("Assistant Lamp Wardens", " oversees ", "the following depa")
    assert not supervises_the_following("Warden's Staff", " oversees ", "the following depa")


REGULATION_OUTLINE = dedent("""\
    Lamp Safety Agency

    The Lamp Safety Agency keeps the lamps lit. Its central office is organized as follows.

    (a) Office of the Lamp Warden. The Warden directs the agency.

    (b) Office of Lamps. (1) The Office of Lamps contains two divisions:

    (A) The Wick Braiding Division; and

    (B) The Glass Polishing Division;

    (2) The Office of Lamps keeps the lamp stores.

    (c) Office of Oil Supply. The Office of Oil Supply buys the oil.
    """)


@pytest.mark.xfail(
    strict=True,
    reason="a regulation's outline nests (a), (1), (i), (A): capital letters are a level of"
    " their own, but the outline reads '(A)' as a return to '(a)' and every item after it one"
    " level off. Read as two families (tried: marker_case_levels, letters by their case), it"
    " changed one development page (its edges 0.59 -> 0.75) and no other: dropped as one"
    " page's rule",
)
def test_list_nesting_capital_letters_are_an_outline_level_of_their_own() -> None:
    found = offices(extract(REGULATION_OUTLINE))
    assert found["Wick Braiding Division"] == Placed(
        "Office of Lamps", "unit_worded_items", "list_nesting"
    )


REPEATED_POST = dedent("""\
    Lamp Board

    Lamp Board Organization Chart

      • Chief Lamplighter
        • Deputy Lamplighter
          • Wick Supply Division
          • Oil Stores Section
        • Deputy Lamplighter
          • Glass Polishing Section
          • Match Depot Office
    """)


@pytest.mark.xfail(
    strict=True,
    reason="an org chart's list that repeats a post over each group ('Deputy Lamplighter' twice) "
    "drops the repeat as a second unit, and the items nested under it go to the item above "
    "('Chief Lamplighter'); pushing the repeated unit as the nesting parent was tried: 1 "
    "development page better (batch 16), 0 worse, so it was left (one page)",
)
def test_list_nesting_items_under_a_repeated_post_are_its_parts() -> None:
    found = offices(extract(REPEATED_POST))
    assert found["Glass Polishing Section"].parent == "Deputy Lamplighter"


@pytest.mark.xfail(
    strict=True,
    reason="an item whose marker comes next after an open item's marker but is set a space"
    " further in (' B. Soot Unit' after 'A. Wick Unit' and its bullets) opens a level under"
    " it; reading the marker's sequence as peers (marker_sequence_peer, tried) changed one"
    " development page only (ke_ndma_key_departments, b16); peer_of_same_noun, off here, sets"
    " it beside when both items end in the same unit noun",
)
def test_list_nesting_a_next_marker_shifted_a_space_is_a_peer() -> None:
    text = dedent("""\
        Lamp Board

        The Board has the following units:

        A. Wick Unit
          • Braids the wicks
        \u0020B. Soot Unit
          • Sweeps the chimneys
        """)
    found = offices(extract(text, off={"peer_of_same_noun"}))
    assert found["Soot Unit"].parent == "Lamp Board"


AGENCY_COUNTS_ITS_PARTS = dedent("""\
    Lamp Keeping Board


    Keepers of the realm's lamps

    Working at the LKB

    The LKB employs about 300 lamplighters, most of them in the capital.

    The LKB has four functional departments that keep the lamps of the realm lit.

    Wick Supply Department (WSD): Buys and braids wicks. Read the profile of the Director, Ada Quill

    Glass Care Department (GCD): Polishes and mends lantern glass. Director, Jon Pane

    Oil Stores Department (LKOS): Stores lamp oil. Read the profile of the Director, Mary Wick
    """)


def test_agency_counts_its_parts_by_an_acronym_that_spells_it() -> None:
    """The sentence before the lines opens with a word in capitals that spells the agency's
    name and counts its departments, without a colon: they are the agency's, not the
    heading's above them."""
    found = offices(extract(AGENCY_COUNTS_ITS_PARTS))
    assert found["Wick Supply Department"] == Placed(
        "Lamp Keeping Board", "label_line_run", "agency_counts_its_parts"
    )
    assert found["Oil Stores Department"].parent == "Lamp Keeping Board"
    off = offices(
        extract(AGENCY_COUNTS_ITS_PARTS, off={"lone_topic_heading", "agency_counts_its_parts"})
    )
    assert off["Wick Supply Department"].parent == "Working at the LKB"
    # A count of what is no unit places nothing.
    programs = AGENCY_COUNTS_ITS_PARTS.replace("four functional departments", "nine programs")
    assert (
        offices(extract(programs, off={"lone_topic_heading"}))["Wick Supply Department"].parent
        == "Working at the LKB"
    )


AGENCY_WITH_COUNTED_BRANCHES = dedent("""\
    LC2019-044
    2019-03-14
    Lamp Council
    Lamp Council Act
    Under the authority of section 7 of the Lamp Council Act, the Keeper in Council is \
    pleased to confirm the Department of Wicks, Oil and Glass, effective March 14, 2019, \
    with three branches as follows:
    a) Braiding and Trimming;
    b) Oil Supply; and
    c) Glass Services.
    """)


def test_agency_counts_its_parts_with_a_count_as_follows() -> None:
    """The agency named in mid-sentence, an aside in commas, then "with three branches as
    follows": the branches are the agency's, not the caption's above the sentence."""
    found = offices(extract(AGENCY_WITH_COUNTED_BRANCHES))
    assert found["Oil Supply"] == Placed(
        "Department of Wicks, Oil and Glass", "listed_after_lead_in", "agency_counts_its_parts"
    )
    assert found["Braiding and Trimming"].parent == "Department of Wicks, Oil and Glass"
    off = offices(extract(AGENCY_WITH_COUNTED_BRANCHES, off={"agency_counts_its_parts"}))
    assert off["Oil Supply"].parent != "Department of Wicks, Oil and Glass"


AGENCY_COUNTS_BESIDE_HEADING_GROUP = dedent("""\
    # Lamp Keeping Board

    ## Outpost Network Branch

    The Lamp Keeping Board has three outpost offices, each run by a keeper.

    - Northern Outpost Office
    - Southern Outpost Office

    ## Outpost Offices Branch

    The Lamp Keeping Board has two outpost offices, each run by a keeper.

    - Eastern Outpost Office
    - Western Outpost Office
    """)


def test_agency_counts_its_parts_not_the_group_its_heading_names() -> None:
    """A count of the agency's offices under a branch's heading makes them the agency's;
    under a heading that names those offices ("Outpost Offices Branch") they are that
    heading's group."""
    found = offices(extract(AGENCY_COUNTS_BESIDE_HEADING_GROUP, markdown=True))
    assert found["Northern Outpost Office"] == Placed(
        "Lamp Keeping Board", "unit_worded_items", "agency_counts_its_parts"
    )
    assert found["Eastern Outpost Office"].parent == "Outpost Offices Branch"
    assert found["Eastern Outpost Office"].parent_by == "inside_section"
    off = offices(
        extract(AGENCY_COUNTS_BESIDE_HEADING_GROUP, markdown=True, off={"agency_counts_its_parts"})
    )
    assert off["Northern Outpost Office"].parent == "Outpost Network Branch"


AGENCY_WITH_BRANCHES_AFTER_A_COMMA = dedent("""\
    OC2019-077
    2019-05-01
    Department of Lamps
    Lamp Council Act
    Under the authority of section 9 of the Lamp Council Act, the Keeper in Council is \
    pleased to confirm the Department of Lamps, with three branches as follows:
    a) Wick Services;
    b) Oil Supply; and
    c) Glass Services.
    """)


def test_agency_counts_its_parts_with_a_comma_before_with() -> None:
    """ "the Department of Lamps, with three branches as follows:": a comma alone, no aside,
    between the agency and "with" reads as well."""
    found = offices(extract(AGENCY_WITH_BRANCHES_AFTER_A_COMMA))
    assert found["Oil Supply"] == Placed(
        "Department of Lamps", "listed_after_lead_in", "agency_counts_its_parts"
    )
    assert found["Glass Services"].parent == "Department of Lamps"
    off = offices(extract(AGENCY_WITH_BRANCHES_AFTER_A_COMMA, off={"agency_counts_its_parts"}))
    assert off["Oil Supply"].parent == "Lamp Council Act"


AGENCY_HEAD_NOUN_IN_THE_SECTION_UNIT = dedent("""\
    # Office of the Lamp Secretary

    The Office of the Lamp Secretary keeps the lamps of the realm.

    ## Office of Wick Policy

    The Office of Wick Policy advises the Secretary on wicks.

    ### Structure

    The Office has three divisions that share the work.

    - Braiding Division
    - Trimming Division
    - Wick Sorting Division
    """)


def test_agency_counts_its_parts_not_the_section_unit_with_its_head_noun() -> None:
    """ "The Office has three divisions." under "Structure", in the section of the "Office of
    Wick Policy": "The Office" is the section's unit, which has the agency's head noun, not
    the agency, though the nearest heading does not say so."""
    found = offices(extract(AGENCY_HEAD_NOUN_IN_THE_SECTION_UNIT, markdown=True))
    assert found["Braiding Division"] == Placed(
        "Office of Wick Policy", "listed_under_unit_heading", "inside_section"
    )
    assert found["Wick Sorting Division"].parent == "Office of Wick Policy"


AGENCY_PART_IN_BRACKETS = dedent("""\
    # Lamp Board

    The Lamp Board keeps the lamps of the realm lit.

    ## Hilltop Region

    The Lamp Board (Hilltop Region) has three area offices, each led by an area keeper.

    - Hilltop Area Office
    - Riverside Area Office
    - Coastal Area Office
    """)


def test_agency_counts_its_parts_not_a_part_named_in_brackets() -> None:
    """ "The Lamp Board (Hilltop Region) has three area offices": the aside in brackets names
    one of the agency's parts, whose offices they are; an acronym in brackets still reads
    ("The Lamp Board (LB) has ...")."""
    found = offices(extract(AGENCY_PART_IN_BRACKETS, markdown=True))
    assert found["Hilltop Area Office"] == Placed(
        "Hilltop Region", "unit_worded_items", "inside_section"
    )
    acronym = AGENCY_PART_IN_BRACKETS.replace("(Hilltop Region)", "(LB)")
    assert offices(extract(acronym, markdown=True))["Hilltop Area Office"] == Placed(
        "Lamp Board", "unit_worded_items", "agency_counts_its_parts"
    )


AGENCY_AFTER_A_PREPOSITION = dedent("""\
    # Department of Lamps

    The Department of Lamps keeps the lamps lit.

    ## Wick Secretariat

    A Wick Secretariat was set up in 2015 under the Department of Lamps, in Kingston, with \
    two units as follows
    - Braiding Unit
    - Trimming Unit
    """)


def test_agency_counts_its_parts_not_an_agency_after_a_preposition() -> None:
    """ "a Wick Secretariat ... under the Department of Lamps, in Kingston, with two units as
    follows": the agency, after a preposition, places another body, whose units "with"
    counts."""
    found = offices(extract(AGENCY_AFTER_A_PREPOSITION, markdown=True))
    assert found["Braiding Unit"] == Placed(
        "Wick Secretariat", "unit_worded_items", "inside_section"
    )
    assert found["Trimming Unit"].parent == "Wick Secretariat"


@pytest.mark.xfail(
    strict=True,
    reason="a count of the agency's divisions closes the lead-in over a list of other units "
    "(sections) in a unit's section ('Mending'): the rule does not see the items, so it "
    "cannot tell the list is not what it counts; left, as the count rarely closes a unit's "
    "section right before that unit's own parts",
)
def test_agency_counts_its_parts_not_a_count_of_other_units() -> None:
    text = dedent("""\
        # Lamp Board

        The Lamp Board keeps the lamps lit.

        ## Mending

        Mending is the largest part of the Board. The Board has four divisions.

        - Wick Mending Section
        - Glass Mending Section
        """)
    assert offices(extract(text, markdown=True))["Wick Mending Section"].parent == ("Mending")


@pytest.mark.xfail(
    strict=True,
    reason="the rule's own reading (test_agency_counts_its_parts_not_the_group_its_heading_"
    "names): a count of the agency's offices under a unit's heading that names no such office "
    "('Lamp Rounds Directorate') makes them the agency's, though the section may well be "
    "theirs; left to the gold to settle, as the author's test reads it the other way",
)
def test_agency_counts_its_parts_not_the_offices_of_a_directorate_heading() -> None:
    text = dedent("""\
        # National Lamp Agency

        The National Lamp Agency is an agency of the Hearth Office.

        ## Lamp Rounds Directorate

        The Agency has four district offices, each headed by a District Keeper.

        - Moorland Ward Office
        - Fenland Ward Office
        """)
    found = offices(extract(text, markdown=True))
    assert found["Fenland Ward Office"].parent == "Lamp Rounds Directorate"


WHOLE_OVER_PARTS = page(
    "Structure",
    "The bureau keeps its work in three groups, each led by a deputy.",
    "Flame Keeping contains these branches:\n\n  • Wick Trimming\n  • Oil Pouring",
    "Each branch has its own workshop.",
    "Stores has the following sections:\n\n  • Glass Stores\n  • Soot Removal",
    "Each section keeps its own ledger.",
)


def test_parts_name_their_whole_makes_the_named_group_a_unit() -> None:
    found = offices(extract(WHOLE_OVER_PARTS))
    assert found["Flame Keeping"].parent == ROOT
    assert found["Flame Keeping"].found_by == "parts_name_their_whole"
    assert found["Wick Trimming"].parent == "Flame Keeping"
    assert found["Wick Trimming"].parent_by == "parts_name_their_whole"
    assert found["Stores"].parent == ROOT
    assert found["Glass Stores"].parent == "Stores"
    off = offices(extract(WHOLE_OVER_PARTS, off={"parts_name_their_whole"}))
    assert "Flame Keeping" not in off
    assert off["Wick Trimming"].parent == ROOT


@pytest.mark.parametrize(
    "lead_in",
    [
        "The Deputy Warden has these branches:",  # a post's title
        "Lantern Safety has the following divisions:",  # the agency's own words
        "Jane Doe has these branches:",  # a person
        "Flame Keeping has these programs:",  # what a body offers
        "Lampton County has these departments:",  # a place's government
    ],
)
def test_parts_name_their_whole_leaves_other_names(lead_in: str) -> None:
    text = page(
        "Structure",
        "The bureau keeps its work in groups.",
        lead_in,
        """
        - Wick Trimming
        - Oil Supply
        """,
    )
    found = offices(extract(text))
    assert all(placed.found_by != "parts_name_their_whole" for placed in found.values())


def test_parts_name_their_whole_leaves_a_short_name_given_in_brackets() -> None:
    text = page(
        "Structure",
        "The Office of Lamp Keeping (Lamps) serves the town.",
        "Lamps is comprised of the following divisions:",
        """
        - Wick Trimming Division
        - Oil Supply Division
        """,
    )
    found = offices(extract(text))
    assert "Lamps" not in found


@pytest.mark.parametrize(
    "lead_in",
    [
        # a document's parts, each about a unit
        "The Annual Operations Report contains the following sections:",
        # a law's divisions
        "The Lamp Safety Regulations comprise five divisions:",
        # a project's work
        "The Rural Lamp Electrification Project has the following components:",
        # a country's regions
        "The Republic of Lampia comprises the following regions:",
    ],
)
def test_parts_name_their_whole_leaves_documents_projects_and_countries(lead_in: str) -> None:
    text = page(
        "Our Work",
        "The bureau reports on its work every year.",
        lead_in,
        """
        - Wick Standards Division
        - Oil Supply Division
        """,
    )
    found = offices(extract(text))
    assert all(placed.found_by != "parts_name_their_whole" for placed in found.values())
    assert found["Wick Standards Division"].parent_by != "parts_name_their_whole"


SECTION_UNIT_BY_ITS_FIELD = """Ministry of Lamps

The Ministry of Lamps keeps the nation's lamps.

Directorate of Lamp Operations

The Directorate of Lamp Operations runs the public lamps.

Lamp Operations consists of the following divisions:

- Wick Division
- Oil Division
"""


def test_parts_name_their_whole_leaves_the_section_unit_named_by_its_field() -> None:
    found = offices(extract(SECTION_UNIT_BY_ITS_FIELD))
    assert "Lamp Operations" not in found
    assert found["Wick Division"].parent == "Directorate of Lamp Operations"
    assert found["Oil Division"].parent == "Directorate of Lamp Operations"


@pytest.mark.parametrize(
    "lead_in",
    [
        "Flame Keeping has following branches:",  # Indian English, no article
        "Flame Keeping has the following Branches:",  # the noun capitalized
    ],
)
def test_parts_name_their_whole_reads_commonwealth_lead_ins(lead_in: str) -> None:
    text = page(
        "Structure",
        "The bureau keeps its work in groups.",
        lead_in,
        """
        - Wick Trimming
        - Oil Pouring
        """,
    )
    found = offices(extract(text))
    assert found["Flame Keeping"] == Placed(ROOT, "parts_name_their_whole", "default_root")
    assert found["Wick Trimming"].parent == "Flame Keeping"
    off = offices(extract(text, off={"parts_name_their_whole"}))
    assert "Flame Keeping" not in off


@pytest.mark.xfail(
    strict=True,
    reason="a country's bare name ('Lampia') has no word that tells it from a field's name "
    "('Stores', 'Operations'): the rule makes it a unit over the regions it is divided into",
)
def test_parts_name_their_whole_a_country_by_its_bare_name() -> None:
    text = """Ministry of Local Lamps

The Ministry of Local Lamps oversees lamp keeping in the regions.

Regional Lamp Keeping

Lampia is divided into 16 administrative regions:

- Upper Wick Region
- Lower Wick Region
"""
    found = offices(extract(text))
    assert "Lampia" not in found
