"""The rules of ``pipeline/extract/offices/heading_filters.py`` that read group,
leadership, staffing and structure headings: a heading over groups the text refers to
or counts, a participle's group heading, post holders, posts in the plural and structure
head nouns (topics and captions: ``test_heading_filters.py``)."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.offices.heading_filters import (
    _group_words,
    _leaders_heading,
    leadership_heading,
    plural_post_heading,
    post_holder_heading,
    staffing_heading,
    structure_head_noun,
)
from pipeline.text.blocks import PARAGRAPH, Block
from tests.extract.filter_helpers import MARKUP_END_GROUP
from tests.extract.helpers import ROOT, Placed, extract, names, offices, page

REFERRED_GROUP_HEADING = page(
    "Lamp Services",
    "Our Lamp Services keep the hall lit day and night. They include:",
    """\
      • Wick Trimming
      • Soot Removal
    """,
    "\u276e Back to Home",
)


def test_referred_group_heading_is_no_unit() -> None:
    """A plural heading over a referring lead-in and its list alone (a link's line after it
    is no prose) names the group the units make up: they stand under the heading's owner."""
    found = offices(extract(REFERRED_GROUP_HEADING))
    assert "Lamp Services" not in found
    assert found["Wick Trimming"] == Placed(ROOT, "referring_lead_in", "inside_section")


def test_referred_group_heading_switched_off_keeps_the_heading() -> None:
    off = offices(extract(REFERRED_GROUP_HEADING, off={"referred_group_heading"}))
    assert off["Wick Trimming"].parent == "Lamp Services"


def test_referred_group_heading_not_over_prose_of_its_own() -> None:
    """A paragraph about the group besides the lead-in makes the heading a unit."""
    text = page(
        "Lamp Services",
        "Our Lamp Services keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
        "The services answer to the Keeper of Lamps.",
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == "Lamp Services"


def test_referred_group_heading_not_a_singular_heading() -> None:
    """A heading in the singular ("Lamp Service") names one body, whose groups they are."""
    text = page(
        "Lamp Service",
        "Our Lamp Teams keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
    )
    found = offices(extract(text))
    assert found["Wick Trimming"].parent == "Lamp Service"


@pytest.mark.parametrize("heading", ["Wick Analysis", "Lamp Status", "Glass Census"])
def test_referred_group_heading_not_a_singular_in_s(heading: str) -> None:
    """A heading whose singular head ends in "-s" ("Wick Analysis", "Lamp Status") is no
    plural: it names one body, whose groups they are."""
    text = page(
        heading,
        "Our Lamp Teams keep the hall lit day and night. They include:",
        """\
          • Wick Trimming
          • Soot Removal
        """,
    )
    found = offices(extract(text, off={"lone_topic_heading"}))
    assert found["Wick Trimming"].parent == heading


COUNTED_GROUP = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Glass Divisions

    Three lamp divisions of the bureau inspect the lanterns of the provinces.

    - Division of Wick Inspection
    - Division of Glass Inspection
    - Division of Oil Inspection

    A fourth division, the Division of Soot Research, studies soot.
    """)


def test_counted_group_heading_prose_counts_the_units() -> None:
    """ "Glass Divisions" over prose that counts its divisions ("Three lamp divisions ..."):
    the heading groups them, the divisions stand under the bureau."""
    found = offices(extract(COUNTED_GROUP, markdown=True))
    assert "Glass Divisions" not in found
    assert found["Division of Wick Inspection"].parent == ROOT
    assert found["Division of Oil Inspection"].parent == ROOT
    off = offices(
        extract(COUNTED_GROUP, markdown=True, off={"lone_topic_heading", "counted_group_heading"})
    )
    assert off["Division of Wick Inspection"].parent == "Glass Divisions"


def test_counted_group_heading_prose_that_counts_other_things() -> None:
    """Prose that counts something else ("three provinces") leaves the heading a unit."""
    text = COUNTED_GROUP.replace(
        "Three lamp divisions of the bureau", "The divisions of three provinces"
    )
    found = offices(extract(text, markdown=True))
    assert found["Division of Wick Inspection"].parent == "Glass Divisions"


POST_HOLDERS = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Chief Lamp Director’s review

    I am pleased to present this report on a year of bright lamps.

    ### Wick Supply Division

    The division buys wicks.

    ## Chief Lamp Directors 2019–20

    Two directors led the bureau this year.

    ### Glass Care Division

    The division cleans lantern glass.

    ## Lamp Board 7th Chair

    ### Oil Depot Branch

    The branch stores lamp oil.
    """)


