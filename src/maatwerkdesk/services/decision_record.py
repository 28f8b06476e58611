"""Writing a decision version that binds: signed by a chair, or registered from history.

Both kinds are written the same way: the content is fixed as canonical text, the signature
(if any) covers it, the audit trail records its hash in the same transaction, the decision
becomes the dossier's and the dossier becomes Besloten. Only this module writes
`signed_decision`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.signed_record import (
    Override,
    RecordKind,
    SignedContent,
    Signer,
    content_bytes,
    content_hash,
)
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra.signatures import KeyPair
from maatwerkdesk.persistence.bulk import insert_records
from maatwerkdesk.persistence.models import SignedDecisionRow
from maatwerkdesk.services.audit import Action, chain_head, record_dossier_act
from maatwerkdesk.services.away import refuse_if_away_for_actor
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.precedents import write_decision
from maatwerkdesk.services.signed import facts_of


def new_content(
    session: Session,
    dossier_id: str,
    decision: Decision,
    *,
    factors: frozenset[str],
    catalogue: CatalogueRef,
    route: str | None,
    kind: RecordKind,
    version: int,
    signed_at: datetime,
    signer: Signer | None = None,
    departed_from: tuple[str, ...] = (),
    departure_motivation: str = "",
    override: Override | None = None,
    meeting_reference: str = "",
    change_reason: str = "",
    source: str = "",
) -> SignedContent:
    """The content of a version: the decision with what it rests on, as the dossier is now."""
    return SignedContent(
        kind=kind,
        dossier_id=dossier_id,
        version=version,
        facts=facts_of(live_dossier(session, dossier_id)),
        decision=decision,
        factors=factors,
        catalogue=catalogue,
        route=route,
        signed_at=signed_at,
        audit_head=chain_head(session),
        departed_from=departed_from,
        departure_motivation=departure_motivation,
        override=override,
        meeting_reference=meeting_reference,
        change_reason=change_reason,
        signer=signer,
        source=source,
    )


def store_version(
    session: Session,
    context: Context,
    content: SignedContent,
    *,
    pair: KeyPair | None,
    act: str,
    agenda_item_id: str | None = None,
) -> SignedDecision:
    """Fix the version: signed with `pair` (a signed version) or not (a historic one)."""
    assert (pair is None) == (content.kind is RecordKind.HISTORIC)
    refuse_if_away_for_actor(session, content.dossier_id)
    raw = content_bytes(content)
    digest = content_hash(raw)
    signature = pair.sign(raw) if pair is not None else None
    row = SignedDecisionRow(
        **version_values(
            content,
            raw,
            signature=signature,
            key_id=pair.id if pair is not None else None,
            agenda_item_id=agenda_item_id,
        )
    )
    session.add(row)
    write_decision(session, content.dossier_id, content.decision)
    dossier = live_dossier(session, content.dossier_id)
    if dossier.status not in (DossierStatus.BESLOTEN.value, DossierStatus.AFGESLOTEN.value):
        dossier.status = DossierStatus.BESLOTEN.value
    session.flush()
    record_dossier_act(session, context, Action.UPDATE, act, content.dossier_id, digest=digest)
    return SignedDecision(content, digest)


def version_values(
    content: SignedContent,
    raw: bytes,
    *,
    signature: str | None,
    key_id: str | None,
    agenda_item_id: str | None,
) -> dict[str, Any]:
    """The columns of a version's row: its content as given (`raw`) and copies of what it
    says, for queries; readers check the copies against the content."""
    return {
        "dossier_id": content.dossier_id,
        "version": content.version,
        "agenda_item_id": agenda_item_id,
        "kind": content.kind.value,
        "catalogue_id": content.catalogue.id,
        "signed_by": content.signer.user_id if content.signer is not None else None,
        "signed_at": content.signed_at,
        "content": raw.decode("utf-8"),
        "content_hash": content_hash(raw),
        "signature": signature,
        "key_id": key_id,
    }


def insert_versions(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write versions that were checked (an import) or made (the demo) elsewhere, many in
    one statement: each row from `version_values`, each recorded in the audit trail with
    its content hash by the caller. The dossiers' decisions and statuses are the caller's."""
    insert_records(session, SignedDecisionRow, rows)
