"""Run the ``build_dataset`` job over a whole raw folder: what ``ice-offices build`` does.

The folder's documents are registered as partitions first (the same as the sensor would),
then one run covers all of them: the per-document asset in one step (single-run backfill),
then the combined tables, checks and publishing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import dagster as dg

from pipeline.definitions import defs
from pipeline.defs.jobs import BUILD_JOB
from pipeline.defs.partitions import range_tags, register_folder
from pipeline.defs.resources import DatasetPaths
from pipeline.defs.sqlite_history import BATCH_SIZE, BATCH_SIZE_VARIABLE, fewer_flushes

# With SQLite storage Dagster logs one "planned" event per partition of a run unless told
# to log the run's partition subset once; failed runs then do not mark each partition failed,
# which a build does not rely on (a failed build publishes nothing).
ONE_PLANNED_EVENT = "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS"


def execute_build(
    instance: dg.DagsterInstance,
    dataset_paths: DatasetPaths,
    run_config: Mapping[str, object] | None = None,
    resources: Mapping[str, object] | None = None,
    definitions: dg.Definitions = defs,
) -> dg.ExecuteInProcessResult:
    """Register the folder's documents, then build them all in one in-process run (of
    ``definitions``: the code location's, unless a test built its own).

    A problem with the folder itself raises :class:`SourceError` before any run starts.
    The instance's SQLite files are written without a disk flush per event meanwhile
    (:func:`fewer_flushes`), and asset events in batches."""
    os.environ.setdefault(ONE_PLANNED_EVENT, "true")
    # A step's asset events reach the storage in batches (one transaction each where the
    # instance's storage writes batches: see ``sqlite_history``).
    os.environ.setdefault(BATCH_SIZE_VARIABLE, BATCH_SIZE)
    with fewer_flushes(Path(instance.root_directory)):
        keys = register_folder(instance, dataset_paths.raw_path)
        return definitions.resolve_job_def(BUILD_JOB).execute_in_process(
            instance=instance,
            resources={"dataset_paths": dataset_paths, **(resources or {})},
            run_config=dict(run_config or {}),
            tags=range_tags(keys),
            raise_on_error=False,
        )
