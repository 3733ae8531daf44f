"""The ice-offices code location for a Kubernetes cluster: the same assets, sensor and
resources as ``pipeline.definitions``, with every step of ``build_dataset`` in its own pod.

Needs ``dagster-k8s`` (and ``dagster-postgres`` for the instance), installed in the cluster
image only; the project's default install does not include them.
"""

from __future__ import annotations

import dagster as dg
from dagster_k8s import k8s_job_executor

from pipeline.definitions import defs as local
from pipeline.defs.jobs import BUILD_JOB

build_dataset = dg.define_asset_job(
    name=BUILD_JOB,
    selection=dg.AssetSelection.all(),
    executor_def=k8s_job_executor,
    description="Load raw pages, extract and validate every table, then publish the dataset.",
)

defs = dg.Definitions(
    assets=list(local.assets or []),
    sensors=list(local.sensors or []),
    resources=dict(local.resources or {}),
    jobs=[build_dataset],
    executor=k8s_job_executor,
)
