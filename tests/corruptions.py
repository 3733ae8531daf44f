"""Helpers for the Dagster and CLI tests: the real raw folder, corrupting the extractor's
output in place, and folder snapshots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.extract.page import extract_page
from pipeline.extract.records import PageExtraction

RAW = Path(__file__).resolve().parents[1] / "raw"

Corruption = Callable[[PageExtraction], PageExtraction]


def duplicate_first_office(extraction: PageExtraction) -> PageExtraction:
    """Repeat the first office, so ``office_id`` is no longer unique."""
    return replace(extraction, offices=[*extraction.offices, extraction.offices[0]])


def orphan_an_office(extraction: PageExtraction) -> PageExtraction:
    """Point the first non-root office at a well-formed id that no office has."""
    offices = list(extraction.offices)
    i = next(i for i, office in enumerate(offices) if office.parent_id is not None)
    offices[i] = replace(offices[i], parent_id=f"{offices[i].source_id}:no-such-office")
    return replace(extraction, offices=offices)


def corrupt_extraction(monkeypatch: pytest.MonkeyPatch, corruption: Corruption) -> None:
    """Make the pipeline's extractor return the real extraction, corrupted."""

    def corrupted(*args: object, **kwargs: object) -> PageExtraction:
        return corruption(extract_page(*args, **kwargs))

    monkeypatch.setattr("pipeline.defs.assets.extract_page", corrupted)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove a folder did not change."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
