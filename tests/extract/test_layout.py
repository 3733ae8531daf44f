"""Layout rules: how headings nest into sections."""

from __future__ import annotations

from collections.abc import Iterable
from textwrap import dedent

import pytest

from pipeline.extract.page import NoStructureError
from pipeline.extract.records import PageExtraction
from pipeline.rules import disabled
from pipeline.text import blocks, sections
from pipeline.text.blocks import barred_rows, classify, directory_name
from pipeline.text.hints import Hint
from pipeline.text.html import render_html
from pipeline.text.markdown import render_markdown
from pipeline.text.sentences import sentence_spans
from tests.extract.helpers import Placed, extract, names, offices, root

ROOT = "Bureau of Lantern Safety"

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


BOLD_LINE = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Office of Wick Standards

    The office sets standards for wicks.

    **Braiding Division**

    The division braids wicks.

    ## Office of Glass Inspection

    The office inspects lantern glass.
    """)


def test_heading_levels_rank_a_bold_line_below_the_smallest_heading() -> None:
    found = offices(extract(BOLD_LINE, markdown=True))
    assert found["Braiding Division"] == Placed(
        "Office of Wick Standards", "section_heading", "heading_nesting"
    )
    assert found["Office of Glass Inspection"].parent == "Bureau of Lantern Safety"
    flat = offices(extract(BOLD_LINE, markdown=True, off={"heading_levels"}))
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


STRUCTURE = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Office of Glass Inspection

    The office inspects lantern glass.

    Organizational Structure

    The bureau consists of the Braiding Service, the Trimming Board and the Dipping Council.
    """)


def test_structure_section_prose_names_units_on_a_page_with_unit_headings() -> None:
    found = offices(extract(STRUCTURE))
    assert found["Office of Glass Inspection"].found_by == "section_heading"
    assert found["Trimming Board"] == Placed(
        "Bureau of Lantern Safety", "enumerated_units", "default_root"
    )
    off = offices(extract(STRUCTURE, off={"structure_section"}))
    assert "Trimming Board" not in off


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


DIRECTORY_TABLE = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit. It has these offices:

    - Lamp Repair Workshop
    - Wick Standards

    ## Contact Us

    | Unit | Phone |
    | --- | --- |
    | Glass Room | 555-555-0101 |
    | Repair Workshop | 555-555-0102 |
    | Wick Standards | 555-555-0103 |
    """)


def test_directory_row_keeps_a_table_row_with_a_phone_as_a_unit() -> None:
    found = offices(extract(DIRECTORY_TABLE, markdown=True))
    assert found["Glass Room"] == Placed(ROOT, "table_unit_column", "inside_section")
    # A row naming a unit found already, by its words or some of them, is that unit.
    assert "Repair Workshop" not in found
    names = [o.name for o in extract(DIRECTORY_TABLE, markdown=True).offices]
    assert names.count("Wick Standards") == 1
    off = offices(extract(DIRECTORY_TABLE, markdown=True, off={"directory_row"}))
    assert "Glass Room" not in off


DIRECTORY_LINES = dedent("""\
    Bureau of Lantern Safety (BLS)

    The Bureau of Lantern Safety keeps the lamps lit.

    Contacts
    Office of Wick Standards OWS 555-555-0101 Room 12
    Office of the Glass Inspector OGI 555-555-0102 Room 14
    """)


def test_directory_row_reads_a_unit_its_acronym_and_phone_on_one_line() -> None:
    result = extract(DIRECTORY_LINES)
    found = offices(result)
    assert found["Office of Wick Standards"] == Placed(ROOT, "unit_worded_items", "inside_section")
    assert {a.acronym: a.found_by for a in result.acronyms}["OGI"] == "name_line_acronym"
    assert {o.name: o.acronym for o in result.offices}["Office of the Glass Inspector"] == "OGI"
    off = offices(extract(DIRECTORY_LINES, off={"directory_row"}))
    assert "Office of Wick Standards" not in off


@pytest.mark.parametrize(
    ("row", "read"),
    [
        ("Office of the WCO 555-555-0101", ("Office of the WCO", None)),
        ("Office of LG 555-555-0102", ("Office of LG", None)),
        ("Office of Wicks OW 555-555-0100 Room 2", ("Office of Wicks", "OW")),
        ("Call the Office at 555-555-0103", None),
    ],
)
def test_directory_row_name_never_ends_in_a_connector(row: str, read: object) -> None:
    """A capitalized last word is an acronym only when what is left is a whole name: before,
    'Office of the WCO' became 'Office of the', and 'Call the Office at' a unit."""
    assert directory_name(row) == read


# An order or a statute: a title in capitals, numbered sections whose titles close with a
# period, some in capitals.
NUMBERED_SECTIONS = dedent("""\
    BUREAU OF LANTERN SAFETY

    Order Number: 12-4

    2031-06-01

    SECTION 1.  PURPOSE.

    This order prescribes the organization of the bureau.

    SECTION 2.  OFFICE OF WICK STANDARDS.

    The office sets standards for wicks.

    § 4-3. Office of Glass Inspection.

    The office inspects lantern glass.
    """)


def test_heading_line_numbered_section_titles() -> None:
    found = offices(extract(NUMBERED_SECTIONS))
    assert list(found) == [ROOT, "Office of Wick Standards", "Office of Glass Inspection"]
    assert found["Office of Wick Standards"] == Placed(ROOT, "section_heading", "default_root")
    assert found["Office of Glass Inspection"] == Placed(ROOT, "section_heading", "default_root")
    off = offices(extract(NUMBERED_SECTIONS, off={"heading_line"}))
    assert "Office of Wick Standards" not in off


def test_heading_line_a_date_alone_heads_nothing() -> None:
    found = offices(extract(NUMBERED_SECTIONS))
    assert "2031-06-01" not in found


def test_heading_line_short_lines() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The bureau keeps the lamps lit.

        Wick Standards

        The unit sets standards for wicks.

        Glass Inspection

        The unit inspects lantern glass.
        """)
    found = offices(extract(text))
    assert found["Wick Standards"] == Placed(ROOT, "section_heading", "default_root")
    with pytest.raises(NoStructureError):
        extract(text, off={"heading_line"})


# An org chart: each unit's heading, then its head's name, then what the unit holds.
HEADS_UNDER_UNITS = (
    "<html><body><main><h1>Bureau of Lantern Safety</h1>"
    "<p>The Bureau of Lantern Safety keeps the lamps lit.</p>"
    "<h3>Wick Standards Division</h3><h4>Ada Quill</h4>"
    "<ul><li>Braiding Office</li><li>Trimming Office</li></ul>"
    "<h3>Glass Survey Division</h3><h4>Bram Tolley</h4>"
    "<ul><li>Pane Office</li><li>Mantle Office</li></ul>"
    "</main></body></html>"
)


def test_heading_levels_a_lone_heading_naming_no_unit_is_no_level() -> None:
    found = offices(extract(HEADS_UNDER_UNITS, html=True))
    assert "Ada Quill" not in found
    assert found["Braiding Office"] == Placed(
        "Wick Standards Division", "unit_worded_items", "inside_section"
    )
    assert found["Mantle Office"].parent == "Glass Survey Division"
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


# A Markdown page in the layout of a citizens' information site: questions as headings, the
# agency's name again over its address at the foot.
ADDRESSED = """\
# Lamp Board

## What does the Lamp Board do?

The Lamp Board keeps the lamps of the town lit. The Office of Wick Counsel trims the wicks.

## Where to write

### Lamp Board

Wick House
Flame Street
Lamptown 4
LT4 9WX
Lanternland

Tel: +99 1 234 5678

Page edited: 3 March 2031
"""


def test_address_block_lines_of_an_address_are_no_units() -> None:
    found = offices(extract(ADDRESSED, markdown=True))
    assert not {"Wick House", "Flame Street", "Lamptown 4", "Lanternland"} & set(found)
    off = offices(extract(ADDRESSED, markdown=True, off={"address_block"}))
    assert "Lanternland" in off


def test_address_block_keeps_a_name_worded_as_a_unit() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The bureau keeps the lamps lit.

        Where to write

        Office of Wick Counsel
        100 Flame Street
        Lamptown LT 12345
        """)
    found = offices(extract(text))
    assert "Office of Wick Counsel" in found
    assert "Lamptown LT 12345" not in found


def test_prose_unit_when_the_only_heading_names_the_agency_again() -> None:
    """The agency's name over its address is no unit heading: the prose is read for units."""
    found = offices(extract(ADDRESSED, markdown=True))
    assert found["Office of Wick Counsel"] == Placed("Lamp Board", "prose_unit", "default_root")


def test_heading_levels_an_empty_markdown_heading_heads_nothing() -> None:
    """A "###" line with no text (an empty heading element of a scrape) does not make the
    paragraph after it a heading."""
    rendered = render_markdown("# Lamp Board\n\n###\n\nThe board has a number of duties.\n")
    kinds = {
        rendered.text[start:].split("\n")[0]: hint.kind for start, hint in rendered.hints.items()
    }
    assert kinds["The board has a number of duties."].value == "paragraph"


def test_markdown_template_tags_are_no_text() -> None:
    """A site generator's template tags ("{% include %}", "{{ site.baseurl }}") are filled in
    when the site is built: dropped, so that a link whose address holds one is read as its
    text."""
    source = dedent("""\
        ## Lamp Councils

        {% include councils.html %}

        - [Wick Council]({{ site.baseurl }}/about/wick-council/)
        - [Glass Council]({% page "/glass/" %})
        """)
    rendered = render_markdown(source)
    assert rendered.text == "Lamp Councils\n\nWick Council\n\nGlass Council\n"
    assert "{" not in rendered.text
    assert "](" not in rendered.text


OUTLINE_CHART = dedent("""\
    Bureau of Lantern Safety Chart

    Bureau of Lantern Safety, (L)

    Level 1: Office of the Lamp Warden, (L,A)

      • Level 1.1: Office of Wick Standards, (L,A,W)
      • Level 1.1: Office of Glass Inspection, (L,A,G)

    Level 2: Deputy Warden for Oil, (L,B)

      • Level 3: Oil Supply Center, (L,B,S)
      • Level 3: Oil Testing Center, (L,B,T)
    """)


def test_outline_label_numbered_levels_of_a_chart() -> None:
    """ "Level 1.1: Office of Wick Standards, (L,A,W)": the label is the line's place in the
    outline, the name follows it; a bulleted line is one level deeper."""
    found = offices(extract(OUTLINE_CHART))
    assert found["Office of Wick Standards"] == Placed(
        "Office of the Lamp Warden", "unit_worded_items", "list_nesting"
    )
    assert found["Oil Testing Center"].parent == "Deputy Warden for Oil"
    assert found["Deputy Warden for Oil"].parent == ROOT
    with pytest.raises(NoStructureError):
        extract(OUTLINE_CHART, off={"outline_label", "unit_names_in_text"})


FRONT_MATTER_PAGE = dedent("""\
    ---
    title: Wick Supply Division
    permalink: /wicks/
    redirect_from:
      - /old-wicks/
    ---

    The division keeps the bureau in wicks.

    ## Braiding Team

    The team braids wicks.

    ## Trimming Team

    The team trims wicks.
    """)


def test_front_matter_title_is_the_page_title_and_its_settings_no_text() -> None:
    """A site generator's front matter ("---", "title: ...", "permalink: ...", "---") is
    settings, not text: its title is the page's title (here its root), the rest is dropped."""
    result = extract(FRONT_MATTER_PAGE, markdown=True)
    assert root(result)[0] == "Wick Supply Division"
    assert "permalink" not in " ".join(o.name for o in result.offices)
    html = FRONT_MATTER_PAGE.split("\n\n", 1)[0] + "\n<p>The division keeps wicks.</p>\n"
    rendered = render_html(html).text
    assert rendered.startswith("Wick Supply Division")
    assert "permalink" not in rendered
    with disabled({"front_matter_title"}):
        assert root(extract(FRONT_MATTER_PAGE, markdown=True))[0] != "Wick Supply Division"


def test_image_alt_text_a_logo_line_is_furniture() -> None:
    """ "Department of Wicks Logo" at the head of a page is a picture's alternative text:
    neither the page's title nor where its agency is named."""
    text = dedent("""\
        Department of Wicks Logo

        Lampshire Department of Wicks

        Image of the lamp keepers at work

        The Department of Wicks keeps the lamps of Lampshire lit.

        Office of Wick Standards

        The office sets standards for wicks.

        Office of Glass Inspection

        The office inspects lantern glass.
        """)
    kinds = {b.text: b.kind for b in classify(text)}
    assert kinds["Department of Wicks Logo"] == "footer"
    assert kinds["Image of the lamp keepers at work"] == "footer"
    assert root(extract(text))[0] != "Department of Wicks Logo"
    with disabled({"image_alt_text"}):
        assert {b.text: b.kind for b in classify(text)}["Department of Wicks Logo"] == "heading"
    # The title left whole, "Logo" and all, without root_title_topic_words either.
    with disabled({"image_alt_text", "root_title_topic_words"}):
        assert root(extract(text))[0] == "Department of Wicks Logo"


