"""The format-invariance measurement (``make format-invariance``): each perturbation rewrites
exactly what it says, and the ICE page reads the same through the cosmetic ones."""

from __future__ import annotations

import pytest

from pipeline.evaluation import format_invariance as fi
from pipeline.evaluation.corpus import load_file
from pipeline.evaluation.format_invariance import Reading, as_markdown, effects, read
from pipeline.evaluation.report import load_gold
from tests.pages import GOLD, ICE_PAGE

PAGE = "Lamp Office\n\n• Wick Division\n  - Oil Store\n\nThe Warden's staff trims lamps.\n"


def test_trailing_spaces_before_every_line_break():
    assert fi.trailing_spaces("A\n\nB\n") == "A  \n  \nB  \n"


def test_typographic_apostrophes_inside_words_only():
    assert fi.typographic_apostrophes("The Warden's 'lamps'") == "The Warden\u2019s 'lamps'"


def test_bullets_as_dashes_and_as_dots_at_a_line_s_opening():
    assert fi.bullets_as_dashes(PAGE) == PAGE.replace("• Wick", "- Wick")
    assert fi.bullets_as_dots(PAGE) == PAGE.replace("- Oil", "\u2022 Oil")


def test_bullets_left_alone_on_a_page_with_markers_glued_after_text():
    glued = "Units\n- Wick Division\nTrims wicks - Oil Store\nKeeps oil\n"
    assert fi.bullets_as_dots(glued) == glued
    assert fi.bullets_as_dashes(glued.replace("- Wick", "• Wick")) == glued.replace(
        "- Wick", "• Wick"
    )


def test_bullets_rewritten_past_a_glued_glyph_the_rewrite_leaves_alone():
    """A dash between a name and what it does is no marker the rewrite takes away or puts in:
    the page's bullets are rewritten all the same."""
    page = "Units\n• Wick Division – Trims wicks\n• Oil Store – Keeps oil\n"
    assert fi.bullets_as_dashes(page) == page.replace("• ", "- ")
    glued_dot = "Home • About • Contact\n- Wick Division\n"
    assert fi.bullets_as_dots(glued_dot) == glued_dot
    no_space_before = "Units\n- Wick Division\nTrims the lamp posts- Oil Store\n"
    assert fi.bullets_as_dots(no_space_before) == no_space_before


def test_no_blank_lines_and_blank_line_between_lines():
    assert fi.no_blank_lines(PAGE) == (
        "Lamp Office\n• Wick Division\n  - Oil Store\nThe Warden's staff trims lamps.\n"
    )
    assert fi.blank_line_between_lines("A\nB\n\n\nC") == "A\n\nB\n\nC"


def test_no_indentation_and_no_list_markers():
    assert fi.no_indentation(PAGE) == PAGE.replace("  - Oil", "- Oil")
    numbered = "Units:\n1. Wick Division\n(b) Oil Store\n  • Glass Works\n"
    assert fi.no_list_markers(numbered) == "Units:\nWick Division\nOil Store\n  Glass Works\n"


def test_no_list_markers_takes_every_numeral_of_a_roman_list_and_no_initial():
    roman = "(i) Wick Division\n(ii) Oil Store\n(iv) Glass Works\n(v) Lamp Room\n"
    assert fi.no_list_markers(roman) == "Wick Division\nOil Store\nGlass Works\nLamp Room\n"
    capitals = "(A) Wick Division\nB) Oil Store\nII. Glass Works\nJ. Wick, Warden\n"
    assert (
        fi.no_list_markers(capitals) == "Wick Division\nOil Store\nGlass Works\nJ. Wick, Warden\n"
    )


@pytest.fixture(scope="module")
def ice() -> Reading:
    return read(
        load_file(ICE_PAGE),
        load_gold(GOLD / "offices_within_ice.gold.json"),
    )


def test_ice_page_read_the_same_through_its_cosmetic_perturbations(ice: Reading):
    assert (ice.units, ice.edges) == (1.0, 1.0)
    cosmetic = {p.name for p in fi.PERTURBATIONS if p.cosmetic} & ice.perturbed.keys()
    assert cosmetic == {"trailing_spaces", "typographic_apostrophes"}
    assert all(ice.perturbed[name] == (1.0, 1.0) for name in cosmetic)


def test_ice_page_read_the_same_without_indentation(ice: Reading):
    assert ice.perturbed["no_indentation"] == (1.0, 1.0)


@pytest.mark.xfail(
    strict=True,
    reason="known miss: with no blank line anywhere, one paragraph that ends without a stop"
    " makes the whole page one block, headings and all (units 0.77, edges 0.08)",
)
def test_ice_page_read_the_same_without_blank_lines(ice: Reading):
    assert ice.perturbed["no_blank_lines"] == (1.0, 1.0)


def test_effects_and_table_count_pages_moved_beyond_the_tolerance():
    readings = [
        Reading("a", 1.0, 1.0, {"trailing_spaces": (0.9, 1.0), "no_blank_lines": (0.5, 0.25)}),
        Reading("b", 0.5, 0.5, {"trailing_spaces": (0.5, 0.5), "no_blank_lines": (0.75, 0.5)}),
        Reading("c", 1.0, 1.0, {}),
    ]
    found = {e.perturbation.name: e for e in effects(readings)}
    spaces, blank = found["trailing_spaces"], found["no_blank_lines"]
    assert (spaces.pages, spaces.worse, spaces.better) == (2, ["a"], [])
    assert (round(spaces.units, 4), spaces.edges) == (-0.05, 0.0)
    assert (blank.pages, blank.worse, blank.better) == (2, ["a"], ["b"])
    assert (blank.units, blank.edges) == (-0.125, -0.375)
    assert found["bullets_as_dots"].pages == 0
    table = as_markdown(readings, commit="abc", date="2026-12-06", corpus="c", command="make x")
    assert "| `trailing_spaces` | cosmetic | 2 | -0.0500 | +0.0000 | 1 | 0 |" in table
    assert "| `no_blank_lines` | structural | 2 | -0.1250 | -0.3750 | 1 | 1 |" in table
    assert table.rstrip().endswith("- `trailing_spaces`, worse: a")
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert len(rows) == len(fi.PERTURBATIONS)
    assert all(row.endswith(" |") for row in rows)
