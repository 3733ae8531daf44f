"""The agency phrase as the root, the phrases it passes over and where its name starts
and ends (``pipeline/extract/root/agency_phrases.py``)."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.root.agency_phrases import agency_phrase
from pipeline.rules import disabled
from pipeline.text.sections import layout
from tests.extract.helpers import extract, offices, root
from tests.extract.root.helpers import LISTED_DEPARTMENTS, page

AGENCY_PHRASE = page(
    "Organization Chart",
    "Lamps are kept lit by our Department of Lantern Safety, which has two offices.",
)


def test_root_from_agency_phrase_is_the_first_department_of_phrase() -> None:
    assert root(extract(AGENCY_PHRASE)) == (
        "Department of Lantern Safety",
        None,
        "root_from_agency_phrase",
    )
    off = root(extract(AGENCY_PHRASE, off={"root_from_agency_phrase"}))
    assert off == ("Organization Chart", None, "root_from_title")


@pytest.mark.xfail(
    strict=True,
    reason="the agency phrase runs on past a possessive: 'Bureau of Lantern Safety’s Office of "
    "Wick Standards' is taken as the agency",
)
def test_root_from_agency_phrase_ends_at_a_possessive() -> None:
    text = page(
        "Office of Wick Standards",
        "The Bureau of Lantern Safety’s Office of Wick Standards sets standards for wicks.",
    )
    assert root(extract(text)) == ("Bureau of Lantern Safety", None, "root_from_agency_phrase")


def test_agency_series_name_a_ministry_named_for_a_series_of_portfolios() -> None:
    """ "Ministry of Lamps, Wicks and Lamp Oil": the agency's name runs past its first comma
    to the end of the series; a series of bodies named by acronyms is not one name."""
    intro = "The Ministry of Lamps, Wicks and Lamp Oil keeps the lamps lit across the realm."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Ministry of Lamps, Wicks and Lamp Oil"
    assert root(extract(text, off={"agency_series_name"}))[0] == "Ministry of Lamps"
    bodies = intro.replace("Wicks and Lamp Oil", "LQ Wicks and LQ Oil")
    assert root(extract(page("Lantern Works", bodies).replace("Lantern Works\n\n", "", 1)))[0] == (
        "Ministry of Lamps"
    )


def test_agency_series_name_not_a_series_of_other_bodies() -> None:
    """ "The Department of Lamps, Wick Supply Board and Glass Council meet ...": items
    worded as bodies (a unit or agency noun) are other bodies, not the department's
    portfolios."""
    intro = (
        "The Department of Lamps, Wick Supply Board and Glass Council meet each month to "
        "plan the lighting of the realm."
    )
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Lamps"


def test_agency_series_name_a_bare_body_noun_is_a_portfolio() -> None:
    """ "Department of Lamps, Administration and Wicks": a one-word item is a portfolio even
    when the word can close a body's name ("Administration"); the name runs to the end."""
    intro = "The Department of Lamps, Administration and Wicks keeps the lamps of the realm lit."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Lamps, Administration and Wicks"
    assert root(extract(text, off={"agency_series_name"}))[0] == "Department of Lamps"


@pytest.mark.xfail(
    strict=True,
    reason="an agency named for two portfolios joined by an ampersand ('Department of Lamps & "
    "Wicks') is cut before it; a rule that joined them (agency_name_ampersand) named one half-A "
    "page's root right only, so it was removed (forty-second session)",
)
def test_root_from_agency_phrase_two_portfolios_joined_by_an_ampersand() -> None:
    intro = "The Department of Lamps & Wicks keeps the lamps of the realm lit."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Lamps & Wicks"


@pytest.mark.xfail(
    strict=True,
    reason="an agency phrase's run goes on into a run-in statement heading ('Department of "
    "Wicks Mission. The mission of ...'); a rule that cut the label (agency_name_not_closing_"
    "label) changed one half-A page only and no other name on half A runs on so: removed",
)
def test_root_from_agency_phrase_ends_before_a_run_in_mission_heading() -> None:
    intro = "Department of Wicks Mission. The mission of the department is to trim the wicks."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_root_not_one_of_plural_keeps_the_city_of_listed_departments() -> None:
    """The title "Departments" passes over "Department of Wick Supply" as one of them; the
    page still lists departments, and its city is the root."""
    on = root(extract(LISTED_DEPARTMENTS))
    assert on == ("City of Lampton", None, "root_from_listed_departments_jurisdiction")


