"""A throwaway copy of the project for tests that follow the documentation literally (run
`make run`, `ice-offices build` with its default folders, add a page to raw/): whatever they
write lands in the copy, never in this checkout.

The copy shares this checkout's virtual environment (a symbolic link, so make sees it
installed) and imports its own ``pipeline`` package (``PYTHONPATH``), whose project root,
and so its default ``raw/`` and ``outputs/``, is the copy.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
# What is not the project's own: history, environment, caches, run history.
SKIPPED_NAMES = (
    ".git",
    ".venv",
    ".dagster_home",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    "__pycache__",
    "*.egg-info",
    "ice_offices.egg-info",
)
SKIPPED = shutil.ignore_patterns(*SKIPPED_NAMES)


def copy_project(target: Path) -> Path:
    """Copy the project into ``target`` (file times kept, so make finds nothing to redo)."""
    shutil.copytree(ROOT, target, ignore=SKIPPED, symlinks=True)
    (target / ".venv").symlink_to(VENV_BIN.parent, target_is_directory=True)
    stamp = VENV_BIN.parent / ".installed-stamp"
    if stamp.exists():
        # A checkout whose pyproject.toml is newer than the shared environment's stamp (a
        # second worktree run with the first one's environment) would have the copy's make
        # reinstall that environment as an editable install of the throwaway copy.
        no_newer_than(target / "pyproject.toml", stamp)
    return target


def no_newer_than(path: Path, reference: Path) -> None:
    """Set ``path``'s times to ``reference``'s modification time if that is older. In
    nanoseconds: a float time rounds up past the reference's about half the time, and make
    would then see ``path`` as newer."""
    older = min(reference.stat().st_mtime_ns, path.stat().st_mtime_ns)
    os.utime(path, ns=(older, older))


def environment(project: Path, dagster_home: Path) -> dict[str, str]:
    """The environment of a command run in the copy: its own code and Dagster runs."""
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(project),
        DAGSTER_HOME=str(dagster_home),
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    env.pop("MAKEFLAGS", None)
    env.pop("MFLAGS", None)
    return env
