"""Showing a recovery key once: when the database was made or encrypted, or got a new key.

The key itself lives in the operating system's keyring; the recovery key is its only copy
outside it (services/store_keys.py). The dialog shows it large, in a fixed-width font, and
can print it. Its button is enabled once the user says it is written down or printed,
because it is not shown again, and Escape does not close it by accident (closing the
window, or the program being asked to stop, still does). It offers no copy to the
clipboard: clipboard managers keep what passes through, on this computer's disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from maatwerkdesk.services.store_keys import Unlocked, recovery_message
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog

GROUPS_PER_LINE = 7


def shown(recovery_key: str) -> str:
    """The 13 groups on two lines, so that a line can be read off and typed in one go."""
    groups = recovery_key.split("-")
    return "\n".join(
        "-".join(groups[start : start + GROUPS_PER_LINE])
        for start in range(0, len(groups), GROUPS_PER_LINE)
    )


class RecoveryKeyDialog(QDialog):
    def __init__(self, unlocked: Unlocked, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        plain_labels(self)  # the message names a file path as it is
        ui = self.ui
        self._message = recovery_message(unlocked, self.tr)
        self._key = unlocked.recovery_key
        heading = ui.heading_label.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        heading.setBold(True)
        ui.heading_label.setFont(heading)
        ui.message_label.setText(self._message)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(max(fixed.pointSizeF(), ui.key_label.font().pointSizeF()) * 1.4)
        ui.key_label.setFont(fixed)
        ui.key_label.setText(shown(self._key))
        done = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(self.tr("Klaar"))
        done.setEnabled(False)
        ui.kept_check.toggled.connect(done.setEnabled)
        ui.button_box.accepted.connect(self.accept)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        width = self.fontMetrics().averageCharWidth() * 90
        self.setMinimumWidth(width)
        layout = self.layout()
        assert layout is not None  # set up by the form
        self.resize(width, layout.totalHeightForWidth(width))  # the wrapped message whole

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape does not close it before the key is kept."""
        if event.key() != Qt.Key.Key_Escape or self.ui.kept_check.isChecked():
            super().keyPressEvent(event)

    def choose_printer(self) -> QPrinter | None:
        """The printer the user chose, or None; tests replace this."""
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument()
        heading = self.tr("MaatwerkDesk: herstelsleutel")
        document.setPlainText(f"{heading}\n\n{self._message}\n\n{self._key}\n")
        document.print_(printer)

    def _on_print_button_clicked(self) -> None:
        printer = self.choose_printer()
        if printer is not None:
            self.print_to(printer)


def show_recovery_keys(
    keys: tuple[Unlocked, ...], parent: QWidget, then: Callable[[], object]
) -> None:
    """Each new key's recovery key, one window-modal dialog after the other (no event loop
    of its own); `then` once the last is closed."""
    if not keys:
        then()
        return
    dialog = RecoveryKeyDialog(keys[0], parent)
    dialog.finished.connect(lambda _result: show_recovery_keys(keys[1:], parent, then))
    dialog.open()
