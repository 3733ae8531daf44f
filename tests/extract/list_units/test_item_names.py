"""The rules that choose an item's name (``pipeline/extract/list_units/item_names.py``): labels,
codes and figures, clauses and verbs after the name, stops after initials and abbreviations."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.list_units.item_names import headed_by_clause, item_name, unit_noun_heads_item
from pipeline.extract.page import NoStructureError
from pipeline.rules import disabled
from pipeline.text.blocks import LIST_ITEM, Block
from tests.extract.helpers import (
    LABEL_LINES,
    LAMP_DIVISIONS,
    LAMP_FUNCTIONS,
    MIXED_OUTLINE,
    ROOT,
    Placed,
    extract,
    offices,
    page,
)

FIGURE_LABELS = page("""
    Wick Standards: sets standards for wicks.
    Glass Inspection: inspects lantern glass.
    Oil Supply: buys lamp oil.
    Lamp Budget: $1,250,000
    Wick Keepers: 85
    Posted: Mar 3, 2011 10:15 AM
    """)


def test_figure_label_a_figure_or_a_date_is_no_unit() -> None:
    """ "Label: value" lines whose value is only a figure or a date (a budget, a head count,
    a posting date) label quantities, not units; the lines that say what a unit does stay
    units. Switched off, the figures' labels are units too."""
    found = offices(extract(FIGURE_LABELS))
    assert found["Wick Standards"] == Placed(ROOT, "label_line_run", "inside_section")
    assert not {"Lamp Budget", "Wick Keepers", "Posted"} & set(found)
    off = offices(extract(FIGURE_LABELS, off={"figure_label"}))
    assert {"Lamp Budget", "Wick Keepers", "Posted"} <= set(off)


def test_figure_label_a_word_that_opens_like_a_month_is_no_date() -> None:
    """Only a month's name or its short form makes a date: "Junction 12, 1911" (a place and
    a year) is no date, its label stays a unit; "June 12, 1911" is one."""
    text = FIGURE_LABELS.replace("Wick Keepers: 85", "Wick Keepers: Junction 12, 1911")
    assert "Wick Keepers" in offices(extract(text))
    dated = FIGURE_LABELS.replace("Wick Keepers: 85", "Wick Keepers: June 12, 1911")
    assert "Wick Keepers" not in offices(extract(dated))
    assert "Wick Keepers" in offices(extract(dated, off={"figure_label"}))


def test_figure_label_a_value_with_words_is_a_unit() -> None:
    """A value with words beside its figure ("sets 12 standards for wicks") says what a unit
    does: its label stays a unit."""
    text = FIGURE_LABELS.replace("Wick Keepers: 85", "Wick Keepers: trims 85 wicks a day.")
    assert "Wick Keepers" in offices(extract(text))


# A code's list of departments, one of them named at length in lower case.
LONG_DEPARTMENTS = dedent("""\
    § 4-1-101. Lamp departments -- Creation.

    There are created and established the following administrative departments of the lamp government:

    (1) Department of wicks;

    (2) Department of oil and glass supply and lamp post repair services;

    (3) Department of matches.
    """)


def test_unit_noun_heads_item_a_long_lower_case_department() -> None:
    """ "(2) Department of oil and glass supply and lamp post repair services;" after "the
    following administrative departments": longer than a lower-case name may be, but the
    unit noun that opens it makes it a department's name."""
    long_name = "Department of oil and glass supply and lamp post repair services"
    found = offices(extract(LONG_DEPARTMENTS))
    assert found[long_name].found_by == "following_lead_in"
    assert "Department of wicks" in found
    off = offices(extract(LONG_DEPARTMENTS, off={"unit_noun_heads_item"}))
    assert long_name not in off
    assert "Department of wicks" in off


def _under_divisions(item: str) -> dict[str, Placed]:
    """The offices of a guild's page whose "Our Divisions" heading lists two divisions and
    ``item``."""
    text = dedent(f"""\
        Lampton Lamp Guild

        The guild keeps the lamps of the town.

        Our Divisions

          • Wick Division
          • {item}
          • Oil Directorate
        """)
    return offices(extract(text))


