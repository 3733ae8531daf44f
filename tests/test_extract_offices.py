"""Units: canonical names from the body, types from wording, parents from layout."""

import re

import pytest

from pipeline.extract.list_units.item_names import ITEM_HEAD_TAIL
from pipeline.extract.names import DASH, DASHES
from pipeline.extract.offices.common import (
    _IS_A_DESCRIPTOR,
    _PROGRAM_NOUN_AFTER,
    COMPOSED,
    COUNTS,
    FOLLOWING_PARTS,
    HOUSED,
    LEADS_PARTS,
    PARTS_MARK,
    _name_then,
)
from pipeline.extract.offices.counted_parts import (
    _COUNTED_PARTS,
    _DIGIT,
    _LEADS_PARTS_PIECES,
    _PARENTHESIZED_PARTS,
    _PARTS_COLON,
    _PARTS_COLON_PIECES,
)
from pipeline.extract.offices.name_filters import _ABOLISH, _ABOLISH_PIECES
from pipeline.extract.offices.own_parts import _OWN_PARTS, _OWN_PARTS_VERBS
from pipeline.extract.offices.parents_falls_under import _FALLS_UNDER, _FALLS_UNDER_PIECES
from pipeline.extract.offices.parents_within import (
    _HOUSED_PIECES,
    _KNOWN_AS_HEAD,
    _PLACED,
    _WITHIN,
    _WITHIN_HINT,
)
from pipeline.extract.offices.placed_series import _BELOW, _BELOW_WORDS
from pipeline.extract.offices.prose_units import _COMPOSED_WORDS, _DIVIDES, _DIVIDES_WORDS
from pipeline.extract.offices.renamings_and_partners import (
    _PARTNER_BEFORE,
    _PROVIDING_PIECES,
    _RECIPIENT_BEFORE,
)
from pipeline.extract.page import NoStructureError, extract_page
from pipeline.extract.records import UnitType
from pipeline.text.blocks import _LABEL
from pipeline.text.prefilter import may_hold_ignorecase


def units(text: str) -> list[tuple[str, str | None, str, str | None]]:
    result = extract_page("page", text)
    names = {o.office_id: o.name for o in result.offices}
    return [(o.name, o.acronym, o.unit_type, names.get(o.parent_id)) for o in result.offices]


TWO_LEVEL = """Offices Within EPA

The Example Protection Agency (EPA) protects examples. It is organized by offices that report to the Director and the Deputy Director.

Director

Public Affairs (OPA)

The Office of Public Affairs (OPA) talks to the press.

Chief Counsel

The Office of the Chief Counsel gives legal advice.

Deputy Director

Field Operations

Field Operations (FO) runs field offices nationwide.
"""


def test_two_level_page():
    assert units(TWO_LEVEL) == [
        ("Example Protection Agency", "EPA", "agency", None),
        ("Director", None, "leadership", "Example Protection Agency"),
        ("Office of Public Affairs", "OPA", "office", "Director"),
        ("Office of the Chief Counsel", None, "office", "Director"),
        ("Deputy Director", None, "leadership", "Example Protection Agency"),
        ("Field Operations", "FO", "office", "Deputy Director"),
    ]


FLAT_CAPS = """Administration

Administration is responsible for the support functions of the Department of Examples.

CHIEF INFORMATION OFFICER

The Office of the Chief Information Officer (OCIO) runs information technology (IT).

BUDGET OPERATIONS

The Office of the Deputy Assistant Secretary for Budget Execution Operations plans budgets. OBEO publishes a report.

OFFICE OF THE PROCUREMENT EXECUTIVE

The Office of the Procurement Executive buys things. OPE also sets policy.
"""


def test_flat_page_with_capital_headings_and_title_unit():
    assert units(FLAT_CAPS) == [
        ("Department of Examples", None, "agency", None),
        ("Administration", None, "office", "Department of Examples"),
        ("Office of the Chief Information Officer", "OCIO", "office", "Administration"),
        (
            "Office of the Deputy Assistant Secretary for Budget Execution Operations",
            None,
            "office",
            "Administration",
        ),
        ("Office of the Procurement Executive", "OPE", "office", "Administration"),
    ]


LISTS = """Our teams

The Digital Example Service (DES) consists of three offices.

Platform Team

Runs shared platforms.

The Platform Team builds tools. The team covers three areas:

Hosting

Login

Fellows

Fellowship program for early-career technologists.

The Fellows serve for two years.

Operations

The Office of Operations oversees several teams.

Budget: Manages the money

People: Hires great people

Case study: A better login

Login got better. Case study: Faster hosting
"""


