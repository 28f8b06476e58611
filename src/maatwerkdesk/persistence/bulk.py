"""New records written many at a time: one INSERT executed for a list of rows.

The ORM's unit of work costs a flush, identity-map bookkeeping and often a query per
object; an import or the demo adds hundreds of thousands of rows, so they build plain
dicts (persistence/mapping.py and the services' value functions) and write them here.
Columns left out get their model's default; every row is new, so its revision is 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from maatwerkdesk.persistence.base import Base, new_id, new_ids
from maatwerkdesk.persistence.case_index import index_inserted

CHUNK = 500
"""Ids per IN (...) query, well below every database's parameter limit."""

_MISSING = object()


@dataclass(frozen=True)
class _Column:
    key: str
    process: Callable[[Any], Any] | None
    """The type's conversion to what the driver takes (SQLAlchemy's own), if any."""
    fill: Callable[[int], list[Any]] | None = None
    """Rows without this column: the primary key's default, made for each of them."""
    filled: Any = _MISSING
    """A row without this column, otherwise: the default, made once per statement (so
    every row of one statement has the same `created_at`)."""


def _plan(table: Table, given: set[str], dialect: Dialect) -> list[_Column]:
    """How each column of the statement gets its value: given, or its default."""
    plan = []
    for column in table.columns:
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        default = column.default
        arg = getattr(default, "arg", None) if default is not None else None
        if column.primary_key:
            if getattr(arg, "__wrapped__", None) is new_id:
                plan.append(_Column(column.key, process, fill=new_ids))
            elif callable(arg):
                made = _made_each(arg)
                plan.append(_Column(column.key, process, fill=made))
            elif column.key in given:
                plan.append(_Column(column.key, process))
            continue  # else the database makes it (an integer key)
        if callable(arg):
            filled = arg(None)  # SQLAlchemy wraps a default callable to take a context
        elif default is not None:
            filled = arg
        elif column.key == "revision":
            filled = 1  # a new record's first revision
        elif column.nullable:
            filled = None
        else:
            filled = _MISSING  # must be given
        plan.append(_Column(column.key, process, filled=filled))
    return plan


def _made_each(default: Callable[[Any], Any]) -> Callable[[int], list[Any]]:
    return lambda count: [default(None) for _ in range(count)]  # takes a context


def insert_records(session: Session, model: type[Base], rows: Iterable[dict[str, Any]]) -> int:
    """Insert `rows` (column name → value) as new records of `model`; returns how many.

    Rows may leave out any column that has a default. Each value is converted by its
    column type as SQLAlchemy converts it, but without SQLAlchemy's bookkeeping per row
    (three times the driver's own cost). Pending ORM objects are flushed first, so rows
    may refer to them. Signed versions and imported precedents are indexed as a flush
    indexes them (persistence/case_index.py).
    """
    table = model.__table__
    assert isinstance(table, Table)
    rows = list(rows)
    if not rows:
        return 0
    session.flush()
    connection = session.connection()
    insert_rows(connection, table, rows)
    index_inserted(connection, table, rows)
    return len(rows)


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` into `table` as `insert_records` does, and nothing beside them: rows
    copied as another database holds them (a laptop's briefcase), the index with them."""
    if not rows:
        return
    given: set[str] = set().union(*rows)
    plan = _plan(table, given, connection.dialect)
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=[c.key for c in plan])
    if compiled.positional:
        position = {c.key: c for c in plan}
        plan = [position[name] for name in compiled.positiontup or ()]
    values = _values(rows, plan)
    if connection.dialect.name == "postgresql":
        _insert_copied(connection, table, [c.key for c in plan], values)
    elif compiled.positional:
        connection.exec_driver_sql(str(compiled), values)
    else:
        keys = [c.key for c in plan]
        connection.exec_driver_sql(str(compiled), [dict(zip(keys, v, strict=True)) for v in values])


def _insert_copied(
    connection: Connection, table: Table, keys: list[str], values: list[tuple[Any, ...]]
) -> None:
    """On a server, all rows in one COPY: one statement (so the triggers that check a
    statement's rows together, the lease check, run once) at half the cost of an INSERT
    of arrays, and a fifth of an executemany's. The driver's error is raised as SQLAlchemy
    raises it for a statement it runs (a duplicate key: `IntegrityError`), which the
    services turn into a refusal."""
    dialect = connection.dialect
    columns = ", ".join(dialect.identifier_preparer.quote(key) for key in keys)
    statement = f"COPY {dialect.identifier_preparer.format_table(table)} ({columns}) FROM STDIN"
    driver = connection.connection.driver_connection
    assert driver is not None
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in values:
                copy.write_row(row)
    except dialect.loaded_dbapi.Error as error:
        raise DBAPIError.instance(
            statement, None, error, dialect.loaded_dbapi.Error, dialect=dialect
        ) from error


def _values(rows: list[dict[str, Any]], plan: list[_Column]) -> list[tuple[Any, ...]]:
    """The rows as tuples in `plan`'s order, converted column by column."""
    shapes: dict[frozenset[str], tuple[dict[str, Any], list[_Column]]] = {}
    waiting: dict[str, list[dict[str, Any]]] = {c.key: [] for c in plan if c.fill is not None}
    for row in rows:
        shape = frozenset(row)
        filling = shapes.get(shape)
        if filling is None:  # rows built by one piece of code leave out the same columns
            missing = [c for c in plan if c.key not in shape]
            lacking = [c.key for c in missing if c.fill is None and c.filled is _MISSING]
            if lacking:
                raise ValueError(f"a new row has no value for {', '.join(lacking)}")
            filling = shapes[shape] = (
                {c.key: c.filled for c in missing if c.fill is None},
                [c for c in missing if c.fill is not None],
            )
        row.update(filling[0])
        for column in filling[1]:
            waiting[column.key].append(row)
    for column in plan:
        if column.fill is not None and waiting[column.key]:
            made = column.fill(len(waiting[column.key]))
            for row, value in zip(waiting[column.key], made, strict=True):
                row[column.key] = value
    get = itemgetter(*(c.key for c in plan))
    columns: list[Sequence[Any]] = list(zip(*map(get, rows), strict=True))
    for index, column in enumerate(plan):
        if column.process is not None:
            columns[index] = _converted(columns[index], column.process)
    return list(zip(*columns, strict=True))


def _converted(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """`values` converted; NULL stays NULL, and a value that is the very object of the
    row before (a timestamp shared by many rows) or an empty list or mapping (JSON) is
    converted once."""
    out: list[Any] = []
    last: Any = _MISSING
    last_out: Any = None
    empty: dict[type, Any] = {}
    for value in values:
        if value is None:
            out.append(None)
        elif value is last:
            out.append(last_out)
        elif not value and type(value) in (list, dict):
            kind = type(value)
            if kind not in empty:
                empty[kind] = process(value)
            out.append(empty[kind])
        else:
            last, last_out = value, process(value)
            out.append(last_out)
    return out


def in_chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    """`values` in slices small enough for one IN (...) query on every database."""
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]
