"""The language the windows speak, and Qt's translators for it.

Dutch is the source language: every text in the forms and the code is written in Dutch,
and English comes from `maatwerkdesk_en.qm` (built by scripts/build_translations.py).
Qt's own texts (standard buttons, file dialogs) come from its `qtbase_<language>.qm`.

The language is, first found: the environment variable MAATWERKDESK_LANGUAGE (screens
and tests), the setting "taal" in the window settings, the system's locale. Each is
"nl", "en" or "systeem" (follow the next). A system in any other language gets Dutch:
the users are Dutch caseworkers, and their dossiers are Dutch whatever their desktop says.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from maatwerkdesk import resources as package_resources  # type: ignore[attr-defined]  # mapped from resources/ by pyproject's package-dir, which mypy does not read
from maatwerkdesk.domain.sentence import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # the windows' too

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "nl"
LANGUAGES = (SOURCE_LANGUAGE, "en")
FOLLOW_SYSTEM = "systeem"
ENVIRONMENT_VARIABLE = "MAATWERKDESK_LANGUAGE"
SETTING = "taal"
APP_CATALOGUE = "maatwerkdesk"
TRANSLATIONS = Path(package_resources.__file__).parent / "i18n"
"""The app's compiled translations (package data): one maatwerkdesk_<language>.qm each."""


def chosen_language(environ: Mapping[str, str], setting: object, system: str) -> str:
    """The language to speak: the environment's, else the setting's, else the system's
    (a locale name such as "nl_NL", "en_GB" or "C"), else Dutch."""
    for source, value in (
        (ENVIRONMENT_VARIABLE, environ.get(ENVIRONMENT_VARIABLE)),
        (SETTING, setting),
    ):
        if value in LANGUAGES:
            return str(value)
        if value not in (None, "", FOLLOW_SYSTEM):
            log.warning("%s=%r is not a language of MaatwerkDesk; ignored", source, value)
    language = system.split("_")[0].split("-")[0]
    return language if language in LANGUAGES else SOURCE_LANGUAGE


def system_locale() -> str:
    """The system's locale name ("nl_NL"); by name, so that no enum type is built."""
    return QLocale.system().name()


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's texts in `language`, and the app's own unless it is the source language; the
    translators installed (a missing file is logged, and that part stays as it is)."""
    catalogues = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if language != SOURCE_LANGUAGE:
        catalogues.append((APP_CATALOGUE, str(TRANSLATIONS)))
    installed = []
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("Translations %s_%s were not found in %s", name, language, folder)
    return installed
