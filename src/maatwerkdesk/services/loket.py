"""The loket across organisations: involve organisations in a dossier, refer it on, record
the citizen's consent and its withdrawal, and record what is shared with whom.

Every act is a change of the dossier: refused for a reader, for a dossier on loan to
someone else (before any other reason) and for one whose signed record was changed outside
the program. A signed dossier keeps its loket: referrals and handovers go on after the
decision, and none of this changes what was signed. A laptop's briefcase holds a copy of
the loket to read; a sync does not carry it back, so an act there is refused.

Every sharing goes into the audit trail as an export of the dossier; its record names the
sharing and carries the SHA-256 of whom, what and on which basis, so a sharing row changed
afterwards no longer matches its audit record (`sharing_digest`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.errors import NotFoundError, ValidationError
from maatwerkdesk.domain.loket import (
    MINIMAL,
    Basis,
    Consent,
    FieldGroup,
    Ground,
    Involvement,
    InvolvementRole,
    Loket,
    Referral,
    ReferralStatus,
    Sharing,
    checked_basis,
    clean_note,
    next_referral_status,
    refuse_uncovered,
    refuse_withdrawal,
    validate_consent_groups,
)
from maatwerkdesk.domain.organisation_list import OrganisationList, bundled_organisation_list
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.models import (
    LoketConsentRow,
    LoketInvolvementRow,
    LoketReferralRow,
    LoketSharingRow,
)
from maatwerkdesk.services import team_records
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.signed import refuse_if_tampered
from maatwerkdesk.services.users import require

Row = TypeVar("Row", LoketInvolvementRow, LoketReferralRow, LoketConsentRow, LoketSharingRow)
SHARE = "loket.share"
"""The audit name of a sharing."""
_DATE_OF = {
    ReferralStatus.SENT: "sent_on",
    ReferralStatus.RECEIVED: "received_on",
    ReferralStatus.IN_PROGRESS: "started_on",
    ReferralStatus.DONE: "ended_on",
    ReferralStatus.NOT_TAKEN_UP: "ended_on",
}


@dataclass(frozen=True)
class SharingRequest:
    """What the caseworker wants to share: by default the minimum, pseudonymised."""

    organisation: str
    basis: Basis
    groups: frozenset[FieldGroup] = MINIMAL


def organisations() -> OrganisationList:
    return bundled_organisation_list()


def _audit(session: Session, context: Context, name: str, dossier_id: str, row_id: str) -> None:
    """Record a loket act ('loket.referral.add', …) on the row it made or changed."""
    action = Action.CREATE if name.endswith(".add") else Action.UPDATE
    record(
        session,
        context,
        Action.READ if name == "loket.read" else action,
        name,
        object_type="loket",
        object_id=row_id,
        dossier_id=dossier_id,
    )


def _refuse_unchangeable(session: Session, dossier_id: str) -> None:
    """Refuse a change of the dossier's loket now, saying what to do."""
    refuse_if_tampered(session, dossier_id)  # first of all: on loan to someone else
    team_records.refuse_in_briefcase(
        session,
        said(
            "loket",
            "Het loket wijzigt u in de teamdatabase; in de koffer op deze laptop is het alleen "
            "te lezen. Doe dit weer als u verbonden bent.",
        ),
    )
    live_dossier(session, dossier_id)


def _known(organisation: str) -> str:
    if organisation not in organisations().by_id:
        raise ValidationError(
            "organisation",
            said("loket", "Kies een organisatie uit de lijst (of ‘Andere organisatie’)."),
        )
    return organisation


def _rows(session: Session, table: type[Row], dossier_id: str) -> list[Row]:
    return list(
        session.scalars(
            select(table)
            .where(table.dossier_id == dossier_id, table.deleted_at.is_(None))
            .order_by(table.created_at, table.id)
        )
    )


def _referral(row: LoketReferralRow) -> Referral:
    steps = [(ReferralStatus.PROPOSED, row.proposed_on)]
    for status, column in _DATE_OF.items():
        day = getattr(row, column)
        ending = column == "ended_on" and row.status != status.value  # the other ending
        if day is not None and not ending:
            steps.append((status, day))
    return Referral(
        row.id,
        row.organisation,
        row.purpose,
        row.warm,
        ReferralStatus(row.status),
        tuple(steps),
        row.revision,
    )


def _consent(row: LoketConsentRow) -> Consent:
    return Consent(
        row.id,
        row.organisation,
        frozenset(FieldGroup(g) for g in row.groups),
        row.given_on,
        row.withdrawn_on,
        row.note,
    )


