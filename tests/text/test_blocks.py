"""The rules of ``pipeline/text/blocks.py``, each on short synthetic text.

Split page text into blocks (lines or paragraphs) with character offsets, and classify them."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.list_units import listed_after_lead_in
from pipeline.extract.page import NoStructureError
from pipeline.rules import disabled
from tests.extract.helpers import extract, offices


def test_listed_sections_a_heading_that_names_sections() -> None:
    """ "Sections under this department" names units in the plural as "Divisions" does: the
    items under it are the department's sections; with the rule off they are not read."""
    text = dedent("""\
        Wick Keeping & Lamp Safety

        Headed by the Deputy Warden for Wick Keeping who runs the affairs of the Lamp Ministry.

        Sections under this department

          1. Wick Trimming
          2. Oil Stores
          3. Glass Mending
        """)
    found = offices(extract(text))
    assert found["Oil Stores"].found_by == "listed_under_unit_heading"
    assert "Glass Mending" in found
    with pytest.raises(NoStructureError):
        extract(text, off={"listed_sections"})


def test_listed_sections_a_lead_in_that_names_sections() -> None:
    """ "The office is made up of these sections:" introduces units as "divisions" would."""
    assert listed_after_lead_in("The Lamp Office is made up of these sections:")
    with disabled({"listed_sections"}):
        assert not listed_after_lead_in("The Lamp Office is made up of these sections:")


def test_listed_sections_not_a_heading_sections_alone() -> None:
    """A heading "Sections" over "I. Purpose", "II. Wick Trimming", ... is a document's table
    of contents: its items are no units."""
    text = dedent("""\
        Office of Lamp Keeping

        Sections

        I. Purpose

        II. Wick Trimming

        III. Oil Stores

        The Office of Lamp Keeping keeps the town's lamps lit.
        """)
    try:
        found = offices(extract(text))
    except NoStructureError:
        found = {}
    assert "Wick Trimming" not in found
