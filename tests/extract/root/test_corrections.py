"""The corrections applied to a chosen root (``pipeline/extract/root/corrections.py``):
a title acronym's longer name or body noun, topic words, possessives, a word the page drops."""

from __future__ import annotations

import pytest

from tests.extract.helpers import extract, root
from tests.extract.root.helpers import UNITS, page


def test_root_title_topic_words_dropped_around_the_body() -> None:
    """A title that names the body with the page's topic around it names the body alone."""
    intro = "Lamps are kept lit here."
    cases = {
        "Organization of the Lamp Board": "Lamp Board",
        "Wick Agency Leadership": "Wick Agency",
        "Glass Bank Management": "Glass Bank",
        "LWA's Organization Chart": "LWA",
        "Lamp Department At a Glance": "Lamp Department",
    }
    for title, name in cases.items():
        assert root(extract(page(title, intro)))[0] == name, title
        off = root(extract(page(title, intro), off={"root_title_topic_words"}))
        assert off[0] != name, title


def test_root_title_topic_words_a_series_of_topic_words_before_the_body() -> None:
    """ "The Role and Structure of the Lamp Keepers Office 2019", "Strategic Role and Function
    of the Wick Office", "Establishment of the Lampshire Board of Wick Standards": topic words
    joined by "and" (and a year after the body) name what the page shows of the body; the
    title kept them before."""
    intro = "Lamps are kept lit here."
    cases = {
        "The Role and Structure of the Lamp Keepers Office 2019": "Lamp Keepers Office",
        "Strategic Role and Function of the Wick Office": "Wick Office",
        "Establishment of the Lampshire Board of Wick Standards": (
            "Lampshire Board of Wick Standards"
        ),
    }
    for title, name in cases.items():
        assert root(extract(page(title, intro)))[0] == name, title
        off = root(extract(page(title, intro), off={"root_title_topic_words"}))
        assert off[0] == title, title


def test_root_title_topic_words_a_manual_or_a_government_after_the_body() -> None:
    """ "Wick Division Manual > Chapter II": the body's manual; "Lamp Relations Division
    Government of the Republic of Lampshire": a site's header naming the government the body
    serves; the body alone is the root (the title stood whole before)."""
    intro = "Lamps are kept lit here."
    cases = {
        "Wick Division Manual > Chapter II": "Wick Division",
        "Lamp Relations Division Government of the Republic of Lampshire": (
            "Lamp Relations Division"
        ),
    }
    for title, name in cases.items():
        assert root(extract(page(title, intro)))[0] == name, title
        off = root(extract(page(title, intro), off={"root_title_topic_words"}))
        assert off[0] == title, title


def test_root_title_topic_words_keeps_a_name_that_ends_so() -> None:
    """ "Management" ends "Office of Lamp Management"; "Our Structure" leaves no body."""
    intro = "Lamps are kept lit here."
    assert root(extract(page("Office of Lamp Management", intro)))[0] == (
        "Office of Lamp Management"
    )
    assert root(extract(page("Lamps/Wicks Organization", intro)))[0] == ("Lamps/Wicks Organization")


def test_root_possessive_an_agency_named_as_the_owner_of_its_work() -> None:
    text = (
        "The Lamp Standards Division's work addresses the wicks and the glass of the lamps.\n\n"
        "The division is made up of the Wick Braiding Office and the Glass Care Office.\n"
    )
    assert root(extract(text))[0] == "Lamp Standards Division"
    off = root(extract(text, off={"root_possessive"}))
    assert off[0] == "Lamp Standards Division's"


def test_root_possessive_a_plural_owner() -> None:
    text = page("Lantern Works", "The Bureau of Lamp Keepers' staff keep the lamps lit.")
    assert root(extract(text))[0] == "Bureau of Lamp Keepers"


def test_root_title_topic_words_a_banner_pictures_text_is_no_part_of_the_name() -> None:
    """ "Wick Directorate banner": the title is the alternative text of the page's banner
    picture; the body it names is the Wick Directorate."""
    text = page("Wick Directorate banner", "The directorate keeps the wicks trimmed.")
    assert root(extract(text))[0] == "Wick Directorate"
    logo = page("Lamp Board Logo 640x80", "The board keeps the lamps lit.")
    assert root(extract(logo))[0] == "Lamp Board"
    off = root(extract(text, off={"root_title_topic_words"}))
    assert off[0] == "Wick Directorate banner"


