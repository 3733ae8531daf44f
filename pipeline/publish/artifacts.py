"""Files published beside the tables (data package, checksums, org chart, SQLite, ...).

Each writer takes the validated frames and the staging folder and adds its files there, so
they land in the same atomic swap as the tables. Register a writer by appending it to
``WRITERS``; they run in list order, and a writer may read what an earlier one wrote.
``MANIFEST_WRITERS`` always run after all of them, so the data package and ``SHA256SUMS``
describe every file, whoever registered it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd

from pipeline.publish.checksums import write_checksums
from pipeline.publish.datapackage import write_datapackage, write_schema_copies
from pipeline.publish.org_chart import write_org_chart
from pipeline.publish.sqlite import write_sqlite

Writer = Callable[[Mapping[str, pd.DataFrame], Path], None]

WRITERS: list[Writer] = [write_org_chart, write_sqlite]

MANIFEST_WRITERS: tuple[Writer, ...] = (write_schema_copies, write_datapackage, write_checksums)


def write_artifacts(frames: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Run every registered writer into ``folder``, then the manifest writers."""
    for writer in [*WRITERS, *MANIFEST_WRITERS]:
        writer(frames, folder)
