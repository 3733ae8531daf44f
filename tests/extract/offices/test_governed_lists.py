"""The rules of ``pipeline/extract/offices/governed_lists.py``, each on short synthetic text.

Names listed after verbs of leading and of oversight ("The Warden oversees A, B and C"),
the units by whom a body's work is done ("Operations are handled by A, B and C"), short
forms of units found already, and a found unit's bare parts."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import Placed, extract, offices, page


@pytest.mark.xfail(
    reason="bare names after 'is responsible for' ('The Chief Oil Officer is responsible for "
    "Oil Administration, Wick Budgets, Soot Revenue, ...') are read as duties; reading them "
    "as oversight_list reads 'oversees' was tried: 1 development page better, 1 worse",
    strict=True,
)
def test_oversight_list_bare_names_after_responsible_for() -> None:
    text = page(
        "The Chief Oil Officer is responsible for Oil Administration, Wick Budgets, Soot "
        "Revenue, Lamp Expenditure and Glass Supply Management."
    )
    assert "Soot Revenue" in offices(extract(text))


FOUND_SUBJECT_BARE_PARTS = dedent("""\
    # Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps.

    ## Wick Care

    Wick Care encompasses Trimming, Braiding and the Dip Unit.

    ## Oil Supply

    Oil Supply includes Lamp Help, Wick Aid and the Oil Program.

    ## Glass Board

    The Glass Board includes Harold Flint and Mary Pane.
    """)


def test_found_subject_bare_parts_lists_parts_whatever_their_words() -> None:
    """A unit found that opens a sentence with a verb of composition ("encompasses") names
    its parts after it, bare names too."""
    found = offices(extract(FOUND_SUBJECT_BARE_PARTS, markdown=True))
    for name in ("Trimming", "Braiding"):
        assert found[name] == ("Wick Care", "found_subject_bare_parts", "found_subject_bare_parts")
    off = offices(
        extract(FOUND_SUBJECT_BARE_PARTS, markdown=True, off={"found_subject_bare_parts"})
    )
    assert not {"Trimming", "Braiding"} & set(off)


def test_found_subject_bare_parts_not_programs_nor_members() -> None:
    """A series that names a program lists programs, and a board's lists members: no parts."""
    found = offices(extract(FOUND_SUBJECT_BARE_PARTS, markdown=True))
    for name in ("Lamp Help", "Wick Aid", "Harold Flint", "Mary Pane"):
        assert found.get(name, Placed(None, "", None)).found_by != "found_subject_bare_parts"


SHORT_FORM_SUBJECT = dedent("""\
    Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps.

    The Glass Division includes the Polishing Unit and the Soot Control Unit.

    Soot Control includes Sweeping, Brushing and the Ember Desk.

    The Polishing Unit polishes glass.
    """)


def test_short_form_subject_is_the_unit_named_in_full() -> None:
    """ "Soot Control includes ..." after "the Soot Control Unit": the parts listed go under
    that unit."""
    found = offices(extract(SHORT_FORM_SUBJECT))
    assert found["Sweeping"] == (
        "Soot Control Unit",
        "found_subject_bare_parts",
        "found_subject_bare_parts",
    )
    assert "Soot Control" not in found
    off = offices(extract(SHORT_FORM_SUBJECT, off={"short_form_subject"}))
    assert "Sweeping" not in off


