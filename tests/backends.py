"""The databases the tests run on: SQLite files, and databases on a PostgreSQL server.

scripts/test.sh starts a throwaway PostgreSQL cluster and exports an administrator's URL to
it as `MAATWERKDESK_TEST_POSTGRES` (`postgresql+psycopg://postgres@127.0.0.1:PORT/postgres`).
Every PostgreSQL database a test gets is a copy (`CREATE DATABASE … TEMPLATE …`) of one
database migrated once per run, and is dropped when the test (or module) is done.

Without that variable the PostgreSQL tests are skipped, except where they must run: under CI
(`CI` set) or when `MAATWERKDESK_TEST_REQUIRE_POSTGRES` is set (scripts/test.sh sets it), a
missing server fails them.

SQLite files are encrypted as the program's are (persistence/cipher.py): those made here
with `TEST_KEY`, those a workspace made with a key in the keyring; `key_of` finds either.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.pool import NullPool

from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.cipher import FileKind
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services.store_keys import known_key

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
BACKENDS = (SQLITE, POSTGRESQL)
TEST_KEY = bytes(range(32))
"""The key of the SQLite files the tests make themselves (`Databases`)."""

PASSWORD_GROUP = "maatwerkdesk_met_wachtwoord"
"""The role whose members are the logins the test server asks a password of (its pg_hba.conf:
scripts/postgres.sh); each test process has one of its own (`PostgresServer.password_login`)."""
SERVER_VARIABLE = "MAATWERKDESK_TEST_POSTGRES"
REQUIRE_VARIABLE = "MAATWERKDESK_TEST_REQUIRE_POSTGRES"


def worker() -> str:
    """The name of this test process: pytest-xdist's worker id (`gw0`, `gw1`, …), or `main`
    in a run without workers. The names this process gives databases and logins on the
    shared server start with it."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def server_url() -> str | None:
    return os.environ.get(SERVER_VARIABLE) or None


def postgres_required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get(REQUIRE_VARIABLE))


def unavailable_reason() -> str:
    return (
        f"{SERVER_VARIABLE} is not set: no PostgreSQL server to test on "
        "(scripts/test.sh starts one)"
    )


class PostgresServer:
    """One server for the whole run: a template at the current schema, and copies of it."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self._template: str | None = None
        self._run = f"{worker()}_{uuid.uuid4().hex[:6]}"
        self._count = 0

    def _admin(self, database: str | None = None) -> psycopg.Connection[Any]:
        """A connection as the administrator, outside any transaction (to CREATE DATABASE)."""
        url = self.url.set(drivername="postgresql")
        if database is not None:
            url = url.set(database=database)
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def url_of(self, name: str, **login: str) -> str:
        """The URL of database `name`, as the administrator or as `username` (and `password`)."""
        return self.url.set(database=name, **login).render_as_string(hide_password=False)

    def password_login(self, password: str) -> str:
        """This process's login that must give its password, with this password now; its
        name. The group that makes the server ask for it is made by whichever process
        comes first; the others wait for it (an advisory lock of the session)."""
        login = f"{PASSWORD_GROUP}_{worker()}"
        with self._admin() as admin:
            admin.execute("SELECT pg_advisory_lock(hashtext(%s))", (PASSWORD_GROUP,))
            if not self._role_exists(admin, PASSWORD_GROUP):
                admin.execute(
                    sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(PASSWORD_GROUP))
                )
            admin.execute("SELECT pg_advisory_unlock(hashtext(%s))", (PASSWORD_GROUP,))
            verb = "ALTER" if self._role_exists(admin, login) else "CREATE"
            admin.execute(
                sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(
                    sql.SQL(verb), sql.Identifier(login), sql.Literal(password)
                )
            )
            admin.execute(
                sql.SQL("GRANT {} TO {}").format(
                    sql.Identifier(PASSWORD_GROUP), sql.Identifier(login)
                )
            )
        return login

    @staticmethod
    def _role_exists(admin: psycopg.Connection[Any], name: str) -> bool:
        found = admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        return found is not None

    def grant_everything(self, name: str, role: str) -> None:
        """Let `role` read and write every table of database `name` (roles of their own
        are the team server's business; this is only to have a login that can work)."""
        with self._admin(name) as admin:
            for kind in ("TABLES", "SEQUENCES"):
                admin.execute(f"GRANT ALL ON ALL {kind} IN SCHEMA public TO {role}")

    def _name(self, label: str) -> str:
        self._count += 1
        cleaned = "".join(c for c in label.lower() if c.isalnum())[:20]
        return f"mw_{self._run}_{self._count}_{cleaned}"

    def _create(self, name: str, template: str | None = None) -> None:
        suffix = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        with self._admin() as admin:
            admin.execute(f"CREATE DATABASE {name}{suffix}")

    def template(self) -> str:
        """The database at the current schema that every fresh one copies (made once)."""
        if self._template is None:
            name = self._name("template")
            self._create(name)
            open_database(self.url_of(name)).close()
            self._template = name
        return self._template

    def fresh(self, label: str) -> str:
        name = self._name(label)
        self._create(name, self.template())
        return name

    def empty(self, label: str) -> str:
        """A new database without a schema, as a server administrator makes one."""
        name = self._name(label)
        self._create(name)
        return name

    def login_name(self, label: str) -> str:
        """A login name of this run's own (logins belong to the whole server)."""
        self._count += 1
        return f"t{self._run}_{self._count}_{label}"[:63]

    def drop_roles(self, names: list[str]) -> None:
        """Drop logins made by a test, once the databases that know them are gone."""
        with self._admin() as admin:
            for name in names:
                admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))

    def copy(self, source: str, label: str) -> str:
        """A copy of `source`; nobody may be connected to it meanwhile."""
        name = self._name(label)
        self._create(name, source)
        return name

    def drop(self, names: list[str]) -> None:
        with self._admin() as admin:
            for name in names:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        if self._template is not None:
            self.drop([self._template])
            self._template = None


