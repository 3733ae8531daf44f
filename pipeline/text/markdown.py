"""Render a Markdown page to the plain-text form the extractor reads, keeping its structure.

Many agency sites keep their pages as Markdown. Its markup is structure, not text: ``##``
ranks a heading, an indented ``-`` nests a list item, ``**Name**`` sets a name in bold, and
``[text](url)`` shows only its text. The page is parsed with markdown-it (CommonMark, plus
tables) and each heading, paragraph and list item becomes one block, like a rendered HTML
page, with a hint of its kind and level; a table's header row becomes a paragraph and each of
its rows a list item, cells joined by " | ". Line breaks inside a paragraph are
kept: a page that puts one statement per line means each line.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import pipeline.text.html_rules  # noqa: F401  (registers the rules it shares with HTML's)
from pipeline.rules import enabled, register
from pipeline.text.hints import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    Hint,
    RenderedPage,
    join_blocks,
)
from pipeline.text.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_ATX_HEADING = lazy_pattern(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_LINK = lazy_pattern(r"\[[^\]\n]+\]\([^)\s]+\)")
_BOLD_LINE = lazy_pattern(r"^\s*(?:[-*+]\s+)?\*\*[^*\n]+\*\*", re.MULTILINE)
_HTML_TAG = lazy_pattern(r"<[^>]+>")
# A site generator's template tags ("{% include list.html %}", "{{ site.baseurl }}",
# "[Wicks]({% page "/wicks/" %})"): filled in when the site is built, never the page's text;
# inside a link's address they break the link.
_LIQUID = lazy_pattern(r"\{%.*?%\}|\{\{.*?\}\}")


def looks_like_markdown(text: str) -> bool:
    """Whether plain text is written in Markdown: an ``#`` heading, a ``[link](url)``, lines
    opening in ``**bold**``, or a site generator's front matter at its top."""
    return bool(
        _ATX_HEADING.search(text)
        or _LINK.search(text)
        or len(_BOLD_LINE.findall(text)) >= 2
        or _FRONT_MATTER.match(text)
    )


register(
    "front_matter_title",
    "layout",
    """A page kept for a site generator opens with front matter: "key: value" lines between
    two "---" lines ("title: Wick Office", "permalink: /wicks/", "layout: page"). Those lines
    are settings, not text: they are left out, and the ``title`` they give is the page's
    title, set as its first heading (an HTML page's ``<title>``, used when no heading opens
    the page).""",
)
# "---", up to 60 lines of settings, "---": the first of them a "key:" line.
_FRONT_MATTER = lazy_pattern(
    r"\A\s*---[ \t]*\n(?P<body>[A-Za-z_][\w-]*:[^\n]*\n(?:[^\n]*\n){0,60}?)---[ \t]*(?:\n|\Z)"
)
_TITLE_FIELD = lazy_pattern(r"^title:[ \t]*(?P<title>\S[^\n]*?)[ \t]*$", re.MULTILINE)


def front_matter(text: str) -> tuple[str | None, str]:
    """The title a page's front matter gives (None without one), and the page without its
    front matter (``front_matter_title``)."""
    match = _FRONT_MATTER.match(text) if enabled("front_matter_title") else None
    if match is None:
        return None, text
    title = _TITLE_FIELD.search(match.group("body"))
    name = title.group("title").strip("\"'") if title is not None else ""
    return name or None, text[match.end() :]


@functools.cache
def _parser() -> MarkdownIt:
    """The parser, made (and markdown-it imported) on the first Markdown page: a build of
    plain-text or HTML pages never needs it."""
    from markdown_it import MarkdownIt  # noqa: PLC0415

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def _inline_text(token: Token) -> str:
    """The visible text of an inline token."""
    parts: list[str] = []
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak") or (
            kind == "html_inline" and child.content.lower().startswith("<br")
        ):
            parts.append("\n")
    text = "".join(parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def render_markdown(source: str) -> RenderedPage:
    """Render Markdown to blank-line-separated blocks with structural hints; a site
    generator's template tags are dropped first."""
    title, source = front_matter(source)
    if title is not None:
        source = f"# {title}\n\n{source}"
    source = _LIQUID.sub("", source)
    blocks: list[tuple[Hint, str]] = []
    depth = 0
    pending: Hint | None = None
    row: list[str] | None = None
    in_head = False
    for token in _parser().parse(source):
        kind = token.type
        if kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            cells = " | ".join(cell for cell in row if cell)
            if not enabled("data_table_rows"):  # each cell a paragraph of its own
                blocks.extend((Hint(PARAGRAPH, 0), cell) for cell in row if cell)
            elif cells:
                blocks.append(
                    (Hint(PARAGRAPH if in_head else LIST_ITEM, 0 if in_head else 1), cells)
                )
            row = None
        elif kind == "inline" and row is not None:
            row.append(" ".join(_inline_text(token).split()))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif kind == "heading_open":
            pending = Hint(HEADING, int(token.tag[1]))
        elif kind == "heading_close":  # an empty heading ("###" alone) heads nothing
            pending = None
        elif kind == "list_item_open":
            pending = Hint(LIST_ITEM, depth)
        elif kind == "html_block":
            text = _HTML_TAG.sub(" ", token.content)
            text = re.sub(r"\s+", " ", text).strip()
            if text:
                blocks.append((Hint(PARAGRAPH, 0), text))
        elif kind == "inline":
            text = _inline_text(token)
            if not text:
                continue
            blocks.append((pending or Hint(PARAGRAPH, 0), text))
            pending = None
    return join_blocks(blocks)
