"""Corrections as data: files read with one-line errors, applied with provenance, and every
correction that cannot stand (stale, quote not in the page, a broken rule) named by id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.corrections.apply import apply_corrections
from pipeline.corrections.files import CorrectionsFileError, read_corrections, read_file
from pipeline.corrections.vocabulary import corrections_json_schema, vocabulary_markdown
from pipeline.docs.readme import sections_in
from pipeline.evaluation.corpus import extract_file
from pipeline.evaluation.report import load_gold
from pipeline.evaluation.scoring import score_page
from pipeline.extract.records import PageExtraction
from pipeline.publish.sqlite import schema_statements
from pipeline.sources.loading import load_page
from pipeline.tables.frames import to_frame
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.registry import TABLES, table_spec
from pipeline.tables.schema_export import CORRECTIONS_FILE_SCHEMA, frictionless_schema
from pipeline.tables.validation import format_failures, validate_dataset
from tests import table_records

ROOT = Path(__file__).resolve().parents[1]
GSA = "gsa_organization_overview_2004"
GSA_PAGE = ROOT / "tests/data/corpus/dev/pages" / f"{GSA}.txt"
GSA_GOLD = ROOT / "tests/data/corpus/dev/gold" / f"{GSA}.gold.json"
GSA_CORRECTIONS = ROOT / "tests/data/corrections" / f"{GSA}.yaml"
SCHEMA_FILE = ROOT / "schemas" / CORRECTIONS_FILE_SCHEMA


def gsa_pages() -> ExtractedPages:
    source, _, _ = load_page(GSA_PAGE, GSA_PAGE.parent, None, max_bytes=1 << 20)
    extraction = extract_file(GSA_PAGE)
    assert extraction is not None
    return ExtractedPages([source], [extraction], [])


def tables(pages: ExtractedPages) -> dict:
    return {t: to_frame(t, table_spec(t).rows(pages)) for t in ("offices", "acronyms", "programs")}


def scores(pages: ExtractedPages) -> dict[str, float]:
    score = score_page(tables(pages), load_gold(GSA_GOLD), GSA)
    return {t: getattr(score, t).f1 for t in ("units", "edges", "acronyms", "programs")}


def write(tmp_path: Path, text: str, name: str = f"{GSA}.yaml") -> Path:
    folder = tmp_path / "corrections"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def one(correction_id: str, action: str, **fields: object) -> str:
    lines = [f"- id: {correction_id}", "  reason: A test.", "  author: tests", f"  {action}:"]
    lines += [f"    {k}: {json.dumps(v)}" for k, v in fields.items()]
    return "\n".join(lines) + "\n"


def departures(pages: ExtractedPages) -> list[str]:
    """Where the page's rows differ from the gold's first reading: a name, a type, or a parent
    the gold accepts (``accept_parents``) but does not prefer. F1 forgives all three."""
    score = score_page(tables(pages), load_gold(GSA_GOLD), GSA)
    offices = tables(pages)["offices"]
    name_of = dict(zip(offices["office_id"], offices["name"], strict=True))
    root = offices.loc[offices["parent_id"].isna(), "office_id"].item()
    name_of[root] = load_gold(GSA_GOLD)["root"]["name"]
    parents = {
        n: name_of.get(p) for n, p in zip(offices["name"], offices["parent_id"], strict=True)
    }
    preferred = [
        f"parent of {u['name']!r}"
        for u in load_gold(GSA_GOLD)["units"]
        if u["name"] in parents and parents[u["name"]] != u["parent"]
    ]
    return score.field_differs + preferred


def test_the_gsa_fixture_brings_the_page_to_the_gold_with_provenance_on_every_corrected_row():
    pages = gsa_pages()
    # The extractor reads this page acceptably but not as the gold prefers: a name taken from
    # a second mention, a grouping typed as an office.
    assert departures(pages)

    result = apply_corrections(pages, read_file(GSA_CORRECTIONS))

    assert result.problems == []
    assert departures(result.pages) == []
    assert scores(result.pages) == {"units": 1.0, "edges": 1.0, "acronyms": 1.0, "programs": 1.0}
    offices = tables(result.pages)["offices"]
    ids = {c.correction_id for c in result.pages.corrections}
    corrected = offices[offices["asserted_by"] == "correction"]
    assert set(corrected["correction_id"]) <= ids
    assert corrected["correction_id"].notna().all()
    # Every row a correction changed or added says so; the acronyms it did not touch do not.
    changed = {c.row_id for c in result.pages.corrections}
    assert changed <= set(corrected["office_id"])
    acronyms = tables(result.pages)["acronyms"]
    assert set(acronyms["asserted_by"]) == {"extractor"}
    assert acronyms["correction_id"].isna().all()


def test_added_rows_take_their_quote_as_evidence(tmp_path: Path):
    text = one("gsa-drop", "drop_office", office="GSA Regional Offices") + one(
        "gsa-add",
        "add_office",
        name="Regional Offices",
        unit_type="other",
        parent="GSA",
        quote="Eleven Regional Offices",
    )
    result = apply_corrections(gsa_pages(), read_file(write(tmp_path, text)))
    assert result.problems == []
    offices = tables(result.pages)["offices"].set_index("name")
    text = GSA_PAGE.read_text(encoding="utf-8")
    row = offices.loc["Regional Offices"]
    assert row["evidence"] == "Eleven Regional Offices"
    assert text[row["char_start"] : row["char_end"]] == row["evidence"]
    assert row["found_by"] == "correction"


def test_a_stale_correction_is_a_problem_naming_it(tmp_path: Path):
    path = write(tmp_path, one("gsa-gone", "edit_office", office="Office of Nothing", acronym="ON"))

    corrections = read_file(path, listed_as="corrections/c.yaml")
    problems = apply_corrections(gsa_pages(), corrections).problems

    # Messages name the file by its path, the table by the name it lists it under.
    assert problems == [
        f"{path}:1: correction 'gsa-gone' is stale: no office 'Office of Nothing' in page {GSA!r}"
    ]
    assert corrections[0].file == "corrections/c.yaml"


def test_a_correction_the_extractor_already_satisfies_is_stale(tmp_path: Path):
    path = write(tmp_path, one("gsa-same", "edit_office", office="Office of Civil Rights"))
    problems = apply_corrections(gsa_pages(), read_file(path)).problems
    assert len(problems) == 1 and "is stale: office" in problems[0]
    assert "already reads so" in problems[0]


def test_a_quote_that_is_not_in_the_page_is_a_problem(tmp_path: Path):
    text = one(
        "gsa-made-up",
        "add_office",
        name="Office of Made Up Things",
        parent="Federal Supply Service",
        quote="the Office of Made Up Things",
    )
    problems = apply_corrections(gsa_pages(), read_file(write(tmp_path, text))).problems
    assert len(problems) == 1
    assert "correction 'gsa-made-up' quotes text that is not in page" in problems[0]


def test_a_correction_that_makes_a_cycle_is_named_with_the_rule(tmp_path: Path):
    text = one("gsa-loop", "edit_office", office="GSA", parent="Office of Civil Rights")
    problems = apply_corrections(gsa_pages(), read_file(write(tmp_path, text))).problems
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path}/corrections/{GSA}.yaml:1: correction 'gsa-loop'")
    assert "breaks offices" in problems[0]


def test_corrections_for_a_page_that_is_not_there_are_stale(tmp_path: Path):
    path = write(tmp_path, one("x-1", "drop_office", office="Anything"), name="no_such_page.yaml")
    problems = apply_corrections(gsa_pages(), read_file(path)).problems
    assert problems == [
        f"{path}:1: correction 'x-1' is stale: no page 'no_such_page' in the raw folder"
    ]


def test_two_corrections_of_one_row_are_refused(tmp_path: Path):
    text = one("a", "edit_office", office="Office of Civil Rights", acronym="OCR") + one(
        "b", "edit_office", office="Office of Civil Rights", unit_type="other"
    )
    problems = apply_corrections(gsa_pages(), read_file(write(tmp_path, text))).problems
    assert len(problems) == 1 and "correction 'b' changes a row correction 'a'" in problems[0]


def test_dropping_an_office_moves_its_sub_units_up(tmp_path: Path):
    text = one("gsa-drop-fss-children", "drop_office", office="Office of Civil Rights")
    result = apply_corrections(gsa_pages(), read_file(write(tmp_path, text)))
    assert result.problems == []
    offices = tables(result.pages)["offices"]
    assert "Office of Civil Rights" not in set(offices["name"])
    assert result.pages.corrections[0].changes == "dropped"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- id: a\n  reason: r\n  author: [x\n", ":4: not valid YAML"),
        ("- id: a\n  reason: r\n  author: x\n", ":1: correction 'a': no action (one of:"),
        (
            "- id: a\n  reason: r\n  author: x\n  drop_office: {office: X}\n  add_office: {}\n",
            ":1: correction 'a': several actions (drop_office, add_office)",
        ),
        (
            "- id: a\n  reason: r\n  author: x\n  drop_ofice: {office: X}\n",
            ":1: correction 'a': unknown key 'drop_ofice'",
        ),
        (
            "- id: a\n  reason: r\n  author: x\n  edit_office:\n    office: X\n    unit_type: bureau\n",
            ":6: correction 'a': edit_office.unit_type: 'bureau' is not one of",
        ),
        (
            "- id: a\n  author: x\n  add_office:\n    name: X\n    parent: Y\n",
            ":1: correction 'a': 'reason' is a required property",
        ),
        ("- id: Bad Id\n  reason: r\n  author: x\n  drop_office: {office: X}\n", ":1: correction"),
    ],
)
def test_a_bad_file_is_one_line_naming_file_line_and_problem(
    tmp_path: Path, text: str, expected: str
):
    path = write(tmp_path, text)
    with pytest.raises(CorrectionsFileError) as error:
        read_file(path, listed_as="corrections/x.yaml")
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:")
    assert expected in message, message


def test_scalars_stay_text(tmp_path: Path):
    path = write(
        tmp_path, one("a", "edit_office", office="Office of Civil Rights") + "    acronym: NO\n"
    )
    (correction,) = read_file(path)
    assert correction.fields["acronym"] == "NO"


def test_a_repeated_id_across_files_is_refused(tmp_path: Path):
    write(tmp_path, one("same", "drop_office", office="X"), name="a.yaml")
    write(tmp_path, one("same", "drop_office", office="Y"), name="b.yaml")
    with pytest.raises(CorrectionsFileError, match=r"corrections/b.yaml:1: correction id 'same'"):
        read_corrections(tmp_path)


def test_the_committed_json_schema_is_the_generated_one():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == corrections_json_schema()


def test_the_documented_vocabulary_is_the_generated_one():
    text = (ROOT / "docs" / "corrections.md").read_text(encoding="utf-8")
    assert sections_in(text)["corrections-vocabulary"] == vocabulary_markdown(), "run make docs"


def test_a_corrected_rows_correction_id_must_be_a_correction_of_its_page():
    """``correction_id`` is a foreign key to ``corrections`` (of the same source): the
    cross-table check, SQLite and the data package all have it."""
    result = apply_corrections(gsa_pages(), read_file(GSA_CORRECTIONS))
    frames = {t: to_frame(t, table_spec(t).rows(result.pages)) for t in TABLES}
    assert all(r.ok for r in validate_dataset(frames)), format_failures(validate_dataset(frames))

    dropped = frames["corrections"]["correction_id"].iloc[0]
    frames["corrections"] = frames["corrections"].iloc[1:]
    offices = next(r for r in validate_dataset(frames) if r.table == "offices")
    failed = offices.failure_cases
    assert set(failed["check"]) == {"correction_id_resolves"}
    assert set(failed["failure_case"]) == {dropped}

    for table in ("offices", "acronyms", "programs"):
        keys = frictionless_schema(table)["foreignKeys"]
        assert {
            "fields": ["correction_id"],
            "reference": {"resource": "corrections", "fields": ["correction_id"]},
        } in keys
        assert "FOREIGN KEY (correction_id) REFERENCES corrections (correction_id)" in (
            next(s for s in schema_statements() if s.startswith(f"CREATE TABLE {table} ("))
        )


# Rows a correction reaches through a reference ------------------------------------------------
# The hand-made page of tests/table_records.py: the Office of Widgets (OW) under the agency, the
# Data Unit under it, its Widget Program and that program's Small Widget Pilot, and 287(g).

W = table_records.MAIN


def widgets_page() -> ExtractedPages:
    recs = table_records.records()

    def of(table: str) -> list:
        return [r for r in recs[table] if r.source_id == W]

    page = PageExtraction(of("offices"), of("acronyms"), of("programs"))
    return ExtractedPages([table_records.source(W)], [page], [])


def rows(pages: ExtractedPages) -> dict[str, list[dict]]:
    """Each table's rows, nulls as None."""
    return {
        table: frame.astype(object).where(frame.notna(), None).to_dict("records")
        for table, frame in tables(pages).items()
    }


