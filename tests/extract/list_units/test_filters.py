"""The filters of list items (``pipeline/extract/list_units/filters.py``): names that are no
unit, a pronoun that refers back, a place and its region, a document's part and a numbered
part with its title."""

from __future__ import annotations

from textwrap import dedent

from pipeline.extract.list_units.filters import (
    document_part_label,
    numbered_part_title,
    place_and_region,
    refers_back,
)
from tests.extract.filter_helpers import ROOT, page
from tests.extract.helpers import extract, names, offices, root

REFERRING = page(
    "The Team",
    "Our people trim wicks and clean glass.",
    "Glass Branch",
    "The branch inspects lantern glass.",
)


def test_refers_back_a_pronoun_or_a_bare_unit_noun_names_no_unit() -> None:
    assert names(extract(REFERRING)) == [ROOT, "Office of Wick Standards", "Glass Branch"]
    assert "The Team" in names(extract(REFERRING, off={"refers_back"}))


def test_refers_back_an_acronym_in_capitals_is_no_pronoun() -> None:
    """ "WE division": "WE" in capitals is an acronym, not the pronoun "we"."""
    assert refers_back("We division")
    assert not refers_back("WE division")


def test_title_modifier_alone_names_no_unit() -> None:
    """ "Under the direction of ..." opens a sentence; "(a) General." heads a paragraph."""
    text = dedent("""\
        § 12.3 Functional organization.

        (a) General. The Lamp Board set up the Wick Service under the Lamp Act of the town.

        (b) Wick Supply Division. The division buys the wicks.

        (c) Glass Repair Division. Under the direction of the Chief Glazier, who reports directly to the Wick Warden, the division mends the panes.
        """)
    found = offices(extract(text))
    assert "Glass Repair Division" in found
    assert "General" not in found
    assert "Under" not in found
    off = offices(extract(text, off={"title_modifier_alone"}))
    assert "General" in off or "Under" in off


OFFICES_BY_PLACE = (
    "<h1>Bureau of Lantern Safety</h1><p>The Bureau of Lantern Safety keeps the lamps lit.</p>"
    "<p><strong>Main Lamp Office</strong></p><ul><li>Lampton, Oilshire</li></ul>"
    "<p><strong>District Lamp Offices</strong></p><ul><li>Wickby, North Oilshire</li>"
    "<li>Glassford, Oilshire</li><li>Pane Hill, Wickshire</li></ul>"
    "<p><strong>Glass Works Division</strong></p><p>The division makes the panes.</p>"
)


def test_place_and_region_a_list_of_towns_and_regions_is_no_unit() -> None:
    found = names(extract(OFFICES_BY_PLACE, html=True))
    assert "Glass Works Division" in found
    assert not any("," in name for name in found)
    off = names(extract(OFFICES_BY_PLACE, html=True, off={"place_and_region"}))
    assert "Wickby, North Oilshire" in off


def test_place_and_region_areas_joined_by_and_or_a_post_are_not_places() -> None:
    assert place_and_region("Lampton, Oilshire")
    assert place_and_region("Cottage Infirmary, Wickby*")
    assert not place_and_region("Trade, Industry and Finance")
    assert not place_and_region("Lamp Director, Wick Supply")
    assert not place_and_region("Wick Division, Lampton")
    assert not place_and_region("Lampton")


PART_LABELS = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    SECTION 7—Central Organization

    The Bureau consists of the Office of Wick Standards and the Office of Glass Inspection.

    The board meets each week of the month:

    Week 1 – Wick Supply and Glass Care

    Week 2 – Oil Stores

    Week 3 – Open agenda
    """)


def test_document_part_label_a_section_or_a_week_and_its_number_is_no_unit() -> None:
    found = offices(extract(PART_LABELS))
    assert list(found) == [ROOT, "Office of Wick Standards", "Office of Glass Inspection"]
    assert found["Office of Glass Inspection"].parent == ROOT
    assert "Week 2" in names(extract(PART_LABELS, off={"document_part_label"}))
    # document_division_heading also names "SECTION 7—..." by its title, and
    # numbered_part_title reads its title as no unit's: all three off, the label is a unit.
    off = names(
        extract(
            PART_LABELS,
            off={
                "lone_topic_heading",
                "document_part_label",
                "document_division_heading",
                "numbered_part_title",
            },
        )
    )
    assert "Section 7" in off
    assert not document_part_label("Wick Section 7")
    assert document_part_label("Appendix B")


INSTRUMENT_HEADING = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Letter of Lamplighting No. 4

    The Bureau consists of the Office of Wick Standards and the Office of Glass Inspection.
    """)


