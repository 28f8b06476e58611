"""The status bar while working in the laptop's briefcase."""

from __future__ import annotations

from datetime import datetime

from maatwerkdesk.services.workspace import server_place


def offline_text(waiting: int | None, server: str, synced_at: datetime | None = None) -> str:
    """'Offline — 3 wijzigingen wachten op de teamdatabase (maatwerk op db.gemeente.nl, nu
    niet bereikbaar)'; `waiting` None: not counted yet; `server` is the team database's
    URL; `synced_at`: when it answered last (the program still works in the briefcase)."""
    if waiting is None:
        counted = "de koffer wordt nagekeken"
    elif waiting == 0:
        counted = "geen wijzigingen wachten"
    elif waiting == 1:
        counted = "1 wijziging wacht"
    else:
        counted = f"{waiting} wijzigingen wachten"
    if synced_at is None:
        return (
            f"Offline — {counted} op de teamdatabase ({server_place(server)}, nu niet bereikbaar)"
        )
    return (
        f"Koffer — {counted} op de teamdatabase ({server_place(server)}, gesynchroniseerd "
        f"om {synced_at:%H:%M}; start MaatwerkDesk opnieuw om online te werken)"
    )
