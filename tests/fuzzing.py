"""Hypothesis strategies that mutate the real pages, and the published invariants to check.

Shared by tests/test_fuzz.py (a few dozen examples per test, derandomized, so the suite stays
fast and deterministic) and by the long campaign (``ICE_OFFICES_FUZZ_EXAMPLES=20000``; see
docs/robustness.md).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from pipeline.extract.records import PageExtraction
from pipeline.sources.records import Source
from pipeline.tables.frames import dataset_frames
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.validation import validate_dataset
from tests.pages import DATA, ICE_PAGE, read

PAGE_FILES = [ICE_PAGE, *sorted((DATA / "pages").glob("*.txt"))]
PAGE_FILES += sorted((DATA / "pages_extra").glob("*.txt"))
PAGES = [read(path) for path in PAGE_FILES]
HTML_PAGE = (DATA / "html" / "offices_within_ice.html").read_text(encoding="utf-8")

CAMPAIGN = int(os.environ.get("ICE_OFFICES_FUZZ_EXAMPLES", "0"))
settings.register_profile(
    "suite",
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "campaign",
    max_examples=max(CAMPAIGN, 1),
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
PROFILE = "campaign" if CAMPAIGN else "suite"

# Characters that matter to the parser: structure, acronyms, quotes, odd spaces and marks.
TRICKY = (
    "()[]{}:;,.!?-–—‑'\"‘’“”\n\n\n \t\r\u00a0\u2007\u202f\u200b\ufeff\u0301\u202e\x0c\x0b"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789&/|*#•…"
)
SNIPPETS = [
    "Office of ",
    "Office of Policy (OP)",
    " (OP)",
    "(",
    ")",
    "((",
    "))",
    "Directorate",
    "Division of Testing (DOT)",
    "The Office of Policy (OP) oversees the Program Office (PO).\n\n",
    "Offices include:\n\n",
    "Programs:\n\n",
    "Assistant Secretary\n\n",
    "Contact: 202-555-0100\n\n",
    "Learn more about OP.\n\n",
    "\n\n",
    "\n",
    ":",
    "Office of Policy (OP)\n\nThe Office of Policy (OP) writes policy.\n\n",
    "Office of Policy\n\nThe Office of Policy (OPX) writes policy.\n\n",
]

tricky_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=40)
any_text = st.text(max_size=40)


@st.composite
def mutated_page(draw: st.DrawFn) -> str:
    """A real page with a few random edits: cuts, repeats, insertions, case and bracket damage,
    block shuffles and splices from another page."""
    text = draw(st.sampled_from(PAGES))
    for _ in range(draw(st.integers(1, 6))):
        n = len(text)
        start = draw(st.integers(0, n))
        end = min(n, start + draw(st.integers(0, 400)))
        kind = draw(st.integers(0, 8))
        if kind == 0:
            text = text[:start] + text[end:]
        elif kind == 1:
            text = text[:end] + text[start:end] + text[end:]
        elif kind == 2:
            text = text[:start] + draw(tricky_text) + text[start:]
        elif kind == 3:
            text = text[:start] + draw(st.sampled_from(SNIPPETS)) + text[start:]
        elif kind == 4:
            text = text[:start] + text[start:end].upper() + text[end:]
        elif kind == 5:
            text = text[:start] + text[start:end].replace(")", "").replace("(", "((") + text[end:]
        elif kind == 6:
            blocks = text.split("\n\n")
            text = "\n\n".join(draw(st.permutations(blocks)))
        elif kind == 7:
            other = draw(st.sampled_from(PAGES))
            a = draw(st.integers(0, len(other)))
            text = text[:start] + other[a : a + draw(st.integers(0, 600))] + text[end:]
        else:
            text = text[:start] + draw(any_text) + text[end:]
    return text


WORDS = [
    "Office",
    "of",
    "Policy",
    "Management",
    "Bureau",
    "Division",
    "Program",
    "Budget",
    "Operations",
    "Affairs",
    "Public",
    "Deputy",
    "Assistant",
    "Secretary",
    "Center",
    "the",
]


@st.composite
def made_up_page(draw: st.DrawFn) -> str:
    """A page built from scratch: headings (with or without an acronym), paragraphs that
    define or mention them, lead-ins and list items, in random order."""
    blocks = []
    for _ in range(draw(st.integers(1, 14))):
        words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)))
        acronym = "".join(w[0] for w in words.split() if w[0].isupper()) or "X"
        kind = draw(st.integers(0, 4))
        if kind == 0:
            blocks.append(words.title())
        elif kind == 1:
            blocks.append(f"{words.title()} ({acronym})")
        elif kind == 2:
            blocks.append(f"The {words} ({acronym}) is part of the {draw(st.sampled_from(WORDS))}.")
        elif kind == 3:
            blocks.append(f"{words.capitalize()} include:")
        else:
            blocks.append(f"{acronym} {words} {draw(tricky_text)}")
    return "\n\n".join(blocks) + "\n"


@st.composite
def html_page(draw: st.DrawFn) -> str:
    """The saved ICE page with random edits to its markup (tags cut, repeated, inserted)."""
    html = HTML_PAGE
    for _ in range(draw(st.integers(1, 5))):
        start = draw(st.integers(0, len(html)))
        end = min(len(html), start + draw(st.integers(0, 300)))
        piece = draw(
            st.sampled_from(["", "<h2>", "</h2>", "<li>", "<ul>", "</p>", "<p>", "<!--", "&amp;"])
        )
        html = (
            html[:start] + piece + html[end:]
            if draw(st.booleans())
            else html[:end] + html[start:end] + html[end:]
        )
    return html


def check_invariants(text: str, extraction: PageExtraction, source_id: str = "page") -> None:
    """What every published page promises, checked directly and then by the table models."""
    offices = extraction.offices
    ids = [office.office_id for office in offices]
    assert len(set(ids)) == len(ids), "office ids are not unique"
    if offices:
        assert len([o for o in offices if o.parent_id is None]) == 1, "not exactly one root"
    else:  # a page with no units is published only for its acronym definitions
        assert extraction.acronyms and not extraction.programs, "a page with no office"
    assert all(o.parent_id in ids for o in offices if o.parent_id is not None), "dangling parent"
    programs = [p.program_id for p in extraction.programs]
    assert len(set(programs)) == len(programs), "program ids are not unique"
    for row in [*offices, *extraction.acronyms, *extraction.programs]:
        assert row.source_id == source_id
        assert 0 <= row.char_start < row.char_end <= len(text), ("span outside the text", row)
        assert text[row.char_start : row.char_end] == row.evidence, ("evidence != text", row)
    for acronym in extraction.acronyms:
        assert acronym.office_id is None or acronym.office_id in ids, "acronym office dangles"
    for program in extraction.programs:
        assert program.office_id is None or program.office_id in ids, "program office dangles"
    source = Source(
        source_id, f"{source_id}.txt", "0" * 64, None, None, None, None, None, len(text), text
    )
    tables = dataset_frames(ExtractedPages([source], [extraction], []))
    failing = [
        (r.table, r.failure_cases.head(3).to_dict("records"))
        for r in validate_dataset(tables)
        if not r.ok
    ]
    assert failing == [], failing
