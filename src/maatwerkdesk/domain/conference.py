"""The casuïstiekoverleg as plain values: a meeting, its agenda, what is recorded per dossier,
and the signed decision that becomes a fixed fact (domain brief 4.6).

A decision is legitimate rather than arbitrary when more than one person takes it in a fixed
structure: members advise from their discipline, whoever has a stake takes no part, the chair
signs, and the caseworker never signs their own proposal. Once signed, its content is fixed
by a fingerprint; a change is a new version with a reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType

from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.people import Discipline, User
from maatwerkdesk.domain.proposal import Signal

MIN_MINUTES = 5
MAX_MINUTES = 180
DEFAULT_MINUTES = 20


class MeetingStatus(StrEnum):
    PLANNED = "gepland"
    HELD = "gehouden"

    @property
    def label(self) -> str:
        return "Gepland" if self is MeetingStatus.PLANNED else "Gehouden"


class Stance(StrEnum):
    """A member's advice on the proposal, in one word, besides the reasons."""

    SUPPORT = "steunt"
    AMEND = "aanpassen"
    OPPOSE = "tegen"
    ABSTAIN = "onthouding"

    @property
    def label(self) -> str:
        return STANCE_LABELS[self]


STANCE_LABELS: Mapping[Stance, str] = MappingProxyType(
    {
        Stance.SUPPORT: "steunt het voorstel",
        Stance.AMEND: "steunt het met aanpassingen",
        Stance.OPPOSE: "steunt het voorstel niet",
        Stance.ABSTAIN: "onthoudt zich",
    }
)


@dataclass(frozen=True)
class Advice:
    user_id: str
    name: str
    discipline: Discipline | None
    stance: Stance
    text: str = ""


@dataclass(frozen=True)
class ActionItem:
    """An agreement: who does what, by when."""

    who: str
    what: str
    due: date | None = None


@dataclass(frozen=True)
class ItemRecord:
    """What the conference records for one dossier on its agenda."""

    advice: tuple[Advice, ...] = ()
    dissent: str = ""
    conflicts: tuple[str, ...] = ()
    """User ids of members who declared a conflict of interest; they take no part."""
    decision: Decision | None = None
    """The conference's decision; until it is recorded, the caseworker's proposal stands."""
    departure_motivation: str = ""
    """Why the conference departs from a precedent the engine reports as contradicting."""
    actions: tuple[ActionItem, ...] = ()
    review_date: date | None = None
    """When temporary maatwerk is looked at again."""
    signal: Signal = field(default_factory=Signal)

    def advice_of(self, user_id: str) -> Advice | None:
        return next((a for a in self.advice if a.user_id == user_id), None)


@dataclass(frozen=True)
class Member:
    user: User
    discipline: Discipline | None
    present: bool = True


@dataclass(frozen=True)
class AgendaItem:
    id: str
    dossier_id: str
    reference: str
    title: str
    position: int
    minutes: int
    record: ItemRecord
    signed_version: int | None = None
    """The version of the signed decision, once signed."""


@dataclass(frozen=True)
class Meeting:
    id: str
    reference: str
    held_on: date
    chair: User
    members: tuple[Member, ...]
    agenda: tuple[AgendaItem, ...]
    status: MeetingStatus = MeetingStatus.PLANNED
    location: str = ""

    def member(self, user_id: str) -> Member | None:
        return next((m for m in self.members if m.user.id == user_id), None)

    def item(self, item_id: str) -> AgendaItem | None:
        return next((i for i in self.agenda if i.id == item_id), None)


@dataclass(frozen=True)
class SignedDecision:
    """A decision as signed: fixed, fingerprinted, and a precedent for what comes after."""

    dossier_id: str
    version: int
    decision: Decision
    factors: frozenset[str]
    catalogue: str
    """The factor catalogue and version it was decided under ("id versie")."""
    departed_from: tuple[str, ...]
    """Precedents the engine reported as contradicting, departed from on the chair's motivation."""
    departure_motivation: str
    signed_by: str
    signed_by_name: str
    signed_at: datetime
    meeting_reference: str
    change_reason: str
    """Empty for the first version; why it changed for a later one."""
    fingerprint: str
    intact: bool = True
    """Whether the stored content still gives the stored fingerprint (checked on every read)."""


def signed_fingerprint(
    reference: str,
    version: int,
    decision: Decision,
    factors: frozenset[str],
    catalogue: str,
    departed_from: tuple[str, ...],
    departure_motivation: str,
    signed_by: str,
    signed_at: datetime,
) -> str:
    """SHA-256 over the signed content as canonical JSON; any later change shows."""
    degree = decision.degree
    content = {
        "reference": reference,
        "version": version,
        "outcome_type": decision.outcome_type.value,
        "degree": [degree.unit.value, degree.value] if degree is not None else None,
        "reason": sorted(decision.reason) if decision.reason is not None else None,
        "distinctions": [[d.precedent, d.factor] for d in decision.distinctions],
        "motivation": decision.motivation,
        "decided_on": decision.decided_on.isoformat() if decision.decided_on else None,
        "factors": sorted(factors),
        "catalogue": catalogue,
        "departed_from": list(departed_from),
        "departure_motivation": departure_motivation,
        "signed_by": signed_by,
        "signed_at": signed_at.isoformat(),
    }
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def validate_minutes(minutes: int) -> int:
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(
            "agenda.minutes",
            f"Geef per dossier tussen {MIN_MINUTES} en {MAX_MINUTES} minuten bespreektijd.",
        )
    return minutes


def validate_action(action: ActionItem) -> ActionItem:
    who, what = " ".join(action.who.split()), action.what.strip()
    if not what:
        raise ValidationError("actions.what", "Beschrijf bij elke afspraak wat er moet gebeuren.")
    if not who:
        raise ValidationError("actions.who", f"Zet bij de afspraak ‘{what[:40]}’ wie die uitvoert.")
    return ActionItem(who, what, action.due)
