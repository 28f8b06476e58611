"""How far a dossier is: a state per step of the editor, and the step to take next.

The editor lists the dossier's steps top-down, from the facts (Dossier … Notities, the
Feiten step holding amounts, third parties, the stage and rulings as data) to the
legal steps (Toetsing, Precedenten, Afweging, Voorstel). Each gets a state: klaar, aandacht
(something contradicts or blocks and needs a look) or open (not done yet), with a short
reason in plain words. The first required step that is not klaar is the next step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from maatwerkdesk.domain.criteria_check import Applicability, GateStatus
from maatwerkdesk.domain.dossier import DimensionNote, DossierFields
from maatwerkdesk.domain.loket import Loket, ReferralStatus
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proportionality import VerdictValue
from maatwerkdesk.domain.vocabulary import SubjectKind


class StepState(StrEnum):
    DONE = "klaar"
    ATTENTION = "aandacht"
    OPEN = "open"
    OPTIONAL = "naar keuze"
    """A step that may stay empty (attachments, notes) and is not filled in."""

    @property
    def mark(self) -> str:
        """The sign before the step's name in the list."""
        return {"klaar": "✓", "aandacht": "!", "open": "○", "naar keuze": "·"}[self.value]


@dataclass(frozen=True)
class LegalProgress:
    """What is stored of the legal steps, as far as their states need it."""

    assessed: bool = False
    applicable: Applicability = Applicability.UNDETERMINED
    gate: GateStatus = GateStatus.OPEN
    missing: int = 0
    """Criteria of the chosen route still unanswered."""
    outcome: Outcome | None = None
    """The recorded decision: deviate or apply the rule (None: none recorded)."""
    verdict: VerdictValue | None = None
    """The weighing's verdict on the generic outcome (None: no weighing stored)."""
    citizen_text: bool = False
    loket: Loket = field(default_factory=Loket)
    """The organisations, referrals, consents and sharings of the Loket step."""


@dataclass(frozen=True)
class Step:
    title: str
    state: StepState
    reason: str
    """Why the step has its state, as a caseworker would say it ("3 criteria nog open")."""


DOSSIER = "Dossier"
SUBJECT = "Betrokkene"
KNELPUNT = "Knelpunt"
FACTS = "Feiten"
DOENVERMOGEN = "Doenvermogen"
TIMELINE = "Tijdlijn"
ATTACHMENTS = "Bijlagen"
NOTES = "Notities"
CRITERIA = "Toetsing"
PRECEDENTS = "Precedenten"
WEIGHING = "Afweging"
PROPOSAL = "Voorstel"
LOKET = "Loket"
STEP_TITLES = (
    DOSSIER,
    SUBJECT,
    KNELPUNT,
    FACTS,
    DOENVERMOGEN,
    TIMELINE,
    ATTACHMENTS,
    NOTES,
    CRITERIA,
    PRECEDENTS,
    WEIGHING,
    PROPOSAL,
    LOKET,
)


def _done(title: str, reason: str = "ingevuld") -> Step:
    return Step(title, StepState.DONE, reason)


def _open(title: str, reason: str) -> Step:
    return Step(title, StepState.OPEN, reason)


def _look(title: str, reason: str) -> Step:
    return Step(title, StepState.ATTENTION, reason)


def _dossier(fields: DossierFields) -> Step:
    if not fields.title.strip():
        return _open(DOSSIER, "geef het dossier een titel")
    if not fields.regulation.strip():
        return _open(DOSSIER, "noem de regeling waar het om gaat")
    return _done(DOSSIER)


def _subject(fields: DossierFields) -> Step:
    if fields.subject.name.strip():
        return _done(SUBJECT)
    who = "de onderneming" if fields.subject.kind is SubjectKind.BUSINESS else "de betrokkene"
    return _open(SUBJECT, f"noem {who}")


def _knelpunt(fields: DossierFields) -> Step:
    missing = [
        what
        for what, text in (
            ("wat de regel oplevert", fields.generic_outcome),
            ("het knelpunt", fields.knelpunt),
            ("de vraag van de burger", fields.request),
        )
        if not text.strip()
    ]
    if not missing:
        return _done(KNELPUNT)
    return _open(KNELPUNT, "beschrijf " + _listed(missing))


def _facts(fields: DossierFields) -> Step:
    facts = fields.facts
    counted = [
        f"{len(items)} {one if len(items) == 1 else many}"
        for items, one, many in (
            (facts.amounts, "bedrag", "bedragen"),
            (facts.third_parties, "derde", "derden"),
            (facts.rulings, "uitspraak", "uitspraken"),
        )
        if items
    ]
    if facts.stage is not None:
        counted.insert(0, f"fase: {facts.stage.label.lower()}")
    if not counted:
        return Step(FACTS, StepState.OPTIONAL, "vul in als bedragen of derden meespelen")
    return _done(FACTS, ", ".join(counted))


def _doenvermogen(fields: DossierFields) -> Step:
    seen = fields.doenvermogen
    if any(note != DimensionNote() for note in seen.dimensions.values()) or seen.stressors:
        return _done(DOENVERMOGEN, "waarnemingen vastgelegd")
    if seen.support.strip():
        return _done(DOENVERMOGEN, "steun vastgelegd")
    return Step(DOENVERMOGEN, StepState.OPTIONAL, "vul in als het doenvermogen meespeelt")


