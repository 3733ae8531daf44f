"""The layout rules of ``pipeline/text/sections.py`` that decide which lines are a page's
title or first line (``second_title_line_a_section``, ``site_chrome_line``,
``menu_bar_line``), tested on what the root strategies then read."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.text.sections import layout, menu_bar_line
from tests.extract.helpers import extract, offices, root


def test_second_title_line_a_section_the_body_over_its_first_part() -> None:
    """ "Lantern Bureau" over "Wick Division" over text: the second line is the bureau's
    first section, not a second line of the title (the root is the bureau)."""
    text = dedent("""\
        Lantern Bureau

        Wick Division

        The Wick Division trims the wicks of the town's lamps.

        Glass Division

        The Glass Division cleans the lamps' glass.
        """)
    result = extract(text)
    assert root(result)[0] == "Lantern Bureau"
    found = offices(result)
    assert found["Wick Division"].parent == "Lantern Bureau"
    off = extract(text, off={"second_title_line_a_section"})
    assert root(off)[0] == "Wick Division"


def test_second_title_line_a_section_not_the_pages_own_unit_over_its_parts() -> None:
    """ "Department of Lamps" over "Office of Wick Counsel" over text that opens with the
    office's name, then only its units ("Rulings Unit", "Litigation Unit"): the first line
    names the office's agency; the office is the page's root and holds the units."""
    text = dedent("""\
        Department of Lamps

        Office of Wick Counsel

        The Office of Wick Counsel gives legal advice on wicks to the lamp wardens.

        Rulings Unit

        The Rulings Unit writes the office's opinions on wick rules.

        Litigation Unit

        The Litigation Unit speaks for the office before the lamp courts.
        """)
    result = extract(text)
    assert root(result)[0] == "Office of Wick Counsel"
    found = offices(result)
    assert found["Rulings Unit"].parent == "Office of Wick Counsel"
    assert found["Litigation Unit"].parent == "Office of Wick Counsel"


SITE_CHROME = (
    "<html><body><h2>Skip to main content</h2><h2>Lamp Keepers Division</h2>"
    "<p>The Lamp Keepers Division keeps the lamps of the realm lit.</p>"
    "<h3>Office of Wick Standards</h3><p>The office sets standards for wicks.</p>"
    "<h3>Office of Glass Inspection</h3><p>The office inspects lantern glass.</p>"
    "</body></html>"
)


def test_site_chrome_line_a_skip_link_is_no_title() -> None:
    """A skip link over the page's heading is the site's, not the page's title: the heading
    after it is; switched off, the skip link names the root."""
    assert root(extract(SITE_CHROME, html=True))[0] == "Lamp Keepers Division"
    off = root(extract(SITE_CHROME, html=True, off={"site_chrome_line"}))
    assert off[0] == "Skip to main content"


def test_site_chrome_line_a_banner_placeholder_is_no_first_line() -> None:
    """ "header background image" over a page's text is the placeholder of the site's banner,
    not the first line the root is named by."""
    text = SITE_CHROME.replace("<h2>Skip to main content</h2>", "<p>header background image</p>")
    assert root(extract(text, html=True))[0] == "Lamp Keepers Division"
    assert root(extract(text, html=True, off={"site_chrome_line"}))[0] != "Lamp Keepers Division"


def test_site_chrome_line_a_breadcrumb_label_or_a_menu_toggle_is_no_title() -> None:
    """ "You are here" (the label of a breadcrumb trail), "Toggle menu", "Top Banner" and "Home"
    over a page's heading are the site's, not the page's title: the heading after them is."""
    for chrome in ("You are here", "Toggle menu", "Top Banner", "Home", "translate icon"):
        text = SITE_CHROME.replace("<h2>Skip to main content</h2>", f"<p>{chrome}</p>")
        assert root(extract(text, html=True))[0] == "Lamp Keepers Division", chrome
    text = SITE_CHROME.replace("<h2>Skip to main content</h2>", "<p>You are here</p>")
    # the label's introduction names the division too (root_from_intro_subject_under_label)
    both = {"site_chrome_line", "root_from_intro_subject_under_label"}
    assert root(extract(text, html=True, off=both))[0] == "You are here"


def test_site_chrome_line_a_breadcrumb_trail_after_its_label() -> None:
    """ "You are here: Home / About Us / Lamp Keepers Division": a breadcrumb trail set on
    its label's line is the site's too, not the page's title; in text and in HTML."""
    trail = "You are here: Home / About Us / Lamp Keepers Division"
    text = SITE_CHROME.replace("<h2>Skip to main content</h2>", f"<p>{trail}</p>")
    assert root(extract(text, html=True))[0] == "Lamp Keepers Division"
    plain = f"{trail}\n\nLamp Keepers Division\n\nThe Lamp Keepers Division keeps the lamps lit.\n"
    assert root(extract(plain + "It runs the Wick Office.\n"))[0] == "Lamp Keepers Division"


