"""Read one raw file's bytes safely: a regular file inside the raw folder, within a size limit.

The raw folder is filled by people and scripts from archives, so a page may be a symbolic link
(refused when it points outside the folder, so a build never publishes a file it was not
given), a named pipe or device (refused: reading could block forever), or huge (refused past
``max_bytes`` before it is read).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pipeline.sources.errors import SourceError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def shown(path: Path | str) -> str:
    """``path`` as text safe for one line: control characters and undecodable bytes escaped."""
    text = os.fsdecode(path) if isinstance(path, Path) else path
    return "".join(
        ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1]
        for ch in text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    )


def read_page_bytes(path: Path, raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path``, or :class:`SourceError` naming it and the problem."""
    where = shown(path)
    _check_name(path, where)
    if path.is_symlink():
        _check_link(path, raw_dir, where)
    try:
        info = path.stat()
    except OSError as exc:
        raise SourceError(f"{where}: cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(f"{where}: not a regular file")
    if info.st_size > max_bytes:
        raise SourceError(f"{where}: {_over(info.st_size, max_bytes)}")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SourceError(f"{where}: cannot be read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise SourceError(f"{where}: {_over(len(data), max_bytes)}")
    if not data:
        raise SourceError(f"{where}: file is empty")
    return data


def _check_name(path: Path, where: str) -> None:
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raise SourceError(f"{where}: file name is not valid UTF-8; rename the file") from None


def _check_link(path: Path, raw_dir: Path, where: str) -> None:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise SourceError(f"{where}: broken symbolic link") from None
    if not target.is_relative_to(raw_dir.resolve()):
        raise SourceError(
            f"{where}: symbolic link to {shown(target)}, outside the raw folder; refused"
        )


def _over(size: int, limit: int) -> str:
    return f"{size} bytes, over the limit of {limit} bytes (raise it with --max-bytes)"
