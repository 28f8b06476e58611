"""The minutes (verslag) of a meeting as a `Document`: agenda, attendance, and per dossier
the advice, the decision with its sign-off, and the agreed actions; and finding the meeting
a dossier was last discussed in, for the decision document."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import AgendaItem, Meeting, SignedDecision
from maatwerkdesk.domain.document import (
    Document,
    DocumentHeader,
    Grid,
    Pairs,
    Section,
    Text,
    with_fingerprint,
)
from maatwerkdesk.domain.errors import NotFoundError
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.persistence.models import MeetingRow
from maatwerkdesk.services.decision_document import (
    action_list,
    advice_blocks,
    sign_off_rows,
    signature_notes,
)
from maatwerkdesk.services.meetings import conflict_names, load_meeting
from maatwerkdesk.services.signed import signed_versions_of

EXPORT_MINUTES = "dossier.export_minutes"
"""The audit name of a minutes export, recorded once per dossier on the agenda."""


def _date(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value is not None else "—"


def _attendance(meeting: Meeting, today: date) -> Section:
    known = meeting.attendance_known(today)
    rows = tuple(
        (
            member.user.name,
            "voorzitter" if member.user.id == meeting.chair.id else member.user.roles_label,
            member.discipline.label if member.discipline else "—",
            ("aanwezig" if member.present else "afwezig") if known else "uitgenodigd",
        )
        for member in meeting.members
    )
    grid = Grid(("Naam", "Rol", "Discipline", "Aanwezig"), rows, (2.2, 1.6, 1.4, 1))
    return Section("Aanwezigheid", (grid,))


def _overview(meeting: Meeting) -> Section:
    minutes = sum(i.minutes for i in meeting.agenda)
    rows = (
        ("Datum", _date(meeting.held_on)),
        ("Plaats", meeting.location or "—"),
        ("Voorzitter", meeting.chair.name),
        ("Stand", meeting.status.label),
        ("Agenda", f"{len(meeting.agenda)} dossiers, samen {minutes} minuten"),
    )
    return Section("Overleg", (Pairs(rows),))


def _agenda(meeting: Meeting) -> Section:
    rows = tuple(
        (str(i.position), i.reference, i.title, f"{i.minutes} min", _signed_label(i))
        for i in meeting.agenda
    )
    grid = Grid(("Nr", "Kenmerk", "Onderwerp", "Tijd", "Besluit"), rows, (0.4, 1.6, 4.1, 0.8, 1.5))
    return Section("Agenda", (grid,))


def _signed_label(item: AgendaItem) -> str:
    return f"ondertekend, v{item.signed_version}" if item.signed_version else "open"


def _item(item: AgendaItem, conflicts: list[str], signed: SignedDecision | None) -> Section:
    record = item.record
    blocks = advice_blocks(record)
    if conflicts:
        verbs = "meldde een belang en nam" if len(conflicts) == 1 else "meldden een belang en namen"
        blocks.append(
            Text(f"{enumerate_nl(conflicts)} {verbs} niet deel.", lead="Belangenverstrengeling")
        )
    decision = signed.decision if signed else record.decision
    rows: list[tuple[str, str]] = []
    if decision is not None:
        degree = f" ({decision.degree})" if decision.degree else ""
        rows.append(("Besluit", f"{decision.outcome_type.label}{degree}"))
    else:
        rows.append(("Besluit", "Nog niet vastgelegd"))
    if record.review_date:
        rows.append(("Opnieuw bekijken op", _date(record.review_date)))
    if record.signal.kind.value != "undecided":
        rows.append(("Knelpuntsignaal", record.signal.kind.label))
    if signed is not None:
        rows += sign_off_rows(signed)
    blocks.append(Pairs(tuple(rows)))
    if decision is not None and decision.motivation:
        blocks.append(Text(decision.motivation, lead="Motivering"))
    if signed is not None:
        blocks += signature_notes(signed)
    if record.actions:
        blocks += [Text("Afspraken:"), action_list(record)]
    return Section(
        f"Agendapunt {item.position}: {item.reference} — {item.title}",
        tuple(blocks),
        numbered=False,
    )


def minutes_document(session: Session, meeting_id: str, today: date) -> Document:
    """The minutes of the meeting, as far as recorded today."""
    meeting = load_meeting(session, meeting_id)
    sections = [_overview(meeting), _agenda(meeting), _attendance(meeting, today)]
    versions = signed_versions_of(session, [item.dossier_id for item in meeting.agenda])
    for item in meeting.agenda:
        found = versions[item.dossier_id]
        signed = next((v for v in found if v.version == item.signed_version), None)
        sections.append(_item(item, conflict_names(meeting, item.record), signed))
    header = DocumentHeader(
        kind="Verslag",
        title=f"Casuïstiekoverleg van {_date(meeting.held_on)}",
        organisation="Casuïstiekoverleg",
        reference=meeting.reference,
        version="1",
        issued_on=today,
    )
    return with_fingerprint(Document(header, tuple(sections)))


def find_meeting(session: Session, reference: str) -> str:
    """The id of the meeting with this reference (CO-2026-001), case and spaces ignored."""
    wanted = reference.strip().upper()
    meeting_id = session.scalar(
        select(MeetingRow.id).where(MeetingRow.reference == wanted, MeetingRow.deleted_at.is_(None))
    )
    if meeting_id is None:
        raise NotFoundError(
            said(
                "minutes",
                "Er is geen overleg met kenmerk '{reference}'. "
                "Zie `maatwerkdesk meetings` voor de kenmerken.",
            ).format(reference=reference.strip())
        )
    return meeting_id
