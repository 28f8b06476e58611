"""What the program asks of a PostgreSQL server's own rules (migration 0012): the audit
trail written by the server, and who the session's login is.

On a server the login proves who one is; on SQLite there is no login and these are not
used. See docs/team-server.md.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

GROUP_PREFIX = "maatwerkdesk_"
"""A MaatwerkDesk role's group role on the server: `maatwerkdesk_behandelaar`."""
CHANGES_CHANNEL = "maatwerkdesk_changes"
"""What the audit function notifies, with the sequence number of a record that is no read."""


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def group_role(role: str) -> str:
    return f"{GROUP_PREFIX}{role}"


def write_audit(session: Session, records: Sequence[dict[str, Any]]) -> int:
    """Add `records` (action, name, object_type, object_id, dossier_id, result, origin,
    actor, digest) to the trail through the server's function, in this transaction; the
    server numbers and chains them and takes the actor from the login. The last number."""
    session.flush()  # the change the records describe goes first
    seq = session.scalar(
        text("SELECT maatwerkdesk_audit(CAST(:records AS jsonb))"),
        {"records": json.dumps(list(records), ensure_ascii=False)},
    )
    assert isinstance(seq, int)
    return seq


def hold_audit(session: Session) -> None:
    """Hold the trail's head until this transaction ends: every other transaction that
    audits an act waits until then, so what this one read of the trail stays true."""
    session.execute(text("SELECT maatwerkdesk_audit_hold()"))


@dataclass(frozen=True)
class Login:
    """Who the session's login is to MaatwerkDesk."""

    name: str
    user_id: str | None
    """The user record keyed to the login, whether active or not; None if there is none."""
    privileged: bool
    """The database's owner or a superuser: the one with the database in hand."""


def session_login(session: Session) -> Login:
    row = session.execute(
        text(
            "SELECT session_user, (SELECT id FROM app_user WHERE login = session_user "
            "AND deleted_at IS NULL), maatwerkdesk_privileged()"
        )
    ).one()
    return Login(row[0], row[1], bool(row[2]))
