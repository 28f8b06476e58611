"""Signing a decision: four eyes, a motivated departure where precedent contradicts it, a
motivated override where the program's check stands in the way, and a version signed with
the chair's personal key that enters the case base at once.

The chair of the meeting signs; never the person who recorded the proposal or owns the
dossier. The signed decision is written as the dossier's decision and the dossier becomes
Besloten, so the very next precedent check of a similar dossier under the same route is bound
by it. A change is a new version with a reason; the older versions stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.people import Permission, PermissionDeniedError, Role, User, same_person
from maatwerkdesk.domain.precedent_explanation import departed_precedents
from maatwerkdesk.domain.proposal import SignalKind
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.domain.signed_record import (
    Override,
    OverrideGround,
    RecordKind,
    Signer,
    override_grounds,
)
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, clean_text, joined
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.models import AgendaItemRow, ProposalRow
from maatwerkdesk.services import assessments, meetings
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_record import new_content, store_version
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.precedents import (
    PrecedentState,
    checked_decision,
    load_precedents,
    report_for,
)
from maatwerkdesk.services.signed import (
    TamperedRecordError,
    integrity_problems,
    is_signed,
    latest_signed,
)
from maatwerkdesk.services.signing_keys import signing_pair
from maatwerkdesk.services.users import acting_user, require
from maatwerkdesk.services.weighing import load_weighing


@dataclass(frozen=True)
class SignCheck:
    """What the chair sees before signing an agenda item."""

    decision: Decision | None
    """The conference's decision, or the caseworker's proposal while none is recorded."""
    departs_from: tuple[str, ...]
    """Precedents the decision contradicts or does not distinguish: a motivated departure."""
    override: tuple[OverrideGround, ...]
    """What in the program's check stands in the way: a motivated override."""
    problems: tuple[str, ...]
    """Why it cannot be signed now, as sentences; empty when it can."""
    needs_key: bool = False
    """One of the problems is the chair's signing key (see `signing_keys.my_key`)."""


def _message(error: DomainError) -> str:
    """The error's message as it was made: a marked sentence stays translatable."""
    message = error.args[0] if len(error.args) == 1 else None
    return message if isinstance(message, str) else str(error)


def _proposer(session: Session, dossier_id: str) -> str | None:
    row = session.scalar(select(ProposalRow).where(ProposalRow.dossier_id == dossier_id))
    return row.proposed_by if row is not None else None


def _four_eyes(session: Session, user: User, dossier_id: str) -> list[str]:
    dossier = live_dossier(session, dossier_id)
    if _proposer(session, dossier_id) == user.id or same_person(user, dossier.owner):
        return [
            said(
                "signing",
                "U hebt dit voorstel zelf ingebracht of bent de behandelaar; een ander moet het "
                "ondertekenen (vier ogen).",
            )
        ]
    return []


def _signer(session: Session, context: Context) -> tuple[User, list[str]]:
    """The signer as the database knows them now: a chair deactivated or given another role
    since this workstation chose them signs nothing."""
    try:
        user = acting_user(session, context)
    except PermissionDeniedError as error:
        return context.user, [_message(error)]
    if not user.may(Permission.SIGN):
        if user.has(Role.CHAIR):
            return user, [
                said(
                    "signing",
                    "Uw gebruiker is niet (meer) actief als voorzitter. Vraag de functioneel "
                    "beheerder, of laat een andere voorzitter ondertekenen.",
                )
            ]
        return user, [said("signing", "Alleen een voorzitter ondertekent een besluit.")]
    return user, []


def _declared_conflict(session: Session, user: User, dossier_id: str) -> bool:
    rows = session.scalars(
        select(AgendaItemRow.conflicts).where(
            AgendaItemRow.dossier_id == dossier_id, AgendaItemRow.deleted_at.is_(None)
        )
    )
    return any(user.id in conflicts for conflicts in rows)


def _departure(session: Session, state: PrecedentState, decision: Decision) -> tuple[str, ...]:
    report = report_for(session, state, decision)
    return tuple(departed_precedents(report.outcomes[decision.outcome], decision))


def _override_grounds(
    session: Session, context: Context, dossier_id: str, decision: Decision
) -> tuple[OverrideGround, ...]:
    assessment = assessments.load_assessment(session, context, dossier_id, audit_read=False)
    applicable = assessment.result.applicable if assessment.assessment.route else None
    verdict = load_weighing(session, dossier_id).verdict.value
    return override_grounds(decision.outcome, applicable, verdict)


