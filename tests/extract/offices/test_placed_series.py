"""The rules of ``pipeline/extract/offices/placed_series.py``, each on short synthetic text.

Series placed below a unit or a post: "Under the Lamp Warden are A and B", "A and B report
to the Chief Archivist", "the following report to the Deputy Warden"."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import ROOT, Placed, extract, offices, page

# The rule that reads a series' other names as peers of the units found among them:
# switched off too where a test measures what another rule alone earns.
PEERS = "series_of_found_peers"

FOLLOWING = page(
    "The following report to the Deputy Lamp Administrator. The Office of Wick Standards sets "
    "standards for wicks. The Office of Glass Inspection inspects lantern glass."
)


def test_following_report_to_places_the_next_sentences_units_under_the_position() -> None:
    found = offices(extract(FOLLOWING))
    assert found["Deputy Lamp Administrator"] == Placed(ROOT, "following_report_to", "default_root")
    assert found["Office of Wick Standards"] == Placed(
        "Deputy Lamp Administrator", "following_report_to", "following_report_to"
    )

    off = offices(extract(FOLLOWING, off={"following_report_to"}))
    assert off["Deputy Lamp Administrator"] == Placed(ROOT, "reports_to", "default_root")
    assert off["Office of Wick Standards"] == Placed(ROOT, "prose_unit", "default_root")


FOLLOWING_SECTIONS = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety is headed by the Lamp Commissioner. The following offices report
    to the Commissioner.

    ## Office of Wick Standards

    The office sets standards for wicks.

    ## Office of Glass Inspection

    The office inspects lantern glass.
    """)


def test_following_report_to_ending_the_introduction_heads_the_sections() -> None:
    found = offices(extract(FOLLOWING_SECTIONS, markdown=True))
    assert found["Commissioner"] == Placed(ROOT, "following_report_to", "default_root")
    assert found["Office of Wick Standards"] == Placed(
        "Commissioner", "section_heading", "following_report_to"
    )
    assert found["Office of Glass Inspection"].parent == "Commissioner"

    off = offices(extract(FOLLOWING_SECTIONS, markdown=True, off={"following_report_to"}))
    assert "Commissioner" not in off
    assert off["Office of Wick Standards"].parent == ROOT


PLACED_SERIES_HEAD = (
    "Lamp Department\n\nThe Lamp Department keeps the town's lamps lit. The Lamp Director"
    " leads the department. "
)


@pytest.mark.parametrize(
    "opening",
    ["Underneath the Lamp Services umbrella is", "Within Lamp Services are"],
)
def test_placed_series_names_in_any_words_after_a_placing_opening(opening: str) -> None:
    """ "Underneath the Lamp Services umbrella is the Office of Oil, The Office of Ash,
    Tall Rows of Wicks, Open Glass Labs, and the Soot Section": every name of the
    series ("The" in capitals between two as "the" is) is a part of the unit the opening
    names, the ones not worded as units too; off, those are lost."""
    text = PLACED_SERIES_HEAD + (
        f"{opening} the Office of Oil, The Office of Ash, Tall Rows of Wicks, Open"
        " Glass Labs, and the Soot Section.\n"
    )
    found = offices(extract(text))
    for name in ("Tall Rows of Wicks", "Open Glass Labs"):
        assert found[name] == Placed("Lamp Services", "placed_series", "reports_to"), name
    assert found["Soot Section"].parent == "Lamp Services"
    off = offices(extract(text, off={"placed_series", PEERS}))
    assert "Tall Rows of Wicks" not in off
    assert "Open Glass Labs" not in off
    assert off["Soot Section"].parent == "Lamp Services"


def test_placed_series_opening_after_also_and_acronyms_in_parentheses() -> None:
    """ "Also under Lamp Services are Wick Systems (WXS), Open Oil Labs (OOL) and Glass
    Research Services (GLRS)": "Also" before the opening, and the acronym after each name is
    no break in the series; off, the opening still places the name worded as a unit
    (``reports_to``), and the others are lost."""
    text = PLACED_SERIES_HEAD + (
        "Also under Lamp Services are Wick Systems (WXS), Open Oil Labs (OOL) and Glass Research"
        " Services (GLRS).\n"
    )
    found = offices(extract(text))
    for name in ("Wick Systems", "Open Oil Labs", "Glass Research Services"):
        assert found[name].parent == "Lamp Services", name
    assert found["Open Oil Labs"].found_by == "placed_series"
    off = offices(extract(text, off={"placed_series", PEERS}))
    assert "Open Oil Labs" not in off
    assert off["Glass Research Services"].parent == "Lamp Services"


