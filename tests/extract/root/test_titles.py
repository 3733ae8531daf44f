"""Root strategies that read the title (``pipeline/extract/root/titles.py``): an agency
it names, its acronym the page uses, a manual's part, a unit's full name, the first of two
title lines."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import extract, offices, root
from tests.extract.root.helpers import page

TITLE_AGENCY = page("About the Bureau of Lantern Safety", "The bureau keeps the lamps lit.")


def test_root_from_title_agency_is_the_agency_worded_name_in_the_title() -> None:
    assert root(extract(TITLE_AGENCY)) == (
        "Bureau of Lantern Safety",
        None,
        "root_from_title_agency",
    )
    off = root(extract(TITLE_AGENCY, off={"root_from_title_agency"}))
    assert off[2] != "root_from_title_agency"


def test_root_from_title_agency_in_a_longer_title() -> None:
    text = page("Organizational components of the Lantern Safety Commission", "Lamps are lit.")
    assert root(extract(text)) == ("Lantern Safety Commission", None, "root_from_title_agency")
    off = root(extract(text, off={"root_from_title_agency"}))
    assert off[0] != "Lantern Safety Commission"


HEAD_NOUN_OVERVIEW = page(
    "Department Overview",
    "The Department of Glass Wick Keeping (DGWK) was established in 1990 to keep the lamps lit.",
)


def test_root_title_head_noun_with_topic_an_overview_of_the_department() -> None:
    """ "Department Overview" is the page's topic: the body is the one the text defines."""
    assert root(extract(HEAD_NOUN_OVERVIEW)) == (
        "Department of Glass Wick Keeping",
        "DGWK",
        "root_from_intro_subject",
    )
    off = root(extract(HEAD_NOUN_OVERVIEW, off={"root_title_head_noun_with_topic"}))
    assert off == ("Department", None, "root_from_title_agency")


def test_root_title_head_noun_with_topic_structure_words_and_a_head_noun() -> None:
    """A series of topic words ending in a body's head noun names no body either."""
    text = page(
        "Organizational Structure and Administration",
        "The Ministry of Lamps comprises several offices, including the offices below.",
    )
    assert root(extract(text)) == ("Ministry of Lamps", None, "root_from_agency_phrase")
    off = root(extract(text, off={"root_title_head_noun_with_topic"}))
    assert off[2] == "root_from_title_agency"


def test_root_title_head_noun_with_topic_a_name_of_its_own_stands() -> None:
    """Head nouns alone, or a word of the body's own beside them, make a name; a topic
    word beside the head noun alone makes none (the rule on, the overview is passed over)."""
    for title in ("Department of Wicks", "Lantern Safety Administration"):
        text = page(title, "The body keeps the lamps lit.")
        assert root(extract(text)) == (title, None, "root_from_title_agency")
    text = page("Glass Ledger Services", "The body keeps the lamps lit.")
    assert root(extract(text)) == ("Glass Ledger Services", None, "root_from_title_agency")
    assert root(extract(HEAD_NOUN_OVERVIEW))[0] != "Department"


HOME_MINISTRY = dedent(
    """\
    Home Ministry

    The ministry was formed in 1950. It coordinates with the Ministry of Lamp Defence of Lampia.

    Border Lamp Division

    Keeps the lamps at the border.

    Flood Lamp Division

    Keeps the lamps in flooded districts.
    """
)
HOME_MINISTRY_OF_A_GOVERNMENT = dedent(
    """\
    Home Ministry

    The Home Ministry of the Government of Lampradesh works with the Ministry of Prisons and
    the Bureau of Wick Police.

    Lamp Police Section

    Deals with the lamp police.

    Wick Brigade Section

    Deals with the wick brigades.
    """
)


