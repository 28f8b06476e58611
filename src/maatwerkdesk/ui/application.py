"""The QApplication: names from the app id, icon, its language (Dutch unless chosen
otherwise: ui/translation.py), window settings."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from maatwerkdesk import APP_ID, APP_NAME, __version__
from maatwerkdesk import resources as package_resources  # type: ignore[attr-defined]  # mapped from resources/ by pyproject's package-dir, which mypy does not read
from maatwerkdesk.ui.translation import (
    SETTING,
    chosen_language,
    install_translations,
    system_locale,
)

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
SETTINGS_FILE = "venster.ini"


def organisation_domain() -> str:
    """'maatwerkdesk.nl' from 'nl.maatwerkdesk.MaatwerkDesk'."""
    return ".".join(reversed(APP_ID.split(".")[:-1]))


def create_application(argv: list[str], settings: QSettings | None = None) -> QApplication:
    """The application, speaking the language chosen in the environment, in `settings`
    (the window settings, key "taal") or by the system (see ui/translation.py). Numbers
    and dates keep the Dutch notation in every language: the dossiers are Dutch."""
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(APP_ID.split(".")[1])
    QApplication.setOrganizationDomain(organisation_domain())
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv)
    QLocale.setDefault(DUTCH)
    setting = settings.value(SETTING) if settings is not None else None
    install_translations(app, chosen_language(os.environ, setting, system_locale()))
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def window_icon() -> QIcon | None:
    path = Path(package_resources.__file__).parent / "icons" / f"{APP_ID}.svg"
    return QIcon(str(path)) if path.is_file() else None


def window_settings(config_dir: Path) -> QSettings:
    """Window geometry and list layout, kept with the profile's other settings."""
    return QSettings(str(config_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
