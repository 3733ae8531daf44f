"""Odd but valid page text: the same page in any encoding or line ending gives the same rows,
and awkward structure (repeated headings, unbalanced parentheses, an acronym defined two
ways, no structure at all) gives a valid dataset or the documented error."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from pipeline.extract.page import NoStructureError, extract_page
from pipeline.extract.records import PageExtraction
from pipeline.sources.loading import scan_sources
from pipeline.sources.records import Source
from pipeline.tables.frames import dataset_frames
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.registry import TABLES
from pipeline.tables.validation import validate_dataset
from tests.pages import ICE_PAGE, read

ROW_TABLES = ("offices", "acronyms", "programs")
CLEAN = read(ICE_PAGE)

VARIANTS = {
    "crlf": CLEAN.replace("\n", "\r\n").encode("utf-8"),
    "cr": CLEAN.replace("\n", "\r").encode("utf-8"),
    "bom": ("\ufeff" + CLEAN).encode("utf-8"),
    "no-break-spaces": CLEAN.replace(" ", "\u00a0").encode("utf-8"),
    "narrow-no-break-spaces": CLEAN.replace(" ", "\u202f").encode("utf-8"),
    "cp1252": CLEAN.encode("cp1252"),
    "cp1252-crlf-bomless": CLEAN.replace("\n", "\r\n").encode("cp1252"),
    "utf16-bom": CLEAN.encode("utf-16"),
    "all-at-once": ("\ufeff" + CLEAN.replace(" ", "\u00a0").replace("\n", "\r\n")).encode(),
}


def loaded(folder: Path, data: bytes) -> tuple[Source, PageExtraction]:
    folder.mkdir()
    (folder / "offices_within_ice.txt").write_bytes(data)
    scan = scan_sources(folder)
    (source,) = scan.sources
    return source, extract_page(source.source_id, source.text, source.agency)


def dataset(source: Source, extraction: PageExtraction) -> dict[str, pd.DataFrame]:
    return dataset_frames(ExtractedPages([source], [extraction], []))


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Source, PageExtraction]:
    return loaded(tmp_path_factory.mktemp("clean") / "raw", CLEAN.encode("utf-8"))


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_ice_page_variants_give_the_same_published_rows(
    tmp_path: Path, clean: tuple[Source, PageExtraction], variant: str
) -> None:
    data = VARIANTS[variant]
    source, extraction = loaded(tmp_path / "raw", data)
    assert source.text == clean[0].text
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    ours, theirs = dataset(source, extraction), dataset(*clean)
    for table in ROW_TABLES:
        assert ours[table].equals(theirs[table]), table
    assert ours["sources"].drop(columns="sha256").equals(theirs["sources"].drop(columns="sha256"))
    assert len(ours["offices"]) == 16


def valid(text: str) -> PageExtraction:
    """Extract ``text`` and check the dataset it would publish passes every table model."""
    source = Source("page", "page.txt", "0" * 64, None, None, None, None, None, len(text), text)
    extraction = extract_page("page", text)
    results = validate_dataset(dataset(source, extraction))
    assert [(r.table, r.n_failures) for r in results if not r.ok] == []
    assert [r.table for r in results] == list(TABLES)
    return extraction


def test_a_heading_repeated_gets_a_second_unique_id() -> None:
    text = CLEAN + "\n\nPolicy\n\nThe Office of Policy also writes guidance.\n"
    offices = valid(text).offices
    ids = [o.office_id for o in offices if o.name == "Office of Policy"]
    assert ids == ["page:office-of-policy", "page:office-of-policy-2"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Congressional Relations (OCR)\n", "Congressional Relations (OCR\n"),
        ("Security (DHS)", "Security (DHS"),
        ("(OCR)", "OCR)"),
        ("Enforcement (ICE)", "Enforcement ((ICE)"),
    ],
    ids=["heading-unclosed", "intro-unclosed", "every-ocr-unopened", "doubled-open"],
)
def test_unbalanced_parentheses_still_give_a_valid_dataset(old: str, new: str) -> None:
    assert old in CLEAN
    offices = valid(CLEAN.replace(old, new)).offices
    assert len(offices) == 16


def test_an_acronym_defined_two_ways_links_each_to_its_office() -> None:
    text = CLEAN + "\n\nCivil Rights\n\nThe Office of Civil Rights (OCR) protects rights.\n"
    extraction = valid(text)
    links = sorted((a.expansion, a.office_id) for a in extraction.acronyms if a.acronym == "OCR")
    assert links == [
        ("Office of Civil Rights", "page:office-of-civil-rights"),
        ("Office of Congressional Relations", "page:office-of-congressional-relations"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hello. This page is only prose, with no headings and no unit names.\n",
        "Title only\n",
        "(((\n\n)))\n\n:::\n",
        "A\n\nB\n\nC\n",
    ],
)
def test_a_page_without_structure_raises_the_documented_error(text: str) -> None:
    with pytest.raises(NoStructureError, match="no organizational units found"):
        extract_page("page", text)


def test_fuzz_finding_a_heading_that_is_only_an_acronym_names_its_expansion() -> None:
    """Found by the fuzz campaign: a heading "(OI)" gave an office with an empty name."""
    text = (
        "Agency Title\n\nThe Example Agency (EA) has offices.\n\nPolicy\n\n"
        "The Office of Policy writes policy.\n\n(OI)\n\nThe Office of Investigations (OI) acts.\n"
    )
    offices = valid(text).offices
    assert [(o.name, o.acronym, o.heading) for o in offices[-1:]] == [
        ("Office of Investigations", "OI", "(OI)")
    ]


def test_fuzz_finding_a_program_is_never_its_own_parent() -> None:
    """Found by the fuzz campaign: "Office Program part of the Office" made a program its own
    parent. (A name worded as a unit is no longer a program, so the case is a widget now.)"""
    programs = valid("Offices\n\nThe Widget Program part of the Widget.\n\nOffice").programs
    assert [(p.name, p.parent_program_id) for p in programs] == [("Widget Program", None)]
