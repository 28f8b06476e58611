"""What colleagues changed: the audit trail read as a feed of changes.

Every change is recorded in the audit trail in the transaction that makes it, numbered in
order (`seq`). A program remembers the last number it saw and, when its `ChangeSignal` says
something may have changed (persistence/change_signal.py), reads the changes recorded since:
what kind of record, which one, in which dossier, by whom and when. Reads, listings and
exports are recorded too, but are no change and are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.persistence.change_signal import ChangeSignal, change_signal
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services.audit import Result, chain_head
from maatwerkdesk.services.context import person_of
from maatwerkdesk.services.revisions import CHANGES

if TYPE_CHECKING:
    from maatwerkdesk.services.workspace import Workspace


@dataclass(frozen=True)
class Change:
    seq: int
    object_type: str
    """The audit trail's word for what changed: 'dossier', 'meeting', 'weighing', …"""
    object_id: str
    dossier_id: str | None
    actor: str
    at: datetime

    @property
    def person(self) -> str:
        return person_of(self.actor)


def changes_since(session: Session, seq: int) -> tuple[int, tuple[Change, ...]]:
    """The changes recorded after `seq`, oldest first, and the number to go on from."""
    head, _hash = chain_head(session)
    if head <= seq:
        return seq, ()
    rows = session.execute(
        select(
            AuditRow.seq,
            AuditRow.object_type,
            AuditRow.object_id,
            AuditRow.dossier_id,
            AuditRow.actor,
            AuditRow.at,
        )
        .where(
            AuditRow.seq > seq,
            AuditRow.seq <= head,
            AuditRow.action.in_(CHANGES),
            AuditRow.result == Result.OK.value,
        )
        .order_by(AuditRow.seq)
    )
    return head, tuple(Change(*row) for row in rows)


class ChangeFeed:
    """The changes made since this program started looking, one wait at a time."""

    def __init__(
        self, reading: Callable[[], AbstractContextManager[Session]], signal: ChangeSignal
    ) -> None:
        self._reading = reading
        self._signal = signal
        with reading() as session:
            self._seq, _hash = chain_head(session)

    def wait(self, timeout: float) -> tuple[Change, ...]:
        """Block up to `timeout` seconds; what changed since the last call (maybe nothing)."""
        if not self._signal.wait(timeout):
            return ()
        with self._reading() as session:
            self._seq, changes = changes_since(session, self._seq)
        return changes

    def close(self) -> None:
        self._signal.close()


def change_feed(workspace: Workspace) -> ChangeFeed:
    """The feed of the workspace's database, woken as its kind of database allows."""
    return ChangeFeed(workspace.reading, change_signal(workspace.database))
