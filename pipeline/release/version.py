"""The dataset's version: the project version in ``pyproject.toml``, and nowhere else.

Data and code are released together (a release is the code plus the outputs it built from
``raw/``), so one semantic version names both; ``CHANGELOG.md`` says what changed in the data.
A build from a checkout reads the checkout's ``pyproject.toml``, so a bumped version is
published at once; an installed copy without its sources reads the installed metadata.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DISTRIBUTION = "ice-offices"
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def project_version(root: Path) -> str:
    """The version in ``root/pyproject.toml``."""
    return str(_project(root)["version"])


def _project(root: Path) -> dict[str, object]:
    with (root / "pyproject.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["project"])


def dataset_version() -> str:
    """The checkout's project version, else the installed project's."""
    if (PROJECT_ROOT / "pyproject.toml").is_file():
        project = _project(PROJECT_ROOT)
        if project.get("name") == DISTRIBUTION:
            return str(project["version"])
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError as exc:
        raise RuntimeError(
            f"{DISTRIBUTION} is not installed, so its version is unknown (run `make test`)"
        ) from exc
