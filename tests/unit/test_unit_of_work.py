"""A failure of the database leaves a unit of work as a domain error a caseworker can act
on, whatever the driver said; an error that is a bug stays what it is.

Each failure is made for real where SQLite can make it (a lock held by another program, a
stale revision, a constraint, a file that is gone); the driver's own errors of the server
are named by their SQLSTATE code and checked on the classification.
"""

from __future__ import annotations

import logging
import shutil
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from backends import sqlite_connection
from sqlalchemy import event, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm.exc import StaleDataError
from sqlite_locks import impatient, other_program, write_lock_held

from maatwerkdesk.domain.dossier import DossierFields, DossierRecord
from maatwerkdesk.domain.errors import (
    ConcurrentEditError,
    DatabaseBusyError,
    DatabaseError,
    DatabaseRefusedError,
    DatabaseUnavailableError,
    ReadOnlyRefusedError,
)
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.models import AuditRow, DossierRow
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.unit_of_work import database_error, reading, writing

PERSONAL = "Jansen-Achternaam 123456782"
"""Stands for personal data in a statement's values: it must never reach the log."""


@pytest.fixture
def sqlite_database(database: Database) -> Database:
    """The test's database; on SQLite one that waits only briefly for a lock."""
    return impatient(database) if database.is_sqlite else database


@pytest.fixture
def first(sqlite_database: Database, context: Context) -> DossierRecord:
    with writing(sqlite_database) as session:
        return dossiers.create_dossier(session, context, DossierFields(title="Eerste"))


def title_of(database: Database, dossier_id: str) -> str:
    with reading(database) as session:
        row = session.get(DossierRow, dossier_id)
        assert row is not None
        return row.title


@pytest.mark.sqlite_only
def test_a_database_locked_by_another_program_is_busy_not_a_crash(
    sqlite_database: Database, context: Context
) -> None:
    with (
        write_lock_held(str(sqlite_database.engine.url.database)),
        pytest.raises(DatabaseBusyError) as busy,
        writing(sqlite_database) as session,
    ):
        dossiers.create_dossier(session, context, DossierFields(title="Tweede"))
    assert str(busy.value) == (
        "De database is bezig met werk van een collega of een ander programma en kon niet op "
        "tijd antwoorden. Wacht een moment en probeer het opnieuw."
    )
    assert isinstance(busy.value.__cause__, OperationalError)
    with writing(sqlite_database) as session:  # and once it is free, it just works
        dossiers.create_dossier(session, context, DossierFields(title="Tweede"))


def test_a_revision_changed_meanwhile_is_a_concurrent_edit_and_audited_as_a_conflict(
    sqlite_database: Database, context: Context, first: DossierRecord
) -> None:
    dossier_id = first.id
    fields = replace(first.fields, title="Mijn versie")
    with (
        pytest.raises(ConcurrentEditError, match="intussen gewijzigd") as stale,
        writing(sqlite_database) as session,
    ):
        # Another workstation saves between this unit's read and its write, as a
        # server's read-committed transactions allow.
        @event.listens_for(session, "before_flush", once=True)
        def _saved_elsewhere(session: Any, *_: Any) -> None:
            session.connection().execute(
                text("UPDATE dossier SET revision = revision + 1 WHERE id = :id"),
                {"id": dossier_id},
            )

        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=first.revision
        )
    assert isinstance(stale.value.__cause__, StaleDataError)
    assert title_of(sqlite_database, dossier_id) == "Eerste"
    with reading(sqlite_database) as session:
        attempt = session.scalars(
            select(AuditRow).where(AuditRow.name == "dossiers.update_dossier")
        ).one()
    assert attempt.result == "conflict"