def _sharing(row: LoketSharingRow) -> Sharing:
    return Sharing(
        row.id,
        row.organisation,
        frozenset(FieldGroup(g) for g in row.groups),
        Basis(Ground(row.ground), row.consent_id or "", row.provision),
        row.shared_on,
        row.shared_by,
    )


def read_loket(session: Session, dossier_id: str) -> Loket:
    """The dossier's loket as stored, without an audit record (the caller makes one)."""
    return Loket(
        tuple(
            Involvement(r.id, r.organisation, InvolvementRole(r.role), r.note)
            for r in _rows(session, LoketInvolvementRow, dossier_id)
        ),
        tuple(_referral(r) for r in _rows(session, LoketReferralRow, dossier_id)),
        tuple(_consent(r) for r in _rows(session, LoketConsentRow, dossier_id)),
        tuple(_sharing(r) for r in _rows(session, LoketSharingRow, dossier_id)),
    )


def load_loket(session: Session, context: Context, dossier_id: str) -> Loket:
    require(session, context, Permission.READ)
    live_dossier(session, dossier_id)
    _audit(session, context, "loket.read", dossier_id, dossier_id)
    return read_loket(session, dossier_id)


def add_involvement(
    session: Session,
    context: Context,
    dossier_id: str,
    organisation: str,
    role: InvolvementRole,
    note: str = "",
) -> Loket:
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_unchangeable(session, dossier_id)
    row = LoketInvolvementRow(
        dossier_id=dossier_id,
        organisation=_known(organisation),
        role=role.value,
        note=clean_note(note, "involvement.note"),
    )
    session.add(row)
    session.flush()
    _audit(session, context, "loket.involvement.add", dossier_id, row.id)
    return read_loket(session, dossier_id)


def _row(
    session: Session, table: type[Row], dossier_id: str, row_id: str, missing: Sentence
) -> Row:
    """The dossier's live row `row_id` of `table`; NotFoundError `missing` otherwise."""
    row = session.get(table, row_id)
    if row is None or row.deleted_at is not None or row.dossier_id != dossier_id:
        raise NotFoundError(missing)
    return row


def remove_involvement(
    session: Session, context: Context, dossier_id: str, involvement_id: str
) -> Loket:
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_unchangeable(session, dossier_id)
    row = _row(
        session,
        LoketInvolvementRow,
        dossier_id,
        involvement_id,
        said("loket", "Deze organisatie hoort niet (meer) bij dit dossier. Vernieuw het scherm."),
    )
    row.deleted_at = utc_now()
    session.flush()
    _audit(session, context, "loket.involvement.remove", dossier_id, row.id)
    return read_loket(session, dossier_id)


def add_referral(
    session: Session,
    context: Context,
    dossier_id: str,
    organisation: str,
    purpose: str,
    *,
    warm: bool = False,
) -> Loket:
    """Propose a referral (a warm handover when `warm`) to an organisation, dated today."""
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_unchangeable(session, dossier_id)
    text = clean_note(purpose, "referral.purpose")
    if not text:
        raise ValidationError(
            "referral.purpose",
            said("loket", "Schrijf op waarvoor u verwijst: wat moet de organisatie doen?"),
        )
    row = LoketReferralRow(
        dossier_id=dossier_id,
        organisation=_known(organisation),
        purpose=text,
        warm=warm,
        status=ReferralStatus.PROPOSED.value,
        proposed_on=context.current_date(),
    )
    session.add(row)
    session.flush()
    _audit(session, context, "loket.referral.add", dossier_id, row.id)
    return read_loket(session, dossier_id)


def move_referral(
    session: Session,
    context: Context,
    dossier_id: str,
    referral_id: str,
    status: ReferralStatus,
    on: date | None = None,
) -> Loket:
    """Move a referral one step on, on `on` (today when None): not before its last step,
    not in the future."""
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_unchangeable(session, dossier_id)
    row = _row(
        session,
        LoketReferralRow,
        dossier_id,
        referral_id,
        said("loket", "Deze verwijzing hoort niet (meer) bij dit dossier. Vernieuw het scherm."),
    )
    wanted = next_referral_status(ReferralStatus(row.status), status)
    today = context.current_date()
    day = on or today
    last = _referral(row).dates[-1][1]
    if day > today or day < last:
        raise ValidationError(
            "referral.date",
            said(
                "loket",
                "Kies een datum van {day} tot en met vandaag; eerder dan de vorige stap of in de "
                "toekomst kan niet.",
            ).format(day=f"{last:%d-%m-%Y}"),
        )
    row.status = wanted.value
    setattr(row, _DATE_OF[wanted], day)
    row.updated_at = utc_now()
    session.flush()
    _audit(session, context, f"loket.referral.{wanted.value}", dossier_id, row.id)
    return read_loket(session, dossier_id)


