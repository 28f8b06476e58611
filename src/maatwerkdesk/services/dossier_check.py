"""Every part of the check of one dossier, loaded together: the route and criteria, the
precedents, the weighing, the proposal, and the arbitrariness indicators over all of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from maatwerkdesk.domain.case_facts import RecoveryBurden, recovery_burden
from maatwerkdesk.domain.chart import arbitrariness_risk, disproportion
from maatwerkdesk.domain.conference import AgendaItem, Meeting, SignedDecision
from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.domain.groups import GroupLink
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
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.mapping import read_facts, read_record
from maatwerkdesk.persistence.models import (
    AssessmentRow,
    DecisionRow,
    DossierFactorsRow,
    DossierGroupRow,
    DossierRow,
    GroupMemberRow,
    ProposalRow,
    WeighingRow,
)
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.assessments import (
    AssessmentState,
    assessment_of,
    assessment_row_of,
    audit_assessment_read,
)
from maatwerkdesk.services.audit import note_dossier
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import DOSSIER_PARTS, live_dossier
from maatwerkdesk.services.group_links import link_of, member_of
from maatwerkdesk.services.kept_rows import kept
from maatwerkdesk.services.meetings import agenda_items, conflict_names, latest_item
from maatwerkdesk.services.precedents import (
    PrecedentState,
    SharedReports,
    decision_row_of,
    factors_row_of,
    precedent_state,
)
from maatwerkdesk.services.proposals import proposal_of, proposal_row_of
from maatwerkdesk.services.signed import SignedRecord, read_signed_records
from maatwerkdesk.services.similar_deviations import similar_deviations
from maatwerkdesk.services.weighing import WeighingState, weighing_row_of, weighing_state


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
    versions: tuple[SignedDecision, ...] = ()
    """Every readable signed version of the decision, oldest first, each checked."""
    agenda: tuple[Meeting, AgendaItem] | None = None
    """The latest casuïstiekoverleg that had the dossier on its agenda, with that item."""

    @property
    def signed(self) -> SignedDecision | None:
        """The signed decision in force; its texts then describe rather than instruct."""
        return self.versions[-1] if self.versions else None

    @property
    def signature(self) -> Signature | None:
        return signature_of(self.signed)

    def written(self, finding: Finding) -> str:
        """A finding as a document or the command line gives it: what is wrong and what to
        do, or once the decision is signed only what is wrong, as nothing is left to do."""
        return finding.statement if self.signed is not None else finding.message

    def shown(self, finding: Finding) -> str:
        """A finding as the app shows it: as written, with the button or column for the
        advice while there is something to do."""
        return finding.statement if self.signed is not None else finding.on_screen

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
    burden: RecoveryBurden | None = None
    """The (terug)vordering against the yearly income today, from the dossier's facts."""
    group: GroupLink | None = None
    """The group the dossier belongs to (domain/groups.py), if any."""


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
    (checked,) = load_checked(session, context, [dossier_id], outcome, audit_read=audit_read)
    return checked.check


class Checked(NamedTuple):
    record: DossierRecord
    check: DossierCheck


def load_checked(
    session: Session,
    context: Context,
    dossier_ids: Sequence[str],
    outcome: Outcome | None = None,
    *,
    audit_read: bool = False,
) -> list[Checked]:
    """The dossiers (each once, in their order) with their checks, read together: each part
    with one statement for all the dossiers, and one per dossier for the similar deviations;
    on a team database every statement is a round trip (tests/unit/test_statement_counts.py)."""
    ids = list(dict.fromkeys(dossier_ids))
    rows = _read_rows(session, ids)
    known = catalogues.known_catalogues(session)
    records = read_signed_records(
        session, [rows[i].dossier for i in ids], {i: rows[i].decision for i in ids}
    )
    agenda = agenda_items(session, [r.agenda_item for r in rows.values() if r.agenda_item])
    reports = SharedReports(session)
    checks = []
    for dossier_id in ids:
        found, record = rows[dossier_id], records[dossier_id]
        dossier, chosen = found.dossier, found.assessment
        power, route = (chosen.power, chosen.route) if chosen is not None else (None, None)
        check = _check(
            assessment_of(context, known, dossier, chosen),
            precedent_state(
                context,
                known,
                dossier,
                route,
                found.factors,
                found.decision,
                partial(reports.report, as_of=record.signed_at),
            ),
            weighing_state(dossier_id, found.weighing, power),
            proposal_of(found.proposal),
            outcome,
            agenda.get(found.agenda_item) if found.agenda_item else None,
            similar_deviations(session, dossier_id),
            record,
            recovery_burden(read_facts(dossier.reference, dossier.facts), context.current_date()),
        )
        check = replace(check, group=link_of(found.member, found.group))
        if audit_read:
            audit_assessment_read(session, context, dossier_id)
        checks.append(Checked(read_record(dossier), check))
    return checks


