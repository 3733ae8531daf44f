"""Publish the dataset folder atomically: a failure or a kill at any point keeps the old one.

How (all under an exclusive ``fcntl`` lock on ``.<name>.lock`` beside ``out_dir``, so two runs
never interleave):

1. refuse an invalid dataset before touching the disk (frames are validated here; tables
   stored in batches were validated, batch by batch, by the build's blocking checks);
2. write every file into ``.<name>.staging`` beside ``out_dir`` (same filesystem), a piece at
   a time, and take its SHA-256 from the bytes as they are written;
3. read every file back from disk and compare its SHA-256 with that of the bytes written
   (the encoders are deterministic, so equal digests mean the file is what was meant);
4. let an optional ``extras`` callback add more files (datapackage.json, checksums, ...);
   then fsync every file and folder of the staging folder, all at once;
5. swap the whole folder in: where the kernel can (Linux ``renameat2(RENAME_EXCHANGE)``),
   ``out_dir`` and the staging folder are exchanged in one atomic step; elsewhere ``out_dir`` is
   renamed to ``.<name>.previous`` and the staging folder renamed into its place;
6. remove the old folder.

A run killed in step 5 of the fallback leaves the old outputs whole in ``.<name>.previous``; the
next publish moves them back before it starts. Leftover staging folders are simply removed.
The published folder is replaced whole: it holds exactly the table files and what ``extras``
wrote in that run; it keeps the permission bits the folder it replaces had.

Sources are never at risk: only an empty folder or an earlier release is replaced. A release is
recognized by what only a release has (a ``datapackage.json`` of this project next to
``SHA256SUMS``, or every table file in every format), never by one file name a raw folder
also uses (``sources.json``). A folder holding source pages (``*.txt``, ``*.html``), one inside
or containing a ``protected`` folder (the raw folder), and a lock or staging path that is a
symbolic link are refused before anything is written.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import json
import os
import shutil
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.publish import formats as codec
from pipeline.publish.checksums import SUMS_FILE, sha256_file
from pipeline.tables.frames import canonical
from pipeline.tables.registry import TABLES
from pipeline.tables.store import StoredFrames, TableBatches, pieces, return_freed_memory
from pipeline.tables.validation import format_failures, validate_dataset

FSYNC_THREADS = 16


class PublishError(Exception):
    """Publishing or reading back failed; the message is one line naming the path."""


@dataclass(frozen=True)
class PublishResult:
    """What was published: the folder, its files (in order) and their SHA-256 digests."""

    out_dir: Path
    files: tuple[Path, ...]
    sha256: dict[str, str]
    row_counts: dict[str, int]


def publish(
    frames: Mapping[str, pd.DataFrame] | Mapping[str, TableBatches],
    out_dir: Path,
    *,
    extras: Callable[[Path], None] | None = None,
    protected: Sequence[Path] = (),
) -> PublishResult:
    """Write all tables in all formats to ``out_dir``, replacing it atomically.

    ``frames`` are whole frames (validated here) or tables stored in batches (validated when
    they were built; written a batch at a time). ``extras``, if given, is called with the
    staging folder once the tables are written and verified; the files it writes there are
    published in the same swap. ``out_dir`` may be neither inside nor around any of the
    ``protected`` folders (the raw pages).
    """
    return_freed_memory()
    out_dir = Path(out_dir).absolute()
    check_apart(out_dir, protected)
    _check_target(out_dir)
    tables = _checked_tables(frames, out_dir)
    staging = _sibling(out_dir, "staging")
    with _exclusive_lock(out_dir), _as_publish_error(out_dir):
        _recover(out_dir)
        try:
            digests = _stage(tables, staging)
            _verify(digests, staging)
            if extras is not None:
                _write_extras(extras, staging, out_dir)
                digests.update(_digest_extras(staging, digests))
            _keep_mode(out_dir, staging)
            _fsync_tree(staging)
            _swap_in(staging, out_dir)
        except BaseException:
            _remove(staging)
            raise
    return PublishResult(
        out_dir=out_dir,
        files=tuple(out_dir / name for name in digests),
        sha256=digests,
        row_counts={table: tables.rows(table) for table in TABLES},
    )


def read_published(
    out_dir: Path, formats: Sequence[str] = codec.FORMATS
) -> dict[str, pd.DataFrame]:
    """The published tables as canonical frames (model dtypes), by table name.

    Every format in ``formats`` is read and all must hold the same data; the frames of the
    first are returned. Raises :class:`PublishError` on a missing, unreadable or
    inconsistent folder.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise PublishError(f"{out_dir}: no published folder here")
    if not formats:
        raise PublishError(f"{out_dir}: no format to read")
    first, *others = [(fmt, _read_format(out_dir, fmt)) for fmt in formats]
    for fmt, frames in others:
        for table in TABLES:
            if not frames[table].equals(first[1][table]):
                path = out_dir / codec.table_filename(table, fmt)
                raise PublishError(f"{path}: differs from {codec.table_filename(table, first[0])}")
    return first[1]


