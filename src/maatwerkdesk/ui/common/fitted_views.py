"""Lists, trees, tables and text browsers as tall as what they show.

The steps of the dossier editor are each one column in one scroll area. A view in that
column with a vertical scroll bar of its own is a second scroll inside the first: the
caseworker scrolls the page and then the view. `fit_height` keeps a view as tall as its
rows at the width it has (up to `most`, past which it does scroll), again after its rows
change or a new width wraps them differently. A tree that wraps its text gets rows as tall
as their text at its columns' widths (QTreeView measures a row as one line); a table whose
header wraps its titles gets a header as tall as the longest title (QHeaderView keeps one line).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QTreeView,
)

_REFIT = (QEvent.Type.Resize, QEvent.Type.Show)


def _content_height(view: QAbstractScrollArea) -> int:
    """The height `view` needs to show all it holds without scrolling."""
    if isinstance(view, QTextEdit):
        return round(view.document().size().height())
    if isinstance(view, QListView):
        model = view.model()
        rows = [r for r in range(model.rowCount()) if not view.isRowHidden(r)]
        bottom = max((view.rectForIndex(model.index(r, 0)).bottom() + 1 for r in rows), default=0)
        return bottom + view.spacing()
    return view.viewportSizeHint().height()  # trees and tables count their header in


def _fit_header(table: QTableView) -> None:
    """Give a header that wraps its titles the height of the longest one at its width."""
    header = table.horizontalHeader()
    if not header.defaultAlignment() & Qt.TextFlag.TextWordWrap:
        return
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    model = table.model()
    tallest = max(
        (
            metrics.boundingRect(
                QRect(0, 0, max(1, header.sectionSize(s) - 2 * margin), 16777215),
                Qt.TextFlag.TextWordWrap,
                str(model.headerData(s, Qt.Orientation.Horizontal) or ""),
            ).height()
            for s in range(header.count())
        ),
        default=0,
    )
    header.setMinimumHeight(header.sizeHint().height() + max(0, tallest - metrics.height()))


class _WrapInColumn(QStyledItemDelegate):
    """Measures an item at the width of its column, so wrapped text gets its lines."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, self._tree.columnWidth(index.column()), 1)
        return super().sizeHint(measured, index)


class _OneLine(QStyledItemDelegate):
    """Shows an item on one line, elided, in a view that wraps the others."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight


def one_line_column(view: QAbstractItemView, column: int) -> None:
    """Keep `column` of a wrapping view to one elided line: for a long text that is shown
    whole elsewhere (a tooltip, a detail pane), which would make every row tall."""
    view.setItemDelegateForColumn(column, _OneLine(view))


class _Fitter(QObject):
    def __init__(self, view: QAbstractScrollArea, most: int) -> None:
        super().__init__(view)
        self._view, self._most = view, most
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # once the view has laid out its rows
        self._timer.timeout.connect(self.fit)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)  # narrower when its own scroll bar shows
        if isinstance(view, QTextEdit):
            view.document().documentLayout().documentSizeChanged.connect(self._timer.start)
        elif isinstance(view, QAbstractItemView):
            if isinstance(view, QTreeView) and view.wordWrap():
                view.setItemDelegate(_WrapInColumn(view))
                # A tree keeps its rows' heights until laid out again: wrap at the new widths.
                view.header().sectionResized.connect(lambda *_: view.doItemsLayout())
            model = view.model()
            for signal in (
                model.rowsInserted,
                model.rowsRemoved,
                model.modelReset,
                model.layoutChanged,
                model.dataChanged,
            ):
                signal.connect(self._timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REFIT:
            self._timer.start()
        return False

    def fit(self) -> None:
        view = self._view
        if isinstance(view, QTableView):
            _fit_header(view)
        frame = 2 * view.frameWidth()
        wanted = min(_content_height(view), self._most) + frame
        if view.height() != wanted or view.minimumHeight() != wanted:
            view.setFixedHeight(wanted)


def fit_height(view: QAbstractScrollArea, *, most: int = 16777215) -> None:
    """Keep `view` as tall as its contents, at most `most` pixels (not counting its frame)."""
    _Fitter(view, most)