def test_kind_label_heading_units_named_by_their_kind_and_portfolio() -> None:
    """ "CHIEF DIRECTORATE: WICK SUPPLY" over "DIRECTORATE: WICK TRIMMING": lines naming a
    unit by its kind and its portfolio, the same label before several names, are the
    headings of those units, nested by their runs; a post's label heading a list ("Deputy
    Treasurer: Oil Supply") is one too, a post's label before a person's name is not."""
    text = dedent("""\
        Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        Director: Jane Doe

        Director: John Roe

        CHIEF DIRECTORATE: WICK SUPPLY

        DIRECTORATE: WICK TRIMMING

        Purpose: To trim the wicks of the town

        DIRECTORATE: WICK STORAGE

        Purpose: To store the wicks of the town

        CHIEF DIRECTORATE: GLASS CARE

        DIRECTORATE: PANE REPAIR

        Purpose: To repair the panes of the town

        Deputy Treasurer: Oil Supply

          • Oil Storage
          • Oil Delivery

        Deputy Treasurer: Lamp Posts

          • Post Painting
          • Post Repair
        """)
    found = {name.lower(): placed for name, placed in offices(extract(text)).items()}
    assert found["directorate: wick trimming"].parent.lower() == "chief directorate: wick supply"
    assert found["directorate: wick storage"].parent.lower() == "chief directorate: wick supply"
    assert found["directorate: pane repair"].parent.lower() == "chief directorate: glass care"
    assert found["oil storage"].parent == "Deputy Treasurer: Oil Supply"
    assert found["post repair"].parent == "Deputy Treasurer: Lamp Posts"
    assert not any("jane doe" in name for name in found)
    with pytest.raises(NoStructureError):  # switched off, the lines are labels, no units
        extract(text, off={"kind_label_heading", "unit_names_in_text"})


def test_titled_holder_line_title_is_the_unit_and_holder_under_a_heading_is_text() -> None:
    directory = dedent("""\
        Lamp Trust

        WARDEN Jane Q. Doe
        Under Warden Peter K. Poe, Acting

        Chief Wick Officer Anna B. Roe, Jr.
        Glass Care Omar T. Loe
        """)
    found = names(extract(directory))
    assert {"Under Warden", "Chief Wick Officer", "Glass Care"} <= set(found)
    assert not any("Doe" in name or "Poe" in name for name in found)
    assert "Under Warden" not in names(extract(directory, off={"titled_holder_line"}))

    units = dedent("""\
        Lamp Trust Components

        Wick Supply Directorate

        Chief Wick Keeper Mara J. Hale

        Wick Supply Directorate keeps the wicks of the town trimmed and dry.

        Oil Storage Division

        Chief Tomas Brand

        The Oil Storage Division keeps the oil of the town in its tanks.
        """)
    found = offices(extract(units))
    assert {"Wick Supply Directorate", "Oil Storage Division"} <= set(found)
    assert not any("Hale" in name or "Brand" in name or "Chief" in name for name in found)
    switched_off = names(extract(units, off={"titled_holder_line"}))
    assert any("Brand" in name for name in switched_off)


def test_titled_holder_line_an_honorific_or_initials_mark_the_holder() -> None:
    directory = dedent("""\
        Lamp Trust

        Lamp Warden Jane A. B. Doe
        Under Warden Peter K. Poe, Acting
        Chief Wick Officer Dr Anna Roe
        Glass Care Omar T. Loe
        """)
    found = names(extract(directory))
    assert {"Lamp Warden", "Under Warden", "Chief Wick Officer", "Glass Care"} <= set(found)
    assert not any("Doe" in name or "Roe" in name for name in found)

    card = dedent("""\
        <h1>Department of Wicks and Oil</h1>
        <h3>Warden<br />Hon. Tilda Morrow</h3>
        <ul><li><a href="m.pdf">Warden's Letter</a></li></ul>
        <h3>The Department</h3>
        <p>The Wick Supply Division buys and trims the wicks of the town.</p>
        <p>The Oil Care Division keeps the oil of the lamps clean.</p>
        """)
    found = names(extract(card, html=True))
    assert "Warden" in found
    assert {"Wick Supply Division", "Oil Care Division"} <= set(found)
    assert not any("Morrow" in name for name in found)
    switched_off = names(extract(card, html=True, off={"titled_holder_line"}))
    assert "Warden Hon. Tilda Morrow" in switched_off


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
    off = offices(extract(PEER_CODES, off={"peer_worded_alike"}))
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


def test_directory_holder_line_plain_holder_in_a_directory_of_officials() -> None:
    directory = dedent("""\
        Lamp Trust

        WARDEN Jane Q. Doe
        Under Director Mary Ann Poe

        Chief Wick Officer Anna B. Roe, Jr.
        Wick Relations Omar Loe
        Glass Care Tilda T. Moe
        Oil Storage Q. Ivo Hale, Acting
        """)
    found = names(extract(directory))
    assert {"Under Director", "Wick Relations", "Oil Storage", "Glass Care"} <= set(found)
    assert not any(person in name for name in found for person in ("Poe", "Loe", "Hale"))
    placed = offices(extract(directory))
    for peer in ("Wick Relations", "Glass Care", "Oil Storage"):  # a run of peers
        assert placed[peer].parent == "Lamp Trust", peer
    switched_off = names(extract(directory, off={"directory_holder_line"}))
    assert "Under Director" not in switched_off and "Wick Relations" not in switched_off

    # one title-and-holder line is no directory: a plain name there is left as it reads
    single = dedent("""\
        Lamp Trust

        WARDEN Jane Q. Doe
        Under Director Mary Ann Poe
        """)
    assert "Under Director" not in names(extract(single))


def test_glued_holder_line_title_run_into_its_holder_is_the_unit() -> None:
    directory = dedent("""\
        Lamp Trust

        The Lamp Trust keeps the lamps of the town lit.

        OFFICIALS
        WARDENTilda Moe
        Chief Wick OfficerAnna Roe
        Chief, Glass CareOmar Q. Loe
        Director, Department of Oil StorageIvo Hale, Acting
        Chief of StaffMara Poe
        """)
    found = names(extract(directory, agency="Lamp Trust"))
    assert {"Chief Wick Officer", "Glass Care", "Department of Oil Storage"} <= set(found)
    assert not any(person in name for name in found for person in ("Roe", "Loe", "Hale"))
    switched_off = names(extract(directory, agency="Lamp Trust", off={"glued_holder_line"}))
    assert "Chief Wick Officer" not in switched_off
    assert any("Roe" in name for name in switched_off)


BOARD_ROSTER = (
    "<html><head><title>Lamp Trust</title></head><body><h1>Lamp Trust</h1>"
    "<p>The Lamp Trust keeps the lamps of the town lit.</p>"
    "<h2>Members of the Council</h2>"
    "<div>Ms Tilda MOE</div><div>Chair, Wick Makers Guild Board</div>"
    "<div>Mr Omar LOE</div><div>Chief Glazier, Glass Works Authority</div>"
    "<div>Anna ROE Under Warden Ministry of Oil</div>"
    "<h2>Divisions</h2>"
    "<h3>Wick Supply Division</h3><p>The division buys wicks.</p>"
    "<h3>Glass Care Division</h3><p>The division polishes glass.</p>"
    "</body></html>"
)


def test_board_roster_lines_members_and_their_outside_posts_are_no_units() -> None:
    found = names(extract(BOARD_ROSTER, html=True, agency="Lamp Trust"))
    assert {"Wick Supply Division", "Glass Care Division"} <= set(found)
    assert not any("Guild" in name or "Glass Works" in name for name in found)
    assert not any("ROE" in name for name in found)
    off = names(extract(BOARD_ROSTER, html=True, agency="Lamp Trust", off={"board_roster_lines"}))
    assert "Wick Makers Guild Board" in off
    assert any("Glass Works" in name for name in off)


# Each section opens with its own <header> holding the section's heading; the page's banner
# <header> (site name, menu) sits outside any section.
SECTION_HEADERS = (
    "<html><head><title>Bureau of Lantern Safety</title></head><body>"
    "<header><p>Lantern Portal</p><ul><li>Home</li><li>News</li></ul></header>"
    "<h1>Bureau of Lantern Safety</h1>"
    "<section><header><h2>Wick Standards Division</h2></header>"
    "<ul><li>Braiding Office</li><li>Trimming Office</li></ul></section>"
    "<section><header><h2>Glass Survey Division</h2></header>"
    "<ul><li>Pane Office</li><li>Mantle Office</li></ul></section>"
    "</body></html>"
)


def test_section_header_kept_a_sections_header_heads_its_blocks() -> None:
    rendered = render_html(SECTION_HEADERS).text
    assert "Wick Standards Division" in rendered
    assert "Lantern Portal" not in rendered
    found = offices(extract(SECTION_HEADERS, html=True))
    assert found["Braiding Office"].parent == "Wick Standards Division"
    assert found["Mantle Office"].parent == "Glass Survey Division"
    with disabled({"section_header_kept"}):
        assert "Wick Standards Division" not in render_html(SECTION_HEADERS).text


# A directory of cards: a person's name as the card's heading, then the title, a phone and a
# bare "Email" link.
CHANNEL_CARDS = (
    "<html><head><title>Lantern County Leadership</title></head><body>"
    "<h1>Lantern County Leadership</h1>"
    + "".join(
        f"<h3>{person}</h3><p>{title}</p><p>(555) 010-0{n}00</p><p><a href='#'>Email</a></p>"
        for n, (person, title) in enumerate(
            [("Ada Quill", "Director of Wick Services"), ("Bram Tolley", "Director of Glass")]
        )
    )
    + "</body></html>"
)


@pytest.mark.xfail(
    strict=True,
    reason="a card's bare link word ('Email', 'Phone', 'Map') under a person's card is read as"
    " a section heading; the filter that read it (contact_channel_word) changed the rows of one"
    " development page only, and widened to more link words it made two pages worse: removed",
)
def test_bare_link_word_on_a_card_is_no_unit() -> None:
    kinds = {block.text: block.kind for block in classify("Email\n\nWick Office\n")}
    assert kinds["Email"] == "footer"
    assert "Email" not in offices(extract(CHANNEL_CARDS, html=True))


# A list of cards, each card a link wrapping its heading and a list of duties.
CARD_LINKS = (
    "<html><head><title>Lantern Yard Bureau</title></head><body>"
    "<p>Lantern Yard Bureau</p>"
    "<div><a href='#'><div><p>Wick Roads</p></div><ul><li>Trimming wicks</li>"
    "<li>Mending posts</li></ul></a>"
    "<a href='#'><div><p>Glass Yards</p></div><ul><li>Sweeping glass</li>"
    "<li>Cutting panes</li></ul></a></div>"
    "</body></html>"
)


def test_card_link_blocks_are_read_one_by_one() -> None:
    """A link wrapping block elements (a card: its line naming the unit, its list of duties)
    is read as blocks, not as one run of inline text."""
    rendered = render_html(CARD_LINKS).text
    assert "\n\nWick Roads\n\n" in rendered
    with disabled({"card_link_blocks"}):
        assert "\n\nWick Roads\n\n" not in render_html(CARD_LINKS).text


def test_card_link_blocks_heading_of_a_clickable_card() -> None:
    """A card whose whole box is a link (an icon, a heading, a line about the unit) keeps
    its heading a heading, not run into the lines under it."""
    page = (
        "<h1>Lampton Hall</h1><div><a href='/wick'><div><span class='icon'></span>"
        "<h3>Wick Office</h3><p>Located on the 2nd Floor</p><p>The office trims the wicks.</p>"
        "</div></a><a href='/oil'><div><h3>Oil Office</h3><p>Located on the 3rd Floor</p>"
        "</div></a></div>"
    )
    rendered = render_html(page)
    assert "Wick Office\n\nLocated on the 2nd Floor" in rendered.text
    assert "Oil Office" in offices(extract(page, html=True))
    with disabled({"card_link_blocks"}):  # before: the card run together into one line
        assert "Wick Office\n\n" not in render_html(page).text
    # The tests' extract(off=...) switches the renderer's rules off too.
    assert "Wick Office" not in offices(extract(page, html=True, off={"card_link_blocks"}))


@pytest.mark.xfail(
    strict=True,
    reason="a list item is a leaf whose text is taken whole, so a card set in a list item"
    " (<li><a><div><h3>...</h3><p>Learn More</p></div></a></li>) runs its heading into the"
    " lines under it; reading such an item as blocks (tried) changed no development page and"
    " changed how a roster of linked headings renders (person_line's test): dropped",
)
def test_card_link_blocks_cards_in_list_items() -> None:
    page = (
        "<h1>Lampton Hall Departments</h1><p>The hall has these departments.</p><ul>"
        "<li><a href='/w'><div><h3>Wick Office</h3><p>Learn More</p></div></a></li>"
        "<li><a href='/o'><div><h3>Oil Office</h3><p>Learn More</p></div></a></li>"
        "<li><a href='/g'><div><h3>Glass Office</h3><p>Learn More</p></div></a></li></ul>"
    )
    assert "Wick Office\n\nLearn More" in render_html(page).text


