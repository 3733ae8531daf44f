"""Score the extractor on a corpus of annotated pages without a build: pages in, scores out.

A corpus folder holds ``pages/`` (``.txt`` or ``.html``) and ``gold/<id>.gold.json``. Each page
is loaded like a raw file (decoding, normalization, HTML rendering) and extracted directly, so
the whole corpus scores in seconds; a page the extractor refuses scores as an empty extraction
(every gold row missed), as a user would see it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.evaluation.report import load_gold
from pipeline.evaluation.scoring import PageScore, score_page
from pipeline.extract.page import NoStructureError, extract_page
from pipeline.extract.records import PageExtraction
from pipeline.sources.loading import load_page, source_id_for
from pipeline.tables.frames import to_frame


@dataclass(frozen=True)
class CorpusPage:
    """One annotated page of a corpus."""

    page: Path
    gold_path: Path

    @property
    def source_id(self) -> str:
        return source_id_for(self.page)


def corpus_pages(folder: Path) -> list[CorpusPage]:
    """The annotated pages of a corpus folder, in gold-file order."""
    found = []
    for gold_path in sorted((folder / "gold").glob("*.gold.json")):
        gold = load_gold(gold_path)
        found.append(CorpusPage(folder / "pages" / gold["source_file"], gold_path))
    return found


def extract_file(path: Path) -> PageExtraction | None:
    """The extraction of one page file, or None when the extractor finds no structure."""
    source, hints, _ = load_page(path, path.parent, None, max_bytes=1 << 30)
    try:
        return extract_page(source.source_id, source.text, None, hints=hints or None)
    except NoStructureError:
        return None


def score_extraction(extraction: PageExtraction | None, source_id: str, gold: dict) -> PageScore:
    pages = [extraction] if extraction is not None else []
    tables = {
        "offices": to_frame("offices", [o for p in pages for o in p.offices]),
        "acronyms": to_frame("acronyms", [a for p in pages for a in p.acronyms]),
        "programs": to_frame("programs", [r for p in pages for r in p.programs]),
    }
    return score_page(tables, gold, source_id)


def score_corpus(folders: Iterable[Path]) -> list[PageScore]:
    """Scores of every annotated page in ``folders``."""
    scores = []
    for folder in folders:
        for item in corpus_pages(Path(folder)):
            gold = load_gold(item.gold_path)
            scores.append(score_extraction(extract_file(item.page), item.source_id, gold))
    return scores


def frame(scores: list[PageScore]) -> pd.DataFrame:
    """F1 per page and table, for reports."""
    return pd.DataFrame(
        [
            {
                "page": s.source_id,
                **{t: getattr(s, t).f1 for t in ("units", "edges", "acronyms", "programs")},
            }
            for s in scores
        ]
    )
