"""The one way the app's windows call the services: a unit of work a call, on the GUI
thread or a worker, and a refusal or database failure told as a warning.

The workspace's units of work (services/unit_of_work.py) turn the database's failures
into domain errors, so every expected failure here is a `DomainError` with a Dutch
message; anything else is a bug and goes on to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from maatwerkdesk.domain.errors import DatabaseError, DomainError
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice, Dialogs, Tone
from maatwerkdesk.ui.common.origin import ORIGIN
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_error

T = TypeVar("T")


class ServiceCaller:
    """What the windows share to reach the services and the caseworker.

    `dialogs` is asked for on every use, because tests replace a window's `dialogs`.
    Where a call says `what` ("Het dossier is niet opgeslagen."), a database failure is
    told after it: the database's message says why and what to do next.
    """

    def __init__(self, parent: QWidget, workspace: Workspace, dialogs: Callable[[], Dialogs]):
        self.parent = parent
        self.workspace = workspace
        self._dialogs = dialogs

    @property
    def dialogs(self) -> Dialogs:
        return self._dialogs()

    def context(self) -> Any:
        return self.workspace.context(ORIGIN)

    def warn(self, title: str, text: str) -> None:
        self.dialogs.inform(self.parent, title, text, tone=Tone.WARNING)

    def confirm_removal(
        self, title: str, question: str, detail: str = "", *, verb: str = ""
    ) -> bool:
        """Ask before removing something; the safe answer is the default. `verb` names the
        removing button (translated by the caller); "Verwijderen" when not given."""
        verb = verb or QCoreApplication.translate("ServiceCaller", "Verwijderen")
        answer = self.dialogs.ask(
            self.parent,
            title,
            question,
            [
                Choice("remove", verb, ButtonRole.DestructiveRole),
                Choice(
                    "cancel",
                    QCoreApplication.translate("ServiceCaller", "Annuleren"),
                    ButtonRole.RejectRole,
                ),
            ],
            default="cancel",
            escape="cancel",
            detail=detail,
            tone=Tone.WARNING,
        )
        return answer == "remove"

    def tell(self, title: str, error: DomainError, what: str = "") -> None:
        """A refusal or a failure of the database, as a warning."""
        text = shown_error(error)
        if what and isinstance(error, DatabaseError):
            text = f"{what} {text}"
        self.warn(title, text)

    def attempt(self, action: Callable[[Session], T], *, read: bool = False) -> T:
        """Run `action` in a unit of work of its own and return what it returns; raises the
        `DomainError` it failed with, for a caller that tells some failures its own way."""
        unit = self.workspace.reading if read else self.workspace.writing
        with unit() as session:
            return action(session)

    def run(self, title: str, action: Callable[[Session], T], *, what: str = "") -> T | None:
        """Run `action` in a unit of work that may write; None after a failure, told."""
        return self._telling(title, what, partial(self.attempt, action))

    def read(self, title: str, action: Callable[[Session], T], *, what: str = "") -> T | None:
        """Like `run`, for a pure read: no write lock, and a write in it fails loudly."""
        return self._telling(title, what, partial(self.attempt, action, read=True))

    def perform(self, title: str, action: Callable[[Session], object], *, what: str = "") -> bool:
        """Like `run`, for an action done for its effect: whether it succeeded."""

        def done(session: Session) -> bool:
            action(session)
            return True

        return self.run(title, done, what=what) is not None

    def run_in_background(
        self,
        runner: TaskRunner,
        title: str,
        action: Callable[[Session], T],
        on_done: Callable[[T | None], object],
    ) -> None:
        """Like `run`, on `runner`'s thread, so the window keeps responding: `on_done` gets
        the result on the GUI thread (None after a failure, told as `run` tells it)."""
        self.start(
            runner, title, lambda: self.attempt(action), on_done, on_failed=lambda _: on_done(None)
        )

    def start(
        self,
        runner: TaskRunner,
        title: str,
        work: Callable[[], T],
        on_done: Callable[[T], object],
        *,
        on_failed: Callable[[BaseException], object] | None = None,
        what: str = "",
    ) -> None:
        """Run `work` on `runner`'s thread; it opens its own units of work through the
        workspace (a session belongs to the thread that made it). Its result goes to
        `on_done` on the GUI thread; after a failure `on_failed` tidies up, then a
        `DomainError` is told and anything else goes on to the crash dialog."""

        def failed(error: BaseException) -> None:
            if on_failed is not None:
                on_failed(error)
            if not isinstance(error, DomainError):
                raise error
            self.tell(title, error, what)

        runner.run(work, on_done, failed)

    def _telling(self, title: str, what: str, work: Callable[[], T]) -> T | None:
        try:
            return work()
        except DomainError as error:
            self.tell(title, error, what)
        return None
