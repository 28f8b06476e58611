"""The proposal's texts, safeguards and knelpuntsignaal: load and save."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.proposal import Proposal, Signal, SignalKind, Zienswijze
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import ProposalRow
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.revisions import refuse_if_stale, revision_of
from maatwerkdesk.services.signed import refuse_if_signed
from maatwerkdesk.services.users import require


def load_proposal(session: Session, dossier_id: str) -> Proposal:
    live_dossier(session, dossier_id)
    return proposal_of(_row(session, dossier_id))


def proposal_of(row: ProposalRow | None) -> Proposal:
    """The proposal a row holds; an empty one while nothing was recorded."""
    if row is None:
        return Proposal()
    return Proposal(
        citizen_text=row.citizen_text,
        review_date=row.review_date,
        factor_motivations=dict(row.factor_motivations),
        deciders=tuple(row.deciders),
        conflicts_of_interest=tuple(row.conflicts_of_interest),
        zienswijze=Zienswijze(row.zienswijze),
        on_application=row.on_application,
        signal=Signal(SignalKind(row.signal_kind), row.signal_rule, row.signal_owner),
        escalate=row.escalate,
    )


def proposal_revision(session: Session, dossier_id: str) -> int:
    """The revision a save of the proposal is made from (services/revisions.py)."""
    return revision_of(_row(session, dossier_id))


def save_proposal(
    session: Session,
    context: Context,
    dossier_id: str,
    proposal: Proposal,
    *,
    expected_revision: int | None = None,
) -> Proposal:
    """Store the proposal's texts and choices; refused when someone else saved it after
    `expected_revision`."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_signed(session, dossier_id)
    dossier = live_dossier(session, dossier_id)
    clean = cleaned_proposal(proposal)
    row = _row(session, dossier_id)
    refuse_if_stale(
        session,
        row,
        expected_revision,
        what=said("proposals", "Het voorstel van {reference}").format(reference=dossier.reference),
        dossier_id=dossier_id,
        parts=("proposal",),
    )
    if row is None:
        row = ProposalRow(dossier_id=dossier_id)
        session.add(row)
    _write(row, clean)
    row.proposed_by = user.id
    row.updated_at = utc_now()  # a new revision, also when nothing changed
    session.flush()
    record(
        session,
        context,
        Action.UPDATE,
        "proposal.save",
        object_type="proposal",
        object_id=dossier_id,
        dossier_id=dossier_id,
    )
    return clean


def exchanged_proposals(
    session: Session, dossier_ids: Sequence[str]
) -> dict[str, tuple[Proposal, str | None]]:
    """The recorded proposal of each dossier that has one and who recorded it (for the
    exchange), read together."""
    found: dict[str, tuple[Proposal, str | None]] = {}
    for chunk in in_chunks(list(dossier_ids)):
        rows = session.scalars(
            select(ProposalRow).where(
                ProposalRow.dossier_id.in_(chunk), ProposalRow.deleted_at.is_(None)
            )
        )
        found.update({row.dossier_id: (proposal_of(row), row.proposed_by) for row in rows})
    return found


def proposal_values(proposal: Proposal) -> dict[str, Any]:
    """The proposal table's columns (all but who proposed) for a cleaned proposal."""
    return {
        "citizen_text": proposal.citizen_text,
        "review_date": proposal.review_date,
        "factor_motivations": dict(sorted(proposal.factor_motivations.items())),
        "deciders": list(proposal.deciders),
        "conflicts_of_interest": list(proposal.conflicts_of_interest),
        "zienswijze": proposal.zienswijze.value,
        "on_application": proposal.on_application,
        "signal_kind": proposal.signal.kind.value,
        "signal_rule": proposal.signal.rule,
        "signal_owner": proposal.signal.owner,
        "escalate": proposal.escalate,
    }


def _write(row: ProposalRow, clean: Proposal) -> None:
    for key, value in proposal_values(clean).items():
        setattr(row, key, value)


def cleaned_proposal(proposal: Proposal) -> Proposal:
    def long(value: str, name: str) -> str:
        return clean_text(value, name, limit=LONG_TEXT_LIMIT, multiline=True)

    def short(value: str, name: str) -> str:
        return clean_text(value, name, limit=SHORT_TEXT_LIMIT, multiline=False)

    def names(values: tuple[str, ...], name: str) -> tuple[str, ...]:
        cleaned = (short(v, name) for v in values)
        return tuple(dict.fromkeys(v for v in cleaned if v))

    return Proposal(
        citizen_text=long(proposal.citizen_text, "proposal.citizen_text"),
        review_date=proposal.review_date,
        factor_motivations={
            factor: text
            for factor, motivation in proposal.factor_motivations.items()
            if (text := long(motivation, f"proposal.factor_motivations.{factor}"))
        },
        deciders=names(proposal.deciders, "proposal.deciders"),
        conflicts_of_interest=names(
            proposal.conflicts_of_interest, "proposal.conflicts_of_interest"
        ),
        zienswijze=proposal.zienswijze,
        on_application=proposal.on_application,
        signal=Signal(
            proposal.signal.kind,
            short(proposal.signal.rule, "proposal.signal.rule"),
            short(proposal.signal.owner, "proposal.signal.owner"),
        ),
        escalate=proposal.escalate,
    )


def _row(session: Session, dossier_id: str) -> ProposalRow | None:
    return session.scalar(select(ProposalRow).where(proposal_row_of(dossier_id)))


def proposal_row_of(dossier_id: ColumnExpressionArgument[str] | str) -> ColumnElement[bool]:
    """SQL: the proposal row is the dossier's."""
    return (ProposalRow.dossier_id == dossier_id) & ProposalRow.deleted_at.is_(None)
