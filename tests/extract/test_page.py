"""The rules of ``pipeline/extract/page.py``, each on short synthetic text.

Entry point of the pure extraction: one page's text in, its table records out."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.offices.parents_within import repeated_unit
from pipeline.extract.page import (
    _name_words,
    _named_again,
    _parents_first,
    named_again_as_unit_of_its_name,
    named_again_spelled_another_way,
    named_again_with_its_unit_noun,
    root_read_short,
    unit_named_again,
)
from pipeline.extract.records import PageExtraction, UnitType
from pipeline.extract.units import Unit
from pipeline.rules import disabled
from tests.extract.filter_helpers import ROOT
from tests.extract.helpers import Placed, extract, names, offices

# A code's section: the divisions listed, then a paragraph on each that names it again.
NAMED_AGAIN_IN_ITS_SECTION = dedent("""\
    Bureau of Lantern Safety

    Section 4. Divisions of the Bureau. -

    (1) The Bureau consists of the following Divisions:
    (a) Wick Division
    (b) Oil Division
    (c) Glass Division

    The following divisions shall perform their functions herein enumerated under the
    supervision of the Keeper.

    (2) The Wick Division shall trim and braid the wicks of the town's lamps, and shall:
    (a) Keep the wick stores;
    (b) Carry out other functions assigned by the Keeper.

    (3) The Oil Division shall buy and store the lamp oil, and shall:
    (a) Keep the oil stores;
    (b) Carry out other functions assigned by the Keeper.
    """)

# A prose list of the divisions, then a chart of the posts with the same divisions under
# them, a part of one of them under its division.
NAMED_AGAIN_UNDER_POSTS = dedent("""\
    # Bureau of Lantern Safety

    The bureau has three divisions. They are the Wick Division, the Oil Division and the
    Glass Division.

    ## Deputy Keeper Wicks and Oil

    ### Wick Division

    #### Braiding Desk

    The desk braids the wicks.

    ### Oil Division

    ## Deputy Keeper Glass

    ### Glass Division
    """)


def test_unit_named_again_under_the_same_parent_is_one_unit() -> None:
    """A listed division its own paragraph names again is one unit, one row."""
    assert names(extract(NAMED_AGAIN_IN_ITS_SECTION)).count("Wick Division") == 1
    assert names(extract(NAMED_AGAIN_IN_ITS_SECTION)).count("Oil Division") == 1
    old = names(extract(NAMED_AGAIN_IN_ITS_SECTION, off={"unit_named_again"}))
    assert old.count("Wick Division") == 2
    assert old.count("Oil Division") == 2


def test_unit_named_again_below_the_first_is_one_unit_its_parts_move_to_it() -> None:
    """The chart's divisions, under posts beneath the bureau, are the prose's divisions: no
    second row, and the desk under the chart's division hangs from the first one."""
    result = extract(NAMED_AGAIN_UNDER_POSTS, markdown=True)
    assert names(result).count("Wick Division") == 1
    assert names(result).count("Glass Division") == 1
    found = offices(result)
    assert found["Wick Division"].parent == ROOT
    wick = next(o for o in result.offices if o.name == "Wick Division")
    desk = next(o for o in result.offices if o.name == "Braiding Desk")
    assert desk.parent_id == wick.office_id
    old = extract(NAMED_AGAIN_UNDER_POSTS, markdown=True, off={"unit_named_again"})
    assert names(old).count("Wick Division") == 2
    assert offices(old)["Braiding Desk"].parent == "Wick Division"
    assert next(o for o in old.offices if o.name == "Braiding Desk").parent_id != (
        next(o for o in old.offices if o.name == "Wick Division").office_id
    )


def test_unit_named_again_under_peer_holders_is_two_units() -> None:
    """A "Ledger Section" in the Wick Division and one in the Oil Division: two units."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The bureau keeps the lamps of the town lit.

        ## Wick Division

        The division trims the wicks.

        ### Ledger Section

        The section keeps the division's accounts.

        ## Oil Division

        The division stores the oil.

        ### Ledger Section

        The section keeps the division's accounts.
        """)
    result = extract(text, markdown=True)
    by_id = {o.office_id: o.name for o in result.offices}
    held = [by_id[o.parent_id] for o in result.offices if o.name == "Ledger Section"]
    assert held == ["Wick Division", "Oil Division"]
    bureau = _lantern_unit(ROOT, None)
    first = _lantern_unit("Ledger Section", _lantern_unit("Wick Division", bureau))
    later = _lantern_unit("Ledger Section", _lantern_unit("Oil Division", bureau))
    assert not unit_named_again(later, first)


def test_unit_named_again_a_part_named_as_its_holder_is_two_units() -> None:
    """A "Wick Section" inside a "Wick Section" is the holder's own part: both stay."""
    root = _lantern_unit(ROOT, None)
    holder = _lantern_unit("Wick Section", root)
    part = _lantern_unit("Wick Section", holder)
    assert not unit_named_again(part, holder)
    assert unit_named_again(_lantern_unit("Wick Section", root), holder)


def test_unit_named_again_with_another_acronym_is_two_units() -> None:
    """ "Glass Office (GO)" and a "Glass Office (OG)" beside it: two offices of one name that
    their acronyms tell apart, both kept; one of them without an acronym is the same unit."""
    bureau = _lantern_unit(ROOT, None)
    first = _lantern_unit("Glass Office", bureau)
    later = _lantern_unit("Glass Office", bureau)
    first.acronym, later.acronym = "GO", "OG"
    assert not unit_named_again(later, first)
    later.acronym = None
    assert unit_named_again(later, first)


def _lantern_unit(name: str, parent: Unit | None) -> Unit:
    """A bare office unit named ``name`` under ``parent`` (the page's root when None)."""
    kind = UnitType.OFFICE if parent is not None else UnitType.AGENCY
    return Unit(name, None, kind, None, None, 0, 1, parent)


# A part of the bureau's own, then a part of that name in each of two divisions.
NAMED_AGAIN_UNDER_A_DIVISION = dedent("""\
    # Bureau of Lantern Safety

    The bureau keeps the lamps of the town lit.

    ## Ledger Section

    The section keeps the bureau's accounts.

    ## Wick Division

    The division trims the wicks.

    ### Ledger Section

    The section keeps the division's accounts.

    ## Oil Division

    The division stores the oil.

    ### Ledger Section

    The section keeps the division's accounts.
    """)


def _holders(result: PageExtraction, name: str) -> list[str | None]:
    """The names of the parents of the rows named ``name``, in the page's order."""
    by_id = {o.office_id: o.name for o in result.offices}
    return [by_id.get(o.parent_id or "") for o in result.offices if o.name == name]