def test_placed_series_under_a_noun_of_direction_of_a_post() -> None:
    """ "Under the supervision of the Lamp Director are the Oil Office, Glass Section, ...":
    the noun of direction stands between "under" and the post the parts are placed below;
    off, the sections are not read and the office hangs from the department."""
    text = PLACED_SERIES_HEAD + (
        "Under the supervision of the Lamp Director are the Oil Office, Glass Section, Soot"
        " Section and Wick Section.\n"
    )
    found = offices(extract(text))
    for name in ("Oil Office", "Glass Section", "Soot Section", "Wick Section"):
        assert found[name].parent == "Lamp Director", name
    off = offices(extract(text, off={"placed_series", "prose_section_name"}))
    assert "Glass Section" not in off
    assert off["Oil Office"].parent == "Lamp Department"
    # placed_series alone off, the sections are names ending in "Section" in prose
    alone = offices(extract(text, off={"placed_series"}))
    assert alone["Glass Section"].found_by == "prose_section_name"


def test_placed_series_noun_of_direction_then_a_clause_places_nothing() -> None:
    """ "Under the direction of the Lamp Director, the Oil Office and Glass Section are open
    ...": the opening phrase ends at its comma and its verb is the clause's, not one of
    placing: nothing is placed below the director."""
    text = PLACED_SERIES_HEAD + (
        "Under the direction of the Lamp Director, the Oil Office and Glass Section are open"
        " every night.\n"
    )
    found = offices(extract(text))
    assert found["Oil Office"].parent == "Lamp Department"


def test_placed_series_none_worded_as_a_unit_gives_nothing() -> None:
    """ "Within the Wick Division are Glass Town, Oil Village and Wick Hamlet": a series none
    of whose names is worded as a unit may list places or people, no parts."""
    text = PLACED_SERIES_HEAD + (
        "Within the Wick Division are Glass Town, Oil Village and Wick Hamlet.\n"
    )
    found = offices(extract(text))
    assert "Glass Town" not in found
    assert "Wick Hamlet" not in found


def test_placed_series_ends_where_the_series_does() -> None:
    """ "... are Wick Systems and the Oil Office, which serve the Glass Section": a name in a
    relative clause after the series, even one worded as a unit, is no item of it and not
    placed below the opening's unit."""
    text = PLACED_SERIES_HEAD + (
        "Under Lamp Services are Wick Systems and the Oil Office, which serve the Glass Section.\n"
    )
    found = offices(extract(text))
    assert found["Wick Systems"].parent == "Lamp Services"
    assert found["Oil Office"].parent == "Lamp Services"
    assert "Glass Section" not in found or found["Glass Section"].parent != "Lamp Services"


@pytest.mark.parametrize("pronoun", ["that", "where"])
def test_placed_series_ends_at_any_relative_clause(pronoun: str) -> None:
    """ "..., that serve the Glass Section", "..., where the Glass Section ...": every
    relative pronoun ends the series, as "which" does."""
    text = PLACED_SERIES_HEAD + (
        f"Under Lamp Services are Wick Systems and the Oil Office, {pronoun} the Glass Section"
        " keeps its lamps.\n"
    )
    found = offices(extract(text))
    assert found["Oil Office"].parent == "Lamp Services"
    assert "Glass Section" not in found or found["Glass Section"].parent != "Lamp Services"


def test_placed_series_a_clause_that_introduces_the_names() -> None:
    """ "... are three offices, which are the Oil Office, ...": a relative clause before
    any name of the series introduces the names; they are placed below the opening's
    unit."""
    text = PLACED_SERIES_HEAD + (
        "Under Lamp Services are three offices, which are the Oil Office, the Wick Office and"
        " the Glass Office.\n"
    )
    found = offices(extract(text))
    for name in ("Oil Office", "Wick Office", "Glass Office"):
        assert found[name].parent == "Lamp Services", name


