"""The data dictionary (docs/data.md), generated from the Pandera models (descriptions, types,
nullability, constraints, keys and rules), so the documentation cannot drift from the data."""

from __future__ import annotations

from pipeline.publish.formats import FORMATS, table_filename
from pipeline.tables.models import EvidenceSpansModel
from pipeline.tables.registry import TABLES, table_spec
from pipeline.tables.schema_export import frictionless_schema

# How each schema type reads in each format and tool; the loading tests check these.
TYPES: dict[str, dict[str, str]] = {
    "string": {
        "CSV": "text",
        "Parquet": "string",
        "JSON": "string",
        "pandas": "str",
        "DuckDB": "VARCHAR",
    },
    "integer": {
        "CSV": "integer",
        "Parquet": "int64",
        "JSON": "integer number",
        "pandas": "int64",
        "DuckDB": "BIGINT",
    },
}


def column_types(table: str) -> dict[str, str]:
    """The schema type (a key of :data:`TYPES`) of each column of ``table``."""
    return {f["name"]: f["type"] for f in frictionless_schema(table)["fields"]}


def data_dictionary() -> str:
    """The data dictionary as Markdown."""
    tools = list(next(iter(TYPES.values())))
    lines = [
        "Each table is published as "
        + ", ".join(f"`<table>.{fmt}`" for fmt in FORMATS)
        + " with the same columns, in the same order. A null is an empty cell in CSV, `null`"
        " in JSON and Parquet; no text value is ever the empty string. Types in each format:",
        "",
        "| type | " + " | ".join(tools) + " |",
        "| --- | " + " | ".join("---" for _ in tools) + " |",
    ]
    for name, names in TYPES.items():
        lines.append(f"| {name} | " + " | ".join(f"`{names[t]}`" for t in tools) + " |")
    for table in TABLES:
        lines.extend(["", *_table_section(table)])
    return "\n".join(lines)


def _table_section(table: str) -> list[str]:
    spec = table_spec(table)
    schema = frictionless_schema(table)
    files = ", ".join(f"`{table_filename(table, fmt)}`" for fmt in FORMATS)
    keys = ", ".join(f"`{k}`" for k in spec.primary_key)
    lines = [
        f"### `{table}`",
        "",
        f"{schema['description']} Files: {files}. Primary key: {keys}.",
        "",
        "| column | type | null | description | constraints |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in schema["fields"]:
        constraints = dict(f["constraints"])
        nullable = "yes" if not constraints.pop("required") else "no"
        lines.append(
            f"| `{f['name']}` | {f['type']} | {nullable} | {_cell(f['description'])} "
            f"| {_constraints(constraints)} |"
        )
    rules = [_cell(fk.description) for fk in spec.foreign_keys]
    names = {fk.name for fk in spec.foreign_keys}
    checks = spec.model.to_schema().checks
    rules += [_cell(c.description) for c in checks if c.name not in names and c.description]
    if spec.evidenced:
        spans = EvidenceSpansModel.to_schema().checks
        rules += [_cell(c.description) for c in spans if c.description]
    if rules:
        lines.extend(["", "Rules across rows and tables:", "", *(f"- {r}" for r in rules)])
    return lines


def _constraints(constraints: dict) -> str:
    parts = []
    if constraints.pop("unique", False):
        parts.append("unique")
    if "enum" in constraints:
        parts.append("one of " + ", ".join(f"`{v}`" for v in constraints.pop("enum")))
    if "pattern" in constraints:
        parts.append(f"matches `{_cell(constraints.pop('pattern'))}`")
    if "minimum" in constraints:
        parts.append(f"≥ {constraints.pop('minimum')}")
    if constraints.get("minLength") == 1:
        constraints.pop("minLength")
        parts.append("not empty")
    parts += [f"{k}: {v}" for k, v in constraints.items()]
    return "; ".join(parts)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")
