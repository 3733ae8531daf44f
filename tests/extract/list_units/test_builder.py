"""The branch ``list_units`` reads itself (``pipeline/extract/list_units/builder.py``):
``capitalized_item_name``, which drops an item not in title case unless a rule keeps it."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import extract, names


def test_capitalized_item_name_a_long_item_in_sentence_case_is_no_unit() -> None:
    """Under a heading that announces units, an item in title case is a unit and a long one
    in sentence case ("Oil care and the filling of lamps") is a duty; switched off, it is a
    unit too."""
    text = dedent("""\
        Lamp Works Bureau

        Our units:

        - Wick Supply Office
        - Glass Repair Office
        - Oil care and the filling of lamps
        """)
    assert names(extract(text)) == [
        "Lamp Works Bureau",
        "Wick Supply Office",
        "Glass Repair Office",
    ]
    off = names(extract(text, off={"capitalized_item_name"}))
    assert "Oil care and the filling of lamps" in off


@pytest.mark.xfail(
    strict=True,
    reason="lower-case items after a lead-in that names their parent ('Lamp Council consists "
    "of four divisions:') are not read, though they are after 'The council consists of four "
    "divisions:'; reading them (tried) changed one development page and let sentence items "
    "('This department keeps the glass clean') through as units",
)
def test_capitalized_item_name_lower_case_items_after_a_lead_in_naming_their_parent() -> None:
    text = dedent("""\
        Lamp Council

        Lamp Council consists of four divisions:

        - governance
        - wick care
        - glass care
        - oil supply
        """)
    assert "wick care" in names(extract(text))
