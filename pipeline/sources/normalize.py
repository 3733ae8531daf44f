"""Text normalization applied to every source before extraction.

Every span in the dataset points into the normalized text, so the rules must be few, stable
and documented:

* a leading UTF-8 byte-order mark is dropped (one character shorter);
* ``\\r\\n`` becomes ``\\n`` (one character shorter per pair), then a lone ``\\r`` becomes ``\\n``
  (same length);
* the no-break spaces U+00A0, U+2007 and U+202F become a plain space (same length).

Nothing else changes: no trimming, no whitespace collapsing, no Unicode normalization.
Applying the function twice gives the same text as applying it once.
"""

from __future__ import annotations

BOM = "\ufeff"
NO_BREAK_SPACES = ("\u00a0", "\u2007", "\u202f")
_SPACES = str.maketrans(dict.fromkeys(NO_BREAK_SPACES, " "))


def normalize_text(text: str) -> str:
    """Return ``text`` with the line-ending, BOM and no-break-space rules above applied."""
    text = text.removeprefix(BOM)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_SPACES)
