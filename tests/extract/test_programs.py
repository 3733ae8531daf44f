"""Program finders and filters."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract import programs as program_rules
from pipeline.extract.programs import hyphened_adjective
from tests.extract.helpers import extract, offices, programs

INTRO = "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit."


def page(*blocks: str) -> str:
    return "\n\n".join([INTRO, *(dedent(block).strip("\n") for block in blocks)]) + "\n"


def office_page(sentences: str) -> str:
    """A page with one office whose text is ``sentences``, and a second office."""
    return page(
        "Office of Wick Standards",
        sentences,
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )


KEYWORD = office_page("The office runs the Safe Wick Program. This program trains lamp makers.")


def test_program_keyword_names_a_program_by_its_program_word() -> None:
    result = extract(KEYWORD)
    assert programs(result) == {"Safe Wick Program": "program_keyword"}
    assert result.programs[0].office_id == "synthetic:office-of-wick-standards"
    assert programs(extract(KEYWORD, off={"program_keyword"})) == {}


def test_program_keyword_lower_case_program_word_after_a_name() -> None:
    text = office_page("The office runs the Night Watch program for lamp makers.")
    assert programs(extract(text)) == {"Night Watch program": "program_keyword"}
    assert programs(extract(text, off={"program_keyword"})) == {}


WHOLE_NAME = office_page(
    "The Director of the Glass Audit Program leads the office. It runs the Lamp and Wick "
    "Program. Under the Program, lamps are checked."
)


def test_program_keyword_takes_the_whole_name_and_only_it() -> None:
    assert programs(extract(WHOLE_NAME)) == {
        "Glass Audit Program": "program_keyword",
        "Lamp and Wick Program": "program_keyword",
    }
    assert programs(extract(WHOLE_NAME, off={"program_keyword"})) == {}


HYPHENED = office_page(
    "The office runs a Lamp-wide program for lamp makers. Students join an immersive 10-week "
    "initiative on wicks. Smiths join a Wick-funded initiative on lamps."
)


def test_hyphened_adjective_names_no_program() -> None:
    """ "a Lamp-wide program", "an immersive 10-week initiative", "a Wick-funded initiative":
    how far, how long, by whom; off, each is a program."""
    assert programs(extract(HYPHENED)) == {}
    assert programs(extract(HYPHENED, off={"hyphened_adjective"})) == {
        "Lamp-wide program": "program_keyword",
        "10-week initiative": "program_keyword",
        "Wick-funded initiative": "program_keyword",
    }


def test_hyphened_adjective_capitalized_last_part_is_a_name() -> None:
    """ "the Lamp-Wick program": each part capitalized, a name."""
    text = office_page("The office runs the Lamp-Wick program for lamp makers.")
    assert programs(extract(text)) == {"Lamp-Wick program": "program_keyword"}


def test_hyphened_adjective_name_of_two_words_is_a_name() -> None:
    """ "the Glass Lamp-safe program": a second word before the hyphened one, a name."""
    text = office_page("The office runs the Glass Lamp-safe program for lamp makers.")
    assert programs(extract(text)) == {"Glass Lamp-safe program": "program_keyword"}


def test_hyphened_adjective_acronym_after_the_word_makes_a_name() -> None:
    """ "the Lamp-wick-safe (LWS) program": an acronym that spells the word makes it a name."""
    text = office_page("The office runs the Lamp-wick-safe (LWS) program for lamp makers.")
    assert programs(extract(text)) == {"Lamp-wick-safe program": "program_keyword"}


def test_hyphened_adjective_a_year_in_brackets_is_no_acronym() -> None:
    """ "a Lamp-wide (2024) program": a year in brackets is no acronym; the word is still an
    adjective."""
    text = office_page("The office runs a Lamp-wide (2024) program for lamp makers.")
    assert programs(extract(text)) == {}


def test_hyphened_adjective_any_hyphen_and_any_lower_case_letters() -> None:
    """ "a Lamp\u2010wide program" with the Unicode hyphen, "a Lamp\u2011wide program" with
    the non-breaking one, "a Lamp-intérieur program" with an accented letter: adjectives."""
    text = office_page(
        "The office runs a Lamp\u2010wide program for lamp makers. It runs a Lamp\u2011wide "
        "program for smiths. It runs a Lamp-intérieur program for wick makers."
    )
    assert programs(extract(text)) == {}
    assert hyphened_adjective("Lamp\u2010wide")
    assert not hyphened_adjective("Lamp\u2010Wick")


@pytest.mark.xfail(
    strict=True,
    reason="a name that opens with a capitalized determiner at a sentence start ('Our Safe "
    "Wick Program ...') is skipped whole as a determiner's program",
)
def test_program_keyword_name_after_a_sentence_initial_determiner() -> None:
    text = office_page("Our Safe Wick Program trains lamp makers.")
    assert programs(extract(text)) == {"Safe Wick Program": "program_keyword"}


CONTAINER = office_page(
    "The office runs the Night Watch program. The Night Watch program is one component within "
    "the Lamp Guard."
)


def test_program_container_is_a_program_and_the_parent_of_its_component() -> None:
    result = extract(CONTAINER)
    assert programs(result) == {
        "Night Watch program": "program_keyword",
        "Lamp Guard": "program_container",
    }
    parents = {p.name: p.parent_program_id for p in result.programs}
    assert parents["Night Watch program"] == "synthetic:lamp-guard"

    off = extract(CONTAINER, off={"program_container"})
    assert programs(off) == {"Night Watch program": "program_keyword"}
    assert off.programs[0].parent_program_id is None


def test_program_keyword_names_a_numbered_initiative() -> None:
    text = office_page("Initiative B4 is part of the Bright Lamps Plan.")
    result = extract(text)
    assert programs(result) == {
        "Initiative B4": "program_keyword",
        "Bright Lamps Plan": "program_container",
    }
    parents = {p.name: p.parent_program_id for p in result.programs}
    assert parents["Initiative B4"] == "synthetic:bright-lamps-plan"
    assert programs(extract(text, off={"program_keyword"})) == {}


ENUMERATION = office_page("The office funds programs such as Lamp Aid and Wick Share.")


def test_program_enumeration_reads_names_after_programs_such_as() -> None:
    assert programs(extract(ENUMERATION)) == {
        "Lamp Aid": "program_enumeration",
        "Wick Share": "program_enumeration",
    }
    assert programs(extract(ENUMERATION, off={"program_enumeration"})) == {}


def test_program_enumeration_completes_a_name_split_by_a_function_word() -> None:
    text = office_page(
        "The office runs the following programs: Lamp Aid Fund (LAF), and Homes for "
        'Keepers with Lanterns ("HKWL").'
    )
    assert programs(extract(text)) == {
        "Lamp Aid Fund": "program_enumeration",
        "Homes for Keepers with Lanterns": "program_enumeration",
    }
    assert programs(extract(text, off={"program_enumeration"})) == {}


def test_program_enumeration_name_not_completed_past_a_different_acronym() -> None:
    text = office_page(
        "The office runs the following programs: Lamp Aid Fund (LAF), and Homes for "
        "Keepers with Lanterns (QRZ)."
    )
    assert "Homes for Keepers" in programs(extract(text))


def test_program_enumeration_reads_past_each_name_s_acronym() -> None:
    text = office_page(
        "The office runs the following programs: Lamp Aid Fund (LAF), Wick Share "
        '("WKS"), and Flame Watch.'
    )
    assert programs(extract(text)) == {
        "Lamp Aid Fund": "program_enumeration",
        "Wick Share": "program_enumeration",
        "Flame Watch": "program_enumeration",
    }


def test_coordinated_programs_names_each_name_before_a_plural_program_word() -> None:
    text = office_page("The office runs the Lamp Aid and Wick Share programs for lamp makers.")
    assert programs(extract(text)) == {
        "Lamp Aid": "coordinated_programs",
        "Wick Share": "coordinated_programs",
    }
    assert programs(extract(text, off={"coordinated_programs"})) == {}
    # One name before the plural says whose programs they are, not which.
    single = office_page("The office runs Lamp Aid programs for lamp makers.")
    assert programs(extract(single)) == {}


def test_coordinated_programs_lone_words_say_what_kind() -> None:
    text = office_page(
        "The office runs Youth and Adult programs and the LampAid and Glow 4 programs."
    )
    assert programs(extract(text)) == {
        "LampAid": "coordinated_programs",
        "Glow 4": "coordinated_programs",
    }


def test_program_enumeration_not_a_list_of_organizations() -> None:
    text = office_page(
        "The office funds initiatives including the Lamp Oil Service and the Wick Council."
    )
    assert programs(extract(text)) == {}


APPOSITION = office_page("The Wick Registry, the bureau's records system, lists every wick.")


def test_system_apposition_names_a_system_as_a_program() -> None:
    assert programs(extract(APPOSITION)) == {"Wick Registry": "system_apposition"}
    assert programs(extract(APPOSITION, off={"system_apposition"})) == {}


HEADED = office_page(
    "The office oversees the National Wick Registry System and runs the Lamp Portal."
)


def test_system_apposition_proper_name_headed_by_a_system_noun() -> None:
    assert programs(extract(HEADED)) == {
        "National Wick Registry System": "system_apposition",
        "Lamp Portal": "system_apposition",
    }
    assert programs(extract(HEADED, off={"system_apposition"})) == {}


def test_system_apposition_not_a_units_name() -> None:
    text = office_page("The office works with the Office of the Lamp System and the Wick Division.")
    assert programs(extract(text)) == {}


@pytest.mark.xfail(
    strict=True,
    reason="the name phrase takes in a sentence-initial possessive determiner: 'Its Wick "
    "Registry' instead of 'Wick Registry'",
)
def test_system_apposition_after_a_sentence_initial_determiner() -> None:
    text = office_page("Its Wick Registry, the bureau's records system, lists every wick.")
    assert programs(extract(text)) == {"Wick Registry": "system_apposition"}


CALLED = page(
    "Office of Wick Standards",
    "The office sets standards for wicks.",
    "Lantern Fellows",
    "The Lantern Fellows is a fellowship for young lamp makers.",
)


def test_unit_called_program_is_also_a_program() -> None:
    result = extract(CALLED)
    assert programs(result) == {"Lantern Fellows": "unit_called_program"}
    assert {o.name: o.unit_type for o in result.offices}["Lantern Fellows"] == "program"
    assert programs(extract(CALLED, off={"unit_called_program"})) == {}


PLURAL = office_page("The office reviews Wick Safety programs each year.")


def test_generic_plural_programs_names_no_program() -> None:
    assert programs(extract(PLURAL)) == {}
    off = programs(extract(PLURAL, off={"generic_plural_programs"}))
    assert off == {"Wick Safety programs": "program_keyword"}


KINDS = office_page(
    "The office reviews Federal and State programs. It runs the Regional Program and the "
    "Lamp Aid Program."
)


def test_generic_plural_programs_name_of_scope_or_kind_names_no_program() -> None:
    assert programs(extract(KINDS)) == {"Lamp Aid Program": "program_keyword"}
    off = programs(extract(KINDS, off={"generic_plural_programs"}))
    assert "Regional Program" in off


UNIT_ITEMS = page(
    "Our Divisions",
    """
    - Wicking Initiatives
    - Glass Standards
    """,
)


def test_in_heading_or_unit_item_program_word_in_a_list_item_is_a_unit_name() -> None:
    assert programs(extract(UNIT_ITEMS)) == {}
    off = programs(extract(UNIT_ITEMS, off={"in_heading_or_unit_item", "plural_program_title"}))
    assert off == {"Wicking Initiative": "program_keyword"}


UNIT_LABELS = page(
    "Wick Standards: Sets the standards of the Safe Wick Program for lamp makers.",
    "Glass Initiatives: Inspects lantern glass.",
)


def test_in_heading_or_unit_item_only_the_label_of_a_unit_line() -> None:
    """In "Unit: what it does" lines, a program word in the label is the unit's name; a
    program the description names is a program."""
    assert programs(extract(UNIT_LABELS)) == {"Safe Wick Program": "program_keyword"}
    off = programs(extract(UNIT_LABELS, off={"in_heading_or_unit_item"}))
    assert "Glass Initiative" in off


UNIT_ITEM_SENTENCES = page(
    "The bureau is made up of the following offices:",
    "- Office of Lamp Audit. Headed by a director, the office audits the lamps and runs the"
    " Wick Safety Program.\n"
    "- Office of Glass Programs. Headed by a director, the office inspects lantern glass.\n"
    "- Deputies in the Night Watch Program",
)


def test_program_in_unit_item_sentences_names_the_units_program() -> None:
    """A program word in a unit item's sentences after its first names a program the unit
    runs; in the first sentence, or in a one-sentence item, it is the unit's name."""
    result = extract(UNIT_ITEM_SENTENCES)
    assert programs(result) == {"Wick Safety Program": "program_keyword"}
    assert result.programs[0].office_id == "synthetic:office-of-lamp-audit"
    assert "Office of Glass Programs" in offices(result)
    assert programs(extract(UNIT_ITEM_SENTENCES, off={"program_in_unit_item_sentences"})) == {}


