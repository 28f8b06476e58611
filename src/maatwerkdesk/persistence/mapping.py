"""Between table rows and the domain's plain values; nothing outside persistence sees a row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.case_facts import CaseFacts
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, Distinction, OutcomeType
from maatwerkdesk.domain.dossier import (
    AttachmentInfo,
    DossierFields,
    DossierRecord,
    Subject,
    TimelineEntry,
)
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.exchange import (
    attachment_to_dict,
    ordered_entries,
    timeline_values_to_dict,
)
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.serialise import (
    Reader,
    doenvermogen_from_reader,
    facts_from_reader,
    fields_to_dict,
    subject_to_dict,
)
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation, SubjectKind, TimelineKind
from maatwerkdesk.persistence.base import new_id
from maatwerkdesk.persistence.bulk import in_chunks, insert_records
from maatwerkdesk.persistence.models import (
    AttachmentRow,
    DecisionRow,
    DossierRow,
    SubjectRow,
    TimelineEntryRow,
)


def fields_values(fields: DossierFields) -> dict[str, Any]:
    """The dossier table's columns for these fields (the subject has its own table)."""
    values = fields_to_dict(fields)
    del values["subject"]
    return values


def write_fields(row: DossierRow, fields: DossierFields) -> None:
    for key, value in fields_values(fields).items():
        setattr(row, key, value)


def subject_values(subject: Subject) -> dict[str, Any]:
    """The subject table's columns (the date as a date, not as text)."""
    values = subject_to_dict(subject)
    values["date_of_birth"] = subject.date_of_birth
    return values


def write_subject(row: SubjectRow, subject: Subject) -> None:
    for key, value in subject_values(subject).items():
        setattr(row, key, value)


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
        deviation_article=row.deviation_article,
        generic_outcome=row.generic_outcome,
        knelpunt=row.knelpunt,
        request=row.request,
        notes=row.notes,
        subject=read_subject(row.subject),
        doenvermogen=doenvermogen_from_reader(Reader(row.doenvermogen, "doenvermogen")),
        facts=read_facts(row.reference, row.facts),
    )


def read_facts(reference: str, stored: object) -> CaseFacts:
    """The facts column, read as strictly as an import reads them: what was changed outside
    the program and breaks their form is refused, naming where, never what it says (names
    of third parties are personal data)."""
    try:
        return facts_from_reader(Reader(stored, "facts", strict=True))
    except ValidationError as error:
        raise DomainError(
            said(
                "mapping",
                "De feiten van dossier {reference} (bedragen, derden, procedure, uitspraken) "
                "zijn buiten het programma gewijzigd en niet te lezen ({field}). Er is niets "
                "aan veranderd; vraag de functioneel beheerder om het te herstellen.",
            ).format(reference=reference, field=error.field)
        ) from None


def read_timeline_entry(row: TimelineEntryRow | Row[Any]) -> TimelineEntry:
    return TimelineEntry(
        occurred_on=row.occurred_on,
        kind=TimelineKind(row.kind),
        description=row.description,
        author=row.author,
        id=row.id,
    )


def read_attachment(row: AttachmentRow | Row[*tuple[Any, ...]]) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        original_name=row.original_name,
        size=row.size,
        sha256=row.sha256,
        added_at=row.created_at,
        description=row.description,
    )


def read_record(row: DossierRow, *, entries: bool = True) -> DossierRecord:
    """The dossier's record; without its timeline and attachments when not `entries` (a
    caller that reads those for many dossiers at once: `read_entries`)."""
    timeline = attachments = ()
    if entries:
        timeline = tuple(read_timeline_entry(t) for t in row.timeline if t.deleted_at is None)
        attachments = tuple(read_attachment(a) for a in row.attachments if a.deleted_at is None)
    return DossierRecord(
        id=row.id,
        reference=row.reference,
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
        fields=read_fields(row),
        timeline=timeline,
        attachments=attachments,
    )


_TIMELINE = TimelineEntryRow.__table__.c
_ATTACHMENT = AttachmentRow.__table__.c


