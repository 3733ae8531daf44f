"""Check a published folder as a consumer has it: maybe only some formats, maybe altered.

What is checked, each only where its files are present:

- ``SHA256SUMS``: every listed file that is present has the listed digest (absent ones are
  skipped, like ``sha256sum -c --ignore-missing``, so a copy of one format checks clean);
- ``datapackage.json``: each present resource's bytes, hash and row count;
- each format present (all five tables of it): the files decode, and the tables satisfy the
  models, cross-table keys and evidence spans (the same validation as the build);
- the formats present hold the same data (rows paired by their primary key).

Every problem names the file and, for data, the row (counting from 1, in the file's order),
its key, the column and the value; a problem two checks come upon is reported once.

The folder may be hostile (see ``pipeline.publish.safe_read``): a symbolic link out of it is
refused before anything is read; a table file far larger than ``datapackage.json`` says is
not read at all, nor one over ``max_bytes``; each file is read once (its digest computed from
the bytes decoded, or streamed) and its shape checked before it is decoded.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from numbers import Integral
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.publish import formats as codec
from pipeline.publish.checksums import SUMS_FILE, parse_sums
from pipeline.publish.datapackage import PACKAGE_FILE, ROW_COUNT
from pipeline.publish.safe_read import (
    DEFAULT_MAX_BYTES,
    MAX_METADATA_BYTES,
    UnsafeFolderError,
    check_links,
    check_shape,
    file_size,
    load_json,
    read_limited,
    sha256_streamed,
)
from pipeline.tables.frames import row_keys
from pipeline.tables.registry import TABLES
from pipeline.tables.validation import validate_dataset

MAX_VALUE = 60
# A table file is read only if at most twice (plus this) the size datapackage.json gives it: an
# edited file is still checked row by row, a 2 GB one where the package says 2 KB is not read.
SIZE_SLACK = 1024 * 1024
# The one table whose file a raw folder holds too (``sources.json``, the pages' metadata).
RAW_FOLDER_TABLE = "sources"


class FolderError(Exception):
    """The folder cannot be checked at all (missing, holds no table file, or a link out)."""


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


class _Files:
    """Each file of the folder read at most once: table files whole (bounded), for their
    digest and decoder; other files streamed, for their digest only."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.digests: dict[str, str | None] = {}
        self.not_read: set[str] = set()

    def data(self, name: str) -> bytes:
        """The bytes of a table file (``ValueError`` when it cannot be read); its digest kept."""
        try:
            data = read_limited(self.folder / name, self.max_bytes)
        except ValueError:
            self.not_read.add(name)
            raise
        self.digests[name] = hashlib.sha256(data).hexdigest()
        return data

    def digest(self, name: str) -> str | None:
        """The SHA-256 of a file; None when it was not (and will not be) read."""
        if name in self.not_read:
            return None
        if name not in self.digests:
            try:
                self.digests[name] = sha256_streamed(self.folder / name)
            except ValueError:
                self.digests[name] = None
        return self.digests[name]