def test_post_holder_heading_is_no_unit() -> None:
    found = offices(extract(POST_HOLDERS, markdown=True))
    assert "Chief Lamp Director’s review" not in found
    assert "Chief Lamp Directors 2019–20" not in found
    assert "Lamp Board 7th Chair" not in found
    assert found["Wick Supply Division"].parent == ROOT
    assert found["Glass Care Division"].parent == ROOT
    assert found["Oil Depot Branch"].parent == ROOT
    off = offices(extract(POST_HOLDERS, markdown=True, off={"post_holder_heading"}))
    assert off["Wick Supply Division"].parent == "Chief Lamp Director’s review"
    assert off["Oil Depot Branch"].parent == "Lamp Board 7th Chair"


def test_post_holder_heading_keeps_units_and_positions() -> None:
    assert not post_holder_heading("Office of the Senior Warden")
    assert not post_holder_heading("Assistant Lamp Director for Wicks")
    assert not post_holder_heading("Wick Supply Division 2019")
    assert post_holder_heading("Director's message")
    assert post_holder_heading("Chief Lamp Directors 2019–20")


PLURAL_POSTS = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Elected Wick Officials

    Meet the people chosen to lead the bureau.

    ## Deputy Lamp Directors-General

    Each of the three deputies leads one of the bureau's branches.

    ### Wick Supply Division

    The division buys wicks.

    ## Warden and Councillors

    The councillors, led by the Warden, set the bureau's course.

    ## Oil Depot Branch

    The branch stores lamp oil.
    """)


def test_plural_post_heading_is_no_unit() -> None:
    """A heading whose head noun is a post in the plural names the people who hold it: no
    unit, and the unit under it stands under the heading's owner."""
    found = offices(extract(PLURAL_POSTS, markdown=True))
    assert "Elected Wick Officials" not in found
    assert "Deputy Lamp Directors-General" not in found
    assert "Warden and Councillors" not in found
    assert found["Wick Supply Division"].parent == ROOT
    assert found["Oil Depot Branch"].parent == ROOT
    off = offices(extract(PLURAL_POSTS, markdown=True, off={"plural_post_heading"}))
    assert "Elected Wick Officials" in off
    assert "Warden and Councillors" in off
    assert off["Wick Supply Division"].parent == "Deputy Lamp Directors-General"


def test_plural_post_heading_chief_officers_and_heads() -> None:
    assert plural_post_heading("CHIEF LAMP OFFICERS")
    assert plural_post_heading("Regional Lamp Officers")
    assert plural_post_heading("Heads of Lamp Sections")
    assert plural_post_heading("Deputy Lamp Directors-General")


def test_plural_post_heading_keeps_bodies_members_and_posts() -> None:
    """A body named after its posts ("Lamp Council of Directors", "Wick Directors' Office"), a
    board's members, a county's commissioners, a staff and a single post are read as
    before."""
    assert not plural_post_heading("Lamp Council of Directors")
    assert not plural_post_heading("Wick Directors' Office")
    assert not plural_post_heading("Council of Chief Lamp Officers")
    assert not plural_post_heading("Lamp Guild Members")
    assert not plural_post_heading("Lampton Shire Commissioners")
    assert not plural_post_heading("Lamp Staff")
    assert not plural_post_heading("Chief Lamp Officer")
    assert not plural_post_heading("Lamp Directorates")
    assert plural_post_heading("Lamp Directors")