def to_motivate(
    session: Session, context: Context, dossier_id: str, decision: Decision
) -> tuple[tuple[str, ...], tuple[OverrideGround, ...]]:
    """What a new version with `decision` must motivate before `amend` signs it: the
    precedents it departs from, and what in the program's check stands in its way."""
    state = load_precedents(session, context, dossier_id)
    departing = state.catalogue is not None and state.saved
    departs = _departure(session, state, decision) if departing else ()
    return departs, _override_grounds(session, context, dossier_id, decision)


def _override_problem(grounds: tuple[OverrideGround, ...]) -> str:
    why: str = vocabulary_word(grounds[0].label)
    for ground in grounds[1:]:
        why = said("signing", "{grounds} en {ground}").format(
            grounds=why, ground=vocabulary_word(ground.label)
        )
    return said(
        "signing",
        "Dit besluit kan niet zonder meer worden ondertekend: {grounds}. Leg vast waarom het "
        "overleg daar gemotiveerd van afwijkt (‘Gemotiveerd afwijken van de toets’), of pas de "
        "toets of het besluit aan.",
    ).format(grounds=why)


def _key_problems(session: Session, context: Context) -> list[str]:
    try:
        signing_pair(session, context)
    except DomainError as error:
        return [_message(error)]
    return []


def sign_check(session: Session, context: Context, item_id: str) -> SignCheck:
    row = meetings.agenda_item_row(session, item_id)
    meeting = meetings.load_meeting(session, row.meeting_id)
    item = meeting.item(item_id)
    assert item is not None
    user, problems = _signer(session, context)
    tampered = integrity_problems(session, row.dossier_id)
    if tampered:
        problems.append(
            said(
                "signing",
                "Dit dossier is alleen-lezen tot de functioneel beheerder het heeft beoordeeld: "
                "{problem}",
            ).format(problem=tampered[0])
        )
    if is_signed(session, row.dossier_id):
        problems.append(
            said(
                "signing",
                "Het besluit over dit dossier is al ondertekend. Een wijziging wordt een nieuwe "
                "versie met een reden (‘Nieuwe versie…’).",
            )
        )
    if not problems and user.id != meeting.chair.id:
        problems.append(
            said("signing", "Alleen de voorzitter van dit overleg ({chair}) ondertekent.").format(
                chair=meeting.chair.name
            )
        )
    if user.id in item.record.conflicts:
        problems.append(
            said("signing", "U hebt bij dit dossier een belang gemeld en kunt niet ondertekenen.")
        )
    chair = meeting.member(meeting.chair.id)
    if user.id == meeting.chair.id and chair is not None and not chair.present:
        problems.append(
            said(
                "signing",
                "Volgens de presentielijst bent u afwezig. Zet uw aanwezigheid in het overleg "
                "aan, of laat het besluit in een volgend overleg ondertekenen.",
            )
        )
    problems += _four_eyes(session, user, row.dossier_id)
    key_problems = [] if problems else _key_problems(session, context)
    problems += key_problems
    state = load_precedents(session, context, row.dossier_id)
    decision = item.record.decision or state.decision
    departs: tuple[str, ...] = ()
    grounds: tuple[OverrideGround, ...] = ()
    if decision is not None:
        grounds = _override_grounds(session, context, row.dossier_id, decision)
        if grounds and not item.record.override_motivation.strip():
            problems.append(_override_problem(grounds))
    if decision is None:
        problems.append(
            said(
                "signing",
                "Er is nog geen besluit vastgelegd: leg uitkomst, reden en motivering vast.",
            )
        )
    elif state.catalogue is not None and state.saved:
        departs = _departure(session, state, decision)
        if departs and not item.record.departure_motivation.strip():
            if len(departs) > 3:
                against = said(
                    "signing",
                    "Dit besluit gaat in tegen {precedents} en meer. Daarvan kan alleen "
                    "gemotiveerd worden afgeweken: leg de motivering van de afwijking vast.",
                )
            else:
                against = said(
                    "signing",
                    "Dit besluit gaat in tegen {precedents}. Daarvan kan alleen gemotiveerd "
                    "worden afgeweken: leg de motivering van de afwijking vast.",
                )
            problems.append(against.format(precedents=", ".join(departs[:3])))
    return SignCheck(decision, departs, grounds, tuple(problems), bool(key_problems))


def sign(session: Session, context: Context, item_id: str) -> SignedDecision:
    """Sign the agenda item's decision; refused with the reasons of `sign_check`."""
    signer = require(session, context, Permission.SIGN)
    check = sign_check(session, context, item_id)
    if check.problems:
        raise DomainError(joined(check.problems, " "))
    assert check.decision is not None
    row = meetings.agenda_item_row(session, item_id)
    meeting = meetings.load_meeting(session, row.meeting_id)
    signed = _store_version(
        session,
        context,
        signer,
        row.dossier_id,
        check.decision,
        decided_on=meeting.held_on,
        version=1,
        departure_motivation=row.departure_motivation,
        override_motivation=row.override_motivation,
        meeting_reference=meeting.reference,
        agenda_item_id=item_id,
        change_reason="",
    )
    _carry_record(session, row)
    return signed


