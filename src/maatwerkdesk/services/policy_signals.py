"""Knelpuntsignalen: write one, link the dossiers and group dossiers it rests on, send it
to the rule's owner and record where it stands there (domain/policy_signals.py).

Who may do what (docs/signals.md): a behandelaar or voorzitter writes a signal and edits it
while it is a concept; a voorzitter or functioneel beheerder sends it to the owner and
records the owner's handling. Every act is audited; a signal's texts are never written to
the audit trail or a log.

The description is checked for personal data against the people of every dossier it rests
on (the betrokkene and the third parties of its facts), when written and whenever a dossier
or group dossier is linked: a description that named nobody of the first dossiers can name
the betrokkene of the next.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.case_facts import ThirdParty
from maatwerkdesk.domain.dossier import Subject
from maatwerkdesk.domain.errors import DomainError, NotFoundError
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.policy_signals import (
    REFERENCE_PREFIX,
    LinkedDossier,
    PolicySignal,
    SignalCategory,
    SignalFields,
    SignalState,
    Transition,
    clean_response,
    refuse_edit,
    refuse_personal_data,
    refuse_transition,
    signal_reference,
    validate_signal_fields,
)
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.mapping import read_facts, read_subject
from maatwerkdesk.persistence.models import (
    DossierGroupRow,
    DossierRow,
    GroupMemberRow,
    PolicySignalLinkRow,
    PolicySignalRow,
    PolicySignalTransitionRow,
)
from maatwerkdesk.services import team_records
from maatwerkdesk.services.audit import Action, record, record_listing
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.groups import live_group
from maatwerkdesk.services.users import require

OBJECT_TYPE = "signal"
People = list[tuple[Subject, tuple[ThirdParty, ...]]]


def audit_signal(
    session: Session,
    context: Context,
    name: str,
    signal_id: str,
    dossier_id: str | None = None,
    action: Action = Action.UPDATE,
) -> None:
    record(
        session,
        context,
        action,
        name,
        object_type=OBJECT_TYPE,
        object_id=signal_id,
        dossier_id=dossier_id,
    )


def refuse_in_briefcase(session: Session) -> None:
    """Signals live in the team database; one written in a laptop's briefcase would never
    reach it (a sync carries dossiers only)."""
    team_records.refuse_in_briefcase(
        session,
        said(
            "policy_signals",
            "Knelpuntsignalen schrijft en volgt u in de teamdatabase, niet in de koffer op "
            "deze laptop. Doe dit weer als u verbonden bent.",
        ),
    )


def _signal_row(session: Session, signal_id: str) -> PolicySignalRow:
    row = session.get(PolicySignalRow, signal_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(
            said("policy_signals", "Dit signaal bestaat niet (meer). Vernieuw de lijst.")
        )
    return row


def find_signal(session: Session, reference: str) -> str:
    """The id of the signal with this reference (any case)."""
    missing = said("policy_signals", "Er is geen signaal met kenmerk {reference}.").format(
        reference=reference
    )
    return team_records.find_by_reference(session, PolicySignalRow, reference, missing)


def _next_reference(session: Session, year: int) -> str:
    prefix = f"{REFERENCE_PREFIX}-{year}-"
    return signal_reference(
        year, team_records.next_number(session, PolicySignalRow.reference, prefix)
    )


def _links(session: Session, signal_ids: Sequence[str]) -> list[PolicySignalLinkRow]:
    if not signal_ids:
        return []
    return list(
        session.scalars(
            select(PolicySignalLinkRow).where(
                PolicySignalLinkRow.signal_id.in_(signal_ids),
                PolicySignalLinkRow.deleted_at.is_(None),
            )
        )
    )


def _signals(session: Session, rows: Sequence[PolicySignalRow]) -> list[PolicySignal]:
    """The signals of `rows` with their links and steps, read with three statements."""
    ids = [row.id for row in rows]
    links = _links(session, ids)
    dossiers = {
        d.id: d
        for d in session.scalars(
            select(DossierRow).where(
                DossierRow.id.in_([k.dossier_id for k in links if k.dossier_id]),
                DossierRow.deleted_at.is_(None),
            )
        )
    }
    groups = {
        g.id: g
        for g in session.scalars(
            select(DossierGroupRow).where(
                DossierGroupRow.id.in_([k.group_id for k in links if k.group_id]),
                DossierGroupRow.deleted_at.is_(None),
            )
        )
    }
    steps = session.scalars(
        select(PolicySignalTransitionRow)
        .where(PolicySignalTransitionRow.signal_id.in_(ids))
        .order_by(PolicySignalTransitionRow.created_at, PolicySignalTransitionRow.id)
    ).all()
    found = []
    for row in rows:
        own = [k for k in links if k.signal_id == row.id]
        linked_dossiers = sorted(
            (
                LinkedDossier(d.id, d.reference, d.title)
                for d in (dossiers.get(k.dossier_id or "") for k in own)
                if d is not None
            ),
            key=lambda d: d.reference,
        )
        linked_groups = sorted(
            (
                LinkedDossier(g.id, g.reference, g.title)
                for g in (groups.get(k.group_id or "") for k in own)
                if g is not None
            ),
            key=lambda g: g.reference,
        )
        found.append(
            PolicySignal(
                row.id,
                row.reference,
                SignalFields(
                    SignalCategory(row.category),
                    row.regulation,
                    row.article,
                    row.owner,
                    row.title,
                    row.description,
                ),
                SignalState(row.state),
                tuple(
                    Transition(SignalState(s.state), s.occurred_on, s.by_name, s.response)
                    for s in steps
                    if s.signal_id == row.id
                ),
                tuple(linked_dossiers),
                tuple(linked_groups),
                row.proposal_key or "",
                row.revision,
            )
        )
    return found


def _signal(session: Session, row: PolicySignalRow) -> PolicySignal:
    (signal,) = _signals(session, [row])
    return signal


def list_signals(
    session: Session, context: Context, *, since: date | None = None, until: date | None = None
) -> list[PolicySignal]:
    """Every signal, newest reference first; with `since`/`until` only those written
    (made as a concept) in that period, both days included."""
    require(session, context, Permission.READ)
    rows = session.scalars(
        select(PolicySignalRow)
        .where(PolicySignalRow.deleted_at.is_(None))
        .order_by(PolicySignalRow.reference.desc())
    ).all()
    signals = [
        s
        for s in _signals(session, rows)
        if (since is None or (s.since(SignalState.CONCEPT) or date.min) >= since)
        and (until is None or (s.since(SignalState.CONCEPT) or date.max) <= until)
    ]
    record_listing(session, context, "signal.list")
    return signals


def load_signal(session: Session, context: Context, signal_id: str) -> PolicySignal:
    require(session, context, Permission.READ)
    signal = _signal(session, _signal_row(session, signal_id))
    audit_signal(session, context, "signal.read", signal_id, action=Action.READ)
    return signal


def _people_of_dossiers(session: Session, dossier_ids: Iterable[str]) -> People:
    people: People = []
    for dossier_id in dict.fromkeys(dossier_ids):
        row = live_dossier(session, dossier_id)
        facts = read_facts(row.reference, row.facts)
        people.append((read_subject(row.subject), facts.third_parties))
    return people


def _members(session: Session, group_id: str) -> list[str]:
    return list(
        session.scalars(
            select(GroupMemberRow.dossier_id).where(
                GroupMemberRow.group_id == group_id, GroupMemberRow.deleted_at.is_(None)
            )
        )
    )


def people_of(session: Session, signal_id: str) -> People:
    """The people whose data a signal's texts may not hold: those of its linked dossiers
    and of the members of its linked groups."""
    links = _links(session, [signal_id])
    dossier_ids = [k.dossier_id for k in links if k.dossier_id]
    for group_id in (k.group_id for k in links if k.group_id):
        dossier_ids += _members(session, group_id)
    return _people_of_dossiers(session, dossier_ids)


def create_signal(
    session: Session,
    context: Context,
    fields: SignalFields,
    *,
    dossier_ids: Sequence[str] = (),
    group_ids: Sequence[str] = (),
    proposal_key: str | None = None,
) -> PolicySignal:
    """A new signal as a concept, resting on these dossiers and group dossiers."""
    user = require(session, context, Permission.WRITE_SIGNAL)
    refuse_in_briefcase(session)
    members = [m for g in group_ids for m in _members(session, live_group(session, g).id)]
    clean = validate_signal_fields(fields, _people_of_dossiers(session, [*dossier_ids, *members]))
    row = PolicySignalRow(
        reference=_next_reference(session, context.current_date().year),
        category=clean.category.value,
        regulation=clean.regulation,
        article=clean.article,
        owner=clean.owner,
        title=clean.title,
        description=clean.description,
        state=SignalState.CONCEPT.value,
        proposal_key=proposal_key,
    )
    session.add(row)
    session.flush()
    _add_step(session, context, row.id, SignalState.CONCEPT, user.name, "")
    audit_signal(session, context, "signal.create", row.id, action=Action.CREATE)
    for dossier_id in dict.fromkeys(dossier_ids):
        _add_link(session, context, row.id, dossier_id=dossier_id)
    for group_id in dict.fromkeys(group_ids):
        _add_link(session, context, row.id, group_id=group_id)
    return _signal(session, row)


def _add_step(
    session: Session,
    context: Context,
    signal_id: str,
    state: SignalState,
    by: str,
    response: str,
) -> None:
    session.add(
        PolicySignalTransitionRow(
            signal_id=signal_id,
            state=state.value,
            occurred_on=context.current_date(),
            by_name=by,
            response=response,
        )
    )


def update_signal(
    session: Session, context: Context, signal_id: str, fields: SignalFields
) -> PolicySignal:
    """Change what the signal says: only while it is a concept."""
    require(session, context, Permission.WRITE_SIGNAL)
    refuse_in_briefcase(session)
    row = _signal_row(session, signal_id)
    refuse_edit(SignalState(row.state))
    clean = validate_signal_fields(fields, people_of(session, signal_id))
    row.category, row.regulation, row.article = (
        clean.category.value,
        clean.regulation,
        clean.article,
    )
    row.owner, row.title, row.description = clean.owner, clean.title, clean.description
    row.updated_at = utc_now()
    session.flush()
    audit_signal(session, context, "signal.update", signal_id)
    return _signal(session, row)


def transition_signal(
    session: Session,
    context: Context,
    signal_id: str,
    state: SignalState,
    response: str = "",
) -> PolicySignal:
    """Take the next step of the life cycle; a final one records the owner's response."""
    user = require(session, context, Permission.FOLLOW_SIGNAL)
    refuse_in_briefcase(session)
    row = _signal_row(session, signal_id)
    answer = clean_response(response)
    refuse_transition(SignalState(row.state), state, answer)
    if answer:
        refuse_personal_data("signal.response", answer, people_of(session, signal_id))
    row.state = state.value
    row.updated_at = utc_now()
    _add_step(session, context, signal_id, state, user.name, answer)
    session.flush()
    audit_signal(session, context, f"signal.state.{state.value}", signal_id)
    return _signal(session, row)


