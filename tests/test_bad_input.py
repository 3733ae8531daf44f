"""Bad raw files: each is refused (or read, with a warning) with one line naming the file.

Every case here is listed in docs/robustness.md with what the user sees.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from pipeline.sources.errors import SourceError
from pipeline.sources.files import shown
from pipeline.sources.loading import load_sources, scan_sources, source_id_for
from pipeline.sources.policy import enforce
from pipeline.sources.records import SkippedSource
from pipeline.text.hints import Hint
from tests.pages import DATA, ICE_PAGE, read

GOOD = "Offices\n\nThe Example Agency (EA) has offices.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def only_problem(folder: Path, **kwargs: int) -> str:
    """The one skipped file's reason, checked to be one line naming the file."""
    scan = scan_sources(folder, **kwargs)
    (skipped,) = scan.skipped
    assert "\n" not in skipped.reason
    assert skipped.reason.startswith(shown(folder / skipped.path) + ": ")
    assert [s.path for s in scan.sources] == ["good.txt"]
    return skipped.reason


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    write(folder, "good.txt", GOOD)
    return folder


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "file is empty"),
        (b" \r\n\t\n", "file has only whitespace"),
        (b"%PDF-1.7\n%binary", "binary file (a PDF document), not a text page"),
        (
            b"PK\x03\x04\x14\x00",
            "binary file (a ZIP archive (or a Word/Excel file)), not a text page",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image), not a text page"),
        (
            b"Offices\x00\x00\x00of the agency",
            "contains NUL bytes (first at byte 7); binary or damaged",
        ),
        (
            bytes(range(1, 32)) * 4 + b"text",
            "binary file (104 control characters), not a text page",
        ),
        (
            b"caf\x81 ok",
            "not UTF-8 (byte 0x81 at offset 3), nor Windows-1252 (byte 0x81 at offset 3)",
        ),
        ("caf\u00e9 ".encode() + b"na\xefve", "but has UTF-8 sequences too (at offset 3): mixed"),
        (
            b"\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0",
            "not plausibly Windows-1252 (9 of 9 letters",
        ),  # Russian, cp1251
        (b"\xff\xfeA\x00\x00\xd8", "has a UTF-16 byte-order mark but is not valid UTF-16"),
        (b"<html><body><nav>Menu</nav></body></html>", "HTML page has no text content"),
    ],
    ids=[
        "empty",
        "whitespace",
        "pdf",
        "zip",
        "png",
        "nul",
        "controls",
        "undefined-cp1252",
        "mixed-utf8",
        "cyrillic-cp1251",
        "bad-utf16",
        "html-without-text",
    ],
)
def test_a_bad_file_is_skipped_with_one_line(raw: Path, data: bytes, problem: str) -> None:
    write(raw, "bad page.txt", data)
    assert problem in only_problem(raw)


def test_size_limit_is_checked_before_reading(raw: Path) -> None:
    write(raw, "big.txt", "x" * 101)
    write(raw, "fits.txt", "Title\n" + "y" * 94)  # 100 bytes: at the limit is fine
    scan = scan_sources(raw, max_bytes=100)
    assert [s.path for s in scan.sources] == ["fits.txt", "good.txt"]
    (skipped,) = scan.skipped
    assert skipped.reason == (
        f"{raw / 'big.txt'}: 101 bytes, over the limit of 100 bytes (raise it with --max-bytes)"
    )
    assert len(scan_sources(raw).sources) == 3  # the default limit is 5 MiB


def test_symlink_out_of_the_raw_folder_is_refused(raw: Path, tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "Private\n\nNot for publishing.\n")
    (raw / "link.txt").symlink_to(secret)
    reason = only_problem(raw)
    assert (
        reason == f"{raw / 'link.txt'}: symbolic link to {secret}, outside the raw folder; refused"
    )


def test_symlink_inside_the_raw_folder_is_read(raw: Path) -> None:
    (raw / "sub").mkdir()
    write(raw / "sub", "page.data", GOOD)
    (raw / "alias.txt").symlink_to(raw / "sub" / "page.data")
    scan = scan_sources(raw)
    assert [s.path for s in scan.sources] == ["alias.txt", "good.txt"]
    assert scan.sources[0].text == GOOD


