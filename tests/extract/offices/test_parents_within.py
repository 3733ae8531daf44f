"""The rules of ``pipeline/extract/offices/parents_within.py``, each on short synthetic text.

Parents read from "within": a unit housed, placed or established within another, a unit
known as a body within a place, and a heading that names a found unit again."""

from __future__ import annotations

from textwrap import dedent

from tests.extract.filter_helpers import ROOT, page
from tests.extract.helpers import Placed, extract, names, offices

STATUTE = """\
§9-1 Department of lamps. (a) The department of lamps shall be headed by a single executive \
to be known as the warden of lamps.

(b) Effective July 1, 1990, the wick standards board, the board of glass and panes, and the \
office of oil supply as constituted by chapter 12 are placed within the department of lamps \
for administrative purposes.

(c) The lantern commission shall be placed, for administrative purposes only, within the \
department of lamps.
"""


def test_placed_within_reads_the_bodies_a_statute_places_in_a_department() -> None:
    """Bodies named in lower case before "are placed within": each is a unit; a piece that
    names no body continues the one before it, a clause after a name is not part of it."""
    found = offices(extract(STATUTE))
    assert found["wick standards board"].found_by == "placed_within"
    assert "board of glass and panes" in found
    assert "office of oil supply" in found
    assert "lantern commission" in found
    off = offices(extract(STATUTE, off={"placed_within"}))
    assert "lantern commission" not in off


def test_known_as_head_reads_the_head_a_statute_establishes() -> None:
    found = offices(extract(STATUTE))
    assert found["warden of lamps"].found_by == "known_as_head"
    assert "warden of lamps" not in offices(extract(STATUTE, off={"known_as_head"}))


LISTED_AGAIN = page(
    "Office of Glass Inspection",
    "The office inspects lantern glass. It works with these offices:",
    """
    - Office of Wick Standards
    - Lamp Records Branch
    """,
)


def test_repeated_unit_already_a_unit_item_refers_to_the_unit_found_before() -> None:
    result = extract(LISTED_AGAIN)
    assert names(result).count("Office of Wick Standards") == 1
    assert offices(result)["Lamp Records Branch"] == Placed(
        "Office of Glass Inspection", "listed_after_lead_in", "inside_section"
    )
    off = names(extract(LISTED_AGAIN, off={"repeated_unit", "unit_named_again"}))
    assert off.count("Office of Wick Standards") == 2


def test_repeated_unit_already_a_unit_list_before_the_headings_of_its_units() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. It has these offices:

        - Office of Wick Standards
        - Office of Glass Inspection

        Each office is described below.

        Office of Wick Standards

        The office sets standards for wicks.

        Office of Glass Inspection

        The office inspects lantern glass.
        """)
    assert names(extract(text)) == [ROOT, "Office of Wick Standards", "Office of Glass Inspection"]


def test_repeated_unit_heading_listed_twice_is_one_unit() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The bureau keeps the lamps lit.

        Office of Wick Standards (OWS)

        The office sets standards for wicks.

        Office of Glass Inspection

        The office inspects lantern glass.

        Office of Wick Standards (OWS)

        The office also keeps the wick registry.
        """)
    assert names(extract(text)) == [ROOT, "Office of Wick Standards", "Office of Glass Inspection"]
    off = names(extract(text, off={"repeated_unit", "unit_named_again"}))
    assert off.count("Office of Wick Standards") == 2


def test_repeated_unit_same_name_other_acronym_stays_two_units() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The bureau keeps the lamps lit.

        Office of Wick Standards (OWS)

        The office sets standards for wicks.

        Office of Wick Standards (WSO)

        A second office of that name, abroad.
        """)
    assert names(extract(text)).count("Office of Wick Standards") == 2


def test_repeated_unit_lines_of_one_name_give_one_office() -> None:
    text = (
        "Bureau of Lantern Safety\n\nThe bureau keeps the lamps lit.\n\n"
        + "Office of Wick Standards (OWS)\n" * 200
    )
    result = extract(text)
    assert names(result) == [ROOT, "Office of Wick Standards"]
    assert [a.acronym for a in result.acronyms] == ["OWS"]


SENTENCE_BEFORE_HEADINGS = dedent("""\
    Bureau of Lantern Safety

    WICK AND OIL DIRECTORATE

    The Wick and Oil Directorate comprises the Braiding Division, the Dipping Division and the
    Trimming Division.

    BRAIDING DIVISION

    The division braids wicks.

    DIPPING DIVISION

    The division dips wicks.
    """)


def test_repeated_unit_heading_over_a_part_a_sentence_before_named() -> None:
    result = extract(SENTENCE_BEFORE_HEADINGS)
    assert names(result).count("Braiding Division") == 1
    assert offices(result)["Braiding Division"].parent == "Wick and Oil Directorate"
    off = names(extract(SENTENCE_BEFORE_HEADINGS, off={"repeated_unit", "unit_named_again"}))
    assert off.count("Braiding Division") == 2


ENUMERATED_THEN_UNDER_ANOTHER = dedent("""\
    # Bureau of Lantern Safety

    ## Wick Directorate

    The Wick Directorate comprises the Ledgers Division and the Braiding Division.

    ## Oil Directorate

    The Oil Directorate keeps the oil.

    ### Ledgers Division

    The division keeps the oil directorate's records.
    """)


def test_repeated_unit_heading_under_another_units_section_after_a_sentence() -> None:
    """A heading under another unit's section names that unit's own part, not the part of
    the same name a sentence before enumerated."""
    result = extract(ENUMERATED_THEN_UNDER_ANOTHER, markdown=True)
    parents = [o.parent_id for o in result.offices if o.name == "Ledgers Division"]
    assert len(parents) == 2
    by_id = {o.office_id: o.name for o in result.offices}
    assert sorted(by_id[p] for p in parents if p) == ["Oil Directorate", "Wick Directorate"]