def record_consent(
    session: Session,
    context: Context,
    dossier_id: str,
    organisation: str,
    groups: Iterable[FieldGroup],
    given_on: date | None = None,
    note: str = "",
) -> Loket:
    """Record the citizen's consent to share these field groups with the organisation."""
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_unchangeable(session, dossier_id)
    day = given_on or context.current_date()
    if day > context.current_date():
        raise ValidationError(
            "consent.given_on",
            said(
                "loket",
                "Een toestemming legt u vast als die gegeven is; kies vandaag of een eerdere datum.",
            ),
        )
    row = LoketConsentRow(
        dossier_id=dossier_id,
        organisation=_known(organisation),
        groups=sorted(g.value for g in validate_consent_groups(groups)),
        given_on=day,
        note=clean_note(note, "consent.note"),
    )
    session.add(row)
    session.flush()
    _audit(session, context, "loket.consent.add", dossier_id, row.id)
    return read_loket(session, dossier_id)


def withdraw_consent(
    session: Session, context: Context, dossier_id: str, consent_id: str, on: date | None = None
) -> Loket:
    """Record that the citizen withdrew the consent on `on` (today when None): from that
    day nothing is shared on it; what was shared before stays recorded."""
    require(session, context, Permission.EDIT_DOSSIER)
    _refuse_unchangeable(session, dossier_id)
    row = _row(
        session,
        LoketConsentRow,
        dossier_id,
        consent_id,
        said("loket", "Deze toestemming hoort niet (meer) bij dit dossier. Vernieuw het scherm."),
    )
    day = on or context.current_date()
    if day > context.current_date():
        raise ValidationError(
            "consent.withdrawn_on",
            said("loket", "Een intrekking legt u vast als die er is; kies vandaag."),
        )
    refuse_withdrawal(_consent(row), day)
    row.withdrawn_on = day
    row.updated_at = utc_now()
    session.flush()
    _audit(session, context, "loket.consent.withdraw", dossier_id, row.id)
    return read_loket(session, dossier_id)


def sharing_digest(sharing: Sharing) -> str:
    """SHA-256 of whom, what and on which basis, as the audit record of a sharing holds it."""
    content = {
        "organisation": sharing.organisation,
        "groups": sorted(g.value for g in sharing.groups),
        "ground": sharing.basis.ground.value,
        "consent": sharing.basis.consent_id,
        "provision": sharing.basis.provision,
        "shared_on": sharing.shared_on.isoformat(),
    }
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def checked_request(
    session: Session, context: Context, dossier_id: str, request: SharingRequest
) -> SharingRequest:
    """The request with its basis checked against the dossier's consents today; refused
    with what to do when the basis does not carry it. Only reads."""
    organisation = _known(request.organisation)
    basis = checked_basis(request.basis)
    consent = None
    if basis.ground is Ground.CONSENT:
        row = session.get(LoketConsentRow, basis.consent_id)
        live = row is not None and row.deleted_at is None and row.dossier_id == dossier_id
        consent = _consent(row) if live and row is not None else None
    refuse_uncovered(
        organisation,
        organisations().name_of(organisation),
        frozenset(request.groups),
        basis,
        consent,
        context.current_date(),
    )
    return SharingRequest(organisation, basis, frozenset(request.groups))


def share_data(
    session: Session, context: Context, dossier_id: str, request: SharingRequest
) -> Sharing:
    """Record that these field groups of the dossier are shared with the organisation on
    the basis, and audit it; refused when the basis does not carry it."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    user.require(Permission.EXPORT)
    _refuse_unchangeable(session, dossier_id)
    clean = checked_request(session, context, dossier_id, request)
    row = LoketSharingRow(
        dossier_id=dossier_id,
        organisation=clean.organisation,
        groups=sorted(g.value for g in clean.groups),
        ground=clean.basis.ground.value,
        consent_id=clean.basis.consent_id or None,
        provision=clean.basis.provision,
        shared_on=context.current_date(),
        shared_by=user.id,
    )
    session.add(row)
    session.flush()
    sharing = _sharing(row)
    record(
        session,
        context,
        Action.EXPORT,
        SHARE,
        object_type="sharing",
        object_id=row.id,
        dossier_id=dossier_id,
        digest=sharing_digest(sharing),
    )
    return sharing
