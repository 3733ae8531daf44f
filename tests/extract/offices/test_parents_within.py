"""The rules of ``pipeline/extract/offices/parents_within.py``, each on short synthetic text.

Parents read from "within": a unit housed, placed or established within another, a unit
known as a body within a place, and a heading that names a found unit again."""

from __future__ import annotations

from textwrap import dedent

from tests.extract.filter_helpers import ROOT, page
from tests.extract.helpers import LIMIT, Placed, ends_within, extract, names, offices

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


# A statute section of a state's code, its bodies in lower case.
LAMP_STATUTE = dedent("""\
    §9-20 Department of wicks, oil, and glass. (a) The department of wicks, oil, and glass shall be headed by a single executive to be known as the director of wicks, oil, and glass.

    The wick appeals board provided for in chapter 31 is placed within the department of wicks, oil, and glass for administrative purposes.

    (b) The following are placed in the department of wicks, oil, and glass for administrative purposes as defined by section 9-35: lamp post authority, glass housing corporation, and any other boards and commissions as shall be provided by law.

    There shall be within the department of wicks, oil, and glass a board to be known as the lamp relations board as provided for in section 12-5, which shall hear disputes.

    The director may establish within the department a committee to be known as the state lamplighter council which shall sit in an advisory capacity to the director.
    """)


def test_known_as_body_reads_the_bodies_a_statute_establishes_by_name() -> None:
    found = offices(extract(LAMP_STATUTE))
    assert found["lamp relations board"].found_by == "known_as_body"
    assert found["state lamplighter council"].found_by == "known_as_body"
    off = offices(extract(LAMP_STATUTE, off={"known_as_body"}))
    assert "lamp relations board" not in off
    assert "state lamplighter council" not in off


def test_known_as_head_a_name_closing_with_a_series() -> None:
    """ "to be known as the director of wicks, oil, and glass.": the commas join the name."""
    found = offices(extract(LAMP_STATUTE))
    assert found["director of wicks, oil, and glass"].found_by == "known_as_head"
    assert "director of wicks" not in found


def test_placed_within_the_following_are_placed_and_a_provided_for_clause() -> None:
    """ "The following are placed in X ...: A, B, and any other boards": the list after the
    colon; "The A board provided for in chapter 31 is placed within X": the clause is no part
    of the name."""
    found = offices(extract(LAMP_STATUTE))
    assert found["lamp post authority"].found_by == "placed_within"
    assert "glass housing corporation" in found
    assert found["wick appeals board"].found_by == "placed_within"
    off = offices(extract(LAMP_STATUTE, off={"placed_within"}))
    assert "lamp post authority" not in off


HOUSED_IN_ITS_OWN_PART = dedent("""\
    # National Lamp Department

    ## Wick Office

    The Wick Office trims wicks.

    ## National Lamp Department

    Located within the Wick Office, the department keeps the lamps lit.
    """)


def test_housed_within_the_agency_housed_in_its_own_part_stays_the_root() -> None:
    # The agency's own section says it is within one of its parts: that would make the root
    # a part of its own part (the walk over the agency's names looped).
    with ends_within(LIMIT):
        found = offices(extract(HOUSED_IN_ITS_OWN_PART, markdown=True))
    assert found["National Lamp Department"].parent is None
    assert found["Wick Office"] == Placed(
        "National Lamp Department", "section_heading", "default_root"
    )


PART_OF_ITS_OWN_PART = dedent("""\
    # Lamp Board

    ## Wick Office

    It has two units: Oil Unit and Soot Unit.

    ## Oil Unit

    The Wick Office is part of the Oil Unit.
    """)


def test_unit_within_unit_a_unit_part_of_its_own_part_stays_above_it() -> None:
    # The Oil Unit is the Wick Office's part: "The Wick Office is part of the Oil Unit" would
    # make each the other's part (the rows' reader raised a KeyError on the cycle).
    with ends_within(LIMIT):
        found = offices(extract(PART_OF_ITS_OWN_PART, markdown=True))
    assert found["Wick Office"] == Placed("Lamp Board", "section_heading", "default_root")
    assert found["Oil Unit"] == Placed("Wick Office", "enumerated_units", "enumerated_units")
    assert found["Soot Unit"].parent == "Wick Office"


def test_unit_within_unit_then_falls_under_a_unit_part_of_its_own_part() -> None:
    # The same, then a unit falls under the Oil Unit: ``falls_under`` asks whether the host
    # is above the unit (that walk looped on the cycle).
    page = (
        PART_OF_ITS_OWN_PART + "\n## Glass Office\n\nThe Glass Office falls under the Oil Unit.\n"
    )
    with ends_within(LIMIT):
        found = offices(extract(page, markdown=True))
    assert found["Wick Office"].parent == "Lamp Board"
    assert found["Oil Unit"].parent == "Wick Office"
    assert found["Glass Office"] == Placed("Oil Unit", "section_heading", "falls_under")
