"""README sections generated from the models and outputs/ match them, and the generator only
touches its own sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from table_records import MAIN, changed, frames

from pipeline.docs.dictionary import data_dictionary
from pipeline.docs.mermaid import mermaid_chart
from pipeline.docs.readme import PAGES, README, generated_sections, main, render, sections_in
from pipeline.tables.registry import TABLES, table_spec


def test_generated_sections_match_the_models_and_outputs():
    found: dict[str, str] = {}
    for page in PAGES:
        found.update(sections_in(page.read_text(encoding="utf-8")))
    for name, body in generated_sections().items():
        assert found.get(name) == body, f"section {name} is stale: run `make docs`"
    assert main(["--check"]) == 0


def test_the_data_dictionary_lives_in_docs_not_in_the_readme():
    """The README generates only its example citation, which must name the published version."""
    assert set(sections_in(README.read_text(encoding="utf-8"))) == {"citation-example"}
    assert set(sections_in(PAGES[1].read_text(encoding="utf-8"))) == {
        "data-dictionary",
        "org-chart",
    }


def test_dictionary_has_every_column_with_its_model_description():
    text = data_dictionary()
    lines = text.splitlines()
    for table in TABLES:
        assert f"### `{table}`" in lines
        for name, column in table_spec(table).model.to_schema().columns.items():
            row = next(
                line
                for line in lines
                if line.startswith(f"| `{name}` |")
                and column.description.replace("|", "\\|") in line
            )
            assert row.split(" | ")[2] == ("yes" if column.nullable else "no"), row
    assert "- parent_id refers to an existing offices.office_id of the same source" in lines
    assert "- text[char_start:char_end] of the source equals evidence." in lines


def test_mermaid_has_one_node_per_office_and_one_edge_per_parent_link():
    offices = changed(frames()["offices"], "office_id", f"{MAIN}:data-unit", name='Say "hi" <b>')
    chart = mermaid_chart(offices).splitlines()
    assert chart[:2] == ["```mermaid", "flowchart LR"] and chart[-1] == "```"
    assert len([line for line in chart if line.endswith('"]')]) == len(offices)
    assert len([line for line in chart if " --> " in line]) == offices["parent_id"].notna().sum()
    assert '  o2["Say #34;hi#34; #60;b#62;"]' in chart


def test_render_replaces_only_generated_sections_and_check_reports_stale(tmp_path: Path):
    text = "intro\n<!-- BEGIN GENERATED org-chart -->\nold\n<!-- END GENERATED org-chart -->\nend\n"
    assert render(text, {"org-chart": "new"}) == text.replace("old", "new")
    with pytest.raises(ValueError, match="BEGIN GENERATED data-dictionary"):
        render(text, {"data-dictionary": "x"})
    readme = tmp_path / "README.md"
    readme.write_text(text.replace("org-chart", "data-dictionary"), encoding="utf-8")
    readme.write_text(readme.read_text(encoding="utf-8") + text, encoding="utf-8")
    assert main(["--readme", str(readme), "--check"]) == 1
    assert main(["--readme", str(readme)]) == 0
    assert main(["--readme", str(readme), "--check"]) == 0
    updated = readme.read_text(encoding="utf-8")
    assert updated.startswith("intro\n") and updated.endswith("end\n")
    assert main(["--readme", str(tmp_path / "missing.md")]) == 2
