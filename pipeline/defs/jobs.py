"""The one job that builds and publishes the whole dataset."""

from __future__ import annotations

import dagster as dg

BUILD_JOB = "build_dataset"

build_dataset = dg.define_asset_job(
    name=BUILD_JOB,
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Load raw pages, extract and validate every table, then publish the dataset.",
)
