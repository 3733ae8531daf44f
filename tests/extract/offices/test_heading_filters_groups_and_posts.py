"""The rules of ``pipeline/extract/offices/heading_filters.py`` that read group,
leadership, staffing and structure headings: a heading over groups the text refers to
or counts, a participle's group heading, post holders and structure head nouns (topics
and captions: ``test_heading_filters.py``)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import ROOT, Placed, extract, offices, page

REFERRED_GROUP_HEADING = page(
    "Lamp Services",
    "Our Lamp Services keep the hall lit day and night. They include:",
    """\
      • Wick Trimming
      • Soot Removal
    """,
    "\u276e Back to Home",
)


def test_referred_group_heading_is_no_unit() -> None:
    """A plural heading over a referring lead-in and its list alone (a link's line after it
    is no prose) names the group the units make up: they stand under the heading's owner."""
    found = offices(extract(REFERRED_GROUP_HEADING))
    assert "Lamp Services" not in found
    assert found["Wick Trimming"] == Placed(ROOT, "referring_lead_in", "inside_section")


def test_referred_group_heading_switched_off_keeps_the_heading() -> None:
    off = offices(extract(REFERRED_GROUP_HEADING, off={"referred_group_heading"}))
    assert off["Wick Trimming"].parent == "Lamp Services"


def test_referred_group_heading_not_over_prose_of_its_own() -> None:
    """A paragraph about the group besides the lead-in makes the heading a unit."""
    text = page(
        "Lamp Services",
        "Our Lamp Services keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
        "The services answer to the Keeper of Lamps.",
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == "Lamp Services"


def test_referred_group_heading_not_a_singular_heading() -> None:
    """A heading in the singular ("Lamp Service") names one body, whose groups they are."""
    text = page(
        "Lamp Service",
        "Our Lamp Teams keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == "Lamp Service"


@pytest.mark.parametrize("heading", ["Wick Analysis", "Lamp Status", "Glass Census"])
def test_referred_group_heading_not_a_singular_in_s(heading: str) -> None:
    """A heading whose singular head ends in "-s" ("Wick Analysis", "Lamp Status") is no
    plural: it names one body, whose groups they are."""
    text = page(
        heading,
        "Our Lamp Teams keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == heading
