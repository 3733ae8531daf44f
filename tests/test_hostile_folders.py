"""``validate``, ``show`` and ``diff`` on a hostile copy of a release (issue 15, items 6 and 8):
nothing outside the folder is read, sizes and shapes are checked before a file is read, JSON
of any depth is one line, and a broken folder is never shown as data."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from table_records import frames

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from pipeline.publish.artifacts import write_artifacts
from pipeline.publish.publisher import publish

DEEP = "[" * 200_000


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = frames()
    out = tmp_path_factory.mktemp("published") / "outputs"
    publish(data, out, extras=lambda folder: write_artifacts(data, folder))
    return out


@pytest.fixture
def copy(published: Path, tmp_path: Path) -> Path:
    target = tmp_path / "download"
    shutil.copytree(published, target)
    return target


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.csv"
    path.write_text("office_id,name\nroot:x,THE OUTSIDE FILE\n", encoding="utf-8")
    return path


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def one_error(result: Result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.mark.parametrize("command", ["validate", "show", "diff"])
def test_a_symlinked_table_out_of_the_folder_is_refused(
    copy: Path, secret: Path, command: str
) -> None:
    (copy / "offices.csv").unlink()
    (copy / "offices.csv").symlink_to(secret)
    args = [copy, copy] if command == "diff" else [copy]
    result = invoke(command, *args)
    line = one_error(result, ExitCode.BAD_INPUT)
    assert line == (
        f"error: {copy / 'offices.csv'}: symbolic link to {secret}, outside the folder; refused"
    )
    assert "THE OUTSIDE FILE" not in result.output


def test_a_symlinked_schemas_folder_out_of_the_folder_is_refused(
    copy: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    shutil.move(copy / "schemas", elsewhere)
    (copy / "schemas").symlink_to(elsewhere)
    line = one_error(invoke("validate", copy), ExitCode.BAD_INPUT)
    assert line.endswith("outside the folder; refused")
    assert str(copy / "schemas") in line


def test_a_link_inside_the_folder_is_read(copy: Path) -> None:
    (copy / "notes").mkdir()
    (copy / "notes" / "offices.csv").symlink_to(copy / "offices.csv")
    assert invoke("validate", copy).exit_code == ExitCode.OK


def test_a_huge_sparse_table_is_not_read(copy: Path) -> None:
    """A 2 GB sparse offices.csv: its size differs from datapackage.json, so it is reported
    without being read (before the fix: 57 s and 17 GB of memory)."""
    path = copy / "offices.csv"
    with path.open("r+b") as handle:
        handle.truncate(2 * 1024**3)
    result = invoke("validate", copy)
    assert result.exit_code == ExitCode.INVALID
    assert f"offices.csv: {2 * 1024**3} bytes, datapackage.json says" in result.stderr


@pytest.mark.parametrize("command", ["show", "review", "diff"])
def test_a_table_over_the_given_max_bytes_is_refused_unread(
    copy: Path, published: Path, command: str
) -> None:
    """Every command that reads a published folder takes ``--max-bytes``: a downloaded copy's
    table over it is refused on one line, unread."""
    args = [published, copy] if command == "diff" else [copy]
    line = one_error(invoke(command, *args, "--max-bytes", "100"), ExitCode.BAD_INPUT)
    assert "over the limit of 100 bytes" in line


def test_a_huge_table_without_a_package_is_refused_over_the_limit(copy: Path) -> None:
    (copy / "datapackage.json").unlink()
    with (copy / "offices.csv").open("r+b") as handle:
        handle.truncate(2 * 1024**3)
    result = invoke("validate", copy)
    assert result.exit_code == ExitCode.INVALID
    assert (
        f"offices.csv: cannot be read as csv ({2 * 1024**3} bytes, over the limit of"
        f" {256 * 1024**2} bytes (see --max-bytes))"
    ) in result.stderr
    line = one_error(invoke("show", copy), ExitCode.BAD_INPUT)
    assert "over the limit" in line


def test_a_csv_of_ten_million_columns_is_refused_by_its_header(copy: Path) -> None:
    (copy / "datapackage.json").unlink()
    (copy / "offices.csv").write_bytes(b"a," * 10_000_000 + b"a\n")
    result = invoke("validate", copy)
    assert result.exit_code == ExitCode.INVALID
    assert "offices.csv: cannot be read as csv (header line longer than 65536 bytes)" in (
        result.stderr
    )


def test_a_csv_with_more_columns_is_refused_before_decoding(copy: Path) -> None:
    (copy / "datapackage.json").unlink()
    path = copy / "programs.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line + ",x" for line in lines) + "\n", encoding="utf-8")
    result = invoke("validate", copy)
    assert "programs.csv: cannot be read as csv (" in result.stderr
    assert "columns in the header, the table has" in result.stderr


@pytest.mark.parametrize("name", ["datapackage.json", "offices.json"])
def test_deeply_nested_json_is_one_problem(copy: Path, name: str) -> None:
    if name != "datapackage.json":  # else its size check stops it before it is read
        (copy / "datapackage.json").unlink()
    (copy / name).write_text(DEEP, encoding="utf-8")
    result = invoke("validate", copy)
    assert result.exit_code == ExitCode.INVALID
    assert "Traceback" not in result.output
    assert any(
        line.strip().startswith(f"{name}: ") and "nested too deeply" in line
        for line in result.stderr.splitlines()
    ), result.stderr


def test_deeply_nested_raw_sources_json_is_bad_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.txt").write_text("Example Agency\n\nOffice of Policy\n", encoding="utf-8")
    (raw / "sources.json").write_text(DEEP, encoding="utf-8")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    result = invoke("build", "--raw", raw, "--out", tmp_path / "out")
    line = one_error(result, ExitCode.BAD_INPUT)
    assert line == f"error: {raw / 'sources.json'}: not valid JSON (nested too deeply)"


def test_a_named_pipe_never_blocks(copy: Path) -> None:
    (copy / "offices.csv").unlink()
    os.mkfifo(copy / "offices.csv")
    result = invoke("validate", copy)
    assert result.exit_code == ExitCode.INVALID
    assert "offices.csv: not a regular file" in result.stderr
    line = one_error(invoke("show", copy), ExitCode.BAD_INPUT)
    assert "offices.csv" in line and "not a regular file" in line


@pytest.mark.parametrize("command", ["show", "diff"])
def test_show_and_diff_refuse_a_folder_that_is_not_a_valid_dataset(
    copy: Path, published: Path, command: str
) -> None:
    """Before the fix both printed the altered rows (diff exited 0 with them)."""
    path = copy / "offices.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",office,", ",not-a-kind,", 1), encoding="utf-8")
    args = [published, copy] if command == "diff" else [copy]
    line = one_error(invoke(command, *args), ExitCode.BAD_INPUT)
    assert line.startswith(f"error: {copy}: not a valid dataset (1 problem(s) in its csv tables,")
    assert line.endswith(f"ice-offices validate {copy} lists them and checks every format")


@pytest.mark.parametrize("command", ["show", "diff"])
def test_show_and_diff_on_unreadable_tables_are_one_line(
    copy: Path, published: Path, command: str
) -> None:
    for path in copy.glob("*.csv"):
        path.write_bytes(b"\xff\xfe garbage, not csv\n\x00\x00")
    args = [published, copy] if command == "diff" else [copy]
    line = one_error(invoke(command, *args), ExitCode.BAD_INPUT)
    assert line.startswith("error: ") and "cannot be read as csv" in line


def test_show_of_json_only_copy_with_deep_json_is_one_line(copy: Path) -> None:
    for path in [*copy.glob("*.csv"), *copy.glob("*.parquet")]:
        path.unlink()
    (copy / "sources.json").write_text(DEEP, encoding="utf-8")
    line = one_error(invoke("show", copy), ExitCode.BAD_INPUT)
    assert "sources.json: cannot be read as json (nested too deeply)" in line
