"""A page that shows one section of a law or a code, headed by a unit's name, as the root
(``pipeline/extract/root/code_sections.py``)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import extract, names, offices, root

CODE_SECTION = """\
Title 9— LAMPS AND WICKS

CHAPTER 12— DEPARTMENT OF LAMPS

§ 1201. Office of the Lamp Warden

(a) There is in the Department of Lamps an Office of the Lamp Warden.

(b) The Office of the Lamp Warden is composed of the following:

(1) The Deputy Lamp Warden.

(2) The Wick Supply Division.

(3) The Glass Care Division.
"""

LETTERED_CODE = """\
Lampshire Code of Administrative Rules

Wk - Keeper, Department of Wicks

Chapter Wk 100 - ORGANIZATIONAL RULES

Section Wk 102.02 - Office of the Wick Keeper

(a) The office of the wick keeper shall include the keeper and 2 sections.

(1) The wick audit section shall audit the wick accounts.

(2) The section of the lamp appraiser shall appraise the lamps.
"""


def test_root_from_code_section_unit_a_section_headed_by_an_office() -> None:
    """ "§ 1201. Office of the Lamp Warden" under "CHAPTER 12— DEPARTMENT OF LAMPS", its law
    opening "There is in the Department of Lamps an Office of ...": the office is the root and
    its parts stand under it; switched off, the agency phrase took the department above."""
    found = extract(CODE_SECTION)
    assert root(found) == ("Office of the Lamp Warden", None, "root_from_code_section_unit")
    assert offices(found)["Wick Supply Division"].parent == "Office of the Lamp Warden"
    off = root(extract(CODE_SECTION, off={"root_from_code_section_unit"}))
    assert off == ("Department of Lamps", None, "root_from_agency_phrase")


def test_root_from_code_section_unit_a_code_s_letters_before_the_number() -> None:
    """ "Section Wk 102.02 - Office of the Wick Keeper": the code's letters before the
    section's number; the department its outline names is the body above."""
    assert root(extract(LETTERED_CODE)) == (
        "Office of the Wick Keeper",
        None,
        "root_from_code_section_unit",
    )
    off = root(extract(LETTERED_CODE, off={"root_from_code_section_unit"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_from_code_section_unit_not_a_topic_a_plural_or_a_list_of_topics() -> None:
    """A section titled by a topic, by units in the plural, by a list of topics or by two
    units joined is about a body the page names otherwise."""
    for title in (
        "Organization.",
        "Structure of the Lamp Bureau.",
        "Bureaus in the office of the lamp warden.",
        "Department of Lamps; divisions; director.",
        "Office and Bureau of Lamp Wardens.",
    ):
        text = CODE_SECTION.replace("Office of the Lamp Warden\n", title + "\n", 1)
        assert root(extract(text))[2] != "root_from_code_section_unit", title


def test_root_from_code_section_unit_not_a_section_quoted_or_beside_units() -> None:
    """Prose before the section's heading (the page quotes the section), or a heading beside it
    that names a unit of its own (a body's manual), leaves the page about the body."""
    quoted = "The lamp code sets out the offices of the department.\n\n" + CODE_SECTION
    assert root(extract(quoted))[2] != "root_from_code_section_unit"
    beside = CODE_SECTION + "\nBureau of Glass Repair\n\nThe bureau mends the glass.\n"
    assert root(extract(beside))[2] != "root_from_code_section_unit"


@pytest.mark.xfail(
    strict=True,
    reason="a code's outline with its letters before the number ('Part Wk 102 - ...') is not "
    "read as the outline: the code's title line is taken as a unit, and the section's heading "
    "under the part names the root a second time",
)
def test_root_from_code_section_unit_known_miss_a_lettered_outline_names_no_unit() -> None:
    text = LETTERED_CODE.replace(
        "Section Wk", "Part Wk 102 - DESCRIPTION OF THE DEPARTMENT\n\nSection Wk", 1
    )
    found = extract(text)
    assert root(found)[2] == "root_from_code_section_unit"
    assert names(found) == ["Office of the Wick Keeper"]
