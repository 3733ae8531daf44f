"""The same definitions on the multiprocess executor publish the same rows as in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pandas as pd

from pipeline.defs.executors import build_dataset_multiprocess
from pipeline.defs.partitions import range_tags, register_folder
from pipeline.defs.resources import DatasetPaths
from pipeline.defs.runs import execute_build
from pipeline.publish.publisher import read_published
from pipeline.tables.registry import TABLES
from tests.pages import DATA, ICE_PAGE

PAGES = [ICE_PAGE, DATA / "pages" / "tts_offices.txt", DATA / "pages_extra" / "treasury_tfi.txt"]


def test_multiprocess_run_publishes_the_rows_of_the_in_process_run(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for page in PAGES:
        shutil.copy(page, raw / page.name)
    home = tmp_path / "home"
    home.mkdir()
    with dg.DagsterInstance.local_temp(str(home)) as instance:
        keys = register_folder(instance, raw)
        multi = dg.execute_job(
            dg.reconstructable(build_dataset_multiprocess),
            instance=instance,
            run_config={
                "resources": {
                    "dataset_paths": {
                        "config": {"raw_dir": str(raw), "out_dir": str(tmp_path / "multi")}
                    }
                },
                "execution": {"config": {"max_concurrent": 2}},
            },
            tags=range_tags(keys),
        )
        assert multi.success
        step_pids = {
            event.pid for event in multi.all_events if event.event_type_value == "STEP_START"
        }
        materialized = instance.get_materialized_partitions(dg.AssetKey("page_extractions"))
        single = execute_build(
            instance, DatasetPaths(raw_dir=str(raw), out_dir=str(tmp_path / "single"))
        )
        assert single.success

    assert sorted(keys) == ["offices_within_ice", "treasury_tfi", "tts_offices"]
    assert materialized == set(keys)
    # page_extractions, the pages (extracted and corrected: one step), the tables (one step),
    # published_dataset
    assert len(step_pids) >= 4, "each step ran in its own process"
    published, expected = read_published(tmp_path / "multi"), read_published(tmp_path / "single")
    assert sorted(published["sources"]["source_id"]) == sorted(keys)
    for table in TABLES:
        assert len(published[table]) > 0 or table == "corrections"  # none in these pages
        pd.testing.assert_frame_equal(published[table], expected[table])
