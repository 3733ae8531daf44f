"""The rules of ``pipeline/text/sections.py`` that rank headings and nest them into sections:
heading levels, runs of headings, peers worded alike, headings a lead-in announces as parts."""

from __future__ import annotations

from collections.abc import Iterable
from textwrap import dedent

import pytest

from pipeline.rules import disabled
from pipeline.text import sections
from pipeline.text.markdown import render_markdown
from tests.extract.helpers import Placed, extract, offices
from tests.text.helpers import ROOT

RANKED_MARKDOWN = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Office of Wick Standards

    The office sets standards for wicks.

    ### Braiding Division

    The division braids wicks.

    #### Tassel Team

    The team ties tassels.

    ## Office of Glass Inspection

    The office inspects lantern glass.
    """)

RANKED_HTML = (
    "<html><head><title>Bureau of Lantern Safety</title></head><body><main>"
    "<h1>Bureau of Lantern Safety</h1><p>The Bureau of Lantern Safety keeps the lamps lit.</p>"
    "<h2>Office of Wick Standards</h2><p>The office sets standards for wicks.</p>"
    "<h3>Braiding Division</h3><p>The division braids wicks.</p>"
    "<h2>Office of Glass Inspection</h2><p>The office inspects lantern glass.</p>"
    "</main></body></html>"
)


def test_heading_levels_nest_markdown_headings_at_any_depth() -> None:
    found = offices(extract(RANKED_MARKDOWN, markdown=True))
    assert found["Braiding Division"].parent == "Office of Wick Standards"
    assert found["Tassel Team"].parent == "Braiding Division"
    assert found["Office of Glass Inspection"].parent == "Bureau of Lantern Safety"

    flat = offices(extract(RANKED_MARKDOWN, markdown=True, off={"heading_levels"}))
    assert flat["Braiding Division"].parent == "Bureau of Lantern Safety"
    assert flat["Tassel Team"].parent == "Bureau of Lantern Safety"


def test_heading_levels_nest_html_headings() -> None:
    found = offices(extract(RANKED_HTML, html=True))
    assert found["Braiding Division"] == Placed(
        "Office of Wick Standards", "section_heading", "heading_nesting"
    )
    flat = offices(extract(RANKED_HTML, html=True, off={"heading_levels"}))
    assert flat["Braiding Division"].parent == "Bureau of Lantern Safety"


# Plain text: only layout tells that a position heading directly over office headings
# opens a group, and that the next position heading opens the next group.
HEADING_RUNS = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Assistant Director for Wicks

    Office of Braiding

    The office braids wicks.

    Office of Trimming

    The office trims wicks.

    Assistant Director for Glass

    Office of Polishing

    The office polishes lantern glass.
    """)


def test_heading_run_groups_open_a_group_per_position_heading() -> None:
    found = offices(extract(HEADING_RUNS))
    assert found["Office of Braiding"].parent == "Assistant Director for Wicks"
    assert found["Office of Trimming"].parent == "Assistant Director for Wicks"
    assert found["Assistant Director for Glass"].parent == "Bureau of Lantern Safety"
    assert found["Office of Polishing"].parent == "Assistant Director for Glass"

    flat = offices(extract(HEADING_RUNS, off={"heading_run_groups"}))
    assert {flat[name].parent for name in flat if name != "Bureau of Lantern Safety"} == {
        "Bureau of Lantern Safety"
    }


RUN_OF_NAMED = dedent("""\
    Office of Wick Standards (OWS)

    OWS sets standards for wicks used across the Bureau of Lantern Safety.

    Office of Glass Inspection (OGI)

    OGI inspects lantern glass.

    Office of Flame Hygiene (OFH)

    OFH keeps flames safe.
    """)


def test_first_section_not_title_unranked_run_of_named_headings() -> None:
    result = extract(RUN_OF_NAMED, agency="Bureau of Lantern Safety")
    found = offices(result)
    assert found["Office of Glass Inspection"].parent == found["Office of Wick Standards"].parent
    assert found["Office of Wick Standards"].found_by == "section_heading"
    off = offices(
        extract(RUN_OF_NAMED, agency="Bureau of Lantern Safety", off={"first_section_not_title"})
    )
    assert off["Office of Glass Inspection"].parent == "Office of Wick Standards"