def test_unit_noun_heads_item_a_long_name_with_a_lower_case_word() -> None:
    """Under a heading that names divisions, "Division for the Care of Lamps and Glass Shades
    with Oil" is a division, its "with" in lower case notwithstanding."""
    name = "Division for the Care of Lamps and Glass Shades with Oil"
    assert _under_divisions(name)[name].found_by == "listed_under_unit_heading"
    with disabled({"unit_noun_heads_item"}):
        assert name not in _under_divisions(name)


def test_unit_noun_heads_item_its_acronym_aside() -> None:
    """The item's acronym is no part of the name the rule reads."""
    item = "Division for the Care of Lamps and Glass Shades with Oil (DCLGSO)"
    found = _under_divisions(item)
    assert "Division for the Care of Lamps and Glass Shades with Oil" in found


def test_unit_noun_heads_item_not_a_sentence_run_into_the_name() -> None:
    """ "Division of Wicks The Warden of Wicks supervises the trimmers": a card's title and
    its text flattened into one line, a sentence, not a name the list gives (the prose may
    still name the division in it)."""
    found = _under_divisions("Division of Wicks The Warden of Wicks supervises the trimmers")
    assert found["Wick Division"].found_by == "listed_under_unit_heading"
    assert not [
        name
        for name, placed in found.items()
        if name.startswith("Division of Wicks") and placed.found_by == "listed_under_unit_heading"
    ]


def test_unit_noun_heads_item_not_a_clause() -> None:
    """ "Department of lamps which trims the wicks of the town" is a sentence about a
    department, not its name."""
    assert "Department of lamps which trims the wicks of the town" not in _under_divisions(
        "Department of lamps which trims the wicks of the town"
    )


@pytest.mark.parametrize(
    "item",
    [
        "Care of lamps and glass shades and the oil supply services",
        "Department wick trimming and oil and glass supply services",
        "Department of wicks and oil and glass in the 4 northern wards",
    ],
)
def test_unit_noun_heads_item_only_a_unit_noun_before_of_or_for_and_letters(
    item: str,
) -> None:
    """An item that does not open with a unit noun before "of" or "for", or holds a figure,
    is no name for the rule to keep."""
    found = _under_divisions(item)
    assert "Wick Division" in found
    assert item not in found


def test_unit_noun_heads_item_only_in_a_list_said_to_name_units() -> None:
    """Items merely worded as units ("Wick Division", "Oil Division") announce nothing: a
    long lower-case item among them is not kept."""
    text = dedent("""\
        Lampton Lamp Guild

        Our guild works for the lamps of the town.

          • Wick Division
          • Oil Division
          • Department of glass shades and lamp post repair services
        """)
    found = offices(extract(text))
    assert found["Wick Division"].found_by == "unit_worded_items"
    assert "Department of glass shades and lamp post repair services" not in found


def test_unit_noun_heads_item_needs_a_name_after_of_or_for() -> None:
    """The unit noun and its "of" alone, or nothing, name no unit (and raise nothing)."""
    assert unit_noun_heads_item("Department of lamps and wicks and oil supply")
    assert not unit_noun_heads_item("Department of")
    assert not unit_noun_heads_item("")


ORDINAL_LABELS = page("""
    First: The Directorate of Wick Supply.
    Second: Directorate of Glass Repair.
    Third: The Office of Oil Stores.
    """)


def test_code_label_rest_ordinal_label_names_the_text_after_it() -> None:
    """ "First: The Directorate of Wick Supply.": the ordinal numbers the line, the unit is
    what follows the colon (its article and stop left out)."""
    found = offices(extract(ORDINAL_LABELS))
    assert found["Directorate of Wick Supply"] == Placed(ROOT, "label_line_run", "inside_section")
    assert "Office of Oil Stores" in found
    assert "First" not in found
    off = offices(extract(ORDINAL_LABELS, off={"code_label_rest"}))
    assert "First" in off
    assert "Directorate of Wick Supply" not in off


