"""The data a version names: one digest of the published files, recorded in the changelog.

A version is cited for its data, so one version must always name the same bytes. The digest
covers every file ``SHA256SUMS`` lists (tables, schemas, chart, SQLite, metadata), and
``datapackage.json`` without its ``version`` (which a bump changes and which says nothing about
the data). Each ``CHANGELOG.md`` entry records it on a line ``Data digest: `sha256:…```; the
release check and a test fail when ``outputs/`` no longer hold what the current version's entry
records, so changed data always comes with a new version.

    python -m pipeline.release.digest [OUTPUTS]    # prints the line to record
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

CHECKSUMS = "SHA256SUMS"
PACKAGE = "datapackage.json"
RECORD = "Data digest: `sha256:{}`"
_RECORDED = re.compile(r"^Data digest: `sha256:([0-9a-f]{64})`$", re.MULTILINE)
_ENTRY = re.compile(r"^## (\S+)", re.MULTILINE)


def data_digest(outputs: Path) -> str:
    """The digest of every file ``outputs/SHA256SUMS`` lists, each hashed from its bytes
    (``datapackage.json`` without its version); ``OSError`` when a listed file is missing."""
    listed = (outputs / CHECKSUMS).read_text(encoding="utf-8").splitlines()
    names = sorted(line.split("  ", 1)[1] for line in listed if line.strip())
    digest = hashlib.sha256()
    for name in names:
        data = (outputs / name).read_bytes()
        if name == PACKAGE:
            package = json.loads(data)
            package.pop("version", None)
            data = json.dumps(package, sort_keys=True, ensure_ascii=False).encode("utf-8")
        digest.update(f"{name}\0{hashlib.sha256(data).hexdigest()}\n".encode())
    return digest.hexdigest()


def recorded_digest(changelog: str, version: str) -> str | None:
    """The digest the changelog's entry for ``version`` records (None: no entry, or no line)."""
    headings = list(_ENTRY.finditer(changelog))
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        if heading.group(1) == version:
            entry = changelog[heading.end() : following.start() if following else None]
            found = _RECORDED.search(entry)
            return found.group(1) if found else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    outputs = Path(args[0] if args else "outputs")
    try:
        print(RECORD.format(data_digest(outputs)))
    except (OSError, ValueError, IndexError) as exc:
        print(f"error: {outputs}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
