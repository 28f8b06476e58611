"""Units of work for the app and the command line: a session handed to the services, and
the database's failures told as domain errors.

`writing` frames one user action that may write as one transaction; `reading` a pure
read (see persistence/db.py for how each begins). When the database fails, the unit is
rolled back (and the attempt audited, persistence/db.py: UnitOfWorkSession) and the
driver's error is replaced by a `DatabaseError` whose message says, in Dutch, what
happened and what to do next; a stale revision becomes a `ConcurrentEditError`. An error
this module cannot place is a bug and goes on as it is.

The log gets the error's type and the driver's code, never its message: that can hold
the values of the statement, and so personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.exc import (
    DBAPIError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from maatwerkdesk.domain.errors import (
    ConcurrentEditError,
    DatabaseBusyError,
    DatabaseRefusedError,
    DatabaseUnavailableError,
    DomainError,
    ReadOnlyRefusedError,
)
from maatwerkdesk.domain.lease import ServerAwayError
from maatwerkdesk.domain.sentence import said

if TYPE_CHECKING:
    from maatwerkdesk.persistence.db import Database

__all__ = ["Session", "database_error", "reading", "writing"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    """What a caseworker is told: what happened, and what to do next."""

    kind: type[DomainError]
    what: str
    next: str

    def error(self) -> DomainError:
        return self.kind(
            said("unit_of_work", "{what} {next}").format(what=self.what, next=self.next)
        )


FILE_UNREACHABLE = Failure(
    DatabaseUnavailableError,
    said("unit_of_work", "Het databasebestand kan niet worden geopend, gelezen of beschreven."),
    said(
        "unit_of_work",
        "Controleer of de schijf of netwerkmap waarop het staat bereikbaar is en probeer het "
        "opnieuw; lukt het dan nog niet, meld het dan bij uw functioneel beheerder.",
    ),
)
SERVER_UNREACHABLE = Failure(
    DatabaseUnavailableError,
    said("unit_of_work", "De databaseserver is niet bereikbaar."),
    said(
        "unit_of_work",
        "Controleer uw netwerkverbinding en probeer het over een moment opnieuw; lukt het dan "
        "nog niet, meld het dan bij uw functioneel beheerder.",
    ),
)
DISK_FULL = Failure(
    DatabaseUnavailableError,
    said("unit_of_work", "De schijf waarop de database staat, is vol."),
    said(
        "unit_of_work",
        "Maak ruimte vrij of meld het bij uw functioneel beheerder, en probeer het dan opnieuw.",
    ),
)
DAMAGED = Failure(
    DatabaseUnavailableError,
    said("unit_of_work", "Het databasebestand is beschadigd of is geen database van MaatwerkDesk."),
    said("unit_of_work", "Werk er niet verder in en meld het direct bij uw functioneel beheerder."),
)
WRONG_LOGIN = Failure(
    DatabaseUnavailableError,
    said(
        "unit_of_work",
        "De databaseserver weigert de aanmelding: de gebruikersnaam of het wachtwoord klopt "
        "niet (meer).",
    ),
    said(
        "unit_of_work",
        "Controleer uw gegevens en probeer het opnieuw; weet u ze niet, vraag dan uw "
        "functioneel beheerder.",
    ),
)
NO_SUCH_DATABASE = Failure(
    DatabaseUnavailableError,
    said("unit_of_work", "De database bestaat niet (meer) op de databaseserver."),
    said(
        "unit_of_work",
        "Controleer het adres van de database; klopt het, meld het dan bij uw functioneel "
        "beheerder.",
    ),
)
BUSY = Failure(
    DatabaseBusyError,
    said(
        "unit_of_work",
        "De database is bezig met werk van een collega of een ander programma en kon niet op "
        "tijd antwoorden.",
    ),
    said("unit_of_work", "Wacht een moment en probeer het opnieuw."),
)
STALE = Failure(
    ConcurrentEditError,
    said("unit_of_work", "Iemand anders heeft dit intussen gewijzigd."),
    said(
        "unit_of_work",
        "Open het opnieuw om de nieuwe versie te zien en breng uw wijziging daar aan; kopieer "
        "zo nodig eerst uw tekst.",
    ),
)
CONSTRAINT = Failure(
    DatabaseRefusedError,
    said(
        "unit_of_work",
        "De database weigert dit, omdat het een regel voor de gegevens breekt: iets bestaat "
        "al, past niet of verwijst naar iets dat er niet meer is.",
    ),
    said(
        "unit_of_work",
        "Controleer wat u invoerde en probeer het opnieuw; lukt het niet, meld het dan bij uw "
        "functioneel beheerder.",
    ),
)
FILE_READ_ONLY = Failure(
    ReadOnlyRefusedError,
    said(
        "unit_of_work",
        "De database kan op deze computer alleen worden gelezen: er zijn geen schrijfrechten "
        "op het bestand of de map.",
    ),
    said("unit_of_work", "Vraag uw functioneel beheerder om schrijfrechten."),
)
SERVER_READ_ONLY = Failure(
    ReadOnlyRefusedError,
    said("unit_of_work", "De databaseserver staat op dit moment alleen lezen toe."),
    said(
        "unit_of_work",
        "Probeer het later opnieuw; duurt het lang, meld het dan bij uw functioneel beheerder.",
    ),
)
AWAY = Failure(
    ServerAwayError,
    said(
        "unit_of_work",
        "De databaseserver weigert dit: het dossier is meegenomen op de laptop van een "
        "collega. U kunt het lezen maar niet wijzigen.",
    ),
    said(
        "unit_of_work",
        "Open het opnieuw om te zien bij wie het is, en vraag die collega het terug te geven "
        "of de voorzitter de uitleen te beëindigen.",
    ),
)
NO_RIGHTS = Failure(
    ReadOnlyRefusedError,
    said("unit_of_work", "De databaseserver weigert dit: uw account heeft er geen rechten voor."),
    said(
        "unit_of_work",
        "Moet u dit wel kunnen, vraag dan uw functioneel beheerder om de juiste rol.",
    ),
)

SQLITE_FAILURES = {
    "SQLITE_BUSY": BUSY,
    "SQLITE_LOCKED": BUSY,
    "SQLITE_CANTOPEN": FILE_UNREACHABLE,
    "SQLITE_IOERR": FILE_UNREACHABLE,
    "SQLITE_PERM": FILE_UNREACHABLE,
    "SQLITE_FULL": DISK_FULL,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": DAMAGED,
    "SQLITE_CONSTRAINT": CONSTRAINT,  # a trigger's RAISE(ABORT, …) too
    "SQLITE_READONLY": FILE_READ_ONLY,
}
"""By SQLite's primary result code (`SQLITE_IOERR_WRITE` counts as `SQLITE_IOERR`)."""

