"""The motivated decision as a `Document`: every part of the check, in the order a reader
of the case conference, the file or a court expects: the facts, the legal route and its
criteria, the precedents, proportionality, the decision, and how it was taken and signed
(docs/export.md).

Built from plain values the services already hand out, so the PDF says exactly what the
tabs and `assess` say. Facts are numbered (F1, F2 …) and attachments lettered as sources
(B1, B2 …), so a criterion's motivation can name the facts it rests on. What the
casuïstiekoverleg recorded and signed closes the document; the minutes reuse those blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from maatwerkdesk.domain.assessment import EvidenceLink
from maatwerkdesk.domain.attestation import Attestation, encode
from maatwerkdesk.domain.case_facts import LARGE_RECOVERY_EXPLAINED, format_euros, period_text
from maatwerkdesk.domain.catalogue import Remedy, Route
from maatwerkdesk.domain.conference import AgendaItem, ItemRecord, Meeting, SignedDecision
from maatwerkdesk.domain.criteria_check import (
    GATE_TITLE,
    HARD_CRITERION_HELP,
    Applicability,
)
from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.document import (
    Block,
    Bullets,
    Document,
    DocumentHeader,
    Grid,
    Pairs,
    Section,
    Text,
    Tone,
    with_fingerprint,
)
from maatwerkdesk.domain.dossier import DossierFields, DossierRecord, Subject
from maatwerkdesk.domain.factors import SIDE_LABELS, FactorCatalogue
from maatwerkdesk.domain.indicators import INDICATORS, Severity
from maatwerkdesk.domain.organisation import NO_SETTINGS, OrganisationSettings, deciding_body
from maatwerkdesk.domain.precedent import Outcome, Side
from maatwerkdesk.domain.precedent_explanation import (
    LATER_KNOWN_NOTE,
    OUTCOME_ACTS,
    OUTCOME_HEADINGS,
    foreign_catalogue_text,
    persuasive_note,
    precedent_name,
    retired_reasons,
    similar_meaning,
)
from maatwerkdesk.domain.proportionality import (
    ALTERNATIVE_LABELS,
    ALTERNATIVE_VERDICT_LABELS,
    ANSWER_LABELS,
    INTEREST_HOLDER_LABELS,
    NATURE_LABELS,
    STEP_LABELS,
    WEIGHT_LABELS,
)
from maatwerkdesk.domain.remedy import REMEDY_TITLES, remedy_clause
from maatwerkdesk.domain.signed_record import RecordKind, content_bytes, shown_fingerprint
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.domain.vocabulary import DossierStatus, SubjectKind
from maatwerkdesk.domain.weighing import StepId
from maatwerkdesk.services.dossier_check import DossierCheck
from maatwerkdesk.services.meetings import conflict_names
from maatwerkdesk.services.precedents import PrecedentState

NOT_RECORDED = "Niet vastgelegd."
DECIDED_STATUSES = frozenset({DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN})


def _date(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value is not None else "—"


def _or_dash(value: str) -> str:
    return value.strip() or "—"


def _free_text(text: str, lead: str = "") -> Text:
    """A caseworker's text, or a quiet note that it was left empty."""
    if text.strip():
        return Text(text, lead=lead)
    return Text(NOT_RECORDED, lead=lead, tone=Tone.NOTE)


@dataclass(frozen=True)
class Conference:
    """What the casuïstiekoverleg recorded about the dossier: the latest meeting that had it
    on its agenda with that agenda item, and every signed version of its decision."""

    meeting: Meeting | None = None
    item: AgendaItem | None = None
    signed: tuple[SignedDecision, ...] = ()
    """Oldest first; the last one is the decision in force."""


def is_besluit(record: DossierRecord, check: DossierCheck, conference: Conference) -> bool:
    """The document is a besluit once a version binds (signed, or registered from history)
    and the dossier is decided."""
    decided = record.fields.status in DECIDED_STATUSES and check.precedents.decision is not None
    return decided and bool(conference.signed)


