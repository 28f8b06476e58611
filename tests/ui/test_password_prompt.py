"""The team database's password is asked in words a person understands, shown as typed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.errors import PasswordNeededError
from maatwerkdesk.ui.password_prompt import ask_password

ACCOUNT = "<b>anouk</b>@db.gemeente.nl:5432/maatwerk"


def answer(text: str | None) -> list[str]:
    """Type `text` and confirm (None: cancel) in the dialog about to open; what it said."""
    seen: list[str] = []

    def act() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
        label = next(label for label in dialog.findChildren(QLabel) if "wachtwoord" in label.text())
        seen.append(label.text())
        seen.append(str(label.textFormat()))
        field = dialog.findChild(QLineEdit)
        assert field is not None
        seen.append(str(field.echoMode()))
        if text is None:
            dialog.reject()
        else:
            field.setText(text)
            dialog.accept()

    QTimer.singleShot(0, act)
    return seen


def test_the_password_is_asked_and_returned(qtbot: QtBot) -> None:
    seen = answer("geheim")
    needed = PasswordNeededError("…", account=ACCOUNT, refused=False)
    assert ask_password(None, needed) == "geheim"
    text, text_format, echo = seen
    assert text.startswith(f"De databaseserver vraagt het wachtwoord van {ACCOUNT}.")
    assert "PlainText" in text_format and "Password" in echo


def test_a_refused_password_is_asked_again_and_cancelling_gives_none(qtbot: QtBot) -> None:
    seen = answer(None)
    needed = PasswordNeededError("…", account=ACCOUNT, refused=True)
    assert ask_password(None, needed) is None
    assert seen[0].startswith("De databaseserver weigert het bewaarde wachtwoord van")
