"""The build's tuning of the instance's SQLite files: WAL commits without a flush each, and no
checkpoint each time Dagster closes a connection."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from pipeline.defs.sqlite_history import fewer_flushes


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