class _Sources:
    """Numbers for timeline entries and attachments, so texts can cite them."""

    def __init__(self, record: DossierRecord) -> None:
        self.record = record
        self.names = {e.id: f"F{n}" for n, e in enumerate(record.timeline, start=1) if e.id}
        self.names |= {a.id: f"B{n}" for n, a in enumerate(record.attachments, start=1)}

    def cite(self, links: Iterable[EvidenceLink]) -> str:
        names = [self.names[link.id] for link in links if link.id in self.names]
        return ", ".join(names)

    def used_for(self, source_id: str, check: DossierCheck) -> list[str]:
        answers = check.assessment.assessment.answers.values()
        return sorted(a.criterion_id for a in answers if any(e.id == source_id for e in a.evidence))


def decision_document(
    record: DossierRecord,
    check: DossierCheck,
    today: date,
    conference: Conference = Conference(),
    settings: OrganisationSettings = NO_SETTINGS,
) -> Document:
    """The whole motivated decision (or proposal), fingerprinted."""
    fields = record.fields
    besluit = is_besluit(record, check, conference)
    organisation = ", ".join(o.label for o in fields.organisations) or "Niet vastgelegd"
    header = DocumentHeader(
        kind="Besluit" if besluit else "Voorstel voor het casuïstiekoverleg",
        title=fields.title,
        organisation=organisation,
        reference=record.reference,
        version=str(record.revision),
        issued_on=today,
        version_label="Dossierversie",  # not the version of a signed decision
    )
    sources = _Sources(record)
    sections = [
        summary_section(record, check, conference.signed[-1] if conference.signed else None),
        *_facts(record, check, sources),
        question_section(record, check),
        *_route(check, sources),
        knelpunt_section(record, check),
        *_precedents(check),
        *_proportionality(check),
        _indicators(check),
        *_proposal(check, besluit),
        citizen_text_section(check),
    ]
    if besluit:
        route = check.assessment.catalogue.route(check.assessment.assessment.route)
        sections.append(remedy_section(record, route, settings))
    sections += _conference(check, conference)
    document = with_fingerprint(Document(header, tuple(sections)))
    latest = conference.signed[-1] if conference.signed else None
    if besluit and latest is not None and latest.intact:
        document = replace(document, attestation=attestation_of(latest))
    return document


def attestation_of(signed: SignedDecision) -> str:
    """The version in force, for the PDF to carry (`maatwerkdesk verify`)."""
    raw = content_bytes(signed.content).decode("utf-8")
    return encode(Attestation(raw, signed.signature, signed.public_key))


# ---------------------------------------------------------------------------- summary


def _outcome_text(decision: Decision | None) -> str:
    if decision is None:
        return "Nog geen uitkomst vastgelegd."
    degree = f" ({decision.degree})" if decision.degree is not None else ""
    return f"{decision.outcome_type.label}{degree}"


def _findings_text(check: DossierCheck) -> str:
    if check.outcome is None:
        return "Nog niet te beoordelen: er is geen uitkomst gekozen."
    if not check.findings:
        return "Geen open signalen."
    counts = [
        f"{sum(1 for f in check.findings if f.severity is s)} {s.label.lower()}"
        for s in sorted(Severity, key=lambda s: s.rank)
        if any(f.severity is s for f in check.findings)
    ]
    return "Open: " + ", ".join(counts) + "."


def _route_label(check: DossierCheck) -> str:
    state = check.assessment
    route = state.catalogue.route(state.assessment.route)
    return route.label if route is not None else "Nog niet gekozen"


def generic_rule(fields: DossierFields) -> str:
    """'Participatiewet art. 58 lid 1': the rule whose generic outcome is at stake."""
    return " ".join(p for p in (fields.regulation, fields.article) if p)


def deviation_ground(fields: DossierFields) -> str:
    """'Participatiewet art. 58 lid 8': the clause the deviation rests on. An article
    ('art. …') belongs to the dossier's regulation; a clause that names its own law
    ('Awb art. 3:4 lid 2') or none stands as written."""
    clause = fields.deviation_article
    if clause.startswith("art.") and fields.regulation:
        return f"{fields.regulation} {clause}"
    return clause


