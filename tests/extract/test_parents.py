"""Parent resolvers: which unit each unit is part of."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.list_units import supervises_the_following
from pipeline.extract.offices.parents_composition import field_named_part
from pipeline.extract.offices.section_enumerations import agency_enumeration
from pipeline.extract.page import _parents_first
from pipeline.extract.records import UnitType
from pipeline.extract.units import Unit
from pipeline.rules import disabled
from pipeline.text.phrases import name_phrases
from tests.extract.helpers import Placed, extract, offices

GROUPED = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Assistant Director for Wicks

    Office of Braiding

    The office braids wicks.

    Office of Trimming

    The office trims wicks.
    """)


def test_heading_nesting_places_a_heading_under_the_group_heading_over_it() -> None:
    found = offices(extract(GROUPED))
    assert found["Office of Braiding"] == Placed(
        "Assistant Director for Wicks", "section_heading", "heading_nesting"
    )
    off = offices(extract(GROUPED, off={"heading_nesting"}))
    assert off["Office of Braiding"] == Placed(
        "Bureau of Lantern Safety", "section_heading", "default_root"
    )


FLAT = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Office of Wick Standards

    The office sets standards for wicks.

    Office of Glass Inspection

    The office inspects lantern glass.
    """)


def test_default_root_hangs_unplaced_units_from_the_root() -> None:
    found = offices(extract(FLAT))
    assert found["Office of Wick Standards"] == Placed(
        "Bureau of Lantern Safety", "section_heading", "default_root"
    )


@pytest.mark.xfail(
    strict=True, reason="default_root has no switch: switching it off changes nothing"
)
def test_default_root_switched_off_leaves_units_unplaced() -> None:
    off = offices(extract(FLAT, off={"default_root"}))
    assert off["Office of Wick Standards"].parent_by != "default_root"


PAGE_ABOUT_A_UNIT = dedent("""\
    Wick Standards

    Wick Standards is responsible for the wicks of the Bureau of Lantern Safety.

    Braiding Division

    The division braids wicks.

    Trimming Division

    The division trims wicks.
    """)


def test_under_page_subject_hangs_units_from_the_unit_the_title_names() -> None:
    found = offices(extract(PAGE_ABOUT_A_UNIT))
    assert found["Wick Standards"].parent == "Bureau of Lantern Safety"
    assert found["Braiding Division"] == Placed(
        "Wick Standards", "section_heading", "under_page_subject"
    )


@pytest.mark.xfail(
    strict=True, reason="under_page_subject has no switch: switching it off changes nothing"
)
def test_under_page_subject_switched_off_defers_to_the_root() -> None:
    off = offices(extract(PAGE_ABOUT_A_UNIT, off={"under_page_subject"}))
    assert off["Braiding Division"].parent == "Bureau of Lantern Safety"


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


DIVIDED = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit. The Office of Wick Standards sets \
    standards for wicks. The Office of Wick Standards is further sub-divided into three \
    teams: the Braiding Team, the Trimming Team and the Dipping Team.
    """)


def test_enumerated_units_divided_into_makes_the_subject_the_parent_of_its_parts() -> None:
    found = offices(extract(DIVIDED))
    assert found["Office of Wick Standards"].parent == "Bureau of Lantern Safety"
    assert found["Braiding Team"] == Placed(
        "Office of Wick Standards", "prose_unit", "enumerated_units"
    )
    assert found["Dipping Team"].parent == "Office of Wick Standards"

    # "is further sub-divided into" is one of divided_into_verbs' verbs too: both off
    off = offices(extract(DIVIDED, off={"enumerated_units", "divided_into_verbs"}))
    assert off["Braiding Team"] == Placed("Bureau of Lantern Safety", "prose_unit", "default_root")


def test_enumerated_units_divided_into_subject_named_first_in_the_same_sentence() -> None:
    page = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. The Office of Wick Standards is \
        divided into the Braiding Branch and the Trimming Branch.
        """)
    found = offices(extract(page))
    assert found["Braiding Branch"] == Placed(
        "Office of Wick Standards", "prose_unit", "enumerated_units"
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


HOUSED = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Wick Standards

    This group sets standards for wicks. The Braiding Office is housed within this group.

    ## Glass Inspection

    Located within the Office of the Lamp Director, we inspect lantern glass.

    ## Flame Safety

    The team keeps flames safe.
    """)


def test_housed_within_places_a_unit_and_the_sections_own_unit() -> None:
    found = offices(extract(HOUSED, markdown=True))
    assert found["Braiding Office"] == Placed("Wick Standards", "housed_within", "housed_within")
    assert found["Office of the Lamp Director"] == Placed(
        "Bureau of Lantern Safety", "housed_within", "default_root"
    )
    assert found["Glass Inspection"] == Placed(
        "Office of the Lamp Director", "section_heading", "housed_within"
    )
    assert found["Flame Safety"].parent == "Bureau of Lantern Safety"
    # The headings name no unit by their words: ``topic_headings_prose`` would read the
    # prose whole ("The Braiding Office" as a part of the bureau), so it is switched off too.
    off = offices(extract(HOUSED, markdown=True, off={"housed_within", "topic_headings_prose"}))
    assert "Braiding Office" not in off
    assert "Office of the Lamp Director" not in off
    assert off["Glass Inspection"].parent == "Bureau of Lantern Safety"


def test_housed_within_not_a_place_that_is_no_unit() -> None:
    text = HOUSED.replace("the Office of the Lamp Director", "Harbor City")
    found = offices(extract(text, markdown=True))
    assert "Harbor City" not in found
    assert found["Glass Inspection"].parent == "Bureau of Lantern Safety"


WITHIN = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Chief Wick Officer

    The Chief Wick Officer leads the Braiding Unit within the Office of Wick Supply.

    Glass Division

    The division inspects glass.
    """)


def test_unit_within_unit_places_the_part_its_host_and_who_leads_it() -> None:
    found = offices(extract(WITHIN))
    assert found["Office of Wick Supply"] == Placed(
        "Bureau of Lantern Safety", "unit_within_unit", "default_root"
    )
    assert found["Braiding Unit"] == Placed(
        "Office of Wick Supply", "unit_within_unit", "unit_within_unit"
    )
    assert found["Chief Wick Officer"] == Placed(
        "Office of Wick Supply", "section_heading", "unit_within_unit"
    )
    off = offices(extract(WITHIN, off={"unit_within_unit"}))
    assert "Braiding Unit" not in off
    assert off["Chief Wick Officer"].parent == "Bureau of Lantern Safety"


def test_refers_back_the_host_of_unit_within_unit_named_by_a_bare_noun() -> None:
    """ "the Wick Offices within the Region": a determiner and a bare unit noun refer to a
    place or unit named elsewhere; the host is no unit of its own."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. It advises the Lamp Supply Office \
        within the Region on wick stocks.

        Office of Glass Inspection

        The office inspects lantern glass.
        """)
    assert "Region" not in offices(extract(text))
    assert "Region" in offices(extract(text, off={"refers_back"}))


def test_unit_within_unit_in_the_introduction_in_lower_case() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. We are the Lamp Records team \
        within the Wick Directorate, and we keep its books.
        """)
    found = offices(extract(text))
    assert found["Lamp Records team"] == Placed(
        "Wick Directorate", "unit_within_unit", "unit_within_unit"
    )


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
    off = offices(extract(AGENCY_LEAD_IN, markdown=True, off={"agency_lead_in"}))
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


COMPOSED_OF = dedent("""\
    Lantern Department Organization

    The Field Lamp Bureau consists of the Wick Division and the Glass Division. It also \
    trains new keepers.

    Wick Division

    The Wick Division trims wicks on every street.

    Glass Division

    The Glass Division cleans the glass of every lamp.

    Oil Supply Unit

    The Oil Supply Unit buys oil for the lamps.
    """)


def test_composition_subject_places_the_units_named_after_the_verb() -> None:
    """ "The Field Lamp Bureau consists of the Wick Division and the Glass Division": the
    subject, named nowhere else, is a unit, and the units named after the verb are its parts
    though their headings come later; a unit the sentence does not name stays where it was."""
    found = offices(extract(COMPOSED_OF))
    assert found["Field Lamp Bureau"] == Placed(
        "Lantern Department", "composition_subject", "default_root"
    )
    assert found["Wick Division"] == Placed(
        "Field Lamp Bureau", "section_heading", "composition_subject"
    )
    assert found["Glass Division"].parent == "Field Lamp Bureau"
    assert found["Oil Supply Unit"].parent == "Lantern Department"
    off = offices(extract(COMPOSED_OF, off={"composition_subject"}))
    assert "Field Lamp Bureau" not in off
    assert off["Wick Division"].parent == "Lantern Department"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Wick Division contains the Trimming Office and the Soot Office.",
        "The Wick Division is home to the Trimming Office and the Soot Office.",
        "The Wick Division has a Trimming Office and a Soot Office.",
        "The Wick Division also has a Trimming Office and a Soot Office that trim wicks.",
    ],
)
def test_composition_subject_contains_is_home_to_has_a(sentence: str) -> None:
    """ "contains", "is home to" and "has a" are verbs of composition as "includes" is: the
    units named right after them are the subject's parts."""
    text = (
        "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has the Wick Division, "
        f"the Glass Division, the Trimming Office and the Soot Office.\n\n{sentence}\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"].parent == "Wick Division"
    assert found["Soot Office"].parent == "Wick Division"


def test_composition_subject_has_a_then_other_words_names_no_part() -> None:
    """ "has a close tie with the Trimming Office": after "has a", words that are not a name
    say what the subject has; the unit named later is no part."""
    text = (
        "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has the Wick Division, "
        "the Glass Division and the Trimming Office.\n\nThe Wick Division has a close tie "
        "with the Trimming Office.\n"
    )
    assert offices(extract(text))["Trimming Office"].parent == "Lamp Bureau"


def test_composition_subject_a_name_that_modifies_a_noun_is_no_part() -> None:
    """ "has a Trimming Office liaison", "contains a Soot Office kiosk": the name modifies
    the noun after it, and the sentence names the liaison, not the unit."""
    text = (
        "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has the Wick Division, "
        "the Glass Division, the Trimming Office and the Soot Office.\n\nThe Wick Division has "
        "a Trimming Office liaison who meets the keepers. The Glass Division contains a Soot "
        "Office kiosk.\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"].parent == "Lamp Bureau"
    assert found["Soot Office"].parent == "Lamp Bureau"


def test_composition_subject_this_office_is_the_office_just_named() -> None:
    """ "This Office is comprised of two sections: ...": the subject refers to the office the
    outline item is about; a position's sentence ("The Glass Director oversees ...") places
    nothing."""
    text = dedent("""\
        Department of Lanterns

        (a) The Office of Wick Policy is headed by the Wick Director. This Office is \
        comprised of two sections: The Wick Standards Office and the Wick Outreach section.

        (b) The Office of Glass Records is headed by the Glass Director. The Glass Director \
        oversees the Office of Glass Records and the Lamp Archive Office.
        """)
    found = offices(extract(text))
    assert found["Wick Standards Office"] == Placed(
        "Office of Wick Policy", "prose_unit", "composition_subject"
    )
    assert found["Office of Glass Records"].parent == "Department of Lanterns"
    off = offices(extract(text, off={"composition_subject"}))
    assert off["Wick Standards Office"].parent == "Department of Lanterns"


def test_composition_subject_not_a_unit_named_after_a_verb_of_its_own() -> None:
    """ "The Wick Division includes the Oil Section and the Glass Section, and advises the
    Lamp Permit Office": a unit named after a verb of the subject's own, not in the list
    after the verb of composition, is none of its parts."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau keeps the lamps of the town lit.

        The Wick Division includes the Oil Section and the Glass Section, and advises the \
        Lamp Permit Office.
        """)
    found = offices(extract(text))
    assert found["Glass Section"].parent == "Wick Division"
    assert found["Lamp Permit Office"].parent == "Lantern Bureau"


def test_composition_subject_no_unit_from_an_opening_adverb() -> None:
    """ "Additionally, the Bureau houses the Wick Division": an opening word and a bare noun
    after it name no unit of their own; "This unit includes ..." is the unit just named."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau keeps the lamps lit. The Glass Unit cleans the glass.

        Additionally, the Bureau houses the Wick Division, which trims wicks. \
        The Oil Unit buys oil. This unit includes the Oil Testing Office.
        """)
    found = offices(extract(text))
    assert not any(name.startswith("Additionally") for name in found)
    assert found["Wick Division"].parent == "Lantern Bureau"
    assert found["Oil Testing Office"] == Placed("Oil Unit", "prose_unit", "composition_subject")
    off = offices(extract(text, off={"composition_subject"}))
    assert off["Oil Testing Office"].parent == "Lantern Bureau"


NESTED = dedent("""\
    Department of Lanterns

    The Department of Lanterns consists of the Office of the Warden, the Wick Staff composed \
    of the Staff for Braiding and the Staff for Trimming; the Lamp Records Office; and the \
    Glass Service composed of the Pane Bureau, the Frame Bureau including the Hinge Office, \
    and the Lens Bureau.

    The Oil Division, including the Can Office and the Pump Office, stores the oil.
    """)


def test_nested_composition() -> None:
    """A unit's name followed by "composed of" or ", including" inside an enumeration owns the
    units named after it up to the next semicolon or the sentence's end; "including" with no
    comma before it reaches only to the next comma; the unit is made when not found yet."""
    found = offices(extract(NESTED))
    assert found["Staff for Braiding"] == Placed(
        "Wick Staff", "enumerated_units", "nested_composition"
    )
    assert found["Staff for Trimming"].parent == "Wick Staff"
    assert found["Lamp Records Office"].parent == "Department of Lanterns"
    assert found["Pane Bureau"].parent == "Glass Service"
    assert found["Frame Bureau"].parent == "Glass Service"
    assert found["Hinge Office"].parent == "Frame Bureau"
    assert found["Lens Bureau"].parent == "Glass Service"
    off = offices(extract(NESTED, off={"nested_composition"}))
    assert off["Staff for Braiding"].parent == "Department of Lanterns"
    assert off["Hinge Office"].parent == "Department of Lanterns"


def test_nested_composition_after_a_comma() -> None:
    """ "The Oil Division, including the Can Office and the Pump Office, ...": the clause
    after the comma lists the division's parts."""
    found = offices(extract(NESTED))
    assert found["Can Office"].parent == "Oil Division"
    assert found["Pump Office"].parent == "Oil Division"
    assert offices(extract(NESTED, off={"nested_composition"}))["Can Office"].parent == (
        "Department of Lanterns"
    )


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


RUNS = dedent("""\
    Lamp Care Council

    The Lamp Care Council keeps the lamps of the realm lit.

    (a) Office of Wick Affairs. The Office of Wick Affairs answers wick letters. This Office \
    maintains the Lamp Watch Center, which answers calls day and night.

    (b) Glass Records Office (GRO) keeps the glass records of the Board. It is responsible \
    for the management of the Office of Pane Archives (OPX), which keeps old panes.

    (c) Oil Supply Office. The Oil Supply Office buys oil. It operates \
    the Oil Supply Office's print room.

    (d) Wick Stores Office. The Wick Stores Office stores wicks. This Office maintains \
    the Lamp Watch Annex Center's spare room.

    (e) Lamp Watch Annex Center. The Lamp Watch Annex Center watches the annex.

    (f) Pane Office. The Pane Office mends panes. This Office maintains \
    the Lamp Watch Annex Center Garage, which holds the carts.
    """)


