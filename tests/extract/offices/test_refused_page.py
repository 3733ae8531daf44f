"""The rules of ``pipeline/extract/offices/refused_page.py``, each on short synthetic text.

The ladder of relaxations a page that would be refused is read again under, and its known
misses."""

from __future__ import annotations

import pytest

from pipeline.extract.page import NoStructureError
from tests.extract.helpers import extract, offices, page


@pytest.mark.xfail(
    strict=True,
    raises=NoStructureError,
    reason="items named in sentence case under a lead-in that does not announce units are no "
    "units by capitalized_item_name, and the page is refused; a rung reading them as they are "
    "written on a page that would be refused (refused_page_sentence_case_items, tried) changed "
    "one development page only: removed",
)
def test_refused_page_known_miss_a_numbered_list_of_bodies_in_sentence_case() -> None:
    """Items named in sentence case ("Lamp audit department") under a lead-in that does not
    announce units: the page's units, as written."""
    text = (
        "Wick bodies\n\nThe county keeps these:\n\n"
        "  1. Administrative department for wicks and oil,\n"
        "  2. Administrative department for glass and soot,\n"
        "  3. Lamp audit department.\n"
    )
    found = offices(extract(text))
    assert set(found) == {
        "Wick bodies",
        "Administrative department for wicks and oil",
        "Administrative department for glass and soot",
        "Lamp audit department",
    }
    assert found["Lamp audit department"].parent == "Wick bodies"


# A scanned charter's run of text: each department, then its divisions, with no commas.
RUN_IN_CHARTER = (
    "Loading...\nORDINANCE 12 on lamps. The town ordains that the following are created:"
    " Department of Wick Works Divisions: Trimming Oil Department of Glass Care"
    " Divisions: Panes Soot\n"
)


def test_refused_page_unit_worded_names_a_run_of_text_with_no_commas() -> None:
    """A scanned charter runs its departments together: a name a unit noun opens before "of"
    is a unit, cut before the plural unit noun that follows it; the divisions' bare words
    ("Trimming Oil", "Panes Soot") are no units. The page is read exactly so: the first
    department is taken for the page's body (the known miss below), the second is its unit."""
    found = offices(extract(RUN_IN_CHARTER))
    assert set(found) == {"Department of Wick Works Divisions", "Department of Glass Care"}
    assert found["Department of Glass Care"].found_by == "refused_page_unit_worded_names"
    assert found["Department of Glass Care"].parent == "Department of Wick Works Divisions"
    with pytest.raises(NoStructureError):
        extract(RUN_IN_CHARTER, off={"refused_page_unit_worded_names"})


@pytest.mark.xfail(
    strict=True,
    reason="the first department of a charter's run of text is read as the page's body "
    "(root_from_agency_phrase, its name running on into 'Divisions'), before the ladder "
    "runs, so the rung leaves it out as the body's own name: only the second department "
    "is a unit",
)
def test_refused_page_unit_worded_names_known_miss_the_first_department_of_a_run() -> None:
    found = offices(extract(RUN_IN_CHARTER))
    assert found["Department of Wick Works"].found_by == "refused_page_unit_worded_names"


def test_refused_page_unit_worded_names_a_single_council_named_in_prose() -> None:
    """A page whose only unit named in full is its council, in one sentence: that one name is
    enough for the rung on a page that would otherwise publish nothing."""
    text = (
        "Lampwick Basin Agency\n\nThe Lampwick Basin Agency keeps the lamps of the basin."
        " Its deciding organ is the Trimming Council, made of the keepers.\n"
    )
    found = offices(extract(text))
    assert set(found) == {"Lampwick Basin Agency", "Trimming Council"}
    assert found["Trimming Council"].found_by == "refused_page_unit_worded_names"
    assert found["Trimming Council"].parent == "Lampwick Basin Agency"
    with pytest.raises(NoStructureError):
        extract(text, off={"refused_page_unit_worded_names"})


