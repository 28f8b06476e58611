"""Every modal question the editor asks, behind one small class that tests replace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from maatwerkdesk.domain.case_facts import Amount, Ruling, ThirdParty
from maatwerkdesk.domain.dossier import TimelineEntry
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.ui.dossier_editor.fact_dialogs import AmountDialog, RulingDialog, ThirdPartyDialog
from maatwerkdesk.ui.forms.ui_timeline_entry_dialog import Ui_TimelineEntryDialog
from maatwerkdesk.ui.plain_text import message_box, plain_labels


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
    """The editor's modal dialogs. Tests assign a fake with the same methods.

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
        box.addButton("OK", QMessageBox.ButtonRole.AcceptRole)
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
        dialog.setOkButtonText("OK")
        dialog.setCancelButtonText("Annuleren")
        line = dialog.findChild(QLineEdit)
        if line is not None:
            line.setMaxLength(max_length)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    def new_timeline_entry(self, parent: QWidget, today: date) -> TimelineEntry | None:
        dialog = TimelineEntryDialog(today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.entry()

    def edit_amount(self, parent: QWidget, amount: Amount | None) -> Amount | None:
        """A new amount (None given) or the changed one; None when cancelled."""
        dialog = AmountDialog(amount, parent)
        return dialog.amount() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_third_party(self, parent: QWidget, party: ThirdParty | None) -> ThirdParty | None:
        dialog = ThirdPartyDialog(party, parent)
        return dialog.party() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_ruling(self, parent: QWidget, ruling: Ruling | None, today: date) -> Ruling | None:
        dialog = RulingDialog(ruling, today, parent)
        return dialog.ruling() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)


class TimelineEntryDialog(QDialog):
    """Date, kind and description of one event in the timeline."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TimelineEntryDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        for kind in TimelineKind:
            self.ui.kind_combo.addItem(kind.label, kind.value)
        self.ui.date_edit.setMinimumDate(QDate(1900, 1, 1))
        latest = today + timedelta(days=365)
        self.ui.date_edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        self.ui.date_edit.setDate(QDate(today.year, today.month, today.day))
        lines = self.ui.description_edit.fontMetrics().lineSpacing()
        self.ui.description_edit.setMinimumHeight(lines * 5)
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Toevoegen")
        self._ok.setEnabled(False)
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Annuleren")
        self.ui.error_label.hide()
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.description_edit.textChanged.connect(self._on_description_edit_text_changed)
        self.ui.description_edit.setFocus()

    def entry(self) -> TimelineEntry:
        picked = self.ui.date_edit.date()
        return TimelineEntry(
            occurred_on=date(picked.year(), picked.month(), picked.day()),
            kind=TimelineKind(self.ui.kind_combo.currentData()),
            description=self.ui.description_edit.toPlainText(),
        )

    @Slot()
    def _on_description_edit_text_changed(self) -> None:
        text = self.ui.description_edit.toPlainText()
        too_long = len(text) > LONG_TEXT_LIMIT
        self._ok.setEnabled(bool(text.strip()) and not too_long)
        self.ui.error_label.setVisible(too_long)
        if too_long:
            self.ui.error_label.setText(
                f"De beschrijving is te lang (maximaal {LONG_TEXT_LIMIT:,} tekens). "
                "Voeg een lang stuk liever als bijlage toe.".replace(",", ".")
            )

    @Slot()
    def _on_button_box_accepted(self) -> None:
        if self.ui.description_edit.toPlainText().strip():
            self.accept()
