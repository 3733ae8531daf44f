"""The rules of ``pipeline/extract/offices/paragraph_subjects.py``, each on short synthetic text.

The subjects of a unit's paragraphs and sentences: parts named as a paragraph's or a
sentence's subject, subjects beside headings, and peers named as subjects."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.offices.paragraph_subjects import _subject_verb
from pipeline.rules import disabled
from tests.extract.helpers import SENTENCE_SUBJECTS, Placed, extract, names, offices


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


# A page copied with some headings left out: two blank lines where a heading stood.
WIDE_GAP = """Lamp Services Department Structure


Wick Division

The Wick Division trims and replaces the wicks of every lamp the department keeps.


The Trim Unit cuts the wicks to one even length before they are fitted to the lamps.

Glass and Polish

This division cleans the glass of the lamps and mends any pane that is found broken.

The Soot Removal Centre is also under the glass division and scrapes the chimneys clean.


The Oil Division buys the lamp oil for the department and keeps it in the cellars.

Lamp Lighting Section

The Lamp Lighting Section lights the lamps at dusk and puts them out at dawn.


The Lamp Cleaning Section washes the lamps each morning once they are put out.
"""


def test_subject_after_wide_gap_stands_beside_a_unit_worded_with_no_unit_noun() -> None:
    found = offices(extract(WIDE_GAP))
    assert found["Oil Division"].parent == "Lamp Services Department"
    assert found["Oil Division"].parent_by == "subject_after_wide_gap"


def test_subject_after_wide_gap_switched_off_leaves_a_part() -> None:
    found = offices(extract(WIDE_GAP, off={"subject_after_wide_gap"}))
    assert found["Oil Division"].parent == "Glass and Polish"
    assert found["Oil Division"].parent_by == "paragraph_subject_part"


def test_subject_after_wide_gap_not_after_a_single_blank_line() -> None:
    found = offices(extract(WIDE_GAP))
    assert found["Soot Removal Centre"].parent == "Glass and Polish"
    assert found["Soot Removal Centre"].parent_by == "paragraph_subject_part"


def test_subject_after_wide_gap_another_noun_stays_a_part() -> None:
    """A "Wick Division" may hold the "Trim Unit" its text describes after a gap."""
    found = offices(extract(WIDE_GAP))
    assert found["Trim Unit"].parent == "Wick Division"
    assert found["Trim Unit"].parent_by == "paragraph_subject_part"


def test_subject_after_wide_gap_the_same_noun_beside_the_sections_unit() -> None:
    """A unit of the section unit's own noun after the gap is its peer, anywhere
    ``subject_peer_paragraph`` does not already place it so."""
    found = offices(extract(WIDE_GAP, off={"subject_peer_paragraph"}))
    assert found["Lamp Cleaning Section"].parent == "Lamp Services Department"
    assert found["Lamp Cleaning Section"].parent_by == "subject_after_wide_gap"
    both = {"subject_peer_paragraph", "subject_after_wide_gap"}
    off = offices(extract(WIDE_GAP, off=both))
    assert off["Lamp Cleaning Section"].parent == "Lamp Lighting Section"


# ``WIDE_GAP`` with more of the moved unit's text after it, one blank line apart.
WIDE_GAP_THEN_PARTS = WIDE_GAP.replace(
    "keeps it in the cellars.\n",
    "keeps it in the cellars.\n\n"
    "The Cellar Unit keeps the oil barrels locked and counts them every week.\n\n"
    "The division also runs a small depot. The Barrel Unit stores the empty barrels.\n",
)


def test_subject_after_wide_gap_the_paragraphs_after_are_the_moved_units_text() -> None:
    """The units the paragraphs after the moved one name are its parts, not the parts of
    the section's unit it was moved out of."""
    found = offices(extract(WIDE_GAP_THEN_PARTS))
    assert found["Oil Division"].parent == "Lamp Services Department"
    assert found["Cellar Unit"] == Placed(
        "Oil Division", "paragraph_subject_part", "paragraph_subject_part"
    )
    assert found["Barrel Unit"] == Placed(
        "Oil Division", "sentence_subject_part", "sentence_subject_part"
    )
    off = offices(extract(WIDE_GAP_THEN_PARTS, off={"subject_after_wide_gap"}))
    assert off["Cellar Unit"].parent == "Glass and Polish"
    assert off["Barrel Unit"].parent == "Glass and Polish"


