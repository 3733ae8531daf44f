"""Bad input on the command line: one line per problem, the documented exit code, no
traceback, and a previous release never replaced by a partial or empty one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from corruptions import snapshot

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from pipeline.publish.publisher import read_published
from pipeline.tables.validation import validate_dataset
from tests.pages import DATA, ICE_PAGE, read

NO_STRUCTURE = "Hello.\n\nThis page is only prose, with no headings and no unit names.\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "dagster_home"
    monkeypatch.setenv("DAGSTER_HOME", str(path))
    return path


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """The ICE page as ``ice.txt``, with its ``sources.json`` entry (so it has its as-of date)."""
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(ICE_PAGE, folder / "ice.txt")
    write_ice_entry(folder)
    return folder


def write_ice_entry(folder: Path, **changes: str) -> None:
    """``sources.json`` with the ICE page's real entry for ``ice.txt``, ``changes`` applied."""
    entries = json.loads((ICE_PAGE.parent / "sources.json").read_text(encoding="utf-8"))
    (ice,) = (entry for entry in entries if entry["file"] == ICE_PAGE.name)
    entry = {**ice, "file": "ice.txt", **changes}
    (folder / "sources.json").write_text(json.dumps([entry]), encoding="utf-8")


def undated(raw: Path, name: str) -> str:
    """The warning for a page of ``raw`` published without an as-of date."""
    return (
        f"warning: {raw / name}: no as-of date; give it one in {raw / 'sources.json'}"
        ' ("as_of": "YYYY-MM-DD" in its entry, or an archive_url with the capture\'s'
        " 14-digit timestamp)"
    )


