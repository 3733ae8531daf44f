"""``SHA256SUMS``: the digest of every other published file, in ``sha256sum`` format.

Lines are ``<64 hex>  <path>`` (two spaces, paths relative to the folder with ``/``), sorted by
path, so ``sha256sum -c SHA256SUMS`` (``--ignore-missing`` on a partial copy) checks a download
without this project installed. Written last, so it covers the data package too.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

SUMS_FILE = "SHA256SUMS"
_LINE = re.compile(r"(?P<digest>[0-9a-f]{64}) [ *](?P<path>.+)")


@dataclass(frozen=True)
class Mismatch:
    """A listed file whose bytes do not have the listed digest (``actual`` None: missing)."""

    path: str
    expected: str
    actual: str | None


def write_checksums(frames: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Write ``SHA256SUMS`` covering every file in ``folder`` (subfolders included)."""
    (folder / SUMS_FILE).write_bytes(render_sums(folder).encode("utf-8"))


def render_sums(folder: Path) -> str:
    """The ``SHA256SUMS`` text of every file in ``folder`` except itself."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if name != SUMS_FILE:
            lines.append(f"{sha256_file(path)}  {name}\n")
    return "".join(lines)


def parse_sums(text: str) -> dict[str, str]:
    """Digest by path from ``SHA256SUMS`` text; raises ``ValueError`` naming a bad line."""
    digests: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            raise ValueError(f"line {number} is not a sha256sum line (digest, two spaces, path)")
        path = match["path"]
        if path.startswith("/") or ".." in Path(path).parts:
            raise ValueError(f"line {number}: path {path!r} leaves the folder")
        if path in digests:
            raise ValueError(f"line {number}: {path} is listed twice")
        digests[path] = match["digest"]
    return digests


def check_sums(folder: Path, digests: Mapping[str, str]) -> list[Mismatch]:
    """The listed files whose digest differs, or that are missing, in listing order."""
    out = []
    for name, expected in digests.items():
        path = folder / name
        actual = sha256_file(path) if path.is_file() else None
        if actual != expected:
            out.append(Mismatch(path=name, expected=expected, actual=actual))
    return out


def sha256_file(path: Path) -> str:
    """The file's SHA-256, read a megabyte at a time (a table file can be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