WIDE_GAP_UNIT_LISTED = """Lamp Services Department

The department is made of these units:

- Oil Division
- Glass Office

Glass and Polish

This division cleans the glass of the lamps and mends any pane that is found broken.


The Oil Division buys the lamp oil for the department and keeps it in the cellars.

The Cellar Unit keeps the oil barrels locked and counts them every week.
"""


def test_subject_after_wide_gap_the_moved_unit_found_already_holds_its_texts_parts() -> None:
    """A moved unit the page listed already is that unit: the parts its text names go
    under the listed one."""
    found = offices(extract(WIDE_GAP_UNIT_LISTED))
    assert found["Oil Division"].found_by == "listed_after_lead_in"
    assert found["Cellar Unit"].parent == "Oil Division"
    off = offices(extract(WIDE_GAP_UNIT_LISTED, off={"subject_after_wide_gap"}))
    assert off["Cellar Unit"].parent == "Glass and Polish"


TEAM_THEN_PEERS = """Lamp Keeper's Office

The Lamp Keeper's Office carries out the orders of the Lamp Board for the whole town.

Lamp Keeping Team

  • Lamp Keeper Ada Wick
  • Assistant Lamp Keeper Ben Oil

Lamp Budgets is responsible for the yearly budget of every lamp service in the town.

The Wick Supply Office buys the wicks for every lamp in the town and stores them.

The Glass division mends the broken panes of the lamps and orders new glass.
"""


@pytest.mark.xfail(
    strict=True,
    reason="subject_after_wide_gap reads only a wide gap: after a team's list of its members, "
    "offices and divisions that open the next paragraphs (one blank line apart) are the "
    "page unit's, not the team's, and stay under the team",
)
def test_subject_after_wide_gap_misses_offices_after_a_teams_members() -> None:
    found = offices(extract(TEAM_THEN_PEERS))
    assert found["Wick Supply Office"].parent == "Lamp Keeper's Office"


PARAGRAPH_SUBJECTS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Lamp Running

The Lamp Running Group oversees the lighting of the town.

The Wick Supply Directorate handles the buying and storing of wicks.

Division of Northern Glass is responsible for the glass of the northern lamps.

This Division also keeps the records of every lamp.

## Oil Stores

The Oil Stores Group keeps the oil.
"""


def test_paragraph_subject_part_of_the_sections_unit() -> None:
    found = offices(extract(PARAGRAPH_SUBJECTS, markdown=True))
    assert found["Wick Supply Directorate"].parent == "Lamp Running Group"
    assert found["Wick Supply Directorate"].found_by == "paragraph_subject_part"
    assert found["Division of Northern Glass"].parent == "Lamp Running Group"
    assert "This Division" not in found
    off = offices(extract(PARAGRAPH_SUBJECTS, markdown=True, off={"paragraph_subject_part"}))
    assert not {"Wick Supply Directorate", "Division of Northern Glass"} & set(off)


COMPOSITION_SUBJECTS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Lamp Running

The Lamp Running Group oversees the lighting of the town.

The Wick Supply Division consists of the Trim Unit and the Braid Unit.

The Office of Northern Glass encompasses the Pane Unit and the Frame Unit.
"""


def test_composition_verb_subject_a_part_and_its_parts() -> None:
    found = offices(extract(COMPOSITION_SUBJECTS, markdown=True))
    assert found["Wick Supply Division"].parent == "Lamp Running Group"
    assert found["Wick Supply Division"].found_by == "paragraph_subject_part"
    assert found["Trim Unit"].parent == "Wick Supply Division"
    assert found["Braid Unit"].parent == "Wick Supply Division"
    assert found["Office of Northern Glass"].parent == "Lamp Running Group"
    assert found["Pane Unit"].parent == "Office of Northern Glass"
    off = offices(extract(COMPOSITION_SUBJECTS, markdown=True, off={"composition_verb_subject"}))
    assert not {"Wick Supply Division", "Office of Northern Glass", "Trim Unit"} & set(off)


def test_sentence_subject_part_inside_a_paragraph() -> None:
    """A unit that opens a sentence inside the section's paragraph is a part of the section's
    unit; not "These Offices" nor "Each Unit", and not in a paragraph about another unit ("The Soot
    Division ... The Chimney Sweep Bureau ...": the bureau is the division's)."""
    found = offices(extract(SENTENCE_SUBJECTS, markdown=True))
    for name in ("Wick Ledger Unit", "Oil Wages Unit"):
        assert found[name].parent == "Ledger Office", name
        assert found[name].found_by == "sentence_subject_part", name
    assert not {"These Offices", "Each Unit"} & set(found)
    assert "Chimney Sweep Bureau" not in found or found["Chimney Sweep Bureau"].parent != (
        "Glass Office"
    )
    off = offices(extract(SENTENCE_SUBJECTS, markdown=True, off={"sentence_subject_part"}))
    assert not {"Wick Ledger Unit", "Oil Wages Unit"} & set(off)


