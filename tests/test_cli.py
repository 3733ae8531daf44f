"""The ``ice-offices`` CLI: happy paths, and one-line errors with the documented exit codes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import dagster as dg
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result
from corruptions import corrupt_extraction, duplicate_first_office, snapshot

from pipeline.cli import COMMANDS, main
from pipeline.commands.exit_codes import ExitCode
from pipeline.extract.page import extract_page
from pipeline.extract.records import PageExtraction
from pipeline.tables.registry import TABLES


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway DAGSTER_HOME, so tests never write into the project's run history."""
    path = tmp_path / "dagster_home"
    monkeypatch.setenv("DAGSTER_HOME", str(path))
    return path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def assert_one_line_error(result: Result, code: ExitCode, *needles: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    for needle in needles:
        assert needle in errors[0]


def test_help_documents_exit_codes() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Exit codes" in result.output
    for code in ExitCode:
        assert f"  {int(code)}  " in result.output


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output.startswith("ice-offices, version ")


def test_build_then_validate(tmp_path: Path, home: Path) -> None:
    out = tmp_path / "out"

    built = invoke("build", "--out", str(out))

    assert built.exit_code == 0, built.output
    assert f"Published to {out}" in built.stdout
    for table in TABLES:
        assert table in built.stdout
    # Each table's count in words, "1 row" or "N rows", as many as the published file holds.
    counts = {table: pq.read_metadata(out / f"{table}.parquet").num_rows for table in TABLES}
    for table, count in counts.items():
        line = rf"^  {table} +{count} {'row' if count == 1 else 'rows'}$"
        assert re.search(line, built.stdout, re.MULTILINE), built.stdout
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert len(instance.get_runs()) == 1

    checked = invoke("validate", str(out))

    assert checked.exit_code == 0, checked.output
    assert f"{out}: valid" in checked.stdout
    for table, count in counts.items():
        line = rf"^  {table} +{count} {'row' if count == 1 else 'rows'}$"
        assert re.search(line, checked.stdout, re.MULTILINE), checked.stdout


def test_build_missing_raw_folder(tmp_path: Path, home: Path) -> None:
    result = invoke("build", "--raw", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert_one_line_error(result, ExitCode.BAD_INPUT, "nowhere", "not found")
    assert not (tmp_path / "out").exists()


def test_build_empty_page(tmp_path: Path, home: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "blank_page.txt").write_bytes(b"")
    result = invoke("build", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert_one_line_error(result, ExitCode.BAD_INPUT, "blank_page.txt", "empty")


def test_build_with_a_failing_check_reports_and_publishes_nothing(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert invoke("build", "--out", str(out)).exit_code == 0
    before = snapshot(out)
    corrupt_extraction(monkeypatch, duplicate_first_office)

    result = invoke("build", "--out", str(out))

    assert_one_line_error(result, ExitCode.INVALID, "offices")
    assert "offices" in result.stderr.split("error: ")[0]
    assert snapshot(out) == before


def test_build_publish_error(tmp_path: Path, home: Path) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder\n")
    result = invoke("build", "--out", str(blocker / "out"))
    assert_one_line_error(result, ExitCode.PUBLISH_FAILED, "a_file")


def test_build_unexpected_failure(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ICE page's extraction raises; any other page of ``raw/`` (a contributor's, which
    may be read before it) is extracted as usual, so the one error names the ICE page."""

    def broken(source_id: str, *args: Any, **kwargs: Any) -> PageExtraction:
        if source_id == "offices_within_ice":
            raise RuntimeError("extractor exploded")
        return extract_page(source_id, *args, **kwargs)

    monkeypatch.setattr("pipeline.defs.assets.extract_page", broken)
    result = invoke("build", "--out", str(tmp_path / "out"))
    assert_one_line_error(
        result,
        ExitCode.PIPELINE_FAILED,
        "raw/offices_within_ice.txt: processing failed unexpectedly",
        "RuntimeError: extractor exploded",
    )
    assert not (tmp_path / "out").exists()


def test_validate_missing_folder(tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path / "nowhere"))
    assert_one_line_error(result, ExitCode.BAD_INPUT, "nowhere")


def test_validate_usage_error_exits_2() -> None:
    result = invoke("validate")
    assert result.exit_code == ExitCode.BAD_INPUT


def test_help_lists_every_command_with_its_whole_first_sentence() -> None:
    result = invoke("--help")
    commands = result.output.split("\nCommands:\n", 1)[1].split("\n\n", 1)[0]
    summaries: dict[str, str] = {}
    for line in commands.splitlines():
        name, _, text = line.strip().partition(" ")
        if line.startswith("  ") and not line.startswith("   ") and name:
            summaries[name] = text.strip()
        else:
            summaries[list(summaries)[-1]] += " " + line.strip()
    assert set(summaries) == set(COMMANDS)
    for name, text in summaries.items():
        assert not text.endswith("..."), (name, text)
        assert text == COMMANDS[name][2]
        assert text.endswith((".", ")")), (name, text)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_examples_are_written_as_typed(name: str) -> None:
    """No run of spaces inside an example's command (a backslash-newline in a docstring once
    joined two lines of one, with the indentation between them)."""
    result = invoke(name, "--help")
    examples = result.output.split("Examples:\n", 1)[1].split("\n\n", 1)[0]
    for line in examples.splitlines():
        command = line.strip().split("  #", 1)[0].rstrip()
        assert "  " not in command, (name, line)


def test_global_options_also_after_the_command(tmp_path: Path) -> None:
    outputs = Path(__file__).resolve().parents[1] / "outputs"
    before = invoke("-q", "validate", str(outputs))
    after = invoke("validate", str(outputs), "-q")
    loud = invoke("validate", str(outputs))

    assert before.exit_code == after.exit_code == loud.exit_code == 0, after.output
    assert before.output == after.output == ""
    assert loud.output != ""
    both = invoke("-q", "validate", str(outputs), "--verbose")
    assert both.exit_code == ExitCode.BAD_INPUT
    assert "--quiet and --verbose" in both.output


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "{raw}"],
        ["show", "{raw}"],
        ["review", "{raw}"],
        ["diff", "{raw}", "{outputs}"],
        ["evaluate", "--data", "{raw}", "--gold", "{gold}"],
    ],
    ids=lambda command: command[0],
)
def test_a_raw_folder_given_as_a_published_one_says_so(command: list[str]) -> None:
    """Every command that reads a published folder says the same thing of a raw one (which
    holds a sources.json, and so looked like a JSON dataset that could not be read)."""
    root = Path(__file__).resolve().parents[1]
    paths = {
        "raw": root / "raw",
        "outputs": root / "outputs",
        "gold": root / "tests" / "data" / "gold" / "offices_within_ice.gold.json",
    }
    result = invoke(*(part.format(**paths) for part in command))

    assert_one_line_error(result, ExitCode.BAD_INPUT, "raw: not a published dataset")
    assert "record 0" not in result.output
