"""The QApplication: names from the app id, icon, Dutch Qt dialogs, window settings."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from maatwerkdesk import APP_ID, APP_NAME, __version__
from maatwerkdesk import resources as package_resources  # type: ignore[attr-defined]  # mapped from resources/ by pyproject's package-dir, which mypy does not read

log = logging.getLogger(__name__)

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
SETTINGS_FILE = "venster.ini"


def organisation_domain() -> str:
    """'maatwerkdesk.nl' from 'nl.maatwerkdesk.MaatwerkDesk'."""
    return ".".join(reversed(APP_ID.split(".")[:-1]))


def create_application(argv: list[str]) -> QApplication:
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(APP_ID.split(".")[1])
    QApplication.setOrganizationDomain(organisation_domain())
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv)
    QLocale.setDefault(DUTCH)
    install_qt_translations(app)
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def install_qt_translations(app: QApplication) -> QTranslator | None:
    """Qt's own Dutch texts, so stock dialogs and buttons say 'Annuleren', not 'Cancel'."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(DUTCH, "qtbase", "_", folder) or not app.installTranslator(translator):
        log.warning("Qt's Dutch translations (qtbase_nl) were not found in %s", folder)
        return None
    return translator


def window_icon() -> QIcon | None:
    path = Path(package_resources.__file__).parent / "icons" / f"{APP_ID}.svg"
    return QIcon(str(path)) if path.is_file() else None


def window_settings(config_dir: Path) -> QSettings:
    """Window geometry and list layout, kept with the profile's other settings."""
    return QSettings(str(config_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
