"""Demo factors, decisions and imported precedents: a consistent, fictitious case base.

Decided demo dossiers get factors and a decision. Each decision is taken the way a
careful conference would: an outcome an earlier decision forces is followed, one that
would contradict an earlier decision is not taken, so the case base stays consistent.
The dossiers of the demo's pattern (generation.py) are decided first in their case base,
each deviating on the same reason: signed deviations from one article on the same
factors, which make a pattern proposal for a knelpuntsignaal. Three open dossiers are
then set up so a new user sees every situation of the panel: an outcome forced, an
outcome that contradicts a precedent unless a difference is named, and a free decision
on new ground. Their case bases get imported precedents until each holds SHOWN_AT, so
these situations follow from the seed's dossiers by construction, not by chance.

Everything is drawn from the one seeded generator, in an order that depends on the seed
alone: sets of factor ids are only iterated sorted (or in a catalogue's order) before a
draw, as their own order follows str hashes, which differ per process (PYTHONHASHSEED).

All of it is decided in memory on `DemoCase` values (filling.py writes the rows);
as only decisions under the same route bind, there is a case base per catalogue and route
(a case without a route binds nothing and is bound by nothing), indexed by reason, so a
check looks only at the precedents whose reason the case has: the only ones the
definitions can count.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields, TimelineEntry
from maatwerkdesk.domain.factors import Factor, FactorCatalogue
from maatwerkdesk.domain.precedent import (
    Outcome,
    Precedent,
    Side,
    Status,
    check_outcome,
)
from maatwerkdesk.domain.signed_record import RecordKind, SignedContent, content_bytes
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.models import ImportedPrecedentRow
from maatwerkdesk.services.assessments import NewAssessment
from maatwerkdesk.services.audit import Action, AuditBatch
from maatwerkdesk.services.decision_record import version_values
from maatwerkdesk.services.demo.data import (
    DEMO_ORIGIN,
    DEMO_SOURCE,
    IMPORTED_SUMMARY,
    MOTIVATIONS,
)
from maatwerkdesk.services.demo.generation import is_group_member, told_decision
from maatwerkdesk.services.historic import HISTORIC_ACT
from maatwerkdesk.services.precedents import suggested_catalogue
from maatwerkdesk.services.signed import dossier_facts

DECIDED = (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN)
OPEN = (DossierStatus.TER_BESPREKING, DossierStatus.ANALYSE)
IMPORTED_PER_CATALOGUE = 2
SHOWN_AT = 2
"""Precedents a case base holds before an open dossier in it shows a situation."""
SITUATIONS = 3
"""Open dossiers that show a situation of the panel: forced, distinguishable and free."""


@dataclass
class DemoCase:
    """A demo dossier while the demo makes it up, before any of it is written."""

    id: str
    reference: str
    status: DossierStatus
    """The status it was made up with; decided dossiers are written with `final_status`."""
    fields: DossierFields
    timeline: tuple[TimelineEntry, ...]
    created_at: datetime
    updated_at: datetime
    route: str | None = None
    """The route of its check, as the route chooser suggests it; None without a check."""
    power: str | None = None
    """The type of power that route belongs to."""
    leaning: Outcome | None = None
    """Where its story points: the decision's outcome (taken or proposed), else one drawn
    for it. Its route check and weighing are made up to agree with it."""
    assessment: NewAssessment | None = None
    catalogue: FactorCatalogue | None = None
    """The factor catalogue that fits it; None when none does."""
    factors: frozenset[str] = frozenset()
    factors_saved: bool = False
    """Whether its factors are recorded (a decided dossier without a decision has none)."""
    decision: Decision | None = None
    """Decided: the decision taken; ter bespreking: the one proposed."""
    in_pattern: bool = False
    """One of the decided dossiers of the demo's pattern: it deviates on the pattern's reason."""

    @property
    def title(self) -> str:
        return self.fields.title

    @property
    def regulation(self) -> str:
        return self.fields.regulation

    @property
    def article(self) -> str:
        return self.fields.article

    @property
    def deviation_article(self) -> str:
        return self.fields.deviation_article

    @property
    def request(self) -> str:
        return self.fields.request

    @property
    def knelpunt(self) -> str:
        return self.fields.knelpunt

    @property
    def decided_on(self) -> date:
        return self.updated_at.date()

    @property
    def binds(self) -> bool:
        """Whether it becomes a historic precedent: decided, with a decision."""
        return self.status in DECIDED and self.decision is not None

    @property
    def final_status(self) -> DossierStatus:
        """'Besloten' means a decision binds: a decided dossier without one is closed."""
        if self.status in DECIDED and not self.binds:
            return DossierStatus.AFGESLOTEN
        return self.status


class _Base:
    """The demo case base of one factor catalogue and route, kept in memory while it is
    built, with its precedents by reason: only a precedent whose reason a case has can
    force, forbid or conflict with an outcome, so a check hands `check_outcome` just those."""

    def __init__(self, catalogue: FactorCatalogue) -> None:
        self.catalogue = catalogue
        self.precedents: list[Precedent] = []
        self._by_reason: dict[frozenset[str], list[Precedent]] = defaultdict(list)

    def add(self, precedent: Precedent) -> None:
        self.precedents.append(precedent)
        self._by_reason[precedent.reason].append(precedent)

    def candidates(self, factors: frozenset[str]) -> list[Precedent]:
        present = sorted(factors)
        found: list[Precedent] = []
        for size in range(len(present) + 1):
            for subset in itertools.combinations(present, size):
                found.extend(self._by_reason.get(frozenset(subset), ()))
        return found

    def check(
        self, factors: frozenset[str], outcome: Outcome, reason: frozenset[str] | None = None
    ) -> tuple[Status, bool]:
        result = check_outcome(
            factors, outcome, self.candidates(factors), self.catalogue.sides, reason
        )
        return result.status, result.reason_consistent


def decide_demo_cases(
    cases: list[DemoCase],
    choices: tuple[FactorCatalogue, ...],
    rng: random.Random,
    taken: Callable[[], set[str]],
    today: date,
) -> list[dict[str, Any]]:
    """Factors and a decision for every demo case a factor catalogue fits; returns the rows
    of the imported precedents made up beside them. `taken` reads the references of
    imported precedents already in the database."""
    weights = _Weights(rng)
    bases = _Bases()
    placed: list[DemoCase] = []
    for case in cases:
        case.catalogue = suggested_catalogue(choices, case.route, case.regulation)
        if case.catalogue is not None:
            placed.append(case)
    decided = [case for case in placed if case.status in DECIDED]
    pattern = [case for case in decided if case.in_pattern]
    reason = _pattern_reason(pattern, rng)
    # The pattern's dossiers first: no decision before them in their base stands in the
    # way of deviating on its reason.
    for case in [*pattern, *(case for case in decided if not case.in_pattern)]:
        assert case.catalogue is not None
        base = bases.of(case.catalogue, case.route)
        offered = case.catalogue.applicable(case.route, case.regulation)
        if case.in_pattern and reason and reason <= {f.id for f in offered}:
            case.factors = reason | _draw_factors(rng, offered)
            decision = _deviation(base, case.factors, reason, weights, rng)
        else:
            case.factors = _draw_factors(rng, offered)
            decision = _decide(base, case.factors, weights, rng)
        if decision is not None:
            case.decision = replace(decision, decided_on=case.decided_on)
            case.timeline = told_decision(case.timeline, decision)
            case.factors_saved = True
            base.add(_precedent(case.reference, case.factors, decision, case.catalogue))
    shown = _shown(placed)
    for case in shown:
        assert case.catalogue is not None
        bases.of(case.catalogue, case.route)
    imported: list[dict[str, Any]] = []
    known = taken() if bases.catalogues else set()
    for catalogue in list(bases.catalogues.values()):
        aims = [c.route for c in shown if c.catalogue and c.catalogue.ref == catalogue.ref]
        imported += _imported(catalogue, aims, bases, weights, rng, today, known)
    _decide_open_cases(placed, bases, weights, rng)
    return imported


def _pattern_reason(pattern: list[DemoCase], rng: random.Random) -> frozenset[str]:
    """The reason the pattern's dossiers deviate on: one or two of the factors for deviating
    that their catalogue offers (they share regulation, article and so route)."""
    first = pattern[0] if pattern else None
    if first is None or first.catalogue is None:
        return frozenset()
    offered = first.catalogue.applicable(first.route, first.regulation)
    pro = [f.id for f in offered if f.side is Side.PRO]
    return frozenset(rng.sample(pro, k=min(len(pro), rng.randint(1, 2))))


def _shown(placed: list[DemoCase]) -> list[DemoCase]:
    """The open dossiers that show the situations of the panel: the first ones with a
    route, outside the demo group (whose members tell their own story)."""
    return [
        case
        for case in placed
        if case.status in OPEN and case.route is not None and not is_group_member(case.fields)
    ][:SITUATIONS]


class _Bases:
    """The demo case bases by catalogue id and route, and the catalogues that have one."""

    def __init__(self) -> None:
        self._bases: dict[tuple[str, str], _Base] = {}
        self.catalogues: dict[str, FactorCatalogue] = {}
        """By id, in the order their first decided case came."""

    def of(self, catalogue: FactorCatalogue, route: str | None) -> _Base:
        """The base that binds a case under `route`; without a route a new, empty one:
        nothing binds such a case, and what it decides binds nobody."""
        self.catalogues.setdefault(catalogue.header.id, catalogue)
        if route is None:
            return _Base(catalogue)
        return self._bases.setdefault((catalogue.header.id, route), _Base(catalogue))

    def get(self, catalogue: FactorCatalogue, route: str | None) -> _Base | None:
        if route is None:
            return None
        return self._bases.get((catalogue.header.id, route))


class _Weights:
    """A hidden weight per factor: how strongly the demo conference weighs it.

    The factors of a catalogue are weighed all at once, in the catalogue's order, when the
    demo first decides under it: which weight a factor gets follows from the seed alone,
    not from the order a set of factor ids is iterated in (it follows str hashes)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._weights: dict[str, float] = {}
        self._weighed: set[str] = set()

    def of(self, catalogue: FactorCatalogue) -> Callable[[str], float]:
        if catalogue.header.id not in self._weighed:
            self._weighed.add(catalogue.header.id)
            for factor in catalogue.factors:
                if factor.id not in self._weights:
                    self._weights[factor.id] = self._rng.uniform(1.0, 3.0)
        return self._weights.__getitem__


