"""Autosaved editor contents, so a crash or kill loses at most a few seconds of typing.

A draft is the editor's unsaved form state; it is offered back on the next start and
removed when the dossier is saved or the user discards it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from maatwerkdesk.persistence.models import DraftRow


@dataclass(frozen=True)
class Draft:
    id: str
    dossier_id: str | None
    base_revision: int | None
    payload: dict[str, Any]
    saved_at: datetime


def _for_dossier(dossier_id: str | None) -> ColumnElement[bool]:
    if dossier_id is None:
        return DraftRow.dossier_id.is_(None)
    return DraftRow.dossier_id == dossier_id


def save_draft(
    session: Session, dossier_id: str | None, base_revision: int | None, payload: dict[str, Any]
) -> None:
    """Keep one draft per dossier (and one for a dossier not yet saved)."""
    row = session.scalar(select(DraftRow).where(_for_dossier(dossier_id)))
    if row is None:
        session.add(DraftRow(dossier_id=dossier_id, base_revision=base_revision, payload=payload))
    else:
        row.base_revision = base_revision
        row.payload = payload


def pending_drafts(session: Session) -> list[Draft]:
    rows = session.scalars(select(DraftRow).order_by(DraftRow.updated_at))
    return [Draft(r.id, r.dossier_id, r.base_revision, r.payload, r.updated_at) for r in rows]


def discard_draft(session: Session, dossier_id: str | None) -> None:
    session.execute(delete(DraftRow).where(_for_dossier(dossier_id)))
