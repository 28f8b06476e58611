"""Pattern proposals for knelpuntsignalen: read what each dossier shows (its signed
deviation and the factors that won it, an escalation, the indicators that fired), let
domain/signal_patterns.py find the patterns, and turn a proposal into a signal or dismiss
it with a reason.

What a dossier shows is read through the dossier check (services/dossier_check.py), the
same reading the app and `assess` show, a few hundred dossiers at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import RouteKind
from maatwerkdesk.domain.errors import NotFoundError
from maatwerkdesk.domain.indicators import INDICATORS, INFORMATION_ONLY
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.policy_signals import PolicySignal, SignalFields
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signal_patterns import (
    DEFAULT_THRESHOLDS,
    CaseTrace,
    Labels,
    PatternProposal,
    Thresholds,
    clean_dismissal_reason,
    find_patterns,
)
from maatwerkdesk.persistence.models import (
    DossierRow,
    GroupMemberRow,
    PolicySignalRow,
    SignalDismissalRow,
)
from maatwerkdesk.services.audit import Action
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_check import DossierCheck, load_checked
from maatwerkdesk.services.organisation import read_settings
from maatwerkdesk.services.policy_signals import audit_signal, create_signal, refuse_in_briefcase
from maatwerkdesk.services.users import require

CHUNK = 200
"""Dossiers checked together: bounded, so a large team database does not fill memory."""
INDICATOR_TITLES = {i.id: i.title for i in INDICATORS}


def _escalated(check: DossierCheck) -> bool:
    state = check.assessment
    route = state.catalogue.route(state.assessment.route)
    return check.proposal.escalate or (route is not None and route.kind is RouteKind.ESCALATION)


def _winning(check: DossierCheck) -> frozenset[str]:
    state = check.precedents
    if state.catalogue is None or state.decision is None:
        return frozenset()
    return state.decision.reason_for(state.factors, state.catalogue.sides)


def _trace(check: DossierCheck, dossier: DossierRow, group: str | None) -> CaseTrace:
    deviation = check.signed is not None and check.signed.decision.outcome is Outcome.DEVIATE
    return CaseTrace(
        dossier.id,
        dossier.reference,
        dossier.regulation,
        dossier.article,
        signed_deviation=deviation,
        winning=_winning(check) if deviation else frozenset(),
        escalated=_escalated(check),
        indicators=frozenset(f.id for f in check.findings if f.id not in INFORMATION_ONLY),
        group=group,
    )


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _traces(session: Session, context: Context) -> tuple[list[CaseTrace], Labels]:
    rows = {
        d.id: d
        for d in session.scalars(
            select(DossierRow)
            .where(DossierRow.deleted_at.is_(None), DossierRow.regulation != "")
            .order_by(DossierRow.reference)
        )
    }
    groups = {
        dossier_id: group_id
        for dossier_id, group_id in session.execute(
            select(GroupMemberRow.dossier_id, GroupMemberRow.group_id).where(
                GroupMemberRow.deleted_at.is_(None)
            )
        )
    }
    traces, factors = [], {}
    for chunk in _chunks(list(rows)):
        for dossier_id, checked in zip(chunk, load_checked(session, context, chunk), strict=True):
            check = checked.check
            catalogue = check.precedents.catalogue
            if catalogue is not None:
                factors.update({f.id: f.label for f in catalogue.factors})
            traces.append(_trace(check, rows[dossier_id], groups.get(dossier_id)))
    return traces, Labels(factors, INDICATOR_TITLES)


def _set_aside(session: Session) -> set[str]:
    taken = session.scalars(
        select(PolicySignalRow.proposal_key).where(
            PolicySignalRow.proposal_key.is_not(None), PolicySignalRow.deleted_at.is_(None)
        )
    )
    dismissed = session.scalars(
        select(SignalDismissalRow.key).where(SignalDismissalRow.deleted_at.is_(None))
    )
    return {key for key in [*taken, *dismissed] if key}


def organisation_thresholds(config: Path) -> Thresholds:
    """The threshold the organisation's settings in the profile's `config` folder set."""
    return Thresholds.each(read_settings(config).pattern_at)


def signal_proposals(
    session: Session, context: Context, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> list[PatternProposal]:
    """The patterns found now, less those dismissed or already made into a signal."""
    require(session, context, Permission.READ)
    traces, labels = _traces(session, context)
    found = find_patterns(traces, labels, thresholds, set_aside=_set_aside(session))
    audit_signal(session, context, "signal.proposals", "", action=Action.READ)
    return found


def _proposal(
    session: Session, context: Context, key: str, thresholds: Thresholds
) -> PatternProposal:
    traces, labels = _traces(session, context)
    found = find_patterns(traces, labels, thresholds, set_aside=_set_aside(session))
    proposal = next((p for p in found if p.key == key), None)
    if proposal is None:
        raise NotFoundError(
            said(
                "signal_proposals",
                "Dit voorstel is er niet meer: het is al een signaal, afgewezen, of het patroon "
                "is verdwenen. Vernieuw de lijst met voorstellen.",
            )
        )
    return proposal


def take_proposal(
    session: Session,
    context: Context,
    key: str,
    owner: str,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> PolicySignal:
    """A concept signal made from the proposal: its rule, title and explanation, resting on
    its dossiers; `owner` names the rule's owner. The proposal is not offered again."""
    require(session, context, Permission.WRITE_SIGNAL)
    proposal = _proposal(session, context, key, thresholds)
    fields = SignalFields(
        proposal.category,
        proposal.regulation,
        proposal.article,
        owner,
        proposal.title[:200],
        proposal.explanation,
    )
    return create_signal(
        session, context, fields, dossier_ids=proposal.dossiers, proposal_key=proposal.key
    )


def dismiss_proposal(
    session: Session,
    context: Context,
    key: str,
    reason: str,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> None:
    """Record that the proposal is no knelpunt, and why; it is not offered again."""
    user = require(session, context, Permission.WRITE_SIGNAL)
    refuse_in_briefcase(session)
    cleaned = clean_dismissal_reason(reason)
    proposal = _proposal(session, context, key, thresholds)
    row = SignalDismissalRow(
        key=proposal.key,
        rule=proposal.rule.value,
        title=proposal.title,
        reason=cleaned,
        dismissed_on=context.current_date(),
        by_name=user.name,
    )
    session.add(row)
    session.flush()
    audit_signal(session, context, "signal.proposal.dismiss", row.id)