UNIT_ITEM_POSTS = page(
    "The Ministry has the following divisions:",
    "- Lamp Division. Jt. Secretary (Wick Programmes), Room 210.\n"
    "- Office of the Dy. Lamp Warden (Glass Programmes)\n"
    "- Soot Division. Monitors the Clean Soot Programme.",
)


def test_program_in_unit_item_sentences_not_in_a_post_or_a_cut_name() -> None:
    """A later "sentence" of names alone (a post and its portfolio, a name an abbreviation's
    dot cut) names no program; one with words in small letters describes the unit."""
    assert programs(extract(UNIT_ITEM_POSTS)) == {"Clean Soot Programme": "program_keyword"}


UNIT_ITEM_FORMER_NAME = page(
    "The bureau is made up of the following offices:",
    "- Office of Rural Lamps. Formerly the Rural Lamp Program, it became an office in 2019.\n"
    "- Office of Wick Grants. Previously known as the Wick Grant Programme.\n"
    "- Office of Glass Inspection. Headed by a director, the office runs the Clear Glass"
    " Program.",
)


def test_program_in_unit_item_sentences_not_the_units_former_name() -> None:
    """ "Formerly the X Program", "Previously known as the X Programme": the unit's old name,
    no program it runs."""
    assert programs(extract(UNIT_ITEM_FORMER_NAME)) == {"Clear Glass Program": "program_keyword"}


