"""A ``<pre>`` element in a web page: a text page set in HTML (a printed manual's entry, a
fixed-width table of officials), read line by line as a text page is."""

from __future__ import annotations

from pipeline.rules import disabled
from pipeline.text.html import render_html
from tests.extract.helpers import extract, offices

# A printed manual's entry: the body's name, its address, a fixed-width table of officials
# (title left, holder right, a title and a holder each wrapping onto a second line), prose.
MANUAL_ENTRY = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

12 Wick Street, Lampton

Chairman                                          Ada Quill
Deputy Lamplighter                                Bram Tolley
Members                                           Cora Wend, Dov
                                                          Harl
    Director, Glass Services                      Enid Marsh
            and Standards
    Chief Wick Inspector                          Fenn Orrin, Jr.

The Lantern Review Board hears appeals on
lamp permits. It was set up in 1901 and
sits four times a year.
</pre></body></html>"""


def test_pre_keeps_lines_a_preformatted_entry_is_read_line_by_line() -> None:
    rendered = render_html(MANUAL_ENTRY).text
    assert "\n\n12 Wick Street, Lampton\n\n" in rendered
    assert "The Lantern Review Board hears appeals on\nlamp permits." in rendered
    with disabled({"pre_keeps_lines"}):
        flat = render_html(MANUAL_ENTRY).text
    assert "LANTERN REVIEW BOARD 12 Wick Street" in flat


def test_pre_column_rows_a_fixed_width_table_of_officials_names_its_titles() -> None:
    rendered = render_html(MANUAL_ENTRY).text
    assert "\n\nDirector, Glass Services and Standards: Enid Marsh\n\n" in rendered
    assert "\n\nMembers: Cora Wend, Dov Harl\n\n" in rendered
    found = offices(extract(MANUAL_ENTRY, html=True))
    for title in ("Chairman", "Deputy Lamplighter", "Chief Wick Inspector"):
        assert found[title].parent == "Lantern Review Board"
    assert "Director, Glass Services and Standards" in found
    with disabled({"pre_column_rows"}):
        without = offices(extract(MANUAL_ENTRY, html=True))
    assert "Chief Wick Inspector" not in without
    assert "Director, Glass Services and Standards" not in without


# The table runs over a printed page: its last row comes after the page's number.
PAGE_BROKEN_TABLE = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

Chairman                                          Ada Quill
Chief Wick Inspector                              Fenn Orrin

[[Page 12]]

Keeper of Glass Records                           Gil Payne

The Lantern Review Board hears appeals on lamp permits.
</pre></body></html>"""


def test_pre_column_rows_a_table_broken_by_a_page_number_keeps_its_column() -> None:
    rendered = render_html(PAGE_BROKEN_TABLE).text
    assert "\n\nKeeper of Glass Records: Gil Payne\n\n" in rendered
    with disabled({"pre_column_rows"}):
        assert "Keeper of Glass Records:" not in render_html(PAGE_BROKEN_TABLE).text


# Figures set in columns: no row names a title.
FIGURES = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

Chairman                                          Ada Quill
Chief Wick Inspector                              Fenn Orrin

2019                                              41
2020                                              44
</pre></body></html>"""


def test_pre_column_rows_a_row_of_figures_is_no_title() -> None:
    rendered = render_html(FIGURES).text
    assert "\n\nChief Wick Inspector: Fenn Orrin\n\n" in rendered
    assert "2019:" not in rendered
    with disabled({"pre_column_rows"}):
        assert "Chief Wick Inspector:" not in render_html(FIGURES).text


# A fixed-width table with a unit that has no holder: its line is indented as the next row
# is, so it is an item of its own, not the end of the first cell of the row above it (a
# wrapped title hangs deeper than the rows around it, or opens in lower case).
UNIT_WITHOUT_HOLDER = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

Chairman                                          Ada Quill
Office of Lamp Care                               Bram Tolley
    Wick Braiding Division
    Glass Polishing Division                      Cora Wend
    Director, Oil Survey and Lamp                 Dov Harl
            Records
    Oil Survey Division                           Enid Marsh
</pre></body></html>"""


def test_pre_column_rows_a_line_without_a_holder_at_the_next_rows_indent_is_its_own() -> None:
    rendered = render_html(UNIT_WITHOUT_HOLDER).text
    assert "\n\nOffice of Lamp Care: Bram Tolley\n\n" in rendered
    assert "\n\nDirector, Oil Survey and Lamp Records: Dov Harl\n\n" in rendered
    found = offices(extract(UNIT_WITHOUT_HOLDER, html=True))
    for unit in ("Office of Lamp Care", "Wick Braiding Division", "Glass Polishing Division"):
        assert unit in found, unit
    assert not [name for name in found if "Lamp Care Wick" in name]
    with disabled({"pre_column_rows"}):
        without = offices(extract(UNIT_WITHOUT_HOLDER, html=True))
    assert "Glass Polishing Division" not in without


# A fixed-width directory: each unit's name, then its telephone in the second column.
PHONE_DIRECTORY = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