def test_unit_named_again_under_a_division_below_the_first_is_two_units() -> None:
    """The bureau's "Ledger Section" and the one in each division are three units: a
    division between the two copies holds a part of its own (only posts between make the
    later copy the first one)."""
    result = extract(NAMED_AGAIN_UNDER_A_DIVISION, markdown=True)
    assert _holders(result, "Ledger Section") == [ROOT, "Wick Division", "Oil Division"]
    off = extract(NAMED_AGAIN_UNDER_A_DIVISION, markdown=True, off={"unit_named_again"})
    assert _holders(off, "Ledger Section") == [ROOT, "Wick Division", "Oil Division"]


def test_unit_named_again_under_a_division_above_the_first_is_two_units() -> None:
    """The reverse: a division's "Ledger Section", then the bureau's own: two units."""
    bureau = _lantern_unit(ROOT, None)
    first = _lantern_unit("Ledger Section", _lantern_unit("Wick Division", bureau))
    later = _lantern_unit("Ledger Section", bureau)
    later.heading = "Ledger Section"
    assert not unit_named_again(later, first)
    post = _lantern_unit("Deputy Keeper Wicks", bureau)
    assert unit_named_again(
        _lantern_unit("Ledger Section", post), _lantern_unit("Ledger Section", bureau)
    )


def test_unit_named_again_the_repeat_gives_the_first_its_acronym_and_description() -> None:
    """The chart's "Wick Division (WD)" and its text, a repeat of the prose's division: the
    one row kept has the acronym and the description the repeat gave."""
    text = NAMED_AGAIN_UNDER_POSTS.replace(
        "### Wick Division\n", "### Wick Division (WD)\n\nThe division trims the wicks.\n"
    )
    result = extract(text, markdown=True)
    wick = [o for o in result.offices if o.name == "Wick Division"]
    assert [(o.acronym, o.description) for o in wick] == [("WD", "The division trims the wicks.")]
    off = extract(text, markdown=True, off={"unit_named_again"})
    wicks = [(o.acronym, o.description) for o in off.offices if o.name == "Wick Division"]
    assert wicks == [(None, None), ("WD", "The division trims the wicks.")]


def _record_parents_end_at_root(units: list[Unit], repeats: dict[int, Unit]) -> bool:
    """Whether, the repeats gone (what pointed at one pointing at the unit it repeats), every
    unit's parents lead to the root without a cycle."""

    def parent(unit: Unit) -> Unit | None:
        step = unit.parent
        while step is not None and id(step) in repeats:
            step = repeats[id(step)]
        return step

    for unit in units:
        seen: set[int] = set()
        step: Unit | None = unit
        while step is not None and step is not units[0]:
            if id(step) in seen:
                return False
            seen.add(id(step))
            step = parent(step)
        if step is None:
            return False
    return True


def test_unit_named_again_in_any_order_of_the_units_makes_no_cycle() -> None:
    """Two posts each named twice, each first copy under the other's second copy (units
    not in parents-first order): the merges never make a unit its own ancestor."""
    bureau = _lantern_unit(ROOT, None)
    wicks_again = _lantern_unit("Deputy Keeper Wicks", bureau)
    oil_again = _lantern_unit("Deputy Keeper Oil", bureau)
    wicks = _lantern_unit("Deputy Keeper Wicks", oil_again)
    oil = _lantern_unit("Deputy Keeper Oil", wicks_again)
    units = [bureau, wicks, oil, wicks_again, oil_again]
    repeats = _named_again(units, set(), "")
    assert repeats == {id(wicks_again): wicks}
    assert _record_parents_end_at_root(units, repeats)


def test_unit_named_again_tested_against_every_unit_of_its_name() -> None:
    """A "Ledger Section" in the Wick Division, one in the Oil Division, then the Oil
    Division's named again: a repeat of the second, though the first is another unit."""
    bureau = _lantern_unit(ROOT, None)
    wick, oil = _lantern_unit("Wick Division", bureau), _lantern_unit("Oil Division", bureau)
    first = _lantern_unit("Ledger Section", wick)
    second = _lantern_unit("Ledger Section", oil)
    again = _lantern_unit("Ledger Section", oil)
    repeats = _named_again([bureau, wick, oil, first, second, again], set(), "")
    assert repeats == {id(again): second}


def test_unit_named_again_in_another_case_is_the_same_unit() -> None:
    """ "Wick division" beside a "Wick Division": one name in another case, one unit; a
    "Wick Section" in a "Wick Section" stays the holder's own part (``repeated_unit`` would
    take it for its holder)."""
    bureau = _lantern_unit(ROOT, None)
    first = _lantern_unit("Wick Division", bureau)
    assert unit_named_again(_lantern_unit("Wick  division", bureau), first)
    assert _named_again([bureau, first, again := _lantern_unit("WICK DIVISION", bureau)], set(), "")
    assert again.parent is bureau
    holder = _lantern_unit("Wick Section", bureau)
    part = _lantern_unit("Wick Section", holder)
    assert repeated_unit(holder, part)
    assert not unit_named_again(part, holder)


def test_unit_named_again_a_sentences_part_deeper_in_the_chart_is_one_unit() -> None:
    """A sentence or a list naming the bureau's parts ("The bureau is composed of ... the
    Glass Supply Center") says nothing of how deep they sit: a "Glass Supply Center" under
    a division is the one it names, before it or after it; a heading's copy nearer the
    root holds its place."""
    bureau = _lantern_unit(ROOT, None)
    deeper = _lantern_unit("Glass Supply Center", _lantern_unit("Wick Division", bureau))
    named = _lantern_unit("Glass Supply Center", bureau)
    assert unit_named_again(named, deeper)
    assert unit_named_again(deeper, named)
    named.heading = "Glass Supply Center"
    assert not unit_named_again(named, deeper)
    assert not unit_named_again(deeper, named)


def test_placed_in_holder_a_part_named_with_its_holder_sits_under_it() -> None:
    """ "the Braiding Division for the Wick Supply Group": the sentence names the part with
    the unit that holds it; the part is the Braiding Division, under the Wick Supply Group,
    not beside it under the agency."""
    text = (
        "Bureau of Lantern Safety\n\n"
        "The work of the bureau is divided into two groups: Wick Supply Group and Oil Care "
        "Group. Each group is headed by a Deputy Keeper and they are supported by a First "
        "Assistant Keeper leading the Braiding Division for the Wick Supply Group and the "
        "Glass Mending Division for the Oil Care Group.\n"
    )
    found = offices(extract(text))
    assert found["Braiding Division"] == Placed(
        "Wick Supply Group", "prose_unit", "placed_in_holder"
    )
    assert found["Glass Mending Division"].parent == "Oil Care Group"
    old = offices(extract(text, off={"placed_in_holder"}))
    assert old["Braiding Division"].parent == "Bureau of Lantern Safety"
    assert old["Glass Mending Division"].parent == "Bureau of Lantern Safety"


