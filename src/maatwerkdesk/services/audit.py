"""The audit trail: every read, create, update, delete and export of a dossier.

Records are added to the caller's session, so they commit (or roll back) together
with the change they describe. They hold ids and action names, never personal data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services.context import Context


class Action(StrEnum):
    """NEN 7513 action codes."""

    CREATE = "C"
    READ = "R"
    UPDATE = "U"
    DELETE = "D"
    EXPORT = "E"


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    action: Action
    name: str
    object_type: str
    object_id: str
    dossier_id: str | None
    result: str
    origin: str
    actor: str


def record(
    session: Session,
    context: Context,
    action: Action,
    name: str,
    *,
    object_type: str,
    object_id: str,
    dossier_id: str | None,
    result: str = "ok",
) -> None:
    session.add(
        AuditRow(
            action=action.value,
            name=name,
            object_type=object_type,
            object_id=object_id,
            dossier_id=dossier_id,
            result=result,
            origin=context.origin,
            actor=context.actor,
        )
    )


def record_dossier_act(
    session: Session, context: Context, action: Action, name: str, dossier_id: str
) -> None:
    """Record an act on the dossier as a whole (create, open, update, delete, export)."""
    record(
        session,
        context,
        action,
        name,
        object_type="dossier",
        object_id=dossier_id,
        dossier_id=dossier_id,
    )


def trail(session: Session, dossier_id: str) -> Sequence[AuditEntry]:
    """The audit records of one dossier, oldest first."""
    rows = session.scalars(
        select(AuditRow)
        .where(AuditRow.dossier_id == dossier_id)
        .order_by(AuditRow.at, AuditRow.created_at)
    )
    return [
        AuditEntry(
            row.at,
            Action(row.action),
            row.name,
            row.object_type,
            row.object_id,
            row.dossier_id,
            row.result,
            row.origin,
            row.actor,
        )
        for row in rows
    ]