def test_root_title_head_noun_with_topic_a_topic_word_before_the_head_noun_names_it() -> None:
    """ "Home Ministry": the topic word says which body it is, a name the title keeps, not a
    body the text only works with nor a name cut from the text."""
    assert root(extract(HOME_MINISTRY)) == ("Home Ministry", None, "root_from_title_agency")
    placed = offices(extract(HOME_MINISTRY))
    assert placed["Border Lamp Division"].parent == "Home Ministry"
    assert "Ministry of Lamp Defence of Lampia" not in placed
    placed = offices(extract(HOME_MINISTRY_OF_A_GOVERNMENT))
    assert placed["Lamp Police Section"].parent == "Home Ministry"
    assert not any(name.startswith("Ministry of the Government") for name in placed)


@pytest.mark.parametrize(
    ("title", "intro", "body"),
    [
        (
            "Ministry Organogram",
            "The Ministry of Lamp Affairs (MLA) is organised into the directorates below.",
            "Ministry of Lamp Affairs",
        ),
        (
            "Department Set-up",
            "The Department of Wick Revenue is headed by a Chief Wick Secretary.",
            "Department of Wick Revenue",
        ),
        (
            "Department Directory",
            "The Bureau of Lamp Standards is made up of the offices listed below.",
            "Bureau of Lamp Standards",
        ),
    ],
)
def test_root_title_head_noun_with_topic_an_organogram_a_set_up_or_a_directory(
    title: str, intro: str, body: str
) -> None:
    """An organogram or a set-up (in the English of Africa, South Asia and Britain), or a
    directory, is the page's topic too: the body is the one the text names."""
    text = page(title, intro)
    assert root(extract(text))[0] == body
    assert root(extract(text, off={"root_title_head_noun_with_topic"}))[0] == title


@pytest.mark.xfail(
    strict=True,
    reason="a title of a body's head noun with its functions ('Department Functions and "
    "Structure') still names the root 'Department Functions': what a body does is no topic "
    "word of root_title_head_noun_with_topic (the duty heads name no page's topic in every "
    "title, and no judge run was left to weigh them): left",
)
def test_root_title_head_noun_with_topic_known_miss_the_functions_of_the_department() -> None:
    text = page(
        "Department Functions and Structure",
        "The Department of Lamp Taxes collects taxes on lamps.",
    )
    assert root(extract(text))[0] == "Department of Lamp Taxes"


TITLE_ACRONYM_USED = page(
    "BLS Organization Overview",
    "BLS keeps the lamps lit. BLS staff trim wicks. BLS inspectors check the glass.",
)


def test_root_from_title_acronym_used_is_an_undefined_acronym_the_page_uses() -> None:
    assert root(extract(TITLE_ACRONYM_USED)) == ("BLS", "BLS", "root_from_title_acronym_used")
    off = root(extract(TITLE_ACRONYM_USED, off={"root_from_title_acronym_used"}))
    assert off[2] != "root_from_title_acronym_used"


def test_root_from_title_acronym_used_not_a_number() -> None:
    """A year or a number in the title ("Lamp Works Act of 1980") is no acronym, however
    often the page repeats it: the agency phrase names the root."""
    text = (
        "Lamp Works Reorganization Plan of 1980\n\nUnder the plan of 1980, the Department of "
        "Lamps keeps the lamps lit. The plan of 1980 took effect in 1980, and in 1980 the "
        "offices moved.\n\nOffice of Wick Standards\n\nThe office sets standards for wicks."
        "\n\nOffice of Glass Inspection\n\nThe office inspects lantern glass.\n"
    )
    assert root(extract(text)) == ("Department of Lamps", None, "root_from_agency_phrase")


def test_root_from_title_agency_a_title_in_capitals() -> None:
    text = dedent("""\
        BUREAU OF LANTERN SAFETY AND WICKS

        Order Number: 12-4

        SECTION 1.  OFFICE OF WICK STANDARDS.

        The office sets standards for wicks for the BUREAU, AND for AND its partners.
        The AND committee meets. The AND fund pays. The AND desk answers.
        """)
    assert root(extract(text)) == (
        "Bureau of Lantern Safety and Wicks",
        None,
        "root_from_title_agency",
    )
    _name, _, found_by = root(extract(text, off={"root_from_title_agency"}))
    assert found_by != "root_from_title_agency"


