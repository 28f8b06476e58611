"""What `maatwerkdesk/2` adds to a dossier: the whole record behind the decision.

Version 1 carried the facts (fields, timeline, attachments). Version 2 adds, per dossier, a
`record` with the route checks and their pinned catalogue versions, the factors, the
decision, the weighing, the proposal, what the casuïstiekoverleg recorded on its agendas and
every version that binds, with its signature; and, per document, the catalogue texts, the
people, the chairs' public keys and the meetings those refer to. So an export is also a
backup: imported into an empty database it gives the same export again.

Reading is as strict as version 1: unknown keys, wrong types and nulls where none may be are
refused, with the field path in the message. Whether a signature is genuine and whether the
record fits the catalogues is checked by the import service against the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from maatwerkdesk.domain.assessment import (
    Answer,
    Assessment,
    CriterionAnswer,
    EvidenceKind,
    EvidenceLink,
    GateAnswer,
    GateState,
)
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.conference import MeetingStatus, Stance
from maatwerkdesk.domain.decision import Decision, decision_from_data, decision_to_data
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.people import Discipline, Role
from maatwerkdesk.domain.proposal import Proposal, Signal, SignalKind, Zienswijze
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.serialise import Reader, shown
from maatwerkdesk.domain.weighing import Weighing, weighing_from_parts, weighing_parts

MAX_CATALOGUE_TEXT = 2 * 1024 * 1024


@dataclass(frozen=True)
class CatalogueText:
    ref: CatalogueRef
    kind: str
    content: str


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: Role
    """The first of the person's roles (a person holds one or more)."""
    discipline: Discipline | None


@dataclass(frozen=True)
class PublicKey:
    key_id: str
    user: str
    public_key: str


@dataclass(frozen=True)
class MeetingMember:
    user: str
    discipline: Discipline | None
    present: bool


@dataclass(frozen=True)
class ExchangedMeeting:
    reference: str
    held_on: date
    location: str
    status: MeetingStatus
    chair: str
    members: tuple[MeetingMember, ...]


@dataclass(frozen=True)
class ExchangedAssessment:
    assessment: Assessment
    created_at: datetime
    superseded_at: datetime | None


@dataclass(frozen=True)
class ExchangedAdvice:
    user: str
    discipline: Discipline | None
    stance: Stance
    text: str


@dataclass(frozen=True)
class ExchangedAction:
    who: str
    what: str
    due: date | None


@dataclass(frozen=True)
class ExchangedAgendaItem:
    meeting: str
    position: int
    minutes: int
    dissent: str
    conflicts: tuple[str, ...]
    decision: Decision | None
    departure_motivation: str
    override_motivation: str
    actions: tuple[ExchangedAction, ...]
    review_date: date | None
    signal: Signal
    advice: tuple[ExchangedAdvice, ...]


@dataclass(frozen=True)
class ExchangedVersion:
    content: str
    """The canonical text exactly as signed (domain/signed_record.py)."""
    signature: str | None
    key: str | None
    meeting: str | None
    """The meeting whose agenda item it was signed on, if any."""


@dataclass(frozen=True)
class ExchangedGroup:
    """The group a dossier belongs to, as a reference: the group itself, its decision and
    its other members stay in the database that made it (docs/groups.md)."""

    reference: str
    title: str


@dataclass(frozen=True)
class DossierRecordExtras:
    assessments: tuple[ExchangedAssessment, ...] = ()
    factors: tuple[CatalogueRef, frozenset[str]] | None = None
    decision: Decision | None = None
    weighing: Weighing | None = None
    proposal: Proposal | None = None
    proposed_by: str | None = None
    agenda: tuple[ExchangedAgendaItem, ...] = ()
    versions: tuple[ExchangedVersion, ...] = ()
    group: ExchangedGroup | None = None


@dataclass(frozen=True)
class DocumentExtras:
    """The parts of a `maatwerkdesk/2` document that its dossiers refer to."""

    catalogues: tuple[CatalogueText, ...] = ()
    people: tuple[Person, ...] = ()
    keys: tuple[PublicKey, ...] = ()
    meetings: tuple[ExchangedMeeting, ...] = ()
    records: Mapping[str, DossierRecordExtras] = field(default_factory=dict)
    """By dossier id."""


# --- writing -------------------------------------------------------------------------------


