"""What the preview shows, built off the GUI thread: a document, its PDF, what it covers.

Every builder opens its own unit of work: a session belongs to the thread that made it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from maatwerkdesk.domain.document import Document
from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.reports.pdf_document import render_document
from maatwerkdesk.services import document_export, dossiers, loket_export
from maatwerkdesk.services.conference_pack import Progress, build_pack
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor.service_calls import ORIGIN

UNSAFE_IN_FILE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class Export:
    """A rendered document and how saving it is audited."""

    document: Document
    pdf: bytes
    dossier_ids: tuple[str, ...]
    action_name: str
    name: str
    """The file name it is offered under, without the variant and extension."""

    @property
    def pseudonymised(self) -> bool:
        return bool(self.document.header.variant)

    def title(self) -> str:
        header = self.document.header
        variant = " (gepseudonimiseerd)" if self.pseudonymised else ""
        return f"{header.kind} {header.reference}{variant}"

    def suggested_file_name(self) -> str:
        variant = " gepseudonimiseerd" if self.pseudonymised else ""
        return UNSAFE_IN_FILE_NAME.sub("-", f"{self.name}{variant}.pdf")


def decision_export(
    workspace: Workspace, dossier_id: str, today: date, pseudonymised: bool = False
) -> Export:
    """The dossier's motivated decision (or proposal, while undecided) as a PDF."""
    with workspace.writing() as session:
        context = workspace.context(ORIGIN)
        document = document_export.load_decision_document(
            session,
            context,
            dossier_id,
            today,
            pseudonymised=pseudonymised,
            config=workspace.paths.config,
        )
        document_export.record_preview(session, context, [dossier_id], document_export.PREVIEW_PDF)
    action = (
        document_export.EXPORT_PDF_PSEUDONYMISED if pseudonymised else document_export.EXPORT_PDF
    )
    header = document.header
    name = f"{header.reference} {header.kind.lower()}"
    return Export(document, render_document(document), (dossier_id,), action, name)


def letter_export(workspace: Workspace, dossier_id: str, today: date) -> Export:
    """The letter to the citizen of a decided dossier, as a PDF."""
    with workspace.writing() as session:
        context = workspace.context(ORIGIN)
        document = document_export.load_decision_letter(
            session, context, dossier_id, today, workspace.paths.config
        )
        document_export.record_preview(
            session, context, [dossier_id], document_export.PREVIEW_LETTER
        )
    name = f"{document.header.reference} besluitbrief"
    pdf = render_document(document)
    return Export(document, pdf, (dossier_id,), document_export.EXPORT_LETTER, name)


def summary_export(workspace: Workspace, dossier_id: str, sharing_id: str) -> Export:
    """The summary of a recorded sharing for the other organisation, as a PDF."""
    with workspace.writing() as session:
        context = workspace.context(ORIGIN)
        document = loket_export.summary_document(
            session, context, dossier_id, sharing_id, config=workspace.paths.config
        )
        document_export.record_preview(session, context, [dossier_id], loket_export.PREVIEW_SUMMARY)
    name = f"{document.header.reference} samenvatting {document.header.title.split()[-1]}"
    pdf = render_document(document)
    return Export(document, pdf, (dossier_id,), loket_export.EXPORT_SUMMARY, name)


def access_export(workspace: Workspace, bsn: str, today: date) -> Export:
    """The access report (art. 15 AVG) for the citizen with this BSN, as a PDF; the reads
    of the dossiers in it are audited, the BSN is not written down."""
    with workspace.writing() as session:
        document, ids = loket_export.access_document(
            session, workspace.context(ORIGIN), bsn, today, workspace.paths.config
        )
    name = f"inzageoverzicht {today:%Y-%m-%d}"  # never the BSN: a file name is seen by many
    pdf = render_document(document)
    return Export(document, pdf, tuple(ids), loket_export.EXPORT_ACCESS, name)


def pack_export(
    workspace: Workspace,
    dossier_ids: Sequence[str],
    today: date,
    pseudonymised: bool,
    progress: Progress,
) -> Export:
    """The conference pack in agenda order; `progress` may raise PackCancelledError."""
    with workspace.writing() as session:
        context = workspace.context(ORIGIN)
        pack = build_pack(
            session, context, dossier_ids, today, pseudonymised=pseudonymised, progress=progress
        )
        document_export.record_preview(
            session, context, pack.dossier_ids, document_export.PREVIEW_PACK
        )
    header = pack.document.header
    name = f"{header.kind} {header.reference}"
    return Export(pack.document, pack.pdf, pack.dossier_ids, document_export.EXPORT_PACK, name)


def agenda_candidates(workspace: Workspace) -> list[DossierSummary]:
    """The dossiers that can go on the agenda, read on their own."""
    with workspace.reading() as session:
        return ter_bespreking(session)


def ter_bespreking(session: Session) -> list[DossierSummary]:
    """The dossiers that can go on the agenda: status "Ter bespreking", by reference."""
    query = dossiers.DossierQuery(
        status=DossierStatus.TER_BESPREKING, sort=dossiers.SortKey.REFERENCE, descending=False
    )
    return dossiers.list_dossiers(session, query, limit=None)
