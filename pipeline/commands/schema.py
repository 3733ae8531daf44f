"""``ice-offices schema``: print a table's columns, types, nullability and descriptions.

Everything printed is derived from the Pandera models (through the same export as the
published ``schemas/``), so it always describes the tables this version publishes.
"""

from __future__ import annotations

import json
from typing import Any

import click

from pipeline.tables.registry import TABLES, table_spec
from pipeline.tables.schema_export import frictionless_schema

FORMATS = ("text", "json", "frictionless")


class TableName(click.Choice):
    """A registered table's name: the choices are the tables registered when the command runs,
    so a table registered after this module was imported is one too."""

    def __init__(self) -> None:
        super().__init__(TABLES)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        self.choices = tuple(TABLES)
        return super().convert(value, param, ctx)


@click.command(short_help="Print a table's columns, types, nullability and descriptions.")
@click.argument("tables", nargs=-1, type=TableName())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text for people; json (columns, types, nullability, keys) or frictionless (the"
    " Table Schema, as published in schemas/) for programs.",
)
def schema(tables: tuple[str, ...], fmt: str) -> None:
    """Print the schema of TABLES (default: all): each column's type, whether it may be
    null, its description and constraints, and the table's keys.

    With one TABLE the JSON formats print that table's document; with several, an object
    keyed by table name.

    \b
    Examples:
      ice-offices schema offices
      ice-offices schema acronyms --format json
      ice-offices schema offices --format frictionless > offices.schema.json
    """
    names = tables or TABLES
    if fmt == "text":
        click.echo("\n\n".join(text_schema(table) for table in names))
        return
    documents = {t: json_schema(t) if fmt == "json" else frictionless_schema(t) for t in names}
    document = documents[names[0]] if len(names) == 1 else documents
    click.echo(json.dumps(document, ensure_ascii=False, indent=2))


def json_schema(table: str) -> dict[str, Any]:
    """A plain description of ``table``: columns (name, type, nullable, description,
    constraints), primary key and foreign keys."""
    spec = table_spec(table)
    schema = frictionless_schema(table)
    columns = []
    for field in schema["fields"]:
        constraints = {k: v for k, v in field["constraints"].items() if k != "required"}
        columns.append(
            {
                "name": field["name"],
                "type": field["type"],
                "nullable": not field["constraints"]["required"],
                "description": field["description"],
                "constraints": constraints,
            }
        )
    return {
        "table": table,
        "description": schema["description"],
        "primary_key": list(spec.primary_key),
        "foreign_keys": [
            {
                "columns": list(key.fields),
                "references": {"table": key.ref_table, "columns": list(key.ref_fields)},
                "description": key.description,
            }
            for key in spec.foreign_keys
        ],
        "columns": columns,
    }


def text_schema(table: str) -> str:
    """``table``'s schema as aligned text: a header, its keys, then one line per column."""
    doc = json_schema(table)
    lines = [
        f"{click.style(table, bold=True)}  {doc['description']}",
        f"  primary key: {', '.join(doc['primary_key'])}",
    ]
    lines += [f"  foreign key: {key['description']}" for key in doc["foreign_keys"]]
    rows = [("column", "type", "null", "description")]
    for column in doc["columns"]:
        description = column["description"]
        if column["constraints"]:
            description += f" [{_constraints(column['constraints'])}]"
        nullable = "yes" if column["nullable"] else "no"
        rows.append((column["name"], column["type"], nullable, description))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines.append("")
    for index, row in enumerate(rows):
        cells = [row[i].ljust(widths[i]) for i in range(3)]
        if index == 0:
            cells = [click.style(c, underline=True) for c in cells]
        elif row[2] == "no":
            cells[0] = click.style(cells[0], bold=True)
        lines.append("  " + "  ".join([*cells, row[3]]).rstrip())
    return "\n".join(lines)


def _constraints(constraints: dict[str, Any]) -> str:
    parts = []
    for name, value in constraints.items():
        if name == "enum":
            parts.append("one of " + ", ".join(map(str, value)))
        elif name == "pattern":
            parts.append(f"matches {value}")
        elif name == "minimum":
            parts.append(f">= {value}")
        elif name == "unique":
            parts.append("unique")
        elif name == "minLength":
            parts.append("not empty" if value == 1 else f"at least {value} characters")
        else:
            parts.append(f"{name} {value}")
    return "; ".join(parts)