def test_code_label_rest_reference_code_label_names_the_text_after_it() -> None:
    text = page("""
        Lamp Cabinet

        12-030: Department of Lamp Posts
        12-045: Wick Trimming Office
        12-050: Board of Lantern Glass
        """)
    found = offices(extract(text, off={"lone_topic_heading"}))
    assert found["Department of Lamp Posts"].found_by == "label_line_run"
    assert found["Wick Trimming Office"].parent == "Lamp Cabinet"
    assert "12-030" not in found
    off = offices(extract(text, off={"lone_topic_heading", "code_label_rest"}))
    assert "Department of Lamp Posts" not in off


def test_code_label_rest_keeps_a_name_label() -> None:
    """A label that is a name ("Wick Standards: sets ...") is the unit, as before."""
    found = offices(extract(LABEL_LINES))
    assert "Wick Standards" in found
    assert not any(name.startswith("sets") for name in found)


HEADED_ITEMS = dedent("""\
    Wick Keeping Department

    Structure and Staffing

    The department has 4 units which include;

      • Lamp Schedule Unit headed by the Assistant Wick Commissioner
      • Oil Ledger Unit headed by the Senior Oil Accountant
      • Glass Buying department headed by the Principal Glazier
      • Soot Checking department headed by the senior Soot Auditor
    """)


def test_headed_by_clause_names_the_part_before_the_post_that_heads_it() -> None:
    """ "Oil Ledger Unit headed by the Senior Oil Accountant": the item names the unit, not
    its head; with the rule off the whole item is no name (prose reads the capitalized
    names only)."""
    found = offices(extract(HEADED_ITEMS))
    assert found["Oil Ledger Unit"].found_by == "listed_under_unit_heading"
    assert found["Glass Buying department"].found_by == "listed_under_unit_heading"
    assert not any("headed by" in name for name in found)
    off = offices(extract(HEADED_ITEMS, off={"headed_by_clause"}))
    assert off["Oil Ledger Unit"].found_by == "prose_unit"
    assert "Glass Buying department" not in off


def test_headed_by_clause_not_a_sentence_whose_verb_is_before_headed_by() -> None:
    assert headed_by_clause("oil office headed by the oil clerk") is not None
    assert headed_by_clause("The Oil Office is headed by the oil clerk") is None
    with disabled({"headed_by_clause"}):
        assert headed_by_clause("oil office headed by the oil clerk") is None


def test_name_before_clause_cuts_a_sentence_item_at_its_clause() -> None:
    """An item that says who heads the unit ("WICKS, headed by the Wick Director.") names the
    unit before the comma; it is no person's line."""
    text = dedent("""\
        Chapter 4 Lamp Departments

        The four divisions shall be:

        1. WICK SUPPLY, headed by the Wick Supply Director.
        2. GLASS REPAIR, headed by the Glass Repair Director.
        3. OIL, headed by the Oil Keeper.
        4. LAMPS, LADDERS, AND POSTS, headed by the Lamp Post Director.
        """)
    found = offices(extract(text))
    assert found["Wick Supply"].found_by == "listed_after_lead_in"
    assert "Glass Repair" in found
    assert "Lamps, Ladders, and Posts" in found
    # the items read whole ("Glass Repair, headed by ...") are in sentence case, which
    # sentence_case_item would also keep from being units
    off = offices(extract(text, off={"name_before_clause", "sentence_case_item"}))
    assert "Glass Repair" not in off


def test_name_before_clause_a_dash_parts_the_name_from_its_description() -> None:
    """ "Oil Stores - The unit keeps the oil.": the words before the verb hold a dash, so they
    are a name and the start of its description; the item's name is the part before the dash."""
    text = (
        "Lamp Works\n\nLamp Works is divided into three units:\n\n"
        "  • Oil Stores - The unit keeps the oil.\n"
        "  • Wick Stores - The unit keeps the wicks.\n"
        "  • Glass Stores - The unit keeps the glass.\n"
    )
    found = offices(extract(text))
    assert [n for n in found if n.endswith("Stores")] == [
        "Oil Stores",
        "Wick Stores",
        "Glass Stores",
    ]
    assert all(found[n].parent == "Lamp Works" for n in ("Oil Stores", "Glass Stores"))