Office of Lamp Care                               (555) 010-1000
Wick Braiding Division                            (555) 010-2000
Glass Polishing Division                          (555) 010-3000
</pre></body></html>"""


def test_pre_column_rows_a_telephone_in_the_second_column_is_no_holder() -> None:
    rendered = render_html(PHONE_DIRECTORY).text
    assert "\n\nOffice of Lamp Care (555) 010-1000\n\n" in rendered
    found = offices(extract(PHONE_DIRECTORY, html=True))
    for unit in ("Office of Lamp Care", "Wick Braiding Division", "Glass Polishing Division"):
        assert found[unit].parent == "Lantern Review Board", unit
    assert not [name for name in found if name.endswith(":")]


# Two fixed-width tables in one <pre>, their second columns set at different widths: each
# keeps its own column (the element's most common column is the second table's only).
TWO_TABLES = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

Chairman                                          Ada Quill
Chief Wick Inspector                              Fenn Orrin

Lamp Offices Abroad

Office of North Lamps                   Ivo Lark
Office of South Lamps                   Jan Mott
Office of East Lamps                    Kay Nash
</pre></body></html>"""


def test_pre_column_rows_two_tables_each_keep_their_own_column() -> None:
    rendered = render_html(TWO_TABLES).text
    assert "\n\nChief Wick Inspector: Fenn Orrin\n\n" in rendered
    assert "\n\nOffice of South Lamps: Jan Mott\n\n" in rendered
    found = offices(extract(TWO_TABLES, html=True))
    assert not [name for name in found if "Ada Quill" in name or "Fenn Orrin" in name]


# A fixed-width table that sets each holder on the left and the title on the right.
HOLDERS_FIRST = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

Ada Quill                                         Chairman
Fenn Orrin                                        Chief Wick Inspector
Gil Payne                                         Director, Office of Lamp Care
Hal Redd                                          Chief, Wick Braiding Division
</pre></body></html>"""


def test_pre_column_rows_a_table_of_holders_then_titles_names_its_titles() -> None:
    rendered = render_html(HOLDERS_FIRST).text
    assert "\n\nChief Wick Inspector: Fenn Orrin\n\n" in rendered
    found = offices(extract(HOLDERS_FIRST, html=True))
    assert "Chief Wick Inspector" in found
    assert "Director, Office of Lamp Care" in found
    assert not {"Ada Quill", "Fenn Orrin", "Gil Payne", "Hal Redd"} & set(found)
    # A title-left table whose titles read as names ("Wick Warden") keeps its order.
    kept = render_html(TITLES_LIKE_NAMES).text
    assert "\n\nWick Warden: Ada Quill\n\n" in kept


TITLES_LIKE_NAMES = """<html><head><title>Lantern Review Board</title></head><body><pre>
Wick Warden                                       Ada Quill
Glass Keeper                                      Fenn Orrin
Chief Oil Taster                                  Gil Payne
</pre></body></html>"""


# The table's last row is followed by a unit with no holder, at the indent of an earlier row.
UNIT_WITHOUT_HOLDER_LAST = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

Chairman                                          Ada Quill
Office of Lamp Care                               Bram Tolley
    Glass Polishing Division                      Cora Wend
Office of Oil Supply                              Dov Harl
    Wick Braiding Division
</pre></body></html>"""


def test_pre_column_rows_a_line_without_a_holder_after_the_last_row_is_its_own() -> None:
    rendered = render_html(UNIT_WITHOUT_HOLDER_LAST).text
    assert "\n\nOffice of Oil Supply: Dov Harl\n\n" in rendered
    found = offices(extract(UNIT_WITHOUT_HOLDER_LAST, html=True))
    assert "Wick Braiding Division" in found
    assert not [name for name in found if "Oil Supply Wick" in name]


# A fixed-width table with a header row over its columns, the holders on the left.
HEADED_HOLDERS_FIRST = """<html><head><title>Lantern Review Board</title></head><body><pre>
LANTERN REVIEW BOARD

Name                                              Title
Ada Quill                                         Chairman
Fenn Orrin                                        Chief Wick Inspector
Gil Payne                                         Director, Office of Lamp Care
</pre></body></html>"""


def test_pre_column_rows_a_header_row_names_no_unit() -> None:
    rendered = render_html(HEADED_HOLDERS_FIRST).text
    assert "\n\nTitle | Name\n\n" in rendered
    assert "\n\nChief Wick Inspector: Fenn Orrin\n\n" in rendered
    found = offices(extract(HEADED_HOLDERS_FIRST, html=True))
    assert "Chief Wick Inspector" in found
    assert not {"Name", "Title", "Ada Quill", "Fenn Orrin"} & set(found)
    # Over titles and their holders, the header is written as it stands.
    titles_first = render_html(HEADED_TITLES_FIRST).text
    assert "\n\nTitle | Name\n\n" in titles_first
    assert "\n\nChairman: Ada Quill\n\n" in titles_first


HEADED_TITLES_FIRST = """<html><head><title>Lantern Review Board</title></head><body><pre>
Title                                             Name
Chairman                                          Ada Quill
Chief Wick Inspector                              Fenn Orrin
</pre></body></html>"""
