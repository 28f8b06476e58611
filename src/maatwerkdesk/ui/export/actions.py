"""The main window's export actions: build off the GUI thread, then show the preview."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.services.exports import Export
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dialogs import Dialogs
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.export.building import (
    access_export,
    agenda_candidates,
    decision_export,
    letter_export,
    summary_export,
)
from maatwerkdesk.ui.export.pack_dialog import PackDialog
from maatwerkdesk.ui.export.preview import PdfPreviewDialog, Rebuild

if TYPE_CHECKING:
    from maatwerkdesk.ui.dossier_editor import DossierEditor


class ExportActions(QObject):
    """The actions "Besluit of voorstel als PDF…", "Besluitbrief aan de burger…" and
    "Vergaderstukken maken…" of one main window.

    The window stays usable while a document is built (a busy cursor and a status text
    say so); a second request while one is under way is ignored.
    """

    def __init__(self, window: QMainWindow, workspace: Workspace, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._settings = settings
        self._runner = TaskRunner(self)
        self._busy = False
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(window, workspace, lambda: self.dialogs)

    def preview_decision(self, editor: DossierEditor) -> None:
        """The decision of the dossier open in the editor, saved first if it was changed."""
        if self._busy or not editor.maybe_save():
            return
        dossier_id = editor.current_dossier_id()
        if dossier_id is None:
            return
        rebuild: Rebuild = partial(decision_export, self._workspace, dossier_id, date.today())
        self._start(self.tr("Document opmaken…"))
        self._calls.start(
            self._runner,
            self.tr("Geen besluit gemaakt"),
            partial(rebuild, False),
            partial(self._show_preview, rebuild),
            on_failed=self._on_failed,
            what=self.tr("Het document is niet gemaakt."),
        )

    def preview_letter(self, editor: DossierEditor) -> None:
        """The letter to the citizen of the decided dossier open in the editor."""
        if self._busy or not editor.maybe_save():
            return
        dossier_id = editor.current_dossier_id()
        if dossier_id is None:
            return
        self._start(self.tr("Brief opmaken…"))
        self._calls.start(
            self._runner,
            self.tr("Geen besluitbrief gemaakt"),
            partial(letter_export, self._workspace, dossier_id, date.today()),
            partial(self._show_preview, None),
            on_failed=self._on_failed,
            what=self.tr("De brief is niet gemaakt."),
        )

    def preview_summary(self, dossier_id: str, sharing_id: str) -> None:
        """The summary of a sharing for the other organisation."""
        if self._busy:
            return
        self._start(self.tr("Samenvatting opmaken…"))
        self._calls.start(
            self._runner,
            self.tr("Geen samenvatting gemaakt"),
            partial(summary_export, self._workspace, dossier_id, sharing_id),
            partial(self._show_preview, None),
            on_failed=self._on_failed,
            what=self.tr("De samenvatting is niet gemaakt."),
        )

    def preview_access_report(self, bsn: str) -> None:
        """The access report (art. 15 AVG) of the citizen with this BSN."""
        if self._busy:
            return
        self._start(self.tr("Inzageoverzicht opmaken…"))
        self._calls.start(
            self._runner,
            self.tr("Geen inzageoverzicht gemaakt"),
            partial(access_export, self._workspace, bsn, date.today()),
            partial(self._show_preview, None),
            on_failed=self._on_failed,
            what=self.tr("Het inzageoverzicht is niet gemaakt."),
        )

    def open_pack_dialog(self) -> None:
        """The dialog to choose the agenda; it opens the preview once the pack is built."""
        if self._busy:
            return
        self._start(self.tr("Dossiers ter bespreking zoeken…"))
        self._calls.start(
            self._runner,
            self.tr("Vergaderstukken"),
            partial(agenda_candidates, self._workspace),
            self._show_pack_dialog,
            on_failed=self._on_failed,
            what=self.tr("De dossiers ter bespreking zijn niet gevonden."),
        )

    def shutdown(self) -> None:
        self._runner.shutdown()

    # ------------------------------------------------------------------ results

    def _show_preview(self, rebuild: Rebuild | None, export: Export) -> None:
        self._stop()
        preview = PdfPreviewDialog(self._workspace, self._settings, export, rebuild, self._window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()

    def _show_pack_dialog(self, candidates: Sequence[DossierSummary]) -> None:
        self._stop()
        dialog = PackDialog(self._workspace, candidates, date.today(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.built.connect(partial(self._show_preview, None))
        dialog.open()

    def _on_failed(self, _error: BaseException) -> None:
        self._stop()

    # ------------------------------------------------------------------ helpers

    def _start(self, status: str) -> None:
        self._busy = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._window.statusBar().showMessage(status)

    def _stop(self) -> None:
        self._busy = False
        QGuiApplication.restoreOverrideCursor()
        self._window.statusBar().clearMessage()
