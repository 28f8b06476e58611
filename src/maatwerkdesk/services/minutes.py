"""The minutes (verslag) of a meeting as a `Document`: agenda, attendance, and per dossier
the advice, the decision with its sign-off, and the agreed actions."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import AgendaItem, Meeting, SignedDecision
from maatwerkdesk.domain.document import (
    Block,
    Bullets,
    Document,
    DocumentHeader,
    Grid,
    Pairs,
    Section,
    Text,
    Tone,
    with_fingerprint,
)
from maatwerkdesk.services.meetings import load_meeting
from maatwerkdesk.services.signed import signed_versions


def _date(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value is not None else "—"


def _attendance(meeting: Meeting) -> Section:
    rows = tuple(
        (
            member.user.name,
            "voorzitter" if member.user.id == meeting.chair.id else member.user.role.label,
            member.discipline.label if member.discipline else "—",
            "aanwezig" if member.present else "afwezig",
        )
        for member in meeting.members
    )
    grid = Grid(("Naam", "Rol", "Discipline", "Aanwezig"), rows, (2.2, 1.6, 1.4, 1))
    return Section("Aanwezigheid", (grid,))


def _agenda(meeting: Meeting) -> Section:
    rows = tuple(
        (str(i.position), i.reference, i.title, f"{i.minutes} min", _signed_label(i))
        for i in meeting.agenda
    )
    grid = Grid(("Nr", "Kenmerk", "Onderwerp", "Tijd", "Besluit"), rows, (0.5, 1.9, 4, 0.9, 1.4))
    return Section("Agenda", (grid,))


def _signed_label(item: AgendaItem) -> str:
    return f"ondertekend (v{item.signed_version})" if item.signed_version else "niet ondertekend"


def _item(meeting: Meeting, item: AgendaItem, signed: SignedDecision | None) -> list[Section]:
    record = item.record
    names = {m.user.id: m.user.name for m in meeting.members}
    blocks: list[Block] = []
    for advice in record.advice:
        discipline = f" ({advice.discipline.label})" if advice.discipline else ""
        blocks.append(
            Text(
                advice.text or "Geen toelichting.",
                lead=f"{advice.name}{discipline}: {advice.stance.label}.",
            )
        )
    if not record.advice:
        blocks.append(Text("Geen advies vastgelegd.", tone=Tone.NOTE))
    if record.conflicts:
        who = ", ".join(names.get(u, u) for u in record.conflicts)
        blocks.append(
            Text(f"{who} meldde een belang en nam niet deel.", lead="Belangenverstrengeling")
        )
    if record.dissent:
        blocks.append(Text(record.dissent, lead="Afwijkende mening"))
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
        rows.append(
            ("Ondertekend door", f"{signed.signed_by_name}, {signed.signed_at:%d-%m-%Y %H:%M} UTC")
        )
        rows.append(("Vingerafdruk", signed.fingerprint))
    blocks.append(Pairs(tuple(rows)))
    if decision is not None and decision.motivation:
        blocks.append(Text(decision.motivation, lead="Motivering"))
    if signed is not None and signed.departed_from:
        blocks.append(
            Text(
                signed.departure_motivation,
                lead=f"Gemotiveerde afwijking van {', '.join(signed.departed_from)}",
                tone=Tone.ATTENTION,
            )
        )
    if record.actions:
        blocks.append(Text("Afspraken:"))
        blocks.append(
            Bullets(tuple(f"{a.who}: {a.what} (uiterlijk {_date(a.due)})" for a in record.actions))
        )
    return [
        Section(
            f"Agendapunt {item.position}: {item.reference} — {item.title}",
            tuple(blocks),
            numbered=False,
        )
    ]


def minutes_document(session: Session, meeting_id: str, today: date) -> Document:
    """The minutes of the meeting, as far as recorded today."""
    meeting = load_meeting(session, meeting_id)
    sections = [_agenda(meeting), _attendance(meeting)]
    for item in meeting.agenda:
        versions = signed_versions(session, item.dossier_id)
        signed = next((v for v in versions if v.version == item.signed_version), None)
        sections += _item(meeting, item, signed)
    where = f", {meeting.location}" if meeting.location else ""
    header = DocumentHeader(
        kind="Verslag casuïstiekoverleg",
        title=f"Overleg van {_date(meeting.held_on)}{where}, voorzitter {meeting.chair.name}",
        organisation="Casuïstiekoverleg",
        reference=meeting.reference,
        version="1",
        issued_on=today,
    )
    return with_fingerprint(Document(header, tuple(sections)))
