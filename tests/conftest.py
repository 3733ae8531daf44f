"""Test-session hooks.

The tests of machinery (executors, the web UI, signals, injected faults, fuzzing) are marked
``machinery``: they time processes and signals, so ``make test`` runs them alone, after the
rest of the suite has run on every core (pytest-xdist).

``tests/test_adding_a_page.py`` runs the whole ``make test`` again in a copy of the project
with a second page in ``raw/``. In that copy the machinery tests are skipped: they already ran
in the outer session on the same code, and running them twice doubled CI's time. So are the
extraction rules' tests in ``tests/extract/``: they read short synthetic texts, never ``raw/``
or the published outputs, so a second page cannot change them, and they are a thousand tests
the copy's run repeated (``test_rule_coverage``, which reads the gold files, still runs); so
are the tests of ``pipeline/text/``'s rules in ``tests/text/``. Every other test runs against the two-page project.
"""

from __future__ import annotations

import os
from pathlib import Path

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


HERE = Path(__file__).resolve().parent
# The extraction rules' tests, subfolders included (``tests/extract/offices/``).
EXTRACTION_RULE_TESTS = (HERE / "extract", HERE / "text")
# The one module there that reads gold files (a rule test's names must be no page's): a gold
# file added with a page could change it.
READS_GOLD_FILES = "test_rule_coverage"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    inside = os.environ.get(FOLLOWING_THE_STEPS) == "1"
    skip = pytest.mark.skip(reason="machinery test: the outer session ran it on the same code")
    synthetic = pytest.mark.skip(
        reason="extraction rule test on synthetic text: a page added to raw/ cannot change it"
    )
    for item in items:
        if item.path.stem in MACHINERY_MODULES:
            item.add_marker(pytest.mark.machinery)
            if inside:
                item.add_marker(skip)
        elif (
            inside
            and any(item.path.is_relative_to(folder) for folder in EXTRACTION_RULE_TESTS)
            and item.path.stem != READS_GOLD_FILES
        ):
            item.add_marker(synthetic)