def corrected(tmp_path: Path, *corrections: str) -> dict[str, list[dict]]:
    """The page's rows once ``corrections`` apply (none may fail)."""
    path = write(tmp_path, "".join(corrections), name=f"{W}.yaml")
    result = apply_corrections(widgets_page(), read_file(path))
    assert result.problems == []
    return rows(result.pages)


def extracted(table: str, changed: dict[str, dict[str, object]]) -> list[dict]:
    """The extractor's rows of ``table``, the row of each key of ``changed`` (its id, or
    ``acronym | expansion``) with those values instead."""
    out = []
    for row in rows(widgets_page())[table]:
        key = row.get(f"{table[:-1]}_id") or f"{row['acronym']} | {row['expansion']}"
        out.append({**row, **changed.get(key, {})})
    return out


def by(correction_id: str, **values: object) -> dict[str, object]:
    return {**values, "asserted_by": "correction", "correction_id": correction_id}


RENAME = one("w-gadgets", "edit_office", office="Office of Widgets", name="Office of Gadgets")


def test_renaming_an_office_makes_its_acronym_program_and_sub_unit_rows_name_the_correction(
    tmp_path: Path,
):
    """Their office_id or parent_id follows the new id, so they differ from the extractor's
    rows: each says the correction asserts it, with the page's evidence as it was."""
    new = f"{W}:office-of-gadgets"
    got = corrected(tmp_path, RENAME)

    assert got["acronyms"] == [
        {
            "source_id": W,
            "acronym": "OW",
            "expansion": "Office of Widgets",
            "office_id": new,
            "found_by": "parenthesized_acronym",
            "asserted_by": "correction",
            "correction_id": "w-gadgets",
            "evidence": "Office of Widgets (OW)",
            "char_start": 16,
            "char_end": 38,
        }
    ]
    assert got["programs"] == [
        {
            "source_id": W,
            "program_id": f"{W}:widget-program",
            "name": "Widget Program",
            "acronym": None,
            "office_id": new,
            "parent_program_id": None,
            "found_by": "program_keyword",
            "asserted_by": "correction",
            "correction_id": "w-gadgets",
            "evidence": "Widget Program",
            "char_start": 71,
            "char_end": 85,
        },
        *extracted("programs", {})[1:],  # the pilot and 287(g) do not name the office
    ]
    assert got["offices"] == extracted(
        "offices",
        {
            f"{W}:office-of-widgets": by("w-gadgets", office_id=new, name="Office of Gadgets"),
            f"{W}:data-unit": by("w-gadgets", parent_id=new),
        },
    )


