"""The build's tuning of the instance's SQLite files: WAL commits without a flush each, no
checkpoint each time Dagster closes a connection, and asset events written in batches."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import dagster as dg
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from sqlalchemy.pool import NullPool

from pipeline.cli import main
from pipeline.commands.instance import open_instance
from pipeline.defs.sqlite_history import (
    BATCH_SIZE_VARIABLE,
    BatchedSqliteEventLogStorage,
    fewer_flushes,
)

PAGES = Path(__file__).parent / "data" / "pages"


def _wal_file(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, body TEXT)")
    return path


def _write_like_dagster(path: Path) -> int:
    """One event the way Dagster's SQLite storage writes it: a new engine and connection,
    one insert, commit, close; returns the connection's ``synchronous`` setting."""
    engine = sa.create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with engine.connect() as conn, conn.begin():
        conn.execute(sa.text("INSERT INTO events (body) VALUES ('x')"))
        synchronous = conn.execute(sa.text("PRAGMA synchronous")).scalar_one()
    engine.dispose()
    return int(synchronous)


def test_connections_under_the_folder_are_tuned_and_the_log_kept(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    db = _wal_file(tmp_path / "home" / "index.db")
    outside = _wal_file(tmp_path / "elsewhere.db")
    with fewer_flushes(tmp_path / "home"):
        assert _write_like_dagster(db) == 1  # NORMAL
        # Dagster closed its connection, but the log was not checkpointed away.
        assert db.with_name("index.db-wal").exists()
        assert _write_like_dagster(db) == 1
        assert _write_like_dagster(outside) == 2  # FULL, SQLite's default: not under the folder
        assert not outside.with_name("elsewhere.db-wal").exists()
    # Afterwards the listener is gone and the last connection's close checkpointed the log.
    assert not db.with_name("index.db-wal").exists()
    assert _write_like_dagster(db) == 2
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (3,)


def test_a_file_not_in_wal_mode_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, body TEXT)")
    with fewer_flushes(tmp_path):
        assert _write_like_dagster(db) == 2
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_build_writes_the_documents_materializations_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "dagster_home"
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv(BATCH_SIZE_VARIABLE, "4")
    batches: list[list[str | None]] = []
    store_event_batch = BatchedSqliteEventLogStorage.store_event_batch

    def recorded(self: BatchedSqliteEventLogStorage, events: list) -> None:
        batches.append([e.dagster_event.partition for e in events if e.dagster_event])
        store_event_batch(self, events)

    monkeypatch.setattr(BatchedSqliteEventLogStorage, "store_event_batch", recorded)
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(3):  # six documents
        for page in sorted(PAGES.glob("*.txt")):
            (raw / f"{page.stem}_{n}.txt").write_text(page.read_text(encoding="utf-8"))

    built = CliRunner().invoke(main, ["build", "--raw", str(raw), "--out", str(tmp_path / "out")])

    assert built.exit_code == 0, built.output
    keys = sorted(path.stem for path in raw.glob("*.txt"))
    # The six documents' materializations came in one batch of four and one of two.
    assert sorted(len(b) for b in batches if all(b)) == [2, 4]
    assert sorted(k for b in batches for k in b if k) == keys
    with open_instance() as instance:
        assert isinstance(instance.event_log_storage, BatchedSqliteEventLogStorage)
        asset = dg.AssetKey("page_extractions")
        assert sorted(instance.get_materialized_partitions(asset)) == keys
        records = instance.fetch_materializations(asset, limit=100).records
        assert sorted(r.partition_key for r in records if r.partition_key) == keys
        latest = instance.get_latest_materialization_event(asset)
        assert latest is not None
        assert latest.dagster_event is not None
        assert latest.dagster_event.partition == records[0].partition_key
        run = instance.get_runs()[0]
        assert run.status == dg.DagsterRunStatus.SUCCESS
    # Dagster reading the same files with its own storage (as dg dev does) sees them too.
    with dg.DagsterInstance.from_config(str(home)) as plain:
        assert not isinstance(plain.event_log_storage, BatchedSqliteEventLogStorage)
        assert sorted(plain.get_materialized_partitions(asset)) == keys


