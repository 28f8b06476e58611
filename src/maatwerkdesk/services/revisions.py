"""Saving from the revision one started from.

Every editable record carries a `revision` that each change raises. A save names the
revision the user's screen was read at (`expected`); when someone else saved the record in
the meantime, the save is refused with a `ConcurrentEditError` that names who changed it
and when, read from the audit trail. The row is read again with a lock first (`FOR UPDATE`
on a server; on SQLite the writing unit of work holds the write lock already), so two
saves from the same revision never both pass: the second waits, sees the first's revision
and is refused by name instead of failing at flush.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.concurrency import stale_message
from maatwerkdesk.domain.errors import ConcurrentEditError
from maatwerkdesk.persistence.base import RecordMixin
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services.audit import Action, Result
from maatwerkdesk.services.context import person_of

NOT_STORED = 0
"""The expected revision of a record nobody stored yet (stored ones start at 1)."""

CHANGES = (Action.CREATE.value, Action.UPDATE.value, Action.DELETE.value)


class Unchecked(Enum):
    """What a caller that checks nothing passes where a save takes what the screen showed."""

    UNCHECKED = "unchecked"


UNCHECKED = Unchecked.UNCHECKED


def revision_of(row: RecordMixin | None) -> int:
    return row.revision if row is not None else NOT_STORED


def refuse_if_stale(
    session: Session,
    row: RecordMixin | None,
    expected: int | None,
    *,
    what: str,
    dossier_id: str,
    parts: Sequence[str],
) -> None:
    """Refuse when `row` (None: not stored) is no longer at revision `expected`.

    `what` names the record in the message ("Dossier MW-2026-00012"); `parts` are the
    audit trail's object types whose acts change it, to find who did. None as `expected`
    checks nothing: the command line and the import act on what they read themselves.
    """
    if expected is None:
        return
    if row is not None:
        session.refresh(row, ["revision"], with_for_update=True)
    if revision_of(row) != expected:
        refuse_changed(session, what=what, dossier_id=dossier_id, parts=parts)


def refuse_changed(
    session: Session, *, what: str, dossier_id: str, parts: Sequence[str]
) -> NoReturn:
    """Refuse a save because someone else changed `what` since it was read."""
    who, at = last_change(session, dossier_id, parts)
    raise ConcurrentEditError(stale_message(what, who, at), changed_by=who, changed_at=at)


def last_change(
    session: Session, dossier_id: str, parts: Sequence[str]
) -> tuple[str, datetime | None]:
    """Who last changed one of the dossier's `parts`, and when ("" and None if unknown)."""
    found = session.execute(
        select(AuditRow.actor, AuditRow.at)
        .where(
            AuditRow.dossier_id == dossier_id,
            AuditRow.object_type.in_(parts),
            AuditRow.action.in_(CHANGES),
            AuditRow.result == Result.OK.value,
        )
        .order_by(AuditRow.seq.desc())
        .limit(1)
    ).first()
    if found is None:
        return "", None
    return person_of(found.actor), found.at
