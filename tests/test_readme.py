"""The README as a front door: it starts with its title and a paragraph that says what the
dataset is and as of when, and the ICE page's date and archive URL in it are the published
ones."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
ICE = "offices_within_ice"


def first_paragraph(text: str) -> str:
    lines = text.splitlines()
    assert lines[0].startswith("# "), "the README starts with its title"
    body = "\n".join(lines[1:]).strip().split("\n\n")[0]
    return " ".join(body.split())


def test_first_paragraph_says_as_of_when_and_where_the_ice_page_was_read():
    sources = pd.read_csv(ROOT / "outputs" / "sources.csv", keep_default_na=False)
    ice = sources[sources["source_id"] == ICE].iloc[0]
    paragraph = first_paragraph(README)

    assert ice["as_of"] == "2009-05-11"
    assert ice["as_of"] in paragraph
    assert ice["archive_url"] in paragraph
    assert ice["url"] in paragraph
