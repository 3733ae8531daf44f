"""Deterministic encoders and decoders of one table in each published format.

Encoders return bytes, so the same frame always gives the same bytes (no timestamps, no
index, no library metadata) and the publisher alone decides where and how they are written.
Decoders return the canonical frame (model dtypes and order), so read-back is comparable with
``DataFrame.equals``. The names of the published files are decided here and nowhere else.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from pipeline.publish import spreadsheet
from pipeline.tables.frames import canonical, dtypes
from pipeline.tables.registry import TABLES, table_spec
from pipeline.tables.store import arrow_schema, empty_frame, to_arrow

FORMATS: tuple[str, ...] = ("csv", "parquet", "json")
# Rows per Parquet row group: a table of fewer rows is one row group, as ``write_table`` makes
# it; a larger one is cut at these fixed counts, so its bytes do not depend on how the build
# batched its documents, and a writer holds at most one row group (16,384 sources with their
# text is about 64 MB).
PARQUET_ROW_GROUP = 16_384


def table_filename(table: str, fmt: str) -> str:
    """The file name of ``table`` written as ``fmt``."""
    return f"{table}.{fmt}"


def table_files() -> tuple[str, ...]:
    """Every table file of a published folder, tables in order, then formats in order."""
    return tuple(table_filename(t, f) for t in TABLES for f in FORMATS)


__all__ = ["FORMATS", "arrow_schema", "decode", "encode", "encode_stream", "table_filename"]


def encode(fmt: str, table: str, df: pd.DataFrame) -> bytes:
    """``df`` (a canonical frame of ``table``) encoded as ``fmt``."""
    return b"".join(encode_stream(fmt, table, [df]))


def encode_stream(fmt: str, table: str, frames: Iterable[pd.DataFrame]) -> Iterator[bytes]:
    """The file of ``table`` as ``fmt``, in pieces, from its canonical frame cut in consecutive
    pieces (``frames``): the bytes joined are those of the whole frame encoded at once."""
    return _ENCODERS[fmt](table, frames)


def decode(fmt: str, table: str, data: bytes, *, keep_positions: bool = False) -> pd.DataFrame:
    """The canonical frame of ``table`` from bytes written by :func:`encode` (indexed by each
    row's place in the file with ``keep_positions``)."""
    return canonical(table, _DECODERS[fmt](table, data), keep_positions=keep_positions)


def _text_columns(table: str) -> list[str]:
    return [name for name, dtype in dtypes(table).items() if isinstance(dtype, pd.StringDtype)]


def _encode_csv(table: str, frames: Iterable[pd.DataFrame]) -> Iterator[bytes]:
    """Text cells that a spreadsheet would run as a formula are neutralized (see
    ``pipeline.publish.spreadsheet``); the decoder undoes it. The header comes once, with the
    first piece (an empty table is its header alone)."""
    header = True
    for df in frames:
        if df.empty and not header:
            continue
        safe = spreadsheet.neutralize_frame(df, _text_columns(table))
        yield safe.to_csv(index=False, header=header, lineterminator="\n", na_rep="").encode()
        header = False
    if header:
        yield from _encode_csv(table, [empty_frame(table)])


def _decode_csv(table: str, data: bytes) -> pd.DataFrame:
    df = pd.read_csv(
        io.BytesIO(data),
        encoding="utf-8",
        dtype=dtypes(table),
        keep_default_na=False,
        na_values=[""],
    )
    return spreadsheet.restore_frame(df, _text_columns(table))


class _Chunks(io.RawIOBase):
    """A write-only file whose bytes are taken away as they come (``take``)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


def _encode_parquet(table: str, frames: Iterable[pd.DataFrame]) -> Iterator[bytes]:
    """Rows gathered into row groups of :data:`PARQUET_ROW_GROUP` rows (the last shorter)."""
    schema = arrow_schema(table)
    sink = _Chunks()
    with pq.ParquetWriter(sink, schema, compression="zstd", store_schema=False) as writer:
        pending: list[pyarrow.Table] = []
        n_pending = 0
        wrote = False
        for df in frames:
            pending.append(to_arrow(table, df))
            n_pending += len(df)
            while n_pending >= PARQUET_ROW_GROUP:
                rows = pyarrow.concat_tables(pending)
                writer.write_table(rows.slice(0, PARQUET_ROW_GROUP))
                wrote = True
                rest = rows.slice(PARQUET_ROW_GROUP)
                pending, n_pending = [rest], len(rest)
                yield sink.take()
        if n_pending or not wrote:
            rows = pyarrow.concat_tables(pending) if pending else schema.empty_table()
            writer.write_table(rows, row_group_size=PARQUET_ROW_GROUP)
    yield sink.take()


def _decode_parquet(table: str, data: bytes) -> pd.DataFrame:
    return pq.read_table(pyarrow.BufferReader(data)).to_pandas()


def _encode_json(table: str, frames: Iterable[pd.DataFrame]) -> Iterator[bytes]:
    """The bytes of ``json.dumps(records, indent=2)`` written a piece at a time: a record
    dumped on its own and indented one level is exactly how it appears inside the array
    (no string holds a raw line break: JSON escapes it)."""
    first = True
    for df in frames:
        names = list(df.columns)
        keys: list[str | None] = [
            _encode_scalar(name) if isinstance(name, str) else None for name in names
        ]
        values = [[_json_value(v) for v in df[name].tolist()] for name in names]
        parts = []
        for row in zip(*values, strict=True):
            record = _record_json(names, keys, row)
            parts.append(("[\n  " if first else ",\n  ") + record.replace("\n", "\n  "))
            first = False
        if parts:
            yield "".join(parts).encode("utf-8")
    yield b"[]\n" if first else b"\n]\n"


def _decode_json(table: str, data: bytes) -> pd.DataFrame:
    records = json.loads(data.decode("utf-8"))
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValueError("expected a JSON array of objects")
    names = list(table_spec(table).columns)
    for index, record in enumerate(records):
        if list(record) != names:
            raise ValueError(f"record {index} has keys {list(record)}, expected {names}")
    return pd.DataFrame({n: pd.Series([r.get(n) for r in records], dtype=object) for n in names})


# A string or an integer as ``json.dumps`` writes it inside a record (the C encoder's own
# escaping; ``json.dumps`` with ``indent`` takes the pure-Python route, about 0.1 ms a record).
_encode_scalar = json.JSONEncoder(ensure_ascii=False).encode


def _record_json(names: Sequence[Any], keys: Sequence[str | None], row: tuple[Any, ...]) -> str:
    """``json.dumps(dict(zip(names, row)), ensure_ascii=False, indent=2)``, byte for byte,
    put together from its members when they are all text, whole numbers or null (what a
    canonical frame holds); any other record is left to ``json.dumps``."""
    members = []
    for key, value in zip(keys, row, strict=True):
        kind = type(value)
        if key is None or (value is not None and kind is not str and kind is not int):
            return json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False, indent=2)
        text = "null" if value is None else _encode_scalar(value)
        members.append(f"{key}: {text}")
    if not members:
        return "{}"
    return "{\n  " + ",\n  ".join(members) + "\n}"


def _json_value(value: Any) -> Any:
    if isinstance(value, str | int):
        return value
    return None if pd.isna(value) else value


_ENCODERS: dict[str, Callable[[str, Iterable[pd.DataFrame]], Iterator[bytes]]] = {
    "csv": _encode_csv,
    "parquet": _encode_parquet,
    "json": _encode_json,
}
_DECODERS: dict[str, Callable[[str, bytes], pd.DataFrame]] = {
    "csv": _decode_csv,
    "parquet": _decode_parquet,
    "json": _decode_json,
}