def verify_folder(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> FolderCheck:
    """Check everything present in ``folder``; raises :class:`FolderError` when nothing is, or
    when the folder cannot be read safely (a symbolic link out of it)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderError(_not_a_folder(folder))
    try:
        check_links(folder)
    except UnsafeFolderError as exc:
        raise FolderError(str(exc)) from None
    check = FolderCheck(folder=folder, formats=present_formats(folder))
    if not check.formats:
        example = codec.table_filename(TABLES[0], codec.FORMATS[0])
        raise FolderError(f"{folder}: no table files here (such as {example})")
    files = _Files(folder, max_bytes)
    package_check = FolderCheck(folder=folder)
    package = _read_package(package_check)
    formats_check = FolderCheck(folder=folder, formats=check.formats)
    decoded = _check_formats(formats_check, files, _declared_sizes(package))
    _check_sums(check, files)
    _check_package(package_check, package, files)
    check.notes += package_check.notes + formats_check.notes
    check.problems += package_check.problems + formats_check.problems
    check.rows = formats_check.rows
    _check_same_data(check, decoded)
    _check_row_counts(check, decoded, package)
    # Each problem once, however many checks came upon it (same file, row, value and rule).
    check.problems = list(dict.fromkeys(check.problems))
    return check


def _check_sums(check: FolderCheck, files: _Files) -> None:
    path = check.folder / SUMS_FILE
    if file_size(path) is None:
        check.notes.append(f"no {SUMS_FILE}: file digests not checked")
        return
    try:
        digests = parse_sums(read_limited(path, MAX_METADATA_BYTES).decode("utf-8"))
    except ValueError as exc:
        check.problems.append(Problem(SUMS_FILE, _one_line(exc)))
        return
    absent, good, unread = 0, 0, 0
    for name, expected in digests.items():
        if file_size(check.folder / name) is None:
            absent += 1
            continue
        actual = files.digest(name)
        if actual is None:
            unread += 1
        elif actual == expected:
            good += 1
        else:
            message = f"SHA-256 {_short(actual)}, {SUMS_FILE} lists {_short(expected)}"
            check.problems.append(Problem(name, message))
    present = len(digests) - absent
    if not absent:
        note = f"{SUMS_FILE}: {good} of {present} listed files match"
    else:
        # Count against the listing, so that "6 of 6" never hides 23 files that were not there.
        matched = "all match" if good == present else f"{good} match"
        note = f"{SUMS_FILE}: {present} of {len(digests)} listed files present, {matched}"
    skipped = [f"{absent} absent, skipped"] if absent else []
    skipped += [f"{unread} not read"] if unread else []
    check.notes.append(note + (f" ({'; '.join(skipped)})" if skipped else ""))
    listed = set(digests) | {SUMS_FILE}
    unlisted = sorted(
        p.relative_to(check.folder).as_posix()
        for p in check.folder.rglob("*")
        if p.is_file() and p.relative_to(check.folder).as_posix() not in listed
    )
    if unlisted:
        check.notes.append(f"not in {SUMS_FILE} (not checked): {', '.join(unlisted)}")


def _read_package(check: FolderCheck) -> dict[str, Any] | None:
    path = check.folder / PACKAGE_FILE
    if file_size(path) is None:
        check.notes.append(f"no {PACKAGE_FILE}: resource sizes and hashes not checked")
        return None
    try:
        package = load_json(read_limited(path, MAX_METADATA_BYTES))
        if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
            raise ValueError("expected a JSON object with a list of resources")
    except ValueError as exc:
        check.problems.append(Problem(PACKAGE_FILE, f"cannot be read ({_one_line(exc)})"))
        return None
    return package


def _declared_sizes(package: Mapping[str, Any] | None) -> dict[str, int]:
    """The size in bytes ``datapackage.json`` gives each file, where it gives one."""
    if package is None:
        return {}
    return {
        resource["path"]: resource["bytes"]
        for resource in package["resources"]
        if isinstance(resource, dict)
        and isinstance(resource.get("path"), str)
        and isinstance(resource.get("bytes"), int)
    }


def _check_package(check: FolderCheck, package: dict[str, Any] | None, files: _Files) -> None:
    if package is None:
        return
    n_checked = 0
    for resource in package["resources"]:
        name = resource.get("path") if isinstance(resource, dict) else None
        if isinstance(name, str) and (name.startswith("/") or ".." in Path(name).parts):
            check.problems.append(
                Problem(PACKAGE_FILE, f"resource path {name!r} leaves the folder")
            )
            continue
        if not isinstance(name, str):
            continue
        size = file_size(check.folder / name)
        if size is None:
            continue
        n_checked += 1
        if resource.get("bytes") is not None and resource["bytes"] != size:
            check.problems.append(
                Problem(name, f"{size} bytes, {PACKAGE_FILE} says {resource['bytes']}")
            )
            continue
        declared = resource.get("hash")
        if isinstance(declared, str) and declared.startswith("sha256:"):
            actual = files.digest(name)
            if actual is not None and declared.removeprefix("sha256:") != actual:
                message = f"SHA-256 {_short(actual)}, {PACKAGE_FILE} says {_short(declared)}"
                check.problems.append(Problem(name, message))
    check.notes.append(f"{PACKAGE_FILE}: {n_checked} present resources checked")


def _not_a_folder(folder: Path) -> str:
    if folder.is_file():
        return f"{folder}: a file, not a folder: give the folder that holds it (and SHA256SUMS)"
    return f"{folder}: no such folder"


def read_table(folder: Path, name: str, fmt: str, table: str, data: bytes) -> pd.DataFrame:
    """Decode one table file whose bytes were read safely, each row indexed by its place in
    the file (so a failure's row is the file's); ``ValueError`` (one line) when its shape or
    content cannot be a table of the model."""
    check_shape(fmt, table, data)
    try:
        return codec.decode(fmt, table, data, keep_positions=True)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except Exception as exc:  # any decoder error means the file is unreadable
        raise ValueError(_one_line(exc)) from None


def _check_formats(
    check: FolderCheck, files: _Files, declared: Mapping[str, int]
) -> dict[str, dict[str, pd.DataFrame]]:
    """Decode and validate each present format; the fully decoded ones, by format."""
    decoded = {}
    for fmt in check.formats:
        frames: dict[str, pd.DataFrame] = {}
        for table in TABLES:
            name = codec.table_filename(table, fmt)
            size = file_size(check.folder / name)
            if size is None:
                if not (check.folder / name).exists():
                    message = f"missing (other {fmt} files are present)"
                else:
                    message = "not a regular file"
                check.problems.append(Problem(name, message))
                continue
            if name in declared and size > 2 * declared[name] + SIZE_SLACK:
                files.not_read.add(name)  # far larger than the package says: never read
                continue
            try:
                frames[table] = read_table(check.folder, name, fmt, table, files.data(name))
            except ValueError as exc:
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
    """Every format holds the rows of the first one found sound (no problem in any of its
    files), so a difference is reported on the format that is wrong, not on its good copies."""
    if len(decoded) < 2:
        return
    troubled = {problem.file for problem in check.problems}

    def sound(fmt: str) -> bool:
        return not any(codec.table_filename(table, fmt) in troubled for table in TABLES)

    first = next((fmt for fmt in decoded if sound(fmt)), next(iter(decoded)))
    reference = decoded[first]
    others = [(fmt, frames) for fmt, frames in decoded.items() if fmt != first]
    for fmt, frames in others:
        for table in TABLES:
            name = codec.table_filename(table, fmt)
            other = codec.table_filename(table, first)
            for difference in differences(reference[table], frames[table], table, other):
                check.problems.append(Problem(name, difference))


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
                        Problem(name, f"{_rows(len(df))}, {PACKAGE_FILE} says {expected}")
                    )


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def differences(a: pd.DataFrame, b: pd.DataFrame, table: str, reference: str) -> list[str]:
    """How ``b`` differs from ``a``, the same table read from the file ``reference``: one line
    per cell that differs, row of ``b`` that ``a`` lacks and row of ``a`` that ``b`` lacks;
    none when they hold the same rows.

    Rows are paired by the table's primary key (a key given twice, by its occurrences in
    order), never by their place, so a value that moves a row in the canonical order (a
    ``char_start``) is named as the one cell it is. A row is the file's own data row, counting
    from 1 (the frames keep each row's place in its file), in ``b``'s order."""
    if a.reset_index(drop=True).equals(b.reset_index(drop=True)):
        return []
    if list(a.columns) != list(b.columns):
        return [f"columns {list(b.columns)}, {reference} has {list(a.columns)}"]
    keys_a, keys_b = _paired_keys(table, a), _paired_keys(table, b)
    place_a = {key: i for i, key in enumerate(keys_a)}
    place_b = {key: j for j, key in enumerate(keys_b)}
    pairs = [(place_a[key], j) for j, key in enumerate(keys_b) if key in place_a]
    lines = [  # (row of b, what is wrong with it)
        (_row(b, j), f"row {_row(b, j)} [{key[0]}]: not in {reference}")
        for j, key in enumerate(keys_b)
        if key not in place_a
    ]
    rows_a, rows_b = [i for i, _ in pairs], [j for _, j in pairs]
    for column in a.columns:
        x, y = a[column].iloc[rows_a].tolist(), b[column].iloc[rows_b].tolist()
        for i, j, old, new in zip(rows_a, rows_b, x, y, strict=True):
            if not _same(old, new):
                where = f"row {_row(b, j)} [{keys_b[j][0]}] {column} = {_show(new)}"
                lines.append(
                    (_row(b, j), f"{where}: {reference} row {_row(a, i)} has {_show(old)}")
                )
    lines.sort(key=lambda line: line[0])  # stable: a row's cells stay in column order
    found = [line for _, line in lines]
    found += [
        f"no row [{key[0]}]: {reference} has it at row {_row(a, i)}"
        for i, key in enumerate(keys_a)
        if key not in place_b
    ]
    if not found:
        found = [
            f"column {column} is {b[column].dtype}, {reference} has {a[column].dtype}"
            for column in a.columns
            if a[column].dtype != b[column].dtype
        ]
    return found


def _paired_keys(table: str, df: pd.DataFrame) -> list[tuple[str, int]]:
    """Each row's primary key (as :func:`row_keys` writes it) and how many rows before it
    have the same key, so that every row has a key of its own."""
    seen: dict[str, int] = {}
    keys = []
    for key in row_keys(table, df).tolist():
        keys.append((key, seen.get(key, 0)))
        seen[key] = seen.get(key, 0) + 1
    return keys


def _row(df: pd.DataFrame, position: int) -> int:
    """The data row (from 1) of the frame's row at ``position``: its place in its file."""
    index = df.index[position]
    return int(index) + 1 if isinstance(index, Integral) else position + 1


def describe_failure(case: Mapping[Hashable, Any]) -> str:
    """One validation failure: row (from 1), key, column, value and the rule broken."""
    index = case["index"]
    if _is_label(index):
        where = f"row {int(index) + 1}" if isinstance(index, Integral) else f"row {index}"
        if _is_label(case["row_key"]):
            where += f" [{case['row_key']}]"
    else:
        where = "table"
    return f"{where} {case['column']} = {_show(case['failure_case'])}: {in_words(case['check'])}"


def in_words(check: Any) -> str:
    """A Pandera built-in check in words, its name kept ("must be one of a, b (isin)"); the
    models' own checks are named for what they require already (``parent_id_resolves``)."""
    text = str(check)
    for pattern, words in _IN_WORDS:
        found = pattern.fullmatch(text)
        if found:
            return f"{words(found)} ({text.split('(', 1)[0]})"
    return text


def _listed(found: re.Match[str]) -> str:
    try:
        values = ast.literal_eval(found[1])
    except (ValueError, SyntaxError):
        return f"must be one of {found[1]}"
    return "must be one of " + ", ".join(str(value) for value in values)


def _length(found: re.Match[str]) -> str:
    low, high = (None if bound == "None" else bound for bound in (found[1], found[2]))
    if low and high:
        return f"must be {low} to {high} characters long"
    return (
        f"must be at most {high} characters long"
        if high
        else f"must be at least {low} characters long"
    )


_IN_WORDS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"isin\((\[.*\])\)", re.DOTALL), _listed),
    (re.compile(r"str_matches\('(.*)'\)", re.DOTALL), lambda f: f"must match {f[1]}"),
    (re.compile(r"str_length\((\S+), (\S+)\)"), _length),
    (re.compile(r"greater_than_or_equal_to\((.*)\)"), lambda f: f"must be at least {f[1]}"),
    (re.compile(r"less_than_or_equal_to\((.*)\)"), lambda f: f"must be at most {f[1]}"),
    (re.compile(r"greater_than\((.*)\)"), lambda f: f"must be more than {f[1]}"),
    (re.compile(r"less_than\((.*)\)"), lambda f: f"must be less than {f[1]}"),
    (re.compile(r"not_nullable"), lambda f: "must not be empty"),
    (re.compile(r"field_uniqueness|unique"), lambda f: "must be unique"),
    (re.compile(r"dtype\('(.*)'\)"), lambda f: f"must be of type {f[1]}"),
)


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


