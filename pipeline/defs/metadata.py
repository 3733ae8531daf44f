"""Metadata every table asset reports, so the UI shows size, shape and a sample of each table."""

from __future__ import annotations

from typing import Any

import dagster as dg
import pandas as pd

PREVIEW_ROWS = 10
CELL_WIDTH = 60


def table_metadata(df: pd.DataFrame) -> dict[str, object]:
    """Row count, column schema and a markdown preview, under Dagster's standard keys."""
    columns = [dg.TableColumn(name=str(name), type=str(df[name].dtype)) for name in df.columns]
    return {
        "dagster/row_count": len(df),
        "dagster/column_schema": dg.TableSchema(columns=columns),
        "preview": dg.MetadataValue.md(markdown_table(df, max_rows=PREVIEW_ROWS)),
    }


def markdown_table(df: pd.DataFrame, *, max_rows: int) -> str:
    """A GitHub-style markdown table of the first ``max_rows`` rows, cells cut to one line."""
    if df.columns.empty:
        return "_(no columns)_"
    header = [str(name) for name in df.columns]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in df.head(max_rows).itertuples(index=False):
        lines.append("| " + " | ".join(_cell(value) for value in row) + " |")
    if len(df) > max_rows:
        lines.append(f"\n_{len(df) - max_rows} more rows not shown_")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    text = " ".join(str(value).split()).replace("|", "\\|")
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"
