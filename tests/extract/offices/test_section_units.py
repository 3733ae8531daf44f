"""The rules of ``pipeline/extract/offices/section_units.py``, each on short synthetic text.

Units in headings and sections: a section's heading that names a unit, a page title that
names a unit, the office of a position named in a heading, and the section finders
(``SECTION_FINDERS``) the builder runs on each section."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import ROOT, Placed, extract, offices

TITLED_UNIT = dedent("""\
    Wick Standards

    Wick Standards is responsible for the wicks of the Bureau of Lantern Safety.

    Braiding Division

    The division braids wicks.

    Trimming Division

    The division trims wicks.
    """)


def test_title_names_unit_makes_the_title_a_unit_under_the_agency() -> None:
    found = offices(extract(TITLED_UNIT))
    assert found["Wick Standards"] == Placed(ROOT, "title_names_unit", "default_root")
    assert found["Braiding Division"].parent == "Wick Standards"

    off = offices(extract(TITLED_UNIT, off={"title_names_unit"}))
    assert "Wick Standards" not in off
    assert off["Braiding Division"].parent == ROOT


FLAT = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Office of Wick Standards

    The office sets standards for wicks.

    Office of Glass Inspection

    The office inspects lantern glass.
    """)


def test_default_root_hangs_unplaced_units_from_the_root() -> None:
    found = offices(extract(FLAT))
    assert found["Office of Wick Standards"] == Placed(
        "Bureau of Lantern Safety", "section_heading", "default_root"
    )


@pytest.mark.xfail(
    strict=True, reason="default_root has no switch: switching it off changes nothing"
)
def test_default_root_switched_off_leaves_units_unplaced() -> None:
    off = offices(extract(FLAT, off={"default_root"}))
    assert off["Office of Wick Standards"].parent_by != "default_root"


PAGE_ABOUT_A_UNIT = dedent("""\
    Wick Standards

    Wick Standards is responsible for the wicks of the Bureau of Lantern Safety.

    Braiding Division

    The division braids wicks.

    Trimming Division

    The division trims wicks.
    """)


def test_under_page_subject_hangs_units_from_the_unit_the_title_names() -> None:
    found = offices(extract(PAGE_ABOUT_A_UNIT))
    assert found["Wick Standards"].parent == "Bureau of Lantern Safety"
    assert found["Braiding Division"] == Placed(
        "Wick Standards", "section_heading", "under_page_subject"
    )


@pytest.mark.xfail(
    strict=True, reason="under_page_subject has no switch: switching it off changes nothing"
)
def test_under_page_subject_switched_off_defers_to_the_root() -> None:
    off = offices(extract(PAGE_ABOUT_A_UNIT, off={"under_page_subject"}))
    assert off["Braiding Division"].parent == "Bureau of Lantern Safety"
