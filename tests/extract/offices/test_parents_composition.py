"""The rules of ``pipeline/extract/offices/parents_composition.py``, each on short synthetic text.

Parents read from composition: a sentence's subject and the parts after its verb of
composition, a subject that refers back, an item's description, a unit named after fields,
nested and parenthesized parts, and units a unit runs."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import ROOT, extract, offices, page


def _divided_page(sentence: str, heading: str = "Wick Division") -> str:
    """A page whose section ``heading`` says ``sentence`` of itself, beside a second section."""
    return page(
        heading,
        sentence,
        "Match Division",
        "The Match Division sells matches.",
    )


@pytest.mark.parametrize(
    "verb",
    [
        "is subdivided into",
        "is sub-divided into",
        "is further divided into",
        "is split into",
        "is separated into",
        "is broken down into",
        "is broken into",
        "is also subdivided into",
        "also is subdivided into",
        "is grouped into",
        "is subdivided to include",
        "is further organized into",
    ],
)
def test_divided_into_verbs_reads_a_found_units_parts(verb: str) -> None:
    """A unit found that says it is divided into names ("is subdivided into", "is split
    into") names its parts, bare names too, as after "consists of"; with the rule off the
    sentence names none."""
    text = _divided_page(f"The Wick Division {verb} Oil Supply, Glass Care and Soot Removal.")
    found = offices(extract(text))
    for name in ("Oil Supply", "Glass Care", "Soot Removal"):
        assert found[name] == ("Wick Division", "divided_into_verbs", "divided_into_verbs"), name
    off = offices(extract(text, off={"divided_into_verbs"}))
    assert not {"Oil Supply", "Glass Care", "Soot Removal"} & set(off)


def _division_of_found_units(verb: str) -> str:
    """A page whose Wick Division is divided, with ``verb``, into two units each with its own
    heading (``divided_into_verbs`` places units found elsewhere)."""
    return page(
        f"The Wick Division {verb} the Trim Unit and the Dip Unit.",
        "Wick Division",
        "The division trims wicks.",
        "Trim Unit",
        "The unit trims wicks.",
        "Dip Unit",
        "The unit dips wicks.",
    )


@pytest.mark.parametrize("verb", ["is divided into", "is organized into", "is structured into"])
def test_divided_into_verbs_lead_in_verbs_outside_the_units_section(verb: str) -> None:
    """The lead-ins' verbs ("is divided (organized, structured) into"), ``enumerated_units``'
    in the unit's own section, are read in a sentence about a unit found outside its
    section (the page's introduction): its parts, bare names too, and the units found
    elsewhere it names placed under it; with the rule off neither."""
    text = page(
        f"The Wick Division {verb} Oil Supply, Glass Care and Soot Removal.",
        "Wick Division",
        "The Wick Division trims wicks.",
        "Match Division",
        "The Match Division sells matches.",
    )
    found = offices(extract(text))
    for name in ("Oil Supply", "Glass Care", "Soot Removal"):
        assert found[name] == ("Wick Division", "divided_into_verbs", "divided_into_verbs"), name
    off = offices(extract(text, off={"divided_into_verbs"}))
    assert not {"Oil Supply", "Glass Care", "Soot Removal"} & set(off)

    placed = _division_of_found_units(verb)
    found = offices(extract(placed))
    for name in ("Trim Unit", "Dip Unit"):
        assert found[name] == ("Wick Division", "section_heading", "divided_into_verbs"), name
    off = offices(extract(placed, off={"divided_into_verbs"}))
    for name in ("Trim Unit", "Dip Unit"):
        assert off[name].parent == ROOT, name


@pytest.mark.xfail(
    strict=True,
    reason="in the unit's own section 'is divided (organized, structured) into' is"
    " enumerated_units' verb, read before this rule, and it keeps the last two bare names of"
    " a series whole ('Glass Care and Soot Removal'), where 'is subdivided into' gives three",
)
def test_divided_into_verbs_divided_into_splits_as_subdivided_into() -> None:
    found = offices(
        extract(
            _divided_page(
                "The Wick Division is divided into Oil Supply, Glass Care and Soot Removal."
            )
        )
    )
    assert {"Oil Supply", "Glass Care", "Soot Removal"} <= set(found), found


def test_divided_into_verbs_incorporates_names_worded_as_units() -> None:
    """A unit found that incorporates names worded as units ("the Trim Unit and the Dip
    Unit") names its parts; with the rule off the sentence names none."""
    text = _divided_page("The Wick Division incorporates the Trim Unit and the Dip Unit.")
    found = offices(extract(text))
    for name in ("Trim Unit", "Dip Unit"):
        assert found[name] == ("Wick Division", "divided_into_verbs", "divided_into_verbs"), name
    off = offices(extract(text, off={"divided_into_verbs"}))
    assert not {"Trim Unit", "Dip Unit"} & set(off)


@pytest.mark.parametrize(
    "names",
    [
        "Lamp Lore, Flame Craft and Total Glass Quality",
        "WKS, GLS and Oilsheet",
        "the Trim Unit and Glass Care",
    ],
)
def test_divided_into_verbs_incorporates_no_bare_names(names: str) -> None:
    """What a unit incorporates may be methods or tools ("Lamp Lore, Flame Craft and Total
    Glass Quality", "WKS, GLS and Oilsheet") as well as parts: as after the other verbs of
    charge, only a list of names worded as units is read, never bare names."""
    found = offices(extract(_divided_page(f"The Wick Division incorporates {names}.")))
    assert set(found) == {ROOT, "Wick Division", "Match Division"}, found


def test_divided_into_verbs_places_parts_under_a_subject_named_in_full() -> None:
    """A subject named in full with its unit noun last ("The Night Lamp Bureau incorporates
    the Trim Unit and the Dip Unit") is the parent of the units it lists
    (``composition_subject``); with the rule off they stay under the page's body."""
    text = page("The Night Lamp Bureau incorporates the Trim Unit and the Dip Unit.")
    found = offices(extract(text))
    for name in ("Trim Unit", "Dip Unit"):
        assert found[name][::2] == ("Night Lamp Bureau", "divided_into_verbs"), name
    off = offices(extract(text, off={"divided_into_verbs"}))
    for name in ("Trim Unit", "Dip Unit"):
        assert off[name].parent == ROOT, name


@pytest.mark.parametrize(
    "sentence",
    [
        "The Wick Division is divided into two shifts.",
        "The Wick Division is split into several areas.",
        "The Wick Division incorporates Glass Care into its daily work.",
    ],
)
def test_divided_into_verbs_not_a_count_a_kind_or_a_thing_worked_in(sentence: str) -> None:
    """A count or a kind after the verb, or a name the sentence works into something, names
    no part."""
    found = offices(extract(_divided_page(sentence)))
    assert set(found) == {ROOT, "Wick Division", "Match Division"}, found


def test_divided_into_verbs_not_the_members_of_a_board() -> None:
    """A body of members split into bare names ("The Lamp Board is split into ...") lists
    its members or committees, not parts (``found_subject_bare_parts``)."""
    text = _divided_page(
        "The Lamp Board is split into Oil Supply, Glass Care and Soot Removal.", "Lamp Board"
    )
    found = offices(extract(text))
    assert not {"Oil Supply", "Glass Care", "Soot Removal"} & set(found), found


def test_divided_into_verbs_a_verb_of_composition_before_keeps_its_reading() -> None:
    """A verb of composition earlier in the sentence ("includes the Oil Unit, which is split
    into ...") stays the sentence's verb: its subject is the listed units' parent."""
    text = page(
        "The Wick Division includes the Oil Unit, which is split into the Trim Desk and the"
        " Dip Desk."
    )
    found = offices(extract(text))
    assert found["Oil Unit"] == ("Wick Division", "prose_unit", "composition_subject")
    # the unit's own verb right after it lists its parts though the sentence goes on to one
    listed = dedent("""\
        # Lamp Works Authority

        The Lamp Works Authority keeps the town's lamps.

        ## Wick Care

        Wick Care encompasses Trimming, Braiding and the Dip Unit, and is split into shifts.

        ## Oil Supply

        Oil Supply buys oil.
        """)
    found = offices(extract(listed, markdown=True))
    for name in ("Trimming", "Braiding"):
        assert found[name] == ("Wick Care", "found_subject_bare_parts", "found_subject_bare_parts")


@pytest.mark.parametrize("verb", ["is subdivided into", "is split into", "incorporates"])
def test_divided_into_verbs_names_the_parts_it_places(verb: str) -> None:
    """The units found elsewhere that a sentence of division places under its subject
    (``composition_subject`` read with this rule's verbs) carry this rule's name as the
    rule that placed them; after a verb of composition, that rule's."""
    placed = _division_of_found_units(verb)
    found = offices(extract(placed))
    for name in ("Trim Unit", "Dip Unit"):
        assert found[name] == ("Wick Division", "section_heading", "divided_into_verbs"), name
    composed = offices(extract(placed.replace(verb, "consists of")))
    assert composed["Trim Unit"] == ("Wick Division", "section_heading", "composition_subject")


@pytest.mark.xfail(
    strict=True,
    reason="two bare names joined by 'and' alone ('is split into Oil Supply and Glass Care') are"
    " one name to found_subject_bare_parts, as after 'consists of' ('Lamps and Wicks' may be"
    " one unit's name): a division into one part is published",
)
def test_divided_into_verbs_two_bare_names() -> None:
    found = offices(
        extract(_divided_page("The Wick Division is split into Oil Supply and Glass Care."))
    )
    assert {"Oil Supply", "Glass Care"} <= set(found), found


@pytest.mark.xfail(
    strict=True,
    reason="a subject whose noun is no unit noun ('Portfolio') is neither a unit found nor a"
    " name in full the readers take as one: its parts are not read",
)
def test_divided_into_verbs_subject_with_another_noun() -> None:
    text = page("The Lamp Oil Portfolio incorporates Oil Finance and Wick Registry.")
    found = offices(extract(text))
    assert found["Oil Finance"].parent == "Lamp Oil Portfolio"


@pytest.mark.xfail(
    strict=True,
    reason="a plural unit noun between the verb and the names ('is split into the sections A,"
    " B and C') is not read as their apposition",
)
def test_divided_into_verbs_noun_before_the_names() -> None:
    text = _divided_page("The Wick Division is split into the sections Oil Supply and Glass Care.")
    found = offices(extract(text))
    assert found["Oil Supply"].parent == "Wick Division"
