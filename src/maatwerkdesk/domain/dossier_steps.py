"""How far a dossier is: a state per step of the editor, and the step to take next.

The editor lists the dossier's steps top-down, from the facts (Dossier … Notities, the
Feiten step holding amounts, third parties, the stage and rulings as data) to the
legal steps (Toetsing, Precedenten, Afweging, Voorstel). Each gets a state: klaar, aandacht
(something contradicts or blocks and needs a look) or open (not done yet), with a short
reason in plain words. The first required step that is not klaar is the next step.

The reasons are sentences a window translates (domain/sentence.py); the steps' titles are
the editor's tabs, which the windows translate in the context "DossierEditor".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from maatwerkdesk.domain.case_facts import Stage
from maatwerkdesk.domain.criteria_check import Applicability, GateStatus
from maatwerkdesk.domain.dossier import DimensionNote, DossierFields
from maatwerkdesk.domain.loket import Loket, ReferralStatus
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proportionality import VerdictValue
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.text import joined
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

    @property
    def word(self) -> str:
        """The state as a window names it ("klaar"), translatable."""
        return _STATE_WORDS[self]


_STATE_WORDS = {
    StepState.DONE: said("dossier_steps", "klaar"),
    StepState.ATTENTION: said("dossier_steps", "aandacht"),
    StepState.OPEN: said("dossier_steps", "open"),
    StepState.OPTIONAL: said("dossier_steps", "naar keuze"),
}


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
EDITOR_CONTEXT = "DossierEditor"
"""Where the windows translate the steps' titles: the editor's tabs."""


def title_word(title: str) -> Sentence:
    """A step's title put into a sentence: a window shows it as its tab is named."""
    return Sentence(EDITOR_CONTEXT, title, {})


def _done(title: str, reason: str = said("dossier_steps", "ingevuld")) -> Step:
    return Step(title, StepState.DONE, reason)


def _open(title: str, reason: str) -> Step:
    return Step(title, StepState.OPEN, reason)


def _look(title: str, reason: str) -> Step:
    return Step(title, StepState.ATTENTION, reason)


def _dossier(fields: DossierFields) -> Step:
    if not fields.title.strip():
        return _open(DOSSIER, said("dossier_steps", "geef het dossier een titel"))
    if not fields.regulation.strip():
        return _open(DOSSIER, said("dossier_steps", "noem de regeling waar het om gaat"))
    return _done(DOSSIER)


def _subject(fields: DossierFields) -> Step:
    if fields.subject.name.strip():
        return _done(SUBJECT)
    if fields.subject.kind is SubjectKind.BUSINESS:
        return _open(SUBJECT, said("dossier_steps", "noem de onderneming"))
    return _open(SUBJECT, said("dossier_steps", "noem de betrokkene"))


_DESCRIBE = {
    (True, False, False): said("dossier_steps", "beschrijf wat de regel oplevert"),
    (False, True, False): said("dossier_steps", "beschrijf het knelpunt"),
    (False, False, True): said("dossier_steps", "beschrijf de vraag van de burger"),
    (True, True, False): said("dossier_steps", "beschrijf wat de regel oplevert en het knelpunt"),
    (True, False, True): said(
        "dossier_steps", "beschrijf wat de regel oplevert en de vraag van de burger"
    ),
    (False, True, True): said("dossier_steps", "beschrijf het knelpunt en de vraag van de burger"),
    (True, True, True): said(
        "dossier_steps",
        "beschrijf wat de regel oplevert, het knelpunt en de vraag van de burger",
    ),
}
"""What the Knelpunt step asks for, by which of its three texts is empty."""


def _knelpunt(fields: DossierFields) -> Step:
    missing = (
        not fields.generic_outcome.strip(),
        not fields.knelpunt.strip(),
        not fields.request.strip(),
    )
    if not any(missing):
        return _done(KNELPUNT)
    return _open(KNELPUNT, _DESCRIBE[missing])


_STAGES = {
    Stage.APPLICATION: said("dossier_steps", "fase: aanvraag"),
    Stage.PRIMARY_DECISION: said("dossier_steps", "fase: primair besluit"),
    Stage.OBJECTION: said("dossier_steps", "fase: bezwaar"),
    Stage.APPEAL: said("dossier_steps", "fase: beroep"),
    Stage.HIGHER_APPEAL: said("dossier_steps", "fase: hoger beroep"),
    Stage.ENFORCEMENT: said("dossier_steps", "fase: handhaving of invordering"),
}


def _count(count: int, one: Sentence, many: Sentence) -> Sentence:
    """`one` or `many` (each with a field `count`) as `count` asks."""
    return (one if count == 1 else many).format(count=count)


def _facts(fields: DossierFields) -> Step:
    facts = fields.facts
    counted = [
        _count(len(items), one, many)
        for items, one, many in (
            (
                facts.amounts,
                said("dossier_steps", "{count} bedrag"),
                said("dossier_steps", "{count} bedragen"),
            ),
            (
                facts.third_parties,
                said("dossier_steps", "{count} derde"),
                said("dossier_steps", "{count} derden"),
            ),
            (
                facts.rulings,
                said("dossier_steps", "{count} uitspraak"),
                said("dossier_steps", "{count} uitspraken"),
            ),
        )
        if items
    ]
    if facts.stage is not None:
        counted.insert(0, _STAGES[facts.stage])
    if not counted:
        return Step(
            FACTS,
            StepState.OPTIONAL,
            said("dossier_steps", "vul in als bedragen of derden meespelen"),
        )
    return _done(FACTS, joined(counted))


