"""Another program holding an SQLite file's write lock, and connections that wait for it
only briefly, so a test sees "database is locked" in 50 ms instead of the app's 10 s."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from backends import sqlite_connection
from sqlalchemy import event

from maatwerkdesk.persistence.db import Database

PATIENCE_MS = 50


def impatient(database: Database) -> Database:
    """Connections made from now on wait `PATIENCE_MS` for a lock."""
    assert database.is_sqlite

    @event.listens_for(database.engine, "connect")
    def _impatient(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout={PATIENCE_MS}")

    database.engine.dispose()
    return database


def other_program(path: Path | str) -> Any:
    """A connection of another program to the file, in autocommit, that waits for no lock."""
    return sqlite_connection(path, timeout=PATIENCE_MS / 1000, isolation_level=None)


@contextmanager
def write_lock_held(path: Path | str) -> Iterator[Any]:
    """Another program (an import, say) holds the write lock meanwhile."""
    other = other_program(path)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        other.execute("ROLLBACK")
        other.close()
