"""Demo weighings and proposals: fictitious, but spread like real work.

Decided dossiers carry a complete weighing that fits their decision (a deviation rests on
a disproportionate generic outcome, the generic rule on a proportionate one) and a
proposal, most with two deciders and a zienswijze; open dossiers are weighed partly.
Some gaps are left on purpose, so the indicators have something to point at.
"""

from __future__ import annotations

import random

from sqlalchemy.orm import Session

from maatwerkdesk.domain.demo import OWNERS
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proposal import Proposal, Signal, SignalKind, Zienswijze
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.domain.weighing import (
    Alternative,
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
from maatwerkdesk.services import precedents
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo_precedents import DECIDED, DemoDossierRef
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.proposals import save_proposal
from maatwerkdesk.services.weighing import save_weighing, store_position

AIMS = (
    "Fictief: terugvorderen wat ten onrechte is betaald, zodat gelijke gevallen gelijk "
    "worden behandeld en het vangnet betaalbaar blijft.",
    "Fictief: de regel beschermt de openbare orde en de buurt; dat doel weegt hier mee.",
    "Fictief: de regel voorkomt oneigenlijk gebruik van een voorziening voor iedereen.",
)
CITIZEN_TEXTS = {
    Outcome.DEVIATE: "Fictief: U hoeft minder terug te betalen dan de regel zegt. Dat komt "
    "doordat de gemeente zelf een fout maakte en uw kinderen anders in de knel komen.",
    Outcome.GENERIC: "Fictief: De regel geldt ook voor u. Wij hebben gekeken of dat te hard "
    "uitpakt. Dat is niet zo. U kunt in kleine bedragen terugbetalen.",
}


def add_demo_weighing(
    session: Session, context: Context, dossiers: list[DemoDossierRef], rng: random.Random
) -> None:
    for dossier in dossiers:
        if dossier.status is DossierStatus.INTAKE:
            continue
        state = precedents.load_precedents(session, context, dossier.id)
        outcome = state.decision.outcome if state.decision is not None else None
        complete = dossier.status in DECIDED or rng.random() < 0.4
        save_weighing(session, context, dossier.id, _weighing(rng, outcome, complete))
        if outcome is not None or dossier.status is DossierStatus.TER_BESPREKING:
            save_proposal(session, context, dossier.id, _proposal(rng, state, outcome))
    for dossier in dossiers:  # their places on the balance chart, as a check would store
        if dossier.status in DECIDED:
            store_position_of(session, context, dossier.id)


def _weighing(rng: random.Random, outcome: Outcome | None, complete: bool) -> Weighing:
    deviate = outcome is Outcome.DEVIATE or (outcome is None and rng.random() < 0.5)
    steps = {
        StepId.SUITABILITY: StepRecord(
            StepAnswer.YES, "Fictief: terugvorderen dient het doel van de regel."
        ),
        StepId.NECESSITY: StepRecord(
            StepAnswer.YES if not deviate or rng.random() < 0.5 else StepAnswer.NO,
            "Fictief: een lichter middel is overwogen.",
        ),
    }
    if complete and steps[StepId.NECESSITY].answer is StepAnswer.YES:
        balance = StepAnswer.NO if deviate else StepAnswer.YES
        if rng.random() < 0.2:
            balance = StepAnswer.PARTLY
        motivation = "" if rng.random() < 0.15 else "Fictief: gevolgen en doel afgewogen."
        steps[StepId.BALANCE] = StepRecord(balance, motivation)
    serving = steps[StepId.NECESSITY].answer is StepAnswer.NO
    alternatives = {
        Alternative.PAYMENT_PLAN: AlternativeRecord(
            AlternativeVerdict.SERVES_AIM if serving else AlternativeVerdict.INSUFFICIENT,
            "Fictief: besproken met de betrokkene.",
            # A finished weighing says why a deviation sets the serving plan aside.
            "Fictief: ook in termijnen blijft de vordering te zwaar voor het huishouden."
            if serving and complete
            else "",
        )
    }
    levels = list(Level)[1:]
    return Weighing(
        nature=DecisionNature.BURDENING if rng.random() < 0.85 else DecisionNature.MIXED,
        aim=rng.choice(AIMS),
        steps=steps,
        alternatives=alternatives,
        interests={
            InterestHolder.CITIZEN: InterestRecord(
                rng.choice((Weight.MODERATE, Weight.HEAVY)), "Fictief: inkomen en woning."
            ),
            InterestHolder.RULE_AIM: InterestRecord(
                rng.choice((Weight.LIGHT, Weight.MODERATE)), "Fictief: gelijke behandeling."
            ),
        },
        intensity={
            factor: rng.choice(levels)
            for factor in rng.sample(list(IntensityFactor), k=rng.randint(3, 6))
        },
    )


def _proposal(
    rng: random.Random, state: precedents.PrecedentState, outcome: Outcome | None
) -> Proposal:
    decision, catalogue = state.decision, state.catalogue
    reason = (
        sorted(decision.reason_for(state.factors, catalogue.sides))
        if decision is not None and catalogue is not None
        else []
    )
    motivations = {
        factor: "Fictief: blijkt uit de stukken in de tijdlijn."
        for factor in reason
        if rng.random() < 0.8
    }
    deciders = rng.sample(OWNERS, k=1 if rng.random() < 0.25 else 2)
    signal = Signal()
    if rng.random() < 0.6:
        structural = rng.random() < 0.4
        signal = Signal(
            SignalKind.POLICY_RULE if structural else SignalKind.INDIVIDUAL,
            "Fictief: de regel van dit dossier" if structural else "",
            "Fictief: team beleid" if structural else "",
        )
    return Proposal(
        citizen_text=CITIZEN_TEXTS[outcome] if outcome is not None else "",
        factor_motivations=motivations,
        deciders=tuple(deciders),
        zienswijze=rng.choice(
            (Zienswijze.OFFERED, Zienswijze.OFFERED, Zienswijze.NOT_OFFERED, Zienswijze.UNKNOWN)
        ),
        signal=signal,
    )


def store_position_of(session: Session, context: Context, dossier_id: str) -> None:
    check = load_check(session, context, dossier_id, audit_read=False)
    store_position(session, dossier_id, check.disproportion, check.risk)