def test_root_title_topic_words_about_and_functions_of_the_body() -> None:
    """ "About the Wick Hazard Division", "Functions of the Lamp Warden's Office |": the
    title names the body after the topic's words (and before a site's separator)."""
    about = page("About the Wick Hazard Division", "The division keeps the wicks safe.")
    assert root(extract(about))[0] == "Wick Hazard Division"
    functions = page("Functions of the Lamp Warden's Office |", "The office keeps the lamps.")
    assert root(extract(functions))[0] == "Lamp Warden's Office"
    off = root(extract(about, off={"root_title_topic_words", "directive_verb"}))
    assert off[0] == "About the Wick Hazard Division"


def test_title_acronym_with_name_the_title_goes_on_past_its_acronym() -> None:
    """ "LU Commission Leadership": the title's acronym opens the name of the body the page
    is about, the LU Commission; "About LSA's National Wick Service": the body the
    acronym's owner has."""
    text = page("LU Commission Leadership", "LU keeps the lamps lit. LU trims wicks. LU mends.")
    assert root(extract(text)) == ("LU Commission", None, "root_from_title_acronym_used")
    off = root(extract(text, off={"title_acronym_with_name"}))
    assert off == ("LU", "LU", "root_from_title_acronym_used")
    owned = page(
        "About LSA's National Wick Service",
        "The Lamp Safety Agency (LSA) runs the National Wick Service.",
    )
    assert root(extract(owned))[:2] == ("National Wick Service", None)
    maps = page("LU Program Boundary Maps", "LU keeps the lamps lit. LU trims wicks. LU mends.")
    assert root(extract(maps))[0] == "LU"


def test_title_acronym_with_name_a_single_topic_word_is_no_name() -> None:
    """ "LU Home", "LU Staff", "About LU's Mission": the one word after the title's acronym
    names a part of the site or the page's topic, not a body; the acronym stays the root."""
    intro = "LU keeps the lamps lit. LU trims wicks. LU mends."
    for title in ("LU Home", "LU Staff", "LU Directory", "About LU's Mission"):
        assert root(extract(page(title, intro)))[0] == "LU", title
    assert root(extract(page("LU Wickland", intro)))[0] == "LU Wickland"


def test_root_title_topic_words_a_capitalized_article_after_the_topic() -> None:
    """ "About The Wick Hazard Division", "Organization of The Lamp Board": a title in title case
    capitalizes the article too; the body is named after it all the same."""
    about = page("About The Wick Hazard Division", "The division keeps the wicks safe.")
    assert root(extract(about))[0] == "Wick Hazard Division"
    structure = page("Organization of The Lamp Board", "The board keeps the lamps lit.")
    assert root(extract(structure))[0] == "Lamp Board"


def test_root_title_topic_words_a_date_is_no_body() -> None:
    """ "About January 2020": what follows the topic's word is a date, no body; the year is no
    acronym that ends a body's name."""
    text = page("About January 2020", "Lamps are kept lit here.")
    assert root(extract(text))[0] != "January 2020"


def test_title_acronym_with_name_not_cut_at_an_abbreviation() -> None:
    """ "LU St. Wick Office": the words after the acronym run past an abbreviation's period;
    the root is not the acronym with the abbreviation alone ("LU St")."""
    intro = "LU keeps the lamps lit. LU trims wicks. LU mends."
    assert root(extract(page("LU St. Wick Office", intro)))[0] != "LU St"
    assert root(extract(page("LU Wick Office", intro)))[0] == "LU Wick Office"


def test_title_acronym_with_name_a_date_after_the_acronym_is_no_name() -> None:
    """ "LU January 2020": a month's name after the acronym opens a date, not the body's
    name; the acronym stays the root."""
    intro = "LU keeps the lamps lit. LU trims wicks. LU mends."
    assert root(extract(page("LU January 2020", intro)))[0] == "LU"


def test_title_acronym_with_name_a_name_joined_by_on() -> None:
    """ "LU Commission on Wick Safety Leadership": "on" joins the commission's name to its
    subject, as "of" and "for" do; the root is the whole name, not "LU Commission"."""
    intro = "LU keeps the lamps lit. LU trims wicks. LU mends."
    text = page("LU Commission on Wick Safety Leadership", intro)
    assert root(extract(text))[0] == "LU Commission on Wick Safety"


