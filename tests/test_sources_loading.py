"""Loading raw pages: normalization, metadata, and one-line errors that name the file."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.sources.loading import SourceError, load_sources, source_id_for
from pipeline.sources.metadata import FIELDS
from pipeline.sources.normalize import normalize_text
from pipeline.tables.models import SourcesModel

RAW = Path(__file__).resolve().parents[1] / "raw"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_normalization_rules_and_lengths(tmp_path: Path) -> None:
    data = "\ufeffTitle\r\nA\u00a0B\rC\u202fD\u2007E\n".encode()
    write(tmp_path, "page.txt", data)

    (source,) = load_sources(tmp_path)

    assert source.text == "Title\nA B\nC D E\n"
    assert source.n_chars == len(source.text) == len(data.decode("utf-8")) - 2  # BOM, one CR
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert normalize_text(source.text) == source.text


def test_no_break_spaces_keep_offsets() -> None:
    text = "x\u00a0y\u202fz"
    assert len(normalize_text(text)) == len(text)


def test_defaults_without_metadata(tmp_path: Path) -> None:
    write(tmp_path, "b page.txt", "\n\n  Second Page  \nbody\n")
    write(tmp_path, "A-Page (2010).txt", "First\n")
    write(tmp_path, "notes.md", "ignored\n")

    sources = load_sources(tmp_path)

    assert [s.source_id for s in sources] == ["a_page_2010", "b_page"]
    assert [s.path for s in sources] == ["A-Page (2010).txt", "b page.txt"]
    assert sources[1].title == "Second Page"
    assert (sources[1].url, sources[1].agency) == (None, None)


def test_metadata_file_applies(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", "About\n\nReal title\n")
    meta = [{"file": "page.txt", "title": "Real title", "url": "http://x.test/a", "agency": "Ag"}]
    write(tmp_path, "sources.json", json.dumps(meta))

    (source,) = load_sources(tmp_path)

    assert (source.title, source.url, source.agency) == ("Real title", "http://x.test/a", "Ag")


def test_real_raw_folder_loads_with_its_metadata() -> None:
    pages = sorted(p for p in RAW.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm"))
    sources = load_sources(RAW)

    assert [s.path for s in sources] == [p.name for p in pages]
    ice = next(s for s in sources if s.source_id == "offices_within_ice")
    page = RAW / ice.path
    assert ice.title == "Offices Within ICE"
    assert ice.agency == "U.S. Immigration and Customs Enforcement"
    assert ice.url == "http://www.ice.gov/about/operations.htm"
    assert ice.archive_url == (
        "https://webarchive.library.unt.edu/eot2008/20090511173959/"
        "http://www.ice.gov/about/operations.htm"
    )
    assert ice.as_of == "2009-05-11"
    assert ice.sha256 == hashlib.sha256(page.read_bytes()).hexdigest()
    assert "\r" not in ice.text
    assert "\u00a0" not in ice.text
    assert ice.n_chars == len(ice.text) == len(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("entry", "as_of"),
    [
        (
            {"as_of": "2009-01-20", "archive_url": "https://web.archive.org/web/20090511173959/x"},
            "2009-01-20",
        ),
        (
            {"archive_url": "https://web.archive.org/web/20120306090807id_/http://x.test/"},
            "2012-03-06",
        ),
        (
            {"url": "https://webarchive.library.unt.edu/eot2008/20090511173959/http://x.test/"},
            "2009-05-11",
        ),
        ({"url": "https://x.test/2009/05/11/page"}, None),
        ({"archive_url": "https://web.archive.org/web/20091399000000/x"}, None),
        ({}, None),
    ],
)
def test_as_of_from_metadata_else_archive_timestamp_else_unknown(
    tmp_path: Path, entry: dict, as_of: str | None
) -> None:
    page = write(tmp_path, "page.txt", "Title\n")
    os.utime(page, (1_600_000_000, 1_600_000_000))  # the file's own date is never used
    write(tmp_path, "sources.json", json.dumps([{"file": "page.txt", **entry}]))

    (source,) = load_sources(tmp_path)

    assert source.as_of == as_of


def test_no_metadata_means_no_date(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", "Title\n")
    (source,) = load_sources(tmp_path)
    assert (source.as_of, source.archive_url) == (None, None)


def test_source_id_is_a_stable_slug() -> None:
    assert source_id_for(Path("Offices Within ICE.txt")) == "offices_within_ice"
    assert source_id_for(Path("__ICE--2010__.txt")) == "ice_2010"


def assert_one_line_naming(exc: pytest.ExceptionInfo[SourceError], name: str) -> None:
    message = str(exc.value)
    assert name in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", " \r\n\u00a0\n".encode(), "whitespace"),
        ("undefined.txt", b"caf\x81", "not UTF-8"),
    ],
)
def test_bad_file_errors_name_the_file(tmp_path: Path, name: str, data: bytes, problem: str):
    write(tmp_path, "good.txt", "fine\n")
    write(tmp_path, name, data)

    with pytest.raises(SourceError, match=problem) as exc:
        load_sources(tmp_path)

    assert_one_line_naming(exc, name)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not found") as exc:
        load_sources(tmp_path / "nowhere")
    assert_one_line_naming(exc, "nowhere")


def test_folder_without_pages(tmp_path: Path) -> None:
    write(tmp_path, "page.md", "# x")
    with pytest.raises(SourceError, match=r"no \.txt or \.html pages") as exc:
        load_sources(tmp_path)
    assert_one_line_naming(exc, tmp_path.name)


def test_clashing_source_ids(tmp_path: Path) -> None:
    write(tmp_path, "A page.txt", "one\n")
    write(tmp_path, "a-page.txt", "two\n")
    with pytest.raises(SourceError, match="clashes") as exc:
        load_sources(tmp_path)
    assert_one_line_naming(exc, "a-page.txt")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('[{"file": "page.txt"},]', "not valid JSON"),
        (b'[{"file": "page.txt", "title": "caf\xe9"}]', r"not UTF-8 \(byte 0xe9 at offset 35\)"),
        ('{"file": "page.txt"}', "expected a JSON list"),
        ('[{"file": "page.txt", "colour": "red"}]', "unknown keys"),
        ('[{"title": "no file"}]', "has no 'file'"),
        ('[{"file": "page.txt", "url": 3}]', "must be a non-empty string"),
        ('[{"file": "page.txt", "as_of": "11 May 2009"}]', "as_of: must be a date"),
        ('[{"file": "page.txt", "as_of": "2009-02-30"}]', "as_of: must be a date"),
        ('[{"file": "page.txt"}, {"file": "page.txt"}]', r"listed again in entry 2 \(first in"),
        ('[{"file": "page.txt", "url": "www.x.test/a"}]', "url: must be a web address"),
        ('[{"file": "other.txt"}]', "describes missing files"),
    ],
)
def test_bad_metadata_errors_name_the_file(
    tmp_path: Path, content: str | bytes, problem: str
) -> None:
    write(tmp_path, "page.txt", "fine\n")
    write(tmp_path, "sources.json", content)

    with pytest.raises(SourceError, match=problem) as exc:
        load_sources(tmp_path)

    assert_one_line_naming(exc, "sources.json")


ARCHIVED = "https://webarchive.library.unt.edu/eot2008/20090511173959/http://x.test/about"


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (
            {"url": "www.ice.gov/about"},
            r"url: must be a web address matching https?://\S+, got 'www.ice.gov/about'",
        ),
        (
            {"archive_url": "ftp://x"},
            r"archive_url: must be a web address matching https?://\S+, got 'ftp://x'",
        ),
        (
            {"url": "http://x.test/an about page"},
            r"url: must be a web address matching https?://\S+,"
            " got 'http://x.test/an about page'",
        ),
        (
            {"as_of": "11 May 2009"},
            "as_of: must be a date written YYYY-MM-DD, got '11 May 2009'",
        ),
        ({"title": " "}, "title: must be a non-empty string, got ' '"),
    ],
)
def test_a_value_the_sources_table_refuses_is_refused_naming_sources_json_file_and_field(
    tmp_path: Path, entry: dict, problem: str
) -> None:
    write(tmp_path, "page.txt", "Title\n")
    write(tmp_path, "sources.json", json.dumps([{"file": "page.txt", **entry}]))

    with pytest.raises(SourceError) as exc:
        load_sources(tmp_path)

    assert str(exc.value) == f"{tmp_path / 'sources.json'}: page.txt: {problem}"


def test_an_as_of_after_the_archive_capture_date_is_a_contradiction(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", "Title\n")
    entry = {"file": "page.txt", "as_of": "2109-05-11", "archive_url": ARCHIVED}
    write(tmp_path, "sources.json", json.dumps([entry]))

    with pytest.raises(SourceError) as exc:
        load_sources(tmp_path)

    assert str(exc.value) == (
        f"{tmp_path / 'sources.json'}: page.txt: as_of: 2109-05-11 is after 2009-05-11, the"
        " capture date in archive_url; a page cannot describe a date after it was captured"
    )


@pytest.mark.parametrize("as_of", ["2009-05-11", "2009-05-10", "2001-01-01"])
def test_an_as_of_on_or_before_the_archive_capture_date_is_kept(tmp_path: Path, as_of: str):
    write(tmp_path, "page.txt", "Title\n")
    entry = {"file": "page.txt", "as_of": as_of, "archive_url": ARCHIVED}
    write(tmp_path, "sources.json", json.dumps([entry]))

    (source,) = load_sources(tmp_path)

    assert source.as_of == as_of


@pytest.mark.parametrize(
    "others",
    [{}, {"page.txt": "Title\n"}, {"notes.md": "# x"}],
    ids=["nothing-else", "another-page", "no-page"],
)
def test_a_listed_file_that_is_missing_is_named_whatever_else_is_in_the_folder(
    tmp_path: Path, others: dict[str, str]
) -> None:
    for name, text in others.items():
        write(tmp_path, name, text)
    write(tmp_path, "sources.json", json.dumps([{"file": "r_missing.txt"}]))

    with pytest.raises(SourceError) as exc:
        load_sources(tmp_path)

    assert (
        str(exc.value) == f"{tmp_path / 'sources.json'}: describes missing files ['r_missing.txt']"
    )


def test_a_listed_file_that_is_not_a_page_is_named(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", "Title\n")
    write(tmp_path, "notes.md", "# x")
    write(tmp_path, "sources.json", json.dumps([{"file": "page.txt"}, {"file": "notes.md"}]))

    with pytest.raises(SourceError) as exc:
        load_sources(tmp_path)

    assert str(exc.value) == (
        f"{tmp_path / 'sources.json'}: describes files that are not pages (.txt, .html, .htm):"
        " ['notes.md']"
    )


# Values for each sources.json field that the sources table's column rules accept or refuse.
PROBES = [
    "https://x.test/a",
    "http://x.test/a b",
    "www.x.test/a",
    "ftp://x.test/a",
    "https://",
    "2009-05-11",
    "2009-5-11",
    "11 May 2009",
    "x",
    " ",
]


@pytest.mark.parametrize("field", [f for f in FIELDS if f != "file"])
def test_sources_json_accepts_no_value_the_sources_tables_model_refuses(
    tmp_path: Path, field: str
) -> None:
    """The loader reads its rules from the model's own constants; this ties them: a value
    ``sources.json`` accepts passes that column's checks in ``SourcesModel``."""
    column = SourcesModel.to_schema().columns[field]
    write(tmp_path, "page.txt", "Title\n")
    for value in PROBES:
        write(tmp_path, "sources.json", json.dumps([{"file": "page.txt", field: value}]))
        try:
            load_sources(tmp_path)
        except SourceError:
            continue
        column.validate(pd.DataFrame({field: pd.Series([value], dtype="str")}))
