"""Units named in leadership, management-team and prose pages: lists of names, positions
and opening names of sentence items (invented names only)."""

from __future__ import annotations

import pytest

from pipeline.extract.page import NoStructureError
from tests.extract.helpers import extract, offices

NAME_BEFORE_VERB = """Lamp Works Authority

The work of the Authority is organised by units:

  • The Cabinet of the Lamp Warden supports the Warden in daily work.
  • The Wick Care unit encompasses trimming, storing and supplying wicks.
  • The Office in Oiltown aims to support the town's lamp posts.
"""


def test_name_before_verb_takes_an_items_opening_name() -> None:
    found = offices(extract(NAME_BEFORE_VERB))
    assert {"Cabinet of the Lamp Warden", "Wick Care unit", "Office in Oiltown"} <= set(found)
    with pytest.raises(NoStructureError):
        extract(NAME_BEFORE_VERB, off={"name_before_verb"})
