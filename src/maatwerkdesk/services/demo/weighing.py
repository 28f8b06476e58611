"""Demo weighings and proposals: fictitious, but spread like real work.

Decided dossiers carry a complete weighing that fits their decision (a deviation rests on
a disproportionate generic outcome, the generic rule on a proportionate one) and a
proposal, most with two deciders and a zienswijze; open dossiers are weighed partly, in
the direction their proposal, or else their leaning, points.
Some gaps are left on purpose, so the indicators have something to point at: the first
decided deviation, at least, was decided by one person alone. What they say, per domain
(a `Story`), is in resources/demo/weighing.toml.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from maatwerkdesk.domain.assessment import Assessment
from maatwerkdesk.domain.catalogue import CriteriaCatalogue
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proportionality import BOUND_BY_STATUTE
from maatwerkdesk.domain.proposal import Proposal, Signal, SignalKind, Zienswijze
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.domain.weighing import (
    AlternativeRecord,
    AlternativeVerdict,
    DecisionNature,
    IntensityFactor,
    InterestHolder,
    InterestRecord,
    Level,
    StepAnswer,
    StepId,
    StepRecord,
    Weighing,
    Weight,
)
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.assessments import assessment_state
from maatwerkdesk.services.audit import AuditBatch
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo.data import (
    AIM_INTEREST_NOTE,
    ALTERNATIVE_NOTE,
    BALANCE_NOTE,
    CITIZEN_INTEREST_NOTE,
    FACTOR_MOTIVATION,
    GENERAL_STORY,
    NECESSITY_NOTE,
    OWNERS,
    SIGNAL_OWNER,
    SIGNAL_RULE,
    STORIES,
    Story,
)
from maatwerkdesk.services.demo.precedents import DECIDED, DemoCase
from maatwerkdesk.services.dossier_check import chart_position, indicator_input
from maatwerkdesk.services.precedents import PrecedentState, ReportQuery, SharedReports
from maatwerkdesk.services.proposals import cleaned_proposal, proposal_values
from maatwerkdesk.services.similar_deviations import deviations_by_article
from maatwerkdesk.services.weighing import WeighingState, checked_weighing, weighing_values


def story_of(case: DemoCase) -> Story:
    """The story that fits the dossier's domain, known by its factor catalogue."""
    catalogue = case.catalogue
    if catalogue is None:
        return GENERAL_STORY
    return STORIES.get(catalogue.header.id, GENERAL_STORY)


@dataclass
class WeighingRows:
    weighings: list[dict[str, Any]] = field(default_factory=list)
    proposals: list[dict[str, Any]] = field(default_factory=list)


class DemoWeighings:
    """The weighing and proposal rows of demo dossiers, each recorded in `batch` as saved.

    A proposal is recorded by `acting`, one ter bespreking by its owner's user in
    `proposers` (so four eyes keeps them from signing). A decided dossier gets its place
    on the balance chart, as a check would store it before its decision binds."""

    def __init__(
        self,
        session: Session,
        context: Context,
        rng: random.Random,
        batch: AuditBatch,
        *,
        proposers: Mapping[str, str],
        acting: str,
    ) -> None:
        known = catalogues.known_catalogues(session)
        today = context.current_date()
        self._place = _Place(
            context,
            known,
            known.current(today),
            tuple(known.factor_choices(today)),
            SharedReports(session),
        )
        self._similar = deviations_by_article(session)
        self._rng = rng
        self._batch = batch
        self._proposers = proposers
        self._acting = acting
        self._alone = True
        """Whether the next decided deviation is to be decided by one person alone."""

    def rows(self, cases: Iterable[DemoCase]) -> WeighingRows:
        rng, batch = self._rng, self._batch
        rows = WeighingRows()
        for case in cases:
            if case.status is DossierStatus.INTAKE:
                continue
            outcome = case.decision.outcome if case.decision is not None else None
            complete = case.status in DECIDED or rng.random() < 0.4
            deviate = case.leaning is Outcome.DEVIATE
            state = checked_weighing(
                case.id, _weighing(rng, story_of(case), deviate, complete, case.power), case.power
            )
            batch.part_act("weighing.save", "weighing", case.id)
            proposal = Proposal()
            if outcome is not None or case.status is DossierStatus.TER_BESPREKING:
                alone = self._alone and case.status in DECIDED and outcome is Outcome.DEVIATE
                proposal = cleaned_proposal(_proposal(rng, case, outcome, alone=alone))
                self._alone = self._alone and not alone
                by = self._acting
                if case.status is DossierStatus.TER_BESPREKING:
                    by = self._proposers.get(case.fields.owner, by)
                rows.proposals.append(
                    {"dossier_id": case.id, **proposal_values(proposal), "proposed_by": by}
                )
                batch.part_act("proposal.save", "proposal", case.id)
            row = {"dossier_id": case.id, **weighing_values(state)}
            if case.status in DECIDED:
                key = (case.regulation.strip().lower(), case.article.strip().lower())
                similar = self._similar.get(key, 0) if key[0] else 0
                row["disproportion"], row["risk"] = self._place.of(case, state, proposal, similar)
            rows.weighings.append(row)
        return rows


