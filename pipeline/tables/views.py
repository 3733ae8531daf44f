"""Views of a table, declared with it in the registry: its own columns, columns of the rows its
foreign keys point at, and counts of the rows of other tables that point at it.

A view says which columns it shows, in order; how to join is read from the foreign keys
declared in the registry, so the SQL (``pipeline.publish.sqlite``) is derived, never written
by hand. A column the view takes from its table keeps that table's description; a column it
adds (a looked-up name, a count) has the view's own, since it says something about this row
that the other table's description does not.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lookup:
    """Column ``column`` of the row that the table's foreign key on ``via`` points at (null
    when ``via`` is null)."""

    name: str
    via: str
    column: str
    description: str


@dataclass(frozen=True)
class Count:
    """How many rows of ``table`` point at this row through that table's foreign key on
    ``via``."""

    name: str
    table: str
    via: str
    description: str


ViewColumn = str | Lookup | Count
"""A column of the view: a column of its table (by name), a :class:`Lookup` or a
:class:`Count`."""


@dataclass(frozen=True)
class View:
    """A view of one table, in the table's sort order."""

    name: str
    description: str
    columns: tuple[ViewColumn, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c if isinstance(c, str) else c.name for c in self.columns)
