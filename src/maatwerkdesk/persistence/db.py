"""Opening a database: SQLite by default (WAL, synchronous=FULL, foreign keys), or PostgreSQL
(`postgresql+psycopg://user@host:port/db`).

SQLite runs through SQLCipher (persistence/cipher.py): given a key, every connection is
keyed as its first statement, so the file is encrypted at rest; deleted content is
overwritten (`secure_delete`). Which key a file has is the services' business
(services/store_keys.py); this module only uses the one it is given.

Two session factories: `sessions` for every unit of work that may write, `reads` for pure
reads. On SQLite a writing transaction starts with `BEGIN IMMEDIATE`: it takes the write
lock before its first read, so a second program waits for it (the busy timeout) instead
of failing with "database is locked" when a deferred transaction that has read tries to
write after someone else committed. A read starts with a plain `BEGIN`, takes no write
lock and is refused any write (`PRAGMA query_only`), so a read can never hold up a writer.
On PostgreSQL a read is a READ ONLY transaction, and every session speaks UTC.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from maatwerkdesk.persistence.cipher import PRIVATE_FILE, apply_key, driver
from maatwerkdesk.persistence.connection import bad_url, failed_connection

log = logging.getLogger(__name__)

READ_ONLY = "maatwerkdesk_read_only"
"""Execution option of the engine behind `Database.reads`."""
BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another program's write transaction to finish."""
CHECKPOINT_WAIT_MS = 500
"""How long emptying the write-ahead log after a delete waits for readers (`truncate_wal`)."""


SERVER_DRIVER = "postgresql+psycopg"
CONNECT_DEFAULTS = {"connect_timeout": 10, "application_name": "MaatwerkDesk"}
"""What a server connection gets unless its URL says otherwise: a server that does not
answer is reported after 10 s, and the server lists its sessions under the program's name."""


def database_url(target: str | Path) -> URL:
    """The SQLAlchemy URL of `--db`: a file path made absolute, or a URL of a database
    MaatwerkDesk can open (SQLite, or PostgreSQL through psycopg, which a plain
    `postgresql://` means here). Raises OpenError for anything else."""
    text = str(target)
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as error:
        raise bad_url(text) from error
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername=SERVER_DRIVER)
    if url.drivername not in ("sqlite", "sqlite+pysqlite", SERVER_DRIVER):
        raise bad_url(text)
    if url.port is not None and not 0 < url.port < 65536:
        raise bad_url(text)
    return url