def test_refused_page_unit_worded_names_a_unit_noun_heads_the_phrase() -> None:
    """In "A of B" or "A for B" the head is A: "Centre for Oil Studies" is headed by a unit
    noun and is a unit; "the Establishment of a Wick Testing Centre" is headed by
    "Establishment", a project whose centre is what is set up, and the page that names only
    it stays refused."""
    intro = "Lampwick Basin Agency\n\nThe Lampwick Basin Agency keeps the lamps of the basin."
    found = offices(extract(intro + " Its research is done by the Centre for Oil Studies.\n"))
    assert found["Centre for Oil Studies"].found_by == "refused_page_unit_worded_names"
    with pytest.raises(NoStructureError):
        extract(intro + " Its plan for the year is the Establishment of a Wick Testing Centre.\n")


@pytest.mark.xfail(
    strict=True,
    raises=NoStructureError,
    reason="divisions named only in lower case ('the wick care division shall ...') are not "
    "read, and the page is refused; a rung reading such names on a page that would be "
    "refused (refused_page_lower_case_unit_names, tried) changed one development page only: "
    "removed",
)
def test_refused_page_known_miss_lettered_duties_of_lower_case_named_divisions() -> None:
    """Lettered duties of lower-case named divisions ("the wick care division shall")."""
    text = (
        "In addition to the duties of the lamp department:\n\n"
        "A. the wick care division shall trim the wicks;\n\n"
        "B. the oil supply and storage division shall fill the lamps; and\n\n"
        "C. the respective division chiefs shall report.\n"
    )
    found = offices(extract(text))
    assert "wick care division" in found
    assert "oil supply and storage division" in found
    assert not any("respective" in name for name in found)


def test_refused_page_unit_worded_names_a_plural_unit_noun_that_ends_the_name() -> None:
    """A plural unit noun that is the name's own last word ("Department of Armed Wicks") is
    part of it; only a label's ("Divisions:") is cut."""
    text = (
        "Lampwick Basin Agency\n\nThe Lampwick Basin Agency keeps the lamps of the basin."
        " Its guard is the Department of Armed Wicks.\n"
    )
    found = offices(extract(text))
    assert "Department of Armed Wicks" in found
    assert "Department of Armed" not in found


def test_refused_page_unit_worded_names_a_preposition_opening_the_sentence() -> None:
    """ "Under the Trimming Council the keepers meet.": the preposition and article that open
    the sentence are no part of the name."""
    text = (
        "Lampwick Basin Agency\n\nThe Lampwick Basin Agency keeps the lamps of the basin."
        " Under the Trimming Council the keepers meet.\n"
    )
    found = offices(extract(text))
    assert "Trimming Council" in found
    assert not any(name.startswith("Under") for name in found)


def test_refused_page_a_page_naming_no_unit_is_still_refused() -> None:
    """A notice that names no unit at all stays refused under every rung."""
    text = "Lamp Fair News\n\nThe fair opens in May in the park. Bring a lamp and a friend.\n"
    with pytest.raises(NoStructureError):
        extract(text)


# A page whose title names its body's post; a navigation line ending "Contact Us" heads what
# follows as a contact section (``contact_section``), so the readers of sections pass over its
# offices, items each opening on a name followed by what the office does; its one unit is the
# body named in full.
LONE_BODY_PAGE = (
    "Inspector of Wicks to the Lamp Board\n\nHome News Contact Us\n\nOur Offices\n\n"
    "The Office of Wick Inspection (OWI) keeps watch over the lamps the Lamp Board (LB)"
    " lights. The OWI is made up of the following offices:\n"
    "  • The Office of Trimming Audits, which checks the trimmers' books each quarter.\n"
    "  • The Office of Soot Inquiries, which looks into each complaint of soot.\n"
    "  • The Office of Oil Counsel, which gives the inspector legal advice.\n"
)