def test_short_form_subject_listed_short_form_no_new_unit() -> None:
    """A bare name listed that is a found unit's name without its unit noun is that unit."""
    text = dedent("""\
        # Lamp Works Authority

        The Lamp Works Authority keeps the town's lamps.

        ## Wick Care

        Wick Care encompasses Trimming, Ember Watch and the Dip Unit.

        The Ember Watch Center watches embers all night.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Trimming"].found_by == "found_subject_bare_parts"
    assert "Ember Watch" not in found
    off = offices(extract(text, markdown=True, off={"short_form_subject"}))
    assert "Ember Watch" in off


def test_short_form_subject_of_a_counted_list_is_the_unit_named_in_full() -> None:
    """ "Oil Supplies is further organized into two Sections, ..." after the Oil Supplies
    Division is listed: the subject is that division, and the sections hang from it."""
    page = dedent("""\
        This is a chart for the lamp authority, showing its structure.

        LWA is organized into two Divisions, Wick Supplies Division and Oil Supplies Division. Oil Supplies is further organized into two Sections, Pump Section and Barrel Section.
        """)
    found = offices(extract(page))
    assert found["Pump Section"].parent == "Oil Supplies Division"
    assert found["Barrel Section"].parent == "Oil Supplies Division"
    off = offices(extract(page, off={"short_form_subject"}))
    assert off["Pump Section"].parent != "Oil Supplies Division"


OVERSIGHT_LISTS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Warden

The Warden provides direct oversight and guidance to the Wick Counsel, the Office of \
Wick Supply, the Office of Glass and Soot Affairs, and the Oil Reserve Center.

## Deputy Wardens

There are two Deputy Wardens who run the works with the Warden. They supervise the Night \
Patrol, Kerosene Stores and Public Lighting. The Deputy Wardens also oversee the Lamp Branch \
Sergeants.

## Oil Office

The Oil Office keeps the oil. The Chief of Oil oversees Lamp agency performance and the \
Board's work with the Candle Guild. It also oversees the Town Lamp Safety Program.
"""


def test_oversight_list_names_what_its_subject_governs() -> None:
    """Names listed after a verb of supervision are units under the sentence's subject (a
    unit found, or the subject of the sentence before for "They"); a name run on into a
    lower-case noun ("Lamp agency performance"), a possessive ("the Board's work") and the
    people of a unit ("Lamp Branch Sergeants") and a program are not."""
    found = offices(extract(OVERSIGHT_LISTS, markdown=True))
    for name in (
        "Wick Counsel",
        "Office of Wick Supply",
        "Office of Glass and Soot Affairs",
        "Oil Reserve Center",
    ):
        assert found[name] == ("Warden", "oversight_list", "oversight_list"), name
    for name in ("Night Patrol", "Kerosene Stores", "Public Lighting"):
        assert found[name].parent == "Deputy Wardens", name
    for name in (
        "Lamp",
        "Board",
        "Candle Guild",
        "Lamp Branch Sergeants",
        "Town Lamp Safety Program",
    ):
        assert name not in found, name
    off = offices(extract(OVERSIGHT_LISTS, markdown=True, off={"oversight_list"}))
    assert not {"Office of Wick Supply", "Night Patrol", "Public Lighting"} & set(off)


OVERSIGHT_OF_LAWS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## District Lamp Office

The District Director oversees Wick Care, Oil Supply and Glass Works. The Chief of Wicks \
oversees the Lamp Safety Act, the Wick Standards Regulations and the Oil Reserve Center.
"""


def test_oversight_list_not_a_law_nor_a_list_another_rule_read() -> None:
    """A law or a document governed ("the Lamp Safety Act") is no unit; a list another rule
    already read from the same words is not read a second time, cut differently."""
    found = offices(extract(OVERSIGHT_OF_LAWS, markdown=True))
    assert found["Oil Reserve Center"] == ("Chief of Wicks", "oversight_list", "oversight_list")
    assert "Lamp Safety Act" not in found
    assert "Wick Standards Regulations" not in found
    assert "Wick Care" in found
    pieces = [name for name in found if "Oil Supply" in name or "Glass Works" in name]
    # one reading: "Oil Supply and Glass Works", or its two names, not both
    nested = [(a, b) for a in pieces for b in pieces if a != b and a in b]
    assert pieces and not nested, pieces
    off = offices(extract(OVERSIGHT_OF_LAWS, markdown=True, off={"oversight_list"}))
    assert "Oil Reserve Center" not in off


LEADING_VERBS = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps. A Deputy Keeper post was created to head \
the Wick Care Group. There are Senior Keepers leading Oil Supply, Glass Care, and the \
Soot and Ember Divisions.

## Office of the Deputy Warden for Inspections

The Office of the Deputy Warden for Inspections leads the Lamp Inspection Service, which \
inspects the lamps of every street.

## Lamp Counsel

The Lamp Counsel gives advice to the Warden. The Lamp Counsel also is the head of the \
Glass Law Division, a bureau within the Authority.
"""


def test_leading_verb_list_names_the_bodies_led() -> None:
    """Names listed after "leads", "is also the head of", "to head" and a participle
    "leading" are units: under the subject when it is a unit found ("The Office of the
    Deputy Warden ... leads"), under the section's unit or the page's top otherwise; the
    other names of a series with a body's name are its peers, whatever their words."""
    found = offices(extract(LEADING_VERBS, markdown=True))
    assert found["Lamp Inspection Service"] == (
        "Office of the Deputy Warden for Inspections",
        "leading_verb_list",
        "leading_verb_list",
    )
    assert found["Glass Law Division"] == (
        "Lamp Counsel",
        "leading_verb_list",
        "leading_verb_list",
    )
    # "Oil Supply, Glass Care, and the Soot and Ember Divisions": the series' names share its
    # plural unit noun; how the last is parted is left to the strict xfail below
    for name in ("Wick Care Group", "Oil Supply", "Glass Care"):
        assert found[name] == ("Lamp Works Authority", "leading_verb_list", "leading_verb_list")


def test_leading_verb_list_switched_off() -> None:
    """Switched off, a body named only after a verb of leading is lost, as before."""
    off = offices(extract(LEADING_VERBS, markdown=True, off={"leading_verb_list"}))
    assert set(off) == {
        "Lamp Works Authority",
        "Office of the Deputy Warden for Inspections",
        "Lamp Counsel",
    }


def test_leading_verb_list_a_post_that_leads_is_no_unit() -> None:
    """The post a sentence says leads ("A Deputy Keeper post ...", "Senior Keepers leading
    ...") and that the page names nowhere else is not made a unit, as a post that oversees
    is (``oversight_list``): the body led goes under the section's unit."""
    found = offices(extract(LEADING_VERBS, markdown=True))
    assert "Deputy Keeper" not in found
    assert "Senior Keepers" not in found


LEADING_NO_BODY = """Lamp Works Authority

The lamps of the valley are tested at the leading Lamp Safety Institute. The Wick Office \
leads Lamp Renewal and Oil Upkeep. The Deputy Warden is the head of the Directorate.

## Oil Office

The Oil Office keeps the oil.
"""


def test_leading_verb_list_not_the_adjective_nor_work_nor_a_bare_noun() -> None:
    """ "the leading Lamp Safety Institute" has no subject before "leading": an adjective,
    not a verb; what "leads Lamp Renewal and Oil Upkeep" names is work, no body;
    "the head of the Directorate" refers to a body named elsewhere."""
    found = offices(extract(LEADING_NO_BODY, markdown=True))
    assert set(found) == {"Lamp Works Authority", "Oil Office", "Wick Office"}


@pytest.mark.xfail(
    strict=True,
    reason="a series before one plural unit noun after a verb of leading is kept whole "
    "('Wick and Oil Divisions', 'the Soot and Ember Divisions'), not read as one unit per name "
    "with the noun in the singular ('Wick Division', 'Oil Division')",
)
def test_leading_verb_list_shared_plural_noun_split() -> None:
    text = LEADING_NO_BODY.replace(
        "The Deputy Warden is the head of the Directorate.",
        "The Chief Keeper heads the Wick and Oil Divisions.",
    )
    found = offices(extract(text, markdown=True))
    assert {"Wick Division", "Oil Division"} <= set(found)
    led = offices(extract(LEADING_VERBS, markdown=True))
    assert "Soot and Ember Divisions" not in led
    assert {"Soot Division", "Ember Division"} <= set(led)


def _led(sentence: str, off: frozenset[str] = frozenset()) -> dict[str, Placed]:
    """The units of a page whose Oil Office section says ``sentence``, but the page's own."""
    text = (
        "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps.\n\n"
        f"## Oil Office\n\nThe Oil Office keeps the oil. {sentence}\n"
    )
    found = offices(extract(text, markdown=True, off=off))
    return {k: v for k, v in found.items() if k not in ("Lamp Works Authority", "Oil Office")}


def test_leading_verb_list_name_led_opens_with_an_accented_capital() -> None:
    # any letter's capital opens a name led, as after a verb of supervision
    sentence = "The Deputy Warden heads the Église Bureau."
    assert _led(sentence) == {
        "Église Bureau": Placed("Oil Office", "leading_verb_list", "leading_verb_list")
    }
    assert _led(sentence, frozenset({"leading_verb_list"})) == {}


@pytest.mark.parametrize(
    ("sentence", "name", "parent"),
    [
        # the first verb is an adjective: no subject before "leading"
        (
            "Known as the leading Glass Trust of the valley, the Oil Office heads the "
            "Ember Bureau.",
            "Ember Bureau",
            "Oil Office",
        ),
        # the first verb leads work, the second a body
        (
            "The Wick Office leads Lamp Renewal and heads the Soot Division.",
            "Soot Division",
            "Wick Office",
        ),
    ],
)
def test_leading_verb_list_a_later_verb_that_leads_a_body(
    sentence: str, name: str, parent: str
) -> None:
    found = _led(sentence)
    assert found[name] == Placed(parent, "leading_verb_list", "leading_verb_list")
    assert "Glass Trust" not in found and "Lamp Renewal" not in found
    assert name not in _led(sentence, frozenset({"leading_verb_list"}))


def test_leading_verb_list_unit_noun_before_of_or_for_inside_the_name() -> None:
    # a unit noun before "for" (or "of") names a body wherever it stands in the name
    sentence = "The Deputy Warden heads the Tallow Office for Wick Grants."
    assert _led(sentence) == {
        "Tallow Office for Wick Grants": Placed(
            "Oil Office", "leading_verb_list", "leading_verb_list"
        )
    }
    assert _led(sentence, frozenset({"leading_verb_list"})) == {}


def test_leading_verb_list_peer_not_worded_as_a_body() -> None:
    # a peer with no unit noun and no plural noun shared is no body led; its series'
    # body is; a series that closes on a plural unit noun keeps its bare names
    found = _led("The Deputy Warden heads the Glass Division and the Ember Inquiry.")
    assert found == {
        "Glass Division": Placed("Oil Office", "leading_verb_list", "leading_verb_list")
    }
    shared = _led("The Chief Keeper leads Wick Care, Oil Supply and the Flint and Tinder Units.")
    assert shared["Wick Care"] == Placed("Oil Office", "leading_verb_list", "leading_verb_list")
    assert shared["Oil Supply"].found_by == "leading_verb_list"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Deputy Warden manages the Lamp Data Network.",
        "The Deputy Warden directs the Wick Review Committee.",
        "The Deputy Warden runs the Glass Depot.",
    ],
)
def test_leading_verb_list_not_directs_manages_or_runs(sentence: str) -> None:
    # what one manages or runs may be a thing, what one directs a body one presides over
    assert _led(sentence) == {}


