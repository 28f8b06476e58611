"""Precedent engine: the full precedent assessment of an open dossier against a large case base.

What is measured, and why: when a caseworker opens a dossier, `load_precedents` reads the
dossier, its route, factors and decision and asks the indexed case base which precedents
force or forbid each outcome, which conflict with it and which cases are most similar.
That has to feel instant with a case base of 100,000 decided dossiers (target: median
under 50 ms with a warm index), and the index has to earn its keep against the obvious
code (target: at least 20 times faster than a per-case Python loop over ORM objects).

The case base is synthetic but shaped like a real one, written in bulk into a fresh
temporary SQLite database through the real schema: decided dossiers (status besloten)
with factors from the bundled catalogue nl.maatwerkdesk.factoren.terugvordering, a
decision and an assessment naming the route for all but the fraction `--unrouted`
(default 10 %, as some dossiers are decided before a route is chosen). Factor
prevalences are skewed (a few common, most occasional, a long tail), a hidden weighted
score of pro against con factors plus noise decides the outcome, and the reason is usually the one or two strongest
winning factors (sometimes all of them: stored as NULL). The query dossiers are open
dossiers (status analyse) created through the services, their factors saved with
`save_factors`; they are created before the case base is written, so that saving them
does not rebuild a 100,000-case index twenty times.

Reported: the first `load_precedents` call (cold: it builds the index, "index opbouwen"),
the warm calls cycling over the query dossiers (median, p90, min), the engine alone
(`case_base(session, catalogue).assess(query)`, and `assess` with the index in hand), the
baseline and the ratio, and memory: the tracemalloc peak of building the index and the
growth of the resident set while building it untraced. The baseline computes only the constraint
(forcing, contradicting and conflicting precedents per outcome), not the similar cases,
degree ranges or inconsistent pairs the engine adds; the engine in turn lists the
precedents behind its counts only when asked, so "assess() + lists" times it with every
list of the constraint made, as the baseline makes them. Baseline and engine must agree on
the constraint for every query dossier (asserted).

A slow engine makes a timed phase stop early after `--budget` seconds (the output says
so); the warm `load_precedents` phase still visits every query dossier once, so that its
median stays representative. `--profile N` appends a cProfile summary of N warm calls.

    .venv/bin/python bench/precedents.py [--cases 100000] [--repeat 50] [--seed 1]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.case_base import CaseQuery, PrecedentReport
from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.precedent import (
    FactorSides,
    Outcome,
    Precedent,
    Side,
    Status,
    forces,
    inconsistent_with,
)
from maatwerkdesk.domain.precedent_explanation import explain_outcome
from maatwerkdesk.domain.text import content_words
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.models import (
    AssessmentRow,
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
)
from maatwerkdesk.services import case_base_store, catalogues, dossiers, precedents
from maatwerkdesk.services.case_base_store import DECIDED, case_base, dossier_text
from maatwerkdesk.services.context import Context

CATALOGUE_ID = "nl.maatwerkdesk.factoren.terugvordering"
BATCH = 5_000
PER_YEAR = 25_000
"""Case base references per year: MW-2025-00001 … MW-2025-25000, then 2024, and so on."""
MIN_FACTORS, MAX_FACTORS = 2, 8
TARGET_MEDIAN = 0.050
TARGET_RATIO = 20.0

REGULATIONS = {  # what the dossier is about: (words in the title, regulation, organisation)
    "bijstand": ("bijstand", "Participatiewet", Organisation.GEMEENTE),
    "ww": ("WW-uitkering", "Werkloosheidswet", Organisation.UWV),
    "wajong": ("Wajong-uitkering", "Wajong", Organisation.UWV),
    "zw": ("Ziektewet-uitkering", "Ziektewet", Organisation.UWV),
    "aow": ("AOW-pensioen", "Algemene Ouderdomswet", Organisation.SVB),
    "anw": ("Anw-uitkering", "Algemene nabestaandenwet", Organisation.SVB),
    "akw": ("kinderbijslag", "Algemene Kinderbijslagwet", Organisation.SVB),
}
REGULATION_WEIGHTS = [40, 20, 8, 8, 10, 4, 10]
PRIMARY_ROUTE = {
    Organisation.GEMEENTE: "pw-58-8",
    Organisation.UWV: "awb-4-84",
    Organisation.SVB: "svb-dringende-redenen",
}
CAUSES = [
    "late melding van inkomsten",
    "niet gemeld samenwonen",
    "verblijf in het buitenland",
    "een verwerkingsfout",
    "een met terugwerkende kracht toegekende uitkering",
    "niet opgegeven spaargeld",
    "ontvangen alimentatie",
    "een dubbele betaling",
    "een gemiste wijziging in het huishouden",
]
TITLES = [
    "Terugvordering {regeling} na {oorzaak}",
    "Herziening {regeling} wegens {oorzaak}",
    "Verzoek afzien van terugvordering {regeling} ({plaats})",
    "Te veel ontvangen {regeling} door {oorzaak}",
    "Invordering {regeling}: {oorzaak}",
]
PLACES = ["Zwolle", "Ede", "Enschede", "Tilburg", "Hoorn", "Assen", "Delft", "Venlo", "Sneek"]
HARDSHIPS = [
    "drukt het inkomen maandenlang onder het bestaansminimum",
    "brengt de huur van de woning in gevaar",
    "doorkruist het lopende schuldhulptraject",
    "treft vooral de kinderen in het huishouden",
    "maakt het werk dat net is hervat onaantrekkelijk",
    "komt bovenop vorderingen van Toeslagen en de Belastingdienst",
]
REQUESTS = [
    "Betrokkene vraagt geheel af te zien van terugvordering.",
    "Betrokkene vraagt om gedeeltelijke kwijtschelding van de vordering.",
    "Betrokkene vraagt om uitstel van aflossing.",
    "De bewindvoerder vraagt de vordering te matigen.",
    "Betrokkene vraagt om een lagere aflossing per maand.",
]
OWNERS = ["A. de Vries", "B. Yilmaz", "C. Jansen", "D. Bakker", "E. Mulder", "F. El Amrani"]
OUTCOME_TYPES = {  # how each outcome is worded, and how often
    Outcome.DEVIATE: (
        [OutcomeType.PARTIAL, OutcomeType.FULL, OutcomeType.ALTERNATIVE, OutcomeType.TEMPORARY],
        [45, 30, 15, 10],
    ),
    Outcome.GENERIC: ([OutcomeType.GENERIC, OutcomeType.REFUSE], [75, 25]),
}


# --------------------------------------------------------------------------------------
# The synthetic case base
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactorModel:
    """The hidden truth behind the synthetic decisions: how often and how strongly each
    factor occurs and weighs."""

    ids: tuple[str, ...]
    sides: dict[str, Side]
    prevalence: dict[str, float]
    weight: dict[str, float]

    @staticmethod
    def of(catalogue: FactorCatalogue, rng: random.Random) -> FactorModel:
        sides = {f.id: f.side for f in catalogue.factors}
        prevalence: dict[str, float] = {}
        for side in Side:
            ids = [f for f, s in sides.items() if s is side]
            rng.shuffle(ids)
            for rank, factor in enumerate(ids):
                if rank < 2:  # a few common ones
                    prevalence[factor] = rng.uniform(0.30, 0.50)
                elif rank >= len(ids) - 3:  # a long tail
                    prevalence[factor] = rng.uniform(0.005, 0.015)
                else:
                    prevalence[factor] = rng.uniform(0.03, 0.15)
        weight = {f: rng.lognormvariate(0.0, 0.5) for f in sides}
        return FactorModel(tuple(sides), sides, prevalence, weight)

    def draw(self, rng: random.Random) -> list[str]:
        present = [f for f in self.ids if rng.random() < self.prevalence[f]]
        weights = [self.prevalence[f] for f in self.ids]
        while len(present) < MIN_FACTORS:
            extra = rng.choices(self.ids, weights)[0]
            if extra not in present:
                present.append(extra)
        if len(present) > MAX_FACTORS:
            present = rng.sample(present, MAX_FACTORS)
        return sorted(present)


@dataclass(frozen=True)
class Topic:
    title: str
    knelpunt: str
    request: str
    regulation: str
    organisation: Organisation


def draw_topic(rng: random.Random) -> Topic:
    key = rng.choices(list(REGULATIONS), REGULATION_WEIGHTS)[0]
    words, regulation, organisation = REGULATIONS[key]
    title = rng.choice(TITLES).format(
        regeling=words, oorzaak=rng.choice(CAUSES), plaats=rng.choice(PLACES)
    )
    amount = round(rng.lognormvariate(8.0, 0.9), -1)
    knelpunt = f"Volledige terugvordering van € {amount:,.0f} {rng.choice(HARDSHIPS)}."
    return Topic(title, knelpunt, rng.choice(REQUESTS), regulation, organisation)


def draw_route(rng: random.Random, organisation: Organisation, routes: Sequence[str]) -> str:
    if rng.random() < 0.7:
        return PRIMARY_ROUTE[organisation]
    return rng.choice(routes)


@dataclass
class CaseStats:
    count: int = 0
    factors: int = 0
    deviate: int = 0
    default_reason: int = 0
    with_route: int = 0
    reasons: set[frozenset[str]] = field(default_factory=set)
    patterns: set[tuple[str | None, frozenset[str]]] = field(default_factory=set)


def decide(
    model: FactorModel, factors: list[str], rng: random.Random
) -> tuple[Outcome, list[str] | None]:
    """The outcome from the hidden weighted score, and the reason (None: every winning factor)."""
    score = rng.gauss(0.0, 0.75)
    for factor in factors:
        score += model.weight[factor] if model.sides[factor] is Side.PRO else -model.weight[factor]
    outcome = Outcome.DEVIATE if score > 0 else Outcome.GENERIC
    winning = [f for f in factors if model.sides[f] is outcome.side]
    if not winning:  # nobody decides for a side that has nothing going for it
        outcome = outcome.other
        winning = [f for f in factors if model.sides[f] is outcome.side]
    winning.sort(key=lambda f: -model.weight[f])
    draw = rng.random()
    if draw < 0.20:
        return outcome, None
    if draw < 0.27:
        return outcome, sorted(rng.sample(winning, rng.randint(1, len(winning))))
    return outcome, sorted(winning[: 1 if rng.random() < 0.65 else 2])


def degree(outcome_type: OutcomeType, rng: random.Random) -> tuple[str | None, float | None]:
    if outcome_type is OutcomeType.PARTIAL:
        if rng.random() < 0.6:
            return "percent", float(rng.randrange(10, 95, 5))
        return "eur", float(round(rng.uniform(250, 15_000), -1))
    if outcome_type is OutcomeType.TEMPORARY:
        return "months", float(rng.choice([3, 6, 6, 12, 12, 18, 24]))
    return None, None


def write_case_base(
    database: Database,
    catalogue: FactorCatalogue,
    criteria: tuple[str, str],
    model: FactorModel,
    count: int,
    unrouted: float,
    rng: random.Random,
) -> CaseStats:
    """Insert `count` decided dossiers with factors, decision and an assessment naming the
    route (left out for the fraction `unrouted`)."""
    stats = CaseStats()
    sides = catalogue.sides
    routes = catalogue.routes
    with database.sessions.begin() as session:
        for start in range(0, count, BATCH):
            rows: dict[type[Any], list[dict[str, Any]]] = {
                DossierRow: [],
                DossierFactorsRow: [],
                DecisionRow: [],
                AssessmentRow: [],
            }
            for number in range(start, min(start + BATCH, count)):
                year = 2025 - number // PER_YEAR
                moment = datetime(year, 1, 1, 8, tzinfo=UTC) + timedelta(
                    minutes=rng.randrange(0, 365 * 24 * 60)
                )
                decided = moment + timedelta(days=rng.randrange(14, 120))
                record = {"created_at": moment, "updated_at": decided, "revision": 1}
                dossier_id = new_id(rng)
                topic = draw_topic(rng)
                factors = model.draw(rng)
                outcome, reason = decide(model, factors, rng)
                kind = rng.choices(*OUTCOME_TYPES[outcome])[0]
                unit, value = degree(kind, rng)
                route = (
                    draw_route(rng, topic.organisation, routes)
                    if rng.random() >= unrouted
                    else None
                )
                rows[DossierRow].append(
                    {
                        "id": dossier_id,
                        **record,
                        "reference": f"MW-{year}-{number % PER_YEAR + 1:05d}",
                        "title": topic.title,
                        "status": DossierStatus.BESLOTEN.value,
                        "owner": rng.choice(OWNERS),
                        "organisations": [topic.organisation.value],
                        "regulation": topic.regulation,
                        "article": "",
                        "generic_outcome": "Volledige terugvordering van het te veel betaalde.",
                        "knelpunt": topic.knelpunt,
                        "request": topic.request,
                        "notes": "Fictief benchmarkdossier.",
                        "doenvermogen": {},
                    }
                )
                rows[DossierFactorsRow].append(
                    {
                        "id": new_id(rng),
                        **record,
                        "dossier_id": dossier_id,
                        "catalogue_id": catalogue.header.id,
                        "catalogue_version": catalogue.header.version,
                        "factors": factors,
                    }
                )
                rows[DecisionRow].append(
                    {
                        "id": new_id(rng),
                        **record,
                        "dossier_id": dossier_id,
                        "outcome": outcome.value,
                        "outcome_type": kind.value,
                        "degree_unit": unit,
                        "degree_value": value,
                        "reason": reason,
                        "distinctions": [],
                        "motivation": "Afgewogen tegen de factoren van het dossier.",
                        "decided_on": decided.date(),
                    }
                )
                if route is not None:
                    rows[AssessmentRow].append(assessment(rng, dossier_id, criteria, route, record))
                present = frozenset(factors)
                stats.count += 1
                stats.factors += len(factors)
                stats.deviate += outcome is Outcome.DEVIATE
                stats.default_reason += reason is None
                stats.with_route += route is not None
                stats.reasons.add(
                    sides.of(present, outcome.side) if reason is None else frozenset(reason)
                )
                stats.patterns.add((route, present))
            for model_class, batch in rows.items():
                if batch:
                    session.execute(insert(model_class), batch)
    return stats


def assessment(
    rng: random.Random,
    dossier_id: str,
    criteria: tuple[str, str],
    route: str,
    record: dict[str, Any],
) -> dict[str, Any]:
    return {
        "id": new_id(rng),
        **record,
        "dossier_id": dossier_id,
        "catalogue_id": criteria[0],
        "catalogue_version": criteria[1],
        "power": "eigen-clausule",
        "route": route,
        "applicable": "yes",
        "gate_status": "satisfied",
        "missing": [],
        "superseded_at": None,
    }


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def create_query_dossiers(
    database: Database,
    context: Context,
    catalogue: FactorCatalogue,
    criteria: tuple[str, str],
    model: FactorModel,
    count: int,
    rng: random.Random,
) -> list[str]:
    """Open dossiers (status analyse) with a route and factors, through the services."""
    created: list[str] = []
    seen: set[tuple[str, ...]] = set()
    while len(created) < count:
        factors = model.draw(rng)
        if tuple(factors) in seen:  # different factor sets, so the median is representative
            continue
        seen.add(tuple(factors))
        topic = draw_topic(rng)
        fields = DossierFields(
            title=topic.title,
            status=DossierStatus.ANALYSE,
            owner=rng.choice(OWNERS),
            organisations=(topic.organisation,),
            regulation=topic.regulation,
            knelpunt=topic.knelpunt,
            request=topic.request,
        )
        with database.sessions.begin() as session:
            dossier_id = dossiers.create_dossier(session, context, fields).id
            now = datetime.now(UTC)
            route = draw_route(rng, topic.organisation, catalogue.routes)
            record = {"created_at": now, "updated_at": now, "revision": 1}
            session.execute(
                insert(AssessmentRow), [assessment(rng, dossier_id, criteria, route, record)]
            )
            precedents.save_factors(session, context, dossier_id, catalogue.ref, frozenset(factors))
        created.append(dossier_id)
    return created


# --------------------------------------------------------------------------------------
# Engine and baseline, and what they must agree on
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Constraint:
    """The constraint on one outcome, by precedent id: what engine and baseline must share."""

    status: Status
    forcing: tuple[str, ...]
    contradicting: tuple[str, ...]
    conflicts: tuple[tuple[str, tuple[str, ...], bool], ...]
    """(precedent, differences, distinguished) for every precedent against this outcome
    whose reason is present."""


def constraint_of(report: PrecedentReport) -> dict[Outcome, Constraint]:
    return {
        outcome: Constraint(
            check.status,
            tuple(sorted(p.id for p in check.forcing)),
            tuple(sorted(p.id for p in check.contradicting)),
            tuple(
                sorted(
                    (c.precedent.id, tuple(sorted(c.differences)), c.distinguished)
                    for c in check.conflicts
                )
            ),
        )
        for outcome, check in report.outcomes.items()
    }


def baseline_cases(session: Session, catalogue: FactorCatalogue) -> list[Precedent]:
    """The first version a developer writes: every decided dossier as ORM objects, with its
    decision and factors row, turned into precedents one by one."""
    sides = catalogue.sides
    decided = session.scalars(
        select(DossierRow).where(DossierRow.status.in_(DECIDED), DossierRow.deleted_at.is_(None))
    ).all()
    decisions = {
        row.dossier_id: row
        for row in session.scalars(select(DecisionRow).where(DecisionRow.deleted_at.is_(None)))
    }
    tagged = {
        row.dossier_id: row
        for row in session.scalars(
            select(DossierFactorsRow).where(
                DossierFactorsRow.deleted_at.is_(None),
                DossierFactorsRow.catalogue_id == catalogue.header.id,
            )
        )
    }
    cases: list[Precedent] = []
    for dossier in decided:
        decision = decisions.get(dossier.id)
        factors_row = tagged.get(dossier.id)
        if decision is None or factors_row is None:
            continue
        present = frozenset(factors_row.factors)
        outcome = OutcomeType(decision.outcome_type).outcome
        if decision.reason is None:
            reason = sides.of(present, outcome.side)
        else:
            reason = present & frozenset(decision.reason)
        cases.append(Precedent(dossier.reference, present, outcome, reason))
    return cases


def baseline_check(
    cases: Iterable[Precedent], factors: frozenset[str], exclude: str, sides: FactorSides
) -> dict[Outcome, Constraint]:
    """Per case, per outcome: does it force the outcome, does its reason stand against it?"""
    forcing: dict[Outcome, list[str]] = {o: [] for o in Outcome}
    conflicts: dict[Outcome, list[tuple[str, tuple[str, ...], bool]]] = {o: [] for o in Outcome}
    for precedent in cases:
        if precedent.id == exclude:
            continue
        for outcome in Outcome:
            if forces(factors, outcome, precedent, sides):
                forcing[outcome].append(precedent.id)
            ours = sides.of(factors, outcome.side)
            theirs = sides.of(factors, outcome.other.side)
            if precedent.outcome is outcome.other and precedent.reason <= theirs:
                differences = ours - sides.of(precedent.factors, outcome.side)
                distinguished = not inconsistent_with(factors, outcome, ours, precedent, sides)
                conflicts[outcome].append((precedent.id, tuple(sorted(differences)), distinguished))
    result: dict[Outcome, Constraint] = {}
    for outcome in Outcome:
        contradicting = forcing[outcome.other]
        if contradicting:
            status = Status.INCONSISTENT
        elif forcing[outcome]:
            status = Status.FORCED
        else:
            status = Status.FREE
        result[outcome] = Constraint(
            status,
            tuple(sorted(forcing[outcome])),
            tuple(sorted(contradicting)),
            tuple(sorted(conflicts[outcome])),
        )
    return result


@dataclass(frozen=True)
class QueryDossier:
    dossier_id: str
    reference: str
    query: CaseQuery


def query_of(session: Session, dossier_id: str) -> QueryDossier:
    """The engine's query for a dossier, made the way `precedents.load_precedents` makes it
    (checked against its state later)."""
    dossier = dossiers.live_dossier(session, dossier_id)
    factors = session.scalars(
        select(DossierFactorsRow.factors).where(DossierFactorsRow.dossier_id == dossier_id)
    ).one()
    route = session.scalar(
        select(AssessmentRow.route).where(
            AssessmentRow.dossier_id == dossier_id,
            AssessmentRow.superseded_at.is_(None),
            AssessmentRow.deleted_at.is_(None),
        )
    )
    words = content_words(dossier_text(dossier.title, dossier.request, dossier.knelpunt))
    query = CaseQuery(frozenset(factors), route, words, {}, (), exclude=dossier.reference)
    return QueryDossier(dossier_id, dossier.reference, query)


# --------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def rss_kib() -> int:
    """Current resident set size (VmRSS) in KiB, from /proc/self/status; 0 if unavailable."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def max_rss_kib() -> int:
    """Peak resident set size so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def spread(values: list[float]) -> str:
    p90 = statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]
    return (
        f"median {ms(statistics.median(values))}, p90 {ms(p90)}, min {ms(min(values))}"
        f" ({len(values)} calls)"
    )


def profile(database: Database, context: Context, dossier_ids: list[str], calls: int) -> str:
    """cProfile of `calls` warm load_precedents calls: the top entries, by own and by total time."""
    profiler = cProfile.Profile()
    for number in range(calls):
        with database.sessions.begin() as session:
            profiler.enable()
            precedents.load_precedents(session, context, dossier_ids[number % len(dossier_ids)])
            profiler.disable()
    text = []
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(12)
        lines = [line for line in out.getvalue().splitlines()[4:] if line.strip()]
        text.append(f"\ncProfile of {calls} warm load_precedents calls, by {order}:")
        text.extend(line.replace(str(Path.cwd() / "src") + "/", "") for line in lines)
    return "\n".join(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="decided cases in the base")
    parser.add_argument("--repeat", type=int, default=50, help="warm calls to time")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=20, help="open dossiers to cycle over")
    parser.add_argument("--baseline-repeat", type=int, default=3)
    parser.add_argument(
        "--budget",
        type=float,
        default=600,
        metavar="SECONDS",
        help="end a timed phase early after this long; the warm load_precedents phase still "
        "visits every query dossier once",
    )
    parser.add_argument(
        "--unrouted",
        type=float,
        default=0.1,
        metavar="FRACTION",
        help="decided cases without an assessment (no route)",
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="CALLS", help="also cProfile this many calls"
    )
    options = parser.parse_args()
    began = time.perf_counter()

    def progress(text: str) -> None:
        elapsed = time.perf_counter() - began
        rss = rss_kib() / 1024
        print(f"[{elapsed:7.1f} s, RSS {rss:,.0f} MiB] {text}", file=sys.stderr, flush=True)

    rng = random.Random(options.seed)
    context = Context(actor="bench", origin="bench")
    with tempfile.TemporaryDirectory(prefix="maatwerkdesk-bench-precedents-") as folder:
        database = open_database(Path(folder) / "precedents.sqlite3")
        with database.sessions.begin() as session:
            known = catalogues.known_catalogues(session)
            choices = known.factor_choices(date.today())
            catalogue = next(c for c in choices if c.header.id == CATALOGUE_ID)
            criteria_ref = known.current(date.today()).ref
        criteria = (criteria_ref.id, criteria_ref.version)
        model = FactorModel.of(catalogue, rng)

        progress(f"creating {options.queries} open query dossiers through the services")
        query_ids = create_query_dossiers(
            database, context, catalogue, criteria, model, options.queries, rng
        )
        progress(f"writing {options.cases:,} decided cases")
        started = time.perf_counter()
        stats = write_case_base(
            database, catalogue, criteria, model, options.cases, options.unrouted, rng
        )
        written = time.perf_counter() - started

        # The index alone, for its time and the growth of the resident set.
        progress("building the index alone (case_base)")
        gc.collect()
        rss_before, peak_before = rss_kib(), max_rss_kib()
        with database.sessions.begin() as session:
            started = time.perf_counter()
            index = case_base(session, catalogue)
            build = time.perf_counter() - started
        rss_growth, peak_growth = rss_kib() - rss_before, max_rss_kib() - peak_before
        assert len(index) == options.cases
        del index
        case_base_store._cache.clear()  # forget the index again: the next call is cold

        progress("first load_precedents call (builds the index)")
        with database.sessions.begin() as session:
            cold = timed(lambda: precedents.load_precedents(session, context, query_ids[0]))

        with database.sessions.begin() as session:
            queries = [query_of(session, dossier_id) for dossier_id in query_ids]

        def budget_left(number: int, started: float, *, cycle: bool) -> bool:
            if number >= options.repeat:
                return False
            if cycle and number < len(queries):
                return True
            return number == 0 or time.perf_counter() - started < options.budget

        progress(f"up to {options.repeat} warm load_precedents calls")
        gc.collect()
        warm: list[float] = []
        states: dict[str, precedents.PrecedentState] = {}
        phase = time.perf_counter()
        while budget_left(len(warm), phase, cycle=True):
            dossier_id = query_ids[len(warm) % len(query_ids)]
            with database.sessions.begin() as session:
                started = time.perf_counter()
                state = precedents.load_precedents(session, context, dossier_id)
                warm.append(time.perf_counter() - started)
            states[dossier_id] = state
            if warm[-1] > 1:
                progress(f"  call {len(warm)} ({state.reference}): {warm[-1]:.1f} s")
        for dossier_id in query_ids:  # every query dossier is verified, also when repeat < 20
            if dossier_id not in states:
                with database.sessions.begin() as session:
                    states[dossier_id] = precedents.load_precedents(session, context, dossier_id)
        reports: dict[str, PrecedentReport] = {}
        for item in queries:
            state = states[item.dossier_id]
            assert state.report is not None
            assert (state.factors, state.route) == (item.query.factors, item.query.route)
            reports[item.dossier_id] = state.report
        del states

        progress("engine alone")
        engine: list[float] = []
        lookup: list[float] = []
        assess: list[float] = []
        listed: list[float] = []
        explained: list[float] = []
        phase = time.perf_counter()
        while budget_left(len(engine), phase, cycle=False):
            item = queries[len(engine) % len(queries)]
            with database.sessions.begin() as session:
                started = time.perf_counter()
                base = case_base(session, catalogue)
                found = time.perf_counter()
                report = base.assess(item.query)
                done = time.perf_counter()
            for outcome in Outcome:  # what the panel shows: a sentence per outcome
                explain_outcome(report, outcome, catalogue.label)
            said = time.perf_counter()
            for check in report.outcomes.values():  # what the baseline makes: every list
                check.forcing, check.contradicting, check.conflicts  # noqa: B018
            explained.append(said - found)
            listed.append(done - found + time.perf_counter() - said)
            engine.append(done - started)
            lookup.append(found - started)
            assess.append(done - found)
            assert constraint_of(report) == constraint_of(reports[item.dossier_id])
            if engine[-1] > 1:
                progress(f"  call {len(engine)} ({item.reference}): {engine[-1]:.1f} s")

        progress(f"baseline, {options.baseline_repeat} calls")
        gc.collect()
        sides = catalogue.sides
        baseline: list[float] = []
        for number in range(options.baseline_repeat):
            item = queries[number % len(queries)]
            with database.sessions.begin() as session:
                started = time.perf_counter()
                cases = baseline_cases(session, catalogue)
                baseline_check(cases, item.query.factors, item.reference, sides)
                baseline.append(time.perf_counter() - started)
            del cases

        progress("checking that baseline and engine agree on every query dossier")
        with database.sessions.begin() as session:
            cases = baseline_cases(session, catalogue)
        assert len(cases) == options.cases
        forcing_counts: list[int] = []
        conflict_counts: list[int] = []
        pair_counts: list[int] = []
        for item in queries:
            expected = baseline_check(cases, item.query.factors, item.reference, sides)
            got = constraint_of(reports[item.dossier_id])
            assert got == expected, f"engine and baseline disagree on {item.reference}"
            forcing_counts.append(sum(len(c.forcing) for c in expected.values()))
            conflict_counts.append(sum(len(c.conflicts) for c in expected.values()))
            pair_counts.append(len(reports[item.dossier_id].base_conflicts))
        del cases, reports

        progress("memory of building the index (tracemalloc)")
        case_base_store._cache.clear()  # forget the index, so it is built again
        gc.collect()
        with database.sessions.begin() as session:
            tracemalloc.start()
            rebuilt = case_base(session, catalogue)
            retained, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert len(rebuilt) == options.cases

        profiled = ""
        if options.profile:
            progress(f"cProfile of {options.profile} calls")
            profiled = profile(database, context, query_ids, options.profile)
        database.close()
    progress("done")

    def counted(values: list[float]) -> str:
        return f"median {statistics.median(values):,.0f} (max {max(values):,.0f})"

    def calls(values: list[float], wanted: int) -> str:
        if len(values) >= wanted:
            return ""
        return f"  [stopped at --budget {options.budget:g} s]"

    median = statistics.median(warm)
    ratio = statistics.median(baseline) / median
    mib = 1024 * 1024
    print(f"precedent engine benchmark (seed {options.seed})")
    print(
        f"case base:          {stats.count:,} decided cases, catalogue {catalogue.ref} "
        f"({len(catalogue.factors)} factors), written in {written:.1f} s"
    )
    print(
        f"                    {stats.factors / stats.count:.2f} factors per case "
        f"({MIN_FACTORS}–{MAX_FACTORS}), deviate {stats.deviate / stats.count:.0%}, "
        f"default reason (NULL) {stats.default_reason / stats.count:.0%}, "
        f"with route {stats.with_route / stats.count:.0%}"
    )
    print(
        f"                    {len(stats.reasons):,} distinct reasons, "
        f"{len(stats.patterns):,} distinct (route, factor set) patterns"
    )
    print(
        f"query dossiers:     {len(queries)} open dossiers with "
        f"{min(len(q.query.factors) for q in queries)}–"
        f"{max(len(q.query.factors) for q in queries)} factors; per dossier"
    )
    print(f"                    forcing precedents {counted(forcing_counts)}")
    print(f"                    conflicting precedents {counted(conflict_counts)}")
    print(f"                    inconsistent pairs reported {counted(pair_counts)}")
    print(f"index opbouwen:     {ms(cold)}  first load_precedents call, cold index")
    print(f"  index alone:      {ms(build)}  case_base(session, catalogue), cold")
    print(f"load_precedents:    {spread(warm)}, warm index{calls(warm, options.repeat)}")
    print(
        f"engine alone:       {spread(engine)}  case_base(...).assess(query)"
        f"{calls(engine, options.repeat)}"
    )
    print(f"  revision check:   {spread(lookup)}  case_base(session, catalogue), cached")
    print(f"  assess():         {spread(assess)}  with the index in hand")
    print(f"  assess() + text:  {spread(explained)}  with the panel's sentences for both outcomes")
    print(f"  assess() + lists: {spread(listed)}  every forcing and conflicting precedent listed")
    print(f"baseline:           {spread(baseline)}  per-case loop over ORM objects")
    print(
        f"ratio:              baseline / load_precedents {ratio:,.1f}×, "
        f"baseline / engine alone {statistics.median(baseline) / statistics.median(engine):,.1f}×, "
        f"baseline / (assess() + lists) "
        f"{statistics.median(baseline) / statistics.median(listed):,.1f}×"
    )
    print(
        f"agreement:          engine and baseline give the same forcing, contradicting and "
        f"conflicting precedents for all {len(queries)} query dossiers"
    )
    print(
        f"memory:             index build: tracemalloc peak {peak / mib:,.1f} MiB "
        f"(retained {retained / mib:,.1f} MiB)"
    )
    print(
        f"                    index build: RSS +{rss_growth / 1024:,.1f} MiB (VmRSS from "
        f"/proc/self/status), peak RSS +{peak_growth / 1024:,.1f} MiB (ru_maxrss)"
    )
    verdict = {True: "PASS", False: "FAIL"}
    print(
        f"target:             load_precedents median < {TARGET_MEDIAN * 1000:.0f} ms: "
        f"{verdict[median < TARGET_MEDIAN]} ({ms(median)})"
    )
    print(
        f"target:             >= {TARGET_RATIO:.0f}× faster than the baseline: "
        f"{verdict[ratio >= TARGET_RATIO]} ({ratio:,.1f}×)"
    )
    if profiled:
        print(profiled)


if __name__ == "__main__":
    main()
