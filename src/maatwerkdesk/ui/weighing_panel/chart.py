"""The balance chart widget: draws `ChartData`, and reports which point was clicked.

A screen reader hears what it shows in words (`describe`), as its accessible description.
The names of the quarters and axes are the domain's (domain/chart.py), shown translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from maatwerkdesk.domain.chart import (
    MIDDLE,
    QUADRANTS,
    X_LABEL,
    Y_LABEL,
    ChartData,
    ChartPoint,
    quadrant,
)
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.vocabulary import shown_text
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

CHART_SIZE = 240
"""Width and height: small enough to stand beside the verdict on a laptop's page."""
TEXT_SCALE = 0.85
"""The names of the quarters and axes, a little smaller than the page's text."""
MARGIN = 34
RADIUS = 4.5
HIT = 8
ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("BalanceChart", "Balansgrafiek")


class BalanceChart(QWidget):
    """Disproportionality (x) against arbitrariness risk (y). `point_clicked(id)`."""

    point_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = ChartData((), None)
        self.setFixedSize(CHART_SIZE, CHART_SIZE)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self.setFont(font)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr(ACCESSIBLE_NAME))
        self.setAccessibleDescription(describe(self._data))

    def show_data(self, data: ChartData) -> None:
        self._data = data
        self.setToolTip(
            self.tr("{} besloten dossiers van dezelfde route.").format(len(data.points) - 1)
            if data.route
            else self.tr("Kies in de stap Toetsing een route om dit dossier te vergelijken.")
        )
        self.setAccessibleDescription(describe(data))
        self.update()

    def data(self) -> ChartData:
        return self._data

    def _plot(self) -> QRectF:
        return QRectF(MARGIN, 8, self.width() - MARGIN - 8, self.height() - MARGIN - 8)

    def position(self, point: ChartPoint) -> QPointF:
        area = self._plot()
        return QPointF(
            area.left() + point.x * area.width(), area.bottom() - point.y * area.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.current().chart
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._plot()
        painter.fillRect(area, theme.qcolor(colours.background))
        painter.setPen(QPen(theme.qcolor(colours.frame), 1))
        painter.drawRect(area)
        middle_x = area.left() + MIDDLE * area.width()
        middle_y = area.bottom() - MIDDLE * area.height()
        painter.setPen(QPen(theme.qcolor(colours.guide), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(middle_x, area.top()), QPointF(middle_x, area.bottom()))
        painter.drawLine(QPointF(area.left(), middle_y), QPointF(area.right(), middle_y))
        painter.setPen(theme.qcolor(colours.quiet_text))
        for (right, high), name in QUADRANTS.items():
            left = middle_x if right else area.left()
            top = area.top() if high else middle_y
            box = QRectF(left + 4, top + 2, area.width() / 2 - 8, area.height() / 2 - 4)
            align = (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | (
                Qt.AlignmentFlag.AlignTop if high else Qt.AlignmentFlag.AlignBottom
            )
            painter.drawText(box, align | Qt.TextFlag.TextWordWrap, shown_text(name))
        painter.setPen(theme.qcolor(colours.text))
        painter.drawText(
            QRectF(area.left(), area.bottom() + 2, area.width(), MARGIN - 2),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            f"{shown_text(X_LABEL)} →",
        )
        painter.save()
        painter.translate(12, area.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-area.height() / 2, -10, area.height(), 20),
            Qt.AlignmentFlag.AlignCenter,
            f"{shown_text(Y_LABEL)} →",
        )
        painter.restore()
        for point in sorted(self._data.points, key=lambda p: p.current):
            self._draw_point(painter, point)
        painter.end()

    def _draw_point(self, painter: QPainter, point: ChartPoint) -> None:
        centre = self.position(point)
        colour = point_colour(point.deviated)
        if point.current:
            size = RADIUS * 2
            diamond = QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - size),
                    QPointF(centre.x() + size, centre.y()),
                    QPointF(centre.x(), centre.y() + size),
                    QPointF(centre.x() - size, centre.y()),
                ]
            )
            chart = theme.current().chart
            painter.setPen(QPen(theme.qcolor(chart.marker_outline), 1.5))
            painter.setBrush(theme.qcolor(chart.marker))
            painter.drawPolygon(diamond)
            return
        painter.setPen(QPen(colour, 1.2))
        if point.deviated:
            painter.setBrush(colour)
            painter.drawEllipse(centre, RADIUS, RADIUS)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRectF(centre.x() - RADIUS, centre.y() - RADIUS, RADIUS * 2, RADIUS * 2)
            )

    def point_at(self, where: QPointF) -> ChartPoint | None:
        near = [
            (abs(self.position(p).x() - where.x()) + abs(self.position(p).y() - where.y()), p)
            for p in self._data.points
            if not p.current
        ]
        hits = [(d, p) for d, p in near if d <= HIT * 2]
        return min(hits, key=lambda item: item[0])[1] if hits else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if point else Qt.CursorShape.ArrowCursor)
        if point is not None:
            self.setToolTip(self.tr("{}: klik om te openen").format(point.id))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        if point is not None and event.button() == Qt.MouseButton.LeftButton:
            self.point_clicked.emit(point.id)
        super().mouseReleaseEvent(event)


def point_colour(deviated: bool | None) -> QColor:
    """Deviated green, generic rule brown, undecided muted; the shape tells them apart too."""
    palette = theme.current()
    if deviated is None:
        return theme.qcolor(palette.muted_text)
    return theme.qcolor(palette.pro.text if deviated else palette.con.text)


def describe(data: ChartData) -> str:
    """The chart in words: where this dossier stands, and how the decided dossiers of its
    route are spread over the quarters."""
    sentences = []
    current = data.current
    if current is not None:
        sentences.append(
            QCoreApplication.translate(
                "BalanceChart",
                "Dit dossier staat in het kwart ‘{quarter}’: onevenredigheid {x} van 100, "
                "risico op willekeur {y} van 100.",
            ).format(
                quarter=shown_text(quadrant(current.x, current.y)),
                x=_out_of_100(current.x),
                y=_out_of_100(current.y),
            )
        )
    others = [p for p in data.points if not p.current]
    if data.route is None:
        sentences.append(
            QCoreApplication.translate(
                "BalanceChart",
                "Er is nog geen route gekozen, dus geen dossier om mee te vergelijken.",
            )
        )
    elif not others:
        sentences.append(
            QCoreApplication.translate(
                "BalanceChart", "Er zijn nog geen besloten dossiers van dezelfde route."
            )
        )
    else:
        deviated = sum(1 for p in others if p.deviated)
        counted = (
            QCoreApplication.translate(
                "BalanceChart",
                "1 besloten dossier van dezelfde route: {deviated} met maatwerk, {generic} "
                "volgens de algemene regel.",
            )
            if len(others) == 1
            else QCoreApplication.translate(
                "BalanceChart",
                "{count} besloten dossiers van dezelfde route: {deviated} met maatwerk, "
                "{generic} volgens de algemene regel.",
            )
        )
        sentences.append(
            counted.format(count=len(others), deviated=deviated, generic=len(others) - deviated)
        )
        spread = [
            f"{shown_text(name)} {sum(1 for p in others if quadrant(p.x, p.y) == name)}"
            for name in QUADRANTS.values()
        ]
        sentences.append(
            QCoreApplication.translate("BalanceChart", "Per kwart: {}.").format("; ".join(spread))
        )
    return " ".join(sentences)


def _out_of_100(value: float) -> int:
    return round(value * 100)