def test_runs_named_unit_places_the_unit_a_back_reference_runs() -> None:
    """ "This Office maintains the Lamp Watch Center", "It is responsible for the management of
    the Office of Pane Archives": the unit named right after a verb of running is part of the
    unit the subject refers back to; a possessive ("the Lamp Watch Annex Center's spare room")
    or a longer name ("the Lamp Watch Annex Center Garage") names no part."""
    found = offices(extract(RUNS))
    assert found["Lamp Watch Center"] == Placed(
        "Office of Wick Affairs", "prose_unit", "runs_named_unit"
    )
    assert found["Office of Pane Archives"].parent == "Glass Records Office"
    assert not any("print room" in name for name in found)
    # Neither a possessive nor a longer name that opens with a unit's name places that unit.
    assert found["Lamp Watch Annex Center"].parent == "Lamp Care Council"
    # Off, the outline item's own unit still takes what its description names
    # (item_description_parts); with both off, the unit hangs from the page's top unit.
    off = offices(extract(RUNS, off={"runs_named_unit", "item_description_parts"}))
    assert off["Lamp Watch Center"].parent == "Lamp Care Council"
    assert off["Office of Pane Archives"].parent == "Lamp Care Council"


def test_referring_subject_parts_the_office_is_the_one_its_item_named() -> None:
    """ "The Office also houses the Wick Center": "The" and a unit noun alone refer back to the
    office the same item named last; "This section provides oversight for ..." places the
    units the sentence names under the section named just before."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau keeps the lamps of the town lit.

          • The Office of Lamp Policy sets the rules for lamps. The Office also houses the \
        Wick Research Center, which studies wicks.
          • The Glass Office cleans the glass.

        The Lantern Bureau also houses the Night Lamplighter Section. This section provides \
        oversight for the specialized units of the bureau to include the Oil Unit and the \
        Ladder Unit.
        """)
    found = offices(extract(text))
    assert found["Wick Research Center"] == Placed(
        "Office of Lamp Policy", "prose_unit", "referring_subject_parts"
    )
    assert found["Oil Unit"].parent == "Night Lamplighter Section"
    assert found["Ladder Unit"].parent_by == "referring_subject_parts"
    off = offices(extract(text, off={"referring_subject_parts"}))
    assert off["Wick Research Center"].parent == "Lantern Bureau"
    assert off["Oil Unit"].parent == "Lantern Bureau"


def test_referring_subject_parts_not_a_unit_of_an_earlier_paragraph() -> None:
    """ "The Office" opening a paragraph of its own refers to no office named above it."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau keeps the lamps of the town lit. The Office of Lamp Policy sets \
        the rules.

        The Office also houses the Wick Research Center, which studies wicks.
        """)
    found = offices(extract(text))
    assert found["Wick Research Center"].parent == "Lantern Bureau"


def test_item_description_parts_units_a_described_item_names() -> None:
    """A list item that opens with a unit on a line of its own and names units in its
    description ("The Directorate is responsible for ...") makes them that unit's parts."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau has three directorates:

          • Glass Services
            The Directorate is responsible for Pane Services, Frame Services and Lens Services.
          • Oil Services
            The Chief Oil Officer is responsible for the Can Section and the Drum Section.
        """)
    found = offices(extract(text))
    assert found["Glass Services"].parent == "Lantern Bureau"
    assert found["Frame Services"] == Placed(
        "Glass Services", "enumerated_units", "item_description_parts"
    )
    assert found["Drum Section"].parent == "Oil Services"
    off = offices(extract(text, off={"item_description_parts"}))
    assert off["Frame Services"].parent == "Lantern Bureau"
    assert off["Drum Section"].parent == "Lantern Bureau"


def test_item_description_parts_not_the_outline_item_above() -> None:
    """A nested outline item's description names its own unit's parts ("The office directs
    the following two divisions: ..."), not parts of the item above it that the outline
    reading gave them."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau keeps the lamps lit. Its offices are:

          (a) Office of the Warden. The Office of the Warden runs the bureau.
            (1) Office of Wick Supply. Headed by the Wick Director, this office buys wicks. \
        The office directs the following two divisions: Loop Division and Knot Division.
            (2) Office of Oil Supply. The office buys oil.
          (b) Office of Glass. The Office of Glass cleans panes.
        """)
    found = offices(extract(text))
    assert found["Office of Wick Supply"].parent == "Office of the Warden"
    assert found["Loop Division"] == Placed(
        "Office of Wick Supply", "prose_unit", "item_description_parts"
    )
    off = offices(extract(text, off={"item_description_parts"}))
    assert off["Loop Division"].parent == "Office of the Warden"


def test_item_description_parts_not_a_unit_the_item_reports_to_or_works_with() -> None:
    """A described item's unit is no superior of a unit it reports to, nor of one it works
    with: only the units its description names as its own are its parts."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau has three directorates:

          • Glass Services
            The Directorate reports to the Office of the Senior Warden and works closely with \
        the Lamp Permit Office and the Ladder Safety Office.
          • Oil Services
            The Directorate is responsible for the Can Section and the Drum Section.
        """)
    found = offices(extract(text))
    assert found["Office of the Senior Warden"].parent == "Lantern Bureau"
    for name in ("Lamp Permit Office", "Ladder Safety Office"):
        assert found.get(name, Placed("", "", "")).parent != "Glass Services", name
    assert found["Drum Section"] == Placed(
        "Oil Services", "enumerated_units", "item_description_parts"
    )


def test_referring_subject_parts_the_subject_not_an_office_it_works_with() -> None:
    """ "The Office" refers to the office a sentence of the paragraph was about, not to one
    that sentence named as a partner after it."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau keeps the lamps of the town lit.

        The Office of Lamp Policy sets the rules for lamps and works with the Office of Oil \
        Permits of the county. The Office also houses the Wick Research Center.
        """)
    found = offices(extract(text))
    assert found["Wick Research Center"] == Placed(
        "Office of Lamp Policy", "prose_unit", "referring_subject_parts"
    )


def test_referring_subject_parts_the_page_bureau_named_again_as_the_subject() -> None:
    """ "The Lantern Bureau works with the County Oil Bureau. The Bureau also houses ...":
    the page's own bureau, named again as the paragraph's subject, is the one referred to,
    not the other bureau named after it."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau keeps the lamps of the town lit.

        The Lantern Bureau works with the County Oil Bureau on fuel. The Bureau also houses \
        the Wick Research Center.
        """)
    found = offices(extract(text))
    assert found["Wick Research Center"].parent == "Lantern Bureau"


def test_referring_subject_parts_not_a_bureau_named_after_the_paragraphs_own() -> None:
    """ "The Bureau works with the County Oil Bureau. The Bureau also houses ...": a paragraph
    about "the Bureau" (named only so) does not refer to another bureau it names later."""
    text = dedent("""\
        Lantern Bureau

        The Lantern Bureau keeps the lamps of the town lit.

        The Bureau works with the County Oil Bureau on fuel. The Bureau also houses the Wick \
        Research Center.
        """)
    found = offices(extract(text))
    assert found["Wick Research Center"].parent == "Lantern Bureau"


FALLS_UNDER = dedent("""\
    Lamp Care Council

    The Lamp Care Council keeps the realm's lamps.

    The Lamp Care Council is made up of the Wick Supply Bureau, the Glass Ledger Unit and the
    Office of Oil Stores.

    The council's lanterns, depots and Glass Ledger Unit fall under the direction of the Wick
    Supply Bureau. The Office of Oil Stores, a resource office, also comes under the aegis of
    the Wick Supply Bureau.

    The Lamp Care Council also has a Tallow Branch and a Soot Division. The Tallow Branch, a
    resource branch, is also responsible to the Office of Oil Stores. The Soot Director is
    the chief of the Soot Division.
    """)


def test_falls_under_places_the_units_before_the_verb_under_the_unit_after_it() -> None:
    """ "A and the B Unit fall under the direction of the C Bureau", "The D Office, a resource
    office, also comes under the aegis of the C Bureau": the units named before a verb of
    standing and "under" are parts of the unit named after it."""
    found = offices(extract(FALLS_UNDER))
    assert found["Glass Ledger Unit"].parent == "Wick Supply Bureau"
    assert found["Glass Ledger Unit"].parent_by == "falls_under"
    assert found["Office of Oil Stores"].parent == "Wick Supply Bureau"
    assert found["Office of Oil Stores"].parent_by == "falls_under"
    # The host itself stays where the composition put it.
    assert found["Wick Supply Bureau"].parent == "Lamp Care Council"
    # "is also responsible to" the office; "is the chief of" the division.
    assert found["Tallow Branch"].parent == "Office of Oil Stores"
    assert found["Soot Director"].parent == "Soot Division"
    off = offices(extract(FALLS_UNDER, off={"falls_under"}))
    assert off["Glass Ledger Unit"].parent == "Lamp Care Council"
    assert off["Office of Oil Stores"].parent == "Lamp Care Council"


@pytest.mark.parametrize(
    "verb",
    [
        "is located within",
        "sits within",
        "is housed within",
        "is placed under",
        "works under the direction of",
        "is attached to",
        "belongs to",
        "forms part of",
        "is subordinate to",
        "is supervised by",
        "is a sub-unit of",
        "is one of the offices of",
    ],
)
def test_falls_under_other_verbs_of_standing_within_a_unit(verb: str) -> None:
    """ "The Trimming Office is housed in the Wick Division", "... belongs to ...", "... is
    supervised by ...", "... is one of the offices of ...": verbs of standing within,
    belonging to or being directed by a unit the page found place the subject under it."""
    text = (
        "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has the Wick Division "
        f"and the Glass Division.\n\nThe Trimming Office {verb} the Wick Division.\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"].parent == "Wick Division"
    assert found["Trimming Office"].parent_by == "falls_under"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Trimming Office, a unit of the Wick Division, trims wicks.",
        "The Trimming Office, part of the Wick Division, trims wicks.",
        "The Trimming Office (a section of the Wick Division) trims wicks.",
        "Wicks are cut by the Trimming Office, one of the offices of the Wick Division.",
        "The Trimming Office and the Soot Office make up the Wick Division.",
        "The Trimming Office and the Soot Office together form the Wick Division.",
    ],
)
def test_falls_under_an_appositive_or_what_makes_up_a_unit(sentence: str) -> None:
    """ "X, a unit of Y, ...", "X (part of Y)": the name just before an appositive that calls
    it a unit or a part of one is placed under that one; so are the units a sentence says
    make up or form a unit."""
    text = (
        "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has the Wick Division, "
        f"the Glass Division and the Soot Office.\n\n{sentence}\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"].parent == "Wick Division"
    assert found["Trimming Office"].parent_by == "falls_under"
    if "Soot Office and" in sentence or "and the Soot Office" in sentence:
        assert found["Soot Office"].parent == "Wick Division"
    off = offices(extract(text, off={"falls_under"}))
    assert off["Trimming Office"].parent == "Lamp Bureau"


def test_falls_under_an_appositive_places_only_the_name_before_it() -> None:
    """ "The Board oversees the Glass Office and the Trimming Office, a unit of the Wick
    Division": the appositive says what the last name is, not the whole list."""
    text = (
        "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has the Wick Division, "
        "the Glass Office and the Trimming Office.\n\nThe Lamp Board oversees the Glass Office "
        "and the Trimming Office, a unit of the Wick Division.\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"].parent == "Wick Division"
    assert found["Glass Office"].parent != "Wick Division"


OPENING_HEAD = (
    "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has the Wick Division, "
    "the Glass Division, the Trimming Office and the Soot Office.\n\n"
)


def test_falls_under_not_a_name_other_than_the_one_before_an_appositive() -> None:
    """ "... every lamp in Old Quarter, part of the Wick Division": the appositive says what
    the name just before it is; a unit named earlier in the clause is not placed."""
    text = OPENING_HEAD + (
        "The Trimming Office trims wicks for every lamp in Old Quarter, part of the Wick "
        "Division. The Soot Office is led by Mara Quill, part of the Wick Division since 2010.\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"].parent == "Lamp Bureau"
    assert found["Soot Office"].parent == "Lamp Bureau"


def test_falls_under_keeps_a_part_below_a_unit_within_the_host() -> None:
    """ "The Trimming Office, part of the Lamp Bureau, ..." is true of a part of the Glass
    Division, which the bureau includes: the office stays where the more specific sentence
    put it."""
    text = OPENING_HEAD + (
        "The Glass Division includes the Trimming Office.\n\nThe Trimming Office, part of the "
        "Lamp Bureau, trims wicks. The Soot Office is within the Glass Division.\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"].parent == "Glass Division"
    assert found["Soot Office"] == Placed("Glass Division", "prose_unit", "falls_under")


def test_falls_under_to_form_a_unit_is_no_part_of_it() -> None:
    """ "voted to form the Wick Division": the subject made it, it is none of its parts."""
    text = OPENING_HEAD + (
        "In 2020 the Glass Division and the Soot Office voted to form the Wick Division.\n"
    )
    found = offices(extract(text))
    assert found["Soot Office"].parent == "Lamp Bureau"
    assert found["Glass Division"].parent == "Lamp Bureau"


@pytest.mark.parametrize(
    "sentence",
    [
        "Within the Wick Division are the Trimming Office and the Soot Office.",
        "Inside the Wick Division is the Trimming Office, and the Soot Office.",
    ],
)
def test_reports_to_within_a_unit_is_or_are(sentence: str) -> None:
    """ "Within the Wick Division are A and B": the inverted sentence places what follows
    the verb, as "Under the Chief Warden are ..." does (``reports_to``)."""
    head = OPENING_HEAD.replace(", the Trimming Office and the Soot Office", "")
    found = offices(extract(head + sentence + "\n"))
    assert found["Trimming Office"].parent == "Wick Division"
    assert found["Soot Office"].parent == "Wick Division"


def test_reports_to_inside_opens_a_name_without_the() -> None:
    """ "Inside Sales Division is the home of ...": without "the", "Inside" is the name's
    first word, as "Under" is in a title."""
    head = OPENING_HEAD.replace(", the Trimming Office and the Soot Office", "")
    found = offices(extract(head + "Inside Wick Sales Division is the home of the Soot Office.\n"))
    assert "Inside Wick Sales Division" in found
    assert "Wick Sales Division" not in found


def test_falls_under_units_named_by_a_shared_noun() -> None:
    """ "The Wick Watch and Glass Probe Divisions fall under the Lamp Works Bureau": the
    units read from words they share (the Glass Probe Division is not written whole) stand in
    the subject where they were found, and both are placed."""
    text = (
        "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town. It has a Lamp Works "
        "Bureau.\n\nThe Wick Watch and Glass Probe Divisions fall under the umbrella of the "
        "Lamp Works Bureau.\n"
    )
    found = offices(extract(text))
    assert found["Wick Watch Division"].parent == "Lamp Works Bureau"
    assert found["Glass Probe Division"] == Placed(
        "Lamp Works Bureau", "shared_unit_noun", "falls_under"
    )


def test_falls_under_a_place_is_no_host_and_a_later_verb_places() -> None:
    """ "is located in the Wick Division building" names where the office sits, not what it
    stands under; "..., which is within Lampton, falls under the Wick Division": the first
    verb's host is a place, the later one's the unit."""
    head = (
        "Lamp Bureau\n\nThe Lamp Bureau keeps the lamps. It has the Wick Division and the "
        "Glass Division.\n\n"
    )
    located = offices(
        extract(head + "The Trimming Office is located in the Wick Division building.\n")
    )
    assert located["Trimming Office"].parent == "Lamp Bureau"
    later = offices(
        extract(
            head + "The Trimming Office, which is within Lampton, falls under the Wick Division.\n"
        )
    )
    assert later["Trimming Office"] == Placed("Wick Division", "prose_unit", "falls_under")


