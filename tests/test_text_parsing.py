"""The parser reads headings, paragraphs, labels and lists from layout alone."""

import random
import re

import pytest

from pipeline.text.blocks import (
    _DASH_LABEL,
    HEADING,
    LABEL,
    LIST_ITEM,
    PARAGRAPH,
    BlockKind,
    _dash_label_line,
    classify,
)
from pipeline.text.html import render_html
from pipeline.text.sections import layout
from pipeline.text.sentences import _END, sentence_spans
from pipeline.text.words import _WORD, PageWords, words_in
from tests.pages import ICE_PAGE, read

PAGE = """Offices

The Agency for Examples (AFE) runs things. Offices include:

Director

Budget (OB)

The Office of Budget (OB) plans the budget.

Deputy Director for Operations

Field Operations

The Office of Field Operations works in the field. It covers three areas:

Ports

Airports

Case study: A day at the port

Last Modified:
"""


def test_blocks_carry_exact_offsets():
    blocks = classify(PAGE)
    assert all(PAGE[b.start : b.end] == b.text for b in blocks)
    assert [b.text for b in blocks][:3] == [
        "Offices",
        "The Agency for Examples (AFE) runs things. Offices include:",
        "Director",
    ]


def test_block_kinds_follow_layout():
    kinds = {b.text: b.kind for b in classify(PAGE)}
    assert kinds["Director"] == HEADING
    assert kinds["Budget (OB)"] == HEADING
    assert kinds["The Office of Budget (OB) plans the budget."] == PARAGRAPH
    assert kinds["Ports"] == LIST_ITEM
    assert kinds["Airports"] == LIST_ITEM
    assert kinds["Case study: A day at the port"] == LABEL
    assert "Last Modified:" not in [b.text for b in layout(PAGE).blocks]


def test_section_tree_groups_members_under_positions():
    page = layout(PAGE)
    assert [b.text for b in page.title_lines] == ["Offices"]
    assert [s.heading.text for s in page.sections] == ["Director", "Deputy Director for Operations"]
    director, deputy = page.sections
    assert director.is_group and [m.heading.text for m in director.members] == ["Budget (OB)"]
    assert [m.heading.text for m in deputy.members] == ["Field Operations"]


def test_sentences_keep_abbreviations_whole():
    text = "The U.S. Digital Corps is a fellowship. It is in Washington, D.C. today. Done"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "The U.S. Digital Corps is a fellowship.",
        "It is in Washington, D.C. today.",
        "Done",
    ]


def test_sentences_keep_titles_and_ranks_whole() -> None:
    """Government prose abbreviates titles and ranks; their dots end no sentence before a
    capitalized name ("Asst. Director", "Lt. Col. Bram Tolley"), nor does a word's dot before
    a lower-case one ("Dept. of Wick Supply")."""
    text = (
        "The Asst. Director for Finance oversees the Dept. of Wick Supply. "
        "Contact the Supt. of Wicks, Lt. Col. Bram Tolley, at the Mt. Wick Office."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The Asst. Director for Finance oversees the Dept. of Wick Supply.",
        "Contact the Supt. of Wicks, Lt. Col. Bram Tolley, at the Mt. Wick Office.",
    ]


@pytest.mark.parametrize(
    "first, second",
    [
        ("The office is at 200 Lamp Ave.", "Office hours are 8 to 5."),
        ("Call the Parks Dept.", "Staff respond within a day."),
        ("Ask the Records Div.", "Forms are online."),
        ("It answers to the State Govt.", "Each division reports yearly."),
        ("She served as a Lt. Col.", "He succeeded her."),
        ("The office is on Lamp Ave.", "The Wick Office is next door."),
        ("The unit reports to the Gen.", "In 2010 it moved."),
    ],
)
def test_a_word_that_also_ends_sentences_ends_one_before_a_capital(first, second) -> None:
    """An address's or an organization's abbreviation ends a sentence before a capitalized
    word as often as not, so it is no abbreviation here; a title's or a rank's ends one before
    a pronoun or an opening word ("He", "In")."""
    text = f"{first} {second}"
    assert [text[a:b] for a, b in sentence_spans(text)] == [first, second]


def test_the_sentence_end_pattern_finds_what_it_found_trying_every_position() -> None:
    """_END opens with the punctuation mark so that it is tried only there; it finds the same
    ends as the pattern that opened with the capitals' look-behind and was tried at every
    character."""
    every_position = re.compile(
        r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]*[A-Z0-9]|\s*$)"
        r"|(?:(?<=[A-Z]{2})|(?<=[A-Z]{2}\)))\.(?=\s+(?:the|a|an)\s)"
    )
    pieces = ["LG.", "LG). ", "the ", "an", "a ", "Wick", "!", "?", ".", ")", "”", "\n", "'", "(9"]
    chance = random.Random(11)
    texts = ["".join(chance.choices(pieces, k=chance.randint(0, 8))) for _ in range(20000)]
    texts += ["".join(chance.choices('AB.)! ?then"”’“‘(\nx9', k=12)) for _ in range(20000)]
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text) - 1)):
            found = [m.span() for m in _END.finditer(text, start, end)]
            assert found == [m.span() for m in every_position.finditer(text, start, end)], text


