"""Signed decisions as stored facts: read them, and refuse to change what was signed.

Kept apart from the signing itself (services/signing.py), so the services that edit a
dossier can refuse a signed one without depending on the conference's machinery.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from maatwerkdesk.domain.conference import SignedDecision, signed_fingerprint
from maatwerkdesk.domain.decision import decision_from_data
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.persistence.models import DossierRow, ProposalRow, SignedDecisionRow


class SignedDecisionError(DomainError):
    """An edit of a decision that has been signed."""


def signed_versions(session: Session, dossier_id: str) -> list[SignedDecision]:
    """Every signed version of the dossier's decision, oldest first."""
    rows = session.scalars(
        select(SignedDecisionRow)
        .where(SignedDecisionRow.dossier_id == dossier_id, SignedDecisionRow.deleted_at.is_(None))
        .order_by(SignedDecisionRow.version)
    )
    return [to_signed(row) for row in rows]


def latest_signed(session: Session, dossier_id: str) -> SignedDecision | None:
    versions = signed_versions(session, dossier_id)
    return versions[-1] if versions else None


def is_signed(session: Session, dossier_id: str) -> bool:
    query = select(SignedDecisionRow.id).where(
        SignedDecisionRow.dossier_id == dossier_id, SignedDecisionRow.deleted_at.is_(None)
    )
    return session.scalar(query.limit(1)) is not None


def refuse_if_signed(session: Session, dossier_id: str) -> None:
    if is_signed(session, dossier_id):
        raise SignedDecisionError(
            "Het besluit in dit dossier is ondertekend en ligt vast. Een wijziging wordt een "
            "nieuwe versie met een reden; dat doet de voorzitter van het casuïstiekoverleg."
        )


def mark_proposer(session: Session, dossier_id: str, user_id: str) -> None:
    """Remember who recorded the proposal: four eyes means someone else signs it."""
    row = session.scalar(select(ProposalRow).where(ProposalRow.dossier_id == dossier_id))
    if row is None:
        row = ProposalRow(dossier_id=dossier_id, zienswijze="unknown", signal_kind="undecided")
        session.add(row)
    row.proposed_by = user_id


def to_signed(row: SignedDecisionRow) -> SignedDecision:
    """The stored version, its fingerprint recomputed: a change made outside the program
    (in the database itself) shows as `intact=False` in every view and export."""
    decision = decision_from_data(row.decision)
    factors = frozenset(row.factors)
    session = object_session(row)
    dossier = session.get(DossierRow, row.dossier_id) if session is not None else None
    reference = dossier.reference if dossier is not None else ""
    expected = signed_fingerprint(
        reference,
        row.version,
        decision,
        factors,
        row.catalogue,
        tuple(row.departed_from),
        row.departure_motivation,
        row.signed_by,
        row.signed_at,
    )
    return SignedDecision(
        dossier_id=row.dossier_id,
        version=row.version,
        decision=decision,
        factors=factors,
        catalogue=row.catalogue,
        departed_from=tuple(row.departed_from),
        departure_motivation=row.departure_motivation,
        signed_by=row.signed_by,
        signed_by_name=row.signed_by_name,
        signed_at=row.signed_at,
        meeting_reference=row.meeting_reference,
        change_reason=row.change_reason,
        fingerprint=row.fingerprint,
        intact=expected == row.fingerprint,
    )
