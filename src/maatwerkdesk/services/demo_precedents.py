"""Demo factors, decisions and imported precedents: a consistent, fictitious case base.

Decided demo dossiers get factors and a decision. Each decision is taken the way a
careful conference would: an outcome an earlier decision forces is followed, one that
would contradict an earlier decision is not taken, so the case base stays consistent.
Three open dossiers are then set up so a new user sees every situation of the panel:
an outcome forced, an outcome that contradicts a precedent unless a difference is
named, and a free decision on new ground.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.factors import Factor, FactorCatalogue
from maatwerkdesk.domain.precedent import (
    Outcome,
    Precedent,
    Side,
    Status,
    check_outcome,
)
from maatwerkdesk.domain.signed_record import RecordKind
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.mapping import read_decision
from maatwerkdesk.persistence.models import (
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
    ImportedPrecedentRow,
)
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_record import new_content, store_version
from maatwerkdesk.services.historic import HISTORIC_ACT
from maatwerkdesk.services.precedents import current_route, suggested_catalogue

DECIDED = (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN)
OPEN = (DossierStatus.TER_BESPREKING, DossierStatus.ANALYSE)
DEMO_ORIGIN = "Gemeente Voorbeeldstad (fictief)"
DEMO_SOURCE = "Fictief demobesluit, genomen vóór de invoering van MaatwerkDesk"
IMPORTED_PER_CATALOGUE = 2
_MOTIVATIONS = {
    Outcome.DEVIATE: (
        "Fictief: de gevolgen van de algemene regel zijn hier onevenredig; de doorslaggevende "
        "factoren wegen zwaarder dan wat voor de regel pleit.",
        "Fictief: in lijn met eerdere beslissingen; het aandeel van de overheid en de "
        "omstandigheden van het huishouden geven de doorslag.",
    ),
    Outcome.GENERIC: (
        "Fictief: wat voor de algemene regel pleit weegt zwaarder; de gevolgen blijven "
        "binnen wat de regel beoogt.",
        "Fictief: geen omstandigheden die afwijken rechtvaardigen; een betalingsregeling "
        "vangt de gevolgen op.",
    ),
}


@dataclass(frozen=True)
class DemoDossierRef:
    id: str
    reference: str
    status: DossierStatus
    regulation: str
    decided_on: date


@dataclass
class _Base:
    """The demo case base of one factor catalogue, kept in memory while it is built."""

    catalogue: FactorCatalogue
    precedents: list[Precedent] = field(default_factory=list)

    def check(
        self, factors: frozenset[str], outcome: Outcome, reason: frozenset[str] | None = None
    ) -> tuple[Status, bool]:
        result = check_outcome(factors, outcome, self.precedents, self.catalogue.sides, reason)
        return result.status, result.reason_consistent


def add_demo_precedents(
    session: Session, context: Context, dossiers: list[DemoDossierRef], rng: random.Random
) -> None:
    known = catalogues.known_catalogues(session)
    choices = tuple(known.factor_choices(context.current_date()))
    weights = _Weights(rng)
    bases: dict[str, _Base] = {}
    placed: list[tuple[DemoDossierRef, FactorCatalogue, str | None]] = []
    for dossier in dossiers:
        route = current_route(session, dossier.id)
        catalogue = suggested_catalogue(choices, route, dossier.regulation)
        if catalogue is not None:
            placed.append((dossier, catalogue, route))
    for dossier, catalogue, route in placed:
        if dossier.status in DECIDED:
            base = bases.setdefault(catalogue.header.id, _Base(catalogue))
            factors = _draw_factors(rng, catalogue.applicable(route, dossier.regulation))
            decision = _decide(base, factors, weights, rng)
            if decision is not None:
                _store(session, dossier, catalogue, factors, decision)
                base.precedents.append(_precedent(dossier.reference, factors, decision, catalogue))
    for base in bases.values():
        _add_imported(session, base, weights, rng, context.current_date())
    _add_open_dossiers(session, placed, bases, weights, rng)


class _Weights:
    """A hidden weight per factor: how strongly the demo conference weighs it."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._weights: dict[str, float] = {}

    def __call__(self, factor: str) -> float:
        if factor not in self._weights:
            self._weights[factor] = self._rng.uniform(1.0, 3.0)
        return self._weights[factor]


def _draw_factors(rng: random.Random, offered: list[Factor]) -> frozenset[str]:
    pro = [f.id for f in offered if f.side is Side.PRO]
    con = [f.id for f in offered if f.side is Side.CON]
    chosen = rng.sample(pro, k=min(len(pro), rng.randint(1, 3)))
    chosen += rng.sample(con, k=min(len(con), rng.randint(1, 2)))
    return frozenset(chosen)


