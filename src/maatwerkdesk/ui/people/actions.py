"""The main window's people actions: "Wie bent u?", switching user, managing users and the
organisation's details."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QMainWindow

from maatwerkdesk.domain.people import User
from maatwerkdesk.services import users
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dialogs import Dialogs
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.organisation_dialog import open_organisation_dialog
from maatwerkdesk.ui.people.users_dialog import UsersDialog
from maatwerkdesk.ui.people.who_are_you import WhoAreYouDialog
from maatwerkdesk.ui.people.workstation import guest, remember

log = logging.getLogger(__name__)


class PeopleActions(QObject):
    """Asks who works here and sets `workspace.user`, so every service call acts as them.

    The dialogs are opened, not executed: the window keeps painting and loading behind
    them. Signal: `user_changed()` once `workspace.user` was set.
    """

    user_changed = Signal()

    def __init__(self, window: QMainWindow, workspace: Workspace, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._settings = settings
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(window, workspace, lambda: self.dialogs)

    def ask(self, *, first_start: bool) -> None:
        """Ask who works here; at the first start, cancelling means working as a reader."""
        everyone = self._calls.run(
            self.tr("Wie bent u?"), lambda s: users.list_users(s, include_inactive=True)
        )
        if everyone is None:  # the database failed, and said so
            if first_start:
                self._settle(guest())
            return
        dialog = WhoAreYouDialog(
            self._calls,
            everyone,
            self._workspace.user,
            first_start=first_start,
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.user is not None:
                self._settle(dialog.user)
            elif first_start:
                self._settle(guest())

        dialog.finished.connect(finished)
        dialog.open()

    def manage(self) -> None:
        dialog = UsersDialog(self._calls, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def organisation(self) -> None:
        """The organisation's details for letters; the services refuse anyone else."""
        dialog = open_organisation_dialog(self._calls, self._window)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _settle(self, user: User) -> None:
        self._workspace.user = user
        remember(self._settings, user)
        log.info("Working as %s at this workstation", "/".join(user.roles))  # no names: privacy
        self.user_changed.emit()