def test_name_before_clause_a_closed_up_dash_joins_the_name() -> None:
    """ "Wick–Glass Liaison Unit is responsible for ...": a dash with no space around it
    joins the name's words; only a spaced dash parts a name from its description."""
    text = (
        "Lamp Works\n\nLamp Works is divided into three units:\n\n"
        "  • Wick–Glass Liaison Unit is responsible for the lamps' wicks and glass.\n"
        "  • Oil Stores Unit is responsible for the oil.\n"
        "  • Soot Watch Unit is responsible for the soot.\n"
    )
    found = offices(extract(text))
    assert found["Wick–Glass Liaison Unit"].parent == "Lamp Works"


@pytest.mark.parametrize("bullet", ["", "  • "])
def test_name_before_clause_a_hyphen_before_a_sentence_parts_the_name(bullet: str) -> None:
    """ "Oil Stores-The unit keeps the oil.", lines after a lead-in with or without bullets: a
    hyphen closed up before a sentence about the unit ("The unit ...", "This unit ...")
    parts the name from its description as a spaced dash does; one inside a name joins its
    words ("Glass-Flint Stores", "Pre-Trials unit")."""
    text = (
        "Lamp Works\n\nLamp Works keeps the lamps.\nLamp Works has the following units;\n"
        f"{bullet}Oil Stores-The unit keeps the oil.\n"
        f"{bullet}Wick Stores-This unit keeps the wicks.\n"
        f"{bullet}Glass-Flint Stores-It keeps the glass and the flint.\n"
    )
    found = offices(extract(text))
    assert [n for n in found if n.endswith("Stores")] == [
        "Oil Stores",
        "Wick Stores",
        "Glass-Flint Stores",
    ]
    assert found["Oil Stores"].parent == "Lamp Works"


def test_name_before_clause_a_hyphen_inside_a_word_before_a_plural() -> None:
    """ "Non-Profits receive ...", "Pre-Trials Unit": a capitalized plural after a hyphen is
    a word's second half, not a sentence about what comes before."""
    text = (
        "Lamp Bureau\n\nWick Division\n\nNon-Profits receive wick grants from the division "
        "each spring.\n\nGlass Division\n\nThe division has two units:\n\n"
        "  • Pre-Trials Unit\n  • Glass-Works Section\n"
    )
    found = offices(extract(text))
    assert found["Wick Division"].parent == "Lamp Bureau"
    assert {"Pre-Trials Unit", "Glass-Works Section"} <= set(found)
    assert not {"Non", "Pre", "Glass"} & set(found)


def test_name_before_clause_keeps_a_comma_that_continues_the_name() -> None:
    """ "Department of wicks, oil, and glass (Section 9-4)": the commas join the name's
    parts, no clause follows them."""
    text = dedent("""\
        § 9-1 Structure.

        The executive branch shall include the following departments:

        (1) Department of wicks, oil, and glass (Section 9-4)

        (2) Department of posts (Section 9-5)

        (3) Department of ladders (Section 9-6)
        """)
    found = offices(extract(text))
    assert "Department of wicks" not in found
    assert "Department of posts" in found


def test_name_before_clause_an_ing_word_in_a_name() -> None:
    """ "Lighting Standards, through ...": an -ing word capitalized with the rest of a
    name is part of it; "Approving the plans ..." opens a duty."""
    found = offices(extract(MIXED_OUTLINE))
    assert "Lighting Standards" in found
    assert not any(name.startswith(("Approving", "Implementing")) for name in found)


def test_item_name_keeps_an_irish_article_of_a_name() -> None:
    """ "An Bord Lampa", "An Coiste Coinnle": "An" before a consonant is part of the name (the
    Irish article), not the English "an", which goes before a vowel ("An Oil Delivery
    Committee"); a lower-case "a" opens no name."""
    text = dedent("""\
        Department of Lamps

        The Department of Lamps keeps the lamps of the realm. The following bodies report to the Minister:

          A.      An Bord Lampa.   The board sets the price of lamp oil.

          B.      An Coiste Coinnle.   The committee licenses candle makers.

          C.      An Oil Delivery Committee
        """)
    found = offices(extract(text))
    assert {"An Bord Lampa", "An Coiste Coinnle", "Oil Delivery Committee"} <= found.keys()
    assert not {"Bord Lampa", "Coiste Coinnle"} & found.keys()


