"""The resolver: a dossier changed on a laptop and in the team database, part by part both
versions side by side, and per part which one to keep."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QRadioButton,
    QTableWidgetItem,
    QWidget,
)

from maatwerkdesk.domain.sync_conflicts import Choice, SyncConflict, part_label, value_text
from maatwerkdesk.ui.common.vocabulary import shown_sentence
from maatwerkdesk.ui.forms.ui_sync_conflicts_dialog import Ui_SyncConflictsDialog

PART, LAPTOP, SERVER, KEEP = range(4)


class SyncConflictsDialog(QDialog):
    """Asks, per conflicting part, which version the dossier keeps. `choices()` after
    `exec()` returned Accepted: every conflict with the version chosen."""

    def __init__(
        self, reference: str, conflicts: Sequence[SyncConflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncConflictsDialog()
        self.ui.setupUi(self)
        self._conflicts = tuple(conflicts)
        self._groups: list[QButtonGroup] = []
        laptops = sorted({f"{c.laptop_name} ({c.holder})" for c in conflicts})
        if len(conflicts) == 1:
            heading = self.tr(
                "Dossier {reference} is onderweg op {laptops} gewijzigd én in de teamdatabase. "
                "Bij één onderdeel zijn beide versies verschillend: kies per onderdeel welke "
                "het dossier houdt."
            )
        else:
            heading = self.tr(
                "Dossier {reference} is onderweg op {laptops} gewijzigd én in de teamdatabase. "
                "Bij {count} onderdelen zijn beide versies verschillend: kies per onderdeel "
                "welke het dossier houdt."
            )
        self.ui.heading_label.setText(
            heading.format(reference=reference, laptops=", ".join(laptops), count=len(conflicts))
        )
        buttons = self.ui.button_box
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Keuzes vastleggen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later beslissen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._fill()
        self._update_ok()

    def choices(self) -> list[tuple[SyncConflict, Choice]]:
        chosen = []
        for conflict, group in zip(self._conflicts, self._groups, strict=True):
            button = group.checkedButton()
            if button is not None:
                chosen.append((conflict, Choice(button.property("choice"))))
        return chosen

    def _fill(self) -> None:
        table = self.ui.parts_table
        table.setRowCount(len(self._conflicts))
        for row, conflict in enumerate(self._conflicts):
            for column, text in (
                (PART, shown_sentence(part_label(conflict.path))),
                (LAPTOP, shown_sentence(value_text(conflict.laptop))),
                (SERVER, shown_sentence(value_text(conflict.server))),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
            table.setCellWidget(row, KEEP, self._keep_buttons(row))
        header = table.horizontalHeader()
        header.setSectionResizeMode(PART, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LAPTOP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SERVER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEEP, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(PART, 190)
        table.resizeRowsToContents()

    def _keep_buttons(self, row: int) -> QWidget:
        holder = QWidget(self.ui.parts_table)
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(6, 0, 6, 0)
        group = QButtonGroup(holder)
        for text, name, choice in (
            (self.tr("laptop"), self.tr("Rij {}: laptop bewaren"), Choice.LAPTOP),
            (self.tr("teamdatabase"), self.tr("Rij {}: teamdatabase bewaren"), Choice.SERVER),
        ):
            button = QRadioButton(text, holder)  # no mnemonic: every row has the same two
            button.setProperty("choice", choice.value)
            button.setAccessibleName(name.format(row + 1))
            group.addButton(button)
            layout.addWidget(button)
        group.buttonToggled.connect(lambda *_: self._update_ok())
        self._groups.append(group)
        return holder

    def _update_ok(self) -> None:
        every = all(group.checkedButton() is not None for group in self._groups)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(every)
