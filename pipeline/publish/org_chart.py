"""``org_chart.svg``: the office hierarchy drawn as an indented tree, in plain SVG.

Drawn here rather than by Graphviz: ``dot`` is a system binary whose output changes between
versions, so a CI machine with another version could not reproduce the committed file byte for
byte. An indented tree needs no layout engine: one row per office in table order (children
under their parent, depth-first), integer coordinates, no fonts measured, no timestamps.
Widths are estimated from the label length, which is enough for boxes that fit their text.

The chart is meant to be usable on its own (in an article, a slide): it opens with a title
saying whose organization it is and as of when, the source page's URL (and the archived copy
read), and ends with a one-line credit. A unit the page presents as a program is drawn as a
program (dashed outline, "program:" label), not as one more office box.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from pipeline.extract.records import UnitType
from pipeline.publish.datapackage import source_facts
from pipeline.tables.frames import canonical
from pipeline.tables.registry import table_spec
from pipeline.tables.store import empty_frame, pieces, row_count

CHART_FILE = "org_chart.svg"
# A page may describe only some of its agency's offices: the chart must not pass for the whole.
ONLY_NAMED = "Only the offices {pages} (not necessarily all of them)."
CHART_COLUMNS = ("office_id", "parent_id", "name", "acronym", "unit_type")
# A chart of more boxes than this is unreadable (and a build over 100,000 pages must not hold
# every office to draw it): whole sources are drawn, in order, up to this many units.
MAX_CHART_UNITS = 2_000


def escape(text: str) -> str:
    """``text`` as XML character data: what ``xml.sax.saxutils.escape`` gives. That module
    imports ``urllib.request`` (and with it ``http.client`` and ``email``), which nothing else
    in a build loads: 5 to 10 ms of every build."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """``text`` as a quoted XML attribute value: what ``xml.sax.saxutils.quoteattr`` gives."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def chart_offices(frames: Mapping[str, pd.DataFrame]) -> tuple[pd.DataFrame, int]:
    """The offices the chart draws (``CHART_COLUMNS``): every source's, in table order, while
    they fit :data:`MAX_CHART_UNITS` (the first source always); and the number of sources
    left out. Read a batch at a time, and no further than the chart needs."""
    names = list(dict.fromkeys([*table_spec("offices").sort_key, *CHART_COLUMNS]))
    drawn: list[pd.DataFrame] = []
    n_drawn, n_sources = 0, 0
    for piece in pieces(frames, "offices"):
        for _, rows in piece.loc[:, names].groupby("source_id", sort=False):
            if drawn and n_drawn + len(rows) > MAX_CHART_UNITS:
                break
            drawn.append(rows)
            n_drawn += len(rows)
            n_sources += 1
        else:
            continue
        break
    offices = pd.concat(drawn, ignore_index=True) if drawn else empty_frame("offices")
    total = row_count(frames, "sources") if "sources" in frames else n_sources
    return offices, max(total - n_sources, 0)


PROGRAM_UNIT = "program"
CREDIT = (
    "Extracted by ice-offices from the page's text; each box is a row of offices.csv"
    " (data: CC0-1.0)."
)

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
    """Write ``org_chart.svg`` from the offices table, titled from the sources table."""
    offices, n_left_out = chart_offices(frames)
    sources = None
    if "sources" in frames:
        sources = source_facts(frames)
        if n_left_out:
            sources = sources[sources["source_id"].isin(set(offices["source_id"]))]
    svg = org_chart_svg(offices, sources, n_left_out)
    (folder / CHART_FILE).write_bytes(svg.encode("utf-8"))