def test_plural_post_heading_text_calls_it_a_unit() -> None:
    """A heading whose text opens by calling it by a unit noun names a unit named after the
    posts it holds ("Lamp Advisers" over "The Directorate advises ...")."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Lamp Advisers

        The Directorate advises the Warden on lamp law.

        ## Wick Advisers

        The advisers each keep a district's lamps.
        """)
    found = offices(extract(text, markdown=True))
    assert "Lamp Advisers" in found
    assert "Wick Advisers" not in found


POSTS_OF_A_UNIT = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Lamp Enforcement Officers

    Our officers patrol the streets at night.

    ### Night Patrol Team

    The team checks street lamps after dark.

    ## Wick Service Chiefs

    The service chiefs command the bureau's two lamp services.

    ### Lamp Guard

    Guards the lamps on land.

    ## Department Heads

    The department heads are appointed by the Warden.

    ### Oil Department

    The department stores lamp oil.
    """)


def test_plural_post_heading_posts_of_a_unit() -> None:
    """A unit's or a body's noun before the posts says whose they are ("Lamp Enforcement
    Officers", "Wick Service Chiefs", "Department Heads"): persons still, and the units under
    them stand under the heading's owner, also when the text repeats the heading in lower
    case ("The department heads are ..."). A body joined to the posts by "and" is read as
    before."""
    found = offices(extract(POSTS_OF_A_UNIT, markdown=True))
    for heading in ("Lamp Enforcement Officers", "Wick Service Chiefs", "Department Heads"):
        assert heading not in found
    assert found["Night Patrol Team"].parent == ROOT
    assert found["Lamp Guard"].parent == ROOT
    assert found["Oil Department"].parent == ROOT
    off = offices(extract(POSTS_OF_A_UNIT, markdown=True, off={"plural_post_heading"}))
    assert off["Night Patrol Team"].parent == "Lamp Enforcement Officers"
    assert not plural_post_heading("Secretariat and Advisers")
    assert not plural_post_heading("Lamp Office & Directors")


BODY_NAMED_BY_POSTS = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Joint Lamp Chiefs of Staff

    The Joint Lamp Chiefs of Staff is the body of the bureau's most senior wardens.

    ## HM Lamp Inspectors

    The Inspectorate inspects every lamp school once a year.

    ## Wick Advisers

    The Secretariat, headed by a Chief Adviser, advises the Bureau on wicks.

    ## Glass Advisers

    The advisers are appointed by the Warden.

    ## Oil Depot Branch

    The branch stores lamp oil.
    """)


def test_plural_post_heading_text_calls_it_a_body() -> None:
    """A plural post's heading whose text opens by calling it a body, by a body's noun
    ("The Inspectorate inspects ..."), by a unit noun before an aside ("The Secretariat,
    headed by ...") or by its own name before a singular verb ("The Joint Lamp Chiefs of
    Staff is ..."), names a unit; advisers the text calls advisers do not."""
    found = offices(extract(BODY_NAMED_BY_POSTS, markdown=True))
    # the heading itself, not the name found again in its prose
    assert found["Joint Lamp Chiefs of Staff"] == Placed(ROOT, "section_heading", "default_root")
    assert found["HM Lamp Inspectors"].parent == ROOT
    assert found["Wick Advisers"].parent == ROOT
    assert "Glass Advisers" not in found
    assert "Chief Adviser" not in found
    # the heading's own name read over any spacing: a heading's words, the text's
    sentence = "The Joint Lamp Chiefs of Staff is the body of the senior wardens."
    body = [Block(PARAGRAPH, 0, len(sentence), sentence)]
    assert not plural_post_heading("Joint Lamp  Chiefs\tof Staff", body)
    assert plural_post_heading("Joint Lamp  Chiefs\tof Staff")