def test_site_chrome_line_a_government_banner_or_a_portal_label_is_no_title() -> None:
    """A government site's banner ("U.S. flag", "An official website of the United States
    government", "Official websites use .gov", its flag's alternative text with the banner on
    one line), a run of skip links on one line, a search box's label ("Advanced Search"), a
    portal's frame labels ("Web Content Viewer", "Actions") and a breadcrumb trail without its
    label ("Lamps.gov / About / Who We Are") over a page's heading are the site's, not the
    page's title: the heading after them is; switched off, the first names the root."""
    for chrome in (
        ["U.S. flag", "An official website of the United States government"],
        ["U.S. flag signifying that this is a United States Federal government website"],
        ["Official websites use .gov", "Secure .gov websites use HTTPS"],
        ["Skip to content Skip to left sidebar Skip to right sidebar Skip to footer"],
        ["Advanced Search"],
        ["Web Content Viewer", "Actions"],
        ["Lamps.gov / About / Who We Are"],
    ):
        lines = "".join(f"<p>{line}</p>" for line in chrome)
        text = SITE_CHROME.replace("<h2>Skip to main content</h2>", lines)
        assert root(extract(text, html=True))[0] == "Lamp Keepers Division", chrome
        both = {"site_chrome_line", "root_from_intro_subject_under_label"}
        off = root(extract(text, html=True, off=both))
        assert off[0] != "Lamp Keepers Division", chrome


def test_second_title_line_a_section_under_a_title_naming_units_in_the_plural() -> None:
    """ "Wick Divisions" over "Trimming" over text, then "Braiding" over text: the first
    line names the page's units in the plural, the second is the first of them, not the
    title (it was the root before, its peers its units)."""
    text = dedent("""\
        Wick Divisions

        Trimming

        The Trimming Division cuts the wicks of the town's lamps to length.

        Braiding

        The Braiding Division braids new wicks from cotton thread.
        """)
    result = extract(text)
    assert root(result)[0] == "Wick Divisions"
    assert "Trimming Division" in offices(result)
    off = extract(text, off={"second_title_line_a_section"})
    assert root(off)[0] == "Trimming"


def test_second_title_line_a_section_not_a_group_under_a_title_naming_units() -> None:
    """ "Lamp staff and departments" over "Lamp staff" (people in the plural, a group of its
    own, not the first of the sections) stays a title line."""
    text = dedent("""\
        Lamp staff and departments

        Lamp staff

        Besides the wardens, paid keepers run the lamps day to day.

        The guild employs over forty keepers.

        Lamp departments

        Wick Supply

        This department buys the wicks.

        Glass Care

        This department cleans the glass.
        """)
    lines = [line.text for line in layout(text).title_lines]
    assert lines == ["Lamp staff and departments", "Lamp staff"]


@pytest.mark.xfail(
    strict=True,
    reason="a body's name over the first of its sections side by side ('Lamp Administration' "
    "over 'Wick Counsel' / text / 'Glass Records' / text) is read as two title lines: reading "
    "the second as a section when a later heading at its level stands over text helped one "
    "development page only",
)
def test_second_title_line_a_section_under_a_body_name_over_sections_side_by_side() -> None:
    text = dedent("""\
        Lamp Administration

        Wick Counsel

        The Office of Wick Counsel gives legal advice on wicks.

        Glass Records

        The Glass Records team keeps the records of the lantern glass.
        """)
    assert root(extract(text))[0] == "Lamp Administration"


MENU_BAR = (
    "Home | En Lampish | Contact Us | A to Z\n\n"
    "Lamp Keepers Division\n\n"
    "The Lamp Keepers Division keeps the lamps of the realm lit.\n\n"
    "Office of Wick Standards\n\nThe office sets standards for wicks.\n\n"
    "Office of Glass Inspection\n\nThe office inspects lantern glass.\n"
)


def test_menu_bar_line_the_link_home_and_its_menu() -> None:
    """ "Home | En Lampish | Contact Us | A to Z" over the page's title is the site's menu bar:
    the line after it names the root; switched off, the menu bar does."""
    assert root(extract(MENU_BAR))[0] == "Lamp Keepers Division"
    off = root(extract(MENU_BAR, off={"menu_bar_line"}))
    assert off[0] != "Lamp Keepers Division"


def test_menu_bar_line_four_links_between_bars_and_a_wide_gap() -> None:
    """Four links or more between bars, and "Home" with its links after a wide gap, are menus;
    a title with the site's name after one bar is not."""
    assert menu_bar_line("Overview | Wick Services | Press Room | Careers")
    assert menu_bar_line("Home          Search          Wick Keeper, Lamp Warden")
    assert not menu_bar_line("Lamp Keepers Division | Wick City")
    assert not menu_bar_line("Home")
