"""The blocking validation check each table asset runs on itself before anything downstream."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.metadata import markdown_table
from pipeline.tables.validation import TableValidation, format_failures

CHECK_NAME = "valid"
CORRECTIONS_CHECK = "corrections_apply"  # the corrected pages' check: every correction applies
MAX_FAILURE_ROWS = 50


def validation_check(table: str) -> dg.AssetCheckSpec:
    """Blocking, so a table that breaks its contract stops the run before publishing."""
    return dg.AssetCheckSpec(
        name=CHECK_NAME,
        asset=table,
        blocking=True,
        description=f"The {table} table satisfies its pandera model and cross-table keys.",
    )


def validation_result(result: TableValidation) -> dg.AssetCheckResult:
    """The check's result from a table's validation: failure count, cases and the report."""
    return dg.AssetCheckResult(
        asset_key=result.table,
        check_name=CHECK_NAME,
        passed=bool(result.ok),
        metadata={
            "failure_count": int(result.n_failures),
            "failure_cases": dg.MetadataValue.md(
                markdown_table(result.failure_cases, max_rows=MAX_FAILURE_ROWS)
            ),
            "report": dg.MetadataValue.text(format_failures([result])),
        },
    )