def test_falls_under_not_the_units_of_an_opening_phrase_or_before_which() -> None:
    """A unit named in a sentence's opening phrase ("Working with the Oil Division, the
    Glass Unit falls under ...") or the subject of a clause before "which" ("The Tallow
    Division supervises the Match Unit, which falls under ...") is not what falls under the
    host: only the Glass Unit and the Match Unit are placed."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. The Bureau has the Oil Division,
        the Tallow Division, the Wick Office, the Glass Unit and the Match Unit.

        Working with the Oil Division, the Glass Unit falls under the direction of the Wick
        Office. The Tallow Division supervises the Match Unit, which falls under the Wick
        Office.
        """)
    found = offices(extract(text))
    assert found["Glass Unit"].parent == "Wick Office"
    assert found["Match Unit"].parent == "Wick Office"
    assert found["Oil Division"].parent == "Bureau of Lantern Safety"
    assert found["Tallow Division"].parent == "Bureau of Lantern Safety"


def test_falls_under_a_unit_that_is_the_head_of_a_unit_is_not_put_under_it() -> None:
    """ "is the chief/head of" places a post under the unit it heads; a unit said to be the
    head of another ("The Lamp Council is the head of the Wick Office") is not put under it."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. The Bureau has the Wick Office and
        the Lamp Council.

        The Lamp Council is the head of the Wick Office.
        """)
    found = offices(extract(text))
    assert found["Lamp Council"].parent != "Wick Office"


def test_falls_under_a_denied_verb_places_nothing() -> None:
    """ "The Glass Unit does not fall under the Wick Office": a denied verb of standing
    places nothing."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. The Bureau has the Wick Office and
        the Glass Unit.

        The Glass Unit does not fall under the Wick Office. It no longer comes under the
        direction of the Wick Office either.
        """)
    found = offices(extract(text))
    assert found["Glass Unit"].parent == "Bureau of Lantern Safety"
    assert found["Glass Unit"].parent_by != "falls_under"


def test_falls_under_a_hosts_rules_are_not_its_direction() -> None:
    """ "operates under the Wick Office's safety rules" does not make the unit a part of the
    office; "falls under the Wick Office's direction" does."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. The Bureau has the Wick Office, the
        Glass Unit and the Oil Unit.

        The Glass Unit operates under the Wick Office's safety rules. The Oil Unit falls under
        the Wick Office's direction.
        """)
    found = offices(extract(text))
    assert found["Glass Unit"].parent == "Bureau of Lantern Safety"
    assert found["Oil Unit"].parent == "Wick Office"


def test_falls_under_not_the_subject_of_the_clause_that_reports_it() -> None:
    """ "The Lamp Division decided that the Glass Unit falls under the Wick Office": the
    division is the subject of "decided", not of "falls under"."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. The Bureau has the Lamp Division,
        the Wick Office and the Glass Unit.

        In 1990 the Lamp Division decided that the Glass Unit falls under the Wick Office.
        """)
    found = offices(extract(text))
    assert found["Glass Unit"].parent == "Wick Office"
    assert found["Lamp Division"].parent == "Bureau of Lantern Safety"


LEAD_REPORTS = dedent("""\
    Lamp Ministry

    The Lamp Ministry keeps the realm's lamps.

    The following positions report to the Lamp Warden:

      • Assistant Warden, Wick Tending Division
      • Glass Supply Branch

    The following departments report directly to the Assistant Lamp Keeper:

      • Oil Depot Branch
      • Soot Disposal Branch

    The following positions report to the Assistant Warden, Wick Tending:

      • Braiding Branch
      • Trimming Branch

    The Lamp Warden reports to the Lamp Minister. The Assistant Lamp Keeper reports to the
    Lamp Warden.
    """)


def test_lead_in_reports_to_places_the_items_under_the_post_named_later() -> None:
    """ "The following departments report directly to the Assistant Lamp Keeper:": the items
    are parts of the post, found as a unit by the prose after the list; "report to the
    Assistant Warden, Wick Tending:" names the post by its portfolio, the unit an item
    named as "Assistant Warden, Wick Tending Division"."""
    found = offices(extract(LEAD_REPORTS))
    assert found["Oil Depot Branch"].parent == "Assistant Lamp Keeper"
    assert found["Oil Depot Branch"].parent_by == "lead_in_reports_to"
    assert found["Soot Disposal Branch"].parent == "Assistant Lamp Keeper"
    assert found["Glass Supply Branch"].parent == "Lamp Warden"
    assert found["Braiding Branch"].parent == "Wick Tending Division"
    assert found["Trimming Branch"].parent == "Wick Tending Division"
    off = offices(extract(LEAD_REPORTS, off={"lead_in_reports_to"}))
    assert off["Oil Depot Branch"].parent == "Lamp Ministry"
    assert off["Braiding Branch"].parent == "Lamp Ministry"


def test_lead_in_reports_to_a_post_given_with_the_unit_it_heads() -> None:
    """ "report to the Director, Office of Lamp Glass:": the post's portfolio names a unit of
    the page in full, so the items are that unit's parts."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps. Its offices are:

          • Office of Lamp Glass
          • Office of Lamp Oil

        The following units report to the Director, Office of Lamp Glass:

          • Pane Cutting Unit
          • Pane Polishing Unit
        """)
    found = offices(extract(text))
    assert found["Pane Cutting Unit"].parent == "Office of Lamp Glass"
    assert found["Pane Polishing Unit"].parent_by == "lead_in_reports_to"
    off = offices(extract(text, off={"lead_in_reports_to"}))
    assert off["Pane Cutting Unit"].parent != "Office of Lamp Glass"


@pytest.mark.xfail(
    strict=True,
    reason="a pronoun or 'the unit' as the subject of 'falls under' refers to the section's "
    "unit; falls_under reads only units named before the verb, so the section's unit keeps "
    "its place (one development page had the form, and no error of it)",
)
def test_falls_under_a_pronoun_subject_is_the_section_unit() -> None:
    text = dedent("""\
        Lamp Care Council

        The Lamp Care Council keeps the realm's lamps.

        Wick Supply Bureau

        The Wick Supply Bureau buys wicks.

        Glass Ledger Unit

        The unit keeps the glass ledgers. It falls under the direction of the Wick Supply
        Bureau.
        """)
    found = offices(extract(text))
    assert found["Glass Ledger Unit"].parent == "Wick Supply Bureau"


def test_lead_in_reports_to_a_denied_lead_in_places_nothing() -> None:
    """ "The following offices do not report to the Wick Division:": the items are not the
    division's parts."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. The Bureau has the Wick Division and
        the Oil Division.

        The following offices do not report to the Wick Division:

          • Glass Unit
          • Match Office
        """)
    found = offices(extract(text))
    assert found["Glass Unit"].parent != "Wick Division"
    assert found["Match Office"].parent != "Wick Division"


BARE_CHART = dedent("""\
    Lantern Safety Agency

    The Lantern Safety Agency keeps the lamps lit.

    Office of the Lamp Warden
    Wick Standards Board

    Head of Lamp Staff
    Director of Wick Operations

    Office of Braiding
    Office of Trimming
    Office of Glass Inspection
    """)


def test_bare_run_lone_member_a_chart_box_after_a_bare_heading_is_its_peer() -> None:
    found = offices(extract(BARE_CHART))
    assert found["Director of Wick Operations"] == Placed(
        "Lantern Safety Agency", "section_heading", "default_root"
    )
    off = offices(extract(BARE_CHART, off={"bare_run_lone_member"}))
    assert off["Director of Wick Operations"] == Placed(
        "Head of Lamp Staff", "section_heading", "heading_nesting"
    )


def test_bare_run_lone_member_a_member_with_text_stays_in_its_group() -> None:
    page = BARE_CHART.replace(
        "Director of Wick Operations\n",
        "Director of Wick Operations\n\nThe director runs the wick shops.\n",
    )
    found = offices(extract(page))
    assert found["Director of Wick Operations"].parent == "Head of Lamp Staff"


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


PART_OF = dedent("""\
    Lamp Board

    The Lamp Board keeps the town's lamps lit. This year it changes its structure:

      • The Soot Directorate will replace the Ash Directorate. The Chimney Analysis Office \
    will continue to be a part of the Glass Directorate.

    ## Oil Service

    The Oil Service buys lamp oil for the board.

    ### How to complain

    If you have a complaint you may be offered the Wick Mending Desk (WMD) which is part of \
    the Oil Service.

    ## Glass Directorate

    The Glass Directorate keeps the lamp glass clean.
    """)