NAMELY_ITEM = (
    "<html><head><title>Lamp Levy Service</title></head><body><h1>Lamp Levy Service</h1>"
    "<p>The Lamp Levy Service was set up by law with the following composition:</p>"
    "<ol><li>Chief Lampwright of the guild.</li><li>Three Standing Wardens.</li>"
    "<li>Two Departments namely<ol><li>Oil and Tallow</li><li>Wick taxes</li></ol></li>"
    "</ol></body></html>"
)


def test_nested_item_counting_units_without_a_colon_leads_into_its_sub_items() -> None:
    found = offices(extract(NAMELY_ITEM, html=True))
    assert found["Oil and Tallow"].parent == "Lamp Levy Service"
    # the sentence-case item stays: its item counts it as a department
    # (announced_units_in_sentence_case)
    assert "Wick taxes" in found


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

    Trimming Branch (TB)

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
    found = offices(extract(PEER_OFFICE_OVER_HOLDER))
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
    off = offices(extract(text, off={"peer_worded_alike"}))
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


TOPIC_HEADINGS = dedent("""\
    # Office of the Lamp Warden

    The Office of the Lamp Warden guides the city's lamps. The sections under the office
    include the Wick Supply Unit, the Glass Care Unit and the Oil Audit Unit.

    ## Lamp Council Meeting

    The keepers meet each winter to trim the wicks.
    """)


def test_topic_headings_prose_a_heading_naming_no_unit_leaves_the_prose_read() -> None:
    found = offices(extract(TOPIC_HEADINGS, markdown=True))
    assert found["Glass Care Unit"] == Placed(
        "Office of the Lamp Warden", "prose_unit", "default_root"
    )
    assert "Oil Audit Unit" in found
    off = offices(extract(TOPIC_HEADINGS, markdown=True, off={"topic_headings_prose"}))
    assert "Glass Care Unit" not in off


TOPIC_LIST_HEADINGS = dedent("""\
    # Office of the Lamp Warden

    The Office of the Lamp Warden guides the city's lamps. The sections under the office
    include the Wick Supply Unit, the Glass Care Unit and the Oil Audit Unit.

    ## Completed Projects

    * Harbour Lamps
    * Bridge Lamps
    """)


def test_topic_headings_prose_a_heading_over_a_list_of_projects() -> None:
    found = offices(extract(TOPIC_LIST_HEADINGS, markdown=True))
    assert found["Wick Supply Unit"].parent == "Office of the Lamp Warden"
    # (project_status_heading off too: with it, "Completed Projects" is no unit heading)
    both = {"topic_headings_prose", "project_status_heading"}
    off = offices(extract(TOPIC_LIST_HEADINGS, markdown=True, off=both))
    assert "Wick Supply Unit" not in off


BARE_TOPIC_HEADINGS = dedent("""\
    # Bureau of Lantern Safety

    The bureau keeps the lamps of the city lit.

    ## Wick Braiding

    This team braids wicks. The primary goal of the Wick Braiding Division is strong wicks.

    ## Glass Care

    This team cleans the glass. The primary goal of the Glass Care Division is clean glass.
    """)


def test_topic_headings_prose_a_name_with_a_unit_noun_added_is_the_headings_unit() -> None:
    assert names(extract(BARE_TOPIC_HEADINGS, markdown=True)) == [
        "Bureau of Lantern Safety",
        "Wick Braiding",
        "Glass Care",
    ]


LISTING_LINE = dedent("""\
    # Lamp Bureau

    The Lamp Bureau is an independent agency.

    ## Organization Structure

    Operating offices include: the Office of Wicks, the Office of Glass, and the Office of Oil.
    """)


def test_listing_sentence_a_line_whose_words_before_the_colon_end_in_include() -> None:
    found = offices(extract(LISTING_LINE, markdown=True))
    assert found["Office of Glass"] == Placed("Lamp Bureau", "prose_unit", "default_root")
    assert "Office of Oil" in found
    with pytest.raises(NoStructureError):  # a label over a text: no unit read in it
        extract(LISTING_LINE, markdown=True, off={"listing_sentence", "unit_names_in_text"})


def test_listing_sentence_a_label_over_its_text_stays_a_label() -> None:
    assert classify("Wick Office: trims the wicks of the lamps of the town.")[0].kind == "label"
    assert classify("Our offices include: the Wick Office and the Oil Office.")[0].kind != "label"


def test_listing_sentence_not_a_list_of_partners() -> None:
    """A line whose subject names no part of a body ("Our partners include: ...", "Board
    members are: ...") stays a label: the bodies it lists are not the page's units."""
    assert classify("Our partners include: the Oil Board and the Glass Trust.")[0].kind == "label"
    assert classify("Board members are: Bram Tolley and Ada Finch.")[0].kind == "label"
    page = LISTING_LINE.replace("Operating offices include", "Our partners include")
    assert "Office of Glass" not in offices(
        extract(page + "\nIt runs the Wick Office.\n", markdown=True)
    )


def test_abbreviation_sentence_end_before_an_article() -> None:
    """ "... based in Lampton, D.C. The Wick Braiding Center ...": the abbreviation's dot
    before "The" ends the sentence, so the next sentence's subject is a unit of its own and
    the abbreviation is no unit; "the U.S. Lamp Office" stays one name."""
    text = (
        "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit. The "
        "bureau is based in Lampton, D.C. The Wick Braiding Center is located in Oilby.\n"
    )
    found = offices(extract(text))
    assert "Wick Braiding Center" in found
    assert "D.C" not in found
    assert "D.C" in offices(extract(text, off={"abbreviation_sentence_end"}))
    with disabled(set()):
        spans = sentence_spans("It is the U.S. Lamp Office. By Oil Co. It trims.")
    assert len(spans) == 3


def test_name_per_line_a_run_of_names_one_long() -> None:
    """Lines that each name a unit, without bullets, are a list however long one name is
    ("Personal Office of the Lamp Warden and the Deputy Lamp Warden of the Town", 14 words);
    before, the long line made the run one paragraph and no name in it was read. A title
    wrapped over lines ends a line in a connector, and is no such run."""
    text = dedent("""\
        Lamp Service of Oiltown

        The Lamp Service of Oiltown keeps the lamps lit.

        Our offices

        Personal Office of the Lamp Warden and the Deputy Lamp Warden of the Town
        Secretariat of the Wick Committee (SWC)
        Directorate of Oil Supply
        Hill Region (Lampshire, Wickford and Oil Bay)

        Office of Glass Repair

        The office mends the panes of the lamps.
        """)
    found = offices(extract(text))
    assert "Directorate of Oil Supply" in found
    assert "Secretariat of the Wick Committee" in found
    assert "Personal Office of the Lamp Warden and the Deputy Lamp Warden of the Town" in found
    assert found["Hill Region"].found_by == "section_heading"
    # long_line_among_lines reads this run too (one long name in four lines): both off
    off = offices(extract(text, off={"name_per_line", "long_line_among_lines"}))
    # a name ending in a unit noun before the acronym it defines is read as prose defines it
    assert off["Secretariat of the Wick Committee"].found_by == "prose_defined_subject"
    assert "Hill Region" not in off
    assert "Personal Office of the Lamp Warden and the Deputy Lamp Warden of the Town" not in off
    assert not blocks.name_per_line(["OFFICE OF THE LAMP WARDEN AND OF", "THE GLASS", "BOARD"])


def test_name_per_line_not_the_title_lines_that_open_a_page() -> None:
    """The lines that open a page are its title block, however long one is ("Report of the
    Committee on the Organisation of the Lamp Service and Its Many Offices"): not a list of
    names, so no line of it is a unit's heading with the page's units nested under it."""
    text = dedent("""\
        Government of Wickland
        Report of the Committee on the Organisation of the Lamp Service and Its Many Offices
        The Lamp Service of Oiltown

        The Lamp Service keeps the lamps lit.

        Office of Glass Repair

        The office mends the panes of the lamps.
        """)
    found = offices(extract(text))
    assert found["Office of Glass Repair"].parent == "Government of Wickland"
    assert not any(name.startswith("Report of the Committee") for name in found)


def test_name_per_line_not_a_run_of_headlines() -> None:
    """Title-case headlines one to a line ("Lamp Office Opens New Wick Store Next to the
    Glass Market in the Old Town") are no list of names: a line longer than a short item must
    be headed as a name is, by a unit noun or a post ("Personal Office of the ...")."""
    text = dedent("""\
        Lamp Service of Oiltown

        The Lamp Service keeps the lamps lit.

        Office of Glass Repair

        The office mends the panes of the lamps.

        Latest News

        Lamp Office Opens New Wick Store Next to the Glass Market in the Old Town
        Oil Office Warns Keepers About Cheap Lamp Oil Sold at the Harbour
        Glass Division Wins Award
        """)
    found = offices(extract(text))
    assert "Office of Glass Repair" in found
    assert not any(name.startswith(("Lamp Office Opens", "Oil Office Warns")) for name in found)
    assert blocks.name_per_line(
        ["Personal Office of the Lamp Warden and the Deputy Lamp Warden of the Town", "A B", "C D"]
    )


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


GLUED_DIRECTORY = dedent("""\
    Lamp Safety Trust

    OFFICIALS
    WARDENJane Doe
    Chief Wick OfficerPeter Poe
    Chief, Glass CareAnna B. Roe
    Deputy Oil CounselOmar Loe, Acting
    """)


def test_glued_holder_line_title_run_on_to_the_holder_is_the_unit() -> None:
    found = offices(extract(GLUED_DIRECTORY))
    assert {"Chief Wick Officer", "Deputy Oil Counsel"} <= set(found)
    assert not any("Poe" in name or "Loe" in name for name in found)
    # each line is the peer of the one before it, not its member
    assert found["Deputy Oil Counsel"].parent == found["Chief Wick Officer"].parent
    off = offices(extract(GLUED_DIRECTORY, off={"glued_holder_line"}))
    assert "Chief Wick OfficerPeter Poe" in off


def test_glued_holder_line_reads_only_a_name_closing_the_line() -> None:
    assert sections.titled_holder_line("Chief Wick OfficerPeter Poe") == len("Chief Wick Officer")
    assert sections.titled_holder_line("Member (Lamp Board)Jane Q. Doe") == len(
        "Member (Lamp Board)"
    )
    assert sections.titled_holder_line("WARDENJane Doe") == len("WARDEN")
    # no name: units glued together, a name inside a word in capitals, a label before a colon
    assert sections.titled_holder_line("Wick ServicesLamp Boards") is None
    assert sections.titled_holder_line("McDONALD Lamp Works") is None
    assert sections.titled_holder_line("PowerPoint Slides") is None
    assert sections.titled_holder_line("WickLightJane Doe") is None  # one word: a brand
    assert sections.titled_holder_line("Lamp Aide: JoAnn Doe") is None
    with disabled({"glued_holder_line"}):
        assert sections.titled_holder_line("Chief Wick OfficerPeter Poe") is None


GLUED_HOLDERS_OVER_LINES = dedent("""\
    Lamp Safety Trust

    Deputy DirectorsJane Doe
    Peter Poe
    Anna Roe

    The trust keeps the lamps of the harbor lit through the winter.

    Wick Supply

    The Office of Wick Supply buys and stores the wicks of the trust.
    """)


def test_glued_holder_line_names_on_the_lines_after_it_are_more_holders() -> None:
    found = offices(extract(GLUED_HOLDERS_OVER_LINES))
    assert "Anna Roe" not in found
    assert found["Office of Wick Supply"].parent == "Lamp Safety Trust"
    off = offices(extract(GLUED_HOLDERS_OVER_LINES, off={"glued_holder_line"}))
    assert "Anna Roe" in off


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


@pytest.mark.xfail(
    strict=True,
    reason="in text one paragraph to a line with no blank lines, a short title-case line"
    " between two sentences is a heading, but it is read as a line of one long paragraph."
    " Split off as headings (tried: title_between_sentences), the page gained sections and"
    " its prose was no longer read for units: three development pages lost units, none gained",
)
def test_heading_line_title_line_between_one_line_paragraphs() -> None:
    page = dedent("""\
        Lamp Trust
        The trust keeps the lamps of the harbor lit through the long winter nights.
        Wick Supply Bureau
        The bureau buys, braids and stores the wicks the lamps of the trust burn
        and keeps them dry in the stores of the old harbor.
        Glass Care Bureau
        The bureau polishes and mends the glass of every lamp along the quay.
        """)
    layout = sections.layout(page)
    assert [s.heading.text for s in layout.sections] == ["Wick Supply Bureau", "Glass Care Bureau"]


def test_glued_holder_line_an_inner_capital_after_a_prefix_is_no_join() -> None:
    """A surname's or a place's prefix ("Mc", "Mac", "Du", "La") or a lower-case letter
    before an inner capital opens one word ("McDonald Hall", "DuWick County", "iPhone"):
    the title is not run on to a holder there."""
    assert sections.titled_holder_line("Lamp Council McDonald Hall") is None
    assert sections.titled_holder_line("Wick Board MacArthur Hall") is None
    assert sections.titled_holder_line("Wick Office DuWick County") is None
    assert sections.titled_holder_line("Lamp Office iPhone Apps") is None
    assert sections.titled_holder_line("Director of the Lamp OfficeJane McDonald") == len(
        "Director of the Lamp Office"
    )


