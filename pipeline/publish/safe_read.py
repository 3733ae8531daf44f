"""Reading a published folder that may be hostile (a download, a copy someone altered).

What ``validate``, ``show`` and ``diff`` rely on:

* nothing outside the folder is read: a symbolic link anywhere in it that leads out of it is
  refused, with one line, before any file is opened;
* only regular files are read (a named pipe never blocks), each at most once, and never more
  than a limit of bytes (``DEFAULT_MAX_BYTES``, ``--max-bytes``); digests are computed from the
  same bytes the decoder gets, or streamed;
* the shape of a table file is checked before it is decoded: a CSV header of the model's
  columns (a header line longer than ``MAX_HEADER_BYTES`` is refused), a Parquet footer with
  as many columns as the model;
* JSON of any nesting depth is an error message, never a ``RecursionError``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

import pyarrow
import pyarrow.parquet as pq

from pipeline.tables.registry import table_spec

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
MAX_METADATA_BYTES = 16 * 1024 * 1024
CHUNK = 1024 * 1024


class UnsafeFolderError(Exception):
    """The folder cannot be read safely (a link out of it); one line naming the path."""


def check_links(folder: Path) -> None:
    """Refuse a folder holding a symbolic link whose target is outside it (or a loop)."""
    root = folder.resolve()
    for directory, subfolders, files in os.walk(folder):
        for name in (*subfolders, *files):
            path = Path(directory) / name
            if not path.is_symlink():
                continue
            try:
                target = path.resolve(strict=False)
            except (OSError, RuntimeError):
                target = None
            if target is None or not target.is_relative_to(root):
                shown = path.readlink()
                raise UnsafeFolderError(
                    f"{path}: symbolic link to {shown}, outside the folder; refused"
                )


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ``ValueError`` (one line)
    for anything else, checked before reading."""
    fd = _open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise ValueError(f"{size} bytes, over the limit of {limit} bytes (see --max-bytes)")
        chunks = []
        total = 0
        while chunk := os.read(fd, CHUNK):
            total += len(chunk)
            if total > limit:
                raise ValueError(f"grew over the limit of {limit} bytes while read")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def sha256_streamed(path: Path) -> str:
    """The SHA-256 of a regular file, read once in chunks (memory does not grow with it)."""
    fd = _open_regular(path)
    digest = hashlib.sha256()
    try:
        while chunk := os.read(fd, CHUNK):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest()


def file_size(path: Path) -> int | None:
    """The size of a regular file, None for anything else (missing, folder, pipe, ...)."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size if stat.S_ISREG(found.st_mode) else None


def load_json(data: bytes) -> Any:
    """JSON from bytes; ``ValueError`` for invalid UTF-8 or JSON, however deeply nested."""
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def check_shape(fmt: str, table: str, data: bytes) -> None:
    """Raise ``ValueError`` when a table file cannot hold the model's columns, before it is
    decoded: a CSV header with another number of columns (or too long a header line), or a
    Parquet file whose footer says so."""
    expected = list(table_spec(table).columns)
    if fmt == "csv":
        end = data.find(b"\n", 0, MAX_HEADER_BYTES + 1)
        if end < 0 and len(data) > MAX_HEADER_BYTES:
            raise ValueError(f"header line longer than {MAX_HEADER_BYTES} bytes")
        line = data[: end if end >= 0 else len(data)].decode("utf-8", "replace")
        header = next(csv.reader([line]), [])
        if len(header) != len(expected):
            raise ValueError(f"{len(header)} columns in the header, the table has {len(expected)}")
    elif fmt == "parquet":
        try:
            columns = pq.ParquetFile(pyarrow.BufferReader(data)).metadata.num_columns
        except (pyarrow.ArrowException, OSError) as exc:
            raise ValueError(" ".join(str(exc).split())) from None
        if columns != len(expected):
            raise ValueError(f"{columns} columns, the table has {len(expected)}")


def _open_regular(path: Path) -> int:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise ValueError(f"cannot be opened ({exc.strerror})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise ValueError("not a regular file")
    return fd
