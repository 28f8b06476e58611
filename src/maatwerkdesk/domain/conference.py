"""The casuïstiekoverleg as plain values: a meeting, its agenda, what is recorded per dossier,
and the signed decision that becomes a fixed fact (docs/conference.md).

A decision is legitimate rather than arbitrary when more than one person takes it in a fixed
structure: members advise from their discipline, whoever has a stake takes no part, the chair
signs, and the caseworker never signs their own proposal. Once signed, its content is fixed
by a fingerprint; a change is a new version with a reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from maatwerkdesk.domain.concurrency import Rebased, rebase
from maatwerkdesk.domain.decision import Decision, decision_from_data, decision_to_data
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.people import Discipline, User
from maatwerkdesk.domain.proposal import Signal, SignalKind
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signed_record import Override, RecordKind, SignedContent

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
    override_motivation: str = ""
    """Why the conference signs although the program's check stands in the way (the route
    is not applicable, or the generic outcome is disproportionate)."""
    actions: tuple[ActionItem, ...] = ()
    review_date: date | None = None
    """When temporary maatwerk is looked at again."""
    signal: Signal = field(default_factory=Signal)

    def advice_of(self, user_id: str) -> Advice | None:
        return next((a for a in self.advice if a.user_id == user_id), None)


def actions_to_data(actions: Sequence[ActionItem]) -> list[dict[str, Any]]:
    return [
        {"who": a.who, "what": a.what, "due": a.due.isoformat() if a.due else None} for a in actions
    ]


def actions_from_data(data: Sequence[Mapping[str, Any]]) -> tuple[ActionItem, ...]:
    return tuple(
        ActionItem(a["who"], a["what"], date.fromisoformat(a["due"]) if a.get("due") else None)
        for a in data
    )


def signal_to_data(signal: Signal) -> dict[str, str]:
    return {"kind": signal.kind.value, "rule": signal.rule, "owner": signal.owner}


def signal_from_data(data: Mapping[str, Any]) -> Signal:
    kind = SignalKind(data.get("kind", SignalKind.UNDECIDED.value))
    return Signal(kind, data.get("rule", ""), data.get("owner", ""))


def record_to_data(record: ItemRecord) -> dict[str, Any]:
    """The record as JSON-ready values: a concept of it is kept as a draft."""
    return {
        "advice": [
            {
                "user": a.user_id,
                "name": a.name,
                "discipline": a.discipline.value if a.discipline else None,
                "stance": a.stance.value,
                "text": a.text,
            }
            for a in record.advice
        ],
        "dissent": record.dissent,
        "conflicts": list(record.conflicts),
        "decision": decision_to_data(record.decision) if record.decision else None,
        "departure_motivation": record.departure_motivation,
        "override_motivation": record.override_motivation,
        "actions": actions_to_data(record.actions),
        "review_date": record.review_date.isoformat() if record.review_date else None,
        "signal": signal_to_data(record.signal),
    }


def record_from_data(data: Mapping[str, Any]) -> ItemRecord:
    """What `record_to_data` wrote; a `ValueError`, `KeyError` or `TypeError` when it is
    not that (a draft of another version of the program)."""
    return ItemRecord(
        advice=tuple(
            Advice(
                a["user"],
                a["name"],
                Discipline(a["discipline"]) if a["discipline"] else None,
                Stance(a["stance"]),
                a["text"],
            )
            for a in data["advice"]
        ),
        dissent=data["dissent"],
        conflicts=tuple(data["conflicts"]),
        decision=decision_from_data(data["decision"]) if data["decision"] else None,
        departure_motivation=data["departure_motivation"],
        override_motivation=data["override_motivation"],
        actions=actions_from_data(data["actions"]),
        review_date=date.fromisoformat(data["review_date"]) if data["review_date"] else None,
        signal=signal_from_data(data["signal"]),
    )


def rebase_record(base: ItemRecord, mine: ItemRecord, theirs: ItemRecord) -> Rebased[ItemRecord]:
    """One's own record put on top of someone else's (`rebase`), with the advice taken
    member by member: members advise at the same time, so a secretary's note of one
    member's advice and another member's own advice are no clash."""
    rebased = rebase(base, mine, theirs)
    if "advice" not in rebased.theirs or "advice" not in rebased.both:
        return rebased
    was, own, other = ({a.user_id: a for a in record.advice} for record in (base, mine, theirs))
    advice, clash = [], False
    for user_id in dict.fromkeys([*other, *own]):
        if own.get(user_id) != was.get(user_id):
            clash = clash or other.get(user_id) not in (was.get(user_id), own.get(user_id))
            kept = own.get(user_id)
        else:
            kept = other.get(user_id)
        if kept is not None:
            advice.append(kept)
    value = replace(rebased.value, advice=tuple(sorted(advice, key=lambda a: a.name)))
    both = tuple(part for part in rebased.both if part != "advice" or clash)
    return Rebased(value, rebased.theirs, both)


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
    revision: int = 1
    """Raised by every change of the item's record, a member's advice included: a record
    saved from an older revision is refused (services/revisions.py)."""


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

    def attendance_known(self, today: date) -> bool:
        """Who is present is only known from the meeting's day on; before it, the members
        are invited, not present."""
        return self.held_on <= today

    def item(self, item_id: str) -> AgendaItem | None:
        return next((i for i in self.agenda if i.id == item_id), None)


@dataclass(frozen=True)
class SignedDecision:
    """A decision version as signed (or registered from history): fixed content, checked on
    every read, and a precedent for what comes after."""

    content: SignedContent
    fingerprint: str
    """SHA-256 of the canonical content: what the signature covers."""
    problems: tuple[str, ...] = ()
    """Why this version cannot be trusted (Dutch sentences); empty when it checks out."""
    key_registered: bool = True
    """False when the signing key came with an imported file and no functioneel beheerder
    of this database registered it."""
    signature: str | None = None
    public_key: str | None = None
    """The signature and the public key it checks against (base64), to pass the version on."""

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def kind(self) -> RecordKind:
        return self.content.kind

    @property
    def dossier_id(self) -> str:
        return self.content.dossier_id

    @property
    def version(self) -> int:
        return self.content.version

    @property
    def decision(self) -> Decision:
        return self.content.decision

    @property
    def factors(self) -> frozenset[str]:
        return self.content.factors

    @property
    def catalogue(self) -> str:
        """The factor catalogue and version it was decided under ("id versie")."""
        return f"{self.content.catalogue.id} {self.content.catalogue.version}"

    @property
    def departed_from(self) -> tuple[str, ...]:
        """Precedents the engine reported as contradicting, departed from on the chair's
        motivation."""
        return self.content.departed_from

    @property
    def departure_motivation(self) -> str:
        return self.content.departure_motivation

    @property
    def override(self) -> Override | None:
        return self.content.override

    @property
    def signed_by(self) -> str:
        signer = self.content.signer
        return signer.user_id if signer is not None else ""

    @property
    def signed_by_name(self) -> str:
        signer = self.content.signer
        return signer.name if signer is not None else ""

    @property
    def signed_at(self) -> datetime:
        return self.content.signed_at

    @property
    def meeting_reference(self) -> str:
        return self.content.meeting_reference

    @property
    def change_reason(self) -> str:
        """Empty for the first version; why it changed for a later one."""
        return self.content.change_reason

    @property
    def source(self) -> str:
        return self.content.source

    def signer_phrase(self) -> str:
        """The chair's name, or what a historic decision is."""
        if self.kind is RecordKind.HISTORIC:
            return said("conference", "historisch besluit ({source})").format(source=self.source)
        return self.signed_by_name

    def signed_text(self) -> str:
        """Who fixed this version and how, in one phrase."""
        if self.kind is RecordKind.HISTORIC:
            return said(
                "conference", "Historisch besluit, als precedent vastgelegd ({source})"
            ).format(source=self.source)
        return said("conference", "Ondertekend door {name}").format(name=self.signed_by_name)


def validate_minutes(minutes: int) -> int:
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(
            "agenda.minutes",
            said(
                "conference", "Geef per dossier tussen {minimum} en {maximum} minuten bespreektijd."
            ).format(minimum=MIN_MINUTES, maximum=MAX_MINUTES),
        )
    return minutes


def validate_action(action: ActionItem) -> ActionItem:
    who, what = " ".join(action.who.split()), action.what.strip()
    if not what:
        raise ValidationError(
            "actions.what", said("conference", "Beschrijf bij elke afspraak wat er moet gebeuren.")
        )
    if not who:
        raise ValidationError(
            "actions.who",
            said("conference", "Zet bij de afspraak ‘{what}’ wie die uitvoert.").format(
                what=what[:40]
            ),
        )
    return ActionItem(who, what, action.due)
