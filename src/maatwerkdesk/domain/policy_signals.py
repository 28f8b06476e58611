"""Knelpuntsignalen: what single cases teach about a rule, sent to the rule's owner.

Maatwerk is a sluitstuk, not the remedy for a flaw in a rule: when the same knelpunt keeps
coming back, the policy owner (a department, the municipality's own council or college, a
loket for hardships) should hear of it. A signal is a record of its own: what kind of
knelpunt, which rule, whose rule, a description written to be shared outside the team,
the dossiers and group dossiers it rests on, and where it stands with the owner.

The description leaves the organisation, so it may hold no personal data: no name, BSN,
date of birth or address of anyone (domain/pseudonymise.py finds them). The dossiers it
rests on stay links inside the program; a report names none of their people.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from maatwerkdesk.domain.case_facts import ThirdParty
from maatwerkdesk.domain.dossier import Subject
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.pseudonymise import personal_data_in
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text, enumerate_nl

REFERENCE_PREFIX = "KS"
DESCRIPTION_LIMIT = 10_000
"""A signal is read by someone outside the team: a page or two, not a dossier."""


def signal_reference(year: int, number: int) -> str:
    """'KS-2026-0001': the signal's number within its year."""
    return f"{REFERENCE_PREFIX}-{year}-{number:04d}"


class SignalCategory(StrEnum):
    HARDSHIP = "hardheid"
    CONCURRENCE = "samenloop"
    IMPLEMENTATION = "uitvoering"
    INFORMATION = "informatie"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS: Mapping[SignalCategory, str] = MappingProxyType(
    {
        SignalCategory.HARDSHIP: "Hardheid in de regel",
        SignalCategory.CONCURRENCE: "Samenloop van regels",
        SignalCategory.IMPLEMENTATION: "Uitvoering",
        SignalCategory.INFORMATION: "Informatie",
    }
)


class SignalState(StrEnum):
    CONCEPT = "concept"
    REPORTED = "gemeld"
    IN_PROGRESS = "in_behandeling"
    RESOLVED = "opgelost"
    NOT_ADOPTED = "niet_overgenomen"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]

    @property
    def final(self) -> bool:
        return self in (SignalState.RESOLVED, SignalState.NOT_ADOPTED)


STATE_LABELS: Mapping[SignalState, str] = MappingProxyType(
    {
        SignalState.CONCEPT: "concept",
        SignalState.REPORTED: "gemeld",
        SignalState.IN_PROGRESS: "in behandeling",
        SignalState.RESOLVED: "opgelost",
        SignalState.NOT_ADOPTED: "niet overgenomen",
    }
)

TRANSITIONS: Mapping[SignalState, frozenset[SignalState]] = MappingProxyType(
    {
        SignalState.CONCEPT: frozenset({SignalState.REPORTED}),
        SignalState.REPORTED: frozenset({SignalState.IN_PROGRESS, SignalState.NOT_ADOPTED}),
        SignalState.IN_PROGRESS: frozenset({SignalState.RESOLVED, SignalState.NOT_ADOPTED}),
        SignalState.RESOLVED: frozenset(),
        SignalState.NOT_ADOPTED: frozenset(),
    }
)
"""The life cycle: written, sent to the owner, taken up, and the owner's answer. An owner
may decline a signal at once, without taking it up."""

OWNER_SUGGESTIONS = (
    "Ministerie van Sociale Zaken en Werkgelegenheid",
    "Ministerie van Financiën",
    "College van burgemeester en wethouders",
    "Gemeenteraad",
)
"""Common owners of a rule, offered when the owner is typed; any other may be named."""


@dataclass(frozen=True)
class SignalFields:
    """What the one who writes a signal fills in."""

    category: SignalCategory
    regulation: str
    article: str
    owner: str
    """The policy owner: a department or organisation, free text."""
    title: str
    description: str
    """Written for sharing: no personal data (`validate_signal_fields`)."""


@dataclass(frozen=True)
class Transition:
    """One step in a signal's life: when, by whom, and what the owner answered."""

    state: SignalState
    on: date
    by: str
    response: str = ""


