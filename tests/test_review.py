"""``ice-offices review``: each row with its evidence, its rule and who asserts it, and what
looks doubtful, measured on a development page the extractor gets wrong."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from test_corrections import GSA, GSA_CORRECTIONS, ROOT, gsa_pages, one, write

from pipeline.cli import main
from pipeline.corrections.apply import apply_corrections
from pipeline.corrections.files import read_file
from pipeline.corrections.review import DEFAULT_PARENT_RULE, review_rows
from pipeline.extract.page import registered_rules
from pipeline.tables.frames import dataset_frames

REVIEWED = ("offices", "acronyms", "programs")


def test_the_default_parent_rule_is_a_registered_rule():
    assert DEFAULT_PARENT_RULE in {rule.name for rule in registered_rules()}


def test_review_marks_what_looks_doubtful(tmp_path: Path):
    """On the extractor's GSA rows: parents that are the root by default. After corrections
    (plus two made for this test): a curator's name that is not in the page's words, and a
    removed acronym the page defines."""
    pages = gsa_pages()
    source = {"source_id": GSA, "text": pages.sources[0].text}
    rows = review_rows(source, *(dataset_frames(pages)[t] for t in REVIEWED))
    by_label = {row.label: row for row in rows}
    default = "its parent is the root only by default (no evidence of another)"
    assert by_label["Federal Supply Service [FSS]"].doubts == [default]
    assert by_label["Office of Governmentwide Policy"].doubts == [default]
    assert by_label["GSA [GSA]"].doubts == []
    assert by_label["Office of Governmentwide Policy"].rules == (
        "found by prose_unit, parent by default_root"
    )
    assert by_label["Office of Governmentwide Policy"].asserted == "extractor"
    # "various Staff Offices, including the Office of Civil Rights": a parent with evidence.
    assert by_label["Office of Civil Rights"].doubts == []
    assert by_label["Office of Civil Rights"].rules == (
        "found by prose_unit, parent by nested_composition"
    )

    fixture = GSA_CORRECTIONS.read_text(encoding="utf-8")
    fixture += one("gsa-no-fss", "edit_office", office="Federal Supply Service", acronym=None)
    fixture += one("gsa-name", "edit_office", office="GSA", name="General Services Administration")
    result = apply_corrections(pages, read_file(write(tmp_path, fixture)))
    assert result.problems == []
    rows = review_rows(source, *(dataset_frames(result.pages)[t] for t in REVIEWED))
    by_label = {row.label: row for row in rows}
    assert by_label["General Services Administration [GSA]"].doubts == [
        "its name is not in the page's own words"
    ]
    assert by_label["General Services Administration [GSA]"].asserted == "correction gsa-name"
    assert by_label["Federal Supply Service"].doubts == [
        "no acronym, but the page defines FSS",
        default,
    ]
    staff = [row for row in rows if row.label.startswith("Office of") and row.depth == 2]
    assert len(staff) == 3 and all(not row.doubts for row in staff)


def test_review_command_prints_the_ice_page_with_every_row():
    outputs = str(ROOT / "outputs")
    result = CliRunner().invoke(main, ["review", outputs, "--source", "offices_within_ice"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "offices_within_ice"
    assert sum("asserted by extractor" in line for line in lines) == 16 + 5
    assert any(line.strip().startswith("? ") for line in lines)
