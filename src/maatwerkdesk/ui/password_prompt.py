"""Asking once for a team database's password, when the server wants one.

The app opens the database with the password stored in the operating system's keyring. When
none is stored, or the server refuses it, this dialog asks for it; the app then opens the
database with what was typed, and the services store it in the keyring once the server
accepted it (services/workspace.py: open_workspace), so the question does not come back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from maatwerkdesk.domain.errors import PasswordNeededError
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.forms.ui_password_dialog import Ui_PasswordDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

STORED = QT_TRANSLATE_NOOP(
    "PasswordDialog",
    "MaatwerkDesk bewaart het wachtwoord in de sleutelbos van deze computer, zodat u het "
    "maar één keer hoeft te geven. Meldt u zich bij uw organisatie aan met Kerberos of een "
    "certificaat, dan is geen wachtwoord nodig: vraag uw functioneel beheerder.",
)
"""Translated (context "PasswordDialog") where it is shown."""


class PasswordDialog(QDialog):
    def __init__(self, need: PasswordNeededError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        plain_labels(self)  # the login and address are shown as they are
        ui = self.ui
        if need.refused:
            question = self.tr(
                "De teamdatabase {} weigert het wachtwoord dat bewaard was of dat u gaf. Geef "
                "het juiste wachtwoord."
            )
        else:
            question = self.tr("De teamdatabase {} vraagt uw wachtwoord.")
        ui.question_label.setText(question.format(need.address))
        ui.login_label.setText(need.user)
        ui.storage_label.setText(self.tr(STORED))
        ui.storage_label.setStyleSheet(theme.muted_label())
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Verbinden"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afsluiten"))
        ok.setEnabled(False)
        ui.password_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        ui.password_edit.setFocus()

    def password(self) -> str:
        return self.ui.password_edit.text()


def ask_password(need: PasswordNeededError, parent: QWidget | None = None) -> str | None:
    """The password typed, or None when the user would rather stop."""
    dialog = PasswordDialog(need, parent)
    return dialog.password() if dialog.exec() == QDialog.DialogCode.Accepted else None