def test_the_event_log_keeps_one_connection_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dagster's SQLite event log opens a connection (and an engine) for every event; the
    build's keeps one per file for the instance's life, writing with synchronous=NORMAL once
    the file is in WAL mode, and closing them (the log checkpointed) with the instance."""
    home = tmp_path / "home"
    monkeypatch.setenv("DAGSTER_HOME", str(home))

    @dg.asset
    def first(context) -> int:  # type: ignore[no-untyped-def]
        for n in range(20):
            context.log.info(f"message {n}")
        return 1

    opened: list[str] = []

    def connected(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        opened.append(Path(dbapi_connection.execute("PRAGMA database_list").fetchone()[2]).name)

    sa.event.listen(sa.engine.Engine, "connect", connected)
    try:
        with open_instance() as instance:
            result = dg.materialize([first], instance=instance)
            assert result.success
            run_file = f"{result.run_id}.db"
            events = instance.get_records_for_run(result.run_id).records
            storage = instance.event_log_storage
            with storage.index_connection() as conn:  # type: ignore[attr-defined]
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 1
    finally:
        sa.event.remove(sa.engine.Engine, "connect", connected)
    assert len(events) > 20
    # A few while Dagster makes the file's tables (on connections of their own, as it always
    # does), then one kept: not one per event.
    assert opened.count(run_file) <= 6, opened
    assert not list((home / "history" / "runs").glob("*-wal"))


def test_the_event_log_asks_once_whether_a_table_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dagster asks whether the index has a table before each check result and asset event's
    tags, on a new connection each time; a table found is remembered, one missing is not."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    opened: list[str] = []

    def connected(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        opened.append(Path(dbapi_connection.execute("PRAGMA database_list").fetchone()[2]).name)

    with open_instance() as instance:
        storage = instance.event_log_storage
        assert isinstance(storage, BatchedSqliteEventLogStorage)
        sa.event.listen(sa.engine.Engine, "connect", connected)
        try:
            assert storage.has_table("asset_check_executions")
            first = len(opened)
            assert [storage.supports_asset_checks for _ in range(5)] == [True] * 5
            assert storage.has_table("asset_check_executions")
            assert len(opened) == first  # remembered: no new connection
            assert not storage.has_table("no_such_table")
            assert not storage.has_table("no_such_table")
            assert len(opened) == first + 2  # a missing table is asked again
        finally:
            sa.event.remove(sa.engine.Engine, "connect", connected)


def test_the_event_log_asks_once_about_a_column_or_a_completed_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dagster reflects the asset-keys table's columns and reads the data-migration marks
    before each asset record it reads or writes; a column found and a migration completed are
    remembered, a missing one is asked again."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    statements: list[str] = []

    def executed(*args: object) -> None:
        statements.append(str(args[2]))

    with open_instance() as instance:
        storage = instance.event_log_storage
        assert isinstance(storage, BatchedSqliteEventLogStorage)
        sa.event.listen(sa.engine.Engine, "before_cursor_execute", executed)
        try:
            column = "last_materialization_timestamp"
            assert [storage.has_asset_key_col(column) for _ in range(3)] == [True] * 3
            assert [storage.can_read_asset_status_cache() for _ in range(3)] == [True] * 3
            after_columns = len(statements)
            assert storage.has_asset_key_index_cols()
            assert not storage.has_asset_key_col("no_such_column")
            assert not storage.has_asset_key_col("no_such_column")
            assert len(statements) > after_columns  # a missing column is asked again

            asked = len(statements)
            done = [storage.has_secondary_index(name) for name in ("asset_key_table",) * 3]
            assert done == [True] * 3
            assert len(statements) - asked == 1
            assert not storage.has_secondary_index("no_such_migration")
            assert not storage.has_secondary_index("no_such_migration")
            assert len(statements) - asked == 3
        finally:
            sa.event.remove(sa.engine.Engine, "before_cursor_execute", executed)
    assert 0 < after_columns <= 4, statements
