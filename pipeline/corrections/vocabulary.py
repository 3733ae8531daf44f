"""The vocabulary of a corrections file, declared once: each action, its fields and what they
mean. The JSON Schema that validates the files and the documentation are generated from it.

A corrections file is a YAML list; each item is one correction with an ``id``, a one-line
``reason``, an ``author`` and exactly one action. Rows are named by their id
(``office_id``/``program_id``, with or without the ``<source_id>:`` prefix) or by their name
as the extractor gave it. A row added by a correction is backed by a ``quote`` that must
appear verbatim in the page: its first occurrence is the row's evidence span.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pipeline.extract.records import UnitType

# A correction's id (its `id` in the file, `correction_id` in the tables): "wick-regional-offices".
CORRECTION_ID_PATTERN = r"[a-z0-9][a-z0-9_.\-]*"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class Action(StrEnum):
    """What a correction does."""

    EDIT_OFFICE = "edit_office"
    DROP_OFFICE = "drop_office"
    ADD_OFFICE = "add_office"
    EDIT_PROGRAM = "edit_program"
    DROP_PROGRAM = "drop_program"
    ADD_PROGRAM = "add_program"
    DROP_ACRONYM = "drop_acronym"
    ADD_ACRONYM = "add_acronym"


@dataclass(frozen=True)
class Field:
    """One field of an action: its JSON type, whether it may be null, and what it means."""

    description: str
    required: bool = False
    nullable: bool = False
    enum: tuple[str, ...] = ()


_OFFICE_REF = "The office, by office_id or by its name as extracted."
_PROGRAM_REF = "The program, by program_id or by its name as extracted."
_QUOTE = "Text of the page, verbatim, that shows the row (its first occurrence is the evidence)."
_TYPES = tuple(t.value for t in UnitType)


@dataclass(frozen=True)
class ActionSpec:
    """An action: what it does (one line) and its fields."""

    doc: str
    fields: dict[str, Field]
    table: str
    """The table whose rows it changes or adds."""


ACTIONS: dict[Action, ActionSpec] = {
    Action.EDIT_OFFICE: ActionSpec(
        "Rename an office, set its acronym or unit type, or move it under another parent.",
        {
            "office": Field(_OFFICE_REF, required=True),
            "name": Field("Its new name (its office_id follows the name)."),
            "acronym": Field("Its acronym; null removes it.", nullable=True),
            "unit_type": Field("Its kind of unit.", enum=_TYPES),
            "parent": Field("The office it reports to, by office_id or name."),
        },
        "offices",
    ),
    Action.DROP_OFFICE: ActionSpec(
        "Drop an office that is not one (a report title, a heading); its sub-units move up to"
        " its parent, and acronyms and programs that named it name no office.",
        {"office": Field(_OFFICE_REF, required=True)},
        "offices",
    ),
    Action.ADD_OFFICE: ActionSpec(
        "Add an office the page names and the extractor missed.",
        {
            "name": Field("Its name as the page gives it.", required=True),
            "quote": Field(_QUOTE, required=True),
            "parent": Field(
                "The office it reports to, by office_id or name; null makes it the page's root"
                " (then move the old root under it).",
                required=True,
                nullable=True,
            ),
            "acronym": Field("Its acronym.", nullable=True),
            "unit_type": Field(
                "Its kind of unit (default: office; agency for a root).", enum=_TYPES
            ),
        },
        "offices",
    ),
    Action.EDIT_PROGRAM: ActionSpec(
        "Rename a program, set its acronym, attach it to another office or parent program.",
        {
            "program": Field(_PROGRAM_REF, required=True),
            "name": Field("Its new name (its program_id follows the name)."),
            "acronym": Field("Its acronym; null removes it.", nullable=True),
            "office": Field(
                "The office that runs it, by office_id or name; null: none.", nullable=True
            ),
            "parent_program": Field("The program it is part of; null: none.", nullable=True),
        },
        "programs",
    ),
    Action.DROP_PROGRAM: ActionSpec(
        "Drop a program that is not one; its sub-programs move up to its parent program.",
        {"program": Field(_PROGRAM_REF, required=True)},
        "programs",
    ),
    Action.ADD_PROGRAM: ActionSpec(
        "Add a program the page names and the extractor missed.",
        {
            "name": Field("Its name as the page gives it.", required=True),
            "quote": Field(_QUOTE, required=True),
            "office": Field("The office that runs it, by office_id or name.", nullable=True),
            "acronym": Field("Its acronym.", nullable=True),
            "parent_program": Field("The program it is part of.", nullable=True),
        },
        "programs",
    ),
    Action.DROP_ACRONYM: ActionSpec(
        "Drop an acronym row that is not a definition.",
        {
            "acronym": Field("The acronym as extracted.", required=True),
            "expansion": Field("Its expansion, when the page defines the acronym twice."),
        },
        "acronyms",
    ),
    Action.ADD_ACRONYM: ActionSpec(
        "Add an acronym definition the page makes and the extractor missed.",
        {
            "acronym": Field("The acronym as written.", required=True),
            "expansion": Field("What it stands for, as the page spells it out.", required=True),
            "quote": Field(_QUOTE, required=True),
            "office": Field("The office it names, by office_id or name.", nullable=True),
        },
        "acronyms",
    ),
}

COMMON_FIELDS = {
    "id": "Unique id of the correction (lowercase letters, digits, `-`, `_`, `.`).",
    "reason": "Why the extracted row is wrong, in one line.",
    "author": "Who asserts the correction.",
}


def _property(field: Field) -> dict[str, Any]:
    prop: dict[str, Any] = {
        "type": ["string", "null"] if field.nullable else "string",
        "description": field.description,
    }
    if field.enum:
        prop["enum"] = list(field.enum)
    else:
        prop["minLength"] = 1
    return prop


def corrections_json_schema() -> dict[str, Any]:
    """The JSON Schema of a corrections file (draft 2020-12)."""
    actions = {}
    for action, spec in ACTIONS.items():
        actions[action.value] = {
            "type": "object",
            "description": spec.doc,
            "properties": {name: _property(f) for name, f in spec.fields.items()},
            "required": [name for name, f in spec.fields.items() if f.required],
            "additionalProperties": False,
            "minProperties": 1,
        }
    common: dict[str, Any] = {
        name: {"type": "string", "minLength": 1, "description": text}
        for name, text in COMMON_FIELDS.items()
    }
    common["id"]["pattern"] = f"^({CORRECTION_ID_PATTERN})$"
    common["reason"]["pattern"] = r"^[^\n]+$"
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "corrections",
        "description": "Corrections of one page's extracted rows (raw/corrections/<source_id>"
        ".yaml): a list of corrections, each with an id, a one-line reason, an author and"
        " exactly one action.",
        "type": "array",
        "items": {
            "type": "object",
            "properties": {**common, **actions},
            "required": list(COMMON_FIELDS),
            "additionalProperties": False,
            "minProperties": len(COMMON_FIELDS) + 1,
            "maxProperties": len(COMMON_FIELDS) + 1,
        },
    }


def vocabulary_markdown() -> str:
    """The actions and their fields as Markdown (for docs/corrections.md)."""
    lines = []
    for action, spec in ACTIONS.items():
        lines += [f"### `{action.value}`", "", spec.doc, ""]
        lines += ["| field | | meaning |", "|---|---|---|"]
        for name, f in spec.fields.items():
            need = "required" if f.required else "optional"
            if f.nullable:
                need += ", may be null"
            meaning = f.description
            if f.enum:
                meaning += " One of " + ", ".join(f"`{v}`" for v in f.enum) + "."
            lines.append(f"| `{name}` | {need} | {meaning} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n")
