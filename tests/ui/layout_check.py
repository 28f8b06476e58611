"""Whether a window's widgets fit it: used by the layout tests of the editor and its steps."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QLayout, QScrollArea, QWidget


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _scroll_ancestors(widget: QWidget, stop: QWidget) -> list[QScrollArea]:
    found: list[QScrollArea] = []
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if inner is not None and inner.isAncestorOf(widget):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def _cut_off(label: QLabel, name: str) -> list[str]:
    """A label narrower than its longest word (or its line, if it does not wrap), or lower
    than its wrapped text."""
    if label.minimumSizeHint().width() > label.width() + 1:
        return [f"{name} is cut off at the side ({label.width()} px wide)"]
    if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 2:
        return [f"{name} is cut off at the bottom ({label.height()} px high)"]
    return []


def _unplaced(widget: QWidget, name: str) -> list[str]:
    """A named widget its parent's layout does not hold: two form rows given the same
    cell leave one of them lying on top of the page at its corner."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None or not widget.objectName() or name.startswith("qt_"):
        return []
    if any(held.indexOf(widget) >= 0 for held in (layout, *layout.findChildren(QLayout))):
        return []
    return [f"{name} is not placed by the layout of {parent.objectName() or 'its parent'}"]


def layout_problems(window: QWidget, root: QWidget, *, sideways: bool = True) -> list[str]:
    """What does not fit among `root`'s widgets: outside the window (across it, for what
    scrolls down), a label cut off, a widget no layout places, scroll areas inside scroll
    areas and, with `sideways`, any scrolling sideways."""
    problems: list[str] = []
    outer = window.rect()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        name = widget.objectName() or type(widget).__name__
        scrolls = _scroll_ancestors(widget, window)
        if isinstance(widget, QScrollArea) and scrolls:
            problems.append(f"{name} is a scroll area inside {scrolls[0].objectName()}")
        if (
            sideways
            and isinstance(widget, QAbstractScrollArea)
            and widget.horizontalScrollBar().isVisible()
        ):
            problems.append(f"{name} scrolls sideways")
        if isinstance(widget, QLabel) and widget.text():
            problems += _cut_off(widget, name)
        problems += _unplaced(widget, name)
        rect = _window_rect(widget, window)
        if scrolls:
            viewport = _window_rect(scrolls[0].viewport(), window)
            if rect.right() > viewport.right() + 1:
                problems.append(f"{name} reaches past the right of {scrolls[0].objectName()}")
        elif not outer.contains(rect):
            problems.append(f"{name} lies outside the window ({rect.getRect()})")
    return problems