OVERSIGHT_THEN_LEADING = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

## Wick Office

The Wick Office keeps the wicks.

## Oil Office

The Oil Office keeps the oil. The Wick Office oversees the Glass Works Center. They also \
lead the Soot Division. The Deputy Warden heads the Ember Bureau. The Chief Keeper oversees \
the Flint Yard Center.
"""


def test_oversight_list_switched_off_leaves_leading_verb_list() -> None:
    # Each switch takes away its own branch's units only: the leading branch is read with
    # the supervision branch off, "They" still the subject of the sentence before.
    found = offices(extract(OVERSIGHT_THEN_LEADING, markdown=True))
    assert found["Glass Works Center"] == ("Wick Office", "oversight_list", "oversight_list")
    assert found["Chief Keeper"].found_by == "oversight_list"  # a post that oversees
    off = offices(extract(OVERSIGHT_THEN_LEADING, markdown=True, off={"oversight_list"}))
    assert not [name for name, placed in off.items() if placed.found_by == "oversight_list"]
    assert "Chief Keeper" not in off
    for name, parent in (("Soot Division", "Wick Office"), ("Ember Bureau", "Oil Office")):
        assert found[name] == (parent, "leading_verb_list", "leading_verb_list"), name
        assert off[name] == found[name], name


def test_leading_verb_list_switched_off_leaves_oversight_list() -> None:
    off = offices(extract(OVERSIGHT_THEN_LEADING, markdown=True, off={"leading_verb_list"}))
    assert off["Glass Works Center"] == ("Wick Office", "oversight_list", "oversight_list")
    assert "Soot Division" not in off and "Ember Bureau" not in off


WORK_DONE_BY = dedent("""\
    # Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps.

    ## Overview

    The Authority trims wicks and fills lamps across the town. Day-to-day operations are \