def amend(
    session: Session,
    context: Context,
    dossier_id: str,
    decision: Decision,
    reason: str,
    departure_motivation: str = "",
    override_motivation: str = "",
) -> SignedDecision:
    """A new signed version, with the reason for the change; the older ones stay."""
    require(session, context, Permission.SIGN)
    latest = latest_signed(session, dossier_id)
    if latest is None:
        raise DomainError(
            said("signing", "Dit besluit is nog niet ondertekend; wijzig het voorstel gewoon.")
        )
    problems = integrity_problems(session, dossier_id)
    if problems:
        raise TamperedRecordError(
            said(
                "signing",
                "Dit dossier is alleen-lezen tot de functioneel beheerder het heeft beoordeeld: "
                "{problem}",
            ).format(problem=problems[0])
        )
    why = clean_text(reason, "change_reason", limit=LONG_TEXT_LIMIT, multiline=True)
    if not why:
        raise ValidationError(
            "change_reason", said("signing", "Geef aan waarom het ondertekende besluit wijzigt.")
        )
    user, refusals = _signer(session, context)
    refusals += _four_eyes(session, user, dossier_id)
    if _declared_conflict(session, user, dossier_id):
        refusals.append(
            said(
                "signing",
                "U hebt bij dit dossier een belang gemeld en kunt geen nieuwe versie tekenen.",
            )
        )
    if refusals:
        raise DomainError(joined(refusals, " "))
    return _store_version(
        session,
        context,
        user,
        dossier_id,
        decision,
        decided_on=context.current_date(),
        version=latest.version + 1,
        departure_motivation=departure_motivation,
        override_motivation=override_motivation,
        meeting_reference=latest.meeting_reference,
        agenda_item_id=None,
        change_reason=why,
    )


def _store_version(
    session: Session,
    context: Context,
    signer: User,
    dossier_id: str,
    decision: Decision,
    *,
    decided_on: date,
    version: int,
    departure_motivation: str,
    override_motivation: str,
    meeting_reference: str,
    agenda_item_id: str | None,
    change_reason: str,
) -> SignedDecision:
    pair = signing_pair(session, context)
    decided = replace(decision, decided_on=decided_on)
    decided, state = checked_decision(session, context, dossier_id, decided)
    departs = _departure(session, state, decided)
    motivation = clean_text(
        departure_motivation, "departure_motivation", limit=LONG_TEXT_LIMIT, multiline=True
    )
    if departs and not motivation:
        raise ValidationError(
            "departure_motivation",
            said(
                "signing", "Dit besluit gaat in tegen {precedents}; motiveer de afwijking."
            ).format(precedents=", ".join(departs[:3])),
        )
    grounds = _override_grounds(session, context, dossier_id, decided)
    overriding = clean_text(
        override_motivation, "override_motivation", limit=LONG_TEXT_LIMIT, multiline=True
    )
    if grounds and not overriding:
        raise ValidationError("override_motivation", _override_problem(grounds))
    assert state.catalogue is not None
    content = new_content(
        session,
        dossier_id,
        decided,
        factors=state.factors,
        catalogue=state.catalogue.ref,
        route=state.route,
        kind=RecordKind.SIGNED,
        version=version,
        signed_at=utc_now(),
        signer=Signer(signer.id, signer.name, pair.id),
        departed_from=departs,
        departure_motivation=motivation if departs else "",
        override=Override(grounds, overriding) if grounds else None,
        meeting_reference=meeting_reference,
        change_reason=change_reason,
    )
    act = "decision.sign" if version == 1 else "decision.amend"
    return store_version(
        session, context, content, pair=pair, act=act, agenda_item_id=agenda_item_id
    )


def _carry_record(session: Session, item: AgendaItemRow) -> None:
    """The conference's review date and signal become the dossier's."""
    row = session.scalar(select(ProposalRow).where(ProposalRow.dossier_id == item.dossier_id))
    if row is None:
        return
    if item.review_date is not None:
        row.review_date = item.review_date
    kind = (item.signal or {}).get("kind", SignalKind.UNDECIDED.value)
    if kind != SignalKind.UNDECIDED.value:
        row.signal_kind = kind
        row.signal_rule = item.signal.get("rule", "")
        row.signal_owner = item.signal.get("owner", "")
    session.flush()
