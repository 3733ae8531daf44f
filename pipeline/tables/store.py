"""Tables kept on disk in batches, so a build holds one batch of rows at a time.

A table is built batch by batch (each batch the rows of a few hundred whole source
documents, in source-id order) and each batch is written as one Arrow IPC file. Read back in
order, the batches are the table's canonical frame cut into pieces: every table's sort key
starts with ``source_id`` and batches never share a source, so the concatenation is already in
canonical order. Every published format is written from these pieces.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow
import pyarrow.ipc

from pipeline.tables.frames import canonical, dtypes
from pipeline.tables.registry import table_spec


def return_freed_memory() -> None:
    """Allocate Arrow memory (pandas 3 keeps its strings in Arrow) with the C library's
    allocator: Arrow's default, mimalloc, keeps what each batch frees for later reuse, so a
    build's resident memory grew with every batch (at 5,000 documents, a peak of 411 MB
    against 362 MB). Process-wide and idempotent; the bytes written are the same."""
    if pyarrow.default_memory_pool().backend_name != "system":
        pyarrow.set_memory_pool(pyarrow.system_memory_pool())


@dataclass(frozen=True)
class TableBatches:
    """One table as the batch files that hold it, in order, and its row count; ``valid`` is
    False for a table that failed validation (its batches stop at the first failing one, and
    nothing publishes it)."""

    table: str
    paths: tuple[str, ...]
    rows: int
    valid: bool = True

    def frames(self, columns: Sequence[str] | None = None) -> Iterator[pd.DataFrame]:
        """Each batch as a canonical frame (optionally only ``columns``), in order."""
        if len(self.paths) == 1:
            yield _single_batch(self.table, self.paths[0], columns)
            return
        for path in self.paths:
            yield read_batch(self.table, Path(path), columns)

    def frame(self) -> pd.DataFrame:
        """The whole table as one canonical frame (for small tables and tests)."""
        parts = [df for df in self.frames() if not df.empty]
        if not parts:
            return empty_frame(self.table)
        return canonical(self.table, pd.concat(parts, ignore_index=True))


def empty_frame(table: str) -> pd.DataFrame:
    """The canonical frame of ``table`` with no rows."""
    return canonical(
        table, pd.DataFrame({name: pd.Series([], dtype=t) for name, t in dtypes(table).items()})
    )


def write_batch(table: str, df: pd.DataFrame, path: Path) -> None:
    """Write one batch (a canonical frame of ``table``) as an Arrow IPC file at ``path``."""
    arrow = to_arrow(table, df)
    path.parent.mkdir(parents=True, exist_ok=True)
    with pyarrow.OSFile(str(path), "wb") as sink, pyarrow.ipc.new_file(sink, arrow.schema) as out:
        out.write_table(arrow)


def read_batch(table: str, path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """One batch file back as a canonical frame of ``table`` (or of ``columns`` of it)."""
    with pyarrow.memory_map(str(path)) as source:
        arrow = pyarrow.ipc.open_file(source).read_all()
    if columns is not None:
        arrow = arrow.select(list(columns))
    return canonical(table, arrow.to_pandas())


def _single_batch(table: str, path: str, columns: Sequence[str] | None) -> pd.DataFrame:
    """The one batch of a table that fits in one (a build of up to a batch of documents),
    decoded once and kept: publishing reads each table once per format, and every read
    decodes the Arrow file and makes the canonical frame again. A table of several batches is
    read anew each time, so a large build holds no more than one batch at a time."""
    found = Path(path).stat()
    whole = _kept_batch(table, path, found.st_mtime_ns, found.st_size)
    if columns is None:
        return whole.copy()
    wanted = set(columns)
    # The kept frame is in canonical order; so is any part of it that keeps the sort key.
    if not wanted <= set(whole.columns) or not set(table_spec(table).sort_key) <= wanted:
        return read_batch(table, Path(path), columns)
    return whole.loc[:, [c for c in whole.columns if c in wanted]].copy()


@functools.lru_cache(maxsize=16)
def _kept_batch(table: str, path: str, _mtime_ns: int, _size: int) -> pd.DataFrame:
    return read_batch(table, Path(path))


def arrow_schema(table: str) -> pyarrow.Schema:
    """The Arrow schema of ``table``: model column order, types and nullability."""
    schema = table_spec(table).model.to_schema()
    return pyarrow.schema(
        [
            pyarrow.field(name, _arrow_type(column.dtype.type), nullable=column.nullable)
            for name, column in schema.columns.items()
        ]
    )


def to_arrow(table: str, df: pd.DataFrame) -> pyarrow.Table:
    """A canonical frame of ``table`` as an Arrow table of its schema."""
    schema = arrow_schema(table)
    arrays = [
        pyarrow.array(df[name].tolist(), type=f.type, from_pandas=True)
        for name, f in zip(df, schema, strict=True)
    ]
    return pyarrow.Table.from_arrays(arrays, schema=schema)


def _arrow_type(dtype: Any) -> pyarrow.DataType:
    if isinstance(dtype, pd.StringDtype):
        return pyarrow.string()
    if pd.api.types.is_integer_dtype(dtype):
        return pyarrow.int64()
    raise TypeError(f"no Arrow type for dtype {dtype}")


class StoredFrames(Mapping[str, pd.DataFrame]):
    """Tables by name, each read from its batches when asked for: whole (``frames[name]``,
    read anew each time, never kept) or a batch at a time (:func:`pieces`)."""

    def __init__(self, tables: Mapping[str, TableBatches]) -> None:
        self.tables = dict(tables)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name].frame()

    def __iter__(self) -> Iterator[str]:
        return iter(self.tables)

    def __len__(self) -> int:
        return len(self.tables)

    def rows(self, name: str) -> int:
        return self.tables[name].rows


def pieces(frames: Mapping[str, pd.DataFrame], table: str) -> Iterator[pd.DataFrame]:
    """The canonical frame of ``table`` a batch at a time when ``frames`` are stored in
    batches, else in one piece."""
    if isinstance(frames, StoredFrames):
        return frames.tables[table].frames()
    return iter([canonical(table, frames[table])])


def row_count(frames: Mapping[str, pd.DataFrame], table: str) -> int:
    """The rows of ``table`` in ``frames``, without reading a stored table."""
    if isinstance(frames, StoredFrames):
        return frames.rows(table)
    return len(frames[table])


def read_columns(
    frames: Mapping[str, pd.DataFrame],
    table: str,
    columns: Sequence[str],
    keep: Callable[[pd.DataFrame], pd.Series] | None = None,
) -> pd.DataFrame:
    """``columns`` of ``table`` (and its sort key), in canonical order, only the rows ``keep``
    selects: read a batch at a time when ``frames`` are stored, so a writer that needs a few
    columns of a large table never holds the rest (the sources' text, say)."""
    names = list(dict.fromkeys([*table_spec(table).sort_key, *columns]))
    if isinstance(frames, StoredFrames):
        parts = list(frames.tables[table].frames(names))
    else:
        df = canonical(table, frames[table])
        parts = [df.loc[:, [c for c in names if c in df.columns]]]
    if keep is not None:
        parts = [part.loc[keep(part)] for part in parts]
    parts = [part for part in parts if not part.empty] or parts[:1]
    if not parts:
        return empty_frame(table).loc[:, names]
    return (
        pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
    )
