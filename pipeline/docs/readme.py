"""Regenerate the documentation's generated sections (data dictionary, org chart, citation).

Each section sits between ``<!-- BEGIN GENERATED name -->`` and ``<!-- END GENERATED name -->``
lines in one of :data:`PAGES` (``docs/data.md``; in the README only its example citation, which
names the published version); everything else is left as it is. The data dictionary comes from
the models, the org chart from the published ``offices`` table, the citation from the data
package and the ``sources`` table, as ``CITATION.cff`` does.

Run ``python -m pipeline.docs.readme`` (``make docs``; ``make run`` does it after building) to
rewrite them, or with ``--check`` to exit 1 when any is stale.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.docs import OUTPUTS, PROJECT_ROOT
from pipeline.docs.citation import citation_example
from pipeline.docs.dictionary import data_dictionary
from pipeline.docs.mermaid import mermaid_chart
from pipeline.publish.publisher import PublishError, read_published

README = PROJECT_ROOT / "README.md"
PAGES = (README, PROJECT_ROOT / "docs" / "data.md")
SECTIONS = ("data-dictionary", "org-chart", "citation-example")


def generated_sections(outputs: Path = OUTPUTS) -> dict[str, str]:
    """The body of every generated section, by name."""
    offices = read_published(outputs, formats=("csv",))["offices"]
    return {
        "data-dictionary": data_dictionary(),
        "org-chart": mermaid_chart(offices),
        "citation-example": citation_example(outputs),
    }


def sections_in(text: str) -> dict[str, str]:
    """The body of each generated section found in a page's ``text``."""
    return {m["name"]: m["body"] for m in _SECTION.finditer(text)}


def render(text: str, sections: Mapping[str, str]) -> str:
    """``text`` with each generated section's body replaced; raises ``ValueError`` when a
    section's markers are missing."""
    missing = [name for name in sections if name not in sections_in(text)]
    if missing:
        raise ValueError(f"no '{_begin(missing[0])}' ... '{_end(missing[0])}' lines")

    def body(match: re.Match[str]) -> str:
        name = match["name"]
        new = sections.get(name, match["body"].rstrip("\n"))
        return f"{_begin(name)}\n{new}\n{_end(name)}"

    return _SECTION.sub(body, text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a section is stale")
    parser.add_argument(
        "--readme",
        type=Path,
        action="append",
        dest="pages",
        help="a page to update (repeatable; default: README.md and docs/data.md)",
    )
    parser.add_argument("--outputs", type=Path, default=OUTPUTS)
    args = parser.parse_args(argv)
    pages = args.pages or list(PAGES)
    try:
        sections = generated_sections(args.outputs)
    except (OSError, ValueError, KeyError, IndexError, PublishError) as exc:
        print(f"error: {args.outputs}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    placed: set[str] = set()
    stale_pages = 0
    for page in pages:
        try:
            text = page.read_text(encoding="utf-8")
            present = {n: body for n, body in sections.items() if n in sections_in(text)}
            updated = render(text, present)
        except (OSError, ValueError) as exc:
            print(f"error: {page}: {' '.join(str(exc).split())}", file=sys.stderr)
            return 2
        placed |= set(present)
        if args.check:
            old = sections_in(text)
            stale = [n for n, body in sections_in(updated).items() if old[n] != body]
            for name in stale:
                print(f"{page}: section {name} is stale; run `make docs`", file=sys.stderr)
            stale_pages += bool(stale)
        elif updated != text:
            page.write_text(updated, encoding="utf-8")
            print(f"updated {page}")
    if not args.pages and set(sections) - placed:
        missing = sorted(set(sections) - placed)[0]
        print(f"error: no page has the '{_begin(missing)}' section", file=sys.stderr)
        return 2
    return 1 if stale_pages else 0


def _begin(name: str) -> str:
    return f"<!-- BEGIN GENERATED {name} -->"


def _end(name: str) -> str:
    return f"<!-- END GENERATED {name} -->"


_SECTION = re.compile(
    r"^<!-- BEGIN GENERATED (?P<name>[a-z-]+) -->\n"
    r"(?P<body>.*?)\n?<!-- END GENERATED (?P=name) -->",
    re.DOTALL | re.MULTILINE,
)


if __name__ == "__main__":
    raise SystemExit(main())
