"""``ice-offices diff``: rows added, removed and changed between two releases, matched by key,
then acronym, name, description or a similar name, with references compared through matches."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from table_records import MAIN, changed, frames

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from pipeline.publish.publisher import publish, read_published
from pipeline.release.diff import diff_datasets, format_diff
from pipeline.release.reading import read_release

RAW = Path(__file__).resolve().parents[1] / "raw"
WIDGETS, GADGETS = f"{MAIN}:office-of-widgets", f"{MAIN}:office-of-gadgets"


def renamed_widgets(data: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The Office of Widgets renamed (so its id changes) with every reference updated."""
    data = {t: df.copy() for t, df in data.items()}
    offices = data["offices"]
    offices.loc[offices["office_id"] == WIDGETS, "name"] = "Office of Gadgets"
    for table, column in [("offices", "office_id"), ("offices", "parent_id")]:
        data[table][column] = data[table][column].replace(WIDGETS, GADGETS)
    for table in ("acronyms", "programs"):
        data[table]["office_id"] = data[table]["office_id"].replace(WIDGETS, GADGETS)
    return data


def test_identical_releases_have_no_changes():
    result = diff_datasets(frames(), frames())
    assert result.empty
    assert format_diff(result).splitlines() == [
        "sources: no changes",
        "offices: no changes",
        "acronyms: no changes",
        "programs: no changes",
        "corrections: no changes",
    ]


def test_a_rename_is_one_change_and_its_children_are_not_re_parented():
    result = diff_datasets(frames(), renamed_widgets(frames()))
    offices = result.table("offices")
    assert not offices.added and not offices.removed
    assert len(offices.changed) == 1
    change = offices.changed[0]
    assert (change.old_id, change.new_id, change.kinds) == (WIDGETS, GADGETS, ("renamed",))
    assert change.fields == {"name": ("Office of Widgets", "Office of Gadgets")}
    assert result.table("acronyms").empty and result.table("programs").empty


def test_re_parented_new_acronym_added_and_removed():
    data = frames()
    data["offices"] = changed(
        data["offices"],
        "office_id",
        f"{MAIN}:data-unit",
        parent_id=f"{MAIN}:example-agency",
        acronym="DU",
    )
    data["programs"] = data["programs"][data["programs"]["name"] != "287(g)"]
    extra = data["acronyms"].iloc[[0]].assign(acronym="DU", expansion="Data Unit")
    data["acronyms"] = pd.concat([data["acronyms"], extra], ignore_index=True)

    result = diff_datasets(frames(), data)

    (change,) = result.table("offices").changed
    assert change.kinds == ("new acronym", "re-parented")
    assert change.fields["parent_id"] == (WIDGETS, f"{MAIN}:example-agency")
    assert [r.id for r in result.table("acronyms").added] == [f"{MAIN} | DU | Data Unit"]
    assert [(r.id, r.label) for r in result.table("programs").removed] == [
        (f"{MAIN}:287-g", "287(g)")
    ]
    text = format_diff(result)
    assert "offices: 0 added, 0 removed, 1 changed" in text
    assert f'      parent_id: "{WIDGETS}" -> "{MAIN}:example-agency"' in text
    assert f"  - {MAIN}:287-g  287(g)" in text


@pytest.mark.parametrize(
    ("as_of", "kind"), [("2010-01-01", "new as-of date"), (None, "as-of date removed")]
)
def test_a_source_s_as_of_date_changed_or_removed(as_of: str | None, kind: str):
    before = frames()
    before["sources"] = changed(before["sources"], "source_id", MAIN, as_of="2009-05-11")
    after = {table: frame.copy() for table, frame in before.items()}
    after["sources"] = changed(after["sources"], "source_id", MAIN, as_of=as_of)

    (change,) = diff_datasets(before, after).table("sources").changed

    assert change.kinds == (kind,)


