"""The rules of ``pipeline/extract/offices/common.py``, each on short synthetic text:
``owner_acronym_spelled_out`` (a name closed by its owner's acronym is the unit named in full)."""

from __future__ import annotations

from pipeline.extract.offices.common import owner_acronym_spelled_out
from pipeline.extract.units import Unit
from tests.extract.helpers import extract, names

OWNER_ACRONYM = """\
# Title 9 - Lamps

## Sec. 12. Division of Oil, Soot, and Glass Research

Within the Office of the Warden of the Lamp and Wick Board, there shall be a Division of \
Oil, Soot, and Glass Research (the "Division").

The Office of the Warden of LWB shall appoint the head of the Division.
"""


def test_owner_acronym_spelled_out_reads_the_short_form_as_the_unit_found() -> None:
    """ "the Office of the Warden of LWB" after "the Office of the Warden of the Lamp and Wick
    Board": one unit, not two."""
    found = names(extract(OWNER_ACRONYM, markdown=True))
    assert "Office of the Warden of the Lamp and Wick Board" in found
    assert "Office of the Warden of LWB" not in found
    off = names(extract(OWNER_ACRONYM, markdown=True, off={"owner_acronym_spelled_out"}))
    assert "Office of the Warden of LWB" in off


def test_owner_acronym_spelled_out_only_the_acronyms_capitals() -> None:
    full = Unit.__new__(Unit)
    object.__setattr__(full, "name", "Office of the Warden of the Lamp and Wick Board")
    assert owner_acronym_spelled_out("Office of the Warden of LWB", [full]) is full
    assert owner_acronym_spelled_out("Office of the Warden of LGB", [full]) is None
    assert owner_acronym_spelled_out("Office of the Keeper of LWB", [full]) is None
    assert owner_acronym_spelled_out("Office of the Warden", [full]) is None