def test_root_not_a_named_part_the_bureau_a_sentence_lists_is_no_root() -> None:
    """ "The Secretariat consists of two bureaus: the Bureau of Wicks and the Bureau of Glass":
    the bureaus are the Secretariat's parts; the page is about the Secretariat."""
    text = dedent(
        """\
        Lampshire Wick Works

        The Secretariat consists of two bureaus: the Bureau of Wicks and the Bureau of Glass.
        The Secretariat is led by the Secretary.

        Bureau of Wicks

        The bureau trims the wicks.

        Bureau of Glass

        The bureau mends the glass.
        """
    )
    assert root(extract(text))[0] != "Bureau of Wicks"
    assert "Bureau of Wicks" in offices(extract(text))
    off = root(extract(text, off={"root_not_a_named_part"}))
    assert off == ("Bureau of Wicks", None, "root_from_agency_phrase")


def test_root_not_a_named_part_not_a_name_a_preposition_owns() -> None:
    text = page(
        "Lampshire Wick Works",
        "The works oversees the trimmers and staff of the Department of Lantern Safety.",
    )
    assert root(extract(text)) == ("Department of Lantern Safety", None, "root_from_agency_phrase")


def test_root_not_a_named_part_right_after_the_verbs_preposition() -> None:
    """ "The Lamp Secretariat consists of the Bureau of Wicks, ...": the "of" is the verb's
    own, not a preposition that owns the bureau; the bureau is a part, no root."""
    text = dedent(
        """\
        Lampshire Wick Works

        The Secretariat consists of the Bureau of Wicks and the Bureau of Glass.

        Bureau of Wicks

        The bureau trims the wicks.

        Bureau of Glass

        The bureau mends the glass.
        """
    )
    assert root(extract(text))[0] != "Bureau of Wicks"
    assert "Bureau of Wicks" in offices(extract(text))


def test_root_not_a_named_part_a_verb_at_a_sentences_start() -> None:
    """ "Including the Bureau of Wicks, ...": the verb of composition opening a sentence in
    capitals still names the bureau as a part."""
    text = page(
        "Lampshire Wick Works",
        "Including the Bureau of Wicks, the works has three parts.",
    )
    assert root(extract(text))[0] != "Bureau of Wicks"


def test_root_not_a_named_part_not_a_name_after_with() -> None:
    """ "oversees and works with the Department of Lamps": a name "with" owns is no part the
    verb names."""
    text = page(
        "Lampshire Wick Works",
        "The works oversees the trimmers and works with the Department of Lantern Safety.",
    )
    assert root(extract(text)) == ("Department of Lantern Safety", None, "root_from_agency_phrase")


def test_agency_name_before_noun_a_place_opens_the_agencys_name() -> None:
    """ "The Lampshire County Department of Wicks keeps ...": the place's words before the
    agency's noun open its name; a sentence's opening word and a post's title do not."""
    intro = "The keeper heads the Lampshire County Department of Wicks and trims its lamps."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Lampshire County Department of Wicks"
    off = extract(text, off={"agency_name_before_noun"})
    assert root(off)[0] == "Department of Wicks"
    opening = "The Department of Wicks keeps the lamps of the realm lit."
    text = page("Lantern Works", opening).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"
    titled = "Chief Keeper, Wick Supply Agency of Lampland, signs each order."
    text = page("Lantern Works", titled).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Wick Supply Agency of Lampland"
    posted = "Director Department of Wicks: the keeper signs each order."
    text = page("Lantern Works", posted).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_agency_name_before_noun_a_place_named_new() -> None:
    """ "the New Lampshire Department of Wicks": "New" opens the place's name, as in any
    state or country so named; right before the agency's noun ("New Department of Wicks
    opens") it is news and stays out."""
    intro = "The keeper heads the New Lampshire Department of Wicks and trims its lamps."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "New Lampshire Department of Wicks"
    news = "New Department of Wicks opens: the keeper trims the lamps of the realm."
    text = page("Lantern Works", news).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_agency_name_before_noun_a_countrys_initialism() -> None:
    """ "the U.K. Department of Wicks", "the U.S. Wick Supply Agency of Lampland": the
    country's initialism opens the name, its full stops no sentence's end; a sentence that
    ends on one ("... across the U.S. The Department of Wicks ...") stays outside."""
    for intro, name in (
        ("The keeper heads the U.K. Department of Wicks and trims its lamps.", "U.K."),
        ("The keeper heads the U.S. Wick Supply Agency of Lampland and trims lamps.", "U.S."),
    ):
        text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
        assert root(extract(text))[0].startswith(name + " ")
    intro = "The keeper trims lamps across the U.S. The Department of Wicks keeps the oil."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_agency_name_before_noun_not_a_possessive() -> None:
    """ "Lampshire's Department of Wicks": a possessive names the place that has the
    department; the name stays the phrase from its noun on."""
    intro = "The office is the local arm of Lampshire's Department of Wicks and trims lamps."
    text = page("Lantern Works", intro).replace("Lantern Works\n\n", "", 1)
    assert root(extract(text))[0] == "Department of Wicks"