def test_renaming_a_program_makes_its_sub_programs_name_the_correction(tmp_path: Path):
    got = corrected(
        tmp_path,
        one("w-gadget-program", "edit_program", program="Widget Program", name="Gadget Program"),
    )
    new = f"{W}:gadget-program"
    assert got["programs"] == extracted(
        "programs",
        {
            f"{W}:widget-program": by("w-gadget-program", program_id=new, name="Gadget Program"),
            f"{W}:small-widget-pilot": by("w-gadget-program", parent_program_id=new),
        },
    )
    assert got["offices"] == extracted("offices", {})
    assert got["acronyms"] == extracted("acronyms", {})


def test_moving_an_office_under_another_changes_that_row_alone(tmp_path: Path):
    got = corrected(
        tmp_path, one("w-data-up", "edit_office", office="Data Unit", parent="Example Agency")
    )
    assert got["offices"] == extracted(
        "offices",
        {
            f"{W}:data-unit": by(
                "w-data-up", parent_id=f"{W}:example-agency", parent_by="correction"
            )
        },
    )
    assert got["acronyms"] == extracted("acronyms", {})
    assert got["programs"] == extracted("programs", {})


def test_dropping_an_office_makes_its_sub_units_acronyms_and_programs_name_the_correction(
    tmp_path: Path,
):
    got = corrected(tmp_path, one("w-drop", "drop_office", office="Office of Widgets"))
    assert got["offices"] == [
        row
        for row in extracted(
            "offices",
            {
                f"{W}:data-unit": by(
                    "w-drop", parent_id=f"{W}:example-agency", parent_by="correction"
                )
            },
        )
        if row["office_id"] != f"{W}:office-of-widgets"
    ]
    assert got["acronyms"] == extracted(
        "acronyms", {"OW | Office of Widgets": by("w-drop", office_id=None)}
    )
    assert got["programs"] == extracted(
        "programs", {f"{W}:widget-program": by("w-drop", office_id=None)}
    )