@pytest.mark.xfail(
    strict=True,
    reason="a brand's inner capital after a title of two or more words ('Wick Division"
    " PowerPoint Slides', 'Lamp Office YouTube Channel') reads as a title run on to a holder:"
    " 'Power' and 'You' are whole words, as 'Chair' and 'Clerk' before a real join are",
)
def test_glued_holder_line_a_brand_after_a_longer_title_is_no_join() -> None:
    assert sections.titled_holder_line("Wick Division PowerPoint Slides") is None


COUNCILLOR_ROSTER = (
    "<html><head><title>Lamp Shire</title></head><body><h1>Lamp Shire</h1>"
    "<p>The Lamp Shire keeps the lamps of the town lit.</p>"
    "<h2>Council</h2>"
    "<div>Cr Tilda Moe</div><div>Chair, Wick Makers Guild Board</div>"
    "<div>Cllr Omar Loe</div><div>Chief Glazier, Glass Works Authority</div>"
    "<div>Councillor Anna Roe</div><div>Deputy Keeper, Oil Harbour Trust</div>"
    "<h2>Divisions</h2>"
    "<h3>Wick Supply Division</h3><p>The division buys wicks.</p>"
    "<h3>Glass Care Division</h3><p>The division polishes glass.</p>"
    "</body></html>"
)


def test_board_roster_lines_a_councillors_title_opens_a_name() -> None:
    """A council's roster gives its members with a councillor's title ("Cr Tilda Moe",
    "Cllr Omar Loe", "Councillor Anna Roe"), an honorific as "Ms" is: the lines name
    people and their outside posts, no units."""
    found = names(extract(COUNCILLOR_ROSTER, html=True, agency="Lamp Shire"))
    assert {"Wick Supply Division", "Glass Care Division"} <= set(found)
    assert not any("Guild" in name or "Glass Works" in name for name in found)


def test_peer_worded_alike_a_title_before_a_comma_makes_peers_a_title_joined_by_of_does_not() -> (
    None
):
    """The docstring's two cases: a title parted by a comma from the unit it heads names two
    units of one rank; a title joined by "of" names one post and keeps its group."""
    assert sections.peer_worded_alike("Director, Office of Lamps", "Director, Office of Wicks")
    assert not sections.peer_worded_alike("Director of Lamps", "Director of Wicks")


def test_holder_over_title_a_holder_heading_over_a_post_line_names_the_post() -> None:
    """A leadership page sets each holder's name as a heading over the holder's post ("Tilda
    Moe" over "- Director", "Mr Q.R. Loe" over "Senior Manager: Wick Services"): the name is
    no unit; the post is, in the section above. A unit's name worded as a field ("Wick
    Operations" over "Director") and a unit over a post and its holder ("Ember Yard" over
    "Chief Ivo Hale", "Soot Hollow" over "Director: Ana Roe") stay headings."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Office of Lamp Glass Care

        ### Tilda Moe

        - Director

        The office polishes the glass of every lamp.

        ## Ember Yard

        ### Mr Q.R. Loe

        Senior Manager: Wick Services

        The yard keeps the embers.
        """)
    found = names(extract(text, markdown=True))
    assert "Tilda Moe" not in found and "Mr Q.R. Loe" not in found
    assert {"Director", "Senior Manager: Wick Services"} <= set(found)
    switched_off = names(extract(text, markdown=True, off={"holder_over_title"}))
    assert "Senior Manager: Wick Services" not in switched_off

    def heading(line: str) -> blocks.Block:
        return blocks.Block(blocks.HEADING, 0, len(line), line, 3)

    def line(words: str) -> blocks.Block:
        return blocks.Block(blocks.PARAGRAPH, 0, len(words), words, 0)

    assert sections.holder_over_title(heading("Ana Roe-Doe"), line("Deputy Lamp Minister"))
    assert not sections.holder_over_title(heading("Wick Operations"), line("Director"))
    assert not sections.holder_over_title(heading("Ember Yard"), line("Chief Ivo Hale"))
    assert not sections.holder_over_title(heading("Soot Hollow"), line("Director: Ana Roe"))
    assert not sections.holder_over_title(heading("Ana Roe"), line("The director keeps it"))


@pytest.mark.xfail(
    strict=True,
    reason="a holder whose surname ends in -s ('Ivo Rowens' over 'Deputy Lamp Minister') reads "
    "as a unit's plural field ('Wick Affairs' over 'Wick Counsel'), so holder_over_title "
    "leaves it a heading; read without the plural guard (tried), a unit heading over its "
    "head's post became a holder",
)
def test_holder_over_title_a_surname_ending_in_s() -> None:
    def block(kind: str, text: str) -> blocks.Block:
        return blocks.Block(kind, 0, len(text), text, 3)  # type: ignore[arg-type]

    assert sections.holder_over_title(
        block(blocks.HEADING, "Ivo Rowens"), block(blocks.PARAGRAPH, "Deputy Lamp Minister")
    )


def test_the_sentence_at_a_position_is_the_parsed_pages_own() -> None:
    """``PageLayout.sentence_at`` gives the sentence of :meth:`PageLayout.sentences` that holds
    a position, in the block that holds it: a full stop that closes an abbreviation ends no
    sentence, and a sentence never runs on into the next block."""
    text = (
        "Bureau of Lantern Safety\n\nThe bureau keeps the lamps lit. The Lamp Board is composed"
        " of four members: the Director of the U.S. Wick Service and the Oil Clerk.\n\n"
        "The Glass Office cleans glass.\n"
    )
    page = sections.layout(text)
    board = page.sentence_at(text.index("Wick Service"))
    assert board is not None
    assert text[board[0] : board[1]].startswith("The Lamp Board is composed")
    assert text[board[0] : board[1]].endswith("the Oil Clerk.")
    glass = page.sentence_at(text.index("Glass Office"))
    assert glass is not None and text[glass[0] : glass[1]] == "The Glass Office cleans glass."
    assert page.sentence_at(text.index("\n\nThe Glass") + 1) is None


def test_holder_over_title_a_unit_named_in_common_words_over_its_head_stays_a_unit() -> None:
    """A county's or a ministry's page sets a unit's name of two common words over its head's
    post ("Lamp Safety" over "- Director", "Wick Control" over "Manager"); no word ends as a
    field's does, yet the page writes them in lower case ("the safety of lamps"), as it never
    writes a person's name: the unit stays a heading, and the holder's heading ("Tilda Moe")
    is still text."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Lamp Safety

        - Director

        The office sees to the safety of every lamp in the county.

        ## Wick Control

        Manager

        The office keeps wick control rules for the keepers.

        ## Office of Lamp Glass Care

        ### Tilda Moe

        - Director

        The office polishes the glass of every lamp.
        """)
    found = names(extract(text, markdown=True))
    assert {"Lamp Safety", "Wick Control"} <= set(found)
    assert "Tilda Moe" not in found


def test_titled_holder_line_a_plain_holder_under_a_heading_with_no_initialed_holder() -> None:
    text = dedent("""\
        # Lamp Board

        ## Wick Supply

        Director Mara Quill

        Wick Supply buys the wicks of the town and keeps them dry.

        ## Oil Stores

        Assistant Superintendent Tobin Vale

        Oil Stores keeps the oil of the lamps in its tanks.

        ## Glass Care

        Director Field Safety

        Glass Care keeps the field safety of the glass in the field.
        """)
    found = offices(extract(text, markdown=True))
    assert {"Wick Supply", "Oil Stores"} <= set(found)
    assert not any("Quill" in name or "Vale" in name for name in found)
    # words the page writes in lower case are no person's name: the line stays a heading
    assert "Director Field Safety" in found
    switched_off = names(extract(text, markdown=True, off={"titled_holder_line"}))
    assert "Director Mara Quill" in switched_off


def test_titled_holder_line_a_plain_holder_under_the_pages_title() -> None:
    text = dedent("""\
        # Wick Supply Division

        Administrator Mara Quill

        The Wick Supply Division buys the wicks of the town. It has a trimming section and a
        drying section.

        ## Trimming Section

        The Trimming Section trims the wicks.
        """)
    found = names(extract(text, markdown=True))
    assert not any("Quill" in name for name in found)
    switched_off = names(extract(text, markdown=True, off={"titled_holder_line"}))
    assert "Administrator Mara Quill" in switched_off


def test_bracketed_note_a_laws_history_line_is_no_unit() -> None:
    text = dedent("""\
        Lamp Department Organization

        (L9, Ch. 30, sec. 1. Eff. until 7/1/16)

        The Lamp Department consists of the following divisions:

        1. Wick Supply Division
        2. Oil Care Division

        Glass Office

        The Glass Office keeps the glass of the lamps clean.

        (Ordinance No. O12-0006, Enacted 5/25/2021, Effective 5/25/2021)

        Oil Office

        The Oil Office keeps the oil.
        """)
    found = offices(extract(text))
    assert {"Lamp Department", "Wick Supply Division", "Glass Office", "Oil Office"} <= set(found)
    assert not any("Ordinance" in name or "Eff." in name for name in found)
    with pytest.raises(NoStructureError):  # switched off, the note is the page's title
        extract(text, off={"bracketed_note"})


def test_bracketed_note_a_registers_header_in_a_list_item() -> None:
    text = dedent("""\
        Organization and Functions of the Lamp Service

          • [Lamp Register Volume 6, Number 10 (Tuesday, June 3, 1997)]
            [Notices]
            [Pages 303-307]

        The Lamp Service consists of the Wick Supply Division and the Oil Care Division.
        """)
    found = offices(extract(text))
    assert not any("Register" in name for name in found)
    switched_off = offices(extract(text, off={"bracketed_note"}))
    assert any("Register" in name for name in switched_off)


def test_bracketed_note_wrapped_onto_two_lines() -> None:
    """An editor's note wrapped onto two lines of one paragraph is a note as it is on one
    line; a paragraph with a bracketed aside and more words is none."""
    text = dedent("""\
        Glass Office

        The Glass Office keeps the glass of the lamps clean.

        (Ordinance No. O12-0006, Enacted 5/25/2021,
        Effective 5/25/2021)

        [Lamp Register Volume 6,
        Number 10]

        (See Wick Rule 12.) The Glass Office also
        keeps the oil of the lamps.
        """)
    kinds = {block.text.split()[0]: block.kind for block in classify(text)}
    assert kinds["(Ordinance"] == blocks.FOOTER
    assert kinds["[Lamp"] == blocks.FOOTER
    assert kinds["(See"] == blocks.PARAGRAPH
    with disabled({"bracketed_note"}):
        assert {b.kind for b in classify(text)} == {blocks.HEADING, blocks.PARAGRAPH}


def test_holder_over_title_a_given_name_the_page_writes_in_lower_case() -> None:
    """A given name may be a common word ("Rose Tolland" on a page that grows a rose, "Grant
    Vale" on one that pays a grant): only a surname the page writes in lower case keeps the
    heading a unit's ("Lamp Safety" where the page speaks of safety)."""

    def heading(line: str) -> blocks.Block:
        return blocks.Block(blocks.HEADING, 0, len(line), line, 3)

    def line(words: str) -> blocks.Block:
        return blocks.Block(blocks.PARAGRAPH, 0, len(words), words, 0)

    common = sections.lower_case_words("pays a grant to each keeper who grows a rose for safety")
    assert sections.holder_over_title(heading("Rose Tolland"), line("- Director"), common)
    assert sections.holder_over_title(heading("Grant Vale"), line("Director"), common)
    assert not sections.holder_over_title(heading("Lamp Safety"), line("- Director"), common)
    with disabled({"holder_over_title"}):
        assert not sections.holder_over_title(heading("Rose Tolland"), line("- Director"), common)


def test_bracketed_note_a_history_line_with_a_subsections_parentheses() -> None:
    """A law's history cites a subsection in its own parentheses ("§ 1(a)"): the line is
    still wholly in parentheses and an editor's note, not the page's title over its units."""
    text = dedent("""\
        Lamp Department Organization

        (Ord. 1997-17 § 1(a); Ord. 2004-3, Enacted 5/25/2021)

        The Lamp Department consists of the following divisions:

        1. Wick Supply Division
        2. Oil Care Division

        Glass Office

        The Glass Office keeps the glass of the lamps clean.

        (Ord. 1997-17 § 2(b); Ord. 2004-3)

        Oil Office

        The Oil Office keeps the oil.
        """)
    found = offices(extract(text))
    assert found["Glass Office"].parent == "Lamp Department"
    assert found["Oil Office"].parent == "Lamp Department"
    assert not any("Ord." in name for name in found)