UNIT_WORDED = office_page("The office works with the Office of Lamp Programs.")


def test_unit_worded_program_is_an_office_not_a_program() -> None:
    assert programs(extract(UNIT_WORDED)) == {}
    off = programs(extract(UNIT_WORDED, off={"unit_worded_program", "plural_program_title"}))
    assert off == {"Office of Lamp Program": "program_keyword"}


SERVICE = office_page(
    "Apply on the Lampfinder website. Glowline Help is an online resource for lamp makers."
)


def test_named_online_service_website_and_online_resource_are_programs() -> None:
    assert programs(extract(SERVICE)) == {
        "Lampfinder": "named_online_service",
        "Glowline Help": "named_online_service",
    }
    assert programs(extract(SERVICE, off={"named_online_service"})) == {}


OFFICE_WEBSITE = office_page(
    "Apply on the Wick Standards website. Glowline Help is an online resource."
)


def test_office_named_service_a_website_named_with_an_office_s_words() -> None:
    """A website named only with words of an office's name ("the Wick Standards website") is
    the office's own, not a program; switched off, it is a program like any service."""
    assert programs(extract(OFFICE_WEBSITE)) == {"Glowline Help": "named_online_service"}
    assert programs(extract(OFFICE_WEBSITE, off={"office_named_service"})) == {
        "Wick Standards": "named_online_service",
        "Glowline Help": "named_online_service",
    }


SERVICE_KINDS = office_page(
    "We grew our Wick Exchange platform. The office built the lampPay portal with the "
    "treasury. It applies the Lamp Safety Management (LSM) framework to every project, and "
    "it runs the Glowmark scheme for small makers."
)


def test_named_online_service_platform_framework_scheme_and_coined_names() -> None:
    result = extract(SERVICE_KINDS)
    assert programs(result) == {
        "Wick Exchange": "named_online_service",
        "lampPay": "named_online_service",
        "Lamp Safety Management": "named_online_service",
        "Glowmark": "named_online_service",
    }
    assert {p.name: p.acronym for p in result.programs}["Lamp Safety Management"] == "LSM"
    assert programs(extract(SERVICE_KINDS, off={"named_online_service"})) == {}


SERVICE_WRAPPED = office_page(
    "Apply on the Lampfinder web\nsite. Owners log in on the Wickbook\napp. Glowline Help is a "
    "web-based tool for lamp makers."
)


def test_named_online_service_kind_noun_after_a_line_break_or_web_based() -> None:
    """A hard-wrapped line may part a kind noun's words or the name from its noun: the
    sentence is still read ("web\\nsite", "\\napp"), and so is "is a web-based tool"."""
    assert programs(extract(SERVICE_WRAPPED)) == {
        "Lampfinder": "named_online_service",
        "Wickbook": "named_online_service",
        "Glowline Help": "named_online_service",
    }
    assert programs(extract(SERVICE_WRAPPED, off={"named_online_service"})) == {}


def test_named_online_service_not_an_offices_own_website_or_an_acronym() -> None:
    text = office_page(
        "Read more on the Wick Standards website. Forms are on the LQX website. This website "
        "is new. Taxes are paid on the City of Lampton website. Old minutes are on the Lampton "
        "Archives website."
    )
    assert programs(extract(text)) == {}


PLAN = page(
    "Office of Wick Standards",
    """
    - Developing the Digital Framework for Lamps
    - Writing standards for wicks
    """,
    "Office of Glass Inspection",
    "The office implements the National Glass Strategy with its partners.",
)


def test_named_plan_strategy_and_framework_are_programs() -> None:
    result = extract(PLAN)
    assert programs(result) == {
        "Digital Framework for Lamps": "named_plan",
        "National Glass Strategy": "named_plan",
    }
    offices = {o.office_id: o.name for o in result.offices}
    owners = {p.name: offices[p.office_id] for p in result.programs}
    assert owners["National Glass Strategy"] == "Office of Glass Inspection"
    assert programs(extract(PLAN, off={"named_plan"})) == {}


