"""Gegevens van de organisatie: the sender, the deciding bodies and the asylum appeal term
that every besluitbrief of this profile uses (docs/letter.md).

The services decide who may open and save: for anyone but a functioneel beheerder the
settings are refused before the dialog opens, and a save is refused again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from maatwerkdesk.domain.organisation import AsylumAppeal, BodyRule, OrganisationSettings
from maatwerkdesk.domain.vocabulary import Organisation
from maatwerkdesk.services import organisation
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.forms.ui_organisation_dialog import Ui_OrganisationDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("OrganisationDialog", "Gegevens van de organisatie")
ANY_ORGANISATION = QT_TRANSLATE_NOOP("OrganisationDialog", "— elke —")
"""Translated (context "OrganisationDialog") where they are shown."""
TERMS, ORGANISATION, NAME, ADDRESS = range(4)


def open_organisation_dialog(
    calls: ServiceCaller, parent: QWidget | None = None
) -> OrganisationDialog | None:
    """The dialog with the settings as they are, or None when the services refuse (told)."""
    config = calls.workspace.paths.config
    settings = calls.run(
        QCoreApplication.translate("OrganisationDialog", TITLE),
        lambda s: organisation.settings_for_editing(s, calls.context(), config),
    )
    if settings is None:
        return None
    dialog = OrganisationDialog(calls, settings, parent)
    dialog.open()
    return dialog


class OrganisationDialog(QDialog):
    def __init__(
        self, calls: ServiceCaller, settings: OrganisationSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        # Its warnings open over this dialog, not over the window behind it.
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        buttons = self.ui.button_box
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        header = self.ui.body_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.body_table.verticalHeader().hide()
        self._show(settings)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ui.add_body_button.clicked.connect(lambda: self._add_body(None))
        self.ui.remove_body_button.clicked.connect(self._remove_body)

    def _show(self, settings: OrganisationSettings) -> None:
        ui = self.ui
        ui.name_edit.setText(settings.name)
        ui.address_edit.setPlainText(settings.address)
        ui.phone_edit.setText(settings.phone)
        ui.web_edit.setText(settings.web)
        for body in settings.bodies:
            self._add_body(body)
        ui.court_edit.setText(settings.asylum.court)
        ui.court_address_edit.setText(settings.asylum.address)
        ui.term_spin.setValue(settings.asylum.days or 0)
        ui.pattern_spin.setValue(settings.pattern_at)

    def _add_body(self, body: BodyRule | None) -> None:
        table = self.ui.body_table
        row = table.rowCount()
        table.insertRow(row)
        body = body or BodyRule("")
        table.setItem(row, TERMS, QTableWidgetItem(", ".join(body.regulation)))
        choice = QComboBox(table)
        choice.addItem(self.tr(ANY_ORGANISATION), None)
        for kind in Organisation:
            choice.addItem(shown_label(kind), kind.value)
        choice.setCurrentIndex(max(0, choice.findData(body.organisation)))
        table.setCellWidget(row, ORGANISATION, choice)
        table.setItem(row, NAME, QTableWidgetItem(body.name))
        table.setItem(row, ADDRESS, QTableWidgetItem(" ".join(body.address.split("\n"))))
        table.setCurrentCell(row, TERMS)

    def _remove_body(self) -> None:
        row = self.ui.body_table.currentRow()
        if row >= 0:
            self.ui.body_table.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.ui.body_table.item(row, column)
        return item.text().strip() if item is not None else ""

    def settings(self) -> OrganisationSettings:
        """What the dialog shows; rows left wholly empty are dropped."""
        ui = self.ui
        bodies = []
        for row in range(ui.body_table.rowCount()):
            terms = tuple(t.strip() for t in self._cell(row, TERMS).split(",") if t.strip())
            choice = ui.body_table.cellWidget(row, ORGANISATION)
            value = choice.currentData() if isinstance(choice, QComboBox) else None
            kind = Organisation(value) if value else None
            name, address = self._cell(row, NAME), self._cell(row, ADDRESS)
            if terms or kind or name or address:
                bodies.append(BodyRule(name, address, terms, kind))
        days = ui.term_spin.value()
        return OrganisationSettings(
            name=ui.name_edit.text().strip(),
            address=ui.address_edit.toPlainText().strip(),
            phone=ui.phone_edit.text().strip(),
            web=ui.web_edit.text().strip(),
            bodies=tuple(bodies),
            asylum=AsylumAppeal(
                ui.court_edit.text().strip(), ui.court_address_edit.text().strip(), days or None
            ),
            pattern_at=ui.pattern_spin.value(),
        )

    def save(self) -> None:
        """Save through the services; a refusal or a problem stays in the dialog."""
        settings = self.settings()
        config = self._calls.workspace.paths.config
        saved = self._calls.perform(
            self.tr(TITLE),
            lambda s: organisation.save_settings(s, self._calls.context(), config, settings),
            what=self.tr("De gegevens zijn niet opgeslagen."),
        )
        if saved:
            self.accept()
