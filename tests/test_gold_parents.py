"""A gold unit's parent must name something in its file: the root, the root's parent or a unit.

A parent that names nothing (a misspelling, a grouping heading that is no unit) is scored as a
wrong edge, blaming the extractor for the annotator's slip; ``dangling_parents`` finds them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.gold_format import dangling_parents
from pipeline.evaluation.report import gold_warnings, load_gold
from tests.pages import GOLD, GOLD_EXTRA


def gold(*units: dict) -> dict:
    """A fictional agency's gold annotation with ``units``."""
    return {
        "source_file": "westmarch_lighthouses.txt",
        "root": {"name": "Bureau of Lighthouse Services", "aliases": ["Lighthouse Bureau"]},
        "root_parent": {"name": "Ministry of the Coasts", "aliases": ["Coasts Ministry"]},
        "units": list(units),
    }


def unit(name: str, parent: str, **more: object) -> dict:
    return {"name": name, "unit_type": "office", "parent": parent, **more}


def test_a_misspelled_root_as_parent_is_dangling() -> None:
    found = gold(unit("Office of the Director", "Bureau of Lightouse Services"))
    assert dangling_parents(found) == [("Office of the Director", "Bureau of Lightouse Services")]


def test_a_parent_naming_no_unit_is_dangling() -> None:
    found = gold(
        unit("Office of Lamp Maintenance", "Bureau of Lighthouse Services"),
        unit("Lens Shop", "Office of Lamp Maintenence"),
    )
    assert dangling_parents(found) == [("Lens Shop", "Office of Lamp Maintenence")]


def test_an_accepted_parent_naming_nothing_is_dangling() -> None:
    found = gold(
        unit(
            "Office of Keeper Training",
            "Bureau of Lighthouse Services",
            accept_parents=["Ministry of the Coasts", "Keeper Division"],
        )
    )
    assert dangling_parents(found) == [("Office of Keeper Training", "Keeper Division")]


def test_the_root_the_root_parent_and_units_by_name_or_alias_are_named() -> None:
    found = gold(
        unit("Office of the Director", "Lighthouse Bureau"),
        unit("Office of Lamp Maintenance", "Coasts Ministry", aliases=["Lamp Maintenance"]),
        unit("Lens Shop", "Lamp Maintenance", accept_parents=["Bureau of Lighthouse Services"]),
        unit("Fog Signal Unit", "Ministry of the Coasts", accept_parents=["Office of Director"]),
    )
    assert dangling_parents(found) == []


def test_names_are_compared_as_the_scorer_compares_them() -> None:
    """Case, spacing, a leading "the" and "Office of the X" for "Office of X" do not matter."""
    found = gold(
        unit("Office of the Director", "the  bureau of lighthouse services."),
        unit("Lens Shop", "office of director"),
    )
    assert dangling_parents(found) == []


def test_a_dangling_parent_is_one_warning_line_naming_the_file_unit_and_parent() -> None:
    path = Path("westmarch_lighthouses.gold.json")
    found = gold(unit("Office of the Director", "Bureau of Lightouse Services"))
    assert gold_warnings(path, found) == [
        "westmarch_lighthouses.gold.json: unit 'Office of the Director':"
        " parent 'Bureau of Lightouse Services' names no unit and not the root"
    ]


@pytest.mark.parametrize(
    "path",
    sorted([*GOLD.glob("*.gold.json"), *GOLD_EXTRA.glob("*.gold.json")]),
    ids=lambda p: p.stem,
)
def test_the_projects_own_gold_files_name_every_parent(path: Path) -> None:
    assert dangling_parents(load_gold(path)) == []
