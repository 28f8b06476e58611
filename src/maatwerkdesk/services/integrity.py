"""A functioneel beheerder's verdict on a dossier whose signed record was changed outside
the program.

Such a dossier is read-only (services/signed.py) until someone with that role has looked at
it and resolved it, with a reason. Resolving declares every version that does not check out
void, accounts for versions that had disappeared, and puts back what the remaining signed
version fixed (its facts and decision). If no valid version remains, the dossier returns to
'Ter bespreking', to be decided and signed again. The verdict is kept and audited; it
never makes a forged version count.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signed_record import canonical, content_hash
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, clean_text
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import (
    AuditRow,
    DecisionRow,
    DossierRow,
    IntegrityResolutionRow,
    SignedDecisionRow,
)
from maatwerkdesk.services.audit import Action, record_dossier_act
from maatwerkdesk.services.away import refuse_if_away_for_actor
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier, reindex
from maatwerkdesk.services.precedents import write_decision
from maatwerkdesk.services.signed import (
    BINDING_ACTS,
    integrity_problems,
    known_keys,
    read_content,
    read_signed_records,
    recorded_digests,
    row_problems,
)
from maatwerkdesk.services.users import require


def broken_dossiers(session: Session) -> list[tuple[str, tuple[str, ...]]]:
    """(reference, problems) of every dossier whose signed record does not check out:
    those with a version, a binding act in the audit trail, or the status 'Besloten'."""
    candidates = set(session.scalars(select(SignedDecisionRow.dossier_id)))
    candidates.update(
        session.scalars(
            select(AuditRow.dossier_id).where(
                AuditRow.name.in_(BINDING_ACTS), AuditRow.dossier_id.is_not(None)
            )
        )
    )
    candidates.update(
        session.scalars(
            select(DossierRow.id).where(DossierRow.status == DossierStatus.BESLOTEN.value)
        )
    )
    found = []
    for chunk in in_chunks(sorted(candidates)):  # the records of many dossiers read together
        live = session.scalars(
            select(DossierRow).where(DossierRow.id.in_(chunk), DossierRow.deleted_at.is_(None))
        ).all()
        decisions = session.scalars(select(DecisionRow).where(DecisionRow.dossier_id.in_(chunk)))
        records = read_signed_records(session, live, {row.dossier_id: row for row in decisions})
        found += [(row.reference, records[row.id].problems) for row in live]
    return sorted((reference, problems) for reference, problems in found if problems)


def resolve(session: Session, context: Context, dossier_id: str, reason: str) -> tuple[str, ...]:
    """Resolve the dossier's broken record; returns the problems that were resolved."""
    user = require(session, context, Permission.RESOLVE_INTEGRITY)
    refuse_if_away_for_actor(session, dossier_id)
    problems = integrity_problems(session, dossier_id)
    if not problems:
        raise DomainError(
            said(
                "integrity",
                "Het vastgelegde besluit van dit dossier klopt; er is niets te beoordelen.",
            )
        )
    why = clean_text(reason, "reason", limit=LONG_TEXT_LIMIT, multiline=True)
    if not why.strip():
        raise ValidationError(
            "reason",
            said(
                "integrity", "Leg vast wat u hebt onderzocht en waarom u het dossier zo vrijgeeft."
            ),
        )
    dossier = live_dossier(session, dossier_id)
    rows = list(
        session.scalars(
            select(SignedDecisionRow)
            .where(
                SignedDecisionRow.dossier_id == dossier_id, SignedDecisionRow.deleted_at.is_(None)
            )
            .order_by(SignedDecisionRow.version)
        )
    )
    keys, digests = known_keys(session), recorded_digests(session, dossier_id)
    voided, valid = [], []
    for row in rows:
        content = read_content(row)
        found, _registered = row_problems(row, content, keys, digests)
        if found or content is None or content.dossier_id != dossier_id:
            row.deleted_at = utc_now()
            voided.append(row.content_hash)
        else:
            valid.append(content)
    accounted = {row.content_hash for row in rows}
    for earlier in session.scalars(
        select(IntegrityResolutionRow).where(IntegrityResolutionRow.dossier_id == dossier_id)
    ):
        accounted.update(earlier.voided, earlier.acknowledged)
    acknowledged = sorted(digests - accounted)
    if valid:
        latest = valid[-1]
        facts = latest.facts
        dossier.title, dossier.regulation = facts.title, facts.regulation
        dossier.article, dossier.deviation_article = facts.article, facts.deviation_article
        dossier.generic_outcome, dossier.knelpunt = facts.generic_outcome, facts.knelpunt
        dossier.request, dossier.owner = facts.request, facts.owner
        reindex(session, dossier)
        write_decision(session, dossier_id, latest.decision)
        if dossier.status not in (DossierStatus.BESLOTEN.value, DossierStatus.AFGESLOTEN.value):
            dossier.status = DossierStatus.BESLOTEN.value
    elif dossier.status in (DossierStatus.BESLOTEN.value, DossierStatus.AFGESLOTEN.value):
        dossier.status = DossierStatus.TER_BESPREKING.value
    resolution = IntegrityResolutionRow(
        dossier_id=dossier_id,
        resolved_by=user.id,
        reason=why,
        voided=voided,
        acknowledged=acknowledged,
    )
    session.add(resolution)
    session.flush()
    digest = content_hash(
        canonical({"dossier": dossier_id, "voided": voided, "acknowledged": acknowledged})
    )
    record_dossier_act(
        session, context, Action.UPDATE, "integrity.resolve", dossier_id, digest=digest
    )
    return problems
