"""The intake queue "Mogelijk maatwerk": open dossiers whose recorded facts give signals of
possible maatwerk (domain/intake_signals.py), and dismissing them with a reason.

The queue reads the facts and Doenvermogen columns of every open dossier in one query,
the latest dismissals in a second and the open leases in a third, whatever the number of
dossiers: nothing is loaded dossier by dossier.

A dismissal records the signals that hit at that moment. The dossier stays off the queue
as long as every signal that hits is one of those; when its facts change so that another
signal hits, it comes back. A signal that hits more strongly (a third problem area
instead of two) does not bring it back: the person who dismissed it weighed that signal.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.intake_signals import SignalHit, SignalInput, signal_hits
from maatwerkdesk.domain.lease import Lease
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.serialise import Reader, doenvermogen_from_reader, facts_from_reader
from maatwerkdesk.domain.signal_catalogue import SignalCatalogue
from maatwerkdesk.domain.text import clean_text
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.models import DossierRow, IntakeDismissalRow
from maatwerkdesk.services import audit, team_records
from maatwerkdesk.services.away import every_open_lease, refuse_if_away_for_actor
from maatwerkdesk.services.catalogues import known_catalogues
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.users import require

log = logging.getLogger(__name__)

OPEN_STATUSES = (DossierStatus.INTAKE, DossierStatus.ANALYSE, DossierStatus.TER_BESPREKING)
REASON_LIMIT = 2000
"""A reason is a few sentences; the dossier's notes hold the rest."""


class QueueOrder(StrEnum):
    HITS = "signalen"
    """Most signals first, then the oldest."""
    AGE = "leeftijd"
    """Oldest first."""
    REFERENCE = "kenmerk"


@dataclass(frozen=True)
class QueueEntry:
    dossier_id: str
    reference: str
    title: str
    status: DossierStatus
    opened: date
    hits: tuple[SignalHit, ...]
    lease: Lease | None
    """The loan that holds the dossier now, if any; only its holder dismisses it then."""

    def age_in_days(self, today: date) -> int:
        return (today - self.opened).days


@dataclass(frozen=True)
class IntakeQueue:
    catalogue: CatalogueRef
    entries: tuple[QueueEntry, ...]


def intake_queue(
    session: Session, context: Context, order: QueueOrder = QueueOrder.HITS
) -> IntakeQueue:
    """The open dossiers with signals that nobody dismissed, in `order`."""
    require(session, context, Permission.READ)
    today = context.current_date()
    catalogue = known_catalogues(session).signals(today)
    dismissed = _dismissed_signals(session)
    found = []
    for row in session.execute(
        select(
            DossierRow.id,
            DossierRow.reference,
            DossierRow.title,
            DossierRow.status,
            DossierRow.created_at,
            DossierRow.facts,
            DossierRow.doenvermogen,
        ).where(
            DossierRow.deleted_at.is_(None),
            DossierRow.status.in_([s.value for s in OPEN_STATUSES]),
        )
    ):
        hits = _hits(catalogue, row.id, row.facts, row.doenvermogen, today)
        if hits and not {h.signal_id for h in hits} <= dismissed.get(row.id, frozenset()):
            found.append((row, hits))
    leases = every_open_lease(session)
    entries = [
        QueueEntry(
            row.id,
            row.reference,
            row.title,
            DossierStatus(row.status),
            row.created_at.date(),
            hits,
            leases.get(row.id),
        )
        for row, hits in found
    ]
    audit.record_listing(session, context, "intake.list")
    return IntakeQueue(catalogue.ref, sort_entries(entries, order))


def sort_entries(entries: Sequence[QueueEntry], order: QueueOrder) -> tuple[QueueEntry, ...]:
    """The queue in `order`; the reference breaks every tie, so the order is stable."""
    if order is QueueOrder.HITS:
        return tuple(sorted(entries, key=lambda e: (-len(e.hits), e.opened, e.reference)))
    if order is QueueOrder.AGE:
        return tuple(sorted(entries, key=lambda e: (e.opened, e.reference)))
    return tuple(sorted(entries, key=lambda e: e.reference))


def _hits(
    catalogue: SignalCatalogue, dossier_id: str, facts: object, doen: object, today: date
) -> tuple[SignalHit, ...]:
    """The dossier's signals; none when its stored facts cannot be read (the dossier
    itself says so when opened; the log names its id, never the content)."""
    try:
        data = SignalInput(
            facts_from_reader(Reader(facts, "facts", strict=True)),
            doenvermogen_from_reader(Reader(doen, "doenvermogen")),
        )
    except ValidationError:
        log.warning("Intake queue skipped dossier %s: its facts do not read", dossier_id)
        return ()
    return signal_hits(catalogue, data, today)


def _dismissed_signals(session: Session) -> dict[str, frozenset[str]]:
    """Per dossier the signals of its latest dismissal."""
    latest: dict[str, frozenset[str]] = {}
    rows = session.execute(
        select(IntakeDismissalRow.dossier_id, IntakeDismissalRow.signals)
        .where(IntakeDismissalRow.deleted_at.is_(None))
        .order_by(IntakeDismissalRow.created_at)
    )
    for dossier_id, signals in rows:
        latest[dossier_id] = frozenset(s for s in signals if isinstance(s, str))
    return latest


def dismiss(session: Session, context: Context, dossier_id: str, reason: str) -> None:
    """Take the dossier off the queue for the signals that hit now, with a reason; audited.

    A caseworker or a chair may; a dossier on loan to someone else, a closed or decided
    dossier, one in a laptop's briefcase and one without signals are refused."""
    user = require(session, context, Permission.DISMISS_SIGNALS)
    refuse_if_away_for_actor(session, dossier_id)  # before any other reason
    team_records.refuse_in_briefcase(
        session,
        said(
            "intake_queue",
            "Signalen wijst u af in de teamdatabase; in de koffer op deze laptop zou het "
            "afwijzen niet bij uw collega's aankomen. Doe dit weer als u verbonden bent.",
        ),
    )
    row = live_dossier(session, dossier_id)
    if DossierStatus(row.status) not in OPEN_STATUSES:
        raise DomainError(
            said(
                "intake_queue",
                "Dossier {reference} is niet meer open; alleen een open dossier staat in de "
                "lijst Mogelijk maatwerk. Vernieuw de lijst.",
            ).format(reference=row.reference)
        )
    cleaned = clean_text(reason, "reason", limit=REASON_LIMIT, multiline=True)
    if not cleaned:
        raise ValidationError(
            "reason",
            said(
                "intake_queue",
                "Schrijf op waarom dit dossier geen maatwerk vraagt; dat is verplicht.",
            ),
        )
    today = context.current_date()
    catalogue = known_catalogues(session).signals(today)
    hits = _hits(catalogue, row.id, row.facts, row.doenvermogen, today)
    if not hits:
        raise DomainError(
            said(
                "intake_queue",
                "Dossier {reference} heeft geen signalen van mogelijk maatwerk (meer); er is "
                "niets af te wijzen. Vernieuw de lijst.",
            ).format(reference=row.reference)
        )
    dismissal = IntakeDismissalRow(
        dossier_id=row.id,
        signals=[h.signal_id for h in hits],
        catalogue_id=catalogue.header.id,
        catalogue_version=catalogue.header.version,
        reason=cleaned,
        dismissed_by=user.id,
        dismissed_on=today,
    )
    session.add(dismissal)
    session.flush()
    audit.record(
        session,
        context,
        audit.Action.CREATE,
        "intake.dismiss",
        object_type="intake_dismissal",
        object_id=dismissal.id,
        dossier_id=row.id,
    )