handled by the Office of Wick Supply, the Office of the Oil Officer, and the Glass \
Bureau. Field support is provided by the Survey Bureau, the Yard Group, and others.

    ## Wick Division

    The Wick Division trims wicks.

    ## Oil Division

    The Oil Division fills lamps.
    """)


def test_work_done_by_list_names_the_units_that_do_the_work() -> None:
    """A series of names worded as units after a passive verb of work ("are handled by")
    whose subject is the body's work: units of the section's body, "Office of the <post>"
    among them; the switch takes them away."""
    found = offices(extract(WORK_DONE_BY, markdown=True))
    for name in (
        "Office of Wick Supply",
        "Office of the Oil Officer",
        "Glass Bureau",
        "Survey Bureau",
        "Yard Group",
    ):
        assert found[name] == (
            "Lamp Works Authority",
            "work_done_by_list",
            "work_done_by_list",
        ), name
    off = offices(extract(WORK_DONE_BY, markdown=True, off={"work_done_by_list"}))
    assert not {"Office of Wick Supply", "Glass Bureau", "Yard Group"} & set(off)


WORK_NOT_DONE_BY = dedent("""\
    # Lamp Works Authority

    The Lamp Works Authority keeps the town's lamps.

    ## Overview

    The Authority trims wicks and fills lamps across the town. Funding is provided by the \