# The same section under a title naming its body (without one, root_from_referred_body takes
# "the Office" the section refers to for the root, and the lead-in names it as the parent).
TITLED_LAMP_FUNCTIONS = (
    "Office of Lamp Affairs\n\nThe Office of Lamp Affairs keeps the lamps of the city.\n\n"
    + LAMP_FUNCTIONS
)


def test_name_before_clause_a_name_that_opens_with_an_ing_word_and_another() -> None:
    """ "Contracting and Glazing, which shall ...": an -ing word joined by "and" to a
    capitalized word is a name, not a duty."""
    found = offices(extract(TITLED_LAMP_FUNCTIONS))
    assert found["Contracting and Glazing"].found_by == "composition_lead_in"


@pytest.mark.xfail(
    strict=True,
    reason="an item that names a unit before a clause ending in a colon ('(3) Contracting and"
    " Glazing, which shall coordinate:') leads into the unit's duties, but its sub-items"
    " ('(A) Lease administration;') are read as its parts; a filter for it"
    " ('clause_lead_duties', removed) read the pages of one collector only",
)
def test_name_before_clause_the_sub_items_of_a_unit_that_shall_do_them() -> None:
    found = offices(extract(TITLED_LAMP_FUNCTIONS))
    assert found["Wick Supply"].parent == found["Lamp Management"].parent
    assert not any(name.startswith(("Buy", "Trim", "Lease", "glass")) for name in found)


def test_name_before_clause_a_comma_that_opens_a_with_consisting_or_to_clause() -> None:
    found = offices(extract(LAMP_DIVISIONS))
    assert found["Office of the Lamp Warden"].found_by == "listed_after_lead_in"
    assert found["Glass Works Administration"].found_by == "listed_after_lead_in"
    assert found["Pane Cutting"].parent == "Glass Works Administration"
    assert found["Glass Recycling"].parent == "Glass Works Administration"
    off = offices(extract(LAMP_DIVISIONS, off={"name_before_clause"}))
    assert "Glass Works Administration" not in off


def test_abbreviation_in_item_a_department_written_dept() -> None:
    """ "Dept. of Wick Supply": the full stop before a word in lower case is an
    abbreviation's, so the item's name goes on after it; it is no sentence's end that would
    leave a unit named "Dept"."""
    text = dedent("""\
        Guild of Lamplighters

        The guild works through three departments:

        - Dept. of Wick Supply
        - Dept. of Glass Repair
        - Dept. of Oil Stores
        """)
    found = offices(extract(text))
    assert "Dept" not in found
    assert any(name.lower() == "dept. of glass repair" for name in found)
    off = offices(extract(text, off={"abbreviation_in_item"}))
    assert "Dept" in off


def test_abbreviation_in_item_not_a_stop_after_a_whole_name() -> None:
    """ "Wick Office. handles wick supply": a full stop after a whole name (a unit noun, not
    a short abbreviated word) ends the item's name though a word in lower case follows."""
    text = dedent("""\
        Guild of Lamplighters

        The guild works through these offices:

        - Wick Office. handles wick supply
        - Glass Unit. mends panes
        - Dept. of Oil Stores
        """)
    found = offices(extract(text))
    assert found["Wick Office"].found_by == "listed_after_lead_in"
    assert found["Glass Unit"].found_by == "listed_after_lead_in"
    assert not any(name.startswith(("Wick Office.", "Glass Unit.")) for name in found)
    assert any(name.lower() == "dept. of oil stores" for name in found)


def _bureaus(*items: str) -> str:
    """A guild whose lead-in lists its bureaus: the Bureau of Wick Care, then ``items``."""
    listed = "\n".join(f"- {item}" for item in ("Bureau of Wick Care", *items))
    return (
        "Guild of Lamplighters\n\n"
        "The guild is composed of the Office of the Warden and the following bureaus:\n\n"
        f"{listed}\n"
    )


