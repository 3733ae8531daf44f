"""Acronym rules: definitions in both directions and split across a heading and its text."""

from __future__ import annotations

import random
from textwrap import dedent

import pytest

from pipeline.extract.acronyms import is_acronym
from pipeline.extract.alignment import _best_suffix, alignment_cost, max_skipped
from pipeline.extract.page import NoStructureError
from pipeline.text.words import words_in
from tests.extract.helpers import acronyms, extract, offices

INTRO = "Bureau of Lantern Safety\n\nThe Bureau of Lantern Safety keeps the lamps lit."


def page(*blocks: str) -> str:
    return "\n\n".join([INTRO, *(dedent(block).strip("\n") for block in blocks)]) + "\n"


LONG_FIRST = page(
    "Office of Wick Standards",
    "The Office of Wick Standards (OWS) sets standards for wicks.",
    "Office of Oil Supply",
    "The office buys oil for the U.S. Lamp Oil Reserve (LOR).",
)


def test_parenthesized_acronym_reads_the_words_before_the_parenthesis() -> None:
    result = extract(LONG_FIRST)
    assert acronyms(result)["OWS"] == ("Office of Wick Standards", "parenthesized_acronym")
    linked = {a.acronym: a.office_id for a in result.acronyms}
    assert linked["OWS"] == "synthetic:office-of-wick-standards"
    assert {o.name: o.acronym for o in result.offices}["Office of Wick Standards"] == "OWS"

    off = acronyms(extract(LONG_FIRST, off={"parenthesized_acronym"}))
    assert "OWS" not in off
    assert "LOR" not in off


def test_parenthesized_acronym_not_on_a_function_word() -> None:
    text = page(
        "Office of Wick Standards", "Wicks are sold to the Lamp Makers Guild (LMG) each year."
    )
    assert acronyms(extract(text))["LMG"] == ("Lamp Makers Guild", "parenthesized_acronym")


DOTTED = page(
    "Office of Wick Standards",
    "The office reports to the U.S. Department of Lamps (USDL) and the N.W. Oil Board (NWOB).",
)


def test_parenthesized_acronym_dotted_initialism_spells_all_its_letters() -> None:
    found = acronyms(extract(DOTTED))
    assert found["USDL"] == ("U.S. Department of Lamps", "parenthesized_acronym")
    assert found["NWOB"] == ("N.W. Oil Board", "parenthesized_acronym")
    assert acronyms(extract(DOTTED, off={"parenthesized_acronym"})) == {}


BRACKETED = page(
    "Lamp Bureau Offices",
    """
    - Office of Glass Audits [L/OGA] - audits lantern glass
    - Wick Supply Office [L/WSO] - buys wicks
    """,
)


def test_parenthesized_acronym_bracketed_code_after_a_name() -> None:
    found = acronyms(extract(BRACKETED))
    assert found["L/OGA"] == ("Office of Glass Audits", "parenthesized_acronym")
    assert found["L/WSO"] == ("Wick Supply Office", "parenthesized_acronym")
    assert acronyms(extract(BRACKETED, off={"parenthesized_acronym"})) == {}


def test_long_form_prefix_takes_in_the_words_the_acronym_leaves_out() -> None:
    found = acronyms(extract(LONG_FIRST))
    assert found["LOR"] == ("U.S. Lamp Oil Reserve", "parenthesized_acronym")
    off = acronyms(extract(LONG_FIRST, off={"long_form_prefix"}))
    assert off["LOR"] == ("Lamp Oil Reserve", "parenthesized_acronym")


def test_long_form_prefix_takes_in_the_unit_noun() -> None:
    text = page("Office of Wick Standards", "The office works with a Department of Lamp Oil (LO).")
    assert acronyms(extract(text))["LO"][0] == "Department of Lamp Oil"
    assert acronyms(extract(text, off={"long_form_prefix"}))["LO"][0] == "Lamp Oil"


SHORT_FIRST = page(
    "Office of Wick Standards",
    "The office runs LAMPS (Lantern and Match Permit System), which tracks permits.",
)


def test_parenthesized_acronym_reads_the_words_in_the_parenthesis() -> None:
    assert acronyms(extract(SHORT_FIRST))["LAMPS"] == (
        "Lantern and Match Permit System",
        "parenthesized_acronym",
    )
    assert "LAMPS" not in acronyms(extract(SHORT_FIRST, off={"parenthesized_acronym"}))


SPLIT = page(
    "Flame Records (DFR)",
    "The Division of Flame Records checks every flame.",
    "Office of Wick Standards",
    "The office sets standards for wicks.",
)


def test_name_line_acronym_completes_the_long_form_from_the_section() -> None:
    result = extract(SPLIT)
    assert acronyms(result)["DFR"] == ("Division of Flame Records", "name_line_acronym")
    assert offices(result)["Division of Flame Records"].found_by == "section_heading"
    assert "DFR" not in acronyms(extract(SPLIT, off={"name_line_acronym"}))


OFFICE_PREFIX = page(
    "Glass Inspection (OGI)",
    "Inspects lantern glass.",
    "Office of Wick Standards",
    "The office sets standards for wicks.",
)


def test_name_line_acronym_reads_the_leading_o_as_office_of() -> None:
    result = extract(OFFICE_PREFIX)
    assert acronyms(result)["OGI"] == ("Glass Inspection", "name_line_acronym")
    found = {o.name: o.acronym for o in result.offices}
    assert found["Office of Glass Inspection"] == "OGI"

    off = extract(OFFICE_PREFIX, off={"name_line_acronym"})
    assert "OGI" not in acronyms(off)
    assert "Office of Glass Inspection" not in offices(off)


LOOSE = page(
    "Office of Wick Standards",
    "The office sets standards for wicks. Its teams are:",
    """
    - Taper Records (TER)
    - Sweeping—Office of Yards & Chimney Sweeping (OCY)
    - Wax Storage (SWX)
    """,
)


def test_name_line_acronym_spells_the_letters_in_order_within_words() -> None:
    found = acronyms(extract(LOOSE))
    # A vowel inside a word ("tAper") is read on a name's own line only.
    assert found["TER"] == ("Taper Records", "name_line_acronym")
    assert found["OCY"] == ("Office of Yards & Chimney Sweeping", "name_line_acronym")
    # The first letter must start the name: SWX is not Wax Storage's.
    assert "SWX" not in found
    off = acronyms(extract(LOOSE, off={"name_line_acronym"}))
    assert "TER" not in off
    assert "OCY" not in off


def test_name_line_acronym_not_in_running_text() -> None:
    text = page("Office of Wick Standards", "The office keeps Taper Records (TER) for the city.")
    assert "TER" not in acronyms(extract(text))


def test_name_run_before_long_form_takes_in_the_modifiers_the_acronym_leaves_out() -> None:
    text = page(
        "Office of Wick Standards",
        "The office works with the Oil and Wick Lamp and Glass Bureau (LGB) on taxes.",
        "The Eastmarch Department of Tallow and Wax (DTW) buys the wax.",
        "Northern Wick Affairs (WA)",
    )
    found = acronyms(extract(text))
    assert found["LGB"] == ("Oil and Wick Lamp and Glass Bureau", "parenthesized_acronym")
    assert found["DTW"][0] == "Eastmarch Department of Tallow and Wax"
    assert found["WA"][0] == "Northern Wick Affairs"
    off = acronyms(extract(text, off={"name_run_before_long_form"}))
    assert off["LGB"][0] == "Lamp and Glass Bureau"
    assert off["DTW"][0] == "Department of Tallow and Wax"


