"""A real distributed run: ``build_dataset`` on the Celery executor, with a Redis broker on
loopback and two worker processes, publishes exactly the bytes of the in-process build.

Everything is started here and always stopped (``tests/celery_cluster.py``). Skipped only
where ``redis-server`` is not installed; CI installs it (``.ci/run``), so there it runs.
``make test-celery`` runs this file alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from pipeline.defs.resources import DatasetPaths
from pipeline.defs.runs import execute_build
from tests import celery_cluster
from tests.pages import DATA, ROOT

if celery_cluster.redis_server() is None:
    if os.environ.get("CI"):
        pytest.fail("redis-server is missing in CI: .ci/run should have installed it")
    pytest.skip(
        "redis-server is not installed (apt-get install redis-server)", allow_module_level=True
    )

WORKERS = ("worker_a", "worker_b")
EXTRA_PAGES = [DATA / "pages" / "tts_offices.txt", DATA / "pages_extra" / "treasury_tfi.txt"]
LAUNCH_TIMEOUT = 600


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_celery_run_publishes_the_bytes_of_the_in_process_build(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    for page in EXTRA_PAGES:
        shutil.copy(page, raw / page.name)
    home = tmp_path / "home"
    celery_cluster.create_instance(home)

    launcher = [sys.executable, "-m", "tests.celery_cluster", str(raw), str(tmp_path / "celery")]
    launcher.append(str(celery_cluster.CELERY_RUN_CONFIG))
    with (
        celery_cluster.redis_broker(tmp_path / "redis") as broker,
        celery_cluster.celery_workers(home, broker, WORKERS, tmp_path / "logs") as workers,
    ):
        launched = subprocess.run(
            launcher,
            cwd=ROOT,
            env=celery_cluster.worker_env(home, broker),
            capture_output=True,
            text=True,
            timeout=LAUNCH_TIMEOUT,
            check=False,
        )
        assert all(worker.poll() is None for worker in workers), "a worker died during the run"
    assert launched.returncode == 0, launched.stdout + launched.stderr[-3000:]
    run_id = launched.stdout.split()[-1]

    with dg.DagsterInstance.from_config(str(home)) as instance:
        events = [record.dagster_event for record in instance.all_logs(run_id)]
        ran_by = {
            event.step_key: str(event.event_specific_data.metadata["Celery worker"].value)
            for event in events
            if event is not None
            and event.event_type_value == "ENGINE_EVENT"
            and event.step_key
            and "Celery worker" in getattr(event.event_specific_data, "metadata", {})
        }
        succeeded = {
            e.step_key for e in events if e is not None and e.event_type_value == "STEP_SUCCESS"
        }
        single = execute_build(
            instance, DatasetPaths(raw_dir=str(raw), out_dir=str(tmp_path / "in_process"))
        )
        assert single.success
        in_process_steps = {
            e.step_key for e in single.all_events if e.event_type_value == "STEP_SUCCESS"
        }

    assert succeeded == in_process_steps, "the same steps succeeded"
    assert set(ran_by) == succeeded, "every step ran as a Celery task"
    assert {host.split("@")[0] for host in ran_by.values()} <= set(WORKERS)
    published, expected = files(tmp_path / "celery"), files(tmp_path / "in_process")
    assert len(expected) > 10
    assert sorted(published) == sorted(expected)
    assert [name for name in expected if published[name] != expected[name]] == []
