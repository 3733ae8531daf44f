"""The extractor scores 1.0 on the ICE page, the development pages and the extra real pages.

The extra pages (tests/data/pages_extra) are real agency pages of other shapes, annotated
independently of the extractor; see each gold file's retrieved_note.
"""

import pytest

from pipeline.evaluation.scoring import score_page
from pipeline.extract.page import extract_page
from pipeline.tables.frames import to_frame
from tests.pages import DEV_PAGES, EXTRA_PAGES, ICE_PAGE, gold_for, read

PAGES = [ICE_PAGE, *DEV_PAGES, *EXTRA_PAGES]


def scores(path):
    result = extract_page(path.stem, read(path))
    tables = {
        name: to_frame(name, getattr(result, name)) for name in ("offices", "acronyms", "programs")
    }
    return score_page(tables, gold_for(path), path.stem)


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_page_matches_gold(path):
    score = scores(path)
    for table in ("units", "edges", "acronyms", "programs"):
        result = getattr(score, table)
        assert (result.misses, result.wrong) == ([], []), table
        assert result.f1 == 1.0, table
    assert score.fields == {"acronym": 1.0, "unit_type": 1.0, "name": 1.0}
    assert score.mentioned_in == 1.0


def test_ice_counts():
    result = extract_page("offices_within_ice", read(ICE_PAGE))
    gold = gold_for(ICE_PAGE)
    assert len(result.offices) == len(gold["units"]) + 1
    assert len(result.acronyms) == len(gold["acronyms"]) == 13
    assert len(result.programs) == len(gold["programs"]) == 5