def test_titled_holder_line_a_run_of_plain_holders_under_a_heading() -> None:
    """A unit led by two posts ("Director Mara Quill", then "Assistant Superintendent Tobin
    Vale") gives two holder lines under its heading and over its paragraph: both are the
    unit's text, and the unit keeps its heading."""
    text = dedent("""\
        # Lamp Board

        ## Wick Supply

        Director Mara Quill

        Assistant Superintendent Tobin Vale

        Wick Supply buys the wicks of the town and keeps them dry.

        ## Oil Stores

        Director Ada Penn

        Oil Stores keeps the oil of the lamps in its tanks.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Supply"].parent == "Lamp Board"
    assert found["Oil Stores"].parent == "Lamp Board"
    assert not any("Quill" in name or "Vale" in name or "Penn" in name for name in found)


def test_holder_over_title_a_common_word_the_title_repeats() -> None:
    """ "Fleet Garage" over "- Fleet Manager" on a page that speaks of its fleet: a heading
    word the page writes in lower case and the title under it repeats is a unit's field, not
    a holder's given name ("Rose Tolland" over "- Director" is still a holder's)."""
    text = dedent("""\
        # Lampwright Board

        The board keeps the town's lamps and carts.

        ## Fleet Garage

        - Fleet Manager

        Repairs the town's fleet of lamp carts.

        ## Oil Depot

        - Depot Supervisor

        Stores the oil for the town's lamps.
        """)
    assert "Fleet Garage" in offices(extract(text, markdown=True))
    common = sections.lower_case_words("keeps the fleet and grows a rose")
    heading = blocks.Block(blocks.HEADING, 0, 12, "Fleet Garage", 2)
    title = blocks.Block(blocks.PARAGRAPH, 0, 15, "- Fleet Manager", 0)
    assert not sections.holder_over_title(heading, title, common)
    rose = blocks.Block(blocks.HEADING, 0, 12, "Rose Tolland", 2)
    assert sections.holder_over_title(
        rose, blocks.Block(blocks.PARAGRAPH, 0, 10, "- Director", 0), common
    )


AGENCY_HEADING_PROSE = dedent("""\
    # Lamp Board directory listing

    * Lamp Board directory listing
      Hours: Monday to Friday

    ## Lamp Board

    The Lamp Board is the oldest board of the town and is led by the lamp warden.

    The Lamp Board's structure includes the Bureau of Wicks, Glass Care Administration,
    Oil Supply Administration and several offices.
    """)


def test_agency_heading_prose_the_agencys_heading_over_the_prose_naming_its_units() -> None:
    found = offices(extract(AGENCY_HEADING_PROSE, markdown=True))
    assert found["Bureau of Wicks"] == Placed("Lamp Board", "prose_unit", "default_root")
    assert found["Oil Supply Administration"] == Placed(
        "Lamp Board", "enumerated_units", "default_root"
    )
    with pytest.raises(NoStructureError):
        extract(
            AGENCY_HEADING_PROSE, markdown=True, off={"agency_heading_prose", "unit_names_in_text"}
        )


LISTED_THEN_NAMED_IN_FULL = dedent("""\
    # Lamp Works

    ## Lamp Works

    The Lamp Works program consists of three divisions: Wick Care, Glass Care and Oil Supply.
    The Wick Care Division trims the wicks of the town. The Oil Supply Division is charged
    with filling the lamps. The town's carts and the Soot Unit fall under the direction of
    the Oil Supply Division.
    """)


def test_topic_headings_prose_a_listed_name_with_a_unit_noun_added_is_the_listed_unit() -> None:
    # the listed unit by its listed name (``counted_part_named_in_full`` would name it in full)
    found = offices(
        extract(LISTED_THEN_NAMED_IN_FULL, markdown=True, off={"counted_part_named_in_full"})
    )
    assert found["Wick Care"] == Placed("Lamp Works", "enumerated_units", "enumerated_units")
    assert "Wick Care Division" not in found and "Oil Supply Division" not in found
    assert found["Soot Unit"] == Placed("Oil Supply", "prose_unit", "falls_under")
    off = offices(extract(LISTED_THEN_NAMED_IN_FULL, markdown=True, off={"topic_headings_prose"}))
    assert off["Wick Care Division"].found_by == "prose_unit"


WRAPPED_NUMBERED_TEXT = dedent("""\
    Lamp Code 12-3 - Wick Organization
    (1) The Lamp Board trims and lights the lamps of the town.
    The Lamp Board is headed by a
    Warden and two Deputy Wardens. Four Bureaus run the day to
    day work of the board.
    """)


def test_wrapped_line_a_line_ending_on_a_connector_runs_on_among_numbered_lines() -> None:
    def kinds() -> list[tuple[str, str]]:
        return [
            (b.kind.value, WRAPPED_NUMBERED_TEXT[b.start : b.end])
            for b in classify(WRAPPED_NUMBERED_TEXT)
        ]

    assert kinds()[2] == (
        "paragraph",
        "The Lamp Board is headed by a\nWarden and two Deputy Wardens. Four Bureaus run the day to"
        "\nday work of the board.",
    )
    with disabled({"wrapped_line"}):
        assert kinds()[2] == ("heading", "The Lamp Board is headed by a")


# A town's telephone page: each office's name as a short line ending in a colon, over its
# number.
COLON_NUMBERS = dedent("""\
    Lantern Town Numbers

    The offices of Lantern Town answer calls from eight to five on each weekday.

    Wick Repairs:

    555-0101

    Glass Polishing:

    555-0102

    Oil Supply:

    555-0103
    """)


def test_colon_heading_run_numbers() -> None:
    """Three colon lines with different names, each over its own block, are the headings
    of the page's units; off, each is a footer label and the page names none."""
    found = offices(extract(COLON_NUMBERS))
    assert found["Wick Repairs"].found_by == "section_heading"
    assert found["Oil Supply"].found_by == "section_heading"
    with pytest.raises(NoStructureError):
        extract(COLON_NUMBERS, off={"colon_heading_run"})


COLON_UNITS = dedent("""\
    Wick Directorate

    The units under this directorate include the following:

    Tassel Trimming Unit:

      • The unit trims the tassels of the wicks.

    Braid Stores Unit:

      • The unit keeps the braids.
    """)


def test_colon_heading_run_two_unit_nouns() -> None:
    """Two such lines suffice when both end in a unit noun."""
    kinds = [b.kind for b in classify(COLON_UNITS) if b.text.endswith("Unit:")]
    assert kinds == [blocks.HEADING, blocks.HEADING]
    with disabled({"colon_heading_run", "unit_colon_line"}):  # each alone reads them too
        kinds = [b.kind for b in classify(COLON_UNITS) if b.text.endswith("Unit:")]
    assert blocks.HEADING not in kinds


COLON_FIELDS = dedent("""\
    Lamp Notice

    Country:

    Lanternland

    Language:

    Wickish

    Programme Sectors:

      • Wick Care

    Support Sectors:

      • Glass Care

    Responsibilities:

      • trims wicks

    Responsibilities:

      • polishes glass
    """)


def test_colon_heading_run_not_fields_groups_or_repeats() -> None:
    """One-word field labels, plural group labels and a repeated label head no units."""
    assert colon_heading_run_found(COLON_FIELDS) == []


def colon_heading_run_found(text: str) -> list[str]:
    pieces = blocks.split_blocks(text, {})
    return [text[pieces[i][0] : pieces[i][1]] for i in blocks.colon_heading_run(text, pieces)]


UNIT_COLON_LIST = dedent("""\
    Lamp Safety Office

    Wick Secretariat

    Glass Division:

      • Department of Glass Cutting
      • Department of Glass Polishing

    Department of Oil Stores
    """)


def test_unit_colon_line_heads_its_list() -> None:
    """A lone "Glass Division:" line heads the list under it: its departments hang from it,
    not from a heading around it; off, the line is a footer label, no unit, and the list
    hangs elsewhere."""
    found = offices(extract(UNIT_COLON_LIST))
    assert found["Glass Division"].found_by == "section_heading"
    assert found["Department of Glass Cutting"].parent == "Glass Division"
    assert found["Department of Glass Polishing"].parent == "Glass Division"
    found = offices(extract(UNIT_COLON_LIST, off={"unit_colon_line"}))
    assert "Glass Division" not in found
    assert found["Department of Glass Cutting"].parent != "Glass Division"


UNIT_COLON_SECTION = dedent("""\
    The Lamp Care Division looks after the lamps of the town. There are two sections under \
    this division:

        1. Wick Trimming and Care Section
        2. Glass Section


        Wick Trimming and Care Section :

        The Wick Trimming and Care Section trims the wicks of every lamp in the town.

        This section is broken down into two units:

        • Braid Unit
        • Tassel Unit


        Glass Section

        The Glass Section polishes the glass.
    """)


def test_unit_colon_line_space_before_colon() -> None:
    """An indented "Name Section :" line over its paragraph heads the units listed after
    that paragraph's lead-in; off, they hang from the page's division."""
    found = offices(extract(UNIT_COLON_SECTION))
    assert found["Braid Unit"].parent == "Wick Trimming and Care Section"
    assert found["Tassel Unit"].parent == "Wick Trimming and Care Section"
    found = offices(extract(UNIT_COLON_SECTION, off={"unit_colon_line"}))
    assert found["Braid Unit"].parent == "Lamp Care Division"


def unit_colon_line_found(text: str) -> list[str]:
    pieces = blocks.split_blocks(text, {})
    return [text[pieces[i][0] : pieces[i][1]] for i in blocks.unit_colon_line(text, pieces)]


@pytest.mark.parametrize(
    "line",
    [
        "The Wick Division:",  # a sentence's subject over what it does
        "Head of Division:",  # a post's label over its holder
        "Director Glass Division:",  # a post again
        "Wick Offices:",  # a plural: a group of units
        "Lantern Services:",  # a plural noun not of lead-ins: a group too
        "Wick Trimming Schedule:",  # no unit noun: a topic
        "Units of the Glass Division:",  # a lead-in
        "Glass cutting division:",  # not a name in title case
        "Division:",  # one word: a field's label
    ],
)
def test_unit_colon_line_not_sentence_post_group_or_lead_in(line: str) -> None:
    """A line that opens like a sentence or a post's label, a plural, a lead-in, a line not in
    title case and a one-word label head nothing."""
    assert unit_colon_line_found(f"{line}\n\n  • Oil Cans\n  • Oil Drums\n") == []


def test_unit_colon_line_not_over_colon_line_or_last() -> None:
    """A line over another short colon line (a field's label, another unit's line, however
    long), or the page's last line, heads nothing; a lead-in paragraph under it is no such
    line."""
    assert unit_colon_line_found("Glass Division:\n\nAddress:\n\n1 Lamp Street\n") == []
    unit = "Glass Division:\n\nLamp, Wick and Glass Care Section:\n\n  • Oil Cans\n"
    assert unit_colon_line_found(unit) == ["Lamp, Wick and Glass Care Section:"]
    lead_in = "Glass Division:\n\nThe division has two sections:\n\n  • Oil Cans\n"
    assert unit_colon_line_found(lead_in) == ["Glass Division:"]
    assert unit_colon_line_found("Lamp notes.\n\nGlass Division:\n") == []
    assert unit_colon_line_found("Glass Division:\n\n  • Oil Cans\n") == ["Glass Division:"]


@pytest.mark.parametrize(
    "line",
    [
        "Chief, Glass Division:",  # a post's word with its comma
        "Deputy Head Glass Section:",  # a post's words before the unit
        "Requesting Office:",  # a form's field: the unit is its value
        "Responsible Division:",
        "Reporting Unit:",
        "Issuing Office:",
        "Your Local Office:",  # the reader's
        "Each Glass Section:",
        "Contact the Glass Division:",  # a verb and its object
        "Join the Glass Division:",
        "Visit Glass Division:",
        "Name of Office:",  # what is said of a unit, before "of" or "for"
        "Mission of the Glass Division:",
        "Functions of the Glass Division:",
        "Staff of the Glass Division:",
        "Address for the Glass Division:",
        "Sections of the Glass Division:",  # a group of its parts
        "Wick Staff:",  # a unit's people
    ],
)
def test_unit_colon_line_not_post_field_topic_or_people(line: str) -> None:
    """A post's label, a form's field, the reader's office, a verb and its object, what is
    said of a unit and a unit's people head nothing."""
    assert unit_colon_line_found(f"{line}\n\n  • Oil Cans\n  • Oil Drums\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Énergie Division:",  # an accented capital
        "Glass Corps:",  # a unit noun in "s", singular
        "Lamp Warden's Office:",  # a post's office is a unit
        "Wick Braiding Unit:",
        "Office of Lamp Care Section:",  # a unit noun before "of"
        "Lamp, Wick and Glass Section :",
    ],
)
def test_unit_colon_line_names_a_unit(line: str) -> None:
    """A unit's name in any alphabet, "Corps", a post's office and a unit noun before "of"
    are read."""
    assert unit_colon_line_found(f"{line}\n\n  • Oil Cans\n  • Oil Drums\n") == [line]


UNIT_COLON_FIELD = dedent("""\
    Lamp Works Bureau

    The bureau keeps the lamps of the town lit.

    Requesting Office:

    Glass Division

    The form goes to the wick desk.
    """)


def test_unit_colon_line_not_a_form_field() -> None:
    """A form's "Requesting Office:" or "Responsible Division:" over its value is the
    field's label: no unit, and the unit it names stays under the bureau."""
    for label in ("Requesting Office:", "Responsible Division:"):
        found = offices(extract(UNIT_COLON_FIELD.replace("Requesting Office:", label)))
        assert label[:-1] not in found
        assert found["Glass Division"].parent == "Lamp Works Bureau"


