"""The exploring commands (``schema``, ``show``) and the global options: quiet, verbose,
version, colour only when wanted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from table_records import MAIN, frames

from pipeline.cli import COMMANDS, main
from pipeline.publish.formats import encode, table_filename
from pipeline.publish.org_chart import label
from pipeline.publish.publisher import read_published
from pipeline.release.version import dataset_version
from pipeline.tables.registry import TABLES, table_spec
from pipeline.tables.schema_export import frictionless_schema

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ROOT / "outputs"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
ICE = "offices_within_ice"


def run(*args: str, color: bool = False, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), color=color, env=env)


@pytest.fixture(scope="module")
def published():
    return read_published(OUTPUTS, formats=["csv"])


@pytest.mark.parametrize("table", TABLES)
def test_schema_text_lists_every_column_with_type_nullability_and_description(table: str):
    result = run("schema", table)

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{table}  ")
    assert f"primary key: {', '.join(table_spec(table).primary_key)}" in result.output
    for name, column in table_spec(table).model.to_schema().columns.items():
        line = next(line for line in lines if line.split()[:1] == [name])
        assert line.split()[2] == ("yes" if column.nullable else "no"), line
        assert column.description in line


def test_schema_json_is_derived_from_the_model():
    result = run("schema", "offices", "--format", "json")

    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    columns = table_spec("offices").model.to_schema().columns
    assert [c["name"] for c in document["columns"]] == list(columns)
    assert {c["name"]: c["nullable"] for c in document["columns"]} == {
        name: column.nullable for name, column in columns.items()
    }
    assert document["primary_key"] == ["office_id"]
    assert {"table": "offices", "columns": ["source_id", "office_id"]} in [
        fk["references"] for fk in document["foreign_keys"]
    ]


def test_schema_frictionless_is_the_published_table_schema():
    one = run("schema", "acronyms", "--format", "frictionless")
    several = run("schema", "acronyms", "programs", "--format", "frictionless")

    assert one.exit_code == several.exit_code == 0
    assert json.loads(one.output) == frictionless_schema("acronyms")
    committed = json.loads((ROOT / "schemas" / "acronyms.schema.json").read_text(encoding="utf-8"))
    assert json.loads(one.output) == committed
    assert list(json.loads(several.output)) == ["acronyms", "programs"]


def test_schema_of_an_unknown_table_is_a_usage_error():
    result = run("schema", "agencies")

    assert result.exit_code == 2
    assert "'agencies' is not one of" in result.output


def test_show_draws_every_office_and_program_under_its_parent(published):
    result = run("show", str(OUTPUTS), "--source", ICE)

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    ice = {t: f[f["source_id"] == ICE] for t, f in published.items()}
    offices, programs = ice["offices"], ice["programs"]
    # a program that is itself a unit (unit_type program, same name) is drawn once, as the unit
    units = offices[offices["unit_type"] == "program"]
    as_units = programs[programs["name"].isin(units["name"])]
    assert lines[1] == (
        "as of 2009-05-11: http://www.ice.gov/about/operations.htm (archived at "
        "https://webarchive.library.unt.edu/eot2008/20090511173959/"
        "http://www.ice.gov/about/operations.htm)"
    )
    assert len(lines) == 2 + len(offices) + len(programs) - len(as_units) + 1
    assert lines[-1] == f"{len(offices)} offices, {len(ice['acronyms'])} acronyms, " + (
        f"{len(programs)} programs"
    )
    positions = {}
    for row in offices.to_dict("records"):
        text = f"{label(row)}  {row['unit_type']}"
        matching = [i for i, line in enumerate(lines) if line.endswith(f" {text}") or line == text]
        assert len(matching) == 1, text
        positions[row["office_id"]] = matching[0]
    for row in offices.to_dict("records"):
        if isinstance(row["parent_id"], str):
            parent, child = positions[row["parent_id"]], positions[row["office_id"]]
            assert parent < child
            assert _depth(lines[child]) == _depth(lines[parent]) + 1
        else:
            assert _depth(lines[positions[row["office_id"]]]) == 0
    for row in programs.to_dict("records"):
        found = [
            line for line in lines if re.search(rf"(?<!\w){re.escape(row['name'])}(?!\w)", line)
        ]
        assert len(found) == 1, (row["name"], found)


def test_a_program_that_is_its_own_unit_is_shown_once_with_its_parts(tmp_path):
    tables = frames()
    agency = tables["offices"].iloc[[0]]
    unit = agency.assign(
        office_id=f"{MAIN}:secure-things",
        name="Secure Things",
        acronym=None,
        unit_type="program",
        parent_id=agency["office_id"].iloc[0],
    )
    tables["offices"] = pd.concat([tables["offices"], unit], ignore_index=True)
    first = tables["programs"].iloc[[0]]
    itself = first.assign(
        program_id=f"{MAIN}:secure-things",
        name="Secure Things",
        office_id=f"{MAIN}:secure-things",
        parent_program_id=None,
    )
    part = first.assign(
        program_id=f"{MAIN}:part-one",
        name="Part One",
        office_id=f"{MAIN}:secure-things",
        parent_program_id=f"{MAIN}:secure-things",
    )
    tables["programs"] = pd.concat([tables["programs"], itself, part], ignore_index=True)
    for table, df in tables.items():
        (tmp_path / table_filename(table, "csv")).write_bytes(encode("csv", table, df))

    result = run("show", str(tmp_path), "--source", MAIN)

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    (unit_line,) = [i for i, line in enumerate(lines) if "Secure Things" in line]
    assert lines[unit_line].endswith("Secure Things  program")
    assert lines[unit_line + 1].endswith("program: Part One")


def test_show_options_filter_and_draw_in_ascii(published):
    source = published["sources"]["source_id"].iloc[0]
    result = run("show", str(OUTPUTS), "--source", source, "--no-programs", "--ascii")

    assert result.exit_code == 0, result.output
    assert "├" not in result.output
    assert "|-- " in result.output
    tree = result.output.splitlines()[2:-1]
    assert len(tree) == int((published["offices"]["source_id"] == source).sum())
    assert not any("program: " in line for line in tree)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "/nonexistent/ice"], "error: /nonexistent/ice: no such folder"),
        (
            ["validate", str(OUTPUTS / "offices.csv")],
            f"error: {OUTPUTS / 'offices.csv'}: a file, not a folder",
        ),
        (["show", str(OUTPUTS), "--source", "nope"], "error: "),
    ],
)
def test_show_bad_input_is_one_line_and_exit_2(args, message):
    result = run(*args)

    assert result.exit_code == 2
    assert result.output.startswith(message)
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_quiet_drops_summaries_but_not_results(published):
    loud = run("show", str(OUTPUTS))
    quiet = run("--quiet", "show", str(OUTPUTS))

    assert quiet.exit_code == 0
    assert quiet.output.splitlines() == loud.output.splitlines()[:-1]


def test_quiet_and_verbose_together_is_a_usage_error():
    result = run("-q", "-v", "show")

    assert result.exit_code == 2
    assert "--quiet and --verbose" in result.output


def test_colour_only_when_asked_and_never_with_no_color():
    plain = run("show", str(OUTPUTS))
    coloured = run("show", str(OUTPUTS), color=True)
    no_color = run("show", str(OUTPUTS), color=True, env={"NO_COLOR": "1"})

    assert not ANSI.search(plain.output)
    assert ANSI.search(coloured.output)
    assert not ANSI.search(no_color.output)
    assert ANSI.sub("", coloured.output) == plain.output == no_color.output


def test_version_is_the_dataset_version():
    result = run("--version")

    assert result.exit_code == 0
    assert result.output.strip() == f"ice-offices, version {dataset_version()}"


def _depth(line: str) -> int:
    """Depth of a tree line: the width of its drawing prefix in 4-character steps."""
    prefix = re.match(r"^[│├└─ |`-]*", line)
    return len(prefix.group(0)) // 4 if prefix else 0


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_examples(command):
    result = run(command, "--help")

    assert result.exit_code == 0
    examples = result.output.split("Examples:\n", 1)
    assert len(examples) == 2, command
    assert f"ice-offices {command}" in examples[1].split("Options:")[0]


def test_quiet_build_prints_nothing_and_publishes(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    out = tmp_path / "out"

    result = run("--quiet", "build", "--raw", str(ROOT / "raw"), "--out", str(out))

    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert len(read_published(out, formats=["csv"])["offices"]) > 0
