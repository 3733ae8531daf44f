"""An IO manager for the per-document asset: one pickle per partition, written per partition
even when one run materializes many (the built-in filesystem IO manager refuses that)."""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from typing import Any

import dagster as dg
from upath import UPath

PARTITION_IO_MANAGER = "partition_io_manager"


class PartitionPickles(dg.UPathIOManager):
    """Values live under ``<instance storage>/<asset key>/<partition key>``."""

    extension = ""

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: UPath) -> None:
        with path.open("wb") as file:
            pickle.dump(obj, file, protocol=pickle.HIGHEST_PROTOCOL)

    def load_from_path(self, context: dg.InputContext, path: UPath) -> Any:
        with path.open("rb") as file:
            return pickle.load(file)

    def handle_output(self, context: dg.OutputContext, obj: Mapping[str, Any]) -> None:
        """``obj`` maps each partition key of the run to that partition's value."""
        paths = self._get_paths_for_partitions(context)
        missing = sorted(set(paths) - set(obj))
        if missing:
            raise dg.Failure(f"no value for partitions {missing[:5]} ({len(missing)} in all)")
        for key, path in paths.items():
            self.make_directory(path.parent)
            self.dump_to_path(context, obj[key], path)
        context.add_output_metadata({"partitions_written": len(paths)})

    def load_input(self, context: dg.InputContext) -> dict[str, Any]:
        """Always a mapping of partition key to value, whether one partition or many."""
        paths = self._get_paths_for_partitions(context)
        missing = sorted(key for key, path in paths.items() if not path.exists())
        if missing:
            raise dg.Failure(
                f"{len(missing)} documents not extracted yet ({', '.join(missing[:5])}"
                f"{', ...' if len(missing) > 5 else ''}): materialize their"
                f" {context.asset_key.to_user_string()} partitions first"
            )
        return {key: self.load_from_path(context, path) for key, path in paths.items()}


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
