"""Exported schemas: committed files match the models, and published files satisfy them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from table_records import MAIN, frames

from pipeline.evaluation.gold_format import GOLD_FILE_SCHEMA
from pipeline.publish.publisher import publish
from pipeline.tables.registry import TABLES, specs, table_spec
from pipeline.tables.schema_export import (
    CORRECTIONS_FILE_SCHEMA,
    frictionless_schema,
    json_schema,
    main,
    render,
    schema_documents,
    write_schemas,
)

COMMITTED = Path(__file__).resolve().parents[1] / "schemas"


def test_committed_schemas_equal_freshly_generated_ones():
    documents = schema_documents()
    committed = {p.name for p in COMMITTED.glob("*.json")}
    assert set(documents) <= committed, "run: python -m pipeline.tables.schema_export"
    for name, document in documents.items():
        assert (COMMITTED / name).read_text(encoding="utf-8") == render(document), name


def test_write_schemas_and_the_entry_point_write_the_same_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    written = write_schemas(tmp_path / "a")
    assert sorted(p.name for p in written) == sorted(
        [*schema_documents(), CORRECTIONS_FILE_SCHEMA, GOLD_FILE_SCHEMA]
    )
    assert main([str(tmp_path / "b")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(written)
    for path in written:
        assert (tmp_path / "b" / path.name).read_bytes() == path.read_bytes()


def test_table_schema_fields_keys_and_constraints_follow_the_model():
    schema = frictionless_schema("offices")
    assert [f["name"] for f in schema["fields"]] == list(table_spec("offices").columns)
    by_name = {f["name"]: f for f in schema["fields"]}
    assert by_name["office_id"]["constraints"]["unique"] is True
    assert by_name["parent_id"]["constraints"]["required"] is False
    assert by_name["char_start"] == {
        "name": "char_start",
        "type": "integer",
        "description": by_name["char_start"]["description"],
        "constraints": {"required": True, "minimum": 0},
    }
    assert "agency" in by_name["unit_type"]["constraints"]["enum"]
    assert not by_name["office_id"]["constraints"]["pattern"].startswith("^")
    assert all(f["description"] for f in schema["fields"])
    assert schema["primaryKey"] == ["office_id"]
    assert {"fields": ["parent_id"], "reference": {"resource": "", "fields": ["office_id"]}} in (
        schema["foreignKeys"]
    )
    assert frictionless_schema("acronyms")["primaryKey"] == list(table_spec("acronyms").primary_key)
    n_keys = sum(len(frictionless_schema(t)["foreignKeys"]) for t in TABLES)
    assert n_keys == sum(len(s.foreign_keys) for s in specs())


def test_json_schema_describes_an_array_of_closed_records():
    schema = json_schema("programs")
    items = schema["items"]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "array"
    assert list(items["properties"]) == list(table_spec("programs").columns) == items["required"]
    assert items["additionalProperties"] is False
    assert items["properties"]["acronym"]["type"] == ["string", "null"]
    assert items["properties"]["program_id"]["pattern"].startswith("^")


def test_published_json_satisfies_the_json_schemas(tmp_path: Path):
    jsonschema = pytest.importorskip("jsonschema")
    publish(frames(), tmp_path / "out")
    for table in TABLES:
        validator = jsonschema.Draft202012Validator(json_schema(table))
        validator.check_schema(validator.schema)
        records = json.loads((tmp_path / "out" / f"{table}.json").read_text(encoding="utf-8"))
        assert not list(validator.iter_errors(records)), table
    offices = json.loads((tmp_path / "out" / "offices.json").read_text(encoding="utf-8"))
    offices[0]["acronym"] = "not an acronym"
    offices[1]["extra"] = 1
    errors = list(jsonschema.Draft202012Validator(json_schema("offices")).iter_errors(offices))
    assert len(errors) == 2


def test_published_csv_satisfies_the_table_schemas(tmp_path: Path):
    frictionless = pytest.importorskip("frictionless")
    out = tmp_path / "out"
    publish(frames(), out)
    assert _frictionless_errors(frictionless, out) == []
    valid = (out / "offices.csv").read_text(encoding="utf-8")
    parent = f",other,{MAIN}:office-of-widgets,"  # the data unit's parent_id
    assert parent in valid
    (out / "offices.csv").write_text(
        valid.replace(parent, f",other,{MAIN}:nope,"), encoding="utf-8"
    )
    assert [e[1] for e in _frictionless_errors(frictionless, out)] == ["foreign-key"]


def _frictionless_errors(frictionless, out: Path) -> list[list]:
    resources = [
        frictionless.Resource(
            path=f"{table}.csv",
            name=table,
            schema=frictionless.Schema.from_descriptor(frictionless_schema(table)),
        )
        for table in TABLES
    ]
    package = frictionless.Package(resources=resources, basepath=str(out))
    return package.validate().flatten(["rowNumber", "type"])


def test_every_gold_file_in_the_repository_satisfies_the_gold_file_schema() -> None:
    """The committed gold-file schema holds every real annotation, corpus pages included."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((COMMITTED / GOLD_FILE_SCHEMA).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    data = Path(__file__).parent / "data"
    paths = sorted(data.glob("gold*/*.gold.json")) + sorted(data.glob("corpus/*/gold/*.gold.json"))
    assert len(paths) > 600
    failures = [
        f"{path.name}: {error.message}"
        for path in paths
        for error in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))
    ]
    assert failures == []