def test_lone_body_under_root_reads_the_page_under_the_ladder() -> None:
    """A page whose root holds one body alone (its own body named in full) has published none
    of its parts: read again under the refused page's ladder, the lone body kept, its offices
    named in full are its units."""
    found = offices(extract(LONE_BODY_PAGE))
    assert "Office of Wick Inspection" in found
    for name in ("Office of Trimming Audits", "Office of Soot Inquiries", "Office of Oil Counsel"):
        assert found[name].found_by == "refused_page_unit_worded_names"
        assert found[name].parent == "Inspector of Wicks to the Lamp Board"
    assert len(offices(extract(LONE_BODY_PAGE, off={"lone_body_under_root"}))) == 2


def test_lone_body_under_root_one_name_beside_the_body_is_not_read() -> None:
    """ "Wick Yard" over "The Wick Yard Department is ...": the lone unit is the page's body in
    full, and one more name beside it is as often a body it works with as its part: on such a
    page the rung reads two names or more, and this page keeps its one unit."""
    text = (
        "Wick Yard\n\nThe Wick Yard Department is responsible for trimming the wicks of the"
        " town.\nThe department is made of several parts, Wick Yard Administration among them.\n"
    )
    assert set(offices(extract(text))) == {"Wick Yard", "Wick Yard Department"}


# The opening of a page whose root ("Wick Yard") holds one body, its own named in full.
WICK_YARD = (
    "Wick Yard\n\nThe Wick Yard Department is responsible for trimming the wicks of the town."
)


def test_lone_body_under_root_not_the_bodies_it_works_with() -> None:
    """ "It works with the Glass Steering Council, ...": bodies the sentence's subject works
    with are its partners, not its parts, and the rung passes over them on a page whose root
    holds one body, as prose units are read."""
    text = (
        WICK_YARD + " It works with the Glass Steering Council, the Oil Allocation Committee,"
        " and the Pane Trade Committee.\n"
    )
    assert set(offices(extract(text))) == {"Wick Yard", "Wick Yard Department"}


# A page whose root ("Oil Works") holds one body, named in full in its first sentence, with
# two parts named in the next; ``{body}`` is the lone body's name.
OIL_WORKS = (
    "Oil Works\n\nThe {body} is responsible for trimming the wicks of the town. Its parts are"
    " the Glass Cutting Committee, and the Soot Committee."
)


def test_lone_body_under_root_not_the_lone_unit_named_again() -> None:
    """A name within the lone unit's own name ("Wick Division" of "Lamp Safety Wick
    Division") or holding it is that unit named again, no part of it; the other names are
    read, under the page's root."""
    text = (
        OIL_WORKS.format(body="Lamp Safety Wick Division")
        + " The Wick Division meets monthly, and the Lamp Safety Wick Division Board yearly.\n"
    )
    found = offices(extract(text))
    assert found["Glass Cutting Committee"].found_by == "refused_page_unit_worded_names"
    assert found["Soot Committee"].found_by == "refused_page_unit_worded_names"
    assert "Wick Division" not in found
    assert "Lamp Safety Wick Division Board" not in found


def test_lone_body_under_root_not_the_lone_unit_named_in_other_words() -> None:
    """ "The Division of Lamp Snuffing" beside a lone "Lamp Snuffing Division" is that unit named
    again in other words (the same words, another order), no part of it; the other names are
    read, under the page's root."""
    text = (
        OIL_WORKS.format(body="Lamp Snuffing Division")
        + " The Division of Lamp Snuffing meets monthly.\n"
    )
    found = offices(extract(text))
    assert set(found) == {
        "Oil Works",
        "Lamp Snuffing Division",
        "Glass Cutting Committee",
        "Soot Committee",
    }
    assert found["Soot Committee"].found_by == "refused_page_unit_worded_names"
    assert found["Soot Committee"].parent == "Oil Works"


