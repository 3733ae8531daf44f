"""The pages one build uses, combined: what every published table's rows are drawn from."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pipeline.corrections.records import CorrectionRow
from pipeline.extract.records import PageExtraction
from pipeline.sources.records import SkippedSource, Source
from pipeline.tables.models import AssertedBy

# Table -> primary key of a row -> id of the correction that changed or added it.
Provenance = Mapping[str, Mapping[tuple[Any, ...], str]]


@dataclass(frozen=True)
class ExtractedPages:
    """The pages that gave rows (``sources[i]`` gave ``pages[i]``) and the files skipped;
    once corrected, which rows corrections asserted and the corrections applied."""

    sources: list[Source]
    pages: list[PageExtraction]
    skipped: list[SkippedSource]
    provenance: Provenance = field(default_factory=dict)
    corrections: list[CorrectionRow] = field(default_factory=list)

    def asserted_rows(self, table: str, key: Sequence[str]) -> Iterator[dict[str, Any]]:
        """The records of ``table`` (a :class:`PageExtraction` field) over every page, as
        rows with who asserts each (``asserted_by``, ``correction_id``)."""
        marks = self.provenance.get(table, {})
        for page in self.pages:
            for record in getattr(page, table):
                row = dict(vars(record))
                correction = marks.get(tuple(row[k] for k in key)) if marks else None
                row["asserted_by"] = (
                    AssertedBy.CORRECTION.value if correction else AssertedBy.EXTRACTOR.value
                )
                row["correction_id"] = correction
                yield row


class StoredResult(Protocol):
    """What :class:`PageSet` needs of one document's stored result: its source and records
    (both None for a skipped document)."""

    @property
    def source(self) -> Source | None: ...
    @property
    def extraction(self) -> PageExtraction | None: ...


@dataclass(frozen=True)
class PageSet:
    """The pages of one build, not held in memory: each document's result is read from where
    it is stored when its batch is drawn, so a build holds one batch of pages at a time.

    ``keys`` are the documents that give rows, in source-id order (the canonical order of
    every table); ``corrected`` are the pages corrections changed, by source id, which replace
    the stored extraction; ``provenance`` and ``corrections`` are as in :class:`ExtractedPages`.
    """

    results: Mapping[str, StoredResult]
    keys: tuple[str, ...]
    skipped: list[SkippedSource]
    corrected: Mapping[str, PageExtraction] = field(default_factory=dict)
    provenance: Provenance = field(default_factory=dict)
    corrections: list[CorrectionRow] = field(default_factory=list)
    counts: Mapping[str, int] = field(default_factory=dict)
    """Records of each kind (offices, acronyms, programs) over all pages, for reports."""

    def pages(self, keys: Sequence[str]) -> ExtractedPages:
        """The pages of ``keys`` (corrected where a correction changed them), with the
        corrections of those pages."""
        sources, pages = [], []
        for key in keys:
            result = self.results[key]
            if result.source is None or result.extraction is None:
                raise ValueError(f"document {key}: no extraction stored")
            sources.append(result.source)
            pages.append(self.corrected.get(result.source.source_id, result.extraction))
        ids = {source.source_id for source in sources}
        return ExtractedPages(
            sources=sources,
            pages=pages,
            skipped=[],
            provenance=self.provenance,
            corrections=[c for c in self.corrections if c.source_id in ids],
        )

    def batches(self, size: int) -> Iterator[ExtractedPages]:
        """The pages ``size`` documents at a time, in source-id order."""
        for start in range(0, len(self.keys), size):
            yield self.pages(self.keys[start : start + size])