def test_unit_within_unit_reads_part_of_in_prose_bullets_and_under_a_topic() -> None:
    found = offices(extract(PART_OF, markdown=True))
    assert found["Wick Mending Desk"] == Placed(
        "Oil Service", "unit_within_unit", "unit_within_unit"
    )
    assert found["Chimney Analysis Office"].parent == "Glass Directorate"
    assert found["Chimney Analysis Office"].parent_by == "unit_within_unit"

    off = offices(extract(PART_OF, markdown=True, off={"unit_within_unit"}))
    assert "Wick Mending Desk" not in off
    assert (
        "Chimney Analysis Office" not in off
        or off["Chimney Analysis Office"].parent != "Glass Directorate"
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


POST_OVER_PARTS = dedent("""\
    Lamp Board

    The Lamp Board is organized as follows:

      • Chief Lamplighter
        • Senior Lamp Officer, Wick Supply
          • Braiding Business Unit
          • Dipping Business Unit
        • Lamp Officer, Oil and Glass
          • Glass Polishing Business Unit
    """)


@pytest.mark.xfail(
    strict=True,
    reason="a chart's item naming a post and its portfolio ('Senior Lamp Officer, Wick "
    "Supply') over nested units is named by its portfolio only (``position_then_unit``), where "
    "annotators name the node by the whole title; keeping the whole title when the portfolio "
    "has no unit noun and items nest under it was tried: 1 development page better "
    "(batch 15), 0 worse, so it was left (one page)",
)
def test_position_then_unit_keeps_the_post_over_nested_parts() -> None:
    found = offices(extract(POST_OVER_PARTS))
    assert found["Braiding Business Unit"].parent == "Senior Lamp Officer, Wick Supply"


def test_unit_within_unit_the_agency_part_of_a_body_above_it() -> None:
    """ "The Lamp Board is part of the Department of Oil": the body the page's agency is part
    of stands above the agency, not among its units; a part of the agency still places."""
    text = dedent("""\
        Lamp Board

        The Lamp Board is part of the Department of Oil. The Wick Desk is part of the Glass Office.

        Glass Office

        The Glass Office cleans the lamp glass.
        """)
    found = offices(extract(text))
    assert "Department of Oil" not in found, found
    assert found["Wick Desk"] == Placed("Glass Office", "unit_within_unit", "unit_within_unit")


def test_unit_within_unit_two_units_joined_by_and_the_are_each_a_part() -> None:
    """ "The Oil Desk and the Soot Desk are part of the Glass Office": each unit joined by
    "and the" is a part of the place, not one unit named by both; a bare "and" stays inside
    a name ("the Wick and Oil Desk")."""
    text = (
        "Lamp Board\n\nThe Lamp Board keeps the lamps lit. The Oil Desk and the Soot Desk are "
        "part of the Glass Office. The Wick and Oil Desk is part of the Glass Office.\n\n"
        "Glass Office\n\nThe Glass Office cleans the lamp glass.\n"
    )
    found = offices(extract(text))
    assert "Oil Desk and the Soot Desk" not in found, found
    assert found["Oil Desk"] == Placed("Glass Office", "unit_within_unit", "unit_within_unit")
    assert found["Soot Desk"] == Placed("Glass Office", "unit_within_unit", "unit_within_unit")
    assert found["Wick and Oil Desk"].parent == "Glass Office"


def test_placed_in_holder_a_part_named_with_its_holder_sits_under_it() -> None:
    """ "the Braiding Division for the Wick Supply Group": the sentence names the part with
    the unit that holds it; the part is the Braiding Division, under the Wick Supply Group,
    not beside it under the agency."""
    text = (
        "Bureau of Lantern Safety\n\n"
        "The work of the bureau is divided into two groups: Wick Supply Group and Oil Care "
        "Group. Each group is headed by a Deputy Keeper and they are supported by a First "
        "Assistant Keeper leading the Braiding Division for the Wick Supply Group and the "
        "Glass Mending Division for the Oil Care Group.\n"
    )
    found = offices(extract(text))
    assert found["Braiding Division"] == Placed(
        "Wick Supply Group", "prose_unit", "placed_in_holder"
    )
    assert found["Glass Mending Division"].parent == "Oil Care Group"
    old = offices(extract(text, off={"placed_in_holder"}))
    assert old["Braiding Division"].parent == "Bureau of Lantern Safety"
    assert old["Glass Mending Division"].parent == "Bureau of Lantern Safety"


def test_placed_in_holder_an_item_the_code_establishes_in_its_holder() -> None:
    """A code's items, each a unit's name and the clause that makes it ("Dipping Section.
    There is hereby established a Dipping Section in the Oil Care Division."): the clause's
    part is the item's unit, which sits under the division it names, not beside it."""
    text = (
        "# Bureau of Lantern Safety\n\n## Wick Divisions\n\n"
        "1. **Oil Care Division.** There is hereby established an Oil Care Division.\n"
        "2. **Dipping Section.** There is hereby established a Dipping Section in the "
        "Oil Care Division. The Dipping Section shall be run by a keeper.\n"
        "3. **Tallow Section.** There is hereby established a Tallow Section in the "
        "Oil Care Division.\n"
    )
    found = offices(extract(text, markdown=True))
    assert found["Dipping Section"].parent == "Oil Care Division"
    assert found["Tallow Section"].parent_by == "placed_in_holder"
    old = offices(extract(text, markdown=True, off={"placed_in_holder"}))
    assert old["Dipping Section"].parent == "Bureau of Lantern Safety"


def test_placed_in_holder_never_under_a_unit_beneath_the_part() -> None:
    """A part that holds its holder ("Wick Office in the Braiding Desk", where the Braiding
    Desk is a part of the Wick Office) keeps its place: no loop."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Wick Office in the Braiding Desk

        The office keeps the wicks.

        ### Braiding Desk

        The desk braids the wicks.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Office"].parent == "Bureau of Lantern Safety"
    assert found["Braiding Desk"].parent == "Wick Office"


def test_unit_within_unit_a_host_named_with_its_owners_possessive() -> None:
    """ "part of the Lamp Board's Glass Office": the host is the Glass Office, no second unit
    with the owner's possessive in its name."""
    text = dedent("""\
        Lamp Board

        The Lamp Board keeps the lamps of the town.

        The Pane Desk is part of the Lamp Board's Glass Office. The Glass Office mends the glass.
        """)
    found = offices(extract(text))
    assert found["Pane Desk"].parent == "Glass Office"
    assert not any("'s" in name for name in found)
    off = offices(extract(text, off={"unit_within_unit"}))
    assert off["Pane Desk"].parent == "Lamp Board"


def test_placed_in_holder_parts_whose_holders_form_a_loop_are_kept() -> None:
    """Reordering units so each follows its holder never drops one: two parts placed under each
    other (no rule should, but a loop must not lose rows silently) stay, once each, in order."""

    def unit(name: str) -> Unit:
        return Unit(name, None, UnitType.OFFICE, None, None, 0, 1)

    board, wick, oil, glass = (
        unit("Lamp Board"),
        unit("Wick Office"),
        unit("Oil Office"),
        unit("Glass Office"),
    )
    wick.parent, oil.parent, glass.parent = oil, wick, board
    assert [u.name for u in _parents_first([board, wick, oil, glass])] == [
        "Lamp Board",
        "Glass Office",
        "Wick Office",
        "Oil Office",
    ]


def test_unit_within_unit_a_posts_possessive_opens_the_hosts_name() -> None:
    """ "part of the Warden's Office": a post's possessive opens the host's own name; only a
    body's ("the Lamp Board's Glass Office") is an owner before it."""
    text = dedent("""\
        Lamp Board

        The Lamp Board keeps the lamps of the town.

        The Pane Desk is part of the Warden's Office.

        The Soot Desk is part of the Keeper's Office of Wick Safety.
        """)
    found = offices(extract(text))
    assert found["Pane Desk"].parent == "Warden's Office"
    assert found["Soot Desk"].parent == "Keeper's Office of Wick Safety"
    assert "Office of Wick Safety" not in found


OUTLINE_OVER_DUTIES = dedent("""\
    Department of Lanterns

    I. Functions

      The functions of the department shall be as follows:

      A. Office of the Lamp Warden

        Oversees the lighting of every lamp in the town.

        Also supervises two staff offices as follows:

        (1) WICK SUPPLY OFFICE

          Buys and stores wicks for the lamps of the department.

        (2) GLASS REPAIR OFFICE

          Mends the broken panes of the lanterns.

      B. Office of the Oil Keeper

        Keeps the oil of the department.

        (1) OIL STORES OFFICE

          Holds the oil casks.
    """)


def test_outline_across_text_nests_described_items_by_their_depth() -> None:
    """Lettered and numbered items each over the paragraphs that describe them are headings
    that keep their outline depth across those paragraphs: "(1) WICK SUPPLY OFFICE" indented
    under "A. Office of the Lamp Warden" is part of that office."""
    found = offices(extract(OUTLINE_OVER_DUTIES))
    assert found["Wick Supply Office"].parent == "Office of the Lamp Warden"
    assert found["Wick Supply Office"].parent_by == "heading_nesting"
    assert found["Glass Repair Office"].parent == "Office of the Lamp Warden"
    assert found["Oil Stores Office"].parent == "Office of the Oil Keeper"
    assert found["Office of the Oil Keeper"].parent == "Department of Lanterns"
    off = offices(extract(OUTLINE_OVER_DUTIES, off={"outline_across_text"}))
    assert off["Wick Supply Office"].parent == "Department of Lanterns"


DIVISIONS_WITH_HEADS = dedent("""\
    Our Divisions

    1. Wick Division
    Head of the Division : Second Lamplighter (Wicks)

      • Braiding Unit
      • Trimming Unit
    2. Glass Division
    Head of the Division : Second Lamplighter (Glass)

      • Pane Unit
      • Frame Unit
    """)


def test_outline_across_text_keeps_an_item_over_a_line_naming_its_head() -> None:
    """A bulleted item indented under a numbered one belongs to it even when a line naming the
    item's head stands between them; the next numbered item is its peer again."""
    found = offices(extract(DIVISIONS_WITH_HEADS))
    assert found["Braiding Unit"].parent == "Wick Division"
    assert found["Frame Unit"].parent == "Glass Division"
    off = offices(extract(DIVISIONS_WITH_HEADS, off={"outline_across_text"}))
    assert off["Braiding Unit"].parent != "Wick Division"


def test_outline_across_text_a_lead_in_opens_a_list_of_its_own() -> None:
    """A lead-in between two items ("The division has two units:") opens a new list: the
    items after it are not parts of the item before the lead-in by their indentation."""
    text = dedent("""\
        Lamp Board

        1. Wick Division
        The Board also keeps two units:

          • Braiding Unit
          • Trimming Unit
        """)
    found = offices(extract(text))
    assert found["Braiding Unit"].parent != "Wick Division"


PARENTHESIZED = dedent("""\
    Lampshire Council

    The administration runs the county's lamps. The divisions include Lighting Services
    (Street Lamp Unit, Harbour Beacon Unit and Lantern Repair Section), Fuel Services
    (Oil Stores Unit, Wick Stores Unit) and the Glass Office. The county also keeps three
    Lamp Offices (North, South, East).
    """)


def test_parenthesized_parts_a_parenthesis_after_a_unit_lists_its_parts() -> None:
    """ "Lighting Services (Street Lamp Unit, Harbour Beacon Unit and Lantern Repair
    Section)": the units in the parenthesis are parts of the unit named before it."""
    found = offices(extract(PARENTHESIZED))
    assert found["Street Lamp Unit"].parent == "Lighting Services"
    assert found["Street Lamp Unit"].parent_by == "parenthesized_parts"
    assert found["Lantern Repair Section"].parent == "Lighting Services"
    assert found["Oil Stores Unit"].parent == "Fuel Services"
    assert found["Glass Office"].parent == "Lampshire Council"
    off = offices(extract(PARENTHESIZED, off={"parenthesized_parts"}))
    assert off["Street Lamp Unit"].parent == "Lampshire Council"


def test_parenthesized_parts_not_after_a_plural() -> None:
    """ "three Lamp Offices (North, South, East)": a plural names what its members are, not a
    unit holding them."""
    found = offices(extract(PARENTHESIZED))
    assert "Lamp Offices" not in found
    assert all(placed.parent != "Lamp Offices" for placed in found.values())


@pytest.mark.xfail(
    strict=True,
    reason="an item whose marker comes next after an open item's marker but is set a space"
    " further in (' B. Soot Unit' after 'A. Wick Unit' and its bullets) opens a level under"
    " it; reading the marker's sequence as peers (marker_sequence_peer, tried) changed one"
    " development page only (ke_ndma_key_departments, b16)",
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
    found = offices(extract(text))
    assert found["Soot Unit"].parent == "Lamp Board"


def test_falls_under_a_heading_unit_that_reports_to_another() -> None:
    """ "The Wick Division reports to the Office of Night Rounds." in the Wick Division's own
    section places it under that office; a denial places nothing, nor does "reports to" that
    ends a run of verbs, which would place every name before it ("The Glass Division is run
    by the Oil Division and reports to ...")."""
    page = dedent("""\
        Lamp Department

        The Lamp Department keeps the town's lamps lit.

        Office of Night Rounds

        The Office of Night Rounds runs the lamps every night.

        Wick Division

        The Wick Division reports to the Office of Night Rounds and trims the wicks.

        Oil Division

        The Oil Division buys oil.
        """)
    found = offices(extract(page))
    assert found["Wick Division"] == Placed(
        "Office of Night Rounds", "section_heading", "falls_under"
    )
    off = offices(extract(page, off={"falls_under"}))
    assert off["Wick Division"].parent == "Lamp Department"
    denied = page.replace("reports to", "does not report to")
    assert offices(extract(denied))["Wick Division"].parent == "Lamp Department"
    clause = page.replace(
        "The Oil Division buys oil.",
        "The Oil Division buys oil.\n\nGlass Division\n\nThe Glass Division is run by the Oil"
        " Division and reports to the Office of Night Rounds.",
    )
    assert offices(extract(clause))["Oil Division"].parent == "Lamp Department"


def test_reports_to_reporting_to_a_post_are_the_units() -> None:
    """ "Reporting to the Lamp Director are the Oil Office, the Glass Office and the Post
    Office.": the offices are the director's parts; before, "Reporting to the Lamp Director"
    was read as a post of its own and the offices hung from the department."""
    page = (
        "Lamp Department\n\nThe Lamp Department keeps the town's lamps lit. The Lamp Director"
        " leads the department. Reporting to the Lamp Director are the Oil Office, the Glass"
        " Office and the Wick Office.\n"
    )
    found = offices(extract(page))
    assert "Reporting to the Lamp Director" not in found
    for name in ("Oil Office", "Glass Office", "Wick Office"):
        assert found[name] == Placed("Lamp Director", "prose_unit", "reports_to")
    off = offices(extract(page, off={"reports_to"}))
    assert off["Oil Office"].parent != "Lamp Director"


def test_reports_to_reporting_to_a_body_is_a_duty_places_nothing() -> None:
    """ "Reporting to the Lamp Council is a duty of the Glass Office": a gerund's sentence,
    no chart's line; the Glass Office is not placed under the council."""
    page = (
        "Lamp Department\n\nThe Lamp Department keeps the town's lamps lit. The Lamp Council"
        " meets monthly. Reporting to the Lamp Council is a duty of the Glass Office and the"
        " Soot Team.\n"
    )
    found = offices(extract(page))
    assert found["Soot Team"].parent != "Lamp Council"


def test_field_named_part_a_team_named_after_one_field_of_a_group() -> None:
    """A unit named after one of the fields another unit's name joins ("Glass team" beside
    "Wick and Glass Group"), worded with another unit noun, is that unit's part."""
    text = dedent("""\
        Lamp Agency

        The Lamp Agency has several groups.

        The Wick and Glass Group is led by Jane Doe. The Glass team provides leadership on \
        glass. The Wick team works with oil.
        """)
    found = offices(extract(text))
    assert found["Wick and Glass Group"].parent == "Lamp Agency"
    assert found["Glass team"] == Placed("Wick and Glass Group", "prose_unit", "field_named_part")
    assert found["Wick team"].parent == "Wick and Glass Group"
    off = offices(extract(text, off={"field_named_part"}))
    assert off["Glass team"].parent == "Lamp Agency"
    assert off["Wick team"].parent == "Lamp Agency"


def test_field_named_part_an_office_of_fields_and_a_unit_after_a_comma() -> None:
    """The fields of "Office of Soot, Ash and Smoke" are read after its "Office of", at its
    commas and its "and": "Ash Unit" is named after one of them."""
    assert field_named_part("Ash Unit", "Office of Soot, Ash and Smoke")
    assert field_named_part("Wick Rolls Section", "Soot Ledger & Wick Rolls Branch")
    assert not field_named_part("Soot Unit", "Office of Soot")
    assert not field_named_part("Soot and Ash Unit", "Office of Soot, Ash and Smoke")


def test_field_named_part_not_a_unit_of_the_same_noun() -> None:
    """A unit worded with the same noun as the one whose name joins its field is its peer
    ("Wick Division" beside "Wick and Glass Division")."""
    assert not field_named_part("Wick Division", "Wick and Glass Division")
    assert field_named_part("Wick Section", "Wick and Glass Division")


def test_field_named_part_not_a_field_that_names_a_post() -> None:
    """A field naming a post ("Warden and Deputy Warden Lamp Unit") is whom the unit
    serves: the post's office is no part of it."""
    whole = "Warden and Deputy Warden Lamp Unit"
    assert not field_named_part("Deputy Warden Office", whole)
    assert field_named_part("Lamp Wick Office", "Lamp Wick and Glass Support Unit")


def test_field_named_part_reads_the_fields_in_any_wording() -> None:
    """Fields are read in capitals or title case, after "Office for", at an Oxford comma,
    with "the" before the name or a field, an acronym or a closing stop aside."""
    assert field_named_part("Glass Team", "WICK AND GLASS DIVISION")
    assert field_named_part("Glass Team", "Wick And Glass Division (WGD)")
    assert field_named_part("Oil Unit", "Office for Wick, Glass, and Oil")
    assert field_named_part("Glass Unit", "The Wick and Glass Division")
    assert field_named_part("Glass Unit", "Division of Wick and the Glass.")
    assert not field_named_part("Glass Unit", "Office")
    assert not field_named_part("", "The")


def test_field_named_part_not_a_unit_a_sentence_placed() -> None:
    """A unit a sentence places under the page's body ("... report to the Lamp Agency")
    stays there: only a unit set there by where it stands moves."""
    text = dedent("""\
        Lamp Agency

        The Lamp Agency has several groups.

        The Wick and Glass Group is led by Jane Doe. The Glass Section reports to the Lamp \
        Agency.
        """)
    found = offices(extract(text))
    assert found["Glass Section"] == Placed("Lamp Agency", "reports_to", "reports_to")


def test_field_named_part_not_when_two_units_hold_the_field() -> None:
    """A field two units' names join leaves the unit named after it where it was."""
    text = dedent("""\
        Lamp Agency

        The Lamp Agency has several groups.

        The Wick and Glass Group is led by Jane Doe. The Glass and Oil Division stores oil. \
        The Glass team provides leadership on glass. The Wick team works with oil.
        """)
    found = offices(extract(text))
    assert found["Glass team"].parent == "Lamp Agency"
    assert found["Wick team"].parent == "Wick and Glass Group"


def test_field_named_part_not_a_unit_named_before_the_whole() -> None:
    """A unit the page names before the unit whose name joins its field is no part of it:
    "Glass team", then "Wick and Glass Group", leaves the team where it was."""
    text = dedent("""\
        Lamp Agency

        The Lamp Agency has several groups.

        The Glass team provides leadership on glass. The Wick and Glass Group is led by Jane \
        Doe. The Wick team works with oil.
        """)
    found = offices(extract(text))
    assert found["Glass team"].parent == "Lamp Agency"
    assert found["Wick team"].parent == "Wick and Glass Group"


def test_field_named_part_not_a_unit_placed_already_nor_one_above_the_whole() -> None:
    """Only a unit hanging from the page's top unit moves: one the page placed under another
    unit stays ("The Oil Division consists of the Glass Section ..."), and a unit whose
    part joins its field ("The Wick Section comprises the Wick and Glass Team") is not put
    under that part."""
    text = dedent("""\
        Lamp Agency

        The Lamp Agency has several groups.

        The Wick and Glass Group is led by Jane Doe. The Oil Division consists of the Glass \
        Section and the Soot Section. The Wick Section comprises the Wick and Lamp Team.
        """)
    found = offices(extract(text))
    assert found["Glass Section"].parent == "Oil Division"
    assert found["Wick and Lamp Team"].parent == "Wick Section"
    assert found["Wick Section"].parent == "Wick and Glass Group"


def test_field_named_part_not_two_list_items() -> None:
    """A unit listed in one list and the unit whose name joins its field listed in another
    stay where their lists put them."""
    text = dedent("""\
        Lamp Agency

        The Lamp Agency is grouped under two commands:

          • Oil Command
          • Wick & Glass Command

        The Lamp Agency has three staff divisions:

          • Glass Division
          • Soot Division
          • Ash Division
        """)
    found = offices(extract(text))
    assert found["Glass Division"].parent == "Lamp Agency"
    assert found["Wick & Glass Command"].parent == "Lamp Agency"


def test_field_named_part_not_under_a_part_of_its_own() -> None:
    """A unit is not put under its own part whose name joins its field ("The Wick Section
    comprises the Wick and Lamp Team", the team named first)."""
    text = dedent("""\
        Lamp Agency

        The Lamp Agency has several groups.

        The Wick and Lamp Team trims wicks. The Wick Section comprises the Wick and Lamp Team \
        and the Soot Team.
        """)
    found = offices(extract(text))
    assert found["Wick and Lamp Team"].parent == "Wick Section"
    assert found["Wick Section"].parent == "Lamp Agency"


def test_field_named_part_not_the_body_above_the_pages_unit() -> None:
    """On a page about one unit of a body, that body ("Wick and Glass Agency" above the page's
    "Glass Office") holds no unit of the page: a team named after its field stays in the
    page's unit."""
    text = dedent("""\
        Glass Office

        The Glass Office is an office of the Wick and Glass Agency.

        The Glass Team cleans glass. The Oil Unit fills lamps.
        """)
    found = offices(extract(text, agency="Wick and Glass Agency"))
    assert found["Glass Office"].parent == "Wick and Glass Agency"
    assert found["Glass Team"].parent == "Glass Office"


REFERRING_LEAD_IN = dedent("""\
    Lamp Ministry

    The Lamp Ministry keeps the realm's lamps.

    The Wick Directorate manages the wicks of the realm. It buys and trims them.

    The directorate consists of the following divisions:

      • Braiding
      • Trimming Services
      • Wick Supply
    """)


def test_referring_lead_in_parts_the_unit_noun_alone_refers_to_the_paragraph_before() -> None:
    """ "The directorate consists of the following divisions:" after a paragraph that opens
    with the Wick Directorate: the list's items are the directorate's parts."""
    found = offices(extract(REFERRING_LEAD_IN))
    assert found["Braiding"] == Placed(
        "Wick Directorate", "listed_after_lead_in", "referring_lead_in_parts"
    )
    assert found["Wick Supply"].parent == "Wick Directorate"
    assert found["Wick Directorate"].parent == "Lamp Ministry"
    off = offices(
        extract(REFERRING_LEAD_IN, off={"referring_lead_in_parts", "lead_in_refers_to_last_named"})
    )
    assert off["Braiding"] == Placed("Lamp Ministry", "listed_after_lead_in", "inside_section")
    assert off["Wick Supply"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_the_name_less_its_unit_noun() -> None:
    """ "Oil is made up of a number of sub-units:" after a paragraph about the Oil Division:
    the subject is the division's name without its unit noun."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Oil Division is that arm of the Ministry that buys oil.

        Oil is made up of a number of sub-units:

          • Oil Purchasing
          • Oil Storage
        """)
    found = offices(extract(text))
    assert found["Oil Purchasing"].parent == "Oil Division"
    assert found["Oil Storage"].parent_by == "referring_lead_in_parts"
    assert offices(extract(text, off={"referring_lead_in_parts"}))["Oil Storage"].parent == (
        "Lamp Ministry"
    )


def test_referring_lead_in_parts_in_the_paragraph_that_names_the_unit() -> None:
    """ "The Glass Office cuts panes. This office has the following branches:": the lead-in
    closes the paragraph that opens with the unit it refers to."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        The Glass Office cuts panes for the realm. This office has the following branches:

          • Pane Cutting
          • Pane Polishing
        """)
    found = offices(extract(text))
    assert found["Pane Cutting"].parent == "Glass Office"
    assert found["Pane Polishing"].parent == "Glass Office"


def test_referring_lead_in_parts_another_unit_noun_refers_to_nothing() -> None:
    """ "The office consists of ..." after a paragraph about a directorate: the subject is no
    name of that unit, so the items stay the page's."""
    text = REFERRING_LEAD_IN.replace("The directorate consists", "The office consists")
    assert offices(extract(text))["Braiding"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_a_unit_named_inside_the_paragraph_is_no_subject() -> None:
    """A paragraph about the page's ministry that names the Wick Directorate inside a
    sentence is not about the directorate: "The directorate" after it refers to nothing."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry works closely with the Wick Directorate on the wicks of the realm.

        The directorate consists of the following divisions:

          • Braiding
          • Trimming Services

        The Wick Directorate buys wicks for the realm.
        """)
    found = offices(extract(text))
    assert found["Wick Directorate"].parent == "Lamp Ministry"
    assert found["Braiding"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_not_after_a_list_item() -> None:
    """A list of directorates before the lead-in: "The directorate" may be any of them, not
    the one the last item opens with."""
    text = dedent("""\
        # Lamp Ministry

        The Lamp Ministry keeps the realm's lamps. Its directorates are:

        - The Wick Directorate, which trims the wicks of the realm and buys new ones
        - The Oil Directorate, which buys the oil of the realm and stores it

        The directorate consists of the following divisions:

        - Braiding
        - Trimming Services
        """)
    found = offices(extract(text, markdown=True))
    assert found["Oil Directorate"].parent == "Lamp Ministry"
    assert found["Braiding"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_keeps_an_item_a_lead_in_placed() -> None:
    """ "... the following divisions of the Lamp Ministry:": the lead-in names the items'
    parent itself, and they stay there."""
    text = REFERRING_LEAD_IN.replace("divisions:", "divisions of the Lamp Ministry:")
    found = offices(extract(text))
    assert found["Braiding"] == Placed(
        "Lamp Ministry", "lead_in_names_parent", "lead_in_names_parent"
    )


def test_referring_lead_in_parts_the_list_naming_the_unit_itself() -> None:
    """A list that names the directorate it belongs to among its items: the directorate is
    not made a part of itself."""
    text = dedent("""\
        # Lamp Ministry

        The Wick Directorate manages the wicks of the realm.

        The directorate consists of the following divisions:

        - Wick Directorate
        - Braiding
        - Trimming Services
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Directorate"].parent == "Lamp Ministry"
    assert found["Braiding"].parent == "Wick Directorate"


def test_referring_lead_in_parts_reads_label_lines_among_the_items() -> None:
    """Items written as "Name: what it does" lines after plain ones are the list's items
    too: each is a part of the directorate."""
    text = REFERRING_LEAD_IN.replace(
        "  • Wick Supply\n",
        "  • Wick Supply: buys the wicks of the realm from the guilds and keeps them dry.\n"
        "  • Wick Ledger: keeps the accounts of the wicks bought and sold in the realm.\n",
    )
    found = offices(extract(text))
    assert found["Braiding"].parent == "Wick Directorate"
    assert found["Wick Ledger"].parent == "Wick Directorate"
    assert offices(extract(text, off={"referring_lead_in_parts"}))["Wick Ledger"].parent == (
        "Lamp Ministry"
    )


def test_referring_lead_in_parts_leaves_the_section_unit_s_items_as_placed() -> None:
    """ "The office consists of ..." in the Glass Office's section refers to the section's
    own unit: its items stay where the section placed them, by the same rule."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Glass Office

        The Glass Office keeps the glass of the lamps.

        The office consists of the following divisions:

          • Pane Cutting
          • Pane Polishing

        Oil Office

        The Oil Office buys oil.
        """)
    found = offices(extract(text))
    assert found["Pane Cutting"] == Placed("Glass Office", "listed_after_lead_in", "inside_section")


def test_referring_lead_in_parts_a_shorter_name_is_no_name_less_its_noun() -> None:
    """ "Oil is made up of ..." after a paragraph about the Oil Supply Division: "Oil" is the
    division's name less more than its unit noun, so it refers to nothing."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Oil Supply Division is that arm of the Ministry that buys oil.

        Oil is made up of a number of sub-units:

          • Oil Purchasing
          • Oil Storage
        """)
    found = offices(extract(text))
    assert found["Oil Supply Division"].parent == "Lamp Ministry"
    assert found["Oil Purchasing"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_has_only_with_a_count_or_the_following() -> None:
    """ "The directorate has worked closely with the following offices:" says whom the
    directorate works with, not what it has: "has" reads parts only before a count or "the
    following", and a verb of another body before the colon reads none."""
    worked = REFERRING_LEAD_IN.replace(
        "The directorate consists of the following divisions:",
        "The directorate has worked closely with the following offices:",
    )
    assert offices(extract(worked))["Braiding"].parent == "Lamp Ministry"
    partners = REFERRING_LEAD_IN.replace(
        "The directorate consists of the following divisions:",
        "The directorate includes a wick store and works closely with the following offices:",
    )
    assert offices(extract(partners))["Braiding"].parent == "Lamp Ministry"
    counted = REFERRING_LEAD_IN.replace(
        "The directorate consists of the following divisions:",
        "The directorate has three divisions:",
    )
    assert offices(extract(counted))["Braiding"].parent == "Wick Directorate"


def test_referring_lead_in_parts_a_plural_name_is_no_subject() -> None:
    """ "Wick Offices across the realm buy wicks" opens with the plural of the Wick Office's
    name, not with the office: "The office consists of ..." after it refers to nothing."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps. The Wick Office buys wicks.

        Wick Offices across the realm buy wicks from the guilds.

        The office consists of the following divisions:

          • Braiding
          • Trimming Services
        """)
    found = offices(extract(text))
    assert found["Braiding"].parent == "Lamp Ministry"
    assert found["Wick Office"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_a_name_less_its_noun_that_is_a_unit_noun() -> None:
    """ "Cluster is made up of ..." after a paragraph about the Cluster Division: "Cluster",
    a unit noun itself, is the division's name less its unit noun."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Cluster Division is that arm of the Ministry that mends lamps.

        Cluster is made up of a number of sub-units:

          • Oil Purchasing
          • Oil Storage
        """)
    assert offices(extract(text))["Oil Storage"].parent == "Cluster Division"


def test_referring_lead_in_parts_the_page_s_top_unit_in_another_unit_s_section() -> None:
    """ "The office consists of ..." after a paragraph about the Lamp Office, the page's top
    unit, in the Glass Bureau's section: the items are the office's parts, not the bureau's."""
    text = dedent("""\
        Lamp Office

        The Lamp Office keeps the realm's lamps.

        Glass Bureau

        The Glass Bureau keeps the glass of the lamps.

        The Lamp Office also cuts panes for the realm.

        The office consists of the following divisions:

          • Pane Cutting
          • Pane Polishing

        Oil Bureau

        The Oil Bureau buys oil.
        """)
    found = offices(extract(text))
    assert found["Pane Cutting"] == Placed(
        "Lamp Office", "listed_after_lead_in", "referring_lead_in_parts"
    )
    off = offices(extract(text, off={"referring_lead_in_parts", "lead_in_refers_to_last_named"}))
    assert off["Pane Cutting"].parent == "Glass Bureau"


def test_referring_lead_in_parts_a_name_in_accented_letters() -> None:
    """ "Énergie is made up of a number of sub-units:" after a paragraph about the Énergie
    Division: a subject's letters may be any letters."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Énergie Division is that arm of the Ministry that buys oil.

        Énergie is made up of a number of sub-units:

          • Oil Purchasing
          • Oil Storage
        """)
    assert offices(extract(text))["Oil Storage"].parent == "Énergie Division"


WARDEN_OVER_DEPARTMENTS = dedent("""\
    # Lampton Town Departments

    ## Office of the Lamp Warden

    The Office of the Lamp Warden directs all town operations.

    ### Glass Department

    The Glass Department mends the town lamps.

    ### Oil Department

    The Oil Department buys oil for the lamps.

    ### Wick Unit

    The Wick Unit trims wicks.
    """)


def test_department_beside_heading_sets_departments_beside_the_office() -> None:
    """Departments whose headings the layout nests under the office of the town's head stand
    beside that office, under the top unit: an office holds no department."""
    found = offices(extract(WARDEN_OVER_DEPARTMENTS, markdown=True))
    root = "Lampton Town Departments"
    assert found["Glass Department"] == Placed(root, "section_heading", "department_beside_heading")
    assert found["Oil Department"].parent == root
    assert found["Office of the Lamp Warden"].parent == root


def test_department_beside_heading_keeps_a_unit_of_another_noun() -> None:
    """A unit worded with another noun ("Wick Unit") under the office stays its part."""
    found = offices(extract(WARDEN_OVER_DEPARTMENTS, markdown=True))
    assert found["Wick Unit"] == Placed(
        "Office of the Lamp Warden", "section_heading", "heading_nesting"
    )


def test_department_beside_heading_off_keeps_the_nesting() -> None:
    """Switched off, the departments stay where the layout nests them."""
    off = offices(
        extract(WARDEN_OVER_DEPARTMENTS, markdown=True, off={"department_beside_heading"})
    )
    assert off["Glass Department"] == Placed(
        "Office of the Lamp Warden", "section_heading", "heading_nesting"
    )
    assert off["Oil Department"].parent == "Office of the Lamp Warden"


def test_department_beside_heading_keeps_a_department_under_a_higher_body() -> None:
    """A body of another noun that ranks with a department or above ("Lamp Commission")
    may hold departments: they stay its parts."""
    page = WARDEN_OVER_DEPARTMENTS.replace("Office of the Lamp Warden", "Lamp Commission")
    found = offices(extract(page, markdown=True))
    assert found["Glass Department"].parent == "Lamp Commission"


def test_department_beside_heading_keeps_a_department_deeper_in_an_outline() -> None:
    """Below a unit that is not right below the top unit (an office inside a ministry), the
    outline's nesting is kept."""
    page = dedent("""\
        # Lampton Town Departments

        ## Lamp Ministry

        The Lamp Ministry keeps the lamps of the town.

        ### Office of the Lamp Warden

        The Office of the Lamp Warden directs the ministry's work.

        #### Glass Department

        The Glass Department mends the town lamps.

        #### Oil Department

        The Oil Department buys oil for the lamps.
        """)
    found = offices(extract(page, markdown=True))
    assert found["Glass Department"].parent == "Office of the Lamp Warden"


def test_department_beside_heading_keeps_a_department_a_list_places() -> None:
    """Departments a list under the office names are placed by that list, not by headings:
    the rule moves none of them."""
    page = dedent("""\
        # Lampton Town Departments

        ## Office of the Lamp Warden

        The Office of the Lamp Warden oversees the following:

        - Glass Department
        - Oil Department

        ## Wick Division

        The Wick Division trims wicks.
        """)
    found = offices(extract(page, markdown=True))
    assert found["Glass Department"].parent == "Office of the Lamp Warden"


DEPARTMENT_OVER_DEPARTMENT = dedent("""\
    # Lampton Town Departments

    ## Wick Department

    The Wick Department trims the wicks of the town.

    ### Glass Department

    The Glass Department mends the town lamps.

    ### Wick Trimming Sub-Department

    The sub-department trims the wicks.

    ## Oil Department

    The Oil Department buys oil for the lamps.
    """)


def test_department_beside_heading_a_department_under_a_department() -> None:
    """A department whose heading stands under another department's stands beside it: a
    department is not made of departments; off, the nesting stays."""
    found = offices(extract(DEPARTMENT_OVER_DEPARTMENT, markdown=True))
    root = "Lampton Town Departments"
    assert found["Glass Department"] == Placed(root, "section_heading", "department_beside_heading")
    off = offices(
        extract(DEPARTMENT_OVER_DEPARTMENT, markdown=True, off={"department_beside_heading"})
    )
    assert off["Glass Department"].parent == "Wick Department"


def test_department_beside_heading_keeps_a_sub_department() -> None:
    """A "Sub-Department" under a department's heading is worded as that department's part:
    it stays one."""
    found = offices(extract(DEPARTMENT_OVER_DEPARTMENT, markdown=True))
    assert found["Wick Trimming Sub-Department"].parent == "Wick Department"


def test_department_beside_heading_keeps_a_department_under_a_heading_naming_no_unit() -> None:
    """A heading that names no unit ("Wick and Glass") over departments groups them: they
    stay under it."""
    page = dedent("""\
        # Lampton Town Departments

        ## Wick and Glass

        Wick and glass matters of the town.

        ### Glass Department

        The Glass Department mends the town lamps.

        ### Wick Department

        The Wick Department trims the wicks.
        """)
    found = offices(extract(page, markdown=True))
    assert found["Glass Department"].parent == "Wick and Glass"


DEPARTMENT_LINES = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Department of Wick Braiding
    Department of Glass Polishing

    The department polishes lantern glass.
    """)


def test_department_beside_heading_a_department_line_set_under_another() -> None:
    """A department's line that the layout sets under another department's line stands
    beside it (without ``peer_worded_alike``, which reads such lines as peers too)."""
    found = offices(extract(DEPARTMENT_LINES, off={"peer_worded_alike"}))
    assert found["Department of Glass Polishing"].parent == "Bureau of Lantern Safety"
    off = offices(extract(DEPARTMENT_LINES, off={"peer_worded_alike", "department_beside_heading"}))
    assert off["Department of Glass Polishing"].parent == "Department of Wick Braiding"


OPENING_HOST = dedent("""\
    Lamp Department

    The Lamp Department has two divisions: the Wick Division and the Tallow Division.

    Within the Tallow Division, the Drum Unit and the Barrel Unit report to the chief
    keeper, while the Cask Unit (CU) and the Firkin Unit report to the cellar keeper.

    Under the direction of the Wick Division the Braid Unit plaits wicks.

    Under the supervision of the Office of the Lamp Warden the Snuff Unit dims lamps.

    The Office of the Lamp Warden keeps the keys.
    """)


def test_opening_phrase_host_places_the_subjects_of_its_clauses() -> None:
    """ "Within the Tallow Division, the Drum Unit and the Barrel Unit report ..., while the
    Cask Unit and the Firkin Unit report ...": the opening phrase sets the units that open
    each clause as its subject within the unit it names."""
    found = offices(extract(OPENING_HOST))
    for name in ("Drum Unit", "Barrel Unit", "Cask Unit", "Firkin Unit"):
        assert found[name] == Placed("Tallow Division", "prose_unit", "opening_phrase_host")
    off = offices(extract(OPENING_HOST, off={"opening_phrase_host"}))
    for name in ("Drum Unit", "Barrel Unit", "Cask Unit", "Firkin Unit"):
        assert off[name] == Placed("Lamp Department", "prose_unit", "default_root")


def test_opening_phrase_host_without_a_comma_ends_the_host_before_the_subject() -> None:
    """ "Under the direction of the Wick Division the Braid Unit ...": with no comma the
    host's name ends before the "the" that opens the subject, which it places; "the Office
    of the Lamp Warden" keeps its "the" after "of". Switched off, the two names run into one."""
    found = offices(extract(OPENING_HOST))
    assert found["Braid Unit"] == Placed("Wick Division", "prose_unit", "opening_phrase_host")
    assert found["Snuff Unit"] == Placed(
        "Office of the Lamp Warden", "prose_unit", "opening_phrase_host"
    )
    assert "Wick Division the Braid Unit" not in found
    off = offices(extract(OPENING_HOST, off={"opening_phrase_host"}))
    assert "Wick Division the Braid Unit" in off
    assert "Braid Unit" not in off


def test_opening_phrase_host_a_noun_in_ss_is_no_verb() -> None:
    """ "the Drum Unit boss keeps oil": a word in "-ss" ("-is", "-us") after one name is no
    verb in the present but a noun it modifies; the unit is no subject the phrase places."""
    text = dedent("""\
        Lamp Department

        The Lamp Department has the Tallow Division and the Drum Unit.

        Within the Tallow Division, the Drum Unit boss keeps oil.
        """)
    assert offices(extract(text))["Drum Unit"].parent == "Lamp Department"
    moved = text.replace("Drum Unit boss keeps", "Drum Unit keeps")
    assert offices(extract(moved))["Drum Unit"].parent == "Tallow Division"


SECTION_OPENING = dedent("""\
    Lamp Services

    Lamp Services is divided into 2 divisions:

      * Wick Care Division
      * Tallow Care Division

    Wick Care Division

    Under the Wick Care Division, the Trim Unit works as the gateway into the lamp system.
    Under the Wick Care Division, the Chief Trimmer sees to the trimming. Under the Wick
    Care Division, the Unit also sweeps.
    """)


def test_opening_phrase_host_makes_a_subject_named_in_full_a_unit() -> None:
    """The first paragraph of a unit's section names no part of it as its subject, but one
    an opening phrase sets under a unit ("Under the Wick Care Division, the Trim Unit ...")
    is a unit of its own, that unit's part; a post ("the Chief Trimmer") is made none, nor
    is a unit noun alone ("the Unit" refers back)."""
    found = offices(extract(SECTION_OPENING))
    assert found["Trim Unit"] == Placed(
        "Wick Care Division", "opening_phrase_host", "opening_phrase_host"
    )
    assert "Chief Trimmer" not in found
    assert "Unit" not in found
    off = offices(extract(SECTION_OPENING, off={"opening_phrase_host"}))
    assert "Trim Unit" not in off


def test_opening_phrase_host_makes_no_unit_of_a_unit_noun_alone_or_a_post() -> None:
    """Only a subject named in full, with no word of a post, is made a unit: "the Office"
    alone refers back to a unit named before, "the Chief of the Trim Unit" and "the
    Director of the Oil Office" name posts (the units they head stay where they stood)."""
    text = OPENING_HEAD + (
        "Within the Wick Division, the Office keeps the ash. Under the Wick Division, the "
        "Chief of the Braid Unit sees to the braids. Under the Wick Division, the Director of "
        "the Oil Office sees to the oil.\n"
    )
    found = offices(extract(text))
    for post in ("Office", "Chief of the Braid Unit", "Director of the Oil Office"):
        assert post not in found
    assert found["Braid Unit"].parent == "Lamp Bureau"
    assert found["Oil Office"].parent == "Lamp Bureau"


def test_opening_phrase_host_leaves_what_the_clause_names_after_its_verb() -> None:
    """ "Within the Wick Division, the Braid Unit works with the Glass Office": only the
    names that open the clause are its subject; the office it works with stays where it is,
    and so does a unit named in a possessive ("the Ember Unit's staff")."""
    text = dedent("""\
        Lamp Department

        The Lamp Department has the Wick Division, the Glass Office and the Ember Unit.

        Within the Wick Division, the Braid Unit works with the Glass Office.

        Within the Wick Division, the Ember Unit's staff keep the embers.
        """)
    found = offices(extract(text))
    assert found["Braid Unit"].parent == "Wick Division"
    assert found["Glass Office"].parent == "Lamp Department"
    assert found["Ember Unit"].parent == "Lamp Department"


def test_opening_phrase_host_names_that_modify_a_noun_are_no_subject() -> None:
    """ "Within the Wick Division, the Glass Division liaisons are ...", "..., the Soot
    Office offices keep ...": names before a noun they modify (a word before an auxiliary, a
    plural unit noun) are not the clause's subject; "the Trimming Office trims ..." is."""
    text = OPENING_HEAD + (
        "Within the Wick Division, the Trimming Office trims the wicks.\n\nWithin the Wick "
        "Division, the Glass Division liaisons are on call. Within the Wick Division, the Soot "
        "Office offices keep the ash.\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"] == Placed("Wick Division", "prose_unit", "opening_phrase_host")
    assert found["Glass Division"].parent == "Lamp Bureau"
    assert found["Soot Office"].parent == "Lamp Bureau"


def test_opening_phrase_host_one_name_before_a_verb_that_does_not_agree_is_no_subject() -> None:
    """ "Within the Wick Division, the Glass Division staff keep the ash": after one name,
    a word that is no verb agreeing with it ("staff", not "keeps", "is" or "trimmed") is a
    noun the name modifies; the Glass Division stays where it stood."""
    text = OPENING_HEAD + "Within the Wick Division, the Glass Division staff keep the ash.\n"
    assert offices(extract(text))["Glass Division"].parent == "Lamp Bureau"


def test_opening_phrase_host_one_name_then_also_an_adverb_or_a_relative() -> None:
    """The verb that agrees with one name may come after "also" or an adverb in -ly, an
    auxiliary among them ("the Trimming Office also has"), or after a relative clause about
    the name ("the Soot Office, which sweeps the flues, keeps ...")."""
    text = OPENING_HEAD + (
        "Within the Wick Division, the Trimming Office also has the shears. Within the Wick "
        "Division, the Soot Office, which sweeps the flues, keeps the ash. Within the Wick "
        "Division, the Glass Division currently trims the wicks.\n"
    )
    found = offices(extract(text))
    for name in ("Trimming Office", "Soot Office", "Glass Division"):
        assert found[name] == Placed("Wick Division", "prose_unit", "opening_phrase_host")


def test_opening_phrase_host_a_possessive_with_a_plain_apostrophe_is_no_subject() -> None:
    """ "the Oil Keepers' Soot Office" as "the Oil Keepers’ Soot Office": a name in the
    possessive, its apostrophe plain or curly, modifies the one after it; neither is the
    clause's subject."""
    for mark in ("'", "’"):
        text = OPENING_HEAD + (
            f"Within the Wick Division, the Oil Keepers{mark} Soot Office keeps the ash.\n"
        )
        assert offices(extract(text))["Soot Office"].parent == "Lamp Bureau"


@pytest.mark.xfail(
    strict=True,
    reason="a name before a plural noun that reads as a verb in -s ('the Glass Division"
    " liaisons keep the ash') is taken as the clause's subject: 'liaisons' agrees with one"
    " name as 'keeps' would, and nothing in the words tells a noun from a verb",
)
def test_opening_phrase_host_a_name_before_a_plural_noun_then_a_verb() -> None:
    text = OPENING_HEAD + "Within the Wick Division, the Glass Division liaisons keep the ash.\n"
    assert offices(extract(text))["Glass Division"].parent == "Lamp Bureau"


def test_opening_phrase_host_keeps_a_unit_a_sentence_placed() -> None:
    """A unit that a sentence places ("The Drum Unit reports to the Glass Division") stays
    there, and a unit above the host ("the Wick Division" holds the Snuff Office) is never
    set under it: the phrase moves only units placed by where they stand."""
    text = dedent("""\
        Lamp Department

        The Lamp Department keeps the lamps.

        The Drum Unit reports to the Glass Division.

        The Wick Division consists of the Snuff Office and the Trim Office.

        Within the Snuff Office, the Drum Unit and the Wick Division keep the stores.
        """)
    found = offices(extract(text))
    assert found["Drum Unit"] == Placed("Glass Division", "prose_unit", "reports_to")
    assert found["Snuff Office"].parent == "Wick Division"
    assert found["Wick Division"].parent == "Lamp Department"


def test_opening_phrase_host_needs_a_unit_for_its_host() -> None:
    """ "Under the Lamp Act, the Wick Office ...": a phrase that names no unit the page found
    places nothing."""
    text = dedent("""\
        Lamp Department

        The Lamp Department has the Wick Office and the Glass Office.

        Under the Lamp Act, the Wick Office keeps the wicks.
        """)
    found = offices(extract(text))
    assert found["Wick Office"].parent == "Lamp Department"
    assert "Lamp Act" not in found


def _phrases(text: str, off: frozenset[str] = frozenset()) -> list[str]:
    with disabled(off):
        return [phrase.text for phrase in name_phrases(text, 0, len(text))]


def test_opening_phrase_host_reads_names_only_inside_the_opening_phrase() -> None:
    """A bare "the" between capitalized words ends a name only inside a sentence's opening
    phrase of placement, up to its comma: after the comma ("... of Ivan the Great") and in a
    sentence that opens otherwise (a capitalized "Within" inside a name) names read as
    before."""
    assert _phrases("Under the Tallow Division the Can Unit keeps oil.") == [
        "Tallow Division",
        "Can Unit",
    ]
    # "the" after "of" is the name's own
    assert _phrases(
        "Under the supervision of the Office of the Lamp Warden the Snuff Unit dims."
    ) == [
        "Office of the Lamp Warden",
        "Snuff Unit",
    ]
    assert _phrases(
        "Under the Tallow Division the Can Unit keeps oil.", frozenset({"opening_phrase_host"})
    ) == ["Tallow Division the Can Unit"]
    assert _phrases(
        "Within the Wick Division, the Braid Unit keeps the lamps of Ivan the Great."
    ) == ["Wick Division, the Braid Unit", "Ivan the Great"]
    assert _phrases("The board funds the Lamps Within the Walls Fund the Town Board set up.") == [
        "Lamps Within the Walls Fund the Town Board"
    ]


def test_opening_phrase_host_without_a_comma_splits_once() -> None:
    """With no comma, the opening phrase ends at the one "the" that opens the subject; a
    bare "the" later in the sentence, or after a semicolon, is a name's own again ("the
    lamps of Ivan the Great", "the Catherine the Great Foundation")."""
    assert _phrases(
        "Under the Tallow Division the Can Unit keeps the lamps of Ivan the Great."
    ) == [
        "Tallow Division",
        "Can Unit",
        "Ivan the Great",
    ]
    assert _phrases(
        "Under the Tallow Division the Can Unit keeps oil; the Catherine the Great Foundation"
        " keeps glass."
    ) == ["Tallow Division", "Can Unit", "Catherine the Great Foundation"]


def test_opening_phrase_host_an_accented_capital_in_the_host() -> None:
    """ "Within the Éclairage Division, ...": a host's name may open with any capital."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau has the Éclairage Division and the Glass Division.

        Within the Éclairage Division, the Trim Unit keeps the wicks.
        """)
    found = offices(extract(text))
    assert found["Trim Unit"] == Placed("Éclairage Division", "prose_unit", "opening_phrase_host")
    off = offices(extract(text, off={"opening_phrase_host"}))
    assert off["Trim Unit"].parent == "Lamp Bureau"


def test_opening_phrase_host_after_also() -> None:
    """ "Also, within the Wick Division, ...", "Also Under the Wick Division the ...": after
    an "Also" that opens the sentence the preposition is read in any case, and neither word
    opens a name ("Within the Wick Division" is no unit)."""
    text = OPENING_HEAD + (
        "Also, within the Wick Division, the Trimming Office keeps the shears. Also, Within "
        "the Wick Division, the Soot Office keeps the ash. Also Under the Wick Division the "
        "Glass Division keeps the glass.\n"
    )
    found = offices(extract(text))
    for name in ("Trimming Office", "Soot Office", "Glass Division"):
        assert found[name] == Placed("Wick Division", "prose_unit", "opening_phrase_host")
    assert not [name for name in found if "Within" in name or "Under" in name]
    off = offices(extract(text, off={"opening_phrase_host"}))
    assert off["Trimming Office"].parent == "Lamp Bureau"


def test_opening_phrase_host_without_a_comma_needs_the_after_its_preposition() -> None:
    """ "Within Wick Division the Trim Unit ...": the reading of names splits the host from
    the subject only after "Within the"; without "the" the words are one name, and the rule
    makes no unit of a part of it (only the old, single name is published)."""
    text = OPENING_HEAD + "Within Wick Division the Trim Unit keeps the wicks.\n"
    found = offices(extract(text))
    assert "Trim Unit" not in found
    assert found == offices(extract(text, off={"opening_phrase_host"}))


def test_opening_phrase_host_a_later_clause_names_a_peer_of_the_host() -> None:
    """ "Within the Wick Division, the Trimming Office keeps the ash; the Glass Division keeps
    the glass" (", while the Glass Division ..." too): a later clause's subject worded with
    the host's unit noun is the host's peer, not its part; the first clause's is placed."""
    for joint in ("; the", ", while the", ", whereas the"):
        text = OPENING_HEAD + (
            f"Within the Wick Division, the Trimming Office keeps the ash{joint} Glass Division"
            " keeps the glass.\n"
        )
        found = offices(extract(text))
        assert found["Glass Division"].parent == "Lamp Bureau"
        assert found["Trimming Office"] == Placed(
            "Wick Division", "prose_unit", "opening_phrase_host"
        )


def test_opening_phrase_host_a_later_clause_within_the_office_of_a_post() -> None:
    """ "Within the Lamp Inspector's Office, the Trim Unit reports to the deputy, while the
    Glass Office reports to the inspector": the office of a post holds offices, so a
    later clause's office is its part, not its peer."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau has the Lamp Inspector's Office, the Trim Unit and the Glass Office.

        Within the Lamp Inspector's Office, the Trim Unit reports to the deputy,
        while the Glass Office reports to the inspector.
        """)
    found = offices(extract(text))
    for name in ("Trim Unit", "Glass Office"):
        assert found[name] == Placed("Lamp Inspector's Office", "prose_unit", "opening_phrase_host")


