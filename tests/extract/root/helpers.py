"""The page texts and helpers several of the root strategies' test files share."""

from __future__ import annotations

from textwrap import dedent

UNITS = (
    "\n\nOffice of Wick Standards\n\nThe office sets standards for wicks.\n\n"
    "Office of Glass Inspection\n\nThe office inspects lantern glass.\n"
)


def page(title: str, intro: str) -> str:
    return f"{title}\n\n{intro}{UNITS}"


LISTED_DEPARTMENTS = dedent(
    """\
    Departments

    The City of Lampton serves its residents through the departments below.

    Department of Wick Supply

    The department buys wicks for the street lamps.

    Glass Mending Department

    The department mends lantern glass.
    """
)
