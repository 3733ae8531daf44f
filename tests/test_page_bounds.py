"""Bounds that keep a hostile page linear (issue 15, item 2) and readable (item 7): HTML
nesting flattened below a fixed depth before parsing, descriptions of bounded length, and a
heading that holds an unreadable character (U+FFFD) still read as a heading."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from pipeline.extract.evidence import MAX_DESCRIPTION_CHARS
from pipeline.extract.page import extract_page
from pipeline.sources.loading import scan_sources
from pipeline.text.hints import Hint
from pipeline.text.html import render_html
from pipeline.text.nesting import MAX_DEPTH, bound_nesting

ROOT = Path(__file__).resolve().parents[1]
HTML_PAGES = sorted(
    p for p in (ROOT / "tests" / "data").rglob("*") if p.suffix.lower() in (".html", ".htm")
)


def tree_depth(html: str) -> int:
    """How deeply the parser nests the elements of ``html`` (an iterative walk)."""
    body = LexborHTMLParser(html).body
    deepest, stack = 0, [(body, 1)] if body is not None else []
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.iter())
    return deepest


def test_nesting_deeper_than_the_bound_is_flattened_before_parsing() -> None:
    """Before: 4 MiB of nested ``<div>`` reached the parser as they were, which looks back
    through every open element for each start tag (over 300 s)."""
    depth = MAX_DEPTH * 4
    html = (
        "<html><body>" + "<div>" * depth + "<span>" * depth + "<h1>Example Agency</h1>"
        "<div>First block</div><div>Second block</div>"
        "<h2>Office of Policy (OP)</h2><p>The Office of Policy (OP) writes policy.</p>"
        + "</span>" * depth
        + "</div>" * depth
        + "</body></html>"
    )
    assert tree_depth(html) > depth * 2
    bounded, flattened = bound_nesting(html)
    assert flattened == 2 * (depth + 2 - MAX_DEPTH) + 2 * depth
    assert tree_depth(bounded) <= MAX_DEPTH + 3
    rendered = render_html(html)
    assert rendered.text == (
        "Example Agency\n\nFirst block\n\nSecond block\n\nOffice of Policy (OP)\n\n"
        "The Office of Policy (OP) writes policy.\n"
    )
    assert rendered.hints[0] == Hint("heading", 1)
    assert rendered.notes == [
        f"elements nested deeper than {MAX_DEPTH} flattened ({flattened:,} tags taken out)"
    ]


@pytest.mark.parametrize(
    ("inner", "closed"),
    [
        ("<!-- <div> -->", True),
        ("<script>" + "<div>" * 10 + "</script>", True),
        ("<!-- never closed " + "<div>" * 10, False),
        ("<div class='never closed" + "<" * 100, False),
    ],
)
def test_comments_raw_text_and_unclosed_markup_are_not_counted(inner: str, closed: bool) -> None:
    """What the parser does not open (a comment, a script's text, a tag or comment never
    closed, which runs to the end) is neither counted nor changed."""
    html = "<div>" * 1000 + inner + ("</div>" * 1000 if closed else "")
    bounded, flattened = bound_nesting(html)
    deeper = 1000 - MAX_DEPTH
    assert flattened == (2 * deeper if closed else deeper)
    assert bounded == "<div>" * MAX_DEPTH + "<hr>" * deeper + inner + (
        "<hr>" * deeper + "</div>" * MAX_DEPTH if closed else ""
    )


def test_real_pages_nest_far_less_deeply_and_are_left_as_they_are() -> None:
    assert len(HTML_PAGES) >= 20
    for page in HTML_PAGES:
        html = page.read_text(encoding="utf-8", errors="replace")
        assert bound_nesting(html) == (html, 0), page
        assert bound_nesting(html, 32) == (html, 0), page


def test_the_build_warns_when_a_page_is_flattened(tmp_path: Path) -> None:
    (tmp_path / "deep.html").write_text(
        "<html><body>" + "<div>" * 300 + "<h1>Example Agency</h1>" + "</div>" * 300,
        encoding="utf-8",
    )
    scan = scan_sources(tmp_path)
    assert scan.warnings == [
        f"{tmp_path / 'deep.html'}: elements nested deeper than {MAX_DEPTH} flattened"
        " (88 tags taken out)"
    ]
    assert scan.sources[0].text == "Example Agency\n"


def test_a_description_is_bounded() -> None:
    """Before: the text under a heading, or a page's whole introduction, was the description
    however long (a page of 1 MiB without headings after its title published a 1 MiB cell)."""
    intro = "The agency works for the people of the state.\n" * 500
    text = (
        f"Example Agency\n\n{intro}\nOffice of Policy\n\nThe office writes policy.\n\n"
        f"Office of Research\n\n{intro}"
    )
    offices = {o.name: o for o in extract_page("page", text).offices}
    for name in ("Example Agency", "Office of Research"):
        description = offices[name].description
        assert description is not None
        assert MAX_DESCRIPTION_CHARS // 2 <= len(description) <= MAX_DESCRIPTION_CHARS
        assert intro.startswith(description)
        assert description.endswith("state.")
    assert offices["Office of Policy"].description == "The office writes policy."


def test_many_title_lines_are_read_in_one_pass() -> None:
    """Before: each title line over the rest of its run was peeled off by a recursive call
    that re-read the rest: 2,000 such lines hit Python's recursion limit."""
    names = [f"Office of X{_letters(i)}" for i in range(2000)]
    lines = "".join(f"{name}\n" for name in names) + "Office of"
    offices = extract_page("page", "Example Agency\n\n" + lines).offices
    assert [o.name for o in offices[1:2001]] == names
    assert [o.found_by for o in offices[1:2001]] == ["section_heading"] * 2000


def _letters(i: int) -> str:
    """``i`` written in three lower-case letters (aaa, aab, ...): distinct names, no digits."""
    return "".join(chr(ord("a") + i // 26**k % 26) for k in (2, 1, 0))


@pytest.mark.parametrize(
    "heading",
    ["\ufffdOffice of Policy (OP)", "\ufffd Office of Policy (OP)", "Office of Policy\ufffd"],
)
def test_an_unreadable_character_in_a_heading_keeps_the_heading(heading: str) -> None:
    """Before: a heading that began with U+FFFD (``&#0;``, a noncharacter) was not read as a
    heading, and its office was lost."""
    text = (
        "Example Agency\n\nThe Example Agency (EA) is organized into offices.\n\n"
        f"{heading}\n\nThe office writes policy.\n\nOffice of Research\n\nIt does research.\n"
    )
    offices = {o.name: o for o in extract_page("page", text).offices}
    assert list(offices) == ["Example Agency", "Office of Policy", "Office of Research"]
    policy = offices["Office of Policy"]
    assert policy.office_id == "page:office-of-policy"
    assert policy.found_by == "section_heading"
    assert text[policy.char_start : policy.char_end] == policy.evidence
    assert "Office of Policy" in policy.evidence