def summary_section(
    record: DossierRecord, check: DossierCheck, signed: SignedDecision | None = None
) -> Section:
    """The dossier at a glance; a signed decision and its departure show here first."""
    fields = record.fields
    weighing = check.weighing
    precedent_line = "Nog geen factoren vastgelegd."
    decision = check.precedents.decision
    if check.outcome is not None and (explained := check.explain(check.outcome)) is not None:
        precedent_line = explained.headline
    rows = (
        ("Betrokkene", _or_dash(fields.subject.name)),
        ("Wettelijke grondslag algemene regel", _or_dash(generic_rule(fields))),
        ("Grondslag voor afwijken", _or_dash(deviation_ground(fields))),
        ("Route", _route_label(check)),
        ("Stand van het dossier", fields.status.label),
        ("Uitkomst", _outcome_text(decision)),
        ("Criteria", check.assessment.result.applicable.label),
        ("Precedenten", precedent_line),
        (
            "Evenredigheid",
            f"Algemene regel {weighing.verdict.value.label} "
            f"(toetsing {weighing.intensity.level.label})",
        ),
        ("Willekeur-indicatoren", _findings_text(check)),
    )
    if check.group is not None:
        rows += (("Groep", f"{check.group.reference} — {check.group.title}"),)
    if signed is not None:
        rows += (
            (
                "Ondertekend" if signed.kind is RecordKind.SIGNED else "Vastgelegd",
                f"{signed.signer_phrase()}, {_signed_at(signed)} (versie {signed.version})",
            ),
        )
    blocks: list[Block] = [*integrity_blocks(check.integrity), Pairs(rows)]
    if signed is not None:
        blocks += signature_notes(signed)
    if check.proposal.escalate:
        blocks.append(
            Text(
                "Voorgesteld wordt te escaleren in plaats van hier te beslissen.",
                tone=Tone.ATTENTION,
            )
        )
    return Section("Samenvatting", tuple(blocks))


# ---------------------------------------------------------------------------- facts


def _subject_rows(subject: Subject) -> tuple[tuple[str, str], ...]:
    rows = [("Soort", subject.kind.label), ("Naam", _or_dash(subject.name))]
    if subject.bsn:
        rows.append(("BSN", subject.bsn))
    if subject.kind is SubjectKind.BUSINESS:
        rows.append(("KvK-nummer", _or_dash(subject.kvk_number)))
    else:
        rows.append(("Geboortedatum", _date(subject.date_of_birth)))
    return tuple(rows)


def _facts(record: DossierRecord, check: DossierCheck, sources: _Sources) -> list[Section]:
    fields = record.fields
    subject = fields.subject
    people: list[Block] = [
        Pairs(_subject_rows(subject)),
        _free_text(subject.contact, "Contactgegevens"),
        _free_text(subject.household, "Huishouden"),
        _free_text(fields.request, "Wat de burger vraagt"),
        Text(check.proposal.zienswijze.label.capitalize(), lead="Zienswijze (art. 4:8 Awb)"),
    ]
    timeline: list[Block] = []
    for entry in record.timeline:
        cited = sources.used_for(entry.id, check)
        by = f" Vastgelegd door {entry.author}." if entry.author else ""
        used = f" Gebruikt bij {', '.join(cited)}." if cited else ""
        lead = f"{sources.names.get(entry.id, '')}  {_date(entry.occurred_on)} · {entry.kind.label}"
        timeline.append(Text(f"{entry.description}{by}{used}", lead=lead.strip()))
    if not timeline:
        timeline.append(Text("Er zijn geen feiten op de tijdlijn vastgelegd.", tone=Tone.NOTE))
    sections = [
        Section("Vastgestelde feiten en bronnen", tuple(people)),
        Section("Tijdlijn", tuple(timeline), level=2),
    ]
    if record.attachments:
        rows = tuple(
            (
                sources.names[a.id],
                a.original_name,
                _or_dash(a.description),
                _date(a.added_at.date()),
                a.sha256[:16],
            )
            for a in record.attachments
        )
        grid = Grid(
            ("Bron", "Bestand", "Omschrijving", "Toegevoegd", "SHA-256 (begin)"),
            rows,
            (0.6, 2.2, 2.6, 1.1, 1.6),
        )
        sections.append(Section("Bijlagen", (grid,), level=2))
    sections.append(_case_facts(record, check))
    sections.append(_doenvermogen(record))
    return sections


def _burden_text(check: DossierCheck) -> str:
    burden = check.burden
    if burden is None:
        return ""
    return f"{burden.sentence} {LARGE_RECOVERY_EXPLAINED}" if burden.large else burden.sentence