def test_lists_labels_and_program_units():
    assert units(LISTS) == [
        ("Digital Example Service", "DES", "agency", None),
        ("Platform Team", None, "other", "Digital Example Service"),
        ("Fellows", None, "program", "Digital Example Service"),
        ("Office of Operations", None, "office", "Digital Example Service"),
        ("Budget", None, "other", "Office of Operations"),
        ("People", None, "other", "Office of Operations"),
    ]


def test_bare_list_of_offices_after_lead_in():
    text = (
        "Organization\n\nThe Example Bureau (EB) has four parts. Its offices include:\n\n"
        "Office of the Director\n\nOffice of Research\n\nOffice of Grants\n"
    )
    assert units(text) == [
        ("Example Bureau", "EB", "agency", None),
        ("Office of the Director", None, "office", "Example Bureau"),
        ("Office of Research", None, "office", "Example Bureau"),
        ("Office of Grants", None, "office", "Example Bureau"),
    ]


def test_ids_are_readable_stable_and_unique():
    first = extract_page("two_level", TWO_LEVEL).offices
    again = extract_page("two_level", TWO_LEVEL).offices
    assert [o.office_id for o in first] == [o.office_id for o in again]
    assert first[2].office_id == "two_level:office-of-public-affairs"
    assert len({o.office_id for o in first}) == len(first)


def test_every_row_points_at_its_evidence():
    result = extract_page("two_level", TWO_LEVEL)
    for row in [*result.offices, *result.acronyms, *result.programs]:
        assert TWO_LEVEL[row.char_start : row.char_end] == row.evidence


def test_page_without_structure_is_an_error():
    with pytest.raises(NoStructureError):
        extract_page("empty", "just some words in lower case without any heading at all.")


def test_units_defined_in_prose_without_headings():
    text = (
        "About the Bureau\n\n"
        "The Bureau of Example Statistics (BES) is a statistical agency. "
        "The Office of Survey Methods (OSM) designs surveys. "
        "The Division of Field Collection gathers the data. Staff are friendly.\n"
    )
    assert units(text) == [
        ("Bureau of Example Statistics", "BES", "agency", None),
        ("Office of Survey Methods", "OSM", "office", "Bureau of Example Statistics"),
        ("Division of Field Collection", None, "office", "Bureau of Example Statistics"),
    ]


def test_contact_lines_and_links_are_not_units():
    text = (
        "Offices\n\nThe Example Agency (EA) has offices.\n\n"
        "Office of Grants\n\nThe Office of Grants (OG) gives grants.\n\n"
        "Contact Us\n\n500 12th St SW, Washington, DC 20536\n\n"
        "Learn more about grants\n\nPhone: (202) 555-0100\n"
    )
    assert [name for name, *_ in units(text)] == ["Example Agency", "Office of Grants"]


def test_link_lists_and_learn_more_lines_are_not_units():
    text = (
        "Offices\n\nThe Example Agency (EA) has two offices.\n\n"
        "Office of Grants\n\nThe Office of Grants (OG) gives grants.\n\n"
        "Learn more about the Office of Grants\n\n"
        "Office of Audits\n\nThe Office of Audits (OAU) audits grants.\n\n"
        "Reports\n\nFY 2023 Annual Performance Report\n\nStrategic Plan 2022-2026\n\n"
        "Budget in Brief\n"
    )
    assert units(text) == [
        ("Example Agency", "EA", "agency", None),
        ("Office of Grants", "OG", "office", "Example Agency"),
        ("Office of Audits", "OAU", "office", "Example Agency"),
    ]


def test_leadership_with_bare_office_headings():
    text = (
        "Organization\n\nThe Example Agency (EA) is organized under two deputies.\n\n"
        "Deputy Director for Programs\n\nOffice of Grants\n\nOffice of Loans\n\n"
        "Deputy Director for Support\n\nOffice of Budget\n\nThe Office of Budget plans.\n"
    )
    assert units(text) == [
        ("Example Agency", "EA", "agency", None),
        ("Deputy Director for Programs", None, "leadership", "Example Agency"),
        ("Office of Grants", None, "office", "Deputy Director for Programs"),
        ("Office of Loans", None, "office", "Deputy Director for Programs"),
        ("Deputy Director for Support", None, "leadership", "Example Agency"),
        ("Office of Budget", None, "office", "Deputy Director for Support"),
    ]


def test_unit_types_are_an_enum_on_every_extracted_row():
    offices = extract_page("page", TWO_LEVEL).offices
    assert offices and all(type(o.unit_type) is UnitType for o in offices)