def test_placed_in_holder_an_item_the_code_establishes_in_its_holder() -> None:
    """A code's items, each a unit's name and the clause that makes it ("Dipping Section.
    There is hereby established a Dipping Section in the Oil Care Division."): the clause's
    part is the item's unit, which sits under the division it names, not beside it."""
    text = (
        "# Bureau of Lantern Safety\n\n## Wick Divisions\n\n"
        "1. **Oil Care Division.** There is hereby established an Oil Care Division.\n"
        "2. **Dipping Section.** There is hereby established a Dipping Section in the "
        "Oil Care Division. The Dipping Section shall be run by a keeper.\n"
        "3. **Tallow Section.** There is hereby established a Tallow Section in the "
        "Oil Care Division.\n"
    )
    found = offices(extract(text, markdown=True))
    assert found["Dipping Section"].parent == "Oil Care Division"
    assert found["Tallow Section"].parent_by == "placed_in_holder"
    old = offices(extract(text, markdown=True, off={"placed_in_holder"}))
    assert old["Dipping Section"].parent == "Bureau of Lantern Safety"


def test_placed_in_holder_never_under_a_unit_beneath_the_part() -> None:
    """A part that holds its holder ("Wick Office in the Braiding Desk", where the Braiding
    Desk is a part of the Wick Office) keeps its place: no loop."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Wick Office in the Braiding Desk

        The office keeps the wicks.

        ### Braiding Desk

        The desk braids the wicks.
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Office"].parent == "Bureau of Lantern Safety"
    assert found["Braiding Desk"].parent == "Wick Office"


def test_placed_in_holder_parts_whose_holders_form_a_loop_are_kept() -> None:
    """Reordering units so each follows its holder never drops one: two parts placed under each
    other (no rule should, but a loop must not lose rows silently) stay, once each, in order."""

    def unit(name: str) -> Unit:
        return Unit(name, None, UnitType.OFFICE, None, None, 0, 1)

    board, wick, oil, glass = (
        unit("Lamp Board"),
        unit("Wick Office"),
        unit("Oil Office"),
        unit("Glass Office"),
    )
    wick.parent, oil.parent, glass.parent = oil, wick, board
    assert [u.name for u in _parents_first([board, wick, oil, glass])] == [
        "Lamp Board",
        "Glass Office",
        "Wick Office",
        "Oil Office",
    ]


# A bureau's paragraph lists its divisions by their bare names; flat headings after it name
# two of them in full, one with parts of its own.
BARE_NAMES_THEN_HEADINGS = (
    "Bureau of Lantern Safety\n\n"
    "The bureau is organized into two bureaus:\n\n"
    "  \u2022 Wick Bureau\n  \u2022 Oil Bureau\n\n"
    "A brief description of the divisions follows.\n\n"
    "Wick Bureau \n\n"
    "The Wick Bureau trims the wicks of the town. The Bureau is divided into three (3)"
    " divisions: Wick Care, Braiding and Stores.\n\n"
    " Wick Care Division \n\n"
    "The Wick Care Division keeps the wicks clean.\n\n"
    "  \u2022 Soot Unit: The Soot Unit scrapes the soot from the wicks.\n\n"
    "  \u2022 Trim Unit: The Trim Unit cuts the wicks to length.\n\n"
    " Braiding Division \n\n"
    "The Braiding Division braids new wicks.\n"
)


def test_named_again_with_its_unit_noun_heading_is_the_listed_part() -> None:
    """The flat headings "Wick Care Division" and "Braiding Division" are the bureau's listed
    "Wick Care" and "Braiding": one row each, under the bureau, named in full, the heading's
    parts under it; with the rule off they are second rows under the root."""
    result = extract(BARE_NAMES_THEN_HEADINGS)
    found = offices(result)
    assert names(result).count("Wick Care Division") == 1
    assert "Wick Care" not in found and "Braiding" not in found
    assert found["Wick Care Division"].parent == "Wick Bureau"
    assert found["Braiding Division"].parent == "Wick Bureau"
    assert found["Soot Unit"].parent == "Wick Care Division"
    old = offices(extract(BARE_NAMES_THEN_HEADINGS, off={"named_again_with_its_unit_noun"}))
    assert old["Wick Care"].parent == "Wick Bureau"
    assert old["Wick Care Division"].parent == ROOT


def test_named_again_with_its_unit_noun_under_one_parent() -> None:
    """A list's "Wick Cares" and a paragraph's "Wick Care Division" beside it: one part; a
    lower-case noun ("Wick Care section") leaves the bare name."""
    bureau = _lantern_unit(ROOT, None)
    holder = _lantern_unit("Wick Bureau", bureau)
    first = _lantern_unit("Wick Cares", holder)
    later = _lantern_unit("Wick-Care Division", holder)
    assert named_again_with_its_unit_noun(later, first)
    units = [bureau, holder, first, later]
    assert _named_again(units, set(), "") == {id(later): first}
    assert first.name == "Wick-Care Division"
    lower = _lantern_unit("Wick Care section", holder)
    bare = _lantern_unit("Wick Care", holder)
    units = [bureau, holder, bare, lower]
    assert _named_again(units, set(), "") == {id(lower): bare}
    assert bare.name == "Wick Care"
    listed, in_full = _lantern_unit("Wickcare", holder), _lantern_unit("Wick Care Unit", holder)
    with disabled({"named_again_with_its_unit_noun"}):
        assert _named_again([bureau, holder, listed, in_full], set(), "") == {}
    assert _named_again([bureau, holder, listed, in_full], set(), "") == {id(in_full): listed}


def test_named_again_with_its_unit_noun_keeps_peers_parts_and_holders() -> None:
    """Two units: a "Ledger" of the Wick Division and a "Ledger Section" of the Oil Division;
    a "Wick Care" part of the "Wick Care Division"; "Wing-2" and a "Wing Section"; a name
    whose noun is its own word ("Lamp Lighting" and "Lamp Lighting Services")."""
    bureau = _lantern_unit(ROOT, None)
    wick = _lantern_unit("Wick Division", bureau)
    oil = _lantern_unit("Oil Division", bureau)
    assert not named_again_with_its_unit_noun(
        _lantern_unit("Ledger Section", oil), _lantern_unit("Ledger", wick)
    )
    assert named_again_with_its_unit_noun(
        _lantern_unit("Ledger Section", wick), _lantern_unit("Ledger", wick)
    )
    holder = _lantern_unit("Wick Care Division", bureau)
    assert not named_again_with_its_unit_noun(_lantern_unit("Wick Care", holder), holder)
    assert not named_again_with_its_unit_noun(
        _lantern_unit("Wing Section", bureau), _lantern_unit("Wing-2", bureau)
    )
    assert not named_again_with_its_unit_noun(
        _lantern_unit("Lamp Lighting Services", bureau), _lantern_unit("Lamp Lighting", bureau)
    )


def test_named_again_with_its_unit_noun_leaves_copies_placed_apart() -> None:
    """A heading under the root that a rule placed there (not left by default) stays apart
    from a listed part of a division: the page put it where it is."""
    bureau = _lantern_unit(ROOT, None)
    wick = _lantern_unit("Wick Division", bureau)
    listed = _lantern_unit("Stores", wick)
    listed.parent_by = "enumerated_units"
    heading = _lantern_unit("Stores Unit", bureau)
    heading.parent_by = "lead_in_names_parent"
    assert not named_again_with_its_unit_noun(heading, listed)
    heading.parent_by = "default_root"
    assert named_again_with_its_unit_noun(heading, listed)


# A sentence names a division by a noun, the heading over its paragraph by the adjective.
NOUN_THEN_ADJECTIVE = dedent("""\
    Bureau of Lantern Safety

    The bureau is organized into three divisions: the Wick Division, the Oil Division and
    the Lamp Illumination Division.

    Lamp Illuminative Division

    The division keeps the files of the bureau and pays its lamplighters.
    """)

# A list with a letter dropped from one name, the paragraph after it spelling it right.
SLIP_IN_A_LIST = dedent("""\
    Bureau of Lantern Safety

    The bureau has the following offices:

      \u2022 Wick Mainteance Office
      \u2022 Oil Stores Office

    The Wick Maintenance Office designs new wicks. Its maintenance is checked by the bureau,
    and its maintenance staff train the lamplighters.
    """)


def test_named_again_spelled_another_way_a_noun_and_its_adjective() -> None:
    """The sentence's "Lamp Illumination Division" and the heading's "Lamp Illuminative
    Division" are one division: one row, where the sentence placed it; with the rule off
    the heading is a second row under the root."""
    found = offices(extract(NOUN_THEN_ADJECTIVE))
    assert "Lamp Illuminative Division" not in found
    assert found["Lamp Illumination Division"].parent == ROOT
    old = offices(extract(NOUN_THEN_ADJECTIVE, off={"named_again_spelled_another_way"}))
    assert "Lamp Illumination Division" in old and "Lamp Illuminative Division" in old


def test_named_again_spelled_another_way_a_slip_of_the_pen() -> None:
    """The list's "Wick Mainteance Office" is the paragraph's "Wick Maintenance Office": one
    row, spelled as the page spells the word more often."""
    result = extract(SLIP_IN_A_LIST)
    assert "Wick Mainteance Office" not in names(result)
    assert names(result).count("Wick Maintenance Office") == 1
    old = names(extract(SLIP_IN_A_LIST, off={"named_again_spelled_another_way"}))
    assert "Wick Mainteance Office" in old and "Wick Maintenance Office" in old


def _spelled(later: str, first: str, parent: Unit | None = None) -> bool:
    """Whether ``named_again_spelled_another_way`` reads two units under one parent (the
    bureau when None) as one."""
    holder = parent or _lantern_unit(ROOT, None)
    a, b = _lantern_unit(later, holder), _lantern_unit(first, holder)
    return named_again_spelled_another_way(a, b, _name_words(later), _name_words(first))


def test_named_again_spelled_another_way_keeps_other_words_posts_and_peers_parts() -> None:
    """Two units: words that differ by more than a form or a slip ("Planning", "Planting";
    "Eastern", "Western"), a post and the body it heads, two words
    changed, and parts of one name under two peer divisions; one unit: a noun and its
    adjective, a slip of the pen."""
    assert _spelled("Office of Lamp Environment", "Office of Lamp Environmental")
    assert _spelled("Lamp Adminstrator", "Lamp Administrator")
    assert not _spelled("Lamp Planning Office", "Lamp Planting Office")
    assert not _spelled("Eastern Lamp Office", "Western Lamp Office")
    assert not _spelled("Lamp Secretary", "Lamp Secretariat")
    assert not _spelled("Lamp Minister", "Lamp Ministry")
    assert not _spelled("Lamp Commissioner", "Lamp Commission")
    assert not _spelled("Lamp Administrator", "Lamp Administration")
    assert not _spelled("Lamp Illuminative Wick Unit", "Lamp Illumination Oil Unit")
    bureau = _lantern_unit(ROOT, None)
    wick = _lantern_unit("Wick Division", bureau)
    oil = _lantern_unit("Oil Division", bureau)
    assert _spelled("Budget Illuminative Section", "Budget Illumination Section", wick)
    later = _lantern_unit("Budget Illuminative Section", wick)
    first = _lantern_unit("Budget Illumination Section", oil)
    words = _name_words(later.name), _name_words(first.name)
    assert not named_again_spelled_another_way(later, first, *words)


@pytest.mark.xfail(strict=True, reason="known miss: '-ics' and '-ical' are no noun-adjective pair")
def test_named_again_spelled_another_way_known_miss_statistics_and_statistical() -> None:
    """A page's "Lamp Statistics Division" and "Lamp Statistical Division" are one division,
    but the rule reads no "-ics" / "-ical" pair."""
    assert _spelled("Lamp Statistical Division", "Lamp Statistics Division")


# A name the page writes twice in full (heading and sentence) and once with the noun for
# the adjective; the noun is written alone all over the page.
NAME_TWICE_NOUN_ALONE_OFTEN = dedent("""\
    Board of Lamp Posts and Wicks

    The Board is responsible for the administration of lamp posts, the administration of
    wick contracts and the administration of the oil depots.

    Wick Administrative Registry
    The Wick Administrative Registry keeps the files of the lamplighters.

    Wick Administration Registry
    Supports the administration of the Keeper's office.

    Glass Standards Registry
    The registry sets the glass code.
    """)


def test_named_again_spelled_another_way_keeps_the_name_written_in_full_more_often() -> None:
    """One registry, named as the page writes it twice in full ("Wick Administrative
    Registry"), not by the noun the page writes alone five times ("administration")."""
    found = offices(extract(NAME_TWICE_NOUN_ALONE_OFTEN))
    assert "Wick Administration Registry" not in found
    assert "Wick Administrative Registry" in found
    old = offices(extract(NAME_TWICE_NOUN_ALONE_OFTEN, off={"named_again_spelled_another_way"}))
    assert "Wick Administration Registry" in old


def test_named_again_spelled_another_way_a_later_copy_of_the_usual_spelling() -> None:
    """A slip first ("Wick Mainteance Office"), then the name as the page usually writes it,
    twice: the slip's unit takes the usual spelling at the first of those and is then that
    name's unit, so the second merges into it too (it stayed a unit of its own, the name
    read from the slip's key only)."""
    bureau = _lantern_unit(ROOT, None)
    units = [bureau] + [
        _lantern_unit(name, bureau)
        for name in ("Wick Mainteance Office", "Wick Maintenance Office", "Wick Maintenance Office")
    ]
    text = "Wick Mainteance Office. The Wick Maintenance Office keeps the Wick Maintenance Office."
    repeats = _named_again(units, set(), text)
    assert units[1].name == "Wick Maintenance Office"
    assert repeats == {id(units[2]): units[1], id(units[3]): units[1]}


# Two peers alike but for a noun and its adjective, or one letter, in one list.
PEERS_IN_ONE_LIST = dedent("""\
    Department of Lantern Guilds

    The Department has the following offices:

      \u2022 Oil Nation Relations Office
      \u2022 Oil National Relations Office
      \u2022 Wick Claims Office

    The Oil Nation Relations Office deals with the oil guilds. The Oil National Relations
    Office is the liaison with the Oil National Bank on the guilds' funds.
    """)

PEERS_IN_ONE_SENTENCE = dedent("""\
    Office of Lantern Liaison

    The Office has two desks: the Desk for Counties, which works with the county lamp boards,
    and the Desk for Countries, which works with foreign lamp boards.

    Desk for Counties
    Liaison with the 47 county lamp boards.

    Desk for Countries
    Liaison with embassies and foreign lamp boards.
    """)

PEERS_IN_A_RUN_OF_HEADINGS = dedent("""\
    Lantern Court of Justice

    The Registry of the Lantern Court has the following sections:

    (a) Execution Section
    (b) Executive Section
    (c) Filing Section

    The Execution Section enforces the Court's judgments by attachment and sale of lamps.

    The Executive Section handles the Court's staff, budget and buildings.
    """)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "known harm: two peers one list names alike but for a noun/adjective or one letter are "
        "merged; the guard that kept names of one sentence, one run of list items or of headings "
        "apart (_listed_together) undid a right merge on a held-out development page: removed"
    ),
)
def test_named_again_spelled_another_way_two_names_of_one_list_are_two_units() -> None:
    """Names one list gives (list items, one sentence, a run of headings) are peers, each a
    unit, however alike they are spelled."""
    for text, pair in (
        (PEERS_IN_ONE_LIST, ("Oil Nation Relations Office", "Oil National Relations Office")),
        (PEERS_IN_ONE_SENTENCE, ("Desk for Counties", "Desk for Countries")),
        (PEERS_IN_A_RUN_OF_HEADINGS, ("Execution Section", "Executive Section")),
    ):
        found = offices(extract(text))
        assert all(name in found for name in pair), pair


