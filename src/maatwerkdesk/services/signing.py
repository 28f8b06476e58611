"""Signing a decision: four eyes, a motivated departure where precedent contradicts it, and
a fixed, fingerprinted version that enters the case base at once.

The chair of the meeting signs; never the person who recorded the proposal or owns the
dossier. The signed decision is written as the dossier's decision and the dossier becomes
Besloten, so the very next precedent check of a similar dossier is bound by it. A change is
a new version with a reason; the older versions stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import SignedDecision, signed_fingerprint
from maatwerkdesk.domain.decision import Decision, decision_to_data
from maatwerkdesk.domain.errors import DomainError, NotFoundError, ValidationError
from maatwerkdesk.domain.people import Permission, same_person
from maatwerkdesk.domain.precedent_explanation import departed_precedents
from maatwerkdesk.domain.proposal import SignalKind
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, clean_text
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.models import AgendaItemRow, ProposalRow, SignedDecisionRow
from maatwerkdesk.services import meetings
from maatwerkdesk.services.audit import Action, record_dossier_act
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.precedents import (
    PrecedentState,
    checked_decision,
    load_precedents,
    report_for,
    write_decision,
)
from maatwerkdesk.services.signed import is_signed, latest_signed, to_signed
from maatwerkdesk.services.users import get_user


@dataclass(frozen=True)
class SignCheck:
    """What the chair sees before signing an agenda item."""

    decision: Decision | None
    """The conference's decision, or the caseworker's proposal while none is recorded."""
    departs_from: tuple[str, ...]
    """Precedents the decision contradicts or does not distinguish: a motivated departure."""
    problems: tuple[str, ...]
    """Why it cannot be signed now, as sentences; empty when it can."""


def _proposer(session: Session, dossier_id: str) -> str | None:
    row = session.scalar(select(ProposalRow).where(ProposalRow.dossier_id == dossier_id))
    return row.proposed_by if row is not None else None


def _four_eyes(session: Session, context: Context, dossier_id: str) -> list[str]:
    dossier = live_dossier(session, dossier_id)
    user = context.user
    if _proposer(session, dossier_id) == user.id or same_person(user, dossier.owner):
        return [
            "U hebt dit voorstel zelf ingebracht of bent de behandelaar; een ander moet het "
            "ondertekenen (vier ogen)."
        ]
    return []


def _stale_signer(session: Session, context: Context) -> list[str]:
    """The signer as the database knows them now: a chair deactivated or given another role
    since this workstation chose them signs nothing."""
    try:
        current = get_user(session, context.user.id)
    except NotFoundError:
        return ["Uw gebruiker bestaat niet meer. Kies opnieuw wie u bent (Gebruiker wisselen)."]
    if not current.may(Permission.SIGN):
        return [
            "Uw gebruiker is niet (meer) actief als voorzitter. Vraag de functioneel beheerder, "
            "of laat een andere voorzitter ondertekenen."
        ]
    return []


def _declared_conflict(session: Session, context: Context, dossier_id: str) -> bool:
    rows = session.scalars(
        select(AgendaItemRow.conflicts).where(
            AgendaItemRow.dossier_id == dossier_id, AgendaItemRow.deleted_at.is_(None)
        )
    )
    return any(context.user.id in conflicts for conflicts in rows)


def _departure(session: Session, state: PrecedentState, decision: Decision) -> tuple[str, ...]:
    report = report_for(session, state, decision)
    return tuple(departed_precedents(report.outcomes[decision.outcome], decision))


def sign_check(session: Session, context: Context, item_id: str) -> SignCheck:
    row = meetings.agenda_item_row(session, item_id)
    meeting = meetings.load_meeting(session, row.meeting_id)
    item = meeting.item(item_id)
    assert item is not None
    problems: list[str] = list(_stale_signer(session, context))
    if is_signed(session, row.dossier_id):
        problems.append(
            "Het besluit over dit dossier is al ondertekend. Een wijziging wordt een nieuwe "
            "versie met een reden (‘Nieuwe versie…’)."
        )
    if not context.user.may(Permission.SIGN):
        problems.append("Alleen een voorzitter ondertekent een besluit.")
    elif context.user.id != meeting.chair.id:
        problems.append(f"Alleen de voorzitter van dit overleg ({meeting.chair.name}) ondertekent.")
    if context.user.id in item.record.conflicts:
        problems.append("U hebt bij dit dossier een belang gemeld en kunt niet ondertekenen.")
    chair = meeting.member(meeting.chair.id)
    if context.user.id == meeting.chair.id and chair is not None and not chair.present:
        problems.append(
            "Volgens de presentielijst bent u afwezig. Zet uw aanwezigheid in het overleg "
            "aan, of laat het besluit in een volgend overleg ondertekenen."
        )
    problems += _four_eyes(session, context, row.dossier_id)
    state = load_precedents(session, context, row.dossier_id)
    decision = item.record.decision or state.decision
    departs: tuple[str, ...] = ()
    if decision is None:
        problems.append(
            "Er is nog geen besluit vastgelegd: leg uitkomst, reden en motivering vast."
        )
    elif state.catalogue is not None and state.saved:
        departs = _departure(session, state, decision)
        if departs and not item.record.departure_motivation.strip():
            problems.append(
                f"Dit besluit gaat in tegen {', '.join(departs[:3])}"
                f"{' en meer' if len(departs) > 3 else ''}. Daarvan kan alleen gemotiveerd worden "
                "afgeweken: leg de motivering van de afwijking vast."
            )
    return SignCheck(decision, departs, tuple(problems))


def sign(session: Session, context: Context, item_id: str) -> SignedDecision:
    """Sign the agenda item's decision; refused with the reasons of `sign_check`."""
    context.require(Permission.SIGN)
    check = sign_check(session, context, item_id)
    if check.problems:
        raise DomainError(" ".join(check.problems))
    assert check.decision is not None
    row = meetings.agenda_item_row(session, item_id)
    meeting = meetings.load_meeting(session, row.meeting_id)
    signed = _store_version(
        session,
        context,
        row.dossier_id,
        check.decision,
        decided_on=meeting.held_on,
        version=1,
        departure_motivation=row.departure_motivation,
        meeting_reference=meeting.reference,
        agenda_item_id=item_id,
        change_reason="",
    )
    _carry_record(session, row)
    record_dossier_act(session, context, Action.UPDATE, "decision.sign", row.dossier_id)
    return signed


