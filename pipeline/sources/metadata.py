"""Optional per-file metadata (``sources.json`` in the raw folder).

The file is a JSON list of objects ``{"file", "title", "url", "archive_url", "as_of",
"agency"}``; only ``file`` is required. It exists because a page's text rarely says where it
was published or when, and the first line of a saved page is often navigation ("About")
rather than its title. ``url`` is where the agency published the page, ``archive_url`` the
web-archive capture the file was taken from, ``as_of`` the date the page describes
(``YYYY-MM-DD``; when absent, read from the archive URL's capture timestamp).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.sources.dates import is_iso_date
from pipeline.sources.decoding import not_utf8
from pipeline.sources.errors import SourceError

METADATA_FILE = "sources.json"
FIELDS = ("file", "title", "url", "archive_url", "as_of", "agency")


@dataclass(frozen=True)
class SourceMetadata:
    file: str
    title: str | None = None
    url: str | None = None
    archive_url: str | None = None
    as_of: str | None = None
    agency: str | None = None


def read_metadata(raw_dir: Path) -> dict[str, SourceMetadata]:
    """Metadata by file name; empty when the raw folder has no ``sources.json``."""
    path = raw_dir / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise SourceError(not_utf8(str(path), exc.object, exc.start)) from None
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}: not valid JSON ({_one_line(exc)})") from None
    except RecursionError:
        raise SourceError(f"{path}: not valid JSON (nested too deeply)") from None
    if not isinstance(entries, list):
        raise SourceError(f"{path}: expected a JSON list of objects")
    found: dict[str, SourceMetadata] = {}
    for index, entry in enumerate(entries):
        item = _parse_entry(path, index, entry)
        if item.file in found:
            raise SourceError(f"{path}: entry {index} repeats file {item.file!r}")
        found[item.file] = item
    return found


def _parse_entry(path: Path, index: int, entry: object) -> SourceMetadata:
    if not isinstance(entry, dict):
        raise SourceError(f"{path}: entry {index} is not an object")
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise SourceError(f"{path}: entry {index} has unknown keys {unknown}")
    for key in FIELDS:
        value = entry.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise SourceError(f"{path}: entry {index} field {key!r} must be a non-empty string")
    as_of = entry.get("as_of")
    if as_of is not None and not is_iso_date(as_of):
        raise SourceError(
            f"{path}: entry {index} field 'as_of' must be a date written YYYY-MM-DD, got {as_of!r}"
        )
    if entry.get("file") is None:
        raise SourceError(f"{path}: entry {index} has no 'file'")
    return SourceMetadata(entry["file"], **{key: entry.get(key) for key in FIELDS[1:]})


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
