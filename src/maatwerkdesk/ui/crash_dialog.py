"""The crash dialog: what went wrong, where the log is, and details to copy for a report.

Imported by `errors.ErrorReporter` only when an unexpected error has to be shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from maatwerkdesk import APP_NAME, __version__
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.errors import redacted_traceback
from maatwerkdesk.ui.forms.ui_crash_dialog import Ui_CrashDialog

if TYPE_CHECKING:
    from pathlib import Path


def environment_summary() -> str:
    import platform

    return (
        f"{APP_NAME} {__version__}; Python {platform.python_version()}; "
        f"Qt {qVersion()}; PySide6 {pyside_version}; {platform.platform()}"
    )


class CrashDialog(QDialog):
    def __init__(
        self,
        error: BaseException,
        log_file: Path | None,
        parent: QWidget | None = None,
        *,
        summary: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        plain_labels(self, rich=(self.ui.advice_label,))
        self._log_file = log_file
        if summary:
            self.ui.summary_label.setText(summary)
        font = self.ui.summary_label.font()
        font.setBold(True)
        self.ui.summary_label.setFont(font)
        if log_file is not None:
            self.ui.log_label.setText(self.tr("Logbestand: {}").format(log_file))
        else:
            self.ui.log_label.hide()
            self.ui.open_log_button.hide()
        mono = QGuiApplication.font()
        mono.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.ui.details_edit.setFont(mono)
        self.ui.details_edit.setPlainText(f"{environment_summary()}\n\n{redacted_traceback(error)}")
        self.ui.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.ui.open_log_button.clicked.connect(self._on_open_log_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)

    def details(self) -> str:
        return self.ui.details_edit.toPlainText()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.ui.copy_button.setText(self.tr("Gekopieerd"))

    @Slot()
    def _on_open_log_button_clicked(self) -> None:
        if self._log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))