@pytest.mark.xfail(
    strict=True,
    reason="a text that opens with a unit noun's possessive ('The Unit's six advisers') is "
    "not read as calling the heading a unit: 'The Board's advisers' under 'Lamp Advisers' "
    "names another body's people just as often, so the possessive is left to the posts",
)
def test_plural_post_heading_unit_possessive() -> None:
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Special Lamp Advisers

        The Unit's six advisers brief the Warden on wick policy.
        """)
    assert "Special Lamp Advisers" in offices(extract(text, markdown=True))


@pytest.mark.xfail(
    strict=True,
    reason="posts a plural-post heading lists are lost with the heading, instead of going to"
    " the unit above it as its sections' units do, when two of them are one post told by a"
    " status ('Member (On Leave)', 'Member (Ex Officio)'); without those two they stay",
)
def test_plural_post_heading_posts_listed_under_it_go_to_the_unit_above() -> None:
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau keeps the town's lamps lit. The Glass Division cleans the glass.

        Senior Officials

          • Chief Lamp Officer (CLO)
          • Lamp Secretary (Wick Policy)
          • Member (On Leave)
          • Member (Ex Officio)
        """)
    found = offices(extract(text))
    assert "Senior Officials" not in found
    assert found["Chief Lamp Officer"].parent == "Lamp Bureau"


GROUP_QUALIFIED = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Divisions Supervised by the Bureau of Lantern Safety

    - Wick Trimming
    - Glass Polishing

    ## Offices/Sections of the Wick Council

    - Soot Removal Service
    - Lamp Repair Office
    """)


def test_group_heading_participle_divisions_supervised_by_a_body() -> None:
    """ "Divisions Supervised by the Bureau of Lantern Safety" heads a group, as "Offices/
    Sections of the Wick Council" does (plural unit nouns joined by a slash,
    ``generic_section_heading``)."""
    found = offices(extract(GROUP_QUALIFIED, markdown=True))
    assert "Divisions Supervised by the Bureau of Lantern Safety" not in found
    assert "Offices/Sections of the Wick Council" not in found
    assert found["Wick Trimming"].parent == ROOT
    assert found["Soot Removal Service"].parent == ROOT
    off = offices(extract(GROUP_QUALIFIED, markdown=True, off={"group_heading_participle"}))
    assert off["Wick Trimming"].parent == "Divisions Supervised by the Bureau of Lantern Safety"


STRUCTURE_OF = dedent("""\
    # Lamp Guild

    The Lamp Guild keeps the lamps of the town.

    ## The Structure of the Administration

    The Wick Supply Branch and the Glass Care Branch report to the Chief Warden. The Oil
    Branch reports to the Lamp Secretary.
    """)


def test_structure_of_heading_names_a_bodys_structure_not_a_unit() -> None:
    found = offices(extract(STRUCTURE_OF, markdown=True))
    assert "The Structure of the Administration" not in found
    assert found["Glass Care Branch"] == Placed("Chief Warden", "prose_unit", "reports_to")
    # (account_of_body_heading off too: with it, the heading, an account of a body, leaves
    # the prose read whichever rule reads it as a unit)
    rules = {"structure_of_heading", "topic_of_name", "account_of_body_heading"}
    off = offices(extract(STRUCTURE_OF, markdown=True, off=rules))
    assert "The Structure of the Administration" in off
    assert "Glass Care Branch" not in off


def test_structure_of_heading_a_name_that_opens_with_organization_is_kept() -> None:
    """ "Organization of Lamp Exporting Towns" may be a body's name: only a word for
    structure ("Structure", "Composition", "Make-up") opens such a heading."""
    text = dedent("""\
        # Lamp Guild

        The Lamp Guild keeps the lamps of the town.

        ## Organization of Lamp Exporting Towns

        The organization trades lamps between the towns.

        ## Wick Supply Office

        The office buys wicks.
        """)
    assert "Organization of Lamp Exporting Towns" in offices(extract(text, markdown=True))


STRUCTURE_HEAD = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Lamp Council Management Structure

    The bureau consists of the Wick Supply Office and the Glass Repair Office.
    """)


