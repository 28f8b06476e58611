"""The loket across organisations: who else is involved in a dossier, where it was
referred to, what the citizen consented to, and what was shared with whom on which basis.

A sharing names its legal basis: one of the grounds of art. 6 lid 1 AVG. Ground a is the
citizen's consent, recorded with its date, the organisation it is for, the field groups
it covers and, once withdrawn, the date of withdrawal; a consent that is withdrawn, not
yet given, or given to another organisation or for fewer field groups cannot carry a
sharing. Grounds c and e rest on a provision of law, which the sharing names. Ground f
is not open to a public authority performing its tasks (art. 6 lid 1, last sentence,
AVG), so the program refuses it. What is shared is a set of field groups; by default the
minimum, without identifying data, so the summary is pseudonymised.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text, enumerate_nl


class InvolvementRole(StrEnum):
    """What an organisation is to the dossier."""

    INVOLVED = "betrokken"
    REFERRER = "verwijzer"
    RECEIVER = "ontvanger"
    COORDINATOR = "regievoerder"

    @property
    def label(self) -> str:
        return self.value


class ReferralStatus(StrEnum):
    PROPOSED = "voorgesteld"
    SENT = "verzonden"
    RECEIVED = "ontvangen"
    IN_PROGRESS = "in_behandeling"
    DONE = "afgerond"
    NOT_TAKEN_UP = "niet_opgepakt"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ReferralStatus.PROPOSED: "voorgesteld",
    ReferralStatus.SENT: "verzonden",
    ReferralStatus.RECEIVED: "ontvangen",
    ReferralStatus.IN_PROGRESS: "in behandeling",
    ReferralStatus.DONE: "afgerond",
    ReferralStatus.NOT_TAKEN_UP: "niet opgepakt",
}
NEXT_STATUSES: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    ReferralStatus.PROPOSED: (ReferralStatus.SENT,),
    ReferralStatus.SENT: (ReferralStatus.RECEIVED, ReferralStatus.NOT_TAKEN_UP),
    ReferralStatus.RECEIVED: (ReferralStatus.IN_PROGRESS, ReferralStatus.NOT_TAKEN_UP),
    ReferralStatus.IN_PROGRESS: (ReferralStatus.DONE, ReferralStatus.NOT_TAKEN_UP),
    ReferralStatus.DONE: (),
    ReferralStatus.NOT_TAKEN_UP: (),
}
"""A referral moves forward one step at a time; it ends done or not taken up."""


class FieldGroup(StrEnum):
    """What of a dossier can be shared, in groups a citizen and a caseworker can name."""

    CASE = "zaak"
    KNELPUNT = "knelpunt"
    IDENTITY = "identiteit"
    CONTACT = "contact"
    HOUSEHOLD = "huishouden"
    AMOUNTS = "bedragen"
    DOENVERMOGEN = "doenvermogen"
    DECISION = "besluit"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    FieldGroup.CASE: "de zaak (regeling, artikel, verzoek)",
    FieldGroup.KNELPUNT: "het knelpunt (met de generieke uitkomst)",
    FieldGroup.IDENTITY: "identificerende gegevens (naam, BSN, geboortedatum)",
    FieldGroup.CONTACT: "contactgegevens",
    FieldGroup.HOUSEHOLD: "het huishouden",
    FieldGroup.AMOUNTS: "bedragen",
    FieldGroup.DOENVERMOGEN: "waarnemingen over doenvermogen",
    FieldGroup.DECISION: "het besluit",
}
MINIMAL = frozenset({FieldGroup.CASE, FieldGroup.KNELPUNT})
"""What is shared unless more is chosen: the case, never who it is about."""
IDENTIFYING = frozenset({FieldGroup.IDENTITY, FieldGroup.CONTACT})
"""Groups that say who the citizen is: without them the summary is pseudonymised."""


class Ground(StrEnum):
    """The grounds of art. 6 lid 1 AVG."""

    CONSENT = "a"
    CONTRACT = "b"
    LEGAL_OBLIGATION = "c"
    VITAL_INTERESTS = "d"
    PUBLIC_TASK = "e"
    LEGITIMATE_INTERESTS = "f"

    @property
    def label(self) -> str:
        return f"art. 6 lid 1 onder {self.value} AVG: {_GROUND_LABELS[self]}"


_GROUND_LABELS = {
    Ground.CONSENT: "toestemming van de betrokkene",
    Ground.CONTRACT: "uitvoering van een overeenkomst met de betrokkene",
    Ground.LEGAL_OBLIGATION: "wettelijke verplichting",
    Ground.VITAL_INTERESTS: "vitaal belang van de betrokkene of een ander",
    Ground.PUBLIC_TASK: "taak van algemeen belang of openbaar gezag",
    Ground.LEGITIMATE_INTERESTS: "gerechtvaardigd belang",
}
NEEDS_PROVISION = frozenset({Ground.LEGAL_OBLIGATION, Ground.PUBLIC_TASK})
"""Grounds that rest on a provision of law (art. 6 lid 3 AVG), which the sharing names."""


@dataclass(frozen=True)
class Consent:
    id: str
    organisation: str
    groups: frozenset[FieldGroup]
    given_on: date
    withdrawn_on: date | None = None
    note: str = ""

    def in_force(self, on: date) -> bool:
        return self.given_on <= on and (self.withdrawn_on is None or on < self.withdrawn_on)


@dataclass(frozen=True)
class Basis:
    """The legal basis of a sharing: a ground, with the consent (a) or provision (c, e)."""

    ground: Ground
    consent_id: str = ""
    provision: str = ""

    @property
    def label(self) -> str:
        detail = self.provision if self.ground in NEEDS_PROVISION else ""
        return f"{self.ground.label} ({detail})" if detail else self.ground.label


@dataclass(frozen=True)
class Involvement:
    id: str
    organisation: str
    role: InvolvementRole
    note: str = ""


@dataclass(frozen=True)
class Referral:
    """A referral or warm handover to another organisation, with the date of each step."""

    id: str
    organisation: str
    purpose: str
    warm: bool
    status: ReferralStatus
    dates: tuple[tuple[ReferralStatus, date], ...]
    revision: int = 0

    def date_of(self, status: ReferralStatus) -> date | None:
        return dict(self.dates).get(status)


@dataclass(frozen=True)
class Sharing:
    id: str
    organisation: str
    groups: frozenset[FieldGroup]
    basis: Basis
    shared_on: date
    by: str = ""

    @property
    def pseudonymised(self) -> bool:
        return not (self.groups & IDENTIFYING)


@dataclass(frozen=True)
class Loket:
    """Everything of the loket in one dossier."""

    involvements: tuple[Involvement, ...] = ()
    referrals: tuple[Referral, ...] = ()
    consents: tuple[Consent, ...] = ()
    sharings: tuple[Sharing, ...] = ()

    def consent(self, consent_id: str) -> Consent | None:
        return next((c for c in self.consents if c.id == consent_id), None)


def group_labels(groups: Iterable[FieldGroup]) -> str:
    """'de zaak (…) en het knelpunt …', in the order of `FieldGroup`."""
    chosen = set(groups)
    return enumerate_nl(vocabulary_word(group.label) for group in FieldGroup if group in chosen)


def clean_note(value: str, field: str) -> str:
    return clean_text(value, field, limit=LONG_TEXT_LIMIT, multiline=True)


def next_referral_status(current: ReferralStatus, wanted: ReferralStatus) -> ReferralStatus:
    """`wanted` if the referral may move there from `current`; otherwise a sentence saying
    which steps are open."""
    allowed = NEXT_STATUSES[current]
    if wanted in allowed:
        return wanted
    if not allowed:
        raise ValidationError(
            "referral.status",
            said(
                "loket",
                "Deze verwijzing is {status}; daarna verandert de status niet meer. "
                "Maak een nieuwe verwijzing als het opnieuw moet.",
            ).format(status=vocabulary_word(current.label)),
        )
    raise ValidationError(
        "referral.status",
        said(
            "loket", "Een verwijzing die {status} is, kan niet naar {wanted}; kies {allowed}."
        ).format(
            status=vocabulary_word(current.label),
            wanted=vocabulary_word(wanted.label),
            allowed=enumerate_nl((vocabulary_word(s.label) for s in allowed), "of"),
        ),
    )


def validate_consent_groups(groups: Iterable[FieldGroup]) -> frozenset[FieldGroup]:
    chosen = frozenset(groups)
    if not chosen:
        raise ValidationError(
            "consent.groups",
            said("loket", "Kies voor welke gegevens de toestemming geldt (een of meer)."),
        )
    return chosen


def refuse_withdrawal(consent: Consent, on: date) -> None:
    if consent.withdrawn_on is not None:
        raise DomainError(
            said(
                "loket",
                "Deze toestemming is al ingetrokken op {date}; er is niets meer in te trekken.",
            ).format(date=f"{consent.withdrawn_on:%d-%m-%Y}")
        )
    if on < consent.given_on:
        raise ValidationError(
            "consent.withdrawn_on",
            said(
                "loket",
                "De toestemming is gegeven op {date}; de intrekking kan "
                "niet eerder zijn. Kies een latere datum.",
            ).format(date=f"{consent.given_on:%d-%m-%Y}"),
        )


def checked_basis(basis: Basis) -> Basis:
    """The basis with its provision cleaned; refused when it cannot carry any sharing."""
    provision = clean_text(
        basis.provision, "basis.provision", limit=SHORT_TEXT_LIMIT, multiline=False
    )
    if basis.ground is Ground.LEGITIMATE_INTERESTS:
        raise ValidationError(
            "basis.ground",
            said(
                "loket",
                "Grondslag f (gerechtvaardigd belang) geldt niet voor een overheidsorganisatie "
                "die haar taak uitvoert (art. 6 lid 1 AVG, laatste zin). Kies e (taak van "
                "algemeen belang), c (wettelijke verplichting) of de toestemming van de "
                "betrokkene.",
            ),
        )
    if basis.ground in NEEDS_PROVISION and not provision:
        raise ValidationError(
            "basis.provision",
            said(
                "loket",
                "Grondslag {ground} rust op een wettelijk voorschrift; noem het "
                "artikel waarop het delen steunt.",
            ).format(ground=basis.ground.value),
        )
    if basis.ground is Ground.CONSENT and not basis.consent_id:
        raise ValidationError(
            "basis.consent",
            said(
                "loket",
                "Kies de toestemming van de betrokkene waarop het delen steunt, of leg die "
                "eerst vast.",
            ),
        )
    return Basis(
        basis.ground, basis.consent_id if basis.ground is Ground.CONSENT else "", provision
    )


def refuse_uncovered(
    organisation: str,
    organisation_name: str,
    groups: frozenset[FieldGroup],
    basis: Basis,
    consent: Consent | None,
    on: date,
) -> None:
    """Refuse a sharing the basis does not carry, naming what to do instead.

    With consent, the consent must be in force on the day, given for this organisation,
    and cover every field group shared."""
    if not groups:
        raise ValidationError(
            "sharing.groups", said("loket", "Kies welke gegevens u deelt (een of meer).")
        )
    if basis.ground is not Ground.CONSENT:
        return
    if consent is None:
        raise ValidationError(
            "basis.consent",
            said("loket", "Deze toestemming hoort niet bij dit dossier; kies een andere."),
        )
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        raise DomainError(
            said(
                "loket",
                "De betrokkene heeft de toestemming ingetrokken op {date}; "
                "daarop kan niets meer worden gedeeld. Vraag opnieuw toestemming of kies een "
                "andere grondslag.",
            ).format(date=f"{consent.withdrawn_on:%d-%m-%Y}")
        )
    if consent.given_on > on:
        raise DomainError(
            said("loket", "De toestemming geldt pas vanaf {date}; deel vanaf die dag.").format(
                date=f"{consent.given_on:%d-%m-%Y}"
            )
        )
    if consent.organisation != organisation:
        raise DomainError(
            said(
                "loket",
                "Deze toestemming is niet gegeven voor delen met {organisation}. Vraag de "
                "betrokkene toestemming voor deze organisatie, of kies een andere grondslag.",
            ).format(organisation=organisation_name)
        )
    missing = groups - consent.groups
    if missing:
        raise DomainError(
            said(
                "loket",
                "De toestemming dekt niet: {groups}. Laat die gegevens weg, of "
                "vraag de betrokkene toestemming die ook deze gegevens dekt.",
            ).format(groups=group_labels(missing))
        )