@dataclass(frozen=True)
class LinkedDossier:
    id: str
    reference: str
    title: str


@dataclass(frozen=True)
class PolicySignal:
    id: str
    reference: str
    fields: SignalFields
    state: SignalState
    transitions: tuple[Transition, ...] = ()
    """Oldest first; the first is the signal's creation as a concept."""
    dossiers: tuple[LinkedDossier, ...] = ()
    groups: tuple[LinkedDossier, ...] = ()
    """The group dossiers it rests on (their reference and title)."""
    proposal_key: str = ""
    """The key of the pattern proposal it was made from; empty when written by hand."""
    revision: int = 1

    @property
    def response(self) -> str:
        """The owner's latest answer, empty while none was recorded."""
        return next((t.response for t in reversed(self.transitions) if t.response), "")

    def since(self, state: SignalState) -> date | None:
        """The date the signal reached `state` (the last time), None if it never did."""
        return next((t.on for t in reversed(self.transitions) if t.state is state), None)

    @property
    def reported_on(self) -> date | None:
        return self.since(SignalState.REPORTED)

    @property
    def label(self) -> str:
        return f"{self.reference} — {self.fields.title}"


def _short(value: str, name: str) -> str:
    return clean_text(value, name, limit=SHORT_TEXT_LIMIT, multiline=False)


def validate_signal_fields(
    fields: SignalFields, people: Iterable[tuple[Subject, Iterable[ThirdParty]]] = ()
) -> SignalFields:
    """The fields cleaned; refused with a sentence when one is missing or the title or
    description holds personal data of `people` (the linked dossiers' betrokkenen and third
    parties) or of anyone the patterns recognise."""
    title = _short(fields.title, "signal.title")
    regulation = _short(fields.regulation, "signal.regulation")
    owner = _short(fields.owner, "signal.owner")
    description = clean_text(
        fields.description, "signal.description", limit=DESCRIPTION_LIMIT, multiline=True
    )
    if not title:
        raise ValidationError(
            "signal.title", said("policy_signals", "Geef het signaal een korte titel.")
        )
    if not regulation:
        raise ValidationError(
            "signal.regulation",
            said(
                "policy_signals",
                "Noem de regeling waar het knelpunt in zit, bijvoorbeeld ‘Participatiewet’.",
            ),
        )
    if not owner:
        raise ValidationError(
            "signal.owner",
            said(
                "policy_signals",
                "Noem de eigenaar van de regel: het ministerie, de gemeenteraad of het loket "
                "waar het signaal heen gaat.",
            ),
        )
    if not description:
        raise ValidationError(
            "signal.description",
            said(
                "policy_signals",
                "Beschrijf het knelpunt: wat de regel doet, bij wie dat onredelijk uitpakt en "
                "wat er zou moeten veranderen.",
            ),
        )
    listed = [(subject, list(parties)) for subject, parties in people]
    for name, text in (("signal.title", title), ("signal.description", description)):
        refuse_personal_data(name, text, listed)
    return SignalFields(
        fields.category,
        regulation,
        _short(fields.article, "signal.article"),
        owner,
        title,
        description,
    )


def refuse_personal_data(
    field: str, text: str, people: Iterable[tuple[Subject, Iterable[ThirdParty]]]
) -> None:
    found = personal_data_in(text, people)
    if found:
        raise ValidationError(
            field,
            said(
                "policy_signals",
                "Deze tekst bevat {found}. Een signaal gaat buiten het team: "
                "beschrijf het knelpunt zonder naam, BSN, geboortedatum of adres (schrijf "
                "bijvoorbeeld ‘betrokkene’ of ‘een alleenstaande ouder’).",
            ).format(found=enumerate_nl(found)),
        )


