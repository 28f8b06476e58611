"""What the audit trails tell a sync about a briefcase dossier without reading it whole
(docs/briefcase.md, "A push of additions").

Every act that changes a dossier is audited, on the laptop as on the team database: under
the dossier's id, or, for what its document shows of a meeting (the agenda) or of its
group (the group's title), under that meeting or group. So each side's trail is its
journal of changes. A briefcase row keeps, beside the version both sides started from
(`base`), how far each trail was read when it was taken: `server_seq` on the team
database, `laptop_seq` on the laptop. Then:

- on the laptop, a dossier whose acts since `laptop_seq` are only timeline entries added
  is `base` with those entries and its new `updated_at`;
- on the team database, a dossier with no act since `server_seq` (and at the revision of
  `base`) is `base` itself.

Each is made from `base` and a few rows, where reading a dossier whole takes a row of some
twenty tables per part of it. A dossier with any other act, or none on the laptop, is
read whole, as are those of a briefcase made before the marks were kept (NULL).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.exchange import ordered_entries, timestamp
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.mapping import timeline_entries
from maatwerkdesk.persistence.models import (
    AgendaItemRow,
    AuditRow,
    DossierGroupRow,
    DossierRow,
    GroupMemberRow,
    MeetingRow,
)
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


def changed_since(session: Session, bases: Mapping[str, Based]) -> set[str]:
    """Those of these dossiers with a changing act after their mark: on the dossier, or
    on a meeting or group its document shows (`shown_changed`)."""
    if not bases:
        return set()
    mark = min(based.seq for based in bases.values())
    own = _last_acts(session, AuditRow.dossier_id, list(bases), mark)
    return {d for d, seq in own if seq > bases[d].seq} | shown_changed(session, bases)


def shown_changed(session: Session, bases: Mapping[str, Based]) -> set[str]:
    """Those of these dossiers with a changing act after their mark on a meeting or group
    their document shows now or showed in `base`: such acts do not name the dossier."""
    if not bases:
        return set()
    mark = min(based.seq for based in bases.values())
    shown = _shown(session, bases)
    changed: set[str] = set()
    for kind in (MEETING, GROUP):
        objects = {o for by_kind in shown.values() for o in by_kind[kind]}
        last = dict(_last_acts(session, AuditRow.object_id, list(objects), mark, kind))
        changed.update(
            dossier_id
            for dossier_id, by_kind in shown.items()
            if any(last.get(o, 0) > bases[dossier_id].seq for o in by_kind[kind])
        )
    return changed


def unchanged(
    session: Session, bases: Mapping[str, Based], revisions: Mapping[str, int]
) -> dict[str, Documented]:
    """On the team database, with the trail held (`audit.hold_trail`): the documents of
    the dossiers with no changing act since their mark and still at the revision of their
    base (`revisions`: as stored now)."""
    changed = changed_since(session, bases)
    return {
        dossier_id: (based.base, revisions[dossier_id])
        for dossier_id, based in bases.items()
        if dossier_id not in changed and revisions.get(dossier_id) == based.revision
    }


MEETING, GROUP = "meeting", "group"
"""The objects besides the dossier whose acts change what its document shows."""


def _last_acts(
    session: Session, column: Any, keys: list[str], after: int, object_type: str | None = None
) -> list[tuple[str, int]]:
    """Per key of `column`, the last changing act after `after`."""
    found: list[tuple[str, int]] = []
    for chunk in in_chunks(keys):
        statement = (
            select(column, func.max(AuditRow.seq))
            .where(column.in_(chunk), AuditRow.seq > after, AuditRow.action.not_in(UNCHANGING))
            .group_by(column)
        )
        if object_type is not None:
            statement = statement.where(AuditRow.object_type == object_type)
        found += [(key, seq) for key, seq in session.execute(statement)]
    return found


def _shown(session: Session, bases: Mapping[str, Based]) -> dict[str, dict[str, set[str]]]:
    """The ids of the meetings and groups each dossier's document shows: on their agenda
    or in them now, or named in `base` (an agenda item taken off since leaves no row)."""
    ids = list(bases)
    shown = {dossier_id: {MEETING: set[str](), GROUP: set[str]()} for dossier_id in ids}
    named: dict[str, dict[str, set[str]]] = {MEETING: {}, GROUP: {}}
    for dossier_id, based in bases.items():
        (entry,) = based.base["dossiers"]
        for meeting in based.base.get("meetings", ()):
            named[MEETING].setdefault(meeting["reference"], set()).add(dossier_id)
        group = entry.get("record", {}).get("group")
        if group is not None:
            named[GROUP].setdefault(group["reference"], set()).add(dossier_id)
    for kind, model in ((MEETING, MeetingRow), (GROUP, DossierGroupRow)):
        for chunk in in_chunks(list(named[kind])):
            for object_id, reference in session.execute(
                select(model.id, model.reference).where(model.reference.in_(chunk))
            ):
                for dossier_id in named[kind][reference]:
                    shown[dossier_id][kind].add(object_id)
    for kind, column, model in (
        (MEETING, AgendaItemRow.meeting_id, AgendaItemRow),
        (GROUP, GroupMemberRow.group_id, GroupMemberRow),
    ):
        for chunk in in_chunks(ids):
            for dossier_id, object_id in session.execute(
                select(model.dossier_id, column).where(model.dossier_id.in_(chunk))
            ):
                shown[dossier_id][kind].add(object_id)
    return shown


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
    others |= shown_changed(session, {d: bases[d] for d in added if d not in others})
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
