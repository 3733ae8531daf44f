"""Load every raw page of a folder as a :class:`Source`, or fail with one clear line."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pipeline.sources.errors import SourceError
from pipeline.sources.metadata import SourceMetadata, read_metadata
from pipeline.sources.normalize import normalize_text
from pipeline.sources.records import Source

__all__ = ["SourceError", "load_sources", "source_id_for"]

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def source_id_for(path: Path) -> str:
    """A stable id from the file stem: lowercase, runs of other characters become ``_``."""
    return _NOT_SLUG.sub("_", path.stem.lower()).strip("_")


def load_sources(raw_dir: Path) -> list[Source]:
    """All ``*.txt`` files of ``raw_dir``, sorted by name, with metadata from ``sources.json``."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise SourceError(f"{raw_dir}: raw folder not found")
    paths = sorted(p for p in raw_dir.glob("*.txt") if p.is_file())
    if not paths:
        raise SourceError(f"{raw_dir}: no .txt files to load")
    metadata = read_metadata(raw_dir)
    unknown = sorted(set(metadata) - {p.name for p in paths})
    if unknown:
        raise SourceError(f"{raw_dir / 'sources.json'}: describes missing files {unknown}")
    sources = [_load_one(path, metadata.get(path.name)) for path in paths]
    _check_unique_ids(sources)
    return sources


def _load_one(path: Path, meta: SourceMetadata | None) -> Source:
    source_id = source_id_for(path)
    if not source_id:
        raise SourceError(f"{path}: file name gives an empty source id")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror})") from None
    if not data:
        raise SourceError(f"{path}: file is empty")
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 (invalid byte at offset {exc.start})") from None
    text = normalize_text(decoded)
    if not text.strip():
        raise SourceError(f"{path}: file has only whitespace")
    return Source(
        source_id=source_id,
        path=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        title=meta.title if meta and meta.title else _first_line(text),
        url=meta.url if meta else None,
        agency=meta.agency if meta else None,
        n_chars=len(text),
        text=text,
    )


def _first_line(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.strip())


def _check_unique_ids(sources: list[Source]) -> None:
    seen: dict[str, str] = {}
    for source in sources:
        other = seen.setdefault(source.source_id, source.path)
        if other != source.path:
            raise SourceError(f"{source.path}: source id {source.source_id!r} clashes with {other}")