def _decide(
    base: _Base, factors: frozenset[str], weight: Callable[[str], float], rng: random.Random
) -> Decision | None:
    """Follow a forcing precedent, never contradict one; else the weightier side wins."""
    sides = base.catalogue.sides
    score = sum(weight(f) for f in sides.of(factors, Side.PRO)) - sum(
        weight(f) for f in sides.of(factors, Side.CON)
    )
    preferred = Outcome.DEVIATE if score + rng.gauss(0, 0.8) > 0 else Outcome.GENERIC
    for outcome in (preferred, preferred.other):
        winning = sides.of(factors, outcome.side)
        if not winning or base.check(factors, outcome)[0] is Status.INCONSISTENT:
            continue
        strongest = frozenset(sorted(winning, key=weight, reverse=True)[: rng.randint(1, 2)])
        consistent = base.check(factors, outcome, strongest)[1]
        reason = strongest if consistent and strongest != winning else None
        return _decision(base.catalogue, outcome, reason, rng)
    return None


def _decision(
    catalogue: FactorCatalogue, outcome: Outcome, reason: frozenset[str] | None, rng: random.Random
) -> Decision:
    if outcome is Outcome.GENERIC:
        kind = rng.choice((OutcomeType.GENERIC, OutcomeType.REFUSE))
        return Decision(kind, None, reason, motivation=rng.choice(_MOTIVATIONS[outcome]))
    kind = rng.choices(
        (OutcomeType.PARTIAL, OutcomeType.FULL, OutcomeType.ALTERNATIVE, OutcomeType.TEMPORARY),
        weights=(5, 3, 1, 1),
    )[0]
    degree = _degree(catalogue, rng) if kind is OutcomeType.PARTIAL else None
    return Decision(kind, degree, reason, motivation=rng.choice(_MOTIVATIONS[outcome]))


def _degree(catalogue: FactorCatalogue, rng: random.Random) -> Degree:
    """How far a partial deviation goes, in the unit the domain uses."""
    domain = catalogue.header.id.rsplit(".", 1)[-1]
    if domain == "woningsluiting":
        return Degree(DegreeUnit.MONTHS, rng.choice((1, 2, 3)))
    if domain in ("invordering", "bijzondere-bijstand"):
        return Degree(DegreeUnit.EURO, rng.randrange(250, 4000, 50))
    return Degree(DegreeUnit.PERCENT, rng.choice((25, 30, 40, 50, 60, 75)))


def _precedent(
    case_id: str, factors: frozenset[str], decision: Decision, catalogue: FactorCatalogue
) -> Precedent:
    return Precedent(
        case_id, factors, decision.outcome, decision.reason_for(factors, catalogue.sides)
    )


def _store(
    session: Session,
    dossier: DemoDossierRef,
    catalogue: FactorCatalogue,
    factors: frozenset[str],
    decision: Decision | None,
) -> None:
    catalogues.pin(session, catalogue)
    session.add(
        DossierFactorsRow(
            dossier_id=dossier.id,
            catalogue_id=catalogue.header.id,
            catalogue_version=catalogue.header.version,
            factors=sorted(factors),
        )
    )
    if decision is None:
        return
    session.add(
        DecisionRow(
            dossier_id=dossier.id,
            outcome=decision.outcome.value,
            outcome_type=decision.outcome_type.value,
            degree_unit=decision.degree.unit.value if decision.degree else None,
            degree_value=decision.degree.value if decision.degree else None,
            reason=sorted(decision.reason) if decision.reason is not None else None,
            distinctions=[],
            motivation=decision.motivation,
            decided_on=dossier.decided_on,
        )
    )


def register_demo_decisions(
    session: Session, context: Context, dossiers: list[DemoDossierRef]
) -> None:
    """Decided demo dossiers bind as historic precedents with a (fictitious) source, as an
    organisation's earlier decisions would; one the demo found no decision for is closed
    without one, since 'Besloten' means a decision binds."""
    for dossier in dossiers:
        if dossier.status not in DECIDED:
            continue
        row = session.get(DossierRow, dossier.id)
        factors = session.scalar(
            select(DossierFactorsRow).where(DossierFactorsRow.dossier_id == dossier.id)
        )
        decision = read_decision(
            session.scalar(select(DecisionRow).where(DecisionRow.dossier_id == dossier.id))
        )
        assert row is not None
        if factors is not None and decision is not None:
            content = new_content(
                session,
                dossier.id,
                decision,
                factors=frozenset(factors.factors),
                catalogue=CatalogueRef(factors.catalogue_id, factors.catalogue_version),
                route=current_route(session, dossier.id),
                kind=RecordKind.HISTORIC,
                version=1,
                signed_at=utc_now(),
                source=DEMO_SOURCE,
            )
            store_version(session, context, content, pair=None, act=HISTORIC_ACT)
        if dossier.status is DossierStatus.AFGESLOTEN or decision is None:
            row.status = DossierStatus.AFGESLOTEN.value


