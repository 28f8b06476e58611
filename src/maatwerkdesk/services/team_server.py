"""Setting up and looking after a team database on a PostgreSQL server (`maatwerkdesk
server`): its schema, roles and grants, the people's logins, and what is going on.

Each act opens the database at the address given, as the login in it (its password from
the keyring), and says in one sentence what stands in the way: an address that is no
server, a server that cannot be reached, a login or password refused, a database that is
not there, a schema newer than this program (services/unavailable.py). Setting up and
adding people is for the database's owner; see docs/team-server.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.people import Discipline, Role, User, login_for
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.persistence.connection import OpenError
from maatwerkdesk.persistence.db import Database, connection_problems, database_url, open_database
from maatwerkdesk.persistence.migrate import checked_revision
from maatwerkdesk.persistence.migrations import HEAD_REVISION
from maatwerkdesk.persistence.models import UserRow
from maatwerkdesk.persistence.server import Login, session_login
from maatwerkdesk.persistence.server_setup import (
    Connected,
    add_login,
    connections,
    create_group_roles,
    grant,
    login_problem,
    may_create_roles,
    missing_group_roles,
)
from maatwerkdesk.services import users
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.unavailable import SETUP, explained
from maatwerkdesk.services.unit_of_work import told_as_domain_errors
from maatwerkdesk.services.workspace import server_password


@contextmanager
def _opened(target: str, *, migrate: bool) -> Iterator[Database]:
    """The team database at `target`, opened as its URL's login (migrated first if
    `migrate`); every failure to reach or open it told as one sentence."""
    try:
        if database_url(target).get_backend_name() != "postgresql":
            raise DomainError(
                said(
                    "team_server",
                    "‘{target}’ is een bestand; ‘maatwerkdesk server’ is voor een teamdatabase "
                    "op een PostgreSQL-server: geef een adres als "
                    "postgresql+psycopg://gebruiker@server:5432/database.",
                ).format(target=target)
            )
        with told_as_domain_errors(writing=migrate):
            database = open_database(target, migrate=migrate, password=server_password(target))
    except OpenError as problem:
        raise explained(problem) from problem
    try:
        yield database
    finally:
        database.close()


def _revision(database: Database) -> str | None:
    """The schema's revision; a schema newer than this program is told as a sentence."""
    try:
        with told_as_domain_errors(writing=False), connection_problems(database.engine.url):
            return checked_revision(database.engine)
    except OpenError as problem:
        raise explained(problem) from problem


def _as_owner(session: Session, database: Database, refusal: Sentence) -> Login:
    """The session's login, refused with `refusal` (its fields `login`, `database` and
    `setup` filled in) unless it owns the database."""
    login = session_login(session)
    if not login.privileged:
        raise DomainError(
            refusal.format(login=login.name, database=database.engine.url.database, setup=SETUP)
        )
    return login


@dataclass(frozen=True)
class Initialised:
    before: str | None
    """The schema's revision before (None: an empty database)."""
    revision: str
    roles_made: tuple[str, ...]
    """The group roles made now; empty when they were there already."""


def init_server(target: str) -> Initialised:
    """Create or upgrade the schema, make the group roles and give them their rights;
    running it again changes nothing (after an upgrade it grants what new tables need)."""
    with _opened(target, migrate=False) as database:
        before = _revision(database)
    with (
        _opened(target, migrate=True) as database,
        told_as_domain_errors(writing=True),
        database.sessions.begin() as session,
    ):
        login = _as_owner(
            session,
            database,
            said(
                "team_server",
                "Login ‘{login}’ is niet de eigenaar van database ‘{database}’; het inrichten "
                "doet de eigenaar ({setup}).",
            ),
        )
        connection = session.connection()
        if missing_group_roles(connection) and not may_create_roles(connection):
            raise DomainError(
                said(
                    "team_server",
                    "Login ‘{login}’ mag geen rollen aanmaken op de databaseserver. Geef hem dat "
                    "recht (ALTER ROLE {login} CREATEROLE), of laat een beheerder van de server "
                    "de database inrichten.",
                ).format(login=login.name)
            )
        made = create_group_roles(connection)
        grant(connection)
    return Initialised(before, HEAD_REVISION, tuple(made))