SENTENCE_SUBJECT_LISTED = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Field Lamps

The Field Lamps Office consists of two divisions: Wick Care and Glass Care. The Wick Care \
Division handles the wicks. The Glass Care Division maintains the glass.
"""


def test_sentence_subject_part_not_a_listed_unit_again() -> None:
    """A unit a counted list named ("Wick Care") is not found again with its unit noun
    ("The Wick Care Division handles ..."); by its listed name, ``counted_part_named_in_full``
    off."""
    found = offices(
        extract(SENTENCE_SUBJECT_LISTED, markdown=True, off={"counted_part_named_in_full"})
    )
    assert "Wick Care" in found and "Glass Care" in found
    assert "Wick Care Division" not in found and "Glass Care Division" not in found


PARAGRAPH_SUBJECT_LISTED = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Field Lamps

The Field Lamps Office consists of two divisions: Wick Care and Glass Care.

The Wick Care Division handles the wicks.
"""


def test_paragraph_subject_part_not_a_listed_unit_again() -> None:
    """A paragraph that opens with a listed unit and its unit noun ("The Wick Care Division
    handles ...") names that unit again, as a sentence inside a paragraph does; by its listed
    name, ``counted_part_named_in_full`` off."""
    found = offices(
        extract(PARAGRAPH_SUBJECT_LISTED, markdown=True, off={"counted_part_named_in_full"})
    )
    assert "Wick Care" in found
    assert "Wick Care Division" not in found


SENTENCE_SUBJECT_OFFICE_OF = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Oil Office

The Oil Office buys oil for the lamps.

## Hazard Division

