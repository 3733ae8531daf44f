"""The dataset's version: the project version in ``pyproject.toml``, and nowhere else.

Data and code are released together (a release is the code plus the outputs it built from
``raw/``), so one semantic version names both; ``CHANGELOG.md`` says what changed in the data.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "ice-offices"


def dataset_version() -> str:
    """The installed project's version (``make`` reinstalls whenever pyproject changes)."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError as exc:
        raise RuntimeError(
            f"{DISTRIBUTION} is not installed, so its version is unknown (run `make test`)"
        ) from exc