def _ref(ref: CatalogueRef) -> dict[str, str]:
    return {"id": ref.id, "version": ref.version}


def assessment_to_dict(exchanged: ExchangedAssessment, timestamp: Any) -> dict[str, Any]:
    assessment = exchanged.assessment
    return {
        "catalogue": _ref(assessment.catalogue),
        "power": assessment.power,
        "route": assessment.route,
        "created_at": timestamp(exchanged.created_at),
        "superseded_at": (
            timestamp(exchanged.superseded_at) if exchanged.superseded_at is not None else None
        ),
        "answers": [
            {
                "criterion": a.criterion_id,
                "answer": a.answer.value,
                "motivation": a.motivation,
                "evidence": [{"kind": e.kind.value, "id": e.id} for e in sorted(a.evidence)],
                "notes": dict(sorted(a.notes)),
            }
            for _, a in sorted(assessment.answers.items())
        ],
        "gate": [
            {"item": g.item_id, "state": g.state.value, "reason": g.reason}
            for _, g in sorted(assessment.gate.items())
        ],
    }


def proposal_to_dict(proposal: Proposal, proposed_by: str | None) -> dict[str, Any]:
    return {
        "citizen_text": proposal.citizen_text,
        "review_date": proposal.review_date.isoformat() if proposal.review_date else None,
        "factor_motivations": dict(sorted(proposal.factor_motivations.items())),
        "deciders": list(proposal.deciders),
        "conflicts_of_interest": list(proposal.conflicts_of_interest),
        "zienswijze": proposal.zienswijze.value,
        "on_application": proposal.on_application,
        "signal": _signal(proposal.signal),
        "escalate": proposal.escalate,
        "proposed_by": proposed_by,
    }


def _signal(signal: Signal) -> dict[str, str]:
    return {"kind": signal.kind.value, "rule": signal.rule, "owner": signal.owner}


def agenda_item_to_dict(item: ExchangedAgendaItem) -> dict[str, Any]:
    return {
        "meeting": item.meeting,
        "position": item.position,
        "minutes": item.minutes,
        "dissent": item.dissent,
        "conflicts": list(item.conflicts),
        "decision": decision_to_data(item.decision) if item.decision is not None else None,
        "departure_motivation": item.departure_motivation,
        "override_motivation": item.override_motivation,
        "actions": [
            {"who": a.who, "what": a.what, "due": a.due.isoformat() if a.due else None}
            for a in item.actions
        ],
        "review_date": item.review_date.isoformat() if item.review_date else None,
        "signal": _signal(item.signal),
        "advice": [
            {
                "user": a.user,
                "discipline": a.discipline.value if a.discipline else None,
                "stance": a.stance.value,
                "text": a.text,
            }
            for a in item.advice
        ],
    }


def record_to_dict(extras: DossierRecordExtras, timestamp: Any) -> dict[str, Any]:
    factors = extras.factors
    return {
        "assessments": [assessment_to_dict(a, timestamp) for a in extras.assessments],
        "factors": (
            {"catalogue": _ref(factors[0]), "factors": sorted(factors[1])}
            if factors is not None
            else None
        ),
        "decision": decision_to_data(extras.decision) if extras.decision is not None else None,
        "weighing": weighing_parts(extras.weighing) if extras.weighing is not None else None,
        "proposal": (
            proposal_to_dict(extras.proposal, extras.proposed_by)
            if extras.proposal is not None
            else None
        ),
        "agenda": [agenda_item_to_dict(item) for item in extras.agenda],
        "versions": [
            {
                "content": v.content,
                "signature": v.signature,
                "key": v.key,
                "meeting": v.meeting,
            }
            for v in extras.versions
        ],
        **(
            {"group": {"reference": extras.group.reference, "title": extras.group.title}}
            if extras.group is not None
            else {}
        ),
    }


