"""Between table rows and the domain's plain values; nothing outside persistence sees a row."""

from __future__ import annotations

from datetime import datetime

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, Distinction, OutcomeType
from maatwerkdesk.domain.dossier import (
    AttachmentInfo,
    DossierFields,
    DossierRecord,
    Subject,
    TimelineEntry,
)
from maatwerkdesk.domain.serialise import Reader, doenvermogen_from_reader, doenvermogen_to_dict
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation, SubjectKind, TimelineKind
from maatwerkdesk.persistence.models import (
    AttachmentRow,
    DecisionRow,
    DossierRow,
    SubjectRow,
    TimelineEntryRow,
)


def write_fields(row: DossierRow, fields: DossierFields) -> None:
    row.title = fields.title
    row.status = fields.status.value
    row.owner = fields.owner
    row.organisations = [o.value for o in fields.organisations]
    row.regulation = fields.regulation
    row.article = fields.article
    row.generic_outcome = fields.generic_outcome
    row.knelpunt = fields.knelpunt
    row.request = fields.request
    row.notes = fields.notes
    row.doenvermogen = doenvermogen_to_dict(fields.doenvermogen)


def write_subject(row: SubjectRow, subject: Subject) -> None:
    row.kind = subject.kind.value
    row.name = subject.name
    row.bsn = subject.bsn
    row.kvk_number = subject.kvk_number
    row.date_of_birth = subject.date_of_birth
    row.contact = subject.contact
    row.household = subject.household


def read_subject(row: SubjectRow | None) -> Subject:
    if row is None:
        return Subject()
    return Subject(
        kind=SubjectKind(row.kind),
        name=row.name,
        bsn=row.bsn,
        kvk_number=row.kvk_number,
        date_of_birth=row.date_of_birth,
        contact=row.contact,
        household=row.household,
    )


def read_fields(row: DossierRow) -> DossierFields:
    return DossierFields(
        title=row.title,
        status=DossierStatus(row.status),
        owner=row.owner,
        organisations=tuple(Organisation(o) for o in row.organisations),
        regulation=row.regulation,
        article=row.article,
        generic_outcome=row.generic_outcome,
        knelpunt=row.knelpunt,
        request=row.request,
        notes=row.notes,
        subject=read_subject(row.subject),
        doenvermogen=doenvermogen_from_reader(Reader(row.doenvermogen, "doenvermogen")),
    )


def read_timeline_entry(row: TimelineEntryRow) -> TimelineEntry:
    return TimelineEntry(
        occurred_on=row.occurred_on,
        kind=TimelineKind(row.kind),
        description=row.description,
        author=row.author,
        id=row.id,
    )


def read_attachment(row: AttachmentRow) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        original_name=row.original_name,
        size=row.size,
        sha256=row.sha256,
        added_at=row.created_at,
        description=row.description,
    )


def read_record(row: DossierRow) -> DossierRecord:
    return DossierRecord(
        id=row.id,
        reference=row.reference,
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
        fields=read_fields(row),
        timeline=tuple(read_timeline_entry(t) for t in row.timeline if t.deleted_at is None),
        attachments=tuple(read_attachment(a) for a in row.attachments if a.deleted_at is None),
    )


def build_dossier_row(
    *,
    id: str,
    reference: str,
    created_at: datetime,
    updated_at: datetime,
    fields: DossierFields,
    timeline: tuple[TimelineEntry, ...] = (),
    attachments: tuple[AttachmentInfo, ...] = (),
) -> DossierRow:
    """A new dossier row with its subject, timeline and attachment rows, keeping the given
    ids and timestamps (import, demo data). Values must already be validated.

    The subject and timeline rows take the dossier's timestamps (the format does not carry
    their own); an attachment row was created when the attachment was added. A timeline
    entry without an id gets a new one.
    """
    row = DossierRow(id=id, reference=reference, created_at=created_at, updated_at=updated_at)
    write_fields(row, fields)
    subject = SubjectRow(created_at=created_at, updated_at=updated_at)
    write_subject(subject, fields.subject)
    row.subject = subject
    row.timeline = []
    for entry in timeline:
        entry_row = TimelineEntryRow(
            occurred_on=entry.occurred_on,
            kind=entry.kind.value,
            description=entry.description,
            author=entry.author,
            created_at=created_at,
            updated_at=updated_at,
        )
        if entry.id:
            entry_row.id = entry.id
        row.timeline.append(entry_row)
    row.attachments = [
        AttachmentRow(
            id=attachment.id,
            original_name=attachment.original_name,
            size=attachment.size,
            sha256=attachment.sha256,
            description=attachment.description,
            created_at=attachment.added_at,
            updated_at=attachment.added_at,
        )
        for attachment in attachments
    ]
    return row


def read_decision(row: DecisionRow | None) -> Decision | None:
    """The decision a row holds; None for no row or a withdrawn decision."""
    if row is None or row.deleted_at is not None:
        return None
    degree = None
    if row.degree_unit is not None and row.degree_value is not None:
        degree = Degree(DegreeUnit(row.degree_unit), row.degree_value)
    return Decision(
        outcome_type=OutcomeType(row.outcome_type),
        degree=degree,
        reason=frozenset(row.reason) if row.reason is not None else None,
        distinctions=tuple(Distinction(d["precedent"], d["factor"]) for d in row.distinctions),
        motivation=row.motivation,
        decided_on=row.decided_on,
    )


def write_decision_row(row: DecisionRow, decision: Decision) -> None:
    row.outcome = decision.outcome.value
    row.outcome_type = decision.outcome_type.value
    row.degree_unit = decision.degree.unit.value if decision.degree else None
    row.degree_value = decision.degree.value if decision.degree else None
    row.reason = sorted(decision.reason) if decision.reason is not None else None
    row.distinctions = [
        {"precedent": d.precedent, "factor": d.factor} for d in decision.distinctions
    ]
    row.motivation = decision.motivation
    row.decided_on = decision.decided_on
    row.deleted_at = None