Oil Ministry Office and the Wick Trust Bureau. The Ember Court is supported by the Soot \
Ledger Office and the Night Clerk Office. Daily work is overseen by the Harbour Board \
Office and the Quay Office. Field work is handled by the Pump Director of the Pump \
Office and the Director of the Tank Office. Repairs are carried out by the Glass Office.

    ## Wick Division

    The Wick Division trims wicks.

    ## Oil Division

    The Oil Division fills lamps.
    """)


def test_work_done_by_list_not_payers_helpers_bosses_posts_or_one_name() -> None:
    """Who pays ("Funding is provided by"), what helps a named body ("The Ember Court is
    supported by"), who oversees (no verb of work), posts named after a unit, and a single
    name are no series of units doing the body's work."""
    found = offices(extract(WORK_NOT_DONE_BY, markdown=True))
    for name in (
        "Oil Ministry Office",
        "Wick Trust Bureau",
        "Soot Ledger Office",
        "Night Clerk Office",
        "Harbour Board Office",
        "Quay Office",
        "Pump Director of the Pump Office",
        "Director of the Tank Office",
        "Glass Office",
    ):
        assert found.get(name, Placed(None, "", None)).found_by != "work_done_by_list", name


WORK_DONE_BY_KINDS = dedent("""\
    # Lamp Keeping Department

    The Lamp Keeping Department builds and keeps the town's lamps.

    ## Organisation

    The Department is headed by the Chief Lamp Engineer. Field work is carried out by the \
Zonal Offices, Circle Offices and Divisional Offices. Design work is undertaken by the \
Wick Design Bureau and the Glass Design Bureau. Local planning is handled by the City's \
Wick Yard Department and the Oil Yard Section.
    """)


def test_work_done_by_list_plural_kinds_and_possessives_name_no_unit() -> None:
    """A name in the plural of a unit noun ("the Zonal Offices, Circle Offices and Divisional
    Offices") names a kind of unit, and one that opens with a body in the possessive ("the
    City's Wick Yard Department") names a part by its body: neither is a unit; the units
    named beside them still are."""
    found = offices(extract(WORK_DONE_BY_KINDS, markdown=True))
    for name in ("Zonal Offices", "Circle Offices", "Divisional Offices"):
        assert name not in found, name
    assert not any(name.startswith("City") for name in found)
    for name in ("Wick Design Bureau", "Glass Design Bureau", "Oil Yard Section"):
        assert found[name].parent == "Lamp Keeping Department", name


@pytest.mark.xfail(
    reason="a body outside the page's agency named beside its own units after a verb of work "
    "('County polls are conducted by the State Board of Wick Ballots and the County "
    "Wick Ballot Office', 'External audits are conducted by the Office of the Lamp Auditor "
    "and the Wick Accounts Committee') is read as a unit: its wording is a unit's, and "
    "nothing in the sentence tells a peer or a body above from a part",
    strict=True,
)
def test_work_done_by_list_outside_body_beside_own_unit() -> None:
    text = page(
        "County polls are conducted by the State Board of Wick Ballots and the County "
        "Wick Ballot Office."
    )
    assert "State Board of Wick Ballots" not in offices(extract(text))