SCHEMES = page(
    "Office of Wick Standards",
    "The office runs two schemes for lamp makers:",
    "The Lamp Oil Rebate Scheme",
    "The Wick Trade Credit Scheme",
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_named_plan_a_scheme_named_on_its_own_line() -> None:
    assert programs(extract(SCHEMES)) == {
        "Lamp Oil Rebate Scheme": "named_plan",
        "Wick Trade Credit Scheme": "named_plan",
    }
    assert programs(extract(SCHEMES, off={"named_plan"})) == {}


def test_named_plan_not_a_team_or_a_list_of_units() -> None:
    text = office_page(
        "The Lamp Strategy team met the Glass Strategy, Data & Wicks Division. The Strategy is new."
    )
    assert programs(extract(text)) == {}


SPOTLIGHT = """\
# Bureau of Lantern Safety

The Bureau of Lantern Safety keeps the lamps lit.

## Office of Wick Standards

The office sets standards for wicks.

## Lamp Spotlight

Our spotlight showcases our current initiatives and projects.

### Glowline

Glowline lights the night market.

### Wick Share

Wick Share lends wicks to lamp makers.

### Glowline wins the Lamp Prize

The market thanked the bureau.

### Golden Wick Award

The bureau won the award.
"""


def test_listed_under_program_heading_items_of_a_section_that_lists_initiatives() -> None:
    result = extract(SPOTLIGHT, markdown=True)
    assert programs(result) == {
        "Glowline": "listed_under_program_heading",
        "Wick Share": "listed_under_program_heading",
    }
    assert programs(extract(SPOTLIGHT, markdown=True, off={"listed_under_program_heading"})) == {}


CARDS = """\
<h1>Bureau of Lantern Safety</h1>
<p>The Bureau of Lantern Safety keeps the lamps lit.</p>
<h2>Office of Wick Standards</h2>
<p>The office sets standards for wicks.</p>
<h2>Featured Programs</h2>
<h1>Glowline</h1>
<p>Glowline lights the night market.</p>
<h1>Wick Share</h1>
<p>Wick Share lends wicks to lamp makers.</p>
"""


def test_listed_under_program_heading_cards_ranked_apart_from_an_empty_heading() -> None:
    found = programs(extract(CARDS, html=True))
    assert found == {
        "Glowline": "listed_under_program_heading",
        "Wick Share": "listed_under_program_heading",
    }
    assert programs(extract(CARDS, html=True, off={"listed_under_program_heading"})) == {}


def test_listed_under_program_heading_not_under_other_headings() -> None:
    text = SPOTLIGHT.replace("current initiatives and projects", "latest news and stories")
    assert programs(extract(text, markdown=True)) == {}


@pytest.mark.xfail(
    strict=True,
    reason="an item heading that opens with a question word ('What Lamps Light') reads as a "
    "generic section label ('What We Do') and is skipped",
)
def test_listed_under_program_heading_item_opening_with_a_question_word() -> None:
    text = SPOTLIGHT.replace("### Wick Share", "### What Lamps Light")
    assert "What Lamps Light" in programs(extract(text, markdown=True))


@pytest.mark.xfail(
    strict=True,
    reason="a name after 'including' names a program only in a list that says it lists "
    "programs ('programs including ...'); an area's examples ('lamp care, including Glowline "
    "Online') are not read",
)
def test_program_enumeration_examples_of_an_area_without_a_program_word() -> None:
    text = page(
        "Office of Wick Standards",
        """
        - lamp care, including Glowline Online
        - wick repair, including the Wick Mender App
        """,
    )
    assert set(programs(extract(text))) == {"Glowline Online", "Wick Mender App"}


@pytest.mark.xfail(
    strict=True,
    reason="a name headed by a unit noun ('... Reference Service') is read as an organization, "
    "even when the text says it provides a service to the offices",
)
def test_system_apposition_service_named_with_a_unit_noun() -> None:
    text = office_page(
        "The Lamp Reference Service (LRS) provides information services in support of the offices."
    )
    assert "Lamp Reference Service" in programs(extract(text))


PROGRAM_HEADING = page(
    "Office of Wick Standards",
    "The office sets standards for wicks and runs the Safe Wick Program.",
    "Safe Wick Program",
    "Lamp makers learn to trim wicks.",
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_program_named_unit_a_heading_the_text_names_a_program() -> None:
    result = extract(PROGRAM_HEADING)
    assert "Safe Wick Program" not in offices(result)
    assert programs(result) == {"Safe Wick Program": "program_keyword"}
    # The program hangs from the unit the heading stood under (here the bureau).
    assert result.programs[0].office_id == "synthetic:bureau-of-lantern-safety"
    off = extract(PROGRAM_HEADING, off={"program_named_unit"})
    assert offices(off)["Safe Wick Program"].parent == "Bureau of Lantern Safety"
    assert off.programs[0].office_id == "synthetic:safe-wick-program"


INSIDE_NAME = page(
    "The bureau oversees three offices: Lamp Repair, Wick Supply and Oil Relief Programs."
)


def test_inside_unit_name_program_word_in_a_unit_named_in_a_sentence() -> None:
    found = offices(extract(INSIDE_NAME))
    assert found["Oil Relief Programs"].found_by == "enumerated_units"
    assert programs(extract(INSIDE_NAME)) == {}
    off = {"inside_unit_name", "plural_program_title"}
    assert "Oil Relief Program" in programs(extract(INSIDE_NAME, off=off))


PLURAL_NAMES = office_page(
    "The Lamp Internship Programs provide students with work. Applicants to the Wick Study "
    "Program write an essay. The Glass Apprentice Programs train cutters each year."
)


def test_program_keyword_keeps_a_name_written_in_the_plural_and_drops_an_opening_noun() -> None:
    assert programs(extract(PLURAL_NAMES)) == {
        "Lamp Internship Programs": "program_keyword",
        "Wick Study Program": "program_keyword",
        "Glass Apprentice Program": "program_keyword",
    }


def test_unit_worded_program_a_service_program_is_a_program() -> None:
    text = office_page(
        "The Young Wickmaker Service Program places students. Lamp Services Programs vary."
    )
    assert programs(extract(text)) == {"Young Wickmaker Service Program": "program_keyword"}


def test_in_heading_or_unit_item_a_program_a_unit_is_named_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Office of Assistant Warden—Glass Program": the program after the dash, in a list
    item that names a unit, is the program the office runs, not only part of its name."""
    text = dedent("""\
        § 9.22 Functional organization.

        (a) Office of the Warden. The Warden runs the lamp service of the town.

        (1) Office of Assistant Warden—Glass Program. Headed by the Assistant Warden—Glass Program, this office mends the panes.

        (2) Office of Assistant Warden—Oil Program. Headed by the Assistant Warden—Oil Program, this office stores the oil.
        """)
    assert programs(extract(text)) == {
        "Glass Program": "program_keyword",
        "Oil Program": "program_keyword",
    }
    monkeypatch.setattr(program_rules, "_named_after_program", lambda block, position: False)
    # the program also stands in the item's second sentence (program_in_unit_item_sentences)
    assert programs(extract(text, off={"program_in_unit_item_sentences"})) == {}


PLURAL_TITLES = office_page(
    "Support is given by the Glass Laboratory and Wick Upkeep Programs. The office gives "
    "advice on Lamp Assistance Programs to the field offices."
)


def test_plural_program_title_a_portfolio_among_units_or_an_area_after_a_preposition() -> None:
    assert programs(extract(PLURAL_TITLES)) == {}
    off = programs(extract(PLURAL_TITLES, off={"plural_program_title"}))
    assert off == {
        "Wick Upkeep Program": "program_keyword",
        "Lamp Assistance Program": "program_keyword",
    }


PLURAL_TITLE_LINE = page(
    "Office of Wick Standards",
    """
    The office keeps these areas:

    - Lamp Care Programs
    - Wick Repair
    """,
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_plural_program_title_a_line_of_its_own() -> None:
    assert programs(extract(PLURAL_TITLE_LINE)) == {}
    off = programs(extract(PLURAL_TITLE_LINE, off={"plural_program_title"}))
    assert off == {"Lamp Care Program": "program_keyword"}


PLURAL_TITLE_WORDS = office_page(
    "The office gives Support for Wick Programmes and Projects. It works on Oil Initiatives "
    "with the towns."
)


def test_plural_program_title_programmes_and_initiatives() -> None:
    assert programs(extract(PLURAL_TITLE_WORDS)) == {}
    off = programs(extract(PLURAL_TITLE_WORDS, off={"plural_program_title"}))
    assert off == {
        "Support for Wick Programme": "program_keyword",
        "Oil Initiative": "program_keyword",
    }


def test_plural_program_title_programmes_read_in_the_singular() -> None:
    # "Programmes" is made singular as "Programs" and "Initiatives" are.
    text = office_page("The Lamp Safety Programmes train cutters each year.")
    assert programs(extract(text)) == {"Lamp Safety Programme": "program_keyword"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Glass Apprentice Programs train cutters each year.",
        "Glass Apprentice Programs train cutters each year.",
        # after an opening phrase
        "Since 2010, the Glass Apprentice Programs trained cutters each year.",
        "In 2010 the Glass Apprentice Programs trained cutters each year.",
        "In Lampton, Glass Apprentice Programs trained cutters each year.",
        # after a single opening word
        "However, Glass Apprentice Programs train cutters each year.",
        "Also, Glass Apprentice Programs train cutters each year.",
        # in a clause
        "The office says that the Glass Apprentice Programs train cutters each year.",
    ],
)
def test_plural_program_title_a_subject_names_programs(sentence: str) -> None:
    # The sentence says something about the name: programs that share it, read as one.
    text = office_page(sentence)
    assert programs(extract(text)) == {"Glass Apprentice Program": "program_keyword"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The office worked with the towns to expand the Lamp Safety Initiatives by "
            "building depots.",
            "Lamp Safety Initiative",
        ),
        ("The office runs the Lamp Safety Programs in every town.", "Lamp Safety Program"),
    ],
)
def test_plural_program_title_a_verbs_object_names_programs(sentence: str, name: str) -> None:
    assert programs(extract(office_page(sentence))) == {name: "program_keyword"}


def test_plural_program_title_a_name_with_its_acronym_names_programs() -> None:
    text = office_page("The office runs the Lamp Safety Programs (LSP) in every town.")
    assert programs(extract(text)) == {"Lamp Safety Program": "program_keyword"}
    # after a preposition, a title's place, the acronym still makes it the programs' name
    text = office_page("The office gives advice on Lamp Safety Programs (LSP) to the towns.")
    assert programs(extract(text)) == {"Lamp Safety Program": "program_keyword"}


def test_plural_program_title_among_names_in_any_script() -> None:
    """ "Glass Ébène or Lamp Care Programs": a capitalized name beside it, in any script, and
    "or" between them make it a title among names."""
    for sentence in (
        "The office runs Glass Ébène or Lamp Care Programs each month.",
        "The office runs Lamp Care Programs and Ébène Glass each month.",
    ):
        assert programs(extract(office_page(sentence))) == {}, sentence


def test_plural_program_title_a_names_tail_after_a_comma() -> None:
    text = office_page("The office reports to the Warden, Lamp Care Programs, each month.")
    assert programs(extract(text)) == {}
    off = programs(extract(text, off={"plural_program_title"}))
    assert off == {"Lamp Care Program": "program_keyword"}


def test_plural_program_title_a_plural_verb_after_the_name() -> None:
    # Among other names, but a plural verb follows: the rule leaves the name to the programs
    # that share it, written in the plural.
    sentence = "The Oil Board and Lamp Internship Programs are run by the office."
    start = sentence.index("Lamp")
    end = sentence.index(" are")
    assert not program_rules.plural_program_title(sentence, (0, len(sentence)), start, end)
    listed = sentence.replace(" are run", ", run")  # no verb after it: a title among names
    assert program_rules.plural_program_title(listed, (0, len(listed)), start, end)
    text = office_page(sentence)
    assert programs(extract(text)) == {"Lamp Internship Programs": "program_keyword"}


def test_plural_program_title_a_singular_name_is_one_program() -> None:
    text = office_page("The office gives advice on the Lamp Assistance Program to the towns.")
    assert programs(extract(text)) == {"Lamp Assistance Program": "program_keyword"}


@pytest.mark.xfail(
    strict=True,
    reason="a post's title that opens a sentence and ends in the plural program word ('The "
    "Deputy Warden for Programs is responsible ...') is read as the sentence's subject, programs "
    "that share a name, and published in the singular; plural_program_title leaves a sentence's "
    "opening subject alone (seen on one development page, us_nrcs_leadership, b15)",
)
def test_plural_program_title_a_post_opening_a_sentence() -> None:
    text = office_page("The Deputy Warden for Lamp Programs is responsible for the wick stores.")
    assert programs(extract(text)) == {}


# lead_in_calls_programs: names a lead-in calls programs, in its sentence or in the list after it.
CALLED_INCLUDE = office_page(
    "The office's programs include Lamp Aid, Wick Share and Glass Repair Services."
)


def test_lead_in_calls_programs_names_after_programs_include() -> None:
    assert programs(extract(CALLED_INCLUDE)) == {
        "Lamp Aid": "lead_in_calls_programs",
        "Wick Share": "lead_in_calls_programs",
        "Glass Repair Services": "lead_in_calls_programs",
    }
    assert programs(extract(CALLED_INCLUDE, off={"lead_in_calls_programs"})) == {}


CALLED_SERVICES = office_page(
    "The office trains keepers who work in programs including Lamp Aid, Wick Share, and Oil "
    "and Glass Services."
)


def test_lead_in_calls_programs_a_service_in_a_list_of_programs_including() -> None:
    # "Oil and Glass Services" is worded as a service: the list is programs, and the comma and
    # "and" that close the series leave "Oil and Glass Services" one name.
    assert programs(extract(CALLED_SERVICES)) == {
        "Lamp Aid": "lead_in_calls_programs",
        "Wick Share": "lead_in_calls_programs",
        "Oil and Glass Services": "lead_in_calls_programs",
    }
    # Off, a name worded as a unit makes the list one of organizations (program_enumeration).
    assert programs(extract(CALLED_SERVICES, off={"lead_in_calls_programs"})) == {}


def test_lead_in_calls_programs_without_the_closing_comma_and_splits_the_last_names() -> None:
    text = office_page(
        "The office trains keepers who work in programs including Lamp Aid, Wick Share and "
        "Oil Services."
    )
    assert programs(extract(text)) == {
        "Lamp Aid": "lead_in_calls_programs",
        "Wick Share": "lead_in_calls_programs",
        "Oil Services": "lead_in_calls_programs",
    }
    # Before the series closes, "and" parts two names.
    split = office_page(
        "The office trains keepers who work in programs including Lamp Aid and Oil Services, "
        "and Wick Share."
    )
    assert programs(extract(split)) == {
        "Lamp Aid": "lead_in_calls_programs",
        "Oil Services": "lead_in_calls_programs",
        "Wick Share": "lead_in_calls_programs",
    }


def test_lead_in_calls_programs_not_a_list_of_organizations() -> None:
    text = office_page("The office's programs include Lamp Repair Services and the Wick Division.")
    assert programs(extract(text)) == {}
    # A name worded as a service and as an office is an office's.
    office = office_page("The office's programs include Lamp Aid and the Office of Wick Services.")
    assert programs(extract(office)) == {}


CALLED_FOLLOWING = office_page(
    "The following programs are run by this office: Lamp Aid, Wick Share and Flame Watch."
)


def test_lead_in_calls_programs_names_after_the_following_programs_and_a_clause() -> None:
    assert programs(extract(CALLED_FOLLOWING)) == {
        "Lamp Aid": "lead_in_calls_programs",
        "Wick Share": "lead_in_calls_programs",
        "Flame Watch": "lead_in_calls_programs",
    }
    assert programs(extract(CALLED_FOLLOWING, off={"lead_in_calls_programs"})) == {}


CALLED_ITEMS = page(
    "Office of Wick Standards",
    """
    The office provides the following programs to lamp keepers and their families:

      • Lamp Aid Fund (LAF)
      • Glass Repair Services
      • Oil Assistance
    """,
    "Office of Glass Inspection",
    "The office inspects lantern glass.",
)


def test_lead_in_calls_programs_list_items_after_the_lead_in() -> None:
    result = extract(CALLED_ITEMS)
    assert programs(result) == {
        "Lamp Aid Fund": "lead_in_calls_programs",
        "Glass Repair Services": "lead_in_calls_programs",
        "Oil Assistance": "lead_in_calls_programs",
    }
    assert {p.name: p.acronym for p in result.programs}["Lamp Aid Fund"] == "LAF"
    assert {p.office_id for p in result.programs} == {"synthetic:office-of-wick-standards"}
    assert programs(extract(CALLED_ITEMS, off={"lead_in_calls_programs"})) == {}


def test_lead_in_calls_programs_not_items_taken_as_units() -> None:
    # "programs" at the lead-in's end: the unit finders take its items as units
    # (listed_after_lead_in), and units they stay.
    text = CALLED_ITEMS.replace(
        "The office provides the following programs to lamp keepers and their families:",
        "The office's programs include:",
    )
    result = extract(text)
    assert offices(result)["Lamp Aid Fund"].found_by == "listed_after_lead_in"
    assert programs(result) == {}


def test_lead_in_calls_programs_not_the_parts_a_body_is_made_of() -> None:
    text = CALLED_FOLLOWING.replace(
        "The following programs are run by this office:",
        "The office consists of the following programs for lamp keepers:",
    )
    assert programs(extract(text)) == {}
    items = CALLED_ITEMS.replace(
        "The office provides the following programs",
        "The office is made up of the following programs",
    )
    assert programs(extract(items)) == {}


def test_lead_in_calls_programs_not_an_item_worded_as_a_unit() -> None:
    text = CALLED_ITEMS.replace("• Oil Assistance", "• Oil Cellar Division")
    assert programs(extract(text)) == {}


def test_lead_in_calls_programs_only_items_that_are_names() -> None:
    text = CALLED_ITEMS.replace("• Oil Assistance", "• help with oil for the winter")
    assert set(programs(extract(text))) == {"Lamp Aid Fund", "Glass Repair Services"}


def test_lead_in_calls_programs_not_a_list_a_lead_in_announces_past_its_programs() -> None:
    # The programs' colon is not the lead-in's last: what the list holds is announced after it.
    text = CALLED_ITEMS.replace(
        "The office provides the following programs to lamp keepers and their families:",
        "The office provides the following programs to keepers: Wick Share, and it runs "
        "these stores:",
    )
    assert programs(extract(text)) == {"Wick Share": "lead_in_calls_programs"}


OTHER_PROGRAMS = office_page(
    "The office runs programs such as Lamp Aid, Wick Share, and Oil and Glass."
)


def test_lead_in_calls_programs_leaves_other_lists_of_programs_as_they_were() -> None:
    # A list after "programs such as" with no name worded as a unit needs no lead-in to call
    # its names programs: the rule reads it as program_enumeration does, not as one whose
    # closing "and Oil and Glass" it keeps whole (the strict xfail below).
    found = programs(extract(OTHER_PROGRAMS))
    assert found["Lamp Aid"] == "program_enumeration"
    assert found["Wick Share"] == "program_enumeration"
    assert set(found.values()) == {"program_enumeration"}
    assert found == programs(extract(OTHER_PROGRAMS, off={"lead_in_calls_programs"}))


def test_series_closing_name_after_programs_such_as_keeps_it_whole() -> None:
    """After "programs such as" and a series closed by ", and", the names joined by "and" are
    one name ("..., and Oil and Glass"), as after "programs include"; switched off, they part."""
    assert programs(extract(OTHER_PROGRAMS)) == {
        "Lamp Aid": "program_enumeration",
        "Wick Share": "program_enumeration",
        "Oil and Glass": "program_enumeration",
    }
    off = programs(extract(OTHER_PROGRAMS, off={"series_closing_name"}))
    assert "Oil and Glass" not in off and {"Oil", "Glass"} <= set(off)


def test_lead_in_calls_programs_its_own_switch() -> None:
    """``program_enumeration`` switched off leaves this rule on: the names after "programs
    include" or after "the following programs" and its clause are still programs; and this
    rule switched off leaves ``program_enumeration``'s lists as they were."""
    enumeration = {"program_enumeration"}
    assert programs(extract(CALLED_INCLUDE, off=enumeration)) == programs(extract(CALLED_INCLUDE))
    assert set(programs(extract(CALLED_FOLLOWING, off=enumeration))) == {
        "Lamp Aid",
        "Wick Share",
        "Flame Watch",
    }
    assert programs(extract(CALLED_SERVICES, off=enumeration)) == programs(extract(CALLED_SERVICES))
    assert programs(extract(ENUMERATION, off={"lead_in_calls_programs"})) == {
        "Lamp Aid": "program_enumeration",
        "Wick Share": "program_enumeration",
    }


def test_lead_in_calls_programs_not_the_parts_a_body_is_divided_into() -> None:
    """A verb of division or a participle of composition before "the following programs"
    ("is further divided into", "is split into", "is subdivided into", "has been divided
    into", "is organized into", "consisting of") announces the body's parts, not programs it
    runs: neither the sentence's names nor the list's items are programs."""
    for verb in (
        "is further divided into",
        "is split into",
        "is subdivided into",
        "has been divided into",
        "is organized into",
        "has four parts, consisting of",
    ):
        sentence = CALLED_FOLLOWING.replace(
            "The following programs are run by this office:",
            f"The office {verb} the following programs for lamp keepers:",
        )
        assert programs(extract(sentence)) == {}, verb
        items = CALLED_ITEMS.replace(
            "The office provides the following programs",
            f"The office {verb} the following programs",
        )
        assert programs(extract(items)) == {}, verb


def test_lead_in_calls_programs_items_that_say_what_the_program_does() -> None:
    """ "Lamp Aid Fund: helps households buy oil", "Glass Share – lends glass ...": an item
    that goes on to say what the program does names it before its colon or dash, and the
    items after it are read too."""
    text = CALLED_ITEMS.replace(
        "• Lamp Aid Fund (LAF)", "• Lamp Aid Fund (LAF): helps households buy oil for winter"
    ).replace("• Glass Repair Services", "• Glass Share – lends glass to households in need")
    assert "Glass Share –" in text and "(LAF): helps" in text
    result = extract(text)
    assert programs(result) == {
        "Lamp Aid Fund": "lead_in_calls_programs",
        "Glass Share": "lead_in_calls_programs",
        "Oil Assistance": "lead_in_calls_programs",
    }
    assert {p.name: p.acronym for p in result.programs}["Lamp Aid Fund"] == "LAF"


def test_lead_in_calls_programs_only_the_list_s_top_level() -> None:
    """A sub-item is part of the item above it, not a program beside it."""
    text = CALLED_ITEMS.replace(
        "  • Oil Assistance", "  • Oil Assistance\n    • Winter Wick Relief"
    )
    assert "Winter Wick Relief" in text
    assert set(programs(extract(text))) == {
        "Lamp Aid Fund",
        "Glass Repair Services",
        "Oil Assistance",
    }


def test_lead_in_calls_programs_not_an_honour_or_page_furniture() -> None:
    """ "Lamp Safety Award", "Contact Us": an honour and a page's link are no programs, as
    under a heading that lists programs (``listed_under_program_heading``)."""
    text = CALLED_ITEMS.replace(
        "  • Oil Assistance", "  • Oil Assistance\n  • Lamp Safety Award\n  • Contact Us"
    )
    assert "Contact Us" in text
    assert set(programs(extract(text))) == {
        "Lamp Aid Fund",
        "Glass Repair Services",
        "Oil Assistance",
    }


# series_closing_name: after the comma and "and" that close a series, "and" joins one name.
def test_series_closing_name_the_same_after_every_lead_in() -> None:
    """ "..., and Oil and Glass" ends with one name after "programs such as" as after
    "programs include"; switched off, two after either."""
    for lead, found_by in (
        ("The office runs programs such as", "program_enumeration"),
        ("The office funds programs including", "program_enumeration"),
        ("The office's programs include", "lead_in_calls_programs"),
    ):
        text = office_page(lead + " Lamp Aid, Wick Share, and Oil and Glass.")
        assert programs(extract(text)) == {
            "Lamp Aid": found_by,
            "Wick Share": found_by,
            "Oil and Glass": found_by,
        }, lead
        assert set(programs(extract(text, off={"series_closing_name"}))) == {
            "Lamp Aid",
            "Wick Share",
            "Oil",
            "Glass",
        }, lead


def test_series_closing_name_a_service_s_name_kept_whole() -> None:
    """ "..., and Oil and Glass Services": one name worded as a service; switched off, the
    series splits at "and"."""
    assert "Oil and Glass Services" in programs(extract(CALLED_SERVICES))
    off = programs(extract(CALLED_SERVICES, off={"series_closing_name"}))
    assert "Oil and Glass Services" not in off


@pytest.mark.xfail(
    strict=True,
    reason="a name before a lower-case 'services' that ends a list a lead-in calls programs "
    "('... Lamp Aid and Home Wick services') is published without it ('Home Wick'): the "
    "list is read by name phrases, which end at the lower-case word (seen on one development "
    "page, us_nc_dhhs_social_services_about, b15)",
)
def test_lead_in_calls_programs_a_name_before_lower_case_services() -> None:
    text = office_page("The office's programs include Lamp Aid and Home Wick services.")
    assert programs(extract(text)) == {
        "Lamp Aid": "lead_in_calls_programs",
        "Home Wick services": "lead_in_calls_programs",
    }


AND_JOINED = office_page(
    "The office runs the Wick Safety and Oil Inspection program. It also keeps the Access to "
    "Glass and Wick program. It keeps the statewide Lamp Safety and Wick Records System."
)


def test_and_joined_name_reads_both_parts_of_a_name_split_by_and() -> None:
    """A name split by "and" before a lower-case program word or headed by a system noun is
    one name; off, only its part after the "and" is read."""
    assert programs(extract(AND_JOINED)) == {
        "Wick Safety and Oil Inspection program": "program_keyword",
        "Access to Glass and Wick program": "program_keyword",
        "Lamp Safety and Wick Records System": "system_apposition",
    }
    assert programs(extract(AND_JOINED, off={"and_joined_name"})) == {
        "Oil Inspection program": "program_keyword",
        "Wick program": "program_keyword",
        "Wick Records System": "system_apposition",
    }


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a program word in the part before: two programs
        ("The office runs the Lamp Initiative and Oil Care program.", "Oil Care program"),
        # a unit's name
        ("The Lamp Division and Oil Care program share depots.", "Oil Care program"),
        # an acronym alone names a thing of its own
        ("It keeps the LWP and Oil Records System.", "Oil Records System"),
        # the last of a series a comma runs
        ("It runs Lamps, Wick Safety and Oil Care program.", "Oil Care program"),
        # an acronym in parentheses that the second part's initials spell, not the whole's
        ("It runs the Wick Safety and Oil Wick Care (OWC) program.", "Oil Wick Care program"),
    ],
    ids=["program_word", "unit", "acronym", "series", "acronym_of_the_part"],
)
def test_and_joined_name_not_a_part_that_names_something_alone(sentence: str, found: str) -> None:
    names = set(programs(extract(office_page(sentence))))
    assert found in names
    assert not any(" and " in name for name in names)


