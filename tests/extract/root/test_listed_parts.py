"""Names worded as agencies that are parts the page lists
(``root_not_a_listed_part``, ``pipeline/extract/root/listed_parts.py``)."""

from __future__ import annotations

from tests.extract.helpers import extract, offices, root

LISTED_PARTS = (
    "Lamp Realm Offices\n\nThe realm keeps the lamps lit through these parts:\n\n"
    "- Department of Wicks\n- Bureau of Lamp Oil\n- Department of Glass\n"
)


def test_root_not_a_listed_part_an_agency_phrase_held_alone_by_a_list_item() -> None:
    """ "- Department of Wicks" among other items is one of the parts the page lists: the
    root is not taken from it; switched off, the first listed part is the root."""
    found = extract(LISTED_PARTS)
    assert root(found)[0] == "Lamp Realm Offices"
    assert offices(found)["Department of Wicks"].parent == "Lamp Realm Offices"
    off = root(extract(LISTED_PARTS, off={"root_not_a_listed_part"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_a_listed_part_an_introduction_agency_held_alone_by_a_list_item() -> None:
    """ "- (2) Wick Safety Administration (WSA);": a part the introduction lists with its
    acronym is not the agency either."""
    text = (
        "Lamp Realm Offices\n\nThe realm keeps the lamps lit through these parts:\n\n"
        "- (1) Wick Safety Administration (WSA);\n- (2) Lamp Oil Administration (LOA);\n"
        "- (3) Glass Care Administration (GCA).\n"
    )
    assert root(extract(text))[0] == "Lamp Realm Offices"
    off = root(extract(text, off={"root_not_a_listed_part"}))
    assert off == ("Wick Safety Administration", "WSA", "root_from_intro_agency")


def test_root_not_a_listed_part_an_agency_phrase_a_section_heading_holds() -> None:
    """ "## Department of Wicks" beside "## Department of Glass Care": the page describes its
    parts section by section; the first section's heading is no agency of the page (it was
    the root before, the other department its unit)."""
    text = (
        "Lamp Realm Parts\n\nThe realm keeps the lamps lit through the departments below.\n\n"
        "## Department of Wicks\n\nThe department braids the wicks.\n\n"
        "## Department of Glass Care\n\nThe department cleans the lantern glass.\n"
    )
    found = extract(text, markdown=True)
    assert root(found)[0] == "Lamp Realm Parts"
    assert offices(found)["Department of Wicks"].parent == "Lamp Realm Parts"
    off = root(extract(text, markdown=True, off={"root_not_a_listed_part"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_a_listed_part_an_agency_phrase_opening_an_item_that_describes_it() -> None:
    """ "- Department of Wicks. Braids ..." beside "- Department of Glass Care. Cleans ...":
    an item that opens with a part's name and goes on to describe it lists that part too."""
    text = (
        "Lamp Realm Offices\n\nThe realm keeps the lamps lit through these parts:\n\n"
        "- Department of Wicks. Braids the wicks for every lamp.\n"
        "- Department of Glass Care. Cleans the lantern glass.\n"
    )
    found = extract(text)
    assert root(found)[0] == "Lamp Realm Offices"
    assert offices(found)["Department of Wicks"].parent == "Lamp Realm Offices"
    off = root(extract(text, off={"root_not_a_listed_part"}))
    assert off == ("Department of Wicks", None, "root_from_agency_phrase")


def test_root_not_a_listed_part_not_a_single_section_heading() -> None:
    """ "## Department of Wicks" as the only section heading worded as an agency, beside "##
    Office of Glass Care": the page's own agency, not one of several parts."""
    text = (
        "About Us\n\nWe keep the lamps lit.\n\n"
        "## Department of Wicks\n\nThe department braids the wicks.\n\n"
        "## Office of Glass Care\n\nThe office cleans the lantern glass.\n"
    )
    assert root(extract(text, markdown=True))[0] == "Department of Wicks"


def test_root_not_a_listed_part_an_introduction_agency_opening_a_described_item() -> None:
    """ "- The Wick Supply Administration (WSA) keeps ..." beside "- The Glass Care
    Administration (GCA) cleans ...": each item defines one of the parts the page lists;
    the first definition is no agency of the page (it was the root before)."""
    text = (
        "Lamp Realm Offices\n\nThe realm keeps the lamps lit through these parts:\n\n"
        "- The Wick Supply Administration (WSA) keeps the wicks for every lamp.\n"
        "- The Glass Care Administration (GCA) cleans the lantern glass.\n"
    )
    found = extract(text)
    assert root(found)[0] == "Lamp Realm Offices"
    assert offices(found)["Wick Supply Administration"].parent == "Lamp Realm Offices"
    off = root(extract(text, off={"root_not_a_listed_part"}))
    assert off == ("Wick Supply Administration", "WSA", "root_from_intro_agency")


def test_root_not_a_listed_part_not_a_name_in_an_item_sentence() -> None:
    """ "- The Department of Wicks keeps ...": an item that says something about the
    agency is no bare part; the agency phrase stands."""
    text = LISTED_PARTS.replace(
        "- Department of Wicks\n", "- The Department of Wicks keeps lamps.\n"
    )
    assert root(extract(text))[0] == "Department of Wicks"


PARTS_BY_PARAGRAPH = (
    "Lampshire Lamp Guild\n\n"
    "The Office of Wick Supply (OWS) buys wicks for the lamps of the realm and keeps them.\n\n"
    "The Lamp Warden's Council (LWC) advises the warden on the lamps of the realm.\n\n"
    "The Office of Glass Keeping (OGK) mends the lantern glass of the realm.\n"
)


def test_root_not_a_listed_part_a_paragraph_each_defining_a_part() -> None:
    """An introduction whose paragraphs each open by defining a part with its acronym, two of
    them with one opening word ("The Office of Wick Supply (OWS) ...", "The Office of Glass
    Keeping (OGK) ..."), describes the parts a paragraph each: the first is a part, not the
    agency; switched off, it names the root."""
    found = extract(PARTS_BY_PARAGRAPH)
    assert root(found)[0] == "Lampshire Lamp Guild"
    assert offices(found)["Office of Wick Supply"].parent == "Lampshire Lamp Guild"
    off = extract(PARTS_BY_PARAGRAPH, off={"root_not_a_listed_part"})
    assert root(off)[0] == "Office of Wick Supply"


def test_root_not_a_listed_part_an_agency_defined_before_its_parts() -> None:
    """ "The Lampshire Lamp Guild (LLG) keeps ...", then its offices a paragraph each: the
    agency's name opens with another word than its parts', so it stays the root."""
    text = PARTS_BY_PARAGRAPH.replace(
        "Lampshire Lamp Guild\n\n",
        "The Lampshire Lamp Guild (LLG) keeps the lamps of the realm lit through its offices.\n\n",
    ).replace(
        "The Lamp Warden's Council (LWC) advises the warden on the lamps of the realm.\n\n", ""
    )
    assert root(extract(text))[:2] == ("Lampshire Lamp Guild", "LLG")


def test_root_not_a_listed_part_an_item_beside_that_opens_a_sentence_lists_no_part() -> None:
    """ "- The Wick Supply Administration (WSA) keeps ..." beside "- It was founded ...",
    "- Our keepers ..." or "- In 1901 ...": the item beside opens with a sentence's first
    word, no part's name, so the introduction's agency is the page's (the title was the root
    before)."""
    units = (
        "\n\nOffice of Wick Standards\n\nThe office sets standards for wicks.\n\n"
        "Office of Glass Inspection\n\nThe office inspects lantern glass.\n"
    )
    for beside in ("It was founded in 1901.", "Our keepers work day and night.", "In 1901 it"):
        text = (
            "Lamp Matters\n\nThe realm keeps the lamps lit.\n\n- The Wick Supply Administration"
            f" (WSA) keeps the lamps of the realm lit.\n- {beside}\n{units}"
        )
        assert root(extract(text)) == (
            "Wick Supply Administration",
            "WSA",
            "root_from_intro_agency",
        ), beside


def test_root_not_a_listed_part_a_heading_that_names_an_agency_further_on() -> None:
    """ "## Department of Wicks" beside "## Our Partner, the Bureau of Oil": the heading beside
    names a partner further on, it is no part worded as an agency, so the department is the
    page's agency (the partner was the root before)."""
    text = (
        "Lamp Realm Matters\n\nThe realm keeps the lamps lit through the body below.\n\n"
        "## Department of Wicks\n\nThe department braids the wicks.\n\n"
        "### Wick Braiding Division\n\nThe division braids.\n\n"
        "### Wick Trimming Division\n\nThe division trims.\n\n"
        "## Our Partner, the Bureau of Oil\n\nThe bureau supplies oil.\n"
    )
    found = extract(text, markdown=True)
    assert root(found)[0] == "Department of Wicks"
    assert offices(found)["Wick Braiding Division"].parent == "Department of Wicks"


def test_root_not_a_listed_part_an_agency_phrase_opening_the_section_its_heading_names() -> None:
    """ "## Wick Supply" over "The Department of Wick Supply buys ...", beside "## Glass Care"
    over "The Glass Care Division mends ...": the page describes its parts section by
    section, and the name opening the first section is no agency of the page (it was the
    root before, and lost as a unit)."""
    text = (
        "Lamp Realm Parts\n\nThe realm keeps the lamps lit through the parts below.\n\n"
        "## Wick Supply [TOP]\n\nThe Department of Wick Supply buys the wicks.\n\n"
        "## Glass Care [TOP]\n\nThe Glass Care Division mends the lantern glass.\n"
    )
    found = extract(text, markdown=True)
    assert root(found)[0] == "Lamp Realm Parts"
    assert offices(found)["Department of Wick Supply"].parent == "Lamp Realm Parts"
    off = root(extract(text, markdown=True, off={"root_not_a_listed_part"}))
    assert off == ("Department of Wick Supply", None, "root_from_agency_phrase")


def test_root_not_a_listed_part_not_a_section_beside_labels() -> None:
    """ "## Wick Supply" over "The Department of Wick Supply buys ...", beside only "##
    Contact Us": no parts side by side; the department is the page's agency."""
    text = (
        "Lamp Realm Parts\n\nThe realm keeps the lamps lit.\n\n"
        "## Wick Supply\n\nThe Department of Wick Supply buys the wicks.\n\n"
        "## Contact Us\n\nWrite to the keeper of the lamps.\n\n"
        "## Wick Buying\n\nThe unit buys wicks from the braiders.\n"
    )
    assert root(extract(text, markdown=True))[0] == "Department of Wick Supply"
