"""The small dialogs that add or change one amount, third party or ruling of the Feiten step.

Each checks what was typed by the same rules as saving (domain/case_facts.py) when OK is
pressed, and says what is wrong beside the fields instead of closing; what it hands back
is clean and keeps the entry's id, so changing an entry never makes it a new one.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from maatwerkdesk.domain.case_facts import (
    NOTE_LIMIT,
    Amount,
    AmountKind,
    PartyRole,
    Period,
    Ruling,
    ThirdParty,
    format_euros,
    new_entry_id,
    parse_euros,
    validate_amount,
    validate_ruling,
    validate_third_party,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT
from maatwerkdesk.ui.common.formatting import format_date
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.forms.ui_amount_dialog import Ui_AmountDialog
from maatwerkdesk.ui.forms.ui_ruling_dialog import Ui_RulingDialog
from maatwerkdesk.ui.forms.ui_third_party_dialog import Ui_ThirdPartyDialog

AMOUNT_TYPED_LIMIT = 20
"""'€ 10.000.000,00' and some spaces: room for any amount the rules allow."""
_TYPED_DATE = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")


def typed_date(text: str, field: str) -> date | None:
    """'dd-mm-jjjj' as a date; empty is no date."""
    typed = text.strip()
    if not typed:
        return None
    match = _TYPED_DATE.fullmatch(typed)
    try:
        if match is None:
            raise ValueError(typed)
        return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        message = QCoreApplication.translate(
            "AmountDialog", "Schrijf de datum als dd-mm-jjjj, of laat hem leeg."
        )
        raise ValidationError(field, message) from None


class _EntryDialog(QDialog):
    """OK checks the entry (`_checked`); a refusal is told in `error_label`."""

    error_label: QLabel

    def _setup(self, box: QDialogButtonBox, editing: bool) -> None:
        plain_labels(self)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opslaan") if editing else self.tr("Toevoegen"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.error_label.hide()
        box.accepted.connect(self._on_accepted)
        box.rejected.connect(self.reject)

    def _checked(self) -> object:
        raise NotImplementedError

    @Slot()
    def _on_accepted(self) -> None:
        try:
            self._checked()
        except ValidationError as error:
            self.error_label.setText(shown_sentence(error.message))
            self.error_label.show()
            return
        self.accept()


class AmountDialog(_EntryDialog):
    def __init__(self, amount: Amount | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AmountDialog()
        ui.setupUi(self)
        self.error_label = ui.error_label
        self._id = amount.id if amount is not None else new_entry_id()
        for kind in AmountKind:
            ui.kind_combo.addItem(shown_label(kind), kind.value)
        for period in Period:
            ui.period_combo.addItem(shown_label(period), period.value)
        ui.euros_edit.setMaxLength(AMOUNT_TYPED_LIMIT)
        ui.note_edit.setMaxLength(NOTE_LIMIT)
        if amount is not None:
            ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(amount.kind.value))
            ui.euros_edit.setText(format_euros(amount.euros).removeprefix("€ "))
            ui.period_combo.setCurrentIndex(ui.period_combo.findData(amount.period.value))
            ui.starts_edit.setText(format_date(amount.starts) if amount.starts else "")
            ui.ends_edit.setText(format_date(amount.ends) if amount.ends else "")
            ui.note_edit.setText(amount.note)
        self.setWindowTitle(
            self.tr("Bedrag wijzigen") if amount is not None else self.tr("Bedrag toevoegen")
        )
        self._setup(ui.button_box, amount is not None)
        ui.euros_edit.setFocus()

    def _checked(self) -> Amount:
        ui = self.ui
        return validate_amount(
            Amount(
                kind=AmountKind(ui.kind_combo.currentData()),
                euros=parse_euros(ui.euros_edit.text()),
                period=Period(ui.period_combo.currentData()),
                starts=typed_date(ui.starts_edit.text(), "starts"),
                ends=typed_date(ui.ends_edit.text(), "ends"),
                note=ui.note_edit.text(),
                id=self._id,
            )
        )

    def amount(self) -> Amount:
        return self._checked()


class ThirdPartyDialog(_EntryDialog):
    def __init__(self, party: ThirdParty | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ThirdPartyDialog()
        ui.setupUi(self)
        self.error_label = ui.error_label
        self._id = party.id if party is not None else new_entry_id()
        for role in PartyRole:
            ui.role_combo.addItem(shown_label(role), role.value)
        ui.name_edit.setMaxLength(SHORT_TEXT_LIMIT)
        ui.note_edit.setMaxLength(NOTE_LIMIT)
        if party is not None:
            ui.role_combo.setCurrentIndex(ui.role_combo.findData(party.role.value))
            ui.name_edit.setText(party.name)
            ui.note_edit.setText(party.note)
        self.setWindowTitle(
            self.tr("Derde wijzigen") if party is not None else self.tr("Derde toevoegen")
        )
        self._setup(ui.button_box, party is not None)
        ui.name_edit.setFocus()

    def _checked(self) -> ThirdParty:
        ui = self.ui
        return validate_third_party(
            ThirdParty(
                PartyRole(ui.role_combo.currentData()),
                ui.name_edit.text(),
                ui.note_edit.text(),
                self._id,
            )
        )

    def party(self) -> ThirdParty:
        return self._checked()


class RulingDialog(_EntryDialog):
    def __init__(self, ruling: Ruling | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_RulingDialog()
        ui.setupUi(self)
        self.error_label = ui.error_label
        self._today = today
        self._id = ruling.id if ruling is not None else new_entry_id()
        ui.ecli_edit.setMaxLength(64)
        ui.note_edit.setMaxLength(NOTE_LIMIT)
        if ruling is not None:
            ui.ecli_edit.setText(ruling.ecli)
            ui.note_edit.setText(ruling.note)
        self.setWindowTitle(
            self.tr("Uitspraak wijzigen") if ruling is not None else self.tr("Uitspraak toevoegen")
        )
        self._setup(ui.button_box, ruling is not None)
        ui.ecli_edit.setFocus()

    def _checked(self) -> Ruling:
        ui = self.ui
        ruling = Ruling(ui.ecli_edit.text(), ui.note_edit.text(), self._id)
        return validate_ruling(ruling, self._today)

    def ruling(self) -> Ruling:
        return self._checked()
