"""Per-run settings for raw files: the size limit, and whether bad pages block publishing.

They are run config of the two assets that read and extract pages, so the UI's launchpad
shows them with their defaults and the CLI sets them from ``--max-bytes`` and ``--skip-bad``.
"""

from __future__ import annotations

import dagster as dg

from pipeline.sources.files import DEFAULT_MAX_BYTES


class SourceLimits(dg.Config):
    """Files larger than ``max_bytes`` are refused before they are read."""

    max_bytes: int = DEFAULT_MAX_BYTES


class SkipPolicy(dg.Config):
    """With ``skip_bad``, usable pages are published when others cannot be used (see
    ``pipeline.sources.policy``); by default any bad page stops the build."""

    skip_bad: bool = False


def run_config(max_bytes: int, skip_bad: bool) -> dict[str, object]:
    """The run config that applies these settings to the ``build_dataset`` job."""
    return {
        "ops": {
            "page_extractions": {"config": {"max_bytes": max_bytes}},
            "extracted_pages": {"config": {"skip_bad": skip_bad}},
        }
    }
