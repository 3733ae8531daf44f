"""The build job on other executors, as module-level functions ``dg.reconstructable`` can
rebuild in each step's process (the in-process job stays the default everywhere else)."""

from __future__ import annotations

import dagster as dg

from pipeline.definitions import defs
from pipeline.defs.jobs import BUILD_JOB


def build_dataset_multiprocess() -> dg.JobDefinition:
    """``build_dataset`` with one process per step (values pass through the instance's
    storage), the local stand-in for a cluster executor."""
    return defs.resolve_job_def(BUILD_JOB).with_executor_def(dg.multiprocess_executor)


def build_dataset_celery() -> dg.JobDefinition:
    """``build_dataset`` with each step a Celery task, run by whichever worker takes it
    (``deploy/run_config.celery.yaml``); imported here only, so nothing else needs Celery."""
    from dagster_celery import celery_executor  # noqa: PLC0415

    return defs.resolve_job_def(BUILD_JOB).with_executor_def(celery_executor)
