"""The data a version names: the SHA-256 of ``outputs/SHA256SUMS``, recorded in the changelog.

A version is cited for its data, so one version must always name the same bytes.
``SHA256SUMS`` lists the checksum of every published file (tables, schemas, chart, SQLite,
metadata, ``datapackage.json`` with its version), so its own SHA-256 names them all, and anyone
can check a copy with coreutils: ``sha256sum SHA256SUMS`` against the changelog, then
``sha256sum -c SHA256SUMS``. Each ``CHANGELOG.md`` entry records it (:data:`RECORD`); the
release check and a test fail when ``outputs/`` no longer hold what the current version's entry
records, or when a digest once recorded for a version was edited since, so changed data always
comes with a new version.

    python -m pipeline.release.digest [OUTPUTS]    # prints the line to record
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.publish.checksums import SUMS_FILE, parse_sums

RECORD = "Data: `sha256sum SHA256SUMS` = `{}`"
ENTRY = re.compile(r"^## (\S+)", re.MULTILINE)
_RECORDED = re.compile(r"^Data: `sha256sum SHA256SUMS` = `([0-9a-f]{64})`[ \t]*$", re.MULTILINE)


def data_digest(outputs: Path) -> str:
    """The SHA-256 of ``outputs/SHA256SUMS``; ``ValueError`` naming the first line that is not
    a checksum line (:func:`parse_sums`), ``OSError`` when the file cannot be read."""
    data = (outputs / SUMS_FILE).read_bytes()
    try:
        parse_sums(data.decode("utf-8"))
    except ValueError as exc:
        raise ValueError(f"{SUMS_FILE}: {exc}") from None
    return hashlib.sha256(data).hexdigest()


def recorded_digest(changelog: str, version: str) -> str | None:
    """The digest the changelog's entry for ``version`` records (None: no entry, or no line)."""
    headings = list(ENTRY.finditer(changelog))
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        if heading.group(1) == version:
            entry = changelog[heading.end() : following.start() if following else None]
            found = _RECORDED.search(entry)
            return found.group(1) if found else None
    return None


def first_recorded(root: Path, version: str) -> tuple[str, str] | None:
    """The digest ``version``'s entry recorded when one first appeared in the git history of
    ``root/CHANGELOG.md``, with that commit (None: never recorded, or no history to read)."""
    listed = subprocess.run(
        [
            "git",
            "-C",
            str(root),
            "log",
            "--reverse",
            "--format=%H",
            "-G",
            "sha256sum SHA256SUMS",
            "--",
            "CHANGELOG.md",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    for commit in listed.stdout.split() if listed.returncode == 0 else []:
        shown = subprocess.run(
            ["git", "-C", str(root), "show", f"{commit}:CHANGELOG.md"],
            capture_output=True,
            text=True,
            check=False,
        )
        recorded = recorded_digest(shown.stdout, version) if shown.returncode == 0 else None
        if recorded:
            return recorded, commit
    return None


def digest_problems(root: Path, changelog: str, version: str) -> list[str]:
    """Why ``version``'s changelog entry does not name what ``root/outputs`` hold (one line
    each; empty: it does)."""
    if not (root / "outputs" / SUMS_FILE).is_file():
        return [f"outputs/{SUMS_FILE}: missing: run `make run`"]
    actual = data_digest(root / "outputs")
    recorded = recorded_digest(changelog, version)
    first = first_recorded(root, version)
    if first and recorded != first[0]:
        return [
            f"CHANGELOG.md: {version}'s data digest was recorded as {first[0][:12]}… at "
            f"{first[1][:8]} and edited since: restore it; new data needs a new version"
        ]
    if recorded is None:
        return [
            f"CHANGELOG.md: the {version} entry records no data digest: add the line "
            + RECORD.format(actual)
        ]
    if recorded != actual:
        return [
            f"CHANGELOG.md: {version} names data {recorded[:12]}…, outputs/ hold {actual[:12]}…: "
            "bump the version, `make run`, and record the new digest in a new entry (never edit "
            "a recorded one); if no data changed, the libraries that wrote Parquet and SQLite "
            "differ from those that built the release"
        ]
    return []


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    outputs = Path(args[0] if args else "outputs")
    try:
        print(RECORD.format(data_digest(outputs)))
    except (OSError, ValueError) as exc:
        print(f"error: {outputs}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
