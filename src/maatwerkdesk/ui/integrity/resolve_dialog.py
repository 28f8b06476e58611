"""Beoordelen en vrijgeven: a functioneel beheerder's verdict on a dossier whose signed
record was changed outside the program (`services/integrity.resolve`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from maatwerkdesk.services import integrity
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_sentence
from maatwerkdesk.ui.forms.ui_integrity_resolve_dialog import Ui_ResolveDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

EFFECT = QT_TRANSLATE_NOOP(
    "ResolveDialog",
    "Vrijgeven verklaart elke versie van het besluit die niet klopt ongeldig en legt vast "
    "welke versies ontbraken. Wat de overgebleven geldige handtekening vastlegde (de feiten "
    "en de beslissing), wordt teruggezet. Blijft er geen geldige versie over, dan gaat het "
    "dossier terug naar ‘Ter bespreking’, om opnieuw te besluiten en te ondertekenen. Uw "
    "oordeel en de reden worden bewaard en staan in het auditlogboek; een vervalste versie "
    "gaat er nooit door meetellen.",
)
"""What releasing does, translated (context "ResolveDialog") where it is shown."""


class ResolveDialog(QDialog):
    """Lists what was found and asks why; "Vrijgeven" calls `integrity.resolve`."""

    def __init__(
        self,
        calls: ServiceCaller,
        dossier_id: str,
        reference: str,
        problems: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ResolveDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        # Its warnings open over this dialog, not over the window behind it.
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self._dossier_id = dossier_id
        self.resolved: tuple[str, ...] | None = None
        """The problems resolved, once "Vrijgeven" succeeded."""
        self.ui.heading_label.setText(
            self.tr("Dossier {} beoordelen en vrijgeven").format(reference)
        )
        self.ui.heading_label.setStyleSheet("QLabel { font-size: 12pt; font-weight: bold; }")
        self.ui.effect_label.setText(self.tr(EFFECT))
        for problem in problems:
            self.ui.problems_list.addItem(QListWidgetItem(shown_sentence(problem)))
        lines = self.ui.reason_edit.fontMetrics().lineSpacing()
        self.ui.problems_list.setMaximumHeight(lines * 8)
        self.ui.reason_edit.setMinimumHeight(lines * 4)
        self.ui.dialog_layout.setStretchFactor(self.ui.reason_edit, 1)
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Vrijgeven"))
        self._ok.setEnabled(False)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren")
        )
        self.ui.reason_edit.textChanged.connect(self._on_reason_changed)
        self.ui.button_box.accepted.connect(self._on_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.reason_edit.setFocus()

    @Slot()
    def _on_reason_changed(self) -> None:
        self._ok.setEnabled(bool(self.ui.reason_edit.toPlainText().strip()))

    @Slot()
    def _on_accepted(self) -> None:
        reason = self.ui.reason_edit.toPlainText()
        if not reason.strip():
            return
        context, dossier_id = self._calls.context(), self._dossier_id
        self.resolved = self._calls.run(
            self.tr("Niet vrijgegeven"), lambda s: integrity.resolve(s, context, dossier_id, reason)
        )
        if self.resolved is not None:
            self.accept()
