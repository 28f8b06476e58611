"""The team database's password is asked in words a person understands, shown as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.errors import PasswordNeededError
from maatwerkdesk.ui.password_prompt import PasswordDialog, ask_password

LOGIN = "<b>anouk</b>"


def needed(*, refused: bool) -> PasswordNeededError:
    return PasswordNeededError(
        "…", user=LOGIN, address="db.gemeente.nl:5432/maatwerk", refused=refused
    )


def answer(text: str | None) -> None:
    """Type `text` and confirm (None: close) in the dialog about to open."""

    def act() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PasswordDialog))
        if text is None:
            dialog.reject()
        else:
            dialog.ui.password_edit.setText(text)
            dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, act)


def test_the_question_names_the_server_and_login_as_typed_and_hides_the_password(
    qtbot: QtBot,
) -> None:
    dialog = PasswordDialog(needed(refused=False))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert (
        ui.question_label.text()
        == "De teamdatabase db.gemeente.nl:5432/maatwerk vraagt uw wachtwoord."
    )
    assert ui.login_label.text() == LOGIN
    assert ui.login_label.textFormat() == Qt.TextFormat.PlainText  # not bold: as typed
    assert ui.password_edit.echoMode() == QLineEdit.EchoMode.Password
    ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Verbinden" and not ok.isEnabled()
    ui.password_edit.setText("x")
    assert ok.isEnabled()
    assert "sleutelbos" in ui.storage_label.text()


def test_the_password_is_returned_and_closing_gives_none(qtbot: QtBot) -> None:
    answer("geheim")
    assert ask_password(needed(refused=False)) == "geheim"
    answer(None)
    assert ask_password(needed(refused=True)) is None


def test_a_refused_password_is_said_so(qtbot: QtBot) -> None:
    dialog = PasswordDialog(needed(refused=True))
    qtbot.addWidget(dialog)
    assert "weigert het wachtwoord" in dialog.ui.question_label.text()
