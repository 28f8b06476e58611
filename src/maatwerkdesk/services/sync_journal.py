"""What the audit trails tell a sync about a briefcase dossier without reading it whole
(docs/briefcase.md, "A push of additions").

Every act that changes a dossier is audited under the dossier's id, on the laptop as on
the team database, so each side's trail is its journal of changes. A briefcase row keeps,
beside the version both sides started from (`base`), how far each trail was taken into
it: `server_seq`, the sequence number of the dossier's last changing act on the team
database, and `laptop_seq`, how far the laptop's trail had been read. Then:

- on the laptop, a dossier whose changing acts since `laptop_seq` are only timeline
  entries added is `base` with those entries and its new `updated_at`;
- on the team database, a dossier with no changing act since `server_seq` (and the
  revision of `base`) is `base` itself.

Each is made from `base` and a few rows, where reading a dossier whole takes a row of some
twenty tables per part of it. A dossier with any other act, or none on the laptop, is
read whole, as are those of a briefcase made before the marks were kept (NULL).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.exchange import ordered_entries, timestamp
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.mapping import timeline_entries
from maatwerkdesk.persistence.models import AuditRow, DossierRow
from maatwerkdesk.services.audit import Action

UNCHANGING = (Action.READ.value, Action.EXPORT.value)
"""Acts that change nothing of a dossier."""
ADDED_ENTRY = ("timeline.add", "timeline_entry")
"""The act of adding a timeline entry (services/dossiers.py), and what it names."""

Documented = tuple[dict[str, Any], int]
"""A dossier's exchange document and its revision, as a sync reads them."""


@dataclass(frozen=True)
class Based:
    """A briefcase dossier's `base` and a mark on one side's trail."""

    base: dict[str, Any]
    seq: int
    revision: int | None = None
    """The dossier's revision on the team database when `base` was taken there."""


def last_changes(session: Session, dossier_ids: Sequence[str]) -> dict[str, int]:
    """The sequence number of each dossier's last changing act here (absent: none)."""
    found: dict[str, int] = {}
    for chunk in in_chunks(list(dossier_ids)):
        found.update(
            session.execute(
                select(AuditRow.dossier_id, func.max(AuditRow.seq))
                .where(AuditRow.dossier_id.in_(chunk), AuditRow.action.not_in(UNCHANGING))
                .group_by(AuditRow.dossier_id)
            ).all()
        )
    return found


def unchanged(
    session: Session, bases: Mapping[str, Based], revisions: Mapping[str, int]
) -> dict[str, Documented]:
    """On the team database, with the trail held (`audit.hold_trail`): the documents of
    the dossiers with no changing act since their mark and still at the revision of their
    base (`revisions`: as stored now)."""
    last = last_changes(session, list(bases))
    return {
        dossier_id: (based.base, revisions[dossier_id])
        for dossier_id, based in bases.items()
        if last.get(dossier_id, 0) == based.seq and revisions.get(dossier_id) == based.revision
    }


def with_additions(session: Session, bases: Mapping[str, Based]) -> dict[str, Documented]:
    """On the laptop: the documents of the dossiers whose changing acts since their mark
    are timeline entries added, and at least one: `base` with those entries."""
    if not bases:
        return {}
    added: dict[str, list[str]] = {}
    others: set[str] = set()
    for chunk in in_chunks(list(bases)):
        acts = session.execute(
            select(AuditRow.dossier_id, AuditRow.seq, AuditRow.name, AuditRow.object_type)
            .add_columns(AuditRow.object_id)
            .where(
                AuditRow.dossier_id.in_(chunk),
                AuditRow.seq > min(bases[dossier_id].seq for dossier_id in chunk),
                AuditRow.action.not_in(UNCHANGING),
            )
        )
        for dossier_id, seq, name, object_type, object_id in acts:
            if seq <= bases[dossier_id].seq:
                continue
            if (name, object_type) == ADDED_ENTRY:
                added.setdefault(dossier_id, []).append(object_id)
            else:
                others.add(dossier_id)
    for dossier_id in others:
        added.pop(dossier_id, None)
    entries = timeline_entries(session, [e for ids in added.values() for e in ids])
    stored = _stored(session, list(added))
    documents: dict[str, Documented] = {}
    for dossier_id, ids in added.items():
        if dossier_id not in stored or any(entries.get(e, ("",))[0] != dossier_id for e in ids):
            continue  # removed since, or not live: read whole
        updated_at, revision = stored[dossier_id]
        base = bases[dossier_id].base
        (entry,) = base["dossiers"]
        new = [entries[e][1] for e in ids]
        documents[dossier_id] = (
            {
                **base,
                "dossiers": [
                    {
                        **entry,
                        "updated_at": updated_at,
                        **ordered_entries([*entry["timeline"], *new], entry["attachments"]),
                    }
                ],
            },
            revision,
        )
    return documents


def _stored(session: Session, dossier_ids: list[str]) -> dict[str, tuple[str, int]]:
    """The live dossiers' `updated_at` (as the exchange format writes it) and revision."""
    found = {}
    for chunk in in_chunks(dossier_ids):
        for dossier_id, updated_at, revision in session.execute(
            select(DossierRow.id, DossierRow.updated_at, DossierRow.revision).where(
                DossierRow.id.in_(chunk), DossierRow.deleted_at.is_(None)
            )
        ):
            found[dossier_id] = (timestamp(updated_at), revision)
    return found
