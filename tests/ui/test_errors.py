"""Crash handling: redacted tracebacks, the crash dialog, routing of expected errors."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.errors import NotFoundError
from maatwerkdesk.ui import errors
from maatwerkdesk.ui.crash_dialog import CrashDialog
from maatwerkdesk.ui.errors import ErrorReporter, redacted_traceback
from maatwerkdesk.ui.translation import install_translations

PERSONAL = "Jan Jansen, BSN 111222333"


def failing_save() -> None:
    try:
        {}["sleutel met " + PERSONAL]
    except KeyError as error:
        raise ValueError(f"kon {PERSONAL} niet opslaan") from error


def caught() -> BaseException:
    try:
        failing_save()
    except ValueError as error:
        return error
    raise AssertionError("unreachable")


def test_traceback_keeps_code_lines_and_drops_messages() -> None:
    text = redacted_traceback(caught())
    assert "failing_save" in text
    assert "builtins.KeyError (message withheld)" in text
    assert text.rstrip().endswith("builtins.ValueError (message withheld)")
    assert "111222333" not in text  # the code lines name the variable, never its value


@pytest.fixture
def dutch_qt(qapp: QApplication):
    translators = install_translations(qapp, "nl")
    assert translators, "qtbase_nl.qm should ship with PySide6"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_crash_dialog_shows_copyable_details_and_the_log_file(
    qtbot: QtBot, tmp_path: Path, dutch_qt
) -> None:
    log_file = tmp_path / "logs" / "maatwerkdesk.log"
    dialog = CrashDialog(caught(), log_file)
    qtbot.addWidget(dialog)
    assert dialog.ui.details_edit.isReadOnly()
    assert "failing_save" in dialog.details()
    assert "MaatwerkDesk" in dialog.details().splitlines()[0]
    assert "111222333" not in dialog.details()
    assert str(log_file) in dialog.ui.log_label.text()
    assert "Wat nu?" in dialog.ui.advice_label.text()
    close = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Sluiten"  # Qt's own Dutch translation

    qtbot.mouseClick(dialog.ui.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.details()


def test_domain_errors_are_shown_as_a_message_not_a_crash(
    qtbot: QtBot, monkeypatch, caplog
) -> None:
    shown: list[tuple[str, Qt.TextFormat]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat()))
    )
    monkeypatch.setattr(CrashDialog, "exec", lambda self: pytest.fail("no crash dialog"))
    with caplog.at_level(logging.INFO):
        ErrorReporter(None).report(NotFoundError("Dit dossier bestaat niet (meer)."))
    assert shown == [("Dit dossier bestaat niet (meer).", Qt.TextFormat.PlainText)]
    assert "bestaat niet" not in caplog.text


def test_unexpected_errors_are_logged_without_messages_and_shown(
    qtbot: QtBot, monkeypatch, caplog
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self.details()))
    with caplog.at_level(logging.INFO):
        ErrorReporter(None).excepthook(ValueError, caught(), None)
    assert len(shown) == 1 and "failing_save" in shown[0]
    assert "Unexpected error" in caplog.text and "failing_save" in caplog.text
    assert "111222333" not in caplog.text


def test_errors_in_other_threads_reach_the_gui_thread(qtbot: QtBot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self.details()))
    reporter = ErrorReporter(None)
    monkeypatch.setattr(threading, "excepthook", reporter.thread_excepthook)
    worker = threading.Thread(target=failing_save)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "failing_save" in shown[0]


def test_qt_messages_go_to_the_log(caplog) -> None:
    with caplog.at_level(logging.DEBUG, logger="qt"):
        errors.qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "iets mis")
    assert caplog.records[-1].levelno == logging.WARNING
    assert "iets mis" in caplog.text


def test_faulthandler_writes_into_the_log_folder_and_keeps_the_last_dump(tmp_path: Path) -> None:
    (tmp_path / errors.FAULT_LOG).write_text("Fatal Python error: Segmentation fault\n")
    try:
        path = errors.enable_faulthandler(tmp_path)
        assert path == tmp_path / errors.FAULT_LOG
        assert faulthandler.is_enabled()
        assert "Segmentation" in (tmp_path / "faulthandler.previous.log").read_text()
    finally:
        faulthandler.enable(sys.__stderr__)