UNIT_COLON_PEOPLE = dedent("""\
    Lamp Works Bureau

    The bureau keeps the lamps of the town lit.

    Staff of the Glass Division:

      • Jane Pane
      • John Glaze

    The bureau opens at dusk.
    """)


def test_unit_colon_line_not_a_units_people_or_post() -> None:
    """ "Staff of the Glass Division:" or "Chief, Glass Division:" over a list of people
    heads no unit: the people are none."""
    for label in ("Staff of the Glass Division:", "Chief, Glass Division:"):
        found = offices(extract(UNIT_COLON_PEOPLE.replace("Staff of the Glass Division:", label)))
        assert "Jane Pane" not in found
        assert "John Glaze" not in found
        assert found["Lamp Works Bureau"].parent is None


UNIT_COLON_LEAD_IN = dedent("""\
    Lamp Works Bureau

    The bureau keeps the lamps of the town lit.

    Glass Division:

    The division has two sections:

      • Cutting Section
      • Polishing Section
    """)


def test_unit_colon_line_over_a_lead_in() -> None:
    """A lead-in paragraph ending in a colon under the line does not stop it: the sections
    it lists hang from the division; off, from the bureau."""
    found = offices(extract(UNIT_COLON_LEAD_IN))
    assert found["Glass Division"].parent == "Lamp Works Bureau"
    assert found["Cutting Section"].parent == "Glass Division"
    assert found["Polishing Section"].parent == "Glass Division"
    found = offices(extract(UNIT_COLON_LEAD_IN, off={"unit_colon_line"}))
    assert found["Cutting Section"].parent == "Lamp Works Bureau"


@pytest.mark.xfail(
    strict=True,
    reason="a unit whose name ends in a plural noun ('Lantern Services:' over its list) is read"
    " as a group's label, as 'Wick Offices:' is: one such line alone does not say which",
)
def test_unit_colon_line_plural_worded_unit() -> None:
    found = offices(extract(UNIT_COLON_LIST.replace("Glass Division:", "Glass Services:")))
    assert found["Department of Glass Cutting"].parent == "Glass Services"


def test_unit_colon_line_not_marked_item_or_heading() -> None:
    """A line the markup made a list item or a heading keeps the markup's kind."""
    text = "Glass Division:\n\nOil Cans\n"
    for kind in (blocks.LIST_ITEM, blocks.HEADING):
        pieces = blocks.split_blocks(text, {0: Hint(kind, 1)})
        assert blocks.unit_colon_line(text, pieces) == frozenset()


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


# A leadership page that sets each holder's name over the holder's post, the post a heading
# followed by the next heading: the post is the holder's caption, not a group over the next
# unit ("Ember Yard") and its own holder.
HOLDER_CAPTIONS = dedent("""\
    Bureau of Lantern Safety Leaders

    Office of Wick Standards

    Tilda Moe

    Director

    Ivo Hale - Deputy Wick Director

    The Office of Wick Standards sets the standards of wicks.

    Ember Yard

    Ana Roe

    Manager

    The Ember Yard keeps the embers of the town.
    """)


def test_post_under_holder_a_post_caption_opens_no_group() -> None:
    found = offices(extract(HOLDER_CAPTIONS))
    top = "Bureau of Lantern Safety Leaders"
    assert found["Ember Yard"] == Placed(top, "section_heading", "default_root")
    assert found["Manager"].parent == top
    switched_off = offices(extract(HOLDER_CAPTIONS, off={"post_under_holder"}))
    assert switched_off["Ember Yard"] == Placed("Director", "section_heading", "heading_nesting")


def test_post_under_holder_only_a_post_right_under_a_name() -> None:
    """A post's title of linking words ("Chief Steward to the Lamp Warden") under a name is a
    caption; a heading that opens with a verb ("Reporting to the Lamp Warden") heads those
    who report, and a post under a unit's name ("Oil Works") is that unit's head."""

    def block(kind: str, text: str) -> blocks.Block:
        return blocks.Block(kind, 0, len(text), text, 0)  # type: ignore[arg-type]

    name = block(blocks.PARAGRAPH, "Ana Roe")
    caption = block(blocks.HEADING, "Chief Steward to the Lamp Warden")
    assert sections.post_under_holder(name, caption)
    assert not sections.post_under_holder(
        name, block(blocks.HEADING, "Reporting to the Lamp Warden")
    )
    assert not sections.post_under_holder(block(blocks.HEADING, "Oil Works"), caption)
    with disabled({"post_under_holder"}):
        assert not sections.post_under_holder(name, caption)


def test_post_under_holder_a_post_after_a_word_in_ing() -> None:
    """A word in "-ing" right before a post's word qualifies the post ("Acting Director",
    "Managing Director"): still the holder's caption, no group over the next unit; a heading
    whose "-ing" word is a verb ("Reporting to the Lamp Warden") is none."""
    text = HOLDER_CAPTIONS.replace("\nDirector\n", "\nActing Director\n").replace(
        "\nManager\n", "\nManaging Director\n"
    )
    found = offices(extract(text))
    top = "Bureau of Lantern Safety Leaders"
    assert found["Ember Yard"] == Placed(top, "section_heading", "default_root")
    off = offices(extract(text, off={"post_under_holder"}))
    assert off["Ember Yard"].parent == "Acting Director"
    name = blocks.Block(blocks.PARAGRAPH, 0, 7, "Ana Roe", 0)  # type: ignore[arg-type]
    verb = blocks.Block(blocks.HEADING, 0, 27, "Reporting to the Lamp Warden", 0)  # type: ignore[arg-type]
    assert not sections.post_under_holder(name, verb)


SEARCH_MENU = (
    "Lantern Service HomeAbout UsNewsContact Us\nSearch\nBrowse by Topic\nLamp Safety\n"
    "Wick Permits\nOil Rebate Program\nAbout the Service\nOffices of the Service\n\n"
    "The Lantern Service keeps the lamps lit through two offices.\n\n"
    "Office of Wick Standards\nThe office sets standards for wicks.\n\n"
    "Office of Lamp Inspection\nThe office inspects lamps.\n"
)


def test_search_menu_lines_after_a_search_label_are_no_units() -> None:
    """The bare lines after a search box's label, above the page's first text, are the
    site's menu: its topics and programs are no units; switched off, they are."""
    found = set(names(extract(SEARCH_MENU)))
    assert {"Office of Wick Standards", "Office of Lamp Inspection"} <= found
    assert not found & {"Lamp Safety", "Wick Permits", "Oil Rebate Program"}
    off = set(names(extract(SEARCH_MENU, off={"search_menu"})))
    assert {"Lamp Safety", "Wick Permits", "Oil Rebate Program"} & off


def test_search_menu_needs_a_search_label() -> None:
    """Without a search box's label the same bare lines are read as before: the rule keys on
    the label, not on a run of bare lines."""
    text = SEARCH_MENU.replace("\nSearch\n", "\n")
    assert names(extract(text)) == names(extract(text, off={"search_menu"}))
    assert "Lamp Safety" in names(extract(text))


def test_search_menu_after_the_text_begins_is_no_menu() -> None:
    """A "Search" line after the page's text has begun is no banner's: the lines after it
    stay."""
    blocks_in = classify(
        "Bureau of Lantern Safety\n\nThe bureau keeps the lamps lit.\n\nSearch\n\n"
        "Lamp Safety\n\nWick Permits\n\nOil Rebate Program\n\nOffice of Wicks\n\nIt sets wicks.\n"
    )
    assert sections.search_menu(blocks_in) == blocks_in


def test_lone_marker_a_marker_alone_on_its_line_opens_the_item_below() -> None:
    """ "(a)" on a line of its own, the name on the next: the item is the name's."""
    text = dedent("""\
        Lamp Department Organization

        The Department's divisions and their duties are as follows:
        (a)
        Wick Trimming. This division trims the wicks of every lamp.
        (b)
        Glass Polishing. This division polishes the glass of every lamp.
        """)

    def items() -> list[str]:
        return [text[b.start : b.end] for b in classify(text) if b.kind.value == "list_item"]

    assert [item.split(".")[0] for item in items()] == ["Wick Trimming", "Glass Polishing"]
    with disabled({"lone_marker"}):
        assert items() == []


LONE_DASHES = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps of the town lit.

    Departments
    -
    The Department of Wick Supply
    The Department of Wick Supply buys and stores the wicks of every lamp.
    -
    Glass Polishing Office
    The office polishes the glass of every lantern in the town.
    -
    The Oil Stores Unit
    The Oil Stores Unit keeps the lamp oil dry and safe.
    """)


def test_lone_bullet_a_dash_alone_opens_the_item_below() -> None:
    """ "-" on a line of its own before each unit's name, no blank lines: each name is a unit
    of its own, the sentence after it its text."""
    found = offices(extract(LONE_DASHES))
    assert found["Glass Polishing Office"] == Placed(
        "Bureau of Lantern Safety", "section_heading", "default_root"
    )
    assert found["Department of Wick Supply"].found_by == "section_heading"
    assert found["Oil Stores Unit"].found_by == "section_heading"
    off = offices(extract(LONE_DASHES, off={"lone_bullet"}))
    assert off["Glass Polishing Office"].found_by != "section_heading"


def test_lone_bullet_one_dash_alone_is_no_list() -> None:
    """A single dash alone (a stray line at the foot of a page) opens no item."""
    text = dedent("""\
        Lamp Works

        The works keep the lamps of the town lit.
        -
        Glass Polishing Office
        """)
    assert not [b for b in classify(text) if b.kind.value == "list_item"]


def test_lone_bullet_beside_bullets_with_text_is_left() -> None:
    """A menu's "- Home" lines in the same run: the dashes alone are read as before."""
    text = dedent("""\
        - Home
        - Departments
        -
        Glass Polishing Office
        -
        Wick Supply Office
        """)
    with_rule = [text[b.start : b.end] for b in classify(text)]
    with disabled({"lone_bullet"}):
        assert [text[b.start : b.end] for b in classify(text)] == with_rule


def test_lone_marker_a_marker_in_a_block_of_its_own() -> None:
    """ "1." then a blank line then "Wick Unit": a table's cells copied one per line."""
    text = dedent("""\
        Lamp Directorate

        The units of the directorate are listed below.

        1.

        Wick Unit

        2.

        Glass Unit
        """)

    def items() -> list[str]:
        return [text[b.start : b.end] for b in classify(text) if b.kind.value == "list_item"]

    assert items() == ["Wick Unit", "Glass Unit"]
    with disabled({"lone_marker"}):
        assert items() == []


# A table set as plain text: each row closed by a bar, a header of short cells over the rows.
BARRED_TABLE = dedent("""\
    Lamp Municipality

    Units | Duties |
    Wick Store | Trims and stores the wicks |
    Oil Depot | Keeps the lamp oil |
    Glass Works | Mends the panes |
    """)


def test_barred_rows_reads_each_row_of_a_table_closed_by_bars() -> None:
    """Rows closed by " |" are a table's: each row a list item under its header row, whose
    "Units" column names the units; with the rule off the rows are one paragraph."""
    kinds = [(b.kind, b.text) for b in classify(BARRED_TABLE)]
    assert ("paragraph", "Units | Duties") in kinds
    assert ("list_item", "Wick Store | Trims and stores the wicks") in kinds
    found = offices(extract(BARRED_TABLE))
    assert found["Wick Store"] == Placed("Lamp Municipality", "table_unit_column", "inside_section")
    assert "Glass Works" in found
    with disabled({"barred_rows"}):
        assert ("list_item", "Wick Store | Trims and stores the wicks") not in [
            (b.kind, b.text) for b in classify(BARRED_TABLE)
        ]
    with pytest.raises(NoStructureError):
        extract(BARRED_TABLE, off={"barred_rows"})


def test_barred_rows_a_row_with_one_filled_cell_heads_the_rows_after_it() -> None:
    """ "OFFICERS | |" inside a table of posts heads the rows after it; its empty cells and
    the rows' closing bars are no part of any block."""
    text = dedent("""\
        Lamp Board
        Warden | Ada Quill |
        Deputy Warden | Tom Flint |
        OFFICERS | |
        Chief Wick Officer | Mara Ember |
        """)
    kinds = [(b.kind, b.text) for b in classify(text)]
    assert ("heading", "OFFICERS") in kinds
    assert ("list_item", "Chief Wick Officer | Mara Ember") in kinds


def test_barred_rows_not_a_single_barred_line() -> None:
    """One line closed by a bar among prose is no table: the run is read as before."""
    text = "Lamp Board |\nThe board keeps the lamps lit and the wicks trimmed.\n"
    assert barred_rows(text, 0, len(text) - 1) is None


@pytest.mark.xfail(
    strict=True,
    reason="a number or a capital letter and a dash at a line's start ('1- Wick Office', "
    "'A- Directorate of Oil', 'B – Glass Section') is not read as an outline marker, so the "
    "lines stay prose; a dash_marker rule (tried) helped two development pages, both of "
    "batch 20 (bh_ministry_of_cabinet_affairs_decree_55_2022, "
    "sd_cabinet_general_administration_council_works), so it was left",
)
def test_dash_marker_number_or_letter_and_dash_opens_an_item() -> None:
    text = dedent("""\
        Bureau of Lantern Safety

        The bureau is made up of the following directorates:
        1- Directorate of Wick Supply.
        2- Directorate of Glass Repair.
        3- Directorate of Oil Stores.
        """)
    items = [b for b in classify(text) if b.kind.value == "list_item"]
    assert len(items) == 3