def test_root_from_title_agency_an_office_named_in_the_title() -> None:
    text = dedent("""\
        Office of Wick Standards

        The office sets the wick standards of the Bureau of Lantern Safety.

        Braiding Division

        The division braids wicks.
        """)
    # The office of the bureau is a unit under it (``unit_of_agency``): without that rule,
    # the title's office is the root.
    alone = {"unit_of_agency"}
    found = root(extract(text, off=alone))
    assert found == ("Office of Wick Standards", None, "root_from_title_agency")
    assert root(extract(text, off=alone | {"root_from_title_agency"}))[2] != (
        "root_from_title_agency"
    )
    assert offices(extract(text))["Office of Wick Standards"].parent == "Bureau of Lantern Safety"


def test_root_from_title_unit_a_division_of_a_department_the_text_names() -> None:
    """ "Wick Trimming Division" over "The division trims the wicks of the Department of
    Lamps": the page is about the division, not the department; switched off, the agency
    phrase names the root. A title naming a page's topic ("Division Organization") does
    not."""
    intro = "The division trims the wicks for the Department of Lamps in every town."
    text = page("Wick Trimming Division", intro)
    assert root(extract(text)) == ("Wick Trimming Division", None, "root_from_title_unit")
    assert root(extract(text, off={"root_from_title_unit"}))[0] == "Department of Lamps"
    topic = page("Wick Rules - Division Organization", intro)
    assert root(extract(topic))[2] != "root_from_title_unit"


MANUAL_PART = (
    "Department of Lamps\n\nLamp Manual\n\nSeries:  Organization\n\n"
    "Part 210:  Wick Trimming Bureau\n\nChapter 3:  Glass Care\n\n"
    "3.1 Office of Wick Standards. The office sets standards for wicks.\n\n"
    "3.2 Office of Glass Inspection. The office inspects lantern glass.\n"
)


def test_root_from_manual_part_is_the_body_the_numbered_part_names() -> None:
    assert root(extract(MANUAL_PART)) == ("Wick Trimming Bureau", None, "root_from_manual_part")
    off = root(extract(MANUAL_PART, off={"root_from_manual_part"}))
    assert off[0] == "Department of Lamps"


def test_root_from_manual_part_needs_a_name_worded_as_a_body() -> None:
    text = MANUAL_PART.replace("Wick Trimming Bureau", "Wick Trimming")
    assert root(extract(text))[2] != "root_from_manual_part"


def test_root_from_first_title_line_a_body_line_over_a_place_line() -> None:
    """A body's name over a place line the page never writes again ("Lampton, OK -"):
    the first title line, which the text names again, is the root; switched off, the place
    is."""
    text = page(
        "Wick Trimming Division\n\nLampton, OK -",
        "The Wick Trimming Division of the Lampton Lamp Office is made up of two sections.",
    )
    assert root(extract(text)) == (
        "Wick Trimming Division",
        None,
        "root_from_first_title_line",
    )
    assert root(extract(text, off={"root_from_first_title_line"}))[0] == "Lampton, OK"


def test_root_from_first_title_line_in_capitals_over_a_topic() -> None:
    """A body's name in capitals over a topic line: the name in title case."""
    text = page(
        "OFFICE OF THE LAMP KEEPER\n\nOrganizational Set-up",
        "The Office of the Lamp Keeper is formed as follows.",
    )
    assert root(extract(text)) == (
        "Office of the Lamp Keeper",
        None,
        "root_from_first_title_line",
    )
    off = root(extract(text, off={"root_from_first_title_line"}))
    assert off[0] == "Organizational Set-up"


def test_root_from_first_title_line_named_by_its_noun_over_a_caption() -> None:
    """The text names the first line's body by its noun only ("The division ..."); the
    second line is an image's caption."""
    text = page(
        "Wick Supply Division\n\nBird Watching at Lamp Rock",
        "The division keeps the lamps of the county lit.",
    )
    assert root(extract(text))[0:3:2] == ("Wick Supply Division", "root_from_first_title_line")
    off = root(extract(text, off={"root_from_first_title_line"}))
    assert off[0] == "Bird Watching at Lamp Rock"