def _current(database: Database) -> None:
    revision = _revision(database)
    if not revision:
        raise DomainError(
            said(
                "team_server",
                "Database ‘{database}’ is nog niet ingericht voor deze versie van MaatwerkDesk "
                "(schema leeg, nodig {needed}). Voer eerst uit: maatwerkdesk server init ADRES.",
            ).format(database=database.engine.url.database, needed=HEAD_REVISION)
        )
    if revision != HEAD_REVISION:
        raise DomainError(
            said(
                "team_server",
                "Database ‘{database}’ is nog niet ingericht voor deze versie van MaatwerkDesk "
                "(schema {schema}, nodig {needed}). Voer eerst uit: maatwerkdesk server init "
                "ADRES.",
            ).format(database=database.engine.url.database, schema=revision, needed=HEAD_REVISION)
        )


@dataclass(frozen=True)
class Added:
    user: User
    login: str
    new_login: bool
    """Whether the login was made now (otherwise it existed and got these roles)."""
    new_user: bool
    """Whether the user record was made now (otherwise it got the login and roles)."""


def add_server_user(
    target: str,
    context: Context,
    name: str,
    roles: Iterable[Role],
    discipline: Discipline | None = None,
    login: str | None = None,
) -> Added:
    """A person on the team database: their login (made if needed, a member of exactly
    the group roles of `roles`, allowed to connect; no password is set) and the user
    record keyed to it. For someone already there, roles and discipline are set anew."""
    chosen = tuple(roles)
    login = login if login is not None else login_for(name)
    problem = login_problem(login)
    if problem is not None:
        raise DomainError(problem)
    with (
        _opened(target, migrate=False) as database,
        told_as_domain_errors(writing=True),
        database.sessions.begin() as session,
    ):
        _current(database)
        _as_owner(
            session,
            database,
            said(
                "team_server",
                "Login ‘{login}’ is niet de eigenaar van database ‘{database}’; mensen "
                "toevoegen doet de eigenaar ({setup}).",
            ),
        )
        connection = session.connection()
        if missing_group_roles(connection):
            raise DomainError(
                said(
                    "team_server",
                    "De rollen van MaatwerkDesk ontbreken op de server. Voer eerst uit: "
                    "maatwerkdesk server init ADRES.",
                )
            )
        user, new_user = users.key_to_login(session, context, name, chosen, discipline, login)
        new_login = add_login(connection, login, user.roles)
    return Added(user, login, new_login, new_user)


@dataclass(frozen=True)
class ServerStatus:
    database: str
    address: str
    revision: str | None
    people: tuple[tuple[User, str | None], ...]
    """Every user, with the login keyed to them (None: none)."""
    connected: tuple[Connected, ...]
    program_revision: str = HEAD_REVISION
    """The schema this version of the program works with."""

    @property
    def current(self) -> bool:
        """Whether the database's schema is the one this program works with."""
        return self.revision == self.program_revision


def server_status(target: str) -> ServerStatus:
    """The schema's version, who works with the database (name, login, roles), and the
    program's connections to it now."""
    with _opened(target, migrate=False) as database:
        revision = _revision(database)
        if revision is None:
            raise DomainError(
                said(
                    "team_server",
                    "Database ‘{database}’ is leeg: er is nog geen MaatwerkDesk in ingericht. "
                    "Voer uit: maatwerkdesk server init ADRES.",
                ).format(database=database.engine.url.database)
            )
        with told_as_domain_errors(writing=False), database.reads() as session:
            rows = session.scalars(
                select(UserRow).where(UserRow.deleted_at.is_(None)).order_by(UserRow.name)
            ).all()
            people = tuple((users.to_user(row), row.login) for row in rows)
            connected = tuple(connections(session.connection()))
        url = database.engine.url
        address = f"{url.host or 'localhost'}:{url.port or 5432}"
        return ServerStatus(url.database or "", address, revision, people, connected)
