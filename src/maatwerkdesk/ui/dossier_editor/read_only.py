"""Holding every editing control of the dossier editor shut, for a dossier that is read-only.

A dossier whose signed record was changed outside the program is read-only until a
functioneel beheerder has looked at it; the services refuse every change, and the editor
should not let anyone type first. Text fields become read-only, so they stay readable,
selectable and scrollable; buttons, choices and the lists and tables that edit become
disabled. Controls that only read or find something (open an attachment, the list of
criteria, the precedents) are named as `keep_open` and stay usable.

The tabs enable their own controls as their state changes, and build some on the way (a
criterion's considerations, a table's choices). So while engaged, the lock watches the
controls it holds: one that is enabled or made writable again is shut at once, and a new
one is shut when it is first polished, before it is shown. Released, each control gets the
state it had, or that its tab gave it since; the editor releases the lock before it shows
the next dossier, so the tabs then set their controls as that dossier needs.
"""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

TEXT = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
"""Made read-only: what they hold stays readable. (A QTextBrowser only shows.)"""
CONTROLS = (QAbstractButton, QComboBox, QAbstractItemView)
"""Disabled: buttons, choices, and the lists and tables that tick or edit."""
INNER = (QComboBox, QAbstractSpinBox, QTabBar)
"""Whose own parts (an inner line edit, scroll arrows) follow them."""
WATCHED = (QEvent.Type.EnabledChange, QEvent.Type.ReadOnlyChange, QEvent.Type.ChildPolished)


class EditingLock(QObject):
    def __init__(self, root: QWidget, keep_open: Iterable[QWidget] = ()) -> None:
        super().__init__(root)
        self._root = root
        self._keep_open = set(keep_open)
        self._engaged = False
        self._busy = False
        self._wishes: dict[QWidget, bool] = {}
        """Per control held shut: writable (text) or enabled (others), as its tab wants it."""
        self._palettes: dict[QWidget, QPalette] = {}
        """The colours of each text field held shut, as it had them."""

    @property
    def engaged(self) -> bool:
        return self._engaged

    def keep_open(self, controls: Iterable[QWidget]) -> None:
        """Also keep `controls` open: those of a tab built after the lock (before they are
        first shown)."""
        self._keep_open.update(controls)

    def engage(self, engaged: bool) -> None:
        """Hold the editing controls shut, or give them back."""
        if engaged:
            self._engaged = True
            self._cover(self._root)
        elif self._engaged:
            self._engaged = False
            self._release()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._engaged and not self._busy and event.type() in WATCHED:
            if isinstance(event, QChildEvent):
                child = event.child()
                if isinstance(child, QWidget):
                    self._cover(child)
            elif watched in self._wishes and isinstance(watched, QWidget) and _open(watched):
                self._wishes[watched] = True  # its tab opened it: shut it again, for now
                self._shut(watched)
        return False

    # ------------------------------------------------------------------ helpers

    def _cover(self, top: QWidget) -> None:
        for widget in (top, *top.findChildren(QWidget)):
            if self._left_open(widget):
                continue
            widget.installEventFilter(self)  # also containers: they tell of new children
            if isinstance(widget, TEXT + CONTROLS) and not isinstance(widget, QTextBrowser):
                if widget not in self._wishes:
                    self._wishes[widget] = _open(widget)
                self._shut(widget)

    def _left_open(self, widget: QWidget) -> bool:
        """Kept open, part of a control that is, or of a popup or another window."""
        current: QWidget | None = widget
        while current is not None and current is not self._root:
            if current in self._keep_open or current.isWindow():
                return True
            parent = current.parentWidget()
            if isinstance(parent, INNER):
                return True
            current = parent
        return current is None  # not under the root

    def _shut(self, widget: QWidget) -> None:
        self._busy = True
        try:
            if isinstance(widget, TEXT):
                widget.setReadOnly(True)
                if widget not in self._palettes:  # looks read-only too, not only is
                    self._palettes[widget] = widget.palette()
                    shut = widget.palette()
                    shut.setColor(QPalette.ColorRole.Base, shut.color(QPalette.ColorRole.Window))
                    widget.setPalette(shut)
            else:
                widget.setEnabled(False)
        finally:
            self._busy = False

    def _release(self) -> None:
        wishes, self._wishes = self._wishes, {}
        palettes, self._palettes = self._palettes, {}
        for widget, palette in palettes.items():
            if shiboken6.isValid(widget):
                widget.setPalette(palette)
        for widget, wish in wishes.items():
            if not shiboken6.isValid(widget):  # removed while the lock held it
                continue
            if isinstance(widget, TEXT):
                widget.setReadOnly(not wish)
            else:
                widget.setEnabled(wish)


def _open(widget: QWidget) -> bool:
    """Whether its tab has it writable (text) or enabled (others)."""
    if isinstance(widget, TEXT):
        return not widget.isReadOnly()
    return not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
