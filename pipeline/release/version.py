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
    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def dataset_version() -> str:
    """The checkout's project version, else the installed project's."""
    pyproject = PROJECT_ROOT / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as handle:
            project = tomllib.load(handle).get("project", {})
        if project.get("name") == DISTRIBUTION:
            return str(project["version"])
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError as exc:
        raise RuntimeError(
            f"{DISTRIBUTION} is not installed, so its version is unknown (run `make test`)"
        ) from exc
