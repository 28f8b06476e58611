"""A tab of the dossier editor that shows a stored part of the dossier, read when seen.

The editor tells every tab which dossier it shows; a tab reads its part from the
database only when it becomes visible (or at once, when it already is), so switching
dossiers stays fast however many tabs there are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui.dossier_editor.service_calls import ServiceCaller

S = TypeVar("S")
TEXT_SAVE_DELAY_MS = 800


class DossierTab(QWidget, Generic[S]):
    """Subclasses give `_load` (read the state) and `_show_state` / `_show_nothing`."""

    title = ""
    """Names the tab in error messages ("Toetsing", "Precedenten")."""

    def __init__(self, calls: ServiceCaller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._record: DossierRecord | None = None
        self._state: S | None = None
        self._stale = True
        self._catalogue_id: str | None = None
        """The catalogue chosen while nothing is stored yet (None: the suggested one)."""
        self._showing = False
        """True while widgets are being filled, so their signals are not taken as edits."""
        self.read_only = False
        """Set by the editor while the dossier is read-only (its record was changed outside
        the program): the editing controls are held shut, and shortcuts store nothing."""
        self._texts_pending = False
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._text_timer.timeout.connect(self.commit_texts)

    def show_record(self, record: DossierRecord | None) -> None:
        """Follow the editor to `record`; its state is read when the tab is seen."""
        self._before_switch()
        if record is None or self._record is None or record.id != self._record.id:
            self._catalogue_id = None
            self._forget_dossier()
        self._record = record
        self._stale = True
        if record is None:
            self._state = None
            self._show_nothing()
        elif self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the state again and show it."""
        record = self._record
        if record is None:
            return
        load = self._loader(record.id)
        state = self._calls.run(self.title, load)
        self._stale = False
        if state is not None:
            self._show_state(state)

    def state(self) -> S | None:
        return self._state

    def commit_texts(self) -> None:
        """Store typed text that is still waiting for the save delay."""
        if not self._texts_pending:
            return
        self._texts_pending = False
        self._text_timer.stop()
        if self._state is not None:
            self._store_texts(self._state)

    def _on_text_edited(self, *_args: object) -> None:
        """Typed text is stored a moment after typing stops (and before anything else)."""
        if not self._showing:
            self._texts_pending = True
            self._text_timer.start()

    def _store_texts(self, state: S) -> None:
        """Store the texts the widgets hold (tabs with typed text override this)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._record is not None:
            self.refresh()

    def reading_controls(self) -> tuple[QWidget, ...]:
        """Controls that only read or find something; they stay usable in a read-only
        dossier (see `read_only`)."""
        return ()

    def _loader(self, dossier_id: str) -> Callable[[Session], S]:
        raise NotImplementedError

    def _show_state(self, state: S) -> None:
        raise NotImplementedError

    def _show_nothing(self) -> None:
        raise NotImplementedError

    def _before_switch(self) -> None:
        """Store what is still waiting before another dossier is shown."""
        self.commit_texts()

    def _forget_dossier(self) -> None:
        """Drop choices that belong to the dossier shown until now."""
