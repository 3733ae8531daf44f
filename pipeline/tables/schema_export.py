"""Export the table models as Frictionless Table Schemas and JSON Schemas (draft 2020-12).

Pandera 0.35 can read a Frictionless schema but not write one, and its ``to_json_schema``
describes a dict of column arrays rather than the array of records we publish, so both are
derived here from the models' columns, column checks and keys. A column check this module
cannot express raises, so a new rule is never dropped from the exports without notice.
Dataframe-level rules (roots, cycles, spans) have no place in either format; the models stay
the authority and these files describe the shape.

The JSON Schemas of the curators' corrections files (``raw/corrections/*.yaml``) and of the
annotators' gold files (``*.gold.json``) are written into the same folder as
``corrections-file.json-schema.json`` and ``gold-file.json-schema.json``; they describe
input, so they are not published with the tables.

Run ``python -m pipeline.tables.schema_export [DIR]`` to regenerate ``schemas/``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from pipeline.corrections.vocabulary import JSON_SCHEMA_DIALECT, corrections_json_schema
from pipeline.evaluation.gold_format import GOLD_FILE_SCHEMA, gold_json_schema
from pipeline.tables.registry import TABLES, table_spec

DEFAULT_DIR = Path("schemas")
CORRECTIONS_FILE_SCHEMA = "corrections-file.json-schema.json"


def frictionless_schema(table: str) -> dict[str, Any]:
    """The Frictionless Table Schema of ``table`` (as published in CSV)."""
    spec = table_spec(table)
    schema = spec.model.to_schema()
    fields = []
    for name, column in schema.columns.items():
        constraints: dict[str, Any] = {"required": not column.nullable}
        if column.unique:
            constraints["unique"] = True
        constraints.update(_constraints(column, anchored=False))
        fields.append(
            {
                "name": name,
                "type": _type(column),
                "description": column.description,
                "constraints": constraints,
            }
        )
    return {
        "title": table,
        "description": spec.description,
        "fields": fields,
        "missingValues": [""],
        "primaryKey": list(spec.primary_key),
        "foreignKeys": [
            {
                "fields": [key.column],
                "reference": {
                    "resource": "" if key.ref_table == table else key.ref_table,
                    "fields": [key.ref_fields[-1]],
                },
            }
            for key in spec.foreign_keys
        ],
    }


def json_schema(table: str) -> dict[str, Any]:
    """The JSON Schema of ``table`` as published in JSON: an array of records."""
    spec = table_spec(table)
    schema = spec.model.to_schema()
    properties = {}
    for name, column in schema.columns.items():
        kind = _type(column)
        prop: dict[str, Any] = {
            "type": [kind, "null"] if column.nullable else kind,
            "description": column.description,
        }
        prop.update(_constraints(column, anchored=True))
        if column.nullable and "enum" in prop:
            prop["enum"] = [*prop["enum"], None]
        properties[name] = prop
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": table,
        "description": spec.description,
        "type": "array",
        "items": {
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        },
    }


def schema_documents() -> dict[str, dict[str, Any]]:
    """Every schema file, by file name."""
    documents = {}
    for table in TABLES:
        documents[f"{table}.schema.json"] = frictionless_schema(table)
        documents[f"{table}.json-schema.json"] = json_schema(table)
    return documents


def render(document: dict[str, Any]) -> str:
    """A schema document as committed: UTF-8 JSON, indent 2, key order kept, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_schemas(directory: Path = DEFAULT_DIR) -> list[Path]:
    """Write every schema file into ``directory``; the paths written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    documents = {
        **schema_documents(),
        CORRECTIONS_FILE_SCHEMA: corrections_json_schema(),
        GOLD_FILE_SCHEMA: gold_json_schema(),
    }
    for name, document in documents.items():
        path = directory / name
        path.write_bytes(render(document).encode("utf-8"))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    for path in write_schemas(args.directory):
        print(path)
    return 0


def _type(column: pa.Column) -> str:
    dtype = column.dtype.type
    if isinstance(dtype, pd.StringDtype):
        return "string"
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    raise ValueError(f"column {column.name}: no schema type for dtype {dtype}")


def _constraints(column: pa.Column, *, anchored: bool) -> dict[str, Any]:
    """A column's checks as constraints; the names (pattern, enum, minimum, minLength, maxLength)
    mean the same in Table Schema and JSON Schema. Patterns keep their anchors only for JSON
    Schema: Table Schema patterns match the whole value already."""
    out: dict[str, Any] = {}
    for check in column.checks:
        stats = check.statistics
        if check.name == "str_matches":
            pattern = stats["pattern"]
            out["pattern"] = pattern if anchored else pattern.removeprefix("^").removesuffix("$")
        elif check.name == "isin":
            out["enum"] = list(stats["allowed_values"])
        elif check.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif check.name == "str_length" and stats.get("exact_value") is None:
            if stats.get("min_value") is not None:
                out["minLength"] = stats["min_value"]
            if stats.get("max_value") is not None:
                out["maxLength"] = stats["max_value"]
        else:
            raise ValueError(f"column {column.name}: cannot export check {check.name}")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