def is_dataset_folder(folder: Path) -> bool:
    """True when ``folder`` holds any file only a published dataset has: a table other than
    ``sources``, the data package or the checksums (a raw folder has a sources.json, but never
    these). Links and special files count, so that the readers say what is wrong with them."""
    tables = [t for t in TABLES if t != RAW_FOLDER_TABLE]
    names = [
        PACKAGE_FILE,
        SUMS_FILE,
        *(codec.table_filename(t, fmt) for t in tables for fmt in codec.FORMATS),
    ]
    return any(os.path.lexists(folder / name) for name in names)


def not_a_dataset(folder: Path) -> str:
    """The one-line error for a folder that is no published dataset (a raw folder given by
    mistake): said the same way by every command that reads one."""
    return (
        f"{folder}: not a published dataset (no offices or other table, {PACKAGE_FILE} or"
        f" {SUMS_FILE}); give a folder that `ice-offices build` wrote, such as outputs"
    )


def first_format(folder: Path) -> str:
    """The first table format ``folder`` holds (CSV, Parquet, then JSON), after the guards
    every reader needs; :class:`FolderError` (one line) when it is missing, unsafe, holds
    no table files or is no published dataset."""
    if not folder.is_dir():
        raise FolderError(_not_a_folder(folder))
    try:
        check_links(folder)
    except UnsafeFolderError as exc:
        raise FolderError(str(exc)) from None
    if not is_dataset_folder(folder):
        raise FolderError(not_a_dataset(folder))
    formats = present_formats(folder)
    if not formats:
        raise FolderError(f"{folder}: no table files here")
    return formats[0]


