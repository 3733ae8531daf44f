"""Unit finders: headings, list items, "Label: text" lines and prose that name units."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.list_units import (
    headed_by_clause,
    held_parts_lead_in,
    is_capitalized_name,
    listed_after_lead_in,
    referring_lead_in,
    table_unit_column,
)
from pipeline.extract.offices import section_enumerations
from pipeline.extract.offices.common import unit_named
from pipeline.extract.offices.names_in_text import _undertaking
from pipeline.extract.offices.own_parts import _part_named
from pipeline.extract.offices.paragraph_subjects import _subject_verb
from pipeline.extract.offices.shared_noun_series import shared_unit_noun
from pipeline.extract.page import NoStructureError
from pipeline.rules import disabled
from pipeline.text.phrases import Phrase
from tests.extract.helpers import Placed, extract, names, offices

ROOT = "Bureau of Lantern Safety"
INTRO = "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit."


def page(*blocks: str) -> str:
    """A page: the synthetic bureau's title and introduction, then ``blocks``."""
    return "\n\n".join([INTRO, *(dedent(block).strip("\n") for block in blocks)]) + "\n"


SECTIONS = page(
    "Office of Wick Standards",
    "The office sets standards for wicks.",
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_section_heading_makes_each_heading_a_unit() -> None:
    found = offices(extract(SECTIONS))
    assert found["Office of Wick Standards"] == Placed(ROOT, "section_heading", "default_root")
    assert found["Office of Glass Inspection"].found_by == "section_heading"

    with pytest.raises(NoStructureError):
        extract(SECTIONS, off={"section_heading", "unit_names_in_text"})


def test_section_heading_takes_the_full_name_from_the_text_under_it() -> None:
    text = page("Wick Standards", "The Office of Wick Standards sets standards for wicks.")
    found = offices(extract(text + "\nGlass Inspection\n\nThe office inspects glass.\n"))
    assert found["Office of Wick Standards"] == Placed(ROOT, "section_heading", "default_root")
    assert found["Glass Inspection"].found_by == "section_heading"
    off = offices(extract(text, off={"section_heading"}))
    assert off["Office of Wick Standards"].found_by == "prose_unit"


TITLED_UNIT = dedent("""\
    Wick Standards

    Wick Standards is responsible for the wicks of the Bureau of Lantern Safety.

    Braiding Division

    The division braids wicks.

    Trimming Division

    The division trims wicks.
    """)


def test_title_names_unit_makes_the_title_a_unit_under_the_agency() -> None:
    found = offices(extract(TITLED_UNIT))
    assert found["Wick Standards"] == Placed(ROOT, "title_names_unit", "default_root")
    assert found["Braiding Division"].parent == "Wick Standards"

    off = offices(extract(TITLED_UNIT, off={"title_names_unit"}))
    assert "Wick Standards" not in off
    assert off["Braiding Division"].parent == ROOT


PROSE = page(
    "The Office of Wick Standards sets standards for wicks. The Office of Glass Inspection "
    "inspects lantern glass."
)


def test_prose_unit_finds_units_a_page_names_only_in_sentences() -> None:
    found = offices(extract(PROSE))
    assert found["Office of Wick Standards"] == Placed(ROOT, "prose_unit", "default_root")
    assert found["Office of Glass Inspection"].found_by == "prose_unit"
    with pytest.raises(NoStructureError):
        extract(PROSE, off={"prose_unit", "unit_names_in_text"})


def test_prose_unit_not_the_acronym_of_the_body_its_name_ends_with() -> None:
    """ "the Wick Council of the Lamp Safety Office, or LSO": the acronym spells out the
    office the council's name ends with, not the council; the council takes none. A name
    the acronym spells out whole ("the Wick Office, or WO") takes it."""
    for acronym in (", or LSO,", " (LSO),"):
        text = page(
            "The Bureau of Lantern Safety runs the Wick Council of the Lamp Safety Office"
            f"{acronym} which sets rules, and the Wick Office, or WO, which trims wicks."
        )
        by_name = {o.name: o.acronym for o in extract(text).offices}
        assert by_name["Wick Council of the Lamp Safety Office"] is None
        assert by_name["Wick Office"] == "WO"


def test_prose_unit_not_a_lower_case_sentence_opening_after_an_acronym() -> None:
    """ "the Glass Office, or GO. the Wick Office reports to ...": a sentence that opens in
    lower case after an acronym's dot (bare or in parentheses) is a sentence of its own; its
    opening is no part of a name, so the unit is the "Wick Office", not "GO. the Wick
    Office", and what it says places the Wick Office alone, not the Glass Office."""
    for acronym in (" (GO).", ", or GO."):
        text = page(
            f"The Bureau of Lantern Safety runs the Glass Office{acronym} the Wick Office"
            " reports to the Lamp Board."
        )
        found = offices(extract(text))
        assert found["Wick Office"] == Placed("Lamp Board", "prose_unit", "reports_to")
        assert found["Glass Office"].parent == ROOT
        assert not [name for name in found if "GO" in name]


# One unit per line, no blank line between: units written as prose, each with its acronym.
DEFINED = page("""
    The Lamp Oil Service (LOS) buys lamp oil.
    The Flame Watch Council (FWC) tests every flame.
    """)


def test_prose_defined_subject_reads_a_name_defined_with_an_acronym() -> None:
    result = extract(DEFINED)
    found = offices(result)
    assert found["Lamp Oil Service"] == Placed(ROOT, "prose_defined_subject", "default_root")
    assert found["Flame Watch Council"].found_by == "prose_defined_subject"
    assert {o.name: o.acronym for o in result.offices}["Lamp Oil Service"] == "LOS"
    # its acronym definitions alone are published
    assert extract(DEFINED, off={"prose_defined_subject", "unit_names_in_text"}).offices == []


ENUMERATED = page(
    "The Office of Wick Standards sets standards for wicks. The Office of Wick Standards "
    "includes the Braiding Service, the Trimming Board and the Dipping Council."
)


def test_enumerated_units_are_parts_of_the_sentence_subject() -> None:
    found = offices(extract(ENUMERATED))
    assert found["Braiding Service"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )
    assert found["Dipping Council"].found_by == "enumerated_units"

    off = offices(extract(ENUMERATED, off={"enumerated_units"}))
    assert "Braiding Service" not in off
    assert "Office of Wick Standards" in off


def test_enumerated_units_after_consists_of() -> None:
    text = page(
        "The bureau consists of the Lamp Oil Service, the Wick Board and the Flame Council."
    )
    found = offices(extract(text))
    assert found["Wick Board"] == Placed(ROOT, "enumerated_units", "default_root")
    with pytest.raises(NoStructureError):
        extract(text, off={"enumerated_units", "unit_names_in_text"})


def test_enumerated_units_subject_named_first_in_the_same_sentence() -> None:
    text = page(
        "The Office of Wick Standards includes the Braiding Service, the Trimming Board and "
        "the Dipping Council."
    )
    found = offices(extract(text))
    assert found["Braiding Service"].parent == "Office of Wick Standards"


def test_enumerated_units_in_the_text_of_a_section() -> None:
    text = page(
        "Office of Wick Standards",
        "The Office of Wick Standards consists of the Braiding Branch, the Trimming Branch and "
        "the Dipping Branch.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Braiding Branch"].parent == "Office of Wick Standards"


def test_enumerated_units_parts_called_by_a_capitalized_noun() -> None:
    text = page(
        "Office of Wick Standards",
        "The office keeps wicks even. The Office consists of three Branches: Braiding, "
        "Trimming, and Dipping.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Braiding"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )
    assert "Braiding" not in offices(extract(text, off={"enumerated_units"}))


def test_enumerated_units_counted_with_semicolons_on_a_page_of_prose() -> None:
    """A count of parts ("the following four divisions:") introduces them, on a page with no
    section headings too; semicolons separate items that hold commas."""
    text = page(
        "The bureau is composed of the following four divisions: Oil; Wicks, Trimming and "
        "Braiding; Glass; and Lamp Posts."
    )
    found = offices(extract(text))
    assert found["Wicks, Trimming and Braiding"] == Placed(
        ROOT, "enumerated_units", "enumerated_units"
    )
    assert {"Oil", "Glass", "Lamp Posts"} <= found.keys()
    with pytest.raises(NoStructureError):
        extract(text, off={"enumerated_units", "announced_names_last_resort"})


def test_enumerated_units_counted_between_dashes_in_lower_case() -> None:
    """ "is divided into three divisions – a, b and c –": the count makes the listed words
    parts whatever their case; the list ends at the closing dash."""
    text = page(
        "The bureau is divided into three divisions – oil, wicks and lamp posts – and reports "
        "to the Lamplighter."
    )
    found = offices(extract(text))
    assert found["lamp posts"] == Placed(ROOT, "enumerated_units", "enumerated_units")
    assert {"oil", "wicks"} <= found.keys()
    with pytest.raises(NoStructureError):
        extract(text, off={"enumerated_units"})


def test_enumerated_units_counted_after_an_aside_and_several_qualifiers() -> None:
    """A count may take up to three words that qualify its noun ("three budgetary and
    functional divisions:"), and an aside set off by a comma may come between the noun and
    the colon ("seven divisions, under the direction of the Chief Lamp Officer: ...")."""
    aside = page(
        "The bureau is comprised of three divisions, under the direction of the Chief Lamp "
        "Officer: Wick Care, Glass Care and Oil Supply."
    )
    found = offices(extract(aside))
    assert found["Wick Care"] == Placed(ROOT, "enumerated_units", "enumerated_units")
    assert {"Glass Care", "Oil Supply"} <= found.keys()
    qualified = page(
        "The bureau is composed of three budgetary and functional divisions: Wick Care, Glass "
        "Care and Oil Supply."
    )
    assert offices(extract(qualified))["Oil Supply"].found_by == "enumerated_units"
    for text in (aside, qualified):
        with pytest.raises(NoStructureError):
            extract(text, off={"enumerated_units", "announced_names_last_resort"})


# A unit named in prose, so that a page read with ``counted_apposition`` off still has one.
RECORDS = "The Office of Lamp Records keeps the bureau's books."


def _parts(text: str, off: frozenset[str] = frozenset()) -> dict[str, Placed]:
    """The offices of a page but its root and the records office."""
    found = offices(extract(text, off=off))
    return {k: v for k, v in found.items() if k not in (ROOT, "Office of Lamp Records")}


def test_counted_apposition_names_right_after_the_count_without_a_verb() -> None:
    """ "Its seven divisions A, B, ... and G.": the names stand in apposition to the count, as
    after a colon, when exactly as many capitalized names follow; the rows say which rule
    found them."""
    text = page(
        RECORDS,
        "The bureau's work is shared out. Its seven divisions Trimming, Oil Supply, Glass "
        "Works, Soot Removal, Post Repair, Lamp Stores and Match Supply.",
    )
    found = _parts(text)
    assert found["Trimming"] == Placed(ROOT, "counted_apposition", "counted_apposition")
    assert len(found) == 7
    assert {"Lamp Stores", "Match Supply"} <= found.keys()
    assert _parts(text, frozenset({"counted_apposition"})) == {}


def test_counted_apposition_after_one_of_and_namely() -> None:
    """ "Every lamplighter is posted to one of three divisions, namely A, B and C.": the names
    agree with the count, so they are the bodies counted, parts of the page's unit."""
    text = page(
        RECORDS,
        "Every lamplighter is posted to one of three divisions, namely Wicks, Oil and Glass.",
    )
    found = _parts(text)
    assert found == {
        name: Placed(ROOT, "counted_apposition", "counted_apposition")
        for name in ("Wicks", "Oil", "Glass")
    }
    assert _parts(text, frozenset({"counted_apposition"})) == {}


def test_counted_apposition_after_one_of_no_parts_of_the_subject() -> None:
    """A unit that is "one of three divisions" is among them: the names are not its parts,
    but the page's unit's."""
    text = page(
        RECORDS,
        "The Soot Yard Office works in one of three divisions, namely Trimming, Oil Supply and "
        "Glass Care.",
    )
    found = _parts(text)
    assert found["Trimming"] == Placed(ROOT, "counted_apposition", "counted_apposition")
    assert found["Glass Care"].parent == ROOT
    assert found["Soot Yard Office"].parent == ROOT


# A heading over the section's unit, under the bureau, for "one of" said of that unit.
WICK_DIVISION = "Wick Care Division"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Wick Care Division is one of four divisions, namely Wick Care, Oil Supply, Glass "
        "Works and Lamp Posts.",
        "It is one of four divisions, namely Wick Care, Oil Supply, Glass Works and Lamp Posts.",
    ],
)
def test_counted_apposition_one_of_said_of_the_section_unit_names_its_peers(
    sentence: str,
) -> None:
    """Under the unit's heading, "The Wick Care Division is one of four divisions, namely
    Wick Care, ..." (or "It is ...") names the unit's peers: beside it under its parent, the
    one that is itself no new unit; none is its part."""
    found = _parts(page(WICK_DIVISION, sentence))
    assert found[WICK_DIVISION].parent == ROOT
    assert "Wick Care" not in found
    for name in ("Oil Supply", "Glass Works", "Lamp Posts"):
        assert found[name] == Placed(ROOT, "counted_apposition", "counted_apposition")


def test_counted_apposition_one_of_after_a_verb_of_working_under_the_section_unit() -> None:
    """ "The Soot Yard Office works in one of three divisions, namely ..." under its heading:
    the divisions are not its parts but bodies beside or above it, under its parent."""
    text = page(
        "Soot Yard Office",
        "The Soot Yard Office works in one of three divisions, namely Trimming, Oil Supply and "
        "Glass Care.",
    )
    found = _parts(text)
    for name in ("Trimming", "Oil Supply", "Glass Care"):
        assert found[name].parent == ROOT


def test_counted_apposition_one_of_after_a_verb_of_reporting_names_none() -> None:
    """ "It reports to one of two offices, namely A and B.": the bodies it reports to, no
    parts of it (as ``count_comma_agreement`` reads "reports to two offices, A and B")."""
    text = page(
        "Soot Yard Office", "It reports to one of two offices, namely Trimming and Oil Supply."
    )
    found = _parts(text)
    assert "Trimming" not in found and "Oil Supply" not in found


def test_counted_apposition_one_of_said_of_a_short_form_is_no_parent() -> None:
    """A listed Soot Yard Division, then "Soot Yard works in one of three divisions, namely
    ...": the short form's unit is among them, not above them (``short_form_subject`` is
    not read after "one of")."""
    text = page(
        RECORDS,
        "The bureau has two divisions: the Soot Yard Division and the Wick Division.",
        "Soot Yard works in one of three divisions, namely Trimming, Oil Supply and Glass Care.",
    )
    found = _parts(text)
    for name in ("Trimming", "Oil Supply", "Glass Care"):
        assert found[name].parent == ROOT


@pytest.mark.parametrize(
    "sentence",
    [
        "The three divisions Élan Care, Oil Supply and Glass Care.",
        "The three divisions “Élan Care”, Oil Supply and Glass Care.",
        "The Three Divisions Élan Care, Oil Supply and Glass Care.",
    ],
)
def test_counted_apposition_names_in_any_script_quotes_and_case(sentence: str) -> None:
    """A name opening with a capital of any script ("Élan Care") or set in quotes is read,
    and the count and its noun in any case ("The Three Divisions")."""
    found = _parts(page(RECORDS, sentence))
    assert found["Élan Care"] == Placed(ROOT, "counted_apposition", "counted_apposition")
    assert {"Oil Supply", "Glass Care"} <= found.keys()


def test_counted_apposition_a_quoted_name_holding_an_apostrophe() -> None:
    """ "“Wick’s Yard”": a quoted name may hold a closing quote's mark as its apostrophe; the
    name runs to the quote that closes it."""
    found = _parts(page(RECORDS, "Its three divisions “Wick’s Yard”, Oil Supply and Glass Care."))
    assert found["Wick’s Yard"] == Placed(ROOT, "counted_apposition", "counted_apposition")
    assert {"Oil Supply", "Glass Care"} <= found.keys()


def test_counted_apposition_one_of_at_the_sentence_start() -> None:
    """ "One of three divisions, namely A, B and C." under a unit's heading: the unit's peers,
    as after a lower-case "one of", not its parts (nor parts read by ``enumerated_units``)."""
    text = page(
        "Soot Yard Office",
        "One of three divisions, namely Trimming, Oil Supply and Glass Care.",
    )
    found = _parts(text)
    for name in ("Trimming", "Oil Supply", "Glass Care"):
        assert found[name] == Placed(ROOT, "counted_apposition", "counted_apposition")


def test_counted_apposition_not_when_the_names_disagree_with_the_count() -> None:
    """Four names after "five divisions": a list cut short, or no list of the divisions."""
    text = page(RECORDS, "The five divisions Trimming, Oil Supply, Glass Care and Post Repair.")
    assert _parts(text) == {}


def test_counted_apposition_not_when_the_list_goes_on_as_a_clause() -> None:
    """ "The two divisions Wick Care and Oil share a yard.": two pieces, as counted, but the
    last is a clause, no name."""
    assert _parts(page(RECORDS, "The two divisions Wick Care and Oil share a yard.")) == {}


def test_counted_apposition_not_after_a_noun_of_no_unit() -> None:
    """ "one of three shades, namely A, B and C": what is counted is no body's parts."""
    text = page(RECORDS, "The keepers choose one of three shades, namely Amber, Pearl and Smoke.")
    assert _parts(text) == {}


@pytest.mark.xfail(
    strict=True,
    reason="names in apposition to a count that the sentence's verb follows ('The four "
    "divisions A, B, C and D keep the lamps lit.') are left: the last name and the verb are "
    "one piece, and where the names end is not read",
)
def test_counted_apposition_names_before_the_sentence_verb() -> None:
    text = page(
        RECORDS,
        "The four divisions Trimming, Oil Supply, Glass Care and Post Repair keep the lamps lit.",
    )
    assert {"Trimming", "Post Repair"} <= _parts(text).keys()


def test_series_and_before_a_joined_name_the_first_and_closes_the_series() -> None:
    """ "...: Wick Supply, Oil Care, Records and Soot and Ember Control": after the last
    comma, the first "and" closes the series and the last name keeps its own "and"."""
    text = page(
        "Office of Wick Standards",
        "The office consists of the following departments: Wick Supply, Oil Care, Records and "
        "Soot and Ember Control.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Records"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )
    assert found["Soot and Ember Control"].parent == "Office of Wick Standards"
    off = offices(extract(text, off={"series_and_before_a_joined_name"}))
    assert "Records and Soot and Ember Control" in off
    assert "Soot and Ember Control" not in off


def test_series_and_before_a_joined_name_the_and_after_a_unit_noun() -> None:
    """ "...: Wick Supply, Oil and Glass Office and Soot and Ember Control": the "and" right
    after a name worded as a unit closes the series, not the first "and"."""
    text = page(
        "Office of Wick Standards",
        "The office consists of the following departments: Wick Supply, Oil and Glass Office "
        "and Soot and Ember Control.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Oil and Glass Office"].parent == "Office of Wick Standards"
    assert found["Soot and Ember Control"].found_by == "enumerated_units"
    assert "Oil" not in found
    off = offices(extract(text, off={"series_and_before_a_joined_name"}))
    assert not {"Oil and Glass Office", "Soot and Ember Control"} & set(off)


def test_series_and_before_a_joined_name_a_count_parts_after_a_unit_noun() -> None:
    """ "two branches: the Wick Trimming Office and Soot and Ember": a counted list joined by
    "and" alone parts after the name worded as a unit, giving as many names as it counts."""
    text = page(
        "Office of Wick Standards",
        "The office has two branches: the Wick Trimming Office and Soot and Ember.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Wick Trimming Office"].parent == "Office of Wick Standards"
    assert found["Soot and Ember"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )
    assert "Ember" not in found
    off = offices(extract(text, off={"series_and_before_a_joined_name"}))
    assert "Soot and Ember" not in off
    assert "Ember" in off


def test_series_and_before_a_joined_name_a_counted_series_after_commas() -> None:
    """ "three departments: Wick Supply, Oil Care and Soot and Ember Control": the count
    agrees with the series' closing "and", not with a split at every "and"."""
    text = page(
        "Office of Wick Standards",
        "The office has three departments: Wick Supply, Oil Care and Soot and Ember Control.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Soot and Ember Control"].parent == "Office of Wick Standards"
    assert found["Oil Care"].parent == "Office of Wick Standards"
    assert "Soot" not in found
    off = offices(extract(text, off={"series_and_before_a_joined_name"}))
    assert "Soot" in off
    assert "Soot and Ember Control" not in off


def test_shared_noun_after_verb_a_series_without_an_article() -> None:
    """ "The bureau comprises of Wick Supply, Oil Care, Glass Mending and Soot and Ember
    Units.": the series right after the verb shares the noun that ends the sentence; the
    first "and" of the last item closes the series."""
    text = page(
        "The bureau comprises of Wick Supply, Oil Care, Glass Mending and Soot and Ember Units."
    )
    found = offices(extract(text))
    assert found["Wick Supply Unit"] == Placed(ROOT, "prose_unit", "default_root")
    assert {"Oil Care Unit", "Glass Mending Unit", "Soot and Ember Unit"} <= found.keys()
    assert "Glass Mending and Soot Unit" not in found
    # without it the series is read bare, the noun kept by its last item as one name
    off = offices(extract(text, off={"shared_noun_after_verb"}))
    assert "Wick Supply Unit" not in off
    assert "Glass Mending and Soot and Ember Units" in off


def test_shared_noun_after_verb_the_own_section_keeps_no_bare_series() -> None:
    """ "The bureau comprises of Wick Supply, Oil Care, Glass Mending and Soot and Ember
    Units.": the series is read once, each item with the shared noun; the section's own
    enumeration of the same sentence keeps no last item that holds the noun and two names."""
    text = page(
        "The bureau comprises of Wick Supply, Oil Care, Glass Mending and Soot and Ember Units."
    )
    found = offices(extract(text))
    assert "Glass Mending and Soot and Ember Units" not in found
    assert {"Wick Supply Unit", "Soot and Ember Unit"} <= found.keys()
    assert not {"Wick Supply", "Oil Care"} & found.keys()


def test_shared_noun_after_verb_a_duty_verb_in_a_units_own_section() -> None:
    """ "The office oversees wick, oil and glass sections." in the office's own section: a
    lower-case series after a verb of oversight lists kinds, as it does in other prose; the
    section's reading of the verb holds its subject, so the verb is read at its end."""
    for text in (
        page("Office of Wick Standards", "The office oversees wick, oil and glass sections."),
        page("The office oversees wick, oil and glass sections. It keeps wicks even."),
    ):
        try:
            found = offices(extract(text))
        except NoStructureError:
            continue
        assert "wick section" not in found
    capitalized = page(
        "Office of Wick Standards", "The office oversees Wick, Oil and Glass Sections."
    )
    assert "Wick Section" in offices(extract(capitalized))


@pytest.mark.parametrize(
    "after",
    [" that keep the lamps lit.", ", each headed by a Keeper.", " which report to the Warden."],
)
def test_shared_noun_after_verb_before_a_clause_about_the_units(after: str) -> None:
    """ "The bureau is comprised of Wick Supply, Oil Care and Glass Mending Divisions that
    ...": the shared noun may open what the sentence says of the units, a relative clause or
    a participle, as well as end the sentence."""
    text = page(
        "The bureau is comprised of Wick Supply, Oil Care and Glass Mending Divisions" + after
    )
    found = offices(extract(text))
    assert {"Wick Supply Division", "Oil Care Division", "Glass Mending Division"} <= found.keys()
    assert "Oil Care and Glass Mending Divisions" not in found
    off = offices(extract(text, off={"shared_noun_after_verb"}))
    assert "Wick Supply Division" not in off


def test_shared_noun_after_verb_after_the_names_in_capitals() -> None:
    """ "The Bureau of Lantern Safety, led by the Lamp Warden, includes the Wick Clerk, Glass,
    and WE divisions." on a page whose units have headings (the aside between commas is no
    part of the subject): after "the", names in capitals share the noun in
    lower case."""
    text = page(
        "The Bureau of Lantern Safety, led by the Lamp Warden, includes the Wick Clerk, Glass,"
        " and WE divisions.",
        "Office of Wick Standards",
        "The office sets standards for wicks.",
    )
    found = offices(extract(text))
    assert {"Wick Clerk division", "Glass division", "WE division"} <= found.keys()
    assert found["Glass division"].parent == ROOT
    off = offices(extract(text, off={"shared_noun_after_verb"}))
    assert "Glass division" not in off


def test_shared_noun_after_verb_not_a_series_of_plural_unit_nouns() -> None:
    """ "The bureau is organized into directorates, centers, and lamp offices that support
    the Warden": items that are themselves plural unit nouns in lower case name kinds of
    unit, so the series names none ("centers office" is no unit)."""
    text = page(
        "The bureau is organized into directorates, centers, and lamp offices that support "
        "the Warden. The Wick Office trims wicks."
    )
    found = offices(extract(text))
    assert not {"centers office", "directorates office", "lamp office"} & found.keys()


def test_shared_noun_after_verb_in_lower_case() -> None:
    """ "It shall consist of wick, oil, and soot and ember divisions.": a lower-case noun
    shares itself with lower-case items; an Oxford comma closes the series."""
    text = page(
        "The bureau keeps lamps. It shall consist of wick, oil, and soot and ember divisions."
    )
    found = offices(extract(text))
    assert {"wick division", "oil division", "soot and ember division"} <= found.keys()
    with pytest.raises(NoStructureError):
        extract(text, off={"shared_noun_after_verb"})


def test_shared_noun_after_verb_a_lower_case_series_after_a_verb_of_duty() -> None:
    """After "is responsible for" or "oversees" a lower-case series lists duties or kinds
    ("recruiting, training and deploying wick response teams"), no units; capitalized, it
    names them."""
    duties = page(
        "The bureau keeps lamps. It is responsible for recruiting, training and deploying wick"
        " response teams."
    )
    with pytest.raises(NoStructureError):
        extract(duties)
    kinds = page("The bureau keeps lamps. The bureau oversees county, city and township offices.")
    with pytest.raises(NoStructureError):
        extract(kinds)
    named = page(
        "The bureau keeps lamps. The bureau oversees Wick Supply, Oil Care and Glass units."
    )
    assert {"Wick Supply unit", "Oil Care unit", "Glass unit"} <= offices(extract(named)).keys()


def test_shared_noun_after_verb_a_series_of_kinds() -> None:
    """A series opened by a count ("several wick, oil and glass offices") or with an item of
    words of scope or kind alone ("state, regional and local offices") describes kinds of
    unit, no units."""
    kinds = page("The bureau keeps lamps. The bureau includes state, regional and local offices.")
    with pytest.raises(NoStructureError):
        extract(kinds)
    counted = page(
        "The bureau keeps lamps. The bureau comprises several wick, oil and glass offices."
    )
    with pytest.raises(NoStructureError):
        extract(counted)


def test_shared_noun_after_verb_not_a_noun_inside_the_sentence() -> None:
    """A plural unit noun that does not end the sentence ("It includes Oil and Soot Units in
    every county.") names kinds of unit, no parts."""
    text = page("The bureau keeps lamps. It includes Oil and Soot Units in every county.")
    with pytest.raises(NoStructureError):
        extract(text)
    # nor is a phrase of the sentence an item ("staff from the Wick")
    phrase = page("The bureau keeps lamps. It includes staff from Wick, Oil and Glass units.")
    with pytest.raises(NoStructureError):
        extract(phrase)


SUBJECTLESS = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Wick Division

    - Sets standards for wicks.
    - Comprised of Braiding Works, Trimming Works, and Dipping.

    ## Glass Division

    The division is made up of 4 Lamp staff and inspects lantern glass.
    """)


def test_enumerated_units_section_sentence_whose_subject_is_left_out() -> None:
    found = offices(extract(SUBJECTLESS, markdown=True))
    assert found["Braiding Works"] == Placed(
        "Wick Division", "enumerated_units", "enumerated_units"
    )
    assert found["Dipping"].parent == "Wick Division"
    assert "4 Lamp" not in found
    assert "Lamp" not in found
    off = offices(extract(SUBJECTLESS, markdown=True, off={"enumerated_units"}))
    assert "Braiding Works" not in off


def test_enumerated_units_section_sentence_lists_people_not_parts() -> None:
    text = page(
        "Office of Wick Standards",
        "The office is made up of the Wick Director, the Deputy Wick Director and their staff.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert "Wick Director" not in found


PARTS = page(
    "Office of Wick Standards",
    "The Office of Wick Standards consists of three branches: Braiding, Trimming, and Dipping.",
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_enumerated_units_parts_in_a_section_are_parts_of_its_unit() -> None:
    found = offices(extract(PARTS))
    assert found["Braiding"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )
    assert found["Dipping"].parent == "Office of Wick Standards"
    off = offices(extract(PARTS, off={"enumerated_units"}))
    assert "Braiding" not in off


def test_enumerated_units_parts_without_a_serial_comma() -> None:
    """ "three branches: A, B and C": the count says "B and C" is two parts."""
    found = offices(extract(PARTS.replace("Trimming, and", "Trimming and")))
    assert "Trimming" in found
    assert "Dipping" in found


def test_enumerated_units_parts_short_sentence() -> None:
    # Six words or fewer before the colon: the sentence reads as a "Label: text" line.
    text = page(
        "Office of Wick Standards",
        "The office consists of three branches: Braiding, Trimming, and Dipping.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    assert offices(extract(text))["Braiding"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )
    assert "Braiding" not in offices(extract(text, off={"enumerated_units"}))


def test_enumerated_units_parts_each_with_a_which_clause() -> None:
    text = page(
        "Office of Wick Standards",
        "The office has three branches: Braiding, which braids wicks, makes tassels, and "
        "dyes them; Trimming, which trims wicks; and Dipping Works, which dips them in wax.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    for part in ("Braiding", "Trimming", "Dipping Works"):
        assert found[part] == Placed(
            "Office of Wick Standards", "enumerated_units", "enumerated_units"
        )
    assert "Dipping Works" not in offices(extract(text, off={"enumerated_units"}))


def test_enumerated_units_an_adjective_that_is_also_a_position_word() -> None:
    text = page(
        "Office of Wick Standards",
        "- Includes the General Wick Staff which supports the office.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["General Wick Staff"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )


REPORTING = page(
    "The Office of the Lamp Counsel advises the bureau. The Deputy Lamp Counsel and the "
    "Associate Lamp Counsel report to the Office of the Lamp Counsel."
)


def test_reports_to_makes_positions_parts_of_the_unit_they_report_to() -> None:
    found = offices(extract(REPORTING))
    assert found["Deputy Lamp Counsel"] == Placed(
        "Office of the Lamp Counsel", "reports_to", "reports_to"
    )
    assert found["Associate Lamp Counsel"].parent == "Office of the Lamp Counsel"

    off = offices(extract(REPORTING, off={"reports_to"}))
    assert "Deputy Lamp Counsel" not in off


def test_reports_to_a_unit_the_sentence_names_first() -> None:
    text = page(
        "The Deputy Lamp Counsel and the Associate Lamp Counsel report to the Chief Lamp Counsel."
    )
    found = offices(extract(text))
    assert found["Deputy Lamp Counsel"] == Placed("Chief Lamp Counsel", "reports_to", "reports_to")
    assert found["Chief Lamp Counsel"] == Placed(ROOT, "reports_to", "default_root")


def test_reports_to_a_unit_reporting_to_a_position_named_first() -> None:
    text = page(
        "The bureau's work is done by the Wick Division and the Glass Division. "
        "The Lamp Audit Branch reports directly to the Warden-General of Lamps."
    )
    found = offices(extract(text))
    assert found["Warden-General of Lamps"] == Placed(ROOT, "reports_to", "default_root")
    assert found["Lamp Audit Branch"] == Placed(
        "Warden-General of Lamps", "prose_unit", "reports_to"
    )
    assert found["Wick Division"].parent == ROOT

    off = offices(extract(text, off={"reports_to"}))
    assert "Warden-General of Lamps" not in off
    assert off["Lamp Audit Branch"].parent == ROOT


def test_reports_to_not_when_the_sentence_says_they_do_not() -> None:
    text = page(
        "The Lamp Audit Branch and the Wick Division do not report to the Warden-General of Lamps."
    )
    found = offices(extract(text))
    assert "Warden-General of Lamps" not in found
    assert found["Lamp Audit Branch"].parent == ROOT


CHART_TEXT = (
    "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit.\n\n"
    "Wick Secretariat reports to the Chief Warden.\n"
    "Lamps, Oils & Glass Division reports to the Chief Warden.\n"
    "Those who report to Lamps, Oils & Glass Division are Wick Supply Branch; Glass Care "
    "Branch.\n"
    "Flame & Soot Division reports to the Chief Warden.\n"
    "Those who report to Flame & Soot Division are Soot Study Branch; Smoke Branch.\n"
)


def test_reports_to_a_unit_named_with_an_ampersand_or_commas() -> None:
    found = offices(extract(CHART_TEXT))
    assert found["Wick Secretariat"] == Placed("Chief Warden", "reports_to", "reports_to")
    assert found["Soot Study Branch"].parent == "Flame & Soot Division"
    assert found["Wick Supply Branch"].parent == "Lamps, Oils & Glass Division"
    off = offices(extract(CHART_TEXT, off={"reports_to"}))
    assert "Wick Secretariat" not in off
    assert off["Soot Study Branch"].parent == ROOT


def test_reports_to_not_an_opening_phrase_set_off_by_a_comma() -> None:
    text = page("In Lamp Offices, officials reporting to the Chief Warden include wick makers.")
    assert "In Lamp Offices" not in offices(extract(text))
    assert "Lamp Offices" not in offices(extract(text))


CHART_BELOW = (
    "Bureau of Lantern Safety chart (text version)\n"
    "The chart shows the Bureau of Lantern Safety as follows:\n"
    "Top center of the page: Chief Warden\n"
    "Directly below and connected to the Chief Warden is the Deputy Warden.\n"
    "Below the Deputy Warden, from left to right, are:\n"
    "Office of Wick Supply\n"
    "Office of Glass Care\n"
    "Directly under the Chief Lamp Auditor is the Office of the Senior Lamp Auditor.\n"
    "This chart was signed by Ada Lumen, Chief Warden, March 3, 2021\n"
)


def test_reports_to_a_chart_text_version_places_boxes_below_one() -> None:
    found = offices(extract(CHART_BELOW))
    assert found["Chief Warden"] == Placed(ROOT, "reports_to", "default_root")
    assert found["Deputy Warden"] == Placed("Chief Warden", "reports_to", "reports_to")
    assert found["Office of Wick Supply"].parent == "Deputy Warden"
    assert found["Office of Glass Care"].parent == "Deputy Warden"
    assert found["Office of the Senior Lamp Auditor"].parent == "Chief Lamp Auditor"
    off = offices(extract(CHART_BELOW, off={"reports_to"}))
    assert off["Office of Wick Supply"].parent == ROOT


def test_reports_to_not_a_clause_under_a_position_inside_a_sentence() -> None:
    text = page(
        "The Office of Wick Supply, under the Deputy Warden, is responsible for advising the "
        "Chief Warden on wicks."
    )
    found = offices(extract(text))
    assert found["Office of Wick Supply"].parent == ROOT
    assert "Deputy Warden" not in found


FOLLOWING = page(
    "The following report to the Deputy Lamp Administrator. The Office of Wick Standards sets "
    "standards for wicks. The Office of Glass Inspection inspects lantern glass."
)


def test_following_report_to_places_the_next_sentences_units_under_the_position() -> None:
    found = offices(extract(FOLLOWING))
    assert found["Deputy Lamp Administrator"] == Placed(ROOT, "following_report_to", "default_root")
    assert found["Office of Wick Standards"] == Placed(
        "Deputy Lamp Administrator", "following_report_to", "following_report_to"
    )

    off = offices(extract(FOLLOWING, off={"following_report_to"}))
    assert off["Deputy Lamp Administrator"] == Placed(ROOT, "reports_to", "default_root")
    assert off["Office of Wick Standards"] == Placed(ROOT, "prose_unit", "default_root")


FOLLOWING_SECTIONS = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety is headed by the Lamp Commissioner. The following offices report
    to the Commissioner.

    ## Office of Wick Standards

    The office sets standards for wicks.

    ## Office of Glass Inspection

    The office inspects lantern glass.
    """)


def test_following_report_to_ending_the_introduction_heads_the_sections() -> None:
    found = offices(extract(FOLLOWING_SECTIONS, markdown=True))
    assert found["Commissioner"] == Placed(ROOT, "following_report_to", "default_root")
    assert found["Office of Wick Standards"] == Placed(
        "Commissioner", "section_heading", "following_report_to"
    )
    assert found["Office of Glass Inspection"].parent == "Commissioner"

    off = offices(extract(FOLLOWING_SECTIONS, markdown=True, off={"following_report_to"}))
    assert "Commissioner" not in off
    assert off["Office of Wick Standards"].parent == ROOT


LEAD_IN = page(
    "Its work is organized in these offices:",
    """
    - Wick Standards
    - Glass Inspection
    - Oil Supply
    """,
)


def test_listed_after_lead_in_makes_the_items_units() -> None:
    found = offices(extract(LEAD_IN))
    assert found["Wick Standards"] == Placed(ROOT, "listed_after_lead_in", "inside_section")
    assert found["Oil Supply"].found_by == "listed_after_lead_in"
    with pytest.raises(NoStructureError):
        extract(LEAD_IN, off={"listed_after_lead_in", "announced_names_last_resort"})


def test_unit_worded_items_clusters() -> None:
    """A cluster is a unit noun, as a division or a group ("Wick Cluster")."""
    text = page(
        """
        - Wick Cluster
        - Glass Cluster
        - Oil Supply
        """
    )
    found = offices(extract(text))
    assert found["Glass Cluster"] == Placed(ROOT, "unit_worded_items", "inside_section")
    with pytest.raises(NoStructureError):
        extract(text, off={"unit_worded_items", "unit_names_in_text"})


def test_listed_after_lead_in_groups_and_centres() -> None:
    """ "groups" and "centres" (British spelling) are plural unit nouns of a lead-in too."""
    for noun in ("groups", "centres"):
        text = page(
            f"The work of the bureau is done through our 3 main {noun}:",
            """
            - Wick Standards
            - Glass Inspection
            - Oil Supply
            """,
        )
        found = offices(extract(text))
        assert found["Wick Standards"] == Placed(ROOT, "listed_after_lead_in", "inside_section")
        assert {"Glass Inspection", "Oil Supply"} <= found.keys()
        with pytest.raises(NoStructureError):  # the count makes it a composition lead-in too
            extract(
                text,
                off={"listed_after_lead_in", "composition_lead_in", "announced_names_last_resort"},
            )


def test_listed_after_lead_in_lower_case_names_with_a_cross_reference() -> None:
    """A statute lists its units in lower case, each with a cross-reference in parentheses
    ("Department of wick and glass supply (Section 9-4)"): the parenthesized part is no word
    of the name, so a five-word name is still short enough."""
    text = page(
        "The work is divided among the following departments:",
        """
        (1) Department of wick and glass supply (Section 9-4)
        (2) Department of lamp oil and repair (Section 9-5)
        (3) Department of posts (Section 9-6)
        """,
    )
    found = offices(extract(text))
    assert found["Department of wick and glass supply"] == Placed(
        ROOT, "listed_after_lead_in", "inside_section"
    )
    assert "Department of lamp oil and repair" in found
    with pytest.raises(NoStructureError):
        extract(text, off={"listed_after_lead_in", "unit_noun_heads_item"})


def test_listed_after_lead_in_as_follows() -> None:
    text = page(
        "The teams of the office will be as follows:",
        """
        - Wick Standards
        - Glass Inspection
        """,
    )
    assert offices(extract(text))["Wick Standards"].found_by == "listed_after_lead_in"
    with pytest.raises(NoStructureError):
        extract(text, off={"listed_after_lead_in"})


def test_lead_in_names_parent_reads_a_possessor_worded_as_a_unit() -> None:
    text = page(
        "In the Wick Division's particular case, the teams will be as follows:",
        """
        - Braiding
        - Trimming
        """,
    )
    found = offices(extract(text))
    assert found["Wick Division"] == Placed(ROOT, "lead_in_names_parent", "default_root")
    assert found["Braiding"] == Placed(
        "Wick Division", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(text, off={"lead_in_names_parent"}))
    assert "Wick Division" not in off


PARENT_LEAD_IN = page(
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
    "Office of Wick Standards",
    "The office sets standards for wicks.",
    "The Office of Glass Inspection includes:",
    """
    - Polishing
    - Grinding
    """,
)


def test_lead_in_names_parent_makes_the_items_parts_of_the_unit_it_names() -> None:
    found = offices(extract(PARENT_LEAD_IN))
    assert found["Polishing"] == Placed(
        "Office of Glass Inspection", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(PARENT_LEAD_IN, off={"lead_in_names_parent"}))
    assert "Polishing" not in off


def test_lead_in_names_parent_position_named_only_in_the_lead_in() -> None:
    """A lead-in that names by "report to" a parent no heading or earlier text made a unit:
    the position becomes a unit through following_report_to, and lead_in_reports_to places
    the listed offices under it once it is found."""
    text = page(
        "The following offices report to the Deputy Lamp Administrator:",
        """
        - Wick Standards
        - Glass Inspection
        """,
    )
    found = offices(extract(text))
    assert found["Wick Standards"].parent == "Deputy Lamp Administrator"


ORGANIZED_INTO = page(
    "The Office of Wick Standards is organized into the following units:",
    """
    - Braiding
    - Trimming
    """,
)


def test_lead_in_names_parent_makes_a_unit_of_a_subject_not_named_before() -> None:
    found = offices(extract(ORGANIZED_INTO))
    assert found["Office of Wick Standards"] == Placed(ROOT, "lead_in_names_parent", "default_root")
    assert found["Braiding"] == Placed(
        "Office of Wick Standards", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(ORGANIZED_INTO, off={"lead_in_names_parent"}))
    assert off["Braiding"].parent == ROOT


def test_verb_by_its_ending_only_after_a_unit_named_in_full() -> None:
    """The subject is "The" and a name whose last word is a capitalized unit noun: "The Oil
    Depot trims ..." names no unit, whatever verb follows (callers read such names with
    verbs of their own)."""
    unit = "The Oil Office trims the wicks."
    depot = "The Oil Depot trims the wicks."
    assert _subject_verb(unit, 4, len("The Oil Office")) is not None
    assert _subject_verb(depot, 4, len("The Oil Depot")) is None
    with disabled({"verb_by_its_ending"}):
        assert _subject_verb(unit, 4, len("The Oil Office")) is None


COMPRISED_OF = page(
    "Oil Division",
    "The division keeps the oil stores.",
    "The Oil Stores Branch is comprised of the following:",
    """
    - Barrel Section
    - Tallow Team
    """,
    "The Oil Depot Branch is comprised of two teams that provide the following services to \
the town:",
    """
    - Barrel Delivery
    - Tallow Rendering
    """,
    "The Oil Yard Branch oversees the following services and offices:",
    """
    - Cask Office
    - Tallow Desk
    """,
)


def test_lead_in_names_parent_is_comprised_of() -> None:
    """ "The Oil Stores Branch is comprised of the following:" names the items' unit as "is
    composed of" does; "... two teams that provide the following services to the town:"
    lists what a unit offers, not its parts: it names no unit the items belong to (another
    rule may still read them as the section's); "the following services and offices:" names
    parts too."""
    found = offices(extract(COMPRISED_OF))
    for name in ("Barrel Section", "Tallow Team"):
        assert found[name] == Placed(
            "Oil Stores Branch", "lead_in_names_parent", "lead_in_names_parent"
        )
    for name in ("Barrel Delivery", "Tallow Rendering"):
        assert name not in found or found[name].parent_by != "lead_in_names_parent", name
    # services and offices: the offices are parts
    assert found["Cask Office"] == Placed(
        "Oil Yard Branch", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(COMPRISED_OF, off={"lead_in_names_parent"}))
    assert off["Barrel Section"].parent == "Oil Division"


SENTENCE_LEAD_IN = page(
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
    "The Office of Glass Inspection oversees several small teams that keep the panes clear.",
    """
    Polishing: polishes every pane.
    Grinding: grinds the bevels.
    """,
)


def test_lead_in_names_parent_reads_a_sentence_naming_the_units_without_a_colon() -> None:
    found = offices(extract(SENTENCE_LEAD_IN))
    assert found["Polishing"] == Placed(
        "Office of Glass Inspection", "lead_in_names_parent", "lead_in_names_parent"
    )
    off = offices(extract(SENTENCE_LEAD_IN, off={"lead_in_names_parent"}))
    assert off["Polishing"].found_by == "label_line_run"
    # A sentence that names no units in the plural leads into nothing.
    plain = SENTENCE_LEAD_IN.replace("several small teams", "the glass")
    assert offices(extract(plain))["Polishing"].found_by == "label_line_run"


UNIT_HEADING = page(
    "Our Divisions",
    """
    - Wick Standards
    - Glass Inspection
    - Oil Supply
    """,
)


def test_listed_under_unit_heading_makes_the_items_units() -> None:
    found = offices(extract(UNIT_HEADING))
    assert found["Glass Inspection"] == Placed(ROOT, "listed_under_unit_heading", "inside_section")
    with pytest.raises(NoStructureError):
        extract(UNIT_HEADING, off={"listed_under_unit_heading"})


def test_listed_under_unit_heading_a_list_of_one() -> None:
    text = page(
        "Our Divisions",
        """
        - Wick Standards Division (WSD) sets standards for wicks.
        """,
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Wick Standards Division"].found_by == "listed_under_unit_heading"
    off = offices(extract(text, off={"listed_under_unit_heading"}))
    assert off["Wick Standards Division"].found_by != "listed_under_unit_heading"


def test_listed_under_unit_heading_organizational_structure() -> None:
    text = page(
        "Organizational Structure",
        """
        - Wick Standards
        - Glass Inspection
        """,
    )
    found = offices(extract(text))
    assert found["Wick Standards"] == Placed(ROOT, "listed_under_unit_heading", "inside_section")
    with pytest.raises(NoStructureError):
        extract(text, off={"listed_under_unit_heading"})


WORDED_ITEMS = page("""
    - Wick Standards Division
    - Glass Inspection Branch
    - Oil Supply Office
    """)


def test_unit_worded_items_make_a_plain_list_units() -> None:
    found = offices(extract(WORDED_ITEMS))
    assert found["Glass Inspection Branch"] == Placed(ROOT, "unit_worded_items", "inside_section")
    off = offices(extract(WORDED_ITEMS, off={"unit_worded_items"}))
    assert off["Glass Inspection Branch"].found_by != "unit_worded_items"


LABEL_LINES = page("""
    Wick Standards: sets standards for wicks.
    Glass Inspection: inspects lantern glass.
    Oil Supply: buys lamp oil.
    """)


def test_label_line_run_makes_each_label_a_unit() -> None:
    result = extract(LABEL_LINES)
    found = offices(result)
    assert found["Wick Standards"] == Placed(ROOT, "label_line_run", "inside_section")
    descriptions = {o.name: o.description for o in result.offices}
    assert descriptions["Oil Supply"] == "buys lamp oil."
    with pytest.raises(NoStructureError):
        extract(LABEL_LINES, off={"label_line_run"})


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


DASH_ITEMS = page(
    """
    The bureau keeps a varied set of duties.

      • Lamp Care - keeping every street lamp lit.
        • Wick Trimming - trimming wicks each week.
        • Oil Supply - buying lamp oil and carrying it to the posts.
      • Glass Works - cleaning lantern panes and fitting new glass to them.
    """
)


def test_label_line_run_reads_name_dash_description_items() -> None:
    """ "Name - what it does" items are the label lines' layout with a dash: each name is a
    unit, a sub-item's under its item's, named by the words before the dash."""
    found = offices(extract(DASH_ITEMS))
    assert found["Lamp Care"] == Placed(ROOT, "label_line_run", "inside_section")
    assert found["Oil Supply"] == Placed("Lamp Care", "label_line_run", "list_nesting")
    assert "Glass Works" in found
    with pytest.raises(NoStructureError):
        extract(DASH_ITEMS, off={"label_line_run"})


def test_label_line_run_reads_name_dash_description_lines() -> None:
    """Lines standing alone, each "Name – what it does", read as label lines; a title line
    "Page - Site" (a short tail) does not."""
    text = page(
        "Wick Care – Sets the standards every wick of the town must meet.",
        "Glass Works – Inspects the lantern glass before it is fitted.",
        "Lamp Posts - Street Lamps of Example Town",
    )
    found = offices(extract(text))
    assert found["Glass Works"] == Placed(ROOT, "label_line_run", "inside_section")
    assert "Wick Care" in found
    assert "Lamp Posts" not in found
    with pytest.raises(NoStructureError):
        extract(text, off={"label_line_run"})


def test_label_line_run_reads_labels_that_define_an_acronym() -> None:
    """ "Name (ACR): what it does": the acronym a label defines is no word of its name, so a
    six-word name with its acronym, or an acronym inside the name, is still a short label."""
    text = page(
        "Lamp Rules & Wick Safety Standards (LRWSS): Sets the rules for lamps.",
        "Glass Care (GCR): Inspects lantern glass.",
        "Oil and Supply (O&S) Services: Buys lamp oil.",
    )
    found = offices(extract(text))
    assert found["Lamp Rules & Wick Safety Standards"] == Placed(
        ROOT, "label_line_run", "inside_section"
    )
    assert found["Oil and Supply Services"] == Placed(ROOT, "label_line_run", "inside_section")
    assert "Glass Care" in found
    # its acronym definitions alone are published
    assert extract(text, off={"label_line_run"}).offices == []


def test_label_line_run_not_over_repeated_field_labels() -> None:
    text = page(
        """
        Wick Standards: sets standards for wicks.
        Glass Inspection: inspects lantern glass.
        """,
        "Office of Oil Supply",
        """
        Phone: ask the front desk
        Hours: weekdays only
        """,
        "Office of Lamp Repair",
        """
        Phone: ask the repair desk
        Hours: weekends only
        """,
    )
    found = offices(extract(text))
    assert found["Wick Standards"].found_by == "label_line_run"
    assert "Phone" not in found
    assert "Hours" not in found


def test_table_unit_column_reads_a_header_whose_first_column_is_a_unit_noun() -> None:
    assert table_unit_column("Office | Hours")
    assert table_unit_column("Units | Phone | Room")
    assert table_unit_column("Name | Role | Team")
    assert not table_unit_column("Name | Hours")
    assert not table_unit_column("Office hours")
    with disabled({"table_unit_column"}):
        assert not table_unit_column("Office | Hours")


def test_table_unit_column_markdown_table() -> None:
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        | Office | Hours |
        | --- | --- |
        | Wick Standards | Mornings |
        | Oil Supply | Evenings |
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Standards"] == Placed(ROOT, "table_unit_column", "inside_section")


ROSTER = """<html><body><main>
<h1>Bureau of Lantern Safety</h1>
<p>The Bureau of Lantern Safety keeps the lamps lit.</p>
<h2>Our People</h2>
<table>
<select><option>Name</option><option>Team</option></select>
<tr><th>Name</th><th>Role</th><th>Team</th></tr>
<tr><td>Mara Quill</td><td>Chief Lamplighter</td><td>Wick Standards Team</td></tr>
<tr><td>Tom Flint</td><td>Glazier</td><td>Glass Inspection Team</td></tr>
<tr><td>Ada Ember</td><td>Lamplighter</td><td>Wick Standards Team</td></tr>
</table>
</main></body></html>"""


def test_table_unit_column_reads_the_team_column_of_a_staff_table() -> None:
    result = extract(ROSTER, html=True)
    found = offices(result)
    assert found["Wick Standards Team"] == Placed(ROOT, "table_unit_column", "inside_section")
    assert "Glass Inspection Team" in found
    assert [o.name for o in result.offices].count("Wick Standards Team") == 1
    assert not {"Mara Quill", "Chief Lamplighter", "Name"} & set(found)
    off = offices(extract(ROSTER, html=True, off={"table_unit_column"}))
    assert off["Wick Standards Team"].found_by == "prose_unit"  # a weaker reading takes over


OFFICIALS_TABLE = """<html><body><main>
<h1>Bureau of Lantern Safety</h1>
<p>The Bureau of Lantern Safety keeps the lamps lit.</p>
<table>
<tr><th>Name</th><th>Title</th></tr>
<tr><td>Mara Quill</td><td>Chief Lamplighter</td></tr>
<tr><td>Tom Flint</td><td>Director, Office of Glass Inspection</td></tr>
<tr><td>Ada Ember</td><td>Keeper of Wick Records</td></tr>
</table>
</main></body></html>"""


def test_table_unit_column_a_column_of_titles_beside_a_column_of_names() -> None:
    """ "Name | Title" over people and their posts: the posts name the rows' units, as a
    list of officials' titles does; the people are none."""
    assert table_unit_column("Name | Title")
    assert not table_unit_column("Title | Hours")
    found = offices(extract(OFFICIALS_TABLE, html=True))
    assert found["Chief Lamplighter"].found_by == "table_unit_column"
    assert "Keeper of Wick Records" in found
    assert not {"Mara Quill", "Tom Flint", "Ada Ember"} & set(found)


def test_section_heading_name_from_a_possessive_subject() -> None:
    text = page(
        "Wick Clerk",
        "The Office of the Wick Clerk's overall goal is to keep wick records.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Office of the Wick Clerk"] == Placed(ROOT, "section_heading", "default_root")


def test_section_heading_position_does_not_take_the_acronym_of_what_it_heads() -> None:
    text = page(
        "The bureau's work on Lamp Care (LC) is led by a chief officer.",
        "Chief Lamp Officer for Lamp Care",
        "The chief officer leads the work on lamp care.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    result = extract(text)
    found = {office.name: office.acronym for office in result.offices}
    assert found["Chief Lamp Officer for Lamp Care"] is None


DEFINED_ITEMS = page(
    "Lamp Bureaus",
    """
    - Bureau of Wick Standards (BWS) sets standards for wicks and trims them.
    - Glass Inspection Service (GXS) inspects lantern glass across the land.
    - The Flame Safety Institute (FSI) keeps flames safe in every lamp.
    """,
)


def test_listed_under_unit_heading_items_opening_with_a_defined_name() -> None:
    found = offices(extract(DEFINED_ITEMS))
    # "Lamp Bureaus" over the list and no prose of its own groups the bureaus; it is not one.
    assert found["Glass Inspection Service"] == Placed(
        ROOT, "listed_under_unit_heading", "inside_section"
    )
    assert "Lamp Bureaus" not in found
    assert "Flame Safety Institute" in found
    assert "Bureau of Wick Standards" in found


def test_enumerated_units_section_subject_oversees_its_parts() -> None:
    text = page(
        "Lamp Treasurer",
        "The Lamp Treasurer oversees the Wick Mint and the Glass Foundry.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Wick Mint"] == Placed("Lamp Treasurer", "enumerated_units", "enumerated_units")
    assert found["Glass Foundry"].parent == "Lamp Treasurer"


def test_enumerated_units_section_subject_houses_or_contains_its_parts() -> None:
    """ "The Department houses the A Division, which ...", "It contains the B Section": a verb
    that houses or holds names the section's unit's parts as "includes" does."""
    text = page(
        "Wick Department",
        "The Wick Department trims wicks. The Department houses the Wick Braiding Division, "
        "which braids wicks for the bureau.",
        "Office of Glass Inspection",
        "The office inspects lantern glass. It contains the Soot Counting Section, which "
        "counts soot.",
    )
    found = offices(extract(text))
    assert found["Wick Braiding Division"] == Placed(
        "Wick Department", "enumerated_units", "enumerated_units"
    )
    assert found["Soot Counting Section"].parent == "Office of Glass Inspection"


def test_lead_in_names_parent_without_a_colon_only_by_its_subject() -> None:
    """A sentence without a colon that merely mentions units 'of' a unit does not introduce
    the list after it (before, the newsletter titles became that unit's units)."""
    text = dedent("""\
        Bureau of Lantern Safety

        The bureau keeps the lamps lit.

        Office of Glass Inspection

        The office inspects lantern glass.

        Press releases about the divisions of the Office of Glass Inspection are posted weekly.

        - Spring Newsletter
        - Annual Report
        - Lamp Safety Week
        """)
    assert names(extract(text)) == [ROOT, "Office of Glass Inspection"]


def test_enumerated_units_in_the_introduction_of_a_page_with_sections() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. The bureau consists of the Wick \
        Service, the Glass Service, and the Oil Service.

        Office of Lamp Planning

        The office prepares the lamp plan.
        """)
    found = offices(extract(text))
    assert found["Glass Service"] == Placed(ROOT, "enumerated_units", "enumerated_units")
    assert found["Office of Lamp Planning"].found_by == "section_heading"
    assert "Glass Service" not in offices(extract(text, off={"enumerated_units"}))


@pytest.mark.xfail(
    strict=True,
    reason="a statute's lettered item that leads into numbered sub-items ('(a) The director "
    "shall organize the department into the following divisions:') is not read as a lead-in, "
    "and the units it lists in lower case ('the division of wick supply;') are lost; tried "
    "as a rule, it changed no corpus page",
)
def test_listed_after_lead_in_a_lettered_item_over_lower_case_units() -> None:
    text = dedent("""\
        Department of Lantern Affairs

        § 9-4-2. Organization of the department.

        (a) The director shall organize the department into the following divisions:

        (1) The division of wick supply;

        (2) The division of glass inspection; and

        (3) The division of oil safety.

        (b) Each division shall be headed by an associate director.
        """)
    found = offices(extract(text))
    assert found["Division of Glass Inspection"].found_by == "listed_after_lead_in"


@pytest.mark.xfail(
    strict=True,
    reason="a heading that labels a name with its kind of unit ('BRANCH: WICK SUPPLY', "
    "'Chief Directorate: Glass') reads as a 'Label: text' line; tried as a heading rule, "
    "it changed no corpus page",
)
def test_section_heading_labelled_with_its_kind_of_unit() -> None:
    text = dedent("""\
        Department of Lantern Affairs

        The department keeps the lamps of the realm lit.

        BRANCH: WICK SUPPLY
        PURPOSE: To supply wicks to the lamp keepers.

        BRANCH: GLASS AND MANTLE
        PURPOSE: To maintain lantern glass.
        """)
    found = offices(extract(text))
    assert found["Wick Supply"].found_by == "section_heading"
    assert found["Glass and Mantle"].found_by == "section_heading"


@pytest.mark.xfail(
    strict=True,
    reason="a line that is only an acronym under the paragraph describing its unit (a card: "
    "description, then 'WSO') is read as part of the paragraph, so the units of such cards "
    "are lost but for the first",
)
def test_prose_unit_cards_labelled_by_acronym_lines() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        The Wick Supply Office (WSO) buys wicks for every lamp in the realm and stores them
        WSO
        GIO inspects the glass of every lantern in public buildings across the whole realm
        GIO
        """)
    found = offices(extract(text))
    assert "Wick Supply Office" in found
    assert any(o.acronym == "GIO" for o in extract(text).offices)


@pytest.mark.xfail(
    strict=True,
    reason="a list item laid out as a card (a bold name over paragraphs) is read as one "
    "run-on item whose name is not found; read as a heading over its text (tried), it also "
    "took the text after the list into the last card",
)
def test_listed_under_unit_heading_card_items() -> None:
    html = (
        "<html><body><main><h1>Bureau of Lantern Safety</h1>"
        "<p>The Bureau of Lantern Safety keeps the lamps lit.</p><h2>Teams</h2><ul>"
        "<li><p><strong>Wick Linkage</strong></p><p>The Wick Linkage Hub joins wicks.</p></li>"
        "<li><p><strong>Glass Care</strong></p><p>We polish the glass of every lamp.</p></li>"
        "</ul><p>We also meet every month.</p></main></body></html>"
    )
    found = offices(extract(html, html=True))
    assert found["Glass Care"].parent == "Bureau of Lantern Safety"
    assert "Wick Linkage" in found or "Wick Linkage Hub" in found


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


def test_possessive_unit_name_joins_a_possessive_to_its_unit_noun() -> None:
    text = page("The Chief Lamp Keeper's Office trims the wicks of the town.")
    found = offices(extract(text))
    assert found["Chief Lamp Keeper's Office"] == Placed(ROOT, "prose_unit", "default_root")
    with pytest.raises(NoStructureError):
        extract(text, off={"possessive_unit_name"})


def _wick_division_says(sentence: str) -> str:
    """A page with a Wick Division whose section says ``sentence``, and a Glass Division."""
    return (
        f"Lamp Office\n\nWick Division\n\n{sentence}\n\nGlass Division\n\n"
        "The Glass Division cleans the lamp glass.\n"
    )


def test_post_possessive_office_a_posts_possessive_before_an_office_name() -> None:
    """ "the Chief Warden's Lamp Office" in a list of parts: the post's office is one
    unit; switched off, the possessive ends the list there (the unit after it is read by
    another rule)."""
    text = _wick_division_says(
        "The Wick Division consists of the Chief Warden's Lamp Office and the Trim Unit."
    )
    found = offices(extract(text))
    assert found["Chief Warden's Lamp Office"].parent == "Wick Division"
    assert found["Trim Unit"].parent == "Wick Division"
    off = offices(extract(text, off={"post_possessive_office"}))
    assert "Chief Warden's Lamp Office" not in off


def test_post_possessive_office_not_a_program_the_post_runs() -> None:
    """ "the Chief Warden's Lamp Program": a post's possessive before a program's name is no
    unit (only the nouns of a unit's parts make a post's office)."""
    text = _wick_division_says(
        "The Wick Division consists of the Chief Warden's Lamp Program and the Trim Unit."
    )
    found = offices(extract(text))
    assert "Chief Warden's Lamp Program" not in found
    assert "Lamp Program" not in found


def test_post_possessive_office_not_a_long_possessive() -> None:
    """ "the Deputy Night Lamp Warden's Glass Office": more than three words before the
    possessive is a phrase, not a post's name joined to its office."""
    text = _wick_division_says(
        "The Wick Division consists of the Deputy Night Lamp Warden's Glass Office and the Trim Unit."
    )
    assert "Deputy Night Lamp Warden's Glass Office" not in offices(extract(text))


def test_post_possessive_office_in_the_units_own_section_is_no_part() -> None:
    """ "The Wick Division consists of the Chief Warden's Wick Division and ...": the post's
    office named as the section's unit is that unit, not a part of it."""
    text = _wick_division_says(
        "The Wick Division consists of the Chief Warden's Wick Division and the Trim Unit."
    )
    assert "Chief Warden's Wick Division" not in offices(extract(text))


def test_post_possessive_office_in_prose_names_the_posts_office() -> None:
    """In prose outside a list: "The Chief Warden's Glass Office trims ..." names one unit."""
    text = page("The Chief Warden's Glass Office trims the wicks of the town.")
    found = offices(extract(text))
    assert found["Chief Warden's Glass Office"].found_by == "prose_unit"
    assert "Chief Warden's Glass Office" not in offices(
        extract(text, off={"post_possessive_office"})
    )


def test_post_possessive_office_not_a_bodys_possessive() -> None:
    """ "the Lamp Office's Wick Unit": the possessive names a unit, not a post, so the name
    after it stands alone."""
    text = _wick_division_says(
        "The Wick Division consists of the Lamp Office's Trim Unit and the Braid Unit."
    )
    found = offices(extract(text))
    assert found == offices(extract(text, off={"post_possessive_office"}))
    assert "Braid Unit" in found


# Units with headings, and a question-and-answer section that says what the bureau is made of.
QUESTIONS = page(
    "Who runs the bureau?",
    "The Bureau of Lantern Safety’s office includes the Office of Wick Counsel and the "
    "Chief Glazier’s Office.",
    "Lamp Records",
    "The records unit keeps the lamp registers.",
)


def test_enumerated_units_in_prose_beside_unit_headings() -> None:
    found = offices(extract(QUESTIONS))
    assert found["Office of Wick Counsel"] == Placed(ROOT, "prose_unit", "default_root")
    assert found["Chief Glazier’s Office"].parent == ROOT
    assert "Lamp Records" in found
    # "Lamp Records" names no unit by its words: with ``topic_headings_prose`` the page's
    # prose is read whole, so it is switched off too to see what this rule earns.
    off = offices(extract(QUESTIONS, off={"enumerated_units", "topic_headings_prose"}))
    assert "Office of Wick Counsel" not in off


def test_position_subject_a_position_that_opens_a_sentence() -> None:
    text = page(
        "The Chief Wick Officer advises the bureau on wicks and flames. The Lamp Commissioner "
        "(LC) has overall responsibility for the bureau. Our Interim Director is new."
    )
    found = offices(extract(text))
    assert found["Chief Wick Officer"] == Placed(ROOT, "position_subject", "default_root")
    assert found["Lamp Commissioner"].found_by == "position_subject"
    assert "Our Interim Director" not in found
    # its acronym definitions alone are published
    assert extract(text, off={"position_subject"}).offices == []


@pytest.mark.xfail(
    strict=True,
    reason="a list item whose name runs straight into a sentence about it ('Department of "
    "Lamps The Director of Lamps oversees ...', a card's title and text flattened into one "
    "line) gives no name: the item is a long sentence. Read as the words before the "
    "sentence's opening 'The' when worded as a unit (tried), it changed one development "
    "page and no sealed average",
)
def test_listed_after_lead_in_title_run_into_its_text() -> None:
    text = page(
        "The three departments of the bureau are:",
        """
        1. Department of Wicks The Director of Wicks supervises the wick trimmers.
        2. Department of Glass The Glass Director keeps the lantern panes clean.
        3. Department of Oil The Director of Oil buys lamp oil for the town.
        """,
    )
    found = offices(extract(text))
    assert found["Department of Wicks"] == Placed(ROOT, "listed_after_lead_in", "inside_section")


def test_inline_colon_list_after_the_following_units_and_a_clause() -> None:
    """ "the following departments report directly to the Warden: A, B, and C" names units
    whatever their words, with no count before the noun."""
    text = page(
        "The Warden keeps the lamps. In addition to its own staff, the following departments "
        "report directly to the Warden: Wick Care, Oil Supply, Glass/Lens Mapping, and "
        "Lamp Posts."
    )
    found = offices(extract(text))
    assert found["Glass/Lens Mapping"] == Placed(ROOT, "inline_colon_list", "enumerated_units")
    assert {"Wick Care", "Oil Supply", "Lamp Posts"} <= found.keys()
    with pytest.raises(NoStructureError):
        extract(text, off={"inline_colon_list"})


def test_inline_colon_list_after_a_verb_of_leading_with_acronyms_and_clauses() -> None:
    """ "The Chief Lamp Officer leads: A; B (under review); and C": a verb of leading before
    the colon; an item's acronym is kept and a clause or lower-case aside after it dropped."""
    text = page(
        "The Chief Lamp Officer leads: Wick Care (WCR) which trims wicks; Oil Supply (under "
        "review); Glass, Lens, and Mantle Care; and the Lamp Post Unit."
    )
    found = offices(extract(text))
    assert found["Wick Care"].found_by == "inline_colon_list"
    assert {"Oil Supply", "Glass, Lens, and Mantle Care", "Lamp Post Unit"} <= found.keys()
    acronyms = {o.name: o.acronym for o in extract(text).offices}
    assert acronyms["Wick Care"] == "WCR"
    # its acronym definitions alone are published
    assert extract(text, off={"inline_colon_list", "unit_names_in_text"}).offices == []


def test_inline_colon_list_of_a_boards_members_leaves_out_positions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "The Lamp Board consists of: the Chief Lamp Officer of the Guild; ...": a board's
    members; positions among them are not its parts."""
    text = (
        "Lamp Board\n\nThe Lamp Board keeps the lamps lit.\n\n"
        "The Lamp Board consists of: the Chief Lamp Officer of the Guild; Oil Supply; and "
        "Wick Care.\n"
    )
    found = offices(extract(text))
    assert found["Oil Supply"].found_by == "inline_colon_list"
    assert "Wick Care" in found
    assert "Chief Lamp Officer of the Guild" not in found
    # Without the check for a board's members, the position is listed as a part.
    monkeypatch.setattr(section_enumerations, "names_position_only", lambda name: False)
    member = offices(extract(text))["Chief Lamp Officer of the Guild"]
    assert member.found_by == "inline_colon_list"


SHARED_NOUN = """Lamp Works Authority

The Wick Board oversees the daily work of the Authority.

The Oil Supply, Glass and Soot Divisions answer to the Wick Board.

The Wick Division comprises the Authority's Flame Testing and Mantle Repair Units.

The Wick Board meets with the Authority's Ember and Ash Teams each month.

The Authority establishes Spark and Cinder Units in every county.
"""


def test_shared_unit_noun_distributes_the_plural_noun() -> None:
    found = offices(extract(SHARED_NOUN))
    for name in ("Oil Supply Division", "Glass Division", "Soot Division"):
        assert found[name].found_by == "shared_unit_noun"
    assert found["Flame Testing Unit"].parent == "Wick Division"
    assert found["Mantle Repair Unit"].parent == "Wick Division"
    # Named in passing, or without a determiner: kinds of unit, not units.
    assert not {"Ember Team", "Ash Team", "Spark Unit", "Cinder Unit"} & set(found)
    off = offices(extract(SHARED_NOUN, off={"shared_unit_noun"}))
    assert not {"Oil Supply Division", "Glass Division", "Flame Testing Unit"} & set(off)


SHARED_NOUN_HEADED = """Lamp Works Authority

The Authority keeps the town's lamps. Besides its own divisions, the Oil and Soot departments
report to the Chief Warden.

Wick Division

The division trims wicks.

Glass Division

The division cleans glass.
"""


def test_shared_unit_noun_in_lower_case_before_a_verb_on_a_headed_page() -> None:
    """ "the Oil and Soot departments report to ...": a plural noun in lower case, a list a
    verb follows, in the introduction of a page whose units have headings."""
    found = offices(extract(SHARED_NOUN_HEADED))
    assert found["Oil Department"].found_by == "shared_unit_noun"
    assert found["Soot Department"].found_by == "shared_unit_noun"
    assert "Wick Division" in found
    off = offices(extract(SHARED_NOUN_HEADED, off={"shared_unit_noun"}))
    assert "Oil Department" not in off


SHARED_NOUN_IN_PASSING = """Lamp Works Authority

The Authority keeps the town's lamps. Its Chief Warden coordinates the Wick Trimming and Glass \
Polishing Divisions. Each night the keepers assigned to the Oil Supply and Soot Removal \
Divisions carry oil up the hill. The Warden plans drills for the Flint and Ember Bureaus and \
meets with the Guild's Mantle Care and Ash Sweeping Teams.
"""


def test_shared_noun_after_the_a_list_named_in_passing() -> None:
    """ "coordinates the Wick Trimming and Glass Polishing Divisions", "assigned to the Oil
    Supply and Soot Removal Divisions": names listed after "the" before a capitalized
    plural noun, the object of a verb or a preposition, are units; one-word parts named in
    passing ("the Flint and Ember Bureaus") and another body's ("the Guild's ... Teams") are
    not read."""
    found = offices(extract(SHARED_NOUN_IN_PASSING))
    for name in (
        "Wick Trimming Division",
        "Glass Polishing Division",
        "Oil Supply Division",
        "Soot Removal Division",
    ):
        assert found[name].found_by == "shared_unit_noun"
    assert not {"Flint Bureau", "Ember Bureau", "Mantle Care Team", "Ash Sweeping Team"} & set(
        found
    )
    off = offices(extract(SHARED_NOUN_IN_PASSING, off={"shared_noun_after_the"}))
    assert not {"Wick Trimming Division", "Oil Supply Division"} & set(off)


@pytest.mark.xfail(
    strict=True,
    reason="a list in passing whose parts hold their own 'and' ('the keepers assigned to the"
    " Wick Trimming and Repair and Glass Cleaning and Polishing Divisions', as one"
    " development page names two of its divisions): which 'and' ends a part is not read, so"
    " no part is found",
)
def test_shared_noun_after_the_parts_that_hold_their_own_and() -> None:
    text = SHARED_NOUN_IN_PASSING.replace(
        "the Oil Supply and Soot Removal Divisions",
        "the Wick Trimming and Repair and Glass Cleaning and Polishing Divisions",
    )
    assert "Polishing Divisions" in text
    found = offices(extract(text))
    assert "Wick Trimming and Repair Division" in found
    assert "Glass Cleaning and Polishing Division" in found


LISTED_POSITIONS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps. Its day to day work is under the direction
of a Chief Lamp Warden appointed by the Council.

Principal officials subordinate to the Chief Lamp Warden include the Deputy Warden, \
Chief Wick Officer, Oil Counsel, Secretary of Glass and Secretary of Soot, and Mantle Treasurer.

The Wick Division trims the wicks.
"""


def test_listed_positions_after_a_plural_word_for_officials() -> None:
    found = offices(extract(LISTED_POSITIONS))
    for name in (
        "Deputy Warden",
        "Chief Wick Officer",
        "Oil Counsel",
        "Secretary of Glass",
        "Secretary of Soot",
        "Mantle Treasurer",
    ):
        assert found[name] == Placed("Chief Lamp Warden", "listed_positions", "listed_positions")
    # Without listed_positions the posts are still a series the verb of composition
    # enumerates (series_posts), though not placed under the official.
    off = offices(extract(LISTED_POSITIONS, off={"listed_positions"}))
    assert off["Deputy Warden"].found_by == "enumerated_units"
    off = offices(extract(LISTED_POSITIONS, off={"listed_positions", "series_posts"}))
    assert not {"Deputy Warden", "Oil Counsel", "Secretary of Soot"} & set(off)


HEAD_OF_IS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

At the head of the Authority is the Lamp Warden-General. The Wick Division trims wicks.

The Oil Division stores oil. The administrative head of the Oil Division is the Oil Registrar \
General.
"""


def test_head_of_is_names_the_heading_position() -> None:
    found = offices(extract(HEAD_OF_IS))
    assert found["Lamp Warden-General"].found_by == "head_of_is"
    assert found["Oil Registrar General"] == Placed("Oil Division", "head_of_is", "head_of_is")
    off = offices(extract(HEAD_OF_IS, off={"head_of_is"}))
    assert not {"Lamp Warden-General", "Oil Registrar General"} & set(off)


def test_head_of_is_not_a_bare_title() -> None:
    """ "The head of the Wick Division is the Director of the division": a bare title with
    the body named after it in lower case names no unit."""
    text = dedent("""\
        Lamp Works Authority

        The Lamp Works Authority keeps the town's lamps. The Wick Division trims wicks.

        The head of the Wick Division is the Director of the division, who reports to the board.
        """)
    found = offices(extract(text))
    assert "Wick Division" in found
    assert not {"Director", "Director of the"} & set(found)


def test_series_siblings_a_bare_name_among_units_in_one_series() -> None:
    """ "shall consist of the Wick Office, the Foundry, the Glass Bureau and the Oil Force":
    the Foundry is listed beside units, and is one."""
    text = dedent("""\
        Lamp Ministry

        The organization of the service shall consist of the Wick Office, the Foundry, the Glass Bureau, and the Oil Force.

        Our programs include Lamp Lighting, the Wick Office and the Candle Bureau.
        """)
    found = offices(extract(text))
    assert found["Foundry"].found_by == "enumerated_units"
    assert "Glass Bureau" in found
    assert "Lamp Lighting" not in found  # a sentence about programs lists programs
    assert "Foundry" not in offices(extract(text, off={"series_siblings"}))


def test_series_siblings_the_closing_and_parts_the_last_bare_name() -> None:
    """ "consists of the Wick Office, the Glass Division, Soot Care, Oil Mending and Ember
    Control.": after a comma with no "and", the last bare name's "and" closes the series,
    two names; a bare name the series goes on after ("Oil and Glass, Ember Care") is one."""
    text = dedent("""\
        Lamp Ministry

        The ministry consists of the Wick Office, the Glass Division, Soot Care, Oil Mending and Ember Control.

        The bureau consists of the Soot Office, the Mantle Division, Oil and Glass, Ember Care.
        """)
    found = offices(extract(text))
    assert {"Oil Mending", "Ember Control", "Oil and Glass", "Ember Care"} <= set(found)
    assert "Oil Mending and Ember Control" not in found
    off = offices(extract(text, off={"series_siblings"}))
    assert "Oil Mending" not in off
    assert "Ember Control" not in off


HEADING_RUN = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps through five main divisions;

Wick Care

Oil Supply Division

Glass Works

Soot Control

Mantle Division

Ember Division

Other units support these divisions.
"""


def test_listed_heading_run_reads_bare_lines_beside_unit_names() -> None:
    found = offices(extract(HEADING_RUN))
    assert {"Wick Care", "Glass Works", "Soot Control", "Oil Supply Division"} <= set(found)
    # its last line holds the list's last ("Ember Division"): run_closing_holder reads it too
    off = offices(extract(HEADING_RUN, off={"listed_heading_run", "run_closing_holder"}))
    assert not {"Wick Care", "Glass Works", "Soot Control"} & set(off)
    # with no prose after the list, no line holds another: the run is this rule's alone
    bare = HEADING_RUN.replace("\nOther units support these divisions.\n", "")
    assert {"Wick Care", "Glass Works", "Soot Control"} <= set(offices(extract(bare)))
    off = offices(extract(bare, off={"listed_heading_run"}))
    assert not {"Wick Care", "Glass Works", "Soot Control"} & set(off)


def test_listed_heading_run_leaves_a_roster_alone() -> None:
    """A run of bodiless headings that names people ("Ms Ada Wick", "Bo Glass, Lamp
    Economist") among divisions is a roster: none of its bare lines is a unit (without the
    roster guard, every line of this run would be one)."""
    roster = (
        "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps.\n\n"
        "Ms Ada Wick\n\nBo Glass, Lamp Economist\n\nOil Supply Division\n\nCy Oil\n\n"
        "Wick Supply Managers\n\nSoot Division\n\nGlass Division\n\n"
        "The divisions keep the lamps.\n"
    )
    found = offices(extract(roster))
    assert {"Oil Supply Division", "Soot Division", "Glass Division"} <= set(found)
    assert not {"Ms Ada Wick", "Bo Glass, Lamp Economist", "Cy Oil"} & set(found)
    assert "Wick Supply Managers" not in found


def test_listed_heading_run_not_a_menu_with_one_office() -> None:
    """One office among a menu's links ("Resources", "Forms and Publications", "Wick Safety
    Tips") does not make the links units: a run holding page furniture or a
    section label needs about half of its lines worded as units."""
    menu = (
        "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps.\n\n"
        "Wick Field Office\n\nWick Safety Tips\n\nForms and Publications\n\n"
        "Resources\n\nLamp Records\n\nThe authority keeps the records.\n"
    )
    found = offices(extract(menu))
    assert "Wick Field Office" in found
    assert "Wick Safety Tips" not in found


CLOSED_RUN_HEAD = (
    "Lamp Works Authority\n\n"
    "The Lamp Works Authority keeps the town's lamps through five directorates.\n\n"
)


def test_run_closing_holder_reads_the_line_over_the_lists_last_line() -> None:
    """Units set one to a line with prose after the list: the layout nests the last line
    (over the prose) under the line before it, which is one of the run's units, and the last
    line is its peer, not its part."""
    text = CLOSED_RUN_HEAD + (
        "Wick Care\nOil Supply Division\nGlass Works\nSoot Watch\nMantle Division\n\n"
        "Other units support these directorates under the warden.\n"
    )
    found = offices(extract(text))
    peer = Placed("Lamp Works Authority", "section_heading", "default_root")
    assert found["Soot Watch"] == peer
    assert found["Mantle Division"] == peer
    assert found["Glass Works"] == peer
    off = offices(extract(text, off={"run_closing_holder"}))
    assert "Soot Watch" not in off
    assert off["Mantle Division"] == peer


def test_run_closing_holder_not_a_heading_with_text_of_its_own() -> None:
    """A heading with text of its own after the run heads the heading under it."""
    text = CLOSED_RUN_HEAD + dedent("""\
        # Wick Care
        # Oil Supply Division
        # Glass Works
        # Soot Watch

        The watch keeps the soot down in every street.

        ## Mantle Division

        The division mends the mantles of the lamps.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Mantle Division"] == Placed("Soot Watch", "section_heading", "heading_nesting")


def test_run_closing_holder_not_a_heading_over_two() -> None:
    """A bare heading that holds two headings after the run is a group's heading, not the
    run's line."""
    text = CLOSED_RUN_HEAD + (
        "Wick Care\nOil Supply Division\nGlass Works\nSoot Watch\nMantle Division\n\n"
        "The division mends the mantles.\n\nEmber Division\n\nThe division keeps the embers.\n"
    )
    found = offices(extract(text))
    assert "Soot Watch" not in found
    assert "Mantle Division" in found


def test_run_closing_holder_not_over_a_bare_line() -> None:
    """A heading over one bare line at the page's foot, with no prose after the list, is
    not this layout."""
    text = CLOSED_RUN_HEAD + (
        "Wick Care\n\nOil Supply Division\n\nGlass Works\n\nSoot Watch\n\nMantle Works"
    )
    found = offices(extract(text))
    assert "Oil Supply Division" in found
    assert "Soot Watch" not in found


def test_run_closing_holder_needs_three_lines() -> None:
    """One line and the holder are no run of lines."""
    text = CLOSED_RUN_HEAD + (
        "Oil Supply Division\nSoot Watch\nMantle Division\n\n"
        "Other units support these directorates under the warden.\n"
    )
    assert "Soot Watch" not in offices(extract(text))


def test_run_closing_holder_held_line_does_not_word_the_run() -> None:
    """The heading over the prose ("Lamp Office Overview") does not by its unit noun make a
    page's share links a list of units."""
    text = (
        "Lamp Works Authority\n\n"
        "The Lamp Works Authority keeps the town's lamps through its Wick Division.\n\n"
        "Share by Email\nShare by Post\nShare by Wire\nLamp Office Overview\n\n"
        "The office keeps the town's lamps and their oil.\n"
    )
    found = offices(extract(text))
    assert "Wick Division" in found
    assert "Share by Wire" not in found


def test_run_closing_holder_not_over_a_roster_line() -> None:
    """A person's name as the held line makes the run a roster's."""
    text = CLOSED_RUN_HEAD + (
        "Wick Care\nOil Supply Division\nGlass Works\nSoot Watch\nMs Ada Wick\n\n"
        "Ms Wick heads the authority and its directorates.\n"
    )
    found = offices(extract(text))
    assert "Oil Supply Division" in found
    assert "Soot Watch" not in found


def test_run_closing_holder_not_a_numbered_line() -> None:
    """A line with a number in it is no unit of the run."""
    text = CLOSED_RUN_HEAD + (
        "Wick Care\nOil Supply Division\nGlass Works\nLamp Post 7\nMantle Division\n\n"
        "Other units support these directorates under the warden.\n"
    )
    found = offices(extract(text))
    assert "Glass Works" in found
    assert "Lamp Post 7" not in found


# A series of headings whose prose calls each a unit ("This Committee ..."), the last with no
# text under it (the page is cut there).
SERIES = (
    "Wick Care",
    "This Committee trims the wicks of the town.",
    "Oil Supply",
    "This Committee keeps the oil.",
)


def test_series_last_bare_heading_reads_the_last_heading_of_a_unit_series() -> None:
    found = offices(extract(page(*SERIES, "Glass Works")))
    # the unit carries the rule's name, its text's finder's ("section_heading") as the others'
    assert found["Glass Works"] == Placed(ROOT, "series_last_bare_heading", "default_root")
    assert found["Oil Supply"] == Placed(ROOT, "section_heading", "default_root")
    off = offices(extract(page(*SERIES, "Glass Works"), off={"series_last_bare_heading"}))
    assert "Glass Works" not in off
    assert "Oil Supply" in off


def test_series_last_bare_heading_nested_siblings() -> None:
    text = """
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Committees

        ### Wick Care

        This Committee trims the wicks of the town.

        ### Oil Supply

        This Committee keeps the oil.

        ### Glass Works
        """
    found = offices(extract(dedent(text), markdown=True))
    assert "Glass Works" in found
    assert "Glass Works" not in offices(
        extract(dedent(text), markdown=True, off={"series_last_bare_heading"})
    )


def test_series_last_bare_heading_not_after_one_section() -> None:
    # one section's prose is no series: a link at the page's end stays a link
    assert "Share by Post" not in names(extract(page(*SERIES[:2], "Share by Post")))
    text = page("Lamp Grants", "This program pays for new wicks.", "Soot Relief")
    assert "Soot Relief" not in names(extract(text))


def test_series_last_bare_heading_after_one_section_named_as_a_unit() -> None:
    # the heading before names a unit by its words: its prose says what its siblings are
    text = page("Lamp Health Unit", "This office tends the lamp keepers.", "Wick Schooling")
    assert offices(extract(text))["Wick Schooling"].parent == ROOT
    assert "Wick Schooling" not in names(extract(text, off={"series_last_bare_heading"}))


def test_series_last_bare_heading_not_page_furniture() -> None:
    assert "Related Links" not in names(extract(page(*SERIES, "Related Links")))
    text = page("Lamp Permits Office", "This office issues lamp permits.", "Common Questions")
    assert "Common Questions" not in names(extract(text))


def test_series_last_bare_heading_not_after_the_pages_own_sections() -> None:
    # "This section describes ..." speaks of the page's part, not of a unit
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        "Lamp Overview",
        "This section describes how the lamps are lit.",
        "Lamp History",
        "This section tells of the first lamps.",
        "Lamp Safety Tips",
    )
    assert "Lamp Safety Tips" not in names(extract(text))


def test_series_last_bare_heading_one_noun_for_the_series() -> None:
    text = page(SERIES[0], "This office trims the wicks of the town.", *SERIES[2:], "Glass Works")
    assert "Glass Works" not in names(extract(text))


def test_series_last_bare_heading_reads_a_clause_after_the_noun() -> None:
    text = page(*SERIES[:3], "This Committee, set up in spring, keeps the oil.", "Glass Works")
    assert "Glass Works" in names(extract(text))


def test_series_last_bare_heading_not_before_a_name_after_the_noun() -> None:
    # "This Committee Chair ..." speaks of a post, not of the heading's unit
    text = page(*SERIES[:3], "This Committee Chair keeps the oil.", "Glass Works")
    assert "Glass Works" not in names(extract(text))


def test_series_last_bare_heading_text_opens_with_a_paragraph() -> None:
    # an item of a list speaks of what the list holds, not of the heading
    text = page(*SERIES[:3], "- This Committee keeps the oil.", "Glass Works")
    assert "Glass Works" not in names(extract(text))


def test_series_last_bare_heading_not_a_heading_over_headings() -> None:
    # a heading over its own headings is a group's, read (or not) by the rules for groups
    text = """
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Wick Care

        This Committee trims the wicks of the town.

        ## Oil Supply

        This Committee keeps the oil.

        ## Glass Works

        ### Soot Watch

        This Committee sweeps the soot.

        ### Mantle Care

        This Committee mends the mantles.
        """
    on = names(extract(dedent(text), markdown=True))
    assert on == names(extract(dedent(text), markdown=True, off={"series_last_bare_heading"}))


def test_series_last_bare_heading_not_after_prose_that_opens_with_the() -> None:
    # "The Committee ..." may speak of any committee, the agency's or another
    text = page(*SERIES[:3], "The Committee keeps the oil.", "Glass Works")
    assert "Glass Works" not in names(extract(text))


def test_series_last_bare_heading_not_after_prose_naming_no_unit() -> None:
    text = page(*SERIES[:3], "This page tells of the oil.", "Glass Works")
    assert "Glass Works" not in names(extract(text))


def test_series_last_bare_heading_not_a_line_in_sentence_case() -> None:
    assert "Wick and glass care" not in names(extract(page(*SERIES, "Wick and glass care")))


def test_series_last_bare_heading_not_a_line_with_a_number() -> None:
    assert "Lamp Oil 101" not in names(extract(page(*SERIES, "Lamp Oil 101")))


@pytest.mark.xfail(
    strict=True,
    reason="series_last_bare_heading reads only the last of the siblings: a bare heading "
    "between two units described as such is left a link (reading it changed no development page)",
)
def test_series_last_bare_heading_a_bare_heading_inside_the_series() -> None:
    text = page(*SERIES, "Glass Works", "Soot Watch", "This Committee sweeps the soot.")
    found = offices(extract(text))
    assert found["Soot Watch"].parent == ROOT
    assert found["Glass Works"].parent == ROOT


def test_nested_part_name_keeps_fields_named_by_a_gerund_or_a_plural() -> None:
    """A field named by a gerund or opening with a plural ("Engineering", "Planning",
    "Matches Supply", "Sales") nested under a unit is its part; a gerund before the
    plural thing it acts on ("Trimming Wicks") is a duty."""
    text = page(
        """\
        Our offices:

          • Office of Lamp Posts
            • Engineering
            • Planning
            • Trimming Wicks
          • Office of Oil Supply
            • Matches Supply
            • Sales
        """
    )
    found = offices(extract(text))
    for name, parent in (
        ("Engineering", "Office of Lamp Posts"),
        ("Planning", "Office of Lamp Posts"),
        ("Matches Supply", "Office of Oil Supply"),
        ("Sales", "Office of Oil Supply"),
    ):
        assert found[name].parent == parent, name
    assert "Trimming Wicks" not in found
    off = offices(extract(text, off={"nested_part_name"}))
    assert "Engineering" not in off


def test_series_siblings_every_bare_name_of_the_run_whatever_its_place() -> None:
    """A series opening with three bare names before two units ("the Foundry, the Armory,
    the Depot, the Wick Office, and the Glass Bureau"): every bare name of the run is a
    unit, however far it stands from a name worded as one."""
    text = dedent("""\
        Lamp Service

        The organization of the service shall consist of the Foundry, the Armory, the Depot, the Wick Office, and the Glass Bureau.
        """)
    found = offices(extract(text))
    assert {"Foundry", "Armory", "Depot", "Wick Office", "Glass Bureau"} <= set(found)
    assert "Foundry" not in offices(extract(text, off={"series_siblings"}))


def test_established_body_a_body_a_verb_of_establishing_sets_up() -> None:
    text = dedent("""\
        Lamp Commission

        The Lamp Commission keeps the public lamps of the town lit. The Office of Glass Repair mends the panes. The Lamp Act, which established the Wick Support Service, extended its role. The Commission is also required to establish an Advisory Lamp Council made up of keepers.
        """)
    found = offices(extract(text))
    assert found["Wick Support Service"].found_by == "established_body"
    assert found["Advisory Lamp Council"].found_by == "established_body"
    off = offices(extract(text, off={"established_body"}))
    assert "Wick Support Service" not in off


def test_nested_part_name_short_title_case_items_under_a_unit_item() -> None:
    """Items nested under a list item read as a unit are its parts when they are short
    names in title case ("Wick Care" under "Office of Lamps"), not when they are duties or
    status words."""
    text = page(
        """\
        Our offices:

          • Office of Lamp Posts
            • Post Painting
            • Glass Replacement
            • Trimming the wicks of every lamp on the square each night
          • Office of Oil Supply
            • Oil Storage
            • Repealed
        """
    )
    found = offices(extract(text))
    assert found["Post Painting"].parent == "Office of Lamp Posts"
    assert found["Oil Storage"].parent == "Office of Oil Supply"
    assert "Repealed" not in found
    assert not any(name.startswith("Trimming") for name in found)
    off = offices(extract(text, off={"nested_part_name"}))
    assert "Post Painting" not in off


def test_shared_unit_noun_reads_no_determiner_of_the_sentence_before() -> None:
    """ "Meet the" over "Lamp and Wick Divisions share a roof.": the "the" is the line
    before's; the names open their own sentence with no determiner, so they are no list
    before a shared noun."""
    text = "Meet the\n\nLamp and Wick Divisions share a roof."
    at = text.index("Lamp")
    phrase = Phrase("Lamp and Wick Divisions", at, at + len("Lamp and Wick Divisions"))
    assert shared_unit_noun(text, phrase, at, None) == []
    shared = "Meet the\n\nThe Lamp and Wick Divisions share a roof."
    at = shared.index("Lamp")
    phrase = Phrase("Lamp and Wick Divisions", at, at + len("Lamp and Wick Divisions"))
    parts = shared_unit_noun(shared, phrase, shared.index("The"), None)
    assert [p.text for p in parts] == ["Lamp Division", "Wick Division"]


def test_dash_qualified_name_switches_off_a_dash_inside_a_capitalized_name() -> None:
    """A spaced dash inside a name ("Lamp Division – Oil Supply") is read as part of the
    name by ``dash_qualified_name``, and only by it."""
    assert is_capitalized_name("Lamp Division – Oil Supply")
    with disabled({"dash_qualified_name"}):
        assert not is_capitalized_name("Lamp Division – Oil Supply")


def test_acting_unit_a_service_that_opens_its_sentence_and_acts() -> None:
    """A name ending in "Service(s)" that opens its sentence and acts (a verb of function
    or an auxiliary after it) names a unit, beside the page's section headings too; a
    service offered, one after "our", or a post named after one does not."""
    text = dedent("""\
        Lamp Board

        ## Inspecting lamps

        The Office of Lamp Records keeps the books of the Board.

        The Wick Watching Services monitor lamp conditions to ensure owners comply with the rules.

        The Guild's Family Oil Service helps neighbours who share a lamp to agree on its upkeep.

        ## Other work

        (3) Pane Mending Services shall provide help to every keeper of the town.

        Our Lamp Services are free. We offer a Free Wick Service to all owners. The Director of Oil Services shall visit each lamp once a year.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Watching Services"].found_by == "acting_unit"
    assert found["Family Oil Service"].found_by == "acting_unit"
    assert found["Pane Mending Services"].found_by == "acting_unit"
    for offered in ("Our Lamp Services", "Free Wick Service", "Director of Oil Services"):
        assert offered not in found
    off = offices(extract(text, markdown=True, off={"acting_unit"}))
    assert "Wick Watching Services" not in off
    assert "Family Oil Service" not in off


def test_parts_under_unit_heading_short_names_under_a_heading_read_as_a_unit() -> None:
    """A list straight under a heading read as a unit, with no lead-in, whose items are short
    names in title case, lists that unit's parts, one item or many; a list of duties under
    such a heading, places ("Lampton, Oilshire") or counts ("2 Lamp Posts") names none."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Wick Affairs

          • Wick Counsel

        Glass and Oil

          • Glass Works
          • Oil Supply

        Post Services

          • Painting posts every spring
          • Replacing broken glass

        Field Office

          • Lampton, Oilshire

        Depot

          • 2 Lamp Posts
        """)
    found = offices(extract(text))
    assert found["Wick Counsel"].parent == "Wick Affairs"
    assert found["Wick Counsel"].found_by == "parts_under_unit_heading"
    assert found["Glass Works"].parent == "Glass and Oil"
    assert found["Oil Supply"].parent == "Glass and Oil"
    for name in ("Painting posts every spring", "Replacing broken glass", "Lampton, Oilshire"):
        assert name not in found
    assert not any(name.startswith("2 ") for name in found)
    off = offices(extract(text, off={"parts_under_unit_heading"}))
    assert "Wick Counsel" not in off and "Glass Works" not in off


def test_acting_unit_any_unit_noun_but_not_a_heading_run_into_its_sentence() -> None:
    """A name ending in section or group that opens its sentence and acts is a unit; a
    heading run into its sentence (a word twice, an inner "The") is not."""
    text = dedent("""\
        Lamp Board

        ## Keeping the lamps

        The Office of Lamp Records keeps the books of the Board.

        Night Glass Section provides clean panes to every keeper.

        The Wick Liaison Group is responsible for talks with the wick makers.

        Intro for Oil Yard OIL YARD Oil Yard Group works with the oil merchants.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Night Glass Section"].found_by == "acting_unit"
    assert found["Wick Liaison Group"].found_by == "acting_unit"
    assert not any("Intro" in name for name in found)
    off = offices(extract(text, markdown=True, off={"acting_unit", "prose_section_name"}))
    assert "Night Glass Section" not in off
    assert "Wick Liaison Group" not in off
    # acting_unit alone off, the section is still a name ending in "Section" in prose
    alone = offices(extract(text, markdown=True, off={"acting_unit"}))
    assert alone["Night Glass Section"].found_by == "prose_section_name"


def test_acting_department_a_department_that_opens_its_sentence_and_acts() -> None:
    """A name ending in "Department" that opens its sentence and acts names a unit, beside
    the page's section headings too; one after a determiner ("Each Department") or one the
    sentence names in passing ("works with the Lamp Department") does not."""
    text = dedent("""\
        Lamp Board

        ## Keeping the lamps

        The Office of Lamp Records keeps the books of the Board.

        The Wick Ledger Department is responsible for the accounts of every wick.

        Glass Mending Department provides clean panes to every keeper.

        ## Other work

        Each Department is responsible for its own budget. The Office of Lamp Records works with the Soot Department on the yearly count.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Ledger Department"].found_by == "acting_unit"
    assert found["Glass Mending Department"].found_by == "acting_unit"
    assert "Each Department" not in found
    assert "Soot Department" not in found
    off = offices(extract(text, markdown=True, off={"acting_department"}))
    assert "Wick Ledger Department" not in off
    assert "Glass Mending Department" not in off


def test_acting_department_of_a_department_of_that_opens_its_sentence_and_acts() -> None:
    """A name opening with "Department of" that opens its sentence and acts names a unit;
    one in a sentence of the past ("was created") names a body the page's replaced."""
    text = dedent("""\
        Lamp Board

        The Lamp Board keeps the lamps of the town through its departments.

        The Office of Lamp Records keeps the books of the Board.

        The Department of Wick Ledgers is responsible for the accounts of every wick.

        Department for Glass Mending provides clean panes to every keeper.

        The Department of Old Oil was created in 1970 by the merger of two yards.
        """)
    found = offices(extract(text))
    assert found["Department of Wick Ledgers"].found_by == "acting_unit"
    assert found["Department for Glass Mending"].found_by == "acting_unit"
    assert "Department of Old Oil" not in found
    off = offices(extract(text, off={"acting_department_of"}))
    assert "Department of Wick Ledgers" not in off
    assert "Department for Glass Mending" not in off


# A page that gives its departments one paragraph each (``acting_unit_function_verb``).
LAMP_DEPARTMENTS = """\
Lamp Town Departments

The Wick Ledger Department is responsible for the accounts of every wick.

The Glass Tally Department processes the tallies of the glass fund.

The Oil Pricing Department prepares the rota of the lamp keepers.
"""


def test_acting_unit_function_verb_a_paragraph_subject_with_a_listed_verb() -> None:
    """A department that opens its paragraph as the subject of a verb of function the
    subject rules list ("processes", "prepares") names a unit when another paragraph opens
    with a department that acts; with the rule off only that peer is found."""
    found = offices(extract(LAMP_DEPARTMENTS))
    assert found["Wick Ledger Department"].found_by == "acting_unit"
    assert found["Glass Tally Department"].found_by == "acting_unit"
    assert found["Oil Pricing Department"].found_by == "acting_unit"
    off = offices(extract(LAMP_DEPARTMENTS, off={"acting_unit_function_verb"}))
    assert "Wick Ledger Department" in off
    assert "Glass Tally Department" not in off
    assert "Oil Pricing Department" not in off


def _acting(found: dict[str, Placed], name: str) -> bool:
    """Whether ``name`` is found by ``acting_unit`` (another rule may find it otherwise)."""
    return name in found and found[name].found_by == "acting_unit"


def test_acting_unit_function_verb_not_a_lone_paragraph_of_its_kind() -> None:
    """With no paragraph opening with a department that ``acting_unit`` reads (both verbs
    are outside its list), a department with a verb of function names nothing."""
    text = LAMP_DEPARTMENTS.replace(
        "The Wick Ledger Department is responsible for the accounts of every wick.\n\n", ""
    )
    found = offices(extract(text))
    assert not _acting(found, "Glass Tally Department")
    assert not _acting(found, "Oil Pricing Department")


def test_acting_unit_function_verb_a_peer_with_the_same_unit_noun() -> None:
    """The paragraph that shows the page's pattern names a unit with the same noun: an
    office that acts is no peer of a department."""
    text = LAMP_DEPARTMENTS.replace("Wick Ledger Department", "Wick Ledger Office")
    found = offices(extract(text))
    assert not _acting(found, "Glass Tally Department")
    assert not _acting(found, "Oil Pricing Department")


def test_acting_unit_function_verb_not_in_the_middle_of_a_paragraph() -> None:
    """A department that is the subject of a later sentence in its paragraph is not read."""
    text = LAMP_DEPARTMENTS.replace("fund.\n\nThe Oil Pricing", "fund. The Oil Pricing")
    found = offices(extract(text))
    assert _acting(found, "Glass Tally Department")
    assert not _acting(found, "Oil Pricing Department")


def test_acting_unit_function_verb_not_after_a_bullet() -> None:
    """A department that opens a bulleted item is a part of what leads the list."""
    text = LAMP_DEPARTMENTS.replace("The Oil Pricing", "• The Oil Pricing")
    found = offices(extract(text))
    assert _acting(found, "Glass Tally Department")
    assert not _acting(found, "Oil Pricing Department")


def test_acting_unit_function_verb_not_a_verb_of_composition() -> None:
    """A department that "includes" or "comprises" says what it is made of: not read."""
    text = LAMP_DEPARTMENTS.replace(
        "prepares the rota of the lamp keepers", "includes the keepers of the lamps"
    )
    found = offices(extract(text))
    assert _acting(found, "Glass Tally Department")
    assert not _acting(found, "Oil Pricing Department")


def test_acting_unit_function_verb_not_a_unit_noun_first() -> None:
    """A name with its unit noun first ("The Department of Oil Pricing prepares ...") is not
    read, though another paragraph opens with a name ending in its last word that acts: the
    rule matches peers by a final unit noun only."""
    text = LAMP_DEPARTMENTS.replace(
        "The Oil Pricing Department", "The Department of Oil Pricing"
    ).replace("The Wick Ledger Department", "The Department of Wick Pricing")
    found = offices(extract(text))
    assert not _acting(found, "Department of Oil Pricing")


def test_acting_territorial_unit_a_region_or_district_that_works() -> None:
    """A region, district or area that opens its sentence and works ("covers", "manages",
    "is responsible for") is a field unit; one described as a place ("has") is not."""
    text = dedent("""\
        Lamp Board

        The Lamp Board keeps the lamps of the nation through its field units.

        The Office of Lamp Records keeps the books of the Board.

        The Upper Wick Region covers the northern valleys and the wick farms.

        The Oil Coast District manages the harbour lamps and the oil piers.

        The Glass Hills Area is responsible for the hill lamps.

        The Wick Valley Area has many old lamps.
        """)
    found = offices(extract(text))
    assert found["Upper Wick Region"].found_by == "acting_unit"
    assert found["Oil Coast District"].found_by == "acting_unit"
    assert found["Glass Hills Area"].found_by == "acting_unit"
    assert "Wick Valley Area" not in found
    off = offices(extract(text, off={"acting_territorial_unit"}))
    assert not {"Upper Wick Region", "Oil Coast District", "Glass Hills Area"} & set(off)


def test_acting_unit_a_name_with_of_and_twice_is_still_a_name() -> None:
    """ "and" or "of" twice in a name is no heading run into its sentence: only a content
    word twice is."""
    text = dedent("""\
        Lamp Board

        ## Keeping the lamps

        The Office of Lamp Records keeps the books of the Board.

        Posts and Lanterns and Wick Services provides parks to every keeper.

        Intro for Oil Yard OIL YARD Oil Yard Group works with the oil merchants.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Posts and Lanterns and Wick Services"].found_by == "acting_unit"
    assert not any("Intro" in name for name in found)
    off = offices(extract(text, markdown=True, off={"acting_unit"}))
    assert "Posts and Lanterns and Wick Services" not in off


def test_parts_under_unit_heading_not_a_roster_of_people() -> None:
    """A list under a unit heading with a person's name in it (an honorific, a middle
    initial) is the unit's staff, none of them a part; a list of short names beside it is."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Wick Division

          • Dr. Jane Doe
          • John Q. Smith
          • Mary Wick

        Glass and Oil

          • Glass Works
          • Oil Supply
        """)
    found = offices(extract(text))
    assert found["Glass Works"].parent == "Glass and Oil"
    for name in ("Dr. Jane Doe", "John Q. Smith", "Mary Wick"):
        assert name not in found, name


def test_parts_under_unit_heading_switched_apart_from_nested_part_name() -> None:
    """Each rule is switched on its own: with ``nested_part_name`` off, a list under a
    heading read as a unit still lists its parts (the ablation credits each its own rows)."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Glass and Oil

          • Glass Works
          • Oil Supply
        """)
    found = offices(extract(text, off={"nested_part_name"}))
    assert found["Glass Works"] == ("Glass and Oil", "parts_under_unit_heading", "inside_section")
    off = offices(extract(text, off={"parts_under_unit_heading"}))
    assert "Glass Works" not in off


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


COMPOSITION_LIST = """Bureau of Lamp Standards

The Bureau of Lamp Standards keeps the lamps even. The Night Services Bureau consists of \
the Lantern Division and the Torch Division.

## Wick Affairs Division

The Wick Affairs Division trims wicks. The Wick Affairs Division houses the Wick Review \
Unit, the Office of Braids and the Dip Unit.

## Oil Division

The Oil Division includes the Chief Oil Officer and the Deputy Oil Officer. The Oil \
Division includes the Kerosene Unit and Whale Oil. The Wick Affairs Division also houses \
the Soot Review Unit and the Office of Dips.
"""


def test_composition_list_names_a_found_units_parts() -> None:
    """A sentence whose subject is a unit found, or named in full with its unit noun last,
    and whose verb is one of composition names its parts when every name listed is worded as
    a unit; positions and a list with a name not so worded give nothing."""
    found = offices(extract(COMPOSITION_LIST, markdown=True))
    for name in ("Soot Review Unit", "Office of Dips"):
        assert found[name] == ("Wick Affairs Division", "composition_list", "composition_list")
    for name in ("Wick Review Unit", "Office of Braids", "Dip Unit"):
        # the section's own unit's parts: read by enumerated_units as well
        assert found[name].parent == "Wick Affairs Division", name
    for name in ("Lantern Division", "Torch Division"):
        assert found[name].parent == "Night Services Bureau", name
    for name in ("Chief Oil Officer", "Deputy Oil Officer", "Kerosene Unit", "Whale Oil"):
        assert name not in found, name
    off = offices(extract(COMPOSITION_LIST, markdown=True, off={"composition_list"}))
    assert not {"Soot Review Unit", "Office of Dips", "Torch Division"} & set(off)


def test_composition_list_not_a_list_enumerated_units_read() -> None:
    """A list of parts in a unit's own section that ``enumerated_units`` already read is
    not read a second time, cut differently (both readings published, overlapping)."""
    text = dedent("""\
        # Lamp Works Authority

        The Lamp Works Authority keeps the town's lamps.

        ## Wick Division

        The Wick Division consists of Trim Unit, Braid Unit and Dip Unit.

        ## Oil Division

        The Oil Division buys oil.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Trim Unit"].parent == "Wick Division"
    pieces = [name for name in found if "Braid Unit" in name or "Dip Unit" in name]
    nested = [(a, b) for a in pieces for b in pieces if a != b and a in b]
    assert pieces and not nested, pieces


AGENCY_HEADED_BY = dedent("""\
    Lamp Secretariat

    The Lamp Secretariat is headed by the Warden-General, who is appointed by the assembly.
    We are led by Chief Wick Officer Sir Jo Bloggs, who keeps the wicks.

    The Oil Division refines the oil. Each division is headed by a Director.

    Glass Division

    The Glass Division is headed by the Glass Commissioner, who polishes the glass.
    """)


def test_agency_headed_by_names_the_agency_head() -> None:
    """ "The Lamp Secretariat is headed by the Warden-General", "We are led by Chief Wick
    Officer Sir Jo Bloggs": the posts heading the agency itself are its leadership units,
    without the holder's name; a part's head ("Each division is headed by a Director", the
    Glass Division's own section) is not the agency's."""
    found = offices(extract(AGENCY_HEADED_BY))
    assert found["Warden-General"] == Placed("Lamp Secretariat", "agency_headed_by", "default_root")
    assert found["Chief Wick Officer"].found_by == "agency_headed_by"
    assert not {"Director", "Chief Wick Officer Sir Jo Bloggs"} & set(found)
    assert found["Glass Commissioner"].parent == "Glass Division"  # part_headed_by's
    parts_off = offices(extract(AGENCY_HEADED_BY, off={"part_headed_by"}))
    assert not {"Director", "Glass Commissioner"} & set(parts_off)
    off = offices(extract(AGENCY_HEADED_BY, off={"agency_headed_by"}))
    assert not {"Warden-General", "Chief Wick Officer"} & set(off)


HEADED_BY_ASIDE = dedent("""\
    Lamp Office

    Led by the Deputy Wick Keeper, the Lamp Office is responsible for the town's lamps.

    The Wick Division, headed by an Oil Director, trims the wicks.

    The keepers, headed by the Chief Warden, polish the glass.
    """)


def test_headed_by_aside_an_opening_participle_names_the_agency_head() -> None:
    """ "Led by the Deputy Wick Keeper, the Lamp Office is responsible for ...": the post in a
    participle opening the sentence heads the agency, as "is headed by" says it; a part's head
    in an aside ("The Wick Division, headed by an Oil Director, ...") and the head of anything
    else ("The keepers, headed by the Chief Warden, ...") are no units."""
    found = offices(extract(HEADED_BY_ASIDE))
    assert found["Deputy Wick Keeper"] == Placed("Lamp Office", "headed_by_aside", "default_root")
    assert "Wick Division" in found
    assert not {"Oil Director", "Chief Warden"} & set(found)
    off = offices(extract(HEADED_BY_ASIDE, off={"headed_by_aside"}))
    assert "Deputy Wick Keeper" not in off


HEADED_BY_APPOSITION = dedent("""\
    Glass Bureau

    The Glass Bureau, headed up by the Glass Commissioner, has two units: Soot Unit and Ash Unit.
    """)


def test_headed_by_aside_set_off_by_commas_after_the_agency() -> None:
    """ "The Glass Bureau, headed up by the Glass Commissioner, has ...": the participle set
    off by commas after the agency's name names its head."""
    found = offices(extract(HEADED_BY_APPOSITION))
    assert found["Glass Commissioner"] == Placed("Glass Bureau", "headed_by_aside", "default_root")
    assert found["Soot Unit"].parent == "Glass Bureau"
    off = offices(extract(HEADED_BY_APPOSITION, off={"headed_by_aside"}))
    assert "Glass Commissioner" not in off


HEADED_BY_BARE_NOUN = dedent("""\
    Wick Trimming Services

    Headed by the Senior Wick Trimming officer, the department houses a Trim Office and a Dip Office.

    Headed by the Chief Warden, the division Heads meet each month.
    """)


def test_headed_by_aside_the_agency_as_a_bare_unit_noun_and_a_lower_case_title() -> None:
    """ "Headed by the Senior Wick Trimming officer, the department houses ...": in the agency's
    own prose "the department" is the agency, and the title's last position word in lower
    case is the title's; "the division Heads" is not the agency."""
    found = offices(extract(HEADED_BY_BARE_NOUN))
    assert found["Senior Wick Trimming officer"] == Placed(
        "Wick Trimming Services", "headed_by_aside", "default_root"
    )
    assert "Chief Warden" not in found
    off = offices(extract(HEADED_BY_BARE_NOUN, off={"headed_by_aside"}))
    assert "Senior Wick Trimming officer" not in off


HEADED_BY_OTHER_BODIES = dedent("""\
    Lamp Office

    Led by the Chief Glass Keeper, the team polishes the glass of the town.

    The office has a Wick Division.

    Led by the Wick Director, the division trims the wicks.

    Headed by the Deputy Oil Keeper, the offices buy oil.
    """)


def test_headed_by_aside_a_bare_noun_of_another_body_is_no_agency() -> None:
    """ "the team", "the offices" and "the division" after the Wick Division is named are no
    words for the agency: their heads are no units of it."""
    found = offices(extract(HEADED_BY_OTHER_BODIES))
    assert "Wick Division" in found
    assert not {"Chief Glass Keeper", "Wick Director", "Deputy Oil Keeper"} & set(found)


def test_headed_by_aside_a_bare_noun_after_a_referring_word_in_any_case() -> None:
    """ "the Department", "this department": a referring word and a unit noun, in any case,
    are the agency in its own prose."""
    for subject in ("the Department", "this department"):
        text = HEADED_BY_BARE_NOUN.replace("the department houses", subject + " houses")
        found = offices(extract(text))
        assert found["Senior Wick Trimming officer"].found_by == "headed_by_aside"


def test_headed_by_aside_the_agency_with_its_acronym_or_currently() -> None:
    """ "the Lamp Office (LO) keeps ...": the acronym after the agency's name is no part of
    the subject; "currently led by" heads the agency as "led by" does."""
    acronym = "Lamp Office\n\nLed by the Chief Lamp Warden, the Lamp Office (LO) keeps lamps.\n"
    assert offices(extract(acronym))["Chief Lamp Warden"].found_by == "headed_by_aside"
    currently = (
        "Lamp Office\n\nThe Lamp Office, currently led by the Acting Lamp Director, keeps lamps.\n"
    )
    assert offices(extract(currently))["Acting Lamp Director"].found_by == "headed_by_aside"


def test_headed_by_aside_the_subject_runs_up_to_its_verb() -> None:
    """ "the Lamp Office Guards, a band of ten, patrol ...": the subject is the guards, not
    the agency whose name opens it."""
    text = dedent("""\
        Lamp Office

        Led by the Deputy Glass Keeper, the Lamp Office Guards, a band of ten, patrol the town.

        The office has a Wick Unit.
        """)
    assert "Deputy Glass Keeper" not in offices(extract(text))


def test_headed_by_aside_accented_capitals() -> None:
    """A title or an agency's name may hold accented capitals ("Économe Director", "Énergie
    Lamp Office"), in an aside as after "is headed by"."""
    text = dedent("""\
        Énergie Lamp Office

        Led by the Économe Director, Énergie Lamp Office keeps the lamps.

        The Énergie Lamp Office is headed by the Deputy Éclairage Keeper.
        """)
    found = offices(extract(text))
    assert found["Économe Director"].found_by == "headed_by_aside"
    assert found["Deputy Éclairage Keeper"].found_by == "agency_headed_by"


def test_headed_by_aside_a_post_over_lower_case_sectors() -> None:
    """ "Headed by the Deputy Wick Officer, the department houses various sectors including ;":
    the department is the agency, so its head is the agency's."""
    found = offices(extract(HELD_SECTORS))
    assert found["Deputy Wick Officer"] == Placed(
        "Wick Keeping Services", "headed_by_aside", "default_root"
    )
    assert "Deputy Wick Officer" not in offices(extract(HELD_SECTORS, off={"headed_by_aside"}))


PART_HEADED_BY = dedent("""\
    Lamp Secretariat

    The Lamp Secretariat keeps the lamps of the town.

    ## Wick Division

    The Wick Division trims the wicks. The Wick Division is headed by the Chief Wick Keeper.

    ## Oil Store

    This directorate is led by the Oil Commissioner, who buys the oil.

    ## Glass Bureau

    The Glass Bureau polishes the glass. Each unit is headed by a Glass Supervisor.

    ## Office of Soot Records

    The office is headed by the Deputy Warden and Director of Soot Records.
    """)


def test_part_headed_by_a_parts_head_is_a_unit_under_the_part() -> None:
    """ "The Wick Division is headed by the Chief Wick Keeper", in the Oil Store's section
    "This directorate is led by the Oil Commissioner": each post is a leadership unit under
    the part it heads; "Each unit is headed by a Glass Supervisor" names a kind of head, and
    the head whose title names the office's field is the office's own."""
    found = offices(extract(PART_HEADED_BY, markdown=True))
    assert found["Chief Wick Keeper"] == Placed("Wick Division", "part_headed_by", "part_headed_by")
    assert found["Oil Commissioner"] == Placed("Oil Store", "part_headed_by", "part_headed_by")
    assert not {"Glass Supervisor", "Deputy Warden", "Director of Soot Records"} & set(found)
    off = offices(extract(PART_HEADED_BY, markdown=True, off={"part_headed_by"}))
    assert not {"Chief Wick Keeper", "Oil Commissioner"} & set(off)


ASSISTED_BY = dedent("""\
    Lamp Secretariat

    The Lamp Secretariat is headed by the Warden-General. He is assisted by two (2) Deputy Wardens and one (1) Wick Counsel who keep the lamps.
    The Chief Oil Keeper is supported by Jo Bloggs, Oil Treasurer, and Al Smith, Director of Glass and Soot.
    The Wick Division is supported by four Division Chiefs.
    """)


def test_assisted_by_names_the_posts_under_a_head() -> None:
    """ "He is assisted by two (2) Deputy Wardens and one (1) Wick Counsel", "The Chief Oil
    Keeper is supported by Jo Bloggs, Oil Treasurer, and ...": each post is a leadership unit
    under the head (the post named before "He", or the subject, made a unit), its count and
    its holder's name left out; "four Division Chiefs" is a kind of head per part."""
    found = offices(extract(ASSISTED_BY))
    assert found["Deputy Wardens"] == Placed("Warden-General", "assisted_by", "assisted_by")
    assert found["Wick Counsel"].parent == "Warden-General"
    assert "Chief Oil Keeper" in found
    assert found["Oil Treasurer"].parent == "Chief Oil Keeper"
    assert found["Director of Glass and Soot"].parent == "Chief Oil Keeper"
    assert not {"Jo Bloggs", "Al Smith", "Division Chiefs"} & set(found)
    off = offices(extract(ASSISTED_BY, off={"assisted_by"}))
    assert not {"Deputy Wardens", "Wick Counsel", "Oil Treasurer"} & set(off)


AGENCY_HEADED_BY_TWO_POSTS = dedent("""\
    Lamp Secretariat

    The Lamp Secretariat is led by the Chief Warden and the Deputy Warden.
    """)


def test_agency_headed_by_first_of_two_joined_posts() -> None:
    """ "led by the Chief Warden and the Deputy Warden": the first post, with the head noun
    its modifier "Chief" stands before, not "Chief Warden and the Deputy" (cut at the last
    position word) nor "Chief"."""
    found = offices(extract(AGENCY_HEADED_BY_TWO_POSTS))
    assert found["Chief Warden"].found_by == "agency_headed_by"
    assert not {"Chief Warden and the Deputy", "Chief"} & set(found)


AGENCY_HEADED_BY_CHIEF = dedent("""\
    Lamp Secretariat

    The Lamp Secretariat is headed by the Chief Warden, who is appointed by the assembly.
    """)


def test_agency_headed_by_keeps_the_head_noun_after_chief() -> None:
    """ "headed by the Chief Warden": "Chief" modifies the head noun after it, which is no
    person's name to leave out."""
    found = offices(extract(AGENCY_HEADED_BY_CHIEF))
    assert found["Chief Warden"] == Placed("Lamp Secretariat", "agency_headed_by", "default_root")
    assert "Chief" not in found


AGENCY_HEADED_BY_IT_AFTER_PART = dedent("""\
    Lamp Secretariat

    The Lamp Secretariat keeps the lamps. The Glass Division polishes the glass. It is headed \
    by the Glass Commissioner.
    """)


def test_agency_headed_by_not_it_after_another_unit() -> None:
    """ "The Glass Division polishes the glass. It is headed by ...": "It" is the division,
    whose head is no leadership unit of the agency's."""
    found = offices(extract(AGENCY_HEADED_BY_IT_AFTER_PART))
    assert "Glass Division" in found
    assert "Glass Commissioner" not in found or found["Glass Commissioner"].parent != (
        "Lamp Secretariat"
    )


AGENCY_HEADED_BY_ACRONYM = dedent("""\
    Lamp Wick Secretariat (LWS)

    The Lamp Wick Secretariat (LWS) keeps the lamps. LWS is headed by the Chief Wick Officer.
    """)


def test_agency_headed_by_acronym_ending_in_s() -> None:
    """The agency's acronym as the subject ("LWS is headed by ..."), one ending in "S" too."""
    found = offices(extract(AGENCY_HEADED_BY_ACRONYM))
    assert found["Chief Wick Officer"].found_by == "agency_headed_by"
    off = offices(extract(AGENCY_HEADED_BY_ACRONYM, off={"agency_headed_by"}))
    assert "Chief Wick Officer" not in off


ASSISTED_BY_LAST_POST = dedent("""\
    Lamp Secretariat

    The Chief Oil Keeper is supported by an Oil Treasurer.

    The Lamp Secretariat is headed by the Warden-General. He is assisted by two Deputy Wardens.
    """)


def test_assisted_by_he_is_the_post_named_last() -> None:
    """ "He" is the post named last before, whichever rule found it (the Warden-General),
    not the last post this rule found (the Oil Treasurer, named earlier)."""
    found = offices(extract(ASSISTED_BY_LAST_POST))
    assert found["Oil Treasurer"].parent == "Chief Oil Keeper"
    assert found["Deputy Wardens"] == Placed("Warden-General", "assisted_by", "assisted_by")


ASSISTED_BY_ARTICLES = dedent("""\
    Lamp Secretariat

    The Lamp Secretariat keeps the lamps. The Chief Wick Officer is assisted by the Deputy \
    Wick Officer and the Wick Counsel.
    """)


def test_assisted_by_post_without_its_article() -> None:
    """ "assisted by the Deputy Wick Officer and the Wick Counsel": the posts' names have no
    article."""
    found = offices(extract(ASSISTED_BY_ARTICLES))
    assert found["Deputy Wick Officer"].parent == "Chief Wick Officer"
    assert found["Wick Counsel"].parent == "Chief Wick Officer"
    assert not {"the Deputy Wick Officer", "the Wick Counsel"} & set(found)


def test_composition_participle_opens_a_series_of_units() -> None:
    """ "its headquarters, consisting of A, B and C": the participle opens the series as
    "consists of" does, so a name whose noun prose uses for other things (service) is a unit."""
    text = page(
        "Organization",
        "The bureau works through its headquarters, consisting of the Wick Supply Office, the"
        " Oil Measures Service and the Glass Cutting Division, and five field posts.",
    )
    found = offices(extract(text))
    assert found["Oil Measures Service"] == Placed(ROOT, "enumerated_units", "default_root")
    assert "Oil Measures Service" not in offices(extract(text, off={"composition_participle"}))


AGENCY_HEADED_BY_PAST = dedent("""\
    Lamp Secretariat

    The Lamp Secretariat keeps the lamps. The Lamp Secretariat was headed by a Lamp Commissioner \
    until the post was abolished. It is headed by the Warden-General.
    """)


def test_agency_headed_by_not_a_past_head() -> None:
    """ "was headed by a Lamp Commissioner until ...": the agency's history, no post it has;
    "It is headed by the Warden-General" is one."""
    found = offices(extract(AGENCY_HEADED_BY_PAST))
    assert found["Warden-General"].found_by == "agency_headed_by"
    assert "Lamp Commissioner" not in found


OWN_PARTS_SHARED = """Lamp Works Authority

The Authority keeps the town's lamps.

Wick Services Department

The Wick Services Department includes the Trimming, Braiding and Soot Control divisions of \
the Authority.

Glass Office

The Glass Office consists of the Polishing and Mending sections.
"""


def test_own_parts_shared_noun() -> None:
    """In a unit's own section, "includes the A, B and C divisions" names each part with the
    shared noun in the singular, under the section's unit."""
    found = offices(extract(OWN_PARTS_SHARED))
    for name, parent in (
        ("Trimming Division", "Wick Services Department"),
        ("Braiding Division", "Wick Services Department"),
        ("Soot Control Division", "Wick Services Department"),
        ("Polishing Section", "Glass Office"),
        ("Mending Section", "Glass Office"),
    ):
        assert found[name].found_by == "own_parts_shared_noun"
        assert found[name].parent == parent
    off = offices(extract(OWN_PARTS_SHARED, off={"own_parts_shared_noun"}))
    assert not {"Trimming Division", "Braiding Division", "Mending Section"} & set(off)


PLACED_IN_OWN_UNIT = """Bureau of Lantern Safety

The Bureau of Lantern Safety keeps the lamps lit.

Office of the Warden

The Warden runs the bureau. The Wick Audit Unit, Office of Oil Review and the Ember \
Response Taskforce are attached to the Office of the Warden. The Wick Clerk reports to the \
Office of the Warden.

Glass Directorate

The Glass Directorate mends glass. The Pane Unit and the Lens Unit are within the \
Directorate.
"""


def test_placed_in_own_unit_a_series_placed_in_the_sections_unit() -> None:
    """ "The A Unit, Office of B and the C Taskforce are attached to the Office of the
    Warden." under that office's heading names its parts; so does "are within the
    Directorate" in a directorate's section; a post placed there ("The Wick Clerk reports
    to ...") is no part."""
    found = offices(extract(PLACED_IN_OWN_UNIT))
    for name, parent in (
        ("Wick Audit Unit", "Office of the Warden"),
        ("Office of Oil Review", "Office of the Warden"),
        ("Ember Response Taskforce", "Office of the Warden"),
        ("Pane Unit", "Glass Directorate"),
        ("Lens Unit", "Glass Directorate"),
    ):
        assert found[name] == Placed(parent, "placed_in_own_unit", "enumerated_units")
    assert "Wick Clerk" not in found
    off = offices(extract(PLACED_IN_OWN_UNIT, off={"placed_in_own_unit"}))
    assert not {"Wick Audit Unit", "Office of Oil Review", "Pane Unit"} & set(off)


def test_placed_in_own_unit_another_body_by_its_noun_alone() -> None:
    """ "The Pane Unit and the Lens Unit report directly to the Board." under "Glass
    Directorate" places them under a board, not in the directorate: a unit noun alone
    names the section's unit only when it is that unit's noun ("within the Directorate")."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the lamps lit.

        Glass Directorate

        The Glass Directorate mends glass. The Pane Unit and the Lens Unit report directly \
        to the Board.

        Oil Directorate

        The Oil Directorate buys oil. The Cask Unit and the Barrel Unit are within the \
        Directorate.
        """)
    found = offices(extract(text))
    for name in ("Pane Unit", "Lens Unit"):
        assert found.get(name, Placed(None, "", "")).parent != "Glass Directorate"
    assert found["Cask Unit"] == Placed("Oil Directorate", "placed_in_own_unit", "enumerated_units")


def test_enumerated_units_another_body_by_its_noun_alone() -> None:
    """ "The Board comprises the Wick Office and the Oil Office." under "Glass Directorate"
    lists a board's parts, not the directorate's: under a part's heading a unit noun alone
    is the subject only when it is that part's noun ("The Directorate comprises ..." under
    "Oil Directorate")."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the lamps lit.

        Glass Directorate

        The Glass Directorate mends glass. The Board comprises the Wick Office and the Oil \
        Office.

        Oil Directorate

        The Oil Directorate buys oil. The Directorate comprises the Cask Office and the \
        Barrel Office.
        """)
    found = offices(extract(text))
    for name in ("Wick Office", "Oil Office"):
        assert found.get(name, Placed(None, "", "")).parent != "Glass Directorate"
    assert found["Cask Office"] == Placed("Oil Directorate", "enumerated_units", "enumerated_units")


def test_enumerated_units_a_part_a_section_names_is_built_once() -> None:
    """``enumerated_units``, ``placed_in_own_unit`` and ``own_parts_among_duties`` make a
    section's part one way (``_part_named``): its name, its evidence the span that names it,
    its parent the section's unit, placed by ``enumerated_units``."""
    text = "The Oil Directorate comprises the Cask Office (CO)."
    owner = unit_named(text, "Oil Directorate", 4, None, found_by="", parent_by=None)
    at = text.index("Cask")
    span = Phrase(text[at : text.index(")") + 1], at, text.index(")") + 1)
    part = _part_named(text, "Cask Office", span, owner, "placed_in_own_unit")
    assert (part.name, part.evidence_start, part.evidence_end) == ("Cask Office", at, span.end)
    assert part.parent is owner
    assert (part.found_by, part.parent_by) == ("placed_in_own_unit", "enumerated_units")


BODY_OF_POSITIONS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

The Wick Office is composed of the Chief Wick Keeper, the Deputy Wick Keeper, and their \
staff. The Glass Board is composed of the Glass Warden and six members appointed by the \
Mayor.
"""


def test_body_of_positions() -> None:
    """ "The Wick Office is composed of the Chief Wick Keeper, the Deputy Wick Keeper ...":
    the posts a body (not a board's members) is made of are its leadership units."""
    found = offices(extract(BODY_OF_POSITIONS))
    for name in ("Chief Wick Keeper", "Deputy Wick Keeper"):
        assert found[name].found_by == "body_of_positions"
        assert found[name].parent == "Wick Office"
    assert "Glass Warden" not in found  # a board's members
    assert "Mayor" not in found  # past the list
    # Without body_of_positions the posts are still a series of composition (series_posts).
    off = offices(extract(BODY_OF_POSITIONS, off={"body_of_positions"}))
    assert off["Chief Wick Keeper"].found_by == "enumerated_units"
    off = offices(extract(BODY_OF_POSITIONS, off={"body_of_positions", "series_posts"}))
    assert not {"Chief Wick Keeper", "Deputy Wick Keeper"} & set(off)


OWN_PARTS_SHARED_FURTHER_ON = """Lamp Works Authority

The Authority keeps the town's lamps.

Wick Services Department

The Wick Services Department includes staff seconded from the Trimming and Braiding \
divisions of the Authority.
"""


def test_own_parts_shared_noun_not_a_list_further_on_than_the_verb() -> None:
    """A shared-noun list that is not the verb's object ("includes staff seconded from the A
    and B divisions") names no parts of the section's unit."""
    found = offices(extract(OWN_PARTS_SHARED_FURTHER_ON))
    assert found["Wick Services Department"].found_by == "section_heading"
    assert "Trimming Division" not in found
    assert "Braiding Division" not in found


LISTED_DEPARTMENTS = """Lamp Works Authority

The Authority keeps the town's lamps. The Wick Division includes the Oil Department, the \
Glass Department and the Lamp Records Center. Each Department is headed by a keeper, who \
coordinates all Town Department activities.
"""


def test_listed_department() -> None:
    """ "The Wick Division includes the Oil Department, the Glass Department and ...": names
    ending in "Department" listed after a verb of composition are parts of its subject, as
    the other names listed are; "Each Department" and "Town Department activities" are not."""
    found = offices(extract(LISTED_DEPARTMENTS))
    for name in ("Oil Department", "Glass Department", "Lamp Records Center"):
        assert found[name].parent == "Wick Division"
    assert found["Oil Department"].found_by == "enumerated_units"
    assert "Each Department" not in found
    assert "Town Department" not in found
    off = offices(extract(LISTED_DEPARTMENTS, off={"listed_department"}))
    assert "Oil Department" not in off
    assert "Glass Department" not in off


CHOSEN_PRESIDING_OFFICERS = dedent("""\
    Lamp Wick Board

    The Lamp Wick Board consists of five Wardens. The Governor designates one of the Wardens as Chairwoman and one as Vice Chairwoman.

    The Board elects from among its members a Lamp Treasurer. The Chairperson of the Oil Council is designated by the Governor.
    """)


def test_chosen_presiding_officers_names_the_posts_a_body_fills_from_its_members() -> None:
    """ "designates one of the Wardens as Chairwoman and one as Vice Chairwoman": the posts a
    collegial body fills from its members are leadership units of the page's top; a post of
    another body ("The Chairperson of the Oil Council is designated ...") is not."""
    found = offices(extract(CHOSEN_PRESIDING_OFFICERS))
    assert found["Chairwoman"] == Placed(
        "Lamp Wick Board", "chosen_presiding_officers", "default_root"
    )
    assert found["Vice Chairwoman"].found_by == "chosen_presiding_officers"
    assert "Chairperson" not in found
    assert "Lamp Treasurer" not in found  # a post's name is one word of the closed class
    off = offices(extract(CHOSEN_PRESIDING_OFFICERS, off={"chosen_presiding_officers"}))
    assert not {"Chairwoman", "Vice Chairwoman"} & set(off)


COUNT_WITH_FIGURES = """Lamp Works Authority

The Authority keeps the town's lamps.

There are three (3) directorates at the Main Depot, namely:

- Wick Care
- Oil Supply
- Glass Polishing

The Chief Keeper leads the Authority.
"""


def test_count_with_figures() -> None:
    """ "three (3) directorates ..., namely:": a count in words and figures counts the
    parts as the word alone does, and the lead-in introduces them."""
    found = offices(extract(COUNT_WITH_FIGURES))
    for name in ("Wick Care", "Oil Supply", "Glass Polishing"):
        assert found[name].found_by == "composition_lead_in"
    off = offices(extract(COUNT_WITH_FIGURES, off={"count_with_figures"}))
    assert not {"Wick Care", "Oil Supply", "Glass Polishing"} & set(off)


COUNTED_THEN_NAMED = """Lamp Works Authority

The Authority keeps the town's lamps.

Wick Division

The Wick Division is made up of four sections and the Wick Registrar. They are: the \
Trimming, Braiding, Oil Dipping, and Storage.

Glass Division

The Glass Division polishes the glass.
"""


def test_counted_then_named() -> None:
    """ "... is made up of four sections ... They are: the A, B, C, and D.": the count's
    sentence is the subject, the next names the parts; "the" is no part of a name."""
    found = offices(extract(COUNTED_THEN_NAMED))
    for name in ("Trimming", "Braiding", "Oil Dipping", "Storage"):
        assert found[name].parent == "Wick Division"
        assert found[name].found_by == "enumerated_units"
    off = offices(extract(COUNTED_THEN_NAMED, off={"counted_then_named"}))
    assert not {"Trimming", "Braiding", "Oil Dipping", "Storage"} & set(off)


NAMED_AFTER_COUNT = """Lamp Keepers Office

The Lamp Keepers Office is headed by a Warden. Four divisions serve the office. Their work \
keeps the town's lamps lit. They are Wick Care, Oil Supply, Glass Panes, Post Repair.
"""


def test_named_after_count_they_are_without_a_colon() -> None:
    """ "Four divisions serve the office. ... They are A, B, C, D.": the names agree with the
    count a sentence before, so they are the office's parts though no colon marks them."""
    found = offices(extract(NAMED_AFTER_COUNT))
    for name in ("Wick Care", "Oil Supply", "Glass Panes", "Post Repair"):
        assert found[name] == Placed("Lamp Keepers Office", "enumerated_units", "enumerated_units")
    with pytest.raises(NoStructureError):  # nothing else on the page names a unit
        extract(NAMED_AFTER_COUNT, off={"named_after_count"})


def test_named_after_count_counted_posts() -> None:
    """ "... two Lamp Commissioners who run its depots. They are the Lamp Commissioner for
    Wicks and the Lamp Commissioner for Oil.": counted posts named after "They are" are units."""
    page = """Lamp Keepers Office

The Lamp Keepers Office is headed by a Warden who has two Lamp Commissioners who run its depots. \
They are the Lamp Commissioner for Wicks and the Lamp Commissioner for Oil.
"""
    found = offices(extract(page))
    assert found["Lamp Commissioner for Oil"].found_by == "enumerated_units"
    assert found["Lamp Commissioner for Wicks"].parent_by == "enumerated_units"
    with pytest.raises(NoStructureError):  # nothing else on the page names a unit
        extract(page, off={"named_after_count"})


def test_named_after_count_parts_of_the_count_sentences_subject() -> None:
    """ "The Wick Supply Office has four divisions. They are A, B, C, D.": the parts are
    those of the unit the count's sentence names, as with a colon (``counted_then_named``),
    not of the unit whose section holds the sentences."""
    page = """Lamp Keepers Office

The Lamp Keepers Office is headed by a Warden. The Wick Supply Office has four divisions. \
They are Wick Care, Oil Supply, Glass Panes, Post Repair.
"""
    found = offices(extract(page))
    for name in ("Wick Care", "Oil Supply", "Glass Panes", "Post Repair"):
        assert found[name] == Placed("Wick Supply Office", "enumerated_units", "enumerated_units")
    off = offices(extract(page, off={"named_after_count"}))
    assert "Wick Care" not in off


def test_named_after_count_not_when_the_names_disagree_with_the_count() -> None:
    for page in (
        NAMED_AFTER_COUNT.replace("Four divisions", "Three divisions"),
        NAMED_AFTER_COUNT.replace("Glass Panes, Post Repair", "Glass Panes, post repair"),
    ):
        with pytest.raises(NoStructureError):
            extract(page)


# The determiner and the noun after it matter inside the sentence of composition itself.
LISTED_DEPARTMENTS_IN_ONE_SENTENCE = """Lamp Works Authority

The Authority keeps the town's lamps. The Wick Division includes the Oil Department, the \
Glass Department, the keepers of Each Department and the clerks who run all Town Department \
errands.
"""


def test_listed_department_not_after_a_determiner_nor_before_a_noun_in_the_list() -> None:
    """Within the sentence that lists the parts, "Each Department" (a determiner before the
    noun) and "Town Department errands" (a noun after it) name no listed department."""
    found = offices(extract(LISTED_DEPARTMENTS_IN_ONE_SENTENCE))
    assert found["Oil Department"].parent == "Wick Division"
    assert found["Glass Department"].parent == "Wick Division"
    assert "Each Department" not in found
    assert "Town Department" not in found


LISTED_DEPARTMENT_WORKED_WITH = """Lamp Works Authority

The Authority keeps the town's lamps. The Wick Division includes the Oil Section, which \
supplies the Ladder Department, and the Glass Department, and advises the Lantern Export \
Department.
"""


def test_listed_department_not_one_the_unit_works_with() -> None:
    """A department named after a verb of its own inside the sentence of composition ("which
    supplies the Ladder Department", "and advises the Lantern Export Department") is one the
    unit works with, not a listed part; ", and the Glass Department" still is. (After
    "with", ``partner_named`` keeps such a name from being a unit at all.)"""
    found = offices(extract(LISTED_DEPARTMENT_WORKED_WITH))
    assert found["Glass Department"].parent == "Wick Division"
    assert "Ladder Department" not in found
    assert "Lantern Export Department" not in found


def _chosen(sentence: str) -> list[str]:
    text = (
        "Lamp Guild Board\n\nThe Lamp Guild Board keeps the lamps lit. " + sentence + "\n\n"
        "Office of Wick Standards\n\nThe office sets standards for wicks.\n"
    )
    return [
        name
        for name, unit in offices(extract(text)).items()
        if unit.found_by == "chosen_presiding_officers"
    ]


def test_chosen_presiding_officers_a_president_without_a_chair() -> None:
    """The closed class of posts holds president, secretary and treasurer as well as chair:
    a sentence naming no chair still names its posts."""
    chosen = _chosen(
        "The Board elects from among its members a President, a Secretary and a Treasurer."
    )
    assert chosen == ["President", "Secretary", "Treasurer"]


def test_chosen_presiding_officers_not_chosen_from_the_members() -> None:
    """ "The voters of the town elect the Chairman": a post chosen by others, not from a
    body's own members, is no presiding officer the sentence names."""
    assert _chosen("The voters of the town elect the Chairman every four years.") == []


COUNTED_OTHERS = """Lamp Works Authority

The Authority keeps the town's lamps.

Wick Division

The Wick Division reports to two offices. They are: the Office of the Warden and the Office \
of Lamp Budget.

Glass Division

The Glass Division works closely with the following two offices: the Town Fire Office and \
the County Ladder Office.
"""


def test_counted_then_named_not_offices_the_unit_reports_to() -> None:
    """ "The Wick Division reports to two offices. They are: ...": a count after a verb of
    reporting or of working with counts bodies above or beside the unit, not its parts."""
    found = offices(extract(COUNTED_OTHERS))
    for name in ("Office of the Warden", "Office of Lamp Budget"):
        assert found.get(name, Placed("", "", "")).parent != "Wick Division", name


def test_enumerated_units_not_a_count_of_offices_the_unit_works_with() -> None:
    """ "works closely with the following two offices: A and B": the offices it works with
    are no parts of it."""
    found = offices(extract(COUNTED_OTHERS))
    for name in ("Town Fire Office", "County Ladder Office"):
        assert found.get(name, Placed("", "", "")).parent != "Glass Division", name


ONE_OF_FOUR = """Lamp Works Authority

The Authority keeps the town's lamps.

Wick Division

The Wick Division is one of four divisions in the Authority. They are: the Wick Division, \
the Glass Division, the Oil Division and the Ladder Division.

Glass Division

The Glass Division polishes the glass.
"""


def test_counted_then_named_one_of_four_divisions_lists_peers() -> None:
    """ "The Wick Division is one of four divisions ... They are: ...": the count is of the
    unit's peers, not of its parts."""
    found = offices(extract(ONE_OF_FOUR))
    assert found["Glass Division"].parent == "Lamp Works Authority"
    assert found.get("Oil Division", Placed("", "", "")).parent != "Wick Division"


def test_enumerated_units_one_of_four_divisions_lists_peers() -> None:
    """The same in one sentence: "is one of four divisions: the A, the B, ..."."""
    text = ONE_OF_FOUR.replace(" in the Authority. They are:", ":")
    found = offices(extract(text))
    assert found["Glass Division"].parent == "Lamp Works Authority"
    assert found.get("Oil Division", Placed("", "", "")).parent != "Wick Division"


def test_counted_then_named_not_the_sections_of_a_document() -> None:
    """ "This report is divided into three sections. They are: ...": a document's sections,
    counted, are no unit's parts, as before a colon."""
    text = COUNTED_OTHERS.replace(
        "The Wick Division reports to two offices. They are: the Office of the Warden and the "
        "Office of Lamp Budget.",
        "This report is divided into three sections. They are: Wick Safety, Oil Storage and "
        "Glass Handling.",
    )
    assert "Wick Safety" in text
    found = offices(extract(text))
    assert not {"Wick Safety", "Oil Storage", "Glass Handling"} & set(found)


OWN_PARTS_AMONG_DUTIES = """Lamp Works Authority

The Lamp Works Authority consists of a number of groups.

Lamp Care and Supply

The Lamp Care and Supply group is responsible for wick policy, oil purchasing, the Soot \
Analysis Unit, street lighting and the Centre for Glass Studies. The group also supports the \
Lamp Warden.

Glass and Oil Services

The Glass and Oil Services group advises the Warden on glass and combines the Oil Office, \
the Office of the Glass Keeper (OGK) and the Polishing Branch.

Wick Services

The staff director also oversees the Authority's work with the Lamp Board, the Match \
Supply Office and other bodies.
"""


def test_own_parts_among_duties_units_listed_with_duties() -> None:
    """A section's sentence whose subject is its unit and whose verb gives it charge of a
    series of duties and parts ("is responsible for wick policy, the Soot Analysis Unit, ...",
    "advises ... and combines the Oil Office, ...") names the parts worded as units, under
    the section's unit; the duties are no units."""
    found = offices(extract(OWN_PARTS_AMONG_DUTIES))
    for name, parent in (
        ("Soot Analysis Unit", "Lamp Care and Supply"),
        ("Centre for Glass Studies", "Lamp Care and Supply"),
        ("Oil Office", "Glass and Oil Services"),
        ("Office of the Glass Keeper", "Glass and Oil Services"),
        ("Polishing Branch", "Glass and Oil Services"),
    ):
        assert found[name].found_by == "own_parts_among_duties"
        assert found[name].parent == parent
    assert not {"Wick Policy", "Oil Purchasing", "Street Lighting"} & set(found)
    off = offices(extract(OWN_PARTS_AMONG_DUTIES, off={"own_parts_among_duties"}))
    assert not {"Soot Analysis Unit", "Oil Office", "Polishing Branch"} & set(off)


def test_own_parts_among_duties_not_a_sentence_about_a_position() -> None:
    """A sentence whose subject is a position ("The staff director also oversees the
    Authority's work with ... the Match Supply Office") names none of the section's parts:
    "The staff" opens a position's title, not the section's unit."""
    found = offices(extract(OWN_PARTS_AMONG_DUTIES))
    assert "Match Supply Office" not in found


ASSISTED_IN_A_TASK = dedent("""\
    # Lamp Bank Management

    ## President of the Lamp Bank Group

    The President of the Lamp Bank Group is the bank's chief officer. The President is \
    assisted in overall management by a team of Managing Wick Directors, who in \
    turn oversee the bank's wick units.

    ## Lamp Patrol

    The Lamp Patrol keeps the streets lit. The Chief Patrol Officer is assisted in the management \
    of the Patrol by the Deputy Patrol Officer and the Chief Wick Officer.
    """)


def test_assisted_by_in_a_task_by_a_team_of_posts() -> None:
    """ "is assisted in <a task> by" names the posts as "is assisted by" does; "a team of
    Managing Wick Directors" names the posts the team is made of; and a head named by its
    title alone ("The President") is the post a heading names in full ("President of the Lamp Bank
    Group"), not a second unit."""
    found = offices(extract(ASSISTED_IN_A_TASK, markdown=True))
    assert found["Managing Wick Directors"] == Placed(
        "President of the Lamp Bank Group", "assisted_by", "assisted_by"
    )
    assert "President" not in found
    assert found["Deputy Patrol Officer"] == Placed(
        "Chief Patrol Officer", "assisted_by", "assisted_by"
    )
    assert found["Chief Wick Officer"].parent == "Chief Patrol Officer"


def test_own_parts_among_duties_not_a_unit_after_a_preposition() -> None:
    """A unit named in a duty after a preposition ("staff seconded from the Oil Office and
    the Glass Branch") is no part of the section's unit, nor is the peer "and" joins to it;
    an item of the series worded as a unit still is."""
    text = dedent("""\
        # Lamp Works

        The Works keeps lamps.

        ## Lamp Care Group

        The Lamp Care Group is responsible for wick policy, staff seconded from the Oil \
        Office and the Glass Branch, and the Soot Analysis Unit.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Soot Analysis Unit"].parent == "Lamp Care Group"
    assert "Oil Office" not in found
    assert "Glass Branch" not in found


def test_own_parts_among_duties_names_that_go_on_a_prepositions_object() -> None:
    """The names after commas that go on the object of a duty's preposition ("oversees the
    work of the Wick Reeve's Bureau, the Soot Ledger Bureau and the Treasury Board") are no parts;
    a unit's name with "for" in it ("the Centre for Glass Studies") is no such duty, and an
    item after the object's closing "and" is the series' again."""
    text = dedent("""\
        # Lamp Works

        The Works keeps lamps.

        ## Lamp Care Group

        The Lamp Care Group oversees the work of the Wick Reeve's Bureau, the Soot Ledger \
        Bureau and the Treasury Board on lamps. It is responsible for wick policy, the Centre \
        for Glass Studies, the Oil Office and the Polishing Branch. It is also responsible \
        for liaison with the Oil Board, the Glass Council, and the Mayor, and the Soot \
        Analysis Unit.
        """)
    found = offices(extract(text, markdown=True))
    assert not {"Soot Ledger Bureau", "Treasury Board", "Glass Council"} & set(found)
    for name in ("Centre for Glass Studies", "Oil Office", "Polishing Branch"):
        assert found[name].parent == "Lamp Care Group", name
    assert found["Soot Analysis Unit"].parent == "Lamp Care Group"


SERIES_OF_POSTS = dedent("""\
    Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps. The Warden's Secretariat is made up of \
    the Executive Wick Assistant, Lamp Publicity, Soot Records and a Private Wick \
    Secretary. The Lamp Commission is composed of the Chief Oil Secretary, the Deputy Oil Secretary, Glass Row \
    and Soot Hill.
    """)


def test_series_of_posts_bare_names_listed_with_posts() -> None:
    """A series of posts and bare names after a verb of composition ("made up of the
    Executive Wick Assistant, Lamp Publicity, Soot Records and ...") names the bare names as
    units too; a body of members' ("The Lamp Commission is composed of ...") does not."""
    found = offices(extract(SERIES_OF_POSTS))
    assert found["Lamp Publicity"].parent == "Warden's Secretariat"
    assert found["Soot Records"].parent == "Warden's Secretariat"
    assert "Glass Row" not in found
    off = offices(extract(SERIES_OF_POSTS, off={"series_of_posts"}))
    assert "Lamp Publicity" not in off


def test_dashed_parts_names_set_off_by_dashes_after_a_plural_unit_noun() -> None:
    """ "the following offices – A, B, and C – report to ...": the names between two dashes
    after a plural unit noun are units, as after a colon."""
    text = page(
        "Office of Lamp Care",
        "The office keeps lamps. Additionally, the following offices – Office of Wick Affairs, "
        "Office of the Soot Warden, and Office of Oil Ethics – are independent offices that "
        "report directly to the Chief Warden.",
        "Office of Glass",
        "The office cuts glass.",
    )
    found = offices(extract(text))
    for name in ("Office of Wick Affairs", "Office of the Soot Warden", "Office of Oil Ethics"):
        assert found[name].found_by == "inline_colon_list", name
    off = offices(extract(text, off={"dashed_parts"}))
    assert "Office of Oil Ethics" not in off


def test_dashed_parts_under_a_generic_heading() -> None:
    """Under a heading that names no unit ("Directorates"), a list between dashes after a
    plural unit noun still names the agency's units, as a counted list does."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Directorates

        The bureau's directorates -- Wick Capacity (WKX), Oil Integration (OLX), and Glass \
        Partnerships (GPX) -- are organized around its core functions.
        """)
    found = offices(extract(text, markdown=True))
    for name in ("Wick Capacity", "Oil Integration", "Glass Partnerships"):
        assert found[name].parent == ROOT, name


def test_dashed_parts_two_names_between_dashes_are_left_alone() -> None:
    """ "two sub-offices – the Office of Wick and Oil and the Office of Glass –": two names
    and no comma; which "and" parts them is not this rule's to tell."""
    text = page(
        "Office of Lamp Care",
        "The office keeps lamps. It has two sub-offices – the Office of Wick and Oil and the "
        "Office of Glass Repair – and oversees the Lamp Bank.",
        "Office of Glass",
        "The office cuts glass.",
    )
    found = offices(extract(text))
    assert "Office of Wick" not in found
    assert "Oil" not in found


def test_enumerated_units_a_count_then_a_verb_of_creation_or_viz_and_a_colon() -> None:
    """ "Four zonal offices have been created, namely: A, B, ...", "three units were
    established: A, B and C" and "two divisions viz: A and B" announce a counted list as
    "four zonal offices: A, B, ..." does."""
    text = dedent("""\
        # Lamp Town Departments

        ## Soot Office

        The Soot Office sweeps chimneys. Four zonal offices have been created, namely: \
        Ash Hill, Flue Bend, Cinder Row and Sootbank.

        ## Wick Office

        The Wick Office is comprised of two divisions viz: Wick Braiding and Wick Trimming.
        """)
    found = offices(extract(text, markdown=True))
    for name in ("Ash Hill", "Flue Bend", "Cinder Row", "Sootbank"):
        assert found[name].parent == "Soot Office", name
    for name in ("Wick Braiding", "Wick Trimming"):
        assert found[name].parent == "Wick Office", name


def test_enumerated_units_a_count_then_including_or_namely_and_a_colon() -> None:
    """ "There are 5 Town departments including: A, B, ..." and "four sections namely: A, B,
    ..." announce a counted list as "five departments: A, B, ..." does."""
    text = dedent("""\
        # Lamp Town Departments

        There are 5 Town departments including: Wicks, Oil Supply, Glass, Posts and \
        Lantern Repair.

        ## Soot Office

        The Soot Office has four sections namely: Sweeping, Chimneys, Ash Removal and Soot \
        Records.
        """)
    found = offices(extract(text, markdown=True))
    for name in ("Wicks", "Oil Supply", "Lantern Repair"):
        assert name in found, name
    for name in ("Sweeping", "Chimneys", "Ash Removal", "Soot Records"):
        assert found[name].parent == "Soot Office", name


def test_enumerated_units_namely_after_a_comma_or_an_aside() -> None:
    """ "has three sections, namely A, B and C" and "three sub sections functioning under the
    Wick Division, namely; A, B, and the C": "namely" after a comma, or after an aside opened
    by a participle or a preposition, announces the counted list as a colon does."""
    text = dedent("""\
        Wick Division

        The Wick Division keeps the wicks of the town.

        The Wick Division has three sections, namely Trimming Section, Dipping Section \
        and Storing Section.

        There are three sub sections functioning under the Wick Division, namely; \
        Braiding Section, Waxing Section, and the Cutting Section.
        """)
    found = offices(extract(text))
    for name in ("Trimming Section", "Storing Section", "Braiding Section", "Cutting Section"):
        assert found[name] == Placed("Wick Division", "enumerated_units", "enumerated_units"), name


@pytest.mark.parametrize(
    "sentence",
    [
        "The Wick Division consists of three sections viz. Trimming, Dipping and Storing.",
        "The Wick Division consists of three sections, i.e. Trimming, Dipping and Storing.",
        "The Wick Division oversees three sections, which are Trimming, Dipping and Storing.",
        "Three sections function under the division, namely Trimming, Dipping and Storing.",
    ],
)
def test_enumerated_units_words_that_stand_for_the_colon(sentence: str) -> None:
    """After a count of parts, "viz.", "i.e." and ", which are" before a name, and "namely"
    after a verb of working under the body, announce the list as a colon does."""
    found = offices(extract(f"Wick Division\n\nThe Wick Division keeps the wicks.\n\n{sentence}\n"))
    for name in ("Trimming", "Dipping", "Storing"):
        assert found[name] == Placed("Wick Division", "enumerated_units", "enumerated_units"), name


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lamp Bureau has three divisions, which are responsible for wicks, glass and oil.",
        "The Lamp Bureau has two offices, i.e. one in Lampton and one in Wickford.",
    ],
)
def test_enumerated_units_no_colon_word_before_lower_case(sentence: str) -> None:
    """ ", which are" and "i.e." stand for a colon only before a capitalized name: "three
    divisions, which are responsible for wicks, glass and oil" lists no units."""
    text = f"Lamp Bureau\n\nThe Lamp Bureau keeps the lamps of the town.\n\n{sentence}\n"
    with pytest.raises(NoStructureError):
        extract(text)


def test_assisted_by_a_title_two_posts_begin_with_is_neither() -> None:
    """A head named by its title alone ("The Director") is not one of two posts that begin
    with it ("Director of Lamps", "Director of Wicks"): the posts it is assisted by are not
    hung from either."""
    text = dedent("""\
        # Lamp Bank Management

        ## Director of Lamps

        The Director of Lamps keeps the lamps.

        ## Director of Wicks

        The Director of Wicks keeps the wicks. The Director is assisted in daily work by the \
        Deputy Bank Director.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Deputy Bank Director"].parent not in ("Director of Lamps", "Director of Wicks")


def test_counted_parts_in_parentheses_the_names_a_count_sets_in_parentheses() -> None:
    """ "six District Bureaus (Northeast, Lakeside, ...)": as many names in parentheses as the
    count says are the counted parts, parted at semicolons when there are any ("four agencies
    (Wick Care; Oil, Glass and Soot Stores; ...)"); the counted plural is no unit. A count
    that the names do not match ("two depots (Dockside, Hilltop and Riverside)") names none."""
    text = page(
        """\
        The Bureau of Lantern Safety consists of a Wick Office and six District Bureaus
        (Northeast, Lakeside, Hill Country, Riverside, Southern, and Western). It is working to
        unify its four agencies (Wick Care; Oil, Glass and Soot Stores; Lamp Parks; and Glass
        Repair) into one. It also runs two depots (Dockside, Hilltop and Riverside).
        """
    )
    found = offices(extract(text))
    assert found["Hill Country"].found_by == "counted_parts_in_parentheses"
    assert found["Western"].parent == ROOT
    assert found["Oil, Glass and Soot Stores"].found_by == "counted_parts_in_parentheses"
    assert "District Bureaus" not in found
    assert "Hilltop" not in found
    off = offices(extract(text, off={"counted_parts_in_parentheses"}))
    assert "Hill Country" not in off
    assert "Lamp Parks" not in off


def test_semicolon_series_names_each_piece_opens_with() -> None:
    """ "It includes the Wick Warden's Office, which sets policy; the Office of Oil, Glass, and
    Soot for buying oil; the Lamp Repair Team (LRT) to mend lamps; and the Office of Soot
    Control focused on soot": the semicolons set the names apart, each a unit of the
    section's unit, a name's commas kept. Clauses set off by semicolons ("the lamps are
    lit; the wicks are trimmed; ...") name none."""
    text = page(
        "Wick Directorate",
        "The Wick Directorate brings together trimming and oil. It includes the Wick Warden's"
        " Office, which sets policy; the Office of Oil, Glass, and Soot for buying oil; the Lamp"
        " Repair Team (LRT) to mend lamps; and the Office of Soot Control focused on soot.",
        "Night Watch",
        "At night the lamps are lit; the Wick Keepers trim them; the Oil Carriers fill them; and"
        " the Glass Menders mend them.",
    )
    found = offices(extract(text))
    assert found["Office of Oil, Glass, and Soot"] == Placed(
        "Wick Directorate", "semicolon_series", "inside_section"
    )
    assert found["Wick Warden's Office"].parent == "Wick Directorate"
    alone = offices(extract(text, off={"possessive_unit_name"}))
    assert alone["Wick Warden's Office"].found_by == "semicolon_series"
    assert found["Office of Soot Control"].parent == "Wick Directorate"
    assert "Oil Carriers" not in found
    off = offices(extract(text, off={"semicolon_series"}))
    assert "Office of Soot Control" not in off
    assert "Office of Oil, Glass, and Soot" not in off


def test_semicolon_series_a_piece_that_joins_two_names_by_and_the() -> None:
    """ "the Wick Warden's Office and the Flame Unit, which set policy; ...": "and the" after
    a unit noun opens a second name, so the piece names two units, not one joined name; "the
    Office of Oil and the Arts" stays one."""
    text = page(
        "Wick Directorate",
        "The Wick Directorate brings together trimming and oil. It includes the Wick Warden's"
        " Office and the Flame Unit, which set policy; the Office of Oil and the Arts for"
        " buying oil; the Lamp Repair Team (LRT) to mend lamps; and the Office of Soot Control"
        " focused on soot.",
    )
    found = offices(extract(text))
    assert found["Flame Unit"].parent == "Wick Directorate"
    assert found["Wick Warden's Office"].parent == "Wick Directorate"
    assert "Office of Oil and the Arts" in found
    assert not any(name.endswith("and the Flame Unit") for name in found)


def test_counted_parts_in_parentheses_not_labels_alone() -> None:
    """ "two sections (A and B)", "three divisions (I, II and III)": a letter or a Roman
    numeral alone only labels the parts a count counts; it names no unit."""
    text = page(
        """\
        The Bureau of Lantern Safety runs the Wick Office. The Wick Office has two sections
        (A and B) and three divisions (I, II and III).
        """
    )
    found = offices(extract(text))
    assert "Wick Office" in found
    assert not {"A", "B", "I", "II", "III"} & set(found)


def test_counted_parts_in_parentheses_a_part_named_by_the_plurals_noun() -> None:
    """ "two sections (Section A and Section B)": a part named by the counted plural's noun
    and a letter is a counted part, kept though its name's words are the plural's."""
    text = page(
        """\
        The Bureau of Lantern Safety runs the Wick Office. The Wick Office has two sections
        (Section A and Section B).
        """
    )
    found = offices(extract(text))
    assert found["Section A"].found_by == "counted_parts_in_parentheses"
    assert found["Section B"].found_by == "counted_parts_in_parentheses"


def test_counted_parts_in_parentheses_not_acronyms_alone() -> None:
    """ "two offices (WO and OO)": acronyms alone in the parentheses name no unit; the
    sentence that expands them names the units."""
    text = page(
        """\
        The Bureau of Lantern Safety runs the Wick Office and two offices (WO and OO).
        """
    )
    found = offices(extract(text))
    assert "Wick Office" in found
    assert not {"WO", "OO"} & set(found)


def test_counted_parts_besides_names_added_to_a_count() -> None:
    """ "four divisions in addition to Wick Care, and Glass Care.The divisions are ...", "seven
    offices, as well as an office of Soot Removal (see the chart below):", "three units in
    addition to a Match Store and the Flint Store (FS)": the names after the word that adds
    parts are parts of the body too; an aside that is no acronym, or a full stop with no
    space after it, ends them. Switched off, none is read."""
    text = page(
        """\
        The Bureau of Lantern Safety has four divisions in addition to Wick Care, and Glass
        Care.The divisions are Trimming, Braiding, Dipping and Polishing.

        The Bureau is divided into seven offices, as well as an office of Soot Removal (see
        the chart below):

        The Bureau was restructured around three main units in addition to a Match Store and
        the Flint Store (FS).
        """
    )
    found = offices(extract(text))
    assert found["Wick Care"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Glass Care"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Office of Soot Removal"].found_by == "counted_parts_besides"
    assert found["Match Store"].found_by == "counted_parts_besides"
    assert found["Flint Store"] == Placed(ROOT, "counted_parts_besides", "default_root")
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert not {"Wick Care", "Glass Care", "Office of Soot Removal", "Match Store"} & set(off)


def test_counted_parts_besides_after_the_counted_list() -> None:
    """ "three branches: Trimming; Braiding; and Dipping, along with the Bureau on Matches": the
    counted list ends before "along with", whose name is a part as well. Switched off, the
    last counted name runs on over the word and the name after it."""
    text = page(
        "The Bureau of Lantern Safety was organized into three branches: Trimming; Braiding;"
        " and Dipping, along with the Bureau on Matches."
    )
    found = offices(extract(text))
    assert found["Dipping"].found_by == "enumerated_units"
    assert found["Bureau on Matches"] == Placed(ROOT, "counted_parts_besides", "default_root")
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert "Bureau on Matches" not in off
    assert "Dipping, along with the Bureau on Matches" in off


def test_counted_parts_besides_after_a_short_lead_in() -> None:
    """ "The bureau has three branches: ...": a lead-in of a few words before its colon is a
    label block, read as a paragraph is: the name after "along with" is a part, not lost
    while the counted list is cut before it. Switched off, the last counted name runs on."""
    text = page(
        "The bureau has three branches: Trimming; Braiding; and Dipping, along with the Bureau"
        " on Matches."
    )
    found = offices(extract(text))
    assert found["Dipping"].found_by == "enumerated_units"
    assert found["Bureau on Matches"] == Placed(ROOT, "counted_parts_besides", "default_root")
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert "Bureau on Matches" not in off
    assert "Dipping, along with the Bureau on Matches" in off


def test_counted_parts_besides_the_subjects_body() -> None:
    """In a unit's section, "The Bureau has ..." with the agency's noun alone is the agency's
    sentence; "The Bureau ..." after a unit worded by that noun (the Oil Bureau) is that
    unit's, and a subject that names no unit ("It has ...") leaves the parts to the
    section's unit. Switched off, none of the three is read."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks. The Bureau has three offices in addition to the"
        " Lamp Records Office.",
        "Oil Bureau",
        "The Oil Bureau buys oil. The Bureau has two sections in addition to the Barrel Unit.",
        "Office of Glass Inspection",
        "The office inspects glass. It has two teams as well as the Pane Team.",
    )
    found = offices(extract(text))
    assert found["Lamp Records Office"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Barrel Unit"].parent == "Oil Bureau"
    assert found["Pane Team"].parent == "Office of Glass Inspection"
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert not {"Lamp Records Office", "Barrel Unit", "Pane Team"} & set(off)


def test_counted_parts_besides_a_subject_with_function_words() -> None:
    """ "The Office of Wick Standards has four units in addition to the Soot Desk": the
    subject is the whole name, over its "of", and the desk is that office's part (not the
    agency's, as when the subject was cut at "Office"). Switched off, no desk."""
    text = page(
        "Glass Division",
        "The division mends panes.",
        "Office of Wick Standards",
        "The office sets wick standards.",
        "Notes",
        "The Office of Wick Standards has four units in addition to the Soot Desk.",
    )
    found = offices(extract(text))
    assert found["Soot Desk"] == Placed(
        "Office of Wick Standards", "counted_parts_besides", "counted_parts_besides"
    )
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert "Soot Desk" not in off


def test_counted_parts_besides_not_a_count_of_people() -> None:
    """ "twelve wick keepers, as well as the Match Board": keepers are people, not parts; the
    name after them is no part the count adds to."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        """\
        The Bureau of Lantern Safety employs twelve wick keepers, as well as the Match Board.
        """,
    )
    assert "Match Board" not in offices(extract(text))


def test_counted_parts_besides_not_partners_worked_with() -> None:
    """ "works closely with five agencies, as well as the Town Oil Board": "with" before the
    count makes the sentence one of working with others, and the board a partner, not a
    part (as ``such_as_parts`` reads "works with departments such as ...")."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        """\
        The Bureau of Lantern Safety works closely with five agencies, as well as the Town Oil
        Board.
        """,
    )
    assert not any("Town Oil Board" in name for name in offices(extract(text)))


def test_counted_parts_besides_past_an_abbreviation() -> None:
    """ "as well as the St. Clair Oil Store and the Mt. Hope Desk": an abbreviation's dot
    before a name does not end the names after the word that adds parts; a dot that ends
    the sentence after a letter does ("the Wick Unit B. The unit ..."). Switched off, none
    is read."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        "Notes",
        "The Bureau of Lantern Safety has four divisions, as well as the St. Clair Oil Store"
        " and the Mt. Hope Desk.",
        "The Bureau also has three offices in addition to the Wick Unit B. The unit trims wicks.",
    )
    found = offices(extract(text))
    assert found["St. Clair Oil Store"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Mt. Hope Desk"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Wick Unit B"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert "St" not in found
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert not {"St. Clair Oil Store", "Mt. Hope Desk", "Wick Unit B", "St"} & set(off)


def test_counted_parts_besides_not_a_position() -> None:
    """ "three divisions as well as a Chief Wick Officer": a post is no part the sentence adds
    to the divisions; the sentence gives none of its names."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        """\
        The Bureau of Lantern Safety has three divisions in addition to the Match Unit and a
        Chief Wick Officer.
        """,
    )
    found = offices(extract(text))
    assert "Match Unit" not in found


def test_counted_parts_besides_not_words_in_lower_case() -> None:
    """ "three offices as well as close ties with the Match Board": what follows is no name,
    and the body it mentions is no part."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        """\
        The Bureau of Lantern Safety has three offices as well as close ties with the Match
        Board.
        """,
    )
    found = offices(extract(text))
    assert not any("Match Board" in name for name in found)


def test_counted_parts_besides_not_a_long_title() -> None:
    """ "two offices as well as Nine Keepers Who Trim The Lamps Of The Old Town": a run of
    capitalized words longer than a part's name is a title, not a name."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        "The Bureau of Lantern Safety has two offices as well as Nine Keepers Who Trim The Lamps"
        " Of The Old Town.",
    )
    found = offices(extract(text))
    assert not any("Nine Keepers" in name for name in found)


@pytest.mark.xfail(
    strict=True,
    reason="counted_parts_besides reads names only: parts added in lower case"
    " ('in addition to administration and engineering') are left",
)
def test_counted_parts_besides_names_in_lower_case() -> None:
    text = page(
        """\
        The Bureau of Lantern Safety has four divisions in addition to administration and
        engineering.
        """,
        "Office of Wick Standards",
        "The office sets standards for wicks.",
    )
    assert "administration" in {name.lower() for name in offices(extract(text))}


def test_semicolon_series_the_first_name_after_consists_of() -> None:
    """ "It consists of the Wick Warden's Office, which sets policy; the ...": the first
    piece's name follows any verb of composition ("consists of", "is made up of",
    "including"), not only "includes", so it is read with the others."""
    for verb in ("It consists of", "It is made up of", "Its parts, including"):
        text = page(
            "Wick Directorate",
            f"The Wick Directorate brings together trimming and oil. {verb} the Wick Warden's"
            " Office, which sets policy; the Office of Oil, Glass, and Soot for buying oil; and"
            " the Office of Soot Control focused on soot.",
        )
        found = offices(extract(text))
        assert found["Wick Warden's Office"].parent == "Wick Directorate", verb
        assert found["Office of Soot Control"].parent == "Wick Directorate"
        # the verb's list of parts reads a possessive's office first (possessive_unit_name)
        alone = offices(extract(text, off={"possessive_unit_name"}))
        assert alone["Wick Warden's Office"] == Placed(
            "Wick Directorate", "semicolon_series", "inside_section"
        ), verb


def test_semicolon_series_a_name_headed_by_a_post_is_no_unit() -> None:
    """ "the Director of the Wick Office, who chairs it; the Head of the Oil Unit, ...": each
    name is headed by a post, so the series names posts, not units."""
    text = page(
        "Wick Directorate",
        "The Wick Directorate brings together trimming and oil. Its board includes the Director"
        " of the Wick Office, who chairs it; the Head of the Oil Unit, who keeps its minutes; and"
        " the Chief of the Glass Division, who audits it.",
    )
    found = offices(extract(text))
    assert "Wick Directorate" in found
    assert not any(name.startswith(("Director of", "Head of", "Chief of")) for name in found)


def test_semicolon_series_a_place_after_a_whole_name() -> None:
    """ "the Oil Office, Lampshire, for buying oil": a comma after a name that ends in a unit
    noun ends the name (the place after it is no field of the name); "the Office of Oil,
    Glass, and Soot" keeps its enumerated fields."""
    text = page(
        "Wick Directorate",
        "The Wick Directorate brings together trimming and oil. It includes the Wick Warden's"
        " Office, which sets policy; the Oil Office, Lampshire, for buying oil; the Office of"
        " Oil, Glass, and Soot to mend lamps; and the Glass Office in Oilby.",
    )
    found = offices(extract(text))
    assert found["Oil Office"].parent == "Wick Directorate"
    assert "Oil Office, Lampshire" not in found
    assert "Office of Oil, Glass, and Soot" in found


SERIES_PARTS = ("Wick Supply", "Oil and Glass", "Posts", "Soot Removal")


def test_semicolon_named_series_each_department_including() -> None:
    """ "... the managers of each department, including Wick Supply; Oil and Glass; Posts; and
    Soot Removal.": the unit noun before "including" says what the pieces are, the
    semicolons part them, so each is a unit whatever its words, of the section's unit (the
    page's outside any unit's section); with the rule off none is read."""
    sentence = (
        "The Lamp Warden supervises the managers of each department, including Wick Supply;"
        " Oil and Glass; Posts; and Soot Removal."
    )
    found = offices(extract(page(sentence)))
    for name in SERIES_PARTS:
        assert found[name] == Placed(ROOT, "semicolon_named_series", "default_root"), name
    under = offices(extract(page("Office of Wick Standards", sentence)))
    assert under["Posts"] == Placed(
        "Office of Wick Standards", "semicolon_named_series", "inside_section"
    )
    off = offices(
        extract(page("Office of Wick Standards", sentence), off={"semicolon_named_series"})
    )
    assert not set(SERIES_PARTS) & set(off)


def test_semicolon_named_series_a_name_with_commas_and_the_body_before_the_noun() -> None:
    """ "Wick Division bureaus encompass Wick, Oil, and Glass; Soot Removal; ...": a comma
    inside a piece is its name's own, and the series' units belong to the unit named before
    the noun, a unit found."""
    text = page(
        "The Wick Division trims the wicks. Wick Division bureaus encompass Wick, Oil, and"
        " Glass; Soot Removal; Match Supply; and Post Repair."
    )
    found = offices(extract(text))
    assert found["Wick, Oil, and Glass"] == Placed(
        "Wick Division", "semicolon_named_series", "semicolon_named_series"
    )
    assert found["Post Repair"].parent == "Wick Division"
    assert "Wick" not in found
    off = offices(extract(text, off={"semicolon_named_series"}))
    assert "Wick, Oil, and Glass" not in off
    assert "Soot Removal" not in off


def test_semicolon_named_series_a_noun_of_no_body() -> None:
    """What a body offers ("programs including ...") or a noun of no body ("each lamp,
    including ...") announces no units."""
    for opening in ("The Bureau runs programs including", "It repairs each lamp, including"):
        text = page(
            "Office of Wick Standards",
            f"{opening} Wick Supply; Oil and Glass; Posts; and Soot Removal.",
        )
        found = offices(extract(text))
        assert "Office of Wick Standards" in found
        assert not set(SERIES_PARTS) & set(found), opening


def test_semicolon_named_series_partners_are_no_parts() -> None:
    """ "works closely with other departments, including ...": the bodies a unit works with
    are its partners, not its parts."""
    text = page(
        "Office of Wick Standards",
        "The office works closely with other departments, including Wick Supply; Oil and"
        " Glass; Posts; and Soot Removal.",
    )
    found = offices(extract(text))
    assert "Office of Wick Standards" in found
    assert not set(SERIES_PARTS) & set(found)


@pytest.mark.parametrize("noun", ["service", "program"])
def test_semicolon_named_series_each_service(noun: str) -> None:
    """ "each service, including ...", "each program, including ...": the singular of what a
    body offers announces no units, as its plural does."""
    text = page(
        "Office of Wick Standards",
        f"The office oversees each {noun}, including Wick Supply; Oil and Glass; Posts; and"
        " Soot Removal.",
    )
    found = offices(extract(text))
    assert "Office of Wick Standards" in found
    assert not set(SERIES_PARTS) & set(found), noun


def test_semicolon_named_series_partners_anywhere_in_the_clause() -> None:
    """ "works closely with the leaders of other departments, including ...": the verb of
    working with, more than three words before the noun, still makes the bodies partners."""
    text = page(
        "Office of Wick Standards",
        "The office works closely with the leaders of other departments, including Wick"
        " Supply; Oil and Glass; Posts; and Soot Removal.",
    )
    found = offices(extract(text))
    assert "Office of Wick Standards" in found
    assert not set(SERIES_PARTS) & set(found)


@pytest.mark.parametrize(
    ("first", "name"), [("Église Repair", "Église Repair"), ("Wick Supply (WKSP)", "Wick Supply")]
)
def test_semicolon_named_series_a_capital_of_any_alphabet_or_an_acronym(
    first: str, name: str
) -> None:
    """A piece whose capital is no ASCII letter ("Église Repair") or that ends in its acronym
    ("Wick Supply (WKSP)") is a name of the series; the series is read, that name included."""
    text = page(
        "Office of Wick Standards",
        f"The office oversees each department, including {first}; Oil and Glass; Posts;"
        " and Soot Removal.",
    )
    found = offices(extract(text))
    assert found[name] == Placed(
        "Office of Wick Standards", "semicolon_named_series", "inside_section"
    )
    assert found["Posts"].parent == "Office of Wick Standards"
    off = offices(extract(text, off={"semicolon_named_series"}))
    assert name not in off


def test_semicolon_named_series_a_later_opening() -> None:
    """The first opening in the sentence names no series ("its staff are ..."), a later one
    does: every opening is tried."""
    text = page(
        "Office of Wick Standards",
        "Its wardens are Ann Wick and Bo Oil, and it oversees each department, including Wick"
        " Supply; Oil and Glass; Posts; and Soot Removal.",
    )
    found = offices(extract(text))
    assert found["Posts"].parent == "Office of Wick Standards"


def test_semicolon_named_series_a_clause_or_a_long_piece() -> None:
    """A piece that goes on past its name ("Wick Supply, which trims the wicks") or a long
    one (more than eight words) is no name, and the series names no unit."""
    for first in (
        "Wick Supply, which trims the wicks",
        "Wick Supply and Trimming for the Lamps of the Northern Towns",
    ):
        text = page(
            "Office of Wick Standards",
            f"The office oversees each department, including {first}; Oil and Glass; Posts;"
            " and Soot Removal.",
        )
        found = offices(extract(text))
        assert "Office of Wick Standards" in found
        assert not set(SERIES_PARTS) & set(found), first


@pytest.mark.xfail(
    strict=True,
    reason="a body's programs counted before a colon ('is comprised of three programs: A; B;"
    " and C') are what it offers to semicolon_named_series (programs announce no units),"
    " though a budget's programs may be its units; one development page"
    " (us_la_executive_branch_departments, b13), left",
)
def test_semicolon_named_series_a_count_of_programs() -> None:
    text = page(
        "The Lamp Division is headed by the Warden and is comprised of three programs: Wick"
        " Administration; Oil and Glass Grants; and Auxiliary."
    )
    found = offices(extract(text))
    for name in ("Wick Administration", "Oil and Glass Grants", "Auxiliary"):
        assert found[name].parent == "Lamp Division", name


def test_semicolon_named_series_left_open_or_two_pieces() -> None:
    """A series with no "and" before its last piece is left open ("...; Posts; Soot
    Removal."), and two pieces ("Wick Supply; and Posts") are no series of names: neither
    names units."""
    for series in ("Wick Supply; Oil and Glass; Posts; Soot Removal", "Wick Supply; and Posts"):
        text = page(
            "Office of Wick Standards",
            f"The office oversees each department, including {series}.",
        )
        found = offices(extract(text))
        assert "Office of Wick Standards" in found
        assert not set(SERIES_PARTS) & set(found), series


def test_contact_heading_over_units_bureaus_and_contacts() -> None:
    """ "Bureaus & Contacts" names units beside their contacts: the sections under it are
    the divisions, not contact details."""
    page = (
        "<h1>Lamp Court Keepers</h1><h2>Bureaus &amp; Contacts</h2>"
        "<h3>Wick Ledgers Division</h3>"
        "<p>The Wick Ledgers Division keeps the records of the wick courts.</p>"
        "<h3>Oil Supplies Division</h3><p>The division supplies oil to the courts.</p>"
    )
    found = offices(extract(page, html=True))
    assert found["Wick Ledgers Division"].parent == "Lamp Court Keepers"
    assert "Oil Supplies Division" in found
    with pytest.raises(NoStructureError):  # before: read as contact details, page refused
        extract(page, html=True, off={"contact_heading_over_units", "unit_names_in_text"})


def test_contact_heading_over_units_menu_link_over_unit_sections() -> None:
    """A "Contact Us" menu link read as a heading over the page's sections headed by units'
    names ("Division of Wicks", "Department of Lamp Oil") does not make them contact
    details."""
    page = (
        "<p>The Official Website of Lampshire</p><h2>Contact Us</h2>"
        "<h3>Departments of the Lamp Branch</h3><h4>Division of Wicks</h4>"
        "<p>DW, a division serving under the Warden, trims the wicks of the state.</p>"
        "<h4>Department of Lamp Oil</h4>"
        "<p>DLO, a department under the Oil Keeper, stores the lamp oil.</p>"
    )
    assert "Division of Wicks" in offices(extract(page, html=True))
    with pytest.raises(NoStructureError):  # before: read as contact details, page refused
        extract(page, html=True, off={"contact_heading_over_units", "unit_names_in_text"})


def test_contact_heading_over_units_leaves_one_contact_line() -> None:
    """One section under "Contact Us" ("Staff Directory") is a line of contact details."""
    page = (
        "<h1>Lamp Court Keepers</h1>"
        "<p>The Wick Ledgers Division keeps the records. The Oil Supplies Division supplies"
        " oil.</p><h2>Contact Us</h2><h3>Staff Directory</h3>"
        "<p>Call 555-0100 for the staff directory.</p>"
    )
    assert "Staff Directory" not in offices(extract(page, html=True))


def test_contact_heading_over_units_leaves_contact_details_that_name_an_office() -> None:
    """Two headings under "Contact Us" worded as contact details ("Lamp Office Opening Hours", "Lamp
    Office Mailing Address") are the contact details, though each names an office."""
    page = (
        "<h1>Lamp Bureau</h1><p>The Lamp Bureau keeps the lamps lit.</p>"
        "<h2>Wick Division</h2><p>The Wick Division trims wicks.</p>"
        "<h2>Oil Division</h2><p>The Oil Division buys oil.</p>"
        "<h2>Contact Us</h2><h3>Lamp Office Opening Hours</h3><p>Monday to Friday, 8 to 5.</p>"
        "<h3>Wick Office Mailing Address</h3><p>Box 12, Lampton.</p>"
    )
    found = offices(extract(page, html=True))
    assert "Lamp Office Opening Hours" not in found and "Wick Office Mailing Address" not in found
    assert found["Oil Division"].parent == "Lamp Bureau"


def test_long_name_among_parts_a_long_name_beside_short_ones() -> None:
    """In a list of a unit's parts under its heading, most items short names, a longer name
    in title case is one more part; a list that names a document's parts ("Mission and
    Responsibilities") beside a long name is no unit's parts list."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Office of Wicks and Glass

          • Wick Care
          • Glass Works
          • Lamp Network on Glass Standards and Wick Safety
          • Oil Supply

        Glass Division

          • Mission and Responsibilities
          • Order of Succession
          • Duties and Powers of the Lamp Service Wardens
        """)
    found = offices(extract(text))
    long_name = "Lamp Network on Glass Standards and Wick Safety"
    assert found[long_name].parent == "Office of Wicks and Glass"
    assert found["Wick Care"].parent == "Office of Wicks and Glass"
    assert "Duties and Powers of the Lamp Service Wardens" not in found
    assert "Order of Succession" not in found
    off = offices(extract(text, off={"long_name_among_parts"}))
    assert long_name not in off and "Wick Care" not in off


def test_long_name_among_parts_a_link_to_the_page_furniture() -> None:
    """A long item that names the page's furniture ("Downloads and Publications of the Lamp
    Permit Desk") beside two short names is a link, not a long part, and the list is no
    list of parts."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Office of Wicks and Glass

          • Wick Care
          • Glass Works
          • Downloads and Publications of the Lamp Permit Desk
        """)
    found = offices(extract(text))
    assert "Downloads and Publications of the Lamp Permit Desk" not in found


def test_long_name_among_parts_a_long_post_among_holders() -> None:
    """A long item whose head is a post ("Deputy Warden of the Office of Wicks and Glass")
    beside two holders' names is no long part: the list names people, not parts."""
    text = dedent("""\
        Lamp Service

        The Lamp Service keeps the town's lamps lit.

        Office of Wicks and Glass

          • Bram Tolley
          • Jane Doe
          • Deputy Warden of the Office of Wicks and Glass
        """)
    found = offices(extract(text))
    assert "Deputy Warden of the Office of Wicks and Glass" not in found
    assert "Bram Tolley" not in found


def test_subject_peers_a_bare_name_among_parts_described_alike() -> None:
    """In a run of paragraphs each opening with a part of the Wick Division and what it
    does, a paragraph opening with a bare name in title case and a verb of function names
    one more part; "is" alone after a name ("Mediation is ...") names none."""
    text = dedent("""\
        Lamp Bureau

        Wick Division

        The Wick Division trims the wicks of the town.

        The Division consists of the following sections:

        Wick Supply Office (WSO) provides the wicks for every lamp.

        Wick Ledger Unit maintains the wick books.

        Cart Yard oversees the carts that carry the wicks.

        Trimming is a careful task done at night.

        Promptly oversees the night rounds of the keepers.
        """)
    found = offices(extract(text))
    assert "Promptly" not in found  # an adverb, the subject left out
    assert found["Wick Supply Office"].parent == "Wick Division"
    assert found["Cart Yard"].parent == "Wick Division"
    assert found["Cart Yard"].found_by == "subject_peers"
    assert "Trimming" not in found
    off = offices(extract(text, off={"subject_peers"}))
    assert "Cart Yard" not in off


def test_subject_peers_a_person_described_as_the_parts_are() -> None:
    """A paragraph among the parts' paragraphs that opens with a person's name and a verb
    of function ("Bram Tolley oversees the carts ...") and goes on with "He" is about a
    person, not one more part."""
    text = dedent("""\
        Lampton Wick Authority

        The Wick Supply Office provides wicks to every lamp in the town.

        The Oil Records Office maintains the ledgers of the oil stores.

        Bram Tolley oversees the carts and the yard of the authority. He joined the guild in 1990.

        Cart Yard maintains the carts of the authority.
        """)
    found = offices(extract(text))
    assert "Bram Tolley" not in found
    assert found["Cart Yard"].found_by == "subject_peers"
    assert found["Cart Yard"].parent == "Lampton Wick Authority"


def test_subject_peers_a_place_described_as_the_parts_are() -> None:
    """A paragraph among the parts' paragraphs that opens with a place's government and a
    verb of function ("Lampton County provides ...", "City of Wickford maintains ...")
    names a body the parts work with, not one more part."""
    text = dedent("""\
        Lampton Wick Authority

        The Wick Supply Office provides wicks to every lamp in the town.

        The Oil Records Office maintains the ledgers of the oil stores.

        Lampton County provides the land for the oil stores.

        City of Wickford maintains the lamp posts on its streets.

        Cart Yard maintains the carts of the authority.
        """)
    found = offices(extract(text))
    assert "Lampton County" not in found and "City of Wickford" not in found
    assert found["Cart Yard"].found_by == "subject_peers"


def test_subject_peers_parts_described_alike_with_none_named_yet() -> None:
    """Paragraphs (or the items of one list) that each open with a bare name and what it
    does, three or more and most of the run, are the parts of the unit whose page or
    section holds them, though none of them is a unit found already: verbs beyond those of
    function ("consists of", "must provide", "obtains") and a unit noun in a name ("Wick
    Administration") too. A list of noun phrases ("Process support") describes nothing."""
    text = dedent("""\
        Lamp Keeping Department

        Wick Administration is responsible for the accounts of the department.

        Glass Engineering consists of the design of every lamp globe in the town.

        Snow Lamps must provide light on the roads throughout the winter.

        Oil Supply obtains the oil for the lamps from the harbour.

        Request help

        - Maps support
        - Process support
        - Training needs
        """)
    found = offices(extract(text))
    assert found["Wick Administration"].parent == "Lamp Keeping Department"
    for name in ("Glass Engineering", "Snow Lamps", "Oil Supply"):
        assert found[name].found_by == "subject_peers"
        assert found[name].parent == "Lamp Keeping Department"
    assert "Maps" not in found and "Process" not in found
    off = offices(extract(text, off={"subject_peers"}))
    assert "Glass Engineering" not in off and "Oil Supply" not in off
    duties = dedent("""\
        Lamp Bureau

        The bureau:

        Investigates referrals from the keepers of the town.

        Employs trimmers for the night rounds.

        Reviews claims of the keepers.

        The Wick Office trims the wicks.
        """)
    found = offices(extract(duties))
    assert "Investigates" not in found and "Reviews" not in found  # verbs, no names


def test_subject_peers_a_list_of_titles_with_no_full_stop() -> None:
    """Where no part is named yet, list items that are titles with no full stop ("Lamp
    Safety tips for the winter months", a resources list of links) describe no parts: their
    plural noun after a name ("tips", "rules", "videos") is no verb."""
    text = dedent("""\
        Lamp Keeping Department

        The Lamp Keeping Department keeps the town's lamps lit. It has a Wick Division.

        Resources

        - Lamp Safety tips for the winter months
        - Oil Storage rules for households and keepers
        - Glass Cleaning basics for new keepers
        - Wick Trimming videos from the training days
        """)
    found = offices(extract(text))
    assert "Wick Division" in found
    assert not {"Lamp Safety", "Oil Storage", "Glass Cleaning", "Wick Trimming"} & set(found)


def test_subject_peers_people_serving_as_posts() -> None:
    """Paragraphs that each open with a person's name and the post the person serves as
    ("Mary Tallow serves as the director of ...") describe people, not parts, even where
    no pronoun follows; a part that acts as something else ("Wick Care acts as the point
    of contact ...") is still a part."""
    text = dedent("""\
        Lamp Keeping Department

        The Lamp Keeping Department keeps the town's lamps lit. It has a Wick Division.

        Leadership

        Mary Tallow serves as the director of the department since 2019.

        Bram Wickes serves as the deputy director of the department.

        Rosa Globe serves as the chief of the glass works of the department.
        """)
    found = offices(extract(text))
    assert "Wick Division" in found
    assert not {"Mary Tallow", "Bram Wickes", "Rosa Globe"} & set(found)


def test_subject_peers_documents_described_alike() -> None:
    """Paragraphs that each open with a document's name and what it requires ("Lamp Act
    requires ...", "Wick Code establishes ...") describe laws, not parts."""
    text = dedent("""\
        Lamp Keeping Department

        The Lamp Keeping Department keeps the town's lamps lit. It has a Wick Division.

        Laws

        Lamp Act requires every keeper to trim the wicks.

        Oil Regulation sets the price of the oil each year.

        Wick Code establishes the length of every wick.

        Glass Rules define the thickness of the globes.
        """)
    found = offices(extract(text))
    assert "Wick Division" in found
    assert not {"Lamp Act", "Oil Regulation", "Wick Code", "Glass Rules"} & set(found)


def test_subject_peers_list_items_described_alike_under_a_count() -> None:
    """The items of a list that each open with a bare name and what it does name the parts
    of the section's unit ("Wick Supply obtains ...", "Oil Levy Administration administers
    ..."); a plural noun before the verb ends no name ("Glass services consists of ...")."""
    text = dedent("""\
        Lamp Bureau

        The bureau consists of three programs.

        - Wick Supply obtains the wicks for every lamp of the town.
        - Oil Levy Administration administers the collection of the oil levy.
        - Glass Care provides new globes to the keepers.

        Glass services consists of the lamp works and the soot yard.
        """)
    found = offices(extract(text))
    assert found["Oil Levy Administration"].parent == "Lamp Bureau"
    for name in ("Wick Supply", "Glass Care"):
        assert found[name].found_by == "subject_peers"
        assert found[name].parent == "Lamp Bureau"
    assert "Glass" not in found
    off = offices(extract(text, off={"subject_peers"}))
    assert "Wick Supply" not in off


def test_plural_noun_of_series_names_each_part() -> None:
    """ "the divisions of A, B, and C" after a verb of composition names "Division of A",
    "Division of B" and "Division of C"; "three units of A, B and C" names the fields alone;
    departments named in passing ("coordinates with the Departments of ...") are none."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau is composed of the divisions of Wick Care, Glass Works, and Oil Supply.

        There are also three specialized units of Soot Removal, Lamp Audit and Night Rounds.

        The Office of Lamp Records (OLR) keeps the books. The Wick Yard Office (WYO) stores wicks.

        The Bureau coordinates its work with the Departments of Harbour Lights and Candle Making.
        """)
    found = offices(extract(text))
    for name in ("Division of Wick Care", "Division of Glass Works", "Division of Oil Supply"):
        assert found[name].found_by == "plural_noun_of_series"
        assert found[name].parent == "Lamp Bureau"
    for name in ("Soot Removal", "Lamp Audit", "Night Rounds"):
        assert name in found
    assert not any("Harbour" in name or "Candle" in name for name in found)
    off = offices(extract(text, off={"plural_noun_of_series"}))
    assert "Division of Wick Care" not in off and "Lamp Audit" not in off


def test_plural_noun_of_series_verb_of_another_clause() -> None:
    """A verb of composition in an earlier clause, or "over" as a preposition of time, does
    not make a list named in passing the body's parts; the verb right before the list does."""
    head = dedent("""\
        Lamp Bureau

        Wick Care Office

        The Wick Care Office trims the wicks of the town.

        Oil Supply Office

        The Oil Supply Office buys the oil.

        """)
    passing = (
        "The Lamp Bureau, which includes the Wick Care Office, coordinates with the"
        " Departments of Lamp Safety and Glass Works on every repair.\n\nOver the years the"
        " Lamp Bureau has worked with the offices of Soot Removal, Match Stores and Oil Audit.\n"
    )
    found = offices(extract(head + passing))
    assert not any(name.startswith(("Department of", "Office of")) for name in found), found
    parts = "The Lamp Bureau is composed of the divisions of Lamp Safety and Glass Works.\n"
    assert offices(extract(head + parts))["Division of Glass Works"].parent == "Lamp Bureau"


def test_governing_board_named_in_prose_is_a_unit() -> None:
    """A body's governing board named in its prose after "a" or "the" is a unit of the body;
    a board "of" another body is not."""
    text = dedent("""\
        Lamp Trust

        The Lamp Trust is managed by a Board of Management and a Supervisory Board.

        Office of Wick Care

        The Office of Wick Care trims the wicks.
        """)
    found = offices(extract(text))
    for name in ("Board of Management", "Supervisory Board"):
        assert found[name].found_by == "governing_board"
        assert found[name].parent == "Lamp Trust"
    off = offices(extract(text, off={"governing_board"}))
    assert "Board of Management" not in off and "Supervisory Board" not in off
    another = text.replace(
        "The Lamp Trust is managed by a Board of Management and a Supervisory Board.",
        "The Lamp Trust reports to the Supervisory Board of the Oil Guild.",
    )
    assert "Supervisory Board" not in offices(extract(another))


PROSE_SUBJECT_BESIDE_HEADINGS = dedent("""\
    # Lamp Works

    The Lamp Works keeps the lamps of the town. The Wick Division provides the wicks for \
    every street lamp. Our staff work closely with the Office of Oil Supply. The Lamp Works \
    Office manages the budget.

    ## Glass Office

    The office polishes the glass.

    ## Soot Bureau

    The bureau sweeps the soot.
    """)


def test_prose_subject_beside_headings_a_unit_opening_a_sentence_of_the_intro() -> None:
    """ "The Wick Division provides the wicks ...": on a page whose units have headings, a
    unit that opens a sentence of its prose as the subject of a verb of function is a unit
    too; "the Office of Oil Supply", the object of "with", is not, nor "The Lamp Works
    Office", the page's agency named again."""
    found = offices(extract(PROSE_SUBJECT_BESIDE_HEADINGS, markdown=True))
    assert {"Glass Office", "Soot Bureau"} <= set(found)
    assert found["Wick Division"].found_by == "prose_unit"
    assert not {"Office of Oil Supply", "Lamp Works Office"} & set(found), set(found)
    off = offices(
        extract(PROSE_SUBJECT_BESIDE_HEADINGS, markdown=True, off={"prose_subject_beside_headings"})
    )
    assert "Wick Division" not in off


VERB_BY_ITS_ENDING = dedent("""\
    # Lamp Works

    The Wick Division hears complaints about dim lamps. The Glass Unit receives broken \
    panes from every street.

    ## Soot Bureau

    The bureau sweeps the soot.
    """)


def test_verb_by_its_ending_a_unit_opening_a_sentence_with_any_verb() -> None:
    """ "The Wick Division hears complaints ...": a verb no rule lists, known by its ending
    after "The" and a unit named in full, makes the unit the subject of what it does, as a
    verb of function does."""
    found = offices(extract(VERB_BY_ITS_ENDING, markdown=True))
    assert found["Wick Division"] == Placed("Lamp Works", "prose_unit", "default_root")
    assert found["Glass Unit"] == Placed("Lamp Works", "prose_unit", "default_root")
    assert "Soot Bureau" in found
    off = offices(extract(VERB_BY_ITS_ENDING, markdown=True, off={"verb_by_its_ending"}))
    assert not {"Wick Division", "Glass Unit"} & set(off), set(off)
    assert "Soot Bureau" in off


@pytest.mark.parametrize(
    "sentence",
    [
        "The Oil Division employees are paid weekly.",  # a plural noun before "are"
        "The Oil Division branches trim the wicks.",  # a plural unit noun
        "The Oil Division status changed in the spring.",  # a noun in "-us"
        "The Oil Division was closed in the spring.",  # an auxiliary
        "Who trims the wicks? Oil Division trims them.",  # no "The" before the subject
        "Who trims the wicks? The Oil division trims them.",  # no capitalized unit noun
        "The Oil Depot trims the wicks.",  # no unit noun last
    ],
)
def test_verb_by_its_ending_not_a_verb_or_no_unit_in_full(sentence: str) -> None:
    """A word in "-s" after the name that is a plural noun, an adverb or an auxiliary, and a
    subject without "The" at the sentence's opening or a capitalized unit noun last, make no
    unit of the sentence's subject."""
    text = VERB_BY_ITS_ENDING.replace("The Glass Unit receives broken", sentence + " Broken")
    found = offices(extract(text, markdown=True))
    assert "Wick Division" in found
    assert not {"Oil Division", "Oil division", "Oil Depot"} & set(found), set(found)


def test_governing_board_of_another_body_after_for_or_at() -> None:
    """A board "for" or "at" another body by its name, as a holder's biography names one
    ("served on the Supervisory Board at Lampton Oil Company"), is no board of the page's
    body; one "at its head" is."""
    text = dedent("""\
        Lamp Trust

        The Lamp Trust keeps the lamps of the town lit.

        Bram Tolley, Warden

        Bram Tolley served on the Supervisory Board at Lampton Oil Company and on the Board of Management for the Wick Fund before joining the trust.
        """)
    found = offices(extract(text))
    assert "Supervisory Board" not in found and "Board of Management" not in found
    own = text.replace(
        "Bram Tolley served",
        "The Lamp Trust has a Board of Management at its head. Bram Tolley served",
    )
    assert offices(extract(own))["Board of Management"].found_by == "governing_board"


def test_series_posts_the_posts_a_series_of_composition_names_are_units() -> None:
    text = page(
        "Officers of the Lamp House",
        "They include the Counselor to the Warden, the Wick Clerk, the Lamp Curator, the "
        "Director of Oil Technology, and the Public Lamp Officer.",
    )
    found = offices(extract(text))
    assert found["Director of Oil Technology"].found_by == "enumerated_units"
    assert found["Public Lamp Officer"].found_by == "enumerated_units"
    off = offices(extract(text, off={"series_posts"}))
    assert "Director of Oil Technology" not in off


def test_series_posts_not_a_series_of_members() -> None:
    text = page(
        "Officers of the Lamp House",
        "The Warden's direct reports consist of four staff members: the Counselor to the "
        "Warden, the Wick Clerk, the Director of Oil Technology, and the Public Lamp Officer.",
    )
    assert "Director of Oil Technology" not in offices(extract(text))


def test_enumerated_units_shared_noun_after_a_last_item_with_its_own_and() -> None:
    """A series after a shared plural unit noun whose last item holds its own "and" ("Wick
    Resource, Soot Counting and Public Oil and Civic Glass Units"): the first "and" ends the
    series (``shared_noun_after_verb``); it was an xfail before that rule."""
    text = page(
        "The Wick Office comprises of Wick Resource, Soot Counting, Lamp Administration and Public "
        "Oil and Civic Glass Units."
    )
    found = offices(extract(text))
    assert "Soot Counting Unit" in found
    assert "Public Oil and Civic Glass Unit" in found


def test_composition_participle_including_after_a_word_for_staff() -> None:
    """ "other staff including A, B, C and the D": "including" after a word for a body's staff
    or a plural unit noun opens a series of units as "includes" does."""
    text = page(
        "The Warden is supported by two deputies and other staff including the Soot Records "
        "Office, Wick Auditing, Lamp Affairs and the Oil Bulletin Service."
    )
    assert "Wick Auditing" in offices(extract(text))
    assert "Wick Auditing" not in offices(extract(text, off={"composition_participle"}))


def test_composition_participle_including_after_other_words_lists_no_units() -> None:
    """ "programs for families including A, B and C": after a word for no staff and no unit,
    "including" lists programs or topics."""
    text = page(
        "The Wick Division trains the local staff who work in programs for families including "
        "Wick Welfare, Lamp Support, Soot Relief and the Oil Help Service."
    )
    assert "Oil Help Service" not in offices(extract(text))


def test_composition_participle_including_after_the_object_of_works_with() -> None:
    """ "works with partner organizations, including A, B and C": the plural noun is the
    object of a verb of working with, so "including" lists partners, not parts."""
    text = page(
        "The Bureau works with partner organizations, including the Wick Trust, the Oil "
        "Council and the Glass Guild Office."
    )
    found = offices(extract(text))
    assert "Wick Trust" not in found
    assert "Oil Council" not in found


def test_dashed_parts_after_the_object_of_works_with() -> None:
    """ "works with other departments – A, B, and C –": the plural noun is the object of a
    verb of working with, so the names between the dashes are partners, not parts."""
    text = page(
        "The Wick Office keeps the wicks trimmed.",
        "The Bureau works with other departments – the Department of Oil, the Department of "
        "Glass, and the Department of Soot – to keep the lamps lit.",
    )
    assert "Department of Glass" not in offices(extract(text))


def test_enumerated_units_what_a_unit_houses_is_no_part_unless_worded_as_a_unit() -> None:
    """ "The office is home to the Lamp Collection", "It houses the Wick Archives and the Oil
    Library": what a unit houses or contains is as often a collection, a room or records; only
    a name worded as a unit is its part ("It houses the Wick Braiding Division")."""
    text = page(
        "Office of Wick Standards",
        "The office is home to the Lamp Collection, which holds old lamps.",
        "It houses the Wick Archives and the Oil Library.",
        "It also houses the Wick Braiding Division, which braids wicks.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert "Lamp Collection" not in found
    assert "Oil Library" not in found
    assert found["Wick Braiding Division"].parent == "Office of Wick Standards"


def test_shared_noun_after_the_object_of_works_with() -> None:
    """ "works closely with the Oil Supply and Glass Mending Divisions": a list named in passing
    as the object of a verb of working with names partners, not the page's units."""
    text = page(
        "The Wick Office keeps the wicks trimmed.",
        "The Bureau works closely with the Oil Supply and Glass Mending Divisions.",
    )
    found = offices(extract(text))
    assert "Glass Mending Division" not in found
    assert "Oil Supply Division" not in found


def test_shared_unit_noun_a_qualifier_before_the_shared_noun() -> None:
    """ "the Ash Hill and Flue Bend Field Units": the word that qualifies the shared noun
    belongs to every part, not to the last part's name."""
    text = page(
        "The Wick Office keeps the wicks trimmed.",
        "The Ash Hill and Flue Bend Field Units serve the keepers of the valley.",
    )
    found = offices(extract(text))
    assert "Ash Hill Field Unit" in found
    assert "Ash Hill Office" not in found
    assert "Flue Bend Field Unit" in found


def test_enumerated_units_and_the_before_the_last_name() -> None:
    """ "the Wick Office, the Oil Office and the Glass Office" with no comma before "and":
    "and the" between names that each take "the" joins two names, in a colon list and in a
    list set off by dashes."""
    for listed in (
        "The bureau has the following offices: the Wick Office, the Oil Office and the Glass "
        "Office.",
        "The bureau's offices – the Wick Office, the Oil Office and the Glass Office – serve "
        "the valley.",
    ):
        found = offices(extract(page("The Wick Office keeps the wicks trimmed.", listed)))
        assert "Oil Office and the Glass Office" not in found
        assert "Glass Office" in found


def test_governing_board_a_board_a_person_served_on() -> None:
    """A board a person "served on", with nothing after it, is a biography's seat on some
    other body's board, not the page's own board."""
    text = dedent("""\
        Lamp Trust

        The Lamp Trust keeps the lamps of the town lit.

        Bram Tolley, Warden

        Before joining the trust, Bram Tolley served on the Board of Management.
        """)
    found = offices(extract(text))
    assert "Board of Management" not in found


def test_plural_noun_copula_its_divisions_are_bare_names() -> None:
    """ "Its divisions are A, B and C": a plural unit noun as the subject of "are" says what
    the names after it are, bare names too; without the rule no reader takes "are" as a verb
    of composition."""
    text = page(
        "Office of Lamp Care",
        "The office keeps lamps. Its divisions are Wick Care, Oil Supply and Glass Repair.",
        "Office of Glass",
        "The office cuts glass.",
    )
    found = offices(extract(text))
    assert found["Oil Supply"].parent == "Office of Lamp Care"
    assert found["Oil Supply"].found_by == "plural_noun_copula"
    assert "Oil Supply" not in offices(extract(text, off={"plural_noun_copula"}))


def test_plural_noun_copula_a_colon_after_the_verb() -> None:
    """ "The departments are:- Wicks, Oil Supply and Glass Repair": a colon (with the dash
    some pages set after it) between the verb and the names changes nothing."""
    for colon in (":", ":-"):
        text = page(
            "Office of Lamp Care",
            f"The office keeps lamps. The departments are{colon} Wicks, Oil Supply and Glass Repair.",
            "Office of Glass",
            "The office cuts glass.",
        )
        found = offices(extract(text))
        assert found["Oil Supply"].parent == "Office of Lamp Care"
        assert found["Glass Repair"].found_by == "plural_noun_copula"
        assert "Oil Supply" not in offices(extract(text, off={"plural_noun_copula"}))


def test_plural_noun_copula_the_bureaus_include_a_name_without_unit_noun() -> None:
    """ "The bureaus are the Bureau of Wicks, the Bureau of Oil and the Glass Institute", "The
    Lamp Board's Departments include ...": each name is one of the units, "the Glass
    Institute" too; a series of posts ("Its offices are the Warden and the Deputy Warden")
    names no unit."""
    text = page(
        "The Lamp Board keeps the town's lamps.",
        "The bureaus are the Bureau of Wicks, the Bureau of Oil and the Glass Institute.",
        "The Lamp Board's Departments include Wick Keeping, Flue Sweeping and the Oil Office.",
        "Its offices are the Chief Warden and the Deputy Warden.",
    )
    found = offices(extract(text))
    assert "Glass Institute" in found
    assert "Flue Sweeping" in found
    assert "Chief Warden" not in found
    off = offices(extract(text, off={"plural_noun_copula"}))
    assert "Glass Institute" not in off
    assert "Flue Sweeping" not in off


@pytest.mark.xfail(
    reason="in a unit's section, a series in the subject placed in another body than the "
    "section's unit ('The A Unit, the B Office and the C Unit are attached to the Office of "
    "the Warden' under 'Office of Lamp Care') is read only in an introduction or on a page "
    "without unit headings (placed_in_own_unit reads it when the body is the section's unit)",
    strict=True,
)
def test_enumerated_units_subject_series_in_a_section() -> None:
    text = page(
        "Office of Lamp Care",
        "The office keeps lamps. The Wick Audit Unit, Office of Soot Risk, Oil Relations Unit "
        "and the Office of Glass Evaluation are attached to the Office of the Warden.",
        "Office of Glass",
        "The office cuts glass.",
    )
    assert "Office of Soot Risk" in offices(extract(text))


@pytest.mark.xfail(
    reason="bare names after 'is responsible for' ('The Chief Oil Officer is responsible for "
    "Oil Administration, Wick Budgets, Soot Revenue, ...') are read as duties; reading them "
    "as oversight_list reads 'oversees' was tried: 1 development page better, 1 worse",
    strict=True,
)
def test_oversight_list_bare_names_after_responsible_for() -> None:
    text = page(
        "The Chief Oil Officer is responsible for Oil Administration, Wick Budgets, Soot "
        "Revenue, Lamp Expenditure and Glass Supply Management."
    )
    assert "Soot Revenue" in offices(extract(text))


LAMP_CARE_PARTS = dedent("""\
    Lamp Bureau

    The Lamp Bureau keeps the town's lamps lit.

    Lamp Care Services

      • Glass Care
      • Oil Yard
      • Wick supply
      • Soot Removal
    """)


def test_sentence_case_among_parts_one_name_in_lower_case() -> None:
    """ "Wick supply" among "Glass Care", "Oil Yard", "Soot Removal": one part's name typed in
    sentence case under a heading worded as a unit does not lose the other parts; under a
    heading that names no unit ("Areas of Focus") such a list is still no list of parts."""
    text = LAMP_CARE_PARTS + dedent("""\

        Areas of Focus

          • Glass Polish
          • Oil Pricing
          • Wick help
        """)
    found = offices(extract(text))
    for name in ("Glass Care", "Oil Yard", "Soot Removal"):
        assert found[name].parent == "Lamp Care Services", name
        assert found[name].found_by == "parts_under_unit_heading", name
    assert "Glass Polish" not in found
    off = offices(extract(text, off={"sentence_case_among_parts"}))
    assert "Glass Care" not in off


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


def test_sentence_case_among_parts_not_a_link_among_the_items() -> None:
    """ "Pay a bill" among "Glass Care", "Oil Yard", "Soot Removal" under "Lamp Care Services":
    an item with an article or a pronoun after its first word is a link's words, not a part's
    name typed in sentence case; the list is no list of parts."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. It has several parts.

        Lamp Care Services

          • Glass Care
          • Oil Yard
          • Pay a bill
          • Soot Removal
        """)
    found = offices(extract(text))
    assert "Lamp Care Services" in found
    assert "Glass Care" not in found, found


def test_enumerated_units_comprises_of_before_the_list() -> None:
    """ "comprises of", a common variant of "comprises", opens the list as the verb alone
    does."""
    text = page(
        "Office of Wick Standards",
        "The office comprises of Braiding, Trimming, Dipping and Wick Sorting Units. It keeps "
        "wicks even.",
    )
    found = offices(extract(text))
    assert found["Braiding Unit"] == Placed(
        "Office of Wick Standards", "shared_noun_after_verb", "enumerated_units"
    )
    assert found["Wick Sorting Unit"].parent == "Office of Wick Standards"
    assert "Braiding Unit" not in offices(extract(text, off={"enumerated_units"}))
    # without the shared noun's reading the section's enumeration takes the bare names
    bare = offices(extract(text, off={"shared_noun_after_verb"}))
    assert bare["Braiding"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )


def test_enumerated_units_namely_before_the_counted_list() -> None:
    """ "three branches namely; A, B and C": "namely", with a semicolon, a comma or no mark
    after it, opens a counted list as a colon does."""
    for mark in (";", ",", ""):
        text = page(
            "Office of Wick Standards",
            f"The office consists of three branches namely{mark} Braiding, Trimming and "
            "Dipping. It keeps wicks even.",
        )
        found = offices(extract(text))
        assert found["Braiding"] == Placed(
            "Office of Wick Standards", "enumerated_units", "enumerated_units"
        ), mark
        assert found["Dipping"].parent == "Office of Wick Standards"
        assert "Braiding" not in offices(extract(text, off={"enumerated_units"}))


def test_enumerated_units_namely_after_no_count_lists_no_parts() -> None:
    """ "in three areas, namely wicks, oil and glass": no plural unit noun is counted, so
    the words after "namely" are no parts."""
    text = page(
        "Office of Wick Standards",
        "The office serves the town in three areas, namely Wicks, Oil and Glass. It keeps "
        "wicks even.",
    )
    assert "Wicks" not in offices(extract(text))


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


@pytest.mark.xfail(
    strict=True,
    reason="a charter's or a code's sentence that creates departments ('There shall be a "
    "separate Wick Department, Oil Department, and Glass Library', 'shall be carried out by "
    "a Department of Wicks, a Department of Oil and ...') names the city's units, but a "
    "department named in prose is read as a unit only after a verb of composition; the "
    "pages that hold the shape are of one batch and collector, and their root (the city, "
    "named only as 'the City') is not found either",
)
def test_established_body_there_shall_be_a_series_of_departments() -> None:
    text = dedent("""\
        4.02 Administrative Departments.

        The council may provide by ordinance for the departments of the city. There shall be
        a separate Wick Department, Oil Department, and Glass Library, each of which shall
        remain a separate department.
        """)
    found = offices(extract(text))
    assert "Wick Department" in found
    assert "Oil Department" in found


def test_shared_unit_noun_a_part_opening_with_general() -> None:
    """ "assigned to the General Oil and Complex Glass Divisions": "General" may modify a post
    ("Wick General") but opens this part's name; a part holding a post's head word ("the Wick
    Director and ...", "the Director of Wicks and ...") names no unit."""
    text = page(
        "The Warden oversees the keepers assigned to the General Oil and Complex Glass Divisions."
        " The clerks assigned to the Wick Director and Glass Mending Offices file papers."
    )
    found = offices(extract(text))
    assert "General Oil Division" in found
    assert "Complex Glass Division" in found
    assert "Wick Director Office" not in found
    posts = page(
        "The keepers assigned to the Director of Wicks and Glass Mending Offices file papers."
        " The Wick Office trims wicks."
    )
    assert not {"Wicks Office", "Director of Wicks Office"} & set(offices(extract(posts)))


POSTS_AMONG_PARTS = page(
    "Wick and Oil Directorate",
    "The directorate of Wick and Oil comprises the Principal Wick Secretary, Soot Records, the"
    " Internal Glass Division and the Flame Hazard Division. The directorate serves the bureau.",
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_series_of_posts_in_a_units_own_section() -> None:
    found = offices(extract(POSTS_AMONG_PARTS))
    assert found["Principal Wick Secretary"] == Placed(
        "Wick and Oil Directorate", "enumerated_units", "enumerated_units"
    )
    assert found["Soot Records"].parent == "Wick and Oil Directorate"
    assert found["Flame Hazard Division"].parent == "Wick and Oil Directorate"
    off = offices(extract(POSTS_AMONG_PARTS, off={"series_of_posts"}))
    assert "Principal Wick Secretary" not in off
    assert "Soot Records" not in off


def test_series_of_posts_in_a_members_bodys_own_section() -> None:
    text = page(
        "Wick Board",
        "The Wick Board comprises the Chief Wick Keeper, the Oil Treasurer and the Glass"
        " Division. The board meets monthly.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    assert "Chief Wick Keeper" not in offices(extract(text))


SHORT_SUBJECT = page(
    "Field Office of Wick Supply",
    "The Field Office of Wick Supply leads the field. The Field Office is composed of the Chief"
    " Wick Officer, the Deputy Wick Officer, and their staff; and two offices: Wick"
    " Counsel Services and the Oil Quality Group.",
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


@pytest.mark.xfail(
    strict=True,
    reason="a sentence of a unit's section whose subject names the unit without its 'of' tail"
    " ('The Field Office is composed of ...' under 'Field Office of Wick Supply') is read as"
    " another body's, so the parts it lists are lost; read as the unit's (tried, as"
    " own_section_subject), it changed the rows of one development page only (make ablation"
    " at d07fa87)",
)
def test_enumerated_units_a_subject_naming_the_unit_without_its_tail() -> None:
    found = offices(extract(SHORT_SUBJECT))
    assert found["Deputy Wick Officer"] == Placed(
        "Field Office of Wick Supply", "enumerated_units", "enumerated_units"
    )


JOINED_IN_SECTION = page(
    "Wick Directorate",
    "The Wick Directorate comprises the Braiding Division, Soot Services and Glass Division"
    " and Oil Supply Division.",
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_and_joined_units_in_a_units_own_section_after_a_field() -> None:
    found = offices(extract(JOINED_IN_SECTION))
    assert found["Oil Supply Division"] == Placed(
        "Wick Directorate", "enumerated_units", "enumerated_units"
    )
    assert found["Soot Services and Glass Division"].parent == "Wick Directorate"
    assert "Soot Services" not in found
    off = offices(extract(JOINED_IN_SECTION, off={"and_joined_units"}))
    assert off["Oil Supply Division"].found_by != "enumerated_units"


@pytest.mark.xfail(
    strict=True,
    reason="a section's opening subject opened by a word of count ('Both Deputy Wardens are "
    "supported by ...', 'One Deputy Warden is designated to ...') names some of a post's "
    "holders, yet it is read as the unit's full name in place of the heading's (and as a post "
    "of the page's prose); a filter reading such a subject as no name (tried: a word of count, "
    "a post word, no unit noun) made one development page better only, of one batch",
)
def test_counted_holders_a_subject_that_counts_a_posts_holders() -> None:
    text = dedent("""\
        Office of the Lamp Warden

        Wick Supply Division

        The Wick Supply Division buys and trims the wicks of the town.

        Deputy Warden Support Unit

        Both Deputy Wardens are supported by a small unit that handles their day to day needs.
        """)
    found = names(extract(text))
    assert "Deputy Warden Support Unit" in found
    assert not any(name.startswith("Both") for name in found)


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


@pytest.mark.xfail(
    strict=True,
    reason="lines that give a name and what it does joined by a hyphen without spaces "
    "('Wick Supply-The section buys ...', 'Oil Care unit-Provides ...') are no 'Name – what it "
    "does' lines for label_line_run, which needs a space on each side of the dash; seen on one "
    "development page only (ug_mia_finance_administration, b17), so the rule is not widened",
)
def test_label_line_run_a_hyphen_without_spaces() -> None:
    text = dedent("""\
        Lamp Department

        The Department has the following units/sections;
        Wick Supply-The section buys and stores the wicks of the town lamps.
        Oil Accounts-This section keeps the books of the oil stores.
        Glass Care unit-Provides new globes and mends the broken ones.
        """)
    found = offices(extract(text))
    assert {"Wick Supply", "Oil Accounts", "Glass Care unit"} <= set(found)


@pytest.mark.xfail(
    strict=True,
    reason="a count of a body's parts with a noun that is no unit noun ('is comprised of four "
    "disciplines which include A, B, C, and D', 'is comprised of six distinct functions' over a "
    "list) names no parts, though as many names follow as it counts; the two development pages "
    "(us_ca_cdcr_adult_institutions_organization b16, us_pa_state_college_public_works_functions "
    "b14) need two different readings (a count before 'which include', a count over a list after "
    "a heading), each of one page",
)
def test_count_agreement_a_count_of_disciplines() -> None:
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau is comprised of four disciplines which include Wick Trimming, Oil \
        Pouring, Glass Polishing, and Soot Sweeping.
        """)
    found = offices(extract(text))
    assert {"Wick Trimming", "Oil Pouring", "Glass Polishing", "Soot Sweeping"} <= set(found)


def test_shared_noun_after_verb_a_series_of_sizes_or_a_count_names_no_unit() -> None:
    """ "comprises many small, medium and large offices": words of size or count describe
    kinds of unit, as words of scope do; a series of names still names units."""
    text = dedent("""\
        Lamp Board

        The Lamp Board keeps the lamps of the town. It comprises many small, medium and large
        offices. Its Glass Directorate comprises wick, oil and glass offices.
        """)
    found = offices(extract(text))
    assert {"wick office", "oil office", "glass office"} <= set(found)
    assert not any(word in name for name in found for word in ("small", "medium", "large"))
    off = offices(extract(text, off={"shared_noun_after_verb"}))
    assert "oil office" not in off


LABORATORY_ITEMS = page("""
    - Wick Chemistry Laboratory
    - Oil Testing Laboratory
    - Glass Supply
    """)


def test_unit_worded_items_laboratories() -> None:
    """A laboratory is a unit noun ("Wick Chemistry Laboratory"): a list of laboratories
    names units."""
    found = offices(extract(LABORATORY_ITEMS))
    assert found["Oil Testing Laboratory"] == Placed(ROOT, "unit_worded_items", "inside_section")
    with pytest.raises(NoStructureError):
        extract(LABORATORY_ITEMS, off={"unit_worded_items", "unit_names_in_text"})


def test_unit_worded_items_a_list_of_projects() -> None:
    """ "Establishment of a Wick Testing Centre", "Construction of an Oil Research
    Institute": a noun of an undertaking before "of" names a project, whose unit noun is
    what is built; a list of such projects is no list of units."""
    text = page(
        "The bureau's projects this year:",
        """
        - Establishment of a Wick Testing Centre
        - Construction of an Oil Research Institute
        - Fencing of the Lamp Yard
        """,
    )
    with pytest.raises(NoStructureError):
        extract(text)


COMMITTEE_ITEMS = page("""
    - Wick Review Committee
    - Oil Tasting Committee
    - Glass Supply
    """)


def test_unit_worded_items_committees() -> None:
    """A committee is a unit noun ("Wick Review Committee"): a list of committees names
    units."""
    found = offices(extract(COMMITTEE_ITEMS))
    assert found["Oil Tasting Committee"] == Placed(ROOT, "unit_worded_items", "inside_section")
    with pytest.raises(NoStructureError):
        extract(COMMITTEE_ITEMS, off={"unit_worded_items", "unit_names_in_text"})


def test_enumerated_units_a_gerund_after_the_verb_lists_duties() -> None:
    """ "Its duties include overseeing the Oil Audit Board, keeping ...": a verb of
    composition before a gerund lists duties, and the body a duty acts on is no part; a
    series of names after the verb still is."""
    text = dedent("""\
        Lamp Ministry

        The Wick Office trims the lamps of the ministry. Its duties include overseeing the Oil Audit Board, keeping the wick stores and reporting to the Lamp Council.

        The Soot Office consists of the Ember Review Board, the Ash Board and the Glass Office.
        """)
    found = offices(extract(text))
    assert "Oil Audit Board" not in found
    assert found["Ash Board"].parent == "Soot Office"
    assert "Ash Board" not in offices(extract(text, off={"enumerated_units"}))


def test_shared_noun_after_verb_a_series_opened_by_a_count() -> None:
    """ "comprises many wick, oil and glass offices": a count opens a series of kinds, as
    "several" does; the count is no word of the first item's name."""
    text = dedent("""\
        Lamp Board

        The Lamp Board keeps the lamps of the town. It comprises many wick, oil and glass
        offices. Its Glass Directorate comprises numerous pane, frame and soot offices.
        """)
    found = offices(extract(text))
    assert not any(word in name for name in found for word in ("many", "numerous"))
    assert "oil office" not in found
    assert "frame office" not in found


FOUND_SUBJECT_BARE_PARTS = dedent("""\
    # Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps.

    ## Wick Care

    Wick Care encompasses Trimming, Braiding and the Dip Unit.

    ## Oil Supply

    Oil Supply includes Lamp Help, Wick Aid and the Oil Program.

    ## Glass Board

    The Glass Board includes Harold Flint and Mary Pane.
    """)


def test_found_subject_bare_parts_lists_parts_whatever_their_words() -> None:
    """A unit found that opens a sentence with a verb of composition ("encompasses") names
    its parts after it, bare names too."""
    found = offices(extract(FOUND_SUBJECT_BARE_PARTS, markdown=True))
    for name in ("Trimming", "Braiding"):
        assert found[name] == ("Wick Care", "found_subject_bare_parts", "found_subject_bare_parts")
    off = offices(
        extract(FOUND_SUBJECT_BARE_PARTS, markdown=True, off={"found_subject_bare_parts"})
    )
    assert not {"Trimming", "Braiding"} & set(off)


def test_found_subject_bare_parts_not_programs_nor_members() -> None:
    """A series that names a program lists programs, and a board's lists members: no parts."""
    found = offices(extract(FOUND_SUBJECT_BARE_PARTS, markdown=True))
    for name in ("Lamp Help", "Wick Aid", "Harold Flint", "Mary Pane"):
        assert found.get(name, Placed(None, "", None)).found_by != "found_subject_bare_parts"


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


SHORT_FORM_SUBJECT = dedent("""\
    Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps.

    The Glass Division includes the Polishing Unit and the Soot Control Unit.

    Soot Control includes Sweeping, Brushing and the Ember Desk.

    The Polishing Unit polishes glass.
    """)


def test_short_form_subject_is_the_unit_named_in_full() -> None:
    """ "Soot Control includes ..." after "the Soot Control Unit": the parts listed go under
    that unit."""
    found = offices(extract(SHORT_FORM_SUBJECT))
    assert found["Sweeping"] == (
        "Soot Control Unit",
        "found_subject_bare_parts",
        "found_subject_bare_parts",
    )
    assert "Soot Control" not in found
    off = offices(extract(SHORT_FORM_SUBJECT, off={"short_form_subject"}))
    assert "Sweeping" not in off


def test_short_form_subject_listed_short_form_no_new_unit() -> None:
    """A bare name listed that is a found unit's name without its unit noun is that unit."""
    text = dedent("""\
        # Lamp Works Authority

        The Lamp Works Authority keeps the town's lamps.

        ## Wick Care

        Wick Care encompasses Trimming, Ember Watch and the Dip Unit.

        The Ember Watch Center watches embers all night.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Trimming"].found_by == "found_subject_bare_parts"
    assert "Ember Watch" not in found
    off = offices(extract(text, markdown=True, off={"short_form_subject"}))
    assert "Ember Watch" in off


@pytest.mark.xfail(
    strict=True,
    reason="a count whose plural noun takes a relative clause before the colon ('six divisions"
    " that report directly to the Lamp Manager: A; B; ...') lists no parts: the clause stands"
    " between the count and its colon; one development page (b18"
    " ca_on_toronto_public_service_administrative_structure), left",
)
def test_named_after_count_a_relative_clause_before_the_colon() -> None:
    page = """Lamp Keepers Service

The Lamp Manager is the head of the lamp service.

There are also three divisions that report directly to the Lamp Manager: Wick Care; Oil, \
Soot and Glass; and Post Repair.
"""
    found = offices(extract(page))
    assert found["Post Repair"].parent == "Lamp Manager"


@pytest.mark.xfail(
    strict=True,
    reason="a run of bodiless lines each a name closed by a colon ('WICK CONSERVATION:', "
    "then the next), a unit list whose text the page lost, is read as no section: the names "
    "without a unit noun are lost (seen on a ministry's page, b12; a directory table's "
    "'Name:' row headers over phone numbers lose theirs the same way, b16)",
)
def test_section_heading_bodiless_colon_name_lines() -> None:
    text = dedent("""\
        Ministry of Lanterns

        The Keeper of Lamps is the administrative head of the Ministry.

        WICK CONSERVATION:

        GLASS HEALTH & SANITATION:

        SOOT CONTROL:

        MANTLE SUPPLY DEPARTMENT:

        COMPLETED PROJECTS

        Purchase of wicks for the lamps of the town in 2010.
        """)
    found = names(extract(text))
    assert {"Wick Conservation", "Soot Control", "Mantle Supply Department"} <= set(found)


def test_functional_area_lead_in_established_organizational_functions() -> None:
    """A statute's "(a) There are hereby established the following 3 primary organizational
    functions in the Office of Lamps:" over numbered "Name, which ..." items: the items are
    the Office's units, though their names hold no unit noun; with the rule off they are
    lost."""
    text = dedent("""\
        § 4-101. Organization.

        (a) There are hereby established the following 3 primary organizational functions in the Office of Lamps:

          (1) The Office of the Warden, which sets overall policy for the Office.

          (2) Wick Supply, which buys and stores the wicks of the town.

          (3) Glass Repair, which mends the lantern glass of the town.
        """)
    found = offices(extract(text))
    assert {"Wick Supply", "Glass Repair"} <= set(found)
    assert found["Wick Supply"].found_by == "functional_area_lead_in"
    try:
        without = set(names(extract(text, off={"functional_area_lead_in"})))
    except NoStructureError:
        without = set()
    assert "Wick Supply" not in without


def test_sentence_case_part_kept_among_title_case_parts() -> None:
    """ "Wick supply" among "Glass Care", "Oil Yard", "Soot Removal" under "Lamp Care
    Services": the part typed in sentence case is a part of the unit too; with the rule off
    it is dropped as a duty while its siblings stay."""
    text = LAMP_CARE_PARTS
    found = offices(extract(text))
    assert found["Wick supply"] == Placed(
        "Lamp Care Services", "parts_under_unit_heading", "inside_section"
    )
    off = offices(extract(text, off={"sentence_case_part_kept"}))
    assert "Wick supply" not in off
    assert off["Glass Care"].parent == "Lamp Care Services"


def test_sentence_case_part_kept_not_under_a_topic_heading() -> None:
    """Under a heading that names no unit ("Areas of Focus") a list with a name in sentence
    case is no list of parts: nothing of it is kept."""
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit.

        Lamp Care Services

          • Glass Care
          • Oil Yard

        Areas of Focus

          • Glass Polish
          • Oil Pricing
          • Wick help
        """)
    found = offices(extract(text))
    assert "Wick help" not in found
    assert "Glass Polish" not in found


@pytest.mark.xfail(
    strict=True,
    reason="a run of bodiless headings none of which names a unit noun, right after a paragraph"
    " that speaks of the body's divisions in the plural, is read as links: announced_heading_run"
    " read it, but once merged with the twenty-first session's other rules it changed one"
    " development page only (us_tribal_walker_river_paiute_tribal_government_2016, b11) and was"
    " removed",
)
def test_listed_heading_run_announced_by_a_paragraph_counting_divisions() -> None:
    """Bodiless headings none of which names a unit noun ("Oil Yard", "Wick Care", "Glass
    Works", "Soot Watch") right after a paragraph that speaks of the body's divisions are
    those divisions."""
    text = dedent("""\
        Lamp Administration

        # Office of the Warden

        The office advises the administration. Five divisions serve as the supporting arm of the administration. They are headed by directors.

        # Oil Yard

        # Wick Care

        # Glass Works

        # Soot Watch
        """)
    found = offices(extract(text, markdown=True))
    for name in ("Oil Yard", "Wick Care", "Glass Works", "Soot Watch"):
        assert found[name] == Placed("Lamp Administration", "section_heading", "default_root")


def test_listed_heading_run_not_after_a_paragraph_naming_no_units() -> None:
    """The same bodiless lines after a paragraph that names no units in the plural are
    links or labels ("Oil Prices", "Wick Tips"), not units."""
    text = dedent("""\
        Lamp Administration

        # Office of the Warden

        The office advises the administration and publishes its notes here.

        # Oil Prices

        # Wick Tips

        # Glass News

        # Soot Facts
        """)
    found = offices(extract(text, markdown=True))
    assert "Oil Prices" not in found
    assert "Wick Tips" not in found


LOWER_CASE_SERIES = dedent("""\
    The Lamp Works Authority keeps the town's lamps.

    The authority is divided into two commands: wick services and oil services.

    Wick services consists of the trim division, braid division and dip division.

    Oil services consists of the barrel, pump and refinery sections.
    """)


def test_lower_case_part_series_names_parts_in_lower_case() -> None:
    """A unit found whose sentence composes it of a lower-case series of names ending in
    a part noun (or sharing a plural one) has those parts."""
    found = offices(extract(LOWER_CASE_SERIES))
    for name in ("trim division", "braid division", "dip division"):
        assert found[name] == ("wick services", "lower_case_part_series", "lower_case_part_series")
    for name in ("barrel section", "pump section", "refinery section"):
        assert found[name].parent == "oil services", name
    off = offices(extract(LOWER_CASE_SERIES, off={"lower_case_part_series"}))
    assert not {"trim division", "barrel section"} & set(off)


def test_lower_case_part_series_head_of_a_unit_supervises() -> None:
    """The post that heads a unit found and supervises a lower-case series of parts names
    them as that unit's parts."""
    text = dedent("""\
        Lamp Town Government

        The town has two departments.

        1. Department of Wick Care The Director of Wick Care is responsible for supervising the trim department and the braid department.
        2. Department of Oil Supply The Director of Oil Supply directs oil buying.
        """)
    found = offices(extract(text))
    assert found["trim department"] == (
        "Department of Wick Care",
        "lower_case_part_series",
        "lower_case_part_series",
    )
    assert "braid department" in found
    assert "trim department" not in offices(extract(text, off={"lower_case_part_series"}))


def test_lower_case_part_series_not_when_an_item_is_no_part_name() -> None:
    """A series with an item that ends in no part noun may list functions: nothing read."""
    text = LOWER_CASE_SERIES.replace(
        "the trim division, braid division and dip division", "the trim division, braiding and dips"
    )
    found = offices(extract(text))
    assert "trim division" not in found


SUCH_AS_PARTS = dedent("""\
    Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps. In addition, there are other offices
    such as the Office of Wick Counsel (OWC), Commission of Soot (CSOT) and Oil Access.
    """)


def test_such_as_parts_names_the_bodys_units() -> None:
    """A plural noun of a body's own parts before "such as" names units of the page's body,
    whatever their words."""
    found = offices(extract(SUCH_AS_PARTS))
    assert found["Commission of Soot"] == Placed(
        "Lamp Works Authority", "such_as_parts", "default_root"
    )
    assert found["Oil Access"].found_by == "such_as_parts"
    off = offices(extract(SUCH_AS_PARTS, off={"such_as_parts"}))
    assert not {"Commission of Soot", "Oil Access"} & set(off)


def test_such_as_parts_not_partners_worked_with() -> None:
    """A sentence of working with others names partners, not parts."""
    text = SUCH_AS_PARTS.replace(
        "In addition, there are other offices\nsuch as", "It works with offices such as"
    )
    assert text != SUCH_AS_PARTS
    found = offices(extract(text))
    assert "Commission of Soot" not in found
    assert "Oil Access" not in found


def test_such_as_parts_not_a_list_with_a_position() -> None:
    """A list naming a position lists people, and gives nothing."""
    text = SUCH_AS_PARTS.replace("Oil Access", "Chief Wick Officer")
    assert text != SUCH_AS_PARTS
    found = offices(extract(text))
    assert "Commission of Soot" not in found


UNITS_INCLUDING = dedent("""\
    The Lamp Works Authority keeps the town's lamps.

    The authority is divided into two commands: wick services and oil services.

    Wick services consists of the trim division, braid division and dip division.

    The dip division consists of specialized support units, including dip crews, K-2 and
    soot patrol.
    """)


def test_units_including_series_parts_of_the_subject() -> None:
    """What a sentence calls units after "including" are units of its subject, whatever
    their words or case."""
    found = offices(extract(UNITS_INCLUDING))
    for name in ("dip crews", "K-2", "soot patrol"):
        assert found[name] == ("dip division", "units_including_series", "units_including_series")
    off = offices(extract(UNITS_INCLUDING, off={"units_including_series"}))
    assert not {"dip crews", "soot patrol"} & set(off)


def test_units_including_series_parts_of_the_unit_they_fall_within() -> None:
    """Units said to fall "within" a unit found are its parts."""
    text = UNITS_INCLUDING.replace(
        "The dip division consists of specialized support units",
        "Several units fall within the dip division",
    )
    assert text != UNITS_INCLUDING
    found = offices(extract(text))
    assert found["soot patrol"].parent == "dip division"


def test_units_including_series_not_without_a_unit_found() -> None:
    """A subject that is no unit found gives nothing."""
    text = UNITS_INCLUDING.replace("The dip division consists", "The lamp fair consists")
    assert "soot patrol" not in offices(extract(text))


def test_units_including_series_an_open_end_names_no_unit() -> None:
    """ "including dip crews, K-2 and others": the last item leaves the series open and
    names no unit; the names before it are the subject's parts."""
    text = UNITS_INCLUDING.replace("K-2 and\nsoot patrol.", "K-2, soot patrol and\nothers.")
    assert text != UNITS_INCLUDING
    found = offices(extract(text))
    assert found["soot patrol"] == (
        "dip division",
        "units_including_series",
        "units_including_series",
    )
    assert "others" not in found
    off = offices(extract(text, off={"units_including_series"}))
    assert "soot patrol" not in off


def test_qualifying_position_word_general_as_an_adjective() -> None:
    """ "General" before another word of a unit's name qualifies the unit: two units named
    in full and joined by "and" are two units."""
    text = page("Two of the Divisions deal with lamps viz. General Wick Division and Oil Division.")
    found = offices(extract(text))
    assert "General Wick Division" in found and "Oil Division" in found
    off = offices(extract(text, off={"qualifying_position_word"}))
    assert "General Wick Division" not in off


def test_qualifying_position_word_executive_teams() -> None:
    text = page(
        "The Executive Lamp Team and Senior Executive Glass Team meet weekly. "
        "The Office of Wicks keeps the accounts."
    )
    found = offices(extract(text))
    assert "Executive Lamp Team" in found and "Senior Executive Glass Team" in found
    off = offices(extract(text, off={"qualifying_position_word"}))
    assert "Executive Lamp Team" not in off


def test_qualifying_position_word_not_a_post_before_of() -> None:
    """A position's word before "of" or "to" heads a post: the name stays one."""
    text = page(
        "The Chief Wick Officer of the Bureau and Treasurer to the Lamp Board signs the lamp "
        "orders. The Office of Wicks keeps the accounts."
    )
    found = offices(extract(text))
    assert "Treasurer to the Lamp Board" not in found


def test_qualifying_position_word_not_a_post_before_at_nor_an_items_line() -> None:
    """Plural posts before "at" head a post ("The Directors at the Lamp Office and Wick
    Offices"); an item that is the name alone stays one unit, as before."""
    text = page(
        "The Directors at the Lamp Office and Wick Offices are assisted by clerks. The Office "
        "of Wicks keeps the accounts."
    )
    found = offices(extract(text))
    assert "Directors at the Lamp Office" not in found
    listed = dedent("""\
        Lamp Bureau

        ## Sections of the Bureau

          1. Wick Trimming Section
          2. Executive Lamp Office and Oil Support Group
          3. Glass Section
        """)
    found = offices(extract(listed, markdown=True))
    assert "Executive Lamp Office" not in found


def test_enumerated_units_after_an_abbreviated_title() -> None:
    """ "Asst." is an abbreviation, not a sentence's end, so a list of parts after a verb of
    composition that names an assistant's office is read whole (an xfail until the sentence
    splitter knew the titles and ranks of government prose)."""
    text = page(
        "The Bureau of Lantern Safety includes the Warden / Asst. Warden Office, the Wick "
        "Court, the Oil Department, and the Glass Department."
    )
    found = offices(extract(text))
    assert "Glass Department" in found


FIGURE_LABELS = page("""
    Wick Standards: sets standards for wicks.
    Glass Inspection: inspects lantern glass.
    Oil Supply: buys lamp oil.
    Lamp Budget: $1,250,000
    Wick Keepers: 85
    Posted: Mar 3, 2011 10:15 AM
    """)


def test_figure_label_a_figure_or_a_date_is_no_unit() -> None:
    """ "Label: value" lines whose value is only a figure or a date (a budget, a head count,
    a posting date) label quantities, not units; the lines that say what a unit does stay
    units. Switched off, the figures' labels are units too."""
    found = offices(extract(FIGURE_LABELS))
    assert found["Wick Standards"] == Placed(ROOT, "label_line_run", "inside_section")
    assert not {"Lamp Budget", "Wick Keepers", "Posted"} & set(found)
    off = offices(extract(FIGURE_LABELS, off={"figure_label"}))
    assert {"Lamp Budget", "Wick Keepers", "Posted"} <= set(off)


def test_figure_label_a_word_that_opens_like_a_month_is_no_date() -> None:
    """Only a month's name or its short form makes a date: "Junction 12, 1911" (a place and
    a year) is no date, its label stays a unit; "June 12, 1911" is one."""
    text = FIGURE_LABELS.replace("Wick Keepers: 85", "Wick Keepers: Junction 12, 1911")
    assert "Wick Keepers" in offices(extract(text))
    dated = FIGURE_LABELS.replace("Wick Keepers: 85", "Wick Keepers: June 12, 1911")
    assert "Wick Keepers" not in offices(extract(dated))
    assert "Wick Keepers" in offices(extract(dated, off={"figure_label"}))


def test_figure_label_a_value_with_words_is_a_unit() -> None:
    """A value with words beside its figure ("sets 12 standards for wicks") says what a unit
    does: its label stays a unit."""
    text = FIGURE_LABELS.replace("Wick Keepers: 85", "Wick Keepers: trims 85 wicks a day.")
    assert "Wick Keepers" in offices(extract(text))


def test_functional_area_lead_in_the_following_functional_areas() -> None:
    """ "This sub programme provides for the following functional areas:" over a run of
    names on lines of their own: the areas are the programme's parts, units; with the rule
    off they are not read."""
    text = dedent("""\
        Wick Care Programme

        The programme keeps the wicks of the town trimmed.

        Programme Description

        Provides for the overall management of the Lamp Department. This sub programme provides for the following functional areas:

        Wick Supply

        Glass Repair

        Oil Stores
        """)
    found = offices(extract(text))
    assert found["Glass Repair"].found_by == "functional_area_lead_in"
    assert {"Wick Supply", "Oil Stores"} <= set(found)
    assert "Glass Repair" not in names(extract(text, off={"functional_area_lead_in"}))


def test_functional_area_lead_in_not_plain_areas() -> None:
    """ "The office is responsible for the following areas:" lists subject matter, not
    parts: only a word of structure ("functional", "organizational", "work") before
    "areas" makes them units."""
    text = dedent("""\
        Wick Care Programme

        The programme keeps the wicks of the town trimmed.

        Programme Description

        Provides for the overall management of the Lamp Department. This sub programme is responsible for the following areas:

        Wick Supply

        Glass Repair

        Oil Stores
        """)
    found = offices(extract(text))
    assert all(placed.found_by != "functional_area_lead_in" for placed in found.values())
    assert "Glass Repair" not in found


COMPASS_SERIES = dedent("""\
    # Lamp Service

    The Lamp Service is led by the Chief Lamplighter.

    The four corps are Northern, Central, and Southern Wick Corps, and the Ember Corps.

    In addition, three lamp areas serve the towns: Eastern, Central and Western Lamp Areas.
    """)


def test_compass_series_each_word_takes_the_shared_name() -> None:
    """A series of compass words whose last opens a name ending in a plural ("Eastern,
    Central and Western Lamp Areas") names one unit per word, each with the whole shared
    name in the singular; switched off, no compass word is a unit."""
    found = offices(extract(COMPASS_SERIES, markdown=True))
    for name in (
        "Northern Wick Corps",
        "Central Wick Corps",
        "Southern Wick Corps",
        "Eastern Lamp Area",
        "Central Lamp Area",
        "Western Lamp Area",
    ):
        assert found[name].found_by == "compass_series"
        assert found[name].parent == "Lamp Service"
    off = offices(extract(COMPASS_SERIES, markdown=True, off={"compass_series"}))
    assert not {"Northern Wick Corps", "Eastern Lamp Area", "Western Lamp Area"} & set(off)


COMPASS_PARTS = dedent("""\
    # Lamp Agency

    ## Wick Bureau

    The Wick Bureau includes the Eastern, Central and Western Trim Divisions.
    """)


def test_compass_series_parts_of_a_section_unit() -> None:
    """In a unit's own section the compass words a verb of composition lists are its parts,
    each with the whole name ("Eastern Trim Division", not "Eastern Division")."""
    found = offices(extract(COMPASS_PARTS, markdown=True))
    for name in ("Eastern Trim Division", "Central Trim Division", "Western Trim Division"):
        assert found[name].found_by == "compass_series"
        assert found[name].parent == "Wick Bureau"
    assert "Eastern Division" not in found
    off = offices(extract(COMPASS_PARTS, markdown=True, off={"compass_series"}))
    assert "Eastern Trim Division" not in off


def test_compass_series_beside_headings() -> None:
    """On a page whose units have headings, its introduction's compass series is read as a
    series before a shared noun is, whatever the sentence's subject."""
    text = dedent("""\
        # Lamp Service

        The Lamp Service trims wicks. In addition, three lamp areas serve the towns: \
        Eastern, Central and Western Lamp Areas.

        ## Wick Office

        The Wick Office trims wicks.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Eastern Lamp Area"].found_by == "compass_series"
    assert "Wick Office" in found
    off = offices(extract(text, markdown=True, off={"compass_series"}))
    assert "Eastern Lamp Area" not in off


def test_compass_series_not_without_a_shared_name() -> None:
    """Compass words alone ("the Northern, Central and Southern routes", the name in lower
    case) or before a name that ends in no unit noun ("the Central and Eastern Lamp
    Countries") name no unit."""
    text = (
        "# Lamp Service\n\nThe Lamp Service includes the Wick Office and the Oil Office.\n\n"
        "The lamps light the Northern, Central and Southern routes. They reach the Central "
        "and Eastern Lamp Countries.\n"
    )
    found = offices(extract(text, markdown=True))
    assert "Wick Office" in found
    assert not any(
        name.startswith(("Northern", "Central", "Southern", "Eastern")) for name in found
    )


@pytest.mark.xfail(
    strict=True,
    reason="a head clause before the verb of composition ('is supervised by the Match Keeper "
    "and includes ...') is read as part of the subject, so the section's unit lists no parts "
    "(own_parts_among_duties keeps the names worded as units only); seen on one development "
    "page only (us_va_james_city_county_police_divisions_units, b20)",
)
def test_enumerated_units_after_a_head_clause() -> None:
    """ "The Match Bureau is supervised by the Match Keeper and includes Striking, Sulfur
    Care and the Box Unit" names the bureau's three parts."""
    text = dedent("""\
        # Lamp Agency

        ## Match Bureau

        The Match Bureau is supervised by the Match Keeper and includes Striking, Sulfur \
        Care and the Box Unit.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Striking"].parent == "Match Bureau"
    assert found["Sulfur Care"].parent == "Match Bureau"


@pytest.mark.xfail(
    strict=True,
    reason="the series of bodies that receive support runs across a new clause ('provides "
    "support to the Chief and coordinates the A and B Divisions'), so the last division is "
    "read as a recipient and dropped; seen on one development page only "
    "(us_nrcs_leadership, b15)",
)
def test_partner_named_recipient_series_ends_at_a_verb() -> None:
    """What the subject coordinates after "and" is not among those it provides support to."""
    text = dedent("""\
        # Lamp Service

        The Lamp Service is led by the Chief.

        The Lamp Steward provides support to the Chief and coordinates the Wick Affairs and \
        Oil Affairs Divisions.
        """)
    found = offices(extract(text, markdown=True))
    assert "Oil Affairs Division" in found


HELD_AREAS = dedent("""\
    The Division of Lamp Cooperation is responsible for the co-ordination of wick trade.

    The division has three programme areas namely:

      1. Trade, Oil & Soot
      2. Transport and Wicks
      3. Health and Lamp Development
    """)


def test_held_parts_lead_in_a_body_that_has_counted_areas_before_a_colon() -> None:
    """ "The division has three programme areas namely:": the areas are the division's
    parts, though no unit noun names them; with the rule off nothing is found."""
    found = offices(extract(HELD_AREAS))
    assert found["Trade, Oil & Soot"] == Placed(
        "Division of Lamp Cooperation", "held_parts_lead_in", "inside_section"
    )
    assert "Health and Lamp Development" in found
    with pytest.raises(NoStructureError):
        extract(HELD_AREAS, off={"held_parts_lead_in"})


HELD_SECTORS = dedent("""\
    Wick Keeping Services

    Headed by the Deputy Wick Officer, the department houses various sectors including ;

      1. trimming office headed by the trimming officer
      2. oil records office headed by the senior oil clerk
      3. glass repair unit headed by the senior glazier
    """)


def test_held_parts_lead_in_sectors_after_a_semicolon_in_lower_case() -> None:
    """ "the department houses various sectors including ;" over items in lower case: each
    item names a sector, read up to the post that heads it."""
    found = offices(extract(HELD_SECTORS))
    assert found["trimming office"] == Placed(
        "Wick Keeping Services", "held_parts_lead_in", "inside_section"
    )
    assert "glass repair unit" in found
    off = offices(extract(HELD_SECTORS, off={"held_parts_lead_in"}))
    assert not {"trimming office", "glass repair unit"} & set(off)


def test_held_parts_lead_in_not_what_a_body_manages_or_serves() -> None:
    assert held_parts_lead_in("The Lamp Division has three programme areas namely:")
    assert held_parts_lead_in("It has several sections which include:")
    assert not held_parts_lead_in("The division manages the following program areas:")
    assert not held_parts_lead_in("The board offers wick services in the following areas:")
    assert not held_parts_lead_in("The office has four programs:")
    assert not held_parts_lead_in("The Lamp Division has three programme areas.")
    with disabled({"held_parts_lead_in"}):
        assert not held_parts_lead_in("The Lamp Division has three programme areas namely:")


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


AGENCY_HEADED_BY_IN_A_SECTION = dedent("""\
    Lamp Secretariat

    1.1 General Organization. The Lamp Secretariat is headed by the Warden-General. It has
    two divisions.

    1.2 Wick Division. The Wick Division trims the wicks.

    1.3 Glass Division. The Glass Division polishes the glass.
    """)


def test_agency_headed_by_full_name_in_a_units_section() -> None:
    """ "1.1 General Organization. The Lamp Secretariat is headed by ...", in the section a
    run-in heading opens, names the agency in full: its head is the agency's leadership unit
    there too."""
    found = offices(extract(AGENCY_HEADED_BY_IN_A_SECTION))
    assert found["Warden-General"] == Placed("Lamp Secretariat", "agency_headed_by", "default_root")
    off = offices(extract(AGENCY_HEADED_BY_IN_A_SECTION, off={"agency_headed_by"}))
    assert "Warden-General" not in off


def test_unit_names_in_text_a_page_no_reader_takes_apart_is_not_refused() -> None:
    """A charter's sentence that names its departments in passing ("carried out by a
    Department of Wicks, a Department of Oil and a Department of Glass") gives no reader a
    list, a heading or a verb of composition; the names worded as units are the page's
    units; switched off, the page is refused. (The root read from the first name is
    ``root_from_agency_phrase``'s, a known miss: the body is the unnamed town.)"""
    text = (
        "Section 6.01 Creation of Departments.\n\nThe lamp work of the Town of Lampton shall"
        " be carried out by a Department of Wicks, a Department of Oil and a Department of"
        " Glass, as the Mayor may decide.\n"
    )
    found = offices(extract(text))
    assert {"Department of Oil", "Department of Glass"} <= set(found)
    assert found["Department of Oil"].found_by == "unit_names_in_text"
    with pytest.raises(NoStructureError):
        extract(text, off={"unit_names_in_text"})


def test_unit_names_in_text_a_notice_naming_one_other_body_is_still_refused() -> None:
    """A notice that names one body besides its own ("The Lamp Fair opens in May; call the
    Town Wick Department") names no units of a body: still refused."""
    text = (
        "Lamp Fair News\n\nThe Lamp Fair opens in May in the Town Park. For safety questions,"
        " call the Town Wick Department. Jane Doe will light the first lamp.\n"
    )
    with pytest.raises(NoStructureError):
        extract(text)


def test_unit_names_in_text_a_plain_series_and_a_name_with_a_comma() -> None:
    """ "Department of Wicks, Department of Oil, Department of Glass and Department of Soot"
    is four units, cut where a unit noun opens the next name; "Department of Lamps, Posts
    and Lanterns", whose comma joins its fields, is one; a name that holds the body's own
    ("Lamp Board Wick Trim Division" of the Lamp Board) is a unit of it."""
    text = (
        "Lamp Board\n\nSection 2 Organization.\n\nThe work of the Lamp Board shall be done by"
        " the Department"
        " of Wicks, Department of Oil, Department of Glass and Department of Soot, with the"
        " Department of Lamps, Posts and Lanterns and the Lamp Board Wick Trim Division.\n"
    )
    found = offices(extract(text))
    for name in (
        "Department of Wicks",
        "Department of Oil",
        "Department of Glass",
        "Department of Soot",
        "Department of Lamps, Posts and Lanterns",
        "Lamp Board Wick Trim Division",
    ):
        assert found[name].found_by == "unit_names_in_text", name


def test_unit_names_in_text_what_a_project_builds_is_no_unit() -> None:
    """ "the construction of a new Oil Depot Office": what a project builds is no unit, a few
    words after the undertaking too; "the establishment of a Department of Wicks", a
    charter creating it, is one."""
    text = (
        "It funds the construction of a new Oil Depot Office and the establishment of a Wick Unit."
    )
    assert _undertaking("Oil Depot Office", text, text.index("Oil Depot"))
    assert _undertaking("Construction of an Oil Depot Office", text, 0)
    assert not _undertaking("Wick Unit", text, text.index("Wick Unit"))


def test_unit_names_in_text_no_post_program_or_dated_phrase() -> None:
    """On a page no other reader finds a unit on, a post ("Director of Lamp Services"), a
    program ("Lamp Safety Program") and a name run on into a date ("Council of Keepers in
    May 1990") are not read as units; the unit-worded names are."""
    text = (
        "Section 4 Lamp Matters.\n\nThe lamp work of the Town of Lampton is overseen by the"
        " Director of Lamp Services, who answers to the Council of Keepers in May 1990, and"
        " is carried out by a Department of Wicks, a Department of Oil and a Department of Glass"
        " under the Lamp Safety Program.\n"
    )
    found = offices(extract(text))
    assert found["Department of Glass"].found_by == "unit_names_in_text"
    assert not {"Director of Lamp Services", "Lamp Safety Program"} & set(found)
    assert not any("1990" in name for name in found)


CAPTIONED_OUTLINE = dedent("""\
    Lamp Code 4-01-01

    Section 4-01-01 - Organization and duties of the lamp board
    1.Organization of board.
    a. History. The first lamp laws of the town were set in 1861, and a lamp board was formed in 1893.
    b. Divisions. The board consists of the following three divisions:
    (1) Wick care.
    (2) Oil supply.
    (3) Glass and matches.
    c. Keeper. The keeper is appointed by the mayor for four years.
    """)


def test_announced_names_last_resort_the_list_under_a_captioned_outline_item() -> None:
    """A rule's outline whose lead-in sits in a captioned item ("b. Divisions. The board
    consists of the following three divisions:") over its numbered items gives no list reader
    a lead-in: the items, in sentence case, are the body's units, under the root; the item
    after the list at the lead-in's own level ("c. Keeper. ...") is none. Switched off, the
    page is refused."""
    found = offices(extract(CAPTIONED_OUTLINE))
    root = names(extract(CAPTIONED_OUTLINE))[0]
    for name in ("Wick care", "Oil supply", "Glass and matches"):
        assert found[name] == Placed(root, "announced_names_last_resort", "default_root"), name
    assert "Keeper" not in found
    with pytest.raises(NoStructureError):
        extract(CAPTIONED_OUTLINE, off={"announced_names_last_resort"})


def test_announced_names_last_resort_the_noun_last_or_after_the_following() -> None:
    """The words before the colon may end in the plural unit noun ("The board has three
    divisions:") or name it after "the following" ("The following divisions are created by
    this code:"); a lead-in paragraph over a list no other reader takes (``listed_after_lead_in``
    switched off) is read the same way, its items at the first one's level."""
    for lead_in in (
        "The board has three divisions:",
        "The following divisions are created by this code:",
    ):
        text = CAPTIONED_OUTLINE.replace(
            "The board consists of the following three divisions:", lead_in
        )
        found = offices(extract(text))
        assert found["Oil supply"].found_by == "announced_names_last_resort", lead_in
    nested = LEAD_IN.replace("- Wick Standards\n", "- Wick Standards\n  - Wick Cutting\n")
    found = offices(extract(nested, off={"listed_after_lead_in"}))
    assert found["Glass Inspection"] == Placed(ROOT, "announced_names_last_resort", "default_root")
    assert "Wick Cutting" not in found  # an item under an item is no name of the list


def test_announced_names_last_resort_a_partner_verb_far_from_the_noun() -> None:
    """ "The board, which advises the mayor, has three divisions:": a verb of supporting in
    a clause of the subject is no verb of the noun, and the divisions are announced; right
    before "the following" it is ("works closely with the following offices:")."""
    text = CAPTIONED_OUTLINE.replace(
        "The board consists of the following three divisions:",
        "The board, which advises the mayor, has three divisions:",
    )
    found = offices(extract(text))
    assert found["Oil supply"].found_by == "announced_names_last_resort"
    partners = CAPTIONED_OUTLINE.replace(
        "The board consists of the following three divisions:",
        "The board works closely with the following three divisions:",
    )
    with pytest.raises(NoStructureError):
        extract(partners)


COUNT_AFTER_QUESTION = (
    "Lamp Notes - May 4\n\nNow we have a whole raft of town departments, some you see daily"
    " and some you never see.\n\nSo, how many town departments are there? There are five:"
    " Wick Care, Oil Supply, Glass Repair, Lamps and Soot.\n"
)


def test_announced_names_last_resort_a_count_whose_noun_the_sentence_before_gives() -> None:
    """ "How many town departments are there? There are five: A, B, C, D and E.": the count
    before the colon leaves its noun to the question, and the series after it names the
    departments, the closing "and" parting the last two. Switched off, the page is refused."""
    found = offices(extract(COUNT_AFTER_QUESTION))
    assert list(found)[1:] == ["Wick Care", "Oil Supply", "Glass Repair", "Lamps", "Soot"]
    assert found["Soot"].found_by == "announced_names_last_resort"
    with pytest.raises(NoStructureError):
        extract(COUNT_AFTER_QUESTION, off={"announced_names_last_resort"})


def test_announced_names_last_resort_a_piece_that_is_no_name() -> None:
    """A piece of the series that is no capitalized name ("Clerk plus Wick Care") is left,
    the names beside it read; a series whose names are not most of its pieces ("the one
    that trims wicks, the one that fills oil, Glass Repair and Soot") is a description, and
    pieces that open with their numbers ("1) Wick Care; 2) Training; ...", with
    ``inline_numbered_parts`` off) are no names: each page is refused."""
    plus = COUNT_AFTER_QUESTION.replace("five: Wick Care", "six: Clerk plus Wick Care")
    found = offices(extract(plus))
    assert list(found)[1:] == ["Oil Supply", "Glass Repair", "Lamps", "Soot"]
    described = (
        "Lamp Notes\n\nHow many lamp departments are there? There are four: the one that trims"
        " wicks, the one that fills oil, Glass Repair and Soot.\n"
    )
    numbered = (
        "Lamp Notes\n\nThe following sections support the lamp work: 1) Wick Care; 2) Training;"
        " 3) Special Oil; and 4) Glass Services.\n"
    )
    for text in (described, numbered):
        with pytest.raises(NoStructureError):
            extract(text, off={"inline_numbered_parts"})


def test_announced_names_last_resort_no_partners_offerings_or_bare_count() -> None:
    """What a verb of working with announces ("works closely with the following offices:")
    are partners; "the following services:" are offerings; a bare count whose sentence
    before names no plural unit noun ("The fair opened in May. There are three: ...")
    counts anything; a colon inside a time ("at 9:30 Mondays, Wednesdays and Fridays")
    announces nothing: each page is still refused."""
    for text in (
        "The lamp board works closely with the following offices: Wick Care, Oil Supply and"
        " Glass Repair.",
        "The lamp board offers the following services: Wick Care, Oil Supply and Glass Repair.",
        "The fair opened in May on the green. There are three: Red Lamp, Blue Lamp and Green Lamp.",
        "Our lamp offices open daily. The keepers meet at 9:30 Mondays, Wednesdays and Fridays.",
    ):
        with pytest.raises(NoStructureError):
            extract(f"Lamp Notes\n\n{text}\n")


def test_announced_names_last_resort_every_item_a_name_and_two_at_least() -> None:
    """A list with an item that is a sentence ("Wick care, which trims the wicks of every
    lamp of the town."), a name in sentence case run into a sentence ("Oil supply. It buys
    oil.", no name to ``item_name``), a duty longer than a name ("Keep the wicks of every
    lamp trimmed") or an item in lower case ("wick care.") is not a list of names, and a
    list of one name names too few: each page is still refused."""
    sentence = CAPTIONED_OUTLINE.replace(
        "(1) Wick care.", "(1) Wick care, which trims the wicks of every lamp of the town."
    )
    described = CAPTIONED_OUTLINE.replace("(2) Oil supply.", "(2) Oil supply. It buys oil.")
    duty = CAPTIONED_OUTLINE.replace("(1) Wick care.", "(1) Keep the wicks of every lamp trimmed")
    lower = CAPTIONED_OUTLINE.replace("(1) Wick care.", "(1) wick care.")
    one = CAPTIONED_OUTLINE.replace("(2) Oil supply.\n(3) Glass and matches.\n", "")
    for text in (sentence, described, duty, lower, one):
        with pytest.raises(NoStructureError):
            extract(text)


def test_announced_names_last_resort_items_at_the_lead_ins_own_level_are_no_list() -> None:
    """An outline item that announces divisions and is followed by items at its own level
    ("c. Keeper. ...", "d. Deputy. ...") has no list under it: those are its peers, and the
    page is still refused."""
    flat = CAPTIONED_OUTLINE.replace(
        "(1) Wick care.\n(2) Oil supply.\n(3) Glass and matches.\n", ""
    ).replace("for four years.", "for four years.\nd. Deputy. The deputy is named by the keeper.")
    with pytest.raises(NoStructureError):
        extract(flat)


def test_announced_names_last_resort_a_piece_longer_than_a_name() -> None:
    """A piece of the series longer than a name ("The Lamp Keepers Of The Old Town Hall") is
    none of the units; the names beside it are."""
    text = COUNT_AFTER_QUESTION.replace(
        "five: Wick Care, Oil Supply, Glass Repair, Lamps and Soot",
        "three: Wick Care, Oil Supply and The Lamp Keepers Of The Old Town Hall",
    )
    assert names(extract(text))[1:] == ["Wick Care", "Oil Supply"]


def test_announced_names_last_resort_the_root_named_again_is_no_part() -> None:
    """A series that names the page's own body ("There are three: Lamp Board, Wick Care
    and Oil Supply" on the Lamp Board's page) lists the others as its units, not itself."""
    text = (
        "Lamp Board\n\nHow many lamp departments are there? There are three: Lamp Board, Wick"
        " Care and Oil Supply.\n"
    )
    assert names(extract(text)) == ["Lamp Board", "Wick Care", "Oil Supply"]


@pytest.mark.xfail(
    strict=True,
    reason="a run of 'Department of X Divisions: A B C' with no mark between the names (an "
    "ordinance's text read from a scan) is not read: where one division's name ends and the "
    "next begins is not written, and the departments run into the divisions before them",
)
def test_announced_names_last_resort_names_run_together_without_marks() -> None:
    text = (
        "Lamp Ordinance\n\nIt is ordained that the following departments are hereby created:"
        " Department of Wicks Divisions: Trimming Braiding Department of Oil Divisions:"
        " Pumping Storage Oil Testing.\n"
    )
    assert {"Department of Wicks", "Department of Oil"} <= set(offices(extract(text)))


@pytest.mark.xfail(
    strict=True,
    reason="a chart given only as a run-on sentence of 'Name Title' pairs (a figure's text "
    "alternative: 'Jane Doe Deputy Keeper Wicks, John Roe Deputy Keeper Oil') names posts with "
    "no colon and no unit noun: the page is still refused",
)
def test_announced_names_last_resort_posts_in_name_title_pairs() -> None:
    text = (
        "Lamp Chart\n\nFigure 2 Lamp chart. Image shows the chart. Ada Quill Chief Keeper,"
        " Jane Doe Deputy Keeper Wicks, John Roe Deputy Keeper Oil and Glass, Bram Tolley"
        " Deputy Keeper Soot.\n"
    )
    assert "Deputy Keeper Wicks" in offices(extract(text))


COUNTED_PARAGRAPHS = dedent("""\
    Wick Supplies Division

    The Wick Supplies Division trims and braids the wicks of the town's lamps.

    The Wick Supplies Division has three major areas of responsibility as follows:

    The Braiding and Twisting area is responsible for making new wicks.

    The Soot Records area facilitates the keeping of soot logs.

    The Lamp Round Support area is responsible for the nightly rounds.

    Oil Stores Office

    The Oil Stores Office buys the lamp oil.
    """)


def test_counted_paragraph_subjects_three_areas_as_follows() -> None:
    """ "has three major areas of responsibility as follows:" and three paragraphs each opening
    with "The <name> area": three parts of the division, though "area" is no unit noun; with
    one paragraph fewer than counted, or an article for a name ("A bureau of audit"), none."""
    found = offices(extract(COUNTED_PARAGRAPHS))
    for name in ("Braiding and Twisting area", "Soot Records area", "Lamp Round Support area"):
        assert found[name] == Placed(
            "Wick Supplies Division", "counted_paragraph_subjects", "enumerated_units"
        )
    off = offices(extract(COUNTED_PARAGRAPHS, off={"counted_paragraph_subjects"}))
    assert "Soot Records area" not in off
    short = COUNTED_PARAGRAPHS.replace("The Soot Records area", "Soot logs are")
    assert "Lamp Round Support area" not in offices(extract(short))
    article = COUNTED_PARAGRAPHS.replace("The Soot Records area", "A soot area")
    assert "Braiding and Twisting area" not in offices(extract(article))


def test_enumerated_units_own_parts_after_a_count_and_a_comma_or_an_article() -> None:
    """In a unit's own section, "is divided into two branches, the Trimming Branch and the
    Braiding Branch" and "also includes a Spares Unit" name its parts, as "consists of the
    ..." does; "consists of a Sergeant, six deputies" names staff, no unit."""
    page = dedent("""\
        Lamp Department

        The Lamp Department keeps the town's lamps lit.

        Wick Division

        The Wick Division trims the wicks of every lamp.

        The Wick Division is divided into two branches, the Trimming Branch and the Braiding Branch. The Wick Division also includes a Spares Unit.

        Oil Division

        The Oil Division consists of a Sergeant, six deputies and two clerks.
        """)
    found = offices(extract(page))
    for name in ("Trimming Branch", "Braiding Branch", "Spares Unit"):
        assert found[name] == Placed("Wick Division", "enumerated_units", "enumerated_units")
    assert "Sergeant" not in found
    off = offices(extract(page, off={"enumerated_units"}))
    assert "Spares Unit" not in off and "Trimming Branch" not in off


def test_counted_paragraph_subjects_sections_as_follows_and_not_courses_or_goals() -> None:
    """ "has two sections as follows:" reads the noun before "as follows" (not "follows"
    itself); a count of courses or goals names no parts, nor does a paragraph closing with a
    full stop, nor a subject that is no name ("The section of ...", "Another section")."""

    def page(lead: str, first: str = "The Braiding section") -> str:
        return dedent(f"""\
            Lamp Department

            The Lamp Department keeps the town's lamps lit.

            Wick Division

            The Wick Division trims the wicks of every lamp.

            {lead}

            {first} makes new wicks for the lamps.

            The Trimming section trims the wicks each night.
            """)

    found = offices(extract(page("The Wick Division has two sections as follows:")))
    assert found["Braiding section"].found_by == "counted_paragraph_subjects"
    for lead in (
        "Each year it teaches two courses as follows:",
        "The Wick Division has two sections.",
    ):
        assert "Braiding section" not in offices(extract(page(lead)))
    for first in ("The section of braiders", "Another section"):
        named = offices(extract(page("The Wick Division has two sections:", first)))
        assert "Trimming section" not in named and "Another section" not in named


def test_enumerated_units_own_parts_not_after_a_count_of_buildings() -> None:
    """ "comprises two buildings, the Lamp House and the Oil Hall": the count names
    buildings, no parts (a count of parts is a plural unit noun)."""
    page = dedent("""\
        Lamp Department

        The Lamp Department keeps the town's lamps lit.

        Wick Division

        The Wick Division comprises two buildings, the Lamp House and the Oil Hall, and three crews.

        Oil Division

        The Oil Division buys oil.
        """)
    found = offices(extract(page))
    assert "Lamp House" not in found and "Oil Hall" not in found


def test_generic_section_parts_under_a_heading_that_names_no_unit() -> None:
    """A section whose heading names no unit ("Who We Are", "Divisions") lists the body's
    parts in its prose as the introduction does, whatever their names' words; switched off,
    the page names no unit."""
    who = page(
        "Who We Are",
        "The Bureau of Lantern Safety is comprised of three primary divisions: Wick Care, "
        "Glass Care, and Oil Supply.",
    )
    divisions = page(
        "Divisions", "The bureau is comprised of Wick Care, Glass Care, and Oil Supply."
    )
    for text in (who, divisions):
        found = offices(extract(text))
        assert list(found) == [ROOT, "Wick Care", "Glass Care", "Oil Supply"]
        assert found["Glass Care"] == Placed(ROOT, "enumerated_units", "enumerated_units")
        with pytest.raises(NoStructureError):
            extract(text, off={"generic_section_parts", "announced_names_last_resort"})


def test_generic_section_parts_not_beside_headings_that_name_units() -> None:
    """Where headings name the units, a generic section's enumeration adds no bare names
    beside them."""
    text = page(
        "Who We Are",
        "The bureau is comprised of Wick Care and Glass Care.",
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    assert names(extract(text)) == [ROOT, "Office of Wick Standards", "Office of Glass Inspection"]


def test_part_aside_a_parenthesis_after_a_listed_part() -> None:
    """ "Wick Care (Trimming and Braiding), Glass Care, and Oil Supply": the aside says what
    the part covers; the list goes on after it, and the names inside it are no parts.
    Switched off, the list stops at the aside and the page names no unit."""
    text = page(
        "Divisions",
        "The bureau is comprised of Wick Care (Trimming and Braiding), Glass Care, and Oil Supply.",
    )
    assert names(extract(text)) == [ROOT, "Wick Care", "Glass Care", "Oil Supply"]
    with pytest.raises(NoStructureError):
        extract(text, off={"part_aside"})


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


@pytest.mark.xfail(
    strict=True,
    reason="a count of parts set off with their names as an appositive before the verb ('The "
    "directorate's three units, Wick Care, Glass Care and Oil Supply, work together') is not "
    "read: ending the series at the comma before the verb and hanging the parts from the unit "
    "the possessive refers back to (tried) changed one development page only",
)
def test_counted_appositive_parts_of_the_unit_referred_back_to() -> None:
    text = page(
        "The Wick Directorate manages the wicks. The directorate's three units, Wick Care, "
        "Glass Care and Oil Supply, work together to keep the lamps lit."
    )
    found = offices(extract(text))
    assert found["Glass Care"].parent == "Wick Directorate"


PLACED_SERIES_HEAD = (
    "Lamp Department\n\nThe Lamp Department keeps the town's lamps lit. The Lamp Director"
    " leads the department. "
)


@pytest.mark.parametrize(
    "opening",
    ["Underneath the Lamp Services umbrella is", "Within Lamp Services are"],
)
def test_placed_series_names_in_any_words_after_a_placing_opening(opening: str) -> None:
    """ "Underneath the Lamp Services umbrella is the Office of Oil, The Office of Ash,
    Tall Rows of Wicks, Open Glass Labs, and the Soot Section": every name of the
    series ("The" in capitals between two as "the" is) is a part of the unit the opening
    names, the ones not worded as units too; off, those are lost."""
    text = PLACED_SERIES_HEAD + (
        f"{opening} the Office of Oil, The Office of Ash, Tall Rows of Wicks, Open"
        " Glass Labs, and the Soot Section.\n"
    )
    found = offices(extract(text))
    for name in ("Tall Rows of Wicks", "Open Glass Labs"):
        assert found[name] == Placed("Lamp Services", "placed_series", "reports_to"), name
    assert found["Soot Section"].parent == "Lamp Services"
    off = offices(extract(text, off={"placed_series"}))
    assert "Tall Rows of Wicks" not in off
    assert "Open Glass Labs" not in off
    assert off["Soot Section"].parent == "Lamp Services"


def test_placed_series_opening_after_also_and_acronyms_in_parentheses() -> None:
    """ "Also under Lamp Services are Wick Systems (WXS), Open Oil Labs (OOL) and Glass
    Research Services (GLRS)": "Also" before the opening, and the acronym after each name is
    no break in the series; off, the opening still places the name worded as a unit
    (``reports_to``), and the others are lost."""
    text = PLACED_SERIES_HEAD + (
        "Also under Lamp Services are Wick Systems (WXS), Open Oil Labs (OOL) and Glass Research"
        " Services (GLRS).\n"
    )
    found = offices(extract(text))
    for name in ("Wick Systems", "Open Oil Labs", "Glass Research Services"):
        assert found[name].parent == "Lamp Services", name
    assert found["Open Oil Labs"].found_by == "placed_series"
    off = offices(extract(text, off={"placed_series"}))
    assert "Open Oil Labs" not in off
    assert off["Glass Research Services"].parent == "Lamp Services"


def test_placed_series_under_a_noun_of_direction_of_a_post() -> None:
    """ "Under the supervision of the Lamp Director are the Oil Office, Glass Section, ...":
    the noun of direction stands between "under" and the post the parts are placed below;
    off, the sections are not read and the office hangs from the department."""
    text = PLACED_SERIES_HEAD + (
        "Under the supervision of the Lamp Director are the Oil Office, Glass Section, Soot"
        " Section and Wick Section.\n"
    )
    found = offices(extract(text))
    for name in ("Oil Office", "Glass Section", "Soot Section", "Wick Section"):
        assert found[name].parent == "Lamp Director", name
    off = offices(extract(text, off={"placed_series", "prose_section_name"}))
    assert "Glass Section" not in off
    assert off["Oil Office"].parent == "Lamp Department"
    # placed_series alone off, the sections are names ending in "Section" in prose
    alone = offices(extract(text, off={"placed_series"}))
    assert alone["Glass Section"].found_by == "prose_section_name"


def test_placed_series_noun_of_direction_then_a_clause_places_nothing() -> None:
    """ "Under the direction of the Lamp Director, the Oil Office and Glass Section are open
    ...": the opening phrase ends at its comma and its verb is the clause's, not one of
    placing: nothing is placed below the director."""
    text = PLACED_SERIES_HEAD + (
        "Under the direction of the Lamp Director, the Oil Office and Glass Section are open"
        " every night.\n"
    )
    found = offices(extract(text))
    assert found["Oil Office"].parent == "Lamp Department"


def test_placed_series_none_worded_as_a_unit_gives_nothing() -> None:
    """ "Within the Wick Division are Glass Town, Oil Village and Wick Hamlet": a series none
    of whose names is worded as a unit may list places or people, no parts."""
    text = PLACED_SERIES_HEAD + (
        "Within the Wick Division are Glass Town, Oil Village and Wick Hamlet.\n"
    )
    found = offices(extract(text))
    assert "Glass Town" not in found
    assert "Wick Hamlet" not in found


def test_placed_series_ends_where_the_series_does() -> None:
    """ "... are Wick Systems and the Oil Office, which serve the Glass Section": a name in a
    relative clause after the series, even one worded as a unit, is no item of it and not
    placed below the opening's unit."""
    text = PLACED_SERIES_HEAD + (
        "Under Lamp Services are Wick Systems and the Oil Office, which serve the Glass Section.\n"
    )
    found = offices(extract(text))
    assert found["Wick Systems"].parent == "Lamp Services"
    assert found["Oil Office"].parent == "Lamp Services"
    assert "Glass Section" not in found or found["Glass Section"].parent != "Lamp Services"


@pytest.mark.parametrize("pronoun", ["that", "where"])
def test_placed_series_ends_at_any_relative_clause(pronoun: str) -> None:
    """ "..., that serve the Glass Section", "..., where the Glass Section ...": every
    relative pronoun ends the series, as "which" does."""
    text = PLACED_SERIES_HEAD + (
        f"Under Lamp Services are Wick Systems and the Oil Office, {pronoun} the Glass Section"
        " keeps its lamps.\n"
    )
    found = offices(extract(text))
    assert found["Oil Office"].parent == "Lamp Services"
    assert "Glass Section" not in found or found["Glass Section"].parent != "Lamp Services"


def test_placed_series_a_clause_that_introduces_the_names() -> None:
    """ "... are three offices, which are the Oil Office, ...": a relative clause before
    any name of the series introduces the names; they are placed below the opening's
    unit."""
    text = PLACED_SERIES_HEAD + (
        "Under Lamp Services are three offices, which are the Oil Office, the Wick Office and"
        " the Glass Office.\n"
    )
    found = offices(extract(text))
    for name in ("Oil Office", "Wick Office", "Glass Office"):
        assert found[name].parent == "Lamp Services", name


@pytest.mark.parametrize(
    ("series", "pair"),
    [
        (
            "Wick Systems, Open Oil Labs and Glass Research Services",
            ("Open Oil Labs", "Glass Research Services"),
        ),
        ("the Oil Office, Glass Works and Soot Works", ("Glass Works", "Soot Works")),
    ],
)
def test_placed_series_closing_and_parts_the_last_two_names(
    series: str, pair: tuple[str, str]
) -> None:
    """ "Under Lamp Services are Wick Systems, Open Oil Labs and Glass Research Services": the
    "and" that closes the series parts its last two names, as after a verb of composition;
    read as one, "Open Oil Labs and Glass Research Services" would be a unit no page names."""
    text = PLACED_SERIES_HEAD + f"Under Lamp Services are {series}.\n"
    found = offices(extract(text))
    for name in pair:
        assert found[name].parent == "Lamp Services", name
    assert " and ".join(pair) not in found


def test_placed_series_people_are_no_parts() -> None:
    """ "Under the Lamp Director are the Oil Office, Jane Q. Doe, and Dr. John Roe": a
    person's name is no part of the post, nor is the honorific before one ("Dr")."""
    text = PLACED_SERIES_HEAD + (
        "Under the Lamp Director are the Oil Office, Jane Q. Doe, and Dr. John Roe.\n"
    )
    found = offices(extract(text))
    assert found["Oil Office"].parent == "Lamp Director"
    assert set(found) & {"Jane Q. Doe", "Dr", "John Roe"} == set()


def test_placed_series_a_place_is_no_part() -> None:
    """ "Within the Wick Division are the Oil Office, Glass Town, and Soot Works": a name ending
    in a place's noun ("Glass Town") names a place, not a part; the rest of the series still
    is one."""
    text = PLACED_SERIES_HEAD + (
        "Within the Wick Division are the Oil Office, Glass Town, and Soot Works.\n"
    )
    found = offices(extract(text))
    assert "Glass Town" not in found
    assert found["Soot Works"].parent == "Wick Division"


@pytest.mark.parametrize(
    "opening",
    [
        "Under the Supervision of the Lamp Director are",
        "Under the general supervision of the Lamp Director are",
        "Under the aegis of the Lamp Director are",
        "Under the auspices of the Lamp Director are",
        "Under the purview of the Lamp Director are",
        "Under the authority of the Lamp Director are",
        "Under the guidance of the Lamp Director are",
        "Under the control of the Lamp Director are",
        "Under the leadership of the Lamp Director are",
        "Under the management of the Lamp Director are",
        "Under the oversight of the Lamp Director are",
        "Under the command of the Lamp Director are",
        "Under the umbrella of the Lamp Director are",
        "Directly under the direction of the Lamp Director are",
        "Underneath the supervision of the Lamp Director are",
    ],
)
def test_placed_series_every_noun_of_direction(opening: str) -> None:
    """Every noun of direction the page's other readings know ("under the aegis of", "under
    the general supervision of"), in any case, with "directly" or "underneath": the name
    after it is the post the series is placed below, and the noun no unit ("Supervision of
    the Lamp Director")."""
    text = PLACED_SERIES_HEAD + (f"{opening} the Oil Office, the Glass Section and Open Labs.\n")
    found = offices(extract(text))
    for name in ("Oil Office", "Glass Section", "Open Labs"):
        assert found[name].parent == "Lamp Director", name
    assert not [name for name in found if name.lower().startswith(("supervision", "the "))]


@pytest.mark.parametrize(
    "opening",
    [
        "Under the supervision of the Écran Office are",
        "Under the Écran Office are",
        "Within the Écran Office are",
        "Within the Łuna Office are",
        "Within the Šafr Office are",
    ],
)
def test_placed_series_name_opening_with_an_accented_capital(opening: str) -> None:
    """ "Within the Écran Office are ...", "Within the Łuna Office are ...": a name whose
    capital bears an accent, of any Latin letter, is the one the series is placed below, in
    every placing opening."""
    text = PLACED_SERIES_HEAD + f"{opening} the Oil Office, the Glass Section and Open Labs.\n"
    boss = opening.rsplit(" the ", 1)[-1].removesuffix(" are")
    found = offices(extract(text))
    for name in ("Oil Office", "Glass Section", "Open Labs"):
        assert found[name].parent == boss, name


REFERRED_GROUPS = page(
    "Wick care",
    "Our Lamp Services keep the hall lit day and night. They include:",
    """\
      • Wick Trimming
      • Oil and Glass
      • Soot Removal
    """,
)


def test_referring_lead_in_reads_the_groups_a_sentence_before_names() -> None:
    """ "Our Lamp Services keep the hall lit. They include:": the pronoun refers back to the
    body's own groups, so the items are units, though no unit noun names them; the heading
    in the lower case over nothing but that lead-in and its list is the section's label."""
    found = offices(extract(REFERRED_GROUPS))
    assert found["Wick Trimming"] == Placed(ROOT, "referring_lead_in", "inside_section")
    assert {"Oil and Glass", "Soot Removal"} <= set(found)


def test_referring_lead_in_switched_off_lists_no_units() -> None:
    with pytest.raises(NoStructureError):
        extract(REFERRED_GROUPS, off={"referring_lead_in"})


def test_referring_lead_in_shapes() -> None:
    assert referring_lead_in("Our Wick Guilds are great partners. These include:")
    assert referring_lead_in("We also have committees that trim wicks. These include:")
    assert referring_lead_in(
        "Our Lamp Services keep the hall lit. Those also include the following:"
    )
    assert referring_lead_in("Our Lamp Services keep the hall lit. They are as follows:")
    with disabled({"referring_lead_in"}):
        assert not referring_lead_in("Our Wick Guilds are great partners. These include:")


def test_referring_lead_in_not_without_a_sentence_before_it() -> None:
    """A lead-in of the pronoun alone refers back to nothing it can read."""
    assert not referring_lead_in("They include:")


def test_referring_lead_in_not_a_sentence_that_goes_on() -> None:
    """Only the pronoun and the verb of listing: "They include the wicks we trim:" says
    more than it refers back."""
    assert not referring_lead_in("Our wick guilds are great. They include the oldest guilds:")


def test_referring_lead_in_not_without_the_body_s_own_voice() -> None:
    """A sentence before it that does not speak of the body's own groups ("Our", "We
    have") refers back to what it cannot tell are units."""
    assert not referring_lead_in("Lamps need care. They include:")
    assert not referring_lead_in("The wick guilds are great partners. These include:")


def test_referring_lead_in_not_what_the_body_offers_in_lower_case() -> None:
    assert not referring_lead_in("Our services keep the hall lit. They include:")
    assert not referring_lead_in("Our lamp programs help you. These include:")
    assert referring_lead_in("Our Lamp Services keep the hall lit. These include:")


@pytest.mark.parametrize(
    "lead_in",
    [
        "Our Commissioners serve the county. They include:",
        "Our directors lead the work. They include:",
        "Our Lamp Directors lead the work. These include:",
        "We also have Wick Deputies who trim wicks. These include:",
    ],
)
def test_referring_lead_in_not_the_body_s_posts(lead_in: str) -> None:
    """A plural of a post names the people who hold the body's posts, not its groups."""
    assert not referring_lead_in(lead_in)


@pytest.mark.parametrize(
    "lead_in",
    [
        "We have volunteers who trim wicks. These include:",
        "Our lamp experts advise. They include:",
        "Our Services help you. They include:",
        "Our initiatives help the town. They include:",
        "Our resources help the town. They include:",
        "Our events help the town. They include:",
        "Our Lamp Initiatives help the town. They include:",
        "Our Lamp Programmes help the town. They include:",
    ],
)
def test_referring_lead_in_not_a_plural_alone_or_programs(lead_in: str) -> None:
    """A plural that is no unit noun, with no capitalized word to name the group, may be
    anything the body has: people, events, what it offers; programs are no units."""
    assert not referring_lead_in(lead_in)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Our work covers three areas. They include:",
        "Our mission focuses on lamps. These include:",
        "Our Lamp Care covers the three areas. They include:",
        "Our Wick Office trims all the wicks. These include:",
    ],
)
def test_referring_lead_in_not_a_verb_in_s(lead_in: str) -> None:
    """A word in "-s" right before its object is the sentence's verb, not its plural."""
    assert not referring_lead_in(lead_in)


def test_referring_lead_in_a_unit_noun_alone_names_groups() -> None:
    assert referring_lead_in("We also have committees that trim wicks. These include:")
    assert referring_lead_in("Our wick committees meet monthly. They include:")


@pytest.mark.parametrize(
    ("lead_in", "items"),
    [
        (
            "Our Commissioners serve the county. They include:",
            ["Mary Lampwright", "John Wickman", "Ada Glassby"],
        ),
        ("Our Lamp Experts advise the town. They include:", ["Ivo Quill", "Ada Glassby"]),
        ("Our Services help you. They include:", ["Lamp Repair", "Wick Sales"]),
    ],
)
def test_referring_lead_in_not_people_or_offerings_listed(lead_in: str, items: list[str]) -> None:
    """A list of people's names, or of what the body offers, after a lead-in that refers
    back is no list of units."""
    text = page(
        "Wick care",
        "The Lamp Office keeps the lamps lit.",
        lead_in,
        "\n".join(f"  • {item}" for item in items),
    )
    found = offices(extract(text))
    assert not set(items) & set(found)


def test_referring_lead_in_groups_beside_a_name_that_may_be_a_person_s() -> None:
    """ "Lamp Repair" alone reads as a person's name; beside "Wick Sales" the list is of
    groups."""
    text = page(
        "Wick care",
        "Our Lamp Services keep the hall lit. They include:",
        "  • Lamp Repair\n  • Wick Sales",
    )
    assert {"Lamp Repair", "Wick Sales"} <= set(offices(extract(text)))


def test_referring_lead_in_not_members_or_partners() -> None:
    assert not referring_lead_in("Our partners help us trim wicks. They include:")
    assert not referring_lead_in("Our members come from every lamp hall. They include:")


def test_referring_lead_in_items_must_be_proper_names() -> None:
    """The lead-in names no unit noun: an item in lower case is a duty, not a unit."""
    text = page(
        "Wick care",
        "Our Lamp Services keep the hall lit. They include:",
        """\
          • trimming the wicks every night
          • Soot Removal
        """,
    )
    found = offices(extract(text))
    assert "Soot Removal" in found
    assert not any(name.lower().startswith("trimming") for name in found)


REFERRED_GROUP_HEADING = page(
    "Lamp Services",
    "Our Lamp Services keep the hall lit day and night. They include:",
    """\
      • Wick Trimming
      • Soot Removal
    """,
    "\u276e Back to Home",
)


def test_referred_group_heading_is_no_unit() -> None:
    """A plural heading over a referring lead-in and its list alone (a link's line after it
    is no prose) names the group the units make up: they stand under the heading's owner."""
    found = offices(extract(REFERRED_GROUP_HEADING))
    assert "Lamp Services" not in found
    assert found["Wick Trimming"] == Placed(ROOT, "referring_lead_in", "inside_section")


def test_referred_group_heading_switched_off_keeps_the_heading() -> None:
    off = offices(extract(REFERRED_GROUP_HEADING, off={"referred_group_heading"}))
    assert off["Wick Trimming"].parent == "Lamp Services"


def test_referred_group_heading_not_over_prose_of_its_own() -> None:
    """A paragraph about the group besides the lead-in makes the heading a unit."""
    text = page(
        "Lamp Services",
        "Our Lamp Services keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
        "The services answer to the Keeper of Lamps.",
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == "Lamp Services"


def test_referred_group_heading_not_a_singular_heading() -> None:
    """A heading in the singular ("Lamp Service") names one body, whose groups they are."""
    text = page(
        "Lamp Service",
        "Our Lamp Teams keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == "Lamp Service"


@pytest.mark.parametrize("heading", ["Wick Analysis", "Lamp Status", "Glass Census"])
def test_referred_group_heading_not_a_singular_in_s(heading: str) -> None:
    """A heading whose singular head ends in "-s" ("Wick Analysis", "Lamp Status") is no
    plural: it names one body, whose groups they are."""
    text = page(
        heading,
        "Our Lamp Teams keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == heading


@pytest.mark.xfail(
    strict=True,
    reason="a plural the finders do not know before 'which are:' in the same sentence ('The "
    "focus is on hall services in the Bureau which are:') is not read: 'services' names what "
    "a body offers as often as its groups, and nothing else in the sentence says which",
)
def test_referring_lead_in_plural_before_which_are() -> None:
    text = page(
        "Keeper of Lamps",
        "The focus is on hall services in the Bureau which are:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
    )
    assert offices(extract(text))["Wick Trimming"].found_by == "referring_lead_in"


SECTIONS_IN_PROSE = page(
    "The Lamp Division keeps the lamps of the town and trims their wicks through the Wick Section.",
    "The Glass Section cleans the lamp glass every week.",
)


def test_prose_section_name_under_the_unit_its_paragraph_opens_with() -> None:
    """A capitalized name ending in "Section" named inside a sentence is a unit: under the
    unit whose name opens its paragraph ("The Lamp Division ... through the Wick Section"),
    or where no unit opens it, under the unit other rules give (the root here)."""
    found = offices(extract(SECTIONS_IN_PROSE))
    assert found["Wick Section"].parent == "Lamp Division"
    assert found["Wick Section"].found_by == "prose_section_name"
    assert found["Wick Section"].parent_by == "prose_section_name"
    assert found["Glass Section"].parent == ROOT


def test_prose_section_name_switched_off() -> None:
    """Switched off, prose reads no name ending in "Section" that no other rule reads."""
    found = offices(extract(SECTIONS_IN_PROSE, off={"prose_section_name"}))
    assert "Wick Section" not in found
    assert "Glass Section" not in found
    assert found["Lamp Division"].parent == ROOT


SECTIONS_LISTED_UNDER_A_PARAGRAPH = page(
    "The Oil Branch stores the oil of the town.",
    """
      • The Drum Section fills the drums.
      • The Cask Section seals the casks.
    """,
)


def test_prose_section_name_list_under_the_paragraph_before() -> None:
    """In a list item that opens with no other unit, a section belongs to the unit whose
    name opens the paragraph right before the list."""
    found = offices(extract(SECTIONS_LISTED_UNDER_A_PARAGRAPH))
    assert found["Drum Section"].parent == "Oil Branch"
    assert found["Cask Section"].parent == "Oil Branch"
    off = offices(extract(SECTIONS_LISTED_UNDER_A_PARAGRAPH, off={"prose_section_name"}))
    assert "Drum Section" not in off


def test_prose_section_name_not_in_lower_case() -> None:
    """ "Its Wick Audits section": in lower case the noun is as often a part of a page or a
    document, no word of a unit's name."""
    found = offices(
        extract(page("The Lamp Division keeps the lamps. Its Wick Audits section checks wicks."))
    )
    assert "Lamp Division" in found
    assert not [name for name in found if name.lower().endswith("section")]


def test_prose_section_name_not_a_section_of_another_body() -> None:
    """A section named as a part of another body ("The Wick Section of the Lamp Division has
    been renamed the Flame Care Section") is left to other rules (``unit_before_its_place``
    reads the subject as the body's unit; with it off, no rule does), and the name the
    renaming gives is the renamed section's, no other unit."""
    text = page(
        "The Lamp Division keeps the lamps of the town.",
        "The Wick Section of the Lamp Division has been renamed the Flame Care Section.",
    )
    found = offices(extract(text))
    assert "Lamp Division" in found
    assert found["Wick Section"].found_by != "prose_section_name"
    assert found["Wick Section"].parent == "Lamp Division"
    assert "Flame Care Section" not in found
    alone = offices(extract(text, off={"unit_before_its_place"}))
    assert "Wick Section" not in alone
    assert "Flame Care Section" not in alone


def test_prose_section_name_leaves_a_listed_section_to_its_composition() -> None:
    """A section a verb of composition lists stays the composition's part, found by
    ``enumerated_units`` as before."""
    found = offices(
        extract(page("The Oil Division consists of the Drum Section and the Cask Section."))
    )
    assert found["Drum Section"].found_by == "enumerated_units"
    assert found["Drum Section"].parent == "Oil Division"


@pytest.mark.xfail(
    strict=True,
    reason="a section renamed in a sentence that places it in another body is left whole: "
    "no rule reads the body it is part of ('of the Lamp Division') nor the renaming as one unit",
)
def test_prose_section_name_renamed_section_of_another_body() -> None:
    found = offices(
        extract(
            page(
                "The Lamp Division keeps the lamps of the town.",
                "The Wick Section of the Lamp Division has been renamed the Flame Care Section.",
            )
        )
    )
    assert found["Flame Care Section"].parent == "Lamp Division"


def test_prose_section_name_not_in_a_sentence_counting_parts() -> None:
    """ "two sections, namely Drum Section and Cask Section": a sentence that counts parts
    by a plural unit noun lists them for the rules of enumeration, which place them under
    the unit the sentence is about."""
    found = offices(
        extract(
            page(
                "The Oil Office keeps the oil of the town. The Oil Office has two sections, "
                "namely Drum Section and Cask Section."
            )
        )
    )
    assert found["Drum Section"].found_by != "prose_section_name"
    assert found["Cask Section"].parent == "Oil Office"


def test_prose_section_name_opening_its_sentence_not_under_the_paragraphs_unit() -> None:
    """A section that opens its own sentence ("The Wick Team trims wicks. The Lamp Section
    keeps the lamps.") is no part of the unit its paragraph opens with."""
    found = offices(
        extract(page("The Wick Team trims the wicks. The Lamp Section keeps the lamps lit."))
    )
    assert found["Lamp Section"].found_by == "prose_section_name"
    assert found["Lamp Section"].parent == ROOT


# A page with a unit of its own besides a flattened table, so that it is read with the rule off.
_RECORDS = "Office of Lamp Records\n\nThe Office of Lamp Records keeps the records."


def test_unbarred_unit_column_rows_before_their_phone() -> None:
    """Under a header "Division   Number", each row's words before its phone number name a
    unit, under the page's body; with the rule off, none."""
    text = page(
        _RECORDS,
        """
        Division   Number
        Wick Supply 555-555-0100
        Oil Stores 555-555-0101
        Glass Repair 555-555-0102, ext. 12
        """,
    )
    found = offices(extract(text))
    for name in ("Wick Supply", "Oil Stores", "Glass Repair"):
        assert found[name].found_by == "unbarred_unit_column"
        assert found[name].parent == ROOT
    off = offices(extract(text, off={"unbarred_unit_column"}))
    assert not {"Wick Supply", "Oil Stores", "Glass Repair"} & set(off)


def test_unbarred_unit_column_number_run_into_the_name() -> None:
    """A header run together ("Division/Unit TitleWhole-time Equivalent") over rows whose
    count is run into the name ("Wick Trimming Division12.5"): the name before the count."""
    text = page(
        _RECORDS,
        """
        The staff of each area is as follows:

        Division/Unit TitleWhole-time Equivalent
        Wick Trimming Division12.5
        Oil Measuring Unit7
        """,
    )
    found = offices(extract(text))
    assert found["Wick Trimming Division"].found_by == "unbarred_unit_column"
    assert found["Oil Measuring Unit"].found_by == "unbarred_unit_column"
    off = offices(extract(text, off={"unbarred_unit_column"}))
    assert "Wick Trimming Division" not in off and "Oil Measuring Unit" not in off


def test_unbarred_unit_column_name_before_the_sentence_describing_it() -> None:
    """Under "Department      Activities", a row names its unit before the sentence that
    describes it; a row that opens with that sentence names none."""
    text = page(
        _RECORDS,
        """
        The activities of the departments are listed below:

        Department      Activities
        Wick Care The main functions of the department are trimming and cleaning.
        The main functions of the section are storing.
        Oil Supply The main functions of the department are buying oil.
        """,
    )
    found = offices(extract(text))
    assert found["Wick Care"].found_by == "unbarred_unit_column"
    assert found["Oil Supply"].found_by == "unbarred_unit_column"
    assert not [name for name in found if name.startswith("The main")]
    off = offices(extract(text, off={"unbarred_unit_column"}))
    assert "Wick Care" not in off and "Oil Supply" not in off


def test_unbarred_unit_column_not_under_a_header_of_another_column() -> None:
    """A header whose second cell names no column of contacts, counts or work ("Division
    Overview") heads no table of units."""
    text = page(
        _RECORDS,
        """
        Division   Overview
        Wick Supply 555-555-0100
        Oil Stores 555-555-0101
        """,
    )
    found = offices(extract(text))
    assert "Wick Supply" not in found and "Oil Stores" not in found


def test_unbarred_unit_column_one_row_is_no_table() -> None:
    """One row under such a header is no table: it names no unit."""
    text = page(
        _RECORDS,
        """
        Division   Number
        Wick Supply 555-555-0100
        """,
    )
    assert "Wick Supply" not in offices(extract(text))


def test_unbarred_unit_column_a_unit_found_already_named_short() -> None:
    """A row naming a unit the page lists already, by its name's first words ("Wick Supply"
    for the "Wick Supply Division", "Lamp Desk" for the "Lamp Desk Division") or,
    with no unit noun, by its first word ("Engineering Stores" for the "Engineering/Glass
    Division"), is that unit: no second row; a row of a
    unit not listed is one."""
    text = page(
        _RECORDS,
        """
        The bureau has two divisions:

        - Wick Supply Division
        - Engineering/Glass Division
        - Lamp Desk Division

        Division      Activities
        Wick Supply The main functions of the division are buying wicks.
        Engineering Stores The main functions of the division are keeping tools.
        Lamp Desk The main functions of the division are mending glass.
        Oil Stores The main functions of the division are keeping oil.
        """,
    )
    found = offices(extract(text))
    assert "Wick Supply" not in found and "Engineering Stores" not in found
    assert "Lamp Desk" not in found  # a unit noun in it: its first words, not its first
    assert found["Oil Stores"].found_by == "unbarred_unit_column"


@pytest.mark.xfail(
    strict=True,
    reason="the rows hang from the page's top unit, not from the unit whose section holds "
    "the table (every such table on the development pages stands in the body's own text)",
)
def test_unbarred_unit_column_rows_under_the_section_unit_holding_the_table() -> None:
    """A table under a unit's heading names that unit's parts."""
    text = page(
        """
        Office of Lamp Records

        The Office of Lamp Records keeps the records.

        Division   Number
        Wick Supply 555-555-0100
        Oil Stores 555-555-0101
        """
    )
    found = offices(extract(text))
    assert found["Oil Stores"].found_by == "unbarred_unit_column"
    assert found["Oil Stores"].parent == "Office of Lamp Records"


@pytest.mark.parametrize(
    "post", ["The Chief Lamp Warden", "The Lamp Office Director"], ids=["warden", "director"]
)
def test_prose_section_name_not_under_a_post(post: str) -> None:
    """A post that opens the paragraph ("The Chief Lamp Warden oversees ... The post also
    trims wicks through the Wick Section") holds no section, in the paragraph or in a list
    right after it: a section is a unit's part."""
    found = offices(
        extract(
            page(
                f"{post} oversees the Oil Desk and the Glass Desk. The post also trims wicks "
                "through the Wick Section."
            )
        )
    )
    assert found["Wick Section"].found_by == "prose_section_name"
    assert found["Wick Section"].parent == ROOT
    listed = offices(
        extract(
            page(
                f"{post} oversees the Oil Desk and the Glass Desk.",
                """
                  • The Drum Section fills the drums.
                  • The Cask Section seals the casks.
                """,
            )
        )
    )
    assert listed["Drum Section"].found_by == "prose_section_name"
    assert listed["Drum Section"].parent == ROOT
    assert listed["Cask Section"].parent == ROOT


@pytest.mark.parametrize("word", ["Its", "Our"])
def test_prose_section_name_after_its_under_the_paragraphs_unit(word: str) -> None:
    """ "The Lamp Division keeps the lamps. Its Wick Section trims the wicks.": a section
    after a word referring back does not open its own sentence, it is the paragraph's unit's
    part; only an article stands before a section that does."""
    found = offices(
        extract(page(f"The Lamp Division keeps the lamps. {word} Wick Section trims the wicks."))
    )
    assert found["Wick Section"].found_by == "prose_section_name"
    assert found["Wick Section"].parent == "Lamp Division"


def test_prose_section_name_after_a_count_of_other_parts() -> None:
    """A count of other parts in the sentence ("has three teams") leaves to enumeration the
    names it lists, not a section named after it by a verb of its own."""
    found = offices(
        extract(page("The Lamp Division has three teams and trims wicks through the Wick Section."))
    )
    assert found["Wick Section"].found_by == "prose_section_name"
    assert found["Wick Section"].parent == "Lamp Division"


def test_prose_section_name_after_a_section_of_another_body() -> None:
    """Only the section named as a part of another body ("The Wick Section of the Lamp
    Division") is left to other rules: another section in its sentence is read."""
    found = offices(
        extract(
            page(
                "The Lamp Division keeps the lamps.",
                "The Wick Section of the Lamp Division trims wicks through the Soot Section.",
            )
        )
    )
    assert found["Soot Section"].found_by == "prose_section_name"
    assert found["Wick Section"].parent == "Lamp Division"


@pytest.mark.parametrize("renamed", ["has been renamed the", "was re-designated as the"])
def test_prose_section_name_not_a_renamed_sections_new_name(renamed: str) -> None:
    """The name a renaming gives ("The Wick Section has been renamed the Flame Care
    Section") is the renamed section's, no other unit."""
    found = offices(
        extract(
            page(
                "The Lamp Division keeps the lamps of the town.",
                f"The Wick Section {renamed} Flame Care Section.",
            )
        )
    )
    assert "Lamp Division" in found
    assert "Flame Care Section" not in found


@pytest.mark.parametrize(
    "renamed", ["is renamed as the", "has been re-designated the", "was retitled to the"]
)
def test_renamed_unit_published_once_under_its_new_name(renamed: str) -> None:
    """A sentence that renames a unit names it twice: it is published once, under the name
    it is given, and its old name is no unit of its own."""
    found = offices(
        extract(
            page(
                "The Lamp Bureau keeps the lamps of the town.",
                f"The Office of Wicks {renamed} Office of Flames.",
            )
        )
    )
    assert found["Office of Flames"].found_by == "prose_unit"
    assert found["Office of Flames"].parent == ROOT
    assert "Office of Wicks" not in found
    assert "Lamp Bureau" in found


RETITLED = page(
    "The Lamp Bureau keeps the lamps of the town.",
    "This order retitles the Wick Division to the Flame Division and moves the Glass Division.",
)


def test_renamed_unit_old_name_run_into_the_new_one() -> None:
    """After a verb of renaming ("retitles the Wick Division to the Flame Division"), a name
    that runs from the old name into the new one over "to" is cut: the new name alone."""
    found = offices(extract(RETITLED))
    assert found["Flame Division"].found_by == "prose_unit"
    assert "Wick Division to the Flame Division" not in found
    assert "Wick Division" not in found
    assert "Glass Division" in found


def test_renamed_unit_switched_off() -> None:
    """Switched off, both names of a renamed unit are read as before: the old one and the
    new one as two units, or one name run over "to"."""
    off = offices(extract(RETITLED, off={"renamed_unit"}))
    assert "Wick Division to the Flame Division" in off
    assert "Flame Division" not in off
    text = page(
        "The Lamp Bureau keeps lamps.", "The Office of Wicks is renamed the Office of Flames."
    )
    both = offices(extract(text, off={"renamed_unit"}))
    assert "Office of Wicks" in both
    assert "Office of Flames" in both


def test_renamed_unit_acronym_after_the_old_name() -> None:
    """An acronym in parentheses after the old name ("The Office of Wicks (OW) has been
    re-designated the ...") stands between the two names: the old name is still dropped."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Office of Wicks (OW) has been re-designated the Office of Flames.",
    )
    found = offices(extract(text))
    assert "Office of Flames" in found
    assert "Office of Wicks" not in found


@pytest.mark.parametrize(
    "renaming",
    [
        "The Office of Wicks has been renamed the Lamp Act.",
        "The Office of Wicks has been renamed the Flame Care Section.",
    ],
)
def test_renamed_unit_not_when_the_new_name_reads_as_no_unit(renaming: str) -> None:
    """A new name that prose reads as no unit by its own words (a law's, "the Lamp Act"; a
    section's, left to ``prose_section_name``, which keeps a renamed section's old name)
    leaves the old name a unit."""
    found = offices(extract(page("The Lamp Bureau keeps lamps.", renaming)))
    assert found["Office of Wicks"].found_by == "prose_unit"


def test_renamed_unit_not_a_post_renamed() -> None:
    """An old name worded as no unit's ("The Chief Wick Warden has been renamed as the Flame
    Office"), a post's, is not dropped."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Chief Wick Warden has been renamed as the Flame Office.",
    )
    found = offices(extract(text))
    assert "Chief Wick Warden" in found
    assert "Flame Office" in found


def test_renamed_unit_not_the_body_after_of() -> None:
    """ "The Wick Office of the Oil Trimming Division (OTD) has been renamed the Flame
    Office": the name right after "of" is the body the renamed unit belongs to, no old name;
    it stays a unit, in its place (what the renamed unit is published as is the strict xfail
    below)."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Wick Office of the Oil Trimming Division (OTD) has been renamed the Flame Office.",
    )
    found = offices(extract(text))
    assert found["Oil Trimming Division"].parent == ROOT
    assert found["Lamp Bureau"].parent == ROOT


@pytest.mark.parametrize("place", ["under", "at"])
def test_renamed_unit_not_a_name_after_the_subject(place: str) -> None:
    """The old name is the sentence's subject: a unit named after it ("The Trim Office
    under the Wick Division has been renamed the Braid Office"), or read as one name with
    it ("Trim Office at the Wick Division"), is the body the renamed unit belongs to, no
    old name, and stays a unit."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        f"The Trim Office {place} the Wick Division has been renamed the Braid Office.",
    )
    found = offices(extract(text))
    assert found["Wick Division"].found_by == "prose_unit"
    assert "Braid Office" in found
    assert "Trim Office at the Wick Division" not in found


def test_renamed_unit_not_a_plural_subject() -> None:
    """A plural subject ("The Office of Wicks and the Office of Oil are renamed as ...") is
    left alone: neither old name is dropped, the second no more than the first."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Office of Wicks and the Office of Oil are renamed as the Office of Flames and "
        "the Office of Glass.",
    )
    found = offices(extract(text))
    assert found["Office of Wicks"].found_by == "prose_unit"
    assert found["Office of Oil"].found_by == "prose_unit"
    assert "Office of Glass" in found


@pytest.mark.parametrize(
    "renaming",
    [
        "The Office of Wicks is hereby renamed the Office of Flames.",
        "The Office of Wicks had been renamed as the Office of Flames.",
        "The Office of Wicks has since been renamed the Office of Flames.",
        "In the spring, the Office of Wicks was renamed the Office of Flames.",
    ],
)
def test_renamed_unit_adverb_or_opening_phrase(renaming: str) -> None:
    """An adverb in the verb ("is hereby renamed", "has since been renamed"), "had been",
    and an opening phrase before the subject ("In the spring, the ...") still rename it."""
    found = offices(extract(page("The Lamp Bureau keeps lamps.", renaming)))
    assert found["Office of Flames"].found_by == "prose_unit"
    assert "Office of Wicks" not in found


@pytest.mark.parametrize("acronym", ["OW2", "ÉOW"])
def test_renamed_unit_acronym_not_ascii_letters(acronym: str) -> None:
    """An acronym after the old name with a digit or a capital outside ASCII ("(OW2)",
    "(ÉOW)") stands between the two names as "(OW)" does."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        f"The Office of Wicks ({acronym}) has been renamed the Office of Flames.",
    )
    found = offices(extract(text))
    assert "Office of Flames" in found
    assert "Office of Wicks" not in found


@pytest.mark.xfail(
    strict=True,
    reason="a unit renamed in a sentence that places it in another body keeps its old name: "
    "the old name is not right before the renaming words, so both names are published",
)
def test_renamed_unit_of_another_body_published_once() -> None:
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Wick Office of the Oil Trimming Division (OTD) has been renamed the Flame Office.",
    )
    found = offices(extract(text))
    assert "Wick Office" not in found
    assert found["Flame Office"].parent == "Oil Trimming Division"


def test_renamed_unit_old_name_kept_when_the_new_one_reads_as_no_unit() -> None:
    """A name run from an old name into a new one that prose reads as no unit ("retitles
    the Office of Wicks to the Lamp Act Board") is cut too, and the old name kept."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "This order retitles the Office of Wicks to the Lamp Act Board.",
    )
    found = offices(extract(text))
    assert found["Office of Wicks"].found_by == "prose_unit"
    assert "Office of Wicks to the Lamp Act Board" not in found


# A page whose units' texts open with a statement of their mission, one heading lost: the
# "Glass Division" paragraph runs on inside the "Wick Care" section.
STATED_MISSIONS = dedent("""\
    Lamp Works

    Lamp Works keeps the street lamps of the old town burning from dusk to dawn.

    Wick Care

    The Wick Care Division trims the wicks of every lamp and orders fresh cotton each spring.

    The Mission of the Glass Division is to clean the glass of the lamps. Its crews carry ladders.

    The Polish Unit shines the glass of the lamps each morning before they are lit.

    Oil Oversight

    The Mission of the Office of Oil Oversight is to keep the lamp oil clean and dry.
    """)


def test_statement_of_mission_a_later_paragraph_starts_a_peer() -> None:
    found = offices(extract(STATED_MISSIONS))
    assert found["Glass Division"] == Placed(
        "Lamp Works", "statement_of_mission", "statement_of_mission"
    )


def test_statement_of_mission_the_paragraphs_after_are_the_peers_text() -> None:
    found = offices(extract(STATED_MISSIONS))
    assert found["Polish Unit"] == Placed(
        "Glass Division", "paragraph_subject_part", "paragraph_subject_part"
    )
    off = offices(extract(STATED_MISSIONS, off={"statement_of_mission"}))
    assert off["Polish Unit"].parent == "Wick Care Division"


def test_statement_of_mission_names_the_headings_unit() -> None:
    found = offices(extract(STATED_MISSIONS))
    assert found["Office of Oil Oversight"] == Placed(
        "Lamp Works", "section_heading", "default_root"
    )


def test_statement_of_mission_switched_off() -> None:
    """Switched off, the lost heading's unit is not found and the heading's unit is named
    by the statement's whole lead ("Mission of the Office of ..."), which names no unit."""
    off = offices(extract(STATED_MISSIONS, off={"statement_of_mission"}))
    assert "Glass Division" not in off
    assert "Office of Oil Oversight" not in off


def test_statement_of_mission_not_without_another_sections_statement() -> None:
    """With no other section opening with a statement of mission, a unit's text may go on
    to state its parts' missions: no peer is read."""
    text = STATED_MISSIONS.replace(
        "The Mission of the Office of Oil Oversight is to",
        "The Office of Oil Oversight works to",
    )
    found = offices(extract(text))
    assert "Glass Division" not in found
    assert found["Polish Unit"].parent == "Wick Care Division"


def test_statement_of_mission_not_a_statement_of_another_word() -> None:
    text = STATED_MISSIONS.replace(
        "The Mission of the Office of Oil Oversight is to",
        "The Role of the Office of Oil Oversight is to",
    )
    found = offices(extract(text))
    assert "Glass Division" not in found
    assert found["Polish Unit"].parent == "Wick Care Division"
    assert "Office of Oil Oversight" in found  # the heading's unit, by its role


def test_statement_of_mission_not_the_own_sections_statement() -> None:
    """The section's own text opening with a statement is no other unit's section."""
    text = dedent("""\
        Lamp Works

        Lamp Works keeps the street lamps of the old town burning from dusk to dawn.

        Wick Care Division

        The Mission of the Wick Care Division is to trim the wicks of every lamp.

        The Mission of the Trim Section is to cut the wicks to one even length.
        """)
    found = offices(extract(text))
    assert [n for n, p in found.items() if p.parent == "Lamp Works"] == ["Wick Care Division"]


def test_statement_of_mission_not_under_a_label_section() -> None:
    """A statement under a generic label ("Our Mission") opens no unit's section."""
    text = STATED_MISSIONS.replace("Oil Oversight\n", "Our Mission\n")
    found = offices(extract(text))
    assert "Glass Division" not in found
    assert found["Polish Unit"].parent == "Wick Care Division"


def test_statement_of_mission_not_a_name_with_no_unit_noun() -> None:
    text = STATED_MISSIONS.replace("the Glass Division is", "the Glass Care is")
    found = offices(extract(text))
    assert "Glass Care" not in found
    assert found["Polish Unit"].parent == "Wick Care Division"


def test_statement_of_mission_not_the_sections_own_unit_again() -> None:
    """A heading whose text names its unit only later in full ("Wick Care", then "The
    Mission of the Wick Care Division is ...") has its own statement, not a peer's."""
    text = STATED_MISSIONS.replace(
        "The Wick Care Division trims the wicks", "This division trims the wicks"
    ).replace("the Glass Division is", "the Wick Care Division is")
    found = offices(extract(text))
    assert [n for n, p in found.items() if p.found_by == "statement_of_mission"] == []


def test_statement_of_mission_the_peers_own_sentences_name_its_parts() -> None:
    """The sentences after the statement are the peer's text too: the units they open
    with are its parts (``sentence_subject_part``)."""
    text = STATED_MISSIONS.replace("Its crews carry ladders.", "The Pane Unit mends broken panes.")
    found = offices(extract(text))
    assert found["Pane Unit"] == Placed(
        "Glass Division", "sentence_subject_part", "sentence_subject_part"
    )


def test_statement_of_mission_not_before_another_verb() -> None:
    """Only "is", "are" or "includes" after the name: "The mission of the Glass Division
    was ..." tells its history."""
    text = STATED_MISSIONS.replace("the Glass Division is to", "the Glass Division was to")
    found = offices(extract(text))
    assert "Glass Division" not in found
    assert found["Polish Unit"].parent == "Wick Care Division"


def test_statement_of_mission_not_a_word_of_no_statement() -> None:
    """ "The Head of the Glass Division is ..." names a post, no statement of the unit."""
    text = STATED_MISSIONS.replace(
        "The Mission of the Glass Division is to clean the glass of the lamps.",
        "The Head of the Glass Division is Jane Pane, who cleans the glass of the lamps.",
    ).replace(
        "The Mission of the Office of Oil Oversight is to keep the lamp oil clean and dry.",
        "The Head of the Office of Oil Oversight is John Wick, who keeps the oil dry.",
    )
    found = offices(extract(text))
    assert "Glass Division" not in found
    assert found["Polish Unit"].parent == "Wick Care Division"


def test_statement_of_mission_keeps_a_heading_the_statement_does_not_run_over() -> None:
    """Under a heading the statement names the heading's unit only where the name read from
    the text runs over the statement's lead: another unit's statement leaves the heading."""
    text = dedent("""\
        Lamp Works

        Lamp Works keeps the street lamps of the old town burning from dusk to dawn.

        Trim Section

        The Purpose of the Wick Division is met by the Trim Section, which cuts the wicks.
        """)
    found = offices(extract(text))
    assert "Trim Section" in found
    assert "Wick Division" not in found


def test_statement_of_mission_no_peer_of_the_pages_agency() -> None:
    """Under a heading that names the page's agency again, a statement about another unit
    starts no peer: the agency has none on its page."""
    text = dedent("""\
        Lamp Works Office

        The Lamp Works Office keeps the street lamps of the old town burning.

        Lamp Works Office

        The Mission of the Lamp Works Office is to keep the lamps of the town lit.

        The Mission of the Glass Division is to clean the glass of the lamps.

        Oil Oversight

        The Mission of the Office of Oil Oversight is to keep the lamp oil clean and dry.
        """)
    found = offices(extract(text))
    assert [n for n, p in found.items() if p.parent is None] == ["Lamp Works Office"]


# A division's text that opens with its own mission, then states its sections' missions,
# beside a division whose text opens with its mission too.
OWN_STATEMENT_THEN_PARTS = dedent("""\
    Lamp Works

    Lamp Works keeps the street lamps of the old town burning from dusk to dawn.

    Wick Care Division

    The Mission of the Wick Care Division is to keep every wick of the town trimmed.

    The Mission of the Trim Section is to cut the wicks to one even length.

    The Mission of the Braid Section is to braid new wicks from cotton thread.

    Oil Oversight Division

    The Mission of the Oil Oversight Division is to keep the lamp oil clean and dry.
    """)


def test_statement_of_mission_not_the_parts_of_a_text_opening_with_its_own_statement() -> None:
    """A unit's text that opens with the unit's own statement goes on to state its parts'
    missions: they are no peers, whatever the sections beside it open with."""
    found = offices(extract(OWN_STATEMENT_THEN_PARTS))
    assert [n for n, p in found.items() if p.parent == "Lamp Works"] == [
        "Wick Care Division",
        "Oil Oversight Division",
    ]


@pytest.mark.xfail(
    strict=True,
    reason="statement_of_mission reads no part from a statement: the sections a division's "
    "text states the missions of are not published",
)
def test_statement_of_mission_known_miss_the_parts_a_text_states() -> None:
    found = offices(extract(OWN_STATEMENT_THEN_PARTS))
    assert found["Trim Section"].parent == "Wick Care Division"


def test_statement_of_mission_not_beside_a_section_inside_the_owners() -> None:
    """Only sections beside the owner's count: a section nested inside it ("### Braid
    Section" under "## Wick Care Division") that opens with a statement is the owner's
    part, and makes no statement in the owner's text a peer's."""
    text = dedent("""\
        # Lamp Works

        Lamp Works keeps the street lamps of the old town burning from dusk to dawn.

        ## Wick Care Division

        The Wick Care Division trims the wicks of every lamp in the town.

        The Mission of the Trim Section is to cut the wicks to one even length.

        ### Braid Section

        The Mission of the Braid Section is to braid new wicks from cotton thread.
        """)
    found = offices(extract(text, markdown=True))
    assert [n for n, p in found.items() if p.parent == "Lamp Works"] == ["Wick Care Division"]
    assert found["Braid Section"].parent == "Wick Care Division"


def test_statement_of_mission_not_a_posts_statement() -> None:
    """ "The Mission of the Director of the Wick Care Division is ...": a post's statement,
    no unit's, though the name ends in a unit noun."""
    text = STATED_MISSIONS.replace(
        "The Mission of the Glass Division", "The Mission of the Director of the Wick Care Division"
    )
    found = offices(extract(text))
    assert "Director of the Wick Care Division" not in found
    assert found["Polish Unit"].parent == "Wick Care Division"


def test_statement_of_mission_a_unit_noun_before_of_not_first() -> None:
    """A unit noun heads the name before "of" after other words ("The Mission of the
    Night Office of Glass is ...")."""
    text = STATED_MISSIONS.replace("the Glass Division is", "the Night Office of Glass is")
    found = offices(extract(text))
    assert found["Night Office of Glass"] == Placed(
        "Lamp Works", "statement_of_mission", "statement_of_mission"
    )


def test_statement_of_mission_names_the_headings_unit_before_its_acronym() -> None:
    text = page(
        "The Lamp Bureau keeps lamps.",
        "Wick Supply",
        "The Purpose of the Office of Wick Supply (OWKS) is to buy cotton for the wicks.",
    )
    found = offices(extract(text))
    assert found["Office of Wick Supply"] == Placed(ROOT, "section_heading", "default_root")
    off = offices(extract(text, off={"statement_of_mission"}))
    assert "Office of Wick Supply" not in off


@pytest.mark.xfail(
    strict=True,
    reason="statement_of_mission reads only paragraphs inside a unit's section: a statement "
    "in the introduction, before the first heading, whose own heading the page lost, "
    "starts no unit",
)
def test_statement_of_mission_known_miss_a_statement_before_the_first_heading() -> None:
    text = STATED_MISSIONS.replace(
        "from dusk to dawn.\n",
        "from dusk to dawn.\n\nThe Mission of the Soot Division is to sweep the chimneys.\n",
    )
    found = offices(extract(text))
    assert found["Soot Division"].parent == "Lamp Works"
