"""The agency phrase's pattern (``AGENCY``) in ``pipeline/extract/root/common.py``."""

from __future__ import annotations

import random
import re

from pipeline.extract.root.common import AGENCY


def test_the_agency_pattern_finds_what_it_found_with_a_leading_word_boundary() -> None:
    """AGENCY opens each alternative with a letter and a look-behind so that it is tried
    only at those letters; it finds the same names as the pattern that opened with a word
    boundary and an optional country."""
    every_position = re.compile(
        r"\b(?:U\.S\. |United States )?(?:"
        + "|".join(("Department", "Agency", "Administration", "Bureau", "Commission", "Ministry"))
        + r") (?:of |for )(?:the )?[A-Z][\w’'-]*(?:(?:,? and | of | for | )[A-Z][\w’'-]*)*"
    )
    pieces = ["U.S. ", "United States ", "Department", "Agency", " of ", "for ", "the ", "Wick"]
    pieces += ["xU", "_", "é", " ", ",", " and ", "Bureau", "US. ", "Ministry", "Commission"]
    chance = random.Random(5)
    for _ in range(30000):
        text = "".join(chance.choices(pieces, k=chance.randint(0, 7)))
        for start in (0, 1):
            found = [m.span() for m in AGENCY.finditer(text, start)]
            assert found == [m.span() for m in every_position.finditer(text, start)], text