def _doenvermogen(fields: DossierFields) -> Step:
    seen = fields.doenvermogen
    if any(note != DimensionNote() for note in seen.dimensions.values()) or seen.stressors:
        return _done(DOENVERMOGEN, said("dossier_steps", "waarnemingen vastgelegd"))
    if seen.support.strip():
        return _done(DOENVERMOGEN, said("dossier_steps", "steun vastgelegd"))
    return Step(
        DOENVERMOGEN,
        StepState.OPTIONAL,
        said("dossier_steps", "vul in als het doenvermogen meespeelt"),
    )


def _counted(title: str, count: int, one: Sentence, many: Sentence, *, empty: Step) -> Step:
    if count == 0:
        return empty
    return _done(title, _count(count, one, many))


def _criteria(legal: LegalProgress) -> Step:
    if not legal.assessed:
        return _open(CRITERIA, said("dossier_steps", "kies een route en beantwoord de criteria"))
    kept = legal.outcome is Outcome.GENERIC  # what blocks deviating supports that
    if legal.applicable is Applicability.NO:
        reason = said("dossier_steps", "afwijken kan niet langs deze route")
        return _done(CRITERIA, reason) if kept else _look(CRITERIA, reason)
    if legal.missing:
        return _open(
            CRITERIA,
            _count(
                legal.missing,
                said("dossier_steps", "{count} criterium nog open"),
                said("dossier_steps", "{count} criteria nog open"),
            ),
        )
    if legal.gate is GateStatus.NOT_SATISFIED:
        reason = said("dossier_steps", "de gewone wegen zijn niet geprobeerd")
        return _done(CRITERIA, reason) if kept else _look(CRITERIA, reason)
    if legal.gate is GateStatus.OPEN or legal.applicable is Applicability.UNDETERMINED:
        return _open(CRITERIA, said("dossier_steps", "nog niet alles bekeken"))
    return _done(CRITERIA, said("dossier_steps", "aan de criteria is voldaan"))


def _precedents(legal: LegalProgress) -> Step:
    if legal.outcome is None:
        return _open(PRECEDENTS, said("dossier_steps", "leg de beslissing vast"))
    if legal.outcome is Outcome.DEVIATE:
        return _done(PRECEDENTS, said("dossier_steps", "beslissing: afwijken van de regel"))
    return _done(PRECEDENTS, said("dossier_steps", "beslissing: de regel toepassen"))


def _weighing(legal: LegalProgress) -> Step:
    verdict, outcome = legal.verdict, legal.outcome
    if verdict is None:
        return _open(WEIGHING, said("dossier_steps", "weeg de evenredigheid af"))
    if verdict is VerdictValue.UNCERTAIN:
        return _open(WEIGHING, said("dossier_steps", "nog niet alle stappen beantwoord"))
    if outcome is Outcome.DEVIATE and verdict is VerdictValue.PROPORTIONATE:
        return _look(
            WEIGHING,
            said("dossier_steps", "de afweging vindt de regel evenredig, de beslissing wijkt af"),
        )
    if outcome is Outcome.GENERIC and verdict is VerdictValue.DISPROPORTIONATE:
        return _look(
            WEIGHING,
            said(
                "dossier_steps",
                "de afweging vindt de regel onevenredig, de beslissing volgt haar",
            ),
        )
    if verdict is VerdictValue.PROPORTIONATE:
        return _done(WEIGHING, said("dossier_steps", "de regel is hier evenredig"))
    return _done(WEIGHING, said("dossier_steps", "de regel is hier onevenredig"))


def _proposal(legal: LegalProgress) -> Step:
    if not legal.citizen_text:
        return _open(PROPOSAL, said("dossier_steps", "schrijf de tekst voor de burger"))
    return _done(PROPOSAL)


def _loket(loket: Loket) -> Step:
    if loket.referrals and loket.referrals[-1].status is ReferralStatus.NOT_TAKEN_UP:
        return _look(
            LOKET,
            said(
                "dossier_steps",
                "de laatste verwijzing is niet opgepakt; verwijs opnieuw of elders",
            ),
        )
    counted = [
        _count(len(items), one, many)
        for items, one, many in (
            (
                loket.involvements,
                said("dossier_steps", "{count} organisatie"),
                said("dossier_steps", "{count} organisaties"),
            ),
            (
                loket.referrals,
                said("dossier_steps", "{count} verwijzing"),
                said("dossier_steps", "{count} verwijzingen"),
            ),
            (
                loket.consents,
                said("dossier_steps", "{count} toestemming"),
                said("dossier_steps", "{count} toestemmingen"),
            ),
            (
                loket.sharings,
                said("dossier_steps", "{count} keer gedeeld"),
                said("dossier_steps", "{count} keer gedeeld"),
            ),
        )
        if items
    ]
    if not counted:
        return Step(
            LOKET,
            StepState.OPTIONAL,
            said("dossier_steps", "vul in als andere organisaties meespelen"),
        )
    return _done(LOKET, joined(counted))


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
            said("dossier_steps", "{count} gebeurtenis"),
            said("dossier_steps", "{count} gebeurtenissen"),
            empty=_open(TIMELINE, said("dossier_steps", "zet op een rij wat er is gebeurd")),
        ),
        _counted(
            ATTACHMENTS,
            attachments,
            said("dossier_steps", "{count} bijlage"),
            said("dossier_steps", "{count} bijlagen"),
            empty=Step(ATTACHMENTS, StepState.OPTIONAL, said("dossier_steps", "geen bijlagen")),
        ),
        _done(NOTES, said("dossier_steps", "aantekeningen"))
        if fields.notes.strip()
        else Step(NOTES, StepState.OPTIONAL, said("dossier_steps", "geen aantekeningen")),
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
        return said("dossier_steps", "Alle stappen zijn klaar.")
    return said("dossier_steps", "Volgende stap: {step} — {reason}").format(
        step=title_word(step.title), reason=step.reason
    )
