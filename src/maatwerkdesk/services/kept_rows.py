"""Rows a unit of work has read, kept until it ends.

The session holds the rows it read only weakly: a row nothing refers to any more is let
go, and the next `session.get` of it reads it again. A service that reads a row that
other services of the same unit of work ask for too (the dossier) keeps it here, so they
get it from the session instead of from the database: on a team database each read is a
round trip.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from maatwerkdesk.persistence.base import RecordMixin

Row = TypeVar("Row", bound=RecordMixin)

_KEPT = "maatwerkdesk.kept_rows"


def kept(session: Session, row: Row) -> Row:
    """`row`, kept for as long as the session lives (one unit of work)."""
    session.info.setdefault(_KEPT, {})[type(row), row.id] = row
    return row
