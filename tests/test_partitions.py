"""Source documents as dynamic partitions: the sensor registers the raw folder's pages, the
CLI's registration mirrors any folder, and one run covers every partition."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipeline.definitions import defs
from pipeline.defs.partitions import SOURCE_DOCUMENTS, register_folder
from pipeline.defs.progress import BuildProgress
from pipeline.defs.resources import DatasetPaths
from pipeline.defs.runs import execute_build
from pipeline.defs.sensors import raw_folder_sensor
from pipeline.publish.publisher import read_published
from pipeline.sources.errors import SourceError
from tests.pages import DATA, ICE_PAGE

NAME = SOURCE_DOCUMENTS.name


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(ICE_PAGE, folder / "ice.txt")
    shutil.copy(DATA / "pages" / "tts_offices.txt", folder / "tts.txt")
    return folder


def evaluate(instance: dg.DagsterInstance, raw: Path, cursor: str | None):
    context = dg.build_sensor_context(
        instance=instance,
        cursor=cursor,
        resources={"dataset_paths": DatasetPaths(raw_dir=str(raw))},
    )
    return raw_folder_sensor(context)


def apply(instance: dg.DagsterInstance, result: dg.SensorResult) -> None:
    for request in result.dynamic_partitions_requests:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(request.partitions_def_name, request.partition_keys)
        else:
            for key in request.partition_keys:
                instance.delete_dynamic_partition(request.partitions_def_name, key)


def test_the_sensor_adds_and_removes_partitions_with_a_cursor(raw: Path) -> None:
    with dg.DagsterInstance.ephemeral() as instance:
        first = evaluate(instance, raw, None)
        assert isinstance(first, dg.SensorResult)
        [added] = first.dynamic_partitions_requests
        assert isinstance(added, dg.AddDynamicPartitionsRequest)
        assert (added.partitions_def_name, list(added.partition_keys)) == (NAME, ["ice", "tts"])
        apply(instance, first)

        unchanged = evaluate(instance, raw, first.cursor)
        assert isinstance(unchanged, dg.SkipReason)
        assert unchanged.skip_message == "raw folder unchanged"

        (raw / "tts.txt").unlink()
        shutil.copy(DATA / "pages_extra" / "treasury_tfi.txt", raw / "tfi.txt")
        second = evaluate(instance, raw, first.cursor)
        assert second.cursor != first.cursor
        requests = {
            type(r).__name__: list(r.partition_keys) for r in second.dynamic_partitions_requests
        }
        assert requests == {
            "AddDynamicPartitionsRequest": ["tfi"],
            "DeleteDynamicPartitionsRequest": ["tts"],
        }
        apply(instance, second)
        assert sorted(instance.get_dynamic_partitions(NAME)) == ["ice", "tfi"]


def test_the_sensor_skips_a_folder_it_cannot_use(tmp_path: Path) -> None:
    with dg.DagsterInstance.ephemeral() as instance:
        result = evaluate(instance, tmp_path / "nowhere", None)
    assert isinstance(result, dg.SkipReason)
    assert result.skip_message == f"{tmp_path / 'nowhere'}: raw folder not found"


def test_the_sensor_is_part_of_the_definitions() -> None:
    assert defs.resolve_sensor_def("raw_folder_sensor").name == "raw_folder_sensor"


def test_registering_a_folder_mirrors_it(raw: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(DATA / "pages_extra" / "treasury_tfi.txt", other / "tfi.txt")
    with dg.DagsterInstance.ephemeral() as instance:
        assert register_folder(instance, raw) == ["ice", "tts"]
        assert register_folder(instance, other) == ["tfi"]
        assert register_folder(instance, raw) == ["ice", "tts"]


def test_two_files_with_one_source_id_are_refused(raw: Path) -> None:
    shutil.copy(raw / "ice.txt", raw / "ICE.txt")
    with dg.DagsterInstance.ephemeral() as instance, pytest.raises(SourceError) as error:
        register_folder(instance, raw)
    assert str(error.value) == "ice.txt: source id 'ice' clashes with ICE.txt"


def test_one_run_materializes_every_partition_and_logs_progress(raw: Path, tmp_path: Path) -> None:
    paths = DatasetPaths(raw_dir=str(raw), out_dir=str(tmp_path / "out"))
    with dg.DagsterInstance.ephemeral() as instance:
        result = execute_build(
            instance, paths, resources={"build_progress": BuildProgress(every=1)}
        )
        assert result.success
        assert len(instance.get_runs()) == 1
        done = instance.get_materialized_partitions(dg.AssetKey("page_extractions"))
        logged = [
            entry.user_message
            for entry in instance.all_logs(result.run_id)
            if entry.dagster_event is None and entry.step_key == "page_extractions"
        ]
    assert done == {"ice", "tts"}
    assert [line.split(",")[0] for line in logged] == [
        "1/2 documents (50%)",
        "2/2 documents (100%)",
    ]
    assert logged[-1].endswith(", done")
    assert list(read_published(tmp_path / "out")["sources"]["source_id"]) == ["ice", "tts"]
