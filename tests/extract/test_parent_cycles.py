"""No rule may make a unit its own ancestor: a move that would is refused (``reparent``), a
walk up the parents ends on a cycle (``ancestors``, ``is_above``), and a cycle left all the
same hangs from the root before the rows are read (``hang_cycles_on_root``). Each page here
hung or raised before; each runs under a time limit, so that a loop fails its test instead of
freezing the suite."""

from __future__ import annotations

from pipeline.extract.offices.builder import _beside
from pipeline.extract.offices.common import agency_words
from pipeline.extract.offices.name_filters import _taken_out
from pipeline.extract.page import _without_offices, placed_in_holder
from pipeline.extract.records import Office, UnitType
from pipeline.extract.units import Unit, ancestors, hang_cycles_on_root, is_above, reparent
from tests.extract.helpers import LIMIT, ends_within


def _unit(name: str, parent: Unit | None = None, parent_by: str | None = None) -> Unit:
    return Unit(name, None, UnitType.OFFICE, None, None, 0, 1, parent, parent_by=parent_by)


def _tree() -> tuple[Unit, Unit, Unit, Unit]:
    """Lamp Board over Wick Office over Oil Unit; Glass Office under the board."""
    board = _unit("Lamp Board")
    wick = _unit("Wick Office", board, "default_root")
    oil = _unit("Oil Unit", wick, "enumerated_units")
    glass = _unit("Glass Office", board, "default_root")
    return board, wick, oil, glass


def test_reparent_moves_a_unit_under_a_host_and_names_the_rule() -> None:
    _, wick, oil, glass = _tree()
    assert reparent(oil, glass, "falls_under")
    assert (oil.parent, oil.parent_by) == (glass, "falls_under")
    assert reparent(glass, wick)  # no rule named: the one that placed it stays
    assert (glass.parent, glass.parent_by) == (wick, "default_root")


def test_reparent_refuses_the_unit_itself_or_a_host_below_it() -> None:
    board, wick, oil, glass = _tree()
    assert not reparent(wick, wick, "housed_within")
    assert not reparent(wick, oil, "unit_within_unit")  # its own part
    assert not reparent(board, glass, "housed_within")  # the root, under its part
    assert (wick.parent, wick.parent_by) == (board, "default_root")
    assert board.parent is None


def test_ancestors_end_on_a_cycle() -> None:
    board, wick, oil, _ = _tree()
    assert list(ancestors(oil)) == [wick, board]
    wick.parent = oil  # a cycle no rule may make, read all the same
    with ends_within(LIMIT):
        assert list(ancestors(oil)) == [wick]
        assert list(ancestors(wick)) == [oil]


def test_is_above_ends_on_a_cycle() -> None:
    board, wick, oil, glass = _tree()
    assert is_above(board, oil) and is_above(oil, oil) and not is_above(oil, wick)
    wick.parent = oil
    with ends_within(LIMIT):
        assert not is_above(glass, oil)
        assert is_above(oil, wick) and is_above(wick, oil)


def test_hang_cycles_on_root_hangs_a_cycle_from_the_root() -> None:
    board, wick, oil, glass = _tree()
    wick.parent, wick.parent_by = oil, "unit_within_unit"
    with ends_within(LIMIT):
        hang_cycles_on_root([board, wick, oil, glass])
    assert (wick.parent, wick.parent_by) == (board, "default_root")
    assert oil.parent is wick  # one link cut, the rest kept


def test_hang_cycles_on_root_a_cycle_reached_from_a_unit_outside_it() -> None:
    board, wick, oil, glass = _tree()
    wick.parent = oil
    glass.parent = oil  # the Glass Office hangs from the cycle, not in it
    with ends_within(LIMIT):
        hang_cycles_on_root([board, glass, wick, oil])
    # the walk up from the Glass Office comes round at the Oil Unit: it hangs from the root
    assert oil.parent is board and wick.parent is oil and glass.parent is oil


def test_hang_cycles_on_root_a_root_in_a_cycle_hangs_from_nothing() -> None:
    board, wick, oil, glass = _tree()
    board.parent, board.parent_by = oil, "housed_within"
    with ends_within(LIMIT):
        hang_cycles_on_root([board, wick, oil, glass])
    assert (board.parent, board.parent_by) == (None, None)
    assert oil.parent is wick and wick.parent is board


def test_hang_cycles_on_root_leaves_a_tree_as_it_is() -> None:
    board, wick, oil, glass = _tree()
    hang_cycles_on_root([board, wick, oil, glass])
    assert [u.parent for u in (board, wick, oil, glass)] == [None, board, wick, board]
    assert oil.parent_by == "enumerated_units"


def test_walks_up_the_parents_end_on_a_cycle() -> None:
    # The readers that walk up a unit's parents, each given a cycle (Wick Office and Oil
    # Unit each the other's part) that no rule may make any longer.
    board, wick, oil, glass = _tree()
    wick.parent = oil
    with ends_within(LIMIT):
        names, _ = agency_words(oil)
        assert len(names) == 2  # the Oil Unit's and the Wick Office's
        assert not _beside(glass, oil)
        assert not placed_in_holder(glass, oil)
        assert _taken_out([board, wick, oil, glass], {id(wick)}) == [board, oil, glass]
    assert (oil.parent, oil.parent_by) == (board, "default_root")  # none above it stays


def _office(office_id: str, parent_id: str | None) -> Office:
    return Office(
        source_id="synthetic",
        office_id=office_id,
        name=office_id,
        acronym=None,
        unit_type=UnitType.OFFICE,
        parent_id=parent_id,
        heading=None,
        description=None,
        found_by="section_heading",
        parent_by="default_root",
        evidence="",
        char_start=0,
        char_end=1,
    )


def test_without_offices_ends_on_dropped_offices_that_point_at_each_other() -> None:
    found = [
        _office("board", None),
        _office("wick", "board"),
        _office("oil", "wick"),
        _office("glass", "oil"),
    ]
    with ends_within(LIMIT):
        kept, _, _ = _without_offices({"wick": "oil", "oil": "wick"}, found, [], [])
    assert [(office.office_id, office.parent_id) for office in kept] == [
        ("board", None),
        ("glass", "board"),  # none above it stays: the root, not a second parentless row
    ]


def test_taken_out_every_parent_gone_hangs_from_the_root() -> None:
    # The Wick Office and the Oil Unit, each the other's part, both taken out: the Oil
    # Unit's part has no unit above it that stays and hangs from the root (placed by
    # default_root), not from nothing; a part whose grandparent stays moves there by
    # reparent and keeps its placement.
    board, wick, oil, glass = _tree()
    wick.parent = oil
    soot = _unit("Soot Desk", oil, "enumerated_units")
    with ends_within(LIMIT):
        kept = _taken_out([board, wick, oil, glass, soot], {id(wick), id(oil)})
    assert kept == [board, glass, soot]
    assert (soot.parent, soot.parent_by) == (board, "default_root")
    lamp = _unit("Lamp Unit", glass, "enumerated_units")
    desk = _unit("Wick Desk", lamp, "inline_colon_list")
    _taken_out([board, glass, lamp, desk], {id(lamp)})
    assert (desk.parent, desk.parent_by) == (glass, "inline_colon_list")
