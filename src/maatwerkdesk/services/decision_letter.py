"""The besluitbrief: the signed decision as a letter to the citizen (docs/letter.md).

The decision document is written for the file, the conference and a court; this letter
is written for the person it is about. It says what was decided and what that means
for them, on which facts and rules it rests and why (Awb 3:46, 3:47), and how to contest
it, and where (Awb 3:45). Every sentence the program writes here passes its own B1
check (domain/plain_language.py); what the caseworker wrote is printed as written.

Only a decided dossier gets a letter: before the signature there is nothing to send.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from maatwerkdesk.domain.case_facts import AmountKind, format_euros, period_text
from maatwerkdesk.domain.catalogue import CriteriaCatalogue, Route
from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.document import (
    Block,
    Bullets,
    Document,
    DocumentHeader,
    Pairs,
    Section,
    Text,
    Tone,
    with_fingerprint,
)
from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.organisation import OrganisationSettings, deciding_body
from maatwerkdesk.domain.remedy import NOT_SET
from maatwerkdesk.domain.vocabulary import SubjectKind, TimelineKind
from maatwerkdesk.services.decision_document import (
    Conference,
    attestation_of,
    deviation_ground,
    generic_rule,
    is_besluit,
    remedy_section,
)
from maatwerkdesk.services.dossier_check import DossierCheck

KIND = "Besluit"
UNDECIDED = (
    "Dit dossier heeft nog geen ondertekend besluit, dus er is nog geen besluitbrief. "
    "Laat de voorzitter van het casuïstiekoverleg het besluit eerst ondertekenen; "
    "maak daarna de brief."
)
CHANGED = (
    "Het vastgelegde besluit van dit dossier is buiten MaatwerkDesk gewijzigd; er gaat geen "
    "brief uit tot de functioneel beheerder het heeft beoordeeld."
)
OUTCOME_SENTENCES = {
    OutcomeType.GENERIC: "Wij passen de regel toe zoals die voor iedereen geldt.",
    OutcomeType.REFUSE: "U krijgt niet wat u vroeg.",
    OutcomeType.FULL: "Wij wijken in uw geval helemaal af van de regel.",
    OutcomeType.PARTIAL: "Wij wijken in uw geval voor een deel af van de regel.",
    OutcomeType.ALTERNATIVE: "Wij kiezen in uw geval voor een andere maatregel dan de regel.",
    OutcomeType.TEMPORARY: "Wij wijken in uw geval een tijd af van de regel.",
    OutcomeType.SUSPEND: "Wij stellen de gevolgen van de regel in uw geval een tijd uit.",
    OutcomeType.CORRECTION: "Wij maken een fout in ons eerdere besluit goed.",
    OutcomeType.PAYMENT_PLAN: "U mag op een andere manier betalen dan de regel zegt.",
}
"""The decision in plain words: what it means, not the program's name for it."""
NO_CITIZEN_TEXT = (
    "In het dossier staat nog geen tekst voor de burger. Schrijf die bij het voorstel. "
    "Maak de brief daarna opnieuw."
)
NO_ADDRESSEE = (
    "Het adres van de ontvanger staat niet in het dossier. Vul het in bij de gegevens van "
    "de betrokkene."
)
NO_SENDER = (
    "Het adres van de afzender is nog niet ingesteld. Vraag de functioneel beheerder om het "
    "in te vullen bij ‘Gegevens van de organisatie’."
)


def _date(value: date) -> str:
    return f"{value:%d-%m-%Y}"


def decision_letter(
    record: DossierRecord,
    check: DossierCheck,
    today: date,
    conference: Conference,
    settings: OrganisationSettings,
) -> Document:
    """The letter for a decided dossier; a DomainError saying what to do for any other."""
    if not is_besluit(record, check, conference):
        raise DomainError(UNDECIDED)
    signed = conference.signed[-1]
    if check.integrity or not signed.intact:
        raise DomainError(CHANGED)
    fields = record.fields
    first = fields.organisations[0].label if fields.organisations else NOT_SET
    sender = settings.name or first  # the dossier's first organisation decides
    header = DocumentHeader(
        kind=KIND,
        title=fields.title,
        organisation=sender,
        reference=record.reference,
        version=str(signed.version),
        issued_on=today,
        classification="Persoonlijk",
        version_label="Besluitversie",
    )
    catalogue = check.assessment.catalogue
    route = catalogue.route(check.assessment.assessment.route)
    sections = [
        _parties(record, settings, sender),
        *_decision(record, check, signed),
        *_reasons(record, check, signed, catalogue, route),
        _closing(record, settings, signed),
        # After the signature, as Dutch decision letters have it, and whole on a page of
        # its own: what to do if you disagree, and by when.
        replace(remedy_section(record, route, settings), numbered=False, new_page=True),
    ]
    document = with_fingerprint(Document(header, tuple(sections)))
    return replace(document, attestation=attestation_of(signed))


def _parties(record: DossierRecord, settings: OrganisationSettings, sender: str) -> Section:
    subject = record.fields.subject
    blocks: list[Block] = [
        Pairs((("Aan", subject.name or NOT_SET), ("Adres", subject.contact or NOT_SET)))
    ]
    if not subject.contact:
        blocks.append(Text(NO_ADDRESSEE, tone=Tone.ATTENTION))
    rows = [("Afzender", sender), ("Postadres", settings.address or NOT_SET)]
    rows += [(k, v) for k, v in (("Telefoon", settings.phone), ("Website", settings.web)) if v]
    blocks.append(Pairs(tuple(rows)))
    if not settings.address:
        blocks.append(Text(NO_SENDER, tone=Tone.ATTENTION))
    return Section("", tuple(blocks), numbered=False)


