"""Meetings of the casuïstiekoverleg: plan them, keep their record, read them back.

Planning (date, chair, members, agenda) is for the chair and the secretary; the record of an
agenda item (attendance, advice, dissent, conflicts, the decision, actions, review date,
signal) is kept by them too, while a member gives their own advice and declares their own
conflict of interest. Once an item's decision is signed its record is fixed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, ColumnExpressionArgument, ScalarSelect, func, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import (
    DEFAULT_MINUTES,
    Advice,
    AgendaItem,
    ItemRecord,
    Meeting,
    MeetingStatus,
    Member,
    Stance,
    actions_from_data,
    actions_to_data,
    signal_from_data,
    signal_to_data,
    validate_action,
    validate_minutes,
)
from maatwerkdesk.domain.decision import decision_from_data, decision_to_data
from maatwerkdesk.domain.errors import DomainError, NotFoundError, ValidationError
from maatwerkdesk.domain.people import Discipline, Permission, Role
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import (
    AdviceRow,
    AgendaItemRow,
    DossierRow,
    MeetingMemberRow,
    MeetingRow,
    SignedDecisionRow,
    UserRow,
)
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.precedents import checked_decision
from maatwerkdesk.services.revisions import (
    UNCHECKED,
    Unchecked,
    refuse_changed,
    refuse_if_stale,
)
from maatwerkdesk.services.signed import is_signed
from maatwerkdesk.services.users import get_user, require


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    reference: str
    held_on: date
    chair: str
    status: MeetingStatus
    items: int


@dataclass(frozen=True)
class PlannedItem:
    dossier_id: str
    minutes: int = DEFAULT_MINUTES


@dataclass(frozen=True)
class PlannedMember:
    user_id: str
    discipline: Discipline | None = None


def _audit(
    session: Session,
    context: Context,
    action: Action,
    name: str,
    meeting_id: str,
    dossier_id: str | None = None,
) -> None:
    record(
        session,
        context,
        action,
        name,
        object_type="meeting",
        object_id=meeting_id,
        dossier_id=dossier_id,
    )


def _next_reference(session: Session, year: int) -> str:
    prefix = f"CO-{year}-"
    count = session.scalar(
        select(func.count()).select_from(MeetingRow).where(MeetingRow.reference.like(f"{prefix}%"))
    )
    return f"{prefix}{(count or 0) + 1:03d}"


MEETING_GONE = said("meetings", "Dit overleg bestaat niet (meer). Kies een ander overleg.")


def _meeting_row(session: Session, meeting_id: str) -> MeetingRow:
    row = session.get(MeetingRow, meeting_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(MEETING_GONE)
    return row


def list_meetings(session: Session) -> list[MeetingSummary]:
    rows = session.scalars(
        select(MeetingRow)
        .where(MeetingRow.deleted_at.is_(None))
        .order_by(MeetingRow.held_on.desc())
    ).all()
    counts = dict(
        session.execute(
            select(AgendaItemRow.meeting_id, func.count())
            .where(AgendaItemRow.deleted_at.is_(None))
            .group_by(AgendaItemRow.meeting_id)
        ).all()
    )
    result = []
    for row in rows:
        items = counts.get(row.id, 0)
        chair = get_user(session, row.chair_id)
        result.append(
            MeetingSummary(
                row.id,
                row.reference,
                row.held_on,
                chair.name,
                MeetingStatus(row.status),
                items,
            )
        )
    return result


def plan_meeting(
    session: Session,
    context: Context,
    held_on: date,
    chair_id: str,
    members: Sequence[PlannedMember],
    location: str = "",
) -> str:
    """A new meeting; the chair must have the chair's role and is a member."""
    require(session, context, Permission.PLAN_MEETING)
    chair = get_user(session, chair_id)
    if not chair.has(Role.CHAIR) or not chair.active:
        raise ValidationError(
            "meeting.chair",
            said("meetings", "{name} is geen voorzitter. Kies een voorzitter.").format(
                name=chair.name
            ),
        )
    row = MeetingRow(
        reference=_next_reference(session, held_on.year),
        held_on=held_on,
        location=clean_text(location, "meeting.location", limit=SHORT_TEXT_LIMIT, multiline=False),
        chair_id=chair.id,
        status=MeetingStatus.PLANNED.value,
    )
    session.add(row)
    session.flush()
    set_members(session, context, row.id, [PlannedMember(chair.id, chair.discipline), *members])
    _audit(session, context, Action.CREATE, "meeting.plan", row.id)
    return row.id


