"""Files published beside the tables (data package, checksums, org chart, SQLite, ...).

Each writer takes the validated frames and the staging folder and adds its files there, so
they land in the same atomic swap as the tables. Register a writer by appending it to
``WRITERS``; they run in list order, and a writer may read what an earlier one wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd

Writer = Callable[[Mapping[str, pd.DataFrame], Path], None]

WRITERS: list[Writer] = []


def write_artifacts(frames: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Run every registered writer into ``folder``."""
    for writer in WRITERS:
        writer(frames, folder)
