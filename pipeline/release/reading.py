"""Reading a release for ``diff``, whatever version of the tables it holds.

A release made by this version is read as every command reads one (:func:`read_checked`: the
current models, every table, validated together). An older or newer release may lack a table
(a release before ``corrections``) or have other columns (a release before ``asserted_by``):
its tables are then read with the columns they have, each checked column by column against
the current model's rules for the columns both share, so ``diff`` can still match rows on
their keys and compare the columns both releases have.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pandera.errors
import pandera.pandas as pa
import pyarrow
import pyarrow.parquet as pq

from pipeline.publish import formats as codec
from pipeline.publish import spreadsheet
from pipeline.publish.safe_read import (
    DEFAULT_MAX_BYTES,
    MAX_HEADER_BYTES,
    read_limited,
)
from pipeline.publish.verify import FolderError, describe_failure, first_format, read_checked
from pipeline.tables.frames import canonical, dtypes
from pipeline.tables.registry import TABLES, table_spec


def read_release(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, pd.DataFrame]:
    """The tables ``folder`` holds (a table it does not hold is left out), each with the
    columns it has; :class:`FolderError` (one line) when the folder is unsafe, unreadable,
    invalid, or a table lacks a column of its primary key."""
    folder = Path(folder)
    fmt = first_format(folder)
    data: dict[str, bytes] = {}
    for table in TABLES:
        path = folder / codec.table_filename(table, fmt)
        if not path.exists():
            continue
        try:
            data[table] = read_limited(path, max_bytes)
        except ValueError as exc:
            raise FolderError(f"{path}: cannot be read as {fmt} ({exc})") from None
    try:
        columns = {table: _columns(fmt, table, raw) for table, raw in data.items()}
    except ValueError as exc:
        raise FolderError(f"{folder}: cannot be read as {fmt} ({exc})") from None
    if set(columns) == set(TABLES) and all(columns[t] == table_spec(t).columns for t in TABLES):
        return read_checked(folder, max_bytes)
    return {
        table: _read_other_version(folder / codec.table_filename(table, fmt), fmt, table, raw)
        for table, raw in data.items()
    }


def _columns(fmt: str, table: str, data: bytes) -> tuple[str, ...]:
    """The column names a table file holds, in its order."""
    name = codec.table_filename(table, fmt)
    if fmt == "csv":
        end = data.find(b"\n", 0, MAX_HEADER_BYTES + 1)
        if end < 0 and len(data) > MAX_HEADER_BYTES:
            raise ValueError(f"{name}: header line longer than {MAX_HEADER_BYTES} bytes")
        line = data[: end if end >= 0 else len(data)].decode("utf-8", "replace")
        return tuple(next(csv.reader([line]), []))
    if fmt == "parquet":
        try:
            return tuple(pq.ParquetFile(pyarrow.BufferReader(data)).schema_arrow.names)
        except (pyarrow.ArrowException, OSError) as exc:
            raise ValueError(f"{name}: {' '.join(str(exc).split())}") from None
    records = _records(name, data)
    return tuple(records[0]) if records else table_spec(table).columns


def _records(name: str, data: bytes) -> list[dict]:
    try:
        records = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"{name}: {' '.join(str(exc).split())}") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValueError(f"{name}: expected a JSON array of objects")
    return records


def _read_other_version(path: Path, fmt: str, table: str, data: bytes) -> pd.DataFrame:
    """One table of another version: decoded with the columns it has, then checked column by
    column on the columns it shares with the current model."""
    types = dtypes(table)
    try:
        if fmt == "csv":
            df = pd.read_csv(
                io.BytesIO(data),
                encoding="utf-8",
                dtype=types,
                keep_default_na=False,
                na_values=[""],
            )
            df = spreadsheet.restore_frame(df, [c for c, t in types.items() if _is_text(t)])
        elif fmt == "parquet":
            df = pq.read_table(pyarrow.BufferReader(data)).to_pandas()
        else:
            records = _records(path.name, data)
            names = list(dict.fromkeys(k for r in records for k in r))
            df = pd.DataFrame(
                {n: pd.Series([r.get(n) for r in records], dtype=object) for n in names}
            )
    except Exception as exc:  # any decoder error means the file is unreadable
        raise FolderError(
            f"{path}: cannot be read as {fmt} ({' '.join(str(exc).split())})"
        ) from None
    spec = table_spec(table)
    missing = [c for c in spec.primary_key if c not in df.columns]
    if missing:
        raise FolderError(
            f"{path}: no {', '.join(missing)} column (the primary key of {table}), so its rows"
            " cannot be matched"
        )
    df = canonical(table, df, keep_positions=True)  # a failure names the file's row
    model = spec.model.to_schema()
    shared = {name: column for name, column in model.columns.items() if name in df.columns}
    try:
        pa.DataFrameSchema(shared, strict=False).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases.to_dict("records")
        raise FolderError(
            f"{path}: not a valid {table} table ({len(cases)} problem(s), first:"
            f" {describe_failure({**cases[0], 'table': table, 'row_key': None})})"
        ) from None
    return df.reset_index(drop=True)


def _is_text(dtype: object) -> bool:
    return isinstance(dtype, pd.StringDtype)
