"""Errors the core raises; their messages are Dutch sentences a caseworker can act on."""

from __future__ import annotations


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
    """Someone else saved the same record after it was opened here."""


class UnavailableError(DomainError):
    """The database cannot be opened: not there, not reachable, or the login is refused."""
