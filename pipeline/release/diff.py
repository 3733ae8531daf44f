"""What changed between two releases of the dataset: rows added, removed and changed, by table.

Rows are matched by their primary key first (``office_id``, ``program_id``, ...). Ids are slugs
of names, so a renamed office gets a new id; rows left over are then matched by the table's
fallback keys (its :class:`~pipeline.tables.registry.DiffRules`: for offices, acronym, then
name, then description within the same source, each only where it is unique on both sides),
then by a similar label (most alike pair first, at least :data:`SIMILAR_NAMES`), and last
an office by the programs it runs, so a rename is one change rather than a removal and an
addition. References (``parent_id``,
``office_id``, ``parent_program_id``) are compared through those matches: a child of a renamed
office is not reported as re-parented. Evidence and offsets are not compared; they move
whenever the page text around a row changes.

Two releases of different versions may differ in their tables' columns (a release before
``asserted_by``) or lack a table (a release before ``corrections``): the diff says which
columns and tables were added or removed, and compares rows on the columns both have.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

import pandas as pd

from pipeline.tables.frames import canonical, row_keys
from pipeline.tables.registry import TABLES, TableSpec, dependency_order, table_spec

SIMILAR_NAMES = 0.6


# What a change to a column is called, from its old and new value; others are "<column> changed".
KINDS: dict[str, Callable[[Any, Any], str]] = {
    "name": lambda old, new: "renamed",
    "acronym": lambda old, new: "acronym removed" if new is None else "new acronym",
    "expansion": lambda old, new: "new expansion",
    "parent_id": lambda old, new: "re-parented",
    "parent_program_id": lambda old, new: "re-parented",
    "office_id": lambda old, new: "moved to another office",
    "unit_type": lambda old, new: "new unit type",
    "sha256": lambda old, new: "page content changed",
    "as_of": lambda old, new: "as-of date removed" if new is None else "new as-of date",
}


@dataclass(frozen=True)
class RowRef:
    """A row named by its key (as one string) and a readable label."""

    id: str
    label: str | None


@dataclass(frozen=True)
class RowChange:
    """One matched row whose compared columns differ: ``fields`` maps column to (old, new)."""

    old_id: str
    new_id: str
    kinds: tuple[str, ...]
    fields: dict[str, tuple[Any, Any]]


@dataclass(frozen=True)
class TableDiff:
    table: str
    added: tuple[RowRef, ...]
    removed: tuple[RowRef, ...]
    changed: tuple[RowChange, ...]
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()
    presence: str | None = None
    """``"new table"`` or ``"table removed"`` when only one release has it."""

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.changed
            or self.columns_added
            or self.columns_removed
            or self.presence
        )

    @property
    def same_columns(self) -> bool:
        return not (self.columns_added or self.columns_removed or self.presence)


@dataclass(frozen=True)
class DatasetDiff:
    tables: tuple[TableDiff, ...]

    @property
    def empty(self) -> bool:
        return all(t.empty for t in self.tables)

    def table(self, name: str) -> TableDiff:
        return next(t for t in self.tables if t.table == name)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data: per table, lists of added, removed and changed rows."""
        return {
            t.table: {
                **_columns_json(t),
                "added": [{"id": r.id, "label": r.label} for r in t.added],
                "removed": [{"id": r.id, "label": r.label} for r in t.removed],
                "changed": [
                    {
                        "old_id": c.old_id,
                        "new_id": c.new_id,
                        "kinds": list(c.kinds),
                        "fields": {k: {"old": o, "new": n} for k, (o, n) in c.fields.items()},
                    }
                    for c in t.changed
                ],
            }
            for t in self.tables
        }


def _columns_json(t: TableDiff) -> dict[str, Any]:
    """The table's added and removed columns, for releases of different versions only."""
    if t.same_columns:
        return {}
    out: dict[str, Any] = {"presence": t.presence} if t.presence else {}
    return {
        **out,
        "columns_added": list(t.columns_added),
        "columns_removed": list(t.columns_removed),
    }


