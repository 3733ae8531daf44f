"""The record of one source page, as loaded from the raw folder, and of one that was not."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """One source page.

    ``text`` is the normalized text rendering that every span in the dataset points into;
    ``sha256`` is the digest of the file's bytes as stored in the raw folder. Its fields are
    exactly the published columns of the ``sources`` table. ``as_of`` is the date the page
    describes (see ``pipeline.sources.dates``), null when unknown.
    """

    source_id: str
    path: str
    sha256: str
    title: str | None
    url: str | None
    archive_url: str | None
    as_of: str | None
    agency: str | None
    n_chars: int
    text: str


@dataclass(frozen=True)
class SkippedSource:
    """A raw file that gives no rows, and why: ``reason`` is one line naming the file."""

    path: str
    reason: str