def _live_timeline(where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """The columns of live timeline entries that the exchange format holds, and their
    dossier's id."""
    return select(
        _TIMELINE.id,
        _TIMELINE.dossier_id,
        _TIMELINE.occurred_on,
        _TIMELINE.kind,
        _TIMELINE.description,
        _TIMELINE.author,
    ).where(where, _TIMELINE.deleted_at.is_(None))


def read_entries(session: Session, dossier_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The live timeline entries and attachments of these dossiers, by dossier id, as a
    dossier's entry in the exchange format holds them (`timeline`, `attachments`, in the
    format's order): one statement per table for a hundred dossiers, each entry made
    straight from its row (a sync reads tens of thousands)."""
    timeline: dict[str, list[dict[str, Any]]] = {}
    attachments: dict[str, list[dict[str, Any]]] = {}
    for chunk in in_chunks(list(dossier_ids)):
        for id_, dossier_id, occurred_on, kind, description, author in session.execute(
            _live_timeline(_TIMELINE.dossier_id.in_(chunk))
        ).all():
            timeline.setdefault(dossier_id, []).append(
                timeline_values_to_dict(id_, occurred_on, kind, description, author)
            )
        for attachment in session.execute(
            select(
                _ATTACHMENT.id,
                _ATTACHMENT.dossier_id,
                _ATTACHMENT.original_name,
                _ATTACHMENT.size,
                _ATTACHMENT.sha256,
                _ATTACHMENT.created_at,
                _ATTACHMENT.description,
            ).where(_ATTACHMENT.dossier_id.in_(chunk), _ATTACHMENT.deleted_at.is_(None))
        ).all():
            attachments.setdefault(attachment.dossier_id, []).append(
                attachment_to_dict(read_attachment(attachment))
            )
    return {
        dossier_id: ordered_entries(timeline.get(dossier_id, ()), attachments.get(dossier_id, ()))
        for dossier_id in {*timeline, *attachments}
    }


def timeline_entries(
    session: Session, entry_ids: Sequence[str]
) -> dict[str, tuple[str, dict[str, Any]]]:
    """These live timeline entries by id: their dossier's id and the entry as the exchange
    format holds it."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for chunk in in_chunks(list(entry_ids)):
        for id_, dossier_id, occurred_on, kind, description, author in session.execute(
            _live_timeline(_TIMELINE.id.in_(chunk))
        ):
            found[id_] = (
                dossier_id,
                timeline_values_to_dict(id_, occurred_on, kind, description, author),
            )
    return found


def removed_part_ids(
    session: Session, dossier_ids: Sequence[str]
) -> dict[str, dict[str, set[str]]]:
    """The ids of the removed timeline entries and attachments of these dossiers (their rows
    are kept), by part ("timeline", "attachments") and dossier id. The live ones are in the
    dossier's document; a sync reads only these, which are few however long a timeline."""
    found: dict[str, dict[str, set[str]]] = {"timeline": {}, "attachments": {}}
    for part, columns in (("timeline", _TIMELINE), ("attachments", _ATTACHMENT)):
        for chunk in in_chunks(list(dossier_ids)):
            rows = session.execute(
                select(columns.id, columns.dossier_id).where(
                    columns.dossier_id.in_(chunk), columns.deleted_at.is_not(None)
                )
            )
            for item_id, dossier_id in rows:
                found[part].setdefault(dossier_id, set()).add(item_id)
    return found


@dataclass(frozen=True)
class DossierRows:
    """A new dossier as rows of its four tables (see `dossier_rows`)."""

    dossier: dict[str, Any]
    subject: dict[str, Any]
    timeline: list[dict[str, Any]]
    attachments: list[dict[str, Any]]


def dossier_rows(
    *,
    id: str,
    reference: str,
    created_at: datetime,
    updated_at: datetime,
    fields: DossierFields,
    timeline: tuple[TimelineEntry, ...] = (),
    attachments: tuple[AttachmentInfo, ...] = (),
) -> DossierRows:
    """A new dossier with its subject, timeline and attachment rows, keeping the given ids
    and timestamps (import, demo data). Values must already be validated.

    The subject and timeline rows take the dossier's timestamps (the format does not carry
    their own); an attachment row was created when the attachment was added. A timeline
    entry without an id gets a new one.
    """
    stamps = {"created_at": created_at, "updated_at": updated_at}
    return DossierRows(
        dossier={"id": id, "reference": reference, **stamps, **fields_values(fields)},
        subject={"dossier_id": id, **stamps, **subject_values(fields.subject)},
        timeline=[
            {
                "id": entry.id or new_id(),
                "dossier_id": id,
                "occurred_on": entry.occurred_on,
                "kind": entry.kind.value,
                "description": entry.description,
                "author": entry.author,
                **stamps,
            }
            for entry in timeline
        ],
        attachments=[
            {
                "id": attachment.id,
                "dossier_id": id,
                "original_name": attachment.original_name,
                "size": attachment.size,
                "sha256": attachment.sha256,
                "description": attachment.description,
                "created_at": attachment.added_at,
                "updated_at": attachment.added_at,
            }
            for attachment in attachments
        ],
    )


def insert_dossiers(session: Session, dossiers: Sequence[DossierRows]) -> None:
    """Write new dossiers, parents first, one statement per table."""
    insert_records(session, DossierRow, [d.dossier for d in dossiers])
    insert_records(session, SubjectRow, [d.subject for d in dossiers])
    insert_records(session, TimelineEntryRow, [t for d in dossiers for t in d.timeline])
    insert_records(session, AttachmentRow, [a for d in dossiers for a in d.attachments])


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


def decision_values(decision: Decision) -> dict[str, Any]:
    """The decision table's columns for this decision (a withdrawn one is not written)."""
    return {
        "outcome": decision.outcome.value,
        "outcome_type": decision.outcome_type.value,
        "degree_unit": decision.degree.unit.value if decision.degree else None,
        "degree_value": decision.degree.value if decision.degree else None,
        "reason": sorted(decision.reason) if decision.reason is not None else None,
        "distinctions": [
            {"precedent": d.precedent, "factor": d.factor} for d in decision.distinctions
        ],
        "motivation": decision.motivation,
        "decided_on": decision.decided_on,
        "deleted_at": None,
    }


def write_decision_row(row: DecisionRow, decision: Decision) -> None:
    for key, value in decision_values(decision).items():
        setattr(row, key, value)