def _live_link(
    session: Session, signal_id: str, *, dossier_id: str | None, group_id: str | None
) -> PolicySignalLinkRow | None:
    return session.scalar(
        select(PolicySignalLinkRow).where(
            PolicySignalLinkRow.signal_id == signal_id,
            PolicySignalLinkRow.dossier_id.is_(None)
            if dossier_id is None
            else PolicySignalLinkRow.dossier_id == dossier_id,
            PolicySignalLinkRow.group_id.is_(None)
            if group_id is None
            else PolicySignalLinkRow.group_id == group_id,
            PolicySignalLinkRow.deleted_at.is_(None),
        )
    )


def _add_link(
    session: Session,
    context: Context,
    signal_id: str,
    *,
    dossier_id: str | None = None,
    group_id: str | None = None,
) -> None:
    if _live_link(session, signal_id, dossier_id=dossier_id, group_id=group_id) is not None:
        return
    session.add(PolicySignalLinkRow(signal_id=signal_id, dossier_id=dossier_id, group_id=group_id))
    session.flush()
    name = "signal.dossier.link" if dossier_id else "signal.group.link"
    audit_signal(session, context, name, signal_id, dossier_id)


def _refuse_when_closed(row: PolicySignalRow) -> None:
    state = SignalState(row.state)
    if state.final:
        raise DomainError(
            said(
                "policy_signals",
                "Dit signaal is {state}; de dossiers waarop het rust, blijven zoals ze waren. "
                "Schrijf een nieuw signaal als het knelpunt terugkomt.",
            ).format(state=vocabulary_word(state.label))
        )


