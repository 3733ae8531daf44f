"""The real pages the tests read, with their gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.sources.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
ICE_PAGE = ROOT / "raw" / "offices_within_ice.txt"
DEV_PAGES = sorted((DATA / "pages").glob("*.txt"))
EXTRA_PAGES = sorted((DATA / "pages_extra").glob("*.txt"))
GOLD = DATA / "gold"
GOLD_EXTRA = DATA / "gold_extra"


def read(path: Path) -> str:
    """A page as the pipeline reads it: decoded and normalized."""
    return normalize_text(path.read_text(encoding="utf-8"))


def gold_for(path: Path) -> dict:
    folder = GOLD_EXTRA if path.parent.name == "pages_extra" else GOLD
    return json.loads((folder / f"{path.stem}.gold.json").read_text(encoding="utf-8"))