def test_real_page_structure():
    page = layout(read(ICE_PAGE))
    groups = [s for s in page.sections if s.is_group]
    assert [g.heading.text for g in groups] == [
        "Assistant Secretary",
        "Deputy Assistant Secretary for Management",
        "Deputy Assistant Secretary for Operations",
    ]
    assert [len(g.members) for g in groups] == [5, 1, 6]


def test_the_words_of_a_span_are_the_same_sliced_from_the_page_or_tokenized_alone() -> None:
    text = (
        "The 287(g) program (ICE), x(a)(b) and y(c)d; “Office” of U.S. Customs—Border's "
        "C.I.A. staff: [DHS] {OIG}\n\nOffice of the CFO's (OCFO) 18F’s team."
    )
    page = PageWords(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            assert page(start, end) == words_in(text, start, end), (start, end)
            matches = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
            assert [w[:3] for w in words_in(text, start, end)] == matches, (start, end)


def test_block_kinds_are_an_enum_whether_read_from_layout_or_markup():
    rendered = render_html(
        "<h1>Agency</h1><p>It has offices:</p><ul><li>Office of Budget</li></ul>"
    )
    for text, hints in ((PAGE, {}), (rendered.text, rendered.hints)):
        blocks = classify(text, hints)
        assert all(type(b.kind) is BlockKind for b in blocks), [b.kind for b in blocks]
    assert all(type(hint.kind) is BlockKind for hint in rendered.hints.values())
    assert {b.kind for b in classify(PAGE)} == {
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LABEL,
        BlockKind.LIST_ITEM,
        BlockKind.FOOTER,
    }


def test_a_street_address_line_is_contact_details_not_a_heading():
    text = "Lamp Office\n\n1200 North Wick Highway\n\nGlass Springs, ZZ\n\nThe Lamp Office lights lamps.\n"
    kinds = {b.text: b.kind for b in classify(text)}
    assert kinds["1200 North Wick Highway"] == BlockKind.FOOTER
    assert kinds["Lamp Office"] == HEADING


def test_a_bulleted_sentence_before_a_paragraph_that_repeats_its_words_stays_an_item():
    """Only a name-like item (no closing period) is the heading of the paragraph after it."""
    text = (
        "Duties include:\n\n- Keeping the lamps lit;\n- Trimming wicks and glass panes.\n\n"
        "Since last spring the whole bureau has kept two teams for this: Wicks and Glass Panes.\n"
    )
    kinds = {b.text: b.kind for b in classify(text)}
    assert kinds["Trimming wicks and glass panes."] == LIST_ITEM


def test_phone_labels_and_postcodes_are_contact_details():
    text = (
        "Lamp Office\n\nWick Lane\nGlassford\nQ12 W3X4\n\nTel: +99 (0)1 234 5678\n\n"
        "Fax: 0800 123 456\n\nThe Lamp Office lights lamps.\n"
    )
    kinds = {b.text: b.kind for b in classify(text)}
    assert kinds["Tel: +99 (0)1 234 5678"] == BlockKind.FOOTER
    assert kinds["Fax: 0800 123 456"] == BlockKind.FOOTER
    assert classify("Lamps\n\nQ12 W3X4\n\nText here.\n")[1].kind == BlockKind.FOOTER


def test_a_lead_in_after_a_list_opens_a_new_list_not_an_item():
    text = (
        "The bureau keeps lamps lit in support of:\n\n- Street lamps\n- Harbour lamps\n\n"
        "The bureau consists of two divisions:\n\n- Wick Division\n- Glass Division\n"
    )
    kinds = {b.text: b.kind for b in classify(text)}
    assert kinds["The bureau consists of two divisions:"] == PARAGRAPH
    assert kinds["Wick Division"] == LIST_ITEM


def test_dash_label_line_reads_only_lines_with_a_dash() -> None:
    """Every line the dash-label pattern matches has a dash: a line without one is not read."""
    pieces = ["Lamp Office", " – ", " — ", " - ", "-", "Lights the lamps of the town.", " "]
    matched = 0
    for a in pieces:
        for b in pieces:
            for c in pieces:
                line = a + b + c
                if _DASH_LABEL.match(line):
                    matched += 1
                    assert any(dash in line for dash in "-–—"), line
                else:
                    assert not _dash_label_line(line), line
    assert matched
