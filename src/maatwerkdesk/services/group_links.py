"""Which group a dossier belongs to, read and kept without the rest of the group's rules:
what the dossier's check, the editor, the exchange and a sync need (services/groups.py
has the acts)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import ColumnElement, ColumnExpressionArgument, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.exchange_record import ExchangedGroup
from maatwerkdesk.domain.groups import GroupLink, MemberCheck, current_check
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import DossierGroupRow, GroupMemberRow
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier

OBJECT_TYPE = "group"
"""The audit trail's word for a group act."""


def audit_group(
    session: Session, context: Context, name: str, group_id: str, dossier_id: str | None = None
) -> None:
    """Record a group act ('group.create', 'group.check', …); member acts name the dossier."""
    action = {"group.read": Action.READ, "group.create": Action.CREATE}.get(name, Action.UPDATE)
    record(
        session,
        context,
        action,
        name,
        object_type=OBJECT_TYPE,
        object_id=group_id,
        dossier_id=dossier_id,
    )


def live_member(session: Session, dossier_id: str) -> GroupMemberRow | None:
    return session.scalar(select(GroupMemberRow).where(member_of(dossier_id)))


def member_of(dossier_id: ColumnExpressionArgument[str] | str) -> ColumnElement[bool]:
    """SQL: the live membership row is the dossier's."""
    return (GroupMemberRow.dossier_id == dossier_id) & GroupMemberRow.deleted_at.is_(None)


def link_of(member: GroupMemberRow | None, group: DossierGroupRow | None) -> GroupLink | None:
    """What the member dossier shows of its group, from the two rows (None: in no group)."""
    if member is None or group is None or group.deleted_at is not None:
        return None
    state = MemberCheck(member.check_state)
    check = current_check(state, member.checked_version, group.decision_version)
    return GroupLink(group.id, group.reference, group.title, check)


def group_links(session: Session, dossier_ids: Sequence[str]) -> dict[str, GroupLink]:
    """The group of each of these dossiers that is in one."""
    links: dict[str, GroupLink] = {}
    for chunk in in_chunks(list(dossier_ids)):
        rows = session.execute(
            select(GroupMemberRow, DossierGroupRow)
            .join(DossierGroupRow, DossierGroupRow.id == GroupMemberRow.group_id)
            .where(GroupMemberRow.dossier_id.in_(chunk), member_of(GroupMemberRow.dossier_id))
        )
        for member, group in rows:
            link = link_of(member, group)
            if link is not None:
                links[member.dossier_id] = link
    return links


def group_link(session: Session, dossier_id: str) -> GroupLink | None:
    return group_links(session, [dossier_id]).get(dossier_id)


COPIED_PATTERN = (
    "Overgenomen met een dossier uit een andere database: het gedeelde knelpunt en het "
    "groepsbesluit staan in de database waar de groep is gemaakt."
)


def keep_links(session: Session, context: Context, links: Mapping[str, ExchangedGroup]) -> None:
    """Keep the group an imported or synced dossier names (by dossier id): it becomes a
    member of the group with that reference here, or of a copy that only names it (title,
    the dossier's rule) when there is none. A dossier in a group here stays in that one."""
    for dossier_id, exchanged in links.items():
        if live_member(session, dossier_id) is not None:
            continue
        group_id = session.scalar(
            select(DossierGroupRow.id).where(DossierGroupRow.reference == exchanged.reference)
        )
        if group_id is None:
            dossier = live_dossier(session, dossier_id)
            row = DossierGroupRow(
                reference=exchanged.reference,
                title=exchanged.title,
                regulation=dossier.regulation,
                article=dossier.article,
                pattern=COPIED_PATTERN,
                motivation="",
                decision_version=0,
            )
            session.add(row)
            session.flush()
            group_id = row.id
            audit_group(session, context, "group.copy", group_id)
        add_member_row(session, context, group_id, dossier_id)


def add_member_row(session: Session, context: Context, group_id: str, dossier_id: str) -> None:
    """The dossier joins the group with its check still open; audited as a group act."""
    session.add(
        GroupMemberRow(
            group_id=group_id,
            dossier_id=dossier_id,
            check_state=MemberCheck.OPEN.value,
            circumstances="",
            checked_version=0,
        )
    )
    session.flush()
    audit_group(session, context, "group.member.add", group_id, dossier_id)
