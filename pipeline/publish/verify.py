"""Check a published folder as a consumer has it: maybe only some formats, maybe altered.

What is checked, each only where its files are present:

- ``SHA256SUMS``: every listed file that is present has the listed digest (absent ones are
  skipped, like ``sha256sum -c --ignore-missing``, so a copy of one format checks clean);
- ``datapackage.json``: each present resource's bytes, hash and row count;
- each format present (all four tables of it): the files decode, and the tables satisfy the
  models, cross-table keys and evidence spans (the same validation as the build);
- the formats present hold the same data.

Every problem names the file and, for data, the row (counting from 1, in the file's order),
its key, the column and the value.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from numbers import Integral
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.publish import formats as codec
from pipeline.publish.checksums import SUMS_FILE, check_sums, parse_sums, sha256_file
from pipeline.publish.datapackage import PACKAGE_FILE, ROW_COUNT, read_package
from pipeline.tables.frames import TABLES, row_keys
from pipeline.tables.validation import validate_dataset

MAX_VALUE = 60


class FolderError(Exception):
    """The folder cannot be checked at all (missing, or holds no table file)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong, in one file."""

    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@dataclass
class FolderCheck:
    """The outcome of :func:`verify_folder`."""

    folder: Path
    formats: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def present_formats(folder: Path) -> list[str]:
    """The formats with at least one table file in ``folder``, in :data:`FORMATS` order."""
    return [
        fmt
        for fmt in codec.FORMATS
        if any((folder / codec.table_filename(t, fmt)).is_file() for t in TABLES)
    ]


def verify_folder(folder: Path) -> FolderCheck:
    """Check everything present in ``folder``; raises :class:`FolderError` when nothing is."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderError(f"{folder}: no such folder")
    check = FolderCheck(folder=folder, formats=present_formats(folder))
    if not check.formats:
        example = codec.table_filename(TABLES[0], codec.FORMATS[0])
        raise FolderError(f"{folder}: no table files here (such as {example})")
    _check_sums(check)
    package = _check_package(check)
    decoded = _check_formats(check)
    _check_same_data(check, decoded)
    _check_row_counts(check, decoded, package)
    return check