# A sentence names a division by the adjective in "-ural", the heading by the noun in "-ure".
ADJECTIVE_IN_URAL_THEN_NOUN = dedent("""\
    Bureau of Wick Agriculture

    The Bureau is organised into three divisions: the Wick Seed Division, the Oil Herds
    Division and the Agricultural Wick Extension Division.

    Agriculture Wick Extension Division

    The division trains wick growers through extension officers in every district.
    """)


def test_named_again_spelled_another_way_a_noun_in_ure_and_its_adjective() -> None:
    """ "Agricultural Wick Extension Division" and "Agriculture Wick Extension Division" are
    one division; "Architect" and "Architecture" (a post and a body) stay apart."""
    found = names(extract(ADJECTIVE_IN_URAL_THEN_NOUN))
    assert len([n for n in found if n.endswith("Wick Extension Division")]) == 1
    old = names(extract(ADJECTIVE_IN_URAL_THEN_NOUN, off={"named_again_spelled_another_way"}))
    assert "Agricultural Wick Extension Division" in old
    assert "Agriculture Wick Extension Division" in old
    assert _spelled("Lamp Structural Office", "Lamp Structure Office")
    assert not _spelled("Lamp Architect Office", "Lamp Architecture Office")


# Two peer directorates, each heading a section with its own text, alike but for a noun and
# its adjective.
PEER_SECTIONS_ALIKE = dedent("""\
    Lantern Hygiene Authority

    The Authority has three directorates:

    Clinical Wick Directorate
    Oversees the doctors and nurses who treat burns in the lamp works.

    Clinic Wick Directorate
    Runs the network of rural burn clinics and mobile clinics.

    Lamp Hygiene Directorate
    Soot surveillance.
    """)


