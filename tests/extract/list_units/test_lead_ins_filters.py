"""The filters among the lead-in rules (``pipeline/extract/list_units/lead_ins.py``):
``lead_in_counts_units``, ``what_the_parts_do`` and ``duties_lead_in``, tested on the filter
tests' page."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.list_units.lead_ins import (
    duties_lead_in,
    lead_in_counts_units,
    what_the_parts_do,
)
from pipeline.extract.records import PageExtraction
from tests.extract.filter_helpers import page
from tests.extract.helpers import Placed, extract, names, offices

COUNTED_SECTIONS = page(
    """\
    Wick Supply Division

    The division consists of the following four sections:

      • Glass Works
      • Oil Stores
      • Soot management
      • Wick Survey
    """,
)


def test_lead_in_counts_units_keeps_a_sentence_case_item() -> None:
    """ "the following four sections:" over "Soot management" among "Glass Works", "Oil
    Stores": the item the lead-in names as a section is one, though set in sentence case;
    with the rule off it is dropped as a duty while its siblings stay."""
    found = offices(extract(COUNTED_SECTIONS))
    assert found["Soot management"] == Placed(
        "Wick Supply Division", "listed_after_lead_in", "inside_section"
    )
    off = offices(extract(COUNTED_SECTIONS, off={"lead_in_counts_units"}))
    assert "Soot management" not in off
    assert off["Glass Works"].parent == "Wick Supply Division"


def test_lead_in_counts_units_not_when_it_goes_on_to_functions() -> None:
    """ "comprised of 3 units and is responsible for the following key functions:": what
    the lead-in announces last is functions, not units; "Soot management" is a duty."""
    text = page(
        """\
        Wick Supply Division

        The division is comprised of 3 units and is responsible for the following key functions:

          • Glass Works
          • Soot management
        """,
    )
    found = offices(extract(text))
    assert "Glass Works" in found
    assert "Soot management" not in found


def test_lead_in_counts_units_not_a_name_cut_at_an_abbreviation() -> None:
    """ "U.S. Bureau of Wicks" read as "U.S" among the bureaus a lead-in announces: only a
    name of whole words in sentence case is kept for the lead-in, not a stub of
    abbreviations. (``initialism_in_item`` reads the name whole: it is off here.)"""
    text = dedent("""\
        Lamp Manual, Part 4: Bureau of Lantern Safety

        4.1 Composition. The Bureau of Lantern Safety is composed of the Office of the Warden and the following bureaus:

        Bureau of Wicks

        Glass Works Service

        U.S. Bureau of Wicks

        Wick Survey
        """)
    found = names(extract(text, off={"initialism_in_item"}))
    assert "Glass Works Service" in found
    assert not [name for name in found if name.startswith("U.")]
    assert "U.S. Bureau of Wicks" in names(extract(text))


def test_lead_in_counts_units_what_it_counts_last() -> None:
    """A count or "the following" and a plural unit noun, last in the lead-in, names units;
    programs, bodies the unit reports to and a subject that is the counted parts do not."""
    assert lead_in_counts_units("The directorate consists of the following four divisions:")
    assert lead_in_counts_units("We are made up of nine divisions that work together.")
    assert not lead_in_counts_units("The office runs five regional programs:")
    assert not lead_in_counts_units("The section reports to the following two offices:")
    assert not lead_in_counts_units("The three divisions share these goals:")
    assert not lead_in_counts_units("The division trims wicks:")


@pytest.mark.parametrize(
    "lead_in",
    [
        "The division is comprised of 3 units and is responsible for the following:",
        "The division has four sections and the following staff:",
    ],
)
def test_lead_in_counts_units_not_what_it_announces_after_its_units(lead_in: str) -> None:
    """A lead-in that counts units and goes on to announce duties or staff holds those:
    "Soot management" stays a duty and "Night porter" no unit, "Glass Works" a unit."""
    text = page(
        f"""\
        Wick Supply Division

        {lead_in}

          • Glass Works
          • Soot management
          • Night porter
        """,
    )
    found = offices(extract(text))
    assert "Glass Works" in found
    assert "Soot management" not in found
    assert "Night porter" not in found


def test_lead_in_counts_units_what_it_announces_after_its_units() -> None:
    """ "the following staff", "these tasks", the duties a unit is responsible for or
    provides after a count of units announce no units; "these units" does."""
    assert not lead_in_counts_units("The division has four sections and the following staff:")
    assert not lead_in_counts_units("The division has five units, which carry out these tasks:")
    assert not lead_in_counts_units(
        "The division is comprised of 3 units and is responsible for the following:"
    )
    assert not lead_in_counts_units(
        "The division has 3 units and provides the following to the public through town offices:"
    )
    assert lead_in_counts_units(
        "The bureau has five sections and these units, each led by a chief:"
    )
    assert not lead_in_counts_units("The division has five units, which carry out those duties:")
    assert not lead_in_counts_units(
        "The division has five units, which carry out these important tasks:"
    )
    assert not lead_in_counts_units("The division has four sections and the following key staff:")


def test_lead_in_counts_units_these_that_refer_back_to_its_units() -> None:
    """ "these", "those" or "the following" followed by a verb or by nothing refers back to
    the units the lead-in counts: its items are those units."""
    assert lead_in_counts_units("The division has four sections and these are as follows:")
    assert lead_in_counts_units("The division has four sections, which are the following:")
    assert lead_in_counts_units("The division has four sections, each of these led by a chief:")
    assert lead_in_counts_units("The division has four sections and those report to its head:")


def test_lead_in_counts_units_its_last_sentence() -> None:
    """A count of units in an earlier sentence of the lead-in does not name the list's
    items: "It trims wicks:" introduces what the division does."""
    assert not lead_in_counts_units("The division has four sections. It trims wicks:")
    assert not lead_in_counts_units("The division has four sections. It also runs these errands:")


PARTS_SERVICES = dedent("""\
    Bureau of Lantern Safety

    The Bureau of Lantern Safety keeps the lamps lit.

    Wick Division

    The Wick Division is comprised of three teams that provide the following services to the town:

    - Wick Trimming
    - Wick Dyeing
    - Holiday Lamp Help

    Oil Division

    The Oil Division is comprised of the following:

    - Oil Storage Unit
    - Oil Testing Unit
    """)


def test_what_the_parts_do_a_list_of_services_the_parts_provide_names_no_units() -> None:
    found = names(extract(PARTS_SERVICES))
    assert {"Oil Storage Unit", "Oil Testing Unit"} <= set(found)
    assert not {"Wick Trimming", "Wick Dyeing", "Holiday Lamp Help"} & set(found)
    off = names(extract(PARTS_SERVICES, off={"what_the_parts_do"}))
    assert {"Wick Trimming", "Holiday Lamp Help"} <= set(off)
    assert what_the_parts_do(" and is responsible for the following:")
    assert not what_the_parts_do(" three sections:")


def _listed(result: PageExtraction) -> dict[str, Placed]:
    """The units found besides the filter page's root, its office and the section's own."""
    return {
        name: placed
        for name, placed in offices(result).items()
        if name not in {"Bureau of Lantern Safety", "Office of Wick Standards", "Lamp Office"}
        and name not in {"Office of the Keeper", "Wick Division"}
    }


PROVIDES = page(
    """\
    Lamp Office

    The Lamp Office keeps the town's lamps. The Lamp Office provides:

      • Wick Trimming Service
      • Oil Supply Service
      • Glass Polishing Service
    """,
)


def test_duties_lead_in_a_verb_of_service_lists_no_units() -> None:
    """ "The Lamp Office provides:" over items worded as units ("Wick Trimming Service"):
    the list is what the office provides; with the rule off the items' wording makes them
    units (``unit_worded_items``)."""
    assert _listed(extract(PROVIDES)) == {}
    off = _listed(extract(PROVIDES, off={"duties_lead_in"}))
    assert off["Wick Trimming Service"] == Placed(
        "Lamp Office", "unit_worded_items", "inside_section"
    )
    assert len(off) == 3


ROLE_INCLUDES = page(
    """\
    Office of the Keeper

    The office supports the Keeper. The Keeper's role includes:

      • Chair of the Lamp Committee
      • Head of the Wick Council
    """,
)


def test_duties_lead_in_a_noun_of_duties_as_subject_lists_no_units() -> None:
    """ "The Keeper's role includes:": the items are what the Keeper does, though worded as
    posts; with the rule off they are units."""
    assert _listed(extract(ROLE_INCLUDES)) == {}
    off = _listed(extract(ROLE_INCLUDES, off={"duties_lead_in"}))
    assert set(off) == {"Chair of the Lamp Committee", "Head of the Wick Council"}


CHARGED_WITH_FUNCTIONS = page(
    """\
    Wick Division

    The Wick Division consists of two shifts and is responsible for the following functions:

      • Wick Trimming
      • Oil Testing
      • Glass Polishing
    """,
)


def test_duties_lead_in_names_no_parent_for_its_items() -> None:
    """ "The Wick Division consists of two shifts and is responsible for the following
    functions:": the division is named, but its functions are not its units; with the rule
    off the lead-in's subject makes them its parts (``lead_in_names_parent``)."""
    assert _listed(extract(CHARGED_WITH_FUNCTIONS)) == {}
    off = _listed(extract(CHARGED_WITH_FUNCTIONS, off={"duties_lead_in"}))
    assert off["Oil Testing"] == Placed(
        "Wick Division", "lead_in_names_parent", "lead_in_names_parent"
    )


