"""The first page of the dossier list, read from an SQLite file with the standard library.

The desktop app shows these rows while SQLAlchemy is still being loaded (which takes
several times as long as opening the window): the same rows, in the same order, as
`services.dossiers.list_dossiers` gives for an unfiltered list (tests/unit/
test_first_page.py holds them to that). It reads only a file that is already at the
current schema, opened read-only; anything else (a server, a missing file, a schema that
is about to be migrated, a row it cannot read) gives None, and the list waits for the
database as before. The listing is recorded in the audit trail when the database is open
and the list is queried through the services, at once after these rows are shown; if it
cannot be recorded, they are taken off the screen again (`ui.dossier_list.model`).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.migrations import HEAD_REVISION

log = logging.getLogger(__name__)

BUSY_WAIT_S = 0.2
"""How long to wait for a lock another program holds: this is only a head start."""
SORT_COLUMNS = frozenset({"reference", "title", "status", "owner", "updated_at"})
"""The `dossier` columns the list may be sorted on (`SortKey` values)."""


@dataclass(frozen=True)
class FirstPage:
    count: int
    """All listed dossiers, not only this page's."""
    rows: list[DossierSummary]


def read_first_page(target: str, sort: str, descending: bool, size: int) -> FirstPage | None:
    """The count and first `size` rows of the unfiltered list in `sort` order, or None.

    `target` is what `--db` names, or the default database file: only a path is read.
    """
    if "://" in target or sort not in SORT_COLUMNS:
        return None
    path = Path(target).expanduser().resolve()
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"file:{quote(str(path))}?mode=ro", uri=True, timeout=BUSY_WAIT_S
        )
    except sqlite3.Error:
        return None
    try:
        return _read(connection, sort, "DESC" if descending else "ASC", size)
    except (sqlite3.Error, ValueError, TypeError) as error:  # a row not as the program wrote it
        log.info("First rows not read ahead of the database: %s", type(error).__name__)
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, sort: str, direction: str, size: int) -> FirstPage | None:
    connection.execute("BEGIN")  # count and rows from one snapshot
    if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [
        (HEAD_REVISION,)
    ]:
        return None  # new, or about to be migrated
    (count,) = connection.execute(
        "SELECT count(*) FROM dossier WHERE deleted_at IS NULL"
    ).fetchone()
    rows = connection.execute(
        "SELECT id, reference, title, status, owner, updated_at FROM dossier "
        f"WHERE deleted_at IS NULL ORDER BY {sort} {direction}, reference {direction} LIMIT ?",
        (size,),
    ).fetchall()
    return FirstPage(
        count,
        [
            DossierSummary(id_, reference, title, DossierStatus(status), owner, _moment(updated))
            for id_, reference, title, status, owner, updated in rows
        ],
    )


def _moment(stored: str) -> datetime:
    """A moment as SQLAlchemy stores one in SQLite (UTC, without zone), made aware."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)
