"""Source documents as a Dagster dynamic partition: one partition per raw file, keyed by its
source id, registered from the raw folder (by the sensor, or by the CLI before a build)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline.sources.documents import Folder, list_folder

PARTITIONS_NAME = "source_documents"
SOURCE_DOCUMENTS = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)
RANGE_START = "dagster/asset_partition_range_start"
RANGE_END = "dagster/asset_partition_range_end"


def partition_changes(folder: Folder, registered: list[str]) -> tuple[list[str], list[str]]:
    """The keys to add (new files, in folder order) and to delete (files gone)."""
    known = set(registered)
    present = set(folder.keys)
    return [k for k in folder.keys if k not in known], [k for k in registered if k not in present]


def register_folder(instance: dg.DagsterInstance, raw_dir: Path) -> list[str]:
    """Make the instance's partitions exactly the folder's documents; return them in the
    instance's order, so the first and last bound a range that covers them all."""
    folder = list_folder(raw_dir)
    name = PARTITIONS_NAME
    added, deleted = partition_changes(folder, list(instance.get_dynamic_partitions(name)))
    for key in deleted:
        instance.delete_dynamic_partition(name, key)
    if added:
        instance.add_dynamic_partitions(name, added)
    return list(instance.get_dynamic_partitions(name))


def range_tags(keys: list[str]) -> dict[str, str]:
    """Run tags for one run over all ``keys`` (the single-run backfill policy's form)."""
    return {RANGE_START: keys[0], RANGE_END: keys[-1]}