@pytest.mark.xfail(
    strict=True, reason="known harm: two peer sections, each with its own text, read as one"
)
def test_named_again_spelled_another_way_known_harm_peer_sections_each_with_its_text() -> None:
    """ "Clinical Wick Directorate" and "Clinic Wick Directorate" head two sections with texts
    of their own: two directorates, but the rule reads one (a page may also head one unit
    twice, in a chart and in its details, so sections are not told apart)."""
    found = offices(extract(PEER_SECTIONS_ALIKE))
    assert "Clinical Wick Directorate" in found and "Clinic Wick Directorate" in found


# A list of the board's directorates by their full names, then a list of what they hold
# that names some of them again bare.
DIRECTORATES_THEN_BARE_NAMES = dedent("""\
    Lantern Board

    The board is divided into a number of directorates. The directorates are:

      \u2022 Office of the Keeper
      \u2022 Directorate of Wick Care
      \u2022 Directorate of Oil Stores

    These directorates hold many functions, which include:

      \u2022 Wick Care
      \u2022 Oil Stores
      \u2022 Glass
    """)


def test_named_again_as_unit_of_its_name_bare_item_is_the_directorate() -> None:
    """The second list's "Wick Care" and "Oil Stores" are the "Directorate of Wick Care" and
    the "Directorate of Oil Stores" listed before: one row each, named in full; "Glass",
    which no directorate is named after, stays. With the rule off they are second rows."""
    found = names(extract(DIRECTORATES_THEN_BARE_NAMES))
    assert "Directorate of Wick Care" in found and "Directorate of Oil Stores" in found
    assert "Wick Care" not in found and "Oil Stores" not in found
    assert "Glass" in found
    old = names(extract(DIRECTORATES_THEN_BARE_NAMES, off={"named_again_as_unit_of_its_name"}))
    assert "Wick Care" in old and "Oil Stores" in old


def test_named_again_as_unit_of_its_name_under_one_parent() -> None:
    """A sentence's bare "Wick Audits" and a paragraph's "Office of Wick Audits" beside it
    are one part, which keeps the full name whichever copy came first; so are a code's
    "Wick Trimming Division" and its "Office of the Wick Trimming Division", and
    "Oil-Store" and "Bureau for Oil Stores"."""
    bureau = _lantern_unit(ROOT, None)
    holder = _lantern_unit("Lamp Office", bureau)
    bare = _lantern_unit("Wick Audits", holder)
    in_full = _lantern_unit("Office of Wick Audits", holder)
    assert named_again_as_unit_of_its_name(in_full, bare)
    with disabled({"named_again_as_unit_of_its_name"}):
        assert _named_again([bureau, holder, bare, in_full], set(), "") == {}
    assert _named_again([bureau, holder, bare, in_full], set(), "") == {id(in_full): bare}
    assert bare.name == "Office of Wick Audits"
    listed = _lantern_unit("Wick Trimming Division", holder)
    again = _lantern_unit("Office of the Wick Trimming Division", holder)
    assert _named_again([bureau, holder, again, listed], set(), "") == {id(listed): again}
    assert again.name == "Office of the Wick Trimming Division"
    store, bureau_for = (
        _lantern_unit("Oil-Store", holder),
        _lantern_unit("Bureau for Oil Stores", holder),
    )
    assert named_again_as_unit_of_its_name(bureau_for, store)


