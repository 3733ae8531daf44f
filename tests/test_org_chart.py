"""The org chart SVG: well-formed, one box per office in tree order, one connector per parent
link, byte-identical for the same table."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from table_records import MAIN, OTHER, changed, frames

from pipeline.extract.records import UnitType
from pipeline.publish.org_chart import label, org_chart_svg, tree_rows

SVG = "{http://www.w3.org/2000/svg}"


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