def _configure_sqlite(engine: Engine, key: bytes | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        apply_key(dbapi_connection, key)
        # Let SQLAlchemy, not the driver, decide where transactions begin, so that
        # reads get a consistent snapshot and every unit of work is one transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        read_only = bool(connection.get_execution_options().get(READ_ONLY))
        info = connection.info  # lives as long as the driver's connection
        if info.get(READ_ONLY) is not read_only:
            connection.exec_driver_sql(f"PRAGMA query_only={int(read_only)}")
            info[READ_ONLY] = read_only
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _configure_postgresql(engine: Engine) -> None:
    from psycopg import IsolationLevel

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Moments are bound with their zone; a moment written as text (by hand, in a
        # migration) is UTC too, whatever the server's own time zone.
        dbapi_connection.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # psycopg begins with BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY itself: a
        # read sees one snapshot and may not write, at no extra statement.
        read_only = bool(connection.get_execution_options().get(READ_ONLY))
        driver = connection.connection.dbapi_connection
        if driver.read_only is not read_only:
            driver.read_only = read_only
            driver.isolation_level = IsolationLevel.REPEATABLE_READ if read_only else None


class UnitOfWorkSession(Session):
    """A session that tells the services when the unit of work it framed failed.

    A service that wants a failed attempt on record puts a hook in `info["on_failure"]`
    (services/audit.py). The failed transaction has been rolled back by then, so the hook
    gets a new session in a transaction of its own; if even that fails (the database is
    gone), the original error is what the caller sees.
    """

    def __exit__(self, type_: Any, value: Any, traceback: Any) -> None:
        info = dict(self.info)
        super().__exit__(type_, value, traceback)
        hook = info.get("on_failure")
        if value is None or hook is None or not isinstance(value, Exception):
            return
        writer = self.get_bind().execution_options(**{READ_ONLY: False})
        try:
            with Session(writer) as fresh, fresh.begin():
                hook(fresh, value, info)
        except Exception:
            log.warning("A failed attempt could not be written to the audit trail", exc_info=True)


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    """Units of work that may write: `with database.sessions.begin() as session: ...`."""
    reads: sessionmaker[Session]
    """Pure reads: `with database.reads() as session: ...`; a write in one is refused."""
    key: bytes | None = field(default=None, repr=False)
    """An SQLite file's key (None: a plaintext file, or a server), for the connections
    made beside the engine's (persistence/change_signal.py, the migration backup)."""

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None (a server, or a database in memory)."""
        name = self.engine.url.database
        if not self.is_sqlite or not name or name == ":memory:":
            return None
        return Path(name)

    def describe(self) -> str:
        """Where the data lives, for the status bar and `--help` output (never the password)."""
        url = self.engine.url
        if self.is_sqlite:
            return url.database or "(geheugen)"
        return url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def connection_problems(url: URL) -> Iterator[None]:
    """A server that cannot be reached, or refuses the login or the act, told as
    OpenError (persistence/connection.py); any other error goes on as it is."""
    try:
        yield
    except SQLAlchemyError as error:
        problem = failed_connection(error, url) if url.get_backend_name() == "postgresql" else None
        if problem is None:
            raise
        raise problem from error


SEARCH_INDEX = "dossier_search"
"""The FTS5 index of the dossiers (persistence/search.py)."""


def _forget_deleted_words(engine: Engine) -> None:
    """Let the full-text index remove a deleted dossier's words from its pages, rather than
    mark them deleted until a merge (FTS5 `secure-delete`, stored in the index once)."""
    connection = engine.raw_connection()
    try:
        driver = connection.driver_connection
        assert driver is not None  # a connection just taken from the pool is open
        done = driver.execute(
            f"SELECT v FROM {SEARCH_INDEX}_config WHERE k = 'secure-delete'"
        ).fetchall()
        if done != [(1,)]:
            driver.execute(
                f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rank) VALUES ('secure-delete', 1)"
            )
    finally:
        connection.close()


def truncate_wal(bind: Engine | Connection) -> None:
    """SQLite: move what the write-ahead log holds into the file and empty the log, so
    that old pages (of something deleted) do not stay there. Best effort: while another
    program reads, the log is emptied at a later checkpoint. Elsewhere: nothing."""
    engine = bind.engine
    if engine.dialect.name != "sqlite":
        return
    connection = engine.raw_connection()
    driver = connection.driver_connection
    assert driver is not None  # a connection just taken from the pool is open
    try:  # it waits for readers of older pages: briefly, not a writer's patience
        driver.execute(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.close()


def open_database(
    target: str | Path,
    *,
    migrate: bool = True,
    password: str | None = None,
    key: bytes | None = None,
) -> Database:
    """Open (and create) the database at `target` and bring its schema up to date.

    `password` fills in a server URL that names a user but no password (kept out of URLs
    and settings: it comes from the keyring). `key` is an SQLite file's raw SQLCipher key
    (persistence/cipher.py); without one the file is plaintext. A target that is no
    database this program can open, or a server that cannot be reached or refuses the
    login, raises OpenError (persistence/connection.py).
    """
    url = database_url(target)
    if password is not None and url.username and url.password is None:
        url = url.set(password=password)
    sqlite = url.get_backend_name() == "sqlite"
    if sqlite and url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    server = url.get_backend_name() == "postgresql"
    defaults = {k: v for k, v in CONNECT_DEFAULTS.items() if k not in url.query} if server else {}
    options: dict[str, Any] = {"module": driver()} if sqlite else {}
    engine = create_engine(url, connect_args=defaults, **options)
    # Registers the flush hook that keeps the precedent index in step with what binds.
    import maatwerkdesk.persistence.case_index  # noqa: F401

    if sqlite:
        _configure_sqlite(engine, key)
    elif server:
        _configure_postgresql(engine)
    if migrate:
        from maatwerkdesk.persistence.migrate import upgrade_to_head

        try:
            with connection_problems(url):
                upgrade_to_head(engine, key)
        except Exception:
            engine.dispose()
            raise
        if sqlite:
            _forget_deleted_words(engine)
    database = Database(
        engine,
        sessionmaker(engine, class_=UnitOfWorkSession, expire_on_commit=False),
        sessionmaker(
            engine.execution_options(**{READ_ONLY: True}),
            class_=UnitOfWorkSession,
            expire_on_commit=False,
        ),
        key,
    )
    if database.file is not None:
        # Its -wal and -shm get the same mode from SQLite. Not ours (a shared folder): as is.
        with contextlib.suppress(OSError):
            database.file.chmod(PRIVATE_FILE)
    return database
