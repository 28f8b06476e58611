"""The recovery key is shown once, when the app makes (or encrypts, or re-keys) the database:
large, and printable; the dialog does not go away before the user says it is kept."""

from __future__ import annotations

import re
from pathlib import Path

from pdf_text import needs_poppler, pdf_text
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_app import start_app

from maatwerkdesk.domain.recovery_key import decode
from maatwerkdesk.infra import store_keys
from maatwerkdesk.persistence import cipher
from maatwerkdesk.services.store_keys import KeyNews, Unlocked
from maatwerkdesk.ui.recovery_key_dialog import RecoveryKeyDialog, shown
from maatwerkdesk.ui.translation import APP_CATALOGUE, TRANSLATIONS

KEY = bytes(range(32))


def dialog(qtbot: QtBot, news: KeyNews = KeyNews.NEW) -> RecoveryKeyDialog:
    made = RecoveryKeyDialog(Unlocked(Path("/profiel/data/maatwerkdesk.sqlite3"), KEY, news))
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_key_is_shown_in_two_lines_that_read_back_as_the_key(qtbot: QtBot) -> None:
    made = dialog(qtbot)
    ui = made.ui
    lines = ui.key_label.text().splitlines()
    assert len(lines) == 2 and lines[0].count("-") == 6
    assert decode(" ".join(lines)) == KEY
    assert "/profiel/data/maatwerkdesk.sqlite3" in ui.message_label.text()
    assert "maatwerkdesk key recover" in ui.message_label.text()


def test_it_closes_only_once_the_key_is_kept(qtbot: QtBot) -> None:
    made = dialog(qtbot)
    done = made.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not done.isEnabled()
    qtbot.keyClick(made, Qt.Key.Key_Escape)
    assert made.isVisible()
    made.ui.kept_check.setChecked(True)
    assert done.isEnabled()
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert not made.isVisible()


@needs_poppler
def test_it_prints_the_key_and_why(qtbot: QtBot, tmp_path: Path) -> None:
    made = dialog(qtbot, KeyNews.ROTATED)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "herstelsleutel.pdf"))
    made.choose_printer = lambda: printer  # type: ignore[method-assign]
    qtbot.mouseClick(made.ui.print_button, Qt.MouseButton.LeftButton)
    text = pdf_text((tmp_path / "herstelsleutel.pdf").read_bytes())
    assert shown(made._key).replace("\n", "-") in text.replace("\n", "")
    assert "vorige herstelsleutel werkt niet meer" in " ".join(text.split())


# Starts the app on an empty profile: reports the recovery key shown, keeps it, and quits
# once the question who works here follows.
FIRST_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

original_exec = QApplication.exec
seen = []

def poll():
    for widget in QApplication.topLevelWidgets():
        name = type(widget).__name__
        if name == "RecoveryKeyDialog" and widget.isVisible() and not seen:
            seen.append(name)
            print("KEY", widget.ui.key_label.text().replace("\\n", "-"), flush=True)
            widget.ui.kept_check.setChecked(True)
            widget.accept()
        elif widget.isVisible() and name not in ("MainWindow", "RecoveryKeyDialog"):
            if widget.isModal():
                print("THEN", name, flush=True)
                QApplication.quit()
                return
    QTimer.singleShot(20, poll)

def patched_exec():
    QTimer.singleShot(0, poll)
    QTimer.singleShot(30000, QApplication.quit)
    return original_exec()

QApplication.exec = staticmethod(patched_exec)
from maatwerkdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_first_start_shows_the_recovery_key_before_it_asks_who_works_here(
    tmp_path: Path,
) -> None:
    result = start_app(tmp_path, FIRST_START)
    assert result.returncode == 0, result.stderr
    shown_key = re.search(r"^KEY (\S+)$", result.stdout, re.MULTILINE)
    assert shown_key is not None, result.stdout
    database = tmp_path / "profile" / "data" / "maatwerkdesk.sqlite3"
    assert decode(shown_key.group(1)) == store_keys.read_key(cipher.salt_of(database))
    assert re.search(r"^THEN \w+$", result.stdout, re.MULTILINE), result.stdout
    again = start_app(tmp_path, FIRST_START)  # the second start shows no key
    assert "KEY" not in again.stdout


def test_the_services_sentences_reach_an_english_dialog_in_english(qtbot: QtBot) -> None:
    translator = QTranslator()
    assert translator.load(f"{APP_CATALOGUE}_en", str(TRANSLATIONS))
    QCoreApplication.installTranslator(translator)
    try:
        for news in KeyNews:
            shown_dialog = dialog(qtbot, news)
            message = shown_dialog.ui.message_label.text()
            assert "/profiel/data/maatwerkdesk.sqlite3" in message
            assert "It is shown only once." in message and "sleutel" not in message
    finally:
        QCoreApplication.removeTranslator(translator)
    dutch = dialog(qtbot)
    assert "U ziet hem maar één keer." in dutch.ui.message_label.text()
