"""A saved web page is a first-class source: same rows as the text version of the page."""

from pathlib import Path

from pipeline.extract.page import extract_page
from pipeline.text.html import render_html
from tests.pages import DATA, ICE_PAGE, read

HTML_PAGE = DATA / "html" / "offices_within_ice.html"


def content(result):
    names = {o.office_id: o.name for o in result.offices}
    return (
        [
            (o.name, o.acronym, o.unit_type, names.get(o.parent_id), o.heading)
            for o in result.offices
        ],
        sorted((a.acronym, a.expansion, names.get(a.office_id)) for a in result.acronyms),
        sorted((p.name, p.acronym, names[p.office_id]) for p in result.programs),
    )


def test_rendering_drops_navigation_scripts_and_footer():
    text = render_html(HTML_PAGE.read_text(encoding="utf-8")).text
    assert text.startswith("Offices Within ICE\n\nU.S. Immigration and Customs Enforcement (ICE)")
    for dropped in ("window.analytics", "Contact Us", "Privacy Policy", "margin-right", "News"):
        assert dropped not in text
    assert "Contact OCR." in text
    assert "Read more about the Office of Investigations." in text


def test_html_page_gives_the_rows_of_its_text_version():
    rendered = render_html(HTML_PAGE.read_text(encoding="utf-8"))
    from_html = extract_page("offices_within_ice", rendered.text, hints=rendered.hints)
    from_text = extract_page("offices_within_ice", read(ICE_PAGE))
    assert content(from_html) == content(from_text)
    for row in [*from_html.offices, *from_html.acronyms, *from_html.programs]:
        assert rendered.text[row.char_start : row.char_end] == row.evidence


def test_headings_come_from_the_document_not_the_wording():
    html = (
        "<html><body><main><h1>Our offices</h1>"
        "<p>The Example Service (ES) has two offices.</p>"
        "<h2>Office of Budget and Finance Planning Operations for the Whole Service</h2>"
        "<p>The Office of Budget and Finance Planning Operations for the Whole Service plans.</p>"
        "<h2>Grants</h2><p>The Office of Grants (OG) gives grants.</p>"
        "</main></body></html>"
    )
    rendered = render_html(html)
    result = extract_page("x", rendered.text, hints=rendered.hints)
    assert [o.name for o in result.offices] == [
        "Example Service",
        "Office of Budget and Finance Planning Operations for the Whole Service",
        "Office of Grants",
    ]


def test_page_without_main_uses_body_and_title(tmp_path: Path):
    html = "<html><head><title>Units</title></head><body><p>The Example Unit (EU) works.</p></body></html>"
    assert render_html(html).text == "Units\n\nThe Example Unit (EU) works.\n"


DATA_TABLE = (
    "<html><body><h1>Lamp Agency</h1><table><tr><th>Unit</th><th>Phone</th></tr>{rows}"
    "</table></body></html>"
)


def test_a_data_table_is_recognized_once_not_once_per_row(monkeypatch):
    """Deciding per row searched the whole table for every row: quadratic in its rows."""
    from pipeline.text import html  # noqa: PLC0415

    calls = []
    decide = html._is_data_table

    def counted(table):
        calls.append(table.mem_id)
        return decide(table)

    monkeypatch.setattr(html, "_is_data_table", counted)
    rows = "".join(f"<tr><td>Office of Wick Room {i}</td><td>555-0100</td></tr>" for i in range(50))
    text = render_html(DATA_TABLE.format(rows=rows)).text
    assert "Office of Wick Room 49 | 555-0100" in text
    assert len(calls) == 1


def test_a_list_in_a_table_cell_keeps_its_items_apart():
    rows = (
        "<tr><td>Operations Directorate</td>"
        "<td><ul><li>Office of Wicks</li><li>Office of Glass</li></ul></td></tr>"
    )
    blocks = render_html(DATA_TABLE.format(rows=rows)).text.strip().split("\n\n")
    assert "Office of Wicks" in blocks
    assert "Office of Glass" in blocks
    assert not any("WicksOffice" in block for block in blocks)


def test_a_line_break_keeps_the_lines_apart():
    """A card gives a person's name, their title and a link on lines of their own: the name
    and the title must not run together into one word, and the title is read as a unit."""
    card = (
        '<div class="card"><img src="a.jpg" alt="" /><br /><strong>Ada Quill</strong><br />'
        'Deputy Warden for Lamps<br /><a href="bio.pdf">Biography</a></div>'
    )
    html = f"<html><body><main><h1>Leadership</h1>{card}{card.replace('Ada', 'Bo')}</main></body></html>"
    rendered = render_html(html)
    assert "Ada Quill\nDeputy Warden for Lamps\nBiography" in rendered.text
    assert "QuillDeputy" not in rendered.text
    heading = render_html("<h2>Office of<br>Wicks</h2><p>Text<br/>more</p>").text
    assert heading.startswith("Office of Wicks\n\nText\nmore")


def test_an_element_of_links_only_lists_each_link_on_its_own_line():
    """A grid of tiles (a ``div`` of nothing but links) lists units: each link is a line,
    not one run-on paragraph; links inside a sentence stay in it."""
    tiles = "".join(f'<a href="/{n}">{n} Office</a>\n' for n in ("Wick", "Glass Works", "Lamp Oil"))
    html = (
        "<html><body><main><h1>Offices of the Lamp Bureau</h1>"
        f'<div class="grid">{tiles}</div>'
        '<p>Read about the <a href="/w">Wick Office</a> and the <a href="/g">Glass Works'
        " Office</a> here.</p></main></body></html>"
    )
    rendered = render_html(html)
    assert "Wick Office\nGlass Works Office\nLamp Oil Office" in rendered.text
    assert "the Wick Office and the Glass Works Office here." in rendered.text
    result = extract_page("x", rendered.text, hints=rendered.hints)
    assert {"Wick Office", "Glass Works Office", "Lamp Oil Office"} <= {
        o.name for o in result.offices
    }
