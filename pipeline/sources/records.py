"""The record of one source page, as loaded from the raw folder."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """One source page.

    ``text`` is the normalized text rendering that every span in the dataset points into;
    ``sha256`` is the digest of the file's bytes as stored in the raw folder.
    """

    source_id: str
    path: str
    sha256: str
    title: str | None
    url: str | None
    agency: str | None
    n_chars: int
    text: str
