"""The pages one build uses, combined: what every published table's rows are drawn from."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.records import PageExtraction
from pipeline.sources.records import SkippedSource, Source


@dataclass(frozen=True)
class ExtractedPages:
    """The pages that gave rows (``sources[i]`` gave ``pages[i]``) and the files skipped."""

    sources: list[Source]
    pages: list[PageExtraction]
    skipped: list[SkippedSource]
