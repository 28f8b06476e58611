"""Table models over the dossier's timeline and attachments (plain domain values)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from maatwerkdesk.domain.dossier import AttachmentInfo, TimelineEntry
from maatwerkdesk.ui.common.formatting import format_date, format_moment
from maatwerkdesk.ui.common.plain_text import tooltip
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.dossier_editor.presentation import format_size, is_risky_file
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ITEM = Qt.ItemDataRole.UserRole
    """The domain value behind the row."""


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of plain values, one per row; `cell` says what each column shows.

    `headers` are marked with `QT_TRANSLATE_NOOP("RowsModel", …)` and translated here."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.tr(self.headers[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Role.ITEM:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column(), tooltip=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.cell(item, index.column(), tooltip=True) or "")
        return None

    def cell(self, item: T, column: int, *, tooltip: bool) -> str | None:
        raise NotImplementedError


def _first_line(text: str) -> str:
    line, _, rest = text.partition("\n")
    return f"{line} …" if rest.strip() else line


class TimelineModel(RowsModel[TimelineEntry]):
    DATE, KIND, DESCRIPTION, AUTHOR = range(4)
    headers = (
        QT_TRANSLATE_NOOP("RowsModel", "Datum"),
        QT_TRANSLATE_NOOP("RowsModel", "Soort"),
        QT_TRANSLATE_NOOP("RowsModel", "Beschrijving"),
        QT_TRANSLATE_NOOP("RowsModel", "Auteur"),
    )

    def cell(self, item: TimelineEntry, column: int, *, tooltip: bool) -> str | None:
        if column == self.DATE:
            return format_date(item.occurred_on)
        if column == self.KIND:
            return shown_label(item.kind)
        if column == self.DESCRIPTION:
            return item.description if tooltip else _first_line(item.description)
        if column == self.AUTHOR:
            return item.author
        return None


class AttachmentModel(RowsModel[AttachmentInfo]):
    NAME, SIZE, ADDED, DESCRIPTION = range(4)
    headers = (
        QT_TRANSLATE_NOOP("RowsModel", "Naam"),
        QT_TRANSLATE_NOOP("RowsModel", "Grootte"),
        QT_TRANSLATE_NOOP("RowsModel", "Toegevoegd"),
        QT_TRANSLATE_NOOP("RowsModel", "Omschrijving"),
    )

    def cell(self, item: AttachmentInfo, column: int, *, tooltip: bool) -> str | None:
        if column == self.NAME:
            if tooltip and is_risky_file(item.original_name):
                return self.tr("{}\nDit bestandstype kan een programma starten.").format(
                    item.original_name
                )
            return item.original_name
        if column == self.SIZE:
            return format_size(item.size)
        if column == self.ADDED:
            return format_moment(item.added_at)
        if column == self.DESCRIPTION:
            return item.description
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.column() == self.NAME
            and is_risky_file(self.item(index.row()).original_name)
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return super().data(index, role)