def test_root_from_first_title_line_over_a_greeting_naming_a_body() -> None:
    """A second line worded as a body ("Welcome to Lampton Court") gives way to a first the
    text writes again in full; not to one the text names by its noun alone ("The court
    ..." under "Wick Supply Division" / "Lampton Court": the page is about the court)."""
    text = page(
        "Office of the Lamp Keeper\n\nWelcome to Lampton Court",
        "The Office of the Lamp Keeper runs the business of the court.",
    )
    assert root(extract(text))[0:3:2] == ("Office of the Lamp Keeper", "root_from_first_title_line")
    off = root(extract(text, off={"root_from_first_title_line"}))
    assert off[0] == "Welcome to Lampton Court"
    court = page(
        "Wick Supply Division\n\nLampton Court",
        "The court keeps the lamps of the division lit.",
    )
    assert root(extract(court))[0] == "Lampton Court"


def test_root_from_first_title_line_not_over_a_line_the_page_names() -> None:
    """The second line is the page's own body when the text writes it again ("Glass Care
    cleans ...") or never names the first ("The team cleans ..."), and a first line of
    topic words ("Our Organization") names no body; a caption under a first line the text
    names is passed over (the contrast)."""
    named = page(
        "Wick Supply Division\n\nGlass Care",
        "Glass Care cleans the glass of the lamps of the division.",
    )
    assert root(extract(named))[0] == "Glass Care"
    unnamed = page("Wick Supply Division\n\nGlass Care", "The team cleans the glass.")
    assert root(extract(unnamed))[0] == "Glass Care"
    topic = page(
        "Our Organization\n\nBird Watching at Lamp Rock", "The organization keeps the lamps lit."
    )
    assert root(extract(topic))[2] != "root_from_first_title_line"
    caption = page(
        "Wick Supply Division\n\nBird Watching at Lamp Rock",
        "Glass Care cleans the glass of the lamps of the division.",
    )
    assert root(extract(caption))[0] == "Wick Supply Division"


@pytest.mark.xfail(
    strict=True,
    reason="a body's name over the first of its sections, the text naming the body by neither "
    "its name nor its noun ('Regional Lamp Administration' over 'Legal/Wick Counsel', then "
    "'The Office of Wick Counsel ... to the organization'): root_from_first_title_line asks "
    "the text to name the first line, so the first section stays the root",
)
def test_root_from_first_title_line_over_a_first_section_the_text_renames() -> None:
    text = page(
        "Regional Lamp Administration\n\nLegal/Wick Counsel",
        "The Office of Wick Counsel gives legal advice to the organization.",
    )
    assert root(extract(text))[0] == "Regional Lamp Administration"


def test_root_from_first_title_line_not_refused_for_its_root() -> None:
    """A page whose one unit was the first line's body, read under the second line's root,
    is not refused when the first line names the root: it is read with the title's root
    (as with the rule off). Where the text names the body's parts in lower case ("It
    consists of the wick section, ..."), the first line is the root over them."""
    text = dedent("""\
        Wick Supply Division

        Lampton, OK -

        The Wick Supply Division keeps the lamps lit. Its keepers trim the wicks of the county.
        """)
    found = offices(extract(text))
    assert found["Lampton, OK"].parent is None
    assert found["Wick Supply Division"].parent == "Lampton, OK"
    assert offices(extract(text, off={"root_from_first_title_line"})) == found
    parts = text.replace(
        "Its keepers trim the wicks of the county.",
        "It consists of the wick section, the glass section and the oil section.",
    )
    assert root(extract(parts))[0:3:2] == ("Wick Supply Division", "root_from_first_title_line")
    assert offices(extract(parts))["glass section"].parent == "Wick Supply Division"


