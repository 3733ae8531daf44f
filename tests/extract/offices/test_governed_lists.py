"""The rules of ``pipeline/extract/offices/governed_lists.py``, each on short synthetic text.

Names listed after verbs of leading and of oversight ("The Warden oversees A, B and C"),
short forms of units found already, and a found unit's bare parts."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import Placed, extract, offices, page


@pytest.mark.xfail(
    reason="bare names after 'is responsible for' ('The Chief Oil Officer is responsible for "
    "Oil Administration, Wick Budgets, Soot Revenue, ...') are read as duties; reading them "
    "as oversight_list reads 'oversees' was tried: 1 development page better, 1 worse",
    strict=True,
)
def test_oversight_list_bare_names_after_responsible_for() -> None:
    text = page(
        "The Chief Oil Officer is responsible for Oil Administration, Wick Budgets, Soot "
        "Revenue, Lamp Expenditure and Glass Supply Management."
    )
    assert "Soot Revenue" in offices(extract(text))


FOUND_SUBJECT_BARE_PARTS = dedent("""\
    # Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps.

    ## Wick Care

    Wick Care encompasses Trimming, Braiding and the Dip Unit.

    ## Oil Supply

    Oil Supply includes Lamp Help, Wick Aid and the Oil Program.

    ## Glass Board

    The Glass Board includes Harold Flint and Mary Pane.
    """)


def test_found_subject_bare_parts_lists_parts_whatever_their_words() -> None:
    """A unit found that opens a sentence with a verb of composition ("encompasses") names
    its parts after it, bare names too."""
    found = offices(extract(FOUND_SUBJECT_BARE_PARTS, markdown=True))
    for name in ("Trimming", "Braiding"):
        assert found[name] == ("Wick Care", "found_subject_bare_parts", "found_subject_bare_parts")
    off = offices(
        extract(FOUND_SUBJECT_BARE_PARTS, markdown=True, off={"found_subject_bare_parts"})
    )
    assert not {"Trimming", "Braiding"} & set(off)


def test_found_subject_bare_parts_not_programs_nor_members() -> None:
    """A series that names a program lists programs, and a board's lists members: no parts."""
    found = offices(extract(FOUND_SUBJECT_BARE_PARTS, markdown=True))
    for name in ("Lamp Help", "Wick Aid", "Harold Flint", "Mary Pane"):
        assert found.get(name, Placed(None, "", None)).found_by != "found_subject_bare_parts"


SHORT_FORM_SUBJECT = dedent("""\
    Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps.

    The Glass Division includes the Polishing Unit and the Soot Control Unit.

    Soot Control includes Sweeping, Brushing and the Ember Desk.

    The Polishing Unit polishes glass.
    """)


def test_short_form_subject_is_the_unit_named_in_full() -> None:
    """ "Soot Control includes ..." after "the Soot Control Unit": the parts listed go under
    that unit."""
    found = offices(extract(SHORT_FORM_SUBJECT))
    assert found["Sweeping"] == (
        "Soot Control Unit",
        "found_subject_bare_parts",
        "found_subject_bare_parts",
    )
    assert "Soot Control" not in found
    off = offices(extract(SHORT_FORM_SUBJECT, off={"short_form_subject"}))
    assert "Sweeping" not in off


def test_short_form_subject_listed_short_form_no_new_unit() -> None:
    """A bare name listed that is a found unit's name without its unit noun is that unit."""
    text = dedent("""\
        # Lamp Works Authority

        The Lamp Works Authority keeps the town's lamps.

        ## Wick Care

        Wick Care encompasses Trimming, Ember Watch and the Dip Unit.

        The Ember Watch Center watches embers all night.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Trimming"].found_by == "found_subject_bare_parts"
    assert "Ember Watch" not in found
    off = offices(extract(text, markdown=True, off={"short_form_subject"}))
    assert "Ember Watch" in off


def test_short_form_subject_of_a_counted_list_is_the_unit_named_in_full() -> None:
    """ "Oil Supplies is further organized into two Sections, ..." after the Oil Supplies
    Division is listed: the subject is that division, and the sections hang from it."""
    page = dedent("""\
        This is a chart for the lamp authority, showing its structure.

        LWA is organized into two Divisions, Wick Supplies Division and Oil Supplies Division. Oil Supplies is further organized into two Sections, Pump Section and Barrel Section.
        """)
    found = offices(extract(page))
    assert found["Pump Section"].parent == "Oil Supplies Division"
    assert found["Barrel Section"].parent == "Oil Supplies Division"
    off = offices(extract(page, off={"short_form_subject"}))
    assert off["Pump Section"].parent != "Oil Supplies Division"
