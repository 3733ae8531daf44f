"""Score the extractor on a corpus of annotated pages without a build: pages in, scores out.

A corpus folder holds ``pages/`` (``.txt`` or ``.html``) and ``gold/<id>.gold.json``; pages kept
elsewhere pair with a gold folder through :func:`pages_for_gold`. Each page is loaded like a raw
file (decoding, normalization, HTML rendering, the folder's ``sources.json``) and extracted
directly, so the whole corpus scores in seconds; a page the extractor refuses scores as an empty
extraction (every gold row missed), as a user would see it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.evaluation.report import GoldError, load_gold
from pipeline.evaluation.scoring import PageScore, score_page
from pipeline.extract.page import NoStructureError, extract_page
from pipeline.extract.records import PageExtraction
from pipeline.sources.loading import load_page, source_id_for
from pipeline.sources.metadata import read_metadata
from pipeline.tables.frames import to_frame
from pipeline.text.hints import Hint


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


def pages_for_gold(gold_folder: Path, page_folders: Sequence[Path]) -> list[CorpusPage]:
    """The pages annotated in ``gold_folder``, each found in the first of ``page_folders``
    that holds its ``source_file``."""
    found = []
    for gold_path in sorted(gold_folder.glob("*.gold.json")):
        name = load_gold(gold_path)["source_file"]
        pages = [folder / name for folder in page_folders if (folder / name).is_file()]
        if not pages:
            folders = ", ".join(str(f) for f in page_folders)
            raise GoldError(f"{gold_path}: no page {name!r} in {folders}")
        found.append(CorpusPage(pages[0], gold_path))
    return found


@dataclass(frozen=True)
class LoadedPage:
    """A page read as a build reads it, ready to extract (again and again)."""

    source_id: str
    text: str
    agency: str | None
    hints: dict[int, Hint] | None


def load_file(path: Path) -> LoadedPage:
    """Read one page file with its folder's metadata, as a build does."""
    meta = read_metadata(path.parent).get(path.name)
    source, hints, _ = load_page(path, path.parent, meta, max_bytes=1 << 30)
    return LoadedPage(source.source_id, source.text, source.agency, hints or None)


def extract_loaded(page: LoadedPage) -> PageExtraction | None:
    """The extraction of a loaded page, or None when the extractor finds no structure."""
    try:
        return extract_page(page.source_id, page.text, page.agency, hints=page.hints)
    except NoStructureError:
        return None


def extract_file(path: Path) -> PageExtraction | None:
    """The extraction of one page file, or None when the extractor finds no structure."""
    return extract_loaded(load_file(path))


def score_extraction(extraction: PageExtraction | None, source_id: str, gold: dict) -> PageScore:
    pages = [extraction] if extraction is not None else []
    tables = {
        "offices": to_frame("offices", [o for p in pages for o in p.offices]),
        "acronyms": to_frame("acronyms", [a for p in pages for a in p.acronyms]),
        "programs": to_frame("programs", [r for p in pages for r in p.programs]),
    }
    return score_page(tables, gold, source_id)


def score_pages(items: Iterable[CorpusPage]) -> list[PageScore]:
    """Scores of the given annotated pages."""
    scores = []
    for item in items:
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