def test_named_again_as_unit_of_its_name_keeps_posts_peers_and_holders() -> None:
    """Two units each: a post and the office it heads ("Lamp Director", "Office of the
    Lamp Director"; "Wick Keeper-General", "Office of the Wick Keeper-General"); a "Lamp
    Accounts" of the Wick Division and an "Office of Lamp Accounts" of the Oil Division; an
    "Office of Stores" and the "Stores" within it; copies that their acronyms tell apart."""
    bureau = _lantern_unit(ROOT, None)
    assert not named_again_as_unit_of_its_name(
        _lantern_unit("Office of the Lamp Director", bureau), _lantern_unit("Lamp Director", bureau)
    )
    assert not named_again_as_unit_of_its_name(
        _lantern_unit("Office of the Wick Keeper-General", bureau),
        _lantern_unit("Wick Keeper-General", bureau),
    )
    wick = _lantern_unit("Wick Division", bureau)
    oil = _lantern_unit("Oil Division", bureau)
    assert not named_again_as_unit_of_its_name(
        _lantern_unit("Office of Lamp Accounts", oil), _lantern_unit("Lamp Accounts", wick)
    )
    assert named_again_as_unit_of_its_name(
        _lantern_unit("Office of Lamp Accounts", wick), _lantern_unit("Lamp Accounts", wick)
    )
    holder = _lantern_unit("Office of Stores", bureau)
    assert not named_again_as_unit_of_its_name(_lantern_unit("Stores", holder), holder)
    first, later = _lantern_unit("Glass", bureau), _lantern_unit("Office of Glass", bureau)
    first.acronym, later.acronym = "GL", "OG"
    assert not named_again_as_unit_of_its_name(later, first)
    first.acronym = None
    assert named_again_as_unit_of_its_name(later, first)


# A ministry's own "Soot Ledger Division" heading before a department that lists its
# own "Soot Ledger" section, and an "Oil Ledger Division" of the ministry past a peer of
# that department: flat headings, all left under the root.
GENERIC_PARTS_AT_TWO_LEVELS = (
    "Ministry of Lamp Affairs\n\n"
    "The Ministry of Lamp Affairs is responsible for the lamps of the Union.\n\n"
    "Soot Ledger Division\n\n"
    "The Soot Ledger Division handles the establishment matters of the Ministry.\n\n"
    "Department of Wick Supply\n\n"
    "The Department of Wick Supply procures wicks for the Union. The Department has three"
    " sections: Soot Ledger, Oil Ledger and Stores.\n\n"
    "Oil Division\n\n"
    "The Oil Division buys lamp oil.\n\n"
    "Oil Ledger Division\n\n"
    "The Oil Ledger Division keeps the ledgers of the Ministry and pays its bills.\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="a heading left under the root is merged with a part a holder lists bare wherever it stands: before the list, or past a heading of the holder rank (the guard tried for both made one held-out page worse and was not kept)",
)
def test_named_again_with_its_unit_noun_leaves_headings_outside_the_holders_parts() -> None:
    """A heading before the list that names the part bare is no heading of that part, nor
    one past a heading of the listed parts' rank that the list does not name ("Oil
    Division"): the ministry's "Soot Ledger Division" and "Oil Ledger Division" stay under
    the ministry, the department's "Soot Ledger" and "Oil Ledger" stay its sections."""
    found = offices(extract(GENERIC_PARTS_AT_TWO_LEVELS))
    ministry = "Ministry of Lamp Affairs"
    assert found["Soot Ledger Division"].parent == ministry
    assert found["Oil Ledger Division"].parent == ministry
    assert found["Soot Ledger"].parent == "Department of Wick Supply"
    assert found["Oil Ledger"].parent == "Department of Wick Supply"


# Flat headings: the Wick Bureau's listed divisions, a lower unit between them, then a peer
# bureau with a "Stores Division" of its own.
PEER_HOLDER_THEN_HEADING = (
    "Bureau of Lantern Safety\n\n"
    "The Bureau of Lantern Safety keeps the lamps lit.\n\n"
    "Wick Bureau\n\n"
    "The Wick Bureau trims the wicks of the town. The Bureau is divided into three divisions:"
    " Wick Care, Braiding and Stores.\n\n"
    "Wick Care Division\n\nThe Wick Care Division keeps the wicks clean.\n\n"
    "Soot Unit\n\nThe Soot Unit scrapes soot.\n\n"
    "Braiding Division\n\nThe Braiding Division braids new wicks.\n\n"
    "Oil Bureau\n\nThe Oil Bureau buys oil.\n\n"
    "Stores Division\n\nThe Stores Division keeps the oil stores of the Oil Bureau.\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="a heading past a peer of the holder ('Stores Division' after the 'Oil Bureau') is merged with the holder listed 'Stores' (the guard tried with the one above was not kept)",
)
def test_named_again_with_its_unit_noun_stops_at_a_peer_of_the_holder() -> None:
    """ "Braiding Division", past the "Soot Unit" of a lower rank, is the listed "Braiding";
    "Stores Division", past the "Oil Bureau" beside the Wick Bureau, is not its "Stores"."""
    result = extract(PEER_HOLDER_THEN_HEADING)
    found = offices(result)
    assert found["Braiding Division"].parent == "Wick Bureau"
    assert "Braiding" not in found
    assert found["Stores"].parent == "Wick Bureau"
    assert names(result).count("Stores Division") == 1
    assert found["Stores Division"].parent != "Wick Bureau"


@pytest.mark.xfail(
    strict=True,
    reason="a collegial body or a post listed bare ('Lamp Cabinet', 'Lamp Commissioner') is merged with the office named after it with a unit noun (the guard tried went with the ones above and was not kept)",
)
def test_named_again_with_its_unit_noun_keeps_a_body_or_post_apart_from_its_office() -> None:
    """A collegial body ("Lamp Cabinet", "Lantern Council") or a post ("Lamp Commissioner") is
    a unit of its own beside the office named after it with a unit noun."""
    text = (
        "Office of the Lamp Warden\n\n"
        "The Office of the Lamp Warden supports the Lamp Warden of the Province.\n\n"
        "The Office of the Lamp Warden comprises the following units:\n\n"
        "- Lantern Council\n- Lantern Council Bureau\n- Lamp Cabinet\n- Lamp Cabinet Unit\n"
        "- Lamp Commissioner\n- Lamp Commissioner Directorate\n- Glass Unit\n"
    )
    found = offices(extract(text))
    for name in ("Lantern Council", "Lamp Cabinet", "Lamp Commissioner"):
        assert name in found
    for name in ("Lantern Council Bureau", "Lamp Cabinet Unit", "Lamp Commissioner Directorate"):
        assert name in found
    bureau = _lantern_unit(ROOT, None)
    assert named_again_with_its_unit_noun(
        _lantern_unit("Principal Division", bureau), _lantern_unit("Principal", bureau)
    )