def test_name_run_before_long_form_stops_where_no_name_runs_on() -> None:
    text = page(
        "Office of Wick Standards",
        "Office of the Master Lamp Officer [L/MLO] - Develops Lamp Technology (LT) rules.",
        "Wicks are sold by the Wax Board (WB) Lamp Glass Office (LGO) each year.",
        "Our Wick Office (WO) trims wicks. The Tallow Bureau Office of Wax (OW) melts it.",
    )
    found = acronyms(extract(text))
    assert found["LT"][0] == "Lamp Technology"
    assert found["LGO"][0] == "Lamp Glass Office"
    assert found["WO"][0] == "Wick Office"
    assert found["OW"][0] == "Office of Wax"


INSIDE = page(
    "Office of Wick Standards",
    "It reports to the Lampforce Office (LFO) each year. Its Tallowyard (TY) keeps the wax, "
    "and its records go to SCWM (Sconce Casework Management).",
)


def test_letters_inside_word_compound_words_give_a_letter_per_part() -> None:
    found = acronyms(extract(INSIDE))
    assert found["LFO"] == ("Lampforce Office", "parenthesized_acronym")
    assert found["TY"] == ("Tallowyard", "parenthesized_acronym")
    assert found["SCWM"] == ("Sconce Casework Management", "parenthesized_acronym")
    off = acronyms(extract(INSIDE, off={"letters_inside_word"}))
    assert not {"LFO", "TY", "SCWM"} & off.keys()


def test_letters_inside_word_only_when_word_starts_cannot_spell_it() -> None:
    # From word starts: "Summit Tallow Smelt Tower" (one word left out); from inside a word
    # the shorter "Smelt Tower" would do, but word starts come first.
    text = page("Office of Wick Standards", "It sends wax to the Summit Tallow Smelt Tower (STT).")
    assert acronyms(extract(text))["STT"][0] == "Summit Tallow Smelt Tower"


def test_letters_inside_word_not_a_vowel() -> None:
    # Only a vowel inside "Inspector" could stand for O: no definition.
    text = page("Office of Wick Standards", "It answers to the Inspector Guild (IOG) yearly.")
    assert "IOG" not in acronyms(extract(text))


def test_best_suffix_is_the_cheapest_suffix_aligned_alone() -> None:
    """One alignment of all the words gives each suffix the cost it has aligned on its own."""
    vocabulary = ["Office", "of", "the", "Lamp", "Wick", "and", "for", "Lampworks", "U.S."]
    vocabulary += ["LampPay", "Tallow-Yard", "Oil", "Desk", "waxen", "WX", "a"]
    rng = random.Random(11)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 10)))
        words = words_in(text, 0, len(text))
        letters = "".join(rng.choice("LWOTUDXlow") for _ in range(rng.randint(1, 4)))
        for inside in (False, True):
            best: tuple[int, int] | None = None
            for start in range(len(words) - 1, max(-1, len(words) - 2 * len(letters) - 4), -1):
                cost = alignment_cost(letters, words[start:], inside)
                if cost is None or cost > max_skipped(letters):
                    continue
                if best is None or cost < best[0]:
                    best = (cost, start)
            expected = words[best[1] :] if best else None
            assert _best_suffix(letters, words, inside) == expected, (letters, text)
            found += expected is not None
    assert found > 100


SPACED = page(
    "Office of Wick Standards",
    "The office runs Wick Retention and Exchange (WR & E) and keeps the Whole-of-Lamp Oil"
    " Ledger (WOL OL) up to date (see the Lamp Office notes).",
)


def test_spaced_acronym_reads_spaced_groups_of_capitals() -> None:
    found = acronyms(extract(SPACED))
    assert found["WR & E"] == ("Wick Retention and Exchange", "spaced_acronym")
    assert found["WOL OL"] == ("Whole-of-Lamp Oil Ledger", "spaced_acronym")
    assert not any(" " in acronym for acronym in found if acronym not in ("WR & E", "WOL OL"))
    off = acronyms(extract(SPACED, off={"spaced_acronym"}))
    assert "WR & E" not in off
    assert "WOL OL" not in off


PLURAL = page(
    "Office of Wick Standards",
    "The office trains the Lamp Boards (LB's) and the Wick Boards (WB’s) of each town, and"
    " stocks the Glass Depots (GlDeps) each spring.",
)


def test_plural_acronym_reads_an_apostrophe_plural() -> None:
    found = acronyms(extract(PLURAL))
    assert found["LB's"] == ("Lamp Boards", "plural_acronym")
    assert found["WB’s"] == ("Wick Boards", "plural_acronym")
    off = acronyms(extract(PLURAL, off={"plural_acronym"}))
    assert "LB's" not in off
    assert "WB’s" not in off


def test_plural_acronym_reads_a_mixed_case_plural() -> None:
    assert acronyms(extract(PLURAL))["GlDeps"] == ("Glass Depots", "plural_acronym")
    assert "GlDeps" not in acronyms(extract(PLURAL, off={"plural_acronym"}))


def test_plural_acronym_not_a_word_in_parentheses() -> None:
    """ "(Lamps)", "(Lamp's)": a word, not an acronym with a plural ending."""
    text = page(
        "Office of Wick Standards",
        "The keepers of the Lamp (Lamps) meet with the Order of the Lamp (Lamp's) each spring.",
    )
    found = acronyms(extract(text))
    assert "Lamps" not in found
    assert "Lamp's" not in found


def test_plural_acronym_a_plural_head_before_of() -> None:
    """ "Depots of Wick Excellence": the plural is the head's, before "of"."""
    text = page(
        "Office of Wick Standards",
        "The office runs the Depots of Wick Excellence (DoWE's) and the Glass Stores of Lampton"
        " (GSoLs) in each town.",
    )
    found = acronyms(extract(text))
    assert found["DoWE's"] == ("Depots of Wick Excellence", "plural_acronym")
    assert found["GSoLs"] == ("Glass Stores of Lampton", "plural_acronym")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The Department of Lamp Stores (DoLS's) staff fill the lamps.", "DoLS's"),
        ("The office works with the Department of Wick Affairs (DWA's) clerks.", "DWA's"),
        ("The office works with the Office of Glass Lamps (OGL's) staff.", "OGL's"),
    ],
)
def test_plural_acronym_not_a_plural_after_of(sentence: str, code: str) -> None:
    """ "Department of Lamp Stores": the head before "of" is one body; the plural after it
    is its field's, and the "'s" of "DoLS's" a possessive."""
    assert code not in acronyms(extract(page("Office of Wick Standards", sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lamp Board's (LB's) rules apply in each town.",
        "The office works with the Office of Glass Lamps' (OGL's) office.",
        "The Glass Depot's (GlDeps) stores are full.",
        # a last word in "s" that is no plural
        "The office works with the Lamp Business (LB's) each year.",
    ],
)
def test_plural_acronym_not_a_possessive(sentence: str) -> None:
    """A possessive before the parenthesis is of one body: the "'s" of "LB's" is its
    possessive too, no plural ending, and the long form no plural to define."""
    found = acronyms(extract(page("Office of Wick Standards", sentence)))
    assert not {"LB's", "OGL's", "GlDeps"} & set(found)


def test_plural_acronym_capitals_and_s_read_as_written_first() -> None:
    """ "Oil Depots (ODs)": an acronym in capitals and an "s" is spelled as written (its "s"
    set aside already), not by the plural rule."""
    text = page("Office of Wick Standards", "The office fills the Oil Depots (ODs) each week.")
    assert acronyms(extract(text))["ODs"] == ("Oil Depots", "parenthesized_acronym")
    off = acronyms(extract(text, off={"plural_acronym"}))
    assert off["ODs"] == ("Oil Depots", "parenthesized_acronym")


