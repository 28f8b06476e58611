"""Why a database could not be opened, told apart so the user can be told what to do.

`open_database` raises `OpenError` for a target that is no database it can open and
for a server that cannot be reached or refuses the login; the services turn it into a
sentence (services/workspace.py). libpq reports a failed connection as text only: whether
a password was asked for or used it says as flags, the rest is read from its (English)
messages, and anything not recognised is passed on as the server said it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import URL


class Problem(StrEnum):
    BAD_URL = "bad_url"
    UNREACHABLE = "unreachable"
    NO_PASSWORD = "no_password"
    WRONG_PASSWORD = "wrong_password"
    NO_LOGIN = "no_login"
    NO_DATABASE = "no_database"
    NO_RIGHTS = "no_rights"
    REFUSED = "refused"
    NEWER_SCHEMA = "newer_schema"


@dataclass(frozen=True)
class Server:
    """Where a server database is: what the messages name (never the password)."""

    host: str
    port: int | None
    """As the URL gives it (None: the default, 5432)."""
    user: str
    database: str

    @classmethod
    def of(cls, url: URL) -> Server:
        return cls(url.host or "localhost", url.port, url.username or "", url.database or "")

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port or 5432}"


class OpenError(Exception):
    def __init__(
        self, problem: Problem, *, target: str = "", server: Server | None = None, detail: str = ""
    ) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.target = target
        """What was given as the database, its password masked (BAD_URL)."""
        self.server = server
        self.detail = detail
        """The server's own words for a refusal not recognised (REFUSED); the schema
        version found (NEWER_SCHEMA)."""


INSUFFICIENT_PRIVILEGE = "42501"
_PASSWORD_IN_URL = re.compile(r"(://[^:/@]*:)[^@/]*@")
_UNREACHABLE = (
    "connection refused",
    "could not translate host name",
    "failed to resolve host",
    "timeout expired",
    "no route to host",
    "network is unreachable",
    "connection timed out",
)


def masked(target: str) -> str:
    """`target` as it may be shown: a password in a URL replaced by ***."""
    return _PASSWORD_IN_URL.sub(r"\1***@", target)


def bad_url(target: str) -> OpenError:
    return OpenError(Problem.BAD_URL, target=masked(target))


def failed_connection(error: BaseException, url: URL) -> OpenError | None:
    """What went wrong when connecting to a PostgreSQL server and reading or migrating its
    schema, or None if `error` (an SQLAlchemy error) is none of that."""
    driver_error: Any = getattr(error, "orig", None)
    if getattr(driver_error, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        return OpenError(Problem.NO_RIGHTS, server=Server.of(url))
    pgconn = getattr(driver_error, "pgconn", None)
    if pgconn is None or pgconn.backend_pid:  # connected: not a connection problem
        return None
    server = Server.of(url)
    message = str(driver_error)
    lowered = message.lower()
    if "permission denied for database" in message:  # signed in, but not added to this one
        return OpenError(Problem.NO_RIGHTS, server=server)
    if pgconn.needs_password:  # asked for one and given none
        return OpenError(Problem.NO_PASSWORD, server=server)
    if pgconn.used_password:
        return OpenError(Problem.WRONG_PASSWORD, server=server)
    if f'database "{server.database}" does not exist' in message:
        return OpenError(Problem.NO_DATABASE, server=server)
    if f'role "{server.user}" does not exist' in message:
        return OpenError(Problem.NO_LOGIN, server=server)
    if any(words in lowered for words in _UNREACHABLE):
        return OpenError(Problem.UNREACHABLE, server=server)
    said = message.rsplit("failed: ", 1)[-1].strip().splitlines()[0]
    return OpenError(Problem.REFUSED, server=server, detail=said)
