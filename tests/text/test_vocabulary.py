"""The words of ``pipeline/text/vocabulary.py`` (the English that organization pages are written
in) as the extractor reads them, on short synthetic text: its unit nouns name units."""

from __future__ import annotations

from textwrap import dedent

from tests.extract.helpers import extract, offices


def test_unit_nouns_section_and_desk_name_units() -> None:
    """ "Wick Section", "Oil Supply Desk": a section and a desk are units (the parts of a
    branch or a division in Commonwealth and police usage)."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Glass Branch

          • Pane Section
          • Frame Section
          • Oil Supply Desk
        """)
    found = offices(extract(text))
    for name in ("Pane Section", "Frame Section", "Oil Supply Desk"):
        assert found[name].parent == "Glass Branch", name
        assert found[name].found_by == "unit_worded_items", name
