"""The loket's documents built from the database: the summary of a sharing for the other
organisation, and the access report for a citizen (art. 15 AVG).

Building only reads and is audited as a read; the file written (services/document_export.py
`write_export`) is the export. A summary holds only what its recorded sharing covered: a
field group outside it is refused, and so is a summary whose consent has been withdrawn
since, rather than leaving a part out unseen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.document import Document
from maatwerkdesk.domain.errors import DomainError, NotFoundError
from maatwerkdesk.domain.identifiers import normalise_bsn
from maatwerkdesk.domain.loket import FieldGroup, Ground, Sharing
from maatwerkdesk.domain.loket_document import (
    AccessEntry,
    SummaryParts,
    access_report,
    shared_summary,
)
from maatwerkdesk.domain.organisation import NO_SETTINGS
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.mapping import read_decision, read_record
from maatwerkdesk.persistence.models import DecisionRow, DossierRow, SubjectRow
from maatwerkdesk.services.audit import Action, AuditBatch
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.loket import organisations, read_loket
from maatwerkdesk.services.organisation import read_settings
from maatwerkdesk.services.users import require

EXPORT_SUMMARY = "loket.export_summary"
PREVIEW_SUMMARY = "loket.preview_summary"
EXPORT_ACCESS = "loket.export_access_report"
NO_SENDER = "Niet vastgelegd"


def _sender(config: Path | None) -> str:
    settings = read_settings(config) if config is not None else NO_SETTINGS
    return settings.name or NO_SENDER


def _sharing(session: Session, dossier_id: str, sharing_id: str) -> Sharing:
    found = next((s for s in read_loket(session, dossier_id).sharings if s.id == sharing_id), None)
    if found is None:
        raise NotFoundError(
            said("loket_export", "Deze deling hoort niet bij dit dossier. Vernieuw het scherm.")
        )
    return found


def summary_document(
    session: Session,
    context: Context,
    dossier_id: str,
    sharing_id: str,
    *,
    groups: frozenset[FieldGroup] | None = None,
    config: Path | None = None,
) -> Document:
    """The summary of a recorded sharing; `groups` (default: the sharing's) must lie within
    what the sharing covered, and a consent it rests on must still be in force."""
    require(session, context, Permission.READ)
    row = live_dossier(session, dossier_id)
    sharing = _sharing(session, dossier_id, sharing_id)
    wanted = sharing.groups if groups is None else groups
    beyond = wanted - sharing.groups
    if beyond:
        raise DomainError(
            said(
                "loket_export",
                "Deze deling omvat niet: {groups}. De grondslag dekt alleen wat bij het delen is "
                "gekozen; leg een nieuwe deling vast als die gegevens ook mee moeten.",
            ).format(groups=_listed(beyond))
        )
    if sharing.basis.ground is Ground.CONSENT:
        consent = read_loket(session, dossier_id).consent(sharing.basis.consent_id)
        if consent is None or not consent.in_force(context.current_date()):
            raise DomainError(
                said(
                    "loket_export",
                    "De toestemming waarop deze deling rust, is ingetrokken; maak er geen nieuwe "
                    "samenvatting van. Vraag opnieuw toestemming of kies een andere grondslag.",
                )
            )
    decision = read_decision(
        session.scalar(select(DecisionRow).where(DecisionRow.dossier_id == dossier_id))
    )
    parts = SummaryParts(
        Sharing(sharing.id, sharing.organisation, wanted, sharing.basis, sharing.shared_on),
        organisations().name_of(sharing.organisation),
        _sender(config),
        decision,
    )
    return shared_summary(read_record(row), parts, context.current_date())


def _listed(groups: frozenset[FieldGroup]) -> str:
    """'de zaak (…), bedragen en het besluit': the groups' labels in the order of
    `FieldGroup`, each translated as the label elsewhere."""
    return enumerate_nl(vocabulary_word(group.label) for group in FieldGroup if group in groups)


def access_document(
    session: Session, context: Context, bsn: str, today: date, config: Path | None = None
) -> tuple[Document, list[str]]:
    """The access report for the citizen with this BSN, and the ids of the dossiers in it
    (each read is audited; the BSN itself is not written down)."""
    require(session, context, Permission.READ)
    number = normalise_bsn(bsn)
    rows = list(
        session.scalars(
            select(DossierRow)
            .join(SubjectRow, SubjectRow.dossier_id == DossierRow.id)
            .where(SubjectRow.bsn == number, DossierRow.deleted_at.is_(None))
            .order_by(DossierRow.reference)
        )
    )
    entries = [
        AccessEntry(
            row.reference,
            row.title,
            DossierStatus(row.status).label,
            row.created_at.date(),
            read_loket(session, row.id),
        )
        for row in rows
    ]
    batch = AuditBatch(session, context)
    for row in rows:
        batch.dossier_act(Action.READ, "loket.access_report", row.id)
    if not rows:
        batch.add(
            Action.READ,
            "loket.access_report",
            object_type="search",
            object_id="bsn",
            dossier_id=None,
        )
    batch.stage()
    reference = f"Inzage {today:%Y%m%d}"
    document = access_report(entries, organisations(), _sender(config), today, reference)
    return document, [row.id for row in rows]
