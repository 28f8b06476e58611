"""A team database on the test server set up as a functioneel beheerder would: `server
init` as its owner, and people added with `server add-user`, each with a login of their
own. The logins belong to the whole server, so they are dropped again afterwards."""

from __future__ import annotations

from collections.abc import Iterable

from backends import PostgresServer

from maatwerkdesk.domain.people import Discipline, Role, User, login_for
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services import team_server
from maatwerkdesk.services.context import Context

OWNER = Context(actor="eigenaar", origin="test")


class TeamDatabase:
    """A fresh database at the current schema, set up by `server init` (as the test
    server's administrator, who owns it); `close` drops it and the logins made for it."""

    def __init__(self, server: PostgresServer, label: str = "team") -> None:
        self.server = server
        self.name = server.fresh(label)
        self.owner_url = server.url_of(self.name)
        team_server.init_server(self.owner_url)
        self.logins: dict[str, str] = {}
        """User id → login: dropped with the database."""
        self.extra: list[str] = []
        """Copies of the database a test made: dropped with it."""
        self._opened: list[Database] = []

    def add(
        self, name: str, roles: Role | Iterable[Role], discipline: Discipline | None = None
    ) -> User:
        """A person with a login of their own and these roles (`server add-user`)."""
        login = self.server.login_name(login_for(name))
        chosen = [roles] if isinstance(roles, Role) else list(roles)
        added = team_server.add_server_user(self.owner_url, OWNER, name, chosen, discipline, login)
        self.logins[added.user.id] = login
        return added.user

    def url(self, user: User) -> str:
        """The database's address as the user's login (trusted on loopback: no password)."""
        return self.server.url_of(self.name, username=self.logins[user.id])

    def open_as(self, user: User) -> Database:
        database = open_database(self.url(user))
        self._opened.append(database)
        return database

    def open_owner(self) -> Database:
        database = open_database(self.owner_url)
        self._opened.append(database)
        return database

    def close(self) -> None:
        for database in self._opened:
            database.close()
        self.server.drop([self.name, *self.extra])
        self.server.drop_roles(list(self.logins.values()))
