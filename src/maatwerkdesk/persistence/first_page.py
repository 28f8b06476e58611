"""The first page of the dossier list, read from an SQLite file with the bare driver.

The desktop app shows these rows while SQLAlchemy is still being loaded (which takes
several times as long as opening the window): the same rows, in the same order, as
`services.dossiers.list_dossiers` gives for an unfiltered list, and then how many dossiers
that list holds (tests/unit/test_first_page.py holds them to that): the rows first, as
counting reads every dossier. It reads only a file that is already at the
current schema, opened read-only with the key given (persistence/cipher.py); anything else (a server, a missing file, a schema that
is about to be migrated, a row it cannot read) gives None, and the list waits for the
database as before. The listing is recorded in the audit trail when the database is open
and the list is queried through the services, at once after these rows are shown; if it
cannot be recorded, they are taken off the screen again (`ui.dossier_list.model`).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.migrations import HEAD_REVISION

log = logging.getLogger(__name__)

BUSY_WAIT_S = 0.2
"""How long to wait for a lock another program holds: this is only a head start."""
SORT_COLUMNS = frozenset({"reference", "title", "status", "owner", "updated_at"})
"""The `dossier` columns the list may be sorted on (`SortKey` values)."""


def read_first_page(
    path: Path, key: bytes | None, sort: str, descending: bool, size: int
) -> list[DossierSummary] | None:
    """The first `size` rows of the unfiltered list in `sort` order, or None.

    `path` is the database file, `key` its key (None: a plaintext file).
    """
    if sort not in SORT_COLUMNS:
        return None
    direction = "DESC" if descending else "ASC"
    found = _reading(
        path,
        key,
        "SELECT id, reference, title, status, owner, updated_at FROM dossier "
        f"WHERE deleted_at IS NULL ORDER BY {sort} {direction}, reference {direction} LIMIT ?",
        (size,),
    )
    if found is None:
        return None
    try:
        return [
            DossierSummary(id_, reference, title, DossierStatus(status), owner, _moment(updated))
            for id_, reference, title, status, owner, updated in found
        ]
    except (ValueError, TypeError) as error:  # a row not as the program wrote it
        log.info("First rows not read ahead of the database: %s", type(error).__name__)
        return None


def read_listed_count(path: Path, key: bytes | None) -> int | None:
    """How many dossiers the unfiltered list holds, read as `read_first_page` reads; None
    where that cannot be done. Asked apart from the rows, as it reads every dossier (some
    50 ms at 100,000), where the first page reads its own rows only."""
    found = _reading(path, key, "SELECT count(*) FROM dossier WHERE deleted_at IS NULL", ())
    return None if found is None else int(found[0][0])


def _reading(
    path: Path, key: bytes | None, sql: str, parameters: tuple[object, ...]
) -> list[Any] | None:
    """The rows `sql` gives on the database file `path`, opened read-only; None for a
    missing file, a wrong key, a schema that is not the current one, or an error."""
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


def _moment(stored: str) -> datetime:
    """A moment as SQLAlchemy stores one in SQLite (UTC, without zone), made aware."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)
