"""Turn a raw page's bytes into text, or refuse them with one line saying why.

Pages come from the web and from archives, so not every file is clean UTF-8. The rules, in
order (``where`` names the file in every message):

1. A known binary signature (PDF, ZIP/Office, PNG, JPEG, GIF, gzip, ...) is refused.
2. A UTF-32 or UTF-16 byte-order mark decodes the file in that encoding (with a warning).
3. A NUL byte anywhere else is refused: the file is binary or damaged.
4. Valid UTF-8 (a UTF-8 BOM is allowed) is read as is: the normal case, no warning.
5. Otherwise the file is read as Windows-1252 (the same as Latin-1 when it has no byte in
   0x80-0x9F), with a warning, but only when that reading is unambiguous:

   * no byte sequence in it is valid multi-byte UTF-8 (that would be UTF-8 damaged or mixed
     with another encoding, and reading it as Windows-1252 would publish mojibake);
   * every byte is defined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D are not; in Latin-1
     they would be control characters);
   * it reads like Western text: at most a fifth of its letters (or two) are non-ASCII, and
     no symbol such as ``¿`` or ``³`` sits between two letters (how Cyrillic, Greek or Central
     European single-byte text looks when misread as Windows-1252).

   Anything else is refused with the offset of the first byte that is not UTF-8.
6. Text with more than a few control characters (other than tab, line feed, carriage return,
   form feed and vertical tab), and more than 1% of its characters, is refused as binary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.sources.errors import SourceError

SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
)
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_WINDOWS_ONLY = re.compile(rb"[\x80-\x9f]")
_SYMBOL_IN_WORD = re.compile(
    r"[^\W\d_][\u00a1-\u00a9\u00ab\u00ac\u00ae-\u00b4\u00b6\u00b8\u00b9\u00bb-\u00bf"
    r"\u00d7\u00f7\u2020\u2021\u2022\u2030\u2039\u203a][^\W\d_]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
MAX_NON_ASCII_LETTERS = 0.2
MAX_CONTROL_SHARE = 0.01
FEW_CONTROLS = 8


@dataclass(frozen=True)
class Decoded:
    """A page's text as decoded, its encoding, and a warning when it was not plain UTF-8."""

    text: str
    encoding: str
    warning: str | None = None


def decode_page(data: bytes, where: str) -> Decoded:
    """Decode ``data`` by the rules above; raise :class:`SourceError` naming ``where``."""
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            raise SourceError(f"{where}: binary file ({kind}), not a text page")
    decoded = _wide(data, where) or _utf8_or_legacy(data, where)
    controls = len(_CONTROL.findall(decoded.text))
    if controls > max(FEW_CONTROLS, MAX_CONTROL_SHARE * len(decoded.text)):
        raise SourceError(f"{where}: binary file ({controls} control characters), not a text page")
    return decoded


def _wide(data: bytes, where: str) -> Decoded | None:
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            name = encoding[:6].upper()
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"{where}: has a {name} byte-order mark but is not valid {name} "
                    f"(at byte {exc.start + len(bom)})"
                ) from None
            return Decoded(text, encoding, f"{where}: read as {name} (byte-order mark)")
    return None


def not_utf8(where: str, data: bytes, offset: int) -> str:
    """The one-line message for bytes that are not UTF-8, naming the first bad byte: said the
    same way for a page and for ``sources.json``."""
    return f"{where}: not UTF-8 (byte 0x{data[offset]:02x} at offset {offset})"


def _utf8_or_legacy(data: bytes, where: str) -> Decoded:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise SourceError(f"{where}: contains NUL bytes (first at byte {nul}); binary or damaged")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    not_utf8_line = not_utf8(where, data, first_bad)
    mixed = _UTF8_MULTIBYTE.search(data)
    if mixed:
        raise SourceError(
            f"{not_utf8_line} but has UTF-8 sequences too (at offset {mixed.start()}): "
            "mixed or damaged encoding; re-save the file as UTF-8"
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{not_utf8_line}, nor Windows-1252 (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); re-save the file as UTF-8"
        ) from None
    doubt = _implausible(text)
    if doubt:
        raise SourceError(
            f"{not_utf8_line}, and not plausibly Windows-1252 ({doubt}); re-save as UTF-8"
        )
    name = "Windows-1252" if _WINDOWS_ONLY.search(data) else "Latin-1"
    sample = " ".join(_shown(c) for c in sorted({c for c in text if ord(c) > 127})[:8])
    return Decoded(
        text, "cp1252", f"{where}: not UTF-8; read as {name} (non-ASCII characters: {sample})"
    )


def _shown(char: str) -> str:
    return char if char.isprintable() and not char.isspace() else f"U+{ord(char):04X}"


def _implausible(text: str) -> str | None:
    """Why ``text`` does not read like Western text decoded right, or None."""
    letters = [c for c in text if c.isalpha()]
    foreign = sum(not c.isascii() for c in letters)
    if foreign > max(2, MAX_NON_ASCII_LETTERS * len(letters)):
        return f"{foreign} of {len(letters)} letters are not ASCII"
    symbol = _SYMBOL_IN_WORD.search(text)
    if symbol:
        return f"{symbol.group()!r} inside a word"
    return None