def test_agency_name_before_noun_a_heading_names_the_agency_from_its_noun_on() -> None:
    """ "About the Department of Wicks" over the Lampshire Department of Wicks' divisions:
    the heading names the agency, no unit; the divisions hang from the agency."""
    text = dedent("""\
        Lampshire Department of Wicks

        About the Department of Wicks

        The Lampshire Department of Wicks trims the lamps of the realm. It has two divisions.

        Division of Braiding

        The division braids wicks.

        Division of Dipping

        The division dips wicks in oil.
        """)
    found = offices(extract(text))
    assert "About the Department of Wicks" not in found
    assert found["Division of Braiding"].parent == "Lampshire Department of Wicks"


def test_agency_name_before_noun_not_the_unit_its_section_heading_names() -> None:
    """ "Braiding" over "It is the mission of the Lampton Bureau of Braiding to ...": the
    name is the section's unit; the phrase is not grown over the place's words."""
    text = dedent("""\
        # Safety

        The town keeps its lamps lit.

        **Braiding**

        It is the mission of the Lampton Bureau of Braiding to braid the wicks of the town.

        **Dipping**

        The Bureau of Dipping dips the wicks in oil.
        """)
    assert root(extract(text, markdown=True))[0] == "Bureau of Braiding"
    found = offices(extract(text, markdown=True))
    assert found["Lampton Bureau of Braiding"].parent == "Bureau of Braiding"


def test_agency_name_before_noun_a_heading_whose_words_follow_the_name() -> None:
    """ "Oil Supply" over "the Lampton Bureau of Wicks to keep the oil supply ...": the
    heading's words come after the name, not in it; the name is grown."""
    text = dedent("""\
        # Safety

        The town keeps its lamps lit.

        **Oil Supply**

        It is the mission of the Lampton Bureau of Wicks to keep the oil supply of the town.

        **Dipping**

        The Bureau of Dipping dips the wicks in oil.
        """)
    assert root(extract(text, markdown=True))[0] == "Lampton Bureau of Wicks"


def test_agency_name_before_noun_in_its_own_heading() -> None:
    """A heading that holds the agency phrase itself ("Lampshire Department of Wicks
    Organizational Structure") is the agency's own line, no section over a part: the name
    keeps its place words."""
    text = dedent("""\
        Wick Charts

        Lampshire Department of Wicks Organizational Structure

        Narrative Description

        Fiscal Year 2026

        The Lampshire Board of Wicks governs the department and names its director.

        Office of Wick Standards

        The office sets standards for wicks.

        Office of Glass Inspection

        The office inspects lantern glass.
        """)
    assert root(extract(text))[0] == "Lampshire Department of Wicks"
    off = root(extract(text, off={"agency_name_before_noun"}))[0]
    assert off.startswith("Department of Wicks")


PLURAL_HEADING = dedent(
    """\
    # Lampton Lamp House

    Welcome to the hall.

    ## Departments

    ### Wicks

    The Lampton Department of Wicks braids the wicks for the street lamps.

    ### Glass

    The Glass Department mends the lantern glass.
    """
)


