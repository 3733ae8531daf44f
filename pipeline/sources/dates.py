"""When a source page is from: its as-of date.

A page says what an agency looked like on one day, and the dataset must say which day. The
date comes from ``sources.json`` (``as_of``), else from a web-archive URL: End of Term,
Wayback and most archives put the capture time in the path as 14 digits (``YYYYMMDDhhmmss``,
e.g. ``/eot2008/20090511173959/http://...`` or ``/web/20090511173959id_/http://...``).
Otherwise it is unknown: a file's modification time says when it was copied, not what it
describes, so it is never used.
"""

from __future__ import annotations

import re
from datetime import date, datetime

# 14 digits as one path segment (an archive's optional modifier such as ``id_`` may follow).
_CAPTURE = re.compile(r"/(\d{14})(?:[a-z]{2}_)?/")
DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"


def capture_date(url: str | None) -> str | None:
    """The capture date (``YYYY-MM-DD``) written in an archive URL, or None."""
    if not url:
        return None
    for match in _CAPTURE.finditer(url):
        try:
            return datetime.strptime(match.group(1), "%Y%m%d%H%M%S").date().isoformat()
        except ValueError:
            continue
    return None


def is_iso_date(value: str) -> bool:
    """True for a real calendar date written ``YYYY-MM-DD``."""
    if not re.fullmatch(DATE_PATTERN, value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def as_of_date(as_of: str | None, *urls: str | None) -> str | None:
    """The page's as-of date: ``as_of`` when given, else the first URL's capture date."""
    if as_of:
        return as_of
    return next((found for url in urls if (found := capture_date(url))), None)
