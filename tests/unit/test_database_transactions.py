"""Writers take SQLite's write lock when they begin; reads take none and may not write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context


@pytest.fixture
def other_program(database: Database) -> Iterator[sqlite3.Connection]:
    """A second connection to the same file that will not wait for a lock."""
    path = database.engine.url.database
    assert path is not None
    connection = sqlite3.connect(path, timeout=0.05, isolation_level=None)
    yield connection
    connection.close()


def can_write(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return False
    connection.execute("ROLLBACK")
    return True


def test_a_unit_of_work_holds_the_write_lock_from_its_first_read(
    database: Database, other_program: sqlite3.Connection
) -> None:
    with database.sessions.begin() as session:
        session.execute(text("SELECT count(*) FROM dossier")).scalar_one()
        assert not can_write(other_program)
    assert can_write(other_program)


def test_a_read_takes_no_write_lock(
    database: Database, other_program: sqlite3.Connection, context: Context
) -> None:
    with database.sessions.begin() as session:
        dossiers.create_dossier(session, context, DossierFields(title="Gelezen"))
    with database.reads() as session:
        assert dossiers.count_dossiers(session, dossiers.DossierQuery()) == 1
        assert can_write(other_program)
        other_program.execute("UPDATE dossier SET title = 'Elders gewijzigd'")
        # The read keeps the snapshot it started with.
        assert [s.title for s in dossiers.list_dossiers(session, dossiers.DossierQuery())] == [
            "Gelezen"
        ]


def test_a_read_may_not_write_and_leaves_the_connection_fit_for_writing(
    database: Database, context: Context
) -> None:
    with database.reads() as session, pytest.raises(OperationalError, match="readonly"):
        dossiers.create_dossier(session, context, DossierFields(title="Stiekem"))
    with database.sessions.begin() as session:
        dossiers.create_dossier(session, context, DossierFields(title="Gewoon"))
    with database.reads() as session:
        titles = [s.title for s in dossiers.list_dossiers(session, dossiers.DossierQuery())]
    assert titles == ["Gewoon"]