def _read_format(folder: Path, fmt: str) -> dict[str, pd.DataFrame]:
    if fmt not in codec.FORMATS:
        raise PublishError(f"{folder}: unknown format {fmt!r}, expected one of {codec.FORMATS}")
    frames = {}
    for table in TABLES:
        path = folder / codec.table_filename(table, fmt)
        try:
            frames[table] = codec.decode(fmt, table, path.read_bytes())
        except RecursionError:
            raise PublishError(f"{path}: cannot be read as {fmt} (nested too deeply)") from None
        except (OSError, ValueError) as exc:
            raise PublishError(f"{path}: cannot be read as {fmt} ({_one_line(exc)})") from exc
    return frames


def _check_target(out_dir: Path) -> None:
    """Fail early, with one line, on a target that cannot be replaced by rename."""
    if out_dir.is_symlink():
        raise PublishError(f"{out_dir}: is a symbolic link; publish replaces a real folder")
    if out_dir.exists() and not out_dir.is_dir():
        raise PublishError(f"{out_dir}: exists and is not a folder")
    parent = out_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PublishError(f"{parent}: cannot create the folder ({_one_line(exc)})") from exc
    if not os.access(parent, os.W_OK | os.X_OK):
        raise PublishError(f"{parent}: folder is not writable")
    if out_dir.exists() and not os.access(out_dir, os.W_OK):
        raise PublishError(f"{out_dir}: folder is read-only")
    if out_dir.is_dir():
        _check_replaceable(out_dir)
    for kind in ("lock", "staging", "previous"):
        if _sibling(out_dir, kind).is_symlink():
            raise PublishError(f"{_sibling(out_dir, kind)}: is a symbolic link; refusing to use it")


def overlap(a: Path, b: Path) -> bool:
    """Whether one of two folders is the other or inside it (after resolving links)."""
    a, b = a.resolve(), b.resolve()
    return a == b or a.is_relative_to(b) or b.is_relative_to(a)


def check_apart(out_dir: Path, protected: Sequence[Path]) -> None:
    """Refuse an output folder that is, holds or lies inside a protected (raw) folder."""
    for folder in protected:
        if overlap(out_dir, Path(folder)):
            raise PublishError(
                f"{out_dir}: overlaps the raw folder {Path(folder).resolve()}; refusing to"
                " publish there (choose an output folder outside it)"
            )


def _check_replaceable(out_dir: Path) -> None:
    """An empty folder or an earlier release: publishing replaces the folder whole, so a
    mistyped ``--out`` (a home, project or raw folder) must never be swapped away."""
    try:
        entries = list(out_dir.iterdir())
    except OSError as exc:
        raise PublishError(f"{out_dir}: cannot list the folder ({_one_line(exc)})") from exc
    if not entries or is_release(out_dir):
        return
    pages = sorted(p.name for p in entries if p.suffix.lower() in SOURCE_PAGE_SUFFIXES)
    if pages:
        raise PublishError(
            f"{out_dir}: holds source pages ({pages[0]}); refusing to replace it"
            " (publish into an empty or new folder)"
        )
    raise PublishError(
        f"{out_dir}: not empty and not an earlier release; refusing to replace it"
        " (publish into an empty or new folder)"
    )