RANKED_RUN = dedent("""\
    ## Office of Wick Standards

    The office sets standards for wicks.

    ## Office of Glass Inspection

    The office inspects lantern glass.
    """)


def test_first_section_not_title_ranked_like_the_next_heading() -> None:
    found = offices(extract(RANKED_RUN, markdown=True, agency="Bureau of Lantern Safety"))
    assert found["Office of Wick Standards"].found_by == "section_heading"
    assert found["Office of Glass Inspection"].parent == found["Office of Wick Standards"].parent


# An org chart: each unit's heading, then its head's name, then what the unit holds.
HEADS_UNDER_UNITS = (
    "<html><body><main><h1>Bureau of Lantern Safety</h1>"
    "<p>The Bureau of Lantern Safety keeps the lamps lit.</p>"
    "<h3>Wick Standards Division</h3><h4>Ada Quill</h4>"
    "<ul><li>Braiding Office</li><li>Trimming Office</li></ul>"
    "<h3>Glass Ledger Division</h3><h4>Bram Tolley</h4>"
    "<ul><li>Pane Office</li><li>Mantle Office</li></ul>"
    "</main></body></html>"
)


def test_heading_levels_a_lone_heading_naming_no_unit_is_no_level() -> None:
    found = offices(extract(HEADS_UNDER_UNITS, html=True))
    assert "Ada Quill" not in found
    assert found["Braiding Office"] == Placed(
        "Wick Standards Division", "unit_worded_items", "inside_section"
    )
    assert found["Mantle Office"].parent == "Glass Ledger Division"
    off = offices(extract(HEADS_UNDER_UNITS, html=True, off={"heading_levels"}))
    assert off["Braiding Office"].parent != "Wick Standards Division"


PEER_RUN = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Assistant Director for Wicks
    Office of Braiding

    The office braids wicks.

    Office of Glass Polishing
    Office of Soot Studies
    Lamp Oil Program
    Office of Flame Testing
    """)


def test_heading_run_groups_last_of_a_run_of_peers_is_a_peer() -> None:
    found = offices(extract(PEER_RUN))
    assert found["Office of Braiding"].parent == "Assistant Director for Wicks"
    for peer in ("Office of Glass Polishing", "Lamp Oil Program", "Office of Flame Testing"):
        assert found[peer].parent == "Bureau of Lantern Safety", peer
    off = offices(extract(PEER_RUN, off={"heading_run_groups"}))
    assert off["Office of Braiding"].parent == "Bureau of Lantern Safety"


PEERS_THEN_SECTIONS = dedent("""\
    Lamp Board

    The Lamp Board keeps the lamps of the town lit.

    Wick Services
    Oil Services
    Glass Services

    Glass Services polishes the chimneys of every lamp.

    Soot Department

    The Soot Department sweeps the soot from the lamps.

    Flame Records Office

    The office keeps the records of every flame.
    """)


def test_peer_run_closes_group_sections_after_a_run_of_peers_are_peers() -> None:
    """A run of headings read as peers, its last over text, holds no group: the sections
    after it are more peers, not members of the run's last heading."""
    found = offices(extract(PEERS_THEN_SECTIONS))
    for peer in ("Wick Services", "Glass Services", "Soot Department", "Flame Records Office"):
        assert found[peer] == Placed("Lamp Board", "section_heading", "default_root"), peer
    off = offices(extract(PEERS_THEN_SECTIONS, off={"peer_run_closes_group"}))
    assert off["Soot Department"] == Placed("Glass Services", "section_heading", "heading_nesting")
    assert off["Flame Records Office"].parent == "Glass Services"


def test_peer_run_closes_group_a_position_over_a_run_still_holds_it() -> None:
    """Only a run read as peers closes: a position over a unit's line ("Assistant Director
    for Wicks" over "Office of Braiding") opens a group, and the office with text after
    them ("Office of Trimming") is still the position's."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        Assistant Director for Wicks
        Office of Braiding

        The office braids wicks.

        Office of Trimming

        The office trims wicks.
        """)
    found = offices(extract(text))
    assert found["Office of Braiding"].parent == "Assistant Director for Wicks"
    assert found["Office of Trimming"].parent == "Assistant Director for Wicks"


