"""Writers take SQLite's write lock when they begin; reads take none, keep the snapshot they
began with and may not write (on PostgreSQL too)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import engine_of, sqlite_connection
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context


@pytest.fixture
def other_program(database: Database) -> Iterator[Any]:
    """A second connection to the same file that will not wait for a lock."""
    path = database.engine.url.database
    assert path is not None
    connection = sqlite_connection(path, timeout=0.05, isolation_level=None)
    yield connection
    connection.close()


def can_write(connection: Any) -> bool:
    try:
        connection.execute("BEGIN IMMEDIATE")
    except cipher.driver().OperationalError as error:
        assert "locked" in str(error)
        return False
    connection.execute("ROLLBACK")
    return True


def write_elsewhere(database: Database, statement: str) -> None:
    """Another program writes and commits, without waiting for any lock."""
    options = {"timeout": 0.05} if database.is_sqlite else {"options": "-c lock_timeout=50"}
    engine = engine_of(database.engine.url, poolclass=NullPool, connect_args=options)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.mark.sqlite_only
def test_a_unit_of_work_holds_the_write_lock_from_its_first_read(
    database: Database, other_program: Any
) -> None:
    with database.sessions.begin() as session:
        session.execute(text("SELECT count(*) FROM dossier")).scalar_one()
        assert not can_write(other_program)
    assert can_write(other_program)


def test_a_read_takes_no_write_lock_and_keeps_its_snapshot(
    database: Database, context: Context
) -> None:
    with database.sessions.begin() as session:
        dossiers.create_dossier(session, context, DossierFields(title="Gelezen"))
    with database.reads() as session:
        assert dossiers.count_dossiers(session, dossiers.DossierQuery()) == 1
        write_elsewhere(database, "UPDATE dossier SET title = 'Elders gewijzigd'")
        # The read keeps the snapshot it started with.
        assert [s.title for s in dossiers.list_dossiers(session, dossiers.DossierQuery())] == [
            "Gelezen"
        ]


def test_a_read_may_not_write_and_leaves_the_connection_fit_for_writing(
    database: Database, context: Context
) -> None:
    with database.reads() as session, pytest.raises(DBAPIError, match=r"read-?only"):
        dossiers.create_dossier(session, context, DossierFields(title="Stiekem"))
    with database.sessions.begin() as session:
        dossiers.create_dossier(session, context, DossierFields(title="Gewoon"))
    with database.reads() as session:
        titles = [s.title for s in dossiers.list_dossiers(session, dossiers.DossierQuery())]
    assert titles == ["Gewoon"]
