"""The filter tests' synthetic page: ``page`` opens it with the bureau's title, its
introduction and one office (``WICKS``), so that the lines under test sit beside a unit.
The tests of several modules' filters read it."""

from __future__ import annotations

from textwrap import dedent

ROOT = "Bureau of Lantern Safety"
INTRO = "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit."
WICKS = "Office of Wick Standards\n\nThe office sets standards for wicks."


def page(*blocks: str) -> str:
    """A page: the synthetic bureau's title and introduction, one office, then ``blocks``."""
    return "\n\n".join([INTRO, WICKS, *(dedent(block).strip("\n") for block in blocks)]) + "\n"


MARKUP_END_GROUP = dedent("""\
    # Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    ## Wick Offices open_in_full

    ### Wick Trimming Unit

    The unit trims the wicks.

    ### Glass Polishing Unit

    The unit polishes the glass.
    """)