EDIT_DATA_UNIT = one("w-data-unit", "edit_office", office="Data Unit", unit_type="directorate")


@pytest.mark.parametrize(
    "corrections", [(RENAME, EDIT_DATA_UNIT), (EDIT_DATA_UNIT, RENAME)], ids=["after", "before"]
)
def test_a_row_a_rename_reached_can_be_corrected_itself_and_names_the_correction_that_did(
    tmp_path: Path, corrections: tuple[str, str]
):
    """The Data Unit's parent_id follows the rename, and a correction of its own type changes
    it too: it names the correction that names it, in either order (no refusal)."""
    got = corrected(tmp_path, *corrections)
    new = f"{W}:office-of-gadgets"
    assert got["offices"] == extracted(
        "offices",
        {
            f"{W}:office-of-widgets": by("w-gadgets", office_id=new, name="Office of Gadgets"),
            f"{W}:data-unit": by("w-data-unit", parent_id=new, unit_type="directorate"),
        },
    )


def test_a_row_moved_up_by_a_drop_can_be_corrected_itself(tmp_path: Path):
    got = corrected(
        tmp_path,
        one("w-drop", "drop_office", office="Office of Widgets"),
        EDIT_DATA_UNIT,
        one("w-drop-ow", "drop_acronym", acronym="OW"),
    )
    data_unit = next(row for row in got["offices"] if row["name"] == "Data Unit")
    assert data_unit == extracted("offices", {})[2] | by(
        "w-data-unit",
        parent_id=f"{W}:example-agency",
        parent_by="correction",
        unit_type="directorate",
    )
    assert got["acronyms"] == []
