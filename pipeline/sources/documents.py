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
from pipeline.sources.budget import PageBudget, PageBudgetError, page_budget
from pipeline.sources.errors import SourceError
from pipeline.sources.files import DEFAULT_MAX_BYTES, shown
from pipeline.sources.loading import folder_pages, load_page, source_id_for
from pipeline.sources.metadata import METADATA_FILE, SourceMetadata
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


class DocumentError(Exception):
    """A document failed in a way no bad page explains (a bug): one line naming its file."""


def process_document(
    folder: Folder,
    key: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extract=extract_page,
    budget: PageBudget | None = None,
) -> DocumentResult:
    """Read, normalize and extract one document; a file that cannot be used is skipped with
    its one-line reason (the build's source policy decides what that means).

    Whatever happens inside reading or extraction names the file: a page nested too deeply
    for Python's recursion limit, out of memory, undecodable, or over its time or memory
    ``budget`` is a bad page; any other exception is a :class:`DocumentError` naming it."""
    path = folder.paths.get(key)
    if path is None:
        reason = f"{shown(folder.raw_dir / key)}.*: no longer in the raw folder"
        return DocumentResult(key, skipped=SkippedSource(key, reason))
    budget = budget if budget is not None else PageBudget()
    warnings: list[str] = []
    try:
        with page_budget(budget):
            source, hints, warnings = load_page(
                path, folder.raw_dir, folder.metadata.get(path.name), max_bytes
            )
            extraction = extract(source.source_id, source.text, source.agency, hints=hints or None)
    except SourceError as exc:
        return DocumentResult(key, skipped=SkippedSource(shown(path.name), str(exc)))
    except (NoStructureError, PageBudgetError) as exc:
        skipped = SkippedSource(path.name, f"{shown(path)}: {exc}")
        return DocumentResult(key, skipped=skipped, warnings=warnings)
    except (RecursionError, MemoryError, UnicodeError) as exc:
        skipped = SkippedSource(path.name, f"{shown(path)}: cannot be processed ({_failure(exc)})")
        return DocumentResult(key, skipped=skipped, warnings=warnings)
    except Exception as exc:
        raise DocumentError(
            f"{shown(path)}: processing failed unexpectedly ({type(exc).__name__}: {exc})"
        ) from exc
    if source.as_of is None:
        warnings = [*warnings, undated(path, folder.raw_dir)]
    if not extraction.offices:
        warnings = [
            *warnings,
            f"{shown(path)}: no organizational units found; only its"
            f" {len(extraction.acronyms)} acronym definition(s) are published",
        ]
    return DocumentResult(key, source, extraction, warnings=warnings)


def undated(path: Path, raw_dir: Path) -> str:
    """The warning for a page published without an as-of date, saying how to give it one."""
    return (
        f"{shown(path)}: no as-of date; give it one in {shown(raw_dir / METADATA_FILE)}"
        ' ("as_of": "YYYY-MM-DD" in its entry, or an archive_url with the capture\'s'
        " 14-digit timestamp)"
    )


def _failure(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply: Python's recursion limit was reached"
    if isinstance(exc, MemoryError):
        return "out of memory"
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