def test_opening_phrase_host_inside_and_underneath() -> None:
    """ "Inside the Wick Division, ...", "Underneath the Glass Division, ...": the other
    prepositions of the phrase; "Underneath" opens no name ("Underneath the Glass Division"
    is no unit)."""
    text = OPENING_HEAD + (
        "Inside the Wick Division, the Trimming Office keeps the shears. Underneath the Glass"
        " Division, the Soot Office keeps the ash.\n"
    )
    found = offices(extract(text))
    assert found["Trimming Office"] == Placed("Wick Division", "prose_unit", "opening_phrase_host")
    assert found["Soot Office"] == Placed("Glass Division", "prose_unit", "opening_phrase_host")
    assert not [name for name in found if "Inside" in name or "Underneath" in name]
    off = offices(extract(text, off={"opening_phrase_host"}))
    assert off["Trimming Office"].parent == off["Soot Office"].parent == "Lamp Bureau"


def test_opening_phrase_host_clauses_after_a_semicolon_and_whereas() -> None:
    """ "...; the Braid Unit ...", "..., whereas the Dip Unit or the Snip Unit ...": each
    clause after the first opens with its own subject, names joined by "or" too, all within
    the host."""
    text = dedent("""\
        Lamp Department

        The Lamp Department has the Wick Division and the Tallow Division.

        Within the Wick Division, the Trim Unit keeps the wicks; the Braid Unit keeps the
        braids, whereas the Dip Unit or the Snip Unit keep the ends.
        """)
    found = offices(extract(text))
    for name in ("Trim Unit", "Braid Unit", "Dip Unit", "Snip Unit"):
        assert found[name].parent == "Wick Division"
        assert found[name].parent_by == "opening_phrase_host"
    off = offices(extract(text, off={"opening_phrase_host"}))
    for name in ("Trim Unit", "Braid Unit", "Dip Unit", "Snip Unit"):
        assert off[name].parent == "Lamp Department"


