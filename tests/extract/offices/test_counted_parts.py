"""The rules of ``pipeline/extract/offices/counted_parts.py``, each on short synthetic text.

Counted parts: a sentence that counts a body's parts and names them ("three divisions:
A, B and C", "consists of four offices, namely ...", counted apposition, definite parts,
parts in parentheses, parts besides others), and the pieces such lists split into."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.extract.offices import section_enumerations
from pipeline.extract.offices.common import definite_pieces
from pipeline.extract.offices.counted_parts import definite_parts_named
from pipeline.extract.page import NoStructureError
from pipeline.rules import disabled
from tests.extract.helpers import COUNTED_OTHERS, ONE_OF_FOUR, ROOT, Placed, extract, offices, page

# The rule that reads a series' other names as peers of the units found among them:
# switched off too where a test measures what another rule alone earns.
PEERS = "series_of_found_peers"

# A unit named in prose, so that a page read with ``counted_apposition`` off still has one.
RECORDS = "The Office of Lamp Records keeps the bureau's books."


def _parts(text: str, off: frozenset[str] = frozenset()) -> dict[str, Placed]:
    """The offices of a page but its root and the records office."""
    found = offices(extract(text, off=off))
    return {k: v for k, v in found.items() if k not in (ROOT, "Office of Lamp Records")}


def test_counted_apposition_names_right_after_the_count_without_a_verb() -> None:
    """ "Its seven divisions A, B, ... and G.": the names stand in apposition to the count, as
    after a colon, when exactly as many capitalized names follow; the rows say which rule
    found them."""
    text = page(
        RECORDS,
        "The bureau's work is shared out. Its seven divisions Trimming, Oil Supply, Glass "
        "Works, Soot Removal, Post Repair, Lamp Stores and Match Supply.",
    )
    found = _parts(text)
    assert found["Trimming"] == Placed(ROOT, "counted_apposition", "counted_apposition")
    assert len(found) == 7
    assert {"Lamp Stores", "Match Supply"} <= found.keys()
    assert _parts(text, frozenset({"counted_apposition"})) == {}


def test_counted_apposition_after_one_of_and_namely() -> None:
    """ "Every lamplighter is posted to one of three divisions, namely A, B and C.": the names
    agree with the count, so they are the bodies counted, parts of the page's unit."""
    text = page(
        RECORDS,
        "Every lamplighter is posted to one of three divisions, namely Wicks, Oil and Glass.",
    )
    found = _parts(text)
    assert found == {
        name: Placed(ROOT, "counted_apposition", "counted_apposition")
        for name in ("Wicks", "Oil", "Glass")
    }
    assert _parts(text, frozenset({"counted_apposition"})) == {}


def test_counted_apposition_after_one_of_no_parts_of_the_subject() -> None:
    """A unit that is "one of three divisions" is among them: the names are not its parts,
    but the page's unit's."""
    text = page(
        RECORDS,
        "The Soot Yard Office works in one of three divisions, namely Trimming, Oil Supply and "
        "Glass Care.",
    )
    found = _parts(text)
    assert found["Trimming"] == Placed(ROOT, "counted_apposition", "counted_apposition")
    assert found["Glass Care"].parent == ROOT
    assert found["Soot Yard Office"].parent == ROOT


# A heading over the section's unit, under the bureau, for "one of" said of that unit.
WICK_DIVISION = "Wick Care Division"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Wick Care Division is one of four divisions, namely Wick Care, Oil Supply, Glass "
        "Works and Lamp Posts.",
        "It is one of four divisions, namely Wick Care, Oil Supply, Glass Works and Lamp Posts.",
    ],
)
def test_counted_apposition_one_of_said_of_the_section_unit_names_its_peers(
    sentence: str,
) -> None:
    """Under the unit's heading, "The Wick Care Division is one of four divisions, namely
    Wick Care, ..." (or "It is ...") names the unit's peers: beside it under its parent, the
    one that is itself no new unit; none is its part."""
    found = _parts(page(WICK_DIVISION, sentence))
    assert found[WICK_DIVISION].parent == ROOT
    assert "Wick Care" not in found
    for name in ("Oil Supply", "Glass Works", "Lamp Posts"):
        assert found[name] == Placed(ROOT, "counted_apposition", "counted_apposition")


def test_counted_apposition_one_of_after_a_verb_of_working_under_the_section_unit() -> None:
    """ "The Soot Yard Office works in one of three divisions, namely ..." under its heading:
    the divisions are not its parts but bodies beside or above it, under its parent."""
    text = page(
        "Soot Yard Office",
        "The Soot Yard Office works in one of three divisions, namely Trimming, Oil Supply and "
        "Glass Care.",
    )
    found = _parts(text)
    for name in ("Trimming", "Oil Supply", "Glass Care"):
        assert found[name].parent == ROOT


def test_counted_apposition_one_of_after_a_verb_of_reporting_names_none() -> None:
    """ "It reports to one of two offices, namely A and B.": the bodies it reports to, no
    parts of it (as ``count_comma_agreement`` reads "reports to two offices, A and B")."""
    text = page(
        "Soot Yard Office", "It reports to one of two offices, namely Trimming and Oil Supply."
    )
    found = _parts(text)
    assert "Trimming" not in found and "Oil Supply" not in found


def test_counted_apposition_one_of_said_of_a_short_form_is_no_parent() -> None:
    """A listed Soot Yard Division, then "Soot Yard works in one of three divisions, namely
    ...": the short form's unit is among them, not above them (``short_form_subject`` is
    not read after "one of")."""
    text = page(
        RECORDS,
        "The bureau has two divisions: the Soot Yard Division and the Wick Division.",
        "Soot Yard works in one of three divisions, namely Trimming, Oil Supply and Glass Care.",
    )
    found = _parts(text)
    for name in ("Trimming", "Oil Supply", "Glass Care"):
        assert found[name].parent == ROOT


@pytest.mark.parametrize(
    "sentence",
    [
        "The three divisions Élan Care, Oil Supply and Glass Care.",
        "The three divisions “Élan Care”, Oil Supply and Glass Care.",
        "The Three Divisions Élan Care, Oil Supply and Glass Care.",
    ],
)
def test_counted_apposition_names_in_any_script_quotes_and_case(sentence: str) -> None:
    """A name opening with a capital of any script ("Élan Care") or set in quotes is read,
    and the count and its noun in any case ("The Three Divisions")."""
    found = _parts(page(RECORDS, sentence))
    assert found["Élan Care"] == Placed(ROOT, "counted_apposition", "counted_apposition")
    assert {"Oil Supply", "Glass Care"} <= found.keys()


def test_counted_apposition_a_quoted_name_holding_an_apostrophe() -> None:
    """ "“Wick’s Yard”": a quoted name may hold a closing quote's mark as its apostrophe; the
    name runs to the quote that closes it."""
    found = _parts(page(RECORDS, "Its three divisions “Wick’s Yard”, Oil Supply and Glass Care."))
    assert found["Wick’s Yard"] == Placed(ROOT, "counted_apposition", "counted_apposition")
    assert {"Oil Supply", "Glass Care"} <= found.keys()


def test_counted_apposition_one_of_at_the_sentence_start() -> None:
    """ "One of three divisions, namely A, B and C." under a unit's heading: the unit's peers,
    as after a lower-case "one of", not its parts (nor parts read by ``enumerated_units``)."""
    text = page(
        "Soot Yard Office",
        "One of three divisions, namely Trimming, Oil Supply and Glass Care.",
    )
    found = _parts(text)
    for name in ("Trimming", "Oil Supply", "Glass Care"):
        assert found[name] == Placed(ROOT, "counted_apposition", "counted_apposition")


def test_counted_apposition_not_when_the_names_disagree_with_the_count() -> None:
    """Four names after "five divisions": a list cut short, or no list of the divisions."""
    text = page(RECORDS, "The five divisions Trimming, Oil Supply, Glass Care and Post Repair.")
    assert _parts(text) == {}


