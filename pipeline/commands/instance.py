"""The Dagster instance the CLI records its runs in, shared with ``dg dev`` and ``dg launch``."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from pipeline.defs.resources import PROJECT_ROOT

LOCAL_HOME = PROJECT_ROOT / ".dagster_home"
DEFAULT_CONFIG = "# Created by ice-offices: local run history only.\ntelemetry:\n  enabled: false\n"


def dagster_home() -> Path:
    """``$DAGSTER_HOME`` when set, else the project's own (git-ignored) ``.dagster_home``."""
    configured = os.environ.get("DAGSTER_HOME")
    home = Path(configured).expanduser() if configured else LOCAL_HOME
    return home.resolve()


def open_instance() -> dg.DagsterInstance:
    """A persistent instance, so every CLI build shows up in the UI's run history.

    A missing ``dagster.yaml`` is created (Dagster otherwise warns on every run)."""
    home = dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DEFAULT_CONFIG, encoding="utf-8")
    return dg.DagsterInstance.from_config(str(home))