SOURCE_PAGE_SUFFIXES = (".txt", ".html", ".htm")
RELEASE_NAME = "ice-offices"
PACKAGE_FILE = "datapackage.json"
MAX_PACKAGE_BYTES = 16 * 1024 * 1024


def is_release(folder: Path) -> bool:
    """Whether ``folder`` holds an earlier release: this project's ``datapackage.json`` (its
    name, a ``$schema`` profile) beside ``SHA256SUMS``, or, for a release published without
    them, every table file in every format. A raw folder has neither."""
    if all((folder / name).is_file() for name in codec.table_files()):
        return True
    package, sums = folder / PACKAGE_FILE, folder / SUMS_FILE
    if package.is_symlink() or not package.is_file() or not sums.is_file():
        return False
    try:
        if package.stat().st_size > MAX_PACKAGE_BYTES:
            return False
        descriptor = json.loads(package.read_bytes())
    except (OSError, ValueError, RecursionError):
        return False
    return (
        isinstance(descriptor, dict)
        and descriptor.get("name") == RELEASE_NAME
        and isinstance(descriptor.get("$schema"), str)
        and isinstance(descriptor.get("resources"), list)
    )


class _Tables:
    """The tables to publish: whole canonical frames, or batches stored on disk."""

    def __init__(self, frames: Mapping[str, pd.DataFrame] | StoredFrames) -> None:
        self.frames = frames

    def rows(self, table: str) -> int:
        if isinstance(self.frames, StoredFrames):
            return self.frames.rows(table)
        return len(self.frames[table])

    def pieces(self, table: str) -> Iterator[pd.DataFrame]:
        return pieces(self.frames, table)


def _checked_tables(
    frames: Mapping[str, pd.DataFrame] | Mapping[str, TableBatches], out_dir: Path
) -> _Tables:
    missing = [t for t in TABLES if t not in frames]
    if missing:
        raise PublishError(f"{out_dir}: not publishing, tables missing: {', '.join(missing)}")
    if all(isinstance(frames[t], TableBatches) for t in TABLES):
        stored = {t: frames[t] for t in TABLES}
        invalid = [t for t, batches in stored.items() if not batches.valid]
        if invalid:
            raise PublishError(
                f"{out_dir}: not publishing an invalid dataset (failed validation: "
                f"{', '.join(invalid)})"
            )
        return _Tables(StoredFrames(stored))  # type: ignore[arg-type]
    whole: dict[str, pd.DataFrame] = {}
    for table in TABLES:
        value = frames[table]
        whole[table] = value.frame() if isinstance(value, TableBatches) else value
    results = validate_dataset(whole)
    failing = [r for r in results if not r.ok]
    if failing:
        total = sum(r.n_failures for r in failing)
        first = format_failures(failing[:1], max_rows=1).splitlines()[1].strip()
        raise PublishError(
            f"{out_dir}: not publishing an invalid dataset ({total} failure(s); "
            f"first in {failing[0].table}: {first})"
        )
    return _Tables({table: canonical(table, whole[table]) for table in TABLES})


def _stage(tables: _Tables, staging: Path) -> dict[str, str]:
    """Write every table file into a fresh ``staging`` folder, a batch at a time; their
    digests by file name."""
    staging.mkdir()
    digests = {}
    for table in TABLES:
        for fmt in codec.FORMATS:
            name = codec.table_filename(table, fmt)
            chunks = codec.encode_stream(fmt, table, tables.pieces(table))
            digests[name] = _write_file(staging / name, chunks)
    return digests


def _verify(digests: Mapping[str, str], staging: Path) -> None:
    """Read each table file back from ``staging``: its SHA-256 must be that of the bytes
    written (what is on disk is what the encoders gave, which read back as the frames)."""
    for name, digest in digests.items():
        if sha256_file(staging / name) != digest:
            raise PublishError(f"{staging / name}: read back differs from the bytes written")