def test_initialism_in_item_before_a_capitalized_word() -> None:
    """ "L.S. Oil Survey": the full stop closes the initialism, not the item's first
    sentence; the item names a bureau. Switched off, the item is cut to the stub "L.S" and
    dropped."""
    text = _bureaus("L.S. Oil Survey", "L.S. Glass Service")
    found = offices(extract(text))
    assert found["L.S. Oil Survey"].found_by == "listed_after_lead_in"
    assert "L.S. Glass Service" in found
    off = offices(extract(text, off={"initialism_in_item"}))
    assert not any(name.startswith("L.S") for name in off)
    assert "Bureau of Wick Care" in off


def test_initialism_in_item_with_abbreviation_in_item_off() -> None:
    """Each rule's switch turns off only its own behaviour: with ``abbreviation_in_item``
    off, "L.S. Oil Survey" is still read whole by ``initialism_in_item``."""
    text = _bureaus("L.S. Oil Survey", "L.S. Glass Service")
    found = offices(extract(text, off={"abbreviation_in_item"}))
    assert found["L.S. Oil Survey"].found_by == "listed_after_lead_in"
    assert "L.S. Glass Service" in found
    both = offices(extract(text, off={"abbreviation_in_item", "initialism_in_item"}))
    assert not any(name.startswith("L.S") for name in both)


def test_initialism_in_item_before_an_all_capitals_or_accented_word() -> None:
    """ "L.S. OIL SURVEY", "L.S. Éclairage Survey": a word in capitals or one opened by a
    capital outside ASCII follows the initialism as a capitalized word does; the item's name
    is not cut to "L.S"."""
    for text in ("L.S. OIL SURVEY", "L.S. Éclairage Survey"):
        block = Block(LIST_ITEM, 0, len(text), text)
        assert item_name(block) == (text, 0, len(text))
        with disabled({"initialism_in_item"}):
            assert item_name(block) == ("L.S", 0, 3)


@pytest.mark.xfail(
    strict=True,
    reason="item_name reads 'L.S. Éclairage Survey' whole (initialism_in_item), but the item "
    "is dropped after it is named, and 'L.S. OIL SURVEY' is recased to 'L.s. Oil Survey': "
    "the later steps that keep and recase a listed name read initialisms before ASCII "
    "capitals only; not mended in the fifth mend",
)
def test_initialism_in_item_before_an_accented_word_published() -> None:
    text = _bureaus("L.S. Éclairage Survey", "L.S. OIL SURVEY")
    found = offices(extract(text))
    assert "L.S. Éclairage Survey" in found
    assert any(name.startswith("L.S. Oil") for name in found)


def test_initialism_in_item_not_before_a_word_that_opens_a_sentence() -> None:
    """ "Oil Survey of L.S. The survey measures oil.": a word that opens a sentence ("The",
    "It") after the initialism's dot ends the item's name there, as sentences are read."""
    text = _bureaus(
        "Oil Survey of L.S. The survey measures oil.", "Glass Service of L.S. It mends panes."
    )
    found = offices(extract(text))
    assert "Oil Survey of L.S" in found
    assert "Glass Service of L.S" in found


def test_initialism_in_item_not_a_lone_initial() -> None:
    """ "J. Wick Survey": a single letter before the dot is an initial, not an initialism of
    two letters or more; the item is cut there as before."""
    text = _bureaus("J. Wick Survey", "K. Glass Service")
    found = offices(extract(text))
    assert "J. Wick Survey" not in found
    assert found == offices(extract(text, off={"initialism_in_item"}))


@pytest.mark.xfail(
    strict=True,
    reason="a list item that opens with a short abbreviated word, not an initialism, before a "
    "capitalized word ('Govt. Wick Service') is cut at the abbreviation's dot: "
    "initialism_in_item passes over a dot only after letters and dots ('L.S'). Passing over "
    "it after any short capitalized word that is no unit noun (tried in the thirty-seventh "
    "session) changed one page of the odd development half only",
)
def test_initialism_in_item_an_abbreviated_word_before_a_capitalized_word() -> None:
    """ "Govt. Wick Service": the full stop closes the abbreviation "Govt", not the item's
    first sentence."""
    text = _bureaus("Govt. Wick Service", "Govt. Glass Service")
    found = offices(extract(text))
    assert "Govt. Wick Service" in found


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
        extract(NAME_BEFORE_VERB, off={"name_before_verb", "lower_case_unit_noun"})


