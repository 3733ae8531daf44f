"""Name rules: a unit's canonical name."""

from __future__ import annotations

from pipeline.rules import disabled
from pipeline.text.phrases import name_phrases
from tests.extract.helpers import Placed, extract, offices

DASHED = (
    "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit.\n\n"
    "Wick Matters — Office of Wick Standards\n\nSets standards for wicks.\n\n"
    "Glass Matters — Office of Glass Inspection\n\nInspects lantern glass.\n"
)


def test_dash_joined_name_keeps_the_part_worded_as_a_unit() -> None:
    found = offices(extract(DASHED))
    assert found["Office of Wick Standards"] == Placed(
        "Bureau of Lantern Safety", "section_heading", "default_root"
    )
    assert "Office of Glass Inspection" in found
    off = offices(extract(DASHED, off={"dash_joined_name"}))
    assert "Wick Matters — Office of Wick Standards" in off
    assert "Office of Wick Standards" not in off


def test_dash_joined_name_in_list_items() -> None:
    text = (
        "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit. "
        "It has these offices:\n\n- Wick Matters - Office of Wick Standards\n"
        "- Glass Matters - Office of Glass Inspection\n"
    )
    found = offices(extract(text))
    assert found["Office of Wick Standards"].found_by == "listed_after_lead_in"
    assert "Wick Matters" not in found
    assert "Wick Matters" in offices(extract(text, off={"dash_joined_name"}))


JOINED = (
    "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit. "
    "The Office of Wicks, Oils, and Glass sets standards. The Office of Flame Safety "
    "inspects lamps.\n"
)


def test_comma_joined_name_is_one_unit() -> None:
    found = offices(extract(JOINED))
    assert found["Office of Wicks, Oils, and Glass"] == Placed(
        "Bureau of Lantern Safety", "prose_unit", "default_root"
    )
    off = offices(extract(JOINED, off={"comma_joined_name"}))
    assert "Office of Wicks" in off
    assert "Office of Wicks, Oils, and Glass" not in off


def test_comma_joined_name_not_a_list_of_units() -> None:
    text = (
        "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit. "
        "The Office of Wicks, the Glass Division, and the Flame Team inspect lamps.\n"
    )
    found = offices(extract(text))
    assert {"Office of Wicks", "Glass Division", "Flame Team"} <= set(found)


OPENING = (
    "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit.\n\n"
    "Office of Wick Standards\n\n"
    "Through the Bright Wick Initiative, the office trains wick makers. "
    "Since 2001 the Safe Flame Program has taught lamp safety.\n"
)


def test_opening_words_not_name_drops_an_opening_preposition_and_number() -> None:
    result = extract(OPENING)
    assert {p.name for p in result.programs} == {"Bright Wick Initiative", "Safe Flame Program"}
    off = extract(OPENING, off={"opening_words_not_name"})
    assert {p.name for p in off.programs} == {
        "Through the Bright Wick Initiative",
        "Since 2001 the Safe Flame Program",
    }


def test_opening_words_not_name_only_where_a_sentence_opens() -> None:
    """Mid-sentence, a name may start with a word that opens sentences as a preposition:
    before, 'the Within Reach Program' lost its first word."""
    text = OPENING.replace(
        "has taught lamp safety.",
        "has taught lamp safety. It also runs the Within Reach Program and the From Scratch"
        " Initiative.",
    )
    assert {p.name for p in extract(text).programs} >= {
        "Within Reach Program",
        "From Scratch Initiative",
    }


def test_opening_words_not_name_a_verb_in_ing_before_the() -> None:
    text = "Appointing the Inspector of Wicks to inspect the lamps."
    assert [p.text for p in name_phrases(text, 0, len(text))] == ["Inspector of Wicks"]
    with disabled({"opening_words_not_name"}):
        assert [p.text for p in name_phrases(text, 0, len(text))] == [
            "Appointing the Inspector of Wicks"
        ]
