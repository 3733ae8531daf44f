"""The rules of ``pipeline/extract/offices/parents_within.py``, each on short synthetic text.

Parents read from "within": a unit housed, placed or established within another, a unit
known as a body within a place, and a heading that names a found unit again."""

from __future__ import annotations

from tests.extract.helpers import extract, offices

STATUTE = """\
§9-1 Department of lamps. (a) The department of lamps shall be headed by a single executive \
to be known as the warden of lamps.

(b) Effective July 1, 1990, the wick standards board, the board of glass and panes, and the \
office of oil supply as constituted by chapter 12 are placed within the department of lamps \
for administrative purposes.

(c) The lantern commission shall be placed, for administrative purposes only, within the \
department of lamps.
"""


def test_placed_within_reads_the_bodies_a_statute_places_in_a_department() -> None:
    """Bodies named in lower case before "are placed within": each is a unit; a piece that
    names no body continues the one before it, a clause after a name is not part of it."""
    found = offices(extract(STATUTE))
    assert found["wick standards board"].found_by == "placed_within"
    assert "board of glass and panes" in found
    assert "office of oil supply" in found
    assert "lantern commission" in found
    off = offices(extract(STATUTE, off={"placed_within"}))
    assert "lantern commission" not in off


def test_known_as_head_reads_the_head_a_statute_establishes() -> None:
    found = offices(extract(STATUTE))
    assert found["warden of lamps"].found_by == "known_as_head"
    assert "warden of lamps" not in offices(extract(STATUTE, off={"known_as_head"}))
