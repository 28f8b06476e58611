"""A tab of the dossier editor that shows a stored part of the dossier, read when seen.

The editor tells every tab which dossier it shows; a tab reads its part from the
database only when it becomes visible (or at once, when it already is), so switching
dossiers stays fast however many tabs there are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from maatwerkdesk.domain.concurrency import rebase
from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.domain.errors import ConcurrentEditError, DomainError
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui.common.service_calls import ServiceCaller

S = TypeVar("S")
V = TypeVar("V")
R = TypeVar("R")
TEXT_SAVE_DELAY_MS = 800

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Part(Generic[V, S, R]):
    """How a tab stores one part of the dossier from the revision it showed."""

    save: Callable[[Session, V, int], R]
    """Store a value from a revision (the service refuses a stale one)."""
    stored: Callable[[S], tuple[V, int]]
    """The value and revision a freshly read state of the tab holds."""


class DossierTab(QWidget, Generic[S]):
    """Subclasses give `_load` (read the state) and `_show_state` / `_show_nothing`."""

    title = ""
    """Names the tab in error messages ("Toetsing", "Precedenten"): in Dutch, marked with
    `QT_TRANSLATE_NOOP` in the subclass's own context (its class name), and translated in
    that context where it is shown (`shown_title`)."""

    stored = Signal()
    """A part of the dossier was stored from this tab (the editor's step states follow)."""

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
        state = self._calls.run(self.shown_title(), load)
        self._stale = False
        if state is not None:
            self._show_state(state)

    def state(self) -> S | None:
        return self._state

    def shown_title(self) -> str:
        """`title` in the user's language: translated in the context of the subclass that
        names it."""
        named_by = next((c for c in type(self).__mro__ if "title" in vars(c)), DossierTab)
        return QCoreApplication.translate(named_by.__name__, self.title)

    def commit_texts(self) -> None:
        """Store typed text that is still waiting for the save delay."""
        if not self._texts_pending:
            return
        self._texts_pending = False
        self._text_timer.stop()
        if self._state is not None:
            self._store_texts(self._state)

    def _store_over(
        self,
        title: str,
        part: Part[V, S, R],
        base: V,
        mine: V,
        revision: int,
    ) -> R | None:
        """Store `mine`, made on screen from `base` as stored at `revision`; None after a
        failure, told. When a colleague stored this part in the meantime, what they changed
        is kept: `mine` goes on top of their version (domain/concurrency.py: `rebase`) and
        is stored from their revision, and the tab shows both. Only when both changed the
        same thing is the caseworker told who changed it and when, and the tab shows their
        version."""
        record = self._record
        try:
            result = self._calls.attempt(lambda s: part.save(s, mine, revision))
        except ConcurrentEditError as error:
            newest = self._calls.run(title, self._loader(record.id)) if record else None
            if newest is None:
                return None
            theirs, their_revision = part.stored(newest)
            rebased = rebase(base, mine, theirs)
            if rebased.both:
                self._calls.tell(title, error)
                return None
            log.info("%s: stored over a colleague's change to other parts", self.title)
            stored = self._calls.run(title, lambda s: part.save(s, rebased.value, their_revision))
            self.refresh()  # the widgets show their part too from now on
            if stored is not None:
                self.stored.emit()
            return stored
        except DomainError as error:
            self._calls.tell(title, error)
            return None
        self.stored.emit()
        return result

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
