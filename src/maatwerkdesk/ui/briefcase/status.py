"""The status bar while working offline in the laptop's briefcase."""

from __future__ import annotations


def offline_text(waiting: int | None, server: str) -> str:
    """'Offline — 3 wijzigingen wachten op de teamdatabase (…)'; None: not counted yet."""
    if waiting is None:
        counted = "de koffer wordt nagekeken"
    elif waiting == 0:
        counted = "geen wijzigingen wachten"
    elif waiting == 1:
        counted = "1 wijziging wacht"
    else:
        counted = f"{waiting} wijzigingen wachten"
    return f"Offline — {counted} op de teamdatabase ({server}, nu niet bereikbaar)"
