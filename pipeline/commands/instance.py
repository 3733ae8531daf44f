"""The Dagster instance the CLI records its runs in, shared with ``dg dev`` and ``dg launch``."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import dagster as dg
from dagster._core.instance.ref import InstanceRef

from pipeline.defs.resources import PROJECT_ROOT
from pipeline.defs.sqlite_history import storage_overrides

LOCAL_HOME = PROJECT_ROOT / ".dagster_home"
BUILD_LOCK = ".ice-offices-build.lock"
# No telemetry, and no first-visit sign-up box covering the UI (Dagster's "nux").
DEFAULT_CONFIG = (
    "# Created by ice-offices: local run history only.\n"
    "telemetry:\n  enabled: false\n"
    "nux:\n  enabled: false\n"
)


def dagster_home() -> Path:
    """``$DAGSTER_HOME`` when set, else the project's own (git-ignored) ``.dagster_home``."""
    configured = os.environ.get("DAGSTER_HOME")
    home = Path(configured).expanduser() if configured else LOCAL_HOME
    return home.resolve()


def open_instance() -> dg.DagsterInstance:
    """A persistent instance, so every CLI build shows up in the UI's run history.

    A missing ``dagster.yaml`` is created (Dagster otherwise warns on every run). With
    Dagster's default SQLite storage the event log writes batches of events in one
    transaction (``storage_overrides``): the same files ``dg dev`` reads."""
    home = dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DEFAULT_CONFIG, encoding="utf-8")
    ref = InstanceRef.from_dir(str(home), overrides=storage_overrides(home))
    return dg.DagsterInstance.from_ref(ref)


class InstanceBusyError(Exception):
    """The instance's lock file cannot be used; the message is one line naming it."""


@contextlib.contextmanager
def exclusive_build(on_wait: Callable[[str], None]) -> Iterator[Path]:
    """Hold the instance's build lock: builds sharing one ``DAGSTER_HOME`` run one after the
    other (Dagster's SQLite storage and the shared partition list are not made for two at
    once). ``on_wait`` is told, in one line, when this build has to wait for another."""
    home = dagster_home()
    try:
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(home / BUILD_LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise InstanceBusyError(
            f"{home / BUILD_LOCK}: cannot open the build lock ({exc.strerror})"
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait(f"waiting for another build using the Dagster instance {home}")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield home
    finally:
        os.close(fd)


def storage_error(exc: BaseException) -> bool:
    """Whether ``exc`` comes from Dagster's run storage (SQLAlchemy), e.g. a database locked
    by a ``dg dev`` or ``dg launch`` that does not take the build lock."""
    return any(cls.__module__.startswith("sqlalchemy") for cls in type(exc).__mro__)
