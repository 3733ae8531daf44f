"""Titles that list departments or units in the plural
(``pipeline/extract/root/listing_titles.py``)."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.root.listing_titles import listed_departments_jurisdiction
from pipeline.text.sections import layout
from tests.extract.helpers import extract, offices, root
from tests.extract.root.helpers import LISTED_DEPARTMENTS, page


def test_root_from_listed_departments_jurisdiction_is_the_city_not_its_first_department() -> None:
    assert root(extract(LISTED_DEPARTMENTS)) == (
        "City of Lampton",
        None,
        "root_from_listed_departments_jurisdiction",
    )
    names = offices(extract(LISTED_DEPARTMENTS))
    assert "Department of Wick Supply" in names
    both = {"root_from_listed_departments_jurisdiction", "root_not_one_of_plural"}
    off = root(extract(LISTED_DEPARTMENTS, off=both))
    assert off == ("Department of Wick Supply", None, "root_from_agency_phrase")


def test_root_from_listed_departments_jurisdiction_the_place_ends_before_a_body_noun() -> None:
    text = LISTED_DEPARTMENTS.replace("City of Lampton serves", "City of Lampton Board serves")
    assert root(extract(text))[0] == "City of Lampton"


def test_root_from_listed_departments_jurisdiction_not_under_another_title() -> None:
    text = LISTED_DEPARTMENTS.replace("Departments\n", "Wick Supply News\n", 1)
    assert root(extract(text))[2] != "root_from_listed_departments_jurisdiction"


def test_root_from_listed_departments_jurisdiction_a_title_naming_the_place() -> None:
    """ "Lampton Departments", "City of Lampton Departments": a title that names the place whose
    departments it lists lists them too; the place the page names is the root."""
    for title in ("Lampton Departments", "City of Lampton Departments"):
        text = LISTED_DEPARTMENTS.replace("Departments\n", f"{title}\n", 1)
        assert root(extract(text)) == (
            "City of Lampton",
            None,
            "root_from_listed_departments_jurisdiction",
        ), title
        # Without it, root_name_without_dropped_word also cuts "City of Lampton Departments"
        # (the page names the City of Lampton without "Departments"): both off.
        rules = {"root_from_listed_departments_jurisdiction", "root_name_without_dropped_word"}
        off = root(extract(text, off=rules))
        assert off[0] != "City of Lampton", title


def test_root_from_listed_departments_jurisdiction_a_title_naming_the_place_with_marks() -> None:
    """The title's words and the place's are compared alike: "St. Lampton Departments" over
    "the City of St. Lampton" (the place's full stop), "Lampton’s Departments" (a possessive)
    list the departments of the place the page names."""
    for title, place in (
        ("St. Lampton Departments", "City of St. Lampton"),
        ("Lampton’s Departments", "City of Lampton"),
        ("Lampton's Departments |", "City of Lampton"),
    ):
        text = LISTED_DEPARTMENTS.replace("Departments\n", f"{title}\n", 1)
        text = text.replace("City of Lampton", place)
        found = root(extract(text))
        assert found == (place, None, "root_from_listed_departments_jurisdiction"), title
        off = root(extract(text, off={"root_from_listed_departments_jurisdiction"}))
        assert off[0] != place, title


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_root_from_listed_departments_jurisdiction_a_place_after_a_dash(dash: str) -> None:
    """ "Departments — City of Lampton": the dash, any of them, that sets the place beside
    "Departments" is no word of the title."""
    text = LISTED_DEPARTMENTS.replace("Departments\n", f"Departments {dash} City of Lampton\n", 1)
    assert root(extract(text)) == (
        "City of Lampton",
        None,
        "root_from_listed_departments_jurisdiction",
    )


def test_root_from_listed_departments_jurisdiction_not_under_another_places_title() -> None:
    """ "Wickham Departments" over a page about the City of Lampton names another place: the
    title lists no departments of the city the page names, and the root is read as with the
    rule off."""
    text = LISTED_DEPARTMENTS.replace("Departments\n", "Wickham Departments\n", 1)
    found = root(extract(text))
    assert found[2] != "root_from_listed_departments_jurisdiction"
    assert found == root(extract(text, off={"root_from_listed_departments_jurisdiction"}))


def test_root_from_listed_departments_jurisdiction_the_place_on_one_line() -> None:
    """ "Departments" over a line "Wick County lists ...": the county is "Wick County", not
    the title's word run on to it across the line's end."""
    text = LISTED_DEPARTMENTS.replace("The City of Lampton serves", "Wick County serves")
    assert root(extract(text))[:1] == ("Wick County",)


def test_root_from_listed_departments_jurisdiction_an_article_is_no_part_of_the_place() -> None:
    """ "The Wick County serves ...", "Our County ...": the article or determiner that opens
    the sentence is no word of the county's name."""
    text = LISTED_DEPARTMENTS.replace("The City of Lampton serves", "The Wick County serves")
    assert root(extract(text))[0] == "Wick County"
    bare = LISTED_DEPARTMENTS.replace("The City of Lampton serves", "The County serves")
    assert root(extract(bare))[2] != "root_from_listed_departments_jurisdiction"


def test_root_from_listed_departments_jurisdiction_a_links_words_are_no_county() -> None:
    """ "Search County Departments below": the words of a link before "County" name no
    county; "Visit Wick County" names Wick County without the link's verb."""
    text = LISTED_DEPARTMENTS.replace(
        "The City of Lampton serves", "Search County Departments below. Visit Wick County. It"
    )
    assert root(extract(text))[0] == "Wick County"


def test_root_from_listed_departments_jurisdiction_the_sites_words_end_the_place() -> None:
    """ "City of Lampton News", "City of Lampton Departments Directory": the words of the
    site after the place are no part of the city's name."""
    for line in ("City of Lampton News serves", "City of Lampton Departments Directory lists"):
        text = LISTED_DEPARTMENTS.replace("The City of Lampton serves", line)
        assert root(extract(text))[0] == "City of Lampton", line


def test_root_from_listed_departments_jurisdiction_the_span_is_the_pages_text() -> None:
    """ "City of  Lampton" with two spaces: the root's span holds exactly the page's text, its
    end not shifted by the spaces the name's words stand apart by."""
    text = LISTED_DEPARTMENTS.replace("City of Lampton serves", "City of  Lampton serves")
    found = listed_departments_jurisdiction(layout(text))
    assert found is not None
    assert text[found.start : found.end] == found.name == "City of  Lampton"


def test_root_title_names_units_the_introductions_subject_is_the_body() -> None:
    """ "Specialized Trimming Units" over "The Wick Keeper's Office is organized into ...":
    the title names the page's units in the plural, no body; the introduction's subject is
    the root."""
    intro = "The Wick Keeper's Office is organized into several trimming units."
    text = page("Specialized Trimming Units", intro)
    assert root(extract(text))[0] == "Wick Keeper's Office"
    off = extract(text, off={"root_title_names_units"})
    assert root(off)[0] == "Specialized Trimming Units"


def test_root_title_names_units_not_a_title_naming_the_body_that_has_them() -> None:
    """ "Lamp Office Divisions": the title names the office that has the divisions, so the
    title stays the root's source."""
    intro = "The Wick Keeper's Office is organized into several trimming units."
    assert root(extract(page("Lamp Office Divisions", intro)))[0] != "Wick Keeper's Office"


def test_root_title_names_units_an_introduction_opened_by_one_of_the_units() -> None:
    """ "The Wick Division has crews ..." under "Wick and Lamp Divisions": the subject is one
    of the divisions the title names, not the body that has them, so it is no root; it is a
    unit under the root, as the units of the headings are."""
    intro = "The Wick Division has crews with daily trimming duties for the lamps of the town."
    text = page("Wick and Lamp Divisions", intro) + (
        "\nOil Supplies\n\nThe Oil Supplies Division is responsible for the lamp oil.\n"
    )
    found = offices(extract(text))
    assert root(extract(text))[0] != "Wick Division"
    assert found["Wick Division"].parent == root(extract(text))[0]
    off = extract(text, off={"root_title_names_units"})
    assert root(off)[0] == "Wick and Lamp Divisions"


def test_root_title_names_units_a_subject_that_owns_them_stays_the_root() -> None:
    """ "The Lamp Division is organized into the regional divisions below." under "Regional
    Divisions": the subject is worded as a division but owns the ones the title names, so it
    is the root, its divisions under it."""
    text = dedent("""\
        Regional Divisions

        The Lamp Division is organized into the regional divisions below.

        Northern Wick Division

        The Northern Wick Division trims the wicks of the north.

        Southern Wick Division

        The Southern Wick Division braids the wicks of the south.
        """)
    assert root(extract(text))[0] == "Lamp Division"
    assert offices(extract(text))["Northern Wick Division"].parent == "Lamp Division"