def _case_facts(record: DossierRecord, check: DossierCheck) -> Section:
    """The facts as data: the stage, amounts (with the burden they make), third parties and
    rulings."""
    facts = record.fields.facts
    stage = facts.stage.label if facts.stage is not None else "Niet vastgelegd"
    blocks: list[Block] = [Pairs((("Fase van de procedure", stage),))]
    if facts.amounts:
        rows = tuple(
            (a.kind.label, format_euros(a.euros), period_text(a), _or_dash(a.note))
            for a in facts.amounts
        )
        blocks.append(Grid(("Soort", "Bedrag", "Periode", "Toelichting"), rows, (1.6, 1.2, 2, 3)))
    if burden := _burden_text(check):
        blocks.append(Text(burden, lead="Verhouding"))
    if facts.third_parties:
        rows = tuple((p.role.label, p.name, _or_dash(p.note)) for p in facts.third_parties)
        blocks.append(Grid(("Derde", "Naam", "Toelichting"), rows, (1.6, 2.4, 3.8)))
    if facts.rulings:
        rows = tuple((r.ecli, _or_dash(r.note)) for r in facts.rulings)
        blocks.append(Grid(("Uitspraak (ECLI)", "Waarom van belang"), rows, (2.6, 5.2)))
    if len(blocks) == 1:
        blocks.append(
            Text("Er zijn geen bedragen, derden of uitspraken vastgelegd.", tone=Tone.NOTE)
        )
    return Section("Bedragen, derden en procedure", tuple(blocks), level=2)


def _doenvermogen(record: DossierRecord) -> Section:
    doen = record.fields.doenvermogen
    blocks: list[Block] = [
        Text(
            "Beschrijvende waarnemingen op de vijf onderdelen van doenvermogen (WRR); geen "
            "oordeel over de persoon.",
            tone=Tone.NOTE,
        )
    ]
    for dimension, note in sorted(doen.dimensions.items()):
        text = note.observation.label + (f". {note.note}" if note.note else "")
        blocks.append(Text(text, lead=dimension.label))
    if doen.stressors:
        blocks.append(Text("Omstandigheden die spelen:"))
        blocks.append(Bullets(tuple(s.label for s in sorted(doen.stressors))))
    if doen.support:
        blocks.append(Text(doen.support, lead="Ondersteuning"))
    return Section("Doenvermogen", tuple(blocks), level=2)


# ---------------------------------------------------------------------------- question, route


def question_section(record: DossierRecord, check: DossierCheck) -> Section:
    fields = record.fields
    rule = generic_rule(fields) or "de regeling"
    blocks: list[Block] = [
        Text(
            f"Mag in dit dossier worden afgeweken van wat {rule} in het algemeen oplevert, "
            "en zo ja, hoe?"
        )
    ]
    decision = check.precedents.decision
    if decision is not None:
        blocks.append(Text(_outcome_text(decision) + ".", lead="Voorgestelde uitkomst"))
    if check.proposal.escalate:
        blocks.append(Text("De behandelaar stelt voor te escaleren.", tone=Tone.ATTENTION))
    return Section("Vraag aan het casuïstiekoverleg", tuple(blocks))


def _route(check: DossierCheck, sources: _Sources) -> list[Section]:
    state = check.assessment
    catalogue, assessment, result = state.catalogue, state.assessment, state.result
    route = catalogue.route(assessment.route)
    power = catalogue.power(assessment.power)
    rows = (
        ("Soort bevoegdheid", power.label if power is not None else "Nog niet gekozen"),
        ("Route", route.label if route is not None else "Nog niet gekozen"),
        ("Grondslag", route.basis if route is not None else "—"),
        ("Criteriacatalogus", str(catalogue.ref)),
        ("Uitkomst criteria", f"{result.applicable.label} ({result.answered} van {result.total})"),
    )
    blocks: list[Block] = [Pairs(rows)]
    explanation = result.explanation if route is not None else result.explanation[1:]
    blocks.extend(Text(line) for line in explanation)
    sections = [Section("Wettelijke route, grondslag en criteria", tuple(blocks))]
    if route is None:
        return sections
    grid_rows = tuple(
        (
            link.id,
            catalogue.criterion(link.id).label,
            "ja" if link.knockout else "",
            assessment.answer(link.id).answer.label,
            sources.cite(assessment.answer(link.id).evidence) or "—",
        )
        for link in route.criteria
    )
    criteria: list[Block] = [
        Grid(
            ("Nr", "Criterium", "Hard criterium", "Antwoord", "Bronnen"),
            grid_rows,
            (0.6, 4, 1, 1.2, 1),
        )
    ]
    if any(link.knockout for link in route.criteria):
        criteria.append(Text(HARD_CRITERION_HELP, tone=Tone.NOTE))
    for link in route.criteria:
        given = assessment.answer(link.id)
        lead = f"{link.id} {catalogue.criterion(link.id).label}"
        criteria.append(_free_text(given.motivation, lead))
    sections.append(Section("Criteria", tuple(criteria), level=2))
    gate = result.gate
    items: list[Block] = [Text(gate.explanation)]
    items.extend(
        Text(
            f"{assessment.gate_answer(item.id).state.label}"
            + (f". {reason}" if (reason := assessment.gate_answer(item.id).reason) else ""),
            lead=item.label,
        )
        for item in catalogue.gate
    )
    sections.append(Section(f"{GATE_TITLE}: {gate.status.label}", tuple(items), level=2))
    if result.applicable is Applicability.UNDETERMINED and result.missing:
        sections[0] = Section(
            sections[0].title,
            (*blocks, Text(f"Nog te beantwoorden: {', '.join(result.missing)}.", tone=Tone.NOTE)),
        )
    return sections