The Hazard Division keeps the lamps safe. The Office of Oil Safety handles spills.
"""


def test_sentence_subject_part_office_of_name_not_cut_to_a_found_unit() -> None:
    """ "The Office of Oil Safety" is no unit found already named without its unit noun:
    "Office of Oil" (the Oil Office's words) is the name cut at its last word, not at a
    unit noun."""
    found = offices(extract(SENTENCE_SUBJECT_OFFICE_OF, markdown=True))
    assert found["Office of Oil Safety"] == (
        "Hazard Division",
        "sentence_subject_part",
        "sentence_subject_part",
    )
    off = offices(extract(SENTENCE_SUBJECT_OFFICE_OF, markdown=True, off={"sentence_subject_part"}))
    assert "Office of Oil Safety" not in off


SENTENCE_SUBJECT_HOUSED = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Glass Office

The Glass Office mends the lamps.

## Ledger Office

The Ledger Office keeps the accounts. The Wick Ledger Unit is housed within the Glass Office.
"""


def test_sentence_subject_part_not_a_housed_unit() -> None:
    """A sentence that says where a unit is housed places it in its host (``housed_within``),
    not in the section's unit."""
    found = offices(extract(SENTENCE_SUBJECT_HOUSED, markdown=True))
    assert found["Wick Ledger Unit"].parent == "Glass Office"
    assert found["Wick Ledger Unit"].found_by == "housed_within"


SENTENCE_SUBJECT_DIVISION_OF = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Lamp Running Office

The Lamp Running Office lights the town. The Wick Stores Unit handles the wicks.

Division of Northern Glass is responsible for the northern lamps. The Glass Repair Unit \
handles broken panes.
"""


def test_sentence_subject_part_not_in_a_paragraph_opening_with_division_of() -> None:
    """A paragraph that opens with another unit worded "Division of ..." is about that unit,
    as one opening "The Soot Division ..." is: the units it goes on to name are not the
    section's unit's parts."""
    found = offices(extract(SENTENCE_SUBJECT_DIVISION_OF, markdown=True))
    assert found["Wick Stores Unit"].parent == "Lamp Running Office"
    assert found["Division of Northern Glass"].parent == "Lamp Running Office"
    assert "Glass Repair Unit" not in found or found["Glass Repair Unit"].parent != (
        "Lamp Running Office"
    )


SUBJECT_PART_LATER_SECTION = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Ledger Office

The Ledger Office keeps the accounts. The Glass Office provides the lamps with glass.

The Soot Office handles the chimneys of the lamps.

## Glass Office

The Glass Office mends the lamps.

## Soot Office

The Soot Office sweeps the chimneys.
"""


def test_sentence_subject_part_not_a_later_sections_unit() -> None:
    """A unit a later section's heading names is that section's unit: named first as a
    sentence's subject in another section's prose, it is not a part of that section's unit
    (nor found twice)."""
    result = extract(SUBJECT_PART_LATER_SECTION, markdown=True)
    assert names(result).count("Glass Office") == 1
    assert offices(result)["Glass Office"].parent == "Lamp Works Authority"


def test_paragraph_subject_part_not_a_later_sections_unit() -> None:
    """So too for a paragraph that opens with a unit a later section's heading names."""
    result = extract(SUBJECT_PART_LATER_SECTION, markdown=True)
    assert names(result).count("Soot Office") == 1
    assert offices(result)["Soot Office"].parent == "Lamp Works Authority"


SENTENCE_SUBJECT_NOT_PROSE_UNIT = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Ledger Office

The Ledger Office keeps the accounts. The Wick Ledger Unit maintains the wick accounts. The \
Online Lamp Payment Service provides residents a way to pay their lamp fees. The Lamp Appeals \
Board reviews its decisions on fees.
"""


def test_sentence_subject_part_not_a_service_or_board() -> None:
    """Inside a unit's paragraph, only a name in a prose unit's noun is a part: "The Online
    Lamp Payment Service provides ..." is a service, "The Lamp Appeals Board reviews ..." a
    body outside the unit."""
    found = offices(extract(SENTENCE_SUBJECT_NOT_PROSE_UNIT, markdown=True))
    assert found["Wick Ledger Unit"].found_by == "sentence_subject_part"
    assert not {"Online Lamp Payment Service", "Lamp Appeals Board"} & set(found)


PARAGRAPH_SUBJECT_NOT_A_PART = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Wick Office

The Wick Office buys and keeps the wicks of the town.

The Wick Trimming Unit handles the trimming of every wick.

The Lamp Lighting Directorate oversees the Wick Office and its stores.

The Glass Repair Division works closely with the office on broken lamps.

The Wick Division offices are open on weekdays.
"""


def test_paragraph_subject_part_not_a_parent_nor_a_peer() -> None:
    """A unit whose sentence names the section's unit after its verb ("oversees the Wick
    Office", "works closely with the office") is its parent or its peer, not its part; a
    plural noun after a name ("offices are") is no verb."""
    found = offices(extract(PARAGRAPH_SUBJECT_NOT_A_PART, markdown=True))
    assert found["Wick Trimming Unit"].parent == "Wick Office"
    assert found["Wick Trimming Unit"].found_by == "paragraph_subject_part"
    for name in ("Lamp Lighting Directorate", "Glass Repair Division", "Wick Division"):
        assert name not in found or found[name].parent != "Wick Office", name


SUBJECT_PEERS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Wick Supply

The Wick Supply Department buys and stores the wicks.

The Oil Department advises the Authority on the oil it buys.

The Trim Unit handles the trimming of wicks.

## Oil Stores

The Oil Stores Division keeps the oil.

The Soot Division sweeps the chimneys of the lamp houses.

The Harbour Department maintains the boats that bring the oil.

## Wick and Glass

The Wick Care Division buys the wicks.

The Glass Care Division mends the panes.

## Lamp Running

The Lamp Running Division lights the lamps.

### Street Lamps

The Street Lamps Division lights the street lamps.

The Harbour Lamps Division lights the harbour lamps.
"""


def test_subject_peer_paragraph_same_noun_beside_the_sections_unit() -> None:
    found = offices(extract(SUBJECT_PEERS, markdown=True))
    assert found["Oil Department"].parent == "Lamp Works Authority"
    assert found["Oil Department"].parent_by == "subject_peer_paragraph"
    assert found["Soot Division"].parent == "Lamp Works Authority"
    assert found["Soot Division"].parent_by == "subject_peer_paragraph"
    off = offices(extract(SUBJECT_PEERS, markdown=True, off={"subject_peer_paragraph"}))
    assert "Oil Department" not in off
    assert off["Soot Division"].parent == "Oil Stores Division"


def test_subject_peer_paragraph_another_noun_stays_a_part() -> None:
    found = offices(extract(SUBJECT_PEERS, markdown=True))
    assert found["Trim Unit"].parent == "Wick Supply Department"
    assert found["Trim Unit"].parent_by == "paragraph_subject_part"


def test_subject_peer_paragraph_a_department_only_beside_a_department() -> None:
    """After a division's heading a department opening a paragraph is another body's."""
    found = offices(extract(SUBJECT_PEERS, markdown=True))
    assert "Harbour Department" not in found


def test_subject_peer_paragraph_not_where_the_heading_names_another_unit() -> None:
    """A heading over two units ("Wick and Glass") names neither: the first paragraph's
    subject is no sure peer of the next, which is not moved beside it (the heading keeps
    its own name over both: ``subject_among_peer_paragraphs``)."""
    found = offices(extract(SUBJECT_PEERS, markdown=True))
    assert found["Glass Care Division"].parent_by != "subject_peer_paragraph"
    assert found["Glass Care Division"].parent == "Wick and Glass"
    assert found["Wick Care Division"].parent == "Wick and Glass"


def test_subject_peer_paragraph_not_below_a_nested_heading() -> None:
    """(``peer_of_same_noun``, off here, sets a division the layout alone nests under another
    division beside it.)"""
    found = offices(extract(SUBJECT_PEERS, markdown=True, off={"peer_of_same_noun"}))
    assert found["Street Lamps Division"].parent == "Lamp Running Division"
    assert found["Harbour Lamps Division"].parent == "Street Lamps Division"


PEER_PARAGRAPHS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Wick and Glass Directorate

The Wick team provides trimmed wicks for every lamp in the town.

The Glass team provides clean panes for the lamps each week.

## Office Functions in the District

The Office of the Lamp Warden oversees the work of the district.

The Oil Division keeps the oil stores of the district.

The Soot Division sweeps the chimneys of the lamp houses.
"""


def test_subject_among_peer_paragraphs_the_first_of_several_units() -> None:
    """A heading over paragraphs that each open with a unit keeps its own name: the first
    paragraph's subject is one of its parts, beside the next ones, not the heading's unit."""
    found = offices(extract(PEER_PARAGRAPHS, markdown=True))
    assert found["Wick and Glass Directorate"].parent == "Lamp Works Authority"
    assert found["Wick team"].parent == "Wick and Glass Directorate"
    assert found["Glass team"].parent == "Wick and Glass Directorate"
    off = offices(extract(PEER_PARAGRAPHS, markdown=True, off={"subject_among_peer_paragraphs"}))
    assert "Wick and Glass Directorate" not in off
    assert off["Glass team"].parent == "Wick team"


def test_subject_among_peer_paragraphs_under_a_heading_of_functions() -> None:
    """A heading of what several units do ("Office Functions in the District") names no
    unit: the units its paragraphs open with are the agency's, side by side."""
    found = offices(extract(PEER_PARAGRAPHS, markdown=True))
    assert "Office Functions in the District" not in found
    assert found["Office of the Lamp Warden"].parent == "Lamp Works Authority"
    assert found["Oil Division"].parent == "Lamp Works Authority"
    assert found["Soot Division"].parent == "Lamp Works Authority"
    off = offices(extract(PEER_PARAGRAPHS, markdown=True, off={"subject_among_peer_paragraphs"}))
    assert off["Oil Division"].parent == "Office of the Lamp Warden"


def test_subject_among_peer_paragraphs_not_the_heading_named_in_full() -> None:
    """A subject that holds every word of the heading ("Wick Care" over "The Wick Care
    Office ...") is the heading's unit named in full: the units named after it are its."""
    text = dedent("""\
        Lamp Works Authority

        The Lamp Works Authority keeps the town's lamps.

        ## Wick Care

        The Wick Care Office trims the wicks of every lamp in the town.

        The Braid Unit braids new wicks for the winter.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Care Office"].parent == "Lamp Works Authority"
    assert found["Braid Unit"].parent == "Wick Care Office"


def test_subject_peers_not_a_plural_noun_before_include() -> None:
    """A paragraph that opens with a word in "-s" before "include" ("Additional services
    include:") is a lead-in, its opening word no part, beside parts described alike."""
    text = dedent("""\
        Lamp Bureau

        Wick Division

        The Wick Division trims the wicks of the town.

        Wick Supply Office provides the wicks for every lamp.

        Wick Ledger Unit maintains the wick books.

        Cart Yard oversees the carts that carry the wicks.

        Additional services include:

        - mending the carts
        """)
    found = offices(extract(text))
    assert found["Cart Yard"].parent == "Wick Division"
    assert "Additional" not in found
    off = offices(extract(text, off={"subject_peers"}))
    assert "Cart Yard" not in off


@pytest.mark.xfail(
    strict=True,
    reason="a heading that names the first subject in full with words of a topic about it, or joined to another by 'and', is not told apart: its unit's section is read as several units in turn (a guard that did, _named_about, made a held-out page worse and was not kept)",
)
def test_subject_among_peer_paragraphs_not_a_heading_about_the_subject() -> None:
    """A heading that names the first subject's unit in full with words of a topic about it
    ("Functions of the Oil Division", "About the Glass Directorate", "Welcome to the ...")
    is that unit's: the units named after it are its parts, and it is not lost."""
    text = dedent("""\
        Ministry of Lanterns

        The Ministry of Lanterns keeps the lanterns of the realm.

        ## Functions of the Oil Division

        The Oil Division is responsible for the oil stores of the Ministry.

        The Barrel Unit keeps the barrels.

        The Pump Unit runs the pumps.

        ## About the Glass Directorate

        The Glass Directorate sets standards for lantern glass.

        The Pane Testing Unit checks every batch of panes.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Oil Division"].parent == "Ministry of Lanterns"
    assert found["Barrel Unit"].parent == "Oil Division"
    assert found["Pump Unit"].parent == "Oil Division"
    assert found["Glass Directorate"].parent == "Ministry of Lanterns"
    assert found["Pane Testing Unit"].parent == "Glass Directorate"


def test_subject_among_peer_paragraphs_not_the_heading_written_short() -> None:
    """A heading that writes the first subject's name short, a word in the singular or cut
    short ("Wick Stores Office" over "The Office of Wick Store Keeping ...", "Dept.
    of Soot Control") or spelled out for its acronym ("Office of the Senior Lamp Officer"
    over "The Office of the SLO ..."), names that unit: no second unit beside it, its parts its own."""
    text = dedent("""\
        Ministry of Lanterns

        The Ministry of Lanterns keeps the lanterns of the realm.

        ## Wick Stores Office

        The Office of Wick Store Keeping handles the wick stores.

        The Braid Unit braids new wicks.

        ## Dept. of Soot Control

        The Department of Soot Control sweeps the chimneys of the realm.

        The Brush Section keeps the brushes.

        ## Office of the Senior Lamp Officer

        The Office of the SLO manages the daily business of the Ministry.

        The Notices Unit speaks for the Ministry.
        """)
    found = offices(extract(text, markdown=True))
    for heading in (
        "Wick Stores Office",
        "Dept. of Soot Control",
        "Office of the Senior Lamp Officer",
    ):
        assert heading not in found
    assert found["Braid Unit"].parent == "Office of Wick Store Keeping"
    assert found["Brush Section"].parent == "Department of Soot Control"
    assert found["Notices Unit"].parent == "Office of the SLO"


@pytest.mark.xfail(
    strict=True,
    reason="a heading that names the first subject in full with words of a topic about it, or joined to another by 'and', is not told apart: its unit's section is read as several units in turn (a guard that did, _named_about, made a held-out page worse and was not kept)",
)
def test_subject_among_peer_paragraphs_not_one_of_two_joined_by_and() -> None:
    """A heading that joins two units' names by "and" ("Wick and Glass Directorate" over
    "The Glass Directorate ...", then "The Wick Directorate ...") holds the first subject's
    name in full: the section is not read as several units in turn, whose names, the
    heading's words, would be taken for the heading's own unit and both lost."""
    found = offices(extract(JOINED_BY_AND, markdown=True))
    assert "Glass Directorate" in found
    assert "Wick Directorate" in found


JOINED_BY_AND = dedent("""\
    Ministry of Lanterns

    The Ministry of Lanterns keeps the lanterns of the realm.

    ## Wick and Glass Directorate

    The Glass Directorate cleans the panes.

    The Wick Directorate trims the wicks.
    """)


@pytest.mark.xfail(
    strict=True,
    reason="units whose names the heading joins by 'and' ('Wick and Glass Directorate' over "
    "'The Glass Directorate ...', 'The Wick Directorate ...') are not read as the heading's "
    "parts: the second hangs from the first",
)
def test_subject_among_peer_paragraphs_two_joined_by_and_as_the_headings_parts() -> None:
    found = offices(extract(JOINED_BY_AND, markdown=True))
    assert found["Glass Directorate"].parent == "Wick and Glass Directorate"
    assert found["Wick Directorate"].parent == "Wick and Glass Directorate"


@pytest.mark.xfail(
    strict=True,
    reason="a heading that names a unit by another word and a place after a comma ('Upper "
    "Office, Tamber' over 'The Tamber Office ...') is read as a unit beside the subject's",
)
def test_subject_among_peer_paragraphs_a_heading_with_a_place_after_a_comma() -> None:
    text = dedent("""\
        Ministry of Lanterns

        The Ministry of Lanterns keeps the lanterns of the realm.

        ## Upper Office, Tamber

        The Tamber Office houses the Minister and the senior staff.

        The Tally Section pays the bills.
        """)
    found = offices(extract(text, markdown=True))
    assert "Upper Office, Tamber" not in found
    assert found["Tally Section"].parent == "Tamber Office"


def test_subject_peers_not_a_plural_noun_before_a_list_verb() -> None:
    """A paragraph that opens with a word in "-s" before a verb that opens a list, a
    participle between them or none ("Key functions comprise:", "Other services offered
    include:"), is a lead-in: its opening word is no part."""
    for lead_in in ("Key functions comprise:", "Other services offered include:"):
        text = dedent(f"""\
            Lamp Bureau

            Wick Division

            The Wick Division trims the wicks of the town.

            Wick Supply Office provides the wicks for every lamp.

            Wick Ledger Unit maintains the wick books.

            Cart Yard oversees the carts that carry the wicks.

            {lead_in}

            - mending the carts
            """)
        found = offices(extract(text))
        assert found["Cart Yard"].parent == "Wick Division"
        assert lead_in.split()[0] not in found


AGENT_OF_WORK = (
    "Its yearly forecasts are prepared by the Wick Forecasting Division, and the works are "
    "managed by a board and a Lamp Stewardship Team."
)
AGENT_OF_WORK_BESIDE_HEADINGS = dedent("""\
    # Lamp Works

    The Lamp Works keeps the lamps of the town. {sentence}

    ## Glass Office

    The office polishes the glass.

    ## Soot Bureau

    The bureau sweeps the soot.
    """)


def test_agent_of_work_beside_headings_the_one_who_does_the_work() -> None:
    """ "forecasts are prepared by the Wick Forecasting Division", "managed by a board and a
    Lamp Stewardship Team": on a page whose units have headings, a unit named as the agent of
    a verb of doing work is a unit of the page too."""
    text = AGENT_OF_WORK_BESIDE_HEADINGS.format(sentence=AGENT_OF_WORK)
    found = offices(extract(text, markdown=True))
    assert {"Glass Office", "Soot Bureau"} <= set(found)
    assert found["Wick Forecasting Division"] == Placed("Lamp Works", "prose_unit", "default_root")
    assert found["Lamp Stewardship Team"].parent == "Lamp Works"
    off = offices(extract(text, markdown=True, off={"agent_of_work_beside_headings"}))
    assert not {"Wick Forecasting Division", "Lamp Stewardship Team"} & set(off), set(off)
    assert "Soot Bureau" in off


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # founding and setting name a body above or outside the page's
        ("The works were established by the Lamp Guild Council.", "Lamp Guild Council"),
        ("Its fees are set by the Oil Rates Commission.", "Oil Rates Commission"),
        # work the body does no more
        (
            "Its forecasts were previously prepared by the Oil Supply Division.",
            "Oil Supply Division",
        ),
        # the site's own upkeep
        ("This page is managed by the Web Services Office.", "Web Services Office"),
        # another body's part
        ("Its forecasts are prepared by the Guild's Office of Weather.", "Office of Weather"),
        # the page's agency named again
        ("Its forecasts are prepared by the Lamp Works Office.", "Lamp Works Office"),
        # money, no work
        ("Its funding is provided by the Oil Revenue Office.", "Oil Revenue Office"),
    ],
)
def test_agent_of_work_beside_headings_not_founding_former_or_outside(
    sentence: str, name: str
) -> None:
    """The agent of founding or setting, of work done no more, of the site's upkeep or of
    money, another body's part and the agency named again are no units of the page."""
    text = AGENT_OF_WORK_BESIDE_HEADINGS.format(sentence=sentence)
    found = offices(extract(text, markdown=True))
    assert {"Glass Office", "Soot Bureau"} <= set(found)
    assert not {name, "Guild's Office of Weather"} & set(found), set(found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the body's own audit: an auditor outside it
        (
            "The audit of its accounts is carried out by the National Wick Audit Bureau.",
            "National Wick Audit Bureau",
        ),
        ("The external audit is undertaken by the Lamp Audit Bureau.", "Lamp Audit Bureau"),
        (
            "Our accounts are audited each year; the audit is performed by the Oil Audit Bureau.",
            "Oil Audit Bureau",
        ),
        # the office of a government's head: above the page's body
        (
            "Lighting policy is coordinated by the Office of the First Minister.",
            "Office of the First Minister",
        ),
        (
            "Its procurement rules are provided by the Office of the Deputy First Minister.",
            "Office of the Deputy First Minister",
        ),
        # work done for another: a body outside the page's
        (
            "The lamp census is conducted by the Lamp Tally Bureau on behalf of the works.",
            "Lamp Tally Bureau",
        ),
        # work done no more
        (
            "Licensing, which used to be handled by the Lamp Licensing Office, now falls to "
            "the Glass Office.",
            "Lamp Licensing Office",
        ),
        ("Licences are no longer processed by the Lamp Licensing Office.", "Lamp Licensing Office"),
    ],
)
def test_agent_of_work_beside_headings_outside_auditor_head_or_former(
    sentence: str, name: str
) -> None:
    """The agent of the body's own audit ("the audit of its accounts is carried out by ...",
    "the external audit is undertaken by ..."), the office of a government's head, a body
    doing the work "on behalf of" another, and one that "used to" or "no longer" does it,
    are no units of the page."""
    text = AGENT_OF_WORK_BESIDE_HEADINGS.format(sentence=sentence)
    found = offices(extract(text, markdown=True))
    assert {"Glass Office", "Soot Bureau"} <= set(found)
    assert name not in found, set(found)


def test_agent_of_work_beside_headings_money_handled_and_our() -> None:
    """Money a unit handles is its work ("grant applications are processed by the Grants
    Unit"; only money given, "funding is provided by", names who pays), and so are audits of
    others or of its stores; "our" before the agent names the page's own unit; a
    government's page keeps its head's office."""
    for sentence, name in [
        ("Applications for lamp grants are processed by the Wick Grants Unit.", "Wick Grants Unit"),
        ("Village lamp loans are managed by the Rural Credit Branch.", "Rural Credit Branch"),
        ("Complaints are handled by our Keeper Care Team.", "Keeper Care Team"),
        (
            "Audits of the wick stores are carried out by the Risk Assurance Division.",
            "Risk Assurance Division",
        ),
    ]:
        text = AGENT_OF_WORK_BESIDE_HEADINGS.format(sentence=sentence)
        found = offices(extract(text, markdown=True))
        assert found[name] == Placed("Lamp Works", "prose_unit", "default_root"), sentence
        off = offices(extract(text, markdown=True, off={"agent_of_work_beside_headings"}))
        assert name not in off
    text = AGENT_OF_WORK_BESIDE_HEADINGS.format(
        sentence="Lamp policy is coordinated by the Office of the First Minister."
    ).replace("Lamp Works", "Government of Lampland")
    assert offices(extract(text, markdown=True))["Office of the First Minister"].parent == (
        "Government of Lampland"
    )


@pytest.mark.xfail(
    strict=True,
    reason="a unit named as the agent of a headed unit's work ('Within the Soot Bureau, chimney "
    "surveys are carried out by the Chimney Survey Team') hangs from the page's agency, not "
    "from the headed unit whose work it does",
)
def test_agent_of_work_beside_headings_part_of_a_headed_unit() -> None:
    text = AGENT_OF_WORK_BESIDE_HEADINGS.format(
        sentence="Within the Soot Bureau, chimney surveys are carried out by the Chimney "
        "Survey Team."
    )
    found = offices(extract(text, markdown=True))
    assert found["Chimney Survey Team"].parent == "Soot Bureau"


@pytest.mark.xfail(
    strict=True,
    reason="a body outside the page's with no sign of it in the sentence ('Background checks "
    "are conducted by the Federal Bureau of Lamp Inquiries') is read as a unit of the page",
)
def test_agent_of_work_beside_headings_an_outside_body_without_a_sign() -> None:
    text = AGENT_OF_WORK_BESIDE_HEADINGS.format(
        sentence="Background checks of new keepers are conducted by the Federal Bureau of "
        "Lamp Inquiries."
    )
    assert "Federal Bureau of Lamp Inquiries" not in offices(extract(text, markdown=True))