def _check_texts(session: Session, row: PolicySignalRow, people: People) -> None:
    """The signal's texts against the people of a dossier about to be linked."""
    answers = session.scalars(
        select(PolicySignalTransitionRow.response).where(
            PolicySignalTransitionRow.signal_id == row.id
        )
    )
    for name, text in (
        ("signal.title", row.title),
        ("signal.description", row.description),
        *(("signal.response", answer) for answer in answers),
    ):
        refuse_personal_data(name, text, people)


def link_dossier(
    session: Session, context: Context, signal_id: str, dossier_id: str
) -> PolicySignal:
    """Let the signal rest on this dossier too; refused when its texts name its people."""
    require(session, context, Permission.WRITE_SIGNAL)
    refuse_in_briefcase(session)
    row = _signal_row(session, signal_id)
    _refuse_when_closed(row)
    _check_texts(session, row, _people_of_dossiers(session, [dossier_id]))
    _add_link(session, context, signal_id, dossier_id=dossier_id)
    return _signal(session, row)


def link_group(session: Session, context: Context, signal_id: str, group_id: str) -> PolicySignal:
    """Let the signal rest on this group dossier; its members' people are checked."""
    require(session, context, Permission.WRITE_SIGNAL)
    refuse_in_briefcase(session)
    row = _signal_row(session, signal_id)
    _refuse_when_closed(row)
    members = _members(session, live_group(session, group_id).id)
    _check_texts(session, row, _people_of_dossiers(session, members))
    _add_link(session, context, signal_id, group_id=group_id)
    return _signal(session, row)


def unlink(
    session: Session,
    context: Context,
    signal_id: str,
    *,
    dossier_id: str | None = None,
    group_id: str | None = None,
) -> PolicySignal:
    """The signal no longer rests on this dossier or group dossier."""
    require(session, context, Permission.WRITE_SIGNAL)
    refuse_in_briefcase(session)
    row = _signal_row(session, signal_id)
    _refuse_when_closed(row)
    link = _live_link(session, signal_id, dossier_id=dossier_id, group_id=group_id)
    if link is None:
        raise NotFoundError(
            said("policy_signals", "Het signaal rust niet op dit dossier; er is niets losgemaakt.")
        )
    link.deleted_at = utc_now()
    session.flush()
    name = "signal.dossier.unlink" if dossier_id else "signal.group.unlink"
    audit_signal(session, context, name, signal_id, dossier_id)
    return _signal(session, row)
