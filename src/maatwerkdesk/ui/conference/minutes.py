"""The minutes of a meeting as an `Export` for the PDF preview; built off the GUI thread."""

from __future__ import annotations

from datetime import date

from maatwerkdesk.reports.pdf_document import render_document
from maatwerkdesk.services import document_export, meetings
from maatwerkdesk.services.minutes import EXPORT_MINUTES, minutes_document
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor.service_calls import ORIGIN
from maatwerkdesk.ui.export.building import Export


def minutes_export(workspace: Workspace, meeting_id: str, today: date) -> Export:
    """Saving or printing it is audited for every dossier on the agenda."""
    with workspace.writing() as session:
        document = minutes_document(session, meeting_id, today)
        agenda = meetings.load_meeting(session, meeting_id).agenda
        document_export.record_preview(
            session,
            workspace.context(ORIGIN),
            [item.dossier_id for item in agenda],
            document_export.PREVIEW_MINUTES,
        )
    header = document.header
    return Export(
        document,
        render_document(document),
        tuple(item.dossier_id for item in agenda),
        EXPORT_MINUTES,
        f"{header.kind} {header.reference}",
    )
