"""The rule of ``pipeline/extract/offices/prose_posts.py``: a post read out of running text is
no unit on a page whose headings, lists and tables lay out bodies only."""

from __future__ import annotations

import pytest

from pipeline.extract.offices.prose_posts import names_post, prose_post_beside_bodies
from pipeline.extract.records import UnitType
from pipeline.extract.units import Unit
from pipeline.rules import disabled
from pipeline.text.sections import layout
from tests.extract.helpers import ROOT, extract, offices, page


def _bodies(first: str = "", *, heading: str = "Office of Oil Supply") -> str:
    """A page that lays out two bodies as headings, ``first`` closing the first one's text."""
    return page(
        "Wick Division",
        f"The Wick Division trims the wicks of the town's lamps. {first}".strip(),
        heading,
        "It buys and stores the lamp oil for the winter.",
    )


ASSISTED = "The Chief Lamp Commissioner is assisted by the Deputy Lamp Commissioner."
SUBJECT = "The Chief Wick Officer advises the bureau on wicks and flames."


def test_prose_post_beside_bodies_posts_in_a_sentence_are_no_units() -> None:
    """The head a sentence names and the post it is assisted by are people of a page laid out
    in bodies: neither is a unit, the bodies stay where they were."""
    text = _bodies(ASSISTED)
    found = offices(extract(text))
    assert "Chief Lamp Commissioner" not in found
    assert "Deputy Lamp Commissioner" not in found
    assert found["Wick Division"].parent == ROOT
    assert found["Office of Oil Supply"].parent == ROOT
    off = offices(extract(text, off={"prose_post_beside_bodies"}))
    assert off["Chief Lamp Commissioner"].found_by == "assisted_by"
    assert off["Deputy Lamp Commissioner"].parent == "Chief Lamp Commissioner"


def test_prose_post_beside_bodies_kept_where_the_page_lays_out_a_post() -> None:
    """A heading that names a post: the page writes its organization in posts too, and the
    posts of its sentences stay."""
    text = _bodies(ASSISTED, heading="Lamp Treasurer")
    found = offices(extract(text))
    assert found["Lamp Treasurer"].found_by == "section_heading"
    assert found["Deputy Lamp Commissioner"].parent == "Chief Lamp Commissioner"


def test_prose_post_beside_bodies_kept_with_one_body_laid_out() -> None:
    """One body laid out is no structure of bodies: the page's prose may lay out the rest."""
    text = page(ASSISTED, "Wick Division", "It trims wicks.")
    found = offices(extract(text))
    assert found["Deputy Lamp Commissioner"].parent == "Chief Lamp Commissioner"


def test_prose_post_beside_bodies_counts_only_the_bodies_other_filters_keep() -> None:
    """A second heading that another filter takes out as a topic ("History of ...") is no
    body laid out: one body stays, and the posts of the page's sentences stay with it."""
    text = _bodies(ASSISTED, heading="History of the Wick Division")
    found = offices(extract(text))
    assert "History of the Wick Division" not in found
    assert found["Deputy Lamp Commissioner"].parent == "Chief Lamp Commissioner"


TEXT = (
    "Lamp Bureau. Wick Division. Glass Division. The Chief Wick Officer reports to the Lamp "
    "Commissioner. The Soot Desk reports to the Chief Glass Officer."
)


def _units(*found: tuple[str, str, str | None]) -> list[Unit]:
    """The root, then units (name, finder, parent's name) each at its name in the text."""
    units = [Unit("Lamp Bureau", None, UnitType.OFFICE, None, None, 0, 11)]
    for name, finder, parent in found:
        start = TEXT.index(name)
        unit = Unit(name, None, UnitType.OFFICE, None, None, start, start + len(name))
        unit.found_by = finder
        unit.parent = next((u for u in units if u.name == parent), units[0])
        units.append(unit)
    return units


def test_prose_post_beside_bodies_read_on_the_units_found() -> None:
    """Posts of running text go, a post a unit that stays hangs from stays (a node of the
    page's structure), and so do the bodies and the root; switched off, nothing goes."""
    units = _units(
        ("Wick Division", "section_heading", None),
        ("Glass Division", "section_heading", None),
        ("Lamp Commissioner", "reports_to", None),
        ("Chief Wick Officer", "position_subject", "Lamp Commissioner"),
        ("Chief Glass Officer", "reports_to", None),
        ("Soot Desk", "prose_unit", "Chief Glass Officer"),
    )
    gone = {u.name for u in units if id(u) in prose_post_beside_bodies(units, layout(TEXT))}
    assert gone == {"Lamp Commissioner", "Chief Wick Officer"}
    with disabled({"prose_post_beside_bodies"}):
        assert prose_post_beside_bodies(units, layout(TEXT)) == set()


def test_prose_post_beside_bodies_a_laid_out_post_keeps_them_all() -> None:
    units = _units(
        ("Wick Division", "section_heading", None),
        ("Glass Division", "section_heading", None),
        ("Chief Glass Officer", "listed_under_unit_heading", "Glass Division"),
        ("Lamp Commissioner", "reports_to", None),
    )
    assert prose_post_beside_bodies(units, layout(TEXT)) == set()


def test_prose_post_beside_bodies_kept_in_a_series_beside_a_body() -> None:
    """A series that lists one body's parts names posts and functions alike
    (``series_of_posts``): its post stays with its body peers."""
    text = page(
        "Wick and Oil Directorate",
        "The directorate of Wick and Oil comprises the Principal Wick Secretary, Soot Records,"
        " the Internal Glass Division and the Flame Hazard Division.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Principal Wick Secretary"].parent == "Wick and Oil Directorate"


@pytest.mark.parametrize(
    ("name", "post"),
    [
        ("Chief Lamp Commissioner", True),
        ("Deputy Lamp Directors", True),
        ("Commissioner of Wicks and Oil", True),
        ("Wick Registrar General", True),
        ("General", False),
        ("Wick Officer Training", False),
        ("Office of the Lamp Director", False),
        ("Chief Wick Officer's Glass Unit", False),
    ],
)
def test_prose_post_beside_bodies_names_post(name: str, post: bool) -> None:
    assert names_post(name) is post


@pytest.mark.xfail(
    strict=True,
    reason="known miss: the head of the page's body named in a sentence ('The Chief Lamp "
    "Commissioner is assisted by ...') goes with the other posts, though some pages count "
    "the body's head as a unit; nothing in the sentence tells those pages apart",
)
def test_prose_post_beside_bodies_known_miss_the_head_of_the_page_body() -> None:
    assert "Chief Lamp Commissioner" in offices(extract(_bodies(ASSISTED)))