def test_root_not_one_of_plural_a_department_under_a_departments_heading() -> None:
    """ "## Departments" over "The Lampton Department of Wicks braids ...": one of the
    departments the page lists, a unit of the hall, not its root."""
    found = extract(PLURAL_HEADING, markdown=True)
    assert root(found) == ("Lampton Lamp House", None, "root_from_title")
    assert offices(found)["Lampton Department of Wicks"].parent == "Lampton Lamp House"
    off = root(extract(PLURAL_HEADING, markdown=True, off={"root_not_one_of_plural"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_one_of_plural_a_department_under_a_title_in_the_plural() -> None:
    """A title "Lamp Departments" over "(3) The Department of Oil fills ...": a department
    of the council's, not the body the page describes; the council is."""
    text = (
        "Lamp Departments\n\nThe Lampton Lamp Council has three departments.\n\n"
        "(1) Wick Department.\n(2) Glass Department.\n\n"
        "(3) The Department of Oil fills the lamps.\n"
    )
    assert root(extract(text)) == (
        "Lampton Lamp Council",
        None,
        "root_from_intro_subject_under_label",
    )
    off = root(extract(text, off={"root_not_one_of_plural"}))
    assert off == ("Department of Oil", None, "root_from_agency_phrase")


@pytest.mark.parametrize("nation", ["U.S. ", "United States "])
def test_root_not_one_of_plural_a_department_in_the_plural_after_a_nation(nation: str) -> None:
    """ "Lamp Departments" over "The U.S. Department of Oil": the nation before the noun
    leaves it the noun."""
    text = (
        "Lamp Departments\n\nThe Lampton Lamp Council has three departments.\n\n"
        f"(1) Wick Department.\n(2) Glass Department.\n\n(3) The {nation}Department of Oil"
        " fills the lamps.\n"
    )
    assert root(extract(text))[0] == "Lampton Lamp Council"
    off = root(extract(text, off={"root_not_one_of_plural"}))
    assert off == (f"{nation}Department of Oil", None, "root_from_agency_phrase")


def _plural_heading_over(heading: str, phrase: str) -> str:
    """``PLURAL_HEADING`` with ``heading`` for "## Departments" and ``phrase`` for its
    first department's name."""
    text = PLURAL_HEADING.replace("## Departments", heading)
    return text.replace("Lampton Department of Wicks", phrase)


@pytest.mark.parametrize(
    ("heading", "phrase"),
    [
        ("## Agencies", "Lampton Agency for Wicks"),
        ("## Bureaux", "Lampton Bureau of Wicks"),
        ("## Ministries", "Lampton Ministry of Wicks"),
    ],
)
def test_root_not_one_of_plural_a_plural_as_names_write_it(heading: str, phrase: str) -> None:
    """The plural of each noun as ``in_singular`` reads it ("Agencies", "Bureaux"): the name
    under it is one of the bodies listed."""
    text = _plural_heading_over(heading, phrase)
    assert root(extract(text, markdown=True)) == ("Lampton Lamp House", None, "root_from_title")
    off = root(extract(text, markdown=True, off={"root_not_one_of_plural"}))
    assert off[2] == "root_from_agency_phrase"


def test_root_not_one_of_plural_a_plural_after_a_hyphen() -> None:
    """ "## Sub-Departments" over "The Lampton Department of Wicks": a sub-department is
    one of the departments listed too (the words are read apart at the hyphen)."""
    text = _plural_heading_over("## Sub-Departments", "Lampton Department of Wicks")
    assert root(extract(text, markdown=True)) == ("Lampton Lamp House", None, "root_from_title")


def test_root_not_one_of_plural_a_plural_heading_in_capitals() -> None:
    """ "## DEPARTMENTS" over "The Lampton Department of Wicks": the plural read whatever
    its case."""
    text = _plural_heading_over("## DEPARTMENTS", "Lampton Department of Wicks")
    assert root(extract(text, markdown=True)) == ("Lampton Lamp House", None, "root_from_title")


def test_root_not_one_of_plural_a_plural_heading_two_levels_up() -> None:
    """ "### Departments" under "## About", over "#### Wicks" and "The Lampton Department of
    Wicks": every heading over the name is read, not only the outermost."""
    text = PLURAL_HEADING.replace("## Departments", "## About\n\n### Departments")
    text = text.replace("### Wicks", "#### Wicks").replace("### Glass", "#### Glass")
    assert root(extract(text, markdown=True)) == ("Lampton Lamp House", None, "root_from_title")


def test_root_not_one_of_plural_not_a_department_that_oversees_the_departments() -> None:
    """A title "Lamp Departments" over "The Department of Lamps oversees the departments
    below": its sentence gives it the departments (``one_of_listed_units`` reads it so), so
    it owns them, it is none of them."""
    text = (
        "Lamp Departments\n\nThe Department of Lamps oversees the departments below.\n\n"
        "Wick Department\n\nThe department braids the wicks.\n\n"
        "Glass Department\n\nThe department mends the lantern glass.\n"
    )
    assert root(extract(text)) == ("Department of Lamps", None, "root_from_agency_phrase")


def test_root_not_one_of_plural_not_under_a_section_label_over_the_title() -> None:
    """Title lines "Departments" / "Wicks": the site's section label over the page's own
    title is no title of the page's, and the department the page describes stays the
    root."""
    text = (
        "Departments\n\nWicks\n\nThe Department of Wicks braids the wicks. It has a"
        " Braiding Unit and a Trimming Unit.\n"
    )
    assert root(extract(text)) == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_one_of_plural_not_under_a_heading_beside_it() -> None:
    """ "## Departments" closes before "## About us": the department under the other
    heading is the body the page describes."""
    text = (
        "# Lampton Works\n\n## Departments\n\nThe works has two departments.\n\n"
        "## About us\n\nThe Department of Wicks braids the wicks for the street lamps. It has"
        " a Braiding Unit and a Trimming Unit.\n"
    )
    assert root(extract(text, markdown=True)) == (
        "Department of Wicks",
        None,
        "root_from_agency_phrase",
    )


def test_root_not_one_of_plural_not_a_plural_of_another_noun() -> None:
    """ "## Bureaus" over "The Lampton Department of Wicks": bureaus are not departments."""
    text = PLURAL_HEADING.replace("## Departments", "## Bureaus")
    assert root(extract(text, markdown=True))[2] == "root_from_agency_phrase"


def test_root_not_one_of_plural_not_a_plural_in_prose() -> None:
    """ "other departments" in prose before "The Department of Wicks": bodies beside the
    page's own, which stays the root."""
    text = (
        "Lamp Matters\n\nThe city keeps other departments too. The Department of Wicks"
        " braids the wicks. It has a Braiding Unit and a Trimming Unit.\n"
    )
    assert root(extract(text)) == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_owner_of_part_phrase_the_body_a_bureau_of_it_names() -> None:
    """ "The Bureau of the Council sets ...", on a page that refers to its body as "the
    Council": the phrase names a part of that body, not a body of its own name."""
    text = page(
        "Lantern Keepers",
        "The Council keeps the lamps of the realm lit. The Bureau of the Council sets "
        "its yearly plan.",
    )
    assert root(extract(text)) == ("Council", None, "root_owner_of_part_phrase")
    off = root(extract(text, off={"root_owner_of_part_phrase"}))
    assert off == ("Bureau of the Council", None, "root_from_agency_phrase")


def test_root_owner_of_part_phrase_the_administration_of_the_agencys_work() -> None:
    """ "Administration of the Agency's lamps is done ...": the agency's administration, a
    function of the body the page calls "the Agency"."""
    text = page(
        "Lantern Keepers",
        "Administration of the Agency's lamps is done through two offices. The Agency keeps "
        "the lamps of the realm lit.",
    )
    assert root(extract(text)) == ("Agency", None, "root_owner_of_part_phrase")
    off = root(extract(text, off={"root_owner_of_part_phrase"}))
    assert off == ("Administration of the Agency", None, "root_from_agency_phrase")


def test_root_owner_of_part_phrase_not_a_noun_the_page_never_uses_alone() -> None:
    """ "The Department of the Board keeps ...", and no "the Board" elsewhere: the phrase
    may be the body's own name, and keeps its reading."""
    text = page(
        "Lantern Keepers",
        "The Department of the Board keeps the lamps of the realm lit with two offices.",
    )
    assert root(extract(text)) == ("Department of the Board", None, "root_from_agency_phrase")


def test_root_owner_of_part_phrase_not_a_sections_heading() -> None:
    """ "Administration of the Agency" heading a section beside "Structure of the Agency":
    renamed, the heading would be read as a unit of the agency; the phrase keeps its
    reading."""
    text = dedent(
        """\
        Lantern Keepers

        The lamps of the realm are kept lit day and night.

        Administration of the Agency

        The Agency's board sets policy for the lamps.

        Structure of the Agency

        The Agency has two offices:

        - Office of Wick Standards
        - Office of Glass Inspection
        """
    )
    assert root(extract(text)) == (
        "Administration of the Agency",
        None,
        "root_from_agency_phrase",
    )


def test_root_owner_of_part_phrase_not_a_name_written_twice() -> None:
    """ "The Department of the Assembly ... The Department of the Assembly is organised
    into ...": the phrase written again is no use of "the Assembly" alone; the department is
    the root and its divisions hang from it (read as the Assembly, the department became a
    unit beside its own divisions)."""
    text = (
        "About Us\n\nThe Department of the Assembly supports the Members in their work. The "
        "Department of the Assembly is organised into two divisions.\n\nProcedure Division\n\n"
        "The division advises on the rules of debate.\n\nOil Purse Division\n\nThe division "
        "pays the Members.\n"
    )
    found = extract(text)
    assert root(found) == ("Department of the Assembly", None, "root_from_agency_phrase")
    assert offices(found)["Oil Purse Division"].parent == "Department of the Assembly"
    # the noun alone apart from the phrase still reads the phrase as the Assembly's part
    alone = text.replace("work.", "work. The Assembly meets in the Round Hall.")
    assert root(extract(alone)) == ("Assembly", None, "root_owner_of_part_phrase")


def test_root_owner_of_part_phrase_not_a_named_department() -> None:
    """ "The Lampwright Department of the Corporation ...": words name the department, a
    body of that name whose page it is; read as the Corporation, the department was lost
    and its sections hung from the Corporation."""
    text = (
        "Lampwright Wing\n\nThe Lampwright Department of the Corporation looks after the "
        "street lamps within the limits of the Corporation. The Corporation is divided into "
        "twelve zones. The department works through the following sections:\n\n"
        "- Wick Section\n- Glass Section\n"
    )
    found = extract(text)
    assert root(found) == (
        "Lampwright Department of the Corporation",
        None,
        "root_from_agency_phrase",
    )
    assert offices(found)["Wick Section"].parent == "Lampwright Department of the Corporation"


def test_root_owner_of_part_phrase_not_an_object_cut_short() -> None:
    """ "The Ministry of the Office of the Lamp Warden ...": the agency phrase is cut at
    "Office", but its object is "the Office of the Lamp Warden", no body's noun alone; the
    rule does not read the root as "Office"."""
    text = page(
        "About the Ministry",
        "The Ministry of the Office of the Lamp Warden coordinates the keeping of lamps. The "
        "Office houses two directorates.",
    )
    assert root(extract(text))[2] != "root_owner_of_part_phrase"


@pytest.mark.xfail(
    strict=True,
    reason="a phrase the page also refers to by its own noun ('The Bureau for the Commission "
    "...', then 'The Bureau has two units') names the page's body, not a part of the "
    "Commission; a guard that kept the phrase whenever the page uses its own noun alone made "
    "one half-A page worse in the judge (review8_1), so it was not kept",
)
def test_root_owner_of_part_phrase_known_miss_the_phrase_its_own_noun_refers_to() -> None:
    text = (
        "About Us\n\nThe Bureau for the Commission was set up to keep the records of the "
        "Commission. The Bureau has two units.\n\nWick Ledger Unit\n\nKeeps the lamp files.\n\n"
        "Archives Unit\n\nKeeps the old lamp files.\n"
    )
    assert root(extract(text)) == ("Bureau for the Commission", None, "root_from_agency_phrase")


# A charter's article that creates departments side by side, in one sentence, under a
# section label.
MANY_DEPARTMENTS = (
    "General Provisions\n\nThere is hereby established a Department of Wicks, a Department of "
    "Glass Care, a Department of Lamp Oil and a Department of Parks.\n"
)


def test_root_not_one_of_many_alike_the_first_of_a_series_of_departments() -> None:
    """ "a Department of Wicks, a Department of Glass Care, a Department of Lamp Oil ...":
    departments of one rank the page lists, none of them the body it describes; the first
    of them is a unit, not the root."""
    found = extract(MANY_DEPARTMENTS)
    assert root(found) == ("General Provisions", None, "root_from_title")
    assert offices(found)["Department of Wicks"].parent == "General Provisions"
    off = root(extract(MANY_DEPARTMENTS, off={"root_not_one_of_many_alike"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_one_of_many_alike_not_a_department_and_its_sister() -> None:
    """Two departments, the agency and one it works with, are no list of peers: the first
    agency phrase stays the root."""
    text = page(
        "Organization Chart",
        "Lamps are kept lit by our Department of Wicks, which works with the Department of "
        "Glass Care.",
    )
    assert root(extract(text)) == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_one_of_many_alike_a_name_written_longer_counts_once() -> None:
    """ "Ministry of Wicks" and "Ministry of Wicks and Lamp Oil" (its name once) are one
    body: with the Ministry of Glass Care, two ministries, no list of peers."""
    text = page(
        "Organization Chart",
        "Lamps are kept lit by our Ministry of Wicks, which works with the Ministry of Glass "
        "Care. The Ministry of Wicks and Lamp Oil was its name until last year.",
    )
    assert root(extract(text)) == ("Ministry of Wicks", None, "root_from_agency_phrase")


def test_root_not_one_of_many_alike_not_the_opening_prose_body_either() -> None:
    """A page without title whose opening prose names "a Department of Wicks, a Department
    of Oil and a Department of Glass": the first body named in full is one of them, no
    root; the three are the page's units."""
    text = (
        "Section 4 Lamp Matters.\n\nThe lamp work of the town is overseen by its keepers"
        " and is carried out by a Department of Wicks, a Department of Oil and a Department"
        " of Glass, each under a director who answers to the keepers of the town.\n"
    )
    found = extract(text)
    assert root(found) == ("Lamp Matters", None, "root_from_title")
    assert {"Department of Wicks", "Department of Oil", "Department of Glass"} <= set(
        offices(found)
    )
    off = root(extract(text, off={"root_not_one_of_many_alike"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_one_of_many_alike_not_the_department_that_oversees_two() -> None:
    """ "The Department of Lamps oversees the Department of Wicks and the Department of
    Glass": two parts a verb names and their owner are no three peers; the owner stays the
    root."""
    text = page(
        "Organization Chart",
        "The Department of Lamps oversees the Department of Wicks and the Department of Glass.",
    )
    assert root(extract(text)) == ("Department of Lamps", None, "root_from_agency_phrase")


def test_root_not_one_of_many_alike_not_the_owner_of_the_departments_below() -> None:
    """ "The Department of Lamps oversees the departments below", then two departments'
    headings: three departments, but the first is given the others; it stays the root."""
    text = (
        "Organization Chart\n\nThe Department of Lamps oversees the departments below.\n\n"
        "Department of Wicks\n\nThe department buys wicks.\n\n"
        "Department of Glass\n\nThe department mends lantern glass.\n"
    )
    assert root(extract(text)) == ("Department of Lamps", None, "root_from_agency_phrase")


def test_root_not_one_of_many_alike_one_body_written_three_ways_counts_once() -> None:
    """ "U.S. Department of Wicks", "United States Department of Wicks", "the Department of
    the Wicks": one body however the page writes it, no list of peers."""
    text = page(
        "Organization Chart",
        "The U.S. Department of Wicks keeps the lamps lit. The United States Department of "
        "Wicks was founded long ago; the Department of the Wicks mends them too.",
    )
    assert root(extract(text))[2] == "root_from_agency_phrase"
    assert "Wicks" in root(extract(text))[0]


def test_root_not_one_of_many_alike_the_agency_phrase_reports_a_page_of_peers() -> None:
    """Every phrase passed over as one of many alike: no agency phrase, and the page is one
    that lists its bodies (so a title naming departments hands the root to their city,
    ``root_from_listed_departments_jurisdiction``)."""
    page_layout = layout(MANY_DEPARTMENTS)
    assert agency_phrase(page_layout) == (None, True)
    with disabled(["root_not_one_of_many_alike"]):
        found, listed = agency_phrase(page_layout)
    assert found is not None and (found.group(), listed) == ("Department of Wicks", False)


@pytest.mark.xfail(
    strict=True,
    reason="three bodies of one noun named apart in prose, the agency and two sisters it works"
    " with, count as three peers: the agency is passed over (the rule asks for no series)",
)
def test_root_not_one_of_many_alike_known_miss_the_agency_and_two_sisters_in_prose() -> None:
    text = page(
        "Organization Chart",
        "Lamps are kept lit by our Department of Wicks, which works with the Department of "
        "Glass Care and the Department of Lamp Oil.",
    )
    assert root(extract(text)) == ("Department of Wicks", None, "root_from_agency_phrase")
