"""A dossier taken along on a laptop ("Meenemen"): the lease, and how it is said.

While a lease holds (not returned, not broken, its `until` not passed) only its holder
changes the dossier; colleagues read it and are told who has it and until when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from maatwerkdesk.domain.errors import DatabaseRefusedError, DomainError
from maatwerkdesk.domain.sentence import said

MAX_LEASE = timedelta(days=30)
"""How far ahead a dossier may be taken along: a month of field work. Longer would keep a
dossier from colleagues without anyone asking for it back."""


class LeaseState(StrEnum):
    OPEN = "open"
    RETURNED = "returned"
    BROKEN = "broken"
    """Ended by a chair, or found expired when the dossier was taken again."""
    EXPIRED = "expired"
    """Its `until` passed while nobody returned or broke it: it no longer holds."""


@dataclass(frozen=True)
class Lease:
    id: str
    dossier_id: str
    reference: str
    holder_id: str
    holder: str
    """The holder's name, as colleagues know them."""
    laptop: str
    until: datetime
    state: LeaseState

    @property
    def holds(self) -> bool:
        return self.state is LeaseState.OPEN


def lease_state(
    until: datetime,
    returned_at: datetime | None,
    broken_at: datetime | None,
    now: datetime,
) -> LeaseState:
    if returned_at is not None:
        return LeaseState.RETURNED
    if broken_at is not None:
        return LeaseState.BROKEN
    return LeaseState.OPEN if until > now else LeaseState.EXPIRED


def local_moment(at: datetime) -> str:
    """'12-12-2026 17:00', in the computer's local time (as domain/concurrency.py)."""
    return f"{at.astimezone():%d-%m-%Y %H:%M}"


def away_line(lease: Lease) -> str:
    """'onderweg bij Anouk Verhoef (laptop LT-07) tot 12-12-2026 17:00'."""
    return away_words(lease.holder, lease.laptop, lease.until)


def away_words(holder: str, laptop: str, until: datetime) -> str:
    return said("lease", "onderweg bij {holder} (laptop {laptop}) tot {until}").format(
        holder=holder, laptop=laptop, until=local_moment(until)
    )


def away_message(lease: Lease) -> str:
    """The sentence a colleague who tries to change the dossier reads."""
    return said(
        "lease",
        "Dossier {reference} is {away}: u kunt het lezen maar niet wijzigen. Vraag {holder} "
        "het terug te geven, of vraag de voorzitter de uitleen te beëindigen.",
    ).format(reference=lease.reference, away=away_line(lease), holder=lease.holder)


def until_problem(until: datetime, now: datetime) -> str | None:
    """Why `until` cannot end a lease taken now, or None."""
    if until <= now:
        return said(
            "lease",
            "‘Tot’ ({until}) ligt in het verleden. Kies een moment in de toekomst, uiterlijk "
            "over 30 dagen.",
        ).format(until=local_moment(until))
    if until - now > MAX_LEASE:
        return said(
            "lease",
            "‘Tot’ ({until}) ligt meer dan 30 dagen vooruit. Kies een eerder moment; u kunt het "
            "dossier daarna opnieuw meenemen.",
        ).format(until=local_moment(until))
    return None


class DossierAwayError(DomainError):
    """A change of a dossier that is on loan to someone else."""


class ServerAwayError(DossierAwayError, DatabaseRefusedError):
    """The team database refused a write to a dossier on loan to someone else (its own
    rule, migration 0013): said without who has it, which the server does not tell."""
