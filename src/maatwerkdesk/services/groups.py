"""Group dossiers: create and edit a group, add and remove members, record the group
decision, check each member individually, and apply the group decision to a member.

Applying records the member's own decision (services/precedents.py `save_decision`): it
is checked against the member's factors as any decision, the one who applies it becomes
its proposer, and a chair who is neither signs it in the casuïstiekoverleg (four eyes).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.errors import NotFoundError, ValidationError
from maatwerkdesk.domain.groups import (
    REFERENCE_PREFIX,
    Group,
    GroupFields,
    GroupMember,
    MemberCheck,
    clean_circumstances,
    group_reference,
    member_decision,
    refuse_to_apply,
    refuse_to_join,
    refuse_to_leave,
    validate_group_decision,
    validate_group_fields,
)
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import (
    DossierGroupRow,
    DossierRow,
    GroupMemberRow,
)
from maatwerkdesk.services import precedents, team_records
from maatwerkdesk.services.audit import record_listing
from maatwerkdesk.services.away import refuse_if_away_for_actor
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.group_links import add_member_row, audit_group, live_member
from maatwerkdesk.services.signed import bound, is_signed, refuse_if_signed
from maatwerkdesk.services.signing import to_motivate
from maatwerkdesk.services.users import require


def _refuse_in_briefcase(session: Session) -> None:
    """A laptop's briefcase holds copies of the groups of the dossiers taken along, to show
    them; a group act there would not reach the team database, so it is refused."""
    team_records.refuse_in_briefcase(
        session,
        said(
            "groups",
            "Groepen wijzigt u in de teamdatabase; in de koffer op deze laptop zijn ze alleen te "
            "lezen. Doe dit weer als u verbonden bent.",
        ),
    )


def live_group(session: Session, group_id: str) -> DossierGroupRow:
    """The group's row; NotFoundError when it is not (or no longer) there."""
    row = session.get(DossierGroupRow, group_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(said("groups", "Deze groep bestaat niet (meer)."))
    return row


def find_group(session: Session, reference: str) -> str:
    """The id of the group with this reference (any case)."""
    missing = said("groups", "Er is geen groep met kenmerk {reference}.").format(
        reference=reference
    )
    return team_records.find_by_reference(session, DossierGroupRow, reference, missing)


def _next_reference(session: Session, year: int) -> str:
    prefix = f"{REFERENCE_PREFIX}-{year}-"
    return group_reference(
        year, team_records.next_number(session, DossierGroupRow.reference, prefix)
    )


def _decision_of(row: DossierGroupRow) -> Decision | None:
    if row.outcome_type is None:
        return None
    degree = (
        Degree(DegreeUnit(row.degree_unit), row.degree_value)
        if row.degree_unit is not None and row.degree_value is not None
        else None
    )
    return Decision(OutcomeType(row.outcome_type), degree, motivation=row.motivation)


def _member_rows(session: Session, group_id: str) -> list[tuple[GroupMemberRow, DossierRow]]:
    rows = session.execute(
        select(GroupMemberRow, DossierRow)
        .join(DossierRow, DossierRow.id == GroupMemberRow.dossier_id)
        .where(
            GroupMemberRow.group_id == group_id,
            GroupMemberRow.deleted_at.is_(None),
            DossierRow.deleted_at.is_(None),
        )
        .order_by(DossierRow.reference)
    )
    return [(member, dossier) for member, dossier in rows]


def _signed_ids(session: Session, dossier_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in in_chunks(list(dossier_ids)):
        found.update(
            session.scalars(
                select(DossierRow.id).where(DossierRow.id.in_(chunk), bound(DossierRow.id))
            )
        )
    return found


def _group(session: Session, row: DossierGroupRow) -> Group:
    members = _member_rows(session, row.id)
    signed = _signed_ids(session, [dossier.id for _member, dossier in members])
    return Group(
        row.id,
        row.reference,
        GroupFields(row.title, row.regulation, row.article, row.pattern),
        _decision_of(row),
        row.decision_version,
        tuple(
            GroupMember(
                dossier.id,
                dossier.reference,
                dossier.title,
                MemberCheck(member.check_state),
                member.circumstances,
                member.checked_by or "",
                member.checked_on,
                member.checked_version,
                dossier.id in signed,
            )
            for member, dossier in members
        ),
        row.revision,
        row.updated_at,
    )


def list_groups(session: Session, context: Context) -> list[Group]:
    """Every group, newest reference first, with its members."""
    require(session, context, Permission.READ)
    rows = session.scalars(
        select(DossierGroupRow)
        .where(DossierGroupRow.deleted_at.is_(None))
        .order_by(DossierGroupRow.reference.desc())
    )
    groups = [_group(session, row) for row in rows]
    record_listing(session, context, "group.list")
    return groups


def load_group(session: Session, context: Context, group_id: str) -> Group:
    require(session, context, Permission.READ)
    group = _group(session, live_group(session, group_id))
    audit_group(session, context, "group.read", group_id)
    return group


def create_group(session: Session, context: Context, fields: GroupFields) -> Group:
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_in_briefcase(session)
    clean = validate_group_fields(fields)
    row = DossierGroupRow(
        reference=_next_reference(session, context.current_date().year),
        title=clean.title,
        regulation=clean.regulation,
        article=clean.article,
        pattern=clean.pattern,
        motivation="",
        decision_version=0,
    )
    session.add(row)
    session.flush()
    audit_group(session, context, "group.create", row.id)
    return _group(session, row)


def update_group(
    session: Session,
    context: Context,
    group_id: str,
    fields: GroupFields,
) -> Group:
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_in_briefcase(session)
    row = live_group(session, group_id)
    clean = validate_group_fields(fields)
    row.title, row.regulation, row.article = clean.title, clean.regulation, clean.article
    row.pattern = clean.pattern
    row.updated_at = utc_now()
    session.flush()
    audit_group(session, context, "group.update", group_id)
    return _group(session, row)


def record_group_decision(
    session: Session, context: Context, group_id: str, decision: Decision
) -> Group:
    """Record the group decision. Every member's check was made against the one before, so
    each member is checked again before it is applied."""
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_in_briefcase(session)
    row = live_group(session, group_id)
    clean = validate_group_decision(decision)
    row.outcome_type = clean.outcome_type.value
    row.degree_unit = clean.degree.unit.value if clean.degree is not None else None
    row.degree_value = clean.degree.value if clean.degree is not None else None
    row.motivation = clean.motivation
    row.decision_version += 1
    row.updated_at = utc_now()
    session.flush()
    audit_group(session, context, "group.decision", group_id)
    return _group(session, row)


def add_member(session: Session, context: Context, group_id: str, dossier_id: str) -> Group:
    """Add the dossier to the group; refused when it is in a group already, or signed."""
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_in_briefcase(session)
    refuse_if_away_for_actor(session, dossier_id)  # before any other reason
    row = live_group(session, group_id)
    dossier = live_dossier(session, dossier_id)
    current = live_member(session, dossier_id)
    other = session.get(DossierGroupRow, current.group_id) if current is not None else None
    refuse_to_join(
        dossier.reference,
        other.reference if other is not None else None,
        is_signed(session, dossier_id),
    )
    refuse_if_signed(session, dossier_id)  # also: on loan to someone else, or tampered
    add_member_row(session, context, group_id, dossier_id)
    return _group(session, row)


def _member_row(session: Session, group: DossierGroupRow, dossier_id: str) -> GroupMemberRow:
    found = live_member(session, dossier_id)
    if found is None or found.group_id != group.id:
        reference = live_dossier(session, dossier_id).reference
        raise ValidationError(
            "group.members",
            said(
                "groups",
                "{reference} hoort niet bij groep {group}; dit kan alleen bij een lid van de "
                "groep.",
            ).format(reference=reference, group=group.reference),
        )
    return found


def remove_member(session: Session, context: Context, group_id: str, dossier_id: str) -> Group:
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_in_briefcase(session)
    refuse_if_away_for_actor(session, dossier_id)  # before any other reason
    row = live_group(session, group_id)
    member_row = _member_row(session, row, dossier_id)
    member = _group(session, row).member(dossier_id)
    assert member is not None
    refuse_to_leave(member)
    refuse_if_signed(session, dossier_id)
    member_row.deleted_at = utc_now()
    session.flush()
    audit_group(session, context, "group.member.remove", group_id, dossier_id)
    return _group(session, row)


def blocking(session: Session, context: Context, dossier_id: str, decision: Decision) -> list[str]:
    """What in the member's own check stands in the way of the group decision's outcome,
    as sentences: the decision does not rest on its factors, it contradicts a precedent,
    or the route's criteria or the weighing speak against it. Empty: nothing does."""
    try:
        checked, _state = precedents.checked_decision(session, context, dossier_id, decision)
    except ValidationError as error:
        return [error.message]
    departs, grounds = to_motivate(session, context, dossier_id, checked)
    problems: list[str] = []
    if departs:
        problems.append(
            said("groups", "de uitkomst gaat in tegen {precedents}").format(
                precedents=", ".join(departs)
            )
        )
    problems += [vocabulary_word(ground.label) for ground in grounds]
    return problems


def record_member_check(
    session: Session,
    context: Context,
    group_id: str,
    dossier_id: str,
    *,
    fits: bool,
    circumstances: str = "",
) -> Group:
    """Record the member's individual check: `fits` when no individual circumstances call
    for another outcome (refused while its own check stands in the way), otherwise which
    there are; the member is then decided on its own."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    _refuse_in_briefcase(session)
    refuse_if_away_for_actor(session, dossier_id)  # before any other reason
    row = live_group(session, group_id)
    member_row = _member_row(session, row, dossier_id)
    refuse_if_signed(session, dossier_id)
    text = clean_circumstances(fits, circumstances)
    group = _group(session, row)
    if fits:
        _refuse_blocked(session, context, group, dossier_id)
    elif member_row.check_state == MemberCheck.APPLIED.value:
        # The decision applied from the group no longer holds for this member.
        precedents.save_decision(session, context, dossier_id, None)
    member_row.check_state = (MemberCheck.FITS if fits else MemberCheck.INDIVIDUAL).value
    member_row.circumstances = text
    member_row.checked_by = user.id
    member_row.checked_on = context.current_date()
    member_row.checked_version = row.decision_version
    session.flush()
    audit_group(session, context, "group.check", group_id, dossier_id)
    return _group(session, row)


def _refuse_blocked(session: Session, context: Context, group: Group, dossier_id: str) -> None:
    if group.decision is None:
        raise ValidationError(
            "group.decision",
            said(
                "groups", "Groep {group} heeft nog geen groepsbesluit om tegen te controleren."
            ).format(group=group.reference),
        )
    problems = blocking(
        session, context, dossier_id, member_decision(group, context.current_date())
    )
    if problems:
        reference = live_dossier(session, dossier_id).reference
        listed = problems[0]
        for problem in problems[1:]:
            listed = said("groups", "{problems}; {problem}").format(
                problems=listed, problem=problem
            )
        raise ValidationError(
            "group.check",
            said(
                "groups",
                "De eigen toets van {reference} staat het groepsbesluit in de weg: {problems}. "
                "Leg de individuele omstandigheden vast en besluit over dit dossier afzonderlijk, "
                "of pas de toets aan.",
            ).format(reference=reference, problems=listed),
        )


def apply_group_decision(
    session: Session, context: Context, group_id: str, dossier_id: str
) -> Group:
    """Record the group decision as the member's decision, after its individual check; the
    member is then signed in the casuïstiekoverleg as any other dossier."""
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_in_briefcase(session)
    refuse_if_away_for_actor(session, dossier_id)  # before any other reason
    row = live_group(session, group_id)
    group = _group(session, row)
    reference = live_dossier(session, dossier_id).reference
    refuse_to_apply(group, group.member(dossier_id), reference)
    refuse_if_signed(session, dossier_id)
    _refuse_blocked(session, context, group, dossier_id)  # the dossier may have changed since
    precedents.save_decision(
        session, context, dossier_id, member_decision(group, context.current_date())
    )
    member_row = _member_row(session, row, dossier_id)
    member_row.check_state = MemberCheck.APPLIED.value
    session.flush()
    audit_group(session, context, "group.apply", group_id, dossier_id)
    return _group(session, row)


def group_by_reference(session: Session, context: Context, reference: str) -> Group:
    return load_group(session, context, find_group(session, reference))