SQLSTATE_FAILURES = {
    "08": SERVER_UNREACHABLE,  # connection exception
    "28": WRONG_LOGIN,  # invalid authorisation (a password changed meanwhile)
    "3D000": NO_SUCH_DATABASE,
    "53100": DISK_FULL,
    "53": SERVER_UNREACHABLE,  # insufficient resources: too many connections, memory
    "57P0": SERVER_UNREACHABLE,  # the server shuts down or restarts
    "40001": BUSY,  # serialisation failure
    "40P01": BUSY,  # deadlock
    "55P03": BUSY,  # lock not available
    "57014": BUSY,  # statement time-out
    "23": CONSTRAINT,  # integrity constraint violation
    "22": CONSTRAINT,  # data exception: a value the column cannot hold
    "P0001": CONSTRAINT,  # raised by a trigger or function: a rule the server enforces
    "25006": SERVER_READ_ONLY,  # read-only transaction: a standby server
    "42501": NO_RIGHTS,  # insufficient privilege, row-level security
    "MW001": AWAY,  # migration 0013: a write to a dossier on loan to someone else
}
"""PostgreSQL's SQLSTATE codes, by the longest prefix that matches."""


def failure_of(error: SQLAlchemyError, *, writing: bool) -> Failure | None:
    """What went wrong, in words for a caseworker; None for an error that is a bug."""
    if isinstance(error, StaleDataError):
        return STALE
    if not isinstance(error, DBAPIError):
        return None
    code = _driver_code(error) or ""
    if _is_sqlite_error(error.orig):
        failure = next((f for c, f in SQLITE_FAILURES.items() if code.startswith(c)), None)
    else:
        failure = _server_failure(error, code)
    if failure in (FILE_READ_ONLY, SERVER_READ_ONLY) and not writing:
        return None  # a write slipped into a read, which is read-only by design: a bug
    return failure


def _server_failure(error: DBAPIError, code: str) -> Failure | None:
    prefixes = sorted((c for c in SQLSTATE_FAILURES if code.startswith(c)), key=len)
    if code and prefixes:
        return SQLSTATE_FAILURES[prefixes[-1]]
    if error.connection_invalidated or isinstance(error, OperationalError | InterfaceError):
        return SERVER_UNREACHABLE  # no code: the connection failed or was lost
    if isinstance(error, IntegrityError):
        return CONSTRAINT
    return None


def database_error(error: SQLAlchemyError, *, writing: bool) -> DomainError | None:
    """The domain error to raise in place of `error`; None when it is a bug."""
    failure = failure_of(error, writing=writing)
    return None if failure is None else failure.error()


@contextmanager
def told_as_domain_errors(*, writing: bool) -> Iterator[None]:
    """Let a failure of the database leave as a `DomainError` (see the module docstring)."""
    try:
        yield
    except SQLAlchemyError as error:
        replacement = database_error(error, writing=writing)
        code = _driver_code(error)
        log.warning(
            "A %s failed in the database: %s%s, told as %s",
            "write" if writing else "read",
            type(error).__name__,
            f" [{code}]" if code else "",
            type(replacement).__name__ if replacement else "a bug",
        )
        if replacement is None:
            raise
        raise replacement from error


@contextmanager
def writing(database: Database) -> Iterator[Session]:
    """One unit of work that may write: committed at the end, rolled back on any error."""
    with told_as_domain_errors(writing=True), database.sessions.begin() as session:
        yield session


@contextmanager
def reading(database: Database) -> Iterator[Session]:
    """A pure read: a consistent snapshot, no write lock, and a write in it is a bug."""
    with told_as_domain_errors(writing=False), database.reads() as session:
        yield session


def _is_sqlite_error(driver_error: object) -> bool:
    """An error of SQLite's driver: the standard library's or SQLCipher's (`sqlcipher3`,
    whose errors are no `sqlite3.Error`s); both name SQLite's result code alike."""
    return hasattr(driver_error, "sqlite_errorname")


def _driver_code(error: SQLAlchemyError) -> str | None:
    """SQLite's result code (`SQLITE_BUSY`), or a server's SQLSTATE (`40P01`): psycopg 3
    calls it `sqlstate`, psycopg2 `pgcode`."""
    if not isinstance(error, DBAPIError):
        return None
    driver_error = error.orig
    if _is_sqlite_error(driver_error):
        return getattr(driver_error, "sqlite_errorname", None)
    state = getattr(driver_error, "sqlstate", None) or getattr(driver_error, "pgcode", None)
    return state if isinstance(state, str) else None
