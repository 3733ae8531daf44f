"""Two sources of one published folder compared as two releases: snapshots of one page.

Several captures of a page (the same URL on different dates) are each their own source, with
their own ids (``<source_id>:<slug>``). To see what changed from one to the other, the rows of
each are taken on their own and their ids moved into one neutral namespace, so the release
diff matches ``office-of-solutions`` to ``office-of-solutions``; the ids it reports are then
put back into each side's own namespace (old rows under the first source, new under the
second).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pandas as pd

from pipeline.release.diff import DatasetDiff, RowChange, RowRef, TableDiff, diff_datasets
from pipeline.tables.models import ROW_ID_PATTERN, anchored
from pipeline.tables.registry import TABLES, table_spec

NEUTRAL = "snapshot"


def id_columns(table: str) -> tuple[str, ...]:
    """The columns of ``table`` that hold row ids (``<source_id>:<slug>``), from the model."""
    pattern = anchored(ROW_ID_PATTERN)
    return tuple(
        name
        for name, column in table_spec(table).model.to_schema().columns.items()
        if any(c.statistics.get("pattern") == pattern for c in column.checks)
    )


def one_source(frames: Mapping[str, pd.DataFrame], source_id: str) -> dict[str, pd.DataFrame]:
    """The rows of ``source_id`` alone, with its ids in the neutral namespace."""
    out = {}
    for table in TABLES:
        df = frames[table]
        df = df[df["source_id"] == source_id].reset_index(drop=True)
        moved = {"source_id": pd.Series(NEUTRAL, index=df.index, dtype=df["source_id"].dtype)}
        for column in id_columns(table):
            if column in df.columns:
                moved[column] = df[column].str.replace(
                    f"{source_id}:", f"{NEUTRAL}:", n=1, regex=False
                )
        out[table] = df.assign(**moved)
    return out


def diff_sources(frames: Mapping[str, pd.DataFrame], old: str, new: str) -> DatasetDiff:
    """What changed from source ``old`` to source ``new`` of one folder's ``frames``."""
    result = diff_datasets(one_source(frames, old), one_source(frames, new))
    return DatasetDiff(tuple(_named(t, old, new) for t in result.tables))


def _named(table: TableDiff, old: str, new: str) -> TableDiff:
    return TableDiff(
        table=table.table,
        added=tuple(_ref(r, new) for r in table.added),
        removed=tuple(_ref(r, old) for r in table.removed),
        changed=tuple(_change(c, old, new) for c in table.changed),
    )


def _ref(ref: RowRef, source_id: str) -> RowRef:
    return replace(ref, id=_back(ref.id, source_id))


def _change(change: RowChange, old: str, new: str) -> RowChange:
    return RowChange(
        old_id=_back(change.old_id, old),
        new_id=_back(change.new_id, new),
        kinds=change.kinds,
        fields={
            column: (_back(before, old), _back(after, new))
            for column, (before, after) in change.fields.items()
        },
    )


def _back(value: Any, source_id: str) -> Any:
    """``value`` with the neutral namespace at its start put back to ``source_id``."""
    if (
        isinstance(value, str)
        and value.startswith(NEUTRAL)
        and value[len(NEUTRAL) : len(NEUTRAL) + 1] in {":", " ", ""}
    ):
        return source_id + value[len(NEUTRAL) :]
    return value
