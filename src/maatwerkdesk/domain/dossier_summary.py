"""One row of the dossier list, apart from the dossier's other values: the list shows its
first rows before the rest of the program is loaded (`persistence.first_page`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from maatwerkdesk.domain.vocabulary import DossierStatus


@dataclass(frozen=True)
class DossierSummary:
    """One row of the dossier list."""

    id: str
    reference: str
    title: str
    status: DossierStatus
    owner: str
    updated_at: datetime
    away: str = ""
    """'onderweg bij Anouk Verhoef (laptop LT-07) tot 12-12-2026 17:00' while a colleague
    has the dossier on loan (domain/lease.py); empty otherwise."""