def knelpunt_section(record: DossierRecord, check: DossierCheck) -> Section:
    fields = record.fields
    signal = check.proposal.signal
    rows = [("Knelpuntsignaal", signal.kind.label)]
    if signal.rule:
        rows.append(("Regel die knelt", signal.rule))
    if signal.owner:
        rows.append(("Eigenaar van de regel", signal.owner))
    return Section(
        "Algemene uitkomst en knelpunt",
        (
            _free_text(fields.generic_outcome, "Wat de algemene regel oplevert"),
            _free_text(fields.knelpunt, "Waarom dat knelt"),
            Pairs(tuple(rows)),
        ),
    )


# ---------------------------------------------------------------------------- precedents


def _factor_lines(catalogue: FactorCatalogue, factors: frozenset[str]) -> list[Block]:
    blocks: list[Block] = []
    for side in Side:
        present = catalogue.on_side(factors, side)
        if present:
            blocks.append(Text(f"Factoren die {_plural(SIDE_LABELS[side])}:"))
            blocks.append(Bullets(tuple(f.label for f in present)))
    return blocks or [Text("Nog geen factoren vastgelegd.", tone=Tone.NOTE)]


def _foreign_lines(state: PrecedentState) -> list[Block]:
    """The warning on a factor list of another domain, if the dossier has one."""
    if state.foreign is None:
        return []
    return [Text(foreign_catalogue_text(state.foreign), tone=Tone.ATTENTION)]


def _plural(side_label: str) -> str:
    """ "pleit voor afwijken" → "pleiten voor afwijken"."""
    return side_label.replace("pleit ", "pleiten ", 1)


def _precedents(check: DossierCheck) -> list[Section]:
    state = check.precedents
    catalogue, report, decision = state.catalogue, state.report, state.decision
    title = "Factoren en precedenten"
    if catalogue is None or report is None:
        note = Text("Er is nog geen factorcatalogus voor dit dossier gekozen.", tone=Tone.NOTE)
        return [Section(title, (note,))]
    blocks: list[Block] = [
        Text(f"Factorcatalogus {catalogue.header.title}, versie {catalogue.header.version}."),
        *_foreign_lines(state),
        *_factor_lines(catalogue, state.factors),
    ]
    distinctions = decision.distinctions if decision else ()
    for outcome in Outcome:
        explained = check.explain(outcome)
        assert explained is not None
        tone = Tone.ATTENTION if explained.needs_distinction else Tone.BODY
        blocks.append(Text(explained.headline, lead=OUTCOME_HEADINGS[outcome], tone=tone))
        blocks.extend(Text(note.text, tone=Tone.NOTE) for note in explained.conflicts)
        blocks.extend(Text(detail, tone=Tone.NOTE) for detail in explained.details)
    blocks.extend(Text(note.text, lead=note.name) for note in retired_reasons(report, catalogue))
    later = check.later_known()
    if later:
        text = " ".join((*later, LATER_KNOWN_NOTE))
        blocks.append(Text(text, lead="Ter informatie", tone=Tone.NOTE))
    sections = [Section(title, tuple(blocks))]
    if distinctions:
        items = tuple(f"{d.precedent}: {catalogue.label(d.factor)}" for d in distinctions)
        sections.append(Section("Vastgelegde verschillen", (Bullets(items),), level=2))
    if report.similar:
        shown = report.similar[:10]
        rows = tuple(
            (
                precedent_name(case.entry, case.entry.id),
                case.entry.outcome_type.label,
                str(case.entry.degree) if case.entry.degree is not None else "—",
                str(len(case.shared)),
                str(len(case.only_case) + len(case.only_precedent)),
                similar_meaning(case, state.route),
            )
            for case in shown
        )
        grid = Grid(
            ("Dossier", "Uitkomst", "Mate", "Gedeeld", "Verschil", "Betekenis hier"),
            rows,
            (2.4, 2.2, 1.2, 1, 1, 2.6),
        )
        similar: list[Block] = [grid]
        note = persuasive_note(shown, state.route, state.route_label)
        if note:
            similar.append(Text(note, tone=Tone.NOTE))
        sections.append(Section("Vergelijkbare eerdere besluiten", tuple(similar), level=2))
    return sections


