"""Autosaved editor contents and concepts, so a crash, a kill or a colleague's save loses
nothing of what someone typed.

A draft is unsaved work of one person: the editor's form state (`DOSSIER`), or their version
of an agenda item's record kept as a concept after a colleague saved the record first
(`AGENDA_ITEM`). It is offered back to that person only, and removed when the work is saved
or they throw it away. Drafts written before drafts had owners belong to whoever works here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from maatwerkdesk.persistence.models import DraftRow
from maatwerkdesk.services.context import Context

DOSSIER = "dossier"
AGENDA_ITEM = "agenda_item"


@dataclass(frozen=True)
class Draft:
    id: str
    dossier_id: str | None
    base_revision: int | None
    payload: dict[str, Any]
    saved_at: datetime


def _mine(context: Context, kind: str) -> ColumnElement[bool]:
    owner = or_(DraftRow.owner_id == context.user.id, DraftRow.owner_id.is_(None))
    return owner & (DraftRow.kind == kind)


def _for_dossier(dossier_id: str | None) -> ColumnElement[bool]:
    if dossier_id is None:
        return DraftRow.dossier_id.is_(None)
    return DraftRow.dossier_id == dossier_id


def save_draft(
    session: Session,
    context: Context,
    dossier_id: str | None,
    base_revision: int | None,
    payload: dict[str, Any],
    *,
    kind: str = DOSSIER,
) -> None:
    """Keep one draft per person, kind and dossier (and one for a dossier not yet saved)."""
    row = session.scalar(select(DraftRow).where(_mine(context, kind), _for_dossier(dossier_id)))
    if row is None:
        row = DraftRow(dossier_id=dossier_id, kind=kind)
        session.add(row)
    row.owner_id = context.user.id
    row.base_revision = base_revision
    row.payload = payload


def pending_drafts(session: Session, context: Context, *, kind: str = DOSSIER) -> list[Draft]:
    """The acting person's drafts of this kind, oldest first."""
    rows = session.scalars(
        select(DraftRow).where(_mine(context, kind)).order_by(DraftRow.updated_at)
    )
    return [Draft(r.id, r.dossier_id, r.base_revision, r.payload, r.updated_at) for r in rows]


def discard_draft(
    session: Session, context: Context, dossier_id: str | None, *, kind: str = DOSSIER
) -> None:
    session.execute(delete(DraftRow).where(_mine(context, kind), _for_dossier(dossier_id)))