@pytest.mark.xfail(
    strict=True,
    reason="a site's separator between the body and the topic's words ('Lamp Office -"
    " Leadership') is left in, so no body's name is found; dropped after the topic's words"
    " (tried), it changed no development page",
)
def test_root_title_topic_words_separator_before_the_topic() -> None:
    text = page("Lamp Office - Leadership", "Lamps are kept lit here.")
    assert root(extract(text))[0] == "Lamp Office"


def test_root_title_topic_words_government_of_after_a_word_of_the_name() -> None:
    """ "Department of Lamp Government of Lampshire": "Government of" after a word that is
    no body noun is the name's own, not a site's header naming the government the body
    serves; the title stays whole (it was cut to "Department of Lamp" before)."""
    intro = "Lamps are kept lit here."
    for title in (
        "Department of Lamp Government of Lampshire",
        "Ministry of Self Government of the Wick Isles",
    ):
        assert root(extract(page(title, intro)))[0] == title, title


def test_root_title_topic_words_a_series_with_a_comma_before_and() -> None:
    """ "Powers, Duties, and Functions of the Lamp Board": a series of topic words with a
    comma before its last "and" is read as one without it (the title stood whole before)."""
    intro = "Lamps are kept lit here."
    title = "Powers, Duties, and Functions of the Lamp Board"
    assert root(extract(page(title, intro)))[0] == "Lamp Board"


def test_acronym_with_body_noun_the_organ_the_page_calls_by_the_acronym() -> None:
    """An acronym the page never expands ("LU") read as the root, while the page calls its
    body "the LU Secretariat" (and "the LU Council" less often): the root is the
    secretariat."""
    intro = (
        "The LU Secretariat is headed by a Wick Warden appointed by the LU Council. "
        "The LU Secretariat keeps the lamps of LU lit, as LU members ask, and LU pays."
    )
    text = page("LU Leadership", intro)
    assert root(extract(text, off={"acronym_with_body_noun"}))[0] == "LU"
    assert root(extract(text))[0] == "LU Secretariat"


def test_acronym_with_body_noun_not_a_page_on_all_the_organs() -> None:
    """A page that names each of LU's organs as often ("the LU Assembly", "the LU Council",
    "the LU Secretariat") describes LU and its organs: the root stays LU, not the organ it
    names first."""
    intro = (
        "LU has three organs. The LU Assembly sets the lamp policy; the LU Assembly meets "
        "each year. The LU Council guides the keepers; the LU Council meets each month. "
        "The LU Secretariat trims the lamps; the LU Secretariat serves the LU members."
    )
    text = page("LU Leadership", intro)
    assert root(extract(text))[0] == "LU"


def test_acronym_with_body_noun_not_a_noun_that_opens_a_longer_name() -> None:
    """ "The LU Organization Structure includes ...": the noun does not close the name (a
    topic follows it), so the acronym stays the root."""
    intro = (
        "The LU Organization Structure includes the Wick Warden. The LU Organization "
        "Structure keeps the lamps of LU lit, as LU members ask, and LU pays."
    )
    assert root(extract(page("LU Leadership", intro)))[0] == "LU"


def test_root_title_topic_words_after_an_agency_phrase() -> None:
    """ "the Department of Oil Organizational Structure": the agency phrase read from the
    page's text runs on into the page's topic; the body is the Department of Oil. A logo's
    words go alike."""
    for phrase, body in (
        ("Department of Oil Organizational Structure", "Department of Oil"),
        ("Department of Oil Logo", "Department of Oil"),
    ):
        text = (
            f"Lamp Keeping\n\nThe lamps are kept by the {phrase} of the keepers of the "
            f"realm.{UNITS}"
        )
        assert root(extract(text)) == (body, None, "root_from_agency_phrase"), phrase
        assert root(extract(text, off={"root_title_topic_words"}))[0] == phrase


def test_root_title_topic_around_proper_name_no_body_noun_ends_it() -> None:
    """ "Lamp Wick Guard Organization Chart", "Divisions of the National Wick Parliament of
    Lampshire": topic words around a body's proper name that no body noun ends; the name
    alone is the root (the title stood whole before)."""
    intro = "Lamps are kept lit here."
    cases = {
        "Lamp Wick Guard Organization Chart": "Lamp Wick Guard",
        "Divisions of the National Wick Parliament of Lampshire": (
            "National Wick Parliament of Lampshire"
        ),
        "Structure of the Lampshire Sea Watch": "Lampshire Sea Watch",
        "Lampshire Sea Watch Org Chart": "Lampshire Sea Watch",
        "Lampshire Sea Watch Organisational Structure": "Lampshire Sea Watch",
    }
    for title, name in cases.items():
        assert root(extract(page(title, intro)))[0] == name, title
        off = root(extract(page(title, intro), off={"root_title_topic_around_proper_name"}))
        assert off[0] == title, title


