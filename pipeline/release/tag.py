"""``make release``: check that the checked-out commit is a release, then tag it ``vX.Y.Z``.

A release is a commit whose ``outputs/`` were built by its own code (their
``datapackage.json`` carries the project version), whose ``CITATION.cff`` cites that version,
whose ``CHANGELOG.md`` opens with that version's entry recording the digest of those outputs
(:mod:`pipeline.release.digest`), with nothing uncommitted, under a tag that does not exist
yet. Each unmet condition is one line; nothing is tagged until all hold.
Pushing the tag stays a deliberate step (``git push origin vX.Y.Z``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from pipeline.release.digest import ENTRY, digest_problems
from pipeline.release.version import PROJECT_ROOT, project_version


def release_problems(root: Path) -> list[str]:
    """Why the commit checked out in ``root`` cannot be tagged as a release (empty: it can)."""
    version = project_version(root)
    problems = []
    if _git(root, "status", "--porcelain").strip():
        problems.append("uncommitted changes: commit them (or stash them) first")
    changelog = root / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else ""
    entries = ENTRY.findall(text)
    if not entries or entries[0] != version:
        newest = entries[0] if entries else "none"
        problems.append(
            f"CHANGELOG.md: the newest entry is {newest}, not {version}: write its entry first"
        )
    if entries and entries[0] == version:
        problems += digest_problems(root, text, version)
    package = root / "outputs" / "datapackage.json"
    built = (
        json.loads(package.read_text(encoding="utf-8")).get("version")
        if package.is_file()
        else None
    )
    if built != version:
        problems.append(f"outputs/ were built at version {built}, not {version}: run `make run`")
    citation = root / "CITATION.cff"
    cff = yaml.safe_load(citation.read_text(encoding="utf-8")) if citation.is_file() else None
    cited = cff.get("version") if isinstance(cff, dict) else None
    if not citation.is_file():
        problems.append("CITATION.cff: missing: run `make docs`")
    elif cited is None or str(cited) != version:
        problems.append(f"CITATION.cff cites version {cited}, not {version}: run `make docs`")
    if _git(root, "tag", "--list", f"v{version}").strip():
        problems.append(f"tag v{version} already exists: bump the version in pyproject.toml")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; create no tag")
    parser.add_argument("--root", type=Path, default=PROJECT_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        problems = release_problems(args.root)
    except (OSError, ValueError, KeyError, yaml.YAMLError, subprocess.CalledProcessError) as exc:
        print(f"error: {args.root}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 1
    tag = f"v{project_version(args.root)}"
    if args.check:
        print(f"ready to tag {tag}")
        return 0
    _git(args.root, "tag", "--annotate", tag, "--message", f"ice-offices {tag}")
    print(f"tagged {tag}; publish it with: git push origin {tag}")
    return 0


def _git(root: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    )
    return result.stdout


if __name__ == "__main__":
    raise SystemExit(main())