def test_document_part_label_a_numbered_instrument_is_no_unit() -> None:
    found = names(extract(INSTRUMENT_HEADING))
    assert found == [ROOT, "Office of Wick Standards", "Office of Glass Inspection"]
    off = names(extract(INSTRUMENT_HEADING, off={"lone_topic_heading", "document_part_label"}))
    assert "Letter of Lamplighting No. 4" in off
    assert document_part_label("Executive Order No. 12")
    assert not document_part_label("Lamp Station No. 5")


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


def test_refers_back_a_sentence_subject_in_prose() -> None:
    """ "This Office supervises ...", after a sentence naming the office: the subject refers
    back to the office named, it names no unit of its own."""
    text = dedent("""\
        § 4.3 Organization.

        (a) The Office of Wick Operations is headed by the Director of Wick Operations. This Office supervises the wick stores and the wick budget.

        (b) The Office of Glass Policy is headed by the Director of Glass Policy. This Office advises the Lamp Board on the policy of glass.
        """)
    found = offices(extract(text))
    assert "Office of Wick Operations" in found
    assert "This Office" not in found
    # (a determiner opening a name is also a piece of a sentence: ``sentence_piece_name``)
    off = {"refers_back", "sentence_piece_name"}
    assert "This Office" in offices(extract(text, off=off))


CODE_PARTS = dedent("""\
    LAMP BOARD

    CHAPTER Lmp-B 100  ORGANIZATIONAL RULES

    PART Lmp-B 101  DEFINITIONS

    Lmp-B 101.01  "Board" means the lamp board of the town.

    PART Lmp-B 102  ORGANIZATION

    The chief lamplighter heads the board, which consists of:

    (a)  The following divisions:

    (1)  The division of wick supply;

    (2)  The division of glass repair; and

    (3)  The division of oil stores.
    """)


def test_numbered_part_title_a_code_part_heading_holds_the_bodys_own_units() -> None:
    """ "PART Lmp-B 102  ORGANIZATION": a part of the board's rules, after its code's
    letters, titled by no unit: the divisions its text lists are the board's."""
    found = offices(extract(CODE_PARTS))
    assert "PART Lmp-B 102 ORGANIZATION" not in found
    assert found["division of glass repair"].parent == root(extract(CODE_PARTS))[0]
    off = offices(extract(CODE_PARTS, off={"numbered_part_title", "paired_topic_heading"}))
    assert off["division of glass repair"].parent == "PART Lmp-B 102 ORGANIZATION"


SECTION_LABELS = dedent("""\
    An Act Creating the Lamp Board

    Section 1. Title. – This Act shall be known as the Lamp Board Act.

    Section 2. Definition of Terms. – For purposes of this Act, a lamp is a light.

    Section 6. Lamp Division. – The Lamp Division shall light the lamps.

    Section 4. Appropriations. – The sums needed shall be paid from the town's funds.
    """)


def test_numbered_part_title_a_laws_section_labels_are_no_units() -> None:
    """A law's "Section 1. Title. – ..." lines: parts of the law, not units; the section
    titled by a unit ("Section 6. Lamp Division.") is read as before."""
    found = names(extract(SECTION_LABELS))
    assert not [name for name in found if name.startswith("Section 1")]
    off = names(extract(SECTION_LABELS, off={"numbered_part_title"}))
    assert [name for name in off if name.startswith("Section 1")]


