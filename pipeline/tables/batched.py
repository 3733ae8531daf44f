"""Build and validate every table a batch of pages at a time, writing each batch to disk.

Each batch holds whole source documents, so every rule of a model (one root per source, no
cycles, parents that resolve), every foreign key (all of them stay within a source) and every
evidence span is checked on the batch with all its referenced rows at hand: each rule runs once,
on every row. The one rule a batch cannot see is a primary key repeated in two batches; it is
checked once at the end over the key columns of the whole table. Failures keep their row number
in the whole table; at most :data:`MAX_KEPT_FAILURES` per table are kept (all are counted).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from numbers import Integral
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow
import pyarrow.compute as pc
import pyarrow.ipc

from pipeline.tables.frames import row_keys, to_frame
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.registry import TABLES, table_spec
from pipeline.tables.store import TableBatches, return_freed_memory, write_batch
from pipeline.tables.validation import (
    FAILURE_COLUMNS,
    TableValidation,
    passing_spans,
    validate_table,
)

BATCH_DOCUMENTS = 250
MAX_KEPT_FAILURES = 1_000


@dataclass(frozen=True)
class BuiltTables:
    """Every table's batches and its validation over all of them."""

    tables: dict[str, TableBatches]
    validations: dict[str, TableValidation]


class _Table:
    """One table being built: its batch files, rows so far and failures kept so far."""

    def __init__(self, table: str, folder: Path) -> None:
        self.table = table
        self.folder = folder
        self.paths: list[str] = []
        self.rows = 0
        self.n_failures = 0
        self.kept: list[pd.DataFrame] = []

    def add(
        self, df: pd.DataFrame, frames: dict[str, pd.DataFrame], spans_passed: bool = False
    ) -> None:
        result = validate_table(self.table, df, frames=frames, spans_passed=spans_passed)
        if not result.ok:
            cases = result.failure_cases
            shifted = [int(i) + self.rows if isinstance(i, Integral) else i for i in cases["index"]]
            self.fail(cases.assign(index=pd.Series(shifted, index=cases.index, dtype=object)))
        elif not self.n_failures:
            path = self.folder / self.table / f"{len(self.paths):06d}.arrow"
            write_batch(self.table, df, path)
            self.paths.append(str(path))
        self.rows += len(df)

    def fail(self, cases: pd.DataFrame) -> None:
        self.n_failures += len(cases)
        room = MAX_KEPT_FAILURES - sum(len(k) for k in self.kept)
        if room > 0:
            self.kept.append(cases.head(room))

    def result(self) -> tuple[TableBatches, TableValidation]:
        cases = pd.concat(self.kept, ignore_index=True) if self.kept else _no_failures()
        validation = TableValidation(self.table, not self.n_failures, self.n_failures, cases)
        return TableBatches(self.table, tuple(self.paths), self.rows, validation.ok), validation


def build_tables(
    batches: Iterable[ExtractedPages], folder: Path, tables: Iterable[str] | None = None
) -> BuiltTables:
    """Frame, validate and write ``tables`` (default: all) from each batch of pages into
    ``folder`` (one sub-folder per table); the batches must not share a source."""
    return_freed_memory()
    names = list(tables) if tables is not None else list(TABLES)
    building = {table: _Table(table, Path(folder)) for table in names}
    for pages in batches:
        frames = {table: to_frame(table, table_spec(table).rows(pages)) for table in TABLES}
        checked = passing_spans(frames, names)
        for table in names:
            building[table].add(frames[table], frames, spans_passed=table in checked)
    for state in building.values():
        if not state.n_failures:
            duplicates = repeated_keys(state.table, state.paths)
            if not duplicates.empty:
                state.fail(duplicates)
    done = {table: state.result() for table, state in building.items()}
    return BuiltTables(
        tables={table: built for table, (built, _) in done.items()},
        validations={table: validation for table, (_, validation) in done.items()},
    )


def repeated_keys(table: str, paths: Iterable[str]) -> pd.DataFrame:
    """Failure cases (:data:`FAILURE_COLUMNS`) of primary keys found on more than one row of
    the batches at ``paths``, reading only the key columns.

    Each row's key is first reduced to a 64-bit fingerprint, 8 bytes a row: grouping the keys
    themselves held about 100 MB at 20,000 documents, growing with the table. Only the rows
    whose fingerprint repeats (the real repeats, and any chance collision) are then compared
    by their whole key."""
    key = list(table_spec(table).primary_key)
    paths = list(paths)
    prints = [_fingerprints(keys) for keys in _key_columns(paths, key)]
    if not prints:
        return _no_failures()
    values, counts = np.unique(np.concatenate(prints), return_counts=True)
    suspects = values[counts > 1]
    if not len(suspects):
        return _no_failures()
    candidates, offset = [], 0
    for keys, batch_prints in zip(_key_columns(paths, key), prints, strict=True):
        hits = np.flatnonzero(np.isin(batch_prints, suspects))
        rows = pyarrow.array(hits + offset, pyarrow.int64())
        candidates.append(keys.take(hits).append_column("row", rows))
        offset += keys.num_rows
    numbered = pyarrow.concat_tables(candidates)
    counted = numbered.group_by(key).aggregate([([], "count_all")])
    repeated = counted.filter(pc.greater(counted["count_all"], 1))
    if repeated.num_rows == 0:
        return _no_failures()
    rows = numbered.join(repeated.select(key), keys=key, join_type="inner").sort_by("row")
    df = rows.to_pandas()
    check = "field_uniqueness" if len(key) == 1 else "multiple_fields_uniqueness"
    column = key[0] if len(key) == 1 else ", ".join(key)
    cases = pd.DataFrame(
        {
            "table": table,
            "check": check,
            "column": column,
            "index": pd.Series([int(r) for r in df["row"]], dtype=object),
            "row_key": row_keys(table, df).astype(object),
            "failure_case": pd.Series(
                row_keys(table, df).tolist() if len(key) > 1 else df[key[0]].tolist(),
                dtype=object,
            ),
            "schema_context": "DataFrameSchema" if len(key) > 1 else "Column",
            "check_number": None,
        },
        columns=list(FAILURE_COLUMNS),
    )
    return cases.head(MAX_KEPT_FAILURES)


def _key_columns(paths: Iterable[str], key: list[str]) -> Iterator[pyarrow.Table]:
    """The ``key`` columns of each batch file, in order (memory-mapped: only they are read)."""
    for path in paths:
        with pyarrow.memory_map(path) as source:
            yield pyarrow.ipc.open_file(source).read_all().select(key)


def _fingerprints(keys: pyarrow.Table) -> np.ndarray:
    """A 64-bit hash of each row's key (Python's: equal keys, equal hashes, in this process)."""
    columns = [keys.column(name).to_pylist() for name in keys.column_names]
    rows = columns[0] if len(columns) == 1 else zip(*columns, strict=True)
    return np.fromiter(map(hash, rows), dtype=np.int64, count=keys.num_rows)


def _no_failures() -> pd.DataFrame:
    return pd.DataFrame(columns=list(FAILURE_COLUMNS))
