"""The rules of ``pipeline/text/sentences.py``: where a sentence ends (a full stop after an
abbreviation)."""

from __future__ import annotations

from pipeline.rules import disabled
from pipeline.text.sentences import sentence_spans
from tests.extract.helpers import extract, offices


def test_abbreviation_sentence_end_before_an_article() -> None:
    """ "... based in Lampton, D.C. The Wick Braiding Center ...": the abbreviation's dot
    before "The" ends the sentence, so the next sentence's subject is a unit of its own and
    the abbreviation is no unit; "the U.S. Lamp Office" stays one name."""
    text = (
        "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit. The "
        "bureau is based in Lampton, D.C. The Wick Braiding Center is located in Oilby.\n"
    )
    found = offices(extract(text))
    assert "Wick Braiding Center" in found
    assert "D.C" not in found
    assert "D.C" in offices(extract(text, off={"abbreviation_sentence_end"}))
    with disabled(set()):
        spans = sentence_spans("It is the U.S. Lamp Office. By Oil Co. It trims.")
    assert len(spans) == 3
