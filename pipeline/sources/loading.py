"""Load every raw page of a folder as a :class:`Source`, or say in one line why a file cannot be.

A page is a ``*.txt``, ``*.html`` or ``*.htm`` file (names starting with a dot are ignored).
HTML, and text written in Markdown, are rendered to plain text with structure hints (heading
levels, list depths).
Problems with the folder itself (missing, no pages, bad ``sources.json``, two files with one
source id) raise :class:`SourceError`. Problems with one file (empty, binary, undecodable, over
the size limit, a symbolic link out of the folder, ...) are collected by :func:`scan_sources`
as :class:`SkippedSource` records, so every bad file is reported in one run; the caller
decides whether the others may be published.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.sources.dates import as_of_date
from pipeline.sources.decoding import decode_page
from pipeline.sources.errors import SourceError
from pipeline.sources.files import DEFAULT_MAX_BYTES, read_page_bytes, shown
from pipeline.sources.markup import HTML_SUFFIXES, looks_like_html
from pipeline.sources.metadata import METADATA_FILE, SourceMetadata, read_metadata
from pipeline.sources.normalize import clean_characters, normalize_text
from pipeline.sources.records import SkippedSource, Source
from pipeline.text.hints import Hint
from pipeline.text.markdown import looks_like_markdown, render_markdown

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PAGE_SUFFIXES",
    "SourceError",
    "SourceScan",
    "load_page",
    "load_sources",
    "scan_sources",
    "source_id_for",
]

PAGE_SUFFIXES = (".txt", *HTML_SUFFIXES)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class SourceScan:
    """The pages of a raw folder that loaded, the files that did not, and warnings.

    ``hints`` holds, by source id, the block kinds of each page rendered from HTML (see
    ``pipeline.text.html``): the extractor needs them, the published table does not.
    """

    raw_dir: Path
    sources: list[Source]
    skipped: list[SkippedSource] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    hints: dict[str, dict[int, Hint]] = field(default_factory=dict)


def source_id_for(path: Path) -> str:
    """A stable id from the file stem: accents dropped, lowercase, other runs become ``_``.

    A stem with no ASCII letter or digit left gets ``page_`` and a digest of the name.
    """
    ascii_stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("_", ascii_stem.lower()).strip("_")
    if slug:
        return slug
    name = path.name.encode("utf-8", "surrogateescape")
    return f"page_{hashlib.sha256(name).hexdigest()[:12]}"


def page_paths(raw_dir: Path) -> list[Path]:
    """The candidate pages of ``raw_dir``, sorted by name."""
    try:
        entries = list(raw_dir.iterdir())
    except OSError as exc:
        raise SourceError(
            f"{shown(raw_dir)}: cannot list the raw folder ({exc.strerror})"
        ) from None
    return sorted(
        p
        for p in entries
        if p.suffix.lower() in PAGE_SUFFIXES
        and not p.name.startswith(".")
        and (p.is_symlink() or not p.is_dir())
    )


def folder_pages(raw_dir: Path) -> tuple[list[Path], dict[str, SourceMetadata]]:
    """The page files of ``raw_dir`` and their ``sources.json`` entries, or a
    :class:`SourceError` for a problem with the folder itself (missing, a bad ``sources.json``,
    one that lists files that are not pages of the folder, no pages).

    ``sources.json`` is read before the folder is found to have no pages, so a listed file
    that is missing is reported the same way whatever else the folder holds."""
    if not raw_dir.is_dir():
        raise SourceError(f"{shown(raw_dir)}: raw folder not found")
    paths = page_paths(raw_dir)
    metadata = read_metadata(raw_dir)
    unlisted = sorted(set(metadata) - {p.name for p in paths})
    if unlisted:
        raise SourceError(f"{raw_dir / METADATA_FILE}: {_not_pages(raw_dir, unlisted)}")
    if not paths:
        raise SourceError(f"{shown(raw_dir)}: no .txt or .html pages to load")
    return paths, metadata


def _not_pages(raw_dir: Path, names: list[str]) -> str:
    """Why ``sources.json`` may not list ``names``: missing from the folder, or not pages."""
    missing = [n for n in names if not _exists(raw_dir / n)]
    if missing:
        return f"describes missing files {missing}"
    suffixes = ", ".join(PAGE_SUFFIXES)
    return f"describes files that are not pages ({suffixes}): {names}"


def _exists(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except (OSError, ValueError):
        return False


def scan_sources(raw_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceScan:
    """Every page of ``raw_dir``: loaded, or skipped with its reason; never raises for a file."""
    raw_dir = Path(raw_dir)
    paths, metadata = folder_pages(raw_dir)
    scan = SourceScan(raw_dir, [])
    for path in paths:
        try:
            source, hints, notes = load_page(path, raw_dir, metadata.get(path.name), max_bytes)
        except SourceError as exc:
            scan.skipped.append(SkippedSource(shown(path.name), str(exc)))
            continue
        scan.sources.append(source)
        scan.warnings.extend(notes)
        if hints:
            scan.hints[source.source_id] = hints
    _check_unique_ids(scan.sources)
    return scan


def load_sources(raw_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Source]:
    """All pages of ``raw_dir``; the first file that cannot be loaded raises its error."""
    scan = scan_sources(raw_dir, max_bytes=max_bytes)
    if scan.skipped:
        raise SourceError(scan.skipped[0].reason)
    return scan.sources


def load_page(
    path: Path, raw_dir: Path, meta: SourceMetadata | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Source, dict[int, Hint], list[str]]:
    """One page of ``raw_dir``: its source record, HTML structure hints and warnings; a file
    that cannot be used raises :class:`SourceError` (one line naming it)."""
    where = shown(path)
    data = read_page_bytes(path, raw_dir, max_bytes)
    decoded = decode_page(data, where)
    notes = [decoded.warning] if decoded.warning else []
    text = normalize_text(decoded.text)
    hints: dict[int, Hint] = {}
    is_html = path.suffix.lower() in HTML_SUFFIXES
    if not is_html and looks_like_html(text):
        notes.append(f"{where}: looks like HTML, not plain text; rendered as HTML")
        is_html = True
    if is_html:
        # Imported with the first HTML page: a build of text pages never loads the HTML
        # parser (selectolax) nor the renderer's patterns.
        from pipeline.text.html import render_html  # noqa: PLC0415

        rendered = render_html(text)
        text, hints = rendered.text, rendered.hints
        notes.extend(f"{where}: {note}" for note in rendered.notes)
    elif looks_like_markdown(text):
        rendered = render_markdown(text)
        text, hints = rendered.text, rendered.hints
    cleaned = clean_characters(text, where)
    text = cleaned.text
    notes.extend(cleaned.warnings)
    if cleaned.removed:
        hints = {cleaned.moved(offset): kind for offset, kind in hints.items()}
    if not text.strip():
        problem = "HTML page has no text content" if is_html else "file has only whitespace"
        raise SourceError(f"{where}: {problem}")
    source_id = source_id_for(path)
    if not _NOT_SLUG.sub("", path.stem.lower()):
        notes.append(f"{where}: no ASCII letter or digit in the file name; source id {source_id}")
    return (
        Source(
            source_id=source_id,
            path=path.name,
            sha256=hashlib.sha256(data).hexdigest(),
            title=meta.title if meta and meta.title else _first_line(text),
            url=meta.url if meta else None,
            archive_url=meta.archive_url if meta else None,
            as_of=as_of_date(meta.as_of, meta.archive_url, meta.url) if meta else None,
            agency=meta.agency if meta else None,
            n_chars=len(text),
            text=text,
        ),
        hints,
        notes,
    )


def _first_line(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.strip())


def _check_unique_ids(sources: list[Source]) -> None:
    seen: dict[str, str] = {}
    for source in sources:
        other = seen.setdefault(source.source_id, source.path)
        if other != source.path:
            raise SourceError(
                f"{shown(source.path)}: source id {source.source_id!r} clashes with {shown(other)}"
            )