def test_duties_lead_in_not_when_its_verb_takes_units() -> None:
    """ "is responsible for the following sections:": a verb of charge over units named in
    the plural introduces those units, which stay the division's."""
    text = page(
        """\
        Wick Division

        The Wick Division consists of two shifts and is responsible for the following sections:

          • Wick Trimming Section
          • Oil Testing Section
        """,
    )
    found = _listed(extract(text))
    assert found["Oil Testing Section"] == Placed(
        "Wick Division", "lead_in_names_parent", "lead_in_names_parent"
    )
    assert not duties_lead_in("The division is responsible for the following sections:")
    assert not duties_lead_in("The office provides two units:")


def test_duties_lead_in_not_has_without_a_noun_of_duties() -> None:
    """ "The Lamp Office has the following:" announces what the office holds, its parts:
    "has" is a verb of charge only before a noun of duties ("has the following
    functions:")."""
    text = page(
        """\
        Lamp Office

        The Lamp Office has the following:

          • Wick Trimming Service
          • Oil Supply Service
        """,
    )
    assert set(_listed(extract(text))) == {"Wick Trimming Service", "Oil Supply Service"}
    assert duties_lead_in("The Lamp Office has the following functions:")
    assert not duties_lead_in("The Lamp Office has the following:")


def test_duties_lead_in_not_a_verb_of_holding() -> None:
    """ "The Lamp Office includes other key functions:": "includes" says what the office
    holds, and the functions it names may be its parts; only a verb of service or charge,
    or a noun of duties as the subject, makes a lead-in of duties."""
    text = page(
        """\
        Lamp Office

        The Lamp Office includes other key functions:

          • Wick Trimming Service
          • Oil Supply Service
        """,
    )
    assert set(_listed(extract(text))) == {"Wick Trimming Service", "Oil Supply Service"}
    assert not duties_lead_in("The Lamp Office includes other key functions:")