@pytest.mark.xfail(
    strict=True,
    reason="an opening phrase over an existential clause ('there shall be a ...') is not read: "
    "its subject follows the verb, and the host is most often a post's office named only there",
)
def test_opening_phrase_host_existential_clause() -> None:
    text = dedent("""\
        Lamp Department

        The Lamp Department has the Wick Division and the Tallow Division.

        Within the Wick Division, there shall be a Braid Unit.
        """)
    found = offices(extract(text))
    assert found["Braid Unit"].parent == "Wick Division"


AGENCY_ENUMERATION = dedent("""\
    National Lamp Department (NLD)

    The National Lamp Department (NLD) keeps the lamps of the town lit.

    Wick Office

    The Wick Office trims the wicks. The NLD consists of the \
    following divisions: Oil Supply, Glass Repair, and Soot Control.

    Chimney Office

    The Chimney Office sweeps the chimneys. There are two sections functioning under the \
    National Lamp Department, namely; Ash Section and Flue Section.
    """)


def test_agency_enumeration_lists_the_agency_parts() -> None:
    found = offices(extract(AGENCY_ENUMERATION))
    assert found["Oil Supply"] == Placed(
        "National Lamp Department", "inline_colon_list", "agency_enumeration"
    )
    assert found["Soot Control"].parent == "National Lamp Department"
    # "... under the National Lamp Department, namely; ...": under the agency too
    assert found["Ash Section"] == Placed(
        "National Lamp Department", "enumerated_units", "agency_enumeration"
    )
    off = offices(extract(AGENCY_ENUMERATION, off={"agency_enumeration"}))
    assert off["Oil Supply"] == Placed("Wick Office", "inline_colon_list", "enumerated_units")
    assert off["Ash Section"].parent == "Chimney Office"


