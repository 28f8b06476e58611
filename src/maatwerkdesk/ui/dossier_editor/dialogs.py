"""The editor's own dialogs: a timeline entry and the case facts, on top of the shared ones."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from maatwerkdesk.domain.case_facts import Amount, Ruling, ThirdParty
from maatwerkdesk.domain.dossier import TimelineEntry
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, dutch_number
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.ui.common.dialogs import Dialogs
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.dossier_editor.fact_dialogs import AmountDialog, RulingDialog, ThirdPartyDialog
from maatwerkdesk.ui.forms.ui_timeline_entry_dialog import Ui_TimelineEntryDialog


class EditorDialogs(Dialogs):
    """The shared questions, and the dialogs that add to a dossier's timeline and facts."""

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


class TimelineEntryDialog(QDialog):
    """Date, kind and description of one event in the timeline."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TimelineEntryDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        for kind in TimelineKind:
            self.ui.kind_combo.addItem(shown_label(kind), kind.value)
        self.ui.date_edit.setMinimumDate(QDate(1900, 1, 1))
        latest = today + timedelta(days=365)
        self.ui.date_edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        self.ui.date_edit.setDate(QDate(today.year, today.month, today.day))
        lines = self.ui.description_edit.fontMetrics().lineSpacing()
        self.ui.description_edit.setMinimumHeight(lines * 5)
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Toevoegen"))
        self._ok.setEnabled(False)
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
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
            limit = dutch_number(LONG_TEXT_LIMIT)  # Dutch notation in any language
            self.ui.error_label.setText(
                self.tr(
                    "De beschrijving is te lang (maximaal {} tekens). "
                    "Voeg een lang stuk liever als bijlage toe."
                ).format(limit)
            )

    @Slot()
    def _on_button_box_accepted(self) -> None:
        if self.ui.description_edit.toPlainText().strip():
            self.accept()
