"""The loket's documents: the summary shared with another organisation, and the access
report for a citizen (art. 15 AVG, inzageverzoek).

The shared summary holds the field groups of the sharing and nothing else: a part of the
dossier outside them is never read into it. Its free text is always pseudonymised (the
betrokkene's and third parties' names, numbers and addresses become roles), so a name
written in the knelpunt does not travel with it; only the identity and contact groups,
when shared, name the person, each in a part of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from maatwerkdesk.domain.case_facts import format_euros, period_text
from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.document import (
    Block,
    Document,
    DocumentHeader,
    Grid,
    Pairs,
    Section,
    Text,
    Tone,
    map_section,
    with_fingerprint,
)
from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.domain.groups import outcome_summary
from maatwerkdesk.domain.loket import FieldGroup, Loket, Sharing, group_labels
from maatwerkdesk.domain.organisation_list import OrganisationList
from maatwerkdesk.domain.pseudonymise import Pseudonymiser

SUMMARY_KIND = "Gedeelde samenvatting"
ACCESS_KIND = "Inzage (art. 15 AVG)"
NOT_RECORDED = "niet vastgelegd"


def _text_or_note(value: str) -> Block:
    return Text(value) if value.strip() else Text(NOT_RECORDED, tone=Tone.NOTE)


def _case(record: DossierRecord) -> Section:
    fields = record.fields
    rule = f"{fields.regulation} {fields.article}".strip() or NOT_RECORDED
    return Section(
        "De zaak",
        (Pairs((("Onderwerp", fields.title), ("Regeling", rule))), _text_or_note(fields.request)),
    )


def _knelpunt(record: DossierRecord) -> Section:
    fields = record.fields
    return Section(
        "Het knelpunt",
        (
            Text(fields.knelpunt or NOT_RECORDED, lead="Knelpunt: "),
            Text(fields.generic_outcome or NOT_RECORDED, lead="Generieke uitkomst: "),
        ),
    )


def _household(record: DossierRecord) -> Section:
    return Section("Het huishouden", (_text_or_note(record.fields.subject.household),))


def _amounts(record: DossierRecord) -> Section:
    amounts = record.fields.facts.amounts
    if not amounts:
        return Section("Bedragen", (Text(NOT_RECORDED, tone=Tone.NOTE),))
    rows = tuple((a.kind.label, format_euros(a.euros), period_text(a), a.note) for a in amounts)
    return Section("Bedragen", (Grid(("Soort", "Bedrag", "Periode", "Toelichting"), rows),))


def _doenvermogen(record: DossierRecord) -> Section:
    doen = record.fields.doenvermogen
    rows = tuple(
        (dimension.label, f"{note.observation.label}{': ' + note.note if note.note else ''}")
        for dimension, note in doen.dimensions.items()
    )
    blocks: list[Block] = [Pairs(rows)] if rows else [Text(NOT_RECORDED, tone=Tone.NOTE)]
    if doen.stressors:
        blocks.append(Text(", ".join(s.label for s in sorted(doen.stressors)), lead="Stressoren: "))
    if doen.support:
        blocks.append(Text(doen.support, lead="Steun: "))
    return Section("Waarnemingen over doenvermogen", tuple(blocks))


def _decision(decision: Decision | None) -> Section:
    if decision is None:
        return Section("Het besluit", (Text("Er is nog geen besluit.", tone=Tone.NOTE),))
    return Section(
        "Het besluit",
        (Pairs((("Uitkomst", outcome_summary(decision)),)), _text_or_note(decision.motivation)),
    )


def _identity(record: DossierRecord) -> Section:
    subject = record.fields.subject
    born = f"{subject.date_of_birth:%d-%m-%Y}" if subject.date_of_birth else NOT_RECORDED
    return Section(
        "Identiteit",
        (
            Pairs(
                (
                    ("Naam", subject.name or NOT_RECORDED),
                    ("BSN", subject.bsn or NOT_RECORDED),
                    ("Geboortedatum", born),
                )
            ),
        ),
    )


def _contact(record: DossierRecord) -> Section:
    return Section("Contactgegevens", (_text_or_note(record.fields.subject.contact),))


@dataclass(frozen=True)
class SummaryParts:
    """What a shared summary is made of, besides the dossier."""

    sharing: Sharing
    organisation_name: str
    sender: str
    decision: Decision | None = None


def shared_summary(record: DossierRecord, parts: SummaryParts, today: date) -> Document:
    """The summary for another organisation: only the sharing's field groups, free text
    pseudonymised; the basis and what was left out said at the top."""
    groups = parts.sharing.groups
    builders: tuple[tuple[FieldGroup, Callable[[], Section]], ...] = (
        (FieldGroup.CASE, lambda: _case(record)),
        (FieldGroup.KNELPUNT, lambda: _knelpunt(record)),
        (FieldGroup.HOUSEHOLD, lambda: _household(record)),
        (FieldGroup.AMOUNTS, lambda: _amounts(record)),
        (FieldGroup.DOENVERMOGEN, lambda: _doenvermogen(record)),
        (FieldGroup.DECISION, lambda: _decision(parts.decision)),
    )
    hide = Pseudonymiser.for_subject(record.fields.subject, record.fields.facts.third_parties)
    body = [map_section(build(), hide) for group, build in builders if group in groups]
    identifying: tuple[tuple[FieldGroup, Callable[[], Section]], ...] = (
        (FieldGroup.IDENTITY, lambda: _identity(record)),
        (FieldGroup.CONTACT, lambda: _contact(record)),
    )
    named = [build() for group, build in identifying if group in groups]
    left_out = [group for group in FieldGroup if group not in groups]
    basis = Section(
        "Grondslag en inhoud",
        (
            Pairs(
                (
                    ("Gedeeld met", parts.organisation_name),
                    ("Datum", f"{parts.sharing.shared_on:%d-%m-%Y}"),
                    ("Grondslag", parts.sharing.basis.label),
                    ("Gedeeld", group_labels(groups)),
                    ("Niet gedeeld", group_labels(left_out) if left_out else "niets"),
                )
            ),
            Text(
                "Deel deze samenvatting niet verder dan de grondslag toestaat. Namen en nummers "
                "in de vrije tekst zijn vervangen door rollen.",
                tone=Tone.ATTENTION,
            ),
        ),
    )
    header = DocumentHeader(
        kind=SUMMARY_KIND,
        title=f"Samenvatting voor {parts.organisation_name}",
        organisation=parts.sender,
        reference=record.reference,
        version=str(record.revision),
        issued_on=today,
        variant="Gepseudonimiseerd" if parts.sharing.pseudonymised else "",
    )
    return with_fingerprint(Document(header, (basis, *named, *body)))


@dataclass(frozen=True)
class AccessEntry:
    """One dossier about the citizen, with its loket, for the access report."""

    reference: str
    title: str
    status: str
    created_on: date
    loket: Loket


def _sharing_rows(entry: AccessEntry, names: OrganisationList) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            f"{s.shared_on:%d-%m-%Y}",
            names.name_of(s.organisation),
            group_labels(s.groups),
            s.basis.label,
        )
        for s in sorted(entry.loket.sharings, key=lambda s: (s.shared_on, s.id))
    )


def _access_section(entry: AccessEntry, names: OrganisationList) -> Section:
    loket = entry.loket
    blocks: list[Block] = [
        Pairs(
            (
                ("Onderwerp", entry.title),
                ("Status", entry.status),
                ("Aangemaakt", f"{entry.created_on:%d-%m-%Y}"),
            )
        )
    ]
    sharings = _sharing_rows(entry, names)
    blocks.append(
        Grid(
            ("Datum", "Gedeeld met", "Welke gegevens", "Grondslag"), sharings, (1.4, 1.2, 2.6, 2.8)
        )
        if sharings
        else Text("Met geen enkele organisatie zijn gegevens gedeeld.", tone=Tone.NOTE)
    )
    rows: tuple[tuple[str, ...], ...]
    if loket.consents:
        rows = tuple(
            (
                names.name_of(c.organisation),
                group_labels(c.groups),
                f"{c.given_on:%d-%m-%Y}",
                f"{c.withdrawn_on:%d-%m-%Y}" if c.withdrawn_on else "",
            )
            for c in loket.consents
        )
        blocks.append(Grid(("Toestemming voor", "Welke gegevens", "Gegeven", "Ingetrokken"), rows))
    if loket.involvements or loket.referrals:
        rows = tuple(
            (names.name_of(i.organisation), i.role.label, "") for i in loket.involvements
        ) + tuple(
            (
                names.name_of(r.organisation),
                "warme overdracht" if r.warm else "verwijzing",
                f"{r.status.label} ({r.dates[-1][1]:%d-%m-%Y})",
            )
            for r in loket.referrals
        )
        blocks.append(Grid(("Organisatie", "Rol", "Stand"), rows))
    return Section(f"Dossier {entry.reference}", tuple(blocks), level=1)


def access_report(
    entries: Sequence[AccessEntry],
    names: OrganisationList,
    sender: str,
    today: date,
    reference: str,
) -> Document:
    """Which dossiers hold the citizen's data, and with whom what was shared, when and on
    which basis; `reference` names the request, never the BSN."""
    intro = Section(
        "Over dit overzicht",
        (
            Text(
                "U vroeg welke gegevens wij over u verwerken (art. 15 AVG). Hieronder staat per "
                "dossier met welke organisaties wij gegevens hebben gedeeld, wanneer, welke "
                "gegevens en op welke grondslag, en waarvoor u toestemming gaf."
            ),
            Text(
                f"Er {'is' if len(entries) == 1 else 'zijn'} {len(entries)} "
                f"{'dossier' if len(entries) == 1 else 'dossiers'} over u gevonden."
            ),
        ),
    )
    header = DocumentHeader(
        kind=ACCESS_KIND,
        title="Overzicht van uw gegevens en met wie ze zijn gedeeld",
        organisation=sender,
        reference=reference,
        version="1",
        issued_on=today,
    )
    sections = (intro, *(_access_section(entry, names) for entry in entries))
    return with_fingerprint(Document(header, sections))