def document_parts_to_dict(extras: DocumentExtras) -> dict[str, Any]:
    return {
        "catalogues": [
            {"id": c.ref.id, "version": c.ref.version, "kind": c.kind, "content": c.content}
            for c in sorted(extras.catalogues, key=lambda c: (c.ref.id, c.ref.version))
        ],
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role.value,
                "discipline": p.discipline.value if p.discipline else None,
            }
            for p in sorted(extras.people, key=lambda p: p.id)
        ],
        "keys": [
            {"key_id": k.key_id, "user": k.user, "public_key": k.public_key}
            for k in sorted(extras.keys, key=lambda k: k.key_id)
        ],
        "meetings": [
            {
                "reference": m.reference,
                "held_on": m.held_on.isoformat(),
                "location": m.location,
                "status": m.status.value,
                "chair": m.chair,
                "members": [
                    {
                        "user": member.user,
                        "discipline": member.discipline.value if member.discipline else None,
                        "present": member.present,
                    }
                    for member in m.members
                ],
            }
            for m in sorted(extras.meetings, key=lambda m: m.reference)
        ],
    }


# --- reading -------------------------------------------------------------------------------


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_canonical_uuid(value: str) -> bool:
    """Whether `value` is a UUID as the program writes it: lower case, with hyphens."""
    return _CANONICAL_UUID.fullmatch(value) is not None


def _uuid_text(reader: Reader, key: str) -> str:
    value = reader.text(key, required=True)
    if not is_canonical_uuid(value) and value != "system":
        raise ValidationError(
            reader.where(key),
            said("exchange_record", "'{value}' is geen geldige id.").format(value=shown(value)),
        )
    return value


def _nullable_text(reader: Reader, key: str) -> str | None:
    value = reader.raw(key, required=True)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(
            reader.where(key), said("exchange_record", "Hier wordt tekst of null verwacht.")
        )
    return value


def _boolean(reader: Reader, key: str) -> bool:
    value = reader.raw(key, required=True)
    if not isinstance(value, bool):
        raise ValidationError(
            reader.where(key), said("exchange_record", "Hier wordt true of false verwacht.")
        )
    return value