def _check(
    assessment: AssessmentState,
    precedent: PrecedentState,
    weighing: WeighingState,
    proposal: Proposal,
    outcome: Outcome | None,
    agenda: tuple[Meeting, AgendaItem] | None,
    similar: int,
    record: SignedRecord,
    burden: RecoveryBurden | None,
) -> DossierCheck:
    advisers, conflicted = _conference(agenda)
    data = indicator_input(
        assessment,
        precedent,
        weighing,
        proposal,
        outcome=outcome,
        advisers=advisers,
        conflicted=conflicted,
        similar=similar,
        signed=record.versions[-1] if record.versions else None,
        burden=burden,
    )
    x, y = chart_position(data, weighing)
    return DossierCheck(
        assessment,
        precedent,
        weighing,
        proposal,
        evaluate(data),
        data.outcome,
        x,
        y,
        record.versions,
        agenda,
        record.problems,
        burden,
    )


@dataclass(frozen=True)
class _Rows:
    """What a check reads of one dossier's own rows, in one statement for many dossiers."""

    dossier: DossierRow
    assessment: AssessmentRow | None
    factors: DossierFactorsRow | None
    decision: DecisionRow | None
    weighing: WeighingRow | None
    proposal: ProposalRow | None
    agenda_item: str | None
    member: GroupMemberRow | None
    group: DossierGroupRow | None


def _read_rows(session: Session, dossier_ids: Sequence[str]) -> dict[str, _Rows]:
    """The dossiers' rows that have one row per dossier, read together, with their
    records (subject, timeline, attachments) and the current assessment's answers."""
    if dossier_ids:
        note_dossier(session, dossier_ids[0])
    found: dict[str, _Rows] = {}
    for chunk in in_chunks(dossier_ids):
        statement = (
            select(
                DossierRow,
                AssessmentRow,
                DossierFactorsRow,
                DecisionRow,
                WeighingRow,
                ProposalRow,
                latest_item(DossierRow.id),
                GroupMemberRow,
                DossierGroupRow,
            )
            .outerjoin(AssessmentRow, assessment_row_of(DossierRow.id))
            .outerjoin(DossierFactorsRow, factors_row_of(DossierRow.id))
            .outerjoin(DecisionRow, decision_row_of(DossierRow.id))
            .outerjoin(WeighingRow, weighing_row_of(DossierRow.id))
            .outerjoin(ProposalRow, proposal_row_of(DossierRow.id))
            .outerjoin(GroupMemberRow, member_of(DossierRow.id))
            .outerjoin(DossierGroupRow, DossierGroupRow.id == GroupMemberRow.group_id)
            .where(DossierRow.id.in_(chunk), DossierRow.deleted_at.is_(None))
            .options(*DOSSIER_PARTS, selectinload(AssessmentRow.answers))
        )
        for row in session.execute(statement):
            found.setdefault(kept(session, row[0]).id, _Rows(*row))
    for dossier_id in dossier_ids:
        if dossier_id not in found:
            live_dossier(session, dossier_id)  # raises: it does not exist (any more)
    return found


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
    burden: RecoveryBurden | None = None,
) -> IndicatorInput:
    """What the indicators judge: `outcome` when asked, else the decision's. `advisers`
    and `conflicted` come from the latest casuïstiekoverleg, `similar` counts similar
    deviations elsewhere, `burden` the recovery against the yearly income."""
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
        burden=burden,
    )


def chart_position(data: IndicatorInput, weighing: WeighingState) -> tuple[float, float]:
    """The dossier's place on the balance chart: how disproportionate the generic outcome
    is, and the risk of arbitrariness if it deviated."""
    deviating = evaluate(replace(data, outcome=Outcome.DEVIATE))
    return (
        disproportion(weighing.verdict.value, weighing.intensity.level),
        arbitrariness_risk(f.severity for f in deviating if f.id not in INFORMATION_ONLY),
    )


def _conference(
    agenda: tuple[Meeting, AgendaItem] | None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who advised on the dossier in its latest casuïstiekoverleg, and who declared a
    conflict of interest there (by name)."""
    if agenda is None:
        return (), ()
    meeting, item = agenda
    advisers = tuple(advice.name for advice in item.record.advice)
    return advisers, tuple(conflict_names(meeting, item.record))