def _check_sums(check: FolderCheck) -> None:
    path = check.folder / SUMS_FILE
    if not path.is_file():
        check.notes.append(f"no {SUMS_FILE}: file digests not checked")
        return
    try:
        digests = parse_sums(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        check.problems.append(Problem(SUMS_FILE, _one_line(exc)))
        return
    mismatches = check_sums(check.folder, digests)
    absent = [m.path for m in mismatches if m.actual is None]
    for m in mismatches:
        if m.actual is not None:
            message = f"SHA-256 {_short(m.actual)}, {SUMS_FILE} lists {_short(m.expected)}"
            check.problems.append(Problem(m.path, message))
    present = len(digests) - len(absent)
    good = present - (len(mismatches) - len(absent))
    note = f"{SUMS_FILE}: {good} of {present} listed files match"
    check.notes.append(note + (f" ({len(absent)} absent, skipped)" if absent else ""))
    listed = set(digests) | {SUMS_FILE}
    unlisted = sorted(
        p.relative_to(check.folder).as_posix()
        for p in check.folder.rglob("*")
        if p.is_file() and p.relative_to(check.folder).as_posix() not in listed
    )
    if unlisted:
        check.notes.append(f"not in {SUMS_FILE} (not checked): {', '.join(unlisted)}")


def _check_package(check: FolderCheck) -> dict[str, Any] | None:
    if not (check.folder / PACKAGE_FILE).is_file():
        check.notes.append(f"no {PACKAGE_FILE}: resource sizes and hashes not checked")
        return None
    try:
        package = read_package(check.folder)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        check.problems.append(Problem(PACKAGE_FILE, f"cannot be read ({_one_line(exc)})"))
        return None
    n_checked = 0
    for resource in package["resources"]:
        name = resource.get("path") if isinstance(resource, dict) else None
        if isinstance(name, str) and (name.startswith("/") or ".." in Path(name).parts):
            check.problems.append(
                Problem(PACKAGE_FILE, f"resource path {name!r} leaves the folder")
            )
            continue
        if not isinstance(name, str) or not (check.folder / name).is_file():
            continue
        n_checked += 1
        path = check.folder / name
        size = path.stat().st_size
        if resource.get("bytes") is not None and resource["bytes"] != size:
            check.problems.append(
                Problem(name, f"{size} bytes, {PACKAGE_FILE} says {resource['bytes']}")
            )
        declared = resource.get("hash")
        if isinstance(declared, str) and declared.startswith("sha256:"):
            actual = sha256_file(path)
            if declared.removeprefix("sha256:") != actual:
                message = f"SHA-256 {_short(actual)}, {PACKAGE_FILE} says {_short(declared)}"
                check.problems.append(Problem(name, message))
    check.notes.append(f"{PACKAGE_FILE}: {n_checked} present resources checked")
    return package


def _check_formats(check: FolderCheck) -> dict[str, dict[str, pd.DataFrame]]:
    """Decode and validate each present format; the fully decoded ones, by format."""
    decoded = {}
    for fmt in check.formats:
        frames: dict[str, pd.DataFrame] = {}
        for table in TABLES:
            name = codec.table_filename(table, fmt)
            path = check.folder / name
            if not path.is_file():
                check.problems.append(Problem(name, f"missing (other {fmt} files are present)"))
                continue
            try:
                frames[table] = codec.decode(fmt, table, path.read_bytes())
            except Exception as exc:  # any decoder error means the file is unreadable
                check.problems.append(Problem(name, f"cannot be read as {fmt} ({_one_line(exc)})"))
        for result in validate_dataset(frames):
            if result.table not in frames:
                continue
            name = codec.table_filename(result.table, fmt)
            for case in result.failure_cases.to_dict("records"):
                check.problems.append(Problem(name, describe_failure(case)))
        if len(frames) == len(TABLES):
            decoded[fmt] = frames
            for table, df in frames.items():
                check.rows.setdefault(table, len(df))
    return decoded


def _check_same_data(check: FolderCheck, decoded: Mapping[str, dict[str, pd.DataFrame]]) -> None:
    if len(decoded) < 2:
        return
    (first, reference), *others = decoded.items()
    for fmt, frames in others:
        for table in TABLES:
            difference = first_difference(reference[table], frames[table], table)
            if difference:
                name = codec.table_filename(table, fmt)
                other = codec.table_filename(table, first)
                check.problems.append(Problem(name, f"differs from {other} at {difference}"))


def _check_row_counts(
    check: FolderCheck,
    decoded: Mapping[str, dict[str, pd.DataFrame]],
    package: Mapping[str, Any] | None,
) -> None:
    if package is None:
        return
    for resource in package["resources"]:
        if not isinstance(resource, dict):
            continue
        expected = resource.get("rows", resource.get(ROW_COUNT))
        for fmt, frames in decoded.items():
            for table, df in frames.items():
                name = codec.table_filename(table, fmt)
                if resource.get("path") == name and expected is not None and expected != len(df):
                    check.problems.append(
                        Problem(name, f"{len(df)} rows, {PACKAGE_FILE} says {expected}")
                    )


def first_difference(a: pd.DataFrame, b: pd.DataFrame, table: str) -> str | None:
    """Where two frames of ``table`` first differ, in words; None when they are equal."""
    if a.equals(b):
        return None
    if list(a.columns) != list(b.columns):
        return f"columns {list(b.columns)} instead of {list(a.columns)}"
    if len(a) != len(b):
        return f"{len(b)} rows instead of {len(a)}"
    keys = row_keys(table, b)
    for column in a.columns:
        for i, (x, y) in enumerate(zip(a[column], b[column], strict=True)):
            if not _same(x, y):
                return f"row {i + 1} [{keys.iloc[i]}] {column}: {_show(y)} vs {_show(x)}"
    return "dtypes differ"


def describe_failure(case: Mapping[Hashable, Any]) -> str:
    """One validation failure: row (from 1), key, column, value and the rule broken."""
    index = case["index"]
    if _is_label(index):
        where = f"row {int(index) + 1}" if isinstance(index, Integral) else f"row {index}"
        if _is_label(case["row_key"]):
            where += f" [{case['row_key']}]"
    else:
        where = "table"
    return f"{where} {case['column']} = {_show(case['failure_case'])}: {case['check']}"


def _same(x: Any, y: Any) -> bool:
    if _is_label(x) != _is_label(y):
        return False
    return not _is_label(x) or x == y


def _is_label(value: Any) -> bool:
    try:
        return not bool(pd.isna(value))
    except (TypeError, ValueError):
        return True


def _show(value: Any) -> str:
    if not _is_label(value):
        return "null"
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 3] + "..."


def _short(digest: str) -> str:
    return digest.removeprefix("sha256:")[:16] + "..."


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
