"""The benchmarks' text: every real page, and generated corpora of any size made from them.

A generated document is a real page with its distinctive capitalized words (names, not the
words the extractor keys on) replaced consistently by made-up words with the same initial, so
acronyms still match their expansions and the page keeps its structure, but no two documents
of a corpus are identical.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.sources.normalize import normalize_text
from pipeline.text import vocabulary

ROOT = Path(__file__).resolve().parents[1]
REAL_PAGES = (
    ROOT / "raw" / "offices_within_ice.txt",
    *sorted((ROOT / "tests" / "data").glob("pages*/*.txt")),
)
ICE_PAGE = REAL_PAGES[0]

_KEEP = frozenset(
    word for value in vars(vocabulary).values() if isinstance(value, frozenset) for word in value
) | frozenset(
    [
        "these",
        "their",
        "there",
        "which",
        "while",
        "within",
        "under",
        "about",
        "other",
        "after",
        "before",
        "through",
        "across",
        "where",
        "every",
        "among",
        "along",
        "since",
        "until",
        "would",
        "could",
        "should",
        "shall",
        "those",
        "thereof",
    ]
)
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{4,}\b")
_SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "do",
    "du",
    "fa",
    "fe",
    "fi",
    "fo",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "mu",
    "na",
    "ne",
    "ni",
    "no",
    "nu",
    "pa",
    "pe",
    "pi",
    "po",
    "ra",
    "re",
    "ri",
    "ro",
    "ru",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "vo",
    "za",
    "zo",
]


@dataclass(frozen=True)
class Page:
    name: str
    text: str

    @property
    def n_bytes(self) -> int:
        return len(self.text.encode("utf-8"))


def real_pages() -> list[Page]:
    """Every real page in the repository, normalized as the pipeline reads it."""
    return [Page(p.stem, normalize_text(p.read_text(encoding="utf-8"))) for p in REAL_PAGES]


def _made_up(word: str, seed: str) -> str:
    digest = hashlib.blake2b(f"{seed}:{word}".encode(), digest_size=16).digest()
    n_syllables = max(2, (len(word) - 1) // 2)
    tail = "".join(_SYLLABLES[b % len(_SYLLABLES)] for b in digest[:n_syllables])
    return word[0] + tail


def vary(page: Page, index: int) -> Page:
    """Document ``index`` of a corpus: ``page`` with its name words replaced consistently."""
    seed = f"{index}"
    names = {
        w: _made_up(w, seed) for w in set(_NAME_WORD.findall(page.text)) if w.lower() not in _KEEP
    }
    text = _NAME_WORD.sub(lambda m: names.get(m.group(0), m.group(0)), page.text)
    return Page(f"doc_{index:05d}_{page.name}", text)


def generate(n: int, pages: list[Page] | None = None):
    """Yield ``n`` distinct documents, cycling over the real pages (streamed, not a list)."""
    pages = pages or real_pages()
    for index in range(n):
        yield vary(pages[index % len(pages)], index)


def write_corpus(n: int, folder: Path) -> int:
    """Write ``n`` generated documents into ``folder`` as ``*.txt``; return their total bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for doc in generate(n):
        (folder / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
        total += doc.n_bytes
    return total
