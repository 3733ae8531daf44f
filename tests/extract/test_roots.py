"""Root strategies: which agency a page describes."""

from __future__ import annotations

import random
import re
from textwrap import dedent

import pytest

from pipeline.extract.page import NoStructureError
from pipeline.extract.root.common import AGENCY
from pipeline.extract.root.listing_titles import listed_departments_jurisdiction
from pipeline.text.sections import layout, menu_bar_line
from tests.extract.helpers import extract, offices, root

UNITS = (
    "\n\nOffice of Wick Standards\n\nThe office sets standards for wicks.\n\n"
    "Office of Glass Inspection\n\nThe office inspects lantern glass.\n"
)


def page(title: str, intro: str) -> str:
    return f"{title}\n\n{intro}{UNITS}"


def test_root_from_metadata_is_the_agency_the_source_names() -> None:
    text = page("Lantern Works", "The Lamp Guild keeps the lamps lit.")
    assert root(extract(text, agency="Lamp Guild")) == ("Lamp Guild", None, "root_from_metadata")
    assert root(extract(text)) == ("Lantern Works", None, "root_from_title")


def test_root_from_metadata_takes_the_acronym_the_page_defines() -> None:
    text = page("Lantern Works", "The Lamp Guild (LG) keeps the lamps lit.")
    assert root(extract(text, agency="Lamp Guild")) == ("Lamp Guild", "LG", "root_from_metadata")
    off = root(extract(text, agency="Lamp Guild", off={"root_from_metadata"}))
    assert off[2] != "root_from_metadata"


def test_root_from_metadata_reads_us_and_united_states_as_one_name() -> None:
    """ "U.S. Lamp Service" in the metadata is the page's "United States Lamp Service (USLS)":
    the root keeps the acronym the page defines (it was lost before)."""
    text = page("Lantern Works", "The United States Lamp Service (USLS) keeps the lamps lit.")
    found = root(extract(text, agency="U.S. Lamp Service"))
    assert found == ("United States Lamp Service", "USLS", "root_from_metadata")


@pytest.mark.xfail(
    strict=True,
    reason="with root_from_metadata off, a page no other strategy reads still takes the "
    "metadata's agency, labelled root_from_metadata (the last fallback is not switched)",
)
def test_root_from_metadata_switched_off_is_not_used() -> None:
    text = page("Lantern Works", "The Lamp Guild keeps the lamps lit.")
    off = root(extract(text, agency="Lamp Guild", off={"root_from_metadata"}))
    assert off == ("Lantern Works", None, "root_from_title")


TITLE_ACRONYM = page(
    "Offices Within BLS",
    "The Lamp Oil Service (LOS) works for the Bureau of Lantern Safety (BLS).",
)


def test_root_from_title_acronym_is_the_defined_acronym_in_the_title() -> None:
    assert root(extract(TITLE_ACRONYM)) == (
        "Bureau of Lantern Safety",
        "BLS",
        "root_from_title_acronym",
    )
    off = root(extract(TITLE_ACRONYM, off={"root_from_title_acronym"}))
    assert off[0] != "Bureau of Lantern Safety"


TITLE_AGENCY = page("About the Bureau of Lantern Safety", "The bureau keeps the lamps lit.")


def test_root_from_title_agency_is_the_agency_worded_name_in_the_title() -> None:
    assert root(extract(TITLE_AGENCY)) == (
        "Bureau of Lantern Safety",
        None,
        "root_from_title_agency",
    )
    off = root(extract(TITLE_AGENCY, off={"root_from_title_agency"}))
    assert off[2] != "root_from_title_agency"


def test_root_from_title_agency_in_a_longer_title() -> None:
    text = page("Organizational components of the Lantern Safety Commission", "Lamps are lit.")
    assert root(extract(text)) == ("Lantern Safety Commission", None, "root_from_title_agency")
    off = root(extract(text, off={"root_from_title_agency"}))
    assert off[0] != "Lantern Safety Commission"


TITLE_ACRONYM_USED = page(
    "BLS Organization Overview",
    "BLS keeps the lamps lit. BLS staff trim wicks. BLS inspectors check the glass.",
)


def test_root_from_title_acronym_used_is_an_undefined_acronym_the_page_uses() -> None:
    assert root(extract(TITLE_ACRONYM_USED)) == ("BLS", "BLS", "root_from_title_acronym_used")
    off = root(extract(TITLE_ACRONYM_USED, off={"root_from_title_acronym_used"}))
    assert off[2] != "root_from_title_acronym_used"


def test_root_from_title_acronym_used_not_a_number() -> None:
    """A year or a number in the title ("Lamp Works Act of 1980") is no acronym, however
    often the page repeats it: the agency phrase names the root."""
    text = (
        "Lamp Works Reorganization Plan of 1980\n\nUnder the plan of 1980, the Department of "
        "Lamps keeps the lamps lit. The plan of 1980 took effect in 1980, and in 1980 the "
        "offices moved.\n\nOffice of Wick Standards\n\nThe office sets standards for wicks."
        "\n\nOffice of Glass Inspection\n\nThe office inspects lantern glass.\n"
    )
    assert root(extract(text)) == ("Department of Lamps", None, "root_from_agency_phrase")


INTRO_SUBJECT = page(
    "Organization Chart",
    "Lantern Safety Works (LSW) consists of two offices. It answers to the Lamp Oil Service (LOS).",
)


def test_root_from_intro_subject_is_the_defined_subject_of_the_introduction() -> None:
    assert root(extract(INTRO_SUBJECT)) == (
        "Lantern Safety Works",
        "LSW",
        "root_from_intro_subject",
    )
    off = root(extract(INTRO_SUBJECT, off={"root_from_intro_subject"}))
    assert off == ("Lamp Oil Service", "LOS", "root_from_intro_agency")


INTRO_AGENCY = page(
    "Organization Chart",
    "Lamps are kept lit by the Lantern Safety Agency (LSA), which has two offices.",
)


def test_root_from_intro_agency_is_the_first_defined_agency_name() -> None:
    assert root(extract(INTRO_AGENCY)) == (
        "Lantern Safety Agency",
        "LSA",
        "root_from_intro_agency",
    )
    off = root(extract(INTRO_AGENCY, off={"root_from_intro_agency"}))
    assert off == ("Organization Chart", None, "root_from_title")


AGENCY_PHRASE = page(
    "Organization Chart",
    "Lamps are kept lit by our Department of Lantern Safety, which has two offices.",
)


def test_root_from_agency_phrase_is_the_first_department_of_phrase() -> None:
    assert root(extract(AGENCY_PHRASE)) == (
        "Department of Lantern Safety",
        None,
        "root_from_agency_phrase",
    )
    off = root(extract(AGENCY_PHRASE, off={"root_from_agency_phrase"}))
    assert off == ("Organization Chart", None, "root_from_title")


@pytest.mark.xfail(
    strict=True,
    reason="the agency phrase runs on past a possessive: 'Bureau of Lantern Safety’s Office of "
    "Wick Standards' is taken as the agency",
)
def test_root_from_agency_phrase_ends_at_a_possessive() -> None:
    text = page(
        "Office of Wick Standards",
        "The Bureau of Lantern Safety’s Office of Wick Standards sets standards for wicks.",
    )
    assert root(extract(text)) == ("Bureau of Lantern Safety", None, "root_from_agency_phrase")


ACRONYM_OWNER = page("Our Organization", "LSX's responsibilities are to keep the lamps lit.")


def test_root_from_acronym_owner_is_the_acronym_the_introduction_opens_with() -> None:
    assert root(extract(ACRONYM_OWNER)) == ("LSX", "LSX", "root_from_acronym_owner")
    off = root(extract(ACRONYM_OWNER, off={"root_from_acronym_owner"}))
    assert off == ("LSX", "LSX", "root_from_intro_subject_under_label")
    both = {"root_from_acronym_owner", "root_from_intro_subject_under_label"}
    assert root(extract(ACRONYM_OWNER, off=both)) == ("Our Organization", None, "root_from_title")


TITLE_ONLY = page("LANTERN WORKS", "Lamps are kept lit here.")


def test_root_from_title_names_the_root_after_the_title() -> None:
    assert root(extract(TITLE_ONLY)) == ("Lantern Works", None, "root_from_title")


@pytest.mark.xfail(
    strict=True, reason="root_from_title has no switch: switching it off changes nothing"
)
def test_root_from_title_switched_off_leaves_no_root() -> None:
    with pytest.raises(NoStructureError):
        extract(TITLE_ONLY, off={"root_from_title"})


NO_TITLE = (
    "Lantern Keepers Guild.\n\nOffice of Wick Standards\n\nThe office sets standards for wicks."
    "\n\nOffice of Glass Inspection\n\nThe office inspects lantern glass.\n"
)


def test_root_from_first_line_names_the_root_of_a_page_without_a_title() -> None:
    result = extract(NO_TITLE)
    assert root(result) == ("Lantern Keepers Guild", None, "root_from_first_line")
    assert result.offices[1].parent_id == result.offices[0].office_id


def test_root_from_first_line_a_statute_section_names_its_title() -> None:
    """ "§9-1 Department of lamps. (a) The department ...": the root is the section's title,
    not the first line's first words."""
    text = (
        "§9-1 Department of lamps. (a) The department of lamps shall be headed by a single "
        "executive to be known as the warden of lamps.\n\n(b) The lantern commission is placed"
        " within the department of lamps for administrative purposes.\n"
    )
    assert root(extract(text)) == ("Department of lamps", None, "root_from_first_line")


@pytest.mark.xfail(
    strict=True, reason="root_from_first_line has no switch: switching it off changes nothing"
)
def test_root_from_first_line_switched_off_leaves_no_root() -> None:
    with pytest.raises(NoStructureError):
        extract(NO_TITLE, off={"root_from_first_line"})


# A page's text that refers to its body by the noun alone, under a first line of no name.
REFERRING = "The Board keeps the lamps of the town lit. The staff of the Board trim the wicks."
NUMBERED = "4-210\n\n" + REFERRING + UNITS
FIRST_LINE_REFERENCE = {"root_first_line_referred_body"}


def test_root_first_line_referred_body_a_number_above_the_page() -> None:
    """A first line that is a document's number names no body: the body the text refers to
    by its noun alone ("the Board") names the root, the sentence that refers to it its
    evidence; switched off, the number is the root."""
    result = extract(NUMBERED)
    assert root(result) == ("Board", None, "root_first_line_referred_body")
    assert result.offices[0].evidence == "The Board keeps the lamps of the town lit."
    off = root(extract(NUMBERED, off=FIRST_LINE_REFERENCE))
    assert off == ("4-210", None, "root_from_first_line")


def test_root_first_line_referred_body_its_own_switch() -> None:
    """``root_from_referred_body`` switched off leaves this rule on: the body the text refers
    to still names the root under a number, or a table's header of topic words."""
    result = extract(NUMBERED, off={"root_from_referred_body"})
    assert root(result) == ("Board", None, "root_first_line_referred_body")
    text = (
        "Divisions | Duties |\nWick Trimming | Trim the wicks |\nOil Supply | Pour the oil for "
        "the Council |\nLamp Posts | Mend the posts of the Council |\n"
    )
    off = root(extract(text, off={"root_from_referred_body"}))
    assert off == ("Council", None, "root_first_line_referred_body")


def test_root_first_line_referred_body_a_notice_above_the_page() -> None:
    """A notice set as a label above the page ("Notice: The site closes ...") names no body:
    the body the text refers to is the root."""
    text = "Notice: The site closes at noon on Sunday for repairs.\n\n" + REFERRING + UNITS
    assert root(extract(text)) == ("Board", None, "root_first_line_referred_body")
    off = root(extract(text, off=FIRST_LINE_REFERENCE))
    assert off[2] == "root_from_first_line"
    assert off[0].startswith("Notice")


def test_root_first_line_referred_body_a_table_header_of_topic_words() -> None:
    """A table's header that names only what the page shows ("Divisions | Duties") is no
    name, though its words are capitalized: the body its rows refer to is the root."""
    text = (
        "Divisions | Duties |\nWick Trimming | Trim the wicks |\nGlass Care | Clean the glass |"
        "\nOil Supply | Pour the oil for the Council |\nLamp Posts | Mend the posts of the "
        "Council |\n"
    )
    assert root(extract(text)) == ("Council", None, "root_first_line_referred_body")
    off = root(extract(text, off=FIRST_LINE_REFERENCE))
    assert off == ("Divisions | Duties", None, "root_from_first_line")


def test_root_first_line_referred_body_a_first_line_of_prose() -> None:
    """A first line that is a sentence ("Each night the keepers of the Board light ...")
    names no body: the body it refers to is the root."""
    text = "Each night the keepers of the Board light the lamps of the old town.\n\n" + (
        REFERRING + UNITS
    )
    assert root(extract(text)) == ("Board", None, "root_first_line_referred_body")
    off = root(extract(text, off=FIRST_LINE_REFERENCE))
    assert off[2] == "root_from_first_line"
    assert off[0].startswith("Each night the keepers")


def test_root_first_line_referred_body_units_read_as_before() -> None:
    """The units a first sentence names hang from the root as they did under the line's
    words: only the root's name changes."""
    text = (
        "Lampshire's Wick Division provides support services for the three operational "
        "Divisions: Oil Supply, Glass Care, Lamp Posts.\n\nThe Trimming Section keeps the "
        "wick records of the Department. The Braiding Section braids wicks for the "
        "Department.\n"
    )
    on, off = extract(text), extract(text, off=FIRST_LINE_REFERENCE)
    assert root(on) == ("Department", None, "root_first_line_referred_body")
    top = root(off)[0]
    placed = {
        name: (found.parent.replace(top, "Department") if found.parent else None, found.found_by)
        for name, found in offices(off).items()
        if name != top
    }
    assert {name: (p.parent, p.found_by) for name, p in offices(on).items()} == {
        "Department": (None, "root_first_line_referred_body"),
        **placed,
    }
    assert offices(on)["Glass Care"].parent == "Department"


def test_root_first_line_referred_body_not_a_first_line_naming_a_body() -> None:
    """A first line that is a name ("Lantern Keepers Guild.") keeps its reading, though the
    text refers to "the Board"."""
    text = "Lantern Keepers Guild.\n\n" + REFERRING + UNITS
    assert root(extract(text)) == ("Lantern Keepers Guild", None, "root_from_first_line")


def test_root_first_line_referred_body_not_a_sections_title() -> None:
    """ "§9-1 Department of lamps. ...": a section's number and title keep their reading,
    though the text refers to "the Board"."""
    text = (
        "§9-1 Department of lamps. (a) The department of lamps shall keep the lamps lit. The "
        "Board shall set the price of oil, and the Board shall meet each month.\n\n(b) The "
        "lantern commission is placed within the department of lamps.\n"
    )
    assert root(extract(text)) == ("Department of lamps", None, "root_from_first_line")


def test_root_first_line_referred_body_not_a_noun_opening_a_longer_name() -> None:
    """ "the County Lamp Court": a noun a capitalized word follows opens a longer name, no
    reference to the page's body; the first line is kept."""
    text = "4-210\n\nThe County Lamp Court hears disputes over wicks." + UNITS
    assert root(extract(text)) == ("4-210", None, "root_from_first_line")


def test_root_first_line_referred_body_counts_only_references() -> None:
    """ "The County Lamp Court hears ..." first, then "the lamps of the Board" twice: the
    longer name is no mention of a body and is not counted, the Board the text refers to
    is the root; "the Board office" is no mention either."""
    text = (
        "4-210\n\nThe County Lamp Court hears disputes over wicks. The Board office keeps"
        " the records. Keepers light the lamps of the Board. Keepers trim the wicks of the"
        " Board." + UNITS
    )
    result = extract(text)
    assert root(result) == ("Board", None, "root_first_line_referred_body")
    assert result.offices[0].evidence == "Keepers light the lamps of the Board."


def test_root_first_line_referred_body_not_the_noun_of_the_pages_parts() -> None:
    """ "The Division" on a page of the Wick, Oil and Glass Divisions is one of them, not the
    page's body: the first line is kept; a page naming two such parts only refers to its
    body so."""
    parts = (
        "\n\nWick Division\n\nThe division trims wicks.\n\nOil Division\n\nThe division pours oil."
    )
    text = "4-210\n\nThe Division keeps the lamps." + parts
    three = text + "\n\nGlass Division\n\nThe division cleans glass."
    assert root(extract(three)) == ("4-210", None, "root_from_first_line")
    assert root(extract(text)) == ("Division", None, "root_first_line_referred_body")


def test_root_first_line_referred_body_counts_each_part_s_name_once() -> None:
    """A name the noun closes, given three times ("the Wick Board" of no unit found), is one
    name: "the Board" is not the noun of three of the page's parts, and names the root."""
    text = NUMBERED.replace(
        UNITS,
        " The Wick Board sets the price of oil. The Wick Board meets in spring, and the Wick "
        "Board hires the keepers." + UNITS,
    )
    assert "Wick Board" not in offices(extract(text))
    assert root(extract(text)) == ("Board", None, "root_first_line_referred_body")


