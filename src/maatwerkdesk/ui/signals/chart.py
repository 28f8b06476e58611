"""The signal count bars: per regulation, owner or quarter one bar, its parts the states.

Drawn as the balance chart (ui/weighing_panel/chart.py) is: the same plot area, grey
frame and text colours; the settled states in its green and brown (resolved, not
adopted), the open ones in greys and its yellow. `key_clicked(key)` says which bar was
clicked, so the window can filter on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from maatwerkdesk.domain.policy_signals import Count, SignalState
from maatwerkdesk.ui.weighing_panel.chart import TEXT_SCALE

STATE_COLOURS = {
    SignalState.CONCEPT: QColor("#bbbbbb"),
    SignalState.REPORTED: QColor("#777777"),
    SignalState.IN_PROGRESS: QColor("#f2c200"),
    SignalState.RESOLVED: QColor("#1b5230"),
    SignalState.NOT_ADOPTED: QColor("#7a2e0b"),
}
BAR = 18
GAP = 6
LABEL_WIDTH = 150
LEGEND = 34
MAX_BARS = 8
"""Bars shown: the largest (quarters: the first); the filters reach every signal."""


class SignalBars(QWidget):
    key_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: list[Count] = []
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self.setFont(font)
        self.setMinimumHeight(8 + MAX_BARS * (BAR + GAP) + LEGEND)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def show_counts(self, counts: Sequence[Count]) -> None:
        self._counts = list(counts[:MAX_BARS])
        self.setToolTip("Klik op een balk om alleen die signalen te tonen.")
        self.update()

    def counts(self) -> list[Count]:
        return self._counts

    def _plot(self) -> QRectF:
        return QRectF(LABEL_WIDTH, 4, self.width() - LABEL_WIDTH - 8, self.height() - LEGEND - 8)

    def _row(self, index: int) -> QRectF:
        area = self._plot()
        return QRectF(area.left(), area.top() + 4 + index * (BAR + GAP), area.width(), BAR)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._plot()
        painter.fillRect(area, QColor("#fafafa"))
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawRect(area)
        most = max((c.total for c in self._counts), default=0) or 1
        for index, count in enumerate(self._counts):
            self._draw_bar(painter, self._row(index), count, most)
        if not self._counts:
            painter.setPen(QColor("#777777"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "Nog geen signalen.")
        self._draw_legend(painter)
        painter.end()

    def _draw_bar(self, painter: QPainter, row: QRectF, count: Count, most: int) -> None:
        painter.setPen(QColor("#333333"))
        name = painter.fontMetrics().elidedText(
            count.key, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8
        )
        painter.drawText(
            QRectF(0, row.top(), LABEL_WIDTH - 6, BAR),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        unit = (row.width() - 36) / most
        left = row.left() + 2
        for state, number in count.per_state:
            if not number:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATE_COLOURS[state])
            painter.drawRect(QRectF(left, row.top() + 2, unit * number, BAR - 4))
            left += unit * number
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(left + 4, row.top(), 32, BAR),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(count.total),
        )

    def _draw_legend(self, painter: QPainter) -> None:
        x = 8.0
        y = self.height() - LEGEND + 10
        metrics = painter.fontMetrics()
        for state, colour in STATE_COLOURS.items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y, 10, 10))
            painter.setPen(QColor("#333333"))
            painter.drawText(QPointF(x + 14, y + 10), state.label)
            x += 14 + metrics.horizontalAdvance(state.label) + 14

    def key_at(self, where: QPointF) -> str | None:
        for index, count in enumerate(self._counts):
            row = self._row(index)
            if row.top() <= where.y() <= row.bottom():
                return count.key
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.key_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        hit = self.key_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.key_clicked.emit(hit)
        super().mouseReleaseEvent(event)
