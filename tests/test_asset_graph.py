"""The asset graph as a snapshot (keys, deps, checks, kinds, groups, partitioning), so a change
to it is a reviewed change of ``tests/snapshots/asset_graph.json``, never an accident.

After an intended change: ``UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_asset_graph.py``,
then review and commit the new file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import dagster as dg

from pipeline.definitions import defs

SNAPSHOT = Path(__file__).parent / "snapshots" / "asset_graph.json"


def asset_graph(definitions: dg.Definitions) -> dict[str, Any]:
    """Every asset by key: what it depends on, its checks, kinds, group and partitioning."""
    graph = definitions.resolve_asset_graph()
    out: dict[str, Any] = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        partitions = node.partitions_def
        out[key.to_user_string()] = {
            "deps": sorted(p.to_user_string() for p in node.parent_keys),
            "checks": sorted(
                [graph.get_check_spec(c).name, bool(graph.get_check_spec(c).blocking)]
                for c in graph.get_check_keys_for_assets({key})
            ),
            "kinds": sorted(node.kinds),
            "group": node.group_name,
            "partitions": type(partitions).__name__ if partitions is not None else None,
        }
    return out


def test_asset_graph_matches_its_snapshot() -> None:
    current = json.dumps(asset_graph(defs), indent=2, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(current, encoding="utf-8")
    assert current == SNAPSHOT.read_text(encoding="utf-8"), (
        f"the asset graph changed; if intended, rerun with UPDATE_SNAPSHOTS=1, commit {SNAPSHOT}"
    )
