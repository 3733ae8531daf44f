"""Optional per-file metadata (``sources.json`` in the raw folder).

The file is a JSON list of objects ``{"file", "title", "url", "archive_url", "as_of",
"agency"}``; only ``file`` is required. It exists because a page's text rarely says where it
was published or when, and the first line of a saved page is often navigation ("About")
rather than its title. ``url`` is where the agency published the page, ``archive_url`` the
web-archive capture the file was taken from, ``as_of`` the date the page describes
(``YYYY-MM-DD``; when absent, read from the archive URL's capture timestamp).

Each value is held to the rule of the ``sources`` column it fills (the table's model reads
``URL_PATTERN`` from here and ``DATE_PATTERN`` from ``pipeline.sources.dates``), so a bad value
is reported as ``<dir>/sources.json: <file>: <field>: <problem>`` when the file is read, not as
a failed validation of the built table.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.sources.dates import capture_date, is_iso_date
from pipeline.sources.decoding import not_utf8
from pipeline.sources.errors import SourceError
from pipeline.sources.files import shown

METADATA_FILE = "sources.json"
FIELDS = ("file", "title", "url", "archive_url", "as_of", "agency")
# What ``url`` and ``archive_url`` must be: the rule of those columns of the published
# ``sources`` table (its model, ``pipeline.tables.models``, reads it from here).
URL_PATTERN = r"https?://\S+"


@dataclass(frozen=True)
class SourceMetadata:
    file: str
    title: str | None = None
    url: str | None = None
    archive_url: str | None = None
    as_of: str | None = None
    agency: str | None = None


def read_metadata(raw_dir: Path) -> dict[str, SourceMetadata]:
    """Metadata by file name; empty when the raw folder has no ``sources.json``.

    Every value is checked against the rule its column of the published ``sources`` table has
    (``URL_PATTERN``, ``DATE_PATTERN`` and :func:`is_iso_date` are what the table's model
    uses), so a value the build would refuse is refused here, naming this file, the entry's
    file and the field. So is an ``as_of`` later than the capture date of ``archive_url``."""
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
    first: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        item = _parse_entry(path, index, entry)
        if item.file in found:
            raise SourceError(
                f"{path}: {shown(item.file)}: file: listed again in entry {index}"
                f" (first in entry {first[item.file]})"
            )
        found[item.file] = item
        first[item.file] = index
    return found


def _parse_entry(path: Path, index: int, entry: object) -> SourceMetadata:
    """One entry (``index`` counts from 1), or :class:`SourceError`:
    ``<path>: <file>: <field>: <problem>`` (``entry N`` while the file is not known)."""
    if not isinstance(entry, dict):
        raise SourceError(f"{path}: entry {index}: not an object")
    file = entry.get("file")
    if file is None:
        raise SourceError(f"{path}: entry {index}: has no 'file'")
    if not isinstance(file, str) or not file.strip():
        raise SourceError(f"{path}: entry {index}: file: must be a non-empty string, got {file!r}")
    where = f"{path}: {shown(file)}"
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise SourceError(f"{where}: unknown keys {unknown} (known: {', '.join(FIELDS)})")
    for key in FIELDS[1:]:
        value = entry.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise SourceError(f"{where}: {key}: must be a non-empty string, got {value!r}")
    for key in ("url", "archive_url"):
        value = entry.get(key)
        if value is not None and not re.fullmatch(URL_PATTERN, value):
            raise SourceError(
                f"{where}: {key}: must be a web address matching {URL_PATTERN}, got {value!r}"
            )
    as_of = entry.get("as_of")
    if as_of is not None and not is_iso_date(as_of):
        raise SourceError(f"{where}: as_of: must be a date written YYYY-MM-DD, got {as_of!r}")
    captured = capture_date(entry.get("archive_url"))
    if as_of is not None and captured is not None and as_of > captured:
        raise SourceError(
            f"{where}: as_of: {as_of} is after {captured}, the capture date in archive_url;"
            " a page cannot describe a date after it was captured"
        )
    return SourceMetadata(file, **{key: entry.get(key) for key in FIELDS[1:]})


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
