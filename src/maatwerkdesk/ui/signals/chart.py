"""The signal count bars: per regulation, owner or quarter one bar, its parts the states.

Drawn as the balance chart (ui/weighing_panel/chart.py) is: the same plot area, frame
and text colours; the settled states in its green and brown (resolved, not adopted), the
open ones in its guide and quiet colours and its marker's yellow. `key_clicked(key)` says
which bar was clicked, so the window can filter on it. A screen reader hears the counts in
words, as its accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from maatwerkdesk.domain.policy_signals import Count, SignalState
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP
from maatwerkdesk.ui.weighing_panel.chart import TEXT_SCALE

ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("SignalBars", "Staafdiagram van de signalen")
BAR = 18
GAP = 6
LABEL_WIDTH = 150
LEGEND = 34
MAX_BARS = 8
"""Bars shown: the largest (quarters: the first); the filters reach every signal."""
NO_SIGNALS = QT_TRANSLATE_NOOP("SignalBars", "Nog geen signalen.")
"""ACCESSIBLE_NAME and NO_SIGNALS are translated (context "SignalBars") where shown."""


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
        self.setAccessibleName(self.tr(ACCESSIBLE_NAME))
        self.setAccessibleDescription(describe("", []))

    def show_counts(self, counts: Sequence[Count], caption: str) -> None:
        """Draw the largest `counts` (`caption` says what they are counted by)."""
        self._counts = list(counts[:MAX_BARS])
        self.setToolTip(self.tr("Klik op een balk om alleen die signalen te tonen."))
        self.setAccessibleDescription(describe(caption, self._counts))
        self.update()

    def counts(self) -> list[Count]:
        return self._counts

    def _plot(self) -> QRectF:
        return QRectF(LABEL_WIDTH, 4, self.width() - LABEL_WIDTH - 8, self.height() - LEGEND - 8)

    def _row(self, index: int) -> QRectF:
        area = self._plot()
        return QRectF(area.left(), area.top() + 4 + index * (BAR + GAP), area.width(), BAR)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.current().chart
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._plot()
        painter.fillRect(area, theme.qcolor(colours.background))
        painter.setPen(QPen(theme.qcolor(colours.frame), 1))
        painter.drawRect(area)
        most = max((c.total for c in self._counts), default=0) or 1
        for index, count in enumerate(self._counts):
            self._draw_bar(painter, self._row(index), count, most)
        if not self._counts:
            painter.setPen(theme.qcolor(colours.quiet_text))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr(NO_SIGNALS))
        self._draw_legend(painter)
        painter.end()

    def _draw_bar(self, painter: QPainter, row: QRectF, count: Count, most: int) -> None:
        text = theme.qcolor(theme.current().chart.text)
        colours = state_colours()
        painter.setPen(text)
        name = painter.fontMetrics().elidedText(
            shown_sentence(count.key), Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8
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
            painter.setBrush(colours[state])
            painter.drawRect(QRectF(left, row.top() + 2, unit * number, BAR - 4))
            left += unit * number
        painter.setPen(text)
        painter.drawText(
            QRectF(left + 4, row.top(), 32, BAR),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(count.total),
        )

    def _draw_legend(self, painter: QPainter) -> None:
        x = 8.0
        y = self.height() - LEGEND + 10
        metrics = painter.fontMetrics()
        text = theme.qcolor(theme.current().chart.text)
        for state, colour in state_colours().items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y, 10, 10))
            painter.setPen(text)
            name = shown_label(state)
            painter.drawText(QPointF(x + 14, y + 10), name)
            x += 14 + metrics.horizontalAdvance(name) + 14

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


def state_colours() -> dict[SignalState, QColor]:
    """Each state's part of a bar, in life-cycle order (the legend's order)."""
    palette = theme.current()
    chart = palette.chart
    return {
        SignalState.CONCEPT: theme.qcolor(chart.guide),
        SignalState.REPORTED: theme.qcolor(chart.quiet_text),
        SignalState.IN_PROGRESS: theme.qcolor(chart.marker),
        SignalState.RESOLVED: theme.qcolor(palette.pro.text),
        SignalState.NOT_ADOPTED: theme.qcolor(palette.con.text),
    }


def describe(caption: str, counts: Sequence[Count]) -> str:
    """The bars in words: "Aantal signalen per regeling, naar status. Participatiewet: 5
    (2 gemeld, 3 opgelost); …"."""
    if not counts:
        return QCoreApplication.translate("SignalBars", NO_SIGNALS)
    bars = "; ".join(
        f"{shown_sentence(count.key)}: {count.total} ("
        + ", ".join(f"{number} {shown_label(state)}" for state, number in count.per_state if number)
        + ")"
        for count in counts
    )
    return f"{caption}. {bars}."
