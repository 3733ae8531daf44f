"""The table models, frames and validation: valid data passes, each broken rule is named."""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from dataclasses import fields

import pandas as pd
import pytest
from pandera.engines import pandas_engine
from table_records import MAIN, OTHER, TEXTS, changed, failed, frames, records

from pipeline.corrections.records import CorrectionRow
from pipeline.extract.evidence import MAX_DESCRIPTION_CHARS
from pipeline.extract.records import Acronym, Office, Program
from pipeline.sources.records import Source
from pipeline.tables import rules
from pipeline.tables.frames import evidence_spans, to_frame
from pipeline.tables.models import ACRONYM_PATTERN, ROW_ID_PATTERN, anchored
from pipeline.tables.registry import TABLES, table_spec
from pipeline.tables.validation import (
    FAILURE_COLUMNS,
    format_failures,
    passing_spans,
    validate_dataset,
    validate_table,
)

RECORD_TYPES = {
    "sources": Source,
    "offices": Office,
    "acronyms": Acronym,
    "programs": Program,
    "corrections": CorrectionRow,
}
WIDGETS = f"{MAIN}:office-of-widgets"


def only_result(table: str, df: pd.DataFrame, **others: pd.DataFrame):
    data = {**frames(), **others, table: df}
    return validate_table(table, df, frames=data)


def test_model_columns_are_the_record_fields_in_order():
    """Plus, for the extracted tables, who asserts the row (added when the pages are framed)."""
    provenance = ("asserted_by", "correction_id")
    for table in TABLES:
        spec = table_spec(table)
        assert spec.record is RECORD_TYPES[table]
        added = provenance if spec.evidenced else ()
        assert set(added) <= set(spec.columns)
        columns = tuple(c for c in spec.columns if c not in added)
        assert columns == tuple(f.name for f in fields(spec.record))


def test_to_frame_has_model_dtypes_sorted_rows_and_a_fresh_index():
    recs = records()
    df = to_frame("offices", reversed(recs["offices"]))
    assert list(df.columns) == list(table_spec("offices").columns)
    assert list(df.index) == list(range(len(df)))
    assert list(df["source_id"]) == [MAIN, MAIN, MAIN, OTHER, OTHER]
    assert list(df.loc[df.source_id == MAIN, "char_start"]) == sorted(
        df.loc[df.source_id == MAIN, "char_start"]
    )
    assert df["char_start"].dtype == "int64"
    assert df["office_id"].dtype == "str"
    assert df["parent_id"].isna().sum() == 2
    assert to_frame("offices", recs["offices"]).equals(df)


def test_empty_tables_have_their_dtypes_and_validate():
    for table in TABLES:
        df = to_frame(table, [])
        assert list(df.columns) == list(table_spec(table).columns)
        assert table_spec(table).model.validate(df).empty


def test_valid_dataset_passes_every_rule():
    results = validate_dataset(frames())
    assert [r.table for r in results] == list(TABLES)
    assert all(r.ok and r.n_failures == 0 for r in results), format_failures(results)
    assert all(list(r.failure_cases.columns) == list(FAILURE_COLUMNS) for r in results)


def test_models_validate_their_tables_on_their_own():
    data = frames()
    for table in TABLES:
        table_spec(table).model.validate(data[table], lazy=True)


def test_broken_parent_id_is_reported_on_that_row():
    df = changed(frames()["offices"], "office_id", f"{MAIN}:data-unit", parent_id=f"{MAIN}:nope")
    result = only_result("offices", df)
    assert not result.ok
    assert failed(result.failure_cases) == {("parent_id_resolves", "parent_id")}
    case = result.failure_cases.iloc[0]
    assert case["row_key"] == f"{MAIN}:data-unit"
    assert case["failure_case"] == f"{MAIN}:nope"


def test_parent_in_another_source_does_not_resolve():
    df = changed(
        frames()["offices"], "office_id", f"{MAIN}:data-unit", parent_id=f"{OTHER}:other-bureau"
    )
    assert ("parent_id_resolves", "parent_id") in failed(only_result("offices", df).failure_cases)


def test_duplicated_office_id_fails_uniqueness():
    df = frames()["offices"]
    df = pd.concat([df, df.iloc[[1]]], ignore_index=True)
    cases = only_result("offices", df).failure_cases
    assert ("field_uniqueness", "office_id") in failed(cases)


def test_duplicated_acronym_definition_fails_uniqueness():
    df = frames()["acronyms"]
    df = pd.concat([df, df.iloc[[0]]], ignore_index=True)
    cases = only_result("acronyms", df).failure_cases
    assert {check for check, _ in failed(cases)} == {"multiple_fields_uniqueness"}


def test_cycle_is_reported_on_its_members_only():
    df = changed(frames()["offices"], "office_id", WIDGETS, parent_id=f"{MAIN}:data-unit")
    cases = only_result("offices", df).failure_cases
    cycle = cases[cases["check"] == "parent_id_acyclic"]
    assert set(cycle["row_key"]) == {WIDGETS, f"{MAIN}:data-unit"}
    assert set(cycle["column"]) == {"parent_id"}


