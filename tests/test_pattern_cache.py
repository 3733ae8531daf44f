"""The pipeline's regular expressions served from their cache file (pipeline/pattern_cache.py)
are the patterns ``re.compile`` makes, whatever state the file is in."""

from __future__ import annotations

import hashlib
import importlib
import pickle
import re
import sys

import pytest

from pipeline import pattern_cache
from pipeline.pattern_cache import cached_patterns, entry, from_entry

SOURCE = r"""
import re
NAMED = re.compile(r"(?P<unit>Office|Bureau)\s+of\s+(?P<what>[A-Z]\w+)", re.IGNORECASE)
PLAIN = re.compile(r"\b(?:[Tt]he\s+)?[A-Z][\w&'-]*(?:\s+(?:of|for|and)\s+[A-Z]\w*)*")
VERBOSE = re.compile(r'''
    ^\s*(\d+)   # a number
    \.\s+(.+)$  # its item
''', re.VERBOSE | re.MULTILINE)
UNICODE = re.compile("[\u2013\u2014-]\\s*(?P<tail>\\w+)")
"""
SAMPLES = [
    "the Office of Investigations and Bureau of Wicks",
    "  12.  The Field Lamp Bureau of Glass",
    "Director – Glass Program",
    "nothing here",
]


def _module(name: str) -> dict:
    namespace = {"__name__": name}
    exec(compile(SOURCE, f"<{name}>", "exec"), namespace)
    return {key: value for key, value in namespace.items() if isinstance(value, re.Pattern)}


def _same(made: dict, expected: dict) -> None:
    assert made.keys() == expected.keys()
    for name, pattern in made.items():
        assert pattern == expected[name]  # same pattern, flags and compiled code
        assert pattern.groupindex == expected[name].groupindex
        assert pattern.groups == expected[name].groups
        for text in SAMPLES:
            found = [m.groupdict() or m.group(0) for m in pattern.finditer(text)]
            assert found == [m.groupdict() or m.group(0) for m in expected[name].finditer(text)]


@pytest.fixture
def writes_cache(monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_patterns_from_the_file_are_the_ones_re_makes(tmp_path, writes_cache):
    cache = tmp_path / "patterns.pickle"
    expected = _module("elsewhere")
    with cached_patterns(cache):
        first = _module("pipeline.fake")
    assert cache.exists()
    _same(first, expected)
    with cached_patterns(cache):
        served = _module("pipeline.fake")
    _same(served, expected)
    assert re.compile is pattern_cache.re.compile  # restored


def test_served_from_the_file_without_compiling(tmp_path, writes_cache, monkeypatch):
    cache = tmp_path / "patterns.pickle"
    with cached_patterns(cache):
        _module("pipeline.fake")

    def refuse(*args):
        raise AssertionError("compiled although cached")

    monkeypatch.setattr(pattern_cache, "entry", refuse)
    with cached_patterns(cache):
        _same(_module("pipeline.fake"), _module("elsewhere"))


@pytest.mark.parametrize(
    "content",
    [
        b"not a pickle",
        b"",
        pickle.dumps((("another python",), b"", pickle.dumps({}))),
        pickle.dumps("just a string"),
    ],
)
def test_a_broken_or_stale_file_compiles_afresh(tmp_path, writes_cache, content):
    cache = tmp_path / "patterns.pickle"
    cache.write_bytes(content)
    with cached_patterns(cache):
        made = _module("pipeline.fake")
    _same(made, _module("elsewhere"))
    with cached_patterns(cache):  # rewritten whole
        _same(_module("pipeline.fake"), _module("elsewhere"))


def _rewrite_entries(cache, change) -> None:
    stamp, digest, payload = pickle.loads(cache.read_bytes())
    entries = pickle.loads(payload)
    for key, (flags, code, groups, groupindex, indexgroup) in list(entries.items()):
        entries[key] = (flags, change(code[:]), groups, groupindex, indexgroup)
    payload = pickle.dumps(entries)
    return stamp, digest, payload


def _changed_code(code):
    code[len(code) // 2] ^= 1  # a literal or a jump changed by one: still valid code
    return code


def test_entries_changed_on_disk_are_not_used(tmp_path, writes_cache):
    cache = tmp_path / "patterns.pickle"
    with cached_patterns(cache):
        _module("pipeline.fake")
    stamp, digest, payload = _rewrite_entries(cache, _changed_code)
    cache.write_bytes(pickle.dumps((stamp, digest, payload)))  # the old digest
    with cached_patterns(cache):
        _same(_module("pipeline.fake"), _module("elsewhere"))


def test_code_sre_refuses_is_compiled_afresh(tmp_path, writes_cache):
    cache = tmp_path / "patterns.pickle"
    with cached_patterns(cache):
        _module("pipeline.fake")
    stamp, _, payload = _rewrite_entries(cache, lambda code: code[:-1])  # no final SUCCESS
    cache.write_bytes(pickle.dumps((stamp, hashlib.sha256(payload).digest(), payload)))
    with cached_patterns(cache):
        _same(_module("pipeline.fake"), _module("elsewhere"))


def test_other_callers_and_no_bytecode_leave_no_file(tmp_path, monkeypatch):
    cache = tmp_path / "patterns.pickle"
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    with cached_patterns(cache):
        _module("dagster.fake")  # not the pipeline's: compiled by re, not cached
    assert not cache.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with cached_patterns(cache):
        _same(_module("pipeline.fake"), _module("elsewhere"))
    assert not cache.exists()


def test_every_pattern_of_the_pipeline_round_trips():
    """Each module-level pattern of the pipeline's modules, made from its cache entry, is the
    pattern ``re`` compiled (code compared)."""
    importlib.import_module("pipeline.commands.build")  # the extractors and text modules
    patterns = {
        (module.__name__, name): value
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("pipeline.")
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
    }
    assert len(patterns) > 100
    for pattern in patterns.values():
        flags = pattern.flags & ~re.UNICODE
        assert from_entry(pattern.pattern, entry(pattern.pattern, flags)) == pattern