def _draw_factors(rng: random.Random, offered: list[Factor]) -> frozenset[str]:
    pro = [f.id for f in offered if f.side is Side.PRO]
    con = [f.id for f in offered if f.side is Side.CON]
    chosen = rng.sample(pro, k=min(len(pro), rng.randint(1, 3)))
    chosen += rng.sample(con, k=min(len(con), rng.randint(1, 2)))
    return frozenset(chosen)


def _decide(
    base: _Base, factors: frozenset[str], weights: _Weights, rng: random.Random
) -> Decision | None:
    """Follow a forcing precedent, never contradict one; else the weightier side wins."""
    sides = base.catalogue.sides
    weight = weights.of(base.catalogue)
    score = sum(weight(f) for f in sorted(sides.of(factors, Side.PRO))) - sum(
        weight(f) for f in sorted(sides.of(factors, Side.CON))
    )
    preferred = Outcome.DEVIATE if score + rng.gauss(0, 0.8) > 0 else Outcome.GENERIC
    for outcome in (preferred, preferred.other):
        winning = sides.of(factors, outcome.side)
        if not winning:
            continue
        heaviest = sorted(winning, key=lambda f: (-weight(f), f))
        strongest = frozenset(heaviest[: rng.randint(1, 2)])
        status, consistent = base.check(factors, outcome, strongest)  # status: any reason
        if status is Status.INCONSISTENT:
            continue
        reason = strongest if consistent and strongest != winning else None
        return _decision(base.catalogue, outcome, reason, rng)
    return None


