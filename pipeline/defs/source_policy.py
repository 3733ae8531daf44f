"""Per-run settings for raw files: the size limit, and whether bad pages block publishing.

They are run config of the two assets that read and extract pages, so the UI's launchpad
shows them with their defaults and the CLI sets them from ``--max-bytes`` and ``--skip-bad``.
"""

from __future__ import annotations

import dagster as dg

from pipeline.sources.budget import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, PageBudget
from pipeline.sources.files import DEFAULT_MAX_BYTES


class SourceLimits(dg.Config):
    """Files larger than ``max_bytes`` are refused before they are read; a page whose reading
    and extraction take more than ``page_seconds`` or ``page_memory_mb`` (0: no limit) is
    refused as a bad page (see ``pipeline.sources.budget``)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    page_seconds: float = DEFAULT_SECONDS
    page_memory_mb: int = DEFAULT_MEMORY_MB

    @property
    def budget(self) -> PageBudget:
        return PageBudget(seconds=self.page_seconds, memory_mb=self.page_memory_mb)


class SkipPolicy(dg.Config):
    """With ``skip_bad``, usable pages are published when others cannot be used (see
    ``pipeline.sources.policy``); by default any bad page stops the build."""

    skip_bad: bool = False


def run_config(
    max_bytes: int, skip_bad: bool, budget: PageBudget | None = None
) -> dict[str, object]:
    """The run config that applies these settings to the ``build_dataset`` job."""
    budget = budget if budget is not None else PageBudget()
    limits = {
        "max_bytes": max_bytes,
        "page_seconds": budget.seconds,
        "page_memory_mb": budget.memory_mb,
    }
    return {
        "ops": {
            "page_extractions": {"config": limits},
            "extracted_pages": {"config": {"skip_bad": skip_bad}},
        }
    }