def _chimney_sections(sentence: str) -> dict[str, Placed]:
    return offices(
        extract(
            "National Lamp Department (NLD)\n\nThe National Lamp Department (NLD) keeps the "
            "lamps of the town lit.\n\nChimney Office\n\nThe Chimney Office sweeps the "
            f"chimneys. {sentence}\n"
        )
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a unit of the agency is the subject, the agency named in it or before it
        "The Chimney Office of the NLD has two sections: Ash Section and Flue Section.",
        "The NLD's Chimney Office consists of two sections: Ash Section and Flue Section.",
        # the agency opens a clause before another subject, not the list's names
        "Under the NLD, the Chimney Office has two sections: Ash Section and Flue Section.",
        "As a unit within the NLD – since 1900 – the Chimney Office has two sections: Ash "
        "Section and Flue Section.",
    ],
)
def test_agency_enumeration_not_a_unit_of_the_agency(sentence: str) -> None:
    found = _chimney_sections(sentence)
    assert found["Ash Section"] == Placed("Chimney Office", "enumerated_units", "enumerated_units")


@pytest.mark.parametrize(
    "sentence",
    [
        # an auxiliary: the verb that governs the list is another, its parts within a unit
        "The NLD has set up the following sections within the Chimney Office: Ash Section "
        "and Flue Section.",
        # another clause's verb: what the agency includes is a unit, the parts are that unit's
        "The NLD includes the Chimney Office, which consists of two sections: Ash Section "
        "and Flue Section.",
        # an object between the verb and the count
        "The NLD has given the office two sections: Ash Section and Flue Section.",
    ],
)
def test_agency_enumeration_not_a_verb_that_governs_no_count(sentence: str) -> None:
    # The agency's verb must stand right before the count or "the following".
    found = _chimney_sections(sentence)
    assert found["Ash Section"].parent == "Chimney Office"
    assert found["Ash Section"].parent_by == "enumerated_units"
    with disabled({"agency_enumeration"}):
        assert _chimney_sections(sentence)["Ash Section"] == found["Ash Section"]


AGENCY_ENUMERATION_WRAPPED = dedent("""\
    National Lamp Department (NLD)

    The National Lamp Department (NLD) keeps the lamps of the town lit.

    Wick Office

    The Wick Office trims the wicks of every lamp in the town and the villages. The National Lamp
    Department consists of the following divisions: Oil Supply, Glass Repair, and Soot Control.
    """)


def test_agency_enumeration_agency_name_parted_by_a_line_end() -> None:
    # A paragraph wrapped inside the agency's name: its words are parted by a line's end.
    found = offices(extract(AGENCY_ENUMERATION_WRAPPED))
    assert found["Oil Supply"] == Placed(
        "National Lamp Department", "enumerated_units", "agency_enumeration"
    )
    off = offices(extract(AGENCY_ENUMERATION_WRAPPED, off={"agency_enumeration"}))
    assert off["Oil Supply"] == Placed("Wick Office", "enumerated_units", "enumerated_units")


AGENCY_ENUMERATION_ACRONYM_AFTER = dedent("""\
    National Lamp Department (NLD)

    The National Lamp Department (NLD) keeps the lamps of the town lit.

    Wick Office

    The Wick Office trims the wicks. The National Lamp Department (NLD) consists of the \
    following divisions: Oil Supply, Glass Repair, and Soot Control.

    Chimney Office

    The Chimney Office sweeps the chimneys. There are two sections functioning under the \
    National Lamp Department (NLD), namely; Ash Section and Flue Section.
    """)


def test_agency_enumeration_acronym_after_the_agency_name() -> None:
    # "The National Lamp Department (NLD) consists of ...", "under the National Lamp
    # Department (NLD), namely": the acronym after the name, as subject and as host.
    found = offices(extract(AGENCY_ENUMERATION_ACRONYM_AFTER))
    assert found["Oil Supply"] == Placed(
        "National Lamp Department", "inline_colon_list", "agency_enumeration"
    )
    assert found["Ash Section"] == Placed(
        "National Lamp Department", "enumerated_units", "agency_enumeration"
    )
    off = offices(extract(AGENCY_ENUMERATION_ACRONYM_AFTER, off={"agency_enumeration"}))
    # off, the parts are kept, under the section's unit
    assert off["Oil Supply"] == Placed("Wick Office", "inline_colon_list", "enumerated_units")
    assert off["Ash Section"] == Placed("Chimney Office", "enumerated_units", "enumerated_units")


AGENCY_ENUMERATION_INCLUDES = """\
National Lamp Department (NLD)

The National Lamp Department (NLD) keeps the lamps of the town lit.

Wick Office

The Wick Office trims the wicks. The National Lamp Department {verb} three divisions: \
Oil Supply, Glass Repair, and Soot Control.
"""


@pytest.mark.parametrize("verb", ["includes", "contains", "is further divided into"])
def test_agency_enumeration_includes_three_divisions(verb: str) -> None:
    # "The National Lamp Department includes three divisions:": a verb right before the
    # count; the parts are the agency's, and with the rule off the section's unit's, not lost.
    page = AGENCY_ENUMERATION_INCLUDES.format(verb=verb)
    found = offices(extract(page))
    for name in ("Oil Supply", "Glass Repair", "Soot Control"):
        assert found[name] == Placed(
            "National Lamp Department", "enumerated_units", "agency_enumeration"
        )
    off = offices(extract(page, off={"agency_enumeration"}))
    for name in ("Oil Supply", "Glass Repair", "Soot Control"):
        assert off[name] == Placed("Wick Office", "enumerated_units", "enumerated_units")


def test_agency_enumeration_a_referring_word_is_no_agency_name() -> None:
    # A name of referring words alone ("It", "The"), no unit noun and nothing else, names no
    # agency: "It has three divisions:" is the section's own unit's sentence.
    assert not agency_enumeration("It has three divisions: ", ["It"])
    assert agency_enumeration("The Lamp Board has three divisions: ", ["Lamp Board"])


AGENCY_ENUMERATION_AGENCY_SECTION = dedent("""\
    National Lamp Department (NLD)

    The National Lamp Department (NLD) keeps the lamps of the town lit.

    Wick Office

    The Wick Office trims the wicks.

    National Lamp Department

    The NLD consists of the following divisions: Oil Supply, Glass Repair, and Soot Control.
    """)


def test_agency_enumeration_not_in_the_agency_own_section() -> None:
    # Under a heading that names the agency again, its parts are the section's own: the
    # sentence places nothing the section's reading does not.
    found = offices(extract(AGENCY_ENUMERATION_AGENCY_SECTION))
    assert found["Oil Supply"] == Placed(
        "National Lamp Department", "enumerated_units", "enumerated_units"
    )
    off = offices(extract(AGENCY_ENUMERATION_AGENCY_SECTION, off={"agency_enumeration"}))
    assert off["Oil Supply"] == found["Oil Supply"]


AGENCY_ENUMERATION_OWN_UNIT = dedent("""\
    National Lamp Department (NLD)

    The National Lamp Department (NLD) keeps the lamps of the town lit.

    Wick Office

    The Wick Office trims the wicks. The NLD consists of \
    three offices: Wick Office, Oil Office and Glass Office.
    """)


def test_agency_enumeration_lists_the_section_unit_among_the_parts() -> None:
    # The agency's list names the section's own unit: the others are its peers under the
    # agency, and the agency stays the root.
    found = offices(extract(AGENCY_ENUMERATION_OWN_UNIT))
    assert found["National Lamp Department"].parent is None
    assert found["Wick Office"].parent == "National Lamp Department"
    assert found["Oil Office"] == Placed(
        "National Lamp Department", "enumerated_units", "agency_enumeration"
    )


AGENCY_ENUMERATION_BARE_NOUN = dedent("""\
    Objective

    To keep the lamps of the town lit.

    Staff

    The Department is headed by the Chief Lamplighter.

    Wick Office

    The Wick Office trims the wicks. The Department consists of the \
    following sections: Oil Supply, Glass Repair, and Soot Control.
    """)


def test_agency_enumeration_not_an_agency_named_by_a_unit_noun_alone() -> None:
    # The page names its body "the Department" only: that may be the section's own unit.
    found = offices(extract(AGENCY_ENUMERATION_BARE_NOUN))
    assert found["Department"].parent is None
    assert found["Oil Supply"].parent == "Wick Office"


AGENCY_ENUMERATION_UNDEFINED_ACRONYM = dedent("""\
    National Lamp Department

    The National Lamp Department keeps the lamps of the town lit.

    Wick Office

    The Wick Office trims the wicks. The NLD consists of the \
    following divisions: Oil Supply, Glass Repair, and Soot Control.
    """)


@pytest.mark.xfail(
    strict=True,
    reason="the agency named by initials the page never defines ('The NLD consists of ...' "
    "with no 'National Lamp Department (NLD)' anywhere) is not read as the agency: only the "
    "agency's name and the acronyms the page defines for it are; matching an acronym to the "
    "agency's initials was not tried (one development page, in a list's lead-in)",
)
def test_agency_enumeration_agency_by_undefined_initials() -> None:
    found = offices(extract(AGENCY_ENUMERATION_UNDEFINED_ACRONYM))
    assert found["Oil Supply"].parent == "National Lamp Department"


# A page copied with some headings left out: two blank lines where a heading stood.
WIDE_GAP = """Lamp Services Department Structure


Wick Division

The Wick Division trims and replaces the wicks of every lamp the department keeps.


The Trim Unit cuts the wicks to one even length before they are fitted to the lamps.

Glass and Polish

This division cleans the glass of the lamps and mends any pane that is found broken.

The Soot Removal Centre is also under the glass division and scrapes the chimneys clean.


The Oil Division buys the lamp oil for the department and keeps it in the cellars.

Lamp Lighting Section

The Lamp Lighting Section lights the lamps at dusk and puts them out at dawn.


The Lamp Cleaning Section washes the lamps each morning once they are put out.
"""


def test_subject_after_wide_gap_stands_beside_a_unit_worded_with_no_unit_noun() -> None:
    found = offices(extract(WIDE_GAP))
    assert found["Oil Division"].parent == "Lamp Services Department"
    assert found["Oil Division"].parent_by == "subject_after_wide_gap"


def test_subject_after_wide_gap_switched_off_leaves_a_part() -> None:
    found = offices(extract(WIDE_GAP, off={"subject_after_wide_gap"}))
    assert found["Oil Division"].parent == "Glass and Polish"
    assert found["Oil Division"].parent_by == "paragraph_subject_part"


def test_subject_after_wide_gap_not_after_a_single_blank_line() -> None:
    found = offices(extract(WIDE_GAP))
    assert found["Soot Removal Centre"].parent == "Glass and Polish"
    assert found["Soot Removal Centre"].parent_by == "paragraph_subject_part"


def test_subject_after_wide_gap_another_noun_stays_a_part() -> None:
    """A "Wick Division" may hold the "Trim Unit" its text describes after a gap."""
    found = offices(extract(WIDE_GAP))
    assert found["Trim Unit"].parent == "Wick Division"
    assert found["Trim Unit"].parent_by == "paragraph_subject_part"


def test_subject_after_wide_gap_the_same_noun_beside_the_sections_unit() -> None:
    """A unit of the section unit's own noun after the gap is its peer, anywhere
    ``subject_peer_paragraph`` does not already place it so."""
    found = offices(extract(WIDE_GAP, off={"subject_peer_paragraph"}))
    assert found["Lamp Cleaning Section"].parent == "Lamp Services Department"
    assert found["Lamp Cleaning Section"].parent_by == "subject_after_wide_gap"
    both = {"subject_peer_paragraph", "subject_after_wide_gap"}
    off = offices(extract(WIDE_GAP, off=both))
    assert off["Lamp Cleaning Section"].parent == "Lamp Lighting Section"


# ``WIDE_GAP`` with more of the moved unit's text after it, one blank line apart.
WIDE_GAP_THEN_PARTS = WIDE_GAP.replace(
    "keeps it in the cellars.\n",
    "keeps it in the cellars.\n\n"
    "The Cellar Unit keeps the oil barrels locked and counts them every week.\n\n"
    "The division also runs a small depot. The Barrel Unit stores the empty barrels.\n",
)


def test_subject_after_wide_gap_the_paragraphs_after_are_the_moved_units_text() -> None:
    """The units the paragraphs after the moved one name are its parts, not the parts of
    the section's unit it was moved out of."""
    found = offices(extract(WIDE_GAP_THEN_PARTS))
    assert found["Oil Division"].parent == "Lamp Services Department"
    assert found["Cellar Unit"] == Placed(
        "Oil Division", "paragraph_subject_part", "paragraph_subject_part"
    )
    assert found["Barrel Unit"] == Placed(
        "Oil Division", "sentence_subject_part", "sentence_subject_part"
    )
    off = offices(extract(WIDE_GAP_THEN_PARTS, off={"subject_after_wide_gap"}))
    assert off["Cellar Unit"].parent == "Glass and Polish"
    assert off["Barrel Unit"].parent == "Glass and Polish"


