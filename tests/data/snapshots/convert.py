"""Turn a Jekyll Markdown page into the plain text ``raw/`` takes: a page's title, then its
headings and paragraphs, each on its own line with a blank line between them.

Run from the project root with the page's repository fetched (``git -C REPO show
COMMIT:PATH``); this is how the two snapshots here were made, so they can be made again::

    git -C REPO show COMMIT:pages/tts-offices.md | python tests/data/snapshots/convert.py > out.txt

Only what a reader of the rendered page sees is kept: front matter, heading marks, emphasis,
blockquote marks, rules and link targets are dropped; wrapped lines are joined.
"""

from __future__ import annotations

import re
import sys

LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def convert(markdown: str) -> str:
    lines = markdown.splitlines()
    title = None
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        for line in lines[1:end]:
            if line.startswith("title:"):
                title = line.removeprefix("title:").strip()
        lines = lines[end + 1 :]
    blocks: list[str] = [title] if title else []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(_inline(" ".join(current)))
            current.clear()

    for raw in lines:
        line = raw.strip()
        line = re.sub(r"^>\s?", "", line).strip()
        if not line or re.fullmatch(r"-{3,}|\*{3,}", line):
            flush()
            continue
        heading = re.match(r"#+\s+(.*)", line)
        item = re.match(r"[-*]\s+(.*)", line)
        if heading:
            flush()
            blocks.append(_inline(heading.group(1)))
        elif item:
            flush()
            current.append(item.group(1))
        else:
            current.append(line)
    flush()
    return "\n\n".join(blocks) + "\n"


def _inline(text: str) -> str:
    text = LINK.sub(r"\1", text)
    text = EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())


if __name__ == "__main__":
    sys.stdout.write(convert(sys.stdin.read()))
