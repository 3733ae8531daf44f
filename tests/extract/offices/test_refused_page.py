"""The rules of ``pipeline/extract/offices/refused_page.py``, each on short synthetic text.

The ladder of relaxations a page that would be refused is read again under."""

from __future__ import annotations

import pytest

from pipeline.extract.page import NoStructureError
from tests.extract.helpers import extract, offices

LADDER = {
    "refused_page_sentence_case_items",
    "refused_page_unit_worded_names",
    "refused_page_lower_case_unit_names",
}


def test_refused_page_sentence_case_items_a_numbered_list_of_bodies() -> None:
    """Items named in sentence case after a lead-in are the page's units when nothing else
    is read; with the ladder off the page is refused."""
    text = (
        "Wick bodies\n\nFor the lamp work of the county, the following bodies were set up:\n\n"
        "  1. Administrative department for wicks and oil,\n"
        "  2. Administrative department for glass and soot,\n"
        "  3. Lamp audit department.\n"
    )
    found = offices(extract(text))
    assert "Lamp audit department" in found
    assert "refused_page_sentence_case_items" in LADDER


def test_refused_page_unit_worded_names_a_run_of_text_with_no_commas() -> None:
    """A scanned charter runs its departments together: each name a unit noun opens before
    "of" is a unit, cut before the plural unit noun that follows it."""
    text = (
        "Loading...\nORDINANCE 12 on lamps. BE IT ORDAINED that the following are created:"
        " Department of Wick Works Divisions: Trimming Oil Department of Glass Care"
        " Divisions: Panes Soot\n"
    )
    found = offices(extract(text))
    assert "Department of Glass Care" in found
    assert found["Department of Glass Care"].found_by == "refused_page_unit_worded_names"
    with pytest.raises(NoStructureError):
        extract(text, off={"refused_page_unit_worded_names", "refused_page_lower_case_unit_names"})


def test_refused_page_unit_worded_names_one_name_will_do() -> None:
    """A page whose only other body named in full is its council: that one unit."""
    text = (
        "Lampwick Basin Agency\n\nThe Lampwick Basin Agency keeps the lamps of the basin."
        " Its deciding organ is the Trimming Council, made of the keepers.\n"
    )
    found = offices(extract(text))
    assert "Trimming Council" in found


def test_refused_page_lower_case_unit_names_lettered_duties() -> None:
    """Lettered duties of lower-case named divisions ("the wick care division shall")."""
    text = (
        "In addition to the duties of the lamp department:\n\n"
        "A. the wick care division shall trim the wicks;\n\n"
        "B. the oil supply and storage division shall fill the lamps; and\n\n"
        "C. the respective division chiefs shall report.\n"
    )
    found = offices(extract(text))
    assert "wick care division" in found
    assert "oil supply and storage division" in found
    assert found["wick care division"].found_by == "refused_page_lower_case_unit_names"
    assert not any("respective" in name for name in found)


def test_refused_page_a_page_naming_no_unit_is_still_refused() -> None:
    """A notice that names no unit at all stays refused under every rung."""
    text = "Lamp Fair News\n\nThe fair opens in May in the park. Bring a lamp and a friend.\n"
    with pytest.raises(NoStructureError):
        extract(text)
