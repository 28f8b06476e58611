"""The first page of the dossier list, read from the database with its driver alone.

The desktop app shows these rows while SQLAlchemy is still being loaded (which takes
several times as long as opening the window): the same rows, in the same order, as
`services.dossiers.list_dossiers` gives for an unfiltered list, and then how many dossiers
that list holds (tests/unit/test_first_page.py holds them to that): the rows first, as
counting reads every dossier. An SQLite file is read with its driver, opened read-only
with the key given (persistence/cipher.py); a PostgreSQL server through libpq as psycopg
wraps it (`psycopg.pq`), in a read-only transaction. Only a database already at the
current schema is read; anything else (a missing file, a wrong key, a server that does
not answer at once or wants a password it was not given, a schema that is about to be
migrated, a row it cannot read) gives None, and the list waits for the database as
before. The listing is recorded in the audit trail when the database is open and the
list is queried through the services, at once after these rows are shown; if it cannot
be recorded, they are taken off the screen again (`ui.dossier_list.model`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.migrations import HEAD_REVISION
from maatwerkdesk.persistence.server_url import parse_server_url

if TYPE_CHECKING:
    from psycopg.pq.abc import PGconn

    from maatwerkdesk.domain.dossier_summary import DossierSummary

Row = tuple[object, ...]
log = logging.getLogger(__name__)

BUSY_WAIT_S = 0.2
"""How long to wait for a lock another program holds: this is only a head start."""
SERVER_WAIT_S = 2
"""How long to wait for a server to answer (the whole-second minimum libpq takes)."""
SORT_COLUMNS = frozenset({"reference", "title", "status", "owner", "updated_at"})
"""The `dossier` columns the list may be sorted on (`SortKey` values)."""


def read_first_rows(
    target: str,
    sort: str,
    descending: bool,
    size: int,
    *,
    password: str | None = None,
    ask_password: Callable[[], str | None] | None = None,
    key: bytes | None = None,
) -> list[Row] | None:
    """The first `size` rows of the unfiltered list in `sort` order, or None; as plain
    values (each moment UTC text without its zone, as SQLite stores it), which `summaries`
    makes the list's rows of, here or in the app a child hands them to
    (`services/list_ahead.py`).

    `target` is what `--db` names, or the default database file; `password` is a server
    login's password (never in `target`, which may be shown), or `ask_password` finds it
    in the keyring when the server asks for one, and only then: loading the keyring's
    package takes longer than the read. `key` is an SQLite file's key (None: plaintext).
    """
    if sort not in SORT_COLUMNS:
        return None
    direction = "DESC" if descending else "ASC"
    found = _reading(
        target,
        "SELECT id, reference, title, status, owner, updated_at FROM dossier "
        f"WHERE deleted_at IS NULL ORDER BY {sort} {direction}, reference {direction} LIMIT ?",
        (size,),
        password,
        ask_password,
        key,
    )
    if found is None:
        return None
    return [(*row[:5], _stored(row[5])) for row in found]


def summaries(rows: Iterable[Sequence[object]]) -> list[DossierSummary] | None:
    """The list's rows made of `read_first_rows`'s values; None if one is not as the
    program writes it."""
    # Imported here: a child that hands the rows on needs neither.
    from maatwerkdesk.domain.dossier_summary import DossierSummary
    from maatwerkdesk.domain.vocabulary import DossierStatus

    try:
        made = []
        for row in rows:
            id_, reference, title, status, owner, updated = row
            if not all(isinstance(v, str) for v in (id_, reference, title, owner, updated)):
                raise TypeError("a value that is no text")
            moment = datetime.fromisoformat(str(updated)).replace(tzinfo=UTC)
            made.append(
                DossierSummary(
                    str(id_),
                    str(reference),
                    str(title),
                    DossierStatus(str(status)),
                    str(owner),
                    moment,
                )
            )
    except (ValueError, TypeError) as error:  # a row not as the program wrote it
        log.info("First rows not read ahead of the database: %s", type(error).__name__)
        return None
    return made


def read_listed_count(
    target: str,
    *,
    password: str | None = None,
    ask_password: Callable[[], str | None] | None = None,
    key: bytes | None = None,
) -> int | None:
    """How many dossiers the unfiltered list holds, read as `read_first_rows` reads; None
    where that cannot be done. Asked apart from the rows, as it reads every dossier (some
    50 ms at 100,000), where the first page reads its own rows only."""
    counted = "SELECT count(*) FROM dossier WHERE deleted_at IS NULL"
    found = _reading(target, counted, (), password, ask_password, key)
    return None if found is None else int(found[0][0])


def _reading(
    target: str,
    sql: str,
    parameters: tuple[object, ...],
    password: str | None,
    ask_password: Callable[[], str | None] | None,
    key: bytes | None,
) -> list[Any] | None:
    """The rows `sql` (its parameters written `?`) gives on the database `target`, read
    only; None for a missing file or server, a wrong key, a schema that is not the current
    one, or an error."""
    if "://" in target:
        return _server_reading(target, sql, parameters, password, ask_password)
    path = Path(target).expanduser().resolve()
    if not path.is_file():
        return None
    errors = cipher.driver().Error
    try:
        connection = cipher.connect(path, key, read_only=True, timeout=BUSY_WAIT_S)
    except errors:
        return None
    try:
        connection.execute("BEGIN")  # the schema checked is the one read
        if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [
            (HEAD_REVISION,)
        ]:
            return None  # new, or about to be migrated
        return connection.execute(sql, parameters).fetchall()
    except errors as error:
        log.info("First rows not read ahead of the database: %s", type(error).__name__)
        return None
    finally:
        connection.close()


def _server_reading(
    target: str,
    sql: str,
    parameters: tuple[object, ...],
    password: str | None,
    ask_password: Callable[[], str | None] | None,
) -> list[Any] | None:
    """What `sql` gives on the server, through libpq as psycopg wraps it (`psycopg.pq`,
    its low-level interface): that part of the driver is all this takes, and a child
    process can load it alone (`services/list_ahead.py`). Values come as text."""
    from psycopg import pq

    # isort: split
    # After `pq`, as psycopg's own package loads them: without the package's `__init__`
    # (the child) the other order is a circular import.
    from psycopg import errors

    try:
        connection = _server_connection(target, password)
        if (
            connection is not None
            and ask_password is not None
            and _wants_password(connection, password)
        ):
            connection.finish()
            password = ask_password()
            connection = None if password is None else _server_connection(target, password)
        if connection is None:
            return None
        try:
            if connection.status != pq.ConnStatus.OK:
                raise _ServerRefusedError
            return _server_rows(connection, sql, parameters)
        finally:
            connection.finish()
    except (errors.Error, _ServerRefusedError) as error:
        log.info("First rows not read ahead of the database: %s", type(error).__name__)
        return None


def _server_connection(target: str, password: str | None) -> PGconn | None:
    from psycopg import pq

    conninfo = _conninfo(target, password)
    return None if conninfo is None else pq.PGconn.connect(conninfo.encode())


def _wants_password(connection: PGconn, password: str | None) -> bool:
    """Whether the keyring may be asked, and the login tried again: the server wants a
    password (libpq's `PQconnectionNeedsPassword`) and none was given; one that was given
    and refused is never replaced by the keyring's."""
    from psycopg import pq

    return connection.status != pq.ConnStatus.OK and connection.needs_password and password is None


class _ServerRefusedError(Exception):
    """A login or statement the server did not allow."""


def _server_rows(connection: PGconn, sql: str, parameters: tuple[object, ...]) -> list[Any] | None:
    """What `sql` gives, read only, in one snapshot (the schema checked is the one read);
    None for a schema that is not the current one (new, or about to be migrated)."""
    _server_text(connection, "BEGIN READ ONLY ISOLATION LEVEL REPEATABLE READ")
    _server_text(connection, "SET TIME ZONE 'UTC'")
    if _server_text(connection, "SELECT version_num FROM alembic_version") != [(HEAD_REVISION,)]:
        return None
    return _server_text(connection, sql, parameters)


def _server_text(
    connection: PGconn, sql: str, parameters: tuple[object, ...] = ()
) -> list[tuple[str | None, ...]]:
    """The rows of `sql` (its parameters written `?`) as text, each parameter sent as text."""
    from psycopg import pq

    pieces = sql.split("?")
    numbered = pieces[0] + "".join(f"${n}{piece}" for n, piece in enumerate(pieces[1:], 1))
    result = connection.exec_params(
        numbered.encode(), [str(value).encode() for value in parameters]
    )
    if result.status not in (pq.ExecStatus.TUPLES_OK, pq.ExecStatus.COMMAND_OK):
        raise _ServerRefusedError
    return [
        tuple(_text(result.get_value(row, column)) for column in range(result.nfields))
        for row in range(result.ntuples)
    ]


def _text(value: bytes | None) -> str | None:
    return None if value is None else value.decode()


def _conninfo(target: str, password: str | None) -> str | None:
    """libpq's connection string for a server URL as `--db` gives it; None for any other."""
    from psycopg.conninfo import make_conninfo

    url = parse_server_url(target)
    if url is None:
        return None
    given = {
        "host": url.host,
        "port": url.port,
        "user": url.user or None,
        "password": url.password if url.password is not None else password,
        "dbname": url.database or None,
    }
    settings = {"application_name": "MaatwerkDesk", **url.settings, "client_encoding": "UTF8"}
    settings["connect_timeout"] = str(SERVER_WAIT_S)
    return make_conninfo("", **{k: v for k, v in given.items() if v is not None}, **settings)


def _stored(moment: object) -> object:
    """A moment as SQLAlchemy stores one in SQLite: UTC text without its zone. The server
    writes it with its zone (`+00`: the session's time zone is UTC)."""
    if not isinstance(moment, str):
        return moment
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return moment  # `summaries` refuses it
    if parsed.tzinfo is None:
        return moment
    return parsed.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