def test_named_again_as_unit_of_its_name_a_heading_that_puts_the_noun_first() -> None:
    """A listed "Wick Care" and a later heading "Division of Wick Care" are one part
    (``named_again_with_its_unit_noun`` reads a noun after the name only)."""
    text = (
        "Bureau of Lantern Safety\n\n"
        "The Bureau of Lantern Safety keeps the lamps lit.\n\n"
        "Wick Bureau\n\n"
        "The Wick Bureau trims the wicks of the town. The Bureau is divided into two"
        " divisions: Wick Care and Braiding.\n\n"
        "Division of Wick Care\n\nThe Division of Wick Care keeps wicks clean.\n"
    )
    assert "Wick Care" not in offices(extract(text))
    assert "Wick Care" in offices(extract(text, off={"named_again_as_unit_of_its_name"}))


@pytest.mark.xfail(
    strict=True,
    reason="two flat headings under the root, a region ('Africa', with desks of its own) and "
    "a desk named after it past a peer region ('Africa Desk'), are merged as one part",
)
def test_named_again_with_its_unit_noun_region_and_its_desk() -> None:
    text = (
        "Department of Lamp Trade\n\n"
        "The Department of Lamp Trade promotes the export of lamps.\n\n"
        "Africa\n\nThe Africa region covers trade with the African Lamp Union. It has two desks:"
        " East Africa and West Africa.\n\n"
        "Asia\n\nThe Asia region covers trade with Asia.\n\n"
        "Africa Desk\n\nThe Africa Desk coordinates the work of the region.\n"
    )
    found = offices(extract(text))
    assert "Africa" in found and "Africa Desk" in found


# A Caribbean ministry's list of its offices, each named for the post it serves, then a
# heading on each post: posts no list of post words holds ("Statistician", "Trustee").
OFFICES_OF_POSTS_THEN_THE_POSTS = dedent("""\
    Ministry of Lamp Finance

    The Ministry of Lamp Finance manages the public lamp purse of the Island.

    The Ministry comprises the following departments and offices:

      - Office of the Lamp Statistician
      - Office of the Public Trustee
      - Wick Treasury Unit

    Lamp Statistician

    The Lamp Statistician is appointed under the Lamp Statistics Act and heads the
    statistical service of the Island.

    Public Trustee

    The Public Trustee administers the estates of deceased lamp keepers.
    """)


def test_named_again_as_unit_of_its_name_keeps_a_post_known_by_its_agent_noun() -> None:
    """The "Lamp Statistician" and the "Office of the Lamp Statistician", the
    "Public Trustee" and the "Office of the Public Trustee": a post and the office that
    serves it, two units each, though no post word names them: their head word is an agent
    noun ("-ian", "-ee"; "-er", "-or" after "the": the "Public Protector", the "Master of
    the Lamp Court", its head before "of")."""
    found = names(extract(OFFICES_OF_POSTS_THEN_THE_POSTS))
    for post in ("Lamp Statistician", "Public Trustee"):
        assert post in found and f"Office of the {post}" in found
    bureau = _lantern_unit(ROOT, None)
    for post in ("Public Protector", "Master of the Lamp Court", "Chief Lamp Economist"):
        office = _lantern_unit(f"Office of the {post}", bureau)
        assert not named_again_as_unit_of_its_name(office, _lantern_unit(post, bureau))
    # without "the", "-er" and "-or" end a field's name: "Office of Water" is the "Water"
    assert named_again_as_unit_of_its_name(
        _lantern_unit("Office of Lamp Water", bureau), _lantern_unit("Lamp Water", bureau)
    )
    # the head word is read before "of" in any case: a heading in capitals, "Of" in a title
    for office in ("OFFICE OF THE CUSTODIAN OF WICK PROPERTY", "Office of the Keeper Of Wicks"):
        post = office.split(maxsplit=3)[-1]
        assert not named_again_as_unit_of_its_name(
            _lantern_unit(office, bureau), _lantern_unit(post, bureau)
        )


def test_named_again_as_unit_of_its_name_keeps_a_body_apart_from_its_office() -> None:
    """A collegial body ("Lantern Council") and the office that serves it ("Office of the
    Lantern Council", its secretariat) are two units; a part's own noun after "of the" is
    still the part ("Office of the Wick Trimming Division", "Bureau of the Lamp Census")."""
    text = dedent("""\
        Lantern Authority

        The Lantern Authority is governed by the Lantern Council. The Authority is made up of:

          - Lantern Council
          - Office of the Lantern Council
          - Directorate of Wick Standards
        """)
    found = names(extract(text))
    assert "Lantern Council" in found and "Office of the Lantern Council" in found
    bureau = _lantern_unit(ROOT, None)
    assert named_again_as_unit_of_its_name(
        _lantern_unit("Bureau of the Lamp Census", bureau), _lantern_unit("Lamp Census", bureau)
    )


def test_named_again_as_unit_of_its_name_offices_for_a_listed_part() -> None:
    """A British department's sentence lists its offices bare ("Wick Exports, Oil Imports
    and Glass") and headings name two of them "Office for ...": one row each, named in
    full, under the department; "Glass" stays."""
    text = dedent("""\
        Department for Lamp Trade

        The Department is comprised of three offices - Wick Exports, Oil Imports and Glass.

        Office for Wick Exports

        The Office for Wick Exports promotes the Island's wicks abroad.

        Office for Oil Imports

        The Office for Oil Imports licenses imported oil.
        """)
    found = offices(extract(text))
    assert "Wick Exports" not in found and "Oil Imports" not in found
    assert found["Office for Wick Exports"].parent == "Department for Lamp Trade"
    assert found["Office for Oil Imports"].parent == "Department for Lamp Trade"
    assert "Glass" in found


@pytest.mark.xfail(
    strict=True,
    reason="a third copy ('Wick Tallies Division (WTD)') is merged into the bare copy that "
    "already went into the 'Office of Wick Tallies': its acronym is lost with the bare copy",
)
def test_named_again_as_unit_of_its_name_third_copy_keeps_its_acronym() -> None:
    """A bare heading "Wick Tallies", a listed "Office of Wick Tallies" and a heading "Wick
    Tallies Division (WTD)": one part, which keeps the acronym."""
    text = dedent("""\
        Lantern Board

        The Lantern Board keeps the lamps of the town.

        Wick Tallies

        Wick Tallies checks the wick stores.

        Lamp Office

        The Lamp Office has the following parts:

          - Office of Wick Tallies
          - Glass

        Wick Tallies Division

        The Wick Tallies Division (WTD) reports to the Lamp Office.
        """)
    result = extract(text)
    merged = [o for o in result.offices if "Wick Tallies" in o.name]
    assert len(merged) == 1
    assert merged[0].acronym == "WTD"


# An overview whose agency phrase writes the body's name with "&": the root strategy reads the
# name short, at the "&"; the unit finder reads it in full from the same sentence.
READ_SHORT_AT_AN_AMPERSAND = (
    "top of page\nLamp Services\n\nAgency Overview\nThe Department of Lamps & Wicks (L&W)"
    " supports the lamp keepers of the town and its wick makers.\n\nAgency Structure\n"
    "The agency is organized into three divisions:\n\nThe Oil Division\nThe Glass Division\n"
    "The Soot Division\n"
)

