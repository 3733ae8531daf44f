"""The finders that read the heading over a list
(``pipeline/extract/list_units/headed_lists.py``): a heading that names units, a unit's parts
under its heading or its item, and the longer and sentence-case names among them."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.page import NoStructureError
from tests.extract.helpers import ROOT, Placed, extract, offices, page

UNIT_HEADING = page(
    "Our Divisions",
    """
    - Wick Standards
    - Glass Inspection
    - Oil Supply
    """,
)


def test_listed_under_unit_heading_makes_the_items_units() -> None:
    found = offices(extract(UNIT_HEADING))
    assert found["Glass Inspection"] == Placed(ROOT, "listed_under_unit_heading", "inside_section")
    with pytest.raises(NoStructureError):
        extract(UNIT_HEADING, off={"listed_under_unit_heading"})


def test_listed_under_unit_heading_a_list_of_one() -> None:
    text = page(
        "Our Divisions",
        """
        - Wick Standards Division (WSD) sets standards for wicks.
        """,
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Wick Standards Division"].found_by == "listed_under_unit_heading"
    off = offices(extract(text, off={"listed_under_unit_heading"}))
    assert off["Wick Standards Division"].found_by != "listed_under_unit_heading"


def test_listed_under_unit_heading_organizational_structure() -> None:
    text = page(
        "Organizational Structure",
        """
        - Wick Standards
        - Glass Inspection
        """,
    )
    found = offices(extract(text))
    assert found["Wick Standards"] == Placed(ROOT, "listed_under_unit_heading", "inside_section")
    with pytest.raises(NoStructureError):
        extract(text, off={"listed_under_unit_heading"})


DEFINED_ITEMS = page(
    "Lamp Bureaus",
    """
    - Bureau of Wick Standards (BWS) sets standards for wicks and trims them.
    - Glass Inspection Service (GXS) inspects lantern glass across the land.
    - The Flame Safety Institute (FSI) keeps flames safe in every lamp.
    """,
)


def test_listed_under_unit_heading_items_opening_with_a_defined_name() -> None:
    found = offices(extract(DEFINED_ITEMS))
    # "Lamp Bureaus" over the list and no prose of its own groups the bureaus; it is not one.
    assert found["Glass Inspection Service"] == Placed(
        ROOT, "listed_under_unit_heading", "inside_section"
    )
    assert "Lamp Bureaus" not in found
    assert "Flame Safety Institute" in found
    assert "Bureau of Wick Standards" in found


@pytest.mark.xfail(
    strict=True,
    reason="a list item laid out as a card (a bold name over paragraphs) is read as one "
    "run-on item whose name is not found; read as a heading over its text (tried), it also "
    "took the text after the list into the last card",
)
def test_listed_under_unit_heading_card_items() -> None:
    html = (
        "<html><body><main><h1>Bureau of Lantern Safety</h1>"
        "<p>The Bureau of Lantern Safety keeps the lamps lit.</p><h2>Teams</h2><ul>"
        "<li><p><strong>Wick Linkage</strong></p><p>The Wick Linkage Hub joins wicks.</p></li>"
        "<li><p><strong>Glass Care</strong></p><p>We polish the glass of every lamp.</p></li>"
        "</ul><p>We also meet every month.</p></main></body></html>"
    )
    found = offices(extract(html, html=True))
    assert found["Glass Care"].parent == "Bureau of Lantern Safety"
    assert "Wick Linkage" in found or "Wick Linkage Hub" in found


def test_nested_part_name_keeps_fields_named_by_a_gerund_or_a_plural() -> None:
    """A field named by a gerund or opening with a plural ("Engineering", "Planning",
    "Matches Supply", "Sales") nested under a unit is its part; a gerund before the
    plural thing it acts on ("Trimming Wicks") is a duty."""
    text = page(
        """\
        Our offices:

          • Office of Lamp Posts
            • Engineering
            • Planning
            • Trimming Wicks
          • Office of Oil Supply
            • Matches Supply
            • Sales
        """
    )
    found = offices(extract(text))
    for name, parent in (
        ("Engineering", "Office of Lamp Posts"),
        ("Planning", "Office of Lamp Posts"),
        ("Matches Supply", "Office of Oil Supply"),
        ("Sales", "Office of Oil Supply"),
    ):
        assert found[name].parent == parent, name
    assert "Trimming Wicks" not in found
    off = offices(extract(text, off={"nested_part_name"}))
    assert "Engineering" not in off


def test_nested_part_name_short_title_case_items_under_a_unit_item() -> None:
    """Items nested under a list item read as a unit are its parts when they are short
    names in title case ("Wick Care" under "Office of Lamps"), not when they are duties or
    status words."""
    text = page(
        """\
        Our offices:

          • Office of Lamp Posts
            • Post Painting
            • Glass Replacement
            • Trimming the wicks of every lamp on the square each night
          • Office of Oil Supply
            • Oil Storage
            • Repealed
        """
    )
    found = offices(extract(text))
    assert found["Post Painting"].parent == "Office of Lamp Posts"
    assert found["Oil Storage"].parent == "Office of Oil Supply"
    assert "Repealed" not in found
    assert not any(name.startswith("Trimming") for name in found)
    off = offices(extract(text, off={"nested_part_name"}))
    assert "Post Painting" not in off


def test_parts_under_unit_heading_short_names_under_a_heading_read_as_a_unit() -> None:
    """A list straight under a heading read as a unit, with no lead-in, whose items are short
    names in title case, lists that unit's parts, one item or many; a list of duties under
    such a heading, places ("Lampton, Oilshire") or counts ("2 Lamp Posts") names none."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Wick Affairs

          • Wick Counsel

        Glass and Oil

          • Glass Works
          • Oil Supply

        Post Services

          • Painting posts every spring
          • Replacing broken glass

        Wayside Office

          • Lampton, Oilshire

        Depot

          • 2 Lamp Posts
        """)
    found = offices(extract(text))
    assert found["Wick Counsel"].parent == "Wick Affairs"
    assert found["Wick Counsel"].found_by == "parts_under_unit_heading"
    assert found["Glass Works"].parent == "Glass and Oil"
    assert found["Oil Supply"].parent == "Glass and Oil"
    for name in ("Painting posts every spring", "Replacing broken glass", "Lampton, Oilshire"):
        assert name not in found
    assert not any(name.startswith("2 ") for name in found)
    off = offices(extract(text, off={"parts_under_unit_heading"}))
    assert "Wick Counsel" not in off and "Glass Works" not in off


def test_parts_under_unit_heading_not_a_roster_of_people() -> None:
    """A list under a unit heading with a person's name in it (an honorific, a middle
    initial) is the unit's staff, none of them a part; a list of short names beside it is."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Wick Division

          • Dr. Jane Doe
          • John Q. Smith
          • Mary Wick

        Glass and Oil

          • Glass Works
          • Oil Supply
        """)
    found = offices(extract(text))
    assert found["Glass Works"].parent == "Glass and Oil"
    for name in ("Dr. Jane Doe", "John Q. Smith", "Mary Wick"):
        assert name not in found, name


def test_parts_under_unit_heading_switched_apart_from_nested_part_name() -> None:
    """Each rule is switched on its own: with ``nested_part_name`` off, a list under a
    heading read as a unit still lists its parts (the ablation credits each its own rows)."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Glass and Oil

          • Glass Works
          • Oil Supply
        """)
    found = offices(extract(text, off={"lone_topic_heading", "nested_part_name"}))
    assert found["Glass Works"] == ("Glass and Oil", "parts_under_unit_heading", "inside_section")
    off = offices(extract(text, off={"lone_topic_heading", "parts_under_unit_heading"}))
    assert "Glass Works" not in off


def test_long_name_among_parts_a_long_name_beside_short_ones() -> None:
    """In a list of a unit's parts under its heading, most items short names, a longer name
    in title case is one more part; a list that names a document's parts ("Mission and
    Responsibilities") beside a long name is no unit's parts list."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Office of Wicks and Glass

          • Wick Care
          • Glass Works
          • Lamp Network on Glass Standards and Wick Safety
          • Oil Supply

        Glass Division

          • Mission and Responsibilities
          • Order of Succession
          • Duties and Powers of the Lamp Service Wardens
        """)
    found = offices(extract(text))
    long_name = "Lamp Network on Glass Standards and Wick Safety"
    assert found[long_name].parent == "Office of Wicks and Glass"
    assert found["Wick Care"].parent == "Office of Wicks and Glass"
    assert "Duties and Powers of the Lamp Service Wardens" not in found
    assert "Order of Succession" not in found
    off = offices(extract(text, off={"long_name_among_parts"}))
    assert long_name not in off and "Wick Care" not in off


def test_long_name_among_parts_a_link_to_the_page_furniture() -> None:
    """A long item that names the page's furniture ("Downloads and Publications of the Lamp
    Permit Desk") beside two short names is a link, not a long part, and the list is no
    list of parts."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Office of Wicks and Glass

          • Wick Care
          • Glass Works
          • Downloads and Publications of the Lamp Permit Desk
        """)
    found = offices(extract(text))
    assert "Downloads and Publications of the Lamp Permit Desk" not in found


def test_long_name_among_parts_a_long_post_among_holders() -> None:
    """A long item whose head is a post ("Deputy Warden of the Office of Wicks and Glass")
    beside two holders' names is no long part: the list names people, not parts."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Office of Wicks and Glass

          • Bram Tolley
          • Jane Doe
          • Deputy Warden of the Office of Wicks and Glass
        """)
    found = offices(extract(text))
    assert "Deputy Warden of the Office of Wicks and Glass" not in found
    assert "Bram Tolley" not in found


LAMP_CARE_PARTS = dedent("""\
    Lamp Bureau

    The Lamp Bureau keeps the town's lamps lit.

    Lamp Care Services

      • Glass Care
      • Oil Yard
      • Wick supply
      • Soot Removal
    """)


def test_sentence_case_among_parts_one_name_in_lower_case() -> None:
    """ "Wick supply" among "Glass Care", "Oil Yard", "Soot Removal": one part's name typed in
    sentence case under a heading worded as a unit does not lose the other parts; under a
    heading that names no unit ("Areas of Focus") such a list is still no list of parts."""
    text = LAMP_CARE_PARTS + dedent("""\

        Areas of Focus

          • Glass Polish
          • Oil Pricing
          • Wick help
        """)
    found = offices(extract(text))
    for name in ("Glass Care", "Oil Yard", "Soot Removal"):
        assert found[name].parent == "Lamp Care Services", name
        assert found[name].found_by == "parts_under_unit_heading", name
    assert "Glass Polish" not in found
    off = offices(extract(text, off={"sentence_case_among_parts"}))
    assert "Glass Care" not in off


def test_sentence_case_among_parts_not_a_link_among_the_items() -> None:
    """ "Pay a bill" among "Glass Care", "Oil Yard", "Soot Removal" under "Lamp Care Services":
    an item with an article or a pronoun after its first word is a link's words, not a part's
    name typed in sentence case; the list is no list of parts."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. It has several parts.

        Lamp Care Services

          • Glass Care
          • Oil Yard
          • Pay a bill
          • Soot Removal
        """)
    found = offices(extract(text))
    assert "Lamp Care Services" in found
    assert "Glass Care" not in found, found


def test_sentence_case_part_kept_among_title_case_parts() -> None:
    """ "Wick supply" among "Glass Care", "Oil Yard", "Soot Removal" under "Lamp Care
    Services": the part typed in sentence case is a part of the unit too; with the rule off
    it is dropped as a duty while its siblings stay."""
    text = LAMP_CARE_PARTS
    found = offices(extract(text))
    assert found["Wick supply"] == Placed(
        "Lamp Care Services", "parts_under_unit_heading", "inside_section"
    )
    off = offices(extract(text, off={"sentence_case_part_kept"}))
    assert "Wick supply" not in off
    assert off["Glass Care"].parent == "Lamp Care Services"


def test_sentence_case_part_kept_not_under_a_topic_heading() -> None:
    """Under a heading that names no unit ("Areas of Focus") a list with a name in sentence
    case is no list of parts: nothing of it is kept."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit.

        Lamp Care Services

          • Glass Care
          • Oil Yard

        Areas of Focus

          • Glass Polish
          • Oil Pricing
          • Wick help
        """)
    found = offices(extract(text))
    assert "Wick help" not in found
    assert "Glass Polish" not in found