def test_and_joined_name_not_before_a_plural_program_word() -> None:
    """ "the Lamp Aid and Oil Care programs": two programs (``coordinated_programs``), and
    with that reading off the rule still joins nothing."""
    text = office_page("The office runs the Lamp Aid and Oil Care programs.")
    assert programs(extract(text)) == {
        "Lamp Aid": "coordinated_programs",
        "Oil Care": "coordinated_programs",
    }
    assert programs(extract(text, off={"generic_plural_programs"})) == {
        "Oil Care programs": "program_keyword"
    }


def test_and_joined_name_an_acronym_that_spells_the_whole_name_joins_it() -> None:
    """ "the Wick Safety and Oil Care (WSOC) program": the acronym spells the joined name,
    which is read; off, the part after "and" is read."""
    text = office_page("It runs the Wick Safety and Oil Care (WSOC) program.")
    assert [p.name for p in extract(text).programs] == ["Wick Safety and Oil Care program"]
    found = [(p.name, p.acronym) for p in extract(text, off={"and_joined_name"}).programs]
    assert found == [("Oil Care program", None)]


@pytest.mark.xfail(
    strict=True,
    reason="the acronym that spells a name and_joined_name joins is not given to the program: "
    "given it, the program's acronym drew in another program it opens ('the WSOC Grants "
    "program') as one program (the mentions are grouped by an acronym opening a name), and "
    "a held-out development page's programs scored worse",
)
def test_and_joined_name_the_acronym_of_the_whole_name() -> None:
    text = office_page("It runs the Wick Safety and Oil Care (WSOC) program.")
    found = [(p.name, p.acronym) for p in extract(text).programs]
    assert found == [("Wick Safety and Oil Care program", "WSOC")]


