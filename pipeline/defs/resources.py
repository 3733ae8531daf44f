"""Where the pipeline reads raw pages and publishes the dataset, as one configurable resource."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

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


def io_manager() -> dg.InMemoryIOManager:
    """Values pass between steps in memory: the job runs in one process, and nothing
    unvalidated outlives a run (a filesystem IO manager is needed for the multiprocess executor)."""
    return dg.InMemoryIOManager()