def test_numbered_part_title_a_title_worded_as_a_unit_or_a_post_or_run_in_is_kept() -> None:
    assert numbered_part_title("Section 4. Appropriations.")
    assert numbered_part_title("PART Lmp-B 102  ORGANIZATION")
    assert not numbered_part_title("Section 6. Office of Wicks")
    assert not numbered_part_title("Section 10. Deputy Lamp Warden.")
    assert not numbered_part_title("Section 11. Divisions of the Board.")
    assert not numbered_part_title("Section 9 Lamps")  # a program named after a law's section


DESCRIBED_PARTS = dedent("""\
    BOARD OF LAMP EXAMINERS

    CHAPTER Lmp 300  ORGANIZATIONAL RULES

    PART Lmp 301  DUTIES OF THE BOARD

    Lmp 301.01  The board examines lamplighters.

    PART Lmp 302  DESCRIPTION OF DIVISIONS

    Lmp 302.01  The board has the following divisions:

    (a)  The division of wick examinations;

    (b)  The division of oil examinations.
    """)


def test_numbered_part_title_a_title_of_what_a_part_says_of_a_unit_names_none() -> None:
    """ "PART Lmp 302  DESCRIPTION OF DIVISIONS": the unit noun after "of" is what the part
    speaks of; the divisions it lists are the board's, not the part's."""
    found = offices(extract(DESCRIBED_PARTS))
    assert "PART Lmp 301 DUTIES OF THE BOARD" not in found
    assert "PART Lmp 302 DESCRIPTION OF DIVISIONS" not in found
    assert found["division of oil examinations"].parent == root(extract(DESCRIBED_PARTS))[0]
    off = offices(extract(DESCRIBED_PARTS, off={"numbered_part_title"}))
    assert off["division of oil examinations"].parent == "PART Lmp 302 DESCRIPTION OF DIVISIONS"
    assert numbered_part_title("Section 12. Powers and Functions of the Director.")
    assert not numbered_part_title("Section 6. Office of Wicks")  # headed by its unit noun


LETTERED_SECTIONS = dedent("""\
    Oil Bureau

    The Oil Bureau has these sections:

    - Section C - Clearing
    - Section L - Licensing
    - Section M - Monitoring
    """)


def test_numbered_part_title_a_lettered_or_roman_section_is_the_bodys_section() -> None:
    """A section lettered ("Section C", "Section L", whose letters read as roman numerals) or
    numbered in roman in a list of the bureau's sections is a unit: a law numbers its
    sections in figures."""
    found = offices(extract(LETTERED_SECTIONS))
    assert "Section C - Clearing" in found
    assert "Section L - Licensing" in found
    assert found["Section L - Licensing"].parent == "Oil Bureau"
    assert not numbered_part_title("Section II - Accounts")
    assert numbered_part_title("Section 2 - Definitions")
    assert numbered_part_title("Article II: Meetings")  # other parts keep roman numerals


LETTERED_APPENDICES = dedent("""\
    Lamp Commission

    The Lamp Commission keeps the town's lamps.

    Appendix A - Glossary

    A lamp is a light.

    Appendix B - Staffing

    Office of Wick Policy

    The office writes the rules for wicks.

    Office of Glass Research

    The office studies lamp glass.

    Appendix D - Statistics

    Ten lamps were lit.
    """)


def test_numbered_part_title_a_lettered_appendix_is_a_part() -> None:
    """ "Appendix D - Statistics" is lettered by no roman numeral, as "Appendix C" would be:
    a part of the report, no unit; the offices are the commission's."""
    found = offices(extract(LETTERED_APPENDICES))
    assert "Appendix D - Statistics" not in found
    assert found["Office of Wick Policy"].parent == "Lamp Commission"
    assert "Appendix D - Statistics" in offices(
        extract(LETTERED_APPENDICES, off={"numbered_part_title"})
    )
    assert numbered_part_title("Subpart B—Definitions")
    assert not numbered_part_title("Section B - Licensing")  # a lettered section is a unit