@pytest.mark.sqlite_only
def test_a_stale_object_saved_by_another_program_meanwhile_is_a_concurrent_edit(
    sqlite_database: Database, first: DossierRecord
) -> None:
    with reading(sqlite_database) as session:
        row = session.get(DossierRow, first.id)
    with closing(other_program(str(sqlite_database.engine.url.database))) as other:
        other.execute("UPDATE dossier SET revision = revision + 1, title = 'Elders'")
    with pytest.raises(ConcurrentEditError), writing(sqlite_database) as session:
        session.add(row)
        row.title = "Hier"
    assert title_of(sqlite_database, first.id) == "Elders"


def test_a_broken_constraint_is_refused_by_the_database_and_the_log_holds_no_values(
    sqlite_database: Database,
    context: Context,
    first: DossierRecord,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with writing(sqlite_database) as session:
        other = dossiers.create_dossier(session, context, DossierFields(title="Tweede"))
    caplog.set_level(logging.DEBUG)
    with pytest.raises(DatabaseRefusedError) as refused, writing(sqlite_database) as session:
        session.execute(
            text("UPDATE dossier SET title = :title, reference = :reference WHERE id = :id"),
            {"title": PERSONAL, "reference": other.reference, "id": first.id},
        )
    assert str(refused.value).startswith("De database weigert dit, omdat het een regel")
    assert "probeer het opnieuw" in str(refused.value)
    assert PERSONAL in str(refused.value.__cause__)  # the driver's message holds it…
    code = "SQLITE_CONSTRAINT" if sqlite_database.is_sqlite else "23505"  # no extended codes
    assert f"IntegrityError [{code}]" in caplog.text
    assert PERSONAL not in caplog.text  # …the log does not
    assert PERSONAL not in str(refused.value)


@pytest.mark.usefixtures("first")
def test_a_rule_a_trigger_enforces_is_refused_by_the_database(sqlite_database: Database) -> None:
    with pytest.raises(DatabaseRefusedError), writing(sqlite_database) as session:
        for statement in REFUSING_TRIGGER[sqlite_database.engine.dialect.name]:
            session.execute(text(statement))  # on the server undone with the failed unit
        session.execute(text("UPDATE dossier SET title = 'Anders'"))


REFUSING_TRIGGER = {
    "sqlite": [
        "CREATE TEMP TRIGGER no_changes BEFORE UPDATE ON dossier "
        "BEGIN SELECT RAISE(ABORT, 'gewijzigd na ondertekening'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION no_changes() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'gewijzigd na ondertekening'; END $$",
        "CREATE TRIGGER no_changes BEFORE UPDATE ON dossier "
        "FOR EACH ROW EXECUTE FUNCTION no_changes()",
    ],
}


def test_a_database_file_that_is_gone_is_unavailable(tmp_path: Path) -> None:
    database = open_database(tmp_path / "share" / "test.sqlite3")
    database.engine.dispose()
    shutil.rmtree(tmp_path / "share")  # a network drive that went away
    with pytest.raises(DatabaseUnavailableError) as gone, reading(database) as session:
        session.execute(text("SELECT count(*) FROM dossier"))
    database.close()
    assert str(gone.value).startswith("Het databasebestand kan niet worden geopend")
    assert "functioneel beheerder" in str(gone.value)


def test_a_write_slipped_into_a_read_stays_a_bug(
    sqlite_database: Database, context: Context
) -> None:
    with pytest.raises(DBAPIError, match=r"read.?only"), reading(sqlite_database) as s:
        dossiers.create_dossier(s, context, DossierFields(title="Stiekem"))


def test_an_error_in_the_program_stays_a_bug(sqlite_database: Database) -> None:
    with (
        pytest.raises(DBAPIError, match=r"no such table|does not exist"),
        writing(sqlite_database) as s,
    ):
        s.execute(text("SELECT * FROM no_such_table"))


def driver_error(sql: str, database: Path, *, read_only: bool = False) -> Any:
    """What SQLite itself raises for `sql` on the file `database`."""
    connection = sqlite_connection(database, read_only=read_only, isolation_level=None)
    try:
        connection.execute(sql)
    except cipher.driver().Error as error:
        return error
    finally:
        connection.close()
    raise AssertionError(f"{sql} did not fail")


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("first")
def test_a_database_file_that_may_only_be_read_refuses_writing(sqlite_database: Database) -> None:
    path = Path(str(sqlite_database.engine.url.database))
    error = driver_error("UPDATE dossier SET title = 'x'", path, read_only=True)
    assert error.sqlite_errorname == "SQLITE_READONLY"
    refused = database_error(OperationalError("UPDATE", {}, error), writing=True)
    assert isinstance(refused, ReadOnlyRefusedError)
    assert str(refused).endswith("Vraag uw functioneel beheerder om schrijfrechten.")


def test_a_file_that_is_no_database_is_told_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "geen-database.sqlite3"
    path.write_bytes(b"dit is geen database" * 100)
    error = database_error(
        OperationalError("SELECT", {}, driver_error("SELECT 1 FROM x", path)), writing=False
    )
    assert isinstance(error, DatabaseUnavailableError)
    assert "beschadigd" in str(error)


class ServerError(Exception):
    """A PostgreSQL driver's error as psycopg 3 raises it: its code is `sqlstate`."""

    def __init__(self, sqlstate: str | None) -> None:
        super().__init__(f"server said something with {PERSONAL}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("wrapper", "sqlstate", "kind", "words"),
    [
        (OperationalError, "08006", DatabaseUnavailableError, "niet bereikbaar"),
        (OperationalError, None, DatabaseUnavailableError, "niet bereikbaar"),
        (OperationalError, "57P01", DatabaseUnavailableError, "niet bereikbaar"),
        (OperationalError, "53300", DatabaseUnavailableError, "niet bereikbaar"),
        (OperationalError, "53100", DatabaseUnavailableError, "vol"),
        (OperationalError, "28P01", DatabaseUnavailableError, "wachtwoord"),
        (OperationalError, "3D000", DatabaseUnavailableError, "bestaat niet"),
        (OperationalError, "40P01", DatabaseBusyError, "bezig"),
        (OperationalError, "40001", DatabaseBusyError, "bezig"),
        (OperationalError, "55P03", DatabaseBusyError, "bezig"),
        (OperationalError, "57014", DatabaseBusyError, "bezig"),
        (IntegrityError, "23505", DatabaseRefusedError, "regel"),
        (IntegrityError, "23514", DatabaseRefusedError, "regel"),
        (ProgrammingError, "P0001", DatabaseRefusedError, "regel"),
        (ProgrammingError, "42501", ReadOnlyRefusedError, "geen rechten"),
        (ProgrammingError, "25006", ReadOnlyRefusedError, "alleen lezen"),
    ],
)
def test_a_servers_failure_is_told_by_its_sqlstate(
    wrapper: type[OperationalError], sqlstate: str | None, kind: type, words: str
) -> None:
    error = database_error(wrapper("SELECT", {}, ServerError(sqlstate)), writing=True)
    assert type(error) is kind
    assert words in str(error)
    assert PERSONAL not in str(error)


def test_a_servers_error_in_the_program_stays_a_bug() -> None:
    syntax = ProgrammingError("SELEC", {}, ServerError("42601"))
    assert database_error(syntax, writing=True) is None


def test_every_failure_says_what_to_do_next() -> None:
    """One sentence of what happened, and one of what to do: never the driver's words."""
    from maatwerkdesk.services import unit_of_work

    failures = [v for v in vars(unit_of_work).values() if isinstance(v, unit_of_work.Failure)]
    assert failures
    for failure in failures:
        message = str(failure.error())
        assert issubclass(failure.kind, DatabaseError | ConcurrentEditError)
        assert message.endswith(".")
        assert any(
            verb in failure.next
            for verb in ("probeer", "Probeer", "Vraag", "vraag", "meld", "Meld", "Open", "Maak")
        )
