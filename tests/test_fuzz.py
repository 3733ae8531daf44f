"""Property-based tests: random and mutated page text and bytes never crash the loader or the
extractor (only the documented errors), and every published invariant holds on what they
return. Example counts are modest here; the long campaign is in docs/robustness.md."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fuzzing import PAGES, PROFILE, check_invariants, html_page, made_up_page, mutated_page
from hypothesis import event, given, settings
from hypothesis import strategies as st

from pipeline.extract.page import NoStructureError, extract_page
from pipeline.sources.files import shown
from pipeline.sources.loading import scan_sources
from pipeline.sources.normalize import normalize_text
from pipeline.text.html import render_html

settings.load_profile(PROFILE)


def extract_or_no_structure(text: str, hints: dict[int, str] | None = None) -> None:
    try:
        extraction = extract_page("page", text, hints=hints)
    except NoStructureError:
        event("no structure")
        return
    event("extracted")
    check_invariants(text, extraction)


@given(mutated_page())
def test_mutated_real_pages(text: str) -> None:
    extract_or_no_structure(normalize_text(text))


@given(st.text(max_size=2000) | made_up_page())
def test_random_and_made_up_text(text: str) -> None:
    extract_or_no_structure(normalize_text(text))


@given(html_page())
def test_mutated_html_page_with_its_hints(html: str) -> None:
    rendered = render_html(html)
    extract_or_no_structure(rendered.text, rendered.hints)


@st.composite
def page_bytes(draw: st.DrawFn) -> bytes:
    """A real page (or a piece) in some encoding, with a few bytes overwritten; or any bytes."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=600))
    text = draw(st.sampled_from(PAGES))
    start = draw(st.integers(0, len(text)))
    text = text[start : start + draw(st.integers(0, 3000))]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    data = bytearray(text.encode(encoding, errors="replace"))
    for _ in range(draw(st.integers(0, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@given(page_bytes(), st.sampled_from(["page.txt", "page.html"]))
def test_any_bytes_load_or_are_refused_on_one_line(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder)
        (raw / name).write_bytes(data)
        scan = scan_sources(raw)
        if scan.skipped:
            (skipped,) = scan.skipped
            event(f"refused: {skipped.reason.split(': ', 1)[1].split(' (')[0]}")
            assert "\n" not in skipped.reason
            assert skipped.reason.startswith(f"{shown(raw / name)}: ")
            assert scan.sources == []
            return
        (source,) = scan.sources
        assert normalize_text(source.text) == source.text or source.text.startswith("\ufeff")
        assert source.n_chars == len(source.text) and source.text.strip()
        assert all("\n" not in warning for warning in scan.warnings)
        extract_or_no_structure(source.text, scan.hints.get(source.source_id))
