"""Named programs: with a program word, in lists, in apposition, as containers, as units."""

from pipeline.extract.page import extract_page
from pipeline.extract.programs import (
    _AFTER,
    _APPOSITION_MARK,
    _COINED_BEFORE_KIND,
    _PROGRAM_WORD,
    _SERVICE_AFTER,
    _SERVICE_COPULA,
    _SERVICE_KIND_PIECES,
    _SYSTEM_HEAD,
    StandaloneNames,
    _program_signs,
)
from pipeline.text.sections import layout
from tests.pages import DEV_PAGES, ICE_PAGE, read

PAGE = """Offices

The Example Agency (EA) runs programs.

Outreach (OO)

The Office of Outreach (OO) manages the Visa Security Program and the International Visitor's Program. The 123(b) program is one component within the EA PARTNERS. It also runs EA PARTNERS (Example Agency Partners Agreements Rules Then Nothing Else Really Simple), an umbrella. Read more about 123(b).

Solutions

The Office of Solutions enables programs such as USA.gov, Data.gov, and Challenge.gov. It also runs the reasonable accommodation program and this program. It owns HR Connect, the agency's automated human capital management system.

Safe Streets

The Safe Streets initiative reduces crime. The Safe Streets Program works with cities.
"""


def programs():
    result = extract_page("page", PAGE)
    offices = {o.office_id: o.name for o in result.offices}
    by_id = {p.program_id: p.name for p in result.programs}
    return {p.name: (offices[p.office_id], by_id.get(p.parent_program_id)) for p in result.programs}


def test_programs_and_the_unit_that_mentions_them():
    assert programs() == {
        "Visa Security Program": ("Office of Outreach", None),
        "International Visitor's Program": ("Office of Outreach", None),
        "123(b)": ("Office of Outreach", "EA PARTNERS"),
        "EA PARTNERS": ("Office of Outreach", None),
        "USA.gov": ("Office of Solutions", None),
        "Data.gov": ("Office of Solutions", None),
        "Challenge.gov": ("Office of Solutions", None),
        "HR Connect": ("Office of Solutions", None),
        "Safe Streets": ("Safe Streets", None),
    }


def test_program_evidence_is_the_sentence():
    result = extract_page("page", PAGE)
    visa = next(p for p in result.programs if p.name == "Visa Security Program")
    assert visa.evidence.startswith("The Office of Outreach (OO) manages the Visa Security")
    assert PAGE[visa.char_start : visa.char_end] == visa.evidence


def test_standalone_names_answer_as_a_scan_of_every_sentence_would() -> None:
    """Names are looked up where they occur; the answer is the whole page's scan's."""
    for path in [ICE_PAGE, *DEV_PAGES]:
        page = layout(read(path))
        text, scanned, names = page.text, set(), set()
        for block in page.blocks:
            for start, end in page.sentences(block.start, block.end):
                for phrase in page.list_parts(start, end):
                    names.add(phrase.text)
                    if not _AFTER.match(text, phrase.end, end):
                        scanned.add(phrase.text)
                names.update(text[start:end].split())
        standalone = StandaloneNames(page)
        assert scanned, path.name
        assert {name for name in names if name in standalone} == scanned, path.name


def test_program_signs_answer_as_the_patterns_do() -> None:
    """The substring tests in front of the patterns never hide a match (dotless i and dotted
    capital I read as "i" case-insensitively; a system noun inside a longer word is not one)."""
    dotless, dotted = "\u0131", "\u0130"
    pieces = ["progRAM", f"{dotless}nitiative", f"{dotted}NITIATIVE", f"initiat{dotless}ve"]
    pieces += [", the ", ", an\n", "Portal", "xPortal", "Systems", "\u017f", " ", "x"]
    texts = [a + b + c for a in pieces for b in pieces for c in pieces]
    seen = set()
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text) - 1), (2, len(text))):
            word = _PROGRAM_WORD.search(text, start, end) is not None
            other = any(
                p.search(text, start, end) is not None for p in (_APPOSITION_MARK, _SYSTEM_HEAD)
            )
            assert _program_signs(text, start, end) == (word, other), (text, start, end)
            seen.add((word, other))
    assert seen == {(False, False), (False, True), (True, False), (True, True)}


def test_coined_name_prefilter_never_hides_a_match() -> None:
    """A coined name before a kind noun ("the lampPay portal") is looked for only in a span
    holding a piece of a kind noun: every match holds one."""
    pieces = ["the lampPay", " ", " (LP) ", "web  site", "website", "web\tportal", "mobile app"]
    pieces += ["app", " platform", " framework", " scheme", " Portal", "wickHub", ".", "x"]
    matched = 0
    for a in pieces:
        for b in pieces:
            for c in pieces:
                text = a + b + c
                if _COINED_BEFORE_KIND.search(text) is not None:
                    assert any(piece in text for piece in _SERVICE_KIND_PIECES), text
                    matched += 1
    assert matched


def test_program_signs_never_hide_a_service_kind_noun() -> None:
    """Every sentence where named_online_service's patterns match (a kind noun after white
    space of any kind, the copula's adjectives) is one the substring tests let through."""
    pieces = ["Lamp", " ", "\n", "\t", "web", "site", "app", "mobile", "portal", " is a "]
    pieces += ["web-based", " tool", "online", "scheme", "applies", "x"]
    matched = 0
    for a in pieces:
        for b in pieces:
            for c in pieces:
                text = "Lamp" + a + b + c + "."
                if any(p.search(text) for p in (_SERVICE_AFTER, _SERVICE_COPULA)):
                    assert _program_signs(text, 0, len(text))[1], text
                    matched += 1
    assert matched
