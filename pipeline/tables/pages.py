"""The pages one build uses, combined: what every published table's rows are drawn from."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

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
