"""Regenerate ``CITATION.cff``, how to cite the dataset, from the published folder.

GitHub's "Cite this repository", Zenodo and reference managers read a Citation File Format
(1.2.0) file at the repository's root. Writing it from ``outputs/datapackage.json`` and the
``sources`` table keeps its title, version, licence, date covered and source pages those of
the published files, so a release cannot cite a version or a page it does not hold.

Run ``python -m pipeline.docs.citation`` (``make docs``; ``make run`` does it after building)
to rewrite it, or with ``--check`` to exit 1 when it is stale.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from pipeline.docs import OUTPUTS, PROJECT_ROOT
from pipeline.publish.publisher import PublishError, read_published

CITATION = PROJECT_ROOT / "CITATION.cff"
CFF_VERSION = "1.2.0"
AUTHORS = [{"name": "The ice-offices contributors"}]
MESSAGE = (
    "If you use this dataset, please cite it as below, with the version you used. It describes"
    " {whom} as of {when} (see references)."
)


def message(agencies: int, pages: int) -> str:
    """The CFF message in the number the data has: one page of one agency is "its agency as of
    the date its source page was captured", not "its agencies ... pages"."""
    whom = "its agency" if agencies == 1 else "its agencies"
    when = (
        "the date its source page was captured"
        if pages == 1
        else "the dates its source pages were captured"
    )
    return MESSAGE.format(whom=whom, when=when)


def citation(
    outputs: Path = OUTPUTS, tables: Mapping[str, pd.DataFrame] | None = None
) -> dict[str, Any]:
    """The citation of the dataset published in ``outputs`` (its tables, when already read),
    as CFF fields."""
    package = json.loads((outputs / "datapackage.json").read_text(encoding="utf-8"))
    if tables is None:
        tables = read_published(outputs, formats=("csv",))
    roots = tables["offices"][tables["offices"]["parent_id"].isna()]
    root_of = dict(zip(roots["source_id"], roots["name"], strict=True))
    cff: dict[str, Any] = {
        "cff-version": CFF_VERSION,
        "message": message(roots["name"].nunique(), len(tables["sources"])),
        "type": "dataset",
        "title": package["title"],
        "version": package["version"],
        "abstract": package["description"],
        "authors": AUTHORS,
        "license": package["licenses"][0]["name"],
        "keywords": package["keywords"],
    }
    cff["references"] = [
        _source_page(row, root_of.get(row["source_id"]))
        for row in tables["sources"].to_dict("records")
    ]
    return cff


def citation_file(outputs: Path = OUTPUTS) -> str:
    """``CITATION.cff``'s text: YAML in a fixed key order, so the same outputs give the same
    bytes."""
    header = "# Generated from outputs/ by `make docs` (python -m pipeline.docs.citation).\n"
    body = yaml.safe_dump(citation(outputs), sort_keys=False, allow_unicode=True, width=100)
    return header + body


def citation_example(outputs: Path = OUTPUTS) -> str:
    """The citation in words, as a Markdown quote, from the fields ``CITATION.cff`` holds (the
    README's example, so it always names the published version)."""
    tables = read_published(outputs, formats=("csv",))
    cff = citation(outputs, tables)
    sources = tables["sources"].to_dict("records")
    pages = []
    for reference, row in zip(cff["references"], sources, strict=True):
        words = [f'"{reference["title"]}"', reference["authors"][0]["name"], reference.get("url")]
        page = ", ".join(word for word in words if word)
        if _text(row["archive_url"]):
            page += f", as archived on {row['as_of']}" if _text(row["as_of"]) else ", as archived"
        elif _text(row["as_of"]):
            page += f", as of {row['as_of']}"
        pages.append(page)
    text = (
        f"{AUTHORS[0]['name']}. *{cff['title']}*, version {cff['version']} [data set]. "
        f"From {'; '.join(pages)}."
    )
    lines = textwrap.wrap(text, 93, break_long_words=False, break_on_hyphens=False)
    return "\n".join(f"> {line}" for line in lines)


def _source_page(row: Mapping[Hashable, Any], root: str | None) -> dict[str, Any]:
    """A source page as a CFF reference: its agency (the one the page describes, as the
    sources table or else the page's root office names it), where it was published and the
    archived copy that was read."""
    reference: dict[str, Any] = {
        "type": "website",
        "title": _text(row["title"]) or row["source_id"],
        "authors": [{"name": _text(row["agency"]) or root or row["source_id"]}],
    }
    if _text(row["url"]):
        reference["url"] = row["url"]
    if _text(row["archive_url"]):
        when = f", captured on {row['as_of']}" if _text(row["as_of"]) else ""
        reference["identifiers"] = [
            {
                "type": "url",
                "value": row["archive_url"],
                "description": f"The archived copy read{when}",
            }
        ]
    reference["filename"] = row["path"]
    return reference


def _text(value: Any) -> str | None:
    return None if value is None or pd.isna(value) or not str(value).strip() else str(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if CITATION.cff is stale")
    parser.add_argument("--outputs", type=Path, default=OUTPUTS)
    parser.add_argument("--file", type=Path, default=CITATION, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        text = citation_file(args.outputs)
    except (OSError, ValueError, KeyError, IndexError, PublishError) as exc:
        print(f"error: {args.outputs}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    old = args.file.read_text(encoding="utf-8") if args.file.is_file() else None
    if args.check:
        if old != text:
            print(f"{args.file}: stale; run `make docs`", file=sys.stderr)
            return 1
        return 0
    if old != text:
        args.file.write_text(text, encoding="utf-8")
        print(f"updated {args.file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
