"""How the dossier list words its numbers and moments (plain Python, tested without Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from maatwerkdesk.domain.text import dutch_number

if TYPE_CHECKING:  # only an annotation: the first window imports this module, not datetime
    from datetime import datetime


def format_count(count: int) -> str:
    """'Geen dossiers', '1 dossier', '1.234 dossiers' (Dutch thousands separator)."""
    if count == 0:
        return QCoreApplication.translate("DossierListPane", "Geen dossiers")
    if count == 1:
        return QCoreApplication.translate("DossierListPane", "1 dossier")
    return QCoreApplication.translate("DossierListPane", "{} dossiers").format(dutch_number(count))


def nothing_found(search: str) -> str:
    """What an empty list says when a search or filter narrowed it."""
    if search:
        return QCoreApplication.translate(
            "DossierListPane",
            "Geen dossiers gevonden voor ‘{}’ met deze filters. Zoek op een deel van een "
            "kenmerk, titel, naam of woord, of kies ‘Alle statussen’ en ‘Alle eigenaren’.",
        ).format(search)
    return QCoreApplication.translate(
        "DossierListPane",
        "Geen dossiers gevonden met deze filters. Zoek op een deel van een kenmerk, titel, "
        "naam of woord, of kies ‘Alle statussen’ en ‘Alle eigenaren’.",
    )


def format_moment(value: datetime) -> str:
    """A stored UTC moment in the computer's local time, e.g. '28-11-2026 14:05'."""
    return f"{value.astimezone():%d-%m-%Y %H:%M}"