def _write_extras(extras: Callable[[Path], None], staging: Path, out_dir: Path) -> None:
    """Run ``extras``; any failure of theirs (a full disk seen by SQLite, say) is a failed
    publish, reported on one line, with the previous release untouched."""
    try:
        extras(staging)
    except OSError:
        raise
    except Exception as exc:
        raise PublishError(
            f"{out_dir}: writing the files beside the tables failed "
            f"({type(exc).__name__}: {_one_line(exc)})"
        ) from exc


def _digest_extras(staging: Path, known: Mapping[str, str]) -> dict[str, str]:
    digests = {}
    for path in sorted(p for p in staging.rglob("*") if p.is_file()):
        name = path.relative_to(staging).as_posix()
        if name not in known:
            digests[name] = sha256_file(path)
    return digests


def _keep_mode(out_dir: Path, staging: Path) -> None:
    """Give the new folder the permission bits of the one it replaces (a ``chmod 555`` release
    stays 555), so publishing never widens access."""
    if out_dir.is_dir():
        staging.chmod(stat.S_IMODE(out_dir.stat().st_mode))


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Put ``staging`` at ``out_dir``; at every instant either folder is whole on disk."""
    if not out_dir.exists():
        staging.rename(out_dir)
        _settle(out_dir.parent)
        return
    if _exchange(staging, out_dir):
        _settle(out_dir.parent)
        shutil.rmtree(staging, ignore_errors=True)  # the old folder; a leftover is removed later
        return
    previous = _sibling(out_dir, "previous")
    out_dir.rename(previous)
    try:
        staging.rename(out_dir)
    except BaseException:
        previous.rename(out_dir)
        raise
    _settle(out_dir.parent)
    shutil.rmtree(previous, ignore_errors=True)


def _settle(folder: Path) -> None:
    """Flush the swap to disk. The new release is already in place, so a failure here must
    not be reported as "publishing failed, previous output untouched" (nor clean up)."""
    with contextlib.suppress(OSError):
        _fsync_dir(folder)


def _recover(out_dir: Path) -> None:
    """Undo what a killed run left: restore a set-aside folder, drop a stale staging one."""
    previous = _sibling(out_dir, "previous")
    if previous.is_symlink():
        previous.unlink()
    elif previous.exists():
        if out_dir.exists():
            _remove(previous)
        else:
            previous.rename(out_dir)
            _fsync_dir(out_dir.parent)
    _remove(_sibling(out_dir, "staging"))


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux ``renameat2``; False where that is unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM}:
        return False
    raise OSError(code, os.strerror(code), str(b))


@contextlib.contextmanager
def _exclusive_lock(out_dir: Path) -> Iterator[None]:
    path = _sibling(out_dir, "lock")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise PublishError(f"{path}: cannot open the lock file ({_one_line(exc)})") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def _as_publish_error(out_dir: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        where = exc.filename or out_dir
        raise PublishError(f"{where}: {_one_line(exc)}") from exc


def _sibling(out_dir: Path, kind: str) -> Path:
    return out_dir.parent / f".{out_dir.name}.{kind}"


def _write_file(path: Path, chunks: Iterable[bytes]) -> str:
    """Write ``chunks`` to a new file at ``path`` (fsynced later, with all the others); the
    SHA-256 of its bytes."""
    digest = hashlib.sha256()
    with path.open("xb") as handle:
        for chunk in chunks:
            handle.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_tree(folder: Path) -> None:
    """fsync every file and folder under ``folder``, then ``folder`` itself, before the swap.

    The fsyncs are issued together from threads: the file system commits concurrent fsyncs
    in a few journal commits instead of one each (the ICE page's 25 files: about 80 ms one
    after another, about 12 ms together on this machine's ext4). Each file is still on disk
    before the new release replaces the old one; the first error fails the publish."""
    paths = sorted(folder.rglob("*"))
    with ThreadPoolExecutor(max_workers=FSYNC_THREADS) as pool:
        for _ in pool.map(_fsync_path, paths):
            pass
    _fsync_dir(folder)


def _fsync_path(path: Path) -> None:
    if path.is_dir():
        _fsync_dir(path)
    else:
        _fsync_file(path)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _one_line(exc: BaseException) -> str:
    text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return " ".join(text.split()) or type(exc).__name__
