"""Who is acting and from where; every service call that touches a dossier carries one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from maatwerkdesk.domain.people import SYSTEM, Permission, User


@dataclass(frozen=True)
class Context:
    actor: str
    """The name recorded in the audit trail: the user's, or the workstation account's."""
    origin: str
    """Which interface: 'desktop', 'cli', 'import'; recorded in the audit trail."""
    today: date | None = None
    """Fixed in tests; None means the real date."""
    user: User = SYSTEM
    """The MaatwerkDesk user acting; its role decides what the services allow."""

    def current_date(self) -> date:
        return self.today or date.today()

    def require(self, permission: Permission) -> None:
        """Refuse the act, with a sentence naming the roles that may, unless the user may."""
        self.user.require(permission)