# ---------------------------------------------------------------------------- weighing


def _proportionality(check: DossierCheck) -> list[Section]:
    state = check.weighing
    weighing = state.weighing
    context: list[Block] = [
        Pairs(
            (
                ("Aard van het besluit", NATURE_LABELS[weighing.nature]),
                ("Toetsingsintensiteit", state.intensity.level.label),
            )
        ),
        _free_text(weighing.aim, "Doel van de regel"),
    ]
    context.extend(Text(reason, tone=Tone.NOTE) for reason in state.intensity.reasons)
    steps: list[Block] = []
    for step, applicability in state.steps.items():
        record = weighing.step(step)
        if not applicability.applies:
            steps.append(Text(applicability.reason, lead=f"{STEP_LABELS[step]}: niet nodig"))
            continue
        lead = f"{STEP_LABELS[step]}: {ANSWER_LABELS[record.answer]}"
        steps.append(_free_text(record.motivation, lead))
        if step is StepId.BALANCE and (burden := _burden_text(check)):
            steps.append(Text(burden, tone=Tone.NOTE))
    verdict = state.verdict
    steps.append(
        Text(
            f"De algemene regel is in dit geval {verdict.value.label}.",
            lead="Oordeel",
            tone=Tone.ATTENTION,
        )
    )
    steps.extend(Bullets((reason,)) for reason in verdict.reasons)
    sections = [
        Section("Evenredigheid", tuple(context)),
        Section("Drie stappen (Harderwijk)", tuple(steps), level=2),
    ]
    if weighing.alternatives:
        alternatives: list[Block] = []
        for alternative, record in sorted(weighing.alternatives.items()):
            lead = f"{ALTERNATIVE_LABELS[alternative].capitalize()}: "
            lead += ALTERNATIVE_VERDICT_LABELS[record.verdict]
            alternatives.append(Text(record.motivation, lead=lead))
            if record.set_aside:
                alternatives.append(Text(record.set_aside, lead="Waarom niet gekozen"))
        sections.append(Section("Minder bezwarende alternatieven", tuple(alternatives), level=2))
    if weighing.interests:
        interests = [
            Text(
                record.description,
                lead=f"{INTEREST_HOLDER_LABELS[holder].capitalize()} (gewicht "
                f"{WEIGHT_LABELS[record.weight]})",
            )
            for holder, record in sorted(weighing.interests.items())
        ]
        sections.append(Section("Betrokken belangen", tuple(interests), level=2))
    return sections


def _indicators(check: DossierCheck) -> Section:
    title = "Willekeur-indicatoren"
    if check.outcome is None:
        note = "Er is nog geen uitkomst gekozen; de indicatoren zijn nog niet beoordeeld."
        return Section(title, (Text(note, tone=Tone.NOTE),))
    open_by_id = {f.id: f for f in check.findings}
    heading = OUTCOME_HEADINGS[check.outcome]
    rows = []
    for indicator in INDICATORS:
        finding = open_by_id.get(indicator.id)
        if check.outcome not in indicator.outcomes:
            only = enumerate_nl(OUTCOME_ACTS[o] for o in sorted(indicator.outcomes))
            rows.append((indicator.title, "Niet van toepassing", f"Alleen bij {only}."))
        elif finding is None:
            rows.append((indicator.title, "In orde", indicator.in_order))
        else:
            rows.append(
                (indicator.title, finding.severity.label.capitalize(), check.written(finding))
            )
    intro = Text(
        f"Beoordeeld voor het ondertekende besluit (‘{heading}’). Elke indicator staat erbij: wat "
        "bij dit besluit niet in orde is, wat in orde is, en wat niet van toepassing is."
        if check.signed is not None
        else f"Beoordeeld voor de uitkomst ‘{heading}’. Elke indicator staat erbij: open signalen "
        "met wat er nog moet gebeuren, de andere met wat er in orde is of waarom ze niet van "
        "toepassing zijn."
    )
    grid = Grid(("Indicator", "Stand", "Toelichting"), tuple(rows), (1.6, 0.8, 4))
    return Section(title, (intro, grid))


