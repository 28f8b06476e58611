"""The two tables of an agenda item's record: advice per member, and the agreed actions.

A member who declared a conflict of interest stays in the advice table, greyed and marked
"neemt niet deel", so the minutes' reader sees who stood aside rather than who is missing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from maatwerkdesk.domain.conference import ActionItem, Advice, ItemRecord, Meeting, Member, Stance
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.cells import cell
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
STANCE_COLUMN, TEXT_COLUMN, CONFLICT_COLUMN = 1, 2, 3
WHO_COLUMN, WHAT_COLUMN, DUE_COLUMN = 0, 1, 2
NO_ADVICE = QT_TRANSLATE_NOOP("AdviceTable", "— geen advies —")
STANDS_ASIDE = QT_TRANSLATE_NOOP("AdviceTable", "neemt niet deel")
NO_DUE_DATE = QDate(2000, 1, 1)
"""The date edit's minimum, shown as "geen datum": an action without a deadline."""
ACTION_ROWS = 2
"""Room for this many actions before the table grows."""


def fit_rows(table: QTableWidget, minimum_rows: int = 0) -> None:
    """Tall enough for every row: the form scrolls as one page, the table never does."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    spare = max(0, minimum_rows - table.rowCount()) * table.verticalHeader().defaultSectionSize()
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(rows + spare + header + 2 * table.frameWidth() + 2)


class AdviceTable(QObject):
    """Per member: stance, reasons, and whether they declared a conflict of interest."""

    edited = Signal()

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self._members: list[Member] = []
        self._editable: set[str] = set()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Lid"), self.tr("Advies"), self.tr("Toelichting"), self.tr("Belang gemeld")]
        )
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STANCE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONFLICT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.itemChanged.connect(self._on_item_changed)

    def show(self, meeting: Meeting, record: ItemRecord) -> None:
        table = self.table
        table.blockSignals(True)
        table.setRowCount(0)
        self._members = list(meeting.members)
        for row, member in enumerate(self._members):
            table.insertRow(row)
            advice = record.advice_of(member.user.id)
            name = QTableWidgetItem(_member_label(member, meeting.chair.id))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, name)
            combo = QComboBox()
            combo.addItem(self.tr(NO_ADVICE), None)
            for stance in Stance:
                text = shown_label(stance)
                combo.addItem(text[:1].upper() + text[1:], stance.value)
            combo.setCurrentIndex(max(0, combo.findData(advice.stance.value)) if advice else 0)
            combo.setAccessibleName(self.tr("Advies van {}").format(member.user.name))
            combo.currentIndexChanged.connect(self.edited)
            table.setCellWidget(row, STANCE_COLUMN, combo)
            table.setItem(row, TEXT_COLUMN, QTableWidgetItem(advice.text if advice else ""))
            conflict = QTableWidgetItem()
            conflict.setData(ID_ROLE, member.user.id)
            conflict.setCheckState(
                Qt.CheckState.Checked
                if member.user.id in record.conflicts
                else Qt.CheckState.Unchecked
            )
            table.setItem(row, CONFLICT_COLUMN, conflict)
        table.blockSignals(False)
        self._restyle()

    def set_editable(self, user_ids: set[str]) -> None:
        """Only these members' rows can be changed (all of them for the secretary)."""
        self._editable = user_ids
        self._restyle()

    def advice(self) -> tuple[Advice, ...]:
        """The advice given, without that of members who declared a conflict."""
        given = []
        for row, member in enumerate(self._members):
            stance = self._combo(row).currentData()
            if stance is None or self._conflicted(row):
                continue
            text = cell(self.table, row, TEXT_COLUMN).text()
            user = member.user
            given.append(Advice(user.id, user.name, member.discipline, Stance(stance), text))
        return tuple(given)

    def conflicts(self) -> tuple[str, ...]:
        return tuple(m.user.id for row, m in enumerate(self._members) if self._conflicted(row))

    def set_advice(self, user_id: str, stance: Stance | None, text: str = "") -> None:
        row = self._row(user_id)
        combo = self._combo(row)
        combo.setCurrentIndex(combo.findData(stance.value if stance else None))
        cell(self.table, row, TEXT_COLUMN).setText(text)

    def set_conflict(self, user_id: str, declared: bool) -> None:
        state = Qt.CheckState.Checked if declared else Qt.CheckState.Unchecked
        cell(self.table, self._row(user_id), CONFLICT_COLUMN).setCheckState(state)

    def is_taking_part(self, user_id: str) -> bool:
        return not self._conflicted(self._row(user_id))

    # ------------------------------------------------------------------ helpers

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == CONFLICT_COLUMN:
            self._restyle()
        self.edited.emit()

    def _restyle(self) -> None:
        """Grey out who stands aside; lock rows that are not this user's to change."""
        table = self.table
        table.blockSignals(True)
        for row, member in enumerate(self._members):
            editable = member.user.id in self._editable
            aside = self._conflicted(row)
            conflict = cell(table, row, CONFLICT_COLUMN)
            conflict.setText(self.tr(STANDS_ASIDE) if aside else "")
            flags = Qt.ItemFlag.ItemIsEnabled
            conflict.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if editable else flags)
            text = cell(table, row, TEXT_COLUMN)
            text.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable and not aside else flags)
            self._combo(row).setEnabled(editable and not aside)
            for column in (0, TEXT_COLUMN, CONFLICT_COLUMN):
                cell(table, row, column).setForeground(
                    QBrush(theme.qcolor(theme.current().muted_text)) if aside else QBrush()
                )
        table.blockSignals(False)
        fit_rows(table)

    def _conflicted(self, row: int) -> bool:
        return cell(self.table, row, CONFLICT_COLUMN).checkState() == Qt.CheckState.Checked

    def _combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, STANCE_COLUMN)
        assert isinstance(combo, QComboBox)
        return combo

    def _row(self, user_id: str) -> int:
        return next(row for row, m in enumerate(self._members) if m.user.id == user_id)


