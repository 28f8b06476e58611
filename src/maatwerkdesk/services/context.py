"""Who is acting and from where; every service call that touches a dossier carries one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from maatwerkdesk.domain.people import SYSTEM, User


@dataclass(frozen=True)
class Context:
    actor: str
    """The name recorded in the audit trail: the user's, or the workstation account's."""
    origin: str
    """Which interface: 'desktop', 'cli', 'import'; recorded in the audit trail."""
    today: date | None = None
    """Fixed in tests; None means the real date."""
    user: User = SYSTEM
    """Who says they are acting: only the id counts. The services read the user from the
    database on every call (`users.acting_user`), so a role, name or active flag carried
    here is never trusted."""

    def current_date(self) -> date:
        return self.today or date.today()


def acting_as(name: str, account: str) -> str:
    """The audit trail's actor for a chosen user at a workstation account: choosing a name
    is not signing in, so the trail shows who sat at the keyboard too."""
    return f"{name} (account {account})"


def person_of(actor: str) -> str:
    """The person's name in an actor `acting_as` made (as it stands otherwise)."""
    name, separator, rest = actor.rpartition(" (account ")
    return name if separator and rest.endswith(")") else actor
