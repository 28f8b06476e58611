"""Every part of the check of one dossier, loaded together: the route and criteria, the
precedents, the weighing, the proposal, and the arbitrariness indicators over all of it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.chart import arbitrariness_risk, disproportion
from maatwerkdesk.domain.indicators import Finding, IndicatorInput, evaluate
from maatwerkdesk.domain.precedent import FactorSides, Outcome
from maatwerkdesk.domain.proposal import Proposal
from maatwerkdesk.persistence.models import DecisionRow, DossierRow
from maatwerkdesk.services import assessments, precedents
from maatwerkdesk.services.assessments import AssessmentState
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.precedents import PrecedentState
from maatwerkdesk.services.proposals import load_proposal
from maatwerkdesk.services.signed import bound, integrity_problems, latest_signed
from maatwerkdesk.services.weighing import WeighingState, load_weighing


@dataclass(frozen=True)
class DossierCheck:
    assessment: AssessmentState
    precedents: PrecedentState
    weighing: WeighingState
    proposal: Proposal
    findings: list[Finding]
    outcome: Outcome | None
    """The outcome the indicators judged: the one asked for, else the decision's."""
    disproportion: float
    """How disproportionate the generic outcome is (the chart's x axis, 0 to 1)."""
    risk: float
    """The risk of arbitrariness of deviating (the chart's y axis, 0 to 1)."""
    integrity: tuple[str, ...] = ()
    """What about the signed record was changed outside the program; empty when it checks
    out. While not empty, the dossier is read-only."""


def load_check(
    session: Session,
    context: Context,
    dossier_id: str,
    outcome: Outcome | None = None,
    *,
    audit_read: bool = True,
) -> DossierCheck:
    """The whole check; `outcome` judges a proposed outcome when none is decided yet.

    `audit_read` records the read; the app's tabs pass False, as opening the dossier
    already did."""
    assessment = assessments.load_assessment(session, context, dossier_id, audit_read=audit_read)
    precedent_state = precedents.load_precedents(session, context, dossier_id)
    weighing = load_weighing(session, dossier_id)
    proposal = load_proposal(session, dossier_id)
    decision = precedent_state.decision
    judged = outcome or (decision.outcome if decision is not None else None)
    catalogue = precedent_state.catalogue
    criteria = assessment.catalogue
    signed = latest_signed(session, dossier_id)
    # A signed, motivated departure resolves the contradicting precedent it names.
    data = IndicatorInput(
        outcome=judged,
        decision=decision,
        factors=precedent_state.factors,
        sides=catalogue.sides if catalogue is not None else FactorSides({}),
        label=catalogue.label if catalogue is not None else str,
        criteria=assessment.result if assessment.assessment.route is not None else None,
        criterion_label=lambda c: f"{c} ({criteria.criterion(c).label})",
        precedents=precedent_state.report,
        weighing=weighing.weighing,
        factor_motivations=proposal.factor_motivations,
        deciders=proposal.deciders,
        conflicts_of_interest=proposal.conflicts_of_interest,
        zienswijze=proposal.zienswijze,
        on_application=proposal.on_application,
        similar_deviations=similar_deviations(session, dossier_id),
        signal_decided=proposal.signal.kind.value != "undecided",
        departed_from=signed.departed_from if signed else (),
        departure_motivation=signed.departure_motivation if signed else "",
    )
    deviating = evaluate(replace(data, outcome=Outcome.DEVIATE))
    return DossierCheck(
        assessment,
        precedent_state,
        weighing,
        proposal,
        evaluate(data),
        judged,
        disproportion(weighing.verdict.value, weighing.intensity.level),
        arbitrariness_risk(f.severity for f in deviating),
        integrity_problems(session, dossier_id),
    )


def similar_deviations(session: Session, dossier_id: str) -> int:
    """Signed (or historic) deviations of other dossiers under the same regulation and article: three
    or more signal a structural knelpunt rather than an individual one."""
    dossier = live_dossier(session, dossier_id)
    if not dossier.regulation.strip():
        return 0
    count = session.scalar(
        select(func.count())
        .select_from(DossierRow)
        .join(DecisionRow, DecisionRow.dossier_id == DossierRow.id)
        .where(
            DossierRow.id != dossier_id,
            DossierRow.deleted_at.is_(None),
            bound(DossierRow.id),
            DecisionRow.deleted_at.is_(None),
            DecisionRow.outcome == Outcome.DEVIATE.value,
            func.lower(DossierRow.regulation) == dossier.regulation.strip().lower(),
            func.lower(DossierRow.article) == dossier.article.strip().lower(),
        )
    )
    return count or 0