@pytest.mark.xfail(
    strict=True,
    reason="plural_acronym reads an acronym in parentheses only: a plural a linking word"
    " introduces (', or GlDeps,') is not set aside; no page it was written on writes one",
)
def test_plural_acronym_a_linked_plural() -> None:
    text = page("Office of Wick Standards", "The Glass Depots, or GlDeps, store the lamp glass.")
    assert acronyms(extract(text))["GlDeps"] == ("Glass Depots", "linked_acronym")


FACT_SHEET = (
    "Lantern Fact Sheet\n\n"
    "Every keeper who trims a wick must follow the rules of the Wick Trimmers Guild"
    " (WTG). The WTG writes them each spring, with help from the Lamp Oil Registry (LOR).\n"
)


def test_acronyms_without_units_publishes_a_unitless_pages_definitions() -> None:
    result = extract(FACT_SHEET)
    assert result.offices == [] and result.programs == []
    assert acronyms(result) == {
        "WTG": ("Wick Trimmers Guild", "parenthesized_acronym"),
        "LOR": ("Lamp Oil Registry", "parenthesized_acronym"),
    }
    assert all(a.office_id is None for a in result.acronyms)


def test_acronyms_without_units_still_refuses_a_page_with_no_definitions() -> None:
    with pytest.raises(NoStructureError):
        extract("Lantern Fact Sheet\n\nEvery keeper trims a wick with care each spring.\n")


def test_name_run_before_long_form_not_a_verb_or_adverb_opening_a_sentence() -> None:
    """ "Contact Wick Affairs (WA) ...", "Currently Glass Affairs (GA) ...": a sentence's
    opening verb or adverb is no part of the name; a run opening with a unit noun is."""
    text = page(
        "Office of Wick Standards",
        "Contact Wick Affairs (WA) with questions. Currently Glass Affairs (GA) polishes it.",
        "Office of Oil Supply Lamp Fuel Center (LFC) - Eastmarch. The center stores oil.",
    )
    found = acronyms(extract(text))
    assert found["WA"][0] == "Wick Affairs"
    assert found["GA"][0] == "Glass Affairs"
    assert found["LFC"][0] == "Office of Oil Supply Lamp Fuel Center"


def test_name_run_before_long_form_a_duty_sentence_is_no_line_of_its_own() -> None:
    """ "... vendors. Manages Glass Repair Projects (GRP).": the run opens a sentence in the
    middle of a line, a duty's verb before the name; "- Northern Oil Supply Service (NOSS)" opens
    its line after a bullet, the name and acronym alone."""
    text = page(
        "Office of Wick Standards",
        "The office keeps wicks. Coordinates vendors. Manages Glass Repair Projects (GRP).\n"
        "- Northern Oil Supply Service (NOSS)",
    )
    found = acronyms(extract(text))
    assert found["GRP"][0] == "Glass Repair Projects"
    assert found["NOSS"][0] == "Northern Oil Supply Service"


def test_name_run_before_long_form_not_a_post_before_for() -> None:
    """ "The Lamp Superintendent for Wick Affairs (WA)": the acronym spells the post's field;
    the post before "for" is no part of its long form."""
    text = page(
        "Office of Wick Standards",
        "The Lamp Superintendent for Wick Affairs (WA) trims wicks. The Oil Comptroller for"
        " Glass Repair (GR) fixes glass.",
    )
    found = acronyms(extract(text))
    assert found["WA"][0] == "Wick Affairs"
    assert found["GR"][0] == "Glass Repair"


LINKED = page(
    "Office of Wick Standards",
    "The Lamp Safety Administration, or LSA, trains keepers in every county.",
    "Office of Oil Supply",
    "The Tallow Reserve Board (the TRB) buys oil, and the Glass Tally Office (hereafter GTO)"
    " checks it.",
)


def test_linked_acronym_or_and_the_before_the_acronym() -> None:
    found = acronyms(extract(LINKED))
    assert found["LSA"] == ("Lamp Safety Administration", "linked_acronym")
    assert found["TRB"] == ("Tallow Reserve Board", "linked_acronym")
    assert found["GTO"] == ("Glass Tally Office", "linked_acronym")
    off = acronyms(extract(LINKED, off={"linked_acronym"}))
    assert {"LSA", "TRB", "GTO"}.isdisjoint(off)


def test_linked_acronym_not_a_word_run_after_or() -> None:
    text = page(
        "Office of Wick Standards", "It advises the Lamp Trimming Board, or LTB staff, on wicks."
    )
    assert "LTB" not in acronyms(extract(text))


def test_linked_acronym_at_a_sentences_end_leaves_the_full_stop() -> None:
    """An acronym that ends its sentence ("..., or TSO.") is read without the full stop; a
    dotted acronym keeps its dots."""
    text = page(
        "Office of Wick Standards",
        "Questions go to the Tallow Supply Office, or TSO. The Glass Audit Board, or G.A.B., "
        "checks the glass.",
    )
    found = acronyms(extract(text))
    assert found["TSO"] == ("Tallow Supply Office", "linked_acronym")
    assert "TSO." not in found
    assert found["G.A.B."][0] == "Glass Audit Board"


LISTED_NAMES = page(
    "Lamp Bureau Offices",
    """
    - Wick Services (WO)
    - Glass Audits (GAU)
    - Lamp Routing [L/LR]
    """,
    "Directorates",
    """
    Wick chamber of the senior lamp warden and the second lamp warden north
    Tallow Stores (TSK)
    Lamp Oil Depot (LOY)
    Directorate of Lamp Oil (DLO)
    """,
)


@pytest.mark.xfail(
    strict=True,
    reason="a list line 'Wick Services (WO)' whose acronym's later letters are not in the name"
    " (an older or fuller name) defines nothing; a rule pairing such lines when the acronym"
    " opens with the name's first letter ('listed_name_acronym', removed) changed one"
    " development page once name_per_line read title-case runs of names as headings. Tried"
    " again in the forty-first session for any list item 'Name (ACR)' (the acronym in"
    " capitals) with another item of its list in that shape: 4 gold pairs on three half-A"
    " pages of three sites, none wrong there, but one half-B page worse: dropped",
)
def test_name_line_acronym_a_list_line_whose_acronym_the_name_does_not_spell() -> None:
    found = acronyms(extract(LISTED_NAMES))
    assert found["WO"] == ("Wick Services", "name_line_acronym")
    assert found["TSK"] == ("Tallow Stores", "name_line_acronym")


def test_name_line_acronym_not_a_code_of_another_letter() -> None:
    text = page("Lamp Bureau Offices", "- Office of the Lamp Warden (GA)\n- Wick Supply (GAA)")
    assert {"GA", "GAA"}.isdisjoint(acronyms(extract(text)))


WRAPPED = page(
    "Office of Wick Standards",
    """
    The office sets the standards for the wicks that are burned on the lamps of the
    Wick Supply Division and it buys the oil of the lamps from the Department of Lamp
    Oil Reserves (DLOR) on behalf of the keepers, who trim the wicks every night as the
    Lamp Board has asked, and it reports every year to the Lamp Board, to the Glass Care
    Administration (GCA) and to the keepers themselves.
    """,
    "Office of Oil Supply",
    "The office buys oil.",
)


def test_wrapped_long_form_reads_a_long_form_over_a_paragraph_line_break() -> None:
    found = acronyms(extract(WRAPPED))
    assert found["DLOR"] == ("Department of Lamp Oil Reserves", "parenthesized_acronym")
    assert found["GCA"] == ("Glass Care Administration", "parenthesized_acronym")
    off = acronyms(extract(WRAPPED, off={"wrapped_long_form"}))
    assert "DLOR" not in off
    assert "GCA" not in off


