"""New records written many at a time: one INSERT executed for a list of rows.

The ORM's unit of work costs a flush, identity-map bookkeeping and often a query per
object; an import or the demo adds hundreds of thousands of rows, so they build plain
dicts (persistence/mapping.py and the services' value functions) and write them here.
Columns left out get their model's default; every row is new, so its revision is 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from maatwerkdesk.persistence.base import Base

CHUNK = 500
"""Ids per IN (...) query, well below every database's parameter limit."""

_defaults: dict[str, dict[str, Callable[[], Any]]] = {}


def _column_defaults(table: Table) -> dict[str, Callable[[], Any]]:
    """Per column of `table`, how a row that leaves it out gets its value: the column's
    Python-side default, else NULL where that is allowed."""
    known = _defaults.get(table.name)
    if known is None:
        known = {}
        for column in table.columns:
            default = column.default
            arg = getattr(default, "arg", None) if default is not None else None
            if callable(arg):
                known[column.key] = lambda arg=arg: arg(None)  # wrapped: takes a context
            elif default is not None:
                known[column.key] = lambda arg=arg: arg
            elif column.key == "revision":
                known[column.key] = lambda: 1  # a new record's first revision
            elif column.nullable and not column.primary_key:
                known[column.key] = lambda: None
        _defaults[table.name] = known
    return known


def insert_records(session: Session, model: type[Base], rows: Iterable[dict[str, Any]]) -> int:
    """Insert `rows` (column name → value) as new records of `model`; returns how many.

    Rows may leave out any column that has a default; they are completed here, so every
    row of the statement has the same columns. Pending ORM objects are flushed first, so
    rows may refer to them.
    """
    table = model.__table__
    assert isinstance(table, Table)
    defaults = _column_defaults(table)
    complete = []
    for row in rows:
        for key, make in defaults.items():
            if key not in row:
                row[key] = make()
        complete.append(row)
    if complete:
        session.flush()
        _execute_many(session, table, complete)
    return len(complete)


def _execute_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One INSERT for all rows, each value converted by its column type as SQLAlchemy
    would, but without its per-row bookkeeping (three times the driver's own cost)."""
    connection = session.connection()
    dialect = connection.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    convert = [(key, table.c[key].type.bind_processor(dialect)) for key in keys]
    if compiled.positional:
        order = [convert[keys.index(name)] for name in compiled.positiontup or ()]
        positional = [
            tuple(row[key] if process is None else process(row[key]) for key, process in order)
            for row in rows
        ]
        connection.exec_driver_sql(str(compiled), positional)
    else:
        named = [
            {key: row[key] if process is None else process(row[key]) for key, process in convert}
            for row in rows
        ]
        connection.exec_driver_sql(str(compiled), named)


def in_chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    """`values` in slices small enough for one IN (...) query on every database."""
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]
