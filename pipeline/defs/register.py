"""Register the raw folder's documents as partitions and print the range covering them all.

``make launch`` uses it: ``dg launch --job build_dataset --partition-range "$(python -m
pipeline.defs.register)"`` builds every document in one run, as ``ice-offices build`` does.
"""

from __future__ import annotations

import sys

from pipeline.commands.instance import open_instance
from pipeline.defs.partitions import register_folder
from pipeline.defs.resources import DatasetPaths
from pipeline.sources.errors import SourceError


def main() -> int:
    try:
        with open_instance() as instance:
            keys = register_folder(instance, DatasetPaths().raw_path)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{keys[0]}...{keys[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
