"""The Dagster layer: definitions load, the job publishes, a failed check publishes nothing."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest
from corruptions import RAW, corrupt_extraction, duplicate_first_office, orphan_an_office, snapshot

from pipeline.definitions import defs
from pipeline.defs.jobs import BUILD_JOB
from pipeline.defs.partition_io import PARTITION_IO_MANAGER, PartitionPicklesManager
from pipeline.defs.progress import BuildProgress
from pipeline.defs.resources import DatasetPaths, io_manager
from pipeline.defs.runs import execute_build
from pipeline.publish.publisher import read_published
from pipeline.tables.registry import TABLES

ASSETS = {"page_extractions", "extracted_pages", "corrected_pages", *TABLES, "published_dataset"}


def run_job(out_dir: Path, raw_dir: Path = RAW) -> dg.ExecuteInProcessResult:
    """The whole raw folder in one run, as ``ice-offices build`` runs it."""
    with dg.DagsterInstance.ephemeral() as instance:
        return execute_build(instance, DatasetPaths(raw_dir=str(raw_dir), out_dir=str(out_dir)))


def materializations(result: dg.ExecuteInProcessResult) -> dict[str, dg.AssetMaterialization]:
    return {
        e.materialization.asset_key.to_user_string(): e.materialization
        for e in result.get_asset_materialization_events()
    }


def test_definitions_load_like_dg_check_defs() -> None:
    repo = defs.get_repository_def()
    assert {key.to_user_string() for key in repo.asset_graph.get_all_asset_keys()} == ASSETS
    assert defs.resolve_job_def(BUILD_JOB).executor_def is dg.in_process_executor


@pytest.mark.parametrize("table", TABLES)
def test_every_table_has_a_blocking_validation_check(table: str) -> None:
    # The tables are one multi-asset (one step); each table has its own check.
    specs = [s for s in defs.resolve_assets_def(table).check_specs if s.asset_key.path == [table]]
    assert [(spec.name, spec.blocking) for spec in specs] == [("valid", True)]


def test_job_publishes_the_real_pages_with_metadata(tmp_path: Path) -> None:
    out = tmp_path / "out"

    result = run_job(out)

    assert result.success
    published = read_published(out)
    metas = materializations(result)
    assert set(metas) == ASSETS
    for table in TABLES:
        meta = metas[table].metadata
        assert meta["dagster/row_count"].value == len(published[table])
        schema = meta["dagster/column_schema"].value
        assert [c.name for c in schema.columns] == list(published[table].columns)
        assert meta["preview"].value.startswith("| ")
    pages = [p for p in RAW.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm")]
    assert len(published["sources"]) == len(pages)  # text or web pages, as README step 1 allows
    assert len(published["offices"]) >= 1
    counts = metas["published_dataset"].metadata["row_counts"].value
    assert counts == {table: len(published[table]) for table in TABLES}
    checks = result.get_asset_check_evaluations()
    assert sorted((c.asset_key.to_user_string(), c.passed) for c in checks) == sorted(
        [(table, True) for table in TABLES] + [("corrected_pages", True)]
    )


@pytest.mark.parametrize(
    ("corruption", "rule"),
    [(duplicate_first_office, "field_uniqueness"), (orphan_an_office, "parent_id_resolves")],
)
def test_failed_check_stops_the_run_and_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corruption, rule: str
) -> None:
    out = tmp_path / "out"
    assert run_job(out).success
    before = snapshot(out)
    corrupt_extraction(monkeypatch, corruption)

    result = run_job(out)

    assert not result.success
    failed = [c for c in result.get_asset_check_evaluations() if not c.passed]
    assert [c.asset_key.to_user_string() for c in failed] == ["offices"]
    assert failed[0].metadata["failure_count"].value >= 1
    assert rule in failed[0].metadata["report"].value
    assert "published_dataset" not in materializations(result)
    assert snapshot(out) == before


def test_failed_check_into_a_fresh_folder_leaves_it_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    corrupt_extraction(monkeypatch, duplicate_first_office)

    assert not run_job(out).success

    assert not out.exists() or snapshot(out) == {}


def test_one_asset_can_be_rematerialized_from_stored_upstreams(tmp_path: Path) -> None:
    """What the UI does when a single asset is materialized: upstreams load from storage."""
    first, second = tmp_path / "first", tmp_path / "second"
    (tmp_path / "home").mkdir()
    with dg.DagsterInstance.local_temp(str(tmp_path / "home")) as instance:
        assert execute_build(instance, DatasetPaths(out_dir=str(first))).success
        result = dg.materialize(
            defs.assets,
            instance=instance,
            resources={
                "dataset_paths": DatasetPaths(out_dir=str(second)),
                "io_manager": io_manager(),
                PARTITION_IO_MANAGER: PartitionPicklesManager(),
                "build_progress": BuildProgress(),
            },
            selection=["published_dataset"],
        )

    assert result.success
    assert set(materializations(result)) == {"published_dataset"}
    assert snapshot(second) == snapshot(first)


@pytest.mark.parametrize("asset", ["extracted_pages", "corrected_pages"])
def test_either_pages_asset_can_be_materialized_alone(tmp_path: Path, asset: str) -> None:
    """The two are one step; the UI can still select one (the step makes only that one, and
    the corrections' check runs with the corrected pages)."""
    (tmp_path / "home").mkdir()
    with dg.DagsterInstance.local_temp(str(tmp_path / "home")) as instance:
        assert execute_build(instance, DatasetPaths(out_dir=str(tmp_path / "out"))).success
        result = dg.materialize(
            defs.assets,
            instance=instance,
            resources={
                "dataset_paths": DatasetPaths(out_dir=str(tmp_path / "out")),
                "io_manager": io_manager(),
                PARTITION_IO_MANAGER: PartitionPicklesManager(),
                "build_progress": BuildProgress(),
            },
            selection=[asset],
        )

    assert result.success
    assert set(materializations(result)) == {asset}
    checks = [
        (e.asset_key.to_user_string(), e.passed) for e in result.get_asset_check_evaluations()
    ]
    assert checks == ([("corrected_pages", True)] if asset == "corrected_pages" else [])
    counts = materializations(result)[asset].metadata
    assert counts["dagster/row_count"].value == len(read_published(tmp_path / "out")["sources"])
