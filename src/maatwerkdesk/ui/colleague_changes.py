"""Colleagues' changes, on the GUI thread, while they happen.

A worker waits for the database's change signal and reads what changed from the audit
trail (services/changes.py); the windows get the changes as a signal and refresh what
they show, or tell the caseworker when they hold unsaved work on something that changed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from maatwerkdesk.domain.concurrency import changed_by_line
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.palette import Meaning
from maatwerkdesk.services.changes import Change, ChangeFeed, change_feed
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.origin import ORIGIN
from maatwerkdesk.ui.common.plain_text import allow_long_words
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_sentence

log = logging.getLogger(__name__)

WAIT_S = 0.5
"""One wait of the worker: how long shutting down may have to wait for it."""
RETRY_MS = 5000
"""After a failed read (the database was busy or away): look again this much later."""


class ColleagueChanges(QObject):
    """Signal: `changed(changes)`, a tuple of `Change`, oldest first, never empty."""

    changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._runner = TaskRunner(self)
        self._feed: ChangeFeed | None = None
        self._opened: ChangeFeed | None = None
        self._stopped = False

    def start(self) -> None:
        """Start looking (on the worker: opening the feed reads the database)."""
        self._runner.run(self._open, self._on_started, self._on_failed)

    def _open(self) -> ChangeFeed:
        """On the worker. The feed is kept at once: a shutdown before its hand-over to the
        GUI thread must still close it (a listener holds a connection of its own)."""
        feed = self._opened = change_feed(self._workspace)
        return feed

    def is_watching(self) -> bool:
        """Whether changes are followed yet (from the moment the feed was opened)."""
        return self._feed is not None

    def shutdown(self) -> None:
        self._stopped = True
        self._runner.shutdown()  # an opening under way finishes first
        if self._opened is not None:
            self._opened.close()

    def _on_started(self, feed: ChangeFeed) -> None:
        self._feed = feed
        self._next()

    def _next(self) -> None:
        feed = self._feed
        if feed is None:
            self.start()
        elif not self._stopped:
            self._runner.run(lambda: feed.wait(WAIT_S), self._on_changes, self._on_failed)

    def _on_changes(self, changes: tuple[Change, ...]) -> None:
        if changes:
            self.changed.emit(changes)
        self._next()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        log.warning("Colleagues' changes could not be read (%s)", type(error).__name__)
        if not self._stopped:
            QTimer.singleShot(RETRY_MS, self, self._next)


def by_others(changes: Sequence[Change], workspace: Workspace) -> tuple[Change, ...]:
    """The changes someone else made: this program's own are already on its screen."""
    own = workspace.context(ORIGIN).actor
    return tuple(change for change in changes if change.actor != own)


class ColleagueNotice(QLabel):
    """A yellow line over unsaved work whose record a colleague changed meanwhile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colleague_notice")
        self.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.setWordWrap(True)
        self.setMargin(6)
        self.setStyleSheet(theme.banner("QLabel#colleague_notice", Meaning.WARNING))
        allow_long_words(self)
        self.setVisible(False)

    def tell(self, what: str, change: Change, next_step: str) -> None:
        """'Dossier MW-… is gewijzigd door Bert Bakker om 14:32. ' and what to do next."""
        self.say(f"{shown_sentence(changed_by_line(what, change.person, change.at))}. {next_step}")

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)
        self.setText("")
