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


class PasswordNeededError(DatabaseUnavailableError):
    """A server asks a password that the keyring does not hold, or refused the one it
    holds: the app asks it once and keeps it there."""

    def __init__(self, message: str, *, account: str, refused: bool) -> None:
        super().__init__(message)
        self.account = account
        """Where the password belongs in the keyring: 'login@server:port/database'."""
        self.refused = refused
        """Whether the server refused the password the keyring held."""


class DatabaseBusyError(DatabaseError):
    """Another program held the database for longer than a unit of work waits: a lock,
    a busy file, a deadlock or a time-out on the server. Trying again usually helps."""


class DatabaseRefusedError(DatabaseError):
    """The database refused a change by a rule it enforces itself: a constraint (a value
    that already exists, does not fit, or points nowhere) or a rule in a trigger."""


class ReadOnlyRefusedError(DatabaseError):
    """Writing was refused: the database is read-only here (file permissions, a standby
    server) or this login may not change what was asked (the server's rights)."""
