"""The cluster configuration files parse, and their pipeline parts match the definitions.

The Kubernetes, Celery and PostgreSQL packages are not installed here: their sections are
checked for shape only; the resources and op config are validated against the real job.
"""

from __future__ import annotations

import py_compile
from pathlib import Path

import dagster as dg
import pytest
import yaml

from pipeline.definitions import defs
from pipeline.defs.jobs import BUILD_JOB

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def load(name: str) -> dict:
    return yaml.safe_load((DEPLOY / name).read_text(encoding="utf-8"))


def test_instance_uses_postgres_and_the_k8s_run_launcher() -> None:
    instance = load("dagster.yaml")
    database = instance["storage"]["postgres"]["postgres_db"]
    assert {key: value for key, value in database.items() if key != "port"} == {
        "username": {"env": "DAGSTER_PG_USERNAME"},
        "password": {"env": "DAGSTER_PG_PASSWORD"},
        "hostname": {"env": "DAGSTER_PG_HOST"},
        "db_name": {"env": "DAGSTER_PG_DB"},
    }
    assert (instance["run_launcher"]["module"], instance["run_launcher"]["class"]) == (
        "dagster_k8s",
        "K8sRunLauncher",
    )
    assert instance["telemetry"] == {"enabled": False}


@pytest.mark.parametrize("name", ["run_config.k8s.yaml", "run_config.celery.yaml"])
def test_run_config_fits_the_build_job(name: str) -> None:
    config = load(name)
    assert set(config["execution"]["config"])
    pipeline_part = {key: value for key, value in config.items() if key != "execution"}
    result = dg.validate_run_config(defs.resolve_job_def(BUILD_JOB), pipeline_part)
    assert result["resources"]["dataset_paths"]["config"]["raw_dir"] == "/opt/dagster/data/raw"
    assert result["ops"]["extracted_pages"]["config"] == {"skip_bad": False}


def test_helm_values_serve_the_cluster_code_location() -> None:
    values = load("k8s-values.yaml")
    [deployment] = values["dagster-user-deployments"]["deployments"]
    assert deployment["dagsterApiGrpcArgs"] == ["--module-name", "deploy.definitions_k8s"]
    assert values["runLauncher"]["type"] == "K8sRunLauncher"
    assert values["postgresql"]["enabled"] is True
    assert (DEPLOY / "definitions_k8s.py").exists()
    py_compile.compile(str(DEPLOY / "definitions_k8s.py"), doraise=True)