def test_wrapped_long_form_a_line_much_shorter_than_the_next_is_no_wrap() -> None:
    text = page(
        "Office of Oil Supply",
        """
        Keepers of the wick and of the glass of the
        Lamp Board (GLB) trim the wicks of the lamps every night and fill them with oil.
        """,
    )
    assert "GLB" not in acronyms(extract(text))


HEAD_LAST = page(
    "Office of Wick Standards",
    "The office reports to the Office of the Lamp Warden (LWO) and to the Secretariat of the "
    "Wick Boxes (WBS) each year.",
)


def test_unit_noun_last_reads_the_head_noun_the_acronym_puts_last() -> None:
    found = acronyms(extract(HEAD_LAST))
    assert found["LWO"] == ("Office of the Lamp Warden", "parenthesized_acronym")
    assert found["WBS"] == ("Secretariat of the Wick Boxes", "parenthesized_acronym")
    off = acronyms(extract(HEAD_LAST, off={"unit_noun_last"}))
    assert "LWO" not in off
    assert off["WBS"][0] == "Wick Boxes"


def test_unit_noun_last_not_where_the_words_spell_the_acronym_in_order() -> None:
    text = page("Office of Wick Standards", "It works with the Office of Lamp Oil (OLO).")
    assert acronyms(extract(text))["OLO"][0] == "Office of Lamp Oil"


@pytest.mark.xfail(
    strict=True,
    reason="a mixed-case acronym's lower-case letter taken from inside the word its capital "
    "opens ('Wyandale Oil Board (WeOB)', as a state's 'Va' for its name) is not read: only a "
    "word's leading letters or its own capitals give such a letter; one development page shows "
    "the form (two definitions)",
)
def test_parenthesized_acronym_a_lower_case_letter_from_inside_its_word() -> None:
    text = page("Office of Wick Standards", "It works with the Wyandale Oil Board (WeOB).")
    assert acronyms(extract(text))["WeOB"][0] == "Wyandale Oil Board"


@pytest.mark.xfail(
    strict=True,
    reason="a parent's code before a slash in the parenthesis ('Office of Wick Audits (OLW/WA)', "
    "the OLW of its parent office) is set aside only in square brackets and for one or two "
    "letters; in parentheses the whole code must spell the name. Dropping it there was looked "
    "at: one development page gains, and a one-letter prefix on another page would give a "
    "long form cut short",
)
def test_parenthesized_acronym_a_parent_code_before_a_slash() -> None:
    text = page(
        "Office of Wick Standards",
        "The Office of the Lamp Warden (OLW) holds the Office of Wick Audits (OLW/WA).",
    )
    assert acronyms(extract(text))["OLW/WA"][0] == "Office of Wick Audits"


@pytest.mark.xfail(
    strict=True,
    reason="a spaced acronym whose group holds an ampersand ('WK O&T' for 'WK Oil and Tallow') "
    "is not read as one: spaced_acronym's groups are capitals and dots; one development page "
    "shows the form",
)
def test_spaced_acronym_a_group_with_an_ampersand() -> None:
    text = page(
        "Office of Wick Standards",
        "It runs Wick Keeping (WK) and the WK Oil and Tallow (WK O&T) rounds.",
    )
    assert acronyms(extract(text))["WK O&T"][0] == "WK Oil and Tallow"


def test_wrapped_long_form_a_line_ending_on_an_initialism_or_an_ampersand() -> None:
    text = page(
        "Office of Wick Standards",
        """
        The office sets the standards for the wicks and it buys the oil from the U.S.
        Department of Lamps (USDL) on behalf of the keepers, and the glass from Wicks &
        Lamp Oil Glassworks (WLOG), who trim the wicks every night as the board asks.
        """,
    )
    found = acronyms(extract(text))
    assert found["USDL"] == ("U.S. Department of Lamps", "parenthesized_acronym")
    assert found["WLOG"] == ("Wicks & Lamp Oil Glassworks", "parenthesized_acronym")
    off = acronyms(extract(text, off={"wrapped_long_form"}))
    assert "USDL" not in off
    assert "WLOG" not in off


def test_unit_noun_last_the_spelled_words_hold_an_of_of_their_own() -> None:
    text = page(
        "Office of Wick Standards",
        "The office reports to the Office of the Master of Wick Supply (MWSO) each year.",
    )
    found = acronyms(extract(text))
    assert found["MWSO"] == ("Office of the Master of Wick Supply", "parenthesized_acronym")
    assert "MWSO" not in acronyms(extract(text, off={"unit_noun_last"}))


def test_wrapped_long_form_a_list_item_name_over_a_break_reads_it_as_a_space() -> None:
    text = page(
        "Offices",
        """
        The bureau has these offices:

        - Office of Keepers for the Lamps and the Wicks and the Glass of the Northern
          Lampyards (OKPY)
        - Oil Supply Office (OSO)
        """,
    )
    name = "Office of Keepers for the Lamps and the Wicks and the Glass of the Northern Lampyards"
    assert acronyms(extract(text))["OKPY"] == (name, "name_line_acronym")
    assert "OKPY" not in acronyms(extract(text, off={"wrapped_long_form"}))


@pytest.mark.xfail(
    strict=True,
    reason="a name alone on its line (a heading) over text that opens with the acronym it "
    "spells word by word ('Division of Wick Supply' / 'DWS leads ...') defines nothing: the "
    "annotators disagree. A rule reading it (acronym_opening_under_name, tried in the "
    "nineteenth session) found 8 gold pairs on batches 13 and 17 (3 pages better) but 7 pairs "
    "on two pages whose annotators set the acronym on the unit only and list no definition "
    "(batches 7 and 9, one gold note: 'doubtful either way'), so two pages worse. Tried again "
    "in the forty-first session (the whole line spelled, the acronym opening the next line "
    "with text after it): 8 gold pairs on three half-A pages, and the same 7 pairs no gold "
    "lists on the same two pages (and 3 acronyms opening a longer name), so still two pages "
    "worse",
)
def test_name_line_acronym_a_heading_over_text_opening_with_its_acronym() -> None:
    text = page(
        "Division of Wick Supply",
        "DWS leads the buying of wicks for every lamp of the city.",
    )
    assert acronyms(extract(text))["DWS"][0] == "Division of Wick Supply"


@pytest.mark.xfail(
    strict=True,
    reason="an acronym used without parentheses after a name that spells it, in the same "
    "paragraph or the one before ('our Lamp Repair Unit ... Our LRU mends ...') defines "
    "nothing: batch 17's annotators count it, earlier ones do not. A rule reading it "
    "(acronym_after_its_name, tried in the nineteenth session) found 3 gold pairs (3 batch-17 "
    "pages better) and 31 pairs no annotator listed, on 26 other development pages",
)
def test_parenthesized_acronym_an_acronym_used_after_its_name_without_parentheses() -> None:
    text = page(
        "Office of Wick Standards",
        "Founded in 2016, our Lamp Repair Unit is the first of its kind. Our LRU mends lamps.",
    )
    assert acronyms(extract(text))["LRU"][0] == "Lamp Repair Unit"


COUNTED = page(
    "Office of Wick Standards",
    "It buys from the Wick, Wax and Wool Board (W3B) and the Lamp Lighting Office (L2O).",
)


def test_counted_letters_a_digit_counts_the_capital_before_it() -> None:
    found = acronyms(extract(COUNTED))
    assert found["W3B"] == ("Wick, Wax and Wool Board", "parenthesized_acronym")
    assert found["L2O"] == ("Lamp Lighting Office", "parenthesized_acronym")
    off = acronyms(extract(COUNTED, off={"counted_letters"}))
    assert "W3B" not in off
    assert "L2O" not in off


