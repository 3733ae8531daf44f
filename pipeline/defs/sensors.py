"""The sensor that keeps the source-document partitions in step with the raw folder."""

from __future__ import annotations

import hashlib

import dagster as dg

from pipeline.defs.partitions import PARTITIONS_NAME, SOURCE_DOCUMENTS, partition_changes
from pipeline.defs.resources import DatasetPaths
from pipeline.sources.documents import Folder, list_folder
from pipeline.sources.errors import SourceError


def folder_fingerprint(folder: Folder) -> str:
    """A digest of the folder's file names, sizes and modification times: the cursor, so an
    unchanged folder costs one listing and no instance query."""
    digest = hashlib.sha256()
    for key, path in folder.paths.items():
        info = path.stat()
        digest.update(f"{key}\0{path.name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(
    minimum_interval_seconds=30,
    description="Registers each page of the raw folder as a `source_documents` partition and"
    " removes the partitions of pages that are gone.",
)
def raw_folder_sensor(
    context: dg.SensorEvaluationContext, dataset_paths: DatasetPaths
) -> dg.SensorResult | dg.SkipReason:
    try:
        folder = list_folder(dataset_paths.raw_path)
    except SourceError as exc:
        return dg.SkipReason(str(exc))
    fingerprint = folder_fingerprint(folder)
    if fingerprint == context.cursor:
        return dg.SkipReason("raw folder unchanged")
    registered = list(context.instance.get_dynamic_partitions(PARTITIONS_NAME))
    added, deleted = partition_changes(folder, registered)
    requests: list[dg.AddDynamicPartitionsRequest | dg.DeleteDynamicPartitionsRequest] = []
    if added:
        requests.append(SOURCE_DOCUMENTS.build_add_request(added))
    if deleted:
        requests.append(SOURCE_DOCUMENTS.build_delete_request(deleted))
    context.log.info(f"{len(added)} documents added, {len(deleted)} removed")
    return dg.SensorResult(dynamic_partitions_requests=requests, cursor=fingerprint)
