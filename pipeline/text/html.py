"""Render a saved web page to the plain-text form the extractor reads, keeping its structure.

Navigation, scripts, headers, footers and forms are dropped; the main content's headings,
paragraphs and list items each become one block, separated by blank lines. The rendering is
stored as the source's text, so every span in the dataset points into it; the element each
block came from (heading, list item, paragraph) is returned alongside as a structural hint.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

from selectolax.lexbor import LexborHTMLParser, LexborNode

import pipeline.text.html_rules  # noqa: F401  (registers the rules this renderer asks about)
from pipeline.rules import enabled
from pipeline.text.blocks import LETTER, is_noise
from pipeline.text.hints import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    Hint,
    RenderedPage,
    join_blocks,
)
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.markdown import front_matter
from pipeline.text.nesting import MAX_DEPTH, bound_nesting
from pipeline.text.vocabulary import CONNECTORS, POSITION_WORDS, UNIT_NOUNS

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LEAVES = {*HEADINGS, "p", "li", "dt", "dd", "blockquote", "pre", "td", "th", "caption"}
_BLOCK_LEVEL = {
    *_LEAVES,
    *("ul", "ol", "dl", "table", "tbody", "thead", "tr", "div", "section", "article", "main"),
    "header",
    *("body", "figure", "figcaption", "address", "hr", "center", "details", "summary"),
}
_DROP = (
    "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button,"
    " select, textarea,"
    " [role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true]"
)
# "Page | Section | Site": a document title names the page first, then where it sits.
_SITE_SUFFIX = lazy_pattern(r"\s+[|»]\s+")
_MAIN = ("main", "[role=main]", "article", "body")

_SECTIONING = ("section", "article", "main")


def _drop_banners(tree: LexborHTMLParser) -> None:
    """Drop each ``<header>`` that is the page's banner (``section_header_kept``)."""
    keep_sectioned = enabled("section_header_kept")
    for node in tree.css("header"):
        outer = node.parent
        while keep_sectioned and outer is not None and outer.tag not in _SECTIONING:
            outer = outer.parent
        if not keep_sectioned or outer is None:
            node.decompose()


# A line break (``<br>``) is read as this mark, so that the lines it separates stay apart
# (a name, then a title under it) instead of running together.
_BREAK = "\ue000"