def test_a_name_before_a_program_word_is_found_as_a_case_insensitive_pattern_finds_it() -> None:
    """The lower-case search that replaced a pattern per name finds what the pattern found,
    in any case, beside the characters that fold to ASCII letters (Kelvin sign, long s,
    dotless and dotted I) and in text that is not ASCII."""
    names = ["Lamp Aid", "lamp aid", "Kit", "Sis", "Iris", "A.B.", "Caf\u00e9"]
    pieces = ["LAMP AID", "lamp aid", " program", " (LA) initiatives", " is a new fellowship"]
    pieces += [
        "\u212ait",
        "\u017fis",
        "\u0131ris",
        "\u0130ris",
        "Kit",
        "A.B.",
        "caf\u00e9",
        "(",
        " ",
    ]
    seen = set()
    for name in names:
        for a in pieces:
            for b in pieces:
                for c in pieces:
                    text = a + b + c
                    for after in (_PROGRAM_NOUN_AFTER, _IS_A_DESCRIPTOR):
                        pattern = re.compile(re.escape(name) + after.pattern, re.IGNORECASE)
                        expected = pattern.search(text) is not None
                        assert _name_then(name, text, after) == expected, (name, text)
                        seen.add((name, expected))
    assert {found for _, found in seen} == {True, False}
    assert ("Kit", True) in seen and ("Sis", True) in seen and ("Iris", True) in seen


def test_sentence_prefilters_never_hide_a_match() -> None:
    """What unit_within_unit and parts_listed look for before their patterns run ("within/
    inside/in the" and a capital; a colon or a dash after a space) is in every match."""
    pieces = ["The Wick Desk", " within the ", " in the ", ",\tinside  the ", " Lamp Office"]
    pieces += [" consists of ", "three divisions", " Divisions", ":", " - ", " – ", "-", " "]
    seen = set()
    for a in pieces:
        for b in pieces:
            for c in pieces:
                for d in pieces:
                    text = a + b + c + d
                    for start, end in ((0, len(text)), (1, len(text) - 1)):
                        within = _WITHIN.search(text, start, end) is not None
                        listed = any(
                            p.search(text, start, end) for p in (_COUNTED_PARTS, _PARTS_COLON)
                        )
                        if within:
                            assert _WITHIN_HINT.search(text, start, end), text
                        if listed:
                            assert PARTS_MARK.search(text, start, end), text
                        seen.add((within, listed))
    assert seen == {(False, False), (False, True), (True, False)}


def test_statute_and_composition_prefilters_never_hide_a_match() -> None:
    """The substrings looked for before the statute, composition and own-parts patterns run
    are in every match of them."""
    pieces = ["The Wick Board", " are hereby placed within the ", " is headed by a ", "chief"]
    pieces += [" to be known as the ", "Keeper of Lamps", ".", " consists of ", " is made up of "]
    pieces += ["Includes ", " is subdivided into ", " oversees ", " are responsible for ", " "]
    pieces += ["Directly BELOW the Chief Keeper", "Under the Lamp Office is", "beneath ", " are"]
    checks = [
        (_PLACED.search, ("placed",)),
        (_KNOWN_AS_HEAD.search, ("headed",)),
        (_OWN_PARTS.match, _OWN_PARTS_VERBS),
        (COMPOSED.search, _COMPOSED_WORDS),
        (_DIVIDES.search, _DIVIDES_WORDS),
        (_BELOW.search, _BELOW_WORDS),
    ]
    matched = [0] * len(checks)
    for a in pieces:
        for b in pieces:
            for c in pieces:
                text = a + b + c
                for index, (find, words) in enumerate(checks):
                    if find(text) is not None:
                        read = text.lower() if find == _BELOW.search else text  # (?i:...)
                        assert any(word in read for word in words), (index, text)
                        matched[index] += 1
    assert all(matched), matched


def test_parts_and_abolition_prefilters_never_hide_a_match() -> None:
    """What parts_listed and without_abolished look for before their patterns run (a digit
    or a count word, a verb's piece, "following", "abolish" in any case) is in every match."""
    pieces = ["The Wick Office", " consists of ", " has ", "three divisions", " 4 units", ": "]
    pieces += [" leads", " is made up of", " The Following ", "THREE Sections", " – ", " - "]
    pieces += [" abolishes the ", "ABOLITION of", " disestablished ", "\u0130nitiatives", " "]
    pieces += ["d\u0131v\u0131s\u0131ons", "\u017fections", "\u017feven"]
    checks = [
        (_COUNTED_PARTS, lambda t: _DIGIT.search(t) or may_hold_ignorecase(t, COUNTS)),
        (_PARTS_COLON, lambda t: any(p in t for p in _PARTS_COLON_PIECES)),
        (LEADS_PARTS, lambda t: any(p in t for p in _LEADS_PARTS_PIECES)),
        (FOLLOWING_PARTS, lambda t: may_hold_ignorecase(t, ("following",))),
        (_ABOLISH, lambda t: may_hold_ignorecase(t, _ABOLISH_PIECES)),
    ]
    matched = [0] * len(checks)
    for a in pieces:
        for b in pieces:
            for c in pieces:
                text = a + b + c
                for index, (pattern, may_match) in enumerate(checks):
                    if pattern.search(text) is not None:
                        assert may_match(text), (index, text)
                        matched[index] += 1
    assert all(matched), matched