# A division's page that opens on its name behind its county's initials: the root strategy
# reads the initials; the composition sentence's subject is the division, with its parts.
READ_SHORT_AS_INITIALS = (
    "The LT Wick Division consists of three sections: Wick Trimming, Wick Braiding, and Wick"
    " Stores.\n\nWick Trimming\n\nTrims the wicks.\n\nWick Braiding\n\nBraids the wicks.\n"
)


def test_root_read_short_cut_at_an_ampersand() -> None:
    """The root read as "Department of Lamps" out of "The Department of Lamps & Wicks
    supports ..." is the "Department of Lamps & Wicks" the page names there: one row, the
    root, in full. With the rule off the short root holds its full name as a unit."""
    found = offices(extract(READ_SHORT_AT_AN_AMPERSAND))
    assert found["Department of Lamps & Wicks"].parent is None
    assert "Department of Lamps" not in found
    old = offices(extract(READ_SHORT_AT_AN_AMPERSAND, off={"root_read_short"}))
    assert old["Department of Lamps"].parent is None
    assert old["Department of Lamps & Wicks"].parent == "Department of Lamps"


def test_root_read_short_as_initials_its_parts_go_to_the_root() -> None:
    """The root read as the initials "LT" out of "The LT Wick Division consists of ..." is
    that division: the root takes its name (not the initials as its acronym), and the
    sections the sentence gives it hang from the root. With the rule off the initials are
    the root and the division a unit under it, holding the sections."""
    result = extract(READ_SHORT_AS_INITIALS)
    found = offices(result)
    assert found["LT Wick Division"].parent is None
    assert result.offices[0].acronym is None
    assert found["Wick Trimming"].parent == "LT Wick Division"
    assert "LT" not in found
    old = offices(extract(READ_SHORT_AS_INITIALS, off={"root_read_short"}))
    assert old["LT"].parent is None
    assert old["LT Wick Division"].parent == "LT"
    assert old["Wick Trimming"].parent == "LT Wick Division"


def _read_at(name: str, text: str, spot: str) -> Unit:
    """A root named ``name``, read from ``spot`` of ``text``."""
    root = _lantern_unit(name, None)
    root.evidence_start = text.index(spot)
    root.evidence_end = root.evidence_start + len(spot)
    return root


def test_root_read_short_not_a_part_named_after_the_body() -> None:
    """No root read short: a part named after the body where the root was read, by a noun
    that is no part's rank ("Lamp Board") or none at all ("Lamp Wick Works"); a longer name
    the page gives away from where the root was read ("Department of Lamps and Wicks" in a
    later sentence); a unit not under the root; two parts that both open with the root's
    name ("Lamp Oil Division", "Lamp Glass Division")."""
    text = "The Lamp Board and the Lamp Wick Works meet in the hall."
    root = _read_at("Lamp", text, text)
    parts = [root, _lantern_unit("Lamp Board", root), _lantern_unit("Lamp Wick Works", root)]
    assert root_read_short(root, parts, text) is None
    text = "The Department of Lamps keeps the lamps. The Department of Lamps and Wicks sells oil."
    root = _read_at("Department of Lamps", text, "The Department of Lamps keeps the lamps.")
    later = _lantern_unit("Department of Lamps and Wicks", root)
    assert root_read_short(root, [root, later], text) is None
    text = "The Lamp Oil Division and the Lamp Glass Division meet in the hall."
    root = _read_at("Lamp", text, text)
    oil, glass = (
        _lantern_unit("Lamp Oil Division", root),
        _lantern_unit("Lamp Glass Division", root),
    )
    assert root_read_short(root, [root, oil], text) is oil
    assert root_read_short(root, [root, oil, glass], text) is None
    assert root_read_short(root, [root, _lantern_unit("Lamp Oil Division", oil)], text) is None


@pytest.mark.xfail(
    strict=True,
    reason="a title that names the page's body short ('Lamp Works'), resolved by "
    "title_names_unit to the root's own full name, is published again as a unit of that same "
    "name under the root, holding the parts the introduction lists: root_read_short merges "
    "only a longer name, and unit_named_again sets the root aside",
)
def test_root_read_short_known_miss_the_title_named_as_the_root_itself() -> None:
    text = (
        "Lamp Works\n\nThe Department of Lamp Works includes many departments of the Town that"
        " serve the residents. The departments are Oil, Glass, Soot, and Wicks. This office"
        " keeps the lamps of the town lit.\n"
    )
    result = extract(text)
    assert [o.name for o in result.offices].count("Department of Lamp Works") == 1
    assert result.offices[1].parent_id == result.offices[0].office_id


# An overview whose agency phrase names the body, then one of its parts named after it.
PART_NAMED_AFTER_THE_BODY_IN_ITS_SENTENCE = (
    "Agency Overview\nThe Ministry of Lamps comprises the Ministry of Lamps Wick Ledger Office"
    " and the district lamp offices.\n\nAgency Structure\nThe Ministry is organised into three"
    " divisions:\n\nThe Oil Division\nThe Glass Division\nThe Soot Division\n"
)

# An "About Us" introduction whose subject is the body, made up of a part named after it.
MADE_UP_OF_A_PART_NAMED_AFTER_THE_BODY = (
    "About Us\n\nThe Lamp Authority is made up of the Lamp Authority Secretariat Division and"
    " three regional offices.\n\nNorth Office\n\nServes the north.\n\nSouth Office\n\n"
    "Serves the south.\n"
)


def test_root_read_short_not_a_part_its_sentence_names_after_the_body() -> None:
    """No root read short where the sentence the root was read from names the body alone
    first, then a part named after it: "The Ministry of Lamps comprises the Ministry of Lamps
    Wick Ledger Office ...", "The Lamp Authority is made up of the Lamp Authority
    Secretariat Division ...". The root keeps its name, the part stays a part."""
    for text, root, part in (
        (
            PART_NAMED_AFTER_THE_BODY_IN_ITS_SENTENCE,
            "Ministry of Lamps",
            "Ministry of Lamps Wick Ledger Office",
        ),
        (
            MADE_UP_OF_A_PART_NAMED_AFTER_THE_BODY,
            "Lamp Authority",
            "Lamp Authority Secretariat Division",
        ),
    ):
        found = offices(extract(text))
        assert found[root].parent is None
        assert found[part].parent == root


def test_root_read_short_first_written_in_full_then_alone() -> None:
    """The root's name written alone after the longer name, not before it, keeps the reading:
    "LT" out of "The LT Wick Division serves all of LT and ..." is that division. Written
    first without the rest ("The LT Board and the LT Wick Division ..."), it is no reading."""
    text = "The LT Wick Division serves all of LT and consists of three sections."
    root = _read_at("LT", text, text)
    division = _lantern_unit("LT Wick Division", root)
    assert root_read_short(root, [root, division], text) is division
    text = "The LT Board and the LT Wick Division meet in the hall."
    root = _read_at("LT", text, text)
    division = _lantern_unit("LT Wick Division", root)
    assert root_read_short(root, [root, division], text) is None