def _deviation(
    base: _Base,
    factors: frozenset[str],
    reason: frozenset[str],
    weights: _Weights,
    rng: random.Random,
) -> Decision | None:
    """Deviate on `reason`, as each of the pattern's dossiers does; decided as any other
    where that would contradict a precedent (it cannot: they come first in their base)."""
    status, consistent = base.check(factors, Outcome.DEVIATE, reason)
    if status is Status.INCONSISTENT or not consistent:
        return _decide(base, factors, weights, rng)
    winning = base.catalogue.sides.of(factors, Side.PRO)
    return _decision(base.catalogue, Outcome.DEVIATE, reason if reason != winning else None, rng)


def _decision(
    catalogue: FactorCatalogue, outcome: Outcome, reason: frozenset[str] | None, rng: random.Random
) -> Decision:
    if outcome is Outcome.GENERIC:
        kind = rng.choice((OutcomeType.GENERIC, OutcomeType.REFUSE))
        return Decision(kind, None, reason, motivation=rng.choice(MOTIVATIONS[outcome]))
    kind = rng.choices(
        (OutcomeType.PARTIAL, OutcomeType.FULL, OutcomeType.ALTERNATIVE, OutcomeType.TEMPORARY),
        weights=(5, 3, 1, 1),
    )[0]
    degree = _degree(catalogue, rng) if kind is OutcomeType.PARTIAL else None
    return Decision(kind, degree, reason, motivation=rng.choice(MOTIVATIONS[outcome]))


