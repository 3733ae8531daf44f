"""Root strategies that ``infer_root`` reads itself (``pipeline/extract/root/infer.py``):
the source's metadata, a title's defined acronym, the introduction's defined subject
or agency, the title as the last resort."""

from __future__ import annotations

import pytest

from pipeline.extract.page import NoStructureError
from tests.extract.helpers import extract, root
from tests.extract.root.helpers import page


def test_root_from_metadata_is_the_agency_the_source_names() -> None:
    text = page("Lantern Works", "The Lamp Guild keeps the lamps lit.")
    assert root(extract(text, agency="Lamp Guild")) == ("Lamp Guild", None, "root_from_metadata")
    assert root(extract(text)) == ("Lantern Works", None, "root_from_title")


def test_root_from_metadata_takes_the_acronym_the_page_defines() -> None:
    text = page("Lantern Works", "The Lamp Guild (LG) keeps the lamps lit.")
    assert root(extract(text, agency="Lamp Guild")) == ("Lamp Guild", "LG", "root_from_metadata")
    off = root(extract(text, agency="Lamp Guild", off={"root_from_metadata"}))
    assert off[2] != "root_from_metadata"


def test_root_from_metadata_reads_us_and_united_states_as_one_name() -> None:
    """ "U.S. Lamp Service" in the metadata is the page's "United States Lamp Service (USLS)":
    the root keeps the acronym the page defines (it was lost before)."""
    text = page("Lantern Works", "The United States Lamp Service (USLS) keeps the lamps lit.")
    found = root(extract(text, agency="U.S. Lamp Service"))
    assert found == ("United States Lamp Service", "USLS", "root_from_metadata")


@pytest.mark.xfail(
    strict=True,
    reason="with root_from_metadata off, a page no other strategy reads still takes the "
    "metadata's agency, labelled root_from_metadata (the last fallback is not switched)",
)
def test_root_from_metadata_switched_off_is_not_used() -> None:
    text = page("Lantern Works", "The Lamp Guild keeps the lamps lit.")
    off = root(extract(text, agency="Lamp Guild", off={"root_from_metadata"}))
    assert off == ("Lantern Works", None, "root_from_title")


TITLE_ACRONYM = page(
    "Offices Within BLS",
    "The Lamp Oil Service (LOS) works for the Bureau of Lantern Safety (BLS).",
)


def test_root_from_title_acronym_is_the_defined_acronym_in_the_title() -> None:
    assert root(extract(TITLE_ACRONYM)) == (
        "Bureau of Lantern Safety",
        "BLS",
        "root_from_title_acronym",
    )
    off = root(extract(TITLE_ACRONYM, off={"root_from_title_acronym"}))
    assert off[0] != "Bureau of Lantern Safety"


INTRO_SUBJECT = page(
    "Organization Chart",
    "Lantern Safety Works (LSW) consists of two offices. It answers to the Lamp Oil Service (LOS).",
)


def test_root_from_intro_subject_is_the_defined_subject_of_the_introduction() -> None:
    assert root(extract(INTRO_SUBJECT)) == (
        "Lantern Safety Works",
        "LSW",
        "root_from_intro_subject",
    )
    off = root(extract(INTRO_SUBJECT, off={"root_from_intro_subject"}))
    assert off == ("Lamp Oil Service", "LOS", "root_from_intro_agency")


INTRO_AGENCY = page(
    "Organization Chart",
    "Lamps are kept lit by the Lantern Safety Agency (LSA), which has two offices.",
)


def test_root_from_intro_agency_is_the_first_defined_agency_name() -> None:
    assert root(extract(INTRO_AGENCY)) == (
        "Lantern Safety Agency",
        "LSA",
        "root_from_intro_agency",
    )
    off = root(extract(INTRO_AGENCY, off={"root_from_intro_agency"}))
    assert off == ("Organization Chart", None, "root_from_title")


TITLE_ONLY = page("LANTERN WORKS", "Lamps are kept lit here.")


def test_root_from_title_names_the_root_after_the_title() -> None:
    assert root(extract(TITLE_ONLY)) == ("Lantern Works", None, "root_from_title")


@pytest.mark.xfail(
    strict=True, reason="root_from_title has no switch: switching it off changes nothing"
)
def test_root_from_title_switched_off_leaves_no_root() -> None:
    with pytest.raises(NoStructureError):
        extract(TITLE_ONLY, off={"root_from_title"})