def test_and_joined_name_another_program_its_acronym_opens_stays_apart() -> None:
    """ "the Wick Safety and Oil Care (WSOC) program ... The WSOC Grants program ...": two
    programs, the second not drawn into the first by the acronym it opens with."""
    text = office_page(
        "It runs the Wick Safety and Oil Care (WSOC) program. The WSOC Grants program funds wicks."
    )
    names = [p.name for p in extract(text).programs]
    assert "Wick Safety and Oil Care program" in names
    assert "WSOC Grants program" in names


def test_and_joined_program_title_reads_both_parts() -> None:
    """ "the Lamp and Wick Program": a name whose last word is the program word is joined
    across "and" by its own switch; off, only "Wick Program"; ``and_joined_name`` off, still
    joined."""
    assert "Lamp and Wick Program" in programs(extract(WHOLE_NAME, off={"and_joined_name"}))
    found = programs(extract(WHOLE_NAME, off={"and_joined_program_title"}))
    assert "Wick Program" in found
    assert "Lamp and Wick Program" not in found


def duties_page(*duties: str) -> str:
    """A page whose office lists its duties, one a line, after a first duty of no name."""
    lines = "\n".join(f"- {duty}" for duty in ("Trims wicks.", *duties))
    return office_page(f"The office keeps wick rules. Its duties:\n\n{lines}")