def test_counted_letters_not_where_the_digit_stands_for_a_word_of_its_own() -> None:
    text = page("Office of Wick Standards", "It works with the Lamp 3W Office (L3WO).")
    assert acronyms(extract(text))["L3WO"] == ("Lamp 3W Office", "parenthesized_acronym")


HEAD_NOUN = page(
    "Office of Wick Standards",
    "The Lamp, Oil and Glass Bureau (LB) buys the lamps.",
    "The office works with the Wick & Tallow Supply Office (WO) on wicks.",
    "The Agency for Lamps and Glass Services [X/AS] cuts the panes.",
)


def test_opening_word_and_head_noun_reads_a_name_by_its_first_word_and_unit_noun() -> None:
    found = acronyms(extract(HEAD_NOUN))
    assert found["LB"] == ("Lamp, Oil and Glass Bureau", "parenthesized_acronym")
    assert found["WO"] == ("Wick & Tallow Supply Office", "parenthesized_acronym")
    assert found["X/AS"] == ("Agency for Lamps and Glass Services", "parenthesized_acronym")
    off = acronyms(extract(HEAD_NOUN, off={"opening_word_and_head_noun"}))
    assert "LB" not in off
    assert "WO" not in off
    assert "X/AS" not in off


@pytest.mark.parametrize(
    ("sentence", "acronym"),
    [
        ("The office works with the Wick Office, wax and Glass Supply Division (WD).", "WD"),
        ("The office works with the Wick OLW and Glass Supply Division (WD) on wicks.", "WD"),
        ("The office works with the Wick Bureau of the Glass Supply Division (WD).", "WD"),
        ("The office works with the Wick Board's Glass and Supply Division (WD).", "WD"),
        ("The office keeps the Wick and Glass Supply Rules (WR) for lamps.", "WR"),
        ("The office works with the Wick and Glass Supply Division (WDS) on wicks.", "WDS"),
    ],
)
def test_opening_word_and_head_noun_not_across_other_words_nor_without_a_unit_noun(
    sentence: str, acronym: str
) -> None:
    """A word in lower case, a word in capitals, "the", a possessive between the two words,
    a name that ends on no unit noun, an acronym of more than two letters: no definition."""
    assert acronym not in acronyms(extract(page("Office of Wick Standards", sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "The office works with the Wickham City Lamp Division (WD) on wicks.",
        "The office works with the Wickham Falls Glass Division [X/WD] on wicks.",
        "The office works with Wickham, Lamp Glass Division (WD) on wicks.",
    ],
)
def test_opening_word_and_head_noun_not_without_and_joining_the_words(sentence: str) -> None:
    """A place's name before a unit's ("Wickham City"), or a comma alone: the words left out
    join no fields, and the two words spell no name."""
    found = acronyms(extract(page("Office of Wick Standards", sentence)))
    assert "WD" not in found
    assert "X/WD" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The office works with the Wick Office, Lamp Office and Glass Division (WD).",
        "The office works with the Wick Office, Lamp Office and Glass Division [X/WD].",
        "The office works with the Wick Office and Lamp Glass Division (WD) on wicks.",
    ],
)
def test_opening_word_and_head_noun_not_across_a_unit_noun_that_ends_a_joined_name(
    sentence: str,
) -> None:
    """A unit noun before a comma or "and" ends a unit's name: the words list units, and the
    acronym is none of theirs."""
    found = acronyms(extract(page("Office of Wick Standards", sentence)))
    assert "WD" not in found
    assert "X/WD" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The office works with the Wick Depot in Lamp and Glass Division (WD) on wicks.",
        "The office works with the Wick Depot at Lamp and Glass Division (WD) on wicks.",
        "The office works with the Wick Depot to Lamp and Glass Division (WD) on wicks.",
        "The office works with the Wick and Lamp, Glass Division (WD) on wicks.",
    ],
)
def test_opening_word_and_head_noun_joins_with_and_and_of_for_only(sentence: str) -> None:
    """Only "and", "&", "of" and "for" join a name's words (not "in", "at", "to"), and a comma
    only in a series its "and" closes."""
    assert "WD" not in acronyms(extract(page("Office of Wick Standards", sentence)))


@pytest.mark.xfail(
    strict=True,
    reason="a name run before a long form crosses 'and' after a unit noun, two units "
    "coordinated ('the Lamp Stores Offices and Wick Supply Auditors (WSA)' reads WSA as the "
    "whole run). A guard stopping it there (name_run_stops_at_another_head, fortieth session) "
    "changed one development page; joined with title_for_its_field's 'post for' branch (the "
    "xfail below) to reach two pages, it was dropped as two one-page rules in one",
)
def test_name_run_before_long_form_not_across_and_after_a_unit_noun() -> None:
    text = page(
        "Office of Wick Standards",
        "The office works with the Lamp Stores Offices and Wick Supply Auditors (WSA) on wicks.",
    )
    assert acronyms(extract(text))["WSA"][0] == "Wick Supply Auditors"


TITLE_FOR = page(
    "Office of Wick Standards",
    "The Assistant Warden for Wick and Tallow Supply (WTS) buys the wicks.",
    "The office works with the Directorate for Lamp Oil (LO) on prices.",
)


@pytest.mark.xfail(
    strict=True,
    reason="a position's title before 'for' ('the Assistant Warden for Wick and Tallow Supply"
    " (WTS)') is read into the long form. A rule reading it (title_for_its_field, twentieth"
    " session) changed one development page in the ablation and was removed",
)
def test_parenthesized_acronym_a_position_before_for_is_no_part_of_the_long_form() -> None:
    found = acronyms(extract(TITLE_FOR))
    assert found["WTS"] == ("Wick and Tallow Supply", "parenthesized_acronym")


def test_parenthesized_acronym_a_unit_named_for_its_field_keeps_its_head_noun() -> None:
    assert acronyms(extract(TITLE_FOR))["LO"][0] == "Directorate for Lamp Oil"


@pytest.mark.parametrize(
    ("token", "reads"), [("12", False), ("1996", False), ("18F", True), ("287(g)", True)]
)
def test_is_acronym_a_number_alone_is_no_acronym(token: str, reads: bool) -> None:
    assert is_acronym(token) is reads


def test_is_acronym_a_subsection_after_a_section_number_is_no_acronym() -> None:
    text = page(
        "Office of Wick Standards",
        "The office was set up under the Lamp Code (sec. 1-212(12)) and reports to the Lamp "
        "Board (LB).",
    )
    found = acronyms(extract(text))
    assert "12" not in found
    assert found["LB"][0] == "Lamp Board"


def test_longest_expansion_only_a_long_form_cut_short_is_the_same_definition() -> None:
    """An acronym defined by "the Office of Lamp Glowmarks (LG)" and again by "Lamp Glowmarks
    (LG)" is defined once, by the longer long form; switched off, both are definitions."""
    text = dedent("""\
        Lamp Works Bureau

        The Office of Lamp Glowmarks (LG) buys lamps. Lamp Glowmarks (LG) also buys wicks.
        """)
    found = [(a.acronym, a.expansion) for a in extract(text).acronyms]
    assert found == [("LG", "Office of Lamp Glowmarks")]
    off = [(a.acronym, a.expansion) for a in extract(text, off={"longest_expansion_only"}).acronyms]
    assert off == [("LG", "Office of Lamp Glowmarks"), ("LG", "Lamp Glowmarks")]


AFTER_NAME = page(
    "Office of Wick Standards",
    "Federal Lamp Office FLO",
    "The wardens belong to the Board of Wick Supply BWS (North) cadre.",
)


