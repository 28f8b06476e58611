"""Who is acting and from where; every service call that touches a dossier carries one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Context:
    actor: str
    """The user as known on this workstation (later: the signed-in MaatwerkDesk user)."""
    origin: str
    """Which interface: 'desktop', 'cli', 'import'; recorded in the audit trail."""
    today: date | None = None
    """Fixed in tests; None means the real date."""

    def current_date(self) -> date:
        return self.today or date.today()