def test_task_word_opening_reads_the_name_after_a_verb_of_function() -> None:
    """Sentences of duties with no subject: the verb in the present is no part of the name."""
    text = office_page(
        "The office keeps wick rules. Administers the Wick Safety Program. Coordinates the Lamp "
        "Grants Program. Maintains the Oil Records System."
    )
    assert programs(extract(text)) == {
        "Wick Safety Program": "program_keyword",
        "Lamp Grants Program": "program_keyword",
        "Oil Records System": "system_apposition",
    }
    assert programs(extract(text, off={"task_word_opening"})) == {
        "Administers the Wick Safety Program": "program_keyword",
        "Coordinates the Lamp Grants Program": "program_keyword",
        "Maintains the Oil Records System": "system_apposition",
    }


@pytest.mark.parametrize(
    ("duty", "found", "rule"),
    [
        ("Oversight of the Lamp Grants Program", "Lamp Grants Program", "program_keyword"),
        ("Coordination of the Glass Aid Program", "Glass Aid Program", "program_keyword"),
        (
            "Maintenance of the Glass Inventory System",
            "Glass Inventory System",
            "system_apposition",
        ),
    ],
    ids=["oversight", "coordination", "system"],
)
def test_task_word_opening_reads_the_name_after_a_noun_of_a_task(
    duty: str, found: str, rule: str
) -> None:
    text = duties_page(duty)
    assert programs(extract(text)) == {found: rule}
    assert programs(extract(text, off={"task_word_opening"})) == {duty: rule}


