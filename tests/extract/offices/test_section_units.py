"""The rules of ``pipeline/extract/offices/section_units.py``, each on short synthetic text.

Units in headings and sections: a section's heading that names a unit, a page title that
names a unit, the office of a position named in a heading, and the section finders
(``SECTION_FINDERS``) the builder runs on each section."""

from __future__ import annotations

from textwrap import dedent

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