def test_heading_run_groups_bodiless_peer_among_sections_with_text() -> None:
    """A heading with no text among sections that each have text (a link line such as 'Lamp
    Oil Program' between two offices) opens no group: the sections after it are peers (read
    as a group head, it would take 'Glass Ledger Staff' and 'Flame Records Office')."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit. These offices make it up:

        Wick Supply Staff

        The staff buys wicks.

        Lamp Oil Program

        Glass Ledger Staff

        The staff keeps the glass ledger.

        Flame Records Office

        The office keeps the records of every flame.
        """)
    found = offices(extract(text))
    assert found["Glass Ledger Staff"].parent == "Bureau of Lantern Safety"
    assert found["Flame Records Office"].parent == "Bureau of Lantern Safety"


def test_heading_run_groups_bodiless_position_still_opens_a_group() -> None:
    """A bodiless heading that names a position, after sections with text, still leads the
    sections after it (with heading_run_groups off, nothing does)."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        Wick Supply Staff

        The staff buys wicks.

        Lamp Commissioner for Glass

        Glass Ledger Staff

        The staff keeps the glass ledger.

        Flame Records Office

        The office keeps the records of every flame.
        """)
    found = offices(extract(text))
    assert found["Flame Records Office"].parent == "Lamp Commissioner for Glass"
    off = offices(extract(text, off={"heading_run_groups"}))
    assert off["Flame Records Office"].parent == "Bureau of Lantern Safety"


def test_heading_levels_an_empty_markdown_heading_heads_nothing() -> None:
    """A "###" line with no text (an empty heading element of a scrape) does not make the
    paragraph after it a heading."""
    rendered = render_markdown("# Lamp Board\n\n###\n\nThe board has a number of duties.\n")
    kinds = {
        rendered.text[start:].split("\n")[0]: hint.kind for start, hint in rendered.hints.items()
    }
    assert kinds["The board has a number of duties."].value == "paragraph"


PEER_DIRECTORY = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Chief Wick Officer Mara Q. Tallow
    Chief Glass Officer Oren P. Soot

    Lamp Oil Supply Tessa R. Flint
    Wick Trimming Milo K. Ember
    """)

PEER_CODES = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Under Warden for Lamp Care (W)
    Wick Braiding Affairs (K)
    Glass and Soot Affairs (G)
    Oil and Flame Affairs (O)

    The lamp areas report to the bureau.
    """)

PEER_UNIT_NOUNS = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Office of Wick Braiding
    Office of Glass Polishing

    The office polishes lantern glass.
    """)


def test_peer_worded_alike_title_and_holder_lines_are_peers() -> None:
    found = offices(extract(PEER_DIRECTORY))
    for peer in ("Chief Glass Officer", "Lamp Oil Supply", "Wick Trimming"):
        assert found[peer].parent == ROOT, peer
    off = offices(extract(PEER_DIRECTORY, off={"peer_worded_alike"}))
    assert off["Lamp Oil Supply"].parent == "Chief Glass Officer"


def test_peer_worded_alike_names_closed_by_codes_are_peers() -> None:
    found = offices(extract(PEER_CODES))
    assert found["Oil and Flame Affairs"].parent == ROOT
    off = offices(extract(PEER_CODES, off={"peer_worded_alike", "lone_topic_heading"}))
    assert off["Oil and Flame Affairs"].parent == "Under Warden for Lamp Care"


def test_peer_worded_alike_same_unit_noun_opening_is_a_peer() -> None:
    found = offices(extract(PEER_UNIT_NOUNS))
    assert found["Office of Glass Polishing"].parent == ROOT
    off = offices(extract(PEER_UNIT_NOUNS, off={"peer_worded_alike"}))
    assert off["Office of Glass Polishing"].parent == "Office of Wick Braiding"


def test_peer_worded_alike_keeps_a_group_worded_unlike_its_opener() -> None:
    """A position over the offices after it: they are its members, as before."""
    found = offices(extract(HEADING_RUNS))
    assert found["Office of Braiding"].parent == "Assistant Director for Wicks"
    assert found["Office of Polishing"].parent == "Assistant Director for Glass"


PEER_UNLIKE_NOUNS = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Department of Lamp Care

    Office of Braiding

    The office braids wicks.

    Office of Trimming

    The office trims wicks.
    """)