@dataclass
class Databases:
    """Fresh databases on one backend, for one test or one module; `close` removes them.

    A database is named by its *target*: what `open_database` and `--db` take (a file path
    on SQLite, a URL on PostgreSQL). A fresh SQLite database is a path where none exists yet
    (opening it migrates it); a fresh PostgreSQL database is already at the current schema.
    """

    backend: str
    folder: Path
    server: PostgresServer | None = None
    template: Path | None = None
    """An SQLite file at the current schema, made once per run, that `migrated` copies."""
    _made: list[str] = field(default_factory=list)
    _labels: dict[str, int] = field(default_factory=dict)

    @property
    def is_postgres(self) -> bool:
        return self.backend == POSTGRESQL

    @property
    def key(self) -> bytes | None:
        """What `open_database` takes as `key` for a fresh database here."""
        return None if self.is_postgres else TEST_KEY

    def fresh(self, label: str = "test") -> str:
        if self.server is None:
            return str(self._new_file(label))
        name = self.server.fresh(label)
        self._made.append(name)
        return self.server.url_of(name)

    def migrated(self, label: str = "test") -> str:
        """A fresh database already at the current schema. On SQLite a copy of `template`:
        migrating a new file takes some 0.2 s, copying it a millisecond."""
        if self.server is not None or self.template is None:
            return self.fresh(label)
        path = self._new_file(label)
        shutil.copy(self.template, path)  # its mode too: the program's files are 0600
        return str(path)

    def copy(self, target: str, label: str = "copy") -> str:
        """A copy of the database `target`, which nobody may be writing meanwhile."""
        if self.server is None:
            path = self._new_file(label)
            key = key_of(Path(target))
            salt = cipher.salt_of(Path(target)) if key else None
            with closing(cipher.connect(Path(target), key)) as source:
                cipher.copy_to(source, path, key, salt)
            return str(path)
        name = self.server.copy(_name_of(target), label)
        self._made.append(name)
        return self.server.url_of(name)

    def discard(self, target: str) -> None:
        """Remove a database made here before the test ends (many made in a loop)."""
        if self.server is None:
            for path in Path(target).parent.glob(f"{Path(target).name}*"):
                path.unlink()
        else:
            self._made.remove(_name_of(target))
            self.server.drop([_name_of(target)])

    def _new_file(self, label: str) -> Path:
        number = self._labels[label] = self._labels.get(label, 0) + 1
        return self.folder / (f"{label}.sqlite3" if number == 1 else f"{label}-{number}.sqlite3")

    def close(self) -> None:
        if self.server is not None and self._made:
            self.server.drop(self._made)
            self._made.clear()


def _name_of(url: str) -> str:
    name = make_url(url).database
    assert name is not None
    return name


def key_of(path: Path) -> bytes | None:
    """The key of the SQLite file `path`: the tests' own, or the keyring's (the test's, or
    that of its child processes); None for a plaintext file, or one without a key."""
    if cipher.kind_of(path) is not FileKind.ENCRYPTED:
        return None
    return TEST_KEY if cipher.opens_with(path, TEST_KEY) else known_key(path)


def sqlite_connection(path: Path | str, **options: Any) -> Any:
    """A driver connection of another program to the SQLite file `path`, keyed."""
    return cipher.connect(Path(path), key_of(Path(path)), **options)


def engine_of(target: str | URL, **options: Any) -> Engine:
    """An engine of another program on the database `target` (a path or a URL), keyed
    when it is an encrypted SQLite file; `options` go to `create_engine`."""
    url = make_url(target if "://" in str(target) else f"sqlite:///{target}")
    if url.get_backend_name() != "sqlite":
        return create_engine(url, **options)
    assert url.database is not None
    key = key_of(Path(url.database))
    engine = create_engine(url, module=cipher.driver(), **options)
    event.listen(engine, "connect", lambda connection, _: cipher.apply_key(connection, key))
    return engine


def open_existing(target: str | Path, **options: Any) -> Database:
    """The program's way into the existing database `target`, as a second program opens
    it: keyed as the file is (see `key_of`); `options` go to `open_database`."""
    text = str(target)
    url = make_url(text if "://" in text else f"sqlite:///{text}")
    key = (
        key_of(Path(url.database)) if url.get_backend_name() == "sqlite" and url.database else None
    )
    return open_database(text, key=key, **options)


APPEND_ONLY = "audit_record_append_only"
"""The trigger that keeps a server's audit trail append-only (migration 0012)."""


@contextmanager
def past_the_audit_rule(connection: Connection) -> Iterator[Connection]:
    """Within the connection's transaction, on PostgreSQL: the audit trail's append-only
    trigger switched off, as the database's owner can, and on again before it commits.
    How a test changes audit records the way someone with the database in hand would."""
    server = connection.dialect.name == "postgresql"
    if server:
        connection.exec_driver_sql(f"ALTER TABLE audit_record DISABLE TRIGGER {APPEND_ONLY}")
    yield connection
    if server:
        connection.exec_driver_sql(f"ALTER TABLE audit_record ENABLE TRIGGER {APPEND_ONLY}")


@contextmanager
def connect(target: str) -> Iterator[Connection]:
    """A plain connection to the database `target` (a path or a URL), outside the program,
    committed at the end: to look at rows, or change them behind the program's back."""
    engine = engine_of(target, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()
