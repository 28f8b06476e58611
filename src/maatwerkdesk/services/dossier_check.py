"""Every part of the check of one dossier, loaded together: the route and criteria, the
precedents, the weighing, the proposal, and the arbitrariness indicators over all of it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from maatwerkdesk.domain.chart import arbitrariness_risk, disproportion
from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.indicators import INFORMATION_ONLY, Finding, IndicatorInput, evaluate
from maatwerkdesk.domain.precedent import FactorSides, Outcome
from maatwerkdesk.domain.precedent_explanation import (
    OutcomeExplanation,
    explain_outcome,
    later_known,
)
from maatwerkdesk.domain.precedent_standing import (
    OutcomeStanding,
    Signature,
    conflict_standing,
    signature_of,
)
from maatwerkdesk.domain.proposal import Proposal
from maatwerkdesk.services import assessments, precedents
from maatwerkdesk.services.assessments import AssessmentState
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.meetings import conflict_names, latest_agenda_item
from maatwerkdesk.services.precedents import PrecedentState
from maatwerkdesk.services.proposals import load_proposal
from maatwerkdesk.services.signed import integrity_problems, latest_signed
from maatwerkdesk.services.similar_deviations import similar_deviations
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
    signed: SignedDecision | None = None
    """The signed decision in force; its texts then describe rather than instruct."""

    @property
    def signature(self) -> Signature | None:
        return signature_of(self.signed)

    def shown(self, finding: Finding) -> str:
        """A finding as this dossier shows it: what is wrong and what to do, or once the
        decision is signed only what is wrong, as nothing is left to do."""
        return finding.statement if self.signed is not None else finding.message

    def explain(self, outcome: Outcome) -> OutcomeExplanation | None:
        """What the precedents say about `outcome`, given the decision and its signature;
        None while no factor catalogue is chosen."""
        state = self.precedents
        if state.catalogue is None or state.report is None:
            return None
        return explain_outcome(
            state.report, outcome, state.catalogue.label, state.decision, self.signature
        )

    def standing(self, outcome: Outcome) -> OutcomeStanding | None:
        """How the decision stands against the precedents that conflict with `outcome`."""
        report = self.precedents.report
        if report is None:
            return None
        return conflict_standing(report.outcomes[outcome], self.precedents.decision, self.signature)

    def later_known(self) -> tuple[str, ...]:
        """What precedents that became known only after the signature say against the
        signed decision; information, never a problem with it. Empty while unsigned."""
        state = self.precedents
        if self.signed is None or state.catalogue is None or state.report is None:
            return ()
        decision = self.signed.decision
        return later_known(state.report, decision.outcome, decision, state.catalogue.label)

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
    advisers, conflicted = _conference(session, dossier_id)
    signed = latest_signed(session, dossier_id)
    data = indicator_input(
        assessment,
        precedent_state,
        weighing,
        proposal,
        outcome=outcome,
        advisers=advisers,
        conflicted=conflicted,
        similar=similar_deviations(session, dossier_id),
        signed=signed,
    )
    x, y = chart_position(data, weighing)
    return DossierCheck(
        assessment,
        precedent_state,
        weighing,
        proposal,
        evaluate(data),
        data.outcome,
        x,
        y,
        signed,
        integrity_problems(session, dossier_id),
    )


def indicator_input(
    assessment: AssessmentState,
    precedent_state: PrecedentState,
    weighing: WeighingState,
    proposal: Proposal,
    *,
    outcome: Outcome | None = None,
    advisers: tuple[str, ...] = (),
    conflicted: tuple[str, ...] = (),
    similar: int = 0,
    signed: SignedDecision | None = None,
) -> IndicatorInput:
    """What the indicators judge: `outcome` when asked, else the decision's. `advisers`
    and `conflicted` come from the latest casuïstiekoverleg, `similar` counts similar
    deviations elsewhere."""
    decision = precedent_state.decision
    catalogue = precedent_state.catalogue
    criteria = assessment.catalogue
    return IndicatorInput(
        outcome=outcome or (decision.outcome if decision is not None else None),
        decision=decision,
        factors=precedent_state.factors,
        sides=catalogue.sides if catalogue is not None else FactorSides({}),
        label=catalogue.label if catalogue is not None else str,
        criteria=assessment.result if assessment.assessment.route is not None else None,
        criterion_label=lambda c: criteria.criterion(c).label,
        precedents=precedent_state.report,
        weighing=weighing.weighing,
        power=weighing.power,
        factor_motivations=proposal.factor_motivations,
        deciders=proposal.deciders,
        advisers=advisers,
        conflicts_of_interest=(*proposal.conflicts_of_interest, *conflicted),
        zienswijze=proposal.zienswijze,
        on_application=proposal.on_application,
        similar_deviations=similar,
        signal_decided=proposal.signal.kind.value != "undecided",
        signature=signature_of(signed),
    )


def chart_position(data: IndicatorInput, weighing: WeighingState) -> tuple[float, float]:
    """The dossier's place on the balance chart: how disproportionate the generic outcome
    is, and the risk of arbitrariness if it deviated."""
    deviating = evaluate(replace(data, outcome=Outcome.DEVIATE))
    return (
        disproportion(weighing.verdict.value, weighing.intensity.level),
        arbitrariness_risk(f.severity for f in deviating if f.id not in INFORMATION_ONLY),
    )


def _conference(session: Session, dossier_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who advised on the dossier in its latest casuïstiekoverleg, and who declared a
    conflict of interest there (by name)."""
    found = latest_agenda_item(session, dossier_id)
    if found is None:
        return (), ()
    meeting, item = found
    advisers = tuple(advice.name for advice in item.record.advice)
    return advisers, tuple(conflict_names(meeting, item.record))
