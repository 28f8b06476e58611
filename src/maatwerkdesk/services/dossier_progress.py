"""How far the legal steps and the Loket step of a dossier are, read from what is stored:
eight small reads by the dossier's id, cheap enough to run whenever the editor shows or
saves a dossier."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.criteria_check import Applicability, GateStatus
from maatwerkdesk.domain.dossier_steps import LegalProgress
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proportionality import VerdictValue
from maatwerkdesk.persistence.models import AssessmentRow, DecisionRow, ProposalRow, WeighingRow
from maatwerkdesk.services.assessments import assessment_row_of
from maatwerkdesk.services.loket import read_loket
from maatwerkdesk.services.precedents import decision_row_of
from maatwerkdesk.services.proposals import proposal_row_of
from maatwerkdesk.services.weighing import weighing_row_of


def legal_progress(session: Session, dossier_id: str) -> LegalProgress:
    """The stored state of the dossier's Toetsing, decision, weighing and proposal."""
    assessed = session.execute(
        select(AssessmentRow.applicable, AssessmentRow.gate_status, AssessmentRow.missing).where(
            assessment_row_of(dossier_id)
        )
    ).first()
    outcome = session.scalar(
        select(DecisionRow.outcome).where(
            decision_row_of(dossier_id), DecisionRow.deleted_at.is_(None)
        )
    )
    verdict = session.scalar(select(WeighingRow.verdict).where(weighing_row_of(dossier_id)))
    citizen_text = session.scalar(
        select(ProposalRow.citizen_text).where(proposal_row_of(dossier_id))
    )
    progress = LegalProgress(
        outcome=Outcome(outcome) if outcome is not None else None,
        verdict=VerdictValue(verdict) if verdict is not None else None,
        citizen_text=bool(citizen_text and citizen_text.strip()),
        loket=read_loket(session, dossier_id),
    )
    if assessed is None:
        return progress
    return replace(
        progress,
        assessed=True,
        applicable=Applicability(assessed.applicable),
        gate=GateStatus(assessed.gate_status),
        missing=len(assessed.missing or ()),
    )
