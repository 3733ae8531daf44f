"""The Dagster instance's SQLite files during a build: one disk flush per checkpoint, not two
or three per event.

Dagster's SQLite storage opens a new connection for every event it writes (a document's
materialization is a write to the run's file and one to the index file) and closes it after
one commit. In WAL mode with SQLite's default ``synchronous=FULL`` each commit flushes the
write-ahead log to disk, and the close of the file's last connection checkpoints the log into
the database and deletes it, with more flushes: a few milliseconds of waiting on the disk per
event, most of a large build's time (5,000 documents, 5,000 materializations).

While :func:`fewer_flushes` is active, every SQLite connection to a WAL-mode file under the
instance's folder gets ``synchronous=NORMAL`` (commits write the log without flushing it;
checkpoints still flush, and the database stays consistent: a power cut can lose only the
last commits of the run history, never corrupt it; SQLite's recommended setting for WAL),
and one idle connection per file is kept open until the end, so closing Dagster's connections
no longer checkpoints each time (SQLite checkpoints on its own every 1,000 pages of log).
The published dataset does not depend on any of this: it is written and swapped in by the
publisher, not stored in the instance.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


class _Tuner:
    """The connection listener: tunes connections to files under ``root`` and keeps one
    connection per WAL file open."""

    def __init__(self, root: Path) -> None:
        self.prefix = str(root.resolve()) + os.sep
        self.kept: dict[str, sqlite3.Connection] = {}
        self.lock = threading.Lock()

    def __call__(self, dbapi_connection: Any, _record: Any) -> None:
        if not isinstance(dbapi_connection, sqlite3.Connection):
            return
        path = dbapi_connection.execute("PRAGMA database_list").fetchone()[2]
        if not path.startswith(self.prefix):
            return
        # A file not (yet) in WAL mode is left alone: Dagster switches a new file to WAL
        # after creating its tables, and the next connection is then tuned.
        if dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            return
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        with self.lock:
            if path not in self.kept:
                keeper = sqlite3.connect(path, check_same_thread=False)
                # Reading once attaches it to the log, so it counts as a connection of the file.
                keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()
                self.kept[path] = keeper

    def close(self) -> None:
        with self.lock:
            for keeper in self.kept.values():
                keeper.close()
            self.kept.clear()


@contextlib.contextmanager
def fewer_flushes(root: Path) -> Iterator[None]:
    """Tune every SQLite connection opened meanwhile to a file under ``root`` (the Dagster
    instance's folder); at the end the kept connections close, the last one checkpointing."""
    tuner = _Tuner(root)
    event.listen(Engine, "connect", tuner)
    try:
        yield
    finally:
        event.remove(Engine, "connect", tuner)
        tuner.close()