DESCRIBED_ITEMS = dedent("""\
    Lamp Works Authority

    The authority has these offices:

    - Wick Supply Office
    The Wick Supply Office buys wicks and keeps the Braid Unit.
    - Glass Repair Office
    The Glass Repair Office mends glass and keeps the Pane Unit.
    """)


def test_described_item_heading_each_item_over_its_own_paragraph() -> None:
    """List items each followed by a paragraph that names them are headings over those
    paragraphs, so each unit is a section of its own; switched off, they are a list's items
    and the paragraphs prose under the page."""
    found = offices(extract(DESCRIBED_ITEMS))
    for name in ("Wick Supply Office", "Glass Repair Office"):
        assert found[name][:2] == ("Lamp Works Authority", "section_heading"), name
    off = offices(extract(DESCRIBED_ITEMS, off={"described_item_heading"}))
    assert off["Wick Supply Office"].found_by == "listed_after_lead_in"


@pytest.mark.xfail(
    strict=True,
    reason="after a lead-in that names units, the whole run of items becomes headings when "
    "the paragraph after it describes its last item; an item with no text of its own is then "
    "a heading right over the next one and reads as its group, so the described unit goes "
    "under its undescribed peer",
)
def test_described_item_heading_an_undescribed_item_is_a_peer_not_a_group() -> None:
    text = dedent("""\
        Lamp Works Authority

        The authority has these offices:

        - Wick Supply Office
        - Glass Repair Office

        The Glass Repair Office mends broken lamp glass.
        """)
    found = offices(extract(text))
    assert found["Glass Repair Office"].parent == "Lamp Works Authority"