def add_bad_pages(raw: Path, outside: Path) -> list[str]:
    """Write one page of each kind of problem; the expected line for each, in file order."""
    (raw / "a empty.txt").write_bytes(b"")
    (raw / "b scan.txt").write_bytes(b"%PDF-1.4\n")
    (raw / "c nul.txt").write_bytes(b"Offices\x00of the agency\n")
    outside.write_text("secret\n", encoding="utf-8")
    (raw / "d link.txt").symlink_to(outside)
    (raw / "e prose.txt").write_text(NO_STRUCTURE, encoding="utf-8")
    return [
        f"{raw / 'a empty.txt'}: file is empty",
        f"{raw / 'b scan.txt'}: binary file (a PDF document), not a text page",
        f"{raw / 'c nul.txt'}: contains NUL bytes (first at byte 7); binary or damaged",
        f"{raw / 'd link.txt'}: symbolic link to {outside}, outside the raw folder; refused",
        f"{raw / 'e prose.txt'}: no organizational units found (no headings or unit names)",
    ]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_bad_pages_are_each_listed_and_nothing_is_published(
    raw: Path, tmp_path: Path, home: Path
) -> None:
    out = tmp_path / "out"
    assert invoke("build", "--raw", str(raw), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    expected = add_bad_pages(raw, tmp_path / "secret.txt")

    result = invoke("build", "--raw", str(raw), "--out", str(out))

    assert result.exit_code == ExitCode.BAD_INPUT
    no_traceback(result)
    assert result.stderr.splitlines() == [
        *expected,
        "error: 5 of 6 pages cannot be used (listed above); nothing was published"
        " (--skip-bad publishes the other 1)",
    ]
    assert result.stdout == ""
    assert snapshot(out) == before


def test_skip_bad_publishes_the_rest_and_exits_5(raw: Path, tmp_path: Path, home: Path) -> None:
    out = tmp_path / "out"
    expected = add_bad_pages(raw, tmp_path / "secret.txt")

    result = invoke("build", "--raw", str(raw), "--out", str(out), "--skip-bad")

    assert result.exit_code == ExitCode.SKIPPED_SOURCES
    no_traceback(result)
    assert result.stdout.startswith(f"Published to {out}\n")
    assert result.stderr.splitlines() == [
        *(f"skipped: {line}" for line in expected),
        "warning: published without 5 pages that cannot be used (listed above)",
    ]
    assert "error:" not in result.stderr  # it published: a warning and exit 5, not an error
    tables = read_published(out)
    assert list(tables["sources"]["path"]) == ["ice.txt"]
    assert len(tables["offices"]) == 16
    assert all(r.ok for r in validate_dataset(tables))


def test_skip_bad_never_publishes_an_empty_dataset(tmp_path: Path, home: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "prose.txt").write_text(NO_STRUCTURE, encoding="utf-8")
    result = invoke("build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--skip-bad")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.splitlines() == [
        f"error: {raw / 'prose.txt'}: no organizational units found (no headings or unit names)"
        "; nothing was published (no usable page is left)"
    ]
    assert not (tmp_path / "out").exists()


ACRONYMS_ONLY = "Lantern Fact Sheet\n\nKeepers follow the rules of the Wick Trimmers Guild (WTG).\n"


def test_a_page_with_acronyms_but_no_units_is_published_with_a_warning(
    raw: Path, tmp_path: Path, home: Path
) -> None:
    out = tmp_path / "out"
    (raw / "sheet.txt").write_text(ACRONYMS_ONLY, encoding="utf-8")
    result = invoke("build", "--raw", str(raw), "--out", str(out))
    assert result.exit_code == ExitCode.OK
    no_traceback(result)
    assert result.stderr.splitlines() == [
        undated(raw, "sheet.txt"),
        f"warning: {raw / 'sheet.txt'}: no organizational units found; only its 1 acronym"
        " definition(s) are published",
    ]
    tables = read_published(out)
    assert sorted(tables["sources"]["path"]) == ["ice.txt", "sheet.txt"]
    sheet = tables["acronyms"][tables["acronyms"]["source_id"] == "sheet"]
    assert list(sheet["acronym"]) == ["WTG"] and sheet["office_id"].isna().all()
    assert (tables["offices"]["source_id"] != "sheet").all()
    assert all(r.ok for r in validate_dataset(tables))


def test_size_limit_option(raw: Path, tmp_path: Path, home: Path) -> None:
    size = (raw / "ice.txt").stat().st_size
    result = invoke(
        "build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--max-bytes", "1000"
    )
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.splitlines() == [
        f"error: {raw / 'ice.txt'}: {size} bytes, over the limit of 1000 bytes (raise it with"
        " --max-bytes); nothing was published (no usable page is left)"
    ]
    zero = invoke("build", "--raw", str(raw), "--max-bytes", "0")
    assert zero.exit_code == ExitCode.BAD_INPUT and "--max-bytes" in zero.stderr


def test_warnings_are_printed_and_the_build_succeeds(raw: Path, tmp_path: Path, home: Path) -> None:
    (raw / "ice.txt").write_bytes(read(ICE_PAGE).encode("cp1252"))
    html = (DATA / "html" / "offices_within_ice.html").read_bytes()
    (raw / "saved page.txt").write_bytes(html)
    out = tmp_path / "out"

    result = invoke("build", "--raw", str(raw), "--out", str(out))

    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr.splitlines() == [
        f"warning: {raw / 'ice.txt'}: not UTF-8; read as Windows-1252 (non-ASCII characters: – ’)",
        f"warning: {raw / 'saved page.txt'}: looks like HTML, not plain text; rendered as HTML",
        undated(raw, "saved page.txt"),
    ]
    offices = read_published(out)["offices"]
    names = {
        sid: sorted(offices.loc[offices.source_id == sid, "name"]) for sid in ("ice", "saved_page")
    }
    assert names["ice"] == names["saved_page"] and len(names["ice"]) == 16


def test_out_that_is_a_file_or_another_folder_is_refused(
    raw: Path, tmp_path: Path, home: Path
) -> None:
    a_file = tmp_path / "outputs"
    a_file.write_text("keep me\n", encoding="utf-8")
    result = invoke("build", "--raw", str(raw), "--out", str(a_file))
    assert result.exit_code == ExitCode.PUBLISH_FAILED
    assert result.stderr.splitlines() == [f"error: {a_file}: exists and is not a folder"]
    assert a_file.read_text(encoding="utf-8") == "keep me\n"

    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "thesis.tex").write_text("years of work\n", encoding="utf-8")
    result = invoke("build", "--raw", str(raw), "--out", str(documents))
    assert result.exit_code == ExitCode.PUBLISH_FAILED
    assert result.stderr.splitlines() == [
        f"error: {documents}: not empty and not an earlier release; refusing to replace it"
        " (publish into an empty or new folder)"
    ]
    assert snapshot(documents) == {"thesis.tex": b"years of work\n"}