def test_root_title_topic_around_proper_name_not_a_post_a_topic_or_our() -> None:
    """What the topic words leave is no body's name where it is a post after words of what it
    does ("Role of the Lamp Warden"), a team or a topic ("Senior Management Organisation
    Chart", "Lamp Plan Overview"), a name before other topic words than an organization
    chart's ("Lampshire Sea Watch Overview": perhaps a place's topic), one word ("Executive Organization Chart") or the
    page's own voice ("Your Lamp Keepers Overview"): the title stays whole."""
    intro = "Lamps are kept lit here."
    for title in (
        "Role of the Lamp Warden",
        "Senior Management Organisation Chart",
        "Lamp Plan Overview",
        "Lampshire Sea Watch Overview",
        "Executive Organization Chart",
        "Your Lamp Keepers Overview",
    ):
        assert root(extract(page(title, intro)))[0] == title, title


def test_root_title_topic_around_proper_name_which_chart_not_whose() -> None:
    """ "Proposed New Organisational Structure", "High Level Organisation Chart", "Annex A
    Organisational Structure", "Headquarters and Regional Organisation Chart": the words before
    an organization chart's say which chart it is (its state, level or scope, its place in a
    document), no body's name; the title stands whole (the rule read "Proposed New", "High
    Level", "Annex A" as the body)."""
    intro = "Lamps are kept lit here."
    for title in (
        "Proposed New Organisational Structure",
        "The Proposed Organisational Structure",
        "High Level Organisation Chart",
        "Division Level Organization Chart",
        "Current and Proposed Organisation Chart",
        "Headquarters and Regional Organisation Chart",
        "Annex A Organisational Structure",
        "Appendix B Organization Chart",
    ):
        assert root(extract(page(title, intro)))[0] == title, title


def test_root_title_topic_around_proper_name_posts_in_the_plural() -> None:
    """ "Offices of the Regional Commissioners", "Offices of the Honourable Members of Parliament",
    "Offices of the Honourable Ministers": posts in the plural name their holders, no body
    (as "Role of the Lamp Warden" names a post); the title stands whole."""
    intro = "Lamps are kept lit here."
    for title in (
        "Offices of the Regional Commissioners",
        "Offices of the Honourable Members of Parliament",
        "Offices of the Honourable Ministers",
    ):
        assert root(extract(page(title, intro)))[0] == title, title


@pytest.mark.xfail(strict=True, reason="a structure lead before a topic, a law or a course")
def test_root_title_topic_around_proper_name_not_a_topic_after_a_structure_lead() -> None:
    """ "Structure of the Lampshire Economy", "Divisions of the Lampshire Wick Code": what a
    structure lead leaves is a proper name but names an economy or a law, no body; left (no
    offices page is likely titled so, and the nouns that name no body are many)."""
    intro = "Lamps are kept lit here."
    for title in ("Structure of the Lampshire Economy", "Divisions of the Lampshire Wick Code"):
        assert root(extract(page(title, intro)))[0] == title, title


def test_root_name_without_dropped_word_the_page_names_the_body_without_it() -> None:
    """ "Department of Wick Supply Streamlined" over "the reorganization of the Department of
    Wick Supply"; "Ministry of Lamps, Wicks and Glass Home" (a site's link) over "the
    Ministry of Lamps, Wicks, and Glass kept ...": the body's name is the shorter one the page
    writes again (a comma more or less), not the title's or the header's with its word."""
    rule = "root_name_without_dropped_word"
    titled = page(
        "Department of Wick Supply Streamlined",
        "The Governor today ordered the reorganization of the Department of Wick Supply.",
    )
    assert root(extract(titled)) == ("Department of Wick Supply", None, "root_from_title_agency")
    assert root(extract(titled, off={rule}))[0] == "Department of Wick Supply Streamlined"
    header = (
        "2003/04 Annual Wick Plan Report\n\nOther Links.\n"
        "Ministry of Lamps, Wicks and Glass Home\n\nMinistry Overview\n\n"
        "In 2003, the Ministry of Lamps, Wicks, and Glass kept the lamps lit through its "
        "divisions:\n\n  • Wick Supply Division\n  • Glass Care Division\n"
    )
    assert root(extract(header)) == (
        "Ministry of Lamps, Wicks and Glass",
        None,
        "root_from_agency_phrase",
    )
    assert root(extract(header, off={rule}))[0] == "Ministry of Lamps, Wicks and Glass Home"


