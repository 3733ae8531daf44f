"""The Dagster UI shows what a person needs: a real webserver (as ``make ui`` starts it) on a
free loopback port, asked through its GraphQL API after a real build recorded in its instance.

Every asset has a description, the group, kinds, owners and a column schema; the tables'
latest materializations carry row counts and previews; the published dataset shows the org
chart; each check shows its result with the failure cases; the job and sensor are listed.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.definitions import defs
from pipeline.defs.catalog import OWNERS
from pipeline.defs.jobs import BUILD_JOB
from pipeline.publish.org_chart import CHART_FILE
from pipeline.publish.publisher import read_published
from pipeline.tables.registry import TABLES, table_spec

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
STARTUP_SECONDS = 120
STOP_SECONDS = 20

ASSETS_QUERY = """
{
  assetNodes {
    assetKey { path }
    description
    groupName
    kinds
    owners { ... on TeamAssetOwner { team } ... on UserAssetOwner { email } }
    metadataEntries {
      label
      ... on TableSchemaMetadataEntry {
        schema { columns { name type description constraints { nullable } } }
      }
    }
    assetMaterializations(limit: 1) {
      metadataEntries {
        label
        ... on IntMetadataEntry { intValue }
        ... on MarkdownMetadataEntry { mdStr }
        ... on PathMetadataEntry { path }
      }
    }
    assetChecksOrError {
      ... on AssetChecks {
        checks {
          name
          blocking
          description
          executionForLatestMaterialization {
            status
            evaluation { success metadataEntries { label } }
          }
        }
      }
    }
  }
}
"""

JOBS_QUERY = """
{
  repositoriesOrError {
    ... on RepositoryConnection {
      nodes { jobs { name description } sensors { name } }
    }
  }
}
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _graphql(port: int, query: str) -> dict[str, Any]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query}).encode("utf-8"),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        document = json.load(response)
    assert "errors" not in document, document["errors"]
    return document["data"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A Dagster home holding one real build of raw/, and the folder it published."""
    tmp = tmp_path_factory.mktemp("ui")
    home, out = tmp / "dagster_home", tmp / "outputs"
    previous = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    try:
        result = CliRunner().invoke(main, ["build", "--raw", str(ROOT / "raw"), "--out", str(out)])
    finally:
        if previous is None:
            os.environ.pop("DAGSTER_HOME")
        else:
            os.environ["DAGSTER_HOME"] = previous
    assert result.exit_code == 0, result.output
    yield home, out


@pytest.fixture(scope="module")
def server(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """``dagster-webserver`` on the built instance, stopped (bounded waits) after the tests."""
    home, _ = built
    port = _free_port()
    log = tmp_path_factory.mktemp("ui_log") / "webserver.log"
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    command = [str(BIN / "dagster-webserver"), "-m", "pipeline.definitions"]
    with log.open("w") as sink:
        process = subprocess.Popen(
            [*command, "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"webserver exited with {process.returncode}:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"webserver not up in {STARTUP_SECONDS}s:\n{log.read_text()}")
                time.sleep(0.5)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_SECONDS)


@pytest.fixture(scope="module")
def nodes(server: int) -> dict[str, dict[str, Any]]:
    data = _graphql(server, ASSETS_QUERY)
    return {"/".join(node["assetKey"]["path"]): node for node in data["assetNodes"]}


def _entries(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {entry["label"]: entry for entry in entries}


def _latest(node: dict[str, Any]) -> dict[str, dict[str, Any]]:
    materializations = node["assetMaterializations"]
    assert materializations, f"{node['assetKey']} was never materialized"
    return _entries(materializations[0]["metadataEntries"])


def test_every_asset_is_described_grouped_kinded_owned_and_has_a_column_schema(nodes):
    keys = {key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys()}
    assert set(nodes) == keys
    for name, node in nodes.items():
        assert node["description"], name
        assert node["groupName"] == "ice_offices", name
        assert node["kinds"], name
        assert [owner.get("team") for owner in node["owners"]] == [
            owner.removeprefix("team:") for owner in OWNERS
        ], name
        schema = _entries(node["metadataEntries"])["dagster/column_schema"]["schema"]
        assert schema["columns"], name
        assert all(column["description"] for column in schema["columns"]), name


@pytest.mark.parametrize("table", TABLES)
def test_tables_show_model_columns_row_count_preview_and_check(nodes, built, table):
    _, out = built
    published = read_published(out, formats=["parquet"])[table]
    node = nodes[table]
    declared = _entries(node["metadataEntries"])["dagster/column_schema"]["schema"]["columns"]
    model = table_spec(table).model.to_schema().columns
    assert [(c["name"], c["description"]) for c in declared] == [
        (name, column.description) for name, column in model.items()
    ]
    assert [c["constraints"]["nullable"] for c in declared] == [c.nullable for c in model.values()]
    latest = _latest(node)
    assert latest["dagster/row_count"]["intValue"] == len(published)
    preview = latest["preview"]["mdStr"]
    assert preview.splitlines()[0] == "| " + " | ".join(published.columns) + " |"
    [check] = node["assetChecksOrError"]["checks"]
    assert (check["name"], check["blocking"]) == ("valid", True)
    execution = check["executionForLatestMaterialization"]
    assert execution["status"] == "SUCCEEDED"
    labels = {entry["label"] for entry in execution["evaluation"]["metadataEntries"]}
    assert {"failure_count", "failure_cases", "report"} <= labels


def test_published_dataset_shows_the_org_chart_and_its_files(nodes, built):
    _, out = built
    latest = _latest(nodes["published_dataset"])
    chart = (out / CHART_FILE).read_bytes()
    markdown = latest["org_chart"]["mdStr"]
    prefix = "![Org chart](data:image/svg+xml;base64,"
    assert markdown.startswith(prefix) and markdown.endswith(")")
    assert base64.b64decode(markdown[len(prefix) : -1]) == chart
    assert latest["org_chart_file"]["path"] == str(out / CHART_FILE)
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert latest["dagster/row_count"]["intValue"] == len(files)
    listing = latest["file_listing"]["mdStr"]
    assert all(f"| {name} |" in listing for name in files)


def test_job_and_sensor_are_listed(server):
    data = _graphql(server, JOBS_QUERY)
    [repository] = data["repositoriesOrError"]["nodes"]
    jobs = {job["name"]: job["description"] for job in repository["jobs"]}
    assert jobs[BUILD_JOB] == defs.resolve_job_def(BUILD_JOB).description
    sensors = {sensor["name"] for sensor in repository["sensors"]}
    assert sensors == {sensor.name for sensor in defs.sensors or []}
    assert sensors


PARTITIONS_QUERY = """
{
  assetNodes {
    assetKey { path }
    isPartitioned
    partitionKeys
    partitionStats { numMaterialized numPartitions numFailed numMaterializing }
  }
}
"""
NUX_QUERY = "{ shouldShowNux }"


def test_the_catalog_counts_every_built_document_as_materialized(server, built):
    data = _graphql(server, PARTITIONS_QUERY)
    node = next(n for n in data["assetNodes"] if n["assetKey"]["path"] == ["page_extractions"])
    pages = [p for p in (ROOT / "raw").iterdir() if p.suffix.lower() in (".txt", ".html", ".htm")]
    assert node["isPartitioned"] and len(node["partitionKeys"]) == len(pages)
    stats = node["partitionStats"]
    assert stats["numPartitions"] == len(pages)
    assert stats["numMaterialized"] == len(pages), stats


def test_no_first_visit_sign_up_box(server):
    assert _graphql(server, NUX_QUERY)["shouldShowNux"] is False