def test_self_parent_is_a_cycle():
    df = changed(frames()["offices"], "office_id", WIDGETS, parent_id=WIDGETS)
    assert ("parent_id_acyclic", "parent_id") in failed(only_result("offices", df).failure_cases)


def test_two_roots_in_one_source_fail_both_roots():
    df = changed(frames()["offices"], "office_id", WIDGETS, parent_id=None, unit_type="agency")
    cases = only_result("offices", df).failure_cases
    roots = cases[cases["check"] == "one_root_per_source"]
    assert set(roots["row_key"]) == {f"{MAIN}:example-agency", WIDGETS}
    assert set(roots["column"]) == {"parent_id"}


def test_a_source_without_root_fails_its_rows():
    df = changed(
        frames()["offices"], "office_id", f"{OTHER}:other-bureau", parent_id=f"{OTHER}:nowhere"
    )
    cases = only_result("offices", df).failure_cases
    roots = cases[cases["check"] == "one_root_per_source"]
    assert set(roots["row_key"]) == {f"{OTHER}:other-bureau", f"{OTHER}:mergers-acquisitions"}


def test_root_must_be_the_agency():
    df = changed(frames()["offices"], "office_id", f"{OTHER}:other-bureau", unit_type="office")
    assert failed(only_result("offices", df).failure_cases) == {("root_is_agency", "unit_type")}


def test_span_whose_text_differs_from_evidence_fails_provenance():
    df = changed(frames()["offices"], "office_id", f"{MAIN}:data-unit", evidence="Data Unix")
    result = only_result("offices", df)
    assert failed(result.failure_cases) == {("span_matches_evidence", "evidence")}
    assert result.failure_cases.iloc[0]["row_key"] == f"{MAIN}:data-unit"
    assert validate_table("offices", df).ok, "provenance needs the sources frame"


def test_span_outside_the_source_text_fails():
    n = len(TEXTS[OTHER])
    df = changed(
        frames()["acronyms"], "acronym", "M&A", char_start=n - 2, char_end=n + 27, evidence="x" * 29
    )
    checks = {check for check, _ in failed(only_result("acronyms", df).failure_cases)}
    assert {"span_inside_text", "span_matches_evidence"} <= checks


def test_reversed_span_fails():
    df = changed(frames()["programs"], "name", "287(g)", char_end=0)
    checks = failed(only_result("programs", df).failure_cases)
    assert ("span_ordered", "char_end") in checks


def test_spans_checked_together_pass_only_when_every_tables_spans_pass():
    """The evidence spans of all evidenced tables are validated in one call when they pass;
    one bad span and each table's are validated on their own, reported as before."""
    data = frames()
    evidenced = {t for t in TABLES if table_spec(t).evidenced}
    assert passing_spans(data) == evidenced
    assert passing_spans(data, ["offices"]) == frozenset()  # one table: nothing to join
    assert passing_spans({t: df for t, df in data.items() if t != "sources"}) == frozenset()
    df = changed(data["offices"], "office_id", f"{MAIN}:data-unit", evidence="Data Unix")
    broken = {**data, "offices": df}
    assert passing_spans(broken) == frozenset()
    together = {r.table: r for r in validate_dataset(broken)}
    for table in TABLES:
        alone = validate_table(table, broken[table], frames=broken)
        assert together[table].ok == alone.ok
        assert together[table].failure_cases.equals(alone.failure_cases)
    assert failed(together["offices"].failure_cases) == {("span_matches_evidence", "evidence")}
    assert together["acronyms"].ok and together["programs"].ok


def test_evidence_spans_frame_points_back_at_table_rows():
    data = frames()
    spans = evidence_spans("offices", data["offices"], data["sources"])
    assert list(spans.index) == list(data["offices"].index)
    assert (spans["span_text"] == spans["evidence"]).all()
    assert list(spans["row_key"]) == list(data["offices"]["office_id"])


@pytest.mark.parametrize(
    ("column", "value", "check"),
    [
        ("office_id", "Main_Page:Data Unit", "str_matches"),
        ("office_id", f"{OTHER}:data-unit", "office_id_in_source_namespace"),
        ("unit_type", "division", "isin"),
        ("acronym", "ow", "str_matches"),
        ("heading", "", "str_length"),
        ("description", "x" * (MAX_DESCRIPTION_CHARS + 1), "str_length"),
        ("name", None, "not_nullable"),
        ("char_start", -1, "greater_than_or_equal_to"),
    ],
)
def test_column_rules(column, value, check):
    df = changed(frames()["offices"], "office_id", f"{MAIN}:data-unit", **{column: value})
    checks = {c.split("(")[0] for c, col in failed(only_result("offices", df).failure_cases)}
    assert check in checks