def _object(reader: Reader, key: str) -> dict[str, Any] | None:
    """An object or null; left out means null."""
    value = reader.raw(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValidationError(
            reader.where(key), said("exchange_record", "Hier wordt een object of null verwacht.")
        )
    return value


def _catalogue_ref(reader: Reader, key: str) -> CatalogueRef:
    child = reader.child(key, required=True)
    ref = CatalogueRef(child.text("id", required=True), child.text("version", required=True))
    child.finish()
    return ref


def _children(reader: Reader, key: str) -> list[Reader]:
    """The objects of a list; left out means an empty list."""
    return [
        Reader(item, f"{reader.where(key)}[{index}]", strict=True)
        for index, item in enumerate(reader.items(key))
    ]


def _discipline(reader: Reader, key: str) -> Discipline | None:
    value = _nullable_text(reader, key)
    if value is None:
        return None
    try:
        return Discipline(value)
    except ValueError:
        raise ValidationError(
            reader.where(key),
            said("exchange_record", "'{value}' is geen discipline.").format(value=shown(value)),
        ) from None


def _decision(reader: Reader, key: str) -> Decision | None:
    data = _object(reader, key)
    if data is None:
        return None
    try:
        decision = decision_from_data(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ValidationError(
            reader.where(key), said("exchange_record", "Dit is geen geldige beslissing.")
        ) from None
    if decision_to_data(decision) != data or not _decision_text(decision):
        raise ValidationError(
            reader.where(key),
            said("exchange_record", "Deze beslissing heeft onbekende of ongeldige velden."),
        )
    return decision


def _decision_text(decision: Decision) -> bool:
    """Whether the decision's texts and factor ids are text (JSON may hold null or numbers)."""
    texts = [
        decision.motivation,
        *(decision.reason or ()),
        *(t for d in decision.distinctions for t in (d.precedent, d.factor)),
    ]
    return all(isinstance(t, str) for t in texts)


def _signal_from(reader: Reader) -> Signal:
    child = reader.child("signal", required=True)
    signal = Signal(child.choice("kind", SignalKind), child.text("rule"), child.text("owner"))
    child.finish()
    return signal


def _assessment(reader: Reader, read_timestamp: Any) -> ExchangedAssessment:
    catalogue = _catalogue_ref(reader, "catalogue")
    answers = {}
    for child in _children(reader, "answers"):
        evidence = []
        for link in _children(child, "evidence"):
            evidence.append(EvidenceLink(link.choice("kind", EvidenceKind), link.text("id")))
            link.finish()
        notes_reader = child.child("notes", required=True)
        notes = tuple(sorted((k, notes_reader.text(k)) for k in list(notes_reader.data)))
        notes_reader.finish()
        criterion = child.text("criterion", required=True)
        answers[criterion] = CriterionAnswer(
            criterion,
            child.choice("answer", Answer),
            child.text("motivation", required=True),
            tuple(evidence),
            notes,
        )
        child.finish()
    gate = {}
    for child in _children(reader, "gate"):
        item = child.text("item", required=True)
        gate[item] = GateAnswer(
            item, child.choice("state", GateState), child.text("reason", required=True)
        )
        child.finish()
    superseded = reader.raw("superseded_at", required=True)
    exchanged = ExchangedAssessment(
        Assessment(
            catalogue,
            _nullable_text(reader, "power"),
            _nullable_text(reader, "route"),
            answers,
            gate,
        ),
        read_timestamp(reader, "created_at"),
        read_timestamp(reader, "superseded_at") if superseded is not None else None,
    )
    reader.finish()
    return exchanged


def _proposal(reader: Reader) -> tuple[Proposal, str | None]:
    motivations = reader.child("factor_motivations", required=True)
    factor_motivations = {k: motivations.text(k) for k in list(motivations.data)}
    motivations.finish()
    proposal = Proposal(
        citizen_text=reader.text("citizen_text", required=True),
        review_date=reader.iso_date("review_date"),
        factor_motivations=factor_motivations,
        deciders=tuple(_texts(reader, "deciders")),
        conflicts_of_interest=tuple(_texts(reader, "conflicts_of_interest")),
        zienswijze=reader.choice("zienswijze", Zienswijze),
        on_application=_boolean(reader, "on_application"),
        signal=_signal_from(reader),
        escalate=_boolean(reader, "escalate"),
    )
    proposed_by = _nullable_text(reader, "proposed_by")
    reader.finish()
    return proposal, proposed_by


def _texts(reader: Reader, key: str) -> list[str]:
    values = reader.items(key, required=True)
    for index, value in enumerate(values):
        if not isinstance(value, str):
            raise ValidationError(
                f"{reader.where(key)}[{index}]",
                said("exchange_record", "Hier wordt tekst verwacht."),
            )
    return values


def _agenda_item(reader: Reader) -> ExchangedAgendaItem:
    actions = []
    for child in _children(reader, "actions"):
        actions.append(
            ExchangedAction(
                child.text("who", required=True),
                child.text("what", required=True),
                child.iso_date("due"),
            )
        )
        child.finish()
    advice = []
    for child in _children(reader, "advice"):
        advice.append(
            ExchangedAdvice(
                _uuid_text(child, "user"),
                _discipline(child, "discipline"),
                child.choice("stance", Stance),
                child.text("text", required=True),
            )
        )
        child.finish()
    item = ExchangedAgendaItem(
        meeting=reader.text("meeting", required=True),
        position=_count(reader, "position"),
        minutes=_count(reader, "minutes"),
        dissent=reader.text("dissent", required=True),
        conflicts=tuple(_texts(reader, "conflicts")),
        decision=_decision(reader, "decision"),
        departure_motivation=reader.text("departure_motivation", required=True),
        override_motivation=reader.text("override_motivation", required=True),
        actions=tuple(actions),
        review_date=reader.iso_date("review_date"),
        signal=_signal_from(reader),
        advice=tuple(advice),
    )
    reader.finish()
    return item


def _count(reader: Reader, key: str) -> int:
    value = reader.integer(key, required=True)
    if value is None or not 0 <= value <= 1_000_000:
        raise ValidationError(
            reader.where(key), said("exchange_record", "Hier wordt een getal vanaf 0 verwacht.")
        )
    return value


def _version(reader: Reader) -> ExchangedVersion:
    version = ExchangedVersion(
        content=reader.text("content", required=True),
        signature=_nullable_text(reader, "signature"),
        key=_nullable_text(reader, "key"),
        meeting=_nullable_text(reader, "meeting"),
    )
    reader.finish()
    return version


def read_record(reader: Reader, read_timestamp: Any) -> DossierRecordExtras:
    """A dossier's `record` object."""
    factors = None
    factors_data = _object(reader, "factors")
    if factors_data is not None:
        child = reader.child("factors", required=True)
        factors = (_catalogue_ref(child, "catalogue"), frozenset(_texts(child, "factors")))
        child.finish()
    weighing = None
    weighing_data = _object(reader, "weighing")
    if weighing_data is not None:
        weighing = _weighing(reader.where("weighing"), weighing_data)
    proposal, proposed_by = None, None
    if _object(reader, "proposal") is not None:
        proposal, proposed_by = _proposal(reader.child("proposal", required=True))
    extras = DossierRecordExtras(
        assessments=tuple(_assessment(c, read_timestamp) for c in _children(reader, "assessments")),
        factors=factors,
        decision=_decision(reader, "decision"),
        weighing=weighing,
        proposal=proposal,
        proposed_by=proposed_by,
        agenda=tuple(_agenda_item(c) for c in _children(reader, "agenda")),
        versions=tuple(_version(c) for c in _children(reader, "versions")),
        group=_group(reader),
    )
    reader.finish()
    return extras


def _group(reader: Reader) -> ExchangedGroup | None:
    """The optional `group` reference; a file without it (older ones) has none."""
    if _object(reader, "group") is None:
        return None
    child = reader.child("group", required=True)
    group = ExchangedGroup(
        child.text("reference", required=True), child.text("title", required=True)
    )
    child.finish()
    if not group.reference.strip():
        raise ValidationError(
            child.where("reference"), said("exchange_record", "Een groep heeft een kenmerk.")
        )
    return group


def _weighing(where: str, data: dict[str, Any]) -> Weighing:
    """The weighing, refused unless it reads back exactly (no unknown keys or values)."""
    try:
        weighing = weighing_from_parts(
            data["nature"],
            data["aim"],
            data["steps"],
            data["alternatives"],
            data["interests"],
            data["intensity"],
        )
    except (KeyError, TypeError, AttributeError):
        weighing = None
    if weighing is None or weighing_parts(weighing) != data or not _all_text(weighing):
        raise ValidationError(
            where, said("exchange_record", "Deze weging heeft onbekende of ongeldige velden.")
        )
    return weighing


def _all_text(weighing: Weighing) -> bool:
    """Whether every written part of the weighing is text (JSON may hold null or numbers)."""
    texts = [
        weighing.aim,
        *(s.motivation for s in weighing.steps.values()),
        *(t for a in weighing.alternatives.values() for t in (a.motivation, a.set_aside)),
        *(i.description for i in weighing.interests.values()),
    ]
    return all(isinstance(t, str) for t in texts)


def read_document_parts(reader: Reader) -> DocumentExtras:
    """The document-level parts of `maatwerkdesk/2` (the dossiers are read elsewhere)."""
    catalogues = []
    for child in _children(reader, "catalogues"):
        content = child.text("content", required=True)
        if len(content) > MAX_CATALOGUE_TEXT:
            raise ValidationError(
                child.where("content"), said("exchange_record", "Deze catalogustekst is te lang.")
            )
        catalogues.append(
            CatalogueText(
                CatalogueRef(child.text("id", required=True), child.text("version", required=True)),
                child.text("kind", required=True),
                content,
            )
        )
        child.finish()
    people = []
    for child in _children(reader, "people"):
        people.append(
            Person(
                _uuid_text(child, "id"),
                child.text("name", required=True),
                child.choice("role", Role),
                _discipline(child, "discipline"),
            )
        )
        child.finish()
    keys = []
    for child in _children(reader, "keys"):
        keys.append(
            PublicKey(
                child.text("key_id", required=True),
                _uuid_text(child, "user"),
                child.text("public_key", required=True),
            )
        )
        child.finish()
    meetings = []
    for child in _children(reader, "meetings"):
        members = []
        for member in _children(child, "members"):
            members.append(
                MeetingMember(
                    _uuid_text(member, "user"),
                    _discipline(member, "discipline"),
                    _boolean(member, "present"),
                )
            )
            member.finish()
        held_on = child.iso_date("held_on", required=True)
        assert held_on is not None
        meetings.append(
            ExchangedMeeting(
                child.text("reference", required=True),
                held_on,
                child.text("location", required=True),
                child.choice("status", MeetingStatus),
                _uuid_text(child, "chair"),
                tuple(members),
            )
        )
        child.finish()
    return DocumentExtras(tuple(catalogues), tuple(people), tuple(keys), tuple(meetings))
