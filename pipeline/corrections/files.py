"""Read the corrections files of a raw folder: YAML in, :class:`Correction` s out, or one line
naming the file, the line and the problem.

The YAML is composed into nodes first, so every value keeps the line it was written on; the
data is then checked against the generated JSON Schema and each error is reported at the
line of the value it is about.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pipeline.corrections.vocabulary import ACTIONS, Action, corrections_json_schema
from pipeline.sources.errors import SourceError
from pipeline.sources.files import shown
from pipeline.sources.loading import source_id_for

CORRECTIONS_DIR = "corrections"
SUFFIXES = (".yaml", ".yml")


class _TextLoader(yaml.SafeLoader):
    """YAML with every scalar a string except null: ``acronym: NO`` is "NO", not false."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class CorrectionsFileError(SourceError):
    """A corrections file that cannot be used; the message is one line: file, line, problem.
    (Raw input, like a page: the build reports it the same way, exit 2.)"""


@dataclass(frozen=True)
class Correction:
    """One correction as its file states it."""

    id: str
    reason: str
    author: str
    action: Action
    fields: Mapping[str, Any]
    source_id: str
    file: str  # as the corrections table names it: corrections/<source_id>.yaml
    line: int
    path: str  # as messages name it: the file's full path, like any raw file's

    @property
    def where(self) -> str:
        """``path:line`` of the correction, for messages."""
        return f"{self.path}:{self.line}"


def corrections_dir(raw_dir: Path) -> Path:
    return Path(raw_dir) / CORRECTIONS_DIR


def read_corrections(raw_dir: Path) -> list[Correction]:
    """Every correction of ``raw_dir/corrections/*.yaml``, files in name order; raises
    :class:`CorrectionsFileError` on the first bad file or a repeated id."""
    folder = corrections_dir(raw_dir)
    if not folder.is_dir():
        return []
    paths = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())
    found: list[Correction] = []
    seen: dict[str, Correction] = {}
    for path in paths:
        for correction in read_file(path, listed_as=f"{CORRECTIONS_DIR}/{path.name}"):
            other = seen.setdefault(correction.id, correction)
            if other is not correction:
                raise CorrectionsFileError(
                    f"{correction.where}: correction id {correction.id!r} is already used at"
                    f" {other.where}"
                )
            found.append(correction)
    return found


def read_file(path: Path, *, listed_as: str | None = None) -> list[Correction]:
    """The corrections of one file: named by its path in messages, and ``listed_as`` (else
    its path) in the corrections table."""
    name = shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsFileError(f"{name}: cannot be read ({_one_line(exc)})") from None
    try:
        node = yaml.compose(text, Loader=_TextLoader)
        data = yaml.load(text, Loader=_TextLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or _one_line(exc)
        raise CorrectionsFileError(f"{name}:{line}: not valid YAML ({problem})") from None
    if data is None or node is None:
        return []
    _validate(data, node, name)
    source_id = source_id_for(path)
    corrections = []
    for item, item_node in zip(data, node.value, strict=True):
        (action,) = (a for a in ACTIONS if a.value in item)
        corrections.append(
            Correction(
                id=item["id"],
                reason=item["reason"].strip(),
                author=item["author"].strip(),
                action=action,
                fields=dict(item[action.value]),
                source_id=source_id,
                file=listed_as or name,
                line=item_node.start_mark.line + 1,
                path=name,
            )
        )
    return corrections


def _validate(data: Any, node: yaml.Node, name: str) -> None:
    # Imported here, on the first corrections file: a build without any never needs it.
    import jsonschema  # noqa: PLC0415

    validator = jsonschema.Draft202012Validator(corrections_json_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(e.path), e.message))
    if not errors:
        return
    error = errors[0]
    path = list(error.path)
    line = _line(node, path)
    where = f"{name}:{line}"
    if path and isinstance(data, list) and isinstance(path[0], int):
        item = data[path[0]]
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            where += f": correction {item['id']!r}"
        if len(path) == 1 and isinstance(item, dict):
            actions = [a.value for a in ACTIONS if a.value in item]
            if error.validator in ("minProperties", "maxProperties") or (
                error.validator == "additionalProperties" and len(actions) != 1
            ):
                raise CorrectionsFileError(f"{where}: {_action_problem(item, actions)}")
    field = ".".join(str(p) for p in path[1:])
    prefix = f"{field}: " if field else ""
    raise CorrectionsFileError(f"{where}: {prefix}{_short(error.message)}")


def _action_problem(item: Mapping[str, Any], actions: list[str]) -> str:
    known = {"id", "reason", "author", *(a.value for a in ACTIONS)}
    unknown = [k for k in item if k not in known]
    if unknown:
        return f"unknown key {unknown[0]!r} (actions: {', '.join(a.value for a in ACTIONS)})"
    if not actions:
        return f"no action (one of: {', '.join(a.value for a in ACTIONS)})"
    if len(actions) > 1:
        return f"several actions ({', '.join(actions)}); one correction does one thing"
    missing = [k for k in ("id", "reason", "author") if k not in item]
    return f"missing {', '.join(missing)}" if missing else "not a correction"


def _line(node: yaml.Node, path: list[Any]) -> int:
    """The line (1-based) of the value at ``path`` in the composed document."""
    current = node
    for part in path:
        if isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(current.value):
                break
            current = current.value[part]
        elif isinstance(current, yaml.MappingNode):
            match = [v for k, v in current.value if getattr(k, "value", None) == part]
            if not match:
                break
            current = match[0]
        else:
            break
    return current.start_mark.line + 1


def _short(message: str, width: int = 120) -> str:
    message = " ".join(message.split())
    return message if len(message) <= width else message[: width - 3] + "..."


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
