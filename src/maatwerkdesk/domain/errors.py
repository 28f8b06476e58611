"""Errors the core raises; their messages are Dutch sentences a caseworker can act on."""

from __future__ import annotations

from datetime import datetime


class DomainError(Exception):
    """An expected failure whose message can be shown to the user as it is."""


class ValidationError(DomainError):
    """A value that breaks a rule; `field` names the field so the UI can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(DomainError):
    """The requested record does not exist (or has been deleted)."""


class ConcurrentEditError(DomainError):
    """Someone else saved the same record after it was opened here: seen by a service
    comparing revisions, or by the database refusing a stale one (the unit of work).

    A service names who changed it and when (`changed_by`, `changed_at`), so the app can
    offer the choice between the new version and keeping one's own as a concept; the
    database's refusal at flush cannot, and leaves them empty.
    """

    def __init__(
        self, message: str, *, changed_by: str = "", changed_at: datetime | None = None
    ) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at


class DatabaseError(DomainError):
    """The database did not do what a unit of work asked; nothing of that unit was stored.

    The services' unit of work (services/unit_of_work.py) raises one of the subclasses in
    place of the driver's error; the message says what happened and what to do next.
    """


class DatabaseUnavailableError(DatabaseError):
    """The database cannot be reached or read: the server is down or out of reach, the
    file is missing, unreadable or damaged, or its disk is full."""


class ServerUnreachableError(DatabaseUnavailableError):
    """The team database's server does not answer (the network, or the server, is down):
    a laptop with a briefcase works on that offline."""


class PasswordNeededError(DatabaseUnavailableError):
    """A database server asks for a password that was not stored, or refused the stored
    one. The app asks for it (and stores it once the server accepts it); the command line
    says where to store it."""

    def __init__(self, message: str, *, user: str, address: str, refused: bool) -> None:
        super().__init__(message)
        self.user = user
        self.address = address
        """Server and database, as the prompt names them: 'db.example:5432/maatwerk'."""
        self.refused = refused
        """True when the server refused a password; False when none was given."""


class DatabaseBusyError(DatabaseError):
    """Another program held the database for longer than a unit of work waits: a lock,
    a busy file, a deadlock or a time-out on the server. Trying again usually helps."""


class DatabaseRefusedError(DatabaseError):
    """The database refused a change by a rule it enforces itself: a constraint (a value
    that already exists, does not fit, or points nowhere) or a rule in a trigger."""


class ReadOnlyRefusedError(DatabaseError):
    """Writing was refused: the database is read-only here (file permissions, a standby
    server) or this login may not change what was asked (the server's rights)."""
