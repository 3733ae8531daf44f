"""The rules of ``pipeline/extract/offices/section_enumerations.py``, each on short synthetic text.

Enumerations in a unit's section: the driver that reads a section's enumerations of its
unit's parts (``section_enumeration``), an enumeration of the agency's parts, and a counted
subject's parts."""

from __future__ import annotations

import pytest

from pipeline.extract.page import NoStructureError
from tests.extract.helpers import ROOT, Placed, extract, names, offices, page


def test_counted_parts_subject_another_unit_counts_its_parts() -> None:
    """A sentence whose subject is a name other than the section's unit and that counts the
    subject's parts names that unit, a part of the section's unit, and its parts under it."""
    text = page(
        "The Directorate Wick Services consists of three divisions: Braiding, Trimming and "
        "Dipping. It keeps wicks even."
    )
    found = offices(extract(text))
    assert found["Directorate Wick Services"] == Placed(
        ROOT, "counted_parts_subject", "enumerated_units"
    )
    assert found["Braiding"] == Placed(
        "Directorate Wick Services", "enumerated_units", "enumerated_units"
    )
    assert found["Dipping"].parent == "Directorate Wick Services"
    with pytest.raises(NoStructureError):  # the list was read as another unit's: nothing
        extract(
            text,
            off={"counted_parts_subject", "unit_names_in_text", "announced_names_last_resort"},
        )


def test_counted_parts_subject_a_unit_found_already_holds_its_parts() -> None:
    """The subject worded as a unit (found by the prose readers too) is one unit, and the
    parts the sentence counts are its own, not the section's unit's."""
    text = page(
        "The Wick Supply Division consists of three sections: Braiding, Trimming and Dipping."
    )
    result = extract(text)
    found = offices(result)
    assert names(result).count("Wick Supply Division") == 1
    assert found["Braiding"].parent == "Wick Supply Division"
    assert "Braiding" not in offices(extract(text, off={"counted_parts_subject"}))


def test_counted_parts_subject_not_without_a_count() -> None:
    """Without a count the sentence's verb reads no parts of another subject."""
    text = page(
        "Office of Wick Standards",
        "The office trims wicks. The Directorate Wick Services consists of: Braiding; Trimming.",
    )
    assert "Directorate Wick Services" not in offices(extract(text))


def test_counted_parts_subject_not_a_post_or_a_document() -> None:
    """A post ("The Director of the Oil Office has three divisions: ...") or a document
    ("The Wick Manual consists of three sections: ...") counting parts names no unit: the
    name's head noun is a post's or a document's, whatever unit its words hold."""
    for subject, verb, noun in (
        ("Director of the Oil Office", "has", "divisions"),
        ("Chief of the Oil Bureau", "has", "sections"),
        ("Wick Office Lamp Manual", "consists of", "sections"),
        ("Lamp Office Act", "is divided into", "divisions"),
    ):
        text = page(
            "Office of Wick Standards",
            f"The office sets wick standards. The {subject} {verb} three {noun}: Braiding, "
            "Trimming and Dipping.",
        )
        found = offices(extract(text))
        assert subject not in found, subject
        assert "Braiding" not in found, subject


def test_counted_parts_subject_not_a_body_that_counts_the_section_unit_among_its_parts() -> None:
    """ "The Department of Lamps has four divisions: ..., Wick Standards" under the Office of
    Wick Standards: a body that lists the section's unit among its parts is above that unit,
    not a part of it; it stands where that unit does, its other parts under it."""
    text = page(
        "Office of Wick Standards",
        "The office sets wick standards. The Department of Lamps has four divisions: Braiding, "
        "Trimming, Dipping and Wick Standards.",
    )
    found = offices(extract(text))
    assert found["Department of Lamps"] == Placed(ROOT, "counted_parts_subject", "enumerated_units")
    assert found["Braiding"].parent == "Department of Lamps"
    assert "Wick Standards" not in found, found
    assert found["Office of Wick Standards"].parent == ROOT


def test_clause_after_last_part_ends_the_last_name() -> None:
    """ "..., and Oil Supply that work together ...": the clause is about the parts; the last
    name ends before "that", after a count and a colon and after a verb of composition alike.
    Switched off, the last name runs into the clause and is dropped as too long."""
    counted = page(
        "The bureau is comprised of three divisions: Wick Care, Glass Care, and Oil Supply "
        "that work together to keep the lamps lit."
    )
    composed = page(
        "The bureau is made up of Wick Care, Glass Care, and Oil Supply that work together "
        "to keep the lamps lit."
    )
    for text in (counted, composed):
        assert names(extract(text)) == [ROOT, "Wick Care", "Glass Care", "Oil Supply"]
        assert "Oil Supply" not in names(extract(text, off={"clause_after_last_part"}))


def test_clause_after_last_part_after_a_comma_is_no_part() -> None:
    """ "..., and Oil Supply, that work together.": the clause after the comma is no part;
    switched off, it is read as one."""
    text = page(
        "The bureau is comprised of three divisions: Wick Care, Glass Care, and Oil Supply, "
        "that work together."
    )
    assert names(extract(text)) == [ROOT, "Wick Care", "Glass Care", "Oil Supply"]
    assert "that work together" in names(extract(text, off={"clause_after_last_part"}))


def test_clause_after_last_part_a_plural_noun_the_last_two_share() -> None:
    """ "..., and the Wick and Oil Sections which ...": cut before the clause, the last name
    ends in the plural noun two names share, no name of its own; the two sections are read
    with the noun each takes."""
    text = page(
        "The bureau is comprised of three divisions: Wick Care, Glass Care, and the Wick and "
        "Oil Sections which work together."
    )
    found = names(extract(text))
    assert not [name for name in found if name.startswith("Wick and Oil Sections")]
    assert {"Wick Section", "Oil Section"} <= set(found)
    off = names(extract(text, off={"clause_after_last_part"}))
    assert "Wick and Oil Sections which work together" in off


def test_clause_after_last_part_a_pronoun_before_a_capital_is_the_name_own() -> None:
    """ "and Services for Lamps which Fail": a capitalized word after the pronoun makes it
    part of the name, no clause."""
    text = page(
        "The bureau is comprised of three divisions: Wick Care, Glass Care, and Services for "
        "Lamps which Fail."
    )
    assert "Services for Lamps which Fail" in names(extract(text))