def test_broken_symlink_and_named_pipe_are_refused(raw: Path, tmp_path: Path) -> None:
    (raw / "dangling.txt").symlink_to(raw / "gone.txt")
    os.mkfifo(raw / "pipe.txt")
    scan = scan_sources(raw)
    assert [s.reason for s in scan.skipped] == [
        f"{raw / 'dangling.txt'}: broken symbolic link",
        f"{raw / 'pipe.txt'}: not a regular file",
    ]


def test_folders_hidden_files_and_other_suffixes_are_not_pages(raw: Path) -> None:
    (raw / "folder.txt").mkdir()
    write(raw, ".page.txt.swp", "x")
    write(raw, ".hidden.txt", GOOD)
    write(raw, "notes.md", GOOD)
    scan = scan_sources(raw)
    assert ([s.path for s in scan.sources], scan.skipped) == (["good.txt"], [])


@pytest.mark.parametrize(
    ("name", "source_id"),
    [
        ("Offices Within ICE.txt", "offices_within_ice"),
        ("$(rm -rf ~); echo `id` | cat > x & y.txt", "rm_rf_echo_id_cat_x_y"),
        ("Oficinas de Aduanas – Dirección.txt", "oficinas_de_aduanas_direccion"),
        ("Ämter für Zölle.html", "amter_fur_zolle"),
        ("-n.txt", "n"),
        ("line\nbreak.txt", "line_break"),
    ],
)
def test_odd_file_names_give_safe_stable_ids(raw: Path, name: str, source_id: str) -> None:
    write(raw, name, GOOD)
    scan = scan_sources(raw)
    (source,) = [s for s in scan.sources if s.path == name]
    assert source.source_id == source_id == source_id_for(Path(name))
    assert scan.skipped == []


def test_a_name_without_ascii_gets_a_digest_id_and_a_warning(raw: Path) -> None:
    write(raw, "事務所.txt", GOOD)
    scan = scan_sources(raw)
    source = next(s for s in scan.sources if s.path == "事務所.txt")
    digest = hashlib.sha256("事務所.txt".encode()).hexdigest()[:12]
    assert source.source_id == f"page_{digest}"
    assert scan.warnings == [
        f"{raw / '事務所.txt'}: no ASCII letter or digit in the file name; source id page_{digest}"
    ]


def test_a_file_name_that_is_not_utf8_is_refused_on_one_line(raw: Path) -> None:
    path = os.fsencode(raw) + b"/caf\xe9\nx.txt"
    Path(os.fsdecode(path)).write_bytes(GOOD.encode())
    reason = only_problem(raw)
    assert reason == f"{raw}/caf\\xe9\\nx.txt: file name is not valid UTF-8; rename the file"


def test_windows_1252_page_is_read_with_a_warning(raw: Path) -> None:
    data = read(ICE_PAGE).encode("cp1252")
    write(raw, "ice.txt", data)
    scan = scan_sources(raw)
    assert scan.skipped == []
    assert scan.warnings == [
        f"{raw / 'ice.txt'}: not UTF-8; read as Windows-1252 (non-ASCII characters: – ’)"
    ]
    ice = next(s for s in scan.sources if s.path == "ice.txt")
    assert ice.text == read(ICE_PAGE)
    assert ice.sha256 == hashlib.sha256(data).hexdigest()


def test_latin1_page_is_read_with_a_warning(raw: Path) -> None:
    write(raw, "fr.txt", "Bureau des opérations à l'étranger\n\nLe bureau.\n".encode("latin-1"))
    scan = scan_sources(raw)
    assert scan.warnings == [
        f"{raw / 'fr.txt'}: not UTF-8; read as Latin-1 (non-ASCII characters: à é)"
    ]
    assert scan.sources[0].text.startswith("Bureau des opérations à l'étranger")


def test_utf16_page_is_read_with_a_warning(raw: Path) -> None:
    write(raw, "wide.txt", GOOD.encode("utf-16"))
    scan = scan_sources(raw)
    assert scan.warnings == [f"{raw / 'wide.txt'}: read as UTF-16 (byte-order mark)"]
    assert next(s for s in scan.sources if s.path == "wide.txt").text == GOOD