def refuse_transition(current: SignalState, wanted: SignalState, response: str) -> None:
    """Refuse a step the life cycle does not have, or a final answer without the owner's
    response."""
    if wanted not in TRANSITIONS[current]:
        allowed = sorted(TRANSITIONS[current], key=list(SignalState).index)
        if not allowed:
            raise DomainError(
                said(
                    "policy_signals",
                    "Een signaal met de status ‘{status}’ kan niet naar ‘{wanted}’. Het is "
                    "afgehandeld; schrijf een nieuw signaal als het knelpunt terugkomt.",
                ).format(
                    status=vocabulary_word(current.label), wanted=vocabulary_word(wanted.label)
                )
            )
        options = enumerate_nl(
            (
                said("policy_signals", "‘{status}’").format(status=vocabulary_word(s.label))
                for s in allowed
            ),
            "of",
        )
        raise DomainError(
            said(
                "policy_signals",
                "Een signaal met de status ‘{status}’ kan niet naar ‘{wanted}’. Vanaf "
                "‘{status}’ kan het signaal alleen naar {allowed}.",
            ).format(
                status=vocabulary_word(current.label),
                wanted=vocabulary_word(wanted.label),
                allowed=options,
            )
        )
    if wanted.final and not response.strip():
        raise ValidationError(
            "signal.response",
            said(
                "policy_signals",
                "Leg vast wat de eigenaar van de regel heeft geantwoord voordat u het signaal "
                "op ‘{status}’ zet.",
            ).format(status=vocabulary_word(wanted.label)),
        )


def clean_response(response: str) -> str:
    return clean_text(response, "signal.response", limit=LONG_TEXT_LIMIT, multiline=True)


def refuse_edit(state: SignalState) -> None:
    """Only a concept is edited: what was sent to the owner stays as it was sent."""
    if state is not SignalState.CONCEPT:
        raise DomainError(
            said(
                "policy_signals",
                "Dit signaal is {status}; wat bij de eigenaar ligt, wijzigt u niet meer. "
                "Leg een nieuw antwoord vast bij de volgende stap, of schrijf een nieuw signaal.",
            ).format(status=vocabulary_word(state.label))
        )


def signal_data(signal: PolicySignal) -> dict[str, Any]:
    """The signal as the command line's JSON gives it."""
    fields = signal.fields
    return {
        "reference": signal.reference,
        "kind": fields.category.value,
        "regulation": fields.regulation,
        "article": fields.article,
        "owner": fields.owner,
        "title": fields.title,
        "description": fields.description,
        "state": signal.state.value,
        "steps": [
            {"state": t.state.value, "on": t.on.isoformat(), "by": t.by, "response": t.response}
            for t in signal.transitions
        ],
        "dossiers": [d.reference for d in signal.dossiers],
        "groups": [g.reference for g in signal.groups],
        "from_proposal": signal.proposal_key or None,
    }


class Dimension(StrEnum):
    """What the signals are counted by."""

    REGULATION = "regeling"
    OWNER = "eigenaar"
    QUARTER = "kwartaal"


def quarter_of(day: date) -> str:
    """'2026-K4': the quarter a signal was written in."""
    return f"{day.year}-K{(day.month - 1) // 3 + 1}"


def key_of(signal: PolicySignal, dimension: Dimension) -> str:
    if dimension is Dimension.REGULATION:
        return signal.fields.regulation
    if dimension is Dimension.OWNER:
        return signal.fields.owner
    written = signal.since(SignalState.CONCEPT)
    return quarter_of(written) if written is not None else vocabulary_word("onbekend")


@dataclass(frozen=True)
class Count:
    """How many signals share one regulation, owner or quarter, per state."""

    key: str
    per_state: tuple[tuple[SignalState, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _state, n in self.per_state)


def counts_by(signals: Iterable[PolicySignal], dimension: Dimension) -> list[Count]:
    """Per key the signals in each state (every state listed, in life-cycle order): the
    largest first, quarters in time order."""
    found: dict[str, dict[SignalState, int]] = {}
    for signal in signals:
        per = found.setdefault(key_of(signal, dimension), dict.fromkeys(SignalState, 0))
        per[signal.state] += 1
    counts = [Count(key, tuple(per.items())) for key, per in found.items()]
    if dimension is Dimension.QUARTER:
        return sorted(counts, key=lambda c: c.key)
    return sorted(counts, key=lambda c: (-c.total, c.key.casefold()))