def _due_edit(due: date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(NO_DUE_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("ActionsTable", "geen datum"))
    edit.setDate(QDate(due.year, due.month, due.day) if due else NO_DUE_DATE)
    edit.setAccessibleName(QCoreApplication.translate("ActionsTable", "Uiterlijk"))
    return edit


def _member_label(member: Member, chair_id: str) -> str:
    role = (
        QCoreApplication.translate("AdviceTable", "voorzitter")
        if member.user.id == chair_id
        else ""
    )
    discipline = shown_label(member.discipline) if member.discipline else ""
    detail = ", ".join(part for part in (role, discipline) if part)
    name = member.user.name
    if not member.present:
        name = QCoreApplication.translate("AdviceTable", "{} (afwezig)").format(name)
    return f"{name}\n{detail}" if detail else name


class ActionsTable(QObject):
    """Who does what by when; a row without both who and what is not an action yet."""

    edited = Signal()

    def __init__(self, table: QTableWidget, add: QPushButton, remove: QPushButton) -> None:
        super().__init__(table)
        self.table = table
        self._add_button, self._remove_button = add, remove
        self._default_due = date.today()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Wie"), self.tr("Wat"), self.tr("Uiterlijk")])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(WHO_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE_COLUMN, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(WHO_COLUMN, 160)
        table.setColumnWidth(DUE_COLUMN, _due_edit(None).sizeHint().width() + 8)
        table.itemChanged.connect(self._on_item_changed)
        table.currentCellChanged.connect(self._update)
        add.clicked.connect(self._on_add_clicked)
        remove.clicked.connect(self._on_remove_clicked)

    def show(self, actions: tuple[ActionItem, ...], default_due: date) -> None:
        self._default_due = default_due
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for action in actions:
            self.add(action)
        self.table.blockSignals(False)
        fit_rows(self.table, ACTION_ROWS)
        self._update()

    def add(self, action: ActionItem) -> None:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, WHO_COLUMN, QTableWidgetItem(action.who))
        table.setItem(row, WHAT_COLUMN, QTableWidgetItem(action.what))
        edit = _due_edit(action.due)
        edit.dateChanged.connect(self.edited)
        table.setCellWidget(row, DUE_COLUMN, edit)
        fit_rows(table, ACTION_ROWS)

    def actions(self) -> tuple[ActionItem, ...]:
        found = []
        for row in range(self.table.rowCount()):
            who = cell(self.table, row, WHO_COLUMN).text()
            what = cell(self.table, row, WHAT_COLUMN).text()
            if who.strip() or what.strip():
                found.append(ActionItem(who, what, self._due(row)))
        return tuple(found)

    def set_editable(self, editable: bool) -> None:
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
            if editable
            else triggers.NoEditTriggers
        )
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, DUE_COLUMN).setEnabled(editable)
        self._add_button.setVisible(editable)
        self._remove_button.setVisible(editable)
        self._update()

    # ------------------------------------------------------------------ slots

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        fit_rows(self.table, ACTION_ROWS)
        self.edited.emit()

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add(ActionItem("", "", self._default_due))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, WHO_COLUMN)
        self.table.editItem(cell(self.table, row, WHO_COLUMN))
        self.edited.emit()

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            fit_rows(self.table, ACTION_ROWS)
            self.edited.emit()

    @Slot()
    def _update(self, *_args: object) -> None:
        self._remove_button.setEnabled(self.table.currentRow() >= 0)

    def _due(self, row: int) -> date | None:
        edit = self.table.cellWidget(row, DUE_COLUMN)
        assert isinstance(edit, QDateEdit)
        picked = edit.date()
        if picked == NO_DUE_DATE:
            return None
        return date(picked.year(), picked.month(), picked.day())