def test_utf8_bom_and_line_endings_are_normalized_silently(raw: Path) -> None:
    write(raw, "bom.txt", "\ufeff" + GOOD.replace("\n", "\r\n"))
    write(raw, "mac.txt", GOOD.replace("\n", "\r"))
    scan = scan_sources(raw)
    assert scan.warnings == [] and scan.skipped == []
    assert {s.text for s in scan.sources} == {GOOD}


def test_html_file_is_rendered_and_its_hints_kept_beside_the_record(raw: Path) -> None:
    html = (DATA / "html" / "offices_within_ice.html").read_bytes()
    write(raw, "ice.html", html)
    scan = scan_sources(raw)
    ice = next(s for s in scan.sources if s.path == "ice.html")
    assert ice.text.startswith("Offices Within ICE\n\nU.S. Immigration and Customs Enforcement")
    assert "<" not in ice.text
    assert ice.sha256 == hashlib.sha256(html).hexdigest()
    assert scan.hints[ice.source_id][0] == Hint("heading", 1)
    assert "good" not in scan.hints
    assert scan.warnings == []


def test_html_saved_as_txt_is_detected_and_rendered_with_a_warning(raw: Path) -> None:
    html = (DATA / "html" / "offices_within_ice.html").read_text(encoding="utf-8")
    write(raw, "saved.txt", html)
    write(raw, "proper.htm", html)
    scan = scan_sources(raw)
    by_path = {s.path: s for s in scan.sources}
    assert by_path["saved.txt"].text == by_path["proper.htm"].text
    assert scan.hints["saved"] == scan.hints["proper"]
    assert scan.warnings == [
        f"{raw / 'saved.txt'}: looks like HTML, not plain text; rendered as HTML"
    ]


def test_text_that_mentions_tags_is_not_taken_for_html(raw: Path) -> None:
    write(raw, "prose.txt", "Web Office\n\nThe office writes <p> and <div> tags in pages.\n")
    assert scan_sources(raw).warnings == []


def test_scan_reports_every_bad_file_and_load_sources_raises_the_first(raw: Path) -> None:
    write(raw, "a.txt", b"")
    write(raw, "b.txt", b"\x00")
    scan = scan_sources(raw)
    assert [s.path for s in scan.skipped] == ["a.txt", "b.txt"]
    with pytest.raises(SourceError, match=r"a\.txt: file is empty$"):
        load_sources(raw)


def skipped(*names: str) -> list[SkippedSource]:
    return [SkippedSource(name, f"raw/{name}: file is empty") for name in names]


def test_policy_one_bad_page_is_one_line() -> None:
    with pytest.raises(SourceError) as error:
        enforce(skipped("a.txt"), 2, skip_bad=False)
    assert str(error.value) == (
        "raw/a.txt: file is empty; nothing was published (--skip-bad publishes the other 2)"
    )


def test_policy_several_bad_pages_give_a_summary_then_one_line_each() -> None:
    with pytest.raises(SourceError) as error:
        enforce(skipped("a.txt", "b.txt"), 1, skip_bad=False)
    assert str(error.value).splitlines() == [
        "2 of 3 pages cannot be used (listed above); nothing was published"
        " (--skip-bad publishes the other 1)",
        "raw/a.txt: file is empty",
        "raw/b.txt: file is empty",
    ]


def test_policy_skip_bad_publishes_the_rest_but_never_nothing() -> None:
    enforce(skipped("a.txt"), 1, skip_bad=True)
    enforce([], 1, skip_bad=False)
    with pytest.raises(SourceError, match=r"; nothing was published \(no usable page is left\)$"):
        enforce(skipped("a.txt"), 0, skip_bad=True)


def test_an_unreadable_raw_folder_is_one_line(raw: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, for whom chmod does not bite; fake what listing would raise.
    def denied(self: Path):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", denied)
    with pytest.raises(SourceError) as error:
        scan_sources(raw)
    assert str(error.value) == f"{raw}: cannot list the raw folder (Permission denied)"