def test_partner_standing_and_counted_parentheses_prefilters_never_hide_a_match() -> None:
    """What partner_named, falls_under, counted_parts_in_parentheses and housed_within look
    for before their patterns run ("with" or a verb of providing; a verb of standing's word; a
    digit or a count word in any case; a piece of "housed", "located", "placed") is in every
    match."""
    pieces = ["The Wick Office", " works with the ", " provides support to the ", "gives advice to"]
    pieces += [" falls under the ", " is also responsible to ", " are the heads of ", " is the "]
    pieces += ["chief of ", "Lamp Board", " two Bureaus (A, B)", "SIX units", " 3 ", ", and ", " "]
    pieces += [" renders services to all the ", "(Oil; Glass)", "\u017fix", "f\u0131ve"]
    pieces += [" is Housed within this group", "Located in the ", " are placed within "]
    checks = [
        (_PARTNER_BEFORE, lambda t: "with" in t),
        (_RECIPIENT_BEFORE, lambda t: any(piece in t for piece in _PROVIDING_PIECES)),
        (_FALLS_UNDER, lambda t: any(piece in t for piece in _FALLS_UNDER_PIECES)),
        (_PARENTHESIZED_PARTS, lambda t: _DIGIT.search(t) or may_hold_ignorecase(t, COUNTS)),
        (HOUSED, lambda t: any(piece in t for piece in _HOUSED_PIECES)),
    ]
    matched = [0] * len(checks)
    for a in pieces:
        for b in pieces:
            for c in pieces:
                text = a + b + c
                for index, (pattern, may_match) in enumerate(checks):
                    if pattern.search(text) is not None:
                        assert may_match(text), (index, text)
                        matched[index] += 1
    assert all(matched), matched


def test_the_dash_prefilter_never_hides_a_match() -> None:
    """A name is cut at its dashes only when it holds one: every DASH match holds a dash."""
    pieces = ["Wick Office", " ", "\u2014", "\u2013", "-", " - ", "\t", "Lamp", "Oil-Glass", "\n"]
    matched = 0
    for a in pieces:
        for b in pieces:
            for c in pieces:
                text = a + b + c
                if DASH.search(text) is not None:
                    assert any(dash in text for dash in DASHES), text
                    matched += 1
    assert matched


def test_a_listed_name_s_tail_is_cut_only_where_it_can_be() -> None:
    """item_name cuts a head's tail ("and", separators, dots) only when the head ends with a
    separator, a space, "and" or "or": the pattern changes no other text. So is a label read
    only in a line holding a colon."""
    pieces = ["Wick Office", " and", " or", ";", ",", ".", " ", "\n", "\u00a0", "Oil", "band"]
    pieces += ["Lamp: ", ": Oil", "Glass:"]
    changed = 0
    for a in pieces:
        for b in pieces:
            for c in pieces:
                text = a + b + c
                cut = ITEM_HEAD_TAIL.sub("", text)
                if cut != text:
                    assert text[-1] in ";,." or text[-1].isspace() or text.endswith(("and", "or"))
                    changed += 1
                if _LABEL.match(text) is not None:
                    assert ":" in text, text
    assert changed


def test_a_case_insensitive_substring_test_reads_case_as_patterns_do() -> None:
    """may_hold_ignorecase says a text may hold a word wherever a case-insensitive pattern of
    that word matches, the characters re.IGNORECASE reads as "i" or "s" included."""
    words = ["program", "abolish", "initiative", "sections"]
    for word in words:
        pattern = re.compile(word, re.IGNORECASE)
        for variant in (word.upper(), word.title(), word.replace("i", "\u0131")):
            for text in (variant, variant.replace("s", "\u017f"), variant.replace("I", "\u0130")):
                if pattern.search(text):
                    assert may_hold_ignorecase("x " + text + " y", [word]), text
    assert not may_hold_ignorecase("The Wick Office", ["program"])