def test_duties_lead_in_the_shapes_it_reads() -> None:
    """The lead-ins of duties: a verb of service or charge closing the sentence, with "the
    following" and a noun of duties or offerings, in any case; a noun of duties or "services
    provided by" as the subject."""
    assert duties_lead_in("The Wick Office Provides:")
    assert duties_lead_in("The office performs the following functions, amongst others:")
    assert duties_lead_in("The office provides the following services:")
    assert duties_lead_in("Lamp Care Services Provided by the Oil Division:")
    assert duties_lead_in("The main functions of the Wick Office include:")
    assert not duties_lead_in("Lamp Care Services:")
    assert not duties_lead_in("The Lamp Office comprises the following sections:")


def _worked_through(lead_in: str, items: list[str], *, heading: str = "Wick Division") -> str:
    """The filter page with a division's heading, a lead-in and its items in a bulleted list."""
    return page(heading + "\n\n" + lead_in + "\n\n" + "\n".join(f"- {item}" for item in items))


SECTIONS = ["Trimming Section", "Cutting Section", "Storage Section"]


@pytest.mark.parametrize(
    ("lead_in", "items", "heading"),
    [
        ("The Wick Division delivers its services through:", SECTIONS, "Wick Division"),
        ("The Wick Division carries out its functions through:", SECTIONS, "Wick Division"),
        (
            "The Oil Division handles this work through:",
            ["Oil Testing Unit", "Oil Pricing Unit"],
            "Oil Division",
        ),
    ],
)
def test_duties_lead_in_not_a_verb_closing_on_an_agent(
    lead_in: str, items: list[str], heading: str
) -> None:
    """ "The Wick Division delivers its services through:" over "Trimming Section", ...: the
    words after the verb of service close on a preposition of agency, so the lead-in says
    who does the work, and its items are the division's sections."""
    found = offices(extract(_worked_through(lead_in, items, heading=heading)))
    for item in items:
        assert found[item] == Placed(heading, "unit_worded_items", "inside_section")
    assert not duties_lead_in(lead_in)
    assert not duties_lead_in("The Wick Division delivers its services with the help of:")
    assert not duties_lead_in("The Wick Division trims wicks and provides oil via the following:")
    assert duties_lead_in("The office performs the following duties, among others:")


def test_duties_lead_in_not_a_verb_closing_on_an_agent_in_markdown() -> None:
    """The same in Markdown: "The Wick Division offers its services through:" under a
    "## Wick Division" heading keeps its sections under the division."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Wick Division

        The Wick Division offers its services through:

        - Trimming Section
        - Cutting Section
        - Storage Section
        """)
    found = offices(extract(text, markdown=True))
    for item in SECTIONS:
        assert found[item] == Placed("Wick Division", "unit_worded_items", "inside_section")


@pytest.mark.parametrize(
    "lead_in",
    [
        "Functions of the division are carried out by:",
        "Responsibilities of the division are shared by:",
    ],
)
def test_duties_lead_in_not_a_subject_of_duties_run_on_into_a_passive_of_agency(
    lead_in: str,
) -> None:
    """ "Functions of the division are carried out by:": the subject is a noun of duties,
    but what follows "of" runs on into a passive of agency, so the items are who carries
    them out: the division's sections. "Functions of the Wick Office:" and "The functions
    of the Wick Office are to:" stay lead-ins of duties."""
    found = offices(extract(_worked_through(lead_in, SECTIONS)))
    for item in SECTIONS:
        assert found[item] == Placed("Wick Division", "unit_worded_items", "inside_section")
    assert not duties_lead_in(lead_in)
    assert not duties_lead_in("Functions of the division are carried out by the following:")
    assert duties_lead_in("Functions of the Wick Office:")
    assert duties_lead_in("The functions of the Wick Office are to:")
