"""Windows that fit the screen they open on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9


def fit_to_screen(widget: QWidget) -> None:
    """The form's size, but never more than nine tenths of the screen: a laptop shows all
    of the window, with its buttons."""
    room = widget.screen().availableGeometry().size() * SCREEN_SHARE
    widget.resize(widget.size().boundedTo(room))