OWN_SECTION = (
    "Please choose a division below:\n\nWick Division\n\nThe Division keeps the wicks of "
    "the town trimmed.\n\nOil Office\n\nThe office pours the oil for the lamps.\n"
)


def test_root_first_line_referred_body_not_a_unit_speaking_of_itself() -> None:
    """ "The Division keeps ..." in the Wick Division's own section refers to that unit, by
    its head noun: the first line is kept, and the Wick Division hangs from it, not from a
    root named "Division"."""
    result = extract(OWN_SECTION)
    assert root(result) == ("Please choose a division below", None, "root_from_first_line")
    assert offices(result)["Wick Division"].parent == "Please choose a division below"
    # In a section under the unit's own, it still refers to that unit.
    nested = dedent("""\
        Please choose a division below:

        ## Wick Division

        The division braids and trims.

        ### Trimming Section

        The Division keeps the wicks of the town trimmed.

        ## Oil Office

        The office pours the oil for the lamps.
        """)
    result = extract(nested, markdown=True)
    assert root(result) == ("Please choose a division below", None, "root_from_first_line")
    assert offices(result)["Trimming Section"].parent == "Wick Division"


def test_root_first_line_referred_body_not_a_unit_of_the_page() -> None:
    """ "the Board" on a page with a unit "Board" (a heading over its paragraph) is that
    unit, not the page's body: the first line is kept."""
    text = NUMBERED.replace(
        UNITS, "\n\nBoard\n\nThe board meets each month to set the price of oil." + UNITS
    )
    assert "Board" in offices(extract(text))
    assert root(extract(text)) == ("4-210", None, "root_from_first_line")


@pytest.mark.xfail(
    strict=True,
    reason="the noun the page refers to most often is taken, though its first sentence of prose "
    "opens with another ('The Department keeps the records of the Ministry ...'): the body "
    "above the page's own is read as the root (referred_body reads only the introduction's "
    "first sentence, here the first line)",
)
def test_root_first_line_referred_body_the_subject_of_the_first_prose() -> None:
    text = (
        "4-210\n\nThe Department keeps the staff records of the Ministry. The Ministry pays the "
        "staff, and the Ministry sets the rules." + UNITS
    )
    assert root(extract(text)) == ("Department", None, "root_first_line_referred_body")


def test_root_from_title_agency_a_title_in_capitals() -> None:
    text = dedent("""\
        BUREAU OF LANTERN SAFETY AND WICKS

        Order Number: 12-4

        SECTION 1.  OFFICE OF WICK STANDARDS.

        The office sets standards for wicks for the BUREAU, AND for AND its partners.
        The AND committee meets. The AND fund pays. The AND desk answers.
        """)
    assert root(extract(text)) == (
        "Bureau of Lantern Safety and Wicks",
        None,
        "root_from_title_agency",
    )
    _name, _, found_by = root(extract(text, off={"root_from_title_agency"}))
    assert found_by != "root_from_title_agency"


def test_root_from_title_agency_an_office_named_in_the_title() -> None:
    text = dedent("""\
        Office of Wick Standards

        The office sets the wick standards of the Bureau of Lantern Safety.

        Braiding Division

        The division braids wicks.
        """)
    # The office of the bureau is a unit under it (``unit_of_agency``): without that rule,
    # the title's office is the root.
    alone = {"unit_of_agency"}
    found = root(extract(text, off=alone))
    assert found == ("Office of Wick Standards", None, "root_from_title_agency")
    assert root(extract(text, off=alone | {"root_from_title_agency"}))[2] != (
        "root_from_title_agency"
    )
    assert offices(extract(text))["Office of Wick Standards"].parent == "Bureau of Lantern Safety"


SENTENCE_FIRST = (
    "Appointed by the Warden, the Chief Lamp Officer oversees the lamps of the town. The "
    "officer reports to the Warden.\n\n"
    "Office of Wick Standards\n\nThe office sets standards for wicks.\n\n"
    "Office of Glass Inspection\n\nThe office inspects lantern glass.\n"
)


def test_root_from_first_sentence_subject_a_page_that_opens_with_a_sentence() -> None:
    """A first line that is a sentence names the root by its subject, past an opening clause
    and its comma; switched off, the first line's words are the root."""
    assert root(extract(SENTENCE_FIRST)) == (
        "Chief Lamp Officer",
        None,
        "root_from_first_sentence_subject",
    )
    plain = "The Wick Administrator is appointed by the Lamp Board each year.\n\n" + UNITS.strip()
    assert root(extract(plain))[0] == "Wick Administrator"
    off = root(extract(SENTENCE_FIRST, off={"root_from_first_sentence_subject"}))
    assert off[2] == "root_from_first_line"
    assert off[0].startswith("Appointed by the Warden")


def test_root_from_first_sentence_subject_not_a_name_worded_as_a_unit() -> None:
    """A sentence whose subject is no unit, agency or position ("Lamp Night is held ...")
    leaves the first line's words as the root."""
    text = "Lamp Night is held every winter in the old square.\n\n" + UNITS.strip()
    assert root(extract(text))[2] == "root_from_first_line"


def test_agency_series_name_a_ministry_named_for_a_series_of_portfolios() -> None:
    """ "Ministry of Lamps, Wicks and Lamp Oil": the agency's name runs past its first comma
    to the end of the series; a series of bodies named by acronyms is not one name."""
    intro = "The Ministry of Lamps, Wicks and Lamp Oil keeps the lamps lit across the realm."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Ministry of Lamps, Wicks and Lamp Oil"
    assert root(extract(text, off={"agency_series_name"}))[0] == "Ministry of Lamps"
    bodies = intro.replace("Wicks and Lamp Oil", "LQ Wicks and LQ Oil")
    assert root(extract(page("Lantern Works", bodies).replace("Lantern Works\n\n", "", 1)))[0] == (
        "Ministry of Lamps"
    )


def test_agency_series_name_not_a_series_of_other_bodies() -> None:
    """ "The Department of Lamps, Wick Supply Board and Glass Council meet ...": items
    worded as bodies (a unit or agency noun) are other bodies, not the department's
    portfolios."""
    intro = (
        "The Department of Lamps, Wick Supply Board and Glass Council meet each month to "
        "plan the lighting of the realm."
    )
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Lamps"


def test_agency_series_name_a_bare_body_noun_is_a_portfolio() -> None:
    """ "Department of Lamps, Administration and Wicks": a one-word item is a portfolio even
    when the word can close a body's name ("Administration"); the name runs to the end."""
    intro = "The Department of Lamps, Administration and Wicks keeps the lamps of the realm lit."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Lamps, Administration and Wicks"
    assert root(extract(text, off={"agency_series_name"}))[0] == "Department of Lamps"


def test_second_title_line_a_section_the_body_over_its_first_part() -> None:
    """ "Lantern Bureau" over "Wick Division" over text: the second line is the bureau's
    first section, not a second line of the title (the root is the bureau)."""
    text = dedent("""\
        Lantern Bureau

        Wick Division

        The Wick Division trims the wicks of the town's lamps.

        Glass Division

        The Glass Division cleans the lamps' glass.
        """)
    result = extract(text)
    assert root(result)[0] == "Lantern Bureau"
    found = offices(result)
    assert found["Wick Division"].parent == "Lantern Bureau"
    off = extract(text, off={"second_title_line_a_section"})
    assert root(off)[0] == "Wick Division"


def test_second_title_line_a_section_not_the_pages_own_unit_over_its_parts() -> None:
    """ "Department of Lamps" over "Office of Wick Counsel" over text that opens with the
    office's name, then only its units ("Rulings Unit", "Litigation Unit"): the first line
    names the office's agency; the office is the page's root and holds the units."""
    text = dedent("""\
        Department of Lamps

        Office of Wick Counsel

        The Office of Wick Counsel gives legal advice on wicks to the lamp wardens.

        Rulings Unit

        The Rulings Unit writes the office's opinions on wick rules.

        Litigation Unit

        The Litigation Unit speaks for the office before the lamp courts.
        """)
    result = extract(text)
    assert root(result)[0] == "Office of Wick Counsel"
    found = offices(result)
    assert found["Rulings Unit"].parent == "Office of Wick Counsel"
    assert found["Litigation Unit"].parent == "Office of Wick Counsel"


def test_root_from_intro_subject_under_label_a_body_before_a_verb_of_function() -> None:
    """A page titled "Who We Are" whose introduction opens with a body's name before a verb
    of function in the present ("The Wick Keeper's Office provides ..."), or after a quoted
    mission, is about that body; a person before such a verb ("Bram Tolley serves ...")
    names none; switched off, the label names the root."""
    text = page("Who We Are", "The Wick Keeper's Office provides wicks to all lamps of the town.")
    assert root(extract(text))[:1] == ("Wick Keeper's Office",)
    quoted = page(
        "Our Mission",
        "“Our mission is to keep the lamps lit.”\n\n"
        "The Office of the Master Lamp Officer (MLO) administers the lamps of the town.",
    )
    assert root(extract(quoted))[:2] == ("Office of the Master Lamp Officer", "MLO")
    person = page("Who We Are", "Bram Tolley serves the town as its lamp keeper.")
    assert root(extract(person))[0] != "Bram Tolley"
    off = root(extract(text, off={"root_from_intro_subject_under_label"}))
    assert off[0] == "Who We Are"


def test_root_from_intro_subject_under_label_a_page_titled_about_us() -> None:
    """A page titled "About Us" is about the name its introduction opens with, possessive
    or not, before "is"; a bare noun ("The Guild is ...") names no agency."""
    text = page("About Us", "Lampshire Lamp Works is one of the oldest bodies of the town.")
    assert root(extract(text)) == (
        "Lampshire Lamp Works",
        None,
        "root_from_intro_subject_under_label",
    )
    owned = page("About Us", "Lampshire Lamp Works' work is done by its offices.")
    assert root(extract(owned))[0] == "Lampshire Lamp Works"
    bare = page("About Us", "The Guild is one of the oldest bodies of the town.")
    assert root(extract(bare))[2] != "root_from_intro_subject_under_label"
    off = root(extract(text, off={"root_from_intro_subject_under_label"}))
    assert off[2] == "root_from_title"


def test_root_from_referred_body_a_page_titled_organization() -> None:
    """A page titled "Organization" that refers to its body only as "the Board" is about the
    Board, not about the label; "the Board of Wicks" opens a longer name, not a reference."""
    text = page(
        "Organization",
        "(a) The Board consists of seven keepers. The staff of the Board assist the Council.",
    )
    assert root(extract(text)) == ("Board", None, "root_from_referred_body")
    off = root(extract(text, off={"root_from_referred_body"}))
    assert off == ("Organization", None, "root_from_title")
    longer = page("Organization", "(a) The Board of Wicks meets. The Council sets its rules.")
    assert root(extract(longer))[0] == "Council"


def test_root_from_referred_body_ahead_of_a_later_agency_phrase() -> None:
    """ "The Commission is independent from the Department of Lamps": the first sentence's
    reference names the body, not the agency phrase after it; the first sentence's
    reference comes before a noun the page repeats more often."""
    text = page(
        "Organization",
        "(a) The Commission is independent from the Department of Lamps. The Commission meets.",
    )
    assert root(extract(text)) == ("Commission", None, "root_from_referred_body")
    off = root(extract(text, off={"root_from_referred_body"}))
    assert off == ("Department of Lamps", None, "root_from_agency_phrase")
    opening = page(
        "Organization",
        "(a) There are three functions in the Office. The Council names the Office heads; "
        "the Council meets and the Council sits.",
    )
    assert root(extract(opening))[0] == "Office"


def test_root_from_referred_body_under_a_title_of_topic_words() -> None:
    """A title whose words all name what the page shows ("Departments", "Pattern of
    organization") names no body: the body the page refers to is the root."""
    for title in ("Departments", "Pattern of organization", "Leadership and Members"):
        text = page(title, "The Council keeps lamps lit. The Council has two offices.")
        assert root(extract(text)) == ("Council", None, "root_from_referred_body"), title
    named = page("Lamp Departments", "The Council keeps lamps lit.")
    assert root(extract(named))[0] == "Lamp Departments"


def test_root_from_referred_subject_under_a_title_naming_no_body() -> None:
    """ "The Library is governed by ..." under "Lamp Keeping": the body the introduction's
    first sentence opens with by its noun alone is the root, not the title's words."""
    intro = "The Library is governed by a board of keepers. The Library lends lamps."
    for title in ("Lamp Keeping", "Keeping the Lamps Lit"):
        text = page(title, intro)
        assert root(extract(text)) == ("Library", None, "root_from_referred_subject"), title
        off = root(extract(text, off={"root_from_referred_subject"}))
        assert off == (title, None, "root_from_title"), title


def test_root_from_referred_subject_not_under_a_title_naming_the_body_in_full() -> None:
    """ "Lampton Public Library" over "The Library is governed ...": the title names the body
    in full and keeps its reading; a title that is the noun alone ("The Library") does not."""
    for title, noun in (
        ("Lampton Public Library", "Library"),
        ("Lampton Wick Council", "Council"),
        ("Wick Valley Library District", "District"),
        ("Wick Valley Library District", "Library"),
    ):
        intro = f"The {noun} is governed by a board of keepers. The {noun} lends lamps."
        assert root(extract(page(title, intro))) == (title, None, "root_from_title"), title
    intro = "The Library is governed by a board of keepers. The Library lends lamps."
    found = root(extract(page("The Library", intro)))
    assert found == ("Library", None, "root_from_referred_subject")


@pytest.mark.parametrize(
    ("title", "noun"), [("Library Hours", "Library"), ("Council Meetings", "Council")]
)
def test_root_from_referred_subject_under_a_title_where_the_noun_modifies_a_word(
    title: str, noun: str
) -> None:
    """ "Library Hours" over "The Library is governed ...": the title holds the noun, but as
    a word that modifies another; it names no body in full, and the subject is the root."""
    intro = f"The {noun} is governed by a board of keepers. The {noun} lends lamps."
    assert root(extract(page(title, intro))) == (noun, None, "root_from_referred_subject")


def test_root_from_referred_subject_not_a_longer_name() -> None:
    """A noun before "of", "for" or "and" opens a longer name, before a unit noun in lower
    case names a unit, and before a capitalized word opens a longer name: no subject."""
    for intro in (
        "The Board of Wicks meets each month. It keeps lamps.",
        "The Board for Wicks meets each month. It keeps lamps.",
        "The Administration and Oil Division keeps the lamps.",
        "The Library branch lends lamps.",
        "The City Lamp Keeper is the chief keeper of lamps.",
    ):
        assert root(extract(page("Lamp Keeping", intro))) == (
            "Lamp Keeping",
            None,
            "root_from_title",
        ), intro


def test_root_from_referred_subject_not_before_any_connector() -> None:
    """A noun before any connector opens a longer name ("The Council on Lamp Safety", "The
    Office in Lampton", "The Board to Oversee Wicks"): no subject."""
    for intro in (
        "The Council on Lamp Safety meets each month.",
        "The Commission on Wick Standards meets each month.",
        "The Office in Lampton keeps the lamps.",
        "The Board to Oversee Wicks meets each month.",
        "The Board at Lampton meets each month.",
    ):
        found = root(extract(page("Lamp Keeping", intro)))
        assert found == ("Lamp Keeping", None, "root_from_title"), intro


def test_root_from_referred_subject_not_before_a_noun() -> None:
    """The word after the noun is no verb ("The Office hours are ...": "hours", a noun before
    its auxiliary; "The City website lists ...", "The Board meeting is held ..."): the noun
    is no subject."""
    for intro in (
        "The Office hours are nine to five.",
        "The City website lists the lamps.",
        "The Board meeting is held each month.",
    ):
        found = root(extract(page("Lamp Keeping", intro)))
        assert found == ("Lamp Keeping", None, "root_from_title"), intro


def test_root_from_referred_subject_before_its_verb() -> None:
    """A verb in the present, a past or an auxiliary, perhaps after an adverb, follows the
    subject: the noun is the root."""
    for intro in (
        "The Council meets each month.",
        "The Council comprises five wardens.",
        "The Council was founded to keep the lamps.",
        "The Council shall keep the lamps.",
        "The Council also keeps the lamps.",
        "The Council currently keeps the lamps.",
    ):
        found = root(extract(page("Lamp Keeping", intro)))
        assert found == ("Council", None, "root_from_referred_subject"), intro


def test_root_from_referred_subject_not_a_noun_the_sentence_names_later() -> None:
    """ "The Wick Office serves the City. The City pays ...": the City is what the first
    sentence's subject serves, and a later sentence's subject, not the first's."""
    text = page("Lamp Keeping", "The Wick Office serves the City. The City pays the office.")
    assert root(extract(text))[2] != "root_from_referred_subject"


def test_root_from_referred_subject_not_under_a_title_naming_units() -> None:
    """ "Lamp Departments" may list the departments of a place: the Council the introduction
    opens with is one of its bodies, and the title keeps its reading."""
    text = page("Lamp Departments", "The Council keeps lamps lit. The Council has two offices.")
    assert root(extract(text))[2] != "root_from_referred_subject"