def _degree(catalogue: FactorCatalogue, rng: random.Random) -> Degree:
    """How far a partial deviation goes, in the unit the domain uses."""
    domain = catalogue.header.id.rsplit(".", 1)[-1]
    if domain == "woningsluiting":
        return Degree(DegreeUnit.MONTHS, float(rng.choice((1, 2, 3))))
    if domain in ("invordering", "bijzondere-bijstand"):
        return Degree(DegreeUnit.EURO, float(rng.randrange(250, 4000, 50)))
    return Degree(DegreeUnit.PERCENT, float(rng.choice((25, 30, 40, 50, 60, 75))))


def _precedent(
    case_id: str, factors: frozenset[str], decision: Decision, catalogue: FactorCatalogue
) -> Precedent:
    return Precedent(
        case_id, factors, decision.outcome, decision.reason_for(factors, catalogue.sides)
    )


def _imported(
    catalogue: FactorCatalogue,
    aims: list[str | None],
    bases: _Bases,
    weights: _Weights,
    rng: random.Random,
    today: date,
    taken: set[str],
) -> list[dict[str, Any]]:
    """IMPORTED_PER_CATALOGUE precedents decided elsewhere under routes drawn from the
    catalogue's, then under each route of `aims` (an open dossier's that shows a situation)
    as many as its base lacks of SHOWN_AT."""
    routes: list[str | None] = [
        rng.choice(catalogue.routes) if catalogue.routes else None
        for _ in range(IMPORTED_PER_CATALOGUE)
    ]
    for aim in dict.fromkeys(aims):
        lacking = SHOWN_AT - len(bases.of(catalogue, aim).precedents) if aim else 0
        routes += [aim] * lacking
    domain = catalogue.header.id.rsplit(".", 1)[-1]
    numbers = (n for n in itertools.count(1) if _imported_reference(domain, today, n) not in taken)
    rows = []
    for route in routes:
        factors = _draw_factors(rng, catalogue.applicable(route, ""))
        base = bases.of(catalogue, route)
        decision = _decide(base, factors, weights, rng)
        if decision is None:
            continue
        reference = _imported_reference(domain, today, next(numbers))
        precedent = _precedent(reference, factors, decision, catalogue)
        labels = ", ".join(catalogue.label(f).lower() for f in sorted(precedent.reason))
        rows.append(
            {
                "reference": reference,
                "origin": DEMO_ORIGIN,
                "catalogue_id": catalogue.header.id,
                "catalogue_version": catalogue.header.version,
                "route": route,
                "factors": sorted(factors),
                "outcome": decision.outcome.value,
                "outcome_type": decision.outcome_type.value,
                "degree_unit": decision.degree.unit.value if decision.degree else None,
                "degree_value": decision.degree.value if decision.degree else None,
                "reason": sorted(precedent.reason),
                "summary": IMPORTED_SUMMARY.format(labels=labels),
                "decided_on": date(today.year - 1, rng.randint(1, 12), rng.randint(1, 28)),
            }
        )
        base.add(precedent)
    return rows


def taken_imported_references(session: Session) -> set[str]:
    return set(session.scalars(select(ImportedPrecedentRow.reference)))


def _imported_reference(domain: str, today: date, number: int) -> str:
    return f"VBS-{today.year - 1}-{domain[:4].upper()}-{number:02}"


