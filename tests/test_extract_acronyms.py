"""Acronym definitions in both directions, split between heading and body, and the traps."""

import pytest

from pipeline.extract.acronyms import find_definitions, is_acronym
from pipeline.text.sections import layout


def pairs(text: str) -> list[tuple[str, str]]:
    return [(d.acronym, d.expansion) for d in find_definitions(layout(text))]


@pytest.mark.parametrize(
    "token", ["OPR", "ASM/CFO/CPO", "M&A", "18F", "287(g)", "FinCEN", "CoE", "DASHR/CHCO"]
)
def test_acronym_shapes(token):
    assert is_acronym(token)


@pytest.mark.parametrize("token", ["Headquarters", "e.g.", "a", "formerly", "I"])
def test_words_are_not_acronyms(token):
    assert not is_acronym(token)


def test_long_form_does_not_start_on_a_function_word():
    text = "Title\n\nThe Office of Congressional Relations (OCR) represents the agency.\n"
    assert pairs(text) == [("OCR", "Office of Congressional Relations")]


def test_acronym_first_definition():
    text = "Title\n\nThe unit runs ICE ACCESS (Agreements of Cooperation in Communities to Enhance Safety and Security), an umbrella.\n"
    assert pairs(text) == [
        ("ACCESS", "Agreements of Cooperation in Communities to Enhance Safety and Security")
    ]


def test_acronym_inside_a_name_and_lower_case_long_form():
    text = "Title\n\nIt files Freedom of Information Act (FOIA) requests and runs information technology (IT) systems.\n"
    assert pairs(text) == [("FOIA", "Freedom of Information Act"), ("IT", "information technology")]


def test_slashes_commas_and_possessives():
    text = (
        "Title\n\nThe Assistant Secretary for Management, Chief Financial Officer, and Chief "
        "Performance Officer (ASM/CFO/CPO) advises. It sits on the Chief Human Capital "
        "Officers’ (CHCO) Council.\n"
    )
    assert pairs(text) == [
        (
            "ASM/CFO/CPO",
            "Assistant Secretary for Management, Chief Financial Officer, and Chief Performance Officer",
        ),
        ("CHCO", "Chief Human Capital Officers"),
    ]


def test_mixed_case_acronym_uses_function_word():
    text = "Title\n\nThe IT Modernization Centers of Excellence (CoE) help agencies.\n"
    assert pairs(text) == [("CoE", "Centers of Excellence")]


def test_national_qualifier_is_kept():
    text = "Title\n\nU.S. Immigration and Customs Enforcement (ICE) is an agency.\n"
    assert pairs(text) == [("ICE", "U.S. Immigration and Customs Enforcement")]


def test_definition_split_between_heading_and_body():
    text = (
        "Offices\n\nAn intro paragraph that says what the page is about.\n\n"
        "State and Local Coordination (OSLC)\n\n"
        "Office of State and Local Coordination is responsible for training.\n"
    )
    assert pairs(text) == [("OSLC", "Office of State and Local Coordination")]


def test_heading_with_only_the_office_letter_missing():
    text = (
        "Offices\n\nAn intro paragraph that says what the page is about.\n\n"
        "International Affairs (OIA)\n\nOIA is the largest international component.\n"
    )
    [definition] = find_definitions(layout(text))
    assert (definition.acronym, definition.expansion) == ("OIA", "International Affairs")
    assert definition.missing_prefix == "Office of"


def test_unrelated_parentheses_are_not_definitions():
    text = (
        "Title\n\nIt offers research (e.g., interviews, focus groups) to the Departmental "
        "(Headquarters) Offices, and the OPR (see below) reviews them.\n"
    )
    assert pairs(text) == []


def test_same_acronym_two_expansions_both_kept():
    text = "Title\n\nThe Office of Policy (OP) writes. Later, Operations Planning (OP) plans.\n"
    assert pairs(text) == [("OP", "Office of Policy"), ("OP", "Operations Planning")]
