"""The real pages the tests read, with their gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.sources.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
ICE_PAGE = ROOT / "raw" / "offices_within_ice.txt"
DEV_PAGES = sorted((DATA / "pages").glob("*.txt"))
GOLD = DATA / "gold"


def read(path: Path) -> str:
    """A page as the pipeline reads it: decoded and normalized."""
    return normalize_text(path.read_text(encoding="utf-8"))


def gold_for(path: Path) -> dict:
    return json.loads((GOLD / f"{path.stem}.gold.json").read_text(encoding="utf-8"))
