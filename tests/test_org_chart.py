"""The org chart SVG: well-formed, one box per office in tree order, one connector per parent
link, byte-identical for the same table."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax import saxutils

import pytest
from table_records import MAIN, OTHER, changed, frames

from pipeline.extract.records import UnitType
from pipeline.publish.org_chart import CREDIT, escape, label, org_chart_svg, quoteattr, tree_rows

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parents[1]


def boxes(svg: str) -> list[tuple[str, int, int, str]]:
    """(office_id, x, y, label) of each office box, in document order."""
    root = ET.fromstring(svg.encode("utf-8"))
    out = []
    for group in root.iter(f"{SVG}g"):
        title, rect, text = (
            group.find(f"{SVG}title"),
            group.find(f"{SVG}rect"),
            group.find(f"{SVG}text"),
        )
        if title is None or rect is None:
            continue
        office_id = title.text.split(" ")[0]
        out.append((office_id, int(rect.get("x")), int(rect.get("y")), text.text))
    return out


def test_one_box_per_office_depth_first_and_indented_by_depth():
    offices = frames()["offices"]
    found = boxes(org_chart_svg(offices))
    assert [b[0] for b in found] == [
        f"{MAIN}:example-agency",
        f"{MAIN}:office-of-widgets",
        f"{MAIN}:data-unit",
        f"{OTHER}:other-bureau",
        f"{OTHER}:mergers-acquisitions",
    ]
    assert [b[1] for b in found] == [16, 44, 72, 16, 44]
    assert [b[2] for b in found] == sorted(b[2] for b in found)
    assert found[1][3] == "Office of Widgets (OW)"
    # the acronym is not repeated when the name already ends with it
    assert label({"name": "Mergers & Acquisitions (M&A)", "acronym": "M&A"}) == (
        "Mergers & Acquisitions (M&A)"
    )


def test_one_connector_per_parent_link_and_a_legend_of_present_types():
    offices = frames()["offices"]
    svg = org_chart_svg(offices)
    assert len(re.findall(r"<path d=", svg)) == int(offices["parent_id"].notna().sum())
    assert svg.count("&amp;") >= 1 and "Mergers & " not in svg  # escaped text
    legend = re.findall(r'height="14" fill="[^"]+" stroke="#555555"/><text [^>]+>(\w+)<', svg)
    assert legend == [t for t in UnitType if t in set(offices["unit_type"])]
    assert len(legend) == 3


def test_same_table_same_bytes_and_a_rename_changes_them():
    offices = frames()["offices"]
    assert org_chart_svg(offices) == org_chart_svg(offices.sample(frac=1, random_state=1))
    renamed = changed(offices, "office_id", f"{MAIN}:data-unit", name="Data Team")
    assert "Data Team" in org_chart_svg(renamed)
    assert org_chart_svg(renamed) != org_chart_svg(offices)


def test_an_orphan_or_a_cycle_is_still_drawn_once():
    offices = changed(frames()["offices"], "office_id", f"{MAIN}:data-unit", parent_id="x:y")
    offices = changed(
        offices, "office_id", f"{MAIN}:example-agency", parent_id=f"{MAIN}:office-of-widgets"
    )
    ids = [row["office_id"] for row, _ in tree_rows(offices)]
    assert sorted(ids) == sorted(offices["office_id"])


def test_title_date_source_and_credit_make_the_chart_self_contained():
    tables = frames()
    sources = tables["sources"].assign(
        archive_url=["https://web.archive.org/web/20120306090807/https://example.org/x", None],
        as_of=["2012-03-06", "2013-01-20"],
    )
    svg = org_chart_svg(tables["offices"], sources)
    root = ET.fromstring(svg.encode("utf-8"))
    texts = [t.text for t in root.findall(f"{SVG}text")]

    assert root.find(f"{SVG}title").text.startswith(
        "Organization of Example Agency, Other Bureau, as of 2012-03-06 to 2013-01-20"
    )
    assert (
        texts[0] == "Organization of Example Agency, Other Bureau, as of 2012-03-06 to 2013-01-20"
    )
    assert f"Source: {sources['title'][0]} (2012-03-06), https://example.org/{MAIN}" in texts
    assert (
        "Read from the archived copy: https://web.archive.org/web/20120306090807/https://example.org/x"
        in texts
    )
    assert texts[-1] == CREDIT
    assert "Only the offices the pages name (not necessarily all of them)." in texts
    assert boxes(svg)[0][0] == f"{MAIN}:example-agency"  # boxes below the header


def test_committed_chart_names_the_ice_page_date_and_archive():
    svg = (ROOT / "outputs" / "org_chart.svg").read_text(encoding="utf-8")
    assert "as of 2009-05-11" in svg
    assert "http://www.ice.gov/about/operations.htm" in svg
    assert (
        "https://webarchive.library.unt.edu/eot2008/20090511173959/"
        "http://www.ice.gov/about/operations.htm" in svg
    )
    assert CREDIT in svg
    assert "Only the offices the page" in svg  # "the page names" or "the pages name"


def test_a_program_unit_is_drawn_as_a_program_not_an_office_box():
    offices = changed(frames()["offices"], "office_id", f"{MAIN}:data-unit", unit_type="program")
    svg = org_chart_svg(offices)
    found = {b[0]: b[3] for b in boxes(svg)}
    assert found[f"{MAIN}:data-unit"] == "program: Data Unit"
    assert found[f"{MAIN}:office-of-widgets"] == "Office of Widgets (OW)"
    assert svg.count('stroke-dasharray="4 3"') == 2  # the box and its legend entry


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        "a & b < c > d",
        "&amp;",
        'say "hi"',
        "it's",
        "both \" and '",
        "a\nb\rc\td",
        "<&>\"'\n",
    ],
)
def test_escaping_is_what_saxutils_gives(text: str) -> None:
    assert escape(text) == saxutils.escape(text)
    assert quoteattr(text) == saxutils.quoteattr(text)
