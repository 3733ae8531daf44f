"""Validate table frames against their models, collecting every failure instead of raising.

Failures are Pandera's own failure cases (lazy validation), tagged with the table and the
row's primary key. Dataframe-level rules report only the columns they declare they are about,
so a broken ``parent_id`` is one failure, not one per column of the row.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pandera.errors
import pandera.pandas as pa

from pipeline.tables.frames import evidence_spans, row_keys
from pipeline.tables.models import EvidenceSpansModel
from pipeline.tables.registry import TABLES, table_spec

FAILURE_COLUMNS = (
    "table",
    "check",
    "column",
    "index",
    "row_key",
    "failure_case",
    "schema_context",
    "check_number",
)


@dataclass(frozen=True)
class TableValidation:
    """The outcome of validating one table: ``failure_cases`` has :data:`FAILURE_COLUMNS`."""

    table: str
    ok: bool
    n_failures: int
    failure_cases: pd.DataFrame


def validate_table(
    table: str,
    df: pd.DataFrame,
    *,
    frames: Mapping[str, pd.DataFrame] | None = None,
    spans_passed: bool = False,
) -> TableValidation:
    """Validate ``df`` as ``table``; ``frames`` holds the other tables for cross-table rules.

    Keys to a table not in ``frames`` are skipped; provenance (spans against source text) is
    checked when ``frames`` has ``sources``, unless ``spans_passed`` says that
    :func:`passing_spans` found this table's spans valid already.
    """
    frames = dict(frames or {})
    spec = table_spec(table)
    parts = [_failure_cases(spec.schema(frames), df)]
    sources = frames.get("sources")
    if spec.evidenced and sources is not None and not spans_passed:
        spans = evidence_spans(table, df, sources)
        parts.append(_failure_cases(EvidenceSpansModel.to_schema(), spans))
    found = [p for p in parts if p is not None]
    if not found:  # the usual case: no frame to join, tag and reorder
        return TableValidation(table=table, ok=True, n_failures=0, failure_cases=_passed())
    cases = _tagged(table, df, _distinct(pd.concat(found, ignore_index=True)))
    return TableValidation(table=table, ok=cases.empty, n_failures=len(cases), failure_cases=cases)


def _tagged(table: str, df: pd.DataFrame, cases: pd.DataFrame) -> pd.DataFrame:
    """``cases`` with the table and each row's key, in :data:`FAILURE_COLUMNS` order."""
    keys = dict(zip(df.index, row_keys(table, df), strict=True)) if not cases.empty else {}
    cases = cases.assign(
        table=table,
        row_key=pd.Series(
            [keys.get(i) if _is_label(i) else None for i in cases["index"]],
            index=cases.index,
            dtype=object,
        ),
    )
    return cases.loc[:, list(FAILURE_COLUMNS)].reset_index(drop=True)


def _distinct(cases: pd.DataFrame) -> pd.DataFrame:
    """``cases`` with each failure once: the same row, column, value and rule found by two
    models (the table's own and :class:`EvidenceSpansModel` both require ``char_start >= 0``)
    is one failure, kept where it was first found."""
    seen: set[tuple[Any, ...]] = set()
    keep = []
    for row in cases.loc[:, ["index", "column", "check", "failure_case"]].itertuples(index=False):
        key = tuple(_identity(value) for value in row)
        keep.append(key not in seen)
        seen.add(key)
    return cases if all(keep) else cases.loc[keep]


def _identity(value: Any) -> Hashable:
    """A failure-case cell as a set member: nulls alike, unhashable values by their repr."""
    if not _is_label(value):
        return None
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


def _passed() -> pd.DataFrame:
    """The failure cases of a table that passed: none, with the columns and dtypes
    :func:`_tagged` gives (the table's name as text, the rest objects).

    A copy of one frame made once: making it is about 1 ms, copying it a thirtieth of that,
    and every table of every batch that passes asks for one."""
    return _passed_template().copy()


@functools.cache
def _passed_template() -> pd.DataFrame:
    columns = {
        name: pd.Series([], dtype="str" if name == "table" else object) for name in FAILURE_COLUMNS
    }
    return pd.DataFrame(columns)


