"""Asking the password of a team database once: the app keeps it in the keyring of the
operating system (services/workspace.py: keep_password) and never asks again until the
server refuses it (docs/team-server.md)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from maatwerkdesk.domain.errors import PasswordNeededError
from maatwerkdesk.ui.plain_text import plain_labels


def ask_password(parent: QWidget | None, needed: PasswordNeededError) -> str | None:
    """The password typed, or None when the person cancelled or typed none."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle("Wachtwoord van de teamdatabase")
    why = (
        "De databaseserver weigert het bewaarde wachtwoord van"
        if needed.refused
        else "De databaseserver vraagt het wachtwoord van"
    )
    dialog.setLabelText(
        f"{why} {needed.account}.\n\nHet wordt bewaard in de sleutelbos van deze computer; "
        "MaatwerkDesk vraagt het daarna niet opnieuw."
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText("Bewaren en verbinden")
    dialog.setCancelButtonText("Annuleren")
    plain_labels(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.textValue():
        return None
    return dialog.textValue()
