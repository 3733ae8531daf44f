"""Where a list starts in an outline (``pipeline/extract/list_units/list_runs.py``): an item
that leads into the items under it (``outline_lead_in``) or announces them
(``announcing_item``)."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.list_units.item_names import item_name
from pipeline.extract.list_units.list_runs import announcing_item
from pipeline.extract.page import NoStructureError
from pipeline.text import blocks
from tests.extract.helpers import LAMP_DIVISIONS, MIXED_OUTLINE, extract, offices
from tests.extract.list_units.helpers import STAFF


def test_outline_lead_in_an_item_that_ends_in_a_colon_leads_into_its_sub_items() -> None:
    found = offices(extract(STAFF))
    assert found["Wick staff"].found_by == "composition_lead_in"
    assert "Glass staff" in found
    assert "Oil staff" in found
    with pytest.raises(NoStructureError):
        extract(STAFF, off={"outline_lead_in"})


def test_outline_lead_in_not_an_item_that_opens_with_its_own_name() -> None:
    """ "(b) Office of Wicks. The office consists of the following:" names a unit: its
    sub-items stay its parts."""
    text = dedent("""\
        § 9.5 Functional organization.

        (a) Office of the Lamp Warden. The Lamp Warden directs the lamp service, and the office consists of the following:

        (1) Wick Supply Division. Headed by a division director, this division buys wicks.

        (2) Glass Repair Division. Headed by a division director, this division mends panes.
        """)
    found = offices(extract(text))
    assert found["Wick Supply Division"].parent == "Office of the Lamp Warden"


def test_outline_lead_in_where_the_outline_levels_are_misread() -> None:
    found = offices(extract(MIXED_OUTLINE))
    assert found["Wick Supply"].found_by == "composition_lead_in"
    assert "Lighting Standards" in found
    assert "Oil Services" in found
    with pytest.raises(NoStructureError):  # "(a) The Wick Commission is ..." acts alone
        extract(MIXED_OUTLINE, off={"outline_lead_in", "acting_unit", "unit_names_in_text"})


def test_outline_lead_in_not_an_item_named_before_its_clause() -> None:
    """ "(3) Wick Division, with subordinate staff offices as required, to coordinate and
    manage the functions as follows:" names a unit; the functions under it are no units."""
    found = offices(extract(LAMP_DIVISIONS))
    assert found["Wick Division"].found_by == "listed_after_lead_in"
    assert not any(name.startswith("Wick trimming") for name in found)


def test_announcing_item_namely_over_deeper_items() -> None:
    """ "Four Divisions namely" over sentence-case items, then "Units, namely" set at the
    items' own level over more items: each announcing item leads into the items after it,
    though neither ends in a colon; neither is a unit itself."""
    page = dedent("""\
        <h1>Lampton Wick Service</h1>
        <p>The law gave the service the following composition:</p>
        <ol>
          <li>Two Standing Wardens.</li>
          <li>Four Divisions namely
            <ol type="i">
              <li>Wick care and trimming</li>
              <li>Oil supply</li>
              <li>Glass and panes</li>
              <li>Match stores</li>
              <li>Units, namely</li>
              <li>Lamp audit unit</li>
              <li>Soot records</li>
            </ol>
          </li>
        </ol>
        """)
    found = offices(extract(page, html=True))
    for name in ("Wick care and trimming", "Oil supply", "Lamp audit unit", "Soot records"):
        assert name in found, name
    assert "Units, namely" not in found
    assert found["Soot records"].found_by == "announcing_item"
    with pytest.raises(NoStructureError):  # before: no unit found, the page refused
        extract(page, html=True, off={"announcing_item"})


