"""The access report (art. 15 AVG) from the main window: asked for by BSN, shown in the PDF
preview, saved with an audited export of every dossier in it; a BSN that is none is told."""

from __future__ import annotations

from editor_fakes import FakeDialogs
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from maatwerkdesk.persistence.models import LoketSharingRow, SubjectRow
from maatwerkdesk.services import loket_export
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.export.preview import PdfPreviewDialog
from maatwerkdesk.ui.main_window import MainWindow


def test_the_window_shows_a_citizens_access_report(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    with demo_workspace.database.reads() as session:
        dossier_id, bsn = session.execute(
            select(SubjectRow.dossier_id, SubjectRow.bsn)
            .join(LoketSharingRow, LoketSharingRow.dossier_id == SubjectRow.dossier_id)
            .limit(1)
        ).one()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.attach_workspace(demo_workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.ui.action_access_report.isEnabled()
    asked = window.ensure_editor().dialogs = FakeDialogs()  # type: ignore[assignment]
    exports = window._export_actions()
    exports.dialogs = told = FakeDialogs()  # type: ignore[assignment]

    asked.texts.append("123")  # no BSN: said, no preview
    window.ui.action_access_report.trigger()
    qtbot.waitUntil(lambda: bool(told.informed), timeout=30_000)
    assert "BSN" in told.informed[0][1]
    assert not window.findChildren(PdfPreviewDialog)

    asked.texts.append(f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}")  # as a citizen may write it
    window.ui.action_access_report.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(PdfPreviewDialog)), timeout=30_000)
    preview = window.findChild(PdfPreviewDialog)
    assert preview.export.action_name == loket_export.EXPORT_ACCESS
    assert dossier_id in preview.export.dossier_ids
    assert bsn not in preview.export.name
    preview.close()
    window.shutdown()
