"""What the dossier list asks for: filters, search words and order.

Plain values, kept apart from `services.dossiers` (which answers them, and re-exports them)
so that the list can be set up before SQLAlchemy is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from maatwerkdesk.domain.vocabulary import DossierStatus

if TYPE_CHECKING:
    from maatwerkdesk.domain.dossier import DossierSummary

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
    sort: SortKey = SortKey.UPDATED
    descending: bool = True

    def is_filtered(self) -> bool:
        """True when a status, owner or search narrows the list."""
        return self.status is not None or bool(self.owner) or bool(self.text)


def first_page_from_file(
    target: str, query: DossierQuery, size: int
) -> list[DossierSummary] | None:
    """The first `size` rows of `query`, read straight from the SQLite file `target`
    before the database is opened (`persistence.first_page`); None when that cannot be
    done, and for a filtered query (its search needs the database)."""
    from maatwerkdesk.persistence.first_page import read_first_page

    keyed = None if query.is_filtered() else _keyed_file(target)
    if keyed is None:
        return None
    return read_first_page(*keyed, query.sort.value, query.descending, size)


def count_from_file(target: str, query: DossierQuery) -> int | None:
    """How many dossiers `query` lists, read as `first_page_from_file` reads its rows."""
    from maatwerkdesk.persistence.first_page import read_listed_count

    keyed = None if query.is_filtered() else _keyed_file(target)
    return None if keyed is None else read_listed_count(*keyed)


def _keyed_file(target: str) -> tuple[Path, bytes] | None:
    """The encrypted database file `target` names and its key from the keyring; None for
    a server, and for a file that is not yet (or not) what the keyring knows: only the
    opening of the database may make, convert or refuse it (services/store_keys.py)."""
    from maatwerkdesk.services.store_keys import known_key

    if "://" in target:
        return None
    path = Path(target).expanduser().resolve()
    key = known_key(path)
    return None if key is None else (path, key)