def test_root_from_first_title_line_a_body_noun_opening_the_line() -> None:
    """A first line a body noun opens before "of" ("DIRECTORATE OF LAMP SUPPLIES",
    "Division of Wick Supply") is worded as a body's name, over a topic or a government's
    banner the page never writes again."""
    text = page(
        "DIRECTORATE OF LAMP SUPPLIES\n\nOrganisational Set-up",
        "The Directorate of Lamp Supplies buys the lamps of the state.",
    )
    assert root(extract(text)) == (
        "Directorate of Lamp Supplies",
        None,
        "root_from_first_title_line",
    )
    banner = page(
        "Division of Wick Supply\n\nLampton Hills Online",
        "The Division of Wick Supply buys wicks for the county.",
    )
    assert root(extract(banner))[0:3:2] == ("Division of Wick Supply", "root_from_first_title_line")
    assert root(extract(banner, off={"root_from_first_title_line"}))[0] == ("Lampton Hills Online")


def test_root_from_first_title_line_over_a_place_with_its_state_code() -> None:
    """A place line with its state's code ("Lampton, OK -") is no body's name: a first line
    the text names by its noun alone ("The division ...") is the root over it."""
    text = page(
        "WICK TRIMMING DIVISION\n\nLampton, OK -",
        "The division trims the wicks of the county's lamps.",
    )
    assert root(extract(text))[0:3:2] == ("Wick Trimming Division", "root_from_first_title_line")
    assert root(extract(text, off={"root_from_first_title_line"}))[0] == "Lampton, OK"


@pytest.mark.xfail(
    strict=True,
    reason="a topic line the text writes again in lower case ('Oil and Fuel' over 'The "
    "directorate buys oil and fuel ...') counts as the page naming it (the page's own unit), "
    "so the first line's directorate is not the root; a case-sensitive reading would take a "
    "unit page's line written in lower case ('human resources') for furniture: left",
)
def test_root_from_first_title_line_over_a_topic_the_text_writes_in_lower_case() -> None:
    text = page(
        "Directorate of Lamp Supplies\n\nOil and Fuel",
        "The directorate buys oil and fuel for the lamps.",
    )
    assert root(extract(text))[0] == "Directorate of Lamp Supplies"


# A title the text writes again as the subject of what a body does, over an agency phrase
# that names one of its parts in a history.
SUBJECT_TITLE = dedent(
    """\
    Lampton State Constabulary

    Our Services

    The Lampton State Constabulary provides patrol and wick safety services across the state.

    Our History

    In 1920 the Bureau of Lamp Patrols was created to guard the lamps of the state.

    Wick Watch Section

    The section watches the wicks at night.
    """
)


def test_root_title_subject_over_agency_phrase_title_written_as_subject() -> None:
    """ "Lampton State Constabulary" over "The Lampton State Constabulary provides ...": the
    title names the page's body, not the bureau its history names; switched off, the agency
    phrase names the root."""
    assert root(extract(SUBJECT_TITLE)) == (
        "Lampton State Constabulary",
        None,
        "root_title_subject_over_agency_phrase",
    )
    off = root(extract(SUBJECT_TITLE, off={"root_title_subject_over_agency_phrase"}))
    assert off[0] == "Bureau of Lamp Patrols"


def test_root_title_subject_over_agency_phrase_by_the_title_s_acronym() -> None:
    """ "Wick and Glass Intelligence" over "WGI serves as the arm of the Department of
    Lamps": the initials the title spells open the sentence."""
    text = page(
        "Wick and Glass Intelligence",
        "WGI serves as the security arm of the Department of Lamps in every town.",
    )
    assert root(extract(text))[:3:2] == (
        "Wick and Glass Intelligence",
        "root_title_subject_over_agency_phrase",
    )
    off = root(extract(text, off={"root_title_subject_over_agency_phrase"}))
    assert off[2] != "root_title_subject_over_agency_phrase"


def test_root_title_subject_over_agency_phrase_initials_are_the_roots_acronym() -> None:
    """A body the text calls by its title's initials ("WGI serves as ...", "WGI is composed
    of ...") has them as its acronym: the initials are the body named again, no unit of it."""
    text = page(
        "Wick and Glass Intelligence",
        "WGI serves as the security arm of the Department of Lamps in every town.\n\n"
        "WGI oversees the offices below.",
    )
    result = extract(text)
    assert root(result) == (
        "Wick and Glass Intelligence",
        "WGI",
        "root_title_subject_over_agency_phrase",
    )
    assert "WGI" not in offices(result)
    assert offices(result)["Office of Wick Standards"].parent == "Wick and Glass Intelligence"