def test_structure_head_noun_a_heading_that_ends_in_structure_is_no_unit() -> None:
    """ "Lamp Council Management Structure": a heading whose head noun is "structure" names
    how the body is set up, not a unit, though a unit noun stands before it; the units are
    the ones its text names."""
    found = offices(extract(STRUCTURE_HEAD, markdown=True))
    assert "Lamp Council Management Structure" not in found
    assert found["Wick Supply Office"].parent == ROOT
    off = offices(
        extract(STRUCTURE_HEAD, markdown=True, off={"lone_topic_heading", "structure_head_noun"})
    )
    assert "Lamp Council Management Structure" in off
    assert structure_head_noun("Administrative Structure")
    assert not structure_head_noun("Structure")


STRUCTURES_OFFICE = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Office of Lamp Posts and Structures

    The office inspects lamp posts and the towers that hold the great lamps.
    """)


def test_structure_head_noun_a_unit_named_for_structures() -> None:
    """ "Office of Lamp Posts and Structures": the unit noun before "of" heads the name, the
    structures are its field; "Lamp Council Management Structure" is still how a body is set
    up."""
    assert "Office of Lamp Posts and Structures" in names(extract(STRUCTURES_OFFICE, markdown=True))
    assert not structure_head_noun("Division of Wick Structures")
    assert structure_head_noun("Lamp Council Management Structure")
    assert structure_head_noun("Wick Office structure, duties and pay structure")
    assert structure_head_noun("Department of Wick Affairs Structure")


SENIOR_LEADERSHIP = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Senior Leadership

    The bureau's leaders meet every week.

    ### Wick Office

    The office trims wicks.
    """)


def test_leadership_heading_leadership_alone_is_who_leads() -> None:
    """ "Senior Leadership": the leaders listed under it, no body; the units under it are
    the page's; "Senior Leadership Wick Team" is a team."""
    found = offices(extract(SENIOR_LEADERSHIP, markdown=True))
    assert "Senior Leadership" not in found
    assert found["Wick Office"].parent == ROOT
    off = offices(extract(SENIOR_LEADERSHIP, markdown=True, off={"leadership_heading"}))
    assert "Senior Leadership" in off
    assert leadership_heading("Executive Senior Leadership")
    assert not leadership_heading("Senior Leadership Wick Team")
    assert not leadership_heading("Leadership")


WHOSE_LEADERSHIP = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Central and Regional Leadership

    The director and the regional wardens lead the bureau from the lamp house.

    ### Wick Office

    The office trims wicks.

    ## Wick Rules and Leadership

    The division sets the bureau's rules.
    """)


def test_leadership_head_noun_whose_leadership_is_who_leads() -> None:
    """ "Central and Regional Leadership": the people who lead, told of under it, no body;
    the unit under it is the page's. "Wick Rules and Leadership" closes a list of fields: a
    unit named for its fields stays one."""
    found = offices(extract(WHOSE_LEADERSHIP, markdown=True))
    assert "Central and Regional Leadership" not in found
    assert found["Wick Office"].parent == ROOT
    assert "Wick Rules and Leadership" in found
    off = offices(extract(WHOSE_LEADERSHIP, markdown=True, off={"leadership_head_noun"}))
    assert "Central and Regional Leadership" in off


def test_leadership_head_noun_a_name_or_an_adjective_before_it() -> None:
    """ "Departmental Leadership", "Lampton Leadership:" end in whose leadership it is; a
    field list, a preposition, a unit noun or "leadership" alone do not."""
    assert _leaders_heading("Departmental Leadership")
    assert _leaders_heading("Lampton Leadership:")
    assert not _leaders_heading("Wick Education & Leadership")
    assert not _leaders_heading("Institute of Lamp Leadership")
    assert not _leaders_heading("Wick Division Leadership")
    assert not _leaders_heading("Leadership")
    assert not _leaders_heading("Senior Leadership")  # leadership_heading's
    assert not _leaders_heading("Lampton Leadership Group")


LEADERSHIP_CALLED_A_UNIT = dedent("""\
    # Ministry of Lamp Education

    The Ministry sets policy for the lamp schools.

    ## School Leadership

    The School Leadership Branch trains and supports head lamplighters.

    ### Lamplighters' Academy

    The academy runs induction courses for new head lamplighters.

    ## Curriculum Division

    The division writes the lamp curriculum.
    """)


def test_leadership_head_noun_a_unit_its_text_names() -> None:
    """ "School Leadership" over "The School Leadership Branch trains ...": its own text calls
    it a unit, named for its field; the academy under it stays its unit."""
    found = offices(extract(LEADERSHIP_CALLED_A_UNIT, markdown=True))
    assert found["Lamplighters' Academy"].parent == "School Leadership Branch"
    assert found["Curriculum Division"].parent == "Ministry of Lamp Education"


LEADERSHIP_FIELD_AMONG_FIELDS = dedent("""\
    # Ministry of Lamp Education

    Its work is organized in these offices:

    ## Educational Leadership

    Develops head lamplighters and school boards.

    ## Teacher Education

    Trains teachers.

    ## Examinations

    Runs the national lamp examinations.
    """)


@pytest.mark.xfail(strict=True, reason="a field's name ending in 'leadership' reads as whose")
def test_leadership_head_noun_a_field_among_unit_headings() -> None:
    """ "Educational Leadership" among units named for their fields, its text never calling
    it a unit: its words alone cannot tell a field ("Educational") from whose
    ("Departmental"), and the rule drops a unit."""
    found = offices(extract(LEADERSHIP_FIELD_AMONG_FIELDS, markdown=True))
    assert "Educational Leadership" in found


MISSPELLED_STRUCTURE = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Lamp Council Strucutre

    The bureau consists of the Wick Supply Office and the Glass Repair Office.
    """)


