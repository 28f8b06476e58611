"""Filling a database with fictitious demo dossiers (CLI `demo`, desktop `--demo`), the
people who work on them and a planned casuïstiekoverleg.

The demo first makes up everything in memory: the dossiers (generation.py, from the
fictitious data in resources/demo), their factors and decisions (precedents.py), and
route checks and weighings that agree with each
decision, or with a leaning drawn for an undecided dossier, so every dossier tells one
story. Then it writes them many rows per statement, as the services would have stored
each of them: validated the same way, with the same computed results and the same acts
in the audit trail. Ten thousand dossiers take seconds, not the quarter of an hour that
saving them one by one through the services took.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from maatwerkdesk.domain.assessment import (
    Answer,
    Assessment,
    CriterionAnswer,
    GateAnswer,
    GateState,
)
from maatwerkdesk.domain.catalogue import CriteriaCatalogue, Route, RouteKind
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.dossier import (
    descriptions,
    search_text,
    validate_fields,
    validate_timeline_entry,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.groups import GroupFields
from maatwerkdesk.domain.loket import (
    MINIMAL,
    Basis,
    FieldGroup,
    Ground,
    InvolvementRole,
    ReferralStatus,
)
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.route_selection import OWN_CLAUSE, suggest_route
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import dutch_number
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.base import new_id, utc_now
from maatwerkdesk.persistence.bulk import insert_records
from maatwerkdesk.persistence.mapping import decision_values, dossier_rows, insert_dossiers
from maatwerkdesk.persistence.models import (
    DecisionRow,
    DossierFactorsRow,
    ImportedPrecedentRow,
    ProposalRow,
    WeighingRow,
)
from maatwerkdesk.services import assessments, catalogues, groups, loket
from maatwerkdesk.services.audit import Action, AuditBatch
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_record import insert_versions
from maatwerkdesk.services.demo.conference import add_demo_conference, ensure_demo_users
from maatwerkdesk.services.demo.data import (
    CRITERION_MOTIVATIONS,
    GATE_REASONS,
    GROUP_CIRCUMSTANCES,
    GROUP_MOTIVATION,
    GROUP_PATTERN,
    GROUP_TITLE,
    LOKET_CONSENT,
    LOKET_REFERRAL,
)
from maatwerkdesk.services.demo.generation import (
    GROUP_ARTICLES,
    GROUP_SCENARIO,
    demo_dossiers,
    is_group_member,
    is_loket_example,
)
from maatwerkdesk.services.demo.precedents import (
    DemoCase,
    decide_demo_cases,
    historic_versions,
    taken_imported_references,
)
from maatwerkdesk.services.demo.signals import add_demo_signals
from maatwerkdesk.services.demo.weighing import DemoWeighings
from maatwerkdesk.services.dossiers import NewReferences
from maatwerkdesk.services.progress import Progress
from maatwerkdesk.services.users import require

if TYPE_CHECKING:
    from maatwerkdesk.services.workspace import Workspace

MAX_DEMO_DOSSIERS = 10_000
_CHUNK = 1_000
"""Dossiers written per round of statements, and per step of progress."""

T = TypeVar("T")


def add_demo_if_empty(
    workspace: Workspace, origin: str, count: int, progress: Progress | None = None
) -> int:
    """Fill a database that holds no dossier with `count` demo dossiers, acting from
    `origin` (the desktop's `--demo`); how many were added, 0 when it held dossiers."""
    from maatwerkdesk.services import dossiers

    with workspace.writing() as session:
        if dossiers.count_dossiers(session, dossiers.DossierQuery()) > 0:
            return 0
        return add_demo_dossiers(session, workspace.context(origin), count, progress=progress)


def add_demo_dossiers(
    session: Session,
    context: Context,
    count: int,
    seed: int | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Add `count` fictitious dossiers (the same ones for the same seed and day); returns
    how many were added. Each is validated like a real dossier, numbered in the year it
    was created, audited as a create ('dossier.demo') and indexed for search. The demo
    users are added where missing, and the new dossiers ter bespreking are put on the
    agenda of a planned meeting."""
    if not 1 <= count <= MAX_DEMO_DOSSIERS:
        raise ValidationError(
            "count",
            said("filling", "Kies een aantal demodossiers tussen 1 en {maximum}.").format(
                maximum=dutch_number(MAX_DEMO_DOSSIERS)
            ),
        )
    acting = require(session, context, Permission.EDIT_DOSSIER)
    report = progress or _unreported
    today = context.current_date()
    rng = random.Random(seed)
    now = utc_now()
    if context.today is not None:  # a fixed date (tests): the dossiers end on that day
        now = min(now, datetime.combine(context.today, time(23, 59), tzinfo=UTC))
    people = ensure_demo_users(session, context)
    known = catalogues.known_catalogues(session)
    criteria = known.current(today)
    cases = _made_up(session, count, rng, now, today, criteria)
    imported = decide_demo_cases(
        cases,
        tuple(known.factor_choices(today)),
        rng,
        lambda: taken_imported_references(session),
        today,
    )
    _assess(criteria, cases, rng)
    _pin(session, criteria, cases)
    batch = AuditBatch(session, context)
    for done, chunk in _chunks(cases):
        _write_cases(session, chunk, batch)
        report(said("filling", "Dossiers opslaan"), done, count)
    insert_records(session, ImportedPrecedentRow, imported)
    weighings = DemoWeighings(
        session,
        context,
        rng,
        batch,
        proposers={name: user.id for name, user in people.items()},
        acting=acting.id,
    )
    for done, chunk in _chunks(cases):
        rows = weighings.rows(chunk)
        insert_records(session, WeighingRow, rows.weighings)
        insert_records(session, ProposalRow, rows.proposals)
        batch.write()
        report(said("filling", "Afwegingen en voorstellen"), done, count)
    for done, chunk in _chunks(cases):
        insert_versions(session, historic_versions(chunk, batch))
        batch.write()
        report(said("filling", "Besluiten vastleggen"), done, count)
    add_demo_conference(session, context, cases, rng, people)
    _add_demo_group(session, context, [case.id for case in cases if is_group_member(case.fields)])
    add_demo_signals(session, context, people)
    examples = [case for case in cases if is_loket_example(case.fields)]
    # A gemeente's dossier first: in the story the gemeente coordinates.
    examples.sort(key=lambda case: Organisation.GEMEENTE not in case.fields.organisations)
    _add_demo_loket(session, context, [case.id for case in examples])
    return count


def _add_demo_group(session: Session, context: Context, members: list[str]) -> None:
    """The demo group through the services, as a caseworker makes it: the shared knelpunt,
    the group decision, its members; the last one has individual circumstances recorded."""
    if len(members) < 2:
        return
    fields = GroupFields(GROUP_TITLE, GROUP_SCENARIO.regulation, GROUP_ARTICLES[0], GROUP_PATTERN)
    group = groups.create_group(session, context, fields)
    decision = Decision(
        OutcomeType.TEMPORARY, Degree(DegreeUnit.MONTHS, 6), motivation=GROUP_MOTIVATION
    )
    groups.record_group_decision(session, context, group.id, decision)
    for dossier_id in members:
        groups.add_member(session, context, group.id, dossier_id)
    groups.record_member_check(
        session, context, group.id, members[-1], fits=False, circumstances=GROUP_CIRCUMSTANCES
    )


def _add_demo_loket(session: Session, context: Context, candidates: list[str]) -> None:
    """The loket of the first dossier that can show it, through the services: the gemeente
    and the UWV involved, a warm handover to the LMM sent, and the citizen's consent to
    share the case with the UWV, which a sharing then rests on; all dated today."""
    if not candidates:
        return
    dossier_id = candidates[0]
    loket.add_involvement(session, context, dossier_id, "gemeente", InvolvementRole.COORDINATOR)
    loket.add_involvement(session, context, dossier_id, "uwv", InvolvementRole.INVOLVED)
    state = loket.add_referral(session, context, dossier_id, "lmm", LOKET_REFERRAL, warm=True)
    loket.move_referral(session, context, dossier_id, state.referrals[0].id, ReferralStatus.SENT)
    groups_shared = MINIMAL | {FieldGroup.IDENTITY}
    state = loket.record_consent(
        session, context, dossier_id, "uwv", groups_shared, note=LOKET_CONSENT
    )
    basis = Basis(Ground.CONSENT, state.consents[0].id)
    loket.share_data(
        session, context, dossier_id, loket.SharingRequest("uwv", basis, groups_shared)
    )


def _unreported(_label: str, _done: int, _total: int) -> None:
    pass


def _chunks(items: Sequence[T]) -> Iterator[tuple[int, Sequence[T]]]:
    """`items` in rounds of `_CHUNK`, each with how many are done after it."""
    for start in range(0, len(items), _CHUNK):
        chunk = items[start : start + _CHUNK]
        yield start + len(chunk), chunk


def _made_up(
    session: Session,
    count: int,
    rng: random.Random,
    now: datetime,
    today: date,
    criteria: CriteriaCatalogue,
) -> list[DemoCase]:
    """The demo dossiers, validated like real ones, numbered, with the route their check
    will take (the check itself waits for the decision it has to agree with)."""
    references = NewReferences(session)
    routes: dict[tuple[str, str, str], Route | None] = {}  # by regulation and articles
    cases = []
    for demo in demo_dossiers(count, rng, now):
        fields = validate_fields(demo.fields, today)
        timeline = tuple(validate_timeline_entry(entry, today) for entry in demo.timeline)
        case = DemoCase(
            id=new_id(),
            reference=references.next(demo.created_at.year),
            status=fields.status,
            fields=fields,
            timeline=timeline,
            created_at=demo.created_at,
            updated_at=demo.updated_at,
            in_pattern=demo.in_pattern,
        )
        key = (case.regulation, case.article, case.deviation_article)
        if key not in routes:
            routes[key] = _demo_route(criteria, *key)
        route = routes[key]
        if route is not None and case.status in _ANSWERED_SHARE:
            case.route, case.power = route.id, _power_for(criteria, route.id)
        cases.append(case)
    return cases


def _assess(criteria: CriteriaCatalogue, cases: list[DemoCase], rng: random.Random) -> None:
    """Each dossier's leaning (its decision's outcome, else a drawn one) and the route
    check that agrees with it. A member of the demo group leans as the group decision
    does, which deviates: the rule pinches alike for each of them."""
    for case in cases:
        if case.decision is not None:
            case.leaning = case.decision.outcome
        else:
            drawn = rng.choice((Outcome.DEVIATE, Outcome.GENERIC))
            case.leaning = Outcome.DEVIATE if is_group_member(case.fields) else drawn
        case.assessment = _demo_assessment(criteria, case, rng)


def _pin(session: Session, criteria: CriteriaCatalogue, cases: list[DemoCase]) -> None:
    """Keep the text of every catalogue version the demo's records rest on."""
    if any(c.assessment is not None for c in cases):
        catalogues.pin(session, criteria)
    for catalogue in {c.catalogue.ref: c.catalogue for c in cases if c.catalogue}.values():
        if any(c.factors_saved and c.catalogue is catalogue for c in cases):
            catalogues.pin(session, catalogue)


def _write_cases(session: Session, cases: Sequence[DemoCase], batch: AuditBatch) -> None:
    """The dossiers with their route checks, factors and decisions, each audited as the
    services would: created ('dossier.demo'), route check saved ('assessment.update')."""
    insert_dossiers(
        session,
        [
            dossier_rows(
                id=c.id,
                reference=c.reference,
                created_at=c.created_at,
                updated_at=c.updated_at,
                fields=replace(c.fields, status=c.final_status),
                timeline=c.timeline,
            )
            for c in cases
        ],
    )
    search.add_to_index(
        session,
        ((c.id, search_text(c.reference, c.fields, descriptions(c.timeline))) for c in cases),
    )
    assessments.insert_assessments(session, [c.assessment for c in cases if c.assessment])
    factors: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    for case in cases:
        if case.factors_saved:
            assert case.catalogue is not None
            factors.append(
                {
                    "dossier_id": case.id,
                    "catalogue_id": case.catalogue.header.id,
                    "catalogue_version": case.catalogue.header.version,
                    "factors": sorted(case.factors),
                }
            )
        if case.decision is not None:
            decisions.append({"dossier_id": case.id, **decision_values(case.decision)})
    insert_records(session, DossierFactorsRow, factors)
    insert_records(session, DecisionRow, decisions)
    for case in cases:
        batch.dossier_act(Action.CREATE, "dossier.demo", case.id)
        if case.assessment is not None:
            batch.part_act("assessment.update", "assessment", case.id)
    batch.write()


_ANSWERED_SHARE = {
    DossierStatus.ANALYSE: 0.5,
    DossierStatus.TER_BESPREKING: 0.9,
    DossierStatus.BESLOTEN: 1.0,
    DossierStatus.AFGESLOTEN: 1.0,
}
_POLICY_RULE = "beleidsregel"
"""The type of power the demo assumes where the route chooser has no suggestion."""
_GATE_ANSWERS = {
    True: (GateState.NOT_POSSIBLE, GATE_REASONS[Outcome.DEVIATE]),
    False: (GateState.TRIED, GATE_REASONS[Outcome.GENERIC]),
}
"""How the ordinary ways were dealt with, for a dossier that leans to deviating or not."""


def _demo_route(
    catalogue: CriteriaCatalogue, regulation: str, article: str, deviation_article: str
) -> Route | None:
    """The route the route chooser suggests; a regulation it knows no route for (it
    suggests escalating) is taken as one with a policy rule (art. 4:84 Awb)."""
    suggestion = suggest_route(catalogue, None, regulation, article, deviation_article)
    route = catalogue.route(suggestion.route) if suggestion is not None else None
    if route is None or route.kind is RouteKind.ESCALATION:
        policy = suggest_route(catalogue, _POLICY_RULE, "", "")
        route = catalogue.route(policy.route) if policy is not None else None
    return route


def _demo_assessment(
    catalogue: CriteriaCatalogue, case: DemoCase, rng: random.Random
) -> assessments.NewAssessment | None:
    """A route check as far as the dossier's status suggests: none at intake, partly
    answered in analysis, complete once decided. Its answers agree with the dossier's
    leaning: a deviation meets the route's criteria and finds the ordinary ways not
    possible; the generic rule meets none of them and the ordinary way suffices.
    Fictitious, like the dossier."""
    share = _ANSWERED_SHARE.get(case.status)
    route = catalogue.route(case.route)
    if share is None or route is None:
        return None
    deviate = case.leaning is Outcome.DEVIATE
    links = route.criteria[: max(1, round(len(route.criteria) * share))] if route.criteria else ()
    answer = Answer.MET if deviate else Answer.NOT_MET
    answers = {
        link.id: CriterionAnswer(link.id, answer, rng.choice(CRITERION_MOTIVATIONS))
        for link in links
    }
    gate = {}
    if share >= 0.9:
        state, reason = _GATE_ANSWERS[deviate]
        gate = {item.id: GateAnswer(item.id, state, reason) for item in catalogue.gate}
    chosen = replace(
        Assessment(catalogue.ref),
        route=route.id,
        power=case.power,
        answers=answers,
        gate=gate,
    )
    return assessments.new_assessment(
        catalogue,
        case.id,
        chosen,
        timeline={e.id for e in case.timeline if e.id},
        attachments=set(),
    )


def _power_for(catalogue: CriteriaCatalogue, route_id: str) -> str | None:
    """The type of power whose default route this is, else the statute's own clause."""
    for power in catalogue.powers:
        if power.route == route_id:
            return power.id
    return OWN_CLAUSE