def diff_datasets(old: Mapping[str, pd.DataFrame], new: Mapping[str, pd.DataFrame]) -> DatasetDiff:
    """The differences from ``old`` to ``new`` (both: frames by table name). A table one side
    lacks counts as empty there; rows are compared on the columns both sides have."""
    old, new = _aligned(old, new)
    id_maps: dict[str, dict[Any, Any]] = {}
    results: dict[str, TableDiff] = {}
    programs = (_rows("programs", old["programs"]), _rows("programs", new["programs"]))
    program_pairs = _matched("programs", *programs)[0]
    # A table's references point at itself or at a table matched before it.
    for table in dependency_order():
        spec = table_spec(table)
        shared = set(old[table].columns) & set(new[table].columns)
        pairs, removed, added = _matched(table, _rows(table, old[table]), _rows(table, new[table]))
        if table == "offices":
            successors = match_by_programs(removed, added, *programs, program_pairs)
            pairs += successors
            removed = [r for r in removed if all(r is not o for o, _ in successors)]
            added = [r for r in added if all(r is not n for _, n in successors)]
        if len(spec.primary_key) == 1:
            id_maps[table] = {o[spec.primary_key[0]]: n[spec.primary_key[0]] for o, n in pairs}
        changes = [c for o, n in pairs if (c := _change(spec, o, n, id_maps, shared)) is not None]
        results[table] = TableDiff(
            table=table,
            added=tuple(sorted((_ref(spec, r) for r in added), key=lambda r: r.id)),
            removed=tuple(sorted((_ref(spec, r) for r in removed), key=lambda r: r.id)),
            changed=tuple(sorted(changes, key=lambda c: (c.new_id, c.old_id))),
            columns_added=tuple(c for c in new[table].columns if c not in old[table].columns),
            columns_removed=tuple(c for c in old[table].columns if c not in new[table].columns),
            presence=_presence(table, old, new),
        )
    return DatasetDiff(tables=tuple(results[table] for table in TABLES))


def _aligned(
    old: Mapping[str, pd.DataFrame], new: Mapping[str, pd.DataFrame]
) -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    """Both sides with every registered table: one a side lacks is an empty frame with the
    other side's columns (marked, so it is reported as a new or removed table)."""
    out_old, out_new = dict(old), dict(new)
    for table in TABLES:
        if table not in old and table not in new:
            columns = list(table_spec(table).columns)
            out_old[table] = out_new[table] = pd.DataFrame(columns=columns)
        elif table not in old:
            out_old[table] = _absent(new[table])
        elif table not in new:
            out_new[table] = _absent(old[table])
    return out_old, out_new


def _absent(like: pd.DataFrame) -> pd.DataFrame:
    frame = like.iloc[0:0].copy()
    frame.attrs[_ABSENT] = True
    return frame


_ABSENT = "absent from this release"


def _presence(
    table: str, old: Mapping[str, pd.DataFrame], new: Mapping[str, pd.DataFrame]
) -> str | None:
    if old[table].attrs.get(_ABSENT):
        return "new table"
    if new[table].attrs.get(_ABSENT):
        return "table removed"
    return None


