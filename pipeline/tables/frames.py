"""Records in, canonical frames out: model column order and dtypes, one stable row order.

A canonical frame is what every format is written from and what every reader gives back, so
"the same data" means ``DataFrame.equals`` whatever route it took.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import fields, is_dataclass
from typing import Any

import numpy as np
import pandas as pd

from pipeline.tables.models import EvidenceSpansModel
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.registry import TABLES, table_spec

ROW_KEY_SEPARATOR = " | "
_INT64 = np.dtype("int64")
_STR = pd.StringDtype(na_value=np.nan)  # pandas' "str"


def dtypes(table: str) -> dict[str, Any]:
    """The pandas dtype of each column of ``table``, as its model declares it."""
    schema = table_spec(table).model.to_schema()
    return {name: column.dtype.type for name, column in schema.columns.items()}


def to_frame(table: str, records: Iterable[Any]) -> pd.DataFrame:
    """The canonical frame of ``table`` from dataclass records (or mappings) of that table."""
    names = table_spec(table).columns
    rows = [_as_row(record, names) for record in records]
    df = pd.DataFrame({name: [row[name] for row in rows] for name in names}, columns=list(names))
    return canonical(table, df)


def dataset_frames(pages: ExtractedPages) -> dict[str, pd.DataFrame]:
    """Every registered table's canonical frame, drawn from ``pages`` as the build does."""
    return {table: to_frame(table, table_spec(table).rows(pages)) for table in TABLES}


def canonical(table: str, df: pd.DataFrame, *, keep_positions: bool = False) -> pd.DataFrame:
    """``df`` with the model's column order and dtypes, stably sorted, with a fresh index (or,
    with ``keep_positions``, each row keeping its index, the row's place in the file it was
    read from, so a failure names the file's row).

    A column whose values cannot take the model dtype is left as it is, for validation to
    report rather than for this function to raise on.
    """
    types = dtypes(table)
    order = [c for c in types if c in df.columns] + [c for c in df if c not in types]
    out = df if list(df.columns) == order else df.loc[:, order]
    # Only the columns whose dtype changes are replaced: most already have it (a frame built
    # from records, a batch read back), and replacing all of them was most of this function.
    changed = {}
    for column in (c for c in types if c in out.columns):
        values = out[column]
        conformed = _conform(values, types[column])
        if conformed is not values:
            changed[column] = conformed
    if changed:
        out = out.assign(**changed)
    keys = [k for k in table_spec(table).sort_key if k in out.columns]
    if keys and len(out) > 1:
        with contextlib.suppress(TypeError):
            out = out.sort_values(keys, kind="stable", na_position="last")
    return out if keep_positions else out.reset_index(drop=True)


def row_keys(table: str, df: pd.DataFrame) -> pd.Series:
    """Each row's primary key as one readable string (parts joined with ' | ')."""
    parts = [c for c in table_spec(table).primary_key if c in df.columns]
    if not parts or df.empty:
        return pd.Series([""] * len(df), index=df.index, dtype="str")
    # Column by column, then joined per row: a row-wise ``agg`` costs seconds per 100k rows.
    columns = [df[c].astype(object).where(df[c].notna(), "").astype(str).tolist() for c in parts]
    keys = [ROW_KEY_SEPARATOR.join(row) for row in zip(*columns, strict=True)]
    return pd.Series(keys, index=df.index, dtype="str")


def evidence_spans(table: str, df: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The evidence spans of ``table`` joined to their source text, indexed like ``df``.

    Rows whose source is unknown or whose offsets are not integers are left out: the table's
    own model and its key to ``sources`` already report them.
    """
    names = list(EvidenceSpansModel.to_schema().columns)
    needed = {"source_id", "char_start", "char_end", "evidence"}
    if not table_spec(table).evidenced or not needed <= set(df.columns):
        return _empty_spans(names)
    if not {"source_id", "text"} <= set(sources.columns):
        return _empty_spans(names)
    texts: dict[str, str] = {}
    for source_id, text in zip(sources["source_id"], sources["text"], strict=True):
        if isinstance(source_id, str) and isinstance(text, str):
            texts.setdefault(source_id, text)
    known = [
        isinstance(s, str) and s in texts and isinstance(e, str)
        for s, e in zip(df["source_id"], df["evidence"], strict=True)
    ]
    if df["char_start"].dtype == _INT64 and df["char_end"].dtype == _INT64:
        # The offsets of a canonical frame: whole numbers already, none missing.
        keep = pd.Series(known, index=df.index, dtype=bool)
        starts, ends = df["char_start"][keep], df["char_end"][keep]
    else:
        starts = pd.to_numeric(df["char_start"], errors="coerce")
        ends = pd.to_numeric(df["char_end"], errors="coerce")
        keep = (
            pd.Series(known, index=df.index, dtype=bool)
            & starts.notna()
            & ends.notna()
            & (starts == starts.round())
            & (ends == ends.round())
        )
        starts, ends = starts[keep].astype("int64"), ends[keep].astype("int64")
    rows = df.loc[keep]
    n_chars = pd.Series([len(texts[s]) for s in rows["source_id"]], index=rows.index, dtype="int64")
    span_text = [
        texts[s][a:b] if 0 <= a < b <= len(texts[s]) else ""
        for s, a, b in zip(rows["source_id"], starts, ends, strict=True)
    ]
    # Each column made with its dtype (converting the whole frame afterwards copied it all).
    spans = pd.DataFrame(
        {
            "table": pd.Series([table] * len(rows), index=rows.index, dtype="str"),
            "row_key": _as_text(row_keys(table, rows)),
            "source_id": _as_text(rows["source_id"]),
            "char_start": starts,
            "char_end": ends,
            "evidence": _as_text(rows["evidence"]),
            "n_chars": n_chars,
            "span_text": pd.Series(span_text, index=rows.index, dtype="str"),
        },
        index=rows.index,
        columns=names,
    )
    return spans


def _as_text(values: pd.Series) -> pd.Series:
    return values if values.dtype == _STR else values.astype("str")


def _empty_spans(names: list[str]) -> pd.DataFrame:
    types = {n: ("int64" if n in {"char_start", "char_end", "n_chars"} else "str") for n in names}
    return pd.DataFrame({n: pd.Series([], dtype=t) for n, t in types.items()})


def _as_row(record: Any, names: tuple[str, ...]) -> Mapping[str, Any]:
    if is_dataclass(record) and not isinstance(record, type):
        present = {f.name for f in fields(record)}
        return {n: getattr(record, n) if n in present else None for n in names}
    if isinstance(record, Mapping):
        return {n: record.get(n) for n in names}
    raise TypeError(f"expected a dataclass record or a mapping, got {type(record).__name__}")


def _conform(values: pd.Series, dtype: Any) -> pd.Series:
    """``values`` as ``dtype`` when every value fits it exactly; otherwise unchanged."""
    if values.dtype == dtype:
        return values
    present = values[values.notna()]
    if isinstance(dtype, pd.StringDtype):
        fits = all(isinstance(v, str) for v in present)
    elif pd.api.types.is_integer_dtype(dtype):
        fits = not values.isna().any() and (
            pd.api.types.is_integer_dtype(values.dtype)
            or all(isinstance(v, int) and not isinstance(v, bool) for v in present)
        )
    else:
        fits = False
    return values.astype(dtype) if fits else values
