"""Taking dossiers along on a laptop ("Meenemen"), giving them back, and a chair ending a
loan: the leases on the team database. Whether a lease keeps a change out is checked in
services/away.py, where every editing service passes.

A lease holds until its holder gives the dossier back (the laptop's sync), a chair breaks
it, or its `until` passes. An expired lease that nobody ended is closed as broken (by
nobody: `broken_by` None) when the dossier is taken again, so the one-open-lease-per-dossier
index keeps its history.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.errors import DomainError, NotFoundError, ValidationError
from maatwerkdesk.domain.lease import DossierAwayError, Lease, away_message, until_problem
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import clean_text
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import DossierRow, LeaseRow
from maatwerkdesk.services.audit import Action, AuditBatch, record
from maatwerkdesk.services.away import OPEN, open_leases, refuse_held_elsewhere, to_lease
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.users import acting_user, require

__all__ = ["away_from", "break_lease", "give_back", "open_leases", "refuse_if_away", "take"]

LAPTOP_LIMIT = 200
"""The `lease.laptop` column's length."""


def refuse_if_away(session: Session, context: Context, dossier_id: str) -> None:
    """Refuse a change of the dossier by whoever acts when it is on loan to someone else;
    its holder is not refused."""
    refuse_held_elsewhere(session, dossier_id, acting_user(session, context).id)


def away_from(session: Session, context: Context, dossier_id: str) -> Lease | None:
    """The lease that keeps whoever acts from changing the dossier, if any (the editor
    then shows it read-only, with `domain.lease.away_message`)."""
    lease = open_leases(session, [dossier_id]).get(dossier_id)
    if lease is None or lease.holder_id == acting_user(session, context).id:
        return None
    return lease


def take(
    session: Session,
    context: Context,
    dossier_ids: Sequence[str],
    laptop: str,
    until: datetime,
) -> list[Lease]:
    """Lease these dossiers to the acting user on `laptop` until `until` (at most 30 days
    ahead). A dossier the user holds already gets the new `until` and laptop; one on loan
    to someone else refuses the whole act, naming who has it."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    name = clean_text(laptop, "laptop", limit=LAPTOP_LIMIT, multiline=False).strip()
    if not name:
        raise ValidationError(
            "laptop", said("leases", "Geef de naam van de laptop, bijvoorbeeld ‘LT-07’.")
        )
    now = utc_now()
    problem = until_problem(until, now)
    if problem:
        raise ValidationError("until", problem)
    wanted = list(dict.fromkeys(dossier_ids))
    references = _live_references(session, wanted)
    held = open_leases(session, wanted)
    for lease in held.values():
        if lease.holder_id != user.id:
            raise DossierAwayError(away_message(lease))
    rows = _open_rows(session, wanted)
    for dossier_id, row in list(rows.items()):
        if row.until <= now:  # expired: ends as broken by nobody
            row.broken_at, row.broken_by = now, None
            del rows[dossier_id]
    session.flush()
    audit = AuditBatch(session, context)
    for dossier_id in wanted:
        row = rows.get(dossier_id)
        if row is None:
            row = LeaseRow(dossier_id=dossier_id, holder_id=user.id)
            session.add(row)
        row.laptop, row.until = name, until
        rows[dossier_id] = row
    session.flush()
    for dossier_id in wanted:
        audit.add(
            Action.UPDATE,
            "lease.take",
            object_type="lease",
            object_id=rows[dossier_id].id,
            dossier_id=dossier_id,
        )
    audit.write()
    return [to_lease(rows[d], user.name, references[d]) for d in wanted]


def _live_references(session: Session, dossier_ids: list[str]) -> dict[str, str]:
    """The reference of each dossier, read together; refused for one deleted or unknown."""
    found: dict[str, str] = {}
    for chunk in in_chunks(dossier_ids):
        query = select(DossierRow.id, DossierRow.reference).where(
            DossierRow.id.in_(chunk), DossierRow.deleted_at.is_(None)
        )
        found.update((dossier_id, reference) for dossier_id, reference in session.execute(query))
    missing = [dossier_id for dossier_id in dossier_ids if dossier_id not in found]
    if missing:
        live_dossier(session, missing[0])  # says it is not there (any more)
    return found


def _open_rows(session: Session, dossier_ids: list[str]) -> dict[str, LeaseRow]:
    found = {}
    for chunk in in_chunks(dossier_ids):
        for row in session.scalars(select(LeaseRow).where(LeaseRow.dossier_id.in_(chunk), *OPEN)):
            found[row.dossier_id] = row
    return found


def _open_row(session: Session, dossier_id: str) -> LeaseRow | None:
    return _open_rows(session, [dossier_id]).get(dossier_id)


def give_back(session: Session, context: Context, lease_id: str) -> Lease:
    """The holder hands the dossier back: colleagues may change it again."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    row = session.get(LeaseRow, lease_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(said("leases", "Deze uitleen bestaat niet (meer)."))
    if row.holder_id != user.id:
        raise DomainError(
            said(
                "leases",
                "Alleen wie het dossier heeft meegenomen geeft het terug. Vraag de voorzitter de "
                "uitleen te beëindigen als dat niet kan.",
            )
        )
    dossier = live_dossier(session, row.dossier_id)
    if row.returned_at is None and row.broken_at is None:
        row.returned_at = utc_now()
        session.flush()
        _audit(session, context, "lease.return", row)
    return to_lease(row, user.name, dossier.reference)


def break_lease(session: Session, context: Context, dossier_id: str) -> Lease:
    """A chair ends the loan of a dossier, so colleagues may change it again; what the
    holder changed meanwhile comes in at their next sync, as conflicts where both changed
    the same part."""
    require(session, context, Permission.SIGN)
    dossier = live_dossier(session, dossier_id)
    lease = open_leases(session, [dossier_id]).get(dossier_id)
    row = _open_row(session, dossier_id)
    if lease is None or row is None:
        raise DomainError(
            said("leases", "Dossier {reference} is niet uitgeleend.").format(
                reference=dossier.reference
            )
        )
    row.broken_at, row.broken_by = utc_now(), acting_user(session, context).id
    session.flush()
    _audit(session, context, "lease.break", row)
    return to_lease(row, lease.holder, dossier.reference)


def _audit(session: Session, context: Context, name: str, row: LeaseRow) -> None:
    record(
        session,
        context,
        Action.UPDATE,
        name,
        object_type="lease",
        object_id=row.id,
        dossier_id=row.dossier_id,
    )