def passing_spans(
    frames: Mapping[str, pd.DataFrame], tables: Iterable[str] | None = None
) -> frozenset[str]:
    """The evidenced tables among ``tables`` (default: all in ``frames``) whose evidence spans
    all pass :class:`EvidenceSpansModel`, checked in one validation of their spans together;
    none when any span fails, or when the tables' span frames differ in columns or dtypes
    (each table's spans are then validated, and their failures reported, on their own).

    Pandera's cost is mostly per call, column and check, whatever the rows: one call for the
    three span frames of a batch instead of three (about 6 ms against 9 for one page). Every
    rule of the model is about one row at a time (a dtype, a bound, a span inside its text), so
    the spans pass together exactly when each table's pass on their own."""
    sources = frames.get("sources")
    if sources is None:
        return frozenset()
    names = [
        t
        for t in (frames if tables is None else tables)
        if t in frames and t in TABLES and table_spec(t).evidenced
    ]
    if len(names) < 2:
        return frozenset()
    spans = [evidence_spans(t, frames[t], sources) for t in names]
    first = spans[0].dtypes
    if any(not s.dtypes.equals(first) for s in spans[1:]):
        return frozenset()
    joined = pd.concat(spans, ignore_index=True)
    if _failure_cases(EvidenceSpansModel.to_schema(), joined) is not None:
        return frozenset()
    return frozenset(names)


def validate_dataset(frames: Mapping[str, pd.DataFrame]) -> list[TableValidation]:
    """Validate every published table with all the others at hand, in :data:`TABLES` order."""
    checked = passing_spans(frames)
    results = []
    for table in TABLES:
        if table in frames:
            results.append(
                validate_table(table, frames[table], frames=frames, spans_passed=table in checked)
            )
        else:
            results.append(_missing(table))
    return results


def format_failures(results: Sequence[TableValidation], *, max_rows: int = 20) -> str:
    """A short report: one line per table, then up to ``max_rows`` failures of each."""
    lines = []
    for result in results:
        if result.ok:
            lines.append(f"{result.table}: ok")
            continue
        lines.append(f"{result.table}: {result.n_failures} failure(s)")
        for case in result.failure_cases.head(max_rows).to_dict("records"):
            lines.append(f"  {_describe(case)}")
        if result.n_failures > max_rows:
            lines.append(f"  ... and {result.n_failures - max_rows} more")
    return "\n".join(lines)


@functools.cache
def _load_pandas_checks() -> None:
    """Import Pandera's pandas checks without Hypothesis, which nothing here uses.

    Pandera's built-in checks import Hypothesis (to generate example data) whenever it is
    installed, as it is beside the tests; that import is about a tenth of a second of every
    build and validation. While the checks load, ``hypothesis`` is marked absent (unless
    something imported it already), then unmarked, so it stays importable for whoever wants it.
    """
    if "hypothesis" in sys.modules:
        importlib.import_module("pandera.backends.pandas.builtin_checks")
        return
    sys.modules["hypothesis"] = None  # type: ignore[assignment]
    try:
        importlib.import_module("pandera.backends.pandas.builtin_checks")
    finally:
        if sys.modules.get("hypothesis", ...) is None:
            del sys.modules["hypothesis"]


def _failure_cases(schema: pa.DataFrameSchema, df: pd.DataFrame) -> pd.DataFrame | None:
    """Pandera's failure cases of ``df``, dataframe-level ones narrowed to their columns;
    None when it passes."""
    _load_pandas_checks()
    try:
        schema.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    else:
        return None
    about = {c.name: c.statistics.get("columns") for c in schema.checks if c.statistics}
    rows = cases.to_dict("records")
    covered = {
        (r["check"], r["index"]) for r in rows if r["column"] in (about.get(r["check"]) or ())
    }
    kept: list[dict[Hashable, Any]] = []
    filled: dict[tuple[Any, Any], dict[Hashable, Any]] = {}
    for row in rows:
        focus = about.get(row["check"])
        if not focus or not _is_label(row["index"]) or row["column"] in focus:
            kept.append(row)
        elif (row["check"], row["index"]) not in covered:
            # Pandera leaves null cells out of failure cases; a rule about a null value (the
            # parent_id of a second root) still gets one row, naming its column.
            filled.setdefault(
                (row["check"], row["index"]), {**row, "column": focus[0], "failure_case": None}
            )
    return pd.DataFrame([*kept, *filled.values()], columns=cases.columns)


def _missing(table: str) -> TableValidation:
    case: dict[str, object] = dict.fromkeys(FAILURE_COLUMNS)
    case.update(table=table, check="table_present", column=table, failure_case="missing")
    cases = pd.DataFrame([case], columns=list(FAILURE_COLUMNS))
    return TableValidation(table=table, ok=False, n_failures=1, failure_cases=cases)


def _is_label(value: Any) -> bool:
    """Whether a failure case's ``index`` names a row (schema-level failures have none)."""
    try:
        return not bool(pd.isna(value))
    except (TypeError, ValueError):
        return True


def _describe(case: Mapping[Hashable, Any]) -> str:
    where = f"row {case['index']}" if _is_label(case["index"]) else "table"
    if _is_label(case["row_key"]):
        where += f" [{case['row_key']}]"
    value = repr(case["failure_case"])
    if len(value) > 60:
        value = value[:57] + "..."
    return f"{where} {case['column']} = {value}: {case['check']}"