def test_a_rename_without_acronym_is_matched_by_a_similar_name():
    data = frames()
    data["programs"] = changed(
        data["programs"],
        "program_id",
        f"{MAIN}:widget-program",
        program_id=f"{MAIN}:widget-programme",
        name="Widget Programme",
    )
    data["programs"]["parent_program_id"] = data["programs"]["parent_program_id"].replace(
        f"{MAIN}:widget-program", f"{MAIN}:widget-programme"
    )
    programs = diff_datasets(frames(), data).table("programs")
    assert not programs.added and not programs.removed
    assert [(c.new_id, c.kinds) for c in programs.changed] == [
        (f"{MAIN}:widget-programme", ("renamed",))
    ]


def test_cli_text_and_json_on_two_published_folders(tmp_path: Path):
    publish(frames(), tmp_path / "old")
    publish(renamed_widgets(frames()), tmp_path / "new")
    for path in (tmp_path / "new").glob("*.csv"):
        path.unlink()  # a release with Parquet and JSON only reads just as well

    text = CliRunner().invoke(main, ["diff", str(tmp_path / "old"), str(tmp_path / "new")])
    as_json = CliRunner().invoke(
        main, ["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--json"]
    )

    assert text.exit_code == 0, text.output
    assert f"  ~ {WIDGETS} -> {GADGETS}  (renamed)" in text.stdout
    assert as_json.exit_code == 0, as_json.output
    document = json.loads(as_json.stdout)
    assert document["tables"]["offices"]["changed"] == [
        {
            "old_id": WIDGETS,
            "new_id": GADGETS,
            "kinds": ["renamed"],
            "fields": {"name": {"old": "Office of Widgets", "new": "Office of Gadgets"}},
        }
    ]
    assert document["tables"]["programs"] == {"added": [], "removed": [], "changed": []}


def test_cli_bad_folder_is_bad_input(tmp_path: Path):
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "nope"), str(tmp_path)])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "nope: no such folder" in result.stderr


def test_two_builds_from_different_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The real page, and a copy where one office got a longer name (heading and prose)."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    edited = tmp_path / "raw"
    shutil.copytree(RAW, edited)
    page = edited / "offices_within_ice.txt"  # the ICE page by its id, whatever else raw/ holds
    text = page.read_text(encoding="utf-8")
    office = "Office of Intelligence"
    assert text.count(f"The {office} is") == 1 and text.count("\nIntelligence\n") == 1
    text = text.replace(f"The {office} is", f"The {office} and Analysis is")
    page.write_text(text.replace("\nIntelligence\n", "\nIntelligence and Analysis\n"), "utf-8")
    runner = CliRunner()
    for raw, out in [(RAW, "old"), (edited, "new")]:
        built = runner.invoke(main, ["build", "--raw", str(raw), "--out", str(tmp_path / out)])
        assert built.exit_code == 0, built.output

    result = runner.invoke(main, ["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--json"])

    tables = json.loads(result.stdout)["tables"]
    assert [c["kinds"] for c in tables["sources"]["changed"]] == [["page content changed"]]
    offices = tables["offices"]
    assert offices["added"] == [] and offices["removed"] == []
    (rename,) = [c for c in offices["changed"] if "renamed" in c["kinds"]]
    assert rename["fields"]["name"]["old"].endswith("Intelligence")
    assert rename["fields"]["name"]["new"].endswith("Intelligence and Analysis")
    assert rename["old_id"] != rename["new_id"]


def test_an_office_renamed_beyond_recognition_is_matched_by_the_programs_it_runs():
    old, new = frames(), frames()
    gadgets = f"{MAIN}:office-of-gadgets"
    new["offices"] = changed(
        new["offices"],
        "office_id",
        f"{MAIN}:office-of-widgets",
        office_id=gadgets,
        name="Bureau of Gadgets",
        acronym=None,
        description="Something else entirely.",
    )
    new["offices"] = changed(
        new["offices"], "parent_id", f"{MAIN}:office-of-widgets", parent_id=gadgets
    )
    new["programs"] = changed(
        new["programs"], "office_id", f"{MAIN}:office-of-widgets", office_id=gadgets
    )
    new["acronyms"] = changed(
        new["acronyms"], "office_id", f"{MAIN}:office-of-widgets", office_id=gadgets
    )

    result = diff_datasets(old, new)

    offices = result.table("offices")
    assert offices.added == () and offices.removed == ()
    (rename,) = offices.changed
    assert (rename.old_id, rename.new_id) == (f"{MAIN}:office-of-widgets", gadgets)
    assert rename.kinds[0] == "renamed"
    assert result.table("programs").empty  # the programs did not move: their office was renamed