def test_acronym_after_name_reads_an_acronym_right_after_the_name_it_spells() -> None:
    found = acronyms(extract(AFTER_NAME))
    assert found["FLO"] == ("Federal Lamp Office", "acronym_after_name")
    assert found["BWS"] == ("Board of Wick Supply", "acronym_after_name")
    off = acronyms(extract(AFTER_NAME, off={"acronym_after_name"}))
    assert "FLO" not in off
    assert "BWS" not in off


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Lamp Safety Glass Office LGO", "LGO"),  # a content word left out
        ("LAMP GLASS OFFICE LGO", "LGO"),  # a heading in capitals
        ("Keepers of the lamp glass office LGO", "LGO"),  # no name: lower-case words
        ("Glowyards GWY", "GWY"),  # one word
        ("The wardens keep the Lamp Orders of LO", "LO"),  # a name ends on no connector
        ("The office writes to the Lamp Glass Office. LGO staff reply.", "LGO"),  # a stop
        ("The Lamp Glass Office LGO's staff reply.", "LGO"),  # the acronym's possessive
        ("The Lamp Glass Office’s LGO staff reply.", "LGO"),  # the name's possessive
        ("The Lamp Board’s Glass Office LBGO sells glass.", "LBGO"),  # a possessive inside
        ("The Lamp Glass Office, LGO and the Wick Board WB sell glass.", "LGO"),  # a comma
    ],
)
def test_acronym_after_name_not_without_a_whole_name_before_it(line: str, code: str) -> None:
    assert code not in acronyms(extract(page("Office of Wick Standards", line)))


def test_acronym_after_name_not_over_a_line_break() -> None:
    text = page("Office of Wick Standards", "Lamp Glass Office\nLGO")
    assert "LGO" not in acronyms(extract(text))


def test_acronym_after_name_not_an_acronym_defined_otherwise() -> None:
    text = page(
        "Office of Wick Standards",
        "The Lamp Glass Office LGO sells glass.",
        "The Lantern Guild Office (LGO) trains keepers.",
    )
    pairs = [(a.acronym, a.expansion) for a in extract(text).acronyms]
    assert pairs == [("LGO", "Lantern Guild Office")]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Glass Room GR 204", "GR"),  # a room's code and number
        ("The Lamp Form LF 50 is filed with the office.", "LF"),  # a form's code and number
    ],
)
def test_acronym_after_name_not_a_code_before_a_number(line: str, code: str) -> None:
    assert code not in acronyms(extract(page("Office of Wick Standards", line)))


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Lamp Office LOF", "LOF"),  # the F of "Office"
        ("Lamp Office LAO", "LAO"),  # the A of "Lamp"
        ("Wick Glass Office WGLO", "WGLO"),  # the L of "Glass"
    ],
)
def test_acronym_after_name_not_a_capital_from_a_word_s_second_letter(line: str, code: str) -> None:
    assert code not in acronyms(extract(page("Office of Wick Standards", line)))


def test_acronym_after_name_lower_case_letters_after_a_word_s_first_and_initialisms() -> None:
    text = page("Office of Wick Standards", "Federal Lamp Chandlery FLCh", "U.S. Lamp Office USLO")
    found = acronyms(extract(text))
    assert found["FLCh"] == ("Federal Lamp Chandlery", "acronym_after_name")
    assert found["USLO"] == ("U.S. Lamp Office", "acronym_after_name")


def test_acronym_after_name_only_an_acronym_s_first_pair() -> None:
    text = page(
        "Office of Wick Standards",
        "The Lamp Glass Office LGO sells glass.",
        "The Lantern Guild Office LGO trains keepers.",
    )
    pairs = [(a.acronym, a.expansion) for a in extract(text).acronyms]
    assert pairs == [("LGO", "Lamp Glass Office")]


def test_acronym_after_name_a_unit_s_name_ends_before_its_acronym() -> None:
    text = page(
        "Office of Wick Standards",
        "The office sets standards.",
        "Board of Lamps BOL",
        "The department keeps lamps.",
        "The office has these parts:",
        "- Glass Trimming Office GTO\n- Oil Supply Office OSO",
    )
    result = extract(text)
    found = {office.name: office for office in result.offices}
    for name, code in [
        ("Board of Lamps", "BOL"),
        ("Glass Trimming Office", "GTO"),
        ("Oil Supply Office", "OSO"),
    ]:
        assert found[name].acronym == code
        (row,) = [a for a in result.acronyms if a.acronym == code]
        assert row.office_id == found[name].office_id
    off = {office.name: office for office in extract(text, off={"acronym_after_name"}).offices}
    assert off["Board of Lamps BOL"].acronym is None
    assert "Board of Lamps" not in off


@pytest.mark.xfail(
    strict=True,
    reason="capitalized words that are no unit's name still spell an acronym after them: a "
    "person's initials, days, a time zone, a title after a name, a place's code with no ZIP "
    "(a unit noun can not be required: most pairs a page writes so name no unit noun)",
)
@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Approved by Mary Lampwright ML", "ML"),
        ("Open Monday Friday MF", "MF"),
        ("Wickmoor Lamp Time WLT", "WLT"),
        ("Lamp Office Annual Report AR", "AR"),
        ("Wickton New Lampshire NL", "NL"),
    ],
)
def test_acronym_after_name_not_capitalized_words_that_name_no_unit(line: str, code: str) -> None:
    assert code not in acronyms(extract(page("Office of Wick Standards", line)))


@pytest.mark.xfail(
    strict=True,
    reason="a letter from inside a word ('Wick Area Express WAX': the X of 'Express') is read "
    "only in parentheses (letters_inside_word); without them, acronym_after_name reads word "
    "starts alone (half A: one such pair left on one page)",
)
def test_acronym_after_name_a_letter_from_inside_a_word() -> None:
    text = page("Office of Wick Standards", "Wick Area Express WAX")
    assert acronyms(extract(text))["WAX"][0] == "Wick Area Express"


@pytest.mark.xfail(
    strict=True,
    reason="a heading's name with a content word its acronym leaves out ('Federal Board of "
    "Wicks, Glass Lamps and Oil BWLO': 'Federal' and 'Glass' unspelled) is not read: without "
    "parentheses every content word must be spelled (half A: one such pair on one page)",
)
def test_acronym_after_name_a_name_with_a_word_the_acronym_leaves_out() -> None:
    text = page("Office of Wick Standards", "Federal Board of Wicks, Glass Lamps and Oil BWLO")
    assert "BWLO" in acronyms(extract(text))


@pytest.mark.parametrize(
    ("lines", "longer"),
    [
        (
            ("Lamp Office LO", "Glass Bureau of the Lamp Office LO"),
            "Glass Bureau of the Lamp Office",
        ),
        (
            ("The office has these parts:", "- Lamp Office LO\n- Glass Desk, Lamp Office LO"),
            "Glass Desk, Lamp Office",
        ),
    ],
)
def test_acronym_after_name_not_a_longer_name_s_acronym(
    lines: tuple[str, str], longer: str
) -> None:
    """A longer name that ends with the acronym's long form is named without the acronym,
    which stays the unit's it spells."""
    text = page("Office of Wick Standards", "The office sets standards.", *lines)
    found = {office.name: office.acronym for office in extract(text).offices}
    assert found["Lamp Office"] == "LO"
    assert found[longer] is None


def test_acronym_after_name_not_a_unit_noun_after_a_capitalized_word() -> None:
    """The unit noun its acronym leaves out is taken in only when it opens the name."""
    text = page(
        "Office of Wick Standards",
        "Glass Bureau of the Lamp Office LO",
        "The bureau keeps glass.",
        "Department of Soot Lore SL",
        "The department studies soot.",
    )
    found = acronyms(extract(text))
    assert found["LO"] == ("Lamp Office", "acronym_after_name")
    assert found["SL"] == ("Department of Soot Lore", "acronym_after_name")


