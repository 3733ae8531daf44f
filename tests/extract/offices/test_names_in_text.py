"""The rules of ``pipeline/extract/offices/names_in_text.py``, each on short synthetic text.

Last resorts when no other reader finds a unit (names in the text, names announced by a
colon) and the names whose acronyms stand inside or beside them."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.offices.names_in_text import undertaking
from pipeline.extract.page import NoStructureError
from tests.extract.helpers import LEAD_IN, ROOT, Placed, extract, names, offices


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
    assert undertaking("Oil Depot Office", text, text.index("Oil Depot"))
    assert undertaking("Construction of an Oil Depot Office", text, 0)
    assert not undertaking("Wick Unit", text, text.index("Wick Unit"))


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