PEER_POSITION_BEFORE_OF = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Director of Lamp Care

    Director of Braiding

    The director braids wicks.

    Director of Trimming

    The director trims wicks.
    """)

PEER_HOLDER_OVER_OFFICES = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Assistant Director for Wicks Mara Q. Tallow

    Office of Braiding

    The office braids wicks.

    Office of Trimming

    The office trims wicks.
    """)

PEER_OFFICE_OVER_HOLDER = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Wick Care Group

    Braiding Branch

    The branch braids wicks.

    Chief Trimmer John R. Roe

    The chief trims wicks.
    """)

PEER_OFFICE_OVER_CODES = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Office of Lamp Care

    Braiding Branch (BB)

    The branch braids wicks.

    Trimming Branch (TRB)

    The branch trims wicks.
    """)

PEER_CODE_OVER_OFFICES = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Office of Lamp Care (OLK)

    Braiding Branch

    The branch braids wicks.

    Trimming Branch

    The branch trims wicks.
    """)


def test_peer_worded_alike_different_unit_nouns_are_no_peers() -> None:
    """ "Department of A" over "Office of B": the same unit noun must open both names."""
    found = offices(extract(PEER_UNLIKE_NOUNS))
    assert found["Office of Braiding"].parent == "Department of Lamp Care"
    assert found["Office of Trimming"].parent == "Department of Lamp Care"


def test_peer_worded_alike_a_position_before_of_is_no_unit_noun() -> None:
    """ "Director of A" over "Director of B": only a unit noun before "of" makes two names
    alike; a position over positions keeps its group."""
    found = offices(extract(PEER_POSITION_BEFORE_OF))
    assert found["Director of Braiding"].parent == "Director of Lamp Care"
    assert found["Director of Trimming"].parent == "Director of Lamp Care"


def test_peer_worded_alike_a_holder_line_and_an_office_are_no_peers() -> None:
    """Only two title-and-holder lines are alike: the offices under one are its members, and
    one under an office is that office's member."""
    found = offices(extract(PEER_HOLDER_OVER_OFFICES))
    assert found["Office of Braiding"].parent == "Assistant Director for Wicks"
    assert found["Office of Trimming"].parent == "Assistant Director for Wicks"
    # (a post and its holder over prose, one of a pair: ``paired_topic_heading`` off)
    found = offices(extract(PEER_OFFICE_OVER_HOLDER, off={"paired_topic_heading"}))
    assert found["Chief Trimmer"].parent == "Wick Care Group"


def test_peer_worded_alike_a_name_with_a_code_and_one_without_are_no_peers() -> None:
    """Only two names closed by codes are alike: names without one under one with a code are
    its members, and so are names with one under one without."""
    found = offices(extract(PEER_CODE_OVER_OFFICES))
    assert found["Braiding Branch"].parent == "Office of Lamp Care"
    assert found["Trimming Branch"].parent == "Office of Lamp Care"
    found = offices(extract(PEER_OFFICE_OVER_CODES))
    assert found["Braiding Branch"].parent == "Office of Lamp Care"
    assert found["Trimming Branch"].parent == "Office of Lamp Care"


def _coded_office(codes: tuple[str, str, str]) -> str:
    office, braiding, polishing = codes
    return dedent(f"""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        Office of Lamp Care ({office})

        Wick Braiding Division ({braiding})

        The division braids wicks.

        Glass Polishing Division ({polishing})

        The division polishes glass.
        """)


def test_peer_worded_alike_a_coded_office_over_its_coded_divisions() -> None:
    """Two names closed by codes are no peers when the second's code extends the first's
    ("(LC)" then "(LCW)"), nor when their head unit nouns differ (an office, then
    divisions): the divisions are the office's."""
    for codes in (("LC", "LCW", "LCG"), ("L", "W", "G")):
        found = offices(extract(_coded_office(codes)))
        assert found["Wick Braiding Division"].parent == "Office of Lamp Care", codes
        assert found["Glass Polishing Division"].parent == "Office of Lamp Care", codes


def test_peer_worded_alike_coded_names_with_the_same_head_noun_are_peers() -> None:
    text = _coded_office(("LC", "WB", "GP")).replace("Office of Lamp Care", "Lamp Care Division")
    found = offices(extract(text))
    assert found["Wick Braiding Division"].parent == ROOT
    off = offices(extract(text, off={"peer_worded_alike", "peer_of_same_noun"}))
    assert off["Wick Braiding Division"].parent == "Lamp Care Division"


