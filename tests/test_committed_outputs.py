"""The committed outputs/ are what the job builds from raw/, byte for byte, and they pass
every check a consumer can run: ``ice-offices validate``, Frictionless, the schemas."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.release.version import dataset_version
from pipeline.tables.schema_export import schema_documents

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ROOT / "outputs"


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_rebuilding_from_raw_reproduces_outputs_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    out = tmp_path / "outputs"
    built = CliRunner().invoke(main, ["build", "--raw", str(ROOT / "raw"), "--out", str(out)])
    assert built.exit_code == 0, built.output
    fresh, committed = files(out), files(OUTPUTS)
    assert sorted(fresh) == sorted(committed), "outputs/ is stale: run `make run`"
    differing = [name for name in fresh if fresh[name] != committed[name]]
    assert differing == [], f"outputs/ is stale in {differing}: run `make run`"


def test_committed_outputs_pass_validate():
    result = CliRunner().invoke(main, ["validate", str(OUTPUTS)])
    assert result.exit_code == 0, result.output
    n = len(files(OUTPUTS)) - 1
    assert f"SHA256SUMS: {n} of {n} listed files match" in result.stdout


def test_committed_outputs_pass_frictionless():
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(OUTPUTS / "datapackage.json"))
    assert report.valid, report.flatten(["taskName", "type", "note"])


def test_schema_copies_in_outputs_are_the_committed_schemas():
    for name in schema_documents():
        committed = (ROOT / "schemas" / name).read_bytes()
        assert (OUTPUTS / "schemas" / name).read_bytes() == committed, name


def test_changelog_has_an_entry_for_the_published_version():
    package = json.loads((OUTPUTS / "datapackage.json").read_text(encoding="utf-8"))
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+)\b", changelog, flags=re.MULTILINE)
    assert versions and versions[0] == package["version"] == dataset_version()
