"""Bound how deeply a web page's elements nest before the HTML parser builds its tree.

An HTML5 tree builder looks back through the open elements for each new block element (is a
``<p>`` open, in scope?), so a page of N nested ``<div>``s costs it about N²/2 steps: 4 MiB
of ``<div>`` ran for over five minutes. One linear pass over the tags counts how deeply
elements are open; an element opened deeper than :data:`MAX_DEPTH` and its end tag are taken
out (a block-level one becomes ``<hr>``, so the text on either side stays in separate blocks),
which bounds the parser's look-back, so parsing stays linear. Text is never removed. Pages
that nest less deeply (every page in the corpus) are returned unchanged.

Elements whose end tag the parser implies (``p``, ``li``, ``td``, headings ...) and void
elements never deepen the count; comments and the raw text of ``script``/``style`` are
skipped as the parser skips them.
"""

from __future__ import annotations

import re

from pipeline.text.lazy_patterns import lazy_pattern

MAX_DEPTH = 256
"""Open elements kept, counted as the parser nests them; far above any real page's depth."""


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_VOID = _names(
    "area base basefont bgsound br col embed frame hr image img input keygen link meta param"
    " source track wbr"
)
# End tags implied by the next sibling (or a parent's end): these do not deepen a page.
_IMPLIED = _names(
    "p li dt dd option optgroup tr td th tbody thead tfoot colgroup caption rb rt rp rtc"
    " h1 h2 h3 h4 h5 h6 html head body"
)
_RAW_TEXT = _names("script style textarea title xmp iframe noembed noframes plaintext")
# Taken out at depth: inline ones vanish, block-level ones leave a block boundary.
_BLOCK = _names(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption"
    " figure footer form header hgroup main menu nav ol pre section summary table ul"
)
_NAME = lazy_pattern(r"(/?)([A-Za-z][A-Za-z0-9:-]*)")
_BOUNDARY = "<hr>"


def bound_nesting(html: str, max_depth: int = MAX_DEPTH) -> tuple[str, int]:
    """``html`` with elements opened deeper than ``max_depth`` taken out, and how many were.

    One pass, each character looked at a bounded number of times: a tag ends at the next
    ``>``, a comment at the next ``-->``, raw text at its end tag, and anything left open
    runs to the end of the document (as the parser reads it), ending the scan."""
    open_names: list[str] = []
    deeper: dict[str, int] = {}
    cuts: list[tuple[int, int, str]] = []
    pos = 0
    find = html.find
    while (start := find("<", pos)) >= 0:
        if html.startswith("<!--", start):
            end = find("-->", start + 4)
            if end < 0:
                break
            pos = end + 3
            continue
        tag = _NAME.match(html, start + 1)
        if tag is None:
            pos = start + 1
            continue
        end = find(">", tag.end())
        if end < 0:
            break
        pos = end + 1
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name in _VOID or name in _IMPLIED:
            continue
        if closing:
            if deeper.get(name):
                deeper[name] -= 1
                cuts.append((start, pos, _BOUNDARY if name in _BLOCK else ""))
            elif name in open_names:
                while open_names.pop() != name:
                    pass
            continue
        if name in _RAW_TEXT:
            closer = re.compile(rf"</{name}[\s/>]", re.IGNORECASE).search(html, pos)
            if closer is None:
                break
            pos = closer.start()
            continue
        if len(open_names) < max_depth:
            open_names.append(name)
        else:
            deeper[name] = deeper.get(name, 0) + 1
            cuts.append((start, pos, _BOUNDARY if name in _BLOCK else ""))
    if not cuts:
        return html, 0
    parts: list[str] = []
    kept = 0
    for start, end, instead in cuts:
        parts += (html[kept:start], instead)
        kept = end
    parts.append(html[kept:])
    return "".join(parts), len(cuts)
