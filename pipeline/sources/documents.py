"""A raw folder as a set of source documents, each loaded and extracted on its own.

This is what lets a build stream: the folder is listed once (names, ids and ``sources.json``
checked, nothing read), then each document is read, parsed and extracted before the next, so
a build holds one page's intermediate structures at a time, and of the others only what is
published (their records, and their text, which the ``sources`` table carries). The source id
of each file is its key (the Dagster partition key of the document).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.extract.page import NoStructureError, extract_page
from pipeline.extract.records import PageExtraction
from pipeline.sources.errors import SourceError
from pipeline.sources.files import DEFAULT_MAX_BYTES, shown
from pipeline.sources.loading import folder_pages, load_page, source_id_for
from pipeline.sources.metadata import SourceMetadata
from pipeline.sources.records import SkippedSource, Source


@dataclass(frozen=True)
class Folder:
    """The documents of a raw folder by source id, and their ``sources.json`` entries."""

    raw_dir: Path
    paths: dict[str, Path]
    metadata: dict[str, SourceMetadata]

    @property
    def keys(self) -> list[str]:
        return list(self.paths)


@dataclass(frozen=True)
class DocumentResult:
    """One document after extraction: its source record and records, or why it gives none;
    plus warnings about the file."""

    key: str
    source: Source | None = None
    extraction: PageExtraction | None = None
    skipped: SkippedSource | None = None
    warnings: list[str] = field(default_factory=list)


def list_folder(raw_dir: Path) -> Folder:
    """The folder's documents in file-name order, or :class:`SourceError` for a problem with
    the folder itself: missing, no pages, a bad ``sources.json``, two files with one id."""
    raw_dir = Path(raw_dir)
    paths, metadata = folder_pages(raw_dir)
    by_id: dict[str, Path] = {}
    for path in paths:
        other = by_id.setdefault(source_id_for(path), path)
        if other != path:
            raise SourceError(
                f"{shown(path.name)}: source id {source_id_for(path)!r} clashes with"
                f" {shown(other.name)}"
            )
    return Folder(raw_dir, by_id, metadata)


def process_document(
    folder: Folder, key: str, *, max_bytes: int = DEFAULT_MAX_BYTES, extract=extract_page
) -> DocumentResult:
    """Read, normalize and extract one document; a file that cannot be used is skipped with
    its one-line reason (the build's source policy decides what that means)."""
    path = folder.paths.get(key)
    if path is None:
        reason = f"{shown(folder.raw_dir / key)}.*: no longer in the raw folder"
        return DocumentResult(key, skipped=SkippedSource(key, reason))
    try:
        source, hints, warnings = load_page(
            path, folder.raw_dir, folder.metadata.get(path.name), max_bytes
        )
    except SourceError as exc:
        return DocumentResult(key, skipped=SkippedSource(shown(path.name), str(exc)))
    try:
        extraction = extract(source.source_id, source.text, source.agency, hints=hints or None)
    except NoStructureError as exc:
        reason = f"{shown(path)}: {exc}"
        return DocumentResult(key, skipped=SkippedSource(source.path, reason), warnings=warnings)
    return DocumentResult(key, source, extraction, warnings=warnings)
