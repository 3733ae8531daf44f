"""The pipeline's regular expressions, compiled once per pattern and kept on disk as Python
keeps bytecode.

A command that extracts imports about 180 module-level patterns (the extractors', the text
splitters'); parsing and compiling them in Python's ``re`` is about 35 ms of processor time in
every process, whether or not a page uses them. :func:`cached_patterns` wraps a command's
imports: while it is open, a ``re.compile`` called from a ``pipeline`` module is served from
``pipeline/__pycache__/patterns.<tag>.pickle`` (the code ``re``'s compiler produced for that
pattern and those flags, handed to ``_sre.compile`` as ``re`` itself does); any other caller,
and any pattern not yet in the file, goes through ``re.compile`` as usual, and the file is
rewritten after the imports when a pattern was missing. The file is keyed by the interpreter's
version and ``_sre``'s ``MAGIC`` and carries the SHA-256 of its entries, ``_sre.compile``
validates the code it is given, and a pattern that cannot be made from the file is compiled by
``re`` instead: a stale or broken file costs the 35 ms, never a wrong pattern. Like bytecode,
the file is not written when ``sys.dont_write_bytecode`` is set (``PYTHONDONTWRITEBYTECODE``)
or the folder is read-only.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import hashlib
import os
import pickle
import re
import sys
import tempfile
from array import array
from collections.abc import Iterator
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

PACKAGE = "pipeline."
MAX_ENTRIES = 2000  # a file grown past this (patterns edited over time) keeps only the latest
_UNCACHED = re.DEBUG | re.TEMPLATE

Key = tuple[str, int]
Entry = tuple[int, array, int, dict[str, int], tuple[str | None, ...]]


def cache_file() -> Path:
    return Path(__file__).parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}.pickle"


def _stamp() -> tuple[Any, ...]:
    return (sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def _read(path: Path) -> dict[Key, Entry]:
    try:
        stamp, digest, payload = pickle.loads(path.read_bytes())
        if stamp != _stamp() or hashlib.sha256(payload).digest() != digest:
            return {}
        entries = pickle.loads(payload)
    except Exception:  # missing, truncated, another format: compile as if there were none
        return {}
    return entries if isinstance(entries, dict) else {}


def _write(path: Path, entries: dict[Key, Entry]) -> None:
    if sys.dont_write_bytecode:
        return
    try:
        path.parent.mkdir(exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=path.name, dir=path.parent)
        temporary = Path(name)
        try:
            payload = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(handle, "wb") as file:
                file.write(pickle.dumps((_stamp(), hashlib.sha256(payload).digest(), payload)))
            temporary.chmod(0o644)  # as a bytecode file is (mkstemp makes it 0o600)
            temporary.replace(path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError:
        pass  # read-only install, full disk: the patterns are compiled again next time


def entry(pattern: str, flags: int) -> Entry:
    """What ``re``'s compiler makes of ``pattern`` (``re._compiler.compile``'s steps)."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags))  # plain numbers: opcodes are named ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def from_entry(pattern: str, made: Entry) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = made
    return _sre.compile(pattern, final_flags, code.tolist(), groups, dict(groupindex), indexgroup)


@contextlib.contextmanager
def cached_patterns(path: Path | None = None) -> Iterator[None]:
    """Serve the ``pipeline`` modules' ``re.compile`` calls from the cache file while open."""
    path = path or cache_file()
    stored = _read(path)
    used: dict[Key, Entry] = {}
    original = re.compile

    def compile(pattern: Any, flags: Any = 0) -> re.Pattern[Any]:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if not (caller.startswith(PACKAGE) and type(pattern) is str):
            return original(pattern, flags)
        flags = int(flags)
        if flags & _UNCACHED:
            return original(pattern, flags)
        key = (pattern, flags)
        made = stored.get(key)
        if made is not None:
            try:
                compiled = from_entry(pattern, made)
            except Exception:  # code _sre refuses: compile it afresh below
                stored.pop(key, None)
            else:
                used[key] = made
                return compiled
        used[key] = entry(pattern, flags)
        return original(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = original
        if any(key not in stored for key in used):
            merged = {**stored, **used} if len(stored) + len(used) <= MAX_ENTRIES else used
            _write(path, merged)