def test_counted_apposition_not_when_the_list_goes_on_as_a_clause() -> None:
    """ "The two divisions Wick Care and Oil share a yard.": two pieces, as counted, but the
    last is a clause, no name."""
    assert _parts(page(RECORDS, "The two divisions Wick Care and Oil share a yard.")) == {}


def test_counted_apposition_not_after_a_noun_of_no_unit() -> None:
    """ "one of three shades, namely A, B and C": what is counted is no body's parts."""
    text = page(RECORDS, "The keepers choose one of three shades, namely Amber, Pearl and Smoke.")
    assert _parts(text) == {}


@pytest.mark.xfail(
    strict=True,
    reason="names in apposition to a count that the sentence's verb follows ('The four "
    "divisions A, B, C and D keep the lamps lit.') are left: the last name and the verb are "
    "one piece, and where the names end is not read",
)
def test_counted_apposition_names_before_the_sentence_verb() -> None:
    text = page(
        RECORDS,
        "The four divisions Trimming, Oil Supply, Glass Care and Post Repair keep the lamps lit.",
    )
    assert {"Trimming", "Post Repair"} <= _parts(text).keys()


def test_series_and_before_a_joined_name_the_first_and_closes_the_series() -> None:
    """ "...: Wick Supply, Oil Care, Records and Soot and Ember Control": after the last
    comma, the first "and" closes the series and the last name keeps its own "and"."""
    text = page(
        "Office of Wick Standards",
        "The office consists of the following departments: Wick Supply, Oil Care, Records and "
        "Soot and Ember Control.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Records"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )
    assert found["Soot and Ember Control"].parent == "Office of Wick Standards"
    off = offices(extract(text, off={"series_and_before_a_joined_name"}))
    assert "Records and Soot and Ember Control" in off
    assert "Soot and Ember Control" not in off


def test_series_and_before_a_joined_name_the_and_after_a_unit_noun() -> None:
    """ "...: Wick Supply, Oil and Glass Office and Soot and Ember Control": the "and" right
    after a name worded as a unit closes the series, not the first "and"."""
    text = page(
        "Office of Wick Standards",
        "The office consists of the following departments: Wick Supply, Oil and Glass Office "
        "and Soot and Ember Control.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Oil and Glass Office"].parent == "Office of Wick Standards"
    assert found["Soot and Ember Control"].found_by == "enumerated_units"
    assert "Oil" not in found
    off = offices(extract(text, off={"series_and_before_a_joined_name"}))
    assert not {"Oil and Glass Office", "Soot and Ember Control"} & set(off)


def test_series_and_before_a_joined_name_a_count_parts_after_a_unit_noun() -> None:
    """ "two branches: the Wick Trimming Office and Soot and Ember": a counted list joined by
    "and" alone parts after the name worded as a unit, giving as many names as it counts."""
    text = page(
        "Office of Wick Standards",
        "The office has two branches: the Wick Trimming Office and Soot and Ember.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Wick Trimming Office"].parent == "Office of Wick Standards"
    assert found["Soot and Ember"] == Placed(
        "Office of Wick Standards", "enumerated_units", "enumerated_units"
    )
    assert "Ember" not in found
    off = offices(extract(text, off={"series_and_before_a_joined_name"}))
    assert "Soot and Ember" not in off
    assert "Ember" in off


def test_series_and_before_a_joined_name_a_counted_series_after_commas() -> None:
    """ "three departments: Wick Supply, Oil Care and Soot and Ember Control": the count
    agrees with the series' closing "and", not with a split at every "and"."""
    text = page(
        "Office of Wick Standards",
        "The office has three departments: Wick Supply, Oil Care and Soot and Ember Control.",
        "Office of Glass Inspection",
        "The office inspects lantern glass.",
    )
    found = offices(extract(text))
    assert found["Soot and Ember Control"].parent == "Office of Wick Standards"
    assert found["Oil Care"].parent == "Office of Wick Standards"
    assert "Soot" not in found
    off = offices(extract(text, off={"series_and_before_a_joined_name"}))
    assert "Soot" in off
    assert "Soot and Ember Control" not in off


def test_inline_colon_list_after_the_following_units_and_a_clause() -> None:
    """ "the following departments report directly to the Warden: A, B, and C" names units
    whatever their words, with no count before the noun."""
    text = page(
        "The Warden keeps the lamps. In addition to its own staff, the following departments "
        "report directly to the Warden: Wick Care, Oil Supply, Glass/Lens Mapping, and "
        "Lamp Posts."
    )
    found = offices(extract(text))
    assert found["Glass/Lens Mapping"] == Placed(ROOT, "inline_colon_list", "enumerated_units")
    assert {"Wick Care", "Oil Supply", "Lamp Posts"} <= found.keys()
    with pytest.raises(NoStructureError):
        extract(text, off={"inline_colon_list"})


def test_inline_colon_list_after_a_verb_of_leading_with_acronyms_and_clauses() -> None:
    """ "The Chief Lamp Officer leads: A; B (under review); and C": a verb of leading before
    the colon; an item's acronym is kept and a clause or lower-case aside after it dropped."""
    text = page(
        "The Chief Lamp Officer leads: Wick Care (WCR) which trims wicks; Oil Supply (under "
        "review); Glass, Lens, and Mantle Care; and the Lamp Post Unit."
    )
    found = offices(extract(text))
    assert found["Wick Care"].found_by == "inline_colon_list"
    assert {"Oil Supply", "Glass, Lens, and Mantle Care", "Lamp Post Unit"} <= found.keys()
    acronyms = {o.name: o.acronym for o in extract(text).offices}
    assert acronyms["Wick Care"] == "WCR"
    # its acronym definitions alone are published
    assert extract(text, off={"inline_colon_list", "unit_names_in_text"}).offices == []


def test_inline_colon_list_of_a_boards_members_leaves_out_positions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "The Lamp Board consists of: the Chief Lamp Officer of the Guild; ...": a board's
    members; positions among them are not its parts."""
    text = (
        "Lamp Board\n\nThe Lamp Board keeps the lamps lit.\n\n"
        "The Lamp Board consists of: the Chief Lamp Officer of the Guild; Oil Supply; and "
        "Wick Care.\n"
    )
    found = offices(extract(text))
    assert found["Oil Supply"].found_by == "inline_colon_list"
    assert "Wick Care" in found
    assert "Chief Lamp Officer of the Guild" not in found
    # Without the check for a board's members, the position is listed as a part.
    monkeypatch.setattr(section_enumerations, "names_position_only", lambda name: False)
    member = offices(extract(text))["Chief Lamp Officer of the Guild"]
    assert member.found_by == "inline_colon_list"


COUNTED_THEN_NAMED = """Lamp Works Authority

The Authority keeps the town's lamps.

Wick Division

The Wick Division is made up of four sections and the Wick Registrar. They are: the \
Trimming, Braiding, Oil Dipping, and Storage.

Glass Division

The Glass Division polishes the glass.
"""


def test_counted_then_named() -> None:
    """ "... is made up of four sections ... They are: the A, B, C, and D.": the count's
    sentence is the subject, the next names the parts; "the" is no part of a name."""
    found = offices(extract(COUNTED_THEN_NAMED))
    for name in ("Trimming", "Braiding", "Oil Dipping", "Storage"):
        assert found[name].parent == "Wick Division"
        assert found[name].found_by == "enumerated_units"
    off = offices(extract(COUNTED_THEN_NAMED, off={"counted_then_named"}))
    assert not {"Trimming", "Braiding", "Oil Dipping", "Storage"} & set(off)


NAMED_AFTER_COUNT = """Lamp Keepers Office

The Lamp Keepers Office is headed by a Warden. Four divisions serve the office. Their work \
keeps the town's lamps lit. They are Wick Care, Oil Supply, Glass Panes, Post Repair.
"""


def test_named_after_count_they_are_without_a_colon() -> None:
    """ "Four divisions serve the office. ... They are A, B, C, D.": the names agree with the
    count a sentence before, so they are the office's parts though no colon marks them."""
    found = offices(extract(NAMED_AFTER_COUNT))
    for name in ("Wick Care", "Oil Supply", "Glass Panes", "Post Repair"):
        assert found[name] == Placed("Lamp Keepers Office", "enumerated_units", "enumerated_units")
    with pytest.raises(NoStructureError):  # nothing else on the page names a unit
        extract(NAMED_AFTER_COUNT, off={"named_after_count"})