SERIES_ITEMS = """Lamp Works Authority

The Authority has three divisions, each with its own work:

{item}
  • Lamp Records keeps the ledgers of the lamps.
  • The Ember Office watches the embers.
"""


def _series_item_units(item: str, off: frozenset[str] = frozenset()) -> set[str]:
    """The units of a list whose lead-in names units, ``item`` first, with ``off`` off."""
    found = offices(extract(SERIES_ITEMS.format(item=item), off=off))
    return set(found) - {"Lamp Works Authority", "Lamp Records", "Ember Office"}


def test_name_before_verb_series_a_verb_that_opens_a_series_of_verbs() -> None:
    item = "  • Wick Care plans, trims, and dips the wicks of every lamp."
    found = offices(extract(SERIES_ITEMS.format(item=item)))
    assert found["Wick Care"] == Placed(
        "Lamp Works Authority", "composition_lead_in", "inside_section"
    )


def test_name_before_verb_series_a_name_that_is_a_series() -> None:
    item = "  • Oil, Glass, and Soot Supply provides the oil and the glass of the lamps."
    assert _series_item_units(item) == {"Oil, Glass, and Soot Supply"}
    assert _series_item_units("  • Oil, Glass & Soot Supply provides the oil.") == {
        "Oil, Glass & Soot Supply"
    }


def test_name_before_verb_series_switched_off() -> None:
    off = frozenset({"name_before_verb_series"})
    assert _series_item_units("  • Wick Care plans, trims, and dips the wicks.", off) == set()
    assert _series_item_units("  • Oil, Glass, and Soot Supply provides the oil.", off) == set()


def test_name_before_verb_series_an_accented_capital() -> None:
    item = "  • Éclair, Oil, and Glass Care provides the oil."
    assert _series_item_units(item) == {"Éclair, Oil, and Glass Care"}


def test_name_before_verb_series_not_a_post_and_its_area() -> None:
    # "Director, Wick and Oil Services": a post, then the area it heads, no unit's name
    assert _series_item_units("  • Director, Wick and Oil Services oversees the wicks.") == set()
    assert _series_item_units("  • Chief Wickwright, Lamps & Glass oversees the glass.") == set()
    # a unit's name that opens with a unit noun still reads ("Office of ...")
    item = "  • Office of the Warden, Wick and Oil Stores keeps the stores."
    assert _series_item_units(item) == {"Office of the Warden, Wick and Oil Stores"}


UNITS_LISTED = """Lamp Works Authority

The Authority comprises three units:

{item}
  • Lamp Records
  • Ember Office
"""


def test_name_before_verb_series_not_a_series_with_no_closing_and() -> None:
    # "Glass, Lamp" before "resources": names of a list, not one name; the item is named whole
    text = UNITS_LISTED.format(item="  • Glass, Lamp resources and Oil")
    assert "Glass, Lamp resources and Oil" in offices(extract(text))
    assert "Glass, Lamp" not in offices(extract(text))


def test_name_before_verb_series_not_across_a_comma_before_lower_case() -> None:
    text = UNITS_LISTED.format(item="  • Soot Care, in Spring and Winter sweeps the chimneys.")
    assert "Soot Care, in Spring and Winter" not in offices(extract(text))


@pytest.mark.xfail(
    strict=True,
    reason="name_before_verb_series reads the items of a list a lead-in says names units; a "
    "paragraph that opens with a name that is a series and no unit noun is read by no subject "
    "rule (acting_unit needs a unit noun last)",
)
def test_name_before_verb_series_a_paragraph_opening_with_a_series_name() -> None:
    text = """Lamp Works Authority

The Lamp Works Authority keeps the town's lamps.

The Wick Supply Office handles the buying of wicks.

Oil, Glass, and Soot Supply provides the oil and the glass of the lamps.
"""
    assert "Oil, Glass, and Soot Supply" in offices(extract(text))