# ---------------------------------------------------------------------------- proposal


def _proposal(check: DossierCheck, besluit: bool) -> list[Section]:
    state, proposal = check.precedents, check.proposal
    decision, catalogue = state.decision, state.catalogue
    title = "Besluit" if besluit else "Voorstel"
    if decision is None or catalogue is None:
        return [Section(title, (Text("Nog geen uitkomst vastgelegd.", tone=Tone.NOTE),))]
    rows = [
        ("Uitkomst", decision.outcome_type.label),
        ("Mate", str(decision.degree) if decision.degree is not None else "—"),
        ("Datum beslissing", _date(decision.decided_on)),
    ]
    if proposal.review_date is not None:
        rows.append(("Opnieuw bekijken op", _date(proposal.review_date)))
    rows.append(("Op aanvraag van de burger", "ja" if proposal.on_application else "nee"))
    reason = decision.reason_for(state.factors, catalogue.sides)
    blocks: list[Block] = [Pairs(tuple(rows)), Text("Doorslaggevende factoren:")]
    blocks.append(
        Bullets(tuple(catalogue.label(f) for f in sorted(reason)))
        if reason
        else Text("Geen doorslaggevende factoren vastgelegd.", tone=Tone.NOTE)
    )
    blocks.append(_free_text(decision.motivation, "Motivering"))
    factor_texts = [
        _free_text(proposal.factor_motivations.get(f, ""), catalogue.label(f))
        for f in sorted(reason)
    ]
    sections = [Section(title, tuple(blocks))]
    if factor_texts:
        sections.append(
            Section("Motivering per doorslaggevende factor", tuple(factor_texts), level=2)
        )
    return sections


def citizen_text_section(check: DossierCheck) -> Section:
    return Section("Tekst voor de burger", (_free_text(check.proposal.citizen_text),))


def remedy_section(
    record: DossierRecord, route: Route | None, settings: OrganisationSettings
) -> Section:
    """How to contest the decision (Awb 3:45): the route's remedy, addressed to the body
    that decided; the same words in this document and in the letter to the citizen."""
    fields = record.fields
    remedy = route.remedy if route is not None else Remedy.BEZWAAR
    body = deciding_body(settings, fields.regulation, fields.organisations)
    blocks = remedy_clause(remedy, body, record.reference, settings.asylum)
    return Section(REMEDY_TITLES[remedy], blocks)


def _conference(check: DossierCheck, conference: Conference) -> list[Section]:
    proposal = check.proposal
    meeting, item = conference.meeting, conference.item
    conflicts = list(proposal.conflicts_of_interest)
    rows: list[tuple[str, str]] = []
    if meeting is not None and item is not None:
        present = [m.user.name for m in meeting.members if m.present]
        rows += [
            ("Overleg", f"{meeting.reference}, {_date(meeting.held_on)}"),
            ("Voorzitter", meeting.chair.name),
            ("Aanwezig", ", ".join(present) or "—"),
        ]
        conflicts += conflict_names(meeting, item.record)
    rows += [
        ("Beslissers", ", ".join(proposal.deciders) or "Nog niet vastgelegd"),
        ("Belang gemeld (neemt niet deel)", ", ".join(dict.fromkeys(conflicts)) or "—"),
    ]
    sections = [Section("Advies en besluitvorming", (Pairs(tuple(rows)),))]
    if meeting is not None and item is not None:
        sections.append(Section("Advies van de leden", tuple(advice_blocks(item.record)), level=2))
        if item.record.actions:
            sections.append(Section("Afspraken", (action_list(item.record),), level=2))
    if conference.signed:
        sections.append(_signing(conference.signed))
    return sections