def test_named_after_count_counted_posts() -> None:
    """ "... two Lamp Commissioners who run its depots. They are the Lamp Commissioner for
    Wicks and the Lamp Commissioner for Oil.": counted posts named after "They are" are units."""
    page = """Lamp Keepers Office

The Lamp Keepers Office is headed by a Warden who has two Lamp Commissioners who run its depots. \
They are the Lamp Commissioner for Wicks and the Lamp Commissioner for Oil.
"""
    found = offices(extract(page))
    assert found["Lamp Commissioner for Oil"].found_by == "enumerated_units"
    assert found["Lamp Commissioner for Wicks"].parent_by == "enumerated_units"
    with pytest.raises(NoStructureError):  # nothing else on the page names a unit
        extract(page, off={"named_after_count"})


def test_named_after_count_parts_of_the_count_sentences_subject() -> None:
    """ "The Wick Supply Office has four divisions. They are A, B, C, D.": the parts are
    those of the unit the count's sentence names, as with a colon (``counted_then_named``),
    not of the unit whose section holds the sentences."""
    page = """Lamp Keepers Office

The Lamp Keepers Office is headed by a Warden. The Wick Supply Office has four divisions. \
They are Wick Care, Oil Supply, Glass Panes, Post Repair.
"""
    found = offices(extract(page))
    for name in ("Wick Care", "Oil Supply", "Glass Panes", "Post Repair"):
        assert found[name] == Placed("Wick Supply Office", "enumerated_units", "enumerated_units")
    off = offices(extract(page, off={"named_after_count"}))
    assert "Wick Care" not in off


def test_named_after_count_not_when_the_names_disagree_with_the_count() -> None:
    for text in (
        NAMED_AFTER_COUNT.replace("Four divisions", "Three divisions"),
        NAMED_AFTER_COUNT.replace("Glass Panes, Post Repair", "Glass Panes, post repair"),
    ):
        with pytest.raises(NoStructureError):
            extract(text)


def test_counted_then_named_not_offices_the_unit_reports_to() -> None:
    """ "The Wick Division reports to two offices. They are: ...": a count after a verb of
    reporting or of working with counts bodies above or beside the unit, not its parts."""
    found = offices(extract(COUNTED_OTHERS))
    for name in ("Office of the Warden", "Office of Lamp Budget"):
        assert found.get(name, Placed("", "", "")).parent != "Wick Division", name


def test_counted_then_named_one_of_four_divisions_lists_peers() -> None:
    """ "The Wick Division is one of four divisions ... They are: ...": the count is of the
    unit's peers, not of its parts."""
    found = offices(extract(ONE_OF_FOUR))
    assert found["Glass Division"].parent == "Lamp Works Authority"
    assert found.get("Oil Division", Placed("", "", "")).parent != "Wick Division"


def test_counted_then_named_not_the_sections_of_a_document() -> None:
    """ "This report is divided into three sections. They are: ...": a document's sections,
    counted, are no unit's parts, as before a colon."""
    text = COUNTED_OTHERS.replace(
        "The Wick Division reports to two offices. They are: the Office of the Warden and the "
        "Office of Lamp Budget.",
        "This report is divided into three sections. They are: Wick Safety, Oil Storage and "
        "Glass Handling.",
    )
    assert "Wick Safety" in text
    found = offices(extract(text))
    assert not {"Wick Safety", "Oil Storage", "Glass Handling"} & set(found)


def test_dashed_parts_names_set_off_by_dashes_after_a_plural_unit_noun() -> None:
    """ "the following offices – A, B, and C – report to ...": the names between two dashes
    after a plural unit noun are units, as after a colon."""
    text = page(
        "Office of Lamp Care",
        "The office keeps lamps. Additionally, the following offices – Office of Wick Affairs, "
        "Office of the Soot Warden, and Office of Oil Ethics – are independent offices that "
        "report directly to the Chief Warden.",
        "Office of Glass",
        "The office cuts glass.",
    )
    found = offices(extract(text))
    for name in ("Office of Wick Affairs", "Office of the Soot Warden", "Office of Oil Ethics"):
        assert found[name].found_by == "inline_colon_list", name
    off = offices(extract(text, off={"dashed_parts"}))
    assert "Office of Oil Ethics" not in off


def test_dashed_parts_under_a_generic_heading() -> None:
    """Under a heading that names no unit ("Directorates"), a list between dashes after a
    plural unit noun still names the agency's units, as a counted list does."""
    text = dedent("""\
        # Bureau of Lantern Safety

        The Bureau of Lantern Safety keeps the lamps lit.

        ## Directorates

        The bureau's directorates -- Wick Capacity (WKX), Oil Integration (OLX), and Glass \
        Partnerships (GPX) -- are organized around its core functions.
        """)
    found = offices(extract(text, markdown=True))
    for name in ("Wick Capacity", "Oil Integration", "Glass Partnerships"):
        assert found[name].parent == ROOT, name


def test_dashed_parts_two_names_between_dashes_are_left_alone() -> None:
    """ "two sub-offices – the Office of Wick and Oil and the Office of Glass –": two names
    and no comma; which "and" parts them is not this rule's to tell."""
    text = page(
        "Office of Lamp Care",
        "The office keeps lamps. It has two sub-offices – the Office of Wick and Oil and the "
        "Office of Glass Repair – and oversees the Lamp Bank.",
        "Office of Glass",
        "The office cuts glass.",
    )
    found = offices(extract(text))
    assert "Office of Wick" not in found
    assert "Oil" not in found


def test_counted_parts_in_parentheses_the_names_a_count_sets_in_parentheses() -> None:
    """ "six District Bureaus (Northeast, Lakeside, ...)": as many names in parentheses as the
    count says are the counted parts, parted at semicolons when there are any ("four agencies
    (Wick Care; Oil, Glass and Soot Stores; ...)"); the counted plural is no unit. A count
    that the names do not match ("two depots (Dockside, Hilltop and Riverside)") names none."""
    text = page(
        """\
        The Bureau of Lantern Safety consists of a Wick Office and six District Bureaus
        (Northeast, Lakeside, Hill Country, Riverside, Southern, and Western). It is working to
        unify its four agencies (Wick Care; Oil, Glass and Soot Stores; Lamp Parks; and Glass
        Repair) into one. It also runs two depots (Dockside, Hilltop and Riverside).
        """
    )
    found = offices(extract(text))
    assert found["Hill Country"].found_by == "counted_parts_in_parentheses"
    assert found["Western"].parent == ROOT
    assert found["Oil, Glass and Soot Stores"].found_by == "counted_parts_in_parentheses"
    assert "District Bureaus" not in found
    assert "Hilltop" not in found
    off = offices(extract(text, off={"counted_parts_in_parentheses"}))
    assert "Hill Country" not in off
    assert "Lamp Parks" not in off


def test_counted_parts_in_parentheses_not_labels_alone() -> None:
    """ "two sections (A and B)", "three divisions (I, II and III)": a letter or a Roman
    numeral alone only labels the parts a count counts; it names no unit."""
    text = page(
        """\
        The Bureau of Lantern Safety runs the Wick Office. The Wick Office has two sections
        (A and B) and three divisions (I, II and III).
        """
    )
    found = offices(extract(text))
    assert "Wick Office" in found
    assert not {"A", "B", "I", "II", "III"} & set(found)


def test_counted_parts_in_parentheses_a_part_named_by_the_plurals_noun() -> None:
    """ "two sections (Section A and Section B)": a part named by the counted plural's noun
    and a letter is a counted part, kept though its name's words are the plural's."""
    text = page(
        """\
        The Bureau of Lantern Safety runs the Wick Office. The Wick Office has two sections
        (Section A and Section B).
        """
    )
    found = offices(extract(text))
    assert found["Section A"].found_by == "counted_parts_in_parentheses"
    assert found["Section B"].found_by == "counted_parts_in_parentheses"