def _weighing(
    rng: random.Random, story: Story, deviate: bool, complete: bool, power: str | None
) -> Weighing:
    """A weighing whose verdict agrees with the dossier's leaning. Deviating finds the
    generic outcome disproportionate: a lighter measure serves the aim as well (where that
    step applies), or its consequences are out of proportion, and the citizen's interest
    weighs more than the rule's aim. The generic rule passes every step, its aim weighing
    at least as much. An incomplete weighing leaves evenwichtigheid open."""
    lighter = deviate and power != BOUND_BY_STATUTE and rng.random() < 0.5
    steps = {
        StepId.SUITABILITY: StepRecord(StepAnswer.YES, story.suitability),
        StepId.NECESSITY: StepRecord(StepAnswer.NO if lighter else StepAnswer.YES, NECESSITY_NOTE),
    }
    if complete and not lighter:
        motivation = "" if rng.random() < 0.15 else BALANCE_NOTE
        steps[StepId.BALANCE] = StepRecord(StepAnswer.NO if deviate else StepAnswer.YES, motivation)
    alternatives = {
        story.alternative: AlternativeRecord(
            AlternativeVerdict.SERVES_AIM if lighter else AlternativeVerdict.INSUFFICIENT,
            ALTERNATIVE_NOTE,
            # A finished weighing says why a deviation sets the serving measure aside.
            story.set_aside if lighter and complete else "",
        )
    }
    heavier = rng.choice((Weight.MODERATE, Weight.HEAVY))
    lighter_weights = (Weight.LIGHT, Weight.MODERATE)
    if deviate:
        citizen = heavier
        aim = rng.choice([w for w in lighter_weights if w.rank < heavier.rank])
    else:
        citizen, aim = rng.choice(lighter_weights), heavier
    levels = list(Level)[1:]
    return Weighing(
        nature=DecisionNature.BURDENING if rng.random() < 0.85 else DecisionNature.MIXED,
        aim=story.aim,
        steps=steps,
        alternatives=alternatives,
        interests={
            InterestHolder.CITIZEN: InterestRecord(citizen, CITIZEN_INTEREST_NOTE),
            InterestHolder.RULE_AIM: InterestRecord(aim, AIM_INTEREST_NOTE),
        },
        intensity={
            factor: rng.choice(levels)
            for factor in rng.sample(list(IntensityFactor), k=rng.randint(3, 6))
        },
    )


def _proposal(
    rng: random.Random, case: DemoCase, outcome: Outcome | None, *, alone: bool = False
) -> Proposal:
    """A proposal that fits the case; `alone`: decided by one person."""
    decision, catalogue = case.decision, case.catalogue
    factors = case.factors if case.factors_saved else frozenset()
    reason = (
        sorted(decision.reason_for(factors, catalogue.sides))
        if decision is not None and catalogue is not None
        else []
    )
    motivations = {factor: FACTOR_MOTIVATION for factor in reason if rng.random() < 0.8}
    deciders = rng.sample(OWNERS, k=1 if rng.random() < 0.25 or alone else 2)
    signal = Signal()
    if rng.random() < 0.6:
        structural = rng.random() < 0.4
        signal = Signal(
            SignalKind.POLICY_RULE if structural else SignalKind.INDIVIDUAL,
            SIGNAL_RULE if structural else "",
            SIGNAL_OWNER if structural else "",
        )
    return Proposal(
        citizen_text=story_of(case).citizen[outcome] if outcome is not None else "",
        factor_motivations=motivations,
        deciders=tuple(deciders),
        zienswijze=rng.choice(
            (Zienswijze.OFFERED, Zienswijze.OFFERED, Zienswijze.NOT_OFFERED, Zienswijze.UNKNOWN)
        ),
        signal=signal,
    )


@dataclass(frozen=True)
class _Place:
    """The place of a demo dossier on the balance chart, as its check would give it from
    the rows about to be written."""

    context: Context
    known: catalogues.KnownCatalogues
    criteria: CriteriaCatalogue
    choices: tuple[FactorCatalogue, ...]
    reports: SharedReports

    def of(
        self, case: DemoCase, weighing: WeighingState, proposal: Proposal, similar: int
    ) -> tuple[float, float]:
        saved = case.assessment is not None
        assessment = (
            case.assessment.assessment
            if case.assessment is not None
            else Assessment(self.criteria.ref)
        )
        factors = case.factors if case.factors_saved else frozenset()
        report = None
        if case.catalogue is not None:
            query = ReportQuery(case, case.catalogue, case.route, factors, case.decision)
            report = self.reports.report(query)
        data = indicator_input(
            assessment_state(
                self.context, self.known, case, self.criteria, assessment, saved=saved
            ),
            PrecedentState(
                dossier_id=case.id,
                reference=case.reference,
                route=case.route,
                catalogue=case.catalogue,
                choices=self.choices,
                factors=factors,
                decision=case.decision,
                report=report,
                saved=case.factors_saved,
            ),
            weighing,
            proposal,
            similar=similar,
        )
        return chart_position(data, weighing)