def test_structure_head_noun_a_misspelled_structure_is_still_no_unit() -> None:
    """ "Lamp Council Strucutre", "Wick Ctructure": "structure" typed with a slip or two is
    still the head noun of a heading about how a body is set up; "Wick Structural" and
    "Critical Lamp Infrastructure" are other words."""
    found = names(extract(MISSPELLED_STRUCTURE, markdown=True))
    assert "Lamp Council Strucutre" not in found
    off = names(
        extract(
            MISSPELLED_STRUCTURE, markdown=True, off={"lone_topic_heading", "structure_head_noun"}
        )
    )
    assert "Lamp Council Strucutre" in off
    assert structure_head_noun("Wick Ctructure")
    assert not structure_head_noun("Wick Structural")
    assert not structure_head_noun("Critical Lamp Infrastructure")


def test_group_heading_participle_offices_supervised_by() -> None:
    """ "Offices Supervised by the Lamp Warden": the participle after the plural unit noun
    ends the heading's head as "under" would; the heading groups the offices listed under
    it rather than naming one of its own."""
    page = dedent("""\
        Role of the Lamp Warden

        The Lamp Warden runs the lamps of the town.

        Offices Supervised by the Lamp Warden

          • Wick Supply
          • Glass Care
          • Oil Stores
        """)
    found = offices(extract(page))
    assert "Offices Supervised by the Lamp Warden" not in found
    for name in ("Wick Supply", "Glass Care", "Oil Stores"):
        assert found[name].parent == "Role of the Lamp Warden", name
    off = offices(extract(page, off={"lone_topic_heading", "group_heading_participle"}))
    assert off["Wick Supply"].parent == "Offices Supervised by the Lamp Warden"


def test_counted_group_heading_prose_counts_the_group_by_its_name() -> None:
    """Prose that counts the units by the heading's capitalized name ("Each of the three
    Glass Divisions is ...") speaks of the group as a body: the heading stays a unit."""
    text = COUNTED_GROUP.replace(
        "Three lamp divisions of the bureau", "Each of the three Glass Divisions"
    )
    found = offices(extract(text, markdown=True))
    assert found["Division of Wick Inspection"].parent == "Glass Divisions"


# Known misses of the removed group_heading_markup_end.
MARKUP_END_MISS = pytest.mark.xfail(
    strict=True,
    reason="markup left at a group heading's end (an icon font's ligature name, a tag after a "
    "label's colon) keeps the heading from reading as a group; the filter that cut it "
    "(group_heading_markup_end) changed the rows of one development page only by the "
    "ablation at 393dd593: removed",
)