def test_counted_parts_in_parentheses_not_acronyms_alone() -> None:
    """ "two offices (WO and OO)": acronyms alone in the parentheses name no unit; the
    sentence that expands them names the units."""
    text = page(
        """\
        The Bureau of Lantern Safety runs the Wick Office and two offices (WO and OO).
        """
    )
    found = offices(extract(text))
    assert "Wick Office" in found
    assert not {"WO", "OO"} & set(found)


def test_counted_parts_besides_names_added_to_a_count() -> None:
    """ "four divisions in addition to Wick Care, and Glass Care.The divisions are ...", "seven
    offices, as well as an office of Soot Removal (see the chart below):", "three units in
    addition to a Match Store and the Flint Store (FS)": the names after the word that adds
    parts are parts of the body too; an aside that is no acronym, or a full stop with no
    space after it, ends them. Switched off, none is read."""
    text = page(
        """\
        The Bureau of Lantern Safety has four divisions in addition to Wick Care, and Glass
        Care.The divisions are Trimming, Braiding, Dipping and Polishing.

        The Bureau is divided into seven offices, as well as an office of Soot Removal (see
        the chart below):

        The Bureau was restructured around three main units in addition to a Match Store and
        the Flint Store (FS).
        """
    )
    found = offices(extract(text))
    assert found["Wick Care"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Glass Care"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Office of Soot Removal"].found_by == "counted_parts_besides"
    assert found["Match Store"].found_by == "counted_parts_besides"
    assert found["Flint Store"] == Placed(ROOT, "counted_parts_besides", "default_root")
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert not {"Wick Care", "Glass Care", "Office of Soot Removal", "Match Store"} & set(off)


def test_counted_parts_besides_after_the_counted_list() -> None:
    """ "three branches: Trimming; Braiding; and Dipping, along with the Bureau on Matches": the
    counted list ends before "along with", whose name is a part as well. Switched off, the
    last counted name runs on over the word and the name after it."""
    text = page(
        "The Bureau of Lantern Safety was organized into three branches: Trimming; Braiding;"
        " and Dipping, along with the Bureau on Matches."
    )
    found = offices(extract(text))
    assert found["Dipping"].found_by == "enumerated_units"
    assert found["Bureau on Matches"] == Placed(ROOT, "counted_parts_besides", "default_root")
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert "Bureau on Matches" not in off
    assert "Dipping, along with the Bureau on Matches" in off


def test_counted_parts_besides_after_a_short_lead_in() -> None:
    """ "The bureau has three branches: ...": a lead-in of a few words before its colon is a
    label block, read as a paragraph is: the name after "along with" is a part, not lost
    while the counted list is cut before it. Switched off, the last counted name runs on."""
    text = page(
        "The bureau has three branches: Trimming; Braiding; and Dipping, along with the Bureau"
        " on Matches."
    )
    found = offices(extract(text))
    assert found["Dipping"].found_by == "enumerated_units"
    assert found["Bureau on Matches"] == Placed(ROOT, "counted_parts_besides", "default_root")
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert "Bureau on Matches" not in off
    assert "Dipping, along with the Bureau on Matches" in off


def test_counted_parts_besides_the_subjects_body() -> None:
    """In a unit's section, "The Bureau has ..." with the agency's noun alone is the agency's
    sentence; "The Bureau ..." after a unit worded by that noun (the Oil Bureau) is that
    unit's, and a subject that names no unit ("It has ...") leaves the parts to the
    section's unit. Switched off, none of the three is read."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks. The Bureau has three offices in addition to the"
        " Lamp Records Office.",
        "Oil Bureau",
        "The Oil Bureau buys oil. The Bureau has two sections in addition to the Barrel Unit.",
        "Office of Glass Inspection",
        "The office inspects glass. It has two teams as well as the Pane Team.",
    )
    found = offices(extract(text))
    assert found["Lamp Records Office"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Barrel Unit"].parent == "Oil Bureau"
    assert found["Pane Team"].parent == "Office of Glass Inspection"
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert not {"Lamp Records Office", "Barrel Unit", "Pane Team"} & set(off)


def test_counted_parts_besides_a_subject_with_function_words() -> None:
    """ "The Office of Wick Standards has four units in addition to the Soot Desk": the
    subject is the whole name, over its "of", and the desk is that office's part (not the
    agency's, as when the subject was cut at "Office"). Switched off, no desk."""
    text = page(
        "Glass Division",
        "The division mends panes.",
        "Office of Wick Standards",
        "The office sets wick standards.",
        "Notes",
        "The Office of Wick Standards has four units in addition to the Soot Desk.",
    )
    found = offices(extract(text))
    assert found["Soot Desk"] == Placed(
        "Office of Wick Standards", "counted_parts_besides", "counted_parts_besides"
    )
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert "Soot Desk" not in off


def test_counted_parts_besides_not_a_count_of_people() -> None:
    """ "twelve wick keepers, as well as the Match Board": keepers are people, not parts; the
    name after them is no part the count adds to."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        """\
        The Bureau of Lantern Safety employs twelve wick keepers, as well as the Match Board.
        """,
    )
    assert "Match Board" not in offices(extract(text))


def test_counted_parts_besides_not_partners_worked_with() -> None:
    """ "works closely with five agencies, as well as the Town Oil Board": "with" before the
    count makes the sentence one of working with others, and the board a partner, not a
    part (as ``such_as_parts`` reads "works with departments such as ...")."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        """\
        The Bureau of Lantern Safety works closely with five agencies, as well as the Town Oil
        Board.
        """,
    )
    assert not any("Town Oil Board" in name for name in offices(extract(text)))


def test_counted_parts_besides_past_an_abbreviation() -> None:
    """ "as well as the St. Clair Oil Store and the Mt. Hope Desk": an abbreviation's dot
    before a name does not end the names after the word that adds parts; a dot that ends
    the sentence after a letter does ("the Wick Unit B. The unit ..."). Switched off, none
    is read."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        "Notes",
        "The Bureau of Lantern Safety has four divisions, as well as the St. Clair Oil Store"
        " and the Mt. Hope Desk.",
        "The Bureau also has three offices in addition to the Wick Unit B. The unit trims wicks.",
    )
    found = offices(extract(text))
    assert found["St. Clair Oil Store"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Mt. Hope Desk"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert found["Wick Unit B"] == Placed(ROOT, "counted_parts_besides", "default_root")
    assert "St" not in found
    off = offices(extract(text, off={"counted_parts_besides"}))
    assert not {"St. Clair Oil Store", "Mt. Hope Desk", "Wick Unit B", "St"} & set(off)


def test_counted_parts_besides_not_a_position() -> None:
    """ "three divisions as well as a Chief Wick Officer": a post is no part the sentence adds
    to the divisions; the sentence gives none of its names."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        """\
        The Bureau of Lantern Safety has three divisions in addition to the Match Unit and a
        Chief Wick Officer.
        """,
    )
    found = offices(extract(text))
    assert "Match Unit" not in found


def test_counted_parts_besides_not_words_in_lower_case() -> None:
    """ "three offices as well as close ties with the Match Board": what follows is no name,
    and the body it mentions is no part."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        """\
        The Bureau of Lantern Safety has three offices as well as close ties with the Match
        Board.
        """,
    )
    found = offices(extract(text))
    assert not any("Match Board" in name for name in found)


def test_counted_parts_besides_not_a_long_title() -> None:
    """ "two offices as well as Nine Keepers Who Trim The Lamps Of The Old Town": a run of
    capitalized words longer than a part's name is a title, not a name."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks.",
        "The Bureau of Lantern Safety has two offices as well as Nine Keepers Who Trim The Lamps"
        " Of The Old Town.",
    )
    found = offices(extract(text))
    assert not any("Nine Keepers" in name for name in found)


@pytest.mark.xfail(
    strict=True,
    reason="counted_parts_besides reads names only: parts added in lower case"
    " ('in addition to administration and engineering') are left",
)
def test_counted_parts_besides_names_in_lower_case() -> None:
    text = page(
        """\
        The Bureau of Lantern Safety has four divisions in addition to administration and
        engineering.
        """,
        "Office of Wick Standards",
        "The office sets standards for wicks.",
    )
    assert "administration" in {name.lower() for name in offices(extract(text))}