def test_acronym_after_name_a_unit_named_before_one_row() -> None:
    """A heading named with its acronym after it is the unit the prose named before, one row."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards. The Lamp Office buys lamps.",
        "Lamp Office LO",
        "The lamp office keeps lamps.",
        "Glass Office",
        "The glass office mends glass.",
    )
    found = [(office.name, office.acronym) for office in extract(text).offices]
    assert found.count(("Lamp Office", "LO")) == 1
    assert [name for name, _ in found].count("Lamp Office") == 1


def column(*rows: str) -> str:
    """A page whose units are headings, each a name and its acronym or code, with a line of
    text under each."""
    return page(*(part for row in rows for part in (row, "The unit keeps the lamps.")))


COLUMN = column(
    "Federal Lamp Office FLO",
    "Wick Supply Board WSB",
    "Lamp Tally Commission LATAC",  # a code that clips the name's words
    "Glass & Soot Department GLASOD",
    "Chief Warden's Office CWO",  # a possessive inside the name
)


def test_acronym_column_reads_a_code_that_does_not_spell_its_name() -> None:
    result = extract(COLUMN)
    found = acronyms(result)
    assert found["FLO"] == ("Federal Lamp Office", "acronym_after_name")
    assert found["LATAC"] == ("Lamp Tally Commission", "acronym_column")
    assert found["GLASOD"] == ("Glass & Soot Department", "acronym_column")
    assert found["CWO"] == ("Chief Warden's Office", "acronym_column")
    named = {office.name: office.acronym for office in result.offices}
    assert named["Lamp Tally Commission"] == "LATAC"
    assert named["Glass & Soot Department"] == "GLASOD"
    assert "Lamp Tally Commission LATAC" not in named

    off = extract(COLUMN, off={"acronym_column"})
    assert "LATAC" not in acronyms(off)
    assert "Lamp Tally Commission LATAC" in {office.name for office in off.offices}


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        # one line of the column spells its acronym: no column
        (("Federal Lamp Office FLO", "Lamp Tally Commission LATAC"), "LATAC"),
        # letters that are not the name's (a region after a name)
        (("Federal Lamp Office FLO", "Wick Supply Board WSB", "Glass Office NW"), "NW"),
        # a remark after the code: another layout
        (
            (
                "Federal Lamp Office FLO",
                "Wick Supply Board WSB",
                "Lamp Tally Commission LATAC 1998",
            ),
            "LATAC",
        ),
        # a name in lower case, not a name
        (
            ("Federal Lamp Office FLO", "Wick Supply Board WSB", "Lamp tally commission LATAC"),
            "LATAC",
        ),
    ],
)
def test_acronym_column_not_without_a_column_or_the_name_s_letters(
    rows: tuple[str, ...], code: str
) -> None:
    assert code not in acronyms(extract(column(*rows)))


SERIES = column(
    "Federal Lamp Office FLO",
    "Wick Supply Board WSB",
    "Investigation Unit II",
    "Investigation Unit III",
    "Division of Inventories IV",
)


def test_acronym_column_not_a_roman_numeral_that_numbers_a_series() -> None:
    result = extract(SERIES)
    found = acronyms(result)
    assert {"II", "III", "IV"}.isdisjoint(found)
    names = {office.name for office in result.offices}
    assert {"Investigation Unit II", "Investigation Unit III"} <= names
    assert "Division of Inventories IV" in names
    assert "Investigation Unit" not in names


TAGS = column(
    "Federal Lamp Office FLO",
    "Wick Supply Board WSB",
    "Texas Lamp Office TX",  # a place's code, all in one word of the name
    "Kumasi Lamp Depot KUMASI",  # a place in capitals
    "Tema Harbour Office TEMA",  # a word of the name in capitals, whatever follows it
    "Lamp Oil Depot DPT",
    "Lamp Tally Commission LATAC",  # a code that clips two words and more: read
    "Wick Tally Board TAL",  # a code that clips one word, its first letters: read
)


def test_acronym_column_not_a_tag_of_one_of_the_name_s_words() -> None:
    found = acronyms(extract(TAGS))
    assert {"TX", "KUMASI", "TEMA", "DPT"}.isdisjoint(found)
    assert found["LATAC"] == ("Lamp Tally Commission", "acronym_column")
    assert found["TAL"] == ("Wick Tally Board", "acronym_column")


@pytest.mark.xfail(
    strict=True,
    reason="left: a column's word whose letters fit the name by chance (another unit's code, "
    "a post's) is read as its code; only the code's meaning tells them apart",
)
def test_acronym_column_letters_that_fit_the_name_by_chance() -> None:
    text = column(
        "Federal Lamp Office FLO",
        "Wick Supply Board WSB",
        "Glass Standards Office GDO",  # the code of the Glass Depot Office it belongs to
    )
    assert "GDO" not in acronyms(extract(text))


COMPOUND = page(
    "Office of Wick Standards",
    "The office reports to the Deputy Warden: Tallow Keeping (DW: TK) each week.",
    "The Office of the Lamp Warden (Northern Affairs) – Glass Wharf Keepers (OLW-GWK) keeps"
    " the glass.",
)


def test_compound_acronym_reads_two_names_joined_by_a_mark() -> None:
    found = acronyms(extract(COMPOUND))
    assert found["DW: TK"] == ("Deputy Warden: Tallow Keeping", "compound_acronym")
    assert found["OLW-GWK"] == (
        "Office of the Lamp Warden (Northern Affairs) – Glass Wharf Keepers",
        "compound_acronym",
    )
    off = acronyms(extract(COMPOUND, off={"compound_acronym"}))
    assert "DW: TK" not in off
    assert "OLW-GWK" not in off


def test_compound_acronym_not_a_part_that_spells_nothing_or_a_name_after_no_joint() -> None:
    """A part of the code that spells no name ("LO-7", "W/LO", "GWK-East"), or a second
    name that does not open right after the joint, defines nothing; the pair that does is
    read beside them."""
    text = page(
        "Office of Wick Standards",
        "It works with the Lamp Warden: Lamp Office (LO-7) and the Wick Warden: Lamp"
        " Office (W/LO).",
        "Glass Wharf Keepers (GWK-East) and the Deputy Warden and Tallow Keeping (DW: TK) meet.",
        "The Oil Warden: Glass Desk (OW: GD) buys the glass.",
    )
    found = acronyms(extract(text))
    assert found["OW: GD"] == ("Oil Warden: Glass Desk", "compound_acronym")
    assert not {"LO-7", "W/LO", "GWK-East", "DW: TK"} & set(found)
    assert "OW: GD" not in acronyms(extract(text, off={"compound_acronym"}))


def test_compound_acronym_joint_at_a_wrapped_line_or_after_a_numbered_qualifier() -> None:
    """A plain-text paragraph wrapped right after the joint's mark, and a qualifier with a
    number or a roman numeral ("(Ward 4)", "(Zone II)"), still close the first name; a
    short line ending with the mark (a label over the next line) is not crossed."""
    text = page(
        "Glass Wharf Keepers",
        "The keepers answer to the Lamp Warden. Their full title is the Office of the Lamp"
        " Warden –\nGlass Wharf Keepers (OLW–GWK), and they keep the glass on the wharf at"
        " night.",
        "The Office of the Oil Warden (Ward 4) – Tallow Yard (OOW-TY) holds the tallow.",
        "The Office of the Wick Warden (Zone II) – Glass Desk (OWW-GD) buys the glass.",
        "Office of the Ladder Warden –\nRope Stores (OLW-RS) hold the rope for the ladders of"
        " the town.",
    )
    found = acronyms(extract(text))
    assert found["OLW–GWK"] == (
        "Office of the Lamp Warden – Glass Wharf Keepers",
        "compound_acronym",
    )
    assert found["OOW-TY"] == (
        "Office of the Oil Warden (Ward 4) – Tallow Yard",
        "compound_acronym",
    )
    assert found["OWW-GD"] == (
        "Office of the Wick Warden (Zone II) – Glass Desk",
        "compound_acronym",
    )
    assert "OLW-RS" not in found
    off = acronyms(extract(text, off={"compound_acronym"}))
    assert not {"OLW–GWK", "OOW-TY", "OWW-GD"} & set(off)


@pytest.mark.xfail(
    strict=True,
    reason="root_from_intro_subject takes a post defined at the introduction's start as the"
    " root ('The Chief Warden (CW) is ...' alike): a post-led compound is one more",
)
def test_compound_acronym_post_opening_the_intro_is_not_the_root() -> None:
    text = dedent("""\
        Wick Policy Group

        The Chief Warden: Wick Policy (CW: WP) is responsible for the following directorates:

        - Wick Standards Directorate
        - Wick Markets Directorate
        """)
    assert acronyms(extract(text))["CW: WP"][1] == "compound_acronym"
    assert extract(text).offices[0].name == "Wick Policy Group"


@pytest.mark.xfail(
    strict=True,
    reason="prose_unit gives a name the acronym of a long form that ends with it: in a part"
    " written before its body the body is the second name, and takes the part's code",
)
def test_compound_acronym_part_before_its_body_gives_the_body_no_code() -> None:
    text = page(
        "Our units",
        """
        - Glass Wharf Keepers – Office of the Lamp Warden (GWK–OLW): keeps the glass
        - Soot Yard – Office of the Lamp Warden (SY–OLW): holds the soot
        """,
    )
    result = extract(text)
    assert acronyms(result)["GWK–OLW"][1] == "compound_acronym"
    assert {o.acronym for o in result.offices if o.name == "Office of the Lamp Warden"} == {None}


def test_dash_glued_name_a_hyphen_glued_to_the_name_opens_it() -> None:
    """A lower-case descriptor glued to a name by a hyphen ("wing-Lamp Wick Guard", "wing
    -Tallow Glass Squadron") is left out of the long form, which opens at the name's capital."""
    text = page(
        "Office of Wick Standards",
        "The office has mounted units, a lower wing-Lamp Wick Guard (LWG) and an air wing"
        " -Tallow Glass Squadron (TGS).",
    )
    found = acronyms(extract(text))
    assert found["LWG"] == ("Lamp Wick Guard", "parenthesized_acronym")
    assert found["TGS"] == ("Tallow Glass Squadron", "parenthesized_acronym")
    off = acronyms(extract(text, off={"dash_glued_name"}))
    assert off["LWG"][0] == "lower wing-Lamp Wick Guard"
    assert "TGS" not in off


def test_dash_glued_name_keeps_a_prefix_that_spells_a_letter_and_capitalized_parts() -> None:
    """A glued word read whole when it spells the acronym with no word left out ("sub-Lampish
    Wick Division (SWD)": its prefix gives the S), and a hyphen between capitals ("Anti-Wick
    Unit") is one word; a descriptor glued before a name its acronym does not open is cut."""
    text = page(
        "Office of Wick Standards",
        "The office works with the sub-Lampish Wick Division (SWD), the Anti-Wick Unit (AWU)"
        " and the lower wing-Glass Oil Desk (GOD).",
    )
    found = acronyms(extract(text))
    assert found["SWD"][0] == "sub-Lampish Wick Division"
    assert found["AWU"][0] == "Anti-Wick Unit"
    assert found["GOD"][0] == "Glass Oil Desk"
    assert "GOD" not in acronyms(extract(text, off={"dash_glued_name"}))


def test_dash_glued_name_an_en_dash_between_letters_joins_the_name() -> None:
    """An en dash with no space ("Lampton–McWick") joins one name's parts and ends no clause;
    an em dash glued to words ("Lamp Studies—Office of ...") and a spaced dash still do."""
    text = page(
        "Office of Wick Standards",
        "The office buys oil from Lampton–McWick Depot (LMD) for the lamps.",
        "It reports to Lamp Studies—Office of Wick Research (OWR) and to Oil Works – Glass"
        " Desk (GD).",
    )
    found = acronyms(extract(text))
    assert found["LMD"] == ("Lampton–McWick Depot", "parenthesized_acronym")
    assert found["OWR"][0] == "Office of Wick Research"
    assert found["GD"][0] == "Glass Desk"
    assert "LMD" not in acronyms(extract(text, off={"dash_glued_name"}))


@pytest.mark.xfail(
    strict=True,
    reason="dash_glued_name cuts a glued descriptor only when the name after the hyphen spells"
    " the acronym with fewer words left out: a descriptor opening with the name's first letter"
    " ('wing-Wick Patrol Guard (WPG)') spells it whole, and stays in the long form",
)
def test_dash_glued_name_known_miss_a_descriptor_with_the_names_first_letter() -> None:
    text = page(
        "Office of Wick Standards",
        "The office has a mounted wing-Wick Patrol Guard (WPG) on the wharf.",
    )
    assert acronyms(extract(text))["WPG"][0] == "Wick Patrol Guard"


def test_dash_glued_name_a_lead_in_glued_by_an_en_dash_on_a_name_line() -> None:
    """On a list item's or a heading's own line an en dash glued between a lead-in and the
    name ("Sweeping–Office of Yards & Chimney Sweeping (OCY)", "Tallow–Wax Keeping (OWK)")
    is the lead-in's mark, as an em dash is: the name after it defines the acronym, which it
    spells only loosely or with "Office of" left out, as it did before the rule. The name
    joined over the dash is read when the name after it gives no definition ("Lampton–Wickyard
    Stores (LYS)")."""
    text = page(
        "Office of Wick Standards",
        "The office sets standards for wicks. Its teams are:",
        """
        - Sweeping–Office of Yards & Chimney Sweeping (OCY)
        - Tallow–Wax Keeping (OWK)
        - Lampton–McWick Depot (LMD)
        - Lampton–Wickyard Stores (LYS)
        """,
    )
    for off in (set(), {"dash_glued_name"}):
        found = acronyms(extract(text, off=off))
        assert found["OCY"] == ("Office of Yards & Chimney Sweeping", "name_line_acronym")
        assert found["OWK"] == ("Wax Keeping", "name_line_acronym")
    found = acronyms(extract(text))
    assert found["LMD"] == ("Lampton–McWick Depot", "parenthesized_acronym")
    assert found["LYS"] == ("Lampton–Wickyard Stores", "name_line_acronym")
    assert "LYS" not in acronyms(extract(text, off={"dash_glued_name"}))


@pytest.mark.xfail(
    strict=True,
    reason="dash_glued_name reads any lower-case part glued before a capital as a descriptor set"
    " apart; a bound prefix of the word itself ('e-', 'sub-') that gives the acronym no letter"
    " is cut off too ('e-Tallowing Wick Hold (TWH)' reads 'Tallowing Wick Hold'). Rare, and"
    " the acronym spells only the word after the prefix, so either reading is a guess: left",
)
def test_dash_glued_name_known_miss_a_bound_prefix_that_gives_no_letter() -> None:
    text = page(
        "Office of Wick Standards",
        "The office runs an e-Tallowing Wick Hold (TWH) for its suppliers.",
    )
    assert acronyms(extract(text))["TWH"][0] == "e-Tallowing Wick Hold"
