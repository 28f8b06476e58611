"""How the dossier list words its numbers and moments (plain Python, tested without Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only an annotation: the first window imports this module, not datetime
    from datetime import datetime


def format_count(count: int) -> str:
    """'Geen dossiers', '1 dossier', '1.234 dossiers' (Dutch thousands separator)."""
    if count == 0:
        return "Geen dossiers"
    number = f"{count:,}".replace(",", ".")
    return f"{number} dossier" if count == 1 else f"{number} dossiers"


def nothing_found(search: str) -> str:
    """What an empty list says when a search or filter narrowed it."""
    found = f"Geen dossiers gevonden voor ‘{search}’" if search else "Geen dossiers gevonden"
    return (
        f"{found} met deze filters. Zoek op een deel van een kenmerk, titel, naam of woord, of "
        "kies ‘Alle statussen’ en ‘Alle eigenaren’."
    )


def format_moment(value: datetime) -> str:
    """A stored UTC moment in the computer's local time, e.g. '28-11-2026 14:05'."""
    return f"{value.astimezone():%d-%m-%Y %H:%M}"