def set_members(
    session: Session, context: Context, meeting_id: str, members: Sequence[PlannedMember]
) -> None:
    """The members and their disciplines; the chair always stays a member."""
    require(session, context, Permission.PLAN_MEETING)
    meeting = _meeting_row(session, meeting_id)
    wanted: dict[str, PlannedMember] = {}
    for member in members:
        user = get_user(session, member.user_id)
        if not user.active:
            raise ValidationError(
                "meeting.members",
                said(
                    "meetings",
                    "{name} is niet meer actief. Kies een ander lid, of vraag de functioneel "
                    "beheerder de gebruiker weer actief te maken.",
                ).format(name=user.name),
            )
        wanted.setdefault(user.id, PlannedMember(user.id, member.discipline or user.discipline))
    wanted.setdefault(meeting.chair_id, PlannedMember(meeting.chair_id))
    existing = {
        row.user_id: row
        for row in session.scalars(
            select(MeetingMemberRow).where(MeetingMemberRow.meeting_id == meeting_id)
        )
    }
    for user_id, row in existing.items():
        if user_id not in wanted:
            _withdraw_advice(session, meeting_id, user_id)
            session.delete(row)
    for user_id, member in wanted.items():
        row = existing.get(user_id)
        if row is None:
            row = MeetingMemberRow(meeting_id=meeting_id, user_id=user_id, present=True)
            session.add(row)
        row.discipline = member.discipline.value if member.discipline else None
    session.flush()


def set_agenda(
    session: Session, context: Context, meeting_id: str, items: Sequence[PlannedItem]
) -> None:
    """The agenda in this order. A new item must be ter bespreking; an item whose decision
    is signed stays on the agenda."""
    require(session, context, Permission.PLAN_MEETING)
    _meeting_row(session, meeting_id)
    existing = {
        row.dossier_id: row
        for row in session.scalars(
            select(AgendaItemRow).where(
                AgendaItemRow.meeting_id == meeting_id, AgendaItemRow.deleted_at.is_(None)
            )
        )
    }
    wanted = list(dict.fromkeys(item.dossier_id for item in items))
    for dossier_id, row in existing.items():
        if dossier_id not in wanted:
            if _signed_item(session, row.id):
                raise DomainError(
                    said(
                        "meetings",
                        "Een dossier waarvan het besluit in dit overleg is ondertekend, blijft op "
                        "de agenda.",
                    )
                )
            for advice in session.scalars(
                select(AdviceRow).where(AdviceRow.agenda_item_id == row.id)
            ):
                session.delete(advice)
            session.delete(row)
    minutes = {item.dossier_id: validate_minutes(item.minutes) for item in items}
    added = _live_dossiers(session, [d for d in wanted if d not in existing])
    elsewhere = planned_elsewhere(session, meeting_id) if added else {}
    for position, dossier_id in enumerate(wanted, start=1):
        row = existing.get(dossier_id)
        if row is None:
            dossier = added[dossier_id]
            other = elsewhere.get(dossier.id)
            if other is not None:
                raise DomainError(
                    said(
                        "meetings",
                        "{reference} staat al op de agenda van {meeting}. Haal het daar eerst "
                        "af, of bespreek het in dat overleg.",
                    ).format(reference=dossier.reference, meeting=other)
                )
            if dossier.status != DossierStatus.TER_BESPREKING.value:
                raise ValidationError(
                    "agenda",
                    said(
                        "meetings",
                        "{reference} staat niet op ‘Ter bespreking’. Alleen dossiers die de "
                        "behandelaar daarop heeft gezet, komen op de agenda.",
                    ).format(reference=dossier.reference),
                )
            row = AgendaItemRow(meeting_id=meeting_id, dossier_id=dossier_id, signal={})
            session.add(row)
        row.position, row.minutes = position, minutes[dossier_id]
    session.flush()
    _audit(session, context, Action.UPDATE, "meeting.agenda", meeting_id)


