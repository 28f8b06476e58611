"""A signal's kind, rule, owner, title and description, in one form: a new concept, or a
concept changed. The services refuse a text that names someone; the form stays open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from maatwerkdesk.domain.policy_signals import (
    OWNER_SUGGESTIONS,
    PolicySignal,
    SignalCategory,
    SignalFields,
)
from maatwerkdesk.services import policy_signals
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.forms.ui_signal_form import Ui_SignalFormDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("SignalFormDialog", "Knelpuntsignaal")
"""The title of its messages, translated (context "SignalFormDialog") where shown."""


class SignalFormDialog(QDialog):
    """Write a signal (`signal` None) resting on `dossier_ids`, or change a concept."""

    def __init__(
        self,
        calls: ServiceCaller,
        signal: PolicySignal | None,
        dossier_ids: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignalFormDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        self._calls = calls
        self._signal = signal
        self._dossier_ids = tuple(dossier_ids)
        self.saved: PolicySignal | None = None
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren")
        )
        for kind in SignalCategory:  # the data as text: Qt hands a str enum back as str
            self.ui.category_combo.addItem(shown_label(kind), kind.value)
        self.ui.owner_combo.addItems(OWNER_SUGGESTIONS)
        self.ui.owner_combo.setCurrentIndex(-1)
        self.ui.button_box.accepted.connect(self._on_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        if signal is None:
            self.setWindowTitle(self.tr("Nieuw knelpuntsignaal"))
        else:
            self.setWindowTitle(self.tr("Knelpuntsignaal {}").format(signal.reference))
            self._show(signal.fields)

    def _show(self, fields: SignalFields) -> None:
        self.ui.category_combo.setCurrentIndex(
            self.ui.category_combo.findData(fields.category.value)
        )
        self.ui.regulation_edit.setText(fields.regulation)
        self.ui.article_edit.setText(fields.article)
        self.ui.owner_combo.setCurrentText(fields.owner)
        self.ui.title_edit.setText(fields.title)
        self.ui.description_edit.setPlainText(fields.description)

    def fields(self) -> SignalFields:
        return SignalFields(
            SignalCategory(self.ui.category_combo.currentData()),
            self.ui.regulation_edit.text(),
            self.ui.article_edit.text(),
            self.ui.owner_combo.currentText(),
            self.ui.title_edit.text(),
            self.ui.description_edit.toPlainText(),
        )

    @Slot()
    def _on_accepted(self) -> None:
        fields, known, dossiers = self.fields(), self._signal, self._dossier_ids
        context = self._calls.context()

        def save(session: Session) -> PolicySignal:
            if known is None:
                return policy_signals.create_signal(session, context, fields, dossier_ids=dossiers)
            return policy_signals.update_signal(session, context, known.id, fields)

        self.saved = self._calls.run(self.tr(TITLE), save)
        if self.saved is not None:
            self.accept()