def test_root_from_referred_subject_not_under_a_title_naming_units_anywhere() -> None:
    """A listing noun anywhere in the title, whatever marks stand around it ("Lamp Departments
    |", "Lamp Departments - Lampton", "Departments of Lampton"), keeps the title's reading."""
    intro = "The Council keeps lamps lit. The Council has two offices."
    for title in ("Lamp Departments |", "Lamp Departments - Lampton", "Departments of Lampton"):
        assert root(extract(page(title, intro)))[2] != "root_from_referred_subject", title


def test_root_from_referred_subject_not_on_a_page_with_no_title() -> None:
    """A page with no title is read from its first line, as before (its root then named by
    the body the text refers to, ``root_first_line_referred_body``)."""
    text = "The Library is governed by a board of keepers. The Library lends lamps." + UNITS
    assert root(extract(text)) == ("Library", None, "root_first_line_referred_body")
    off = root(extract(text, off={"root_first_line_referred_body"}))
    assert off[2] == "root_from_first_line"


ORGANS = (
    "Wardens and Bodies\n\nThe Council meets twice a month. Its wardens are elected for a "
    "term of three years.\n\nThe Council has the following bodies:\n\n- The Assembly of "
    "Wardens;\n\n- The {part}.\n\nThe {part} is made up of two wardens.\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="an agency phrase that names the introduction's subject as its owner (\"The Council "
    'meets ...", then "the Bureau of the Council") still names the root: reading the owner '
    "ahead of it (root_from_referred_subject_owner) changed one development page only and was "
    "removed",
)
def test_root_from_referred_subject_an_agency_phrase_it_owns_is_a_part() -> None:
    text = ORGANS.format(part="Bureau of the Council")
    assert root(extract(text))[0] == "Council"


def test_root_title_document_reference_names_no_body() -> None:
    """A title that is a document's reference ("Section 12", "Part 40—Organization", "4 CFR
    9.2") names no body: the body the page refers to ("the Council") is the root."""
    intro = "The Council keeps lamps lit. The Council has two offices."
    for title in ("Section 12", "Part 40—Organization and Purpose", "4 CFR 9.2", "Chapter 3-14"):
        assert root(extract(page(title, intro))) == (
            "Council",
            None,
            "root_from_referred_body",
        ), title
        # the introduction's subject ("The Council keeps ...") is read under any title
        # that names no body: switched off too, the title is the root
        off = root(
            extract(
                page(title, intro),
                off={"root_title_document_reference", "root_from_referred_subject"},
            )
        )
        assert off[2] == "root_from_title", title


def test_root_from_opening_acronym_ahead_of_a_listed_agency() -> None:
    """ "LWX has two governing bodies: the Wick Supply Board (WSB) ...": the page is about
    LWX, the acronym its first sentence opens with, not the first agency name it lists."""
    text = page(
        "Governing Bodies",
        "LWX has two governing bodies: the Wick Supply Board (WSB) and the Glass Forum. "
        "LWX was founded long ago.",
    )
    assert root(extract(text)) == ("LWX", "LWX", "root_from_opening_acronym")
    off = root(extract(text, off={"root_from_opening_acronym"}))
    assert off == ("Wick Supply Board", "WSB", "root_from_intro_agency")
    once = page("Governing Bodies", "LWX has two governing bodies: the Wick Supply Board (WSB).")
    assert root(extract(once))[2] != "root_from_opening_acronym"


def test_root_title_topic_words_dropped_around_the_body() -> None:
    """A title that names the body with the page's topic around it names the body alone."""
    intro = "Lamps are kept lit here."
    cases = {
        "Organization of the Lamp Board": "Lamp Board",
        "Wick Agency Leadership": "Wick Agency",
        "Glass Bank Management": "Glass Bank",
        "LWA's Organization Chart": "LWA",
        "Lamp Department At a Glance": "Lamp Department",
    }
    for title, name in cases.items():
        assert root(extract(page(title, intro)))[0] == name, title
        off = root(extract(page(title, intro), off={"root_title_topic_words"}))
        assert off[0] != name, title


def test_root_title_topic_words_a_series_of_topic_words_before_the_body() -> None:
    """ "The Role and Structure of the Lamp Keepers Office 2019", "Strategic Role and Function
    of the Wick Office", "Establishment of the Lampshire Board of Wick Standards": topic words
    joined by "and" (and a year after the body) name what the page shows of the body; the
    title kept them before."""
    intro = "Lamps are kept lit here."
    cases = {
        "The Role and Structure of the Lamp Keepers Office 2019": "Lamp Keepers Office",
        "Strategic Role and Function of the Wick Office": "Wick Office",
        "Establishment of the Lampshire Board of Wick Standards": (
            "Lampshire Board of Wick Standards"
        ),
    }
    for title, name in cases.items():
        assert root(extract(page(title, intro)))[0] == name, title
        off = root(extract(page(title, intro), off={"root_title_topic_words"}))
        assert off[0] == title, title


def test_root_title_topic_words_a_manual_or_a_government_after_the_body() -> None:
    """ "Wick Division Manual > Chapter II": the body's manual; "Lamp Relations Division
    Government of the Republic of Lampshire": a site's header naming the government the body
    serves; the body alone is the root (the title stood whole before)."""
    intro = "Lamps are kept lit here."
    cases = {
        "Wick Division Manual > Chapter II": "Wick Division",
        "Lamp Relations Division Government of the Republic of Lampshire": (
            "Lamp Relations Division"
        ),
    }
    for title, name in cases.items():
        assert root(extract(page(title, intro)))[0] == name, title
        off = root(extract(page(title, intro), off={"root_title_topic_words"}))
        assert off[0] == title, title


def test_root_title_topic_words_keeps_a_name_that_ends_so() -> None:
    """ "Management" ends "Office of Lamp Management"; "Our Structure" leaves no body."""
    intro = "Lamps are kept lit here."
    assert root(extract(page("Office of Lamp Management", intro)))[0] == (
        "Office of Lamp Management"
    )
    assert root(extract(page("Lamps/Wicks Organization", intro)))[0] == ("Lamps/Wicks Organization")


POSITION_FIRST = (
    "The Chief Lamp Keeper is assisted in the management of the Department by two deputies."
    "\n\n" + UNITS.strip()
)


def test_position_heads_agency_a_page_about_the_position_at_the_head() -> None:
    """A page about a position whose first sentence names the agency it heads ("the
    Department") has the agency as its root and the position under it, over the units the
    page lists; switched off, the position is the root."""
    assert root(extract(POSITION_FIRST)) == ("Department", None, "position_heads_agency")
    placed = offices(extract(POSITION_FIRST))
    assert placed["Chief Lamp Keeper"].parent == "Department"
    assert placed["Office of Wick Standards"].parent == "Chief Lamp Keeper"
    off = root(extract(POSITION_FIRST, off={"position_heads_agency"}))
    assert off == ("Chief Lamp Keeper", None, "root_from_first_sentence_subject")


OFFICE_OF_POST = (
    "Office of the Lamp Commissioner\n\nThe Lamp Commissioner is the head of the Lamp"
    " Standards Agency and advises the Guild on wick matters.\n\n"
    "Wick Braiding Division\n\nThe division braids the wicks.\n\n"
    "Glass Care Division\n\nThe division cleans the glass.\n"
)


def test_position_heads_agency_a_page_titled_by_the_office_of_the_post() -> None:
    """ "Office of the Lamp Commissioner" over "The Lamp Commissioner is the head of the Lamp
    Standards Agency ...": the agency is the root, the office under it over the page's
    sections (the office was the root before)."""
    found = extract(OFFICE_OF_POST)
    assert root(found) == ("Lamp Standards Agency", None, "position_heads_agency")
    assert offices(found)["Office of the Lamp Commissioner"].parent == "Lamp Standards Agency"
    assert offices(found)["Wick Braiding Division"].parent == "Office of the Lamp Commissioner"
    off = root(extract(OFFICE_OF_POST, off={"position_heads_agency"}))
    assert off == ("Office of the Lamp Commissioner", None, "root_from_title_agency")


def test_position_heads_agency_offices_side_by_side_stand_under_the_agency() -> None:
    """Sections that are offices too ("Office of the Wick Commissioner") stand beside the
    title's office under the agency, not under it."""
    text = OFFICE_OF_POST.replace("Wick Braiding Division", "Office of the Wick Commissioner")
    found = extract(text)
    assert root(found)[0] == "Lamp Standards Agency"
    assert offices(found)["Glass Care Division"].parent == "Lamp Standards Agency"


@pytest.mark.xfail(
    reason="the title's office, the first of offices side by side, is no unit of its own: "
    "read as the page's title, not as the first section"
)
def test_position_heads_agency_the_first_of_offices_side_by_side_is_a_unit() -> None:
    text = OFFICE_OF_POST.replace("Wick Braiding Division", "Office of the Wick Commissioner")
    assert "Office of the Lamp Commissioner" in offices(extract(text))


def test_position_heads_agency_takes_a_name_worded_like_an_agency() -> None:
    """ "The Chief Lamp Keeper (CLK) ... oversees the Bureau of Lamp Records (BLR)": the agency
    by its full name and the acronym the page defines."""
    text = POSITION_FIRST.replace(
        "Keeper is assisted in the management of the Department by two deputies",
        "Keeper (CLK) sits on the guild's council and oversees the Bureau of Lamp Records (BLR)",
    )
    assert root(extract(text)) == ("Bureau of Lamp Records", "BLR", "position_heads_agency")
    assert offices(extract(text))["Chief Lamp Keeper"].parent == "Bureau of Lamp Records"


def test_position_heads_agency_not_a_body_that_appoints_the_position() -> None:
    """ "... is appointed by the Lamp Board": the board appoints the position, the page is
    about the position."""
    text = POSITION_FIRST.replace(
        "is assisted in the management of the Department by two deputies",
        "is appointed by the Lamp Board each year",
    )
    assert root(extract(text))[0] == "Chief Lamp Keeper"


SITE_CHROME = (
    "<html><body><h2>Skip to main content</h2><h2>Lamp Keepers Division</h2>"
    "<p>The Lamp Keepers Division keeps the lamps of the realm lit.</p>"
    "<h3>Office of Wick Standards</h3><p>The office sets standards for wicks.</p>"
    "<h3>Office of Glass Inspection</h3><p>The office inspects lantern glass.</p>"
    "</body></html>"
)


def test_site_chrome_line_a_skip_link_is_no_title() -> None:
    """A skip link over the page's heading is the site's, not the page's title: the heading
    after it is; switched off, the skip link names the root."""
    assert root(extract(SITE_CHROME, html=True))[0] == "Lamp Keepers Division"
    off = root(extract(SITE_CHROME, html=True, off={"site_chrome_line"}))
    assert off[0] == "Skip to main content"


def test_site_chrome_line_a_banner_placeholder_is_no_first_line() -> None:
    """ "header background image" over a page's text is the placeholder of the site's banner,
    not the first line the root is named by."""
    text = SITE_CHROME.replace("<h2>Skip to main content</h2>", "<p>header background image</p>")
    assert root(extract(text, html=True))[0] == "Lamp Keepers Division"
    assert root(extract(text, html=True, off={"site_chrome_line"}))[0] != "Lamp Keepers Division"


LISTED_PARTS = (
    "Lamp Realm Offices\n\nThe realm keeps the lamps lit through these parts:\n\n"
    "- Department of Wicks\n- Department of Lamp Oil\n- Department of Glass\n"
)