def planned_elsewhere(session: Session, meeting_id: str) -> dict[str, str]:
    """Dossiers on the agenda of another planned meeting, with that meeting's reference."""
    rows = session.execute(
        select(AgendaItemRow.dossier_id, MeetingRow.reference)
        .join(MeetingRow, AgendaItemRow.meeting_id == MeetingRow.id)
        .where(
            AgendaItemRow.deleted_at.is_(None),
            MeetingRow.id != meeting_id,
            MeetingRow.deleted_at.is_(None),
            MeetingRow.status == MeetingStatus.PLANNED.value,
        )
    )
    return {dossier_id: reference for dossier_id, reference in rows}


def _live_dossiers(session: Session, ids: Sequence[str]) -> dict[str, DossierRow]:
    """The dossiers with these ids, read together; one that is gone is refused as
    `live_dossier` refuses it."""
    found: dict[str, DossierRow] = {}
    for chunk in in_chunks(ids):
        found.update(
            (row.id, row)
            for row in session.scalars(
                select(DossierRow).where(DossierRow.id.in_(chunk), DossierRow.deleted_at.is_(None))
            )
        )
    for dossier_id in ids:
        if dossier_id not in found:
            live_dossier(session, dossier_id)  # raises: it does not exist (any more)
    return found


def _withdraw_advice(session: Session, meeting_id: str, user_id: str) -> None:
    """A member who leaves the meeting takes their advice with them."""
    items = select(AgendaItemRow.id).where(AgendaItemRow.meeting_id == meeting_id)
    for advice in session.scalars(
        select(AdviceRow).where(AdviceRow.agenda_item_id.in_(items), AdviceRow.user_id == user_id)
    ):
        session.delete(advice)


def _signed_item(session: Session, item_id: str) -> bool:
    query = select(SignedDecisionRow.id).where(SignedDecisionRow.agenda_item_id == item_id)
    return session.scalar(query.limit(1)) is not None


def load_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = _load_meetings(session, MeetingRow.id == meeting_id).get(meeting_id)
    if meeting is None:
        raise NotFoundError(MEETING_GONE)
    return meeting


def agenda_items(
    session: Session, item_ids: Sequence[str]
) -> dict[str, tuple[Meeting, AgendaItem]]:
    """Each live agenda item with its meeting; the meetings are read together, in three
    statements however many there are."""
    found: dict[str, tuple[Meeting, AgendaItem]] = {}
    for chunk in in_chunks(list(dict.fromkeys(item_ids))):
        held = select(AgendaItemRow.meeting_id).where(AgendaItemRow.id.in_(chunk))
        for meeting in _load_meetings(session, MeetingRow.id.in_(held)).values():
            found.update((item.id, (meeting, item)) for item in meeting.agenda if item.id in chunk)
    return found