WIDE_GAP_UNIT_LISTED = """Lamp Services Department

The department is made of these units:

- Oil Division
- Glass Office

Glass and Polish

This division cleans the glass of the lamps and mends any pane that is found broken.


The Oil Division buys the lamp oil for the department and keeps it in the cellars.

The Cellar Unit keeps the oil barrels locked and counts them every week.
"""


def test_subject_after_wide_gap_the_moved_unit_found_already_holds_its_texts_parts() -> None:
    """A moved unit the page listed already is that unit: the parts its text names go
    under the listed one."""
    found = offices(extract(WIDE_GAP_UNIT_LISTED))
    assert found["Oil Division"].found_by == "listed_after_lead_in"
    assert found["Cellar Unit"].parent == "Oil Division"
    off = offices(extract(WIDE_GAP_UNIT_LISTED, off={"subject_after_wide_gap"}))
    assert off["Cellar Unit"].parent == "Glass and Polish"


TEAM_THEN_PEERS = """Lamp Keeper's Office

The Lamp Keeper's Office carries out the orders of the Lamp Board for the whole town.

Lamp Keeping Team

  • Lamp Keeper Ada Wick
  • Assistant Lamp Keeper Ben Oil

Lamp Budgets is responsible for the yearly budget of every lamp service in the town.

The Wick Supply Office buys the wicks for every lamp in the town and stores them.

The Glass division mends the broken panes of the lamps and orders new glass.
"""


@pytest.mark.xfail(
    strict=True,
    reason="subject_after_wide_gap reads only a wide gap: after a team's list of its members, "
    "offices and divisions that open the next paragraphs (one blank line apart) are the "
    "page unit's, not the team's, and stay under the team",
)
def test_subject_after_wide_gap_misses_offices_after_a_teams_members() -> None:
    found = offices(extract(TEAM_THEN_PEERS))
    assert found["Wick Supply Office"].parent == "Lamp Keeper's Office"


LAST_NAMED_LEAD_IN = dedent("""\
    Lamp Ministry

    The Lamp Ministry keeps the realm's lamps.

    Lamps

    The Lamp Ministry sets three goals for every keeper in the realm.

    These are the goals of the Office of Lamp Care. To meet them the office trains keepers.

    The office directs the work of the following wick branches:

      • Wick Braiding
      • Wick Trimming
      • Wick Supply
    """)


def _last_named_lead_in(lead_in: str, before: str = "") -> str:
    """``LAST_NAMED_LEAD_IN`` with another lead-in, and ``before`` the "Lamps" heading."""
    text = LAST_NAMED_LEAD_IN.replace(
        "The office directs the work of the following wick branches:", lead_in
    )
    return text.replace("Lamps\n", before + "Lamps\n", 1)


def test_lead_in_refers_to_last_named_the_unit_of_its_noun_named_last_in_the_section() -> None:
    """ "The office directs the work of the following wick branches:" after "... the goals of
    the Office of Lamp Care.": the branches are that office's, not the section's ("Lamps")."""
    found = offices(extract(LAST_NAMED_LEAD_IN))
    assert found["Wick Braiding"] == Placed(
        "Office of Lamp Care", "listed_after_lead_in", "lead_in_refers_to_last_named"
    )
    assert found["Wick Supply"].parent == "Office of Lamp Care"
    off = offices(extract(LAST_NAMED_LEAD_IN, off={"lead_in_refers_to_last_named"}))
    assert off["Wick Braiding"] == Placed("Lamps", "listed_after_lead_in", "inside_section")
    assert off["Wick Supply"].parent == "Lamps"


def test_lead_in_refers_to_last_named_this_and_a_count_of_units() -> None:
    """ "This office is split into three units:": "This" and a count of units read so too."""
    text = _last_named_lead_in("This office is split into three units:")
    assert offices(extract(text))["Wick Trimming"].parent == "Office of Lamp Care"


def test_lead_in_refers_to_last_named_not_a_possessor() -> None:
    """ "The office's work covers the following wick branches:": the office owns the work,
    the sentence's subject; the items stay where they stand."""
    text = _last_named_lead_in("The office's work covers the following wick branches:")
    assert offices(extract(text))["Wick Braiding"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_a_lead_in_of_duties_or_services() -> None:
    """ "The office is responsible for:" and "The office offers the following services:" name
    no parts: the items (worded as units) stay where they stand."""
    for lead_in in ("The office is responsible for:", "The office offers the following services:"):
        text = _last_named_lead_in(lead_in).replace("Wick Supply", "Wick Supply Unit")
        text = text.replace("Wick Braiding", "Wick Braiding Unit")
        text = text.replace("Wick Trimming", "Wick Trimming Unit")
        assert offices(extract(text))["Wick Supply Unit"].parent == "Lamps", lead_in


def test_lead_in_refers_to_last_named_not_without_a_colon() -> None:
    """ "The office directs the work of the following wick branches." ends no lead-in: a
    sentence that says so of a list after it is read by others; nothing moves here."""
    text = _last_named_lead_in("The office directs the work of the following wick branches.")
    assert offices(extract(text))["Wick Supply"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_an_item_placed_by_another_rule() -> None:
    """An item nested under another item is that item's part (``list_nesting``): it stays."""
    text = LAST_NAMED_LEAD_IN.replace(
        "  • Wick Braiding\n", "  • Wick Braiding\n    • Wick Braiding Unit\n"
    )
    found = offices(extract(text))
    assert found["Wick Braiding"].parent == "Office of Lamp Care"
    assert found["Wick Braiding Unit"] == Placed(
        "Wick Braiding", "listed_after_lead_in", "list_nesting"
    )


def test_lead_in_refers_to_last_named_not_a_unit_named_before_the_section() -> None:
    """The only office named before the lead-in is named before the section's heading: "The
    office" there is the section's own, and the items stay under it."""
    text = LAST_NAMED_LEAD_IN.replace(
        "These are the goals of the Office of Lamp Care. To meet them the office trains keepers.",
        "To meet them the office trains keepers.",
    ).replace("Lamps\n", "The Office of Lamp Care trains keepers.\n\nLamps\n", 1)
    found = offices(extract(text))
    assert found["Office of Lamp Care"].parent == "Lamp Ministry"
    assert found["Wick Braiding"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_items_under_a_unit_of_its_noun() -> None:
    """Items that stand under the Glass Office's heading already stand under an office, the
    one "The office" may well mean, though the Office of Lamp Care is named last: they stay."""
    text = LAST_NAMED_LEAD_IN.replace("\nLamps\n", "\nGlass Office\n", 1).replace(
        "These are the goals of the Office of Lamp Care.",
        "The Office of Lamp Care sets these goals.",
    )
    found = offices(extract(text))
    assert "Office of Lamp Care" in found
    assert found["Wick Braiding"].parent == "Glass Office"
    assert found["Wick Supply"].parent == "Glass Office"


def test_lead_in_refers_to_last_named_not_the_top_unit_unnamed_in_the_section() -> None:
    """ "The program has three regional programs:" with no program named in the section's
    text: the items stay under the section's unit, though the page's top unit is a program
    (as "The bureau is made up of ..." under a heading that names a law leaves them)."""
    text = dedent("""\
        Lamp Program

        The Lamp Program keeps the realm's lamps lit.

        Lamps Across the Realm

        The program has three regional programs:

          • North Lamps
          • South Lamps
          • East Lamps
        """)
    found = offices(extract(text))
    assert found["North Lamps"] == Placed(
        "Lamps Across the Realm", "listed_after_lead_in", "inside_section"
    )


def test_lead_in_refers_to_last_named_not_a_unit_named_after_another() -> None:
    """ "... the goals the Lamp Ministry sets the Office of Lamp Care.": the sentence is about
    the ministry, which it names first; "The office" after it refers to nothing."""
    text = LAST_NAMED_LEAD_IN.replace(
        "These are the goals of the Office of Lamp Care.",
        "These are the goals the Lamp Ministry sets the Office of Lamp Care.",
    )
    found = offices(extract(text))
    assert "Office of Lamp Care" in found
    assert found["Wick Braiding"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_after_its_noun_in_the_plural() -> None:
    """ "The offices of the realm train keepers." in the section before the lead-in: "The
    office" may be any of them, not the one named last."""
    text = LAST_NAMED_LEAD_IN.replace(
        "To meet them the office trains keepers.", "The offices of the realm train keepers."
    )
    assert offices(extract(text))["Wick Braiding"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_a_subject_that_works_with_others() -> None:
    """ "The office works closely with the following wick branches:" and "The office has
    worked with ...": whom the office works with, not what it has; "has" reads parts only
    before a count or "the following"."""
    for lead_in in (
        "The office works closely with the following wick branches:",
        "The office has worked with the following wick branches:",
    ):
        text = _last_named_lead_in(lead_in)
        assert offices(extract(text))["Wick Braiding"].parent == "Lamps", lead_in
    counted = _last_named_lead_in("The office has three wick branches:")
    assert offices(extract(counted))["Wick Braiding"].parent == "Office of Lamp Care"


def test_lead_in_refers_to_last_named_not_a_unit_named_in_the_section_s_heading() -> None:
    """A heading worded as a sentence ("The Lamp Office Trims Wicks"), read as a unit, holds
    the list; the office it names is not named in the section's text: nothing moves."""
    text = dedent("""\
        Lamp Office

        The Lamp Office keeps the realm's lamps.

        ## The Lamp Office Trims Wicks

        The office directs the following wick branches:

        - Wick Braiding
        - Wick Trimming
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Braiding"] == Placed(
        "The Lamp Office Trims Wicks", "listed_after_lead_in", "inside_section"
    )


def test_lead_in_refers_to_last_named_a_list_of_one_kind_of_item() -> None:
    """ "Name: what it does" lines after the bullets are a list of another kind: the lead-in's
    list is its bullets, and the lines stay where they stand."""
    text = LAST_NAMED_LEAD_IN.replace(
        "  • Wick Supply\n",
        "  • Wick Supply: buys the wicks of the realm from the guilds and keeps them dry.\n"
        "  • Wick Ledger: keeps the accounts of the wicks bought and sold in the realm.\n",
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == "Office of Lamp Care"
    assert found["Wick Ledger"] == Placed("Lamps", "listed_after_lead_in", "inside_section")


def test_lead_in_refers_to_last_named_not_a_name_inside_a_longer_name() -> None:
    """ "... in the Old Glass Office Hall." names a hall, not the Glass Office: the office named
    last in the section is the Office of Lamp Care, whose parts the branches are."""
    text = _last_named_lead_in(
        "The office directs the work of the following wick branches:",
        before="The Glass Office of the ministry cuts panes.\n\n",
    ).replace(
        "These are the goals of the Office of Lamp Care. To meet them the office trains keepers.",
        "The Office of Lamp Care sets three goals. Keepers meet each spring in the Old Glass"
        " Office Hall.",
    )
    found = offices(extract(text))
    assert "Glass Office" in found
    assert found["Wick Braiding"].parent == "Office of Lamp Care"


def test_lead_in_refers_to_last_named_not_a_unit_noun_before_of() -> None:
    """ "The Office of Glass directs ...": a unit's name, not "The office" referring back to
    the Office of Lamp Care; its branches do not move there."""
    text = _last_named_lead_in(
        "The Office of Glass directs the work of the following wick branches:"
    ).replace(
        "These are the goals of the Office of Lamp Care. To meet them the office trains keepers.",
        "The Office of Lamp Care sets the goals.",
    )
    assert offices(extract(text))["Wick Braiding"].parent != "Office of Lamp Care"


GOALS_SENTENCE = "These are the goals of the Office of Lamp Care."


def test_lead_in_refers_to_last_named_a_verb_of_parts_or_of_direction() -> None:
    """The lead-in's verb says the office holds or directs the parts: "is made up of",
    "oversees", "provides leadership to", "is split into" read so."""
    for lead_in in (
        "The office is made up of the following wick branches:",
        "The office oversees the following wick branches:",
        "The office provides leadership to the following wick branches:",
        "The office is split into three units:",
    ):
        text = _last_named_lead_in(lead_in)
        assert offices(extract(text))["Wick Braiding"].parent == "Office of Lamp Care", lead_in


def test_lead_in_refers_to_last_named_not_another_verb() -> None:
    """ "The office transferred the following wick branches to the Glass Bureau:" says where
    the branches went, "The office once ran ..." what it was: not whose they are now; they
    stay where they stand."""
    for lead_in in (
        "The office transferred the following wick branches to the Glass Bureau:",
        "The office once ran the following wick branches:",
    ):
        text = _last_named_lead_in(lead_in)
        assert offices(extract(text))["Wick Braiding"].parent == "Lamps", lead_in


def test_lead_in_refers_to_last_named_not_a_lead_in_that_names_an_owner() -> None:
    """ "... the following wick branches of the ministry:" names their owner itself."""
    text = _last_named_lead_in("The office oversees the following wick branches of the ministry:")
    assert offices(extract(text))["Wick Braiding"].parent != "Office of Lamp Care"


def test_lead_in_refers_to_last_named_not_parts_unnamed_in_the_plural() -> None:
    """ "The office oversees the following services:" names no parts (no plural unit noun):
    the items, worded as units, stay where they stand."""
    text = _last_named_lead_in("The office oversees the following services:")
    for item in ("Wick Braiding", "Wick Trimming", "Wick Supply"):
        text = text.replace(item, item + " Unit")
    assert offices(extract(text))["Wick Braiding Unit"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_this_section() -> None:
    """ "This section lists ...": the page's section, not the Wick Section named before."""
    text = _last_named_lead_in("This section is split into the following wick branches:").replace(
        GOALS_SENTENCE + " To meet them the office trains keepers.",
        "The Wick Section trains keepers.",
    )
    found = offices(extract(text))
    assert "Wick Section" in found
    assert found["Wick Braiding"].parent != "Wick Section"


def test_lead_in_refers_to_last_named_not_a_unit_named_after_the_subject() -> None:
    """The office named last is not what its sentence is about ("Keepers also write to the
    Glass Office.", "Keepers write to the Office of Lamp Care."): nothing moves."""
    for goals in (
        GOALS_SENTENCE + " Keepers also write to the Glass Office.",
        "Keepers write to the Office of Lamp Care.",
    ):
        found = offices(extract(LAST_NAMED_LEAD_IN.replace(GOALS_SENTENCE, goals)))
        assert found["Wick Braiding"].parent == "Lamps", goals


def test_lead_in_refers_to_last_named_not_a_unit_of_another_body() -> None:
    """An office of another body ("the Glass Office of the Oil Ministry", "the Oil Ministry's
    Glass Office") is not the one "The office" means: nothing moves."""
    for goals in (
        GOALS_SENTENCE + " Keepers apply to the Glass Office of the Oil Ministry.",
        GOALS_SENTENCE + " The Oil Ministry's Glass Office cuts panes.",
        "These are the goals of the Glass Office of the Oil Ministry.",
        "These are the goals of the Oil Ministry's Glass Office.",
        "The Glass Office of the Oil Ministry sets the goals.",
        "The Oil Ministry's Glass Office sets the goals.",
    ):
        found = offices(extract(LAST_NAMED_LEAD_IN.replace(GOALS_SENTENCE, goals)))
        assert found["Wick Braiding"].parent == "Lamps", goals
    for goals in ("These are the goals of the Glass Office of the ministry.",):
        text = LAST_NAMED_LEAD_IN.replace(GOALS_SENTENCE, goals)
        text = text.replace("Lamps\n", "The Glass Office cuts panes.\n\nLamps\n", 1)
        found = offices(extract(text))
        assert "Glass Office" in found
        assert found["Wick Braiding"].parent == "Lamps", goals