@MARKUP_END_MISS
def test_group_heading_markup_end_known_miss_an_icon_ligature() -> None:
    """ "Wick Offices open_in_full": the icon font's name after the plural unit noun is no word
    of the heading, which groups the units under it."""
    found = offices(extract(MARKUP_END_GROUP, markdown=True))
    assert "Wick Offices open_in_full" not in found
    assert found["Wick Trimming Unit"].parent == ROOT


TAG_END_GROUP = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit. The bureau has the following constituent<br />

    Offices:-<br />

    (a) Office of Wick Trimming:<br />

    It trims the wicks.<br />
    """)


@MARKUP_END_MISS
def test_group_heading_markup_end_known_miss_a_tag_after_a_colon() -> None:
    """ "Offices:-<br />": a label's colon and a tag left after the plural unit noun."""
    found = offices(extract(TAG_END_GROUP))
    assert "Offices" not in found
    assert found["Office of Wick Trimming"].parent == ROOT


def test_group_heading_participle_a_heading_with_no_word() -> None:
    """A heading of marks alone ("* * *") has no words to cut: it is read as before, with
    the rules that drop such headings switched off too."""
    text = dedent("""\
        # Lamp Works

        The Lamp Works keeps the lamps lit.

        ## * * *

        - Wick Office
        - Oil Office
        """)
    for off in (set(), {"contact_section", "heading_run_groups"}):
        found = offices(extract(text, markdown=True, off=off))
        assert "Wick Office" in found, off
    assert _group_words("* * *") == []


def test_group_heading_participle_not_after_a_singular_noun_nor_before_a_name() -> None:
    """ "Lamp Office Located in Lampton" names one office (the head the participle ends is a
    singular unit noun), and "Offices Serving Rural Lamps" a unit named for what it does (no
    preposition after the participle: the head is "Lamps")."""
    list_page = dedent("""\
        Role of the Lamp Warden

        The Lamp Warden runs the town's lamps under the Lamp Board.

        HEADING

          • Wick Trimming
          • Oil Supply
        """)
    for heading in ("Lamp Office Located in Lampton", "Offices Serving Rural Lamps"):
        found = offices(extract(list_page.replace("HEADING", heading), off={"lone_topic_heading"}))
        assert found["Wick Trimming"].parent == heading, heading


STAFFING = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Organisation and Staffing

    The bureau is headed by a Chief Lamplighter and has three units:

    - Wick Supply Unit
    - Glass Care Unit
    - Oil Depot Unit

    ## Wick Office Staff Strength

    The bureau has 40 lamplighters and 12 clerks.
    """)


def test_staffing_heading_a_heading_about_the_staff_is_no_unit() -> None:
    """ "Organisation and Staffing", "Wick Office Staff Strength": a heading about how many
    people work for the body and in which posts names no unit; the units its text lists are
    the body's."""
    found = offices(extract(STAFFING, markdown=True))
    assert "Organisation and Staffing" not in found
    assert "Wick Office Staff Strength" not in found
    assert found["Wick Supply Unit"].parent == ROOT
    assert found["Oil Depot Unit"].parent == ROOT
    assert staffing_heading("Lamp Board Staff Complement")
    assert staffing_heading("Glass Section Staff Data")
    assert staffing_heading("Overall Structure and Staffing")


def test_staffing_heading_switched_off_the_heading_is_a_unit() -> None:
    off = offices(extract(STAFFING, markdown=True, off={"staffing_heading"}))
    assert "Wick Office Staff Strength" in off
    assert off["Wick Supply Unit"].parent == "Organisation and Staffing"