def test_root_name_without_dropped_word_keeps_a_word_of_the_name() -> None:
    """The full name written again ("Wick County 2019-2020", a header on every page), a body
    noun dropped ("Department of Wick Supply Library": the library is another body), or the
    shorter name written only inside a longer one ("the Director of Lamp Services"): the
    title stands whole."""
    cases = {
        "Wick County 2019-2020\n\nWick County keeps the lamps lit.\n\nWick County 2019-2020"
        + UNITS: "Wick County 2019-2020",
        page(
            "Department of Wick Supply Library",
            "The library serves the staff of the Department of Wick Supply.",
        ): "Department of Wick Supply Library",
        page(
            "Lamp Services Departments", "The Director of Lamp Services heads the departments."
        ): "Lamp Services Departments",
    }
    for text, name in cases.items():
        assert root(extract(text))[0] == name, name


@pytest.mark.xfail(
    strict=True,
    reason="a place's office named by its post after the place's name is cut to the place",
)
def test_root_name_without_dropped_word_a_place_office_keeps_its_post() -> None:
    """ "Wick County Coroner", "Lampton City Zoning", "City of Lampton Police": a place's
    office named by its post or business after the place's name should stand whole where the
    page names the place alone for what the office serves ("Wick County families", a footer's
    "© 2024 Wick County"), but the rule cuts the title to the place. A guard keeping a place's
    government whole with any word but a site's, a page's or an edition after it
    (``_office_of_place``, tried in review) lost a held-out page's root (a county's title with
    a word after the county's name): left."""
    coroner = "Deputies of the coroner serve Wick County families day and night."
    footer = "The Coroner looks into sudden deaths.\n\nCopyright © 2024 Wick County. All rights reserved."
    cases = {
        page("Wick County Coroner", coroner): "Wick County Coroner",
        page("Wick County Coroner", footer): "Wick County Coroner",
        page("Lampton City Zoning", "Zoning staff guide growth across Lampton City."): (
            "Lampton City Zoning"
        ),
        page("City of Lampton Police", "Officers keep the City of Lampton safe."): (
            "City of Lampton Police"
        ),
    }
    for text, name in cases.items():
        assert root(extract(text))[0] == name, name


def test_root_name_without_dropped_word_a_place_with_a_site_word_or_an_edition() -> None:
    """A place's government with a site's word, its government or an edition after it is
    still the place ("Wick County Home", "Lampton City Government", "Wick County
    2019-2020"), and a body noun before "of" inside the name makes it a body's ("Lampshire
    Department of Wicks Home", "City of Lampton Home")."""
    rule = "root_name_without_dropped_word"
    cases = {
        page("Wick County Home", "Wick County is governed by five supervisors."): "Wick County",
        page("Lampton City Government", "Lampton City residents elect a council."): "Lampton City",
        page("Wick County 2019-2020", "Wick County keeps the lamps lit."): "Wick County",
        page(
            "Lampshire Department of Wicks Home",
            "The Lampshire Department of Wicks keeps the lamps lit.",
        ): "Lampshire Department of Wicks",
        page("City of Lampton Home", "The City of Lampton is governed by a council."): (
            "City of Lampton"
        ),
    }
    for text, name in cases.items():
        assert root(extract(text))[0] == name, name
        assert root(extract(text, off={rule}))[0] != name, name


@pytest.mark.xfail(strict=True, reason="a unit named by its business after its body's name")
def test_root_name_without_dropped_word_a_unit_named_by_its_business() -> None:
    """ "Department of Wick Supply Procurement" over "Procurement buys for the Department of
    Wick Supply": the page is the procurement unit's, named by its business after its
    department's name; the rule reads "Procurement" as a title's word and the root is the
    department (left: no vocabulary tells a business word from a topic or site word)."""
    text = page(
        "Department of Wick Supply Procurement",
        "Procurement buys all goods for the Department of Wick Supply.",
    )
    assert root(extract(text))[0] == "Department of Wick Supply Procurement"
