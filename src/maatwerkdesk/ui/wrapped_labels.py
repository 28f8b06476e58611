"""Word-wrapped labels as tall as their text at the width they have.

A QSplitter asks its columns for their minimum size without a width, so a word-wrapped
label counts as one long line. In a scroll area a column then gets less height than its
text needs at the width it really has, and its layout lays widgets over each other: the
readability line under the citizen's text was drawn across the text box. `keep_whole`
gives every wrapped label in the columns the height its text needs at its width as its
minimum, again after a column is resized or its contents change; the scroll area then
scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

_REFIT = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)


def fit_label(label: QLabel) -> bool:
    """Give a shown, word-wrapped label its text's height at its width as its minimum;
    whether that changed anything."""
    if not label.wordWrap() or not label.isVisible():
        return False
    height = label.heightForWidth(label.width())
    if height <= 0 or height == label.minimumHeight():
        return False
    label.setMinimumHeight(height)
    return True


class _Keeper(QObject):
    def __init__(self, columns: tuple[QWidget, ...]) -> None:
        super().__init__(columns[0])
        self._columns = columns
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # once the layouts have placed the labels
        self._timer.timeout.connect(self.fit)
        for column in columns:
            column.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REFIT:
            self._timer.start()
        return False

    def fit(self) -> None:
        for column in self._columns:
            for label in column.findChildren(QLabel):
                fit_label(label)


def keep_whole(*columns: QWidget) -> None:
    """Keep the wrapped labels under `columns` (the widgets of a splitter) whole."""
    _Keeper(columns)