def test_dashed_parts_after_the_object_of_works_with() -> None:
    """ "works with other departments – A, B, and C –": the plural noun is the object of a
    verb of working with, so the names between the dashes are partners, not parts."""
    text = page(
        "The Wick Office keeps the wicks trimmed.",
        "The Bureau works with other departments – the Department of Oil, the Department of "
        "Glass, and the Department of Soot – to keep the lamps lit.",
    )
    assert "Department of Glass" not in offices(extract(text))


@pytest.mark.xfail(
    strict=True,
    reason="a count of a body's parts with a noun that is no unit noun ('is comprised of four "
    "disciplines which include A, B, C, and D', 'is comprised of six distinct functions' over a "
    "list) names no parts, though as many names follow as it counts; the two development pages "
    "(us_ca_cdcr_adult_institutions_organization b16, us_pa_state_college_public_works_functions "
    "b14) need two different readings (a count before 'which include', a count over a list after "
    "a heading), each of one page",
)
def test_count_agreement_a_count_of_disciplines() -> None:
    text = dedent("""\
        Lamp Bureau

        The Lamp Bureau is comprised of four disciplines which include Wick Trimming, Oil \
        Pouring, Glass Polishing, and Soot Sweeping.
        """)
    found = offices(extract(text))
    assert {"Wick Trimming", "Oil Pouring", "Glass Polishing", "Soot Sweeping"} <= set(found)


@pytest.mark.xfail(
    strict=True,
    reason="a count whose plural noun takes a relative clause before the colon ('six divisions"
    " that report directly to the Lamp Manager: A; B; ...') lists no parts: the clause stands"
    " between the count and its colon; one development page (b18"
    " ca_on_toronto_public_service_administrative_structure), left",
)
def test_named_after_count_a_relative_clause_before_the_colon() -> None:
    page = """Lamp Keepers Service

The Lamp Manager is the head of the lamp service.

There are also three divisions that report directly to the Lamp Manager: Wick Care; Oil, \
Soot and Glass; and Post Repair.
"""
    found = offices(extract(page))
    assert found["Post Repair"].parent == "Lamp Manager"


@pytest.mark.xfail(
    strict=True,
    reason="a count of parts set off with their names as an appositive before the verb ('The "
    "directorate's three units, Wick Care, Glass Care and Oil Supply, work together') is not "
    "read: ending the series at the comma before the verb and hanging the parts from the unit "
    "the possessive refers back to (tried) changed one development page only",
)
def test_counted_appositive_parts_of_the_unit_referred_back_to() -> None:
    text = page(
        "The Wick Directorate manages the wicks. The directorate's three units, Wick Care, "
        "Glass Care and Oil Supply, work together to keep the lamps lit."
    )
    found = offices(extract(text))
    assert found["Glass Care"].parent == "Wick Directorate"


def test_inline_colon_list_leaves_services_alone() -> None:
    """ "the following services are offered to keepers: A, B and C": what a body offers."""
    text = dedent("""\
        Office of the Lamp Warden

        The Lamp Warden directs the lamp service. The following services are offered to keepers: Wick Trimming, Pane Mending, and Oil Credit.

        The following offices report to the Warden: Wick Care, Oil Supply, and Glass Repair.
        """)
    found = offices(extract(text))
    assert {"Wick Care", "Oil Supply", "Glass Repair"} <= found.keys()
    assert not {"Wick Trimming", "Pane Mending", "Oil Credit"} & found.keys()


def test_counted_sections_a_count_of_sections_lists_parts() -> None:
    page = dedent("""\
        # Bureau of Lamps

        ## Wick Division

        The Wick Division is comprised of three sections: Braiding, Trimming Support, and Storage and Delivery.

        ## Oil Division

        The Oil Division buys and stores lamp oil for the city.
        """)
    found = offices(extract(page, markdown=True))
    assert found["Trimming Support"].parent == "Wick Division"
    assert found["Storage and Delivery"].parent == "Wick Division"
    off = offices(extract(page, markdown=True, off={"counted_sections"}))
    assert "Trimming Support" not in off


def test_counted_sections_articled_names_split_at_and_the() -> None:
    page = dedent("""\
        # Bureau of Lamps

        ## Glass Division

        The Glass Division is comprised of two sections: the Pane Office and the Cutting and Polishing section.

        ## Oil Division

        The Oil Division buys and stores lamp oil for the city.
        """)
    found = offices(extract(page, markdown=True))
    assert any(name.endswith("Pane Office") for name in found)
    assert found["Cutting and Polishing section"].parent == "Glass Division"
    assert "the Cutting and Polishing section" not in found  # the article is no part of it
    assert "the Cutting" not in found
    off = offices(extract(page, markdown=True, off={"counted_sections"}))
    assert "Cutting and Polishing section" not in off


def test_counted_sections_not_sections_of_a_law() -> None:
    page = dedent("""\
        # Bureau of Lamps

        ## Wick Division

        The Wick Division trims the wicks of the public lamps.

        ## Notes

        Effective dates: sections 5, 6 and 7 of the Lamp Act took effect in 1901.
        """)
    found = offices(extract(page, markdown=True))
    assert not any(name.startswith(("5", "6", "7")) for name in found)


def test_count_agreement_a_count_before_include_lists_that_many_names() -> None:
    page = dedent("""\
        # Guide to the Offices of Wicksburg

        ## Lamp Department

        The Lamp Department is composed of the Office of the Warden and four operating divisions. The four divisions include Wick Care, Oil Supply, Glass Panes and Post Repair.
        """)
    found = offices(extract(page, markdown=True))
    assert found["Oil Supply"].found_by == "enumerated_units"
    assert found["Post Repair"].parent == "Lamp Department"
    off = offices(extract(page, markdown=True, off={"count_agreement"}))
    assert "Oil Supply" not in off


def test_count_agreement_not_when_the_names_disagree_with_the_count() -> None:
    page = dedent("""\
        # Guide to the Offices of Wicksburg

        ## Lamp Department

        The Lamp Department is composed of the Office of the Warden and four operating divisions. The four divisions include Wick Care and Oil Supply, among others.
        """)
    found = offices(extract(page, markdown=True))
    assert "Oil Supply, among others" not in found
    assert "Wick Care and Oil Supply" not in found


def test_count_comma_agreement_a_count_then_a_comma_lists_that_many_names() -> None:
    """ "five operational divisions, A, B, C, D and E.": the comma stands for the colon when
    as many capitalized names as counted follow it up to the sentence's end."""
    page = dedent("""\
        Lamp Yard Department

        The Lamp Yard Department keeps the town's lamps, from wicks and oil to glass and soot.

        The Lamp Yard Director supervises and coordinates the department's five operational divisions, Trimming, Oil Supply Division, Glass Care Division, Soot Removal and Wick Storage Yard.
        """)
    found = offices(extract(page))
    assert found["Trimming"] == Placed(
        "Lamp Yard Department", "enumerated_units", "enumerated_units"
    )
    assert found["Wick Storage Yard"].parent == "Lamp Yard Department"
    off = offices(extract(page, off={"count_comma_agreement", PEERS}))
    assert "Trimming" not in off
    assert "Wick Storage Yard" not in off


def test_count_comma_agreement_sections_after_a_count_and_a_comma() -> None:
    page = dedent("""\
        This is a chart for the lamp authority, showing its structure.

        LWA is organized into two Divisions, Wick Supplies Division and Oil Supplies Division. Oil Services is further organized into two Sections, Pump Section and Barrel Section.
        """)
    found = offices(extract(page))
    assert found["Pump Section"].found_by == "enumerated_units"
    assert "Barrel Section" in found
    off = offices(extract(page, off={"count_comma_agreement"}))
    assert "Pump Section" not in off


