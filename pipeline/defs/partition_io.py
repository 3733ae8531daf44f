"""The build's IO manager: values pass between steps as pickles in the instance's storage
folder, where Dagster's filesystem IO manager keeps them, and the per-document asset stores
one pickle per partition even when one run materializes many (the built-in one refuses that).

Neither side holds every document: the asset spools each result to disk as it is made
(:class:`Spool`), which this manager moves into place, and downstream steps get a mapping
that reads a document's pickle when it is looked up (:class:`StoredPartitions`).

Unlike the built-in one it logs no message for each value it writes or reads: each is an
event in the run's history (15 of a one-page build's 101), and the path written is in the
output's metadata anyway.
"""

from __future__ import annotations

import pickle
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from upath import UPath

PARTITION_IO_MANAGER = "partition_io_manager"


class StoredPartitions(Mapping[str, Any]):
    """Partition key -> value, each value unpickled from its file when looked up (never
    kept); pickles as the paths alone, so it can be handed from step to step."""

    def __init__(self, paths: Mapping[str, str]) -> None:
        self.paths = dict(paths)

    def __getitem__(self, key: str) -> Any:
        with Path(self.paths[key]).open("rb") as file:
            return pickle.load(file)

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)


class Spool(Mapping[str, Any]):
    """The values of one run's partitions, pickled to a temporary folder as they are added,
    for :class:`PartitionPickles` to move into place."""

    def __init__(self, folder: str | Path) -> None:
        Path(folder).mkdir(parents=True, exist_ok=True)
        self.folder = tempfile.mkdtemp(prefix="spool-", dir=folder)
        self.stored = StoredPartitions({})

    def add(self, key: str, value: Any) -> None:
        path = Path(self.folder) / f"{len(self.stored.paths):08d}"
        with path.open("wb") as file:
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        self.stored.paths[key] = str(path)

    def __getitem__(self, key: str) -> Any:
        return self.stored[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.stored)

    def __len__(self) -> int:
        return len(self.stored)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class PartitionPickles(dg.UPathIOManager):
    """Values live under ``<instance storage>/<asset key>``, a partitioned asset's under
    ``<instance storage>/<asset key>/<partition key>``."""

    extension = ""

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: UPath) -> None:
        with path.open("wb") as file:
            pickle.dump(obj, file, protocol=pickle.HIGHEST_PROTOCOL)

    def load_from_path(self, context: dg.InputContext, path: UPath) -> Any:
        with path.open("rb") as file:
            return pickle.load(file)

    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        """For a partitioned asset, ``obj`` maps each partition key of the run to that
        partition's value."""
        if not context.has_asset_partitions:
            path = self._get_path(context)
            self.make_directory(path.parent)
            self.dump_to_path(context, obj, path)
            context.add_output_metadata({"path": dg.MetadataValue.path(str(path))})
            return
        paths = self._get_paths_for_partitions(context)
        missing = sorted(set(paths) - set(obj))
        if missing:
            raise dg.Failure(f"no value for partitions {missing[:5]} ({len(missing)} in all)")
        for key, path in paths.items():
            self.make_directory(path.parent)
            if isinstance(obj, Spool):
                shutil.move(obj.stored.paths[key], str(path))
            else:
                self.dump_to_path(context, obj[key], path)
        if isinstance(obj, Spool):
            obj.remove()

    def load_input(self, context: dg.InputContext) -> Any:
        """For a partitioned asset, always a mapping of partition key to value, whether one
        partition or many; each value is read when it is looked up."""
        if not context.has_asset_key or not context.has_asset_partitions:
            return self.load_from_path(context, self._get_path(context))
        paths = self._get_paths_for_partitions(context)
        missing = sorted(key for key, path in paths.items() if not path.exists())
        if missing:
            raise dg.Failure(
                f"{len(missing)} documents not extracted yet ({', '.join(missing[:5])}"
                f"{', ...' if len(missing) > 5 else ''}): materialize their"
                f" {context.asset_key.to_user_string()} partitions first"
            )
        return StoredPartitions({key: str(path) for key, path in paths.items()})


class PartitionPicklesManager(dg.ConfigurableIOManagerFactory):
    """Stores in the Dagster instance's storage folder, like the default IO manager, so the
    multiprocess executor's step processes (and a cluster's, on shared storage) find it."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> PartitionPickles:
        if self.base_dir:
            base = self.base_dir
        elif context.instance is not None:
            base = context.instance.storage_directory()
        else:
            raise dg.DagsterInvariantViolationError("no base_dir and no instance to store in")
        return PartitionPickles(base_path=UPath(base))
