"""Whether a dossier is away on a laptop: the open leases as read, and the one check every
service that changes a dossier passes (services/leases.py takes and ends leases).

The check runs where the editing services already pass: `signed.refuse_if_signed` and
`signed.refuse_if_tampered` (every caseworker's edit), `decision_record.store_version`
(signing, amending, registering a historic decision) and the integrity resolution. It asks
who acts from what `users.require` noted in the session at the start of the act, so no
service can change a dossier without the check (tests/unit/test_leases.py tries every one).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.lease import DossierAwayError, Lease, away_message, lease_state
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import DossierRow, LeaseRow, UserRow

ACTING_USER = "acting_user_id"
"""Where `users.require` notes in `session.info` who acts in this unit of work."""

OPEN = (LeaseRow.returned_at.is_(None), LeaseRow.broken_at.is_(None), LeaseRow.deleted_at.is_(None))
"""SQL: a lease nobody returned or broke (it may have expired)."""


def open_leases(session: Session, dossier_ids: Sequence[str]) -> dict[str, Lease]:
    """The lease that holds now for each of these dossiers that has one (one statement per
    thousand dossiers); an expired lease no longer holds and is left out."""
    found: dict[str, Lease] = {}
    for chunk in in_chunks(list(dict.fromkeys(dossier_ids))):
        found |= _holding(session, LeaseRow.dossier_id.in_(chunk))
    return found


def every_open_lease(session: Session) -> dict[str, Lease]:
    """Per dossier the lease that holds now, for all dossiers at once: a handful of rows."""
    return _holding(session)


def _holding(session: Session, *where: ColumnElement[bool]) -> dict[str, Lease]:
    rows = session.execute(
        select(LeaseRow, UserRow.name, DossierRow.reference)
        .join(UserRow, UserRow.id == LeaseRow.holder_id)
        .join(DossierRow, DossierRow.id == LeaseRow.dossier_id)
        .where(*where, LeaseRow.until > utc_now(), *OPEN)
    )
    return {row.dossier_id: to_lease(row, holder, reference) for row, holder, reference in rows}


def to_lease(row: LeaseRow, holder: str, reference: str) -> Lease:
    return Lease(
        row.id,
        row.dossier_id,
        reference,
        row.holder_id,
        holder,
        row.laptop,
        row.until,
        lease_state(row.until, row.returned_at, row.broken_at, utc_now()),
    )


def refuse_held_elsewhere(session: Session, dossier_id: str, user_id: str | None) -> None:
    """Refuse a change of the dossier when a lease holds it for someone else than
    `user_id` (None: whoever acts is unknown, so only an unleased dossier may change)."""
    refuse_any_held_elsewhere(session, [dossier_id], user_id)


def refuse_any_held_elsewhere(
    session: Session, dossier_ids: Sequence[str], user_id: str | None
) -> None:
    """`refuse_held_elsewhere` for each of these dossiers, read together."""
    held = open_leases(session, dossier_ids)
    for dossier_id in dossier_ids:
        lease = held.get(dossier_id)
        if lease is not None and lease.holder_id != user_id:
            raise DossierAwayError(away_message(lease))


def refuse_if_away_for_actor(session: Session, dossier_id: str) -> None:
    """`refuse_held_elsewhere` for the user `users.require` found acting in this session."""
    refuse_any_away_for_actor(session, [dossier_id])


def refuse_any_away_for_actor(session: Session, dossier_ids: Sequence[str]) -> None:
    """`refuse_if_away_for_actor` for each of these dossiers, read together."""
    refuse_any_held_elsewhere(session, dossier_ids, _actor(session))


def away_from_actor(session: Session, dossier_id: str) -> bool:
    """Whether a lease holds the dossier for someone else than who acts in this session
    (for anyone, when no act named who acts): derived data computed by a read (the
    chart's position) is then not written."""
    lease = open_leases(session, [dossier_id]).get(dossier_id)
    return lease is not None and lease.holder_id != _actor(session)


def _actor(session: Session) -> str | None:
    acting = session.info.get(ACTING_USER)
    return acting if isinstance(acting, str) else None