def test_root_title_subject_over_agency_phrase_not_a_post_nor_words_of_the_phrase() -> None:
    """A name ("Lamp Glass Works maintains ...") over a department named apart, but not a
    post ("Chief of Wicks provides ...": it heads the body the phrase names) and a title
    whose words the agency phrase holds ("Lamp Works" over "The Department of Lamp Works
    maintains ...") name no body over the phrase."""
    post = page(
        "Chief of Wicks",
        "The Chief of Wicks provides leadership to the Department of Lamp Safety.",
    )
    assert root(extract(post))[2] != "root_title_subject_over_agency_phrase"
    works = page(
        "Lamp Works",
        "Lamp Works maintains the lamps. The Department of Lamp Works is in the town hall.",
    )
    assert root(extract(works))[2] != "root_title_subject_over_agency_phrase"
    other = page(
        "Lamp Glass Works",
        "Lamp Glass Works maintains the lamps. The Department of Wicks is in the town hall.",
    )
    assert root(extract(other))[2] == "root_title_subject_over_agency_phrase"


def test_root_title_subject_over_agency_phrase_not_a_scheme_a_law_a_charter_or_a_portal() -> None:
    """A title whose last word names what a body runs or issues, a scheme, a law, a charter
    or a portal, names no body, though the text writes it as a subject ("The Lamp Safety Act
    establishes the Department of Lamps ..."): the agency phrase names the root."""
    for title, sentence in (
        (
            "National Lamp Subsidy Scheme",
            "provides free lamps. It is run by the Ministry of Lamps.",
        ),
        ("Lamp Safety Act", "establishes the Department of Lamps and its offices."),
        ("Citizens Charter", "sets out the service standards of the Department of Lamps."),
        ("Lamp Licensing Portal", "provides licences issued by the Department of Lamps."),
    ):
        text = page(title, f"The {title} {sentence}")
        assert root(extract(text))[2] == "root_from_agency_phrase", title


def test_root_title_subject_over_agency_phrase_not_a_person_s_biography() -> None:
    """A title that is only a person's name, written as a subject that serves "as" a post
    ("Jane Okafor serves as the Chief Wick Secretary ...") or followed by a personal pronoun
    ("She ..."), is a biography's: the person holds a post in the body the agency phrase
    names. A body's name serving as an adviser in lower case still names the body."""
    post = page(
        "Jane Okafor",
        "Jane Okafor serves as the Chief Wick Secretary of the Ministry of Lamps.",
    )
    assert root(extract(post)) == ("Ministry of Lamps", None, "root_from_agency_phrase")
    pronoun = page(
        "Jane Okafor",
        "Jane Okafor oversees the wick reforms of the Ministry of Lamps. She joined in 1998.",
    )
    assert root(extract(pronoun)) == ("Ministry of Lamps", None, "root_from_agency_phrase")
    body = page(
        "Wick Policy",
        "Wick Policy serves as the principal adviser on wicks to the Department of Lamps.",
    )
    assert root(extract(body))[:3:2] == ("Wick Policy", "root_title_subject_over_agency_phrase")


@pytest.mark.xfail(
    strict=True,
    reason="a person's name as the title, written as the subject of a function verb with no "
    "post after 'as' and no personal pronoun ('Jane Okafor leads the Ministry of Lamps.'), "
    "reads as a body's: a two-word name is as often a body's ('Wick Watch', 'Lamp Police'): left",
)
def test_root_title_subject_over_agency_phrase_known_miss_a_person_with_no_post_or_pronoun() -> (
    None
):
    text = page("Jane Okafor", "Jane Okafor leads the reforms of the Ministry of Lamps.")
    assert root(extract(text)) == ("Ministry of Lamps", None, "root_from_agency_phrase")
