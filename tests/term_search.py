"""Which of many names a string holds, fast enough for every gold term against every string."""

from __future__ import annotations

import json
import re
from pathlib import Path

TermIndex = dict[str, list[tuple[str, re.Pattern[str]]]]


def term_index(terms: set[str]) -> TermIndex:
    """Each term's whole-word pattern, filed under the term's first word: a term can only
    stand where a string holds that word as a whole word (a term opening with no word
    character is filed under "" and searched everywhere)."""
    index: TermIndex = {}
    for term in sorted(terms):
        first = re.match(r"\w+", term)
        pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")
        index.setdefault(first.group() if first else "", []).append((term, pattern))
    return index


def terms_in(literal: str, index: TermIndex) -> list[str]:
    """The terms of the index that the string holds as whole words."""
    words = sorted({"", *re.findall(r"\w+", literal)})
    return [term for word in words for term, p in index.get(word, []) if p.search(literal)]


def content_words(term: str) -> list[str]:
    """The words of a term after a leading article or demonstrative: "the Bureau" and "This
    Office" are one ordinary word, a gold alias of a page's root or unit but the language's,
    not a page's name."""
    words = term.split()
    return words[1:] if words and words[0].lower() in {"the", "a", "an", "this"} else words


def gold_file_terms(path: Path) -> set[str]:
    """Every name a gold file holds: the root, its parent, units, programs (objects, or bare
    names in older files) and optional programs with their acronyms (those also accepted
    among them) and aliases, and acronym definitions with the other expansions accepted."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    entries = [gold["root"], gold.get("root_parent") or {}, *gold["units"]]
    listed = [*gold.get("programs", []), *gold.get("optional_programs", [])]
    entries += [p if isinstance(p, dict) else {"name": p} for p in listed]
    terms: set[str] = set()
    for entry in entries:
        terms.update(filter(None, [entry.get("name"), entry.get("acronym")]))
        terms.update(entry.get("aliases", []))
        terms.update(filter(None, entry.get("accept_acronyms", [])))
    for acronym in gold.get("acronyms", []):
        terms.update([acronym["acronym"], acronym["expansion"]])
        terms.update(acronym.get("alt_expansions", []))
    return terms
