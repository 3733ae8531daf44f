"""The record of one applied correction: a row of the published ``corrections`` table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CorrectionRow:
    correction_id: str
    source_id: str
    action: str
    row_table: str
    row_id: str
    changes: str
    reason: str
    author: str
    file: str
    line: int