def amend(
    session: Session,
    context: Context,
    dossier_id: str,
    decision: Decision,
    reason: str,
    departure_motivation: str = "",
) -> SignedDecision:
    """A new signed version, with the reason for the change; the older ones stay."""
    context.require(Permission.SIGN)
    latest = latest_signed(session, dossier_id)
    if latest is None:
        raise DomainError("Dit besluit is nog niet ondertekend; wijzig het voorstel gewoon.")
    why = clean_text(reason, "change_reason", limit=LONG_TEXT_LIMIT, multiline=True)
    if not why:
        raise ValidationError("change_reason", "Geef aan waarom het ondertekende besluit wijzigt.")
    problems = [*_stale_signer(session, context), *_four_eyes(session, context, dossier_id)]
    if _declared_conflict(session, context, dossier_id):
        problems.append(
            "U hebt bij dit dossier een belang gemeld en kunt geen nieuwe versie tekenen."
        )
    if problems:
        raise DomainError(" ".join(problems))
    signed = _store_version(
        session,
        context,
        dossier_id,
        decision,
        decided_on=context.current_date(),
        version=latest.version + 1,
        departure_motivation=departure_motivation,
        meeting_reference=latest.meeting_reference,
        agenda_item_id=None,
        change_reason=why,
    )
    record_dossier_act(session, context, Action.UPDATE, "decision.amend", dossier_id)
    return signed


def _store_version(
    session: Session,
    context: Context,
    dossier_id: str,
    decision: Decision,
    *,
    decided_on: date,
    version: int,
    departure_motivation: str,
    meeting_reference: str,
    agenda_item_id: str | None,
    change_reason: str,
) -> SignedDecision:
    decided = Decision(
        decision.outcome_type,
        decision.degree,
        decision.reason,
        decision.distinctions,
        decision.motivation,
        decided_on,
    )
    decided, state = checked_decision(session, context, dossier_id, decided)
    assert state.catalogue is not None
    departs = _departure(session, state, decided)
    motivation = clean_text(
        departure_motivation, "departure_motivation", limit=LONG_TEXT_LIMIT, multiline=True
    )
    if departs and not motivation:
        raise ValidationError(
            "departure_motivation",
            f"Dit besluit gaat in tegen {', '.join(departs[:3])}; motiveer de afwijking.",
        )
    dossier = live_dossier(session, dossier_id)
    signed_at = utc_now()
    catalogue = f"{state.catalogue.header.id} {state.catalogue.header.version}"
    row = SignedDecisionRow(
        dossier_id=dossier_id,
        version=version,
        agenda_item_id=agenda_item_id,
        decision=decision_to_data(decided),
        factors=sorted(state.factors),
        catalogue=catalogue,
        departed_from=list(departs),
        departure_motivation=motivation if departs else "",
        signed_by=context.user.id,
        signed_by_name=context.user.name,
        signed_at=signed_at,
        meeting_reference=meeting_reference,
        change_reason=change_reason,
        fingerprint=signed_fingerprint(
            dossier.reference,
            version,
            decided,
            state.factors,
            catalogue,
            departs,
            motivation if departs else "",
            context.user.id,
            signed_at,
        ),
    )
    session.add(row)
    write_decision(session, dossier_id, decided)
    if dossier.status not in (DossierStatus.BESLOTEN.value, DossierStatus.AFGESLOTEN.value):
        dossier.status = DossierStatus.BESLOTEN.value
    session.flush()
    return to_signed(row)


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
