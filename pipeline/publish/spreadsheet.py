"""Keep the published CSV files from running as formulas when opened in a spreadsheet.

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``, ``-`` or ``@``
(and some a tab or carriage return first) as a formula, which a hostile page could use
("CSV injection"). In the CSV files only, such a string cell gets a leading single quote;
so that the quote can always be removed again, a value that itself starts with a quote gets
one more. Reading a CSV back removes exactly one leading quote, giving the true value;
Parquet and JSON always hold the true value.
"""

from __future__ import annotations

import math

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralize(value: str) -> str:
    """``value`` as written to a CSV cell."""
    return QUOTE + value if value.startswith((*FORMULA_STARTS, QUOTE)) else value


def restore(value: str) -> str:
    """The true value of a CSV cell written by :func:`neutralize`."""
    return value.removeprefix(QUOTE)


def neutralize_frame(df: pd.DataFrame, text_columns: list[str]) -> pd.DataFrame:
    """``df`` with every non-null cell of ``text_columns`` neutralized.

    Only a column with a cell to change is mapped (most have none, and mapping a column cost
    more than looking through it); a cell that is not a string is mapped, and fails, as ever.
    """
    changed = {
        c: df[c].map(neutralize, na_action="ignore")
        for c in text_columns
        if any(map(_to_neutralize, df[c].tolist()))
    }
    return df.assign(**changed) if changed else df


def _to_neutralize(value: object) -> bool:
    if isinstance(value, str):
        return value.startswith((*FORMULA_STARTS, QUOTE))
    return not (value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)))


def restore_frame(df: pd.DataFrame, text_columns: list[str]) -> pd.DataFrame:
    """``df`` with every string cell of ``text_columns`` restored."""
    return df.assign(
        **{
            c: df[c].map(lambda v: restore(v) if isinstance(v, str) else v)
            for c in text_columns
            if c in df.columns
        }
    )