def test_peer_worded_alike_a_code_that_begins_anothers_by_chance() -> None:
    """Two bureaus, or two names with no unit noun, whose codes begin alike by chance ("(A)"
    then "(AL)": one letter, the first of two peers' names) are peers, as coded names
    headed by the same noun are."""
    for first, second in (
        ("Bureau of Wick Accounts (A)", "Bureau of Arctic Lamp Affairs (AL)"),
        ("Administration (A)", "Arctic Lamp Affairs (AL)"),
    ):
        text = (
            _coded_office(("LC", "WB", "GP"))
            .replace("Office of Lamp Care (LC)", first)
            .replace("Wick Braiding Division (WB)", second)
        )
        name = second.rsplit(" (", 1)[0]
        found = offices(extract(text))
        assert found[name].parent == ROOT, (first, second)


PEER_REGIONS = dedent("""\
    Lantern Safety Agency

    The Lantern Safety Agency keeps the lamps of the coast lit.

    Office of the Lamp Warden

    Office of Wick Supply

    Lamp Regions

    Lamp Region 15 (North Shore)

    Lamp Region 16 (Wick Hills)

    Lamp Region 17 (Oil Bay)

    The region keeps the lamps of the bay lit.

    Lamp Region 18 (Glass Point)
    """)


def test_peer_worded_alike_regions_counted_one_after_another_are_peers() -> None:
    found = offices(extract(PEER_REGIONS))
    for peer in ("Lamp Region 17", "Lamp Region 18"):
        assert found[peer].parent == "Lantern Safety Agency", peer
    off = offices(extract(PEER_REGIONS, off={"peer_worded_alike"}))
    assert off["Lamp Region 17"].parent == "Lamp Region 16"


def test_peer_worded_alike_the_same_title_before_a_comma() -> None:
    assert sections.peer_worded_alike("Deputy Warden, Wick Supply", "Deputy Warden, Oil Supply")
    assert sections.peer_worded_alike("Director, Office of Lamps", "Director, Office of Wicks")
    assert sections.peer_worded_alike("District 4", "District 5")
    # a title over another title, a place and its state, the same count: no peers by this rule
    assert not sections.peer_worded_alike("Director, Office of Lamps", "Chief, Wick Division")
    assert not sections.peer_worded_alike("Harbor City, Maine", "Harbor City, Ohio")
    assert not sections.peer_worded_alike("Lamp Sector 2", "Lamp Sector 2 (Wick Hills)")
    with disabled({"peer_worded_alike"}):
        assert not sections.peer_worded_alike(
            "Deputy Warden, Wick Supply", "Deputy Warden, Oil Supply"
        )


@pytest.mark.xfail(
    strict=True,
    reason="a run of headings one to a line, a blank line between each two and wider gaps of"
    " blank lines between groups (a page's nested boxes flattened to text), is read as peers:"
    " the nesting the gaps tell is lost. Read as groups headed by the heading after each wider"
    " gap (tried: blank_line_groups), it improved one development page's edges and lost its"
    " bare-named members as units; a run with a single wide gap is a page's top over its list",
)
def test_heading_run_groups_wider_blank_gaps_close_groups() -> None:
    page = dedent("""\
        Lamp Trust Structure


        Office of the Lamp Warden



        Office of Wick Supply

        Wick Braiding Division

        Wick Trimming Division



        Office of Glass Care

        Glass Polishing Division

        Glass Cutting Division
        """)
    found = offices(extract(page))
    assert found["Wick Braiding Division"].parent == "Office of Wick Supply"
    assert found["Glass Cutting Division"].parent == "Office of Glass Care"


def test_peer_worded_alike_a_title_before_a_comma_makes_peers_a_title_joined_by_of_does_not() -> (
    None
):
    """The docstring's two cases: a title parted by a comma from the unit it heads names two
    units of one rank; a title joined by "of" names one post and keeps its group."""
    assert sections.peer_worded_alike("Director, Office of Lamps", "Director, Office of Wicks")
    assert not sections.peer_worded_alike("Director of Lamps", "Director of Wicks")


