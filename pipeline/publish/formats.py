"""Deterministic encoders and decoders of one table in each published format.

Encoders return bytes, so the same frame always gives the same bytes (no timestamps, no
index, no library metadata) and the publisher alone decides where and how they are written.
Decoders return the canonical frame (model dtypes and order), so read-back is comparable with
``DataFrame.equals``. The names of the published files are decided here and nowhere else.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from pipeline.publish import spreadsheet
from pipeline.tables.frames import canonical, dtypes
from pipeline.tables.registry import TABLES, table_spec

FORMATS: tuple[str, ...] = ("csv", "parquet", "json")


def table_filename(table: str, fmt: str) -> str:
    """The file name of ``table`` written as ``fmt``."""
    return f"{table}.{fmt}"


def table_files() -> tuple[str, ...]:
    """Every table file of a published folder, tables in order, then formats in order."""
    return tuple(table_filename(t, f) for t in TABLES for f in FORMATS)


def arrow_schema(table: str) -> pyarrow.Schema:
    """The Parquet schema of ``table``: model column order, types and nullability."""
    schema = table_spec(table).model.to_schema()
    return pyarrow.schema(
        [
            pyarrow.field(name, _arrow_type(column.dtype.type), nullable=column.nullable)
            for name, column in schema.columns.items()
        ]
    )


def encode(fmt: str, table: str, df: pd.DataFrame) -> bytes:
    """``df`` (a canonical frame of ``table``) encoded as ``fmt``."""
    return _ENCODERS[fmt](table, df)


def decode(fmt: str, table: str, data: bytes) -> pd.DataFrame:
    """The canonical frame of ``table`` from bytes written by :func:`encode`."""
    return canonical(table, _DECODERS[fmt](table, data))


def _text_columns(table: str) -> list[str]:
    return [name for name, dtype in dtypes(table).items() if isinstance(dtype, pd.StringDtype)]


def _encode_csv(table: str, df: pd.DataFrame) -> bytes:
    """Text cells that a spreadsheet would run as a formula are neutralized (see
    ``pipeline.publish.spreadsheet``); the decoder undoes it."""
    safe = spreadsheet.neutralize_frame(df, _text_columns(table))
    text = safe.to_csv(index=False, lineterminator="\n", na_rep="")
    return text.encode("utf-8")


def _decode_csv(table: str, data: bytes) -> pd.DataFrame:
    df = pd.read_csv(
        io.BytesIO(data),
        encoding="utf-8",
        dtype=dtypes(table),
        keep_default_na=False,
        na_values=[""],
    )
    return spreadsheet.restore_frame(df, _text_columns(table))


def _encode_parquet(table: str, df: pd.DataFrame) -> bytes:
    schema = arrow_schema(table)
    arrays = [
        pyarrow.array(df[name].tolist(), type=f.type, from_pandas=True)
        for name, f in zip(df, schema, strict=True)
    ]
    arrow = pyarrow.Table.from_arrays(arrays, schema=schema)
    sink = pyarrow.BufferOutputStream()
    pq.write_table(arrow, sink, compression="zstd", store_schema=False)
    return sink.getvalue().to_pybytes()


def _decode_parquet(table: str, data: bytes) -> pd.DataFrame:
    return pq.read_table(pyarrow.BufferReader(data)).to_pandas()


def _encode_json(table: str, df: pd.DataFrame) -> bytes:
    names = list(df.columns)
    values = [[_json_value(v) for v in df[name].tolist()] for name in names]
    records = [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]
    return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _decode_json(table: str, data: bytes) -> pd.DataFrame:
    records = json.loads(data.decode("utf-8"))
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValueError("expected a JSON array of objects")
    names = list(table_spec(table).columns)
    for index, record in enumerate(records):
        if list(record) != names:
            raise ValueError(f"record {index} has keys {list(record)}, expected {names}")
    return pd.DataFrame({n: pd.Series([r.get(n) for r in records], dtype=object) for n in names})


def _json_value(value: Any) -> Any:
    if isinstance(value, str | int):
        return value
    return None if pd.isna(value) else value


def _arrow_type(dtype: Any) -> pyarrow.DataType:
    if isinstance(dtype, pd.StringDtype):
        return pyarrow.string()
    if pd.api.types.is_integer_dtype(dtype):
        return pyarrow.int64()
    raise TypeError(f"no Parquet type for dtype {dtype}")


_ENCODERS: dict[str, Callable[[str, pd.DataFrame], bytes]] = {
    "csv": _encode_csv,
    "parquet": _encode_parquet,
    "json": _encode_json,
}
_DECODERS: dict[str, Callable[[str, bytes], pd.DataFrame]] = {
    "csv": _decode_csv,
    "parquet": _decode_parquet,
    "json": _decode_json,
}