def _kinds(
    text: str, hints: dict[int, Hint] | None = None, off: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Each block's text with its kind, read with the rules ``off`` switched off."""
    with disabled(off):
        return {b.text: b.kind.value for b in classify(text, hints)}


LINK_LINE_PAGE = dedent("""\
    Lamp Works Bureau

    The bureau keeps the lamps of the town lit.

    Wick Supply Office

    The office buys wicks.

    Learn More About Wick Office

    Call 555-010-2000

    Glass Repair Office

    The office mends lantern glass.
    """)


def test_contact_line_noise_a_link_line_names_no_unit() -> None:
    """A "Learn more" link line and a telephone line are page furniture, not headings: no
    unit is named by the link; switched off, the link line is a heading and heads a unit."""
    kinds = _kinds(LINK_LINE_PAGE)
    assert kinds["Learn More About Wick Office"] == kinds["Call 555-010-2000"] == "footer"
    assert "Learn More About Wick Office" not in offices(extract(LINK_LINE_PAGE))
    off = _kinds(LINK_LINE_PAGE, off=frozenset({"contact_line_noise"}))
    assert off["Learn More About Wick Office"] == "heading"
    assert off["Call 555-010-2000"] != "footer"
    found = offices(extract(LINK_LINE_PAGE, off={"contact_line_noise"}))
    assert found["Learn More About Wick Office"].found_by == "section_heading"


BARE_LIST_PAGE = dedent("""\
    Lamp Works Bureau

    The bureau keeps the lamps of the town lit. Its offices are:

    Wick Office

    Glass Office

    Oil Office
    """)


def test_lead_in_bare_list_short_lines_after_a_colon_are_items() -> None:
    """Short lines without bullets after a paragraph ending in a colon are the items of the
    list it opens; switched off, each is read on its own (a heading line)."""
    assert _kinds(BARE_LIST_PAGE)["Oil Office"] == "list_item"
    found = offices(extract(BARE_LIST_PAGE))
    assert found["Oil Office"] == Placed(
        "Lamp Works Bureau", "listed_after_lead_in", "inside_section"
    )
    assert _kinds(BARE_LIST_PAGE, off=frozenset({"lead_in_bare_list"}))["Oil Office"] == "heading"
    off = offices(extract(BARE_LIST_PAGE, off={"lead_in_bare_list"}))
    assert off["Oil Office"].found_by == "section_heading"


def test_colon_field_label_a_short_colon_line_is_a_field_not_content() -> None:
    """A short "Word:" line alone is a field's label, page furniture, in plain text and as a
    heading the markup sets; switched off, the plain line is a paragraph and the markup's
    heading a heading."""
    text = dedent("""\
        Lamp Works Bureau

        The bureau keeps the lamps of the town lit.

        Opening Hours:

        The office is open at dusk.
        """)
    assert _kinds(text)["Opening Hours:"] == "footer"
    assert _kinds(text, off=frozenset({"colon_field_label"}))["Opening Hours:"] == "paragraph"
    page = render_markdown("# Lamp Works Bureau\n\n## Follow Us:\n\nThe bureau keeps lamps.\n")
    assert _kinds(page.text, page.hints)["Follow Us:"] == "footer"
    off = _kinds(page.text, page.hints, frozenset({"colon_field_label"}))
    assert off["Follow Us:"] == "heading"


def test_colon_field_label_a_units_colon_line_is_read_by_unit_colon_line() -> None:
    """A line alone that names one unit ("Glass Office:" over what it does) is read by
    ``unit_colon_line`` before ``colon_field_label``: a heading; with that rule off, the
    field label's footer; a form's field ("Requesting Office:") stays a footer."""
    text = dedent("""\
        Lamp Works Bureau

        The bureau keeps the lamps of the town lit.

        Glass Office:

        The office mends lantern glass.
        """)
    assert _kinds(text)["Glass Office:"] == "heading"
    assert _kinds(text, off=frozenset({"unit_colon_line"}))["Glass Office:"] == "footer"
    field = text.replace("Glass Office:", "Requesting Office:")
    assert _kinds(field)["Requesting Office:"] == "footer"


BOLD_LINE_HTML = (
    "<html><body><h1>Lamp Works Bureau</h1><p>The bureau keeps the lamps lit.</p>"
    "<p><strong>Office of Wick Supply.</strong></p><p>The office buys wicks.</p></body></html>"
)
BOLD_LINE_MARKDOWN = dedent("""\
    # Lamp Works Bureau

    The bureau keeps the lamps lit.

    **Office of Wick Supply.**

    The office buys wicks.
    """)


def _found_by(result: PageExtraction, name: str) -> str:
    """The rule that found the office named ``name`` (a closing period aside)."""
    found = {n.rstrip("."): placed for n, placed in offices(result).items()}
    return found[name].found_by


@pytest.mark.parametrize("markdown", [False, True])
def test_bold_line_heading_a_paragraph_wholly_in_bold_heads_a_section(markdown: bool) -> None:
    """A paragraph set wholly in bold (HTML or Markdown) is a minor heading (level 7), even
    closed by a period, and heads its unit's section; switched off, it is a paragraph and
    its unit only one named in prose."""
    page = BOLD_LINE_MARKDOWN if markdown else BOLD_LINE_HTML
    render = render_markdown if markdown else render_html
    rendered = render(page)
    bold = rendered.text.index("Office of Wick Supply.")
    assert rendered.hints[bold] == (blocks.HEADING, 7, 0)
    kinds = {"markdown": markdown, "html": not markdown}
    assert _found_by(extract(page, **kinds), "Office of Wick Supply") == "section_heading"
    with disabled({"bold_line_heading"}):
        assert render(page).hints[bold].kind == blocks.PARAGRAPH
    off = extract(page, off={"bold_line_heading"}, **kinds)
    assert _found_by(off, "Office of Wick Supply") == "prose_unit"


DATA_TABLE_HTML = (
    "<html><body><h1>Lamp Works Bureau</h1><p>The bureau keeps the lamps lit.</p>"
    "<table><tr><th>Office</th><th>Room</th></tr><tr><td>Wick Office</td><td>Room 2</td></tr>"
    "<tr><td>Glass Office</td><td>Room 3</td></tr></table></body></html>"
)
DATA_TABLE_MARKDOWN = dedent("""\
    # Lamp Works Bureau

    The bureau keeps the lamps lit.

    | Office | Room |
    | --- | --- |
    | Wick Office | Room 2 |
    | Glass Office | Room 3 |
    """)


@pytest.mark.parametrize("markdown", [False, True])
def test_data_table_rows_each_row_an_item_under_its_header(markdown: bool) -> None:
    """A data table is read row by row (HTML or Markdown): the header row a paragraph
    leading into the rows, each other row a list item whose first cell names a unit;
    switched off, every cell is a paragraph of its own and the header's cells are read as
    headings."""
    page = DATA_TABLE_MARKDOWN if markdown else DATA_TABLE_HTML
    render = render_markdown if markdown else render_html
    rendered = render(page)
    header, row = rendered.text.index("Office | Room"), rendered.text.index("Wick Office | ")
    assert rendered.hints[header].kind == blocks.PARAGRAPH
    assert rendered.hints[row] == (blocks.LIST_ITEM, 1, 0)
    kinds = {"markdown": markdown, "html": not markdown}
    found = offices(extract(page, **kinds))
    assert found["Wick Office"].found_by == "table_unit_column"
    assert "Office" not in found
    with disabled({"data_table_rows"}):
        assert "\n\nWick Office\n\nRoom 2\n\n" in render(page).text
    off = offices(extract(page, off={"data_table_rows"}, **kinds))
    assert off["Wick Office"].found_by == "section_heading"
    assert "Office" in off


GLUED_FORMS_DIRECTORY = dedent("""\
    Lamp Safety Trust

    OFFICIALS
    Lamp CounselQ. Jane Doe
    Lamp WardenMary Ann Poe
    Wick Supply OfficeVacant
    Director, U.S. Oil StorageAna Farías, Acting
    Director, FinanceOmar Loe
    Glass Care Bureau(vacancy)
    Deputy Oil CounselIvo Hale, Designated by the Board
    """)


def test_glued_holder_forms_further_holders_are_cut_from_the_title() -> None:
    found = offices(extract(GLUED_FORMS_DIRECTORY))
    assert {
        "Lamp Counsel",
        "Lamp Warden",
        "Wick Supply Office",
        "U.S. Oil Storage",
        "Glass Care Bureau",
        "Deputy Oil Counsel",
    } <= set(found)
    assert not any(
        person in name for name in found for person in ("Doe", "Poe", "Vacant", "Farías", "Hale")
    )
    assert found["Deputy Oil Counsel"].parent == "Lamp Safety Trust"
    off = offices(extract(GLUED_FORMS_DIRECTORY, off={"glued_holder_forms"}))
    assert "Deputy Oil CounselIvo Hale, Designated by the Board" in off
    assert "Wick Supply Office" not in off


def test_glued_holder_forms_the_unit_after_a_post_ends_at_the_holder() -> None:
    """ "Director, FinanceOmar Loe": the unit the post names is read up to the holder, though
    "Finance" alone is one word before a plain name."""
    found = offices(extract(GLUED_FORMS_DIRECTORY))
    assert "Finance" in found
    off = offices(extract(GLUED_FORMS_DIRECTORY, off={"glued_holder_forms"}))
    assert "FinanceOmar Loe" in off
    lines_off = offices(extract(GLUED_FORMS_DIRECTORY, off={"glued_holder_line"}))
    assert "Finance" not in lines_off  # the cut belongs to both rules


def test_glued_holder_forms_reads_the_holders_forms() -> None:
    line = sections.titled_holder_line
    assert line("Lamp CounselQ. Jane Doe") == len("Lamp Counsel")
    assert line("Lamp WardenMary Ann Poe") == len("Lamp Warden")
    assert line("Wick ChiefAna Farías") == len("Wick Chief")
    assert line("Glass CareVacant") == len("Glass Care")
    assert line("Oil Storage(vacancy)") == len("Oil Storage")
    assert line("Lamp CounselJane Doe, Designated by the Board") == len("Lamp Counsel")
    assert line("Director, U.S. Lamp OfficeJane Doe") == len("Director, U.S. Lamp Office")
    with disabled({"glued_holder_forms"}):
        assert line("Lamp WardenMary Ann Poe") is None
        assert line("Glass CareVacant") is None
        assert line("Director, U.S. Lamp OfficeJane Doe") is None


def test_glued_holder_forms_one_word_title_needs_an_initial() -> None:
    """A one-word title is read before a name with an initial, not before capitalized words
    alone, two or three: a brand's inner capital ("MasterCard Gift Cards")."""
    line = sections.titled_holder_line
    assert line("FinanceJane Q. Doe") == len("Finance")
    assert line("FinanceQ. Jane Doe") == len("Finance")
    assert line("FinanceJane Doe") is None
    assert line("FinanceMary Ann Poe") is None
    assert line("PowerPoint Slides") is None
    assert line("PowerPoint Slide Templates") is None
    assert line("MasterCard Gift Cards") is None


def test_glued_holder_forms_guards_a_sentence_and_unit_words() -> None:
    """Only an initialism's full stops are allowed in the title; a name of unit words or
    a closing clause of them is no holder."""
    line = sections.titled_holder_line
    assert line("See the Lamp Office. Wick CareJane Doe") is None
    assert line("Wick ServicesLamp Oil Boards") is None
    assert line("Wick ServicesLamp Oil Boards, Designated by the Board") is None


BARE_UNIT_HEADING = dedent("""\
    # Lamp Department

    ## Kind of body

    ## Primary Lamp Agency

    ## History

    The Lamp Department was set up in 1965. At its founding, the department was organized \
    into four branches: Wick Care; Oil Supply; Glass Repair; and Soot Removal.
    """)
BRANCHES = ["Wick Care", "Oil Supply", "Glass Repair", "Soot Removal"]


def test_bare_unit_heading_leaves_the_pages_prose_read() -> None:
    """A heading worded as a unit with nothing under it (a record's value, "Primary Lamp
    Agency" after the heading "Kind of body") does not make the page one whose units have
    headings: the branches its history enumerates are the department's parts; switched off,
    the one bare heading keeps the prose from being read."""
    found = offices(extract(BARE_UNIT_HEADING, markdown=True))
    for branch in BRANCHES:
        assert found[branch] == Placed("Lamp Department", "enumerated_units", "enumerated_units")
    off = offices(extract(BARE_UNIT_HEADING, off={"bare_unit_heading"}, markdown=True))
    assert not set(BRANCHES) & set(off)


@pytest.mark.xfail(
    strict=True,
    reason="a record's value set as a heading ('Primary Lamp Agency' after 'Kind of body') is "
    "still read as a unit: bare_unit_heading only keeps the page's prose read, it drops no "
    "heading",
)
def test_bare_unit_heading_a_records_value_is_no_unit() -> None:
    found = offices(extract(BARE_UNIT_HEADING, markdown=True))
    assert "Primary Lamp Agency" not in found


BARE_UNIT_HEADING_RUN = dedent("""\
    # Lamp Department

    The Lamp Department works with the Glass Guild Office to keep the lamps of the town lit. \
    Residents may also contact the Oil Supply Bureau.

    ## Wick Office

    ## Oil Office

    ## Glass Office
    """)


@pytest.mark.xfail(
    strict=True,
    reason="bare headings in a row read as units laid out as headings, not captions left "
    "alone (two or more of the run worded as units), was tried and cost a development page; "
    "the partners this page's prose names are read as its units",
)
def test_bare_unit_heading_not_a_run_of_unit_headings() -> None:
    """Bare headings in a row, two or more worded as units ("Wick Office", "Oil Office",
    "Glass Office"), are units laid out as headings, not a caption left alone: the page's
    units have headings, and the partners its prose names ("Glass Guild Office", "Oil
    Supply Bureau") are no units."""
    found = offices(extract(BARE_UNIT_HEADING_RUN, markdown=True))
    assert {"Wick Office", "Oil Office", "Glass Office"} <= set(found)
    assert not {"Glass Guild Office", "Oil Supply Bureau"} & set(found)


def test_bare_unit_heading_with_its_acronym_is_bare() -> None:
    """The acronym a bare heading gives its unit ("Primary Lamp Agency (PLA)") is no word of
    its own: the heading still heads nothing."""
    text = BARE_UNIT_HEADING.replace("Primary Lamp Agency", "Primary Lamp Agency (PLA)")
    found = offices(extract(text, markdown=True))
    assert set(BRANCHES) <= set(found)


def test_bare_unit_heading_not_one_with_text_under_it() -> None:
    """A unit's heading with text under it heads its section: the page's units have
    headings, and the prose outside them is read as before."""
    text = BARE_UNIT_HEADING.replace(
        "## Primary Lamp Agency\n", "## Primary Lamp Agency\n\nIt keeps the lamps of the town.\n"
    )
    found = offices(extract(text, markdown=True))
    assert not set(BRANCHES) & set(found)


def test_bare_unit_heading_not_one_over_a_nested_heading() -> None:
    """A unit's heading over a heading nested in it ("Duties") heads that section."""
    text = BARE_UNIT_HEADING.replace(
        "## Primary Lamp Agency\n",
        "## Primary Lamp Agency\n\n### Duties\n\nThe agency keeps the lamps of the town.\n",
    )
    found = offices(extract(text, markdown=True))
    assert not set(BRANCHES) & set(found)


def test_bare_unit_heading_not_one_that_describes_its_unit() -> None:
    """A heading that goes on past the unit's name to say what it does ("Office of Wick
    Records (OWR) provides ledgers ...": a paragraph set as a heading) is the unit's own
    description, not a bare caption: the page keeps its unit headings."""
    text = BARE_UNIT_HEADING.replace("## Kind of body\n\n## Primary Lamp Agency\n\n", "") + (
        "\n## Office of Wick Records (OWR) provides ledgers, seals, and stamps to the keepers.\n"
    )
    found = offices(extract(text, markdown=True))
    assert "Office of Wick Records" in found
    assert not set(BRANCHES) & set(found)


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


LINK_BAR_RUN = dedent("""\
    Lamp Service of Oiltown

    The Lamp Service keeps the lamps lit.

    LAMP SUPPORT
    1.1 WICK OFFICE
    Purpose: To trim the wicks.
    1.2 OIL STORE
    Purpose: To keep the oil.
    1.3 GLASS WORKS
    Purpose: To mend the glass.
    | Home | Lamps | Wicks | Oil | Glass | Contact Us
    """)


def test_long_line_among_lines_a_link_bar_ends_a_list() -> None:
    """A link bar longer than a short item ("| Home | Lamps | ... | Contact Us") under lines
    that each stand alone is one more block, not the last line of one paragraph: the names
    above it are read, and the bar is no unit. Switched off, the run is one paragraph and
    the page has no unit."""
    found = offices(extract(LINK_BAR_RUN))
    assert {"Wick Office", "Oil Store", "Glass Works"} <= set(found)
    assert not any("Home" in name or "Contact" in name for name in found)
    with pytest.raises(NoStructureError):
        extract(LINK_BAR_RUN, off={"long_line_among_lines"})


LONG_NAME_RUN = dedent("""\
    Lamp Service of Oiltown

    The Lamp Service keeps the lamps lit.

    Our offices
    Wick Office
    Oil Store
    Joint Secretariat for Lamp Trimming and Wick Supply of the Oil and Glass Board
    Glass Works
    """)
ROOT_OILTOWN = "Lamp Service of Oiltown"
LONG_NAME = "Joint Secretariat for Lamp Trimming and Wick Supply of the Oil and Glass Board"


def test_long_line_among_lines_a_long_name_among_short_ones() -> None:
    """A name of fifteen words in title case among short names one to a line is one more
    name of the list; switched off, the long line made the run one paragraph."""
    found = offices(extract(LONG_NAME_RUN))
    assert {"Wick Office", "Oil Store", LONG_NAME} <= set(found)
    assert found[LONG_NAME].parent == ROOT_OILTOWN
    off = offices(extract(LONG_NAME_RUN, off={"long_line_among_lines"}))
    assert LONG_NAME not in off
    assert "Oil Store" not in off


def _blocks_of(run: str, off: Iterable[str] = ()) -> list[str]:
    with disabled(off):
        return [run[a:b] for a, b, _, _ in blocks.line_items(run, 0, len(run))]


def _unchanged(run: str) -> bool:
    """Whether the run's blocks are the same with the rule switched off."""
    return _blocks_of(run) == _blocks_of(run, off={"long_line_among_lines"})


def test_long_line_among_lines_not_a_line_of_prose() -> None:
    """A long line of prose (lower-case words) among short lines keeps the run one
    paragraph: it is no name; a long name in its place is one more line of the list."""
    prose = "This chart was drawn by the Lamp Warden in the spring of the year"
    run = "\n".join(["Wick Office", "Oil Store", prose, "Glass Works", "Lamp Store"])
    assert _unchanged(run)
    assert "Lamp Store" not in _blocks_of(run)
    names_run = run.replace(prose, LONG_NAME)
    assert _blocks_of(names_run)[1:] == ["Oil Store", LONG_NAME, "Glass Works", "Lamp Store"]


def test_long_line_among_lines_not_links_run_together() -> None:
    """Capitalized words run on with no connector between them are links set side by side,
    a menu's: the run stays one paragraph."""
    links = "Lamp Office Wick Office Oil Store Glass Works Home Page News"
    run = "\n".join(["Wick Office", "Oil Store", links, "Glass Works", "Lamp Store"])
    assert _unchanged(run)
    assert "Lamp Store" not in _blocks_of(run)


def test_long_line_among_lines_not_when_long_lines_are_many() -> None:
    """Two long lines in a run of six are more than one in four: no list with an odd line,
    the run stays one paragraph; one long line in four is read."""
    run = "\n".join(["Wick Office", LONG_NAME, "Oil Store", LONG_NAME, "Glass Works", "Lamp Store"])
    assert _unchanged(run)
    assert "Oil Store" not in _blocks_of(run)
    one = "\n".join(["Wick Office", LONG_NAME, "Oil Store", "Glass Works"])
    assert "Oil Store" in _blocks_of(one)


def test_long_line_among_lines_not_a_line_ending_in_a_connector() -> None:
    """A line that would not stand alone however short (one ending in a connector) keeps
    the run one paragraph, the long name in it too."""
    run = "\n".join(["Wick Office", "Oil Store and", LONG_NAME, "Glass Works", "Lamp Store"])
    assert _unchanged(run)
    assert "Glass Works" not in _blocks_of(run)


@pytest.mark.xfail(
    strict=True,
    reason="long_line_among_lines: a line of links run together (no connector) among the "
    "names keeps the whole run one paragraph, so its names stay unread",
)
def test_long_line_among_lines_names_beside_links_run_together() -> None:
    links = "Lamp Office Wick Office Oil Store Glass Works Home Page News"
    run = "\n".join(["Wick Office", "Oil Store", links, "Glass Works", "Lamp Store"])
    assert "Lamp Store" in _blocks_of(run)


HEADLINE = "Lamp Office Opens New Wick Store Next to the Glass Market in the Old Town"


def test_long_line_among_lines_not_a_headline_in_title_case() -> None:
    """A headline in title case among short names ("Lamp Office Opens New Wick Store Next to
    the Glass Market ...") is headed by no unit noun and no post, as a name is: it is not one
    more name of the list, and no unit; a long name in its place is."""
    page = LONG_NAME_RUN.replace(LONG_NAME, HEADLINE)
    assert HEADLINE not in offices(extract(page))
    run = "\n".join(["Wick Office", "Oil Store", HEADLINE, "Glass Works"])
    assert _unchanged(run)
    assert HEADLINE not in _blocks_of(run)
    assert LONG_NAME in _blocks_of(run.replace(HEADLINE, LONG_NAME))


def test_long_line_among_lines_not_a_notice_in_capitals() -> None:
    """A notice in capitals among sentences one to a line keeps the paragraph whole: its
    words are capitalized and joined by connectors, but it is headed by no unit noun."""
    notice = "NOTICE THE LAMP OFFICE WILL BE CLOSED ON MONDAY FOR THE FEAST OF THE WICK"
    run = "\n".join(
        [
            "The office keeps lamps.",
            "Its staff trim wicks.",
            notice,
            "Staff may call the desk.",
            "Glass is mended weekly.",
        ]
    )
    assert _unchanged(run)
    assert _blocks_of(run) == [run]


def test_long_line_among_lines_a_post_and_its_area() -> None:
    """A staff list's long line, a post before a comma and the area it heads after it
    ("Director, Lamp Trimming and Wick Supply and Glass ... / Oil Stores Coordinator"), is
    one more line of the list, however its last words end."""
    long = (
        "Director, Lamp Trimming and Wick Supply and Glass Mending and Oil Works "
        "/ Oil Stores CoordinatorAda Wickman"
    )
    run = "\n".join(
        ["Director, LampsJo Oilby", "Director, WicksVacant", long, "Director, OilAl Glass"]
    )
    assert long in _blocks_of(run)
    assert not _unchanged(run)
    # no post before the comma: headed by nothing a name is headed by
    assert not blocks._long_item(long.replace("Director,", "Lamps Rise,"))


def test_long_line_among_lines_a_long_name_joined_by_ampersands() -> None:
    """A long name whose words only "&" joins ("Joint Lamp & Wick & Glass Trimming
    Secretariat ...") is joined as one with "and" is."""
    name = "Joint Lamp & Wick & Glass Trimming Secretariat Oil Board Supply Works Office"
    run = "\n".join(["Wick Office", "Oil Store", name, "Glass Works"])
    assert _blocks_of(run)[2:] == [name, "Glass Works"]
    assert not _unchanged(run)


def test_long_line_among_lines_not_sentences_between_bars() -> None:
    """Sentences set between bars ("Lamp prices rise | wick prices fall | ...") are no link
    bar: the run stays one paragraph; short capitalized cells are one."""
    line = "Lamp prices rise | wick prices fall | oil holds steady in the town"
    run = "\n".join(["Wick Office", "Oil Store", line, "Glass Works"])
    assert _unchanged(run)
    assert "Glass Works" not in _blocks_of(run)
    bar = "| Home | Lamps | Wicks | Oil | Glass Works | Contact Us"
    assert blocks._long_item(bar)
    assert not blocks._long_item(line)
