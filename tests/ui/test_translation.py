"""The windows' language: chosen by environment, setting or system, with Qt's translators."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from maatwerkdesk.ui.translation import (
    APP_CATALOGUE,
    ENVIRONMENT_VARIABLE,
    SETTING,
    TRANSLATIONS,
    chosen_language,
)


def test_the_compiled_english_translates_the_forms_and_the_main_window() -> None:
    translator = QTranslator()
    assert translator.load(f"{APP_CATALOGUE}_en", str(TRANSLATIONS))
    assert translator.translate("MainWindow", "&Bestand") == "&File"
    assert translator.translate("WhoAreYouDialog", "Wie bent u?") == "Who are you?"
    assert translator.translate("MainWindow", "Database: {}") == "Database: {}"
    assert translator.translate("MainWindow", "Vorige stap") == "Previous step"  # a constant
    assert translator.translate("MainWindow", "Geen tekst van het programma") == ""


@pytest.mark.parametrize(
    ("environ", "setting", "system", "language"),
    [
        ({}, None, "nl_NL", "nl"),
        ({}, None, "en_GB", "en"),
        ({}, None, "de_DE", "nl"),  # the users are Dutch
        ({}, None, "C", "nl"),
        ({}, "en", "nl_NL", "en"),
        ({}, "systeem", "en_US", "en"),
        ({ENVIRONMENT_VARIABLE: "nl"}, "en", "en_US", "nl"),
        ({ENVIRONMENT_VARIABLE: "systeem"}, "en", "nl_NL", "en"),
        ({ENVIRONMENT_VARIABLE: "fr"}, None, "en_US", "en"),  # not a language: ignored
    ],
)
def test_the_environment_goes_before_the_setting_before_the_system(
    environ: dict[str, str], setting: str | None, system: str, language: str
) -> None:
    assert chosen_language(environ, setting, system) == language


# Starts the app's QApplication and main window as app.run does, and tells what they say.
SPOKEN = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from maatwerkdesk.ui.application import create_application, window_settings
from maatwerkdesk.ui.main_window import MainWindow
settings = window_settings(Path(sys.argv[1]))
app = create_application(sys.argv[:1], settings)
window = MainWindow(settings)
print("MENUS", [action.text() for action in window.ui.menu_bar.actions()])
print("PLACEHOLDER", window.ui.placeholder_label.text())
buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons)
print("BUTTONS", [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)])
"""


def spoken(tmp_path: Path, **environ: str) -> list[str]:
    """What the main window and a message box say, started with `environ` for a locale."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SPOKEN, str(tmp_path)],
        env={**env, **environ},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


ENGLISH = ["MENUS ['&File', '&Edit', '&Help']", "PLACEHOLDER Opening the database…"]
DUTCH = ["MENUS ['&Bestand', 'Be&werken', '&Help']", "PLACEHOLDER Database openen…"]


@pytest.mark.parametrize(
    ("language", "system", "said"),
    [
        ("en", "nl_NL.UTF-8", [*ENGLISH, "BUTTONS ['&Yes', 'Cancel']"]),
        ("nl", "en_GB.UTF-8", [*DUTCH, "BUTTONS ['&Ja', 'Annuleren']"]),  # Qt's own, in Dutch
    ],
)
def test_the_main_window_and_qts_own_buttons_speak_the_language_chosen(
    tmp_path: Path, language: str, system: str, said: list[str]
) -> None:
    assert spoken(tmp_path, LANG=system, **{ENVIRONMENT_VARIABLE: language}) == said


def test_the_setting_chooses_where_the_environment_does_not(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING, "en")
    settings.sync()
    assert spoken(tmp_path, LANG="nl_NL.UTF-8")[0] == ENGLISH[0]


def test_the_system_chooses_without_environment_or_setting(tmp_path: Path) -> None:
    assert spoken(tmp_path, LANG="en_US.UTF-8")[0] == ENGLISH[0]
    assert spoken(tmp_path, LANG="C.UTF-8")[0] == DUTCH[0]
