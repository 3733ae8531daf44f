"""Recognize HTML saved where plain text was expected (a ``.txt`` file that is a web page).

Archives and "save as" often give a page's markup a ``.txt`` name. Extracting from markup
would publish tags as office names, so such a file is rendered like an ``.html`` source.
"""

from __future__ import annotations

import re

HTML_SUFFIXES = (".html", ".htm")
_DOCUMENT = re.compile(r"<!doctype\s+html\b|<html[\s>]", re.IGNORECASE)
_ELEMENT = re.compile(
    r"</(?:p|div|li|ul|ol|h[1-6]|table|tr|td|body|head|title|span|a|section|main)>",
    re.IGNORECASE,
)
HEAD_CHARS = 4096
MIN_ELEMENTS = 3


def looks_like_html(text: str) -> bool:
    """A document type or ``<html>`` tag near the top, or text that opens with a tag and
    closes several HTML elements."""
    head = text[:HEAD_CHARS]
    if _DOCUMENT.search(head):
        return True
    return text.lstrip().startswith("<") and len(_ELEMENT.findall(head)) >= MIN_ELEMENTS
