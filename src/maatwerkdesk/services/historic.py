"""Decisions from history as precedents: taken before MaatwerkDesk, or elsewhere.

A caseworker's decision binds nobody until a chair signs it. The exception is history: an
organisation that starts with MaatwerkDesk brings the decisions it already took, and they
must count. The command line (an import, the demo) registers such a decision as a
*historic* version, unsigned but with its source, its content fixed like a signed one and
its digest in the audit trail. The desktop app offers no way to do this.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signed_record import RecordKind
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT, clean_text
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_record import new_content, store_version
from maatwerkdesk.services.precedents import checked_decision, load_precedents
from maatwerkdesk.services.signed import is_signed
from maatwerkdesk.services.users import require

HISTORIC_ACT = "decision.historic"


def register_historic(
    session: Session, context: Context, dossier_id: str, source: str
) -> SignedDecision:
    """Fix the dossier's recorded decision as a historic precedent, naming its source
    ("besluit van 12-03-2024, zaaksysteem Corsa, zaak 2024-0012")."""
    require(session, context, Permission.MANAGE_CATALOGUES)
    if is_signed(session, dossier_id):
        raise DomainError(said("historic", "Dit dossier heeft al een vastgelegd besluit."))
    cleaned = clean_text(source, "source", limit=SHORT_TEXT_LIMIT, multiline=False)
    if not cleaned.strip():
        raise ValidationError(
            "source",
            said(
                "historic",
                "Noem de bron van het historische besluit: waar en wanneer het is genomen.",
            ),
        )
    state = load_precedents(session, context, dossier_id)
    if state.decision is None:
        raise ValidationError(
            "decision",
            said("historic", "Leg eerst de beslissing vast: uitkomst, reden en motivering."),
        )
    decision, state = checked_decision(session, context, dossier_id, state.decision)
    assert state.catalogue is not None
    content = new_content(
        session,
        dossier_id,
        decision,
        factors=state.factors,
        catalogue=state.catalogue.ref,
        route=state.route,
        kind=RecordKind.HISTORIC,
        version=1,
        signed_at=utc_now(),
        source=cleaned,
    )
    return store_version(session, context, content, pair=None, act=HISTORIC_ACT)
