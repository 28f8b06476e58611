"""What the dossier list asks for: filters, search words and order.

Plain values, kept apart from `services.dossiers` (which answers them, and re-exports them)
so that the list can be set up before SQLAlchemy is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from maatwerkdesk.domain.vocabulary import DossierStatus

if TYPE_CHECKING:
    from maatwerkdesk.domain.dossier import DossierSummary
    from maatwerkdesk.persistence.first_page import Row

PAGE_SIZE = 200
"""Rows in one page of the dossier list, as the list asks for them."""


class SortKey(StrEnum):
    """The column the list is sorted on; each value is the name of a `dossier` column."""

    REFERENCE = "reference"
    TITLE = "title"
    STATUS = "status"
    OWNER = "owner"
    UPDATED = "updated_at"


@dataclass(frozen=True)
class DossierQuery:
    """What the dossier list shows: filters, search words and order."""

    status: DossierStatus | None = None
    owner: str | None = None
    text: str = ""
    bsn: str = ""
    """A subject's BSN (nine digits): the dossiers about that person. The full-text index
    holds no BSN; a search by one is recorded in the audit trail first
    (`dossiers.record_bsn_search`)."""
    sort: SortKey = SortKey.UPDATED
    descending: bool = True

    def is_filtered(self) -> bool:
        """True when a status, owner, BSN or search narrows the list."""
        return self.status is not None or bool(self.owner) or bool(self.text) or bool(self.bsn)


def first_page_ahead(target: str, query: DossierQuery, size: int) -> list[DossierSummary] | None:
    """The first `size` rows of `query`, read straight from the database `target` with its
    driver before SQLAlchemy is loaded (`persistence.first_page`); None when that cannot
    be done, and for a filtered query (its search needs the database)."""
    from maatwerkdesk.persistence.first_page import summaries

    rows = first_rows_ahead(target, query, size)
    return None if rows is None else summaries(rows)


def first_rows_ahead(target: str, query: DossierQuery, size: int) -> list[Row] | None:
    """What `first_page_ahead` reads, as the plain values a child process hands on."""
    from maatwerkdesk.persistence.first_page import read_first_rows

    access = None if query.is_filtered() else _access(target)
    if access is None:
        return None
    return read_first_rows(
        target,
        query.sort.value,
        query.descending,
        size,
        ask_password=access.ask_password,
        key=access.key,
    )


def count_ahead(target: str, query: DossierQuery) -> int | None:
    """How many dossiers `query` lists, read as `first_page_ahead` reads its rows."""
    from maatwerkdesk.persistence.first_page import read_listed_count

    access = None if query.is_filtered() else _access(target)
    if access is None:
        return None
    return read_listed_count(target, ask_password=access.ask_password, key=access.key)


def _server_password(target: str) -> str | None:
    """The keyring's password for the server `target`; the workspace's code is imported
    only when the server asks for one, not by every child reading ahead."""
    from maatwerkdesk.services.workspace import server_password

    return server_password(target)


class _Access(NamedTuple):
    """What reading a database ahead takes: how to find a server login's password in the
    keyring (asked only if the server wants one), or an encrypted file's key."""

    ask_password: Callable[[], str | None] | None = None
    key: bytes | None = None


def _access(target: str) -> _Access | None:
    """What reading `target` ahead takes. None for a file that is not yet (or not) what the
    keyring knows: only the opening of the database may make, convert or refuse it
    (services/store_keys.py)."""
    if "://" in target:
        return _Access(ask_password=partial(_server_password, target))
    from maatwerkdesk.services.store_keys import known_key

    key = known_key(Path(target).expanduser().resolve())
    return None if key is None else _Access(key=key)