RELEASE_0_2_0 = Path(__file__).resolve().parent / "data" / "releases" / "v0.2.0"
ICE = "offices_within_ice"


@pytest.fixture
def current(tmp_path: Path) -> Path:
    """The committed release's rows of the ICE page (the one page of the 0.2.0 release),
    published by this version."""
    committed = read_published(Path(__file__).resolve().parents[1] / "outputs")
    publish({t: f[f["source_id"] == ICE] for t, f in committed.items()}, tmp_path / "current")
    return tmp_path / "current"


def test_a_release_of_another_version_is_compared_on_the_columns_both_have(current: Path):
    """The 0.2.0 release (before `as_of`, `asserted_by` and the corrections table) against
    the committed one: the ICE page's rows are the same, which the diff says, with the new
    columns and table."""
    result = CliRunner().invoke(main, ["diff", str(RELEASE_0_2_0), str(current)])

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [
        "sources: columns added: archive_url, as_of; no row changes",
        "offices: columns added: asserted_by, correction_id; no row changes",
        "acronyms: columns added: asserted_by, correction_id; no row changes",
        "programs: columns added: asserted_by, correction_id; no row changes",
        "corrections: new table; no row changes",
    ]
    backwards = CliRunner().invoke(main, ["diff", str(current), str(RELEASE_0_2_0), "--json"])
    assert backwards.exit_code == 0, backwards.output
    tables = json.loads(backwards.stdout)["tables"]
    assert tables["offices"]["columns_removed"] == ["asserted_by", "correction_id"]
    assert tables["corrections"]["presence"] == "table removed"
    assert (
        "columns_added"
        not in json.loads(
            CliRunner().invoke(main, ["diff", str(current), str(current), "--json"]).stdout
        )["tables"]["offices"]
    )


def test_rows_of_releases_with_other_columns_still_match_and_change(tmp_path: Path, current: Path):
    old = tmp_path / "v0.2.0"
    shutil.copytree(RELEASE_0_2_0, old)
    offices = pd.read_csv(old / "offices.csv", dtype=str, keep_default_na=False)
    renamed = offices["acronym"] == "OI"
    assert renamed.sum() == 1
    offices.loc[renamed, "name"] = "Office of Inquiries"
    offices.to_csv(old / "offices.csv", index=False)

    result = diff_datasets(read_release(old), read_release(current))

    changed = result.table("offices").changed
    assert [(c.kinds, list(c.fields)) for c in changed] == [(("renamed",), ["name"])]
    assert result.table("offices").columns_added == ("asserted_by", "correction_id")
    assert not result.table("offices").added and not result.table("offices").removed


def test_a_table_without_its_primary_key_cannot_be_compared(tmp_path: Path, current: Path):
    old = tmp_path / "old"
    shutil.copytree(RELEASE_0_2_0, old)
    programs = pd.read_csv(old / "programs.csv", dtype=str, keep_default_na=False)
    programs.drop(columns=["program_id"]).to_csv(old / "programs.csv", index=False)

    result = CliRunner().invoke(main, ["diff", str(old), str(current)])

    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.strip().splitlines() == [
        f"error: {old / 'programs.csv'}: no program_id column (the primary key of programs),"
        " so its rows cannot be matched"
    ]


def test_an_invalid_value_in_a_release_of_another_version_is_one_line(
    tmp_path: Path, current: Path
):
    old = tmp_path / "old"
    shutil.copytree(RELEASE_0_2_0, old)
    offices = pd.read_csv(old / "offices.csv", dtype=str, keep_default_na=False)
    offices.loc[0, "unit_type"] = "castle"
    offices.to_csv(old / "offices.csv", index=False)

    result = CliRunner().invoke(main, ["diff", str(old), str(current)])

    assert result.exit_code == ExitCode.BAD_INPUT
    assert "offices.csv: not a valid offices table (1 problem(s), first: row 1" in result.stderr
    assert 'unit_type = "castle": must be one of agency, leadership, office,' in result.stderr