def _load_meetings(session: Session, which: ColumnElement[bool]) -> dict[str, Meeting]:
    """The live meetings `which` selects, each with its members, agenda and records: one
    statement for the meetings with their agenda, one for the members, one for the advice."""
    signed = (
        select(func.max(SignedDecisionRow.version))
        .where(SignedDecisionRow.agenda_item_id == AgendaItemRow.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(MeetingRow, AgendaItemRow, DossierRow.reference, DossierRow.title, signed)
        .outerjoin(
            AgendaItemRow,
            (AgendaItemRow.meeting_id == MeetingRow.id) & AgendaItemRow.deleted_at.is_(None),
        )
        .outerjoin(DossierRow, DossierRow.id == AgendaItemRow.dossier_id)
        .where(which, MeetingRow.deleted_at.is_(None))
        .order_by(AgendaItemRow.position)
    ).all()
    meetings = {row[0].id: row[0] for row in rows}
    if not meetings:
        return {}
    members = _members(session, list(meetings))
    advice = _advice(session, list(meetings))
    items: dict[str, list[AgendaItem]] = {meeting_id: [] for meeting_id in meetings}
    for meeting, item, reference, title, version in rows:
        if item is not None:
            record = _item_record(item, advice.get(item.id, ()))
            items[meeting.id].append(
                AgendaItem(
                    item.id,
                    item.dossier_id,
                    reference,
                    title,
                    item.position,
                    item.minutes,
                    record,
                    version,
                    item.revision,
                )
            )
    found = {}
    for meeting_id, row in meetings.items():
        users = {m.user.id: m.user for m in members.get(meeting_id, ())}
        chair = users.get(row.chair_id) or get_user(session, row.chair_id)  # always a member
        found[meeting_id] = Meeting(
            row.id,
            row.reference,
            row.held_on,
            chair,
            tuple(
                sorted(
                    members.get(meeting_id, ()),
                    key=lambda m, chair=chair: (m.user.id != chair.id, m.user.name),
                )
            ),
            tuple(items[meeting_id]),
            MeetingStatus(row.status),
            row.location,
        )
    return found


def _members(session: Session, meeting_ids: Sequence[str]) -> dict[str, list[Member]]:
    """The members of each meeting; their users are read with them."""
    found: dict[str, list[Member]] = {}
    for row, _user in session.execute(
        select(MeetingMemberRow, UserRow)
        .outerjoin(UserRow, UserRow.id == MeetingMemberRow.user_id)
        .where(MeetingMemberRow.meeting_id.in_(meeting_ids))
    ):
        discipline = Discipline(row.discipline) if row.discipline else None
        member = Member(get_user(session, row.user_id), discipline, row.present)
        found.setdefault(row.meeting_id, []).append(member)
    return found


def _advice(session: Session, meeting_ids: Sequence[str]) -> dict[str, list[Advice]]:
    """The advice given on each agenda item of the meetings, by item id."""
    return _advice_where(
        session,
        AdviceRow.agenda_item_id.in_(
            select(AgendaItemRow.id).where(AgendaItemRow.meeting_id.in_(meeting_ids))
        ),
    )


def _advice_where(session: Session, which: ColumnElement[bool]) -> dict[str, list[Advice]]:
    found: dict[str, list[Advice]] = {}
    for row, _user in session.execute(
        select(AdviceRow, UserRow).outerjoin(UserRow, UserRow.id == AdviceRow.user_id).where(which)
    ):
        user = get_user(session, row.user_id)
        discipline = Discipline(row.discipline) if row.discipline else None
        advice = Advice(user.id, user.name, discipline, Stance(row.stance), row.text)
        found.setdefault(row.agenda_item_id, []).append(advice)
    return found


ITEM_PARTS = ("meeting",)
"""The audit trail's object type of the acts that change an agenda item's record."""


def _item_reference(meeting: Meeting, row: AgendaItemRow) -> str | None:
    """The dossier's reference of the agenda item; None when the meeting no longer has it."""
    item = meeting.item(row.id)
    return item.reference if item is not None else None


def _record_of(meeting: Meeting, row: AgendaItemRow) -> Sentence:
    """'Het verslag van MW-2026-00012 in CO-2026-001', as a stale save names it."""
    reference = _item_reference(meeting, row)
    if reference is None:
        return said("meetings", "Het verslag van dit agendapunt in {meeting}").format(
            meeting=meeting.reference
        )
    return said("meetings", "Het verslag van {reference} in {meeting}").format(
        reference=reference, meeting=meeting.reference
    )


def _advice_of(meeting: Meeting, row: AgendaItemRow) -> Sentence:
    """'Uw advies bij MW-2026-00012 in CO-2026-001', as a stale save names it."""
    reference = _item_reference(meeting, row)
    if reference is None:
        return said("meetings", "Uw advies bij dit agendapunt in {meeting}").format(
            meeting=meeting.reference
        )
    return said("meetings", "Uw advies bij {reference} in {meeting}").format(
        reference=reference, meeting=meeting.reference
    )


def _record(session: Session, row: AgendaItemRow) -> ItemRecord:
    advice = _advice_where(session, AdviceRow.agenda_item_id == row.id)
    return _item_record(row, advice.get(row.id, ()))


def _item_record(row: AgendaItemRow, advice: Iterable[Advice]) -> ItemRecord:
    return ItemRecord(
        advice=tuple(sorted(advice, key=lambda a: a.name)),
        dissent=row.dissent,
        conflicts=tuple(row.conflicts),
        decision=decision_from_data(row.decision) if row.decision else None,
        departure_motivation=row.departure_motivation,
        override_motivation=row.override_motivation,
        actions=actions_from_data(row.actions),
        review_date=row.review_date,
        signal=signal_from_data(row.signal or {}),
    )


def agenda_item_row(session: Session, item_id: str) -> AgendaItemRow:
    row = session.get(AgendaItemRow, item_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(
            said(
                "meetings",
                "Dit agendapunt bestaat niet (meer); het is misschien van de agenda gehaald. "
                "Open het overleg opnieuw.",
            )
        )
    return row


def load_item(session: Session, item_id: str) -> AgendaItem:
    """One agenda item as its meeting shows it (its record and revision as stored now)."""
    row = agenda_item_row(session, item_id)
    item = load_meeting(session, row.meeting_id).item(item_id)
    assert item is not None
    return item


def _open_item(session: Session, item_id: str) -> AgendaItemRow:
    row = agenda_item_row(session, item_id)
    if is_signed(session, row.dossier_id):
        raise DomainError(
            said(
                "meetings",
                "Het besluit over dit dossier is ondertekend; het verslag ervan ligt vast. Een "
                "wijziging wordt een nieuwe versie met een reden (‘Nieuwe versie…’, voorzitter).",
            )
        )
    return row


def record_attendance(
    session: Session, context: Context, meeting_id: str, present: Sequence[str]
) -> None:
    """Who was there; members not named were absent."""
    require(session, context, Permission.RECORD_MEETING)
    _meeting_row(session, meeting_id)
    for row in session.scalars(
        select(MeetingMemberRow).where(MeetingMemberRow.meeting_id == meeting_id)
    ):
        row.present = row.user_id in present
    session.flush()
    _audit(session, context, Action.UPDATE, "meeting.attendance", meeting_id)


def record_item(
    session: Session,
    context: Context,
    item_id: str,
    item: ItemRecord,
    *,
    expected_revision: int | None = None,
) -> ItemRecord:
    """The secretary's or chair's record of an agenda item. The decision is checked against
    the dossier's factors and precedents as the caseworker's is; advice is kept per member
    (only the members of the meeting); declared conflicts remove that member's advice.
    Refused when the item's record changed after `expected_revision` (a member's advice
    too: this record rewrites everyone's)."""
    require(session, context, Permission.RECORD_MEETING)
    row = _open_item(session, item_id)
    meeting = load_meeting(session, row.meeting_id)
    refuse_if_stale(
        session,
        row,
        expected_revision,
        what=_record_of(meeting, row),
        dossier_id=row.dossier_id,
        parts=ITEM_PARTS,
    )
    members = {m.user.id: m for m in meeting.members}
    for user_id in item.conflicts:
        if user_id not in members:
            raise ValidationError(
                "conflicts",
                said("meetings", "Alleen leden van dit overleg kunnen een belang melden."),
            )
    for advice in item.advice:
        if advice.user_id not in members:
            raise ValidationError(
                "advice",
                said(
                    "meetings",
                    "{name} is geen lid van dit overleg. Voeg die persoon eerst toe als lid.",
                ).format(name=advice.name),
            )
    if item.decision is not None:
        decision, _state = checked_decision(session, context, row.dossier_id, item.decision)
        row.decision = decision_to_data(decision)
    else:
        row.decision = None
    row.dissent = clean_text(item.dissent, "dissent", limit=LONG_TEXT_LIMIT, multiline=True)
    # A declared conflict stays: only the member can declare one, and no record withdraws it.
    row.conflicts = sorted({*row.conflicts, *item.conflicts})
    row.departure_motivation = clean_text(
        item.departure_motivation, "departure_motivation", limit=LONG_TEXT_LIMIT, multiline=True
    )
    row.override_motivation = clean_text(
        item.override_motivation, "override_motivation", limit=LONG_TEXT_LIMIT, multiline=True
    )
    row.actions = actions_to_data([validate_action(a) for a in item.actions])
    row.review_date = item.review_date
    row.signal = signal_to_data(item.signal)
    kept = {a.user_id: a for a in item.advice if a.user_id not in row.conflicts}
    for advice_row in session.scalars(select(AdviceRow).where(AdviceRow.agenda_item_id == item_id)):
        if advice_row.user_id not in kept:
            session.delete(advice_row)
    session.flush()
    for advice in kept.values():
        _store_advice(session, item_id, advice, members[advice.user_id].discipline)
    row.updated_at = utc_now()  # a new revision, also when only the advice changed
    session.flush()
    _audit(session, context, Action.UPDATE, "meeting.record", row.meeting_id, row.dossier_id)
    return _record(session, row)


def _store_advice(
    session: Session, item_id: str, advice: Advice, discipline: Discipline | None
) -> None:
    row = session.scalar(
        select(AdviceRow).where(
            AdviceRow.agenda_item_id == item_id, AdviceRow.user_id == advice.user_id
        )
    )
    if row is None:
        row = AdviceRow(agenda_item_id=item_id, user_id=advice.user_id)
        session.add(row)
    row.discipline = discipline.value if discipline else None
    row.stance = advice.stance.value
    row.text = clean_text(advice.text, "advice.text", limit=LONG_TEXT_LIMIT, multiline=True)


def give_advice(
    session: Session,
    context: Context,
    item_id: str,
    stance: Stance,
    text: str,
    *,
    expected: Advice | Unchecked | None = UNCHECKED,
) -> None:
    """A member's own advice; refused when they declared a conflict of interest.

    `expected` is the member's advice as their screen showed it (None: none yet). Members
    advise at the same time, so another member's advice is no conflict; the secretary
    changing this member's advice in the meantime is.
    """
    user = require(session, context, Permission.ADVISE)
    row = _open_item(session, item_id)
    meeting = load_meeting(session, row.meeting_id)
    if not isinstance(expected, Unchecked):
        stored = session.scalar(
            select(AdviceRow).where(
                AdviceRow.agenda_item_id == item_id, AdviceRow.user_id == user.id
            )
        )
        seen = None if expected is None else (expected.stance.value, expected.text)
        if (None if stored is None else (stored.stance, stored.text)) != seen:
            refuse_changed(
                session,
                what=_advice_of(meeting, row),
                dossier_id=row.dossier_id,
                parts=ITEM_PARTS,
            )
    member = meeting.member(user.id)
    if member is None:
        raise DomainError(
            said(
                "meetings",
                "U bent geen lid van dit overleg; alleen leden geven advies. Vraag de secretaris "
                "of de voorzitter u als lid toe te voegen.",
            )
        )
    if user.id in row.conflicts:
        raise DomainError(
            said(
                "meetings",
                "U hebt bij dit dossier een belang gemeld en neemt dus niet deel aan het advies.",
            )
        )
    advice = Advice(user.id, user.name, member.discipline, stance, text)
    _store_advice(session, item_id, advice, member.discipline)
    row.updated_at = utc_now()  # the item's record changed: a new revision
    session.flush()
    _audit(session, context, Action.UPDATE, "meeting.advice", row.meeting_id, row.dossier_id)


def declare_conflict(session: Session, context: Context, item_id: str) -> None:
    """A member declares a conflict of interest (Awb 2:4): their advice on it is withdrawn."""
    user = require(session, context, Permission.ADVISE)
    row = _open_item(session, item_id)
    if load_meeting(session, row.meeting_id).member(user.id) is None:
        raise DomainError(
            said(
                "meetings",
                "U bent geen lid van dit overleg; alleen een lid meldt een belang. Vraag de "
                "secretaris of de voorzitter u als lid toe te voegen.",
            )
        )
    row.conflicts = sorted({*row.conflicts, user.id})
    for advice_row in session.scalars(
        select(AdviceRow).where(AdviceRow.agenda_item_id == item_id, AdviceRow.user_id == user.id)
    ):
        session.delete(advice_row)
    row.updated_at = utc_now()
    session.flush()
    _audit(session, context, Action.UPDATE, "meeting.conflict", row.meeting_id, row.dossier_id)


def close_meeting(session: Session, context: Context, meeting_id: str) -> None:
    require(session, context, Permission.RECORD_MEETING)
    row = _meeting_row(session, meeting_id)
    row.status = MeetingStatus.HELD.value
    session.flush()
    _audit(session, context, Action.UPDATE, "meeting.close", meeting_id)


def latest_item(dossier_id: ColumnExpressionArgument[str]) -> ScalarSelect[str]:
    """SQL: the id of the dossier's item on the agenda of the most recent meeting that has
    it on its agenda; a column of an outer query for many dossiers at once."""
    return (
        select(AgendaItemRow.id)
        .join(MeetingRow, AgendaItemRow.meeting_id == MeetingRow.id)
        .where(
            AgendaItemRow.dossier_id == dossier_id,
            AgendaItemRow.deleted_at.is_(None),
            MeetingRow.deleted_at.is_(None),
        )
        .order_by(MeetingRow.held_on.desc(), MeetingRow.reference.desc())
        .limit(1)
        .scalar_subquery()
    )


def conflict_names(meeting: Meeting, record: ItemRecord) -> list[str]:
    """Who declared a conflict of interest on the agenda item, by name."""
    names = {m.user.id: m.user.name for m in meeting.members}
    return [names.get(user_id, user_id) for user_id in record.conflicts]