def test_count_comma_agreement_not_when_the_names_disagree_with_the_count() -> None:
    page = dedent("""\
        Lamp Yard Department

        The Lamp Yard Department keeps the town's lamps, from wicks and oil to glass and soot.

        The Lamp Yard Director oversees the Oil Supply Division and coordinates the work of three divisions, Trimming and Soot Removal among them.
        """)
    found = offices(extract(page))
    assert "Trimming" not in found
    assert "Soot Removal among them" not in found


def test_definite_parts_named_the_divisions_are_a_list_of_names() -> None:
    page = dedent("""\
        Lamp Keepers Department

        The Lamp Keepers Department trims and fills the town's lamps. The Department has four divisions besides its office.The divisions are Wick Care (trimming, soot, wicks), Oil Supply, Glass Panes, and Post Repair.
        """)
    found = offices(extract(page))
    assert found["Wick Care"] == Placed(
        "Lamp Keepers Department", "enumerated_units", "enumerated_units"
    )
    assert found["Post Repair"].parent == "Lamp Keepers Department"
    with pytest.raises(NoStructureError):
        extract(page, off={"definite_parts_named"})


def test_definite_parts_named_the_last_and_joins_the_series() -> None:
    """ "The divisions include A (aside, aside), B and C.": the last "and" of a series after
    commas joins its last name, as in a sentence of its own (``plural_noun_copula``)."""
    page = dedent("""\
        Lamp Keepers Department

        The Lamp Keepers Department trims and fills the town's lamps. The Department has three divisions.The divisions include Wick Care (trimming, soot), Oil Supply and Glass Panes.
        """)
    found = offices(extract(page))
    for name in ("Wick Care", "Oil Supply", "Glass Panes"):
        assert found[name] == Placed(
            "Lamp Keepers Department", "enumerated_units", "enumerated_units"
        )
    assert "Oil Supply and Glass Panes" not in found
    assert definite_pieces("Wick Care and Glass Panes.") == [
        "Wick Care",
        "Glass Panes",
    ]
    with pytest.raises(NoStructureError):
        extract(page, off={"definite_parts_named"})


def test_definite_parts_named_an_aside_left_open_ends_the_names() -> None:
    text = "The divisions include Wick Services (Wick Depots, Wick Carts), Glass Care, Oil Services (Oil Depots, Oil Lamp"
    assert definite_parts_named(text, 0, len(text)) is not None
    listed = text[len("The divisions include ") :]
    assert definite_pieces(listed) == [
        "Wick Services",
        "Glass Care",
        "Oil Services",
    ]
    with disabled({"definite_parts_named"}):
        assert definite_parts_named(text, 0, len(text)) is None


def test_definite_parts_named_not_a_noun_of_no_unit_nor_lower_case() -> None:
    for text in (
        "The programs are Wick Care, Oil Supply and Glass Panes.",
        "The offices are Monday to Friday open, and closed on holidays.",
        "Each of the divisions are Wick Care, Oil Supply and Glass Panes.",
    ):
        assert definite_parts_named(text, 0, len(text)) is None, text


def test_count_agreement_a_counted_list_inside_a_semicolon_list() -> None:
    page = dedent("""\
        § 12.2 Organization.

        The headquarters organization consists of: The Warden and Deputy Warden; Three Divisions: Wick Care, Oil Supply, and Glass and Panes; and the Lamp Patterns Board.
        """)
    found = offices(extract(page))
    assert "Oil Supply" in found
    assert "Glass and Panes" in found
    assert "Wick Care, Oil Supply, and Glass and Panes" not in found
    off = offices(extract(page, off={"count_agreement"}))
    assert "Wick Care, Oil Supply, and Glass and Panes" in off


def test_count_agreement_the_count_heading_an_item_is_no_unit() -> None:
    """ "Three Divisions: Wick Care, Oil Supply, ..." after "consists of:": the count that
    heads the item is no unit beside the names it counts (``sentence_piece_name``)."""
    page = dedent("""\
        § 12.2 Organization.

        The headquarters organization consists of: The Warden and Deputy Warden; Three Divisions: Wick Care, Oil Supply, and Glass and Panes; and the Lamp Patterns Board.
        """)
    assert "Three Divisions" not in offices(extract(page))


def test_count_agreement_a_semicolon_item_that_joins_the_missing_names() -> None:
    """A counted list set off by semicolons that is one item short, where one item joins two
    names by a comma ("Wick Care; Oil, Glass Supply; ..."), or names a place after its last
    one ("the Lamp Academy in Oiltown, West Wick"), lists each name of that item."""
    page = dedent("""\
        # Lamp Works Authority

        The Authority keeps the town's lamps.

        ## Lamp Care Office

        The Lamp Care Office is composed of the following six divisions: Wick Care; Oil, Glass Supply; Soot Removal, Storage, and Match Control; Posts; and Lantern Repair.

        ## Wick Directorate

        The Wick Directorate is divided into four organizational units: the Braid Office, the Lamp Academy in Oiltown, West Wick; Wick Yard Services; and the Trim Office.
        """)
    found = offices(extract(page, markdown=True))
    for name, parent in (
        ("Oil", "Lamp Care Office"),
        ("Glass Supply", "Lamp Care Office"),
        ("Soot Removal, Storage, and Match Control", "Lamp Care Office"),
        ("Braid Office", "Wick Directorate"),
        ("Lamp Academy", "Wick Directorate"),
    ):
        assert found[name].parent == parent, name
    assert "Oil, Glass Supply" not in found
    off = offices(extract(page, markdown=True, off={"count_agreement"}))
    assert "Glass Supply" not in off
    assert "Lamp Academy" not in off


def test_count_agreement_a_count_before_are_and_a_colon_or_a_dash() -> None:
    """ "The five offices are — A, B, ..." and "The four departments are: A; B; C; and D":
    a colon or a dash after the verb still lists as many names as the count."""
    page = dedent("""\
        # Lamp Works Authority

        ## Office of the Warden

        The staff is divided into five offices. The five offices are — Wick Counsel, Wick Practice, Oil and Data, Glass Affairs, and Soot and Technology. The warden supervises them.
        """)
    found = offices(extract(page, markdown=True))
    for name in ("Wick Counsel", "Oil and Data", "Soot and Technology"):
        assert found[name].parent == "Office of the Warden", name
    off = offices(extract(page, markdown=True, off={"count_agreement"}))
    assert "Oil and Data" not in off


def test_count_agreement_names_that_each_take_the() -> None:
    """ "The three bureaus are the Wick Watch, the Oil Yard and the Glass Works": names that
    each take "the" agree with the count as bare ones do; the page was refused before."""
    page = dedent("""\
        Lamp Board

        The Lamp Board serves the region.

        The three bureaus are the Wick Watch, the Oil Yard and the Glass Works.
        """)
    found = offices(extract(page))
    for name in ("Wick Watch", "Oil Yard", "Glass Works"):
        assert found[name].parent == "Lamp Board", name
        assert found[name].found_by == "enumerated_units", name


def test_count_agreement_a_counted_list_under_a_heading_that_names_no_unit() -> None:
    """A news item's prose under a headline (a sentence-case topic, no unit) that counts the
    agency's parts and lists as many names names them."""
    page = dedent("""\
        # Lamp Works News

        ## Lamp Works reorganizes its management

        Twelve departments reporting to the Warden have been merged. The four departments are: Wick Service, Oil and Safety; Glass and Development; Soot Development and Administration; and Lamp Ledger and Budget. The warden announced it.

        The three lamps are: Red, Blue and Green lamps all over town.
        """)
    found = offices(extract(page, markdown=True))
    for name in ("Wick Service, Oil and Safety", "Glass and Development", "Lamp Ledger and Budget"):
        assert found[name].found_by == "enumerated_units", name
    assert not {"Red", "Blue", "Green lamps all over town"} & set(found)
    with pytest.raises(NoStructureError):  # nothing else on the page names a unit
        extract(page, markdown=True, off={"count_agreement"})


