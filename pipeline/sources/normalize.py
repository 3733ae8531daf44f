"""Text normalization applied to every source before extraction.

Every span in the dataset points into the normalized text, so the rules must be few, stable
and documented:

* a leading UTF-8 byte-order mark is dropped (one character shorter);
* ``\\r\\n`` becomes ``\\n`` (one character shorter per pair), then a lone ``\\r`` becomes ``\\n``
  (same length);
* the no-break spaces U+00A0, U+2007 and U+202F become a plain space (same length).

Nothing else changes: no trimming, no whitespace collapsing, no Unicode normalization.
Applying the function twice gives the same text as applying it once.

:func:`clean_characters` then makes characters that would mislead the extractor visible to
the user (each kind is a warning naming the file), applied to the text every span points into
(after an HTML page is rendered):

* invisible formatting characters are removed: zero-width spaces and joiners (U+200B-U+200D,
  U+2060-U+2064, U+FEFF inside the text, U+180E), the soft hyphen (U+00AD) and bidirectional
  controls (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069). Otherwise
  ``Office of Pol\u200bicy`` would be a different office from ``Office of Policy`` that
  looks the same, and ``O\u200dPR`` an acronym no reader can type;
* characters that are not valid text are replaced with U+FFFD: surrogates and Unicode
  noncharacters (U+FDD0-U+FDEF and the last two code points of every plane, such as U+FFFF);
* U+FFFD itself (also what an HTML page's ``&#0;`` or ``&#x110000;`` becomes) is kept, with a
  warning saying how many there are and where the first is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

BOM = "\ufeff"
NO_BREAK_SPACES = ("\u00a0", "\u2007", "\u202f")
_SPACES = str.maketrans(dict.fromkeys(NO_BREAK_SPACES, " "))


def normalize_text(text: str) -> str:
    """Return ``text`` with the line-ending, BOM and no-break-space rules above applied."""
    text = text.removeprefix(BOM)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_SPACES)


INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_NONCHARACTERS = "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
INVALID = re.compile(f"[\ud800-\udfff\ufdd0-\ufdef{_NONCHARACTERS}]")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class CleanText:
    """The cleaned text, a warning per kind of character found, and the offsets (in the text
    before cleaning) of the characters removed, to move offsets taken before cleaning."""

    text: str
    warnings: list[str]
    removed: list[int]

    def moved(self, offset: int) -> int:
        """Where an offset into the text before cleaning is in the cleaned text."""
        return offset - bisect.bisect_left(self.removed, offset)


def clean_characters(text: str, where: str) -> CleanText:
    """``text`` without invisible formatting characters and with invalid ones replaced (see
    above), and one warning per kind found, naming ``where``."""
    warnings = []
    removed: list[int] = []
    first = INVISIBLE.search(text)
    if first is not None:
        removed = [found.start() for found in INVISIBLE.finditer(text)]
        text, count = INVISIBLE.subn("", text)
        warnings.append(
            f"{where}: {count} invisible formatting character(s) removed (zero-width or"
            f" bidirectional controls; the first, U+{ord(first.group()):04X}, at character"
            f" {first.start()})"
        )
    first = INVALID.search(text)
    if first is not None:
        text, count = INVALID.subn(REPLACEMENT, text)
        warnings.append(
            f"{where}: {count} invalid character(s) replaced with U+FFFD (surrogates or"
            f" noncharacters; the first, U+{ord(first.group()):04X}, at character {first.start()})"
        )
    replaced = text.find(REPLACEMENT)
    if replaced >= 0:
        warnings.append(
            f"{where}: {text.count(REPLACEMENT)} replacement character(s) U+FFFD in the text"
            f" (invalid characters or character references such as &#0;; the first at"
            f" character {replaced})"
        )
    return CleanText(text, warnings, removed)