COLON_UNITS_UNDER_SECTION = dedent("""\
    The Wick Directorate consists of the Trimming Section and the Braiding Section.

    Trimming Section

      • This Section trims the wicks of the lamps of the town.

    The units under this section include the following:

    Tassel Trimming Unit:

      • The unit trims the tassels of the wicks.

    Braid Stores Unit:

      • The unit keeps the braids.
    """)


def test_announced_parts_headings_colon_headings_under_a_lead_in_nest() -> None:
    """Colon headings after a lead-in that names the section's units ("The units under this
    section include the following:") are the section's parts, no longer its peers under the
    page's root (the known miss this rule reads); switched off, they are peers again."""
    found = offices(extract(COLON_UNITS_UNDER_SECTION))
    assert found["Tassel Trimming Unit"] == Placed(
        "Trimming Section", "section_heading", "heading_nesting"
    )
    assert found["Braid Stores Unit"].parent == "Trimming Section"
    off = offices(extract(COLON_UNITS_UNDER_SECTION, off={"announced_parts_headings"}))
    assert off["Tassel Trimming Unit"].parent == "Wick Directorate"


ANNOUNCED_PARTS = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Lamp Division

    The division keeps the lamps of the town.

    {lead}

    Wick Unit

    The unit trims wicks.

    Glass Unit

    The unit cleans the glass.

    Oil Division

    The division stores the oil.
    """)


def _announced_parents(lead: str, off: Iterable[str] = ()) -> dict[str, str | None]:
    found = offices(extract(ANNOUNCED_PARTS.format(lead=lead), off=off))
    return {name: found[name].parent for name in ("Wick Unit", "Glass Unit", "Oil Division")}


@pytest.mark.parametrize(
    "lead",
    [
        "The units under this division include the following:",
        "The division is aligned into two specialized units which keep the lamps.",
    ],
)
def test_announced_parts_headings_headings_after_the_lead_are_parts(lead: str) -> None:
    """A paragraph announcing its section's parts by a plural unit noun (after a colon or a
    count) makes the headings after it headed by that noun the section unit's parts; the
    next heading of another noun is the section's peer again. Switched off, every heading
    hangs from the root."""
    found = offices(extract(ANNOUNCED_PARTS.format(lead=lead)))
    assert found["Wick Unit"] == Placed("Lamp Division", "section_heading", "heading_nesting")
    assert found["Glass Unit"].parent == "Lamp Division"
    assert found["Oil Division"].parent == ROOT
    assert set(_announced_parents(lead, off={"announced_parts_headings"}).values()) == {ROOT}


@pytest.mark.parametrize(
    "lead",
    [
        "The Soot Division has two units which keep the lamps.",  # another unit's parts
        "The units work closely with the town.",  # no count, no colon
    ],
)
def test_announced_parts_headings_not_an_announcement(lead: str) -> None:
    """A sentence naming another unit before the noun, or a plural with no count nor colon,
    announces nothing: the headings stay at the top."""
    assert set(_announced_parents(lead).values()) == {ROOT}


def test_announced_parts_headings_not_in_the_introduction() -> None:
    """The agency's introduction counting its parts nests no heading: its parts stand at
    the top level."""
    text = dedent("""\
        Bureau of Lantern Safety

        The bureau is aligned into two specialized units which keep the lamps.

        Wick Unit

        The unit trims wicks.

        Glass Unit

        The unit cleans the glass.

        Oil Division

        The division stores the oil.
        """)
    found = offices(extract(text))
    assert {found[name].parent for name in ("Wick Unit", "Glass Unit", "Oil Division")} == {ROOT}


def test_announced_parts_headings_not_under_a_unit_of_the_same_noun() -> None:
    """A unit's section announcing units of its own noun ("Lamp Unit" over "the following
    units:") holds none of the headings after it: they are its peers."""
    text = ANNOUNCED_PARTS.replace("Lamp Division", "Lamp Unit").format(
        lead="The units of the town include the following:"
    )
    found = offices(extract(text))
    assert found["Wick Unit"].parent == ROOT
    assert found["Glass Unit"].parent == ROOT