def _matched(
    table: str, old_rows: list[dict], new_rows: list[dict]
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Rows paired by key, then each fallback, then a similar label; and the rows left over."""
    spec = table_spec(table)
    pairs, removed, added = match_rows(old_rows, new_rows, (spec.primary_key, *spec.diff.fallbacks))
    if spec.label_column is None:
        return pairs, removed, added
    similar = match_similar(removed, added, spec.label_column)
    removed = [r for r in removed if all(r is not o for o, _ in similar)]
    added = [r for r in added if all(r is not n for _, n in similar)]
    return pairs + similar, removed, added


def match_by_programs(
    old: Sequence[dict],
    new: Sequence[dict],
    old_programs: Sequence[dict],
    new_programs: Sequence[dict],
    program_pairs: Sequence[tuple[dict, dict]],
) -> list[tuple[dict, dict]]:
    """Pair a left-over old office with the left-over new office of the same source that now
    runs every program it ran (at least one, each matched), when no other old office goes to
    the same new one: an office renamed beyond recognition ("Office of Products and Programs"
    becoming "Office of Solutions") keeps its programs."""
    runner = {o["program_id"]: n["office_id"] for o, n in program_pairs}
    new_by_id = {row["office_id"]: row for row in new}
    candidates: dict[Any, list[dict]] = {}
    for office in old:
        ran = [p["program_id"] for p in old_programs if p["office_id"] == office["office_id"]]
        now = {runner.get(program_id) for program_id in ran}
        if len(now) != 1:
            continue
        (target,) = now
        if target in new_by_id and new_by_id[target]["source_id"] == office["source_id"]:
            candidates.setdefault(target, []).append(office)
    return [
        (offices[0], new_by_id[target])
        for target, offices in candidates.items()
        if len(offices) == 1
    ]


def match_rows(
    old: Sequence[dict], new: Sequence[dict], keys: Sequence[tuple[str, ...]]
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pair rows by each key in turn (a key with a null part never matches; a key value
    repeated on either side is skipped); the pairs, then the old and new rows left over."""
    old_left, new_left = list(old), list(new)
    pairs: list[tuple[dict, dict]] = []
    for key in keys:
        old_index = _unique_index(old_left, key)
        new_index = _unique_index(new_left, key)
        matched = [(old_index[k], new_index[k]) for k in old_index if k in new_index]
        pairs.extend(matched)
        used_old = {id(o) for o, _ in matched}
        used_new = {id(n) for _, n in matched}
        old_left = [r for r in old_left if id(r) not in used_old]
        new_left = [r for r in new_left if id(r) not in used_new]
    return pairs, old_left, new_left


def match_similar(old: Sequence[dict], new: Sequence[dict], column: str) -> list[tuple[dict, dict]]:
    """Pair rows of the same source whose ``column`` values are alike (difflib ratio at least
    :data:`SIMILAR_NAMES`), most alike first; ties go to the earlier rows."""
    scored = []
    for i, o in enumerate(old):
        for j, n in enumerate(new):
            a, b = o.get(column), n.get(column)
            if o.get("source_id") != n.get("source_id") or a is None or b is None:
                continue
            ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
            if ratio >= SIMILAR_NAMES:
                scored.append((-ratio, i, j))
    pairs, used_old, used_new = [], set(), set()
    for _, i, j in sorted(scored):
        if i not in used_old and j not in used_new:
            pairs.append((old[i], new[j]))
            used_old.add(i)
            used_new.add(j)
    return pairs


def _unique_index(rows: Sequence[dict], key: tuple[str, ...]) -> dict[tuple, dict]:
    index: dict[tuple, dict] = {}
    repeated: set[tuple] = set()
    for row in rows:
        value = tuple(row.get(k) for k in key)
        if any(v is None for v in value):
            continue
        if value in index:
            repeated.add(value)
        index[value] = row
    return {k: v for k, v in index.items() if k not in repeated}


def _change(
    spec: TableSpec,
    old: dict,
    new: dict,
    id_maps: Mapping[str, Mapping[Any, Any]],
    shared: set[str],
) -> RowChange | None:
    fields: dict[str, tuple[Any, Any]] = {}
    references = spec.references
    for column in (c for c in spec.diff.compared if c in shared):
        before, after = old.get(column), new.get(column)
        if column in references and before is not None:
            translated = id_maps.get(references[column], {}).get(before, before)
            if translated == after:
                continue
        if before != after:
            fields[column] = (before, after)
    if not fields:
        return None
    kinds = [_kind(column, *values) for column, values in fields.items()]
    return RowChange(
        old_id=old["_key"],
        new_id=new["_key"],
        kinds=tuple(dict.fromkeys(kinds)),
        fields=fields,
    )


def _kind(column: str, old: Any, new: Any) -> str:
    name = KINDS.get(column)
    return name(old, new) if name else f"{column} changed"


def _rows(table: str, df: pd.DataFrame) -> list[dict]:
    """The rows of a frame as dicts of plain Python values (nulls as None), with ``_key``."""
    frame = canonical(table, df)
    keys = row_keys(table, frame)
    rows = []
    for (_, row), key in zip(frame.iterrows(), keys, strict=True):
        values = {c: _plain(v) for c, v in row.items()}
        values["_key"] = key
        rows.append(values)
    return rows


def _ref(spec: TableSpec, row: dict) -> RowRef:
    label = row.get(spec.label_column) if spec.label_column else None
    return RowRef(id=row["_key"], label=label if isinstance(label, str) else None)


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return value
    return value.item() if hasattr(value, "item") else value


def format_diff(diff: DatasetDiff, *, width: int = 80) -> str:
    """The diff as text: a summary line per table, then ``+``, ``-`` and ``~`` lines."""
    lines = []
    for t in diff.tables:
        if t.empty:
            lines.append(f"{t.table}: no changes")
            continue
        rows = f"{len(t.added)} added, {len(t.removed)} removed, {len(t.changed)} changed"
        if not t.same_columns:
            versions = [t.presence] if t.presence else []
            versions += [f"columns added: {', '.join(t.columns_added)}"] * bool(t.columns_added)
            versions += [f"columns removed: {', '.join(t.columns_removed)}"] * bool(
                t.columns_removed
            )
            moved = t.added or t.removed or t.changed
            rows = "; ".join([*versions, rows if moved else "no row changes"])
        lines.append(f"{t.table}: {rows}")
        lines.extend(f"  + {r.id}" + (f"  {r.label}" if r.label else "") for r in t.added)
        lines.extend(f"  - {r.id}" + (f"  {r.label}" if r.label else "") for r in t.removed)
        for c in t.changed:
            ids = c.new_id if c.old_id == c.new_id else f"{c.old_id} -> {c.new_id}"
            lines.append(f"  ~ {ids}  ({', '.join(c.kinds)})")
            for column, values in c.fields.items():
                before, after = _from_difference(*values, width)
                lines.append(f"      {column}: {_short(before, width)} -> {_short(after, width)}")
    return "\n".join(lines)


def _from_difference(before: Any, after: Any, width: int) -> tuple[Any, Any]:
    """Two long texts that start alike, each shown from a little before where they differ."""
    if not (isinstance(before, str) and isinstance(after, str)):
        return before, after
    same = next(
        (i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
        min(len(before), len(after)),
    )
    if same < width // 2:
        return before, after
    start = same - 20
    return "..." + before[start:], "..." + after[start:]


def _short(value: Any, width: int) -> str:
    """A value on one line (runs of whitespace shown as one space), cut at ``width``."""
    if value is None:
        return "null"
    text = f'"{" ".join(value.split())}"' if isinstance(value, str) else str(value)
    return text if len(text) <= width else text[: width - 4] + '..."'