STAFFING_UNITS = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Lamp Fleet Staffing

    The unit finds keepers for the lamp fleet.

    ## Recruitment and Staffing

    The unit hires lamplighters.

    ## Staffing

    The unit places lamplighters on their rounds.

    ## Staffing Services

    The unit lends lamplighters to the towns.

    ## Lamp Staff Training

    The unit trains new lamplighters.
    """)


def test_staffing_heading_keeps_staffing_after_a_word_of_its_own() -> None:
    """ "Lamp Fleet Staffing", "Recruitment and Staffing": a word before "staffing" that
    is no section word says what the unit staffs; the heading names a unit."""
    found = offices(extract(STAFFING_UNITS, markdown=True))
    assert found["Lamp Fleet Staffing"].parent == ROOT
    assert found["Recruitment and Staffing"].parent == ROOT
    assert not staffing_heading("Recruitment and Staffing")


def test_staffing_heading_keeps_staffing_alone() -> None:
    """ "Staffing" alone may be a unit's short name: it stays."""
    assert offices(extract(STAFFING_UNITS, markdown=True))["Staffing"].parent == ROOT
    assert not staffing_heading("Staffing")


def test_staffing_heading_keeps_staffing_before_a_word() -> None:
    """ "Staffing Services": "staffing" that is not the last word qualifies the unit's head
    noun, a section word though it is."""
    assert offices(extract(STAFFING_UNITS, markdown=True))["Staffing Services"].parent == ROOT
    assert not staffing_heading("Staffing Services")


def test_staffing_heading_keeps_staff_before_a_word_that_counts_nothing() -> None:
    """ "Lamp Staff Training": "staff" before a word that neither counts the staff nor tells
    its make-up names a unit that serves the staff."""
    assert offices(extract(STAFFING_UNITS, markdown=True))["Lamp Staff Training"].parent == ROOT
    assert not staffing_heading("Lamp Staff Training")


STAFF_COUNTS = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Wick Supply Division

    The division buys wicks.

    ## Wick Office Staff Strength

    The bureau has a staff of 52, comprising:

    - 12 Senior Staff
    - 40 Junior Staff
    """)


@pytest.mark.xfail(
    strict=True,
    reason="staffing_heading drops the heading only: the counts and ranks listed under it "
    "('12 Senior Staff', a post 'at Grade E') are still read as units worded so "
    "(unit_worded_items); a staff count's list can also name units with their head counts, "
    "so the rule does not drop a staff heading's items",
)
def test_staffing_heading_the_staff_counted_under_it_are_no_units() -> None:
    found = offices(extract(STAFF_COUNTS, markdown=True))
    assert "Wick Office Staff Strength" not in found
    assert "12 Senior Staff" not in found


STAFFING_PERSONNEL = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Personnel and Staffing

    The unit hires and places the bureau's lamplighters.

    ### Wick Desk

    The desk hires wick trimmers.

    ### Oil Desk

    The desk hires oil carriers.
    """)


def test_staffing_heading_keeps_staffing_after_other_section_words() -> None:
    """ "Personnel and Staffing" over sections of its own: a section word that is no word of
    the body's setup ("personnel", "services", "transfer", "location", "component", "key")
    before "staffing" leaves a unit's name; the unit stays, its sections under it."""
    found = offices(extract(STAFFING_PERSONNEL, markdown=True))
    assert found["Personnel and Staffing"].parent == ROOT
    assert found["Wick Desk"].parent == "Personnel and Staffing"
    assert found["Oil Desk"].parent == "Personnel and Staffing"
    for heading in (
        "Personnel and Staffing",
        "Services and Staffing",
        "Transfer and Staffing",
        "Location Staffing",
        "Component Staffing",
        "Key Staffing",
    ):
        assert not staffing_heading(heading), heading


def test_staffing_heading_reads_the_words_of_a_body_s_setup() -> None:
    """ "Structure and Staffing", "Organisation and Staffing", "Overall Structure and
    Staffing", "Composition and Staffing": the body's setup and its staff, no unit."""
    for heading in (
        "Structure and Staffing",
        "Organisation and Staffing",
        "Organizational Structure and Staffing",
        "Overall Structure and Staffing",
        "Composition and Staffing",
    ):
        assert staffing_heading(heading), heading
    text = STAFFING_PERSONNEL.replace("Personnel and Staffing", "Structure and Staffing")
    found = offices(extract(text, markdown=True))
    assert "Structure and Staffing" not in found
    assert found["Wick Desk"].parent == ROOT
