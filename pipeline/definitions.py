"""The Dagster code location: what ``dg dev``, ``dg launch`` and the CLI all load."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.assets import all_assets
from pipeline.defs.catalog import catalogued
from pipeline.defs.jobs import build_dataset
from pipeline.defs.partition_io import PARTITION_IO_MANAGER, PartitionPicklesManager
from pipeline.defs.progress import BuildProgress
from pipeline.defs.resources import DatasetPaths, io_manager
from pipeline.defs.sensors import raw_folder_sensor


def build_definitions() -> dg.Definitions:
    """The definitions of the tables registered now (a test may register a toy table first)."""
    return dg.Definitions(
        assets=catalogued(all_assets()),
        jobs=[build_dataset],
        sensors=[raw_folder_sensor],
        resources={
            "dataset_paths": DatasetPaths(),
            "io_manager": io_manager(),
            PARTITION_IO_MANAGER: PartitionPicklesManager(),
            "build_progress": BuildProgress(),
        },
        executor=dg.in_process_executor,
    )


defs = build_definitions()
