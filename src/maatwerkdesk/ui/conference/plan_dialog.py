"""Nieuw overleg: date, place, chair and members with the discipline they bring."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidgetItem,
    QWidget,
)

from maatwerkdesk.domain.people import Discipline, Role, User
from maatwerkdesk.services import meetings
from maatwerkdesk.services.meetings import PlannedMember
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import person_text, roles_text, shown_label
from maatwerkdesk.ui.forms.ui_conference_plan_dialog import Ui_PlanDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
DISCIPLINE_COLUMN = 2
DEFAULT_DAYS_AHEAD = 7
NO_CHAIR = QT_TRANSLATE_NOOP(
    "PlanDialog",
    "Er is nog geen gebruiker met de rol voorzitter. Vraag de functioneel beheerder er een "
    "toe te voegen (Bestand › Gebruikers beheren…); daarna kunt u het overleg plannen.",
)


class PlanDialog(QDialog):
    """Plans the meeting itself on "Plannen" and stays open when that is refused.

    Signal: `planned(meeting_id)`.
    """

    planned = Signal(str)

    def __init__(
        self,
        calls: ServiceCaller,
        people: Sequence[User],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        self._calls = calls
        self._people = [user for user in people if user.active]
        self._plan = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._plan.setText(self.tr("Plannen"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren")
        )
        start = today + timedelta(days=DEFAULT_DAYS_AHEAD)
        self.ui.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.ui.date_edit.setDate(QDate(start.year, start.month, start.day))
        for user in self._people:
            if user.has(Role.CHAIR):
                self.ui.chair_combo.addItem(person_text(user), user.id)
        header = self.ui.members_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DISCIPLINE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for user in self._people:
            self._add_member_row(user)
        self.ui.chair_combo.currentIndexChanged.connect(self._update)
        self.ui.button_box.accepted.connect(self.plan)
        self.ui.button_box.rejected.connect(self.reject)
        self._update()

    # ------------------------------------------------------------------ public API

    def chosen_members(self) -> list[PlannedMember]:
        """The ticked members (never the chair, who is a member anyway)."""
        tree = self.ui.members_tree
        chosen = []
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item.isHidden() or item.checkState(0) != Qt.CheckState.Checked:
                continue
            combo = tree.itemWidget(item, DISCIPLINE_COLUMN)
            assert isinstance(combo, QComboBox)
            value = combo.currentData()
            chosen.append(
                PlannedMember(item.data(0, ID_ROLE), Discipline(value) if value else None)
            )
        return chosen

    def tick(self, user_id: str, discipline: Discipline | None = None) -> None:
        """Tick a member, optionally with the discipline they bring (also for tests)."""
        tree = self.ui.members_tree
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item.data(0, ID_ROLE) == user_id:
                item.setCheckState(0, Qt.CheckState.Checked)
                combo = tree.itemWidget(item, DISCIPLINE_COLUMN)
                if discipline is not None and isinstance(combo, QComboBox):
                    combo.setCurrentIndex(combo.findData(discipline.value))

    @Slot()
    def plan(self) -> None:
        chair_id = self.ui.chair_combo.currentData()
        if chair_id is None:
            return
        picked = self.ui.date_edit.date()
        held_on = date(picked.year(), picked.month(), picked.day())
        location = self.ui.location_edit.text()
        members = self.chosen_members()
        context = self._calls.context()
        meeting_id = self._calls.run(
            self.tr("Overleg niet gepland"),
            lambda s: meetings.plan_meeting(s, context, held_on, chair_id, members, location),
        )
        if meeting_id is not None:
            self.planned.emit(meeting_id)
            self.accept()

    # ------------------------------------------------------------------ helpers

    def _add_member_row(self, user: User) -> None:
        item = QTreeWidgetItem([user.name, roles_text(user), ""])
        item.setData(0, ID_ROLE, user.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        ticked = user.has(Role.MEMBER)
        item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.ui.members_tree.addTopLevelItem(item)
        combo = QComboBox()
        combo.addItem("—", None)
        for discipline in Discipline:
            combo.addItem(shown_label(discipline), discipline.value)
        if user.discipline is not None:
            combo.setCurrentIndex(combo.findData(user.discipline.value))
        combo.setAccessibleName(self.tr("Discipline van {}").format(user.name))
        self.ui.members_tree.setItemWidget(item, DISCIPLINE_COLUMN, combo)

    @Slot()
    def _update(self) -> None:
        chair_id = self.ui.chair_combo.currentData()
        tree = self.ui.members_tree
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            item.setHidden(item.data(0, ID_ROLE) == chair_id)
        self._plan.setEnabled(chair_id is not None)
        self.ui.hint_label.setText(self.tr(NO_CHAIR) if chair_id is None else "")
        self.ui.hint_label.setVisible(chair_id is None)