def _signing(versions: tuple[SignedDecision, ...]) -> Section:
    latest = versions[-1]
    blocks: list[Block] = [Pairs(sign_off_rows(latest)), *signature_notes(latest)]
    if len(versions) > 1:
        blocks.append(Text("Ondertekende versies, de oudste eerst:"))
        for version in versions:
            blocks.append(
                Text(
                    version.change_reason or "Eerste ondertekende versie.",
                    lead=f"Versie {version.version}, {_signed_at(version)}, "
                    f"{version.signer_phrase()} "
                    f"({version.decision.outcome_type.label.lower()})",
                )
            )
            if version is not latest:
                blocks += signature_notes(version)
    return Section("Ondertekening", tuple(blocks), level=2)


# ---------------------------------------------------------------------------- conference blocks
# Shared with the minutes (services/minutes.py), so both say the same about an agenda item.


def advice_blocks(record: ItemRecord) -> list[Block]:
    """Each member's advice with discipline and stance, and any dissent."""
    blocks: list[Block] = []
    for advice in record.advice:
        discipline = f" ({advice.discipline.label})" if advice.discipline else ""
        blocks.append(
            Text(
                advice.text or "Geen toelichting.",
                lead=f"{advice.name}{discipline}: {advice.stance.label}.",
            )
        )
    if not record.advice:
        blocks.append(Text("Geen advies vastgelegd.", tone=Tone.NOTE))
    if record.dissent:
        blocks.append(Text(record.dissent, lead="Afwijkende mening"))
    return blocks


def action_list(record: ItemRecord) -> Bullets:
    return Bullets(
        tuple(
            f"{a.who}: {a.what}" + (f" (uiterlijk {_date(a.due)})" if a.due else "")
            for a in record.actions
        )
    )


def _signed_at(signed: SignedDecision) -> str:
    return f"{signed.signed_at:%d-%m-%Y %H:%M} UTC"


TAMPERED = (
    " — KLOPT NIET: dit besluit is buiten MaatwerkDesk gewijzigd. Meld dit bij de "
    "functioneel beheerder."
)


def sign_off_rows(signed: SignedDecision) -> tuple[tuple[str, str], ...]:
    """Who signed which version when, with which key, and the fingerprint of its content."""
    rows: tuple[tuple[str, str], ...]
    if signed.kind is RecordKind.HISTORIC:
        rows = (
            ("Historisch besluit", signed.source),
            ("Vastgelegd als precedent", _signed_at(signed)),
        )
    else:
        key = signed.content.signer.key_id if signed.content.signer else ""
        origin = "" if signed.key_registered else " (meegekomen met een import)"
        rows = (
            ("Ondertekend door", f"{signed.signed_by_name}, {_signed_at(signed)}"),
            ("Sleutel", f"{shown_fingerprint(key)}{origin}"),
        )
    return (
        *rows,
        ("Versie", str(signed.version)),
        ("Vingerafdruk besluit", signed.fingerprint + ("" if signed.intact else TAMPERED)),
    )


def signature_notes(signed: SignedDecision) -> list[Block]:
    """What the chair motivated with the signature, boxed to be seen: the departure from
    contradicting precedents, and the override of the program's check."""
    blocks: list[Block] = []
    if signed.departed_from:
        noun = "precedent" if len(signed.departed_from) == 1 else "precedenten"
        blocks.append(
            Text(
                signed.departure_motivation,
                lead=f"Gemotiveerde afwijking van {noun} {enumerate_nl(signed.departed_from)}",
                tone=Tone.ATTENTION,
            )
        )
    if signed.override is not None:
        grounds = "; ".join(g.label for g in signed.override.grounds)
        blocks.append(
            Text(
                signed.override.motivation,
                lead=f"Gemotiveerd afgeweken van de toets ({grounds})",
                tone=Tone.ATTENTION,
            )
        )
    return blocks


def integrity_blocks(problems: Sequence[str]) -> list[Block]:
    """A warning that the signed record was changed outside the program."""
    if not problems:
        return []
    return [
        Text(
            " ".join(problems),
            lead="Let op: het vastgelegde besluit is buiten MaatwerkDesk gewijzigd; het "
            "dossier is alleen-lezen tot de functioneel beheerder het heeft beoordeeld",
            tone=Tone.ATTENTION,
        )
    ]