def read_checked(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, pd.DataFrame]:
    """The tables of the first format ``folder`` holds (CSV, Parquet, then JSON), read with the
    same guards as :func:`verify_folder`; :class:`FolderError` (one line) when the folder is
    unsafe, unreadable or not a valid dataset, so ``show`` and ``diff`` never print junk."""
    folder = Path(folder)
    fmt = first_format(folder)
    frames = {}
    for table in TABLES:
        path = folder / codec.table_filename(table, fmt)
        try:
            data = read_limited(path, max_bytes)
            frames[table] = read_table(folder, path.name, fmt, table, data)
        except ValueError as exc:
            raise FolderError(f"{path}: cannot be read as {fmt} ({_one_line(exc)})") from None
    failing = [result for result in validate_dataset(frames) if not result.ok]
    if failing:
        total = sum(result.n_failures for result in failing)
        cases = failing[0].failure_cases.to_dict("records")
        first = describe_failure(cases[0]) if cases else "invalid"
        name = codec.table_filename(failing[0].table, fmt)
        raise FolderError(
            f"{folder}: not a valid dataset ({total} problem(s) in its {fmt} tables, first"
            f" {name}: {first}); ice-offices validate {folder} lists them and checks every format"
        )
    return {table: df.reset_index(drop=True) for table, df in frames.items()}