@pytest.mark.parametrize(
    "duty",
    ["Adopt a Lamp Program", "Support the Lamplighters Program", "Keeper of the Wick Program"],
    ids=["plain_verb", "plain_verb_of_function", "noun_of_no_task"],
)
def test_task_word_opening_not_a_word_that_may_open_a_name(duty: str) -> None:
    """A plain verb or a noun of no task may open a program's name: it is kept."""
    assert programs(extract(duties_page(duty))) == {duty: "program_keyword"}


def test_task_word_opening_no_name_left_after_the_task_word() -> None:
    """ "Maintains the System": a system noun alone after the task word names no system."""
    text = office_page("The office keeps wick rules. Maintains the System.")
    assert programs(extract(text)) == {}
    assert programs(extract(text, off={"task_word_opening"})) == {
        "Maintains the System": "system_apposition"
    }


def test_and_joined_program_title_not_before_a_plural_program_word() -> None:
    """ "the Lamp Aid and Oil Care Programs": programs that share a title, no one program's
    name across the "and"."""
    text = office_page("The office runs the Lamp Aid and Oil Care Programs.")
    assert not any(" and " in name for name in programs(extract(text)))


@pytest.mark.xfail(
    strict=True,
    reason="a plural program name after a task noun's 'of' ('Oversight of the Lamp Leave and "
    "Wick Return Programs') is read as the title of a group of programs after a preposition "
    "(plural_program_title) and dropped (seen on one development page)",
)
def test_task_word_opening_a_plural_name_after_a_task_noun() -> None:
    text = duties_page("Oversight of the Lamp Leave and Wick Return Programs")
    assert programs(extract(text)) == {"Lamp Leave and Wick Return Programs": "program_keyword"}


@pytest.mark.xfail(
    strict=True,
    reason="and_joined_program_title does not read and_joined_name's guards on a unit's name "
    "or an acronym alone before the 'and' (read on the capitalized form they made held-out "
    "development pages worse): 'the LWP and Oil Care Program' is read as one name",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "The Lamp Division and Oil Care Program share depots.",
        "It keeps the LWP and Oil Care Program.",
    ],
    ids=["unit", "acronym"],
)
def test_and_joined_program_title_not_a_part_that_names_something_alone(sentence: str) -> None:
    names = set(programs(extract(office_page(sentence))))
    assert "Oil Care Program" in names
    assert not any(" and " in name for name in names)


LAWS = office_page("The office runs the Lamp Oil Act and Wick Trimming Act programs.")


def test_names_a_law_act_before_a_plural_program_word() -> None:
    assert programs(extract(LAWS)) == {}
    assert programs(extract(LAWS, off={"names_a_law"})) == {
        "Lamp Oil Act": "coordinated_programs",
        "Wick Trimming Act": "coordinated_programs",
    }


def test_names_a_law_with_its_year() -> None:
    assert program_rules.names_a_law("Wick Standards Act of 1990")
    assert program_rules.names_a_law("Oil Act, 2002")
    assert program_rules.names_a_law("Lamp Act 2012")
    assert program_rules.names_a_law("Lamp and Wick Acts")


def test_names_a_law_name_going_on_after_act_is_a_program() -> None:
    assert not program_rules.names_a_law("Clean Lamp Act Grants")
    text = office_page("The office runs the Clean Lamp Act Grants and Wick Share programs.")
    assert programs(extract(text)) == {
        "Clean Lamp Act Grants": "coordinated_programs",
        "Wick Share": "coordinated_programs",
    }


LAW_HEADINGS = """\
# Bureau of Lantern Safety

The Bureau of Lantern Safety keeps the lamps lit.

## Office of Wick Standards

The office sets standards for wicks.

## Our Programs

Our spotlight showcases our current initiatives and projects.

### Glowline

Glowline lights the night market.

### Wick Safety Act

The Wick Safety Act sets how wicks are trimmed.
"""


def test_names_a_law_not_a_heading_a_programs_heading_lists() -> None:
    """The filter never sees a heading under a programs heading: such headings are read
    with the units (``program_named_unit``), and a law's heading kept out of programs would
    stand as a unit. The law there is published as a program, a known compromise this test
    pins; switched off, the rule changes nothing here."""
    result = extract(LAW_HEADINGS, markdown=True)
    assert programs(result) == {
        "Glowline": "listed_under_program_heading",
        "Wick Safety Act": "listed_under_program_heading",
    }
    assert "Wick Safety Act" not in offices(result)
    assert programs(extract(LAW_HEADINGS, markdown=True, off={"names_a_law"})) == programs(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "The office runs programs such as Ready to Act and Wick Watch.",
        "The office's programs include Ready to Act and Wick Watch.",
        "The office runs the Ready to Act and Wick Watch programs.",
    ],
)
def test_names_a_law_not_act_after_a_preposition(sentence: str) -> None:
    """ "Act" after a preposition, "and" or "&" is a verb ("Ready to Act"): the program's
    own name, no law."""
    assert set(programs(extract(office_page(sentence)))) == {"Ready to Act", "Wick Watch"}
    assert not program_rules.names_a_law("Ready to Act")
    assert not program_rules.names_a_law("Lamps & Act")


def test_names_a_law_not_one_a_lead_in_calls_a_program() -> None:
    """A name a lead-in calls a program among services ("programs include Glass Repair
    Services and the Clean Wick Act") is kept, as ``unit_worded_program`` keeps one."""
    text = office_page(
        "The office's programs include Glass Repair Services and the Clean Wick Act."
    )
    assert set(programs(extract(text))) == {"Glass Repair Services", "Clean Wick Act"}


def test_names_a_law_year_in_ascii_figures() -> None:
    """A law's year is four ASCII figures from the seventeenth century on: other figures
    after "Act" go on with the name."""
    assert program_rules.names_a_law("Lamp Act of 1990")
    assert not program_rules.names_a_law("Lamp Act \u0661\u0669\u0669\u0660")


BODY_WEBSITE = office_page(
    "The office serves the Department of the Lamps. Apply on the Lamps website. Glowline "
    "Help is an online resource."
)


def test_office_named_service_a_website_named_with_words_of_a_department_the_page_names() -> None:
    """A website named only with words of a department the page names ("the Lamps website"
    beside "the Department of the Lamps"), not one of its units, is that body's own, not a
    program; switched off, it is a program like any service."""
    assert programs(extract(BODY_WEBSITE)) == {"Glowline Help": "named_online_service"}
    assert programs(extract(BODY_WEBSITE, off={"office_named_service"})) == {
        "Lamps": "named_online_service",
        "Glowline Help": "named_online_service",
    }


@pytest.mark.xfail(
    strict=True,
    reason="a scheme named only with words of a department the page names in passing ('the "
    "Rural Wicks scheme' beside 'the Ministry of Lamps and Rural Wicks') is read as that "
    "body's own, as its website is; a scheme, unlike a website, is as often a program the "
    "ministry runs under a field of its name: left (office_named_service reads units so too)",
)
def test_office_named_service_known_miss_a_scheme_named_with_words_of_a_ministry() -> None:
    text = office_page(
        "The office is funded by the Ministry of Lamps and Rural Wicks. The Rural Wicks scheme "
        "pays for new wicks."
    )
    assert programs(extract(text)) == {"Rural Wicks": "named_online_service"}