def salutation(record: DossierRecord) -> str:
    subject = record.fields.subject
    if subject.kind is SubjectKind.PERSON and subject.name.strip():
        return f"Geachte {subject.name.strip()},"
    return "Geachte heer of mevrouw,"


def _decision(record: DossierRecord, check: DossierCheck, signed: SignedDecision) -> list[Section]:
    decision = signed.decision
    blocks: list[Block] = [
        Text(salutation(record)),
        Text("In deze brief leest u wat wij hebben besloten, en waarom."),
        Text(OUTCOME_SENTENCES[decision.outcome_type]),
    ]
    if decision.degree is not None:
        blocks.append(Text(f"Het gaat om {decision.degree}."))
    citizen_text = check.proposal.citizen_text.strip()
    meaning: list[Block] = [
        Text(citizen_text) if citizen_text else Text(NO_CITIZEN_TEXT, tone=Tone.ATTENTION)
    ]
    if check.proposal.review_date is not None:
        meaning.append(
            Text(f"Op {_date(check.proposal.review_date)} kijken wij opnieuw naar uw situatie.")
        )
    return [
        Section("Ons besluit", tuple(blocks), numbered=False),
        Section("Wat betekent dit voor u?", tuple(meaning), level=2, numbered=False),
    ]


def _reasons(
    record: DossierRecord,
    check: DossierCheck,
    signed: SignedDecision,
    catalogue: CriteriaCatalogue,
    route: Route | None,
) -> list[Section]:
    return [
        Section(
            "Waarom besluiten wij dit?",
            (Text("Hieronder leest u de feiten, de regels en onze afweging (artikel 3:46 Awb)."),),
            numbered=False,
        ),
        _facts(record, check),
        _rules(record, catalogue, route),
        _weighing(check, signed.decision, signed.factors),
    ]


def _facts(record: DossierRecord, check: DossierCheck) -> Section:
    """The facts the criteria rest on; all of the timeline's when none was cited."""
    answers = check.assessment.assessment.answers.values()
    cited = {link.id for answer in answers for link in answer.evidence}
    entries = [e for e in record.timeline if e.id in cited] or [
        e for e in record.timeline if e.kind is not TimelineKind.NOTE
    ]
    blocks: list[Block] = [Text("Wij gaan uit van deze feiten:")]
    blocks += [Text(e.description, lead=_date(e.occurred_on)) for e in entries]
    blocks += [
        Text(f"{format_euros(a.euros)}, {period_text(a)}", lead="Het bedrag waar het om gaat")
        for a in record.fields.facts.amounts
        if a.kind is AmountKind.CLAIM
    ]
    if record.fields.request.strip():
        blocks.append(Text(record.fields.request, lead="Wat u vroeg"))
    if len(blocks) == 1:
        blocks = [Text("In het dossier staan geen feiten.", tone=Tone.ATTENTION)]
    return Section("De feiten", tuple(blocks), level=2, numbered=False)


def legal_basis_rows(record: DossierRecord, route: Route | None) -> tuple[tuple[str, str], ...]:
    """The generic rule and the deviation clause, as the dossier names them; without a
    clause of its own, the route's basis in the catalogue."""
    fields = record.fields
    fallback = route.basis if route is not None else NOT_SET
    return (
        ("Regel", generic_rule(fields) or NOT_SET),
        ("Afwijking", deviation_ground(fields) or fallback),
    )


def _rules(record: DossierRecord, catalogue: CriteriaCatalogue, route: Route | None) -> Section:
    blocks: list[Block] = [
        Text("Wij nemen dit besluit op basis van deze regels (artikel 3:47 Awb):"),
        Pairs(legal_basis_rows(record, route)),
    ]
    if route is not None and route.sources:
        blocks.append(Text("De bronnen daarvan zijn:"))
        blocks.append(Bullets(tuple(catalogue.citations(route.sources))))
    return Section("De regels", tuple(blocks), level=2, numbered=False)


def _weighing(check: DossierCheck, decision: Decision, factors: frozenset[str]) -> Section:
    catalogue = check.precedents.catalogue
    blocks: list[Block] = []
    if decision.motivation.strip():
        blocks.append(Text(decision.motivation))
    reason = decision.reason_for(factors, catalogue.sides) if catalogue is not None else set()
    if catalogue is not None and reason:
        motivations = check.proposal.factor_motivations
        blocks.append(Text("Deze punten gaven de doorslag:"))
        blocks.append(
            Bullets(
                tuple(
                    ": ".join(p for p in (catalogue.label(f), motivations.get(f, "").strip()) if p)
                    for f in sorted(reason)
                )
            )
        )
    if not blocks:
        blocks.append(Text("In het dossier staat geen afweging.", tone=Tone.ATTENTION))
    return Section("Onze afweging", tuple(blocks), level=2, numbered=False)


def decided_on(signed: SignedDecision) -> date:
    """The day of the decision: as recorded with it, else the day it was signed."""
    return signed.decision.decided_on or signed.signed_at.date()


def _closing(
    record: DossierRecord, settings: OrganisationSettings, signed: SignedDecision
) -> Section:
    fields = record.fields
    body = deciding_body(settings, fields.regulation, fields.organisations)
    ask = f"Heeft u vragen over deze brief? Noem dan het kenmerk {record.reference}."
    blocks: list[Block] = [Text(ask)]
    if settings.phone:
        blocks.append(Text(f"U kunt ons bellen op {settings.phone}."))
    if settings.web:
        blocks.append(Text(f"Meer informatie vindt u op {settings.web}."))
    blocks += [
        Text(f"Wij namen dit besluit op {_date(decided_on(signed))}."),
        Text("Met vriendelijke groet,"),
        Text(body.name),
    ]
    return Section("Vragen?", tuple(blocks), numbered=False)