# A Markdown page setting a division's units a level below it: a unit heading the page sets
# at the division's level after them is the division's peer.
LEVELLED_PARTS = dedent("""\
    # Bureau of Lantern Safety

    The bureau keeps the lamps of the town lit.

    ## Lamp Division

    The division keeps the lamps. It has the following units:

    {first}# Wick Unit

    The unit trims wicks.

    {first}# Glass Unit

    The unit cleans glass.

    ## Ember Unit

    The unit keeps the embers.
    """)


def test_announced_parts_headings_a_heading_set_at_the_sections_level_ends_the_run() -> None:
    """The announced parts are set a level below the division: the next unit heading the
    page sets at the division's level is its peer, not one more part; where the page sets
    all its headings alike, the announced units are still the division's parts."""
    found = offices(extract(LEVELLED_PARTS.format(first="##"), markdown=True))
    assert found["Wick Unit"].parent == "Lamp Division"
    assert found["Glass Unit"].parent == "Lamp Division"
    assert found["Ember Unit"].parent == ROOT
    alike = offices(extract(LEVELLED_PARTS.format(first="#"), markdown=True))
    assert alike["Wick Unit"].parent == "Lamp Division"
    assert alike["Ember Unit"].parent == "Lamp Division"
    off = offices(
        extract(LEVELLED_PARTS.format(first="#"), markdown=True, off={"announced_parts_headings"})
    )
    assert {off[name].parent for name in ("Wick Unit", "Glass Unit", "Ember Unit")} == {ROOT}


@pytest.mark.xfail(
    strict=True,
    reason="known miss (review finding 9): a sentence of working with others ('works with the"
    " following partner centers:') still announces parts; a guard on 'with' right before the"
    " count, tried with finding 9's other mends, left one held-out page worse, cause not found",
)
def test_announced_parts_headings_not_partners_it_works_with() -> None:
    """A division that works with "the following partner centers:" announces partners,
    not parts: the centers' headings stay at the top."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The bureau keeps the lamps of the town lit.

        ## Wick Division

        The division trims wicks. It works with the following partner centers:

        ## Town Lamp Center

        A club of lamp lovers.

        ## Hill Lamp Center

        Another club.

        ## Oil Division

        The division stores oil.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Town Lamp Center"].parent == ROOT
    assert found["Hill Lamp Center"].parent == ROOT


# A division counting its units, then one unit heading more than the count.
COUNTED_PARTS = ANNOUNCED_PARTS.replace(
    "Oil Division\n", "Ember Unit\n\nThe unit keeps the embers.\n\nOil Division\n", 1
)


@pytest.mark.parametrize(
    "lead",
    [
        "It has two units:",
        "It has two field-level units which keep the lamps.",
        "Under the Director, the division has two units:",
        "It works as one, with each of its two units keeping the lamps.",  # not partners
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="known miss (review finding 9): a count does not bound the run ('two units:' nests"
    " a third unit heading too), a hyphenated modifier loses the count, a post named before"
    " the count reads as a unit; mended with a partner guard, it left one held-out page worse"
    " (half A unchanged, cause not found)",
)
def test_announced_parts_headings_a_count_bounds_the_run(lead: str) -> None:
    """A count nests as many headings as it counts ("two units": two, the third is the
    division's peer), a hyphenated modifier keeping the count, a post named before the
    count naming no unit of its own; switched off, every heading hangs from the root."""
    found = offices(extract(COUNTED_PARTS.format(lead=lead)))
    assert found["Wick Unit"].parent == "Lamp Division"
    assert found["Glass Unit"].parent == "Lamp Division"
    assert found["Ember Unit"].parent == ROOT
    assert found["Oil Division"].parent == ROOT
    off = offices(extract(COUNTED_PARTS.format(lead=lead), off={"announced_parts_headings"}))
    assert off["Wick Unit"].parent == ROOT


def test_announced_parts_headings_not_over_headings_set_unlike_the_section() -> None:
    """A section whose heading the page sets at no level (a bold line) announcing units the
    page sets at a level: the page does not set its headings alike, so the levels stand and
    the announcement moves no heading."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The bureau keeps the lamps of the town lit.

        **Lamp Division**

        The division keeps the lamps. It has two units:

        ## Wick Unit

        The unit trims wicks.

        ## Glass Unit

        The unit cleans glass.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Unit"].parent == ROOT
    assert found["Glass Unit"].parent == ROOT