def _counted(title: str, count: int, one: str, many: str, *, empty: Step) -> Step:
    if count == 0:
        return empty
    return _done(title, f"{count} {one if count == 1 else many}")


def _criteria(legal: LegalProgress) -> Step:
    if not legal.assessed:
        return _open(CRITERIA, "kies een route en beantwoord de criteria")
    kept = legal.outcome is Outcome.GENERIC  # what blocks deviating supports that
    if legal.applicable is Applicability.NO:
        reason = "afwijken kan niet langs deze route"
        return _done(CRITERIA, reason) if kept else _look(CRITERIA, reason)
    if legal.missing:
        count = legal.missing
        return _open(CRITERIA, f"{count} {'criterium' if count == 1 else 'criteria'} nog open")
    if legal.gate is GateStatus.NOT_SATISFIED:
        reason = "de gewone wegen zijn niet geprobeerd"
        return _done(CRITERIA, reason) if kept else _look(CRITERIA, reason)
    if legal.gate is GateStatus.OPEN or legal.applicable is Applicability.UNDETERMINED:
        return _open(CRITERIA, "nog niet alles bekeken")
    return _done(CRITERIA, "aan de criteria is voldaan")


def _precedents(legal: LegalProgress) -> Step:
    if legal.outcome is None:
        return _open(PRECEDENTS, "leg de beslissing vast")
    if legal.outcome is Outcome.DEVIATE:
        return _done(PRECEDENTS, "beslissing: afwijken van de regel")
    return _done(PRECEDENTS, "beslissing: de regel toepassen")


def _weighing(legal: LegalProgress) -> Step:
    verdict, outcome = legal.verdict, legal.outcome
    if verdict is None:
        return _open(WEIGHING, "weeg de evenredigheid af")
    if verdict is VerdictValue.UNCERTAIN:
        return _open(WEIGHING, "nog niet alle stappen beantwoord")
    if outcome is Outcome.DEVIATE and verdict is VerdictValue.PROPORTIONATE:
        return _look(WEIGHING, "de afweging vindt de regel evenredig, de beslissing wijkt af")
    if outcome is Outcome.GENERIC and verdict is VerdictValue.DISPROPORTIONATE:
        return _look(WEIGHING, "de afweging vindt de regel onevenredig, de beslissing volgt haar")
    return _done(WEIGHING, f"de regel is hier {verdict.label}")


def _proposal(legal: LegalProgress) -> Step:
    if not legal.citizen_text:
        return _open(PROPOSAL, "schrijf de tekst voor de burger")
    return _done(PROPOSAL)


def _loket(loket: Loket) -> Step:
    if loket.referrals and loket.referrals[-1].status is ReferralStatus.NOT_TAKEN_UP:
        return _look(LOKET, "de laatste verwijzing is niet opgepakt; verwijs opnieuw of elders")
    counted = [
        f"{len(items)} {one if len(items) == 1 else many}"
        for items, one, many in (
            (loket.involvements, "organisatie", "organisaties"),
            (loket.referrals, "verwijzing", "verwijzingen"),
            (loket.consents, "toestemming", "toestemmingen"),
            (loket.sharings, "keer gedeeld", "keer gedeeld"),
        )
        if items
    ]
    if not counted:
        return Step(LOKET, StepState.OPTIONAL, "vul in als andere organisaties meespelen")
    return _done(LOKET, ", ".join(counted))


def dossier_steps(
    fields: DossierFields, timeline: int, attachments: int, legal: LegalProgress
) -> tuple[Step, ...]:
    """Every step in the editor's order, with its state; `timeline` and `attachments`
    count the dossier's entries and files."""
    return (
        _dossier(fields),
        _subject(fields),
        _knelpunt(fields),
        _facts(fields),
        _doenvermogen(fields),
        _counted(
            TIMELINE,
            timeline,
            "gebeurtenis",
            "gebeurtenissen",
            empty=_open(TIMELINE, "zet op een rij wat er is gebeurd"),
        ),
        _counted(
            ATTACHMENTS,
            attachments,
            "bijlage",
            "bijlagen",
            empty=Step(ATTACHMENTS, StepState.OPTIONAL, "geen bijlagen"),
        ),
        _done(NOTES, "aantekeningen")
        if fields.notes.strip()
        else Step(NOTES, StepState.OPTIONAL, "geen aantekeningen"),
        _criteria(legal),
        _precedents(legal),
        _weighing(legal),
        _proposal(legal),
        _loket(legal.loket),
    )


def next_step(steps: tuple[Step, ...]) -> Step | None:
    """The first step that needs a look, else the first one still open; None when all
    is done."""
    for wanted in (StepState.ATTENTION, StepState.OPEN):
        for step in steps:
            if step.state is wanted:
                return step
    return None


def next_step_line(steps: tuple[Step, ...]) -> str:
    """The header's line: what to do next, in one sentence."""
    step = next_step(steps)
    if step is None:
        return "Alle stappen zijn klaar."
    return f"Volgende stap: {step.title} — {step.reason}"


def _listed(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]
