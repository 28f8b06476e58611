"""The maatwerk dossier as plain values, and the rules every saved dossier obeys."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from maatwerkdesk.domain.case_facts import CaseFacts, validate_facts
from maatwerkdesk.domain.dossier_summary import DossierSummary as DossierSummary
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.identifiers import normalise_bsn, normalise_kvk
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
    TimelineKind,
)


@dataclass(frozen=True)
class DimensionNote:
    observation: DoenObservation = DoenObservation.NOT_OBSERVED
    note: str = ""


@dataclass(frozen=True)
class Doenvermogen:
    """Descriptive observations on the WRR dimensions; never a score or a label."""

    dimensions: dict[DoenDimension, DimensionNote] = field(default_factory=dict)
    stressors: frozenset[Stressor] = frozenset()
    support: str = ""
    """Support present: network, bewindvoerder, wijkteam."""

    def note_for(self, dimension: DoenDimension) -> DimensionNote:
        return self.dimensions.get(dimension, DimensionNote())


@dataclass(frozen=True)
class Subject:
    """The betrokkene: a person or a business, with as little personal data as the case needs."""

    kind: SubjectKind = SubjectKind.PERSON
    name: str = ""
    bsn: str = ""
    kvk_number: str = ""
    date_of_birth: date | None = None
    contact: str = ""
    household: str = ""


@dataclass(frozen=True)
class DossierFields:
    """Everything a caseworker edits in the dossier editor."""

    title: str = ""
    status: DossierStatus = DossierStatus.INTAKE
    owner: str = ""
    organisations: tuple[Organisation, ...] = ()
    regulation: str = ""
    article: str = ""
    """The article of the generic rule: the legal basis of the generic outcome."""
    deviation_article: str = ""
    """The clause that allows deviating from it (hardheidsclausule, dringende redenen)."""
    generic_outcome: str = ""
    knelpunt: str = ""
    request: str = ""
    notes: str = ""
    subject: Subject = field(default_factory=Subject)
    doenvermogen: Doenvermogen = field(default_factory=Doenvermogen)
    facts: CaseFacts = field(default_factory=CaseFacts)
    """Amounts, third parties, the stage of the procedure and rulings, as data."""


@dataclass(frozen=True)
class TimelineEntry:
    occurred_on: date
    kind: TimelineKind
    description: str
    author: str = ""
    id: str = ""


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    original_name: str
    size: int
    sha256: str
    added_at: datetime
    description: str = ""


@dataclass(frozen=True)
class DossierRecord:
    """A stored dossier as the services hand it out."""

    id: str
    reference: str
    revision: int
    created_at: datetime
    updated_at: datetime
    fields: DossierFields
    timeline: tuple[TimelineEntry, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()


def _short(value: str, name: str) -> str:
    return clean_text(value, name, limit=SHORT_TEXT_LIMIT, multiline=False)


def _long(value: str, name: str) -> str:
    return clean_text(value, name, limit=LONG_TEXT_LIMIT, multiline=True)


def validate_subject(subject: Subject, today: date) -> Subject:
    name = _short(subject.name, "subject.name")
    bsn = subject.bsn.strip()
    kvk = subject.kvk_number.strip()
    if subject.kind is SubjectKind.PERSON:
        bsn = normalise_bsn(bsn, "subject.bsn") if bsn else ""
        if kvk:
            raise ValidationError(
                "subject.kvk_number",
                said(
                    "dossier",
                    "Een KvK-nummer hoort bij een onderneming. Kies 'Onderneming' of maak het "
                    "veld leeg.",
                ),
            )
    else:
        kvk = normalise_kvk(kvk, "subject.kvk_number") if kvk else ""
        if bsn:
            bsn = normalise_bsn(bsn, "subject.bsn")  # eenmanszaak: the owner's BSN may be needed
    dob = subject.date_of_birth
    if dob is not None and not (date(1900, 1, 1) <= dob <= today):
        raise ValidationError(
            "subject.date_of_birth",
            said(
                "dossier",
                "Deze geboortedatum kan niet kloppen: hij ligt in de toekomst of vóór 1900.",
            ),
        )
    return replace(
        subject,
        name=name,
        bsn=bsn,
        kvk_number=kvk,
        contact=_long(subject.contact, "subject.contact"),
        household=_long(subject.household, "subject.household"),
    )


def validate_doenvermogen(doen: Doenvermogen) -> Doenvermogen:
    dimensions = {
        dim: DimensionNote(note.observation, _long(note.note, f"doenvermogen.{dim.value}"))
        for dim, note in doen.dimensions.items()
    }
    return Doenvermogen(
        dimensions, frozenset(doen.stressors), _long(doen.support, "doenvermogen.support")
    )


def validate_fields(fields: DossierFields, today: date) -> DossierFields:
    """Return the cleaned fields, or raise ValidationError naming the first bad field."""
    title = _short(fields.title, "title")
    if not title:
        raise ValidationError(
            "title",
            said("dossier", "Geef het dossier een titel, zodat u het in de lijst terugvindt."),
        )
    return DossierFields(
        title=title,
        status=fields.status,
        owner=_short(fields.owner, "owner"),
        organisations=tuple(dict.fromkeys(fields.organisations)),
        regulation=_short(fields.regulation, "regulation"),
        article=_short(fields.article, "article"),
        deviation_article=_short(fields.deviation_article, "deviation_article"),
        generic_outcome=_long(fields.generic_outcome, "generic_outcome"),
        knelpunt=_long(fields.knelpunt, "knelpunt"),
        request=_long(fields.request, "request"),
        notes=_long(fields.notes, "notes"),
        subject=validate_subject(fields.subject, today),
        doenvermogen=validate_doenvermogen(fields.doenvermogen),
        facts=validate_facts(fields.facts, today),
    )


def validate_timeline_entry(entry: TimelineEntry, today: date) -> TimelineEntry:
    description = _long(entry.description, "timeline.description")
    if not description:
        raise ValidationError(
            "timeline.description", said("dossier", "Beschrijf kort wat er is gebeurd.")
        )
    if entry.occurred_on.year < 1900 or (entry.occurred_on - today).days > 366:
        raise ValidationError(
            "timeline.occurred_on",
            said("dossier", "Deze datum ligt te ver in het verleden of de toekomst."),
        )
    return replace(entry, description=description, author=_short(entry.author, "timeline.author"))


def descriptions(timeline: Iterable[TimelineEntry]) -> list[str]:
    """What the timeline entries say, for `search_text`."""
    return [entry.description for entry in timeline]


def search_text(reference: str, fields: DossierFields, notes: Iterable[str] = ()) -> str:
    """The text the full-text search looks in: kenmerk, title, facts, knelpunt, notes, names,
    and `notes`, the descriptions of the dossier's timeline entries."""
    parts = [
        reference,
        fields.title,
        fields.regulation,
        fields.article,
        fields.deviation_article,
        fields.generic_outcome,
        fields.knelpunt,
        fields.request,
        fields.notes,
        fields.owner,
        fields.subject.name,
        fields.subject.household,
        *notes,
    ]
    return "\n".join(p for p in parts if p)
