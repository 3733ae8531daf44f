"""The rules of ``pipeline/text/phrases.py``, each on short synthetic text.

Proper-name phrases in prose: runs of capitalized words with the function words between
them ("Office of the Lamp Warden"), found once per sentence and read by every rule."""

from __future__ import annotations

from textwrap import dedent

from tests.extract.helpers import extract, names, offices


def test_lower_case_unit_noun_after_a_proper_name() -> None:
    """ "The Wick Care unit trims ...", "The Glass Polish team (GPT) cleans ...": a name in
    title case with its unit noun in lower case names a unit; "Each division" and a kind of
    thing ("a Heavy Lamp unit") do not."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. It has two parts.

        The Wick Care unit trims the wicks of every lamp.

        The Glass Polish team (GPT) cleans the glass. Each division reports to the Warden. \
        The bureau also keeps a Heavy Lamp unit for storms.
        """)
    found = offices(extract(text))
    assert found["Wick Care unit"].parent == "Lamp Bureau"
    assert found["Glass Polish team"].parent == "Lamp Bureau"
    assert not [name for name in found if "Heavy" in name or "Each" in name]
    off = offices(extract(text, off={"lower_case_unit_noun"}))
    assert "Wick Care unit" not in off


def test_lower_case_unit_noun_a_unit_listed_already() -> None:
    """ "The Wick Care team trims ..." after a list that names "Wick Care": the same unit,
    named again with its noun in lower case, not a second one."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. It has the following teams:

          • Wick Care
          • Glass Polish

        The Wick Care team trims the wicks of every lamp.
        """)
    found = names(extract(text))
    assert "Wick Care" in found
    assert "Wick Care team" not in found


def test_lower_case_unit_noun_before_a_verb_that_closes_its_sentence() -> None:
    """ "The Wick Care unit trims.": a verb that closes its sentence follows the unit noun as
    one inside it does; a unit noun that closes its sentence itself ("kept within the
    Wickside office.") is still no unit's name."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. The Glass Division cleans the glass.

        The Wick Care unit trims.

        The Oil Supply team refills. Spare wicks are kept within the Wickside office.
        """)
    found = offices(extract(text))
    assert found["Wick Care unit"].parent == "Lamp Bureau"
    assert found["Oil Supply team"].parent == "Lamp Bureau"
    assert not [name for name in found if "Wickside" in name]
    off = offices(extract(text, off={"lower_case_unit_noun"}))
    assert "Wick Care unit" not in off


def test_lower_case_unit_noun_not_after_a_possessive() -> None:
    """ "Bram Tolley's team trims ...", "The Warden's office handles ...": a unit noun in lower
    case after a possessive is what a person or a post has, not a unit's name."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. The Glass Division cleans the glass.

        Bram Tolley's team trims the wicks. The Warden's office handles complaints.
        """)
    found = offices(extract(text))
    assert "Glass Division" in found
    assert not [name for name in found if "Tolley" in name or "Warden" in name], found


def test_lower_case_unit_noun_after_an_opening_possessive_word() -> None:
    """ "Our Lampton branch is open ...", "This Oil Supply unit ...": the word that opens the
    sentence is no part of the unit's name."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. The Glass Division cleans the glass.

        Our Lampton branch is open on Mondays. This Oil Supply unit refills the lamps.
        """)
    found = offices(extract(text))
    assert found["Lampton branch"].parent == "Lamp Bureau"
    assert found["Oil Supply unit"].parent == "Lamp Bureau"
    assert not [name for name in found if name.startswith(("Our", "This"))], found


def test_lower_case_unit_noun_not_after_a_number_alone() -> None:
    """ "Lamp Station No. 4 team cleans ...": a number (after the abbreviation's dot that ends
    the name before it) is no unit's name; "4 team" is no unit."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. The Glass Division cleans the glass.

        Lamp Station No. 4 team cleans the glass of the harbour lamps.
        """)
    found = offices(extract(text))
    assert "Glass Division" in found
    assert not [name for name in found if name.startswith("4")], found