def test_root_not_a_listed_part_an_agency_phrase_held_alone_by_a_list_item() -> None:
    """ "- Department of Wicks" among other items is one of the parts the page lists: the
    root is not taken from it; switched off, the first listed part is the root."""
    found = extract(LISTED_PARTS)
    assert root(found)[0] == "Lamp Realm Offices"
    assert offices(found)["Department of Wicks"].parent == "Lamp Realm Offices"
    off = root(extract(LISTED_PARTS, off={"root_not_a_listed_part"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_a_listed_part_an_introduction_agency_held_alone_by_a_list_item() -> None:
    """ "- (2) Wick Safety Administration (WSA);": a part the introduction lists with its
    acronym is not the agency either."""
    text = (
        "Lamp Realm Offices\n\nThe realm keeps the lamps lit through these parts:\n\n"
        "- (1) Wick Safety Administration (WSA);\n- (2) Lamp Oil Administration (LOA);\n"
        "- (3) Glass Care Administration (GCA).\n"
    )
    assert root(extract(text))[0] == "Lamp Realm Offices"
    off = root(extract(text, off={"root_not_a_listed_part"}))
    assert off == ("Wick Safety Administration", "WSA", "root_from_intro_agency")


def test_root_not_a_listed_part_an_agency_phrase_a_section_heading_holds() -> None:
    """ "## Department of Wicks" beside "## Department of Glass Care": the page describes its
    parts section by section; the first section's heading is no agency of the page (it was
    the root before, the other department its unit)."""
    text = (
        "Lamp Realm Parts\n\nThe realm keeps the lamps lit through the departments below.\n\n"
        "## Department of Wicks\n\nThe department braids the wicks.\n\n"
        "## Department of Glass Care\n\nThe department cleans the lantern glass.\n"
    )
    found = extract(text, markdown=True)
    assert root(found)[0] == "Lamp Realm Parts"
    assert offices(found)["Department of Wicks"].parent == "Lamp Realm Parts"
    off = root(extract(text, markdown=True, off={"root_not_a_listed_part"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_a_listed_part_an_agency_phrase_opening_an_item_that_describes_it() -> None:
    """ "- Department of Wicks. Braids ..." beside "- Department of Glass Care. Cleans ...":
    an item that opens with a part's name and goes on to describe it lists that part too."""
    text = (
        "Lamp Realm Offices\n\nThe realm keeps the lamps lit through these parts:\n\n"
        "- Department of Wicks. Braids the wicks for every lamp.\n"
        "- Department of Glass Care. Cleans the lantern glass.\n"
    )
    found = extract(text)
    assert root(found)[0] == "Lamp Realm Offices"
    assert offices(found)["Department of Wicks"].parent == "Lamp Realm Offices"
    off = root(extract(text, off={"root_not_a_listed_part"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_a_listed_part_not_a_single_section_heading() -> None:
    """ "## Department of Wicks" as the only section heading worded as an agency, beside "##
    Office of Glass Care": the page's own agency, not one of several parts."""
    text = (
        "About Us\n\nWe keep the lamps lit.\n\n"
        "## Department of Wicks\n\nThe department braids the wicks.\n\n"
        "## Office of Glass Care\n\nThe office cleans the lantern glass.\n"
    )
    assert root(extract(text, markdown=True))[0] == "Department of Wicks"


def test_root_not_a_listed_part_an_introduction_agency_opening_a_described_item() -> None:
    """ "- The Wick Supply Administration (WSA) keeps ..." beside "- The Glass Care
    Administration (GCA) cleans ...": each item defines one of the parts the page lists;
    the first definition is no agency of the page (it was the root before)."""
    text = (
        "Lamp Realm Offices\n\nThe realm keeps the lamps lit through these parts:\n\n"
        "- The Wick Supply Administration (WSA) keeps the wicks for every lamp.\n"
        "- The Glass Care Administration (GCA) cleans the lantern glass.\n"
    )
    found = extract(text)
    assert root(found)[0] == "Lamp Realm Offices"
    assert offices(found)["Wick Supply Administration"].parent == "Lamp Realm Offices"
    off = root(extract(text, off={"root_not_a_listed_part"}))
    assert off == ("Wick Supply Administration", "WSA", "root_from_intro_agency")


def test_root_not_a_listed_part_not_a_name_in_an_item_sentence() -> None:
    """ "- The Department of Wicks keeps ...": an item that says something about the
    agency is no bare part; the agency phrase stands."""
    text = LISTED_PARTS.replace(
        "- Department of Wicks\n", "- The Department of Wicks keeps lamps.\n"
    )
    assert root(extract(text))[0] == "Department of Wicks"


PARTS_BY_PARAGRAPH = (
    "Lampshire Lamp Guild\n\n"
    "The Office of Wick Supply (OWS) buys wicks for the lamps of the realm and keeps them.\n\n"
    "The Lamp Warden's Council (LWC) advises the warden on the lamps of the realm.\n\n"
    "The Office of Glass Keeping (OGK) mends the lantern glass of the realm.\n"
)


def test_root_not_a_listed_part_a_paragraph_each_defining_a_part() -> None:
    """An introduction whose paragraphs each open by defining a part with its acronym, two of
    them with one opening word ("The Office of Wick Supply (OWS) ...", "The Office of Glass
    Keeping (OGK) ..."), describes the parts a paragraph each: the first is a part, not the
    agency; switched off, it names the root."""
    found = extract(PARTS_BY_PARAGRAPH)
    assert root(found)[0] == "Lampshire Lamp Guild"
    assert offices(found)["Office of Wick Supply"].parent == "Lampshire Lamp Guild"
    off = extract(PARTS_BY_PARAGRAPH, off={"root_not_a_listed_part"})
    assert root(off)[0] == "Office of Wick Supply"


def test_root_not_a_listed_part_an_agency_defined_before_its_parts() -> None:
    """ "The Lampshire Lamp Guild (LLG) keeps ...", then its offices a paragraph each: the
    agency's name opens with another word than its parts', so it stays the root."""
    text = PARTS_BY_PARAGRAPH.replace(
        "Lampshire Lamp Guild\n\n",
        "The Lampshire Lamp Guild (LLG) keeps the lamps of the realm lit through its offices.\n\n",
    ).replace(
        "The Lamp Warden's Council (LWC) advises the warden on the lamps of the realm.\n\n", ""
    )
    assert root(extract(text))[:2] == ("Lampshire Lamp Guild", "LLG")


def test_position_heads_agency_a_name_ends_before_and_the() -> None:
    """ "manages the Department and the Lamp Fund": "and the" opens another name; the agency
    is "Department", not one name running over both."""
    text = POSITION_FIRST.replace(
        "is assisted in the management of the Department by two deputies",
        "manages the Department and the Lamp Fund for the guild",
    )
    assert root(extract(text)) == ("Department", None, "position_heads_agency")
    assert offices(extract(text))["Chief Lamp Keeper"].parent == "Department"


def test_position_heads_agency_not_a_body_the_position_serves_on() -> None:
    """ "... serves on the Lamp Council": a body after a word that is neither "of" nor a verb
    of heading is one the position sits on or works with, not the agency it heads."""
    text = POSITION_FIRST.replace(
        "is assisted in the management of the Department by two deputies",
        "serves on the Lamp Council and keeps the lamps lit",
    )
    assert root(extract(text))[0] == "Chief Lamp Keeper"


def test_position_heads_agency_a_task_force_is_no_agency() -> None:
    """ "... leads the Wick Task Force": a task force the position leads is a working group,
    not the agency it heads."""
    text = POSITION_FIRST.replace(
        "is assisted in the management of the Department by two deputies",
        "leads the Wick Task Force for the guild",
    )
    assert root(extract(text))[0] == "Chief Lamp Keeper"


def test_position_heads_agency_a_name_ends_before_a_second_post() -> None:
    """ "... the chief officer of the Authority and Chief Keeper of the Wick Hall": "and"
    before a position word opens the position's second post; the body it heads is
    "Authority"."""
    text = POSITION_FIRST.replace(
        "is assisted in the management of the Department by two deputies",
        "is the chief officer of the Authority and Chief Keeper of the Wick Hall",
    )
    assert root(extract(text)) == ("Authority", None, "position_heads_agency")


def test_position_heads_agency_not_a_body_the_position_is_a_member_of() -> None:
    """ "... is a member of the Lamp Council": "of" after a word of membership names a body
    the position sits on, not the agency it heads."""
    for wording in ("is a member of the Lamp Council", "is part of the Council"):
        text = POSITION_FIRST.replace(
            "is assisted in the management of the Department by two deputies",
            wording + " and keeps the lamps lit",
        )
        assert root(extract(text))[0] == "Chief Lamp Keeper", wording
    assert root(extract(POSITION_FIRST))[2] == "position_heads_agency"


def test_root_possessive_an_agency_named_as_the_owner_of_its_work() -> None:
    text = (
        "The Lamp Standards Division's work addresses the wicks and the glass of the lamps.\n\n"
        "The division is made up of the Wick Braiding Office and the Glass Care Office.\n"
    )
    assert root(extract(text))[0] == "Lamp Standards Division"
    off = root(extract(text, off={"root_possessive"}))
    assert off[0] == "Lamp Standards Division's"


def test_root_possessive_a_plural_owner() -> None:
    text = page("Lantern Works", "The Bureau of Lamp Keepers' staff keep the lamps lit.")
    assert root(extract(text))[0] == "Bureau of Lamp Keepers"


def test_unit_of_agency_a_page_about_a_division_of_a_ministry() -> None:
    """ "The Glass Division (GD) serves all divisions of the Ministry of Lamps, Wicks and Oil":
    a page opening so is about a division of the ministry; the ministry is the root, the division a
    unit under it over the offices the page lists. Switched off, the division is the root."""
    text = (
        "The Glass Division (GD) serves all divisions of the Ministry of Lamps, Wicks and Oil."
        + UNITS
    )
    found = root(extract(text))
    assert found == ("Ministry of Lamps, Wicks and Oil", None, "unit_of_agency")
    placed = offices(extract(text))
    assert placed["Glass Division"].parent == "Ministry of Lamps, Wicks and Oil"
    assert placed["Office of Wick Standards"].parent == "Glass Division"
    assert root(extract(text, off={"unit_of_agency"}))[0] == "Glass Division"


def test_unit_of_agency_the_unit_referred_to_by_its_head_noun() -> None:
    """A title worded as a department over "The department handles the operations of the
    Lamp Force": the force ranks above the department."""
    text = page("Patrol Department", "The department handles the operations of the Lamp Force.")
    assert root(extract(text)) == ("Lamp Force", None, "unit_of_agency")
    assert offices(extract(text))["Office of Glass Inspection"].parent == "Patrol Department"


def test_unit_of_agency_head_noun_before_any_preposition() -> None:
    """A title worded as a unit and a place ("Field Office in Wickby") is headed by the noun
    before its first preposition, not only before "of" or "for": the office ranks below the
    bureau it serves. Before, "in Wickby" left "wickby" as its head, which ranks nothing."""
    text = page("Field Office in Wickby", "The office handles the lamps of the Wick Bureau.")
    assert root(extract(text)) == ("Wick Bureau", None, "unit_of_agency")
    assert root(extract(text, off={"unit_of_agency"}))[2] != "unit_of_agency"


def test_unit_of_agency_not_another_subject_of_the_first_sentence() -> None:
    """ "The mission of the Glass Division is to support the Lamp Council": the sentence is
    not about the division's place, and a body that ranks no higher than the unit ("part of
    the Wick Branch" for a division) holds no unit."""
    text = page(
        "Glass Division",
        "The mission of the Glass Division is to serve the work of the Lamp Council.",
    )
    assert root(extract(text))[2] != "unit_of_agency"
    peer = page("Glass Division", "The Glass Division is part of the Wick Branch.")
    assert root(extract(peer))[2] != "unit_of_agency"


def test_site_chrome_line_a_breadcrumb_label_or_a_menu_toggle_is_no_title() -> None:
    """ "You are here" (the label of a breadcrumb trail), "Toggle menu", "Top Banner" and "Home"
    over a page's heading are the site's, not the page's title: the heading after them is."""
    for chrome in ("You are here", "Toggle menu", "Top Banner", "Home", "translate icon"):
        text = SITE_CHROME.replace("<h2>Skip to main content</h2>", f"<p>{chrome}</p>")
        assert root(extract(text, html=True))[0] == "Lamp Keepers Division", chrome
    text = SITE_CHROME.replace("<h2>Skip to main content</h2>", "<p>You are here</p>")
    # the label's introduction names the division too (root_from_intro_subject_under_label)
    both = {"site_chrome_line", "root_from_intro_subject_under_label"}
    assert root(extract(text, html=True, off=both))[0] == "You are here"


def test_site_chrome_line_a_breadcrumb_trail_after_its_label() -> None:
    """ "You are here: Home / About Us / Lamp Keepers Division": a breadcrumb trail set on
    its label's line is the site's too, not the page's title; in text and in HTML."""
    trail = "You are here: Home / About Us / Lamp Keepers Division"
    text = SITE_CHROME.replace("<h2>Skip to main content</h2>", f"<p>{trail}</p>")
    assert root(extract(text, html=True))[0] == "Lamp Keepers Division"
    plain = f"{trail}\n\nLamp Keepers Division\n\nThe Lamp Keepers Division keeps the lamps lit.\n"
    assert root(extract(plain + "It runs the Wick Office.\n"))[0] == "Lamp Keepers Division"


def test_site_chrome_line_a_government_banner_or_a_portal_label_is_no_title() -> None:
    """A government site's banner ("U.S. flag", "An official website of the United States
    government", "Official websites use .gov", its flag's alternative text with the banner on
    one line), a run of skip links on one line, a search box's label ("Advanced Search"), a
    portal's frame labels ("Web Content Viewer", "Actions") and a breadcrumb trail without its
    label ("Lamps.gov / About / Who We Are") over a page's heading are the site's, not the
    page's title: the heading after them is; switched off, the first names the root."""
    for chrome in (
        ["U.S. flag", "An official website of the United States government"],
        ["U.S. flag signifying that this is a United States Federal government website"],
        ["Official websites use .gov", "Secure .gov websites use HTTPS"],
        ["Skip to content Skip to left sidebar Skip to right sidebar Skip to footer"],
        ["Advanced Search"],
        ["Web Content Viewer", "Actions"],
        ["Lamps.gov / About / Who We Are"],
    ):
        lines = "".join(f"<p>{line}</p>" for line in chrome)
        text = SITE_CHROME.replace("<h2>Skip to main content</h2>", lines)
        assert root(extract(text, html=True))[0] == "Lamp Keepers Division", chrome
        both = {"site_chrome_line", "root_from_intro_subject_under_label"}
        off = root(extract(text, html=True, off=both))
        assert off[0] != "Lamp Keepers Division", chrome


LISTED_DEPARTMENTS = dedent(
    """\
    Departments

    The City of Lampton serves its residents through the departments below.

    Department of Wick Supply

    The department buys wicks for the street lamps.

    Glass Mending Department

    The department mends lantern glass.
    """
)


def test_root_from_listed_departments_jurisdiction_is_the_city_not_its_first_department() -> None:
    assert root(extract(LISTED_DEPARTMENTS)) == (
        "City of Lampton",
        None,
        "root_from_listed_departments_jurisdiction",
    )
    names = offices(extract(LISTED_DEPARTMENTS))
    assert "Department of Wick Supply" in names
    both = {"root_from_listed_departments_jurisdiction", "root_not_one_of_plural"}
    off = root(extract(LISTED_DEPARTMENTS, off=both))
    assert off == ("Department of Wick Supply", None, "root_from_agency_phrase")


def test_root_not_one_of_plural_keeps_the_city_of_listed_departments() -> None:
    """The title "Departments" passes over "Department of Wick Supply" as one of them; the
    page still lists departments, and its city is the root."""
    on = root(extract(LISTED_DEPARTMENTS))
    assert on == ("City of Lampton", None, "root_from_listed_departments_jurisdiction")


def test_root_from_listed_departments_jurisdiction_the_place_ends_before_a_body_noun() -> None:
    text = LISTED_DEPARTMENTS.replace("City of Lampton serves", "City of Lampton Board serves")
    assert root(extract(text))[0] == "City of Lampton"


def test_root_from_listed_departments_jurisdiction_not_under_another_title() -> None:
    text = LISTED_DEPARTMENTS.replace("Departments\n", "Wick Supply News\n", 1)
    assert root(extract(text))[2] != "root_from_listed_departments_jurisdiction"


def test_root_from_listed_departments_jurisdiction_a_title_naming_the_place() -> None:
    """ "Lampton Departments", "City of Lampton Departments": a title that names the place whose
    departments it lists lists them too; the place the page names is the root."""
    for title in ("Lampton Departments", "City of Lampton Departments"):
        text = LISTED_DEPARTMENTS.replace("Departments\n", f"{title}\n", 1)
        assert root(extract(text)) == (
            "City of Lampton",
            None,
            "root_from_listed_departments_jurisdiction",
        ), title
        off = root(extract(text, off={"root_from_listed_departments_jurisdiction"}))
        assert off[0] != "City of Lampton", title


def test_root_from_listed_departments_jurisdiction_a_title_naming_the_place_with_marks() -> None:
    """The title's words and the place's are compared alike: "St. Lampton Departments" over
    "the City of St. Lampton" (the place's full stop), "Lampton’s Departments" (a possessive)
    list the departments of the place the page names."""
    for title, place in (
        ("St. Lampton Departments", "City of St. Lampton"),
        ("Lampton’s Departments", "City of Lampton"),
        ("Lampton's Departments |", "City of Lampton"),
    ):
        text = LISTED_DEPARTMENTS.replace("Departments\n", f"{title}\n", 1)
        text = text.replace("City of Lampton", place)
        found = root(extract(text))
        assert found == (place, None, "root_from_listed_departments_jurisdiction"), title
        off = root(extract(text, off={"root_from_listed_departments_jurisdiction"}))
        assert off[0] != place, title


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_root_from_listed_departments_jurisdiction_a_place_after_a_dash(dash: str) -> None:
    """ "Departments — City of Lampton": the dash, any of them, that sets the place beside
    "Departments" is no word of the title."""
    text = LISTED_DEPARTMENTS.replace("Departments\n", f"Departments {dash} City of Lampton\n", 1)
    assert root(extract(text)) == (
        "City of Lampton",
        None,
        "root_from_listed_departments_jurisdiction",
    )


def test_root_from_listed_departments_jurisdiction_not_under_another_places_title() -> None:
    """ "Wickham Departments" over a page about the City of Lampton names another place: the
    title lists no departments of the city the page names, and the root is read as with the
    rule off."""
    text = LISTED_DEPARTMENTS.replace("Departments\n", "Wickham Departments\n", 1)
    found = root(extract(text))
    assert found[2] != "root_from_listed_departments_jurisdiction"
    assert found == root(extract(text, off={"root_from_listed_departments_jurisdiction"}))


def test_root_title_topic_words_a_banner_pictures_text_is_no_part_of_the_name() -> None:
    """ "Wick Directorate banner": the title is the alternative text of the page's banner
    picture; the body it names is the Wick Directorate."""
    text = page("Wick Directorate banner", "The directorate keeps the wicks trimmed.")
    assert root(extract(text))[0] == "Wick Directorate"
    logo = page("Lamp Board Logo 640x80", "The board keeps the lamps lit.")
    assert root(extract(logo))[0] == "Lamp Board"
    off = root(extract(text, off={"root_title_topic_words"}))
    assert off[0] == "Wick Directorate banner"


def test_root_from_intro_structure_owner_is_the_body_whose_structure_is_shown() -> None:
    """ "Organisation Structure" over "The organisation structure of the Lampshire Wick
    Office consists of ...": the page is about the Lampshire Wick Office."""
    text = page(
        "Organisation Structure",
        "The approved organisation structure of the Lampshire Wick Office consists of the"
        " following offices:",
    )
    assert root(extract(text)) == (
        "Lampshire Wick Office",
        None,
        "root_from_intro_structure_owner",
    )
    off = root(extract(text, off={"root_from_intro_structure_owner"}))
    assert off[2] != "root_from_intro_structure_owner"
    assert off[0] != "Lampshire Wick Office"


def test_root_from_intro_structure_owner_not_the_place_the_parts_sit_in() -> None:
    text = page("Our Structure", "There are two offices at the Zonal Offices, namely:")
    assert root(extract(text))[2] != "root_from_intro_structure_owner"


def test_root_not_a_named_part_the_bureau_a_sentence_lists_is_no_root() -> None:
    """ "The Secretariat consists of two bureaus: the Bureau of Wicks and the Bureau of Glass":
    the bureaus are the Secretariat's parts; the page is about the Secretariat."""
    text = dedent(
        """\
        Lampshire Wick Works

        The Secretariat consists of two bureaus: the Bureau of Wicks and the Bureau of Glass.
        The Secretariat is led by the Secretary.

        Bureau of Wicks

        The bureau trims the wicks.

        Bureau of Glass

        The bureau mends the glass.
        """
    )
    assert root(extract(text))[0] != "Bureau of Wicks"
    assert "Bureau of Wicks" in offices(extract(text))
    off = root(extract(text, off={"root_not_a_named_part"}))
    assert off == ("Bureau of Wicks", None, "root_from_agency_phrase")


def test_root_not_a_named_part_not_a_name_a_preposition_owns() -> None:
    text = page(
        "Lampshire Wick Works",
        "The works oversees the trimmers and staff of the Department of Lantern Safety.",
    )
    assert root(extract(text)) == ("Department of Lantern Safety", None, "root_from_agency_phrase")


def test_root_title_topic_words_about_and_functions_of_the_body() -> None:
    """ "About the Wick Hazard Division", "Functions of the Lamp Warden's Office |": the
    title names the body after the topic's words (and before a site's separator)."""
    about = page("About the Wick Hazard Division", "The division keeps the wicks safe.")
    assert root(extract(about))[0] == "Wick Hazard Division"
    functions = page("Functions of the Lamp Warden's Office |", "The office keeps the lamps.")
    assert root(extract(functions))[0] == "Lamp Warden's Office"
    off = root(extract(about, off={"root_title_topic_words", "directive_verb"}))
    assert off[0] == "About the Wick Hazard Division"


def test_title_acronym_with_name_the_title_goes_on_past_its_acronym() -> None:
    """ "LU Commission Leadership": the title's acronym opens the name of the body the page
    is about, the LU Commission; "About LSA's National Wick Service": the body the
    acronym's owner has."""
    text = page("LU Commission Leadership", "LU keeps the lamps lit. LU trims wicks. LU mends.")
    assert root(extract(text)) == ("LU Commission", None, "root_from_title_acronym_used")
    off = root(extract(text, off={"title_acronym_with_name"}))
    assert off == ("LU", "LU", "root_from_title_acronym_used")
    owned = page(
        "About LSA's National Wick Service",
        "The Lamp Safety Agency (LSA) runs the National Wick Service.",
    )
    assert root(extract(owned))[:2] == ("National Wick Service", None)
    maps = page("LU Program Boundary Maps", "LU keeps the lamps lit. LU trims wicks. LU mends.")
    assert root(extract(maps))[0] == "LU"


def test_title_acronym_with_name_a_single_topic_word_is_no_name() -> None:
    """ "LU Home", "LU Staff", "About LU's Mission": the one word after the title's acronym
    names a part of the site or the page's topic, not a body; the acronym stays the root."""
    intro = "LU keeps the lamps lit. LU trims wicks. LU mends."
    for title in ("LU Home", "LU Staff", "LU Directory", "About LU's Mission"):
        assert root(extract(page(title, intro)))[0] == "LU", title
    assert root(extract(page("LU Wickland", intro)))[0] == "LU Wickland"


def test_root_from_listed_departments_jurisdiction_the_place_on_one_line() -> None:
    """ "Departments" over a line "Wick County lists ...": the county is "Wick County", not
    the title's word run on to it across the line's end."""
    text = LISTED_DEPARTMENTS.replace("The City of Lampton serves", "Wick County serves")
    assert root(extract(text))[:1] == ("Wick County",)


def test_root_from_listed_departments_jurisdiction_an_article_is_no_part_of_the_place() -> None:
    """ "The Wick County serves ...", "Our County ...": the article or determiner that opens
    the sentence is no word of the county's name."""
    text = LISTED_DEPARTMENTS.replace("The City of Lampton serves", "The Wick County serves")
    assert root(extract(text))[0] == "Wick County"
    bare = LISTED_DEPARTMENTS.replace("The City of Lampton serves", "The County serves")
    assert root(extract(bare))[2] != "root_from_listed_departments_jurisdiction"


def test_root_from_intro_structure_owner_not_a_place_after_in() -> None:
    """ "Our offices in the Wick Valley", "units in the Lampcoast Region": the name after "in"
    is where the parts sit, no owner; "bodies at the Lamp Standards Office" is one."""
    for intro in (
        "Our offices in the Wick Valley are listed below.",
        "There are units in the Lampcoast Region and the Wickmoor Region.",
    ):
        assert root(extract(page("Organisation Structure", intro)))[2] != (
            "root_from_intro_structure_owner"
        ), intro
    at = page("Our governance", "These are the main bodies at the Lamp Standards Office.")
    assert root(extract(at))[0] == "Lamp Standards Office"


def test_root_from_intro_structure_owner_the_name_ends_with_its_sentence() -> None:
    """ "The structure of the Lamp Office. Wick Care is its first part.": the owner is the
    Lamp Office, not the capitalized words of the next sentence run on to it."""
    text = page("Organisation Structure", "The structure of the Lamp Office. Wick Care is first.")
    assert root(extract(text))[0] == "Lamp Office"
    dotted = page("Organisation Structure", "The structure of the U.S. Lamp Office is shown.")
    assert root(extract(dotted))[0] == "U.S. Lamp Office"


def test_root_title_topic_words_a_capitalized_article_after_the_topic() -> None:
    """ "About The Wick Hazard Division", "Organization of The Lamp Board": a title in title case
    capitalizes the article too; the body is named after it all the same."""
    about = page("About The Wick Hazard Division", "The division keeps the wicks safe.")
    assert root(extract(about))[0] == "Wick Hazard Division"
    structure = page("Organization of The Lamp Board", "The board keeps the lamps lit.")
    assert root(extract(structure))[0] == "Lamp Board"


def test_root_title_topic_words_a_date_is_no_body() -> None:
    """ "About January 2020": what follows the topic's word is a date, no body; the year is no
    acronym that ends a body's name."""
    text = page("About January 2020", "Lamps are kept lit here.")
    assert root(extract(text))[0] != "January 2020"


def test_title_acronym_with_name_not_cut_at_an_abbreviation() -> None:
    """ "LU St. Wick Office": the words after the acronym run past an abbreviation's period;
    the root is not the acronym with the abbreviation alone ("LU St")."""
    intro = "LU keeps the lamps lit. LU trims wicks. LU mends."
    assert root(extract(page("LU St. Wick Office", intro)))[0] != "LU St"
    assert root(extract(page("LU Wick Office", intro)))[0] == "LU Wick Office"


def test_root_not_a_named_part_right_after_the_verbs_preposition() -> None:
    """ "The Lamp Secretariat consists of the Bureau of Wicks, ...": the "of" is the verb's
    own, not a preposition that owns the bureau; the bureau is a part, no root."""
    text = dedent(
        """\
        Lampshire Wick Works

        The Secretariat consists of the Bureau of Wicks and the Bureau of Glass.

        Bureau of Wicks

        The bureau trims the wicks.

        Bureau of Glass

        The bureau mends the glass.
        """
    )
    assert root(extract(text))[0] != "Bureau of Wicks"
    assert "Bureau of Wicks" in offices(extract(text))


def test_title_acronym_with_name_a_date_after_the_acronym_is_no_name() -> None:
    """ "LU January 2020": a month's name after the acronym opens a date, not the body's
    name; the acronym stays the root."""
    intro = "LU keeps the lamps lit. LU trims wicks. LU mends."
    assert root(extract(page("LU January 2020", intro)))[0] == "LU"


def test_root_from_intro_structure_owner_not_a_place_set_off_by_commas() -> None:
    """ "The structure of the Lamp Office, Lampton, consists of ...": the word the commas set
    off is the office's place, no part of its name."""
    text = page("Organisation Structure", "The structure of the Lamp Office, Lampton, is below.")
    assert root(extract(text))[0] == "Lamp Office"
    joined = page("Organisation Structure", "The structure of the Lamp Office, Wick Care is:")
    assert root(extract(joined))[0] == "Lamp Office, Wick Care"


def test_root_from_listed_departments_jurisdiction_a_links_words_are_no_county() -> None:
    """ "Search County Departments below": the words of a link before "County" name no
    county; "Visit Wick County" names Wick County without the link's verb."""
    text = LISTED_DEPARTMENTS.replace(
        "The City of Lampton serves", "Search County Departments below. Visit Wick County. It"
    )
    assert root(extract(text))[0] == "Wick County"


def test_title_acronym_with_name_a_name_joined_by_on() -> None:
    """ "LU Commission on Wick Safety Leadership": "on" joins the commission's name to its
    subject, as "of" and "for" do; the root is the whole name, not "LU Commission"."""
    intro = "LU keeps the lamps lit. LU trims wicks. LU mends."
    text = page("LU Commission on Wick Safety Leadership", intro)
    assert root(extract(text))[0] == "LU Commission on Wick Safety"


def test_root_from_listed_departments_jurisdiction_the_sites_words_end_the_place() -> None:
    """ "City of Lampton News", "City of Lampton Departments Directory": the words of the
    site after the place are no part of the city's name."""
    for line in ("City of Lampton News serves", "City of Lampton Departments Directory lists"):
        text = LISTED_DEPARTMENTS.replace("The City of Lampton serves", line)
        assert root(extract(text))[0] == "City of Lampton", line


@pytest.mark.xfail(
    strict=True,
    reason="the structure's noun opening its sentence in capitals ('Divisions within the Lamp"
    " Board are:') is not read; read case-blind (tried), it changed no development page",
)
def test_root_from_intro_structure_owner_noun_opening_the_sentence() -> None:
    text = page("Organisation Structure", "Divisions within the Lamp Board are as follows:")
    assert root(extract(text))[0] == "Lamp Board"


@pytest.mark.xfail(
    strict=True,
    reason="a site's separator between the body and the topic's words ('Lamp Office -"
    " Leadership') is left in, so no body's name is found; dropped after the topic's words"
    " (tried), it changed no development page",
)
def test_root_title_topic_words_separator_before_the_topic() -> None:
    text = page("Lamp Office - Leadership", "Lamps are kept lit here.")
    assert root(extract(text))[0] == "Lamp Office"


def test_root_from_intro_structure_owner_a_law_or_an_event_is_no_owner() -> None:
    """ "The structure of the Lamp Act", "The organisation of the Wick Festival": what the
    words name is a law or an event, no body whose structure the page shows."""
    for intro in (
        "The structure of the Lamp Act sets up three offices.",
        "The organisation of the Wick Festival is shown below.",
    ):
        text = page("Organisation Structure", intro)
        assert root(extract(text))[2] != "root_from_intro_structure_owner", intro
    owned = page("Organisation Structure", "The structure of the Lamp Office, Wick Care is:")
    assert root(extract(owned))[0] == "Lamp Office, Wick Care"


def test_root_not_a_named_part_a_verb_at_a_sentences_start() -> None:
    """ "Including the Bureau of Wicks, ...": the verb of composition opening a sentence in
    capitals still names the bureau as a part."""
    text = page(
        "Lampshire Wick Works",
        "Including the Bureau of Wicks, the works has three parts.",
    )
    assert root(extract(text))[0] != "Bureau of Wicks"


def test_root_not_a_named_part_not_a_name_after_with() -> None:
    """ "oversees and works with the Department of Lamps": a name "with" owns is no part the
    verb names."""
    text = page(
        "Lampshire Wick Works",
        "The works oversees the trimmers and works with the Department of Lantern Safety.",
    )
    assert root(extract(text)) == ("Department of Lantern Safety", None, "root_from_agency_phrase")


def test_root_from_listed_departments_jurisdiction_the_span_is_the_pages_text() -> None:
    """ "City of  Lampton" with two spaces: the root's span holds exactly the page's text, its
    end not shifted by the spaces the name's words stand apart by."""
    text = LISTED_DEPARTMENTS.replace("City of Lampton serves", "City of  Lampton serves")
    found = listed_departments_jurisdiction(layout(text))
    assert found is not None
    assert text[found.start : found.end] == found.name == "City of  Lampton"


def test_the_agency_pattern_finds_what_it_found_with_a_leading_word_boundary() -> None:
    """AGENCY opens each alternative with a letter and a look-behind so that it is tried
    only at those letters; it finds the same names as the pattern that opened with a word
    boundary and an optional country."""
    every_position = re.compile(
        r"\b(?:U\.S\. |United States )?(?:"
        + "|".join(("Department", "Agency", "Administration", "Bureau", "Commission", "Ministry"))
        + r") (?:of |for )(?:the )?[A-Z][\w’'-]*(?:(?:,? and | of | for | )[A-Z][\w’'-]*)*"
    )
    pieces = ["U.S. ", "United States ", "Department", "Agency", " of ", "for ", "the ", "Wick"]
    pieces += ["xU", "_", "é", " ", ",", " and ", "Bureau", "US. ", "Ministry", "Commission"]
    chance = random.Random(5)
    for _ in range(30000):
        text = "".join(chance.choices(pieces, k=chance.randint(0, 7)))
        for start in (0, 1):
            found = [m.span() for m in AGENCY.finditer(text, start)]
            assert found == [m.span() for m in every_position.finditer(text, start)], text


def test_root_title_topic_words_government_of_after_a_word_of_the_name() -> None:
    """ "Department of Lamp Government of Lampshire": "Government of" after a word that is
    no body noun is the name's own, not a site's header naming the government the body
    serves; the title stays whole (it was cut to "Department of Lamp" before)."""
    intro = "Lamps are kept lit here."
    for title in (
        "Department of Lamp Government of Lampshire",
        "Ministry of Self Government of the Wick Isles",
    ):
        assert root(extract(page(title, intro)))[0] == title, title


def test_root_not_a_listed_part_an_item_beside_that_opens_a_sentence_lists_no_part() -> None:
    """ "- The Wick Supply Administration (WSA) keeps ..." beside "- It was founded ...",
    "- Our keepers ..." or "- In 1901 ...": the item beside opens with a sentence's first
    word, no part's name, so the introduction's agency is the page's (the title was the root
    before)."""
    units = (
        "\n\nOffice of Wick Standards\n\nThe office sets standards for wicks.\n\n"
        "Office of Glass Inspection\n\nThe office inspects lantern glass.\n"
    )
    for beside in ("It was founded in 1901.", "Our keepers work day and night.", "In 1901 it"):
        text = (
            "Lamp Matters\n\nThe realm keeps the lamps lit.\n\n- The Wick Supply Administration"
            f" (WSA) keeps the lamps of the realm lit.\n- {beside}\n{units}"
        )
        assert root(extract(text)) == (
            "Wick Supply Administration",
            "WSA",
            "root_from_intro_agency",
        ), beside


def test_position_heads_agency_another_post_that_ends_in_the_same_word() -> None:
    """ "Office of the Lamp Commissioner" over "The Wick Commissioner is the head of the Lamp
    Standards Agency ...": another post, not the one the title's office is of, so the page
    is the office's (the agency was the root before: only the post's last word was read);
    the post's own head ("The Commissioner", "The Chief Lamp Commissioner") still is."""
    other = OFFICE_OF_POST.replace("The Lamp Commissioner is", "The Wick Commissioner is")
    assert root(extract(other))[0] == "Office of the Lamp Commissioner"
    for post in ("The Commissioner is", "The Chief Lamp Commissioner is"):
        text = OFFICE_OF_POST.replace("The Lamp Commissioner is", post)
        assert root(extract(text))[0] == "Lamp Standards Agency", post


def test_root_not_a_listed_part_a_heading_that_names_an_agency_further_on() -> None:
    """ "## Department of Wicks" beside "## Our Partner, the Bureau of Oil": the heading beside
    names a partner further on, it is no part worded as an agency, so the department is the
    page's agency (the partner was the root before)."""
    text = (
        "Lamp Realm Matters\n\nThe realm keeps the lamps lit through the body below.\n\n"
        "## Department of Wicks\n\nThe department braids the wicks.\n\n"
        "### Wick Braiding Division\n\nThe division braids.\n\n"
        "### Wick Trimming Division\n\nThe division trims.\n\n"
        "## Our Partner, the Bureau of Oil\n\nThe bureau supplies oil.\n"
    )
    found = extract(text, markdown=True)
    assert root(found)[0] == "Department of Wicks"
    assert offices(found)["Wick Braiding Division"].parent == "Department of Wicks"


def test_position_heads_agency_an_office_of_a_task_is_a_part_of_the_office() -> None:
    """ "Office of the Lamp Commissioner" over a section "Office of Wick Supply": an office of
    a task, not of a post, is one of the title office's parts, under it; only an office of
    another post ("Office of the Wick Commissioner") stands beside it (before, any "Office
    of" heading did, and the title's office was lost)."""
    text = OFFICE_OF_POST.replace("Wick Braiding Division", "Office of Wick Supply")
    found = offices(extract(text))
    assert found["Office of the Lamp Commissioner"].parent == "Lamp Standards Agency"
    assert found["Office of Wick Supply"].parent == "Office of the Lamp Commissioner"


def test_root_title_topic_words_a_series_with_a_comma_before_and() -> None:
    """ "Powers, Duties, and Functions of the Lamp Board": a series of topic words with a
    comma before its last "and" is read as one without it (the title stood whole before)."""
    intro = "Lamps are kept lit here."
    title = "Powers, Duties, and Functions of the Lamp Board"
    assert root(extract(page(title, intro)))[0] == "Lamp Board"


def test_second_title_line_a_section_under_a_title_naming_units_in_the_plural() -> None:
    """ "Wick Divisions" over "Trimming" over text, then "Braiding" over text: the first
    line names the page's units in the plural, the second is the first of them, not the
    title (it was the root before, its peers its units)."""
    text = dedent("""\
        Wick Divisions

        Trimming

        The Trimming Division cuts the wicks of the town's lamps to length.

        Braiding

        The Braiding Division braids new wicks from cotton thread.
        """)
    result = extract(text)
    assert root(result)[0] == "Wick Divisions"
    assert "Trimming Division" in offices(result)
    off = extract(text, off={"second_title_line_a_section"})
    assert root(off)[0] == "Trimming"


def test_second_title_line_a_section_not_a_group_under_a_title_naming_units() -> None:
    """ "Lamp staff and departments" over "Lamp staff" (people in the plural, a group of its
    own, not the first of the sections) stays a title line."""
    text = dedent("""\
        Lamp staff and departments

        Lamp staff

        Besides the wardens, paid keepers run the lamps day to day.

        The guild employs over forty keepers.

        Lamp departments

        Wick Supply

        This department buys the wicks.

        Glass Care

        This department cleans the glass.
        """)
    lines = [line.text for line in layout(text).title_lines]
    assert lines == ["Lamp staff and departments", "Lamp staff"]


def test_root_not_a_listed_part_an_agency_phrase_opening_the_section_its_heading_names() -> None:
    """ "## Wick Supply" over "The Department of Wick Supply buys ...", beside "## Glass Care"
    over "The Glass Care Division mends ...": the page describes its parts section by
    section, and the name opening the first section is no agency of the page (it was the
    root before, and lost as a unit)."""
    text = (
        "Lamp Realm Parts\n\nThe realm keeps the lamps lit through the parts below.\n\n"
        "## Wick Supply [TOP]\n\nThe Department of Wick Supply buys the wicks.\n\n"
        "## Glass Care [TOP]\n\nThe Glass Care Division mends the lantern glass.\n"
    )
    found = extract(text, markdown=True)
    assert root(found)[0] == "Lamp Realm Parts"
    assert offices(found)["Department of Wick Supply"].parent == "Lamp Realm Parts"
    off = root(extract(text, markdown=True, off={"root_not_a_listed_part"}))
    assert off == ("Department of Wick Supply", None, "root_from_agency_phrase")


def test_root_not_a_listed_part_not_a_section_beside_labels() -> None:
    """ "## Wick Supply" over "The Department of Wick Supply buys ...", beside only "##
    Contact Us": no parts side by side; the department is the page's agency."""
    text = (
        "Lamp Realm Parts\n\nThe realm keeps the lamps lit.\n\n"
        "## Wick Supply\n\nThe Department of Wick Supply buys the wicks.\n\n"
        "## Contact Us\n\nWrite to the keeper of the lamps.\n\n"
        "## Wick Buying\n\nThe unit buys wicks from the braiders.\n"
    )
    assert root(extract(text, markdown=True))[0] == "Department of Wick Supply"


@pytest.mark.xfail(
    strict=True,
    reason="a body's name over the first of its sections side by side ('Lamp Administration' "
    "over 'Wick Counsel' / text / 'Glass Records' / text) is read as two title lines: reading "
    "the second as a section when a later heading at its level stands over text helped one "
    "development page only",
)
def test_second_title_line_a_section_under_a_body_name_over_sections_side_by_side() -> None:
    text = dedent("""\
        Lamp Administration

        Wick Counsel

        The Office of Wick Counsel gives legal advice on wicks.

        Glass Records

        The Glass Records team keeps the records of the lantern glass.
        """)
    assert root(extract(text))[0] == "Lamp Administration"


def test_agency_name_before_noun_a_place_opens_the_agencys_name() -> None:
    """ "The Lampshire County Department of Wicks keeps ...": the place's words before the
    agency's noun open its name; a sentence's opening word and a post's title do not."""
    intro = "The keeper heads the Lampshire County Department of Wicks and trims its lamps."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Lampshire County Department of Wicks"
    off = extract(text, off={"agency_name_before_noun"})
    assert root(off)[0] == "Department of Wicks"
    opening = "The Department of Wicks keeps the lamps of the realm lit."
    text = page("Lantern Works", opening).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"
    titled = "Chief Keeper, Wick Supply Agency of Lampland, signs each order."
    text = page("Lantern Works", titled).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Wick Supply Agency of Lampland"
    posted = "Director Department of Wicks: the keeper signs each order."
    text = page("Lantern Works", posted).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_agency_name_before_noun_a_place_named_new() -> None:
    """ "the New Lampshire Department of Wicks": "New" opens the place's name, as in any
    state or country so named; right before the agency's noun ("New Department of Wicks
    opens") it is news and stays out."""
    intro = "The keeper heads the New Lampshire Department of Wicks and trims its lamps."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "New Lampshire Department of Wicks"
    news = "New Department of Wicks opens: the keeper trims the lamps of the realm."
    text = page("Lantern Works", news).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_agency_name_before_noun_a_countrys_initialism() -> None:
    """ "the U.K. Department of Wicks", "the U.S. Wick Supply Agency of Lampland": the
    country's initialism opens the name, its full stops no sentence's end; a sentence that
    ends on one ("... across the U.S. The Department of Wicks ...") stays outside."""
    for intro, name in (
        ("The keeper heads the U.K. Department of Wicks and trims its lamps.", "U.K."),
        ("The keeper heads the U.S. Wick Supply Agency of Lampland and trims lamps.", "U.S."),
    ):
        text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
        assert root(extract(text))[0].startswith(name + " ")
    intro = "The keeper trims lamps across the U.S. The Department of Wicks keeps the oil."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_agency_name_before_noun_not_a_possessive() -> None:
    """ "Lampshire's Department of Wicks": a possessive names the place that has the
    department; the name stays the phrase from its noun on."""
    intro = "The office is the local arm of Lampshire's Department of Wicks and trims lamps."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_agency_name_before_noun_a_heading_names_the_agency_from_its_noun_on() -> None:
    """ "About the Department of Wicks" over the Lampshire Department of Wicks' divisions:
    the heading names the agency, no unit; the divisions hang from the agency."""
    text = dedent("""\
        Lampshire Department of Wicks

        About the Department of Wicks

        The Lampshire Department of Wicks trims the lamps of the realm. It has two divisions.

        Division of Braiding

        The division braids wicks.

        Division of Dipping

        The division dips wicks in oil.
        """)
    found = offices(extract(text))
    assert "About the Department of Wicks" not in found
    assert found["Division of Braiding"].parent == "Lampshire Department of Wicks"


def test_agency_name_before_noun_not_the_unit_its_section_heading_names() -> None:
    """ "Braiding" over "It is the mission of the Lampton Bureau of Braiding to ...": the
    name is the section's unit; the phrase is not grown over the place's words."""
    text = dedent("""\
        # Safety

        The town keeps its lamps lit.

        **Braiding**

        It is the mission of the Lampton Bureau of Braiding to braid the wicks of the town.

        **Dipping**

        The Bureau of Dipping dips the wicks in oil.
        """)
    assert root(extract(text, markdown=True))[0] == "Bureau of Braiding"
    found = offices(extract(text, markdown=True))
    assert found["Lampton Bureau of Braiding"].parent == "Bureau of Braiding"


def test_agency_name_before_noun_a_heading_whose_words_follow_the_name() -> None:
    """ "Oil Supply" over "the Lampton Bureau of Wicks to keep the oil supply ...": the
    heading's words come after the name, not in it; the name is grown."""
    text = dedent("""\
        # Safety

        The town keeps its lamps lit.

        **Oil Supply**

        It is the mission of the Lampton Bureau of Wicks to keep the oil supply of the town.

        **Dipping**

        The Bureau of Dipping dips the wicks in oil.
        """)
    assert root(extract(text, markdown=True))[0] == "Lampton Bureau of Wicks"


def test_acronym_with_body_noun_the_organ_the_page_calls_by_the_acronym() -> None:
    """An acronym the page never expands ("LU") read as the root, while the page calls its
    body "the LU Secretariat" (and "the LU Council" less often): the root is the
    secretariat."""
    intro = (
        "The LU Secretariat is headed by a Wick Warden appointed by the LU Council. "
        "The LU Secretariat keeps the lamps of LU lit, as LU members ask, and LU pays."
    )
    text = page("LU Leadership", intro)
    assert root(extract(text, off={"acronym_with_body_noun"}))[0] == "LU"
    assert root(extract(text))[0] == "LU Secretariat"


def test_acronym_with_body_noun_not_a_page_on_all_the_organs() -> None:
    """A page that names each of LU's organs as often ("the LU Assembly", "the LU Council",
    "the LU Secretariat") describes LU and its organs: the root stays LU, not the organ it
    names first."""
    intro = (
        "LU has three organs. The LU Assembly sets the lamp policy; the LU Assembly meets "
        "each year. The LU Council guides the keepers; the LU Council meets each month. "
        "The LU Secretariat trims the lamps; the LU Secretariat serves the LU members."
    )
    text = page("LU Leadership", intro)
    assert root(extract(text))[0] == "LU"


def test_acronym_with_body_noun_not_a_noun_that_opens_a_longer_name() -> None:
    """ "The LU Organization Structure includes ...": the noun does not close the name (a
    topic follows it), so the acronym stays the root."""
    intro = (
        "The LU Organization Structure includes the Wick Warden. The LU Organization "
        "Structure keeps the lamps of LU lit, as LU members ask, and LU pays."
    )
    assert root(extract(page("LU Leadership", intro)))[0] == "LU"


def test_root_title_names_units_the_introductions_subject_is_the_body() -> None:
    """ "Specialized Trimming Units" over "The Wick Keeper's Office is organized into ...":
    the title names the page's units in the plural, no body; the introduction's subject is
    the root."""
    intro = "The Wick Keeper's Office is organized into several trimming units."
    text = page("Specialized Trimming Units", intro)
    assert root(extract(text))[0] == "Wick Keeper's Office"
    off = extract(text, off={"root_title_names_units"})
    assert root(off)[0] == "Specialized Trimming Units"


def test_root_title_names_units_not_a_title_naming_the_body_that_has_them() -> None:
    """ "Lamp Office Divisions": the title names the office that has the divisions, so the
    title stays the root's source."""
    intro = "The Wick Keeper's Office is organized into several trimming units."
    assert root(extract(page("Lamp Office Divisions", intro)))[0] != "Wick Keeper's Office"


def test_root_title_names_units_an_introduction_opened_by_one_of_the_units() -> None:
    """ "The Wick Division has crews ..." under "Wick and Lamp Divisions": the subject is one
    of the divisions the title names, not the body that has them, so it is no root; it is a
    unit under the root, as the units of the headings are."""
    intro = "The Wick Division has crews with daily trimming duties for the lamps of the town."
    text = page("Wick and Lamp Divisions", intro) + (
        "\nOil Supplies\n\nThe Oil Supplies Division is responsible for the lamp oil.\n"
    )
    found = offices(extract(text))
    assert root(extract(text))[0] != "Wick Division"
    assert found["Wick Division"].parent == root(extract(text))[0]
    off = extract(text, off={"root_title_names_units"})
    assert root(off)[0] == "Wick and Lamp Divisions"


def test_root_from_first_sentence_subject_a_body_noun_alone() -> None:
    """A page that opens with "The Department trims ..." or "This directorate is ...": the
    root is the body's noun, not the sentence; "This section is ..." speaks of the text."""
    for opening, noun in (
        ("The Department trims and dips the wicks of the realm's lamps.", "Department"),
        ("This directorate is responsible for the supply of lamp oil to the realm.", "Directorate"),
    ):
        text = opening + "\n\nWick Division\n\nThe division trims wicks.\n"
        assert root(extract(text))[0] == noun
        # the first line's words, not the noun its sentence refers to
        off = extract(
            text, off={"root_from_first_sentence_subject", "root_first_line_referred_body"}
        )
        assert root(off)[0] != noun
    text = "This section is included in the lamp keepers' handbook.\n\nWick Division\n"
    assert root(extract(text + "\nThe division trims wicks.\n"))[0] != "Section"


def test_root_from_first_sentence_subject_a_noun_that_modifies_the_subject() -> None:
    """ "The office hours are ...", "The department head will ...": the noun modifies the
    subject, the word after it is no verb; "The Department also has ..." keeps its noun."""
    for opening in (
        "The office hours are 9 to 5 on each working day.",
        "The department head will trim the lamps of the realm each night.",
    ):
        text = opening + "\n\nWick Division\n\nThe division trims wicks.\n"
        assert root(extract(text))[2] != "root_from_first_sentence_subject"
    text = "The Department also has a store of lamp oil for the realm.\n\nWick Division\n"
    assert root(extract(text + "\nThe division trims wicks.\n"))[0] == "Department"


def test_root_from_first_sentence_subject_a_determiner_opens_the_subject() -> None:
    """ "This Section sets out ...": the determiner is no part of the subject's name, and
    the section alone is the text's own; "This Lamp Office trims ..." is the Lamp Office."""
    text = "This Section sets out the duties of the lamp keepers of the realm.\n\nWick Division\n"
    found = root(extract(text + "\nThe division trims wicks.\n"))
    assert found[2] != "root_from_first_sentence_subject"
    text = "This Lamp Office trims the wicks of the realm every day.\n\nWick Division\n"
    assert root(extract(text + "\nThe division trims wicks.\n")) == (
        "Lamp Office",
        None,
        "root_from_first_sentence_subject",
    )


def test_root_from_first_sentence_subject_a_noun_alone_that_names_no_body() -> None:
    """ "The staff are ...", "The offices are open ...", "The program trims ...", "The region
    is ...": a body's people, a plural, a program or a place is no body the page is about."""
    for opening, noun in (
        ("The staff are trained to trim the lamps of the realm with care.", "Staff"),
        ("The offices are open from nine to five on each working day.", "Offices"),
        ("The program trims and dips the wicks of the realm's lamps.", "Program"),
        ("The region is home to the lamp makers of the western realm.", "Region"),
    ):
        text = opening + "\n\nWick Division\n\nThe division trims wicks.\n"
        assert root(extract(text))[0] != noun


MENU_BAR = (
    "Home | En Lampish | Contact Us | A to Z\n\n"
    "Lamp Keepers Division\n\n"
    "The Lamp Keepers Division keeps the lamps of the realm lit.\n\n"
    "Office of Wick Standards\n\nThe office sets standards for wicks.\n\n"
    "Office of Glass Inspection\n\nThe office inspects lantern glass.\n"
)


def test_menu_bar_line_the_link_home_and_its_menu() -> None:
    """ "Home | En Lampish | Contact Us | A to Z" over the page's title is the site's menu bar:
    the line after it names the root; switched off, the menu bar does."""
    assert root(extract(MENU_BAR))[0] == "Lamp Keepers Division"
    off = root(extract(MENU_BAR, off={"menu_bar_line"}))
    assert off[0] != "Lamp Keepers Division"


def test_menu_bar_line_four_links_between_bars_and_a_wide_gap() -> None:
    """Four links or more between bars, and "Home" with its links after a wide gap, are menus;
    a title with the site's name after one bar is not."""
    assert menu_bar_line("Overview | Wick Services | Press Room | Careers")
    assert menu_bar_line("Home          Search          Wick Keeper, Lamp Warden")
    assert not menu_bar_line("Lamp Keepers Division | Wick City")
    assert not menu_bar_line("Home")


OPENING_PROSE = (
    "We keep the lamps of the realm lit and train the keepers who tend them, and we publish "
    "the wick tables.\n\n"
    "The offices within the Lampshire Wick Department serve the keepers of every town and "
    "the guilds that supply them.\n\n"
    "Office of Wick Standards\n\nThe office sets standards for wicks.\n\n"
    "Office of Glass Inspection\n\nThe office inspects lantern glass.\n"
)


def test_root_from_opening_agency_name_a_first_line_that_is_no_name() -> None:
    """A page without a title that opens with a sentence about no named body is about the
    first body its opening prose names in full by an agency's noun; switched off, the first
    line's words are the root."""
    result = extract(OPENING_PROSE)
    assert root(result) == ("Lampshire Wick Department", None, "root_from_opening_agency_name")
    assert offices(result)["Office of Wick Standards"].parent == "Lampshire Wick Department"
    off = root(extract(OPENING_PROSE, off={"root_from_opening_agency_name"}))
    assert off[2] == "root_from_first_line"
    assert off[0].startswith("We keep the lamps")


def test_root_from_opening_agency_name_site_furniture_first() -> None:
    """A first line of site furniture ("dark overlay") is no name either: the body an
    "Office of ..." name opens the prose with is the root."""
    text = (
        "dark overlay\n\nThe Office of Wick Supply Rules drafts the rules on wick supply for "
        "the keepers of the realm.\n\n" + UNITS.strip() + "\n"
    )
    assert root(extract(text)) == (
        "Office of Wick Supply Rules",
        None,
        "root_from_opening_agency_name",
    )
    assert root(extract(text, off={"root_from_opening_agency_name"}))[0] == "dark overlay"


def test_root_from_opening_agency_name_not_a_unit_of_the_page() -> None:
    """A name the page sets as a heading of its own ("Office of Wick Standards"), a
    position's office ("Office of the Wick Commissioner") or a governing board is a part of the body,
    not the body: the first line's words stay the root."""
    for name in ("Office of Wick Standards", "Office of the Wick Commissioner", "Board of Wardens"):
        text = (
            f"We keep the lamps of the realm lit, and the {name} sets the rules for the "
            "keepers of every town.\n\n" + UNITS.strip() + "\n"
        )
        assert root(extract(text))[2] == "root_from_first_line", name


def test_root_from_opening_agency_name_not_past_a_line_about_its_own_subject() -> None:
    """A first line that is a sentence about the name it opens with ("Wick Operations
    includes ...") is about that body: a department named further on is not the root."""
    text = (
        "Wick Operations includes the Braiding and Trimming Divisions of the guild.\n\n"
        "The Braiding Division is one of the divisions of the Lampshire Wick Department and "
        "braids the wicks.\n\n" + UNITS.strip() + "\n"
    )
    assert root(extract(text))[2] != "root_from_opening_agency_name"


def test_root_from_opening_agency_name_a_title_that_names_no_body() -> None:
    """A title with no word that names a body ("About Us", a motto) leaves the root to the
    body the opening prose names; a title that names one ("Wick Office") stays the root."""
    intro = (
        "The present Lampshire Wick Department came into being in 1901 as the office of "
        "the lamp rolls and the keepers."
    )
    for title in ("About Us", "Lighting the Way Home"):
        result = extract(page(title, intro))
        assert root(result) == (
            "Lampshire Wick Department",
            None,
            "root_from_opening_agency_name",
        ), title
        off = root(extract(page(title, intro), off={"root_from_opening_agency_name"}))
        assert off[0] != "Lampshire Wick Department"
    assert root(extract(page("Wick Office", intro)))[0] != "Lampshire Wick Department"


def test_root_from_opening_agency_name_the_body_after_an_appositive_or_a_post() -> None:
    """ "the Secretariat, the Lamp Bureau" names the Lamp Bureau; "the Head of the Lamp
    Service" names the Lamp Service."""
    for prose, body in (
        ("Within the Secretariat, the Lamp Bureau keeps the lamps lit", "Lamp Bureau"),
        ("The Head of the Lamp Service leads the keepers of the lamps", "Lamp Service"),
    ):
        text = page("Lighting the Way Home", prose + " across every town of the realm.")
        assert root(extract(text))[:2] == (body, None), prose


def test_root_from_opening_agency_name_not_parts_a_paragraph_each() -> None:
    """Paragraphs that each open with a part ("The Office of Wick Audit is ...", "The Office
    of Glass Review ...") describe the body's parts: neither is the root."""
    text = (
        "Common Keeper Questions\n\n"
        "The Office of Wick Audit is responsible for auditing the wick accounts of every "
        "town.\n\n"
        "The Office of Glass Review reviews the lantern glass bought for the towns.\n"
    )
    assert root(extract(text))[2] != "root_from_opening_agency_name"


def test_root_from_opening_agency_name_not_a_contents_list() -> None:
    """A paragraph of names and numbers ("Lamps at a Glance 1. The Basics ...") is a
    contents list, no prose: it names no root."""
    text = (
        "Handbook November, 2026\n\n"
        "Lamps at a Glance 1. The Basics 2. Lamp Numbers 3. Offices o Office of Wick Grants o "
        "Office of Glass Care o Division of Oil Programs\n\n" + UNITS.strip() + "\n"
    )
    assert root(extract(text))[2] != "root_from_opening_agency_name"


def test_root_title_topic_words_after_an_agency_phrase() -> None:
    """ "the Department of Oil Organizational Structure": the agency phrase read from the
    page's text runs on into the page's topic; the body is the Department of Oil. A logo's
    words go alike."""
    for phrase, body in (
        ("Department of Oil Organizational Structure", "Department of Oil"),
        ("Department of Oil Logo", "Department of Oil"),
    ):
        text = (
            f"Lamp Keeping\n\nThe lamps are kept by the {phrase} of the keepers of the "
            f"realm.{UNITS}"
        )
        assert root(extract(text)) == (body, None, "root_from_agency_phrase"), phrase
        assert root(extract(text, off={"root_title_topic_words"}))[0] == phrase


def test_agency_name_before_noun_in_its_own_heading() -> None:
    """A heading that holds the agency phrase itself ("Lampshire Department of Wicks
    Organizational Structure") is the agency's own line, no section over a part: the name
    keeps its place words."""
    text = dedent("""\
        Wick Charts

        Lampshire Department of Wicks Organizational Structure

        Narrative Description

        Fiscal Year 2026

        The Lampshire Board of Wicks governs the department and names its director.

        Office of Wick Standards

        The office sets standards for wicks.

        Office of Glass Inspection

        The office inspects lantern glass.
        """)
    assert root(extract(text))[0] == "Lampshire Department of Wicks"
    off = root(extract(text, off={"agency_name_before_noun"}))[0]
    assert off.startswith("Department of Wicks")


def test_root_from_title_unit_a_division_of_a_department_the_text_names() -> None:
    """ "Wick Trimming Division" over "The division trims the wicks of the Department of
    Lamps": the page is about the division, not the department; switched off, the agency
    phrase names the root. A title naming a page's topic ("Division Organization") does
    not."""
    intro = "The division trims the wicks for the Department of Lamps in every town."
    text = page("Wick Trimming Division", intro)
    assert root(extract(text)) == ("Wick Trimming Division", None, "root_from_title_unit")
    assert root(extract(text, off={"root_from_title_unit"}))[0] == "Department of Lamps"
    topic = page("Wick Rules - Division Organization", intro)
    assert root(extract(topic))[2] != "root_from_title_unit"


MANUAL_PART = (
    "Department of Lamps\n\nLamp Manual\n\nSeries:  Organization\n\n"
    "Part 210:  Wick Trimming Bureau\n\nChapter 3:  Glass Care\n\n"
    "3.1 Office of Wick Standards. The office sets standards for wicks.\n\n"
    "3.2 Office of Glass Inspection. The office inspects lantern glass.\n"
)


def test_root_from_manual_part_is_the_body_the_numbered_part_names() -> None:
    assert root(extract(MANUAL_PART)) == ("Wick Trimming Bureau", None, "root_from_manual_part")
    off = root(extract(MANUAL_PART, off={"root_from_manual_part"}))
    assert off[0] == "Department of Lamps"


def test_root_from_manual_part_needs_a_name_worded_as_a_body() -> None:
    text = MANUAL_PART.replace("Wick Trimming Bureau", "Wick Trimming")
    assert root(extract(text))[2] != "root_from_manual_part"


def test_root_from_opening_acronym_after_a_run_in_label() -> None:
    """ "General organization. LWX is composed of ...": the acronym opens the sentence a
    run-in label heads, in the introduction's second block under a section's number."""
    text = page(
        "Section 12",
        "§ 12.1 Central organization.\n\n"
        "(a) General organization. LWX is composed of the Wick Supply Board and two offices. "
        "LWX was founded long ago.",
    )
    assert root(extract(text)) == ("LWX", "LWX", "root_from_opening_acronym")
    off = root(extract(text, off={"root_from_opening_acronym"}))
    assert off[2] != "root_from_opening_acronym"


def test_unit_of_agency_not_the_body_whose_policies_the_unit_carries_out() -> None:
    """ "The Wick Keeper's Office executes the policies and objectives of the Lamp Council":
    the council directs the office, it does not hold it; the office is the root. A body it
    serves ("serves all divisions of the Lamp Council") is still its body."""
    text = page(
        "Wick Keeper's Office",
        "The Wick Keeper's Office executes the policies and objectives of the Lamp Council.",
    )
    assert root(extract(text))[0] == "Wick Keeper's Office"
    held = page(
        "Wick Keeper's Office",
        "The Wick Keeper's Office serves all divisions of the Lamp Council.",
    )
    assert root(extract(held)) == ("Lamp Council", None, "unit_of_agency")


def test_root_title_names_units_a_subject_that_owns_them_stays_the_root() -> None:
    """ "The Lamp Division is organized into the regional divisions below." under "Regional
    Divisions": the subject is worded as a division but owns the ones the title names, so it
    is the root, its divisions under it."""
    text = dedent("""\
        Regional Divisions

        The Lamp Division is organized into the regional divisions below.

        Northern Wick Division

        The Northern Wick Division trims the wicks of the north.

        Southern Wick Division

        The Southern Wick Division braids the wicks of the south.
        """)
    assert root(extract(text))[0] == "Lamp Division"
    assert offices(extract(text))["Northern Wick Division"].parent == "Lamp Division"


PLURAL_HEADING = dedent(
    """\
    # Lampton Lamp House

    Welcome to the hall.

    ## Departments

    ### Wicks

    The Lampton Department of Wicks braids the wicks for the street lamps.

    ### Glass

    The Glass Department mends the lantern glass.
    """
)


def test_root_not_one_of_plural_a_department_under_a_departments_heading() -> None:
    """ "## Departments" over "The Lampton Department of Wicks braids ...": one of the
    departments the page lists, a unit of the hall, not its root."""
    found = extract(PLURAL_HEADING, markdown=True)
    assert root(found) == ("Lampton Lamp House", None, "root_from_title")
    assert offices(found)["Lampton Department of Wicks"].parent == "Lampton Lamp House"
    off = root(extract(PLURAL_HEADING, markdown=True, off={"root_not_one_of_plural"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_one_of_plural_a_department_under_a_title_in_the_plural() -> None:
    """A title "Lamp Departments" over "(3) The Department of Oil fills ...": a department
    of the council's, not the body the page describes; the council is."""
    text = (
        "Lamp Departments\n\nThe Lampton Lamp Council has three departments.\n\n"
        "(1) Wick Department.\n(2) Glass Department.\n\n"
        "(3) The Department of Oil fills the lamps.\n"
    )
    assert root(extract(text)) == (
        "Lampton Lamp Council",
        None,
        "root_from_intro_subject_under_label",
    )
    off = root(extract(text, off={"root_not_one_of_plural"}))
    assert off == ("Department of Oil", None, "root_from_agency_phrase")


@pytest.mark.parametrize("nation", ["U.S. ", "United States "])
def test_root_not_one_of_plural_a_department_in_the_plural_after_a_nation(nation: str) -> None:
    """ "Lamp Departments" over "The U.S. Department of Oil": the nation before the noun
    leaves it the noun."""
    text = (
        "Lamp Departments\n\nThe Lampton Lamp Council has three departments.\n\n"
        f"(1) Wick Department.\n(2) Glass Department.\n\n(3) The {nation}Department of Oil"
        " fills the lamps.\n"
    )
    assert root(extract(text))[0] == "Lampton Lamp Council"
    off = root(extract(text, off={"root_not_one_of_plural"}))
    assert off == (f"{nation}Department of Oil", None, "root_from_agency_phrase")


def _plural_heading_over(heading: str, phrase: str) -> str:
    """``PLURAL_HEADING`` with ``heading`` for "## Departments" and ``phrase`` for its
    first department's name."""
    text = PLURAL_HEADING.replace("## Departments", heading)
    return text.replace("Lampton Department of Wicks", phrase)


@pytest.mark.parametrize(
    ("heading", "phrase"),
    [
        ("## Agencies", "Lampton Agency for Wicks"),
        ("## Bureaux", "Lampton Bureau of Wicks"),
        ("## Ministries", "Lampton Ministry of Wicks"),
    ],
)
def test_root_not_one_of_plural_a_plural_as_names_write_it(heading: str, phrase: str) -> None:
    """The plural of each noun as ``in_singular`` reads it ("Agencies", "Bureaux"): the name
    under it is one of the bodies listed."""
    text = _plural_heading_over(heading, phrase)
    assert root(extract(text, markdown=True)) == ("Lampton Lamp House", None, "root_from_title")
    off = root(extract(text, markdown=True, off={"root_not_one_of_plural"}))
    assert off[2] == "root_from_agency_phrase"


def test_root_not_one_of_plural_a_plural_after_a_hyphen() -> None:
    """ "## Sub-Departments" over "The Lampton Department of Wicks": a sub-department is
    one of the departments listed too (the words are read apart at the hyphen)."""
    text = _plural_heading_over("## Sub-Departments", "Lampton Department of Wicks")
    assert root(extract(text, markdown=True)) == ("Lampton Lamp House", None, "root_from_title")


def test_root_not_one_of_plural_a_plural_heading_in_capitals() -> None:
    """ "## DEPARTMENTS" over "The Lampton Department of Wicks": the plural read whatever
    its case."""
    text = _plural_heading_over("## DEPARTMENTS", "Lampton Department of Wicks")
    assert root(extract(text, markdown=True)) == ("Lampton Lamp House", None, "root_from_title")


def test_root_not_one_of_plural_a_plural_heading_two_levels_up() -> None:
    """ "### Departments" under "## About", over "#### Wicks" and "The Lampton Department of
    Wicks": every heading over the name is read, not only the outermost."""
    text = PLURAL_HEADING.replace("## Departments", "## About\n\n### Departments")
    text = text.replace("### Wicks", "#### Wicks").replace("### Glass", "#### Glass")
    assert root(extract(text, markdown=True)) == ("Lampton Lamp House", None, "root_from_title")


def test_root_not_one_of_plural_not_a_department_that_oversees_the_departments() -> None:
    """A title "Lamp Departments" over "The Department of Lamps oversees the departments
    below": its sentence gives it the departments (``one_of_listed_units`` reads it so), so
    it owns them, it is none of them."""
    text = (
        "Lamp Departments\n\nThe Department of Lamps oversees the departments below.\n\n"
        "Wick Department\n\nThe department braids the wicks.\n\n"
        "Glass Department\n\nThe department mends the lantern glass.\n"
    )
    assert root(extract(text)) == ("Department of Lamps", None, "root_from_agency_phrase")


def test_root_not_one_of_plural_not_under_a_section_label_over_the_title() -> None:
    """Title lines "Departments" / "Wicks": the site's section label over the page's own
    title is no title of the page's, and the department the page describes stays the
    root."""
    text = (
        "Departments\n\nWicks\n\nThe Department of Wicks braids the wicks. It has a"
        " Braiding Unit and a Trimming Unit.\n"
    )
    assert root(extract(text)) == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_one_of_plural_not_under_a_heading_beside_it() -> None:
    """ "## Departments" closes before "## About us": the department under the other
    heading is the body the page describes."""
    text = (
        "# Lampton Works\n\n## Departments\n\nThe works has two departments.\n\n"
        "## About us\n\nThe Department of Wicks braids the wicks for the street lamps. It has"
        " a Braiding Unit and a Trimming Unit.\n"
    )
    assert root(extract(text, markdown=True)) == (
        "Department of Wicks",
        None,
        "root_from_agency_phrase",
    )


def test_root_not_one_of_plural_not_a_plural_of_another_noun() -> None:
    """ "## Bureaus" over "The Lampton Department of Wicks": bureaus are not departments."""
    text = PLURAL_HEADING.replace("## Departments", "## Bureaus")
    assert root(extract(text, markdown=True))[2] == "root_from_agency_phrase"


def test_root_not_one_of_plural_not_a_plural_in_prose() -> None:
    """ "other departments" in prose before "The Department of Wicks": bodies beside the
    page's own, which stays the root."""
    text = (
        "Lamp Matters\n\nThe city keeps other departments too. The Department of Wicks"
        " braids the wicks. It has a Braiding Unit and a Trimming Unit.\n"
    )
    assert root(extract(text)) == ("Department of Wicks", None, "root_from_agency_phrase")


TITLED_UNITS = {"root_owner_of_titled_units"}
DIVISION_SECTIONS = (
    "\n\nWick Division\n\nThe Wick Division trims the wicks of every lamp in the town.\n\n"
    "Glass Division\n\nThe Glass Division cleans the lamp glass each morning.\n"
)
NIGHT_WORK = "Much of the lamp work happens at night. "


def divisions_page(title: str, reference: str) -> str:
    """A page titled by its units in the plural, its introduction's first sentence no
    subject, then a sentence that refers to a body by ``reference``."""
    intro = f"{NIGHT_WORK}{reference} is organized into divisions by the work that is done."
    return f"{title}\n\n{intro}{DIVISION_SECTIONS}"


def test_root_owner_of_titled_units_the_agency_the_page_refers_to() -> None:
    """ "Lamp Divisions" over "The Department is organized into divisions ...": the title
    names the department's parts, the root is named by the department's noun; the units
    are read as before, under it."""
    for title in ("Lamp Divisions", "Trimming & Glass Divisions"):
        text = divisions_page(title, "The Department")
        result = extract(text)
        assert root(result) == ("Department", None, "root_owner_of_titled_units")
        assert offices(result)["Wick Division"].parent == "Department"
        assert offices(result)["Glass Division"].parent == "Department"
        off = extract(text, off=TITLED_UNITS)
        assert root(off) == (title, None, "root_from_title")
        assert offices(off)["Wick Division"].parent == title


def test_root_owner_of_titled_units_no_introduction() -> None:
    """No introduction, "the largest portion of the Department" in the first division's
    section: the department the page refers to most often is the root."""
    text = dedent("""\
        Wick & Glass Divisions

        Wick Division
        The Wick Division is the largest portion of the Department, trimming wicks all night.

        Glass Division
        The Glass Division cleans the lamp glass of the Department each morning.
        """)
    assert root(extract(text)) == ("Department", None, "root_owner_of_titled_units")
    off = extract(text, off=TITLED_UNITS)
    assert root(off) == ("Wick & Glass Divisions", None, "root_from_title")


def test_root_owner_of_titled_units_not_a_place() -> None:
    """ "The City is organized into divisions": a place may have departments between it and
    the divisions; the title stays the root's source."""
    result = extract(divisions_page("Lamp Divisions", "The City"))
    assert root(result) == ("Lamp Divisions", None, "root_from_title")


def test_root_owner_of_titled_units_not_a_longer_name() -> None:
    """ "The Department Lamp Center is ...": a capitalized word after the noun makes a longer
    name, no reference to the body."""
    result = extract(divisions_page("Lamp Divisions", "The Department Lamp Center"))
    assert root(result) == ("Lamp Divisions", None, "root_from_title")


def test_root_owner_of_titled_units_not_before_a_unit_noun() -> None:
    """ "The Department office is ...": the noun before a unit's noun in lower case names a
    unit, no reference to the body."""
    result = extract(divisions_page("Lamp Divisions", "The Department office"))
    assert root(result) == ("Lamp Divisions", None, "root_from_title")


def test_root_owner_of_titled_units_not_departments_or_offices() -> None:
    """ "Lamp Departments", "Lamp Offices": a place's departments or offices, perhaps, not an
    agency's parts; the title stays the root's source."""
    for title in ("Lamp Departments", "Lamp Offices"):
        result = extract(divisions_page(title, "The Department"))
        assert root(result) == (title, None, "root_from_title")


def test_root_owner_of_titled_units_not_a_root_read_otherwise() -> None:
    """ "The Lamp Keeper's Office is organized into ..." under "Lamp Divisions": the
    introduction's subject is the root (``root_title_names_units``), not renamed by the
    department the page refers to after it."""
    intro = (
        "The Lamp Keeper's Office is organized into several divisions. "
        "The Department funds the divisions."
    )
    text = f"Lamp Divisions\n\n{intro}{DIVISION_SECTIONS}"
    assert root(extract(text))[0] == "Lamp Keeper's Office"


def test_root_owner_of_titled_units_not_a_title_naming_their_owner() -> None:
    """ "Lamp Keeper's Divisions": the title names the keeper who has the divisions
    (``root_title_names_units`` does not read it as units alone); it stays the root's
    source."""
    result = extract(divisions_page("Lamp Keeper's Divisions", "The Department"))
    assert root(result) == ("Lamp Keeper's Divisions", None, "root_from_title")


def test_root_owner_of_titled_units_divisions_of_a_place_department() -> None:
    """ "Departmental Divisions" on a page that refers only to the place ("the City's
    lamps"): the department the divisions belong to is never named, and the place may have
    departments between it and the divisions, so the title stays the root's name."""
    text = dedent("""\
        Departmental Divisions

        Wick Division - trims the wicks of the City's lamps.

        Glass Division - cleans the glass of all City lamps and the City's lanterns.
        """)
    assert root(extract(text)) == ("Departmental Divisions", None, "root_from_title")


def test_root_owner_of_titled_units_not_units_speaking_of_themselves() -> None:
    """ "The Department trims ..." in the sections of "Wick Department" and "Oil
    Department" under "Lamp Units": each unit speaks of itself, no agency above them is
    named; the title stays the root's source and the units stay under it."""
    for title, noun, names in (
        ("Lamp Units", "Department", ("Wick Department", "Oil Department")),
        ("Field Units", "Office", ("North Office", "South Office")),
    ):
        text = (
            f"{title}\n\n{names[0]}\nThe {noun} trims the wicks of the north lamps.\n\n"
            f"{names[1]}\nThe {noun} keeps the oil of the south lamps.\n"
        )
        result = extract(text)
        assert root(result) == (title, None, "root_from_title")
        assert offices(result)[names[0]].parent == title
        assert offices(result)[names[1]].parent == title


def test_root_owner_of_titled_units_not_a_unit_of_the_page() -> None:
    """ "Lamp Divisions" with a unit named "Department" of its own ("Department" over a
    paragraph): "the Department" is that unit, no agency above the divisions."""
    text = (
        "Lamp Divisions\n\nMuch of the lamp work happens at night."
        f"{DIVISION_SECTIONS}\nDepartment\n\nThe Department keeps the lamp records.\n"
    )
    assert root(extract(text))[0] == "Lamp Divisions"


def test_root_owner_of_titled_units_counts_only_references() -> None:
    """ "The Department office keeps ..." first, then "The Department is organized ..." and
    "The Department trims ...": the mention before a unit's noun names a unit and is not
    counted; the two that remain refer to the agency, the root named at the first of them."""
    intro = (
        f"{NIGHT_WORK}The Department office keeps the records. The Department is organized"
        " into divisions by the work that is done. The Department trims."
    )
    text = f"Lamp Divisions\n\n{intro}{DIVISION_SECTIONS}"
    result = extract(text)
    assert root(result) == ("Department", None, "root_owner_of_titled_units")
    evidence = "The Department is organized into divisions by the work that is done."
    assert result.offices[0].evidence == evidence


def test_root_owner_of_titled_units_its_own_switch() -> None:
    """Off, ``root_title_names_units`` does not switch this rule off: the title that names
    units in the plural still gives way to the agency the page refers to."""
    text = divisions_page("Lamp Divisions", "The Department")
    result = extract(text, off={"root_title_names_units"})
    assert root(result) == ("Department", None, "root_owner_of_titled_units")


def test_opening_subject_unit_of_body_a_division_of_the_body_in_its_subject() -> None:
    """ "The Wick Division of the Lamp Warden's Office mends ...": the page opens on a
    division of the office, which the phrase finder cut at the owner's word. The office is
    the root, the division under it over the offices the page lists. Switched off, the
    opening line was the root."""
    text = "The Wick Division of the Lamp Warden's Office mends the lamps of the county." + UNITS
    assert root(extract(text)) == ("Lamp Warden's Office", None, "opening_subject_unit_of_body")
    placed = offices(extract(text))
    assert placed["Wick Division"] == (
        "Lamp Warden's Office",
        "opening_subject_unit_of_body",
        "opening_subject_unit_of_body",
    )
    assert placed["Office of Wick Standards"].parent == "Wick Division"
    assert root(extract(text, off={"opening_subject_unit_of_body"}))[2] == "root_from_first_line"


def test_opening_subject_unit_of_body_the_body_as_an_owner_before_the_unit() -> None:
    """ "The Lamp Warden's Office Wick Bureau is where ...": the owner and its body's noun,
    then the unit."""
    text = "The Lamp Warden's Office Wick Bureau is where most lamps are mended." + UNITS
    assert root(extract(text)) == ("Lamp Warden's Office", None, "opening_subject_unit_of_body")
    placed = offices(extract(text))
    assert placed["Wick Bureau"].parent == "Lamp Warden's Office"
    assert placed["Office of Glass Inspection"].parent == "Wick Bureau"
    assert root(extract(text, off={"opening_subject_unit_of_body"}))[2] == "root_from_first_line"


def test_opening_subject_unit_of_body_the_body_later_in_the_sentence() -> None:
    """ "Wick Administration is one of the bureaus of the Ministry of Lamps ...": the agency
    phrase took the ministry, a body ranking above the subject's administration, which the
    sentence makes one of its parts; the administration is the page's own unit under it.
    "is a unit of the", "is part of the", "is under the" and "is housed within the" place
    it there too, and so does "lends support to the bureaus of the" (a unit serving the
    body's other units, as support services do)."""
    text = "Wick Administration is one of the bureaus of the Ministry of Lamps." + UNITS
    assert root(extract(text)) == ("Ministry of Lamps", None, "opening_subject_unit_of_body")
    placed = offices(extract(text))
    assert placed["Wick Administration"].parent == "Ministry of Lamps"
    assert placed["Office of Wick Standards"].parent == "Wick Administration"
    off = extract(text, off={"opening_subject_unit_of_body"})
    assert root(off) == ("Ministry of Lamps", None, "root_from_agency_phrase")
    assert offices(off)["Office of Wick Standards"].parent == "Ministry of Lamps"
    placings = ("is a unit of", "is part of", "is under", "is housed within")
    for placing in (*placings, "lends support to the bureaus of", "serves all divisions of"):
        under = f"The Wick Directorate {placing} the Ministry of Lamps and Oil." + UNITS
        assert offices(extract(under))["Wick Directorate"].parent == "Ministry of Lamps and Oil"


def test_opening_subject_unit_of_body_the_body_by_its_noun_before_of() -> None:
    """ "The Wick Division of the Department of Lamps mends ...": the body's head noun is the
    word before its "of", not its last word."""
    text = "The Wick Division of the Department of Lamps mends the lamps of the county." + UNITS
    assert root(extract(text)) == ("Department of Lamps", None, "opening_subject_unit_of_body")
    assert offices(extract(text))["Wick Division"].parent == "Department of Lamps"


def test_opening_subject_unit_of_body_the_body_noun_in_the_owner_word() -> None:
    """ "The Lamp Ministry's Wick Division mends ...": the owner is the body, by its noun."""
    text = "The Lamp Ministry's Wick Division mends the lamps of the county." + UNITS
    assert root(extract(text)) == ("Lamp Ministry", None, "opening_subject_unit_of_body")
    placed = offices(extract(text))
    assert placed["Wick Division"].parent == "Lamp Ministry"
    assert placed["Office of Glass Inspection"].parent == "Wick Division"


def test_opening_subject_unit_of_body_a_capital_beyond_ascii() -> None:
    """A name's word may open with a capital beyond ASCII ("Ébène")."""
    text = "The Ébène Wick Division of the Lamp Warden's Office mends the lamps." + UNITS
    assert root(extract(text)) == ("Lamp Warden's Office", None, "opening_subject_unit_of_body")
    assert offices(extract(text))["Ébène Wick Division"].parent == "Lamp Warden's Office"


def test_opening_subject_unit_of_body_not_a_subject_worded_as_another_noun() -> None:
    """ "The Wick Council is a unit of the Ministry of Lamps.": a council (or a board, an
    agency, a unit) is not among the nouns of the units the rule reads."""
    text = "The Wick Council is a unit of the Ministry of Lamps." + UNITS
    assert root(extract(text)) == ("Ministry of Lamps", None, "root_from_agency_phrase")


def test_opening_subject_unit_of_body_not_a_subject_that_is_no_unit_before_its_body() -> None:
    """ "The Wick Works of the Lamp Warden's Office mends ...": works are no unit."""
    text = "The Wick Works of the Lamp Warden's Office mends the lamps of the county." + UNITS
    assert root(extract(text))[2] == "root_from_first_line"


def test_opening_subject_unit_of_body_not_two_joined_units() -> None:
    """ "The Wick Office and Glass Bureau of the ... mend ...": two units, neither the page's."""
    text = (
        "The Wick Office and Glass Bureau of the Lamp Warden's Department mend the lamps." + UNITS
    )
    assert root(extract(text))[2] != "opening_subject_unit_of_body"
    assert "Wick Office and Glass Bureau" not in offices(extract(text))


def test_opening_subject_unit_of_body_not_a_body_joined_to_another() -> None:
    """ "... of the Lamp Warden's Office and the Oil Ministry": two bodies, neither holds it."""
    text = (
        "The Wick Division of the Lamp Warden's Office and the Oil Ministry mends the lamps."
        + UNITS
    )
    assert root(extract(text))[2] != "opening_subject_unit_of_body"


def test_opening_subject_unit_of_body_an_agency_phrase_holding_the_unit() -> None:
    """The agency phrase took the subject with its body ("Wick Bureau of the Lamp Warden's
    Ministry"): the body is the root, the bureau under it once."""
    text = "The Wick Bureau of the Lamp Warden's Ministry mends the lamps of the county." + UNITS
    result = extract(text)
    assert root(result) == ("Lamp Warden's Ministry", None, "opening_subject_unit_of_body")
    assert [o.name for o in result.offices].count("Wick Bureau") == 1
    assert offices(result)["Wick Bureau"].parent == "Lamp Warden's Ministry"


def test_opening_subject_unit_of_body_not_a_body_ranking_no_higher_in_its_subject() -> None:
    """ "The Wick Bureau of the Glass Office ...": a bureau ranks above an office, which
    cannot hold it (an office named by its owner, "the Lamp Warden's Office", heads the
    whole body and can)."""
    text = "The Wick Bureau of the Glass Office mends the lamps of the county." + UNITS
    assert root(extract(text))[2] != "opening_subject_unit_of_body"


@pytest.mark.xfail(strict=True, reason="the opening unit holds the page's units of any rank")
def test_opening_subject_unit_of_body_not_over_units_that_are_its_siblings() -> None:
    """ "The Web Office of the Lamp Warden's Office keeps this page up to date.": the offices
    the page lists are the web office's siblings. A rank test would not tell them: a
    division over a bureau and a unit is a shape the development pages show."""
    text = "The Web Office of the Lamp Warden's Office keeps this page up to date." + UNITS
    assert offices(extract(text))["Office of Wick Standards"].parent == "Lamp Warden's Office"


def test_opening_subject_unit_of_body_not_under_a_title_naming_the_body() -> None:
    """A title that names the body ("Ministry of Lamps") gave the root: the page may list
    all its divisions, the opening one among them."""
    text = (
        "Ministry of Lamps\n\nThe Wick Division of the Lamp Warden's Office mends the lamps"
        " of the county." + UNITS
    )
    assert root(extract(text)) == ("Ministry of Lamps", None, "root_from_title_agency")


def test_opening_subject_unit_of_body_not_a_name_before_a_preposition() -> None:
    """ "The Wick Division of the Lamp Warden's Office in Oilton mends ...": the name runs on
    past "in" to a place; the word after the capitalized run is no verb."""
    text = (
        "The Wick Division of the Lamp Warden's Office in Oilton mends the lamps of the"
        " county." + UNITS
    )
    assert root(extract(text))[2] == "root_from_first_line"


def test_opening_subject_unit_of_body_not_a_lone_noun_before_of_the() -> None:
    """ "The Bureau of the Wick Service is a division of ...": a bureau named by what it is
    of is a name of its own, no bureau of the service; the agency phrase took it whole."""
    text = "The Bureau of the Wick Service is a division of the Department of Lamps." + UNITS
    assert root(extract(text)) == ("Bureau of the Wick Service", None, "root_from_agency_phrase")


def test_opening_subject_unit_of_body_not_a_body_without_a_body_noun() -> None:
    """ "... of the Lamp Warden's Keepers": people, not a body that holds a division."""
    text = "The Wick Division of the Lamp Warden's Keepers mends the lamps of the county." + UNITS
    assert root(extract(text))[2] == "root_from_first_line"


def test_opening_subject_unit_of_body_not_an_owner_without_its_body_noun() -> None:
    """ "The Lamp Warden's Wick Mending Bureau ...": the owner is a post, no body by its noun;
    and "The Lamp Warden's Office Wick Keeper ..." names a post after the office, no unit."""
    post = "The Lamp Warden's Wick Mending Bureau is where most lamps are mended." + UNITS
    assert root(extract(post))[2] == "root_from_first_line"
    keeper = "The Lamp Warden's Office Wick Keeper oversees the mending of lamps." + UNITS
    assert root(extract(keeper))[2] == "root_from_first_line"


def test_opening_subject_unit_of_body_not_a_subject_that_is_no_unit() -> None:
    """ "Wick Works lends support to ... the Ministry of Lamps": works rank as no unit."""
    text = "Wick Works lends support to the bureaus of the Ministry of Lamps." + UNITS
    assert root(extract(text))[2] == "root_from_agency_phrase"


def test_opening_subject_unit_of_body_not_a_body_it_is_not_placed_in() -> None:
    """A body the sentence names as a partner or a target holds no unit: "works closely with
    the bureaus of", "is independent of", "was moved out of", "serves the keepers of",
    "lends support to the keepers of"."""
    for sentence in (
        "The Wick Division works closely with the bureaus of the Ministry of Lamps on oil.",
        "The Wick Division is independent of the Ministry of Lamps.",
        "The Wick Division was moved out of the Ministry of Lamps in 1990.",
        "The Wick Division serves the keepers of the Ministry of Lamps.",
        "Wick Administration lends support to the keepers of the Ministry of Lamps.",
    ):
        result = extract(sentence + UNITS)
        assert root(result)[2] == "root_from_agency_phrase", sentence
        assert offices(result)["Office of Wick Standards"].parent == "Ministry of Lamps", sentence


def test_opening_subject_unit_of_body_not_a_body_ranking_no_higher() -> None:
    """An administration placed in a department: the two rank alike, neither holds the other."""
    text = "Wick Administration lends support to the units of the Department of Oil." + UNITS
    assert root(extract(text))[2] == "root_from_agency_phrase"


def test_opening_subject_unit_of_body_not_the_body_whose_policies_it_carries_out() -> None:
    """ "carries out the policies of the Ministry of Lamps": the ministry directs the unit."""
    text = (
        "Wick Administration carries out the policies of the Ministry of Lamps through its"
        " bureaus." + UNITS
    )
    assert root(extract(text))[2] == "root_from_agency_phrase"


def test_opening_subject_unit_of_body_not_another_body_than_the_agency_phrase() -> None:
    """The agency phrase took the first body ("the Department of Oil"), the unit is placed in
    another (the ministry): the two readings disagree, the root stays."""
    text = (
        "Wick Administration serves the Department of Oil and the bureaus of the Ministry of"
        " Lamps." + UNITS
    )
    assert root(extract(text)) == ("Department of Oil", None, "root_from_agency_phrase")


@pytest.mark.xfail(strict=True, reason="a subject after an opening clause is not read")
def test_opening_subject_unit_of_body_after_an_opening_clause() -> None:
    """ "Within the Ministry of Lamps, the Wick Directorate mends ...": the subject follows
    the clause that names its body; the rule reads a subject that opens the sentence, so
    the directorate (found under the ministry) does not hold the offices the page lists."""
    text = (
        "Within the Ministry of Lamps, the Wick Directorate mends the lamps of the county." + UNITS
    )
    assert offices(extract(text))["Office of Wick Standards"].parent == "Wick Directorate"
