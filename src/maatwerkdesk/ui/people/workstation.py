"""Who works at this workstation: the choice kept in the settings, and what it allows here.

The role decides what the services allow; what this module shows (the user in the status
bar, a read-only line in the editor) only spares people work that would be refused.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from maatwerkdesk.domain.errors import DatabaseError, NotFoundError
from maatwerkdesk.domain.people import (
    SYSTEM,
    Permission,
    Role,
    User,
)
from maatwerkdesk.services import users
from maatwerkdesk.services.workspace import Workspace, current_user
from maatwerkdesk.ui.common.vocabulary import person_text

if TYPE_CHECKING:
    from maatwerkdesk.ui.dossier_editor import DossierEditor

log = logging.getLogger(__name__)

SETTINGS_KEY = "workstation/user_id"
GUEST_ID = "werkplek"
"""The id of the reader who chose nobody; never stored in the database."""


def remembered_user(workspace: Workspace, settings: QSettings) -> User | None:
    """The user chosen earlier on this workstation, if they still exist and are active."""
    user_id = settings.value(SETTINGS_KEY)
    if not isinstance(user_id, str) or not user_id:
        return None
    try:
        with workspace.reading() as session:
            user = users.get_user(session, user_id)
    except NotFoundError:
        return None
    except DatabaseError as error:  # the window asks who works here instead
        log.warning("The remembered user could not be read (%s)", type(error).__name__)
        return None
    return user if user.active and not user.has(Role.SYSTEM) else None


def remember(settings: QSettings, user: User) -> None:
    """Keep a stored user for the next start; a guest is asked again next time."""
    if is_guest(user):
        settings.remove(SETTINGS_KEY)
    else:
        settings.setValue(SETTINGS_KEY, user.id)
    settings.sync()


def guest() -> User:
    """Who works here when nobody was chosen: a reader named after the workstation account."""
    return User(GUEST_ID, current_user(), (Role.READER,))


def is_guest(user: User) -> bool:
    return user.id == GUEST_ID


def acting_user(workspace: Workspace) -> User:
    """The user the services see: the chosen one, or the command line's SYSTEM (tests)."""
    return workspace.user or SYSTEM


def status_text(workspace: Workspace) -> str:
    """The status bar's user; empty while no person acts (the window in tests)."""
    user = workspace.user
    if user is None:
        return ""
    if is_guest(user):
        return QCoreApplication.translate(
            "MainWindow", "{} — kies wie u bent: Bestand › Gebruiker wisselen…"
        ).format(person_text(user))
    return person_text(user)


def show_rights(editor: DossierEditor, user: User) -> None:
    """Hide "Opslaan" from a user who cannot change dossiers (the editor says why over
    each dossier they open).

    Hidden, not disabled: the editor enables its save button on every edit.
    """
    editor.ui.save_button.setVisible(user.may(Permission.EDIT_DOSSIER))
    editor.show_integrity()  # "Beoordelen en vrijgeven…" is for a functioneel beheerder