@pytest.mark.xfail(
    strict=True,
    reason="on a page whose root holds one unit, the rung reads every unit-worded name, "
    "places a series names ('The vaccination centres are ...') and bodies a label line lists "
    "as partners ('Our partners include: ...') among them; only bodies the sentence's subject "
    "deals with ('works with', 'liaises with') are passed over, as prose units are",
)
def test_lone_body_under_root_known_miss_centres_the_public_visits() -> None:
    text = page(
        "The bureau runs the lamp fair.",
        "The fair centres are Emberby Civic Centre, Tallowford Lamp Centre and Candlemere"
        " Community Centre.",
        "Office of Panes",
        "The office cuts glass.",
    )
    found = offices(extract(text))
    assert "Office of Panes" in found
    assert "Emberby Civic Centre" not in found


def test_lone_body_under_root_a_lone_post_is_left_alone() -> None:
    """A page whose one unit is a post (a leadership page) is not read again: the bodies named
    beside the post are the ones it sits on or answers to, not the page's parts."""
    text = (
        "Wick Board\n\nThe Wick Chairperson leads the board. The Chairperson sits on the Glass"
        " Steering Council, and chairs meetings of the Oil Allocation Committee.\n"
    )
    found = offices(extract(text))
    assert "Wick Chairperson" in found
    assert "Glass Steering Council" not in found
    assert "Oil Allocation Committee" not in found


def test_refused_page_unit_worded_names_a_label_line() -> None:
    """On a page that would be refused, a label line's text ("Sets up: the Office of ...") is
    read as a paragraph's is."""
    text = (
        "Wick Order 12\n\nPURPOSE\n\nThis Order sets out how the lamps of the basin are kept."
        "\n\nSets up: the Office of Trimming Studies.\n"
    )
    found = offices(extract(text))
    assert found["Office of Trimming Studies"].found_by == "refused_page_unit_worded_names"
    assert found["Office of Trimming Studies"].parent == "Wick Order 12"


def test_refused_page_unit_worded_names_a_name_runs_across_no_line_break() -> None:
    """On a page that would be refused, where one name will do, two names on two lines of one
    block are two names, not one run across the line break ("Lamp Keepers Trimming
    Council")."""
    text = (
        "Lampwick Basin Agency\n\nThe Lampwick Basin Agency keeps the lamps of the basin."
        " Its deciding organ is the Lamp Keepers\nTrimming Council, made of the keepers.\n"
    )
    found = offices(extract(text))
    assert set(found) == {"Lampwick Basin Agency", "Trimming Council"}
    assert found["Trimming Council"].found_by == "refused_page_unit_worded_names"


def test_lone_body_under_root_a_label_line() -> None:
    """On a page whose root holds one body (the order's agency), a label line's text is read
    as a paragraph's is; the rung hangs its names under the page's root, the order, as on a
    refused page."""
    text = (
        "Wick Order 12\n\nWICK AND OIL AGENCY\n\nPURPOSE\n\nThis Order sets out how the"
        " Wick and Oil Agency (WOA) is made up.\n\n"
        "Sets up: the Office of Trimming Studies; and the Soot Removal Division within the"
        " Office of Glass Affairs.\n"
    )
    found = offices(extract(text))
    for name in ("Office of Trimming Studies", "Soot Removal Division", "Office of Glass Affairs"):
        assert found[name].found_by == "refused_page_unit_worded_names"
        assert found[name].parent == "Wick Order 12"


def test_lone_body_under_root_a_name_runs_across_no_line_break() -> None:
    """Two names on two lines of one block are two names, not one run across the line
    break."""
    text = (
        WICK_YARD + " The lamps are lit by its Trimming Services\nSoot Safety Services, all year.\n"
    )
    found = offices(extract(text))
    assert "Trimming Services Soot Safety Services" not in found
    for name in ("Trimming Services", "Soot Safety Services"):
        assert found[name].found_by == "refused_page_unit_worded_names"