def _add_imported(
    session: Session, base: _Base, weight: _Weights, rng: random.Random, today: date
) -> None:
    catalogue = base.catalogue
    domain = catalogue.header.id.rsplit(".", 1)[-1]
    taken = set(session.scalars(select(ImportedPrecedentRow.reference)))
    numbers = (n for n in itertools.count(1) if _imported_reference(domain, today, n) not in taken)
    for _ in range(IMPORTED_PER_CATALOGUE):
        factors = _draw_factors(rng, list(catalogue.factors))
        decision = _decide(base, factors, weight, rng)
        if decision is None:
            continue
        reference = _imported_reference(domain, today, next(numbers))
        precedent = _precedent(reference, factors, decision, catalogue)
        labels = ", ".join(catalogue.label(f).lower() for f in sorted(precedent.reason))
        session.add(
            ImportedPrecedentRow(
                reference=reference,
                origin=DEMO_ORIGIN,
                catalogue_id=catalogue.header.id,
                catalogue_version=catalogue.header.version,
                route=rng.choice(catalogue.routes) if catalogue.routes else None,
                factors=sorted(factors),
                outcome=decision.outcome.value,
                outcome_type=decision.outcome_type.value,
                degree_unit=decision.degree.unit.value if decision.degree else None,
                degree_value=decision.degree.value if decision.degree else None,
                reason=sorted(precedent.reason),
                summary=f"Fictieve, geanonimiseerde beslissing van elders; doorslaggevend: {labels}.",
                decided_on=date(today.year - 1, rng.randint(1, 12), rng.randint(1, 28)),
            )
        )
        base.precedents.append(precedent)


def _imported_reference(domain: str, today: date, number: int) -> str:
    return f"VBS-{today.year - 1}-{domain[:4].upper()}-{number:02}"


def _add_open_dossiers(
    session: Session,
    placed: list[tuple[DemoDossierRef, FactorCatalogue, str | None]],
    bases: dict[str, _Base],
    weights: _Weights,
    rng: random.Random,
) -> None:
    """Factors for open dossiers; three of them show forced, distinguishable and free.

    A dossier ter bespreking also carries the caseworker's proposed decision, made the way
    the conference decides (it is not in the case base until it is decided)."""
    designs: list[Callable[[_Base], frozenset[str] | None]] = [
        _forced_case,
        lambda base: _distinguishable_case(base, rng),
        lambda base: _free_case(base, rng),
    ]
    for dossier, catalogue, route in placed:
        if dossier.status not in OPEN:
            continue
        base = bases.get(catalogue.header.id)
        factors = None
        if base is not None and len(base.precedents) >= 2:
            for design in list(designs):
                factors = design(base)
                if factors is not None:
                    designs.remove(design)
                    break
        if factors is None:
            factors = _draw_factors(rng, catalogue.applicable(route, dossier.regulation))
        proposed = None
        if dossier.status is DossierStatus.TER_BESPREKING:
            proposed = _decide(base or _Base(catalogue), factors, weights, rng)
        _store(session, dossier, catalogue, factors, proposed)


def _forced_case(base: _Base) -> frozenset[str] | None:
    for precedent in base.precedents:
        factors = precedent.factors
        if base.check(factors, precedent.outcome)[0] is Status.FORCED:
            return factors
    return None


def _distinguishable_case(base: _Base, rng: random.Random) -> frozenset[str] | None:
    """A precedent plus one factor for the other side: deciding otherwise conflicts with
    it, but that factor is a relevant difference that can distinguish it."""
    for precedent in base.precedents:
        against = precedent.outcome.other
        extra = [
            f.id
            for f in base.catalogue.factors
            if f.side is against.side and f.id not in precedent.factors
        ]
        rng.shuffle(extra)
        for factor in extra[:5]:
            factors = precedent.factors | {factor}
            result = check_outcome(factors, against, base.precedents, base.catalogue.sides)
            if result.status is not Status.INCONSISTENT and any(
                c.differences for c in result.conflicts
            ):
                return factors
    return None


def _free_case(base: _Base, rng: random.Random) -> frozenset[str] | None:
    factors = list(base.catalogue.factors)
    for _attempt in range(50):
        drawn = _draw_factors(rng, factors)
        if all(base.check(drawn, o)[0] is Status.FREE for o in Outcome):
            return drawn
    return None