@pytest.mark.parametrize(
    "value", ["OCR", "ASM/CFO/CPO", "M&A", "18F", "287(g)", "FinCEN", "CoE", "U.S.", "mRNA"]
)
def test_acronym_pattern_accepts(value):
    assert pd.Series([value]).str.match(anchored(ACRONYM_PATTERN)).all()


@pytest.mark.parametrize("value", ["A", "ab", "ICE ACCESS", "-OC", "OC-", "(g)", "", "Ab cd"])
def test_acronym_pattern_rejects(value):
    assert not pd.Series([value]).str.match(anchored(ACRONYM_PATTERN)).any()


@pytest.mark.parametrize(
    "value", [f"{MAIN}:root", "offices_within_ice:office-of-congressional-relations"]
)
def test_row_id_pattern_accepts_readable_slugs(value):
    assert pd.Series([value]).str.match(anchored(ROW_ID_PATTERN)).all()


def test_acronym_office_must_resolve_when_offices_are_given():
    df = changed(frames()["acronyms"], "acronym", "OW", office_id=f"{MAIN}:nope")
    assert failed(only_result("acronyms", df).failure_cases) == {
        ("office_id_resolves", "office_id")
    }
    assert validate_table("acronyms", df).ok, "cross-table keys need the offices frame"


def test_program_parent_must_resolve_and_not_cycle():
    data = frames()
    broken = changed(data["programs"], "name", "Small Widget Pilot", parent_program_id=f"{MAIN}:x")
    assert ("parent_program_id_resolves", "parent_program_id") in failed(
        only_result("programs", broken).failure_cases
    )
    looped = changed(
        data["programs"],
        "name",
        "Widget Program",
        parent_program_id=f"{MAIN}:small-widget-pilot",
    )
    assert ("parent_program_id_acyclic", "parent_program_id") in failed(
        only_result("programs", looped).failure_cases
    )


def test_rows_of_an_unknown_source_fail_the_source_key():
    df = changed(
        frames()["programs"], "name", "287(g)", source_id="nowhere", program_id="nowhere:x"
    )
    assert ("source_id_resolves", "source_id") in failed(only_result("programs", df).failure_cases)


def test_source_length_must_match_its_text():
    df = changed(frames()["sources"], "source_id", OTHER, n_chars=3)
    assert failed(only_result("sources", df).failure_cases) == {
        ("n_chars_is_text_length", "n_chars")
    }


def test_malformed_frames_are_reported_not_raised():
    data = frames()
    missing = data["offices"].drop(columns=["heading"])
    assert ("column_in_dataframe", "offices") in failed(
        only_result("offices", missing).failure_cases
    )
    as_text = data["offices"].astype({"char_start": "str"})
    result = only_result("offices", as_text)
    assert not result.ok
    assert any(check.startswith("dtype(") for check, _ in failed(result.failure_cases))


def test_missing_table_fails_the_dataset():
    data = frames()
    del data["programs"]
    results = validate_dataset(data)
    assert [r.ok for r in results] == [True, True, True, False, True]
    assert failed(results[3].failure_cases) == {("table_present", "programs")}


def test_format_failures_names_table_row_column_value_and_check():
    df = changed(frames()["offices"], "office_id", f"{MAIN}:data-unit", parent_id=f"{MAIN}:nope")
    report = format_failures(
        [validate_table("sources", frames()["sources"]), only_result("offices", df)]
    )
    assert report.splitlines() == [
        "sources: ok",
        "offices: 1 failure(s)",
        f"  row 2 [{MAIN}:data-unit] parent_id = '{MAIN}:nope': parent_id_resolves",
    ]


def test_format_failures_is_short():
    df = frames()["offices"].assign(unit_type="division")
    report = format_failures([only_result("offices", df)], max_rows=2)
    assert report.splitlines()[-1].startswith("  ... and ")
    assert len(report.splitlines()) == 4


def test_acyclic_flags_cycle_members_not_their_descendants():
    df = pd.DataFrame(
        {"id": ["a", "b", "c", "d", "e"], "parent": ["b", "c", "b", "c", None]},
    )
    assert list(rules.acyclic(df, "id", "parent")) == [True, False, False, True, True]


def test_dtypes_resolve_without_probing_for_an_absent_geopandas(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where geopandas is not installed, Pandera is told so once instead of trying to import
    it for every dtype it resolves; such dtypes (a dtype named by a string) resolve as before."""
    if importlib.util.find_spec("geopandas") is not None:
        pytest.skip("geopandas is installed: Pandera's own probe is used")
    tried: list[str] = []

    class Recorder(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object, target: object = None) -> None:
            tried.append(name)

    monkeypatch.setattr(sys, "meta_path", [Recorder(), *sys.meta_path])
    assert str(pandas_engine.Engine.dtype("int64")) == "int64"
    assert pandas_engine.is_geopandas_dtype("geometry") is False
    assert not [name for name in tried if name.startswith("geopandas")]
