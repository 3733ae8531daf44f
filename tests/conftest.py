"""Test-session hooks.

The tests of machinery (executors, the web UI, signals, injected faults, fuzzing) are marked
``machinery``: they time processes and signals, so ``make test`` runs them alone, after the
rest of the suite has run on every core (pytest-xdist).

``tests/test_adding_a_page.py`` runs the whole ``make test`` again in a copy of the project
with a second page in ``raw/``. In that copy the machinery tests are skipped: they already ran
in the outer session on the same code, and running them twice doubled CI's time. Every other
test runs against the two-page project.
"""

from __future__ import annotations

import os

import pytest

# Set by tests/test_adding_a_page.py for the copy's own `make test`.
FOLLOWING_THE_STEPS = "ICE_OFFICES_FOLLOWING_THE_STEPS"
MACHINERY_MODULES = frozenset(
    {
        "test_celery_run",
        "test_dagster_ui",
        "test_fuzz",
        "test_interrupts",
        "test_multiprocess",
        "test_publish_faults",
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    inside = os.environ.get(FOLLOWING_THE_STEPS) == "1"
    skip = pytest.mark.skip(reason="machinery test: the outer session ran it on the same code")
    for item in items:
        if item.path.stem in MACHINERY_MODULES:
            item.add_marker(pytest.mark.machinery)
            if inside:
                item.add_marker(skip)
