"""The HTML renderer's rules, and those it shares with the Markdown renderer, declared here
so that every rule is registered without loading the renderers (a build of text pages never
imports them; ablation and ``ice-offices rules`` must still know them)."""

from __future__ import annotations

from pipeline.rules import register

register(
    "section_header_kept",
    "layout",
    """A ``<header>`` inside a ``<section>``, ``<article>`` or ``<main>`` is that section's
    head (its heading, the title of a card), not the page's banner: it is read as content,
    its heading heading the section's blocks. A ``<header>`` outside them is the site's banner
    (logo, site name, menus) and is dropped with the navigation.""",
)

register(
    "pre_keeps_lines",
    "layout",
    """A ``<pre>`` element is a text page set in a web page (a printed manual's entry, a
    fixed-width table of officials): its lines are kept as lines and its blank lines end
    blocks, and its blocks are read from their layout and wording as a text page's are, not
    run together into one paragraph.""",
)

register(
    "pre_column_rows",
    "layout",
    """In a ``<pre>`` element, a run of lines set in two fixed-width columns (two or more
    lines whose second column starts at the same place after a gap of three spaces or more:
    a printed table of officials, title on the left and holder on the right) is a table: each
    row becomes one line, its cells joined, with the lines a cell wraps onto (indented into
    the second column, or under the first when it opens in lower case or hangs deeper than
    the next row) joined to it, and the rows are a block of their own, apart from the address
    and prose around them. A line with no second cell at the next row's indent is an item of
    its own (a unit with no holder), not the end of the first cell above it; a row whose
    second cell is a contact detail (a telephone, an e-mail or web address) is a directory's
    row, its cells kept as they stand rather than read as a title and its holder. A table
    that sets the holder on the left and the title on the right (every first cell a
    person's name, most second cells worded as a post or a unit) is written title first; a
    header row of one-word column names ("Name   Title") is written as a table's header
    ("Title | Name"), not as a title and its holder.
    Each block between blank lines with two rows or more keeps its own column; a shorter
    block takes the whole element's (a table broken by a printed page's number).""",
)

register(
    "card_link_blocks",
    "layout",
    """A link that wraps block elements is a card, the whole card clickable (an icon, a
    heading or a line naming a unit, a line or a list about it, "More Info"): its blocks are
    read as blocks, the heading a heading and the lines under it its paragraphs or items,
    not run together with it into one line of text ("Wick Office Located on the 2nd Floor
    The office trims ...").""",
)

register(
    "data_table_rows",
    "layout",
    """A table of data (an HTML table whose first row is all header cells, with no table or
    list in its cells; any Markdown table) is read row by row: each row one block, its
    cells joined by " | ", the header row a paragraph that leads into the rows and each
    other row a list item, as a directory lists its units. Switched off, each cell is a
    paragraph of its own, as a table that lays out a page is read.""",
)

register(
    "list_item_heading_blocks",
    "layout",
    """A list item that holds a heading element and text outside it (an icon list or a
    chart's boxes set as items, each a heading naming a unit and a line under it: what the
    unit does, who heads it) is read as blocks, the heading a heading and the lines under it
    paragraphs, not taken whole as one line that runs the name into the words after it
    ("Wick Office Provides lamps to ...", "Wick Office Jane Doe: Director"). An item whose
    only text is its heading (the heading of a nested list, a linked heading) is an item as
    before. An item's heading is ranked below the heading its list stands under (the page's,
    or the box it is nested in), as a box nested in a box set with the same heading is. A list
    one of whose boxes would take in a list item outside it before a heading of its rank (the
    list's plain items, the next term, the nested list's next outer item, the next list) is
    read item by item, as before: those items keep their parent.""",
)