def test_announcing_item_flat_following_branches_with_own_letters() -> None:
    """A code's section set as one numbered list: "1. ... the Bureau shall be made up of the
    following branches, each of which shall be commanded by a Deputy Warden." then "2. A.
    Wick Branch;", "3. B. Oil Branch;": the announcing item leads into the items at its own
    level, and each item's own letter is no part of its name."""
    page = dedent("""\
        <h1>9.10.010 General Organization.</h1>
        <ol>
          <li>The Bureau of Lamps shall consist of the Lamp Warden and such other employees as the Council may provide. For administrative purposes the Bureau shall be made up of the following branches, each of which shall be commanded by a Deputy Warden.</li>
          <li>A. Wick Branch;</li>
          <li>B. Oil Branch;</li>
          <li>C. Glass Mending Branch.</li>
        </ol>
        """)
    found = offices(extract(page, html=True))
    for name in ("Wick Branch", "Oil Branch", "Glass Mending Branch"):
        assert name in found, name
    assert found["Oil Branch"].found_by == "following_lead_in"
    assert not {"A", "B", "C", "B. Oil Branch"} & set(found)
    off = offices(extract(page, html=True, off={"announcing_item"}))
    assert "B" in off  # before: the item's letter read as its name
    assert "Oil Branch" not in off


def test_announcing_item_leaves_items_that_end_in_a_sentence() -> None:
    """An item that says something of the units, with no "namely" or "the following"
    announcing the next items, leads into nothing."""
    assert announcing_item("Four Divisions namely")
    assert announcing_item("Units, namely:")
    assert not announcing_item("The divisions meet monthly.")
    assert not announcing_item("Wicks are trimmed namely")


def test_announcing_item_namely_after_a_noun_of_other_things() -> None:
    """ "namely" after "Wardens of the Divisions" or "Heads of Sections" lists the wardens or
    the heads, not units, though a plural unit noun stands near it."""
    assert not announcing_item("Two Wardens of the Divisions namely")
    assert not announcing_item("Heads of Sections, namely")
    assert announcing_item("The Three Divisions namely")
    page = dedent("""\
        <h1>Lamp Levy Service</h1>
        <p>The Lamp Levy Service was set up by law with the following composition:</p>
        <ol>
          <li>Chief Lampwright of the guild.</li>
          <li>Two Wardens of the Divisions namely
            <ol><li>Bram Tolley</li><li>Jane Doe</li></ol>
          </li>
          <li>Three Offices namely
            <ol><li>Oil and Tallow</li><li>Wick taxes</li><li>Glass</li></ol>
          </li>
        </ol>
        """)
    found = offices(extract(page, html=True))
    assert "Bram Tolley" not in found and "Jane Doe" not in found
    assert "Oil and Tallow" in found


def test_announcing_item_keeps_a_persons_initial_in_a_list_item() -> None:
    """ "J. Bram Tolley": a capital's initial before a person's name is the name's, not the
    item's own outline label; "B. Wick Branch" keeps losing its label."""
    person = blocks.Block(blocks.LIST_ITEM, 0, 14, "J. Bram Tolley")
    got = item_name(person)
    assert got is None or got[0] != "Bram Tolley"
    branch = blocks.Block(blocks.LIST_ITEM, 0, 14, "B. Wick Branch")
    assert item_name(branch) == ("Wick Branch", 3, 14)


NAMELY_ITEM = (
    "<html><head><title>Lamp Levy Service</title></head><body><h1>Lamp Levy Service</h1>"
    "<p>The Lamp Levy Service was set up by law with the following composition:</p>"
    "<ol><li>Chief Lampwright of the guild.</li><li>Three Standing Wardens.</li>"
    "<li>Two Departments namely<ol><li>Oil and Tallow</li><li>Wick taxes</li></ol></li>"
    "</ol></body></html>"
)


def test_nested_item_counting_units_without_a_colon_leads_into_its_sub_items() -> None:
    found = offices(extract(NAMELY_ITEM, html=True))
    assert found["Oil and Tallow"].parent == "Lamp Levy Service"
    # the sentence-case item stays: its item counts it as a department
    # (announced_units_in_sentence_case)
    assert "Wick taxes" in found
