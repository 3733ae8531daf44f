"""The Dagster code location: what ``dg dev``, ``dg launch`` and the CLI all load."""

from __future__ import annotations

import dagster as dg

from pipeline.defs import assets
from pipeline.defs.jobs import build_dataset
from pipeline.defs.resources import DatasetPaths, io_manager

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([assets]),
    jobs=[build_dataset],
    resources={"dataset_paths": DatasetPaths(), "io_manager": io_manager()},
    executor=dg.in_process_executor,
)