def _clean(text: str) -> str:
    """White space collapsed; a line break becomes a space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace(_BREAK, " ")).strip()


def _lines(text: str) -> str:
    """White space collapsed within each line; line breaks kept as newlines, empty lines
    dropped."""
    lines = (_clean(line) for line in text.split(_BREAK))
    return "\n".join(line for line in lines if line)


_LISTS = ("ul", "ol", "dl")


def _hint(node: LexborNode, depth: int) -> Hint:
    tag = node.tag or ""
    if tag in HEADINGS:
        return Hint(HEADING, int(tag[1]))
    if tag in ("li", "dt", "dd"):
        return Hint(LIST_ITEM, max(depth, 1))
    return Hint(PARAGRAPH, 0)


def _own_text(node: LexborNode, keep_lines: bool = False) -> str:
    """Text of a node without the nested lists it may hold (an item with sub-items); with
    ``keep_lines``, its line breaks kept."""
    parts = [
        child.text(deep=True) or ""
        for child in node.iter(include_text=True)
        if child.tag not in ("ul", "ol", "dl")
    ]
    return (_lines if keep_lines else _clean)("".join(parts))


def _cells(row: LexborNode) -> list[LexborNode]:
    return [cell for cell in row.iter() if cell.tag in ("td", "th")]


def _is_data_table(table: LexborNode) -> bool:
    """A table whose first row is all header cells (``th``), holding no other table and no
    list in a cell: a table of data, not one that lays out the page (a cell's list items are
    blocks of their own, which joining the cell's text would glue together)."""
    first = table.css_first("tr")
    if first is None or any(inner != table for inner in table.css("table")):
        return False
    if table.css_first("td li, th li") is not None:
        return False
    cells = _cells(first)
    return bool(cells) and all(cell.tag == "th" for cell in cells)


def _table_row(row: LexborNode, data_tables: dict[int, bool]) -> tuple[Hint, str] | None:
    """A data table's row as one block, cells joined by " | " (as a Markdown table's): the
    header row a paragraph that leads into the rows, each other row a list item. Whether a
    table is one is decided once per table (``data_tables``, by node): deciding it again for
    each row searched the whole table per row, quadratic in its rows. None when the row is
    no data table's or ``data_table_rows`` is off (its cells are then read one by one)."""
    if not enabled("data_table_rows"):
        return None
    table = row.parent
    while table is not None and table.tag != "table":
        table = table.parent
    if table is None:
        return None
    verdict = data_tables.get(table.mem_id)
    if verdict is None:
        verdict = data_tables[table.mem_id] = _is_data_table(table)
    if not verdict:
        return None
    cells = [_clean(cell.text(deep=True) or "") for cell in _cells(row)]
    text = " | ".join(cell for cell in cells if cell)
    if not text:
        return None
    header = all(cell.tag == "th" for cell in _cells(row))
    return (Hint(PARAGRAPH, 0) if header else Hint(LIST_ITEM, 1)), text


def _blocks(node: LexborNode, out: list[tuple[Hint | None, str]]) -> None:
    """Append the blocks under ``node``: leaf elements whole, inline runs as paragraphs.

    A list whose items, read as blocks (``list_item_heading_blocks``), would let an item's
    heading take in a list item outside it is read again with its items read whole: each
    reading only ever adds lists to those read whole, so the readings end."""
    whole: set[int] = set()
    while True:
        blocks: list[tuple[Hint | None, str]] = []
        spilling = _walk(node, blocks, whole)
        if not spilling:
            out.extend(blocks)
            return
        whole |= spilling


class _Box:
    """A list item read as blocks (``list_item_heading_blocks``): its list, the rank its
    headings must fall below (the heading its list stands under), the rank of its heading."""

    __slots__ = ("floor", "level", "owner")

    def __init__(self, owner: int, floor: int) -> None:
        self.owner = owner
        self.floor = floor
        self.level = 0


def _walk(node: LexborNode, out: list[tuple[Hint | None, str]], whole: set[int]) -> set[int]:
    """Append the blocks under ``node`` (the lists of ``whole`` read item by item, whole);
    return the lists whose items, read as blocks, spill (:func:`_spills`).

    The walk keeps its own stack (one frame per open element: its remaining children, the
    inline text gathered so far, how many lists it is nested in and the list item read as
    blocks it stands in), so a page of any nesting depth (a thousand ``<div>``s) is
    rendered, never stopped by Python's recursion limit."""
    stack: list[tuple[Iterator[LexborNode], list[str], int, _Box | None]] = [
        (node.iter(include_text=True), [], 0, None)
    ]
    data_tables: dict[int, bool] = {}
    rank = 0  # the rank of the last heading outside the items read as blocks
    items: list[tuple[_Box, int]] = []  # each item read as blocks, where its blocks end
    labels: set[int] = set()  # the blocks of the items whose only text is their heading
    while stack:
        children, inline, depth, box = stack[-1]
        child = next(children, None)
        if child is None:
            _flush(inline, out)
            stack.pop()
            if box is not None:
                items.append((box, len(out)))
            continue
        tag = child.tag
        kind = _item_kind(child, whole) if tag in _LIST_LEAVES else None
        row = _table_row(child, data_tables) if tag == "tr" else None
        if row is not None:
            _flush(inline, out)
            out.append(row)
        elif tag == "pre" and enabled("pre_keeps_lines"):
            _flush(inline, out)
            out.extend((None, chunk) for chunk in _preformatted(child))
        elif kind == _BLOCKS:
            _flush(inline, out)
            owner = child.parent.mem_id if child.parent is not None else 0
            floor = rank if box is None else box.level or box.floor + 1
            stack.append((child.iter(include_text=True), [], depth, _Box(owner, floor)))
        elif tag in _LEAVES:
            _flush(inline, out)
            hint = _hint(child, depth)
            if hint.kind == HEADING and box is not None:
                hint = Hint(HEADING, max(hint.level, box.floor + 1))
                box.level = box.level or hint.level
            elif hint.kind == HEADING:
                rank = hint.level
            text = _own_text(child, keep_lines=hint.kind == PARAGRAPH)
            if text:
                if kind == _LABEL:
                    labels.add(len(out))
                out.append((hint, text))
            nested = [n for n in child.iter() if n.tag in _LISTS]
            if nested:
                stack.append((iter(nested), [], depth, box))
        elif tag in _BLOCK_LEVEL or (tag == "a" and _card_link(child)):
            _flush(inline, out)
            stack.append((child.iter(include_text=True), [], depth + (tag in _LISTS), box))
        else:
            inline.append(child.text(deep=True) or "")
    return _spills(items, out, labels)


def _spills(
    items: list[tuple[_Box, int]], out: list[tuple[Hint | None, str]], labels: set[int]
) -> set[int]:
    """The lists one of whose items, read as blocks, spills: a list item outside it (the
    next item of a list that holds items without a heading, an item of the list it is
    nested in, the next list on the page) stands after it before a heading of its rank or
    above, and would be read as a part of the unit its heading names. Its list is read
    item by item, as before (``list_item_heading_blocks``). A paragraph after it does
    not count (the last item's heading heads it as a card's would), nor an item whose only
    text is its heading (a chart's label over the next boxes: a heading set in an item, not
    a unit listed under the box before it)."""
    spilling: set[int] = set()
    for box, end in items:
        if box.owner in spilling or not box.level:
            continue
        for index in range(end, len(out)):
            hint = out[index][0]
            if hint is None or index in labels:
                continue
            if hint.kind == HEADING and hint.level <= box.level:
                break
            if hint.kind == LIST_ITEM:
                spilling.add(box.owner)
                break
    return spilling


_LIST_LEAVES = ("li", "dt", "dd")


_BLOCKS, _LABEL = "blocks", "label"


def _item_kind(node: LexborNode, whole: set[int]) -> str | None:
    """A list item that holds a heading element and text outside it (not counting the lists
    nested in the item) is ``_BLOCKS``: a heading and the lines under it set in an item
    (``list_item_heading_blocks``), read as blocks, unless its list is one of ``whole``
    (its items spill: :func:`_spills`). Its headings are ranked below the heading its list
    stands under (the page's heading before the list, or the heading of the item read as
    blocks the list is nested in): a chart's boxes set each with the same ``h4`` at every
    depth, or an item's ``h2`` under an ``h4``, would else read the box as the sibling of
    the unit it stands under. An item whose only text is its heading (a nested list's label,
    a linked heading in a roster) is ``_LABEL``, read as an item; others None."""
    if not enabled("list_item_heading_blocks"):
        return None
    headed = besides = False
    walk = list(node.iter(include_text=True))
    while walk and not (headed and besides):
        part = walk.pop()
        if part.tag in _LISTS:
            continue
        if part.tag in HEADINGS:
            headed = headed or bool(_clean(part.text(deep=True) or ""))
        elif part.tag == "-text":
            besides = besides or bool(_clean(part.text() or ""))
        else:
            walk.extend(part.iter(include_text=True))
    if not headed:
        return None
    if not besides:
        return _LABEL
    whole_list = node.parent is not None and node.parent.mem_id in whole
    return None if whole_list else _BLOCKS


# What makes a link a card: a block element inside it (``card_link_blocks``).
_CARD_BLOCKS = ", ".join((*HEADINGS, "p", "div", "ul", "ol", "li", "table"))


def _card_link(node: LexborNode) -> bool:
    """A link that wraps block elements: a card (``card_link_blocks``), read as blocks."""
    return enabled("card_link_blocks") and node.css_first(_CARD_BLOCKS) is not None


def _preformatted(node: LexborNode) -> list[str]:
    """A ``<pre>`` element's text as the text page it is (``pre_keeps_lines``): its lines
    kept, white space collapsed within each, a blank line ending a block; the rows of a
    fixed-width table in it a block of their own, one line a row (``pre_column_rows``)."""
    text = (node.text(deep=True) or "").replace(_BREAK, "\n").replace("\u00a0", " ")
    text = text.expandtabs()
    chunks = re.split(r"\n[ \t]*\n", text)
    if enabled("pre_column_rows") and (column := _table_column(text.split("\n"))) is not None:
        chunks = [part for chunk in chunks for part in _column_rows(chunk.split("\n"), column)]
    return [lines for chunk in chunks if (lines := _lines(chunk.replace("\n", _BREAK)))]


# A fixed-width row: text, a gap of three spaces or more, text (a title, then its holder).
_COLUMN_GAP = lazy_pattern(r"(?P<indent> *)\S.*?\S?(?P<gap> {3,})(?=\S)")
_COLUMN_SLACK = 2
_CELLS = ": "


def _table_column(lines: list[str]) -> int | None:
    """Where the second column of a fixed-width table starts in a ``<pre>``'s lines: the
    place most lines with a wide gap resume at, when two or more do. The whole element is
    read at once, so that a table broken by a blank line or a printed page's number keeps
    its column; a block between blank lines with two rows or more of its own keeps its own
    column (a ``<pre>`` may hold two tables set at different widths)."""
    starts: dict[int, int] = {}
    for line in lines:
        if (gap := _COLUMN_GAP.match(line)) is not None:
            starts[gap.end()] = starts.get(gap.end(), 0) + 1
    if not starts:
        return None
    column, count = max(starts.items(), key=lambda item: (item[1], -item[0]))
    return column if count >= 2 else None


def _column_rows(lines: list[str], column: int) -> list[str]:
    """A run of lines laid out in two fixed-width columns (``pre_column_rows``), the second
    starting at ``column``: each row is one line, its cells joined, with the lines its cells
    wrap onto (a line indented into the second column continues the second cell, a line
    indented under the first the first when it opens in lower case or sits deeper than the
    next row, as a hanging indent does), and a block of its own, as a row of a table is.
    A row whose first cell has no letter (a row of figures) is no title's. Other lines are
    kept as they are: a line with no second cell at the next row's indent is an item of its
    own ("Wick Division" between two rows indented as it is), not the end of the first cell
    above it. A run with two rows or more of its own keeps its own column (``column`` is
    the whole element's)."""
    column = _table_column(lines) or column
    gaps = [_COLUMN_GAP.match(line) for line in lines]
    is_row = [
        gap is not None
        and abs(gap.end() - column) <= _COLUMN_SLACK
        # its first cell names something (a title): a row of figures ("2019   12   40") is data
        and LETTER.search(line, 0, gap.start("gap")) is not None
        for line, gap in zip(lines, gaps, strict=True)
    ]
    # The indent of the next row after each line (-1 after the last): a line under a row's
    # first cell continues it only when indented deeper than that row and the next one.
    next_row = [-1] * len(lines)
    for index in range(len(lines) - 2, -1, -1):
        following = lines[index + 1]
        next_row[index] = (
            len(following) - len(following.lstrip()) if is_row[index + 1] else next_row[index + 1]
        )
    out: list[list[str]] = [[]]
    rows: list[list[str]] = []  # the table's rows: indent, first cell, second cell
    for index, line in enumerate(lines):
        text = line.strip()
        indent = len(line) - len(line.lstrip())
        gap = gaps[index]
        if gap is not None and is_row[index]:
            rows.append([str(indent), line[: gap.start("gap")].strip(), line[gap.end() :]])
        elif rows and text and indent >= column - _COLUMN_SLACK:
            rows[-1][2] += " " + text
        elif (
            rows
            and text
            and indent > int(rows[-1][0])
            and len(line) < column
            and (text[0].islower() or _hangs(indent, next_row[index], rows))
        ):
            rows[-1][1] += " " + text
        else:
            if rows:
                out.extend([line] for line in _row_lines(rows))
                rows = []
                out.append([])
            out[-1].append(line)
    out.extend([line] for line in _row_lines(rows))
    return ["\n".join(part) for part in out if part]


def _hangs(indent: int, next_row: int, rows: list[list[str]]) -> bool:
    """Whether a line under a row's first cell, opening in a capital, hangs as a wrapped
    title's end does: deeper than the next row, or after the table's last row (``next_row``
    -1) at an indent none of its rows has. A line at a row's indent after the last row is an
    item of its own, as one at the next row's indent is ("Wick Division" under the last
    row of a level, with no holder)."""
    if next_row >= 0:
        return indent > next_row
    return all(int(row[0]) != indent for row in rows)


def _row_lines(rows: list[list[str]]) -> list[str]:
    """A run of fixed-width rows (indent, first cell, second cell) as lines, one a row. A
    table that sets each holder on the left and the title on the right ("Ada Quill   Chief
    Wick Inspector": every first cell a person's name, most second cells worded as a post or
    a unit) is written title first, as the other way round is ("Chief Wick Inspector: Ada
    Quill"), so that the title, not the person, is read as the row's name."""
    header = rows[:1] if len(rows) >= 3 and _header_row(rows[0]) else []
    body = rows[len(header) :]
    holders_first = len(body) >= 2 and all(_person_cell(row[1]) for row in body)
    if holders_first and 2 * sum(_post_cell(row[2]) for row in body) > len(body):
        head = [f"{row[2].strip()}{_HEADER_CELLS}{row[1]}" for row in header]
        return head + [f"{row[2].strip()}{_CELLS}{row[1]}" for row in body]
    head = [f"{row[1]}{_HEADER_CELLS}{row[2].strip()}" for row in header]
    return head + [_row_line(row[1], row[2]) for row in body]


# A fixed-width table's header row: each cell one word naming what a column holds ("Title
# Name", "Office   Telephone"), written as a table's header is (cells joined by " | "), not
# as a title and its holder.
_HEADER_WORDS = frozenset(
    {
        *("name", "names", "title", "titles", "position", "positions", "office", "offices"),
        *("official", "officials", "incumbent", "holder", "telephone", "phone", "room"),
        *("unit", "units", "role", "email", "e-mail", "extension", "organization", "contact"),
    }
)
_HEADER_CELLS = " | "


def _header_row(row: list[str]) -> bool:
    """Whether a fixed-width table's first row is its header: two one-word cells, each a word
    that names a column ("Name   Title")."""
    cells = (row[1].strip().rstrip(":").lower(), row[2].strip().rstrip(":").lower())
    return all(cell in _HEADER_WORDS for cell in cells)


_WORD = lazy_pattern(r"[^\W\d_][\w.'’-]*")
_NOT_A_PERSON = CONNECTORS | POSITION_WORDS | UNIT_NOUNS


def _person_cell(cell: str) -> bool:
    """A cell that reads as a person's name: two to five capitalized words, no figure, and no
    connector, position word or unit noun ("Ada Quill", "Fenn Orrin, Jr.")."""
    words = _WORD.findall(cell)
    return (
        2 <= len(words) <= 5
        and not any(char.isdigit() for char in cell)
        and all(word[0].isupper() for word in words)
        and not {word.lower().rstrip(".") for word in words} & _NOT_A_PERSON
    )


def _post_cell(cell: str) -> bool:
    """A cell worded as a post or a unit: a position word or a unit noun in it ("Chief Wick
    Inspector", "Director, Office of Lamp Care")."""
    return bool({word.lower() for word in _WORD.findall(cell)} & (POSITION_WORDS | UNIT_NOUNS))


def _row_line(first: str, second: str) -> str:
    """A fixed-width row as one line (part of ``pre_column_rows``): "Title: Holder", or the
    first cell and then the second as they stand when the second is a contact detail (a
    phone number, an e-mail or web address): "Office of Lamps (555) 010-1000" is a unit and
    its telephone, as a directory's row reads, not a title and its holder."""
    second = second.strip()
    return f"{first} {second}" if is_noise(second) else f"{first}{_CELLS}{second}"


def _flush(inline: list[str], out: list[tuple[Hint | None, str]]) -> None:
    """The inline text gathered so far, as one paragraph block (if it has any text), its
    line breaks kept."""
    text = _lines("".join(inline))
    inline.clear()
    if text:
        out.append((Hint(PARAGRAPH, 0), text))


_LINK_HOLDERS = "div, p, td, section, span, dd"


def _break_link_runs(tree: LexborHTMLParser) -> None:
    """An element that holds nothing but two or more links (a grid of tiles, a column of
    links) lists them: each link is a line of its own, as a line break would make it."""
    for holder in tree.css(_LINK_HOLDERS):
        links = []
        for child in holder.iter(include_text=True):
            if child.tag == "a":
                links.append(child)
            elif child.tag != "-text" or (child.text() or "").strip(" \t\n\r" + _BREAK):
                links = []
                break
        if len(links) >= 2:
            for link in links[:-1]:
                link.insert_after(_BREAK)


def render_html(html: str) -> RenderedPage:
    """Render an HTML document to blank-line-separated blocks with structural hints.

    Elements nested deeper than :data:`~pipeline.text.nesting.MAX_DEPTH` are flattened first
    (their text kept), with a note, so parsing stays linear in the page's size."""
    named, html = front_matter(html)
    if named is not None:
        html = f"<title>{escape(named)}</title>\n{html}"
    html, flattened = bound_nesting(html)
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROP):
        node.decompose()
    _drop_banners(tree)
    for node in tree.css("br"):
        node.replace_with(_BREAK)
    _break_link_runs(tree)
    root = next((found for selector in _MAIN if (found := tree.css_first(selector))), None)
    blocks: list[tuple[Hint | None, str]] = []
    if root is not None:
        _blocks(root, blocks)
    title = tree.css_first("title")
    if title is not None and not any(
        hint is not None and hint.kind == HEADING for hint, _ in blocks[:1]
    ):
        heading = _clean(_SITE_SUFFIX.split(title.text() or "")[0])
        if heading:
            blocks.insert(0, (Hint(HEADING, 0), heading))
    page = join_blocks(blocks)
    if not flattened:
        return page
    note = f"elements nested deeper than {MAX_DEPTH} flattened ({flattened:,} tags taken out)"
    return RenderedPage(page.text, page.hints, [note])
