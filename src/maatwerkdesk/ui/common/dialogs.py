"""Every modal question the windows ask, behind one small class that tests replace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT
from maatwerkdesk.ui.common.plain_text import message_box, plain_labels


class Tone(Enum):
    QUESTION = QMessageBox.Icon.Question
    INFORMATION = QMessageBox.Icon.Information
    WARNING = QMessageBox.Icon.Warning


ButtonRole = QMessageBox.ButtonRole


@dataclass(frozen=True)
class Choice:
    """One button of a question: `key` is what `Dialogs.ask` returns when it is chosen."""

    key: str
    label: str
    role: QMessageBox.ButtonRole = ButtonRole.AcceptRole


class Dialogs:
    """The windows' modal dialogs. Tests assign a fake with the same methods.

    Questions use buttons with Dutch verbs ("Opslaan", "Weggooien") rather than Ja/Nee,
    so the choice is clear without reading the question twice. Texts are plain text: they
    often quote what someone typed.
    """

    def ask(
        self,
        parent: QWidget,
        title: str,
        text: str,
        choices: Sequence[Choice],
        *,
        default: str,
        escape: str,
        detail: str = "",
        tone: Tone = Tone.QUESTION,
    ) -> str:
        box = message_box(parent, tone.value, title, text, detail)
        buttons = {choice.key: box.addButton(choice.label, choice.role) for choice in choices}
        box.setDefaultButton(buttons[default])
        box.setEscapeButton(buttons[escape])
        box.exec()
        clicked = box.clickedButton()
        return next((key for key, button in buttons.items() if button is clicked), escape)

    def inform(
        self, parent: QWidget, title: str, text: str, *, tone: Tone = Tone.INFORMATION
    ) -> None:
        box = message_box(parent, tone.value, title, text)
        box.addButton(
            QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()

    def choose_files(self, parent: QWidget, title: str) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(parent, title, str(Path.home()))
        return [Path(name) for name in names]

    def ask_text(
        self, parent: QWidget, title: str, label: str, *, max_length: int = SHORT_TEXT_LIMIT
    ) -> str | None:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        plain_labels(dialog)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))
        dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Annuleren"))
        line = dialog.findChild(QLineEdit)
        if line is not None:
            line.setMaxLength(max_length)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)
