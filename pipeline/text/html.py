"""Render a saved web page to the plain-text form the extractor reads, keeping its structure.

Navigation, scripts, headers, footers and forms are dropped; the main content's headings,
paragraphs and list items each become one block, separated by blank lines. The rendering is
stored as the source's text, so every span in the dataset points into it; the element each
block came from (heading, list item, paragraph) is returned alongside as a structural hint.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LEAVES = {*HEADINGS, "p", "li", "dt", "dd", "blockquote", "pre", "td", "th", "caption"}
_BLOCK_LEVEL = {
    *_LEAVES,
    *("ul", "ol", "dl", "table", "tbody", "thead", "tr", "div", "section", "article", "main"),
    *("body", "figure", "figcaption", "address", "hr", "center", "details", "summary"),
}
_DROP = (
    "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
    " [role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true]"
)
_MAIN = ("main", "[role=main]", "article", "body")


@dataclass(frozen=True)
class RenderedPage:
    """Plain text of a page and, per block start offset, the kind of element it came from."""

    text: str
    hints: dict[int, str]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _kind(tag: str) -> str:
    if tag in HEADINGS:
        return "heading"
    return "list_item" if tag in ("li", "dt", "dd") else "paragraph"


def _own_text(node: LexborNode) -> str:
    """Text of a node without the nested lists it may hold (an item with sub-items)."""
    parts = [
        child.text(deep=True) or ""
        for child in node.iter(include_text=True)
        if child.tag not in ("ul", "ol", "dl")
    ]
    return _clean("".join(parts))


def _blocks(node: LexborNode, out: list[tuple[str, str]]) -> None:
    """Append the blocks under ``node``: leaf elements whole, inline runs as paragraphs.

    The walk keeps its own stack (one frame per open element: its remaining children and the
    inline text gathered so far), so a page of any nesting depth (a thousand ``<div>``s) is
    rendered, never stopped by Python's recursion limit."""
    stack: list[tuple[Iterator[LexborNode], list[str]]] = [(node.iter(include_text=True), [])]
    while stack:
        children, inline = stack[-1]
        child = next(children, None)
        if child is None:
            _flush(inline, out)
            stack.pop()
            continue
        tag = child.tag
        if tag in _LEAVES:
            _flush(inline, out)
            text = _own_text(child)
            if text:
                out.append((_kind(tag), text))
            nested = [n for n in child.iter() if n.tag in ("ul", "ol", "dl")]
            if nested:
                stack.append((iter(nested), []))
        elif tag in _BLOCK_LEVEL:
            _flush(inline, out)
            stack.append((child.iter(include_text=True), []))
        else:
            inline.append(child.text(deep=True) or "")


def _flush(inline: list[str], out: list[tuple[str, str]]) -> None:
    """The inline text gathered so far, as one paragraph block (if it has any text)."""
    text = _clean("".join(inline))
    inline.clear()
    if text:
        out.append(("paragraph", text))


def render_html(html: str) -> RenderedPage:
    """Render an HTML document to blank-line-separated blocks with structural hints."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROP):
        node.decompose()
    root = next((found for selector in _MAIN if (found := tree.css_first(selector))), None)
    blocks: list[tuple[str, str]] = []
    if root is not None:
        _blocks(root, blocks)
    title = tree.css_first("title")
    if title is not None and not any(kind == "heading" for kind, _ in blocks[:1]):
        heading = _clean(title.text() or "")
        if heading:
            blocks.insert(0, ("heading", heading))
    text_parts: list[str] = []
    hints: dict[int, str] = {}
    offset = 0
    for kind, text in blocks:
        hints[offset] = kind
        text_parts.append(text)
        offset += len(text) + 2
    return RenderedPage("\n\n".join(text_parts) + ("\n" if text_parts else ""), hints)
