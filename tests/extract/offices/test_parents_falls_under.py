"""The rules of ``pipeline/extract/offices/parents_falls_under.py``, each on short synthetic text.

Parents read from "falls under", an opening phrase's host ("Within the Office of Wicks,
the Oil Desk ...") and a lead-in whose items report to a post or unit."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import OPENING_HEAD, Placed, extract, offices

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