def _decide_open_cases(
    placed: list[DemoCase], bases: _Bases, weights: _Weights, rng: random.Random
) -> None:
    """Factors for open dossiers; three of them show forced, distinguishable and free.

    A dossier ter bespreking also carries the caseworker's proposed decision, made the way
    the conference decides (it is not in the case base until it is decided)."""
    designs: list[Callable[[_Base, list[Factor]], frozenset[str] | None]] = [
        lambda base, _offered: _forced_case(base),
        lambda base, offered: _distinguishable_case(base, offered, rng),
        lambda base, offered: _free_case(base, offered, rng),
    ]
    for case in placed:
        if case.status not in OPEN:
            continue
        assert case.catalogue is not None
        base = bases.get(case.catalogue, case.route)
        offered = case.catalogue.applicable(case.route, case.regulation)
        factors = None
        if (
            base is not None
            and len(base.precedents) >= SHOWN_AT
            and not is_group_member(case.fields)
        ):
            for design in list(designs):
                factors = design(base, offered)
                if factors is not None:
                    designs.remove(design)
                    break
        if factors is None:
            factors = _draw_factors(rng, offered)
        case.factors, case.factors_saved = factors, True
        if case.status is DossierStatus.TER_BESPREKING:
            proposed = _decide(base or _Base(case.catalogue), factors, weights, rng)
            if proposed is not None:
                case.decision = replace(proposed, decided_on=case.decided_on)


def _forced_case(base: _Base) -> frozenset[str] | None:
    for precedent in base.precedents:
        factors = precedent.factors
        if base.check(factors, precedent.outcome)[0] is Status.FORCED:
            return factors
    return None


def _distinguishable_case(
    base: _Base, offered: list[Factor], rng: random.Random
) -> frozenset[str] | None:
    """A precedent plus one factor for the other side: deciding otherwise conflicts with
    it, but that factor is a relevant difference that can distinguish it. A factor no
    precedent of the base has is tried first: no precedent can then force the precedent's
    outcome, as each lacks that factor."""
    seen = frozenset().union(*(p.factors for p in base.precedents))
    for precedent in base.precedents:
        against = precedent.outcome.other
        extra = [f.id for f in offered if f.side is against.side and f.id not in precedent.factors]
        fresh = [f for f in extra if f not in seen]
        rng.shuffle(fresh)
        rest = [f for f in extra if f in seen]
        rng.shuffle(rest)
        for factor in [*fresh, *rest][:5]:
            factors = precedent.factors | {factor}
            result = check_outcome(factors, against, base.candidates(factors), base.catalogue.sides)
            if result.status is Status.FREE and any(c.differences for c in result.conflicts):
                return factors
    return None


def _free_case(base: _Base, offered: list[Factor], rng: random.Random) -> frozenset[str] | None:
    """New ground: factors none of which is part of a precedent's reason, so no precedent's
    reason is present and none forces or conflicts with either outcome."""
    reasons = frozenset().union(*(p.reason for p in base.precedents))
    drawn = _draw_factors(rng, [f for f in offered if f.id not in reasons])
    if drawn and all(base.check(drawn, o)[0] is Status.FREE for o in Outcome):
        return drawn
    return None


def historic_versions(cases: Iterable[DemoCase], batch: AuditBatch) -> list[dict[str, Any]]:
    """Decided demo dossiers bind as historic precedents with a (fictitious) source, as an
    organisation's earlier decisions would: each version's content fixed like
    `historic.register_historic` fixes it, its hash recorded in the audit trail."""
    rows = []
    for case in cases:
        if not case.binds:
            continue
        assert case.decision is not None and case.catalogue is not None
        content = SignedContent(
            kind=RecordKind.HISTORIC,
            dossier_id=case.id,
            version=1,
            facts=dossier_facts(case.reference, case.fields),
            decision=case.decision,
            factors=case.factors,
            catalogue=case.catalogue.ref,
            route=case.route,
            signed_at=utc_now(),
            audit_head=batch.head,
            source=DEMO_SOURCE,
        )
        values = version_values(
            content, content_bytes(content), signature=None, key_id=None, agenda_item_id=None
        )
        rows.append(values)
        batch.dossier_act(Action.UPDATE, HISTORIC_ACT, case.id, digest=values["content_hash"])
    return rows
