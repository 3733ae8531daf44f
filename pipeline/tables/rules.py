"""Row-wise rule functions the table models call: each returns a boolean Series, True = passes.

They live apart from the models so the graph rules (references, roots, cycles) are plain
pandas code that can be read and tested on its own; the models decide where they apply.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np
import pandas as pd


def references_resolve(
    df: pd.DataFrame, fields: Sequence[str], ref: pd.DataFrame, ref_fields: Sequence[str]
) -> pd.Series:
    """Rows whose ``fields`` tuple appears as a ``ref_fields`` tuple of ``ref``.

    A row with a null in any of ``fields`` has no reference and passes, as in a SQL foreign key.
    """
    keys = {row for row in _key_rows(ref, ref_fields) if row is not None}
    found = [row is None or row in keys for row in _key_rows(df, fields)]
    return pd.Series(found, index=df.index, dtype=bool)


def _key_rows(df: pd.DataFrame, columns: Sequence[str]) -> list[tuple[Any, ...] | None]:
    """Each row's values of ``columns`` as a tuple, None for a row with a null among them.

    Read column by column: selecting the columns as a frame and iterating its rows cost about
    2 ms a call on a small table, a tenth of the build's validation."""
    if any(column not in df.columns for column in columns):
        df.loc[:, list(columns)]  # raises the KeyError a report shows, naming what is missing
    null = np.zeros(len(df), dtype=bool)
    for column in columns:
        null |= df[column].isna().to_numpy()
    rows = zip(*(df[column].tolist() for column in columns), strict=True)
    return [None if missing else row for missing, row in zip(null, rows, strict=True)]


def in_namespace(df: pd.DataFrame, column: str) -> pd.Series:
    """Ids (or null) that start with their row's ``source_id`` and a colon."""
    ok = [
        not isinstance(value, str) or (isinstance(source, str) and value.startswith(f"{source}:"))
        for source, value in zip(df["source_id"], df[column], strict=True)
    ]
    return pd.Series(ok, index=df.index, dtype=bool)


def one_root_per_source(df: pd.DataFrame, parent: str) -> pd.Series:
    """Each source has exactly one row with a null ``parent``.

    Fails every root of a source with several, and every row of a source with none.
    """
    is_root = df[parent].isna()
    roots = is_root.groupby(df["source_id"]).transform("sum")
    return (roots == 1) | ((roots > 1) & ~is_root)


def roots_have_type(df: pd.DataFrame, parent: str, column: str, value: str) -> pd.Series:
    """Rows with a null ``parent`` have ``column == value``."""
    return df[parent].notna() | (df[column] == value)


def acyclic(df: pd.DataFrame, key: str, parent: str) -> pd.Series:
    """Rows that do not lie on a cycle of ``parent`` links (a self-parent is a cycle)."""
    parents: dict[Hashable, Hashable] = {}
    for node, up in zip(df[key], df[parent], strict=True):
        if not pd.isna(node) and not pd.isna(up):
            parents.setdefault(node, up)
    on_cycle: set[Hashable] = set()
    settled: set[Hashable] = set()
    for start in parents:
        path: list[Hashable] = []
        position: dict[Hashable, int] = {}
        node = start
        while node in parents and node not in settled and node not in position:
            position[node] = len(path)
            path.append(node)
            node = parents[node]
        if node in position:
            on_cycle.update(path[position[node] :])
        settled.update(path)
    return ~df[key].isin(on_cycle)