@pytest.mark.parametrize(
    ("series", "pair"),
    [
        (
            "Wick Systems, Open Oil Labs and Glass Research Services",
            ("Open Oil Labs", "Glass Research Services"),
        ),
        ("the Oil Office, Glass Works and Soot Works", ("Glass Works", "Soot Works")),
    ],
)
def test_placed_series_closing_and_parts_the_last_two_names(
    series: str, pair: tuple[str, str]
) -> None:
    """ "Under Lamp Services are Wick Systems, Open Oil Labs and Glass Research Services": the
    "and" that closes the series parts its last two names, as after a verb of composition;
    read as one, "Open Oil Labs and Glass Research Services" would be a unit no page names."""
    text = PLACED_SERIES_HEAD + f"Under Lamp Services are {series}.\n"
    found = offices(extract(text))
    for name in pair:
        assert found[name].parent == "Lamp Services", name
    assert " and ".join(pair) not in found


def test_placed_series_people_are_no_parts() -> None:
    """ "Under the Lamp Director are the Oil Office, Jane Q. Doe, and Dr. John Roe": a
    person's name is no part of the post, nor is the honorific before one ("Dr")."""
    text = PLACED_SERIES_HEAD + (
        "Under the Lamp Director are the Oil Office, Jane Q. Doe, and Dr. John Roe.\n"
    )
    found = offices(extract(text))
    assert found["Oil Office"].parent == "Lamp Director"
    assert set(found) & {"Jane Q. Doe", "Dr", "John Roe"} == set()


def test_placed_series_a_place_is_no_part() -> None:
    """ "Within the Wick Division are the Oil Office, Glass Town, and Soot Works": a name ending
    in a place's noun ("Glass Town") names a place, not a part; the rest of the series still
    is one."""
    text = PLACED_SERIES_HEAD + (
        "Within the Wick Division are the Oil Office, Glass Town, and Soot Works.\n"
    )
    found = offices(extract(text))
    assert "Glass Town" not in found
    assert found["Soot Works"].parent == "Wick Division"


@pytest.mark.parametrize(
    "opening",
    [
        "Under the Supervision of the Lamp Director are",
        "Under the general supervision of the Lamp Director are",
        "Under the aegis of the Lamp Director are",
        "Under the auspices of the Lamp Director are",
        "Under the purview of the Lamp Director are",
        "Under the authority of the Lamp Director are",
        "Under the guidance of the Lamp Director are",
        "Under the control of the Lamp Director are",
        "Under the leadership of the Lamp Director are",
        "Under the management of the Lamp Director are",
        "Under the oversight of the Lamp Director are",
        "Under the command of the Lamp Director are",
        "Under the umbrella of the Lamp Director are",
        "Directly under the direction of the Lamp Director are",
        "Underneath the supervision of the Lamp Director are",
    ],
)
def test_placed_series_every_noun_of_direction(opening: str) -> None:
    """Every noun of direction the page's other readings know ("under the aegis of", "under
    the general supervision of"), in any case, with "directly" or "underneath": the name
    after it is the post the series is placed below, and the noun no unit ("Supervision of
    the Lamp Director")."""
    text = PLACED_SERIES_HEAD + (f"{opening} the Oil Office, the Glass Section and Open Labs.\n")
    found = offices(extract(text))
    for name in ("Oil Office", "Glass Section", "Open Labs"):
        assert found[name].parent == "Lamp Director", name
    assert not [name for name in found if name.lower().startswith(("supervision", "the "))]


@pytest.mark.parametrize(
    "opening",
    [
        "Under the supervision of the Écran Office are",
        "Under the Écran Office are",
        "Within the Écran Office are",
        "Within the Łuna Office are",
        "Within the Šafr Office are",
    ],
)
def test_placed_series_name_opening_with_an_accented_capital(opening: str) -> None:
    """ "Within the Écran Office are ...", "Within the Łuna Office are ...": a name whose
    capital bears an accent, of any Latin letter, is the one the series is placed below, in
    every placing opening."""
    text = PLACED_SERIES_HEAD + f"{opening} the Oil Office, the Glass Section and Open Labs.\n"
    boss = opening.rsplit(" the ", 1)[-1].removesuffix(" are")
    found = offices(extract(text))
    for name in ("Oil Office", "Glass Section", "Open Labs"):
        assert found[name].parent == boss, name
