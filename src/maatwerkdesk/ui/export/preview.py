"""Look at an exported document before it leaves: then save it or print it, both audited.

Building a document only reads; the save or the print is the export (NEN 7513), so the
audit record is written there, in the same transaction as the file, or after the printer
took the job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QSettings, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from maatwerkdesk.services.document_export import record_print, write_export
from maatwerkdesk.services.exports import Export
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dialogs import Dialogs
from maatwerkdesk.ui.common.geometry import restore_geometry, save_geometry
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.export.printing import print_pdf
from maatwerkdesk.ui.forms.ui_pdf_preview import Ui_PdfPreviewDialog

log = logging.getLogger(__name__)

FOLDER_KEY = "export/folder"
"""QSettings key: the folder the last export was saved in, offered again next time."""
GEOMETRY_KEY = "export/preview_geometry"
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)
POINTS_PER_INCH = 72
PROGRESS_DELAY_MS = 500
"""Printing a page or two needs no progress dialog; a long pack does."""

Rebuild = Callable[[bool], Export]
"""Builds the document again, pseudonymised or not; runs on a worker thread."""


class PdfPreviewDialog(QDialog):
    """The PDF as it will be saved or printed, page by page.

    With a `rebuild` callable the dialog offers the pseudonymised variant (a single
    dossier's decision); without it the choice was made before (the conference pack).
    """

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        export: Export,
        rebuild: Rebuild | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(self, workspace, lambda: self.dialogs)
        self._settings = settings
        self._rebuild = rebuild
        self._runner = TaskRunner(self)
        self._export = export
        self._pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        """The bytes QPdfDocument reads from; it must live as long as the document."""

        self.view = QPdfView(self.ui.view_container)
        self.view.setDocument(self._pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.view_layout.addWidget(self.view)
        self.ui.pseudonymise_check.setVisible(rebuild is not None)
        self._set_busy(False)
        restore_geometry(self, self._settings, GEOMETRY_KEY)

        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.ui.pseudonymise_check.toggled.connect(self._on_pseudonymise_check_toggled)
        self.ui.zoom_in_button.clicked.connect(partial(self._zoom, ZOOM_STEP))
        self.ui.zoom_out_button.clicked.connect(partial(self._zoom, 1 / ZOOM_STEP))
        self.ui.zoom_fit_button.clicked.connect(self._on_zoom_fit_button_clicked)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.print_button.clicked.connect(self.print_document)
        self.ui.close_button.clicked.connect(self.reject)
        self._show(export)

    # ------------------------------------------------------------------ public API

    @property
    def export(self) -> Export:
        """The document shown now (the pseudonymised one once that was chosen)."""
        return self._export

    def page_count(self) -> int:
        return self._pdf.pageCount()

    def is_busy(self) -> bool:
        return self.ui.busy_bar.isVisible()

    @Slot()
    def save(self) -> None:
        """The "Opslaan als…" button: the file and its audit record in one transaction."""
        target = self.choose_target(self._suggested_path())
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(f"{target.name}.pdf")
        export, context = self._export, self._calls.context()
        written = self._calls.perform(
            self.tr("Niet opgeslagen"),
            lambda session: write_export(
                session, context, target, export.pdf, export.dossier_ids, export.action_name
            ),
            what=self.tr("Het bestand is niet opgeslagen."),
        )
        if written:
            self._settings.setValue(FOLDER_KEY, str(target.parent))
            log.info(
                "Exported a PDF (%s) of %d dossiers", export.action_name, len(export.dossier_ids)
            )
            self.ui.status_label.setText(self.tr("Opgeslagen als {}.").format(target.name))

    @Slot()
    def print_document(self) -> None:
        """The "Afdrukken…" button: the print dialog, then the pages."""
        printer = self.choose_printer()
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print on a printer that is set up already; audit it once the job is accepted."""
        progress = QProgressDialog(
            self.tr("Afdrukken…"), self.tr("Annuleren"), 0, self.page_count(), self
        )
        progress.setWindowTitle(self.tr("Afdrukken"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)

        def keep_going(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setLabelText(
                self.tr("Afdrukken… pagina {page} van {total}").format(page=done + 1, total=total)
            )
            progress.setValue(done)  # lets a window-modal dialog paint and take a click
            return not progress.wasCanceled()

        try:
            printed = print_pdf(self._pdf, printer, keep_going)
        finally:
            cancelled = progress.wasCanceled()
            progress.close()
            progress.deleteLater()
        if not printed and cancelled:
            self.ui.status_label.setText(self.tr("Afdrukken geannuleerd."))
            return False
        if not printed:
            self._calls.warn(
                self.tr("Niet afgedrukt"),
                self.tr(
                    "De printer kon het document niet aannemen. Controleer of de printer aan "
                    "staat en probeer het opnieuw, of sla het document op en druk het bestand af."
                ),
            )
            return False
        export, context = self._export, self._calls.context()
        recorded = self._calls.perform(
            self.tr("Afdruk niet vastgelegd"),
            lambda session: record_print(session, context, export.dossier_ids),
            what=self.tr(
                "Het document is afgedrukt, maar dat is niet vastgelegd in het logboek. "
                "Meld dit bij uw functioneel beheerder."
            ),
        )
        if recorded:
            log.info("Printed a PDF of %d dossiers", len(export.dossier_ids))
            self.ui.status_label.setText(self.tr("Naar de printer gestuurd."))
        return recorded

    # ------------------------------------------------------------------ modal steps

    def choose_target(self, suggested: Path) -> Path | None:
        """The file to save to, or None; tests replace this (and `choose_printer`)."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Opslaan als PDF"), str(suggested), "PDF (*.pdf)"
        )
        return Path(name) if name else None

    def choose_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._export.title())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Afdrukken"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.page_count()))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    # ------------------------------------------------------------------ events

    def done(self, result: int) -> None:
        self._runner.shutdown()  # a rebuild under way must not land in a closed dialog
        save_geometry(self, self._settings, GEOMETRY_KEY)
        super().done(result)

    # ------------------------------------------------------------------ slots

    @Slot(bool)
    def _on_pseudonymise_check_toggled(self, checked: bool) -> None:
        if self._rebuild is None:
            return
        self._set_busy(True)
        self._calls.start(
            self._runner,
            self.tr("Niet opnieuw opgemaakt"),
            partial(self._rebuild, checked),
            self._on_rebuilt,
            on_failed=self._on_rebuild_failed,
            what=self.tr("Het document is niet opnieuw opgemaakt."),
        )

    def _on_rebuilt(self, export: Export) -> None:
        page = self.view.pageNavigator().currentPage()
        self._set_busy(False)
        self._show(export)
        # Stay on the page being read: that is where the names were to be checked.
        self.view.pageNavigator().jump(min(page, self.page_count() - 1), QPointF(), 0)

    def _on_rebuild_failed(self, _error: BaseException) -> None:
        self._set_busy(False)
        self._show_variant(self._export.pseudonymised)

    @Slot()
    def _on_zoom_fit_button_clicked(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # ------------------------------------------------------------------ helpers

    def _show(self, export: Export) -> None:
        self._export = export
        buffer = QBuffer(self)
        buffer.setData(export.pdf)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self._pdf.status() != QPdfDocument.Status.Ready:
            log.error("The preview could not read the PDF (%s)", self._pdf.error())
            self.ui.status_label.setText(
                self.tr("Het voorbeeld kan niet worden getoond. U kunt het document wel opslaan.")
            )
        else:
            self.ui.status_label.clear()
        self.setWindowTitle(self.tr("{} – voorbeeld").format(export.title()))
        self._show_variant(export.pseudonymised)
        self._update_page_label()

    def _show_variant(self, pseudonymised: bool) -> None:
        check = self.ui.pseudonymise_check
        check.blockSignals(True)
        check.setChecked(pseudonymised)
        check.blockSignals(False)

    def _set_busy(self, busy: bool) -> None:
        self.ui.busy_bar.setVisible(busy)
        self.ui.busy_label.setVisible(busy)
        for widget in (self.ui.pseudonymise_check, self.ui.save_button, self.ui.print_button):
            widget.setEnabled(not busy)
        if busy:
            self.view.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.view.unsetCursor()

    @Slot()
    def _update_page_label(self) -> None:
        count = self._pdf.pageCount()
        current = min(self.view.pageNavigator().currentPage() + 1, count)
        self.ui.page_label.setText(
            self.tr("Pagina {current} van {count}").format(current=current, count=count)
        )

    def _zoom(self, step: float) -> None:
        low, high = ZOOM_RANGE
        factor = min(max(self._shown_zoom() * step, low), high)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def _shown_zoom(self) -> float:
        """The zoom factor on screen; in "fit to width" QPdfView keeps it to itself."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
        page = self._pdf.pagePointSize(self.view.pageNavigator().currentPage()).width()
        return width / (page * dpi / POINTS_PER_INCH)

    def _suggested_path(self) -> Path:
        folder = Path(str(self._settings.value(FOLDER_KEY, "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()
        return folder / self._export.suggested_file_name()
