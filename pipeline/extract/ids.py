"""Readable ids derived from content: ``<source_id>:<slug of the name>``."""

from __future__ import annotations

from pipeline.extract.names import slug


class IdMaker:
    """Hands out ids unique within one source; a repeated name gets ``-2``, ``-3``..."""

    def __init__(self, source_id: str) -> None:
        self.source_id = source_id
        self.used: set[str] = set()
        self.next_suffix: dict[str, int] = {}

    def make(self, name: str) -> str:
        base = f"{self.source_id}:{slug(name)}"
        candidate, n = base, self.next_suffix.get(base, 1)
        if n > 1:
            candidate = f"{base}-{n}"
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate)
        self.next_suffix[base] = n + 1
        return candidate
