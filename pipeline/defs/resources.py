"""Where the pipeline reads raw pages and publishes the dataset, as one configurable resource."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline.defs.partition_io import PartitionPicklesManager

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class DatasetPaths(dg.ConfigurableResource):
    """Input and output folders; relative paths are taken from the project root, not the cwd,
    so the UI, ``dg launch`` and the CLI all agree whatever directory they start in."""

    raw_dir: str = "raw"
    out_dir: str = "outputs"

    @property
    def raw_path(self) -> Path:
        return _from_root(self.raw_dir)

    @property
    def out_path(self) -> Path:
        return _from_root(self.out_dir)


def _from_root(path: str) -> Path:
    return (PROJECT_ROOT / Path(path).expanduser()).resolve()


def io_manager() -> PartitionPicklesManager:
    """Values pass between steps as pickles in the instance's storage folder (where Dagster's
    filesystem IO manager keeps them, without its log message per value).

    Unlike an in-memory IO manager this works with the multiprocess executor too, and lets the
    UI materialize one asset from the stored values of its upstreams. The tables themselves
    pass as the list of their batch files (see ``pipeline.tables.store``); a stored table that
    failed its check is marked so, and the publisher refuses it.
    """
    return PartitionPicklesManager()
