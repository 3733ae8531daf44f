"""``ice-offices validate`` on a downloaded copy: any subset of formats, altered files caught
with the file, row, key, column and value named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from table_records import MAIN, frames

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from pipeline.publish.artifacts import write_artifacts
from pipeline.publish.checksums import SUMS_FILE
from pipeline.publish.publisher import publish
from pipeline.publish.verify import in_words, verify_folder
from pipeline.tables.registry import TABLES


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


def validate(folder: Path) -> Result:
    return CliRunner().invoke(main, ["validate", str(folder)])


def problems(result: Result) -> list[str]:
    return [line.strip() for line in result.stderr.splitlines() if line.startswith("  ")]


def test_a_fresh_folder_passes(published: Path):
    result = validate(published)
    assert result.exit_code == 0, result.output
    assert f"{published}: checked csv, parquet, json" in result.stdout
    n_files = len([p for p in published.rglob("*") if p.is_file()])
    n_resources = n_files - 2 - len(list(published.glob("schemas/*")))  # not package, sums
    assert f"SHA256SUMS: {n_files - 1} of {n_files - 1} listed files match" in result.stdout
    assert f"datapackage.json: {n_resources} present resources checked" in result.stdout
    assert result.stdout.rstrip().endswith(f"{published}: valid")


def test_a_broken_parent_id_names_file_row_key_column_and_value(copy: Path):
    path = copy / "offices.csv"
    text = path.read_text(encoding="utf-8")
    parent = f",other,{MAIN}:office-of-widgets,"  # the data unit's parent_id
    path.write_text(text.replace(parent, f",other,{MAIN}:nope,"), encoding="utf-8")

    result = validate(copy)

    assert result.exit_code == ExitCode.INVALID
    found = problems(result)
    assert (
        f'offices.csv: row 3 [{MAIN}:data-unit] parent_id = "{MAIN}:nope": parent_id_resolves'
        in found
    )
    assert any(p.startswith("offices.csv: SHA-256 ") and SUMS_FILE in p for p in found)
    assert (
        f'offices.csv: row 3 [{MAIN}:data-unit] parent_id = "{MAIN}:nope": offices.parquet row 3'
        f' has "{MAIN}:office-of-widgets"'
    ) in found
    # The sound copies are not blamed: every problem is the edited file's.
    assert all(p.startswith("offices.csv: ") for p in found), found
    assert result.stderr.splitlines()[-1].startswith(f"error: {copy}: ")
    assert "Traceback" not in result.output


def test_a_duplicated_id_in_a_csv_only_copy(copy: Path):
    for path in [*copy.glob("*.parquet"), *copy.glob("*s.json")]:
        path.unlink()
    path = copy / "programs.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[1]]), encoding="utf-8")

    result = validate(copy)

    assert result.exit_code == ExitCode.INVALID
    assert f"{copy}: checked csv" in result.stdout
    found = problems(result)
    program_id = lines[1].split(",")[1]
    duplicates = [p for p in found if "program_id" in p and "field_uniqueness" in p]
    assert len(duplicates) == 2
    assert all(f'[{program_id}] program_id = "{program_id}"' in p for p in duplicates)
    assert "programs.csv: 4 rows, datapackage.json says 3" in found
    assert all(p.startswith("programs.csv: ") for p in found)


def test_a_count_of_one_row_is_in_words(copy: Path):
    for path in [*copy.glob("*.parquet"), *copy.glob("*s.json")]:
        path.unlink()
    path = copy / "programs.csv"
    path.write_text("".join(path.read_text(encoding="utf-8").splitlines(True)[:2]), "utf-8")

    result = validate(copy)

    assert result.exit_code == ExitCode.INVALID
    assert "programs.csv: 1 row, datapackage.json says 3" in problems(result)
    assert "  programs        1 row" in result.stdout.splitlines()


def test_one_byte_changed_in_a_parquet_file(copy: Path):
    path = copy / "offices.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))

    result = validate(copy)

    assert result.exit_code == ExitCode.INVALID
    found = problems(result)
    assert any(p.startswith("offices.parquet: SHA-256 ") and SUMS_FILE in p for p in found)
    assert any(p.startswith("offices.parquet: SHA-256 ") and "datapackage.json" in p for p in found)
    assert all(p.startswith("offices.parquet: ") for p in found)


def test_a_parquet_file_that_no_longer_decodes(copy: Path):
    path = copy / "acronyms.parquet"
    path.write_bytes(path.read_bytes()[:-10])
    found = problems(validate(copy))
    assert any(p.startswith("acronyms.parquet: cannot be read as parquet (") for p in found)


def test_a_copy_of_one_format_is_valid_and_skips_the_absent_files(copy: Path):
    for path in [*copy.glob("*.csv"), *copy.glob("*s.json"), copy / "datapackage.json"]:
        path.unlink()
    result = validate(copy)
    assert result.exit_code == 0, result.output
    assert f"{copy}: checked parquet" in result.stdout
    n_files = len([p for p in copy.rglob("*") if p.is_file()]) - 1
    absent = 2 * len(TABLES) + 1  # each table's CSV and JSON, and datapackage.json
    listed = n_files + absent
    assert (
        f"SHA256SUMS: {n_files} of {listed} listed files present, all match ({absent} absent, "
        "skipped)"
    ) in result.stdout
    assert "no datapackage.json" in result.stdout


def test_a_partial_copy_counts_its_files_against_the_listing_not_against_themselves(copy: Path):
    """ "6 of 6 listed files match (23 absent, skipped)" read as if 6 files were listed: the
    note says how many of the listed files are present, then how many of those match."""
    listed = len([p for p in copy.rglob("*") if p.is_file()]) - 1  # all but SHA256SUMS
    for path in [*copy.glob("*.parquet"), *copy.glob("*s.json")]:
        path.unlink()
    absent = 2 * len(TABLES)
    (copy / "offices.csv").write_bytes((copy / "offices.csv").read_bytes() + b"\n")
    result = validate(copy)
    present = listed - absent
    assert (
        f"SHA256SUMS: {present} of {listed} listed files present, {present - 1} match "
        f"({absent} absent, skipped)"
    ) in result.stdout, result.output
    assert f"{present - 1} of {present - 1} listed" not in result.stdout


def test_a_format_with_a_table_missing(copy: Path):
    (copy / "programs.json").unlink()
    found = problems(validate(copy))
    assert found == ["programs.json: missing (other json files are present)"]


def test_a_file_not_listed_in_the_sums_is_noted_not_failed(copy: Path):
    (copy / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = validate(copy)
    assert result.exit_code == 0
    assert "not in SHA256SUMS (not checked): notes.txt" in result.stdout


def test_a_malformed_sums_file(copy: Path):
    (copy / SUMS_FILE).write_text("not a digest  offices.csv\n", encoding="utf-8")
    check = verify_folder(copy)
    assert [str(p) for p in check.problems] == [
        "SHA256SUMS: line 1 is not a sha256sum line (digest, two spaces, path)"
    ]


def test_nothing_to_validate_is_bad_input(tmp_path: Path):
    assert validate(tmp_path / "missing").exit_code == ExitCode.BAD_INPUT
    result = validate(tmp_path)
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "not a published dataset" in result.stderr


def test_a_package_resource_outside_the_folder_is_refused(copy: Path):
    path = copy / "datapackage.json"
    text = path.read_text(encoding="utf-8").replace('"path": "org_chart.svg"', '"path": "../x"')
    path.write_text(text, encoding="utf-8")
    found = [str(p) for p in verify_folder(copy).problems]
    assert "datapackage.json: resource path '../x' leaves the folder" in found


def test_a_row_moved_out_of_order_is_named_by_its_place_in_the_file(copy: Path):
    """Rows are validated in the tables' canonical order and paired across formats by their
    key, but a failure names the row a reader finds in the file: an edit that moves a row in
    that order keeps its own row number, in the comparison with the sound format too."""
    path = copy / "offices.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    last = lines[-1].rstrip("\n").split(",")
    last[header.index("unit_type")] = "castle"
    last[header.index("char_start")] = "0"  # first in the canonical order, last in the file
    path.write_text("".join([*lines[:-1], ",".join(last) + "\n"]), encoding="utf-8")

    found = problems(validate(copy))

    row = len(lines) - 1  # the data row the edited line holds, counting from 1
    castle = [p for p in found if 'unit_type = "castle"' in p]
    assert len(castle) == 2 and all(p.startswith(f"offices.csv: row {row} [") for p in castle), (
        found
    )
    assert castle[0].endswith(
        '] unit_type = "castle": must be one of agency, leadership, office, directorate,'
        " program, other (isin)"
    )
    assert castle[1].endswith(f'] unit_type = "castle": offices.parquet row {row} has "office"')
    assert any(
        p.startswith(f"offices.csv: row {row} [")
        and f"] char_start = 0: offices.parquet row {row} has " in p
        for p in found
    ), found


@pytest.mark.parametrize(
    ("check", "words"),
    [
        ("isin(['a', 'b'])", "must be one of a, b (isin)"),
        ("str_length(1, 4000)", "must be 1 to 4000 characters long (str_length)"),
        ("str_length(None, 80)", "must be at most 80 characters long (str_length)"),
        ("greater_than_or_equal_to(0)", "must be at least 0 (greater_than_or_equal_to)"),
        ("not_nullable", "must not be empty (not_nullable)"),
        ("field_uniqueness", "must be unique (field_uniqueness)"),
        ("parent_id_resolves", "parent_id_resolves"),
    ],
)
def test_in_words_a_built_in_check_says_what_the_value_must_be(check: str, words: str):
    assert in_words(check) == words