def chart_header(
    offices: pd.DataFrame, sources: pd.DataFrame | None, n_left_out: int = 0
) -> list[str]:
    """The lines above the chart: whose organization, as of when; then each page's source
    (and how many pages are not drawn)."""
    roots = canonical("offices", offices)
    roots = roots[roots["parent_id"].isna()]
    agencies = ", ".join(dict.fromkeys(label(row) for row in roots.to_dict("records")))
    left_out = []
    if n_left_out:
        left_out = [
            f"{n_left_out} more source pages not drawn (a chart stops at {MAX_CHART_UNITS}"
            " units; offices.csv has every office)"
        ]
    if sources is None or sources.empty:
        return [f"Organization of {agencies}", *left_out]
    rows = canonical("sources", sources).to_dict("records")
    dates = sorted({row["as_of"] for row in rows if isinstance(row.get("as_of"), str)})
    when = ""
    if dates:
        when = f", as of {dates[0]}" if len(dates) == 1 else f", as of {dates[0]} to {dates[-1]}"
    lines = [f"Organization of {agencies}{when}"]
    for row in rows:
        title = row["title"] if isinstance(row["title"], str) else row["source_id"]
        where = [u for u in (row.get("url"), row.get("archive_url")) if isinstance(u, str)]
        source = f"Source: {title}"
        if isinstance(row.get("as_of"), str) and len(dates) > 1:
            source += f" ({row['as_of']})"
        if where:
            source += f", {where[0]}"
        lines.append(source)
        if len(where) > 1:
            lines.append(f"Read from the archived copy: {where[1]}")
    lines.append(ONLY_NAMED.format(pages="the page names" if len(rows) == 1 else "the pages name"))
    return [*lines, *left_out]


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


def box_label(row: Mapping) -> str:
    """What a box says: the office's label, or ``program: <name>`` for a program unit."""
    text = label(row)
    return f"program: {text}" if row["unit_type"] == PROGRAM_UNIT else text


def org_chart_svg(
    offices: pd.DataFrame, sources: pd.DataFrame | None = None, n_left_out: int = 0
) -> str:
    """The chart as SVG text; the same tables always give the same text."""
    rows = tree_rows(offices)
    fills = dict(zip(UnitType, PALETTE, strict=False))
    header = chart_header(offices, sources, n_left_out)
    top = MARGIN + len(header) * ROW
    head = [
        f'<text x="{MARGIN}" y="{MARGIN + 16 + i * ROW}"'
        + (' font-size="16" font-weight="bold">' if i == 0 else ' fill="#333333">')
        + f"{escape(line)}</text>"
        for i, line in enumerate(header)
    ]
    width = max(MARGIN + len(line) * (CHAR_W + 2 * (i == 0)) for i, line in enumerate(header))
    body: list[str] = []
    positions: dict[str, tuple[int, int]] = {}
    for index, (row, depth) in enumerate(rows):
        x, y = MARGIN + depth * INDENT, top + index * ROW
        positions[row["office_id"]] = (x, y)
        text = box_label(row)
        box_w = len(text) * CHAR_W + 2 * PAD
        width = max(width, x + box_w)
        fill = fills.get(row["unit_type"], "#ffffff")
        outline = ' stroke-dasharray="4 3"' if row["unit_type"] == PROGRAM_UNIT else ""
        body.append(
            f"<g><title>{escape(row['office_id'])} ({escape(row['unit_type'])})</title>"
            f'<rect x="{x}" y="{y}" width="{box_w}" height="{BOX_H}" rx="4" '
            f'fill="{fill}" stroke="#555555"{outline}/>'
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
    legend_y = top + len(rows) * ROW + ROW // 2
    legend, x = [], MARGIN
    for unit_type in UnitType:
        if unit_type not in {row["unit_type"] for row, _ in rows}:
            continue
        fill = fills.get(unit_type, "#ffffff")
        outline = ' stroke-dasharray="4 3"' if unit_type == PROGRAM_UNIT else ""
        legend.append(
            f'<rect x="{x}" y="{legend_y}" width="14" height="14" fill="{fill}" '
            f'stroke="#555555"{outline}/>'
            f'<text x="{x + 20}" y="{legend_y + 11}">{escape(unit_type)}</text>'
        )
        x += 20 + len(unit_type) * CHAR_W + 2 * PAD
    credit_y = legend_y + 14 + ROW
    credit = f'<text x="{MARGIN}" y="{credit_y}" fill="#555555">{escape(CREDIT)}</text>'
    width = max(width, x, MARGIN + len(CREDIT) * CHAR_W) + MARGIN
    height = credit_y + MARGIN
    svg_open = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family={quoteattr(FONT)} font-size="12">'
    )
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            svg_open,
            f"<title>{escape(header[0])}: {len(rows)} units</title>",
            *head,
            '<g fill="none" stroke="#888888">',
            *lines,
            "</g>",
            *body,
            *legend,
            credit,
            "</svg>",
            "",
        ]
    )
