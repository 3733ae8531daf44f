"""The rules of ``pipeline/extract/offices/joined_names.py``, each on short synthetic text.

Two units named in full and joined by "and" in prose, a unit named through its head ("The
Director of the Office of Wicks"), a unit named before its place, and a unit's name that is two
names joined by "and" ("and the")."""

from __future__ import annotations

from textwrap import dedent

from pipeline.extract.offices.joined_names import _same_noun_twice
from tests.extract.helpers import Placed, extract, offices, page

JOINED_IN_SECTION = page(
    "Wick Directorate",
    "The Wick Directorate comprises the Braiding Division, Soot Services and Glass Division"
    " and Oil Supply Division.",
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_and_joined_units_in_a_units_own_section_after_a_field() -> None:
    found = offices(extract(JOINED_IN_SECTION))
    assert found["Oil Supply Division"] == Placed(
        "Wick Directorate", "enumerated_units", "enumerated_units"
    )
    assert found["Soot Services and Glass Division"].parent == "Wick Directorate"
    assert "Soot Services" not in found
    off = offices(extract(JOINED_IN_SECTION, off={"and_joined_units"}))
    assert off["Oil Supply Division"].found_by != "enumerated_units"


def test_qualifying_position_word_general_as_an_adjective() -> None:
    """ "General" before another word of a unit's name qualifies the unit: two units named
    in full and joined by "and" are two units."""
    text = page("Two of the Divisions deal with lamps viz. General Wick Division and Oil Division.")
    found = offices(extract(text))
    assert "General Wick Division" in found and "Oil Division" in found
    off = offices(extract(text, off={"qualifying_position_word"}))
    assert "General Wick Division" not in off


def test_qualifying_position_word_executive_teams() -> None:
    text = page(
        "The Executive Lamp Team and Senior Executive Glass Team meet weekly. "
        "The Office of Wicks keeps the accounts."
    )
    found = offices(extract(text))
    assert "Executive Lamp Team" in found and "Senior Executive Glass Team" in found
    off = offices(extract(text, off={"qualifying_position_word"}))
    assert "Executive Lamp Team" not in off


def test_qualifying_position_word_not_a_post_before_of() -> None:
    """A position's word before "of" or "to" heads a post: the name stays one."""
    text = page(
        "The Chief Wick Officer of the Bureau and Treasurer to the Lamp Board signs the lamp "
        "orders. The Office of Wicks keeps the accounts."
    )
    found = offices(extract(text))
    assert "Treasurer to the Lamp Board" not in found


def test_qualifying_position_word_not_a_post_before_at_nor_an_items_line() -> None:
    """Plural posts before "at" head a post ("The Directors at the Lamp Office and Wick
    Offices"); an item that is the name alone stays one unit, as before."""
    text = page(
        "The Directors at the Lamp Office and Wick Offices are assisted by clerks. The Office "
        "of Wicks keeps the accounts."
    )
    found = offices(extract(text))
    assert "Directors at the Lamp Office" not in found
    listed = dedent("""\
        Lamp Bureau

        ## Sections of the Bureau

          1. Wick Trimming Section
          2. Executive Lamp Office and Oil Support Group
          3. Glass Section
        """)
    found = offices(extract(listed, markdown=True))
    assert "Executive Lamp Office" not in found


def test_headed_office_a_sentence_about_the_head_of_an_office_names_the_office() -> None:
    """ "The Director of the Office of Wick Safety (OWS) performs ...": the office is the
    unit; where the office is named already, the head's sentence names it again."""
    text = dedent("""\
        § 5.2 Headquarters organization.

        The Director of the Office of Wick Safety (OWS) performs reviews of the wick stores. OWS also inspects the lamps.

        The Office of Glass Records keeps the records of lamp glass. The Director of the Office of Glass Records advises the Lamp Board on the records of glass.

        The Assistant Director of the Office of Glass Records is responsible for the archive of panes.
        """)
    found = offices(extract(text))
    assert "Office of Wick Safety" in found
    assert "Director of the Office of Glass Records" not in found
    assert "Assistant Director of the Office of Glass Records" in found
    off = offices(extract(text, off={"headed_office"}))
    assert "Office of Wick Safety" not in off


def test_headed_office_a_list_of_the_positions_that_head_units() -> None:
    """ "The Warden's direct reports are the Associate Commissioner of the Wick Division, the
    Director of the Glass Unit and ...": each position heads a unit, and the unit is named;
    "Director, Oil Branch" (a comma for "of") names the branch too."""
    text = dedent("""\
        Lamp Department

        The Lamp Department keeps the lamps lit. The Warden's direct reports are the Associate Commissioner of the Wick Division, the Director of the Glass Care Unit and the Director, Lamp Oil Branch.
        """)
    found = offices(extract(text))
    assert {"Wick Division", "Glass Care Unit", "Lamp Oil Branch"} <= found.keys()
    assert "Associate Commissioner of the Wick Division" not in found
    off = offices(extract(text, off={"headed_office"}))
    assert "Wick Division" not in off


_SERIES_ENDING_WITH_THE = page(
    "Lamp Care Department",
    "This is where the lamp services of the Bureau are based, with the Senior Manager "
    "overseeing the following units: Glass Section, Records, Wick Care and the Oil Supply Unit.",
    "Pane Care Department",
    "This department consists of the Glass Engineer overseeing the following units: "
    "Pane Works, Lens Care and Polishing, Frame Repair.",
)


def test_and_the_second_name_last_item_of_a_series() -> None:
    """ "... the following units: Glass Section, Records, Wick Care and the Oil Supply Unit":
    the last two items are two units, under the section's unit; a name with "and" and no
    "the" ("Lens Care and Polishing") stays one."""
    found = offices(extract(_SERIES_ENDING_WITH_THE))
    assert found["Wick Care"] == Placed(
        "Lamp Care Department", "inline_colon_list", "enumerated_units"
    )
    assert found["Oil Supply Unit"].parent == "Lamp Care Department"
    assert "Wick Care and the Oil Supply Unit" not in found
    assert "Lens Care and Polishing" in found
    off = offices(extract(_SERIES_ENDING_WITH_THE, off={"and_the_second_name"}))
    assert "Wick Care and the Oil Supply Unit" in off and "Oil Supply Unit" not in off


_COLUMN_OF_UNITS = page(
    "Office of Lamp Records\n\nThe Office of Lamp Records keeps the records.",
    """
    The staff of each area is as follows:

    Division/Unit TitleWhole-time Equivalent
    Wick Trimming Division12.5
    Glass Division and the Oil Liaison Unit7
    Lamp Office and the Glass Service4
    Frame Care Unit3
    """,
)


def test_and_the_second_name_two_units_in_a_row_of_a_column() -> None:
    """A row "Glass Division and the Oil Liaison Unit" names two units, each worded as one;
    a second part that ends in a noun for a field ("Lamp Office and the Glass Service")
    may be the first name's field and stays whole."""
    found = offices(extract(_COLUMN_OF_UNITS))
    assert found["Glass Division"].found_by == "unbarred_unit_column"
    assert found["Oil Liaison Unit"].found_by == "unbarred_unit_column"
    assert "Glass Division and the Oil Liaison Unit" not in found
    assert "Lamp Office and the Glass Service" in found
    off = offices(extract(_COLUMN_OF_UNITS, off={"and_the_second_name"}))
    assert "Glass Division and the Oil Liaison Unit" in off and "Oil Liaison Unit" not in off


_SECRETARIAT_OF_TWO_BODIES = page(
    "Offices of the Bureau",
    """
    - Office of the Lamp Warden
    - Secretariat of the Lamp Board and the Wick Council
    - Glass Polishing Unit
    """,
)


def test_and_the_second_name_a_second_body_served_after_of() -> None:
    """ "Secretariat of the Lamp Board and the Wick Council": the unit noun of the first part
    closes a phrase after "of", the body the secretariat serves; "and the Wick Council" is a
    second body it serves, no unit of the page (nor one under the secretariat). The name
    stays whole; a series' "Procurement and the Stores Section" is still two units."""
    found = offices(extract(_SECRETARIAT_OF_TWO_BODIES))
    assert "Secretariat of the Lamp Board and the Wick Council" in found
    assert "Wick Council" not in found and "Secretariat of the Lamp Board" not in found
    series = page(
        "The Wick Directorate has three sections: Wick Testing; Procurement and the Stores Section."
    )
    parted = offices(extract(series))
    assert "Procurement" in parted and "Stores Section" in parted


_SAME_NOUN_TWICE = page(
    "Lantern Wickery Directorate",
    """
    The directorate has the following parts:

    - Wick Stores Division and Glass Care Division
    - Frame and Pane Division
    - Office of Wick Services and Oil Services
    """,
)


def test_unit_noun_named_twice_a_list_item_of_two_divisions() -> None:
    """ "Wick Stores Division and Glass Care Division": the unit noun written twice opens a
    second name, two units under the item's parent; "Frame and Pane Division" writes it
    once (one division of two fields), and "Office of Wick Services and Oil Services" may
    be one office whose "of" runs over the "and": both stay whole."""
    found = offices(extract(_SAME_NOUN_TWICE))
    assert found["Wick Stores Division"].parent == "Lantern Wickery Directorate"
    assert found["Glass Care Division"].parent == "Lantern Wickery Directorate"
    assert "Wick Stores Division and Glass Care Division" not in found
    assert "Frame and Pane Division" in found
    assert "Office of Wick Services and Oil Services" in found
    off = offices(extract(_SAME_NOUN_TWICE, off={"unit_noun_named_twice"}))
    assert "Wick Stores Division and Glass Care Division" in off
    assert "Glass Care Division" not in off


def test_unit_noun_named_twice_before_of_in_prose() -> None:
    """ "the Bureau of Wicks and Bureau of Lamp Oil" in a sentence: the same unit noun
    before "of" in each part names two bureaus; two posts ("Director of Wicks and Director
    of Oil") are not parted."""
    text = page(
        "The department works through the Bureau of Wicks and Bureau of Lamp Oil, each led by"
        " a chief."
    )
    found = offices(extract(text))
    assert "Bureau of Wicks" in found and "Bureau of Lamp Oil" in found
    assert "Bureau of Wicks and Bureau of Lamp Oil" not in found
    off = offices(extract(text, off={"unit_noun_named_twice"}))
    assert "Bureau of Wicks and Bureau of Lamp Oil" in off
    assert _same_noun_twice("Director of Wicks and Director of Oil") is None
    assert _same_noun_twice("Wick and Oil Division") is None
    assert _same_noun_twice("Lamp Section & Glass Section") == ("Lamp Section", "Glass Section")
