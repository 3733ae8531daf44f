"""A real Celery cluster on this machine for the distributed-run test: a Redis broker on
loopback and Dagster Celery workers, each a process this module starts and always stops.

Every wait is bounded; a process that does not stop when asked is killed. Run as
``python -m tests.celery_cluster RAW OUT RUN_CONFIG`` it is the launcher: it registers the
raw folder's documents and runs ``build_dataset`` on the Celery executor in this process,
printing the run id (the workers run the steps).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CELERY_RUN_CONFIG = ROOT / "deploy" / "run_config.celery.yaml"
BROKER_ENV = "DAGSTER_CELERY_BROKER_URL"
BACKEND_ENV = "DAGSTER_CELERY_BACKEND_URL"
START_TIMEOUT = 90.0
STOP_TIMEOUT = 20.0


def redis_server() -> str | None:
    """Debian's ``redis-server`` binary, if installed (``.ci/run`` installs it)."""
    return shutil.which("redis-server")


def free_port() -> int:
    """A loopback port nothing listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1.0) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the process group the process leads, then SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_TIMEOUT)


def _tail(path: Path, lines: int = 20) -> str:
    if not path.exists():
        return "(no log)"
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


@contextmanager
def redis_broker(workdir: Path) -> Iterator[str]:
    """A throwaway Redis on a free loopback port, nothing persisted; yields its URL."""
    binary = redis_server()
    if binary is None:
        raise RuntimeError("redis-server is not installed (Debian: apt-get install redis-server)")
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / "redis.log"
    for _attempt in range(3):
        port = free_port()
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(workdir), "--logfile", str(log)]
        process = subprocess.Popen(command, start_new_session=True)
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while process.poll() is None and time.monotonic() < deadline:
                if _answers_ping(port):
                    yield f"redis://127.0.0.1:{port}/0"
                    return
                time.sleep(0.1)
        finally:
            _stop(process)
        # The port may have been taken between choosing and binding it: try another.
    raise RuntimeError(f"redis-server did not start; its log:\n{_tail(log)}")


def create_instance(home: Path) -> None:
    """Create the instance's SQLite storage once, before any worker opens it: workers
    starting together on an empty home race to create the same tables."""
    import dagster as dg  # noqa: PLC0415 (the cluster helpers need no Dagster)

    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        instance.get_runs(limit=1)
        instance.all_instigator_state()
        instance.get_dynamic_partitions("none")


def worker_env(home: Path, broker: str) -> dict[str, str]:
    """What a worker and the launcher share: the instance, the broker, this venv's tools."""
    env = dict(os.environ)
    env.update({"DAGSTER_HOME": str(home), BROKER_ENV: broker, BACKEND_ENV: broker})
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def _workers_answering(broker: str, names: Sequence[str]) -> set[str]:
    from celery import Celery  # noqa: PLC0415 (imported only where Celery is installed)

    app = Celery(broker=broker)
    try:
        replies = app.control.ping(timeout=1.0)
    finally:
        app.close()
    answered = {host for reply in replies for host in reply}
    return {name for name in names if any(host.startswith(f"{name}@") for host in answered)}


@contextmanager
def celery_workers(
    home: Path, broker: str, names: Sequence[str], logs: Path
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """One ``dagster-celery worker start`` per name (one process each: solo pool), started
    the documented way; yields once every worker answers a ping."""
    logs.mkdir(parents=True, exist_ok=True)
    env = worker_env(home, broker)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for name in names:
            command = [str(BIN / "dagster-celery"), "worker", "start", "-A", "dagster_celery.app"]
            command += ["-y", str(CELERY_RUN_CONFIG), "-n", name, "-i", "pipeline.definitions"]
            command += ["-l", "INFO", "--", "--pool=solo"]
            with (logs / f"{name}.log").open("wb") as log:
                processes.append(
                    subprocess.Popen(
                        command,
                        cwd=ROOT,
                        env=env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
                )
        deadline = time.monotonic() + START_TIMEOUT
        while _workers_answering(broker, names) != set(names):
            exited = [p for p in processes if p.poll() is not None]
            if exited or time.monotonic() > deadline:
                reason = "exited" if exited else f"did not answer within {START_TIMEOUT:.0f} s"
                details = "\n".join(f"{n}: {_tail(logs / f'{n}.log')}" for n in names)
                raise RuntimeError(f"Celery workers {reason}:\n{details}")
            time.sleep(0.5)
        yield processes
    finally:
        for process in processes:
            _stop(process)


def launch(raw: Path, out: Path, run_config_path: Path) -> int:
    """Run ``build_dataset`` on the Celery executor over every document in ``raw``."""
    import dagster as dg  # noqa: PLC0415
    import yaml  # noqa: PLC0415

    from pipeline.defs.executors import build_dataset_celery  # noqa: PLC0415
    from pipeline.defs.partitions import range_tags, register_folder  # noqa: PLC0415
    from pipeline.defs.runs import ONE_PLANNED_EVENT  # noqa: PLC0415

    config = yaml.safe_load(run_config_path.read_text(encoding="utf-8"))
    config["resources"]["dataset_paths"]["config"] = {"raw_dir": str(raw), "out_dir": str(out)}
    os.environ.setdefault(ONE_PLANNED_EVENT, "true")
    with dg.DagsterInstance.get() as instance:
        keys = register_folder(instance, raw)
        result = dg.execute_job(
            dg.reconstructable(build_dataset_celery),
            instance=instance,
            run_config=config,
            tags=range_tags(keys),
        )
    print(result.run_id)
    return 0 if result.success else 1


if __name__ == "__main__":
    raw_arg, out_arg, config_arg = sys.argv[1:4]
    sys.exit(launch(Path(raw_arg), Path(out_arg), Path(config_arg)))
