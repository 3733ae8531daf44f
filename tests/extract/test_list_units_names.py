"""The rules of ``pipeline/extract/list_units.py`` (units named by the items of a list): its rules that choose an item's name."""

from __future__ import annotations

from textwrap import dedent

from pipeline.extract.list_units import headed_by_clause
from pipeline.rules import disabled
from tests.extract.helpers import LABEL_LINES, ROOT, Placed, extract, offices, page

ORDINAL_LABELS = page("""
    First: The Directorate of Wick Supply.
    Second: Directorate of Glass Repair.
    Third: The Office of Oil Stores.
    """)


def test_code_label_rest_ordinal_label_names_the_text_after_it() -> None:
    """ "First: The Directorate of Wick Supply.": the ordinal numbers the line, the unit is
    what follows the colon (its article and stop left out)."""
    found = offices(extract(ORDINAL_LABELS))
    assert found["Directorate of Wick Supply"] == Placed(ROOT, "label_line_run", "inside_section")
    assert "Office of Oil Stores" in found
    assert "First" not in found
    off = offices(extract(ORDINAL_LABELS, off={"code_label_rest"}))
    assert "First" in off
    assert "Directorate of Wick Supply" not in off


def test_code_label_rest_reference_code_label_names_the_text_after_it() -> None:
    text = page("""
        Lamp Cabinet

        12-030: Department of Lamp Posts
        12-045: Wick Trimming Office
        12-050: Board of Lantern Glass
        """)
    found = offices(extract(text))
    assert found["Department of Lamp Posts"].found_by == "label_line_run"
    assert found["Wick Trimming Office"].parent == "Lamp Cabinet"
    assert "12-030" not in found
    off = offices(extract(text, off={"code_label_rest"}))
    assert "Department of Lamp Posts" not in off


def test_code_label_rest_keeps_a_name_label() -> None:
    """A label that is a name ("Wick Standards: sets ...") is the unit, as before."""
    found = offices(extract(LABEL_LINES))
    assert "Wick Standards" in found
    assert not any(name.startswith("sets") for name in found)


HEADED_ITEMS = dedent("""\
    Wick Keeping Department

    Structure and Staffing

    The department has 4 units which include;

      • Lamp Schedule Unit headed by the Assistant Wick Commissioner
      • Oil Ledger Unit headed by the Senior Oil Accountant
      • Glass Buying department headed by the Principal Glazier
      • Soot Checking department headed by the senior Soot Auditor
    """)


def test_headed_by_clause_names_the_part_before_the_post_that_heads_it() -> None:
    """ "Oil Ledger Unit headed by the Senior Oil Accountant": the item names the unit, not
    its head; with the rule off the whole item is no name (prose reads the capitalized
    names only)."""
    found = offices(extract(HEADED_ITEMS))
    assert found["Oil Ledger Unit"].found_by == "listed_under_unit_heading"
    assert found["Glass Buying department"].found_by == "listed_under_unit_heading"
    assert not any("headed by" in name for name in found)
    off = offices(extract(HEADED_ITEMS, off={"headed_by_clause"}))
    assert off["Oil Ledger Unit"].found_by == "prose_unit"
    assert "Glass Buying department" not in off


def test_headed_by_clause_not_a_sentence_whose_verb_is_before_headed_by() -> None:
    assert headed_by_clause("oil office headed by the oil clerk") is not None
    assert headed_by_clause("The Oil Office is headed by the oil clerk") is None
    with disabled({"headed_by_clause"}):
        assert headed_by_clause("oil office headed by the oil clerk") is None
