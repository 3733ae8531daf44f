"""Metadata every table asset reports, so the UI shows size, shape and a sample of each table."""

from __future__ import annotations

from typing import Any

import dagster as dg
import pandas as pd

from pipeline.tables.registry import table_spec

PREVIEW_ROWS = 10
CELL_WIDTH = 60


def table_metadata(table: str, df: pd.DataFrame, rows: int | None = None) -> dict[str, Any]:
    """Row count (``rows``, else the frame's), column schema (from the model, with
    descriptions) and a markdown preview of ``df``, under Dagster's standard keys."""
    return {
        "dagster/row_count": dg.MetadataValue.int(len(df) if rows is None else rows),
        "dagster/column_schema": dg.MetadataValue.table_schema(model_schema(table)),
        "preview": dg.MetadataValue.md(markdown_table(df, max_rows=PREVIEW_ROWS)),
    }


def model_schema(table: str) -> dg.TableSchema:
    """A published table's columns as its Pandera model declares them."""
    columns = []
    for name, column in table_spec(table).model.to_schema().columns.items():
        dtype = column.dtype.type
        columns.append(
            dg.TableColumn(
                name=name,
                type="integer" if pd.api.types.is_integer_dtype(dtype) else "string",
                description=column.description,
                constraints=dg.TableColumnConstraints(
                    nullable=bool(column.nullable), unique=bool(column.unique)
                ),
            )
        )
    return dg.TableSchema(columns=columns)


def markdown_table(df: pd.DataFrame, *, max_rows: int) -> str:
    """A GitHub-style markdown table of the first ``max_rows`` rows, cells cut to one line."""
    if df.columns.empty:
        return "_(no columns)_"
    header = [str(name) for name in df.columns]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    # Plain tuples: a named tuple would make a new class for every table drawn.
    for row in df.head(max_rows).itertuples(index=False, name=None):
        lines.append("| " + " | ".join(_cell(value) for value in row) + " |")
    if len(df) > max_rows:
        lines.append(f"\n_{len(df) - max_rows} more rows not shown_")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    text = " ".join(str(value).split()).replace("|", "\\|")
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"
