"""Regenerate the vocabulary section of docs/corrections.md from the declared actions.

Run ``python -m pipeline.docs.corrections`` (``make docs`` does) to rewrite it.
"""

from __future__ import annotations

from pipeline.corrections.vocabulary import vocabulary_markdown
from pipeline.docs.readme import PROJECT_ROOT, render

CORRECTIONS_DOC = PROJECT_ROOT / "docs" / "corrections.md"
SECTION = "corrections-vocabulary"


def main() -> int:
    text = CORRECTIONS_DOC.read_text(encoding="utf-8")
    updated = render(text, {SECTION: vocabulary_markdown()})
    if updated != text:
        CORRECTIONS_DOC.write_text(updated, encoding="utf-8")
        print(f"updated {CORRECTIONS_DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
