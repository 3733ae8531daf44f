"""``org_chart.svg``: the office hierarchy drawn as an indented tree, in plain SVG.

Drawn here rather than by Graphviz: ``dot`` is a system binary whose output changes between
versions, so a CI machine with another version could not reproduce the committed file byte for
byte. An indented tree needs no layout engine: one row per office in table order (children
under their parent, depth-first), integer coordinates, no fonts measured, no timestamps.
Widths are estimated from the label length, which is enough for boxes that fit their text.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pandas as pd

from pipeline.extract.records import UnitType
from pipeline.tables.frames import canonical

CHART_FILE = "org_chart.svg"

MARGIN = 16
ROW = 30
BOX_H = 22
INDENT = 28
CHAR_W = 7
PAD = 8
FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
PALETTE = ("#1f4e79", "#d6e4f0", "#fbe5d6", "#e2f0d9", "#fff2cc", "#ededed")
TEXT_ON = {"#1f4e79": "#ffffff"}


def write_org_chart(frames: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Write ``org_chart.svg`` from the offices table."""
    (folder / CHART_FILE).write_bytes(org_chart_svg(frames["offices"]).encode("utf-8"))


def tree_rows(offices: pd.DataFrame) -> list[tuple[dict, int]]:
    """Every office with its depth, depth-first: each root, then its children in table order.

    An office whose parent is missing is drawn as a root, and one already drawn (a cycle) is
    not drawn again, so a broken table still gives a chart instead of an error.
    """
    rows = canonical("offices", offices).to_dict("records")
    ids = {row["office_id"] for row in rows}
    children: dict[str, list[dict]] = {}
    roots = []
    for row in rows:
        parent = row["parent_id"]
        if isinstance(parent, str) and parent in ids and parent != row["office_id"]:
            children.setdefault(parent, []).append(row)
        else:
            roots.append(row)
    out: list[tuple[dict, int]] = []
    seen: set[str] = set()

    def visit(row: dict, depth: int) -> None:
        if row["office_id"] in seen:
            return
        seen.add(row["office_id"])
        out.append((row, depth))
        for child in children.get(row["office_id"], []):
            visit(child, depth + 1)

    for root in roots:
        visit(root, 0)
    for row in rows:  # offices only reachable through a cycle
        visit(row, 0)
    return out


def label(row: Mapping) -> str:
    """An office's label: its name, and its acronym in parentheses when the name lacks it."""
    name, acronym = row["name"], row["acronym"]
    if isinstance(acronym, str) and f"({acronym})" not in name:
        return f"{name} ({acronym})"
    return name


def org_chart_svg(offices: pd.DataFrame) -> str:
    """The chart as SVG text; the same table always gives the same text."""
    rows = tree_rows(offices)
    fills = dict(zip(UnitType, PALETTE, strict=False))
    body: list[str] = []
    positions: dict[str, tuple[int, int]] = {}
    width = 0
    for index, (row, depth) in enumerate(rows):
        x, y = MARGIN + depth * INDENT, MARGIN + index * ROW
        positions[row["office_id"]] = (x, y)
        text = label(row)
        box_w = len(text) * CHAR_W + 2 * PAD
        width = max(width, x + box_w)
        fill = fills.get(row["unit_type"], "#ffffff")
        body.append(
            f"<g><title>{escape(row['office_id'])} ({escape(row['unit_type'])})</title>"
            f'<rect x="{x}" y="{y}" width="{box_w}" height="{BOX_H}" rx="4" '
            f'fill="{fill}" stroke="#555555"/>'
            f'<text x="{x + PAD}" y="{y + BOX_H - 7}" fill="{TEXT_ON.get(fill, "#111111")}">'
            f"{escape(text)}</text></g>"
        )
    lines = []
    for row, _depth in rows:
        parent = row["parent_id"]
        if isinstance(parent, str) and parent in positions and row["office_id"] in positions:
            px, py = positions[parent]
            cx, cy = positions[row["office_id"]]
            if cy > py:
                lines.append(f'<path d="M{px + INDENT // 2} {py + BOX_H}V{cy + BOX_H // 2}H{cx}"/>')
    legend_y = MARGIN + len(rows) * ROW + ROW // 2
    legend, x = [], MARGIN
    for unit_type in UnitType:
        if unit_type not in {row["unit_type"] for row, _ in rows}:
            continue
        fill = fills.get(unit_type, "#ffffff")
        legend.append(
            f'<rect x="{x}" y="{legend_y}" width="14" height="14" fill="{fill}" '
            f'stroke="#555555"/><text x="{x + 20}" y="{legend_y + 11}">{escape(unit_type)}</text>'
        )
        x += 20 + len(unit_type) * CHAR_W + 2 * PAD
    width = max(width, x) + MARGIN
    height = legend_y + 14 + MARGIN
    header = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family={quoteattr(FONT)} font-size="12">'
    )
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            header,
            f"<title>Org chart: {len(rows)} units</title>",
            '<g fill="none" stroke="#888888">',
            *lines,
            "</g>",
            *body,
            *legend,
            "</svg>",
            "",
        ]
    )
