"""The Dagster instance's SQLite files during a build: one disk flush per checkpoint, not two
or three per event, and one transaction per batch of a step's asset events, not one per event.

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

A run over many documents also logs one materialization per document. Dagster hands a step's
asset events to the storage in batches when ``DAGSTER_EVENT_BATCH_SIZE`` is set, but its SQLite
storage still writes them one at a time (three new connections and four statements each).
:class:`BatchedSqliteEventLogStorage` writes a batch in one transaction per file: the same
rows, in the same files, readable by any Dagster reading the instance (``dg dev``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from dagster._core.events import ASSET_EVENTS
from dagster._core.events.log import EventLogEntry
from dagster._core.instance.config import dagster_instance_config
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._serdes import ConfigurableClassData
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool, SingletonThreadPool

BATCH_SIZE_VARIABLE = "DAGSTER_EVENT_BATCH_SIZE"
BATCH_SIZE = "1000"
STORAGE_KEYS = ("storage", "run_storage", "event_log_storage", "schedule_storage")
_TUNED = "ice_offices_normal_sync"


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
        if path in self.kept:  # kept only once in WAL mode, which a file keeps
            dbapi_connection.execute("PRAGMA synchronous=NORMAL")
            return
        if not _normal_sync_if_wal(dbapi_connection):
            return
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


class BatchedSqliteEventLogStorage(SqliteEventLogStorage):
    """Dagster's SQLite event log (same files, same rows) writing a batch of one run's asset
    events in one transaction per file; any other batch is written event by event."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        self._engines: dict[str, Engine] = {}
        self._tables: set[str] = set()
        self._asset_key_columns: set[str] = set()
        self._secondary_indexes: set[str] = set()
        super().__init__(base_dir, inst_data)

    @classmethod
    def from_config_value(
        cls, inst_data: ConfigurableClassData | None, config_value: Mapping[str, Any]
    ) -> BatchedSqliteEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    @contextlib.contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        """A connection to ``shard`` from one engine per file, kept for the storage's life
        (Dagster makes a new engine and connection for each statement group it writes)."""
        with self._db_lock:
            engine = self._engines.get(shard)
            if engine is None:
                url = self.conn_string_for_shard(shard)
                args = {"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
                if shard not in self._initialized_dbs:
                    # As Dagster does it: tables made on connections of their own.
                    self._initdb(create_engine(url, poolclass=NullPool, connect_args=args))
                    self._initialized_dbs.add(shard)
                engine = create_engine(url, poolclass=SingletonThreadPool, connect_args=args)
                event.listen(engine, "checkout", _normal_sync_in_wal)
                self._engines[shard] = engine
            with engine.connect() as conn, conn.begin():
                yield conn

    def has_table(self, table_name: str) -> bool:
        """Whether the index file has ``table_name``; a table found is remembered.

        Dagster asks before writing each asset event's tags, each check result and each use
        of the partitions (34 times a one-page build), every time on a new engine and
        connection. Its storage never drops a table (a migration only adds them), so a
        table found stays found; one not found is asked again."""
        if table_name in self._tables:
            return True
        found = super().has_table(table_name)
        if found:
            self._tables.add(table_name)
        return found

    def _has_asset_key_col_on_connection(self, conn: Connection, column_name: str) -> bool:
        """Whether the index's ``asset_keys`` table has ``column_name``; a column found is
        remembered, as :meth:`has_table` remembers a table.

        Dagster asks before reading or writing each asset's row (50 times a one-page build),
        each time reflecting the table's columns anew; its migrations only add columns."""
        if column_name in self._asset_key_columns:
            return True
        found = super()._has_asset_key_col_on_connection(conn, column_name)
        if found:
            self._asset_key_columns.add(column_name)
        return found

    def has_asset_key_col(self, column_name: str) -> bool:
        """As :meth:`_has_asset_key_col_on_connection`, without opening a connection to ask
        again about a column found."""
        if column_name in self._asset_key_columns:
            return True
        return super().has_asset_key_col(column_name)

    def has_secondary_index(self, name: str) -> bool:
        """Whether Dagster's data migration ``name`` is marked complete; a completed one is
        remembered (asked 22 times a one-page build: before each asset record read and each
        check result). A migration once completed stays so; one not yet is asked again."""
        if name in self._secondary_indexes:
            return True
        found = super().has_secondary_index(name)
        if found:
            self._secondary_indexes.add(name)
        return found

    def dispose(self) -> None:
        """Close the kept connections (the last one of a file checkpoints its log)."""
        super().dispose()
        with self._db_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        run_ids = {entry.run_id for entry in events}
        if len(run_ids) != 1 or not all(_asset_event_key(entry) for entry in events):
            super().store_event_batch(events)
            return
        with self.run_connection(events[0].run_id) as conn:
            conn.execute(self.prepare_insert_event_batch(events))
        with self.index_transaction() as conn:
            ids = []
            for entry in events:
                inserted = conn.execute(self.prepare_insert_event(entry)).inserted_primary_key
                if inserted is None:
                    raise RuntimeError("the event index gave no id for an inserted event")
                ids.append(inserted[0])
            self._store_asset_event_tags(conn, events, ids)
            # An asset's row records its last event of each kind: each kind's last in the batch
            # leaves it as all of them in turn would.
            last = {_asset_event_key(entry): i for i, entry in enumerate(events)}
            for i in sorted(last.values()):
                self._store_asset_event(conn, events[i], ids[i])


def _normal_sync_in_wal(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """A kept connection writes with ``synchronous=NORMAL`` once its file is in WAL mode (as
    Dagster's new files are right after their tables are made), as :func:`fewer_flushes`
    sets for every connection during a build."""
    if not record.info.get(_TUNED) and _normal_sync_if_wal(dbapi_connection):
        record.info[_TUNED] = True


def _normal_sync_if_wal(dbapi_connection: sqlite3.Connection) -> bool:
    """``synchronous=NORMAL`` on a connection to a file in WAL mode; False, untouched, for a
    file not (yet) in WAL mode: Dagster switches a new file to WAL after creating its tables,
    and a later connection is then tuned."""
    if dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        return False
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")
    return True


def _asset_event_key(entry: EventLogEntry) -> tuple[object, object] | None:
    """(asset key, event type) of an asset event, None for any other event."""
    dagster_event = entry.dagster_event
    if dagster_event is None or dagster_event.event_type not in ASSET_EVENTS:
        return None
    if dagster_event.asset_key is None:
        return None
    return (dagster_event.asset_key, dagster_event.event_type)


def storage_overrides(home: Path) -> dict[str, object]:
    """Instance config overrides that make the event log of ``home``'s instance
    :class:`BatchedSqliteEventLogStorage` (where Dagster's default SQLite storage keeps it);
    none when its ``dagster.yaml`` chooses a storage (PostgreSQL, say) or an instance class."""
    config, custom_class = dagster_instance_config(str(home))
    if custom_class is not None or any(config.get(key) for key in STORAGE_KEYS):
        return {}
    return {
        "event_log_storage": {
            "module": __name__,
            "class": BatchedSqliteEventLogStorage.__name__,
            "config": {"base_dir": str(home / "history" / "runs")},
        }
    }
