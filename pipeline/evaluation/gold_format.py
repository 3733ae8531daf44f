"""The gold annotation format as a JSON Schema, and the check every gold file passes on loading.

Gold files are written by hand, by people who never read the extractor: a field in the wrong
shape (a ``root_parent`` given as a bare name, a unit without a ``name``) should stop scoring
with the file and the field named, not with a ``TypeError`` deep in the scorer.
"""

from __future__ import annotations

from typing import Any

from pipeline.corrections.vocabulary import JSON_SCHEMA_DIALECT
from pipeline.evaluation.scoring import normalize
from pipeline.extract.records import UnitType

GOLD_FILE_SCHEMA = "gold-file.json-schema.json"
GOLD_UNIT_TYPES = [t.value for t in UnitType if t is not UnitType.AGENCY]


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "description": description}


def _texts(description: str) -> dict[str, Any]:
    return {
        "type": "array",
        "items": {"type": "string", "minLength": 1},
        "description": description,
    }


def _optional_text(description: str) -> dict[str, Any]:
    return {"type": ["string", "null"], "minLength": 1, "description": description}


def _named(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": {
            "name": _text("The body's name as the page gives it."),
            "aliases": _texts("Other names the page uses for it."),
            "acronym": _optional_text("Its acronym, or null."),
        },
        "required": ["name"],
    }


def gold_json_schema() -> dict[str, Any]:
    """The JSON Schema of a gold annotation file (draft 2020-12); notes and extra keys allowed."""
    unit = {
        "type": "object",
        "properties": {
            "name": _text("The canonical full name, as the body text gives it."),
            "aliases": _texts("Other names the text uses, such as a heading's short form."),
            "acronym": _optional_text("The unit's acronym, or null."),
            "accept_acronyms": {
                "type": "array",
                "items": {"type": ["string", "null"]},
                "description": "Other acronyms also right; null means none is also right.",
            },
            "unit_type": {"enum": GOLD_UNIT_TYPES, "description": "The kind of unit."},
            "accept_types": {
                "type": "array",
                "items": {"enum": GOLD_UNIT_TYPES},
                "description": "Other kinds also right.",
            },
            "parent": _text("The name of the unit it is listed under, or the root's name."),
            "accept_parents": _texts("Other parents the text also supports."),
        },
        "required": ["name", "unit_type", "parent"],
    }
    acronym = {
        "type": "object",
        "properties": {
            "acronym": _text("The acronym as defined."),
            "expansion": _text("Its expansion as written."),
            "alt_expansions": _texts("Other expansions also right."),
        },
        "required": ["acronym", "expansion"],
    }
    program = {
        "type": "object",
        "properties": {
            "name": _text("The program's name."),
            "aliases": _texts("Other names the text uses."),
            "acronym": _optional_text("Its acronym, or null."),
            "mentioned_in": _optional_text("The unit whose section mentions it."),
            "accept_mentioned_in": _texts("Other mentioning units also right."),
            "part_of": _optional_text("A program it belongs to, when the text says so."),
        },
        "required": ["name"],
    }
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "gold annotation",
        "description": "What a perfect extractor would publish for one page: its root, units with"
        " parents, acronym definitions and programs (fields and scoring:"
        " tests/data/gold/README.md).",
        "type": "object",
        "properties": {
            "source_file": _text("The page's file name."),
            "root": _named("The body the page describes."),
            "root_parent": _named("The body above the root, when the page names one."),
            "units": {"type": "array", "items": unit},
            "acronyms": {"type": "array", "items": acronym},
            "programs": {"type": "array", "items": program},
            "optional_programs": _texts("Names that are neither required nor wrong."),
        },
        "required": ["source_file", "root", "units"],
    }


def gold_problem(gold: Any) -> str | None:
    """The first way ``gold`` breaks the format, as "field: problem", or None."""
    # Imported here: only scoring reads gold files, and a build never needs it.
    import jsonschema  # noqa: PLC0415

    validator = jsonschema.Draft202012Validator(gold_json_schema())
    errors = sorted(validator.iter_errors(gold), key=lambda e: [str(p) for p in e.path])
    if not errors:
        return None
    error = errors[0]
    field = ".".join(str(p) for p in error.path)
    message = error.message if len(error.message) <= 120 else error.message[:117] + "..."
    return f"{field}: {message}" if field else message


def dangling_parents(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """Each unit ``parent`` and ``accept_parents`` entry of a well-formed gold annotation that
    names nothing in it, as (unit name, parent): neither the root, the ``root_parent`` nor any
    unit, by name or alias, compared as the scorer compares names. Scoring such a parent
    blames the extractor for the annotator's slip (a misspelled name), so it is worth saying."""
    bodies = [gold["root"], *([gold["root_parent"]] if "root_parent" in gold else [])]
    known = {
        normalize(name)
        for body in [*bodies, *gold["units"]]
        for name in [body["name"], *body.get("aliases", [])]
    }
    return [
        (unit["name"], parent)
        for unit in gold["units"]
        for parent in [unit["parent"], *unit.get("accept_parents", [])]
        if normalize(parent) not in known
    ]
