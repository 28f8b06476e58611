"""Windows that open where they were last time, and fit the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9


def fit_to_screen(widget: QWidget) -> None:
    """The form's size, but never more than nine tenths of the screen: a laptop shows all
    of the window, with its buttons."""
    room = widget.screen().availableGeometry().size() * SCREEN_SHARE
    widget.resize(widget.size().boundedTo(room))


def restore_geometry(window: QWidget, settings: QSettings, key: str) -> None:
    """The size and place stored under `key` last time; else the window's own size, fitted
    to the screen (also when the stored place is on a screen that is gone)."""
    geometry = settings.value(key)
    if geometry is None or not window.restoreGeometry(geometry):
        fit_to_screen(window)


def save_geometry(window: QWidget, settings: QSettings, key: str) -> None:
    """Keep the window's size and place under `key` for `restore_geometry`."""
    settings.setValue(key, window.saveGeometry())