def test_counted_sections_not_the_sections_of_a_document() -> None:
    """A count of sections that a document is divided into names no units; a unit's own
    count of sections in the same page does."""
    page = dedent("""\
        # Bureau of Lamps

        This annual report of the Bureau of Lamps is divided into three sections: Lamp Background, Wick Findings, and Glass Advice.

        ## Wick Division

        The Wick Division is comprised of three sections: Braiding, Trimming Support, and Storage.
        """)
    found = offices(extract(page, markdown=True))
    assert found["Trimming Support"].parent == "Wick Division"
    for name in ("Lamp Background", "Wick Findings", "Glass Advice"):
        assert name not in found, name


def test_series_noun_after_last_name_the_count_s_noun_after_bare_names() -> None:
    """ "five (5) units namely A, B, C, D and E units and the F": the count's noun after the
    last name is the series' noun, so the last part is "Soot", not "Soot units"; what follows
    the noun is no part of the series."""
    text = page(
        RECORDS,
        "The bureau works through its five (5) units namely Wicks, Oil, Glass, Posts and Soot "
        "units and the Lamp Secretariat.",
    )
    found = _parts(text)
    assert {"Wicks", "Oil", "Glass", "Posts", "Soot"} <= found.keys()
    assert found["Soot"].found_by == "enumerated_units"
    assert "Soot units" not in found
    off = _parts(text, frozenset({"series_noun_after_last_name"}))
    assert "Soot units" in off
    assert "Soot" not in off


def test_series_noun_after_last_name_a_clause_after_the_shared_noun() -> None:
    """ "two (2) sections namely the A and B Sections which ...": the series ends at its noun;
    before, it ran to the sentence's end and was split at every "and" ("night shifts")."""
    text = page(
        "Wick Division",
        "The Wick Division comprises two (2) sections namely the Trim and Braid Sections which "
        "have a staff of ten in both day and night shifts.",
    )
    found = offices(extract(text))
    assert found["Trim"].parent == found["Braid"].parent == "Wick Division"
    assert "night shifts" not in found
    off = offices(extract(text, off={"series_noun_after_last_name"}))
    assert "Braid" not in off


def test_series_noun_after_last_name_not_for_places_or_worded_names() -> None:
    """Offices after a count ("three offices namely A, B and C offices"), a place's qualifier
    ("regional"), a name worded as a unit ("the Wick Office and Oil units") or names that
    disagree with the count share no noun: those series read as before, while a series of
    bodies on the same page does."""
    text = page(
        RECORDS,
        "The bureau has three offices namely Lampton, Wickby and Oilford offices.",
        "It also keeps two regional sections namely Glassmoor and Sootham sections.",
        "It runs two units namely the Wick Office and Oil units.",
        "Its three teams namely Ember and Flame teams meet weekly.",
        "The bureau works through its two (2) divisions namely Trim and Braid divisions.",
    )
    found = _parts(text)
    off = _parts(text, frozenset({"series_noun_after_last_name"}))
    assert {"Trim", "Braid"} <= found.keys()
    assert "Braid" not in off
    assert {k: v for k, v in found.items() if k not in ("Trim", "Braid")} == {
        k: v for k, v in off.items() if k not in ("Trim", "Braid divisions")
    }


@pytest.mark.xfail(
    strict=True,
    reason="a bare name the series' noun is shared by ('Wicks', of 'two units namely Wicks and"
    " Oil units') and a later heading that names it with the noun ('Wicks Unit') are read as"
    " two units: the repeat is matched by the same name only (``unit_named_again``); one"
    " left",
)
def test_series_noun_after_last_name_a_heading_that_adds_the_noun_is_the_same_unit() -> None:
    text = page(
        "The bureau works through its two (2) units namely Wicks and Oil units.",
        "Wicks Unit\n\nThe unit trims the wicks.",
        "Oil Unit\n\nThe unit pours the oil.",
    )
    found = offices(extract(text))
    assert "Wicks" in found
    assert "Wicks Unit" not in found


@pytest.mark.parametrize(
    ("sentence", "joined", "parts"),
    [
        (
            "The Department has three units namely Finance, Audit and Legal units and the "
            "Registry.",
            "Registry",
            4,
        ),
        (
            "The Commission works through four (4) directorates namely Research, Licensing, "
            "Compliance and Finance directorates and the Wick Secretariat.",
            "Wick Secretariat",
            5,
        ),
        (
            "The bureau works through its three units namely Wicks, Oil and Soot units, and the "
            "Lamp Registry which keeps files.",
            "Lamp Registry",
            4,
        ),
        (
            "The bureau has three units, Wicks, Oil and Soot units and the Lamp Secretariat.",
            "Lamp Secretariat",
            4,
        ),
    ],
)
def test_series_noun_after_last_name_a_body_joined_after_the_noun(
    sentence: str, joined: str, parts: int
) -> None:
    """ "three units namely A, B and C units and the Registry": the series ends at its noun,
    but the body joined after it is a part beside the counted ones, as it was before the
    series was cut at the noun (the cut lost it, or its parent), also after a count that
    its names must agree with ("three units, A, B and C units and the D")."""
    text = page(RECORDS, sentence)
    found = _parts(text)
    assert found[joined].parent == ROOT
    assert len(found) == parts, found
    assert not any(name.endswith(("units", "directorates")) for name in found)


@pytest.mark.xfail(
    strict=True,
    reason="a plural noun after names that are whole names of their own ('the Army, Navy and"
    " Air forces') is read as shared by all: the last part is 'Air' (before the rule it was"
    " 'Air forces', as wrong); nothing in the words tells a whole name from a bare one;"
    " left",
)
def test_series_noun_after_last_name_whole_names_before_the_noun() -> None:
    text = page(
        "Lamp Defence Office",
        "The Office oversees three forces namely the Army, Navy and Air forces.",
    )
    found = offices(extract(text))
    assert "Air" not in found


def test_counted_parts_any_noun_after_a_verb_of_composition() -> None:
    """ "is comprised of three major areas of responsibility: A, B, and C, and is ...", "is
    composed of two facilities: The A and B of which ...": after a verb of composition a count
    of parts by any plural noun names them when exactly as many capitalized names follow, the
    list cut where a clause begins and without the article after the colon. Switched off,
    neither noun is one of parts and none is read."""
    text = page(
        RECORDS,
        "The Bureau of Lantern Safety is comprised of three major areas of responsibility: "
        "Trimming, Dipping, and Braiding, and is responsible for the town's lamps.",
        "The bureau is composed of two facilities: The Wickford Oil Depot and Glassby Works "
        "of which the old match shed is an annex.",
    )
    found = _parts(text)
    placed = Placed(ROOT, "counted_parts_any_noun", "enumerated_units")
    names = ("Trimming", "Dipping", "Braiding", "Wickford Oil Depot", "Glassby Works")
    assert found == dict.fromkeys(names, placed)
    assert _parts(text, frozenset({"counted_parts_any_noun"})) == {}


def test_counted_parts_any_noun_needs_the_count_to_agree() -> None:
    """ "consists of three field stations: A and B": fewer names than the count, so the list
    is no account of the parts (a name may be missing or run on) and none is read, while a
    list that agrees with its count is ("is made up of two sites: A and B"). Switched off,
    neither is read."""
    text = page(
        RECORDS,
        "The Bureau of Lantern Safety consists of three field stations: Wickford Station and "
        "Glassby Station.",
        "The bureau is made up of two sites: Oilham Yard and Matchley Store.",
    )
    assert set(_parts(text)) == {"Oilham Yard", "Matchley Store"}
    assert _parts(text, frozenset({"counted_parts_any_noun"})) == {}


def test_counted_parts_any_noun_not_a_collegial_body_s_members() -> None:
    """ "The Lamp Board is composed of three members: A, B and C": a board's count names its
    members, not parts, whatever the names; nor does a verb other than composition ("has
    three areas of responsibility: ...") make the areas parts, and posts counted ("two posts:
    Chief Warden and Deputy Warden") are no parts. The bureau's own count of areas after
    "consists of" does name parts. Switched off, none is read."""
    text = page(
        RECORDS,
        "The Lamp Board is composed of three members: Ada Wick, Bo Oil and Cy Glass.",
        "The bureau has three areas of responsibility: Trimming, Dipping, and Braiding.",
        "The bureau is made up of two posts: Chief Warden and Deputy Warden.",
        "The Bureau of Lantern Safety consists of two areas of work: Soot Control and Flint "
        "Supply.",
    )
    found = _parts(text)
    assert {"Soot Control", "Flint Supply"} <= found.keys()
    assert not {"Ada Wick", "Bo Oil", "Cy Glass", "Trimming", "Dipping", "Braiding"} & set(found)
    assert found.get("Chief Warden", Placed(None, "", None)).found_by != "counted_parts_any_noun"
    off = _parts(text, frozenset({"counted_parts_any_noun"}))
    assert not {"Soot Control", "Flint Supply"} & set(off)


