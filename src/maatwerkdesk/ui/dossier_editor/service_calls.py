"""Calling the services from the editor: one transaction a call, failures told kindly."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor.dialogs import ButtonRole, Choice, Dialogs, Tone
from maatwerkdesk.ui.origin import ORIGIN
from maatwerkdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")


class ServiceCaller:
    """What the editor and its sections share to reach the services and the caseworker.

    `dialogs` is asked for on every use, because tests replace the editor's `dialogs`.
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
        self, title: str, question: str, detail: str = "", *, verb: str = "Verwijderen"
    ) -> bool:
        """Ask before removing something; the safe answer is the default."""
        answer = self.dialogs.ask(
            self.parent,
            title,
            question,
            [
                Choice("remove", verb, ButtonRole.DestructiveRole),
                Choice("cancel", "Annuleren", ButtonRole.RejectRole),
            ],
            default="cancel",
            escape="cancel",
            detail=detail,
            tone=Tone.WARNING,
        )
        return answer == "remove"

    def inform_database_problem(self, what: str) -> None:
        self.warn(
            "Probleem met de database",
            f"{what} De database gaf een fout; de details staan in het logbestand. "
            "Uw tekst staat nog in het scherm. Probeer het over een moment opnieuw.",
        )

    def run(self, title: str, action: Callable[[Any], T]) -> T | None:
        """Run one service call in its own transaction; show expected failures."""
        return self._call(title, action, self.workspace.database.sessions.begin)

    def read(self, title: str, action: Callable[[Any], T]) -> T | None:
        """Like `run`, for a pure read: no write lock, and a write in it fails loudly."""
        return self._call(title, action, self.workspace.database.reads)

    def run_in_background(
        self,
        runner: TaskRunner,
        title: str,
        action: Callable[[Any], T],
        on_done: Callable[[T | None], object],
    ) -> None:
        """Like `run`, on `runner`'s thread, so the window keeps responding: `on_done` gets
        the result on the GUI thread (None after a failure, told as `run` tells it)."""
        begin = self.workspace.database.sessions.begin

        def work() -> T:
            with begin() as session:
                return action(session)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError | SQLAlchemyError):
                raise error
            self._tell(title, error)
            on_done(None)

        runner.run(work, on_done, failed)

    def _call(
        self, title: str, action: Callable[[Any], T], transaction: Callable[[], Any]
    ) -> T | None:
        try:
            with transaction() as session:
                return action(session)
        except (DomainError, SQLAlchemyError) as error:
            self._tell(title, error)
        return None

    def _tell(self, title: str, error: DomainError | SQLAlchemyError) -> None:
        """An expected failure, told kindly: a rule in Dutch, a database problem logged."""
        if isinstance(error, DomainError):
            self.warn(title, str(error))
            return
        log.error("%s failed", title, exc_info=error)
        self.inform_database_problem("Dit is niet gelukt.")
