"""A tab of the dossier editor whose panel is built when it is first needed.

The editor's panels (Toetsing, Precedenten, Afweging, Voorstel) together take longer to
build than one turn of the event loop may last, and most sessions open only some of them.
So each tab starts as an empty stand-in page; the panel is built, and takes the stand-in's
place at the same position with the same title, when its tab is first shown or when code
asks for the panel (`panel`), whichever comes first. Until then the editor has nothing to
tell it: a panel shows the dossier it is given when it is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget

P = TypeVar("P", bound=QWidget, covariant=True)
"""Covariant: the editor keeps its lazy tabs of several panels together."""


class LazyTab(Generic[P]):
    """One tab of `tabs`, titled `title`, holding the panel `build` makes.

    `prepare(panel)` runs once the panel is built, before it is shown (the editor gives it
    the dossier shown and whether that is read-only there).
    """

    def __init__(
        self,
        tabs: QTabWidget,
        title: str,
        build: Callable[[], P],
        prepare: Callable[[P], object],
    ) -> None:
        self._tabs = tabs
        self._title = title
        self._build = build
        self._prepare = prepare
        self._panel: P | None = None
        self._stand_in: QWidget | None = QWidget()
        tabs.addTab(self._stand_in, title)
        tabs.currentChanged.connect(self._on_current_changed)

    @property
    def panel(self) -> P:
        """The panel, built now if it was not yet."""
        if self._panel is None:
            self._panel = self._build()
            self._prepare(self._panel)
            self._replace_stand_in(self._panel)
        return self._panel

    @property
    def built(self) -> P | None:
        """The panel if it was built; None while the tab has never been needed."""
        return self._panel

    def _replace_stand_in(self, panel: QWidget) -> None:
        stand_in, self._stand_in = self._stand_in, None
        assert stand_in is not None
        tabs = self._tabs
        index, current = tabs.indexOf(stand_in), tabs.currentIndex()
        # Taking the tab out and putting the panel in its place moves the current tab
        # about for a moment; nobody needs to hear of that.
        with QSignalBlocker(tabs):
            tabs.removeTab(index)
            tabs.insertTab(index, panel, self._title)
            tabs.setCurrentIndex(current)
        stand_in.deleteLater()

    def _on_current_changed(self, index: int) -> None:
        if self._stand_in is not None and self._tabs.widget(index) is self._stand_in:
            _ = self.panel
