"""The status bar while working in the laptop's briefcase."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from maatwerkdesk.services.workspace import server_place
from maatwerkdesk.ui.common.vocabulary import shown_sentence


def offline_text(waiting: int | None, server: str, synced_at: datetime | None = None) -> str:
    """'Offline — 3 wijzigingen wachten op de teamdatabase (maatwerk op db.gemeente.nl, nu
    niet bereikbaar)'; `waiting` None: not counted yet; `server` is the team database's
    URL; `synced_at`: when it answered last (the program still works in the briefcase)."""
    if synced_at is None:
        if waiting is None:
            text = QCoreApplication.translate(
                "BriefcaseStatus",
                "Offline — de koffer wordt nagekeken op de teamdatabase ({server}, nu niet "
                "bereikbaar)",
            )
        elif waiting == 0:
            text = QCoreApplication.translate(
                "BriefcaseStatus",
                "Offline — geen wijzigingen wachten op de teamdatabase ({server}, nu niet "
                "bereikbaar)",
            )
        elif waiting == 1:
            text = QCoreApplication.translate(
                "BriefcaseStatus",
                "Offline — 1 wijziging wacht op de teamdatabase ({server}, nu niet bereikbaar)",
            )
        else:
            text = QCoreApplication.translate(
                "BriefcaseStatus",
                "Offline — {waiting} wijzigingen wachten op de teamdatabase ({server}, nu niet "
                "bereikbaar)",
            )
        return text.format(waiting=waiting, server=shown_sentence(server_place(server)))
    if waiting is None:
        text = QCoreApplication.translate(
            "BriefcaseStatus",
            "Koffer — de koffer wordt nagekeken op de teamdatabase ({server}, gesynchroniseerd "
            "om {time}; start MaatwerkDesk opnieuw om online te werken)",
        )
    elif waiting == 0:
        text = QCoreApplication.translate(
            "BriefcaseStatus",
            "Koffer — geen wijzigingen wachten op de teamdatabase ({server}, gesynchroniseerd "
            "om {time}; start MaatwerkDesk opnieuw om online te werken)",
        )
    elif waiting == 1:
        text = QCoreApplication.translate(
            "BriefcaseStatus",
            "Koffer — 1 wijziging wacht op de teamdatabase ({server}, gesynchroniseerd om "
            "{time}; start MaatwerkDesk opnieuw om online te werken)",
        )
    else:
        text = QCoreApplication.translate(
            "BriefcaseStatus",
            "Koffer — {waiting} wijzigingen wachten op de teamdatabase ({server}, "
            "gesynchroniseerd om {time}; start MaatwerkDesk opnieuw om online te werken)",
        )
    return text.format(
        waiting=waiting, server=shown_sentence(server_place(server)), time=f"{synced_at:%H:%M}"
    )