def test_read_only_out_is_refused(
    raw: Path, tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert invoke("build", "--raw", str(raw), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    real_access = os.access
    # Tests may run as root, for whom chmod does not bite; fake what access() would say.
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: not (Path(p) == out and mode & os.W_OK) and real_access(p, mode),
    )
    result = invoke("build", "--raw", str(raw), "--out", str(out))
    assert result.exit_code == ExitCode.PUBLISH_FAILED
    assert result.stderr.splitlines() == [f"error: {out}: folder is read-only"]
    assert snapshot(out) == before


def ice_offices() -> str:
    script = Path(sys.executable).parent / "ice-offices"
    return str(script) if script.exists() else shutil.which("ice-offices") or "ice-offices"


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    return subprocess.run(
        [ice_offices(), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_real_command_never_prints_a_traceback(raw: Path, tmp_path: Path, home: Path) -> None:
    """Every kind of bad input at once, through the installed command, in a subprocess."""
    expected = add_bad_pages(raw, tmp_path / "secret.txt")
    (raw / "f latin.txt").write_bytes(b"caf\x81\n")
    (raw / "g big.txt").write_bytes(b"x" * 6 * 1024 * 1024)
    odd_name = os.fsencode(raw) + b"/h \xff$(id);.txt"
    Path(os.fsdecode(odd_name)).write_bytes(b"Offices\n")
    (raw / "i.html").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    out = tmp_path / "out"

    built = run("build", "--raw", str(raw), "--out", str(out), home=home)
    missing = run("build", "--raw", str(tmp_path / "nowhere"), "--out", str(out), home=home)
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "offices.parquet").write_bytes(b"not parquet")
    checked = run("validate", str(garbage), home=home)

    for result in (built, missing, checked):
        assert "Traceback" not in result.stderr + result.stdout
    assert built.returncode == missing.returncode == ExitCode.BAD_INPUT
    assert checked.returncode in (ExitCode.INVALID, ExitCode.BAD_INPUT)
    lines = built.stderr.splitlines()
    assert lines[:5] == expected
    assert lines[5].startswith(f"{raw / 'f latin.txt'}: not UTF-8 (byte 0x81 at offset 3)")
    assert lines[6] == (
        f"{raw / 'g big.txt'}: 6291456 bytes, over the limit of 5242880 bytes"
        " (raise it with --max-bytes)"
    )
    assert lines[7] == f"{raw}/h \\xff$(id);.txt: file name is not valid UTF-8; rename the file"
    assert lines[8] == f"{raw / 'i.html'}: HTML page has no text content"
    assert lines[9].startswith("error: 9 of 10 pages cannot be used (listed above)")
    assert len(lines) == 10
    assert not out.exists()
    assert missing.stderr == f"error: {tmp_path / 'nowhere'}: raw folder not found\n"
    errors = [line for line in checked.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and str(garbage) in errors[0]


ICE_ARCHIVE = (
    "https://webarchive.library.unt.edu/eot2008/20090511173959/"
    "http://www.ice.gov/about/operations.htm"
)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        (
            {"url": "www.ice.gov/about"},
            r"ice.txt: url: must be a web address matching https?://\S+, got 'www.ice.gov/about'",
        ),
        (
            {"archive_url": "ftp://x"},
            r"ice.txt: archive_url: must be a web address matching https?://\S+, got 'ftp://x'",
        ),
        (
            {"as_of": "2109-05-11"},
            "ice.txt: as_of: 2109-05-11 is after 2009-05-11, the capture date in archive_url; a"
            " page cannot describe a date after it was captured",
        ),
        (
            {"file": "r_missing.txt"},
            "describes missing files ['r_missing.txt']",
        ),
    ],
    ids=["url", "archive_url", "as_of-after-capture", "missing-file"],
)
def test_a_bad_sources_json_value_is_bad_input_naming_the_file(
    raw: Path, tmp_path: Path, home: Path, changes: dict[str, str], problem: str
) -> None:
    """Before: the loader took these, and the build failed validation (exit 1) with a report
    that named neither ``sources.json`` nor the file ("row 0 [offices_within_ice] url")."""
    out = tmp_path / "out"
    assert invoke("build", "--raw", str(raw), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    write_ice_entry(raw, **changes)

    result = invoke("build", "--raw", str(raw), "--out", str(out))

    assert result.exit_code == ExitCode.BAD_INPUT
    no_traceback(result)
    assert result.stderr.splitlines() == [f"error: {raw / 'sources.json'}: {problem}"]
    assert snapshot(out) == before


@pytest.mark.parametrize("pages", [["ice.txt"], []], ids=["with-a-page", "only-page-missing"])
def test_a_missing_listed_file_is_reported_the_same_way_whatever_else_is_there(
    raw: Path, tmp_path: Path, home: Path, pages: list[str]
) -> None:
    """Before: when the missing file was the only page, the error was the folder's ``no .txt
    or .html pages to load``, without a word about ``sources.json``."""
    if not pages:
        (raw / "ice.txt").unlink()
    (raw / "sources.json").write_text('[{"file": "r_missing.txt"}]', encoding="utf-8")

    result = invoke("build", "--raw", str(raw), "--out", str(tmp_path / "out"))

    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.splitlines() == [
        f"error: {raw / 'sources.json'}: describes missing files ['r_missing.txt']"
    ]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "sources_json",
    [None, "[]", '[{"file": "ice.txt", "url": "http://www.ice.gov/about/operations.htm"}]'],
    ids=["no-sources-json", "empty-list", "entry-without-as_of"],
)
def test_a_page_without_an_as_of_date_is_published_with_a_warning(
    raw: Path, tmp_path: Path, home: Path, sources_json: str | None
) -> None:
    """Before: published with as_of null and not a word on stderr."""
    if sources_json is None:
        (raw / "sources.json").unlink()
    else:
        (raw / "sources.json").write_text(sources_json, encoding="utf-8")
    out = tmp_path / "out"

    result = invoke("build", "--raw", str(raw), "--out", str(out))

    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr.splitlines() == [undated(raw, "ice.txt")]
    assert read_published(out)["sources"]["as_of"].isna().all()


def test_a_page_dated_by_its_archive_url_alone_gets_no_warning(
    raw: Path, tmp_path: Path, home: Path
) -> None:
    (raw / "sources.json").write_text(
        json.dumps([{"file": "ice.txt", "archive_url": ICE_ARCHIVE}]), encoding="utf-8"
    )
    out = tmp_path / "out"

    result = invoke("build", "--raw", str(raw), "--out", str(out))

    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr == ""
    assert list(read_published(out)["sources"]["as_of"]) == ["2009-05-11"]
