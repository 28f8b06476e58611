"""Filling a database with fictitious demo dossiers (CLI `demo`, desktop `--demo`), the
people who work on them and a planned casuïstiekoverleg."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, time

from sqlalchemy.orm import Session

from maatwerkdesk.domain.assessment import Answer, CriterionAnswer, GateAnswer, GateState
from maatwerkdesk.domain.demo import demo_dossiers
from maatwerkdesk.domain.dossier import search_text, validate_fields, validate_timeline_entry
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.route_selection import OWN_CLAUSE, suggest_route
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.base import new_id, utc_now
from maatwerkdesk.persistence.mapping import build_dossier_row
from maatwerkdesk.services import assessments
from maatwerkdesk.services.audit import Action, record_dossier_act
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo_conference import add_demo_conference
from maatwerkdesk.services.demo_precedents import (
    DECIDED,
    DemoDossierRef,
    add_demo_precedents,
    register_demo_decisions,
)
from maatwerkdesk.services.demo_weighing import add_demo_weighing
from maatwerkdesk.services.dossiers import next_reference

MAX_DEMO_DOSSIERS = 10_000


def add_demo_dossiers(
    session: Session, context: Context, count: int, seed: int | None = None
) -> int:
    """Add `count` fictitious dossiers (the same ones for the same seed and day); returns
    how many were added. Each is validated like a real dossier, numbered in the year it
    was created, audited as a create ('dossier.demo') and indexed for search. The demo
    users are added where missing, and the new dossiers ter bespreking are put on the
    agenda of a planned meeting."""
    if not 1 <= count <= MAX_DEMO_DOSSIERS:
        raise ValidationError(
            "count",
            f"Kies een aantal demodossiers tussen 1 en {MAX_DEMO_DOSSIERS:,}.".replace(",", "."),
        )
    today = context.current_date()
    rng = random.Random(seed)
    now = utc_now()
    if context.today is not None:  # a fixed date (tests): the dossiers end on that day
        now = min(now, datetime.combine(context.today, time(23, 59), tzinfo=UTC))
    added: list[DemoDossierRef] = []
    for demo in demo_dossiers(count, rng, now):
        fields = validate_fields(demo.fields, today)
        status = fields.status
        if status in DECIDED:
            # 'Besloten' once its decision is registered (register_demo_decisions).
            fields = replace(fields, status=DossierStatus.TER_BESPREKING)
        timeline = tuple(validate_timeline_entry(entry, today) for entry in demo.timeline)
        row = build_dossier_row(
            id=new_id(),
            reference=next_reference(session, demo.created_at.year),
            created_at=demo.created_at,
            updated_at=demo.updated_at,
            fields=fields,
            timeline=timeline,
        )
        session.add(row)
        session.flush()  # the next reference number counts this one
        search.add_to_index(session, [(row.id, search_text(row.reference, fields, timeline))])
        record_dossier_act(session, context, Action.CREATE, "dossier.demo", row.id)
        _add_demo_assessment(session, context, row.id, status, rng)
        added.append(
            DemoDossierRef(row.id, row.reference, status, fields.regulation, demo.updated_at.date())
        )
    add_demo_precedents(session, context, added, rng)
    add_demo_weighing(session, context, added, rng)
    register_demo_decisions(session, context, added)
    add_demo_conference(session, context, added, rng)
    return count


_ANSWERED_SHARE = {
    DossierStatus.ANALYSE: 0.5,
    DossierStatus.TER_BESPREKING: 0.9,
    DossierStatus.BESLOTEN: 1.0,
    DossierStatus.AFGESLOTEN: 1.0,
}
_POLICY_RULE = "beleidsregel"
"""The type of power the demo assumes where the route chooser has no suggestion."""
_DEMO_MOTIVATION = (
    "Fictief: blijkt uit het gesprek en de stukken in de tijdlijn.",
    "Fictief: bevestigd door het wijkteam tijdens het huisbezoek.",
    "Fictief: volgt uit de brieven in het dossier en de toelichting van de betrokkene.",
)


def _add_demo_assessment(
    session: Session, context: Context, dossier_id: str, status: DossierStatus, rng: random.Random
) -> None:
    """A route check as far as the dossier's status suggests: none at intake, partly
    answered in analysis, complete once decided. Fictitious, like the dossier; a regulation
    the route chooser does not recognise is taken as one with a policy rule (art. 4:84 Awb)."""
    share = _ANSWERED_SHARE.get(status)
    if share is None:
        return
    state = assessments.load_assessment(session, context, dossier_id)
    suggestion = state.suggestion or suggest_route(state.catalogue, _POLICY_RULE, "", "")
    route = state.catalogue.route(suggestion.route) if suggestion is not None else None
    if route is None:
        return
    links = route.criteria[: max(1, round(len(route.criteria) * share))] if route.criteria else ()
    answers = {}
    for link in links:
        answer = Answer.MET if link.knockout or rng.random() < 0.7 else Answer.NOT_MET
        answers[link.id] = CriterionAnswer(link.id, answer, rng.choice(_DEMO_MOTIVATION))
    gate = {}
    if share >= 0.9:
        for item in state.catalogue.gate:
            gate[item.id] = GateAnswer(
                item.id,
                GateState.NOT_POSSIBLE,
                "Fictief: besproken met de betrokkene; past hier niet.",
            )
    chosen = replace(
        state.assessment,
        route=route.id,
        power=_power_for(state, route.id),
        answers=answers,
        gate=gate,
    )
    assessments.save_assessment(session, context, dossier_id, chosen)


def _power_for(state: assessments.AssessmentState, route_id: str) -> str | None:
    """The type of power whose default route this is, else the statute's own clause."""
    for power in state.catalogue.powers:
        if power.route == route_id:
            return power.id
    return OWN_CLAUSE