# A ministry's title and introduction, over the invented pages of the review of
# ``counted_parts_any_noun``.
_WORKS = (
    "Ministry of Causeways and Lamps\n\nThe Ministry of Causeways and Lamps builds and keeps "
    "the nation's causeways and lamps.\n\n"
)


def _composed(heading: str, sentence: str) -> tuple[dict[str, Placed], dict[str, Placed]]:
    """The offices of a ministry's page with one unit's heading and sentence, with
    ``counted_parts_any_noun`` on and off (``lone_topic_heading`` off: the heading stands as
    the page's one unit heading, as a card's would)."""
    text = f"{_WORKS}{heading}\n\n{sentence}\n"
    lone = {"lone_topic_heading"}
    return offices(extract(text, off=lone)), offices(
        extract(text, off=lone | {"counted_parts_any_noun"})
    )


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        (
            "Land Appeals Tribunal",
            "The Land Appeals Tribunal consists of three members: Justice Abena Owusu-Mensah, "
            "Mr Kofi Darko and Mrs Efua Quaye.",
        ),
        (
            "Land Valuation Board",
            "The Valuation Board advises the Minister on rates. It is composed of four "
            "members: Dr Ama Serwaa, Mr Yaw Boateng, Mrs Akosua Frimpong and Mr Kwesi Annan.",
        ),
        (
            "Commercial Division",
            "The Commercial Division is composed of three judges: Madam Justice Carla "
            "Ramsaran, Mr Justice Desmond Baptiste and Mr Justice Vishnu Persad.",
        ),
        (
            "Wick Tally Section",
            "The Section consists of two employees: Ms Priya Raman and Mr Arjun Menon.",
        ),
    ],
)
def test_counted_parts_any_noun_persons_counted_are_no_parts(heading: str, sentence: str) -> None:
    """ "The Land Appeals Tribunal consists of three members: Justice A, Mr B and Mrs C", "It
    is composed of four members: ..." under a board's heading, "three judges: ...", "two
    employees: ...": a count of persons names people, whatever the subject is called (a
    tribunal is no collegial noun, "It" none at all). They were read as the unit's parts."""
    found, off = _composed(heading, sentence)
    assert found == off
    assert not any(name.split()[0] in {"Mr", "Mrs", "Ms", "Dr", "Justice"} for name in found)


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        (
            "Our Strategy",
            "The National Youth Strategy comprises four pillars: Education, Employment, Health "
            "and Participation.\n\nDirectorates\n\n- Directorate of Youth\n- Directorate of "
            "Sport",
        ),
        (
            "Induction Course",
            "The induction course consists of four modules: Lantern Finance, Ethics, Wick "
            "Ledgers and Oil Counter Duty.",
        ),
        (
            "Academic Calendar",
            "The academic year is made up of three terms: Michaelmas, Hilary and Trinity.",
        ),
        (
            "Soot Hygiene Division",
            "The work of the Soot Hygiene Division consists of three main functions: "
            "Flame Safety, Oil Purity and Moth Control.",
        ),
        (
            "Lamp Ledger Division",
            "The Division's budget consists of two votes: Recurrent Expenditure and "
            "Development Expenditure.",
        ),
        (
            "Lamplighter Staffing Division",
            "The Division's staff is made up of three cadres: Technical Officers, Clerical "
            "Officers and Support Staff.",
        ),
        (
            "Planning Directorate",
            "The Planning Directorate consists of three programmes: Rural Roads Programme, "
            "Urban Drainage Programme and Bridge Renewal Programme.",
        ),
        (
            "Jal Suraksha Mission",
            "The Jal Suraksha Mission consists of three phases: Survey, Construction and Handover.",
        ),
    ],
)
def test_counted_parts_any_noun_no_body_s_parts(heading: str, sentence: str) -> None:
    """A verb of composition whose subject is no body ("The National Youth Strategy comprises
    four pillars", "The induction course consists of four modules", "The academic year is
    made up of three terms"), a body's work ("The work of the Soot Hygiene Division consists
    of three main functions") or a thing it has ("The Division's budget ... two votes", "The
    Division's staff ... three cadres"), or a count of what it runs ("three programmes") or
    of a plan's stages ("The Jal Suraksha Mission consists of three phases", under its own
    heading): the names are no parts (they were read as units, the pillars under the
    ministry)."""
    found, off = _composed(heading, sentence)
    assert found == off


def test_counted_parts_any_noun_the_last_name_after_and_the() -> None:
    """ "two facilities: the Eastport Fuel Depot and the Kelham Timber Yard": "and the" before
    the last name opens no clause (the list was cut at it and no name was read). Switched
    off, none is read."""
    names = {"Eastport Fuel Depot", "Kelham Timber Yard"}
    found, off = _composed(
        "Stores Division",
        "The Stores Division is composed of two facilities: the Eastport Fuel Depot and "
        "the Kelham Timber Yard.",
    )
    assert {k for k, v in found.items() if v.parent == "Stores Division"} == names
    assert not names & set(off)


@pytest.mark.xfail(
    strict=True,
    reason="after a serial comma ('the A, the B, and the C') list_pieces splits the last piece "
    "at 'and the' into an empty piece and a name, the count no longer agrees and no part is "
    "read; dropping the empty piece (shared by every counted rule) made a held-out page's "
    "edges worse; left",
)
def test_counted_parts_any_noun_the_last_name_after_a_serial_comma_and_the() -> None:
    """ "three facilities: the A, the B, and the C, and is ...": each name is a part."""
    names = {"Marlow Correctional Center", "Women's Detention Annex", "Juvenile Holding Annex"}
    found, _ = _composed(
        "Stores Division",
        "The Stores Division is comprised of three facilities: the Marlow Correctional "
        "Center, the Women's Detention Annex, and the Juvenile Holding Annex, and is "
        "supervised by a Warden.",
    )
    assert {k for k, v in found.items() if v.parent == "Stores Division"} == names


@pytest.mark.xfail(
    strict=True,
    reason="a listed name in sentence case with 'and' ('Quays and slipways') is cut at the "
    "'and' taken for a clause (', and is responsible for ...'), the count no longer agrees and "
    "no part is read; telling the two apart needs the verb after 'and'; left",
)
def test_counted_parts_any_noun_a_sentence_case_name_with_and() -> None:
    """ "three work areas: Quays and slipways, Causeway Defence, and Dry Docks": the first
    name holds "and" before a word in lower case; all three are the division's parts."""
    found, _ = _composed(
        "Causeway Division",
        "The Causeway Division consists of three work areas: Quays and slipways, Causeway "
        "Defence, and Dry Docks.",
    )
    assert {"Quays and slipways", "Causeway Defence", "Dry Docks"} <= found.keys()


def test_counted_parts_any_noun_subject_named_as_the_section_s_unit() -> None:
    """ "Lamp Post Upkeep is comprised of three major areas of responsibility: ..." under
    the heading "Lamp Post Upkeep": a subject with no unit noun is a body when it is the
    section's unit's own name (a thing's name, "The National Youth Strategy", is none).
    Switched off, none is read."""
    found, off = _composed(
        "Lamp Post Upkeep",
        "Lamp Post Upkeep is comprised of three major areas of responsibility: Post "
        "Repair, Soot Removal, and Glass Sweeping.",
    )
    names = {"Post Repair", "Soot Removal", "Glass Sweeping"}
    assert {k for k, v in found.items() if v.parent == "Lamp Post Upkeep"} == names
    assert not names & set(off)
